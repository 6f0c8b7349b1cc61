"""Text from outside (trainee lines, names, content files) made safe to show or to store.

Imported by every layer, so it imports nothing of ours and nothing heavy.

- `shown(text)`: for a terminal. Control characters (ANSI and OSC escape sequences start with
  one), line breaks inside a field, and the invisible characters that reorder text (U+202E
  and its kin) are written as visible escapes such as `\\x1b` or `\\u202e`, as `repr` would,
  so printed user text can neither drive the terminal (colours, titles, an OSC 52 clipboard
  write) nor forge a line of a report. The UI does the same through Rich's Text.
- `name_problem(text)`: why a name or id cannot be used (control characters, line breaks,
  reordering characters), or None.
- `unsurrogate(text)`: lone surrogates (from JSON's "\\ud800" or undecodable bytes read with
  surrogateescape) replaced by U+FFFD, so the text can be written as UTF-8.
- `representable(amount)`: whether JSON can carry a Decimal as a number.
"""

from __future__ import annotations

import re
from decimal import Decimal

# C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional
# formatting characters (embeddings, overrides, isolates, marks).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """`text` with every character that could steer a terminal written as an escape."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub(_escape, unsurrogate(text))


def shown_lines(text: str) -> str:
    """Like `shown`, for text made of lines: the line breaks stay, all else is escaped."""
    return "\n".join(shown(line) for line in text.split("\n"))


def name_problem(text: str, what: str = "a name") -> str | None:
    """Why `text` cannot be used as a name, or None when it can."""
    found = _UNSAFE.search(text) or _SURROGATE.search(text)
    if found is None:
        return None
    char = found.group()
    if char in "\r\n\u2028\u2029":
        kind = "a line break"
    elif ord(char) >= 0x200E and not _SURROGATE.match(char):
        kind = "a character that reorders text"
    else:
        kind = "a control character"
    which = "a lone surrogate" if _SURROGATE.match(char) else _escape(found)
    return f"{what} cannot hold {kind} ({which}); use letters, digits, spaces and punctuation"


def unsurrogate(text: str) -> str:
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def representable(value: Decimal) -> bool:
    """Whether JSON can carry this amount as a number: finite, and under 10**300."""
    return value.is_finite() and value.adjusted() < 300
