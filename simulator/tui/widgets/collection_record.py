"""The collection record (the debtor's file) drawn as labelled tables (guidance 1): the key
facts first, so they are on screen without scrolling even at 80x24."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from simulator.engine.call import Call
from simulator.engine.lines import fill
from simulator.engine.record import (
    DISPUTED,
    NO_REPLY,
    PROMISED,
    REFUSED,
    CollectionRecord,
    Contact,
)
from simulator.tui.text import day, money, section_table, verbatim, words

STATUS_STYLE = {
    "paid": "green",
    "late": "yellow",
    "missed": "bold red",
    "kept": "green",
    "broken": "bold red",
    "none": "dim",
}


def _fields(title: str, rows: list[tuple[str, str]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.title = title
    table.title_justify = "left"
    table.title_style = "bold"
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in rows:
        table.add_row(Text(label), verbatim(value))
    return table


def identity_table(r: CollectionRecord) -> Table:
    return _fields(
        "Debtor",
        [
            ("Name", r.debtor_name),
            ("Age", str(r.age)),
            ("Born", day(r.date_of_birth)),
            ("Phone", r.phone),
            ("Address", r.address),
            # "on your next payday" is a date the debtor can agree to when the file knows it
            *([("Payday", f"next on {day(r.next_payday)}")] if r.next_payday else []),
        ],
    )


def loan_table(r: CollectionRecord) -> Table:
    rows = [
        ("Loan", r.loan_label),
        ("Account", r.account_number),
        ("Lender", r.lender),
        ("Original", money(r.original_amount, r.currency)),
        ("Instalment", money(r.instalment, r.currency)),
    ]
    if r.collateral:
        rows.append(("Collateral", r.collateral))
    return _fields("Loan", rows)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def promise_text(r: CollectionRecord, c: Contact) -> Text:
    """ "$340.00 by Mon 9 Mar: broken"."""
    text = Text()
    if c.promise_amount is not None and c.promise_date is not None:
        text.append(f"{money(c.promise_amount, r.currency)} by {c.promise_date:%a %-d %b}: ")
    text.append(c.promise_status, style=STATUS_STYLE.get(c.promise_status, ""))
    return text


def last_promise_text(r: CollectionRecord) -> Text:
    last = r.last_promise
    if last is None:
        if not r.contacts:
            return Text("none: this is the first call about this debt", style="dim")
        return Text(f"none on file ({_plural(len(r.contacts), 'earlier contact')})", style="dim")
    text = promise_text(r, last)
    promises = r.broken_promises + r.kept_promises
    if promises > 1:
        text.append(f" · {r.broken_promises} of {promises} promises broken", style="dim")
    return text


def key_facts(r: CollectionRecord, goal: str | None = None) -> Table:
    """What the collector needs before dialling: amount, days late, the last promise and
    whether it was kept, the recommended method (and the call's goal)."""
    table = Table.grid(padding=(0, 2))
    table.title = "At a glance"
    table.title_justify = "left"
    table.title_style = "bold"
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row(
        "Overdue",
        Text.assemble(
            (money(r.amount_overdue, r.currency), "bold"),
            f": {_plural(r.missed_payments, 'missed instalment')} of "
            f"{money(r.instalment, r.currency)}",
        ),
    )
    table.add_row(
        "Days late",
        Text.assemble((str(r.days_past_due), "bold"), f", since the payment due {day(r.due_date)}"),
    )
    table.add_row("Last promise", last_promise_text(r))
    table.add_row("Method", verbatim(r.recommended_method))
    if goal is not None:
        table.add_row("Goal", verbatim(goal))
    return table


def arrears_table(r: CollectionRecord) -> Table:
    late = r.late_payments
    return _fields(
        "Arrears",
        [
            ("Segment", words(r.segment)),
            ("Missed", _plural(r.missed_payments, "payment")),
            ("Paid late", f"{late} of the last {len(r.payment_history) - r.missed_payments}"),
            ("Promises", f"{r.kept_promises} kept, {r.broken_promises} broken"),
        ],
    )


def history_table(r: CollectionRecord) -> Table:
    table = section_table("Payment history")
    table.add_column("Due")
    table.add_column("Amount", justify="right")
    table.add_column("Status")
    table.add_column("Paid")
    for payment in r.payment_history:
        table.add_row(
            day(payment.due),
            money(payment.amount, r.currency),
            Text(payment.status, style=STATUS_STYLE.get(payment.status, "")),
            f"{payment.paid_on:%-d %b}" if payment.paid_on else "",
        )
    return table


def _what_was_said(c: Contact) -> Text:
    if c.outcome == NO_REPLY:
        return Text("no reply", style="dim")
    lead = {REFUSED: "refused to pay: ", DISPUTED: "disputes the debt: "}.get(c.outcome, "")
    return Text.assemble((lead, "bold"), verbatim(f"“{c.excuse}”"))


def contacts_table(r: CollectionRecord) -> RenderableType:
    """Each contact as a short block (date, channel, the payment it was about; the promise;
    what the debtor said), oldest first: it reads at 80 columns where a table would not."""
    if not r.contacts:
        return Text.assemble(
            ("Previous contacts\n", "bold"),
            ("None: this is the first call about this debt.", "dim"),
        )
    blocks: list[RenderableType] = [Text("Previous contacts, oldest first", style="bold")]
    for c in r.contacts:
        blocks.append(
            Text.assemble(
                (day(c.date), "bold"),
                (f" · {c.channel} · about the payment due {c.about:%-d %b}", "dim"),
            )
        )
        said = Text()
        if c.outcome == PROMISED:
            said.append("promised ")
            said.append_text(promise_text(r, c))
            said.append("\n")
        said.append_text(_what_was_said(c))
        blocks.append(Padding(said, (0, 0, 0, 2)))
    summary = Text(
        f"Promises kept: {r.kept_promises}   broken: {r.broken_promises}",
        style="bold red" if r.broken_promises >= 2 else "",
    )
    if r.broken_promises >= 2:
        summary.append("  (two broken: consider escalation)", style="red")
    return Group(*blocks, summary)


def situation_text(call: Call) -> Text:
    """The scenario's situation and how the call ends (the goal is among the key facts)."""
    scenario = call.scenario
    text = verbatim(fill(scenario.description, call.values))
    text.append(f"\nThe call ends after {scenario.turn_limit} of your lines.", style="dim")
    if scenario.rules.compliance:
        text.append(
            "\nCompliance rules are on: verify the right party, then say this is an "
            "attempt to collect a debt; no threats, no disclosure to others.",
            style="yellow",
        )
    return text


def scenario_fields(call: Call) -> Table | None:
    """The fields the scenario adds to the record (a pending payment, a callback number)."""
    if not call.scenario.record:
        return None
    return _fields(
        "On file for this call",
        [(words(name).capitalize(), call.values[name]) for name in call.scenario.record],
    )


def _sections(*parts: RenderableType) -> Group:
    spaced: list[RenderableType] = []
    for part in parts:
        if spaced:
            spaced.append(Text(""))
        spaced.append(part)
    return Group(*spaced)


def _details(r: CollectionRecord) -> tuple[RenderableType, ...]:
    top = Table.grid(padding=(0, 4), expand=False)
    top.add_row(identity_table(r), loan_table(r))
    return top, arrears_table(r), contacts_table(r), history_table(r)


def record_renderable(r: CollectionRecord, head: RenderableType) -> Group:
    """The whole collection record under a heading: the key facts, identity and loan side by
    side, arrears, previous contacts and payment history."""
    return _sections(head, key_facts(r), *_details(r))


class RecordView(Static):
    """The file as a trainee reads it: the key facts and the goal first, then the situation,
    identity, loan, arrears, contacts and history."""

    def __init__(self, call: Call, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.call = call

    def on_mount(self) -> None:
        r = self.call.record
        facts = key_facts(r, goal=fill(self.call.scenario.goal.description, self.call.values))
        extra = scenario_fields(self.call)
        parts = (facts, extra) if extra is not None else (facts,)
        self.update(_sections(*parts, situation_text(self.call), *_details(r)))
