"""How fast the terminal UI feels.

1. Start-up: from launching Python to the first screen drawn (headless), for collectsim's UI
   and for a minimal Textual app in the same run, interleaved: a later run (the home screen's
   listing cached) and a first run (no cache: a fresh config folder). Target: both <= 1.5x
   the minimal app. A first run lists the bundled scenarios from the listing shipped with the
   package (simulator/tui/listing.py); the content is loaded after the first screen is drawn.
2. Reply: from the trainee's Enter to the debtor's reply laid out on screen, with the pause set
   to zero. Target: under 50 ms.

    python benchmarks/bench_tui.py [--runs 7] [--calls 5]

Medians are printed; each start-up run is a fresh process so imports are counted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MINIMAL = """
import time
from textual.app import App
from textual.widgets import Footer, Static

class Minimal(App):
    def compose(self):
        yield Static("hello", id="hello")
        yield Footer()

async def leave(pilot):
    while not pilot.app.screen.query("#hello"):
        await pilot.pause()
    await pilot.pause()  # one refresh: the first screen is drawn
    print(time.time())
    pilot.app.exit()

Minimal().run(headless=True, size=(100, 30), auto_pilot=leave)
"""

COLLECTSIM = """
import time
from simulator.tui.app import make_app

async def leave(pilot):
    while not (pilot.app.screen.query("#scenarios")
               and pilot.app.screen.query_one("#scenarios").row_count):
        await pilot.pause()
    await pilot.pause()  # one refresh: the first screen is drawn
    print(time.time())
    pilot.app.exit()

make_app().run(headless=True, size=(100, 30), auto_pilot=leave)
"""


def time_process(code: str, env: dict[str, str]) -> float:
    """Seconds from launching the process to the moment it reports its first screen drawn
    (the shutdown after that is not counted)."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
    )
    return float(done.stdout.strip().splitlines()[-1]) - start


def startup(runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    """Medians: the minimal app, collectsim (warm listing cache), collectsim (no cache)."""
    minimal: list[float] = []
    warm: list[float] = []
    cold: list[float] = []
    # Warm the file cache for both, write the listing cache, and write the .pyc files an
    # install has (where PYTHONDONTWRITEBYTECODE is set, as in some sandboxes, nothing else
    # would write them, and every timed start would compile collectsim's sources).
    warm_env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    time_process(MINIMAL, warm_env)
    time_process(COLLECTSIM, warm_env)
    for run in range(runs):  # interleaved, so a noisy moment hits all alike
        minimal.append(time_process(MINIMAL, env))
        warm.append(time_process(COLLECTSIM, env))
        fresh = dict(env, COLLECTSIM_CONFIG_DIR=f"{env['COLLECTSIM_CONFIG_DIR']}-cold-{run}")
        cold.append(time_process(COLLECTSIM, fresh))
    return statistics.median(minimal), statistics.median(warm), statistics.median(cold)


REPO = Path(__file__).resolve().parent.parent
# The call the UI tests type (tests/test_tui_app.py), one line each.
GOOD = (
    (REPO / "tests" / "data" / "scripts" / "student_forgot_first_late" / "ui.txt")
    .read_text(encoding="utf-8")
    .splitlines()
)


async def reply_times(calls: int) -> list[float]:
    """Enter pressed -> the first frame that paints the debtor's reply (pause set to zero)."""
    from textual.widgets import DataTable, Input

    from simulator.engine.clock import FixedClock
    from simulator.engine.lines import fill
    from simulator.tui.app import make_app
    from simulator.tui.screens.call import CallScreen
    from simulator.tui.widgets.transcript import Transcript

    painted: list[float] = []
    waiting_for = [0]  # paint times count once the transcript holds this many debtor lines
    original = Transcript.render_line

    def render_line(self: Transcript, y: int):  # type: ignore[no-untyped-def]
        if sum(e.kind == "debtor" for e in self.entries) >= waiting_for[0]:
            painted.append(time.perf_counter())
        return original(self, y)

    Transcript.render_line = render_line  # type: ignore[method-assign]
    times: list[float] = []
    try:
        for seed in range(calls):
            app = make_app(
                reply_delay=0,
                clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)),
                seed=seed,
                trainee="bench",
            )
            async with app.run_test(size=(100, 30)) as pilot:
                await app.library_ready.wait()
                await pilot.pause()
                table = app.screen.query_one("#scenarios", DataTable)
                table.move_cursor(row=table.get_row_index("student_forgot_first_late"))
                await pilot.press("enter", "s")
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, CallScreen)
                transcript = screen.query_one(Transcript)
                for line in GOOD:
                    if screen.call.finished:
                        break
                    screen.query_one("#reply", Input).value = fill(line, screen.call.values)
                    replies = sum(e.kind == "debtor" for e in transcript.entries)
                    waiting_for[0] = replies + 1
                    await pilot.pause()
                    painted.clear()
                    start = time.perf_counter()
                    await pilot.press("enter")
                    while not painted:
                        await asyncio.sleep(0)
                    times.append(painted[0] - start)
    finally:
        Transcript.render_line = original  # type: ignore[method-assign]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each app")
    parser.add_argument("--calls", type=int, default=5, help="calls played for reply times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        # an empty user folder and database, so only the bundled content is measured
        env.update(
            COLLECTSIM_CONTENT_DIR=f"{home}/content",
            COLLECTSIM_DB=f"{home}/calls.db",
            COLLECTSIM_CONFIG_DIR=f"{home}/config",
        )
        os.environ.update(
            {
                k: env[k]
                for k in ("COLLECTSIM_CONTENT_DIR", "COLLECTSIM_DB", "COLLECTSIM_CONFIG_DIR")
            }
        )
        minimal, warm, cold = startup(args.runs, env)
        print(f"start-up to the home screen listing the scenarios (median of {args.runs}):")
        print(f"  minimal Textual app              {minimal * 1000:6.0f} ms")
        print(
            f"  collectsim                       {warm * 1000:6.0f} ms   ratio "
            f"{warm / minimal:.2f} (target <= 1.5)"
        )
        print(
            f"  collectsim, first run (no cache) {cold * 1000:6.0f} ms   ratio "
            f"{cold / minimal:.2f} (target <= 1.5)"
        )
        times = asyncio.run(reply_times(args.calls))
        print(
            f"Enter to the debtor's reply on screen, pause 0 (median of {len(times)} turns): "
            f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
            "(target < 50 ms)"
        )


if __name__ == "__main__":
    main()
