"""A scenario's debtor states as a diagram: Mermaid (via transitions' mermaid engine)."""

from __future__ import annotations

from typing import Any

from transitions.extensions import GraphMachine

from simulator.content.models import Scenario
from simulator.engine.conditions import split_spec
from simulator.engine.machine import state_specs, transition_specs


def condition_label(spec: str | dict[str, Any]) -> str:
    name, param = split_spec(spec)
    if param is None:
        return name
    if isinstance(param, dict):
        return f"{name}({', '.join(f'{k}={v}' for k, v in param.items())})"
    return f"{name}({param})"


def mermaid(scenario: Scenario) -> str:
    transitions = transition_specs(scenario, None)
    for spec, tr in zip(transitions, scenario.transitions, strict=True):
        # labels only: the diagram machine never fires, so names stand in for predicates
        spec["conditions"] = [condition_label(c) for c in tr.conditions]
        spec["unless"] = [condition_label(c) for c in tr.unless]

    class _Model:
        pass

    machine = GraphMachine(
        model=_Model(),
        states=state_specs(scenario),
        transitions=transitions,
        initial=scenario.initial,
        auto_transitions=False,
        graph_engine="mermaid",
        show_conditions=True,
        title=scenario.title,
    )
    text: str = machine.get_graph().draw(None)
    return text.rstrip() + "\n"
