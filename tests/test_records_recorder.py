"""Recording calls as they are played: the call row at once, each turn as it is said, the
result at the end; `collectsim play --trainee` records; a failing disk never stops a call."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.engine.call_facts import facts_from_call
from simulator.records.recorder import attach_recorder
from simulator.records.report import build_report
from simulator.records.store import RecordsError, Store
from simulator.scoring.temperament import read_temperament

GOOD = Path(__file__).parent / "data" / "scripts" / "student_forgot_first_late" / "good.txt"
LINES = [
    "Hello, this is Sam calling from {lender}. Am I speaking with {debtor_name}?",
    "Thank you. This is an attempt to collect a debt, and any information obtained will be "
    "used for that purpose. Your {loan_type} payment of {amount_overdue} is overdue.",
    "I understand. Could you pay {amount_overdue} by Friday?",
    "Thank you. Would you pay {amount_overdue} by Friday by card?",
    "Just to confirm: {amount_overdue} by Friday, by card. Is that right?",
]


def new_call(library: Library, scenario_id: str = "student_forgot_first_late") -> Call:
    scenario = library.scenario(scenario_id)
    return Call(scenario, library.persona_for(scenario), seed=4)


def count(db: Path, sql: str) -> int:
    """Read with a separate connection, as another process would."""
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_each_turn_is_stored_as_it_is_said(library: Library, tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    call = new_call(library)
    recorder = attach_recorder(call, trainee="Ana", db_path=db)
    assert count(db, "SELECT COUNT(*) FROM calls WHERE outcome IS NULL") == 1
    assert count(db, "SELECT COUNT(*) FROM turns") == 0
    for n, line in enumerate(LINES, start=1):
        if call.finished:
            break
        call.say(line.format(**call.values))
        assert count(db, "SELECT COUNT(*) FROM turns") == n
    if not call.finished:
        call.end()
    assert recorder.errors == []
    with Store.read(db) as store:
        (row,) = store.calls("Ana")
        scores = call.scores()
        assert row.outcome == call.outcome.value  # type: ignore[union-attr]
        assert (
            row.urgency,
            row.politeness,
            row.focus,
            row.promise,
            row.overall,
        ) == (scores.urgency, scores.politeness, scores.focus, scores.promise, scores.overall)
        assert row.failed == int(scores.failed)
        assert row.persona == "forgetful_student" and row.seed == 4
        _call, columns, _turns = next(store.export_calls("Ana"))
        assert call.record.debtor_name in columns["record_json"]
        stored = store.turns(int(row.id))
        assert [t.text for t in stored] == [t.text for t in call.turns]
        assert [t.reply for t in stored] == [t.reply for t in call.turns]
        assert [t.state_after for t in stored] == [t.state_after for t in call.turns]
        assert any("evidence" in score for score in stored[-1].scores.values())


def test_stored_turns_read_the_same_temperament_as_the_live_call(
    library: Library, tmp_path: Path
) -> None:
    db = tmp_path / "calls.db"
    live = []
    for scenario_id in ("student_forgot_first_late", "car_dealer_dispute"):
        call = new_call(library, scenario_id)
        recorder = attach_recorder(call, trainee="Ana", db_path=db)
        for line in LINES:
            if not call.finished:
                call.say(line.format(**call.values))
        call.end()
        live += facts_from_call(call, key=str(recorder.call_id))
    with Store.read(db) as store:
        stored = [t.facts() for t in store.turns_of_trainee("Ana")]
        report = build_report(store)
    assert stored == live
    expected = read_temperament(live)
    got = report.trainees[0].temperament
    assert got is not None
    # the report names calls as a person would ("practice call 1"), the rest is the same
    labels = {
        str(i): f"practice call {n}" for n, i in enumerate(sorted({int(f.call) for f in live}), 1)
    }
    assert got == dataclasses.replace(
        expected,
        evidence=tuple(dataclasses.replace(q, call=labels[q.call]) for q in expected.evidence),
    )


def test_a_failing_write_does_not_stop_the_call(library: Library, tmp_path: Path) -> None:
    call = new_call(library)
    recorder = attach_recorder(call, trainee="Ana", db_path=tmp_path / "calls.db")
    problems: list[str] = []
    recorder.on_error = problems.append
    call.say(LINES[0].format(**call.values))
    recorder.store.conn.close()  # the disk went away
    turn = call.say(LINES[1].format(**call.values))
    assert turn.reply  # the debtor still answered
    assert problems and "could not save" in problems[0]
    assert recorder.errors == problems


def test_a_turn_said_before_recording_started_is_kept(library: Library, tmp_path: Path) -> None:
    call = new_call(library)
    call.say(LINES[0].format(**call.values))
    attach_recorder(call, trainee="Ana", db_path=tmp_path / "calls.db")
    assert count(tmp_path / "calls.db", "SELECT COUNT(*) FROM turns") == 1


def test_bad_database_paths_are_user_errors(library: Library, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(RecordsError, match="cannot create the folder"):
        attach_recorder(new_call(library), trainee="Ana", db_path=tmp_path / "file" / "c.db")
    result = CliRunner().invoke(
        cli,
        [
            "play",
            "student_forgot_first_late",
            "--script",
            str(GOOD),
            "--trainee",
            "Ana",
            "--db",
            str(tmp_path / "file" / "c.db"),
        ],
    )
    assert result.exit_code == 2
    assert "cannot create the folder" in result.stderr
    assert "Traceback" not in result.output


def test_play_records_under_the_trainee(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "team.db"
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "play",
            "student_forgot_first_late",
            "--script",
            str(GOOD),
            "--trainee",
            "Ana",
            "--db",
            str(db),
        ],
    )
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("COLLECTSIM_DB", str(db))  # no --db: the environment chooses the file
    result = runner.invoke(
        cli, ["play", "car_dealer_dispute", "--script", str(GOOD), "--trainee", "Ben"]
    )
    assert result.exit_code == 0, result.output
    with Store.read(db) as store:
        assert store.trainee_names() == ["Ana", "Ben"]
        (ana,) = store.calls("Ana")
        assert ana.outcome == "promise_secured"
        assert ana.turn_count == 5
