"""Lint: content that loads but would make a poor or broken call.

Schema and reference checks (library.py, references.py) say whether a file can be used at
all. Lint looks at what a trainer meant: can every state be reached, can the call end from
every state, does the debtor have something to say everywhere. (Whether each line names only
placeholders that will be filled is checked as the library loads, content/placeholders.py, so
that a flagged line is left out; its rules are listed here with the others.) Each rule's
problems carry `rule` so tests and the Scenarios screen can tell them apart; `severity` says
whether `validate` fails on them.

Errors are mistakes a trainee would notice (a call stuck in a state, "{amount_due}" read out
literally); warnings are content that is probably unintended but does no harm.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from simulator.content.library import Library
from simulator.content.models import GoalKind, Persona, Scenario, Segment, custom_act_specs
from simulator.content.placeholders import RECORD_PLACEHOLDERS
from simulator.content.problems import Problem, Severity
from simulator.content.yaml_source import YamlDocument, resolved
from simulator.language.types import Act

# The acts that move a collection call: a scenario in which no transition reacts to one of
# them has a debtor who ignores a trainee doing it (asking for payment, insulting...).
CORE_ACTS = (
    Act.VERIFY_IDENTITY,
    Act.STATE_AMOUNT,
    Act.ASK_PAYMENT,
    Act.PROPOSE_TERMS,
    Act.CONFIRM_TERMS,
    Act.INSULT,
    Act.THREAT,
)

RULES = {
    "unreachable_state": "a state no transition leads to from the initial state",
    "dead_end": "a state that is not an ending and from which no ending can be reached",
    "unreachable_ending": "an ending no path from the initial state leads to",
    "missing_lines": "a state the debtor has no lines for (the fallback lines are used)",
    "unused_act": "an act that matters in a collection call that no transition uses",
    "unknown_placeholder": "a {placeholder} the line cannot fill (it is left out, never said)",
    "bad_braces": "a line whose braces do not pair up (it is left out, never said)",
    "format_spec": "a placeholder with formatting, such as {name:>9} (it is left out)",
    "segment_history": "a loan range the persona's segment overrides in the record",
    "act_examples": "what the reader makes of a trainer's act's examples and near misses",
    "act_claimed_twice": "an example two acts (a trainer's, or a built-in one) both claim",
    "unused_custom_act": "a trainer's act no transition uses",
    "goal_unreachable": "a goal beyond payment that no ending of the scenario reaches",
}


def record_placeholders() -> tuple[str, ...]:
    """The {names} a collection record fills."""
    return RECORD_PLACEHOLDERS


class _Reporter:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def add(self, loc: tuple[Any, ...], message: str, rule: str, severity: Severity) -> None:
        line, col = self.doc.locate(loc)
        self.problems.append(Problem(str(self.doc.path), line, col, message, severity, rule))


# --- the scenario's graph -----------------------------------------------------------------


def _successors(scenario: Scenario) -> dict[str, set[str]]:
    """State -> states one transition away. Conditions are ignored: lint cannot know the
    call's patience or mood, so any guarded transition counts as a possible way."""
    endings = {s.name for s in scenario.endings()}
    names = [s.name for s in scenario.states]
    nexts: dict[str, set[str]] = {name: set() for name in names}
    for tr in scenario.transitions:
        # '*' (stored as 'any') applies wherever the call can still go on
        sources = [n for n in names if n not in endings] if tr.source == "any" else tr.sources()
        for source in sources:
            if source in nexts:
                nexts[source].add(tr.dest)
    return nexts


def _reachable(start: Iterable[str], nexts: dict[str, set[str]]) -> set[str]:
    seen = set(start)
    todo = list(seen)
    while todo:
        for nxt in nexts.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _graph_rules(scenario: Scenario, out: _Reporter) -> None:
    nexts = _successors(scenario)
    endings = {s.name for s in scenario.endings()}
    reachable = _reachable([scenario.initial], nexts)
    reverse: dict[str, set[str]] = {name: set() for name in nexts}
    for source, dests in nexts.items():
        for dest in dests:
            reverse.setdefault(dest, set()).add(source)
    can_end = _reachable(endings, reverse)
    for i, state in enumerate(scenario.states):
        loc = ("states", i, "name")
        if state.name not in reachable:
            if state.ending is not None:
                out.add(
                    loc,
                    f"ending '{state.name}' ({state.ending!s}) cannot be reached from "
                    f"'{scenario.initial}': no path of transitions leads to it",
                    "unreachable_ending",
                    "warning",
                )
            else:
                out.add(
                    loc,
                    f"state '{state.name}' cannot be reached from '{scenario.initial}': "
                    "no path of transitions leads to it",
                    "unreachable_state",
                    "warning",
                )
        if state.ending is None and state.name not in can_end:
            how = (
                "no transition leaves it"
                if not nexts[state.name] - {state.name}
                else "its transitions never lead to an ending"
            )
            out.add(
                loc,
                f"state '{state.name}' is a dead end: {how}, and it is not an ending; "
                "add a transition out of it or give it 'ending: ...'",
                "dead_end",
                "error",
            )


def _goal_outcome(scenario: Scenario, out: _Reporter) -> None:
    """A goal other than payment is reached only by an ending whose outcome says success."""
    if scenario.goal.is_payment:
        return
    wins = {o.name for o in scenario.outcomes if o.success}
    if not any(str(s.ending) in wins for s in scenario.endings()):
        out.add(
            ("goal", "kind"),
            f"no ending reaches the goal '{scenario.goal.kind.value}': name an outcome under "
            "'outcomes:' with success: true and give it to a state as its ending (until then "
            "every call scores 0 on the goal)",
            "goal_unreachable",
            "warning",
        )


def _unused_acts(scenario: Scenario, out: _Reporter) -> None:
    used = {tr.trigger for tr in scenario.transitions}
    wanted = list(CORE_ACTS)
    if not scenario.goal.is_payment:  # no terms to name on a call that is not about paying
        wanted = [Act.VERIFY_IDENTITY, Act.INSULT, Act.THREAT]
    if scenario.goal.kind == GoalKind.PAYMENT_PLAN:
        wanted.append(Act.OFFER_PLAN)
    for act in wanted:
        if act.value not in used:
            out.add(
                ("transitions",),
                f"no transition uses the act '{act.value}': the debtor ignores a trainee "
                "who does that (add a transition triggered by it if the debtor should react)",
                "unused_act",
                "warning",
            )


def _missing_lines(scenario: Scenario, persona: Persona, out: _Reporter) -> None:
    for i, state in enumerate(scenario.states):
        if state.name in scenario.lines or state.name in persona.lines:
            continue
        out.add(
            ("states", i, "name"),
            f"the debtor has no lines for state '{state.name}': add them under 'lines:' in "
            f"persona '{persona.id}' or in this scenario (until then the fallback lines are "
            "said)",
            "missing_lines",
            "warning",
        )


def _custom_acts(scenario: Scenario, persona: Persona | None, out: _Reporter) -> None:
    """Run the reader on every example and near miss of the scenario's own acts (and on the
    built-in catalogue's examples): say what each example is read as, and warn where two acts
    claim one example, or an example is not recognised, or a near miss is."""
    import datetime as dt

    from simulator.language import analyze
    from simulator.language.act_catalogue import catalogue
    from simulator.language.custom_acts import recognise, why_matched
    from simulator.language.types import AnalysisContext

    specs = custom_act_specs(scenario, persona) if persona is not None else ()
    if persona is None:
        from simulator.language.custom_acts import CustomActSpec

        specs = tuple(
            CustomActSpec(a.name, tuple(a.examples), tuple(a.patterns)) for a in scenario.acts
        )
    context = AnalysisContext(today=dt.date(2026, 1, 5), custom_acts=specs)
    used = {tr.trigger for tr in scenario.transitions}
    incidental = {Act.GREET, Act.THANK, Act.APOLOGISE, Act.OTHER, Act.CLOSE, Act.EMPATHISE}
    for i, act in enumerate(scenario.acts):
        if act.name not in used:
            out.add(
                ("acts", i, "name"),
                f"no transition uses the act '{act.name}': add one triggered by it",
                "unused_custom_act",
                "warning",
            )
        spec = next(s for s in specs if s.name == act.name)
        for j, example in enumerate(act.examples):
            analysis = analyze(example, context)
            others = [n for n in analysis.custom_acts if n != act.name]
            built_in = [a.value for a in analysis.acts if a not in incidental]
            how = why_matched(example, spec)
            if how is None:
                out.add(
                    ("acts", i, "examples", j),
                    f"the reader does not recognise this example as '{act.name}' (read as "
                    f"{', '.join(a.value for a in analysis.acts)}): add a pattern, or reword it",
                    "act_examples",
                    "warning",
                )
            else:
                out.add(
                    ("acts", i, "examples", j),
                    f"read as '{act.name}' (by its {how.split(' ', 1)[0]})"
                    + (f", and as {', '.join(built_in)}" if built_in else ""),
                    "act_examples",
                    "note",
                )
            # (a built-in act the trainer's act refines is meant to be claimed)
            claims = others + [b for b in built_in if b not in act.refines]
            if claims:
                out.add(
                    ("acts", i, "examples", j),
                    f"two acts claim this example: '{act.name}' and "
                    f"{', '.join(repr(c) for c in claims)}; a line like it triggers whichever "
                    "the state has a transition for (the scenario's own act first)",
                    "act_claimed_twice",
                    "warning",
                )
        for j, miss in enumerate(act.near_misses):
            if act.name in recognise(miss, (spec,)):
                out.add(
                    ("acts", i, "near_misses", j),
                    f"this near miss is read as '{act.name}': narrow its patterns or examples",
                    "act_examples",
                    "warning",
                )
    refines = {a.name: set(a.refines) for a in scenario.acts}
    for entry in catalogue().values():
        for example in entry.examples:
            for name in recognise(example, specs):
                if entry.name in refines.get(name, ()):
                    continue
                where = next((i for i, a in enumerate(scenario.acts) if a.name == name), None)
                out.add(
                    ("acts", where, "name") if where is not None else ("acts",),
                    f"act '{name}' claims the built-in '{entry.name}' example {example!r}: "
                    "narrow its patterns or examples",
                    "act_claimed_twice",
                    "warning",
                )


# --- putting it together --------------------------------------------------------------------


def lint_scenario(scenario: Scenario, persona: Persona | None, doc: YamlDocument) -> list[Problem]:
    out = _Reporter(doc)
    _graph_rules(scenario, out)
    _unused_acts(scenario, out)
    _goal_outcome(scenario, out)
    if scenario.acts or (persona is not None and persona.acts):
        _custom_acts(scenario, persona, out)
    if persona is not None:
        _missing_lines(scenario, persona, out)
    return out.problems


def _segment_history(persona: Persona, out: _Reporter) -> None:
    """The record follows the segment (engine/record.py): say where a range is overridden."""
    loan = persona.loan

    def warn(key: str, message: str) -> None:
        out.add(("loan", key), message, "segment_history", "warning")

    if persona.segment is Segment.FIRST_TIME_LATE:
        if loan.missed_payments.max > 1:
            warn("missed_payments", "a first-time late payer has missed exactly one payment")
        if loan.broken_promises.max > 0:
            warn("broken_promises", "a first-time late payer has broken no promise yet")
        if loan.kept_promises.max > 0 and (
            loan.late_payments is None or loan.late_payments.max == 0
        ):
            warn(
                "kept_promises",
                "a kept promise is an earlier late payment paid as promised, and a first-time "
                "late payer has none: give late_payments, or drop kept_promises",
            )
    if persona.segment is Segment.PERSISTENT_LATE and loan.broken_promises.min < 1:
        warn("broken_promises", "a persistent late payer has at least one broken promise")


def lint_persona(persona: Persona, doc: YamlDocument) -> list[Problem]:
    """The placeholder rules run as the library loads (content/placeholders.py), so that a
    line they flag is left out, never said; lint adds what is about the persona as a whole."""
    out = _Reporter(doc)
    _segment_history(persona, out)
    return out.problems


def lint_library(
    lib: Library, only: Iterable[Path] | None = None, notes: bool = False
) -> list[Problem]:
    """Lint every persona and scenario that loaded; with `only`, just those files. `notes`:
    keep the notes too (what the reader makes of a trainer's act examples)."""
    wanted = {resolved(p) for p in only} if only is not None else None
    problems: list[Problem] = []
    for (kind, item_id), source in sorted(lib.sources.items()):
        path = resolved(source.path)
        if wanted is not None and path not in wanted:
            continue
        doc = lib.documents.get(path)
        if doc is None:
            continue
        if kind == "scenario" and item_id in lib.scenarios:
            scenario = lib.scenarios[item_id]
            problems.extend(lint_scenario(scenario, lib.personas.get(scenario.persona), doc))
        elif kind == "persona" and item_id in lib.personas:
            problems.extend(lint_persona(lib.personas[item_id], doc))
    return problems if notes else [p for p in problems if p.severity != "note"]


__all__ = ["RULES", "lint_library", "lint_persona", "lint_scenario"]
