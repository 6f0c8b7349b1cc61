"""The reader never stops a call: any input, any size, always the same answer, and fast."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import pytest

from simulator.language import Act, AnalysisContext, analyze

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


def test_a_100kb_line_takes_well_under_a_second() -> None:
    text = ("Could you pay $250 by Friday the 11th by bank transfer? " * 2000)[:100_000]
    started = time.perf_counter()
    analysis = analyze(text, CTX)
    assert time.perf_counter() - started < 1.0
    assert Act.ASK_PAYMENT in analysis.acts


def test_same_line_same_analysis() -> None:
    line = "Hi, I'm Sam from Northwind. Could you pay $250 by Friday, please?"
    assert analyze(line, CTX) == analyze(line, CTX)


def test_typical_lines_average_well_under_a_millisecond() -> None:
    lines = [
        "Hi, this is Sam from Northwind Bank. Am I speaking with Ana Ruiz?",
        "I understand. Could you pay $250 by Friday by bank transfer?",
        "So that's $250 by Friday the 11th by bank transfer, correct?",
        "Okay, pay whenever you can, no rush.",
    ] * 250
    analyze(lines[0], CTX)
    started = time.perf_counter()
    for line in lines:
        analyze(line, CTX)
    assert (time.perf_counter() - started) / len(lines) < 0.001


def test_language_and_scoring_do_not_import_the_ui_or_heavy_libraries() -> None:
    code = (
        "import sys, simulator.language, simulator.scoring, simulator.commands.score\n"
        "heavy = {'textual', 'rich', 'pydantic', 'faker', 'transitions', 'numpy', 'sklearn'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
