"""Patterns rebuilt from kept programs are the patterns re.compile makes, and a missing,
damaged or foreign cache file only means compiling as usual."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.language import compiled
from simulator.language.acts import _INDEX
from simulator.language.text import normalise

SAMPLES = [
    "Could you pay $250 by Friday the 11th, or the 15th of December, by card?",
    "Hi, is this Megan Chang? I'm calling about the car loan, it's 12/15 now.",
    "I'm not going to threaten you. We'll sue and garnish your wages, idiot!!",
    "So, whatever, pay it sometime next month or the month after?",
    "JUST PAY NOW. just to confirm: two hundred and fifty dollars on the 3rd via transfer",
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has read no cache yet, in the test's own cache folder."""
    monkeypatch.setattr(compiled, "_known", None)
    monkeypatch.setattr(compiled, "_new", {})
    monkeypatch.setattr(compiled, "_kept_at", [])


def same(built: re.Pattern[str], pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    assert (built.pattern, built.flags, built.groups, built.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    for line in SAMPLES:
        norm = normalise(line)
        found = [(m.span(), m.groups()) for m in built.finditer(norm)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(norm)], pattern


@pytest.mark.skipif(not compiled.ENGINE, reason="programs are kept on CPython only")
def test_every_reader_pattern_rebuilt_from_its_kept_program_is_the_same_pattern(
    fresh: None,
) -> None:
    for _family, _key, pattern, flags in _INDEX.items:
        compiled.compile_pattern(pattern, flags)  # first: compiled, and its program kept
    compiled._write()
    assert compiled.cache_file().is_file()
    compiled._known = None  # as the next run: everything comes from the file
    compiled._kept_at.clear()
    for _family, _key, pattern, flags in _INDEX.items:
        same(compiled.compile_pattern(pattern, flags), pattern, flags)
    assert not compiled._new  # nothing had to be compiled again


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", b"\xe9" * 100, b"N", b"[1, 2, 3]", b"\x00" * 4096],
)
def test_a_damaged_cache_file_means_compiling_as_usual(fresh: None, content: bytes) -> None:
    path = compiled.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    pattern, flags = r"\b(?:pay|paid)\s+(?P<amount>\d+)", re.MULTILINE
    same(compiled.compile_pattern(pattern, flags), pattern, flags)


@pytest.mark.skipif(not compiled.ENGINE, reason="programs are kept on CPython only")
def test_a_kept_program_that_no_longer_fits_is_compiled_afresh(fresh: None) -> None:
    pattern = r"\bby\s+(?P<day>friday|monday)\b"
    compiled._known = {(pattern, 0): (0, [1, 2, 3], 0, {}, ())}  # not a valid program
    compiled._kept_at.append(compiled.cache_file())
    same(compiled.compile_pattern(pattern), pattern, 0)


def test_the_second_run_reads_what_the_first_kept(tmp_path: Path) -> None:
    lines = tmp_path / "lines.txt"
    lines.write_text("\n".join(SAMPLES) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "simulator", "score", "--json", "--today", "2026-12-01"]
    first = subprocess.run([*command, str(lines)], capture_output=True, text=True, check=True)
    kept = list(Path(compiled.cache_file().parent).glob("patterns-*"))
    assert len(kept) == (1 if compiled.ENGINE else 0)
    second = subprocess.run([*command, str(lines)], capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout
    assert first.stderr == second.stderr == ""
