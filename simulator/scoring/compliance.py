"""The compliance rule pack (DOMAIN.md section 3, after the US FDCPA / CFPB Regulation F).

Only when a scenario switches it on. Every finding names the rule, the line (turn index and the
trainee's words) and what to do instead; a critical finding fails the call whatever its other
scores. The rules (docs/guidance.md, "DOMAIN 3"): disclosure_before_verification,
no_identity_check, mini_miranda, abusive_language, threat_of_violence, threat_of_arrest,
threat_of_garnishment, threat_of_seizure, threat, unauthorised_legal_action,
dispute_overshadowed, pressure_in_dispute_window (not critical) and calling_hours (the time on
the call's clock). How often a debtor is called is not checked: each
practice call is a single call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from simulator.language.types import Act
from simulator.scoring.types import ComplianceRules, Finding, ScoredTurn

# Acts that tell a listener there is a debt: not before the right party is confirmed.
DISCLOSING = frozenset(
    {
        Act.STATE_AMOUNT,
        Act.STATE_PURPOSE,
        Act.MINI_MIRANDA,
        Act.STATE_CONSEQUENCE,
        Act.ASK_PAYMENT,
        Act.PROPOSE_TERMS,
        Act.OFFER_PLAN,
    }
)
DEBT_TALK = DISCLOSING - {Act.MINI_MIRANDA}

_THREATS = {
    "threat_violence": (
        "threat_of_violence",
        "Threatened harm or a visit to the debtor's home or work. Never threaten: state the "
        "lawful next step calmly instead.",
    ),
    "threat_arrest": (
        "threat_of_arrest",
        "Threatened arrest, jail or the police: a debt is a civil matter. State the real "
        "consequence (late fees, credit reporting) instead.",
    ),
    "threat_garnish": (
        "threat_of_garnishment",
        "Threatened wage garnishment or telling the employer or family. Do not: speak only "
        "of steps the lender will lawfully take.",
    ),
    "threat_seize": (
        "threat_of_seizure",
        "Threatened to take the debtor's things or to turn up ('or we take the car', 'we'll "
        "send someone round') as the price of not paying. Never threaten: state the lawful "
        "next step calmly, and only one the account is cleared for.",
    ),
    "threat_word": (
        "threat",
        "Language that reads as a threat. State facts and options, not threats.",
    ),
}


def _finding(
    rule: str, message: str, index: int, turn: ScoredTurn, critical: bool = True
) -> Finding:
    return Finding(rule, message, index, turn.analysis.text, critical)


# Regulation F: no calls before 8 am or after 9 pm at the debtor's location
CALLS_FROM = dt.time(8, 0)
CALLS_UNTIL = dt.time(21, 0)


def check_compliance(turns: Sequence[ScoredTurn], rules: ComplianceRules) -> list[Finding]:
    """All breaches of the rule pack, in call order (whole-call findings last)."""
    if not rules.enabled:
        return list(rules.flag_findings)
    findings: list[Finding] = []
    miranda_after_check = False
    debt_discussed = False
    dispute_right_told = False  # pressing for a date after stating the right does not overshadow it
    for index, turn in enumerate(turns):
        analysis = turn.analysis
        told_before = dispute_right_told
        if "dispute_right" in analysis.flags:
            dispute_right_told = True
        acts = set(analysis.acts)
        names = {c.name for c in analysis.cues}
        if acts & DEBT_TALK:
            debt_discussed = True
        if Act.MINI_MIRANDA in acts and turn.identity_verified_before:
            miranda_after_check = True
        if not turn.identity_verified_before and acts & DISCLOSING:
            wrong_party = "wrong_name" in analysis.flags or any(
                "wrong_name" in t.analysis.flags for t in turns[:index]
            )
            findings.append(
                _finding(
                    "disclosure_before_verification",
                    "Spoke about the debt to someone who had not confirmed being the debtor, "
                    "after asking for another name. Never discuss the debt with a wrong party: "
                    "confirm the right name first, then state the purpose."
                    if wrong_party
                    # (the call counts the debtor's yes to their name as the right party: the
                    # advice asks for no more than that)
                    else "Spoke about the debt before confirming you had the right person. "
                    "Ask for the debtor by name and wait for their yes, then state the purpose.",
                    index,
                    turn,
                )
            )
        if "profanity" in analysis.flags or "insult" in analysis.flags:
            findings.append(
                _finding(
                    "abusive_language",
                    "Profane, obscene or insulting language. Stay courteous and professional, "
                    "however the debtor speaks (guidance 5 and 6).",
                    index,
                    turn,
                )
            )
        for cue_name, (rule, message) in _THREATS.items():
            if cue_name in names and Act.THREAT in acts:
                findings.append(_finding(rule, message, index, turn))
        if Act.LEGAL_ACTION in acts and not rules.legal_action_authorised:
            findings.append(
                _finding(
                    "unauthorised_legal_action",
                    "Mentioned legal action or repossession that this account is not cleared "
                    "for. Threatening action that is not intended is a breach: do not mention it.",
                    index,
                    turn,
                )
            )
        if rules.dispute_window:
            if "overshadow_dispute" in analysis.flags:
                regardless = told_before and any(
                    c.name == "overshadow_dispute" and c.span.text.lower().startswith("regardless")
                    for c in analysis.cues
                )
                findings.append(
                    # ("I'll note the dispute ... you keep every right to dispute it" a line
                    # before "it'll show on your credit file regardless of the dispute": the
                    # right told, then a careless word, not the right dismissed)
                    _finding(
                        "dispute_overshadowed",
                        "Said it happens 'regardless of the dispute' after telling the right to "
                        "dispute: keep the two apart without belittling it ('the dispute is "
                        "noted; the loan payment is separate').",
                        index,
                        turn,
                        critical=False,
                    )
                    if regardless
                    else _finding(
                        "dispute_overshadowed",
                        "Pressed for payment over the debtor's right to dispute the debt in the "
                        "30-day window. Acknowledge the right to dispute; never dismiss it.",
                        index,
                        turn,
                    )
                )
            elif (
                not dispute_right_told
                and "deadline_today" in names
                and ("command" in analysis.flags or Act.STATE_CONSEQUENCE in acts)
            ):
                findings.append(
                    _finding(
                        "pressure_in_dispute_window",
                        "Demanded payment today during the dispute window. Mention that the "
                        "debtor may dispute the debt before pressing for a date.",
                        index,
                        turn,
                        critical=False,
                    )
                )
    verified = any(t.identity_verified_before for t in turns)
    # (asked for by name and never reached, as when the flatmate answers: the debt said to
    # whoever answered is the finding, per line; "ask for the debtor by name" would be wrong)
    asked_for = any(Act.VERIFY_IDENTITY in t.analysis.acts for t in turns)
    if debt_discussed and not verified and not asked_for:
        findings.append(
            Finding(
                "no_identity_check",
                "Spoke about the debt without ever confirming who you were talking to. Ask "
                "for the debtor by name (and a security detail) before anything else.",
                None,
            )
        )
    # The disclosure is owed to the debtor: a call that never reached them (the flatmate, a
    # wrong number) owes it to no one, and the debt said to a stranger is already a finding.
    if debt_discussed and verified and not miranda_after_check:
        findings.append(
            Finding(
                "mini_miranda",
                "Never said, after the identity check, that this is an attempt to collect a "
                "debt and that any information obtained will be used for that purpose.",
                None,
            )
        )
    if rules.call_time is not None and not (CALLS_FROM <= rules.call_time < CALLS_UNTIL):
        findings.append(
            Finding(
                "calling_hours",
                f"Called at {rules.call_time:%H:%M}, outside 8 am to 9 pm at the debtor's local "
                "time. Call only within those hours.",
                None,
            )
        )
    # the scenario's own finding for a disclosure ("Told the flatmate about the debt") says
    # what the generic one says of the same line: one finding for one slip
    disclosed_at = {
        f.turn_index
        for f in rules.flag_findings
        if "disclos" in f.rule and f.turn_index is not None
    }
    findings = [
        f
        for f in findings
        if not (f.rule == "disclosure_before_verification" and f.turn_index in disclosed_at)
    ]
    findings.extend(rules.flag_findings)
    return findings
