"""One trainee turn: a score 0-100 with its evidence on each dimension (scoring/dimensions.py)."""

from __future__ import annotations

from simulator.language.types import Analysis, Cue
from simulator.scoring.dimensions import REGISTRY
from simulator.scoring.spans import Ready, apply, first_cues
from simulator.scoring.types import TurnContext, TurnScores

TurnPlans = tuple[dict[str, Cue], dict[str, Ready]]


def turn_plans(analysis: Analysis, ctx: TurnContext) -> TurnPlans:
    """The line's first cue of each name, and each dimension's plan by name: what score_turn
    makes the scores of. `collectsim score --json` writes them out directly."""
    first = first_cues(analysis)
    return first, {d.name: d.plan(analysis, ctx, first) for d in REGISTRY.values()}


def score_turn(analysis: Analysis, ctx: TurnContext | None = None) -> TurnScores:
    """Pure and deterministic: the same line in the same context always scores the same."""
    first, plans = turn_plans(analysis, ctx or TurnContext())
    return TurnScores(**{name: apply(plan, analysis, first) for name, plan in plans.items()})
