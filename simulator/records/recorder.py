"""Keeping a call as it is played: the call's row at once, each turn as it is said.

    recorder = attach_recorder(call, trainee="Ana", db_path=None)

The recorder listens to the call's events, so `collectsim play`, the assessment pack and the
terminal UI all record the same way. A failing write (disk full, file removed) never breaks
the call being played: it is reported through `on_error` and kept in `errors`, and
`lost_turns()` / `loss_message()` say afterwards how many turns were not kept (the commands
exit non-zero on them). A call that lost a turn is left without an outcome, so reports show
it as incomplete rather than as a finished call with turns missing. A database deleted or
replaced during the call (its writes then go to a file nobody can open) counts as every turn
lost.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.engine.export import call_result_dict
from simulator.records.store import RecordsError, Store, now_utc

if TYPE_CHECKING:
    from simulator.engine.call import Call, Turn


def _warn(message: str) -> None:
    print(f"collectsim: records: {message}", file=sys.stderr)


@dataclass
class Recorder:
    store: Store
    call_id: int
    trainee: str
    on_error: Callable[[str], None] = _warn
    errors: list[str] = field(default_factory=list)
    closed: bool = False
    kept: int = 0  # turns written
    failed: int = 0  # turns whose write failed
    gone: bool = False  # the file was deleted or replaced: nothing written is reachable

    @property
    def path(self) -> Path | str:
        return self.store.path

    def turn_said(self, call: Call, turn: Turn) -> None:
        if self._write(lambda: self.store.add_turn(self.call_id, stored_turn(call, turn))):
            self.kept += 1
        else:
            self.failed += 1

    def call_ended(self, call: Call) -> None:
        if not self.failed and not self.gone:
            self._write(lambda: self.store.finish_call(self.call_id, call_result_dict(call)))
        self.close()

    def lost_turns(self) -> int:
        """Turns of this call that are not in the database."""
        return self.kept + self.failed if self.gone else self.failed

    def loss_message(self) -> str | None:
        """One line saying what was not kept, or None when everything was."""
        total = self.kept + self.failed
        if self.gone:
            return (
                f"'{self.path}' was deleted or replaced during the call: the call and its "
                f"{total} turn(s) were not kept"
            )
        if self.failed:
            return (
                f"{self.failed} of {total} turn(s) could not be saved to '{self.path}' "
                f"({self.errors[0] if self.errors else 'write failed'}); {self.kept} kept, "
                "and the call is recorded as incomplete"
            )
        if self.errors:
            return self.errors[0]
        return None

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.store.close()

    def _write(self, action: Callable[[], None]) -> bool:
        """Run one write; False (and the error reported) when it did not reach the file."""
        if self.closed or self.gone:
            return False
        try:
            action()
        except (sqlite3.Error, RecordsError) as exc:
            message = f"could not save to '{self.store.path}': {exc}"
            self.errors.append(message)
            self.on_error(message)
            return False
        if not self.store.still_there():
            self.gone = True
            message = f"'{self.store.path}' was deleted or replaced: this call is not being kept"
            self.errors.append(message)
            self.on_error(message)
            return False
        return True


def attach_recorder(
    call: Call,
    trainee: str,
    db_path: str | Path | None,
    assessment: str | None = None,
    attempt: tuple[int, int] | None = None,
) -> Recorder:
    """Record `call` under `trainee` in the database at `db_path` (None: the default file).

    `attempt` is (attempt id, place in the pack from 1) for a call of an assessment attempt
    (`Store.start_attempt`); without it the call is practice.

    The call's row is written now, with any turns already said; later turns and the end are
    written as they happen. Raises RecordsError when the database cannot be opened.
    """
    store = Store.open(db_path)
    try:
        header = call_header(call, assessment)
        if attempt is not None:
            header["attempt_id"], header["pack_position"] = attempt
        call_id = store.start_call(trainee, header)
        if call.turns:
            store.add_turns(call_id, [stored_turn(call, t) for t in call.turns])
    except (sqlite3.Error, RecordsError) as exc:
        store.close()
        if isinstance(exc, RecordsError):
            raise
        raise RecordsError(f"could not record the call in '{store.path}': {exc}") from exc
    recorder = Recorder(store=store, call_id=call_id, trainee=" ".join(trainee.split()))
    call.events.on_turn.append(recorder.turn_said)
    call.events.on_end.append(recorder.call_ended)
    if call.finished:
        recorder.call_ended(call)
    return recorder


def call_header(call: Call, assessment: str | None = None) -> dict[str, Any]:
    return {
        "scenario": call.scenario.id,
        "title": call.scenario.title,
        "persona": call.persona.id,
        "situation": call.scenario.situation.value,
        "seed": call.seed,
        "started_at": call.started_at.isoformat(),
        "recorded_at": now_utc(),
        "record": call.record.to_dict(),
        "opening": call.opening,
        "assessment": assessment,
    }


def stored_turn(call: Call, turn: Turn) -> dict[str, Any]:
    from simulator.engine.export import turn_dict

    data = turn_dict(turn)
    state = call.scenario.state(turn.state_before)
    data["debtor_was_rude"] = turn.debtor_was_rude
    data["debtor_drifted"] = bool(state and state.drifting)
    return data
