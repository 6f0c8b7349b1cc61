"""The temperament model and the line scores measured on a set of scripted collectors and
labelled lines.

    python tests/temperament_eval.py            # the frozen blind set (never tune on it)
    python tests/temperament_eval.py --blind    # the same, said explicitly
    python tests/temperament_eval.py --tuning   # our own tuning set
    python tests/temperament_eval.py -v         # every miss, with the reading's measures
    python tests/temperament_eval.py --calibration           # accuracy per confidence bucket
    python tests/temperament_eval.py --tuning --calibration  # ... and the fitted tables
    python tests/temperament_eval.py --tuning --write        # write them into temperament.py

The blind set (tests/data/blind_temperament/) was written by someone who had not read the
code: 28 collectors of known type, each playing three bundled scenarios, and 140-odd lines
labelled high or low for politeness, urgency and focus. The tuning set
(tests/data/temperament_tuning/) is ours, in the same format, for working on the model.

Temperament: a collector counts as right only when typed as their type ("uncertain" is a
miss; the leaning is reported beside it). Lines: a score of 50 or more reads "high".

Calibration: a report may read a trainee from any of their calls, whole or cut short, so the
readings measured are those of every subset of each collector's calls, whole and cut after
2, 3, 4 and 5 trainee turns. A reading is right when its type, or the leaning of an
"uncertain" reading, is the collector's type. Stated confidence should match the share right
per bucket. On the tuning set the script also fits the tables that map a reading's strength
to its confidence (`CALIBRATION_TYPED` / `CALIBRATION_HELD` in scoring/temperament.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
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


def play_collectors(folder: Path) -> list[tuple[dict[str, Any], list[list[Any]]]]:
    """Each collector with the trainee turns (TurnFacts) of each of their calls."""
    from simulator.content.library import load_library
    from simulator.engine.call import Call
    from simulator.engine.call_facts import facts_from_call
    from simulator.engine.clock import fixed_clock

    library = load_library(())
    out = []
    for collector in collectors_in(folder):
        calls = []
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
            calls.append(facts_from_call(call, key=f"call {number}"))
        out.append((collector, calls))
    return out


def run_collectors(folder: Path) -> list[CollectorResult]:
    from simulator.scoring.temperament import read_temperament

    results = []
    for collector, calls in play_collectors(folder):
        reading = read_temperament([fact for call in calls for fact in call])
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


CUTS = (2, 3, 4, 5, None)  # trainee turns kept per call (None: the whole call)


@dataclass
class Sample:
    """One reading of the calibration sample."""

    collector: str
    want: str
    type: str  # as read ("uncertain" included)
    said: str | None  # the type, or the leaning of an uncertain reading
    confidence: float
    strength: float
    held: bool  # a rule (few turns, mixed calls, border) held the type back

    @property
    def right(self) -> bool:
        return self.said == self.want


def calibration_samples(folder: Path) -> list[Sample]:
    """Readings of every subset of each collector's calls, whole and cut short."""
    from simulator.scoring.temperament import UNCERTAIN, read_temperament

    samples = []
    for collector, calls in play_collectors(folder):
        for size in range(1, len(calls) + 1):
            for subset in itertools.combinations(calls, size):
                for cut in CUTS:
                    facts = [f for call in subset for f in call if cut is None or f.turn <= cut]
                    if not facts:
                        continue
                    r = read_temperament(facts)
                    samples.append(
                        Sample(
                            collector=collector["id"],
                            want=collector["type"],
                            type=r.type,
                            said=r.leaning if r.type == UNCERTAIN else r.type,
                            confidence=r.confidence,
                            strength=r.strength,
                            held=r.held,
                        )
                    )
    return samples


BUCKETS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # stated confidence, lower edges


def buckets(samples: list[Sample]) -> list[tuple[float, float, int, float, float]]:
    """(from, to, readings, mean stated confidence, share right) per confidence bucket."""
    out = []
    for lo, hi in itertools.pairwise(BUCKETS):
        inside = [s for s in samples if lo <= s.confidence < hi]
        if inside:
            out.append(
                (
                    lo,
                    min(hi, 1.0),
                    len(inside),
                    sum(s.confidence for s in inside) / len(inside),
                    sum(s.right for s in inside) / len(inside),
                )
            )
    return out


def calibration_error(samples: list[Sample]) -> float:
    """Expected calibration error: |stated - right| per bucket, weighted by its readings."""
    return sum(n * abs(stated - right) for _, _, n, stated, right in buckets(samples)) / max(
        1, len(samples)
    )


STRENGTH_STEP = 0.05
MIN_BUCKET = 20  # readings per strength bucket before it stands alone


def fit_table(samples: list[Sample]) -> tuple[tuple[float, float], ...]:
    """Strength -> confidence: the share right per strength bucket (buckets of fewer than
    MIN_BUCKET readings merged into the next), smoothed by one right and one wrong reading
    (never certain), made monotone by pooling adjacent buckets that fall (isotonic)."""
    if not samples:
        return ((0.0, 0.0),)
    bins: list[list[float]] = []  # [from, right, readings]
    edge = 0.0
    ordered = sorted(samples, key=lambda s: s.strength)
    i = 0
    while i < len(ordered):
        right = total = 0
        start = edge
        while i < len(ordered) and (total < MIN_BUCKET or ordered[i].strength < edge):
            while ordered[i].strength >= edge:
                edge = round(edge + STRENGTH_STEP, 2)
            right += ordered[i].right
            total += 1
            i += 1
        bins.append([start, right, total])
    if len(bins) > 1 and bins[-1][2] < MIN_BUCKET:  # a thin last bucket joins the one before
        last = bins.pop()
        bins[-1][1] += last[1]
        bins[-1][2] += last[2]
    pooled: list[list[float]] = []
    for b in bins:
        pooled.append(list(b))
        while len(pooled) > 1 and _share(pooled[-1]) < _share(pooled[-2]):
            last = pooled.pop()
            pooled[-1][1] += last[1]
            pooled[-1][2] += last[2]
    return tuple((round(b[0], 2), round(_share(b), 2)) for b in pooled)


def _share(b: list[float]) -> float:
    return (b[1] + 1) / (b[2] + 2)


def fitted_tables(
    samples: list[Sample],
) -> tuple[tuple[tuple[float, float], ...], tuple[tuple[float, float], ...]]:
    """(typed, held) tables fitted on the samples. A reading a rule held back (too few turns,
    calls that disagree, a border) stays a leaning: the held table stops just below
    LEANING_BELOW, and steps that the cap makes equal are merged."""
    from simulator.scoring.temperament import LEANING_BELOW

    cap = round(LEANING_BELOW - 0.01, 2)
    held: list[tuple[float, float]] = []
    for start, share in fit_table([s for s in samples if s.held]):
        if not held or min(share, cap) > held[-1][1]:
            held.append((start, min(share, cap)))
    return fit_table([s for s in samples if not s.held]), tuple(held)


def calibration_summary(samples: list[Sample], fit: bool) -> list[str]:
    from simulator.scoring.temperament import LEANING_BELOW, UNCERTAIN

    right = sum(s.right for s in samples)
    out = [
        f"calibration: {len(samples)} readings (every subset of calls, whole and cut after "
        f"2-5 turns); right {right} ({100 * right / max(1, len(samples)):.0f}%); "
        f"calibration error {calibration_error(samples):.3f}",
        "  confidence   readings  stated  right",
    ]
    for lo, hi, n, stated, share in buckets(samples):
        out.append(f"  {lo:.2f}-{hi:.2f}   {n:8d}  {stated:6.2f}  {share:5.2f}")
    leaning = [s for s in samples if s.type == UNCERTAIN]
    out.append(
        f"  leaning (below {LEANING_BELOW}): {len(leaning)} readings, "
        f"{sum(s.right for s in leaning)} leaning the right way"
    )
    if fit:
        typed, held = fitted_tables(samples)
        out.append(f"  fitted CALIBRATION_TYPED = {typed}")
        out.append(f"  fitted CALIBRATION_HELD = {held}")
    return out


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


def collectors_in(folder: Path) -> list[dict[str, Any]]:
    """Every scripted collector of a set: collectors.yaml, then any collectors_*.yaml."""
    files = sorted(folder.glob("collectors*.yaml"), key=lambda f: (f.name != "collectors.yaml", f))
    return [c for f in files for c in load(folder, f.name)["collectors"]]


def write_tables(samples: list[Sample]) -> Path:
    """Write the fitted tables into scoring/temperament.py, in place of the shipped ones."""
    import re

    import simulator.scoring.temperament as module

    typed, held = fitted_tables(samples)
    path = Path(module.__file__)
    text = path.read_text(encoding="utf-8")
    for name, table in (("CALIBRATION_TYPED", typed), ("CALIBRATION_HELD", held)):
        rows = "".join(f"    {row},\n" for row in table)
        text, n = re.subn(
            rf"^{name}: tuple\[tuple\[float, float\], \.\.\.\] = \((?:\n(?:    .*\n)*?\)|.*\))\n",
            f"{name}: tuple[tuple[float, float], ...] = (\n{rows})\n",
            text,
            count=1,
            flags=re.MULTILINE,
        )
        if n != 1:
            raise SystemExit(f"{path}: no {name} table to replace")
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--tuning", action="store_true", help="our own tuning set")
    which.add_argument(
        "--blind", action="store_true", help="the frozen blind set (the default; never tune on it)"
    )
    which.add_argument("--folder", type=Path, help="a set in the same format, elsewhere")
    parser.add_argument("-v", "--verbose", action="store_true", help="every miss")
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="accuracy per confidence bucket (on --tuning: also the fitted tables)",
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help="with --tuning: write the fitted tables into simulator/scoring/temperament.py",
    )
    args = parser.parse_args(argv)
    if args.write and not args.tuning:
        parser.error("--write fits on the tuning set: use it with --tuning")
    folder = args.folder or (TUNING if args.tuning else BLIND)
    if not (folder / "collectors.yaml").is_file() and not (folder / "lines.yaml").is_file():
        print(f"no set at {folder}", file=sys.stderr)
        return 2
    if (folder / "collectors.yaml").is_file():
        results = run_collectors(folder)
        print("\n".join(collector_summary(results)))
        if args.calibration:
            samples = calibration_samples(folder)
            print("\n".join(calibration_summary(samples, fit=args.tuning)))
        if args.write:
            samples = samples if args.calibration else calibration_samples(folder)
            print(f"wrote the fitted tables into {write_tables(samples)}")
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
