"""Scores a trainer can trust: per turn (urgency, politeness, focus) and per call (promise,
composure, overall, compliance findings, tips), every score with the evidence behind it.

    from simulator.scoring import score_turn, score_call, check_compliance
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from simulator.scoring.call import OUTCOMES, score_call, score_promise
    from simulator.scoring.compliance import check_compliance
    from simulator.scoring.politeness import strategy_features

# Imported on first use: `collectsim score` needs only score_turn, and the call-level scorers
# (with their tips and the compliance pack) cost ~25 ms of its start.
_LAZY = {
    "OUTCOMES": "call",
    "score_call": "call",
    "score_promise": "call",
    "check_compliance": "compliance",
    "strategy_features": "politeness",
}

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'simulator.scoring' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"simulator.scoring.{module}"), name)
