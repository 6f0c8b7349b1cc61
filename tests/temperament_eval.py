"""The temperament model and the line scores measured on a set of scripted collectors and
labelled lines.

    python tests/temperament_eval.py            # the frozen blind set (never tune on it)
    python tests/temperament_eval.py --tuning   # our own tuning set
    python tests/temperament_eval.py -v         # every miss, with the reading's measures

The blind set (tests/data/blind_temperament/) was written by someone who had not read the
code: 28 collectors of known type, each playing three bundled scenarios, and 140-odd lines
labelled high or low for politeness, urgency and focus. The tuning set
(tests/data/temperament_tuning/) is ours, in the same format, for working on the model.

Temperament: a collector counts as right only when typed as their type ("uncertain" is a
miss; the leaning is reported beside it). Lines: a score of 50 or more reads "high".
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
BLIND = HERE / "data" / "blind_temperament"
TUNING = HERE / "data" / "temperament_tuning"
DIMENSIONS = ("politeness", "urgency", "focus")
THRESHOLD = 50
# the line set's placeholders are filled from one collection record, on one day
LINE_TODAY = dt.date(2026, 12, 1)
LINE_RECORD = {
    "debtor_name": "Ana Ruiz",
    "first_name": "Ana",
    "lender": "Northwind Bank",
    "loan_type": "personal loan",
    "amount_overdue": "$420.50",
    "half_overdue": "$210.25",
    "due_date": "November 15",
    "days_past_due": "16",
}
LINE_AMOUNT = Decimal("420.50")


@dataclass
class CollectorResult:
    id: str
    want: str
    got: str
    leaning: str | None
    confidence: float
    subtle: bool
    measures: Any
    reason: str
    evidence: list[str]


def load(folder: Path, name: str) -> Any:
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))


def _fill(line: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        line = line.replace("{" + key + "}", value)
    return line


def run_collectors(folder: Path) -> list[CollectorResult]:
    from simulator.content.library import load_library
    from simulator.engine.call import Call
    from simulator.engine.call_facts import facts_from_call
    from simulator.engine.clock import fixed_clock
    from simulator.scoring.temperament import read_temperament

    library = load_library(())
    results = []
    for collector in load(folder, "collectors.yaml")["collectors"]:
        facts = []
        for number, spec in enumerate(collector["calls"], start=1):
            scenario = library.scenario(spec["scenario"])
            call = Call(
                scenario, library.persona_for(scenario), seed=spec["seed"], clock=fixed_clock()
            )
            for line in spec["lines"]:
                if call.finished:
                    break
                call.say(_fill(line, dict(call.values)))
            if not call.finished:
                call.end()
            facts += facts_from_call(call, key=f"call {number}")
        reading = read_temperament(facts)
        results.append(
            CollectorResult(
                id=collector["id"],
                want=collector["type"],
                got=reading.type,
                leaning=reading.leaning,
                confidence=reading.confidence,
                subtle=bool(collector.get("subtle")),
                measures=reading.measures,
                reason=reading.reason,
                evidence=[f"{q.call} t{q.turn} {q.why}: {q.text}" for q in reading.evidence],
            )
        )
    return results


def run_lines(folder: Path) -> list[tuple[dict[str, Any], dict[str, int]]]:
    from simulator.language import AnalysisContext, analyze
    from simulator.scoring import TurnContext, score_turn

    context = AnalysisContext(today=LINE_TODAY, amount_overdue=LINE_AMOUNT)
    out = []
    for line in load(folder, "lines.yaml")["lines"]:
        analysis = analyze(_fill(line["text"], LINE_RECORD), context)
        scores = score_turn(
            analysis,
            TurnContext(
                debtor_drifted=bool(line.get("drift")), debtor_was_rude=bool(line.get("rude"))
            ),
        )
        out.append((line, {d: scores.get(d).value for d in DIMENSIONS}))
    return out


def collector_summary(results: list[CollectorResult]) -> list[str]:
    right = sum(r.got == r.want for r in results)
    leaning = sum(
        r.got == r.want or (r.got == "uncertain" and r.leaning == r.want) for r in results
    )
    subtle = [r for r in results if r.subtle]
    out = [
        f"temperament: {right}/{len(results)} typed right ({100 * right / len(results):.0f}%); "
        f"with the leaning of 'uncertain' readings: {leaning}/{len(results)}; "
        f"uncertain: {sum(r.got == 'uncertain' for r in results)}; "
        f"subtle ones: {sum(r.got == r.want for r in subtle)}/{len(subtle)}"
    ]
    for kind in ("confident", "aggressive", "introverted", "timid"):
        of = [r for r in results if r.want == kind]
        got = Counter(r.got if r.got != "uncertain" else f"uncertain~{r.leaning}" for r in of)
        out.append(
            f"  {kind:<12} {sum(r.got == kind for r in of)}/{len(of)}   read as: "
            + ", ".join(f"{k} {n}" for k, n in got.most_common())
        )
    return out


def line_summary(scored: list[tuple[dict[str, Any], dict[str, int]]]) -> list[str]:
    out = [f"line scores: {len(scored)} lines"]
    for dim in DIMENSIONS:
        hits = sum(("high" if s[dim] >= THRESHOLD else "low") == line[dim] for line, s in scored)
        clear = [(line, s) for line, s in scored if "ambiguous" not in str(line.get("note", ""))]
        clear_hits = sum(
            ("high" if s[dim] >= THRESHOLD else "low") == line[dim] for line, s in clear
        )
        out.append(
            f"  {dim:<11} {100 * hits / len(scored):5.1f}% ({len(scored) - hits} wrong); "
            f"without the lines marked ambiguous {100 * clear_hits / max(1, len(clear)):5.1f}%"
        )
    all_three = sum(
        all(("high" if s[d] >= THRESHOLD else "low") == line[d] for d in DIMENSIONS)
        for line, s in scored
    )
    out.append(f"  all three right: {all_three}/{len(scored)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuning", action="store_true", help="our own tuning set")
    parser.add_argument("-v", "--verbose", action="store_true", help="every miss")
    args = parser.parse_args(argv)
    folder = TUNING if args.tuning else BLIND
    if not (folder / "collectors.yaml").is_file() and not (folder / "lines.yaml").is_file():
        print(f"no set at {folder}", file=sys.stderr)
        return 2
    if (folder / "collectors.yaml").is_file():
        results = run_collectors(folder)
        print("\n".join(collector_summary(results)))
        if args.verbose:
            for r in results:
                if r.got != r.want:
                    print(
                        f"    {r.id} want {r.want}, got {r.got} (leaning {r.leaning}, "
                        f"confidence {r.confidence:.2f}) {r.measures}: {r.reason}"
                    )
                    for e in r.evidence:
                        print(f"        {e}")
    if (folder / "lines.yaml").is_file():
        scored = run_lines(folder)
        print("\n".join(line_summary(scored)))
        if args.verbose:
            for line, s in scored:
                wrong = [
                    f"{d} {s[d]} (want {line[d]})"
                    for d in DIMENSIONS
                    if ("high" if s[d] >= THRESHOLD else "low") != line[d]
                ]
                if wrong:
                    print(f"    {line.get('id', '')} {'; '.join(wrong)}: {line['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
