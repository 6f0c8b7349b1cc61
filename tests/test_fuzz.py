"""Fuzzing the three doors input comes in by (issue 11): trainee lines (a call, and `score`),
`score`'s JSON lines, and content files. Whatever comes in: no exception escapes, what comes
out parses (standard JSON, one answer per input line; content problems as path:line:col),
and every example finishes in bounded time.

Derandomized, so CI runs the same examples every time; the whole file takes well under a
minute (COLLECTSIM_FUZZ_EXAMPLES=N explores more, at random). Lines stay short: the reader's
time on long lines has its own test and issue."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.cli import cli
from simulator.content.library import Library, load_paths
from simulator.content.lint import lint_library
from simulator.engine.call import Call, CallOver
from simulator.engine.diagram import text_diagram

REPO = Path(__file__).resolve().parent.parent
# under ids of their own, so that a fuzzed file never stands in for a bundled one
STUDENT = (
    (REPO / "scenarios" / "student_forgot_first_late.yaml")
    .read_text(encoding="utf-8")
    .replace("id: student_forgot_first_late", "id: fz")
)
PERSONA = (
    (REPO / "personas" / "forgetful_student.yaml")
    .read_text(encoding="utf-8")
    .replace("id: forgetful_student", "id: fz_persona")
)
PER_EXAMPLE_SECONDS = 5.0

# COLLECTSIM_FUZZ_EXAMPLES=2000 explores further, with fresh random examples each run
EXPLORE = int(os.environ.get("COLLECTSIM_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXPLORE or 80,
    deadline=None,  # timed by hand below, with a bound that allows a busy CI machine
    derandomize=not EXPLORE,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

WORDS = [
    "pay", "$", "1,250.00", "today", "Friday", "the 15th", "half", "the full amount", "card",
    "bank transfer", "please", "sorry", "I understand", "idiot", "lawyer", "court", "plan",
    "so that's", "confirm", "Ana", "€", "1e999", "NaN", "-", "0", "99999999999999999999",
    "{debtor_name}", "{", "}", "\\", '"', "\x1b[31m", "\x1b]52;c;eA==\x07", "\u202e", "\x00",
    "\r", "\t", "\ud800", "\U0001f600", "ß", "İ", "ﬃ", "١٢٣",
]  # fmt: skip
trainee_lines = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=25).map(
    " ".join
)


def strict(line: str) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"not standard JSON: {name} in {line[:200]!r}")

    return json.loads(line, parse_constant=refuse)


def timed(started: float) -> None:
    took = time.perf_counter() - started
    assert took < PER_EXAMPLE_SECONDS, f"one example took {took:.1f}s"


def one_per_line(lines: list[str]) -> list[str]:
    return [line.replace("\n", " ").replace("\r", " ") for line in lines]


def score_json(lines: list[str]) -> list[Any]:
    """score --json's rows, each parsed as standard JSON: exactly one per line sent."""
    rows = [strict(row) for row in score(lines, "--json")]
    assert len(rows) == len(lines)
    return rows


def score(lines: list[str], *args: str) -> list[str]:
    data = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n"
    result = CliRunner().invoke(cli, ["score", *args], input=data)
    assert result.exception is None, result.exception
    assert result.exit_code == 0, result.stderr
    return result.stdout.removesuffix("\n").split("\n")  # JSON lines: split at \n only


# --- trainee lines -------------------------------------------------------------------------


@FUZZ
@given(lines=st.lists(trainee_lines, min_size=1, max_size=6), seed=st.integers(0, 2**63 - 1))
def test_trainee_lines_in_a_call(library: Library, lines: list[str], seed: int) -> None:
    started = time.perf_counter()
    scenario = library.scenario("student_forgot_first_late")
    call = Call(scenario, library.persona_for(scenario), seed=seed)
    for line in lines:
        if call.finished:
            break
        try:
            turn = call.say(line)
        except CallOver:  # pragma: no cover - guarded by call.finished
            break
        assert isinstance(turn.reply, str)
    if not call.finished:
        call.end()
    strict(json.dumps(call.to_dict(), ensure_ascii=False))
    timed(started)


@FUZZ
@given(lines=st.lists(trainee_lines, min_size=1, max_size=8))
def test_trainee_lines_in_score(lines: list[str]) -> None:
    started = time.perf_counter()
    sent = one_per_line(lines)
    score_json(sent)
    table = score(sent)
    rows = [r for r in table if not r.startswith(" " * 16)]  # evidence lines follow a row
    assert len(rows) == len(sent) + 1
    assert all("\x1b" not in row for row in table)
    timed(started)


# --- score's JSON lines --------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
amounts = st.one_of(
    st.sampled_from(["1e99999999", "sNaN", "NaN", "Infinity", "-0", "1,250.00", "$99", "x", ""]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    json_values,
)
json_objects = st.fixed_dictionaries(
    {"text": st.one_of(trainee_lines, json_values)},
    optional={
        "id": json_values,
        "amount_overdue": amounts,
        "previous_debtor_line": st.one_of(trainee_lines, json_values),
        "debtor_was_rude": json_values,
        "debtor_drifted": json_values,
    },
)
raw_lines = st.one_of(
    json_objects.map(lambda obj: json.dumps(obj, ensure_ascii=False)),
    json_objects.map(lambda obj: json.dumps(obj)),  # \ud800 escapes travel as ASCII
    st.sampled_from(['{"text": "x", "id": ' + "[" * 5000 + "]" * 5000 + "}", '{"text"', "{}"]),
    st.text(max_size=40).map(lambda t: "{" + t),
)


@FUZZ
@given(lines=st.lists(raw_lines, min_size=1, max_size=8))
def test_score_json_input(lines: list[str]) -> None:
    started = time.perf_counter()
    for number, row in enumerate(score_json(one_per_line(lines)), 1):
        assert isinstance(row, dict)
        if "error" in row:
            assert row["line"] == number and row["error"]
        else:
            assert isinstance(row["politeness"], int)
    timed(started)


# --- content files -------------------------------------------------------------------------

SNIPPETS = [
    "{debtor_name:>999999999}", "{debtor_name.__class__}", "{x!r}", "{", "}}", "&a [1, *a]",
    "*nope", "!!python/object/apply:os.system ['true']", "[" * 80, "{" * 80, "\t", "\x00",
    "2024-13-45", "9" * 5000, "~", "null", "no", '"\\e]52;c;eA==\\a"', "- - - -", ": :",
    "&a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]",
    "\ufeff", "\u202e", "?", "%YAML 1.1", "---", "...",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "append"]))
        snippet = draw(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=20)))
        if action == "insert":
            lines.insert(at, snippet)
        elif action == "delete" and lines:
            del lines[min(at, len(lines) - 1)]
        elif action == "replace" and lines:
            line = lines[min(at, len(lines) - 1)]
            cut = draw(st.integers(0, len(line)))
            lines[min(at, len(lines) - 1)] = line[:cut] + snippet
        else:
            lines.append(snippet)
    return "\n".join(lines) + "\n"


def check_content(tmp_path: Path, kind: str, text: str | bytes) -> None:
    started = time.perf_counter()
    folder = tmp_path / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fuzzed.yaml"
    if isinstance(text, str):
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    else:
        path.write_bytes(text)
    lib = load_paths([path])
    problems = lib.problems + lint_library(lib, only=[path])
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message
        assert "\n" not in str(problem)
    assert "student_forgot_first_late" in lib.scenarios  # the others still load
    for scenario in lib.scenarios.values():
        if lib.sources[("scenario", scenario.id)].path == path:
            text_diagram(scenario)
            persona = lib.personas.get(scenario.persona)
            if persona is not None:
                call = Call(scenario, persona, seed=1)
                call.say("Hello, am I speaking with {debtor_name}?")
                call.say("Can you pay $100 by Friday by card?")
                assert len(call.transcript[-1][1]) < 10_000
    timed(started)


@FUZZ
@given(text=mutated(STUDENT))
def test_content_files_scenario(tmp_path: Path, text: str) -> None:
    check_content(tmp_path, "scenarios", text)


@FUZZ
@given(text=mutated(PERSONA))
def test_content_files_persona(tmp_path: Path, text: str) -> None:
    check_content(tmp_path, "personas", text)


@FUZZ
@given(data=st.binary(max_size=400))
def test_content_files_bytes(tmp_path: Path, data: bytes) -> None:
    check_content(tmp_path, "scenarios", data)
