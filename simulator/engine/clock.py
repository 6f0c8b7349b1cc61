"""The call's own date and time, injectable so a seed and script always give the same call."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class FixedClock:
    """Starts at a given moment and moves forward by `step` each time it is read."""

    def __init__(self, start: dt.datetime, step: dt.timedelta = dt.timedelta(seconds=20)) -> None:
        self._current = start
        self._step = step

    def now(self) -> dt.datetime:
        value = self._current
        self._current += self._step
        return value


DEFAULT_START = dt.datetime(2026, 3, 10, 10, 30)  # a Tuesday morning, inside calling hours


def fixed_clock() -> FixedClock:
    return FixedClock(DEFAULT_START)
