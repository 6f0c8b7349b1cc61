"""The records database: where it lives, its schema version, and what a user sees when it is
missing, foreign or from a newer collectsim."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator.records.schema import SCHEMA_VERSION
from simulator.records.store import RecordsError, Store, default_db_path, resolve_db_path

CALL = {
    "scenario": "student_forgot_first_late",
    "persona": "forgetful_student",
    "seed": 3,
    "started_at": "2026-03-10T10:30:00",
}


def turn(index: int, text: str = "Can you pay $420 today?") -> dict[str, object]:
    return {
        "index": index,
        "text": text,
        "acts": ["ask_payment"],
        "flags": ["question"],
        "cues": [{"name": "deadline_today", "text": "today"}],
        "scores": {
            "urgency": {"value": 80, "evidence": [{"cue": "deadline_today", "text": "today"}]},
            "politeness": {"value": 55, "evidence": []},
            "focus": {"value": 90, "evidence": []},
        },
        "reply": "I can pay Friday.",
        "state_before": "verified",
        "state_after": "vague",
        "debtor_was_rude": True,
    }


def test_default_path_follows_collectsim_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLLECTSIM_DB", str(tmp_path / "team.db"))
    assert default_db_path() == tmp_path / "team.db"
    assert resolve_db_path(None) == tmp_path / "team.db"
    assert resolve_db_path(tmp_path / "other.db") == tmp_path / "other.db"
    monkeypatch.delenv("COLLECTSIM_DB")
    assert default_db_path().name == "calls.db"
    assert "collectsim" in str(default_db_path())


def test_new_database_is_versioned_wal_and_keeps_turns(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "calls.db"
    with Store.open(db) as store:
        call_id = store.start_call("Ana", CALL)
        store.add_turn(call_id, turn(1))
        store.add_turn(call_id, turn(2, "[bold]So $420 by Friday?[/bold]"))
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()
    with Store.read(db) as store:
        (row,) = store.calls("Ana")
        assert row.outcome is None  # never finished: incomplete
        assert row.turn_count == 2
        turns = store.turns(call_id)
        assert [t.text for t in turns] == [
            "Can you pay $420 today?",
            "[bold]So $420 by Friday?[/bold]",
        ]
        assert turns[0].urgency == 80 and turns[0].debtor_was_rude == 1
        assert turns[0].cue_names == {"deadline_today"}


def test_finish_call_stores_outcome_scores_and_findings(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        call_id = store.start_call("Ana", CALL)
        store.finish_call(
            call_id,
            {
                "outcome": "promise_secured",
                "ended_at": "2026-03-10T10:40:00",
                "promise": {
                    "amount": 420.0,
                    "date": "2026-03-13",
                    "method": "transfer",
                    "confirmed": True,
                },
                "scores": {
                    "urgency": 70,
                    "politeness": 80,
                    "focus": 75,
                    "promise": 100,
                    "composure": None,
                    "overall": 82,
                },
                "failed": True,
                "compliance": [{"rule": "mini_miranda", "message": "say it"}],
            },
        )
        row = store.call(call_id)
    assert row is not None
    assert (row.outcome, row.overall, row.failed) == ("promise_secured", 82, 1)
    assert row.composure is None
    assert "mini_miranda" in row.rules_broken


def test_read_never_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    with pytest.raises(RecordsError, match="no call records yet"):
        Store.read(missing)
    assert not missing.exists()


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list\n" * 200)
    for opener in (Store.read, Store.open):
        with pytest.raises(RecordsError, match="not a collectsim records database"):
            opener(junk)
    assert junk.read_text().startswith("shopping list")  # nothing written over it


def test_another_programs_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE invoices (id INTEGER)")
    raw.commit()
    raw.close()
    with pytest.raises(RecordsError, match="not a collectsim records database"):
        Store.open(other)
    raw = sqlite3.connect(other)
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert tables == {"invoices"}


def test_a_database_from_a_newer_collectsim_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Store.open(db).close()
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    for opener in (Store.read, Store.open):
        with pytest.raises(RecordsError, match="newer collectsim"):
            opener(db)


def test_an_empty_sqlite_file_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()  # a zero-byte file, version 0
    with Store.read(db) as store:
        assert store.counts() == (0, 0, 0)
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_a_folder_as_database_path_is_explained(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="is a folder"):
        Store.open(tmp_path)


def test_blank_trainee_name_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store, pytest.raises(RecordsError, match="empty"):
        store.start_call("   ", CALL)


def test_migrations_upgrade_an_existing_database_and_keep_its_rows(tmp_path: Path) -> None:
    from simulator.records.schema import MIGRATIONS, migrate

    db = tmp_path / "old.db"
    with Store.open(db) as store:
        call_id = store.start_call("Ana", CALL)
        store.add_turn(call_id, turn(1))
    later = [*MIGRATIONS, ["ALTER TABLE calls ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''"]]
    with Store.open(db) as store, store.transaction() as conn:
        assert migrate(conn, later) == SCHEMA_VERSION + 1
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert raw.execute("SELECT reviewer, scenario FROM calls").fetchall() == [
        ("", "student_forgot_first_late")
    ]
    assert raw.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 1
    raw.close()
    raw = sqlite3.connect(db)
    assert migrate(raw, later) == SCHEMA_VERSION + 1  # already there: nothing is re-run
    raw.close()
    with pytest.raises(RecordsError, match="newer collectsim"):  # this build knows only v1
        Store.open(db)
