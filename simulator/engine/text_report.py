"""Plain-text views of a call for the command line (the TUI draws its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.engine.record import money

if TYPE_CHECKING:
    from simulator.engine.call import Call
    from simulator.scoring.types import Promise

OUTCOME_WORDS = {
    "promise_secured": "Promise to pay secured",
    "vague_promise": "Vague promise only",
    "unconfirmed": "Terms agreed, never confirmed",
    "short_of_goal": "Terms agreed, short of the goal",
    "no_way_to_pay": "Amount and day agreed, no way to pay",
    "refused": "Refused to pay",
    "hung_up": "The debtor hung up",
    "escalated": "Escalated (collateral / legal)",
    "turn_limit": "Turn limit reached",
    "ended_by_trainee": "You ended the call",
    "incomplete": "Incomplete",
}


def describe_record(call: Call) -> str:
    r = call.record
    lines = [
        f"{call.scenario.title}",
        f"Goal: {call.scenario.goal.description}",
        "",
        r.summary(),
        f"Debtor:   {r.debtor_name} ({r.age}), {r.phone}",
        f"Loan:     {r.loan_label} {r.account_number} with {r.lender}",
        f"Overdue:  {money(r.amount_overdue, r.currency)}: {r.missed_payments} x "
        f"{money(r.instalment, r.currency)} ({r.days_past_due} days past due, "
        f"oldest due {r.due_date:%B %-d})",
        f"Segment:  {r.segment.replace('_', ' ')}; recommended: {r.recommended_method}",
    ]
    if r.next_payday is not None:
        lines.append(f"Payday:   next on {r.next_payday:%A %B %-d}")
    for c in r.contacts:
        said = {
            "no_reply": "no reply",
            "refused": f'refused: "{c.excuse}"',
            "dispute": f'disputes: "{c.excuse}"',
        }.get(c.outcome, f'"{c.excuse}"')
        promise = ""
        if c.promise_amount is not None and c.promise_date is not None:
            promise = (
                f"; promised {money(c.promise_amount, r.currency)} by "
                f"{c.promise_date:%b %-d} ({c.promise_status})"
            )
        lines.append(
            f"Contact:  {c.date:%b %-d} by {c.channel} about the {c.about:%b %-d} payment: "
            f"{said}{promise}"
        )
    return "\n".join(lines) + "\n"


def describe_result(call: Call) -> str:
    scores = call.scores()
    outcome = call.outcome_value
    p, currency = call.promise, call.record.currency
    from simulator.engine.goals import (
        goal_verdict,
        judged_on_promise,
        not_counted,
        outcome_label,
    )

    on_promise = judged_on_promise(call.scenario, outcome)
    lines = [f"Outcome: {outcome_label(call.scenario, outcome)}"]
    if not on_promise:
        lines.append(f"Goal:    {goal_verdict(call)[1]}")
    if p.amount is not None or p.date is not None or p.method is not None:
        lines.append(
            f"Promise: amount {'-' if p.amount is None else money(p.amount, currency)}, "
            f"date {p.date.isoformat() if p.date else '-'}, method {p.method or '-'}, "
            + (
                f"then {p.rest_terms(money(p.rest_amount, currency), p.rest_date.isoformat())}, "
                if p.rest_amount is not None and p.rest_date is not None
                else ""
            )
            + _confirmation(p)
        )
    dims: list[tuple[str, int | None]] = [
        *scores.dimensions.items(),
        ("promise" if on_promise else "goal", scores.promise),
    ]
    if scores.composure is not None:
        dims.append(("composure", scores.composure))
    dims.append(("overall", scores.overall))
    off = not_counted(call.scenario)  # "urgency n/a" on a wrong-party call
    lines.append(
        "Scores:  " + "  ".join(f"{name} {'n/a' if name in off else value}" for name, value in dims)
    )
    if scores.failed:
        lines.append("FAILED on compliance:")
    elif scores.compliance:  # (notes that fail nothing still need their heading)
        lines.append("Compliance notes:")
    for f in scores.compliance:
        where = f"turn {f.turn_index + 1}: " if f.turn_index is not None else ""
        lines.append(f"  - {where}{f.message}" + (f' ("{f.text}")' if f.text else ""))
    if scores.tips:
        lines.append("To work on:")
        lines.extend(f"  - {t.message} ({t.guidance})" for t in scores.tips)
    return "\n".join(lines)


def _confirmation(p: Promise) -> str:
    if p.short_of_goal:
        why = f" ({'; '.join(p.goal_gaps)})" if p.goal_gaps else ""
        return ("confirmed, short of the goal" if p.confirmed else "short of the goal") + why
    return "confirmed" if p.confirmed else "not confirmed"
