"""The learned politeness weights: shipped, readable without numpy, and (when the corpus and
scikit-learn are here) as good as the training script says."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import scoring_collector_set as labelled

from simulator.language import AnalysisContext, analyze
from simulator.scoring.politeness import FEATURES, load_weights, strategy_features

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "politeness"


def test_weights_ship_with_the_package_and_cover_every_feature() -> None:
    model = load_weights()
    assert set(model["weights"]) == set(FEATURES)
    assert model["cv10_accuracy"] > 0.76  # above ConvoKit's 76.5% in-domain
    text = (REPO / "simulator" / "scoring" / "politeness_weights.json").read_text()
    assert len(text) < 4000  # a small JSON, not a model dump
    json.loads(text)


def test_learned_signs_match_the_politeness_literature() -> None:
    w = load_weights()["weights"]
    for polite in ("gratitude", "apology", "greeting", "counterfactual", "deference"):
        assert w[polite] > 0, polite
    for impolite in ("direct_start", "factuality", "direct_question", "second_person_start"):
        assert w[impolite] < 0, impolite


@pytest.mark.skipif(not (CORPUS / "wikipedia.annotated.csv").is_file(), reason="corpus absent")
@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs the train extra")
def test_cross_validated_accuracy_on_the_wikipedia_quartiles() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import train_politeness as train  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    texts, labels = train.load_quartiles(CORPUS)
    assert len(texts) > 2000
    import numpy as np

    accuracy = train.cross_validate(train.matrix(texts), np.array(labels), 1.0)
    assert accuracy > 0.77


def test_the_learned_weights_alone_read_collector_lines_right() -> None:
    """Trained on Wikipedia requests, tested on collector talk: the strategies alone (no
    collector penalties) must already agree with the trainer's labels most of the time."""
    weights = load_weights()["weights"]
    today, overdue, lines = labelled.load()
    context = AnalysisContext(today=today, amount_overdue=overdue)
    correct = 0
    for line in lines:
        feats = strategy_features(analyze(line["t"], context))
        polite = sum(weights[f] * v for f, v in feats.items()) >= 0
        correct += polite == (line["p"] == "high")
    assert correct / len(lines) >= 0.75


def test_the_scorer_reads_the_model_exactly_as_training_does() -> None:
    """The runtime scorer remembers its reading per set of strategies (for speed); the score
    must still be the model over `strategy_features`, the features training fits."""
    import math

    from simulator.scoring.politeness import score_politeness

    weights = load_weights()["weights"]
    today, overdue, lines = labelled.load()
    context = AnalysisContext(today=today, amount_overdue=overdue)
    for _ in range(2):  # the second pass reads from memory
        for line in lines:
            analysis = analyze(line["t"], context)
            feats = strategy_features(analysis)
            z = sum(weights.get(f, 0.0) * v for f, v in feats.items())
            model = 100.0 / (1.0 + math.exp(-z))
            score = score_politeness(analysis)
            learned = [e for e in score.evidence if e.cue in feats]
            assert {e.cue for e in learned} == {f for f in feats if abs(weights[f]) > 1e-9}
            penalties = sum(e.weight for e in score.evidence if e.cue not in feats)
            assert score.value == int(round(min(100.0, max(0.0, model + penalties))))
