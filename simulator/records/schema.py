"""The records schema and its migrations, versioned in `PRAGMA user_version`.

Each entry of MIGRATIONS moves the schema from version i to i + 1. Never edit a released
migration: add a new one, so a database written by any earlier collectsim is brought up to date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# A migration step: an SQL statement, or a function for what SQL alone cannot do.
Migration = str | Callable[[sqlite3.Connection], None]

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


def _v2_backfill(conn: sqlite3.Connection) -> None:
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
            cur = conn.execute(
                """INSERT INTO attempts(trainee_id, pack, number, calls_total, started_at)
                   VALUES (?, ?, ?, 0, ?)""",
                (tid, pack, numbers[group], recorded_at),
            )
            attempt = (int(cur.lastrowid or 0), set())
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
                   ON a.id = c.attempt_id WHERE a.pack = ? GROUP BY a.id)""",
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

MIGRATIONS: list[list[Migration]] = [V1, V2]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, migrations: list[list[Migration]] = MIGRATIONS) -> int:
    """Bring the schema up to the latest version; call inside a write transaction.

    The version is read inside the transaction, so two processes creating the same new file
    at once cannot both run a migration. Returns the version reached.
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for step in range(version, len(migrations)):
        for statement in migrations[step]:
            if isinstance(statement, str):
                conn.execute(statement)
            else:
                statement(conn)
        conn.execute(f"PRAGMA user_version = {step + 1}")
    return max(version, len(migrations))
