"""Asked when ctrl+q is pressed during a call: leave (the call is kept as incomplete) or stay."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from simulator.tui import keys

QUESTION = "Quit collectsim in the middle of this call?"
CONSEQUENCE = (
    "The call is kept in your records as incomplete: it gets no score and no debrief, "
    "and the debtor's file and your lines so far stay in the records."
)


class LeaveCallScreen(ModalScreen[bool]):
    """Yes (y, or ctrl+q again) quits; no (n, Esc, or Enter on the focused button) stays."""

    BINDINGS = keys.LEAVE
    CSS_PATH = "leave.tcss"

    def compose(self) -> ComposeResult:
        with Vertical(id="leave-dialog"):
            yield Static(Text(QUESTION, style="bold"), id="leave-question")
            yield Static(Text(CONSEQUENCE), id="leave-consequence")
            with Horizontal(id="leave-buttons"):
                yield Button("Stay in the call (n)", id="stay", variant="primary", compact=True)
                yield Button("Quit (y)", id="leave", variant="error", compact=True)

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "leave")

    def action_leave(self) -> None:
        self.dismiss(True)

    def action_stay(self) -> None:
        self.dismiss(False)
