"""The collection record (the debtor's file) drawn as labelled tables (guidance 1)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from simulator.engine.call import Call
from simulator.engine.record import CollectionRecord
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


def arrears_table(r: CollectionRecord) -> Table:
    table = _fields(
        "Arrears",
        [
            ("Overdue", money(r.amount_overdue, r.currency)),
            ("Days late", str(r.days_past_due)),
            ("Was due", day(r.due_date)),
            ("Missed", f"{r.missed_payments} payment{'s' if r.missed_payments != 1 else ''}"),
            ("Segment", words(r.segment)),
            ("Method", r.recommended_method),
        ],
    )
    return table


def history_table(r: CollectionRecord) -> Table:
    table = section_table("Payment history")
    table.add_column("Due")
    table.add_column("Amount", justify="right")
    table.add_column("Status")
    for payment in r.payment_history:
        table.add_row(
            day(payment.due),
            money(payment.amount, r.currency),
            Text(payment.status, style=STATUS_STYLE.get(payment.status, "")),
        )
    return table


def contacts_table(r: CollectionRecord) -> RenderableType:
    if not r.contacts:
        return Text.assemble(
            ("Previous contacts\n", "bold"),
            ("None: this is the first call about this debt.", "dim"),
        )
    table = section_table("Previous contacts", expand=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("By", no_wrap=True)
    table.add_column("Excuse given", ratio=1, overflow="fold")
    table.add_column("Promise", overflow="fold")
    for c in r.contacts:
        if c.promise_amount is not None:
            promise = Text.assemble(
                f"{money(c.promise_amount, r.currency)} by {c.promise_date:%b %-d} "
                if c.promise_date
                else "",
                (c.promise_status, STATUS_STYLE.get(c.promise_status, "")),
            )
        else:
            promise = Text("none", style="dim")
        table.add_row(f"{c.date:%b %-d}", c.channel, verbatim(c.excuse), promise)
    kept = sum(1 for c in r.contacts if c.promise_status == "kept")
    summary = Text(
        f"Promises kept: {kept}   broken: {r.broken_promises}",
        style="bold red" if r.broken_promises >= 2 else "",
    )
    if r.broken_promises >= 2:
        summary.append("  (two broken: consider escalation)", style="red")
    return Group(table, summary)


def goal_text(call: Call) -> Text:
    scenario = call.scenario
    text = Text.assemble(("Goal: ", "bold"), verbatim(scenario.goal.description))
    text.append(f"\nThe call ends after {scenario.turn_limit} of your lines.", style="dim")
    if scenario.rules.compliance:
        text.append(
            "\nCompliance rules are on: verify the right party, then say this is an "
            "attempt to collect a debt; no threats, no disclosure to others.",
            style="yellow",
        )
    return text


def record_renderable(r: CollectionRecord, head: RenderableType) -> Group:
    """The whole collection record under a heading: identity and loan side by side, then
    arrears, previous contacts and payment history."""
    top = Table.grid(padding=(0, 4), expand=False)
    top.add_row(identity_table(r), loan_table(r))
    blank = Text("")
    return Group(
        head, blank, top, blank, arrears_table(r), blank, contacts_table(r), blank, history_table(r)
    )


class RecordView(Static):
    """The whole file: identity, loan, arrears, history, contacts and the goal."""

    def __init__(self, call: Call, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.call = call

    def on_mount(self) -> None:
        self.update(record_renderable(self.call.record, goal_text(self.call)))
