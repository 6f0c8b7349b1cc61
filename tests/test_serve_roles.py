"""The app as `collectsim serve` runs it in each browser tab, without a browser: a trainee's
tab neither shows nor runs the team and trainer keys, a lead's does both, and a tab asks for
its own name and remembers none."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.settings import load_trainee, save_trainee

pytestmark = pytest.mark.asyncio
SIZE = (100, 30)


def footer_keys(app: object) -> set[str]:
    bindings = app.screen.active_bindings.values()  # type: ignore[attr-defined]
    return {b.binding.action for b in bindings if b.binding.show and b.enabled}


async def test_a_trainee_tab_has_no_team_or_trainer_screen() -> None:
    save_trainee("Somebody Else")  # a name remembered on the server is not a tab's name
    app = make_app(role="trainee", reply_delay=0)
    async with app.run_test(size=SIZE) as pilot:
        assert app.trainee == ""
        assert app.screen.query_one("#trainee", Input).value == ""
        await pilot.click("#trainee")
        await pilot.press(*"Dana", "enter")
        await pilot.pause()
        assert app.trainee == "Dana"
        keys = footer_keys(app)
        assert "assessment" in keys and not keys & {"team", "scenarios"}
        for key in ("t", "s"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
    assert load_trainee() == "Somebody Else"  # nor is a tab's name remembered


async def test_a_lead_tab_opens_the_team_screen() -> None:
    app = make_app(role="lead", reply_delay=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#trainee")
        await pilot.press(*"Lee", "enter")
        await pilot.pause()
        assert {"team", "scenarios"} <= footer_keys(app)
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "TeamScreen"
