"""The call's transcript: debtor and trainee lines told apart, coach notes and problems.

A RichLog rather than one widget per line: adding a line then costs one render, not a new
widget to style and lay out, which keeps the debtor's reply well under 50 ms from Enter.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.text import Text
from textual import events
from textual.widgets import RichLog

from simulator.tui.text import verbatim

BAR = "▌"
# Rich colours (not theme variables): chosen to read on both light and dark themes.
KIND_STYLE = {
    "debtor": ("magenta", "bold magenta"),
    "trainee": ("blue", "bold blue"),
    "hint": ("green", "bold green"),
    "error": ("red", "bold red"),
    "system": ("bright_black", "italic bright_black"),
}
TRAINEE_INDENT = 4
_CONSOLE = Console(width=200, legacy_windows=False)  # only used to measure text for wrapping


@dataclass(frozen=True)
class Entry:
    kind: str  # debtor | trainee | hint | error | system
    label: str
    text: str

    @property
    def plain(self) -> str:
        return (
            f"{self.label}\n{self.text}"
            if self.kind in ("debtor", "trainee")
            else (f"{self.label}  {self.text}")
        )


def render_entry(entry: Entry, width: int) -> Text:
    """The entry wrapped to `width` cells, each line behind a coloured bar (who is speaking)."""
    bar_style, label_style = KIND_STYLE.get(entry.kind, ("", "bold"))
    body = Text()
    body.append(entry.label, style=label_style)
    body.append("\n" if entry.kind in ("debtor", "trainee") else "  ")
    body.append_text(verbatim(entry.text, style="italic" if entry.kind == "system" else ""))
    indent = TRAINEE_INDENT if entry.kind == "trainee" else 0
    right = TRAINEE_INDENT if entry.kind == "debtor" else 0
    text_width = max(10, width - indent - right - 2)
    lines = body.wrap(_CONSOLE, text_width, overflow="fold")
    out = Text()
    for line in lines:
        out.append(" " * indent)
        out.append(BAR + " ", style=bar_style)
        out.append_text(line)
        out.append("\n")
    return out


class Transcript(RichLog):
    """Lines of the call, scrolled to the newest one as the conversation goes on."""

    def __init__(self, debtor_name: str, *, id: str | None = None) -> None:
        super().__init__(id=id, wrap=False, auto_scroll=True, markup=False, highlight=False)
        self.debtor_name = debtor_name
        self.entries: list[Entry] = []
        self._width = 0

    def _text_width(self) -> int:
        return max(20, self.scrollable_content_region.width - 1)

    def _add(self, entry: Entry) -> Entry:
        self.entries.append(entry)
        if self._width:
            self.write(render_entry(entry, self._text_width()), shrink=False)
        return entry

    def debtor(self, said: str) -> Entry:
        return self._add(Entry("debtor", self.debtor_name, said))

    def trainee(self, said: str) -> Entry:
        return self._add(Entry("trainee", "You", said))

    def note(self, label: str, message: str, kind: str = "system") -> Entry:
        return self._add(Entry(kind, label, message))

    def on_resize(self, event: events.Resize) -> None:
        # Lines are wrapped when written; re-wrap them all when the width changes.
        width = event.size.width
        if width != self._width:
            self._width = width
            self.clear()
            for entry in self.entries:
                self.write(render_entry(entry, self._text_width()), shrink=False)

    def drawn_text(self) -> str:
        """Everything the log has drawn, as plain text (what a screen reader would get)."""
        return "\n".join(strip.text for strip in self.lines)
