"""Scenario tests: every bundled scenario ships with tests and they pass (run here as one
parametrised pytest test), and `collectsim test` reports passes, failures and broken test files
like a test runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from simulator.cli import cli
from simulator.content.library import Library, load_library
from simulator.content.paths import bundled_root, user_root
from simulator.content.scenario_tests import TEST_SUFFIX, Bound, load_tests
from simulator.engine.call import Call
from simulator.engine.scenario_runner import run_case

BUNDLED_TESTS = sorted((bundled_root() / "scenarios").glob(f"*{TEST_SUFFIX}"))


def bundled_cases() -> list[tuple[Path, int, str]]:
    lib = load_library(include_user=False)
    out = []
    for path in BUNDLED_TESTS:
        loaded = load_tests(path, lib)
        assert loaded.tests is not None, [str(p) for p in loaded.problems]
        out.extend((path, i, case.name) for i, case in enumerate(loaded.tests.cases))
    return out


@pytest.mark.parametrize(
    ("path", "index", "name"),
    bundled_cases(),
    ids=lambda v: v.name.removesuffix(TEST_SUFFIX) if isinstance(v, Path) else str(v),
)
def test_bundled_scenario_case(library: Library, path: Path, index: int, name: str) -> None:
    loaded = load_tests(path, library)
    assert loaded.tests is not None
    result = run_case(library, loaded.tests, loaded.tests.cases[index])
    assert result.passed, f"{path}: {name}: " + "; ".join(result.failures)


def test_every_bundled_scenario_ships_with_tests(library: Library) -> None:
    tested = {}
    for path in BUNDLED_TESTS:
        loaded = load_tests(path, library)
        assert loaded.tests is not None
        tested[loaded.tests.scenario] = loaded.tests
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schemas/scenario-test.schema.json"
    assert set(tested) == set(library.scenarios)
    for scenario_id, tests in tested.items():
        # every scenario has a case that reaches its goal: a promise, or its own success
        scenario = library.scenarios[scenario_id]
        wins = {"promise_secured"} | {o.name for o in scenario.outcomes if o.success}
        outcomes = [set(c.expect.outcomes()) for c in tests.cases]
        assert any(s and s <= wins for s in outcomes), scenario_id
        assert len(tests.cases) >= 3


SCENARIO = "student_forgot_first_late"
GOOD = [
    "Hello, this is Sam calling from {lender}. Am I speaking with {debtor_name}?",
    "Thank you. This is an attempt to collect a debt, and any information obtained will be "
    "used for that purpose. The payment of {amount_overdue} is {days_past_due} days overdue.",
    "I understand. Could you pay {amount_overdue} by Friday?",
    "Thank you. Would you pay {amount_overdue} by Friday by card?",
    "Just to confirm: {amount_overdue} by Friday, by card. Is that right?",
]


def write_tests(folder: Path, body: str, name: str = "mine") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}{TEST_SUFFIX}"
    path.write_text(body, encoding="utf-8")
    return path


def lines_yaml(lines: list[str], indent: int = 6) -> str:
    return "".join(f"{' ' * indent}- {line!r}\n".replace("'", '"', 2) for line in lines)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_passing_and_failing_cases_exit_1_with_reasons(tmp_path: Path) -> None:
    body = (
        f"scenario: {SCENARIO}\n"
        "cases:\n"
        "  - name: good call\n"
        "    seed: 3\n"
        "    lines:\n" + lines_yaml(GOOD) + "    expect:\n"
        "      outcome: promise_secured\n"
        "      visited: [verified, negotiating, promised]\n"
        "      scores: {overall: {min: 50}}\n"
        "  - name: expects too much\n"
        "    seed: 3\n"
        "    lines:\n" + lines_yaml(GOOD[:2]) + "    expect:\n"
        "      outcome: promise_secured\n"
        "      visited: [negotiating, verified]\n"
        "      scores: {promise: {min: 90}}\n"
    )
    path = write_tests(tmp_path, body)
    result = run("test", str(path))
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert out[0] == str(path)
    assert out[1].startswith("  PASS  good call  (promise_secured, overall ")
    assert out[2].startswith("  FAIL  expects too much  (incomplete, overall ")
    assert out[3] == f"        {path}:15: this case"
    assert "        - outcome: expected promise_secured, got incomplete" in out
    assert any(
        line.startswith("        - states: expected to pass through negotiating -> verified")
        for line in out
    )
    assert any(
        line.startswith("        - score promise is ") and "below the minimum 90" in line
        for line in out
    )
    assert result.stderr == "1 passed, 1 failed in 1 file(s)\n"


def test_a_compliance_expectation_says_which_rules_broke(tmp_path: Path, library: Library) -> None:
    threat = "Pay up now or we will tell your employer and your family about this debt."
    body = (
        f"scenario: {SCENARIO}\n"
        "cases:\n"
        "  - name: clean call said to fail\n"
        "    seed: 3\n"
        "    lines:\n" + lines_yaml(GOOD) + "    expect:\n"
        "      failed: true\n"
        "  - name: a threat said to pass\n"
        "    seed: 3\n"
        "    lines:\n" + lines_yaml([threat]) + "    expect:\n"
        "      failed: false\n"
    )
    result = run("test", str(write_tests(tmp_path, body)))
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert "        - compliance: expected the call to fail, it did not (no findings)" in out
    # the rules are those the same call breaks when played here
    scenario = library.scenario(SCENARIO)
    call = Call(scenario, library.persona_for(scenario), seed=3)
    call.say(threat)
    rules = "; ".join(f.rule for f in call.scores().compliance)
    assert rules
    assert f"        - compliance: expected the call to pass, it did not ({rules})" in out


def test_all_passing_exits_0(tmp_path: Path) -> None:
    body = (
        f"scenario: {SCENARIO}\ncases:\n  - name: hang up early\n    hang_up: true\n"
        "    lines: ['Hello, is this {debtor_name}?']\n"
        "    expect: {outcome: ended_by_trainee, not_visited: [promised]}\n"
    )
    result = run("test", str(write_tests(tmp_path, body)))
    assert result.exit_code == 0, result.output
    assert "PASS  hang up early  (ended_by_trainee" in result.stdout


def test_broken_test_file_is_reported_with_line_and_column(tmp_path: Path) -> None:
    body = (
        f"scenario: {SCENARIO}\n"
        "cases:\n"
        "  - name: typo in a state\n"
        "    lines: [hello]\n"
        "    expect:\n"
        "      visited: [negotation]\n"
        "      scores: {overall: {min: 80, max: 20}}\n"
    )
    path = write_tests(tmp_path, body)
    result = run("test", str(path))
    assert result.exit_code == 1
    assert f"  ERROR {path}:7:25: cases.0.expect.scores.overall: min (80) is " in (result.stdout)
    body = body.replace("{min: 80, max: 20}", "{min: 20}").replace("lines:", "line:")
    path.write_text(body, encoding="utf-8")
    result = run("test", str(path))
    assert f"{path}:4:5: unknown key 'line' (did you mean 'lines'?)" in result.stdout
    body = body.replace("line:", "lines:")
    path.write_text(body, encoding="utf-8")
    result = run("test", str(path))
    assert (
        f"{path}:6:17: unknown state 'negotation' in scenario '{SCENARIO}' "
        "(did you mean 'negotiating'?)" in result.stdout
    )
    assert result.exit_code == 1
    assert result.stderr == "0 passed, 0 failed in 1 file(s); 1 problem(s) in the test files\n"


def test_a_bound_of_one_exact_score_is_allowed() -> None:
    """The bounds are inclusive: {min: 60, max: 60} asks for exactly 60, and is no error."""
    exact = Bound.model_validate({"min": 60, "max": 60})
    assert exact.check(60) is None
    assert exact.check(61) == "is 61, above the maximum 60"
    assert exact.check(59) == "is 59, below the minimum 60"


def test_unknown_scenario_and_placeholder(tmp_path: Path) -> None:
    path = write_tests(
        tmp_path, "scenario: student_forgot\ncases: [{name: x, lines: [hi], expect: {}}]\n"
    )
    result = run("test", str(path))
    assert f"{path}:1:11: unknown scenario 'student_forgot'" in result.stdout
    body = (
        f"scenario: {SCENARIO}\n"
        "cases: [{name: x, lines: ['Is this {debtr_name}?'], expect: {}}]\n"
    )
    path.write_text(body, encoding="utf-8")
    result = run("test", str(path))
    assert result.exit_code == 1
    assert (
        f"  ERROR {path}:2:27: unknown placeholder '{{debtr_name}}' (did you mean 'debtor_name'?)"
        in result.stdout
    )


def test_a_test_file_next_to_a_scenario_outside_the_usual_folders(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    assert run("new", "scenario", "tiny_call", "--dir", str(scenarios)).exit_code == 0
    body = (
        "scenario: tiny_call\ncases:\n  - name: insult ends it\n    seed: 1\n"
        "    lines: ['Is this {debtor_name}? Pay up, you idiot.', 'You stupid idiot.']\n"
        "    expect: {outcome: [hung_up], final_state: hung_up}\n"
    )
    path = write_tests(scenarios, body, "tiny_call")
    result = run("test", str(path))
    assert result.exit_code == 0, result.output


def test_no_path_runs_bundled_and_user_tests() -> None:
    assert run("new", "scenario", "tiny_call").exit_code == 0

    body = (
        "scenario: tiny_call\ncases:\n  - name: never verified\n    hang_up: true\n"
        "    lines: ['Hello?']\n    expect: {outcome: ended_by_trainee}\n"
    )
    mine = write_tests(user_root() / "scenarios", body, "tiny_call")
    result = run("test")
    assert result.exit_code == 0, result.output
    files = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert str(mine) in files
    assert len(files) == len(BUNDLED_TESTS) + 1


def test_no_test_files_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("test", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"collectsim: no scenario test files (*.test.yaml) in {tmp_path}"
    )
    missing = run("test", str(tmp_path / "nope.test.yaml"))
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.stderr
