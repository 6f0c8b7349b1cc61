"""Briefing: the debtor's collection record and the goal, read before the call starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from simulator.engine.call import Call
from simulator.tui.screens.stage import CallStageScreen
from simulator.tui.text import verbatim, words
from simulator.tui.widgets.record_view import RecordView

if TYPE_CHECKING:
    pass


def scenario_heading(call: Call, seed: int) -> Text:
    scenario = call.scenario
    return Text.assemble(
        verbatim(scenario.title, style="bold"),
        "\n",
        (
            f"{words(scenario.situation.value)} · difficulty {scenario.difficulty}/5 · "
            f"call #{seed}",
            "dim",
        ),
    )


class BriefingScreen(CallStageScreen):
    BINDINGS = [
        Binding("s", "start", "Start call", id="briefing.start"),
        Binding("escape", "home", "Back", id="briefing.back"),
        Binding(
            "question_mark", "app.help", "Help", id="briefing.help", key_display="?", show=False
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(scenario_heading(self.call, self.setup.seed), id="heading")
        with VerticalScroll(id="record-scroll"):
            yield Static(verbatim(self.call.scenario.description), id="situation")
            yield RecordView(self.call, id="record")
        with Horizontal(id="briefing-actions"):
            yield Button("Start the call (s)", id="start", variant="success")
            yield Button("Back (Esc)", id="back")
            yield Static(
                Text("Read the file first: it is part of the call.", style="dim"), id="briefing-tip"
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#start", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()
        elif event.button.id == "back":
            self.action_home()

    def action_start(self) -> None:
        from simulator.tui.screens.call import CallScreen

        self.sim.begin_recording(self.call, self.setup)
        self.app.switch_screen(CallScreen(self.call, self.setup))

    def action_home(self) -> None:
        self.sim.go_home()


class RecordScreen(ModalScreen[None]):
    """The file again, over the call (one key away during the call)."""

    BINDINGS = [
        Binding("escape,ctrl+r,f3", "close", "Back to the call", id="record.close"),
    ]

    def __init__(self, call: Call) -> None:
        super().__init__()
        self.call = call

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="record-modal") as scroll:
            scroll.border_title = f"Collection record · {self.call.record.debtor_name}"
            scroll.border_subtitle = "Esc: back to the call"
            yield RecordView(self.call)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
