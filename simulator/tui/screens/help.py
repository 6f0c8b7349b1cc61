"""Help: every key on every screen, and what each score means."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from simulator.tui import keys
from simulator.tui.text import MEANINGS, section_table

HOW_IT_WORKS = (
    "Pick a call on the home screen and read the debtor's file on the briefing screen. "
    "Press Start, then type what you would say and press Enter; the debtor answers. "
    "Aim for the call's goal: usually a promise to pay (an amount, a date and a method, "
    "restated and confirmed); some calls have another (a message left without saying why, "
    "a payment's reference, a request to stop calling honoured), shown on the briefing. "
    "When the call ends, the debrief shows your scores, the words that earned them and "
    "three things to work on."
)

EXTRA_KEYS = [
    ("Everywhere", "ctrl+q", "Quit collectsim (during a call it asks first)"),
    ("Everywhere", "ctrl+p", "Command palette (themes: light and dark, and more)"),
    ("Everywhere", "tab / shift+tab", "Move between the parts of a screen"),
    ("Home", "↑ ↓", "Choose a scenario"),
    ("Briefing", "↑ ↓ / pageup / pagedown / home / end", "Read the debtor's file"),
    ("Call", "enter", "Say your line to the debtor"),
]


def _key(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return " / ".join(k.strip() for k in binding.key.split(","))


def key_rows() -> list[tuple[str, str, str]]:
    """(where, key, what it does) for every screen's keys, from `keys.SECTIONS`: the help
    screen needs no screen to list its keys."""
    rows = [row for row in EXTRA_KEYS if row[0] == "Everywhere"]
    for where, bindings in keys.SECTIONS:
        rows.extend(row for row in EXTRA_KEYS if row[0] == where and where != "Everywhere")
        for binding in bindings:
            if isinstance(binding, Binding):
                rows.append((where, _key(binding), binding.description))
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS = keys.HELP
    CSS_PATH = "help.tcss"

    def compose(self) -> ComposeResult:
        keys = section_table("Keys")
        keys.add_column("Where")
        keys.add_column("Key", style="bold")
        keys.add_column("What it does")
        for where, key, what in key_rows():
            keys.add_row(where, key, what)
        meaning = section_table("What the scores mean (0-100)", header_style="table.header")
        meaning.add_column(style="bold")
        meaning.add_column()
        for name, text in MEANINGS.items():
            meaning.add_row(name.capitalize(), text)
        meaning.add_row(
            "Compliance",
            "when a scenario switches the rule pack on, a critical "
            "breach (threats, no mini-Miranda, disclosure) fails the call",
        )
        meaning.add_row("Meters", "during the call: the last turn's bar and the call so far")
        with VerticalScroll(id="help-body"):
            yield Static(
                Group(
                    Text("How it works", style="bold"),
                    Text(HOW_IT_WORKS),
                    Text(""),
                    keys,
                    Text(""),
                    meaning,
                ),
                id="help-text",
            )
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
