"""The politeness evidence a trainee reads adds up (scoring/politeness.py): a strategy's
points are what it moved the score from the neutral 50, and harsh words cost points."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.language import AnalysisContext, analyze
from simulator.scoring.politeness import score_politeness

CTX = AnalysisContext(today=dt.date(2026, 12, 1))


@pytest.mark.parametrize(
    ("line", "cue"),
    [("Hello.", "greeting"), ("Maybe.", "hedge"), ("Thanks.", "gratitude"), ("Great.", "positive")],
)
def test_one_strategy_moves_the_score_from_50_by_its_points(line: str, cue: str) -> None:
    score = score_politeness(analyze(line, CTX))
    assert [e.cue for e in score.evidence] == [cue]
    points = score.evidence[0].weight
    assert points != 0
    assert score.value == pytest.approx(50 + points, abs=0.51)  # shown rounded to 0.1


@pytest.mark.parametrize(
    "line", ["That was a pathetic thing to say.", "Unfortunately not.", "This is ridiculous."]
)
def test_harsh_words_cost_politeness(line: str) -> None:
    score = score_politeness(analyze(line, CTX))
    harsh = [e for e in score.evidence if e.cue == "negative"]
    assert harsh and harsh[0].weight < 0
    assert score.value < 50
