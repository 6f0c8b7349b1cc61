"""What a content line may name, and what happens to a line that names something else.

A debtor line, a negotiation line, a reaction or a hint may name {placeholders}: fields of the
collection record, and in some lines the terms being negotiated. Nothing else: Python's
format mini-language (`{debtor_name:>300000000}`, `{debtor_name!r}`, `{x.__class__}`,
`{x[0]}`) is refused, because it lets a content file ask for a gigabyte of padding or print
Python's internals. The same parser decides what validation reports (`template_problem`) and
what `engine.lines.fill` fills, so the two cannot disagree.

A line with a problem is reported at its file, line and column when the library loads, and
left out of the loaded persona or scenario (`without_unsayable`): a line validation flags is
never said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from simulator.content.models import CustomAct, Persona, Scenario, StateLines, TraitLines
from simulator.content.problems import Problem
from simulator.content.references import did_you_mean
from simulator.content.yaml_source import YamlDocument

# What `CollectionRecord.placeholders()` fills (a test checks the two agree).
RECORD_PLACEHOLDERS = (
    "debtor_name",
    "first_name",
    "last_name",
    "phone",
    "date_of_birth",
    "address",
    "postcode",
    "lender",
    "loan_type",
    "account_number",
    "account_last4",
    "payment_reference",
    "original_amount",
    "instalment",
    "amount_overdue",
    "half_overdue",
    "days_past_due",
    "due_date",
    "missed_payments",
    "collateral",
    "segment",
    "broken_promises",
    "next_payday",
    "next_instalment",
)
# Filled while terms are negotiated (engine/debtor.py puts these in NegotiationResult.said).
NEGOTIATION_PLACEHOLDERS = ("amount", "date", "method", "counter_amount", "counter_date")
# Filled in state lines once terms are agreed (Call._say_line).
PROMISE_PLACEHOLDERS = ("promise_amount", "promise_date", "promise_method")

LEFT_OUT = "the line is left out (never said) until this is fixed"
# A {placeholder} in a trainee's line (a script, a scenario test case), filled from the record.
SCRIPT_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_BRACE = re.compile(r"[{}]")


class TemplateError(ValueError):
    """`kind` is "bad_braces" or "format_spec"; the message says what is wrong."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def parse_template(template: str) -> list[tuple[str, str | None]]:
    """The template as (literal text, placeholder name or None) pieces. `{{` and `}}` are
    literal braces; a field must be a bare name. Linear in the template's length."""
    pieces: list[tuple[str, str | None]] = []
    literal: list[str] = []
    pos = 0
    end = len(template)
    while pos < end:
        match = _BRACE.search(template, pos)
        if match is None:
            literal.append(template[pos:])
            break
        at = match.start()
        literal.append(template[pos:at])
        char = template[at]
        if template.startswith(char * 2, at):
            literal.append(char)
            pos = at + 2
            continue
        if char == "}":
            raise TemplateError("bad_braces", "a '}' closes no '{'")
        close = template.find("}", at + 1)
        opened = template.find("{", at + 1)
        if close < 0 or (0 <= opened < close):
            raise TemplateError("bad_braces", "a '{' is not closed")
        field = template[at + 1 : close]
        if not NAME.match(field):
            shown = "{" + (field if len(field) <= 40 else field[:37] + "...") + "}"
            bare = re.split(r"[:!.\[]", field, maxsplit=1)[0].strip() or "name"
            raise TemplateError(
                "format_spec",
                f"the placeholder '{shown}' asks for formatting, which content lines cannot "
                f"do: write it as {{{bare}}} (a placeholder is a name alone, without ':...', "
                "'!...', '.name' or '[...]')",
            )
        pieces.append(("".join(literal), field))
        literal = []
        pos = close + 1
    pieces.append(("".join(literal), None))
    return pieces


def template_problem(template: str, allowed: tuple[str, ...], where: str) -> tuple[str, str] | None:
    """(rule, message) for a line that would not be said as meant, or None."""
    try:
        pieces = parse_template(template)
    except TemplateError as exc:
        if exc.kind == "bad_braces":
            shown = template if len(template) <= 80 else template[:77] + "..."
            return (
                "bad_braces",
                f"the braces in this {where} do not pair up: {shown!r} (write placeholders as "
                f"{{name}}); {LEFT_OUT}",
            )
        return (
            "format_spec",
            f"{str(exc).replace(' asks', f' in this {where} asks', 1)}; {LEFT_OUT}",
        )
    for _literal, name in pieces:
        if name is None or name in allowed:
            continue
        if name in NEGOTIATION_PLACEHOLDERS:
            more = " (it is filled only in negotiation lines; in state lines use "
            more += f"{{promise_{name}}})" if f"promise_{name}" in allowed else "here)"
        elif name in PROMISE_PLACEHOLDERS and "amount" in allowed:
            more = f" (in negotiation lines use {{{name.removeprefix('promise_')}}})"
        else:
            more = did_you_mean(name, allowed)
        shown = "{" + name + "}"
        return (
            "unknown_placeholder",
            f"unknown placeholder '{shown}' in this {where}{more}; {LEFT_OUT}",
        )
    return None


# --- leaving flagged lines out of what loads ------------------------------------------------

STATE_NAMES = RECORD_PLACEHOLDERS + PROMISE_PLACEHOLDERS
NEGOTIATION_NAMES = RECORD_PLACEHOLDERS + NEGOTIATION_PLACEHOLDERS


class _Sieve:
    """Keeps the sayable lines of each list and reports the others at their place."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.prefix: tuple[Any, ...] = ()  # where the lists sit: a trait_lines block's place

    def keep(
        self, lines: list[str], loc: tuple[Any, ...], allowed: tuple[str, ...], where: str
    ) -> list[str]:
        kept = []
        for i, text in enumerate(lines):
            found = template_problem(text, allowed, where)
            if found is None:
                kept.append(text)
                continue
            rule, message = found
            line, col = self.doc.locate((*self.prefix, *loc, i))
            self.problems.append(Problem(str(self.doc.path), line, col, message, "error", rule))
        return kept

    def state_lines(
        self, lines: dict[str, StateLines], allowed: tuple[str, ...]
    ) -> dict[str, StateLines]:
        out: dict[str, StateLines] = {}
        for state, variants in lines.items():
            if isinstance(variants, dict):
                moods = {}
                for mood, per_mood in variants.items():
                    kept = self.keep(per_mood, ("lines", state, mood.value), allowed, "line")
                    if kept:
                        moods[mood] = kept
                if moods or not variants:  # an empty mapping is reported by references.py
                    out[state] = moods
            else:
                kept = self.keep(variants, ("lines", state), allowed, "line")
                if kept:
                    out[state] = kept
        return out


# Reactions that say back what the trainee said: {name} is the name or lender they gave.
SAYS_BACK = {"wrong_name", "wrong_lender"}
# Negotiation lines with words of their own: what the trainee said and what the debtor keeps
# (correct_term), the terms they can accept (accept_others), the way or day they had named
# (accept_instead, accept_amount_instead, accept_date_instead).
OWN_PLACEHOLDERS = {
    "correct_term": ("said", "kept"),
    "accept_others": ("terms",),
    "accept_instead": ("named",),
    "accept_amount_instead": ("named",),
    "accept_date_instead": ("named",),
    "accept_rest": ("rest_amount", "rest_date"),
    "accept_instalments": ("rest_amount", "rest_date"),
    "counter_rest": ("rest_amount", "rest_date"),
    "name_rest": ("rest_amount",),
    "ask_rest": ("every",),
    "name_rest_date": ("rest_amount", "rest_date"),
    "accept_instalments_later": ("rest_amount",),
    "accept_last": ("last_amount", "last_date"),
}


def _named_lists(
    sieve: _Sieve, group: Any, key: str, allowed: tuple[str, ...], where: str
) -> dict[str, list[str] | None]:
    changed: dict[str, list[str] | None] = {}
    for name in type(group).model_fields:
        lines = getattr(group, name)
        if lines:
            names = (*allowed, "name") if name in SAYS_BACK else allowed
            if key == "negotiation":
                names = (*names, *OWN_PLACEHOLDERS.get(name, ()))
            kept = sieve.keep(lines, (key, name), names, where)
            if len(kept) != len(lines):
                changed[name] = kept or None
    return changed


def persona_without_unsayable(
    persona: Persona, doc: YamlDocument
) -> tuple[Persona | None, list[Problem]]:
    """The persona without the lines validation flags, and the problems; None when no
    fallback line is left (the debtor would have nothing to say)."""
    sieve = _Sieve(doc)
    said = _said_lines(sieve, persona)
    fallback = sieve.keep(persona.fallback, ("fallback",), STATE_NAMES, "fallback line")
    clarify = {}
    for state, questions in persona.clarify.items():
        kept = sieve.keep(questions, ("clarify", state), STATE_NAMES, "clarifying line")
        if kept:
            clarify[state] = kept
    _check_text(sieve, persona.summary, ("summary",), RECORD_PLACEHOLDERS, "summary")
    for i, excuse in enumerate(persona.excuses):
        _check_text(sieve, excuse, ("excuses", i), RECORD_PLACEHOLDERS, "excuse")
    trait_lines = [_block_without_unsayable(sieve, i, b) for i, b in enumerate(persona.trait_lines)]
    acts = _acts_without_unsayable(sieve, persona.acts, STATE_NAMES)
    if not sieve.problems:
        return persona, []
    if not fallback:
        return None, sieve.problems
    cleaned = persona.model_copy(
        update={
            **said,
            "fallback": fallback,
            "clarify": clarify,
            "trait_lines": trait_lines,
            "acts": acts,
        }
    )
    return cleaned, sieve.problems


def _acts_without_unsayable(
    sieve: _Sieve, acts: list[CustomAct], allowed: tuple[str, ...]
) -> list[CustomAct]:
    """The custom acts with only the answers that can be said (an act left with none is still
    read, and answered as any other line)."""
    out = []
    for i, act in enumerate(acts):
        if act.answers:
            kept = sieve.keep(act.answers, ("acts", i, "answers"), allowed, "answer")
            act = act.model_copy(update={"answers": kept or None})
        out.append(act)
    return out


def _said_lines(sieve: _Sieve, source: Persona | TraitLines) -> dict[str, Any]:
    """The state lines, negotiation lines, reactions and facts of a persona or of one of its
    trait_lines blocks, without the lines validation flags (as a model_copy update)."""
    lines = sieve.state_lines(source.lines, STATE_NAMES)
    negotiation = _named_lists(
        sieve, source.negotiation, "negotiation", NEGOTIATION_NAMES, "negotiation line"
    )
    reactions = _named_lists(sieve, source.reactions, "reactions", RECORD_PLACEHOLDERS, "reaction")
    facts = {}
    for topic, answers in source.facts.items():
        kept = sieve.keep(answers, ("facts", topic.value), STATE_NAMES, "fact")
        if kept:
            facts[topic] = kept
    return {
        "lines": lines,
        "negotiation": source.negotiation.model_copy(update=negotiation),
        "reactions": source.reactions.model_copy(update=reactions),
        "facts": facts,
    }


def _block_without_unsayable(sieve: _Sieve, index: int, block: TraitLines) -> TraitLines:
    """A trait_lines block without its flagged lines (a list left empty: the persona's own)."""
    sieve.prefix = ("trait_lines", index)
    said = _said_lines(sieve, block)
    sieve.prefix = ()
    for i, excuse in enumerate(block.excuses or ()):  # shown in the record, as the persona's
        _check_text(
            sieve, excuse, ("trait_lines", index, "excuses", i), RECORD_PLACEHOLDERS, "excuse"
        )
    return block.model_copy(update=said)


SHOWN_AS_WRITTEN = "it would be shown as written until this is fixed"


def _check_text(
    sieve: _Sieve, text: str, loc: tuple[Any, ...], allowed: tuple[str, ...], where: str
) -> None:
    """A text shown rather than said (a description, a label): reported, never left out."""
    found = template_problem(text, allowed, where)
    if found is not None:
        rule, message = found
        line, col = sieve.doc.locate(loc)
        message = message.replace(LEFT_OUT, SHOWN_AS_WRITTEN)
        sieve.problems.append(Problem(str(sieve.doc.path), line, col, message, "error", rule))


def scenario_without_unsayable(
    scenario: Scenario, doc: YamlDocument
) -> tuple[Scenario, list[Problem]]:
    """The scenario without the lines and hints validation flags, and the problems. Every
    other text field (description, goal, state descriptions, outcome labels, rule messages,
    act meanings, record fields) is checked too, and reported at its place."""
    sieve = _Sieve(doc)
    own = tuple(scenario.record)
    record_names = (*RECORD_PLACEHOLDERS, *own)
    lines = sieve.state_lines(scenario.lines, (*STATE_NAMES, *own))
    hints = {}
    for state, variants in scenario.hints.items():
        kept = sieve.keep(variants, ("hints", state), record_names, "hint")
        if kept:
            hints[state] = kept
    texts: list[tuple[str, tuple[Any, ...], tuple[str, ...], str]] = [
        (scenario.description, ("description",), record_names, "description"),
        (scenario.goal.description, ("goal", "description"), record_names, "goal"),
    ]
    texts += [
        (st.description, ("states", i, "description"), record_names, "state description")
        for i, st in enumerate(scenario.states)
    ]
    texts += [
        (o.label, ("outcomes", i, "label"), record_names, "outcome label")
        for i, o in enumerate(scenario.outcomes)
    ]
    texts += [
        (r.message, ("rules", "fail_when", i, "message"), record_names, "rule message")
        for i, r in enumerate(scenario.rules.fail_when)
    ]
    texts += [
        (v, ("record", k), RECORD_PLACEHOLDERS, "record field") for k, v in scenario.record.items()
    ]
    for text, loc, allowed, where in texts:
        _check_text(sieve, text, loc, allowed, where)
    acts = _acts_without_unsayable(sieve, scenario.acts, (*STATE_NAMES, *own))
    if not sieve.problems:
        return scenario, []
    update = {"lines": lines, "hints": hints, "acts": acts}
    return scenario.model_copy(update=update), sieve.problems


def names_in(template: str) -> Iterator[str]:
    """The placeholder names a sayable template fills (none for an unsayable one)."""
    try:
        pieces = parse_template(template)
    except TemplateError:
        return
    yield from (name for _lit, name in pieces if name is not None)
