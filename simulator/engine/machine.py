"""Builds the debtor's `transitions` state machine from a scenario's data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from transitions import Machine

from simulator.content.conditions import REGISTRY, split_spec
from simulator.content.models import Scenario
from simulator.engine.debtor import DebtorState


class DebtorModel:
    """The object whose `state` the machine moves; kept apart from DebtorState so the
    machine's generated methods never collide with our own attributes."""

    state: str
    trigger: Callable[..., bool]  # added by the Machine
    # A queued machine's trigger() answers True even when a condition blocked the transition,
    # so the machine itself marks the transitions that really happened.
    fired: bool = False

    def mark_fired(self) -> None:
        self.fired = True


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


def state_specs(scenario: Scenario) -> list[dict[str, Any]]:
    return [{"name": s.name, "final": s.ending is not None} for s in scenario.states]


def build_machine(scenario: Scenario, debtor: DebtorState) -> tuple[Machine, DebtorModel]:
    model = DebtorModel()
    machine = Machine(
        model=model,
        states=state_specs(scenario),
        transitions=transition_specs(scenario, debtor),
        initial=scenario.initial,
        auto_transitions=False,
        queued=True,
        ignore_invalid_triggers=True,
        after_state_change="mark_fired",
    )
    return machine, model
