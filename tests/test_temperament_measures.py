"""The temperament measures shown in every report (scoring/temperament.py), worked out here
by hand from what the module's docstring says moves them."""

from __future__ import annotations

from typing import Any

from simulator.scoring.temperament import TurnFacts, measure


def facts(*acts: tuple[str, ...], politeness: int = 70) -> list[TurnFacts]:
    return [
        TurnFacts("call 1", i, "a line of several words here", frozenset(a), politeness=politeness)
        for i, a in enumerate(acts, start=1)
    ]


def test_assertiveness_adds_up_what_the_collector_did() -> None:
    """Asked for payment 0.25, set a deadline 0.2, stated the amount once 0.6 x 0.2, said no
    0.1, and 0.35 x the share of assertive turns over a half (4 of 10: 0.8)."""
    turns = facts(("ask_payment",), ("set_deadline",), ("state_amount",), ("say_no",), *[()] * 6)
    assert measure(turns).assertiveness == round(100 * (0.25 + 0.2 + 0.12 + 0.1 + 0.35 * 0.8))


def test_each_part_of_assertiveness_counts() -> None:
    quiet = [()] * 9
    asked = measure(facts(("ask_payment",), *quiet)).assertiveness
    deadline = measure(facts(("set_deadline",), *quiet)).assertiveness
    said_no = measure(facts(("say_no",), *quiet)).assertiveness
    density = 0.35 * 0.2  # one assertive turn in ten
    assert asked == round(100 * (0.25 + density))
    assert deadline == round(100 * (0.2 + density))
    assert said_no == round(100 * (0.1 + density))
    twice = measure(facts(("state_amount",), ("state_amount",), *[()] * 8)).assertiveness
    assert twice == round(100 * (0.2 + 0.35 * 0.4))  # repeated: the full 0.2


def fact(i: int, acts: tuple[str, ...] = (), **more: Any) -> TurnFacts:
    return TurnFacts("call 1", i, "a line of several words here", frozenset(acts), **more)


def test_engagement_adds_up_questions_initiative_and_words() -> None:
    """Questions 0.3 x their share over 0.35, 0.4 x the share of active turns, 0.3 x words
    a turn over 12: 2 questions and 3 asks in 10 turns of 6 words."""
    turns = [
        *(fact(i, flags=frozenset({"question"})) for i in (1, 2)),
        *(fact(i, ("ask_payment",)) for i in (3, 4, 5)),
        *(fact(i) for i in range(6, 11)),
    ]
    want = 0.3 * (0.2 / 0.35) + 0.4 * 0.5 + 0.3 * (6 / 12)
    assert measure(turns).engagement == round(100 * want)


def test_yielding_adds_up_vague_promises_apologies_and_dropped_subjects() -> None:
    """A vague promise accepted in the call 0.5, apologies 0.3 x their share over 0.3, and
    0.2 x the share of the debtor's excuses the collector let drop."""
    turns = [
        fact(1, ("accept_vague",)),
        fact(2, ("apologise",)),
        fact(3, debtor_drifted=True),  # nothing that steers back: dropped
        fact(4, ("ask_payment",), debtor_drifted=True),  # steers back
        *(fact(i, ("ask_payment",)) for i in range(5, 11)),
    ]
    want = 0.5 + 0.3 * (0.1 / 0.3) + 0.2 * 0.5
    assert measure(turns).yielding == round(100 * want)


def test_self_control_is_the_politeness_kept_where_the_debtor_provoked() -> None:
    calm = [fact(i, politeness=70) for i in range(1, 11)]
    assert measure(calm).self_control == round(100 * (0.3 + 0.7 * 0.7))
    provoked = [fact(i, politeness=90) for i in range(1, 9)] + [
        fact(i, politeness=30, debtor_was_rude=True) for i in (9, 10)
    ]
    assert measure(provoked).self_control == round(100 * (0.3 + 0.7 * 0.3))
    jibe = [*calm[:9], fact(10, politeness=70, flags=frozenset({"sarcasm"}))]
    assert measure(jibe).self_control == round(100 * (0.3 + 0.7 * 0.7 - 1.5 / 10))
