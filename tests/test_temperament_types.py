"""What a team lead hiring from an assessment would notice (issue 13): a brief, flat,
task-focused collector reads introverted, not confident or timid, even when they do ask for
the money; the same asks said with some warmth, a named day and the terms restated read
confident; hedging and apologising read timid; short and pushy reads aggressive. Each plays
three bundled scenarios as small scripted calls."""

from __future__ import annotations

import pytest
from test_temperament import play

from simulator.content.library import Library
from simulator.engine.call_facts import facts_from_call
from simulator.scoring.temperament import (
    CALIBRATION_HELD,
    LEANING_BELOW,
    OPENING_ACTS,
    Reading,
    TurnFacts,
    read_temperament,
)

SCENARIOS = ("student_forgot_first_late", "car_dealer_dispute", "lenders_persistent_late")

SCRIPTS: dict[str, list[str]] = {
    # asks for the money, but in as few words as will do: no warmth, no day named, no recap
    # (and no "Okay. Noted." to "maybe next week or so": that settles for it, as a timid
    # collector does)
    "introverted": [
        "{debtor_name}?",
        "Ruth, {lender}. This is an attempt to collect a debt. Information obtained will be "
        "used for that purpose.",
        "{amount_overdue} overdue on the {loan_type}.",
        "When can you pay?",
        "How?",
        "Which day?",
        "Bye.",
    ],
    # the same moves, said with some warmth, a day named and the terms restated
    "confident": [
        "Good morning, this is Ruth from {lender}. Am I speaking with {debtor_name}?",
        "Thanks. This is an attempt to collect a debt, and any information obtained will be "
        "used for that purpose.",
        "I'm calling about your {loan_type}: {amount_overdue} has been overdue since {due_date}.",
        "I understand, that sounds like a difficult month. I do need this settled, so can you "
        "pay {amount_overdue} by Friday?",
        "Bank transfer works well. Can you do Friday by transfer?",
        "So that's {amount_overdue} by Friday, by bank transfer. Is that right?",
        "Thank you, {first_name}. Have a good day.",
    ],
    "timid": [
        "Hi, sorry to bother you, is this {debtor_name}?",
        "Sorry, I think I'm meant to say this is an attempt to collect a debt, and information "
        "obtained will be used for that purpose.",
        "I'm really sorry, it's just that maybe there's a small amount, {amount_overdue}, on "
        "your {loan_type}?",
        "Oh, I'm so sorry, I didn't mean to upset you. Whenever suits you is fine, honestly.",
        "Okay, no problem, maybe next month then?",
        "Sorry again. Thanks, bye.",
    ],
    # as brief as the introvert, but every line presses and none is warm
    "aggressive": [
        "{debtor_name}?",
        "{lender}. This is an attempt to collect a debt. Information obtained will be used for "
        "that purpose.",
        "{amount_overdue}. Overdue. Pay it.",
        "Not my problem. Friday.",
        "Friday. Full amount. No excuses.",
        "Don't make me call again.",
    ],
}


def facts_of(library: Library, style: str) -> list[TurnFacts]:
    calls = [play(library, sid, SCRIPTS[style], seed=i) for i, sid in enumerate(SCENARIOS)]
    return [f for c in calls for f in facts_from_call(c, key=c.scenario.id)]


def reading_of(library: Library, style: str) -> Reading:
    return read_temperament(facts_of(library, style))


@pytest.mark.parametrize("style", list(SCRIPTS))
def test_each_collector_reads_as_their_type(library: Library, style: str) -> None:
    reading = reading_of(library, style)
    assert reading.type == style, (reading.leaning, reading.measures, reading.reason)
    assert reading.confidence >= LEANING_BELOW


def test_a_terse_flat_collector_who_asks_is_introverted_not_confident(library: Library) -> None:
    """Asking for the money does not make a confident collector: the introvert asks in four
    words, with no warm word, leaves the day to the debtor and never restates the terms."""
    quiet = reading_of(library, "introverted")
    sure = reading_of(library, "confident")
    assert quiet.measures.assertiveness >= 50  # they do ask, and state the amount
    assert quiet.measures.engagement < 30 < 70 < sure.measures.engagement
    assert quiet.measures.yielding < 20  # no apologies: not the timid collector
    assert "brief, flat" in quiet.reason


def test_the_introvert_is_quoted_in_their_own_brief_lines_never_the_opening(
    library: Library,
) -> None:
    facts = facts_of(library, "introverted")
    reading = read_temperament(facts)
    opening = {f.text for f in facts if f.acts & OPENING_ACTS}
    said = {f.text for f in facts}
    assert reading.evidence
    for quote in reading.evidence:
        assert quote.text in said and quote.text not in opening
        assert len(quote.text.split()) <= 6
    assert any(q.why == "asks briefly, names no day to pay" for q in reading.evidence)


def test_hedging_and_apologising_reads_timid_not_introverted(library: Library) -> None:
    timid = reading_of(library, "timid")
    assert timid.measures.yielding > 50
    assert any(q.why in ("apologises", "accepts a vague promise") for q in timid.evidence)


def test_the_opening_alone_is_no_reading(library: Library) -> None:
    """Greeting, identity and disclosure are the script everyone says: however many calls
    stop there, the reading is a leaning, never a type."""
    facts = [f for f in facts_of(library, "confident") if f.turn <= 2]
    assert len(facts) >= 5
    reading = read_temperament(facts)
    assert reading.type == "uncertain"
    assert "beyond the opening" in reading.reason
    assert reading.confidence < LEANING_BELOW


def test_a_reading_held_back_by_a_rule_is_always_a_leaning() -> None:
    assert all(confidence < LEANING_BELOW for _start, confidence in CALIBRATION_HELD)
