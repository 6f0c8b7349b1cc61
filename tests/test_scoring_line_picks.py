"""The debrief's strongest line and line to rework (scoring/plain.py), by the mean of the
line's three scores: worked out here from the scores, never from the code's own ranking."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from simulator.language import AnalysisContext, analyze
from simulator.scoring.plain import line_picks
from simulator.scoring.types import DimensionScore, TurnScores

CTX = AnalysisContext(today=dt.date(2026, 12, 1))
ASK = "Can you pay the $420.50 by Friday?"  # moves the call: neither opening nor hostile


def turn(index: int, urgency: int, politeness: int, focus: int, text: str = ASK) -> Any:
    scores = TurnScores(
        urgency=DimensionScore(urgency),
        politeness=DimensionScore(politeness),
        focus=DimensionScore(focus),
    )
    return SimpleNamespace(index=index, text=text, analysis=analyze(text, CTX), scores=scores)


def test_the_line_to_rework_has_the_lowest_mean_of_its_three_scores() -> None:
    # means: 90, 43.3, 50 (the lowest has the best politeness, so no one score decides)
    best, worst = line_picks([turn(1, 90, 90, 90), turn(2, 20, 90, 20), turn(3, 60, 30, 60)])
    assert (best.index, worst.index) == (1, 2)
    # means: 90, 43.3, 50 (the lowest has the best focus)
    best, worst = line_picks([turn(1, 90, 90, 90), turn(2, 20, 20, 90), turn(3, 60, 60, 30)])
    assert (best.index, worst.index) == (1, 2)


def test_a_call_whose_lines_all_average_70_has_nothing_to_rework() -> None:
    best, worst = line_picks([turn(1, 90, 90, 90), turn(2, 70, 70, 70)])
    assert best.index == 1 and worst is None
    _best, worst = line_picks([turn(1, 90, 90, 90), turn(2, 70, 70, 69)])  # 69.7
    assert worst is not None and worst.index == 2


def test_of_two_hostile_lines_the_least_polite_is_to_rework() -> None:
    rude = "Pay the $420.50 by Friday, you idiot."
    sneer = "Pay the $420.50 by Friday or else."
    worst = line_picks([turn(1, 80, 80, 80), turn(2, 90, 5, 90, rude), turn(3, 20, 30, 20, sneer)])[
        1
    ]
    assert worst.index == 2  # politeness 5 beats a lower mean


def test_the_opening_script_is_never_the_strongest_line() -> None:
    """A greeting with nothing that moves the call says nothing of the trainee's skill: a
    better-scored hello is passed over for the line that asks; a hello that also asks counts."""
    hello = "Hello, this is Sam from the lender."
    best, _worst = line_picks([turn(1, 95, 95, 95, hello), turn(2, 80, 80, 80)])
    assert best.index == 2
    asking_hello = "Hello, this is Sam from the lender. Can you pay the $420.50 by Friday?"
    best, _worst = line_picks([turn(1, 95, 95, 95, asking_hello), turn(2, 80, 80, 80)])
    assert best.index == 1


def test_asking_the_debtor_to_say_it_again_is_never_the_line_to_rework() -> None:
    """Played: "sorry, could you say that again? my headset cut out" was the line to rework."""
    again = "sorry, could you say that again? my headset cut out"
    best, worst = line_picks([turn(1, 90, 90, 90), turn(2, 25, 80, 40, again), turn(3, 50, 60, 50)])
    assert (best.index, worst.index) == (1, 3)
