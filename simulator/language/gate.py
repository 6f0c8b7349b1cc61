"""Where patterns may match: the reader's speed budget (~0.1 ms a line).

Scanning ~330 patterns over every line would cost milliseconds. Instead, each pattern's
parse tree tells which words a match can begin with ("could you" begins with "could"); a line
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

try:  # the parser is private API; without it every pattern simply always runs
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _p  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - other Pythons
    _p = None
    _c = None

GRAM = 3
DIGIT = "#"  # the opening of patterns that start with a number


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
# A word: letters a-z and digits (any a pattern's \d matches), joined by apostrophes ("we'd"
# is one word of two parts; 'quoted' is not).
_TOKEN = re.compile(r"[a-z\d]+(?:'[a-z\d]+)*")
Opening = tuple[str, bool]  # (literal a match starts with, is it a whole word?)


def _in_word(char: str) -> bool:
    """Can this character go on a word (a-z, a digit, an apostrophe)?"""
    return char in _LETTERS or char.isdecimal()


def _ends_word(seq: list[Any], j: int) -> bool:
    """Does what follows position j in the parsed pattern end the word (space, boundary, end)?"""
    if j >= len(seq):
        return False  # the pattern ends without a boundary: "\\bhalf" matches in "halfway"
    op, arg = seq[j]
    if op is _c.AT:
        return arg is not _c.AT_NON_BOUNDARY  # \b, $: no word character follows
    if op is _c.LITERAL:
        return not _in_word(chr(arg))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
        return _ends_word(list(arg[2]), 0)
    if op is _c.IN:
        return all(
            (kind is _c.CATEGORY and value is _c.CATEGORY_SPACE)
            or (kind is _c.LITERAL and not _in_word(chr(value)))
            for kind, value in arg
        )
    return False


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT) if _c is not None else ()
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT) if _c is not None else ()
_STARTS = (
    (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING) if _c is not None else ()
)  # \b, ^, \A


def _opens_at_boundary(seq: list[Any], depth: int = 0) -> bool:
    """Does every match start at a word boundary or a line start: is "\\b" or "^" met, on every
    way through the pattern, before anything is consumed? Then a match that opens with a
    letter or digit opens a word, or a part of one after an apostrophe ("d" of "we'd")."""
    if depth > 12:
        return False
    for j, (op, arg) in enumerate(seq):
        if op is _c.AT and arg in _STARTS:
            return True
        if op in _ZERO_WIDTH:
            continue  # other anchors and lookarounds consume nothing
        rest = list(seq[j + 1 :])
        if op is _c.BRANCH:
            return all(_opens_at_boundary(list(way) + rest, depth + 1) for way in arg[1])
        if op is _c.SUBPATTERN:
            return _opens_at_boundary(list(arg[-1]) + rest, depth + 1)
        if op in _REPEATS:
            first = _opens_at_boundary(list(arg[2]), depth + 1)
            return first if arg[0] >= 1 else first and _opens_at_boundary(rest, depth + 1)
        return False
    return False


Rest = list[Any]
_STOP = [(_c.ANY, None)] if _c is not None else []  # ends a literal run; not a word end


def _openings(seq: list[Any], depth: int = 0) -> list[tuple[str, bool, Rest]] | None:
    """(literal a match starts with, is it a whole word?, what the pattern expects after it)
    for every way the pattern can start (after a word boundary); None when that cannot be told."""
    if depth > 12:
        return None
    i = 0
    while i < len(seq) and seq[i][0] in _ZERO_WIDTH:
        i += 1  # anchors and lookarounds consume nothing: what follows opens the match
    if i == len(seq):
        return None
    op, arg = seq[i]
    rest = list(seq[i + 1 :])
    if (op is _c.LITERAL and chr(arg).isdecimal()) or (op is _c.IN and _digits_only(arg)):
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
            elif whole and word[:1] == "'" and _TOKEN.fullmatch(word[1:]):
                exact.add(word[1:])  # "you 'll": after a space the word is "ll"
            elif len(word) >= GRAM and _TOKEN.fullmatch(word[:GRAM]):
                stems.add(word[:GRAM])  # the next word's first three characters
            else:
                return None  # "you 'll": the next word does not open the match's second
    return frozenset(exact), frozenset(stems), number


def _digits_only(items: list[Any]) -> bool:
    """Does this character class match only digits (\\d, 0-9)?"""
    for kind, value in items:
        if kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            continue
        if kind is _c.LITERAL and chr(value).isdecimal():
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
        return not _in_word(chr(arg))
    if op in (_c.IN, _c.NOT_LITERAL):
        if op is _c.NOT_LITERAL:
            return False
        return all(
            (kind is _c.CATEGORY and value in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD))
            or (kind is _c.LITERAL and not _in_word(chr(value)))
            for kind, value in arg
        )
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return all(_no_letters(o, a) for o, a in arg[2])
    if op is _c.SUBPATTERN:
        return all(_no_letters(o, a) for o, a in arg[-1])
    if op is _c.BRANCH:
        return all(all(_no_letters(o, a) for o, a in branch) for branch in arg[1])
    return False


def _before_word(items: list[Any]) -> bool:
    """Items that match no letter, digit or apostrophe (`_no_letters`), matched just before a
    text: does the text then open a word (or a part of one after an apostrophe)? Yes when one
    of them is "^" or "\\b", or always matches a character: the text is then at a line start
    or right after a character no word holds."""
    for op, arg in items:
        if op is _c.AT and arg in _STARTS:
            return True
        if op in (_c.LITERAL, _c.IN):
            return True
        if op in _REPEATS and arg[0] >= 1 and _before_word(list(arg[2])):
            return True
        if op is _c.SUBPATTERN and _before_word(list(arg[-1])):
            return True
        if op is _c.BRANCH and all(_before_word(list(way)) for way in arg[1]):
            return True  # "(?:^|[,.!;:]\\s*)so": a line start or a punctuation mark
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
    texts = {literal for literal, _whole in found}
    runs = _literal_runs(seq[i:])  # "f*", "sh*t": rarer than the words "f", "sh"
    if runs and min(map(len, runs)) > min(map(len, texts)):
        texts = runs
    return tuple(sorted(texts))


def _literal_runs(seq: list[Any]) -> set[str] | None:
    """The literal characters (any, not only letters) every match opens with, one text for
    each alternative of the pattern; None when an alternative opens with no literal."""
    ways = (
        [list(way) for way in seq[0][1][1]] if len(seq) == 1 and seq[0][0] is _c.BRANCH else [seq]
    )
    runs = set()
    for way in ways:
        run = ""
        for op, arg in way:
            if op in _REPEATS and arg[0] >= 1 and len(arg[2]) == 1 and arg[2][0][0] is _c.LITERAL:
                run += chr(arg[2][0][1])  # "\\*+": at least one "*"
                break
            if op is not _c.LITERAL:
                break
            run += chr(arg)
        if not run:
            return None
        runs.add(run)
    return runs


def required_words(pattern: str) -> frozenset[str] | None:
    """Like required_text, when every one of those texts is a whole word ("so" of "so the",
    not of "sorry"): a line without one of these words cannot match. None: not known."""
    if _p is None or required_text(pattern) is None:
        return None
    seq = list(_p.parse(pattern))
    i = 0
    while i < len(seq) and _no_letters(*seq[i]):
        i += 1
    if not _before_word(seq[:i]) and not _opens_at_boundary(seq[i:]):
        return None  # "sorry" could be the end of "unsorry": not a word of the line
    found = _first_literals(seq[i:])
    if not found or not all(whole and _TOKEN.fullmatch(literal) for literal, whole in found):
        return None
    return frozenset(literal for literal, _whole in found)


def word_openings(pattern: str) -> dict[Opening, Guard | None] | None:
    """How to find where a pattern can start: whole words, or openings of at least three
    letters, each with what the next word must be when that is known; None when the
    openings are not known (the pattern is then scanned)."""
    seq = _parsed(pattern)
    if seq is None or not _opens_at_boundary(seq):
        return None  # "(?:no|not)\\b" also matches the end of "piano": it is scanned
    openings = _openings(seq)
    if not openings:
        return None
    plan: dict[Opening, Guard | None] = {}
    for literal, whole, _rest in openings:
        if literal == DIGIT:
            plan[(literal, whole)] = None
            continue
        if not (whole and _TOKEN.fullmatch(literal)) and not (
            len(literal) >= GRAM and _TOKEN.fullmatch(literal[:GRAM])
        ):
            return None  # neither a whole word nor the first three characters of one
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
        self.line_start = frozenset(i for i in self.scan if _opens_at_line_start(patterns[i][2]))
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
