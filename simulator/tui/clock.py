"""The clock the UI's calls run on when no clock is injected."""

from __future__ import annotations

import datetime as dt
import time

TRAINING_HOUR = dt.time(10, 30)  # inside calling hours (DOMAIN 3), whenever the trainee practises


class TrainingClock:
    """Today's date at 10:30, moving forward in real time.

    The debtor's file is dated from today, yet a trainee practising at night is not failed for
    calling outside 8 am - 9 pm.
    """

    def __init__(self) -> None:
        self._start = dt.datetime.combine(dt.date.today(), TRAINING_HOUR)
        self._origin = time.monotonic()

    def now(self) -> dt.datetime:
        elapsed = dt.timedelta(seconds=int(time.monotonic() - self._origin))
        return self._start + elapsed
