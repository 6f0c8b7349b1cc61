"""Train the politeness weights from the Stanford Politeness Corpus (Wikipedia half).

    pip install -e '.[train]'          # numpy + scikit-learn, for training only
    python benchmarks/train_politeness.py [--corpus DIR] [--out FILE] [--check-only]

The task is the paper's binary one: requests in the top quartile of `Normalized Score` are
polite, the bottom quartile impolite, the middle half left out. Features come from
`simulator.scoring.politeness.strategy_features`, the very function the runtime scorer uses.
It prints 10-fold cross-validated accuracy beside the figures of Danescu-Niculescu-Mizil et al.
(2013) and, unless --check-only, writes the weights JSON the package ships. Deterministic:
fixed folds, no random state left free.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

from simulator.language import AnalysisContext, analyze
from simulator.scoring.politeness import FEATURES, strategy_features

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "politeness"
DEFAULT_OUT = REPO / "simulator" / "scoring" / "politeness_weights.json"
PAPER = {
    "bag of words (paper)": 79.8,
    "linguistically informed (paper)": 83.8,
    "human (paper)": 86.7,
}
CONVOKIT_IN_DOMAIN = 76.5  # ConvoKit strategy classifier on this machine, per the issue
CONTEXT = AnalysisContext(today=dt.date(2013, 5, 1))  # dates do not matter to politeness


def load_quartiles(corpus_dir: Path) -> tuple[list[str], list[int]]:
    path = corpus_dir / "wikipedia.annotated.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    scores = sorted(float(r["Normalized Score"]) for r in rows)
    n = len(scores)
    low, high = scores[n // 4], scores[(3 * n) // 4]
    texts: list[str] = []
    labels: list[int] = []
    for row in rows:
        score = float(row["Normalized Score"])
        if score >= high:
            texts.append(row["Request"])
            labels.append(1)
        elif score <= low:
            texts.append(row["Request"])
            labels.append(0)
    return texts, labels


def matrix(texts: list[str]) -> np.ndarray:
    x = np.zeros((len(texts), len(FEATURES)))
    index = {name: i for i, name in enumerate(FEATURES)}
    for row, text in enumerate(texts):
        for name, value in strategy_features(analyze(text, CONTEXT)).items():
            x[row, index[name]] = value
    return x


def cross_validate(x: np.ndarray, y: np.ndarray, c: float) -> float:
    folds = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
    model = LogisticRegression(C=c, max_iter=2000)
    return float(cross_val_score(model, x, y, cv=folds, scoring="accuracy").mean())


def cross_community(texts: list[str], labels: list[int], model: LogisticRegression) -> None:
    """Train on Wikipedia, test on collector talk: politeness high/low of the labelled
    collector lines, read by the learned strategies alone (no collector penalties) and by a
    bag-of-words model trained on the same quartiles, as the paper did across communities."""
    from sklearn.feature_extraction.text import CountVectorizer

    path = REPO / "tests" / "data" / "collector_lines.yaml"
    if not path.is_file():
        return
    import yaml

    lines = yaml.safe_load(path.read_text(encoding="utf-8"))["lines"]
    gold = np.array([1 if line["p"] == "high" else 0 for line in lines])
    # The runtime scorer drops the corpus intercept (50 = a line with no strategy), so the
    # strategy model is read the same way here: polite when the weighted strategies sum > 0.
    strategies = matrix([line["t"] for line in lines]) @ model.coef_[0] >= 0
    bow = CountVectorizer(lowercase=True, min_df=2).fit(texts)
    bow_model = LogisticRegression(C=1.0, max_iter=2000).fit(bow.transform(texts), labels)
    # Bag of words keeps its intercept: without strategies it has no neutral point of its own.
    bow_pred = bow_model.predict(bow.transform([line["t"] for line in lines]))
    print(f"\nCross-community: Wikipedia-trained, tested on {len(lines)} collector lines")
    print(f"  {'strategies, learned weights only':<36} {100 * np.mean(strategies == gold):5.1f}%")
    print(f"  {'bag of words':<36} {100 * np.mean(bow_pred == gold):5.1f}%")
    print("  (the shipped scorer adds collector penalties; tests hold it to >= 90%)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check-only", action="store_true", help="print CV, write nothing")
    args = parser.parse_args(argv)
    if not (args.corpus / "wikipedia.annotated.csv").is_file():
        print(f"corpus not found: {args.corpus}/wikipedia.annotated.csv", file=sys.stderr)
        return 2

    started = time.perf_counter()
    texts, labels = load_quartiles(args.corpus)
    x, y = matrix(texts), np.array(labels)
    print(f"{len(texts)} requests (top and bottom quartiles), {len(FEATURES)} features")

    # A small, fixed grid for the regularisation strength: chosen by the same 10 folds.
    grid = {c: cross_validate(x, y, c) for c in (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)}
    best_c = max(grid, key=lambda c: (grid[c], -c))
    accuracy = grid[best_c]
    print("\n10-fold cross-validated accuracy, Wikipedia quartiles")
    print(f"  {'collectsim strategies (this model)':<36} {100 * accuracy:5.1f}%  (C={best_c})")
    print(f"  {'ConvoKit strategies (issue figure)':<36} {CONVOKIT_IN_DOMAIN:5.1f}%")
    for name, figure in PAPER.items():
        print(f"  {name:<36} {figure:5.1f}%")
    print(
        "  The StackExchange half of the corpus is not available here, so the paper's\n"
        "  cross-community check (67.5%) cannot be run. The same kind of check follows on\n"
        "  another community that is here: the labelled collector lines."
    )

    model = LogisticRegression(C=best_c, max_iter=2000).fit(x, y)
    cross_community(texts, labels, model)
    weights = {name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0], strict=True)}
    print("\nweights (positive = polite):")
    for name, w in sorted(weights.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<32} {w:+.3f}")
    print(f"\n{time.perf_counter() - started:.1f} s")
    if args.check_only:
        return 0
    payload = {
        "model": "logistic regression, binary top vs bottom quartile of Normalized Score",
        "corpus": "Stanford Politeness Corpus v1.01, Wikipedia annotated requests",
        "n_requests": len(texts),
        "regularisation_C": best_c,
        "cv10_accuracy": round(accuracy, 4),
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": weights,
    }
    args.out.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
