"""The scorer against 314 collector lines labelled by a trainer's judgement
(tests/data/collector_lines.yaml): per-dimension accuracy, acts and slots, and a held-out set."""

from __future__ import annotations

from pathlib import Path

import pytest
import scoring_collector_set as labelled

MIN_DIMENSION_ACCURACY = 0.90
MIN_SLOT_ACCURACY = 0.95


@pytest.fixture(scope="module")
def scored() -> list[labelled.Scored]:
    return labelled.score_all()


def test_the_set_is_big_and_covers_every_debtor_situation(scored: list[labelled.Scored]) -> None:
    assert len(scored) >= 300
    situations = {s.line.get("sit") for s in scored}
    assert {
        "student",
        "dealer",
        "rude",
        "breakdown",
        "traveller",
        "lenders",
        "graduate",
        "malicious",
        "firsttime",
    } <= situations
    for key in ("p", "u", "f"):
        assert {s.line[key] for s in scored} == {"high", "low"}


@pytest.mark.parametrize("key", ["p", "u", "f"])
def test_dimension_accuracy(scored: list[labelled.Scored], key: str) -> None:
    correct, wrong = labelled.dimension_hits(scored, key)
    accuracy = correct / len(scored)
    misses = [f"{s.scores.get(labelled.DIMENSIONS[key]).value}: {s.line['t']}" for s in wrong]
    assert accuracy >= MIN_DIMENSION_ACCURACY, "\n".join(misses)


def test_acts_flags_and_slots(scored: list[labelled.Scored]) -> None:
    total = sum(labelled.expectations(s) for s in scored)
    problems = [f"{p}: {s.line['t']}" for s in scored for p in labelled.slot_problems(s)]
    assert total > 450
    assert (total - len(problems)) / total >= MIN_SLOT_ACCURACY, "\n".join(problems)


def test_held_out_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        labelled, "DATA", Path(labelled.__file__).parent / "data" / "collector_lines_holdout.yaml"
    )
    scored = labelled.score_all()
    for key in ("p", "u", "f"):
        correct, _wrong = labelled.dimension_hits(scored, key)
        assert correct / len(scored) >= 0.85, key
