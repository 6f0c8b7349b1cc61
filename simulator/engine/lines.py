"""Choosing and filling the debtor's lines: variants per state and mood, never the same line
twice in a row, placeholders from the collection record."""

from __future__ import annotations

import random
from collections.abc import Mapping

from simulator.content.models import Mood, Persona, Scenario, StateLines
from simulator.content.placeholders import TemplateError, parse_template

DEFAULT_NEGOTIATION: dict[str, list[str]] = {
    "accept_amount": ["{amount}... yes, I can do {amount}.", "Okay, {amount} is fine."],
    "counter_amount": [
        "I can't do {amount}. The most I can manage is {counter_amount}.",
        "{amount} is too much right now. I could do {counter_amount}.",
    ],
    "accept_date": ["{date} works.", "Alright, by {date}."],
    "counter_date": [
        "{date} is too soon for me. I could do {counter_date}.",
        "Not by {date}. {counter_date} is the earliest I can.",
    ],
    "accept_method": ["{method} is fine.", "I'll do it by {method}."],
    "accept_plan": [
        "A plan would help. I could manage {counter_amount} to start.",
        "Instalments I can do. {counter_amount} first, then the rest monthly.",
    ],
    "all_agreed": [
        "So {amount} by {date}, by {method}. Fine.",
        "Okay: {amount}, {date}, {method}.",
    ],
}


def fill(template: str, values: Mapping[str, str]) -> str:
    """The line with each {placeholder} replaced by its value. Only bare names are filled:
    formatting (`{name:>9}`, `{name!r}`, `{name.attr}`, `{name[0]}`) is never honoured, so a
    content file can neither pad a line to a gigabyte nor print Python's internals. An unknown
    name stays visible as written; a line whose braces do not pair up, or that asks for
    formatting, is given back as written. (The library leaves such lines out when it loads,
    content/placeholders.py, so only code-made templates get here.)"""
    if "{" not in template and "}" not in template:
        return template
    try:
        pieces = parse_template(template)
    except TemplateError:
        return template
    out: list[str] = []
    for literal, name in pieces:
        out.append(literal)
        if name is not None:
            value = values.get(name)
            out.append(value if value is not None else "{" + name + "}")
    return "".join(out)


def variants_for(lines: StateLines, mood: Mood) -> list[str]:
    if isinstance(lines, list):
        return lines
    for candidate in (mood, Mood.IRRITATED, Mood.CALM, Mood.HOSTILE):
        if candidate in lines:
            return lines[candidate]
    return next(iter(lines.values()))


class LinePicker:
    def __init__(self, persona: Persona, scenario: Scenario, rng: random.Random) -> None:
        self.persona = persona
        self.scenario = scenario
        self.rng = rng
        # the last line said from each group (state lines, each negotiation answer, each
        # reaction), so no group repeats itself on consecutive turns
        self.last: dict[str, str] = {}

    def state_lines(self, state: str, mood: Mood) -> list[str] | None:
        lines = self.scenario.lines.get(state) or self.persona.lines.get(state)
        return variants_for(lines, mood) if lines is not None else None

    def choose(self, variants: list[str], group: str = "state") -> str:
        fresh = [v for v in variants if v != self.last.get(group)] or variants
        line = self.rng.choice(fresh)
        self.last[group] = line
        return line

    def for_state(self, state: str, mood: Mood) -> str:
        variants = self.state_lines(state, mood)
        return self.choose(variants if variants else self.persona.fallback)

    def fallback(self) -> str:
        return self.choose(self.persona.fallback)

    def negotiation(self, key: str) -> str:
        authored = getattr(self.persona.negotiation, key)
        return self.choose(authored or DEFAULT_NEGOTIATION[key], group=f"negotiation:{key}")

    def reaction(self, key: str) -> str | None:
        authored = getattr(self.persona.reactions, key)
        return self.choose(authored, group=f"reaction:{key}") if authored else None
