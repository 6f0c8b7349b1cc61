"""The named conditions a scenario may put on a transition.

A content file can only name these and pass parameters; nothing in it is evaluated. Each
condition declares its parameter so validation can say exactly what is wrong.

The registry sits in content, below the engine: validation (content) checks the names and
parameters, the engine's machine evaluates them on the debtor's state, which it sees through
`ConditionState` (what the conditions read of `engine.debtor.DebtorState`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from simulator.content.models import Mood, Persona


class ConditionState(Protocol):
    """What a condition reads of the debtor's state in a call (`DebtorState` has it)."""

    persona: Persona
    patience: float
    pressure: float
    rapport: float
    turns: int
    turns_in_state: int
    identity_verified: bool
    amount_stated: bool
    reason_heard: bool
    plan_offered: bool
    insulted: bool
    confirmed: bool
    flags: set[str]
    acts_heard: set[str]

    @property
    def mood(self) -> Mood: ...

    def terms_agreed(self) -> bool: ...

    def some_terms_agreed(self) -> bool: ...


ParamKind = type[int] | type[str] | None


@dataclass(frozen=True)
class ConditionDef:
    name: str
    doc: str
    param: str | None  # description of the single parameter, None when it takes none
    kind: type | None  # int (0-100 etc.), str, or None
    check: Callable[[ConditionState, Any], bool]
    choices: tuple[str, ...] = ()


TRAIT_NAMES = ("patience", "honesty", "ability_to_pay", "willingness_to_pay", "temper")
MOODS = ("calm", "irritated", "hostile")


def _trait(state: ConditionState, spec: Any) -> int:
    return int(getattr(state.persona.traits, spec["trait"]))


REGISTRY: dict[str, ConditionDef] = {
    c.name: c
    for c in [
        ConditionDef(
            "patience_below",
            "the debtor's patience is below N (0-100)",
            "N",
            int,
            lambda s, n: s.patience < n,
        ),
        ConditionDef(
            "patience_at_least",
            "the debtor's patience is at least N",
            "N",
            int,
            lambda s, n: s.patience >= n,
        ),
        ConditionDef(
            "mood_is",
            "the debtor's mood is calm, irritated or hostile",
            "mood",
            str,
            lambda s, m: s.mood.value == m,
            MOODS,
        ),
        ConditionDef(
            "mood_is_not",
            "the debtor's mood is not the one named",
            "mood",
            str,
            lambda s, m: s.mood.value != m,
            MOODS,
        ),
        ConditionDef(
            "pressure_at_least",
            "the urgency built up in the call is at least N",
            "N",
            int,
            lambda s, n: s.pressure >= n,
        ),
        ConditionDef(
            "pressure_below",
            "the urgency built up is below N",
            "N",
            int,
            lambda s, n: s.pressure < n,
        ),
        ConditionDef(
            "turns_at_least", "at least N trainee turns so far", "N", int, lambda s, n: s.turns >= n
        ),
        ConditionDef(
            "turns_in_state_at_least",
            "at least N turns spent in the current state",
            "N",
            int,
            lambda s, n: s.turns_in_state >= n,
        ),
        ConditionDef(
            "rapport_at_least",
            "empathy shown so far is at least N (0-100)",
            "N",
            int,
            lambda s, n: s.rapport >= n,
        ),
        ConditionDef(
            "identity_verified",
            "the right party has been confirmed",
            None,
            None,
            lambda s, _: s.identity_verified,
        ),
        ConditionDef(
            "amount_stated",
            "the trainee has stated the amount owed",
            None,
            None,
            lambda s, _: s.amount_stated,
        ),
        ConditionDef(
            "reason_heard",
            "the trainee asked why the payment was missed, or noted the customer's dispute",
            None,
            None,
            lambda s, _: s.reason_heard,
        ),
        ConditionDef(
            "plan_offered",
            "the trainee has offered a payment plan",
            None,
            None,
            lambda s, _: s.plan_offered,
        ),
        ConditionDef(
            "terms_agreed",
            "the debtor agreed an amount, a date and a method that meet the goal",
            None,
            None,
            lambda s, _: s.terms_agreed(),
        ),
        ConditionDef(
            "terms_confirmed",
            "the terms are agreed, meet the goal, and the trainee has restated them",
            None,
            None,
            lambda s, _: s.confirmed and s.terms_agreed(),
        ),
        ConditionDef(
            "some_terms_agreed",
            "the debtor agreed at least one of amount, date, method",
            None,
            None,
            lambda s, _: s.some_terms_agreed(),
        ),
        ConditionDef(
            "insulted",
            "the trainee has insulted or sworn at the debtor",
            None,
            None,
            lambda s, _: s.insulted,
        ),
        ConditionDef(
            "flag_set",
            "a transition has set this call-memory flag (its 'set:' list)",
            "flag",
            str,
            lambda s, f: f in s.flags,
        ),
        ConditionDef(
            "flag_not_set",
            "no transition has set this flag yet",
            "flag",
            str,
            lambda s, f: f not in s.flags,
        ),
        ConditionDef(
            "act_heard",
            "the trainee has done this act earlier in the call or in this line (one of the "
            "reader's acts, such as say_no, or one under 'acts:')",
            "act",
            str,
            lambda s, a: a in s.acts_heard,
        ),
        ConditionDef(
            "trait_at_least",
            "a persona trait is at least a value: {trait: honesty, value: 60}",
            "{trait, value}",
            dict,
            lambda s, spec: _trait(s, spec) >= int(spec["value"]),
        ),
        ConditionDef(
            "trait_below",
            "a persona trait is below a value: {trait: temper, value: 50}",
            "{trait, value}",
            dict,
            lambda s, spec: _trait(s, spec) < int(spec["value"]),
        ),
    ]
}


def check_param(defn: ConditionDef, value: Any) -> str | None:
    """Why a parameter does not fit its condition, or None when it does."""
    if defn.kind is None:
        if value not in (None, True):
            return f"condition '{defn.name}' takes no value; write it as a plain name"
        return None
    if defn.kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"condition '{defn.name}' needs a whole number ({defn.param}), got {value!r}"
        return None
    if defn.kind is str:
        if not isinstance(value, str):
            return f"condition '{defn.name}' needs a word ({defn.param}), got {value!r}"
        if defn.choices and value not in defn.choices:
            return f"condition '{defn.name}' takes one of {', '.join(defn.choices)}, got {value!r}"
        return None
    if not isinstance(value, dict) or set(value) != {"trait", "value"}:
        return f"condition '{defn.name}' needs {{trait: NAME, value: N}}, got {value!r}"
    if value["trait"] not in TRAIT_NAMES:
        return f"unknown trait {value['trait']!r}; traits are {', '.join(TRAIT_NAMES)}"
    if isinstance(value["value"], bool) or not isinstance(value["value"], int):
        return f"condition '{defn.name}' needs a whole number value, got {value['value']!r}"
    return None


def split_spec(spec: str | dict[str, Any]) -> tuple[str, Any]:
    """`name` or `{name: param}` -> (name, param)."""
    if isinstance(spec, str):
        return spec, None
    ((name, param),) = spec.items()
    return name, param
