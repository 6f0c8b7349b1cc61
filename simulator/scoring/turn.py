"""One trainee turn: urgency, politeness and focus, each 0-100 with its evidence."""

from __future__ import annotations

from simulator.language.types import Analysis
from simulator.scoring.politeness import score_politeness
from simulator.scoring.rules import score_focus, score_urgency
from simulator.scoring.spans import first_cues
from simulator.scoring.types import TurnContext, TurnScores


def score_turn(analysis: Analysis, ctx: TurnContext | None = None) -> TurnScores:
    """Pure and deterministic: the same line in the same context always scores the same."""
    ctx = ctx if ctx is not None else TurnContext()
    first = first_cues(analysis)
    # Built without the frozen-dataclass __init__ (as spans.apply builds scores): same fields.
    scores = object.__new__(TurnScores)
    scores.__dict__.update(
        urgency=score_urgency(analysis, first),
        politeness=score_politeness(analysis, first),
        focus=score_focus(analysis, ctx, first),
    )
    return scores
