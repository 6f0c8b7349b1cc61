"""The trainer's Scenarios screen, driven through Textual's Pilot: validation status per
scenario, problems with file and line, reload after an edit, diagram and record previews."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from rich.text import Text
from textual.widgets import DataTable, Static, TabbedContent

from simulator.content.library import load_library
from simulator.content.paths import bundled_root, user_root
from simulator.engine.clock import FixedClock
from simulator.engine.diagram import text_diagram
from simulator.engine.record import generate_record
from simulator.tui.app import CollectSimApp, make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.scenarios import PREVIEW_DAY, ScenariosScreen

pytestmark = pytest.mark.asyncio
SIZE = (120, 40)
STUDENT = "student_forgot_first_late"


def new_app() -> CollectSimApp:
    return make_app(
        reply_delay=0, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)), seed=1, trainee="Ana"
    )


def shown(widget: Static) -> str:
    content = widget.content
    if isinstance(content, str):
        return content
    if isinstance(content, Text):
        return content.plain
    console = Console(width=160, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(content)
    return console.export_text()


def table_rows(screen: ScenariosScreen) -> dict[str, str]:
    table = screen.query_one("#trainer-table", DataTable)
    return {
        str(table.get_row_at(i)[0]): str(table.get_row_at(i)[1]) for i in range(table.row_count)
    }


def select(screen: ScenariosScreen, label: str) -> None:
    table = screen.query_one("#trainer-table", DataTable)
    labels = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
    table.move_cursor(row=labels.index(label))


def user_copy(scenario_id: str, new_id: str, **changes: object) -> Path:
    data = yaml.safe_load((bundled_root() / "scenarios" / f"{scenario_id}.yaml").read_text())
    data.update(id=new_id, **changes)
    path = user_root() / "scenarios" / f"{new_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


async def open_screen(pilot) -> ScenariosScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    assert isinstance(pilot.app.screen, HomeScreen)
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ScenariosScreen)
    return screen


async def test_lists_every_scenario_with_its_status() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot)
        rows = table_rows(screen)
        lib = load_library()
        assert set(lib.scenarios) <= set(rows)
        for status in rows.values():
            assert status == "ok" or "warning" in status or "error" in status
        summary = shown(screen.query_one("#trainer-summary", Static))
        assert f"{len(lib.scenarios)} loaded" in summary


async def test_broken_file_shows_problem_with_file_and_line_then_reload_fixes_it() -> None:
    path = user_copy(STUDENT, "our_student", initial="answerin")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot)
        rows = table_rows(screen)
        assert rows["our_student.yaml"] == "1 error"
        select(screen, "our_student.yaml")
        await pilot.pause()
        problems = shown(screen.query_one("#trainer-problems", Static))
        line = next(
            n
            for n, text in enumerate(path.read_text().splitlines(), 1)
            if text.startswith("initial:")
        )
        assert f"{path}:{line}:10" in problems
        assert "unknown state 'answerin' in initial (did you mean 'answering'?)" in problems
        assert "did not load" in shown(screen.query_one("#trainer-diagram", Static))
        assert "our_student" not in app.library.scenarios

        path.write_text(path.read_text().replace("initial: answerin", "initial: answering"))
        await pilot.press("r")
        await pilot.pause()
        rows = table_rows(screen)
        assert "our_student.yaml" not in rows
        assert rows["our_student"] in (
            "ok",
            *(f"{n} warning" for n in "1"),
            *(f"{n} warnings" for n in "23456789"),
        )
        assert "our_student" in app.library.scenarios  # new calls see the fix too
        await pilot.press("escape")
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one("#scenarios", DataTable).get_row_index("our_student")  # listed now


async def test_diagram_and_record_previews() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot)
        select(screen, STUDENT)
        await pilot.pause()
        lib = load_library()
        scenario = lib.scenarios[STUDENT]
        tabs = screen.query_one("#trainer-tabs", TabbedContent)
        tabs.active = "tab-diagram"
        await pilot.pause()
        assert shown(screen.query_one("#trainer-diagram", Static)) == text_diagram(scenario)

        tabs.active = "tab-record"
        await pilot.pause()
        persona = lib.persona_for(scenario)
        record = generate_record(persona, 1, PREVIEW_DAY)
        text = shown(screen.query_one("#trainer-record", Static))
        assert record.debtor_name in text and record.account_number in text
        assert "seed 1" in text
        await pilot.press("n")
        await pilot.pause()
        other = generate_record(persona, 2, PREVIEW_DAY)
        text = shown(screen.query_one("#trainer-record", Static))
        assert "seed 2" in text and other.account_number in text

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_markup_in_authored_text_is_shown_verbatim() -> None:
    user_copy(STUDENT, "markup_case", title="[bold red]Loud[/] title")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot)
        select(screen, "markup_case")
        await pilot.pause()
        assert "[bold red]Loud[/] title" in shown(screen.query_one("#trainer-problems", Static))


async def test_run_the_selected_scenarios_tests() -> None:
    src = bundled_root() / "scenarios" / f"{STUDENT}.test.yaml"
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    data["cases"] = data["cases"][:1]
    data["cases"][0]["expect"]["outcome"] = "hung_up"  # a wrong expectation: must FAIL
    mine = user_root() / "scenarios" / "wrong.test.yaml"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot)
        select(screen, STUDENT)
        await pilot.pause()
        before = shown(screen.query_one("#trainer-tests", Static))
        assert "case(s) in 2 file(s); press t to run them" in before
        await pilot.press("t")
        await pilot.pause()
        assert screen.query_one("#trainer-tabs", TabbedContent).active == "tab-tests"
        text = shown(screen.query_one("#trainer-tests", Static))
        assert "PASS  a well-run call secures a confirmed promise" in text
        assert "FAIL  a well-run call secures a confirmed promise" in text
        assert "- outcome: expected hung_up, got promise_secured" in text
        cases = len(yaml.safe_load(src.read_text(encoding="utf-8"))["cases"])
        assert f"{cases} of {cases + 1} passed" in text
