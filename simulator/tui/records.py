"""What the UI needs from the call records, read through guarded imports.

The records store is optional for the UI: when it is missing or the database cannot be read,
the home screen shows "–" for best scores and calls are played without being kept.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.engine.call import Call


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def best_scores(trainee: str, db_path: str | None) -> dict[str, int]:
    """scenario id -> the trainee's best overall score in a finished call; {} when unknown."""
    store_module = _module("simulator.records.store")
    if store_module is None or not trainee:
        return {}
    try:
        store = store_module.Store.read(db_path)
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
    store_module = _module("simulator.records.store")
    if store_module is None or not trainee or not hasattr(store_module.Store, "start_attempt"):
        return None
    try:
        with store_module.Store.open(db_path) as store:
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
    """Keep the call in the records store. Returns False (after telling `on_error` why, unless
    the store is simply not installed) when the call will not be recorded."""
    recorder_module = _module("simulator.records.recorder")
    if recorder_module is None:
        return False
    try:
        if assessment is not None:
            extra = {} if attempt is None else {"attempt": attempt}
            recorder = recorder_module.attach_recorder(
                call, trainee=trainee, db_path=db_path, assessment=assessment, **extra
            )
        else:
            recorder = recorder_module.attach_recorder(call, trainee=trainee, db_path=db_path)
    except Exception as exc:  # a records problem must never stop the practice call
        on_error(f"This call will not be recorded: {exc}")
        return False
    if hasattr(recorder, "on_error"):
        recorder.on_error = on_error  # the default prints to stderr, under the UI
    return True
