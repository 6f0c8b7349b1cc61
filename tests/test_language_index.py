"""The word index (gate.WordIndex) is a shortcut, not a filter: it finds exactly the matches
plain scanning finds, each pattern's own `finditer` over the whole normalised line."""

from __future__ import annotations

import csv
import re
import string
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.language.acts import _INDEX
from simulator.language.gate import WordIndex
from simulator.language.text import normalise

# the table-writing step lives in benchmarks/ (it reads CPython's private regex parser)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "politeness"
# Values for the scripts' {placeholders}, as a collection record fills them.
FILLED = {
    "amount_overdue": "$2,937.65",
    "half_overdue": "$1,468.83",
    "instalment": "$245",
    "days_past_due": "34",
    "due_date": "November 3",
    "debtor_name": "Megan Chang",
    "lender": "Northwind Bank",
    "loan_type": "car loan",
    "collateral": "2019 Honda Civic",
    "broken_promises": "2",
}


def script_lines() -> list[str]:
    """Every line of every bundled script, as written and with its placeholders filled."""
    lines = []
    for path in sorted((DATA / "scripts").glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.append(line)
            lines.append(re.sub(r"\{(\w+)\}", lambda m: FILLED.get(m[1], m[0]), line))
    return lines


def sample_lines() -> list[str]:
    lines = []
    for name in ("collector_lines.yaml", "collector_lines_holdout.yaml"):
        lines += [x["t"] for x in yaml.safe_load((DATA / name).read_text())["lines"]]
    lines += script_lines()
    lines += [
        "Could you pay $250 by Friday the 11th, or the 15th of December, by card?",
        "the  15th\tof December; the\nfifteenth",
        "F*** off, sh*t, f***ing fuuuck",
        "PAY NOW!!! ok?? fine... WHATEVER, so the money's coming?",
        "It's 12/15, 2026-12-20, at 5 pm, by noon or in 3 days",
        "the day after tomorrow, the full balance, okay, pay whenever, sure, okay, pay whenever",
        "the piano. great.",  # "no" inside "piano": not a word a pattern opens with
        "thank you'll, sorry's fine, you 'll pay, don't've, x'you're, wash*t",
        "\u0663 now and the rest later, \u0663\u0660 dollars now and the balance",
    ]
    corpus = CORPUS / "wikipedia.annotated.csv"
    if corpus.is_file():
        with corpus.open(newline="", encoding="utf-8") as handle:
            lines += [row["Request"] for row in csv.DictReader(handle)][:1500]
    return lines


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return sample_lines()


_REFERENCE = [re.compile(pattern, flags) for _family, _key, pattern, flags in _INDEX.items]


def indexed(norm: str, index: WordIndex = _INDEX) -> list[tuple[int, int, int]]:
    """(pattern, start, end) of every match the index finds in a normalised line."""
    found = index.scan_line(norm)
    return sorted((i, *m.span()) for matches in found.values() for i, _key, m in matches)


def scanned(norm: str) -> list[tuple[int, int, int]]:
    """The reference: each pattern's own finditer over the whole line, with its flags."""
    return sorted(
        (i, *m.span()) for i, regex in enumerate(_REFERENCE) for m in regex.finditer(norm)
    )


def differences(texts: Iterable[str]) -> list[tuple[str, str, str]]:
    """(pattern, line, "missed"/"extra" and the words) wherever the two disagree."""
    out = []
    for text in texts:
        norm = normalise(text)
        got, want = indexed(norm), scanned(norm)
        if got != want:
            for i, start, end in sorted(set(want) - set(got)):
                out.append((_INDEX.items[i][2][:60], text[:80], f"missed {norm[start:end]!r}"))
            for i, start, end in sorted(set(got) - set(want)):
                out.append((_INDEX.items[i][2][:60], text[:80], f"extra {norm[start:end]!r}"))
            if set(got) == set(want):
                out.append(("", text[:80], "the same matches, not as many times"))
    return out


def test_the_index_finds_exactly_what_plain_scanning_finds(lines: list[str]) -> None:
    assert len(lines) > 600  # the labelled sets and scripts; with the corpus, 1,500 more
    assert differences(lines) == []


def _pattern_words() -> list[str]:
    """The words the reader's patterns are written with ("could", "you're", "pay"), and
    pieces of them: what a line must hold for the patterns to match, or nearly match."""
    words: set[str] = set()
    for _family, _key, pattern, _flags in _INDEX.items:
        plain = re.sub(r"\\[a-zA-Z]", " ", pattern)  # \\s, \\b, \\d are not words
        words.update(re.findall(r"[a-z][a-z']*", plain))
    return sorted(words)


WORDS = _pattern_words()
# What may come between two words: spaces, punctuation, an apostrophe, or nothing at all
# ("can" + "not" is "cannot"; "you" + "'" + "re" is "you're").
SEPARATORS = [" ", " ", " ", "  ", "", "'", ", ", ". ", "! ", "? ", "!", "?", "...", "-", "\t"]
SEPARATORS += [" $", "/", ":", " '", "' ", "_", "\u00e9", "*", "\n"]
NUMBERS = ["1", "3", "12", "15th", "250", "1,200", "420.50", "12/15", "2026-12-20", "5", "\u0663"]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.text(alphabet=string.ascii_lowercase + string.digits + "'", min_size=1, max_size=4),
)
LINES = st.lists(st.tuples(PIECES, st.sampled_from(SEPARATORS)), min_size=1, max_size=30).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


@settings(
    max_examples=600,
    deadline=None,
    derandomize=True,  # the same lines on every run: a failure is a finding, never noise
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(LINES)
def test_on_lines_made_of_the_patterns_own_words_the_index_equals_plain_scanning(
    line: str,
) -> None:
    assert differences([line]) == []


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
    from pattern_openings import word_openings

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

    from pattern_openings import current_rows

    from simulator.language.gate import TABLE

    shipped = json.loads(TABLE.read_text(encoding="utf-8"))
    assert shipped == current_rows(), (
        "simulator/language/pattern_openings.json is out of date: "
        "run `python benchmarks/pattern_openings.py`"
    )


def test_a_scanned_pattern_of_several_ways_is_tried_only_on_lines_with_a_word_of_one() -> None:
    """A pattern that cannot be indexed ("(?:^|[.!?]\\s*)cute" opens after punctuation) is
    still skipped on a line holding none of the texts its ways need: each way's own ("cute",
    "bleeds", "b-day"), not the common words some ways open with ("my", "ur", ",")."""
    from pattern_openings import required_text

    assert required_text(r"(?:^|[.!?]\s*)(?:oh\s+)?cute\s*[.!]|\bmy\s+heart\s+bleeds\b") == (
        "bleeds",
        "cute",
    )
    assert required_text(r"(?:^|[.?!]\s*)(?:ur\s+)?(?:birthday|bday|b-day)\s*\?") == (
        "b-day",
        "bday",
        "birthday",
    )
    assert required_text(r",\s*(?:genius|dummy)\b|\s(?:genius|dummy)\s*$") == ("dummy", "genius")
    # a way with nothing known to need: every line is scanned
    assert required_text(r"(?:^|[.!?]\s*)cute\b|\d+[.!]") is None


def test_a_pattern_missing_from_the_table_is_scanned_and_finds_the_same(
    monkeypatch: pytest.MonkeyPatch, lines: list[str]
) -> None:
    from simulator.language import gate

    monkeypatch.setattr(gate, "_TABLE", [{}])  # as if no pattern were in the table
    parsed = gate.WordIndex(_INDEX.items, ordered=_INDEX.ordered)
    assert len(parsed.scan) == len(_INDEX.items)  # every pattern scanned: slower, as exact
    for line in lines[:400]:
        norm = normalise(line)
        want = {
            f: sorted((i, m.span()) for i, _k, m in v) for f, v in _INDEX.scan_line(norm).items()
        }
        got = {
            f: sorted((i, m.span()) for i, _k, m in v) for f, v in parsed.scan_line(norm).items()
        }
        assert got == want, line


def test_the_debtors_terms_read_in_one_pass_equal_each_familys_own_reading(
    lines: list[str],
) -> None:
    """The debtor's last line is read for its terms once a turn through one index of the three
    families (dates, ways, sums); each family's own index gives the same terms."""
    import datetime as dt
    from decimal import Decimal

    from simulator.language import acts
    from simulator.language.dates import find_dates
    from simulator.language.methods import find_method
    from simulator.language.numbers import find_amounts
    from simulator.language.strategies import TOKEN

    today, overdue = dt.date(2026, 3, 10), Decimal("616.84")
    for text in lines:
        norm = normalise(text)
        days = find_dates(norm, today)
        sums = find_amounts(
            norm, overdue, [(d.start, d.end) for d in days], tokens=TOKEN.findall(norm)
        )
        way = find_method(norm, keep_told_of=True)
        said = acts._debtor_terms(text, today, overdue)
        assert said[0] == frozenset(a.value for a in sums if a.value is not None), text
        assert said[2] == frozenset((way[0],) if way is not None else ()), text
        assert {d.date for d in days if d.date >= today} >= said[1], text
