"""Lint rules: each one fires on content that has the problem and stays quiet on content that
does not; `validate` tells warnings from errors and `--strict` fails on warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from simulator.cli import cli
from simulator.commands.validate import check
from simulator.content.lint import RULES
from simulator.content.problems import Problem


def scenario(**changes: Any) -> dict[str, Any]:
    """A small scenario on the bundled forgetful student that no lint rule objects to."""
    data: dict[str, Any] = {
        "id": "lint_case",
        "title": "Lint case",
        "persona": "forgetful_student",
        "situation": "first_time_late",
        "difficulty": 1,
        "description": "A scenario for lint tests.",
        "goal": {"kind": "full_payment", "description": "Pay it."},
        "initial": "answering",
        "states": [
            {"name": "answering"},
            {"name": "haggling", "negotiable": True},
            {"name": "promised", "ending": "promise_secured"},
            {"name": "hung_up", "ending": "hung_up"},
        ],
        "transitions": [
            {"trigger": "verify_identity", "source": "answering", "dest": "haggling"},
            {"trigger": "state_amount", "source": "answering", "dest": "haggling"},
            {"trigger": "ask_payment", "source": "answering", "dest": "haggling"},
            {"trigger": "propose_terms", "source": "answering", "dest": "haggling"},
            {"trigger": "confirm_terms", "source": "haggling", "dest": "promised"},
            {"trigger": "insult", "source": "*", "dest": "hung_up"},
            {"trigger": "threat", "source": "*", "dest": "hung_up"},
        ],
    }
    data.update(changes)
    return data


def write(tmp_path: Path, kind: str, data: dict[str, Any], name: str = "case") -> Path:
    folder = tmp_path / f"{kind}s"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def line_col(path: Path, text: str, word: str) -> tuple[int, int]:
    """Where `word` is on the first line containing `text` (1-based), to check positions."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return number, line.index(word) + 1
    raise AssertionError(f"{text!r} not in {path}")


def problems_for(path: Path, rule: str) -> list[Problem]:
    _lib, problems = check((str(path),))
    return [p for p in problems if p.rule == rule]


def test_the_base_scenario_is_clean(tmp_path: Path) -> None:
    path = write(tmp_path, "scenario", scenario())
    _lib, problems = check((str(path),))
    # 'haggling' is not one of the student's states, so only a missing-lines warning
    assert [(p.rule, p.severity) for p in problems] == [("missing_lines", "warning")]


def test_unreachable_state(tmp_path: Path) -> None:
    states = [*scenario()["states"], {"name": "explaining"}]
    transitions = [
        *scenario()["transitions"],
        {"trigger": "ask_payment", "source": "explaining", "dest": "haggling"},
    ]
    path = write(tmp_path, "scenario", scenario(states=states, transitions=transitions))
    (problem,) = problems_for(path, "unreachable_state")
    assert problem.severity == "warning"
    assert "state 'explaining' cannot be reached from 'answering'" in problem.message
    assert (problem.line, problem.col) == line_col(path, "name: explaining", "explaining")
    assert problems_for(write(tmp_path, "scenario", scenario(), "ok"), "unreachable_state") == []


def test_dead_end(tmp_path: Path) -> None:
    states = [*scenario()["states"], {"name": "stuck"}]
    transitions = [
        *scenario()["transitions"][:-2],
        {"trigger": "probe_reason", "source": "answering", "dest": "stuck"},
        {"trigger": "insult", "source": ["answering", "haggling"], "dest": "hung_up"},
        {"trigger": "threat", "source": ["answering", "haggling"], "dest": "hung_up"},
    ]
    path = write(tmp_path, "scenario", scenario(states=states, transitions=transitions))
    (problem,) = problems_for(path, "dead_end")
    assert problem.severity == "error"
    assert "state 'stuck' is a dead end: no transition leaves it" in problem.message
    # a '*' transition is a way out of every state: the same state is fine with it
    transitions[-2]["source"] = "*"
    ok = write(tmp_path, "scenario", scenario(states=states, transitions=transitions), "ok")
    assert problems_for(ok, "dead_end") == []


def test_loop_that_never_reaches_an_ending_is_a_dead_end(tmp_path: Path) -> None:
    states = [*scenario()["states"], {"name": "ping"}, {"name": "pong"}]
    transitions = [
        *scenario()["transitions"][:-2],
        {"trigger": "probe_reason", "source": "answering", "dest": "ping"},
        {"trigger": "empathise", "source": "ping", "dest": "pong"},
        {"trigger": "empathise", "source": "pong", "dest": "ping"},
    ]
    path = write(tmp_path, "scenario", scenario(states=states, transitions=transitions))
    found = problems_for(path, "dead_end")
    assert {p.message.split("'")[1] for p in found} == {"ping", "pong"}
    assert all("never lead to an ending" in p.message for p in found)


def test_unreachable_ending(tmp_path: Path) -> None:
    states = [*scenario()["states"], {"name": "refused", "ending": "refused"}]
    path = write(tmp_path, "scenario", scenario(states=states))
    (problem,) = problems_for(path, "unreachable_ending")
    assert problem.severity == "warning"
    assert "ending 'refused' (refused) cannot be reached" in problem.message
    transitions = [
        *scenario()["transitions"],
        {"trigger": "say_no", "source": "haggling", "dest": "refused"},
    ]
    ok = write(tmp_path, "scenario", scenario(states=states, transitions=transitions), "ok")
    assert problems_for(ok, "unreachable_ending") == []


def test_missing_lines_and_scenario_lines_count(tmp_path: Path) -> None:
    path = write(tmp_path, "scenario", scenario())
    (problem,) = problems_for(path, "missing_lines")
    assert "no lines for state 'haggling'" in problem.message
    assert "persona 'forgetful_student'" in problem.message
    with_lines = scenario(lines={"haggling": ["What do you need from me?"]})
    assert problems_for(write(tmp_path, "scenario", with_lines, "ok"), "missing_lines") == []


def test_unused_core_act(tmp_path: Path) -> None:
    transitions = [t for t in scenario()["transitions"] if t["trigger"] != "threat"]
    path = write(tmp_path, "scenario", scenario(transitions=transitions))
    (problem,) = problems_for(path, "unused_act")
    assert problem.severity == "warning"
    assert "no transition uses the act 'threat'" in problem.message
    assert problems_for(write(tmp_path, "scenario", scenario(), "ok"), "unused_act") == []


def test_payment_plan_goal_needs_offer_plan(tmp_path: Path) -> None:
    plan_goal = {"kind": "payment_plan", "description": "A plan."}
    path = write(tmp_path, "scenario", scenario(goal=plan_goal))
    assert ["offer_plan" in p.message for p in problems_for(path, "unused_act")] == [True]
    transitions = [
        *scenario()["transitions"],
        {"trigger": "offer_plan", "source": "answering", "dest": "haggling"},
    ]
    ok = write(tmp_path, "scenario", scenario(goal=plan_goal, transitions=transitions), "ok")
    assert problems_for(ok, "unused_act") == []


def test_unknown_placeholder_in_scenario_hint(tmp_path: Path) -> None:
    hints = {"answering": ["Ask for {amount_owed} today."]}
    path = write(tmp_path, "scenario", scenario(hints=hints))
    (problem,) = problems_for(path, "unknown_placeholder")
    assert problem.severity == "error"
    assert "unknown placeholder '{amount_owed}' in this hint" in problem.message
    assert "(did you mean 'amount_overdue'?)" in problem.message
    good = scenario(hints={"answering": ["Ask for {amount_overdue} by {due_date}."]})
    assert problems_for(write(tmp_path, "scenario", good, "ok"), "unknown_placeholder") == []


def persona(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "lint_persona",
        "name": "Lint persona",
        "summary": "For lint tests.",
        "segment": "first_time_late",
        "loan": {
            "type": "student",
            "original_amount": {"min": 1000, "max": 2000},
            "overdue_amount": {"min": 100, "max": 200},
            "days_past_due": {"min": 3, "max": 9},
        },
        "excuses": ["I forgot."],
        "lines": {"answering": ["Hello, {first_name} here."]},
        "fallback": ["Sorry?"],
        "negotiation": {"counter_date": ["Not {date}; {counter_date} works."]},
    }
    data.update(changes)
    return data


def test_placeholders_in_persona_lines(tmp_path: Path) -> None:
    ok = write(tmp_path, "persona", persona(), "ok")
    assert problems_for(ok, "unknown_placeholder") == []
    bad = persona(
        lines={"answering": {"calm": ["Hi", "I owe {amount}?"]}},
        negotiation={
            "accept_amount": ["{promise_amount} is fine."],
            # a typo in a negotiation line is a typo, not a promise placeholder
            "counter_date": ["Not {date}, {frist_name} here; {counter_date} works."],
        },
    )
    found = problems_for(write(tmp_path, "persona", bad, "bad"), "unknown_placeholder")
    assert sorted(p.message.split(";")[0] for p in found) == [
        "unknown placeholder '{amount}' in this line (it is filled only in negotiation lines",
        "unknown placeholder '{frist_name}' in this negotiation line (did you mean 'first_name'?)",
        "unknown placeholder '{promise_amount}' in this negotiation line (in negotiation lines "
        "use {amount})",
    ]
    assert "in state lines use {promise_amount})" in " ".join(p.message for p in found)


def test_an_answer_to_a_question_act_is_checked_at_its_line(tmp_path: Path) -> None:
    """A persona's question act ("What's the dealer called?") answers with lines of its own:
    a typo in one is reported where it is, and the line is left out, not said with braces."""
    act = {
        "name": "ask_dealer_name",
        "means": "asks which dealer sold the car",
        "examples": ["What is the name of the dealer?"],
        "answers": ["Riverside Motors, {frist_name} here.", "Riverside Motors."],
    }
    path = write(tmp_path, "persona", persona(acts=[act]), "asks")
    found = problems_for(path, "unknown_placeholder")
    assert [p.message.split(";")[0] for p in found] == [
        "unknown placeholder '{frist_name}' in this answer (did you mean 'first_name'?)"
    ]
    assert (found[0].line, found[0].col) == line_col(path, "frist_name", "Riverside")
    library, _problems = check((str(path),))
    kept = library.personas["lint_persona"].acts[0].answers
    assert kept == ["Riverside Motors."]


def test_negotiation_lines_with_words_of_their_own_take_their_placeholders(
    tmp_path: Path,
) -> None:
    """A correction names what the trainee said and what the debtor keeps; the terms accepted
    after a counter are {terms}; going along with another way to pay names the one they had."""
    own = persona(
        negotiation={
            "correct_term": ["Not {said}: {kept}, like I said."],
            "accept_others": ["{terms} would be fine, though."],
            "accept_instead": ["I'd rather {named}, but {method} is fine."],
        }
    )
    assert problems_for(write(tmp_path, "persona", own, "own"), "unknown_placeholder") == []
    borrowed = persona(negotiation={"accept_amount": ["{kept} is fine."]})
    found = problems_for(write(tmp_path, "persona", borrowed, "borrowed"), "unknown_placeholder")
    assert [p.message.split(" in ")[0] for p in found] == ["unknown placeholder '{kept}'"]


def test_a_value_of_the_wrong_kind_names_every_kind_allowed_once(tmp_path: Path) -> None:
    """A state's lines are a list, or lines per mood (a mapping): a number is neither, said
    in one message naming both."""
    path = write(tmp_path, "persona", persona(lines={"answering": 5}))
    _lib, problems = check((str(path),))
    assert [p.message for p in problems if p.severity == "error"] == [
        "lines.answering: Input should be a valid list or a valid dictionary (got 5)"
    ]


def test_a_key_indented_under_the_wrong_parent_names_that_parent(tmp_path: Path) -> None:
    """`excuses` is a real key, indented under `loan` by mistake: the message names `loan`
    (a key misplaced at the top level says "at the top level")."""
    loan = {**persona()["loan"], "excuses": ["I forgot."]}
    path = write(tmp_path, "persona", persona(loan=loan))
    _lib, problems = check((str(path),))
    assert [p.message for p in problems if p.severity == "error"] == [
        "key 'excuses' does not belong under 'loan' (check its indentation)"
    ]
    assert [p.line for p in problems if p.severity == "error"] == [
        line_col(path, "excuses:", "excuses")[0]
    ]


def test_a_range_the_segment_overrides_is_a_warning(tmp_path: Path) -> None:
    """docs/authoring.md: a first-time late payer has missed one payment and broken no
    promise; a persistent late payer has at least one broken promise."""
    loan = persona()["loan"]
    first = persona(
        loan={
            **loan,
            "missed_payments": {"min": 1, "max": 3},
            "broken_promises": {"min": 0, "max": 2},
        }
    )
    found = problems_for(write(tmp_path, "persona", first, "first"), "segment_history")
    assert [(p.severity, p.message) for p in found] == [
        ("warning", "a first-time late payer has missed exactly one payment"),
        ("warning", "a first-time late payer has broken no promise yet"),
    ]
    persistent = persona(
        segment="persistent_late", loan={**loan, "broken_promises": {"min": 0, "max": 2}}
    )
    found = problems_for(write(tmp_path, "persona", persistent, "late"), "segment_history")
    assert [p.message for p in found] == ["a persistent late payer has at least one broken promise"]
    assert problems_for(write(tmp_path, "persona", persona(), "ok"), "segment_history") == []
    # a kept promise is an earlier late payment paid as promised: a first-time late payer
    # with kept promises needs late payments to keep them in
    kept = {"min": 0, "max": 1}
    for late, warned in (({"min": 0, "max": 0}, True), ({"min": 0, "max": 2}, False)):
        data = persona(loan={**loan, "kept_promises": kept, "late_payments": late})
        found = problems_for(write(tmp_path, "persona", data, "kept"), "segment_history")
        assert [p.message.split(":")[0] for p in found] == (
            ["a kept promise is an earlier late payment paid as promised, and a first-time late "
             "payer has none"] if warned else []
        )  # fmt: skip


def test_unpaired_braces(tmp_path: Path) -> None:
    bad = persona(fallback=["Sorry, {first_name?"])
    (problem,) = problems_for(write(tmp_path, "persona", bad), "bad_braces")
    assert "do not pair up" in problem.message
    assert problems_for(write(tmp_path, "persona", persona(), "ok"), "bad_braces") == []
    # a long line is shown cut to 80 characters; one of 80 whole
    for size, shown in ((81, 77), (80, 80)):
        line = "Sorry, {first_name? " + "x" * (size - 20)
        assert len(line) == size
        found = problems_for(
            write(tmp_path, "persona", persona(fallback=[line]), "long"), "bad_braces"
        )
        cut = line[:shown] + ("..." if shown < size else "")
        assert f"do not pair up: {cut!r} (write" in found[0].message


def test_duplicate_ids_in_one_folder_set(tmp_path: Path) -> None:
    write(tmp_path, "scenario", scenario(), "first")
    second = write(tmp_path, "scenario", scenario(), "second")
    _lib, problems = check((), (str(tmp_path),))
    dupes = [p for p in problems if p.rule == "duplicate_id"]
    assert [(p.path, p.line, p.severity) for p in dupes] == [(str(second), 1, "error")]
    assert "duplicate scenario id 'lint_case'" in dupes[0].message
    other = scenario(id="lint_case_two")
    second.write_text(yaml.safe_dump(other), encoding="utf-8")
    _lib, problems = check((), (str(tmp_path),))
    assert [p for p in problems if p.rule == "duplicate_id"] == []


def test_every_rule_has_a_description() -> None:
    assert set(RULES) == {
        "unreachable_state",
        "dead_end",
        "unreachable_ending",
        "missing_lines",
        "unused_act",
        "unknown_placeholder",
        "bad_braces",
        "format_spec",
        "segment_history",
        "act_examples",
        "act_claimed_twice",
        "unused_custom_act",
        "goal_unreachable",
    }


@pytest.mark.parametrize(("strict", "code"), [(False, 0), (True, 1)])
def test_strict_turns_warnings_into_failures(tmp_path: Path, strict: bool, code: int) -> None:
    path = write(tmp_path, "scenario", scenario())  # one warning, no error
    args = ["validate", *(["--strict"] if strict else []), str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code, result.output
    line, col = line_col(path, "name: haggling", "haggling")
    assert f"{path}:{line}:{col}: warning: the debtor has no lines for state 'haggling'" in (
        result.stdout
    )


def test_errors_fail_without_strict(tmp_path: Path) -> None:
    states = [*scenario()["states"], {"name": "stuck"}]
    transitions = [
        *scenario()["transitions"],
        {"trigger": "probe_reason", "source": "answering", "dest": "stuck"},
    ]
    transitions = [t for t in transitions if t["source"] != "*"]
    path = write(tmp_path, "scenario", scenario(states=states, transitions=transitions))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "is a dead end" in result.stdout
    assert "warning: state 'stuck'" not in result.stdout


def test_bundled_content_has_no_lint_errors() -> None:
    _lib, problems = check(())
    assert [str(p) for p in problems if p.severity == "error"] == []


def test_placeholders_in_facts_clarify_and_wrong_party_lines(tmp_path: Path) -> None:
    good = persona(
        facts={"payday": ["Payday is the 1st; I can do {half_overdue} then."]},
        clarify={"answering": ["Sorry, who's calling about {loan_type}?"]},
        reactions={"wrong_name": ["Who? There's no {name} here."]},
    )
    assert problems_for(write(tmp_path, "persona", good, "good"), "unknown_placeholder") == []
    bad = persona(
        facts={"payday": ["Ask {debtor_nmae}."]},
        clarify={"default": ["Sorry?", "{name}?"]},
    )
    found = problems_for(write(tmp_path, "persona", bad, "bad"), "unknown_placeholder")
    messages = " ".join(p.message for p in found)
    assert "'{debtor_nmae}' in this fact" in messages
    assert "'{name}' in this clarifying line" in messages


def test_an_act_that_refines_a_built_in_act_may_claim_its_lines(tmp_path: Path) -> None:
    """The rude defaulter's refuse_fees ("I can't waive the fees") is a say_no the built-in
    reader hears too: with `refines: [say_no]` validation does not warn that both claim it,
    and still warns for an act it does not refine."""
    act = {
        "name": "refuse_fees",
        "means": "says the fees cannot be waived",
        "examples": ["I'm afraid I can't waive the late fee."],
        "patterns": [r"\b(?:can'?t|cannot)\s+waive\b"],
    }
    transitions = [
        *scenario()["transitions"],
        {"trigger": "refuse_fees", "source": "haggling", "dest": "haggling"},
    ]
    plain = write(tmp_path, "scenario", scenario(acts=[act], transitions=transitions), "plain")
    claimed = problems_for(plain, "act_claimed_twice")
    assert claimed and all("say_no" in p.message for p in claimed), claimed
    refined = scenario(acts=[{**act, "refines": ["say_no"]}], transitions=transitions)
    assert problems_for(write(tmp_path, "scenario", refined, "refined"), "act_claimed_twice") == []
    other = scenario(acts=[{**act, "refines": ["apologise"]}], transitions=transitions)
    assert problems_for(write(tmp_path, "scenario", other, "other"), "act_claimed_twice")
