"""Issue 13: the taught behaviours never lose points, evidence reads in a collector's words,
line picks skip openings and never praise a threat, compliance finds everyday threats, and
temperament tells confident from aggressive without swear words."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from simulator.language import AnalysisContext, analyze
from simulator.language.types import Act
from simulator.scoring import TurnContext, score_turn
from simulator.scoring.plain import PLAIN, line_picks, plain_words

sys.path.insert(0, str(Path(__file__).parent))
import temperament_eval  # noqa: E402

CONTEXT = AnalysisContext(today=dt.date(2026, 12, 1), amount_overdue=Decimal("420.50"))


def scores(text: str):  # type: ignore[no-untyped-def]
    return score_turn(analyze(text, CONTEXT))


@pytest.mark.parametrize(
    "line",
    [
        "So to recap, you'll pay $754.56 online on Thursday. Is that correct?",
        "You can pay at any branch in cash if that's easier.",
        "You have 30 days to dispute this debt.",
        "What if we set up a payment plan, with smaller monthly payments?",
        "thanks mate, bye",
    ],
)
def test_taught_behaviours_read_polite(line: str) -> None:
    assert scores(line).politeness.value >= 50, line


def test_a_firm_date_presses() -> None:
    assert scores("I need a firm date, can we say this Wednesday the 2nd?").urgency.value >= 50


@pytest.mark.parametrize(
    "line",
    [
        "Everyone's got a sob story. The money is still owed. Pay the $1,123.59 this week.",
        "You should have thought of that before you borrowed the money.",
        "Grown adults pay their bills.",
        "Pay by tomorrow or we take the car",
    ],
)
def test_contempt_and_threats_without_swearing_read_impolite(line: str) -> None:
    assert scores(line).politeness.value < 50, line


def test_everyday_threats_are_compliance_findings() -> None:
    from simulator.scoring.compliance import check_compliance
    from simulator.scoring.types import ComplianceRules, ScoredTurn

    for line in ("Pay by tomorrow or we take the car", "We'll send someone round to your house."):
        analysis = analyze(line, CONTEXT)
        assert Act.THREAT in analysis.acts, line
        turn = ScoredTurn(
            analysis=analysis, scores=score_turn(analysis), identity_verified_before=True
        )
        rules = {f.rule for f in check_compliance([turn], ComplianceRules(enabled=True))}
        assert rules & {"threat_of_seizure", "threat_of_violence"}, (line, rules)


def test_evidence_in_plain_words() -> None:
    assert plain_words("deadline_this_week") == "gave a clear deadline this week"
    assert plain_words("counterfactual") == "asked politely (could you / would you)"
    assert "*" not in plain_words("direct_question*second_person")
    assert plain_words("some_new_cue") == "some new cue"
    jargon = ("indicative", "counterfactual", "second person", "*", "pol_")
    assert not any(j in v for v in PLAIN.values() for j in jargon)


def _turn(text: str, index: int) -> SimpleNamespace:
    analysis = analyze(text, CONTEXT)
    return SimpleNamespace(index=index, text=text, analysis=analysis, scores=score_turn(analysis))


def test_line_picks_skip_openings_and_never_praise_a_threat() -> None:
    turns = [
        _turn("Hello, this is Sam from Northwind Bank. Am I speaking with Ana Ruiz?", 1),
        _turn("Can you pay $420.50 by Friday?", 2),
        _turn("Pay today or else, we know where you live.", 3),
        _turn("Thank you, goodbye.", 4),
    ]
    best, worst = line_picks(turns)
    assert best is not None and best.index == 2
    assert worst is not None and worst.index == 3


def test_tuning_collectors_subtle_aggression_is_aggressive() -> None:
    folder = temperament_eval.TUNING
    results = {r.id: r for r in temperament_eval.run_collectors(folder)}
    for rid in ("C05", "C06", "C07"):  # condescension, blame, everyday threats: no swearing
        assert results[rid].got == "aggressive", results[rid]
    for r in results.values():
        for quote in r.evidence:
            assert "greeting" not in quote
            assert not quote.split(": ", 1)[1].lower().startswith(("hello", "hi ", "good morning"))


def test_aggressive_evidence_is_the_hostile_line() -> None:
    from simulator.scoring.temperament import TurnFacts, read_temperament

    lines = [
        ("Hi, is this Ana Ruiz? This is Jo from Northwind Bank.", {"greet", "verify_identity"}),
        ("You owe $420.50. Pay it this week.", {"state_amount", "ask_payment"}),
        ("Everyone's got a sob story.", set()),
        ("You should have thought of that before.", set()),
        ("Pay the $420.50 by Friday.", {"ask_payment", "set_deadline"}),
        ("Grown adults pay their bills.", set()),
    ]
    facts = []
    for i, (text, acts) in enumerate(lines, 1):
        analysis = analyze(text, CONTEXT)
        s = score_turn(analysis, TurnContext())
        facts.append(
            TurnFacts(
                call="pack call 1",
                turn=i,
                text=text,
                acts=frozenset(a.value for a in analysis.acts) | acts,
                flags=frozenset(analysis.flags),
                politeness=s.politeness.value,
                urgency=s.urgency.value,
                focus=s.focus.value,
            )
        )
    reading = read_temperament(facts)
    assert (reading.type if reading.type != "uncertain" else reading.leaning) == "aggressive"
    assert reading.evidence and "sob story" in reading.evidence[0].text
    assert all(not q.text.startswith("Hi,") for q in reading.evidence)
