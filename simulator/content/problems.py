"""A problem found in a content file, printed as `path:line:col: message` like a compiler."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from simulator.textsafe import shown

Severity = Literal["error", "warning", "note"]  # a note informs; it never fails


@dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based
    col: int  # 1-based
    message: str
    severity: Severity = "error"
    rule: str = "schema"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        # one line, with the file's own words escaped: a message quotes content (a name
        # with a line break, an escape code), and the path is the user's
        return f"{shown(self.path)}:{self.line}:{self.col}: {prefix}{shown(self.message)}"


class ContentError(Exception):
    """A file could not be turned into content; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
