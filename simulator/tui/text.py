"""Turning words into things the screen can draw, without ever reading them as markup.

Trainee lines and authored content go through `verbatim`, so `[bold]`, `[red]` or an escape
sequence are drawn as the characters typed, never interpreted by Rich or the terminal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rich.table import Table
from rich.text import Text

# Control characters would move the cursor or recolour the terminal; draw them as the
# Unicode "control pictures" instead (ESC -> ␛), so what was typed stays visible.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (9, 10)}
_CONTROL_PICTURES[0x7F] = "\u2421"
for _code in range(0x80, 0xA0):  # C1 controls, e.g. CSI
    _CONTROL_PICTURES[_code] = "\ufffd"
_CONTROL_TABLE = str.maketrans(_CONTROL_PICTURES)

# What each score means: the debrief's score table and the help screen.
MEANINGS = {
    "urgency": "a concrete deadline, the amount stated, a direct ask",
    "politeness": "courteous and professional, even when the debtor is not",
    "focus": "each line moves the call towards payment",
    "promise": "amount, date and method agreed, restated and confirmed",
    "goal": "the scenario's goal reached (a call that is not about a payment)",
    "composure": "stayed polite and calm when the debtor was rude",
    "overall": "the scenario's weighted mix of the above",
}

FULL = "█"
EMPTY = "░"


def visible(raw: str) -> str:
    """The text with control characters replaced by visible symbols."""
    return raw.translate(_CONTROL_TABLE).replace("\t", "    ")


def verbatim(raw: str, style: str = "") -> Text:
    """A Text that shows exactly what was typed: no markup, no escape codes."""
    return Text(visible(raw), style=style)


def bar(value: int | None, width: int = 10) -> Text:
    """A bar of `width` cells for a 0-100 score, coloured by how good it is."""
    if value is None:
        return Text(EMPTY * width, style="dim")
    value = max(0, min(100, value))
    filled = round(value * width / 100)
    return Text.assemble((FULL * filled, score_style(value)), (EMPTY * (width - filled), "dim"))


def score_style(value: int) -> str:
    if value >= 70:
        return "green"
    if value >= 45:
        return "yellow"
    return "red"


def money(amount: Decimal | None, currency: str = "$") -> str:
    if amount is None:
        return "–"
    # only the screens of a call show money, once the engine is loaded: the home screen
    # does not wait for it (or for Faker, which the record module imports)
    from simulator.engine.record import money as record_money

    return record_money(amount, currency)


def day(date: dt.date | None) -> str:
    if date is None:
        return "–"
    return f"{date:%a} {date.day} {date:%b %Y}"


def words(identifier: str) -> str:
    """`first_time_late` -> `first time late`."""
    return identifier.replace("_", " ")


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def section_table(title: str, *, expand: bool = False, header_style: str = "dim") -> Table:
    """A borderless table under a bold, left-aligned title: the look of every record and help
    section."""
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=None,
        padding=(0, 2),
        header_style=header_style,
        expand=expand,
    )
