"""The trainer's Scenarios screen: every scenario with its validation status, the problems with
file and line, a text diagram and a generated collection record; `r` reloads the files so an
edit shows without restarting the app.

Authored text (titles, lines, problem messages) is drawn with `verbatim`, never as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, ScrollableContainer, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

from simulator.content.library import Library, load_library
from simulator.content.lint import lint_library
from simulator.content.problems import Problem
from simulator.content.scenario_tests import (
    LoadedTests,
    default_test_roots,
    find_test_files,
    load_tests,
)
from simulator.content.yaml_source import resolved
from simulator.engine.diagram import text_diagram
from simulator.engine.record import generate_record
from simulator.engine.scenario_runner import CaseResult, run_file
from simulator.tui import keys
from simulator.tui.navigation import LibraryReloaded
from simulator.tui.text import verbatim
from simulator.tui.widgets.collection_record import record_renderable

Status = Literal["ok", "warnings", "errors"]
STATUS_STYLE = {"ok": "green", "warnings": "yellow", "errors": "bold red"}
PREVIEW_DAY = dt.date(2026, 3, 10)  # a fixed day, so the same seed shows the same record


@dataclass
class Row:
    """One line of the table: a scenario that loaded, or a file that did not."""

    key: str  # the file path: unique, and stable across reloads
    scenario_id: str | None
    title: str
    path: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def status(self) -> Status:
        if any(p.severity == "error" for p in self.problems):
            return "errors"
        return "warnings" if self.problems else "ok"

    def status_text(self) -> str:
        errors = sum(p.severity == "error" for p in self.problems)
        warnings = len(self.problems) - errors
        if not self.problems:
            return "ok"
        parts = [f"{errors} error{'s' * (errors != 1)}"] if errors else []
        if warnings:
            parts.append(f"{warnings} warning{'s' * (warnings != 1)}")
        return ", ".join(parts)


def build_rows(lib: Library, problems: list[Problem]) -> list[Row]:
    """Scenarios first (with their own and their persona's problems), then every other file
    that has a problem: a broken scenario is still listed, by its file."""
    by_path: dict[str, list[Problem]] = {}
    for problem in problems:
        by_path.setdefault(str(resolved(Path(problem.path))), []).append(problem)
    rows: list[Row] = []
    covered: set[str] = set()
    for scenario_id, scenario in sorted(lib.scenarios.items()):
        path = str(resolved(lib.sources[("scenario", scenario_id)].path))
        own = list(by_path.get(path, []))
        persona_src = lib.sources.get(("persona", scenario.persona))
        if persona_src is not None:
            persona_path = str(resolved(persona_src.path))
            own += by_path.get(persona_path, [])
        covered.add(path)
        rows.append(Row(path, scenario_id, scenario.title, path, own))
    for path, found in sorted(by_path.items()):
        if path in covered:
            continue
        rows.append(Row(path, None, Path(path).name, path, found))
    return rows


def problems_text(row: Row) -> Text:
    if not row.problems:
        return Text("No problems: this scenario is ready to play.", style="green")
    text = Text()
    for problem in sorted(row.problems, key=lambda p: (p.path, p.line, p.col)):
        style = "red" if problem.severity == "error" else "yellow"
        text.append(f"{problem.severity:<8}", style=style)
        text.append(f"{problem.path}:{problem.line}:{problem.col}\n", style="dim")
        text.append("        ")
        text.append_text(verbatim(problem.message))
        text.append("\n")
    return text


class ScenariosScreen(Screen[None]):
    """For trainers: is every scenario valid, what is wrong where, and what does it look like."""

    BINDINGS = keys.SCENARIOS
    CSS_PATH = "scenarios.tcss"

    def __init__(self, content_dirs: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.content_dirs = tuple(content_dirs)
        self.library: Library | None = None
        self.rows: list[Row] = []
        self.record_seed = 1
        self.tests: dict[str, list[LoadedTests]] = {}  # scenario id -> its test files
        self.results: dict[str, list[tuple[LoadedTests, list[CaseResult]]]] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="trainer-summary")
        with Horizontal(id="trainer-body"):
            yield DataTable(id="trainer-table", cursor_type="row", zebra_stripes=True)
            with TabbedContent(id="trainer-tabs"):
                with TabPane("Problems", id="tab-problems"):
                    yield VerticalScroll(Static(id="trainer-problems"), classes="trainer-pane")
                with TabPane("Diagram", id="tab-diagram"):
                    # a diagram line must not wrap: it scrolls sideways instead
                    yield ScrollableContainer(Static(id="trainer-diagram"), classes="trainer-pane")
                with TabPane("Record", id="tab-record"):
                    yield VerticalScroll(Static(id="trainer-record"), classes="trainer-pane")
                with TabPane("Tests", id="tab-tests"):
                    yield VerticalScroll(Static(id="trainer-tests"), classes="trainer-pane")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#trainer-table", DataTable)
        table.add_columns("Scenario", "Status")
        self.load()
        table.focus()

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read every file again (bundled, user, --content) and redraw."""
        lib = load_library(self.content_dirs)
        problems = lib.problems + lint_library(lib)
        self.tests, self.results = {}, {}
        roots = default_test_roots([Path(d) for d in self.content_dirs])
        for path in find_test_files(roots):
            loaded = load_tests(path, lib)
            problems += loaded.problems  # a broken test file gets its own row
            if loaded.tests is not None:
                self.tests.setdefault(loaded.tests.scenario, []).append(loaded)
        self.library = lib
        self.rows = build_rows(lib, problems)
        table = self.query_one("#trainer-table", DataTable)
        selected = self.selected_row()
        table.clear()
        for row in self.rows:
            label = row.scenario_id or row.title
            status = Text(row.status_text(), style=STATUS_STYLE[row.status])
            table.add_row(verbatim(label), status, key=row.key)
        if selected is not None:
            keys = [r.key for r in self.rows]
            if selected.key in keys:
                table.move_cursor(row=keys.index(selected.key))
        self.update_summary(lib, problems)
        self.show_row(self.selected_row())

    def update_summary(self, lib: Library, problems: list[Problem]) -> None:
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        text = Text.assemble(
            ("Trainer: scenarios  ", "bold"),
            f"{len(lib.scenarios)} loaded, ",
            (f"{errors} error(s)", "red" if errors else "green"),
            ", ",
            (f"{warnings} warning(s)", "yellow" if warnings else "green"),
            ("   (r reloads the files after an edit)", "dim"),
        )
        for notice in lib.notices:
            text.append("\n")
            text.append_text(verbatim(f"note: {notice}", style="dim"))
        self.query_one("#trainer-summary", Static).update(text)

    # --- the selected scenario ----------------------------------------------------------------

    def selected_row(self) -> Row | None:
        if not self.rows:
            return None
        table = self.query_one("#trainer-table", DataTable)
        index = min(max(table.cursor_row, 0), len(self.rows) - 1)
        return self.rows[index]

    @on(DataTable.RowHighlighted, "#trainer-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_row(self.selected_row())

    def show_row(self, row: Row | None) -> None:
        problems = self.query_one("#trainer-problems", Static)
        diagram = self.query_one("#trainer-diagram", Static)
        record = self.query_one("#trainer-record", Static)
        tests = self.query_one("#trainer-tests", Static)
        if row is None:
            message = Text("No scenario files found.", style="dim")
            for widget in (problems, diagram, record, tests):
                widget.update(message)
            return
        header = Text.assemble(verbatim(row.title, style="bold"), "\n", (row.path, "dim"), "\n\n")
        problems.update(Group(header, problems_text(row)))
        lib = self.library
        if row.scenario_id is None or lib is None:
            unavailable = Text(
                "This file did not load; fix the errors in the Problems tab and press r.",
                style="dim",
            )
            diagram.update(unavailable)
            record.update(unavailable)
            tests.update(unavailable)
            return
        scenario = lib.scenarios[row.scenario_id]
        drawing = verbatim(text_diagram(scenario))
        drawing.no_wrap = True
        diagram.update(drawing)
        record.update(self.record_preview(row.scenario_id))
        tests.update(self.tests_text(row.scenario_id))

    def tests_text(self, scenario_id: str) -> Text:
        files = self.tests.get(scenario_id, [])
        if not files:
            return Text(
                "No test file for this scenario yet. Write one next to it, named "
                f"{scenario_id}.test.yaml (see docs/authoring.md, 'Testing a scenario').",
                style="dim",
            )
        ran = self.results.get(scenario_id)
        if ran is None:
            cases = sum(len(f.tests.cases) for f in files if f.tests is not None)
            text = Text(f"{cases} case(s) in {len(files)} file(s); press t to run them.\n\n")
            for f in files:
                text.append(f"{f.path}\n", style="dim")
            return text
        text = Text()
        for loaded, results in ran:
            text.append(f"{loaded.path}\n", style="dim")
            for result in results:
                mark, style = ("PASS", "green") if result.passed else ("FAIL", "bold red")
                text.append(f"  {mark}  ", style=style)
                text.append_text(verbatim(result.name))
                text.append(f"  ({result.outcome}, overall {result.scores.get('overall', 0):g})\n")
                for why in result.failures:
                    text.append("        - ")
                    text.append_text(verbatim(why))
                    text.append("\n")
        passed = sum(r.passed for _l, results in ran for r in results)
        total = sum(len(results) for _l, results in ran)
        text.append(f"\n{passed} of {total} passed", style="green" if passed == total else "red")
        return text

    def record_preview(self, scenario_id: str) -> RenderableType:
        assert self.library is not None
        scenario = self.library.scenarios[scenario_id]
        persona = self.library.persona_for(scenario)
        r = generate_record(persona, self.record_seed, PREVIEW_DAY)
        head = Text.assemble(
            (f"Collection record for seed {self.record_seed}", "bold"),
            (" (n: another seed) · persona ", "dim"),
            verbatim(persona.id, style="dim"),
        )
        return record_renderable(r, head)

    # --- actions -------------------------------------------------------------------------------

    def action_reload(self) -> None:
        self.load()
        lib = self.library
        if lib is not None:  # the home screen lists what was read, and new calls use it
            self.post_message(LibraryReloaded(lib))
        errors = sum(r.status == "errors" for r in self.rows)
        self.notify(
            f"Reloaded: {len(lib.scenarios) if lib else 0} scenario(s), {errors} with errors.",
            title="Scenarios",
        )

    def action_run_tests(self) -> None:
        row = self.selected_row()
        lib = self.library
        if row is None or row.scenario_id is None or lib is None:
            self.notify("Select a scenario that loads to run its tests.", severity="warning")
            return
        files = self.tests.get(row.scenario_id, [])
        try:
            self.results[row.scenario_id] = [(f, run_file(f, lib)) for f in files]
        except Exception as exc:  # a broken engine or content must not close the screen
            self.notify(f"The tests could not run: {exc}", severity="error", markup=False)
            return
        self.query_one("#trainer-tabs", TabbedContent).active = "tab-tests"
        self.show_row(row)

    def action_next_record(self) -> None:
        self.record_seed += 1
        self.show_row(self.selected_row())
