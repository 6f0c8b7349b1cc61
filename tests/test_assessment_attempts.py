"""Issue 13: assessment attempts as records, the pack-only report, the pass mark, trainee
names, every report format, and the scores and readings a trainer agrees with."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from backends import (  # noqa: F401 (fixtures)
    backend_fixture,
    postgres_db_fixture,
    postgres_server_fixture,
)
from click.testing import CliRunner, Result

from simulator.cli import cli
from simulator.content.library import Library
from simulator.records.assessment import assessment_pack
from simulator.records.names import name_key
from simulator.records.render import num
from simulator.records.report import half_up
from simulator.records.schema import MIGRATIONS, migrate
from simulator.records.store import RecordsError, Store

GOOD = [
    "Good morning, this is Sam from {lender}. Am I speaking with {debtor_name}?",
    "Thank you. This is an attempt to collect a debt and any information obtained will be "
    "used for that purpose.",
    "Your payment of {amount_overdue} is overdue. Can you pay it by Friday?",
    "Could you pay {amount_overdue} by Friday by bank transfer?",
    "So that's {amount_overdue} by Friday by bank transfer. Is that right?",
    "Thank you, goodbye.",
]
PRACTICE = ["Hello, is this {debtor_name}?", "Pay now.", "Pay it now, I said."]


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def scripts(tmp_path: Path, library: Library, lines: list[str]) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir(exist_ok=True)
    for sid, _seed in assessment_pack(library):
        (folder / f"{sid}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def mixed_db(tmp_path: Path, library: Library, backend: str) -> str:
    """Dana: practice, a complete pack, more practice, then an abandoned second attempt.
    Lee: one call of a pack, then the input ran out. On each records backend: a new SQLite
    file, and a new PostgreSQL database (backends.py)."""
    db = backend
    folder = scripts(tmp_path, library, GOOD)
    practice = tmp_path / "practice.txt"
    practice.write_text("\n".join(PRACTICE) + "\n", encoding="utf-8")
    play = ("play", "student_forgot_first_late", "--script", str(practice), "--db", str(db))
    assert run(*play, "--trainee", "Dana Ruiz").exit_code == 0
    assert (
        run("assess", "--trainee", "Dana Ruiz", "--db", str(db), "--scripts", str(folder)).exit_code
        == 0
    )
    assert run(*play, "--trainee", "dana ruiz").exit_code == 0  # the same person
    typed = "\n".join(line.replace("{debtor_name}", "you") for line in PRACTICE[:2]) + "\n"
    result = run("assess", "--trainee", "Dana Ruiz", "--db", str(db), input=typed)
    assert result.exit_code == 0, result.output
    result = run("assess", "--trainee", "Lee", "--db", str(db), input=typed)
    assert result.exit_code == 0, result.output
    return db


def report(db: str, *args: str) -> dict:
    result = run("report", "--format", "json", "--db", str(db), *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_attempts_are_records_and_practice_stays_apart(mixed_db: str) -> None:
    with Store.read(mixed_db) as store:
        attempts = store.attempts()
        assert [(a.trainee, a.number, a.calls_done, a.calls_total) for a in attempts] == [
            ("Dana Ruiz", 1, 5, 5),
            ("Dana Ruiz", 2, 1, 5),
            ("Lee", 1, 1, 5),
        ]
        assert attempts[0].finished_at is not None and attempts[1].finished_at is None
        assert store.trainee_names() == ["Dana Ruiz", "Lee"]
        kinds = [r.attempt_id is None for r in store.calls("DANA RUIZ")]
        assert kinds.count(True) == 2  # two practice calls, under one trainee


def test_the_report_counts_practice_and_pack_calls_apart(mixed_db: str) -> None:
    with Store.read(mixed_db) as store:
        practice = {
            name: [r.attempt_id is None for r in store.calls(name)]
            for name in store.trainee_names()
        }
    data = report(mixed_db)
    assert data["view"] == "all calls"
    for person in data["trainees"]:
        kinds = practice[person["name"]]
        assert person["calls"] == len(kinds)
        assert person["practice_calls"] == kinds.count(True)
        assert person["pack_calls"] == kinds.count(False)
    dana = next(t for t in data["trainees"] if t["name"] == "Dana Ruiz")
    assert (dana["practice_calls"], dana["pack_calls"]) == (2, 6)  # a pack of 5, then 1 more


def test_pack_report_is_the_latest_complete_attempt(mixed_db: str) -> None:
    data = report(mixed_db, "--pack")
    assert data["view"] == "pack"
    dana, lee = data["trainees"]
    assert dana["pack"] | {"started_at": 0, "finished_at": 0} == {
        "name": "assessment-v1",
        "complete": True,
        "calls_done": 5,
        "calls_total": 5,
        "attempt": 1,
        "attempts": 2,
        "passed": dana["passed"],
        "started_at": 0,
        "finished_at": 0,
    }
    assert isinstance(dana["passed"], bool)
    assert dana["calls"] == 5 and dana["practice_calls"] == 0
    assert [c["call"] for c in dana["call_list"]] == [f"pack call {n}" for n in range(1, 6)]
    assert set(dana["temperament"]) >= {"type", "confidence", "evidence", "leaning"}
    # the abandoned pack is marked, and decides nothing
    assert lee["pack"]["complete"] is False
    assert (lee["pack"]["calls_done"], lee["pack"]["calls_total"]) == (1, 5)
    assert lee["passed"] is None and lee["pack"]["passed"] is None
    assert lee["verdict"] == "incomplete (1 of 5 calls)"
    text = run("report", "--pack", "--db", str(mixed_db)).output
    assert "incomplete, 1 of 5 calls" in text
    assert "pack call 1" in text


def test_all_calls_report_names_calls_as_people_do(mixed_db: str) -> None:
    data = report(mixed_db)
    dana = data["trainees"][0]
    labels = [c["call"] for c in dana["call_list"]]
    assert labels[0] == "practice call 1" and "practice call 2" in labels
    assert "pack call 1, attempt 2" in labels
    for quote in dana["temperament"]["evidence"]:
        assert quote["call"].startswith(("pack call", "practice call"))
    # the trend follows practice calls only, and names them
    assert all(p["call"].startswith("practice call") for p in dana["trend"]["points"])
    # one type per field
    assert all(isinstance(c["overall"], int | None) for c in dana["call_list"])
    assert all(isinstance(v, float | None) for v in dana["scores"].values())


def test_pass_mark_is_configurable(mixed_db: str) -> None:
    lenient = report(mixed_db, "--pack", "--pass-mark", "0")["trainees"][0]
    strict = report(mixed_db, "--pack", "--pass-mark", "100")["trainees"][0]
    assert strict["passed"] is False
    assert strict["weakest_skill"] in ("urgency", "politeness", "focus", "promise", "composure")
    assert strict["advice"]
    assert all(s["passed"] is False for s in strict["skills"].values() if s["passed"] is not None)
    no_critical = all(not c["critical_finding"] for c in lenient["call_list"])
    assert lenient["passed"] is no_critical
    assert report(mixed_db, "--pack", "--pass-mark", "0")["pass_mark"]["overall"] == 0


def test_since_and_until_and_report_date(mixed_db: str) -> None:
    data = report(mixed_db, "--since", "2000-01-01", "--until", "2999-12-31")
    assert data["generated"][:4].isdigit() and data["calls_from"] and data["calls_to"]
    empty = report(mixed_db, "--until", "2000-01-01")
    assert all(t["calls"] == 0 for t in empty["trainees"])
    result = run("report", "--db", str(mixed_db), "--since", "2030-01-02", "--until", "2030-01-01")
    assert result.exit_code == 2 and "--since is after --until" in result.stderr


def test_every_format_parses(mixed_db: str, tmp_path: Path) -> None:
    raw = run("report", "--format", "csv", "--db", str(mixed_db)).output
    assert raw.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(raw.removeprefix("\ufeff"))))
    assert {"verdict", "leaning", "compliance_findings", "pack_calls_done"} <= set(rows[0])
    for row in rows:
        if row["temperament"] == "uncertain" and row["leaning"]:
            assert float(row["confidence"]) > 0  # a leaning has a confidence, never 0.0
    out = tmp_path / "r.html"
    assert run("report", "--format", "html", "--db", str(mixed_db), "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert '<meta name="viewport"' in page
    assert str(mixed_db) not in page  # no file paths in a page meant to be passed on
    assert "pack call 1" in page and "practice call 1" in page
    assert "<circle" in page  # trend points
    text = run("report", "--db", str(mixed_db)).output
    assert "report of " in text and "pass mark: overall 70" in text


def test_half_up_rounding() -> None:
    assert half_up(72.5) == 73 and num(72.5) == "73" and num(71.5) == "72"
    assert half_up(0.6665, 3) == 0.667


def test_names_are_one_identity(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    composed = "Zoë Ruiz"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    with Store.open(db) as store:
        a = store.trainee_id(composed)
        assert store.trainee_id(decomposed) == a
        assert store.trainee_id("  zoë   RUIZ ") == a
        assert store.trainee_names() == [composed]
        for bad in ("Zoë\nRuiz", "Zoë\tRuiz", "Zoë\x1b[31m", "Zo\u202eë", "   "):
            with pytest.raises(RecordsError):
                store.trainee_id(bad)
    assert name_key("ZOË RUIZ") == name_key(decomposed.lower())
    result = run("assess", "--trainee", "A\nB", "--db", str(db))
    assert result.exit_code == 2 and "line break" in result.stderr


def test_migration_from_version_1_merges_names_and_finds_attempts(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    migrate(conn, MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO trainees(id, name, created_at) VALUES (1, 'Zoë', 'x'), (2, 'zoë', 'x')"
    )
    calls = [
        (1, 1, "a", "assessment-v1", "2026-01-01T10:00", "refused"),
        (2, 1, "b", "assessment-v1", "2026-01-01T10:10", "refused"),
        (3, 2, "a", "assessment-v1", "2026-01-02T10:00", "refused"),  # a retake, under 'zoë'
        (4, 2, "x", None, "2026-01-03T10:00", None),  # practice
    ]
    for cid, tid, scenario, pack, at, outcome in calls:
        conn.execute(
            """INSERT INTO calls(id, trainee_id, scenario, persona, seed, started_at,
                   recorded_at, finished_at, outcome, assessment)
               VALUES (?, ?, ?, 'p', 0, ?, ?, ?, ?, ?)""",
            (cid, tid, scenario, at, at, at, outcome, pack),
        )
    conn.commit()
    conn.close()
    with Store.read(db) as store:
        assert store.trainee_names() == ["Zoë"]
        attempts = store.attempts("ZOË")
        assert [(a.number, a.calls_done, a.calls_total) for a in attempts] == [
            (1, 2, 2),
            (2, 1, 2),
        ]
        assert attempts[0].finished_at is not None and attempts[1].finished_at is None
        positions = {r.id: r.pack_position for r in store.calls("zoë")}
        assert positions == {1: 1, 2: 2, 3: 1, 4: None}
