"""Moving records between stores: `collectsim records export` / `records import`.

The export is JSON lines: one object per call, with its trainee's name and every turn, so a
line is a whole call and a file can be split or joined with ordinary tools:

    {"format": "collectsim-call", "version": 2, "trainee": "Ana", "call": {...}, "turns": [...],
     "attempt": {"pack": "assessment-v1", "number": 1, "calls_total": 5, ...} or null}

A call of an assessment attempt carries its attempt (and `pack_position` in the call); a practice
call has `"attempt": null`. A trainee with no calls yet is a line
`{"format": "collectsim-trainee", "version": 2, "name": ...}`, an attempt with no call yet a line
`{"format": "collectsim-attempt", "version": 2, "trainee": ..., "attempt": {...}}`. Version 1
(before attempts) is still read: its calls are practice.

A call is known by its trainee, `recorded_at` (the real time it started, to the microsecond),
scenario and seed. Importing a call the store already has adds only the turns it lacks and,
when the stored copy is incomplete and the imported one finished, its outcome: so importing the
same file twice stores every call once, and importing a later export of a call that was still
going completes it. An attempt is known by its trainee, pack and `started_at`; it keeps its
number unless the store already has another attempt of that trainee at that pack under it
(then it gets the next one), and it is complete when the export says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from simulator.records.errors import RecordsError
from simulator.records.store import (
    CALL_COLUMNS,
    STORED_TURN_COLUMNS,
    TURN_DEFAULTS,
    Store,
    check_name,
    store_summary,
)
from simulator.scoring.dimensions import DIMENSIONS
from simulator.textsafe import unsurrogate

CALL_FORMAT = "collectsim-call"
TRAINEE_FORMAT = "collectsim-trainee"
ATTEMPT_FORMAT = "collectsim-attempt"
VERSION = 2
READS = (1, 2)  # version 1: before assessment attempts
ATTEMPT_COLUMNS = ("pack", "number", "calls_total", "started_at", "finished_at")

REQUIRED = ("scenario", "persona", "seed", "started_at", "recorded_at")
# What a finished call adds to an incomplete copy of it.
FINISH_COLUMNS = CALL_COLUMNS[CALL_COLUMNS.index("ended_at") :]
TURN_REQUIRED = ("idx", "text", *DIMENSIONS)


def export_lines(store: Store, trainee: str | None = None) -> Iterator[str]:
    """The store's calls as JSON lines, oldest first (then trainees without calls, then
    attempts without calls)."""
    attempts = {
        a.id: (a.trainee, {c: getattr(a, c) for c in ATTEMPT_COLUMNS})
        for a in store.attempts(trainee)
    }
    with_calls = set()
    attempts_with_calls: set[int] = set()
    for stored, call, turns in store.export_calls(trainee):
        with_calls.add(stored.trainee)
        attempt = None
        if stored.attempt_id is not None and stored.attempt_id in attempts:
            attempts_with_calls.add(stored.attempt_id)
            attempt = attempts[stored.attempt_id][1]
            call["pack_position"] = stored.pack_position
        yield _line(
            {
                "format": CALL_FORMAT,
                "version": VERSION,
                "trainee": stored.trainee,
                "call": call,
                "turns": turns,
                "attempt": attempt,
            }
        )
    if trainee is None:
        for name in store.trainee_names():
            if name not in with_calls:
                yield _line({"format": TRAINEE_FORMAT, "version": VERSION, "name": name})
    for attempt_id, (name, attempt) in attempts.items():
        if attempt_id not in attempts_with_calls:
            yield _line(
                {"format": ATTEMPT_FORMAT, "version": VERSION, "trainee": name, "attempt": attempt}
            )


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n"


@dataclass
class Imported:
    calls_added: int = 0
    calls_known: int = 0  # already in the store (imported before): nothing or turns added
    calls_completed: int = 0  # an incomplete stored call finished by the import
    turns_added: int = 0
    trainees: int = 0
    attempts_added: int = 0


@dataclass(frozen=True)
class Item:
    line: int
    trainee: str
    call: dict[str, Any] | None
    turns: list[dict[str, Any]]
    attempt: dict[str, Any] | None = None


def parse_lines(lines: Iterable[str], source: str) -> list[Item]:
    """Every line checked before anything is written; RecordsError naming the first bad line
    (`source:line: what is wrong`)."""
    items: list[Item] = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordsError(f"{where}: not a JSON object ({exc.msg})") from None
        except ValueError:
            raise RecordsError(f"{where}: not a JSON object") from None
        if not isinstance(obj, dict):
            raise RecordsError(f"{where}: not a JSON object")
        kind = obj.get("format")
        if kind not in (CALL_FORMAT, TRAINEE_FORMAT, ATTEMPT_FORMAT):
            raise RecordsError(
                f"{where}: not a collectsim export line (made by 'collectsim records export')"
            )
        if obj.get("version") not in READS or (kind == ATTEMPT_FORMAT and obj["version"] < 2):
            raise RecordsError(
                f"{where}: export version {obj.get('version')!r} is not one this collectsim "
                f"reads ({', '.join(map(str, READS))}); upgrade collectsim"
            )
        name = obj.get("name") if kind == TRAINEE_FORMAT else obj.get("trainee")
        if not isinstance(name, str):
            raise RecordsError(f"{where}: the trainee's name is missing")
        try:
            name = check_name(name)
        except RecordsError as exc:
            raise RecordsError(f"{where}: {exc}") from None
        if kind == TRAINEE_FORMAT:
            items.append(Item(number, name, None, []))
            continue
        attempt = _parse_attempt(obj.get("attempt"), where)
        if kind == ATTEMPT_FORMAT:
            if attempt is None:
                raise RecordsError(f"{where}: an attempt line needs an 'attempt' object")
            items.append(Item(number, name, None, [], attempt))
            continue
        call, turns = obj.get("call"), obj.get("turns")
        if not isinstance(call, dict) or not isinstance(turns, list):
            raise RecordsError(f"{where}: a call line needs a 'call' object and a 'turns' list")
        missing = [c for c in REQUIRED if call.get(c) in (None, "")]
        if missing:
            raise RecordsError(f"{where}: the call has no {', '.join(missing)}")
        if not isinstance(call["seed"], int):
            raise RecordsError(f"{where}: the call's seed is not a whole number")
        seen: set[int] = set()
        for turn in turns:
            if not isinstance(turn, dict) or any(turn.get(c) is None for c in TURN_REQUIRED):
                raise RecordsError(
                    f"{where}: a turn needs {', '.join(TURN_REQUIRED)} (and is an object)"
                )
            if not isinstance(turn["idx"], int) or turn["idx"] in seen:
                raise RecordsError(f"{where}: turn numbers must be distinct whole numbers")
            seen.add(turn["idx"])
        position = call.get("pack_position")
        if attempt is not None and (not isinstance(position, int) or position < 1):
            raise RecordsError(f"{where}: a call of an attempt needs its pack_position (from 1)")
        items.append(Item(number, name, call, turns, attempt))
    return items


def _parse_attempt(attempt: Any, where: str) -> dict[str, Any] | None:
    """An exported attempt, checked; None for a practice call (or a version 1 line)."""
    if attempt is None:
        return None
    if not isinstance(attempt, dict):
        raise RecordsError(f"{where}: 'attempt' is not an object")
    for column in ("pack", "started_at"):
        if not isinstance(attempt.get(column), str) or not attempt[column]:
            raise RecordsError(f"{where}: the attempt has no {column}")
    for column, least in (("number", 1), ("calls_total", 0)):
        value = attempt.get(column)
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise RecordsError(f"{where}: the attempt's {column} is not a whole number >= {least}")
    if attempt.get("finished_at") is not None and not isinstance(attempt["finished_at"], str):
        raise RecordsError(f"{where}: the attempt's finished_at is not a time")
    return {column: _clean(attempt.get(column)) for column in ATTEMPT_COLUMNS}


def import_items(store: Store, items: list[Item]) -> Imported:
    """Write the parsed lines, one transaction per call (each a retried write on PostgreSQL)."""
    result = Imported()
    names: set[str] = set()
    for item in items:
        names.add(item.trainee)
        if item.call is None:
            if item.attempt is None:
                store.trainee_id(item.trainee)
            else:
                store.write(partial(_import_attempt, store, item=item, result=result))
            continue
        store.write(partial(_import_call, store, item=item, result=result))
    result.trainees = len(names)
    return result


def _import_call(store: Store, conn: Any, *, item: Item, result: Imported) -> None:
    assert item.call is not None
    call = {column: _clean(item.call.get(column)) for column in CALL_COLUMNS}
    for column, default in (("title", ""), ("situation", ""), ("opening", ""), ("failed", 0)):
        if call[column] is None:
            call[column] = default
    for column in ("record_json", "compliance_json", "tips_json"):
        if call[column] is None:
            call[column] = "{}" if column == "record_json" else "[]"
    if item.attempt is not None:
        call["attempt_id"] = _import_attempt(store, conn, item=item, result=result)
        call["pack_position"] = item.call.get("pack_position")
    call_id, new = store._start_call(conn, item.trainee, call)
    before = _turn_count(conn, call_id)
    finished = new and call["outcome"] is not None
    if new:
        result.calls_added += 1
        _set_columns(conn, call_id, call, FINISH_COLUMNS)
    else:
        result.calls_known += 1
        stored = conn.execute("SELECT outcome FROM calls WHERE id = ?", (call_id,)).fetchone()
        if stored[0] is None and call["outcome"] is not None:
            _set_columns(conn, call_id, call, FINISH_COLUMNS)
            result.calls_completed += 1
            finished = True
    if item.turns:
        columns = ("call_id", *STORED_TURN_COLUMNS)
        conn.executemany(
            f"INSERT INTO turns({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            "ON CONFLICT (call_id, idx) DO NOTHING",
            [(call_id, *(_turn_value(t, c) for c in STORED_TURN_COLUMNS)) for t in item.turns],
        )
    added = _turn_count(conn, call_id) - before
    result.turns_added += added
    if finished or added:
        ended = conn.execute("SELECT outcome FROM calls WHERE id = ?", (call_id,)).fetchone()
        if ended[0] is not None:
            store_summary(conn, call_id)  # the summary of the call's turns as they now are


def _import_attempt(store: Store, conn: Any, *, item: Item, result: Imported) -> int:
    """The store's id for the item's attempt, added when new; a finished attempt finishes
    the stored copy."""
    attempt = item.attempt
    assert attempt is not None
    attempt_id, _number, new = store._start_attempt(
        conn,
        item.trainee,
        attempt["pack"],
        attempt["calls_total"],
        attempt["started_at"],
        attempt["number"],
    )
    result.attempts_added += int(new)
    if attempt["finished_at"] is not None:
        conn.execute(
            "UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
            (attempt["finished_at"], attempt_id),
        )
    return attempt_id


def _clean(value: Any) -> Any:
    """Text as the databases can store it (a lone surrogate from JSON's \\ud800 is not)."""
    return unsurrogate(value) if isinstance(value, str) else value


def _turn_value(turn: dict[str, Any], column: str) -> Any:
    value = _clean(turn.get(column))
    return TURN_DEFAULTS.get(column) if value is None else value


def _turn_count(conn: Any, call_id: int) -> int:
    return int(
        conn.execute("SELECT COUNT(*) FROM turns WHERE call_id = ?", (call_id,)).fetchone()[0]
    )


def _set_columns(conn: Any, call_id: int, call: dict[str, Any], columns: tuple[str, ...]) -> None:
    conn.execute(
        f"UPDATE calls SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        (*(call[c] for c in columns), call_id),
    )
