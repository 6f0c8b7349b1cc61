"""The temperament measures shown in every report (scoring/temperament.py), worked out here
by hand from what the module's docstring says moves them."""

from __future__ import annotations

from simulator.scoring.temperament import TurnFacts, measure


def facts(*acts: tuple[str, ...], politeness: int = 70) -> list[TurnFacts]:
    return [
        TurnFacts("call 1", i, "a line of several words here", frozenset(a), politeness=politeness)
        for i, a in enumerate(acts, start=1)
    ]


def test_assertiveness_adds_up_what_the_collector_did() -> None:
    """Asked for payment 0.25, set a deadline 0.2, stated the amount once 0.6 x 0.2, said no
    0.1, and 0.35 x the share of assertive turns over a half (4 of 10: 0.8)."""
    turns = facts(("ask_payment",), ("set_deadline",), ("state_amount",), ("say_no",), *[()] * 6)
    assert measure(turns).assertiveness == round(100 * (0.25 + 0.2 + 0.12 + 0.1 + 0.35 * 0.8))


def test_each_part_of_assertiveness_counts() -> None:
    quiet = [()] * 9
    asked = measure(facts(("ask_payment",), *quiet)).assertiveness
    deadline = measure(facts(("set_deadline",), *quiet)).assertiveness
    said_no = measure(facts(("say_no",), *quiet)).assertiveness
    density = 0.35 * 0.2  # one assertive turn in ten
    assert asked == round(100 * (0.25 + density))
    assert deadline == round(100 * (0.2 + density))
    assert said_no == round(100 * (0.1 + density))
    twice = measure(facts(("state_amount",), ("state_amount",), *[()] * 8)).assertiveness
    assert twice == round(100 * (0.2 + 0.35 * 0.4))  # repeated: the full 0.2
