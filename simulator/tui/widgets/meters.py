"""Live score meters: urgency, politeness and focus of the last turn and of the call so far."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from simulator.scoring.dimensions import DIMENSIONS
from simulator.tui.text import bar, score_style

BAR_WIDTH = 10


class Meters(Static):
    """One row per dimension: a bar for the last turn, its number, and the call's number."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.last: dict[str, int | None] = dict.fromkeys(DIMENSIONS)
        self.overall: dict[str, int | None] = dict.fromkeys(DIMENSIONS)

    def on_mount(self) -> None:
        self.refresh_meters()

    def show(self, last: dict[str, int | None], overall: dict[str, int | None]) -> None:
        self.last = {k: last.get(k) for k in DIMENSIONS}
        self.overall = {k: overall.get(k) for k in DIMENSIONS}
        self.refresh_meters()

    def refresh_meters(self) -> None:
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(justify="right", no_wrap=True)
        table.add_column(justify="right", no_wrap=True)
        table.add_row(Text(""), Text("last turn", style="dim"), Text(""), Text("call", style="dim"))
        for name in DIMENSIONS:
            last, overall = self.last[name], self.overall[name]
            table.add_row(
                Text(name.capitalize()),
                bar(last, BAR_WIDTH),
                _number(last),
                _number(overall),
            )
        self.update(table)


def _number(value: int | None) -> Text:
    if value is None:
        return Text("–", style="dim")
    return Text(str(value), style=score_style(value))
