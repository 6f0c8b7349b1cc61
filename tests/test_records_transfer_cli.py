"""`collectsim records export` / `import` from the command line (SQLite; the store suite in
test_records_backends.py runs the same on PostgreSQL), and what `collectsim serve` says."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = "Hello, am I speaking with {debtor_name}?\nCould you pay {amount_overdue} by Friday?\n"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_then_import_twice_counts_once(tmp_path: Path) -> None:
    laptop, team = tmp_path / "laptop.db", tmp_path / "team.db"
    for seed in ("1", "2"):
        played = run(
            "--db",
            str(laptop),
            "play",
            "student_forgot_first_late",
            "--seed",
            seed,
            "--trainee",
            "Ana",
            "--script",
            "-",
            stdin=SCRIPT,
        )
        assert played.returncode == 0, played.stderr
    export = tmp_path / "ana.jsonl"
    done = run("--db", str(laptop), "records", "export", "-o", str(export))
    assert done.returncode == 0 and "exported 2 call(s)" in done.stderr
    lines = export.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["trainee"] for line in lines] == ["Ana", "Ana"]

    first = run("--db", str(team), "records", "import", str(export))
    assert first.returncode == 0 and "2 new call(s)" in first.stdout, first.stderr
    again = run("--db", str(team), "records", "import", str(export))
    assert again.returncode == 0 and "0 new call(s), 2 already there" in again.stdout
    assert "0 turn(s) added" in again.stdout
    assert run("--db", str(team), "records", "export").stdout.splitlines() == lines


def test_a_bad_import_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"format": "collectsim-trainee", "version": 1, "name": "Bo"}\nnope\n')
    result = run("--db", str(tmp_path / "team.db"), "records", "import", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"collectsim: {bad}:2: not a JSON object (Expecting value)"
    assert not (tmp_path / "team.db").exists()


def serve_says(*args: str) -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "simulator", "serve", "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=15)
    return err


def test_serve_says_it_listens_on_this_computer_only() -> None:
    err = serve_says()
    assert "serving the UI (trainee role) on http://127.0.0.1:" in err
    assert "listening on this computer only" in err


def test_serve_warns_when_opened_to_the_network() -> None:
    err = serve_says("--host", "0.0.0.0", "--role", "lead")
    assert "serving the UI (lead role)" in err
    assert "WARNING: listening on 0.0.0.0" in err and "reverse proxy" in err
