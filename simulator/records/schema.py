"""The records schema and its migrations, versioned in `PRAGMA user_version`.

Each entry of MIGRATIONS moves the schema from version i to i + 1. Never edit a released
migration: add a new one, so a database written by any earlier collectsim is brought up to date.
"""

from __future__ import annotations

import sqlite3

V1 = [
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

MIGRATIONS: list[list[str]] = [V1]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, migrations: list[list[str]] = MIGRATIONS) -> int:
    """Bring the schema up to the latest version; call inside a write transaction.

    The version is read inside the transaction, so two processes creating the same new file
    at once cannot both run a migration. Returns the version reached.
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for step in range(version, len(migrations)):
        for statement in migrations[step]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {step + 1}")
    return max(version, len(migrations))
