"""Hostile input and output (issue 11, items 4, 6 and the /dev/full part of 8): one bad line
never costs `score` the others and the output is always standard JSON; `play --json` never
writes Infinity; `report -o` never writes over the database and asks before replacing a
file; a full output device is one line and exit 3."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.synthetic_records import fill
from simulator.cli import cli
from simulator.records.store import Store

COLLECTSIM = [sys.executable, "-m", "simulator"]


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def strict_json(line: str) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"not standard JSON: {name}")

    return json.loads(line, parse_constant=refuse)


# --- item 4: score keeps every good line -----------------------------------------------------

BAD_LINES = {
    "digits": "pay $" + "1" * 4301,
    "huge_amount_overdue": json.dumps(
        {"text": "I'll pay half of it", "amount_overdue": "1e99999999"}
    ),
    "snan": json.dumps({"text": "I'll pay half", "amount_overdue": "sNaN"}),
    "infinity": json.dumps({"text": "I'll pay half", "amount_overdue": "Infinity"}),
    "infinity_number": '{"text": "pay the full amount", "amount_overdue": Infinity}',
    "nan_amount": '{"text": "pay the full amount", "amount_overdue": NaN}',
    "nan_id": '{"text": "hello", "id": NaN}',
    "deep_id": '{"text": "hello", "id": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "surrogate_text": '{"text": "\\ud800 hello"}',
    "surrogate_id": '{"text": "hello", "id": "\\udc00"}',
    "nines": "I can pay $" + "9" * 400 + " by card",
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_one_bad_line_never_costs_score_the_others(name: str) -> None:
    lines = ["Hello, is this Ana?", BAD_LINES[name], "Could you pay today, please?"]
    code, out, err = run("score", "--json", stdin="\n".join(lines) + "\n")
    assert code == 0, err
    rows = [strict_json(line) for line in out.splitlines()]
    assert len(rows) == 3
    assert "error" not in rows[0] and "error" not in rows[2]
    assert rows[0]["acts"] and rows[2]["acts"]
    middle = rows[1]
    if "error" in middle:
        assert middle["line"] == 2 and isinstance(middle["error"], str) and middle["error"]
    else:
        assert isinstance(middle["politeness"], int)
    out.encode("utf-8")  # no lone surrogate made it out
    code, table, _err = run("score", stdin="\n".join(lines) + "\n")
    rows = [r for r in table.splitlines() if not r.startswith(" " * 16)]  # not evidence lines
    assert code == 0 and len(rows) == 4


def test_error_rows_say_what_is_wrong() -> None:
    code, out, _err = run("score", "--json", stdin=BAD_LINES["nan_id"] + "\n")
    assert strict_json(out)["error"].startswith("the JSON holds NaN")
    _code, out, _err = run("score", "--json", stdin=BAD_LINES["infinity"] + "\n")
    assert "amount_overdue must be an amount" in strict_json(out)["error"]
    _code, out, _err = run("score", "--json", stdin=BAD_LINES["surrogate_id"] + "\n")
    assert strict_json(out)["id"] == "\ufffd"


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1e99999999", "-5", "abc"])
def test_bad_overdue_option_is_a_usage_error(value: str) -> None:
    code, _out, err = run("score", "--overdue", value, stdin="hello\n")
    assert code == 2 and "not an amount" in err


@pytest.mark.parametrize(
    # (the debtors who haggle over a sum at once: "$999...9" put to them was a crash)
    "scenario",
    ["student_forgot_first_late", "personal_loan_courteous_reminder", "car_broke_down_partial"],
)
def test_play_json_never_writes_infinity(scenario: str) -> None:
    script = (
        "Hello, am I speaking with {debtor_name}?\n"
        "This is an attempt to collect a debt. You owe {amount_overdue}.\n"
        f"Can you pay ${'9' * 400} by Friday by card?\n"
    )
    code, out, err = run("play", scenario, "--script", "-", "--json", stdin=script)
    assert code == 0, err
    data = strict_json(out)
    assert data["turns"][2]["slots"]["amount"] is None


# --- item 6: report -o ---------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "calls.db"
    with Store.open(path) as store:
        fill(store, trainees=2, calls=4, turns_per_call=3, seed=1)
    return path


@pytest.mark.parametrize("part", ["", "-wal", "-shm"])
def test_report_never_writes_over_the_database(db: Path, part: str) -> None:
    target = db.with_name(db.name + part)
    before = db.read_bytes()
    code, _out, err = run(
        "report", "--db", str(db), "--format", "html", "-o", str(target), "--force"
    )
    assert code == 2 and "is the records database" in err
    assert db.read_bytes() == before
    code, _out, _err = run("report", "--db", str(db))
    assert code == 0


def test_report_asks_before_replacing_a_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "team.html"
    out.write_text("keep me")
    code, _out, err = run("report", "--db", str(db), "--format", "html", "-o", str(out))
    assert code == 2 and "exists and was not replaced; add --force" in err
    assert out.read_text() == "keep me"
    code, _out, err = run("report", "--db", str(db), "--format", "html", "-o", str(out), "--force")
    assert code == 0 and "<html" in out.read_text()


# --- item 8 (part): output that cannot be written ------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["report"],
        ["scenarios"],
        ["score"],
        ["score", "--json"],
        ["play", "student_forgot_first_late", "--script", "-"],
    ],
)
def test_a_full_device_is_one_line_and_exit_3(db: Path, args: list[str]) -> None:
    env = {**os.environ, "COLLECTSIM_DB": str(db)}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [*COLLECTSIM, *args],
            input="Hello\n",
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
        )
    assert done.returncode == 3, done.stderr
    assert done.stderr.count("\n") == 1 and "No space left on device" in done.stderr
