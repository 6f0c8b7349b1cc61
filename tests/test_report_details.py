"""What a team lead reads in `collectsim report`, at the edges: the pass mark is reached at
exactly the mark, the trend follows the least-squares line through the calls, one call is
"1 call", and the team's training list names the trainees of each type."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.synthetic_records import fill
from simulator.cli import cli
from simulator.records.render import pct
from simulator.records.report import build_report, trend_direction
from simulator.records.store import Store

SCORES = {"urgency": 70, "politeness": 70, "focus": 70, "promise": 70, "overall": 70}


def report(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["report", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def dana_calls(tmp_path: Path, results: list[dict[str, object]]) -> Path:
    """Dana's calls, one a day from 10 March, each ended with the result given."""
    db = tmp_path / "calls.db"
    with Store.open(db) as store:
        for i, result in enumerate(results):
            call = store.start_call(
                "Dana",
                {"scenario": "student_forgot_first_late", "persona": "forgetful_student",
                 "seed": i, "started_at": f"2026-03-1{i}T10:30:00"},
            )  # fmt: skip
            store.add_turn(call, {"index": 1, "text": "Can you pay today?", "acts": []})
            store.finish_call(call, result)
    return db


@pytest.fixture
def one_call_at_70(tmp_path: Path) -> Path:
    db = tmp_path / "calls.db"
    with Store.open(db) as store:
        call = store.start_call(
            "Dana",
            {"scenario": "student_forgot_first_late", "persona": "forgetful_student", "seed": 1,
             "started_at": "2026-03-10T10:30:00"},
        )  # fmt: skip
        store.add_turn(
            call, {"index": 1, "text": "Can you pay today?", "acts": ["ask_payment"],
                   "scores": {"politeness": {"value": 70}}},
        )  # fmt: skip
        store.finish_call(call, {"outcome": "promise_secured", "scores": SCORES})
    return db


def test_an_overall_of_exactly_the_pass_mark_passes(one_call_at_70: Path) -> None:
    dana = json.loads(report(one_call_at_70, "--format", "json"))["trainees"][0]
    assert dana["scores"]["overall"] == 70 and dana["passed"] is True
    stricter = json.loads(report(one_call_at_70, "--format", "json", "--pass-mark", "71"))
    assert stricter["trainees"][0]["passed"] is False


def test_one_call_is_said_in_the_singular(one_call_at_70: Path) -> None:
    text = report(one_call_at_70)
    assert "Dana: 1 call," in text
    assert "1 calls" not in text
    assert "compliance failures 0 calls" in text


def test_the_skills_line_lists_the_skills_that_were_scored(one_call_at_70: Path) -> None:
    """No call was scored on composure: the scores line shows it as "-", the skills line
    leaves it out rather than calling it passed or failed."""
    lines = report(one_call_at_70).splitlines()
    assert "  skills       urgency pass  politeness pass  focus pass  promise pass" in lines
    assert any(line.startswith("  scores ") and "composure -" in line for line in lines)


def test_the_default_pass_mark_is_70(one_call_at_70: Path) -> None:
    """README: a collector passes with an average overall of 70 and no critical finding,
    each skill at 70: the team screen's report (no mark given) passes Dana at exactly 70."""
    with Store.read(one_call_at_70) as store:
        dana = build_report(store).trainees[0]
    assert dana.passed is True
    assert dana.skills_passed["urgency"] is True


def test_the_days_asked_for_are_inclusive(one_call_at_70: Path) -> None:
    with Store.read(one_call_at_70) as store:
        day = dt.date.fromisoformat(store.calls("Dana")[0].recorded_at[:10])
        assert [t.calls for t in build_report(store, since=day, until=day).trainees] == [1]
        before = day - dt.timedelta(days=1)
        assert build_report(store, until=before).trainees == []


def test_a_trainee_registered_without_a_call_is_listed(one_call_at_70: Path) -> None:
    with Store.open(one_call_at_70) as store:
        store.trainee_id("Eve")
    text = report(one_call_at_70)
    assert "Eve: 0 calls" in text
    eve = text[text.index("Eve: 0 calls") :].splitlines()
    assert eve[1] == "  no completed call yet"


def test_the_json_gives_the_rates_to_three_places(tmp_path: Path) -> None:
    """One call in three hung up, two secured a promise: 0.333 and 0.667."""
    db = dana_calls(
        tmp_path,
        [{"outcome": outcome, "scores": SCORES} for outcome in ("hung_up", "promise_secured",
                                                               "promise_secured")],
    )  # fmt: skip
    dana = json.loads(report(db, "--format", "json"))["trainees"][0]
    assert (dana["hang_up_rate"], dana["promise_rate"]) == (0.333, 0.667)


@pytest.mark.parametrize(("failed", "said"), [(1, "1 call"), (2, "2 calls")])
def test_compliance_failures_are_counted_in_calls(tmp_path: Path, failed: int, said: str) -> None:
    db = dana_calls(
        tmp_path,
        [{"outcome": "promise_secured", "scores": SCORES, "failed": i < failed} for i in range(3)],
    )
    text = report(db)
    assert f"compliance failures {said}\n" in text
    # each call in the list: a critical finding fails it whatever its overall (70, the mark)
    verdicts = [line.rsplit(", ", 1)[1] for line in text.splitlines() if "practice call " in line]
    assert verdicts == ["FAIL (critical finding)"] * failed + ["pass"] * (3 - failed)
    # the report's dates are the calls' days
    data = json.loads(report(db, "--format", "json"))
    with Store.open(db) as store:
        days = sorted(c.recorded_at[:10] for c in store.calls("Dana"))
    assert (data["calls_from"], data["calls_to"]) == (days[0], days[-1])
    assert len(data["calls_from"]) == len("2026-03-10")


def test_a_percent_in_the_text_is_the_percent_of_the_rate_the_json_gives() -> None:
    """The JSON gives a rate to 3 places (0.1245 -> 0.125): the text shows 13%, as a reader
    of the JSON works out, not the 12% of 12.45 rounded directly."""
    assert pct(0.1245) == "13%"
    assert pct(0.125) == "13%"
    assert pct(0.1244) == "12%"
    assert pct(None) == "-"


@pytest.mark.parametrize(
    ("overall", "direction"),
    [
        ([50, 53, 56], "improving"),  # 6 points gained on the line
        ([50, 50, 55], "improving"),  # exactly 5
        ([56, 53, 50], "declining"),
        ([50, 52, 54], "steady"),  # 4
        ([80, 40, 80, 40, 80], "steady"),  # up and down: no line through them
        ([50, 60], "too few calls"),
    ],
)
def test_the_trend_follows_the_line_through_the_calls(overall: list[int], direction: str) -> None:
    assert trend_direction(overall) == direction


def test_the_team_training_list_names_the_trainees_of_each_type(tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    with Store.open(db) as store:
        fill(store, trainees=4, calls=24, turns_per_call=6, seed=7)
    data = json.loads(report(db, "--format", "json"))
    by_type: dict[str, set[str]] = {}
    for t in data["trainees"]:
        by_type.setdefault(t["temperament"]["type"], set()).add(t["name"])
    listed = {item["type"]: set(item["trainees"]) for item in data["team"]["training"]}
    assert listed == by_type
