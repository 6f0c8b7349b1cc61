"""The records schema and its migrations, versioned in `PRAGMA user_version` on SQLite and in
the one-row table `collectsim_schema` on PostgreSQL.

Each entry of MIGRATIONS moves the schema from version i to i + 1. Never edit a released
migration: add a new one, so a database written by any earlier collectsim is brought up to date.
Both backends run the same migrations: PostgreSQL reads each statement through `for_postgres`
(an `INTEGER PRIMARY KEY` is an identity column there, and there is no `WITHOUT ROWID`). A step
that SQL alone cannot do is a function given the store's connection: an sqlite3 connection, or
on PostgreSQL the store's `PgConnection`, so it writes SQL both accept (`?` placeholders, rows
read by position, `RETURNING id` where sqlite3 would offer `lastrowid`, an alias on every
subquery in FROM).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

VERSION_TABLE = "collectsim_schema"
# Taken for the length of the migrating transaction, so two processes opening a new
# PostgreSQL database at once cannot both create the tables.
MIGRATION_LOCK = 0x636F6C6C  # "coll"

# A migration step: an SQL statement, or a function for what SQL alone cannot do (given the
# store's connection, on either backend: see above).
Migration = str | Callable[[Any], None]

V1: list[Migration] = [
    """CREATE TABLE trainees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
    # outcome is NULL while the call runs, and stays NULL when its process died: "incomplete".
    # started_at/ended_at are the call's own clock; recorded_at/finished_at the real UTC time,
    # which orders calls for trends.
    """CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        trainee_id INTEGER NOT NULL REFERENCES trainees(id),
        scenario TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        persona TEXT NOT NULL,
        situation TEXT NOT NULL DEFAULT '',
        seed INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        recorded_at TEXT NOT NULL,
        finished_at TEXT,
        outcome TEXT,
        promise_json TEXT,
        record_json TEXT NOT NULL DEFAULT '{}',
        opening TEXT NOT NULL DEFAULT '',
        urgency INTEGER,
        politeness INTEGER,
        focus INTEGER,
        promise INTEGER,
        composure INTEGER,
        overall INTEGER,
        failed INTEGER NOT NULL DEFAULT 0,
        compliance_json TEXT NOT NULL DEFAULT '[]',
        tips_json TEXT NOT NULL DEFAULT '[]',
        assessment TEXT
    )""",
    "CREATE INDEX calls_by_trainee ON calls(trainee_id, recorded_at)",
    """CREATE TABLE turns (
        call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        acts_json TEXT NOT NULL DEFAULT '[]',
        flags_json TEXT NOT NULL DEFAULT '[]',
        slots_json TEXT NOT NULL DEFAULT '{}',
        cues_json TEXT NOT NULL DEFAULT '[]',
        cue_names TEXT NOT NULL DEFAULT '',
        urgency INTEGER NOT NULL,
        politeness INTEGER NOT NULL,
        focus INTEGER NOT NULL,
        scores_json TEXT NOT NULL DEFAULT '{}',
        reply TEXT NOT NULL DEFAULT '',
        state_before TEXT NOT NULL DEFAULT '',
        state_after TEXT NOT NULL DEFAULT '',
        trigger TEXT,
        mood TEXT NOT NULL DEFAULT '',
        patience INTEGER NOT NULL DEFAULT 0,
        pressure INTEGER NOT NULL DEFAULT 0,
        debtor_was_rude INTEGER NOT NULL DEFAULT 0,
        debtor_drifted INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (call_id, idx)
    ) WITHOUT ROWID""",
]


def _v2_backfill(conn: Any) -> None:
    """Trainee identities (NFC, case-folded; trainees that differ only there are merged into
    the first one registered) and, for the calls of earlier versions marked as an assessment,
    their attempts: a new attempt starts when a scenario of the pack comes round again."""
    from simulator.records.names import name_key

    first: dict[str, int] = {}
    for tid, name in conn.execute("SELECT id, name FROM trainees ORDER BY id").fetchall():
        key = name_key(name)
        if key in first:
            conn.execute("UPDATE calls SET trainee_id = ? WHERE trainee_id = ?", (first[key], tid))
            conn.execute("DELETE FROM trainees WHERE id = ?", (tid,))
        else:
            first[key] = tid
            conn.execute("UPDATE trainees SET key = ? WHERE id = ?", (key, tid))
    rows = conn.execute(
        """SELECT id, trainee_id, assessment, scenario, recorded_at
           FROM calls WHERE assessment IS NOT NULL ORDER BY trainee_id, recorded_at, id"""
    ).fetchall()
    current: dict[tuple[int, str], tuple[int, set[str]]] = {}
    numbers: dict[tuple[int, str], int] = {}
    for call_id, tid, pack, scenario, recorded_at in rows:
        group = (tid, pack)
        attempt = current.get(group)
        if attempt is None or scenario in attempt[1]:
            numbers[group] = numbers.get(group, 0) + 1
            row = conn.execute(
                """INSERT INTO attempts(trainee_id, pack, number, calls_total, started_at)
                   VALUES (?, ?, ?, 0, ?) RETURNING id""",
                (tid, pack, numbers[group], recorded_at),
            ).fetchone()
            attempt = (int(row[0]), set())
            current[group] = attempt
        attempt[1].add(scenario)
        conn.execute(
            "UPDATE calls SET attempt_id = ?, pack_position = ? WHERE id = ?",
            (attempt[0], len(attempt[1]), call_id),
        )
    # an earlier version did not record the pack's size: the largest attempt stands for it
    for (tid, pack), _number in numbers.items():
        size = conn.execute(
            """SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM calls c JOIN attempts a
                   ON a.id = c.attempt_id WHERE a.pack = ? GROUP BY a.id) AS sizes""",
            (pack,),
        ).fetchone()[0]
        conn.execute(
            "UPDATE attempts SET calls_total = ? WHERE trainee_id = ? AND pack = ?",
            (size or 0, tid, pack),
        )
    conn.execute(
        """UPDATE attempts SET finished_at = (
               SELECT MAX(c.finished_at) FROM calls c WHERE c.attempt_id = attempts.id)
           WHERE calls_total = (SELECT COUNT(*) FROM calls c WHERE c.attempt_id = attempts.id
                                AND c.outcome IS NOT NULL)"""
    )


# Assessment attempts as records of their own: who, which pack (its name is its version),
# how many calls it has, when it started and finished (NULL: not complete), the attempt
# number per trainee and pack. A call of an attempt knows its place in the pack; a call
# with no attempt is practice. Trainees get their identity key (see records/names.py).
V2: list[Migration] = [
    """CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        trainee_id INTEGER NOT NULL REFERENCES trainees(id),
        pack TEXT NOT NULL,
        number INTEGER NOT NULL,
        calls_total INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        UNIQUE (trainee_id, pack, number)
    )""",
    "ALTER TABLE calls ADD COLUMN attempt_id INTEGER REFERENCES attempts(id)",
    "ALTER TABLE calls ADD COLUMN pack_position INTEGER",
    "ALTER TABLE trainees ADD COLUMN key TEXT",
    _v2_backfill,
    "CREATE UNIQUE INDEX trainees_by_key ON trainees(key)",
    "CREATE INDEX calls_by_attempt ON calls(attempt_id)",
]


def _v3_turn_trigger(conn: Any) -> None:
    """A turn written to a call that has its summary (a turn added after the call ended)
    clears the summary and the count, on either backend, whoever writes the turn: the
    report then reads that call's turns."""
    clear = (
        "UPDATE calls SET turn_count = NULL, temperament_json = NULL "
        "WHERE id = NEW.call_id AND turn_count IS NOT NULL"
    )
    if is_postgres(conn):
        conn.execute(
            "CREATE FUNCTION collectsim_turn_written() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {clear}; RETURN NULL; END $$"
        )
        conn.execute(
            "CREATE TRIGGER turns_written AFTER INSERT OR UPDATE ON turns FOR EACH ROW "
            "EXECUTE FUNCTION collectsim_turn_written()"
        )
        return
    for event in ("INSERT", "UPDATE"):
        conn.execute(
            f"CREATE TRIGGER turns_{event.lower()} AFTER {event} ON turns BEGIN {clear}; END"
        )


# Each finished call keeps its turn count and its temperament summary
# (scoring.temperament.CallSummary as JSON: the tally of its turns and the lines that show each
# type), written when the call ends, so a report reads one row per call instead of every turn
# and counting them. NULL (calls of earlier versions, calls that never ended, a call given a
# turn after it ended): the report counts and reads that call's turns instead.
V3: list[Migration] = [
    "ALTER TABLE calls ADD COLUMN turn_count INTEGER",
    "ALTER TABLE calls ADD COLUMN temperament_json TEXT",
    _v3_turn_trigger,
]

# Each attempt started here keeps the token of the write that started it, so a write run
# again (after a lost connection) finds its attempt, while two tabs starting the pack in the
# same microsecond get two attempts. NULL: attempts of earlier versions and imported ones,
# which are known by their started_at.
V4: list[Migration] = [
    "ALTER TABLE attempts ADD COLUMN write_token TEXT",
    "CREATE UNIQUE INDEX attempts_by_write_token ON attempts(write_token)",
]

MIGRATIONS: list[list[Migration]] = [V1, V2, V3, V4]
SCHEMA_VERSION = len(MIGRATIONS)


def is_postgres(conn: Any) -> bool:
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def for_postgres(statement: str) -> str:
    """A migration statement as PostgreSQL says it."""
    statement = statement.replace(
        "id INTEGER PRIMARY KEY", "id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    )
    return statement.replace(") WITHOUT ROWID", ")")


def schema_version(conn: Any) -> int:
    """The database's schema version (0: nothing of ours yet)."""
    if not is_postgres(conn):
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    if conn.execute(f"SELECT to_regclass('{VERSION_TABLE}')").fetchone()[0] is None:
        return 0
    row = conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return int(row[0]) if row else 0


def foreign_tables(conn: Any) -> list[str]:
    """The tables in the database that are not collectsim's (another application's)."""
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name"
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ours = {"trainees", "calls", "turns", "attempts", VERSION_TABLE}
    return [str(r[0]) for r in rows if str(r[0]) not in ours]


def _set_version(conn: Any, version: int) -> None:
    if not is_postgres(conn):
        conn.execute(f"PRAGMA user_version = {version}")
        return
    conn.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
    conn.execute(f"DELETE FROM {VERSION_TABLE}")
    conn.execute(f"INSERT INTO {VERSION_TABLE}(version) VALUES ({int(version)})")


def migrate(conn: Any, migrations: list[list[Migration]] = MIGRATIONS) -> int:
    """Bring the schema up to the latest version; call inside a write transaction.

    The version is read inside the transaction (on PostgreSQL after taking the migration
    lock), so two processes creating the same new database at once cannot both run a
    migration. Returns the version reached.
    """
    postgres = is_postgres(conn)
    if postgres:
        conn.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
    version = schema_version(conn)
    for step in range(version, len(migrations)):
        for statement in migrations[step]:
            if isinstance(statement, str):
                conn.execute(for_postgres(statement) if postgres else statement)
            else:
                statement(conn)  # the store's connection, on either backend
        _set_version(conn, step + 1)
    return max(version, len(migrations))
