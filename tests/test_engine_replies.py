"""What the debtor says back, as docs/architecture.md ("The debtor's reply") describes it:
a whole reply is never said twice (the debtor repeats themselves as people do), a reaction
comes before the state's line, and a wrong name costs patience."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from test_engine_split_payment import OPENING, play

from simulator.content.library import Library
from simulator.content.models import Outcome, Persona, Topic
from simulator.engine.call import Call
from simulator.engine.clock import fixed_clock
from simulator.engine.goals import goal_reached, goal_verdict
from simulator.engine.lines import DEFAULT_CLARIFY, DEFAULT_FACTS, DISHONEST_FACTS, fill
from simulator.engine.record import day_text
from simulator.engine.text_report import describe_result
from simulator.language.types import Act
from simulator.scoring.call import VAGUE_OUTCOME_CAP

SCENARIO = "student_forgot_first_late"
NONSENSE = ["purple", "banana", "purple monkey", "zebra", "kettle", "lamp", "spoon"]
FRIDAY_13TH = dt.date(2026, 3, 13)


def call(library: Library, **changes: object) -> Call:
    scenario = library.scenario(SCENARIO)
    persona: Persona = library.persona_for(scenario).model_copy(update=changes)
    return Call(scenario, persona, seed=1, clock=fixed_clock())


def call_in(library: Library, scenario_id: str, seed: int) -> Call:
    scenario = library.scenario(scenario_id)
    return Call(scenario, library.persona_for(scenario), seed=seed, clock=fixed_clock())


def facts(c: Call, topic: str) -> list[str]:
    """The persona's answers on a topic, filled in for this call's debtor."""
    return [fill(f, c.values) for f in c.persona.facts[topic]]


def hello(c: Call, name: str | None = None) -> str:
    who = name or c.values["debtor_name"]
    return c.say(f"Hi, this is Sam from {c.values['lender']}. Am I speaking with {who}?").reply


def disclosed(c: Call) -> None:
    """Hello, the disclosure and the sum owed, as a careful caller opens."""
    play(
        c,
        [
            "Hello, this is Mei from {lender}. Is this {debtor_name}?",
            "This is an attempt to collect a debt and any information will be used for this "
            "purpose. Your account has {amount_overdue} overdue. Has something happened?",
        ],
    )


def lost(c: Call) -> list[str]:
    replies = []
    for line in NONSENSE:
        if c.finished:
            break
        replies.append(c.say(line).reply)
    return replies


def test_a_reply_said_again_is_said_as_a_person_repeats_themselves(library: Library) -> None:
    lost_here = {"default": ["Eh?"], "answering": ["Eh?"], "verified": ["Eh?"]}
    c = call(library, fallback=["Sorry, what?"], clarify=lost_here)
    hello(c)
    replies = lost(c)
    assert "Like I said: sorry, what?" in replies
    assert "As I said, sorry, what?" in replies
    assert len(replies) == len(set(replies))  # never the same reply twice
    c = call(library, fallback=["I'm lost."], clarify=lost_here)
    hello(c)
    assert "Like I said: I'm lost." in lost(c)  # "I" keeps its capital


def test_a_reaction_comes_before_the_state_line(library: Library) -> None:
    c = call(library)
    hello(c)
    reply = c.say(
        "This is an attempt to collect a debt and any information obtained will be used for "
        f"that purpose, you idiot. You owe {c.values['amount_overdue']}."
    ).reply
    insulted = c.persona.reactions.insulted or []
    first = next(r for r in insulted if reply.startswith(r))
    assert reply != first  # the state's own line follows it


def test_a_wrong_name_costs_four_patience(library: Library) -> None:
    right, wrong = call(library), call(library)
    hello(right)
    hello(wrong, "Gary Oldman")
    assert wrong.wrong_party_named and not right.wrong_party_named
    assert wrong.debtor.patience == right.debtor.patience - 4


def test_after_a_wrong_name_nobody_takes_a_message_for_that_person(library: Library) -> None:
    """Told "There's no Lisa here.", a caller who asks the flatmate to have "her" call back is
    told again there is nobody of that name, not "Sure, I'll tell her."; the debtor's own name
    put right then gets the flatmate's answer for the debtor, said once."""
    c = call_in(library, "wrong_party_flatmate_message", seed=8266)
    assert "Lisa" in c.say("Hi, could I speak to Lisa please?").reply
    again = c.say("Sorry, could you ask her to call me back?").reply
    assert "no Lisa here" in again or "nobody called Lisa" in again
    assert c.state == "answering" and "tell her" not in again
    put_right = c.say(f"Sorry, I meant {c.values['first_name']}. Is she there?").reply
    assert c.state == "not_here"
    assert (
        c.values["first_name"] in put_right
        and put_right.count("not in") + put_right.count("out") == 1
    ), put_right
    c.say("Could you ask her to call Jack back on 1-800-555-0142?")
    assert c.finished


def test_a_debtor_told_a_wrong_name_takes_their_own_name_put_right(library: Library) -> None:
    c = call(library)
    hello(c, "Gary Oldman")
    assert "Gary" in c.say("Could you tell him to call Sam back, please?").reply
    c.say(f"Oh sorry, I meant {c.values['first_name']}.")
    assert c.debtor.identity_verified


def test_a_counter_to_a_date_is_said_to_a_day_already_past() -> None:
    """The debtor counters only a day already past (any later day is agreed): a counter line
    that calls the trainee's day too soon, too tight or too far off contradicts it."""
    import yaml

    from simulator.content.paths import bundled_root

    paths = sorted((bundled_root() / "personas").glob("*.yaml"))
    assert paths
    wrong = ("soon", "tight", "that long", "earliest", "before payday", "not by then")
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for line in (data.get("negotiation") or {}).get("counter_date") or []:
            assert not any(w in line.lower() for w in wrong), (path.name, line)


def test_a_later_day_than_the_goal_is_agreed_and_the_debrief_says_it_falls_short(
    library: Library,
) -> None:
    """Offered "the 30th" (20 days out) the student agrees it, as a person given more time
    would, and the call does not count as a promise secured: the debrief says the terms fall
    short of the goal (7 days)."""
    c = call(library)
    hello(c)
    c.say(f"I'm calling about your missed payment of {c.values['amount_overdue']}.")
    c.say(f"Could you pay the {c.values['amount_overdue']} by the 30th, by card?")  # "soon"
    reply = c.say(f"I need a firm date: {c.values['amount_overdue']} by the 30th, by card?").reply
    # agreed, not countered with an earlier day; the three terms said once, not one by one
    assert "the 30th" in reply and c.debtor.agreed.date.day == 30, reply
    assert reply.count("the 30th") == 1, reply
    c.say(f"So that's {c.values['amount_overdue']} on the 30th by card, correct?")
    c.say("Thanks, goodbye.")
    assert c.finished and c.debtor.agreed.date is not None
    assert (c.debtor.agreed.date - c.debtor.today).days > c.scenario.goal.within_days
    tip = next(t.message for t in c.scores().tips if "short of this call's goal" in t.message)
    # the tip says where the terms fall short, not only what the goal is
    days = (c.debtor.agreed.date - c.debtor.today).days
    assert f"is {days} days off: the goal asks for payment within 7 days" in tip, tip
    assert f"{days} days off" in goal_verdict(c)[1]
    # not "Vague promise only ... not confirmed", as it was: the terms were clear
    assert c.outcome == "short_of_goal" and c.promise.short_of_goal
    result = describe_result(c)
    assert "Outcome: Terms agreed, short of the goal" in result
    # said back and agreed: confirmed, and still short of the goal (played: "confirmed: false"
    # after the debtor's "Yes, that's right" read as if the trainee never restated)
    assert "method card, confirmed, short of the goal" in result and c.promise.confirmed
    assert VAGUE_OUTCOME_CAP < c.scores().promise < 100  # the terms count, not the promise
    assert c.outcome != "promise_secured"


def test_a_reaction_that_thanks_is_not_followed_by_thanks_again(library: Library) -> None:
    """ "Thanks for saying that. Thank you. I'll pay as soon as I can" was said in a timid call:
    two lines each fine alone, stitched together, thank twice."""
    persona = library.persona_for(library.scenario(SCENARIO))
    lines = {**persona.lines, "vague_promise": ["Thank you. I'll sort it out soon, I promise."]}
    kind = persona.reactions.model_copy(update={"empathy": ["Thanks for saying that."]})
    c = call(library, lines=lines, reactions=kind)
    hello(c)
    c.say(
        "This is an attempt to collect a debt and any information obtained will be used for "
        "that purpose. I'm calling about your missed payment."
    )
    reply = c.say("Oh, I'm sorry to hear that, that sounds really stressful.").reply
    assert reply == "Thanks for saying that. I'll sort it out soon, I promise."


def test_lines_stitched_into_one_reply_say_yes_or_okay_once(library: Library) -> None:
    """ "Yes, card works. Yes. $615.51 by Friday the 13th, card.": the debtor agreeing to the
    method and confirming the promise in one reply, played as a timid collector."""
    c = call_in(library, "car_dealer_dispute", seed=2)
    lines = [
        f"um hi, sorry, is that {c.values['debtor_name']}?",
        f"sorry to bother you, its Jo from {c.values['lender']}... this is an attempt to collect "
        "a debt and any information will be used for that purpose.",
        f"it's about your car loan, there's {c.values['amount_overdue']} overdue",
        "oh no, that sounds really frustrating, I'm sorry",
        "um, would you maybe be able to pay something? only if you can",
        "oh ok, thank you! I'll note the dealer complaint. would the full amount by friday work?",
        "and um how would you like to pay?",
        f"ok, so just so I have it right, {c.values['amount_overdue']} on friday the 13th by card?",
    ]
    for line in lines:
        if c.finished:
            break
        reply = c.say(line).reply
        openers = [
            sentence.split(",")[0].split()[0].lower()
            for sentence in reply.replace("!", ".").split(". ")
            if sentence.split()
        ]
        for word in ("yes", "okay", "thanks"):
            assert openers.count(word) <= 1, reply
    assert c.debtor.confirmed


def test_terms_asked_for_before_the_debtor_negotiates_are_answered_once_they_do(
    library: Library,
) -> None:
    """ "Would you be able to pay it by tomorrow?" to the traveller gets "Let me deal with it
    when I land."; the next line, "How would you like to pay?", moves them to the terms, and
    they answer the tomorrow and the sum they were asked for, and the way to pay, as a person
    remembers what was asked (played as a good collector in the UI)."""
    c = call_in(library, "traveller_forgot_deposit", seed=2)
    overdue = c.values["amount_overdue"]
    for line in [
        f"Good afternoon, could I speak with {c.values['debtor_name']} please?",
        "Thanks. My name's Priya, I'm calling about your car loan. This is an attempt to "
        "collect a debt and any information obtained will be used for that purpose.",
        f"That happens a lot. The payment of {overdue} didn't come through. Would you be able "
        "to pay it by tomorrow?",
    ]:
        c.say(line)
    assert c.debtor.agreed.date is None  # they offered "when I land", not yet the terms
    turn = c.say("Brilliant. How would you like to pay, online or by card over the phone?")
    assert turn.state_after == "negotiating"
    assert c.debtor.agreed.date == c.today + dt.timedelta(days=1)
    assert c.debtor.money(c.debtor.agreed.amount) == overdue
    assert "online" in turn.reply.lower() or "card" in turn.reply  # the question is answered


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # play-tests 104-118: each got "I'll sort it out soon, I promise."
        (
            "oh ok no problem. could you pay it this week? maybe friday? you can do it online or "
            "by card with me now if thats easier",
            "Friday",
        ),
        (
            "no worries it happens lol. do u think you could pay it this week? maybe thursday?",
            "Thursday",
        ),
        (
            "oh no worries, that happens. would you maybe be able to pay it sometime this week? "
            "like friday maybe, if that's ok?",
            "Friday",
        ),
    ],
)
def test_the_student_takes_up_a_day_named_at_once(library: Library, line: str, day: str) -> None:
    c = call_in(library, "student_forgot_first_late", seed=5)
    c.say(f"hi is this {c.values['debtor_name']}? its ana from {c.values['lender']}")
    c.say(
        "this is an attempt to collect a debt, any info will be used for that. its ur "
        f"{c.values['loan_type']}, {c.values['amount_overdue']} was due {c.values['due_date']}"
    )
    turn = c.say(line)
    assert turn.state_after == "negotiating"
    assert c.debtor.agreed.date is not None and c.debtor.agreed.date.strftime("%A") == day
    assert day in turn.reply and "soon" not in turn.reply, turn.reply


def test_a_reply_of_several_agreements_says_certainly_once(library: Library) -> None:
    """ "Certainly, $227.93. Certainly, Friday the 13th is fine.": the reliable payer agreeing
    to the sum and the day in one reply opens with "certainly" once (seen in the UI)."""
    replies = []
    for seed in range(1, 13):  # (the persona's words are picked by seed: a dozen debtors)
        c = call_in(library, "personal_loan_courteous_reminder", seed=seed)
        overdue = c.values["amount_overdue"]
        for line in [
            f"Good afternoon, could I speak with {c.values['debtor_name']} please?",
            "Thanks. I'm calling about your personal loan. This is an attempt to collect a debt "
            "and any information obtained will be used for that purpose.",
            f"That happens a lot. Could you pay the {overdue} by Friday?",
        ]:
            reply = c.say(line).reply
        # (the sum and the day agreed in one reply, as the customer answers the Friday at once)
        assert overdue in reply and "Friday the 13th" in reply, reply
        replies.append(reply)
    assert all(r.count("Certainly") <= 1 for r in replies), replies
    assert any("Certainly" in r for r in replies), replies


def test_a_third_party_asked_who_they_are_says_so(library: Library) -> None:
    """Played: "Sorry, who am I speaking with, are you a housemate of hers?" got "Okay. What's
    this about?" from the flatmate."""
    c = call_in(library, "wrong_party_flatmate_message", seed=1)
    c.say(f"Hi there, could I speak to {c.values['debtor_name']} please?")
    reply = c.say("No worries. My name's Sam. Sorry, who am I speaking with, her housemate?").reply
    assert reply.startswith(("I'm Jess", "This is Jess")), reply


def test_a_question_asked_beside_the_debt_on_the_way_into_terms_is_answered(
    library: Library,
) -> None:
    """Played as a good collector: "...so the $615.51 is still due... When's your next payday?"
    moved the debtor to pin terms down, and the payday question went unanswered."""
    c = call_in(library, "car_dealer_dispute", seed=2)
    overdue = c.values["amount_overdue"]
    play(
        c,
        [
            "Hi, good morning! Am I speaking with {debtor_name}?",
            "Great, thanks. This is Mike calling from {lender}. Could you confirm your date of "
            "birth for me?",
            "Thank you. It's about the car loan: the February payment of {amount_overdue} hasn't "
            "come through yet. What's going on with the dealership?",
            "Oh no, three times? That's really frustrating, I'm sorry. I have to tell you this is "
            "an attempt to collect a debt and any info will be used for that purpose. When did "
            "the transmission first start acting up?",
            "I hear you. Have you got anything in writing from the dealer?",
        ],
    )
    before = c.state
    reply = c.say(
        f"Here's the thing though, the loan with us is separate from the dealer's repair, so the "
        f"{overdue} is still due and the late fees keep building. When's your next payday?"
    ).reply
    assert c.state != before
    assert any(word in reply.lower() for word in ("paid", "payday", "monthly")), reply


def test_the_debtor_does_not_ask_what_the_line_has_just_said(library: Library) -> None:
    """Played: "this is Sam calling from Chandler Finance, could I speak with Carmen?" got
    "No, Carmen's out at the moment. Who's calling? I can pass something on." """
    # (seed 23: the flatmate's line that asks who is calling)
    c = call_in(library, "wrong_party_flatmate_message", seed=23)
    replies = [
        c.say(
            f"Hi there, good morning! this is Sam calling from {c.values['lender']}, could I "
            f"speak with {c.values['debtor_name']} please?"
        ).reply
    ]
    assert replies[0] and "who's calling" not in replies[0].lower(), replies[0]
    # asked by a line that did not say who calls, the question stays
    other = call_in(library, "wrong_party_flatmate_message", seed=23)
    reply = other.say(f"Hi, could I speak with {other.values['debtor_name']} please?").reply
    assert "who's calling" in reply.lower(), reply


def test_the_debtor_asked_their_name_gives_it(library: Library) -> None:
    """Played as a timid and as a good collector: "who am I speaking to please?" got
    "Speaking.", "just your name for the record please?" got "Which card? Be specific." and
    "your full name and date of birth?" got the birthday and "Speaking."."""
    c = call_in(library, "student_unemployed_hardship", seed=43)
    name = c.values["debtor_name"]
    reply = c.say(
        "um hello, sorry to bother you, is this... um, who am I speaking to please?"
    ).reply
    assert name in reply and "Speaking" not in reply, reply
    assert c.debtor.identity_verified
    reply = c.say("Thank you, and just your name for the record please?").reply
    assert name in reply, reply

    c = call_in(library, "already_paid_not_posted", seed=50)
    reply = c.say(
        "Hello, good afternoon. My name's Taylor and I'm calling from the accounts team. For "
        "security, can you confirm your full name and date of birth?"
    ).reply
    assert c.values["debtor_name"] in reply and c.values["date_of_birth"] in reply, reply
    assert "Speaking" not in reply, reply


def test_a_third_party_asked_their_name_gives_their_own(library: Library) -> None:
    c = call_in(library, "wrong_party_flatmate_message", seed=3)
    c.say(f"Hi there, could I speak to {c.values['debtor_name']} please?")
    reply = c.say("Sorry, what is your name please?").reply
    assert "Jess" in reply and c.values["debtor_name"] not in reply, reply


def test_asked_when_they_are_paid_the_debtor_names_the_day(library: Library) -> None:
    """Played as a timid collector: "when exactly is your next payday?" got "every two weeks"
    though the brief shows the day (the record's next payday)."""
    c = call_in(library, "student_unemployed_hardship", seed=43)
    payday = c.record.next_payday
    assert payday is not None
    c.say(f"Hi, is this {c.values['debtor_name']}?")
    c.say(
        f"This is Sam from {c.values['lender']} about your loan payment of "
        f"{c.values['amount_overdue']}."
    )
    reply = c.say("when exactly is your next payday?").reply
    assert f"{payday:%A} the {payday.day}" in reply, reply


def test_asked_to_say_it_again_the_debtor_repeats_their_last_line(library: Library) -> None:
    """Played as a good collector: "Sorry, the line cut out for a second - could you say that
    again?" after "I'd do it by card." got "is that the whole amount or just part of it?"."""
    c = call(library)
    hello(c)
    said = c.say(f"I'm calling about your {c.values['loan_type']}, it's overdue.").reply
    state = c.state
    for line in ("Sorry, the line cut out for a second - could you say that again?", "Pardon?"):
        reply = c.say(line).reply
        assert reply.startswith("I said, ") and said[1:] in reply, reply
        assert c.state == state
        said = reply


def test_a_goodbye_after_terms_ends_the_call_as_a_goodbye(library: Library) -> None:
    """Played as a timid collector: "ok thank you so much, have good flight. bye bye" after the
    traveller agreed every term got "Great. I'll sort it when I'm back." (the call had dragged
    on long enough for the debtor to leave with a vague promise)."""
    c = call_in(library, "traveller_forgot_deposit", seed=49)
    play(
        c,
        [
            "Hello, good day, sorry for disturb. I am calling from the bank, please may I speak "
            "with... the owner of account?",
            "oh, sorry. Mr {debtor_name}, yes? For security, um, can you say me your date of "
            "birth please? I am Anja from {lender}",
            "ah ok sorry, I am quick. I must say this is attempt to collect a debt and "
            "information will be used for this purpose. There is payment {amount_overdue} not "
            "arrived... maybe you can pay it, when is possible for you?",
            "oh I understand, travelling is difficult. So... when you are back maybe? or, um, is "
            "possible online?",
            "ok, next week is... ok I think. But sorry, you said you are about to board - maybe "
            "you can pay with the app online before? only if is easy",
            "oh good. so, um, you pay all {amount_overdue} today, before flight? or tomorrow is "
            "also fine, sorry",
        ],
    )
    assert c.debtor.agreed.complete() and not c.finished
    reply = c.say("ok thank you so much, sorry for disturb, have good flight. bye bye").reply
    assert c.finished and "when I'm back" not in reply, reply


def test_a_question_asked_apart_from_the_terms_put_is_answered(library: Library) -> None:
    """Played as a timid collector: "when is the next one, the next pay I mean. could you
    maybe do like 225.28 then?" was refused with no word of the payday."""
    scenario = library.scenario("student_unemployed_hardship")

    def reply(line: str) -> str:
        c = Call(scenario, library.persona_for(scenario), seed=43, clock=fixed_clock())
        c.say(f"Hi, is this {c.values['debtor_name']}?")
        c.say(
            f"This is Sam from {c.values['lender']} about your loan payment of "
            f"{c.values['amount_overdue']}."
        )
        return c.say(line).reply

    asked = reply("um, when is your next pay? could you maybe do like 225.28 then?")
    assert "Friday the 13th" in asked, asked
    # the payday as the day to pay asks for terms, not about their pay
    assert "Friday the 13th" not in reply("could you do $150 on your next payday?")


def test_after_the_goal_the_debtor_answers_until_the_goodbye(library: Library) -> None:
    """Played: after the promise, "would you like me to send you a form to move the direct
    debit?" and "could you repeat the reference?" got "Goodbye." and the call ended."""
    from test_engine_core import GOOD, new_call, play

    c = play(new_call(library), GOOD)
    assert c.closing
    offered = c.say("Would you like me to text you our bank details as well?").reply
    assert offered.startswith(("Yes, please", "Sure, that would help")), offered
    said = c.say("Sorry, could you say that again?").reply
    assert said.startswith("I said, ") and c.closing and not c.finished
    # the debtor does not wait for ever: the third line after the goal is their goodbye
    last = c.say("Your reference is STU-4471.").reply
    assert c.finished and "bye" in last.lower(), last


def test_a_help_offered_or_a_favour_asked_after_the_goal_is_answered(library: Library) -> None:
    """Played as new collectors (rounds 25 and 26): after the promise, "Would you also like the
    phone number for our vehicle disputes team?", "also want autopay set up so it dont happen
    again?", "Kindly send us the screenshot of the transfer receipt once done ... Is that okay
    po?" and "please update the new account details with us for auto debit ... Can you do
    that?" all got "No idea, sorry." or "Hm, I don't know."."""
    from test_engine_core import GOOD, new_call
    from test_engine_core import play as play_lines

    for line, answers in (
        ("Would you also like the phone number for our disputes team?", "offered"),
        ("also want autopay set up so it dont happen again?", "offered"),
        (
            "Kindly send us the screenshot of the transfer receipt once done so we can update "
            "your account right away. Is that okay po?",
            "will_do",
        ),
        (
            "since you changed bank, please update the new account details with us for auto "
            "debit, otherwise next EMI on 6th April also may bounce. Can you do that?",
            "will_do",
        ),
    ):
        c = play_lines(new_call(library), GOOD)
        assert c.closing
        reply = c.say(line).reply
        assert reply in DEFAULT_CLARIFY[answers], (line, reply)
    # what anyone knows about themselves (rounds 27 and 28: "Hm, I don't know.", and a hang-up)
    for line, answers in (
        ("No problem. I'll text you a reminder. Is this the best number for that?", "contact_ok"),
        ("best # to txt u? this one?", "contact_ok"),
        ("is the email on your account still the right one?", "contact_ok"),
        ("whats ur email so i can send case #?", "contact_on_file"),
        ("Is there anything further I can assist you with today?", "nothing_else"),
        # (round 30: "Yes, that one's fine.", read as a number checked)
        (
            "Okay, I'll text you the account number and sort code right after this call. "
            "Anything else before I go?",
            "nothing_else",
        ),
        # a choice of two is no yes-or-no offer (round 28: "Yes, please. Thanks.")
        (
            "Would you like to process it now with me on the line, or you will do it yourself "
            "in the app later today?",
            "either",
        ),
    ):
        c = play_lines(new_call(library), GOOD)
        reply = c.say(line).reply
        assert reply in DEFAULT_CLARIFY[answers], (line, reply)
    # the payment itself asked again is no favour
    c = play_lines(new_call(library), GOOD)
    reply = c.say("Can you send the payment a day earlier, on Thursday?").reply
    assert reply not in DEFAULT_CLARIFY["will_do"], reply


def test_whoever_answered_says_who_they_are_and_when_she_is_back(library: Library) -> None:
    """Played in Polish English: "Sorry, who is speaking? You are her sister or something?" and
    "Maybe you know when Sherry will come back home, today evening?" got "No idea, sorry." and
    "Hm, I don't know." from the flatmate, who knows both."""
    c = call_in(library, "wrong_party_flatmate_message", seed=105)
    c.say(f"Hello, good afternoon. Is it {c.values['debtor_name']}?")
    who = c.say("Ah, she is not there. Sorry, who is speaking? You are her sister or something?")
    assert "Jess" in who.reply, who.reply
    first = c.values["first_name"]
    back = c.say(f"Okay. Maybe you know when {first} will come back home, today evening?").reply
    assert back in c.persona.facts[Topic.WHEREABOUTS], back


def test_a_question_the_persona_has_no_answer_for_gets_i_dont_know(library: Library) -> None:
    """Played as a rude collector: "when's she back?" to the flatmate got "Sorry, what was
    that?" and "Okay. What's this about?". The flatmate knows where she is (the persona's
    whereabouts), not what she earns: a question without an answer gets "I don't know"."""
    c = call_in(library, "wrong_party_flatmate_message", seed=72)
    c.say("yeah hello, need to speak to the borrower. thats you?")
    reply = c.say(f"anyway yeah, {c.values['debtor_name']}. when's she back?").reply
    assert reply in c.persona.facts[Topic.WHEREABOUTS], reply
    reply = c.say("what does she earn, is she working?").reply
    assert reply in DEFAULT_CLARIFY["not_sure"], reply


def test_a_disclosure_beside_a_message_is_remembered(library: Library) -> None:
    """Played: "just tell her Mark rang and she needs to call me back ..., its about money she
    owes us" left the message and reached the goal, the disclosure lost."""
    c = call_in(library, "wrong_party_flatmate_message", seed=72)
    c.say("yeah hello, need to speak to the borrower. thats you?")
    c.say(
        "ugh. just tell her Mark rang and she needs to call me back on 0800 555 0192 today, "
        "its about money she owes us"
    )
    assert "disclosed" in c.debtor.flags
    c.end()
    assert c.scores().failed


def test_a_question_typed_without_a_question_mark_is_still_answered(library: Library) -> None:
    """Played as a rude collector: "HOW MUCH per week from the cafe, and what day is payday"
    got "Okay...?"."""
    c = call_in(library, "student_unemployed_hardship", seed=63)
    c.say(f"Hi, is this {c.values['debtor_name']}?")
    c.say(f"This is Sam from {c.values['lender']} about your loan payment.")
    reply = c.say("cafe shifts still pay something dont they. when do u get paid").reply
    assert "Friday the 13th" in reply, reply


def test_asked_again_whether_it_is_them_the_debtor_says_yes(library: Library) -> None:
    c = call_in(library, "car_broke_down_partial", seed=67)
    c.say("hi um... hello, sorry, who am i speaking with? im calling about a loan")
    reply = c.say(f"oh! sorry, i was looking for {c.values['debtor_name']}? is that not you?")
    assert reply.reply.startswith("Yes"), reply.reply


def test_an_insult_after_the_goal_is_not_thanked(library: Library) -> None:
    from test_engine_core import GOOD, new_call, play

    c = play(new_call(library), GOOD)
    reply = c.say("Good. Now pay it this time, you useless idiot.").reply
    assert c.finished and "thanks" not in reply.lower().split(".")[0], reply
    assert c.outcome is not None and c.outcome.value == "promise_secured"
    assert c.scores().politeness < 85  # the insult is scored like any line


def test_a_fact_the_debtor_gave_asked_back_is_confirmed(library: Library) -> None:
    """Played as a good collector: "Let me read that back: T-R-X 4-8-2-1-3 ... Is that right?"
    and "is the reference TRX-48213 correct?" got "Not sure, honestly."."""
    c = call_in(library, "already_paid_not_posted", seed=90)
    c.say(f"Hello, is this {c.values['debtor_name']}?")
    c.say(
        "This is an attempt to collect a debt and any information obtained will be used for "
        f"that purpose. The payment of {c.values['amount_overdue']} hasn't reached us."
    )
    given = c.say("Do you have a reference number for that transfer?").reply
    code = c.values["payment_reference"]
    assert code in given and c.closing
    spelled = "-".join("TRX") + " " + "-".join(code[4:])  # "T-R-X 4-8-2-1-3"
    for line in (
        f"Let me read that back: {spelled}, sent on Tuesday. Is that right?",
        f"Sorry - is the reference {code} correct, the one you just gave me?",
    ):
        assert c.say(line).reply in ("Yes, that's right.", "That's right, yes.")


def test_a_payday_named_in_a_restatement_is_not_answered_twice(library: Library) -> None:
    """Played: the car owner said "I get paid for my deliveries every two weeks..." twice,
    word for word, in the reply to a restatement that named their payday."""
    c = call_in(library, "car_broke_down_partial", seed=87)
    owed = c.values["amount_overdue"]
    for line in (
        f"Hello, this is Chris from {c.values['lender']}. Am I speaking with "
        f"{c.values['debtor_name']}? Could you confirm your date of birth for me?",
        "Thanks. This is an attempt to collect a debt and any information obtained will be used "
        f"for that purpose. Your car loan payment of {owed} hasn't been received. Has "
        "something happened?",
        "I'm sorry to hear that. When's your next payday - what could you realistically put "
        "towards it this week?",
        "Could you pay $200 today, and the rest on Friday the 13th when you get paid?",
        "Great, thank you. How would you like to pay - debit card or bank transfer?",
        "Lovely. So just to recap: $200 by debit card today, and the rest by card on your next "
        "payday, Friday 13 March. Is that all correct?",
    ):
        reply = c.say(line).reply
        sentences = [s for s in reply.split(". ") if s]
        assert len(sentences) == len(set(sentences)), reply


def test_terms_agreed_at_once_are_said_once(library: Library) -> None:
    """Pressed for a day after they offered "soon", the debtor takes the terms put to them the
    line before (today, the full amount, by card) and says them once: not "$283.51, of course.
    Certainly, today is fine. I'll pay by card. Very good: $283.51, Tuesday the 10th, by card. I
    could do it by Tuesday the 10th." (a play-test, with the reliable payer, who now answers
    the terms at once)."""
    c = call_in(library, "traveller_forgot_deposit", seed=88)
    owed = c.values["amount_overdue"]
    c.say(f"Hi, is this {c.values['debtor_name']}? It's Sam from {c.values['lender']}.")
    c.say(f"This is an attempt to collect a debt. {owed} was due and it hasn't been paid.")
    c.say("Pay it today, the full amount, by card please.")
    assert c.state == "vague_promise"  # "I'll sort it as soon as I'm back next week"
    reply = c.say("Which day exactly? I need a date.").reply
    assert c.debtor.agreed.date == c.debtor.today and c.debtor.agreed.method == "card"
    assert reply.count(owed) == 1 and reply.count("card") == 1, reply
    assert reply.count(c.debtor.today.strftime("%A")) <= 1, reply


def test_how_much_towards_the_whole_is_answered_with_what_they_can_do(
    library: Library,
) -> None:
    """ "How much could you pay towards the $514.27 today?" asks the car owner, just back from
    a huge repair bill, to name a sum: not "$514.27, yes. I can manage $514.27." (a play-test).
    """
    c = call_in(library, "car_broke_down_partial", seed=107)
    owed = c.values["amount_overdue"]
    c.say(
        f"Hi there, this is Jordan from {c.values['lender']}. "
        f"Am I speaking with {c.values['debtor_name']}?"
    )
    c.say("It is, yes - but first, just for security, can you confirm your date of birth?")
    c.say(
        "Thanks, that's all matched. I have to let you know this is an attempt to collect a debt "
        "and any information obtained will be used for that purpose. Your car loan payment of "
        f"{owed} is overdue. What's been going on?"
    )
    reply = c.say(
        "I'm sorry to hear that, that's a rough few weeks. Let's see what we can do. How much "
        f"could you pay towards the {owed} today, and when's your next payday?"
    ).reply
    assert c.debtor.agreed.amount is None, reply  # nothing agreed: the debtor named a sum
    assert owed not in reply and c.debtor.money(c.debtor.offer()) in reply, reply
    assert reply.count(c.debtor.money(c.debtor.offer())) == 1, reply


def test_terms_misstated_after_the_promise_are_corrected(library: Library) -> None:
    """Said back wrong after the promise ("So $180 on Friday?" when $292 on Friday and $180
    from April were agreed), the terms get the debtor's correction, not "That's right, yes."
    """
    c = call_in(library, "student_unemployed_hardship", seed=103)
    disclosed(c)
    c.say("I am sorry to hear it. Maybe we can make a small plan? How much can you afford?")
    first = c.debtor.money(c.debtor.offer())
    c.say(f"ok, {first} on Friday then. And the rest, maybe monthly after?")
    reply = c.say("Can you pay the rest at $180 a month, from April?").reply
    assert c.debtor.agreed.rest_amount == 180 and c.debtor.agreed.rest_date == dt.date(2026, 4, 1)
    assert "$180" in reply, reply
    c.say(f"So {first} on Friday 13 March by bank transfer, then $180 a month from April. Correct?")
    assert c.debtor.confirmed and c.closing
    reply = c.say("So $180 on Friday 13 March by bank transfer. Correct?").reply
    assert reply.startswith(f"{first}, actually, not $180") or reply.startswith("Not $180"), reply
    # a later instalment of the plan said back is no mistake (play-test eight: "the first $180
    # isn't due until April, then May" got "Not $180: $292, like I said.")
    reply = c.say("And then $180 again on the 1st of May, and so on. Is that right?").reply
    assert "not $180" not in reply.lower() and "Not $180" not in reply, reply


def test_asked_what_they_can_manage_for_the_rest_the_debtor_names_an_instalment(
    library: Library,
) -> None:
    """ "Okay, $449 today is a good start. And for the rest, what could you manage each month?"
    got "Yes, $449. I can manage that." and no word on the rest (play-test eight): the debtor
    names a monthly sum for the rest (no more than the loan's instalment: not $449 a month on a
    $428 loan instalment), which agrees nothing until the trainee names it; said back
    as instalments from a day in April, the promise holds a plan, not one more payment, and
    the day is said with its month (not "Friday the 10th" on Tuesday the 10th)."""
    c = call_in(library, "student_unemployed_hardship", seed=143)
    disclosed(c)
    c.say("I'm sorry to hear it. We can do a plan. How much could you put down today?")
    first = c.debtor.offer()
    reply = c.say(
        f"Okay, {c.debtor.money(first)} today is a good start. And for the rest, what could you "
        "manage each month?"
    ).reply
    # less than the loan's own monthly instalment, what they paid each month before: this
    # graduate is hard up and names a round share of it (play-test ninety-five)
    named = re.search(r"(?:For the rest, I could manage|The rest\?) \$([\d.]+) a month", reply)
    assert named is not None, reply
    monthly = Decimal(named.group(1))
    assert monthly < min(c.debtor.offer(), c.record.instalment) and monthly % 10 == 0
    assert c.debtor.agreed.amount == first and c.debtor.agreed.rest_amount is None
    reply = c.say(
        f"So {c.debtor.money(first)} today by card, then {c.debtor.money(monthly)} a month from "
        "the 10th of April until it's cleared. Is that right?"
    ).reply
    assert c.debtor.confirmed, reply
    assert f"then {c.debtor.money(monthly)} a month from friday the 10th of april" in reply.lower()
    promise = c.promise
    assert promise.rest_amount == monthly and promise.rest_date == dt.date(2026, 4, 10)
    assert promise.rest_every == "month"
    report = describe_result(c)
    assert f"then ${monthly:.2f} a month from 2026-04-10" in report, report


def test_asked_what_they_can_show_the_debtor_answers_from_the_persona(library: Library) -> None:
    """ "What's actually wrong with the car, and have you got anything in writing from the
    dealer?" got "I'll pay when I can, alright?" (a play-test): both questions are answered,
    from the persona's `what_happened` and `evidence` facts, in the order asked."""
    c = call_in(library, "car_dealer_dispute", seed=102)
    persona = c.persona
    c.say(f"Hi, is this {c.values['debtor_name']}? It's Sam from {c.values['lender']}.")
    c.say(
        "This is an attempt to collect a debt and any information obtained will be used for "
        f"that purpose. Your payment of {c.values['amount_overdue']} is overdue."
    )
    reply = c.say(
        "What's actually wrong with the car, and have you got anything in writing from the dealer?"
    ).reply
    happened = [line for line in persona.facts["what_happened"] if line in reply]
    shown = [line for line in persona.facts["evidence"] if line in reply]
    assert happened and shown, reply
    assert reply.index(happened[0]) < reply.index(shown[0])


@pytest.mark.parametrize(
    ("scenario_id", "seed"),
    [("lenders_persistent_late", 106), ("personal_loan_courteous_reminder", 108)],
)
def test_a_caller_who_named_no_company_is_not_asked_which_they_said(
    library: Library, scenario_id: str, seed: int
) -> None:
    """ "Hello?" got "Hang on, which company did you say?" (a play-test): the debtor asks who
    is calling."""
    c = call_in(library, scenario_id, seed)
    reply = c.say("Hello?").reply
    assert "did you say" not in reply.lower() and "?" in reply, reply


def test_a_promise_line_naming_the_terms_is_not_preceded_by_a_yes_to_each(
    library: Library,
) -> None:
    """Pressed with every term at once, the malicious defaulter gives in with the promised
    state's own line ("Right. $1,815.72 by Friday the 13th. You'll see it."), not "$1,815.72.
    Fine. I've got it. Fine, Friday the 13th. Bank transfer, whatever." before it too."""
    c = call_in(library, "malicious_default_legal", seed=105)
    owed = c.values["amount_overdue"]
    for line in [
        f"{c.values['debtor_name']}? {c.values['lender']} here. I need your date of birth.",
        "It's your car loan. This is an attempt to collect a debt, anything you say gets used "
        f"for that. You owe {owed}. Where's the money?",
        f"Pay the {owed} in full by Friday or we start repossessing the car. Clear enough?",
        "The car is security on this loan. We recover it, sell it, and sue you for whatever's "
        f"left. Last chance: are you paying the {owed} or not?",
    ]:
        c.say(line)
    reply = c.say("No. Friday the 13th, full amount, bank transfer. Yes or no?").reply
    assert c.debtor.confirmed, reply
    assert reply.count(owed) == 1 and reply.count("Friday") == 1, reply


def test_the_request_acknowledged_in_other_words_ends_with_the_debtors_goodbye(
    library: Library,
) -> None:
    """ "I'll put a note on your account so we stop calling this number and all further
    contact about the balance will be in writing" honours the request (it got "I don't know
    what you mean."); the address asked beside it is answered, and the debtor's "Bye." ends
    the call: not a debtor who says bye and stays on the line."""
    c = call_in(library, "stop_calling_cease_contact", seed=131)
    c.say(
        f"Good morning, this is Mark from {c.values['lender']}. "
        f"Could I speak to {c.values['debtor_name']}?"
    )
    c.say(
        "Before I go any further, can you confirm your date of birth? This is an attempt to "
        "collect a debt and any information obtained will be used for that purpose."
    )
    assert c.state == "stop_request"
    reply = c.say(
        "Understood, and I'll respect that. I'll put a note on your account so we stop calling "
        "this number and all further contact about the balance will be in writing. Can I just "
        "check the postal address we should write to?"
    ).reply
    assert c.outcome == "contact_ceased" and c.finished, reply
    assert c.record.address.split(",")[0] in reply, reply
    assert reply.rstrip(".!").lower().endswith("bye"), reply


def test_what_can_you_pay_today_is_answered_with_a_sum(library: Library) -> None:
    """Asked "what can you pay today, and the rest by the 17th?" after "give me a few weeks",
    the malicious defaulter names a sum, not the whole balance nobody asked for (play-test
    seven, as typed)."""
    c = call_in(library, "malicious_default_legal", seed=125)
    play(
        c,
        [
            "Good morning. My name is James Porter from {lender}. I'm looking for {debtor_name} - "
            "is that you?",
            "I need to be sure I'm speaking to the right person before I can discuss anything. "
            "Can you confirm your full name and date of birth, please?",
            "Thank you. This is an attempt to collect a debt and any information obtained will be "
            "used for that purpose. I'm calling about your car finance agreement: the balance of "
            "{amount_overdue} has been unpaid since 1 November, and we've had no payment or "
            "contact. What's happened?",
            "I've checked and there's no payment on the account since October. If you paid, tell "
            "me the date, the amount and how you paid, and send me the bank statement or receipt, "
            "and I'll trace it. Do you have that?",
            "It means I need proof of the payment you say you made. Without it, the "
            "{amount_overdue} is still owed. Can you send me a receipt or statement showing it?",
            "I'll be straight with you. The car is security for this loan. If the full "
            "{amount_overdue} isn't paid by Tuesday 17 March, the account goes to our legal team. "
            "Can you pay the full amount by the 17th?",
        ],
    )
    reply = c.say(
        "If you can't do the full amount, what can you pay today, and can the rest be cleared "
        "by the 17th?"
    ).reply
    assert c.debtor.agreed.amount is None, reply
    assert c.values["amount_overdue"] not in reply, reply


def test_thanks_for_the_callers_manner_are_earned_by_courtesy(library: Library) -> None:
    """The reliable payer thanked a curt, text-speak collector "for letting me know so
    nicely" (a play-test): a caller who was short with the debtor is not thanked for their
    manner; a courteous one still is."""
    own = library.persona_for(library.scenario(SCENARIO)).lines
    thanks = "Perfect. {promise_amount} by {promise_date}. Thank you for letting me know so nicely."

    def promised(lines: list[str]) -> str:
        c = call(library, lines={**own, "promised": [thanks]})
        reply = ""
        for line in lines:
            reply = c.say(line.format(**c.values)).reply
        return reply

    curt = promised(
        [
            "is this {debtor_name}? {lender}. ur not listening",
            "this is an attempt to collect a debt blah blah. {amount_overdue} is late. pay it",
            "whatever. {amount_overdue} friday by card. i dont have all day",
            "finally. so {amount_overdue} friday by card. correct?",
        ]
    )
    kind = promised(
        [
            "Good morning, this is Sam from {lender}. Am I speaking with {debtor_name}?",
            "Thank you. This is an attempt to collect a debt. Your payment of {amount_overdue} "
            "is overdue, I'm afraid.",
            "Would you be able to pay the {amount_overdue} on Friday by card, please?",
            "Lovely, thank you. So that's {amount_overdue} on Friday by card, is that right?",
        ]
    )
    assert "Perfect." in curt and "so nicely" not in curt, curt
    assert "so nicely" in kind, kind


def test_the_way_they_chose_said_back_in_a_restatement_is_not_a_surprise(
    library: Library,
) -> None:
    """The formal collector's read-back of the way the debtor had just chosen got "By card?
    That's fine. Yes, that's right: $229.86, Tuesday the 10th, card." (play-test seven): the
    confirmation names the card; no surprised yes to it first."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=128)
    owed = c.values["amount_overdue"]
    play(
        c,
        [
            "Good afternoon, this is Eleanor from {lender}. Am I speaking with {debtor_name}?",
            "Thank you. This is an attempt to collect a debt and any information obtained will be "
            "used for that purpose. Your instalment of {amount_overdue} does not yet appear to "
            "have been received.",
            "Would you be in a position to settle the {amount_overdue} today?",
            "Could you specify whether you intend to pay by debit card, bank transfer, or online "
            "banking?",
        ],
    )
    assert c.debtor.named_method == "card"
    reply = c.say(f"Splendid. So {owed} by debit card, today. Is that correct?").reply
    assert c.debtor.confirmed, reply
    assert reply.lower().count("card") <= 1 and "By card?" not in reply, reply


def test_a_reference_asked_back_wrong_is_put_right(library: Library) -> None:
    """ "TRX-42813, last tuesday the 3rd ... got it?" after the customer gave TRX-48213 got
    "That's right, yes." (play-test eight): they give their reference again."""
    c = call_in(library, "already_paid_not_posted", seed=150)
    play(
        c,
        [
            "{debtor_name}? {lender}. Confirm your date of birth.",
            "It's about the {amount_overdue} you still owe us. This is an attempt to collect a "
            "debt, anything you say gets used for that. So when are you going to pay it?",
            "Nothing on my screen. Prove it then - what day exactly and how, and have you got a "
            "receipt or a reference number?",
        ],
    )
    given = re.search(r"\b[A-Z]{2,}-\d{3,}\b", " ".join(t.reply for t in c.turns))
    assert given is not None, c.turns[-1].reply
    code = given.group()
    wrong = code[:-4] + code[-3] + code[-4] + code[-2:]  # two digits swapped
    assert wrong != code
    reply = c.say(f"fine. {wrong}, last tuesday the 3rd. got it?").reply
    assert reply == f"No, it's {code}.", reply


def test_a_reference_spelled_back_wrong_is_put_right_and_a_last_question_answered(
    library: Library,
) -> None:
    """ "T-R-X, 4-8-2-3-1, sent Tuesday the 3rd. Is that right?" after TRX-48213 got "That's
    right, yes.", and a question on the debtor's last line after the goal got "Bye." alone
    (play-test nine)."""
    c = call_in(library, "already_paid_not_posted", seed=170)
    play(
        c,
        [
            "Hi, it's Priya calling from {lender}. Can I just confirm I'm speaking with "
            "{debtor_name}?",
            "Thanks. This is an attempt to collect a debt and any information obtained will be "
            "used for that purpose. Your instalment of {amount_overdue} is showing as unpaid.",
            "Oh, I'm sorry, transfers can take a few days. Do you have the reference number from "
            "the transfer so I can trace it?",
        ],
    )
    given = re.search(r"\b([A-Z]{2,})-(\d{3,})\b", " ".join(t.reply for t in c.turns))
    assert given is not None and c.closing, c.turns[-1].reply
    letters, figures = given.groups()
    swapped = figures[:-2] + figures[-1] + figures[-2]
    assert swapped != figures
    spelled = "-".join(letters) + ", " + "-".join(swapped)  # "T-R-X, 4-8-2-3-1"
    reply = c.say(f"Great, let me read that back: {spelled}. Is that right?").reply
    assert reply == f"No, it's {given.group()}.", reply
    right = "-".join(letters) + ", " + "-".join(figures)
    assert c.say(f"Sorry, so {right}?").reply in ("Yes, that's right.", "That's right, yes.")
    reply = c.say(
        "Perfect, I'll pass that to our payments team. Did you send it to the usual account "
        "details on your statement?"
    ).reply
    assert c.finished and reply != "Bye." and len(reply.split(". ")) >= 2, reply


def test_a_sum_said_back_with_a_figure_slipped_is_corrected_not_agreed(library: Library) -> None:
    """ "just to check, that's $322.20 by bank transfer on Friday the 13th?" after $332.20 was
    agreed got "Very good: $322.20, ...", and the trainee's correction then got "Not $332.20:
    $322.20, like I said." (play-test nine): the debtor puts the slip right, and a new offer
    ("could you do $200 instead?") is still an offer."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=168)
    owed = c.values["amount_overdue"]
    c.say(
        f"Hello, it's Lucy from {c.values['lender']}. Am I speaking with {c.values['debtor_name']}?"
    )
    c.say(
        "This is an attempt to collect a debt and any information obtained will be used for "
        f"that purpose. Your payment of {owed} hasn't arrived yet."
    )
    c.say(f"I'm sure it's a mix-up. Could you pay the {owed} on Friday the 13th?")
    c.say(f"Would you pay the {owed} on Friday the 13th, by bank transfer?")
    agreed = c.debtor.agreed.amount
    assert agreed is not None and c.debtor.agreed.complete(), c.turns[-1].reply
    figures = f"{agreed:.2f}"
    slip = figures[0] + str((int(figures[1]) + 1) % 10) + figures[2:]
    reply = c.say(
        f"Lovely. So, just to check, that's ${slip} by bank transfer on Friday the 13th?"
    ).reply
    assert c.debtor.agreed.amount == agreed, reply
    assert f"${slip}" in reply and owed in reply and "Very good" not in reply, reply
    reply = c.say(
        f"Sorry, I said that wrong. So it's {owed} by bank transfer on Friday the 13th. Right?"
    ).reply
    assert c.debtor.confirmed and "like I said" not in reply, reply


def test_a_choice_offered_is_answered_not_met_with_confusion(library: Library) -> None:
    """ "Would you rather we wrote by post, or is email okay for you?" to a debtor who asked to
    be written to got "I don't know what you mean." (play-test nine): a choice nothing in the
    persona decides gets "either", not confusion."""
    c = call_in(library, "stop_calling_cease_contact", seed=171)
    c.say(f"Hello, may I speak to {c.values['debtor_name']}, please?")
    c.say(
        f"I'm Tom from {c.values['lender']}. This is an attempt to collect a debt and any "
        "information obtained will be used for that purpose. It's about the "
        f"{c.values['amount_overdue']} overdue."
    )
    reply = c.say("Of course. Would you rather we wrote by post, or is email okay for you?").reply
    assert reply in ("Either's fine.", "Whichever's easier for you."), reply
    reply = c.say("And would mornings or afternoons be better for the letters to arrive?").reply
    assert reply in ("Either's fine.", "Whichever's easier for you."), reply


def test_the_name_they_answered_with_said_back_tells_them_who_is_called(
    library: Library,
) -> None:
    """ "I'm so sorry to bother you, Ms Holmes. It's Lucy, from Lambert Credit Union." to a
    debtor who answered "Good morning, Julie Holmes speaking." got "Sorry, who did you wish
    to speak to?" (play-test nine): their own name, said back, is the right party found."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=168)
    last = c.values["debtor_name"].split()[-1]
    assert last in c.opening, c.opening
    turn = c.say(
        f"Oh, hello, good morning, I'm so sorry to bother you, Ms {last}. It's, um, Lucy, from "
        f"{c.values['lender']}. Sorry, is now an okay time?"
    )
    assert c.debtor.identity_verified and turn.state_after != turn.state_before, turn.reply
    assert "who" not in turn.reply.lower(), turn.reply
    # a stranger's name said back is not theirs
    c = call_in(library, "personal_loan_courteous_reminder", seed=168)
    c.say("Good morning, sorry to bother you, Ms Okonkwo. It's Lucy from the credit union.")
    assert not c.debtor.identity_verified


def test_asked_which_day_the_day_put_before_is_open_and_a_choice_keeps_the_agreed_day(
    library: Library,
) -> None:
    """ "how much can u pay 2day" (answered "next week"), then "next week = which day exactly?
    ... 1 payment 610.55 min" got "Yeah, today works." (play-test nine); "610.55 2day or monday
    16th? pick 1." after today was agreed got today and "Monday the 16th would work for me"
    in one reply."""
    c = call_in(library, "lenders_persistent_late", seed=166)
    half = c.values["half_overdue"]
    play(
        c,
        [
            f"u {c.values['debtor_name'].lower()}? {c.values['lender'].lower()} here. ur loan obvs",
            "ya u know. this is an attempt 2 collect a debt, info used 4 that. u owe "
            "{amount_overdue}. again. seriously?",
            "not my prob who else u owe. how much can u pay 2day",
        ],
    )
    reply = c.say(
        f"lol heard that b4. next week = which day exactly? and how much. 1 payment {half} min"
    ).reply
    assert c.debtor.agreed.date != c.debtor.today and "today" not in reply.lower(), reply
    c.say(f"no. {half} today, by bank transfer.")
    assert c.debtor.agreed.date == c.debtor.today, c.turns[-1].reply
    reply = c.say(f"ok so {half} 2day or monday 16th? pick 1.").reply
    assert "16th" not in reply and c.debtor.agreed.date == c.debtor.today, reply


def test_a_first_part_then_a_sum_every_month_is_a_plan_of_instalments(library: Library) -> None:
    """ "Maybe 50 dollar on Friday, the 13, and then 50 every month?" (play-test nine, a
    non-native collector) kept only the $50 on Friday, and "the 50 dollar every month after,
    you can do?" got the state's "How much would you need first, and when?": the instalments
    start a month after the first part, and the plan said back gets a yes."""
    c = call_in(library, "student_unemployed_hardship", seed=163)
    play(
        c,
        [
            "Please, I am speak with {debtor_name}?",
            "I am Mei, from {lender}. I must say, this is attempt to collect a debt, and "
            "information will be used for this. The account is behind, {amount_overdue}.",
            "Oh, I am sorry to hear. Maybe you can pay a small part, if is possible?",
        ],
    )
    reply = c.say(
        "No no, not all. Only small. Maybe 50 dollar on Friday, the 13, and then 50 every month? "
        "Is okay for you?"
    ).reply
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (50, dt.date(2026, 3, 13)), reply
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        50,
        dt.date(2026, 4, 13),
        "month",
    ), reply
    assert "$50 a month from Monday the 13th of April" in reply, reply
    reply = c.say(
        "Sorry, I ask again, the 50 dollar every month after, on the 13 each month, you can do?"
    ).reply
    # (a yes, and, with no way to pay named yet, how to pay asked: session 45)
    assert reply.startswith(("Yes, that's right.", "That's right, yes.")), reply
    assert "pay" in reply.split("right")[-1], reply


@pytest.mark.parametrize(
    ("scenario_id", "seed"),
    [
        ("student_forgot_first_late", 141),
        ("car_dealer_dispute", 5),
        ("rude_defaulter_composure", 5),
    ],
)
def test_told_why_with_the_identity_check_the_debtor_answers_both(
    library: Library, scenario_id: str, seed: int
) -> None:
    """ "yeah is this Zachary Johnson? Nguyen Bank here ... you're sixteen days late on your
    loan" got "Yes, that's me. Is everything okay?" (play-test eight), as if the debt was never
    named: they confirm who they are and answer what they were told; telling it before they
    confirmed is still a compliance finding."""
    c = call_in(library, scenario_id, seed=seed)
    before = c.state
    turn = c.say(
        f"Hi, is this {c.values['debtor_name']}? This is Sam from {c.values['lender']}, calling "
        f"about your overdue loan payment of {c.values['amount_overdue']}."
    )
    assert c.debtor.identity_verified and turn.trigger in ("state_purpose", "state_amount")
    assert c.state not in (before, "verified"), turn.reply
    assert "Is everything okay?" not in turn.reply and "read your script" not in turn.reply
    assert len(turn.reply.split(". ")) >= 2, turn.reply  # who they are, then the rest
    rules = {f.rule for f in c.scores().compliance}
    assert "disclosure_before_verification" in rules


def test_asked_for_the_rest_after_their_own_first_offer_the_debtor_names_an_instalment(
    library: Library,
) -> None:
    """ "I can manage $334 to start" - "OK, that's a start. And for the rest, what could you
    manage each month?" got "$334 is what I can do." (played in the UI)."""
    c = call_in(library, "student_unemployed_hardship", seed=69773)
    disclosed(c)
    c.say("I'm sorry. Let's set up a plan you can manage. How much could you put down Friday?")
    offer = c.debtor.money(c.debtor.offer())
    assert offer in c.turns[-1].reply and c.debtor.agreed.amount is None, c.turns[-1].reply
    reply = c.say("OK, that's a start. And for the rest, what could you manage each month?").reply
    assert "a month" in reply and reply != f"{offer} is what I can do.", reply


def test_two_payments_said_back_keep_their_days(library: Library) -> None:
    """$190.70 on the 13th, then "And the balance $190.70 ... 20th March?" moved the first
    payment to the 20th, and read-backs of both days got "Not Friday the 13th: Friday the 20th,
    like I said." (play-test ten): the balance is the second part, and the second part's day
    said back is no mistake."""
    c = call_in(library, "car_broke_down_partial", seed=187)
    half = c.values["half_overdue"]
    play(
        c,
        [
            "Good evening sir, my name is Rajesh from {lender}. Am I speaking to {debtor_name}?",
            "Kindly note this is an attempt to collect a debt and whatever information you are "
            "giving will be used for that purpose. Your car loan EMI of {amount_overdue} is "
            "pending. Is there any issue sir?",
            "Oh, very sorry to hear sir. How much you can pay today itself, some part amount?",
            "Soon will not do, I need one date. On Friday 13th can you do at least half, "
            "{half_overdue}?",
        ],
    )
    assert c.debtor.agreed.date == dt.date(2026, 3, 13), c.turns[-1].reply
    c.say(f"Very good sir. And the balance {half}, can we say one week from Friday, 20th March?")
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.rest_date) == (dt.date(2026, 3, 13), dt.date(2026, 3, 20))
    c.say("Payment mode you will do by debit card sir?")
    reply = c.say("So 13th first half, 20th second half. Okay sir?").reply
    assert "like I said" not in reply and "actually" not in reply, reply
    assert (c.debtor.agreed.date, c.debtor.agreed.rest_date) == (
        dt.date(2026, 3, 13),
        dt.date(2026, 3, 20),
    )


def test_an_instalment_put_after_the_first_part_is_the_rests(library: Library) -> None:
    """$20 on the 27th agreed, "Then from April, could you do $40 a month, say on the 27th of
    each month?" made $40 on the 1st of April the first payment (play-test ten): the first part
    stays, and the $40 is the monthly instalment from the 27th of April; with everything
    agreed, a closing line that asks nothing gets "Okay, thanks.", not "Which day?"."""
    c = call_in(library, "student_unemployed_hardship", seed=183)
    disclosed(c)
    c.say(
        "I'm sorry. Let's set up a plan: a first payment, then monthly. Could you do $20 on the "
        "27th?"
    )
    c.say("And you'd pay by bank transfer?")
    first = (c.debtor.agreed.amount, c.debtor.agreed.date)
    assert first == (20, dt.date(2026, 3, 27)), c.turns[-1].reply
    reply = c.say(
        "Great. Then from April, could you do $40 a month, say on the 27th of each month?"
    ).reply
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == first, reply
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        40,
        dt.date(2026, 4, 27),
        "month",
    ), reply
    reply = c.say("And for the monthly $40, the 27th of each month. Is that okay?").reply
    assert (c.debtor.agreed.amount, c.debtor.agreed.rest_date) == (20, dt.date(2026, 4, 27))
    reply = c.say("Alright, I'll note it and send you the plan in writing. Thanks Daniel.").reply
    assert reply in ("Okay, thanks.", "Right. Thanks.", "Okay. Got it."), reply


def test_a_caller_who_said_who_they_are_is_not_asked_who_is_asking(library: Library) -> None:
    """ "My name is Mr. Thomas Reed of Alvarez Bank. ... Am I addressing Ms. Rachel Ballard?"
    got "Yeah, it's Rachel. Who's asking?" (play-test ten)."""
    c = call_in(library, "malicious_default_legal", seed=185)
    reply = c.say(
        f"Good afternoon. My name is Mr. Thomas Reed of {c.values['lender']}. Am I addressing "
        f"Ms. {c.values['debtor_name']}?"
    ).reply
    assert c.debtor.identity_verified and "asking" not in reply.lower(), reply


def test_the_day_they_named_for_the_rest_said_back_is_agreed_for_the_rest(
    library: Library,
) -> None:
    """ "what about the second instalment, could that go in mid-April?" - "Tuesday the 7th of
    April would work for me." - "The 7th of April works even better." got "Not Tuesday the 7th
    of April: Tuesday the 31st, like I said." (play-test ten)."""
    c = call_in(library, "car_dealer_dispute", seed=182)
    half = c.values["half_overdue"]
    play(
        c,
        [
            "Good afternoon, it's Dana from {lender}. May I speak with {debtor_name}, please?",
            "This is an attempt to collect a debt and any information obtained will be used for "
            "that purpose. Your account shows {amount_overdue} missed.",
            "I'm sorry to hear that, that sounds really frustrating. Have you put the complaint "
            "in writing to them?",
            "I hear you. The loan is with us, not the dealer, so the payments still fall due "
            "while the repair is sorted. Could you bring one instalment up to date, the "
            "{half_overdue}, on your payday on the 31st?",
        ],
    )
    assert c.debtor.agreed.date == dt.date(2026, 3, 31), c.turns[-1].reply
    named = c.say(f"Thanks. And the other {half}, when could that go?").reply
    day = c.debtor.named_rest_date
    assert day is not None and c.debtor.day(day) in named, named
    reply = c.say(
        f"The {day.day}th of {day:%B} works even better. And the method, transfer or card?"
    ).reply
    assert "like I said" not in reply and "actually" not in reply, reply
    assert (c.debtor.agreed.date, c.debtor.agreed.rest_date) == (dt.date(2026, 3, 31), day)


def test_asked_how_the_payment_went_the_customer_who_paid_says(library: Library) -> None:
    """ "TRX-48213, got it. And which bank did you send it from?" got "That's right, yes." and
    the question asked again got "Not sure, honestly. Bye." (play-test ten)."""
    c = call_in(library, "already_paid_not_posted", seed=190)
    play(
        c,
        [
            "Hello, this is Priya from {lender}. May I speak to {debtor_name}, please?",
            "I'm required to tell you this is an attempt to collect a debt and any information "
            "obtained will be used for that purpose. Your payment of {amount_overdue} is showing "
            "as outstanding.",
            "I'm sorry for the confusion. Do you have the reference number for the transfer?",
        ],
    )
    given = re.search(r"\b[A-Z]{2,}-\d{3,}\b", c.turns[-1].reply)
    assert given is not None and c.closing, c.turns[-1].reply
    reply = c.say(f"Sorry, {given.group()}, got it. And which bank did you send it from?").reply
    facts = c.persona.facts["payment_sent"]
    assert any(fill(f, c.values) in reply for f in facts), reply


def test_the_juggler_stalls_with_one_story(library: Library) -> None:
    """ "Give me till the end of the month", then, to a plan for the 31st, "I'll catch you up
    next week" (play-test ten): the stalling lines name the one time, their payday."""
    c = call_in(library, "lenders_persistent_late", seed=186)
    play(
        c,
        [
            "Hi, this is Kevin from {lender}. Am I speaking with {debtor_name}? Could you confirm "
            "the postcode on your account?",
            "Thanks. Yes, it's the car loan with {lender}. This is an attempt to collect a debt "
            "and any information obtained will be used for that purpose. You're two payments "
            "behind, {amount_overdue}. How are things going?",
            "Five, wow, that's a lot to juggle. Who's the biggest one, and are any of them "
            "secured like the car is? I ask because if this one slips further, the car's at risk.",
            "I get it. You're paid on the 31st, right? Here's an idea: split it in two. "
            "{half_overdue} on Tuesday the 31st, and the second {half_overdue} two weeks later, "
            "on April 14th. Would that fit?",
        ],
    )
    stalls = " ".join(t.reply for t in c.turns[2:])
    assert "end of the month" in stalls or "payday" in stalls, stalls
    assert "next week" not in stalls, stalls


def test_a_monthly_sum_on_a_day_of_each_month_starts_after_the_first_part(
    library: Library,
) -> None:
    """$50 on Friday the 13th agreed, "could you manage maybe $100 a month, on the 13th of each
    month, starting in April?" got "Friday the 13th should be fine" and $100 became the first
    payment (play-test eleven)."""
    c = call_in(library, "student_unemployed_hardship", seed=203)
    disclosed(c)
    c.say("Would a plan help? Maybe $50 on Friday the 13th when the cafe pays you?")
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (50, dt.date(2026, 3, 13))
    reply = c.say(
        "And then for the rest, could you manage maybe $100 a month, on the 13th of each month, "
        "starting in April?"
    ).reply
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (50, dt.date(2026, 3, 13)), reply
    assert (agreed.rest_amount, agreed.rest_date) == (100, dt.date(2026, 4, 13)), reply


def test_a_plan_in_two_halves_keeps_the_day_agreed_for_the_second(library: Library) -> None:
    """Half today and the second half "on the payday after, Friday the 27th": "happy to make it
    the 27th" moved the first half to the 27th, the read-back of both got "Not Friday the 27th:
    Tuesday the 10th, like I said.", and the second half said back as the 13th after the
    promise was "corrected" to the first half's day (play-test eleven)."""
    c = call_in(library, "car_broke_down_partial", seed=207)
    half = c.values["half_overdue"]
    disclosed(c)
    c.say(f"How about we split it? Half now, so {half} today, and the other {half} later.")
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (
        c.debtor.amount_overdue / 2,
        c.debtor.today,
    ), c.turns[-1].reply
    c.say(
        "Since the 13th will be a short one, would it be easier to pay the second half on the "
        "payday after, Friday the 27th?"
    )
    c.say("I'm happy to make it the 27th of March instead if that's safer for you.")
    assert (c.debtor.agreed.date, c.debtor.agreed.rest_date) == (
        c.debtor.today,
        dt.date(2026, 3, 27),
    )
    c.say("How would you like to pay today's half? I can take a debit card now.")
    reply = c.say(
        "Hang on, I think we agreed the 27th for the second half. So to confirm: "
        f"{half} by card today, Tuesday the 10th, and {half} by card on Friday, March 27th. "
        "Is that correct?"
    ).reply
    assert c.debtor.confirmed and "like I said" not in reply, reply
    reply = c.say(f"So {half} by card today and {half} by card on Friday the 13th. Correct?").reply
    assert reply.startswith("Friday the 27th, actually, not Friday the 13th") or (
        reply.startswith("Not Friday the 13th: Friday the 27th")
    ), reply


def test_the_second_sum_said_back_wrong_is_corrected(library: Library) -> None:
    """ "$604.69 ... this Friday, and then $640.69 by card on Tuesday, March 31st. Correct?" got
    "Yes, that's right: ... the other $604.69" (play-test eleven)."""
    c = call_in(library, "car_broke_down_partial", seed=207)
    half = c.debtor.amount_overdue / 2
    disclosed(c)
    c.say(f"How about we split it? Half on Friday, so ${half}, and the other ${half} later.")
    c.say(f"So ${half} on Friday the 13th and the other ${half} on the 27th, by card?")
    assert c.debtor.agreed.rest_amount == half, c.turns[-1].reply
    figures = f"{half:.2f}"
    wrong = figures[0] + figures[2] + figures[1] + figures[3:]  # two figures swapped
    assert wrong != figures
    reply = c.say(
        f"Let me read it back: ${half} by card this Friday, March 13th, and then ${wrong} by card "
        "on Friday, March 27th. Correct?"
    ).reply
    assert f"${wrong}" in reply and not c.debtor.confirmed, reply


def test_asked_why_and_told_no_more_calls_the_debtor_answers(library: Library) -> None:
    """ "May I ask why you'd prefer writing?" got "Not sure, honestly.", "Is the postal address
    we have on file still current?" got "I don't know what you mean.", and "We won't call you
    again ... everything from now on will come to you in writing by post" was not heard as
    honouring the request (play-test eleven)."""
    c = call_in(library, "stop_calling_cease_contact", seed=211)
    c.say(f"Hello, may I speak with {c.values['debtor_name']}? This is Jordan from the bank.")
    c.say(
        "This is an attempt to collect a debt and any information obtained will be used for that "
        f"purpose. It's about {c.values['amount_overdue']} overdue."
    )
    reply = c.say("I understand, and I'll respect that. May I ask why you'd prefer writing?").reply
    reasons = facts(c, "what_happened")
    assert any(r in reply for r in reasons), reply
    reply = c.say("Is the postal address we have on file still current?").reply
    assert c.record.address in reply, reply
    c.say(
        "I've noted your request. We won't call you again about this account, and everything "
        "from now on will come to you in writing by post."
    )
    assert c.outcome is not None and c.outcome.value == "contact_ceased", c.turns[-1].reply


def test_only_what_is_asked_is_answered_and_what_they_can_afford_stands(
    library: Library,
) -> None:
    """ "Let's not wait for the new job though, we can set up something small now. After rent,
    what could you realistically manage from the pay on Friday the 13th?" got the job story
    too and then "If I paid you anything this week I couldn't pay my rent." after "Something
    small now" (play-test twelve): a topic said in passing is not asked, and what they can
    afford is their whole answer."""
    c = call_in(library, "student_unemployed_hardship", seed=223)
    disclosed(c)
    c.say("I'm sorry to hear that. How many shifts are you getting, and when do you next get paid?")
    reply = c.say(
        "Good luck with the interviews. Let's not wait for the new job though, we can set up "
        "something small now. After rent, what could you realistically manage from the pay on "
        "Friday the 13th?"
    ).reply
    jobs = facts(c, "job")
    assert not any(j in reply for j in jobs), reply
    affords = facts(c, "afford")
    assert any(a in reply for a in affords) and "couldn't pay my rent" not in reply, reply


PLAYED = Path(__file__).parent / "data" / "played"


def _from_file(name: str) -> list[str]:
    """The lines a play-tester typed (play-tests thirteen and fourteen: helpers who had not
    seen the code), kept as they were typed in tests/data/played/."""
    return [line for line in (PLAYED / f"{name}.txt").read_text().splitlines() if line.strip()]


def _replied(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> tuple[Call, str]:
    """A played call replayed up to `turn` (1-based), and the debtor's reply there."""
    c = call_in(library, scenario, seed=seed)
    return c, play(c, _from_file(played)[:turn])[turn - 1]


def test_a_first_part_agreed_and_the_rest_asked_when_are_not_swapped(library: Library) -> None:
    """ "Fine. 270 today then. And the other 179.89 — exactly when?" got "$179.89, yes. ...
    Okay, today, yes.", and the parts said back ("270 by transfer today, 179.89 by transfer
    Friday the 13th") were agreed the wrong way round (play-test thirteen)."""
    c = call_in(library, "car_broke_down_partial", seed=244)
    replies = play(c, _from_file("car_244"))
    # (the rest's day asked is named for the rest, not the first part's: play-test 86)
    assert "$179.89, yes" not in replies[5] and "$270" in replies[5], replies[5]
    assert "The rest, $179.89, I could do by" in replies[5] or "other $179.89 by" in replies[5]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (270, c.debtor.today), agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("179.89"), dt.date(2026, 3, 13))
    assert "by Tuesday the 10th, and the other $270" not in replies[-1], replies[-1]


def test_the_rests_day_said_again_and_put_right_is_the_rests(library: Library) -> None:
    """ "could that maybe be in two weeks after, so like the 27th?" was agreed as the 24th,
    and "I meant the 27th, Friday the 27th, not the 24th" got "That's right, yes." (play-test
    fourteen): the day a span was said to mean is the day, and a day put right in place of
    the rest's is the rest's."""
    c = call_in(library, "rude_defaulter_composure", seed=262)
    replies = play(c, _from_file("rude_262"))
    assert "27th" in replies[7] and "24th" not in replies[7], replies[7]
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 27), c.debtor.agreed
    again = call_in(library, "rude_defaulter_composure", seed=262)
    play(again, _from_file("rude_262")[:7])
    said = again.say("Okay, and then the other $188.76, could that be in two weeks?").reply
    assert again.debtor.agreed.rest_date == dt.date(2026, 3, 24), said
    reply = again.say("Sorry, um, I meant the 27th, Friday the 27th, not the 24th.").reply
    assert "27th" in reply and "That's right" not in reply, reply
    assert again.debtor.agreed.rest_date == dt.date(2026, 3, 27), again.debtor.agreed
    assert again.debtor.agreed.date == dt.date(2026, 3, 13), again.debtor.agreed


def test_a_smaller_monthly_sum_put_in_the_parts_place_replaces_it(library: Library) -> None:
    """ "Would, say, $150 a month be more realistic?" after $326.44 on the 13th was agreed got
    "Then $150 a month from Monday the 13th of April." (play-test thirteen): a sum said as
    more realistic is put in the first part's place, not added as instalments after it; the
    monthly plan of equal payments ("three monthly instalments of $326.44") becomes one of
    $150 a month, all of them."""
    c = call_in(library, "student_unemployed_hardship", seed=249)
    disclosed(c)
    c.say(
        "Rather than waiting, might we set up a modest monthly arrangement? For instance, three "
        "monthly instalments of $326.44, the first on the 13th of March. Would that be manageable?"
    )
    reply = c.say(
        "You did say there is nothing left after rent. I would far rather agree something "
        "smaller. Would, say, $150 a month be more realistic?"
    ).reply
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.rest_amount, agreed.rest_every) == (150, 150, "month"), reply
    assert "326.44" not in reply, reply


def test_the_way_they_picked_said_back_with_the_rest_gets_a_yes(library: Library) -> None:
    """A read-back of both parts "by direct debit", the way the debtor had just said they
    would pay, got "I'll do it by direct debit." (play-test thirteen): their own choice, said
    back, is answered by the yes to the read-back."""
    c = call_in(library, "car_dealer_dispute", seed=247)
    reply = play(c, _from_file("dealer_247"))[-1]
    assert "31st" in reply and reply != "I'll do it by direct debit.", reply
    assert c.debtor.agreed.method == "direct_debit"


def test_asked_to_say_the_terms_back_the_debtor_says_them_and_it_confirms(
    library: Library,
) -> None:
    """Asking the debtor to repeat the arrangement failed in all three calls that tried it
    (play-test sixteen): "Can you say it back to me so I know we're on the same page?" got
    "Sorry, which day did you mean?", "Now you tell me back what you're paying and when" got
    "Sorry, is that the whole amount or just part of it?". Said back by the debtor, the terms
    are acknowledged as surely as by a yes to the trainee's own read-back."""
    c = call_in(library, SCENARIO, seed=5)
    disclosed(c)
    play(c, ["Could you pay the full {amount_overdue} by Friday?", "I need a day. Friday?"])
    assert (c.debtor.agreed.amount, c.debtor.agreed.method) == (c.record.amount_overdue, None)
    reply = c.say("Can you say it back to me so I know we're on the same page?").reply
    assert c.values["amount_overdue"] in reply and "Friday the 13th" in reply, reply
    assert not c.debtor.confirmed  # the way to pay is still open
    c.say("And by card, please.")
    reply = c.say("Now you tell me back what you're paying and when, so there's no confusion.")
    assert c.values["amount_overdue"] in reply.reply and "card" in reply.reply, reply.reply
    assert c.debtor.confirmed and reply.state_after == "promised", reply.state_after


def test_asked_to_say_back_what_was_never_agreed_the_debtor_says_so(library: Library) -> None:
    c = call_in(library, SCENARIO, seed=5)
    disclosed(c)
    reply = c.say("Can you repeat the plan back to me?").reply
    assert reply == "We haven't agreed anything yet.", reply


def test_which_day_and_which_way_asked_together_get_both_answers(library: Library) -> None:
    """ "which day this week, and would you pay it by card over the phone, or a transfer?"
    got "Direct debit is perfectly fine. Sunday the 15th would work for me." (play-test
    sixteen): a working day, the way of the choice offered, and both answered."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=311)
    disclosed(c)
    c.say("The direct debit was probably still pointing at the old account. Could you pay soon?")
    reply = c.say(
        "Just so I can put a date on the account, which day this week, and would you pay it by "
        "card over the phone, or a transfer from the new account?"
    ).reply
    assert "Sunday" not in reply and "Saturday" not in reply, reply
    assert "card" in reply.lower() or "transfer" in reply.lower(), reply
    assert "direct debit" not in reply.lower(), reply


def test_a_debtor_who_says_they_paid_is_asked_when_and_answers(library: Library) -> None:
    """ "Can you give me the date of the payment and the reference number from your bank?" to
    the malicious defaulter who said "I paid that" got "You've lost me." (play-test fifteen);
    the customer who really paid gives the reference, not which bank it left from as well."""
    c = call_in(library, "malicious_default_legal", seed=292)
    reply = play(c, _from_file("malicious_292"))[-1]
    # (the fact first; the refusal the state moves to may follow it)
    assert reply.startswith(tuple(fill(f, c.values) for f in DISHONEST_FACTS["payment_sent"]))
    paid = call_in(library, "already_paid_not_posted", seed=5)
    play(
        paid,
        [
            "Hello, is this {debtor_name}? It's Sam from {lender}.",
            "This is an attempt to collect a debt and any information will be used for that "
            "purpose. Your payment of {amount_overdue} is overdue.",
        ],
    )
    reply = paid.say(
        "Oh, I see. Can you give me the date of the payment and the reference number?"
    ).reply
    assert "TRX-" in reply and "bank" not in reply.lower(), reply


def test_a_plan_put_in_one_go_and_said_back_on_request_keeps_its_days(library: Library) -> None:
    """Play-test eighteen: "if the full $431.25 is too much at once, we can break it: $216 this
    Friday 13th and the balance ... 31st March" was agreed for "Tuesday the 10th" ("at once"
    read as a day), "can you say the whole arrangement back to me?" was not heard as asking
    for a read-back, and "I will put the dealer complaint on record today ... tell me back"
    moved the payment to today."""
    c = call_in(library, "car_dealer_dispute", seed=352)
    replies = play(c, _from_file("dealer_352")[:8])
    assert "Friday the 13th" in replies[3] and "10th" not in replies[3], replies[3]
    assert "$216" in replies[5] and "$215.25" in replies[5], replies[5]
    assert "today" not in replies[6].lower(), replies[6]
    assert "actually" not in replies[7], replies[7]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13), c.debtor.agreed


def test_a_fortnightly_plan_of_the_first_parts_sum_is_kept_and_income_asked_is_no_demand(
    library: Library,
) -> None:
    """Play-test eighteen: "How much do the cafe shifts bring in a week? Twenty hours? Ten?"
    was read as a demand for $10 within a week ("I wish I could..."), and "$50 on the 13th and
    then $50 every two weeks after that" was agreed as $50 on the 13th alone: the promise was
    "secured" without the plan that was the point of the call."""
    c = call_in(library, "student_unemployed_hardship", seed=349)
    replies = play(c, _from_file("hardship_349"))
    income = c.turns[3]
    assert income.analysis.slots.amount is None and income.analysis.slots.date is None
    assert "I wish I could" not in replies[3], replies[3]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (50, dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_every) == (50, "fortnight"), agreed
    assert agreed.rest_date == dt.date(2026, 3, 27), agreed
    assert "a fortnight" in replies[5], replies[5]


def test_a_day_put_right_in_the_same_line_and_a_vague_word_taken_back_are_heard(
    library: Library,
) -> None:
    """Play-test eighteen: "the full $952.77 today ... Actually, wait, you're boarding, let's
    rather say by Thursday the 12th" kept today; "whenever's ok? No sorry, I think they want it
    soon." ended the call as a vague promise on the spot."""
    c = call_in(library, "traveller_forgot_deposit", seed=351)
    play(c, _from_file("traveller_351")[:4])
    assert c.turns[3].analysis.slots.date == dt.date(2026, 3, 12)
    timid = call_in(library, "personal_loan_courteous_reminder", seed=344)
    play(timid, _from_file("courteous_344"))
    assert not timid.finished and timid.outcome is None, timid.turns[-1].reply
    assert Act.ACCEPT_VAGUE not in timid.turns[-1].analysis.acts


def test_questions_asked_in_other_words_get_answers_not_confusion(library: Library) -> None:
    """Play-test eighteen: "On which date exactly you have done the transfer, and from which
    bank?" got "I don't follow."; "Who've I got on the line, love?" got no name; "you are
    who, please? You live together with Shelby?" got "Hm, I don't know."; "are you back at
    work?" and "back on your shifts now?" got thanks for sympathy and no answer; "What
    exactly is your lawyer disputing?" was read as the collector taking legal action ("Do
    your worst.")."""
    paid = call_in(library, "already_paid_not_posted", seed=346)
    replies = play(paid, _from_file("paid_346"))
    sent = facts(paid, "payment_sent")
    assert any(f in replies[3] for f in sent), replies[3]
    evidence = facts(paid, "evidence")
    assert any(f in replies[6] for f in evidence), replies[6]
    receipt = call_in(library, "already_paid_not_posted", seed=366)
    last = play(receipt, _from_file("paid_366"))[-1]  # "send us a copy of the bank receipt"
    # (play-test nineteen: "I'm not sure")
    assert any(f in last for f in facts(receipt, "evidence")), last
    flatmate = call_in(library, "wrong_party_flatmate_message", seed=348)
    replies = play(flatmate, _from_file("flatmate_348"))
    assert "don't know" not in replies[1] and "flatmate" in replies[1], replies[1]
    car = call_in(library, "car_broke_down_partial", seed=341)
    replies = play(car, _from_file("car_341"))
    jobs = facts(car, "job")
    assert any(j in replies[2] for j in jobs) and any(j in replies[3] for j in jobs), replies[2:4]
    asked = call_in(library, "lenders_persistent_late", seed=347)
    reply = play(asked, _from_file("lenders_347")[:1])[0]  # "Who've I got on the line, love?"
    assert asked.values["debtor_name"] in reply, reply
    lawyer = call_in(library, "malicious_default_legal", seed=343)
    play(lawyer, _from_file("malicious_343")[:3])
    assert Act.LEGAL_ACTION not in lawyer.turns[2].analysis.acts


def test_a_read_back_short_of_the_goal_that_adds_the_way_to_pay_gets_a_yes_to_it_all(
    library: Library,
) -> None:
    """Play-test eighteen: "Confirm for me: $1,724 by transfer on the 13th, $928.24 by transfer
    on the 27th." (the 27th past the goal's week) got "I'll do bank transfer." alone."""
    c = call_in(library, "malicious_default_legal", seed=343)
    replies = play(c, _from_file("malicious_343")[:8])
    # (the malicious defaulter's own yes, play-tests 267 and 268: not the courteous one)
    assert replies[7].startswith(("Yes.", "That's the deal")), replies[7]
    assert "$1,724" in replies[7] and "$928.24" in replies[7], replies[7]


def test_the_disclosure_said_plainly_in_a_curt_line_is_heard(library: Library) -> None:
    """Play-test eighteen: "Jones Bank. Mark. Debt collection call, what you say gets used for
    that. You owe 681.14 ..." went unheard as the disclosure, and the compliance finding
    capped the call at 40."""
    c = call_in(library, "rude_defaulter_composure", seed=345)
    play(c, _from_file("rude_345")[:2])
    assert Act.MINI_MIRANDA in c.turns[1].analysis.acts, c.turns[1].analysis.acts


def test_instalments_for_the_rest_named_as_such_are_agreed_from_next_month(
    library: Library,
) -> None:
    """Play-test nineteen: "For the remaining $3,237.48, I'm proposing $809.37 on the 13th of
    each month from April through July. Agreed?" got "$809.37, actually, not $3,237.48." (the
    rest named was read as the sum put), and the instalments were never agreed."""
    c = call_in(library, "malicious_default_legal", seed=363)
    replies = play(c, _from_file("malicious_363")[:6])
    assert "actually" not in replies[5] and "$809.37 a month" in replies[5], replies[5]
    agreed = c.debtor.agreed
    assert (agreed.rest_amount, agreed.rest_every) == (Decimal("809.37"), "month"), agreed
    assert agreed.rest_date == dt.date(2026, 4, 13), agreed


def test_dialect_is_read_a_vague_word_held_up_and_dates_said_the_scots_way(
    library: Library,
) -> None:
    """Play-test nineteen, a Scottish collector: "due back on the 24th o January" was read as
    the 24th of March, "the first hauf by Friday" as the 1st of April, and "Sometime's no
    gonnae cut it" as accepting "sometime" (the debtor hung up: "Don't call me, I'll call
    you.")."""
    c = call_in(library, "rude_defaulter_composure", seed=365)
    play(c, _from_file("rude_365"))
    assert c.turns[2].analysis.slots.date is None  # the day it was due: history
    assert c.turns[3].analysis.slots.date == dt.date(2026, 3, 13)
    assert Act.ACCEPT_VAGUE not in c.turns[4].analysis.acts
    assert c.outcome != "vague_promise", c.turns[-1].reply


def test_more_questions_about_the_debtor_are_answered(library: Library) -> None:
    """Play-test nineteen: "how much are those shifts bringing in each week?" was heard as a
    demand ("I wish I could..."); "Did you maybe move the direct debit over, or not yet?"
    went unanswered; "your address ... it still di same one wi have on file?" got "I don't
    know what you mean."; "can you read the payment back to me?" got "How much are we
    talking?"."""
    hardship = call_in(library, "student_unemployed_hardship", seed=369)
    replies = play(hardship, _from_file("hardship_369"))
    jobs = facts(hardship, "job")
    assert any(j in replies[2] for j in jobs) and "I wish I could" not in replies[2], replies[2]
    reminder = call_in(library, "personal_loan_courteous_reminder", seed=364)
    replies = play(reminder, _from_file("courteous_364"))
    happened = facts(reminder, "what_happened")
    assert any(h in replies[3] for h in happened), replies[3]
    stop = call_in(library, "stop_calling_cease_contact", seed=370)
    replies = play(stop, _from_file("stopcall_370"))
    assert stop.record.address in replies[3], replies[3]
    dealer = call_in(library, "car_dealer_dispute", seed=372)
    replies = play(dealer, _from_file("dealer_372"))
    assert "$639.53" in replies[6] and "How much" not in replies[6], replies[6]


def test_the_sum_owed_told_with_a_question_about_them_is_no_demand(library: Library) -> None:
    """Played in the UI: "There's $921.24 overdue now. How are things going, are you working at
    the moment?" got the job answer and then "Right now? There's no way. I'm sorry, I just
    don't have it." (the sum told was taken as terms put)."""
    c = call_in(library, "student_unemployed_hardship", seed=5)
    play(
        c,
        [
            "Hi there, is this {debtor_name}?",
            "Thanks. I'm Sam calling from {lender} about your student loan. I have to tell you "
            "this is an attempt to collect a debt and anything you tell me will be used for "
            "that purpose.",
        ],
    )
    reply = c.say(
        fill(
            "There's {amount_overdue} overdue now. How are things going, are you working at "
            "the moment?",
            c.values,
        )
    ).reply
    jobs = facts(c, "job")
    assert any(j in reply for j in jobs), reply
    assert c.state != "cannot_pay", reply  # no "I can't pay that" to a question


def test_a_question_answered_is_dropped_without_leaving_a_capital_after_a_comma() -> None:
    """Played in the UI: "Sorry, who is this? Is it about a job?" after the caller said who they
    were became "Sorry, Is it about a job?"."""
    from simulator.engine.call import _without_answered

    told = {Act.IDENTIFY_SELF}  # "I'm Sam calling from Hunter Credit Union."
    assert _without_answered("Sorry, who is this? Is it about a job?", told) == (
        "Sorry, is it about a job?"
    )
    assert _without_answered("Hello, Brittany speaking.", told) == "Hello, Brittany speaking."


def test_monthly_instalments_of_the_first_parts_sum_for_what_it_leaves_are_agreed(
    library: Library,
) -> None:
    """Play-test twenty: "That leaves a balance of $3,132.63. I propose that this be cleared in
    three further monthly instalments of $1,044.21, on the 13th of April, May and June." was
    agreed as the whole $3,132.63 on the 13th of April, and "not the full $3,132.63 ... The
    agreement is $1,044.21" was "corrected" back to it."""
    c = call_in(library, "malicious_default_legal", seed=383)
    replies = play(c, _from_file("malicious_383")[:8])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("1044.21"), dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_every) == (Decimal("1044.21"), "month"), agreed
    assert agreed.rest_date == dt.date(2026, 4, 13), agreed
    assert "$3,132.63" not in replies[6] and "$3,132.63" not in replies[7], replies[6:8]


def test_questions_to_whoever_answered_and_about_the_money_leaving_are_answered(
    library: Library,
) -> None:
    """Play-test twenty: "who I am speaking with, please? You are living together with her?"
    got "I'm not sure, to be honest."; "kindly check with your bank that money has left your
    account?" got "Hm, I don't know." and "Is it showing there?" "I'm not sure ... Bye."."""
    flatmate = call_in(library, "wrong_party_flatmate_message", seed=388)
    replies = play(flatmate, _from_file("flatmate_388"))
    assert "not sure" not in replies[1] and "flatmate" in replies[1], replies[1]
    paid = call_in(library, "already_paid_not_posted", seed=386)
    replies = play(paid, _from_file("paid_386"))
    evidence = facts(paid, "evidence")
    assert any(f in replies[-2] for f in evidence), replies[-2]
    assert any(f in replies[-1] for f in evidence), replies[-1]


def test_the_way_the_debtor_picked_said_back_when_asked_is_agreed_and_confirmed(
    library: Library,
) -> None:
    """Play-test twenty: "Card over the phone, online through the app, or bank transfer. Pick
    one." - "Online payment would be easiest." - "Say it back to me" - "... I'd pay by online
    payment." left the way to pay open and the promise unconfirmed: the call ended as a vague
    promise though every term had been said back."""
    c = call_in(library, "rude_defaulter_composure", seed=385)
    play(c, _from_file("rude_385"))
    assert c.debtor.agreed.method == "online" and c.debtor.confirmed, c.debtor.agreed
    assert c.outcome != "vague_promise", c.outcome


def test_the_same_sum_on_two_later_days_after_the_first_part_is_the_instalments(
    library: Library,
) -> None:
    """Play-test twenty: with $314.25 on the 31st of March agreed, "the other two? 314.25 on the
    30th of April and 314.25 on the 31st of May" moved the first part to the 30th of April,
    and the debtor then "corrected" the read-back of the 31st of March."""
    c = call_in(library, "lenders_persistent_late", seed=387)
    play(c, _from_file("lenders_387")[:5])
    assert c.debtor.agreed.date == dt.date(2026, 3, 31), c.debtor.agreed
    reply = c.say(
        "And the other two? 314.25 on the 30th of April and 314.25 on the 31st of May. How are "
        "you paying, direct debit, card or transfer?"
    ).reply
    agreed = c.debtor.agreed
    assert agreed.date == dt.date(2026, 3, 31), reply
    assert (agreed.rest_amount, agreed.rest_every) == (Decimal("314.25"), "month"), reply
    assert agreed.rest_date == dt.date(2026, 4, 30), reply


def test_the_disclosure_in_second_language_english_is_heard(library: Library) -> None:
    """Play-test twenty: "this is regarding collection of debt, whatever information you are
    giving will be used for that purpose" and "this call is to collect debt, any info you give
    we use for that one" went unheard, and the call failed its compliance check."""
    for scenario, seed, name in (
        ("already_paid_not_posted", 386, "paid_386"),
        ("car_dealer_dispute", 392, "dealer_392"),
    ):
        c = call_in(library, scenario, seed=seed)
        play(c, _from_file(name)[:2])
        assert Act.MINI_MIRANDA in c.turns[1].analysis.acts, (name, c.turns[1].analysis.acts)


def test_read_backs_asked_for_in_other_words_are_said_back(library: Library) -> None:
    """Play-test twenty-one: "Please repeat to me: how much, when, how." got "Okay, thanks.";
    "say it back to me so we on the same page: what you payin Friday the 13th, an' what you
    payin on the 20th, an' how?" got "That's right, yes." (the days asked about were read as
    days put); "I need you to tell me. Amounts, dates, an' how you payin." got "Sorry, which
    day did you mean?"."""
    traveller = call_in(library, "traveller_forgot_deposit", seed=411)
    replies = play(traveller, _from_file("traveller_411")[:5])
    assert "$629.12" in replies[4] and traveller.debtor.confirmed, replies[4]
    dealer = call_in(library, "car_dealer_dispute", seed=412)
    replies = play(dealer, _from_file("dealer_412")[:8])
    assert "$208.77" in replies[6] and "Friday the 13th" in replies[6], replies[6]
    assert "which day" not in replies[7] and "$208.77" in replies[7], replies[7]


def test_the_other_part_said_without_the_is_the_rest_not_a_new_day_for_the_first(
    library: Library,
) -> None:
    """Play-test twenty-one, text-speak: with $219.09 on Friday agreed, "n then other 219.09 by
    when, like 13 april?" moved the first part to the 13th of April, and the debtor twice
    "corrected" the read-back of Friday for the first half."""
    c = call_in(library, "rude_defaulter_composure", seed=405)
    replies = play(c, _from_file("rude_405")[:9])
    agreed = c.debtor.agreed
    assert agreed.date == dt.date(2026, 3, 13), agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("219.09"), dt.date(2026, 4, 13))
    assert "Not Friday" not in replies[8] and "actually" not in replies[8], replies[8]


def test_a_first_part_said_after_its_day_and_the_rest_talked_about_later_keep_the_plan(
    library: Library,
) -> None:
    """Play-test twenty-one: "Could ye do a wee bit this Friday, say 100, an' then the 587.90
    on the 31st?" was agreed as $587.90 on Friday; "we'll need to chat about the rest of the
    arrears after the 31st ... bye now" got "Not $1,075.80: $587.90, like I said." (a sum
    nobody said)."""
    c = call_in(library, "lenders_persistent_late", seed=407)
    replies = play(c, _from_file("lenders_407"))
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (100, dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("587.90"), dt.date(2026, 3, 31))
    assert "1,075.80" not in replies[-1], replies[-1]


def test_the_message_and_the_address_asked_in_other_words_are_answered(
    library: Library,
) -> None:
    """Play-test twenty-one: "Can you tell her please to call back Marco, at Baker Credit
    Union?" got "Hm, I don't know." from the flatmate who had offered to take a message; "is
    it still the same address we've got on file for you?" got "No idea, sorry."."""
    flatmate = call_in(library, "wrong_party_flatmate_message", seed=408)
    replies = play(flatmate, _from_file("flatmate_408")[:3])
    assert flatmate.outcome == "message_left", replies[2]
    stop = call_in(library, "stop_calling_cease_contact", seed=410)
    replies = play(stop, _from_file("stopcall_410")[:3])
    assert stop.record.address in replies[2], replies[2]


def test_the_rests_instalment_asked_for_and_its_start_day_corrected_are_kept(
    library: Library,
) -> None:
    """Play-test twenty-one: "And the rest? 2396.72. What can you do a month after that,
    starting April?" got "And $2,396.72 more by Wednesday the 1st of April. Okay." (the whole
    rest in one go, from a malicious defaulter); "I meant monthly, like 599.18 a month from April
    13th" after "by April 1st?" quoted, "599.18 on the 13th of every month from April" and "The
    13th of April. 13." all kept the 1st of April (or read Friday the 13th of March, and 13 as a
    sum). Now the debtor names a monthly sum (the loan's own instalment) and the plan runs from
    the 13th of April."""
    c = call_in(library, "malicious_default_legal", seed=403)
    replies = play(c, _from_file("malicious_403"))
    instalment = c.debtor.money(c.record.instalment)
    assert f"{instalment} a month" in replies[7] and "2,396.72" not in replies[7], replies[7]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (c.record.instalment, dt.date(2026, 3, 13)), agreed
    assert agreed.rest_date == dt.date(2026, 4, 13) and agreed.rest_every == "month", agreed
    assert all("1st of April" not in reply for reply in replies[8:]), replies[8:]
    assert "13th of April" in replies[-1], replies[-1]


def test_a_way_to_pay_that_stayed_with_the_old_bank_is_not_the_way_agreed(
    library: Library,
) -> None:
    """Play-test twenty-two (second-language English): "Your new bank, the direct debit not move
    automatic" was read as the debtor paying by direct debit: they agreed "$253.14 by Wednesday
    the 11th, by direct debit", then corrected the trainee's bank transfer back to it twice and
    hung up on a promise by the way ruled out. "direct debit cannot, because it still linked to
    your old bank" and "direct debit is from your old bank account" name no way to pay either;
    "Please pay by bank transfer from the new account. Okay?" after the promise got "I'm not sure,
    to be honest."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=430)
    replies = play(c, _from_file("courteous_430"))
    # (the promise's own "And I'll set up the direct debit on the new account" is for the months
    # after: not a way to pay this one)
    assert all("by direct debit" not in reply.lower() for reply in replies), replies
    assert "bank transfer" in replies[4].lower() and "correct" not in replies[4], replies[4]
    # the transfer said again after the promise, with "Okay?": confirmed, not "I don't know"
    assert replies[7] in DEFAULT_CLARIFY["that_is_right"], replies[7]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date, agreed.method) == (
        c.record.amount_overdue,
        dt.date(2026, 3, 11),
        "transfer",
    ), agreed


def test_the_plan_asked_back_in_other_words_is_said_back_and_today_for_friday_is_friday(
    library: Library,
) -> None:
    """Play-test twenty-two: "We can take the card by phone today for the Friday payment, or
    you do a bank transfer." moved the agreed Friday to today and chose card from the two ways
    offered; "please can you call the full arrangement back to me" got "How would I pay it?";
    "can you repeat me all the plan" got a bare yes."""
    lenders = call_in(library, "lenders_persistent_late", seed=426)
    replies = play(lenders, _from_file("lenders_426")[:6])
    # ("Friday the 13th, yes. Bank transfer." or, the Friday payment read as said back, "Yes,
    # that's right. Bank transfer.": either way the day stays Friday's)
    assert "Tuesday the 10th" not in replies[4] and "transfer" in replies[4], replies[4]
    assert lenders.debtor.agreed.date == dt.date(2026, 3, 13)
    assert "card" not in replies[4], replies[4]  # offered with a transfer: the debtor picks
    # (the read-back in any of the persona's words: the sum with its day, and the rest)
    assert re.search(r"\$386\.09,? (?:by )?Friday the 13th", replies[5]), replies[5]
    assert "$772.18" in replies[5], replies[5]
    car = call_in(library, "car_broke_down_partial", seed=429)
    replies = play(car, _from_file("car_429")[:7])
    assert "$200, Friday the 13th" in replies[6] and "$358.18" in replies[6], replies[6]
    assert "How would I pay" not in replies[6], replies[6]


def test_the_flatmate_says_where_the_debtor_is_and_never_that_it_is_the_wrong_number(
    library: Library,
) -> None:
    """Play-test twenty-two: "When's she back? I need a time. Today? Tonight?" read "Tonight"
    as a wrong name (the flatmate who had said "She's not in right now" answered "No, you've got
    the wrong number."), and "Does Tracy Waters live there or not?" got "No idea, sorry."; the
    flatmate answers where she is from the persona's facts (whereabouts)."""
    c = call_in(library, "wrong_party_flatmate_message", seed=431)
    replies = play(c, _from_file("flatmate_431"))
    whereabouts = c.persona.facts[Topic.WHEREABOUTS]
    assert all("wrong number" not in reply for reply in replies), replies
    assert any(line in replies[1] for line in whereabouts), replies[1]
    assert any(line in replies[2] for line in whereabouts), replies[2]
    assert replies[1] != replies[2]
    assert c.outcome == "message_left"


@pytest.mark.parametrize(
    "asked",
    [
        "Thank you Jess. Can you tell me when {first_name} come back home? Maybe evening?",
        "What time does she normally get in from work? Would evenings be better to try?",
        "Okay madam. What time she will come back home today? Evening time?",
    ],
)
def test_the_flatmate_asked_when_the_debtor_is_back_by_name_or_by_the_time_says(
    library: Library, asked: str
) -> None:
    """Play-test thirty-two: the Polish-English "when Stephanie come back home?" and "what time
    does she normally get in from work?" got "I'm not sure, to be honest." and "Hm, I don't
    know.", though the flatmate knows when she is usually back."""
    c = call_in(library, "wrong_party_flatmate_message", seed=531)
    reply = play(c, ["Hello, is {first_name} there, please?", asked])[1]
    assert any(fill(line, c.values) in reply for line in c.persona.facts[Topic.WHEREABOUTS])


def test_what_the_caller_will_do_put_with_fair_is_agreed(library: Library) -> None:
    """Play-test twenty-two: "I'll trace it with the payments team. If it hasn't turned up by
    Friday 13th, I'll ring you back and you'll need to get your bank to chase it. Fair?" got
    "No idea, sorry."; a question about the debtor after it is still answered from the persona."""
    c = call_in(library, "already_paid_not_posted", seed=425)
    replies = play(c, _from_file("paid_425")[:5])
    assert replies[4] in DEFAULT_CLARIFY["agreed"], replies[4]


def test_the_same_sum_every_friday_after_the_first_is_a_weekly_plan(library: Library) -> None:
    """Play-test twenty-two: "$50 this Friday ... and then $50 every Friday after that until
    it's paid off" was agreed, said back and promised as one payment of $50; "every Friday" is
    so much a week, from the Friday after the first."""
    c = call_in(library, "student_unemployed_hardship", seed=424)
    replies = play(c, _from_file("hardship_424"))
    assert "$50 a week from Friday the 20th" in replies[3], replies[3]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (50, dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        50,
        dt.date(2026, 3, 20),
        "week",
    ), agreed


def test_asked_when_and_how_they_sent_it_the_paid_debtor_hears_no_demand(
    library: Library,
) -> None:
    """Play-test twenty-three: "Which day exactly you sent it, and by which method, bank transfer
    or cheque?" was read as asking for payment: the debtor said "I'm not paying it twice!" and
    the call failed its compliance check for pressing a debt already paid."""
    c = call_in(library, "already_paid_not_posted", seed=449)
    replies = play(c, _from_file("paid_449"))
    assert "twice" not in replies[3], replies[3]
    assert not c.scores().failed, [t.message for t in c.scores().tips]


def test_a_direct_debit_for_later_is_not_the_way_to_pay_now(library: Library) -> None:
    """Play-test twenty-three: "we'll also want to update the direct debit to your new bank so
    it doesn't happen again" made direct debit the way to pay tomorrow's payment; the debtor then
    corrected "online transfer" back to it ("like I said") and chose it after it was ruled
    out. "by online transfer" is a transfer, and a read-back asked as "can you read back how
    much you'll pay, when, and how?" says the terms back. The year they were born, asked as
    such, is answered."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=452)
    replies = play(c, _from_file("courteous_452"))
    # "And the year you were born?" (got "Is there a problem with one of my accounts?")
    assert str(c.record.date_of_birth.year) in replies[2], replies[2]
    assert all("direct debit" not in reply.lower() for reply in replies), replies
    assert "like I said" not in " ".join(replies), replies
    assert "$187.40" in replies[8] and "Wednesday the 11th" in replies[8], replies[8]
    assert c.debtor.agreed.method in ("transfer", "card"), c.debtor.agreed
    # "online transfer or debit card this time. Which one?" after the promise by transfer (got
    # "Hm, I don't know.")
    assert "bank transfer" in replies[10].lower(), replies[10]


def test_two_parts_joined_with_a_plus_are_both_agreed(library: Library) -> None:
    """Play-test twenty-three (text-speak): "so 190.71 fri 13th + 190.71 fri 27th, deal?" after
    "the 381.42 is just the 2 missed payments" got "$381.42? Yeah, whatever, fine." (the whole
    on the 13th): a "+" between two parts joins them as "and" does."""
    c = call_in(library, "rude_defaulter_composure", seed=447)
    replies = play(c, _from_file("rude_447")[:6])
    assert "$381.42" not in replies[5] and "$190.71" in replies[5], replies[5]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("190.71"), dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("190.71"), dt.date(2026, 3, 27))


def test_then_again_the_same_sum_every_two_weeks_is_a_fortnightly_plan(library: Library) -> None:
    """Play-test twenty-three: "So $50 on Friday the 13th, and then again $50 every two weeks on
    each payday ... direct debit from your account or debit card?" was confirmed as one payment
    of $50 by direct debit (a choice of two ways read as the first), and the plan was never
    recorded."""
    c = call_in(library, "student_unemployed_hardship", seed=446)
    replies = play(c, _from_file("hardship_446")[:7])
    assert "$50 a fortnight after that, from Friday the 27th" in replies[6], replies[6]
    agreed = c.debtor.agreed
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        50,
        dt.date(2026, 3, 27),
        "fortnight",
    ), agreed
    assert agreed.method == "direct_debit"  # the first of the ways offered, picked


def test_the_card_line_down_the_store_card_and_a_reference_put_right_at_once(
    library: Library,
) -> None:
    """Play-test twenty-four: "card line is down thurs, can u do it thru the mathis app
    instead?" was agreed by card; "Even if the store card waits a bit?" made card the way to
    pay in place of the bank transfer agreed; "T R X, 4 8 2 3 1... no, scusi, 4 8 2 1 3" (the
    reference put right at once) got "No, it's TRX-48213."."""
    app = call_in(library, "personal_loan_courteous_reminder", seed=467)
    replies = play(app, _from_file("courteous_467")[:5])
    assert "online payment" in replies[4] and "card" not in replies[4], replies[4]
    store = call_in(library, "lenders_persistent_late", seed=468)
    replies = play(store, _from_file("lenders_468")[:6])
    assert "bank transfer" in replies[5] and store.debtor.agreed.method == "transfer", replies[5]
    assert "by card" not in replies[5] and "card would" not in replies[5].lower(), replies[5]
    assert store.debtor.agreed.method == "transfer"
    paid = call_in(library, "already_paid_not_posted", seed=470)
    replies = play(paid, _from_file("paid_470")[:4])
    assert not replies[3].startswith("No, it's"), replies[3]


def test_two_parts_in_two_sentences_and_both_said_back_after_the_first_alone(
    library: Library,
) -> None:
    """Play-test twenty-four (Scots English): "the 310 is this Friday, the 13th. Then 297.21 on
    Friday the 27th." was read as $297.21 on the 13th (a "Then" opening the next sentence joined
    no parts), and "310 on the 13th, that's whit ah said. So we're agreed: 310 on the 13th and
    297.21 on the 27th, by card?" as $297.21 on the 13th said back: the debtor "corrected" the
    trainee to the sum they had just said, six replies in a row. (The line before, "make the
    first one 310 instead o 300, an then 297.21 on the 27th", is still misread.)"""
    c = call_in(library, "car_broke_down_partial", seed=463)
    replies = play(c, _from_file("car_463"))
    assert all("actually" not in r and "like I said" not in r for r in replies[7:]), replies[7:]
    assert "$310" in replies[7] and re.search(r"\$297\.21 (?:more )?by Friday the 27th", replies[7])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (310, dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("297.21"), dt.date(2026, 3, 27))


def test_second_half_without_the_is_the_rest(library: Library) -> None:
    """Play-test twenty-four (a Mandarin speaker's English): "And second half, 313.80 on Friday 27
    March, also bank transfer. You confirm both payment?" moved the first half to the 27th, and
    the read-back asked next dropped the 27th; "second half" without "the" is the rest. "What
    happen, why payment stop in January?" asks what happened."""
    c = call_in(library, "rude_defaulter_composure", seed=462)
    replies = play(c, _from_file("rude_462")[:7])
    # "What happen, why payment stop in January?" (got "Sometime. Don't push it.")
    assert "Sometime" not in replies[2] and "happened" in replies[2], replies[2]
    assert "$313.80 by Friday the 27th" in replies[5] and "the other" in replies[5], replies[5]
    assert "Friday the 13th" in replies[6] and "Friday the 27th" in replies[6], replies[6]
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.rest_date) == (dt.date(2026, 3, 13), dt.date(2026, 3, 27)), agreed


def test_a_reaction_to_pressure_is_not_said_again_once_each_was_said(library: Library) -> None:
    """Played as an aggressive collector (round 26): the rude defaulter opened two replies with
    "Yeah, yeah. Heard it all before."; with every reaction to pressure said, the reply goes on
    without one."""
    c = call_in(library, "rude_defaulter_composure", seed=109)
    replies = play(
        c,
        [
            "This is {lender}. Is this {debtor_name}? Confirm your date of birth.",
            "This is an attempt to collect a debt. You owe {amount_overdue} on your credit card, "
            "and you broke your last promise. I want the full amount today or this goes to "
            "collections.",
            "Pay the {amount_overdue} today or we report you to the credit bureaus.",
            "Next month isn't happening. Keep this up and your account goes to an agency. So "
            "what is it, today or Friday?",
            "I'm not wiping anything. You pay it by Friday the 13th or I put the account in for "
            "collection this afternoon. Your choice.",
        ],
    )
    pressured = c.persona.reactions.pressured or []
    said = [r for reply in replies for r in pressured if r in reply]
    assert len(said) == len(set(said)), replies


def test_offered_a_choice_of_security_questions_the_debtor_answers_one(library: Library) -> None:
    """Played as a warm collector: "could you tell me the first line of your address or your
    date of birth?" got both, run together ("It's January 8, 1989. Sure, it's 32742 ...")."""
    c = call_in(library, "car_dealer_dispute", seed=78)
    c.say(f"Hi there, it's Sam. Am I speaking with {c.values['debtor_name']}?")
    reply = c.say(
        "That's right. Just for security, could you tell me the first line of your address or "
        "your date of birth?"
    ).reply
    assert c.values["address"].split(",")[0] in reply, reply
    assert c.values["date_of_birth"] not in reply, reply
    both = call_in(library, "car_dealer_dispute", seed=78)
    both.say(f"Hi, am I speaking with {both.values['debtor_name']}?")
    reply = both.say("For security, your date of birth and the first line of your address?").reply
    assert both.values["date_of_birth"] in reply and both.values["address"].split(",")[0] in reply


def test_a_day_turned_down_and_the_parts_put_again_are_not_confirmed_as_they_were(
    library: Library,
) -> None:
    """Play-test thirty-one: with "$375 today, the other $250.42 on Friday the 13th" agreed
    (after misread turns), "No, not today. Final terms: $375 on Friday March 13 ..., and
    $250.42 on Friday March 27 ... Confirm?" got "Correct." with the old days said back, and
    the promise was recorded confirmed on the days the trainee had just turned down."""
    c = call_in(library, "car_broke_down_partial", seed=411)
    play(
        c,
        [
            "Is this {debtor_name}?",
            "It's Mike from {lender}. You owe {amount_overdue}. Can you pay it today?",
            "Okay. $375 today by bank transfer, and the rest on Friday the 13th?",
        ],
    )
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date, agreed.rest_date) == (
        375,
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 13),
    )
    reply = c.say(
        "No, not today. Final terms: $375 on Friday March 13 by bank transfer, and the "
        f"{c.debtor.money(agreed.rest_amount)} on Friday March 27 by bank transfer. Confirm?"
    ).reply
    assert (agreed.date, agreed.rest_date) == (dt.date(2026, 3, 13), dt.date(2026, 3, 27)), reply
    assert "Tuesday the 10th" not in reply, reply


def test_so_much_a_week_from_a_day_is_a_plan_from_its_first_payment(library: Library) -> None:
    """Play-test thirty-two, in Arabic-speakers' English: "$40 a week, start this Friday March
    13 ...? Every Friday $40." was agreed as one $40 payment; "And the rest, $812.45, also $40
    every Friday until finish" got "Not $812.45: $40, like I said."; and the read-back of the
    weekly plan was confirmed as that one payment."""
    c = call_in(library, "student_unemployed_hardship", seed=541)
    replies = play(c, _from_file("hardship_541")[:7])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (40, dt.date(2026, 3, 13)), replies[3]
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        40,
        dt.date(2026, 3, 20),
        "week",
    ), replies[3]
    assert "like I said" not in replies[5] and "actually" not in replies[5], replies[5]
    assert "a week" in replies[5] and c.debtor.confirmed, replies[5]


def test_asked_about_their_own_life_without_a_fact_the_debtor_keeps_it_to_themselves(
    library: Library,
) -> None:
    """Play-tests thirty-one and thirty-two: "where are you flying to?" to the traveller about
    to board, "what you do for work, señora?" and "You can drive to work OK?" got "No idea,
    sorry." and "I'm not sure, to be honest."."""
    c = call_in(library, "traveller_forgot_deposit", seed=416)
    reply = play(c, _from_file("traveller_416")[:7])[6]
    # (the traveller's persona now answers trip questions from its ask_trip act: play-test 42)
    trip = next(a for a in c.persona.acts if a.name == "ask_trip").answers or []
    assert reply in DEFAULT_CLARIFY["personal"] or reply in trip, reply
    # play-test thirty-three: "is everything okay with you? Sometimes people have hard times"
    stop = call_in(library, "stop_calling_cease_contact", seed=636)
    reply = play(stop, _from_file("stopcall_636")[:4])[3]
    assert reply in DEFAULT_CLARIFY["personal"], reply


def test_a_weekly_plans_first_day_moved_earlier_moves_the_weeks_after_it(library: Library) -> None:
    """Play-test thirty-four, in Brazilian speakers' English: "$40 a week, starting next
    Friday, the 20th?", then "Better we start on payday, the 13th, and then every Friday $40"
    kept the weekly payments from the 27th, and the debtor 'corrected' the 20th three times."""
    c = call_in(library, "student_unemployed_hardship", seed=741)
    replies = play(c, _from_file("hardship_741")[:7])
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.rest_date, agreed.rest_every) == (
        dt.date(2026, 3, 13),
        dt.date(2026, 3, 20),
        "week",
    ), replies[4]
    assert "actually" not in replies[6] and c.debtor.confirmed, replies[6]


def test_a_change_of_plan_is_answered_as_new_terms_not_corrected_as_a_slip(
    library: Library,
) -> None:
    """Play-test thirty-three: "Actually no, change of plan ... $622.76 online today. Yes or
    no?" got "Wednesday the 11th, actually, not today. The rest is right.", and "Maybe small
    change: second payment on Tuesday March 17 instead of 20" moved the first payment, then
    looped on 'corrections' of the trainee's own plan."""
    traveller = call_in(library, "traveller_forgot_deposit", seed=621)
    reply = play(traveller, _from_file("traveller_621")[:7])[6]
    assert "actually" not in reply and traveller.debtor.agreed.date == dt.date(2026, 3, 10), reply
    rude = call_in(library, "rude_defaulter_composure", seed=651)
    replies = play(rude, _from_file("rude_651")[:8])
    agreed = rude.debtor.agreed
    assert (agreed.date, agreed.rest_date) == (dt.date(2026, 3, 13), dt.date(2026, 3, 17))
    assert "actually" not in replies[7] and rude.debtor.confirmed, replies[7]


def test_asked_where_the_money_comes_from_the_debtor_does_not_confirm_or_renegotiate(
    library: Library,
) -> None:
    """Play-test thirty-three: "Wait, your payday is the 31. Where you get the 482.32 for
    Friday?" got "Correct." and a confirmed promise; the question is answered instead."""
    c = call_in(library, "lenders_persistent_late", seed=646)
    play(c, _from_file("lenders_646")[:5])
    before = dataclasses.replace(c.debtor.agreed)
    reply = play(c, _from_file("lenders_646")[5:6])[0]
    assert not c.debtor.confirmed and not reply.startswith("Correct"), reply
    assert c.debtor.agreed == before, reply


def test_a_threat_after_the_promise_is_not_thanked_on_the_way_out(library: Library) -> None:
    """Play-test thirty-four: "If it's not in by 5pm today, I'm calling your employer and
    telling them you don't pay your bills." after the promise got "Okay, thanks."."""
    c = call_in(library, "traveller_forgot_deposit", seed=721)
    lines = _from_file("traveller_721")[:6]
    # (the repossession threatened in the second line now ends the call there, as the brief
    # says legal talk does with this customer: test_legal_talk_beside_an_ask_ends_the_call)
    lines[1] = lines[1].replace(" or we repossess the car and wreck your credit", "")
    reply = play(c, lines)[5]
    assert "thank" not in reply.lower() and c.finished, reply


def test_legal_talk_beside_an_ask_ends_the_call_with_the_customer_it_offends(
    library: Library,
) -> None:
    """Play-test sixty-seven: "If it isn't paid, this goes on your credit file and we can pass
    it to legal. When are you paying?" to the reliable customer whom legal talk offends got
    "Oh dear ... I'll take care of it as soon as I get a moment": the ask beside it went first
    and the legal talk went unheard by the debtor (the compliance check still failed it)."""
    c = call_in(library, "traveller_forgot_deposit", seed=721)
    said = play(c, _from_file("traveller_721")[:2])
    assert c.finished and c.outcome is not None and c.outcome.value == "refused", said
    c = call_in(library, "personal_loan_courteous_reminder", seed=3491)
    said = play(c, _from_file("courteous_3491")[:3])
    assert c.outcome is not None and c.outcome.value == "refused", said


def test_asked_something_else_the_debtor_does_not_agree_the_terms_of_the_line_before(
    library: Library,
) -> None:
    """Play-test thirty-three: after "Pay the $3,014.72 today" got "Next month, maybe", the
    question "If you have a solicitor acting for you, can you give me their name?" got
    "$3,014.72. Okay. Okay, okay, today.": the terms put the line before, agreed unasked."""
    c = call_in(library, "malicious_default_legal", seed=656)
    reply = play(c, _from_file("malicious_656")[:6])[5]
    assert c.debtor.agreed.amount is None and "today" not in reply, reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turns", "topic"),
    [
        # play-test thirty-four, in a second language: "Did you make written complaint to the
        # dealer? Do you have some number of the repair or the claim?" and "do you have the
        # repair order number, or something in writing from dealer?" were passed over twice
        ("car_dealer_dispute", 731, "dispute_731", 4, Topic.EVIDENCE),
        # play-test thirty-five, in Spanish speakers' English: "Where you can find the money
        # before payday?" and "How you will have $317.92 on Friday the 13th?" were passed over
        # for the terms ("Yeah, Friday the 13th works.")
        ("lenders_persistent_late", 846, "lenders_846", 7, Topic.AFFORD),
    ],
)
def test_asked_twice_in_a_second_language_the_debtor_answers_from_the_persona(
    library: Library, scenario: str, seed: int, played: str, turns: int, topic: Topic
) -> None:
    """The last two lines played ask the same thing in two ways: both are answered from the
    persona's facts on it, mid-haggle or not."""
    c = call_in(library, scenario, seed=seed)
    replies = play(c, _from_file(played)[:turns])
    answers = facts(c, topic)
    assert any(line in replies[-2] for line in answers), replies[-2]
    assert any(line in replies[-1] for line in answers), replies[-1]


def test_a_plan_put_again_at_another_period_takes_the_new_period(library: Library) -> None:
    """Play-test thirty-five, in Nigerian English: "Instead of $40 every two weeks, can we do
    $25 every week, every Friday, starting this Friday 13th?" kept the fortnightly schedule,
    and the weekly plan said back was 'corrected' to it."""
    c = call_in(library, "student_unemployed_hardship", seed=841)
    replies = play(c, _from_file("hardship_841")[:8])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.rest_amount, agreed.rest_every, agreed.rest_date) == (
        25,
        25,
        "week",
        dt.date(2026, 3, 20),
    ), replies[5]
    assert "actually" not in replies[7] and c.debtor.confirmed, replies[7]


def test_a_change_offered_after_the_promise_is_taken_and_said_back_again(library: Library) -> None:
    """Play-test thirty-six, a timid collector: after the promise, "If the 20th is tight, we
    could move the rest to 3/27 instead. Would that be better?" got "Yes, that's right." and
    the promise stayed on the 20th, confirmed, though both sides then confirmed the 27th."""
    c = call_in(library, "car_broke_down_partial", seed=916)
    lines = _from_file("carbroke_916")
    reply = play(c, lines[:10])[9]
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 27) and "27th" in reply, reply
    assert not c.debtor.confirmed  # the change waits to be said back
    play(c, lines[10:])
    assert c.promise.rest_date == dt.date(2026, 3, 27) and c.promise.confirmed


def test_long_friendly_questions_after_the_goal_and_formal_ones_before_it_are_answered(
    library: Library,
) -> None:
    """Play-test thirty-six: a rambler's "... you can just call us back with that reference,
    does that sound alright to you?" and "is there anything ... else I can help with while I've
    got you, because otherwise I'll let you get on with your day?" got "Hm, I don't know." and
    "No idea, sorry. Bye."; the formal "might I enquire when you next receive your wages" got
    "No idea, sorry."."""
    paid = call_in(library, "already_paid_not_posted", seed=911)
    replies = play(paid, _from_file("paid_911"))
    assert replies[6] in DEFAULT_CLARIFY["agreed"], replies[6]
    assert replies[7].startswith(tuple(DEFAULT_CLARIFY["nothing_else"])), replies[7]
    student = call_in(library, "student_forgot_first_late", seed=906)
    reply = play(student, _from_file("student_906")[:5])[4]
    payday = facts(student, "payday")
    assert reply not in DEFAULT_CLARIFY["not_sure"], reply
    assert "April" in reply or any(line in reply for line in payday), reply


def test_asked_how_a_payment_already_made_was_sent_is_no_pressing_and_an_ok_is_agreed(
    library: Library,
) -> None:
    """Play-test thirty-seven, in text-speak: "oh ok np. which day did u send it n how? bank
    transfer?" failed the call for pressing a debt already paid (the transfer read as one
    proposed), and "... no need to pay again, ok? nothing u need to do rn" got "No idea,
    sorry. Bye."."""
    c = call_in(library, "already_paid_not_posted", seed=971)
    replies = play(c, _from_file("paid_971"))
    assert not c.scores().failed, [t.message for t in c.scores().tips]
    assert not any("pressed for payment" in t.message for t in c.scores().tips)
    assert replies[6].startswith(tuple(DEFAULT_CLARIFY["agreed"])), replies[6]


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "would you be interested in setting up automatic monthly payments ...?"
        ("traveller_forgot_deposit", 981, "traveller_981", 6),
        # "would it help if I sent you a text reminder on Thursday the 12th, the day before?"
        ("car_broke_down_partial", 976, "carbroke_976", 8),
    ],
)
def test_a_help_offered_softly_is_taken_not_met_with_no_idea(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-test thirty-seven: two offers a debtor can take or leave got "No idea, sorry." and
    "I'm not sure, to be honest."."""
    c = call_in(library, scenario, seed=seed)
    reply = play(c, _from_file(played)[:turn])[turn - 1]
    assert reply in DEFAULT_CLARIFY["offered"], reply


def test_a_small_plan_put_rather_than_the_whole_lot_is_heard_as_the_small_sum(
    library: Library,
) -> None:
    """Play-test thirty-seven: "rather than waiting for the whole lot, let's set up a little
    plan ... What if we started with $50 on Friday the 13th ...?" got "$885.20 is too much for
    me right now. I could do $310." (the whole lot read as the sum asked for)."""
    c = call_in(library, "student_unemployed_hardship", seed=1001)
    reply = play(c, _from_file("hardship_1001")[:4])[3]
    assert c.debtor.agreed.amount == 50 and "$50" in reply and "885" not in reply, reply


def test_the_stop_request_honoured_in_few_words_reaches_the_goal(library: Library) -> None:
    """Play-test thirty-seven, a blunt collector: "Understood. Calls stop. Texts as well, or
    calls only?" (and "No calls, no texts. Letters by post only.", "Request logged.") were
    not heard as the request honoured, and the goal was never reached."""
    c = call_in(library, "stop_calling_cease_contact", seed=996)
    play(c, _from_file("stop_996")[:3])
    assert c.finished and c.state == "contact_ceased"
    assert not c.scores().failed


def test_a_date_of_birth_acknowledged_is_not_given_again(library: Library) -> None:
    """Play-test thirty-seven: "The date of birth matches our records. For the avoidance of
    doubt, can you confirm that you are Michael Myers ...?" got the date of birth again."""
    c = call_in(library, "malicious_default_legal", seed=1016)
    reply = play(c, _from_file("malicious_1016")[:2])[1]
    assert reply in DEFAULT_CLARIFY["it_is_me"] or "that's me" in reply, reply
    assert c.values["date_of_birth"] not in reply


def test_asked_for_the_reference_of_a_payment_claimed_the_defaulter_answers_it(
    library: Library,
) -> None:
    """Play-tests thirty-six and thirty-seven: "What is the transaction reference for the
    payment you say you made?" got "Is that supposed to scare me?", and "... Do you have
    transaction references for those?" got "You've lost me."."""
    for seed, played, turn in ((956, "malicious_956", 5), (1016, "malicious_1016", 4)):
        c = call_in(library, "malicious_default_legal", seed=seed)
        reply = play(c, _from_file(played)[:turn])[turn - 1]
        assert any(line in reply for line in facts(c, "evidence")), reply


def test_a_scots_caller_asking_for_the_date_of_birth_is_answered(library: Library) -> None:
    """Play-test thirty-seven: "can ye just gie us yer date o' birth so I know it's definitely
    you?" got "Sorry, did I do something wrong?", twice."""
    c = call_in(library, "student_forgot_first_late", seed=966)
    reply = play(c, _from_file("student_966")[:2])[1]
    assert c.values["date_of_birth"] in reply, reply


def test_new_terms_put_with_a_change_of_mind_wait_to_be_said_back(library: Library) -> None:
    """Play-test thirty-seven, in a Mandarin speaker's English: "I change my mind ... Better
    you pay by debit card now, on this phone, so it is sure. OK?" was taken as the terms said
    back: the debtor answered "... Card is fine too, I suppose. Correct." and the promise was
    confirmed before anything was restated."""
    c = call_in(library, "lenders_persistent_late", seed=1006)
    lines = _from_file("lenders_1006")
    reply = play(c, lines[:6])[5]
    assert c.debtor.agreed.method == "card" and "Correct" not in reply, reply
    assert not c.debtor.confirmed
    play(c, lines[6:7])  # "OK. I repeat: 1117.36 dollar, today 10 March, debit card ... Right?"
    assert c.promise.confirmed and c.promise.method == "card"


def test_a_relaxed_goodbye_after_a_confirmed_promise_is_no_vague_promise(library: Library) -> None:
    """Play-test thirty-seven: "No issue madam, no pressure at all. ... Have a nice day, bye
    bye!" after a promise restated and confirmed gave the tip "You accepted a vague promise"
    and lowered the overall score."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=961)
    play(c, _from_file("courteous_961"))
    assert c.promise.confirmed
    assert not any("vague promise" in t.message for t in c.scores().tips)


def test_sarcasm_at_a_rude_debtor_is_named_in_the_tips(library: Library) -> None:
    """Play-test thirty-seven: in the composure call, "Very reassuring, that.", "would you like
    a free toaster with that?", "Wow, a miracle." and "ringing you isn't the highlight of my
    day either" left the list of tips empty."""
    c = call_in(library, "rude_defaulter_composure", seed=1011)
    play(c, _from_file("rude_1011"))
    assert any("your tone slipped" in t.message for t in c.scores().tips)


def test_asked_in_text_speak_who_answered_the_flatmate_says(library: Library) -> None:
    """Play-test thirty-eight: "ah ok np. whos this sry? u her flatmate?" got "No idea,
    sorry."."""
    c = call_in(library, "wrong_party_flatmate_message", seed=1126)
    reply = play(c, _from_file("flatmate_1126")[:2])[1]
    assert "flatmate" in reply and reply not in DEFAULT_CLARIFY["not_sure"], reply


def test_a_day_turned_down_a_clause_later_is_not_taken(library: Library) -> None:
    """Play-test thirty-eight, an impatient collector: "Payday's the 31st, that's three weeks.
    Not good enough. What do you do for work ...?" was taken as the 31st proposed (the debtor
    agreed to it), and the split then put ("Half now at least: $480.40 by Friday 13th, rest on
    the 31st. Yes or no?") was 'corrected' to the whole sum."""
    c = call_in(library, "lenders_persistent_late", seed=1146)
    replies = play(c, _from_file("lenders_1146")[:5])
    assert "31st" not in replies[3] and re.search(r"\b(?:work|job)\b", replies[3].lower()), replies[
        3
    ]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("480.40"), dt.date(2026, 3, 13)), replies[4]
    assert agreed.rest_date == dt.date(2026, 3, 31), replies[4]


def test_a_pay_packet_named_by_its_day_is_no_day_to_pay(library: Library) -> None:
    """Play-test thirty-eight, in a Spanish speaker's English: "Wait, you say before the Friday
    pay is short ... I change: the other $222.62 you pay together with the next instalment on
    March 25, not Friday." kept the second part on Friday (the Friday pay read as the day), and
    the promise on record was wrong."""
    c = call_in(library, "car_broke_down_partial", seed=1116)
    replies = play(c, _from_file("carbroke_1116")[:7])
    assert "25th" in replies[5] and c.debtor.agreed.rest_date == dt.date(2026, 3, 25), replies[5]
    assert c.promise.confirmed and c.promise.rest_date == dt.date(2026, 3, 25), replies[6]


def test_honouring_a_stop_request_with_the_disclosure_is_not_pressing_on(library: Library) -> None:
    """Play-test thirty-nine, an older, folksy collector: "I just need to make sure I've got
    the right Amanda. Would you mind givin' me your date of birth?" was read as asking for
    payment ("make"), and "I understand you loud and clear ... I'm with Taylor Finance about
    your credit card ... no more phone calls ... I'll put that note on your account today"
    as terms (card, today): the call failed for going on about the debt, with the tip "You
    pressed for payment"."""
    c = call_in(library, "stop_calling_cease_contact", seed=1236)
    lines = _from_file("stopcalling_1236")
    play(c, lines[:2])
    assert Act.ASK_PAYMENT not in c.turns[-1].analysis.acts
    play(c, [lines[2], "Of course. No more calls; anything further comes to you by post."])
    assert c.finished and "ignored_request" not in c.debtor.flags
    scores = c.scores()
    assert not scores.failed and not scores.compliance, scores.compliance
    assert not any("pressed for payment" in t.message for t in scores.tips)


def test_asked_where_the_money_comes_from_the_debtor_says_not_yes(library: Library) -> None:
    """Play-test thirty-nine, a pushy collector: "Where exactly is the $760.50 coming from by
    the 17th?" was taken for the terms said back ("That's right. $760.50 by Tuesday the 17th."
    and the promise marked confirmed), and "Is it savings, a family member ...? Tell me the
    source so I can put it in the notes." got "No idea, sorry."."""
    c = call_in(library, "lenders_persistent_late", seed=1246)
    replies = play(c, _from_file("lenders_1246")[:6])
    assert not c.promise.confirmed, replies[4]
    assert "that's right" not in replies[4].lower(), replies[4]
    assert any(line in replies[4] for line in facts(c, "afford")), replies[4]
    assert replies[5] in facts(c, "afford"), replies[5]


def test_a_question_written_as_a_persona_act_is_answered_from_its_answers(
    library: Library,
) -> None:
    """Play-test thirty-nine, a German speaker: "What is the name of the dealer, and which is
    the best email address where I can send you the request for the documents?" got "Yes,
    that's fine." and, asked again, "No idea, sorry." from a debtor who has three job sheets
    from that dealer. The persona's acts (data a trainer writes) carry the answers."""
    c = call_in(library, "car_dealer_dispute", seed=1231)
    replies = play(c, _from_file("dealer_1231")[:8])
    persona = library.persona_for(c.scenario)
    answers = {a.name: a.answers or [] for a in persona.acts}
    assert any(a in replies[6] for a in answers["ask_dealer_name"]), replies[6]
    assert any(a in replies[6] for a in answers["ask_contact_details"]), replies[6]
    assert any(a in replies[7] for a in answers["ask_dealer_name"]), replies[7]
    assert replies[7] != replies[6]


def test_the_payday_the_notes_show_is_no_day_to_pay(library: Library) -> None:
    """Play-test thirty-nine, a coaching collector: "When did the cafe job end, and is there a
    final paycheck coming? Our notes show a payday this Friday, the 13th." was taken for a
    deadline, and the debtor in hardship refused a payment nobody had asked for ("I can't pay
    that. I honestly don't have it.")."""
    c = call_in(library, "student_unemployed_hardship", seed=1241)
    replies = play(c, _from_file("hardship_1241")[:4])
    analysis = c.turns[-1].analysis
    assert analysis.slots.date is None and Act.SET_DEADLINE not in analysis.acts
    assert "can't pay" not in replies[3] and "don't have it" not in replies[3], replies[3]
    assert "13th" in replies[3], replies[3]  # the payday asked about is answered


def test_the_last_digits_of_the_account_are_answered_from_the_record(library: Library) -> None:
    """Play-test thirty-nine, a timid collector: "could you maybe confirm the last four digits
    of your student loan account number?" got "No, that's all, thanks."; asked again with "Or
    your date of birth would be fine too", one of the two is answered, not both."""
    c = call_in(library, "student_forgot_first_late", seed=1206)
    replies = play(c, _from_file("student_1206")[:3])
    last4 = c.record.account_number[-4:]
    assert last4 in replies[1], replies[1]
    assert last4 in replies[2] and "2006" not in replies[2], replies[2]


def test_side_questions_asked_in_passing_are_answered(library: Library) -> None:
    """Play-test thirty-nine: "do you maybe have a part-time job or something? I just wondered
    when you'd have money coming in" got "Yeah, I'll get to it. Soon."; and "$195 this Friday
    by card ..., so when's your next payday after that one, darlin', so we can pencil in the
    rest ...?" (one run-on sentence) got the terms back and nothing about payday."""
    c = call_in(library, "student_forgot_first_late", seed=1206)
    reply = play(c, _from_file("student_1206")[:5])[4]
    assert any(line in reply for line in facts(c, "job")), reply
    c = call_in(library, "car_broke_down_partial", seed=1216)
    reply = play(c, _from_file("carbroke_1216")[:6])[5]
    # (its first sentence at least: "The next one's Friday the 13th." goes when that day was
    # just agreed in the same reply)
    assert any(line.split(". ")[0] in reply for line in facts(c, "payday")), reply


def test_asked_for_the_best_number_to_reach_them_the_debtor_answers(library: Library) -> None:
    """Play-test thirty-nine, in Jamaican English: "Yuh want dem use dis same number,
    844.929.4254?" got "Hm, I don't know."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=1201)
    reply = play(c, _from_file("courteous_1201")[:7])[6]
    assert reply in DEFAULT_CLARIFY["contact_ok"], reply


def test_a_plan_put_right_by_the_collector_is_the_plan_on_record(library: Library) -> None:
    """Play-test forty, a Southern US voice: "instead of all $828.09 at once, how about a
    small start of $50 on Friday the 13th ..." was agreed as $50 today ("at once" read as a
    day); "Hold on, hon, not today — I said Friday the 13th ... then $50 every other Friday
    after that, startin' March 27th" left the 13th negated and the fortnightly part unread,
    and the promise on record was $50 today."""
    c = call_in(library, "student_unemployed_hardship", seed=1341)
    replies = play(c, _from_file("hardship_1341"))
    assert "10th" not in replies[4] and "13th" in replies[4], replies[4]
    promise = c.promise
    assert (promise.amount, promise.date) == (Decimal(50), dt.date(2026, 3, 13)), replies
    assert (promise.rest_amount, promise.rest_date) == (Decimal(50), dt.date(2026, 3, 27))
    assert promise.rest_every == "fortnight" and promise.confirmed


def test_the_regular_instalment_named_beside_the_terms_moves_nothing(library: Library) -> None:
    """Play-test forty, a numbers-focused collector: "$825.76 ... by bank transfer, no later
    than Tuesday March 17th — not payday. And the March 20th payment of $412.88 is still due
    on its date. Correct?" read "no later than" as a negation and the regular instalment as
    new terms: the debtor moved the payment to the 20th and the call ended short of its goal."""
    c = call_in(library, "lenders_persistent_late", seed=1346)
    replies = play(c, _from_file("lenders_1346"))
    assert "20th" not in " ".join(replies[6:]), replies[6:]
    assert c.promise.confirmed and c.promise.date == dt.date(2026, 3, 17), replies


def test_why_it_was_missed_and_the_next_allowance_are_no_terms(library: Library) -> None:
    """Play-test forty, a Vietnamese speaker: "Maybe automatic payment not set up." was taken
    as direct debit offered (and agreed when "debit card ... or online bank transfer" was
    put); "Your allowance come April 1, yes?" after the terms were confirmed read as a new
    day, and "so next month, April, you don't forget?" as a vague promise accepted."""
    c = call_in(library, "student_forgot_first_late", seed=1306)
    replies = play(c, _from_file("student_1306"))
    assert "direct debit" not in replies[5] and "card" in replies[5], replies[5]
    assert "April" not in replies[7], replies[7]
    assert c.promise.confirmed and c.promise.method == "card"
    assert not any("vague promise" in t.message for t in c.scores().tips)


def test_the_collector_reading_the_reference_back_is_not_asking_for_a_read_back(
    library: Library,
) -> None:
    """Play-test forty, a chatty collector: "let me just read that back so I don't get it
    muddled: TRX-48213, for $343.56 ... Have I got that right? And which bank was it sent
    from?" got "Yes, that's right. We haven't agreed anything yet." (the debtor asked to read
    terms back) and no word on the bank."""
    c = call_in(library, "already_paid_not_posted", seed=1311)
    reply = play(c, _from_file("paid_1311")[:5])[4]
    assert "agreed" not in reply, reply
    assert any(line in reply for line in facts(c, "payment_sent")), reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "would you wish us to establish a direct debit for future instalments ...?"
        ("traveller_forgot_deposit", 1321, "traveller_1321", 7),
        # "will ye want tae set the direct debit up on the new account ...?"
        ("personal_loan_courteous_reminder", 1301, "courteous_1301", 6),
    ],
)
def test_an_offer_made_formally_or_in_scots_is_taken(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-test forty: offers to set up a direct debit for the next payments got "I'm not
    sure, to be honest." when put as "would you wish us to ..." or "will ye want tae ..."."""
    c = call_in(library, scenario, seed=seed)
    reply = play(c, _from_file(played)[:turn])[turn - 1]
    assert reply in DEFAULT_CLARIFY["offered"] or "Yes" in reply, reply


def test_asked_if_the_email_on_file_is_still_good_the_debtor_says(library: Library) -> None:
    """Play-test forty: "we emailed you on February 10th. Is that address still good, so I can
    send the confirmation there?" got "I'm not sure, to be honest."."""
    c = call_in(library, "rude_defaulter_composure", seed=1351)
    reply = play(c, _from_file("rude_1351")[:7])[6]
    assert reply in DEFAULT_CLARIFY["contact_ok"], reply


def test_asked_if_the_car_runs_again_the_owner_says(library: Library) -> None:
    """Play-test forty, in text-speak: "sorry abt the engine - car running again now?" got
    "I'll catch up as soon as things settle down": the persona's own question act answers."""
    c = call_in(library, "car_broke_down_partial", seed=1316)
    reply = play(c, _from_file("carbroke_1316")[:2])[1]
    act = next(a for a in library.persona_for(c.scenario).acts if a.name == "ask_car_running")
    assert any(answer in reply for answer in act.answers or []), reply


def test_wheres_the_money_coming_from_is_asked_as_surely_as_where_is(library: Library) -> None:
    """Play-test forty-one: "So where's $1,399.59 coming from by the 17th?" got "Okay, Tuesday
    the 17th." ("where is" was heard, "where's" was not)."""
    c = call_in(library, "lenders_persistent_late", seed=1446)
    reply = play(c, _from_file("lenders_1446")[:5])[4]
    assert any(line in reply for line in facts(c, "afford")), reply


def test_an_online_payment_said_back_as_an_online_transfer_is_no_slip(library: Library) -> None:
    """Play-test forty-one: the traveller picked "online payment" from the banking app, and
    "Confirming: $676.79, tomorrow, Wednesday March 11, online bank transfer. Correct?" got
    "Not bank transfer: online payment, like I said."."""
    c = call_in(library, "traveller_forgot_deposit", seed=1421)
    replies = play(c, _from_file("traveller_1421")[:6])
    assert "like I said" not in replies[4] and "actually" not in replies[5], replies[4:6]
    assert c.promise.confirmed


def test_an_offer_beside_the_terms_already_agreed_is_answered(library: Library) -> None:
    """Play-test forty-one, in formal Indian English: "... so it is good we are settling it
    today. Also, would you like me to update your auto-debit to the new bank account so that
    the April instalment goes smoothly?" got "Yes, today suits me." (today was agreed already;
    the offer went unanswered)."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=1401)
    reply = play(c, _from_file("courteous_1401")[:5])[4]
    assert reply in DEFAULT_CLARIFY["offered"], reply


def test_play_test_forty_two_side_questions_are_answered(library: Library) -> None:
    """Play-test forty-two: "Is this number the best one to reach you on?" got "Hm, I don't
    know."; "Where's that money comin' from, Dennis?" got "That's right, yes."; "Was the car
    off the road because of an accident or a repair? Do you have any documents?" got an
    answer about a payment reference; "when do u land ... whr u flyin to, work trip agen?" got
    "No idea, sorry."; "Is it cancelled? Next payment $413.54 due March 28 - how will that be
    paid?" got "No idea, sorry. Bye."."""

    _c, said = _replied(library, "personal_loan_courteous_reminder", 1501, "courteous_1501", 6)
    assert said in DEFAULT_CLARIFY["contact_ok"], said
    c, said = _replied(library, "lenders_persistent_late", 1546, "lenders_1546", 5)
    assert any(line in said for line in facts(c, "afford")), said
    _c, said = _replied(library, "malicious_default_legal", 1556, "malicious_1556", 3)
    assert "Reference" not in said and "Documents" in said, said
    for scenario, seed, played, turn, act in (
        ("traveller_forgot_deposit", 1521, "traveller_1521", 4, "ask_trip"),
        ("already_paid_not_posted", 1511, "paid_1511", 6, "ask_next_payment"),
    ):
        c, said = _replied(library, scenario, seed, played, turn)
        assert any(answer in said for answer in _answers(c, act)), said


def test_the_next_instalment_and_a_payday_named_are_no_new_terms(library: Library) -> None:
    """Play-test forty-two: "the next $240.84 is due April 5th, so after your March 31st payday
    put that one aside too ... We good? Alright Dennis, thanks, take care." after the promise
    got "I'm not sure, to be honest." (read as new terms)."""
    c = call_in(library, "lenders_persistent_late", seed=1546)
    replies = play(c, _from_file("lenders_1546")[:8])
    assert c.promise.confirmed and c.finished, replies[7]
    assert "not sure" not in replies[7], replies[7]


def test_soon_turned_down_in_a_second_language_is_no_vague_promise(library: Library) -> None:
    """Play-test forty-two, a Korean speaker: "Soon is hard for me to write down. You have
    money for this now ...? Do you work part-time? I see your next payday is April 1, it is
    too late" was read as "soon" accepted (and April 1 as a day put): the student said
    "Thanks for understanding! I'll pay it when I can. Bye." and hung up."""
    c = call_in(library, "student_forgot_first_late", seed=1506)
    reply = play(c, _from_file("student_1506")[:4])[3]
    analysis = c.turns[-1].analysis
    assert Act.ACCEPT_VAGUE not in analysis.acts and analysis.slots.date is None
    assert not c.finished and any(line in reply for line in facts(c, "job")), reply


def test_play_test_forty_three_side_questions_keep_the_terms(library: Library) -> None:
    """Play-test forty-three: "Your next installment would fall around your payday, Tuesday
    March 31st, is that still your payday?" moved the promise from today to the 31st, and the
    read-back "The 31st was only about your next regular installment ... so that's $316.13
    paid today, Tuesday March 10th, by debit card. Is that correct?" was agreed as the 31st."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=1601)
    replies = play(c, _from_file("courteous_1601")[:7])
    # (the payday asked about may be told: "Payday isn't until Tuesday the 31st, but ...")
    assert not re.search(r"31st (?:works|is fine|it is)", replies[5]), replies[5]
    assert "31st" not in replies[6], replies[6]
    assert c.debtor.agreed.date == dt.date(2026, 3, 10)


def test_play_test_forty_three_questions_are_answered_not_met_with_a_term(
    library: Library,
) -> None:
    """Play-test forty-three: "Maybe autopay not set up? You get our letter and text message
    last week?" (all terms agreed) got "How would I pay it? Can I do it online?"; "... I'll
    pass TRX-48213 to our payments team. Is this number the best one to reach you on if we
    need anything else?" got "No, that's everything. Bye."; "If you paid, give me date,
    amount, and transaction reference number" got "Come again?"."""
    c, said = _replied(library, "student_forgot_first_late", 1606, "student_1606", 6)
    assert "How would I pay" not in said, said
    assert any(line in said for line in facts(c, "letter")), said
    assert any(line in said for line in facts(c, "what_happened")), said
    c, said = _replied(library, "already_paid_not_posted", 1611, "paid_1611", 6)
    assert said.startswith(tuple(DEFAULT_CLARIFY["contact_ok"])), said
    c, said = _replied(library, "malicious_default_legal", 1656, "malicious_1656", 3)
    assert any(line in said for line in facts(c, "evidence")), said


def test_a_hardship_programme_named_after_the_plan_is_agreed_starts_no_new_plan(
    library: Library,
) -> None:
    """Play-test forty-three, a Brazilian speaker: after "$50 on your payday Friday, March 13,
    and after $50 every two weeks" was agreed, "How you prefer to pay - transfer from bank,
    debit card, or in the app? And also, you receive our letter in December? The bank have a
    hardship program" got "... I could start with $285, then a bit every month." (a new
    first payment nobody asked for, and the letter unanswered)."""
    c, said = _replied(library, "student_unemployed_hardship", 1641, "hardship_1641", 5)
    assert "$285" not in said and c.debtor.agreed.amount == Decimal("50.00"), said
    assert any(line in said for line in facts(c, "letter")), said
    assert c.debtor.agreed.method == "transfer", said  # the first way offered, taken


def test_a_clarifying_question_never_asks_about_a_term_agreed(library: Library) -> None:
    """The student's own "How would I pay it? Can I do it online?" is asked while the way to
    pay is open, not once every term is agreed (play-test forty-three)."""
    c = call(library)
    authored = c.persona.clarify["negotiating"]
    method = [c.lines.clarify("negotiating", "method") for _ in range(2)]
    assert all(line in authored and "pay it" in line for line in method[:1]), method
    assert not any(re.search(r"which day|how much|the date", line, re.I) for line in method)
    done = [c.lines.clarify("negotiating", "done") for _ in range(2)]
    assert set(done) <= set(DEFAULT_CLARIFY["done"]), done


def test_play_test_forty_three_facts_asked_in_other_words_are_answered(library: Library) -> None:
    """Play-test forty-three: "... which bank did it come out of?" got "No idea, sorry."; "So
    you changed banks recently? ... When did you make the switch?" got no answer; "Do you have
    attorney representing you on this debt?" got "Letters, calls, more letters."."""
    c, said = _replied(library, "already_paid_not_posted", 1611, "paid_1611", 4)
    assert any(line in said for line in facts(c, "payment_sent")), said
    c, said = _replied(library, "personal_loan_courteous_reminder", 1601, "courteous_1601", 3)
    # (the story, or the trainer's answer to the switch asked about: "Yes, just last month.")
    switched = next(a for a in c.persona.acts if a.name == "ask_switched").answers or []
    assert any(line in said for line in [*facts(c, "what_happened"), *switched]), said
    c, said = _replied(library, "malicious_default_legal", 1656, "malicious_1656", 5)
    attorney = next(a for a in c.persona.acts if a.name == "ask_attorney")
    assert any(answer in said for answer in attorney.answers or []), said


def test_play_test_forty_four_questions_and_offers_are_answered(library: Library) -> None:
    """Play-test forty-four: "Can ye mind roughly how much ye sent?" got "Hm, I don't know.";
    "... If it turns up, ye'll no hear fae us. That sound fair?" got "I'm not sure, to be
    honest. Bye."; "If you like, I can send you the form by email ... Would that be helpful?"
    and "you want I send you the form by email?" got a story and "I'm not sure"; "Payday's not
    till the 31st, so where's the money comin' from by the 17th?" got the payday answer."""
    c = call_in(library, "already_paid_not_posted", seed=1711)
    said = play(c, _from_file("paid_1711")[:6])
    assert c.values["amount_overdue"] in said[4], said[4]
    assert said[5].startswith(tuple(DEFAULT_CLARIFY["agreed"])), said[5]
    c = call_in(library, "student_forgot_first_late", seed=1706)
    said = play(c, _from_file("student_1706")[:7])
    assert said[6] in DEFAULT_CLARIFY["offered"], said[6]
    c = call_in(library, "traveller_forgot_deposit", seed=1721)
    said = play(c, _from_file("traveller_1721")[:6])
    assert said[5] in DEFAULT_CLARIFY["offered"], said[5]
    c = call_in(library, "lenders_persistent_late", seed=1746)
    said = play(c, _from_file("lenders_1746")[:5])
    assert not any(line in said[4] for line in facts(c, "payday")), said[4]


def test_the_missed_payments_counted_each_are_the_whole_sum(library: Library) -> None:
    """Play-test forty-four: "The $585.76 has no fees in it. It's just the two missed payments,
    $292.88 each." was agreed as $292.88 (and the read-back of $585.76 corrected to it)."""
    c = call_in(library, "rude_defaulter_composure", seed=1751)
    said = play(c, _from_file("rude_1751")[:7])
    assert c.debtor.agreed.amount == Decimal(c.values["amount_overdue"].strip("$").replace(",", ""))
    assert "$292.88" not in said[4] and "$292.88" not in said[6], said[4:7]


def test_a_vague_word_quoted_and_called_open_ended_is_turned_down(library: Library) -> None:
    """Play-test forty-five: "'At some point' is a little open-ended for me, though, so can I
    ask - are you working at the moment ...?" was read as accepting the vague promise (the
    debrief said "You accepted a vague promise")."""
    c = call_in(library, "rude_defaulter_composure", seed=1851)
    play(c, _from_file("rude_1851")[:4])
    assert Act.ACCEPT_VAGUE not in c.turns[3].analysis.acts
    assert not any("vague promise" in t.message for t in c.scores().tips)


def test_play_test_forty_five_the_letter_and_the_receipt_are_answered(library: Library) -> None:
    """Play-test forty-five: "And did you get the letter we sent out last week about it?" got
    the everyday "Maybe. I don't always read those" from a customer who never misses a payment;
    "Do you have a reference number or a receipt?" went unanswered."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 1801, "courteous_1801", 3)
    assert any(line in said for line in facts(c, "letter")), said
    c, said = _replied(library, "malicious_default_legal", 1856, "malicious_1856", 3)
    assert any(line in said for line in facts(c, "evidence")), said


def _answers(c: Call, act: str) -> list[str]:
    """A trainer act's answers, filled in for this call's debtor."""
    return [fill(a, c.values) for a in next(x for x in c.persona.acts if x.name == act).answers]


def test_play_test_forty_six_a_goodbye_with_a_tag_ends_the_call(library: Library) -> None:
    """ "... and you have yourself a real good day, y'hear?" got "I'm not sure, to be
    honest." (a tag on a goodbye asks nothing)."""
    c, said = _replied(library, "student_forgot_first_late", 1906, "student_1906", 6)
    assert c.finished and said not in DEFAULT_CLARIFY["not_sure"], said


def test_play_test_forty_six_questions_anyone_can_answer_are_answered(library: Library) -> None:
    """ "Is this phone number OK for text?" got "I'm not sure, to be honest. Bye."; "Might I
    simply confirm that we hold your correct postal address?" got "No idea, sorry." from the
    debtor who wants everything by post, who then gave the address again when told "The
    address on file ends in the postcode we last wrote to"; "the letter we send you in
    January, you got it?" got "No idea, sorry."."""
    _c, said = _replied(library, "already_paid_not_posted", 1911, "paid_1911", 7)
    assert said.startswith(tuple(DEFAULT_CLARIFY["contact_ok"])), said
    c, said = _replied(library, "stop_calling_cease_contact", 1936, "stop_1936", 3)
    assert c.values["address"] in said, said
    said = play(c, _from_file("stop_1936")[3:4])[0]
    assert c.values["address"] not in said, said
    c, said = _replied(library, "student_unemployed_hardship", 1941, "hardship_1941", 6)
    assert any(line in said for line in facts(c, "letter")), said


def test_play_test_forty_six_where_the_debtor_and_the_car_are(library: Library) -> None:
    """The flatmate met "Could you kindly tell me when Pamela is expected back home?" with
    "Sorry, what was that?", and "Sorry, Jess, I will say it again. What time will Pamela be
    back today?" (the trainee repeating themselves, read as asking her to) with "I said,
    sorry, what was that?"; the dealer-dispute driver met "is the car back at the dealer
    right now, or you still drivin' it?" with "I'm not sure, to be honest."."""
    c = call_in(library, "wrong_party_flatmate_message", seed=1926)
    said = play(c, _from_file("flatmate_1926")[:4])
    assert any(line in said[2] for line in facts(c, "whereabouts")), said[2]
    assert any(line in said[3] for line in facts(c, "whereabouts")), said[3]
    c, said6 = _replied(library, "car_dealer_dispute", 1931, "dealer_1931", 6)
    assert any(line in said6 for line in _answers(c, "ask_car_whereabouts")), said6


def test_play_test_forty_seven_a_run_back_and_the_rest_asked_after_it(library: Library) -> None:
    """ "So let me just run it back: $317 by bank transfer on Friday the 13th of March, and the
    remaining $211.86 goes in with your next instalment. That right, Brenda?" was no read-back
    (the promise stayed unconfirmed); once it is one, "And the other $211.86 with your next
    instalment on the 20th, you right with that too?" asks about what is left: it is the rest
    of the promise, not corrected with "Not $211.86: $317, like I said."."""
    c = call_in(library, "car_broke_down_partial", seed=2216)
    said = play(c, _from_file("car_2216")[:6])
    assert c.turns[4].analysis.has(Act.CONFIRM_TERMS) and c.promise.confirmed
    assert not said[5].startswith("Not "), said[5]
    left = c.debtor.amount_overdue - Decimal(317)
    assert (c.promise.rest_amount, c.promise.rest_date) == (left, dt.date(2026, 3, 20))
    # (the run-back's "goes in with your next instalment" agrees the rest for the 20th)
    assert c.debtor.money(left) in said[4], said[4]


def test_the_next_instalment_told_after_the_promise_is_no_rest(library: Library) -> None:
    """The limit of the rest agreed after the promise: the next regular instalment, told,
    is not the rest of this promise (the run-back here names no rest: said "with your next
    instalment", the rest is agreed for that instalment's day, play-test 60)."""
    c = call_in(library, "car_broke_down_partial", seed=2216)
    played = _from_file("car_2216")
    run_back = played[4].replace(
        ", and the remaining $211.86 goes in with your next instalment", ""
    )
    play(c, [*played[:4], run_back])
    assert c.promise.confirmed and c.promise.rest_amount is None
    left = c.debtor.money(c.debtor.amount_overdue - Decimal(317))
    c.say(f"Great. Just so you know, your next instalment of {left} is due on the 20th as normal.")
    assert c.promise.rest_amount is None


def test_play_test_forty_seven_the_whole_sum_at_once_set_aside_is_not_asked(
    library: Library,
) -> None:
    """ "I'd love to set up a small monthly plan that you can actually keep, rather than asking
    for the whole $1,142.22 at once. What amount do you honestly think you could manage?" was
    read as asking for $1,142.22 today: the hardship debtor agreed to "Tuesday the 10th"."""
    c, said = _replied(library, "student_unemployed_hardship", 2241, "hardship_2241", 3)
    assert c.turns[2].analysis.slots.amount is None and c.turns[2].analysis.slots.date is None
    assert "the 10th" not in said, said


def test_play_test_forty_seven_the_juggling_borrower_stays_consistent(library: Library) -> None:
    """The juggling borrower agreed the full $1,137.45 by the 17th and in the same reply said
    payday was the 31st and "it's all gone by the next morning"; "That email still good, or
    should I text the confirmation to this number instead?" got "Yes, please. Thanks."."""
    c = call_in(library, "lenders_persistent_late", seed=2246)
    said = play(c, _from_file("lenders_2246")[:6])
    assert "17th" in said[2] and "all gone" not in said[2], said[2]
    assert said[5] in DEFAULT_CLARIFY["either"], said[5]


def test_play_test_forty_eight_the_rests_sum_with_a_new_day_is_the_rests(library: Library) -> None:
    """With $252.53 agreed on the 13th, "And the other $252.52, when do you reckon you could
    clear that - your next payday after, the 27th?" got "$252.52, yes ... Friday the 13th,
    actually, not Friday the 27th", and the promise became $252.52 on the 13th; with $218.48 on
    the 13th and $436.96 on the 31st agreed, "is there any way you can move the $436.96 also to
    this week, like by Tuesday March 17th" swapped the parts ($436.96 on the 17th, $218.48 on
    the 31st)."""
    c, said = _replied(library, "car_broke_down_partial", 2276, "car_2276", 5)
    assert "actually" not in said and "27th" in said, said
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (Decimal("252.53"), FRIDAY_13TH)
    assert c.debtor.agreed.rest_amount == Decimal("252.52")
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 27)
    c, said = _replied(library, "lenders_persistent_late", 2306, "lenders_2306", 5)
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (Decimal("218.48"), FRIDAY_13TH)
    assert c.debtor.agreed.rest_amount == Decimal("436.96")
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 17)
    assert "$218.48 by Tuesday the 31st" not in said, said


def test_play_test_forty_eight_both_parts_said_back_wrong_are_put_right(library: Library) -> None:
    """Once $218.48 on the 13th and the other $436.96 on the 17th were promised, "$218.48 ...
    on or before Tuesday March 17th, and $436.96 ... on or before Tuesday March 31st, total
    $655.44, correct sir?" got "That's right, yes." (the tag with "sir" was no read-back, and
    a read-back of two parts was checked as one)."""
    c = call_in(library, "lenders_persistent_late", seed=2306)
    lines = _from_file("lenders_2306")
    said = play(c, [*lines[:6], lines[8]])
    assert c.turns[6].analysis.has(Act.CONFIRM_TERMS)
    assert "Friday the 13th" in said[6] and "Tuesday the 17th" in said[6], said[6]
    assert not said[6].startswith("That's right"), said[6]
    assert (c.promise.amount, c.promise.date) == (Decimal("218.48"), FRIDAY_13TH)


def test_play_test_forty_eight_a_day_the_caller_does_something_is_no_payment_day(
    library: Library,
) -> None:
    """ "I'll lodge the dispute today and our disputes team will chase the dealer ... Could you
    pay the $351.78 by Tuesday the 17th?" got "Alright, Tuesday the 10th." (today, the day of
    the caller's own doing, read as the first of two payments); "What I need today is a date:
    can you pay the $390.48 by Friday March 13th" got "Alright, today."; "Have you put the
    complaint about the dealer in writing?" was not answered."""
    c, said = _replied(library, "car_dealer_dispute", 2291, "dealer_2291", 4)
    assert "Tuesday the 17th" in said and "10th" not in said, said
    assert c.turns[3].analysis.slots.first_date is None
    c, said = _replied(library, "rude_defaulter_composure", 2311, "rude_2311", 5)
    assert c.turns[4].analysis.slots.date == FRIDAY_13TH and "today" not in said, said
    c = call_in(library, "car_dealer_dispute", seed=21)
    said = play(
        c,
        [
            "Good morning, may I speak with Frederick Norris please?",
            "Thank you Mr Norris. My name is Alex and I'm calling from Chandler Credit Union "
            "about your car loan. I have to let you know this is an attempt to collect a debt.",
            "I understand, that sounds really frustrating. Have you put the complaint about the "
            "dealer in writing?",
        ],
    )
    assert any(line in said[2] for line in facts(c, "evidence")), said[2]


def test_thanks_with_the_name_the_debtor_gave_is_the_right_person(library: Library) -> None:
    """My own call in the UI: to "Hello, Dennis speaking.", "Thanks Dennis, it's Pat from the
    finance company. This is an attempt to collect a debt ..." was no identity check: the call
    stayed in its first state, and two turns later the debtor asked "Sorry, is this the garage?
    Who is this?"."""
    c = call_in(library, "car_broke_down_partial", seed=1)
    assert c.transcript[0][1] == "Hello, Dennis speaking."
    said = play(
        c,
        [
            "Thanks Dennis, it's Pat from the finance company. This is an attempt to collect a "
            "debt and anything you tell me will be used for that. Your car loan payment is 9 "
            "days late. What happened?",
            "Sorry to hear that. Could you manage half by Friday when you get paid?",
            "Great. How would you like to pay, card or transfer?",
        ],
    )
    assert c.debtor.identity_verified
    assert not any("Who is this" in line for line in said), said
    assert c.state != c.scenario.initial


def test_play_test_forty_eight_a_first_payment_and_instalments_for_the_rest(
    library: Library,
) -> None:
    """ "if you pay $262 on Friday the 13th, will you still have enough for rent and food? If
    yes, then for the rest, $486.24, how would something like $50 a month sound ...?" was read
    as $50 on the 13th: the hardship debtor agreed "Yes, $50 ... Friday the 13th is fine", and
    the read-back of $262 then $50 a month moved the plan a month later."""
    c, said = _replied(library, "student_unemployed_hardship", 2301, "hardship_2301", 4)
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (262, FRIDAY_13TH), said
    assert "$50. " not in said, said
    said = play(c, _from_file("hardship_2301")[4:5])[0]
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (262, FRIDAY_13TH), said
    assert c.debtor.agreed.rest_amount == 50 and c.debtor.agreed.rest_every == "month", said


def test_play_test_forty_eight_how_the_payment_was_sent_is_answered(library: Library) -> None:
    """ "... sent last Tuesday, March 3rd. Was that a bank transfer from your checking account,
    sir?" got "No idea, sorry." from the customer who had just given the reference."""
    c, said = _replied(library, "already_paid_not_posted", 2271, "paid_2271", 4)
    assert any(line in said for line in facts(c, "payment_sent")), said


def test_a_read_back_of_terms_the_debtor_had_countered_is_given_in_on(library: Library) -> None:
    """My own call as a timid collector: after "$100? Dream on. $80, take it or leave it." and
    "Tuesday the 17th would work for me.", "so that's $100 on Friday by card, is that ok?" got
    "Yes, that's right: $100, Friday the 13th, card.", as if the debtor had said so."""
    c = call_in(library, "rude_defaulter_composure", seed=11)
    said = play(
        c,
        [
            "um hi, sorry to bother you, is this... Shaun?",
            "oh ok sorry. i'm Jo, i'm calling from the collections team at the bank, sorry. this "
            "is about a debt and anything you say may be used to collect it",
            "so um there's an overdue balance on your account, is there any chance you could pay "
            "some of it?",
            "sorry, i know it's a pain. what happened with the payments?",
            # (my own line was "would maybe a hundred dollars this week work? sorry": the act
            # model retrained on corpus 101 hears it as asking for payment too, which presses
            # the debtor into agreeing $100 outright, with no counter to read back over)
            "maybe a hundred dollars this week? sorry",
            # (the act model retrained on corpora 54 and 55 no longer hears "sorry, i know it's a
            # pain" as a no to the fees: the fee demand comes first, and is said no to)
            "sorry, i can't take the fees off, i'm not allowed",
            "so would a hundred dollars this week work?",
            "ok, so what day could you do then?",
            "ok, and how would you like to pay, card maybe?",
            "so that's $100 on Friday by card, is that ok?",
        ],
    )
    # (the counter comes before or after the fee demand, as the act model hears "sorry, i know
    # it's a pain": retrained on corpus 56 it hears a no to "Maybe next month" in it)
    assert any("$80" in s for s in said[4:6]), said[4:6]
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (100, FRIDAY_13TH), said[9]
    # (asked "what day could you do then?" after "a hundred dollars this week", the debtor names
    # a day this week, Friday, since play-test 121: it was Tuesday the 17th)
    assert "Friday the 13th" in said[7], said[7]
    assert "that's right" not in said[9].lower() and "$100" in said[9], said[9]


def test_play_test_forty_nine_the_day_the_payment_must_come_before_is_no_payment_day(
    library: Library,
) -> None:
    """ "The full $566.82 within the next seven days - say by Monday the 16th? Are you working
    right now, and would that be doable before your payday on the 31st?" was agreed as
    "Fine, Tuesday the 31st it is."."""
    c, said = _replied(library, "car_dealer_dispute", 2351, "dealer_2351", 4)
    assert c.debtor.agreed.date == dt.date(2026, 3, 16), said
    assert "31st" not in said, said


def test_play_test_forty_nine_a_sum_asked_about_is_not_offered(library: Library) -> None:
    """With $1,231.06 today agreed, "You've actually got twelve hundred sitting there right
    now?" got "Fine, $1,200. I'll make it work." (the promise fell short of the goal), and the
    trainee's read-back of $1,231.06 was then corrected to $1,200."""
    c = call_in(library, "lenders_persistent_late", seed=2366)
    said = play(c, _from_file("lenders_2366")[:6])
    assert "1,200" not in said[4] and "1,200" not in said[5], said[4:6]
    assert c.debtor.agreed.amount == Decimal("1231.06")


def test_play_test_forty_nine_a_way_to_pay_left_unsaid_is_not_recorded(library: Library) -> None:
    """ "If you can pay the full amount by March 17, by bank transfer or card, the legal action
    will not start." got "Alright, $2,164.95. Fine. Fine, Tuesday the 17th." and the promise
    recorded bank transfer, which the debtor never said."""
    c, said = _replied(library, "malicious_default_legal", 2376, "malicious_2376", 6)
    assert "transfer" in said or c.debtor.agreed.method is None, said


def test_play_test_forty_nine_which_fees_the_rude_debtor_means_is_answered(
    library: Library,
) -> None:
    """ "Last time you said the fees were the problem. Tell me which fees you dispute ...
    Which fees?" got "Huh? Make sense or hang up." from the debtor who had demanded the fees
    be dropped: a trainer act with answers, `ask_which_fees`, written as data."""
    c, said = _replied(library, "rude_defaulter_composure", 2371, "rude_2371", 3)
    assert any(line in said for line in _answers(c, "ask_which_fees")), said
    # (said of the fees, not asked, it is no question about them)
    c = call_in(library, "rude_defaulter_composure", seed=2371)
    c.say("Hi, is this " + c.record.first_name + "?")
    assert "ask_which_fees" not in c.say("There are no fees on this account.").analysis.custom_acts


def test_play_test_forty_nine_a_detail_said_to_be_matching_is_not_asked_again(
    library: Library,
) -> None:
    """ "The date of birth is matching. But I need a clear answer, please: am I speaking with
    Shirley Sims herself? Yes or no?" got "Sure, August 14, 1995." again."""
    c, said = _replied(library, "malicious_default_legal", 2376, "malicious_2376", 2)
    assert "1995" not in said, said


def test_play_test_forty_nine_the_read_back_asked_about_is_confirmed(library: Library) -> None:
    """ "Let me read that back: reference T-R-X, four eight two one three, sent on Tuesday the
    3rd of March. And was that an online bank transfer from your own current account?" got
    "I'm not sure, to be honest.", and "Is the reference and the date I read back correct, at
    least?" got "Hm, I don't know." from the customer who had given them."""
    c = call_in(library, "already_paid_not_posted", seed=2331)
    said = play(c, _from_file("paid_2331")[:5])
    assert any(line in said[3] for line in facts(c, "payment_sent")), said[3]
    assert said[4] in DEFAULT_CLARIFY["that_is_right"], said[4]


def test_play_test_forty_nine_the_first_parts_sum_asked_is_not_the_whole_said(
    library: Library,
) -> None:
    """ "I need the full $1,231.06 within seven days, by Tuesday March 17th ... so what can you
    put down today, and the rest by the 17th?" was read as $1,231.06 today, and agreed: "Okay,
    today." The sum for today is asked; the debtor names what they can do."""
    c, said = _replied(library, "lenders_persistent_late", 2366, "lenders_2366", 4)
    assert c.turns[3].analysis.slots.amount is None, said
    assert c.debtor.agreed.amount is None and "The rest?" not in said, said


def test_play_test_forty_nine_questions_beside_terms_are_answered_past_the_story(
    library: Library,
) -> None:
    """ "What is stopping you paying now? Are you working, and when is your next salary? If
    you can pay the full amount by March 17, by bank transfer or card, the legal action will
    not start." got "Alright, $2,164.95. Fine. Fine, Tuesday the 17th.": the story asked first
    was dropped (the state they moved to tells it) and the two questions with it."""
    c, said = _replied(library, "malicious_default_legal", 2376, "malicious_2376", 6)
    assert any(line in said for line in facts(c, "job")), said
    assert any(line in said for line in facts(c, "payday")), said


def test_play_test_fifty_half_and_its_figure_with_a_day_is_the_sum_put(library: Library) -> None:
    """ "Full amount is $411.57. If full is hard this payday, can you pay part? Maybe half, $206,
    on Friday March 13? Then the rest next payday." got "I can't do $411.57 right now ... I
    could do $247 now": the whole, said first, was read as the sum put."""
    c, said = _replied(library, "car_broke_down_partial", 2396, "car_2396", 5)
    assert c.debtor.agreed.amount == Decimal(206) and "$411.57" not in said, said


def test_play_test_fifty_the_rest_with_its_sum_and_the_day_said_for_next_payday_is_agreed(
    library: Library,
) -> None:
    """ "Okay. $247 is good, thank you. Then the rest is $164.57. Can you pay that on your next
    payday, Friday March 27?" got "So $247, Friday the 13th, bank transfer. Yes.": "next
    payday" was the record's (the 13th) though the day was said beside it, and the rest's
    sum was dropped."""
    c, said = _replied(library, "car_broke_down_partial", 2396, "car_2396", 6)
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal(247), FRIDAY_13TH), said
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("164.57"), dt.date(2026, 3, 27))
    assert "$164.57" in said and "the 27th" in said, said


def test_play_test_fifty_both_parts_said_back_after_the_promise_record_the_rest(
    library: Library,
) -> None:
    """ "Let me confirm everything. First, $247 by bank transfer on Friday March 13. Second,
    $164.57 by bank transfer on Friday March 27. Is this correct?" got "Yes, that's right:
    $247 on Friday the 13th" and the promise kept only the first payment."""
    c = call_in(library, "car_broke_down_partial", seed=2396)
    play(c, _from_file("car_2396")[:4])
    said = play(
        c,
        [
            "Could you do $247 on Friday March 13 by bank transfer?",
            "Okay. $247 is good, thank you.",
            "Good. Let me confirm everything. First, $247 by bank transfer on Friday March 13. "
            "Second, $164.57 by bank transfer on Friday March 27. Is this correct?",
        ],
    )
    assert c.promise.rest_amount == Decimal("164.57"), said
    assert c.promise.rest_date == dt.date(2026, 3, 27), said


def test_play_test_fifty_one_a_payday_asked_about_is_no_day_to_pay(library: Library) -> None:
    """ "While I've got you - is Tuesday the 31st still your payday?" got "Certainly, Tuesday
    the 31st is fine. $409.41, Tuesday the 31st, card.", and the promise moved to the 31st."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 2441, "courteous_2441", 5)
    assert c.debtor.agreed.date is None and "31st" not in said, said


def test_play_test_fifty_one_the_payday_they_said_and_the_cash_in_the_account_agree_nothing(
    library: Library,
) -> None:
    """ "ya said payday's the 31st; ya sure the 17th works, ya got the cash in the account for
    that?" ($615.98 by transfer on the 17th agreed) got "Okay, Tuesday the 31st. That works.
    Cash is fine too, I suppose.": the payday and the money were taken as the terms."""
    c, said = _replied(library, "car_dealer_dispute", 2471, "dealer_2471", 6)
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.method) == (dt.date(2026, 3, 17), "transfer"), said
    assert "cash" not in said.lower() and "31st. That works" not in said, said


def test_play_test_fifty_one_the_rest_asked_for_the_payday_after_gets_that_payday(
    library: Library,
) -> None:
    """ "and for the other $161.22, when do you think you can manage that one, maybe your next
    payday after Friday?" ($161.23 on Friday the 13th agreed; paid every two weeks) got "Then the
    other $161.22 by Friday the 13th.": the day after which was taken as the day."""
    c, said = _replied(library, "car_broke_down_partial", 2456, "car_2456", 5)
    assert c.debtor.named_rest_date == dt.date(2026, 3, 27), said
    assert "the 27th" in said and "the 13th" not in said, said


def test_play_test_fifty_one_the_name_said_first_leaves_no_stray_dots(library: Library) -> None:
    """ "could you confirm your full name and date of birth" got "Melinda Obrien. Sure,
    September 17, 2001. .. oh. Is this about the student loan?": "Yes, that's me..." was cut
    at its first dot."""
    _c, said = _replied(library, "student_unemployed_hardship", 2481, "hardship_2481", 1)
    assert ". .." not in said and "Oh. Is this about" in said, said


def test_play_test_fifty_one_the_day_of_a_condition_is_not_the_day_to_pay(
    library: Library,
) -> None:
    """ "If you land tonight, you can make the payment tomorrow morning by the app ... Tomorrow,
    Wednesday the 11th, it is possible for you?" got "So $699.90, Tuesday the 10th".
    """
    c, said = _replied(library, "traveller_forgot_deposit", 2461, "traveller_2461", 4)
    assert c.debtor.agreed.date == dt.date(2026, 3, 11) and "the 11th" in said, said


def test_play_test_fifty_one_the_debt_told_in_dialect_is_stated(library: Library) -> None:
    """ "Ye're two payments doon, $619.76 each, so $1,239.52, fifty-one days late." was not
    read as the debt stated, and the debrief said "You never stated the amount owed"."""
    c = call_in(library, "lenders_persistent_late", seed=2486)
    play(c, _from_file("lenders_2486"))
    assert c.turns[1].analysis.has(Act.STATE_AMOUNT)
    assert not any("never stated the amount" in t.message for t in c.scores().tips)


def test_play_test_fifty_one_repair_orders_asked_for_are_answered(library: Library) -> None:
    """ "Ya got the repair orders in writin'? Ya filed anything with the dealer ...?" got no
    answer about the paperwork."""
    _c, said = _replied(library, "car_dealer_dispute", 2471, "dealer_2471", 3)
    assert "job sheets" in said or "emails" in said, said


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "... And I'm loggin' the dealer dispute today and sendin' the form ..."
        ("car_dealer_dispute", 2531, "dealer_2531", 7),
        # "... Fee review submitted today, outcome to you in writing. Correct?"
        ("rude_defaulter_composure", 2551, "rude_2551", 7),
    ],
)
def test_play_test_fifty_two_the_callers_own_doing_today_is_no_day_to_pay(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """The terms read back with the 17th got "Not today: Tuesday the 17th, like I said.": the
    day the caller logs the dispute (or submits the review) was read as the day to pay."""
    c, said = _replied(library, scenario, seed, played, turn)
    assert c.debtor.agreed.date == dt.date(2026, 3, 17) and "today" not in said.lower(), said


def test_play_test_fifty_two_thanks_for_the_direct_debit_set_up_is_no_way_to_pay_now(
    library: Library,
) -> None:
    """ "thank you for sortin' the direct debit on the new account ... I'll take the card details
    now" (card agreed) got "Not direct debit: card, like I said."."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 2501, "courteous_2501", 7)
    assert c.debtor.agreed.method == "card" and "direct debit" not in said.lower(), said


def test_play_test_fifty_two_a_promise_gone_by_is_no_sum_put(library: Library) -> None:
    """ "In January you meant to pay eight hundred twenty-eight dollars by February thirteenth,
    and it did not happen." got "$828... yes, I think I can find that." from the debtor with
    nothing left after rent."""
    c, said = _replied(library, "student_unemployed_hardship", 2541, "hardship_2541", 4)
    assert c.debtor.agreed.amount is None and "$828" not in said, said


def test_play_test_fifty_two_a_nod_before_a_warning_is_not_thanked(library: Library) -> None:
    """ "I hear you, la, but ... the account can go for repossession ..." got "Ha, thanks.
    Nobody else says that."."""
    _c, said = _replied(library, "lenders_persistent_late", 2546, "lenders_2546", 5)
    assert "thanks" not in said.lower(), said


def test_play_test_fifty_three_a_payday_told_beside_the_day_to_pay_is_not_agreed(
    library: Library,
) -> None:
    """ "our records show your next payday falls on Tuesday the thirty-first, so I wish to be
    sure that the funds will comfortably be there ... by this Friday" (Friday the 13th agreed)
    got "Yes, Tuesday the 31st is fine. ... $279.42, Tuesday the 31st", short of the goal."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 2561, "courteous_2561", 6)
    assert c.debtor.agreed.date == FRIDAY_13TH and "31st" not in said, said


def test_play_test_fifty_three_the_customer_who_paid_is_asked_how_not_pressed(
    library: Library,
) -> None:
    """ "... these things can take a while to trickle through. How'd ya send it, was it a bank
    transfer or online bill pay or what?" got "I'm not paying it twice!" and the call failed
    for pressing for payment; the read-back of the reference with "Does that all sound right
    to ya?" got "Hm, I don't know. Bye."."""
    c = call_in(library, "already_paid_not_posted", seed=2571)
    said = play(c, _from_file("paid_2571"))
    assert not c.turns[2].analysis.has(Act.ASK_PAYMENT) and "twice" not in said[2], said[2]
    assert "That's right" in said[6], said[6]
    assert not c.scores().failed


def test_play_test_fifty_three_a_message_asked_for_shyly_is_taken(library: Library) -> None:
    """ "Would you mind, maybe, letting her know I called?" got "I'm not sure, to be honest."
    from the flatmate who had offered to pass something on."""
    c, said = _replied(library, "wrong_party_flatmate_message", 2586, "flatmate_2586", 2)
    # (taken: the flatmate asks for the number to pass on, since the line gave none)
    assert c.state == "number_asked" and "number" in said, said


def test_play_test_fifty_three_sympathy_said_bloody_is_no_insult(library: Library) -> None:
    """ "Yeah, fair enough, that sounds bloody frustrating. ... have you put the complaint to
    them in writing?" got "Wow. Nice way to talk to a customer. ... I'm done with this call."
    and failed the call for abusive language."""
    c, said = _replied(library, "car_dealer_dispute", 2591, "dealer_2591", 3)
    assert c.outcome is None and "Nice way to talk" not in said, said


def test_play_test_fifty_three_a_date_of_birth_said_to_match_is_not_asked_again(
    library: Library,
) -> None:
    """ "The date of birth is match our record, so I take it I am speaking with Taylor Gibbs."
    got "It's June 19, 1979." again."""
    _c, said = _replied(library, "malicious_default_legal", 2616, "malicious_2616", 2)
    assert "1979" not in said, said


def test_the_way_to_pay_is_named_in_the_personas_own_voice(library: Library) -> None:
    """Play-tests 52 and 53: "Card would be easiest." and "I'd do it by bank transfer." came
    word for word from every debtor, the rude one too."""
    c, said = _replied(library, "rude_defaulter_composure", 2491, "rude_2491", 7)
    persona = library.persona_for(library.scenario("rude_defaulter_composure"))
    own = [fill(line, {"method": "Bank transfer"}) for line in persona.negotiation.name_method]
    assert any(line.lower() in said.lower() for line in own), said
    assert c.debtor.agreed.method == "transfer"


def test_a_tag_asks_about_all_read_back_since_the_last_question(library: Library) -> None:
    """My own call in the UI: "Great. So that's TRX-48213, sent last Tuesday, for $475.46. I'll
    pass it to our payments team to trace and note the account so nobody chases you meanwhile.
    Does that all sound right to you?" got "Hm, I don't know.": the tag was taken to ask about
    the sentence before it only, which holds no fact of theirs."""
    c = call_in(library, "already_paid_not_posted", seed=96951)
    said = play(
        c,
        [
            "Hi, am I speaking with {debtor_name}? It's Dana from {lender}.",
            "Thanks. I have to let you know this is an attempt to collect a debt and any "
            "information obtained will be used for that purpose. Our records show the car loan "
            "payment of {amount_overdue} hasn't arrived yet.",
            "Oh, okay, thanks for telling me. How'd you send it, and do you have a reference "
            "number?",
            "Great. So that's {payment_reference}, sent last Tuesday, for {amount_overdue}. I'll "
            "pass it to "
            "our payments team to trace and note the account so nobody chases you meanwhile. "
            "Does that all sound right to you?",
        ],
    )
    assert c.values["payment_reference"] in said[2], said[2]
    assert "That's right" in said[3] and "don't know" not in said[3], said[3]


def test_play_test_fifty_four_the_rest_named_with_its_monthly_instalment(
    library: Library,
) -> None:
    """ "And the rest, $769.72, we can make in monthly parts, maybe around $200 each month,
    starting in April." got "Then the other $769.72 by Wednesday the 1st of April. I can do
    that." from the graduate with no job: the rest's sum was taken for the payment, and the
    debtor went on to turn the $200 a month down three times. The rest is now paid off at $200
    a month from the 1st of April."""
    c, said = _replied(library, "student_unemployed_hardship", 2636, "hardship_2636", 6)
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (415, dt.date(2026, 3, 24)), said
    assert (agreed.rest_amount, agreed.rest_every) == (200, "month"), said
    assert agreed.rest_date == dt.date(2026, 4, 1), said
    assert "$200 a month" in said and "769.72" not in said, said


def test_play_test_fifty_four_the_dispute_noted_and_upheld_does_not_fail_the_call(
    library: Library,
) -> None:
    """The dealer-dispute call played as its brief asks (the dispute noted, "you retain every
    right to pursue it", then "the instalments remain due regardless of the dispute") failed on
    compliance for overshadowing the dispute, overall 40, with a confirmed promise."""
    c = call_in(library, "car_dealer_dispute", seed=2626)
    play(c, _from_file("dealer_2626"))
    assert c.outcome == "promise_secured"
    assert not c.scores().compliance, c.scores().compliance


def test_play_test_fifty_four_a_date_of_birth_asked_beside_the_disclosure_is_given(
    library: Library,
) -> None:
    """ "great, thank you, so just to make sure I've got the right person can you give me your
    date of birth, and I also have to let you know that this is an attempt to collect a debt
    ..." got the traveller's story of the car loan, not her date of birth (the thanks in the
    line was taken for the date of birth acknowledged); and "the payment that was due on the
    24th of February is $862.43" left the tip "You never stated the amount owed"."""
    c, said = _replied(library, "traveller_forgot_deposit", 2651, "traveller_2651", 2)
    assert said.startswith(f"It's {c.values['date_of_birth']}"), (said, c.values)
    play(c, _from_file("traveller_2651")[2:])
    assert not any("never stated the amount" in t.message for t in c.scores().tips)


def test_play_test_fifty_four_why_it_was_missed_asked_by_the_way_is_the_calls_business(
    library: Library,
) -> None:
    """ "perfect! out of curiosity, what happened with this one? was it the auto payment thing
    again ...?" got "I don't really want to chat. What's this about? Honestly? Exams. ..." five
    turns into a friendly call (read as small talk); and "Sorry again." was said twice running,
    the second time to "haha no need to be sorry!"."""
    c = call_in(library, "student_forgot_first_late", seed=2621)
    replies = play(c, _from_file("student_2621")[:6])
    assert "chat" not in replies[5] and "What's this about" not in replies[5], replies[5]
    assert Act.OFF_TOPIC not in c.turns[5].analysis.acts
    assert sum("Sorry again" in reply for reply in replies) <= 1, replies


def test_play_test_fifty_four_a_lawyer_named_is_not_a_lawyer_asked_about(
    library: Library,
) -> None:
    """ "Stop. Your lawyer's wrong. Legal action and repossession are already authorised ..."
    got "Representing me? I've had advice, that's all. You don't need a name.": the trainer's
    example "Who is your lawyer?" has one word that counts, so any line naming a lawyer matched
    it. The example now asks which lawyer represents them."""
    c, said = _replied(library, "malicious_default_legal", 2656, "malicious_2656", 5)
    assert "Representing me" not in said and "ask_attorney" not in c.turns[4].analysis.custom_acts
    c, said = _replied(library, "malicious_default_legal", 2656, "malicious_2656", 2)
    asked = play(c, ["Which lawyer is representing you on this?"])[0]
    assert "advice" in asked or "lawyer" in asked, asked


def test_play_test_fifty_five_the_way_to_pay_set_aside_and_a_form_sent_today(
    library: Library,
) -> None:
    """ "And we can get the direct debit moved over to the new bank while we're at it" put the
    broken direct debit on the table: the debtor agreed "$370.86, Friday the 13th, direct
    debit" to "card over the phone with me now, or a bank transfer?", and kept to it when asked
    "For this one payment, would you do it by card or a transfer?". "I'll send you the form to
    set the direct debit up on the new account today. Let me read it back: ..." got "Not
    today: Friday the 13th, like I said.", and the read-back after that "I don't have anything
    with them, I'm afraid." """
    c = call_in(library, "personal_loan_courteous_reminder", seed=2726)
    replies = play(c, _from_file("courteous_2726"))
    assert "direct debit" not in replies[3] and "direct debit" not in replies[4], replies[3:5]
    assert c.debtor.agreed.method == "direct_debit"  # the trainee gave in, and it was agreed
    assert not any("Not today" in r or "anything with them" in r for r in replies), replies
    assert c.promise.confirmed


def test_play_test_fifty_five_money_before_then_and_today_or_the_17th_name_no_day(
    library: Library,
) -> None:
    """ "your payday's not till the 31st ... What's got you stuck right now, is there money
    comin' in before then?" was read as today ("then?" taken for the day asked again), and the
    juggler with nothing until the 31st agreed "Tuesday the 10th works"; "Are you tellin' me
    you'll pay it today, or do you mean next Tuesday, the 17th?" got "Okay, today.": a choice
    of two days, answered with one the trainee did not put."""
    c = call_in(library, "lenders_persistent_late", seed=2706)
    replies = play(c, _from_file("lenders_2706")[:6])
    assert "10th" not in replies[4] and c.turns[4].analysis.slots.date is None, replies[4]
    assert c.turns[5].analysis.slots.date is None
    assert replies[5] != "Okay, today." and "17th" in replies[5], replies[5]


def test_play_test_fifty_five_an_either_or_after_the_read_back_gets_a_way_not_a_yes(
    library: Library,
) -> None:
    """ "Correction on my part: you said bank transfer. Transfer or card is equally acceptable;
    which will it be? ..." after the terms were said back got "That's right, yes." (left alone
    after play-test 51 too: "Yes." to an either/or offer)."""
    c, said = _replied(library, "malicious_default_legal", 2716, "malicious_2716", 9)
    opening = said.lower().split(".")[0]
    assert "right" not in opening and opening.startswith(("yes", "card", "bank")), said
    assert "Card" in said or "transfer" in said, said


def test_play_test_fifty_five_a_house_number_asked_after_is_no_sum_pressed_for(
    library: Library,
) -> None:
    """ "Just to make sure the letter reaches you po, is your address still 78767 Mcmillan
    Islands?" was read as $78,767 put to the debtor who had asked not to be called, and the
    debrief said "You pressed for payment on a call that is not about collecting it"."""
    c = call_in(library, "stop_calling_cease_contact", seed=2736)
    play(c, _from_file("stopcall_2736"))
    assert c.turns[3].analysis.slots.amount is None
    assert not any("pressed for payment" in t.message for t in c.scores().tips)


def test_play_test_fifty_five_what_is_coming_in_is_answered(library: Library) -> None:
    """ "... $1,188.52 overdue since November. Tell me, how much is coming in from the cafe
    shifts every month?" got "Thank you. That actually means a lot. Once I'm working again I'll
    pay it all back, I swear.": the question about her income went unanswered."""
    c, said = _replied(library, "student_unemployed_hardship", 2696, "hardship_2696", 3)
    assert any(line in said for line in facts(c, "job")), said


def test_play_test_fifty_five_where_the_payment_went_is_told_by_who_sent_it(
    library: Library,
) -> None:
    """ "What account number did you pay to?" got "No idea, sorry." and "doesn't it show who it
    was paid to?" got "Hm, I don't know." from the customer with her bank's confirmation open."""
    c = call_in(library, "already_paid_not_posted", seed=2701)
    replies = play(c, _from_file("paid_2701")[:7])
    for said in replies[5:7]:
        assert any(line in said for line in facts(c, "payment_sent")), said


def _answers(c: Call, act: str) -> list[str]:
    """A trainer-written question act's answers, filled in for this call's debtor."""
    found = next(a for a in c.persona.acts if a.name == act)
    return [fill(line, c.values) for line in found.answers or []]


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn", "asked"),
    [
        # about their facts (the topic answered)
        # "have you put your complaint about the transmission to the dealer in writing?"
        ("car_dealer_dispute", 2751, "dealer_2751", 8, "evidence"),
        # "what kind of roles are you going for, out of interest?"
        ("student_unemployed_hardship", 2756, "hardship_2756", 9, "job"),
        # "Oh right, sorry! Is Dana about at all?" (the flatmate, on where Dana is)
        ("wrong_party_flatmate_message", 2796, "flatmate_2796", 2, "whereabouts"),
        # play-test 57: "is it just that calls are a bad time for you, like with work or
        # something?", "Ballpark, what did the garage charge you?", "What work do you do that
        # you need the car so much, if I can ask?"
        ("stop_calling_cease_contact", 2846, "stopcall_2846", 4, "what_happened"),
        ("car_broke_down_partial", 2851, "carbroke_2851", 5, "what_happened"),
        ("car_broke_down_partial", 2851, "carbroke_2851", 9, "job"),
        # a question a trainer wrote as a persona act, with its answers
        # "What did your lawyer actually say about it, by the way?"
        ("malicious_default_legal", 2771, "malicious_2771", 11, "ask_lawyer_advice"),
        # "are you also paying the payday loan this month?" (got his payday, and "Anything
        # before that, someone else goes without" against the Monday he had just agreed)
        ("lenders_persistent_late", 2781, "lenders_2781", 8, "other_debts"),
        # the kitchen loan the customer raised, and when the lending team may call
        ("personal_loan_courteous_reminder", 2776, "courteous_2776", 10, "ask_kitchen_plans"),
        ("personal_loan_courteous_reminder", 2776, "courteous_2776", 11, "ask_callback_time"),
        # "Whats the car like now, is it going ok?"
        ("car_broke_down_partial", 2791, "carbroke_2791", 4, "ask_car_running"),
        # play-test 57: "did you complain to the manufacturer also, or only the dealer?",
        # "have you ever thought about talking to a financial counsellor?", "Who'd you move to,
        # if you don't mind me asking? Was it for a better rate?"
        ("car_dealer_dispute", 2811, "dealer_2811", 9, "ask_manufacturer"),
        ("lenders_persistent_late", 2841, "lenders_2841", 8, "ask_debt_advice"),
        ("personal_loan_courteous_reminder", 2836, "courteous_2836", 5, "ask_new_bank"),
    ],
)
def test_play_tests_fifty_six_and_seven_what_the_debtor_knows_is_answered(
    library: Library, scenario: str, seed: int, played: str, turn: int, asked: str
) -> None:
    """Each got "Hm, I don't know.", "No idea, sorry.", "I'm not sure, to be honest.", "Sorry,
    can you say that again?" or another story from a debtor who knows the answer."""
    c, said = _replied(library, scenario, seed, played, turn)
    answers = _answers(c, asked) if asked.startswith("ask_") else facts(c, asked)
    assert any(answer in said for answer in answers), said
    assert "Payday's" not in said and "job's perfectly secure" not in said, said


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "can you confrim your date of birht for me?" got "what did you say this was about?"
        ("car_broke_down_partial", 2791, "carbroke_2791", 2),
        # "Please, you can say me your date of birthday?" got "And this is about?"
        ("already_paid_not_posted", 2761, "paid_2761", 2),
    ],
)
def test_play_test_fifty_six_a_date_of_birth_asked_with_typos_is_given(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    c, said = _replied(library, scenario, seed, played, turn)
    assert c.values["date_of_birth"] in said, said


def test_play_test_fifty_six_the_address_asked_after_is_answered_before_the_goodbye(
    library: Library,
) -> None:
    """ "We'll send everything in writing to the address we have on file. Is that still the
    right address?" got "Right. Thank you for listening. Bye." from the debtor who asked for
    letters."""
    c, said = _replied(library, "stop_calling_cease_contact", 2786, "stopcall_2786", 4)
    assert c.values["address"].split(",")[0] in said, said


def test_play_test_fifty_six_a_caller_who_just_said_who_they_are_is_not_asked_who(
    library: Library,
) -> None:
    """ "Howzit, this is Thabo from Wise Bank. I'm phoning about the car loan ..." got "Who's
    calling?"; the debtor who does not yet know what to make of it asks who they want."""
    c, said = _replied(library, "malicious_default_legal", 2771, "malicious_2771", 1)
    assert not re.search(r"(?i)who's calling|who is this|and you are", said), said


def test_play_test_fifty_seven_the_fault_asked_about_is_not_passed_over_for_the_payment(
    library: Library,
) -> None:
    """ "what is the fault actually sir, engine or gearbox or what?" got "Fine. Let's settle the
    payment, then."; the driver talks about the car."""
    _c, said = _replied(library, "car_dealer_dispute", 2811, "dealer_2811", 5)
    assert "settle the payment" not in said and re.search(
        r"(?i)car|dealer|part|transmission|gearbox|engine", said
    ), said


def test_play_test_fifty_seven_a_count_said_back_in_wonder_is_no_sum(library: Library) -> None:
    """ "About sixty applications so far" - "Sixty! Fair play to you. Look, I don't want to ask
    for the whole 822 ..." got "$60... yes, I think I can find that." and $60 was agreed."""
    c = call_in(library, "student_unemployed_hardship", seed=2816)
    replies = play(c, _from_file("hardship_2816")[:5])
    assert "$60" not in replies[4] and "$822" not in replies[4], replies[4]
    assert c.debtor.agreed.amount is None


def test_a_reliable_customer_asked_for_a_day_answers_it_not_this_week_for_certain(
    library: Library,
) -> None:
    """Played in the UI as a good collector: "Could you pay the 314.58 by Friday?" got "I'll
    sort it out straight away, this week for certain." from the customer who pays at once."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=3)
    replies = play(
        c,
        [
            "Morning! Is this {debtor_name}? It's Alex from {lender}.",
            "This is an attempt to collect a debt and any information will be used for that "
            "purpose. Your personal loan payment of {amount_overdue} hasn't come through.",
            "Ah, that makes sense. Could you pay the {amount_overdue} by Friday?",
        ],
    )
    assert "Friday the 13th" in replies[2] and "this week" not in replies[2], replies[2]
    assert c.debtor.agreed.date == FRIDAY_13TH


def test_play_test_fifty_eight_the_way_for_the_future_and_a_choice_asked_are_not_agreed(
    library: Library,
) -> None:
    """ "We can update the debit order for the future. For this month, would you be able to
    settle the 273.28 ...?" made direct debit the way to pay; "it would need to be an EFT or a
    card payment. Which would you prefer?" got "That's correct." and a confirmed promise by
    direct debit; "EFT or card?" got "I'll do it by direct debit, that's easiest."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=2896)
    replies = play(c, _from_file("courteous_2896"))
    assert not any("direct debit, that's easiest" in r for r in replies), replies
    assert c.turns[3].analysis.slots.method is None  # the debit order is for the months after
    assert "correct" not in replies[5].lower() and "transfer" in replies[5].lower(), replies[5]
    assert c.debtor.agreed.method == "transfer" and c.promise.confirmed


def test_play_test_fifty_eight_a_bargain_to_stop_calling_is_no_request_honoured(
    library: Library,
) -> None:
    """ "Just give me a date and I'll stop calling." got "Good. Thank you. Goodbye." and the
    call was scored as the request honoured."""
    c, said = _replied(library, "stop_calling_cease_contact", 2906, "stopcall_2906", 3)
    assert c.state != "contact_ceased" and "Thank you" not in said, said


def test_play_test_fifty_eight_date_and_amount_demanded_is_asked_for(library: Library) -> None:
    """ "Look, I don't have all day. Date and amount, come on." got "Huh? Make sense or hang
    up."."""
    c, said = _replied(library, "rude_defaulter_composure", 2866, "rude_2866", 5)
    assert "Make sense" not in said and Act.ASK_PAYMENT in c.turns[4].analysis.acts, said


def test_play_test_fifty_eight_the_loan_named_before_is_not_asked_about(library: Library) -> None:
    """ "Hi, sorry, it's Gonzalez Credit Union, about the student loan that's, um, overdue?" then
    "Amber Terry? Is that you?" got "Yes, that's me... oh. Is this about the student loan?"."""
    _c, said = _replied(library, "student_unemployed_hardship", 2876, "hardship_2876", 2)
    assert said == "Yes, that's me.", said


def test_play_test_fifty_nine_the_rest_in_monthly_payments_is_not_one_lump(
    library: Library,
) -> None:
    """ "$444 by bank transfer on Friday the 20th of March, and then the other $823.83 split into
    four monthly payments of about $206, starting in April" got "Then the other $823.83 by
    Wednesday the 1st of April. I can do that." from the graduate out of work (play-test 57
    saw the same with "about 127 a month over six months starting in April")."""
    c, said = _replied(library, "student_unemployed_hardship", 2936, "hardship_2936", 7)
    assert "$206 a month" in said and "$823.83 by" not in said, said
    assert c.debtor.agreed.rest_every == "month" and c.debtor.agreed.rest_amount == Decimal("206")


def test_play_test_sixty_instalments_of_the_rest_are_agreed_as_instalments(
    library: Library,
) -> None:
    """ "a first payment of $100 on Friday the 13th ..., and then the rest spread out monthly,
    something like $112 a month for six months" got "$100, okay ... Friday the 13th works." and
    nothing of the $112; the restatement "the rest, the $673.67, in six monthly bits of about
    $112" then got "And $673.67 more by Monday the 13th of April.", and the promise recorded
    one lump sum the graduate out of work could never pay."""
    c, said = _replied(library, "student_unemployed_hardship", 3026, "hardship_3026", 6)
    assert "$112 a month" in said, said
    assert c.debtor.agreed.rest_every == "month" and c.debtor.agreed.rest_amount == Decimal("112")
    played = _from_file("hardship_3026")
    first = played[5].replace(
        ", and then the rest spread out monthly, something like $112 a month for six months", ""
    )
    c = call_in(library, "student_unemployed_hardship", seed=3026)
    replies = play(c, [*played[:5], first, *played[6:8]])
    assert "$673.67 more" not in replies[7] and "$112 a month" in replies[7], replies[7]
    assert c.promise.rest_every == "month" and c.promise.rest_amount == Decimal("112")


def test_play_test_sixty_an_offer_to_take_the_card_now_is_a_way_to_pay(library: Library) -> None:
    """ "sorry, one more thing, I just realised I can take it by card on this call if that's
    easier for you?" got "Would that be to the usual account, or somewhere else?"."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 3006, "courteous_3006", 7)
    assert "account" not in said and "card" in said.lower(), said
    assert c.debtor.agreed.method == "card"


def test_play_test_sixty_a_lender_put_right_in_the_same_breath_is_the_right_one(
    library: Library,
) -> None:
    """ "This is Priya calling from Frank Bank, oh wait sorry, no, Baker Credit Union" got
    "Sorry, I don't have anything with them."."""
    c, said = _replied(library, "car_broke_down_partial", 2986, "carbroke_2986", 1)
    assert "anything with them" not in said and c.turns[0].analysis.cued("lender_put_right")


def test_play_test_sixty_a_read_back_asked_for_is_read_back(library: Library) -> None:
    """ "Could you ask her to call Marco back on 1-800-555-0142? Would you mind reading the
    number back to me?" got "No problem, I'll leave her a note. Bye." and no number."""
    c, said = _replied(library, "wrong_party_flatmate_message", 3036, "flatmate_3036", 4)
    assert "1-800-555-0142" in said and c.outcome == "message_left", said


def test_play_test_sixty_a_plan_offered_after_the_stop_request_is_pressing_on(
    library: Library,
) -> None:
    """ "Only one question, please, maybe something happen, you lose job or something? Because
    we can maybe make a plan for you, smaller payments." after "stop calling me" got "I'm not
    sure, to be honest." and the call was scored as the request honoured, goal 100."""
    c, said = _replied(library, "stop_calling_cease_contact", 3016, "stopcall_3016", 4)
    assert "not sure" not in said and "stop calling" in said, said
    assert "ignored_request" in c.debtor.flags


def test_play_test_sixty_a_trip_named_in_a_restatement_is_not_a_question_about_it(
    library: Library,
) -> None:
    """ "So that's the full $553.07 through the app today, before you fly. Yes?" got
    "Frankfurt, for a client. I land around six tonight ... That's right." (the trainer's
    example "Where are you flying to?" matched on "fly" alone)."""
    _c, said = _replied(library, "traveller_forgot_deposit", 3031, "traveller_3031", 7)
    assert "Frankfurt" not in said and "$553.07" in said, said
    c, said = _replied(library, "traveller_forgot_deposit", 3031, "traveller_3031", 3)
    asked = play(c, ["So where are you flying to today?"])[0]
    assert "Frankfurt" in asked or "land" in asked, asked


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn", "unasked"),
    [
        # "Can't waive the fees. ... The $619.90 stands." got "Yeah, I've got $619.90."
        ("rude_defaulter_composure", 3011, "rude_3011", 6, "I've got"),
        # "And which bank did you send it from?" got "All of it, $313.47, from my usual bank"
        ("already_paid_not_posted", 2981, "paid_2981", 4, "All of it"),
        # "I understand, but ... next week is too long." got "Thanks. It's been a hectic month."
        ("traveller_forgot_deposit", 3031, "traveller_3031", 5, "Thanks"),
        # "Do you know roughly when she'll be back?" got "She lives here, yeah, she's just out."
        ("wrong_party_flatmate_message", 3036, "flatmate_3036", 3, "lives here"),
    ],
)
def test_play_test_sixty_replies_answer_no_question_not_asked(
    library: Library, scenario: str, seed: int, played: str, turn: int, unasked: str
) -> None:
    _c, said = _replied(library, scenario, seed, played, turn)
    assert unasked not in said, said


def test_play_test_sixty_a_day_said_back_other_than_the_one_named_is_noticed(
    library: Library,
) -> None:
    """The debtor named "Tuesday the 17th" when asked which day; the restatement "Monday the
    16th" was answered "Yes. $633.89 by Monday the 16th, card." as if that were their day
    (play-test 60's drafts; a way to pay said back so is answered "Card is fine too, I
    suppose.")."""
    opening = _from_file("courteous_3006")[:4]
    asked = "which day this week would suit you to pay the $440.98?"
    c = call_in(library, "personal_loan_courteous_reminder", seed=3006)
    replies = play(c, [*opening, asked, "so that's $440.98 by card on Monday the 16th, right?"])
    assert "Friday the 13th" in replies[4], replies[4]
    assert "Friday the 13th" in replies[5] and "Monday the 16th" in replies[5], replies[5]
    assert c.debtor.agreed.date == dt.date(2026, 3, 16)
    c = call_in(library, "personal_loan_courteous_reminder", seed=3006)
    same = play(c, [*opening, asked, "so that's $440.98 by card on Friday the 13th, right?"])[5]
    assert "I said" not in same and "Not Friday" not in same, same


def test_play_test_sixty_a_recap_as_the_debtor_goes_gets_a_yes_first(library: Library) -> None:
    """ "So just to recap: you sent the $313.47 by bank transfer last Tuesday, reference
    TRX-48213 ..." as the paying customer's last line on the phone got "Bye." alone."""
    c, said = _replied(library, "already_paid_not_posted", 2981, "paid_2981", 6)
    assert c.finished and said.lower().startswith(("yes", "that's right")), said


def test_play_test_sixty_the_rest_with_the_next_instalment_is_agreed_for_its_day(
    library: Library,
) -> None:
    """ "What if you put half of it down now, so about $240, on Friday when you get paid, and
    the rest goes on with your next instalment?" (as the scenario's brief asks) got "$240,
    yes. ... Every other week, next one Friday the 13th. It'll be a bit short ..." (the payday
    told, not asked about) and the promise recorded the $240 alone."""
    c, said = _replied(library, "car_broke_down_partial", 2986, "carbroke_2986", 6)
    assert "Every other week" not in said and "$238.41" in said, said
    assert c.debtor.agreed.rest_date == c.record.next_instalment_due(c.today)
    c = call_in(library, "car_broke_down_partial", seed=2986)
    play(c, _from_file("carbroke_2986"))
    assert c.promise.confirmed and c.promise.rest_amount == Decimal("238.41")


def test_play_test_sixty_one_the_correction_taken_confirms_the_promise(library: Library) -> None:
    """ "So $598.72 by bank transfer on Tuesday the 17th. Yes?" - "$589.72, actually, not
    $598.72. The rest is right." - "Whatever, $589.72 then. Done. Bye." was scored a vague
    promise, not confirmed (promise 30), with the tip to restate the promise."""
    c = call_in(library, "car_dealer_dispute", seed=3051)
    play(c, _from_file("dealer_3051"))
    assert c.promise.confirmed and c.outcome == "promise_secured"
    assert c.promise.amount == Decimal("589.72")


def test_play_test_sixty_one_the_debtors_day_turned_down_is_not_agreed(library: Library) -> None:
    """ "Friday the 20th would work for me." - "No, the 20th is next week. Friday the 13th, or
    the notice goes out." got "Yeah, Friday the 20th works."; "Payday lender, credit card
    company, whoever shouts loudest gets paid, right?" got the debtor's payday."""
    lines = _from_file("lenders_3056")
    # (asked for a day "this week", the debtor now names one this week, the 13th; so is "What
    # day?" after "So what can you pay this week?" (play-test 121); the 20th, put and turned
    # down in one breath, is not agreed either)
    lines[4] = "Good. What day?"
    c = call_in(library, "lenders_persistent_late", seed=3056)
    named, said = play(c, lines[:6])[4:6]
    assert "13th" in named, named
    assert "13th" in said and "20th" not in said, said
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)
    c, jibe = _replied(library, "lenders_persistent_late", 3056, "lenders_3056", 3)
    # (pressed, the debtor may put it off to payday; the payday is not told as if asked)
    assert not any(fact in jibe for fact in facts(c, "payday")), jibe


def test_play_test_sixty_one_the_card_agreement_is_no_way_to_pay(library: Library) -> None:
    """ "I can't waive the fees, they're part of the card agreement. ... Which day this week
    works for you?" got "Yeah, card." as if a way to pay had been asked."""
    c, said = _replied(library, "rude_defaulter_composure", 3071, "rude_3071", 6)
    assert "card" not in said.lower() and c.turns[5].analysis.slots.method is None, said


def test_play_test_sixty_one_leave_a_message_asked_and_when_she_might_be_back(
    library: Library,
) -> None:
    """ "Do you know when she might be back?" got "No idea, sorry."; "Would it be ok if I left
    a message for her?" got "Hm, I don't know." from the flatmate who had offered to take
    one."""
    c = call_in(library, "wrong_party_flatmate_message", seed=3096)
    said = play(c, _from_file("flatmate_3096")[:3])
    assert any(line in said[1] for line in facts(c, "whereabouts")), said[1]
    assert c.state == "message_offered" and "don't know" not in said[2], said[2]


def test_play_test_sixty_one_the_graduates_first_payment_as_she_said_it(library: Library) -> None:
    """ "I'm not going to ask you for the whole $762.44 today. ... What could you manage as a
    first payment?" was read as asking for $762.44 today ("$267 is the most I could do. Today
    would be fine, though." from a graduate paid on Friday); "Would Friday the 13th work ...,
    since that's when your money comes in?" got the payday story too; "first payment of $50"
    said back after she named $267 got "Correct. $50 ..." as if she had said it."""
    c, said = _replied(library, "student_unemployed_hardship", 3086, "hardship_3086", 5)
    assert c.turns[4].analysis.slots.amount is None and "oday" not in said, said
    _c, friday = _replied(library, "student_unemployed_hardship", 3086, "hardship_3086", 6)
    assert "every other week" not in friday, friday
    c, back = _replied(library, "student_unemployed_hardship", 3086, "hardship_3086", 8)
    assert "$267" in back and "$50" in back, back
    assert c.debtor.agreed.amount == Decimal("50")


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "ok thanks so much mr brown, sorry again for the bother, have a nice" got "Okay. Got it."
        ("personal_loan_courteous_reminder", 3066, "courteous_3066", 8),
        # "Great. Safe fli" got "Okay. Got it."
        ("traveller_forgot_deposit", 3091, "traveller_3091", 6),
    ],
)
def test_play_test_sixty_one_a_goodbye_cut_off_still_ends_the_call(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    c, said = _replied(library, scenario, seed, played, turn)
    assert c.finished and "Got it" not in said, said


def test_play_test_sixty_one_asked_to_update_the_direct_debit_the_customer_will(
    library: Library,
) -> None:
    """ "oh and maybe update the direct debit with ur new bank too so it doesnt happen again?"
    got "No idea, sorry." from the reliable customer."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 3066, "courteous_3066", 7)
    assert any(line in said for line in _answers(c, "ask_update_direct_debit")), said


def test_play_test_sixty_two_a_read_back_with_no_promise_reads_back_what_was_given(
    library: Library,
) -> None:
    """ "sorry could you read it back to me slowly?" after the payment's reference got "Alright,
    yeah. Thanks. We haven't agreed anything yet."; the flatmate asked "Could you read it back
    to me so I know it went down right?" after the number got the same; "have you got a pen
    handy?" got "No idea, sorry."."""
    c, said = _replied(library, "already_paid_not_posted", 3101, "paid_3101", 6)
    assert c.values["payment_reference"] in said and "agreed" not in said, said
    c = call_in(library, "wrong_party_flatmate_message", seed=3156)
    replies = play(c, _from_file("flatmate_3156")[:5])
    assert "No idea" not in replies[3] and "1-800-555-0142" in replies[4], replies[3:]


def test_play_test_sixty_two_terms_put_with_say_it_back_confirm_and_the_day_is_noticed(
    library: Library,
) -> None:
    """ "So $593.31 online today, March 10. Say it back to me." after the traveller named
    Wednesday the 11th got "Right: $593.31, Tuesday the 10th, online payment. Done." as if
    today were hers, the promise stayed unconfirmed, and "Right. Go catch your plane." then got
    "Good, I'll sort it when I'm back." (a vague promise, promise 30)."""
    c, said = _replied(library, "traveller_forgot_deposit", 3151, "traveller_3151", 6)
    assert "Wednesday the 11th" in said and c.promise.confirmed, said
    play(c, _from_file("traveller_3151")[6:7])
    assert c.outcome != "vague_promise" and "when I'm back" not in c.turns[-1].reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "Are you managing okay otherwise? What's your plan for the next few weeks?"
        ("car_broke_down_partial", 3106, "carbroke_3106", 5),
        # "hows uni going, ur still studying right? whats the plan after?"
        ("student_forgot_first_late", 3141, "student_3141", 4),
        # "And what you plan for next months, you look for other job?"
        ("student_unemployed_hardship", 3146, "hardship_3146", 4),
    ],
)
def test_play_test_sixty_two_their_plans_asked_are_answered_from_their_work(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Questions about the debtor's plans got "Thanks. It's been a rough couple of weeks." or
    "I'll sort it out soon, I promise." and nothing about them."""
    c, said = _replied(library, scenario, seed, played, turn)
    assert any(line in said for line in facts(c, "job")), said


def test_play_test_sixty_two_how_are_you_paying_without_its_mark_is_answered(
    library: Library,
) -> None:
    """ "Fine, so $1,000 on Friday then. How are you paying" got "$1,000, yeah, I can find that.
    Okay, Friday the 13th." and nothing about the way to pay."""
    _c, said = _replied(library, "lenders_persistent_late", 3116, "lenders_3116", 6)
    assert "pay?" in said or any(w in said.lower() for w in ("transfer", "card", "online")), said


# --- play-test 63 ---------------------------------------------------------------------------
def test_play_test_sixty_three_a_lender_typed_without_its_silent_letter_is_theirs(
    library: Library,
) -> None:
    """ "its mike from zang bank, abt ur car loan. can u confirm ur date of birth pls" to a
    Zhang Bank customer got "zang bank? I don't have anything with them." and no birth date."""
    c, said = _replied(library, "already_paid_not_posted", 3161, "alreadypaid_3161", 2)
    assert "anything with them" not in said and "1995" in said, said
    assert "wrong_lender" not in c.turns[-1].analysis.flags


def test_play_test_sixty_three_a_date_of_birth_read_back_is_confirmed(library: Library) -> None:
    """ "Sorry, my english is not so good, you say April 23 of 1973, yes?" got "Speaking. What
    now?" (the date read as a deadline next month)."""
    c, said = _replied(library, "stop_calling_cease_contact", 3196, "stopcalling_3196", 3)
    assert said.startswith("Yes"), said
    assert c.turns[-1].analysis.slots.date is None


def test_play_test_sixty_three_the_day_asked_again_is_said_again(library: Library) -> None:
    """ "sorry, could you say the date again? I just want to write it down right" got "How
    much would that be, exactly?"."""
    _c, said = _replied(library, "personal_loan_courteous_reminder", 3186, "courteous_3186", 5)
    assert said.startswith("I said, Friday the 13th"), said


def test_play_test_sixty_three_asked_to_say_it_back_the_debtor_says_their_own_day(
    library: Library,
) -> None:
    """ "so just to confirm... $182.75, on that day, that way... can you say it back so I'm
    sure?" got "So, $182.75 by card. Sorry, which day did you mean?" about the day she had
    named herself two lines before; saying it back is her promise, confirmed."""
    c, said = _replied(library, "student_forgot_first_late", 3201, "student_3201", 8)
    assert "Friday the 13th" in said and "which day" not in said, said
    assert c.promise.confirmed and c.promise.date == dt.date(2026, 3, 13)
    assert c.state == "promised"


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn", "turned_down"),
    [
        # "No. Not next payday. March 31 is not happening. If this isn't paid within a week ..."
        ("lenders_persistent_late", 3176, "lenders_3176", 4, "the 31st"),
        # "... the 27th is a little bit past the two weeks I'm allowed, so I was wondering,
        # could you do the $100 this Friday, the 13th, since that's your payday?"
        ("student_unemployed_hardship", 3206, "hardship_3206", 5, "the 27th"),
    ],
)
def test_play_test_sixty_three_a_day_turned_down_is_not_agreed(
    library: Library, scenario: str, seed: int, played: str, turn: int, turned_down: str
) -> None:
    """The day the collector had just turned down was the one the debtor agreed to: "Okay,
    Tuesday the 31st.", "Okay, Friday the 27th should be fine."."""
    c, said = _replied(library, scenario, seed, played, turn)
    assert turned_down not in said, said
    assert c.debtor.agreed.date != dt.date(2026, 3, 31 if "31" in turned_down else 27)


def test_play_test_sixty_three_the_sum_said_back_to_the_cent_is_the_promise(
    library: Library,
) -> None:
    """ "about $242" agreed, then "$242.19 by bank transfer on Friday the 13th of March ... Is
    that right?" said back and agreed: the promise recorded $242.00, below the half of $484.37
    the goal asks for."""
    c = call_in(library, "car_broke_down_partial", seed=3166)
    play(c, _from_file("carbroke_3166"))
    assert c.promise.amount == Decimal("242.19") and c.promise.confirmed
    assert c.promise.rest_amount == Decimal("242.18")


# --- play-test 64 ---------------------------------------------------------------------------
def test_play_test_sixty_four_a_sum_called_too_much_is_not_the_one_agreed(
    library: Library,
) -> None:
    """ "One third is around $310, I think is too much for you now. What about $150 first
    payment, and then $100 every month for the rest?" got "$310... yes, I think I can find
    that. Yes, Tuesday the 10th is fine." (the sum set aside, and "now" read as the day)."""
    c, said = _replied(library, "student_unemployed_hardship", 3266, "hardship_3266", 6)
    assert "$150" in said and "$310" not in said and "Tuesday the 10th" not in said, said
    assert c.debtor.agreed.amount == 150 and c.debtor.agreed.date is None


def test_play_test_sixty_four_a_day_called_weeks_away_and_not_happening_is_not_agreed(
    library: Library,
) -> None:
    """ "No. Not next payday. March 31 is three weeks away. Not happening." got "Yeah, Tuesday
    the 31st works."."""
    c, said = _replied(library, "lenders_persistent_late", 3236, "lenders_3236", 6)
    assert "31st" not in said and c.debtor.agreed.date != dt.date(2026, 3, 31), said


def test_play_test_sixty_four_said_once_more_slowly_is_said_again(library: Library) -> None:
    """ "could you say it once more slowly?" after the payment's reference got "I'm not sure,
    to be honest."."""
    c, said = _replied(library, "already_paid_not_posted", 3221, "alreadypaid_3221", 6)
    assert said.startswith("I said,") and c.values["payment_reference"] in said, said


def test_play_test_sixty_four_the_rests_day_is_not_the_first_parts(library: Library) -> None:
    """ "Could we maybe make it $275 to keep it round? That's about half, and the rest goes on
    with your next instalment." got "$275, yes. I can manage that. Okay, Saturday the 28th,
    yes." (the next instalment's day taken for the first part's, which nobody had named)."""
    c, said = _replied(library, "car_broke_down_partial", 3226, "carbroke_3226", 6)
    assert "28th" not in said and c.debtor.agreed.date is None, said
    assert c.turns[-1].analysis.slots.rest_date == dt.date(2026, 3, 28)


def test_play_test_sixty_four_a_reason_kept_private_gets_a_message_offered(
    library: Library,
) -> None:
    """ "It's nothing urgent really, it's just a personal matter so I'd rather talk to her about
    it directly, I hope you don't mind." got "Sorry, what was that?" from the flatmate."""
    c, said = _replied(library, "wrong_party_flatmate_message", 3276, "flatmate_3276", 3)
    assert "message" in said and "what was that" not in said.lower(), said
    assert c.state == "kept_private" and "disclosed" not in c.debtor.flags


def test_play_test_sixty_four_a_slip_put_right_to_the_debtors_own_day_is_taken(
    library: Library,
) -> None:
    """The trainee said the debtor's Friday 13th back as "thurs 12th", which the debtor took;
    then "oops my bad lol fri 13th. $294.32 fri 13th online, ok?" got "Thursday the 12th,
    actually, not Friday the 13th." and the promise kept the slip."""
    c, said = _replied(library, "student_forgot_first_late", 3261, "student_3261", 8)
    assert "12th" not in said, said
    assert c.promise.date == dt.date(2026, 3, 13) and c.promise.confirmed


def test_play_test_sixty_five_a_slip_put_right_in_the_line_is_the_first_parts_day(
    library: Library,
) -> None:
    """ "... you pay half now, 219.26, this week, and the other half with your next instalment.
    Can you pay 219.26 by Thursday? Sorry, I mean Friday 13 March." got "Fine, Tuesday the
    10th. That works." (the "now" kept for the first part, the slip read as the rest's day)."""
    c, said = _replied(library, "car_broke_down_partial", 3296, "carbroke_3296", 4)
    assert "Friday the 13th" in said and "10th" not in said, said
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_play_test_sixty_five_a_restatement_putting_its_own_slip_right_is_confirmed(
    library: Library,
) -> None:
    """ "Right so 854.36 by bank transfer on monday the 15th - no wait, the 16th. Monday 16th
    march. confirmed?" got "Monday the 16th, actually, not Sunday the 15th. The rest is
    right." and the confirmation did not count."""
    c, said = _replied(library, "lenders_persistent_late", 3326, "lenders_3326", 5)
    assert "15th" not in said, said
    assert c.promise.date == dt.date(2026, 3, 16) and c.promise.confirmed


def test_play_test_sixty_five_the_way_they_pay_asked_of_them_is_answered(
    library: Library,
) -> None:
    """ "awesome. and ur paying thru the app yeah?" (the app offered the turn before) got "How
    would I pay it? Can I do it online?"."""
    c, said = _replied(library, "student_forgot_first_late", 3306, "student_3306", 6)
    assert "How would I pay" not in said and c.debtor.agreed.method == "online", said


def test_play_test_sixty_five_two_security_answers_and_the_purpose_told_read_as_one_person(
    library: Library,
) -> None:
    """ "... calling on behalf of Johnson Credit Union regarding your student loan. Before we
    continue, could you please confirm your date of birth and the first line of your address?"
    got "Sure, August 5, 1998. Sure, it's 39791 Chambers Trace, ... Yes, that's me... oh. Is
    this about the student loan?"."""
    _c, said = _replied(library, "student_unemployed_hardship", 3301, "graduate_3301", 1)
    assert said.count("Sure") <= 1 and "student loan?" not in said, said


def test_play_test_sixty_five_a_hostile_debtor_answers_the_security_question_grudgingly(
    library: Library,
) -> None:
    """The rude defaulter who had just said "Oh great, you lot again?" gave a cheerful "Sure,
    August 22, 1988."; hostile personas now answer in their own voice."""
    c, said = _replied(library, "rude_defaulter_composure", 3351, "rude_3351", 2)
    assert c.record.date_of_birth.strftime("%B %-d, %Y") in said, said
    assert not said.startswith("Sure"), said
    for persona in ("rude_defaulter", "malicious_defaulter", "stop_calling_debtor"):
        said_as = library.personas[persona].facts
        assert {Topic.DATE_OF_BIRTH, Topic.ADDRESS} <= set(said_as), persona


def test_play_test_sixty_six_the_rests_day_nodded_to_moves_no_part(library: Library) -> None:
    """$200 on Friday the 13th and the other $184.51 by the 22nd agreed, "Yep the 22nd is when
    your next instalment is due anyway. How do you want to send the 200?" moved the $200 to the
    22nd; the read-back "... together with your normal March payment of 384.51" then got "Not
    Friday the 13th: Sunday the 22nd, like I said." three times."""
    c, said = _replied(library, "car_broke_down_partial", 3376, "carbroke_3376", 6)
    assert c.debtor.agreed.date == dt.date(2026, 3, 13) and "22nd" not in said, said
    c, said = _replied(library, "car_broke_down_partial", 3376, "carbroke_3376", 7)
    assert said.startswith("Yes, that's right") and "$384.51" not in said, said
    assert c.promise.confirmed and c.promise.rest_amount == Decimal("184.51")


def test_play_test_sixty_six_a_first_payment_offered_then_its_sum_is_not_the_rests(
    library: Library,
) -> None:
    """ "a smaller first payment in the next couple of weeks and then the rest split monthly.
    Could you do something like $100 on your next cafe payday?" got "$1,221.69 is too much for
    me right now. I could do $428." (the $100 read as the rest's); then "the 31st is a bit far
    out ... $100 on Friday the 13th, then the rest in monthly payments" got the 31st again."""
    c, said = _replied(library, "student_unemployed_hardship", 3366, "graduate_3366", 5)
    assert "$100" in said and "$428" not in said and "too much" not in said, said
    c, said = _replied(library, "student_unemployed_hardship", 3366, "graduate_3366", 6)
    assert "Friday the 13th" in said and "31st" not in said, said
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (100, dt.date(2026, 3, 13))


def test_play_test_sixty_six_the_address_asked_in_a_few_words_is_answered(
    library: Library,
) -> None:
    """ "DOB and address, pls." got the date of birth alone, "And the address? I need both."
    got "What?"; "would you kindly confirm your date of birth and your current address?" got
    the date of birth alone, "and the address as well, if you do not mind?" got "Sorry, I
    didn't catch what this was about."."""
    c, said = _replied(library, "stop_calling_cease_contact", 3406, "stopcalling_3406", 1)
    assert c.record.address in said and "November 17, 1982" in said, said
    _c, said = _replied(library, "stop_calling_cease_contact", 3406, "stopcalling_3406", 2)
    assert c.record.address in said, said
    c, said = _replied(library, "student_unemployed_hardship", 3426, "graduate_3426", 2)
    assert c.record.address in said, said


def test_play_test_sixty_six_a_calm_customer_told_of_a_consequence_takes_it_as_herself(
    library: Library,
) -> None:
    """ "If its not paid it'll get reported and could go further. Can you pay it today?" to
    the customer of six years (whom threats offend) got a cheerful "Yes, today suits me."."""
    c, said = _replied(library, "personal_loan_courteous_reminder", 3401, "courteous_3401", 4)
    warned = library.personas[c.scenario.persona].reactions.warned or []
    assert any(said.startswith(line) for line in warned), said
    assert "today" in said, said


def test_play_test_sixty_six_the_payday_asked_beside_the_terms_is_answered(
    library: Library,
) -> None:
    """ "When do the cafe shifts pay you? And is there any way to get the full 1221.69 in by
    the end of the month?" got no word of the payday ("Right now? There's no way.")."""
    _c, said = _replied(library, "student_unemployed_hardship", 3366, "graduate_3366", 4)
    # (the full sum turned down, whichever of her refusals says so)
    assert "Friday the 13th" in said and ("no way" in said or "can't pay" in said), said
    _c, said = _replied(library, "student_unemployed_hardship", 3426, "graduate_3426", 5)
    assert "Friday the 13th" in said, said


def test_play_test_sixty_six_a_question_asked_before_the_terms_is_answered_first(
    library: Library,
) -> None:
    """ "When do you land? If it's today, could you do the full 729.42 on the app tonight?"
    got the terms first and the landing time after them."""
    _c, said = _replied(library, "traveller_forgot_deposit", 3381, "traveller_3381", 4)
    assert said.index("I land") < said.index("$729.42"), said


def test_play_test_sixty_eight_two_ways_offered_after_the_goal_get_either(
    library: Library,
) -> None:
    """ "Do you want that I send you the form for the new direct debit by email, or you will do
    it in your online banking?" after the promise got "I'd rather keep that to myself, thanks."
    (a question about her life, as it was heard)."""
    _c, said = _replied(library, "personal_loan_courteous_reminder", 3526, "courteous_3526", 5)
    assert said in DEFAULT_CLARIFY["either"], said


def test_play_test_sixty_nine_security_asked_after_thanks_is_answered(library: Library) -> None:
    """ "Great, thanks Michael, just need to confirm your date of birth and the first line of
    your address for security please" got "Sorry, what exactly are you calling about?" (the
    thanks read as the details taken, not asked for)."""
    c, said = _replied(library, "car_dealer_dispute", 3621, "dealer_3621", 2)
    assert c.record.address in said and "calling about" not in said, said


def test_play_test_sixty_nine_a_part_now_and_the_rest_later_is_a_plan(library: Library) -> None:
    """ "do you think maybe you could pay a part of it? Like maybe $200 by this Friday, and the
    rest with the next payment?" got "I'll pay it when I can, once I'm back to full shifts."."""
    c, said = _replied(library, "car_broke_down_partial", 3666, "carbroke_3666", 4)
    assert "$200" in said and "Friday the 13th" in said, said


def test_play_test_sixty_nine_the_day_and_the_bank_asked_are_told(library: Library) -> None:
    """ "What day did you send it exactly, and which bank?" got "The full $288.40, from my
    current account, to the account details on my statement" (neither the day nor the bank)."""
    _c, said = _replied(library, "already_paid_not_posted", 3651, "alreadypaid_3651", 5)
    assert "Tuesday" in said and "Northgate Savings" in said, said


def test_play_test_sixty_nine_terms_said_back_with_a_goodbye_get_one_back(
    library: Library,
) -> None:
    """ "... so just to be sure: $365.30 by card on Saturday the 14th... oh no sorry, Friday the
    13th." got "Friday the 13th, actually, not Saturday the 14th."; then "Yes, sorry, Friday
    the 13th, $365.30, card. ... Bye." ended the call on "And please make sure the dispute with
    the dealer is on my file." with no goodbye."""
    c, said = _replied(library, "car_dealer_dispute", 3676, "dealer_3676", 7)
    assert "Saturday" not in said and c.promise.confirmed, said
    c = call_in(library, "car_dealer_dispute", seed=3676)
    lines = _from_file("dealer_3676")
    lines[6] = lines[6].replace("... oh no sorry, Friday the 13th", "")
    lines[6] = lines[6].replace("Saturday the 14th", "Friday the 13th")
    said = play(c, lines[:8])
    assert c.finished and re.search(r"\bbye\b[^.!?]*[.!?]*$", said[-1], re.IGNORECASE), said[-1]


def test_asked_to_pay_again_after_the_reference_the_customer_refuses_and_it_counts(
    library: Library,
) -> None:
    """Play-test seventy: once the reference was taken, "easiest is you just pay it again by card
    now" got "Okay. Got it." and the goal still counted; "Are you sure it went through?" got "I
    don't follow."."""
    c = call_in(library, "already_paid_not_posted", seed=3721)
    replies = play(c, _from_file("paid_3721"))
    assert "receipt" in replies[2] or "confirmation" in replies[2], replies[2]
    assert "paid" in replies[4] and "Got it" not in replies[4], replies[4]
    assert "paid" in replies[5] and replies[5] != replies[4], replies[5]
    c.end()
    assert not describe_result(c).startswith("Goal:    reached")
    assert "pressed_after_paid" in c.debtor.flags


def test_the_flatmate_asked_who_she_is_says_so(library: Library) -> None:
    c, reply = _replied(library, "wrong_party_flatmate_message", 3726, "flatmate_3726", 2)
    assert "Jess" in reply and "flatmate" in reply, reply


def test_a_warm_customer_asked_whether_this_number_is_best_says_yes(library: Library) -> None:
    c = call_in(library, "personal_loan_courteous_reminder", seed=3701)
    replies = play(c, _from_file("courteous_3701")[:7])
    assert replies[6].startswith("Yes"), replies[6]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("393.06"), dt.date(2026, 3, 12))
    assert "direct debit" not in replies[3].lower(), replies[3]  # the failed one is no way to pay


def test_a_wavering_offer_to_ask_the_manager_is_seized_by_the_fee_hunter(
    library: Library,
) -> None:
    c = call_in(library, "rude_defaulter_composure", seed=3751)
    replies = play(c, _from_file("rude_3751")[:7])
    assert "fees_dangled" in c.debtor.flags, replies[5]
    assert "You don't give up" not in replies[5], replies[5]
    assert replies[6].lower().count("whatever") <= 2, replies[6]


def test_the_hardship_debtor_asked_what_is_left_after_rent_gives_a_figure(
    library: Library,
) -> None:
    c = call_in(library, "student_unemployed_hardship", seed=3756)
    replies = play(c, _from_file("hardship_3756"))
    assert "each month" in replies[3] or "a month" in replies[3], replies[3]
    assert c.debtor.agreed.date == dt.date(2026, 3, 20), replies[5]  # "Friday the 20th, I mean"


def test_three_monthly_payments_for_the_rest_are_an_instalment_not_one_payment(
    library: Library,
) -> None:
    """Play-test seventy-one: "And the rest, that's 684.84... would three monthly payments of
    228.28 be ok? Starting in April?" got "Then the other $684.84 by Wednesday the 1st of
    April."."""
    c, reply = _replied(library, "student_unemployed_hardship", 3796, "hardship_3796", 6)
    assert "$228.28 a month" in reply and "$684.84" not in reply, reply
    assert c.debtor.agreed.rest_every == "month"


def test_a_credit_file_consequence_is_no_threat_that_ends_the_call(library: Library) -> None:
    c = call_in(library, "car_dealer_dispute", seed=3746)
    replies = play(c, _from_file("dealer_3746"))
    assert not c.finished and "threatened" not in replies[3], replies[3]
    assert "$747.52" in replies[3], replies[3]


def test_a_security_answer_is_not_followed_by_speaking(library: Library) -> None:
    c, reply = _replied(library, "traveller_forgot_deposit", 3761, "traveller_3761", 1)
    assert "Speaking" not in reply and "1970" in reply, reply


def test_sometime_this_week_asked_of_a_reliable_customer_is_answered_not_a_goodbye(
    library: Library,
) -> None:
    c = call_in(library, "personal_loan_courteous_reminder", seed=3741)
    replies = play(c, _from_file("courteous_3741"))
    assert not c.finished and "$294.12" in replies[3], replies[3]


def test_the_address_checked_as_the_call_ends_is_confirmed_first(library: Library) -> None:
    """Play-test seventy: "Is 196 Bautista Place still the best address to send letters to?"
    got "Right. Thank you for listening. Bye." and the question went unanswered."""
    c, reply = _replied(library, "stop_calling_cease_contact", 3691, "stopcall_3691", 4)
    assert reply.startswith("Yes"), reply
    assert c.finished


def test_the_way_asked_with_the_terms_is_answered_and_said_back_in_other_words_kept(
    library: Library,
) -> None:
    """Play-test seventy: "how do u want to pay the 235.65 on friday - card over the phone,
    online banking, or in branch?" got "Yes, that's right. I'd do it by online payment", and "by
    online transfer" said back got "Bank transfer is fine too, I suppose."."""
    c = call_in(library, "car_broke_down_partial", seed=3706)
    replies = play(c, _from_file("carbroke_3706")[:7])
    assert not replies[5].startswith("Yes, that's right"), replies[5]
    assert "fine too" not in replies[6] and c.debtor.agreed.method == "online", replies[6]
    assert c.debtor.confirmed


def test_a_lending_team_callback_offered_after_the_promise_is_welcomed(library: Library) -> None:
    """Play-test seventy-two: "I'll ask our lending team to give you a ring about that, would
    that be ok?" got "Okay, fair enough.", a concession, not a yes to an offer."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 3846, "courteous_3846", 7)
    assert reply.startswith(("Yes, please", "Sure, that would help")), reply


def test_the_address_asked_as_maybe_after_the_date_of_birth_is_given_too(
    library: Library,
) -> None:
    c, reply = _replied(library, "car_broke_down_partial", 3896, "carbroke_3896", 2)
    assert c.values["address"].split()[0] in reply, reply


def test_remaining_said_without_the_is_the_rest_with_its_own_day(library: Library) -> None:
    """Play-test seventy-three: "245 online by friday 13th, remaining 243.78 added to your next
    instalment. right?" was agreed as "the other $243.78 by Friday the 13th"."""
    c, reply = _replied(library, "car_broke_down_partial", 3946, "carbroke_3946", 7)
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("245"), dt.date(2026, 3, 13)), reply
    assert agreed.rest_amount == Decimal("243.78") and agreed.rest_date == dt.date(2026, 3, 25)


def test_a_new_plan_after_the_whole_was_turned_down_keeps_no_old_day(library: Library) -> None:
    """Play-test seventy-three: "maybe 50 dollars as a first payment, in the next two weeks"
    after "the full amount by the end of the month" was turned down got "Yes, Tuesday the 31st
    works.", a day nobody put for the plan."""
    c, reply = _replied(library, "student_unemployed_hardship", 3966, "hardship_3966", 5)
    assert "31st" not in reply and "$50" in reply, reply
    assert c.debtor.agreed.date is None


def test_the_dispute_noted_in_the_read_back_is_not_asked_for_again(library: Library) -> None:
    """Play-test seventy-three: "... and I've noted your dispute with the dealer on file. Does
    that sound right?" got "... And please make sure the dispute with the dealer is on my
    file."."""
    c, reply = _replied(library, "car_dealer_dispute", 3906, "dealer_3906", 6)
    assert "$469.31" in reply and "on my file" not in reply, reply


def test_the_postcode_asked_is_the_postcode_not_the_whole_address(library: Library) -> None:
    c, reply = _replied(library, "personal_loan_courteous_reminder", 3921, "courteous_3921", 2)
    assert (
        reply == f"Sure, it's {c.values['postcode']}." or reply == f"It's {c.values['postcode']}."
    )
    assert c.values["address"].endswith(c.values["postcode"])


def test_a_day_asked_for_without_a_question_mark_is_named(library: Library) -> None:
    """Play-test seventy-three: "I need more then 'first'. Give me a day and how your paying.
    Full 915.54." got "Fine, $915.54. I'll make it work.", no day."""
    c, reply = _replied(library, "lenders_persistent_late", 3936, "lenders_3936", 4)
    assert re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", reply)


def test_their_own_day_said_back_after_a_slip_is_theirs(library: Library) -> None:
    """Play-test seventy-four: the debtor named Tuesday the 17th, took the caller's slip of the
    18th, and then 'corrected' "no my mistake, tuesday the 17th" back to the 18th."""
    c, reply = _replied(library, "car_dealer_dispute", 4011, "dealer_4011", 7)
    assert "actually" not in reply and c.debtor.agreed.date == dt.date(2026, 3, 17), reply


def test_payday_asked_about_then_refused_and_far_away_is_not_agreed(library: Library) -> None:
    c = call_in(library, "lenders_persistent_late", seed=4046)
    replies = play(c, _from_file("lenders_4046")[:6])
    assert "31st" not in replies[4] and "31st" not in replies[5], replies[4:6]
    assert c.debtor.agreed.date == dt.date(2026, 3, 17), replies[5]


def test_how_the_paid_instalment_was_sent_is_answered(library: Library) -> None:
    c, reply = _replied(library, "already_paid_not_posted", 4001, "paid_4001", 5)
    assert "Northgate Savings" in reply or "bank" in reply.lower(), reply
    assert "don't know" not in reply, reply


def test_the_sum_of_the_payment_made_asked_after_the_reference_is_no_pressing(
    library: Library,
) -> None:
    """Play-test seventy-five: "How much it was, the transfer? Same 392.47?" after the reference
    got "Are you even listening? It's paid." and failed the call for pressing."""
    c = call_in(library, "already_paid_not_posted", seed=4076)
    replies = play(c, _from_file("paid_4076")[:5])
    assert "$392.47" in replies[4] and "listening" not in replies[4], replies[4]
    assert "pressed_after_paid" not in c.debtor.flags


def test_the_other_half_with_the_months_instalment_and_the_full_sum_asked_after(
    library: Library,
) -> None:
    """Play-test seventy-five: "289.10 by transfer fri 13th, other 289.10 on the 22nd with ur
    march instalment of 578.20" was read as $578.20, and "u can pay the full 578.20 this
    friday?" after the promise got "Yes, that's right."."""
    c = call_in(library, "car_broke_down_partial", seed=4111)
    replies = play(c, _from_file("carbroke_4111"))
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.rest_amount) == (Decimal("289.10"), Decimal("289.10")), replies
    assert replies[-1].startswith("$289.10, actually, not $578.20"), replies[-1]


def test_the_first_payment_named_beside_a_monthly_sum_is_the_first_part(
    library: Library,
) -> None:
    c, reply = _replied(library, "student_unemployed_hardship", 4066, "hardship_4066", 4)
    assert reply.startswith("$245") and "$163 a month" in reply, reply


def test_a_gentle_ask_for_this_week_gets_an_answer_not_a_goodbye(library: Library) -> None:
    """Play-test seventy-six: "would it be ok to maybe pay the 354.84 this week? I mean if it's
    not too much trouble" got "Lovely, I'll get to it soon. Thanks for calling." and the call
    ended on a vague promise."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 4216, "courteous_4216", 4)
    assert not c.finished and "$354.84" in reply, reply


def test_compliance_notes_on_a_call_that_passed_have_their_heading(library: Library) -> None:
    """Play-test seventy-six: the note on offering to look into the fees was printed as a lone
    bullet between the scores and "To work on", under no heading."""
    c = call_in(library, "rude_defaulter_composure", seed=4206)
    play(c, _from_file("rude_4206"))
    c.end()
    report = describe_result(c).splitlines()
    notes = [n for n, line in enumerate(report) if line.startswith("  - turn ")]
    assert notes and not c.scores().failed, report
    assert report[notes[0] - 1] == "Compliance notes:", report


# --- play-test 77 --------------------------------------------------------------------------
def test_the_day_of_a_broken_promise_recalled_and_refused_is_not_agreed(library: Library) -> None:
    """Play-test seventy-seven: "No. End of the month is what you said last time. If this isnt
    paid within the week a written collection notice goes out ..." got "Yeah, Tuesday the 31st
    works.", the day refused taken as offered."""
    c, reply = _replied(library, "lenders_persistent_late", 4261, "lenders_4261", 3)
    assert "31st" not in reply and c.debtor.agreed.date is None, reply


def test_a_plan_with_its_sum_and_a_span_is_answered_not_taken_as_whenever(
    library: Library,
) -> None:
    """Play-test seventy-seven: "No, that's ok, I understand. Um, maybe we could do a payment
    plan instead? Like a smaller first payment in the next two weeks, and then the rest spread
    out monthly. Would something like 50 dollars be possible, maybe?" ended the hardship call
    as a vague promise accepted."""
    c, reply = _replied(library, "student_unemployed_hardship", 4276, "hardship_4276", 5)
    assert not c.finished and "$50" in reply, reply


@pytest.mark.parametrize(
    ("played", "seed", "turn"), [("paid_4231", 4231, 5), ("paid_4286", 4286, 4)]
)
def test_how_the_payment_made_was_sent_is_answered(
    library: Library, played: str, seed: int, turn: int
) -> None:
    """Play-test seventy-seven: "And was it the full 339.34 you sent, from your usual
    account?" and "was that an online transfer or did you pay at the bank?" got "No idea,
    sorry." from the customer who had just given the transfer's reference."""
    c, reply = _replied(library, "already_paid_not_posted", seed, played, turn)
    assert reply in facts(c, "payment_sent"), reply


def test_a_card_payment_in_the_app_is_the_online_payment_agreed(library: Library) -> None:
    """Play-test seventy-seven: "Perfect. So, 962.23 today, Tuesday 10th, by card in the app.
    You confirm?" after "$962.23 by Tuesday the 10th, online payment" got "Not card: online
    payment, like I said."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 4241, "traveller_4241", 6)
    assert reply.startswith("Yes") and "Not card" not in reply and c.promise.method == "online"


def test_what_the_student_studies_is_answered_from_what_they_do(library: Library) -> None:
    """Play-test seventy-seven: "oh thats ok, exams are the worst haha. what are you
    studying?" got "I'll sort it out soon, I promise.", the question ignored."""
    c, reply = _replied(library, "student_forgot_first_late", 4291, "student_4291", 4)
    assert any(reply.startswith(f) for f in facts(c, "job")), reply


def test_a_sum_put_to_the_broken_down_car_owner_is_answered(library: Library) -> None:
    """Play-test seventy-four: "would it help if you paid just part of it now? like maybe 200
    dollars this week" got "I'll catch up as soon as things settle down ... Maybe in a few
    weeks?"; then "301 dollars, within this week, and the rest with your next instalment"
    took the instalment's day for the first part, and the terms said back were agreed twice
    over in one reply."""
    c = call_in(library, "car_broke_down_partial", seed=4041)
    replies = play(c, _from_file("carbroke_4041"))
    assert "$200" in replies[2] and "few weeks" not in replies[2], replies[2]
    assert "27th" not in replies[3], replies[3]
    assert replies[5].count("$300.24") == 1, replies[5]
    assert c.promise.amount == Decimal("301") and c.promise.rest_date == dt.date(2026, 3, 27)


# --- play-test 78 --------------------------------------------------------------------------
def test_the_sum_of_the_transfer_asked_to_trace_it_is_no_pressing(library: Library) -> None:
    """Play-test seventy-eight: "And was it for the full 339.14?" and "Was the transfer for
    $339.14?" got "I'm not paying it twice!" and failed the call for pressing for a paid
    debt."""
    c = call_in(library, "already_paid_not_posted", seed=4326)
    replies = play(c, _from_file("paid_4326"))
    # (the sum said, or the sum asked back said to be right)
    yes = tuple(DEFAULT_CLARIFY["that_is_right"])
    assert all("339.14" in r or r.startswith(yes) for r in replies[3:5]), replies[3:5]
    assert "pressed_after_paid" not in c.debtor.flags and goal_reached(c)


def test_a_bigger_first_part_put_on_its_own_day_replaces_the_one_agreed(
    library: Library,
) -> None:
    """Play-test seventy-eight: with $150 today agreed, "Is there any way you can do $220 by
    this Friday the 13th instead? And the rest with the next payment?" got "Then the other
    $289.66 by Friday the 20th.", the $220 ignored and the rest worked out from $150."""
    c, reply = _replied(library, "car_broke_down_partial", 4361, "carbroke_4361", 5)
    assert "$220" in reply and "$219.66" in reply and "$289.66" not in reply, reply


def test_what_the_shifts_bring_in_is_answered(library: Library) -> None:
    """Play-test seventy-eight: "How much you are earning from the cafe shifts, maybe per
    week?" got "Once I'm working again I'll pay it all back, I swear.", and "roughly how much
    money you get from cafe every week?" got "I'm not sure, to be honest."."""
    c = call_in(library, "student_unemployed_hardship", seed=4316)
    replies = play(c, _from_file("hardship_4316")[:4])
    for reply in replies[2:4]:
        # (what they earn is told from their work since play-test 122, not what they can pay)
        assert any(fact in reply for fact in facts(c, "job")), reply


# --- play-test 79 --------------------------------------------------------------------------
def test_the_day_to_make_the_arrangement_is_no_day_to_pay(library: Library) -> None:
    """Play-test seventy-nine: "if we don't have a firm arrangement today, the next step is a
    written collection notice ... What can you do this week?" got "Yeah, today works.", a day
    to pay nobody had put."""
    c, reply = _replied(library, "lenders_persistent_late", 4406, "lenders_4406", 4)
    assert "today" not in reply.lower() and c.debtor.agreed.date is None, reply


def test_the_first_part_accepted_beside_the_rests_instalments_is_the_first_part(
    library: Library,
) -> None:
    """Play-test seventy-nine: with $355 offered by the debtor, "355 ok. when exactly and how?
    and the rest, 658.16, we split monthly, say 220 a month from april" got "$658.16... yes, I
    think I can find that.", the rest taken for the first part; "355 on friday march 20 by
    bank transfer, then 220 a month" was read as $220 and "corrected"."""
    c = call_in(library, "student_unemployed_hardship", seed=4426)
    replies = play(c, _from_file("hardship_4426")[:7])
    assert "$355" in replies[4] and "$658.16" not in replies[4], replies[4]
    assert "actually" not in replies[6] and replies[6].count("$220 a month") == 1, replies[6]
    assert c.promise.amount == Decimal("355") and c.promise.rest_amount == Decimal("220")


def test_a_day_put_with_whenever_this_week_as_the_fallback_is_a_day_put(
    library: Library,
) -> None:
    """Play-test seventy-nine: "Would... Thursday the 12th work? Or whenever's good for you this
    week, really." got "Lovely, I'll get to it soon. Thanks for calling." and the call ended on
    a vague promise."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 4436, "courteous_4436", 5)
    assert "12th" in reply and not c.finished, reply


def test_the_story_told_unasked_is_the_real_problem_heard(library: Library) -> None:
    """Play-test seventy-nine: after "Oh no, that's embarrassing. I switched my account to a new
    bank", the debrief said "Find the real problem: ask what is stopping the payment"."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=4436)
    play(c, _from_file("courteous_4436"))
    c.end()
    assert not any("Find the real problem" in t.message for t in c.scores().tips)


def test_the_way_to_pay_asked_beside_the_instalments_is_answered(library: Library) -> None:
    """Tried in the terminal as a timid collector: "and then maybe 100 a month after that? how
    would you like to pay, card or transfer?" got the instalments agreed and the way to pay
    left unanswered."""
    c = call_in(library, "student_unemployed_hardship", seed=7)
    reply = play(c, _from_file("hardship_tmux_7"))[5]
    assert "$100 a month" in reply and c.debtor.agreed.method is not None, reply
    assert any(w in reply.lower() for w in ("card", "transfer")), reply


# --- play-test 80 --------------------------------------------------------------------------
def test_the_end_of_the_month_refused_again_is_not_agreed(library: Library) -> None:
    """Play-test eighty: "end of the month... I'm sorry, I don't think I'm allowed to accept
    that again" and "the 31st is three weeks away, that's the end of the month again... I need
    it by Tuesday the 17th at the latest" both got "Yeah, Tuesday the 31st works."."""
    c = call_in(library, "lenders_persistent_late", seed=4521)
    replies = play(c, _from_file("lenders_4521")[:5])
    assert "31st" not in replies[3], replies[3]
    assert "17th" in replies[4] and "31st" not in replies[4], replies[4]


def test_the_rest_named_beside_the_first_part_said_back_keeps_the_first_part(
    library: Library,
) -> None:
    """Play-test eighty: with $215 on Monday the 16th agreed, "So 215 by transfer Monday 16th,
    remaining 214.35 goes on with the payment due in april. Got it?" got "... and the other
    $215 by Monday the 16th", and the promise was recorded as $214.35 on the 16th. (Play-test
    109: "215 by next Monday and the rest with your next instalment", the instalment due the
    14th, is the rest with April's, the next after the first part: agreed so at once.)"""
    c = call_in(library, "car_broke_down_partial", seed=4506)
    replies = play(c, _from_file("carbroke_4506"))
    assert "$215" in replies[3] and "$214.35 by Tuesday the 14th of April" in replies[3]
    assert "16th" in replies[5] and "the other $215" not in replies[5], replies[5]
    assert c.promise.amount == Decimal("215") and c.promise.rest_date == dt.date(2026, 4, 14)


# --- play-test 81 --------------------------------------------------------------------------
def test_that_sucks_and_the_dispute_noted_is_listening_before_the_ask(library: Library) -> None:
    """Play-test eighty-one: "Yeah that sucks. I'll put a note on the account that you've got a
    dispute with the dealer, and you keep your right to dispute it. But the payment still has
    to be made. Can you pay the 810.49 this week?" got "No. I'm not paying until the dealer
    fixes the car, and that's final. Goodbye.", the sympathy unread."""
    c, reply = _replied(library, "car_dealer_dispute", 4581, "dealer_4581", 4)
    assert not c.finished and "$810.49" in reply, reply


def test_a_weekday_put_right_after_oh_wait_sorry_is_the_day_meant(library: Library) -> None:
    """Play-test eighty-one: "could you do it by Monday the 13th? oh wait sorry, the 13th is a
    Friday. Friday the 13th?" got "Okay, Monday the 13th of April, yes."."""
    c, reply = _replied(library, "car_broke_down_partial", 4611, "carbroke_4611", 5)
    assert "Friday the 13th" in reply and "April" not in reply, reply


def test_a_clean_escalation_of_the_malicious_defaulter_reaches_the_goal(library: Library) -> None:
    """Play-test eighty-one: the brief counts a clean escalation to legal action as a success,
    and the call was scored as a promise never made (promise 0, overall 43). (Replayed with the
    escalation straight after the consequences: since "So what's the plan?" asks about paying,
    not their job (play-test 119), the debtor wavers at the consequences and takes the 17th
    when asked, which the tester's next line, "Last chance ... yes or no?", would ask.)"""
    c = call_in(library, "malicious_default_legal", seed=4571)
    play(c, _from_file("malicious_4571b"))
    c.end()
    assert c.outcome is not None and c.outcome.value == "escalated"
    assert goal_reached(c) and c.scores().promise == 100
    report = describe_result(c)
    assert "Goal:    reached" in report and " goal 100 " in report, report


def test_consequences_told_to_the_customer_they_offend_get_a_tip(library: Library) -> None:
    """Play-test eighty-one: the courteous reminder's customer, whom consequences offend
    (the brief), was told of further action; the debrief said nothing of it."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=4586)
    play(c, _from_file("courteous_4586"))
    c.end()
    assert any("takes offence at consequences" in t.message for t in c.scores().tips)


# --- play-test 82 --------------------------------------------------------------------------
def test_paid_this_week_asked_is_not_a_span_settled_for(library: Library) -> None:
    """Play-test eighty-two: "Three times, wow. Ok, I'm going to note the dispute ... Is there
    any way you could get that paid this week?" was read as settling for "this week" (the "Ok"
    two sentences before it): "Great, thanks for understanding. I'll pay it once the car's
    sorted. Bye.", and the debrief said the amount was never stated nor payment asked for."""
    c, reply = _replied(library, "car_dealer_dispute", 4621, "dealer_4621", 4)
    assert not c.finished and "$517" in reply, reply
    c.end()
    tips = " ".join(t.message for t in c.scores().tips)
    assert "never stated the amount" not in tips and "accepted a vague promise" not in tips


def test_an_ok_before_a_demand_for_this_week_accepts_nothing(library: Library) -> None:
    """Play-test eighty-two: "ok. Attempt to collect a debt ... I need the full 864.57 this
    week." was read as a vague promise accepted, and the debrief said so."""
    c = call_in(library, "student_unemployed_hardship", seed=4666)
    play(c, _from_file("hardship_4666"))
    c.end()
    assert not any(t.analysis.has(Act.ACCEPT_VAGUE) for t in c.turns[:3])
    assert not any("accepted a vague promise" in t.message for t in c.scores().tips)


def test_small_talk_gets_no_talk_of_a_payment_not_yet_raised(library: Library) -> None:
    """Play-test eighty-two: "Lovely weather this morning, isn't it? ... would you kindly
    confirm your date of birth?" got "Oh, how nice. Now, about my payment?" from a customer
    who did not yet know of the missed payment."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 4691, "courteous_4691", 2)
    assert "payment" not in reply.lower() and "1958" in reply, reply


# --- play-test 83 --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("played", "seed", "turn", "first"),
    [("hardship_4776", 4776, 6, "314"), ("hardship_4711", 4711, 7, "50")],
)
def test_the_sum_a_month_after_the_first_part_agreed_is_the_instalment(
    library: Library, played: str, seed: int, turn: int, first: str
) -> None:
    """Play-test eighty-three: with $314 (or $50) agreed and no day, "Maybe the 13th ...? And
    then, er, would 150 a month be ok after that?" got "Okay: $150 by Friday the 13th", the
    monthly sum taken for the first payment, and the promise was recorded so."""
    c, reply = _replied(library, "student_unemployed_hardship", seed, played, turn)
    assert "a month" in reply and c.debtor.agreed.amount == Decimal(first), reply
    assert c.debtor.agreed.rest_every == "month"


def test_how_and_when_the_payment_was_made_is_no_pressing(library: Library) -> None:
    """Play-test eighty-three: "Could you tell me how you made the payment and on which day?"
    got "I'm not paying it twice!" and failed the call for pressing a customer who had paid."""
    c, reply = _replied(library, "already_paid_not_posted", 4721, "paid_4721", 4)
    assert reply in facts(c, "payment_sent"), reply
    assert "pressed_after_paid" not in c.debtor.flags


def test_a_direct_debit_to_set_up_and_turned_down_is_not_the_way_to_pay(library: Library) -> None:
    """Play-test eighty-three: "you need to set up the new direct debit and pay this one
    manually" got "By direct debit? That's fine.", and "No, not direct debit ... Pay the 345.44
    by card or bank transfer today." and "Card or transfer. Which one?" got direct debit back."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=4736)
    play(c, _from_file("courteous_4736")[:1])
    for line in _from_file("courteous_4736")[1:4]:
        reply = c.say(line).reply
        # (the direct debit set up again for the bills to come is no way to pay this one)
        assert c.debtor.agreed.method != "direct_debit", reply
        assert "by direct debit" not in reply.lower(), reply
        assert "direct debit would" not in reply.lower(), reply


def test_the_rest_with_next_instalment_typed_without_your_is_the_instalments_day(
    library: Library,
) -> None:
    """Play-test eighty-four: "ok so 299 online by fri 13 march, remaining 199.95 goes on with
    next instalment. yes?" recorded no rest, and the debrief said to propose a plan."""
    c = call_in(library, "car_broke_down_partial", seed=4816)
    play(c, _from_file("carbroke_4816"))
    c.end()
    assert c.promise.rest_amount == Decimal("199.95") and c.promise.rest_date == dt.date(
        2026, 3, 20
    )
    assert not any("propose a way to arrange" in t.message for t in c.scores().tips)


# --- play-test 84, left over --------------------------------------------------------------


def test_all_that_is_left_said_monthly_is_no_lump_sum_a_month_on(library: Library) -> None:
    """Play-test eighty-four: "310 dollars online by friday the 20th, and then the other 575.78
    monthly after that, we can work out the monthly bit by letter?" got "Yes, that's right:
    $310 on Friday the 20th, and the other $575.78 by Monday the 20th of April", the rest
    recorded as one payment a month on. Said "a month later", it is one payment."""
    c, reply = _replied(library, "student_unemployed_hardship", 4841, "hardship_4841", 6)
    assert "575.78" not in reply and c.debtor.agreed.rest_amount is None, reply
    c = call_in(library, "student_unemployed_hardship", seed=4841)
    lines = _from_file("hardship_4841")[:5]
    play(c, [*lines, "310 online by friday the 20th, then the other 575.78 a month later, ok?"])
    assert c.debtor.agreed.rest_amount == Decimal("575.78") and c.debtor.agreed.rest_every is None


@pytest.mark.parametrize("line", ["like maybe around 100 a month?", "100 a month for the rest?"])
def test_instalments_put_for_the_rest_after_the_promise_are_agreed(
    library: Library, line: str
) -> None:
    """Play-test eighty-four: with $310 on the 20th promised and the rest to be worked out,
    "like maybe around 100 a month?" got "Hm, I don't know." and the plan went unrecorded."""
    c = call_in(library, "student_unemployed_hardship", seed=4841)
    lines = _from_file("hardship_4841")[:6]
    reply = play(c, [*lines, line])[-1]
    assert "$100 a month" in reply and c.debtor.agreed.amount == Decimal("310"), reply
    assert c.debtor.agreed.rest_amount == Decimal("100") and c.debtor.agreed.rest_every == "month"


def test_the_rest_put_monthly_without_its_sum_is_asked_about(library: Library) -> None:
    """Play-test eighty-four: the rest said to go monthly with no sum ("and the rest monthly
    after that") got no word on it, or "$310 a month" (the first part's sum taken for the
    instalment). A person asks how much; asked how much they could do, they say."""
    c = call_in(library, "student_unemployed_hardship", seed=4841)
    lines = _from_file("hardship_4841")[:5]
    reply = play(c, [*lines, "310 online on friday the 20th, and the rest monthly after, ok?"])[-1]
    asks = re.search(r"[^.?!]*\bfor the rest\b[^.?!]*\?$", reply)
    assert asks is not None and "a month" in asks.group() and "$" not in asks.group(), reply
    assert c.debtor.agreed.rest_amount is None
    c = call_in(library, "student_unemployed_hardship", seed=4841)
    asked = "310 online on friday the 20th, and the rest monthly, how much could you do a month?"
    reply = play(c, [*lines, asked])[-1]
    assert re.search(r"rest\W+(?:I could manage )?\$[\d.]+ a month", reply), reply


# --- play-tests 85 and 86 -----------------------------------------------------------------


def test_greeted_by_the_name_they_answered_with_after_a_filler_they_go_on(
    library: Library,
) -> None:
    """Play-test eighty-five: "yeah hi jennifer, murphy credit union here, ur car loan payment
    is late" to "Jennifer speaking" got "Who did you want, sorry?" ("hi jennifer," without the
    "yeah" was taken as their name said back). The breach of telling the debt before any
    check is still found."""
    c, reply = _replied(library, "car_broke_down_partial", 4896, "carbroke_4896", 1)
    assert "who" not in reply.lower() and c.debtor.identity_verified, reply
    assert "disclosure_before_verification" in {f.rule for f in c.scores().compliance}


def test_a_caller_who_said_who_they_are_is_not_asked_if_they_are_the_university(
    library: Library,
) -> None:
    """Play-test eighty-six: "this is Jordan from Lewis Credit Union, um, im calling about the
    student loan payment that was missed?" got "Sorry, is this the university?"."""
    _c, reply = _replied(library, "student_forgot_first_late", 4951, "student_4951", 1)
    assert "university" not in reply and "calling" not in reply, reply


def test_the_sum_they_name_is_not_followed_by_asking_for_the_first_payment(
    library: Library,
) -> None:
    """Play-test eighty-six: "What could you realistically manage to start?" got "... I could
    manage $299. Okay. With a plan I think I can manage something. What would the first payment
    be?", asking what they had just said."""
    _c, reply = _replied(library, "student_unemployed_hardship", 4986, "hardship_4986", 4)
    assert "$299" in reply and "first payment be" not in reply, reply


def test_the_rests_day_asked_is_named_with_the_first_parts(library: Library) -> None:
    """Play-test eighty-six: with $269 on the 13th on the table, "so 269 when exactly and the
    rest when?" got "$269, yes. I can manage that.", and "what DAY for the 269 and what day for
    the other 179.21" got "Friday the 27th would work for me." (for which?)."""
    c = call_in(library, "car_broke_down_partial", seed=5011)
    replies = play(c, _from_file("carbroke_5011")[:5])
    for reply in replies[3:5]:
        assert "Friday the 13th" in reply and "$179.21" in reply and "27th" in reply, reply
        assert "that's right" not in reply, reply
    assert c.debtor.agreed.rest_date is None  # named, not agreed: the trainee says it back


def test_the_trainees_own_slip_put_right_to_the_sum_overdue_is_agreed(library: Library) -> None:
    """Play-test eighty-five: $916.64 (a slip for the $961.64 overdue) said back and agreed,
    "I made a mistake there. The full amount is $961.64, not $916.64" got "$916.64, actually,
    not $961.64. The rest is right." three times over: the debtor clung to the slip."""
    c = call_in(library, "lenders_persistent_late", seed=4931)
    replies = play(c, _from_file("lenders_4931")[:8])
    assert "$961.64" in replies[7] and "actually" not in replies[7], replies[7]
    assert c.debtor.agreed.amount == Decimal("961.64")


def test_a_day_refused_in_formal_words_is_not_agreed(library: Library) -> None:
    """Play-test eighty-five: "The end of the month... I am sorry, I do not think I can accept
    that ... Could you manage it within the next seven days?" got "Okay, Tuesday the 31st."."""
    _c, reply = _replied(library, "lenders_persistent_late", 4931, "lenders_4931", 4)
    assert "31st" not in reply, reply


def test_the_rest_moved_to_a_months_instalment_is_moved(library: Library) -> None:
    """Play-test eighty-five: with the rest on the next instalment's day (the 14th, the day
    after the first part), "are you sure you can do the other half that soon? it could go with
    the april payment instead if that's easier" got "$175.68 I can do.", a new first part."""
    c, reply = _replied(library, "car_broke_down_partial", 4926, "carbroke_4926", 6)
    assert "14th of April" in reply and "$175.35" in reply, reply
    agreed = c.debtor.agreed
    assert agreed.amount == Decimal("176") and agreed.rest_date == dt.date(2026, 4, 14)


def test_the_reference_said_back_beside_small_talk_gets_a_yes_and_small_talk(
    library: Library,
) -> None:
    """Play-test eighty-five: "great so that's TRX-48213, sent last Tuesday the 3rd, I'll pass it
    to our payments team ... is the car running ok otherwise?" got "I'm not sure, to be
    honest.", neither the read-back nor the small talk answered."""
    _c, reply = _replied(library, "already_paid_not_posted", 4886, "paid_4886", 4)
    assert reply.startswith(("Yes, that's right.", "That's right, yes.")), reply
    assert "not sure" not in reply and ("Fine" in reply or "All good" in reply), reply


def test_the_day_of_the_payment_made_asked_without_a_tense_is_no_pressing(
    library: Library,
) -> None:
    """ "Ah okay, is possible it is not arrive yet. Which day you send it exactly, and how, by
    bank transfer?" right after "I paid that last week!" asks about the payment made; a replay
    of play-test nineteen's call found it read as a deadline, failing the call for pressing."""
    c = call_in(library, "already_paid_not_posted", seed=366)
    play(c, _from_file("paid_366"))
    assert "pressed_after_paid" not in c.debtor.flags


def test_asked_what_the_fault_is_the_driver_names_it(library: Library) -> None:
    """Play-test eighty-six: "What is the fault exactly, and what did the dealer tell you?" got
    "The dealer keeps saying the part's on order. ..." and the fault never named."""
    c, reply = _replied(library, "car_dealer_dispute", 4991, "dealer_4991", 3)
    assert "transmission" in reply.lower(), reply
    assert all("transmission" in f.lower() for f in facts(c, "what_happened"))


def test_instalments_put_before_the_first_parts_day_are_said_yes_to_and_kept(
    library: Library,
) -> None:
    """Play-test eighty-six: "$299 as the first payment, and then spread the remaining $556.52
    over a few months, say around $140 a month. How does that sound?" got "$299... yes", the
    $140 a month ignored twice over; once the first part's day is agreed, the instalments
    start a month after it without being put a third time."""
    c, reply = _replied(library, "student_unemployed_hardship", 4986, "hardship_4986", 5)
    assert "$140 a month" in reply, reply
    play(c, ["ok so the 299 online on friday the 13th then?"])
    agreed = c.debtor.agreed
    assert (agreed.rest_amount, agreed.rest_every) == (Decimal("140"), "month")
    assert agreed.rest_date == dt.date(2026, 4, 13)


def test_where_the_traveller_is_off_to_is_answered(library: Library) -> None:
    """Play-test eighty-six: "safe flight, where are you off to?" got "I'd rather not get into
    that", though the traveller tells anyone who asks where they are flying."""
    _c, reply = _replied(library, "traveller_forgot_deposit", 4956, "traveller_4956", 6)
    assert "rather not" not in reply and ("Frankfurt" in reply or "land" in reply), reply


# --- play-tests 87 and 88 -----------------------------------------------------------------


def test_half_now_within_the_week_names_no_day_for_the_debtor_to_agree(library: Library) -> None:
    """Play-test eighty-seven: "half now, around 250 within the week, and the rest with your
    next instalment" got "Fine, Tuesday the 10th. That works.": "now" was taken for today,
    a day the trainee never named."""
    c, reply = _replied(library, "car_broke_down_partial", 5046, "carbroke_5046", 4)
    assert "Tuesday the 10th" not in reply and "$250" in reply, reply
    assert c.debtor.agreed.date is None


def test_a_day_refused_as_said_last_time_is_not_agreed_nor_the_payday_told_answered(
    library: Library,
) -> None:
    """Play-test eighty-eight: "no. end of month is payday again and you said that last time.
    i need it within the week. pick a day before next tuesday" got "Okay, Tuesday the 31st.",
    and once the day was read right, "Payday's Tuesday the 31st ... Anything before that,
    someone else goes without." after it (the payday told, answered as if asked)."""
    _c, reply = _replied(library, "lenders_persistent_late", 5166, "lenders_5166", 5)
    assert "31st" not in reply and "Payday" not in reply, reply


def test_the_first_line_of_address_and_the_address_asked_after_thanks_are_answered(
    library: Library,
) -> None:
    """Play-test eighty-eight: "your date of birth and first line of address?" got the date of
    birth alone, and "Thank you. And the address?" got "Sorry, what's this about?" (the thanks
    before the question was taken for the address acknowledged)."""
    c, reply = _replied(library, "student_unemployed_hardship", 5116, "hardship_5116", 2)
    assert c.record.address.split(",")[0] in reply, reply
    c = call_in(library, "student_unemployed_hardship", seed=5116)
    lines = _from_file("hardship_5116")
    reply = play(c, [lines[0], "For security, can you tell me your date of birth?", lines[2]])[-1]
    assert c.record.address.split(",")[0] in reply, reply


def test_the_debtor_does_not_ask_why_they_are_called_and_say_they_know(library: Library) -> None:
    """Play-test eighty-seven: "Todd Garcia? Webster Finance. Confirm your date of birth." got
    "It's December 16, 1988. What's this about? And I know exactly why you're calling, so save
    it."."""
    _c, reply = _replied(library, "malicious_default_legal", 5056, "malicious_5056", 1)
    assert "What's this about" not in reply and "why you're calling" in reply, reply


def test_regardless_of_the_dispute_after_telling_the_right_is_a_note_not_a_fail(
    library: Library,
) -> None:
    """Play-test eighty-eight: "I'll note the dispute on your account, and you keep every right
    to dispute it with the dealer" then "it'll show on your credit file regardless of the
    dispute" failed the call for overshadowing the right; said before the right is told, it
    still does."""
    c = call_in(library, "car_dealer_dispute", seed=5126)
    play(c, _from_file("dealer_5126"))
    found = [f for f in c.scores().compliance if f.rule == "dispute_overshadowed"]
    assert found and not any(f.critical for f in found)
    c = call_in(library, "car_dealer_dispute", seed=5126)
    lines = _from_file("dealer_5126")
    play(c, [*lines[:3], lines[4]])
    found = [f for f in c.scores().compliance if f.rule == "dispute_overshadowed"]
    assert found and all(f.critical for f in found)


def test_the_direct_debit_to_be_moved_or_not_ready_is_not_the_way_to_pay_now(
    library: Library,
) -> None:
    """Play-test eighty-seven: "would you be able to pay the 340.53 sometime this week? and we
    can get the direct debit pointed to your new bank too" got "By direct debit? That's fine.",
    and "The new direct debit might not be set up in time, so for this one it might be easier
    to pay by card over the phone or online." got "Direct debit would suit me best."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=5041)
    replies = play(c, _from_file("courteous_5041")[:5])
    assert "direct debit" not in replies[3].lower() and "direct debit" not in replies[4].lower()
    assert c.debtor.agreed.method in (None, "card", "online")


def test_the_malicious_defaulter_does_not_ask_what_happens_when_just_told(
    library: Library,
) -> None:
    """Play-test eighty-eight: the consequences told in full ("the account goes to our legal
    team and the repossession process begins") got "... What are you going to do about it?"."""
    c, reply = _replied(library, "malicious_default_legal", 5146, "malicious_5146", 5)
    assert "going to do" not in reply, reply
    assert not any("going to do" in line for line in c.persona.lines["refusing"]["calm"])


def test_a_customer_warned_of_the_credit_file_does_not_thank_for_the_nice_manner(
    library: Library,
) -> None:
    """Play-test eighty-eight: after "If it isn't paid this week it goes on your credit file and
    we start formal collection", the terms said back got "... Thank you for letting me know so
    nicely."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 5176, "courteous_5176", 5)
    assert "nicely" not in reply and "$241.55" in reply, reply


# --- play-tests 89 and 90 -----------------------------------------------------------------


def test_a_day_refused_then_named_or_counted_is_not_agreed(library: Library) -> None:
    """Play-test ninety: "I can't accept next payday again - that's March 31st ... I need a date
    within the next seven days" got "Okay, Tuesday the 31st.", and "the 20th is 10 days. i said
    7. tuesday 17th latest" got "Alright, Friday the 20th."."""
    _c, reply = _replied(library, "lenders_persistent_late", 5291, "lenders_5291", 5)
    assert "31st" not in reply, reply
    c, reply = _replied(library, "lenders_persistent_late", 5336, "lenders_5336", 5)
    assert "20th" not in reply and c.debtor.agreed.date == dt.date(2026, 3, 17), reply


def test_the_rest_together_with_next_instalment_and_that_day_said_as_the_rests(
    library: Library,
) -> None:
    """Play-test eighty-nine: "half now, around 221 dollars, this week, and the rest together
    with next instalment?" got "Fine, Thursday the 2nd of April." (the instalment's day taken
    for the half), and "The 2 April is for the rest, yes? The half, 220.85, which day this
    week?" got the 2nd of April again."""
    c = call_in(library, "car_broke_down_partial", seed=5191)
    replies = play(c, _from_file("carbroke_5191")[:5])
    assert "2nd of April" not in replies[3], replies[3]
    assert c.debtor.agreed.date != dt.date(2026, 4, 2)
    assert c.debtor.agreed.rest_date == dt.date(2026, 4, 2), replies[4]


def test_instalments_put_with_their_start_leave_the_first_parts_day_open(
    library: Library,
) -> None:
    """Play-test eighty-nine: with $40 agreed and no day, "for the monthly part after that -
    would maybe $40 a month be alright too, starting in April?" got "Okay, Wednesday the 1st of
    April should be fine. And $40 a month after that, from Friday the 1st of May." (April taken
    for the first $40), and the 13th put for the first $40 was "corrected" back three times;
    "even a smaller first payment then, like $25" cut the instalments to $25 as well."""
    c = call_in(library, "student_unemployed_hardship", seed=5241)
    replies = play(c, _from_file("hardship_5241")[:7])
    assert "1st of April" in replies[5] and "May" not in replies[5], replies[5]
    assert "Not Friday the 13th" not in replies[6], replies[6]
    agreed = c.debtor.agreed
    assert agreed.date == dt.date(2026, 3, 13) and agreed.rest_date == dt.date(2026, 4, 1)
    play(c, _from_file("hardship_5241")[7:9])
    assert (c.debtor.agreed.amount, c.debtor.agreed.rest_amount) == (Decimal("25"), Decimal("40"))


def test_the_rest_told_with_the_terms_on_the_way_out_is_recorded(library: Library) -> None:
    """Play-test eighty-nine: "195 card friday 13th, the other 194.08 goes with ur next payment
    on the 23rd. dont miss it. bye" ended the call with the rest left out of the promise."""
    c = call_in(library, "car_broke_down_partial", seed=5221)
    replies = play(c, _from_file("carbroke_5221"))
    assert "$194.08" in replies[-1], replies[-1]
    c.end()
    assert c.promise.rest_amount == Decimal("194.08")
    assert c.promise.rest_date == dt.date(2026, 3, 23)


# --- play-tests 91 and 92 -----------------------------------------------------------------


def test_a_plan_put_whole_with_a_yes_asked_and_said_yes_to_is_confirmed(
    library: Library,
) -> None:
    """Play-test ninety-two: "ok. 100 online by fri 20 march, then 514.10 split monthly from
    april, about 171 a month x3. yes or no" got a yes to every term, and the call still ended
    as a vague promise (promise 30) with the tip to restate the promise."""
    c = call_in(library, "student_unemployed_hardship", seed=5476)
    play(c, _from_file("hardship_5476"))
    c.end()
    assert c.outcome_value == "promise_secured" and c.promise.confirmed
    assert not any("Restate the promise" in t.message for t in c.scores().tips)


def test_instalments_added_after_a_confirmed_first_part_keep_it_confirmed(
    library: Library,
) -> None:
    """Play-test ninety-two: "$278 online on the 13th" confirmed, then "maybe about $172 a month
    for three months starting in april?" agreed, and the promise was recorded "not confirmed",
    with the tip to restate it."""
    c = call_in(library, "student_unemployed_hardship", seed=5421)
    play(c, _from_file("hardship_5421"))
    c.end()
    assert c.promise.confirmed and c.promise.rest_amount == Decimal("172")


def test_the_trainees_misreading_put_right_after_the_promise_is_agreed(library: Library) -> None:
    """Play-test ninety-two: $316.58 said back and promised (a slip for the $361.58 due), "Oh, I
    do apologise, I misread that. The amount is $361.58, not $316.58." got "$316.58, actually,
    not $361.58." twice over."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 5441, "courteous_5441", 8)
    assert "actually" not in reply and "$361.58" in reply, reply
    assert c.debtor.agreed.amount == Decimal("361.58")


def test_the_direct_debit_to_set_up_again_asked_or_told_gets_a_yes(library: Library) -> None:
    """Play-test ninety-one: "and the direct debit?" got "I'm not sure, to be honest." and "You
    need to set up the direct debit again from your new bank account ... Can you do that this
    week?" got "Hm, I don't know."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=5391)
    replies = play(c, _from_file("courteous_5391")[:7])
    for reply in replies[5:7]:
        assert "not sure" not in reply and "don't know" not in reply, reply
    # (told what to do and asked if they can, with no act of the persona's for it: a yes)
    c = call_in(library, "car_broke_down_partial", seed=5221)
    play(c, _from_file("carbroke_5221")[:-1])
    told = "You need to update your card details in the app so it goes through. Can you do that?"
    assert play(c, [told])[-1] in DEFAULT_CLARIFY["will_do"]


def test_the_debtor_does_not_echo_what_was_not_said_nor_the_records_days_as_a_story(
    library: Library,
) -> None:
    """Play-test ninety-two: "It's about your account with us ... could you confirm your date of
    birth?" got "... Overdue? No, I paid that." (nobody had said overdue), and the dealer's
    "25 days of excuses" was the account's days past due told as the dealer's stalling."""
    _c, reply = _replied(library, "malicious_default_legal", 5466, "malicious_5466", 2)
    assert "Overdue?" not in reply, reply
    c, reply = _replied(library, "car_dealer_dispute", 5481, "dealer_5481", 1)
    assert f"{c.values['days_past_due']} days of excuses" not in reply, reply
    assert not any(
        "{days_past_due}" in line
        for lines in c.persona.lines.values()
        for group in ([lines] if isinstance(lines, list) else lines.values())
        for line in group
    )


def test_when_do_i_get_the_money_asks_for_payment(library: Library) -> None:
    """Play-test ninety-two: "honestly, juggling five lenders is your problem not mine. when do
    I get the money" got "Not with you." (read as nothing, its confusion cut to a fragment)."""
    c, reply = _replied(library, "lenders_persistent_late", 5491, "lenders_5491", 4)
    assert reply != "Not with you.", reply
    assert Act.ASK_PAYMENT in c.turns[3].analysis.acts


# --- play-tests 93 and 94 -----------------------------------------------------------------


def test_a_part_now_said_with_this_week_is_no_day_and_a_part_now_alone_is_today(
    library: Library,
) -> None:
    """Play-tests ninety-three and ninety-four: "maybe we can do a part now. Can you pay half,
    around $311, in this week" got "Yes, Tuesday the 10th works" (a day nobody named), and "if
    u paid just half now, like 317" got "Okay, Tuesday the 10th, yes." where a person says
    today."""
    _c, reply = _replied(library, "car_broke_down_partial", 5611, "carbroke_5611", 4)
    assert "10th" not in reply and "today" not in reply, reply
    _c, reply = _replied(library, "car_broke_down_partial", 5566, "carbroke_5566", 4)
    assert "today, yes" in reply and "10th" not in reply, reply


def test_the_rests_sum_said_before_its_day_leaves_the_first_parts_day_open(
    library: Library,
) -> None:
    """Play-test ninety-three: "half now, around 190 dollar, this week, and the rest 181.69
    together with the next instalment" got "Okay, Wednesday the 18th, yes." - the rest's day
    taken for the first part's."""
    c, reply = _replied(library, "car_broke_down_partial", 5516, "carbroke_5516", 4)
    assert "18th" not in reply, reply
    play(c, _from_file("carbroke_5516")[4:])
    assert c.promise.date == dt.date(2026, 3, 13) and c.promise.rest_date == dt.date(2026, 3, 18)


def test_the_debtors_count_remarked_on_is_no_sum(library: Library) -> None:
    """Play-test ninety-three: "About sixty applications so far" - "That's, um, really tough,
    sixty is a lot. ... Would a payment plan maybe help?" got "$60... yes, I think I can find
    that."."""
    _c, reply = _replied(library, "student_unemployed_hardship", 5571, "hardship_5571", 4)
    assert "$60" not in reply, reply


def test_the_direct_debit_offered_or_told_is_answered_not_the_bank_asked(
    library: Library,
) -> None:
    """Play-tests ninety-three and ninety-four: "Shall I also send you the form to move the
    direct debit to your new bank account?" got "Northgate, the one with the good app." (which
    bank, never asked), and "did u get the bit about the direct debit? u need to set it up w
    the new bank" got "I'd rather keep that to myself, thanks."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 5616, "courteous_5616", 6)
    assert reply in DEFAULT_CLARIFY["offered"], reply
    c, reply = _replied(library, "personal_loan_courteous_reminder", 5546, "courteous_5546", 6)
    told = next(a for a in c.persona.acts if a.name == "ask_update_direct_debit")
    assert reply in (told.answers or []), reply


def test_a_dispute_call_that_never_told_the_right_to_dispute_gets_the_tip(
    library: Library,
) -> None:
    """Play-test ninety-four: "thats between you and the dealer, not us ... not good enough"
    and a promise scored 80 with no tip at all, though the call never said the dispute would be
    noted nor that the customer keeps the right to dispute; the call that said both has no such
    tip."""
    for played, seed, told in (("dealer_5641", 5641, False), ("dealer_5591", 5591, True)):
        c = call_in(library, "car_dealer_dispute", seed=seed)
        play(c, _from_file(played))
        c.end()
        tips = [t.message for t in c.scores().tips]
        assert any("right to dispute" in t for t in tips) is not told, tips


def test_the_rest_said_in_its_own_sentence_and_dob_first_are_read(library: Library) -> None:
    """Play-test ninety-four: "ok so 312 by transfer thursday the 11th, wait no wednesday the
    11th. rest 208.74 on ur payday the 13th. confirm" was confirmed without the rest (and the
    tip asked for a plan), and "yeah hold on, DOB first. then we talk" was read as nothing and
    earned the tip for following the talk off topic."""
    c = call_in(library, "car_broke_down_partial", seed=5656)
    play(c, _from_file("carbroke_5656"))
    c.end()
    assert c.promise.amount == Decimal("312") and c.promise.rest_amount == Decimal("208.74")
    assert c.promise.rest_date == dt.date(2026, 3, 13)
    tips = [t.message for t in c.scores().tips]
    assert not any("off topic" in t or "(a plan)" in t for t in tips), tips


def test_two_bare_ways_asked_between_get_one_picked(library: Library) -> None:
    """Play-test ninety-three: "can we say thursday the 12th? and how wud u pay, app or card?"
    got "Whatever's easiest. How can I pay?", as if no way had been offered."""
    c, reply = _replied(library, "student_forgot_first_late", 5506, "student_5506", 5)
    assert "How can I pay" not in reply and "online payment" in reply, reply
    assert c.debtor.agreed.method == "online"


# --- play-tests 95 and 96 -----------------------------------------------------------------


def test_a_day_put_right_with_a_sorry_and_the_rests_day_are_kept(library: Library) -> None:
    """Play-test ninety-six: "$260 online on Monday the 15th - oh sorry, the 16th, my mistake"
    got "Fine, Sunday the 15th.", and the promise ended "$260 on the 15th, then $259.71 by the
    16th" where the 16th and the instalment's 23rd were agreed."""
    c = call_in(library, "car_broke_down_partial", seed=5741)
    replies = play(c, _from_file("carbroke_5741"))
    assert all("15th" not in r for r in replies), replies
    assert c.promise.date == dt.date(2026, 3, 16) and c.promise.rest_date == dt.date(2026, 3, 23)


def test_sympathy_taken_back_in_the_same_breath_is_not_thanked_and_date_and_method_asked(
    library: Library,
) -> None:
    """Play-test ninety-six: "yeah that sucks but again, not our problem. 361.84. when can you
    pay it" got "I appreciate that. Really.", and "good. date and method" got "Fine. Let's
    settle the payment, then."."""
    c = call_in(library, "car_dealer_dispute", seed=5796)
    replies = play(c, _from_file("dealer_5796")[:6])
    assert "appreciate" not in replies[4], replies[4]
    assert "the 1" in replies[5] or "the 2" in replies[5], replies[5]


def test_a_part_changed_after_the_promise_is_agreed_not_put_right(library: Library) -> None:
    """Play-test ninety-six: "actually make the first one 310 and the rest 291.64 on the 1st.
    still today by transfer. ok?" got "$301.64, actually, not $310.", and the parts were then
    agreed the wrong way round three times."""
    c = call_in(library, "car_broke_down_partial", seed=5806)
    play(c, _from_file("carbroke_5806"))
    c.end()
    assert c.promise.amount == Decimal("310") and c.promise.date == dt.date(2026, 3, 10)
    assert c.promise.rest_amount == Decimal("291.64")


def test_how_much_can_you_do_and_a_day_for_the_first_part_are_answered(
    library: Library,
) -> None:
    """Play-test ninety-six: "ugh fine. how much CAN you do." got "I can't pay that." (no sum
    had been named), and "finally. date for the first 40 and how ur paying" got "How much
    would you need first, and when?" after $40 had been agreed."""
    c = call_in(library, "student_unemployed_hardship", seed=5811)
    replies = play(c, _from_file("hardship_5811")[:6])
    assert "I can't pay that" not in replies[3], replies[3]
    assert "How much would you need" not in replies[5] and "the 20th" in replies[5], replies[5]


def test_the_trip_and_small_talk_are_answered_only_when_asked(library: Library) -> None:
    """Play-test ninety-five: "... paid today through the app on your phone before you fly -
    yes?" got "Frankfurt, for a client." (nobody asked where), and the student asked about
    exams after the payment was agreed said "What's this about?"."""
    _c, reply = _replied(library, "traveller_forgot_deposit", 5666, "traveller_5666", 6)
    assert "Frankfurt" not in reply and "Correct" in reply, reply
    _c, reply = _replied(library, "student_forgot_first_late", 5676, "student_5676", 5)
    assert "what's this about" not in reply.lower(), reply


def test_the_transfer_they_made_asked_after_is_no_payment_pressed_for(library: Library) -> None:
    """Play-test ninety-five: "Maybe the transfer is not posted yet ... Do you have a reference
    number of the transfer?" failed the call for pressing for a paid debt, and the reference
    read back got "I'm not paying it twice!"."""
    c = call_in(library, "already_paid_not_posted", seed=5681)
    replies = play(c, _from_file("paid_5681"))
    assert "twice" not in replies[4], replies[4]
    c.end()
    assert not c.scores().failed and c.scores().promise == 100


def test_the_rests_sum_named_after_asking_for_a_monthly_sum_is_not_the_first_part(
    library: Library,
) -> None:
    """Play-test ninety-five: "440 on the 20th, ok. And then monthly - what can you do per month
    on the rest, the 815.92?" got "Yes, $815.92. I can manage that.", the first part recorded
    as $815.92, and the question asked back ("How much a month for the rest, then?")."""
    c, reply = _replied(library, "student_unemployed_hardship", 5701, "hardship_5701", 5)
    assert "$815.92" not in reply and "a month" in reply and "How much" not in reply, reply
    # (a graduate whose shifts barely cover rent names a share of the loan's instalment)
    named = Decimal(re.findall(r"\$([\d.]+) a month", reply)[0])
    assert named < c.record.instalment
    play(c, _from_file("hardship_5701")[5:])
    assert c.promise.amount == Decimal("440")


def test_commiserating_in_plain_words_is_no_abuse_and_a_blunt_when_asks(library: Library) -> None:
    """Play-test ninety-five: "Look I get it, that's crap, and I'll put a note on the account
    that you've got a dispute" failed the call for abusive language and the driver hung up; "you
    owe 519.18 from feb 18th. when are you paying" was no ask, so the debrief said payment was
    asked for only once."""
    c = call_in(library, "car_dealer_dispute", seed=5711)
    play(c, _from_file("dealer_5711"))
    assert c.outcome_value != "hung_up"
    c.end()
    assert not any(f.rule == "abusive_language" for f in c.scores().compliance)
    assert not any("only once" in t.message for t in c.scores().tips)


def test_a_soft_ask_after_stop_calling_is_still_an_ask(library: Library) -> None:
    """Play-test ninety-five: "could you maybe just tell me if you'd be able to pay something
    soon, before I go?" right after "stop calling me" was read as accepting a vague promise: no
    finding, and "I'm not sure, to be honest." for a reply."""
    c = call_in(library, "stop_calling_cease_contact", seed=5716)
    replies = play(c, _from_file("stopcall_5716"))
    assert "not sure" not in replies[3], replies[3]
    assert any(f.rule == "cease_request_ignored" for f in c.scores().compliance)


def test_days_offered_to_choose_from_are_a_concrete_deadline(library: Library) -> None:
    """Play-test ninety-five: "Can you do it by Friday the 13th, or Monday the 16th at the
    latest?", and the 16th said back and confirmed, still got the tip that "'this week' leaves
    the day to the customer"."""
    c = call_in(library, "lenders_persistent_late", seed=5661)
    play(c, _from_file("lenders_5661"))
    c.end()
    assert not any("this week" in t.message for t in c.scores().tips)


def test_the_sum_they_can_find_is_not_said_to_be_all_they_have(library: Library) -> None:
    """Play-test ninety-five: "$100 I can do. That's what I've got after the repair." then, asked
    for $165 a turn later, "$165, yes. I can manage that."."""
    c = call_in(library, "car_broke_down_partial", seed=5731)
    replies = play(c, _from_file("carbroke_5731")[:5])
    assert not any("That's what I've got" in r for r in replies), replies


def test_a_day_and_a_way_asked_together_are_both_answered(library: Library) -> None:
    """Play-test ninety-six: "when can you make the first 50, and would that be by card or bank
    transfer or..?" got the way only; "would you mind giving me a day ...? And how you'd like to
    pay" got the way only; "How would you like to pay it - bank transfer, card, or online? And
    what day?" got the day only; "when could you do the 50, and how?" got neither."""
    c = call_in(library, "student_unemployed_hardship", seed=5751)
    replies = play(c, _from_file("hardship_5751")[:6])
    assert "the 20th" in replies[4] and "the 20th" in replies[5], replies[4:6]
    assert "ard" in replies[5], replies[5]  # (card, as offered)
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 5761, "courteous_5761", 4)
    assert "online" in reply and "the 13th" in reply, reply
    _c, reply = _replied(library, "malicious_default_legal", 5781, "malicious_5781", 6)
    assert "the 17th" in reply and "transfer" in reply.lower(), reply


def test_when_and_how_asked_beside_a_sum_gets_a_day(library: Library) -> None:
    """Tried in the terminal UI: "could u do half now, around 270, this week, and the rest with
    ur next instalment? when and how?" got the sum agreed and "How can I pay?", no day."""
    c = call_in(library, "car_broke_down_partial", seed=5611)
    play(c, _from_file("carbroke_5611")[:3])
    reply = c.say(
        "oh no thats rough, sorry. could u do half now, around 311, this week, and the rest with "
        "ur next instalment? when and how?"
    ).reply
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in reply, reply


# --- play-tests 97 and 98 -----------------------------------------------------------------


def test_a_lender_whose_name_is_text_speak_is_the_lender(library: Library) -> None:
    """Play-test ninety-eight: "I'm Ben calling from Yu Credit Union, um, may I speak to David
    Rogers please?" was read as "You Credit Union", another lender: "I think you've got mixed
    up. I'm not with that company."."""
    c, reply = _replied(library, "car_broke_down_partial", 5916, "carbroke_5916", 1)
    assert "not with" not in reply and "that's me" in reply.lower(), reply
    assert "wrong_lender" not in c.turns[0].analysis.flags


def test_when_would_that_be_and_when_would_you_be_able_to_pay_get_a_day(
    library: Library,
) -> None:
    """Play-tests ninety-seven and ninety-eight: "when would you be able to pay that, and how?"
    got "Whatever's easiest. How can I pay?" (no day), and "ok so 264 first... when would that
    be, and um how much a month after do you think?" got "$264... yes" and nothing more."""
    c, reply = _replied(library, "car_broke_down_partial", 5916, "carbroke_5916", 6)
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in reply, reply
    c, reply = _replied(library, "student_unemployed_hardship", 5886, "hardship_5886", 5)
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in reply, reply


def test_the_rests_sum_and_day_said_with_payday_are_the_rests(library: Library) -> None:
    """Play-test ninety-seven: "227 is little bit low. Make it 250 and rest 127.61 on payday
    13th, ok?" got "Okay, $127.61. I can find that." (the rest taken for the sum put)."""
    c, reply = _replied(library, "car_broke_down_partial", 5871, "carbroke_5871", 4)
    assert "$127.61. I can" not in reply and "$250" in reply, reply
    assert c.turns[-1].analysis.slots.rest_amount == Decimal("127.61")


def test_payday_turned_down_as_still_payday_is_not_the_day_asked(library: Library) -> None:
    """Play-test ninety-seven: "the 31st is still payday, that's three weeks away. It really
    needs to be by next Tuesday, the 17th. Could you do it by then?" got "Yeah, Tuesday the
    31st works."."""
    c, reply = _replied(library, "lenders_persistent_late", 5896, "lenders_5896", 6)
    assert "31st" not in reply and "17th" in reply, reply


def test_a_debtor_who_answered_with_their_name_takes_the_call_as_theirs(
    library: Library,
) -> None:
    """Play-test ninety-seven: the traveller picked up with "Rachel Gilbert, go ahead", and
    "Mcdaniel Finance here, your car loan payment of 811.34 is 13 days late" got "Sorry, which
    company did you say?" and then "Who did you want?". A person goes on; the trainee, who
    checked nobody, is still failed for it."""
    c = call_in(library, "traveller_forgot_deposit", seed=5866)
    reply = play(c, _from_file("traveller_5866")[:1])[0]
    assert "company" not in reply and "Who" not in reply, reply
    play(c, ["so can you pay it today? bye"])
    c.end()
    assert any(f.rule == "disclosure_before_verification" for f in c.scores().compliance)


# --- play-tests 99 and 100 ----------------------------------------------------------------


def test_what_they_earn_and_how_they_sent_it_are_answered(library: Library) -> None:
    """Play-test ninety-nine: "How much from the cafe shifts do you earn in a month, more or
    less?" got "I'll catch up when I get something"; "last tuesday, so the 3rd. bank transfer or
    what?" (asked after "I sent it last Tuesday") got "I'm not paying it twice!" and failed the
    call for pressing for a paid debt; "I'm asking how you SENT it. transfer, card, cheque?" got
    "I'd rather keep that to myself, thanks."."""
    c, reply = _replied(library, "student_unemployed_hardship", 5986, "hardship_5986", 3)
    assert any(line in reply for line in facts(c, "job") + facts(c, "afford")), reply
    c = call_in(library, "already_paid_not_posted", seed=6011)
    replies = play(c, _from_file("paid_6011")[:5])
    assert "twice" not in replies[3] and "myself" not in replies[4], replies[3:5]
    assert not any(f.rule == "pressed_for_paid_debt" for f in c.scores().compliance)


def test_a_first_part_changed_with_the_rests_day_named_twice_is_not_a_second_sum(
    library: Library,
) -> None:
    """Play-test ninety-nine: $200 today agreed, then "I think it has to be at least half... so
    about $288? ... and then the rest with your next payment on the 21st" got "And $288 more by
    Saturday the 21st." - the new first part taken for a second payment."""
    c, reply = _replied(library, "car_broke_down_partial", 6046, "carbroke_6046", 5)
    assert "$288 more" not in reply, reply
    assert c.debtor.agreed.amount == Decimal("288"), reply


def test_payday_turned_down_as_put_down_is_not_agreed(library: Library) -> None:
    """Play-test one hundred: "I dont think I can put down next payday again, thats the 31st"
    got "Okay, Tuesday the 31st."."""
    _c, reply = _replied(library, "lenders_persistent_late", 6061, "lenders_6061", 5)
    assert "Okay, Tuesday the 31st" not in reply, reply


def test_the_direct_debit_asked_with_the_verb_after_gets_a_yes(library: Library) -> None:
    """Play-test one hundred: "And the direct debit - will you be able to update it?" got "I'm
    not sure, to be honest." from a customer who had just found the switch broke it."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 6091, "courteous_6091", 8)
    told = next(a for a in c.persona.acts if a.name == "ask_update_direct_debit")
    assert any(answer in reply for answer in told.answers or []), reply


def test_a_day_put_right_after_then_is_the_day(library: Library) -> None:
    """Play-test one hundred: "294.46 by thursday the 13th then - no wait thursday is the 12th.
    thursday 12th." got "Fine, Friday the 13th.", the day taken back."""
    _c, reply = _replied(library, "car_broke_down_partial", 6131, "carbroke_6131", 3)
    assert "13th" not in reply and "12th" in reply, reply


def test_a_question_typed_with_a_full_stop_is_answered(library: Library) -> None:
    """Play-test ninety-nine: "... you keep your right to dispute it, ok? What's actually wrong
    with the car, quick version." got "Look, I'll pay. Once the car's fixed." (the question
    ended with a full stop, in a line whose "?" was elsewhere)."""
    c, reply = _replied(library, "car_dealer_dispute", 6031, "dealer_6031", 5)
    assert any(line in reply for line in facts(c, "what_happened")), reply


def test_the_days_of_a_condition_are_not_the_day_to_pay(library: Library) -> None:
    """Play-test one hundred: "when do you land? if its today or tmrw you could pay online from
    the hotel - just the 593.87, by tomorrow wed 11th. deal?" was agreed as "Tuesday the 10th"
    (the day of the landing, not the day to pay)."""
    c, reply = _replied(library, "traveller_forgot_deposit", 6096, "traveller_6096", 4)
    assert "Wednesday the 11th" in reply and "10th" not in reply, reply


def test_a_day_said_back_wrong_with_done_is_put_right(library: Library) -> None:
    """Play-test one hundred: "294.46 online fri 13 march, 294.45 thu 2 april. done?" after the
    12th was agreed got "Yes, that's right." and the promise kept the 12th (the debtor agreed
    to one day, the record held another): "done?" closes a restatement."""
    c, reply = _replied(library, "car_broke_down_partial", 6131, "carbroke_6131", 7)
    assert c.debtor.agreed.date == dt.date(2026, 3, 12)
    assert "Thursday the 12th" in reply, reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "when in the next couple of weeks could you make that, and how do you want to pay it"
        ("student_unemployed_hardship", 6146, "hardship_6146", 5),
        # "when. and how - card, transfer, whatever"
        ("car_broke_down_partial", 6176, "carbroke_6176", 5),
        # "When you can pay it, and how? Sorry, I need the date and the way"
        ("student_unemployed_hardship", 6206, "hardship_6206", 5),
        # "so, when would suit you to pay it, and how?"
        ("personal_loan_courteous_reminder", 6231, "courteous_6231", 4),
    ],
)
def test_when_and_how_asked_in_everyday_words_get_a_day_and_a_way(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-tests 101 and 102: each line asked when and how; the debtor named only the way
    ("Bank transfer works for me.") or asked "What are my options?"."""
    c, reply = _replied(library, scenario, seed, played, turn)
    assert c.debtor.named_day is not None or c.debtor.agreed.date is not None, reply
    assert c.debtor.named_day is None or c.debtor.day(c.debtor.named_day) in reply, reply


def test_a_day_turned_down_is_turned_down_however_it_was_named(library: Library) -> None:
    """Play-test 101: "the end of the month, so like the 31st? im sorry, i dont think i can
    accept that, because the last promises were also for payday" got "Yeah, Tuesday the 31st
    works." (the day refused was named three ways; only one was read as refused)."""
    c, reply = _replied(library, "lenders_persistent_late", 6216, "lenders_6216", 4)
    assert "31st" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_the_way_the_payment_made_went_is_answered(library: Library) -> None:
    """Play-test 101: "was it a bank transfer or a card payment? It helps them find it." got
    "That's right, yes. No idea, sorry." from a debtor who had sent it himself."""
    _c, reply = _replied(library, "already_paid_not_posted", 6211, "paid_6211", 6)
    assert "No idea" not in reply and "bank transfer" in reply, reply


def test_the_surname_asked_for_is_given(library: Library) -> None:
    """Play-test 102: "thx! and ur surname?" got "And this is about?" and "could u just confirm
    ur last name for me tho?" got "Sorry, what?"; "check ur full name and DOB" got the date
    of birth alone."""
    c = call_in(library, "already_paid_not_posted", seed=6261)
    replies = play(c, _from_file("paid_6261")[:4])
    name = c.values["debtor_name"]
    assert all(name in replies[k] for k in (0, 1, 3)), replies


def test_a_call_about_the_loan_is_not_taken_as_news_of_a_missed_payment(library: Library) -> None:
    """Play-test 102: "It's just a quick one about your personal loan, is now an ok time?" got
    "Oh no, that's embarrassing. I switched my account ..." though no one had said a payment was
    missed; the reliable payer now asks whether something is wrong as they explain."""
    for played, seed, turn in (("courteous_6231", 6231, 1), ("courteous_6296", 6296, 1)):
        _c, reply = _replied(library, "personal_loan_courteous_reminder", seed, played, turn)
        assert "?" in reply, reply


def test_how_long_out_of_work_and_what_the_shifts_bring_are_both_answered(
    library: Library,
) -> None:
    """Play-test 101: "how long have you been out of work? and roughly what are the shifts
    bringing in each week" got the job search ("Anything entry-level ... sixty applications")."""
    c, reply = _replied(library, "student_unemployed_hardship", 6146, "hardship_6146", 3)
    assert "three months" in reply.lower() and "hundred" in reply, reply
    assert all("three months" in f.lower() and "hundred" in f for f in facts(c, "job"))


def test_a_payment_asked_within_a_span_opens_the_day_put_before(library: Library) -> None:
    """Play-test 102: "What can you do on this today?", then "What can you pay within the next
    seven days?" got "Yeah, today works." (today, put as a question, kept as agreed)."""
    _c, reply = _replied(library, "lenders_persistent_late", 6251, "lenders_6251", 3)
    assert "today works" not in reply.lower(), reply


def test_a_day_before_a_day_is_the_day_before(library: Library) -> None:
    """Play-test 101: "pick a day before next tuesday and tell me how ur paying" got "Yeah,
    Tuesday the 17th, definitely."."""
    _c, reply = _replied(library, "student_forgot_first_late", 6186, "student_6186", 5)
    assert "Tuesday the 17th" not in reply and "Monday the 16th" in reply, reply


def test_what_day_it_is_said_in_passing_is_no_day_to_pay(library: Library) -> None:
    """Play-test 102: "monday - no wait, today's tuesday, so thursday? thursday 12th" got
    "Yeah, today, definitely."."""
    _c, reply = _replied(library, "student_forgot_first_late", 6291, "student_6291", 5)
    assert "today" not in reply.lower() and "Thursday the 12th" in reply, reply


def test_a_part_now_said_with_this_week_is_no_payment_today(library: Library) -> None:
    """Play-test 102: "you can pay maybe a part now? like 320 this week, and rest with next
    payment?" got "Okay, $320. I can find that. Today, yes."."""
    _c, reply = _replied(library, "car_broke_down_partial", 6226, "carbroke_6226", 4)
    assert "today" not in reply.lower(), reply


def test_the_sums_due_day_this_month_is_no_day_next_month(library: Library) -> None:
    """Play-test 103: "yeah well it didnt go through. 267.51, due on the 3rd. need it paid."
    on the 10th got "Certainly, Friday the 3rd of April is fine."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 6331, "courteous_6331", 2)
    assert "April" not in reply and c.debtor.agreed.date is None, reply


def test_a_day_turned_down_then_named_as_the_one_to_come_before_is_not_agreed(
    library: Library,
) -> None:
    """Play-test 103: "I can't accept the end of the month ... Have you got any money coming in
    before the 31st?" got "Alright, Tuesday the 31st. I can do that."."""
    c, reply = _replied(library, "lenders_persistent_late", 6321, "lenders_6321", 4)
    assert "31st. I can do" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_how_much_the_payment_made_was_is_asked_about_not_pressed(library: Library) -> None:
    """Play-test 104: "So I write: TRX-48213, bank transfer on Tuesday 3 March. Was it the full
    436.29?" got "Are you even listening? It's paid." and failed the call for pressing."""
    c = call_in(library, "already_paid_not_posted", seed=6411)
    reply = play(c, _from_file("paid_6411"))[3]
    assert c.values["amount_overdue"] in reply and "listening" not in reply, reply
    c.end()
    assert not any(f.rule == "pressed_for_paid_debt" for f in c.scores().compliance)


def test_the_direct_debit_said_as_what_they_will_do_gets_a_yes(library: Library) -> None:
    """Play-test 104: "and you'll set the direct debit up on the new bank account too? for the
    future ones" got the day agreed again, the question ignored."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 6396, "courteous_6396", 5)
    told = next(a for a in c.persona.acts if a.name == "ask_update_direct_debit")
    assert any(answer in reply for answer in told.answers or []), reply


def test_the_rest_said_whole_and_then_by_the_month_is_paid_by_the_month(
    library: Library,
) -> None:
    """Play-test 104: "321 by bank transfer fri 20 march, then the rest 595.76 monthly, say 150
    a month from april. right?" got "And $595.76 more by Wednesday the 1st of April."."""
    c, reply = _replied(library, "student_unemployed_hardship", 6446, "hardship_6446", 8)
    assert "$150 a month" in reply and "$595.76 more" not in reply, reply
    assert c.debtor.agreed.rest_amount == Decimal("150") and c.debtor.agreed.rest_every


def test_half_put_as_a_figure_is_the_figure_and_the_day_is_this_week(library: Library) -> None:
    """Play-test 104: "you pay half now at least, 200, this week, and the rest with next
    instalment. when" got "$191.61, yes." (half of the debt, not the 200 said) and no day."""
    _c, reply = _replied(library, "car_broke_down_partial", 6456, "carbroke_6456", 3)
    assert "$200" in reply and "Friday the 13th" in reply, reply


def test_the_way_the_debtor_picked_said_back_is_theirs_not_a_slip(library: Library) -> None:
    """Play-test 104: "Online payment. Happy now?", then "Got it: $581.24 by card ..." (taken
    as a change, "Card is fine too, I suppose."), then "Sorry, you said online - so online
    payment, $581.24, Friday the 13th" got "Not online payment: card, like I said."."""
    c = call_in(library, "rude_defaulter_composure", seed=6431)
    replies = play(c, _from_file("rude_6431"))
    assert "like I said" not in replies[-1], replies[-1]
    assert c.debtor.agreed.method == "online"


def test_the_rest_split_monthly_offers_a_plan(library: Library) -> None:
    """Play-test 105: "So a third would be about $308. Could you manage that by next Friday,
    the 13th ...? Then the rest we split monthly." got "I can't pay that." from the graduate
    who had offered about a third herself (the plan was not heard)."""
    c, reply = _replied(library, "student_unemployed_hardship", 6461, "hardship_6461", 5)
    assert "$308" in reply and "can't pay" not in reply, reply


def test_the_form_for_a_direct_debit_to_come_changes_no_payment(library: Library) -> None:
    """Play-test 105: "do you want me to send you the form to set up the direct debit on your
    new account so this doesnt happen again next month?" got "Direct debit is fine too, I
    suppose. $281.68, Tuesday the 10th, direct debit." (the online payment just agreed lost)."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 6471, "courteous_6471", 5)
    assert "direct debit is fine" not in reply.lower() and c.debtor.agreed.method == "online"


def test_a_slip_put_right_with_no_wait_is_no_misremembering(library: Library) -> None:
    """Play-test 105: "no wait, wednesday. wednesday 11th. 133.74 online. confirm" (after the
    trainee's own slip to Thursday) got "Not Wednesday the 11th: Thursday the 12th, like I
    said." though the debtor had never said Thursday."""
    c, reply = _replied(library, "student_forgot_first_late", 6496, "student_6496", 6)
    assert "like I said" not in reply and "Wednesday the 11th" in reply, reply
    assert c.debtor.agreed.date == dt.date(2026, 3, 11)


def test_the_old_bank_account_asked_about_is_answered(library: Library) -> None:
    """Play-test 106: "did you close the old one?" got "I'm afraid you've lost me." and "is it
    closed now?" got "Yes, that's me."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=6581)
    replies = play(c, _from_file("courteous_6581")[:5])
    asked = next(a for a in c.persona.acts if a.name == "ask_old_account")
    for reply in replies[3:5]:
        assert any(answer in reply for answer in asked.answers or []), reply
        assert "that's me" not in reply and "lost me" not in reply, reply


def test_asked_if_sure_they_sent_it_they_do_not_give_thanks(library: Library) -> None:
    """Play-test 106: "Well it's not here. You sure you actually sent it? Lots of people say
    that." got "Thank you. It was a bank transfer, ..."."""
    _c, reply = _replied(library, "already_paid_not_posted", 6611, "paid_6611", 3)
    assert not reply.startswith("Thank"), reply


def test_the_day_promised_before_recalled_is_not_put_again(library: Library) -> None:
    """Play-test 107: "the end of the month is what we were told last time too, and it didn't
    come. I can't take another next-payday promise ... within the next 7 days?" got "Yeah,
    Tuesday the 31st works."."""
    c, reply = _replied(library, "lenders_persistent_late", 6646, "lenders_6646", 4)
    assert "31st" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_the_birthday_checked_is_the_date_of_birth(library: Library) -> None:
    """Play-test 108: "can i just check your birthday first? sorry, just the rules" got "Sorry,
    I'm not following. Is something wrong with the loan?"."""
    c, reply = _replied(library, "car_broke_down_partial", 6721, "carbroke_6721", 2)
    assert c.values["date_of_birth"] in reply, reply


def test_half_now_with_a_later_day_asked_after_is_that_day(library: Library) -> None:
    """Play-test 108: "would it help if you paid like half now? maybe 290 by next friday and the
    rest with your next payment?" got "Yes, Tuesday the 10th works."."""
    c, reply = _replied(library, "car_broke_down_partial", 6721, "carbroke_6721", 5)
    assert "10th" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 10), reply


def test_what_day_it_is_told_beside_the_day_asked_is_not_the_day(library: Library) -> None:
    """Play-test 108: "today's the 10th, can you do it tomorrow wednesday the 11th?" got "Yes,
    today suits me."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 6776, "courteous_6776", 3)
    assert "Wednesday the 11th" in reply and "today" not in reply.lower(), reply


# --- play-tests 109 and 110 ----------------------------------------------------------------
def test_which_lender_is_not_asked_once_the_lender_and_loan_are_named(library: Library) -> None:
    """Play-test 110: "Is specific: Edwards Credit Union, car loan. You are Jay Koch? Tell me you
    date of birth please." got "Sure, November 22, 1981. Which one is this? The car?"."""
    c, reply = _replied(library, "lenders_persistent_late", 6931, "lenders_6931", 1)
    assert c.values["date_of_birth"] in reply and "Which one" not in reply, reply


def test_a_day_this_week_asked_after_a_weeks_deadline_is_this_weeks(library: Library) -> None:
    """Play-test 110: "If not paid in 7 days, we send written collection notice ... So: which day
    this week?" got "Yeah, Tuesday the 17th works." (the deadline taken as the day put)."""
    c, reply = _replied(library, "lenders_persistent_late", 6931, "lenders_6931", 4)
    assert "17th" not in reply and "Friday the 13th" in reply, reply
    assert c.debtor.agreed.date is None


def test_the_whole_sum_set_aside_and_the_debtors_pay_are_not_put(library: Library) -> None:
    """Play-test 109: "So lets not worry about the whole amount right now. What if we set up a
    plan ..." got "$1,038.52 is too much for me right now."; "You just said you make about 200 a
    fortnight ... would something like $100 be more doable for the first one?" got "Then $200 a
    fortnight after that, yes." (their pay taken for an instalment); "say $100 a month after the
    first. When could you make the first $100 ...?" took "the first" for the 1st of April."""
    c = call_in(library, "student_unemployed_hardship", seed=6781)
    replies = play(c, _from_file("hardship_6781")[:6])
    assert "$1,038.52" not in replies[3], replies[3]
    assert "$200 a fortnight" not in replies[4], replies[4]
    assert "1st of April" not in replies[5] and "Friday the 2" in replies[5], replies[5]


def test_paying_it_again_if_it_does_not_turn_up_is_pressing_a_paid_debt(library: Library) -> None:
    """Play-test 109: "if it doesnt turn up tho you're paying it again, got it?" got "Yes, that's
    right. No idea, sorry.", and the goal was reached."""
    c, reply = _replied(library, "already_paid_not_posted", 6811, "alreadypaid_6811", 5)
    assert "twice" in reply, reply
    play(c, _from_file("alreadypaid_6811")[5:])
    assert "pressed_after_paid" in c.debtor.flags and not goal_reached(c)


def test_the_rest_with_the_next_instalment_is_the_one_after_the_first_part(
    library: Library,
) -> None:
    """Play-test 109: "k so 184 online by mon 16th, rest 122.54 with ur next instalment. thats it
    yeah?" (the next instalment due the 15th) got "$184, actually, not $122.54."; then "122.54 is
    whats LEFT after that" got "The rest before the first bit?"."""
    c, reply = _replied(library, "car_broke_down_partial", 6821, "carbroke_6821", 7)
    assert "$184" in reply and "Monday the 16th" in reply and "15th of April" in reply, reply
    reply = c.say(_from_file("carbroke_6821")[7]).reply
    assert "before the first" not in reply and "actually" not in reply, reply
    assert c.debtor.agreed.amount == Decimal("184")
    assert c.debtor.agreed.rest_date == dt.date(2026, 4, 15)


def test_what_is_wrong_with_the_car_is_answered_when_the_debtor_drifts(library: Library) -> None:
    """Play-test 109: "'normal'?? thats ridiculous. what is actually wrong with it, if u dont mind
    me asking?" got "... I called the dealer again yesterday ...", the fault never named."""
    _c, reply = _replied(library, "car_dealer_dispute", 6846, "dealer_6846", 5)
    assert "transmission" in reply.lower(), reply


def test_whether_now_is_a_good_time_is_answered(library: Library) -> None:
    """Play-test 109: "I hope I'm not catching you at a bad time?" got "Any evening after six, on
    this number." (a time to call back, never asked), and "is now ok, or should I call back
    after six?" got "Yes, please. Thanks."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=6856)
    replies = play(c, _from_file("courteous_6856")[:3])
    assert "six" not in replies[0] and c.debtor.identity_verified, replies[0]
    times = facts(c, "good_time")  # the persona's own answer
    assert any(line in replies[1] for line in times) and "please" not in replies[1], replies[1]
    assert any(line in replies[2] for line in times), replies[2]


def test_the_students_year_asked_is_answered(library: Library) -> None:
    """Play-test 110: "good luck with your exams and stuff, are you in final year?" got "No idea,
    sorry."; and "would it be possible a bit sooner maybe? like sometime this week?" got "Sure,
    that makes sense. Sorry again.", no day."""
    c = call_in(library, "student_forgot_first_late", seed=6876)
    replies = play(c, _from_file("student_6876")[:6])
    assert "Friday the 13th" in replies[2], replies[2]
    assert "year" in replies[5] and "No idea" not in replies[5], replies[5]


def test_the_way_asked_beside_the_rests_day_is_answered(library: Library) -> None:
    """Play-test 110: "fine 354 friday the 13th then the other 236.73 when? and how u paying" got
    the rest's day and nothing of the way; play-test 109: "Full 1057.76. What day, and how?" got
    the day alone."""
    _c, reply = _replied(library, "car_broke_down_partial", 6936, "carbroke_6936", 4)
    assert "27th" in reply and "pay?" in reply, reply
    _c, reply = _replied(library, "lenders_persistent_late", 6816, "lenders_6816", 4)
    # (the day inside the 7 days put the line before, since play-test 121: it was the 20th)
    assert "17th" in reply and "pay?" in reply, reply


# --- play-tests 111 and 112 ----------------------------------------------------------------
def test_the_debtors_vague_words_quoted_back_are_no_vague_promise_taken(library: Library) -> None:
    """Play-test 112: "'At some point' is hard for me to put on the account though - could we
    set a date? Something by Friday the 13th, or Monday the 16th?" got "Good. Glad we understand
    each other. Bye.", the call over as a vague promise accepted."""
    c, _reply = _replied(library, "rude_defaulter_composure", 7061, "rude_7061", 4)
    assert not c.finished


def test_the_flatmate_says_who_they_are_and_where_the_debtor_is(library: Library) -> None:
    """Play-test 111: "wait youre not michelle? who is this then" got "No idea, sorry."; "are you
    her flatmate or what? is she there" got "Sorry, there's nobody called she at this number.";
    "Michelle Reed. Is Michelle Reed there. yes or no" got "Right. Go on."."""
    c = call_in(library, "wrong_party_flatmate_message", seed=6976)
    replies = play(c, _from_file("flatmate_6976")[:4])
    assert "flatmate" in replies[1] and "Jess" in replies[1], replies[1]
    assert "nobody called" not in replies[2] and "flatmate" in replies[2], replies[2]
    assert any(fact in replies[3] for fact in facts(c, "whereabouts")), replies[3]


def test_how_asked_alone_after_the_day_is_answered(library: Library) -> None:
    """Play-test 111: "Friday the 13th. How?" got "Yeah, Friday the 13th works.", the way
    never named."""
    _c, reply = _replied(library, "lenders_persistent_late", 6981, "lenders_6981", 5)
    assert "pay?" in reply or "transfer" in reply.lower() or "card" in reply.lower(), reply


def test_card_from_your_phone_is_the_card_said_back(library: Library) -> None:
    """Play-test 111: "the full 819.17, by card from your phone, by tomorrow wednesday the 11th?"
    after the debtor chose card got "Not online payment: card, like I said."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 7001, "traveller_7001", 5)
    assert "Not online" not in reply and c.debtor.agreed.method == "card", reply


def test_the_direct_debit_that_failed_is_not_the_way_chosen(library: Library) -> None:
    """Play-test 112: "the direct debit probably is still set up on the old account. would you
    maybe be able to make the payment this week?" got "By direct debit? That's fine."; "the
    direct debit is the one that didn't work though ... bank transfer or card instead?" got
    "I'll do it by direct debit, that's easiest."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=7026)
    replies = play(c, _from_file("courteous_7026")[:4])
    assert "direct debit" not in replies[2].lower(), replies[2]
    assert "direct debit" not in replies[3].lower(), replies[3]


def test_instalments_put_for_the_rest_named_as_what_is_left_are_agreed(library: Library) -> None:
    """Play-test 112: "and for the rest, thats $665.32 left, could you maybe do like $100 a month
    after that?" got "I could do it by Friday the 27th.", the instalment unheard; the plan said
    back after "so:" was then corrected."""
    c = call_in(library, "student_unemployed_hardship", seed=7041)
    replies = play(c, _from_file("hardship_7041")[:7])
    assert "$100 a month" in replies[4] and "27th" not in replies[4], replies[4]
    assert "actually" not in replies[6], replies[6]
    assert c.debtor.agreed.rest_every == "month" and c.debtor.agreed.rest_amount == Decimal("100")


def test_the_first_part_accepted_and_the_rests_instalments_are_both_kept(
    library: Library,
) -> None:
    """Play-test 112: "261 ok. Rest is 484.10. You pay 121.03 every month, 4 month, start april
    13." got "Okay: $121.03 by Monday the 13th of April", the $261 dropped; "One: 261 dollars on
    Friday 13 MARCH, this week. Two: 121.03 per month, first one Monday 13 April." got "$261,
    Monday the 13th of April"."""
    c = call_in(library, "student_unemployed_hardship", seed=7096)
    replies = play(c, _from_file("hardship_7096")[:7])
    assert "$261" in replies[4] and "$121.03 by" not in replies[4], replies[4]
    assert "actually" not in replies[6] and "$261, Monday" not in replies[6], replies[6]
    assert c.debtor.agreed.amount == Decimal("261")
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


# --- play-tests 113 and 114 ----------------------------------------------------------------
def test_the_debtors_new_bank_is_no_lender_calling(library: Library) -> None:
    """Play-test 114: "how would you like to pay it - card over the phone, or a transfer from
    the new bank?" got "I don't have anything with them, I'm afraid."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 7196, "courteous_7196", 5)
    assert "anything with them" not in reply and "transfer" in reply.lower(), reply


def test_the_reference_read_back_then_questions_asked_are_answered(library: Library) -> None:
    """Play-test 114: "Just to read it back: reference TRX-48213, sent last Tuesday. Was it for
    the full 452.32, and from which bank was it sent?" got the reference again, word for word."""
    _c, reply = _replied(library, "already_paid_not_posted", 7216, "alreadypaid_7216", 5)
    assert "Northgate" in reply and "TRX" not in reply, reply


def test_the_caller_named_before_the_lender_is_no_wrong_lender(library: Library) -> None:
    """Play-test 113: "Mr Duarte this is Kevin Diaz Credit Union I'll be quick too I need your
    date of birth" got "Never dealt with them. Check your list."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 7136, "traveller_7136", 1)
    assert c.values["date_of_birth"] in reply and "Never dealt" not in reply, reply


def test_the_day_put_then_not_put_down_is_not_agreed(library: Library) -> None:
    """Play-test 113: "so the 31st then? Sorry, actually, wait. I don't think I can put that
    down, the notes say you promised payday before ..." got "Okay, Tuesday the 31st."."""
    c, reply = _replied(library, "lenders_persistent_late", 7176, "lenders_7176", 5)
    assert "31st" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_legal_threatened_to_the_reliable_payer_is_taken_badly(library: Library) -> None:
    """Play-test 111: "not our problem which bank u use, you need to pay it this week or it goes
    further, these things end up with legal." got "Uh-huh." from the customer who had never
    missed a payment."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 6971, "courteous_6971", 3)
    assert reply not in ("Uh-huh.",) and "tone" in reply, reply


def test_whenever_you_land_on_the_day_put_is_no_vague_promise_taken(library: Library) -> None:
    """Play-test 114: "could you maybe do it tomorrow instead? by card from your phone, whenever
    you land?" got "Great. I'll sort it when I'm back. They're calling my row, bye.", and the
    debrief said the trainee had accepted a vague promise."""
    c, reply = _replied(library, "traveller_forgot_deposit", 7186, "traveller_7186", 5)
    assert "when I'm back" not in reply and c.debtor.agreed.date == dt.date(2026, 3, 11), reply


def test_the_dispute_noted_is_credited_and_not_asked_for_again(library: Library) -> None:
    """Play-tests 109, 113 and 114: "I'll put a note on your account about the transmission
    dispute, and you keep every right to dispute it with the dealer" still drew the tip to say
    the dispute will be noted; after "it's noted on file" and "I've put the dealer complaint on
    record" the debtor asked again ("And please make sure the dispute with the dealer is on my
    file.", "You'll note the dealer complaint, right?")."""
    c = call_in(library, "car_dealer_dispute", seed=6786)
    replies = play(c, _from_file("dealer_6786"))
    assert "on my file" not in replies[-2], replies[-2]
    assert not any("dispute will be noted" in t.message for t in c.scores().tips)
    _c, reply = _replied(library, "car_dealer_dispute", 7206, "dealer_7206", 7)
    assert "$582.57" in reply and "note" not in reply.lower(), reply


# --- play-tests 115 and 116 ----------------------------------------------------------------
def test_no_late_fee_promised_is_no_pressing_for_a_paid_debt(library: Library) -> None:
    """Play-test 116: "you wont get a late fee for this if it turns out it was paid on time, just
    so you know" got "Are you even listening? It's paid.", and the call failed on compliance."""
    c, reply = _replied(library, "already_paid_not_posted", 7351, "alreadypaid_7351", 6)
    assert "listening" not in reply and "pressed_after_paid" not in c.debtor.flags, reply


def test_the_day_not_accepted_without_its_apostrophe_is_turned_down(library: Library) -> None:
    """Play-test 115: "ok, end of the month, so the 31st then... oh wait, sorry, i dont think i
    can actually accept that ..." got "Alright, Tuesday the 31st. I can do that."."""
    c, reply = _replied(library, "lenders_persistent_late", 7321, "lenders_7321", 4)
    assert "31st" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_what_is_left_after_rent_asked_is_what_they_can_afford(library: Library) -> None:
    """Play-test 115: "The cafe shifts, how much more or less you have left each month after rent
    and food?" got "... Once I'm working again I'll pay it all back, I swear."."""
    c, reply = _replied(library, "student_unemployed_hardship", 7286, "hardship_7286", 4)
    assert any(fact in reply for fact in facts(c, "afford")), reply


def test_the_direct_debit_form_offered_is_said_yes_to(library: Library) -> None:
    """Play-test 116: "And the direct debit - you want that I send you the form for the new bank
    account, so next month it is going automatic again?" got "I'm sorry, which day did you
    mean?", then the form taken as paying by direct debit."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 7381, "courteous_7381", 4)
    assert "which day" not in reply and c.debtor.agreed.method == "card", reply


def test_the_monthly_amount_asked_for_the_rest_is_named(library: Library) -> None:
    """Play-test 116: "For the remaining $645.92, what monthly amount do you feel you could
    sustain?" got "Yes, $348. I can manage that.", the question unanswered."""
    _c, reply = _replied(library, "student_unemployed_hardship", 7386, "hardship_7386", 5)
    assert "a month" in reply, reply


# --- play-tests 117 and 118, and a call in the UI -------------------------------------------
def test_a_smaller_start_put_in_place_of_the_debtors_third_is_the_sum(library: Library) -> None:
    """Play-test 118: "a third would be about $400 - that sounds like a lot ... What if we start
    smaller: $100 by Friday the 20th, then $150 a month after that" got "Yes, $400. I can manage
    that.", and the read-back of $100 was "corrected" to $400."""
    c, reply = _replied(library, "student_unemployed_hardship", 7531, "hardship_7531", 5)
    assert "$100" in reply and "$400" not in reply, reply
    assert c.debtor.agreed.amount == Decimal("100")


def test_a_date_demanded_this_week_gets_a_day_this_week(library: Library) -> None:
    """Play-test 118: "no. payday is 31st ... i need a date THIS week. pick one" got "Friday the
    20th would work for me."."""
    _c, reply = _replied(library, "lenders_persistent_late", 7561, "lenders_7561", 4)
    assert "20th" not in reply and "13th" in reply, reply


def test_is_she_there_typed_without_its_mark_is_answered(library: Library) -> None:
    """Tried in the UI: "ah ok. is she there" to the flatmate got "Sorry, what was that?"."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 59193, "flatmate_59193", 3)
    assert any(fact in reply for fact in facts(c, "whereabouts")), reply


def test_the_terms_said_back_after_so_and_said_yes_to_are_confirmed(library: Library) -> None:
    """Play-test 117: "so 264.38 bank transfer friday 13th. dont forget again" got "So $264.38,
    Friday the 13th, bank transfer. Okay, I won't forget this time.", and the promise was left
    unconfirmed with the tip to restate it."""
    c = call_in(library, "student_forgot_first_late", seed=7461)
    play(c, _from_file("student_7461"))
    assert c.promise.confirmed
    assert not any("Restate the promise" in t.message for t in c.scores().tips)


def test_half_now_put_right_as_this_week_is_not_today(library: Library) -> None:
    """Play-test 117: "Would it maybe be possible to pay half now, so like $247.05, sometime this
    week? and then the rest with your next payment?" got "Okay, Tuesday the 10th, yes."."""
    c, reply = _replied(library, "car_broke_down_partial", 7481, "carbroke_7481", 4)
    assert "10th" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 10), reply
    assert c.debtor.agreed.date is not None and c.debtor.agreed.date <= dt.date(2026, 3, 15)


def test_the_vague_promise_tip_quotes_the_trainees_own_words(library: Library) -> None:
    """Tried in the UI (and play-tests 114 and 118): the tip "You accepted a vague promise
    ('whenever you can')" quoted words the trainee never said; it quotes theirs."""
    c = call_in(library, "student_forgot_first_late", seed=99148)
    play(c, _from_file("student_99148"))
    tips = [t.message for t in c.scores().tips if "vague promise" in t.message]
    assert tips and "whenever you can" not in tips[0] and "how u paying" in tips[0], tips


# --- play-tests 119 and 120 -------------------------------------------------------------------
def test_the_security_question_is_answered_before_a_debt_kept_back(library: Library) -> None:
    """Play-test 120: "It's about an account you hold with us, so I need to make sure I've got
    the right person ... Could you confirm your date of birth ...?" got the date of birth and
    then "That's not right. The car was off the road for two months, those payments don't
    count.", a dispute of payments nobody had named."""
    c, reply = _replied(library, "malicious_default_legal", 7686, "malicious_7686", 2)
    assert c.values["date_of_birth"] in reply and "off the road" not in reply, reply


def test_a_birthday_asked_for_in_broken_english_is_given(library: Library) -> None:
    """Play-test 119: "You confirm birthday please, fast." and "But first birthday, I need it
    before I talk about account." got neither the date of birth."""
    c = call_in(library, "car_broke_down_partial", seed=7631)
    replies = play(c, _from_file("carbroke_7631"))
    assert all(c.values["date_of_birth"] in reply for reply in replies), replies


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        ("lenders_persistent_late", 7626, "lenders_7626", 2),  # play-test 119
        ("lenders_persistent_late", 7731, "lenders_7731", 3),  # play-test 120
    ],
)
def test_whats_the_plan_asks_about_paying_not_their_job(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """ "you already broke the last promises so what's the plan this time" and "And you've
    promised before and not paid. So what's the plan" got "Full time, same place for years.
    The job's fine, ...", an answer to a question about work nobody asked."""
    c, reply = _replied(library, scenario, seed, played, turn)
    assert not any(fact in reply for fact in facts(c, "job")), reply


def test_terms_said_back_with_got_it_confirm_the_promise(library: Library) -> None:
    """Play-test 120: "right so 209 by bank transfer friday the 13th and the other 139.84 with
    next months payment, got it?" got a yes, and the call ended "Vague promise only", not
    confirmed."""
    c = call_in(library, "car_broke_down_partial", seed=7736)
    play(c, _from_file("carbroke_7736"))
    assert c.promise.confirmed and c.outcome is not None
    assert c.outcome.value == "promise_secured"


def test_a_slipped_weekday_keeps_the_day_the_debtor_named(library: Library) -> None:
    """Play-test 120: after "I could do it by Friday the 13th.", "304.19 by bank transfer on
    Thursday 13 ... Correct?" was taken as Thursday the 12th; then "my mistake, I mean Friday
    13, like you said ... Ok?" got a yes, and the promise was secured but not confirmed."""
    c = call_in(library, "car_broke_down_partial", seed=7676)
    replies = play(c, _from_file("carbroke_7676"))
    assert "12th" not in replies[5] and "Friday the 13th" in replies[5], replies[5]
    assert c.promise.date == dt.date(2026, 3, 13) and c.promise.confirmed


def test_a_day_asked_this_week_is_given_and_no_date_asked_after_it(library: Library) -> None:
    """Play-test 120: "... Pick a day this week." got "I could do it by Friday the 20th. Fine,
    you've made your point. Let's put a date on it.": a day next week, and a date asked for
    after naming one."""
    _c, reply = _replied(library, "lenders_persistent_late", 7731, "lenders_7731", 5)
    assert "Friday the 13th" in reply and "20th" not in reply, reply
    assert "date on it" not in reply, reply


def test_the_debtors_day_turned_down_as_next_week_is_not_agreed(library: Library) -> None:
    """Play-test 120 (asked without "this week", so the debtor offers the 20th): "20th is next
    week. I said this week. Friday 13th, full 1089.50." got "Alright, Friday the 20th."."""
    c, reply = _replied(library, "lenders_persistent_late", 7731, "lenders_7731b", 6)
    assert "20th" not in reply and "13th" in reply, reply
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_a_day_asked_back_in_disbelief_is_not_agreed(library: Library) -> None:
    """Play-test 119: "Monday? ur not listening. today or tmrw." got "So $739.84, Monday the
    16th, by online payment. Fine, consider it done.", a day nobody offered."""
    c, reply = _replied(library, "traveller_forgot_deposit", 7611, "traveller_7611", 5)
    assert "Monday" not in reply, reply
    assert c.debtor.agreed.date != dt.date(2026, 3, 16)


def test_asked_if_the_payment_went_through_they_say_what_shows_it(library: Library) -> None:
    """Play-test 120: "well nothing's come in since feb 27 on our end. you sure it went
    through?" got "I don't follow."."""
    c, reply = _replied(library, "already_paid_not_posted", 7716, "paid_7716", 2)
    assert any(fact in reply for fact in facts(c, "evidence")), reply


def test_a_call_from_the_lending_team_offered_is_taken_up(library: Library) -> None:
    """Play-test 120: "id be happy to get someone from our lending team to give u a ring about
    that - would tomorrow afternoon suit?" after the debtor asked about a kitchen loan got "No
    idea, sorry."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 7696, "courteous_7696", 7)
    assert "No idea" not in reply and "not sure" not in reply.lower(), reply


def test_asked_what_their_shifts_bring_in_they_say_what_they_earn(library: Library) -> None:
    """Play-test 119: "Roughly how much do the cafe shifts bring in each week, after rent and
    the basics?" got what they could pay ("Maybe a small amount now, about a third of it") and
    how long they had been out of work, run together."""
    c, reply = _replied(library, "student_unemployed_hardship", 7601, "hardship_7601", 3)
    assert any(fact in reply for fact in facts(c, "job")), reply
    assert not any(fact in reply for fact in facts(c, "afford")), reply


def test_the_first_part_said_again_with_a_day_is_not_due_now(library: Library) -> None:
    """Play-test 120: "200 now and the rest monthly. 200 by next wednesday the 17th - no wait,
    tuesday the 17th. then 220.81 a month for 4 months" got "Okay, today should be fine. Then
    $220.81 a month from Tuesday the 17th.": the first part today, the instalments from its
    day."""
    c, reply = _replied(library, "student_unemployed_hardship", 7726, "hardship_7726", 5)
    assert "today" not in reply and "Tuesday the 17th" in reply, reply
    assert c.debtor.agreed.rest_date == dt.date(2026, 4, 17), c.debtor.agreed


# --- play-tests 121 and 122 -------------------------------------------------------------------
def test_payday_turned_down_is_not_agreed(library: Library) -> None:
    """Play-test 122: "payday is March 31st and we've had that promise before. I can't accept
    another one." got "Yeah, Tuesday the 31st works." (the "promises to pay on payday" of the
    line before had been read as the day put)."""
    c, reply = _replied(library, "lenders_persistent_late", 7861, "lenders_7861", 4)
    assert "31st" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_a_slip_put_right_after_a_dash_and_no_is_not_corrected(library: Library) -> None:
    """Play-test 122: "161.31 by transfer wednesday - no, thursday the 12th. got it?" got
    "Thursday the 12th, actually, not Wednesday the 11th.", the slip already put right."""
    c, reply = _replied(library, "student_forgot_first_late", 7881, "student_7881", 5)
    assert "actually" not in reply and c.promise.date == dt.date(2026, 3, 12), reply
    assert c.promise.confirmed


def test_a_first_part_said_back_with_its_day_slipped_is_put_right(library: Library) -> None:
    """Play-test 121: with $284.12 agreed for Friday, "to confirm: 284.12 by card this thursday
    the 12th, and the remaining 284.11 goes with ur next instalment" got "Correct. $284.12 by
    Thursday the 12th", and "u said friday the 13th ... still ok?" then got "Thursday the 12th,
    actually, not Friday the 13th."."""
    c = call_in(library, "car_broke_down_partial", seed=7746)
    replies = play(c, _from_file("carbroke_7746"))
    assert replies[6].startswith("Friday the 13th, actually"), replies[6]
    assert "Thursday" not in replies[7], replies[7]
    assert c.promise.date == dt.date(2026, 3, 13) and c.promise.confirmed


def test_the_sum_sent_asked_is_not_pressing_for_payment(library: Library) -> None:
    """Play-test 121: "let me just read that back: TRX-48213, sent last Tuesday, the 3rd. And
    roughly how much was it, the full 438.57?" got "Are you even listening? It's paid.", and the
    call failed for pressing for a payment already made."""
    c, reply = _replied(library, "already_paid_not_posted", 7756, "paid_7756", 3)
    assert "438.57" in reply and "listening" not in reply, reply
    assert "pressed_after_paid" not in c.debtor.flags


def test_a_job_loss_waved_off_is_no_sympathy(library: Library) -> None:
    """Play-test 121: "Yeah well, lots of people lose jobs. The loan still has to be paid."
    got "That helps, thank you."; and "When do the cafe shifts pay out?" got a vague promise."""
    c = call_in(library, "student_unemployed_hardship", seed=7771)
    replies = play(c, _from_file("hardship_7771"))
    empathy = c.persona.reactions.empathy or []
    assert not any(line in replies[2] for line in empathy), replies[2]
    assert any(fact in replies[3] for fact in facts(c, "payday")), replies[3]


def test_what_the_shifts_pay_asked_and_a_window_to_pay_in(library: Library) -> None:
    """Play-test 122: "how much do u get from the cafe shifts, like roughly each week?" got what
    they could pay, not what they earn; "when could u do the 200? sometime in the next 2 weeks
    is fine" ended the call with "I'll pay as soon as I find something." (a vague promise)."""
    c = call_in(library, "student_unemployed_hardship", seed=7836)
    replies = play(c, _from_file("hardship_7836"))
    assert any(fact in replies[3] for fact in facts(c, "job")), replies[3]
    assert not c.finished and "by" in replies[5], replies[5]


def test_the_students_exams_asked_about_are_answered(library: Library) -> None:
    """Play-test 122: "No worries, exams are brutal. How did they go, by the way?" got "I'll
    sort it out soon, I promise."."""
    c, reply = _replied(library, "student_forgot_first_late", 7846, "student_7846", 4)
    answers = next(a.answers for a in c.persona.acts if a.name == "ask_exams")
    assert any(answer in reply for answer in answers), reply


def test_who_said_they_know_why_you_call_does_not_ask_it(library: Library) -> None:
    """Play-test 122: after "I know exactly why you're calling, so save it.", "date of birth."
    got "It's January 29, 1984. What's this about?"."""
    _c, reply = _replied(library, "malicious_default_legal", 7891, "malicious_7891", 2)
    assert "about?" not in reply, reply


@pytest.mark.parametrize(
    ("seed", "played", "turn"), [(7811, "lenders_7811", 4), (7761, "lenders_7761", 6)]
)
def test_a_day_asked_within_seven_days_is_within_them(
    library: Library, seed: int, played: str, turn: int
) -> None:
    """Play-test 121: "could you pay the 1079.58 within the next seven days?" got "I could do it
    by Friday the 20th."; so did "Which day exactly?" after "within the next 7 days"."""
    _c, reply = _replied(library, "lenders_persistent_late", seed, played, turn)
    assert "20th" not in reply and "17th" in reply, reply


# --- play-tests 123 and 124 -------------------------------------------------------------------
def test_payday_taken_back_as_not_allowed_is_not_agreed(library: Library) -> None:
    """Play-test 123: "Um, okay, the 31st then... oh wait, sorry, I'm, um, not really supposed
    to take the next payday again ... Could you do it, um, within a week?" got "Yeah, Tuesday
    the 31st works."."""
    c, reply = _replied(library, "lenders_persistent_late", 7966, "lenders_7966", 4)
    assert "31st" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 31), reply


def test_the_flatmate_asked_if_a_housemate_of_hers_says_who_she_is(library: Library) -> None:
    """Play-test 123: "My name's Tom. Are you a housemate of hers?" got "No idea, sorry."."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 7921, "flatmate_7921", 2)
    assert "flatmate" in reply.lower() and "No idea" not in reply, reply


def test_an_order_starting_dont_is_no_question(library: Library) -> None:
    """Play-test 123: after the promise, "dont forget this time. set a reminder or something"
    got "I'm not sure, to be honest.", as if asked something."""
    _c, reply = _replied(library, "traveller_forgot_deposit", 7931, "traveller_7931", 6)
    assert "not sure" not in reply.lower() and "know" not in reply.lower(), reply


def test_paying_again_asked_as_the_paying_customer_goes_is_pressing(library: Library) -> None:
    """Play-test 123: "would you maybe be able to pay it again, and we'd refund it later?" as
    the call closed got "No idea, sorry. Bye." and the goal was scored reached."""
    c = call_in(library, "already_paid_not_posted", seed=7971)
    replies = play(c, _from_file("paid_7971"))
    assert "No idea" not in replies[5], replies[5]
    assert "pressed_after_paid" in c.debtor.flags and not goal_reached(c)


def test_the_whole_not_asked_for_and_their_pay_recalled_put_no_terms(library: Library) -> None:
    """Play-test 123: "I dont want to ask you for all 1069 today. What if we make a plan" got
    "I can't reach $1,069."; "You said cafe is about hundred a week ... Maybe 150 first" got
    "Then $100 a week after that, yes.", their pay taken as the instalments."""
    c = call_in(library, "student_unemployed_hardship", seed=7906)
    replies = play(c, _from_file("hardship_7906"))
    assert "1,069" not in replies[3], replies[3]
    assert "a week" not in replies[4] and c.debtor.agreed.rest_every is None, replies[4]


def test_the_whole_a_rate_would_clear_is_no_sum_put(library: Library) -> None:
    """Play-test 124: "$50 a month would take a long time to clear $864 though - could we look
    at $100 a month from April" got "$864 is too much for me right now. I could do $302.", and
    the $50 agreed for Friday the 20th was moved to April."""
    c, reply = _replied(library, "student_unemployed_hardship", 8006, "hardship_8006", 6)
    assert "$864" not in reply and "$100 a month" in reply, reply
    assert (c.debtor.agreed.amount, c.debtor.agreed.date) == (50, dt.date(2026, 3, 20))


def test_each_paying_customer_reads_out_their_own_reference(library: Library) -> None:
    """Play-tests 112, 119, 122 and 123: every customer who had already paid gave the same
    reference, TRX-48213, whoever they were; it is one per account, the same on a replay."""
    given = []
    for seed in (425, 7971, 7971):
        c = call_in(library, "already_paid_not_posted", seed=seed)
        c.say(f"Hello, is this {c.values['debtor_name']}?")
        c.say(
            "This is an attempt to collect a debt and any information obtained will be used for "
            f"that purpose. The payment of {c.values['amount_overdue']} hasn't reached us."
        )
        reply = c.say("Do you have a reference number for that transfer?").reply
        assert c.values["payment_reference"] in reply, reply
        given.append(c.values["payment_reference"])
    assert given[0] != given[1] and given[1] == given[2], given
    assert all(re.fullmatch(r"TRX-\d{5}", code) for code in given), given


# --- play-tests 125 and 126 -------------------------------------------------------------------
def test_the_debtors_payday_three_weeks_away_turned_down_for_the_17th(library: Library) -> None:
    """Play-test 126: "no. the 31st is 3 weeks away, by then the notice is already out ... 17th.
    can u do it" got "Yeah, Tuesday the 31st works."."""
    c, reply = _replied(library, "lenders_persistent_late", 8216, "lenders_8216", 5)
    assert "31st" not in reply and "17th" in reply, reply


def test_a_span_and_the_day_it_comes_to_put_the_day(library: Library) -> None:
    """Play-test 126: "maybe $50, in two weeks, on the 20th?" got "Yes, Tuesday the 24th works.";
    play-test 125: "$100 a month? starting in april, on the 13th maybe" got the 1st of April."""
    _c, reply = _replied(library, "student_unemployed_hardship", 8151, "hardship_8151", 4)
    assert "Friday the 20th" in reply and "24th" not in reply, reply
    c, reply = _replied(library, "student_unemployed_hardship", 8121, "hardship_8121", 6)
    assert "13th of April" in reply and c.debtor.agreed.rest_date == dt.date(2026, 4, 13), reply


def test_which_of_two_days_asked_after_the_promise_gets_the_day(library: Library) -> None:
    """Play-test 126: after the promise, "which is it, 12th or 13th?" got "Yes, that's right.";
    then "ok forget it, lets say friday 13th, 289 by transfer. ok?" got "I'm not sure, to be
    honest. Okay. Take care, bye." and the promise kept the 12th."""
    c = call_in(library, "car_broke_down_partial", seed=8206)
    replies = play(c, _from_file("carbroke_8206"))
    assert "Thursday the 12th" in replies[5] and "right" not in replies[5], replies[5]
    assert "not sure" not in replies[7] and "Friday the 13th" in replies[7], replies[7]
    assert c.promise.date == dt.date(2026, 3, 13) and c.promise.confirmed


def test_their_count_said_back_is_no_sum_and_the_rests_rate_is_heard(library: Library) -> None:
    """Play-test 125: "oh gosh, sixty, that's so hard" after "I've applied to about sixty places"
    got "$60, okay."; "and then for the rest, um, would maybe $100 a month be doable?" got "How
    much a month for the rest, then?"."""
    c = call_in(library, "student_unemployed_hardship", seed=8121)
    replies = play(c, _from_file("hardship_8121")[:5])
    assert "$60" not in replies[3], replies[3]
    assert "$100 a month" in replies[4] and "how much" not in replies[4].lower(), replies[4]


def test_what_they_could_realistically_manage_is_asked_not_demanded(library: Library) -> None:
    """Play-test 125: "what do you think you could realistically manage in the next two weeks?"
    got "I can't pay that. I honestly don't have it."."""
    c, reply = _replied(library, "student_unemployed_hardship", 8076, "hardship_8076", 4)
    assert any(fact in reply for fact in facts(c, "afford")), reply
    # (nor "Not $997.74, I'm sorry.": nobody had put the whole sum; play-tests 96 and 125)
    assert c.values["amount_overdue"] not in reply, reply


def test_how_they_will_make_the_payment_is_answered(library: Library) -> None:
    """Play-test 125: "how will you make the payment?" got "Alright. I hear you that the loan is
    separate from the dealer. Let's sort it out.", an answer to the line before."""
    _c, reply = _replied(library, "car_dealer_dispute", 8131, "dealer_8131", 6)
    assert "dealer" not in reply and "pay" in reply.lower(), reply


def test_a_put_down_without_a_swear_word_is_an_insult(library: Library) -> None:
    """Play-test 126: "mate youre the one who cant manage a credit card, so spare me the
    attitude" got "What?", and the call went on to a promise secured."""
    c, _reply = _replied(library, "rude_defaulter_composure", 8211, "rude_8211", 6)
    assert c.finished and c.outcome is not None and c.outcome.value == "hung_up"


def test_a_day_left_open_with_unless_is_not_the_day_put(library: Library) -> None:
    """Play-test 125: "oh, sorry, I meant the 13th of april, not the 1st - unless the 1st is
    better for you?" got "Then the other $100 by Wednesday the 1st of April.", the day left
    open to them taken as the one put."""
    c, reply = _replied(library, "student_unemployed_hardship", 8121, "hardship_8121b", 7)
    assert "1st" not in reply and c.debtor.agreed.rest_date == dt.date(2026, 4, 13), reply


def test_fees_refused_before_the_demand_are_not_demanded_again(library: Library) -> None:
    """Play-test 128: told "there aren't extra fees in it. I'm not able to waive anything" as
    he mocked the fees, the rude defaulter met "could we say a day? maybe thursday?" with "Drop
    the late fees and I'll think about paying the rest.", a demand already answered. A
    scenario's transition may now ask what the trainee has said (`act_heard: refuse_fees`)."""
    c, reply = _replied(library, "rude_defaulter_composure", 8366, "rude_8366", 5)
    assert "fees" not in reply and "Thursday the 12th" in reply, reply
    assert c.state == "negotiating"


def test_the_flatmate_asked_about_her_says_she_would_not_know(library: Library) -> None:
    """Play-test 127: "Is she avoiding my calls or what? Tried her a few times." got "Um, it's
    fine, I guess.", an answer to small talk. The scenario's own act (`ask_about_her`) is no
    small talk, and the flatmate knows nothing of it."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 8266, "flatmate_8266", 3)
    assert "fine" not in reply and ("wouldn't know" in reply or "No idea" in reply), reply
    assert c.state == "not_here"


def test_the_rests_rate_said_after_what_is_left_is_agreed(library: Library) -> None:
    """Play-test 128: "and for the rest, its 510.68 left, um, could you do maybe 100 a month
    after that?" with $275 agreed got "That would be such a relief. What would it look
    like?"."""
    c, reply = _replied(library, "student_unemployed_hardship", 8361, "hardship_8361", 6)
    assert "$100 a month" in reply and "What would it look like" not in reply, reply


def test_a_sum_typed_wrong_and_put_right_is_taken(library: Library) -> None:
    """Play-test 127: "oh sorry sorry, i typed it wrong, its 441.72 not 414.72! so 441.72 by
    bank transfer on friday 13th" got "$414.72, actually, not $441.72.", the trainee's own slip
    put back to them."""
    c, reply = _replied(library, "car_dealer_dispute", 8291, "dealer_8291", 7)
    assert "$441.72" in reply and "$414.72" not in reply, reply
    assert c.debtor.agreed.amount == Decimal("441.72"), c.debtor.agreed


def test_payday_asked_back_then_refused_is_not_agreed(library: Library) -> None:
    """Play-test 127: "Your payday would be the 31st, I believe? I'm afraid, and I am sorry,
    that I cannot accept that date again." got "Yeah, Tuesday the 31st works."."""
    c, reply = _replied(library, "lenders_persistent_late", 8296, "juggler_8296", 5)
    assert "31st works" not in reply, reply
    assert c.debtor.agreed.date is None, c.debtor.agreed


def test_the_autopay_form_is_not_the_way_this_payment_is_made(library: Library) -> None:
    """Play-test 128: "cool, I'll send you the autopay form by email. so just to recap: $359
    online by friday 13th march. all good?" got "Okay, direct debit then." and the promise
    was recorded as a direct debit."""
    c, reply = _replied(library, "student_forgot_first_late", 8336, "student_8336", 6)
    assert "direct debit" not in reply.lower(), reply
    assert c.debtor.agreed.method == "online", c.debtor.agreed


def test_how_much_a_month_for_the_rest_asked_without_its_mark_is_named_a_month(
    library: Library,
) -> None:
    """Play-test 128: "make it 400 and we got a deal. when? and then how much a month for the
    rest" got "For the rest, I could manage $392." from the graduate who had just said she
    could not pay: more a month than the loan's own instalment, and no "a month"."""
    c, reply = _replied(library, "student_unemployed_hardship", 8306, "hardship_8306", 5)
    assert "a month" in reply and "$392" not in reply, reply
    named = Decimal(re.findall(r"\$([\d,]+(?:\.\d\d)?) a month", reply)[0].replace(",", ""))
    assert named < c.record.instalment, reply


# --- play-tests 129 and 130 -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("seed", "played", "turn"),
    [(8531, "juggler_8531", 4), (8451, "juggler_8451", 4)],
)
def test_payday_called_too_far_off_is_not_agreed(
    library: Library, seed: int, played: str, turn: int
) -> None:
    """Play-tests 129 and 130: "payday is the 31st which is like 3 weeks. im sorry but if it
    isnt paid it goes to a written collection notice ... could you do it sooner?" and "payday
    is the 31st, that's a long way off. If it isn't paid ..." both got "Tuesday the 31st",
    the day just turned down, agreed."""
    c, reply = _replied(library, "lenders_persistent_late", seed, played, turn)
    assert "31st" not in reply, reply
    assert c.debtor.agreed.date is None, c.debtor.agreed


def test_the_way_set_aside_is_not_the_way_picked(library: Library) -> None:
    """Play-test 130: "We'll need the new bank details to set the direct debit up again. In
    the meantime, would you be able to pay ...?" was agreed as a direct debit, and "As the
    direct debit isn't set up on your new account yet, it might be simpler to pay this one by
    debit card or bank transfer - which would you prefer?" got "... by direct debit."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=8491)
    replies = play(c, _from_file("courteous_8491")[:4])
    assert "direct debit" not in replies[2].lower(), replies[2]
    assert "by direct debit" not in replies[3] and "Direct debit would" not in replies[3]
    assert c.debtor.agreed.method in ("card", "transfer"), c.debtor.agreed


def test_how_the_payment_went_asked_after_the_read_back_is_answered(library: Library) -> None:
    """Play-test 129: "Let me read that back - TRX-27598, sent Tuesday 3rd March, for $318.75.
    Was that an online bank transfer?" got "Yes, that's right. Hm, I don't know."."""
    c, reply = _replied(library, "already_paid_not_posted", 8406, "alreadypaid_8406", 5)
    assert "don't know" not in reply and "transfer" in reply, reply


def test_a_plan_in_broken_english_and_the_day_put_in_the_span_are_heard(library: Library) -> None:
    """Play-test 129: "I can do first payment in next 2 weeks, then rest monthly. Give me
    number." got "Right now? There's no way."; "Not now! I said in 2 weeks. Example 100 dollar on
    Friday 13th, your payday, then 100 every month." was agreed for the 24th, a day nobody named."""
    c = call_in(library, "student_unemployed_hardship", seed=8431)
    replies = play(c, _from_file("hardship_8431")[:5])
    assert "Right now" not in replies[3] and "no way" not in replies[3], replies[3]
    assert "Friday the 13th" in replies[4] and "24th" not in replies[4], replies[4]
    assert c.debtor.agreed.date == FRIDAY_13TH, c.debtor.agreed


def test_the_flatmate_asked_would_you_be_her_flatmate_says_who_she_is(library: Library) -> None:
    """Play-test 129: "Are you... would you be her flatmate?" got "Hm, I don't know."."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 8446, "flatmate_8446", 2)
    assert "don't know" not in reply and "flatmate" in reply, reply


# --- play-tests 131 and 132 -------------------------------------------------------------------
def test_the_direct_debit_told_of_is_not_the_way_picked(library: Library) -> None:
    """Play-test 131: "the direct debit probably still points at the old account ... Would you
    be able to pay the $394.27 this week?" got "By direct debit? That's fine.", and "... a card
    payment over the phone or a bank transfer since the direct debit is still on the old
    account. Which would suit you?" got "... by direct debit." Play-test 132: "yeah well the dd
    is your job to update not ours. can you pay it this week" got "By direct debit?"."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=8546)
    replies = play(c, _from_file("courteous_8546")[:4])
    assert "direct debit" not in replies[2].lower(), replies[2]
    assert "Card" in replies[3] and "direct debit" not in replies[3].lower(), replies[3]
    assert c.debtor.agreed.method == "card", c.debtor.agreed
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 8626, "courteous_8626", 3)
    assert "direct debit" not in reply.lower(), reply


def test_a_receipt_asked_for_with_an_if_is_answered(library: Library) -> None:
    """Play-test 131: "If you have a receipt or a reference for a payment I'm happy to look
    into it. Do you have one?" got "You've lost me. Not that I care."."""
    c, reply = _replied(library, "malicious_default_legal", 8566, "malicious_8566", 4)
    assert reply in facts(c, "evidence"), reply


@pytest.mark.parametrize(
    ("seed", "played", "turn"), [(8551, "rude_8551", 5), (8601, "rude_8601", 6)]
)
def test_fees_refused_in_other_words_are_not_demanded_again(
    library: Library, seed: int, played: str, turn: int
) -> None:
    """Play-test 131: after "I'm not able to take anything off" and "Sorry, the fees I cannot
    remove, I am not allowed.", the rude defaulter still demanded the fees be waived."""
    _c, reply = _replied(library, "rude_defaulter_composure", seed, played, turn)
    assert "fees" not in reply.lower() and "waive" not in reply.lower(), reply


def test_the_address_checked_is_answered(library: Library) -> None:
    """Play-test 132: "is the address still 74990 Long Cliffs in Jordanshire?" got "I don't
    know what you mean.", and "is that still where you want the letters sent?" got "I'm not
    sure, to be honest."."""
    c = call_in(library, "stop_calling_cease_contact", seed=8676)
    replies = play(c, _from_file("stopcall_8676")[:7])
    assert all(c.record.address.split(",")[0] in reply for reply in replies[5:7]), replies[5:]


def test_a_sarcastic_put_down_is_an_insult(library: Library) -> None:
    """Play-test 132: "wow, was that so hard? you could've saved us both 5 min of attitude" to
    the rude defaulter, whom one insult makes hang up, got "So are we done?"."""
    c, _reply = _replied(library, "rude_defaulter_composure", 8631, "rude_8631", 7)
    assert c.finished and c.outcome is not None and c.outcome.value == "hung_up"


# --- play-tests 133 and 134 -------------------------------------------------------------------
def test_a_direct_debit_that_stayed_on_the_old_account_is_no_way_to_pay(library: Library) -> None:
    """Play-test 134: "the direct debit probably stayed on the old account. would you maybe be
    able to pay it sometime this week?" got "By direct debit? That's fine.", and the promise
    was recorded as a direct debit."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 8856, "courteous_8856", 4)
    assert "direct debit" not in reply.lower(), reply
    assert c.debtor.agreed.method != "direct_debit", c.debtor.agreed


def test_the_rate_said_after_say_is_the_rests(library: Library) -> None:
    """Play-test 133: "so 100 by fri the 20th, then the remaining 654.77 we spread out monthly,
    say 100 a month on ur payday" got "How much a month for the rest, then?"."""
    c, reply = _replied(library, "student_unemployed_hardship", 8716, "hardship_8716", 6)
    assert "How much a month" not in reply and "$100 a month" in reply, reply
    assert c.debtor.agreed.rest_amount == Decimal("100"), c.debtor.agreed


def test_a_weekday_slipped_beside_this_weeks_day_is_not_months_away(library: Library) -> None:
    """Play-test 133: "Would you be able to make the $202.62 payment by Wednesday the 13th?"
    said on Tuesday the 10th got "Yes, Wednesday the 13th of May suits me."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 8711, "courteous_8711", 4)
    assert "May" not in reply and "Friday the 13th" in reply, reply
    assert c.debtor.agreed.date == FRIDAY_13TH, c.debtor.agreed


# --- play-tests 135 and 136 -------------------------------------------------------------------
def test_a_wait_called_too_long_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 136: "a few weeks... hmm, sorry, I don't think I can wait that long. would you
    maybe be able to do something smaller sooner?" ended the call as a vague promise accepted
    ("Thank you. As soon as I'm back on my feet, I'll pay it.")."""
    c, reply = _replied(library, "car_broke_down_partial", 9016, "carbroke_9016", 4)
    assert not c.finished and "back on my feet" not in reply, reply


def test_a_softener_after_this_week_asked_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 135: "would you be able to pay it sometime this week, maybe? no pressure" to
    the reliable payer got "Lovely, I'll get to it soon. Thanks for calling." and she hung up
    at the trainee's third line."""
    c, _reply = _replied(library, "personal_loan_courteous_reminder", 8931, "courteous_8931", 3)
    assert not c.finished


def test_a_wrong_name_put_right_in_the_same_line_is_asked_for(library: Library) -> None:
    """Play-test 136: "Is this Amanda Hughes? oh wait sorry, Higgins, Amanda Higgins" got
    "Sorry, there's nobody called that here.", as did "calling from Newport Credit Union -
    apologies, Newton Credit Union" ("I'm not with them", play-test 135)."""
    c, reply = _replied(library, "student_forgot_first_late", 9011, "student_9011", 1)
    assert c.debtor.identity_verified and "nobody" not in reply, reply
    c, reply = _replied(library, "lenders_persistent_late", 8876, "lenders_8876", 1)
    assert c.debtor.identity_verified and "not with them" not in reply, reply


def test_why_should_i_believe_you_is_no_offer(library: Library) -> None:
    """Play-test 136: "Three promises, three broken. Why should I believe a word?" got "Sure,
    that would help. Thanks." from the malicious defaulter."""
    _c, reply = _replied(library, "malicious_default_legal", 9006, "malicious_9006", 3)
    assert reply not in DEFAULT_CLARIFY["offered"], reply


def test_what_they_could_scrape_together_is_what_they_can_afford(library: Library) -> None:
    """Play-test 136: "what could you actually scrape together off that friday paycheck, give
    me a number" got the payday the graduate had already said, and nothing of what she could
    pay."""
    c, reply = _replied(library, "student_unemployed_hardship", 8981, "hardship_8981", 5)
    assert any(line in reply for line in facts(c, "afford")), reply


def test_a_figure_put_right_in_the_read_back_is_the_one_agreed(library: Library) -> None:
    """Play-test 136: "139.79 by bank transfer on friday 13th — oh sorry no, 193.79, i mixed up
    the numbers. is that right?" got "Okay, so $139.79 on Friday the 13th ..."."""
    c, reply = _replied(library, "student_forgot_first_late", 8976, "student_8976", 5)
    assert "$139.79" not in reply and c.debtor.agreed.amount == Decimal("193.79"), reply


def test_the_payday_turned_down_later_in_the_line_is_not_agreed(library: Library) -> None:
    """Play-test 136: "end of the month is basically your payday on the 31st ... I can't take
    another next-payday promise. What money do you have coming in before then?" got "$1,281.90,
    yeah, I can find that. Okay, Tuesday the 31st."."""
    c, reply = _replied(library, "lenders_persistent_late", 8951, "lenders_8951", 4)
    assert "31st" not in reply.split(".")[-2:][0] and c.debtor.agreed.date is None, reply
    assert any(line in reply for line in facts(c, "payday")), reply


def test_half_of_it_said_in_round_figures_is_that_figure(library: Library) -> None:
    """Play-test 136: "half of it, 220 bucks, on friday" got "Okay, $110."."""
    c, reply = _replied(library, "car_broke_down_partial", 8946, "carbroke_8946", 4)
    assert "$110" not in reply and c.debtor.agreed.amount == Decimal("220"), reply


def test_the_day_a_call_was_made_is_not_a_day_offered(library: Library) -> None:
    """Play-test 135: "we literally called u saturday about it. so when" got "Yes, Saturday the
    14th is fine."."""
    c, reply = _replied(library, "student_forgot_first_late", 8866, "student_8866", 3)
    assert "Saturday" not in reply and c.debtor.agreed.date is None, reply


def test_how_much_was_sent_is_answered(library: Library) -> None:
    """Play-test 135: "TRX-37208. and how much did you send exactly, the whole 293.28 or some
    random number" got "Okay. Got it."."""
    c, reply = _replied(library, "already_paid_not_posted", 8881, "paid_8881", 3)
    assert c.values["amount_overdue"] in reply, reply


def test_tell_me_when_youre_paying_asks_for_payment(library: Library) -> None:
    """Play-test 135: after "stop calling", "Just tell me when you're paying and I'll leave you
    alone." got "I don't know what you mean.", and the call's finding named the next line."""
    c = call_in(library, "stop_calling_cease_contact", seed=8896)
    replies = play(c, _from_file("stopcall_8896")[:3])
    assert "what you mean" not in replies[2], replies[2]
    c.end()
    assert [f.turn_index for f in c.scores().compliance if f.rule == "cease_request_ignored"] == [2]


def test_more_than_half_asked_and_half_turned_down_are_not_half(library: Library) -> None:
    """Play-test 135: "is there any way you could do more than half?" got "$1,658.83. Okay."
    (half), and "I really can't stop the legal referral with half, the full amount is what's
    needed by the 17th" got "Alright, $1,658.83."."""
    c, reply = _replied(library, "malicious_default_legal", 8901, "malicious_8901", 7)
    half = Decimal(c.values["half_overdue"].lstrip("$").replace(",", ""))
    assert c.debtor.agreed.amount != half, reply
    c, reply = _replied(library, "malicious_default_legal", 8901, "malicious_8901", 9)
    assert "$1,658.83" not in reply and c.debtor.agreed.amount != half, reply


# --- play-tests 137 and 138 -------------------------------------------------------------------
def test_end_of_the_month_called_weeks_away_is_not_the_day_agreed(library: Library) -> None:
    """Play-test 137: "Money before the 17th would be a nice change. End of the month is three
    weeks away ... Full 880.30 within a week. How?" got "Alright, Tuesday the 31st.", and the
    debtor offered the 31st again after "The 31st is NOT within a week"."""
    c, reply = _replied(library, "lenders_persistent_late", 9056, "lenders_9056", 4)
    assert "31st" not in reply and c.debtor.agreed.date == dt.date(2026, 3, 17), reply


def test_the_day_a_promise_was_made_is_not_a_day_offered(library: Library) -> None:
    """Play-tests 138: "yeah you said that on the 25th too, that was two weeks ago ... so when
    are you actually paying it" got "Sure, Wednesday the 25th works.", and "u stiffed us AGAIN
    on the 3rd" was read as a deadline of 3 April."""
    c, reply = _replied(library, "student_forgot_first_late", 9151, "student_9151", 4)
    assert "25th" not in reply and c.debtor.agreed.date is None, reply
    c = call_in(library, "lenders_persistent_late", seed=9166)
    play(c, _from_file("lenders_9166")[:2])
    assert c.turns[1].analysis.slots.date is None, c.turns[1].analysis.slots


def test_a_direct_debit_to_change_for_next_month_is_not_the_way_to_pay_now(
    library: Library,
) -> None:
    """Play-test 138: "Also, please, you need to change the direct debit to new bank, so next
    month is ok. Can you do this?" after "Bank transfer would suit me best." got "Okay, direct
    debit then. $249.36, Friday the 13th, direct debit."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9161, "courteous_9161", 5)
    assert "direct debit then" not in reply and c.debtor.agreed.method != "direct_debit", reply


def test_terms_agreed_as_the_debtor_hangs_up_on_an_insult_are_not_agreed(
    library: Library,
) -> None:
    """Play-test 138: "Yes, online from your phone. Still need a date, genius." got "Sure,
    online payment works. So $209, Friday the 13th, online payment. Yes. I'm not going to be
    spoken to like that. Bye."."""
    c, reply = _replied(library, "car_broke_down_partial", 9121, "carbroke_9121", 6)
    assert c.finished and "online payment works" not in reply, reply
    assert c.debtor.agreed.method is None, c.debtor.agreed


def test_a_date_asked_with_please_is_asked(library: Library) -> None:
    """Play-test 138: "Great, you can find it. WHEN. Date please." got "How would I pay it?"."""
    c, reply = _replied(library, "car_broke_down_partial", 9121, "carbroke_9121", 5)
    assert "Friday the 13th" in reply and "How would I pay" not in reply, reply


def test_then_so_much_every_month_is_a_plan(library: Library) -> None:
    """Play-test 138: "$60 on the 13th, then $60 every month until the arrears are gone" got
    "That much? There's no way." from the graduate, whose shifts cover $60."""
    c, reply = _replied(library, "student_unemployed_hardship", 9106, "hardship_9106", 4)
    assert c.debtor.agreed.amount == Decimal("60") and "no way" not in reply, reply


def test_pressed_after_the_call_ended_on_a_refusal_the_debtor_says_so_again(
    library: Library,
) -> None:
    """Play-test 137: after "Fine, send your lawyers. See you in court.", "last chance. pay the
    3503.65 by card or transfer before the 17th ... yes or no" got "Right. Thanks." and "thats
    not a yes. is that a no?" got "No idea, sorry."."""
    c = call_in(library, "malicious_default_legal", seed=9026)
    replies = play(c, _from_file("malicious_9026")[:7])
    ending = c.lines.state_lines("escalated", c.debtor.mood) or []
    assert replies[5] in ending and replies[6] in ending, replies[5:]


def test_a_little_bit_asked_after_stop_calling_is_pressing_the_debt(library: Library) -> None:
    """Play-test 137: after "stop calling", "if you could even do a little bit like 172 that
    would help" got "Mm. Okay." and the finding named the trainee's next line instead."""
    c = call_in(library, "stop_calling_cease_contact", seed=9046)
    replies = play(c, _from_file("stopcall_9046")[:4])
    assert replies[3] != "Mm. Okay.", replies[3]
    c.end()
    found = [f.turn_index for f in c.scores().compliance if f.rule == "cease_request_ignored"]
    assert found == [3], found


def test_the_way_they_picked_said_back_wrong_is_put_right(library: Library) -> None:
    """Play-tests 137 and 138: "I'd do it by bank transfer" then "So, if I've got it right:
    $271.89 by debit card on Friday the 13th ... Is that right?" got "Okay, card then."."""
    c, reply = _replied(library, "car_broke_down_partial", 9076, "carbroke_9076", 8)
    first = reply.split(".")[0].lower()  # the correction, in whichever words the debtor uses
    assert "not card" in first and "bank transfer" in first, reply
    assert c.debtor.agreed.method == "transfer" and not c.debtor.confirmed, c.debtor.agreed


def test_ok_later_after_the_promise_is_a_goodbye(library: Library) -> None:
    """Play-test 137: "ok later" after a promise confirmed was fed back as "You accepted a vague
    promise ('ok later')"; and a goodbye after a call of jibes is not "Thanks for calling"
    (play-test 135: "k. bye")."""
    c = call_in(library, "student_forgot_first_late", seed=9086)
    play(c, _from_file("student_9086"))
    assert c.finished and c.promise.confirmed
    assert not any("vague" in t.message for t in c.scores().tips), c.scores().tips
    c, reply = _replied(library, "student_forgot_first_late", 8866, "student_8866", 7)
    assert "thank" not in reply.lower(), reply


# --- play-tests 139 and 140 -------------------------------------------------------------------
def test_a_way_ruled_out_is_not_the_way_picked(library: Library) -> None:
    """Play-test 140: "how u paying. and dont say cash in an envelope" got "I'd do it by cash.",
    and "we dont take cash over the phone genius." was no insult to the graduate, whom the same
    word had made hang up in another call."""
    c, reply = _replied(library, "student_unemployed_hardship", 9281, "hardship_9281", 6)
    assert "cash" not in reply.lower() and c.debtor.agreed.method != "cash", reply
    c, _reply = _replied(library, "student_unemployed_hardship", 9281, "hardship_9281", 7)
    assert c.finished and c.outcome is not None and c.outcome.value == "hung_up"


def test_the_regular_payments_day_is_not_this_ones(library: Library) -> None:
    """Play-test 140: "do you want me to update the direct debit to the new account so next
    month's goes out on the 5th like normal?" got "Yes, Sunday the 5th of April is fine.", and
    the missed payment's Friday was lost."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9301, "courteous_9301", 6)
    assert "April" not in reply and c.debtor.agreed.date == FRIDAY_13TH, reply


def test_a_reference_read_back_wrong_or_asked_again_is_given(library: Library) -> None:
    """Play-test 139: "is that T-R-F-4-8-2-7-1-6?" after "TRX-25918" got "I'm not sure, to be
    honest.", and "can you say the reference again please?" got "Hm, I don't know."."""
    c = call_in(library, "already_paid_not_posted", seed=9236)
    replies = play(c, _from_file("paid_9236")[:7])
    given = re.findall(r"TRX-\d+", " ".join(replies[:5]))[0]
    assert replies[5] == f"No, it's {given}." and given in replies[6], replies[5:]


def test_who_are_you_to_the_flatmate_is_answered_without_small_talk(library: Library) -> None:
    """Play-test 139: "whatever. who r u anyway, her mum?" got "Um, it's fine, I guess."."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 9216, "flatmate_9216", 3)
    assert "flatmate" in reply and "it's fine" not in reply, reply


def test_when_you_paying_asks_for_payment(library: Library) -> None:
    """Play-test 139: "so when you paying it, and dont say end of the month cause thats too
    late" got "Mm. Okay."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9201, "courteous_9201", 3)
    assert reply != "Mm. Okay." and c.turns[-1].analysis.has(Act.ASK_PAYMENT), reply


def test_one_term_put_right_is_not_all_the_rest_passed_as_right(library: Library) -> None:
    """Play-test 139: "$4,145.95, bank transfer, Monday March 16. That right?" got "Tuesday the
    17th, actually, not Monday the 16th. The rest is right." though the way was another."""
    _c, reply = _replied(library, "malicious_default_legal", 9246, "malicious_9246", 6)
    assert "17th" in reply and "rest is right" not in reply, reply


# --- play-tests 141 and 142 -------------------------------------------------------------------
def test_a_day_asked_softly_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 141: "um.. which day do you think? no pressure, sorry" and "how would u pay?
    like app, card, whatever works for u" ended two calls on "I'll get to it soon." and "I'll
    pay it when I can. Bye.", fed back as vague promises accepted."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9366, "courteous_9366", 4)
    assert not c.finished and "13th" in reply, reply
    c, reply = _replied(library, "student_forgot_first_late", 9396, "student_9396", 4)
    assert not c.finished and "when I can" not in reply, reply


def test_when_exactly_it_will_be_paid_is_answered_with_a_day(library: Library) -> None:
    """Play-test 141: "So when exactly will the $348.65 be paid?" got "Certainly, $348.65."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 9406, "courteous_9406", 3)
    assert "Friday the 13th" in reply, reply


def test_whats_the_excuse_asks_what_happened(library: Library) -> None:
    """Play-test 141: "so whats the excuse this time" got "Sometime. Don't push it."."""
    c, reply = _replied(library, "rude_defaulter_composure", 9346, "rude_9346", 3)
    assert any(line in reply for line in facts(c, "what_happened")), reply


def test_their_work_told_is_not_told_again_by_the_state(library: Library) -> None:
    """Play-test 142: "Student loan, $930.72 behind. How's the job hunt going?" got the job hunt,
    then "I know. I'm so sorry. I'm unemployed at the moment, I've got a few shifts a week and
    that's all."."""
    c, reply = _replied(library, "student_unemployed_hardship", 9446, "hardship_9446", 3)
    assert any(line in reply for line in facts(c, "job")), reply
    assert "unemployed at the moment" not in reply, reply


def test_phone_calls_anymore_is_not_anything_else(library: Library) -> None:
    """Play-test 142: "so just to check, you don't want phone calls anymore?" got "No, that's
    everything."."""
    _c, reply = _replied(library, "stop_calling_cease_contact", 9496, "stopcall_9496", 4)
    assert not any(line in reply for line in DEFAULT_CLARIFY["nothing_else"]), reply


# --- play-tests 143 and 144 -------------------------------------------------------------------
def test_half_now_ish_on_friday_is_fridays(library: Library) -> None:
    """Play-test 143: "could you do half now-ish, like $220 on Friday the 13th when you get
    paid" got "Okay, today, yes." from the owner who is paid on the 13th."""
    c, reply = _replied(library, "car_broke_down_partial", 9531, "carbroke_9531", 4)
    assert "today" not in reply and c.debtor.agreed.date == FRIDAY_13TH, reply


def test_the_regular_payment_asked_about_does_not_move_the_day(library: Library) -> None:
    """Play-test 143: "theres also the regular march payment due on the 16th, will that go thru
    as normal?" and "the march 16 payment, the normal one" moved the overdue payment agreed for
    the 17th to the 16th."""
    c = call_in(library, "car_dealer_dispute", seed=9556)
    play(c, _from_file("dealer_9556")[:7])
    assert c.debtor.agreed.date == dt.date(2026, 3, 17), c.debtor.agreed


def test_every_13th_from_april_is_the_13th_of_each_month(library: Library) -> None:
    """Play-test 143: "then 40 by card every 13th from april" got "And $40 more by Wednesday the
    1st of April.", and the plan was recorded as one second payment."""
    c, reply = _replied(library, "student_unemployed_hardship", 9566, "hardship_9566", 7)
    # (the reply puts the way right, the customer having picked bank transfer: play-test 162)
    assert "1st of April" not in reply, reply
    agreed = c.debtor.agreed
    assert agreed.rest_every == "month" and agreed.rest_date == dt.date(2026, 4, 13), agreed


def test_no_pressure_before_a_plan_put_is_no_vague_promise(library: Library) -> None:
    """Play-test 144: "ok, no pressure, sorry. when do u get paid from the cafe? maybe like a
    small amount then, like $50? and then something each month after?" ended the call as a
    vague promise accepted."""
    c, reply = _replied(library, "student_unemployed_hardship", 9626, "hardship_9626", 4)
    assert not c.finished and "$50" in reply, reply


def test_ok_grandpa_is_an_insult(library: Library) -> None:
    """Play-test 144: "ok grandpa, then you know how this works." to the rude defaulter, whom
    one insult makes hang up, went unremarked."""
    c, _reply = _replied(library, "rude_defaulter_composure", 9616, "rude_9616", 4)
    assert c.finished and c.outcome is not None and c.outcome.value == "hung_up"


def test_the_full_name_of_a_debtor_on_file_by_a_short_one_is_theirs(library: Library) -> None:
    """Play-test 144: "I need to speak with Timothy Payne" to Tim Payne got "No, you've got the
    wrong number."."""
    c, reply = _replied(library, "already_paid_not_posted", 9601, "paid_9601", 1)
    assert c.debtor.identity_verified and "wrong number" not in reply, reply


# --- play-tests 145 and 146 -------------------------------------------------------------------
def test_not_about_a_job_asks_nothing_about_their_work(library: Library) -> None:
    """Play-test 145: "I'm afraid it's not about a job ... am I speaking to Alex Nguyen?" got
    the graduate's income, not who she is."""
    c, reply = _replied(library, "student_unemployed_hardship", 9731, "hardship_9731", 1)
    assert c.debtor.identity_verified, reply
    assert not any(line in reply for line in facts(c, "job")), reply


def test_when_they_get_paid_asked_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 145: "... a barista manager? when do u get paid from the cafe and how much" got
    "There's no way I can pay it all right now." alone."""
    c, reply = _replied(library, "student_unemployed_hardship", 9696, "hardship_9696", 3)
    assert any(line in reply for line in facts(c, "payday")), reply


def test_how_it_was_sent_is_answered_however_asked(library: Library) -> None:
    """Play-tests 145 and 146: "was that sent by bank transfer or something else?" got "No,
    that's everything."; "HOW did you send it. Bank transfer? Card?" got "I'd rather keep that
    to myself"; "It was bank transfer, or card?" got "I'm not paying it twice!" and the call
    failed for pressing a debt already paid."""
    c = call_in(library, "already_paid_not_posted", seed=9726)
    replies = play(c, _from_file("paid_9726")[:7])
    sent = facts(c, "payment_sent")
    assert all(any(line in reply for line in sent) for reply in replies[5:7]), replies[5:]
    c, reply = _replied(library, "already_paid_not_posted", 9801, "paid_9801", 4)
    assert "twice" not in reply and any(line in reply for line in facts(c, "payment_sent"))
    c.end()
    assert not c.scores().failed, [f.rule for f in c.scores().compliance]


def test_a_vague_word_quoted_and_laughed_at_is_not_accepted(library: Library) -> None:
    """Play-test 146: "'soon' lmao. i need a real date this week." got "Thanks for
    understanding! I'll pay it when I can. Bye."."""
    c, reply = _replied(library, "student_forgot_first_late", 9776, "student_9776", 4)
    assert not c.finished and "when I can" not in reply, reply


# --- session 30: cases left from play-tests 143 to 146 ----------------------------------------
def test_how_it_was_sent_asked_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 146: "Only I want to know how you sent it, so our payments team can find it"
    once the reference was taken got "Right. Thanks."."""
    c, reply = _replied(library, "already_paid_not_posted", 9801, "paid_9801", 5)
    assert any(line in reply for line in facts(c, "payment_sent")), reply


def test_a_day_in_a_condition_gives_way_to_the_day_put_after_it(library: Library) -> None:
    """Play-test 145: "Actually scratch that, if you've got 162 by friday you've got the whole
    324.86 by monday the 16th. Do that in one go instead." got "Friday the 13th is fine."."""
    c, reply = _replied(library, "student_forgot_first_late", 9711, "student_9711", 5)
    assert "Monday the 16th" in reply and "Friday" not in reply, reply
    assert c.debtor.agreed.date == dt.date(2026, 3, 16) and c.debtor.agreed.amount == Decimal(
        "324.86"
    ), c.debtor.agreed


def test_two_sums_asked_between_get_one_named(library: Library) -> None:
    """Play-test 143: "you said 50 a month before - is it 50 or 100 from April?" got "Yes,
    Wednesday the 1st of April works."; "$50 a month or $100 a month?" got "That would be such
    a relief. What would it look like?"."""
    c = call_in(library, "student_unemployed_hardship", seed=9526)
    replies = play(c, _from_file("hardship_9526")[:8])
    for reply in replies[6:8]:
        assert "$100 a month" in reply and "1st of April" not in reply, reply


def test_sums_offered_to_pick_from_open_the_sum_put_before(library: Library) -> None:
    """Play-test 234: after "Can you pay the whole $604.08 today or not?", "A number, Brandon.
    Fifty a month? A hundred?" got "I can't stretch to $604.08. Maybe $211? ... $50 is the most
    I could scrape together": the whole put again, and two sums named at once."""
    c, reply = _replied(library, "student_unemployed_hardship", 8571, "hardship_8571", 5)
    assert "$604.08" not in reply and "$211" not in reply and "$50" in reply, reply


# --- play-tests 147 and 148 -------------------------------------------------------------------
def test_make_it_quick_discloses_nothing(library: Library) -> None:
    """Play-test 147: "Patricia Clark? need your date of birth ..., and make it quick I got a
    lot of these to get through today" was read as terms for today, and the call failed for
    speaking of the debt before the debtor said who she was."""
    c = call_in(library, "car_broke_down_partial", seed=9841)
    play(c, _from_file("carbroke_9841"))
    c.end()
    assert "disclosure_before_verification" not in [f.rule for f in c.scores().compliance]


def test_the_rests_day_asked_without_a_question_mark_is_named(library: Library) -> None:
    """Play-test 147: "235 friday, wow generous. and the other 156.13 when exactly, next payday
    is when, give me a date not a vibe" and "I'm asking about the REST. 156.13. what date" got
    no day for the rest ("That's right, yes." to the second)."""
    c = call_in(library, "car_broke_down_partial", seed=9841)
    replies = play(c, _from_file("carbroke_9841")[:7])
    for reply in replies[5:7]:
        assert "$156.13" in reply and "Friday the 27th" in reply, reply


def test_the_rest_put_with_the_next_instalment_is_agreed_beside_the_first_part(
    library: Library,
) -> None:
    """Play-test 147: "348. Fine ... And the remaining 232.69 goes in with the March 20th
    instalment, so 813.38 that day." got "Okay, $348. I can find that." and the rest was lost."""
    c, reply = _replied(library, "car_broke_down_partial", 9886, "carbroke_9886", 4)
    assert "$232.69" in reply and "Friday the 20th" in reply, reply
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("348"), dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("232.69"), dt.date(2026, 3, 20))


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        ("personal_loan_courteous_reminder", 9896, "courteous_9896", 6),
        ("student_forgot_first_late", 9911, "student_9911", 6),
    ],
)
def test_a_direct_debit_set_up_for_later_leaves_this_payments_terms(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-tests 147 and 148: "could you set up the direct debit from the new bank too, so April
    5th comes out on its own?" and "do u want autopay on from april?" moved the agreed payment
    to April, by direct debit."""
    c = call_in(library, scenario, seed=seed)
    replies = play(c, _from_file(played)[:turn])
    before = dataclasses.replace(c.debtor.agreed)
    assert before.date is not None and before.date.month == 3, replies[-1]
    assert before.method not in (None, "direct_debit"), replies[-1]
    assert "April" not in replies[-1], replies[-1]


def test_a_form_for_the_new_bank_names_no_lender(library: Library) -> None:
    """Play-test 148: "... and want me to send the direct debit form for the new bank too?" got
    "I don't have anything with them, I'm afraid.", as if the caller named another lender."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9941, "courteous_9941", 5)
    assert "anything with them" not in reply and "$307.18" in reply, reply


def test_a_part_now_then_a_day_named_is_that_days(library: Library) -> None:
    """Play-test 148: "could you pay a part now? Like half, 285.79, maybe by this Friday when you
    get paid?" got "Okay, today, yes."."""
    c, reply = _replied(library, "car_broke_down_partial", 9961, "carbroke_9961", 4)
    assert "today" not in reply and c.debtor.agreed.date == dt.date(2026, 3, 13), reply


def test_terms_agreed_and_never_confirmed_are_no_vague_promise(library: Library) -> None:
    """Play-test 147: $767.02 on Friday by bank transfer agreed, the read-back naming card and
    never put right, ended as "Vague promise only", its promise score capped as one."""
    c = call_in(library, "car_dealer_dispute", seed=9866)
    play(c, _from_file("dealer_9866"))
    c.end()
    scores = c.scores()
    assert c.outcome is not None and c.outcome.value == "unconfirmed", c.outcome
    assert scores.promise > 30 and not c.debtor.confirmed, scores.promise


def test_whatever_works_after_a_way_trailed_off_is_no_vague_promise(library: Library) -> None:
    """Play-test 147: "um how would you pay it? online maybe, or... sorry, whatever works for
    you" got "I'll get to it when I can. Bye!" and the call ended."""
    c, reply = _replied(library, "student_forgot_first_late", 9831, "student_9831", 6)
    assert not c.finished and "when I can" not in reply, reply


def test_when_are_you_gonna_pay_gets_a_day(library: Library) -> None:
    """Play-test 147: "so when are you gonna pay the 250.49" got "Certainly, $250.49."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9826, "courteous_9826", 4)
    assert re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri)day the \d+", reply), reply


def test_the_debt_not_getting_paid_is_no_question_about_payday(library: Library) -> None:
    """Play-test 147: "... if it doesnt get paid theres a written notice and then maybe an
    agency?" got "Next payday? End of the month. You and four others are already queuing"."""
    c, reply = _replied(library, "lenders_persistent_late", 9846, "lenders_9846", 5)
    assert not any(line in reply for line in facts(c, "payday")), reply
    assert "agency" in reply, reply


def test_before_anything_else_asks_nothing_more(library: Library) -> None:
    """Play-test 148: "Before anything else, may I ask how things are going for you at the
    moment?" got "No, that's all, thanks."."""
    _c, reply = _replied(library, "student_unemployed_hardship", 9956, "hardship_9956", 3)
    assert "No, that's all" not in reply, reply


def test_is_she_there_or_not_is_answered(library: Library) -> None:
    """Play-test 148: "I'm asking. is she there or not" to the flatmate got "No idea,
    sorry."."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 9936, "flatmate_9936", 2)
    assert "No idea" not in reply and any(line in reply for line in facts(c, "whereabouts"))


def test_a_monthly_day_starting_in_a_month_and_a_plan_said_back(library: Library) -> None:
    """Play-test 148: "then 100 a month on the 24th starting april" was agreed from the 13th of
    April; "so: 60 by transfer this friday the 13th, then 100 by transfer every 24th from april
    24 until the 1,188.88 is gone" got "$1,188.88 is too much for me right now"."""
    c = call_in(library, "student_unemployed_hardship", seed=9906)
    replies = play(c, _from_file("hardship_9906")[:8])
    assert "Friday the 24th of April" in replies[4], replies[4]
    assert "too much" not in replies[7] and c.debtor.confirmed, replies[7]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.rest_amount, agreed.rest_date) == (
        Decimal("60"),
        Decimal("100"),
        dt.date(2026, 4, 24),
    ), agreed


def test_a_payday_guessed_and_turned_down_is_not_agreed(library: Library) -> None:
    """Play-test 148: "Your next payday would be the 31st, I believe? That is, um, rather a long
    way off." got "Yeah, Tuesday the 31st works."."""
    c, reply = _replied(library, "lenders_persistent_late", 9901, "lenders_9901", 4)
    assert c.debtor.agreed.date is None and "31st works" not in reply, reply


# --- play-tests 149 to 152 --------------------------------------------------------------------
def test_a_goodbye_without_its_thanks_is_a_whole_sentence(library: Library) -> None:
    """Play-test 149: after a call of jibes, "Goodbye, and thank you." lost its thanks and was
    cut off as "Goodbye, and"."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 10001, "courteous_10001", 6)
    assert c.finished and reply.rstrip().endswith((".", "!", "?")), reply
    assert "thank" not in reply.lower() and not reply.rstrip(". ").endswith("and"), reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "surname"),
    [
        ("student_unemployed_hardship", 9986, "hardship_9986", "Armstrong"),
        ("student_forgot_first_late", 10146, "student_10146", "Jackson"),
    ],
)
def test_their_first_name_with_another_surname_is_put_right(
    library: Library, scenario: str, seed: int, played: str, surname: str
) -> None:
    """Play-tests 149 and 151: "u andrew armstead?" to Andrew Armstrong and "u Trisha Johnson?"
    to Tricia Jackson got "Yes, it's me.": the wrong party check passed on a wrong name. The
    debtor puts the surname right, and so says who they are."""
    c, reply = _replied(library, scenario, seed, played, 1)
    assert reply.startswith(f"{surname}, actually."), reply
    assert c.debtor.identity_verified


@pytest.mark.parametrize(
    ("scenario", "seed", "played"),
    [
        ("car_dealer_dispute", 10221, "dealer_10221"),
        ("personal_loan_courteous_reminder", 10281, "courteous_10281"),
    ],
)
def test_a_name_spelt_as_heard_is_theirs_and_another_is_not(
    library: Library, scenario: str, seed: int, played: str
) -> None:
    """Play-test 152: "is this Jeffrey Harrington?" to Jeffery Harrington got "There's nobody by
    that name here."; "is this Mister Adam Zimmerman please?" to Alan Zimmerman got "Yes,
    speaking."."""
    c, reply = _replied(library, scenario, seed, played, 1)
    assert c.debtor.identity_verified
    # (Adam for Alan, before their own surname, is put right: play-tests 161 and 162)
    assert (scenario == "car_dealer_dispute") != reply.startswith("It's Alan, actually."), reply


def test_would_it_maybe_be_possible_to_pay_a_sum_is_asked(library: Library) -> None:
    """Play-test 149: "would it maybe be possible to pay, like, a hundred dollars or so this
    week?" got "I'll sort it out soon"."""
    c, reply = _replied(library, "car_broke_down_partial", 10036, "carbroke_10036", 3)
    assert "$100" in reply and "soon" not in reply, reply


def test_how_work_is_going_is_answered_from_their_job(library: Library) -> None:
    """Play-test 149: "What's going on with work right now, are you still getting paid
    regularly?" went unanswered."""
    c, reply = _replied(library, "lenders_persistent_late", 9981, "lenders_9981", 3)
    assert any(line in reply for line in facts(c, "job")), reply


def test_the_whole_denied_beside_a_plan_is_not_put(library: Library) -> None:
    """Play-test 150: "didnt ask u to pay all of it this time genius ... 80 bucks friday the
    13th, then 180 on the 13th of every month til the 974.31 is gone" got "There's no way I can
    pay it all right now."; the plan said back with "the last $174.31 on aug 13" was put right
    as if the instalments started in August."""
    c = call_in(library, "student_unemployed_hardship", seed=10096)
    replies = play(c, _from_file("hardship_10096")[:7])
    assert not any(line in replies[3] for line in _state_lines(c, "cannot_pay")), replies[3]
    assert "August" not in replies[6] and "actually" not in replies[6], replies[6]


def test_part_of_it_now_then_a_day_named_is_that_days(library: Library) -> None:
    """Play-test 150: "might it be possible to pay part of it now? For instance, $320 this Friday
    the 13th" got "Okay, Tuesday the 10th, yes."."""
    c, reply = _replied(library, "car_broke_down_partial", 10116, "carbroke_10116", 5)
    assert "Tuesday the 10th" not in reply and c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_a_reference_said_back_wrong_is_put_right_asked_or_not(library: Library) -> None:
    """Play-test 152: "ok so ref TRX-30246, sent tues 3/3 from northgate ..." after TRX-30264
    got "Okay, thanks."; "wait sorry, was it 30246 or 30264?" got "Yes, that's right."."""
    c = call_in(library, "already_paid_not_posted", seed=10236)
    replies = play(c, _from_file("paid_10236")[:6])
    assert replies[4].startswith("No, it's TRX-30264."), replies[4]
    assert replies[5].startswith("It's TRX-30264."), replies[5]


def test_a_number_to_call_is_no_sum(library: Library) -> None:
    """Play-test 151: "Fine fine, nobody say pay twice now. They check the TRX-57483 first. You
    can call 4410 if you want. Bye." was read as $4,410 put, and got "Are you even listening?
    It's paid. I'm not sending more money."."""
    c, reply = _replied(library, "already_paid_not_posted", 10161, "paid_10161", 7)
    assert c.turns[-1].analysis.slots.amount is None and "more money" not in reply, reply


def test_birthday_asked_in_a_word_gets_it(library: Library) -> None:
    """Play-test 151: "no its not the garage. schmidt credit union. daniel miller? birthday?"
    got "Yes, that's me." and no date of birth."""
    c, reply = _replied(library, "car_broke_down_partial", 10206, "carbroke_10206", 1)
    assert str(c.record.date_of_birth.year) in reply, reply


_NOTHING_ELSE = DEFAULT_CLARIFY["nothing_else"]


def test_proof_or_pay_again_gets_the_proof_and_anything_else_or_done_is_asked(
    library: Library,
) -> None:
    """Play-test 152: "so either u got proof or u pay again" to the customer who had paid got "I
    don't follow."; "anything else or we done" got "No idea, sorry."."""
    c = call_in(library, "already_paid_not_posted", seed=10271)
    replies = play(c, _from_file("paid_10271")[:6])
    assert any(line in replies[2] for line in facts(c, "evidence")), replies[2]
    assert any(line in replies[5] for line in _NOTHING_ELSE), replies[5]


def test_how_much_could_you_set_aside_is_answered_with_what_they_can_afford(
    library: Library,
) -> None:
    """Play-test 151: "... roughly how much could you set aside for the loan without falling
    short on rent?" got "I can't pay that.", a sum nobody had named turned down."""
    c, reply = _replied(library, "student_unemployed_hardship", 10156, "hardship_10156", 3)
    assert any(line in reply for line in facts(c, "afford")), reply
    assert "can't pay that" not in reply, reply


def test_the_roles_they_apply_for_are_told(library: Library) -> None:
    """Play-test 152: "what kind of roles are you going for, out of interest?" got how long she
    had been out of work, and nothing of what she applies for."""
    _c, reply = _replied(library, "student_unemployed_hardship", 10291, "hardship_10291", 7)
    assert re.search(r"\bapplying\b|going for", reply), reply


def test_no_further_calls_and_writing_honours_the_request(library: Library) -> None:
    """Play-test 152: "Noted. No further calls; you'll receive it in writing at that address,
    reference CC-0876-W. Do try to open it. Good day." ended as "You ended the call", goal 0,
    though nearly the same words had honoured the request in another call."""
    c = call_in(library, "stop_calling_cease_contact", seed=10226)
    play(c, _from_file("stopcall_10226"))
    c.end()
    assert c.outcome is not None and c.outcome.value == "contact_ceased", c.outcome


# --- play-tests 153 and 154 -------------------------------------------------------------------
def test_dont_tell_me_a_cheque_rules_the_cheque_out(library: Library) -> None:
    """Play-test 154: "fine 323. how u paying, and dont tell me a cheque in the mail" got "So
    $323, Friday the 13th, cheque. Yes." and the promise was recorded by cheque."""
    c, reply = _replied(library, "car_broke_down_partial", 10446, "carbroke_10446", 6)
    assert "cheque" not in reply.lower() and c.debtor.agreed.method != "cheque", reply


def test_how_u_paying_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 153: "ugh fine whatever. 196 on fri the 13th, how u paying it, and dont say
    cash" got "$196 I can do, even after the repair." alone."""
    _c, reply = _replied(library, "car_broke_down_partial", 10351, "carbroke_10351", 5)
    assert re.search(r"\bpay\b", reply.split("repair.")[-1]), reply


def test_asking_for_the_money_again_after_the_reference_fails_the_call(library: Library) -> None:
    """Play-test 154: "would you mind paying it again? No, sorry - forget I asked ..." got "No
    idea, sorry.", and the call was scored goal reached, politeness 100, nothing flagged."""
    c = call_in(library, "already_paid_not_posted", seed=10381)
    replies = play(c, _from_file("paid_10381"))
    assert "twice" in replies[5], replies[5]
    c.end()
    assert "pressed_for_paid_debt" in [f.rule for f in c.scores().compliance]


def test_we_wont_call_anymore_and_letters_honour_the_request(library: Library) -> None:
    """Play-test 153: "so we wont call anymore then, and i'll make sure everything goes by letter
    to the address we have on file" ended as "You ended the call", goal 0."""
    c = call_in(library, "stop_calling_cease_contact", seed=10356)
    play(c, _from_file("stopcall_10356"))
    c.end()
    assert c.outcome is not None and c.outcome.value == "contact_ceased", c.outcome
    assert not c.scores().failed


def test_when_are_you_fixing_this_asks_for_payment(library: Library) -> None:
    """Play-test 153: "So when are you fixing this, today would be nice for once" got "I'm
    afraid you've lost me. Could you explain?"."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 10321, "courteous_10321", 3)
    assert "lost me" not in reply and "today" in reply, reply


def test_an_offer_in_second_language_english_is_answered_as_an_offer(library: Library) -> None:
    """Play-test 154: "you want I give you a number of our disputes team? Or you prefer not?"
    got "Sorry, which day did you mean?"."""
    _c, reply = _replied(library, "car_dealer_dispute", 10441, "dealer_10441", 7)
    assert "which day" not in reply and re.search(r"\b(?:Yes|No|please)\b", reply), reply


def test_a_first_payment_then_so_much_a_month_is_not_swapped(library: Library) -> None:
    """Play-test 154: "a first payment of $100 on Friday the 13th, and then $105 a month for the
    remaining $528.35 over five months, starting in April?" got "$105, okay ... And $523.35
    more by Wednesday the 1st of April."."""
    c, reply = _replied(library, "student_unemployed_hardship", 10421, "hardship_10421", 4)
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.rest_amount, agreed.rest_every) == (
        Decimal("100"),
        Decimal("105"),
        "month",
    ), reply


def test_another_first_name_before_their_surname_is_a_wrong_name(library: Library) -> None:
    """Play-test 153: "yeah this greg keith? summers bank." to George Keith got "Speaking."."""
    c, reply = _replied(library, "student_unemployed_hardship", 10306, "hardship_10306", 1)
    # (their own surname: the debtor puts the first name right, play-tests 161 and 162)
    assert reply.startswith("It's George, actually.") and "Speaking" not in reply, reply


def test_what_they_study_is_told_and_the_exams_keep_one_date(library: Library) -> None:
    """Play-test 154: "haha no stress, exams r brutal. what r u studying?" got "Ha, busy. Exams
    in a few weeks, actually. ... Just studying, and exams at the moment.": no subject, and
    exams that had been "all week" at a third time."""
    c, reply = _replied(library, "student_forgot_first_late", 10436, "student_10436", 3)
    assert "business" in reply, reply
    assert "few weeks" not in reply and "at the moment" not in reply, reply


def test_who_she_is_and_when_the_debtor_is_back_are_both_answered(library: Library) -> None:
    """Play-test 154: "who r u then, her mum? whatever. when's she back" got who the flatmate
    is and nothing of when the debtor is back."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 10416, "flatmate_10416", 2)
    assert "flatmate" in reply and any(line in reply for line in facts(c, "whereabouts"))


def test_mate_in_an_identity_check_is_no_brush_off_in_the_debrief(library: Library) -> None:
    """Play-test 153: "cool cool. quick security thing, what's your date of birth mate?" gave
    the tip "You brushed the customer off ('mate')"; the politeness score already took that
    "mate" as warmth."""
    c = call_in(library, "student_forgot_first_late", seed=10331)
    play(c, _from_file("student_10331"))
    c.end()
    assert not any("brushed" in t.message for t in c.scores().tips), c.scores().tips


# --- play-tests 155 and 156 -------------------------------------------------------------------
def test_a_surname_cut_short_is_not_theirs(library: Library) -> None:
    """Play-test 155: "is that amanda richards?" to Amanda Richardson got "Speaking."."""
    _c, reply = _replied(library, "car_broke_down_partial", 10536, "carbroke_10536", 1)
    assert reply.startswith("Richardson, actually."), reply


def test_fix_the_direct_debit_is_no_way_to_pay_this_one(library: Library) -> None:
    """Play-test 156: "k. and fix the direct debit w ur new bank so we dont do this again ok?"
    after a bank transfer was agreed got "Direct debit is fine too, I suppose."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 10576, "courteous_10576", 6)
    assert c.debtor.agreed.method == "transfer" and "fine too" not in reply, reply


def test_a_typo_put_right_in_the_read_back_is_not_corrected_again(library: Library) -> None:
    """Play-test 156: "just to recap: $261.37 online by fri 13th - wait sorry typo, $216.37.
    thats right yeah?" got "Not $261.37: $216.37, like I said."."""
    c, reply = _replied(library, "student_forgot_first_late", 10596, "student_10596", 6)
    assert "Not $" not in reply and c.debtor.confirmed, reply


def test_card_through_the_app_is_the_card_agreed(library: Library) -> None:
    """Play-test 155: "So: $559.22 by card through the app, tomorrow Wednesday the 11th.
    Correct?" after "Card over the app" was agreed got "Not online payment: card, like I
    said."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 10506, "traveller_10506", 6)
    assert "Not online" not in reply and c.debtor.confirmed, reply


def test_a_day_named_then_turned_down_as_that_one_is_not_agreed(library: Library) -> None:
    """Play-test 156: "so like the 31st when you get paid? ... actually, sorry, I don't think I
    can take that one" got "Alright, Tuesday the 31st. I can do that."."""
    c, reply = _replied(library, "lenders_persistent_late", 10571, "lenders_10571", 5)
    assert c.debtor.agreed.date is None and "31st. I can do" not in reply, reply


def test_side_questions_about_the_car_are_answered(library: Library) -> None:
    """Play-tests 155 and 156: "did the dealer give you any date for the part?" got "So are we
    done? Is that everything?"; "is it fixed now? could u do the full 380.63 ...?" and "will
    the regular march payment on the 15th be ok too?" went unanswered ("Hm, I don't know.")."""
    _c, reply = _replied(library, "car_dealer_dispute", 10581, "dealer_10581", 7)
    assert "are we done" not in reply and "part" in reply, reply
    c = call_in(library, "car_broke_down_partial", seed=10536)
    replies = play(c, _from_file("carbroke_10536")[:7])
    assert "fixed" in replies[3] or "back on the road" in replies[3], replies[3]
    assert "regular one" in replies[6] or "as normal" in replies[6], replies[6]


def test_online_said_back_for_a_bank_transfer_is_put_right(library: Library) -> None:
    """Play-tests 149 and 155: "so that's $628.08 online, by friday the 13th" after the debtor
    chose bank transfer got "Correct." (an online payment and a bank transfer were taken as one
    way). Said back as "online transfer" they still are; "online" alone is put right."""
    c, reply = _replied(library, "rude_defaulter_composure", 10041, "rude_10041", 7)
    assert "Bank transfer" in reply and not c.debtor.confirmed, reply


def test_the_rests_day_is_not_the_first_parts(library: Library) -> None:
    """Play-test 158: "could you do part of it this week, like maybe half, and then the rest
    with the next payment on the 19th?" got "$294.15 I can do ... Okay, Thursday the 19th,
    yes.": the rest's day taken for the half's, which the debtor then defended."""
    c, reply = _replied(library, "car_broke_down_partial", 10731, "carbroke_10731", 4)
    assert "19th" not in reply and c.debtor.agreed.date != dt.date(2026, 3, 19), reply


def test_a_caller_who_insults_is_answered_not_thanked(library: Library) -> None:
    """ "You're lying, you never paid. Give me the reference then, liar." got "Sure, the
    reference is TRX-..., sent last Tuesday. Thanks for checking.": the thanks of a reply
    written for a courteous ask, kept for a caller who had just called the customer a liar."""
    c = call_in(library, "already_paid_not_posted", seed=5)
    c.say(f"Hi, is this {c.values['debtor_name']}?")
    c.say("This is Sam from the lender about your account.")
    reply = c.say("You're lying, you never paid. Give me the reference then, liar.").reply
    assert c.values["payment_reference"] in reply and "thank" not in reply.lower(), reply
    c = call_in(library, "already_paid_not_posted", seed=5)
    c.say(f"Hi, is this {c.values['debtor_name']}?")
    c.say("This is Sam from the lender about your account.")
    reply = c.say("Could you give me the reference for that transfer, please?").reply
    assert "Thanks for checking" in reply, reply


def test_the_debtors_day_called_too_far_off_is_not_taken(library: Library) -> None:
    """Play-test 160: "hmm, end of month... I am sorry but I think it is too long. if not paid,
    the system sends the written collection notice ..." got "Yeah, Tuesday the 31st works.":
    the day turned down was taken as the day put."""
    c, reply = _replied(library, "lenders_persistent_late", 10846, "lenders_10846", 5)
    assert "31st" not in reply and c.debtor.agreed.date is None, reply


def test_the_refusing_defaulter_answers_a_part_asked_for_as_a_payment(library: Library) -> None:
    """Play-test 160: "what if you just paid one of them for now, the 541.98?" to the
    defaulter refusing got "Letters, calls, more letters. Heard it all.": the answer to
    warnings, given to a small ask."""
    _c, reply = _replied(library, "malicious_default_legal", 10831, "malicious_10831", 5)
    assert "letter" not in reply.lower() and "not" in reply.lower(), reply


def test_the_birthday_asked_with_the_name_is_given(library: Library) -> None:
    """Play-test 160: "yo Amy Santiago right? Jones Credit Union. gimme ur birthday real
    quick" got "Yes, that's me." and no date of birth."""
    c, reply = _replied(library, "car_broke_down_partial", 10806, "carbroke_10806b", 1)
    assert re.search(r"\b(?:19|20)\d\d\b", reply), reply


def test_the_way_put_right_after_the_callers_slip_is_kept(library: Library) -> None:
    """Play-test 160: the trainee said card by mistake, then "wait my bad u said bank transfer.
    so transfer for both, whatever. we done?", which got "So are we done? Is that
    everything?", and the call ended with card as the promised way."""
    c = call_in(library, "car_broke_down_partial", seed=10806)
    replies = play(c, _from_file("carbroke_10806b"))
    assert "are we done" not in replies[7].lower() and "transfer" in replies[7], replies[7]
    assert c.finished and c.debtor.agreed.method == "transfer"


def test_sending_the_paid_sum_again_asked_for_breaks_the_rule(library: Library) -> None:
    """Play-test 160: "would you maybe be able to send it again, just in case?" to the customer
    who paid got "Right. It was a bank transfer ..." and the call was scored goal reached."""
    c = call_in(library, "already_paid_not_posted", seed=10786)
    replies = play(c, _from_file("paid_10786"))
    assert "twice" in replies[3] or "not sending" in replies[3], replies[3]
    assert c.finished and "pressed_after_paid" in c.debtor.flags
    assert not goal_reached(c)


def test_a_soft_ask_for_something_soon_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 159: "is there anything at all you think you could manage on this one, maybe
    sometime soon-ish?" ended the call as a vague promise the trainee had accepted, three lines
    in: the debtor had promised nothing yet."""
    c, _reply = _replied(library, "lenders_persistent_late", 10821, "lenders_10821", 3)
    assert not c.finished


def test_a_call_from_the_lending_team_offered_is_taken(library: Library) -> None:
    """Play-test 159: "I could maybe have someone from lending give you a call? if that's ok?"
    got "Okay, fair enough." and "so is that a yes, you'd like them to call you?" got "No idea,
    sorry." from the customer who had asked about a kitchen loan."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10791)
    replies = play(c, _from_file("courteous_10791")[:9])
    assert replies[7].startswith(("Yes", "Sure")), replies[7]
    assert replies[8].startswith(("Yes", "Sure")), replies[8]


def test_a_part_asked_for_today_is_named_and_a_choice_of_ways_answered(library: Library) -> None:
    """Play-test 159: "is possible you pay some part now?" got "Fine, today. That works." with
    no sum; "how you pay today, card or bank?" got "What are my options?"."""
    c = call_in(library, "car_broke_down_partial", seed=10806)
    replies = play(c, _from_file("carbroke_10806")[:6])
    assert "$" in replies[3], replies[3]
    assert "options" not in replies[5] and re.search(r"card|transfer", replies[5], re.I), replies[5]


def test_the_defaulter_asked_if_they_still_drive_the_car_answers(library: Library) -> None:
    """Play-test 159: "... You're still driving the car, right?" got "Okay, fair enough."."""
    c, reply = _replied(library, "malicious_default_legal", 10841, "malicious_10841", 4)
    ask = next(a for a in c.persona.acts if a.name == "ask_car_running")
    assert any(answer in reply for answer in ask.answers or []), reply


def test_the_customer_doubted_or_mocked_says_so_and_does_not_thank(library: Library) -> None:
    """Play-test 159: "oh sure, everybody already paid it ... go on, read it out" got the
    reference and "Thank you for looking into it."; "if it turns out you made that up we'll
    be calling again, believe me" got "Okay, thanks."."""
    c = call_in(library, "already_paid_not_posted", seed=10801)
    replies = play(c, _from_file("paid_10801")[:5])
    assert c.values["payment_reference"] in replies[3] and "thank" not in replies[3].lower()
    assert "make anything up" in replies[4] or "real" in replies[4], replies[4]


def test_thanks_and_sentences_in_a_stitched_reply_are_said_once(library: Library) -> None:
    """Play-test 159: "Correct. I'll set a reminder ... Thanks. Okay, thanks. Bye!" and "Do what
    you like. I'm not paying. We're done. Right. We're done, then."."""
    _c, reply = _replied(library, "student_forgot_first_late", 10816, "student_10816", 6)
    assert len(re.findall(r"\bthanks?\b", reply, re.I)) == 1, reply
    _c, reply = _replied(library, "malicious_default_legal", 10841, "malicious_10841", 7)
    assert reply.count("We're done") == 1, reply


def test_the_flatmate_asked_who_she_is_and_when_the_debtor_is_back_answers_both(
    library: Library,
) -> None:
    """Play-test 159: "who are you, her mom? whatever. what time's she back, i don't have all
    day" got "I'm Jess, Shari's flatmate." and nothing of when she is back."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 10786, "flatmate_10786", 3)
    assert any(line in reply for line in facts(c, "whereabouts")), reply


@pytest.mark.parametrize(
    ("seed", "played", "first"),
    [(10871, "carbroke_10871", "Kelsey"), (10931, "carbroke_10931", "James")],
)
def test_their_surname_with_another_first_name_is_put_right(
    library: Library, seed: int, played: str, first: str
) -> None:
    """Play-tests 161 and 162: "yeah is this kelly johnson" to Kelsey Johnson got "That's me."
    (a name typed in lowercase ending in "-ly" was not heard as a name), and "John Davenport?"
    to James Davenport got "you've got the wrong number". The debtor puts the first name
    right, and so says who they are."""
    c, reply = _replied(library, "car_broke_down_partial", seed, played, 1)
    assert reply.startswith(f"It's {first}, actually.") and "that's me" not in reply.lower()
    assert c.debtor.identity_verified


def test_you_and_their_name_asked_bare_is_a_name_check(library: Library) -> None:
    """Play-test 162: "ugh, James. James Davenport. Typo on my screen. You James or not?" got
    "Sorry, I'm not following."."""
    _c, reply = _replied(library, "car_broke_down_partial", 10931, "carbroke_10931", 2)
    assert reply.startswith("Yes"), reply


def test_two_monthly_sums_put_one_after_another_are_the_rests_instalments(
    library: Library,
) -> None:
    """Play-test 161: "Maybe $150 a month? Or, sorry, is that too much... we could do less I
    think, like $100 a month starting April 13?" with $100 on the 13th agreed got "Okay, Monday
    the 13th of April should be fine. Then $100 a month from ... the 13th of May.": the start of
    the instalments taken as the first part's new day."""
    c, reply = _replied(library, "student_unemployed_hardship", 10876, "hardship_10876", 6)
    agreed = c.debtor.agreed
    assert agreed.date == dt.date(2026, 3, 13) and agreed.rest_date == dt.date(2026, 4, 13)
    assert "May" not in reply, reply


def test_we_clear_after_the_terms_asks_for_the_yes(library: Library) -> None:
    """Play-test 161: "ok so 751.90, bank transfer, by Tuesday March 17. all of it, not half. we
    clear?" got the terms said back, and the call ended "Terms agreed, never confirmed"."""
    c = call_in(library, "lenders_persistent_late", seed=10916)
    play(c, _from_file("lenders_10916"))
    assert c.outcome is not None and c.outcome.value == "promise_secured" and c.debtor.confirmed


def test_the_sum_sent_asked_with_the_reference_is_answered(library: Library) -> None:
    """Play-test 161: "got a reference number or what? and how much did u send, exactly" got
    the reference alone; "u didnt say how much tho. the full 323.50?" got the reference again."""
    c = call_in(library, "already_paid_not_posted", seed=10931)
    replies = play(c, _from_file("paid_10931")[:5])
    assert c.values["payment_reference"] in replies[3] and "$323.50" in replies[3], replies[3]
    assert c.values["payment_reference"] not in replies[4], replies[4]


def test_a_later_day_named_after_the_ease_is_no_vague_promise_accepted(
    library: Library,
) -> None:
    """Play-test 161: "maybe only one payment, 638.50? It's okay if it is later, maybe end of
    month?" was read as a vague promise accepted (the tips said so), though the line names the
    day."""
    c, _reply = _replied(library, "malicious_default_legal", 10891, "malicious_10891", 5)
    assert not c.turns[-1].analysis.has(Act.ACCEPT_VAGUE)
    assert not any("vague promise" in t.message for t in c.scores().tips)


def test_the_birthday_ordered_is_given_and_an_insult_gets_no_answer(library: Library) -> None:
    """Play-test 162: "Birthday. Go." got "Um, is this about my loan?"; "I need your date of
    birth to verify it's you, genius." got "Excuse me? I said I forgot. Sure, May 21, 2002.
    Sorry, I don't need to be spoken to like that. Bye.": a date of birth given cheerfully by
    someone hanging up, and a story she had not told."""
    c = call_in(library, "student_forgot_first_late", seed=10901)
    replies = play(c, _from_file("student_10901")[:3])
    assert re.search(r"\b(?:19|20)\d\d\b", replies[1]), replies[1]
    assert c.finished and not re.search(r"\b(?:19|20)\d\d\b", replies[2]), replies[2]
    assert "I said I forgot" not in replies[2]


def test_what_they_could_put_toward_it_each_month_is_answered(library: Library) -> None:
    """Play-test 162: "After rent, what could you realistically put toward this each month?"
    got "There's no way I can pay it all right now.", an answer to the whole sum asked."""
    c, reply = _replied(library, "student_unemployed_hardship", 10906, "hardship_10906", 4)
    assert not any(line in reply for line in _state_lines(c, "cannot_pay")), reply
    assert any(line in reply for line in facts(c, "afford")), reply


def test_a_read_back_with_the_way_they_did_not_pick_is_put_right(library: Library) -> None:
    """Play-test 162: "Right. So 241 by card on Friday 3/13, then 160.97 on April 1st. Say yes
    and we're done." after the customer picked bank transfer got "Okay, card then."."""
    c, reply = _replied(library, "car_broke_down_partial", 10871, "carbroke_10871b", 7)
    assert "transfer" in reply.lower() and c.debtor.agreed.method == "transfer", reply


def test_i_dont_suppose_you_could_pay_it_again_asks_for_it(library: Library) -> None:
    """Play-test 164: "i don't suppose you could maybe just pay it again, just in case, and we
    refund it later?" got "Hm, I don't know." and the call was scored goal reached: the "don't"
    of a polite ask read as a negation."""
    c = call_in(library, "already_paid_not_posted", seed=10961)
    replies = play(c, _from_file("paid_10961")[:4])
    assert "pressed_after_paid" in c.debtor.flags and "paid" in replies[3], replies[3]


def test_both_halves_said_again_on_new_days_move_the_plan(library: Library) -> None:
    """Play-test 164: "So $220.72 on Friday and $220.72 on... maybe next Friday, the 20th?" with
    half agreed for today got "And $220.72 more by Friday the 13th.": the two halves of the whole
    taken as two more payments after today's."""
    c, reply = _replied(library, "rude_defaulter_composure", 11006, "rude_11006", 8)
    agreed = c.debtor.agreed
    assert agreed.date == FRIDAY_13TH and agreed.rest_date == dt.date(2026, 3, 20), reply


def test_the_calendar_day_said_beside_a_reckoning_is_the_day(library: Library) -> None:
    """Play-test 164: "maybe two weeks from now, the 27th, when you get paid again" got "Yes,
    Tuesday the 24th works.": two weeks reckoned, and the day the trainee named passed over."""
    _c, reply = _replied(library, "student_unemployed_hardship", 10956, "hardship_10956", 7)
    assert "27th" in reply and "24th" not in reply, reply


def test_online_by_card_said_back_for_a_card_payment_is_the_same_way(library: Library) -> None:
    """Play-test 164: "you pay online by card on the 13th" for the card payment agreed got
    "Card, actually, not online payment.", a slip put right that was none."""
    _c, reply = _replied(library, "malicious_default_legal", 10971, "malicious_10971", 9)
    assert "actually" not in reply, reply


def test_the_direct_debit_offered_and_its_usual_day_are_no_new_terms(library: Library) -> None:
    """Play-test 164: "would you want to update the direct debit to your new bank?" got "How
    much would that be, exactly?"; "it'd be the same as always, $284.69 a month on the 2nd. i
    can send you the form by text if that's ok?" got "Friday the 13th, actually, not Thursday
    the 2nd of April."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11021)
    replies = play(c, _from_file("courteous_11021")[:8])
    # (asked whether they want to update it: a yes, or that they will)
    assert replies[6].startswith(("Yes", "Sure", "I will")), replies[6]
    assert replies[7].startswith(("Yes", "Sure")) and "actually" not in replies[7], replies[7]
    assert c.debtor.agreed.date == FRIDAY_13TH


def test_a_lender_named_wrong_and_put_right_with_an_apology_is_theirs(library: Library) -> None:
    """Play-test 163: "calling from Nelson Bank - I do apologise, Nelson Finance. May I speak
    with Mr Eric Turner, please?" got "I've never had an account with them."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 10961, "courteous_10961", 1)
    assert "never" not in reply and c.debtor.identity_verified, reply


def test_what_the_payday_brings_asked_is_answered_from_their_work(library: Library) -> None:
    """Play-test 163: "And how much will Friday bring, precisely?" and "I did not ask you to pay.
    I asked how much the cafe pays you on Friday." got "If I paid you anything this week I
    couldn't pay my rent." and "There's no way I can pay it all right now."."""
    c = call_in(library, "student_unemployed_hardship", seed=10996)
    replies = play(c, _from_file("hardship_10996")[:5])
    for reply in replies[3:5]:
        assert any(line in reply for line in facts(c, "job")), reply


def test_last_chance_asked_once_escalated_gets_the_stance_not_no_idea(library: Library) -> None:
    """Play-test 163: "... sending the account to legal today ... Last chance - anything to
    say?" after "See you in court." got "No idea, sorry."."""
    c, reply = _replied(library, "malicious_default_legal", 10951, "malicious_10951", 7)
    stance = c.lines.state_lines("escalated", c.debtor.mood)
    assert any(fill(line, c.values) == reply for line in stance), reply


def test_a_reference_taken_with_sarcasm_is_not_the_goal_taken_politely(library: Library) -> None:
    """Play-test 159: the reference taken with "oh sure, everybody already paid it ... go on,
    read it out" and "if it turns out you made that up we'll be calling again" was scored goal
    reached, 100, on a call whose goal is the reference "taken politely" (`goal.politely`)."""
    c = call_in(library, "already_paid_not_posted", seed=10801)
    play(c, _from_file("paid_10801"))
    assert c.outcome is not None and c.outcome.value == "reference_taken"
    assert not goal_reached(c) and c.scores().promise == 0
    assert any("not politely" in t.message for t in c.scores().tips)
    c = call_in(library, "already_paid_not_posted", seed=10801)
    c.say(f"Hello, is this {c.values['debtor_name']}?")
    c.say("This is an attempt to collect a debt. Your payment hasn't reached us yet.")
    c.say("I'm sorry for the trouble. Could you read me the reference of the transfer?")
    assert goal_reached(c) and c.scores().promise == 100


def test_the_other_half_after_a_rounded_first_half_is_all_that_is_left(library: Library) -> None:
    """Play-test 165: "$283" on Friday, then "the other half ... with the April 2nd payment" of
    $566.14 got "Then the other $283.07", and the promise left seven cents unpaid."""
    c, reply = _replied(library, "car_broke_down_partial", 11066, "carbroke_11066", 7)
    assert "$283.14" in reply and c.debtor.agreed.rest_amount == Decimal("283.14"), reply


def test_the_debtors_day_doubted_and_refused_is_not_taken_later(library: Library) -> None:
    """Play-test 166: "end of month, the 31st? ... I am not sure I can accept this again..."
    and then the consequences got "Yeah, Tuesday the 31st works.", a day turned down."""
    c, reply = _replied(library, "lenders_persistent_late", 11086, "lenders_11086", 5)
    assert "31st" not in reply and c.debtor.agreed.date is None, reply


def test_why_wait_till_friday_puts_the_sooner_day(library: Library) -> None:
    """Play-test 166: "why wait til friday? ur a pensioner, what else u doing. do it tmrw" got
    "Yes, Friday the 13th is fine." (and "yeah Julia Mendoza?" to Julie Mendez got "That's
    me.": a name after "yeah" was not heard as a name)."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11091)
    replies = play(c, _from_file("courteous_11091")[:5])
    assert "that's me" not in replies[0].lower(), replies[0]
    assert "tomorrow" in replies[4].lower() and "Friday" not in replies[4], replies[4]


def test_terms_said_back_with_an_insult_are_not_confirmed_by_a_hang_up(library: Library) -> None:
    """Play-test 166: "Right so $450.08 by transfer, Tuesday 17th March, and try not to forget
    this one like the last, genius. Yes?" got "... Click.", and the promise was recorded as
    confirmed (promise 100) on a call the debtor hung up."""
    c = call_in(library, "rude_defaulter_composure", seed=11061)
    play(c, _from_file("rude_11061"))
    assert c.outcome is not None and c.outcome.value == "hung_up"
    assert not c.debtor.confirmed and c.scores().promise < 100


def test_when_the_lender_gets_its_money_asked_is_no_tangent_followed(library: Library) -> None:
    """Play-test 166: "Well, you're not keeping me happy. So when exactly is Schwartz Finance
    getting its money?" was read as no act, so the debtor asked "Sorry, say that again?" and
    the debrief said "You followed the conversation off topic" of a call all about paying."""
    c = call_in(library, "lenders_persistent_late", seed=11031)
    replies = play(c, _from_file("lenders_11031"))
    assert "say that again" not in replies[3].lower(), replies[3]
    assert not any("off topic" in t.message for t in c.scores().tips)


def test_the_monthly_payments_moved_leave_the_first_payment_where_it_was(
    library: Library,
) -> None:
    """Play-test 167: "could the monthly $80 go out on the 3rd instead ...? So the first monthly
    one would be April 3rd." moved the first $80 off Friday the 13th, and the read-back of the
    plan as agreed got "Not Friday the 13th: Friday the 3rd of April, like I said."."""
    c = call_in(library, "student_unemployed_hardship", seed=11181)
    replies = play(c, _from_file("hardship_11181")[:8])
    agreed = c.debtor.agreed
    assert agreed.date == dt.date(2026, 3, 13) and agreed.rest_date == dt.date(2026, 4, 3)
    assert agreed.rest_every == "month"
    assert not replies[7].startswith("Not"), replies[7]
    assert "Friday the 13th" in replies[7] and "3rd of April" in replies[7], replies[7]


def test_noting_the_dispute_is_hearing_the_customer_out(library: Library) -> None:
    """Play-test 167: "ill note ur dispute, u still got the right to dispute it, fine. but the
    402 is due. when can u pay it" got another story about the dealer's loaner car, and the
    call was refused a line later."""
    c = call_in(library, "car_dealer_dispute", seed=11111)
    replies = play(c, _from_file("dealer_11111"))
    assert "loaner" not in replies[3] and "402" in replies[3], replies[3]
    assert c.outcome is None or c.outcome.value != "refused"


def test_how_much_their_pay_is_asked_beside_a_demand_keeps_the_demand(
    library: Library,
) -> None:
    """Play-test 167: "hopefully isnt a plan. you didnt say how much the shift pay is. i want
    the full 1266.68 on the 13th" was read as asking how much was sent, no terms, and the
    debtor said "Mm. Okay." to a demand for the whole debt; and the debtor's answer about
    their shift pay named the day but not what it comes to."""
    c = call_in(library, "student_unemployed_hardship", seed=11141)
    replies = play(c, _from_file("hardship_11141")[:4])
    assert "hundred" in replies[2], replies[2]
    assert replies[3] not in DEFAULT_CLARIFY["go_on"], replies[3]
    assert re.search(r"can't|rent|don't have", replies[3]), replies[3]


def test_a_direct_debit_for_later_is_not_the_way_to_pay_this_one(library: Library) -> None:
    """Play-test 167: "... by this Friday, the 13th? And then we can get the direct debit set up
    on your Northgate account for April." got "Very good: $325.42, Friday the 13th, by direct
    debit."; "the direct debit would only start in April - for this Friday one, would you
    rather pay online or by card over the phone?" got "That's correct." and then, asked again,
    "Direct debit would suit me best."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11151)
    replies = play(c, _from_file("courteous_11151")[:7])
    assert "direct debit" not in replies[4].lower(), replies[4]
    assert "online" in replies[5].lower() and "direct debit" not in replies[5].lower()
    assert "online" in replies[6].lower(), replies[6]


def test_damn_said_in_sympathy_is_no_swearing_at_the_debtor(library: Library) -> None:
    """Play-test 167: "damn, thats a lot to juggle, respect for being upfront. you working at
    the moment?" was read as profanity: the debtor hung up ("I've got enough people shouting at
    me") and the debrief said the trainee had threatened or insulted them."""
    c = call_in(library, "lenders_persistent_late", seed=11166)
    replies = play(c, _from_file("lenders_11166"))
    assert "shouting" not in replies[3], replies[3]
    assert c.outcome is None or c.outcome.value != "hung_up"
    assert not any("insulted" in t.message for t in c.scores().tips)


def test_a_weekday_said_in_the_past_is_no_payment_day(library: Library) -> None:
    """Play-test 167: "last tuesday huh. thats what they all say. tuesday was the 3rd ... you got
    a confirmation number or what" was read as a payment put for next Tuesday, so the debrief
    blamed that line, not the next ("just pay it again today"), for pressing a debt already
    paid; and the sneer was thanked ("Thanks for checking.")."""
    c = call_in(library, "already_paid_not_posted", seed=11171)
    replies = play(c, _from_file("paid_11171"))
    assert "thanks" not in replies[3].lower(), replies[3]
    turns = {f.turn_index for f in c.scores().compliance if f.rule == "pressed_for_paid_debt"}
    assert turns == {4}, turns


def test_their_pay_asked_is_no_second_demand(library: Library) -> None:
    """Play-test 168: "and how much is it, the pay? sorry for asking" was read as asking for the
    payment again: the debtor said "I'm sorry, I can't agree to that." and the call ended
    refused."""
    c = call_in(library, "student_unemployed_hardship", seed=11166)
    replies = play(c, _from_file("hardship_11166"))
    assert "agree to that" not in replies[4] and "hundred" in replies[4], replies[4]
    assert c.outcome is None or c.outcome.value != "refused"


def test_the_number_dialled_asked_is_a_check_of_who_answered(library: Library) -> None:
    """Play-test 168: "Oh, sorry about that. Just to check, have I reached 695-699-5412?" got
    "Who's this?" from a caller who had said who they were."""
    c = call_in(library, "rude_defaulter_composure", seed=11146)
    replies = play(c, _from_file("rude_11146")[:2])
    assert "who's this" not in replies[1].lower(), replies[1]


def test_a_sum_disowned_is_not_the_sum_put(library: Library) -> None:
    """Play-test 168: "nobody said pay 18 grand, relax. 452.03 by friday. actually why not today"
    got "$18,000? That seems more than my usual payment ..." again, and "why not today" went
    unheard."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11141)
    replies = play(c, _from_file("courteous_11141")[:4])
    assert "18,000" not in replies[3] and "$452.03" in replies[3], replies[3]
    assert "today" in replies[3].lower(), replies[3]


def test_each_missed_instalments_sum_is_the_debt_told_not_half_of_it(
    library: Library,
) -> None:
    """Play-test 168: "it's just the two payments. 232.74 each. could you do friday?" ($465.48
    overdue) got "$232.74? Yeah, whatever, fine.", and the promise was for half the debt."""
    c = call_in(library, "rude_defaulter_composure", seed=11106)
    replies = play(c, _from_file("rude_11106")[:7])
    assert "$465.48" in replies[6] and "232.74" not in replies[6], replies[6]


def test_a_payday_already_named_as_the_day_agreed_is_not_said_again(library: Library) -> None:
    """Play-test 167: "would maybe $100 on friday be possible? when you get paid?" got "Fine,
    Friday the 13th. That works. Next payday's Friday the 13th. ..."."""
    c = call_in(library, "car_broke_down_partial", seed=11176)
    replies = play(c, _from_file("carbroke_11176")[:5])
    assert replies[4].count("Friday the 13th") == 1, replies[4]


def _state_lines(c: Call, state: str) -> list[str]:
    """Every line the persona may say in a state, whatever its mood."""
    lines = c.persona.lines[state]
    variants = lines.values() if isinstance(lines, dict) else [lines]
    return [fill(line, c.values) for group in variants for line in group]


def test_a_small_sum_asked_is_not_answered_as_the_whole(library: Library) -> None:
    """Play-test 169: "You're telling me you can't find like fifty bucks on Friday?" got
    "There's no way I can pay it all right now.", and its Friday went unheard as a question."""
    c = call_in(library, "student_unemployed_hardship", seed=11251)
    replies = play(c, _from_file("hardship_11251")[:4])
    assert "all" not in replies[3], replies[3]
    assert c.turns[3].analysis.slots.date == dt.date(2026, 3, 13)


def test_what_happened_to_the_car_is_not_asked_whether_it_runs(library: Library) -> None:
    """Play-test 170: "sounds like you've got car trouble tho, whats going on?" got "It's fixed,
    yeah. Running fine." and the breakdown told twice in one reply; "half now-ish, so like $285
    on friday the 13th when ur paid" got "Today, yes."."""
    c = call_in(library, "car_broke_down_partial", seed=11066)
    replies = play(c, _from_file("carbroke_11066b")[:4])
    assert "Running fine" not in replies[1] and replies[1].count("repair") <= 1, replies[1]
    assert "Today" not in replies[3] and c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_the_flatmate_says_when_she_is_back_when_asked(library: Library) -> None:
    """Play-test 170: "it's a personal matter so I can't really say ... do you know when she'll
    be back maybe?" got "No problem. Do you want to leave her a message?" alone."""
    c = call_in(library, "wrong_party_flatmate_message", seed=11056)
    replies = play(c, _from_file("flatmate_11056")[:2])
    assert re.search(r"\bback\b|\bout\b", replies[1]), replies[1]


def test_terms_said_back_with_a_legal_threat_are_not_confirmed_by_a_refusal(
    library: Library,
) -> None:
    """Play-test 170: "$279.37 by direct debit Friday the 13th. And if it bounces, it goes to
    our legal department. Clear?" ended the call "Refused to pay" with the promise recorded as
    confirmed and scored 100."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11046)
    play(c, _from_file("courteous_11046"))
    assert c.outcome is not None and c.outcome.value == "refused"
    assert not c.debtor.confirmed and c.scores().promise < 100


def test_greeted_by_name_they_do_not_say_again_it_is_them(library: Library) -> None:
    """Play-test 170: "Hey Hunter, thanks. Quick heads up, this is an attempt to collect a debt
    ..." got "Yes, it's me. Like I said." before the answer."""
    c = call_in(library, "student_forgot_first_late", seed=11036)
    replies = play(c, _from_file("student_11036")[:2])
    assert "it's me" not in replies[1].lower(), replies[1]


def test_a_name_put_right_with_forgive_me_is_not_put_right_again(library: Library) -> None:
    """Play-test 170: "May I please speak with Mr Daniel Brewster? Oh, forgive me - Brewer.
    Daniel Brewer." got "Brewer, actually."."""
    c = call_in(library, "stop_calling_cease_contact", seed=11026)
    replies = play(c, _from_file("stopcall_11026")[:1])
    assert "actually" not in replies[0], replies[0]


def test_the_day_they_usually_pay_on_is_no_day_put(library: Library) -> None:
    """Play-test 169: "ok so why was it late then? first time u've missed, ur usually bang on
    the 28th" got "I'm not paying it twice!", and the debrief blamed it for pressing a debt
    already paid; "lol sure, everyone 'already paid'" was thanked for checking."""
    c = call_in(library, "already_paid_not_posted", seed=11191)
    replies = play(c, _from_file("paid_11191"))
    assert "thanks" not in replies[3].lower(), replies[3]
    assert "twice" not in replies[5], replies[5]
    assert "pressed_for_paid_debt" not in {f.rule for f in c.scores().compliance}


def test_mate_said_in_sympathy_is_no_brush_off(library: Library) -> None:
    """Play-test 169: "Ah mate, that's tough, sorry to hear." was read as dismissive, and the
    debrief said "The customer told you of real hardship and you brushed it off"."""
    c = call_in(library, "student_unemployed_hardship", seed=11231)
    play(c, _from_file("hardship_11231"))
    assert not any("brushed it off" in t.message for t in c.scores().tips)


def test_the_broken_promises_told_are_no_tangent_followed(library: Library) -> None:
    """Play-test 169: "the record shows you promised the full amount by the 28th of February,
    and before that two other dates, and, um, nothing came in" (after "My lawyer's looking into
    it.") drew the tip "You followed the conversation off topic"."""
    c = call_in(library, "malicious_default_legal", seed=11241)
    play(c, _from_file("malicious_11241"))
    assert not any("off topic" in t.message for t in c.scores().tips)


def test_what_the_debtor_earns_said_back_is_no_instalment(library: Library) -> None:
    """Play-test 172: "u said u only get about 200 a fortnight. r u sure? how about 40 on ur
    payday friday and then 40 a month?" got "Then $200 a fortnight from Friday the 27th.", and
    that plan was the promise recorded."""
    c = call_in(library, "student_unemployed_hardship", seed=10956)
    replies = play(c, _from_file("hardship_10956b")[:6])
    assert "$200" not in replies[5] and "$40 a month" in replies[5], replies[5]
    assert c.debtor.agreed.rest_amount == Decimal("40") and c.debtor.agreed.rest_every == "month"


def test_the_instalment_a_direct_debit_will_take_is_no_new_day(library: Library) -> None:
    """Play-test 171: "would you like us to send you a form to move the direct debit to your new
    bank, so that the March 28 payment comes out automatically?" moved the promise from Friday
    the 13th to the 28th."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11296)
    replies = play(c, _from_file("courteous_11296")[:5])
    assert "28th" not in replies[4] and c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_set_up_today_dated_for_friday_is_friday(library: Library) -> None:
    """Play-test 171: "Can you set the transfer up today, dated for Friday, so it's locked in
    before anyone else gets to it?" moved the promise to today."""
    c = call_in(library, "lenders_persistent_late", seed=11341)
    replies = play(c, _from_file("lenders_11341")[:8])
    assert "10th" not in replies[7] and c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_the_day_of_each_month_starting_a_month_is_that_months_day(library: Library) -> None:
    """Play-test 171: "$50 by card this friday the 13th, then $50 on the 13th of each month
    after, starting april. is that right?" got "Not Wednesday the 1st of April: Monday the 13th
    of April, like I said."."""
    c = call_in(library, "student_unemployed_hardship", seed=11276)
    replies = play(c, _from_file("hardship_11276")[:8])
    assert not replies[7].startswith("Not") and "1st of April" not in replies[7], replies[7]


def test_the_next_instalment_in_a_month_named_is_that_months(library: Library) -> None:
    """Play-test 172: "the rest gets added on with your next instalment in April?" got "Then
    the other $298.35 by Sunday the 15th." (of March)."""
    c = call_in(library, "car_broke_down_partial", seed=11016)
    replies = play(c, _from_file("carbroke_11016")[:5])
    assert "15th of April" in replies[4], replies[4]


def test_when_they_paid_asked_after_they_said_so_is_no_demand(library: Library) -> None:
    """Play-test 172: "lol sure u did. everyone 'already paid'. when exactly, what day" got
    "Are you even listening? It's paid. I'm not sending more money.", and "how'd u pay,
    online banking?" the same, and the debrief said the call pressed a debt already paid."""
    c = call_in(library, "already_paid_not_posted", seed=10996)
    replies = play(c, _from_file("paid_10996"))
    assert "more money" not in replies[2] and "Tuesday" in replies[2], replies[2]
    assert "more money" not in replies[4] and "transfer" in replies[4], replies[4]
    assert "pressed_for_paid_debt" not in {f.rule for f in c.scores().compliance}


def test_the_request_honoured_with_hesitation_dots_is_honoured(library: Library) -> None:
    """Play-test 172: "Oh. Okay. Sorry. We'll... stop calling. Letters to your address on file.
    Is that... still right?" got "No idea, sorry.", and the call ended "You ended the call"
    with the goal not reached."""
    c = call_in(library, "stop_calling_cease_contact", seed=10946)
    replies = play(c, _from_file("stopcall_10946")[:4])
    assert "no idea" not in replies[3].lower(), replies[3]
    assert c.outcome is not None and goal_reached(c)


def test_no_pressure_about_an_offer_is_no_leave_to_pay_whenever(library: Library) -> None:
    """Play-test 173: "Would you, um, also want to update the direct debit to the new bank so it
    doesn't happen again? Only if you'd like to, no pressure" was read as accepting a vague
    promise: the customer said "Goodbye." and hung up, and the debrief said the trainee had
    accepted a vague promise."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11401)
    replies = play(c, _from_file("courteous_11401"))
    assert "goodbye" not in replies[4].lower() and c.outcome is None, replies[4]
    assert not any("vague promise" in t.message for t in c.scores().tips)


def test_how_you_wanna_pay_with_whatever_works_asks_the_way(library: Library) -> None:
    """Play-test 173: "Legend. How you wanna pay - card over the phone, online, whatever
    works?" got "Great, thanks for understanding. I'll pay it once the car's sorted. Bye.", two
    dated payments just agreed taken back; and "you've still got every right to dispute it with
    them" was not heard as the right to dispute."""
    c = call_in(library, "car_dealer_dispute", seed=11406)
    replies = play(c, _from_file("dealer_11406"))
    assert "once the car" not in replies[6] and c.outcome is None, replies[6]
    assert c.debtor.agreed.method is not None
    assert not any("right to dispute" in t.message for t in c.scores().tips)


def test_a_reaction_and_the_hang_up_say_different_things(library: Library) -> None:
    """Play-test 173: an insult got "Careful. I'm taping this. Right. I'm recording this.
    Bye.": the same thing twice in one reply."""
    c = call_in(library, "malicious_default_legal", seed=11351)
    replies = play(c, _from_file("malicious_11351"))
    said = replies[1].lower()
    assert ("taping" in said or "recording" in said) and not (
        "taping" in said and "recording" in said
    )


def test_a_direct_debit_form_for_next_month_leaves_this_payments_way(library: Library) -> None:
    """Play-test 174: "And want me to email you the direct debit form for the new bank so
    April's sorted?" after a bank transfer was agreed got "Direct debit is fine too, I suppose.
    Very good: $437.31, Thursday the 12th, by direct debit."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10906)
    replies = play(c, _from_file("courteous_10906")[:5])
    assert "direct debit" not in replies[4].lower(), replies[4]
    assert c.debtor.agreed.method == "transfer"


def test_a_day_put_for_paying_it_asks_for_the_payment(library: Library) -> None:
    """Play-test 174: "you could do it right now on your phone" and "you do it tonight ... so
    it's in today?" secured the payment, and the debrief still said "You never asked for the
    payment directly"."""
    c = call_in(library, "traveller_forgot_deposit", seed=10876)
    play(c, _from_file("traveller_10876"))
    assert goal_reached(c)
    assert not any("never asked for the payment" in t.message for t in c.scores().tips)


def test_an_ultimatum_after_the_terms_draws_the_customers_reaction(library: Library) -> None:
    """Play-test 174: "sort the direct debit with the new bank or we'll be having this chat
    again and it'll go on your credit file, your choice" to a customer of six years got
    "Okay, thanks."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10871)
    replies = play(c, _from_file("courteous_10871")[:4])
    assert replies[3] in library.persona_for(c.scenario).reactions.warned, replies[3]


def test_how_do_you_want_to_pay_is_no_offer_to_say_yes_to(library: Library) -> None:
    """Play-test 174: "ok. um how do you want to pay the friday one? card or transfer or..."
    got "Sure, that would help. Thanks. Bank transfer works for me.", the answer to an offer
    nobody made."""
    c = call_in(library, "car_broke_down_partial", seed=10866)
    replies = play(c, _from_file("carbroke_10866")[:6])
    assert "would help" not in replies[5] and "transfer" in replies[5].lower(), replies[5]


def test_safe_flight_with_a_grudging_tag_is_a_goodbye(library: Library) -> None:
    """Play-test 174: "Try not to forget this time. Safe flight, I suppose." got "Okay. Got
    it." and the call went on."""
    c = call_in(library, "traveller_forgot_deposit", seed=10901)
    replies = play(c, _from_file("traveller_10901"))
    assert c.outcome is not None and "bye" in replies[5].lower(), replies[5]


def test_how_much_do_you_think_you_could_manage_is_answered(library: Library) -> None:
    """Play-test 174: "when do you get paid from the cafe? and how much do you think you could
    manage, like realistically" got the payday and then "There's no way I can pay that right
    now.", a sum nobody had named."""
    c = call_in(library, "student_unemployed_hardship", seed=10911)
    replies = play(c, _from_file("hardship_10911")[:4])
    assert "pay that" not in replies[3] and "small" in replies[3], replies[3]


def test_the_direct_debits_first_month_leaves_the_agreed_day(library: Library) -> None:
    """Play-test 175: "do you want to give me the new bank details so the direct debit picks
    up from April?" after "$347.20 by card on Friday" moved the payment: "Yes, Wednesday the
    1st of April suits me.", and "Not Friday the 13th: Wednesday the 1st of April, like I said."
    to the trainee putting it back."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11426)
    replies = play(c, _from_file("courteous_11426")[:6])
    assert "April" not in replies[4] and "April" not in replies[5], replies[4:6]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_a_sum_said_by_mistake_and_put_right_at_once_is_not_corrected(library: Library) -> None:
    """Play-test 175: "$505.84 by bank transfer on Friday 13th... oh no sorry, sorry, I mean
    $507.84. Is that right?" got "$507.84, actually, not $505.84."."""
    c = call_in(library, "rude_defaulter_composure", seed=11436)
    replies = play(c, _from_file("rude_11436")[:8])
    assert "not $505.84" not in replies[7], replies[7]
    assert c.debtor.agreed.amount == Decimal("507.84")


def test_a_nod_before_a_no_draws_no_thanks(library: Library) -> None:
    """Play-test 175: "I understand. Unfortunately, I am not able to make the payments
    conditional on the dealer's repair ..." got "Thank you. Honestly, you're the first person
    who's said that."."""
    c = call_in(library, "car_dealer_dispute", seed=11456)
    replies = play(c, _from_file("dealer_11456")[:5])
    assert not replies[4].startswith("Thank"), replies[4]


@pytest.mark.parametrize(
    ("scenario_id", "seed", "name", "turn"),
    [
        # "... five minutes is plenty if you dont waste em. birthday real quick" (play-test 175)
        ("traveller_forgot_deposit", 11461, "traveller_11461", 1),
        # "Joshua, whatever. Owens Finance. Birthday, go." (play-test 176)
        ("traveller_forgot_deposit", 10851, "traveller_10851", 2),
    ],
)
def test_the_birthday_asked_for_in_a_hurry_is_given(
    library: Library, scenario_id: str, seed: int, name: str, turn: int
) -> None:
    c = call_in(library, scenario_id, seed=seed)
    replies = play(c, _from_file(name)[:turn])
    assert re.search(r"\b(?:19|20)\d\d\b", replies[turn - 1]), replies[turn - 1]


@pytest.mark.parametrize(
    ("seed", "name", "turn", "theirs"),
    [
        # "Got it, TXN-49188226. Let me read it back: T-X-N, 4-9-1-8-8-2-2-6. Right?" got "I'm
        # not sure, to be honest." (play-test 175)
        (11471, "paid_11471", 5, "TRX-95328"),
        # "so thats PAY-53286, 413.77, sent tuesday march 3rd ..." got "Right. Thanks."
        # (play-test 176)
        (10801, "paid_10801b", 6, "TRX-63952"),
    ],
)
def test_another_reference_altogether_said_back_is_put_right(
    library: Library, seed: int, name: str, turn: int, theirs: str
) -> None:
    c = call_in(library, "already_paid_not_posted", seed=seed)
    replies = play(c, _from_file(name)[:turn])
    assert replies[turn - 1] == f"No, it's {theirs}.", replies[turn - 1]


def test_their_day_said_back_with_scorn_is_not_agreed(library: Library) -> None:
    """Play-test 175: "End of the month, next payday, I've heard that one before ... if it
    doesn't come in this week: a written collection notice ..." got "Yeah, Tuesday the 31st
    works."."""
    c = call_in(library, "lenders_persistent_late", seed=11476)
    replies = play(c, _from_file("lenders_11476")[:4])
    assert "31st" not in replies[3] and c.debtor.agreed.date is None, replies[3]


def test_proof_asked_for_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 175: "sure u did. everybody paid last week. nothing here since march 2. got
    proof or not" got "I don't follow.", and the reference asked for after it was thanked for
    ("Thank you for looking into it.")."""
    c = call_in(library, "already_paid_not_posted", seed=11491)
    replies = play(c, _from_file("paid_11491")[:4])
    assert "follow" not in replies[2] and "receipt" in replies[2], replies[2]
    assert "thank" not in replies[3].lower(), replies[3]


def test_the_reference_asked_for_after_mockery_is_not_thanked_for(library: Library) -> None:
    """Play-test 176: "uh huh, sure you did, everyone says that ..." and then "great so read me
    the reference number off it then" got "... sent last Tuesday. Thanks for checking."."""
    c = call_in(library, "already_paid_not_posted", seed=10806)
    replies = play(c, _from_file("paid_10806")[:4])
    assert "TRX-" in replies[3] and "thank" not in replies[3].lower(), replies[3]


def test_a_day_of_the_month_said_again_with_its_month_is_that_months(library: Library) -> None:
    """Play-test 176: "And the monthly ones go on the 28th, your actual due date ... So from
    April 28th." got "... from Saturday the 28th." (of March), and the plan went wrong from
    there to a promise nobody agreed."""
    c = call_in(library, "student_unemployed_hardship", seed=10791)
    replies = play(c, _from_file("hardship_10791")[:8])
    assert "Saturday the 28th" not in replies[7], replies[7]
    assert c.debtor.agreed.rest_date == dt.date(2026, 4, 28)


def test_the_direct_debit_asked_after_in_many_words_is_answered(library: Library) -> None:
    """Play-test 176: "will you fix the direct debit for April too?" got "How much would that
    be, exactly?", "I mean set up the direct debit with your new bank, so the April payment
    comes out normally." got "Pardon?", and "Your direct debit. Can you move it to the new
    bank?" got "Okay, direct debit then.", as if it were the way to pay."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10786)
    replies = play(c, _from_file("courteous_10786")[:9])
    for reply in replies[6:9]:
        assert "direct debit then" not in reply and "How much" not in reply, reply
        assert "Pardon" not in reply, reply
    assert c.debtor.agreed.method == "transfer"


def test_the_sum_asked_beside_a_question_about_them_is_named(library: Library) -> None:
    """Play-test 177: "so you fixed the car but couldnt pay for the car. how much can you pay
    TODAY" got "Fine, today. That works. Yes, it's back on the road now. ...", no sum."""
    c = call_in(library, "car_broke_down_partial", seed=11511)
    replies = play(c, _from_file("carbroke_11511")[:3])
    assert re.search(r"\$\d", replies[2]), replies[2]


def test_what_the_shifts_bring_in_on_friday_asks_their_income(library: Library) -> None:
    """Play-test 177: "what do the cafe shifts actually bring in on friday, and don't lowball
    me" got "There's no way I can pay that right now.", and "I didn't ask you to pay it all, I
    asked how much you EARN on friday" got the income and then "I can't agree to something I
    know I can't pay.": the call ended refused."""
    c = call_in(library, "student_unemployed_hardship", seed=11541)
    replies = play(c, _from_file("hardship_11541")[:5])
    assert "pay that" not in replies[3] and "two hundred" in replies[3], replies[3]
    assert c.outcome is None, replies[4]


def test_when_she_is_coming_back_is_answered_by_the_flatmate(library: Library) -> None:
    """Play-test 178: "Maybe you know when Taylor is coming back?" got "Fair enough. Want me to
    tell her you called?"."""
    c = call_in(library, "wrong_party_flatmate_message", seed=10766)
    replies = play(c, _from_file("flatmate_10766")[:2])
    assert "back" in replies[1], replies[1]


def test_their_day_called_a_bit_far_is_not_agreed(library: Library) -> None:
    """Play-test 178: "Um... the end of the month is, sorry, it's a bit far. I'm supposed to
    tell you that if it isn't paid, we send a written collection notice ..." got "Alright,
    Tuesday the 31st. I can do that."."""
    c = call_in(library, "lenders_persistent_late", seed=10721)
    replies = play(c, _from_file("lenders_10721")[:5])
    assert "31st" not in replies[4] and c.debtor.agreed.date is None, replies[4]


def test_the_rest_said_with_the_next_instalment_on_top_is_the_rest(library: Library) -> None:
    """Play-test 177: "$245.31 on payday 3/13, and the other half with your next instalment on
    the 22nd? so you'd pay 735.92 on the 22nd" put both halves on the 22nd, and "then $735.91
    on Sun 3/22 which covers the rest plus March's payment" got "Not $735.91: $245.30, like I
    said." and a debtor who held to $490.61 on the 22nd for six turns."""
    c = call_in(library, "car_broke_down_partial", seed=11566)
    replies = play(c, _from_file("carbroke_11566")[:7])
    assert "Friday the 13th" in replies[3], replies[3]
    assert not replies[6].startswith("Not") and "$490.61" not in replies[6], replies[6]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 22)


def test_a_debtor_called_sue_is_greeted_not_threatened(library: Library) -> None:
    """Play-test 179: "Will do. Sue Garcia? Mark from Lowe Bank." to Sue Garcia read "Sue" as
    the verb: a clean call with a confirmed promise failed its compliance check for
    unauthorised legal action at the first line."""
    c = call_in(library, "traveller_forgot_deposit", seed=11631)
    play(c, _from_file("traveller_11631"))
    scores = c.scores()
    assert not scores.failed and not scores.compliance, scores.compliance
    assert c.debtor.confirmed


def test_another_first_name_with_their_surname_is_put_right(library: Library) -> None:
    """Play-test 180: "Bethany Fernandez. Date of birth." to Brittany Fernandez got "Sure,
    July 11, 1990. Go ahead.": a wrong name confirmed, with a date of birth given to it."""
    c = call_in(library, "car_dealer_dispute", seed=10646)
    replies = play(c, _from_file("dealer_10646")[:1])
    assert "Brittany" in replies[0] and "1990" not in replies[0], replies[0]


def test_soon_asked_to_be_a_day_is_answered_with_one(library: Library) -> None:
    """Play-test 179: "ok... sorry, soon is when? I need to write one day, sorry" to "I'll sort
    it out soon, I promise." got "Sure, that makes sense. Sorry again.": no day."""
    c = call_in(library, "student_forgot_first_late", seed=11611)
    replies = play(c, _from_file("student_11611")[:4])
    assert "Friday" in replies[3], replies[3]


def test_where_the_funds_come_from_is_answered_and_the_day_kept(library: Library) -> None:
    """Play-test 180: "May I ask where the funds will come from, given that your pay does not
    arrive until the 31st?" got "How would I pay it? Card over the phone?", and "But my
    question was where the money will come from before payday" got "Okay: $1,325.70 by
    Tuesday the 31st, card.": the 17th agreed, moved to the payday the trainee refused."""
    c = call_in(library, "lenders_persistent_late", seed=10681)
    replies = play(c, _from_file("lenders_10681")[:8])
    assert "How would I pay" not in replies[6] and "someone else" in replies[6], replies[6]
    assert "by Tuesday the 31st" not in replies[7], replies[7]
    assert c.debtor.agreed.date == dt.date(2026, 3, 17)


def test_scorn_for_what_they_cannot_pay_is_an_insult(library: Library) -> None:
    """Play-test 180: "well clearly you didnt learn much in all them years mate cos you still
    cant pay a 271 bill on time" to the rude defaulter, who hangs up at one insult, got
    "Sometime. Don't push it.": an answer to a question no one asked."""
    c = call_in(library, "rude_defaulter_composure", seed=10676)
    replies = play(c, _from_file("rude_10676")[:3])
    assert "Sometime" not in replies[2], replies[2]
    assert c.finished and c.outcome is not None and c.outcome.value == "hung_up"


def test_half_out_of_friday_pay_and_the_rest_with_the_instalment_on_top(library: Library) -> None:
    """Play-test 180: "you get paid this friday the 13th right? could you do half, $320, out
    of that, and the other $320 with your March payment?" agreed $320 with no day, and "the
    16th March payment would be $640 + the other $320, so $960 - is that doable ...?" got "I
    can't do $640 right now ... I could do $384 now": the $320 agreed, dropped for a new sum."""
    c = call_in(library, "car_broke_down_partial", seed=10651)
    replies = play(c, _from_file("carbroke_10651")[:5])
    assert "Friday the 13th" in replies[3], replies[3]
    assert "$384" not in replies[4] and "$320" in replies[4], replies[4]
    assert c.debtor.agreed.amount == Decimal(320) and c.debtor.agreed.date == dt.date(2026, 3, 13)
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 16)


def test_the_direct_debit_to_come_and_its_form_are_answered(library: Library) -> None:
    """Play-test 180: "should we also set up the direct debit again with the new bank? so it
    doesn't happen in April?" got "How much would that be, exactly?", and "um the monthly one
    is the same, $211.42 on the 2nd. I can send you the form for the new bank details if
    that's ok?" got "Friday the 13th, actually, not Thursday the 2nd of April." and no answer
    about the form."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10701)
    replies = play(c, _from_file("courteous_10701")[:7])
    assert "How much" not in replies[5] and "today" in replies[5], replies[5]
    assert replies[6] in DEFAULT_CLARIFY["offered"], replies[6]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_what_they_could_manage_from_a_pay_day_is_asked_not_demanded(library: Library) -> None:
    """Play-test 180: "So the overdue bit is $833.97 right now, three payments. I don't expect
    that all at once. What do you reckon you could manage out of the pay on the 13th, even
    something small?" got "$833.97 is too much for me right now. I could do $292.": the whole
    sum taken as asked for, and turned down."""
    c = call_in(library, "student_unemployed_hardship", seed=10696)
    replies = play(c, _from_file("hardship_10696")[:5])
    assert "$833.97" not in replies[4] and "small" in replies[4], replies[4]
    assert c.state != "cannot_pay"


def test_who_they_are_asked_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 180: "great, very helpful. and who r u exactly" to the flatmate got "Sorry,
    what was that?"."""
    c = call_in(library, "wrong_party_flatmate_message", seed=10691)
    replies = play(c, _from_file("flatmate_10691")[:3])
    assert "flatmate" in replies[2], replies[2]


def test_how_the_exams_are_going_asked_in_text_speak_is_answered(library: Library) -> None:
    """Play-test 179: "its ok happens!! um how r exams n stuff, busy time?" got "Thank you. I
    was so embarrassed. I'll pay it when I get a chance, maybe next week or so?": the question
    about her exams passed over."""
    c = call_in(library, "student_forgot_first_late", seed=11656)
    replies = play(c, _from_file("student_11656")[:3])
    exams = next(a for a in c.persona.acts if a.name == "ask_exams")
    assert any(answer in replies[2] for answer in exams.answers or []), replies[2]


def test_their_payday_put_as_another_day_is_taken_or_turned_down(library: Library) -> None:
    """Play-test 180: "um, unless that's too soon, sorry, we could maybe do your payday on the
    31st instead? whatever's easier" got "Payday's Tuesday the 31st, end of the month. I've had
    the money for the payments all along.": the day put, answered as a question about pay."""
    c = call_in(library, "car_dealer_dispute", seed=10641)
    replies = play(c, _from_file("dealer_10641")[:5])
    assert not replies[4].startswith("Payday") and "31st" in replies[4], replies[4]


def test_a_day_put_and_taken_back_at_once_is_not_agreed(library: Library) -> None:
    """Play-test 182: "sorry, one sec... actually could you do it thursday instead? no wait,
    sorry, friday is fine, never mind" got "Yeah, Thursday the 12th, definitely. Okay, so
    $349.84 on Thursday the 12th by bank transfer.": the day taken back, agreed."""
    c = call_in(library, "student_forgot_first_late", seed=10621)
    replies = play(c, _from_file("student_10621")[:6])
    assert "Thursday" not in replies[5], replies[5]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_the_regular_payment_due_with_the_rest_is_no_new_sum(library: Library) -> None:
    """Play-test 182: "the regular March payment of $339.85 is also due on the 19th, so that'd
    be $509.70 altogether that day. Is that doable for you?" got "Then the other $169.85 by
    Thursday the 19th.", the total passed over, and "the usual $339.85 on top of that on the
    19th too" got "Not $339.85: $170, like I said."."""
    c = call_in(library, "car_broke_down_partial", seed=10616)
    replies = play(c, _from_file("carbroke_10616")[:8])
    assert "$509.70" in replies[6], replies[6]
    assert not replies[7].startswith("Not"), replies[7]
    assert c.debtor.agreed.rest_amount == Decimal("169.85")


def test_what_they_can_pay_asked_is_answered_with_what_they_can_do(library: Library) -> None:
    """Play-test 182: "fine, whatever, what CAN you pay then, seriously" to the hardship debtor
    got "There's no way I can pay that right now.": an answer to the demand before it."""
    c = call_in(library, "student_unemployed_hardship", seed=10581)
    replies = play(c, _from_file("hardship_10581")[:4])
    assert "no way" not in replies[3] and "could do" in replies[3], replies[3]


def test_whether_the_direct_debit_is_switched_yet_is_answered(library: Library) -> None:
    """Play-test 182: "and if its direct debit, has it been switched to the new bank acct yet?"
    got the day and the terms alone: the question about the direct debit passed over."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10571)
    replies = play(c, _from_file("courteous_10571")[:5])
    told = next(a for a in c.persona.acts if a.name == "ask_update_direct_debit")
    assert any(answer in replies[4] for answer in told.answers or []), replies[4]


def test_told_to_pay_the_whole_sum_is_asking_for_it(library: Library) -> None:
    """Play-test 182: "u get paid friday right? pay the whole 370.88 then" was not heard as an
    ask, and the debrief said "You never asked for the payment directly"."""
    c = call_in(library, "car_broke_down_partial", seed=10551)
    play(c, _from_file("carbroke_10551"))
    c.end()
    assert not any("never asked for the payment" in t.message for t in c.scores().tips)


def test_what_day_it_is_asked_in_passing_is_no_day_to_pay(library: Library) -> None:
    """Play-test 183: "Actually wait, what's today, the 10th? Friday's the 13th yeah. So $535.52
    by bank transfer on Friday March 13." got "Okay, Tuesday the 10th. That works.": today's
    date, asked aloud, agreed as the day."""
    c = call_in(library, "car_dealer_dispute", seed=11751)
    replies = play(c, _from_file("dealer_11751")[:8])
    assert "10th" not in replies[7] and "Friday the 13th" in replies[7], replies[7]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "line", "day"),
    [
        # "What I'd suggest is paying half now, around $260, on your payday this Friday, and the
        # remaining $259.19 together with your next instalment on March 26th." got "Fine, today."
        ("car_broke_down_partial", 11806, "carbroke_11806", 5, dt.date(2026, 3, 13)),
        # "Are you always this difficult or is today a special occasion? $527, Friday the 13th.
        # Yes or no." got "Yeah, yeah, today."
        ("rude_defaulter_composure", 11811, "rude_11811", 6, dt.date(2026, 3, 13)),
    ],
)
def test_today_said_in_passing_is_not_the_day_agreed(
    library: Library, scenario: str, seed: int, played: str, line: int, day: dt.date
) -> None:
    """Play-test 183: "now" before the part's own day, and "is today a special occasion?",
    were agreed as today, a day nobody put."""
    c = call_in(library, scenario, seed=seed)
    replies = play(c, _from_file(played)[:line])
    assert "today" not in replies[-1].lower(), replies[-1]
    assert c.debtor.agreed.date == day


def test_when_to_ring_back_in_a_message_discloses_no_debt(library: Library) -> None:
    """Play-test 183: "Tell her Pat called and she needs to call me back on 1-800-555-0142,
    weekdays 8 to 8. Today, ideally. Can you manage to write that down?" to the flatmate was
    read as terms put (a day to pay, "can you manage"), and the call failed for discussing the
    debt before the right party was verified."""
    c = call_in(library, "wrong_party_flatmate_message", seed=11796)
    play(c, _from_file("flatmate_11796"))
    c.end()
    scores = c.scores()
    assert not scores.failed and not scores.compliance, scores.compliance


def test_a_reference_read_back_digit_by_digit_asks_for_no_money(library: Library) -> None:
    """Play-test 184: "TRX-23540, got it - T R X dash two three five four zero? I'll get that
    over to payments today." read the digits as a sum ($14) and today as its day: "Are you even
    listening? It's paid. I'm not sending more money.", and the call failed for pressing for a
    debt already paid."""
    c = call_in(library, "already_paid_not_posted", seed=10491)
    replies = play(c, _from_file("paid_10491"))
    assert "more money" not in replies[4], replies[4]
    c.end()
    assert not c.scores().compliance, c.scores().compliance


def test_a_tip_to_check_the_direct_debit_is_no_other_way_to_pay(library: Library) -> None:
    """Play-test 184: "perfect, so that's $353.35 online by this Friday the 13th, yeah? and
    maybe check your direct debit is actually set up while you're at it lol" got "Online
    payment, actually, not direct debit.": the tip read as the way put."""
    c = call_in(library, "student_forgot_first_late", seed=10476)
    replies = play(c, _from_file("student_10476")[:6])
    assert "not direct debit" not in replies[5], replies[5]
    assert c.debtor.agreed.method == "online" and c.debtor.confirmed


def test_the_street_address_asked_for_is_given(library: Library) -> None:
    """Play-test 183: "Can you confirm the street address we have for you, just the street
    part's fine?" got "Yes, that's fine.": the security question heard as asking leave."""
    c = call_in(library, "lenders_persistent_late", seed=11821)
    replies = play(c, _from_file("lenders_11821")[:2])
    assert c.record.address.split(",")[0] in replies[1], replies[1]


def test_their_pay_asked_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 184: "cmon. u get paid friday dont u", "do you get paid this friday from those
    shifts, yes or no" and "how much do u actually make a week from these shifts" got "Sorry,
    could you explain that again?", "Once I'm working again I'll pay it all back, I swear." and
    "No idea, sorry.": three questions about their pay, none answered."""
    c = call_in(library, "student_unemployed_hardship", seed=10531)
    replies = play(c, _from_file("hardship_10531")[:5])
    assert "Friday the 13th" in replies[2], replies[2]
    assert "Friday the 13th" in replies[3], replies[3]
    assert "hundred" in replies[4] and "No idea" not in replies[4], replies[4]


def test_autopay_suggested_in_text_speak_is_taken_as_an_offer(library: Library) -> None:
    """Play-test 184: "oh and also - wanna set up autopay so this doesn't happen again? you
    thought it was automatic already lol" got "How much is it, sorry? The whole thing?"."""
    c = call_in(library, "student_forgot_first_late", seed=10506)
    replies = play(c, _from_file("student_10506")[:5])
    assert replies[4] in DEFAULT_CLARIFY["offered"], replies[4]


def test_the_first_days_month_is_kept_when_the_instalments_days_follow(library: Library) -> None:
    """Play-test 183: "295.41 on the 20th then the rest 295.41 a month, 20th april and 20th
    may" moved the first payment to the 20th of April (the bare "20th" read as the April one
    said again) and the instalments to May."""
    c = call_in(library, "student_unemployed_hardship", seed=11766)
    play(c, _from_file("hardship_11766")[:7])
    assert c.debtor.agreed.date == dt.date(2026, 3, 20)
    assert c.debtor.agreed.rest_date == dt.date(2026, 4, 20)


def test_exams_asked_after_with_a_contraction_are_answered(library: Library) -> None:
    """Play-test 185: "Ah no worries at all, exams are brutal! How'd they go, nearly done?" got
    "I'll sort it out soon, I promise.": the exams she spoke of, asked about, went unanswered."""
    c = call_in(library, "student_forgot_first_late", seed=11826)
    replies = play(c, _from_file("student_11826")[:4])
    exams = next(a for a in library.personas["forgetful_student"].acts if a.name == "ask_exams")
    answers = exams.answers
    assert any(answer in replies[3] for answer in answers), replies[3]


def test_the_full_grand_demanded_is_the_whole_debt(library: Library) -> None:
    """Play-test 185: "... u heard that one since december. need the full grand." (of $1,010.84)
    got "Sorry, I'm lost. Is that good or bad for me?": a demand for all of it, not a puzzle."""
    c = call_in(library, "student_unemployed_hardship", seed=11831)
    replies = play(c, _from_file("hardship_11831")[:4])
    assert "lost" not in replies[3] and "?" not in replies[3], replies[3]  # an answer, no puzzle


def test_a_reference_spelled_back_after_thats_is_right(library: Library) -> None:
    """Play-test 185: "So that's T R X, 5 8 6 7 0?" got "No, it's TRX-58670." (the "s" of "that's"
    read as the reference's first letter), then "which day was last Tuesday, the 3rd?" got "Are
    you even listening? It's paid." and failed the call for pressing a paid debt."""
    c = call_in(library, "already_paid_not_posted", seed=11836)
    replies = play(c, _from_file("paid_11836"))
    assert not replies[5].startswith("No"), replies[5]
    assert "more money" not in replies[6], replies[6]
    c.end()
    assert not c.scores().compliance, c.scores().compliance


def test_a_payday_promise_refused_in_formal_words_is_not_taken(library: Library) -> None:
    """Play-test 185: "Two promises have been broken already, so I am unable to accept another
    arrangement for payday." got "Yeah, Tuesday the 31st works."; and "I will note it on your
    account. Good afternoon." after thanks did not end the call."""
    c = call_in(library, "lenders_persistent_late", seed=11856)
    replies = play(c, _from_file("lenders_11856"))
    assert "31st" not in replies[4], replies[4]
    assert c.outcome is Outcome.PROMISE_SECURED and c.ended_at is not None


def test_asking_whether_the_debtor_will_sue_the_dealer_is_no_legal_threat(
    library: Library,
) -> None:
    """Play-test 185: "What about the dealer, are you going to take them to small claims or
    something?" failed the call for unauthorised legal action and got "So are we done?"."""
    c = call_in(library, "car_dealer_dispute", seed=11876)
    replies = play(c, _from_file("dealer_11876"))
    assert "small claims" in replies[5], replies[5]
    c.end()
    assert not c.scores().compliance, c.scores().compliance


def test_sending_the_account_to_legal_is_no_threat_to_seize(library: Library) -> None:
    """Play-test 185: "You pay or I send to legal today, your choice." (legal action authorised)
    failed the call as a threat to take the debtor's things, and she hung up over it."""
    c = call_in(library, "malicious_default_legal", seed=11891)
    play(c, _from_file("malicious_11891"))
    c.end()
    assert "threat_of_seizure" not in {f.rule for f in c.scores().compliance}
    assert c.outcome is not Outcome.HUNG_UP


def test_a_split_offered_instead_of_one_day_keeps_its_own_days(library: Library) -> None:
    """Play-test 185: "would like sunday the 15th work, or even split it, like 135 friday and
    the rest monday?" was agreed as $135 on Sunday the 15th and the rest on Monday: the day of
    the other choice given to the plan's first part."""
    c = call_in(library, "student_forgot_first_late", seed=11901)
    replies = play(c, _from_file("student_11901")[:5])
    assert "Friday the 13th" in replies[4] and "Sunday" not in replies[4], replies[4]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_a_number_given_then_a_pen_asked_for_is_taken_down(library: Library) -> None:
    """Play-test 186: "... call me back, today, on 1-800-555-0142. weekdays 8 to 8. got a pen or
    do i have to say it twice" got "Yeah, one sec. Okay, go." and then a goodbye: asked to go
    ahead with a number already given."""
    c = call_in(library, "wrong_party_flatmate_message", seed=10451)
    replies = play(c, _from_file("flatmate_10451"))
    assert re.search(r"\bgo\b", replies[3], re.IGNORECASE) is None, replies[3]


def test_the_rest_put_on_the_first_parts_day_adds_up_to_the_whole(library: Library) -> None:
    """Play-test 186: "I could manage $2,526." - "Tuesday the 17th would work for me." - "...
    Could you pay also the rest on the 17th?" replaced the $2,526 with the $1,359.75 left, and
    "you pay all $3,885.75 ... on Tuesday 17 March" got "Not $3,885.75: $1,359.75, like I
    said." four times over."""
    c = call_in(library, "malicious_default_legal", seed=10446)
    replies = play(c, _from_file("malicious_10446")[:9])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("2526.00"), dt.date(2026, 3, 17))
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("1359.75"), dt.date(2026, 3, 17))
    assert "like I said" not in replies[8] and c.debtor.confirmed, replies[8]


def test_the_whole_ruled_out_leaves_the_small_sum_asked(library: Library) -> None:
    """Play-test 186: "ok so no way you can do the whole 761 obviously ... what could u manage
    as a first one? even 50?" to a debtor on $100 a week got "I can't stretch to $761. Maybe
    $267?"."""
    c = call_in(library, "student_unemployed_hardship", seed=10441)
    replies = play(c, _from_file("hardship_10441")[:3])
    assert "$50" in replies[2] and "$761" not in replies[2], replies[2]


def test_the_callers_own_name_said_with_here_is_no_name_asked_for(library: Library) -> None:
    """Play-test 186: "Hi! Tom here, Johnston Finance. Is this Cassidy Mendez?" got "Who?
    There's no Tom here."."""
    c = call_in(library, "stop_calling_cease_contact", seed=10426)
    replies = play(c, _from_file("stopcall_10426")[:1])
    assert "Tom" not in replies[0] and "wrong_name" not in c.turns[0].analysis.flags


def test_the_reason_on_file_is_the_reason_given_again(library: Library) -> None:
    """Play-test 186: called on the 8th ("I couldn't get through to the bank when I tried."),
    the student asked "whats the excuse this time, bank still not picking up?" answered "Oh,
    the student loan. I thought it came out automatically."."""
    c = call_in(library, "student_forgot_first_late", seed=10421)
    assert c.record.contacts[-1].excuse == "I couldn't get through to the bank when I tried."
    replies = play(c, _from_file("student_10421")[:2])
    assert "bank" in replies[1] and "automatically" not in replies[1], replies[1]


def test_their_birthday_read_out_to_confirm_is_said_to_be_right(library: Library) -> None:
    """Play-test 186: "Just to confirm, this is Brian Kennedy, date of birth 26 April 1984?" got
    "It's April 26, 1984.", as if putting the caller right."""
    c = call_in(library, "traveller_forgot_deposit", seed=10411)
    replies = play(c, _from_file("traveller_10411")[:1])
    assert "1984" not in replies[0] and "right" in replies[0], replies[0]


def test_a_day_taken_from_the_callers_choice_replaces_the_one_agreed(library: Library) -> None:
    """Play-test 186: after "Tuesday the 24th is fine", "would this Friday or maybe Monday the
    16th be at all possible?" got "I could do it by Monday the 16th.", but the 16th said back
    got "Not Monday the 16th: Tuesday the 24th, like I said."; and "Since the direct debit's on
    the old bank, maybe a card payment or a transfer ...?" got "Direct debit would suit me
    best."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10386)
    replies = play(c, _from_file("courteous_10386")[:4])
    assert c.debtor.agreed.date == dt.date(2026, 3, 16)
    assert "irect debit" not in replies[3], replies[3]


def test_the_account_the_payment_came_from_is_told(library: Library) -> None:
    """Play-test 186: "was the transfer sent from the same account you usually pay from?" got
    "I'm not sure, to be honest.", from a customer whose story is a change of bank."""
    c = call_in(library, "already_paid_not_posted", seed=10431)
    replies = play(c, _from_file("paid_10431")[:5])
    assert "account" in replies[4] and "not sure" not in replies[4], replies[4]


def test_something_asked_for_whatever_suits_is_no_vague_promise_accepted(
    library: Library,
) -> None:
    """Play-test 187: "um, is there maybe something you could manage for us? Whatever works
    for you, I guess." ended the call at once as a vague promise accepted."""
    c = call_in(library, "lenders_persistent_late", seed=11916)
    play(c, _from_file("lenders_11916"))
    assert not c.finished
    assert c.turns[-1].analysis.has(Act.ASK_PAYMENT)


def test_another_instalment_falling_due_is_no_sum_said_back_wrong(library: Library) -> None:
    """Play-test 187: "So: $541.76 by bank transfer, Friday March 13th. And heads up, the March
    payment of $270.88 is due that same day too ... but the 541.76 is what we agreed. Yeah?"
    got "$541.76, actually, not $270.88."."""
    c = call_in(library, "rude_defaulter_composure", seed=11936)
    replies = play(c, _from_file("rude_11936")[:6])
    assert "actually" not in replies[5] and "$270.88" not in replies[5], replies[5]
    assert c.debtor.agreed.amount == Decimal("541.76") and c.debtor.confirmed


def test_the_whole_ruled_out_and_a_small_sum_asked_is_a_plan(library: Library) -> None:
    """Play-test 187: "ok so full amount's obv not happening rn. what could u realistically
    put down from the cafe money, like even 50 bucks?" got "There's no way I can pay that right
    now.", and the $50 was taken a line later."""
    c = call_in(library, "student_unemployed_hardship", seed=11951)
    replies = play(c, _from_file("hardship_11951")[:3])
    assert "$50" in replies[2] and "no way" not in replies[2], replies[2]


def test_the_rest_then_after_the_payday_asked_is_on_that_payday(library: Library) -> None:
    """Play-test 187: "When do you get paid next - could you do part now and the rest then?"
    got "Fine, Tuesday the 10th it is.": then read as now, today."""
    c = call_in(library, "car_dealer_dispute", seed=11966)
    replies = play(c, _from_file("dealer_11966")[:4])
    assert "10th" not in replies[3], replies[3]
    assert c.turns[3].analysis.slots.date == c.record.next_payday


def test_done_here_once_agreed_is_no_goodbye(library: Library) -> None:
    """Play-test 188: "299? seriously? make it 400 on the 13th and we're done here" ended the
    call in the middle of the counter-offer."""
    c = call_in(library, "car_broke_down_partial", seed=10371)
    play(c, _from_file("carbroke_10371")[:4])
    assert not c.finished


def test_the_instalments_move_with_the_first_payment_and_their_start_is_told(
    library: Library,
) -> None:
    """Play-test 188: $50 on Friday and $50 a month from the 13th of April agreed, the first
    moved to "2 weeks from now" moved the instalments to the 24th of April without a word; and
    "when does the 50 a month start?" got "Hm, I don't know."."""
    c = call_in(library, "student_unemployed_hardship", seed=10306)
    replies = play(c, _from_file("hardship_10306b")[:9])
    assert "24th of April" in replies[5], replies[5]
    assert "24th of April" in replies[8] and "know" not in replies[8], replies[8]


def test_a_surname_that_holds_a_rude_word_is_no_insult(library: Library) -> None:
    """Play-test 189: "not selling anything. this Jennifer Dickerson?" was read as profanity:
    the debtor hung up and the call failed for insulting language."""
    c = call_in(library, "rude_defaulter_composure", seed=11991)
    replies = play(c, _from_file("rude_11991")[:1])
    assert not c.finished and "reporting" not in replies[0], replies[0]
    assert Act.INSULT not in c.turns[0].analysis.acts


def test_the_debtors_sum_scorned_is_no_sum_agreed(library: Library) -> None:
    """Play-test 189: "Three hundred and fifteen. How generous. ... I would expect the full
    amount on the 13th" got "Okay, $315. I can find that."."""
    c = call_in(library, "car_broke_down_partial", seed=12021)
    replies = play(c, _from_file("carbroke_12021")[:4])
    assert c.debtor.agreed.amount != Decimal("315"), replies[3]


def test_the_dealers_date_for_the_transmission_asked_is_answered(library: Library) -> None:
    """Play-test 189: "Have you been able to get the dealer to commit to a date for the
    transmission, by the way?" got "Alright. I hear you that the loan is separate ..."."""
    c = call_in(library, "car_dealer_dispute", seed=12031)
    replies = play(c, _from_file("dealer_12031")[:6])
    repair = next(
        a for a in library.personas["dealer_dispute_driver"].acts if a.name == "ask_repair_date"
    )
    assert any(answer in replies[5] for answer in repair.answers), replies[5]


def test_their_surname_put_right_is_no_other_lender_and_a_refusal_is_no_yes(
    library: Library,
) -> None:
    """Play-test 189: "I think I said Carson, it's Carlson of course. My name is Harriet from
    Freeman Finance." got "I'm not with them." ("Carlson of" read as a lender); and "that would
    be the 31st, wouldn't it? ... I'm not sure I'm allowed to accept that" got "Okay, Tuesday
    the 31st."."""
    c = call_in(library, "lenders_persistent_late", seed=12056)
    replies = play(c, _from_file("lenders_12056")[:5])
    assert "not with them" not in replies[1] and "wrong_lender" not in c.turns[1].analysis.flags
    assert "31st" not in replies[4] and c.debtor.agreed.date is None, replies[4]


def test_ways_to_pay_offered_while_negotiating_are_picked_from(library: Library) -> None:
    """Play-test 190: "You can pay by debit card over the phone, by bank transfer, or online
    through your account. Which of those would suit you?" got "Give me till the end of the
    month", a step back to the vague promise."""
    c = call_in(library, "lenders_persistent_late", seed=10266)
    replies = play(c, _from_file("lenders_10266")[:5])
    assert "end of the month" not in replies[4] and c.debtor.agreed.method is not None, replies[4]


def test_how_theyre_paying_asked_without_a_question_mark_is_answered(library: Library) -> None:
    """Play-test 190: "fine. 309 friday. how're you paying, or do I have to guess that too" got
    "$309, yes. I can manage that." and no word of how."""
    c = call_in(library, "car_broke_down_partial", seed=10246)
    replies = play(c, _from_file("carbroke_10246")[:5])
    assert "?" in replies[4] or c.debtor.agreed.method is not None, replies[4]


def test_terms_repeated_back_beside_a_request_are_confirmed(library: Library) -> None:
    """Play-test 190: "ok so just to repeat it back, 304.51 by bank transfer on friday the 13th,
    and also maybe you could update the direct debit ...?" was confirmed by the debtor, but the
    call ended "Terms agreed, never confirmed"."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10256)
    play(c, _from_file("courteous_10256"))
    assert c.outcome is Outcome.PROMISE_SECURED and c.promise.confirmed


def test_a_fact_answered_is_not_told_again_by_the_states_line(library: Library) -> None:
    """Play-test 190: "how much did u send and from where" got the payment's facts, then
    "Okay. I sent it from my bank app last Tuesday. I've got the confirmation open." as well."""
    c = call_in(library, "already_paid_not_posted", seed=10231)
    replies = play(c, _from_file("paid_10231")[:4])
    assert replies[3].count("Tuesday") == 1, replies[3]


@pytest.mark.parametrize(
    ("scenario", "played", "seed", "turn"),
    [
        # "good guess genius, date of birth please" (play-test 192)
        ("car_dealer_dispute", "dealer_10196", 10196, 2),
        # "... kinda thought someone ur age would have this figured out" (play-test 192)
        ("personal_loan_courteous_reminder", "courteous_10166", 10166, 2),
    ],
)
def test_scorn_of_their_sense_or_age_is_an_insult(
    library: Library, scenario: str, played: str, seed: int, turn: int
) -> None:
    """Play-tests 191 and 192: "genius" was an insult in one call and not in another; "at your
    age I'd expect people to know how to pay a bill on time" was no insult at all."""
    c = call_in(library, scenario, seed=seed)
    play(c, _from_file(played)[:turn])
    assert Act.INSULT in c.turns[turn - 1].analysis.acts


def test_the_payments_team_who_will_sort_you_out_is_no_threat(library: Library) -> None:
    """Play-test 191: "... ring the payments team on extension 4410 and they'll sort you out"
    failed the call as a threat of violence."""
    c = call_in(library, "already_paid_not_posted", seed=12126)
    play(c, _from_file("paid_12126"))
    c.end()
    assert "threat_of_violence" not in {f.rule for f in c.scores().compliance}


def test_a_then_before_the_payday_asked_is_no_day_agreed(library: Library) -> None:
    """Play-test 191: "Are you on reduced shifts at the moment then? When's your next payday?"
    got "Fine, Friday the 13th. That works.", a day agreed that nobody put."""
    c = call_in(library, "car_broke_down_partial", seed=12066)
    replies = play(c, _from_file("carbroke_12066")[:4])
    assert "That works" not in replies[3] and c.debtor.agreed.date is None, replies[3]


def test_their_payday_put_as_the_day_and_today_said_to_be_today(library: Library) -> None:
    """Play-test 191: "Would your payday on the 13th be easier for the $211?" named no day, and
    "Tuesday the 10th is today, isn't it?" was taken as today put back."""
    c = call_in(library, "student_unemployed_hardship", seed=12106)
    play(c, _from_file("hardship_12106")[:6])
    assert c.turns[3].analysis.slots.date == dt.date(2026, 3, 13)
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_a_small_payment_asked_after_stop_calling_is_pressing(library: Library) -> None:
    """Play-test 191: "just before I go, I don't suppose even a small payment would be... no?
    Sorry." after "stop calling me" was no ask, and the call counted as the request honoured."""
    c = call_in(library, "stop_calling_cease_contact", seed=12136)
    play(c, _from_file("stopcall_12136"))
    c.end()
    assert "cease_request_ignored" in {f.rule for f in c.scores().compliance}


@pytest.mark.parametrize(
    ("played", "seed", "turn", "act"),
    [
        ("courteous_12141", 12141, 4, "ask_new_bank"),  # "Which bank you moved to, if I may ask?"
        (
            "courteous_10161",
            10161,
            6,
            "ask_new_bank_opinion",
        ),  # "how are you finding the new bank?"
    ],
)
def test_the_new_bank_asked_about_is_answered(
    library: Library, played: str, seed: int, turn: int, act: str
) -> None:
    """Play-tests 191 and 192: "Which bank you moved to, if I may ask?" got "I'll sort it out
    straight away"; "how are you finding the new bank?" got "It is, isn't it."."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=seed)
    replies = play(c, _from_file(played)[:turn])
    answers = next(
        a for a in library.personas["reliable_payer_reminder"].acts if a.name == act
    ).answers
    assert any(answer in replies[turn - 1] for answer in answers), replies[turn - 1]


def test_next_months_direct_debit_is_no_change_to_this_payment(library: Library) -> None:
    """Play-test 187: "would you like to give me the new bank details so next month's direct
    debit on April 6th comes from the right account?" got "So that's $378.84 by Monday the 6th
    of April, by direct debit.": the overdue payment moved."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=11981)
    replies = play(c, _from_file("courteous_11981")[:5])
    assert "April" not in replies[4], replies[4]
    assert c.debtor.agreed.date == dt.date(2026, 3, 13) and c.debtor.agreed.method == "online"


def test_their_off_the_road_claim_asked_about_is_stood_by(library: Library) -> None:
    """Play-test 187: "is it about the car being off the road? i see a note about that" got "I'm
    not sure, to be honest." from the debtor who had just said it."""
    c = call_in(library, "malicious_default_legal", seed=11931)
    replies = play(c, _from_file("malicious_11931")[:3])
    assert "not sure" not in replies[2], replies[2]
    assert "garage" in replies[2] or "off the road" in replies[2], replies[2]


def test_when_for_the_sum_asked_beside_the_payday_names_a_day(library: Library) -> None:
    """Play-test 192: "$50 ... I can manage that." - "um when would be ok for that? I saw maybe
    you get paid on friday the 13th?" got the payday and no day for the $50."""
    c = call_in(library, "student_unemployed_hardship", seed=10221)
    replies = play(c, _from_file("hardship_10221")[:7])
    assert replies[6].count("Friday the 13th") == 2, replies[6]


def test_when_ish_this_week_or_too_soon_asks_for_a_day(library: Library) -> None:
    """Play-test 193: "ok cool. sorry to ask but like when-ish? would this week work or is that
    too soon" got "Great, thanks. I'll get to it when I can. Bye!" and the call ended as a
    vague promise accepted."""
    c = call_in(library, "student_forgot_first_late", seed=12201)
    replies = play(c, _from_file("student_12201")[:4])
    assert not c.finished and "Bye" not in replies[3], replies[3]
    assert Act.ACCEPT_VAGUE not in c.turns[3].analysis.acts


def test_the_price_of_their_car_is_no_sum_put(library: Library) -> None:
    """Play-test 193: "Very bad for customer with $45,000 car, no?" was kept as the sum put, and
    two lines later the debtor offered "$892.74 now; send me a statement for the rest"."""
    c = call_in(library, "traveller_forgot_deposit", seed=12211)
    replies = play(c, _from_file("traveller_12211")[:4])
    assert c.turns[1].analysis.slots.amount == Decimal("892.74")
    assert "the rest" not in replies[3], replies[3]


def test_whether_and_where_they_switched_banks_is_answered(library: Library) -> None:
    """Play-test 194: "Did you switch recently?" got "I'll take care of it as soon as I get a
    moment", and "Which bank is it, so we can get the direct debit moved over?" got "So are we
    done? Is that everything?"."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=10106)
    replies = play(c, _from_file("courteous_10106")[:7])
    assert "last month" in replies[3], replies[3]
    assert "Northgate" in replies[6], replies[6]


def test_the_switch_answered_is_not_told_twice(library: Library) -> None:
    """Play-test 195: "Did you move banks recently?" got "Yes, just last month ... Only last
    month ...": the act's answer and the story of the switch, both told."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=12226)
    replies = play(c, _from_file("courteous_12226")[:4])
    assert replies[3].count("last month") == 1, replies[3]


def test_when_you_get_paid_next_asked_is_no_day_agreed(library: Library) -> None:
    """Play-test 195: "Is the car working now? And when you get paid next?" got "Fine, Friday
    the 13th. That works.", a day nobody put."""
    c = call_in(library, "car_broke_down_partial", seed=12241)
    replies = play(c, _from_file("carbroke_12241")[:4])
    assert "That works" not in replies[3] and c.debtor.agreed.date is None, replies[3]


def test_when_they_could_get_it_in_and_get_paid_soon_is_no_vague_promise(
    library: Library,
) -> None:
    """Play-test 195: "when do you think you could get it in, do you get paid soon or have a bit
    in savings?" ended the call: "I'll sort it soon. Thanks, bye!", fed back as a vague promise
    accepted."""
    c = call_in(library, "student_forgot_first_late", seed=12301)
    play(c, _from_file("student_12301")[:3])
    assert not c.finished
    assert Act.ACCEPT_VAGUE not in c.turns[2].analysis.acts


def test_the_loan_said_to_run_on_is_not_agreed_with(library: Library) -> None:
    """Play-test 196: "I think the loan still runs even if the car was off the road?" got "Save
    the sympathy. That's right. Two months it sat in a garage ...": a yes to the caller's point
    from the debtor who refuses it."""
    c = call_in(library, "malicious_default_legal", seed=10061)
    replies = play(c, _from_file("malicious_10061")[:3])
    assert "That's right" not in replies[2] and "garage" in replies[2], replies[2]


def test_fees_said_not_to_be_waived_are_refused_not_offered(library: Library) -> None:
    """Play-test 193: "I checked the notes and the fees, they cannot be waived. ... But if you
    can pay the $405.26 by, um, next Monday ..." got "You do that. Call me when the fees are
    gone.", as if the waiver were still being looked into."""
    c = call_in(library, "rude_defaulter_composure", seed=12156)
    replies = play(c, _from_file("rude_12156")[:7])
    assert "refuse_fees" in c.turns[6].analysis.custom_acts
    assert "fees are gone" not in replies[6], replies[6]


def test_an_either_or_of_a_whole_sum_and_a_plan_is_answered_with_one_of_them(
    library: Library,
) -> None:
    """ "Could you pay it all on the 17th, or half on Friday and half on the 20th?" got "$194.36,
    of course. Certainly, Tuesday the 17th is fine. And $194.35 more by Friday the 20th.": the
    half of one plan on the day of the other. The plan offered second is the one taken, on its
    own days."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=12356)
    play(
        c,
        [
            "Hi, is this {debtor_name}? It's Dana from {lender}.",
            "Thanks. This is an attempt to collect a debt. Your payment of {amount_overdue} is "
            "overdue.",
        ],
    )
    reply = c.say("Could you pay it all on the 17th, or half on Friday and half on the 20th?").reply
    assert "17th" not in reply and "Friday the 13th" in reply, reply
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.rest_date) == (dt.date(2026, 3, 13), dt.date(2026, 3, 20)), agreed


def test_a_choice_of_days_offered_without_a_question_mark_is_answered_with_a_day(
    library: Library,
) -> None:
    """ "Today or tomorrow, you choose." got "I'm sorry, which day did you mean?": two days
    offered ask the debtor to pick one, question mark or not."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=12356)
    play(
        c,
        [
            "Hi, is this {debtor_name}? It's Dana from {lender}.",
            "Thanks. This is an attempt to collect a debt. Your payment of {amount_overdue} is "
            "overdue.",
            "Can you pay the {amount_overdue} by card this week?",
        ],
    )
    reply = c.say("Today or tomorrow, you choose.").reply
    assert "which day" not in reply.lower() and "Wednesday the 11th" in reply, reply


def test_a_day_said_back_then_not_accepted_is_no_day_agreed(library: Library) -> None:
    """Play-tests 197 and 198: "Right, end of the month... I'm not sure my manager will accept
    that ... any way you could do it sooner?" got "Alright, Tuesday the 31st. I can do that.";
    "Next payday would be the 31st of March, I believe? ... I am not certain I am permitted to
    accept that" agreed the 31st, and "I meant sooner than the 31st. Would perhaps the 17th be
    possible?" got the 31st again."""
    c = call_in(library, "lenders_persistent_late", seed=12316)
    replies = play(c, _from_file("lenders_12316")[:6])
    assert "31st" not in replies[5] and c.debtor.agreed.date != dt.date(2026, 3, 31), replies[5]
    c = call_in(library, "lenders_persistent_late", seed=9951)
    replies = play(c, _from_file("lenders_9951")[:5])
    assert c.turns[3].analysis.slots.date is None, c.turns[3].analysis.slots
    assert "Tuesday the 17th" in replies[4] and "31st" not in replies[4], replies[4]
    assert c.debtor.agreed.date == dt.date(2026, 3, 17)


def test_which_account_the_payment_came_from_is_answered_not_taken_as_a_demand(
    library: Library,
) -> None:
    """Play-test 197: "And it was from same bank account like your normal payments, or a
    different one?" got "I'm not paying it twice! I told you, it's paid." and failed the call
    for pressing for a paid debt."""
    c = call_in(library, "already_paid_not_posted", seed=12321)
    replies = play(c, _from_file("paid_12321")[:6])
    assert "ask_paying_account" in c.turns[5].analysis.custom_acts
    assert "twice" not in replies[5] and "account" in replies[5], replies[5]
    findings = describe_result(c)
    assert "pressed_for_paid_debt" not in findings and "paid debt" not in findings, findings


def test_a_question_after_like_is_asked_without_a_question_mark(library: Library) -> None:
    """Play-test 197: "do the cafe shifts pay weekly or..? like when do u next get paid" got
    "Thank you. That actually means a lot. Once I'm working again ...": the payday asked, in
    a last sentence typed without "?", went unanswered."""
    c, reply = _replied(library, "student_unemployed_hardship", 12331, "hardship_12331", 4)
    assert "Next pay" in reply or "paid" in reply, reply


def test_a_first_sum_and_then_a_sum_a_month_is_a_plan_put(library: Library) -> None:
    """Play-test 198: "would maybe forty dollars on the 13th work? and then, sorry, maybe like a
    hundred a month after that?" got "I wish I could. If I paid you anything this week I
    couldn't pay my rent." twice, word for word: the plan was not heard."""
    c = call_in(library, "student_unemployed_hardship", seed=9981)
    replies = play(c, _from_file("hardship_9981")[:5])
    assert Act.OFFER_PLAN in c.turns[4].analysis.acts
    assert "rent" not in replies[4] and "$40" in replies[4], replies[4]
    assert c.debtor.agreed.amount == Decimal(40) and c.debtor.agreed.rest_amount == Decimal(100)


def test_asked_whether_they_can_really_keep_the_terms_they_say_they_can(
    library: Library,
) -> None:
    """Play-test 198: "Oh, um, are you sure? You said if you paid anything this week you
    couldn't make rent... I don't want you to be short" got "How would I pay it? I only have a
    debit card." """
    c, reply = _replied(library, "student_unemployed_hardship", 9921, "hardship_9921", 7)
    assert reply in (
        "Yes, I'm sure. It'll be tight, but I can do it.",
        "I've thought about it. I can manage that, I promise.",
    ), reply


def test_still_studying_is_answered_from_the_students_life(library: Library) -> None:
    """Play-test 197: "you are still studying, or finished now?" got "Hm, I don't know." """
    c, reply = _replied(library, "student_forgot_first_late", 12361, "student_12361", 8)
    assert "uni" in reply or "student" in reply or "studies" in reply, reply


def test_the_sum_said_back_without_its_cents_keeps_the_cents(library: Library) -> None:
    """Play-test 198: "$490.38. Fine." then "so 490 online by friday, the 13th" recorded a
    promise of $490.00, and a full-amount goal met though 38 cents short."""
    c = call_in(library, "rude_defaulter_composure", seed=9956)
    replies = play(c, _from_file("rude_9956"))
    assert c.debtor.agreed.amount == Decimal("490.38"), c.debtor.agreed
    assert "$490.38" in replies[7], replies[7]


def test_a_text_asked_about_with_happen_to_is_answered(library: Library) -> None:
    """Play-test 198: "We sent a text on the 6th; did you happen to see it?" got only "I
    totally forgot, I've been revising for exams all week."."""
    c, reply = _replied(library, "student_forgot_first_late", 9916, "student_9916", 2)
    assert "letter" in reply or "email" in reply, reply


def test_the_trip_on_file_is_the_story_told_again_on_a_second_call(library: Library) -> None:
    """Play-test 198: called after saying "I'm on a business trip until next week; I'll do it
    when I'm back", the traveller said "Ah. The car loan. ... I completely forgot before I
    flew out. I'm in Romero Finance's bad books now, am I?": surprised, and of the lender in
    the third person to its own caller."""
    c, reply = _replied(library, "traveller_forgot_deposit", 9911, "traveller_9911", 2)
    assert "forgot" not in reply and "trip" in reply, reply
    assert all(c.values["lender"] not in line for line in c.persona.lines["explaining"]["calm"])


def test_fixing_the_direct_debit_asked_beside_the_read_back_is_answered(
    library: Library,
) -> None:
    """Play-test 198: "ok. so 250.33, transfer, thursday 12th. right? and maybe fix the direct
    debit w new bank? only if u want" got only "That's correct. Thank you."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9906, "courteous_9906", 6)
    assert "direct debit" in reply and "correct" in reply.lower(), reply


def test_the_rude_debtor_counts_no_calls_the_record_does_not_hold(library: Library) -> None:
    """Play-tests 197 and 198: "Oh great, you lot again? Third time this month." on a record
    with one call this month."""
    c = call_in(library, "rude_defaulter_composure", seed=12371)
    replies = play(c, _from_file("rude_12371"))
    assert not any("Third time" in r for r in replies), replies
    assert not any(
        "time this month" in line
        for lines in c.persona.lines["verified"].values()
        for line in lines
    )


def test_the_story_on_file_is_not_told_twice_in_the_same_words(library: Library) -> None:
    """Play-test 198: "Three visits, weeks of excuses from them, and the car still slips out of
    gear." then, a turn on, "Sorry, but you'd be angry too. Three visits and it still slips out
    of gear.": the line that agrees with the record's story was taken though it said again
    what the call had heard."""
    c = call_in(library, "car_dealer_dispute", seed=9941)
    replies = play(c, _from_file("dealer_9941")[:3])
    assert "slips out of gear" in replies[1], replies[1]
    assert "slips out of gear" not in replies[2], replies[2]


def test_more_help_offered_at_the_end_is_no_demand_to_pay_again(library: Library) -> None:
    """Play-test 200: "... I'll pass it to our payments team. ... Sorry again for the hassle -
    anything else I can help with today?" got "I'm not paying it twice! I told you, it's
    paid." and failed the call for pressing for a paid debt."""
    c = call_in(library, "already_paid_not_posted", seed=9851)
    replies = play(c, _from_file("paid_9851")[:6])
    assert Act.ASK_PAYMENT not in c.turns[5].analysis.acts
    assert "twice" not in replies[5], replies[5]
    assert "paid debt" not in describe_result(c)


def test_whether_they_cancelled_the_direct_debit_is_answered(library: Library) -> None:
    """Play-test 199: "Did you cancel the direct debit recently?" got "I'd rather not get into
    that, if it's all the same." from the customer who had just named it."""
    c, reply = _replied(library, "already_paid_not_posted", 12401, "paid_12401", 7)
    assert "direct debit" in reply and "rather not" not in reply, reply


def test_what_the_shifts_bring_in_is_answered_and_a_payday_noted_is_no_deadline(
    library: Library,
) -> None:
    """Play-test 200: "Unemployed, yet you have a payday this Friday, according to our file.
    Remarkable. What exactly do those shifts bring in?" got "I wish I could. If I paid you
    anything this week I couldn't pay my rent.": the payday read as a day to pay."""
    c, reply = _replied(library, "student_unemployed_hardship", 9831, "hardship_9831", 3)
    assert c.turns[2].analysis.slots.date is None
    assert "rent" in reply and "shifts" in reply and "wish I could" not in reply, reply


def test_whether_the_broken_car_can_be_driven_is_answered_from_the_story(
    library: Library,
) -> None:
    """Play-test 200: "is the car still ok to drive at least?" got "All good, thanks." from the
    driver whose car slips out of gear."""
    c, reply = _replied(library, "car_dealer_dispute", 9871, "dealer_9871", 8)
    assert "All good" not in reply and ("gear" in reply or "dealer" in reply), reply


def test_what_the_debt_is_made_of_is_no_sum_put(library: Library) -> None:
    """Play-test 200: "None of it actually - that's two instalments of 211.57, Feb 2 and Mar 2.
    What's been going on?" was read as $211.57 put, and got "Your fees happened. I'm not paying
    for a scam. Fine. I'll pay it. When I get round to it.": a refusal and a yes at once."""
    c, reply = _replied(library, "rude_defaulter_composure", 9866, "rude_9866", 4)
    assert c.turns[3].analysis.slots.amount is None
    # (the debt told calmly may still move him to a vague "I'll pay it", as the scenario means;
    # never beside his refusal: session 45)
    assert not ("not paying" in reply and "I'll pay it" in reply), reply


def test_the_rest_said_back_after_the_promise_with_a_curt_tag_confirms_it(
    library: Library,
) -> None:
    """Play-test 200: "wait no, my bad, next instalment is march 22 not april. so 240.12 extra
    on the 22nd of march. clear?" - "Then the other $240.12 by Sunday the 22nd. I can do that."
    left the promise unconfirmed and a tip to restate it."""
    c = call_in(library, "car_broke_down_partial", seed=9891)
    play(c, _from_file("carbroke_9891"))
    promise = c.promise
    assert promise.confirmed and promise.rest_date == dt.date(2026, 3, 22), promise


def test_a_broken_promise_recalled_is_no_sum_or_day_put(library: Library) -> None:
    """Play-test 200: "you're sitting on 829.17 on the car loan, three payments, and you broke
    the promise for yesterday too, 552.78 on the 9th" read $552.78 on 9 April as terms put, and
    the call was told "You never stated the amount owed"."""
    c = call_in(library, "lenders_persistent_late", seed=9876)
    play(c, _from_file("lenders_9876")[:3])
    slots = c.turns[2].analysis.slots
    assert slots.amount == Decimal("829.17") and slots.date is None, slots
    assert Act.STATE_AMOUNT in c.turns[2].analysis.acts


def test_paying_the_lot_taken_for_granted_asks_for_it(library: Library) -> None:
    """Play-test 200: "so ur paying the lot this week yeah?" was not heard as asking for the
    payment: "You never asked for the payment directly"."""
    c = call_in(library, "student_unemployed_hardship", seed=9846)
    play(c, _from_file("hardship_9846")[:2])
    assert Act.ASK_PAYMENT in c.turns[1].analysis.acts


def test_proof_of_a_claimed_payment_asked_for_is_no_deadline(library: Library) -> None:
    """Play-test 199: "If you paid, give me a date and a reference and I'll trace it right now."
    was read as a deadline set, and got "Not a cent of it." from the debtor who had just said
    he paid."""
    c, reply = _replied(library, "malicious_default_legal", 12416, "malicious_12416", 3)
    assert Act.SET_DEADLINE not in c.turns[2].analysis.acts
    assert "Not a cent" not in reply and ("receipts" in reply or "emails" in reply), reply


def test_a_first_payment_of_the_plan_they_put_is_not_refused(library: Library) -> None:
    """Play-test 199: "Maybe a small amount now, about a third of it, and then a bit every
    month." then "So perhaps around $206 to start?" got "I wish I could. If I paid you anything
    this week I couldn't pay my rent.": their own plan's first payment, refused."""
    c, reply = _replied(library, "student_unemployed_hardship", 12441, "hardship_12441", 4)
    assert "every month" in c.turns[2].reply, c.turns[2].reply
    assert "wish I could" not in reply and "$206" in reply, reply


def test_the_rest_put_as_monthly_chunks_is_agreed_as_instalments(library: Library) -> None:
    """Play-test 202: "ok 412 on friday the 13th when you get paid, then the rest, $765.40, in
    monthly chunks, say $255.13 on the 13th of april, may and june" got "Then the other $765.40
    by Monday the 13th of April.": all of the rest on the first instalment's day."""
    c = call_in(library, "student_unemployed_hardship", seed=9796)
    replies = play(c, _from_file("hardship_9796")[:6])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal(412), dt.date(2026, 3, 13)), agreed
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        Decimal("255.13"),
        dt.date(2026, 4, 13),
        "month",
    ), agreed
    assert "$765.40" not in replies[5] and "$255.13 a month" in replies[5], replies[5]


def test_the_same_sum_on_the_same_day_of_each_month_is_a_monthly_plan(library: Library) -> None:
    """Play-test 202: "$412 this friday the 13th of march. then $255.13 on april 13, $255.13 on
    may 13, $255.13 on june 13." agreed one payment of $255.13 on 13 April and nothing after."""
    c = call_in(library, "student_unemployed_hardship", seed=9796)
    lines = _from_file("hardship_9796")
    play(c, [*lines[:5], lines[7]])
    agreed = c.debtor.agreed
    assert (agreed.rest_amount, agreed.rest_every) == (Decimal("255.13"), "month"), agreed
    assert agreed.rest_date == dt.date(2026, 4, 13)


def test_the_first_part_they_named_then_a_series_is_both(library: Library) -> None:
    """Play-test 202: "oh, ok, $271 on friday the 20th, that's really good actually ... could
    we maybe split that in two, like $251.05 on april 20th and $251.05 on may 20th?" agreed
    $251.05 on 20 April as the first payment, and the $271 they had offered was lost."""
    c = call_in(library, "student_unemployed_hardship", seed=9746)
    replies = play(c, _from_file("hardship_9746")[:4])
    assert "Maybe $271?" in replies[2], replies[2]
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal(271), dt.date(2026, 3, 20)), agreed
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        Decimal("251.05"),
        dt.date(2026, 4, 20),
        "month",
    ), agreed


def test_a_surname_one_letter_off_that_is_another_surname_is_put_right(
    library: Library,
) -> None:
    """Play-tests 201 and 202: "am i talking to Ashley Davis?" to Ashley David and "I'm trying
    to reach a Michelle Lawson?" to Michelle Larson got "Um, yes, that's me." and "That's me.";
    and "I meant Larson, Michelle Larson, ... is that right?" got "Okay, fair enough."."""
    c = call_in(library, "car_dealer_dispute", seed=9776)
    replies = play(c, _from_file("dealer_9776")[:2])
    assert "wrong_name" in c.turns[0].analysis.flags
    assert replies[0].startswith("Larson, actually"), replies[0]
    assert replies[1] in ("Yes, that's me.", "Yes, it's me. Like I said."), replies[1]
    c = call_in(library, "student_forgot_first_late", seed=12481)
    replies = play(c, _from_file("student_12481")[:1])
    assert replies[0].startswith("David, actually"), replies[0]


def test_a_day_ruled_out_is_not_the_day_the_debtor_names(library: Library) -> None:
    """Play-test 202: "'This week' is vague. What day? And don't say Friday just because everyone
    says Friday." got "Yes, Friday the 13th suits me."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9766, "courteous_9766", 3)
    assert "Friday" not in reply and "Thursday the 12th" in reply, reply


def test_asked_when_they_might_pay_something_after_no_more_calls(library: Library) -> None:
    """Play-test 199: "Maybe only, um, you can tell me when you maybe pay something? Just small
    amount?" after "I'm asking you to stop calling" got "I'm not sure, to be honest."."""
    c, reply = _replied(library, "stop_calling_cease_contact", 12411, "stopcall_12411", 3)
    assert Act.ASK_PAYMENT in c.turns[2].analysis.acts
    assert "not sure" not in reply, reply


def test_taking_the_car_trouble_up_with_the_dealer_is_no_repossession(library: Library) -> None:
    """Play-test 201: "And take the car thing up with the dealer, not us. We're done." failed
    the call for mentioning legal action or repossession."""
    c = call_in(library, "car_dealer_dispute", seed=12516)
    play(c, _from_file("dealer_12516"))
    assert Act.LEGAL_ACTION not in c.turns[-1].analysis.acts
    assert "repossession" not in describe_result(c)


@pytest.mark.parametrize(
    ("played", "seed", "turn"), [("carbroke_12506", 12506, 4), ("carbroke_9756", 9756, 3)]
)
def test_how_the_repaired_car_is_now_is_answered(
    library: Library, played: str, seed: int, turn: int
) -> None:
    """Play-tests 201 and 202: "is the car ok now at least?" and "You waiting on the garage for
    something else now?" got "Maybe in a few weeks?", the question unheard."""
    c, reply = _replied(library, "car_broke_down_partial", seed, played, turn)
    assert "back on the road" in reply or "Running fine" in reply, reply


@pytest.mark.parametrize(
    ("played", "seed", "turn", "words"),
    # (the jobs they go for, in either of the persona's words: "applying for", "going for")
    [("hardship_12466", 12466, 4, "every other week"), ("hardship_12541", 12541, 4, "admin")],
)
def test_how_often_the_shifts_pay_and_which_jobs_are_answered(
    library: Library, played: str, seed: int, turn: int, words: str
) -> None:
    """Play-test 201: "Are the cafe shifts paying you weekly or every two weeks?" and "what
    kinda jobs are you going for?" got the debtor's promise to pay one day, no answer."""
    c, reply = _replied(library, "student_unemployed_hardship", seed, played, turn)
    assert words in reply or "two weeks" in reply, reply


def test_the_next_regular_payment_asked_about_moves_no_promise(library: Library) -> None:
    """Play-test 204: "maybe you want also to change the direct debit to the new bank, so the
    next one on April 4 is not missing?" got "Yes, Saturday the 4th of April suits me." and
    moved the payment agreed for Friday to April."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9726, "courteous_9726", 5)
    assert c.turns[4].analysis.slots.date is None
    assert "April" not in reply and ("direct debit" in reply.lower() or "moved banks" in reply)
    assert c.debtor.agreed.date != dt.date(2026, 4, 4)


def test_a_plain_yes_to_the_day_they_named_takes_it(library: Library) -> None:
    """Play-test 204: "Which day is good for you? And how you like to pay ...?" - "I could do it
    by Friday the 13th. I'll do it by card, that's easiest." - "Ok, very good." got "I'm sorry,
    which day did you mean?"."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=9726)
    replies = play(c, [*_from_file("courteous_9726")[:4], "Ok, very good."])
    assert "which day" not in replies[4].lower() and "Friday the 13th" in replies[4], replies[4]
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.method) == (dt.date(2026, 3, 13), "card"), agreed


def test_needing_a_day_after_sometime_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 204: "ok um, I'm sorry but sometime is kind of, I kind of need a day. would
    friday be ok, or, like, whenever this week works for you?" was read as accepting "sometime"
    and the rude defaulter hung up: "Good. Glad we understand each other. Bye."."""
    c, reply = _replied(library, "rude_defaulter_composure", 9696, "rude_9696", 4)
    assert Act.ACCEPT_VAGUE not in c.turns[3].analysis.acts
    assert not c.finished and "Bye" not in reply, reply


def test_the_right_to_dispute_with_the_dealer_in_small_claims_is_no_threat(
    library: Library,
) -> None:
    """Play-test 204: "you keep every right to dispute it with the dealer, small claims
    included" failed the call for mentioning legal action this account is not cleared for."""
    c = call_in(library, "car_dealer_dispute", seed=9721)
    play(c, _from_file("dealer_9721")[:4])
    assert Act.LEGAL_ACTION not in c.turns[3].analysis.acts
    assert "legal action" not in describe_result(c).lower()


def test_their_pay_said_back_is_no_day_and_a_day_turned_down_is_not_taken(
    library: Library,
) -> None:
    """Play-test 204: "Two hundred a fortnight. Fine. ... Fifty dollars by the 20th, and then
    $218.04 every month" agreed the 24th (a fortnight from today); and "I said the 20th, not
    the 24th. ... Why the 24th?" got "Yes, Tuesday the 24th is fine."."""
    c = call_in(library, "student_unemployed_hardship", seed=9716)
    play(c, _from_file("hardship_9716")[:5])
    assert c.debtor.agreed.date == dt.date(2026, 3, 20), c.debtor.agreed
    reading = c.turns[4].analysis
    assert reading.slots.date == dt.date(2026, 3, 20), reading.slots
    c.say("I said the 20th, not the 24th. Are you even listening? Why the 24th?")
    assert c.turns[-1].analysis.slots.date == dt.date(2026, 3, 20)


def test_a_callback_number_and_hours_are_no_plan_told_to_a_stranger(library: Library) -> None:
    """Play-test 203: "Thank you so much. Is 1-800-555-0142. Between 8 in morning and 8 in
    evening, Monday to Friday. Sorry, is a lot." to the flatmate was read as a payment plan
    offered, and the call failed for discussing the debt with the wrong party."""
    c = call_in(library, "wrong_party_flatmate_message", seed=12571)
    play(c, _from_file("flatmate_12571"))
    assert Act.OFFER_PLAN not in c.turns[2].analysis.acts
    assert "FAILED" not in describe_result(c)


def test_asked_for_a_sooner_day_with_the_later_one_as_fallback(library: Library) -> None:
    """Play-test 203: "I'm supposed to ask if it could be a bit sooner, like this week? only if
    you can, if not the 31st is... it's fine" got "Yes, Tuesday the 31st suits me."."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 12586, "courteous_12586", 5)
    assert "31st" not in reply and "13th" in reply, reply


def test_a_lender_slip_put_right_with_a_filler_is_no_stranger(library: Library) -> None:
    """Play-test 203: "yo this William Price? it's Pearson Finance- uh Peterson Finance. bout ur
    student loan" got "Sorry, who? I've never borrowed from them, just the student loan."."""
    c, reply = _replied(library, "student_unemployed_hardship", 12566, "hardship_12566", 1)
    assert "never borrowed" not in reply and "who?" not in reply, reply


def test_a_first_name_slip_put_right_in_the_greeting_is_no_stranger(library: Library) -> None:
    """Play-test 205: "Hi Ray, sorry - Roy! - this is Alex from Holmes Finance, ... can you just
    confirm your date of birth for me" to Roy got "No, you've got the wrong number."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 12686, "traveller_12686", 1)
    assert "wrong number" not in reply and c.record.date_of_birth.strftime("%B") in reply, reply


def test_small_talk_about_the_weather_is_answered_as_small_talk(library: Library) -> None:
    """Play-test 206: "Is it nice weather where you are? It's pouring here." got "I'd rather not
    get into that, if it's all the same.", as if asked something private."""
    c, reply = _replied(library, "already_paid_not_posted", 9586, "paid_9586", 5)
    assert "rather not" not in reply and "thanks for asking" in reply.lower(), reply


def test_the_whole_in_one_go_offered_instead_of_two_parts_is_a_new_proposal(
    library: Library,
) -> None:
    """Play-test 205: "Actually, thinking about it - since it's a transfer anyway, would it be
    simpler to just send the whole $261.28 on Thursday in one go?" got "Not $261.28: $130, like
    I said.", as if the agreed first part had been said back wrong."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 12701, "courteous_12701", 6)
    assert Act.CONFIRM_TERMS not in c.turns[5].analysis.acts
    assert "like I said" not in reply and "$261.28" in reply, reply
    assert c.debtor.agreed.amount == Decimal("261.28") and c.debtor.agreed.rest_amount is None


def test_a_day_asked_then_taken_back_at_once_is_not_agreed(library: Library) -> None:
    """Play-test 206: "could it maybe be a bit sooner, like tomorrow? oh no actually sorry,
    Friday is fine, forget I said that." got "Yes, tomorrow is fine.", the Friday she had
    picked herself dropped."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9631, "courteous_9631", 4)
    assert "tomorrow" not in reply.lower() and "Friday the 13th" in reply, reply
    assert c.debtor.agreed.date == FRIDAY_13TH


def test_the_sum_sent_asked_is_answered_by_the_customer_who_paid(library: Library) -> None:
    """Play-test 206: "TRX-12508. Fine. And what amount did you send, exactly? Not roughly." got
    "That's right, yes. No idea, sorry." from the customer who had just given the reference."""
    c, reply = _replied(library, "already_paid_not_posted", 9621, "paid_9621", 4)
    assert "No idea" not in reply and c.values["amount_overdue"] in reply, reply


def test_the_card_agreed_said_with_the_app_it_is_used_in_stays_the_card(
    library: Library,
) -> None:
    """Play-test 205: "Easiest is you do it in the app ... So: $566.61, card via the app, today."
    got "Not online payment: card, like I said." from the debtor who had agreed card."""
    c = call_in(library, "traveller_forgot_deposit", seed=12656)
    replies = play(c, _from_file("traveller_12656")[:7])
    assert c.turns[6].analysis.slots.method == "card"
    assert "Not online" not in replies[6], replies[6]


def test_the_debtors_own_small_claims_plan_asked_back_is_no_legal_action(
    library: Library,
) -> None:
    """Play-test 207: "Um... small claims? I didn't... sorry, I mean, that's up to you." after the
    driver said they might take the dealer to small claims failed the call for mentioning
    legal action this account is not cleared for."""
    c = call_in(library, "car_dealer_dispute", seed=12761)
    play(c, _from_file("dealer_12761"))
    assert Act.LEGAL_ACTION not in c.turns[5].analysis.acts
    assert "FAILED" not in describe_result(c)


def test_all_good_no_stress_is_no_question_about_the_number_on_file(library: Library) -> None:
    """Play-test 208: "yep all good no stress :) ... didnt come thru. everything ok?" got "Yes,
    that one's fine. Oh no. The student loan? I totally forgot": "good no" was read as asking
    whether the phone number ("no.") on file is right."""
    c, reply = _replied(library, "student_forgot_first_late", 9561, "student_9561", 2)
    assert not reply.startswith("Yes, that one's fine"), reply


def test_the_first_days_and_the_rests_asked_together_are_both_named(library: Library) -> None:
    """Play-test 209: "Half. Wow. Fine, which day this week, and by what method? And the other
    half, when?" got "Friday the 27th would work for me.": the rest's day, said as if it were
    the first half's, after the debtor had said they could find it this week."""
    c, reply = _replied(library, "car_broke_down_partial", 12811, "carbroke_12811", 5)
    assert "Friday the 13th" in reply and "rest, $223.33" in reply, reply
    assert reply.index("Friday the 13th") < reply.index("Friday the 27th")
    assert c.debtor.named_day == FRIDAY_13TH


def test_when_asked_through_fillers_is_answered_with_a_day(library: Library) -> None:
    """Play-test 209: "Sorry, when would, um, suit you?" got "Okay, $750.52. I've got that.",
    and "and when, roughly, do you think? No rush, well, um, sort of a bit of a rush." ended the
    call on a vague promise."""
    _c, reply = _replied(library, "car_dealer_dispute", 12831, "dealer_12831", 5)
    assert re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday) the \d+", reply), reply
    c, reply = _replied(library, "personal_loan_courteous_reminder", 12816, "courteous_12816", 4)
    assert "Goodbye" not in reply and "Friday the 13th" in reply, reply
    assert c.outcome is None


def test_asked_for_some_of_it_a_debtor_who_can_pay_all_says_so(library: Library) -> None:
    """Play-test 209: "Would you, um, be able to pay some of it meanwhile?" got "$750.52 is what
    I can do.", the whole debt said as the most the driver could manage."""
    _c, reply = _replied(library, "car_dealer_dispute", 12831, "dealer_12831", 4)
    assert "what I can do" not in reply and "$750.52" in reply, reply
    assert re.search(r"\bwhole\b|\b[Aa]ll of it\b", reply), reply


def test_a_three_part_plan_said_back_keeps_its_monthly_payments(library: Library) -> None:
    """Play-test 209: "$269 on the 20th of March, then $250 on 20 April and $250.02 on 20 May"
    was agreed as two payments, and said back later it got "Monday the 20th of April, actually,
    not Wednesday the 20th of May."."""
    c = call_in(library, "student_unemployed_hardship", seed=12821)
    replies = play(c, _from_file("hardship_12821")[:8])
    assert "a month from Monday the 20th of April" in replies[5], replies[5]
    assert "actually" not in replies[7], replies[7]
    agreed = c.debtor.agreed
    assert agreed.amount == Decimal("269") and agreed.rest_amount == Decimal("250")
    assert agreed.rest_every == "month" and agreed.rest_date == dt.date(2026, 4, 20)


def test_a_haggle_of_two_bucks_is_no_sum_of_two_dollars(library: Library) -> None:
    """Play-test 210: "Two ninety-eight? You're haggling over two bucks? Fine, whatever." was
    agreed as $2, and the debtor then corrected every "$298" back to "$2"; and "Make it three
    hundred" to a debtor who could find $298 got "I don't have $300 this week. $298 now"."""
    c = call_in(library, "car_broke_down_partial", seed=9436)
    replies = play(c, _from_file("carbroke_9436")[:9])
    assert "I don't have $300" not in replies[4], replies[4]
    assert c.turns[5].analysis.slots.amount != Decimal("2")
    assert not any("$2," in r or "$2 " in r or r.endswith("$2.") for r in replies), replies
    assert c.debtor.agreed.amount == Decimal("298")


def test_terms_the_trainee_reads_back_are_said_yes_to_once(library: Library) -> None:
    """Play-test 210: "Okay, so just to, um, read it back... four hundred dollars, by bank
    transfer, on Tuesday the 31st of March. Is that, er, right?" got the terms twice: "Yes,
    that's right: $400, ... Okay: $400 by Tuesday the 31st, bank transfer."."""
    _c, reply = _replied(library, "lenders_persistent_late", 9491, "lenders_9491", 9)
    assert reply.count("$400") == 1, reply


def test_a_weekly_sum_put_right_is_the_sum_of_the_instalments_after_it(
    library: Library,
) -> None:
    """Play-test 210: "say 5 a week" said yes to, then "I suggested $25 a week, not $5", then
    the first day agreed got "And $5 a week after that, from Friday the 20th."."""
    c, reply = _replied(library, "student_unemployed_hardship", 9486, "hardship_9486", 9)
    assert "$25 a week after that" in reply, reply
    assert c.debtor.agreed.rest_amount == Decimal("25")


def test_the_shifts_income_and_what_makes_paying_hard_are_answered(library: Library) -> None:
    """Play-test 210: "Roughly what are the cafe shifts bringing in each month" was not
    answered, and "Is something making the payments hard at the moment?" got "Huh? Make sense
    or hang up." from the rude defaulter."""
    _c, reply = _replied(library, "student_unemployed_hardship", 9486, "hardship_9486", 4)
    assert "a fortnight" in reply or "a week" in reply, reply
    _c, reply = _replied(library, "rude_defaulter_composure", 9441, "rude_9441", 4)
    assert "Make sense" not in reply and "happened" in reply, reply


def test_the_day_asked_after_it_was_agreed_is_said_again(library: Library) -> None:
    """Play-test 210: "Okay, um, great. And, er, when would be, um, good for you? Sorry." got
    "Was there anything else?"."""
    _c, reply = _replied(library, "student_forgot_first_late", 9431, "student_9431", 7)
    assert "anything else" not in reply and "Tuesday the 10th" in reply, reply


def test_their_first_part_with_instalments_after_it_is_not_the_instalment(
    library: Library,
) -> None:
    """Play-test 211: "$348 when exactly? ... Say $100 a month after that?" after "I could
    start with $348" got "$100, okay. ... And $100 a month after that.", then "$100, actually,
    not $348." to every read-back; and "is it $348 or $100?" got "That's right, yes."."""
    c = call_in(library, "student_unemployed_hardship", seed=12941)
    replies = play(c, _from_file("hardship_12941"))
    assert replies[3].startswith("$348"), replies[3]
    assert "actually" not in " ".join(replies), replies
    assert replies[9].startswith("It's $348."), replies[9]
    agreed = c.debtor.agreed
    assert agreed.amount == Decimal("348") and agreed.rest_amount == Decimal("100")
    assert agreed.rest_every == "month"


def test_part_of_it_now_asked_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 211: "would it maybe help if you paid just part of it now? Whatever you can
    manage, I guess?" ended the call on "I'll call you when things are back to normal.", the
    question read as accepting "soon"."""
    c, reply = _replied(library, "car_broke_down_partial", 12871, "carbroke_12871", 4)
    assert Act.ACCEPT_VAGUE not in c.turns[3].analysis.acts
    assert c.outcome is None, reply


def test_on_or_before_a_day_is_that_day_not_todays_errand(library: Library) -> None:
    """Play-test 211: "$336.72 by bank transfer, on or before Friday 13th March, and I'll
    submit the fee review request today" got "Friday the 13th, actually, not today."."""
    c, reply = _replied(library, "rude_defaulter_composure", 12891, "rude_12891", 7)
    assert c.turns[6].analysis.slots.date == FRIDAY_13TH
    assert "actually" not in reply, reply


def test_a_monthly_figure_asked_after_the_whole_was_refused_is_answered(
    library: Library,
) -> None:
    """Play-tests 211 and 212: "I didn't ask for all of it, did I? ... What can you actually do
    a month?" and "... A number. Per week, per month, whatever. ... Give me a figure." got "I
    can't pay that.", and "Could you do $20 a week? Yes or no." was refused."""
    _c, reply = _replied(library, "student_unemployed_hardship", 12926, "hardship_12926", 3)
    assert "can't pay that" not in reply and "every month" in reply, reply
    c = call_in(library, "student_unemployed_hardship", seed=9361)
    replies = play(c, _from_file("hardship_9361")[:4])
    assert "can't pay that" not in replies[2] and "no way" not in replies[2].lower(), replies[2]
    assert c.turns[2].analysis.slots.amount is None
    assert replies[3].startswith("$20, okay"), replies[3]


def test_the_rest_left_after_the_first_part_is_not_taken_for_the_first(
    library: Library,
) -> None:
    """Play-test 212: "$280 by card on Monday, March 16th? And then the rest, the $187.17, we'd
    talk about after that" got "$187.17? I said $280, but $187.17 is easier", and the call
    ended with $187.17 promised."""
    c = call_in(library, "car_broke_down_partial", seed=9386)
    replies = play(c, _from_file("carbroke_9386")[:7])
    assert c.turns[5].analysis.slots.method is None  # "Card, or, um, bank transfer maybe?"
    assert "$187.17" not in replies[6] and "$280" in replies[6], replies[6]
    assert c.debtor.agreed.amount == Decimal("280")


def test_the_sum_agreed_said_loosely_is_not_a_new_demand(library: Library) -> None:
    """Play-test 212: "Now you've got nearly three grand by Friday?" with $2,837.25 agreed got
    "$3,000? Not a chance. $1,844."."""
    c, reply = _replied(library, "malicious_default_legal", 9376, "malicious_9376", 6)
    assert "Not a chance" not in reply and "$1,844" not in reply, reply
    assert c.debtor.agreed.amount == Decimal("2837.25")


def test_proof_of_the_payment_made_asked_for_is_no_demand_to_pay_again(
    library: Library,
) -> None:
    """Play-test 212: "I'll open a payment trace today ... If it hasn't posted by Friday the
    13th, could you ask Northgate for a transfer confirmation and send it to us?" got "I'm not
    paying it twice!"."""
    _c, reply = _replied(library, "already_paid_not_posted", 9366, "paid_9366", 6)
    assert "twice" not in reply, reply


def test_a_debt_collection_call_said_so_is_the_disclosure(library: Library) -> None:
    """Play-test 209: "Bingo. This is a debt collection call. You missed the March 2nd payment,
    $446.66, and it's eight days late. So when are you paying it?" failed the call for never
    giving the disclosure it gave."""
    c = call_in(library, "car_broke_down_partial", seed=12811)
    play(c, _from_file("carbroke_12811"))
    assert Act.MINI_MIRANDA in c.turns[1].analysis.acts
    assert "mini_miranda" not in {f.rule for f in c.scores().compliance}


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "I could maybe ask someone and get back to you, if you'd like?"
        ("rude_defaulter_composure", 13041, "rude_13041", 4),
        # "If it, uh, doesn't turn up, would it be okay if we called you back? Sorry."
        ("already_paid_not_posted", 13086, "paid_13086", 6),
        # "could you ask Northgate for a transfer confirmation and send it to us?"
        ("already_paid_not_posted", 9311, "paid_9311", 5),
        # "would you be able to get a copy of the transfer receipt from Northgate and email it"
        ("already_paid_not_posted", 9311, "paid_9311", 6),
    ],
)
def test_an_offer_or_a_favour_asked_gets_an_answer_not_no_idea(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-tests 214 and 215: an offer to find out, a call back asked leave for, and proof of
    the payment asked for got "No idea, sorry." or "I'm not sure, to be honest.", as if a fact
    had been asked."""
    _c, reply = _replied(library, scenario, seed, played, turn)
    assert "No idea" not in reply and "not sure" not in reply, reply


# --- play-tests 218 to 220 ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "Oh, um, what would be a good day for you?" (after "I'll sort it at some point")
        ("rude_defaulter_composure", 9161, "rude_9161", 7),
        # "Oh, thank you. Um, when do you think you might... is there a day that's good?"
        ("personal_loan_courteous_reminder", 9131, "courteous_9131", 6),
    ],
)
def test_an_open_day_asked_is_not_met_with_confusion(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-test 218: "what would be a good day for you?" got "Huh? Make sense or hang up.", and
    "is there a day that's good?" got "I'm sorry, which day did you mean?"."""
    c, reply = _replied(library, scenario, seed, played, turn)
    assert Act.SET_DEADLINE in c.turns[turn - 1].analysis.acts
    assert "Huh?" not in reply and "which day did you mean" not in reply, reply


def test_paying_or_not_asked_after_a_rebuke_is_an_ask(library: Library) -> None:
    """Play-test 218: "Did you hear a word I said? ... Are you paying or not?" got "Sorry, say
    that again?"."""
    c, reply = _replied(library, "car_dealer_dispute", 9121, "dealer_9121", 5)
    assert Act.ASK_PAYMENT in c.turns[4].analysis.acts
    assert "say that again" not in reply, reply


def test_the_flatmate_will_not_give_out_the_debtors_number(library: Library) -> None:
    """Play-test 218: "Give me her mobile number then" got "Sorry, I'm just her flatmate. What
    did you need?", and "Her mobile. Number. Can you give it to me?" got "Like I said: sorry, what
    was that?"."""
    c = call_in(library, "wrong_party_flatmate_message", seed=9106)
    replies = play(c, _from_file("flatmate_9106")[:4])
    for reply in replies[1:4]:
        assert "give out" in reply and "what was that" not in reply, reply


def test_a_security_question_after_a_joke_is_answered_without_confusion(
    library: Library,
) -> None:
    """Play-test 218: "Ha, no such luck, sorry! Before we go on, could you confirm your date of
    birth for me?" got "Sorry, I'm not sure what you mean. Sure, August 6, 2000."."""
    c, reply = _replied(library, "student_unemployed_hardship", 9141, "hardship_9141", 2)
    assert "not sure what you mean" not in reply, reply
    assert c.record.date_of_birth.year == 2000 and "2000" in reply


def test_two_parts_put_in_two_questions_keep_their_order(library: Library) -> None:
    """Play-test 218: "So could the $362 go in on Friday the 13th when you're paid? And then the
    $240.96 with your next instalment on March 31st?" got "Fine, Saturday the 28th. That works.",
    the rest's sum taken as the first part's."""
    c = call_in(library, "car_broke_down_partial", seed=9126)
    replies = play(c, _from_file("carbroke_9126")[:6])
    assert "$362" in replies[4] and "$240.96, yes" not in replies[4], replies[4]
    assert "Friday the 13th" in replies[5], replies[5]
    assert c.debtor.agreed.amount == Decimal("362")
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)
    assert c.debtor.agreed.rest_amount == Decimal("240.96")


def test_the_first_parts_day_and_the_payday_asked_together_are_both_answered(
    library: Library,
) -> None:
    """Play-test 219: "When would the first $40 be possible, and when do you usually get paid
    from the cafe?" ($40 agreed) got "Smaller payments I could probably manage. How much would
    you need first, and when?"."""
    _c, reply = _replied(library, "student_unemployed_hardship", 13216, "hardship_13216", 5)
    assert "How much would you need" not in reply, reply
    # (the payday told, whichever words the debtor picks, and the first part's day)
    assert "Friday the 13th, about two hundred" in reply or "Next one's Friday the 13th" in reply
    assert "Friday the 13th would work for me" in reply, reply


def test_does_that_work_after_the_callers_plan_is_agreed_to(library: Library) -> None:
    """Play-test 219: "I'll pass TRX-90721 to our payments team to trace ... If it hasn't posted
    by Friday, I'll give you a ring. Does that work?" got "I'm not sure, to be honest."."""
    _c, reply = _replied(library, "already_paid_not_posted", 13261, "paid_13261", 6)
    assert "not sure" not in reply, reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn", "words"),
    [
        # "What were you trying to call about, was there a problem with the payment itself?"
        ("student_forgot_first_late", 13231, "student_13231", 3, "bank"),
        # "Did you update your details with us or not?"
        ("personal_loan_courteous_reminder", 13236, "courteous_13236", 2, "direct debit"),
    ],
)
def test_what_went_wrong_asked_is_answered_before_the_promise(
    library: Library, scenario: str, seed: int, played: str, turn: int, words: str
) -> None:
    """Play-test 219: a question about what went wrong with the payment got only a stock "I'll
    pay it when I get a chance" or "I'll take care of it as soon as I get a moment"."""
    _c, reply = _replied(library, scenario, seed, played, turn)
    assert words in reply, reply


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn"),
    [
        # "so just to say it back, sorry: $500, by debit card" after "Bank transfer, I suppose"
        ("lenders_persistent_late", 13196, "lenders_13196", 8),
        # "Let me read that back. $200 by debit card on Friday March 13th, then ..." after "I'd do
        # it by bank transfer" and "Friday the 13th would work for me"
        ("car_broke_down_partial", 13201, "carbroke_13201", 8),
    ],
)
def test_a_read_back_with_the_wrong_way_to_pay_is_put_right(
    library: Library, scenario: str, seed: int, played: str, turn: int
) -> None:
    """Play-test 219: the debtor chose bank transfer, and a read-back saying debit card got
    "Okay, card then." or "Card is fine too, I suppose.": the trainee's slip went through."""
    c, reply = _replied(library, scenario, seed, played, turn)
    assert "transfer" in reply and "card then" not in reply and "fine too" not in reply, reply
    assert c.debtor.agreed.method == "transfer"


def test_the_missed_payments_own_day_is_no_day_to_pay(library: Library) -> None:
    """Play-test 220: "The one from the 7th, the $331.05, it doesn't seem to have... come in."
    (due on the 7th of March) got "Tuesday the 7th of April is fine.", a day nobody put."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9061, "courteous_9061", 3)
    assert "April" not in reply, reply
    assert c.turns[2].analysis.slots.date is None


def test_a_goodbye_asking_to_hear_of_changes_is_no_fourth_read_back(library: Library) -> None:
    """Play-test 220: "If anything changes before the 31st, please call us first ... Thanks,
    Katherine, take care. Bye." got the whole plan read back a third time."""
    _c, reply = _replied(library, "lenders_persistent_late", 9041, "lenders_9041", 9)
    assert "$600" not in reply and "that's right" not in reply, reply


def test_repossession_held_over_an_upset_debtor_draws_a_reaction(library: Library) -> None:
    """Play-test 220: "... that car gets repossessed, transmission and all." to a driver already
    turned away twice got the next complaint about the dealer, as if nothing was said."""
    _c, reply = _replied(library, "car_dealer_dispute", 9021, "dealer_9021", 4)
    assert "Threatening me" in reply or "threatened" in reply, reply


def test_sympathy_taken_back_with_its_just_earns_no_thanks(library: Library) -> None:
    """Play-test 220: "Right, okay, I understand... sorry. It's just, um, the loan is separate
    from the dealer ... So the payments are still due." got "Thank you. Honestly, you're the first
    person who's said that."."""
    _c, reply = _replied(library, "car_dealer_dispute", 9091, "dealer_9091", 4)
    assert "first person" not in reply and "Thank" not in reply, reply


def test_paying_again_demanded_after_the_reference_is_refused(library: Library) -> None:
    """Play-test 221: "I'll pass TRX-97530 to payments to trace, but if it doesn't turn up in 5
    working days you're paying again, got it?" got "That's right, yes.", the customer who paid
    agreeing to pay twice; it is pressing for a paid debt."""
    c = call_in(library, "already_paid_not_posted", seed=13276)
    replies = play(c, _from_file("paid_13276")[:6])
    assert "That's right" not in replies[4] and "paid" in replies[4], replies[4]
    assert "That's right" not in replies[5], replies[5]
    assert "pressed_for_paid_debt" in {f.rule for f in c.scores().compliance}


@pytest.mark.parametrize(
    ("seed", "played", "turn"),
    [
        # "If it hasn't shown by next Monday, would you mind giving us a call back?"
        (13331, "paid_13331", 5),
        # "If it doesn't turn up, um, would it be okay if someone called you back?"
        (8976, "paid_8976", 5),
    ],
)
def test_a_call_back_asked_in_so_many_words_is_agreed(
    library: Library, seed: int, played: str, turn: int
) -> None:
    """Play-tests 221 and 222: a call back asked for, or asked leave for, got "Hm, I don't
    know."."""
    _c, reply = _replied(library, "already_paid_not_posted", seed, played, turn)
    assert "don't know" not in reply, reply


def test_a_sum_ruled_out_in_advance_is_not_the_debtors_offer(library: Library) -> None:
    """Play-test 221: "How much, and what date? And don't say fifty bucks." got "$50. Okay."."""
    _c, reply = _replied(library, "malicious_default_legal", 13306, "malicious_13306", 7)
    assert "$50." not in reply, reply


def test_when_and_how_asked_with_fillers_are_both_answered(library: Library) -> None:
    """Play-test 221: "Um, when do you think? And how would you, er, want to pay?" got "Sorry,
    which day did you mean?"."""
    _c, reply = _replied(library, "car_broke_down_partial", 13341, "carbroke_13341", 5)
    assert "which day did you mean" not in reply and "would work for me" in reply, reply
    assert "pay" in reply.split("would work for me")[1], reply


def test_a_trainers_act_is_heard_through_a_filler(library: Library) -> None:
    """Play-test 221: "How many, er, lenders are you dealing with?" missed the persona's own
    question act (its pattern "how many lenders") and got a promise instead. (The other debts
    are now a fact topic, answered from the persona's facts; the persona's own act for debt
    advice is still heard through a filler.)"""
    _c, reply = _replied(library, "lenders_persistent_late", 13326, "lenders_13326", 3)
    assert "payday loan" in reply, reply
    c = call_in(library, "lenders_persistent_late", seed=3)
    replies = play(c, [*OPENING, "Have you, um, spoken to a debt adviser about all this?"])
    assert any(answer in replies[-1] for answer in _answers(c, "ask_debt_advice")), replies[-1]


def test_a_call_back_if_the_payment_has_not_appeared_asks_for_no_money(library: Library) -> None:
    """Play-test 222: "If it still hasn't appeared by Friday, would it be alright if we called
    you back on this number?" got "Are you even listening? It's paid. I'm not sending more
    money."."""
    c, reply = _replied(library, "already_paid_not_posted", 8941, "paid_8941", 6)
    assert "listening" not in reply and "more money" not in reply, reply
    assert c.turns[5].analysis.slots.date is None


def test_an_address_read_out_to_write_to_is_no_sum(library: Library) -> None:
    """Play-test 221: "Should I, er, send it to 955 Wesley Common, the address we have?" to the
    debtor who asked to be written to was read as $955 put, and got "Did you hear me? No more
    calls."."""
    c, reply = _replied(library, "stop_calling_cease_contact", 13311, "stop_13311", 3)
    assert c.turns[2].analysis.slots.amount is None
    assert "Did you hear me" not in reply, reply


# --- play-tests 223 and 224 --------------------------------------------------------------------
def test_a_number_left_for_the_debtor_is_not_hers_asked_for(library: Library) -> None:
    """Play-test 223: "Is it alright if I leave a number for her? And sorry, who am I talking
    to?" got "I'm not going to give out Stacey's number, sorry."."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 13416, "flatmate_13416", 3)
    assert "give out" not in reply, reply


def test_paying_again_asked_as_a_favour_is_refused(library: Library) -> None:
    """Play-test 223: "would you mind, just to be safe, paying it again and we'd refund the other
    one?" got "No idea, sorry."."""
    _c, reply = _replied(library, "already_paid_not_posted", 13426, "paid_13426", 4)
    assert "No idea" not in reply and "paid" in reply, reply


def test_the_payday_put_as_a_question_is_a_day_not_a_vague_promise(library: Library) -> None:
    """Play-test 223: "Um, when would the first one be? Whenever you get paid, maybe?" with $50
    agreed ended the call as a vague promise, the debtor saying "I'll pay as soon as I find
    something"."""
    c, reply = _replied(library, "student_unemployed_hardship", 13381, "hardship_13381", 6)
    assert not c.finished and "as soon as I find" not in reply, reply
    assert c.debtor.agreed.date == c.record.next_payday


def test_the_sum_offered_said_round_is_that_sum(library: Library) -> None:
    """Play-test 223: "Where's thirteen hundred bucks coming from?" after "I can pay the whole
    $1,323.12" got "$1,300, yeah, I can find that.", and every read-back of $1,323.12 after it
    was "put right" to $1,300."""
    c, reply = _replied(library, "lenders_persistent_late", 13391, "lenders_13391", 6)
    assert "$1,300" not in reply, reply
    assert c.debtor.agreed.amount == Decimal("1323.12")


def test_a_recap_closed_by_okay_is_agreed(library: Library) -> None:
    """Play-test 224: "So to recap: you paid $352.95 by transfer on March 3rd, reference ... If it
    doesn't show by Friday, I'll call you back ... Okay?" got "Hm, I don't know."."""
    c, reply = _replied(library, "already_paid_not_posted", 8901, "paid_8901", 6)
    assert "don't know" not in reply, reply
    assert c.turns[5].analysis.slots.date is None


def test_the_date_asked_again_with_a_filler_is_named(library: Library) -> None:
    """Play-test 224: "... or a debit from your account each month? Any of those. And, um, the
    date?" got the way to pay only, the day asked for a second time left unanswered."""
    _c, reply = _replied(library, "student_unemployed_hardship", 8906, "hardship_8906", 7)
    assert "Friday the 20th" in reply, reply


# --- play-tests 225 and 226 --------------------------------------------------------------------
def test_the_first_parts_day_is_the_one_said_with_its_sum(library: Library) -> None:
    """Play-test 226: "... the March payment's due on the 20th too. How about we split it: say
    $150 this Friday, and the other $385.35 at the end of the month?" got "Fine, Friday the 20th.
    That works.", the day talked of before taken for the first part's."""
    c, reply = _replied(library, "car_broke_down_partial", 8786, "carbroke_8786", 4)
    assert "Friday the 13th" in reply and "Friday the 20th" not in reply, reply
    assert c.debtor.agreed.date == dt.date(2026, 3, 13)


def test_is_that_okay_with_you_after_the_callers_plan_is_agreed(library: Library) -> None:
    """Play-test 225: "I'll, sorry, ask our payments team to trace it. Is that... is that okay
    with you?" got "Yes, that's right. I'm not sure, to be honest."."""
    _c, reply = _replied(library, "already_paid_not_posted", 13451, "paid_13451", 5)
    assert "not sure" not in reply, reply


# --- play-tests 227 and 228 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("scenario", "seed", "played", "turn", "day"),
    [
        # "do you maybe know roughly when "soon" would be?" had got "Sure, that makes sense."
        ("student_forgot_first_late", 8776, "student_8776", 5, "Friday the 13th"),
        # "when would you want to pay it? And, er, how?" had got "Fine. Let's settle the
        # payment, then."
        ("car_dealer_dispute", 8746, "dealer_8746", 7, "Tuesday the 17th"),
    ],
)
def test_the_day_asked_in_plain_words_is_named(
    library: Library, scenario: str, seed: int, played: str, turn: int, day: str
) -> None:
    _c, reply = _replied(library, scenario, seed, played, turn)
    assert day in reply, reply


def test_when_they_could_get_it_to_us_is_answered_with_a_day(library: Library) -> None:
    """Play-test 227: "When could you get that $2,632 to us?" had got "$2,632. Okay." and no
    day (that call now takes another path, as the reader no longer hears a deadline in "do you
    have a date ... since October 16th?"; the same question is asked here of the student)."""
    c = call_in(library, "student_forgot_first_late", seed=5)
    said = play(
        c,
        [
            "Hi, is this Cindy Harmon?",
            "This is Sam from Evans Credit Union. This call is from a debt collector, it's about "
            "your loan payment of $340.04 that's overdue.",
            "Could you pay the $340.04?",
            "When could you get that $340.04 to us?",
        ],
    )
    assert "Friday the 13th" in said[3], said[3]


def test_the_day_asked_for_their_own_instalments_starts_them(library: Library) -> None:
    """Play-test 227: after "For the rest, I could manage $928.93 a month.", "When in the month
    would suit for those - same date as the loan, the 11th?" had moved the $500 agreed for
    Friday the 13th to "Wednesday the 11th" and dropped the monthly plan."""
    c, reply = _replied(library, "malicious_default_legal", 13486, "legal_13486", 9)
    assert "$928.93 a month" in reply and "11th of April" in reply, reply
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("500"), dt.date(2026, 3, 13))
    assert (agreed.rest_amount, agreed.rest_every) == (Decimal("928.93"), "month")


def test_their_own_day_said_back_is_no_pressure(library: Library) -> None:
    """Play-test 230: "Well, well. The 17th. How are you paying it?" after "Tuesday the 17th
    would work for me." had drawn "Yes, it's overdue. I know. That's not the point." before
    the day, as if the trainee had pressed again."""
    _c, reply = _replied(library, "car_dealer_dispute", 8681, "dealer_8681", 6)
    assert "overdue" not in reply and "17th" in reply, reply


def test_a_sarcastic_brush_off_is_not_thanked_for_its_sympathy(library: Library) -> None:
    """Play-test 231: "Yeah, yeah, everyone's car dies. You still owe the money." had been read
    as sympathy and got "Thank you. It's been a rough couple of weeks."."""
    _c, reply = _replied(library, "car_broke_down_partial", 13661, "car_13661", 3)
    assert "Thank" not in reply, reply


def test_the_other_half_asked_takes_the_half_they_offered_and_a_wrong_way_is_put_right(
    library: Library,
) -> None:
    """Play-test 231: after the debtor offered half ($240.75) on Friday the 13th, "And the other
    $240.74?" had agreed $240.74 as the first payment; the read-back "by card", after they had
    said "Bank transfer works for me.", was then agreed without a word."""
    c, _reply = _replied(library, "car_broke_down_partial", 13661, "car_13661", 5)
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("240.75"), dt.date(2026, 3, 13))
    reply = play(c, _from_file("car_13661")[5:7])[1]
    assert "Not card: bank transfer" in reply, reply


def test_what_their_shifts_bring_in_is_answered_with_their_pay(library: Library) -> None:
    """Play-test 232: "How much are those cafe shifts actually bringing in a week?" had got "I
    can't pay that. I honestly don't have it.", a payment refused that nobody asked for."""
    _c, reply = _replied(library, "student_unemployed_hardship", 8641, "hardship_8641", 2)
    assert "can't pay that" not in reply and "two hundred" in reply, reply


def test_when_asked_in_a_word_is_answered_with_a_day(library: Library) -> None:
    """Play-test 232: "Fine. $385. When? And don't say "someday"." had got "$385... yes, I think
    I can find that." and no day."""
    _c, reply = _replied(library, "student_unemployed_hardship", 8641, "hardship_8641", 6)
    assert "Friday the 20th" in reply, reply


def test_a_timid_warning_about_the_car_is_not_answered_no_idea(library: Library) -> None:
    """Play-test 232: "... if nothing gets paid, they might... they might have to take it
    back?" had been read as a question about their pay and got "No idea, sorry."."""
    _c, reply = _replied(library, "malicious_default_legal", 8576, "legal_8576", 5)
    assert "No idea" not in reply, reply


def test_asked_what_they_bring_in_they_say_and_are_not_thought_to_be_let_off(
    library: Library,
) -> None:
    """Play-test 231: "Can I ask roughly what you bring in from the cafe shifts each week ...?"
    got "I'll pay as soon as I find a job, I promise."; then "I hope it's soon. But rather than
    wait, I'd like to set up something small ..." was heard as letting them off and ended the
    call vague."""
    c, reply = _replied(library, "student_unemployed_hardship", 13641, "hardship_13641", 4)
    assert "a hundred a week" in reply, reply
    play(c, _from_file("hardship_13641")[4:5])
    assert not c.finished and c.state == "vague_promise", c.state


def test_a_day_before_their_payday_comes_with_where_the_money_is_found(library: Library) -> None:
    """Play-test 231: the debtor paid at the end of the month offered Friday the 20th with "Fine,
    you've made your point. Let's sort it." to a timid caller who had made none."""
    _c, reply = _replied(library, "lenders_persistent_late", 13666, "juggling_13666", 6)
    assert "made your point" not in reply, reply
    assert "before payday" in reply, reply


def test_some_of_it_asked_is_answered_with_all_of_it_said_as_more(library: Library) -> None:
    """Play-test 231: "could you pay some of it while that gets looked at?" got "All of it,
    $484.80." (a correction, to a question that named no sum); then "When, um, would you be able
    to?" got no day."""
    c, reply = _replied(library, "car_dealer_dispute", 13681, "dealer_13681", 5)
    # (the persona's own way of offering it all: "It's not that I can't pay. Fine: all of it,
    # $484.80. ...", play-test 252)
    assert "all of it, $484.80" in reply and not reply.startswith("All of it"), reply
    reply = play(c, _from_file("dealer_13681")[5:6])[0]
    assert "Tuesday the 17th" in reply, reply


def test_two_days_asked_between_are_not_a_read_back(library: Library) -> None:
    """Play-test 232: "just to be clear, do you want to pay today, or stick with Friday the 13th
    like you said? Either is fine." was heard as a read-back and got "Yes, that's right. I've
    written it down.", the promise taken with no day chosen."""
    c, reply = _replied(library, "student_forgot_first_late", 8616, "student_8616", 6)
    assert "that's right" not in reply and "Tuesday the 10th" in reply, reply
    assert c.state == "negotiating", c.state


def test_giving_in_to_a_threat_is_not_said_with_a_lawyer_in_the_same_breath(
    library: Library,
) -> None:
    """Play-test 232: "Threats now? That's going straight to my lawyer. $2,326.84. Fine. I've
    got it." read as two people."""
    _c, reply = _replied(library, "malicious_default_legal", 8596, "legal_8596", 6)
    assert "$2,326.84" in reply and "lawyer" not in reply, reply


def test_leave_asked_for_a_call_back_is_agreed_to_not_met_with_no_idea(library: Library) -> None:
    """Play-test 233: "Is it, um, okay if we maybe hold off for now and I call back if it still
    doesn't show?" got "No idea, sorry."."""
    _c, reply = _replied(library, "already_paid_not_posted", 13721, "paid_13721", 6)
    assert "No idea" not in reply and reply in ("Okay, fair enough.", "Alright, yeah. Thanks."), (
        reply
    )


def test_whether_they_sent_the_full_sum_is_answered_and_a_favour_agreed(library: Library) -> None:
    """Play-test 233: "And was it, sorry, the full $374.49? I'll, um, ask payments to look for it,
    if that's okay." got "Yes, that's right. No idea, sorry."; "Could you maybe, if it's not too
    much bother, check your banking app later and let us know the amount?" got "I'm not sure, to
    be honest."."""
    c, reply = _replied(library, "already_paid_not_posted", 13781, "paid_13781", 5)
    assert "The full $374.49" in reply and "No idea" not in reply, reply
    reply = play(c, _from_file("paid_13781")[5:7])[1]
    assert reply.startswith("Sure, I can do that.") or reply.startswith("Okay, I'll do that."), (
        reply
    )


def test_what_stopped_the_payments_asked_gently_is_answered(library: Library) -> None:
    """Play-test 233: "... Is there something that's stopped the payments going through?" got
    "Try that again. Properly." (the statement offered heard as evidence asked for)."""
    _c, reply = _replied(library, "rude_defaulter_composure", 13741, "rude_13741", 4)
    assert "Properly" not in reply and "I don't know" not in reply, reply


def test_when_the_next_instalment_is_due_is_answered_from_the_record(library: Library) -> None:
    """Play-test 234: "And, um, the next instalment, when is that due, do you know?" got "Sorry,
    is that the whole amount or just part of it?"."""
    c, reply = _replied(library, "car_broke_down_partial", 8506, "car_8506", 8)
    due = day_text(c.record.next_instalment_due(c.today), c.today)
    assert due in reply and "whole amount" not in reply, reply


def test_the_flatmate_asked_who_they_are_says_so(library: Library) -> None:
    """Play-test 234: "May I ask who I'm talking to?" got where the debtor was; "And sorry, I
    didn't catch your name?" got "I'm not sure, to be honest."."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 8561, "flatmate_8561", 2)
    assert "Jess" in reply, reply
    reply = play(c, _from_file("flatmate_8561")[2:3])[0]
    assert "Jess" in reply and "not sure" not in reply, reply


def test_why_wait_till_their_day_and_do_it_today_asks_for_today(library: Library) -> None:
    """Play-test 234: "why am I waiting till the 20th? Do it today." got "Yes, Friday the 20th, I
    can do that."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 8556, "traveller_8556", 5)
    assert "20th" not in reply, reply
    assert c.debtor.agreed.date == c.today


def test_whether_the_money_really_left_is_answered_from_the_receipt(library: Library) -> None:
    """Play-test 234: "You sure it actually left your account?" got "That's right, yes. Hm, I
    don't know."."""
    _c, reply = _replied(library, "already_paid_not_posted", 8526, "paid_8526", 5)
    assert "don't know" not in reply and "not sure" not in reply, reply


def test_a_sarcastic_caller_is_not_thanked_for_telling_them_so_nicely(library: Library) -> None:
    """Play-tests 235 and 236: after '"Assumed." Yeah, that's how it always goes.', "Today would
    be nice, for once." and "Shocking.", the courteous debtor said "Thank you for letting me know
    so nicely."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 8441, "courteous_8441", 4)
    assert "$407.75" in reply and "nicely" not in reply, reply


def test_before_i_go_any_further_is_no_anything_else_asked(library: Library) -> None:
    """Play-test 236: "Before I go any further, may I ask if I'm speaking with Ryan Lowe?" got
    "No, that's everything. Yeah, it's Ryan."."""
    _c, reply = _replied(library, "malicious_default_legal", 8491, "legal_8491", 1)
    assert "everything" not in reply and "Ryan" in reply, reply


def test_a_call_back_offered_is_taken_not_met_with_no_idea(library: Library) -> None:
    """Play-test 235: "if it doesn't turn up, could someone call you back?" got "Yes, that's
    right. No idea, sorry."."""
    _c, reply = _replied(library, "already_paid_not_posted", 13836, "paid_13836", 6)
    assert "No idea" not in reply and "Yes, please" in reply, reply


def test_the_day_they_paid_worked_out_aloud_is_no_demand_to_pay_again(library: Library) -> None:
    """Play-test 235: "I think the 2nd was Monday, so, um, last Thursday would be the 5th?" and
    "You said Tuesday, so, um, Tuesday the 3rd, reference TRX-84203." were heard as days to pay
    (next Monday, next Tuesday) and got "I'm not paying it twice!"."""
    c, reply = _replied(library, "already_paid_not_posted", 13851, "paid_13851", 6)
    assert "twice" not in reply, reply
    reply = play(c, _from_file("paid_13851")[6:7])[0]
    assert "twice" not in reply and "not sending more" not in reply, reply


# --- play-tests 237 to 240 ----------------------------------------------------------------------
def test_the_debt_said_in_round_words_is_the_debt_not_a_sum_put(library: Library) -> None:
    """Play-test 238: "You're six days late on eight hundred bucks ... Pay it now" (of $843.19)
    was read as $800 put; the debtor agreed "$800, fine" and held to it ("Not $843.19: $800,
    like I said.")."""
    c, _reply = _replied(library, "traveller_forgot_deposit", 8371, "traveller_8371", 4)
    assert c.turns[2].analysis.slots.amount == Decimal("843.19")
    assert c.debtor.agreed.amount == Decimal("843.19"), c.debtor.agreed


def test_the_trainee_taking_back_their_own_sum_is_asked_again(library: Library) -> None:
    """Play-test 238: "Not $800. It's $843.19, the full payment. ... Yes?" after the debtor took
    the trainee's own $800 got "$800, actually, not $843.19." from a debtor who never named
    $800 and can pay it all."""
    c, reply = _replied(library, "traveller_forgot_deposit", 8371, "traveller_8371b", 5)
    assert "not $843.19" not in reply and "$843.19" in reply, reply
    assert c.debtor.agreed.amount == Decimal("843.19"), c.debtor.agreed


def test_the_rests_day_asked_as_a_time_for_it_is_named(library: Library) -> None:
    """Play-test 237: "$210 by Monday the 16th, okay ... And, um, the other $140.44, sorry,
    would there be a time for that too? And how would you like to pay?" got the $210 agreed
    again and no day for the rest."""
    _c, reply = _replied(library, "car_broke_down_partial", 13891, "carbroke_13891", 6)
    assert "$140.44 by" in reply, reply


def test_a_way_too_slow_for_today_is_not_the_one_picked(library: Library) -> None:
    """Play-test 237: "... and then we can get the direct debit set up with your new bank?" had
    agreed the direct debit for today's payment, and "a new direct debit usually takes a few
    days to set up, so for today's payment it's easiest by debit card over the phone, or a bank
    transfer ... Which would you prefer?" got "I'll do it by direct debit"."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=13896)
    replies = play(c, _from_file("personal_13896"))
    assert c.turns[3].analysis.slots.method is None
    assert "direct debit" not in replies[4] and "card" in replies[4], replies[4]
    assert c.debtor.agreed.method == "card"


def test_the_rest_asked_after_a_question_mark_gets_its_own_day(library: Library) -> None:
    """Play-test 242: "Fine, $150 Friday. And the other $170.68? When's that coming ...?" got
    Friday said again; "I heard you about Friday. I'm asking about the REST. $170.68. When?" got
    the rest on Friday too, from a debtor who could only find $150."""
    c = call_in(library, "car_broke_down_partial", seed=8231)
    replies = play(c, _from_file("carbroke_8231")[:6])
    assert "$170.68" in replies[4] and "Friday the 27th" in replies[4], replies[4]
    assert "Friday the 13th" not in replies[5], replies[5]
    assert c.debtor.agreed.rest_date != c.debtor.agreed.date


def test_the_day_the_sum_fell_due_is_no_day_to_pay(library: Library) -> None:
    """Play-test 242: "It's $187.18, from the 3rd. Would you, um, maybe want to pay that ...?"
    (said on the 10th) got "Yes, Friday the 3rd of April suits me."."""
    _c, reply = _replied(library, "personal_loan_courteous_reminder", 8196, "personal_8196", 3)
    assert "April" not in reply, reply


def test_their_income_quoted_back_is_no_instalment(library: Library) -> None:
    """Play-test 241: "With about $200 a fortnight, a full catch-up isn't realistic. What if we
    set up a small plan, say $25 a fortnight to start ...?" got "And $200 a fortnight after
    that.", their whole income, agreed as the rest's instalment."""
    c, reply = _replied(library, "student_unemployed_hardship", 14066, "hardship_14066", 4)
    assert "$200" not in reply, reply
    assert c.debtor.agreed.rest_amount != Decimal("200"), c.debtor.agreed


def test_a_call_back_offered_if_the_transfer_has_not_shown_is_no_demand(library: Library) -> None:
    """Play-test 243: "If it hasn't shown up by, say, next Tuesday the 17th, would it be okay
    for me to give you a call back?" read the 17th as a day to pay and got "I'm not paying it
    twice! I told you, it's paid."."""
    c, reply = _replied(library, "already_paid_not_posted", 14151, "alreadypaid_14151", 5)
    assert "twice" not in reply, reply
    assert c.turns[4].analysis.slots.date is None


def test_all_of_it_or_some_of_it_asked_gets_the_sum_they_can_pay(library: Library) -> None:
    """Play-test 231's question in negotiating: "And would it be all of it, the $350.44, or
    maybe just some of it?" asks how much; a debtor who can pay part names it (it had got
    "Sorry, is that the whole amount or just part of it?")."""
    c, reply = _replied(library, "car_broke_down_partial", 13891, "carbroke_13891b", 5)
    assert "$210" in reply and "whole amount or" not in reply, reply
    assert c.debtor.agreed.amount is None  # named, not yet agreed


@pytest.mark.parametrize(
    ("line", "threatened"),
    [
        ("this is an attempt to collect a debt. ur {amount_overdue} late. pay it or else", True),
        ("This is an attempt to collect a debt. Pay it this week and see what happens if not.",
         True),
        ("This is an attempt to collect a debt. Could you pay by friday, or else next monday?",
         False),
    ],
)  # fmt: skip
def test_a_threat_left_unsaid_is_heard_as_one(
    library: Library, line: str, threatened: bool
) -> None:
    """Played in tmux: "ur 247.92 late. pay it or else" to the first-time late payer got
    "Goodness, has a payment not gone through?", as if nothing had been said."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=5)
    c.say(f"Hi, is this {c.values['debtor_name']}?")
    reply = c.say(line.format(**c.values)).reply
    said = any(variant in reply for variant in c.lines.persona.reactions.threatened or [])
    assert said is threatened, reply


@pytest.mark.parametrize("asked", ["When?", "ok so when exactly?"])
def test_when_asked_alone_is_answered_with_the_day(library: Library, asked: str) -> None:
    """A trainee who, terms put, asks just "When?" got "So are we done? Is that everything?";
    a person names the day (the one agreed, when one is)."""
    c = call_in(library, "student_forgot_first_late", seed=5)
    c.say("Hi, am I speaking with the account holder?")
    c.say(
        "This is Sam from collections about your overdue balance. This is an attempt to"
        " collect a debt."
    )
    c.say("Can you pay the full balance on Friday by card?")
    day = c.debtor.day(c.debtor.agreed.date)
    reply = c.say(asked).reply
    assert day in reply and "are we done" not in reply.lower(), reply


def test_good_luck_with_the_rest_in_a_goodbye_puts_no_sum(library: Library) -> None:
    """Play-test 245: "Thanks so much, Valerie, and good luck getting on top of the rest. ...
    Take care, bye." after a split was agreed read "the rest" as the second part's sum and got
    "Alright, alright. I don't want the agency on me as well. Let's sort it.", as if pushed."""
    c, reply = _replied(library, "lenders_persistent_late", 14206, "lenders_14206", 8)
    assert c.turns[-1].analysis.slots.amount is None
    assert "agency" not in reply and "sort it" not in reply, reply


def test_what_they_take_home_asked_after_sums_is_answered_from_their_work(
    library: Library,
) -> None:
    """Play-test 245: "Give me a number. Fifty? Twenty? What do you actually take home a week
    from the cafe?" got "If I paid the whole $1,240.88 I couldn't pay rent.", the earnings
    asked and not answered."""
    _c, reply = _replied(library, "student_unemployed_hardship", 14226, "hardship_14226", 3)
    assert "a hundred or so" in reply and "1,240.88" not in reply, reply


def test_the_rests_monthly_sum_asked_after_what_is_left_is_named(library: Library) -> None:
    """Play-test 245: "And the rest isn't going away. $1,190.88 left. What can you do monthly
    on top of that" got the question back ("And how much a month would that be, for the
    rest?"): the debtor names what they can do a month."""
    _c, reply = _replied(library, "student_unemployed_hardship", 14226, "hardship_14226", 5)
    assert "a month, maybe" in reply and "how much a month" not in reply.lower(), reply


def test_whether_she_lives_at_the_number_is_answered_by_the_flatmate(library: Library) -> None:
    """Play-test 245: "Does Anna still live at this number, just so I know I've got the right
    place?" got "I'm not sure, to be honest." from the flatmate who had just said she was out."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 14266, "flatmate_14266", 2)
    assert "not sure" not in reply.lower() and "out" in reply, reply


def test_the_direct_debit_for_later_months_leaves_todays_way_alone(library: Library) -> None:
    """Play-test 246: "And for the direct debit, could you send us the new bank details, or
    would you prefer to set that up online?" after card was agreed for today got "Okay, direct
    debit then.", the card dropped; the debtor says they will set the direct debit up."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 8051, "courteous_8051", 6)
    assert c.debtor.agreed.method == "card", c.debtor.agreed
    assert "direct debit then" not in reply and "set the direct debit up" in reply, reply


def test_the_whole_cheque_meaning_their_pay_is_no_way_to_pay(library: Library) -> None:
    """Play-test 246: "Could you do half, $461.62, on March 31st ...? That way we're not taking
    the whole cheque." got "... by cheque. Okay.": the wage read as the way to pay."""
    c, reply = _replied(library, "lenders_persistent_late", 8021, "lenders_8021", 5)
    assert c.debtor.agreed.method is None and "cheque" not in reply, reply


def test_what_they_earn_asked_while_a_plan_is_offered_is_answered(library: Library) -> None:
    """Play-test 246: "Roughly what's coming in each week from those shifts" and, a line later
    with a plan offered, "Do you know roughly what you earn a week from the shifts?" were both
    passed over (and the second got "$326 is the most I could scrape together")."""
    c = call_in(library, "student_unemployed_hardship", seed=8081)
    replies = play(c, _from_file("hardship_8081")[:4])
    assert "a hundred or so" in replies[2], replies[2]
    assert "a hundred a week" in replies[3] and "$326" not in replies[3], replies[3]


def test_a_caller_who_showed_no_understanding_is_not_thanked_for_it(library: Library) -> None:
    """Play-test 246: a caller who said "that's between you and the dealer, not us" and "Oh for
    crying out loud" got "Thank you for actually listening about the car." at the promise."""
    c = call_in(library, "car_dealer_dispute", seed=8091)
    replies = play(c, _from_file("dealer_8091")[:6])
    assert c.outcome == "promise_secured", replies[-1]
    assert "listening" not in replies[-1], replies[-1]


def test_the_rests_day_asked_in_next_month_is_named_in_next_month(library: Library) -> None:
    """Play-test 245: "And, sorry, the other $250.17 next month, um, which day would be okay?"
    was read as letting the rest wait ("Thanks for understanding. I'll get it to you as soon as
    I can.", the call ended short); the debtor names a day for it, in next month."""
    c, reply = _replied(library, "car_broke_down_partial", 14231, "carbroke_14231", 6)
    assert not c.finished and "as soon as I can" not in reply, reply
    assert "$250.17 by" in reply and "April" in reply, reply


def test_whether_they_are_her_flatmate_asked_after_a_pause_is_answered(library: Library) -> None:
    """Play-test 246: "Sorry, and, um, you're her... flatmate, is that right?" was passed over
    ("Sure, I'll tell her to call you back. Bye!"): the pause is no full stop."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 8086, "flatmate_8086", 3)
    assert "flatmate" in reply, reply


def test_a_confirmation_asked_for_if_it_has_not_posted_by_a_day_is_no_demand(
    library: Library,
) -> None:
    """Play-test 248: "If it still hasn't posted by, say, Friday the 13th, would you be able to
    email a copy of that confirmation to our payments team?" got "I'm not paying it twice!"."""
    c, reply = _replied(library, "already_paid_not_posted", 7991, "alreadypaid_7991", 5)
    assert "twice" not in reply, reply
    assert c.turns[-1].analysis.slots.date is None


def test_when_their_pay_comes_in_is_answered_with_their_payday(library: Library) -> None:
    """Play-test 248: "When does your cafe pay come in? Let's line the first payment up with
    that." got "Sorry, which day did you mean?"."""
    _c, reply = _replied(library, "student_unemployed_hardship", 7976, "hardship_7976", 5)
    assert "Friday the 13th" in reply and "which day" not in reply, reply


def test_a_choice_of_days_for_a_sum_agreed_is_answered_with_a_day(library: Library) -> None:
    """Play-test 248: "So which day can you pay the $185 - Friday the 13th, or Tuesday the
    17th?" with $185 on the 17th agreed got "Okay. I want to keep the car, so let's work it
    out.", twice asked and not answered."""
    _c, reply = _replied(library, "car_broke_down_partial", 7931, "carbroke_7931", 7)
    assert "Tuesday the 17th" in reply and "work it out" not in reply, reply


def test_the_first_instalment_put_on_their_payday_keeps_the_plan(library: Library) -> None:
    """Play-test 248: "Um, when would the first one be? Whenever your shifts pay, maybe?" after
    $20 a month was agreed ended the call ("I'll be in touch when I'm working again."): the
    payday is the day put."""
    c, reply = _replied(library, "student_unemployed_hardship", 7921, "hardship_7921", 6)
    assert not c.finished and "Friday the 13th" in reply, reply


def test_a_day_asked_why_of_with_today_put_after_it_is_turned_down(library: Library) -> None:
    """Play-test 247: "Friday? Why Friday? It's a hundred and seventy-eight bucks, not a
    mortgage. Pay it today." got "Yes, Friday the 13th is fine.", as if Friday were agreed."""
    c, reply = _replied(library, "student_forgot_first_late", 14301, "student_14301", 3)
    assert c.turns[-1].analysis.slots.date == c.debtor.today
    assert "today" in reply.lower() and "Friday the 13th is fine" not in reply, reply


def test_the_dealer_dispute_told_to_the_lender_and_a_note_offered_are_answered(
    library: Library,
) -> None:
    """Play-test 247: "Have you told us about the dealer before, in writing or anything?", asked
    twice, and "Would it maybe help if I opened a dispute note on the account ...?" got more
    of the dealer story each time."""
    c = call_in(library, "car_dealer_dispute", seed=14306)
    replies = play(c, _from_file("dealer_14306")[:6])
    told = c.lines.acts["ask_told_lender"].answers
    assert any(answer in replies[3] for answer in told), replies[3]
    assert any(answer in replies[4] for answer in told), replies[4]
    noted = c.lines.acts["offer_dispute_note"].answers
    assert any(answer in replies[5] for answer in noted), replies[5]


def test_the_way_asked_between_a_card_and_a_transfer_is_no_offer_to_thank_for(
    library: Library,
) -> None:
    """Play-tests 245 and 247: "How would you like to pay today's amount? I can take a debit
    card over the phone now, or you can do a bank transfer" got "Sure, that would help.
    Thanks." before the way: the way is the answer."""
    _c, reply = _replied(library, "car_broke_down_partial", 14296, "carbroke_14296", 6)
    assert "that would help" not in reply and "card" in reply, reply


def test_what_they_earn_quoted_back_is_no_sum_put(library: Library) -> None:
    """Play-test 247: "Two hundred a fortnight. Right. So what can you actually put towards
    this" after "That's maybe two hundred a fortnight, and rent takes most of it" read $200 as
    a sum put (and "$326 a month? On two hundred a fortnight?" later got "Yes, $200.")."""
    c = call_in(library, "student_unemployed_hardship", seed=14316)
    replies = play(c, _from_file("hardship_14316")[:7])
    assert c.turns[3].analysis.slots.amount is None
    assert c.turns[6].analysis.slots.amount != 200  # ($326, their own figure, questioned)
    assert "$200" not in replies[6], replies[6]


def test_their_payday_asked_with_the_sum_is_the_day_they_name(library: Library) -> None:
    """Play-test 249: "When's payday, exact date, and how much?" got "Payday's Tuesday the
    31st ... Anything before that, someone else goes without. Whatever's easiest. How can I
    pay?": the "how much" read as the way asked, and no day of theirs named."""
    c, reply = _replied(library, "lenders_persistent_late", 14331, "lenders_14331", 4)
    assert "How can I pay" not in reply, reply
    assert c.debtor.named_day == c.record.next_payday, reply


def test_the_card_asked_for_after_the_promise_is_read_out_once(library: Library) -> None:
    """Play-test 249: "Read me the card when you're ready." got "Okay. Got it.", "Go on, the
    long number on the front." got "Right. Thanks.", and "Are you paying now or not?" got "I'd
    rather keep that to myself, thanks." after a card payment today was promised."""
    c = call_in(library, "traveller_forgot_deposit", seed=14376)
    replies = play(c, _from_file("traveller_14376")[:7])
    assert "reads out" in replies[4], replies[4]
    assert "read it out to you" in replies[5], replies[5]
    assert "keep that to myself" not in replies[6] and "by card" in replies[6], replies[6]


def test_why_the_automatic_payment_failed_is_answered_from_what_happened(
    library: Library,
) -> None:
    """Play-test 249: "Do you know why the automatic payment might not have run?" got "Yeah,
    I'll get to it. Soon.", the question passed over."""
    c, reply = _replied(library, "student_forgot_first_late", 14401, "student_14401", 3)
    assert any(answer in reply for answer in facts(c, "what_happened")), reply


def test_the_payment_they_say_they_made_asked_about_is_no_read_back(library: Library) -> None:
    """Play-test 250: "If you paid, can you tell me when, how much, and how you paid it ...?"
    got "We haven't agreed anything yet.", as if the terms were asked to be said back."""
    _c, reply = _replied(library, "malicious_default_legal", 7931, "malicious_7931", 3)
    assert "agreed" not in reply, reply


def test_the_rests_instalment_and_the_way_asked_together_are_both_answered(
    library: Library,
) -> None:
    """Play-test 250: "How will you pay the $1,000, card or bank transfer? And for the
    remaining $2,513.24, what could you do each month after that?" got the rest's instalment
    alone."""
    c, reply = _replied(library, "malicious_default_legal", 7886, "malicious_7886", 7)
    assert "a month" in reply and c.debtor.agreed.method is not None, reply


def test_the_flatmate_threatened_takes_the_message_without_a_cheery_no_problem(
    library: Library,
) -> None:
    """Play-test 249: "tell her to call ... back today ..., or next time I'll be calling her
    boss. Got that?" got "No problem, I'll leave her a note. Bye."."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 14406, "flatmate_14406", 4)
    assert Act.THREAT in c.turns[-1].analysis.acts
    assert "No problem" not in reply and "Bye" in reply, reply


def test_a_nod_before_it_is_just_is_no_kindness_to_thank_for(library: Library) -> None:
    """Play-test 249: "Okay, um, that makes sense... sorry, it's just, I'm meant to try and
    get something, sort of, written down?" got "Thank you. It's been a rough couple of
    weeks." (a second thanks in a row)."""
    _c, reply = _replied(library, "car_broke_down_partial", 14351, "carbroke_14351", 4)
    assert not reply.startswith(("Thank", "Thanks", "I appreciate")), reply


def test_when_exactly_asked_beside_a_sum_gets_a_day(library: Library) -> None:
    """Play-test 249: "$359? Why $359 ...? Fine, whatever. When, exactly? Not 'this week', a
    day." got "$359, yes. I can manage that.", and no day."""
    c, reply = _replied(library, "car_broke_down_partial", 14391, "carbroke_14391", 3)
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in reply, reply


def test_any_small_amount_they_could_manage_is_answered_with_a_sum(library: Library) -> None:
    """Play-test 250: "Is there, maybe, any small amount you could manage from the cafe
    shifts? Only if you can." got "Thanks for saying that. Most people don't." alone."""
    _c, reply = _replied(library, "student_unemployed_hardship", 7951, "hardship_7951", 4)
    assert re.search(r"\$\d|a third|a bit every", reply), reply


def test_the_debt_told_the_flatmate_twice_is_taken_in_not_heard_anew(library: Library) -> None:
    """Play-test 252: the amount told, the flatmate asked "How much?"; told again ("I literally
    just told you."), she was surprised all over again ("Oh! Money trouble? I had no idea.")."""
    c = call_in(library, "wrong_party_flatmate_message", seed=7796)
    replies = play(c, _from_file("flatmate_7796")[:4])
    assert "How much" not in replies[2], replies[2]
    assert "no idea" not in replies[3] and "Got it" in replies[3], replies[3]


def test_when_and_how_asked_with_fillers_get_a_day_and_a_way(library: Library) -> None:
    """Play-test 252: "Um, when would you, um, be able to do that? And how, sorry?" got "Okay,
    thanks."; and the dealer-dispute driver who pays it all after all says why."""
    c = call_in(library, "car_dealer_dispute", seed=7836)
    replies = play(c, _from_file("dealer_7836")[:6])
    assert "not the problem" in replies[4] or "not that I can't" in replies[4], replies[4]
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in replies[5]


def test_the_juggler_who_finds_it_all_says_who_waits(library: Library) -> None:
    """Play-test 251: "I can pay the whole $763.77, actually." a breath after "You and four
    others are already queuing for it", with no word of why."""
    _c, reply = _replied(library, "lenders_persistent_late", 14451, "lenders_14451", 4)
    assert "$763.77" in reply and ("first" in reply or "shouting" in reply), reply


def test_a_read_back_with_the_wrong_way_and_is_that_right_is_put_right(
    library: Library,
) -> None:
    """Play-test 251: "So, um, $1,333.58 by card on Tuesday the 31st of March. Is that, um,
    right?" after "Bank transfer" got "Okay, card then.", and card was recorded."""
    c, reply = _replied(library, "lenders_persistent_late", 14486, "lenders_14486", 8)
    assert "bank transfer" in reply.lower() and c.debtor.agreed.method == "transfer", reply


def test_a_link_to_set_up_a_direct_debit_later_changes_no_way_to_pay(library: Library) -> None:
    """Play-test 251: "Would you like me to also send you a link to set up a direct debit, so
    future payments go out automatically?" with card agreed got "Online payment is fine too",
    and "the direct debit is only for future months ... stick with card ... or online?" got
    "Not direct debit: online payment, like I said."."""
    c = call_in(library, "student_forgot_first_late", seed=14446)
    replies = play(c, _from_file("student_14446")[:6])
    assert "Online" not in replies[4] and c.turns[4].analysis.slots.method is None, replies[4]
    assert c.debtor.agreed.method == "card" and "direct debit" not in replies[5], replies[5]


def test_who_am_i_um_speaking_with_is_answered_by_the_flatmate(library: Library) -> None:
    """Play-test 251: "Sorry, who am I, um, speaking with?" got "Hm, I don't know."."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 14456, "flatmate_14456", 2)
    assert c.persona.speaker is not None and c.persona.speaker.name in reply, reply


def test_the_debtors_own_lawyer_asked_after_is_no_legal_threat(library: Library) -> None:
    """Play-test 251: "Your lawyer, sure. What's his name and number?" got "You've lost me.",
    and "Give me the lawyer's name or admit there isn't one." got "Threats now?"."""
    c = call_in(library, "malicious_default_legal", seed=14421)
    replies = play(c, _from_file("malicious_14421")[:5])
    answers = c.lines.acts["ask_attorney"].answers
    assert any(answer in replies[3] for answer in answers), replies[3]
    assert Act.LEGAL_ACTION not in c.turns[4].analysis.acts and "Threats" not in replies[4]


def test_a_monthly_sum_asked_of_the_hard_up_is_a_sum_a_month(library: Library) -> None:
    """Play-test 251: "A payment plan. Every month. How much can you pay each month?" got
    "I could manage $441." from the graduate whose shifts barely cover rent: a third of it
    all, not a monthly sum."""
    c, reply = _replied(library, "student_unemployed_hardship", 14436, "hardship_14436", 4)
    assert re.search(r"\$\d+ a month", reply), reply
    assert c.debtor.named_amount is not None and c.debtor.named_amount < 200, reply


def test_the_card_read_out_asked_again_is_read_out_again(library: Library) -> None:
    """Played in tmux: "Sorry, the line cut out. Could you read it again?" after the card was
    read out got "I said, got it here. (reads out ...)"."""
    c = call_in(library, "traveller_forgot_deposit", seed=3)
    owed = c.values["amount_overdue"]
    replies = play(
        c,
        [
            f"Hi, is this {c.values['debtor_name']}? It's Sam from {c.values['lender']}.",
            "Thanks. This is an attempt to collect a debt and any information obtained will be "
            f"used for that purpose. Your payment of {owed} is late.",
            f"Could you pay the full {owed} by card now, over the phone?",
            f"Great, so {owed} by card today. Is that right?",
            "Perfect, read me the long number on the card when you're ready.",
            "Sorry, the line cut out. Could you read it again?",
        ],
    )
    assert "(reads out" in replies[4], replies[4]
    assert replies[5].startswith("Okay, once more. (reads out"), replies[5]


def test_a_nervous_ask_with_fillers_is_an_ask_not_small_talk(library: Library) -> None:
    """Play-test 254: "Ha, um, no, sorry... I'm quite new. I just, I was wondering if maybe
    there's a way you could, um, pay some of it? If that's okay?" got "Are you seriously making
    small talk right now?"."""
    c, reply = _replied(library, "rude_defaulter_composure", 7746, "rude_7746", 3)
    assert Act.ASK_PAYMENT in c.turns[-1].analysis.acts and "small talk" not in reply, reply


def test_terms_put_to_a_debtor_still_putting_it_off_are_heard(library: Library) -> None:
    """Play-test 254: "Would, um, $400 on the 31st be possible?" to the juggler not yet pressed
    enough got "Give me till the end of the month and I'll get it sorted, I swear.", the third
    put-off in a row with no word of the $400."""
    c, reply = _replied(library, "lenders_persistent_late", 7776, "lenders_7776", 6)
    assert c.state == "vague_promise" and reply.startswith("$400? I can't promise"), reply


def test_if_it_has_not_shown_by_friday_is_no_day_to_pay(library: Library) -> None:
    """Play-test 253: "I'll put a note on the account ..., and if it hasn't shown by, um, say
    Friday, maybe we'd call you back?" got "I'm not paying it twice!"."""
    c, reply = _replied(library, "already_paid_not_posted", 14516, "paid_14516", 5)
    assert c.turns[-1].analysis.slots.date is None and "twice" not in reply, reply


def test_put_them_on_asks_the_flatmate_for_the_account_holder(library: Library) -> None:
    """Played in tmux: "Yeah, is this the right number for the account holder? Put them on."
    got "Yes, that's fine." from the flatmate, the request to fetch her passed over."""
    c = call_in(library, "wrong_party_flatmate_message", seed=5)
    reply = c.say("Yeah, is this the right number for the account holder? Put them on.").reply
    assert Act.VERIFY_IDENTITY in c.turns[-1].analysis.acts
    assert c.state == "not_here" and ("not in" in reply or "out" in reply), reply


@pytest.mark.parametrize(
    ("scenario_id", "seed"),
    [("wrong_party_flatmate_message", 1), ("student_forgot_first_late", 2)],
)
def test_the_right_number_for_the_account_holder_asks_for_the_person(
    library: Library, scenario_id: str, seed: int
) -> None:
    """Played in tmux: "Hi, is this the right number for the account holder?" got "Yes,
    that's fine." (a number checked) before the flatmate said she was out, and the student
    said it before "That's me."; it asks for the person, and only they answer."""
    c = call_in(library, scenario_id, seed=seed)
    reply = c.say("Hi, is this the right number for the account holder?").reply
    assert Act.VERIFY_IDENTITY in c.turns[-1].analysis.acts
    assert "fine" not in reply, reply
    assert ("me" in reply) if scenario_id.startswith("student") else ("out" in reply), reply


def test_a_call_back_offered_for_friday_is_no_day_to_pay(library: Library) -> None:
    """Play-test 255: "If it doesn't turn up, would it be alright if I called you back, say,
    Friday?" to a customer who had paid got "I'm not paying it twice!": the day to call back
    was read as a day to pay."""
    c, reply = _replied(library, "already_paid_not_posted", 14586, "paid_14586", 4)
    assert c.turns[-1].analysis.slots.date is None, c.turns[-1].analysis
    assert "twice" not in reply, reply


def test_the_day_named_when_asked_is_not_followed_by_paying_now(library: Library) -> None:
    """Play-test 255: "do you, um, know roughly which day?" got "Friday the 20th would work for
    me. Fine, if it can be done from my phone, let's do it now.": the traveller named a day and
    in the same breath offered to pay at once."""
    c, reply = _replied(library, "traveller_forgot_deposit", 14566, "traveller_14566", 4)
    assert "Friday the 20th" in reply and "now" not in reply, reply


def test_a_plan_taken_for_now_says_yes_to_today_once(library: Library) -> None:
    """Play-test 256: "Even like a smaller amount now, and the rest later?" got "Yes, please.
    $187 now, the rest next month - I can do that. Fine, today. That works.": today said yes
    to twice."""
    c, reply = _replied(library, "car_broke_down_partial", 7756, "carbroke_7756", 4)
    assert "now" in reply and "today" not in reply.lower(), reply


def test_or_whenever_beside_a_day_agreed_does_not_end_the_call_vague(library: Library) -> None:
    """Play-test 256: "would something like the 10th of April work for that? Or whenever you
    get paid" agreed the rest's day and ended the call as a vague promise in the same turn."""
    c, reply = _replied(library, "car_broke_down_partial", 7756, "carbroke_7756", 6)
    assert not c.finished and c.debtor.agreed.rest_date is not None, (c.state, reply)


def test_a_call_back_to_set_up_the_rest_is_a_goodbye_not_a_read_back(library: Library) -> None:
    """Play-test 256: "I'll call you again early next week to set up the rest. ... Have a good
    day, goodbye." took "the rest" for a sum said back and got "Yes, that's right: $1,037,
    Friday the 13th, card. Bye." a turn after the debtor had said it all."""
    c, reply = _replied(library, "malicious_default_legal", 7706, "malicious_7706", 9)
    assert c.turns[-1].analysis.slots.amount is None
    assert "$1,037" not in reply and "Bye" in reply, reply


def test_whenever_suits_said_to_a_mocking_debtor_is_no_vague_promise(library: Library) -> None:
    """Play-test 255: "wondering if maybe you might be able to do something about that?
    Whenever suits, I guess." to the rude defaulter, who had promised nothing, ended the call
    recorded as a vague promise; it is the customer let off, and no goal reached."""
    c, _reply = _replied(library, "rude_defaulter_composure", 14551, "rude_14551", 3)
    assert c.finished and c.outcome.value == "let_off", c.outcome
    assert not c.promise.vague and c.promise.amount is None


def test_the_payment_they_claim_asked_after_is_no_read_back_asked(library: Library) -> None:
    """Play-test 258: "Can you tell me when you paid, how much, and how - card, transfer,
    cheque?" to a debtor who says they paid got "We haven't agreed anything yet.": the
    payment made, asked after, was taken for the terms asked to be said back."""
    c, reply = _replied(library, "malicious_default_legal", 7666, "malicious_7666", 4)
    assert "asks_read_back" not in {cue.name for cue in c.turns[-1].analysis.cues}
    assert "agreed anything" not in reply, reply


def test_sorry_for_taking_your_time_and_this_number_asked_for_a_call_back(
    library: Library,
) -> None:
    """Play-test 258: "someone will call you back. Is this number okay for that? Sorry for
    taking your time." got "No idea, sorry." from the rude defaulter, and the apology for the
    call's time was read as letting them off ("take your time")."""
    c, reply = _replied(library, "rude_defaulter_composure", 7641, "rude_7641", 7)
    assert Act.ACCEPT_VAGUE not in c.turns[-1].analysis.acts
    assert "No idea" not in reply and "fine" in reply, reply


def test_a_sum_set_aside_as_too_much_is_not_the_one_put(library: Library) -> None:
    """Play-test 257: "If $400 feels too much, what figure would you be comfortable with on
    the 31st? Even $250 is fine" got "$400? I can't promise that.": the sum set aside was
    answered, not the one put."""
    c, reply = _replied(library, "lenders_persistent_late", 14671, "lenders_14671", 6)
    assert c.turns[-1].analysis.slots.amount == Decimal("250"), c.turns[-1].analysis.slots
    assert "$400" not in reply, reply


def test_card_number_then_asked_before_the_read_back_gets_the_card_read_out(
    library: Library,
) -> None:
    """Play-test 257: "Finally. Card number then, I haven't got all morning" with $813.36 by
    card today agreed got "Okay. Got it."; the traveller reads the card out."""
    c, reply = _replied(library, "traveller_forgot_deposit", 14631, "traveller_14631", 4)
    assert "reads out" in reply, reply


def test_would_you_be_okay_to_check_with_your_bank_is_a_favour_agreed(library: Library) -> None:
    """Play-test 257: "If it turns out it didn't arrive, would you be okay to check with your
    bank on your side too?" got "I'm not sure, to be honest." from a customer with a
    reference number in hand."""
    c, reply = _replied(library, "already_paid_not_posted", 14641, "paid_14641", 5)
    assert "not sure" not in reply and "I can do that" in reply, reply


def test_the_rest_said_about_to_the_dollar_is_not_the_first_part(library: Library) -> None:
    """Play-test 259: "So $261 to start. Then for the rest, about $484, could you do something
    like $121 a month for four months?" (of $745.48) got "Yes, $484. I can manage that.", and
    $484 was recorded as the first payment though $261 was read back and said."""
    c = call_in(library, "student_unemployed_hardship", seed=14711)
    replies = play(c, _from_file("hardship_14711"))
    assert "$484" not in replies[5], replies[5]
    assert c.promise.amount == Decimal("261"), c.promise


def test_would_it_maybe_be_okay_if_we_called_back_is_agreed(library: Library) -> None:
    """Play-test 260: "Would it, maybe, be okay if we called back if it still doesn't show up?"
    got "No idea, sorry." (the filler hid the question)."""
    c, reply = _replied(library, "already_paid_not_posted", 7571, "paid_7571", 5)
    assert "No idea" not in reply, reply


def test_you_said_write_okay_takes_the_request(library: Library) -> None:
    """Play-test 255: after "I'm asking you to stop calling this number. Write to me instead.",
    a timid "... no, sorry. You said write. Okay." got "Right. Go on.", inviting the caller to
    carry on; the request taken, the debtor ends the call."""
    c, reply = _replied(library, "stop_calling_cease_contact", 14596, "stopcall_14596", 4)
    assert c.state == "contact_ceased" and "Go on" not in reply, (c.state, reply)


def test_the_juggler_does_not_say_a_friendly_caller_is_shouting(library: Library) -> None:
    """Play-test 257: "Forget the $400. Give me a number you know you can do on the 31st" from
    a caller who had said they would not shout got "You're shouting loudest. All of it"."""
    c, reply = _replied(library, "lenders_persistent_late", 14671, "lenders_14671", 7)
    # (the day, or the sum, they can do on it: since session 46 the $250 offered a line before
    # is taken, so "All of it" is no longer what they answer)
    # (or the sum they can do, named: "I could manage $250.")
    assert "shouting" not in reply and any(w in reply for w in ("31st", "All of it", "$250")), reply


def test_the_flatmate_asks_whom_a_hello_is_for_rather_than_name_the_debtor(
    library: Library,
) -> None:
    """Play-test 262: "hi, um, hello, sorry, is, um... who's this, sorry?" got "This is Jess,
    the flatmate. Amanda? She's not in right now.": the debtor's name given away to a caller
    who had named nobody. The flatmate asks whom they want; named, she says the debtor is out."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 7531, "flatmate_7531", 1)
    assert c.record.first_name not in reply and "Who did you want?" in reply, reply
    c, reply = _replied(library, "wrong_party_flatmate_message", 7531, "flatmate_7531", 2)
    assert c.state == "not_here" and "out" in reply, (c.state, reply)


def test_a_message_passed_on_and_a_uk_number_leave_the_message(library: Library) -> None:
    """Play-test 262: "could you, um, maybe pass on that someone called for her?" got "Hm, I
    don't know.", and "it's 0800 555 214, and she can ask for Priya" was not heard as the
    number; "thanks Jess, ..." to the flatmate who gave her name was taken for a wrong name."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 7531, "flatmate_7531", 3)
    assert "number" in reply and c.state == "number_asked", (c.state, reply)
    c = call_in(library, "wrong_party_flatmate_message", seed=7591)
    replies = play(c, _from_file("flatmate_7591"))
    assert c.outcome is not None and c.outcome.value == "message_left", c.outcome
    assert not any("nobody called Jess" in r for r in replies), replies


def test_stopping_calls_only_once_paid_is_no_acknowledgement(library: Library) -> None:
    """Play-test 261: "we'll stop calling when you pay. simple as that. 704.60, give me a date"
    got "Good. Goodbye." and the call ended as contact ceased: a refusal taken for the request
    granted. The debtor presses the request instead."""
    c, reply = _replied(library, "stop_calling_cease_contact", 14816, "stopcall_14816", 3)
    assert c.state != "contact_ceased" and "Good. Goodbye." not in reply, (c.state, reply)


def test_the_card_asked_for_with_card_today_agreed_is_read_out(library: Library) -> None:
    """Play-test 261: with $250 by card today agreed, "ok so read me the card number then, lets
    get it done while youre on the phone" got "Okay, thank you. Let's sort it out.", and "we
    already worked it out! 250 today on card, 64.02 friday. you agreed." got "let's work it
    out" again: the card is read out, and the two parts said back are the ones agreed."""
    c, reply = _replied(library, "car_broke_down_partial", 14786, "carbroke_14786", 6)
    assert "reads out" in reply and "sort it out" not in reply, reply
    c, reply = _replied(library, "car_broke_down_partial", 14786, "carbroke_14786", 8)
    assert "work it out" not in reply and "$64.02" in reply, reply
    assert c.debtor.confirmed and c.debtor.agreed.rest_amount == Decimal("64.02"), c.debtor.agreed


def test_a_reaction_is_not_said_twice_in_a_call(library: Library) -> None:
    """Play-test 262: the malicious defaulter said "Threats now? I'll remember that." at turn 4
    and again at turn 8, word for word, once his three reactions to threats were used up."""
    c = call_in(library, "malicious_default_legal", seed=7566)
    replies = play(c, _from_file("malicious_7566"))
    assert sum("Threats now? I'll remember that." in r for r in replies) == 1, replies
    assert c.outcome is not None and c.outcome.value == "promise_secured", c.outcome


def test_the_best_number_in_case_of_anything_else_is_answered(library: Library) -> None:
    """Play-test 262: "is this still the best number to reach you on, in case we need anything
    else?" got "No, that's all, thanks.", as if asked whether there was anything else."""
    c, reply = _replied(library, "already_paid_not_posted", 7586, "paid_7586", 6)
    assert "that's all" not in reply and "fine" in reply, reply


def test_the_traveller_asked_what_time_he_lands_says_so(library: Library) -> None:
    """Play-test 261: "when you land? youre on a plane? what time do you land, and where" got
    "Hm, I don't know.", and the landing time came a turn later, unasked."""
    c, reply = _replied(library, "traveller_forgot_deposit", 14831, "traveller_14831", 4)
    assert "don't know" not in reply and "land" in reply, reply


def test_calling_whenever_we_like_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 262: "we'll call whenever we like while you owe us money. you cant just hide
    from it. just tell me a date" to the debtor who asked for no more calls got "Okay. And?":
    the caller's "whenever we like" was read as the payment left to them, and "tell me a date"
    was not heard. The debtor presses the request."""
    c, reply = _replied(library, "stop_calling_cease_contact", 7551, "stopcall_7551", 3)
    assert c.state == "pushed" and "And?" not in reply, (c.state, reply)


def test_what_is_realistic_even_if_not_the_full_sum_asks_for_no_sum(library: Library) -> None:
    """Play-test 262: "What would be realistic on payday, honestly, even if it's not the full
    1391?" got "$1,391? I can't promise that.", as if the whole had been asked for."""
    c, reply = _replied(library, "lenders_persistent_late", 7571, "lenders_7571", 4)
    assert "can't promise" not in reply, reply


def test_the_debtor_who_wants_no_calls_says_they_do_not_dispute_the_debt(
    library: Library,
) -> None:
    """Play-test 262: "you know you owe it right? you're not disputing it?" got "No idea,
    sorry." from the debtor who asked for letters: the debt is not what they object to."""
    c = call_in(library, "stop_calling_cease_contact", seed=7551)
    lines = [
        "Hi, is this {debtor_name}?",
        "This is Sam from {lender}. You owe {amount_overdue}. When can you pay?",
        "you know you owe it right? you're not disputing it?",
    ]
    reply = play(c, lines)[-1]
    assert "No idea" not in reply and ("writing" in reply or "what I owe" in reply), reply


def test_something_going_on_is_asked_what_happened(library: Library) -> None:
    """Play-test 262: "It's been a couple of months, is something going on that's made it
    tricky to pay?" got "No idea, sorry." from the rude defaulter, who has his own answer."""
    c, reply = _replied(library, "rude_defaulter_composure", 7556, "rude_7556", 3)
    assert "No idea" not in reply, reply
    assert any(fill(line, c.values) in reply for line in c.persona.facts[Topic.WHAT_HAPPENED])


def test_the_graduate_asked_about_benefits_says_they_applied(library: Library) -> None:
    """Play-test 261: "Are you getting any kind of benefit or support at the moment, or just
    the cafe money?" and "So no benefits at all then?" got "Hm, I don't know.": the graduate
    has applied for unemployment support, and says so."""
    c, reply = _replied(library, "student_unemployed_hardship", 14826, "hardship_14826", 3)
    assert "unemployment support" in reply, reply
    c, reply = _replied(library, "student_unemployed_hardship", 14826, "hardship_14826", 4)
    assert "unemployment support" in reply and "don't know" not in reply, reply


def test_the_name_they_gave_said_back_takes_them_at_their_word(library: Library) -> None:
    """Play-test 264: "Who's this" - "It's Linda Harrington." - "Right Linda, Murphy Bank
    collections. ..." left the debtor in the first state, and she went on "Sorry, I missed
    that, I'm just parking.", "Sorry, is this the garage?" and "Who did you want, sorry?"."""
    c, reply = _replied(library, "car_broke_down_partial", 7511, "carbroke_7511", 3)
    assert c.debtor.identity_verified and "parking" not in reply, (c.state, reply)


def test_a_count_of_things_said_back_is_no_sum_offered(library: Library) -> None:
    """Play-test 264: "Sixty, wow, that's rough, I'm sorry. ... Roughly how much do you have
    left each month after rent and food?" after "I've applied to about sixty places" got
    "$60... yes, I think I can find that.", and $60 went into the promise."""
    c, reply = _replied(library, "student_unemployed_hardship", 7471, "hardship_7471", 4)
    assert "$60" not in reply and c.debtor.agreed.amount is None, (reply, c.debtor.agreed)


def test_is_this_a_good_time_is_no_identity_check(library: Library) -> None:
    """Play-test 264: "hi, um, sorry, is this a good time?" to Amy Jones got "That's me. Is
    something wrong?": the "a" was taken for her initial."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 7491, "courteous_7491", 1)
    assert "That's me" not in reply and not c.debtor.identity_verified, reply


def test_terms_said_back_with_no_way_to_pay_get_asked_how(library: Library) -> None:
    """Play-test 266: "so just to um double check, thats the full $773.89 paid by friday the
    13th ... is that right?", no way to pay ever named, got "That's right, yes." and the call
    ended a vague promise: the debtor, who has to pay it somehow, asks how."""
    c, reply = _replied(library, "car_dealer_dispute", 7436, "dealer_7436", 6)
    assert "pay" in reply.split("right, yes.")[-1].lower() and "?" in reply, reply


def test_a_sum_ruled_out_is_not_agreed(library: Library) -> None:
    """Play-test 263: "give me a number and a date. and it better be a real number not 20
    quid" got "Alright, $20. Fine.", and $20 went into the promise."""
    c, reply = _replied(library, "malicious_default_legal", 14871, "malicious_14871", 6)
    assert "$20." not in reply and c.debtor.agreed.amount != 20, (reply, c.debtor.agreed)


def test_a_state_line_used_up_is_not_said_again_after_a_reaction(library: Library) -> None:
    """Play-test 265: "Send another letter. I've got a drawer full of them." at turn 2 came back
    word for word at turn 5, after "Threats? Over a car loan? You can't say that."."""
    c = call_in(library, "malicious_default_legal", seed=15001)
    replies = play(c, _from_file("malicious_15001")[:5])
    assert sum("drawer full of them" in r for r in replies) == 1, replies


# --- play-tests 267 and 268 ----------------------------------------------------------------
def test_a_day_asked_whether_too_soon_is_no_vague_promise_accepted(library: Library) -> None:
    """Play-test 267: "ok great. um, sorry, my supervisor says i should ask for a day? like would
    friday be ok, or is that too soon" got "Thank you, I'll sort it out. Goodbye." and the call
    ended a vague promise: "ok ... too soon" was taken for "soon is ok"."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 15016, "courteous_15016", 4)
    assert "Friday the 13th" in reply and c.outcome is None, (reply, c.outcome)


def test_is_there_a_day_thats_good_gets_a_day(library: Library) -> None:
    """Play-tests 267 and 268: "is there like a day thats good?" and "would you maybe be able to
    say roughly when? like, sorry, i'm supposed to ask for a date" got "Sure, that makes sense.
    Sorry again." and "Happy to get that sorted.": the day asked is named."""
    for scenario, seed, played, turn in (
        ("student_forgot_first_late", 15031, "student_15031", 4),
        ("personal_loan_courteous_reminder", 7351, "courteous_7351", 4),
    ):
        c, reply = _replied(library, scenario, seed, played, turn)
        assert c.debtor.named_day is not None, (played, reply)
        assert day_text(c.debtor.named_day, c.today) in reply, (played, reply)


def test_a_standing_order_for_later_asked_as_a_favour_is_agreed_not_the_payments_way(
    library: Library,
) -> None:
    """Play-test 267: with $686.59 online tonight agreed, "and set up a standing order or
    something so this doesnt happen every time you go on a trip. can you do that" got "Was
    there anything else?", and "standing order. automatic payment. will you set one up, yes or
    no" made tonight's payment a standing order."""
    c, reply = _replied(library, "traveller_forgot_deposit", 15041, "traveller_15041", 6)
    assert reply in DEFAULT_CLARIFY["will_do"], reply
    c = call_in(library, "traveller_forgot_deposit", seed=15041)
    play(c, _from_file("traveller_15041")[:7])
    assert c.debtor.agreed.method == "online", c.debtor.agreed


def test_a_promise_made_in_full_stands_when_the_debtor_then_leaves(library: Library) -> None:
    """Play-test 267: "$686.59, Tuesday the 10th, by online payment. Fine, consider it done."
    then, a line later, "Good, I'll sort it when I'm back. Boarding now. Bye." ended the call
    "Vague promise only": the promise had been made and confirmed in full before they went."""
    c = call_in(library, "traveller_forgot_deposit", seed=15041)
    play(c, _from_file("traveller_15041")[:7])
    assert c.finished and c.debtor.confirmed, (c.state, c.debtor.confirmed)
    assert c.outcome == Outcome.PROMISE_SECURED, c.outcome


def test_the_rest_said_back_after_the_first_part_is_taken_confirms_the_promise(
    library: Library,
) -> None:
    """Play-test 267: "$300, Tuesday the 10th, and the other $116.59 by Friday the 13th, card.
    Yes." and, once the card was read out, "ok thats gone through, 300 taken. so 116.59 friday
    the 13th, same card. dont miss it" - "And $116.59 more by Friday the 13th. Okay.": the call
    ended "unconfirmed"."""
    c = call_in(library, "car_broke_down_partial", seed=15056)
    play(c, _from_file("carbroke_15056"))
    assert c.promise.confirmed and c.outcome == Outcome.PROMISE_SECURED, c.outcome


def test_the_account_number_as_the_payments_reference_is_not_asked_for(library: Library) -> None:
    """Play-test 267: "Easiest is through the app or online banking, just use your loan account
    number as the reference. ..." got "Sure, the last four are 3163.": how to pay, told, read
    as the security question."""
    c, reply = _replied(library, "lenders_persistent_late", 15006, "lenders_15006", 8)
    assert c.values["account_last4"] not in reply, reply


def test_the_juggler_says_how_many_others_they_pay(library: Library) -> None:
    """Play-test 267: "Which of those is the most pressing for you right now?" and "how many
    others are you paying each month roughly?" got an unasked-for promise: the borrower with too
    many lenders says who they are."""
    for seed, played, turn in ((15006, "lenders_15006", 3), (15066, "lenders_15066", 4)):
        c, reply = _replied(library, "lenders_persistent_late", seed, played, turn)
        assert "payday loan" in reply, (played, reply)


def test_a_plan_of_what_the_caller_will_do_closed_by_that_ok_is_agreed(library: Library) -> None:
    """Play-test 267: "I'll pass TRX-38712 to our payments team to trace, and I'll put a hold on
    the account ... Should be sorted in 3 to 5 working days. That ok?" got "I'm not sure, to be
    honest.", a purely favourable offer doubted."""
    c, reply = _replied(library, "already_paid_not_posted", 15051, "alreadypaid_15051", 6)
    assert reply in DEFAULT_CLARIFY["agreed"], reply


def test_when_did_you_supposedly_pay_is_the_payment_claimed(library: Library) -> None:
    """Play-test 268: "you didnt pay, nothing came in ... when did you supposedly pay and how"
    got "You've lost me. Not that I care.": the malicious defaulter answers about the payment he
    claims, as he does when asked in other words."""
    c, reply = _replied(library, "malicious_default_legal", 7356, "malicious_7356", 3)
    assert "lost me" not in reply and ("Check your own records" in reply or "last month" in reply)


def test_the_day_a_direct_debit_is_set_up_is_not_the_days_payment(library: Library) -> None:
    """Play-test 268: "you'll set up the new direct debit today and the 405.60 comes out on friday
    the 13th. is that right?" got "Friday the 13th, actually, not today.": today is when it is set
    up; Friday is the payment's day, and the terms said back are right."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 7351, "courteous_7351", 7)
    assert "not today" not in reply and c.outcome == Outcome.PROMISE_SECURED, (reply, c.outcome)


def test_is_now_ok_is_answered_before_asking_whom_they_want(library: Library) -> None:
    """Play-test 268: "sorry! its, um, ben, from graham finance. sorry to call out of the blue,
    is now ok?" to "Good morning, Kevin Thompson speaking." got only "Sorry, who did you wish to
    speak to?"."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 7291, "courteous_7291", 2)
    # the persona's own answer (its first sentence: "go ahead" would not fit before the question)
    firsts = [re.match(r".*?[.!?]", line).group() for line in c.persona.facts[Topic.GOOD_TIME]]
    assert reply.startswith(tuple(firsts)) and reply.endswith("?"), (firsts, reply)


def test_is_now_a_good_time_is_answered_in_the_personas_voice(library: Library) -> None:
    """Whether now is a good time is the persona's fact (`good_time`): the rude defaulter does
    not say "Now's fine, go ahead." as everyone else would."""
    c = call_in(library, "rude_defaulter_composure", seed=3)
    c.say(f"Hi, is this {c.record.debtor_name}?")
    reply = c.say("Before we start, is now a good time to talk?").reply
    assert reply in c.persona.facts[Topic.GOOD_TIME], reply
    plain = call_in(library, "car_dealer_dispute", seed=3)
    assert Topic.GOOD_TIME not in plain.persona.facts
    plain.say(f"Hi, is this {plain.record.debtor_name}?")
    reply = plain.say("Before we start, is now a good time to talk?").reply
    assert reply.startswith(("Now's fine.", "Now's okay.")), reply


def test_the_first_payment_asked_apart_from_the_monthly_sum_is_the_first_part(
    library: Library,
) -> None:
    """Play-test 268: "What would the first payment be, something like $50? And then maybe $100
    a month after that" got "$100, okay. ... Then $100 a month after that, yes."."""
    c, reply = _replied(library, "student_unemployed_hardship", 7331, "hardship_7331", 5)
    assert reply.startswith("$50") and c.debtor.agreed.amount == 50, (reply, c.debtor.agreed)


def test_the_sum_agreed_asked_when_and_a_fee_let_off_are_not_mixed_up(library: Library) -> None:
    """Play-test 268: "So 402 now-ish, and I'll put the remaining 21.06 in for a fee review. When
    can you send the 402?" put the $21.06 (the 402 asked for was taken as his sum asked back in
    scorn), and "You don't need to pay the 21.06 on the 24th yet though" got "Not $21.06: $402,
    like I said."."""
    c, reply = _replied(library, "rude_defaulter_composure", 7286, "rude_7286", 7)
    # (since the act model taught on corpus 120 the debtor holds out for the fees here and
    # takes the 402 a line later; the fee let off is never the sum put)
    assert "$21.06" not in reply and c.debtor.agreed.amount != Decimal("21.06"), (
        reply,
        c.debtor.agreed,
    )
    c, reply = _replied(library, "rude_defaulter_composure", 7286, "rude_7286", 8)
    assert "21.06" not in reply and c.debtor.agreed.amount == 402, (reply, c.debtor.agreed)


def test_why_in_writing_asked_in_other_words_gets_the_reason(library: Library) -> None:
    """Play-test 268: "yeah yeah i understand, but why though? whats wrong with just sorting it
    on the phone, would take 2 mins" got "No idea, sorry." from the debtor who has just asked
    for letters."""
    c, reply = _replied(library, "stop_calling_cease_contact", 7281, "stop_7281", 3)
    assert "in writing" in reply.lower() or "on paper" in reply, reply


# --- play-tests 269 and 270 ----------------------------------------------------------------
def test_the_other_half_on_a_later_day_is_the_rest_not_the_first_part(library: Library) -> None:
    """Play-test 269: with $217.71 on Friday the 13th agreed, "the other half, the other
    217.71... could that maybe be by the end of the month? like the 31st?" moved the first part
    to the 31st, and the two parts said back got "Not Friday the 13th: Tuesday the 31st"."""
    c = call_in(library, "car_dealer_dispute", seed=22069)
    replies = play(c, _from_file("dealer_22069")[:9])
    assert c.debtor.agreed.date == dt.date(2026, 3, 13), c.debtor.agreed
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 31), c.debtor.agreed
    assert "Not Friday" not in replies[8] and c.debtor.confirmed, replies[8]


def test_the_rest_quoted_back_is_the_rests_sum_and_its_day_named(library: Library) -> None:
    """Play-test 269: "whats the 'rest' - 142? and when exactly is your 'next payment'" got
    "Okay, $142. I can find that.", and "214 by friday AND the other 142 by when?" got "the other
    $214 by Friday the 27th"."""
    c = call_in(library, "car_broke_down_partial", seed=22062)
    replies = play(c, _from_file("carbroke_22062")[:4])
    assert not replies[2].startswith("Okay, $142"), replies[2]
    assert "$142 by" in replies[3] and "$214 by" not in replies[3], replies[3]
    assert c.debtor.agreed.amount == 214, c.debtor.agreed


def test_a_day_called_too_far_off_for_now_is_not_agreed(library: Library) -> None:
    """Play-test 269: "monday is another 6 days. youre at the gate ... just do it now while im
    on the line" got "Yes, Monday the 16th is fine."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 22041, "traveller_22041", 4)
    assert "Monday" not in reply and c.debtor.agreed.date == c.today, (reply, c.debtor.agreed)


def test_a_fee_waiver_claimed_as_done_is_taken_up(library: Library) -> None:
    """Play-test 269: "It's gone, I can see it's dropped off the balance - you're at $526.54
    now" got "Go on then, ask them. No waiver, no payment.", then the same lines again, "Like I
    said: ..."; the waiver the collector cannot grant still counts against them."""
    c, reply = _replied(library, "rude_defaulter_composure", 22097, "rude_22097", 8)
    assert "No waiver" not in reply and c.state == "negotiating", (c.state, reply)
    assert "fees_dangled" in c.debtor.flags


def test_a_favour_asked_with_a_term_open_is_agreed_and_the_term_asked(library: Library) -> None:
    """Play-test 269: "and um, maybe check the direct debit is set up on the new account? so it
    doesnt happen again" with no way to pay agreed got only "And how would you like me to pay
    it?"."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 22006, "courteous_22006", 7)
    assert reply.startswith(tuple(DEFAULT_CLARIFY["will_do"])) and "pay" in reply, reply


def test_a_first_part_cut_is_taken_at_the_new_sum(library: Library) -> None:
    """Play-test 270: with $209 agreed, "How about $30 on Friday the 13th, then $30 every
    fortnight after that" kept $209, and the hardship debtor insisted on it twice ("Not $30:
    $209, like I said.")."""
    c = call_in(library, "student_unemployed_hardship", seed=9751)
    replies = play(c, _from_file("hardship_9751")[:9])
    assert c.debtor.agreed.amount == 30 and all("$209" not in r for r in replies[5:]), replies[5:]


def test_the_graduate_does_not_dread_a_call_before_knowing_who_it_is(library: Library) -> None:
    """Play-test 270: "Am I speaking with Sara Duncan?" got "Yes, it's me. I've been dreading
    this call, honestly." before the caller said who they were."""
    for seed in range(40):
        c = call_in(library, "student_unemployed_hardship", seed=seed)
        reply = c.say("Hi, good morning! Am I speaking with {}?".format(c.values["debtor_name"]))
        assert "dreading" not in reply.reply, (seed, reply.reply)


def test_a_rest_split_over_two_months_is_the_instalments_after_the_first(
    library: Library,
) -> None:
    """Play-test 270: with $240 on the 31st agreed, "for the rest, the $476.37, could we split
    that into $240 at the end of April and $236.37 end of May?" made the 30th of April the first
    part's day, and the three parts said back got "Not Tuesday the 31st: Thursday the 30th of
    April, like I said." three times."""
    c = call_in(library, "lenders_persistent_late", seed=9793)
    replies = play(c, _from_file("lenders_9793")[:8])
    assert c.debtor.agreed.date == dt.date(2026, 3, 31), c.debtor.agreed
    assert c.debtor.agreed.rest_every == "month" and c.debtor.confirmed, c.debtor.agreed
    assert "like I said" not in replies[7], replies[7]


def test_if_you_can_pay_that_you_can_pay_this_puts_the_larger_sum(library: Library) -> None:
    """Play-test 270: "The full 446.11. If you can put 268 on a card you can put 446 on it" got
    "That's right, yes.", as if the debtor's $268 had been said back."""
    c, reply = _replied(library, "car_broke_down_partial", 9807, "carbroke_9807", 4)
    assert reply != "That's right, yes." and "$446" in reply, reply


def test_when_will_it_go_in_asks_for_a_day(library: Library) -> None:
    """Play-test 270: "and the $380.15 for this month, sorry, when do you think that might go
    in? I just have to, um, write a date" got "Certainly, $380.15." alone."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 9779, "courteous_9779", 4)
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in reply, reply


def test_the_dealer_dispute_driver_says_whether_they_complained(library: Library) -> None:
    """Play-tests 269 and 270: "have you made a complaint to us about the dealer already?" was
    answered with the dealer's delay, and once with "I hear you that the loan is separate from
    the dealer", which nobody had said."""
    for seed, played, turn in ((9800, "dealer_9800", 4), (22069, "dealer_22069", 4)):
        c, reply = _replied(library, "car_dealer_dispute", seed, played, turn)
        assert "complain" in reply.lower() or "Not with you" in reply, (played, reply)


def test_a_freephone_number_in_three_groups_leaves_the_message(library: Library) -> None:
    """Play-test 272: "its 1800 555 210" to the flatmate who asked for the number got "This is
    Jess, the flatmate." and, later, "What number should she call you back on?" again."""
    c = call_in(library, "wrong_party_flatmate_message", seed=12311)
    play(c, _from_file("flatmate_12311")[:3])
    assert c.outcome is not None and c.outcome.value == "message_left", c.outcome


def test_a_day_gone_by_put_as_terms_is_said_to_have_gone(library: Library) -> None:
    """Play-test (session 46, in the UI): "would friday the 4th work?" on the 7th got
    "Certainly, ..." and "Yes, that's right." with the day left open. A day that has gone is
    countered with the persona's own line and a day of theirs, and not agreed."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=5)
    disclosed(c)
    c.say(f"Could you pay the {c.values['amount_overdue']} by card?")
    reply = c.say("would friday the 6th work?").reply  # said on Tuesday the 10th
    counters = [
        fill(line, {**c.values, "date": "Friday the 6th", "counter_date": "X"})
        for line in c.persona.negotiation.counter_date or []
    ]
    heads = tuple(line.split("X")[0] for line in counters)
    assert reply.startswith(heads), (heads, reply)
    assert c.debtor.agreed.date != dt.date(2026, 3, 6), c.debtor.agreed


def test_who_am_i_talking_to_after_a_yeah_gets_the_debtors_name(library: Library) -> None:
    """Play-test 272: "yeah who am i talking to" at pick-up got "Yes, that's me." (the "yeah"
    hid the question): the debtor says who they are."""
    c = call_in(library, "traveller_forgot_deposit", seed=12350)
    reply = c.say("yeah who am i talking to").reply
    assert c.record.debtor_name in reply and "that's me" not in reply, reply


def test_the_debtors_terms_agreed_with_a_hesitation_are_confirmed(library: Library) -> None:
    """Play-test 274: the debtor said "So that's $267.16 by Friday the 13th, by online
    payment." and "yes, that's, um, right." left the call unconfirmed."""
    c = call_in(library, "personal_loan_courteous_reminder", seed=13428)
    play(c, _from_file("courteous_13428"))
    assert c.debtor.confirmed and c.outcome == Outcome.PROMISE_SECURED, c.outcome


def test_a_name_left_off_is_not_confirmed_and_their_questions_asked_for_are_answered(
    library: Library,
) -> None:
    """Play-test 273: "Heya, hope you're well! Am I speaking to" (cut off) got "Yes, that's me",
    and "is there anything you want to ask me about the plan or the account?" got "Whichever's
    easier for you."."""
    c = call_in(library, "student_unemployed_hardship", seed=32071)
    replies = play(c, _from_file("hardship_32071"))
    assert "that's me" not in replies[0] and "?" in replies[0], replies[0]
    assert replies[7] in DEFAULT_CLARIFY["nothing_else"], replies[7]
    assert replies[8] in DEFAULT_CLARIFY["nothing_else"], replies[8]


def test_forwarding_that_email_asked_is_agreed_to(library: Library) -> None:
    """Play-test 274: "If it hasnt shown up by friday would you mind forwarding that email to
    us?" got "Hm, I don't know." ("that email" was taken for "that" sum, not a favour)."""
    c, reply = _replied(library, "already_paid_not_posted", 13463, "alreadypaid_13463", 4)
    assert "don't know" not in reply and reply.endswith(tuple(DEFAULT_CLARIFY["will_do"])), reply


def test_paying_it_off_faster_one_day_is_no_sum_put(library: Library) -> None:
    """Play-test 274: after the plan was confirmed, "if you get a job and want to pay it off
    faster, just ring us ... ok?" got "I can't stretch to $755.40. Maybe $264?" and the job
    story."""
    c, reply = _replied(library, "student_unemployed_hardship", 13400, "hardship_13400", 7)
    assert "$" not in reply and "job" not in reply, reply
    assert c.debtor.agreed.amount == 130, c.debtor.agreed


def test_instalments_ending_with_a_smaller_last_one_are_said_back_with_it(
    library: Library,
) -> None:
    """Play-test 273: with $300 on the 31st agreed, "for the remaining $1037.31, could you do 350
    end of April, 350 end of May and then the last 337.31 end of June?" moved the first part to
    April; "the June one is 337.31 not 350" got "$300, actually, not $337.31.", and the plan
    said back never held the last payment."""
    c = call_in(library, "lenders_persistent_late", seed=32041)
    replies = play(c, _from_file("juggler_32041"))
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (300, dt.date(2026, 3, 31)), agreed
    assert (agreed.rest_amount, agreed.rest_date, agreed.rest_every) == (
        350,
        dt.date(2026, 4, 30),
        "month",
    ), agreed
    assert c.debtor.last_instalment() == (Decimal("337.31"), dt.date(2026, 6, 30))
    # the last one named is said yes to, not taken for the first part's sum
    assert "$300" not in replies[10] and "$337.31" in replies[10], replies[10]
    assert "Tuesday the 30th of June" in replies[10], replies[10]
    assert "and the last $337.31 on Tuesday the 30th of June" in replies[12], replies[12]


def test_instalments_that_divide_evenly_have_no_smaller_last_one(library: Library) -> None:
    c = call_in(library, "lenders_persistent_late", seed=32041)
    debtor = c.debtor
    left = debtor.amount_overdue - 300
    debtor.agreed.amount, debtor.agreed.date = Decimal(300), dt.date(2026, 3, 31)
    debtor.agreed.rest_amount, debtor.agreed.rest_date = left / 2, dt.date(2026, 4, 30)
    debtor.agreed.rest_every = "month"
    assert debtor.last_instalment() is None
    debtor.agreed.rest_amount, debtor.agreed.rest_every = Decimal(100), "fortnight"
    # $1,037.31 at $100 a fortnight: ten of $100, the eleventh $37.31, ten fortnights on
    assert debtor.last_instalment() == (Decimal("37.31"), dt.date(2026, 9, 17))


def test_a_favour_asked_with_still_is_agreed_to_and_a_good_time_gets_no_no(
    library: Library,
) -> None:
    """Play-test 276: "Could you still email that screenshot to be safe?" got "Hm, I don't
    know.", and "is this a good time?" got "No, now's okay." (a no to a question not asked)."""
    _c, reply = _replied(library, "already_paid_not_posted", 88903, "alreadypaid_88903", 6)
    assert "don't know" not in reply and reply.endswith(tuple(DEFAULT_CLARIFY["will_do"])), reply
    _c, reply = _replied(library, "car_dealer_dispute", 88881, "dealer_88881", 1)
    assert not reply.startswith("No,") and "now's" in reply.lower(), reply


def test_the_flatmate_asked_who_they_are_asks_whom_the_call_is_for(library: Library) -> None:
    """Play-test 275: "hi, um, is this ... sorry, who am I speaking with?" got "I'm Jess,
    Lauren's flatmate. Lauren? She's not in right now.", though nobody had been asked for."""
    c, reply = _replied(library, "wrong_party_flatmate_message", 52711, "flatmate_52711", 1)
    assert "not in" not in reply and reply.endswith("?"), reply
    assert c.state == "asking_who", c.state


def test_how_their_work_pays_is_no_way_to_pay_asked(library: Library) -> None:
    """Play-test 275: "Could you manage something like 25 a week? Or would every fortnight be
    easier with how the shifts pay?" got "... What are my options?" (the way to pay, as if
    asked)."""
    _c, reply = _replied(library, "student_unemployed_hardship", 52741, "hardship_52741", 4)
    assert "options" not in reply and "$25" in reply, reply


def test_ways_to_pay_told_with_the_goodbye_are_taken_before_it(library: Library) -> None:
    """Play-test 276: a sum and a day turned down were agreed to, and with both parts agreed,
    "good. pay it online or by phone, dont make me call again. bye" got "Bye." and the call
    ended as a vague promise, with no way to pay."""
    c = call_in(library, "car_broke_down_partial", seed=88892)
    replies = play(c, _from_file("car_88892"))
    # ("the 16th already went ... 285 isnt the full amount either. i need the whole thing this
    # week" got "$285, yes. ... Okay, Monday the 16th, yes.")
    assert "yes" not in replies[2].lower() and "16th" not in replies[2], replies[2]
    # ("285 today and when exactly is the rest, 190.23, coming?": today, then "I could do it by
    # Tuesday the 10th" too)
    assert "Tuesday the 10th" not in replies[4] and "Friday the 27th" in replies[4], replies[4]
    assert "online" in replies[-1].lower() and "bye" in replies[-1].lower(), replies[-1]
    assert c.promise.method == "online" and c.outcome_value == "unconfirmed", c.promise


def test_who_they_are_and_whether_now_is_a_good_time_are_both_answered(library: Library) -> None:
    """Play-test 275: "Hi David ... have you got a couple of minutes?" got "Speaking." alone;
    played in the UI (session 47), "is this Derek Mcdonald? sorry, is now a good time?" got
    "That's me. Is something wrong?"."""
    _c, reply = _replied(library, "already_paid_not_posted", 52714, "alreadypaid_52714", 1)
    assert reply.startswith("Speaking.") and reply != "Speaking.", reply
    assert any(line in reply for line in DEFAULT_FACTS["good_time"]), reply
    c = call_in(library, "traveller_forgot_deposit", seed=4)
    reply = c.say(f"hi, um, is this {c.record.debtor_name}? sorry, is now a good time?").reply
    assert c.debtor.identity_verified, reply
    assert any(line in reply for line in c.persona.facts[Topic.GOOD_TIME]), reply
    # (played in the UI, session 48: "is this, um, is now an ok time?" got "Sorry, is this the
    # university?" alone)
    c = call_in(library, "student_forgot_first_late", seed=3)
    reply = c.say("um, hi, sorry to bother you... is this, um, is now an ok time?").reply
    said = [line.split(".")[0] for line in c.persona.facts[Topic.GOOD_TIME]]
    assert any(first in reply for first in said) and reply.endswith("?"), reply


def test_a_favour_asked_with_the_promise_is_said_yes_to(library: Library) -> None:
    """Play-test 276: "so, um, 453.35 online on Friday the 13th. and after that, could you
    maybe give us the new bank details so next month's goes out normally?" got the promise's
    thanks, and nothing about the details asked for."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 88848, "courteous_88848", 7)
    assert c.outcome_value == "promise_secured", c.outcome_value
    assert reply.endswith(tuple(DEFAULT_CLARIFY["will_do"])), reply


def test_a_sum_short_of_the_whole_and_a_way_not_said_are_not_agreed(library: Library) -> None:
    """Play-test 275: "326 isnt the full amount is it. can u not borrow the rest off someone?
    family, credit card, whatever" got "Okay: $326 by Tuesday the 10th, by card.", and "i didnt
    say card" left card agreed."""
    c, reply = _replied(library, "car_broke_down_partial", 52717, "car_52717", 3)
    assert "$326" not in reply and "card" not in reply, reply
    assert c.debtor.agreed.method is None, c.debtor.agreed
    c, reply = _replied(library, "car_broke_down_partial", 52717, "car_52717", 4)
    assert "card" not in reply and c.debtor.agreed.method is None, (reply, c.debtor.agreed)


def test_what_they_have_and_what_comes_in_are_answered(library: Library) -> None:
    """Play-test 276: "so the garage gets paid and we dont? nice. how much have you actually got
    right now" got their payday ("the garage gets paid" was taken for theirs); play-test 274:
    "What comes in each month, roughly, after rent?" got a promise to pay first, not what
    they earn."""
    _c, reply = _replied(library, "car_broke_down_partial", 88760, "car_88760", 3)
    assert "$" in reply and "Every other week" not in reply, reply
    c, reply = _replied(library, "lenders_persistent_late", 13442, "juggler_13442", 3)
    assert reply in c.persona.facts[Topic.JOB], reply


def test_when_they_would_pay_asked_with_the_sum_gets_a_day(library: Library) -> None:
    """Play-test 277: "um, when would you be paying the 818?" got "$818, fine." and "when, when
    do you think you'd pay it?" got "Fine. Let's settle the payment, then." (no day)."""
    c, reply = _replied(library, "car_dealer_dispute", 61034, "dealer_61034", 6)
    assert "$818" in reply and c.debtor.named_day is not None, reply
    assert c.debtor.day(c.debtor.named_day) in reply, reply
    c, reply = _replied(library, "car_dealer_dispute", 61118, "dealer_61118", 6)
    assert c.debtor.named_day is not None and c.debtor.day(c.debtor.named_day) in reply, reply


def test_the_way_agreed_asked_again_gets_a_yes(library: Library) -> None:
    """Play-test 277: card agreed, "i asked how youre paying. card over the phone now yes or no"
    got "Okay. Got it."."""
    c, reply = _replied(library, "car_broke_down_partial", 61111, "car_61111", 6)
    assert c.debtor.agreed.method == "card" and "card" in reply.lower(), reply


def test_a_question_about_their_work_is_answered_without_confusion_first(
    library: Library,
) -> None:
    """Play-test 278: "Oh fingers crossed for you! What's the job, if you don't mind me
    asking?" got "Sorry, I'm not sure what you mean." (small talk, not a question about them)."""
    c, reply = _replied(library, "student_unemployed_hardship", 70884, "hardship_70884", 2)
    assert "not sure what you mean" not in reply and "what?" not in reply.lower(), reply
    assert any(line in reply for line in c.persona.facts[Topic.JOB]), reply


def test_the_rests_day_asked_without_a_question_mark_beside_the_first_part_is_named(
    library: Library,
) -> None:
    """Played in the UI (session 48): "fine. 264 today by card and the other 176.22 when
    exactly" got the first part agreed and no word of the rest's day."""
    c, reply = _replied(library, "car_broke_down_partial", 7, "car_ui48", 5)
    assert "$264" in reply and "$176.22" in reply, reply
    assert c.debtor.named_rest_date is not None and c.debtor.day(c.debtor.named_rest_date) in reply
    # "so 264 card today, 176.22 on the date you said. dont miss it. bye": the rest on their
    # day, said back and kept (it was dropped from the promise)
    named = c.debtor.named_rest_date
    c, reply = _replied(library, "car_broke_down_partial", 7, "car_ui48", 6)
    agreed = c.debtor.agreed
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("176.22"), named), agreed
    assert c.outcome_value == "promise_secured" and "$176.22" in reply, reply


def test_the_rest_put_at_the_months_end_is_not_taken_for_a_day_before_the_first(
    library: Library,
) -> None:
    """Play-test 278: $560 on the 31st agreed, "And the other 563.53 - end of April, so the
    30th?" got "The rest before the first bit? I'd need till Thursday the 30th of April"."""
    c, reply = _replied(library, "lenders_persistent_late", 70854, "juggler_70854", 7)
    assert "before the first" not in reply and "30th of April" in reply, reply
    assert c.debtor.agreed.rest_date == dt.date(2026, 4, 30), c.debtor.agreed


def test_the_day_named_for_the_rest_turned_down_moves_the_rest_not_the_first_part(
    library: Library,
) -> None:
    """Play-test 277: $260 today agreed and the rest named for the 27th, "27th march? thats
    over 2 weeks away. no. make it the 20th" moved the $260 to the 20th, and the read-back of
    "260 today" then got "Friday the 20th, actually, not today."."""
    c, reply = _replied(library, "car_broke_down_partial", 61027, "car_61027", 6)
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.rest_date) == (c.debtor.today, dt.date(2026, 3, 20)), agreed
    assert "$173.51" in reply and "20th" in reply, reply
    _c, reply = _replied(library, "car_broke_down_partial", 61027, "car_61027", 7)
    assert "not today" not in reply, reply


def test_a_clause_said_twice_in_one_reply_is_said_once(library: Library) -> None:
    """Play-test 280: "is this a good time? i'm trying to reach... the person on this account"
    got "It's loud here, but go ahead, quickly. Sorry, who's calling? It's loud here."."""
    _c, reply = _replied(library, "traveller_forgot_deposit", 77161, "traveller_77161", 1)
    assert reply.count("loud here") == 1 and "who's calling" in reply, reply


def test_who_am_i_chatting_to_is_answered_by_the_flatmate(library: Library) -> None:
    """Play-test 280: "Can I ask who I'm chatting to?" got "Sorry, what was that?"."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 77148, "flatmate_77148", 3)
    assert "flatmate" in reply and "what was that" not in reply, reply


def test_the_rests_day_asked_with_a_filler_and_as_the_second_part_is_named(
    library: Library,
) -> None:
    """Play-test 279: "1326 on the 17th, thank you. and the rest, the um, 714.44, when could
    that be?" was agreed as $714.44 on the 17th; "theres still 714.44 left over. when could you
    pay that second part?" then got the $714.44 said back as the deal."""
    c, reply = _replied(library, "malicious_default_legal", 40616, "malicious_40616", 7)
    assert c.debtor.agreed.amount == Decimal("1326"), c.debtor.agreed
    assert "The rest, $714.44, I could do by" in reply, reply
    c, reply = _replied(library, "malicious_default_legal", 40616, "malicious_40616", 8)
    assert c.debtor.agreed.amount == Decimal("1326"), c.debtor.agreed
    assert "other $714.44 by" in reply and "$714.44 by Tuesday the 17th" not in reply, reply


def test_their_payday_recalled_is_no_day_agreed(library: Library) -> None:
    """Play-test 279: "But payday's not til the 31st, right? ... Could you put something
    towards it this week" got "Alright, Tuesday the 31st. I can do that."; "where's that coming
    from if you don't get paid until the 31st?" moved the whole sum to the 31st."""
    c, reply = _replied(library, "lenders_persistent_late", 40598, "juggler_40598", 5)
    assert "31st. I can do that" not in reply and c.debtor.agreed.date is None, reply
    c, reply = _replied(library, "lenders_persistent_late", 40598, "juggler_40598", 7)
    assert c.debtor.agreed.date == dt.date(2026, 3, 13) and "payday" in reply.lower(), reply


def test_a_direct_debit_from_next_month_does_not_move_this_payment(library: Library) -> None:
    """Play-test 279: with $439.60 today by card agreed, "give me your new bank details so the
    direct debit comes out of the new account from April on?" moved the payment to the 1st of
    April."""
    c, reply = _replied(library, "personal_loan_courteous_reminder", 40517, "courteous_40517", 4)
    assert c.debtor.agreed.date == c.debtor.today and "April" not in reply, reply


def test_the_disclosure_said_in_other_words_is_heard(library: Library) -> None:
    """Play-tests 279 and 280: "Debt collection call, anything you say is used to collect."
    and "its a call about collecting a debt and, uh, info could be used for that" went
    unheard, and calls with a clean promise failed their compliance check."""
    for scenario, seed, name, turn in (
        ("lenders_persistent_late", 40634, "juggler_40634", 3),
        ("traveller_forgot_deposit", 77161, "traveller_77161", 3),
    ):
        c = call_in(library, scenario, seed=seed)
        play(c, _from_file(name)[:turn])
        assert Act.MINI_MIRANDA in c.turns[turn - 1].analysis.acts, name


def test_a_deal_asked_after_the_terms_said_back_is_confirmed(library: Library) -> None:
    """Play-test 280: "So we've got a deal or are you gonna change your mind again?", the
    debtor having said every term, got "Was there anything else?"."""
    c, reply = _replied(library, "car_broke_down_partial", 77057, "car_77057", 8)
    assert c.debtor.confirmed and "anything else" not in reply, reply


def test_how_are_you_sending_it_asks_the_way_to_pay(library: Library) -> None:
    """Play-test 280: "Great. How are you sending it?" got "Fine. Let's settle the payment,
    then."."""
    _c, reply = _replied(library, "car_dealer_dispute", 77135, "dealer_77135", 7)
    assert "settle the payment" not in reply, reply


def test_the_way_changed_as_they_go_is_kept_and_leaves_the_promise_unconfirmed(
    library: Library,
) -> None:
    """Play-test 280: after the promise by card, "Actually forget it, just do it in the portal
    today. Bye." got "Okay. Take care, bye." and the promise kept card, confirmed."""
    c, reply = _replied(library, "car_broke_down_partial", 77174, "car_77174", 10)
    assert c.debtor.agreed.method == "online" and "online" in reply, reply
    assert c.finished and c.outcome_value == "unconfirmed", c.outcome_value


def test_the_day_the_transfer_went_out_asked_is_no_ask_to_repeat(library: Library) -> None:
    """Play-test 279: "do you maybe have a reference number or the exact date it went out?"
    got the debtor's last reply again, word for word (read as "it went out": the line cut)."""
    c, reply = _replied(library, "already_paid_not_posted", 40535, "paid_40535", 4)
    assert reply != c.turns[-2].reply and "TRX-" in reply, reply


def test_a_broken_promise_recalled_and_all_of_it_asked_back_put_no_terms(library: Library) -> None:
    """Play-test 279: "Last time you said 261.78 on the 14th and nothing came, so say it back to
    me properly" got "Not $261.78: $523.56, like I said."; "Say it back to me then, all of it"
    got "Not $1,389.36: $694.68, like I said."."""
    _c, reply = _replied(library, "rude_defaulter_composure", 40607, "rude_40607", 9)
    assert "Not $261.78" not in reply and "$523.56" in reply, reply
    _c, reply = _replied(library, "lenders_persistent_late", 40634, "juggler_40634", 9)
    assert "Not $1,389.36" not in reply and "$694.68" in reply, reply


@pytest.mark.parametrize(
    ("scenario", "question", "said"),
    [
        ("lenders_persistent_late", "What other loans have you got on the go now?", "payday loan"),
        ("student_unemployed_hardship", "Do you have any other debts at the moment?", "overdraft"),
        ("malicious_default_legal", "Who else do you owe, out of interest?", "anyone else"),
        ("car_broke_down_partial", "Where's the car now, is it fixed?", "drive"),
        ("malicious_default_legal", "Are you still driving the car?", "staying with me"),
        ("traveller_forgot_deposit", "No problem. When are you back?", "Monday"),
    ],
)
def test_questions_about_the_debtor_are_answered_from_the_persona(
    library: Library, scenario: str, question: str, said: str
) -> None:
    """Play-tests 278 and 279: "how many other lenders are you paying?", "is the payday loan paid
    off?", "where's the car now?", "when are you back?" got "I'm not sure, to be honest." or a
    fallback: they are the personas' facts (`other_debts`, `collateral`, `back`), as trainers
    write them."""
    replies = play(call_in(library, scenario, seed=3), [*OPENING, question])
    assert said in replies[-1] and "not sure" not in replies[-1], replies[-1]


def test_the_debtor_asks_nothing_as_the_caller_hangs_up(library: Library) -> None:
    """Played in the UI (session 49): "great, so 680.38 on friday the 11th. thanks anne, bye"
    got "Yes, that's right. Sorry, how do you want me to pay? Alright, cheers. Bye."."""
    c = call_in(library, "lenders_persistent_late", seed=34184)
    replies = play(
        c,
        [
            "hi there, its Dana from {lender}, am I speaking with {debtor_name}?",
            "thanks. I have to let you know this is an attempt to collect a debt and anything you "
            "tell me will be used for that. its about the car loan, {amount_overdue} is overdue",
            "I get it, sounds like a lot. how many other lenders are you juggling at the moment?",
            "ok. the thing is, if we don't get this sorted we'll have to send a written collection "
            "notice and then it may go to an agency. could you do the full {amount_overdue} by "
            "friday?",
            "great, so {amount_overdue} on friday the 13th. thanks, bye",
        ],
    )
    assert c.finished and "?" not in replies[-1] and "Bye" in replies[-1], replies[-1]
    assert c.outcome_value == "no_way_to_pay", c.outcome_value


def test_a_way_agreed_then_turned_down_gives_way_to_one_offered(library: Library) -> None:
    """Play-test 281: a cheque agreed, "No. No cheques, not with your track record. Card or
    bank transfer, pick one." got "Cheque, if I must."."""
    c, reply = _replied(library, "malicious_default_legal", 23494, "malicious_23494", 8)
    assert "Cheque" not in reply and c.debtor.agreed.method in ("card", "transfer"), reply


def test_a_mobile_asked_of_the_flatmate_is_no_chat(library: Library) -> None:
    """Play-test 281: "You got a mobile for her? Save me ringing the flat every night." got
    "I don't really want to chat, sorry."."""
    _c, reply = _replied(library, "wrong_party_flatmate_message", 23452, "flatmate_23452", 4)
    assert "chat" not in reply and "not mine to give out" in reply, reply


def test_the_next_instalments_due_day_and_a_broken_promises_day_move_nothing(
    library: Library,
) -> None:
    """Play-test 281: "March's $451.63 is due tomorrow, the 11th. Would you want to add that on
    the 31st too?" was agreed for tomorrow; "And this time it actually happens, unlike the
    8th?" moved the plan to the 8th of April."""
    c, reply = _replied(library, "lenders_persistent_late", 23508, "juggler_23508", 8)
    assert c.debtor.agreed.date == dt.date(2026, 3, 31) and "11th" not in reply, reply
    c, reply = _replied(library, "lenders_persistent_late", 23508, "juggler_23508", 4)
    assert "payday loan" in reply, reply
    before, _ = _replied(library, "student_unemployed_hardship", 23515, "hardship_23515", 8)
    c, reply = _replied(library, "student_unemployed_hardship", 23515, "hardship_23515", 9)
    assert c.debtor.agreed.date == before.debtor.agreed.date and "8th" not in reply, reply


def test_the_days_late_counted_and_a_sum_scorned_are_no_sums(library: Library) -> None:
    """Play-test 282: "The 20th is another ten days on top of the eleven." was agreed as $11,
    and "Eleven dollars? Very funny. The full $971.10, by Friday" got "Not $971.10: $11, like I
    said."."""
    c, reply = _replied(library, "traveller_forgot_deposit", 90983, "traveller_90983", 6)
    assert "$11" not in reply and c.debtor.agreed.amount != Decimal("11"), reply
    c, reply = _replied(library, "traveller_forgot_deposit", 90983, "traveller_90983", 7)
    assert "$11" not in reply and c.debtor.agreed.amount == Decimal("971.10"), reply


def test_the_day_a_note_goes_on_is_no_day_to_pay_and_when_would_work_is_answered(
    library: Library,
) -> None:
    """Play-test 282: "I'll note the dealer dispute on your account today. Would you consider
    paying the February one ...?" got "Alright, today." (and a compliance finding for pressing
    for payment today in a dispute); "When would actually work for you to pay the $736.34?" got
    "$736.34, fine." and no day."""
    c, reply = _replied(library, "car_dealer_dispute", 90796, "dealer_90796", 4)
    assert "today" not in reply.lower() and c.debtor.agreed.date is None, reply
    c, reply = _replied(library, "car_dealer_dispute", 90796, "dealer_90796", 5)
    assert re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b", reply), reply


def test_the_rest_two_weeks_later_is_two_weeks_after_the_first_part(library: Library) -> None:
    """Play-test 282: with $314.34 agreed for Friday the 13th, "And then the rest on your next
    pay after that, two weeks later - would that work?" put the rest on the 13th too."""
    c, reply = _replied(library, "car_broke_down_partial", 90847, "car_90847", 6)
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 27) and "27th" in reply, reply


def test_clear_enough_after_a_consequence_is_understood_not_unknown(library: Library) -> None:
    """Play-test 282: "I said the car is security on this loan. Keep skipping us and it gets
    repossessed. Clear enough?" got "I'm not sure, to be honest."."""
    _c, reply = _replied(library, "lenders_persistent_late", 90830, "juggler_90830", 4)
    assert "not sure" not in reply and "get it" in reply, reply


def test_a_favour_asked_with_okay_is_no_read_back(library: Library) -> None:
    """Play-test 282: "if something comes up before Friday, please ring us first rather than
    just letting it slide ... Okay?" got "That's right, yes."."""
    _c, reply = _replied(library, "lenders_persistent_late", 90898, "juggler_90898", 9)
    assert "That's right" not in reply and "do that" in reply, reply


def test_which_contact_the_stop_request_covers_is_answered(library: Library) -> None:
    """Play-test 282: "Okay, okay. Is it just phone calls you don't want, or texts as well?"
    got "I don't know what you mean.": the persona's own act answers it, and asking it honours
    the request."""
    c, reply = _replied(library, "stop_calling_cease_contact", 90932, "stopcall_90932", 5)
    assert any(answer in reply for answer in _answers(c, "ask_which_contact")), reply
    assert c.state == "contact_ceased", c.state
