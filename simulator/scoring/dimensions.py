"""The dimensions each trainee turn is scored on, in one registry.

As content/conditions.py is for a scenario's conditions, this is the one description of a
dimension: its name (the key in the scores, `play --json`, the records' columns and a
scenario's rubric), how screens and reports label it, what a high score means, what to practise
when it is a trainee's weakest, its share of the call's overall score, the weight a scenario's
rubric scales that share by by default, and the turn scorer that makes its plan
(scoring/spans.py). A call's score on a dimension is the mean of its turns'.

Everything that scores, shows or keeps the dimensions loops over REGISTRY, in its order (the
order the meters, the debrief and the text result show them in).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from simulator.language.types import Analysis, Cue
from simulator.scoring.politeness import politeness_plan
from simulator.scoring.rules import focus_plan, urgency_plan
from simulator.scoring.spans import Ready
from simulator.scoring.types import TurnContext

# A turn scorer: the line, what the scorer may know beyond it, and the line's first cue of
# each name -> the dimension's plan for the line (its score and evidence, scoring/spans.py)
TurnScorer = Callable[[Analysis, TurnContext, dict[str, Cue]], Ready]


@dataclass(frozen=True)
class Dimension:
    name: str
    label: str  # as screens and reports name it
    meaning: str  # what a high score means, in a trainee's words
    advice: str  # what to practise when it is a trainee's weakest (DOMAIN.md guidance)
    weight: float  # share of the call's overall score (the promise and composure have theirs)
    rubric: float  # the rubric weight that gives `weight` as it is (content/models.py Rubric)
    plan: TurnScorer
    # the meaning on a call whose goal is not a payment, when it differs
    goal_meaning: str | None = None


REGISTRY: dict[str, Dimension] = {
    d.name: d
    for d in [
        Dimension(
            "urgency",
            "Urgency",
            "a concrete deadline, the amount stated, a direct ask",
            "Ask for the payment today or this week, with the amount, and give a clear "
            "deadline; state consequences as facts (guidance 4, 9).",
            0.2,
            1.0,
            lambda analysis, _ctx, first: urgency_plan(analysis, first),
        ),
        Dimension(
            "politeness",
            "Politeness",
            "courteous and professional, even when the debtor is not",
            "Stay courteous whatever the debtor says: ask rather than order, thank, "
            "acknowledge their situation; never blame, mock or threaten (guidance 5, 6).",
            0.2,
            1.0,
            lambda analysis, _ctx, first: politeness_plan(analysis, first),
        ),
        Dimension(
            "focus",
            "Focus",
            "each line moves the call towards payment",
            "Keep every line moving towards payment: hear the excuse, then steer back to the "
            "amount and a date (guidance 2).",
            0.2,
            1.0,
            focus_plan,
            goal_meaning="each line moves the call towards its goal",
        ),
    ]
}

DIMENSIONS: tuple[str, ...] = tuple(REGISTRY)
