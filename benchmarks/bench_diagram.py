"""How long a scenario's diagram takes to draw for a very large scenario: a chain of 6,000
states with a transition from every state ("*") to the last. Drawing once took 20 s (states
times transitions); the target is under 2 s for the text diagram and 5 s for Mermaid.
`tests/test_hostile_content.py` checks the diagram is drawn whole; this measures the time.

    python benchmarks/bench_diagram.py [--states 6000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from simulator.content.library import load_library
from simulator.engine.diagram import mermaid, text_diagram

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_hostile_content import chain  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--states", type=int, default=6000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "content" / "scenarios"
        folder.mkdir(parents=True)
        (folder / "big_one.yaml").write_text(chain(args.states), encoding="utf-8")
        scenario = load_library([str(folder.parent)], include_user=False).scenarios["big_one"]
        for name, draw, target in (("text diagram", text_diagram, 2.0), ("mermaid", mermaid, 5.0)):
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                draw(scenario)
                times.append(time.perf_counter() - started)
            median = statistics.median(times)
            verdict = "meets" if median < target else "MISSES"
            print(f"{name}: median {median:.3f} s over {args.runs} runs ({verdict} {target:g} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
