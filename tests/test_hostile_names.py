"""Injection (issue 11, item 9): names and ids hold no control characters or line breaks, and
every terminal output of user or content text shows control sequences as escapes, as the UI
does: nothing printed can forge a report line, colour the terminal or write the clipboard."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from simulator.records.render import safe
from simulator.records.store import RecordsError, Store
from simulator.textsafe import name_problem, shown

SCENARIO = "student_forgot_first_late"
OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # an OSC 52 clipboard write
ANSI = "\x1b[31mred\x1b[0m"
C1 = "\x9b31m"  # CSI as one C1 character
BIDI = "\u202e"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def raw_controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == BIDI]


@pytest.mark.parametrize("name", ["Ana\nBob: 10 calls", "An\ra", "Ana" + BIDI, "A\x1b[2J", "A\x00"])
def test_trainee_names_with_controls_are_refused(tmp_path: Path, name: str) -> None:
    code, _out, err = run(
        "play", SCENARIO, "--script", "-", "--trainee", name, "--db", str(tmp_path / "c.db"),
        stdin="Hello\n",
    )  # fmt: skip
    assert code == 2 and "--trainee cannot hold" in err and err.count("\n") == 1
    assert not (tmp_path / "c.db").exists()
    code, _out, err = run("assess", "--trainee", name, "--db", str(tmp_path / "c.db"))
    assert code == 2 and "--trainee cannot hold" in err
    with Store.open(tmp_path / "s.db") as store, pytest.raises(RecordsError):
        store.start_call(name, {"scenario": "x", "persona": "y", "seed": 0, "started_at": "t"})


def test_a_name_already_in_an_old_database_cannot_forge_a_report_line(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store.open(db) as store:
        call_id = store.start_call(
            "Ana",
            {"scenario": SCENARIO, "persona": "p", "seed": 0, "started_at": "2026-01-01T10:00:00"},
        )
        store.add_turn(call_id, {"index": 1, "text": "Pay now " + OSC52, "acts": ["ask_payment"]})
        store.finish_call(call_id, {"outcome": "hung_up", "scores": {"overall": 10}})
    with sqlite3.connect(db) as conn:  # as an older collectsim could have stored it
        conn.execute("UPDATE trainees SET name = ?", ("Ana\nBob: 99 calls, 0 turns" + BIDI,))
    code, out, _err = run("report", "--db", str(db))
    assert code == 0
    assert not any(line.startswith("Bob:") for line in out.splitlines())
    assert "Ana\\nBob: 99 calls" in out and "\\u202e" in out and raw_controls(out) == []


def test_play_and_score_show_escape_sequences_as_text() -> None:
    line = f"Hello {OSC52} there {ANSI} {C1} {BIDI}x"
    code, out, _err = run("play", SCENARIO, "--script", "-", stdin=line + "\n")
    assert code == 0 and raw_controls(out) == [] and "\\x1b]52;c;ZXZpbA==\\x07" in out
    code, out, _err = run("score", stdin=line + "\n")
    assert code == 0 and raw_controls(out) == [] and "\\x1b[31mred" in out
    code, out, _err = run("score", "--json", stdin=line + "\n")
    assert code == 0 and "\x1b" not in out  # JSON escapes them itself


def test_content_text_is_escaped_in_every_listing(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "scenarios"
    folder.mkdir(parents=True)
    repo = Path(__file__).resolve().parent.parent
    text = (repo / "scenarios" / f"{SCENARIO}.yaml").read_text(encoding="utf-8")
    bad = folder / "bad.yaml"
    bad.write_text(
        text.replace(f"id: {SCENARIO}", "id: escaped_case", 1).replace(
            "\ntitle:", '\ntitle: "Evil \\e]52;c;ZXZpbA==\\a title"\nold_title:', 1
        ),
        encoding="utf-8",
    )
    code, out, _err = run("validate", str(bad))
    assert code == 1 and raw_controls(out) == []
    assert "a name or title cannot hold a control character (\\x1b)" in out


def test_new_refuses_an_id_with_a_line_break(tmp_path: Path) -> None:
    code, _out, err = run("new", "scenario", "ab\n", "--dir", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "'ab\\n' cannot be an id" in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_scenario_error_is_one_escaped_line() -> None:
    code, _out, err = run("play", "nope\x1b[31m\nx")
    assert code == 2 and err.count("\n") == 1 and raw_controls(err) == []


def test_helpers() -> None:
    assert shown("plain text, 100% ok") == "plain text, 100% ok"
    assert shown("a\nb\x1b\u202e\x9b") == "a\\nb\\x1b\\u202e\\x9b"
    assert shown("Zoë 👋") == "Zoë 👋"
    assert safe("x\ny") == "x\\ny"
    assert name_problem("Dana Ruiz") is None and name_problem("Zoë") is None
    assert "line break" in str(name_problem("a\u2028b"))
