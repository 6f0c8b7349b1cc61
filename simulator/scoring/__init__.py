"""Scores a trainer can trust: per turn (urgency, politeness, focus) and per call (promise,
composure, overall, compliance findings, tips), every score with the evidence behind it.

    from simulator.scoring import score_turn, score_call, check_compliance
"""

from simulator.scoring.call import OUTCOMES, score_call, score_promise
from simulator.scoring.compliance import check_compliance
from simulator.scoring.politeness import strategy_features
from simulator.scoring.turn import score_turn
from simulator.scoring.types import (
    CallScores,
    ComplianceRules,
    DimensionScore,
    Evidence,
    Finding,
    Promise,
    ScoredTurn,
    Tip,
    TurnContext,
    TurnScores,
)

__all__ = [
    "OUTCOMES",
    "CallScores",
    "ComplianceRules",
    "DimensionScore",
    "Evidence",
    "Finding",
    "Promise",
    "ScoredTurn",
    "Tip",
    "TurnContext",
    "TurnScores",
    "check_compliance",
    "score_call",
    "score_promise",
    "score_turn",
    "strategy_features",
]
