"""Builds the debtor's `transitions` state machine from a scenario's data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from transitions import Machine

from simulator.content.models import Scenario
from simulator.engine.conditions import REGISTRY, split_spec
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


def transition_specs(scenario: Scenario, debtor: DebtorState | None) -> list[dict[str, Any]]:
    specs = []
    for tr in scenario.transitions:
        source: str | list[str] = "*" if tr.source == "any" else tr.sources()
        spec: dict[str, Any] = {"trigger": tr.trigger, "source": source, "dest": tr.dest}
        if debtor is not None:
            spec["conditions"] = [_predicate(debtor, c) for c in tr.conditions]
            spec["unless"] = [_predicate(debtor, c) for c in tr.unless]
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
