"""`collectsim score`: plain and JSON lines in, one result per line out, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import scoring_collector_set as collector_set
from click.testing import CliRunner

from simulator.cli import cli
from simulator.commands import score as score_command
from simulator.language import AnalysisContext, analyze
from simulator.scoring import TurnContext, score_turn


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["score", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def results(out: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in out.splitlines()]


def test_plain_lines_in_json_out_in_order() -> None:
    code, out, _ = run(
        "--json", "--today", "2026-12-01", stdin="Can you pay $250 by Friday?\nThanks, bye!\n"
    )
    assert code == 0
    first, second = results(out)
    assert first["text"] == "Can you pay $250 by Friday?"
    assert {"ask_payment", "set_deadline"} <= set(first["acts"])
    assert first["slots"]["amount"] == 250
    assert first["slots"]["date"] == "2026-12-04"
    assert "question" in first["flags"]
    assert {"politeness", "urgency", "focus"} <= set(first["evidence"])
    assert first["evidence"]["urgency"][0]["text"] in first["text"]
    assert second["text"] == "Thanks, bye!"


def test_json_lines_with_text_carry_newlines_and_ids() -> None:
    lines = [
        json.dumps({"id": "a1", "text": "So that's $250 by Friday\nby card, correct?"}),
        "{not json, just a line that starts with a brace",
        json.dumps({"no_text": 1}),
    ]
    code, out, _ = run("--json", "--today", "2026-12-01", stdin="\n".join(lines) + "\n")
    assert code == 0
    data = results(out)
    assert len(data) == 3
    assert data[0]["id"] == "a1" and "confirm_terms" in data[0]["acts"]
    assert data[0]["slots"]["method"] == "card"
    assert data[1]["text"] == lines[1]
    assert data[2]["text"] == lines[2]


def test_json_fields_feed_the_turn_context() -> None:
    line = "Oh really? That's wild."  # following the debtor's tangent
    plain = results(run("--json", stdin=line + "\n")[1])[0]
    drifted = results(run("--json", stdin=json.dumps({"text": line, "debtor_drifted": True}))[1])
    assert drifted[0]["focus"] < plain["focus"]


def test_empty_lines_are_scored_not_skipped() -> None:
    code, out, _ = run("--json", stdin="\n\nPay now.\n")
    data = results(out)
    assert code == 0 and len(data) == 3
    assert data[0]["text"] == "" and data[0]["acts"] == ["other"]


def test_a_100kb_line_and_odd_unicode() -> None:
    huge = "Could you pay $250 by Friday? " * 3500
    odd = "İ ß 💸 \u202e \x00 pay today"
    code, out, _ = run("--json", stdin=f"{huge}\n{odd}\n".encode() + b"\xff\xfe bad\n")
    assert code == 0
    data = results(out)
    assert len(data) == 3
    assert len(data[0]["text"]) > 100_000
    assert data[1]["text"] == odd
    assert "\ufffd" in data[2]["text"]  # undecodable bytes are replaced, not fatal


def test_the_full_amount_resolves_with_overdue() -> None:
    out = run("--json", "--overdue", "420.50", stdin="Can you pay the full amount?\n")[1]
    assert results(out)[0]["slots"]["amount"] == 420.5


def test_table_output_without_json(tmp_path: Path) -> None:
    src = tmp_path / "lines.txt"
    src.write_text("Hi, this is Sam from Northwind Bank.\nYou're a deadbeat.\n")
    code, out, _ = run(str(src))
    assert code == 0
    rows = out.splitlines()
    assert rows[0].split()[:3] == ["pol", "urg", "foc"]
    scored = [r for r in rows[1:] if not r.startswith(score_command.INDENT)]  # not evidence
    assert "identify_self" in scored[0] and "insult" in scored[1]
    assert int(scored[1].split()[0]) < 20  # the deadbeat line reads impolite


def test_missing_file_is_one_line_and_exit_2() -> None:
    code, out, err = run("/no/such/file.txt")
    assert code == 2
    assert out == ""
    assert err.strip().count("\n") == 0 and "cannot read /no/such/file.txt" in err
    assert "Traceback" not in err


def test_a_directory_is_not_readable_either(tmp_path: Path) -> None:
    code, _out, err = run(str(tmp_path))
    assert code == 2 and "cannot read" in err


def test_bad_today_is_a_usage_error() -> None:
    code, _out, err = run("--today", "someday", stdin="hi\n")
    assert code == 2 and "not a date" in err


def test_starts_light_loading_only_the_reader_and_the_scorer() -> None:
    """What keeps startup fast, checked without a clock (benchmarks/bench_score.py times it):
    scoring a line loads no scenario library, YAML, database, engine or UI."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "simulator", "score", "--json"],
        input="Can you pay today?\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(proc.stdout)["acts"][0] == "ask_payment"
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in proc.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "simulator.language.acts" in imported and "simulator.scoring.turn" in imported
    heavy = {"yaml", "sqlite3", "textual", "rich", "pydantic", "transitions", "numpy"}
    assert heavy.isdisjoint(imported)
    assert not {m for m in imported if m.startswith(("simulator.engine", "simulator.content"))}


def test_the_direct_json_line_is_what_the_json_encoder_writes() -> None:
    """`--json` writes each line directly (for speed); it must be byte for byte what the
    standard encoder makes of the same result."""
    today, overdue, labelled = collector_set.load()
    context = AnalysisContext(today=today, amount_overdue=overdue)
    texts = [line["t"] for line in labelled] + [
        "",
        'quotes " and \\ backslash\ttab\nnewline \x00\x1f',
        "İstanbul ÇALIŞMA 💸 \u202e€300 by 12/15",
        "Could you pay two hundred and fifty dollars and 5 cents by the 15th?",
    ]
    extras: list[dict[str, object]] = [{}, {"id": 7}, {"id": 'a"b'}, {"id": [1, None, 2.5]}]
    turns = [TurnContext(), TurnContext(debtor_drifted=True, debtor_was_rude=True)]
    for n, text in enumerate(texts):
        analysis = analyze(text, context)
        extra = extras[n % len(extras)]
        for turn in turns:
            scores = score_turn(analysis, turn)
            assert score_command.result_json(
                analysis, turn, extra
            ) == score_command._ENCODER.encode(score_command.result(analysis, scores, extra)), text


def test_lines_read_in_blocks_are_the_lines_read_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading in blocks must not change a line: not where a block splits a character or a
    CRLF, not for bytes that are not UTF-8, not for a last line without its newline."""
    import io
    import random

    from simulator.commands import score

    def one_by_one(data: bytes) -> list[str]:
        return [raw.decode("utf-8", errors="replace").rstrip("\r\n") for raw in io.BytesIO(data)]

    pieces = [b"\n", b"\r\n", b"\r", b"\xe2\x82", b"\xac", b"\xff", b"pay $40", "é€😀".encode()]
    pieces += [b"\xf0\x9f", b"\x98\x80", b" ", b"\xc3", b'{"text": "a\\nb"}']
    rng = random.Random(7)
    for _ in range(1500):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        monkeypatch.setattr(score, "BLOCK", rng.choice([1, 2, 3, 5, 64]))
        blocks = score._line_blocks(io.BufferedReader(io.BytesIO(data)))  # type: ignore[arg-type]
        got = [line for block in blocks for line in block]
        assert got == one_by_one(data), data


def test_each_line_is_answered_as_soon_as_it_is_in() -> None:
    """A trainer trying lines by hand (or a pipe from a live call) sees each answer at once,
    not after 512 lines or the end of the input."""
    import selectors

    proc = subprocess.Popen(
        [sys.executable, "-m", "simulator", "score", "--json", "--today", "2026-12-01"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        ready = selectors.DefaultSelector()
        ready.register(proc.stdout, selectors.EVENT_READ)
        for text in ["Could you pay $420.50 by Friday, please?", "Pay now, idiot."]:
            proc.stdin.write(text.encode() + b"\n")
            proc.stdin.flush()
            assert ready.select(timeout=30), f"no answer to {text!r} while the input is open"
            assert json.loads(proc.stdout.readline())["text"] == text
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0


JARGON = ("counterfactual", "indicative", "second_person", "pol_", "*", "deadline_this_week")


def test_the_table_says_the_evidence_in_a_collectors_words() -> None:
    code, out, _ = run(
        "--today",
        "2026-12-01",
        stdin="Could you please pay the $420 by Friday?\nPay now or else, you idiot.\n",
    )
    assert code == 0
    rows = out.splitlines()
    polite = rows.index(next(r for r in rows if "Could you please pay" in r))
    rude = rows.index(next(r for r in rows if "or else" in r))
    said = "\n".join(rows[polite + 1 : rude])
    assert "politeness:" in said and "+ asked politely" in said and "said please" in said
    assert "gave a clear deadline this week" in said
    assert "- " not in said  # nothing in the courteous line cost points
    cost = next(r for r in rows[rude + 1 :] if r.strip().startswith("politeness:"))
    assert "- insulted the debtor" in cost and "made a veiled threat" in cost
    assert not any(j in out for j in JARGON)  # the learned strategies only on request


def test_detail_adds_the_learned_strategies_behind_each_score() -> None:
    line = "Could you please pay the $420 by Friday?\n"
    plain = run("--today", "2026-12-01", stdin=line)[1]
    code, out, _ = run("--today", "2026-12-01", "--detail", stdin=line)
    assert code == 0
    assert out.startswith(plain)  # the words a collector reads, then the detail
    cues = out.removeprefix(plain).splitlines()
    assert [c.split()[0] for c in cues] == ["politeness", "urgency", "focus"]
    assert "counterfactual +" in cues[0] and '"Could you"' in cues[0]
    assert "deadline_this_week +" in cues[1] and '"Friday"' in cues[1]


def test_detail_leaves_the_json_as_it_is() -> None:
    line = "Could you please pay the $420 by Friday?\n"
    assert run("--json", "--detail", stdin=line)[1] == run("--json", stdin=line)[1]


def _mixed_file(tmp_path: Path, lines: int) -> Path:
    """A file of several blocks: plain lines, JSON lines with ids, and lines that cannot be
    scored (their error rows name their line numbers)."""
    texts = [
        "Could you pay $420.50 by Friday, please? #{n}",
        '{{"id": {n}, "text": "So $120 on the 15th by card, yes?"}}',
        '{{"text": "pay up", "amount_overdue": NaN, "id": {n}}}',
        "Hi, is this Paula Gonzalez? It's Lee from Fisher Credit Union. #{n}",
        "",
        "Pay now, idiot. #{n}",
    ]
    path = tmp_path / "lines.txt"
    path.write_text(
        "\n".join(texts[n % len(texts)].format(n=n) for n in range(lines)) + "\n",
        encoding="utf-8",
    )
    return path


def test_a_large_file_scored_by_several_processes_gives_the_same_output(
    tmp_path: Path,
) -> None:
    """`--jobs 2` (what a large file gets by default on two cores) writes exactly what one
    process writes, in input order, error rows with their own line numbers."""
    path = _mixed_file(tmp_path, 2500)  # ~130 KB: several 64 KB blocks
    command = [sys.executable, "-m", "simulator", "score", "--json", "--today", "2026-12-01"]
    one = subprocess.run([*command, "--jobs", "1", str(path)], capture_output=True, check=True)
    two = subprocess.run([*command, "--jobs", "2", str(path)], capture_output=True, check=True)
    assert two.stdout == one.stdout
    rows = [json.loads(row) for row in one.stdout.decode().splitlines()]
    assert len(rows) == 2500
    errors = [row for row in rows if "error" in row]
    assert [row["line"] for row in errors][:3] == [3, 9, 15]
    assert errors[-1]["line"] == 2499
    assert rows[1]["id"] == 1 and rows[1]["slots"]["method"] == "card"
    assert rows[2496]["text"] == "Could you pay $420.50 by Friday, please? #2496"


def _die(first: int, block: list[str]) -> str:
    os._exit(1)  # as a worker killed by the system goes: no exception, no answer


def test_a_worker_that_dies_costs_no_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker process killed mid-run (out of memory, say): the blocks it left are scored by
    the main process and every line is still answered, in order."""
    path = _mixed_file(tmp_path, 2500)
    expected = run("--json", "--today", "2026-12-01", "--jobs", "1", str(path))[1]
    monkeypatch.setattr(score_command, "_answer_in_worker", _die)
    code, out, err = run("--json", "--today", "2026-12-01", "--jobs", "2", str(path))
    assert code == 0, err
    assert out == expected


def test_jobs_must_be_a_count() -> None:
    code, _out, err = run("--jobs", "-1")
    assert code == 2 and "--jobs" in err
