"""What the UI needs from the call records store.

A records problem never stops the UI: when the database cannot be read the home screen shows
"–" for best scores, and a call whose records cannot be written is still played (the app
says it will not be kept). The store is imported when first used, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.engine.call import Call


def best_scores(trainee: str, db_path: str | None) -> dict[str, int]:
    """scenario id -> the trainee's best overall score in a finished call; {} when unknown."""
    if not trainee:
        return {}
    from simulator.records.store import Store

    try:
        store = Store.read(db_path)
    except Exception:  # no database yet, or unreadable: nothing to show, not an error here
        return {}
    best: dict[str, int] = {}
    try:
        for call in store.calls(trainee):
            overall = call.overall
            if overall is None or call.outcome in (None, "incomplete"):
                continue
            best[call.scenario] = max(best.get(call.scenario, 0), int(overall))
    except Exception:
        return {}
    finally:
        store.close()
    return best


def start_attempt(trainee: str, db_path: str | None, pack: str, total: int) -> int | None:
    """A new assessment attempt in the records (its id), or None when it cannot be kept."""
    if not trainee:
        return None
    from simulator.records.store import Store

    try:
        with Store.open(db_path) as store:
            attempt_id, _number = store.start_attempt(trainee, pack, total)
    except Exception:  # the call is still recorded (as before), just not as an attempt
        return None
    return int(attempt_id)


def record_call(
    call: Call,
    trainee: str,
    db_path: str | None,
    on_error: Callable[[str], None],
    assessment: str | None = None,
    attempt: tuple[int, int] | None = None,
) -> bool:
    """Keep the call in the records store. Returns False, after telling `on_error` why, when
    the call will not be recorded."""
    from simulator.records.recorder import attach_recorder

    try:
        recorder = attach_recorder(
            call, trainee=trainee, db_path=db_path, assessment=assessment, attempt=attempt
        )
    except Exception as exc:  # a records problem must never stop the practice call
        on_error(f"This call will not be recorded: {exc}")
        return False
    recorder.on_error = on_error  # the default prints to stderr, under the UI
    return True
