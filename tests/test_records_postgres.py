"""PostgreSQL as a user meets it going wrong: an unreachable server, a wrong password,
another application's database, the server restarting in the middle of a call. Each is one
line and an exit code, or a write retried on a new connection; never a traceback, never a
turn lost without saying so. (Skips without a server; fails instead under CI=true.)"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from backends import (  # noqa: F401 (fixtures)
    REPO,
    admin,
    postgres_db_fixture,
    postgres_server_fixture,
    url_for,
)

from simulator.records import store as store_module
from simulator.records.recorder import attach_recorder
from simulator.records.store import Store


def state_file(port: str) -> Path:
    return Path(f"/tmp/collectsim-pg-{port}.state")  # written by .ci/postgres start


def collectsim(*args: str, db: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--db", db, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLLECTSIM_DB": ""},
    )


def one_line_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("collectsim: ")
    return lines[0]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_server_is_one_line(postgres_server: str) -> None:
    url = f"postgresql://someone:secret@127.0.0.1:{closed_port()}/collectsim"
    for args in (("report",), ("records", "export"), ("serve", "--port", "0")):
        line = one_line_error(collectsim(*args, db=url))
        assert "cannot reach PostgreSQL" in line and "secret" not in line
    script = "Hello, is this {debtor_name}?\n"
    result = collectsim(
        "play",
        "student_forgot_first_late",
        "--trainee",
        "Ana",
        "--script",
        "-",
        db=url,
        stdin=script,
    )
    assert "Traceback" not in result.stderr and result.returncode != 0
    assert "cannot reach PostgreSQL" in result.stderr


def test_wrong_credentials_are_one_line(postgres_db: str) -> None:
    wrong = postgres_db.replace(":collectsim-test@", ":not-the-password@")
    assert wrong != postgres_db
    line = one_line_error(collectsim("report", db=wrong))
    assert "refused the user name or password" in line and "not-the-password" not in line


def test_a_missing_database_is_one_line(postgres_server: str) -> None:
    line = one_line_error(collectsim("report", db=url_for(postgres_server, "no_such_db")))
    assert "no such database" in line


def test_another_applications_database_is_one_line_and_untouched(postgres_db: str) -> None:
    with admin(postgres_db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    script = "Hello?\n"
    for result in (
        collectsim("report", db=postgres_db),
        collectsim(
            "play",
            "student_forgot_first_late",
            "--trainee",
            "Ana",
            "--script",
            "-",
            db=postgres_db,
            stdin=script,
        ),
        collectsim("records", "import", "-", db=postgres_db, stdin=""),
    ):
        assert "another application's tables (invoices)" in result.stderr
        assert "Traceback" not in result.stderr and result.returncode == 2
    with admin(postgres_db) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("invoices",)]


def kill_connections(url: str) -> None:
    """What a server restart does to every open connection (terminating them)."""
    database = url.rsplit("/", 1)[1]
    with admin(url) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        )


def play_three_turns(library: object, url: str, between: object) -> tuple[object, int]:
    from simulator.engine.call import Call

    scenario = library.scenario("student_forgot_first_late")  # type: ignore[attr-defined]
    call = Call(scenario, library.persona_for(scenario), seed=5)  # type: ignore[attr-defined]
    recorder = attach_recorder(call, trainee="Ana", db_path=url)
    errors: list[str] = []
    recorder.on_error = errors.append
    call.say("Hello, am I speaking with {debtor_name}?".format(**call.values))
    between()  # type: ignore[operator]
    call.say("I'm calling about {amount_overdue} that is overdue.".format(**call.values))
    call.say("Could you pay it by Friday by card?")
    call.end()
    assert errors == [] and recorder.lost_turns() == 0
    return recorder, recorder.call_id


def test_connections_killed_mid_call_lose_no_turn(library: object, postgres_db: str) -> None:
    _recorder, call_id = play_three_turns(
        library, postgres_db, lambda: kill_connections(postgres_db)
    )
    with Store.read(postgres_db) as store:
        assert [t.idx for t in store.turns(call_id)] == [1, 2, 3]
        assert store.call(call_id).outcome is not None  # type: ignore[union-attr]


def started_by_ci_script(url: str) -> bool:
    """Whether the test server is the one `.ci/postgres start` started (so it may restart it)."""
    port = url.rsplit(":", 1)[1].split("/")[0]
    try:
        state = state_file(port).read_text()
    except OSError:
        return False
    return f"PORT={port}" in state.split()


def test_the_server_restarting_mid_call_loses_no_turn(library: object, postgres_db: str) -> None:
    if not started_by_ci_script(postgres_db):
        pytest.skip("the test server was not started by .ci/postgres, which can restart it")

    def restart() -> None:
        subprocess.run(
            ["bash", str(REPO / ".ci" / "postgres"), "restart"],
            check=True,
            capture_output=True,
            timeout=120,
        )

    _recorder, call_id = play_three_turns(library, postgres_db, restart)
    with Store.read(postgres_db) as store:
        assert [t.idx for t in store.turns(call_id)] == [1, 2, 3]


def test_a_server_that_does_not_come_back_is_a_turn_reported_lost(
    library: object, postgres_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.engine.call import Call

    monkeypatch.setattr(store_module, "RECONNECT_WITHIN_S", 1.0)
    scenario = library.scenario("student_forgot_first_late")  # type: ignore[attr-defined]
    call = Call(scenario, library.persona_for(scenario), seed=5)  # type: ignore[attr-defined]
    recorder = attach_recorder(call, trainee="Ana", db_path=postgres_db)
    errors: list[str] = []
    recorder.on_error = errors.append
    call.say("Hello, am I speaking with {debtor_name}?".format(**call.values))
    recorder.store.conn.url = f"postgresql://x:y@127.0.0.1:{closed_port()}/gone"  # type: ignore[attr-defined]
    kill_connections(postgres_db)
    call.say("I'm calling about the overdue amount.")
    call.end()
    assert recorder.lost_turns() == 1 and len(errors) == 1
    message = recorder.loss_message()
    assert message is not None and "1 of 2 turn(s) could not be saved" in message
    with Store.read(postgres_db) as store:
        (row,) = store.calls("Ana")
        assert row.outcome is None  # shown as incomplete, not as a finished call
