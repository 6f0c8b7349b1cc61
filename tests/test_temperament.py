"""Scripted trainees of each style, played through real calls, are typed as that style; a thin
or mixed record is called uncertain instead of being guessed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.engine.call_facts import facts_from_call, read_call
from simulator.scoring.temperament import (
    LEANING_BELOW,
    TRAINING,
    TurnFacts,
    read_temperament,
)

SCENARIOS = (
    "student_forgot_first_late",
    "car_dealer_dispute",
    "rude_defaulter_composure",
    "student_unemployed_hardship",
    "lenders_persistent_late",
)

STYLES: dict[str, list[str]] = {
    "confident": [
        "Good morning, this is Sam from {lender}. Am I speaking with {debtor_name}?",
        "Thank you. This is an attempt to collect a debt and any information obtained will be "
        "used for that purpose. Your {loan_type} payment of {amount_overdue} is "
        "{days_past_due} days overdue. Can you pay it today?",
        "I understand. What stopped the payment this month?",
        "I can't leave it open. I need {amount_overdue} by Friday. Can you pay "
        "{amount_overdue} by Friday by bank transfer?",
        "Can you pay {amount_overdue} by Friday by bank transfer?",
        "So that's {amount_overdue} by Friday, by bank transfer. Is that right?",
        "Thank you, {first_name}. I've noted {amount_overdue} by Friday by bank transfer.",
    ],
    "aggressive": [
        "Is this {debtor_name}?",
        "You owe {amount_overdue}. Pay it today.",
        "I don't care about your excuses, pay the damn money now.",
        "Listen, you idiot, pay {amount_overdue} today or else.",
        "PAY TODAY OR WE WILL TAKE EVERYTHING YOU OWN",
        "Stop wasting my time and pay, you deadbeat.",
    ],
    "introverted": [
        "Hello.",
        "It's about the loan.",
        "ok",
        "I see.",
        "okay",
        "right",
        "yes",
        "hmm okay",
    ],
    "timid": [
        "Hi, um, sorry to bother you. Is this {debtor_name}?",
        "Sorry, I'm calling about your {loan_type}, there seems to be a small payment missing.",
        "Oh, I'm so sorry, I understand, don't worry about it.",
        "Okay, no problem, pay whenever you can.",
        "That's fine, take your time.",
        "Sorry again for bothering you. Bye.",
    ],
}


def play(library: Library, scenario_id: str, lines: list[str], seed: int = 0) -> Call:
    scenario = library.scenario(scenario_id)
    call = Call(scenario, library.persona_for(scenario), seed=seed)
    for line in lines:
        if call.finished:
            break
        call.say(line.format(**call.values))
    if not call.finished:
        call.end()
    return call


def play_many(
    library: Library, style: str, scenarios: tuple[str, ...] = SCENARIOS
) -> tuple[list[TurnFacts], list[Call]]:
    calls = [play(library, sid, STYLES[style], seed=i) for i, sid in enumerate(scenarios)]
    facts = [f for c in calls for f in facts_from_call(c, key=c.scenario.id)]
    return facts, calls


@pytest.mark.parametrize("style", list(STYLES))
def test_each_style_is_typed_across_scenarios(library: Library, style: str) -> None:
    facts, calls = play_many(library, style)
    reading = read_temperament(facts)
    assert reading.type == style, reading.reason
    assert reading.calls == len(SCENARIOS)
    assert reading.confidence >= 0.5
    assert reading.weak_spot == TRAINING[style]
    said = {t.text for c in calls for t in c.turns}
    assert reading.evidence, "a reading must quote the trainee"
    for quote in reading.evidence:
        assert quote.text in said  # the trainee's own words, verbatim (none is over 300 chars)
        assert quote.call in SCENARIOS


def test_evidence_points_at_what_made_the_type(library: Library) -> None:
    aggressive = read_temperament(play_many(library, "aggressive")[0])
    assert any("idiot" in q.text or "damn" in q.text for q in aggressive.evidence)
    timid = read_temperament(play_many(library, "timid")[0])
    assert any(q.why == "accepts a vague promise" for q in timid.evidence)
    assert timid.measures.yielding > 50 > timid.measures.assertiveness
    confident = read_temperament(play_many(library, "confident")[0])
    assert confident.measures.assertiveness > 70 and confident.measures.self_control > 60
    introverted = read_temperament(play_many(library, "introverted")[0])
    assert introverted.measures.engagement < 30


def test_a_mixed_record_is_uncertain(library: Library) -> None:
    confident, _ = play_many(library, "confident", SCENARIOS[:2])
    timid, _ = play_many(library, "timid", SCENARIOS[2:4])
    reading = read_temperament(confident + timid)
    assert reading.type == "uncertain"
    assert "mixed" in reading.reason
    assert reading.leaning is not None
    assert reading.confidence < LEANING_BELOW  # a leaning, never as sure as a typed reading
    assert reading.weak_spot == TRAINING["uncertain"]


def test_a_thin_record_is_uncertain_but_says_which_way_it_leans(library: Library) -> None:
    call = play(library, "student_forgot_first_late", STYLES["timid"][:3])
    reading = read_call(call)
    assert reading.type == "uncertain"
    assert "only 3 trainee turns" in reading.reason
    assert reading.leaning == "timid"
    assert read_temperament([]).type == "uncertain"


def test_politeness_kept_under_provocation_is_not_aggressive(library: Library) -> None:
    """The rude defaulter provokes; a collector who stays courteous keeps self-control."""
    facts, calls = play_many(library, "confident", ("rude_defaulter_composure",) * 1)
    assert any(t.debtor_was_rude for c in calls for t in c.turns)
    assert read_temperament(facts).measures.self_control >= 60


def test_play_json_carries_the_calls_reading() -> None:
    script = "\n".join(STYLES["confident"])
    runner = CliRunner()
    outputs = [
        runner.invoke(
            cli, ["play", "student_forgot_first_late", "--script", "-", "--json"], input=script
        ).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]  # still deterministic
    data = json.loads(outputs[0])
    temperament = data["temperament"]
    assert temperament["type"] == "confident"
    assert 0 < temperament["confidence"] <= 1
    said = {t["text"] for t in data["turns"]}
    assert temperament["evidence"] and all(e["text"] in said for e in temperament["evidence"])
    assert set(temperament["measures"]) == {
        "assertiveness",
        "self_control",
        "engagement",
        "yielding",
    }


def facts(
    texts: list[str],
    politeness: int,
    rude: bool,
    flags: frozenset[str] = frozenset(),
    cues: frozenset[str] = frozenset({"deadline_this_week"}),  # "by Friday"
) -> list[TurnFacts]:
    acts = frozenset({"ask_payment", "state_amount", "set_deadline"})
    return [
        TurnFacts(
            call=f"c{i % 3}",
            turn=i,
            text=t,
            acts=acts,
            flags=flags,
            cues=cues,
            politeness=politeness,
            debtor_was_rude=rude,
        )
        for i, t in enumerate(texts)
    ]


def test_self_control_is_read_where_the_debtor_provoked() -> None:
    lines = [f"Please pay the $420 by Friday, line {i}." for i in range(9)]
    said = frozenset({"pol_please", "deadline_this_week"})
    calm = read_temperament(facts(lines, politeness=75, rude=True, cues=said))
    snapped = read_temperament(facts(lines, politeness=20, rude=True, cues=said))
    assert calm.type == "confident"
    assert snapped.measures.self_control < calm.measures.self_control
    assert snapped.type == "aggressive"


def test_a_denied_threat_is_not_a_breach() -> None:
    lines = [f"I'm not threatening you, I need the $420 by Friday ({i})." for i in range(9)]
    denied = read_temperament(facts(lines, 70, False, frozenset({"threat", "negated_threat"})))
    meant = read_temperament(facts(lines, 70, False, frozenset({"threat"})))
    assert denied.type == "confident"
    assert meant.type == "aggressive"
