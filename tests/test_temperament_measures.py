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


def test_engagement_adds_up_words_warmth_and_leading_the_close() -> None:
    """0.4 x words a turn beyond the opening over 12, 0.3 x warm turns' share over 0.2, and
    0.3 x the share of calls about payment where the collector named the day or restated the
    terms: the long greeting (and the bare thanks) left out of the words, 6 words a turn in
    the rest, thanks in 1 turn of 10, and the one call names Friday."""
    turns = [
        fact(1, ("greet", "identify_self")),  # the opening script: not counted for words
        fact(2, ("ask_payment", "set_deadline"), cues=frozenset({"deadline_this_week"})),
        fact(3, ("thank",)),
        *(fact(i) for i in range(4, 11)),
    ]
    turns[0] = turns[0]._replace(text="Good morning, this is Sam from the bank, am I speaking")
    want = 0.4 * (6 / 12) + 0.3 * (0.1 / 0.2) + 0.3 * 1
    assert measure(turns).engagement == round(100 * want)


def test_engagement_asks_no_close_of_a_call_that_never_came_to_payment() -> None:
    """No payment asked for yet: words and warmth alone, weighed up to the whole (0.4 + 0.3)."""
    turns = [fact(1, ("thank",)), *(fact(i) for i in range(2, 11))]
    want = (0.4 * (6 / 12) + 0.3 * (0.1 / 0.2)) / 0.7
    assert measure(turns).engagement == round(100 * want)


def test_a_short_question_is_not_pressure() -> None:
    """Three asks and no warm word cost self-control (pressure without warmth) only when they
    press: orders or statements, or long questions, and a day named or a no said. "When?"
    leaves the answer to the debtor."""
    friday = frozenset({"deadline_this_week"})
    pressing = [
        fact(1, ("state_amount",)),
        fact(2, ("ask_payment", "set_deadline"), cues=friday),
        fact(3, ("say_no",)),
        *(fact(i) for i in range(4, 11)),
    ]
    asking = [
        fact(1, ("state_amount",)),
        *(
            TurnFacts("call 1", i, "When can you pay?", frozenset({"ask_payment"}), q)
            for i, q in ((2, frozenset({"question"})), (3, frozenset({"question"})))
        ),
        *(fact(i) for i in range(4, 11)),
    ]
    base = round(100 * (0.3 + 0.7 * 0.5))  # politeness 50 a turn, no one provoked
    assert measure(asking).self_control == base
    assert measure(pressing).self_control == round(100 * (0.3 + 0.7 * 0.5 - 0.25))


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
