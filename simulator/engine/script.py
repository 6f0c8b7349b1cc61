"""Trainee scripts: one line per turn, with {placeholders} from the collection record."""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.content.placeholders import SCRIPT_PLACEHOLDER as PLACEHOLDER


@dataclass(frozen=True)
class ScriptLine:
    number: int  # 1-based line in the file
    text: str


class ScriptError(ValueError):
    pass


def parse_script(text: str) -> list[ScriptLine]:
    """Blank lines and lines starting with '# ' are not turns; everything else is said."""
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("# "):
            continue
        lines.append(ScriptLine(number, line))
    return lines


def fill_placeholders(line: ScriptLine, values: dict[str, str], source: str) -> str:
    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            known = ", ".join(sorted(values))
            raise ScriptError(
                f"{source}:{line.number}: unknown placeholder {{{name}}}; "
                f"the collection record has: {known}"
            )
        return values[name]

    return PLACEHOLDER.sub(repl, line.text)
