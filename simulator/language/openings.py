"""Rewrite the table of where the reader's patterns can start (`pattern_openings.json`).

    python -m simulator.language.openings

Run it after changing a pattern in the lexicon, strategies, dates, methods or numbers; the
test suite fails with this command's name while the table is out of date.
"""

from __future__ import annotations

import json

from simulator.language.gate import TABLE, compute_plan, plan_to_json


def current_rows() -> list[dict[str, object]]:
    """The table as the reader's patterns are now: one row per distinct pattern, in order."""
    from simulator.language.acts import _INDEX

    patterns = list(dict.fromkeys(pattern for _family, _key, pattern, _flags in _INDEX.items))
    return [plan_to_json(pattern, compute_plan(pattern)) for pattern in patterns]


def render(rows: list[dict[str, object]]) -> str:
    """One pattern a line, so a changed pattern is a one-line diff."""
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


def main() -> None:
    rows = current_rows()
    TABLE.write_text(render(rows), encoding="utf-8")
    print(f"wrote {len(rows)} patterns to {TABLE}")


if __name__ == "__main__":
    main()
