"""Trainee names: how a name is kept, and when two spellings are the same person.

A name is kept as typed, tidied: Unicode NFC (so "Zoë" typed with a combining diaeresis is the
same text as the precomposed one), surrounding and repeated spaces removed. Identity is the
case-folded NFC form, so "zoë ruiz" finds "Zoë Ruiz". Line breaks, control characters and
characters that reorder text are refused (`textsafe.name_problem`): a name is one line in
every report.
"""

from __future__ import annotations

import unicodedata

from simulator.textsafe import name_problem

MAX_NAME_CHARS = 80


class TraineeNameError(ValueError):
    """A trainee name that cannot be kept (the message says why)."""


def clean_name(raw: str) -> str:
    """The name to keep; TraineeNameError when it is empty, too long or unsafe."""
    text = unicodedata.normalize("NFC", raw).strip()
    if not text:
        raise TraineeNameError("a trainee name cannot be empty")
    problem = name_problem(text, "a trainee name")
    if problem:
        raise TraineeNameError(problem)
    text = " ".join(text.split())
    if len(text) > MAX_NAME_CHARS:
        raise TraineeNameError(f"a trainee name is at most {MAX_NAME_CHARS} characters")
    return text


def name_key(name: str) -> str:
    """The identity of a name: NFC, spaces tidied, case-folded (then NFC again, since case
    folding can decompose)."""
    text = " ".join(unicodedata.normalize("NFC", name).split())
    return unicodedata.normalize("NFC", text.casefold())
