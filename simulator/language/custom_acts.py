"""Acts a trainer defines in a scenario or persona, read beside the built-in ones.

A trainer's act has the shape of an entry of the built-in catalogue (`en/acts.yaml`): a name,
what it means, examples, near misses, and optionally regex patterns. The reader recognises it
in a line in two deterministic ways:

- **a pattern** (`re.search` on the lower-cased line, its first `PATTERN_TEXT_LIMIT`
  characters) matches; patterns are checked when content loads (`pattern_problem`): one that
  does not compile, or that has a form known to take exponential time (a repeat inside a
  repeat, a repeated alternation, a back-reference), is refused and never run;
- **an example** is close enough: the example's *content words* (lower-case words, with
  everyday function words such as "the", "you", "to" left out and a plural or -ing/-ed ending
  dropped) are looked for in the line's; the share found is the example's overlap. An example
  matches when its overlap is at least `OVERLAP_THRESHOLD` (0.75) and at least two of its
  content words are found (all of them when it has fewer than two).

So "Could you ask him to give us a call back?" matches the example "Please ask him to call us
back" (call, back, ask: 3 of 3), while "Can you call me back later about the car?" shares
only two of three ("ask" is missing, 0.67) and does not. Nothing here is learned or random:
the same line and acts always give the same answer, and `collectsim validate` shows what each
example and near miss is read as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

OVERLAP_THRESHOLD = 0.75
PATTERN_TEXT_LIMIT = 1000  # patterns read this much of a line: bounded time whatever is typed
MAX_UNBOUNDED = 4  # unbounded repeats (*, +, {n,}) in one pattern

_WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset(
    """a an the and or but if so of to in on at for from by with about as into over
    i me my mine we us our you your yours he him his she her hers it its they them their
    this that these those there here is are was were be been being am do does did have has
    had will would can could shall should may might must just please ok okay um uh oh
    s t d ll re ve m not no yes what when where who how which""".split()
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """The words of a line that carry its meaning, lower-cased and lightly stemmed."""
    return frozenset(
        _stem(w) for w in _WORD.findall(text.lower().replace("'", "")) if w not in STOP_WORDS
    )


def overlap(example: str, line_words: frozenset[str]) -> tuple[float, int]:
    """The share of the example's content words found in the line, and how many were."""
    words = content_words(example)
    if not words:
        return 0.0, 0
    found = len(words & line_words)
    return found / len(words), found


def example_matches(example: str, line_words: frozenset[str]) -> bool:
    share, found = overlap(example, line_words)
    needed = min(2, len(content_words(example)))
    return found >= max(needed, 1) and share >= OVERLAP_THRESHOLD


# --- patterns -------------------------------------------------------------------------------


def _parse(pattern: str) -> Any:
    import re._parser as sre_parse  # the stdlib's own parser (Python 3.11)

    return sre_parse.parse(pattern, re.IGNORECASE)


def _walk(tree: Any, depth_repeat: int, found: list[str], unbounded: list[int]) -> None:
    import re._constants as c

    for op, av in tree:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = av
            repeats = high == c.MAXREPEAT or high > 1
            if high == c.MAXREPEAT:
                unbounded.append(1)
            if repeats and depth_repeat:
                found.append("a repeat inside a repeat (such as (a+)+) can take exponential time")
            if repeats and any(sub_op == c.BRANCH for sub_op, _ in body):
                found.append("a repeated alternation (such as (a|ab)*) can take exponential time")
            _walk(body, depth_repeat + (1 if repeats else 0), found, unbounded)
        elif op == c.SUBPATTERN:
            _walk(av[-1], depth_repeat, found, unbounded)
        elif op == c.BRANCH:
            for branch in av[1]:
                _walk(branch, depth_repeat, found, unbounded)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _walk(av[1], depth_repeat, found, unbounded)
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            found.append("a back-reference (\\1) can take exponential time")


def pattern_problem(pattern: str) -> tuple[int, str] | None:
    """Why a trainer's pattern cannot be used, with the character it is about (0-based), or
    None when it is fine."""
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        return (exc.pos or 0), f"the pattern does not compile: {exc.msg}"
    except (OverflowError, RecursionError, ValueError) as exc:  # e.g. a{99999999999}
        return 0, f"the pattern does not compile: {exc}"
    found: list[str] = []
    unbounded: list[int] = []
    try:
        _walk(_parse(pattern), 0, found, unbounded)
    except (re.error, RecursionError, OverflowError):  # pragma: no cover - compiled above
        return 0, "the pattern cannot be checked"
    if found:
        return 0, found[0] + "; write it without the nesting (e.g. a+ instead of (a+)+)"
    if len(unbounded) > MAX_UNBOUNDED:
        return 0, (
            f"the pattern has {len(unbounded)} unbounded repeats (*, +); keep it to "
            f"{MAX_UNBOUNDED}, or bound them ({{0,40}})"
        )
    return None


# --- recognising ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomActSpec:
    """A trainer's act as the reader uses it: examples and the patterns that passed the check."""

    name: str
    examples: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()


@cache
def _compiled(pattern: str) -> re.Pattern[str] | None:
    return None if pattern_problem(pattern) else re.compile(pattern, re.IGNORECASE)


def why_matched(text: str, spec: CustomActSpec) -> str | None:
    """What in `spec` the line matches ("pattern ..." / "example ..."), None when nothing."""
    head = text[:PATTERN_TEXT_LIMIT].lower()
    for pattern in spec.patterns:
        compiled = _compiled(pattern)
        if compiled is not None and compiled.search(head):
            return f"pattern {pattern!r}"
    line_words = content_words(text[:PATTERN_TEXT_LIMIT])
    for example in spec.examples:
        if example_matches(example, line_words):
            return f"example {example!r}"
    return None


def recognise(text: str, specs: tuple[CustomActSpec, ...]) -> tuple[str, ...]:
    """The names of the trainer's acts the line does, in the order they were declared."""
    return tuple(spec.name for spec in specs if why_matched(text, spec) is not None)
