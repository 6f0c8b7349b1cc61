"""The call's transcript: debtor and trainee lines told apart, coach notes and problems."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.tui.text import verbatim


class Line(Static):
    """One line of the conversation (or a note from the coach or the app)."""


class Transcript(VerticalScroll):
    """Lines of the call, scrolled to the newest one as the conversation goes on."""

    can_focus = True

    def __init__(self, debtor_name: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.debtor_name = debtor_name

    def _add(self, text: Text, kind: str) -> Line:
        line = Line(text, classes=kind)
        self.mount(line)
        self.call_after_refresh(self.scroll_end, animate=False)
        return line

    def debtor(self, said: str) -> Line:
        return self._add(Text.assemble((self.debtor_name, "bold"), "\n", verbatim(said)), "debtor")

    def trainee(self, said: str) -> Line:
        return self._add(Text.assemble(("You", "bold"), "\n", verbatim(said)), "trainee")

    def note(self, label: str, message: str, kind: str = "note") -> Line:
        return self._add(Text.assemble((label, "bold"), "  ", verbatim(message)), kind)

    def typing(self) -> Line:
        return self._add(Text(f"{self.debtor_name} is answering…", style="italic dim"), "typing")
