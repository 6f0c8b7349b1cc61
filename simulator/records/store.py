"""The call records: trainees, their calls and every turn, in one SQLite file or in a
PostgreSQL database (`--db postgresql://...`, see `postgres.py`), behind the same `Store`.

Several processes may write at once (a team playing the assessment pack on one shared file),
so every write runs in its own short transaction (on SQLite `BEGIN IMMEDIATE`: the writer
takes the lock up front and waits for it instead of failing half-way with "database is
locked"). Each turn is committed as it is said; a call whose process died keeps its turns and
has no outcome, which the reports show as "incomplete". On PostgreSQL a write whose
connection was lost (the server restarted) is run again on a new connection: every write is
idempotent (a turn is keyed by call and index, a call by trainee, start time, scenario and
seed), so running one twice stores it once.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from simulator.records.errors import ConnectionLost, RecordsError
from simulator.records.names import TraineeNameError, clean_name, name_key
from simulator.records.postgres import is_url
from simulator.records.schema import (
    MIGRATION_LOCK,
    SCHEMA_VERSION,
    foreign_tables,
    migrate,
    schema_version,
)
from simulator.records.stored import StoredAttempt, StoredCall, StoredTurn
from simulator.scoring.dimensions import DIMENSIONS
from simulator.scoring.temperament import CallSummary, TurnFacts, summarise_call
from simulator.textsafe import unsurrogate

__all__ = ["ConnectionLost", "RecordsError", "Store"]

BUSY_TIMEOUT_MS = 30_000
DB_FILENAME = "calls.db"
# Taken on PostgreSQL while an attempt is numbered, with the trainee's id in the low bits.
ATTEMPT_LOCK = 0x61747470  # "attp"
# How long a write waits for a PostgreSQL server to come back (a restart takes seconds).
RECONNECT_WITHIN_S = 30.0

T = TypeVar("T")


def default_db_path() -> Path:
    """COLLECTSIM_DB when set, else calls.db in the user's data folder."""
    override = os.environ.get("COLLECTSIM_DB")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("collectsim", appauthor=False)) / DB_FILENAME


def resolve_db_path(explicit: str | Path | None) -> Path:
    return Path(explicit) if explicit else default_db_path()


def resolve_db(explicit: str | Path | None) -> str | Path:
    """Where the records are: a `postgresql://` URL (from --db or COLLECTSIM_DB) as it is
    given, otherwise the SQLite file's path."""
    for candidate in (explicit, os.environ.get("COLLECTSIM_DB")):
        if candidate:
            return str(candidate) if is_url(str(candidate)) else Path(candidate)
    return default_db_path()


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def dumps(value: Any) -> str:
    return unsurrogate(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _text(value: Any) -> Any:
    """Text as SQLite can store it: a lone surrogate (from undecodable input) would make the
    insert fail and lose the turn, so it becomes U+FFFD."""
    return unsurrogate(value) if isinstance(value, str) else value


def check_name(name: str) -> str:
    """The trainee name to keep (records/names.py: NFC, spaces tidied); RecordsError when it
    is empty or could forge or hide text in a report (line breaks, control or reordering
    characters)."""
    try:
        return clean_name(name)
    except TraineeNameError as exc:
        raise RecordsError(str(exc)) from exc


def _check_version(conn: sqlite3.Connection, db: Path) -> int:
    """The file's schema version; RecordsError when it is not ours or is from a newer
    collectsim."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0 and _has_foreign_tables(conn):
        raise RecordsError(
            f"'{db}' is an SQLite file but not a collectsim records database; "
            "give another --db path"
        )
    if version > SCHEMA_VERSION:
        raise RecordsError(too_new(db, version))
    return version


@contextmanager
def _closed_on_error(store: Store) -> Iterator[None]:
    """Close a half-opened store on any failure, turning SQLite's errors into ours."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        store.close()
        raise _friendly(Path(store.path), exc) from exc
    except RecordsError:
        store.close()
        raise


class Store:
    """An open records database. Use `Store.open(path)` to write, `Store.read(path)` to read."""

    def __init__(self, path: Path | str, conn: Any) -> None:
        self.path = path  # the SQLite file, or the PostgreSQL URL without its password
        self.conn = conn
        self.postgres = getattr(conn, "dialect", "sqlite") == "postgresql"
        self.identity = None if self.postgres else _identity(Path(path))

    def still_there(self) -> bool:
        """Whether the path still names the file this store opened: SQLite keeps writing to
        a file that was deleted or replaced, and those writes are lost when it closes."""
        if self.postgres:
            return True
        assert isinstance(self.path, Path)
        if self.identity is None:
            self.identity = _identity(self.path)
            return self.identity is not None
        return _identity(self.path) == self.identity

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open (creating and migrating when needed) the database for writing."""
        db = resolve_db(path)
        if isinstance(db, str):
            return cls._open_postgres(db, create=True)
        if db.is_dir():
            raise RecordsError(
                f"records database '{db}' is a folder; give a file path (e.g. --db calls.db)"
            )
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise RecordsError(
                f"cannot create the folder for records database '{db}': {exc.strerror}"
            ) from exc
        store = cls(db, _connect(db))
        with _closed_on_error(store):
            _enable_wal(store.conn)
            with store.transaction():
                _check_version(store.conn, db)
                migrate(store.conn)
        return store

    @classmethod
    def read(cls, path: str | Path | None = None) -> Store:
        """Open an existing database for reading; never creates a file (nor, on PostgreSQL,
        a table)."""
        db = resolve_db(path)
        if isinstance(db, str):
            return cls._open_postgres(db, create=False)
        if not db.exists():
            raise RecordsError(
                f"no call records yet: '{db}' does not exist (record calls with "
                "'collectsim play SCENARIO --trainee NAME' or the assessment pack)"
            )
        if db.is_dir():
            raise RecordsError(f"records database '{db}' is a folder; give a file path")
        store = cls(db, _connect(db))
        with _closed_on_error(store):
            if _check_version(store.conn, db) < SCHEMA_VERSION:
                with store.transaction():
                    migrate(store.conn)
        return store

    @classmethod
    def _open_postgres(cls, url: str, create: bool) -> Store:
        from simulator.records.postgres import PgConnection

        conn = PgConnection(url)
        store = cls(conn.shown, conn)
        try:
            version = schema_version(conn)
            if version == 0 and foreign_tables(conn):
                raise RecordsError(
                    f"PostgreSQL database '{conn.shown}' holds another application's tables "
                    f"({', '.join(foreign_tables(conn)[:3])}), not collectsim records; "
                    "create a database for collectsim (createdb collectsim) and point --db at it"
                )
            if version > SCHEMA_VERSION:
                raise RecordsError(too_new(conn.shown, version))
            if version == 0 and not create:
                raise RecordsError(
                    f"no call records yet in '{conn.shown}' (record calls with "
                    "'collectsim play SCENARIO --trainee NAME' or the assessment pack)"
                )
            if version < SCHEMA_VERSION:
                # Locked before the transaction begins, so it sees the tables another
                # process created while this one waited.
                conn.execute(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
                try:
                    with store.transaction():
                        migrate(conn)
                finally:
                    conn.execute(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction (on SQLite the lock is taken up front, so it waits rather
        than fails)."""
        if self.postgres:
            self.conn.execute("BEGIN")
        else:
            _retry_locked(lambda: self.conn.execute("BEGIN IMMEDIATE"))
        try:
            yield self.conn
        except BaseException:
            if not (self.postgres and self.conn.broken):
                self.conn.execute("ROLLBACK")
            raise
        else:
            if self.postgres:
                self.conn.execute("COMMIT")
            else:
                _retry_locked(lambda: self.conn.execute("COMMIT"))

    def write(self, action: Callable[[Any], T]) -> T:
        """Run `action(conn)` in one transaction. On PostgreSQL, when the connection is lost
        (the server restarted) the store reconnects, waiting up to RECONNECT_WITHIN_S, and runs
        the whole transaction again: each write is idempotent, so it is stored once."""
        deadline = time.monotonic() + RECONNECT_WITHIN_S
        while True:
            try:
                if self.postgres and self.conn.broken:
                    self.conn.reconnect(max(0.0, deadline - time.monotonic()))
                with self.transaction() as conn:
                    return action(conn)
            except ConnectionLost:
                if time.monotonic() >= deadline:
                    raise

    # --- writing ------------------------------------------------------------------------

    def trainee_id(self, name: str) -> int:
        name = check_name(name)
        return self.write(lambda conn: self._trainee_id(conn, name))

    @staticmethod
    def _trainee_id(conn: Any, name: str) -> int:
        """The trainee with this name's identity (NFC, case-folded), registered if new; the
        first spelling registered is the one reports show."""
        key = name_key(name)
        # no conflict target: a name or a key already there (both are unique) registers none
        conn.execute(
            "INSERT INTO trainees(name, key, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (name, key, now_utc()),
        )
        row = conn.execute("SELECT id FROM trainees WHERE key = ?", (key,)).fetchone()
        if row is None:  # the same text under another identity key (cannot be from us)
            row = conn.execute("SELECT id FROM trainees WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def start_attempt(
        self, trainee: str, pack: str, calls_total: int, started_at: str | None = None
    ) -> tuple[int, int]:
        """A new attempt at `pack` for `trainee`: (attempt id, attempt number, from 1),
        started now unless `started_at` is given. The write carries a token of its own, so
        run again (after a lost connection) it starts the attempt once, and two starts in
        the same instant are two attempts."""
        trainee = check_name(trainee)
        started = started_at or now_utc()
        token = uuid.uuid4().hex
        return self.write(
            lambda conn: self._start_attempt(
                conn, trainee, pack, calls_total, started, write_token=token
            )[:2]
        )

    def _start_attempt(
        self,
        conn: Any,
        trainee: str,
        pack: str,
        calls_total: int,
        started_at: str,
        number: int | None = None,
        write_token: str | None = None,
    ) -> tuple[int, int, bool]:
        """(attempt id, attempt number, whether it was new). An attempt is known by its
        `write_token` when given, else (an import) by its trainee, pack and `started_at`.
        `number` is taken when no other attempt of the trainee at the pack has it (an
        import), else the next one is."""
        trainee_id = self._trainee_id(conn, trainee)
        if self.postgres:
            # one attempt at a time per trainee, as SQLite's BEGIN IMMEDIATE gives: two tabs
            # starting the pack at once must not both take the next number
            conn.execute(
                "SELECT pg_advisory_xact_lock(CAST(? AS bigint))",
                ((ATTEMPT_LOCK << 32) | trainee_id,),
            )
        if write_token is not None:
            found = conn.execute(
                "SELECT id, number FROM attempts WHERE write_token = ?", (write_token,)
            ).fetchone()
        else:
            found = conn.execute(
                "SELECT id, number FROM attempts "
                "WHERE trainee_id = ? AND pack = ? AND started_at = ?",
                (trainee_id, pack, started_at),
            ).fetchone()
        if found is not None:
            return int(found[0]), int(found[1]), False
        taken = (
            number is not None
            and conn.execute(
                "SELECT 1 FROM attempts WHERE trainee_id = ? AND pack = ? AND number = ?",
                (trainee_id, pack, number),
            ).fetchone()
        )
        if number is None or taken:
            number = int(
                conn.execute(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM attempts "
                    "WHERE trainee_id = ? AND pack = ?",
                    (trainee_id, pack),
                ).fetchone()[0]
            )
        row = conn.execute(
            """INSERT INTO attempts(trainee_id, pack, number, calls_total, started_at,
                                   write_token)
               VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
            (trainee_id, pack, number, calls_total, started_at, write_token),
        ).fetchone()
        return int(row[0]), number, True

    def start_call(self, trainee: str, call: dict[str, Any]) -> int:
        """Write the call's row (no outcome yet); returns its id. A call already stored (the
        same trainee, recorded_at, scenario and seed: a write run again, or an import) keeps
        its row and its id is returned. `attempt_id` and `pack_position` place it in an
        assessment attempt; without them it is practice."""
        trainee = check_name(trainee)
        call = {**call, "recorded_at": call.get("recorded_at") or now_utc()}
        return self.write(lambda conn: self._start_call(conn, trainee, call)[0])

    def _start_call(self, conn: Any, trainee: str, call: dict[str, Any]) -> tuple[int, bool]:
        """(the call's id, whether it was new)."""
        trainee_id = self._trainee_id(conn, trainee)
        found = conn.execute(
            "SELECT id FROM calls WHERE trainee_id = ? AND recorded_at = ? AND scenario = ? "
            "AND seed = ?",
            (trainee_id, call["recorded_at"], call["scenario"], call["seed"]),
        ).fetchone()
        if found is not None:
            return int(found[0]), False
        row = conn.execute(
            """INSERT INTO calls(trainee_id, scenario, title, persona, situation, seed,
                   started_at, recorded_at, record_json, opening, assessment, attempt_id,
                   pack_position)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            (
                trainee_id,
                call["scenario"],
                call.get("title", ""),
                call["persona"],
                call.get("situation", ""),
                call["seed"],
                call["started_at"],
                call["recorded_at"],
                call["record_json"] if "record_json" in call else dumps(call.get("record", {})),
                _text(call.get("opening", "")),
                call.get("assessment"),
                call.get("attempt_id"),
                call.get("pack_position"),
            ),
        ).fetchone()
        return int(row[0]), True

    def add_turn(self, call_id: int, turn: dict[str, Any]) -> None:
        """One turn, committed at once (a crash afterwards keeps it)."""
        params = turn_params(call_id, turn)
        self.write(lambda conn: conn.execute(TURN_INSERT, params))

    def add_turns(self, call_id: int, turns: list[dict[str, Any]]) -> None:
        rows = [turn_params(call_id, t) for t in turns]
        self.write(lambda conn: conn.executemany(TURN_INSERT, rows))

    def finish_call(self, call_id: int, result: dict[str, Any]) -> None:
        """The outcome, promise, scores and findings of a call that has ended."""
        self.write(lambda conn: self._finish_call(conn, call_id, result))

    @staticmethod
    def _finish_call(conn: Any, call_id: int, result: dict[str, Any]) -> None:
        scores = result.get("scores", {})
        conn.execute(
            f"""UPDATE calls SET ended_at = ?, finished_at = ?, outcome = ?,
                   promise_json = ?, {" = ?, ".join(DIMENSIONS)} = ?,
                   promise = ?, composure = ?, overall = ?, failed = ?,
                   compliance_json = ?, tips_json = ?
               WHERE id = ?""",
            (
                result.get("ended_at"),
                result.get("finished_at") or now_utc(),
                result["outcome"],
                dumps(result.get("promise", {})),
                *(scores.get(d) for d in DIMENSIONS),
                scores.get("promise"),
                scores.get("composure"),
                scores.get("overall"),
                int(bool(result.get("failed"))),
                dumps(result.get("compliance", [])),
                dumps(result.get("tips", [])),
                call_id,
            ),
        )
        store_summary(conn, call_id)
        # the attempt is complete once each of its calls has ended
        conn.execute(
            """UPDATE attempts SET finished_at = ?
               WHERE id = (SELECT attempt_id FROM calls WHERE id = ?)
                 AND finished_at IS NULL
                 AND calls_total <= (SELECT COUNT(*) FROM calls c
                                     WHERE c.attempt_id = attempts.id
                                       AND c.outcome IS NOT NULL)""",
            (result.get("finished_at") or now_utc(), call_id),
        )

    # --- reading ------------------------------------------------------------------------

    def trainee_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM trainees").fetchall()
        return sorted(str(r[0]) for r in rows)  # code point order on both backends

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        """Rows of a read (`?` placeholders on both backends), by name or by position."""
        yield from self.conn.execute(sql, tuple(params))

    def find_trainee(self, name: str) -> str | None:
        """The registered name with the same identity as `name` (case, Unicode form)."""
        row = self.conn.execute(
            "SELECT name FROM trainees WHERE key = ?", (name_key(name),)
        ).fetchone()
        return None if row is None else str(row[0])

    def attempts(self, trainee: str | None = None) -> list[StoredAttempt]:
        """The attempts with the trainee's name and the calls done (ended), oldest first."""
        sql = """SELECT a.*, t.name AS trainee,
                        (SELECT COUNT(*) FROM calls c WHERE c.attempt_id = a.id
                             AND c.outcome IS NOT NULL) AS calls_done
                 FROM attempts a JOIN trainees t ON t.id = a.trainee_id"""
        params: tuple[Any, ...] = ()
        if trainee is not None:
            sql += " WHERE t.key = ?"
            params = (name_key(trainee),)
        rows = self.conn.execute(sql + " ORDER BY t.name, a.pack, a.number", params)
        return [_attempt(row) for row in rows]

    def calls(self, trainee: str | None = None) -> list[StoredCall]:
        """The calls (with the trainee's name), oldest first."""
        return [_call(row) for row in self._call_rows(trainee, plain=True)]

    def _call_rows(self, trainee: str | None, select: str = "", plain: bool = False) -> list[Any]:
        """CALL_SELECT's rows (or `select`'s), oldest first: plain tuples when `plain`."""
        sql = select or CALL_SELECT
        params: tuple[Any, ...] = ()
        if trainee is not None:
            sql += " WHERE t.key = ?"
            params = (name_key(trainee),)
        cursor = self.conn.cursor()
        if plain:
            cursor.row_factory = None
        return list(cursor.execute(sql + " ORDER BY c.recorded_at, c.id", params).fetchall())

    def call(self, call_id: int) -> StoredCall | None:
        cursor = self.conn.cursor()
        cursor.row_factory = None
        row = cursor.execute(CALL_SELECT + " WHERE c.id = ?", (call_id,)).fetchone()
        return None if row is None else _call(row)

    def turns(self, call_id: int) -> list[StoredTurn]:
        rows = self.conn.execute("SELECT * FROM turns WHERE call_id = ? ORDER BY idx", (call_id,))
        return [_turn(row) for row in rows]

    def turns_of_trainee(self, trainee: str | None = None) -> Iterator[StoredTurn]:
        """Every turn (for temperament), in call order (trainee, then when recorded)."""
        sql = """SELECT tu.* FROM turns tu JOIN calls c ON c.id = tu.call_id
                 JOIN trainees t ON t.id = c.trainee_id"""
        params: tuple[Any, ...] = ()
        if trainee is not None:
            sql += " WHERE t.key = ?"
            params = (name_key(trainee),)
        for row in self.conn.execute(sql + " ORDER BY t.name, c.recorded_at, c.id, tu.idx", params):
            yield _turn(row)

    def turn_facts(self, call_ids: Iterable[int] | None = None) -> Iterator[TurnFacts]:
        """The turns as temperament reads them, in (call, turn) order: the report's fast path
        (the table's own order, so no sorting, and plain tuples, not row objects).
        `call_ids` limits them."""
        for values in self._turn_values(FACT_COLUMNS, call_ids):
            yield facts_from_values(values)

    def _turn_values(
        self, columns: Sequence[str], call_ids: Iterable[int] | None = None
    ) -> Iterator[tuple[Any, ...]]:
        sql = f"SELECT {', '.join(columns)} FROM turns"
        if self.postgres and call_ids is None:
            yield from self.conn.stream(sql + " ORDER BY call_id, idx")
            return
        cursor = self.conn.cursor()
        cursor.row_factory = None
        if call_ids is None:
            yield from cursor.execute(sql + " ORDER BY call_id, idx")
            return
        wanted = sorted(set(call_ids))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            yield from cursor.execute(
                f"{sql} WHERE call_id IN ({marks}) ORDER BY call_id, idx", chunk
            )

    def export_calls(
        self, trainee: str | None = None
    ) -> Iterator[tuple[StoredCall, dict[str, Any], list[dict[str, Any]]]]:
        """Each call as `records export` writes it, oldest first: the call, its columns as
        stored (CALL_COLUMNS, JSON as its text) and its turns' (STORED_TURN_COLUMNS)."""
        for row in self._call_rows(trainee, EXPORT_SELECT):
            turns = self.conn.execute(
                "SELECT * FROM turns WHERE call_id = ? ORDER BY idx", (int(row["id"]),)
            ).fetchall()
            yield (
                _call(row),
                {column: row[column] for column in CALL_COLUMNS},
                [{column: t[column] for column in STORED_TURN_COLUMNS} for t in turns],
            )

    def counts(self) -> tuple[int, int, int]:
        """(trainees, calls, turns)."""
        row = self.conn.execute(
            "SELECT (SELECT COUNT(*) FROM trainees), (SELECT COUNT(*) FROM calls), "
            "(SELECT COUNT(*) FROM turns)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])


def store_summary(conn: Any, call_id: int) -> None:
    """Keep the call's turn count and temperament summary, read from its stored turns (so it
    is what a report would read from them). A turn written afterwards clears both (a trigger,
    see schema.py)."""
    rows = conn.execute(
        f"SELECT {', '.join(FACT_COLUMNS)} FROM turns WHERE call_id = ? ORDER BY idx", (call_id,)
    ).fetchall()
    summary = summarise_call([facts_from_values(tuple(row)) for row in rows])
    conn.execute(
        "UPDATE calls SET turn_count = ?, temperament_json = ? WHERE id = ?",
        (len(rows), summary.to_json(), call_id),
    )


# --- reading a damaged file ----------------------------------------------------------------

# Each table's key, in the order SQLite keeps its rows: reading resumes after the last key.
_KEYS = {
    "trainees": ("id",),
    "attempts": ("id",),
    "calls": ("id",),
    "turns": ("call_id", "idx"),
}


def salvage(store: Store) -> tuple[Store, int]:
    """What can still be read of a damaged database, copied into a new in-memory store, and
    how many damaged stretches were skipped. Each table is read in key order; where a page
    cannot be read, reading jumps ahead (ever further) to the next key that can, so one bad
    page costs the rows on it, not the rest of the file."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    memory.row_factory = sqlite3.Row
    memory.execute("PRAGMA foreign_keys = OFF")  # a call whose trainee row is lost stays
    migrate(memory)
    skipped = 0
    for table, keys in _KEYS.items():
        skipped += _copy_readable(store.conn, memory, table, keys)
    copy = Store(store.path, memory)
    copy.identity = None
    return copy, skipped


def _copy_readable(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, keys: tuple[str, ...]
) -> int:
    try:
        columns = [str(r[1]) for r in target.execute(f"PRAGMA table_info({table})")]
        have = {str(r[1]) for r in source.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return 1
    columns = [c for c in columns if c in have]
    if not columns:
        return 1
    names = ", ".join(columns)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    order = ", ".join(keys)
    where_after = f"({order}) > ({', '.join('?' * len(keys))})"
    key_at = [columns.index(k) for k in keys]
    cursor = source.cursor()
    cursor.row_factory = None
    last: tuple[Any, ...] | None = None
    resumed_at: tuple[Any, ...] | None = None
    skipped = 0
    step = 1
    while True:
        try:
            if last is None:
                rows = cursor.execute(f"SELECT {names} FROM {table} ORDER BY {order}")
            else:
                rows = cursor.execute(
                    f"SELECT {names} FROM {table} WHERE {where_after} ORDER BY {order}", last
                )
            for row in rows:
                target.execute(insert, row)
                last = tuple(row[i] for i in key_at)
            return skipped
        except sqlite3.DatabaseError:
            if resumed_at is not None and last == resumed_at:
                step *= 2  # no row read since the last jump: jump further
            else:
                skipped += 1  # a new damaged stretch
                step = 1
            last = resumed_at = _next_readable(cursor, table, keys, last, step)
            if last is None:
                return skipped


def _next_readable(
    cursor: sqlite3.Cursor,
    table: str,
    keys: tuple[str, ...],
    last: tuple[Any, ...] | None,
    step: int,
) -> tuple[Any, ...] | None:
    """A key just before the first readable row at least `step` past `last`, or None when
    none can be found: the first key column is probed ever further ahead."""
    start = int(last[0]) if last is not None and isinstance(last[0], int) else 0
    while step < 1 << 40:
        try:
            row = cursor.execute(
                f"SELECT {keys[0]} FROM {table} WHERE {keys[0]} >= ? ORDER BY {keys[0]} LIMIT 1",
                (start + step,),
            ).fetchone()
        except sqlite3.DatabaseError:
            step *= 2
            continue
        if row is None:
            return None
        first = int(row[0])
        # just before that row: resume with every row whose first key is at least `first`
        return (first - 1,) if len(keys) == 1 else (first - 1, *([1 << 62] * (len(keys) - 1)))
    return None


# --- rows as records (stored.py): every JSON column is decoded here, once -----------------


def _loads(text: str | None, empty: Any) -> Any:
    if not text or text in ("[]", "{}"):
        return empty
    return json.loads(text)


def _call(row: Sequence[Any]) -> StoredCall:
    """A call read by CALL_SELECT (by position: the report reads 100,000 of them)."""
    (
        call_id,
        scenario,
        title,
        persona,
        situation,
        seed,
        started_at,
        ended_at,
        recorded_at,
        finished_at,
        outcome,
        promise_json,
        opening,
        urgency,
        politeness,
        focus,
        promise,
        composure,
        overall,
        failed,
        compliance_json,
        tips_json,
        assessment,
        attempt_id,
        pack_position,
        temperament_json,
        trainee,
        turn_count,
    ) = row[:28]
    terms = _loads(promise_json, {})
    return StoredCall(
        id=int(call_id),
        trainee=str(trainee),
        scenario=str(scenario),
        title=str(title or ""),
        persona=str(persona),
        situation=str(situation or ""),
        seed=int(seed),
        started_at=str(started_at),
        ended_at=ended_at,
        recorded_at=str(recorded_at),
        finished_at=finished_at,
        outcome=outcome,
        promise_terms=terms if isinstance(terms, dict) else {},
        opening=str(opening or ""),
        urgency=urgency,
        politeness=politeness,
        focus=focus,
        promise=promise,
        composure=composure,
        overall=overall,
        failed=bool(failed),
        compliance=tuple(_loads(compliance_json, ())),
        tips=tuple(_loads(tips_json, ())),
        assessment=assessment,
        attempt_id=attempt_id,
        pack_position=pack_position,
        turn_count=int(turn_count),
        temperament=stored_summary(temperament_json, int(turn_count)),
    )


# What temperament reads of a turn, in the order `facts_from_values` takes them.
FACT_COLUMNS = (
    "call_id",
    "idx",
    "text",
    "acts_json",
    "flags_json",
    "cue_names",
    "politeness",
    "urgency",
    "focus",
    "debtor_was_rude",
    "debtor_drifted",
)


def facts_from_values(values: Sequence[Any]) -> TurnFacts:
    """A stored turn as a plain row in FACT_COLUMNS order (the fast path for reports)."""
    call_id, idx, text, acts, flags, cues, politeness, urgency, focus, rude, drifted = values
    return TurnFacts(
        str(call_id),
        idx,
        text,
        _names(acts),
        _names(flags),
        _names(cues),
        politeness,
        urgency,
        focus,
        bool(rude),
        bool(drifted),
    )


@functools.lru_cache(maxsize=4096)
def _names(value: str) -> frozenset[str]:
    """A JSON list or space-separated names; stored rows repeat a few hundred distinct ones."""
    return frozenset(json.loads(value)) if value.startswith("[") else frozenset(value.split())


def stored_summary(stored: str | None, turns: int) -> CallSummary | None:
    """A call's stored temperament summary, when it is there and still covers every turn of
    the call (an import may have added turns since)."""
    if not stored:
        return None
    summary = CallSummary.from_json(stored)
    return summary if summary is not None and summary.turns == turns else None


def _turn(row: Any) -> StoredTurn:
    return StoredTurn(
        call_id=int(row["call_id"]),
        idx=int(row["idx"]),
        text=str(row["text"]),
        acts=tuple(_loads(row["acts_json"], ())),
        flags=tuple(_loads(row["flags_json"], ())),
        slots=_loads(row["slots_json"], {}),
        cues=tuple(_loads(row["cues_json"], ())),
        cue_names=frozenset(str(row["cue_names"] or "").split()),
        urgency=int(row["urgency"]),
        politeness=int(row["politeness"]),
        focus=int(row["focus"]),
        scores=_loads(row["scores_json"], {}),
        reply=str(row["reply"] or ""),
        state_before=str(row["state_before"] or ""),
        state_after=str(row["state_after"] or ""),
        trigger=row["trigger"],
        mood=str(row["mood"] or ""),
        patience=int(row["patience"] or 0),
        pressure=int(row["pressure"] or 0),
        debtor_was_rude=bool(row["debtor_was_rude"]),
        debtor_drifted=bool(row["debtor_drifted"]),
        at=str(row["at"] or ""),
    )


def _attempt(row: Any) -> StoredAttempt:
    return StoredAttempt(
        id=int(row["id"]),
        trainee=str(row["trainee"]),
        pack=str(row["pack"]),
        number=int(row["number"]),
        calls_total=int(row["calls_total"]),
        calls_done=int(row["calls_done"]),
        started_at=str(row["started_at"]),
        finished_at=row["finished_at"],
    )


CALL_SELECT = """SELECT c.id, c.scenario, c.title, c.persona, c.situation, c.seed, c.started_at,
                        c.ended_at, c.recorded_at, c.finished_at, c.outcome, c.promise_json,
                        c.opening, c.urgency, c.politeness, c.focus, c.promise, c.composure,
                        c.overall, c.failed, c.compliance_json, c.tips_json, c.assessment,
                        c.attempt_id, c.pack_position, c.temperament_json, t.name AS trainee,
                        COALESCE(c.turn_count, (SELECT COUNT(*) FROM turns tu
                                                WHERE tu.call_id = c.id)) AS turn_count
                 FROM calls c JOIN trainees t ON t.id = c.trainee_id"""

# what `records export` reads: every column (the collection record too), after CALL_SELECT's
EXPORT_SELECT = CALL_SELECT.replace(" AS turn_count\n", " AS turn_count, c.*\n", 1)

CALL_COLUMNS = (
    "scenario",
    "title",
    "persona",
    "situation",
    "seed",
    "started_at",
    "ended_at",
    "recorded_at",
    "finished_at",
    "outcome",
    "promise_json",
    "record_json",
    "opening",
    "urgency",
    "politeness",
    "focus",
    "promise",
    "composure",
    "overall",
    "failed",
    "compliance_json",
    "tips_json",
    "assessment",
)
TURN_COLUMNS = (
    "call_id",
    "idx",
    "text",
    "acts_json",
    "flags_json",
    "slots_json",
    "cues_json",
    "cue_names",
    *DIMENSIONS,
    "scores_json",
    "reply",
    "state_before",
    "state_after",
    "trigger",
    "mood",
    "patience",
    "pressure",
    "debtor_was_rude",
    "debtor_drifted",
    "at",
)

STORED_TURN_COLUMNS = TURN_COLUMNS[1:]  # without call_id

# What an imported turn that lacks a column gets.
TURN_DEFAULTS: dict[str, Any] = {
    "acts_json": "[]",
    "flags_json": "[]",
    "slots_json": "{}",
    "cues_json": "[]",
    "cue_names": "",
    "scores_json": "{}",
    "reply": "",
    "state_before": "",
    "state_after": "",
    "mood": "",
    "patience": 0,
    "pressure": 0,
    "debtor_was_rude": 0,
    "debtor_drifted": 0,
    "at": "",
}


# A turn said again (a write run again after a lost connection) replaces the stored one.
TURN_INSERT = (
    f"INSERT INTO turns({', '.join(TURN_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(TURN_COLUMNS))}) ON CONFLICT (call_id, idx) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in TURN_COLUMNS[2:])
)


def turn_params(call_id: int, turn: dict[str, Any]) -> tuple[Any, ...]:
    """A turn as `export.turn_dict` gives it (plus debtor_was_rude/debtor_drifted) -> row."""
    scores = turn.get("scores", {})

    def value(name: str) -> int:
        return int(scores.get(name, {}).get("value", 0))

    return (
        call_id,
        turn["index"],
        _text(turn["text"]),
        dumps(turn.get("acts", [])),
        dumps(turn.get("flags", [])),
        dumps(turn.get("slots", {})),
        dumps(turn.get("cues", [])),
        # the cue names alone, so temperament reads 150,000 turns without parsing their cues
        " ".join(sorted({str(c.get("name", "")) for c in turn.get("cues", [])})),
        *(value(d) for d in DIMENSIONS),
        dumps(scores),
        _text(turn.get("reply", "")),
        turn.get("state_before", ""),
        turn.get("state_after", ""),
        turn.get("trigger"),
        turn.get("mood", ""),
        turn.get("patience", 0),
        turn.get("pressure", 0),
        int(bool(turn.get("debtor_was_rude"))),
        int(bool(turn.get("debtor_drifted"))),
        turn.get("at", ""),
    )


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _writable_or_gone(side: Path) -> bool:
    """Can this process write the side file, or is there none? Another collectsim opening or
    closing the database creates and deletes it meanwhile: a file gone between the two checks
    (or made between them) is asked about again, so only one that stays unwritable fails."""
    return any(os.access(side, os.R_OK | os.W_OK) or not side.exists() for _ in range(3))


def _check_side_files(db: Path) -> None:
    """SQLite maps the -shm file into memory; one it cannot write (another user's, or made
    read-only) ends the process with SIGBUS at the first write, so refuse it up front."""
    for end in ("-wal", "-shm"):
        side = db.with_name(db.name + end)
        if not _writable_or_gone(side):
            raise RecordsError(
                f"'{side}' cannot be written (read-only, or another user's); when no "
                "collectsim is running, delete it or make it writable, or give another --db path"
            )


def _connect(db: Path) -> sqlite3.Connection:
    _check_side_files(db)
    try:
        conn = sqlite3.connect(
            db, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise RecordsError(f"cannot open records database '{db}': {exc}") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL is durable across a killed process in WAL mode (only a power cut can lose the
        # last commits), and much faster per turn than FULL.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _friendly(db, exc) from exc
    return conn


def _enable_wal(conn: sqlite3.Connection) -> None:
    mode = _retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
    if mode is not None and str(mode[0]).lower() != "wal":
        # e.g. a network file system: the store still works, one writer at a time
        pass


def _retry_locked(action: Any, attempts: int = 50) -> Any:
    """Run `action`, retrying a while when another process holds the lock.

    busy_timeout already waits inside SQLite; this covers the few cases where SQLite returns
    SQLITE_BUSY at once (switching to WAL while another process opens the file).
    """
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    return None


def too_new(db: Path | str, version: int) -> str:
    return (
        f"records database '{db}' was written by a newer collectsim (schema {version}, "
        f"this one knows up to {SCHEMA_VERSION}); upgrade collectsim"
    )


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return bool(rows)


def _friendly(db: Path, exc: sqlite3.DatabaseError) -> RecordsError:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return RecordsError(
            f"'{db}' is not a collectsim records database ({text}); give another --db path"
        )
    if "readonly" in text or "unable to open" in text:
        return RecordsError(
            f"cannot write records database '{db}' ({text}); check the folder's "
            "permissions or give another --db path"
        )
    return RecordsError(f"records database '{db}': {text}")
