"""Hostile input and store faults (issue 11, items 7 and 8): undecodable standard input never
reaches the store; a call whose turns could not be stored ends with exit 3 and says how many
were kept; a database deleted mid-call is reported; a read-only -shm file is refused before
SQLite can map it; `report` reads a damaged database as far as it can; an out-of-range seed
is a usage error."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.synthetic_records import fill
from simulator.cli import cli
from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.records.recorder import attach_recorder
from simulator.records.store import RecordsError, Store

SCENARIO = "student_forgot_first_late"
LINES = "Hello, am I speaking with {debtor_name}?\nThis is about {amount_overdue}.\nBye.\n"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def call_rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT c.outcome, (SELECT COUNT(*) FROM turns WHERE call_id = c.id) FROM calls c"
        ).fetchall()


# --- item 7: invalid UTF-8 on standard input -----------------------------------------------


def test_undecodable_script_on_stdin_is_refused_before_the_call(tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    code, _out, err = run(
        "play", SCENARIO, "--script", "-", "--trainee", "Ana", "--db", str(db),
        stdin=b"Hello\nI am \xff here\n",
    )  # fmt: skip
    assert code == 2 and "<stdin>:2: not UTF-8 text (byte 0xff)" in err
    assert not db.exists() or call_rows(db) == []  # no incomplete call left behind
    code, out, err = run("play", SCENARIO, "--script", "-", "--json", stdin=b"Hi \xfe\n")
    assert code == 2 and out == ""


def test_undecodable_typed_line_is_not_said(tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    code, out, err = run(
        "play", SCENARIO, "--trainee", "Ana", "--db", str(db), stdin=b"Hello \xff\nHello there\n"
    )
    assert code == 0 and "not UTF-8 text and was not said" in err
    assert call_rows(db) == [("ended_by_trainee", 1)]


def test_the_store_never_fails_on_a_lone_surrogate(tmp_path: Path, library: Library) -> None:
    scenario = library.scenario(SCENARIO)
    call = Call(scenario, library.persona_for(scenario))
    recorder = attach_recorder(call, trainee="Ana", db_path=tmp_path / "calls.db")
    call.say("Hello \udcff there")
    call.end()
    assert recorder.loss_message() is None
    with sqlite3.connect(tmp_path / "calls.db") as conn:
        assert conn.execute("SELECT text FROM turns").fetchone()[0] == "Hello \ufffd there"


# --- item 8: records that could not be kept ------------------------------------------------


def test_disk_full_ends_with_exit_3_and_a_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "calls.db"
    said = {"n": 0}
    original = Store.add_turn

    def add_turn(self: Store, call_id: int, turn: dict[str, object]) -> None:
        said["n"] += 1
        if said["n"] >= 2:
            raise sqlite3.OperationalError("database or disk is full")
        original(self, call_id, turn)

    monkeypatch.setattr(Store, "add_turn", add_turn)
    code, _out, err = run(
        "play", SCENARIO, "--script", "-", "--trainee", "Ana", "--db", str(db), stdin=LINES
    )
    assert code == 3
    assert "2 of 3 turn(s) could not be saved" in err and "1 kept" in err
    assert call_rows(db) == [(None, 1)]  # incomplete, not a finished call missing turns


def test_a_database_deleted_mid_call_is_reported(tmp_path: Path, library: Library) -> None:
    db = tmp_path / "calls.db"
    scenario = library.scenario(SCENARIO)
    call = Call(scenario, library.persona_for(scenario))
    messages: list[str] = []
    recorder = attach_recorder(call, trainee="Ana", db_path=db)
    recorder.on_error = messages.append
    call.say("Hello, am I speaking with the debtor?")
    for part in tmp_path.glob("calls.db*"):
        part.unlink()
    call.say("This is about the money you owe.")
    call.end()
    assert recorder.lost_turns() == 2
    assert "was deleted or replaced during the call: the call and its 2 turn(s)" in str(
        recorder.loss_message()
    )
    assert messages and "deleted or replaced" in messages[0]


def test_an_unwritable_shm_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "calls.db"
    with Store.open(db):
        pass
    shm = tmp_path / "calls.db-shm"
    shm.write_bytes(b"")
    shm.chmod(0o444)
    real_access = os.access

    def access(path: object, mode: int) -> bool:  # root may write anything: act as a user
        if Path(str(path)) == shm:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(RecordsError, match="calls.db-shm' cannot be written"):
        Store.open(db)
    code, _out, err = run("play", SCENARIO, "--script", "-", "--db", str(db), stdin=LINES)
    assert code == 2 and "cannot be written" in err


def test_a_side_file_another_writer_deletes_while_it_is_checked_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eight writers opening one database: the -wal another one checkpoints away between
    "does it exist?" and "can I write it?" is not read as unwritable."""
    db = tmp_path / "calls.db"
    with Store.open(db):
        pass
    wal = tmp_path / "calls.db-wal"
    wal.write_bytes(b"")
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if Path(str(path)) == wal and wal.exists():
            wal.unlink()  # the other writer closes the database just now
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    with Store.open(db) as store:
        assert store.trainee_id("Ana") == 1


def test_seed_out_of_sqlite_range_is_a_usage_error(tmp_path: Path) -> None:
    code, _out, err = run(
        "play", SCENARIO, "--seed", "9223372036854775808", "--db", str(tmp_path / "c.db"),
        "--script", "-", stdin=LINES,
    )  # fmt: skip
    assert code == 2 and "--seed" in err and "Traceback" not in err
    code, _out, _err = run(
        "play", SCENARIO, "--seed", "9223372036854775807", "--db", str(tmp_path / "c.db"),
        "--script", "-", stdin=LINES,
    )  # fmt: skip
    assert code == 0


def damaged_db(tmp_path: Path) -> tuple[Path, int]:
    """A records file with one page of its calls (what the report reads: each ended call
    carries its turn count and temperament summary) overwritten."""
    db = tmp_path / "calls.db"
    with Store.open(db) as store:
        fill(store, trainees=3, calls=120, turns_per_call=8, seed=3)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        total = conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0]
        try:
            leaves = conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'calls' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            ).fetchall()
            page = leaves[len(leaves) // 2][0]
        except sqlite3.OperationalError:  # no dbstat: a page two thirds in
            page = conn.execute("PRAGMA page_count").fetchone()[0] * 2 // 3
    with db.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xa5" * size)
    return db, total


def test_report_reads_a_damaged_database_as_far_as_it_can(tmp_path: Path) -> None:
    db, total = damaged_db(tmp_path)
    code, out, err = run("report", "--db", str(db), "--format", "json")
    assert code == 3, err
    assert "Traceback" not in err and "malformed" not in out
    data = json.loads(out)
    assert 0 < data["team"]["turns"] < total
    assert "is damaged" in err and "left out of this report" in err
    code, out, err = run("report", "--db", str(db))  # the text report too
    assert code == 3 and out.startswith("Team report: 3 trainees")
