"""The temperament measures shown in every report (scoring/temperament.py), worked out here
by hand from what the module's docstring says moves them."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.scoring import temperament
from simulator.scoring.temperament import (
    CALIBRATION_TYPED,
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
    # a debtor who never drifted gives no subject to drop: the vague promise alone
    on_subject = [fact(1, ("accept_vague",)), *(fact(i, ("ask_payment",)) for i in range(2, 11))]
    assert measure(on_subject).yielding == 50


def test_self_control_is_the_politeness_kept_where_the_debtor_provoked() -> None:
    calm = [fact(i, politeness=70) for i in range(1, 11)]
    assert measure(calm).self_control == round(100 * (0.3 + 0.7 * 0.7))
    courteous = [fact(i, politeness=100) for i in range(1, 11)]
    assert measure(courteous).self_control == 100  # politeness 100 throughout: in full
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
    # confident, 0.05 from each border in turn: assertiveness 55, self-control 55, yielding
    # 30, engagement 55 (the others far inside)
    for m in (Measures(55, 90, 90, 10), Measures(80, 55, 90, 10), Measures(80, 90, 90, 30),
              Measures(80, 90, 55, 10)):  # fmt: skip
        assert classify(m) == ("confident", pytest.approx(0.05 / 0.2)), m
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
    assert classify(Measures(40, 70, 50, 10)) == ("introverted", pytest.approx(0.05 / 0.15))
    assert classify(Measures(48, 70, 52, 5)) == ("introverted", pytest.approx(0.02 / 0.15))
    assert classify(Measures(40, 70, 55, 15))[0] == "timid"  # 15 is not under 15
    assert classify(Measures(40, 70, 60, 10))[0] == "timid"  # 60 is not under 60
    assert classify(Measures(40, 70, 60, 45)) == ("timid", pytest.approx(0.1 / 0.25))
    # asks (assertiveness 60) but gives in (yielding 45): timid, 0.1 past the yielding border
    assert classify(Measures(60, 70, 60, 45)) == ("timid", pytest.approx(0.1 / 0.25))
    # brief and flat, but near another border: self-control 55 (5 above aggressive), or
    # yielding 30 (5 under timid), is 0.05 inside, whatever the engagement
    assert classify(Measures(40, 55, 30, 10)) == ("introverted", pytest.approx(0.05 / 0.2))
    assert classify(Measures(40, 70, 40, 30)) == ("introverted", pytest.approx(0.05 / 0.2))


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


def test_a_no_among_small_talk_is_not_pressure() -> None:
    """Pressure without warmth needs three demands in the call: one "no" among lines that
    ask nothing costs no self-control."""
    turns = [fact(1, ("say_no",), politeness=70), *(fact(i, politeness=70) for i in range(2, 11))]
    assert measure(turns).self_control == round(100 * (0.3 + 0.7 * 0.7))


def test_a_call_that_asks_but_leaves_the_day_to_the_debtor_is_not_led() -> None:
    """Payment asked for, no day named and no terms restated: the close counts, at 0 of its
    0.3 (6 words a turn: 0.4 x 0.5; no warm word)."""
    turns = [fact(1, ("ask_payment",)), *(fact(i) for i in range(2, 11))]
    assert measure(turns).engagement == round(100 * (0.4 * 0.5 + 0.3 * 0 + 0.3 * 0))


def test_a_call_of_the_opening_script_alone_is_engaged_by_all_its_words() -> None:
    """No line beyond the greeting and the disclosure: engagement reads the words of every
    turn (6 a turn: 0.4 x 0.5, no warm word, no payment asked: over 0.7), and the reading
    says there is too little to type."""
    opening = ("greet", "identify_self", "verify_identity", "mini_miranda", "greet")
    turns = [
        TurnFacts("call 1", i, "Good morning, this is Sam speaking", frozenset({act}))
        for i, act in enumerate(opening, start=1)
    ]
    assert measure(turns).engagement == round(100 * 0.4 * 0.5 / 0.7)
    reading = read_temperament(turns)
    assert reading.measures.engagement == round(100 * 0.4 * 0.5 / 0.7)
    assert reading.type == "uncertain"
    assert reading.reason.startswith("only 0 trainee lines beyond the opening")


def test_no_turns_read_as_nothing_shown() -> None:
    """A trainee without a turn: no assertiveness, engagement or yielding shown, self-control
    in the middle (nothing lost, nothing kept), and no type, at no confidence."""
    reading = read_temperament([])
    assert reading.measures == Measures(0, 50, 0, 0)
    assert (reading.type, reading.confidence) == ("uncertain", 0.0)
    assert reading.reason == "only 0 trainee turns; at least 5 are needed for a reading"


ASKS = frozenset({"ask_payment", "set_deadline", "state_amount"})
PLEASE_FRIDAY = frozenset({"pol_please", "deadline_this_week"})


def confident_call(key: str, n: int) -> list[TurnFacts]:
    """n courteous lines asking for the amount by a named day: confident, far inside the
    region (assertiveness 100, self-control 82, engagement 87, yielding 0: margin 1)."""
    return [
        TurnFacts(key, i, f"Can you pay the $200 by Friday, please ({i})?", ASKS,
                  cues=PLEASE_FRIDAY, politeness=75)
        for i in range(1, n + 1)
    ]  # fmt: skip


def confidence_at(strength: float) -> float:
    """The calibration table's confidence for a typed reading of this strength (the last
    step at or below it)."""
    return [value for start, value in CALIBRATION_TYPED if start <= strength][-1]


@pytest.mark.parametrize(
    ("calls", "turns_each", "strength"),
    [
        # the evidence is full at 25 turns and 4 calls; the turns' share (n/25) times 0.6 and
        # 0.4 x the calls' share (n/4); one call agrees with itself
        (1, 10, 10 / 25 * (0.6 + 0.4 * 1 / 4)),
        (2, 5, 10 / 25 * (0.6 + 0.4 * 2 / 4)),
        (1, 5, 5 / 25 * (0.6 + 0.4 * 1 / 4)),
        (4, 10, 1.0),
    ],
)
def test_the_confidence_grows_with_the_turns_and_the_calls(
    calls: int, turns_each: int, strength: float
) -> None:
    turns = [t for k in range(calls) for t in confident_call(f"call {k}", turns_each)]
    reading = read_temperament(turns)
    assert classify(reading.measures) == ("confident", 1.0)
    assert reading.strength == pytest.approx(strength)
    assert reading.confidence == confidence_at(strength)


def calm_and_insulting(key: str, lines: list[tuple[str, frozenset[str], int]]) -> list[TurnFacts]:
    return [
        TurnFacts(key, i, text, ASKS, flags, cues=PLEASE_FRIDAY, politeness=politeness)
        for i, (text, flags, politeness) in enumerate(lines, start=1)
    ]


@pytest.mark.parametrize(("second", "cost"), [("insult", 2.5), ("sarcasm", 1.5)])
def test_two_hostile_lines_make_the_reading_aggressive_though_calmer_calls_disagree(
    second: str, cost: float
) -> None:
    """One call with two hostile lines (two insults, or an insult and a jibe), one calm: the
    calls vote 1 aggressive, 1 confident, a mixed record by agreement (0.5), but two hostile
    lines make the reading: not held back, its agreement counted as MIN_AGREEMENT (0.6)."""
    calm = ("Can you pay the $200 by Friday, please?", frozenset(), 95)
    angry = calm_and_insulting(
        "call A",
        [("Pay the $200 by Friday, you idiot.", frozenset({"insult"}), 20),
         ("Oh sure, pay the $200 by Friday, genius.", frozenset({second}), 20),
         calm, calm, calm],
    )  # fmt: skip
    polite = calm_and_insulting("call B", [calm] * 5)
    reading = read_temperament(angry + polite)
    assert reading.per_call == {"call A": "aggressive", "call B": "confident"}
    # politeness (2 x 20 + 8 x 95) / 10 = 80; an insult costs 2.5 / 10 turns, a jibe 1.5 / 10
    control = round(100 * (0.3 + 0.7 * 0.8 - (2.5 + cost) / 10))
    assert reading.measures.self_control == control
    assert not reading.held
    assert (reading.type, reading.leaning) in {("aggressive", None), ("uncertain", "aggressive")}
    assert not reading.reason.startswith("mixed record")
    margin = (0.5 - control / 100) / 0.3
    strength = 10 / 25 * (0.6 + 0.4 * 2 / 4) * (0.4 + 0.6 * margin) * 0.6
    assert reading.strength == pytest.approx(strength)
    assert reading.confidence == confidence_at(strength)


def test_aggression_without_hostile_lines_in_one_call_of_two_is_a_mixed_record() -> None:
    """Politeness lost where the debtor provoked, in one call of two, with no insult, threat
    or jibe: the calls disagree and nothing hostile settles it."""
    calm = ("Can you pay the $200 by Friday, please?", frozenset(), 90)
    snapped = [
        TurnFacts("call A", i, "Just pay the $200 by Friday.", ASKS, cues=PLEASE_FRIDAY,
                  politeness=10, debtor_was_rude=True)
        for i in range(1, 6)
    ]  # fmt: skip
    reading = read_temperament(snapped + calm_and_insulting("call B", [calm] * 5))
    assert reading.per_call == {"call A": "aggressive", "call B": "confident"}
    assert reading.type == "uncertain"
    assert reading.reason == "mixed record: the calls read differently (1 aggressive, 1 confident)"
    # the evidence weighed by the calls' agreement as it is, one in two
    kind, margin = classify(reading.measures)
    assert kind == "aggressive"
    assert reading.strength == pytest.approx(
        10 / 25 * (0.6 + 0.4 * 2 / 4) * (0.4 + 0.6 * margin) * 0.5
    )


def test_quotes_come_from_different_calls_first() -> None:
    first = confident_call("call A", 4)
    second = [t._replace(text=f"Could you settle the $200 by Friday, please ({t.turn})?")
              for t in confident_call("call B", 4)]  # fmt: skip
    reading = read_temperament(first + second)
    assert reading.type == "confident"
    assert [q.call for q in reading.evidence[:2]] == ["call A", "call B"]


def test_a_confident_reading_quotes_the_amount_where_it_was_stated() -> None:
    """Each behaviour is quoted from a line that shows it: "states the amount" is the line
    that states it, "asks for payment with a deadline" the line that does both, not another
    line of the call."""
    lines = [
        ("Thanks, could you confirm you can pay, please?", {"ask_payment"}, {"pol_please"}),
        ("No, I need a date from you today, please.", {"say_no"}, {"pol_please"}),
        ("Could you pay it by Friday, please?", {"ask_payment", "set_deadline"}, PLEASE_FRIDAY),
        ("The balance is $200, thank you for checking.", {"state_amount"}, {"pol_gratitude"}),
        ("Can you pay today, please?", {"ask_payment"}, {"pol_please", "deadline_today"}),
    ]
    turns = [
        TurnFacts("call 1", i, text, frozenset(acts), cues=frozenset(cues), politeness=80)
        for i, (text, acts, cues) in enumerate(lines, start=1)
    ]
    reading = read_temperament(turns)
    assert classify(reading.measures)[0] == "confident"
    by_why = {q.why: q.text for q in reading.evidence}
    assert by_why["states the amount"] == "The balance is $200, thank you for checking."
    assert by_why["says no"] == "No, I need a date from you today, please."
    assert by_why["asks for payment with a deadline"] == "Could you pay it by Friday, please?"


def test_an_introvert_is_quoted_asking_briefly_only_where_no_day_is_named() -> None:
    """ "asks briefly, names no day to pay": a short ask that leaves the day to the debtor,
    without a warm word; not a short ask that names Friday, nor one with thanks."""
    question = frozenset({"question"})
    first = [
        ("When can you pay?", {"ask_payment"}, question, frozenset()),
        ("ok", set(), frozenset(), frozenset()),
        ("Pay by Friday.", {"set_deadline"}, frozenset(), frozenset({"deadline_this_week"})),
        ("Thanks. When then?", {"ask_payment"}, question, frozenset({"pol_gratitude"})),
        ("right", set(), frozenset(), frozenset()),
    ]
    second = [
        ("When?", {"ask_payment"}, question, frozenset()),
        ("I see.", set(), frozenset(), frozenset()),
        ("yes", set(), frozenset(), frozenset()),
        ("Fine.", set(), frozenset(), frozenset()),
        ("okay", set(), frozenset(), frozenset()),
    ]
    turns = [
        TurnFacts(key, i, text, frozenset(acts), flags, cues=cues, politeness=60)
        for key, lines in (("call A", first), ("call B", second))
        for i, (text, acts, flags, cues) in enumerate(lines, start=1)
    ]
    reading = read_temperament(turns)
    assert classify(reading.measures)[0] == "introverted"
    asking = [q.text for q in reading.evidence if q.why == "asks briefly, names no day to pay"]
    assert asking and set(asking) <= {"When can you pay?", "When?"}


def test_the_first_line_of_a_call_is_never_quoted_as_not_asking() -> None:
    """The first line opens the call (a hello, what it is about): not asking for payment in
    it is no sign of a timid collector; from the second line on it is."""
    lines = [
        ("Hi, it's about your account.", {"state_purpose"}),
        ("I see, no problem at all.", set()),
        ("Sorry to bother you about this.", {"apologise"}),
        ("Okay, whenever you can then.", {"accept_vague"}),
        ("Right, fine.", set()),
    ]
    turns = [
        TurnFacts("call 1", i, text, frozenset(acts), politeness=70)
        for i, (text, acts) in enumerate(lines, start=1)
    ]
    reading = read_temperament(turns)
    assert classify(reading.measures)[0] == "timid"
    not_asking = [q.text for q in reading.evidence if q.why == "does not ask for payment"]
    assert not_asking == ["I see, no problem at all.", "Right, fine."]


def test_two_demands_without_warmth_are_not_yet_pressure() -> None:
    """Pressure without warmth is three demands in a call (COLD_CALL_ASKS): two that name
    Friday, with no warm word, cost nothing."""
    friday = frozenset({"deadline_this_week"})
    turns = [
        fact(1, ("ask_payment", "set_deadline"), politeness=70, cues=friday),
        fact(2, ("set_deadline",), politeness=70, cues=friday),
        *(fact(i, politeness=70) for i in range(3, 11)),
    ]
    assert measure(turns).self_control == round(100 * (0.3 + 0.7 * 0.7))


def test_a_very_long_line_is_quoted_cut_at_300_characters() -> None:
    long = "Can you pay the $200 by Friday, please, " + "as we agreed before " * 20
    turns = [t._replace(text=f"{long}({t.turn})") for t in confident_call("call 1", 5)]
    reading = read_temperament(turns)
    assert reading.evidence
    for quote in reading.evidence:
        assert len(quote.text) == 300
        assert quote.text == long[:299] + "…"


@pytest.mark.parametrize("table", [temperament.CALIBRATION_TYPED, temperament.CALIBRATION_HELD])
def test_a_strength_at_a_step_of_the_table_has_that_steps_confidence(
    table: tuple[tuple[float, float], ...],
) -> None:
    held = table is temperament.CALIBRATION_HELD
    for start, value in table:
        assert temperament.calibrated(start, held=held) == value


@pytest.mark.parametrize(("politeness", "quoted"), [(45, True), (44, False)])
def test_a_confident_reading_quotes_only_courteous_lines(politeness: int, quoted: bool) -> None:
    """A line that shows confidence is quoted only when it is courteous: politeness 45 or
    more (the line that says no here), never a curt one."""
    no = "No, I need a date from you today."
    turns = [
        *confident_call("call 1", 4),
        TurnFacts("call 1", 5, no, frozenset({"say_no"}), politeness=politeness),
    ]
    reading = read_temperament(turns)
    assert reading.type == "confident"
    assert (no in [q.text for q in reading.evidence]) is quoted
