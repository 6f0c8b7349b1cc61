"""Content loading speed: how fast hostile files are refused and how long checking all content
takes.

    python benchmarks/bench_content.py [--rounds 15]

Target (issue 2): a file over 1 MB, or an alias bomb ("billion laughs"), is refused within a
second. Medians and worst cases are printed in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from simulator.content.library import load_library
from simulator.content.lint import lint_library
from simulator.content.yaml_source import SourceError, read_yaml

ROOT = Path(__file__).resolve().parent.parent
LAUGHS = ROOT / "tests" / "data" / "broken" / "scenarios" / "billion_laughs.yaml"


def timed(action: Callable[[], object], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def refused(path: Path) -> Callable[[], object]:
    def run() -> object:
        try:
            read_yaml(path)
        except SourceError as exc:
            return exc
        raise AssertionError(f"{path} was not refused")

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "big.yaml"
        big.write_text("id: big\n" + "# padding\n" * 150_000, encoding="utf-8")
        deep = folder / "deep_bomb.yaml"
        rows = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        rows += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 20)]
        deep.write_text("\n".join(rows) + "\n", encoding="utf-8")
        cases: list[tuple[str, Callable[[], object]]] = [
            ("refuse billion laughs (9 levels)", refused(LAUGHS)),
            ("refuse alias bomb (20 levels, 10^20 values)", refused(deep)),
            ("refuse a 1.5 MB file", refused(big)),
            ("load all bundled content", lambda: load_library(include_user=False)),
            ("load and lint all bundled content", lambda: lint_library(load_library())),
        ]
        for name, action in cases:
            median, worst = timed(action, rounds)
            print(f"{name:<46} median {median:8.2f} ms   max {worst:8.2f} ms")


if __name__ == "__main__":
    main()
