"""Where patterns may match: the reader's speed budget (~0.1 ms a line).

Scanning ~300 patterns over every line would cost milliseconds. Instead, each pattern's
parse tree tells which words a match can begin with ("could you" begins with "could"); a line
is split into words once, and each pattern is tried (an anchored `match`) only at the words it
can begin with. The shortcut is exact, never a heuristic: a pattern whose opening cannot be
derived is simply scanned. Tests compare the indexed reading with plain scanning.
"""

from __future__ import annotations

import json
import re
from itertools import compress
from pathlib import Path
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
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")  # "we'd" is a word; 'quoted' is not
_DIGITS = frozenset("0123456789")
Opening = tuple[str, bool]  # (literal a match starts with, is it a whole word?)


def _ends_word(seq: list[Any], j: int) -> bool:
    """Does what follows position j in the parsed pattern end the word (space, boundary, end)?"""
    if j >= len(seq):
        return False  # the pattern ends without a boundary: "\\bhalf" matches in "halfway"
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


Rest = list[Any]
_STOP = [(_c.ANY, None)] if _c is not None else []  # ends a literal run; not a word end


def _openings(seq: list[Any], depth: int = 0) -> list[tuple[str, bool, Rest]] | None:
    """(literal a match starts with, is it a whole word?, what the pattern expects after it)
    for every way the pattern can start (after a word boundary); None when that cannot be told."""
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
        return [(DIGIT, False, rest)]  # a number: tried at every word that starts with a digit
    if op is _c.LITERAL:
        return _word_goes_on("", list(seq[i:]), depth + 1)
    if op is _c.BRANCH:
        found: list[tuple[str, bool, Rest]] = []
        for branch in arg[1]:
            sub = _openings(list(branch) + rest, depth + 1)
            if sub is None:
                return None
            found.extend(sub)
        return found
    if op is _c.SUBPATTERN:
        return _openings(list(arg[-1]) + rest, depth + 1)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = arg
        # A repeated opening ("x+y") says only how the first repeat starts.
        inner = _openings(list(sub) + (rest if high == 1 else _STOP), depth + 1)
        if low >= 1 or inner is None:
            return inner
        after = _openings(rest, depth + 1)
        return None if after is None else inner + after
    return None


MAX_WAYS = 64  # openings followed through alternatives before settling for the shorter one


def _word_goes_on(run: str, seq: list[Any], depth: int) -> list[tuple[str, bool, Rest]]:
    """How a word that began with `run` goes on in `seq`: through letters, alternatives and
    optional groups ("you(?:'re|\\s+are)?" opens with "you're" or the word "you", followed
    by "are" or not), up to where it ends or can no longer be told (then `run` so far is a
    stem). Parsing factors common openings out ("you\\s+have|you've" is "you" then a choice),
    so following the choice is what lets such a pattern be keyed by whole words."""
    j = 0
    # A run of word characters: "no," opens with the word "no".
    while j < len(seq) and seq[j][0] is _c.LITERAL and chr(seq[j][1]) in _LETTERS:
        run += chr(seq[j][1])
        j += 1
    rest = list(seq[j:])
    if j < len(seq) and depth <= 12:
        op, arg = seq[j]
        ways: list[list[Any]] | None = None
        if op is _c.BRANCH:
            ways = [list(branch) + rest[1:] for branch in arg[1]]
        elif op is _c.SUBPATTERN:
            ways = [list(arg[-1]) + rest[1:]]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1:
            ways = [list(arg[2]) + rest[1:], rest[1:]]  # with the optional part, or without
        if ways is not None:
            found: list[tuple[str, bool, Rest]] = []
            for way in ways:
                found.extend(_word_goes_on(run, way, depth + 1))
            if len(found) <= MAX_WAYS and all(literal for literal, _w, _r in found):
                return found
    return [(run, _ends_word(seq, j), rest)]


def _first_literals(seq: list[Any], depth: int = 0) -> set[Opening] | None:
    """The literal openings one of which every match starts with; None: unknown."""
    found = _openings(seq, depth)
    return None if found is None else {(literal, whole) for literal, whole, _rest in found}


def _is_space(op: Any, arg: Any) -> bool:
    """One whitespace character: `\\s` or a literal space."""
    if op is _c.LITERAL:
        return bool(arg == 32)
    return op is _c.IN and list(arg) == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


def _is_spaces(op: Any, arg: Any) -> bool:
    """Whitespace that ends a word: `\\s+`, `\\s` or a space ("you have" is the word "you",
    then the word "have")."""
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return bool(arg[0] >= 1 and len(arg[2]) == 1 and _is_space(*arg[2][0]))
    return _is_space(op, arg)


Guard = tuple[frozenset[str], frozenset[str], bool]  # next word: exact words, stems, a number


def _guard(openings: list[tuple[str, bool, Rest]], literal: str) -> Guard | None:
    """What the next word must be for the pattern to match after `literal` + spaces; None
    when any way of continuing is not spaces then a known word."""
    exact: set[str] = set()
    stems: set[str] = set()
    number = False
    for opening, _whole, rest in openings:
        if opening != literal:
            continue
        if not rest or not _is_spaces(*rest[0]):
            return None
        second = _first_literals(list(rest[1:]))
        if second is None:
            return None
        for word, whole in second:
            if word == DIGIT:
                number = True
            elif whole and _TOKEN.fullmatch(word):
                exact.add(word)
            elif len(word) >= GRAM:
                stems.add(word[:GRAM])
            else:
                return None
    return frozenset(exact), frozenset(stems), number


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


def _no_letters(op: Any, arg: Any) -> bool:
    """Can this parsed item match only non-word characters (or nothing), never a letter?"""
    if op is _c.AT:
        return True
    if op is _c.LITERAL:
        return chr(arg) not in _LETTERS
    if op in (_c.IN, _c.NOT_LITERAL):
        if op is _c.NOT_LITERAL:
            return False
        return all(
            (kind is _c.CATEGORY and value in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
            or (kind is _c.LITERAL and chr(value) not in _LETTERS)
            for kind, value in arg
        )
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return all(_no_letters(o, a) for o, a in arg[2])
    if op is _c.SUBPATTERN:
        return all(_no_letters(o, a) for o, a in arg[-1])
    if op is _c.BRANCH:
        return all(all(_no_letters(o, a) for o, a in branch) for branch in arg[1])
    return False


def _parsed(pattern: str) -> list[Any] | None:
    """The pattern's parse tree; None when it cannot be had (then nothing is assumed)."""
    if _p is None:
        return None
    try:
        return list(_p.parse(pattern))
    except Exception:  # noqa: BLE001
        return None


def _opens_at_line_start(pattern: str) -> bool:
    """Does every match begin where a line begins (the pattern opens with "^")?"""
    seq = _parsed(pattern)
    return seq is not None and bool(seq) and seq[0] == (_c.AT, _c.AT_BEGINNING)


def required_text(pattern: str) -> tuple[str, ...] | None:
    """Texts one of which every match of a scanned (not indexed) pattern contains: the words
    it can open with once its leading punctuation and anchors ("^\\W*", "[,.!;:]\\s*") are
    skipped, or its first character when that is punctuation ("!"). A line with none of them
    is not scanned with it. None: nothing is known, always scan."""
    seq = _parsed(pattern)
    if seq is None:
        return None
    if seq and seq[0][0] is _c.LITERAL and chr(seq[0][1]) not in _LETTERS:
        return (chr(seq[0][1]),)
    i = 0
    while i < len(seq) and _no_letters(*seq[i]):
        i += 1
    found = _first_literals(seq[i:])
    if not found or any(not literal or literal == DIGIT for literal, _whole in found):
        return None
    return tuple(sorted({literal for literal, _whole in found}))


def required_words(pattern: str) -> frozenset[str] | None:
    """Like required_text, when every one of those texts is a whole word ("so" of "so the",
    not of "sorry"): a line without one of these words cannot match. None: not known."""
    if _p is None or required_text(pattern) is None:
        return None
    seq = list(_p.parse(pattern))
    i = 0
    while i < len(seq) and _no_letters(*seq[i]):
        i += 1
    found = _first_literals(seq[i:])
    if not found or not all(whole and _TOKEN.fullmatch(literal) for literal, whole in found):
        return None
    return frozenset(literal for literal, _whole in found)


def word_openings(pattern: str) -> dict[Opening, Guard | None] | None:
    """How to find where a pattern can start: whole words, or openings of at least three
    letters, each with what the next word must be when that is known; None when the
    openings are not known (the pattern is then scanned)."""
    if _p is None:
        return None
    try:
        openings = _openings(list(_p.parse(pattern)))
    except Exception:  # noqa: BLE001
        return None
    if not openings:
        return None
    plan: dict[Opening, Guard | None] = {}
    for literal, whole, _rest in openings:
        if literal == DIGIT:
            plan[(literal, whole)] = None
            continue
        if not literal or literal[0] not in _WORD_START or (not whole and len(literal) < GRAM):
            return None
        if (literal, whole) not in plan:
            plan[(literal, whole)] = _guard(openings, literal) if whole else None
    return plan


PatternPlan = tuple[
    dict[Opening, Guard | None] | None, tuple[str, ...] | None, frozenset[str] | None
]  # (word_openings, required_text, required_words) of one pattern
TABLE = Path(__file__).with_name("pattern_openings.json")
_TABLE: list[dict[str, PatternPlan]] = []  # loaded once, on first use


def compute_plan(pattern: str) -> PatternPlan:
    openings = word_openings(pattern)
    if openings is not None:
        return openings, None, None
    return None, required_text(pattern), required_words(pattern)


def pattern_plan(pattern: str) -> PatternPlan:
    """compute_plan(pattern), read from the table shipped with the package when it holds the
    pattern: parsing ~330 patterns costs ~40 ms at every start, reading the table ~2 ms. A
    pattern not in the table (changed since the table was written) is parsed as before;
    a test keeps the table current (`python -m simulator.language.openings` rewrites it)."""
    if not _TABLE:
        _TABLE.append(_read_table())
    plan = _TABLE[0].get(pattern)
    return plan if plan is not None else compute_plan(pattern)


def _read_table() -> dict[str, PatternPlan]:
    try:
        rows = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no table (or a damaged one): every pattern is parsed, only slower
    return {row["pattern"]: plan_from_json(row) for row in rows}


def plan_to_json(pattern: str, plan: PatternPlan) -> dict[str, Any]:
    openings, needs, need_words = plan
    return {
        "pattern": pattern,
        "openings": None
        if openings is None
        else [
            [
                literal,
                whole,
                None if guard is None else [sorted(guard[0]), sorted(guard[1]), guard[2]],
            ]
            for (literal, whole), guard in openings.items()
        ],
        "needs": None if needs is None else list(needs),
        "need_words": None if need_words is None else sorted(need_words),
    }


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

    def candidates(self, following: str) -> tuple[int, ...]:
        found = self.any_next
        nxt = self.by_next.get(following)
        if nxt:
            found = found + nxt
        stem = self.by_stem.get(following[:GRAM])
        if stem:
            found = found + stem
        if self.by_number and following[0] in _DIGITS:
            found = found + self.by_number
        return found


# (offset in the word, the pattern's bound `match`, pattern number, family, key) to try
Plan = tuple[tuple[int, Any, int, str, int], ...]
_NO_PLAN: Plan = ()
PLAN_MEMORY = 50_000  # word pairs remembered; a few MB at most


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
    assumed to open at a word boundary, as all of ours do. Patterns compile (re.compile) on
    first use, so a run compiles only the patterns its lines call for."""

    def __init__(
        self, patterns: list[tuple[str, int, str, int]], ordered: tuple[str, ...] = ()
    ) -> None:
        self.items = patterns
        self.ordered = ordered  # families whose matches must come in pattern order
        self.compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
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
        self.line_start = frozenset(i for i in self.scan if _opens_at_line_start(patterns[i][2]))
        self.exact = {k: _Bucket(v) for k, v in exact.items()}
        self.prefix = {k: _Bucket(v) for k, v in prefix.items()}
        self.digit = _Bucket(digit)

    def _part_buckets(self, part: str, with_prefix: bool) -> list[_Bucket]:
        """The buckets of patterns to try at one part of a word with apostrophes (the whole
        word is tried separately; its first part shares the whole word's stem key)."""
        if not part:
            return []
        if part[0] in _DIGITS:
            return [self.digit] if with_prefix else []
        found = [self.exact.get(part), self.prefix.get(part[:GRAM]) if with_prefix else None]
        return [bucket for bucket in found if bucket is not None]

    def regex(self, i: int) -> re.Pattern[str]:
        compiled = self.compiled[i]
        if compiled is None:
            compiled = self.compiled[i] = re.compile(self.items[i][2], self.items[i][3])
        return compiled

    def _plan(self, word: str, following: str) -> Plan:
        """The patterns to try at a word followed by `following`, each with its offset in the
        word: worked out once per word, or per pair of words when the next word matters, and
        remembered (a vocabulary is small; a line repeats the words of the lines before)."""
        plan: list[tuple[int, int]] = []
        guarded = False
        if word[0] in _DIGITS:
            buckets: tuple[_Bucket | None, ...] = (self.digit,)
        else:
            buckets = (self.exact.get(word), self.prefix.get(word[:GRAM]))
        for bucket in buckets:
            if bucket is not None:
                guarded = guarded or bucket.guarded
                plan.extend((0, i) for i in bucket.candidates(following))
        if "'" in word:
            # "we'd", "baha'i": each part is a word a pattern may start with, but one
            # followed by an apostrophe has no space after it, so only patterns that do
            # not need a following word (no guard) are tried there.
            offset = 0
            parts = word.split("'")
            for n, part in enumerate(parts):
                last = n == len(parts) - 1
                if n > 0 or not last:
                    for bucket in self._part_buckets(part, n > 0):
                        guarded = guarded or (last and bucket.guarded)
                        for i in bucket.candidates(following if last else "'"):
                            plan.append((offset, i))
                offset += len(part) + 1
        # A pattern reached both as a whole word and by its stem is tried once; pairs of
        # words with the same patterns to try share one plan.
        key = tuple(dict.fromkeys(plan))
        result = self.shared.get(key)
        if result is None:
            result = (
                tuple(
                    (offset, self.regex(i).match, i, self.items[i][0], self.items[i][1])
                    for offset, i in key
                )
                or _NO_PLAN
            )
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
        known: list[Plan | dict[str, Plan] | None] = list(map(self.plans.get, words))
        last = len(words) - 1
        if None in known:  # words not seen before: their plans are worked out now
            for k, plan_or_none in enumerate(known):
                if plan_or_none is None:
                    known[k] = self._plan(words[k], words[k + 1] if k < last else " ")
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
                    found[family].append((i, key, m))
        present: set[str] | None = None
        for i, needs, need_words in self.scan_needs:
            if need_words is not None:
                if present is None:
                    present = set(words)
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
