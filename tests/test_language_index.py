"""The word index (gate.WordIndex) is a shortcut, not a filter: every match plain scanning
finds, the index finds too."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from simulator.language.acts import _INDEX
from simulator.language.text import normalise

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "politeness"


def sample_lines() -> list[str]:
    lines = []
    for name in ("collector_lines.yaml", "collector_lines_holdout.yaml"):
        lines += [x["t"] for x in yaml.safe_load((DATA / name).read_text())["lines"]]
    lines += [
        "Could you pay $250 by Friday the 11th, or the 15th of December, by card?",
        "the  15th\tof December; the\nfifteenth",
        "F*** off, sh*t, f***ing fuuuck",
        "PAY NOW!!! ok?? fine... WHATEVER, so the money's coming?",
        "It's 12/15, 2026-12-20, at 5 pm, by noon or in 3 days",
    ]
    corpus = CORPUS / "wikipedia.annotated.csv"
    if corpus.is_file():
        with corpus.open(newline="", encoding="utf-8") as handle:
            lines += [row["Request"] for row in csv.DictReader(handle)][:1500]
    return lines


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return sample_lines()


def test_the_index_finds_every_match_plain_scanning_finds(lines: list[str]) -> None:
    missed = []
    for line in lines:
        norm = normalise(line)
        found = _INDEX.scan_line(norm)
        indexed = {(i, m.start()) for matches in found.values() for i, _k, m in matches}
        for i in range(len(_INDEX.items)):
            for m in _INDEX.regex(i).finditer(norm):
                if (i, m.start()) not in indexed:
                    missed.append((_INDEX.items[i][2][:50], line[:60], m.group()))
    assert missed == []


def test_most_patterns_are_indexed_not_scanned() -> None:
    assert len(_INDEX.scan) < 0.1 * len(_INDEX.items)


def test_a_pattern_without_a_closing_boundary_is_tried_inside_longer_words() -> None:
    from simulator.language.gate import WordIndex

    index = WordIndex([("f", 0, r"\bhalf", 0), ("f", 1, r"\bhalf(?:\s+of\s+it)?", 0)])
    found = index.scan_line("halfway there, half of it")
    assert sorted((i, m.group()) for i, _k, m in found["f"]) == [
        (0, "half"),
        (0, "half"),
        (1, "half"),
        (1, "half of it"),
    ]


def test_openings_factored_by_the_parser_are_still_whole_words() -> None:
    """'you\\s+have|you've\\s+got' parses as 'you' then a choice; the index follows the
    choice, so the pattern is tried only at "you have" and "you've", not at every "you"."""
    from simulator.language.gate import word_openings

    plan = word_openings(r"\b(?:you\s+have|you've\s+got|you\s+get)\s+\d+\s+days")
    assert plan is not None
    assert set(plan) == {("you", True), ("you've", True)}
    guard = plan[("you", True)]
    assert guard is not None and guard[0] == frozenset({"have", "get"})


def test_strategies_and_amounts_share_one_split_into_letter_runs() -> None:
    """The reader splits a line into letter runs once and hands them to both readers: that
    is only right while both would split it the same way."""
    from simulator.language import numbers, strategies

    assert numbers._TOKEN.pattern == strategies.TOKEN.pattern


def test_the_shipped_openings_table_matches_the_patterns_as_they_are() -> None:
    """The table spares every start ~40 ms of pattern parsing; a stale row would key a
    pattern by the wrong words, so it must be exactly what parsing gives today."""
    import json

    from simulator.language.gate import TABLE
    from simulator.language.openings import current_rows

    shipped = json.loads(TABLE.read_text(encoding="utf-8"))
    assert shipped == current_rows(), (
        "simulator/language/pattern_openings.json is out of date: "
        "run `python -m simulator.language.openings`"
    )


def test_a_pattern_missing_from_the_table_is_parsed_and_indexed_the_same(
    monkeypatch: pytest.MonkeyPatch, lines: list[str]
) -> None:
    from simulator.language import gate

    monkeypatch.setattr(gate, "_TABLE", [{}])  # as if no pattern were in the table
    parsed = gate.WordIndex(_INDEX.items, ordered=_INDEX.ordered)
    assert parsed.scan == _INDEX.scan
    for line in lines[:400]:
        norm = normalise(line)
        want = {f: [(i, m.span()) for i, _k, m in v] for f, v in _INDEX.scan_line(norm).items()}
        got = {f: [(i, m.span()) for i, _k, m in v] for f, v in parsed.scan_line(norm).items()}
        assert got == want, line
