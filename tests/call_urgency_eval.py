"""The call's urgency score measured on a frozen blind set of whole calls judged for urgency.

    python tests/call_urgency_eval.py       # the figure, and the scores by judged level
    python tests/call_urgency_eval.py -v    # every call: its level and its score

The set (tests/data/call_urgency/) was written by someone who had not read the code: 40 calls
over eight bundled payment scenarios, each the trainee's lines for one seed, judged 1 (no
urgency) to 5 (very strong), with the style (warm, terse, timid, rude...) varied apart from
the level. The figure is how well the call's urgency score orders the calls as the judge did:
Spearman's rank correlation, and the share of pairs of calls at different levels that the
score puts in the judge's order (ties count half). Never tuned on: a change to the scorer is
measured here before and after, once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).parent / "data" / "call_urgency"
sys.path.insert(0, str(Path(__file__).parent.parent))

from simulator.content.library import Library, load_library  # noqa: E402
from simulator.engine.call import Call  # noqa: E402
from simulator.engine.clock import FixedClock  # noqa: E402

CLOCK = dt.datetime(2026, 3, 10, 10, 30)  # the calls were written for Tuesday 10 March 2026


def labels() -> list[dict[str, object]]:
    data: list[dict[str, object]] = yaml.safe_load((ROOT / "labels.yaml").read_text("utf-8"))
    return data


def lines_of(call: str) -> list[str]:
    text = (ROOT / "calls" / f"{call}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def call_urgency(library: Library, scenario_id: str, seed: int, lines: list[str]) -> int:
    """The urgency score of the call played with these trainee lines (the rest unsaid once
    the debtor hangs up)."""
    scenario = library.scenario(scenario_id)
    call = Call(scenario, library.persona_for(scenario), seed=seed, clock=FixedClock(CLOCK))
    for line in lines:
        if call.finished:
            break
        call.say(line)
    return call.scores().get("urgency")


def _ranks(values: list[int]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2  # ties share their mean rank
        i = j + 1
    return ranks


def spearman(a: list[int], b: list[int]) -> float:
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    sa = sum((x - ma) ** 2 for x in ra) ** 0.5
    sb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (sa * sb)


def pairs_in_order(levels: list[int], scores: list[int]) -> float:
    """The share of pairs at different levels whose scores are in the same order (ties half)."""
    pairs = [
        (i, j) for i in range(len(levels)) for j in range(len(levels)) if levels[i] < levels[j]
    ]
    right = sum(
        1.0 if scores[i] < scores[j] else 0.5 if scores[i] == scores[j] else 0.0 for i, j in pairs
    )
    return right / len(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="every call")
    args = parser.parse_args(argv)
    library = load_library(include_user=False)
    rows = []
    for e in labels():
        call, scenario, seed = str(e["call"]), str(e["scenario"]), int(str(e["seed"]))
        score = call_urgency(library, scenario, seed, lines_of(call))
        rows.append((call, int(str(e["urgency"])), score))
    levels, scores = [r[1] for r in rows], [r[2] for r in rows]
    in_order = 100 * pairs_in_order(levels, scores)
    print(
        f"{len(rows)} calls: Spearman {spearman(levels, scores):.3f}; "
        f"pairs at different levels in the judge's order {in_order:.1f}%"
    )
    for level in range(1, 6):
        mine = sorted(s for lv, s in zip(levels, scores, strict=True) if lv == level)
        if mine:
            print(
                f"  level {level}: {len(mine)} calls, urgency median {mine[len(mine) // 2]}, "
                f"range {mine[0]}-{mine[-1]}"
            )
    if args.verbose:
        for call, level, score in rows:
            print(f"  {call}  level {level}  urgency {score}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
