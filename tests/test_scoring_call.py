"""Call-level scores: promise credit, composure, overall, tips that cite the guidance."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.engine.clock import fixed_clock
from simulator.language import AnalysisContext, analyze
from simulator.language.types import Act, Slots
from simulator.scoring import (
    ComplianceRules,
    Promise,
    ScoredTurn,
    TurnContext,
    score_call,
    score_promise,
    score_turn,
)

CTX = AnalysisContext(today=dt.date(2026, 12, 1), amount_overdue=Decimal("420.50"))
FRIDAY = dt.date(2026, 12, 4)
GOOD_CALL = [
    "Hi, this is Sam from Northwind Bank. Am I speaking with Ana Ruiz?",
    "Thanks. This is an attempt to collect a debt and any information obtained will be used "
    "for that purpose.",
    "I'm calling about your car loan: the overdue amount is $420.50.",
    "Can you pay that today?",
    "I understand. Could you pay $250 by Friday by bank transfer?",
    "So that's $250 by Friday the 4th by bank transfer, correct?",
    "Thank you, have a good day.",
]
TIMID_CALL = [
    "Hi, sorry to bother you.",
    "Sorry, it's about the loan, sorry.",
    "Okay, pay whenever you can, no rush.",
    "Thanks, bye.",
]


PLAYED = Path(__file__).parent / "data" / "played"


def turns(
    lines: list[str], rude_from: int | None = None, replies: list[str] | None = None
) -> list[ScoredTurn]:
    out = []
    for i, line in enumerate(lines):
        rude = rude_from is not None and i >= rude_from
        analysis = analyze(line, CTX)
        scores = score_turn(analysis, TurnContext(debtor_was_rude=rude, turn_index=i))
        reply = replies[i] if replies else ""
        out.append(ScoredTurn(analysis, scores, reply, rude, identity_verified_before=i >= 1))
    return out


def test_promise_credit_per_element() -> None:
    full = Promise(Decimal(250), FRIDAY, "transfer", confirmed=True)
    assert score_promise(full, "promise_secured")[0] == 100
    no_method = Promise(Decimal(250), FRIDAY, None, confirmed=True)
    unconfirmed = Promise(Decimal(250), FRIDAY, "transfer", confirmed=False)
    amount_only = Promise(Decimal(250))
    assert 100 > score_promise(no_method, "promise_secured")[0] > 50
    assert 100 > score_promise(unconfirmed, "incomplete")[0] > 50
    assert score_promise(amount_only, "incomplete")[0] < 50
    assert score_promise(Promise(), "refused")[0] == 0


def test_a_vague_promise_accepted_scores_low() -> None:
    value, notes = score_promise(Promise(vague=True), "vague_promise")
    assert value <= 15
    assert any("vague" in n for n in notes)


def test_a_good_call_scores_well_and_needs_few_tips() -> None:
    scores = score_call(
        turns(GOOD_CALL),
        Promise(Decimal(250), FRIDAY, "transfer", confirmed=True),
        ComplianceRules(enabled=True),
        "promise_secured",
    )
    assert scores.promise == 100
    assert scores.overall >= 70
    assert scores.composure is None  # the debtor was never rude
    assert not scores.failed
    assert scores.compliance == ()


def test_a_day_named_in_the_ask_is_a_concrete_date_for_the_tips() -> None:
    """Play-test 48: "Could you pay the $351.78 by Tuesday the 17th ...?", read as asking for
    the payment (not also setting a deadline), left the tip "Create urgency: name a concrete
    date" right after the trainee had named one."""
    promise = Promise(Decimal(250), FRIDAY, "transfer", confirmed=False)
    rules = ComplianceRules(enabled=True)

    def tips(keep_days: bool) -> tuple[str, ...]:
        played = []
        for turn in turns(GOOD_CALL[:5]):
            analysis = turn.analysis
            acts = tuple(a for a in analysis.acts if a is not Act.SET_DEADLINE)
            slots = analysis.slots if keep_days else Slots(amount=analysis.slots.amount)
            analysis = dataclasses.replace(analysis, acts=acts, slots=slots)
            played.append(dataclasses.replace(turn, analysis=analysis))
        return tuple(
            tip.message for tip in score_call(played, promise, rules, "ended_by_trainee").tips
        )

    assert not any("name a concrete date" in tip for tip in tips(keep_days=True))
    assert any("name a concrete date" in tip for tip in tips(keep_days=False))


def test_closing_the_call_politely_costs_no_urgency_or_focus() -> None:
    """Played: "Thanks for your time Mr Weaver, you'll get a text confirming the plan. Bye now."
    lowered focus from 72 to 69: the goodbye counted as a turn off the goal (and "could you
    say that again?" was the debrief's line to rework)."""
    promise = Promise(Decimal(250), FRIDAY, "transfer", confirmed=True)
    rules = ComplianceRules(enabled=True)
    without = score_call(turns(GOOD_CALL[:-1]), promise, rules, "promise_secured")
    for goodbye in (
        "Thank you, have a good day.",
        "Thanks so much, sorry to bother you. Bye!",
        "Sorry, the line cut out, could you say that again?",
    ):
        closed = score_call(turns([*GOOD_CALL[:-1], goodbye]), promise, rules, "promise_secured")
        assert (closed.urgency, closed.focus) == (without.urgency, without.focus)
        assert closed.overall >= without.overall
    # a goodbye that names terms is still a working line
    terms = turns([*GOOD_CALL[:-1], "So $250 by Friday, by bank transfer. Bye!"])
    counted = score_call(terms, promise, rules, "promise_secured")
    assert (counted.urgency, counted.focus) != (without.urgency, without.focus)


def test_listening_between_the_asks_costs_the_call_no_urgency() -> None:
    """Play-tests 45 and 46 (and a blind set of 40 calls judged for urgency): a call that asks
    for $250 by Friday and says what happens if it is late scored about 55, because every line
    that checked who answered, asked what happened or showed sympathy counted as no urgency.
    Only the lines that press, or ease off, count: a question about the debtor between the asks
    changes nothing, and "whenever you can" still costs the call."""
    promise = Promise(Decimal(250), FRIDAY, "transfer", confirmed=True)
    rules = ComplianceRules(enabled=True)
    pressing = score_call(turns(GOOD_CALL), promise, rules, "promise_secured")
    listening = [*GOOD_CALL[:4], "I'm sorry to hear that. What happened?", *GOOD_CALL[4:]]
    assert score_call(turns(listening), promise, rules, "promise_secured").urgency == (
        pressing.urgency
    )
    assert pressing.urgency >= 60
    eased = [*GOOD_CALL[:4], "Okay, pay whenever you can, no rush.", *GOOD_CALL[4:]]
    assert score_call(turns(eased), promise, rules, "promise_secured").urgency < pressing.urgency


def test_a_timid_call_scores_low_and_the_tips_say_why() -> None:
    scores = score_call(turns(TIMID_CALL), Promise(vague=True), ComplianceRules(), "vague_promise")
    assert scores.urgency < 40
    assert scores.promise <= 15
    assert scores.overall < 50
    assert len(scores.tips) == 3
    text = " ".join(t.message for t in scores.tips)
    assert "never stated the amount" in text
    guidance = {t.guidance for t in scores.tips}
    assert "guidance 9" in guidance
    assert all(t.guidance for t in scores.tips)


def test_composure_reads_politeness_after_the_debtor_turned_rude() -> None:
    lines = ["Hello, is this Ana?", "You're an idiot, just pay.", "Whatever, loser."]
    scores = score_call(turns(lines, rude_from=1), Promise(), ComplianceRules(), "hung_up")
    assert scores.composure is not None and scores.composure < 20
    assert any(t.guidance == "guidance 5" for t in scores.tips)
    calm = ["Hello, is this Ana?", "I understand you're upset. Can we agree a date today?"]
    calm_scores = score_call(turns(calm, rude_from=1), Promise(), ComplianceRules(), "refused")
    assert calm_scores.composure is not None and calm_scores.composure > 60


def test_hardship_without_a_plan_gets_the_cooperation_tip() -> None:
    lines = ["Hi, is this Ana?", "Can you pay $420.50 today?", "You need to pay today."]
    replies = ["Yes.", "I lost my job last month, I can't afford it.", "I just can't."]
    scores = score_call(turns(lines, replies=replies), Promise(), ComplianceRules(), "refused")
    assert any(t.guidance == "guidance 10" for t in scores.tips)
    # a payment agreed in two parts is the plan the tip asks for (play-test forty-four)
    parts = Promise(
        amount=Decimal("210"),
        date=dt.date(2026, 12, 4),
        method="card",
        confirmed=True,
        rest_amount=Decimal("210.50"),
        rest_date=dt.date(2026, 12, 18),
    )
    agreed = score_call(turns(lines, replies=replies), parts, ComplianceRules(), "promise_secured")
    assert not any(t.guidance == "guidance 10" for t in agreed.tips), agreed.tips


def test_a_critical_breach_fails_the_call_whatever_else_went_well() -> None:
    lines = [*GOOD_CALL[:-1], "Pay on Friday or we'll have you arrested."]
    scores = score_call(
        turns(lines),
        Promise(Decimal(250), FRIDAY, "transfer", confirmed=True),
        ComplianceRules(enabled=True),
        "promise_secured",
    )
    assert scores.failed
    assert scores.overall <= 40
    assert scores.tips[0].guidance.startswith("DOMAIN 3")


def test_no_turns_no_crash() -> None:
    scores = score_call([], Promise(), ComplianceRules(enabled=True), "incomplete")
    assert scores.overall == 0
    assert scores.composure is None


def test_a_call_ended_before_a_word_was_said_gets_no_courtesy_tip(library: Library) -> None:
    """Play-test forty-three: the wrong-party call, ended before the trainee spoke, showed
    "Be courteous and professional" (nothing said is no discourtesy)."""
    scenario = library.scenario("wrong_party_flatmate_message")
    call = Call(scenario, library.persona_for(scenario), seed=1626, clock=fixed_clock())
    tips = call.scores().tips
    assert tips and not any("courteous" in t.message for t in tips), tips


def test_a_service_question_after_the_promise_costs_no_urgency_or_focus(library: Library) -> None:
    """Play-test forty-four: "Could I also help you set the automatic payment up again ...?"
    asked after the promise lowered the call's urgency (65 -> 58) and focus (91 -> 81)."""
    scenario = library.scenario("personal_loan_courteous_reminder")
    lines = (PLAYED / "courteous_1701.txt").read_text().splitlines()

    def dimensions(said: int) -> dict[str, int]:
        call = Call(scenario, library.persona_for(scenario), seed=1701, clock=fixed_clock())
        for line in lines[:said]:
            call.say(line)
        assert call.promise.confirmed
        return dict(call.scores().dimensions)

    before, after = dimensions(5), dimensions(6)
    assert (after["urgency"], after["focus"]) == (before["urgency"], before["focus"])


def test_the_call_urgency_blind_set_is_well_formed() -> None:
    """Labels only (the score's figure on it is reported by tests/call_urgency_eval.py, never
    asserted): every call names a bundled scenario, has its lines and a level from 1 to 5, and
    the levels are spread."""
    from call_urgency_eval import labels, lines_of, pairs_in_order, spearman

    from simulator.content.library import load_library

    library = load_library(include_user=False)
    entries = labels()
    assert len(entries) >= 40
    for e in entries:
        library.scenario(str(e["scenario"]))
        assert 5 <= len(lines_of(str(e["call"]))) <= 9 and e["urgency"] in (1, 2, 3, 4, 5), e
    assert {e["urgency"] for e in entries} == {1, 2, 3, 4, 5}
    # the figure's arithmetic: the judge's own order is perfect, the reverse is nothing
    assert abs(spearman([1, 2, 3], [10, 20, 30]) - 1) < 1e-9
    assert pairs_in_order([1, 2], [30, 20]) == 0.0


def test_a_loan_owed_whatever_the_dealer_did_is_no_legal_action(library: Library) -> None:
    """Play-test 128, typed in second-language English: "Dealer is not the bank. The loan is
    with us. ... You must pay the loan anyway." failed the call for unauthorised legal action,
    and "I write a note about dispute with dealer in your account, you keep right to dispute"
    drew the tip to note the dispute and the right to dispute it."""
    scenario = library.scenario("car_dealer_dispute")
    lines = (PLAYED / "dealer_8311.txt").read_text().splitlines()
    call = Call(scenario, library.persona_for(scenario), seed=8311, clock=fixed_clock())
    for line in lines:
        if line.strip() and not call.finished:
            call.say(line)
    scores = call.scores()
    assert not scores.failed, scores.compliance
    assert not any("dispute" in tip.message for tip in scores.tips), scores.tips
    assert call.promise.confirmed


def test_whatever_after_the_ways_listed_is_no_brush_off(library: Library) -> None:
    """Play-test 129: "I need a date and how you'll pay. Card, transfer, whatever." drew the tip
    "You brushed the customer off (', whatever')": any of the ways listed, not a brush-off."""
    scenario = library.scenario("rude_defaulter_composure")
    call = Call(scenario, library.persona_for(scenario), seed=8416, clock=fixed_clock())
    for line in (PLAYED / "rude_8416.txt").read_text().splitlines():
        if line.strip() and not call.finished:
            call.say(line)
    tips = [tip.message for tip in call.scores().tips]
    assert not any("whatever" in tip for tip in tips), tips
