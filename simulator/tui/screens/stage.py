"""The screens a single call goes through (briefing, call, debrief) share what they hold."""

from __future__ import annotations

from typing import cast

from textual.screen import Screen

from simulator.engine.call import Call
from simulator.tui.navigation import AppView, CallSetup


class CallStageScreen(Screen[None]):
    def __init__(self, call: Call, setup: CallSetup) -> None:
        super().__init__()
        self.call = call
        self.setup = setup

    @property
    def sim(self) -> AppView:
        """What the app shows the screens (read only: a screen posts messages to move on)."""
        return cast("AppView", self.app)
