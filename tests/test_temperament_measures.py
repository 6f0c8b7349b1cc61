"""The temperament measures shown in every report (scoring/temperament.py), worked out here
by hand from what the module's docstring says moves them."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.scoring.temperament import (
    CallSummary,
    Measures,
    TurnFacts,
    classify,
    measure,
    read_temperament,
    summarise_call,
)


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
    # an order costs less than a jibe, a shout (a breach) far more
    order = [*calm[:9], fact(10, politeness=70, flags=frozenset({"command"}))]
    assert measure(order).self_control == round(100 * (0.3 + 0.7 * 0.7 - 0.6 / 10))
    shout = [*calm[:9], fact(10, politeness=70, flags=frozenset({"shouting"}))]
    assert measure(shout).self_control == round(100 * (0.3 + 0.7 * 0.7 - 2.5 / 10))
    # three demands in a call that names the day, and not one warm word: pressure without
    # warmth, once per call
    day = frozenset({"deadline_this_week"})
    demands = [
        fact(i, ("ask_payment", "set_deadline"), politeness=70, cues=day) for i in (1, 2, 3)
    ] + calm[3:]
    assert measure(demands).self_control == round(100 * (0.3 + 0.7 * 0.7 - 0.25))
    # the same demands leaving the day to the debtor ("When can you pay?") do not press so
    asking = [fact(i, ("ask_payment",), politeness=70) for i in (1, 2, 3)] + calm[3:]
    assert measure(asking).self_control == round(100 * (0.3 + 0.7 * 0.7))


def test_the_type_and_how_far_inside_its_region_the_measures_sit() -> None:
    """classify: self-control below 50 is aggressive (fully at 20 or less); otherwise brief
    and flat (engagement under FLAT, 50) with yielding under 35 is introverted, whatever the
    assertiveness; then assertiveness 50+ with yielding under 35 is confident; passive
    (assertiveness under 50) with yielding under 15 and engagement under 60 is the quiet
    introvert; the rest is timid. The margin is the distance inside, over the region's
    width."""
    assert classify(Measures(60, 35, 60, 10)) == ("aggressive", pytest.approx(0.15 / 0.3))
    assert classify(Measures(60, 20, 60, 10)) == ("aggressive", 1.0)
    assert classify(Measures(60, 50, 60, 10))[0] == "confident"  # 50 is not below 50
    assert classify(Measures(60, 70, 60, 10)) == ("confident", pytest.approx(0.1 / 0.2))
    assert classify(Measures(60, 70, 60, 35))[0] == "timid"  # yielding 35 is not under 35
    # brief and flat: introverted even when they ask for the money
    assert classify(Measures(60, 70, 40, 10)) == ("introverted", pytest.approx(0.1 / 0.2))
    assert classify(Measures(40, 70, 35, 20)) == ("introverted", pytest.approx(0.15 / 0.2))
    assert classify(Measures(30, 70, 40, 20)) == ("introverted", pytest.approx(0.1 / 0.2))
    assert classify(Measures(40, 70, 49, 20))[0] == "introverted"
    assert classify(Measures(40, 70, 50, 20))[0] == "timid"  # 50 is not under FLAT
    assert classify(Measures(60, 70, 50, 10))[0] == "confident"
    assert classify(Measures(40, 70, 35, 35))[0] == "timid"  # 35 is not under 35
    # engaged but quiet, yielding under 15: introverted, not timid
    assert classify(Measures(40, 70, 55, 10)) == ("introverted", pytest.approx(0.05 / 0.15))
    assert classify(Measures(40, 70, 58, 5)) == ("introverted", pytest.approx(0.02 / 0.15))
    assert classify(Measures(40, 70, 60, 10))[0] == "timid"  # 60 is not under 60
    assert classify(Measures(40, 70, 60, 45)) == ("timid", pytest.approx(0.1 / 0.25))


def test_a_single_call_is_quoted_as_often_as_it_shows_the_type() -> None:
    """Quotes come from different calls where there are several; a reading of one call still
    quotes up to four of its lines, each a different line."""
    texts = [
        "Can you pay the $200 by Friday, please?",
        "Could you manage $200 by Monday, thanks?",
        "Please pay $200 today if you can.",
        "Would $200 by the 15th work for you, please?",
        "Can we settle $200 this week, please?",
    ]
    acts = frozenset({"ask_payment", "set_deadline", "state_amount"})
    warm_and_dated = frozenset({"pol_please", "deadline_this_week"})
    turns = [
        TurnFacts("call 1", i, text, acts, cues=warm_and_dated, politeness=75, urgency=80)
        for i, text in enumerate(texts, start=1)
    ]
    reading = read_temperament(turns)
    assert reading.type == "confident"
    assert len(reading.evidence) == 4
    assert {q.call for q in reading.evidence} == {"call 1"}
    assert len({q.text for q in reading.evidence}) == 4
    assert all(q.text in texts for q in reading.evidence)
    # each quote is of a behaviour its line shows (no line here says no or restates terms)
    assert {q.why for q in reading.evidence} <= {
        "asks for payment with a deadline",
        "states the amount",
        "asks for payment",
    }
    # every line asks with a deadline, the behaviour quoted first
    assert reading.evidence[0].why == "asks for payment with a deadline"


def test_two_calls_that_read_differently_are_a_mixed_record() -> None:
    """Two calls of three turns or more each vote; one confident and one timid call agree
    only half the time (under 0.6): the reading is held back as a mixed record."""
    asking = [
        "Can you pay the $200 by Friday, please?",
        "Could you manage $200 by Monday, thanks?",
        "Please pay $200 today if you can.",
    ]
    giving_in = [
        "Sorry, I am so sorry to bother you.",
        "Oh okay, whenever you can then.",
        "Sorry again, that is fine.",
    ]
    confident = [
        TurnFacts(
            "call A",
            i,
            text,
            frozenset({"ask_payment", "set_deadline", "state_amount"}),
            cues=frozenset({"pol_please", "deadline_this_week"}),
            politeness=75,
        )
        for i, text in enumerate(asking, start=1)
    ]
    timid = [
        TurnFacts(
            "call B",
            i,
            text,
            frozenset({"accept_vague"} if "okay" in text else {"apologise"}),
            politeness=80,
        )
        for i, text in enumerate(giving_in, start=1)
    ]
    reading = read_temperament(confident + timid)
    assert reading.per_call == {"call A": "confident", "call B": "timid"}
    assert reading.type == "uncertain"
    assert reading.reason == "mixed record: the calls read differently (1 confident, 1 timid)"

    # three timid calls of five agree 0.6 of the time: enough (MIN_AGREEMENT), not mixed
    def calls(keys: str, turns: list[TurnFacts]) -> list[TurnFacts]:
        return [
            TurnFacts(f"call {k}", t.turn, t.text, t.acts, cues=t.cues, politeness=t.politeness)
            for k in keys
            for t in turns
        ]

    reading = read_temperament(calls("AB", confident) + calls("CDE", timid))
    assert sorted(reading.per_call.values()) == ["confident"] * 2 + ["timid"] * 3
    assert reading.type == "timid"


def test_a_timid_reading_quotes_lines_that_do_not_ask_as_not_asking() -> None:
    asks = ["Could you pay today?", "Can you pay the amount now?"]
    others = [
        "Sorry, why did the payment stop, do you think?",
        "Sorry, what happened with your job last month?",
        "Sorry, is something making it hard right now?",
        "Sorry, how are things going at the moment?",
        "Sorry, what would help you most with this?",
    ]
    question = frozenset({"question"})
    turns = [
        TurnFacts("call 1", i, text, frozenset(acts), flags, politeness=70)
        for i, (text, acts, flags) in enumerate(
            [
                (asks[0], {"ask_payment"}, frozenset()),
                *((text, {"probe_reason", "apologise"}, question) for text in others),
                (asks[1], {"ask_payment"}, frozenset()),
            ],
            start=1,
        )
    ]
    reading = read_temperament(turns)
    assert (reading.type, reading.leaning) in {("timid", None), ("uncertain", "timid")}
    quoted = [q.text for q in reading.evidence if q.why == "does not ask for payment"]
    assert quoted and all(text in others for text in quoted)


def test_a_stored_call_summary_reads_back_as_it_was() -> None:
    """The records keep each call's summary so a report need not read every turn again; what
    is stored reads back the same, and a summary of another shape is not used."""
    turns = facts(("ask_payment",), ("set_deadline",), ("state_amount",), ("say_no",), ())
    summary = summarise_call(turns)
    back = CallSummary.from_json(summary.to_json())
    assert back is not None
    assert (tuple(back.counts), back.kind) == (tuple(summary.counts), summary.kind)
    assert CallSummary.from_json(summary.to_json().replace('"tally":[', '"tally":[0,')) is None


def test_politeness_under_40_where_provoked_is_quoted_as_lost() -> None:
    texts = ["Well, that is your view.", "Whatever, fine.", "Ugh.", "Yeah yeah.", "Sure, sure."]
    scores = [40, 39, 5, 5, 5]
    turns = [
        TurnFacts("call 1", i, text, frozenset(), politeness=score, debtor_was_rude=True)
        for i, (text, score) in enumerate(zip(texts, scores, strict=True), start=1)
    ]
    reading = read_temperament(turns)
    assert reading.measures.self_control < 50  # aggressive: politeness lost where provoked
    quoted = [q.text for q in reading.evidence if q.why == "lost politeness when provoked"]
    assert "Whatever, fine." in quoted  # 39
    assert "Well, that is your view." not in quoted  # 40 is not under 40
