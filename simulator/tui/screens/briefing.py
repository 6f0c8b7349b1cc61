"""Briefing: the debtor's collection record and the goal, read before the call starts."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from simulator.engine.call import Call
from simulator.tui import keys
from simulator.tui.navigation import CallStarted, GoHome, OverACall
from simulator.tui.screens.stage import CallStageScreen
from simulator.tui.text import verbatim
from simulator.tui.widgets.collection_record import RecordView


def _one_line(text: Text) -> Text:
    """Cut short, never wrapped: the file below starts at the same place at any width."""
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


def scenario_heading(call: Call, seed: int) -> Text:
    scenario = call.scenario
    return _one_line(
        Text.assemble(
            verbatim(scenario.title, style="bold"),
            (f" · difficulty {scenario.difficulty}/5 · call #{seed}", "dim"),
        )
    )


class BriefingScreen(CallStageScreen):
    """The debtor's file before the call. It opens with the file focused, so the arrow keys,
    PgUp/PgDn, Home/End and space scroll it at once; Tab reaches the buttons."""

    BINDINGS = keys.BRIEFING
    CSS_PATH = "briefing.tcss"

    def compose(self) -> ComposeResult:
        with Vertical(id="briefing-top"):
            heading = scenario_heading(self.call, self.setup.seed)
            if self.setup.assessment is not None:
                heading = _one_line(Text.assemble((f"{self.setup.pack_label} · ", "bold"), heading))
            yield Static(heading, id="heading")
            yield Static(_one_line(verbatim(self.call.record.summary())), id="summary")
        with VerticalScroll(id="record-scroll"):
            yield RecordView(self.call, id="record")
        with Horizontal(id="briefing-actions"):
            yield Button("Start the call (s)", id="start", variant="success", compact=True)
            yield Button("Back (Esc)", id="back", compact=True)
            yield Static(
                Text("↑↓ PgUp PgDn: read · Tab: buttons", style="dim"),
                id="briefing-tip",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#record-scroll", VerticalScroll).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.action_start()
        elif event.button.id == "back":
            self.action_home()

    def action_page_down(self) -> None:
        self.query_one("#record-scroll", VerticalScroll).scroll_page_down()

    def action_start(self) -> None:
        self.post_message(CallStarted(self.call, self.setup))

    def action_home(self) -> None:
        self.post_message(GoHome())


class RecordScreen(ModalScreen[None], OverACall):
    """The file again, over the call (one key away during the call)."""

    BINDINGS = keys.RECORD
    CSS_PATH = "briefing.tcss"

    def __init__(self, call: Call) -> None:
        super().__init__()
        self.call = call

    def on_mount(self) -> None:
        self.query_one("#record-modal", VerticalScroll).focus()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="record-modal") as scroll:
            scroll.border_title = f"Collection record · {self.call.record.debtor_name}"
            scroll.border_subtitle = "Esc: back to the call"
            yield RecordView(self.call)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
