"""Scenario tests: a trainer's regression tests for a scenario, as data.

A `<anything>.test.yaml` file next to a scenario holds cases: the trainee's lines (with
{placeholders} from the collection record), a seed, and what should happen (the outcome, the
states visited, score bounds). `collectsim test` runs them through the same `Call` the app
uses and reports each case like a test runner; the project's pytest runs the bundled ones.
This module reads and checks the files; `engine/scenario_runner.py` plays the cases.

Test files are validated like content files: unknown keys, wrong types and unknown scenario
or state names are reported as `path:line:col: message`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, model_validator

from simulator.content.library import Library, load_library, pydantic_problems
from simulator.content.lint import record_placeholders
from simulator.content.models import Identifier, Outcome, Strict
from simulator.content.paths import bundled_root, user_root, walk_files
from simulator.content.placeholders import SCRIPT_PLACEHOLDER
from simulator.content.problems import Problem
from simulator.content.references import did_you_mean
from simulator.content.yaml_source import SourceError, YamlDocument, read_yaml, resolved

TEST_SUFFIX = ".test.yaml"
ScoreName = Literal["urgency", "politeness", "focus", "promise", "composure", "overall"]


class Bound(Strict):
    """Inclusive score bounds, 0-100: `{min: 60}`, `{max: 40}` or both."""

    min: float | None = Field(default=None, ge=0, le=100)
    max: float | None = Field(default=None, ge=0, le=100)

    @model_validator(mode="after")
    def _sensible(self) -> Bound:
        if self.min is None and self.max is None:
            raise ValueError("give min, max or both, e.g. {min: 60}")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self

    def check(self, value: float) -> str | None:
        if self.min is not None and value < self.min:
            return f"is {value:g}, below the minimum {self.min:g}"
        if self.max is not None and value > self.max:
            return f"is {value:g}, above the maximum {self.max:g}"
        return None


class Expect(Strict):
    outcome: Outcome | Identifier | list[Outcome | Identifier] | None = Field(
        default=None,
        description="The outcome (built-in, or one the scenario names under 'outcomes'), or a "
        "list of acceptable outcomes",
    )
    final_state: Identifier | None = None
    visited: list[Identifier] = Field(
        default_factory=list, description="States the call passes through, in this order"
    )
    not_visited: list[Identifier] = Field(default_factory=list)
    scores: dict[ScoreName, Bound] = Field(default_factory=dict)
    failed: bool | None = Field(
        default=None, description="Whether the compliance rule pack fails the call"
    )

    def outcomes(self) -> list[str]:
        if self.outcome is None:
            return []
        found = self.outcome if isinstance(self.outcome, list) else [self.outcome]
        return [str(o) for o in found]


class Case(Strict):
    name: str = Field(min_length=1)
    seed: int = Field(default=0, ge=0)
    lines: Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]
    hang_up: bool = Field(
        default=False, description="The trainee ends the call after the last line"
    )
    expect: Expect


class ScenarioTestFile(Strict):
    scenario: Identifier
    cases: list[Case] = Field(min_length=1)


# --- loading -------------------------------------------------------------------------------


@dataclass
class LoadedTests:
    path: Path
    tests: ScenarioTestFile | None
    doc: YamlDocument | None
    problems: list[Problem] = field(default_factory=list)


def load_tests(path: Path, lib: Library) -> LoadedTests:
    """Read and check one test file against the library's scenarios."""
    try:
        return _load_tests(path, lib)
    except Exception as exc:  # one file, whatever is wrong with it, never stops the rest
        message = (
            f"this file could not be loaded ({type(exc).__name__}: {exc}); "
            "please report it, with the file, as a collectsim bug"
        )
        return LoadedTests(path, None, None, [Problem(str(path), 1, 1, message)])


def _load_tests(path: Path, lib: Library) -> LoadedTests:
    try:
        doc = read_yaml(path)
    except SourceError as exc:
        return LoadedTests(path, None, None, [Problem(str(path), exc.line, exc.col, exc.message)])
    if not isinstance(doc.data, dict):
        problem = Problem(str(path), 1, 1, "a test file is a mapping: scenario: ID, cases: [...]")
        return LoadedTests(path, None, doc, [problem])
    try:
        tests = ScenarioTestFile.model_validate(doc.data)
    except ValidationError as exc:
        return LoadedTests(path, None, doc, pydantic_problems(exc, doc))
    problems: list[Problem] = []

    def add(loc: tuple[str | int, ...], message: str) -> None:
        line, col = doc.locate(loc)
        problems.append(Problem(str(path), line, col, message, rule="reference"))

    scenario = lib.scenarios.get(tests.scenario)
    if scenario is None:
        add(
            ("scenario",),
            f"unknown scenario '{tests.scenario}'{did_you_mean(tests.scenario, lib.scenarios)}"
            " (or its file has errors: run collectsim validate)",
        )
        return LoadedTests(path, None, doc, problems)
    names = [s.name for s in scenario.states]
    for i, case in enumerate(tests.cases):
        expect = case.expect
        refs: list[tuple[tuple[str | int, ...], str]] = []
        if expect.final_state:
            refs.append((("cases", i, "expect", "final_state"), expect.final_state))
        for key in ("visited", "not_visited"):
            for j, name in enumerate(getattr(expect, key)):
                refs.append((("cases", i, "expect", key, j), name))
        for loc, name in refs:
            if name not in names:
                add(
                    loc,
                    f"unknown state '{name}' in scenario '{scenario.id}'"
                    f"{did_you_mean(name, names)}",
                )
        known = (*record_placeholders(), *scenario.record)
        allowed_outcomes = [o.value for o in Outcome] + [o.name for o in scenario.outcomes]
        for j, wanted in enumerate(expect.outcomes()):
            if wanted not in allowed_outcomes:
                where: tuple[str | int, ...] = ("cases", i, "expect", "outcome")
                if isinstance(expect.outcome, list):
                    where = (*where, j)
                add(
                    where,
                    f"unknown outcome '{wanted}'{did_you_mean(wanted, allowed_outcomes)}; "
                    f"the outcomes are {', '.join(allowed_outcomes)}",
                )
        for j, text in enumerate(case.lines):
            for match in SCRIPT_PLACEHOLDER.finditer(text):
                if match.group(1) not in known:
                    add(
                        ("cases", i, "lines", j),
                        f"unknown placeholder '{match.group(0)}'"
                        f"{did_you_mean(match.group(1), known)}; the collection record has "
                        "debtor_name, amount_overdue, due_date, ... (docs/authoring.md)",
                    )
    return LoadedTests(path, tests if not problems else None, doc, problems)


def find_test_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(walk_files(path, lambda name: name.endswith(TEST_SUFFIX))[0])
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def default_test_roots(extra: Sequence[Path] = ()) -> list[Path]:
    """Where `collectsim test` looks with no path: bundled scenarios, the user's folder and
    the --content folders."""
    roots = [bundled_root() / "scenarios"]
    if user_root().is_dir():
        roots.append(user_root())
    roots.extend(p for p in extra if p.is_dir())
    return roots


def content_for(test_files: Iterable[Path]) -> list[Path]:
    """Folders to load so a test file outside the usual places still finds the scenario next
    to it (and that scenario's personas when they sit in a sibling personas/ folder)."""
    extra: list[Path] = []
    for path in test_files:
        folder = resolved(path).parent
        extra.append(folder)
        if folder.name == "scenarios" and (folder.parent / "personas").is_dir():
            extra.append(folder.parent / "personas")
    return list(dict.fromkeys(extra))


def library_for(test_files: Sequence[Path], extra: Sequence[Path] = ()) -> Library:
    known = {bundled_root().resolve() / "scenarios", bundled_root().resolve() / "personas"}
    more = [p for p in content_for(test_files) if p not in known]
    return load_library([*extra, *more])
