"""Where patterns may match: the reader's speed budget (~0.1 ms a line).

Scanning ~300 patterns over every line would cost milliseconds. Instead, each pattern's
parse tree tells which words a match can begin with ("could you" begins with "could"); a line
is split into words once, and each pattern is tried (an anchored `match`) only at the words it
can begin with. The shortcut is exact, never a heuristic: a pattern whose opening cannot be
derived is simply scanned. Tests compare the indexed reading with plain scanning.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser is private API; without it every pattern simply always runs
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _p  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - other Pythons
    _p = None
    _c = None

GRAM = 3
DIGIT = "#"  # the opening of patterns that start with a number


_WORD_START = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
_TOKEN = re.compile(r"[a-z0-9']+")
_DIGITS = frozenset("0123456789")
Opening = tuple[str, bool]  # (literal a match starts with, is it a whole word?)


def _ends_word(seq: list[Any], j: int) -> bool:
    """Does what follows position j in the parsed pattern stop the word (space, \b, end)?"""
    if j >= len(seq):
        return True
    op, arg = seq[j]
    if op is _c.AT:
        return True
    if op is _c.LITERAL:
        return chr(arg) not in _LETTERS
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
        return _ends_word(list(arg[2]), 0)
    if op is _c.IN:
        return all(
            (kind is _c.CATEGORY and value is _c.CATEGORY_SPACE)
            or (kind is _c.LITERAL and chr(value) not in _LETTERS)
            for kind, value in arg
        )
    return False


def _first_literals(seq: list[Any], depth: int = 0) -> set[Opening] | None:
    """The literal openings one of which every match starts with (after \b); None: unknown."""
    if depth > 12:
        return None
    i = 0
    while i < len(seq) and seq[i][0] is _c.AT:
        i += 1
    if i == len(seq):
        return None
    op, arg = seq[i]
    rest = list(seq[i + 1 :])
    if (op is _c.LITERAL and chr(arg).isdigit()) or (op is _c.IN and _digits_only(arg)):
        return {(DIGIT, False)}  # a number: tried at every word that starts with a digit
    if op is _c.LITERAL:
        run = ""
        j = i
        while j < len(seq) and seq[j][0] is _c.LITERAL:
            run += chr(seq[j][1])
            j += 1
        if len(run) < GRAM and j < len(seq) and seq[j][0] is _c.BRANCH:
            tails = _first_literals(list(seq[j:]), depth + 1)  # "t(?:omorrow|mr)"
            if tails is not None:
                return {(run + t, whole) for t, whole in tails}
        return {(run, _ends_word(seq, j))}
    if op is _c.BRANCH:
        found: set[Opening] = set()
        for branch in arg[1]:
            sub = _first_literals(list(branch) + rest, depth + 1)
            if sub is None:
                return None
            found |= sub
        return found
    if op is _c.SUBPATTERN:
        return _first_literals(list(arg[-1]) + rest, depth + 1)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = arg
        inner = _first_literals(list(sub) + rest, depth + 1)
        if low >= 1 or inner is None:
            return inner
        after = _first_literals(rest, depth + 1)
        return None if after is None else inner | after
    return None


def _digits_only(items: list[Any]) -> bool:
    for kind, value in items:
        if kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            continue
        if kind is _c.LITERAL and chr(value).isdigit():
            continue
        if kind is _c.RANGE and 48 <= value[0] <= value[1] <= 57:
            continue
        return False
    return bool(items)


def word_openings(pattern: str) -> frozenset[Opening] | None:
    """How to find where a pattern can start: whole words, or openings of at least three
    letters; None when neither is known (the pattern is then scanned)."""
    if _p is None:
        return None
    try:
        literals = _first_literals(list(_p.parse(pattern)))
    except Exception:  # noqa: BLE001
        return None
    if not literals:
        return None
    for literal, whole in literals:
        if literal == DIGIT:
            continue
        if not literal or literal[0] not in _WORD_START or (not whole and len(literal) < GRAM):
            return None
    return frozenset(literals)


Match = re.Match[str]
Found = list[tuple[int, int, Match]]  # (pattern number, key, match)


def _order(found: tuple[int, int, Match]) -> tuple[int, int]:
    return found[0], found[2].start()


class WordIndex:
    """Patterns tried only where they can start: at a word they can begin with. One pass
    over the words of a line serves every family of patterns (acts, strategies, dates,
    methods, amounts); an anchored `match` at a word costs far less than scanning the line
    with every pattern. A pattern whose opening is a whole word ("i", "so", "you're") is keyed
    by that word; one whose opening is a longer stem ("thank" of "thanks?") by its first three
    letters; one that opens with a number by any word that starts with a digit. Patterns with
    none of these (line anchors, punctuation) are scanned; they are few. Every pattern is
    assumed to open at a word boundary, as all of ours do. Patterns compile on first use, so
    the command starts fast."""

    def __init__(self, patterns: list[tuple[str, int, str, int]]) -> None:
        self.items = patterns
        self.compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
        self.families = sorted({family for family, *_ in patterns})
        self.scan: list[int] = []
        exact: dict[str, list[int]] = {}
        prefix: dict[str, list[int]] = {}
        digit: list[int] = []
        for i, (_family, _key, pattern, _flags) in enumerate(patterns):
            openings = word_openings(pattern)
            if openings is None:
                self.scan.append(i)
                continue
            for literal, whole in openings:
                if literal == DIGIT:
                    digit.append(i)
                elif whole and _TOKEN.fullmatch(literal):
                    exact.setdefault(literal, []).append(i)
                else:
                    prefix.setdefault(literal[:GRAM], []).append(i)
        self.exact = {k: sorted(set(v)) for k, v in exact.items()}
        self.prefix = {k: sorted(set(v)) for k, v in prefix.items()}
        self.digit = sorted(set(digit))

    def regex(self, i: int) -> re.Pattern[str]:
        compiled = self.compiled[i]
        if compiled is None:
            compiled = self.compiled[i] = re.compile(self.items[i][2], self.items[i][3])
        return compiled

    def scan_line(self, norm: str) -> dict[str, Found]:
        """Every match of every pattern, grouped by family; the dates family (where order
        decides overlaps) in pattern order, then position."""
        found: dict[str, Found] = {family: [] for family in self.families}
        items = self.items
        compiled = self.compiled
        exact = self.exact
        prefix = self.prefix
        for token in _TOKEN.finditer(norm):
            word = token.group()
            pos = token.start()
            if word[0] in _DIGITS:
                buckets: tuple[list[int] | None, ...] = (self.digit,)
            else:
                buckets = (exact.get(word), prefix.get(word[:GRAM]))
            for bucket in buckets:
                if not bucket:
                    continue
                for i in bucket:
                    regex = compiled[i] or self.regex(i)
                    m = regex.match(norm, pos)
                    if m is not None:
                        family, key, _pattern, _flags = items[i]
                        found[family].append((i, key, m))
        for i in self.scan:
            family, key, _pattern, _flags = items[i]
            for scanned in self.regex(i).finditer(norm):
                found[family].append((i, key, scanned))
        for matches in found.values():
            if len(matches) > 1:
                matches.sort(key=_order)
        return found


def first_match(found: Found) -> tuple[int, Match] | None:
    """The earliest match and its key; at the same place, the earlier pattern."""
    best: tuple[int, int, Match] | None = None
    for i, key, m in found:
        if best is None or (m.start(), i) < (best[2].start(), best[0]):
            best = (i, key, m)
    return None if best is None else (best[1], best[2])


def without_overlaps(found: Found) -> list[Match]:
    """Matches in order of position, dropping any that overlaps an earlier one."""
    out: list[Match] = []
    for _i, _key, m in sorted(found, key=lambda f: (f[2].start(), f[0])):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out
