"""How the debtor picks what to say (engine/lines.py), as docs/authoring.md and
docs/architecture.md describe it: never the same line twice in a row, what they ask when a
line makes no sense (their own question for the state, their `default`, or collectsim's by
the term still missing, each once, then their fallback), and a dishonest debtor's built-in
lines only where the persona wrote none and only below honesty 50."""

from __future__ import annotations

import random
from typing import Any

import pytest

from simulator.content.library import Library
from simulator.content.models import Persona
from simulator.engine.lines import DEFAULT_CLARIFY, DISHONEST_FACTS, LinePicker, fill

SCENARIO = "student_forgot_first_late"


def picker(library: Library, seed: int = 0, **changes: Any) -> LinePicker:
    scenario = library.scenario(SCENARIO)
    persona: Persona = library.persona_for(scenario)
    traits = changes.pop("traits", {})
    if traits:
        changes["traits"] = persona.traits.model_copy(update=traits)
    return LinePicker(persona.model_copy(update=changes), scenario, random.Random(seed))


@pytest.mark.parametrize("seed", range(5))
def test_never_the_same_line_twice_in_a_row_once_every_variant_is_said(
    library: Library, seed: int
) -> None:
    lines = picker(library, seed)
    variants = ["One.", "Two.", "Three."]
    said = [lines.choose(variants, group="g") for _ in range(30)]
    assert sorted(said[:3]) == sorted(variants)  # each once before any again
    assert all(a != b for a, b in zip(said, said[1:], strict=False)), said
    assert set(said[3:]) == set(variants)  # and then any of them, as a person would


@pytest.mark.parametrize("seed", range(8))
def test_a_line_that_says_again_what_another_said_is_passed_over(
    library: Library, seed: int
) -> None:
    """ "I've applied to about sixty places." in the story, then again in the answer about
    their job (play-test thirteen): while another variant will do, none repeats four words in
    a row of a line already said; with no other, it is said all the same."""
    lines = picker(library, seed)
    lines.choose(["I lost my job and I've applied to about sixty places."], group="story")
    job = ["I've applied to about sixty places, no luck yet.", "Just cafe shifts, a few a week."]
    assert lines.choose(job, group="job") == "Just cafe shifts, a few a week."
    again = ["Like I said, I've applied to about sixty places."]
    assert lines.choose(again, group="again") == again[0]


def test_a_state_the_persona_asks_about_gets_its_own_question_each_once(
    library: Library,
) -> None:
    own = ["Sorry, who's calling?", "Who is this?"]
    lines = picker(library, clarify={"answering": own, "default": ["Eh?"]})
    asked = [lines.clarify("answering", "unknown_caller") for _ in range(2)]
    assert sorted(asked) == sorted(own)  # the persona's own, each once
    fallback = lines.clarify("answering", "unknown_caller")
    assert fallback in lines.persona.fallback  # then their own confusion


def test_without_a_question_for_the_state_the_default_is_asked(library: Library) -> None:
    lines = picker(library, clarify={"default": ["Eh?"]})
    assert lines.clarify("explaining", None) == "Eh?"
    assert lines.clarify("explaining", None) in lines.persona.fallback  # asked once only


def test_a_missing_term_is_asked_about_in_collectsims_words(library: Library) -> None:
    lines = picker(library, clarify={"default": ["Eh?"]})
    # a date still missing: collectsim's question about the date, not the persona's default
    asked = {lines.clarify("negotiating", "date") for _ in range(len(DEFAULT_CLARIFY["date"]))}
    assert asked == set(DEFAULT_CLARIFY["date"])
    assert lines.clarify("negotiating", "date") in lines.persona.fallback
    bare = picker(library, clarify={})
    assert bare.clarify("explaining", None) in bare.persona.fallback  # nothing to ask


def test_honesty_50_is_honest_and_49_is_not(library: Library) -> None:
    """Documented: below 50 the debtor is dishonest."""
    assert not picker(library, traits={"honesty": 50}).dishonest
    assert picker(library, traits={"honesty": 49}).dishonest


def test_a_dishonest_debtor_answers_with_their_own_facts_when_they_have_them(
    library: Library,
) -> None:
    own = picker(library, traits={"honesty": 20})
    facts = own.persona.facts
    assert own.answer("what_happened") in facts["what_happened"]  # type: ignore[index]
    assert own.answer("payday") in facts["payday"]  # type: ignore[index]
    made_up = picker(library, traits={"honesty": 20}, facts={})
    assert made_up.answer("what_happened") in DISHONEST_FACTS["what_happened"]
    assert made_up.answer("payday") is None  # nothing to make up about a payday
    honest = picker(library, traits={"honesty": 50}, facts={})
    assert honest.answer("what_happened") is None  # an honest debtor makes nothing up


def test_an_unknown_placeholder_stays_as_written() -> None:
    assert fill("Hi {first_name}, {nobody} here", {"first_name": "Ana"}) == "Hi Ana, {nobody} here"
