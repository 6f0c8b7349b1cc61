"""Acts a trainer defines in a scenario or persona, read beside the built-in ones.

A trainer's act has the shape of an entry of the built-in catalogue (`en/acts.yaml`): a name,
what it means, examples, near misses, and optionally regex patterns. The reader recognises it
in a line in two deterministic ways:

- **a pattern** matches: `re.search`, ignoring case, on the line with each run of spaces made
  one space and a hesitation's dots between words and its fillers dropped ("We'll... stop
  calling", "How many, er, lenders"), its
  first `PATTERN_TEXT_LIMIT` characters (a line in text-speak is also read spelt out,
  `textspeak.expand`). Patterns are checked when content loads (`pattern_problem`): one that
  does not compile, or that has a form known to take exponential time (a repeat inside a
  repeat, a repeated alternation, a back-reference), or more than `MAX_UNBOUNDED` unbounded
  repeats besides spaces, is refused with its place;
- **an example** is close enough: the example's *content words* (lower-case words, with
  everyday function words such as "the", "you", "to" left out and a plural or -ing/-ed ending
  dropped) are looked for in the line's; the share found is the example's overlap. An example
  matches when its overlap is at least `OVERLAP_THRESHOLD` (0.75) and at least two of its
  content words are found (all of them when it has fewer than two). An example that asks
  (ends with "?") is looked for in the line's questions only: sentences that end with "?" or
  open as a question does ("where are you flying to" asks; "pay it before you fly. Yes?" does
  not).

So "Could you ask him to give us a call back?" matches the example "Please ask him to call us
back" (call, back, ask: 3 of 3), while "Can you call me back later about the car?" shares
only two of three ("ask" is missing, 0.67) and does not. Nothing here is learned or random:
the same line and acts always give the same answer, and `collectsim validate` shows what each
example and near miss is read as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from simulator.language.text import FILLER, sentence_around
from simulator.language.textspeak import expand
from simulator.language.types import Act, Analysis

OVERLAP_THRESHOLD = 0.75
PATTERN_TEXT_LIMIT = 1000  # patterns read this much of a line: bounded time whatever is typed
MAX_UNBOUNDED = 4  # unbounded repeats (*, +, {n,}) on one way through a pattern

_WORD = re.compile(r"[a-z0-9]+")
_STOP = """a an the and or but if so of to in on at for from by with about as into over
    i me my mine we us our you your yours he him his she her hers it its they them their
    this that these those there here is are was were be been being am do does did have has
    had will would can could shall should may might must just please ok okay um uh oh
    s t d ll re ve m not no yes what when where who how which don won isn aren didn doesn
    wasn couldn wouldn shouldn"""
STOP_WORDS = frozenset(_STOP.split())


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """The words of a line that carry its meaning, lower-cased and lightly stemmed."""
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


# A trainer's examples are read on every line of every call: their words, once each
_example_words = lru_cache(maxsize=4096)(content_words)


def overlap(example: str, line_words: frozenset[str]) -> tuple[float, int]:
    """The share of the example's content words found in the line, and how many were."""
    words = _example_words(example)
    if not words:
        return 0.0, 0
    found = len(words & line_words)
    return found / len(words), found


def example_matches(example: str, line_words: frozenset[str]) -> bool:
    share, found = overlap(example, line_words)
    needed = min(2, len(_example_words(example)))
    return found >= max(needed, 1) and share >= OVERLAP_THRESHOLD


# --- patterns -------------------------------------------------------------------------------


# A trainer's pattern is read into a small tree of its own (atoms and groups, each with its
# repeat), enough to see the forms that make a regex slow; the regex engine's parser is private
# to CPython, so it is not used. `re.compile` has already accepted the pattern.
_QUANT = re.compile(r"\*|\+|\?|\{(\d*)(,?)(\d*)\}")
UNBOUNDED = -1


class _Node:
    __slots__ = ("branches", "high", "spacing")

    def __init__(self, branches: list[list[_Node]] | None, spacing: bool = False) -> None:
        self.branches = branches  # None for an atom
        self.high = 1  # how often it may repeat (UNBOUNDED: no limit)
        self.spacing = spacing  # \s or a space: the line's runs of spaces are collapsed


def _read(pattern: str, i: int, found: list[str]) -> tuple[list[list[_Node]], int]:
    """The alternatives of a group (or the whole pattern) from i, and where it ends."""
    branches: list[list[_Node]] = [[]]
    while i < len(pattern):
        ch = pattern[i]
        if ch == ")":
            return branches, i + 1
        if ch == "|":
            branches.append([])
            i += 1
            continue
        if ch == "(":
            head = pattern[i : i + 4]
            if head.startswith(("(?P=", "(?(")):
                found.append("a back-reference (\\1) can take exponential time")
            inner = i + 1
            if pattern.startswith("?", inner):  # (?:, (?P<name>, (?=, (?<!, (?i) ...
                close = re.compile(r"\?(?:P<\w+>|<[=!]|[:=!>]|[aiLmsux-]*:?)").match(pattern, inner)
                inner = close.end() if close else inner + 1
            sub, i = _read(pattern, inner, found)
            node = _Node(sub)
        elif ch == "[":
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"  # a leading ] is a character
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            node, i = _Node(None), j + 1
        elif ch == "\\":
            code = pattern[i + 1 : i + 2]
            if code.isdigit() and code != "0":
                found.append("a back-reference (\\1) can take exponential time")
            node, i = _Node(None, spacing=code == "s"), i + 2
        else:
            node, i = _Node(None, spacing=ch == " "), i + 1
        quant = _QUANT.match(pattern, i)
        if quant is not None:
            text = quant.group()
            if text in ("*", "+"):
                node.high = UNBOUNDED
            elif text.startswith("{"):
                low, comma, high = quant.groups()
                node.high = UNBOUNDED if comma and not high else int(high or low or 1)
            i = quant.end()
            if pattern[i : i + 1] in ("?", "+"):
                i += 1  # lazy or possessive
        branches[-1].append(node)
    return branches, i


def _walk(branches: list[list[_Node]], in_repeat: bool, found: list[str]) -> int:
    """Reports the exponential forms in `found`; returns the most unbounded repeats one way
    through the pattern meets (alternatives count one at a time)."""
    most = 0
    for branch in branches:
        count = 0
        for node in branch:
            repeats = node.high == UNBOUNDED or node.high > 1
            if node.branches is not None:
                if repeats and in_repeat:
                    found.append(
                        "a repeat inside a repeat (such as (a+)+) can take exponential time"
                    )
                if repeats and len(node.branches) > 1:
                    found.append(
                        "a repeated alternation (such as (a|ab)*) can take exponential time"
                    )
                count += _walk(node.branches, in_repeat or repeats, found)
            elif repeats and in_repeat:
                found.append("a repeat inside a repeat (such as (a+)+) can take exponential time")
            count += node.high == UNBOUNDED and not node.spacing
        most = max(most, count)
    return most


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
    try:
        unbounded = _walk(_read(pattern, 0, found)[0], False, found)
    except (RecursionError, ValueError):  # pragma: no cover - compiled above
        return 0, "the pattern cannot be checked"
    if found:
        return 0, found[0] + "; write it without the nesting (e.g. a+ instead of (a+)+)"
    if unbounded > MAX_UNBOUNDED:
        return 0, (
            f"the pattern has {unbounded} unbounded repeats (*, +); keep it to "
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


# A sentence asks when it ends with a question mark or opens as a question does.
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_ASKING_START = re.compile(
    r"\s*(?:(?:so|and|but|ok|okay|oh|um|right)\W+)?(?:can|could|would|will|do|does|did|is|are|am|"
    r"was|were|have|has|shall|should|may|what|why|how|when|where|who|which|whats|wat|wen|wer|"
    r"isn't|aren't|don't|won't|u|you|ur)\b",
    re.IGNORECASE,
)


def _asked_words(text: str) -> frozenset[str]:
    """The content words of the line's questions ("Where are you flying to?" is not asked by
    "Pay it today, before you fly. Yes?")."""
    asked: set[str] = set()
    for sentence in _SENTENCE.findall(text):
        if sentence.rstrip().endswith("?") or _ASKING_START.match(sentence):
            asked |= content_words(sentence)
    return frozenset(asked)


# "We'll... stop calling": a hesitation's dots between two words (play-test 172)
_HESITATION = re.compile(r"(?<=\w)(?:\.{2,}|…)(?=\s)")
# "How many, er, lenders are you dealing with?": a filler and its commas (play-test 221)
_FILLERS = re.compile(rf"(?:,\s*)?\b{FILLER}\b,?", re.IGNORECASE)


def _readings(text: str) -> tuple[list[str], list[frozenset[str]], list[frozenset[str]]]:
    """The line as the patterns read it (spaces made one, lower case, its head) and as the
    examples do (content words): as typed and, in text-speak, spelt out as well ("wat day u
    send it" asks what the trainer's "what day did you send" asks). Made once a line, for
    every act of the scenario."""
    lines = [text[: PATTERN_TEXT_LIMIT * 4]]
    spelt = expand(lines[0])
    if spelt is not None:
        lines.append(spelt[0])
    heads = [
        " ".join(_FILLERS.sub(" ", _HESITATION.sub("", line)).split())[:PATTERN_TEXT_LIMIT].lower()
        for line in lines
    ]
    words = [content_words(line[:PATTERN_TEXT_LIMIT]) for line in lines]
    return heads, words, [_asked_words(line[:PATTERN_TEXT_LIMIT]) for line in lines]


def _why(
    heads: list[str],
    words: list[frozenset[str]],
    asked: list[frozenset[str]],
    spec: CustomActSpec,
) -> str | None:
    for head in heads:
        for pattern in spec.patterns:
            compiled = _compiled(pattern)
            if compiled is not None and compiled.search(head):
                return f"pattern {pattern!r}"
    for line_words, asked_words in zip(words, asked, strict=True):
        for example in spec.examples:
            # an example that asks is matched by the line's questions only
            said = asked_words if example.rstrip().endswith("?") else line_words
            if example_matches(example, said):
                return f"example {example!r}"
    return None


def why_matched(text: str, spec: CustomActSpec) -> str | None:
    """What in `spec` the line matches ("pattern ..." / "example ..."), None when nothing."""
    return _why(*_readings(text), spec)


def recognise(text: str, specs: tuple[CustomActSpec, ...]) -> tuple[str, ...]:
    """The names of the trainer's acts the line does, in the order they were declared."""
    if not specs:
        return ()
    heads, words, asked = _readings(text)
    return tuple(spec.name for spec in specs if _why(heads, words, asked, spec) is not None)


# Acts about a payment's terms that the reader may guess from a line's shape ("Could you ask
# her to call Sam back?" reads like "Could you pay ...?"): on a line that does one of the
# scenario's own acts and names no amount, date or method, the scenario's act says what the
# line is for, and these are dropped.
TERM_GUESSES = frozenset({Act.ASK_PAYMENT, Act.PROPOSE_TERMS, Act.SET_DEADLINE})


def with_custom_acts(analysis: Analysis, specs: tuple[CustomActSpec, ...]) -> Analysis:
    """The analysis with the scenario's acts the line does (`Analysis.custom_acts`)."""
    found = recognise(analysis.text, specs)
    if not found:
        return analysis
    acts = analysis.acts
    if (
        analysis.slots.is_empty()
        and set(acts) & TERM_GUESSES
        and not _payment_asked_apart(analysis, specs)
    ):
        acts = tuple(a for a in acts if a not in TERM_GUESSES) or (Act.OTHER,)
    return replace(analysis, acts=acts, custom_acts=found)


def _payment_asked_apart(analysis: Analysis, specs: tuple[CustomActSpec, ...]) -> bool:
    """Does the line ask for payment in a sentence of its own, beside the scenario's act ("I
    could maybe note the dispute? Would you, um, be able to pay some of it meanwhile?"): the
    ask is no guess from the line's shape, and stays."""
    text = analysis.text
    for cue in analysis.cues:
        if cue.name in ("ask_payment", "pay_verb"):
            start, end = sentence_around(text, cue.span.start)
            sentence = text[start:end]
            if (cue.name == "ask_payment" or "?" in sentence) and not recognise(sentence, specs):
                return True
    return False
