"""How reading time grows with a line's length, for the hostile shapes that once made it
grow with the square: one figure's digits read again from every digit ("$1,1,1,..."), a
run of marks read again from every mark ("!!!"), words of many parts ("1'1'1'..."), a
figure at every other character, a sentence of many days told in the past (asked again
over the whole sentence for every day), plain words and a real line.

    python benchmarks/bench_long_lines.py [--runs 5]

For each shape: the median time to read and score 20 KB and 80 KB of it, and their ratio.
Linear work gives about 4 (memory adds a little); quadratic work would give 16. The target
is a ratio under 8 for every shape. The tests check linearity without a clock (pattern
attempts counted in tests/test_language_robustness.py); this measures the time itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import time

from simulator.language import AnalysisContext, analyze
from simulator.scoring import TurnContext, score_turn

CTX = AnalysisContext(today=dt.date(2026, 12, 1))
LINE = "Could you pay $250 by Friday the 11th by bank transfer? "
HOSTILE = [
    *("1,", "!", "1'", "!1", "1 ", "a ", "no. great. ", "\u0663,"),
    "you promised $5 by the 2nd, ",
    LINE,
]


def seconds(text: str, runs: int) -> float:
    """Median of `runs` timings without the cycle collector."""
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            score_turn(analyze(text, CTX), TurnContext())
            times.append(time.perf_counter() - started)
        finally:
            gc.enable()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    worst = 0.0
    print(f"{'shape':>16} {'20 KB ms':>10} {'80 KB ms':>10} {'ratio':>6}")
    for piece in HOSTILE:
        short = seconds(("$" + piece * 20_000)[:20_000], args.runs)
        long = seconds(("$" + piece * 80_000)[:80_000], args.runs)
        ratio = long / short
        worst = max(worst, ratio)
        print(f"{piece[:16]!r:>16} {short * 1000:>10.1f} {long * 1000:>10.1f} {ratio:>6.1f}")
    print(f"worst ratio {worst:.1f} (target < 8)")


if __name__ == "__main__":
    main()
