"""The learned politeness weights: shipped, readable without numpy, and as accurate as this
file measures on the corpus (no scikit-learn needed: the test fits the model itself)."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import math
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
    text = (REPO / "simulator" / "scoring" / "politeness_weights.json").read_text()
    assert len(text) < 4000  # a small JSON, not a model dump
    json.loads(text)


def test_learned_signs_match_the_politeness_literature() -> None:
    w = load_weights()["weights"]
    for polite in ("gratitude", "apology", "greeting", "counterfactual", "deference"):
        assert w[polite] > 0, polite
    for impolite in ("direct_start", "factuality", "direct_question", "second_person_start"):
        assert w[impolite] < 0, impolite


def _quartiles() -> tuple[list[list[int]], list[int]]:
    """The paper's task, read here without the training script: top quartile of Normalized
    Score polite (1), bottom quartile impolite (0); each request as its active features."""
    with (CORPUS / "wikipedia.annotated.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    scores = sorted(float(r["Normalized Score"]) for r in rows)
    low, high = scores[len(scores) // 4], scores[3 * len(scores) // 4]
    context = AnalysisContext(today=dt.date(2013, 5, 1))
    index = {name: i for i, name in enumerate(FEATURES)}
    xs, ys = [], []
    for row in rows:
        score = float(row["Normalized Score"])
        if low < score < high:
            continue
        feats = strategy_features(analyze(row["Request"], context))
        xs.append([index[f] for f in feats])
        ys.append(int(score >= high))
    return xs, ys


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _fit(xs: list[list[int]], ys: list[int], c: float = 1.0) -> list[float]:
    """L2 logistic regression (sklearn's objective: C times the log loss plus half the squared
    weights, the intercept unpenalised) by Newton's method; the last weight is the intercept."""
    k = len(FEATURES) + 1
    w = [0.0] * k
    for _ in range(30):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys, strict=True):
            active = [*x, k - 1]
            z = sum(w[j] for j in active)
            p = 1 / (1 + math.exp(-z)) if z > -35 else 0.0
            for a in active:
                grad[a] += p - y
                for b in active:
                    hess[a][b] += p * (1 - p)
        for j in range(k - 1):
            grad[j] += w[j] / c
            hess[j][j] += 1 / c
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


@pytest.mark.skipif(not (CORPUS / "wikipedia.annotated.csv").is_file(), reason="corpus absent")
def test_politeness_accuracy_measured_here_on_the_wikipedia_quartiles() -> None:
    """Measured by this test, not read from the weights file: 10-fold cross-validated
    accuracy of the model the features allow (the paper's own figure is 76.5% for
    bag-of-words + strategies in-domain), the shipped weights' accuracy, and that it is within
    a point of what fitting the corpus with today's reader gives."""
    xs, ys = _quartiles()
    assert len(xs) == 2178 and sum(ys) == 1089
    correct = 0
    for fold in range(10):
        train = [i for i in range(len(xs)) if i % 10 != fold]
        w = _fit([xs[i] for i in train], [ys[i] for i in train])
        for i in range(fold, len(xs), 10):
            correct += (w[-1] + sum(w[j] for j in xs[i]) >= 0) == (ys[i] == 1)
    assert correct / len(xs) > 0.78  # 78.9% when written
    model = load_weights()
    shipped = [model["weights"][f] for f in FEATURES] + [model["intercept"]]
    right = sum(
        (shipped[-1] + sum(shipped[j] for j in x) >= 0) == (y == 1)
        for x, y in zip(xs, ys, strict=True)
    )
    assert right / len(xs) > 0.785  # 79.0% when written
    # the shipped weights read the corpus about as well as a fit of today's reader does (the
    # reader moves between retrainings: python benchmarks/train_politeness.py)
    fitted = _fit(xs, ys)
    ours = sum(
        (fitted[-1] + sum(fitted[j] for j in x) >= 0) == (y == 1)
        for x, y in zip(xs, ys, strict=True)
    )
    assert right >= ours - 0.01 * len(xs)


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
            feats = strategy_features(analysis, collector=True)
            z = sum(weights.get(f, 0.0) * v for f, v in feats.items())
            model = 100.0 / (1.0 + math.exp(-z))
            score = score_politeness(analysis)
            learned = [e for e in score.evidence if e.cue in feats]
            assert {e.cue for e in learned} == {f for f in feats if abs(weights[f]) > 1e-9}
            penalties = sum(e.weight for e in score.evidence if e.cue not in feats)
            assert score.value == int(round(min(100.0, max(0.0, model + penalties))))


@pytest.mark.parametrize(
    "greeted",
    [
        # play-test 54: 58 against 91 for "Hi, it's Aroha from ..." (the greet act heard it)
        "Kia ora, it's Aroha from Henderson Credit Union. Am I speaking with Andrew Wilson?",
        "Howzit, this is Thabo from Keller Credit Union. Is that Lisa?",
        "Morning, is this Andrew?",
    ],
)
def test_a_greeting_in_another_english_is_as_polite_as_hello(greeted: str) -> None:
    from simulator.scoring.politeness import score_politeness

    ctx = AnalysisContext(today=dt.date(2026, 3, 10))

    def points(line: str) -> int:
        return score_politeness(analyze(line, ctx)).value

    plain = greeted.split(",", 1)[1].strip()
    assert points(greeted) >= points("Hi, " + plain) > points(plain)
    assert points("Evening payments are processed overnight.") < points(greeted)
