"""A call as plain JSON-able data: what `play --json` prints and what the records keep."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from simulator.engine.call_facts import read_call
from simulator.language.types import Analysis
from simulator.scoring.dimensions import DIMENSIONS
from simulator.scoring.types import CallScores, DimensionScore, TurnScores
from simulator.textsafe import representable

if TYPE_CHECKING:
    from simulator.engine.call import Call, Turn


def plain(value: Any) -> Any:
    """Decimal -> float, date -> ISO text, tuples -> lists, recursively. A Decimal no float
    can hold (a trainee who says "$" and 400 nines) becomes None: JSON has no Infinity."""
    if isinstance(value, Decimal):
        return float(value) if representable(value) else None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        items = [plain(v) for v in value]
        return sorted(items) if isinstance(value, frozenset | set) else items
    return value


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    slots = analysis.slots
    return {
        "acts": [a.value for a in analysis.acts],
        "slots": plain(
            {
                "amount": slots.amount,
                "amount_text": slots.amount_text,
                "date": slots.date,
                "date_text": slots.date_text,
                "method": slots.method,
            }
        ),
        "flags": sorted(analysis.flags),
        "cues": [
            {
                "name": c.name,
                "text": c.span.text,
                "start": c.span.start,
                "end": c.span.end,
                "weight": round(c.weight, 3),
            }
            for c in analysis.cues
        ],
    }


def dimension_dict(score: DimensionScore) -> dict[str, Any]:
    return {
        "value": score.value,
        "evidence": [
            {
                "cue": e.cue,
                "text": e.text,
                "start": e.start,
                "end": e.end,
                "weight": round(e.weight, 3),
            }
            for e in score.evidence
        ],
    }


def turn_scores_dict(scores: TurnScores) -> dict[str, Any]:
    return {name: dimension_dict(scores.get(name)) for name in DIMENSIONS}


def turn_dict(turn: Turn) -> dict[str, Any]:
    # the scenario's own acts and the flags a turn set: only where there are any, so calls
    # without them export exactly as before
    extra: dict[str, Any] = {}
    if turn.analysis.custom_acts:
        extra["custom_acts"] = list(turn.analysis.custom_acts)
    if turn.flags_set:
        extra["flags_set"] = list(turn.flags_set)
    return {
        "index": turn.index,
        "text": turn.text,
        **analysis_dict(turn.analysis),
        "scores": turn_scores_dict(turn.scores),
        **extra,
        "reply": turn.reply,
        "state_before": turn.state_before,
        "state_after": turn.state_after,
        "trigger": turn.trigger,
        "mood": turn.mood,
        "patience": turn.patience,
        "pressure": turn.pressure,
        "at": turn.at.isoformat(),
    }


def call_scores_dict(scores: CallScores) -> dict[str, Any]:
    return {
        **scores.dimensions,
        "promise": scores.promise,
        "composure": scores.composure,
        "overall": scores.overall,
    }


def call_result_dict(call: Call) -> dict[str, Any]:
    """How the call ended and how it scored: what the records store keeps when a call ends."""
    scores = call.scores()
    promise = call.promise
    return {
        "ended_at": call.ended_at.isoformat() if call.ended_at else None,
        "outcome": call.outcome_value,
        "promise": plain(
            {
                "amount": promise.amount,
                "date": promise.date,
                "method": promise.method,
                "confirmed": promise.confirmed,
                "vague": promise.vague,
                "rest_amount": promise.rest_amount,
                "rest_date": promise.rest_date,
                "rest_every": promise.rest_every,
                "short_of_goal": promise.short_of_goal,
                "short_of_goal_because": list(promise.goal_gaps),
            }
        ),
        "scores": call_scores_dict(scores),
        "failed": scores.failed,
        "compliance": [plain(asdict(f)) for f in scores.compliance],
        "tips": [plain(asdict(t)) for t in scores.tips],
    }


def goal_dict(call: Call) -> dict[str, Any]:
    """What a call beyond payment adds: the goal, the outcome's label, who answered, the
    flags set. Empty for a payment call without them (its export is as before)."""
    from simulator.engine.goals import goal_reached, outcome_label

    out: dict[str, Any] = {}
    scenario = call.scenario
    outcome = call.outcome_value
    if not scenario.goal.is_payment or scenario.outcomes:
        out["goal"] = {
            "kind": scenario.goal.kind.value,
            "reached": goal_reached(call),
            "outcome_label": outcome_label(scenario, outcome),
        }
    if call.persona.speaker is not None:
        out["speaker"] = call.speaker
    if call.debtor.flags:
        out["flags"] = sorted(call.debtor.flags)
    return out


def call_to_dict(call: Call) -> dict[str, Any]:
    return {
        "scenario": call.scenario.id,
        "title": call.scenario.title,
        "persona": call.persona.id,
        "seed": call.seed,
        "started_at": call.started_at.isoformat(),
        **call_result_dict(call),
        "states_visited": list(call.visited),
        "record": call.record.to_dict(),
        "opening": call.opening,
        **goal_dict(call),
        "turns": [turn_dict(t) for t in call.turns],
        "temperament": read_call(call).to_dict(),
    }
