"""The records store's guarantees, on both backends from one suite: each test runs on a new
SQLite file and on a new PostgreSQL database (see backends.py: the PostgreSQL half skips
without a server, and fails instead under CI=true)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from backends import (  # noqa: F401 (fixtures)
    admin,
    backend_fixture,
    postgres_db_fixture,
    postgres_server_fixture,
)
from test_records_concurrency import WRITER

from benchmarks.synthetic_records import LINES, STYLES, fill
from simulator.records.report import build_report
from simulator.records.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from simulator.records.store import RecordsError, Store
from simulator.records.transfer import export_lines, import_items, parse_lines

CALL = {
    "scenario": "student_forgot_first_late",
    "persona": "forgetful_student",
    "seed": 3,
    "started_at": "2026-03-10T10:30:00",
}


def turn(index: int, text: str = "Can you pay $420 today? 100% sure") -> dict[str, Any]:
    return {
        "index": index,
        "text": text,
        "acts": ["ask_payment"],
        "cues": [{"name": "deadline_today", "text": "today"}],
        "scores": {"urgency": {"value": 80}, "politeness": {"value": 55}, "focus": {"value": 9}},
        "reply": "I can pay Friday.",
        "debtor_was_rude": True,
    }


def raw_execute(location: str, sql: str) -> list[tuple[Any, ...]]:
    """Run SQL on the database behind the store's back (another program, or an old build)."""
    if location.startswith("postgresql://"):
        with admin(location) as conn:
            cur = conn.execute(sql)
            return list(cur.fetchall()) if cur.description else []
    import sqlite3

    conn = sqlite3.connect(location)
    try:
        rows = conn.execute(sql).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def test_each_turn_is_kept_and_an_unfinished_call_is_incomplete(backend: str) -> None:
    with Store.open(backend) as store:
        call_id = store.start_call("Ana", CALL)
        store.add_turn(call_id, turn(1))
        store.add_turn(call_id, turn(2, "[bold]So $420 by Friday?[/bold] 'quoted' ?"))
    with Store.read(backend) as store:
        (row,) = store.calls("Ana")
        assert row.outcome is None and row.turn_count == 2
        turns = store.turns(call_id)
        assert [t.text for t in turns] == [
            "Can you pay $420 today? 100% sure",
            "[bold]So $420 by Friday?[/bold] 'quoted' ?",
        ]
        assert (turns[0].urgency, turns[0].debtor_was_rude) == (80, 1)
        assert turns[0].cue_names == {"deadline_today"}
        assert store.counts() == (1, 1, 2)
        report = build_report(store)
    assert report.trainees[0].incomplete == 1


def test_a_write_run_twice_is_stored_once(backend: str) -> None:
    """What lets PostgreSQL writes be retried after a lost connection."""
    with Store.open(backend) as store:
        call = {**CALL, "recorded_at": "2026-03-10T10:30:00.123456+00:00"}
        first = store.start_call("Ana", call)
        assert store.start_call("Ana", call) == first
        store.add_turn(first, turn(1))
        store.add_turn(first, turn(1, "said again"))
        store.finish_call(first, {"outcome": "hung_up", "scores": {"overall": 40}})
        store.finish_call(first, {"outcome": "hung_up", "scores": {"overall": 40}})
        assert store.counts() == (1, 1, 1)
        assert store.turns(first)[0].text == "said again"


def test_finished_call_keeps_outcome_scores_and_findings(backend: str) -> None:
    with Store.open(backend) as store:
        call_id = store.start_call("Ana", CALL)
        store.finish_call(
            call_id,
            {
                "outcome": "promise_secured",
                "scores": {"urgency": 70, "overall": 82, "composure": None},
                "failed": True,
                "compliance": [{"rule": "mini_miranda", "message": "say it"}],
            },
        )
        row = store.call(call_id)
    assert row is not None
    assert (row.outcome, row.overall, row.failed, row.composure) == (
        "promise_secured",
        82,
        1,
        None,
    )
    assert "mini_miranda" in row.rules_broken


def test_reading_never_creates_anything(backend: str) -> None:
    with pytest.raises(RecordsError, match="no call records yet"):
        Store.read(backend)
    if backend.startswith("postgresql://"):
        assert raw_execute(backend, "SELECT to_regclass('calls')") == [(None,)]
    else:
        assert not Path(backend).exists()


def test_another_applications_database_is_refused_and_left_alone(backend: str) -> None:
    raw_execute(backend, "CREATE TABLE invoices (id INTEGER)")
    for opener in (Store.open, Store.read):
        with pytest.raises(RecordsError, match="not a collectsim records database|another app"):
            opener(backend)
    tables = (
        raw_execute(
            backend,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
        if backend.startswith("postgresql://")
        else raw_execute(backend, "SELECT name FROM sqlite_master WHERE type = 'table'")
    )
    assert tables == [("invoices",)]


def test_a_database_from_a_newer_collectsim_is_refused(backend: str) -> None:
    Store.open(backend).close()
    if backend.startswith("postgresql://"):
        raw_execute(backend, f"UPDATE collectsim_schema SET version = {SCHEMA_VERSION + 1}")
    else:
        raw_execute(backend, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for opener in (Store.read, Store.open):
        with pytest.raises(RecordsError, match="newer collectsim"):
            opener(backend)


def test_migrations_upgrade_and_keep_rows(backend: str) -> None:
    with Store.open(backend) as store:
        call_id = store.start_call("Ana", CALL)
        store.add_turn(call_id, turn(1))
    later = [*MIGRATIONS, ["ALTER TABLE calls ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''"]]
    with Store.open(backend) as store:
        with store.transaction() as conn:
            assert migrate(conn, later) == SCHEMA_VERSION + 1
        with store.transaction() as conn:
            assert migrate(conn, later) == SCHEMA_VERSION + 1  # nothing is run again
        assert schema_version(store.conn) == SCHEMA_VERSION + 1
        assert [tuple(r) for r in store.query("SELECT reviewer, scenario FROM calls")] == [
            ("", "student_forgot_first_late")
        ]
    with pytest.raises(RecordsError, match="newer collectsim"):
        Store.open(backend)


def test_the_report_is_the_same_on_both_backends(backend: str, tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    for location in (str(reference), backend):
        with Store.open(location) as store:
            fill(store, trainees=5, calls=60, turns_per_call=6, incomplete_every=7)
    with Store.read(str(reference)) as store:
        expected = build_report(store).to_dict()
    with Store.read(backend) as store:
        got = build_report(store).to_dict()
    for varies in ("database", "generated"):  # where it is, and the second it was built
        expected.pop(varies), got.pop(varies)
    assert got == expected


def test_concurrent_writers_lose_nothing(backend: str, tmp_path: Path) -> None:
    writers, calls_each = 4, 8
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, backend, f"writer-{i}", str(go), str(calls_each)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(writers)
    ]
    time.sleep(1.0)
    go.touch()
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    with Store.read(backend) as store:
        assert store.trainee_names() == [f"writer-{i}" for i in range(writers)]
        for i in range(writers):
            calls = store.calls(f"writer-{i}")
            assert sorted(c.seed for c in calls) == list(range(calls_each))
            assert all(c.outcome is not None and c.turn_count > 0 for c in calls)


def test_export_then_import_twice_stores_each_call_once(backend: str, tmp_path: Path) -> None:
    source = tmp_path / "laptop.db"
    with Store.open(source) as store:
        done = store.start_call("Ana", {**CALL, "title": "Student"})
        store.add_turn(done, turn(1))
        store.add_turn(done, turn(2))
        store.finish_call(done, {"outcome": "promise_secured", "scores": {"overall": 88}})
        going = store.start_call("Bo", {**CALL, "seed": 4})
        store.add_turn(going, turn(1))
        store.trainee_id("Cy")  # no calls yet
        first = list(export_lines(store))
    assert len(first) == 3 and all(json.loads(line) for line in first)

    with Store.open(backend) as target:
        result = import_items(target, parse_lines(first, "export.jsonl"))
        assert (result.calls_added, result.turns_added, result.trainees) == (2, 3, 3)
        again = import_items(target, parse_lines(first, "export.jsonl"))
        assert (again.calls_added, again.calls_known, again.turns_added) == (0, 2, 0)
        assert target.counts() == (3, 2, 3)

    with Store.open(source) as store:  # Bo's call went on after the first export
        store.add_turn(going, turn(2))
        store.finish_call(going, {"outcome": "hung_up", "scores": {"overall": 30}})
        later = list(export_lines(store))
    with Store.open(backend) as target:
        result = import_items(target, parse_lines(later, "later.jsonl"))
        assert (result.calls_added, result.calls_completed, result.turns_added) == (0, 1, 1)
        assert target.counts() == (3, 2, 4)
        assert list(export_lines(target)) == later  # the same records, line for line


def test_bad_export_lines_are_refused_before_anything_is_written(backend: str) -> None:
    good = json.dumps(
        {
            "format": "collectsim-call",
            "version": 1,
            "trainee": "Ana",
            "call": {**CALL, "recorded_at": "2026-03-10T10:30:00+00:00"},
            "turns": [],
        }
    )
    for bad, message in (
        ("not json", "export.jsonl:2: not a JSON object"),
        ('{"format": "other"}', "not a collectsim export line"),
        (good.replace('"version": 1', '"version": 9'), "upgrade collectsim"),
        (good.replace('"Ana"', '"A\\nB"'), "line break"),
    ):
        with pytest.raises(RecordsError, match=message):
            parse_lines([good, bad], "export.jsonl")


def _styled_turn(index: int, line: Any, rude: bool) -> dict[str, Any]:
    """A turn dict (as the recorder writes it) from one of the synthetic styles' lines."""
    return {
        "index": index,
        "text": line.text,
        "acts": line.acts,
        "flags": line.flags,
        "cues": [{"name": cue} for cue in line.cues],
        "scores": {
            "urgency": {"value": line.urgency},
            "politeness": {"value": line.politeness},
            "focus": {"value": line.focus},
        },
        "debtor_was_rude": rude,
    }


def test_the_report_reads_stored_temperament_summaries_as_it_reads_the_turns(
    backend: str,
) -> None:
    """A finished call keeps its temperament summary; the report built from the summaries
    says what it says when it reads every turn (calls of an earlier version have none)."""
    with Store.open(backend) as store:
        for n, style in enumerate(STYLES * 3):
            lines = LINES[style]
            call_id = store.start_call(f"{style} trainee", {**CALL, "seed": n})
            for i in range(7):
                line = lines[(i * (n + 1)) % len(lines)]
                store.add_turn(call_id, _styled_turn(i + 1, line, rude=i % 3 == 1))
            if n % 5 != 4:  # some calls never end: no summary, read from their turns
                store.finish_call(call_id, {"outcome": "hung_up", "scores": {"overall": 50}})
        # a turn added after the call ended: the call's stored summary and count are cleared,
        # so the report counts and reads its turns
        store.add_turn(call_id - 1, _styled_turn(8, LINES["aggressive"][0], rude=False))
    stored = raw_execute(
        backend, "SELECT COUNT(*) FROM calls WHERE temperament_json IS NOT NULL AND turn_count = 7"
    )
    assert stored == [(9,)]  # 10 calls ended, one was given a turn afterwards
    # a damaged summary is read past: that call's turns are read instead
    raw_execute(backend, 'UPDATE calls SET temperament_json = \'{"v": 1, "tal\' WHERE seed = 0')
    with Store.read(backend) as store:
        from_summaries = build_report(store).to_dict()
    raw_execute(backend, "UPDATE calls SET temperament_json = NULL")
    with Store.read(backend) as store:
        from_turns = build_report(store).to_dict()
    from_summaries.pop("generated"), from_turns.pop("generated")
    assert from_summaries == from_turns
    readings = [t["temperament"] for t in from_turns["trainees"]]
    assert len({r["type"] for r in readings} - {"uncertain"}) >= 2  # readings to compare
    assert all(r["evidence"] for r in readings)
