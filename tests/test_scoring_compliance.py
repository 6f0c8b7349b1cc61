"""The compliance rule pack: each rule, the line it names, and switched off by default."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.language import AnalysisContext, analyze
from simulator.scoring import ComplianceRules, ScoredTurn, TurnContext, check_compliance, score_turn
from simulator.scoring.types import Finding

CTX = AnalysisContext(today=dt.date(2026, 12, 1))
ON = ComplianceRules(enabled=True)
MIRANDA = (
    "This is an attempt to collect a debt and any information obtained will be used for "
    "that purpose."
)


def call(*lines: str, verified_from: int = 1) -> list[ScoredTurn]:
    out = []
    for i, line in enumerate(lines):
        analysis = analyze(line, CTX)
        scores = score_turn(analysis, TurnContext(turn_index=i))
        out.append(ScoredTurn(analysis, scores, identity_verified_before=i >= verified_from))
    return out


def rules(findings: list) -> list[str]:  # type: ignore[type-arg]
    return [f.rule for f in findings]


def test_a_clean_call_has_no_findings() -> None:
    turns = call("Am I speaking with Ana Ruiz?", MIRANDA, "Your balance is $420.50. Can you pay?")
    assert check_compliance(turns, ON) == []


def test_the_pack_is_off_unless_the_scenario_switches_it_on() -> None:
    turns = call("You owe $420.50, you idiot.", verified_from=5)
    assert check_compliance(turns, ComplianceRules()) == []


def test_disclosing_the_debt_before_the_identity_check() -> None:
    turns = call("Hi, I'm calling about the $420.50 you owe.", "Is this Ana?", verified_from=2)
    findings = check_compliance(turns, ON)
    disclosure = [f for f in findings if f.rule == "disclosure_before_verification"]
    assert disclosure and disclosure[0].turn_index == 0
    assert "$420.50" in disclosure[0].text
    assert disclosure[0].critical
    # (the call takes the debtor's yes to their name as the right party: the advice asks for
    # that, not a security detail the call never needs)
    assert "wait for their yes" in disclosure[0].message
    assert "security detail" not in disclosure[0].message


def test_the_mini_miranda_must_follow_the_identity_check() -> None:
    findings = check_compliance(call("Is this Ana?", "Can you pay the $420.50 today?"), ON)
    assert "mini_miranda" in rules(findings)
    missing = next(f for f in findings if f.rule == "mini_miranda")
    assert missing.turn_index is None  # about the whole call


def test_a_call_that_never_reaches_the_debtor_owes_no_mini_miranda() -> None:
    # the flatmate hears about the debt: that disclosure is the finding, not a missing
    # disclosure statement owed to a debtor who never came to the phone
    turns = call("Is Ana there?", "Tell her it's about the $420.50 she owes.", verified_from=5)
    found = rules(check_compliance(turns, ON))
    assert "disclosure_before_verification" in found
    assert "mini_miranda" not in found
    # she was asked for by name: the line that told the debt is the finding, not a missing
    # identity check ("Ask for the debtor by name ... before anything else")
    assert "no_identity_check" not in found
    never_asked = call("Hi, it's about the $420.50 owed on the loan.", verified_from=5)
    assert "no_identity_check" in rules(check_compliance(never_asked, ON))


def test_a_disclosure_the_scenario_flags_is_one_finding_not_two() -> None:
    turns = call("Is Ana there?", "Tell her it's about the $420.50 she owes.", verified_from=5)
    told = Finding("disclosure_to_third_party", "Told the flatmate about the debt.", 1, "")
    found = check_compliance(turns, ComplianceRules(enabled=True, flag_findings=(told,)))
    assert [f.rule for f in found if f.turn_index == 1] == ["disclosure_to_third_party"]


def test_profanity_and_insults_are_abusive_language() -> None:
    findings = check_compliance(call("Is this Ana?", MIRANDA, "Pay the damn bill, idiot."), ON)
    abusive = [f for f in findings if f.rule == "abusive_language"]
    assert abusive and abusive[0].turn_index == 2


def test_threats_of_arrest_violence_and_garnishment() -> None:
    findings = check_compliance(
        call(
            "Is this Ana?",
            MIRANDA,
            "You'll go to jail for this.",
            "We know where you live and we'll come to your house.",
            "We'll garnish your wages.",
        ),
        ON,
    )
    assert {"threat_of_arrest", "threat_of_violence", "threat_of_garnishment"} <= set(
        rules(findings)
    )
    assert [f.turn_index for f in findings if f.rule.startswith("threat_of")] == [2, 3, 4]


def test_a_negated_threat_is_not_a_finding() -> None:
    findings = check_compliance(
        call("Is this Ana?", MIRANDA, "Nobody is going to arrest you; let's agree a date."), ON
    )
    assert findings == []


def test_legal_action_only_when_authorised() -> None:
    turns = call("Is this Ana?", MIRANDA, "We will start legal proceedings on the 15th.")
    assert "unauthorised_legal_action" in rules(check_compliance(turns, ON))
    authorised = ComplianceRules(enabled=True, legal_action_authorised=True)
    assert check_compliance(turns, authorised) == []


def test_pressure_that_overshadows_the_dispute_window() -> None:
    turns = call("Is this Ana?", MIRANDA, "You must pay today regardless of the dispute.")
    assert check_compliance(turns, ON) == []  # no dispute window in this scenario
    window = ComplianceRules(enabled=True, dispute_window=True)
    findings = check_compliance(turns, window)
    assert rules(findings) == ["dispute_overshadowed"]
    assert findings[0].critical and findings[0].turn_index == 2


@pytest.mark.parametrize(
    "upheld",
    [
        # play-test 54: what the dealer-dispute scenario asks for failed the call
        "I will note your dispute with the dealer on the account, and you retain every right to "
        "pursue it. However, the loan is with us, not the dealer, so the instalments remain due "
        "regardless of the dispute.",
        "Your dispute will be logged today, and you keep the right to dispute the debt. The "
        "payment is still due regardless of the dispute.",
    ],
)
def test_a_dispute_upheld_in_the_same_breath_is_not_overshadowed(upheld: str) -> None:
    window = ComplianceRules(enabled=True, dispute_window=True)
    assert check_compliance(call("Is this Ana?", MIRANDA, upheld), window) == []


def test_pressing_for_today_in_the_dispute_window_unless_the_right_was_told() -> None:
    window = ComplianceRules(enabled=True, dispute_window=True)
    right = "You have the right to dispute this debt within 30 days."
    for press in ("Pay the balance today.", "You need to pay today or late fees will be added."):
        turns = call("Is this Ana?", MIRANDA, press)
        findings = check_compliance(turns, window)
        assert rules(findings) == ["pressure_in_dispute_window"], press
        assert not findings[0].critical and findings[0].turn_index == 2
        told = call("Is this Ana?", MIRANDA, right, press)
        assert check_compliance(told, window) == [], press
        # the right told after the pressure does not undo it
        late = call("Is this Ana?", MIRANDA, press, right)
        assert rules(check_compliance(late, window)) == ["pressure_in_dispute_window"]
    calm = call("Is this Ana?", MIRANDA, "Could you pay the balance by Friday?")
    assert check_compliance(calm, window) == []
