"""The team screen (Pilot): from the home screen to the team table, a trainee's calls and an
annotated transcript; trainee text drawn verbatim, never as markup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rich.text import Text
from textual.app import App
from textual.widgets import DataTable, Static

from benchmarks.synthetic_records import fill
from simulator.content.library import load_library
from simulator.engine.call import Call
from simulator.engine.clock import FixedClock
from simulator.records.recorder import attach_recorder
from simulator.records.store import Store
from simulator.tui.app import make_app
from simulator.tui.screens.team import CallTranscriptScreen, TeamScreen, TraineeCallsScreen

pytestmark = pytest.mark.asyncio
SIZE = (120, 40)
MARKUP_NAME = "[bold red]Zed[/]"
MARKUP_LINE = "[link=http://x]Hello[/link], is this {debtor_name}? [b]pay[/b] $1"


def plain(widget: Static) -> str:
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    with Store.open(path) as store:
        fill(store, trainees=4, calls=24, turns_per_call=6, seed=1)
    lib = load_library(include_user=False)
    scenario = lib.scenario("student_forgot_first_late")
    for seed in range(2):
        call = Call(scenario, lib.persona_for(scenario), seed=seed)
        attach_recorder(call, trainee=MARKUP_NAME, db_path=path)
        call.say(MARKUP_LINE.format(**call.values))
        call.say("I'm calling about your {loan_type}.".format(**call.values))
        call.end()
    return path


async def loaded(pilot) -> None:  # type: ignore[no-untyped-def]
    """The team screen reads the records in a worker thread; wait for it."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


class Host(App[None]):
    def __init__(self, db_path: str | None) -> None:
        super().__init__()
        self.db_path = db_path

    def on_mount(self) -> None:
        self.push_screen(TeamScreen(self.db_path))


async def test_team_table_chart_and_drill_down(db: Path) -> None:
    app = Host(str(db))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, TeamScreen)
        table = screen.query_one("#trainees", DataTable)
        assert table.row_count == 5
        names = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert MARKUP_NAME in names  # drawn as typed, brackets and all
        temperaments = {
            table.get_row_at(i)[0].plain: table.get_row_at(i)[-2].plain
            for i in range(table.row_count)
        }
        assert temperaments["trainee-001"] == "aggressive"
        assert temperaments["trainee-003"] == "timid"
        # issue 13: pass/fail, pack vs practice and compliance columns, in words
        headers = [str(c.label) for c in table.columns.values()]
        assert {"Result", "Pack", "Practice", "Compliance", "Temperament"} <= set(headers)
        row = dict(
            zip(
                headers,
                (c.plain for c in table.get_row_at(names.index("trainee-001"))),
                strict=True,
            )
        )
        assert row["Result"] in ("pass", "fail")
        assert "finding" in row["Compliance"] or row["Compliance"] == "clean"
        chart = plain(screen.query_one("#team-chart", Static))
        assert "confident" in chart and "█" in chart

        # the detail follows the cursor
        table.move_cursor(row=names.index("trainee-001"))
        await pilot.pause()
        detail = plain(screen.query_one("#trainee-detail", Static))
        assert "aggressive" in detail and "Self-control" in detail
        assert "you idiot" in detail or "arrested" in detail or "PAY TODAY" in detail

        # trainee -> calls
        table.move_cursor(row=names.index(MARKUP_NAME))
        await pilot.press("enter")
        await pilot.pause()
        calls_screen = app.screen
        assert isinstance(calls_screen, TraineeCallsScreen)
        calls = calls_screen.query_one("#calls", DataTable)
        assert calls.row_count == 2
        labels = [calls.get_row_at(i)[0].plain for i in range(calls.row_count)]
        assert labels == ["practice call 2", "practice call 1"]  # never a database id
        outcomes = [calls.get_row_at(i)[3].plain for i in range(calls.row_count)]
        assert not any("_" in o for o in outcomes)  # human labels, not codes
        assert MARKUP_NAME in plain(calls_screen.query_one("#calls-title", Static))

        # calls -> annotated transcript
        await pilot.press("enter")
        await pilot.pause()
        transcript = app.screen
        assert isinstance(transcript, CallTranscriptScreen)
        texts = [plain(s) for s in transcript.query(Static)]
        said = next(t for t in texts if t.startswith("YOU  1"))
        assert "[link=http://x]Hello[/link]" in said and "[b]pay[/b]" in said
        notes = texts[texts.index(said) + 1]
        assert "urgency" in notes and "politeness" in notes and "→" in notes
        assert any(t.startswith("DEBTOR") for t in texts)

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TraineeCallsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TeamScreen)


async def test_missing_database_shows_a_message(tmp_path: Path) -> None:
    app = Host(str(tmp_path / "none.db"))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        message = plain(app.screen.query_one("#team-empty", Static))
        assert "no call records yet" in message
        assert not app.screen.query_one("#team-body").display
        await pilot.press("enter")  # nothing to open, nothing breaks
        assert isinstance(app.screen, TeamScreen)


async def test_home_opens_the_team_screen(db: Path) -> None:
    app = make_app(
        db_path=str(db),
        reply_delay=0,
        trainee="Ana",
        clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)),
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await loaded(pilot)
        assert isinstance(app.screen, TeamScreen)
        assert app.screen.query_one("#trainees", DataTable).row_count == 5


async def test_reload_shows_calls_recorded_since(db: Path) -> None:
    app = Host(str(db))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        table = app.screen.query_one("#trainees", DataTable)
        assert table.row_count == 5
        with Store.open(db) as store:
            store.start_call(
                "Newcomer",
                {
                    "scenario": "car_dealer_dispute",
                    "persona": "dealer_dispute_driver",
                    "seed": 0,
                    "started_at": "2026-03-10T10:30:00",
                },
            )
        await pilot.press("r")
        await loaded(pilot)
        assert table.row_count == 6
        assert "6 trainees" in plain(app.screen.query_one("#team-summary", Static))
