"""What a compliance finding tells the trainee (scoring/compliance.py): a debt disclosed
before the identity check is explained differently when the caller had asked for another
name (a wrong party heard about the debt) than when they had not checked at all."""

from __future__ import annotations

import datetime as dt

from simulator.language import AnalysisContext, analyze
from simulator.scoring import ComplianceRules, ScoredTurn, TurnContext, check_compliance, score_turn

CTX = AnalysisContext(
    today=dt.date(2026, 12, 1), debtor_names=("Ana Ruiz", "Ana", "Ruiz"), lender="Northwind Bank"
)
ON = ComplianceRules(enabled=True)


def disclosure(*lines: str) -> str:
    turns = []
    for i, line in enumerate(lines):
        analysis = analyze(line, CTX)
        turns.append(ScoredTurn(analysis, score_turn(analysis, TurnContext(turn_index=i)), False))
    found = [f for f in check_compliance(turns, ON) if f.rule == "disclosure_before_verification"]
    assert found, lines
    return found[0].message


def test_a_disclosure_without_a_check_asks_for_the_check_first() -> None:
    message = disclosure("Hi, I'm calling about the $420.50 you owe.")
    assert "before confirming you had the right person" in message
    assert "another name" not in message


def test_a_disclosure_after_asking_for_another_name_says_it_was_a_wrong_party() -> None:
    message = disclosure("Hi, is this Gary?", "I'm calling about the $420.50 you owe.")
    assert "after asking for another name" in message
    assert "wrong party" in message
