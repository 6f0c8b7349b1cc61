"""`collectsim play` as scripts and trainers use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import load_library

SCRIPT = """\
# a comment line is not a turn
Hello, this is Sam from {lender}. Am I speaking with {debtor_name}?
I'm calling about your {loan_type}: {amount_overdue} was due on {due_date}.
I understand. Could you pay the {amount_overdue} by Friday?
Would you pay {amount_overdue} by Friday by card?
So that's {amount_overdue} by Friday by card, correct?
"""


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_play_json_is_byte_identical_for_the_same_seed_and_script(tmp_path: Path) -> None:
    script = tmp_path / "good.txt"
    script.write_text(SCRIPT)
    code, out1, _ = run(
        "play", "student_forgot_first_late", "--seed", "4", "--script", str(script), "--json"
    )
    _, out2, _ = run(
        "play", "student_forgot_first_late", "--seed", "4", "--script", str(script), "--json"
    )
    assert code == 0
    assert out1 == out2
    data = json.loads(out1)
    assert data["scenario"] == "student_forgot_first_late" and data["seed"] == 4
    assert data["outcome"] == "promise_secured"
    assert set(data["promise"]) >= {"amount", "date", "method", "confirmed"}
    assert set(data["scores"]) >= {"urgency", "politeness", "focus", "promise", "overall"}
    assert all(0 <= data["scores"][k] <= 100 for k in ("urgency", "politeness", "focus"))
    assert isinstance(data["compliance"], list)
    assert len(data["turns"]) == 5
    assert data["record"]["debtor_name"] in data["turns"][0]["text"]


def test_play_text_shows_the_exchange_and_the_outcome(tmp_path: Path) -> None:
    script = tmp_path / "good.txt"
    script.write_text(SCRIPT)
    code, out, _ = run("play", "student_forgot_first_late", "--script", str(script))
    assert code == 0
    assert "YOU:" in out and "DEBTOR:" in out
    assert "Outcome: Promise to pay secured" in out


def test_play_reads_the_script_from_stdin() -> None:
    code, out, _ = run("play", "student_forgot_first_late", "--script", "-", "--json", stdin=SCRIPT)
    assert code == 0 and json.loads(out)["outcome"] == "promise_secured"


def test_interactive_play_reads_typed_turns() -> None:
    code, out, _ = run(
        "play",
        "student_forgot_first_late",
        stdin="Hi, am I speaking with the account holder?\n/hint\n/end\n",
    )
    assert code == 0
    assert "DEBTOR:" in out and "hint:" in out
    assert "Outcome: You ended the call" in out


def test_typed_play_waits_for_the_goodbye_once_the_goal_is_reached() -> None:
    lines = [
        "Hello, this is Sam from the bank. Am I speaking with the account holder?",
        "This is an attempt to collect a debt and any information obtained will be used for "
        "that purpose. I'm calling about your student loan, the payment is overdue.",
        "Could you pay the full amount by Friday by card?",
        "So that's the full amount by Friday by card, correct?",
        "Thanks, have a good day, bye!",
    ]
    code, out, _ = run("play", "student_forgot_first_late", stdin="\n".join(lines) + "\n")
    assert code == 0
    note = "note: Promise to pay secured. Say goodbye to end the call, or /end."
    assert note in out
    after = out.split(note, 1)[1].strip().splitlines()
    assert after[0].startswith("DEBTOR:") and "bye" in after[0].lower(), after
    assert "Outcome: Promise to pay secured" in out


def test_unknown_scenario_is_one_line_and_exit_2() -> None:
    code, _, err = run("play", "student_forgot")
    assert code == 2
    assert err.strip().count("\n") == 0
    assert "unknown scenario 'student_forgot'" in err and "did you mean" in err


def test_missing_script_and_unknown_placeholder_are_clear_errors(tmp_path: Path) -> None:
    code, _, err = run("play", "student_forgot_first_late", "--script", "nope.txt")
    assert code == 2 and "script 'nope.txt' does not exist" in err
    bad = tmp_path / "bad.txt"
    bad.write_text("Hello\nYou owe {amount_owed}.\n")
    code, _, err = run("play", "student_forgot_first_late", "--script", str(bad))
    assert code == 2 and f"{bad}:2: unknown placeholder {{amount_owed}}" in err


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "simulator", "play", "no_such_scenario"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "unknown scenario" in proc.stderr


def test_diagram_prints_mermaid_with_every_state() -> None:
    code, out, _ = run("diagram", "student_forgot_first_late")
    assert code == 0 and "stateDiagram-v2" in out
    for state in ("answering", "negotiating", "promised", "hung_up"):
        assert f'state "{state}"' in out
    assert "negotiating --> promised: confirm_terms [terms_agreed]" in out


def test_scenarios_lists_ids_first_and_json() -> None:
    code, out, _ = run("scenarios")
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines() if line.strip()]
    # one line per scenario, its id first, easiest first
    assert sorted(listed) == sorted(load_library(include_user=False).scenarios)
    assert listed[:2] == ["personal_loan_courteous_reminder", "student_forgot_first_late"]
    code, out, _ = run("scenarios", "--json")
    rows = json.loads(out)
    assert {"id", "title", "persona", "situation", "difficulty"} <= set(rows[0])


def test_play_text_marks_a_dimension_the_scenario_does_not_count(tmp_path: Path) -> None:
    """On the wrong-party call (its rubric weighs urgency 0) the scores line says urgency
    does not apply, rather than a low mark a team lead would read as a lapse."""
    script = tmp_path / "call.txt"
    script.write_text(
        "Good afternoon, may I speak with the account holder please?\n"
        "Could you ask her to call Sam back on 0800 555 0142? It's a personal matter.\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        "play", "wrong_party_flatmate_message", "--seed", "3", "--script", str(script)
    )
    scores = next(line for line in out.splitlines() if line.startswith("Scores:"))
    assert code == 0 and "urgency n/a" in scores and "politeness n/a" not in scores, scores


def test_lines_left_unsaid_are_noted_after_the_scores_on_a_line_of_their_own(
    tmp_path: Path,
) -> None:
    """(play-test 51: piped through a filter, the note on stderr ran into the scores: "overall
    90note: the call ended ..."); in text it is part of the result, beside JSON it is not"""
    script = tmp_path / "long.txt"
    script.write_text(SCRIPT + "Thanks, bye now.\n" * 40)
    code, out, err = run(
        "play", "student_forgot_first_late", "--seed", "4", "--script", str(script)
    )
    lines = out.splitlines()
    assert code == 0 and lines[-1].startswith("note: the call ended after"), lines[-3:]
    assert sum("note:" in line for line in lines) == 1 and "note:" not in err
    code, out, err = run(
        "play", "student_forgot_first_late", "--seed", "4", "--script", str(script), "--json"
    )
    assert code == 0 and json.loads(out)["turns"] and "note: the call ended" in err


def test_the_transcript_shows_where_the_debtor_ended_the_call(tmp_path: Path) -> None:
    """Play-test seventy-six: the customer said "Thanks for calling." and hung up; the
    script's next line was dropped with nothing in the transcript to show the call had ended
    there (the note on it came only after the scores)."""
    played = Path(__file__).parent / "data" / "played" / "dealer_4176.txt"
    script = tmp_path / "abusive.txt"
    script.write_text(
        played.read_text().splitlines()[0] + "\n" + "Pay up, you deadbeat idiot.\n" * 6
    )
    code, out, _ = run("play", "car_dealer_dispute", "--seed", "4176", "--script", str(script))
    lines = out.splitlines()
    over = [n for n, line in enumerate(lines) if line.startswith("-- Call over: ")]
    assert code == 0 and len(over) == 1, lines
    assert lines[over[0] - 1].startswith("DEBTOR:") and not lines[over[0] + 1].startswith("YOU:")
    # the call ended on the script's last line is marked too; a script that runs out before
    # the call ends is not
    script.write_text(played.read_text().splitlines()[0] + "\n" + "Pay up, you deadbeat idiot.\n")
    code, out, _ = run("play", "car_dealer_dispute", "--seed", "4176", "--script", str(script))
    assert code == 0 and "-- Call over: " in out, out
    script.write_text(played.read_text())
    code, out, _ = run("play", "car_dealer_dispute", "--seed", "4176", "--script", str(script))
    assert code == 0 and "-- Call over" not in out


def test_terms_short_of_the_goal_say_why_in_the_json_and_the_text(tmp_path: Path) -> None:
    """Play-test 274: a confirmed promise labelled `short_of_goal` left the tester guessing
    ("presumably because the date is 3 weeks out"): the export and the report say which part
    of the goal the terms miss, in figures."""
    script = tmp_path / "half.txt"
    script.write_text(
        "Hi, am I speaking with {debtor_name}?\n"
        "Thanks. This is an attempt to collect a debt and anything you say will be used for it.\n"
        "That sounds really frustrating. What did the dealer say?\n"
        "Could you do {half_overdue} this Friday by card?\n"
        "Perfect, so that's {half_overdue} on Friday by card, yeah?\n"
    )
    args = ("play", "car_dealer_dispute", "--seed", "3", "--script", str(script))
    code, out, _ = run(*args, "--json")
    assert code == 0
    data = json.loads(out)
    half = data["promise"]["amount"]
    half, whole = f"${half:,.2f}", f"${data['record']['amount_overdue']:,.2f}"
    assert data["outcome"] == "short_of_goal"
    assert data["promise"]["short_of_goal_because"] == [
        f"{half} agreed in that time is less than the {whole} the goal asks for"
    ]
    _, text, _ = run(*args)
    assert f"confirmed, short of the goal ({half} agreed in that time is less" in text, text


def test_terms_that_meet_the_goal_give_no_reason_to_fall_short(tmp_path: Path) -> None:
    script = tmp_path / "good.txt"
    script.write_text(SCRIPT)
    _, out, _ = run(
        "play", "student_forgot_first_late", "--seed", "4", "--script", str(script), "--json"
    )
    promise = json.loads(out)["promise"]
    assert promise["short_of_goal"] is False and promise["short_of_goal_because"] == []
