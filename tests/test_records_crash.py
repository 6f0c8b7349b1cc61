"""A `collectsim play` process killed with SIGKILL in the middle of a call: every turn it had
said is still readable, and the call shows as incomplete."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from simulator.records.report import build_report
from simulator.records.store import Store

LINES = [
    "Hello, this is Sam from the bank. Am I speaking with the account holder?",
    "Thank you. I'm calling about your student loan; the payment is overdue.",
    "I understand, it happens. Could you pay the full amount by Friday?",
]


def turns_stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        conn.close()


def wait_for(proc: subprocess.Popen[str], turns: int, db: Path, seconds: float = 60.0) -> None:
    """Until `turns` turns are committed; fails with the process's stderr if it died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if turns_stored(db) >= turns:
            return
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"play exited early ({proc.returncode}): {err}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for turn {turns} to be stored")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_play_keeps_its_turns_and_is_incomplete(tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "simulator",
            "play",
            "student_forgot_first_late",
            "--trainee",
            "Ana",
            "--db",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdin is not None
    try:
        for n, line in enumerate(LINES, start=1):
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            wait_for(proc, n, db)
        # the process now waits for the next line, mid-call
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.read(db) as store:
        (call,) = store.calls("Ana")
        assert call.outcome is None and call.ended_at is None
        assert [t.text for t in store.turns(int(call.id))] == LINES
        report = build_report(store)
    (ana,) = report.trainees
    assert (ana.calls, ana.incomplete, ana.completed) == (1, 1, 0)
    assert ana.outcomes == {"incomplete": 1}

    text = CliRunner().invoke(cli, ["report", "--db", str(db)]).output
    assert "1 call (1 incomplete)" in text
