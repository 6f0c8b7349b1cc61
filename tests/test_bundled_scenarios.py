"""Trainer regression tests for the bundled content: every scenario is playable end to end.

For each bundled scenario there are three trainee scripts in tests/data/scripts/<id>/:
- good.txt: a well-run call (right party, compliance statement, amount, listening, terms,
  restated and confirmed) that must reach the scenario's success outcome by itself;
- abusive.txt: insults and pressure that must end in a hang-up or a refusal;
- timid.txt: "okay, pay whenever you can" - a vague promise at best, never a secured one.
Placeholders such as {debtor_name} and {amount_overdue} are filled from each call's record,
so the same script works for every seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.library import Library, load_library
from simulator.content.models import Outcome, Scenario
from simulator.engine.call import Call
from simulator.engine.lines import fill

SCRIPTS = Path(__file__).resolve().parent / "data" / "scripts"
SEEDS = range(5)
BUNDLED = load_library(include_user=False)
SCENARIO_IDS = sorted(BUNDLED.scenarios)

# What counts as success when it is not simply a secured promise (see the scenario's
# description): the malicious defaulter may also be escalated to legal action cleanly.
SUCCESS: dict[str, set[Outcome]] = {
    "malicious_default_legal": {Outcome.PROMISE_SECURED, Outcome.ESCALATED},
}
ABUSIVE_ENDINGS = {Outcome.HUNG_UP, Outcome.REFUSED}
NOT_A_SUCCESS_FOR_TIMID = {Outcome.PROMISE_SECURED, Outcome.ESCALATED}

# The people the bundled content must cover (DOMAIN.md), as words in scenario ids or titles.
WHO = [
    ("student",),
    ("dispute",),
    ("rude",),
    ("broke_down", "broke down"),
    ("traveller",),
    ("lenders",),
    ("unemployed", "hardship"),
    ("malicious",),
    ("reminder",),
]


def script(scenario_id: str, kind: str) -> list[str]:
    path = SCRIPTS / scenario_id / f"{kind}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def play(library: Library, scenario_id: str, kind: str, seed: int) -> tuple[Call, int]:
    """Play a script; returns the call and how many lines were said before it ended."""
    scenario = library.scenario(scenario_id)
    call = Call(scenario, library.persona_for(scenario), seed=seed)
    said = 0
    for line in script(scenario_id, kind):
        if call.finished:
            break
        call.say(fill(line, call.values))
        said += 1
    return call, said


def transcript(call: Call) -> str:
    rows = [f"  debtor [{call.visited[0]}]: {call.opening}"]
    for turn in call.turns:
        acts = ",".join(a.value for a in turn.analysis.acts)
        rows.append(f"  trainee: {turn.text}   <{acts}>")
        rows.append(f"  debtor [{turn.state_after}, {turn.trigger}]: {turn.reply}")
    return "\n".join(rows)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_a_well_run_call_succeeds(library: Library, scenario_id: str, seed: int) -> None:
    call, _ = play(library, scenario_id, "good", seed)
    scenario = library.scenario(scenario_id)
    wanted: set[str] = set(SUCCESS.get(scenario_id, {Outcome.PROMISE_SECURED}))
    if not scenario.goal.is_payment:  # a call beyond payment succeeds in its own outcome
        wanted = {o.name for o in scenario.outcomes if o.success}
    # the goal reached, the debtor stays on the line for the trainee's goodbye, unless their own
    # line ended the call ("Right. Thank you for listening. Bye.")
    hung_up = call.turns[-1].reply.rstrip(".!").lower().endswith("bye")
    assert call.outcome is not None and (call.closing or hung_up), (
        f"no goal reached:\n{transcript(call)}"
    )
    assert call.outcome in wanted, f"{call.outcome}:\n{transcript(call)}"
    if call.outcome is Outcome.PROMISE_SECURED:
        promise = call.promise
        assert promise.confirmed and promise.amount and promise.date and promise.method
    scores = call.scores()
    assert not scores.failed, [f.message for f in scores.compliance]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_an_abusive_call_is_hung_up_or_refused(
    library: Library, scenario_id: str, seed: int
) -> None:
    call, _ = play(library, scenario_id, "abusive", seed)
    assert call.finished, f"the abusive call did not end by itself:\n{transcript(call)}"
    assert call.outcome in ABUSIVE_ENDINGS, f"{call.outcome}:\n{transcript(call)}"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_a_timid_call_gets_a_vague_promise_at_best(
    library: Library, scenario_id: str, seed: int
) -> None:
    call, _ = play(library, scenario_id, "timid", seed)
    if not call.finished:
        call.end()  # as `collectsim play` does when the script runs out
    assert call.outcome not in NOT_A_SUCCESS_FOR_TIMID, f"{call.outcome}:\n{transcript(call)}"
    assert not call.promise.confirmed


@pytest.mark.parametrize("seed", SEEDS)
def test_the_malicious_defaulter_can_be_escalated_cleanly(library: Library, seed: int) -> None:
    """The second success path: consequences stated as facts, no firm date, the collector
    closes and the account goes to legal action - compliant, without threats."""
    call, _ = play(library, "malicious_default_legal", "escalate", seed)
    assert call.outcome is Outcome.ESCALATED, f"{call.outcome}:\n{transcript(call)}"
    assert not call.scores().failed


def test_every_bundled_scenario_has_its_three_scripts() -> None:
    for scenario_id in SCENARIO_IDS:
        for kind in ("good", "abusive", "timid"):
            assert script(scenario_id, kind), f"{scenario_id}/{kind}.txt is missing or empty"


def test_every_bundled_file_validates_with_no_problems() -> None:
    lib = load_library(include_user=False)
    assert lib.problems == []
    names = {p.stem for p in lib.files}
    assert set(SCENARIO_IDS) <= names


def test_bundled_content_lints_clean() -> None:
    from simulator.content.lint import lint_library

    lib = load_library(include_user=False)
    assert [str(p) for p in lint_library(lib)] == []


def test_at_least_nine_personas_each_with_a_scenario() -> None:
    personas = set(BUNDLED.personas)
    used = {s.persona for s in BUNDLED.scenarios.values()}
    assert len(personas) >= 9
    assert personas <= used, f"personas with no scenario: {sorted(personas - used)}"


@pytest.mark.parametrize("words", WHO, ids=lambda w: w[0])
def test_the_scenarios_say_who_they_are(words: tuple[str, ...]) -> None:
    found = [
        s.id
        for s in BUNDLED.scenarios.values()
        if any(w in s.id or w in s.title.lower() for w in words)
    ]
    assert found, f"no bundled scenario id or title names {words}"


def test_difficulty_is_spread() -> None:
    levels = {s.difficulty for s in BUNDLED.scenarios.values()}
    assert {1, 5} <= levels and len(levels) >= 4


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_scenario_has_the_states_a_call_needs(scenario_id: str) -> None:
    sc: Scenario = BUNDLED.scenarios[scenario_id]
    states = sc.states
    if not sc.goal.is_payment:
        # a call beyond payment: its own success outcome, a hang-up, and hints everywhere
        endings = {str(s.ending) for s in states if s.ending is not None}
        assert {o.name for o in sc.outcomes if o.success} & endings
        assert "hung_up" in endings
        assert {"patience_out", "insult"} <= {t.trigger for t in sc.transitions}
        assert sc.rules.fail_when, "a call beyond payment fails on what it teaches not to do"
        for state in states:
            if state.ending is None:
                assert state.name in sc.hints, f"no hint for state '{state.name}'"
        return
    assert any(s.identity_confirmed for s in states)
    assert any(s.vague_promise for s in states)
    assert any(s.negotiable for s in states)
    endings = {s.ending for s in states if s.ending is not None}
    assert {Outcome.PROMISE_SECURED, Outcome.VAGUE_PROMISE, Outcome.HUNG_UP} <= endings
    triggers = {t.trigger for t in sc.transitions}
    assert {"patience_out", "insult", "accept_vague", "confirm_terms"} <= triggers
    for state in states:
        if state.ending is None:
            assert state.name in sc.hints, f"no hint for state '{state.name}'"


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_the_debtor_has_several_lines_everywhere(scenario_id: str) -> None:
    sc = BUNDLED.scenarios[scenario_id]
    persona = BUNDLED.personas[sc.persona]
    assert len(persona.fallback) >= 2
    assert "turn_limit" in persona.lines
    for state in sc.states:
        lines = sc.lines.get(state.name) or persona.lines.get(state.name)
        assert lines is not None, f"no lines for state '{state.name}'"
        variants = lines if isinstance(lines, list) else [v for vs in lines.values() for v in vs]
        assert len(variants) >= 2, f"state '{state.name}' has a single line"


def test_bundled_files_point_at_their_schema_and_say_what_they_train() -> None:
    for path in BUNDLED.files:
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        kind = path.parent.name.rstrip("s")
        assert head[0] == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"
        assert head[1].startswith("# ") and len(head[1]) > 20, f"{path}: say what it trains"
