"""Text helpers shared by the readers: normalisation that keeps offsets, clause bounds, negation.

Every reader matches against `normalise(text)`, which maps each character to exactly one
character (curly quotes to straight, odd spaces and control characters to a space). Because
the mapping is one-to-one, a match's offsets are valid in the trainee's original text too, so
evidence always quotes the trainee's own words.
"""

from __future__ import annotations

import bisect
import functools
import re

from simulator.language.types import Span

# One character in, one character out: offsets survive.
_TRANSLATE: dict[int, str] = {
    0x2019: "'",  # right single quote, the usual phone-keyboard apostrophe
    0x2018: "'",
    0x02BC: "'",
    0x201C: '"',
    0x201D: '"',
    0x00A0: " ",  # no-break space
    0x2009: " ",
    0x202F: " ",
    0x2013: "-",
    0x2014: "-",
    0xFF04: "$",  # full-width dollar
}
for _code in range(0x20):
    _TRANSLATE.setdefault(_code, " ")
_TRANSLATE[0x7F] = " "


# A hesitation typed out ("when would, um, suit you?", "Card, or, er, transfer?"): patterns
# allow one between words with (?:{FILLER}\s*,?\s*)?
FILLER = r"(?:um+|uh+|er+|erm)"


def normalise(text: str) -> str:
    """Lowercased, straight-quoted, same length as `text` (patterns are written lowercase and
    compiled without IGNORECASE, which is about three times slower)."""
    if text.isascii() and text.isprintable():
        return text.lower()  # nothing to translate: most lines, settled in two C calls
    norm = text.translate(_TRANSLATE).lower()
    if len(norm) != len(text):
        # A few characters lowercase to two ("İ"): keep those as they are so offsets hold.
        norm = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_TRANSLATE))
    return norm


def span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


# A negator shortly before a cue, inside the same clause, flips it: "I won't report you",
# "nobody is going to arrest you", "there is no rush". The window is small on purpose: a
# negation three clauses back ("I didn't call yesterday, so ... late fees apply") is not scope.
NEGATORS = (
    "not", "never", "no", "nobody", "nothing", "none", "cannot", "without", "neither", "nor",
    "hardly", "nothin",
    # typed without the apostrophe: "you wont get a late fee for this"
    "wont", "dont", "doesnt", "didnt", "cant", "isnt", "arent", "wasnt", "wouldnt", "couldnt",
)  # fmt: skip
_NEGATOR = re.compile(r"\b(?:" + "|".join(NEGATORS) + r")\b|n't\b")
# A clause boundary ends the scope of a negation ("I can't wait, and late fees apply").
# Punctuation breaks a clause only before a space or the end: "$420.50" is one word.
# ("not today - I said Friday the 13th": a dash between words breaks it too)
# ("we dont take paypal sorry :( we do take zelle", corpus 123: so does a face typed in)
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,](?=\s|$)|\s-{1,2}\s|(?<=\s)[:;]-?[()]+(?=\s|$)|\b(?:but|and|so|because|although|however|if|unless)\b"
)
_CONDITIONAL = frozenset({"if", "unless"})
# "don't you think you should pay?" asks; "why not in 10 days?", "why don't we say Friday?"
# suggest
# the doing a negative question asks for: "couldn't you do it", "could ye no dae it"
_TO_DO = (  # ("Money order is fine but ... Can't you rather do card?")
    r"(?:just\s+|rather\s+|instead\s+)?"
    r"(?:pay|do|dae|make|get|manage|clear|send|stretch|find|put|settle|try|use)\b"
)
_RHETORICAL = re.compile(
    r"n't\s+you\s+(?:think|agree|feel|reckon)\b|\bwhy\s+(?:not|don't\s+(?:we|you))\b|"
    # "couldn't you do it by Friday?", "could ye no dae it the day?": a negative question
    # that asks for the day, the way English (and Scots) suggests
    rf"\b(?:ca|could|would|wo)n't\s+(?:you|ye|ya|u)\s+{_TO_DO}|"
    rf"\b(?:can|could)\s+(?:you|ye|ya|u)\s+(?:not|no)\s+{_TO_DO}|"
    # "i don't suppose you could maybe just pay it again?" (play-test 164): a polite ask
    r"\b(?:don't|dont|do\s+not)\s+suppose\s+(?:you|u|ye)\s+(?:could|can|would|might)\b"
)
NEGATION_WINDOW = 40


# The negators as bare text: a window cut from the line can make a word boundary where the
# line has none ("pia|no"), so only a line without any of these texts is sure to have no
# negation in any window.
_NEGATOR_TEXT = re.compile("|".join(NEGATORS) + "|n't")
# The line asked about last, and whether it holds negator text: a line is asked about
# several times, one after another. One tuple, replaced whole, so threads never mix lines.
_last_line: tuple[str | None, bool] = (None, False)


def negated(norm: str, start: int) -> bool:
    """Is the cue starting at `start` inside a negation ("I'm not going to ...")?"""
    global _last_line
    last = _last_line
    if last[0] is not norm:
        last = _last_line = (norm, _NEGATOR_TEXT.search(norm) is not None)
    if not last[1]:
        return False  # no negator anywhere in the line: most lines, settled once
    window = norm[max(0, start - NEGATION_WINDOW) : start]
    if _NEGATOR.search(window) is None:
        return False  # the common case, settled without looking for clause breaks
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if not breaks:
        # "if we dont get a payment or an arrangement by the 20th": the clause's "if" may lie
        # before the window
        before = list(_CLAUSE_BREAK.finditer(norm, max(0, start - 2 * NEGATION_WINDOW), start))
        if before and before[-1].group() in _CONDITIONAL:
            return False
    if breaks:
        if breaks[-1].group() in _CONDITIONAL:
            # "if it isn't paid by Friday, ...": the negation sets a condition; the date and
            # the consequence still stand.
            return False
        window = window[breaks[-1].end() :]
    if _RHETORICAL.search(window):
        return False  # a question that suggests does not negate
    if "later" in window:  # "no later than Tuesday March 17th": a deadline, not a negation
        window = _NO_LATER_THAN.sub(" ", window)
    return _NEGATOR.search(window) is not None


_NO_LATER_THAN = re.compile(r"\b(?:no|not)\s+later\s+than\b")


# A sentence ends at . ! ? or a newline followed by space; a literal-led pattern scans fast.
# A run of marks is read from its first only (the lookbehind: no mark before the first one).
# Tried at every mark of "!!!!...", each try would read the rest of the run again: the same
# matches, in time that grows with the square of the run.
_SENTENCE_END = re.compile(r"[.!?](?<![.!?].)[.!?]*\s+(?=\S)|\n\s*(?=\S)")
_FIRST_CHAR = re.compile(r"\S")


# One line is split again for each day and sum it names: kept for the last few lines, a long
# line is split once, not once a date (a thousand dates read in seconds, not minutes).
@functools.lru_cache(maxsize=16)
def sentence_starts(norm: str) -> tuple[int, ...]:
    """Offsets of the first character of each sentence ("So, ..." counts at every start)."""
    first = _FIRST_CHAR.search(norm)
    if first is None:
        return ()
    # Matches do not overlap and all end after the first character: already in order.
    return (first.start(), *map(_end, _SENTENCE_END.finditer(norm, first.start())))


def sentence_around(norm: str, at: int) -> tuple[int, int]:
    """Where the sentence holding offset `at` begins and ends."""
    starts = sentence_starts(norm)
    n = bisect.bisect_right(starts, at)
    begin = starts[n - 1] if n else 0
    end = starts[n] if n < len(starts) else len(norm)
    return begin, end


_end = re.Match.end  # one C call a sentence, no Python frame
