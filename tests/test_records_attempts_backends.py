"""Assessment attempts (schema 2) on both records backends: the migration from version 1 with
its Python step, starting an attempt as a write that may run twice, and export/import carrying
attempts. Each test runs on a new SQLite file and on a new PostgreSQL database (backends.py)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from backends import (  # noqa: F401 (fixtures)
    backend_fixture,
    postgres_db_fixture,
    postgres_server_fixture,
)

from simulator.records.postgres import PgConnection, is_url
from simulator.records.report import build_report
from simulator.records.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from simulator.records.store import Store
from simulator.records.transfer import export_lines, import_items, parse_lines

PACK = "assessment-v1"


def old_build(location: str) -> Any:
    """A connection as an earlier collectsim had it (autocommit; the same SQL on both)."""
    if is_url(location):
        return PgConnection(location)
    conn = sqlite3.connect(location, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def call(scenario: str, at: str, seed: int = 0) -> dict[str, Any]:
    return {
        "scenario": scenario,
        "persona": "p",
        "seed": seed,
        "started_at": at,
        "recorded_at": at,
    }


def test_migration_from_version_1_runs_its_python_step(backend: str) -> None:
    """Version 1's rows, written by an old build, become attempts and one identity per name."""
    conn = old_build(backend)
    try:
        conn.execute("BEGIN")
        migrate(conn, MIGRATIONS[:1])
        assert schema_version(conn) == 1
        ids = {}
        for name in ("Zoë", "zoë", "Bo"):
            ids[name] = conn.execute(
                "INSERT INTO trainees(name, created_at) VALUES (?, 'x') RETURNING id", (name,)
            ).fetchone()[0]
        calls = [
            ("Zoë", "a", "assessment-v1", "2026-01-01T10:00", "refused"),
            ("Zoë", "b", "assessment-v1", "2026-01-01T10:10", "refused"),
            ("zoë", "a", "assessment-v1", "2026-01-02T10:00", "refused"),  # a retake
            ("zoë", "x", None, "2026-01-03T10:00", None),  # practice
            ("Bo", "a", "assessment-v1", "2026-01-04T10:00", None),  # died mid-call
        ]
        call_ids = []
        for name, scenario, pack, at, outcome in calls:
            call_ids.append(
                conn.execute(
                    """INSERT INTO calls(trainee_id, scenario, persona, seed, started_at,
                           recorded_at, finished_at, outcome, assessment)
                       VALUES (?, ?, 'p', 0, ?, ?, ?, ?, ?) RETURNING id""",
                    (ids[name], scenario, at, at, at if outcome else None, outcome, pack),
                ).fetchone()[0]
            )
        conn.execute("COMMIT")
    finally:
        conn.close()

    with Store.read(backend) as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        assert store.trainee_names() == ["Bo", "Zoë"]
        attempts = store.attempts("ZOË")
        assert [(a.number, a.calls_done, a.calls_total) for a in attempts] == [
            (1, 2, 2),
            (2, 1, 2),
        ]
        assert attempts[0].finished_at is not None and attempts[1].finished_at is None
        positions = {r.id: r.pack_position for r in store.calls("zoë")}
        assert positions == dict(zip(call_ids[:4], [1, 2, 1, None], strict=True))
        (bo,) = store.attempts("bo")
        assert (bo.calls_done, bo.calls_total, bo.finished_at) == (0, 2, None)
        report = build_report(store, pack=True)
    zoe = next(t for t in report.trainees if t.name == "Zoë")
    assert zoe.pack is not None and zoe.pack.complete and zoe.pack.attempt == 1
    # a new trainee after the migration gets its own id (the identity columns carry on)
    with Store.open(backend) as store:
        assert store.trainee_id("Cy") not in ids.values()
        assert store.trainee_id("ZOË") == ids["Zoë"]


def test_an_attempt_started_twice_is_stored_once(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What lets starting an attempt be retried after a lost connection: the first run of the
    write committed, its answer was lost, and the store ran the write again."""
    with Store.open(backend) as store:
        write = store.write

        def committed_then_run_again(action: Any) -> Any:
            write(action)
            return write(action)

        monkeypatch.setattr(store, "write", committed_then_run_again)
        at = "2026-03-10T10:30:00.123456+00:00"
        first = store.start_attempt("Ana", PACK, 2, started_at=at)
        monkeypatch.setattr(store, "write", write)
        assert first == (first[0], 1)
        assert [a.number for a in store.attempts("Ana")] == [1]
        # the same instant again is another start, not the same one: two tabs at once
        assert store.start_attempt("ana", PACK, 2, started_at=at)[1] == 2
        second = store.start_attempt("Ana", PACK, 2)
        assert second[1] == 3 and second[0] != first[0]
        for position, scenario in enumerate(("a", "b"), start=1):
            call_id = store.start_call(
                "Ana",
                {**call(scenario, f"2026-03-10T10:3{position}"), "attempt_id": first[0]}
                | {"pack_position": position},
            )
            store.finish_call(call_id, {"outcome": "hung_up", "scores": {"overall": 50}})
            store.finish_call(call_id, {"outcome": "hung_up", "scores": {"overall": 50}})
        done = [(a.number, a.calls_done, a.finished_at is not None) for a in store.attempts()]
        assert done == [(1, 2, True), (2, 0, False), (3, 0, False)]


STARTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from simulator.records.store import Store

    db, go, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    with Store.open(db) as store:
        while not go.exists():  # start together
            time.sleep(0.005)
        for _ in range(count):
            store.start_attempt("Ana", "assessment-v1", 5)
    """
)


def test_attempts_started_at_once_each_get_their_own_number(backend: str, tmp_path: Path) -> None:
    """Two tabs of one trainee starting the pack at the same moment: no number twice."""
    Store.open(backend).close()
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, backend, str(go), "5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    time.sleep(1.0)
    go.touch()
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Store.read(backend) as store:
        assert [a.number for a in store.attempts("Ana")] == list(range(1, 21))


def laptop(path: Path) -> list[str]:
    """A collector's own file: a complete attempt, practice, an attempt with one call of two,
    and an attempt started with no call yet; its export."""
    with Store.open(path) as store:
        first, _ = store.start_attempt("Ana", PACK, 2, started_at="2026-03-01T09:00:00+00:00")
        for position, scenario in enumerate(("a", "b"), start=1):
            cid = store.start_call(
                "Ana",
                call(scenario, f"2026-03-01T09:0{position}:00+00:00")
                | {"attempt_id": first, "pack_position": position, "assessment": PACK},
            )
            store.add_turn(cid, {"index": 1, "text": "Can you pay today?"})
            store.finish_call(cid, {"outcome": "promise_secured", "scores": {"overall": 80}})
        store.start_call("Ana", call("x", "2026-03-02T09:00:00+00:00", seed=7))
        going, _ = store.start_attempt("Ana", PACK, 2, started_at="2026-03-03T09:00:00+00:00")
        store.start_call(
            "Ana",
            call("a", "2026-03-03T09:01:00+00:00")
            | {"attempt_id": going, "pack_position": 1, "assessment": PACK},
        )
        store.start_attempt("Bo", PACK, 2, started_at="2026-03-04T09:00:00+00:00")
        return list(export_lines(store))


def test_export_and_import_carry_attempts(backend: str, tmp_path: Path) -> None:
    lines = laptop(tmp_path / "laptop.db")
    kinds = [json.loads(line)["format"] for line in lines]
    assert kinds == ["collectsim-call"] * 4 + ["collectsim-trainee", "collectsim-attempt"]
    assert [json.loads(line)["attempt"] is None for line in lines[:4]] == [
        False,
        False,
        True,
        False,
    ]

    with Store.open(backend) as target:
        # the team store already has an attempt of Ana's, numbered 1
        target.start_attempt("Ana", PACK, 2, started_at="2026-02-01T09:00:00+00:00")
        result = import_items(target, parse_lines(lines, "mine.jsonl"))
        assert (result.calls_added, result.attempts_added, result.trainees) == (4, 3, 2)
        again = import_items(target, parse_lines(lines, "mine.jsonl"))
        assert (again.calls_added, again.attempts_added, again.turns_added) == (0, 0, 0)
        got = [
            (a.trainee, a.number, a.calls_done, a.calls_total, a.finished_at)
            for a in target.attempts()
        ]
        assert [row[:4] + (row[4] is not None,) for row in got] == [
            ("Ana", 1, 0, 2, False),  # the team store's own
            ("Ana", 2, 2, 2, True),
            ("Ana", 3, 0, 2, False),  # its one call is still going
            ("Bo", 1, 0, 2, False),
        ]
        # numbers 1 and 2 were taken: the imported attempts follow on, calls keep their place
        positions = [(c.scenario, c.pack_position) for c in target.calls("Ana")]
        assert positions == [("a", 1), ("b", 2), ("x", None), ("a", 1)]
        report = build_report(target, "Ana", pack=True).trainees[0]
        assert report.pack is not None and report.pack.complete and report.pack.attempt == 2


def test_export_is_the_same_after_a_round_trip(backend: str, tmp_path: Path) -> None:
    lines = laptop(tmp_path / "laptop.db")
    with Store.open(backend) as target:
        import_items(target, parse_lines(lines, "mine.jsonl"))
        assert list(export_lines(target)) == lines


def test_version_1_lines_still_import_as_practice(backend: str) -> None:
    line = json.dumps(
        {
            "format": "collectsim-call",
            "version": 1,
            "trainee": "Ana",
            "call": call("a", "2026-03-01T09:00:00+00:00") | {"assessment": PACK},
            "turns": [],
        }
    )
    with Store.open(backend) as target:
        assert import_items(target, parse_lines([line], "old.jsonl")).calls_added == 1
        (row,) = target.calls("Ana")
        assert row.attempt_id is None and target.attempts() == []
