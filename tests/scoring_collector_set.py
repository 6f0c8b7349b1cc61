"""The labelled collector lines (tests/data/collector_lines.yaml), scored: shared by the tests
and by `python tests/scoring_collector_set.py [--holdout]`, which prints the accuracy report
(with --holdout, for the held-out set collector_lines_holdout.yaml)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from simulator.language import AnalysisContext, analyze
from simulator.language.types import Analysis
from simulator.scoring import TurnContext, score_turn
from simulator.scoring.types import TurnScores

DATA = Path(__file__).parent / "data" / "collector_lines.yaml"
DIMENSIONS = {"p": "politeness", "u": "urgency", "f": "focus"}
THRESHOLD = 50  # a score of 50 or more reads "high"


@dataclass
class Scored:
    line: dict[str, Any]
    analysis: Analysis
    scores: TurnScores
    problems: list[str] = field(default_factory=list)


def load() -> tuple[dt.date, Decimal, list[dict[str, Any]]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return data["today"], Decimal(str(data["amount_overdue"])), data["lines"]


def score_all() -> list[Scored]:
    today, overdue, lines = load()
    context = AnalysisContext(today=today, amount_overdue=overdue)
    out: list[Scored] = []
    for line in lines:
        analysis = analyze(line["t"], context)
        turn = TurnContext(
            debtor_drifted=bool(line.get("drift")), debtor_was_rude=bool(line.get("rude"))
        )
        out.append(Scored(line, analysis, score_turn(analysis, turn)))
    return out


def dimension_hits(scored: list[Scored], key: str) -> tuple[int, list[Scored]]:
    """(correct, wrong lines) for one dimension."""
    wrong = []
    for s in scored:
        value = s.scores.get(DIMENSIONS[key]).value
        predicted = "high" if value >= THRESHOLD else "low"
        if predicted != s.line[key]:
            wrong.append(s)
    return len(scored) - len(wrong), wrong


def slot_problems(s: Scored) -> list[str]:
    """Every way the analysis misses the line's expected acts, flags and slots."""
    problems: list[str] = []
    acts = {a.value for a in s.analysis.acts}
    for act in s.line.get("acts", []):
        if act not in acts:
            problems.append(f"missing act {act}")
    for act in s.line.get("not", []):
        if act in acts:
            problems.append(f"unexpected act {act}")
    for flag in s.line.get("flags", []):
        if flag not in s.analysis.flags:
            problems.append(f"missing flag {flag}")
    slots = s.analysis.slots
    if "amount" in s.line and slots.amount != Decimal(str(s.line["amount"])):
        problems.append(f"amount {slots.amount} != {s.line['amount']}")
    if "date" in s.line and slots.date != s.line["date"]:
        problems.append(f"date {slots.date} != {s.line['date']}")
    if "method" in s.line and slots.method != s.line["method"]:
        problems.append(f"method {slots.method} != {s.line['method']}")
    return problems


def expectations(s: Scored) -> int:
    line = s.line
    return (
        len(line.get("acts", []))
        + len(line.get("not", []))
        + len(line.get("flags", []))
        + sum(k in line for k in ("amount", "date", "method"))
    )


def report() -> None:
    scored = score_all()
    print(f"{len(scored)} labelled collector lines")
    for key, name in DIMENSIONS.items():
        correct, wrong = dimension_hits(scored, key)
        print(f"  {name:<11} {100 * correct / len(scored):5.1f}%  ({len(wrong)} wrong)")
        for s in wrong:
            value = s.scores.get(name).value
            print(f"      {value:>3} want {s.line[key]:<4} {s.line['t']}")
    total = sum(expectations(s) for s in scored)
    problems = [(s, p) for s in scored for p in slot_problems(s)]
    print(f"  acts/flags/slots {100 * (total - len(problems)) / total:5.1f}% of {total} checks")
    for s, problem in problems:
        print(f"      {problem:<40} {s.line['t']}")


if __name__ == "__main__":
    import sys

    if "--holdout" in sys.argv[1:]:
        DATA = DATA.parent / "collector_lines_holdout.yaml"
    report()
