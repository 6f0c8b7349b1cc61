"""The debtor's reactions (engine/reactions.py): which one a line draws, and that a persona can
write each one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from simulator.content.library import Library
from simulator.content.models import Reactions
from simulator.engine.call import Call
from simulator.engine.reactions import REACTIONS, reaction_to
from simulator.language import AnalysisContext, analyze
from simulator.language.types import Act

SCENARIO = "car_broke_down_partial"  # its persona writes every reaction REACTIONS names


def call(library: Library) -> Call:
    scenario = library.scenario(SCENARIO)
    return Call(scenario, library.persona_for(scenario), seed=1)


def test_every_reaction_is_a_line_a_persona_can_write() -> None:
    assert {r.key for r in REACTIONS} <= set(Reactions.model_fields)
    assert len({r.key for r in REACTIONS}) == len(REACTIONS)
    guide = (Path(__file__).resolve().parent.parent / "docs" / "authoring.md").read_text("utf-8")
    for reaction in REACTIONS:
        assert f"`{reaction.key}`" in guide, reaction.key


def test_an_insult_outweighs_the_deadline_it_came_with(library: Library) -> None:
    line = analyze("Pay it by Friday, you idiot.", AnalysisContext(today=dt.date(2026, 3, 10)))
    assert line.has(Act.INSULT) and line.has(Act.SET_DEADLINE)
    debtor = call(library).debtor
    debtor.mood_value = 10  # hostile: a deadline alone would rattle them
    assert reaction_to(line, debtor) == "insulted"


def test_a_deadline_rattles_only_a_debtor_who_is_already_upset(library: Library) -> None:
    line = analyze("Please pay it by Friday.", AnalysisContext(today=dt.date(2026, 3, 10)))
    assert line.has(Act.SET_DEADLINE)
    debtor = call(library).debtor
    debtor.mood_value = 80
    assert debtor.mood.value == "calm" and reaction_to(line, debtor) is None
    debtor.mood_value = 40
    assert debtor.mood.value != "calm" and reaction_to(line, debtor) == "pressured"


def test_small_talk_in_a_line_that_puts_terms_draws_no_rebuke(library: Library) -> None:
    """ "You land tonight, yes? Is it possible tomorrow morning from the hotel, with the card?"
    got "Can we stick to the point?" first (play-test fifteen)."""
    ctx = AnalysisContext(today=dt.date(2026, 3, 10), state="negotiating", terms_expected=True)
    debtor = call(library).debtor
    chat = analyze("Did you watch the game last night?", ctx)
    assert chat.has(Act.OFF_TOPIC) and reaction_to(chat, debtor) == "off_topic"
    both = analyze("Did you watch the game last night? Anyway, can you pay $100 today?", ctx)
    assert both.has(Act.OFF_TOPIC) and reaction_to(both, debtor) is None


def test_the_reaction_is_said_first_in_the_reply(library: Library) -> None:
    played = call(library)
    persona_lines = played.persona.reactions.empathy or []
    turn = played.say("I'm sorry to hear about the car, that sounds really stressful.")
    assert turn.analysis.has(Act.EMPATHISE)
    assert any(turn.reply.startswith(line) for line in persona_lines)


def test_a_wrong_name_is_said_back_as_the_trainee_said_it(library: Library) -> None:
    """A debtor asked for someone else, in a persona without lines of its own for it, answers
    with a default line about the name the trainee gave ("There's no Michael Johnson here"),
    never another word of the line."""
    from simulator.engine.lines import DEFAULT_REACTIONS

    scenario = library.scenario("already_paid_not_posted")
    persona = library.persona_for(scenario)
    said = {line.format(name="Michael Johnson") for line in DEFAULT_REACTIONS["wrong_name"]}
    replies = set()
    for seed in range(6):
        reply = Call(scenario, persona, seed=seed).say("Hi, is this Michael Johnson?").reply
        assert reply in said, reply
        replies.add(reply)
    assert any("Michael Johnson" in reply for reply in replies)
