"""SVG snapshots of the four main screens at a fixed size, seed and clock (and the briefing at
80x24, the smallest terminal it is made for).

Update after an intended change of look with: pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from simulator.engine.clock import FixedClock
from simulator.engine.lines import fill
from simulator.tui.app import CollectSimApp, make_app
from simulator.tui.screens.call import CallScreen

SIZE = (100, 30)
SCENARIO = "student_forgot_first_late"
SCRIPTS = Path(__file__).resolve().parent / "data" / "scripts"
# The call the UI tests, the snapshots and benchmarks/bench_tui.py type, one line each.
GOOD = (SCRIPTS / "student_forgot_first_late" / "ui.txt").read_text(encoding="utf-8").splitlines()


def frozen_app() -> CollectSimApp:
    return make_app(
        reply_delay=0, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)), seed=5, trainee="Ana"
    )


async def _quiet(pilot: Pilot[None]) -> None:
    assert isinstance(pilot.app, CollectSimApp)
    await pilot.app.library_ready.wait()
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause(0.2)  # let the layout settle, so scrollbars are where they will stay


async def _open_briefing(pilot: Pilot[None]) -> None:
    assert isinstance(pilot.app, CollectSimApp)
    await pilot.app.library_ready.wait()
    await pilot.pause()
    table = pilot.app.screen.query_one("#scenarios", DataTable)
    table.move_cursor(row=table.get_row_index(SCENARIO))
    await pilot.press("enter")
    await pilot.pause()


async def _call_lines(pilot: Pilot[None], count: int) -> None:
    await _open_briefing(pilot)
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen)
    for line in GOOD[:count]:
        reply = screen.query_one("#reply", Input)
        reply.value = fill(line, screen.call.values)
        reply.focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()


def test_home_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(frozen_app(), terminal_size=SIZE, run_before=_quiet)


def test_briefing_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _open_briefing(pilot)
        await _quiet(pilot)

    assert snap_compare(frozen_app(), terminal_size=SIZE, run_before=run_before)


def test_briefing_snapshot_at_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """What a trainee sees first on the smallest terminal: the summary line and the key facts
    (amount, days late, last promise, method, goal) above the fold, the file focused."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _open_briefing(pilot)
        await _quiet(pilot)

    assert snap_compare(frozen_app(), terminal_size=(80, 24), run_before=run_before)


def test_call_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _call_lines(pilot, 3)
        await _quiet(pilot)

    assert snap_compare(frozen_app(), terminal_size=SIZE, run_before=run_before)


def test_debrief_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await _call_lines(pilot, len(GOOD))
        await pilot.press("enter")
        await pilot.pause()
        await _quiet(pilot)

    assert snap_compare(frozen_app(), terminal_size=SIZE, run_before=run_before)
