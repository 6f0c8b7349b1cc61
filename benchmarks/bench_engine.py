"""Engine speed and size: per-turn latency of Call.say over every bundled scenario, a whole
scripted call, and the peak memory of a process that loaded all content.

    python benchmarks/bench_engine.py [--rounds 20]

Targets on a 2-core machine: median turn <= 1 ms, p99 <= 5 ms, memory <= 80 MB.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from simulator.content.library import load_library
from simulator.engine.call import Call
from simulator.engine.lines import fill

ROOT = Path(__file__).resolve().parent.parent
FALLBACK_SCRIPT = [
    "Hello, this is Sam from {lender}. Am I speaking with {debtor_name}?",
    "I'm calling about your {loan_type}: {amount_overdue} was due on {due_date}.",
    "I understand. What happened with the payment?",
    "Could you pay the {amount_overdue} by Friday?",
    "Would you pay {amount_overdue} by Friday by card?",
    "So that's {amount_overdue} by Friday by card, correct?",
]


def script_for(scenario_id: str) -> list[str]:
    path = ROOT / "tests" / "data" / "scripts" / scenario_id / "good.txt"
    if path.exists():
        return [
            ln for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("# ")
        ]
    return FALLBACK_SCRIPT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="seeds per scenario")
    args = parser.parse_args()
    t0 = time.perf_counter()
    lib = load_library(include_user=False)
    load_ms = (time.perf_counter() - t0) * 1000
    turn_ms: list[float] = []
    call_ms: list[float] = []
    for scenario in lib.scenarios.values():
        persona = lib.persona_for(scenario)
        script = script_for(scenario.id)
        for seed in range(args.rounds):
            start = time.perf_counter()
            call = Call(scenario, persona, seed=seed)
            for line in script:
                if call.finished:
                    break
                text = fill(line, call.values)
                t = time.perf_counter()
                call.say(text)
                turn_ms.append((time.perf_counter() - t) * 1000)
            call.scores()
            call_ms.append((time.perf_counter() - start) * 1000)
    turn_ms.sort()
    p99 = turn_ms[int(len(turn_ms) * 0.99) - 1]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak_kb / 1024 if sys.platform != "darwin" else peak_kb / 1024 / 1024
    print(f"scenarios: {len(lib.scenarios)}  calls: {len(call_ms)}  turns: {len(turn_ms)}")
    print(f"content load: {load_ms:.1f} ms")
    print(
        f"Call.say: median {statistics.median(turn_ms):.3f} ms, p99 {p99:.3f} ms "
        f"(targets 1 ms / 5 ms)"
    )
    print(
        f"whole scripted call (incl. record and scoring): median "
        f"{statistics.median(call_ms):.2f} ms"
    )
    print(f"peak memory (max RSS): {peak_mb:.1f} MB (target 80 MB)")


if __name__ == "__main__":
    main()
