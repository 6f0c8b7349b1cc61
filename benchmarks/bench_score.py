"""`collectsim score` speed: throughput on 20,000 distinct lines, startup, peak memory.

    python benchmarks/bench_score.py [--lines 20000] [--runs 5] [--against REV]

Each figure is the median of several runs of the real command in a fresh process: as users
run it (a file this large is scored by one process a CPU core) and with `--jobs 1` (one
process, one core: the figure that tells whether the reader itself got faster). Lines are
distinct: templates from the labelled collector set with varied amounts, days and names and
an opener or closer now and then, so nothing is measured from a cache. Also the time to read
and score one 100 KB line, in process (the robustness tests check the work is linear without
a clock). Targets: >= 5,000 lines/s (issue 10: reading in context and the act model cost
about half of issue 3's 10,000), startup < 0.5 s, memory < 80 MB.

`--against REV` runs this tree and REV's in turns on the same lines and prints their ratio,
which holds when the load of a shared machine moves the absolute figures (here by +-20%).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
LABELLED = REPO / "tests" / "data" / "collector_lines.yaml"
COMMAND = [sys.executable, "-m", "simulator", "score", "--json", "--today", "2026-12-01"]
NAMES = ["Ana", "Sam", "Priya", "Tom", "Jamie", "Maria", "Alex", "Dana", "Lee", "Chris"]
OPENERS = ["", "", "", "Okay, ", "Right, ", "So, ", "Well, ", "Look, ", "Sure, ", "Alright, "]
CLOSERS = ["", "", "", " Okay?", " Thanks.", " Is that alright?", " Right?", " Please."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def make_lines(n: int, seed: int = 0) -> list[str]:
    """Distinct lines shaped like real trainee lines: the labelled collector lines with their
    amounts, days and names varied, and an opener or closer now and then (mean ~55 chars)."""
    templates = [line["t"] for line in yaml.safe_load(LABELLED.read_text())["lines"]]
    rng = random.Random(seed)
    lines: list[str] = []
    seen: set[str] = set()
    while len(lines) < n:
        line = rng.choice(templates)
        line = re.sub(r"\$\d[\d,]*(?:\.\d\d)?", lambda _m: f"${rng.randint(20, 2000)}", line)
        line = re.sub("|".join(DAYS), lambda _m: rng.choice(DAYS), line)
        line = re.sub("|".join(NAMES), lambda _m: rng.choice(NAMES), line)
        line = rng.choice(OPENERS) + line + rng.choice(CLOSERS)
        if rng.random() < 0.3:
            line = f"{rng.choice(NAMES)}, {line[0].lower()}{line[1:]}"
        if line not in seen:
            seen.add(line)
            lines.append(line)
    return lines


def timed(
    args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of the command. CPU time is reported beside wall
    time because this 2-core box is shared: other work inflates the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True, env=env, cwd=cwd
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def peak_memory_mb(path: Path) -> float:
    """Peak resident memory of the command, measured from a fresh parent."""
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run({COMMAND!r} + [{str(path)!r}], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024  # Linux reports KiB


LONG_LINE = ("Could you pay $250 by Friday the 11th by bank transfer? " * 2000)[:100_000]


def long_line_seconds(runs: int) -> float:
    """Median seconds to read and score one 100 KB line in this process (the reader promises
    work linear in the line; tests check that by counting pattern attempts, this times it)."""
    import datetime as dt

    from simulator.language import AnalysisContext, analyze
    from simulator.scoring import TurnContext, score_turn

    context = AnalysisContext(today=dt.date(2026, 12, 1))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        score_turn(analyze(LONG_LINE, context), TurnContext())
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _warm_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compare(rev: str, lines: list[str], runs: int) -> int:
    """This tree against REV's (checked out in a temporary worktree), run in turns on the same
    lines: a shared machine slows both alike, so their ratio holds when absolute figures
    drift with the machine's load."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        other = Path(tmp) / "other"
        git = ["git", "-C", str(REPO), "worktree"]
        subprocess.run([*git, "add", "--detach", "-q", str(other), rev], check=True)
        try:
            trees = {"this tree": REPO, rev: other}
            for tree in trees.values():  # .pyc files, for both alike
                subprocess.run(
                    COMMAND + [str(path)],
                    stdout=subprocess.DEVNULL,
                    check=True,
                    env={**_warm_env(), "PYTHONPATH": str(tree)},
                    cwd=tree,
                )
            walls: dict[str, list[float]] = {name: [] for name in trees}
            for _ in range(runs):
                for name, tree in trees.items():
                    env = {**os.environ, "PYTHONPATH": str(tree)}
                    walls[name].append(timed(COMMAND + [str(path)], env, tree)[0])
        finally:
            subprocess.run([*git, "remove", "--force", str(other)], check=False)
    medians = {name: statistics.median(times) for name, times in walls.items()}
    for name, median in medians.items():
        print(f"{name}: {median:.3f} s median, {len(lines) / median:,.0f} lines/s")
    print(f"this tree is {medians[rev] / medians['this tree']:.2f}x as fast as {rev}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--against", metavar="REV", help="compare with a git revision, in turns (noise-proof)"
    )
    args = parser.parse_args()

    lines = make_lines(args.lines)
    if args.against:
        return compare(args.against, lines, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        # Warm the file cache and write the .pyc files, as any install has them (pip compiles
        # them; Python writes them on first run). Where PYTHONDONTWRITEBYTECODE is set (as in
        # some sandboxes) nothing would write them and every run would compile the sources.
        subprocess.run(
            COMMAND + [str(path)], stdout=subprocess.DEVNULL, check=True, env=_warm_env()
        )
        startups = [timed(COMMAND) for _ in range(args.runs)]
        totals = [timed(COMMAND + [str(path)]) for _ in range(args.runs)]
        ones = [timed(COMMAND + ["--jobs", "1", str(path)]) for _ in range(args.runs)]
        memories = [peak_memory_mb(path) for _ in range(3)]

    long_line = long_line_seconds(args.runs)
    startup = statistics.median(w for w, _c in startups)
    startup_cpu = statistics.median(c for _w, c in startups)
    total = statistics.median(w for w, _c in totals)
    one = statistics.median(w for w, _c in ones)
    one_cpu = statistics.median(c for _w, c in ones)
    report = {
        "lines": args.lines,
        "mean_line_chars": round(sum(map(len, lines)) / len(lines), 1),
        "runs": args.runs,
        "startup_wall_s": round(startup, 3),
        "startup_cpu_s": round(startup_cpu, 3),
        "total_wall_s": round(total, 3),
        "lines_per_s_wall": round(args.lines / total),
        # the fastest run: what the machine does when nothing else runs (as timeit reports)
        "lines_per_s_fastest": round(args.lines / min(w for w, _c in totals)),
        "cores": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "one_process_wall_s": round(one, 3),
        "one_process_lines_per_s_wall": round(args.lines / one),
        "one_process_lines_per_s_cpu": round(args.lines / one_cpu),
        "one_process_lines_per_s_fastest": round(args.lines / min(w for w, _c in ones)),
        "peak_memory_mb": round(statistics.median(memories), 1),
        "line_100kb_s": round(long_line, 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(report, indent=2))
    print(
        f"\n{report['lines_per_s_wall']:,} lines/s by the wall clock (median; fastest run "
        f"{report['lines_per_s_fastest']:,}) as run, on {report['cores']} cores "
        f"(target >= 5,000); one process (--jobs 1): {report['one_process_lines_per_s_wall']:,} "
        f"by the wall clock, {report['one_process_lines_per_s_cpu']:,} by CPU time;"
        f" startup {startup:.2f} s (target < 0.5 s);"
        f" peak memory {report['peak_memory_mb']} MB (target < 80 MB);"
        f" a 100 KB line {long_line:.3f} s (issue 3: well under 1 s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
