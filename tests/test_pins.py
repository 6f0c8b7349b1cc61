"""Behaviour pinned at its source, each against a computation of the test's own: politeness
cue by cue with the score it gives, the overall weighting, every column of the CSV report,
the script rules the README states, and the promise line of the text result."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from test_engine_core import GOOD, play

from benchmarks.synthetic_records import fill
from simulator.engine.script import ScriptError, ScriptLine, fill_placeholders, parse_script
from simulator.language import AnalysisContext, analyze
from simulator.language.types import Act, Analysis, Slots
from simulator.records.render import CSV_COLUMNS, render_csv, render_json
from simulator.records.report import build_report
from simulator.records.store import Store
from simulator.scoring.call import score_call, score_promise
from simulator.scoring.politeness import (
    STRATEGIES,
    collector_voids,
    load_weights,
    score_politeness,
)
from simulator.scoring.spans import first_cues
from simulator.scoring.types import (
    ComplianceRules,
    DimensionScore,
    Promise,
    ScoredTurn,
    TurnScores,
)

CONTEXT = AnalysisContext(today=dt.date(2026, 3, 10), amount_overdue=Decimal("420.50"))

# --- politeness, cue by cue ----------------------------------------------------------------

# (line, the strategies it uses, its politeness score): pairs differ by one cue
POLITENESS = [
    ("Could you pay today?", {"counterfactual", "second_person"}, 87),
    ("Could you please pay today?", {"counterfactual", "please", "second_person"}, 92),
    ("Can you pay today?", {"indicative", "second_person"}, 73),
    ("Please pay today.", {"please", "please_start"}, 51),
    ("Thank you for your time.", {"gratitude", "second_person"}, 97),
    ("Thanks!", {"gratitude", "exclamation"}, 98),
    ("Hello, how are you?", {"greeting", "second_person"}, 91),
    ("Sorry to bother you.", {"apology", "negative", "second_person"}, 82),
    ("I think you could pay today.",
     {"first_person", "first_person_start", "hedge", "second_person"}, 82),
    ("Perhaps you could pay today.", {"hedge", "second_person"}, 72),
    ("By the way, the payment is late.", {"indirect_btw"}, 78),
    ("Would it be possible to pay today?", {"counterfactual", "possibility"}, 94),
    ("Is there any chance of payment today?", {"possibility"}, 74),
    ("We can sort this out today.", {"first_person_plural", "hedge"}, 71),
    ("I can help you.", {"first_person", "first_person_start", "offer_help", "second_person"}, 84),
    # "You ..." naming the purpose is how the call is said: the corpus's "you start" is voided
    ("You missed the payment.", {"second_person", "second_person_start"}, 58),
    ("In fact the payment is late.", {"factuality"}, 23),
    ("Why didn't you pay?", {"direct_question", "negative_question", "second_person"}, 10),
    # a challenge keeps its blunt question, even when it reads as an ask
    ("Why would anyone pay late?", {"challenge", "direct_question"}, 2),
    ("What happened? Why did you not pay?",
     {"challenge", "direct_question", "multi_question", "second_person"}, 3),
    ("Nice to hear that.", {"positive"}, 70),
    ("That's a problem.", {"negative"}, 40),  # 'problem' is no word of the trade: negative
    ("That's a good point.", {"deference", "positive"}, 93),
    # no longer misread as empathy by issue 10's retrained act model: no empathy bonus
    # (100 -> 92)
    ("I was wondering about the payment.",
     {"first_person", "first_person_start", "hedge", "subjunctive_wish"}, 92),
    ("The payment is late again.", {"reproach"}, 29),
    # only a restatement or proposal opens with a harmless "So"; "So when ...?" stays curt
    ("So when will the payment arrive?", {"direct_start"}, 25),
    # acknowledged, then steered back (play-test 39: 48 for "I understand. But loan is not
    # about car running."); a bare "But ..." stays curt
    ("I understand. But the loan is still due.",
     {"first_person", "first_person_start", "direct_start"}, 78),
    ("But the loan is still due.", {"direct_start"}, 25),
    # questions about their situation, asked together, are probing (play-test 40); a
    # challenge asked twice is not
    ("Is the car working now? And do you have anything from the garage?",
     {"direct_start", "multi_question", "second_person"}, 58),
    ("The loan does not stop the payments.", {"reproach"}, 50),  # no one told to stop
    ("Stop making excuses.", {"negative", "reproach"}, 0),
    ("Pay today.", set(), 28),  # no strategy: 50; a command: -22
]  # fmt: skip


def strategies(line: str) -> set[str]:
    analysis = analyze(line, CONTEXT)
    return {c.name[4:] for c in analysis.cues if c.name.startswith("pol_")}


def model_score(present: set[str]) -> float:
    """The logistic model over the shipped weights, computed here: each strategy's weight plus
    each interaction's ("a*b" when both are present); no intercept, so a line with no strategy
    scores 50 (the corpus intercept centres the average Wikipedia request, not a neutral line)."""
    weights = load_weights()["weights"]
    z = sum(weights[s] for s in present)
    z += sum(w for name, w in weights.items() if "*" in name and set(name.split("*")) <= present)
    return 100 / (1 + math.exp(-z))


@pytest.mark.parametrize(("line", "present", "score"), POLITENESS)
def test_politeness_cue_by_cue(line: str, present: set[str], score: int) -> None:
    assert strategies(line) == present
    analysis = analyze(line, CONTEXT)
    assert score_politeness(analysis).value == score
    if not analysis.flags & {"command", "insult", "threat", "shouting", "sarcasm"}:
        credit = 8 if analysis.has(Act.EMPATHISE) else 0  # understanding shown: 8 points more
        # the corpus strategies a collection call voids (issue 13) count for nothing
        voided = {v[4:] for v in collector_voids(analysis, first_cues(analysis))}
        assert score == round(min(100.0, model_score(present - voided) + credit))


def test_a_command_costs_22_points() -> None:
    analysis = analyze("Pay today.", CONTEXT)
    assert "command" in analysis.flags
    assert score_politeness(analysis).value == round(model_score(set()) - 22)


def test_every_strategy_is_pinned_by_a_line() -> None:
    pinned = set().union(*(p for _line, p, _s in POLITENESS))
    assert pinned == set(STRATEGIES)


def test_please_lifts_a_request() -> None:
    """The audit's example: "please" removed from the cues would drop this from 92 to 87."""
    with_please = score_politeness(analyze("Could you please pay today?", CONTEXT)).value
    without = score_politeness(analyze("Could you pay today?", CONTEXT)).value
    assert (with_please, without) == (92, 87)


# --- the overall weighting -----------------------------------------------------------------


def turn(urgency: int, politeness: int, focus: int, rude: bool = False) -> ScoredTurn:
    return ScoredTurn(
        Analysis("...", (Act.OTHER,), Slots()),
        TurnScores(
            urgency=DimensionScore(urgency),
            politeness=DimensionScore(politeness),
            focus=DimensionScore(focus),
        ),
        debtor_was_rude=rude,
    )


FULL = Promise(Decimal(100), dt.date(2026, 3, 13), "card", confirmed=True)


def test_overall_is_the_weighted_mean() -> None:
    turns = [turn(80, 60, 40), turn(70, 61, 50)]  # means 75, 60.5 -> 60 (half to even), 45
    scores = score_call(turns, FULL, ComplianceRules(), "promise_secured")
    assert (scores.urgency, scores.politeness, scores.focus, scores.promise) == (75, 60, 45, 100)
    assert scores.composure is None
    # composure's 0.1 goes to the others when the debtor was never rude
    assert scores.overall == round((0.2 * 75 + 0.2 * 60 + 0.2 * 45 + 0.3 * 100) / 0.9)  # 73


def test_composure_counts_a_tenth_when_the_debtor_was_rude() -> None:
    turns = [turn(80, 20, 40, rude=True), turn(80, 90, 40)]
    scores = score_call(turns, FULL, ComplianceRules(), "promise_secured")
    assert scores.composure == 20  # politeness on the turns after a rude line only
    assert scores.politeness == 55
    want = 0.2 * 80 + 0.2 * 55 + 0.2 * 40 + 0.3 * 100 + 0.1 * 20
    assert scores.overall == round(want)  # 67


def test_a_critical_breach_caps_overall_at_40() -> None:
    line = analyze("You lazy deadbeat, pay up.", CONTEXT)
    scored = ScoredTurn(
        line,
        TurnScores(
            urgency=DimensionScore(90), politeness=DimensionScore(90), focus=DimensionScore(90)
        ),
    )
    scores = score_call([scored], FULL, ComplianceRules(enabled=True), "promise_secured")
    assert scores.failed and scores.overall == 40
    assert score_call([], FULL, ComplianceRules(), "refused").overall == 0


@pytest.mark.parametrize(
    ("promise", "outcome", "points"),
    [
        (Promise(), "refused", 0),
        (Promise(amount=Decimal(5)), "refused", 25),
        (Promise(date=dt.date(2026, 3, 13)), "refused", 25),
        (Promise(method="card"), "refused", 15),
        (Promise(Decimal(5), dt.date(2026, 3, 13), "card"), "refused", 65),
        (FULL, "promise_secured", 100),
        (Promise(amount=Decimal(5), confirmed=True), "refused", 25 + 11),  # a third of 35
        (Promise(vague=True), "vague_promise", 10),
        (Promise(Decimal(5), dt.date(2026, 3, 13), "card"), "vague_promise", 30),
    ],
)
def test_promise_points(promise: Promise, outcome: str, points: int) -> None:
    assert score_promise(promise, outcome)[0] == points


# --- every column of the CSV report --------------------------------------------------------


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pins") / "calls.db"
    with Store.open(path) as store:
        fill(store, trainees=4, calls=40, turns_per_call=5, seed=11, incomplete_every=6)
    return path


def from_sql(path: Path) -> dict[str, dict[str, object]]:
    conn = sqlite3.connect(path)
    out: dict[str, dict[str, object]] = {}
    names = [r[0] for r in conn.execute("SELECT name FROM trainees")]
    for name in names:
        calls = conn.execute(
            "SELECT c.id, c.outcome, c.failed, c.urgency, c.politeness, c.focus, c.promise,"
            " c.composure, c.overall FROM calls c JOIN trainees t ON t.id = c.trainee_id"
            " WHERE t.name = ? ORDER BY c.recorded_at, c.id",
            (name,),
        ).fetchall()
        done = [c for c in calls if c[1] is not None]
        row: dict[str, object] = {
            "calls": len(calls),
            "completed": len(done),
            "incomplete": len(calls) - len(done),
            "turns": conn.execute(
                "SELECT COUNT(*) FROM turns JOIN calls c ON c.id = turns.call_id"
                " JOIN trainees t ON t.id = c.trainee_id WHERE t.name = ?",
                (name,),
            ).fetchone()[0],
            "compliance_failures": sum(bool(c[2]) for c in done),
            "promise_rate": sum(c[1] == "promise_secured" for c in done) / len(done),
            "hang_up_rate": sum(c[1] == "hung_up" for c in done) / len(done),
        }
        for i, key in enumerate(("urgency", "politeness", "focus", "promise", "composure",
                                 "overall")):  # fmt: skip
            values = [c[3 + i] for c in done if c[3 + i] is not None]
            row[f"avg_{key}"] = round(sum(values) / len(values), 1) if values else None
        overall = [c[8] for c in done if c[8] is not None]
        n = len(overall)
        slope_change = 0.0
        if n >= 3:  # least squares, from the first call to the last
            xs = list(range(n))
            mx, my = sum(xs) / n, sum(overall) / n
            slope = sum((x - mx) * (y - my) for x, y in zip(xs, overall, strict=True)) / sum(
                (x - mx) ** 2 for x in xs
            )
            slope_change = slope * (n - 1)
        row["trend"] = (
            "too few calls"
            if n < 3
            else "improving"
            if slope_change >= 5
            else "declining"
            if slope_change <= -5
            else "steady"
        )
        out[name] = row
    conn.close()
    return out


def half_up(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal("1"), rounding="ROUND_HALF_UP"))


def findings_from_sql(records: Path, name: str) -> dict[str, int]:
    """Critical compliance findings of one trainee's calls, counted by rule, straight from SQL."""
    with sqlite3.connect(records) as conn:
        rows = conn.execute(
            "SELECT c.compliance_json FROM calls c JOIN trainees t ON t.id = c.trainee_id "
            "WHERE t.name = ?",
            (name,),
        ).fetchall()
    counts: dict[str, int] = {}
    for (raw,) in rows:
        for finding in json.loads(raw or "[]"):
            if finding.get("critical", True):
                counts[finding["rule"]] = counts.get(finding["rule"], 0) + 1
    return counts


def test_every_csv_column_matches_an_independent_computation(records: Path) -> None:
    with Store.open(records) as store:
        report = build_report(store)
    text = render_csv(report)
    assert text.startswith("\ufeff")  # the byte-order mark Excel needs for "Zoë"
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    want = from_sql(records)
    people = json.loads(render_json(report))["trainees"]
    assert [r["name"] for r in rows] == sorted(want)
    checked = {"name"}
    for row, person in zip(rows, people, strict=True):
        w = want[row["name"]]
        for key in ("calls", "completed", "incomplete", "turns", "compliance_failures"):
            assert int(row[key]) == w[key], key
        for key in [f"avg_{k}" for k in ("urgency", "politeness", "focus", "promise",
                                         "composure", "overall")]:  # fmt: skip
            assert (float(row[key]) if row[key] else None) == w[key], key
        for key in ("promise_rate", "hang_up_rate"):
            assert float(row[key]) == pytest.approx(w[key], abs=0.0005), key
            # a rate is a share to three places (0.333), not every digit the division gives
            assert len(row[key].partition(".")[2]) <= 3, (key, row[key])
        assert row["trend"] == w["trend"]
        checked |= set(w)
        # the temperament columns are the JSON report's reading, cell for cell
        reading = person["temperament"]
        assert row["temperament"] == reading["type"]
        assert float(row["confidence"]) == reading["confidence"]
        for key in ("assertiveness", "self_control", "engagement", "yielding"):
            assert int(row[key]) == reading["measures"][key], key
        assert row["weak_spot"] == reading["weak_spot"]
        assert row["evidence"] == " | ".join(
            f"{q['text']} ({q['call']}, turn {q['turn']})" for q in reading["evidence"]
        )
        checked |= {"temperament", "confidence", "assertiveness", "self_control", "engagement",
                    "yielding", "weak_spot", "evidence"}  # fmt: skip
        assert row["leaning"] == (reading.get("leaning") or "")
        # pass or fail, from the SQL averages and the default pass mark of 70 (half up)
        skills = ("urgency", "politeness", "focus", "promise", "composure")
        for k in skills:
            assert row[f"{k}_passed"] == ("pass" if half_up(w[f"avg_{k}"]) >= 70 else "fail"), k
        lowest = min(skills, key=lambda k: (w[f"avg_{k}"], skills.index(k)))
        assert row["weakest_skill"] == lowest
        passes = half_up(w["avg_overall"]) >= 70 and int(w["compliance_failures"]) == 0
        assert row["passed"] == ("yes" if passes else "no")
        assert row["verdict"] == ("pass" if passes else "fail")
        # the synthetic records are practice calls only: no pack
        assert int(row["practice_calls"]) == int(w["calls"]) and int(row["pack_calls"]) == 0
        for key in ("pack", "pack_attempt", "pack_calls_done", "pack_calls_total",
                    "pack_complete"):  # fmt: skip
            assert row[key] == "", key
        rules = "; ".join(
            f"{rule} x{n}" for rule, n in sorted(findings_from_sql(records, row["name"]).items())
        )
        assert row["compliance_findings"] == rules
        checked |= {"leaning", "passed", "verdict", "weakest_skill", "practice_calls",
                    "pack_calls", "pack", "pack_attempt", "pack_calls_done", "pack_calls_total",
                    "pack_complete", "compliance_findings"}  # fmt: skip
        checked |= {f"{k}_passed" for k in skills}
    assert checked == set(CSV_COLUMNS)
    # the synthetic records are varied enough for these checks to mean something
    assert {r["trend"] for r in rows} - {"too few calls"}
    assert len({r["avg_urgency"] for r in rows}) > 1
    assert any(r["avg_urgency"] != r["avg_focus"] for r in rows)


# --- trainee scripts (README: "A script has one trainee line per line") ---------------------


def test_script_lines_blank_and_comment_rules() -> None:
    text = (
        "Hello {debtor_name}?\n"
        "\n"
        "   \n"
        "# a comment\n"
        "   # an indented comment\n"
        "#hashtag is said\n"
        "line with a trailing return\r\n"
        "\t\n"
        "last"
    )
    lines = parse_script(text)
    assert lines == [
        ScriptLine(1, "Hello {debtor_name}?"),
        ScriptLine(6, "#hashtag is said"),
        ScriptLine(7, "line with a trailing return"),
        ScriptLine(9, "last"),
    ]
    assert parse_script("") == [] and parse_script("\n\n# x\n") == []


def test_script_placeholders_are_filled_or_named_with_their_line() -> None:
    values = {"debtor_name": "Ana Ruiz", "amount_overdue": "$10.00"}
    line = ScriptLine(3, "Hi {debtor_name}, {amount_overdue} please; {braces kept}")
    assert (
        fill_placeholders(line, values, "call.txt") == "Hi Ana Ruiz, $10.00 please; {braces kept}"
    )
    with pytest.raises(ScriptError) as error:
        fill_placeholders(ScriptLine(7, "{lender}"), values, "call.txt")
    assert str(error.value) == (
        "call.txt:7: unknown placeholder {lender}; the collection record has: amount_overdue, "
        "debtor_name"
    )


def test_the_text_result_says_the_promise_in_the_records_currency(library: object) -> None:
    from simulator.content.library import Library
    from simulator.engine.call import Call
    from simulator.engine.clock import FixedClock
    from simulator.engine.text_report import describe_result

    assert isinstance(library, Library)
    sc = library.scenario("student_forgot_first_late")
    persona = library.persona_for(sc)
    persona = persona.model_copy(update={"loan": persona.loan.model_copy(update={"currency": "€"})})
    call = Call(sc, persona, seed=3, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)))
    play(call, GOOD[:4])  # the debtor agrees amount, date and method
    result = describe_result(call)
    assert f"Promise: amount {call.values['amount_overdue']}," in result
    assert "€" in call.values["amount_overdue"]

    # one term agreed is a promise in the making: it is said, the others as '-'
    one = Call(sc, persona, seed=3, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)))
    one.debtor.agreed.date = dt.date(2026, 3, 13)
    assert "Promise: amount -, date 2026-03-13, method -, not confirmed" in describe_result(one)
    assert "Promise:" not in describe_result(
        Call(sc, persona, seed=3, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)))
    )
    # a compliance finding names the turn it came from, counted from 1 as the transcript is
    threat = Call(sc, persona, seed=3, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)))
    threat.say("Pay up now or we will tell your employer and your family about this debt.")
    assert threat.scores().compliance
    assert "\n  - turn 1: " in describe_result(threat)


def test_the_text_report_says_each_trainees_numbers(records: Path) -> None:
    from simulator.records.render import render_text, sparkline

    with Store.open(records) as store:
        report = build_report(store)
    text = render_text(report)
    want = from_sql(records)
    total_calls = sum(int(w["calls"]) for w in want.values())
    incomplete = sum(int(w["incomplete"]) for w in want.values())
    turns = sum(int(w["turns"]) for w in want.values())
    assert text.startswith(
        f"Team report: {len(want)} trainees, {total_calls} calls ({incomplete} incomplete), "
        f"{turns} turns\n"
    )
    # the day the report was made, then the dates it covers
    assert re.match(r"report of \d{4}-\d\d-\d\d: calls ", text.splitlines()[1])
    for name, w in want.items():
        block = text.split(f"\n{name}: ")[1].split("\n\n")[0]
        head = f"{w['calls']} calls" + (
            f" ({w['incomplete']} incomplete)" if w["incomplete"] else ""
        )
        assert block.startswith(f"{head}, {w['turns']} turns")
        scores = "  ".join(
            f"{k} {w['avg_' + k]:.0f}"
            for k in ("urgency", "politeness", "focus", "promise", "composure", "overall")
        )
        assert f"\n  scores       {scores}\n" in block
        failures = int(w["compliance_failures"])
        assert (
            f"\n  outcomes     promise rate {100 * float(w['promise_rate']):.0f}%  hang-up rate "
            f"{100 * float(w['hang_up_rate']):.0f}%  compliance failures {failures} "
            f"call{'' if failures == 1 else 's'}\n"
        ) in block
        assert f"\n  trend        {w['trend']}  " in block
    assert sparkline([0, 12, 13, 50, 100]) == "▁▁▂▄█"
    assert sparkline([]) == ""


@pytest.mark.parametrize(("line", "present", "score"), POLITENESS[:8])
def test_each_cues_evidence_is_the_points_it_moved(
    line: str, present: set[str], score: int
) -> None:
    """The evidence says how many points each strategy moved the score: the score with it
    minus the score without it, computed here from the weights."""
    weights = load_weights()["weights"]
    feats = [f for f in weights if set(f.split("*")) <= present]
    z = sum(weights[f] for f in feats)

    def sig(x: float) -> float:
        return 100 / (1 + math.exp(-x))

    evidence = {e.cue: e.weight for e in score_politeness(analyze(line, CONTEXT)).evidence}
    assert set(evidence) == set(feats)  # each strategy and interaction, by its own name
    for f in feats:
        assert evidence[f] == pytest.approx(round(sig(z) - sig(z - weights[f]), 1)), f


def test_mate_in_a_thank_you_is_warmth_not_a_put_down() -> None:
    warm = analyze("Thanks mate, bye.", CONTEXT)
    cold = analyze("Listen mate, pay up.", CONTEXT)
    assert "dismissive" in cold.flags
    assert not any(e.cue == "dismissive" for e in score_politeness(warm).evidence)
    assert any(e.weight == -25 for e in score_politeness(cold).evidence)


@pytest.mark.parametrize(
    "line",
    [
        "How would you like to pay? Card or a transfer, whatever is easier.",
        "card or cheque, whatever's best for you",
    ],
)
def test_whatever_suits_the_debtor_leaves_them_the_choice_and_is_no_put_down(line: str) -> None:
    assert "dismissive" not in analyze(line, CONTEXT).flags
    assert "dismissive" in analyze("Whatever. Card or transfer?", CONTEXT).flags
