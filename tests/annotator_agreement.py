"""How often two careful people read a line the same way: the ceiling for the reader's figure.

    python tests/annotator_agreement.py            # both blind sets
    python tests/annotator_agreement.py blind2 -v  # one, with the acts they disagree on

A second annotator, who never saw the code or the first writer's labels, read every line of the
first blind set and 250 lines of the second (chosen at random, seed 7) from FORMAT.md alone:
tests/data/conversation/agreement/<set>.yaml. Their reading is scored against the blind set's
labels exactly as conversation_eval.py scores the reader's: acts (less those the first writer
marked optional), the three slots and the wrong-party flags.
"""

from __future__ import annotations

import argparse
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).parent / "data" / "conversation"
SETS = ("blind", "blind2")


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def agreement(name: str) -> tuple[int, int, int, int, Counter[str]]:
    """(lines, all right, acts right, slots right, acts disagreed on) for one blind set."""
    data = yaml.safe_load((ROOT / name / "lines.yaml").read_text(encoding="utf-8"))
    gold = {line["id"]: line for line in data["lines"]}
    second = yaml.safe_load((ROOT / "agreement" / f"{name}.yaml").read_text(encoding="utf-8"))
    right = acts_right = slots_right = 0
    disagreed: Counter[str] = Counter()
    for reading in second["lines"]:
        line = gold[reading["id"]]
        optional = set(line.get("optional") or ())
        want = set(line.get("acts") or ()) - optional
        got = set(reading.get("acts") or ()) - optional
        a, b = line.get("slots") or {}, reading.get("slots") or {}
        slots = (
            _money(a.get("amount")) == _money(b.get("amount"))
            and str(a.get("date")) == str(b.get("date"))
            and a.get("method") == b.get("method")
        )
        flags = set(line.get("flags") or ()) == set(reading.get("flags") or ())
        acts_right += want == got
        slots_right += slots
        right += want == got and slots and flags
        disagreed.update(want ^ got)
    return len(second["lines"]), right, acts_right, slots_right, disagreed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help=f"any of {', '.join(SETS)} (default: both)")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets if name not in SETS]
    if unknown:
        parser.error(f"no second reading of {', '.join(unknown)}: choose from {', '.join(SETS)}")
    for name in args.sets or SETS:
        n, right, acts, slots, disagreed = agreement(name)
        print(
            f"{name}: {n} lines; the second annotator agrees on {100 * right / n:.1f}% "
            f"(acts {100 * acts / n:.1f}%, slots {100 * slots / n:.1f}%)"
        )
        if args.verbose:
            print("  acts disagreed on:", ", ".join(f"{a} {c}" for a, c in disagreed.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
