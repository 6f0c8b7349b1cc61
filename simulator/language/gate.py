"""A cheap pre-check that skips regexes which cannot match a line: the reader's speed budget.

Scanning ~100 patterns over every line costs ~300 us; most patterns cannot match most lines.
For each pattern we derive, from its parse tree, a set of literal strings of which every match
must contain one ("thank" for `thanks?`, one of the weekday names for the weekday pattern).
A line whose set of three-letter substrings shares none of those strings' first three letters
cannot match, so the regex is skipped. The check is a necessary condition, never a heuristic:
a pattern with no such literal (or one the analysis does not understand) always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Any

try:  # the parser is private API; without it every pattern simply always runs
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _p  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - other Pythons
    _p = None
    _c = None

GRAM = 3


# Three-letter openings so common in collector talk that a check on them filters nothing.
_COMMON = frozenset(
    "you the tha thi are can for and wha wou cou wil pay not you' i'm it' hav tod".split()  # noqa: SIM905
)


def _cost(option: AbstractSet[str]) -> int:
    return sum(10 if s[:GRAM] in _COMMON else 1 for s in option)


def _usable(option: set[str]) -> bool:
    return bool(option) and all(len(s) >= GRAM for s in option)


def _required(seq: Any) -> list[set[str]]:
    """Sets of literals that a match of `seq` must each hit (a conjunction of disjunctions)."""
    options: list[set[str]] = []
    run = ""
    for op, arg in seq:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        prefix = run
        if run:
            options.append({run})
            run = ""
        if op is _c.BRANCH:
            # The parser factors out common prefixes ("t(?:omorrow|mrw?)"): put them back, or
            # the branches look shorter than the words they match.
            head = [(_c.LITERAL, ord(ch)) for ch in prefix]
            union: set[str] = set()
            for branch in arg[1]:
                usable = [o for o in _required(head + list(branch)) if _usable(o)]
                if not usable:
                    union = set()
                    break
                union |= min(usable, key=_cost)
            if union:
                options.append(union)
        elif op is _c.SUBPATTERN:
            options.extend(_required(arg[-1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            options.extend(_required(arg[2]))
    if run:
        options.append({run})
    return options


def required_grams(pattern: str) -> tuple[frozenset[str], ...] | None:
    """For the two most selective literal sets that every match must hit, their first three
    letters; None: the pattern always runs."""
    if _p is None:
        return None
    try:
        options = [o for o in _required(_p.parse(pattern)) if _usable(o)]
    except Exception:  # noqa: BLE001 - an odd pattern just loses the shortcut
        return None
    if not options:
        return None
    options.sort(key=_cost)
    return tuple(frozenset(s[:GRAM] for s in o) for o in options[:2])


def grams(norm: str) -> frozenset[str]:
    return frozenset(norm[i : i + GRAM] for i in range(len(norm) - GRAM + 1))


class Gated:
    """A compiled pattern with its pre-check."""

    __slots__ = ("regex", "needs")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        self.needs = required_grams(pattern)

    def may_match(self, line_grams: frozenset[str]) -> bool:
        if self.needs is None:
            return True
        return not any(need.isdisjoint(line_grams) for need in self.needs)

    def finditer(self, norm: str, line_grams: frozenset[str]) -> Iterator[re.Match[str]]:
        if not self.may_match(line_grams):
            return iter(())
        return self.regex.finditer(norm)

    def search(self, norm: str, line_grams: frozenset[str]) -> re.Match[str] | None:
        if not self.may_match(line_grams):
            return None
        return self.regex.search(norm)


def split_alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level `|`, so that each alternative gets its own pre-check
    (one common word in one alternative would otherwise make the whole pattern run)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    escaped = False
    start = 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


class GatedSet:
    """Many gated patterns with an index from three-letter openings to the patterns that need
    them: a line only pays for the patterns it could match, not for a check on each one."""

    def __init__(self, patterns: list[tuple[int, str, int]]) -> None:
        self.items = [(key, Gated(pattern, flags)) for key, pattern, flags in patterns]
        self.always: list[int] = []
        self.index: dict[str, list[int]] = {}
        for i, (_key, gated) in enumerate(self.items):
            if gated.needs is None:
                self.always.append(i)
            else:
                for gram in gated.needs[0]:
                    self.index.setdefault(gram, []).append(i)

    def candidates(self, line_grams: frozenset[str]) -> list[int]:
        found = set(self.always)
        index = self.index
        for gram in line_grams:
            ids = index.get(gram)
            if ids is not None:
                found.update(ids)
        return sorted(found)

    def finditer(
        self, norm: str, line_grams: frozenset[str]
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(key, match) for every match, patterns in their original order."""
        for i in self.candidates(line_grams):
            key, gated = self.items[i]
            needs = gated.needs
            if needs is not None and any(n.isdisjoint(line_grams) for n in needs[1:]):
                continue
            for m in gated.regex.finditer(norm):
                yield key, m
