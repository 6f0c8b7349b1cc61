"""Playing a trainer's scenario tests (`content/scenario_tests.py` reads and checks the
files): each case through a real `Call`, its outcome, states and scores against what the
case expects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.content.library import Library
from simulator.content.scenario_tests import Case, LoadedTests, ScenarioTestFile
from simulator.engine.call import Call, CallOver
from simulator.engine.export import call_scores_dict
from simulator.engine.script import ScriptError, ScriptLine, fill_placeholders


@dataclass
class CaseResult:
    name: str
    line: int
    passed: bool
    failures: list[str]
    outcome: str
    visited: list[str]
    scores: dict[str, float]
    unsaid: int = 0  # lines left when the call had already ended


def _subsequence(wanted: list[str], seen: list[str]) -> bool:
    it = iter(seen)
    return all(any(state == w for state in it) for w in wanted)


def run_case(
    lib: Library,
    tests: ScenarioTestFile,
    case: Case,
    line: int = 1,
    source: str = "lines",
    line_numbers: Sequence[int] = (),
) -> CaseResult:
    """Play one case through a real Call. `source` and `line_numbers` (where each trainee line
    is in the test file) make a bad placeholder point at its own line."""
    scenario = lib.scenarios[tests.scenario]
    call = Call(scenario, lib.persona_for(scenario), seed=case.seed)
    failures: list[str] = []
    unsaid = 0
    for number, text in enumerate(case.lines, 1):
        if call.finished:
            unsaid = len(case.lines) - number + 1
            break
        where = line_numbers[number - 1] if len(line_numbers) >= number else number
        try:
            said = fill_placeholders(ScriptLine(where, text), call.values, source)
        except ScriptError as exc:
            failures.append(str(exc))
            break
        try:
            call.say(said)
        except CallOver:  # pragma: no cover - guarded by call.finished above
            break
    if case.hang_up and not call.finished:
        call.end()
    outcome = call.outcome_value
    expect = case.expect
    wanted = expect.outcomes()
    if wanted and outcome not in wanted:
        failures.append(f"outcome: expected {' or '.join(wanted)}, got {outcome}")
    if expect.final_state and call.state != expect.final_state:
        failures.append(f"final state: expected {expect.final_state}, got {call.state}")
    if expect.visited and not _subsequence(expect.visited, call.visited):
        failures.append(
            f"states: expected to pass through {' -> '.join(expect.visited)} in that order; "
            f"the call went {' -> '.join(call.visited)}"
        )
    for name in expect.not_visited:
        if name in call.visited:
            failures.append(f"states: expected never to reach {name}; the call did")
    scores = call.scores()
    values: dict[str, int | None] = call_scores_dict(scores)
    for dimension, bound in expect.scores.items():
        value = values[dimension]
        if value is None:
            failures.append(f"score {dimension} was not given (the debtor was never rude)")
            continue
        why = bound.check(float(value))
        if why:
            failures.append(f"score {dimension} {why}")
    if expect.failed is not None and bool(scores.failed) != expect.failed:
        failures.append(
            "compliance: expected the call to "
            + ("fail" if expect.failed else "pass")
            + f", it did not ({'; '.join(f.rule for f in scores.compliance) or 'no findings'})"
        )
    return CaseResult(
        name=case.name,
        line=line,
        passed=not failures,
        failures=failures,
        outcome=outcome,
        visited=list(call.visited),
        scores={k: float(v) for k, v in values.items() if v is not None},
        unsaid=unsaid,
    )


def run_file(loaded: LoadedTests, lib: Library) -> list[CaseResult]:
    if loaded.tests is None or loaded.doc is None:
        return []
    results = []
    for i, case in enumerate(loaded.tests.cases):
        line, _col = loaded.doc.locate(("cases", i))
        numbers = [loaded.doc.locate(("cases", i, "lines", n))[0] for n in range(len(case.lines))]
        results.append(run_case(lib, loaded.tests, case, line, str(loaded.path), numbers))
    return results
