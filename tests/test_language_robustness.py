"""The reader never stops a call: any input, any size, always the same answer, and work that
grows with the line. (Speed itself is measured by benchmarks/bench_score.py, not here.)"""

from __future__ import annotations

import datetime as dt
import functools
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from simulator.language import Act, AnalysisContext, analyze
from simulator.language.acts import _INDEX

CTX = AnalysisContext(today=dt.date(2026, 12, 1))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02\x7f",
        "İstanbul ÇALIŞMA ǅ ß ﬁ",  # characters whose lowercase is longer
        "\u202eevil right-to-left\u202c",
        "💸💸💸 pay 💸 today 😡",
        "𝐏𝐚𝐲 𝐧𝐨𝐰",
        "\ud800 lone surrogate",
        "(((((((((((([[[[[{{{{{",
        "$" * 1000,
        "1" * 5000,
        "the 15th " * 2000,
        "pay $5 today, " * 3000,
        "not " * 20000,
        "a" * 100_000,
    ],
    ids=lambda text: f"{len(text)}-chars-{text[:12]!r}",
)
def test_any_input_is_read_without_raising(text: str) -> None:
    analysis = analyze(text, CTX)
    assert analysis.text == text
    assert analysis.acts


def test_non_string_input_does_not_raise() -> None:
    assert analyze(None, CTX).acts == (Act.OTHER,)  # type: ignore[arg-type]


LINE = "Could you pay $250 by Friday the 11th by bank transfer? "


def test_a_100kb_line_is_read_to_its_end() -> None:
    text = (LINE * 2000)[:100_000]
    analysis = analyze(text, CTX)
    assert {Act.ASK_PAYMENT, Act.SET_DEADLINE, Act.PROPOSE_TERMS} <= set(analysis.acts)
    assert analysis.slots.amount == Decimal("250")
    assert analysis.slots.date == dt.date(2026, 12, 11)
    assert analysis.slots.method == "transfer"
    # every repetition is read, the last (cut-off) one too: nothing is skipped
    amounts = [c for c in analysis.cues if c.name == "amount_digits"]
    assert len(amounts) == text.count("$250") > 1700
    assert amounts[-1].span.start == text.rindex("$250")
    asks = {c.span.start for c in analysis.cues if c.name == "ask_payment"}
    assert {m.start() for m in re.finditer("Could you pay", text)} <= asks


class _Counting:
    """A compiled pattern that counts the attempts made with it (all in tries[0]; those of a
    pattern scanned once a line, not tried at words, in tries[1] too)."""

    def __init__(self, pattern: re.Pattern[str], tries: list[int], scanned: bool) -> None:
        self.pattern = pattern
        self.tries = tries
        self.scanned = int(scanned)

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        self.tries[0] += 1
        self.tries[1] += self.scanned
        return self.pattern.match(string, pos)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        self.tries[0] += 1
        self.tries[1] += self.scanned
        return self.pattern.finditer(string)


@pytest.fixture
def tries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pattern attempts through the word index, counted (the index's own compiled patterns
    replaced by counting ones)."""
    count = [0, 0]
    scanned = set(_INDEX.scan)
    counting = [_Counting(_INDEX.regex(i), count, i in scanned) for i in range(len(_INDEX.items))]
    monkeypatch.setattr(_INDEX, "compiled", counting)
    # plans made before hold the plain patterns' `match`: start afresh, with counting ones
    monkeypatch.setattr(_INDEX, "tries", [None] * len(_INDEX.items))
    monkeypatch.setattr(_INDEX, "plans", {})
    monkeypatch.setattr(_INDEX, "shared", {})
    return count


def _tries_for(text: str, tries: list[int], at_words: bool = False) -> int:
    """The attempts reading the line made (`at_words`: only those the word index made at its
    words, not the patterns scanned once a line)."""
    tries[0] = tries[1] = 0
    analyze(text, CTX)
    return tries[0] - tries[1] if at_words else tries[0]


@pytest.mark.parametrize(
    "piece",
    [
        LINE,
        "Hi, this is Sam from Northwind Bank. Am I speaking with Ana Ruiz? ",
        "Okay, pay whenever you can, no rush. ",
        "the 15th ",
        "not ",
    ],
)
def test_the_work_grows_in_step_with_the_line(piece: str, tries: list[int]) -> None:
    """Linear without a clock: twice the text costs twice the pattern attempts (give or take
    the patterns scanned once a line), never more."""
    once = _tries_for(piece * 500, tries)
    twice = _tries_for(piece * 1000, tries)
    assert 0 < twice <= 2 * once + len(_INDEX.scan)


def test_patterns_are_tried_only_where_they_can_start(tries: list[int]) -> None:
    """The word index tries a handful of patterns a word, not all ~300 of them."""
    lines = [
        "Hi, this is Sam from Northwind Bank. Am I speaking with Ana Ruiz?",
        "I understand. Could you pay $250 by Friday by bank transfer?",
        "So that's $250 by Friday the 11th by bank transfer, correct?",
        "Okay, pay whenever you can, no rush.",
    ]
    words = sum(len(line.split()) for line in lines)
    # (counted apart from the patterns scanned once a line: one that needs a word the line
    # lacks is not tried at all, so "one try each" would not do)
    at_words = sum(_tries_for(line, tries, at_words=True) for line in lines)
    assert 0 < at_words <= 3 * words
    assert at_words < 0.1 * len(_INDEX.items) * len(lines)


def test_language_and_scoring_do_not_import_the_ui_or_heavy_libraries() -> None:
    code = (
        "import sys, simulator.language, simulator.scoring, simulator.commands.score\n"
        "heavy = {'textual', 'rich', 'pydantic', 'faker', 'transitions', 'numpy', 'sklearn'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# How reading time itself grows for hostile shapes is measured by
# benchmarks/bench_long_lines.py (a clock belongs in a benchmark, not a test).


_OLD_SENTENCE_END = re.compile(r"[.!?]+\s+(?=\S)|\n\s*(?=\S)")


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=".!? \n\tab1", max_size=40))
def test_sentences_start_where_they_did_before_runs_of_marks_were_read_once(text: str) -> None:
    from simulator.language.text import sentence_starts

    first = re.search(r"\S", text)
    old = [] if first is None else [first.start()]
    if first is not None:
        old += [m.end() for m in _OLD_SENTENCE_END.finditer(text, first.start())]
    assert list(sentence_starts(text)) == old


@functools.cache  # read once for the tests that use it (every corpus, 23 YAML files)
def _corpus_texts() -> tuple[str, ...]:
    import yaml

    texts: list[str] = []
    for path in sorted((Path(__file__).parent / "data" / "conversation").glob("*/lines.yaml")):
        texts += [line["text"] for line in yaml.safe_load(path.read_text())["lines"]]
    return (*texts, *(text.lower() for text in texts))  # in lowercase every word is tried


def test_the_quick_name_gate_drops_no_name_the_full_tests_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """identity._may_be_addressed spares most words the leads' regexes; it must be a superset
    of them: every line reads the same names with the gate as with every word tested."""
    from simulator.language import identity

    texts = _corpus_texts()
    gated = [identity.addressed_names(text) for text in texts]
    monkeypatch.setattr(identity, "_may_be_addressed", lambda _norm, _start: True)
    assert [identity.addressed_names(text) for text in texts] == gated
    assert sum(map(bool, gated)) > 500  # the corpora address plenty of names


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Is",
                "this",
                "Megan",
                "Chang",
                "?",
                ",",
                "hi",
                "it's",
                "Ana",
                "from",
                "Bank",
                "by",
                "any",
                "chance",
                "speaking",
                "to",
                "you",
                "are",
                "Friday",
                "pay",
                ".",
                "um",
                "good",
                "day",
                "Mr",
                "Lee",
                "there",
                "isn't",
                "it",
                "right",
                "looking",
                "for",
            ]
        ),
        max_size=14,
    )
)
# found by a random run in CI: a greeting, then a mark on its own, then the name
@example(["hi", ".", "Megan"])
def test_the_quick_name_gate_holds_on_any_words(words: list[str]) -> None:
    from simulator.language import identity

    texts = [" ".join(words), " ".join(words).lower()]
    found = [identity.addressed_names(text) for text in texts]
    original = identity._may_be_addressed
    try:
        identity._may_be_addressed = lambda _norm, _start: True  # type: ignore[assignment]
        assert [identity.addressed_names(text) for text in texts] == found
    finally:
        identity._may_be_addressed = original  # type: ignore[assignment]


def test_the_act_models_sums_do_not_follow_the_order_of_a_set() -> None:
    """Python orders a set of strings by their hashes, which change from run to run: summed in
    that order, a line near the edge was read two ways in two runs (a temperament reading
    with it). The same features in any order give the same sums, to the last bit."""
    from simulator.language.act_model import features, load_model

    model = load_model()
    assert model is not None
    for text in _corpus_texts()[:3000]:
        feats = features(text.lower(), ["ask_payment"], ["pay_verb"], (), ["date"], "explaining")
        forward = sorted(feats)
        assert model._totals(forward) == model._totals(forward[::-1]), text  # type: ignore[arg-type]


def test_the_act_models_packed_sums_are_the_weights_files_sums() -> None:
    """Each act's weights are packed side by side in one integer per feature: a line's
    totals must be exactly what the weights file adds up to, act by act, for short lines and
    for a pasted page (a field that carried into its neighbour would change another act)."""
    import json

    from simulator.language.act_model import WEIGHTS, features, load_model

    model = load_model()
    assert model is not None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    thousandths = {
        act: {f: round(w * 1000) for f, w in weights.items()}
        for act, weights in data["weights"].items()
    }
    page = " ".join(_corpus_texts()[:400])
    for text in [*_corpus_texts()[:500], page]:
        feats = features(text.lower(), ["ask_payment"], ["pay_verb"], ("question",), [], "opening")
        expected = [
            round(data["bias"][act] * 1000) + sum(thousandths[act].get(f, 0) for f in feats)
            for act in model.acts
        ]
        assert model._totals(feats) == expected, text[:80]


def _lines_run(text: str) -> int:
    """Lines of the reader's own Python run to read `text` (sys.settrace: a count, no clock)."""
    count = [0]
    reader = str(Path(analyze.__code__.co_filename).parent)

    def trace(frame: Any, event: str, _arg: Any) -> Any:
        if not frame.f_code.co_filename.startswith(reader):
            return None
        if event == "line":
            count[0] += 1
        return trace

    analyze(text[:10], CTX)  # the model and patterns loaded before counting
    sys.settrace(trace)
    try:
        analyze(text, CTX)
    finally:
        sys.settrace(None)
    return count[0]


@pytest.mark.parametrize(
    "piece",
    [
        LINE,
        "$30 on Friday the 13th and $30 on the 27th, say 20. The rest, 40, when? ",
        "the 13th. 13. then 150 on the 20th + 150 on the 27th. ",
    ],
)
def test_the_readers_own_steps_grow_in_step_with_the_line(piece: str) -> None:
    """Linear in Python too, not only in pattern attempts: twice the text runs about twice the
    reader's lines. (A look for the sum said right after each day went through every sum, and
    the rest's check through every day: a 100 KB line of days and sums took seconds.)"""
    once = _lines_run(piece * 150)
    twice = _lines_run(piece * 300)
    assert 0 < twice <= 2.2 * once


class _Spanning:
    """A compiled pattern that sums the characters its searches were given to scan."""

    def __init__(self, pattern: re.Pattern[str], scanned: list[int]) -> None:
        self._pattern = pattern
        self._scanned = scanned

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._scanned[0] += max(0, min(endpos, len(text)) - pos)
        return self._pattern.search(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _characters_searched(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    from simulator.language import acts

    scanned = [0]
    for name, value in vars(acts).items():
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(acts, name, _Spanning(value, scanned))
    acts._found.cache_clear()  # a search remembered from another test would not be counted
    analyze(text, CTX)
    monkeypatch.undo()
    return scanned[0]


@pytest.mark.parametrize(
    "piece", ["you promised $5 by the 2nd, ", "we spoke on the 2nd and you said 40 by the 3rd, "]
)
def test_a_sentence_of_many_days_is_searched_once_not_once_a_day(
    piece: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a sentence is told in the past was asked again over the whole sentence for
    every day in it: a line of a thousand 'you promised $5 by the 2nd' took seconds."""
    analyze(piece, CTX)  # the model and patterns loaded before counting
    once = _characters_searched(piece * 150, monkeypatch)
    twice = _characters_searched(piece * 300, monkeypatch)
    assert 0 < twice <= 2.2 * once
