# ruff: noqa: E501  (the tables of cases read best one case a line)
"""Each debrief tip pinned to its condition, both sides of its boundary: a call that does
everything right gets none, and changing one thing gives exactly that thing's tip."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from simulator.language.types import Act, Analysis, Slots
from simulator.scoring.call import _tips
from simulator.scoring.types import (
    DimensionScore,
    Evidence,
    GoalView,
    Promise,
    ScoredTurn,
    TurnScores,
)

CONFIRMED = Promise(Decimal(100), dt.date(2026, 3, 13), "card", confirmed=True)
GOOD_ACTS = [
    (Act.GREET,),
    (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE),
    (Act.ASK_PAYMENT, Act.PROBE_REASON),
]
SCORES = {"urgency": 60, "politeness": 60, "focus": 60, "promise": 100, "composure": None}


def turns(
    acts: list[tuple[Act, ...]], reply: str = "Okay.", tangent: bool = False
) -> list[ScoredTurn]:
    focus = DimensionScore(60, (Evidence("follows_tangent", "x", 0, 1, -5.0),) if tangent else ())
    return [
        ScoredTurn(
            Analysis("...", a, Slots()),
            TurnScores(urgency=DimensionScore(60), politeness=DimensionScore(60), focus=focus),
            debtor_reply=reply,
        )
        for a in acts
    ]


def tips(
    acts: list[tuple[Act, ...]] = GOOD_ACTS,
    promise: Promise = CONFIRMED,
    outcome: str = "promise_secured",
    failed: list[str] | None = None,
    reply: str = "Okay.",
    tangent: bool = False,
    **scores: Any,
) -> list[tuple[str, str]]:
    got = _tips(turns(acts, reply, tangent), {**SCORES, **scores}, promise, outcome, failed or [])
    return [(t.message.split(":")[0].split(" (")[0], t.guidance) for t in got]


def test_a_call_that_does_everything_right_gets_no_tip() -> None:
    assert tips() == []


@pytest.mark.parametrize(
    ("change", "want"),
    [
        (dict(failed=["threat_of_arrest"]), ("The call broke the rule pack", "DOMAIN 3: compliance rule pack")),
        (dict(acts=[*GOOD_ACTS, (Act.THREAT,)]), ("You threatened or insulted the customer", "guidance 6")),
        (dict(acts=[*GOOD_ACTS, (Act.INSULT,)]), ("You threatened or insulted the customer", "guidance 6")),
        (dict(acts=[(Act.GREET,), (Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT, Act.PROBE_REASON)]),
         ("You never stated the amount owed", "guidance 9")),
        (dict(acts=[(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.PROBE_REASON,)],
              promise=Promise(Decimal(1)), outcome="hung_up"),
         ("You asked for payment only once", "guidance 9")),
        (dict(acts=[*GOOD_ACTS, (Act.ACCEPT_VAGUE,)]),
         ("You accepted a vague promise", "temperament")),
        (dict(composure=49), ("When the customer was rude, your tone slipped", "guidance 5")),
        (dict(urgency=44), ("Create urgency", "guidance 4")),
        (dict(acts=[(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT), (Act.ASK_PAYMENT, Act.PROBE_REASON)]),
         ("Create urgency", "guidance 4")),
        (dict(reply="I lost my job last month."),
         ("The customer was honest about hardship", "guidance 10")),
        (dict(acts=[*GOOD_ACTS, (Act.OFF_TOPIC,)]),
         ("You followed the conversation off topic", "guidance 2")),
        (dict(tangent=True), ("You followed the conversation off topic", "guidance 2")),
        (dict(promise=Promise(Decimal(1)), outcome="refused"),
         ("Restate the promise back before closing", "DOMAIN 2: promise to pay")),
        # (played: a rude trainee at politeness 48 got no word about it)
        (dict(politeness=49), ("Be courteous and professional", "guidance 6")),
        (dict(focus=49), ("Stick to the goal", "guidance 2")),
        (dict(acts=[(Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT, Act.PROBE_REASON), (Act.GREET,)]),
         ("Open by greeting, identifying yourself and confirming you have the right person", "DOMAIN 2: call structure")),
        (dict(acts=[(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT,)], outcome="refused"),
         ("Find the real problem", "DOMAIN 2: call structure")),
        (dict(acts=[*GOOD_ACTS, (Act.APOLOGISE,), (Act.APOLOGISE,), (Act.APOLOGISE,)]),
         ("You apologised often", "temperament")),
        # (play-test 86: "Caroline Webster there?" ... "tell her to call me back", politeness 53,
        # got no word on courtesy)
        (dict(acts=[(Act.VERIFY_IDENTITY,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT,)], reply=""),
         ("Not one hello, please or thank you in the call", "guidance 6")),
    ],
)  # fmt: skip
def test_one_thing_changed_gives_its_tip(change: dict[str, Any], want: tuple[str, str]) -> None:
    got = tips(**change)
    assert len(got) == 1 and got[0][0] == want[0] and got[0][1].startswith(want[1]), got


@pytest.mark.parametrize(
    "change",
    [
        dict(composure=50), dict(urgency=45), dict(politeness=50), dict(focus=50),
        # (play-test 51: "haha fair, the disclosure bit is kinda robotic ngl ... which fees
        # exactly?" acknowledged the tangent and steered back, as guidance 2 asks)
        dict(acts=[*GOOD_ACTS, (Act.OFF_TOPIC, Act.PROBE_REASON)]),
        # (play-test 39: asked once and agreed at once; a date named and what happens if late
        # said, urgency low all the same; pressure held back from a debtor in hardship)
        dict(acts=[(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.PROBE_REASON,)]),
        dict(urgency=44, acts=[*GOOD_ACTS, (Act.STATE_CONSEQUENCE,)]),
        dict(urgency=44, reply="I lost my job.", acts=[*GOOD_ACTS, (Act.OFFER_PLAN,)]),
        dict(acts=[*GOOD_ACTS, (Act.APOLOGISE,), (Act.APOLOGISE,)]),
        dict(reply="I lost my job.", acts=[*GOOD_ACTS, (Act.OFFER_PLAN,)]),
        dict(promise=Promise(Decimal(1)), outcome="hung_up"),
        dict(promise=Promise(Decimal(1)), outcome="escalated"),
        dict(acts=[(Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.IDENTIFY_SELF,), (Act.ASK_PAYMENT, Act.PROBE_REASON, Act.THANK)]),
        dict(acts=[(Act.VERIFY_IDENTITY,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT, Act.THANK)], reply=""),
        # (play-test 88: "oh wow, that's a lot, i'm sorry. would you be able to pay us something
        # soon?" follows the tangent back to paying; play-test 87: "Ha, well here I am. Just to
        # check it's you, what's your date of birth?" goes on to the identity check)
        dict(tangent=True, acts=[(Act.GREET, Act.ASK_PAYMENT), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT, Act.PROBE_REASON)]),
        dict(acts=[(Act.GREET,), (Act.OFF_TOPIC, Act.VERIFY_IDENTITY), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT, Act.PROBE_REASON)]),
        # (no courtesy at all, in a call polite enough on the whole)
        dict(politeness=65, acts=[(Act.VERIFY_IDENTITY,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT,)], reply=""),
    ],
)  # fmt: skip
def test_the_other_side_of_each_boundary_gives_none(change: dict[str, Any]) -> None:
    assert tips(**change) == []


def test_the_three_most_important_tips_in_order() -> None:
    got = tips(acts=[(Act.THREAT,), (Act.OFF_TOPIC,)], failed=["threat"], composure=10)
    assert [g for _m, g in got] == [
        "DOMAIN 3: compliance rule pack",  # 100
        "guidance 5",  # 97: composure
        "guidance 6",  # 96: threats
    ]
    # a call whose goal is not a payment ranks the same three the same way
    goal = GoalView(kind="callback_booked", payment=False, reached=True)
    got_goal = _tips(
        turns([(Act.THREAT,), (Act.OFF_TOPIC,)]),
        {**SCORES, "composure": 10},
        Promise(),
        "hung_up",
        ["threat"],
        goal,
    )
    assert [t.guidance for t in got_goal] == [g for _m, g in got]
    never = tips(acts=[(Act.GREET,), (Act.OFF_TOPIC,)])
    assert [m for m, _g in never] == [
        "You never stated the amount owed",  # 92
        "You never asked for the payment directly",  # 91
        "Create urgency",  # 86
    ]
    assert _tips([], SCORES, Promise(), "incomplete", []) != ()  # no turns: still advice


def test_terms_agreed_short_of_the_goal_say_so_rather_than_ask_for_a_restatement() -> None:
    """Played: $150 agreed on a call that needs half of $487.60 was "not confirmed", and the
    tip said to restate the promise, which the trainee had done; the terms fell short."""
    goal = GoalView(
        kind="partial_payment",
        description="At least half of the overdue amount within 7 days.",
        payment=True,
        reached=False,
    )
    short = Promise(Decimal(150), dt.date(2026, 3, 13), "transfer", short_of_goal=True)
    got = _tips(turns(GOOD_ACTS), SCORES, short, "short_of_goal", [], goal)
    assert [t.guidance for t in got] == ["scenario goal"]
    assert "At least half of the overdue amount" in got[0].message
    no_method = Promise(Decimal(150), dt.date(2026, 3, 13), None, confirmed=False)
    got = _tips(turns(GOOD_ACTS), SCORES, no_method, "vague_promise", [], goal)
    assert [t.message.split(":")[0] for t in got] == ["Restate the promise back before closing"]
    # Played: terms that meet the goal, agreed and not yet said back when the call ended, were
    # told they "fall short of this call's goal"; what they lack is the restatement.
    enough = Promise(Decimal(250), dt.date(2026, 3, 13), "transfer")
    got = _tips(turns(GOOD_ACTS), SCORES, enough, "ended_by_trainee", [], goal)
    assert [t.message.split(":")[0] for t in got] == ["Restate the promise back before closing"]


def test_terms_put_with_the_sum_are_an_ask_too() -> None:
    """Play-test thirty-nine: "I need the full $760.50 by Tuesday, March 17" and "Can you pay
    $3,031.50 by March 17?" put the sum again, yet the debrief said "You asked for payment
    only once"."""
    asked = turns([(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE)])
    proposed = Analysis(
        "I need the full $760.50 by Tuesday.",
        (Act.PROPOSE_TERMS, Act.SET_DEADLINE),
        Slots(amount=Decimal("760.50"), date=dt.date(2026, 3, 17)),
    )
    again = ScoredTurn(proposed, asked[-1].scores, debtor_reply="Okay.")
    unconfirmed, outcome = Promise(Decimal(1)), "hung_up"
    once = _tips(asked, SCORES, unconfirmed, outcome, [])
    assert any("only once" in t.message for t in once)
    twice = _tips([*asked, again], SCORES, unconfirmed, outcome, [])
    assert not any("only once" in t.message for t in twice)


def test_the_whole_amount_put_and_promised_is_the_amount_said() -> None:
    """My own timid call in the UI: "and um, it's 160.77, is that ok? and maybe by card?"
    put the whole amount, the promise took it, and the debrief still said "You never stated the
    amount owed"."""
    said = turns([(Act.GREET,), (Act.ASK_PAYMENT, Act.SET_DEADLINE), (Act.ASK_PAYMENT,)])
    put = Analysis(
        "and um, it's 160.77, is that ok?",
        (Act.PROPOSE_TERMS,),
        Slots(amount=Decimal("160.77")),
    )
    with_it = [*said, ScoredTurn(put, said[-1].scores, debtor_reply="Okay.")]
    promised = Promise(Decimal("160.77"), dt.date(2026, 3, 13), "card", confirmed=True)
    never = "You never stated the amount owed"
    assert not any(
        never in t.message for t in _tips(with_it, SCORES, promised, "promise_secured", [])
    )
    # a sum put that is not what was promised, or falls short of the goal, says nothing of the
    # amount owed
    assert any(never in t.message for t in _tips(said, SCORES, promised, "promise_secured", []))
    short = Promise(Decimal("160.77"), dt.date(2026, 3, 13), "card", short_of_goal=True)
    assert any(never in t.message for t in _tips(with_it, SCORES, short, "short_of_goal", []))


def test_a_kind_word_on_the_way_out_is_no_tangent_followed() -> None:
    """Play-test sixty-seven: "Good luck with the dealer, I hope they sort the transmission
    soon. Bye for now!" as the last line got "You followed the conversation off topic"."""
    off = "You followed the conversation off topic"
    goodbye = tips(acts=[*GOOD_ACTS, (Act.OFF_TOPIC, Act.CLOSE)])
    assert not any(off in message for message, _guidance in goodbye)
    chat = tips(acts=[*GOOD_ACTS, (Act.OFF_TOPIC,)])
    assert any(off in message for message, _guidance in chat)


def test_an_ask_before_the_call_turned_out_not_to_be_about_payment_is_no_pressing() -> None:
    """Play-test sixty-nine: "... is there any way you could maybe pay some of it?" before the
    debtor asked not to be called again, on a call that then honoured the request, got "You
    pressed for payment on a call that is not about collecting it"."""
    pressed = "You pressed for payment on a call that is not about collecting it"
    asked = turns([(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT)])
    for reached, want in ((True, False), (False, True)):
        goal = GoalView(
            kind="cease_contact_honoured",
            description="The request to stop calling honoured.",
            payment=False,
            reached=reached,
        )
        got = _tips(asked, SCORES, Promise(), "contact_ceased", [], goal)
        assert any(pressed in t.message for t in got) is want, reached


def test_nothing_agreed_is_nothing_to_restate() -> None:
    """Play-test seventy-six: the dealer-dispute driver refused and said goodbye, and the
    debrief still said "Restate the promise back before closing"."""
    restate = "Restate the promise back before closing"
    refused = tips(promise=Promise(), outcome="refused")
    assert not any(restate in message for message, _guidance in refused)
    half_agreed = tips(promise=Promise(Decimal("354.84")), outcome="vague_promise")
    assert any(restate in message for message, _guidance in half_agreed)


def _asked_within(words: str) -> ScoredTurn:
    from simulator.language.types import Cue, Span

    start = len("can you pay it ")
    span = Span(start, start + len(words), words)
    return ScoredTurn(
        Analysis(
            f"can you pay it {words}?", (Act.ASK_PAYMENT,), Slots(), (Cue("deadline_period", span),)
        ),
        TurnScores(
            urgency=DimensionScore(60), politeness=DimensionScore(60), focus=DimensionScore(60)
        ),
        debtor_reply="Okay.",
    )


def test_a_span_asked_is_named_in_the_urgency_tip() -> None:
    """Play-test seventy-six: "Yes or no, this week?" got "name a concrete date ..., ideally
    today or this week", as if the week had not been asked for; the tip names the words
    said and asks for the day."""
    said = [*turns([(Act.GREET,), (Act.STATE_AMOUNT,)]), _asked_within("within the week")]
    got = [t.message for t in _tips(said, SCORES, Promise(), "vague_promise", [])]
    urgency = next(m for m in got if m.startswith("Create urgency"))
    assert "'within the week' leaves the day to the customer" in urgency
    plain = turns([(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT)])
    got = [t.message for t in _tips(plain, SCORES, Promise(), "vague_promise", [])]
    assert "ideally today or this week" in next(m for m in got if m.startswith("Create urgency"))


def test_no_tip_asks_for_consequences_a_scenario_has_the_customer_take_offence_at() -> None:
    """Play-test seventy-five: the courteous reminder's brief says threats of consequences
    offend the customer, and the tip said "say what happens if it is late"."""
    no_day = turns([(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT), (Act.ASK_PAYMENT,)])
    late = "say what happens if it is late"
    for backfire, want in ((False, True), (True, False)):
        goal = GoalView(description="The full amount.", consequences_backfire=backfire)
        got = _tips(no_day, SCORES, CONFIRMED, "promise_secured", [], goal)
        assert any(late in t.message for t in got) is want, backfire


def test_one_question_about_the_debtors_problem_is_listening_not_a_tangent_followed() -> None:
    """Play-test seventy-seven: "I'm sorry youve been dealing with that. What's actually wrong
    with the car?", asked once on the dealer-dispute call (whose brief asks the trainee to
    listen), got "You followed the conversation off topic"; asked again, it is following."""
    off = "You followed the conversation off topic"
    once = [*turns(GOOD_ACTS), *turns([(Act.OFF_TOPIC, Act.PROBE_REASON)], tangent=True)]
    got = _tips(once, SCORES, CONFIRMED, "promise_secured", [])
    assert not any(off in t.message for t in got)
    twice = [*once, *turns([(Act.OFF_TOPIC, Act.PROBE_REASON)], tangent=True)]
    got = _tips(twice, SCORES, CONFIRMED, "promise_secured", [])
    assert any(off in t.message for t in got)
    chat = [*turns(GOOD_ACTS), *turns([(Act.OFF_TOPIC,)])]
    assert any(off in t.message for t in _tips(chat, SCORES, CONFIRMED, "promise_secured", []))


def test_a_reason_the_debtor_told_unasked_needs_no_asking_for() -> None:
    """Play-test seventy-nine: the courteous reminder's customer said "I switched my account to
    a new bank and assumed everything moved over" before any question, and the debrief still
    said "Find the real problem: ask what is stopping the payment"."""
    find = "Find the real problem"
    no_probe = [(Act.GREET,), (Act.STATE_AMOUNT, Act.ASK_PAYMENT, Act.SET_DEADLINE)]
    promise = Promise(Decimal(100), dt.date(2026, 3, 13))
    said = turns(no_probe)
    got = _tips(said, SCORES, promise, "vague_promise", [])
    assert any(find in t.message for t in got)
    told = [said[0], dataclasses.replace(said[1], reason_told=True)]
    got = _tips(told, SCORES, promise, "vague_promise", [])
    assert not any(find in t.message for t in got)


def test_apologising_often_is_noted_on_a_call_that_is_not_about_payment() -> None:
    """Play-test seventy-nine: six apologies to the customer who had already paid got no
    "You apologised often" tip; on a payment call they did."""
    sorry = turns([(Act.GREET, Act.APOLOGISE), (Act.APOLOGISE,), (Act.APOLOGISE,)])
    goal = GoalView(
        kind="reference_obtained", description="The reference.", payment=False, reached=True
    )
    got = _tips(sorry, SCORES, Promise(), "reference_taken", [], goal)
    assert any("You apologised often" in t.message for t in got)
    got = _tips(sorry[:2], SCORES, Promise(), "reference_taken", [], goal)
    assert not any("You apologised often" in t.message for t in got)


def test_hardship_brushed_off_gets_its_own_tip() -> None:
    """Play-test seventy-nine: "Everyone's got a story. The full amount is due." right after
    "I lost my job ..." got no tip, and the call scored 82."""
    brushed = "you brushed it off"
    told = turns([(Act.GREET,)], reply="I lost my job and there's no money left after rent.")
    dismissive = dataclasses.replace(
        turns([(Act.ASK_PAYMENT,)])[0],
        analysis=Analysis(
            "Everyone's got a story.", (Act.ASK_PAYMENT,), Slots(), (), frozenset({"dismissive"})
        ),
    )
    got = _tips(
        [*told, dismissive, *turns(GOOD_ACTS[1:])], SCORES, CONFIRMED, "promise_secured", []
    )
    assert any(brushed in t.message for t in got)
    calm = turns([(Act.GREET,)], reply="The dealer never fixed the car.")
    got = _tips(
        [*calm, dismissive, *turns(GOOD_ACTS[1:])], SCORES, CONFIRMED, "promise_secured", []
    )
    assert not any(brushed in t.message for t in got)


def test_a_car_that_broke_down_is_no_hardship() -> None:
    """A breakdown ("The car broke down on the highway") is not the customer being broke:
    no hardship is read from it, so no hardship tip either way."""
    dismissive = dataclasses.replace(
        turns([(Act.ASK_PAYMENT,)])[0],
        analysis=Analysis(
            "Everyone's got a story.", (Act.ASK_PAYMENT,), Slots(), (), frozenset({"dismissive"})
        ),
    )
    for reply, want in (
        ("The car broke down on the highway.", False),
        ("I'm broke, honestly.", True),
    ):
        said = [*turns([(Act.GREET,)], reply=reply), dismissive, *turns(GOOD_ACTS[1:])]
        got = _tips(said, SCORES, CONFIRMED, "promise_secured", [])
        assert any("you brushed it off" in t.message for t in got) is want, reply


def test_one_line_that_brushed_the_customer_off_is_named_in_a_polite_enough_call() -> None:
    """Play-tests seventy-eight and seventy-nine: "Not my problem, thats between you and the
    dealer." in a call whose politeness averaged 58 left "Nothing stood out"."""
    from simulator.language.types import Cue, Span

    words = "Not my problem"
    brush = dataclasses.replace(
        turns([(Act.STATE_AMOUNT,)])[0],
        analysis=Analysis(
            f"{words}, thats between you and the dealer.",
            (Act.STATE_AMOUNT,),
            Slots(),
            (Cue("dismissive", Span(0, len(words), words)),),
            frozenset({"dismissive"}),
        ),
    )
    got = [
        t.message
        for t in _tips([*turns(GOOD_ACTS), brush], SCORES, CONFIRMED, "promise_secured", [])
    ]
    assert any("You brushed the customer off ('Not my problem')" in m for m in got), got
    rude = _tips(
        [*turns(GOOD_ACTS), brush], {**SCORES, "politeness": 40}, CONFIRMED, "promise_secured", []
    )
    assert [t.message.split(":")[0] for t in rude] == ["Be courteous and professional"]


def test_consequences_are_a_tip_only_where_the_scenario_has_them_offend() -> None:
    said = turns([*GOOD_ACTS, (Act.STATE_CONSEQUENCE,)])
    offend = "takes offence at consequences"
    for backfire in (True, False):
        goal = GoalView(description="The full amount.", consequences_backfire=backfire)
        got = _tips(said, SCORES, CONFIRMED, "promise_secured", [], goal)
        assert any(offend in t.message for t in got) is backfire


def test_a_brush_off_is_named_on_a_call_that_is_not_about_payment_too() -> None:
    from simulator.language.types import Cue, Span

    words = "Not my problem"
    brush = dataclasses.replace(
        turns([(Act.GREET,)], reply="I lost my job.")[0],
        analysis=Analysis(
            f"{words}.",
            (Act.GREET,),
            Slots(),
            (Cue("dismissive", Span(0, 14, words)),),
            frozenset({"dismissive"}),
        ),
    )
    goal = GoalView(
        kind="reference_obtained", description="The reference.", payment=False, reached=True
    )
    said = [*turns([(Act.GREET,)], reply="I lost my job."), brush]
    got = _tips(said, SCORES, Promise(), "reference_taken", [], goal)
    assert any("You brushed the customer off ('Not my problem')" in t.message for t in got)
