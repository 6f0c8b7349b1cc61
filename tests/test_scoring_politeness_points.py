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


def test_mate_in_a_greeting_and_an_identity_check_is_warmth_not_a_put_down() -> None:
    """Play-test forty-three, an Australian collector: "G'day, is that Robert Torres? Just
    need to check it's you, mate - what's your date of birth?" scored politeness 14."""
    context = AnalysisContext(
        today=dt.date(2026, 3, 10), state="answering", debtor_names=("Robert Torres",)
    )
    aussie = score_politeness(
        analyze(
            "G'day, is that Robert Torres? Just need to check it's you, mate - what's your date "
            "of birth?",
            context,
        )
    )
    assert "dismissive" not in [e.cue for e in aussie.evidence]
    assert "greeting" in [e.cue for e in aussie.evidence] and aussie.value >= 70
    pushy = score_politeness(analyze("Listen, mate, pay up.", CTX))
    assert "dismissive" in [e.cue for e in pushy.evidence] and pushy.value < 30


def test_when_do_you_actually_get_paid_asks_and_does_not_doubt() -> None:
    """Play-test forty-five: "What do you do for work, and when do you actually get paid?"
    was read as a challenge (politeness 95 -> 66); "Do you actually think that's fair?" is."""
    asked = score_politeness(analyze("When do you actually get paid?", CTX))
    doubted = score_politeness(analyze("Do you actually think that's fair?", CTX))
    assert "challenge" not in [e.cue for e in asked.evidence]
    assert "challenge" in [e.cue for e in doubted.evidence]
