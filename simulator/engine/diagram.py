"""A scenario's debtor states as a diagram: Mermaid (via transitions' mermaid engine) for docs
and editors, or plain text for a terminal."""

from __future__ import annotations

from typing import Any

from transitions.extensions import GraphMachine

from simulator.content.conditions import split_spec
from simulator.content.models import Scenario, Transition
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


# --- text: for a terminal ------------------------------------------------------------------

STATE_FLAGS = (
    ("identity_confirmed", "identity confirmed"),
    ("negotiable", "negotiates terms"),
    ("vague_promise", "offers a vague promise"),
    ("drifting", "drifts off topic"),
    ("rude", "provokes"),
)


def _guard(tr: Transition) -> str:
    parts = [condition_label(c) for c in tr.conditions]
    parts += [f"not {condition_label(c)}" for c in tr.unless]
    sets = f"  sets {', '.join(tr.set)}" if tr.set else ""
    return (f"  if {' and '.join(parts)}" if parts else "") + sets


def _moves(scenario: Scenario) -> dict[str, list[Transition]]:
    """State -> the transitions that leave it by name, in file order: one pass over the
    transitions, so a diagram costs time in proportion to the file, not states x transitions."""
    moves: dict[str, list[Transition]] = {}
    for tr in scenario.transitions:
        if tr.source != "any":
            for source in dict.fromkeys(tr.sources()):
                moves.setdefault(source, []).append(tr)
    return moves


def _reachable(scenario: Scenario, moves: dict[str, list[Transition]]) -> set[str]:
    endings = {s.name for s in scenario.endings()}
    anywhere = [tr.dest for tr in scenario.transitions if tr.source == "any" and tr.dest != "same"]
    seen = {scenario.initial}
    todo = [scenario.initial]
    while todo:
        here = todo.pop()
        if here in endings:
            continue
        for dest in [*(tr.dest for tr in moves.get(here, ()) if tr.dest != "same"), *anywhere]:
            if dest not in seen:
                seen.add(dest)
                todo.append(dest)
        anywhere = []  # from "*": the same destinations from every state, added once
    return seen


def text_diagram(scenario: Scenario) -> str:
    """The states, each with the transitions out of it (trigger, guard, destination), in the
    file's order; the initial state and the endings marked. Plain ASCII so any terminal,
    pager or log shows it."""
    moves_from = _moves(scenario)
    reachable = _reachable(scenario, moves_from)
    has_anywhere = any(tr.source == "any" for tr in scenario.transitions)
    width = max(len(s.name) for s in scenario.states)
    out = [
        f"{scenario.title} ({scenario.id})",
        f"persona {scenario.persona}, turn limit {scenario.turn_limit}, "
        f"goal {scenario.goal.kind.value}",
        "",
        ">  initial state      [end: outcome]  ending",
        "under each state: ~ its description; what the trainee does -> next state  if conditions",
        "",
    ]
    for state in scenario.states:
        mark = ">" if state.name == scenario.initial else " "
        notes = [label for flag, label in STATE_FLAGS if getattr(state, flag)]
        if state.ending is not None:
            notes.insert(0, f"[end: {state.ending!s}]")
        if state.name == scenario.initial:
            notes.insert(0, "(initial)")
        if state.name not in reachable:
            notes.append("(unreachable)")
        head = f"{mark} {state.name.ljust(width)}  {'  '.join(notes)}".rstrip()
        out.append(head)
        if state.description:  # what the author says the state is, for the trainer reading
            out.append(f"      ~ {' '.join(state.description.split())}")
        if state.ending is not None:
            continue
        moves = moves_from.get(state.name, [])
        for tr in moves:
            dest = f"{state.name} (stays)" if tr.dest == "same" else tr.dest
            out.append(f"      {tr.trigger} -> {dest}{_guard(tr)}")
        if not moves and not has_anywhere:
            out.append("      (no way out)")
        out.append("")
    anywhere = [tr for tr in scenario.transitions if tr.source == "any"]
    if anywhere:
        out.append("")
        out.append("From any state that is not an ending:")
        for tr in anywhere:
            dest = "(stays)" if tr.dest == "same" else tr.dest
            out.append(f"      {tr.trigger} -> {dest}{_guard(tr)}")
    return "\n".join(out) + "\n"
