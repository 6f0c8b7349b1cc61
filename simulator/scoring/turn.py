"""One trainee turn: urgency, politeness and focus, each 0-100 with its evidence."""

from __future__ import annotations

from simulator.language.types import Analysis, Cue
from simulator.scoring.politeness import politeness_plan
from simulator.scoring.rules import focus_plan, urgency_plan
from simulator.scoring.spans import Ready, apply, first_cues
from simulator.scoring.types import TurnContext, TurnScores

TurnPlans = tuple[dict[str, Cue], Ready, Ready, Ready]


def turn_plans(analysis: Analysis, ctx: TurnContext) -> TurnPlans:
    """The line's first cue of each name, and its politeness, urgency and focus plans: what
    score_turn makes the scores of. `collectsim score --json` writes them out directly."""
    first = first_cues(analysis)
    return (
        first,
        politeness_plan(analysis, first),
        urgency_plan(analysis, first),
        focus_plan(analysis, ctx, first),
    )


def score_turn(analysis: Analysis, ctx: TurnContext | None = None) -> TurnScores:
    """Pure and deterministic: the same line in the same context always scores the same."""
    first, politeness, urgency, focus = turn_plans(analysis, ctx or TurnContext())
    # Built without the frozen-dataclass __init__ (as spans.apply builds scores): same fields.
    scores = object.__new__(TurnScores)
    scores.__dict__.update(
        urgency=apply(urgency, analysis, first),
        politeness=apply(politeness, analysis, first),
        focus=apply(focus, analysis, first),
    )
    return scores
