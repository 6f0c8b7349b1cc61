"""Checks that need more than one file or the engine's registries: does the scenario's persona
exist, do its transitions name real states, acts and conditions."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

from faker.config import AVAILABLE_LOCALES

from simulator.content.conditions import REGISTRY, check_param, split_spec
from simulator.content.models import CustomAct, Outcome, Persona, Scenario, StateLines
from simulator.content.problems import Problem
from simulator.content.yaml_source import YamlDocument
from simulator.language.custom_acts import pattern_problem
from simulator.language.types import Act

# Events the engine fires on its own, besides the trainee's acts.
ENGINE_EVENTS = {
    "patience_out": "the debtor's patience ran out this turn",
    "terms_complete": "the debtor has just agreed amount, date and method",
    "no_progress": "the trainee's turn matched no other transition",
}
# Line keys the engine reads besides state names: said when the call hits its turn limit.
LINE_KEYS_BESIDES_STATES = ("turn_limit",)
ACT_NAMES = sorted(a.value for a in Act)
TRIGGERS = sorted({*ACT_NAMES, *ENGINE_EVENTS})


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _empty_mood_maps(
    lines: dict[str, StateLines], where: tuple[Any, ...], add: Callable[..., None]
) -> None:
    for state, variants in lines.items():
        if isinstance(variants, dict) and not variants:
            add(
                (*where, state),
                f"lines for '{state}' are an empty mapping: give a list of lines, or lines "
                "per mood (calm, irritated, hostile)",
            )


def check_custom_acts(
    acts: list[CustomAct], add: Callable[..., None], taken: Iterable[str] = ()
) -> None:
    """A trainer's acts: names that are not built-in triggers, each once; patterns that
    compile and cannot take exponential time (the character at fault is named)."""
    seen = set(taken)
    for i, act in enumerate(acts):
        if act.name in TRIGGERS or act.name == "same":
            add(
                ("acts", i, "name"),
                f"'{act.name}' is already a built-in trigger; give your act another name "
                "(e.g. ask_for_reference)",
            )
        elif act.name in seen:
            add(("acts", i, "name"), f"act '{act.name}' is defined twice")
        seen.add(act.name)
        for j, refined in enumerate(act.refines):
            if refined not in ACT_NAMES:
                add(
                    ("acts", i, "refines", j),
                    f"unknown built-in act '{refined}'{did_you_mean(refined, ACT_NAMES)}; "
                    "'refines' names the reader's own acts, such as say_no",
                )
        for j, pattern in enumerate(act.patterns):
            found = pattern_problem(pattern)
            if found is not None:
                at, why = found
                add(
                    ("acts", i, "patterns", j),
                    f"{why} (at character {at + 1} of {pattern!r})",
                )


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def check_persona(persona: Persona, doc: YamlDocument) -> list[Problem]:
    problems: list[Problem] = []

    def add(loc: tuple[Any, ...], message: str) -> None:
        line, col = doc.locate(loc)
        problems.append(Problem(str(doc.path), line, col, message, rule="reference"))

    _empty_mood_maps(persona.lines, ("lines",), add)
    for i, block in enumerate(persona.trait_lines):
        _empty_mood_maps(block.lines, ("trait_lines", i, "lines"), add)
    check_custom_acts(persona.acts, add)
    if persona.identity.locale not in AVAILABLE_LOCALES:
        add(
            ("identity", "locale"),
            f"unknown locale '{persona.identity.locale}'"
            f"{did_you_mean(persona.identity.locale, AVAILABLE_LOCALES)}; "
            "use a Faker locale such as en_US, en_GB, de_DE or fr_FR",
        )
    # The record generator turns these into dates, lists and money: past these bounds a
    # call would fail to start (dates out of range) or take minutes to build.
    for loc, value, low, high, what in (
        (("identity", "age"), persona.identity.age, 16, 100, "an age"),
        (("loan", "days_past_due"), persona.loan.days_past_due, 0, 3650, "days past due"),
        (("loan", "missed_payments"), persona.loan.missed_payments, 0, 120, "missed payments"),
        (("loan", "previous_contacts"), persona.loan.previous_contacts, 0, 50, "contacts"),
        (("loan", "broken_promises"), persona.loan.broken_promises, 0, 50, "broken promises"),
        (("loan", "kept_promises"), persona.loan.kept_promises, 0, 50, "kept promises"),
        (("loan", "late_payments"), persona.loan.late_payments, 0, 120, "late payments"),
        (("loan", "original_amount"), persona.loan.original_amount, 0, 100_000_000, "an amount"),
        (("loan", "overdue_amount"), persona.loan.overdue_amount, 0, 100_000_000, "an amount"),
    ):
        if value is not None and (value.min < low or value.max > high):
            add(
                loc,
                f"{what} from {_number(value.min)} to {_number(value.max)} is out of bounds: "
                f"keep it between {low:,} and {high:,}",
            )
    return problems


def check_scenario(
    scenario: Scenario, doc: YamlDocument, personas: dict[str, Persona]
) -> list[Problem]:
    problems: list[Problem] = []

    def add(loc: tuple[Any, ...], message: str) -> None:
        line, col = doc.locate(loc)
        problems.append(Problem(str(doc.path), line, col, message, rule="reference"))

    if scenario.persona not in personas:
        add(
            ("persona",),
            f"unknown persona '{scenario.persona}'{did_you_mean(scenario.persona, personas)}",
        )
    names = [s.name for s in scenario.states]
    seen: set[str] = set()
    for i, state in enumerate(scenario.states):
        reserved = {
            "any": "in a transition's source it means every state",
            "same": "as a transition's dest it means 'stay in this state'",
        }
        if state.name in reserved:
            add(
                ("states", i, "name"),
                f"'{state.name}' cannot be a state name: {reserved[state.name]}; "
                "choose another name",
            )
        if state.name in seen:
            add(("states", i, "name"), f"state '{state.name}' is defined twice")
        seen.add(state.name)

    def state_ref(loc: tuple[Any, ...], name: str, what: str) -> None:
        if name not in seen:
            hint = did_you_mean(name, names)
            if not hint:
                hint = f"; the states are {', '.join(names)}"
            add(loc, f"unknown state '{name}' in {what}{hint}")

    persona = personas.get(scenario.persona)
    check_custom_acts(scenario.acts, add)
    own_triggers = {a.name for a in scenario.acts} | {
        a.name for a in (persona.acts if persona is not None else [])
    }
    own_outcomes = {o.name for o in scenario.outcomes}
    for i, outcome in enumerate(scenario.outcomes):
        if outcome.name in Outcome._value2member_map_:
            add(
                ("outcomes", i, "name"),
                f"'{outcome.name}' is a built-in outcome; give yours another name",
            )
    builtin = [
        o.value
        for o in Outcome
        if o.value
        not in (
            "unconfirmed",
            "short_of_goal",
            "no_way_to_pay",
            "turn_limit",
            "ended_by_trainee",
            "incomplete",
        )
    ]
    for i, state in enumerate(scenario.states):
        ending = state.ending
        if ending is not None and not isinstance(ending, Outcome) and ending not in own_outcomes:
            choices = [*builtin, *own_outcomes]
            add(
                ("states", i, "ending"),
                f"unknown outcome '{ending}'{did_you_mean(str(ending), choices)}; an ending is "
                f"one of {', '.join(builtin)}, or an outcome named under 'outcomes:'",
            )
    set_flags = {f for tr in scenario.transitions for f in tr.set}
    for i, rule in enumerate(scenario.rules.fail_when):
        if rule.flag not in set_flags:
            add(
                ("rules", "fail_when", i, "flag"),
                f"no transition sets the flag '{rule.flag}'{did_you_mean(rule.flag, set_flags)}"
                "; add it to a transition's 'set:' list",
            )
    state_ref(("initial",), scenario.initial, "initial")
    start = scenario.state(scenario.initial)
    if start is not None and start.ending is not None:
        add(
            ("initial",),
            f"the initial state '{scenario.initial}' is an ending: the call would "
            "be over before the trainee says a word",
        )
    _empty_mood_maps(scenario.lines, ("lines",), add)
    if not scenario.endings():
        add(("states",), "no state has an 'ending'; a call needs at least one way to end")
    for i, tr in enumerate(scenario.transitions):
        loc = ("transitions", i)
        if tr.trigger not in TRIGGERS and tr.trigger not in own_triggers:
            add(
                (*loc, "trigger"),
                f"unknown trigger '{tr.trigger}'"
                f"{did_you_mean(tr.trigger, [*TRIGGERS, *own_triggers])}; a trigger is an act "
                "such as ask_payment, an act defined under 'acts:', or an engine event such "
                "as patience_out",
            )
        if isinstance(tr.source, str):
            if tr.source != "any":
                state_ref((*loc, "source"), tr.source, "source")
        else:
            for j, src in enumerate(tr.source):
                state_ref((*loc, "source", j), src, "source")
        if tr.dest != "same":
            state_ref((*loc, "dest"), tr.dest, "dest")
        for field in ("conditions", "unless"):
            for j, spec in enumerate(getattr(tr, field)):
                cloc = (*loc, field, j)
                if isinstance(spec, dict) and len(spec) != 1:
                    add(cloc, "write one condition per list item, e.g. '- patience_below: 30'")
                    continue
                name, param = split_spec(spec)
                defn = REGISTRY.get(name)
                if defn is None:
                    add(cloc, f"unknown condition '{name}'{did_you_mean(name, REGISTRY)}")
                    continue
                why = check_param(defn, param)
                if why:
                    add(cloc, why)
                elif name == "act_heard" and param not in ACT_NAMES and param not in own_triggers:
                    add(
                        cloc,
                        f"unknown act '{param}'"
                        f"{did_you_mean(str(param), [*ACT_NAMES, *own_triggers])}; name one of the "
                        "reader's acts (such as say_no) or one defined under 'acts:'",
                    )
                elif name in ("flag_set", "flag_not_set") and param not in set_flags:
                    add(
                        cloc,
                        f"no transition sets the flag '{param}'"
                        f"{did_you_mean(str(param), set_flags)}; add it to a transition's "
                        "'set:' list",
                    )
    for key in scenario.hints:
        if key != "default":
            state_ref(("hints", key), key, "hints")
    for key in scenario.lines:
        if key not in LINE_KEYS_BESIDES_STATES:
            state_ref(("lines", key), key, "lines")
    return problems
