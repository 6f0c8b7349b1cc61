"""Write the table of where the reader's patterns can start (language/pattern_openings.json).

    python benchmarks/pattern_openings.py

Run it after changing a pattern in the lexicon, strategies, dates, methods or numbers; the
test suite fails with this command's name while the table is out of date. It reads each
pattern's parse tree with the standard library's own regex parser (`re._parser`, private to
CPython), which is why it is a development step and not part of the package: the reader only
reads the table it writes (see the matching rule in simulator/language/gate.py).
"""

from __future__ import annotations

import json
import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
import re._parser as _p  # type: ignore[import-not-found,unused-ignore]
from typing import Any

from simulator.language.gate import (
    _TOKEN,
    DIGIT,
    GRAM,
    TABLE,
    Guard,
    Opening,
    PatternPlan,
)

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


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
    skipped, or its first character when that is punctuation ("!"), or, when rarer, the words
    every match holds further on ("too" of "is ... too late"). A line with none of them is not
    scanned with it. None: nothing is known, always scan."""
    seq = _parsed(pattern)
    if seq is None:
        return None
    texts = _required_in(seq)
    if len(seq) == 1 and seq[0][0] is _c.BRANCH:
        # "(?:^|[.?!]\s*)(?:ur\s+)?birthday\b|\bmy\s+heart\s+bleeds\b": each way's own
        # text ("birthday", "bleeds"), not only the words the ways open with ("ur", "my")
        ways = [_required_in(list(way)) for way in seq[0][1][1]]
        if all(way is not None for way in ways):
            each: set[str] = set().union(*(way for way in ways if way is not None))
            if texts is None or min(map(len, each)) > min(map(len, texts)):
                texts = each
    return None if texts is None else tuple(sorted(texts))


def _required_in(seq: list[Any]) -> set[str] | None:
    """required_text of one way through a pattern, as a set."""
    i = 0
    while i < len(seq) and _no_letters(*seq[i]):
        i += 1
    found = _first_literals(seq[i:])
    texts: set[str] | None = None
    if seq and seq[0][0] is _c.LITERAL and chr(seq[0][1]) not in _LETTERS:
        texts = {chr(seq[0][1])}  # (unless a word every match holds is rarer: ", genius")
    elif found and not any(not literal or literal == DIGIT for literal, _whole in found):
        texts = {literal for literal, _whole in found}
        runs = _literal_runs(seq[i:])  # "f*", "sh*t": rarer than the words "f", "sh"
        if runs and min(map(len, runs)) > min(map(len, texts)):
            texts = runs
    held = _held_texts(seq)
    if held is not None and (texts is None or min(map(len, held)) > min(map(len, texts))):
        texts = held
    return texts


_MOST_HELD = 64  # alternatives multiplied out, at most


def _held_texts(seq: list[Any]) -> set[str] | None:
    """Texts one of which every match holds: a stretch of the pattern's top level made of
    letters and of alternatives of letters only ("(?:arrangement|plan|offer)"), not optional
    and not repeated; of several stretches, the one whose shortest text is longest. None when
    no stretch has texts of two letters or more."""
    best: set[str] | None = None
    texts = {""}
    for op, arg in [*seq, (None, None)]:
        if op is _c.LITERAL and chr(arg) in _LETTERS:
            texts = {t + chr(arg) for t in texts}
            continue
        ways = arg[1] if op is _c.BRANCH else None
        if ways and all(
            # (any literal: "b-day" of "(?:birthday|bday|b-day)" is held as surely)
            way and all(o is _c.LITERAL for o, a in way)
            for way in ways
        ):
            words = ["".join(chr(a) for _o, a in way) for way in ways]
            if len(texts) * len(words) <= _MOST_HELD:
                texts = {t + w for t in texts for w in words}
                continue
        if min(map(len, texts)) >= 2 and (
            best is None or min(map(len, texts)) > min(map(len, best))
        ):
            best = texts
        texts = {""}
    return best


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
    texts = required_text(pattern)
    if _p is None or texts is None:
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
    words = frozenset(literal for literal, _whole in found)
    if not words.issuperset(texts):
        return None  # the text is held inside the match ("too"), not a word it opens with
    return frozenset(texts)  # the words a match may open with, or the one every match holds


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


def compute_plan(pattern: str) -> PatternPlan:
    openings = word_openings(pattern)
    if openings is not None:
        return openings, None, None
    return None, required_text(pattern), required_words(pattern)


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


def current_rows() -> list[dict[str, object]]:
    """The table as the reader's patterns are now: one row per distinct pattern, in order."""
    from simulator.language.acts import _INDEX

    patterns = list(dict.fromkeys(pattern for _family, _key, pattern, _flags in _INDEX.items))
    return [plan_to_json(pattern, compute_plan(pattern)) for pattern in patterns]


def render(rows: list[dict[str, object]]) -> str:
    """One pattern a line, so a changed pattern is a one-line diff."""
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


def main() -> None:
    rows = current_rows()
    TABLE.write_text(render(rows), encoding="utf-8")
    print(f"wrote {len(rows)} patterns to {TABLE}")


if __name__ == "__main__":
    main()
