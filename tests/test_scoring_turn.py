"""Turn scores a trainer would agree with, on named hard cases, with evidence in the
trainee's own words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from simulator.language import AnalysisContext, analyze
from simulator.scoring import TurnContext, score_turn
from simulator.scoring.types import TurnScores

CTX = AnalysisContext(today=dt.date(2026, 12, 1), amount_overdue=Decimal("420.50"))


def score(text: str, **turn: bool) -> TurnScores:
    return score_turn(analyze(text, CTX), TurnContext(**turn))


def test_a_polite_concrete_ask_is_polite_urgent_and_focused() -> None:
    s = score("Could you please pay the $420.50 by Friday?")
    assert s.politeness.value > 60
    assert s.urgency.value > 60
    assert s.focus.value > 60


def test_the_same_ask_as_a_bare_command_is_rude_but_still_urgent() -> None:
    polite = score("Could you please pay today?")
    command = score("Pay now.")
    assert command.politeness.value < 40 < polite.politeness.value
    assert command.urgency.value >= 50


def test_neutral_line_is_fifty() -> None:
    assert score("Okay.").politeness.value == 50


def test_insults_profanity_threats_and_shouting_read_as_impolite() -> None:
    for line in (
        "You're a deadbeat.",
        "Stop wasting my fucking time.",
        "We'll have you arrested.",
        "PAY THE BILL TODAY.",
        "Thanks for nothing.",
    ):
        assert score(line).politeness.value < 40, line
    assert score("Fine, be like that. I don't care.").politeness.value < 50


def test_threats_are_not_urgency() -> None:
    """A threat never presses more than the plain request; its deadline still presses (a
    trainer reads 'Pay by Friday or we take the car' as urgent, and impolite)."""
    threat = score("Pay by Friday or we'll have you arrested.")
    plain = score("Please pay by Friday.")
    assert threat.urgency.value < plain.urgency.value
    assert "threat_is_not_urgency" in {e.cue for e in threat.urgency.evidence}
    assert threat.politeness.value < 20


def test_giving_time_away_kills_urgency() -> None:
    assert score("Okay, pay whenever you can.").urgency.value < 20
    assert score("Okay, next month or the month after is fine.").urgency.value < 30
    assert score("No rush.").urgency.value < score("There is a rush.").urgency.value + 1


def test_a_consequence_stated_as_fact_raises_urgency_but_its_negation_does_not() -> None:
    fact = score("Late fees will be added to the account.")
    negated = score("No late fees will be added.")
    assert fact.urgency.value > negated.urgency.value


def test_following_the_tangent_lowers_focus_and_steering_back_raises_it() -> None:
    tangent = score("What exactly did the dealer say about the repair?", debtor_drifted=True)
    back = score(
        "I hear you about the dealer, but the loan payment is separate: can you pay by Friday?",
        debtor_drifted=True,
    )
    assert tangent.focus.value < 40 < 70 < back.focus.value
    assert any(e.cue == "returns_to_payment" for e in back.focus.evidence)
    assert any(e.cue == "follows_tangent" for e in tangent.focus.evidence)


def test_chit_chat_lowers_focus() -> None:
    assert score("How about that weather, eh?").focus.value < 20


def test_evidence_points_at_the_trainees_words() -> None:
    text = "Thank you! Could you pay $250 today by card?"
    s = score(text)
    for dimension in (s.politeness, s.urgency, s.focus):
        assert dimension.evidence
        for e in dimension.evidence:
            assert text[e.start : e.end] == e.text
    cues = {e.cue for e in s.politeness.evidence}
    assert {"gratitude", "counterfactual"} <= cues
    assert any(e.cue == "deadline_today" and e.text == "today" for e in s.urgency.evidence)


def test_scores_are_bounded_and_deterministic() -> None:
    for line in ("", "a" * 10_000, "PAY NOW YOU FUCKING IDIOT OR ELSE " * 20):
        first, second = score(line), score(line)
        assert first == second
        for d in (first.politeness, first.urgency, first.focus):
            assert 0 <= d.value <= 100


def test_empathy_after_the_debtor_drifts_is_neither_drift_nor_return() -> None:
    """After an excuse or a tangent, hearing the debtor out ("that sounds hard") does not
    follow the tangent, and does not yet bring the call back; small talk follows it."""
    heard = score("I'm sorry to hear that, that sounds hard.", debtor_drifted=True).focus
    assert [e.cue for e in heard.evidence] == ["empathise"]
    small_talk = score("Nice weather today.", debtor_drifted=True).focus
    assert "follows_tangent" in [e.cue for e in small_talk.evidence]


def test_the_identity_check_made_late_after_the_debtor_drifts_follows_no_tangent() -> None:
    """ "oh wait sorry, i should of checked first - can u confirm ur date of birth for me?"
    after the debtor's excuse put the check right; the debrief said "You followed the
    conversation off topic" (play-test sixty-five)."""
    late = score(
        "oh wait sorry, i should of checked first - can u confirm ur date of birth for me? and "
        "i have to say this is a debt collection call, any info u give is used for that",
        debtor_drifted=True,
    ).focus
    assert "follows_tangent" not in [e.cue for e in late.evidence]


def test_giving_in_after_the_debtor_drifts_is_no_return_to_payment() -> None:
    """ "Pay whenever you can" after an excuse names paying (and the amount, in the second
    line), but lets the subject go: it follows the tangent, not back to the payment."""
    for line in ("Okay, pay whenever you can.", "Okay, pay the $200 whenever you can."):
        gives_in = score(line, debtor_drifted=True).focus
        cues = [e.cue for e in gives_in.evidence]
        assert "follows_tangent" in cues, line
        assert "returns_to_payment" not in cues, line


def test_asking_the_debtor_to_say_the_terms_back_keeps_to_the_goal() -> None:
    """ "Perfect. Just so we're both clear, can you say it back to me?" was the debrief's
    "line to rework" (focus 40: no move) in a call it helped confirm: it talks payment."""
    ctx = AnalysisContext(today=dt.date(2026, 3, 10), state="negotiating", terms_expected=True)
    asked = analyze("Perfect. Just so we're both clear, can you say it back to me?", ctx)
    idle = analyze("Perfect. Just so we're both clear.", ctx)
    focus = [score_turn(a, TurnContext()).focus.value for a in (asked, idle)]
    assert focus[0] >= focus[1] + 15, focus


def test_the_evidence_said_in_words_never_praises_blame_or_quotes_words_not_said() -> None:
    """Played (round 26): "Sorry, who is speaking?" listed "+ blamed the debtor" as a strength,
    and "Could you just confirm your date of birth for security?" was told it "insisted on the
    facts ('actually', 'in fact')", words it never said."""
    from simulator.scoring.plain import plain_words

    for text in (
        "Ah, she is not there. Sorry, who is speaking? You are her sister or something?",
        "Of course. Could you just confirm your date of birth for security?",
    ):
        for e in score(text).politeness.evidence:
            words = plain_words(e.cue)
            if e.weight > 0:
                assert "blame" not in words, (text, e.cue, words)
            if e.cue.removeprefix("pol_") == "factuality":
                assert f"'{e.text.lower()}'" in words, (e.text, words)
