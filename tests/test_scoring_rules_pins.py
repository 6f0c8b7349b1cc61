"""Urgency and focus pinned line by line: the score each rule gives (a weight moved shows
here), and every score explained by its evidence (base plus the points each cue moved)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from simulator.language import AnalysisContext, analyze
from simulator.scoring.rules import FOCUS_BASE, URGENCY_BASE, score_focus, score_urgency
from simulator.scoring.types import TurnContext

CONTEXT = AnalysisContext(today=dt.date(2026, 3, 10), amount_overdue=Decimal("420.50"))

# (line, urgency, focus)
LINES = [
    ("Could you pay the $420.50 today?", 95, 100),  # names the sum owed: states it too
    ("Can you pay by Friday?", 70, 95),
    ("Could you pay within two weeks?", 60, 75),  # a span: no date to propose
    ("Could you pay in three weeks?", 55, 95),
    ("Could you pay next month?", 45, 75),
    ("I can't wait until next month.", 55, 50),
    # states the amount; no longer also read as the call's purpose (as 28 of 29 corpus lines
    # saying "due" are labelled: issue 10, focus 90 -> 70)
    ("The full balance is due.", 55, 70),
    ("What day can you pay?", 70, 85),
    # the debt stated, and no longer also read as proposing terms (issue 10: focus 80 -> 70)
    ("The overdue amount is $420.50.", 40, 70),
    # a consequence stated (issue 10: no longer also misread as declining: focus 70 -> 60)
    ("Late fees will be added if it stays unpaid.", 50, 60),
    ("We may have to take legal action.", 40, 50),
    # out of a call (no state, nothing agreed) a read-back: the act model retrained on corpus
    # 49 read it as putting the terms too (+10 focus, 85); retrained on corpora 54 and 55
    # (whose writers label a restatement confirm_terms alone) as the read-back it is (75); on
    # corpus 56 as both again: a line out of any call, on the border between the two
    ("So that's $420.50 by Friday by card, correct?", 65, 85),
    ("Okay, pay whenever you can.", 0, 25),
    ("Pay now.", 90, 95),
    ("We'll have you arrested if you don't pay.", 15, 35),
    # a vague promise accepted (issue 10: read as such, no longer as nothing: focus 50 -> 25)
    ("Maybe pay sometime.", 0, 25),
    ("We could set up a payment plan.", 25, 75),
    ("I'm calling about your car loan payment.", 25, 70),
    ("What happened with the payment this month?", 25, 65),
    ("Am I speaking with Ana Ruiz?", 25, 55),
    ("This is Sam calling from Northwind Bank.", 25, 55),
    ("I'm afraid I can't waive the late fee.", 25, 50),
    ("I'm sorry to hear that, that sounds really hard.", 25, 45),
    ("Is it nice weather there today?", 25, 0),
    ("You lazy deadbeat, pay up.", 55, 65),
    ("Hello there!", 25, 30),
    # the ways to pay offered, and a way the reader learnt later, talk about the payment (+10)
    ("We take card, bank transfer or cheque.", 25, 60),
    ("Could you send it by PayPal?", 45, 85),
]


@pytest.mark.parametrize(("line", "urgency", "focus"), LINES)
def test_urgency_and_focus_line_by_line(line: str, urgency: int, focus: int) -> None:
    analysis = analyze(line, CONTEXT)
    got = (score_urgency(analysis), score_focus(analysis, TurnContext()))
    assert (got[0].value, got[1].value) == (urgency, focus)
    for score, base in zip(got, (URGENCY_BASE, FOCUS_BASE), strict=True):
        total = base + sum(e.weight for e in score.evidence)
        assert score.value == round(min(100.0, max(0.0, total))), (line, score.evidence)


def test_a_scenario_act_is_a_step_towards_the_calls_goal() -> None:
    # "ask for the reference" on the already-paid call: no payment is asked, yet the line does
    # what the call is for; it earns the step's 20 points (and is no "no move")
    plain = analyze("What's the reference number on the transfer?", CONTEXT)
    step = dataclasses.replace(plain, custom_acts=("ask_reference",))
    before, after = score_focus(plain, TurnContext()), score_focus(step, TurnContext())
    # the step, and no "did not move" (-10) where the plain reading had it
    penalised = any(e.weight < 0 for e in before.evidence)
    assert after.value == before.value + 20 + (10 if penalised else 0)
    assert not any(e.weight < 0 for e in after.evidence)
    assert "scenario_act" in {e.cue for e in after.evidence}
    drifted = TurnContext(debtor_drifted=True)
    assert score_focus(step, drifted).value > score_focus(plain, drifted).value
