"""The screens a single call goes through (briefing, call, debrief) share what they hold."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from simulator.engine.call import Call

if TYPE_CHECKING:
    from simulator.tui.app import CallSetup, CollectSimApp


class CallStageScreen(Screen[None]):
    def __init__(self, call: Call, setup: CallSetup) -> None:
        super().__init__()
        self.call = call
        self.setup = setup

    @property
    def sim(self) -> CollectSimApp:
        return cast("CollectSimApp", self.app)
