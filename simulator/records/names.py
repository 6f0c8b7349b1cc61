"""Trainee names: how a name is kept, and when two spellings are the same person.

A name is kept as typed, tidied: Unicode NFC (so "Zoë" typed with a combining diaeresis is the
same text as the precomposed one), surrounding and repeated spaces removed. Identity is the
case-folded NFC form, so "zoë ruiz" finds "Zoë Ruiz". Line breaks, tabs and other control or
formatting characters are refused: a name is one line in every report.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_CHARS = 80


class TraineeNameError(ValueError):
    """A trainee name that cannot be kept (the message says why)."""


def _bad_char(ch: str) -> bool:
    # Cc: control (line breaks, tabs, escapes); Cf: format (bidi overrides, zero-width);
    # Zl/Zp: line and paragraph separators
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def clean_name(raw: str) -> str:
    """The name to keep; TraineeNameError when it is empty, too long or has control characters."""
    text = unicodedata.normalize("NFC", raw)
    bad = [ch for ch in text if _bad_char(ch)]
    if bad:
        shown = ", ".join(sorted({f"U+{ord(ch):04X}" for ch in bad}))
        raise TraineeNameError(
            f"a trainee name must be one line of text without control characters ({shown})"
        )
    text = " ".join(text.split())
    if not text:
        raise TraineeNameError("a trainee name cannot be empty")
    if len(text) > MAX_NAME_CHARS:
        raise TraineeNameError(f"a trainee name is at most {MAX_NAME_CHARS} characters")
    return text


def name_key(name: str) -> str:
    """The identity of a name: NFC, spaces tidied, case-folded (then NFC again, since case
    folding can decompose)."""
    text = " ".join(unicodedata.normalize("NFC", name).split())
    return unicodedata.normalize("NFC", text.casefold())
