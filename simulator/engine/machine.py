"""Builds the debtor's `transitions` state machine from a scenario's data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from transitions import Machine

from simulator.content.conditions import REGISTRY, split_spec
from simulator.content.models import Scenario, State
from simulator.engine.debtor import DebtorState


class DebtorModel:
    """The object whose `state` the machine moves; kept apart from DebtorState so the
    machine's generated methods never collide with our own attributes."""

    state: str
    # added by the Machine: True when a transition was made, False when none was (a condition
    # blocked it, or the state has no transition for the trigger)
    trigger: Callable[..., bool]


def _predicate(debtor: DebtorState, spec: str | dict[str, Any]) -> Callable[..., bool]:
    name, param = split_spec(spec)
    check = REGISTRY[name].check
    return lambda *_a, **_k: bool(check(debtor, param))


SAME = "same"  # a transition's dest that stays in the state


def _setter(debtor: DebtorState, flags: tuple[str, ...]) -> Callable[..., None]:
    def set_flags(*_a: Any, **_k: Any) -> None:
        debtor.flags.update(flags)

    return set_flags


def transition_specs(scenario: Scenario, debtor: DebtorState | None) -> list[dict[str, Any]]:
    specs = []
    # "*" means every state that is not an ending (an ending ends the call): the diagrams
    # draw exactly these arrows, and the engine fires exactly these
    going_on = [s.name for s in scenario.states if s.ending is None]
    for tr in scenario.transitions:
        source: list[str] = going_on if tr.source == "any" else tr.sources()
        # 'same' stays in the state: a reflexive transition ('=' in transitions 0.9), which
        # still fires, runs its callbacks and sets its flags
        dest = "=" if tr.dest == SAME else tr.dest
        spec: dict[str, Any] = {"trigger": tr.trigger, "source": source, "dest": dest}
        if debtor is not None:
            spec["conditions"] = [_predicate(debtor, c) for c in tr.conditions]
            spec["unless"] = [_predicate(debtor, c) for c in tr.unless]
            if tr.set:
                spec["after"] = [_setter(debtor, tuple(tr.set))]
        specs.append(spec)
    return specs


def _entering(on_enter: Callable[[State], None], state: State) -> Callable[..., None]:
    def entered(*_a: Any, **_k: Any) -> None:
        on_enter(state)

    return entered


def state_specs(
    scenario: Scenario, on_enter: Callable[[State], None] | None = None
) -> list[dict[str, Any]]:
    """The machine's states; `on_enter` runs with the scenario's state each time the machine
    enters it (a 'same' transition enters it again)."""
    specs = []
    for s in scenario.states:
        spec: dict[str, Any] = {"name": s.name, "final": s.ending is not None}
        if on_enter is not None:
            spec["on_enter"] = [_entering(on_enter, s)]
        specs.append(spec)
    return specs


def build_machine(
    scenario: Scenario, debtor: DebtorState, on_enter: Callable[[State], None]
) -> tuple[Machine, DebtorModel]:
    """The debtor's machine. Not queued: a trigger runs to its end at once and answers whether
    it moved the debtor, which is what `Call` needs to know."""
    model = DebtorModel()
    machine = Machine(
        model=model,
        states=state_specs(scenario, on_enter),
        transitions=transition_specs(scenario, debtor),
        initial=scenario.initial,
        auto_transitions=False,
        ignore_invalid_triggers=True,
    )
    return machine, model
