"""The promise-to-pay checklist: amount, date, method, confirmed (DOMAIN 2: a PTP counts only
with all of them)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from simulator.engine.debtor import METHOD_WORDS
from simulator.scoring.types import Promise
from simulator.tui.text import day, money

# every way to pay the reader knows, as the debtor says it ("standing order", not
# "standing_order"), shortened where the panel is narrow
METHOD_NAMES = {**METHOD_WORDS, "online": "online", "branch": "at a branch"}


class PromiseChecklist(Static):
    def __init__(self, currency: str = "$", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.currency = currency
        self.promise = Promise()

    def on_mount(self) -> None:
        self.show(self.promise)

    def show(self, promise: Promise) -> None:
        self.promise = promise
        rows = [
            ("Amount", promise.amount is not None, money(promise.amount, self.currency)),
            ("Date", promise.date is not None, day(promise.date)),
            (
                "Method",
                promise.method is not None,
                METHOD_NAMES.get(promise.method or "", promise.method or "–"),
            ),
            ("Confirmed", promise.confirmed, "yes, restated" if promise.confirmed else "–"),
        ]
        if promise.short_of_goal:
            # (a row of its own: beside "yes, restated" it was cut off at the panel's edge)
            rows.append(("Goal", False, "short of it"))
        if promise.rest_amount is not None and promise.rest_date is not None:
            # two rows ("$200.00/month", "from Mon 4 Jan 2027"): one is wider than the panel
            each = f"/{promise.rest_every}" if promise.rest_every else ""
            rows[3:3] = [
                ("The rest", True, money(promise.rest_amount, self.currency) + each),
                ("from" if promise.rest_every else "by", True, day(promise.rest_date)),
            ]
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, min_width=3)
        table.add_column(no_wrap=True, min_width=9)
        table.add_column(overflow="ellipsis", no_wrap=True, ratio=1)
        for label, done, value in rows:
            mark = Text("[x]", style="bold green") if done else Text("[ ]", style="dim")
            table.add_row(mark, Text(label), Text(value, style="" if done else "dim"))
        # ("'soon' only" beside an amount and a day agreed since would say the opposite of the
        # rows above it; the score counts it vague only while neither is agreed, too)
        if (
            promise.vague
            and not promise.confirmed
            and promise.amount is None
            and promise.date is None
        ):
            table.add_row(
                Text("(!)", style="yellow"),
                Text("Vague"),
                Text("'soon' only", style="yellow"),
            )
        self.update(table)
