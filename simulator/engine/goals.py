"""What a call is for, beyond the promise to pay: the scenario's goal and its own outcomes,
the acts it defines, its call-memory rules, the extra record fields and who answers.

`Call` asks this module; nothing here changes the call. A payment goal (full, partial, plan)
is scored on the promise as before; any other goal (message left, reference obtained, callback
booked, dispute logged, hardship referral, cease-contact honoured) is reached when the call
ends in an outcome that counts as success: a scenario outcome with `success: true`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from simulator.content.models import Outcome, Persona, Scenario
from simulator.engine.lines import fill
from simulator.engine.text_report import OUTCOME_WORDS
from simulator.scoring.call import first_impolite
from simulator.scoring.dimensions import DIMENSIONS
from simulator.scoring.plain import is_hostile
from simulator.scoring.plain import line_picks as plain_line_picks
from simulator.scoring.types import Finding, GoalView

if TYPE_CHECKING:
    from simulator.engine.call import Call, Turn

GOAL_WORDS = {
    "full_payment": "a promise to pay the full amount",
    "partial_payment": "a promise to pay part of the amount",
    "payment_plan": "a payment plan",
    "message_left": "a discreet message left, nothing disclosed",
    "reference_obtained": "the payment's reference obtained",
    "callback_booked": "a callback booked",
    "dispute_logged": "the dispute logged",
    "hardship_referral": "a referral to the hardship team",
    "cease_contact_honoured": "the request to stop calling honoured",
}


def record_values(scenario: Scenario, values: Mapping[str, str]) -> dict[str, str]:
    """The record's placeholders with the scenario's own fields added (each filled from the
    record, so a field may say "{amount_overdue} sent on {due_date}")."""
    extra = {name: fill(text, values) for name, text in scenario.record.items()}
    return {**values, **extra}


# How a text names a record field before any record exists (the scenario list)
PREVIEW_WORDS = {
    "debtor_name": "the debtor",
    "first_name": "the debtor",
    "last_name": "the debtor",
    "lender": "the lender",
    "loan_type": "loan",
    "amount_overdue": "the overdue amount",
    "half_overdue": "half the overdue amount",
    "days_past_due": "some",
    "due_date": "the due date",
}


def preview_values(scenario: Scenario) -> dict[str, str]:
    """Values for a scenario's texts shown before a call (no record yet): plain words for
    the record's fields, the scenario's own fields as written (filled with those words)."""
    from simulator.content.placeholders import RECORD_PLACEHOLDERS

    words = {name: PREVIEW_WORDS.get(name, name.replace("_", " ")) for name in RECORD_PLACEHOLDERS}
    return record_values(scenario, words)


def outcome_label(scenario: Scenario, outcome: str) -> str:
    own = scenario.outcome(outcome)
    if own is not None:
        return own.label
    return OUTCOME_WORDS.get(outcome, outcome.replace("_", " "))


def outcome_succeeds(scenario: Scenario, outcome: str) -> bool:
    own = scenario.outcome(outcome)
    if own is not None:
        return own.success
    if scenario.goal.is_payment:
        return outcome == Outcome.PROMISE_SECURED.value or outcome in {
            o.value for o in scenario.goal.also_reached_by
        }
    return False


def judged_on_promise(scenario: Scenario, outcome: str) -> bool:
    """Is the call scored on its promise to pay? A payment goal is, unless the call ended in
    another outcome the scenario counts as success (the malicious defaulter's clean
    escalation): that call is scored on reaching it, as a goal beyond payment is."""
    if not scenario.goal.is_payment:
        return False
    return outcome == Outcome.PROMISE_SECURED.value or not outcome_succeeds(scenario, outcome)


def goal_view(
    scenario: Scenario,
    outcome: str,
    flags: Collection[str] = (),
    shortfall: tuple[str, ...] = (),
) -> GoalView:
    """The goal and whether the call reached it: its outcome succeeds, and none of the
    scenario's `fail_when` rules was broken on the way (a message left after telling the
    flatmate about the debt is not "a discreet message, nothing disclosed")."""
    succeeds = outcome_succeeds(scenario, outcome)
    # (the rules broken are what kept a call that ended well from its goal)
    broken = tuple(r.rule for r in scenario.rules.fail_when if r.flag in flags) if succeeds else ()
    return GoalView(
        kind=scenario.goal.kind.value,
        description=scenario.goal.description,
        payment=judged_on_promise(scenario, outcome),
        reached=succeeds and not broken,
        outcome_label=outcome_label(scenario, outcome),
        broken=broken,
        consequences_backfire=_consequences_backfire(scenario),
        politely=scenario.goal.politely,
        shortfall=shortfall,
    )


def _consequences_backfire(scenario: Scenario) -> bool:
    """Does a consequence told lead straight to an ending that fails ("Threats of consequences
    offend this customer": state_consequence -> refused)?"""
    for transition in scenario.transitions:
        if transition.trigger != "state_consequence":
            continue
        dest = scenario.state(transition.dest)
        if dest is not None and dest.ending is not None:
            ending = dest.ending.value if isinstance(dest.ending, Outcome) else dest.ending
            if not outcome_succeeds(scenario, ending):
                return True
    return False


def goal_reached(call: Call) -> bool:
    """Did the call reach its goal: an outcome that succeeds, no `fail_when` rule broken?"""
    return goal_verdict(call)[0]


def goal_verdict(call: Call) -> tuple[bool, str]:
    """(reached, the words for it): a call that ended well but broke one of the goal's rules
    says which, so "Request to stop calling honoured" above it does not read as a pass."""
    outcome = call.outcome_value
    view = goal_view(call.scenario, outcome, call.debtor.flags)
    if view.reached and view.politely and first_impolite(t.analysis for t in call.turns):
        # ("taken politely": reached, but not in the goal's own manner)
        return False, "not reached (not politely)"
    if view.reached:
        return True, "reached"
    if view.broken:
        return False, f"not reached (the call broke {', '.join(view.broken)})"
    if call.debtor.short_of_goal():
        return False, f"not reached ({'; '.join(call.debtor.goal_gaps())})"
    return False, "not reached"


def rubric(scenario: Scenario) -> dict[str, float]:
    return dict(scenario.rubric.model_dump())


def not_counted(scenario: Scenario) -> frozenset[str]:
    """The dimensions the scenario's rubric weighs 0 (urgency on a wrong-party call): shown
    as not scored, not as a low mark."""
    return frozenset(name for name, weight in rubric(scenario).items() if weight == 0)


def flag_findings(
    scenario: Scenario, flags: set[str], turns: Sequence[Turn]
) -> tuple[Finding, ...]:
    """The scenario's `rules.fail_when`: a finding for each rule whose flag the call set, at
    the turn that set it."""
    found = []
    for rule in scenario.rules.fail_when:
        if rule.flag not in flags:
            continue
        index = next((i for i, t in enumerate(turns) if rule.flag in t.flags_set), None)
        text = turns[index].text if index is not None else ""
        found.append(Finding(rule.rule, rule.message, index, text, rule.critical))
    return tuple(found)


def speaker_label(persona: Persona, first_name: str) -> str:
    """Who answers: "Jess (flatmate)" for a third party, else the debtor's first name."""
    if persona.speaker is not None:
        return f"{persona.speaker.name} ({persona.speaker.role})"
    return first_name or "Debtor"


def turn_weight(call: Call, turn: Turn) -> float:
    """A turn's worth for the debrief's line picks: its scores weighed by the scenario's
    rubric (a dimension weighted 0 does not count), a step towards the goal (a scenario act
    that moved the debtor) counts for more, a line that set a failing flag for nothing."""
    weights = rubric(call.scenario)
    used = [d for d in DIMENSIONS if weights.get(d, 1.0) > 0] or list(DIMENSIONS)
    total = sum(weights.get(d, 1.0) for d in used) or 1.0
    value = sum(turn.scores.get(d).value * weights.get(d, 1.0) for d in used) / total
    failing = {r.flag for r in call.scenario.rules.fail_when}
    if failing & set(turn.flags_set):
        return -1.0
    if turn.trigger and turn.trigger in turn.analysis.custom_acts:
        value += 25
    elif turn.state_after != turn.state_before and _moved_on(call, turn.state_after):
        # "What happened with the car?", as the brief asks: a line that moved the debtor on is
        # not the one to rework for its low urgency
        value += MOVED_ON
    return value


MOVED_ON = 10  # a line's worth for moving the debtor on (a scenario's own act: 25)


def _moved_on(call: Call, state: str) -> bool:
    """Is the state a line moved the debtor to a step on, not an ending short of the goal?"""
    found = call.scenario.state(state)
    if found is None or found.ending is None:
        return True
    return outcome_succeeds(call.scenario, str(found.ending))


def line_picks(call: Call) -> tuple[Turn | None, Turn | None] | None:
    """The strongest line and the one to rework, goal-aware (see `turn_weight`), with the
    trainer's rules of scoring/plain.py: never an opening or a goodbye, never a threat or an
    insult praised, and one always the line to rework."""
    if len(call.turns) < 2:
        return None
    # (after the goal, "is this the best number for a reminder text?" is housekeeping, not a
    # line to rework because it moves no payment; a jibe there still is one)
    turns = [t for t in call.turns if not _after_the_goal(call, t) or is_hostile(t)]
    return plain_line_picks(turns, worth=lambda t: turn_weight(call, t))


def _after_the_goal(call: Call, turn: Turn) -> bool:
    state = call.scenario.state(turn.state_before)
    return state is not None and state.ending is not None
