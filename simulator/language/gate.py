"""Where patterns may match: the reader's speed budget (~0.1 ms a line).

Scanning ~450 patterns over every line would cost milliseconds. Instead, each pattern's
parse tree tells which words a match can begin with (worked out when the patterns change, by
`python benchmarks/pattern_openings.py`, and shipped as `pattern_openings.json`: nothing of
the regex engine's private parser is used at run time) ("could you" begins with "could"); a line
is split into words once, and each pattern is tried (an anchored `match`) only at the words it
can begin with. The shortcut is exact, never a heuristic: the index finds exactly the matches
of each pattern's own `finditer` over the whole line (tests compare the two on every labelled
line, every bundled script and generated lines).

The matching rule. A line's *words* are its runs of letters a-z and digits, joined by
apostrophes ("we'd" is one word of two parts, "we" and "d"). A pattern is *indexed* when its
parse tree shows that

1. every match starts at "\\b" or "^" before anything is consumed, on a letter or a digit.
   Such a place is the start of a word or of a part after an apostrophe, since the character
   before it is no word character; and
2. every way the match can begin is one of: a *whole word* W (the pattern goes on with a
   space, punctuation, "\\b" or "$", so the line's word ends there or an apostrophe follows):
   tried where a part, or parts joined by their apostrophes, read W ("you're");
   a *stem* of three or more characters ("thank" of "thanks?"): tried where the line's next
   three characters are the stem's; a *number*: tried at every word or part that starts with
   a digit.
   When every way on from a whole word is spaces and then a known word ("could" then "you"),
   the pattern is tried only where the next word is one of those (a *guard*).

A match of an indexed pattern can start nowhere else, so at every place it can start, the
index tries it. Tried in order of place, a match that starts inside the pattern's own last
match is dropped: what is kept are the leftmost, non-overlapping matches, what `finditer` finds
(`finditer`, after a match, looks for the leftmost place at or after its end where the pattern
matches, and `match` there gives the same match: "\\b" and lookbehinds see the whole line).
A pattern not known to open so (its opening cannot be told, or it may start inside a word, as
"(?:no|not)\\b..." does in "piano") is *scanned*: its own `finditer` over the line, skipped
when the line lacks every text (`required_text`) or word (`required_words`) a match holds.
Patterns are parsed without their flags: one compiled with a flag that changes what it matches
(any but MULTILINE) is scanned.
"""

from __future__ import annotations

import json
import re
from itertools import compress
from pathlib import Path
from typing import Any

GRAM = 3
DIGIT = "#"  # the opening of patterns that start with a number


# A word: letters a-z and digits (any a pattern's \d matches), joined by apostrophes ("we'd"
# is one word of two parts; 'quoted' is not).
_TOKEN = re.compile(r"[a-z\d]+(?:'[a-z\d]+)*")
Opening = tuple[str, bool]  # (literal a match starts with, is it a whole word?)

Guard = tuple[frozenset[str], frozenset[str], bool]  # next word: exact words, stems, a number


PatternPlan = tuple[
    dict[Opening, Guard | None] | None, tuple[str, ...] | None, frozenset[str] | None
]  # (word_openings, required_text, required_words) of one pattern
TABLE = Path(__file__).with_name("pattern_openings.json")
_TABLE: list[dict[str, PatternPlan]] = []  # loaded once, on first use


def pattern_plan(pattern: str) -> PatternPlan:
    """Where a pattern can start, from the table shipped with the package
    (`benchmarks/pattern_openings.py` writes it from each pattern's parse tree). A pattern the
    table does not hold (changed since it was written) is scanned with its own `finditer` on
    every line: exact, only slower; a test keeps the table current."""
    if not _TABLE:
        _TABLE.append(_read_table())
    return _TABLE[0].get(pattern, (None, None, None))


def _read_table() -> dict[str, PatternPlan]:
    try:
        rows = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no table (or a damaged one): every pattern is scanned, only slower
    return {row["pattern"]: plan_from_json(row) for row in rows}


def plan_from_json(row: dict[str, Any]) -> PatternPlan:
    openings: dict[Opening, Guard | None] | None = None
    if row["openings"] is not None:
        openings = {
            (literal, whole): None
            if guard is None
            else (frozenset(guard[0]), frozenset(guard[1]), guard[2])
            for literal, whole, guard in row["openings"]
        }
    needs = None if row["needs"] is None else tuple(row["needs"])
    need_words = None if row["need_words"] is None else frozenset(row["need_words"])
    return openings, needs, need_words


Match = re.Match[str]
_GROUP = re.Match.group
Found = list[tuple[int, int, Match]]  # (pattern number, key, match)


class _Bucket:
    """The patterns that can start at one word, filed by the word that must follow it: a
    line pays only for patterns whose first two words it actually has."""

    __slots__ = ("any_next", "by_next", "by_stem", "by_number", "guarded")

    def __init__(self, entries: list[tuple[int, Guard | None]]) -> None:
        merged: dict[int, Guard | None] = {}
        for i, guard in entries:
            if i not in merged:
                merged[i] = guard
            else:  # reached by two openings under one key: either guard may apply
                old = merged[i]
                merged[i] = (
                    None
                    if old is None or guard is None
                    else (old[0] | guard[0], old[1] | guard[1], old[2] or guard[2])
                )
        self.any_next: tuple[int, ...] = tuple(i for i, g in sorted(merged.items()) if g is None)
        self.by_next: dict[str, tuple[int, ...]] = {}
        self.by_stem: dict[str, tuple[int, ...]] = {}
        number: list[int] = []
        for i, guard in sorted(merged.items()):
            if guard is None:
                continue
            for word in guard[0]:
                self.by_next[word] = (*self.by_next.get(word, ()), i)
            for stem in guard[1]:
                self.by_stem[stem] = (*self.by_stem.get(stem, ()), i)
            if guard[2]:
                number.append(i)
        self.by_number = tuple(number)
        # Does what it offers depend on the next word? Most buckets do not: then the plan
        # of a word is the same whatever follows it.
        self.guarded = bool(self.by_next or self.by_stem or self.by_number)

    def candidates(self, following: str, heads: tuple[str, ...]) -> tuple[int, ...]:
        """The patterns to try before the word `following`, whose `heads` are the words it
        opens with: itself, and when it has apostrophes its first parts ("you" of "you'll")."""
        found = self.any_next
        for head in heads:
            nxt = self.by_next.get(head)
            if nxt:
                found = found + nxt
        stem = self.by_stem.get(following[:GRAM])
        if stem:
            found = found + stem
        if self.by_number and following[0].isdecimal():
            found = found + self.by_number
        return found


def _joins(parts: list[str], n: int, most: int) -> list[tuple[int, str]]:
    """(end, word) of the words that open at part n of a word with apostrophes: the part,
    then the part joined to the next ones, up to `most` parts ("you", "you're")."""
    return [(m, "'".join(parts[n:m])) for m in range(n + 1, min(len(parts), n + most) + 1)]


# (offset in the word, the pattern's bound `match`, pattern number, family, key) to try
Plan = tuple[tuple[int, Any, int, str, int], ...]
_NO_PLAN: Plan = ()
PLAN_MEMORY = 50_000  # word pairs remembered; a few MB at most
FEW_PARTS = 8  # a word of more parts than this ("1'1'1'1'...") is planned each time it comes


def _order(found: tuple[int, int, Match]) -> tuple[int, int]:
    return found[0], found[2].start()


class WordIndex:
    """Patterns tried only where they can start (the rule is in the module's docstring). One
    pass over the words of a line serves every family of patterns (acts, strategies, dates,
    methods, amounts); an anchored `match` at a word costs far less than scanning the line
    with every pattern. Patterns compile (re.compile) on first use, so a run compiles only the
    patterns its lines call for."""

    def __init__(
        self, patterns: list[tuple[str, int, str, int]], ordered: tuple[str, ...] = ()
    ) -> None:
        self.items = patterns
        self.ordered = ordered  # families whose matches must come in pattern order
        self.compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
        self.tries: list[tuple[Any, int, str, int] | None] = [None] * len(patterns)
        self.inner: dict[str, frozenset[str]] = {}  # word with apostrophes -> words it holds
        # word -> its plan, or (when the plan depends on the next word) next word -> plan
        self.plans: dict[str, Plan | dict[str, Plan]] = {}
        self.remembered = 0  # plans made since the memory was last cleared
        self.shared: dict[tuple[tuple[int, int], ...], Plan] = {}
        self.families = sorted({family for family, *_ in patterns})
        self.scan: list[int] = []
        exact: dict[str, list[tuple[int, Guard | None]]] = {}
        prefix: dict[str, list[tuple[int, Guard | None]]] = {}
        digit: list[tuple[int, Guard | None]] = []
        plans = [pattern_plan(pattern) for _family, _key, pattern, _flags in patterns]
        # Plans come from patterns parsed without their flags: a flag that changes what a
        # pattern matches (IGNORECASE, VERBOSE...) leaves it scanned. MULTILINE only moves "^".
        plans = [
            plan if not flags & ~re.MULTILINE else (None, None, None)
            for plan, (_family, _key, _pattern, flags) in zip(plans, patterns, strict=True)
        ]
        for i, (openings, _needs, _need_words) in enumerate(plans):
            if openings is None:
                self.scan.append(i)
                continue
            for (literal, whole), guard in openings.items():
                if literal == DIGIT:
                    digit.append((i, None))
                elif whole and _TOKEN.fullmatch(literal):
                    exact.setdefault(literal, []).append((i, guard))
                else:
                    prefix.setdefault(literal[:GRAM], []).append((i, None))
        self.scan_needs = [(i, plans[i][1], plans[i][2]) for i in self.scan]
        # Scanned patterns that open at the start of a line ("^\\W*sorry"): without a newline
        # in the line they can only match at its start, so one `match` replaces a scan.
        self.line_start = frozenset(i for i in self.scan if patterns[i][2].startswith("^"))
        self.exact = {k: _Bucket(v) for k, v in exact.items()}
        self.prefix = {k: _Bucket(v) for k, v in prefix.items()}
        self.digit = _Bucket(digit)
        # The most parts a whole word of a pattern has ("you're": 2): the words a line's word
        # with apostrophes can open are its parts joined up to this many.
        words = [*exact, *(w for b in self.exact.values() for w in b.by_next)]
        words += [w for _i, _needs, need_words in self.scan_needs for w in need_words or ()]
        self.joins = 1 + max((w.count("'") for w in words), default=0)
        self.reach = max(self.joins, GRAM - 1)  # parts a part's whole words and stem span

    def _try(self, i: int) -> tuple[Any, int, str, int]:
        """(bound `match`, pattern number, family, key): what a plan holds of pattern i."""
        found = self.tries[i]
        if found is None:
            found = self.tries[i] = (self.regex(i).match, i, self.items[i][0], self.items[i][1])
        return found

    def regex(self, i: int) -> re.Pattern[str]:
        compiled = self.compiled[i]
        if compiled is None:
            compiled = self.compiled[i] = re.compile(self.items[i][2], self.items[i][3])
        return compiled

    def _whole(
        self,
        tried: list[int],
        whole: str,
        ends_word: bool,
        following: str,
        heads: tuple[str, ...],
    ) -> bool:
        """Add the patterns keyed by the whole word `whole`; does what they offer depend on
        the next word?"""
        bucket = self.exact.get(whole)
        if bucket is None:
            return False
        if ends_word:  # the next word can be asked for
            tried.extend(bucket.candidates(following, heads))
            return bucket.guarded
        # an apostrophe follows, not a space: no pattern that wants a next word goes on
        tried.extend(bucket.any_next)
        return False

    def _at_part(
        self, parts: list[str], n: int, following: str, heads: tuple[str, ...]
    ) -> tuple[tuple[int, ...], bool]:
        """The patterns to try at part n of a word (each once), and whether that depends on
        the next word. First the whole word that opens there (at the word's start the whole
        word, further on the part), then stems or numbers, then other joins of parts ("you're"
        in "you're'll"): the order in which matches at one place are listed."""
        tried: list[int] = []
        if len(parts) == 1:  # most words: no apostrophe, one whole word
            guarded = self._whole(tried, parts[0], True, following, heads)
            self._stem_or_number(tried, parts, 0)
            return tuple(dict.fromkeys(tried)), guarded
        guarded = False
        joins = _joins(parts, n, self.joins)
        first = len(parts) if n == 0 else n + 1
        for m, whole in [j for j in joins if j[0] == first]:
            guarded = self._whole(tried, whole, m == len(parts), following, heads) or guarded
        self._stem_or_number(tried, parts, n)
        for m, whole in [j for j in joins if j[0] != first]:
            guarded = self._whole(tried, whole, m == len(parts), following, heads) or guarded
        # A pattern reached both as a whole word and by its stem is tried once.
        return tuple(dict.fromkeys(tried)), guarded

    def _inner_words(self, word: str) -> frozenset[str]:
        """The words a word with apostrophes holds: its parts, and parts joined ("sorry",
        "s", "sorry's" of "sorry's"), up to as many parts as a pattern's whole word has."""
        found = self.inner.get(word)
        if found is None:
            parts = word.split("'")
            found = frozenset(
                w for n in range(len(parts)) for _m, w in _joins(parts, n, self.joins)
            )
            if len(self.inner) >= PLAN_MEMORY:
                self.inner.clear()
            self.inner[word] = found
        return found

    def _stem_or_number(self, tried: list[int], parts: list[str], n: int) -> None:
        """Add the patterns that open with a number, or with the stem that part n opens."""
        if parts[n][0].isdecimal():
            tried.extend(self.digit.any_next)
        else:
            stem = self.prefix.get("'".join(parts[n : n + GRAM])[:GRAM])
            if stem is not None:
                tried.extend(stem.any_next)

    def _plan(self, word: str, following: str) -> Plan:
        """The patterns to try at a word followed by `following`, each with its offset in the
        word: worked out once per word, or per pair of words when the next word matters, and
        remembered (a vocabulary is small; a line repeats the words of the lines before)."""
        heads = (
            (following,)
            if "'" not in following
            else tuple(head for _m, head in _joins(following.split("'"), 0, self.joins))
        )
        parts = word.split("'")  # "we'd": a match may open at "we" or at "d" (after "\\b")
        plan: list[tuple[int, int]] = []
        guarded = False
        at_parts: dict[tuple[Any, ...], tuple[tuple[int, ...], bool]] = {}
        offset = 0
        for n, part in enumerate(parts):
            # What is tried at a part depends on the part, the few after it, and whether it
            # is the first or the last: "1'1'1'..." works it out once, not per part.
            shape = (n == 0, n + self.joins >= len(parts), *parts[n : n + self.reach])
            tried = at_parts.get(shape)
            if tried is None:
                tried = at_parts[shape] = self._at_part(parts, n, following, heads)
            plan.extend((offset, i) for i in tried[0])
            guarded = guarded or tried[1]
            offset += len(part) + 1
        # Pairs of words with the same patterns to try share one plan.
        if len(parts) > FEW_PARTS:  # "1'1'1'...": not a word to remember (nor to hash)
            return tuple((offset, *self._try(i)) for offset, i in plan)
        key = tuple(plan)
        result = self.shared.get(key)
        if result is None:
            result = tuple((offset, *self._try(i)) for offset, i in key) or _NO_PLAN
            self.shared[key] = result
        if self.remembered >= PLAN_MEMORY:
            self.plans.clear()  # a bound on memory for endless streams of new words
            self.shared.clear()
            self.remembered = 0
        self.remembered += 1
        if guarded:
            by_next = self.plans.setdefault(word, {})
            if isinstance(by_next, dict):  # always: a word's guard does not depend on the next
                by_next[following] = result
        else:
            self.plans[word] = result
        return result

    def scan_line(self, norm: str) -> dict[str, Found]:
        """Every match of every pattern, grouped by family; the `ordered` families (where
        order decides overlaps) sorted by pattern, then position."""
        found: dict[str, Found] = {family: [] for family in self.families}
        items = self.items
        # The words, their plans and (for the few words with something to try) their
        # places, each gathered in one C-level pass: a Python step per word of the line would
        # cost more than all the patterns tried.
        tokens = list(_TOKEN.finditer(norm))
        words: list[str] = list(map(_GROUP, tokens))
        ends: dict[int, int] = {}  # pattern -> where its last match ended
        known: list[Plan | dict[str, Plan] | None] = list(map(self.plans.get, words))
        last = len(words) - 1
        if None in known:  # words not seen before: their plans are worked out now
            for k, plan_or_none in enumerate(known):
                if plan_or_none is None:  # (or made just now, for this word earlier in the line)
                    plan_or_none = self.plans.get(words[k])
                    known[k] = (
                        self._plan(words[k], words[k + 1] if k < last else " ")
                        if plan_or_none is None
                        else plan_or_none
                    )
        for k in compress(range(len(words)), known):
            plan = known[k]
            if isinstance(plan, dict):  # the plan depends on the next word
                following = words[k + 1] if k < last else " "
                by_next = plan.get(following)
                plan = self._plan(words[k], following) if by_next is None else by_next
                if not plan:
                    continue
            pos = tokens[k].start()
            for offset, match, i, family, key in plan:  # type: ignore[union-attr]
                m = match(norm, pos + offset)
                if m is not None:
                    if pos + offset < ends.get(i, 0):
                        continue  # inside this pattern's last match: finditer goes on from its end
                    ends[i] = m.end()
                    found[family].append((i, key, m))
        present: set[str] | None = None
        for i, needs, need_words in self.scan_needs:
            if need_words is not None:
                if present is None:
                    present = set(words)
                    if "'" in norm:  # "sorry's" holds the word "sorry"
                        for word in [word for word in words if "'" in word]:
                            present.update(self._inner_words(word))
                if need_words.isdisjoint(present):
                    continue  # none of the words a match must contain
            elif needs is not None:
                for text in needs:
                    if text in norm:
                        break
                else:
                    continue  # none of the texts a match must contain: nothing to scan for
            family, key, _pattern, _flags = items[i]
            if i in self.line_start and "\n" not in norm:
                at_start = self.regex(i).match(norm)
                if at_start is not None:
                    found[family].append((i, key, at_start))
                continue
            for scanned in self.regex(i).finditer(norm):
                found[family].append((i, key, scanned))
        for family in self.ordered:
            found[family].sort(key=_order)
        return found


def without_overlaps(found: Found) -> list[Match]:
    """Matches in order of position, dropping any that overlaps an earlier one."""
    out: list[Match] = []
    for _i, _key, m in sorted(found, key=lambda f: (f[2].start(), f[0])):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out
