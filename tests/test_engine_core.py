"""The engine as a user of `collectsim play` or the TUI sees it: same seed, same call."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest

from simulator.content.library import Library
from simulator.content.models import Scenario, Topic
from simulator.engine.call import Call, CallOver, generic_hint
from simulator.engine.clock import FixedClock
from simulator.engine.lines import fill
from simulator.engine.record import generate_record

SCENARIO = "student_forgot_first_late"
GOOD = [
    "Hello, this is Sam calling from {lender}. Am I speaking with {debtor_name}?",
    "Thanks. I'm calling about your {loan_type}: the payment of {amount_overdue} due "
    "{due_date} hasn't reached us.",
    "I understand, exams are stressful. Could you pay the {amount_overdue} by Friday?",
    "Great. Would you pay {amount_overdue} by Friday by card?",
    "So that's {amount_overdue} by Friday by card, correct?",
]


def new_call(library: Library, seed: int = 3, scenario: str = SCENARIO) -> Call:
    sc = library.scenario(scenario)
    return Call(
        sc, library.persona_for(sc), seed=seed, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30))
    )


def play(call: Call, lines: list[str]) -> Call:
    from simulator.engine.lines import fill

    for line in lines:
        if call.finished:
            break
        call.say(fill(line, call.values))
    return call


def test_same_seed_and_lines_give_the_same_call(library: Library) -> None:
    first = play(new_call(library, seed=7), GOOD).to_dict()
    second = play(new_call(library, seed=7), GOOD).to_dict()
    assert first == second
    other = play(new_call(library, seed=8), GOOD).to_dict()
    assert other["record"]["debtor_name"] != first["record"]["debtor_name"] or (
        other["record"]["amount_overdue"] != first["record"]["amount_overdue"]
    )


def test_a_well_run_call_secures_a_confirmed_promise(library: Library) -> None:
    call = play(new_call(library), GOOD)
    assert call.outcome is not None and call.outcome.value == "promise_secured"
    promise = call.promise
    assert promise.amount == call.record.amount_overdue
    assert promise.method == "card"
    assert promise.date is not None and promise.date.weekday() == 4  # Friday
    assert promise.confirmed and not promise.vague
    # the debtor is still on the line: the trainee's goodbye ends the call
    assert call.closing and not call.finished and not call.turns[-1].ended
    ended: list[Call] = []
    call.events.on_end.append(ended.append)
    reply = call.say("Thanks so much, have a good day. Bye!").reply
    assert "bye" in reply.lower() and call.finished and call.turns[-1].ended
    assert call.outcome.value == "promise_secured" and ended == [call]


def test_after_the_goal_the_debtor_stays_on_the_line_for_the_goodbye(library: Library) -> None:
    """Played: four calls ended the moment the promise was made, before the trainee could give
    the payment reference or say goodbye."""
    call = play(new_call(library), GOOD)
    promise = call.promise
    reply = call.say("Your reference is STU-4471, you'll get a text to confirm.").reply
    assert not call.finished and reply and call.promise == promise
    call.say("Take care, bye now.")
    assert call.finished and call.promise == promise
    assert call.outcome is not None and call.outcome.value == "promise_secured"
    # a confirmation that says goodbye as well ends the call at once
    call = play(new_call(library), [*GOOD[:-1], GOOD[-1] + " Thanks, bye!"])
    assert call.outcome is not None and call.outcome.value == "promise_secured" and call.finished
    # hanging up after the goal keeps it
    call = play(new_call(library), GOOD)
    call.end()
    assert call.finished and call.outcome is not None and call.outcome.value == "promise_secured"
    # a call that fails is over when the debtor hangs up: no goodbye is waited for
    call = play(new_call(library), [GOOD[0], "Pay up, you lazy idiot, or else."] * 4)
    assert call.finished and call.outcome is not None and call.outcome.value == "hung_up"


def test_the_debtor_never_repeats_a_line_twice_in_a_row(library: Library) -> None:
    call = new_call(library)
    replies = [call.say("Sorry, what was I saying?").reply for _ in range(6)]
    assert all(a != b for a, b in zip(replies, replies[1:], strict=False))


def test_a_finished_call_refuses_more_lines(library: Library) -> None:
    call = play(new_call(library), [*GOOD, "Thanks, bye."])
    with pytest.raises(CallOver):
        call.say("one more thing")


def test_record_is_filled_from_the_seed_and_the_call_date(library: Library) -> None:
    persona = library.personas["forgetful_student"]
    today = dt.date(2026, 3, 10)
    rec = generate_record(persona, 5, today)
    assert rec == generate_record(persona, 5, today)
    assert rec.loan_type == "student"
    assert 120 <= rec.amount_overdue <= 380
    assert rec.due_date == today - dt.timedelta(days=rec.days_past_due)
    assert rec.debtor_name and rec.phone and rec.account_number.startswith("ST-")
    assert any(p.status == "missed" for p in rec.payment_history)
    assert rec.recommended_method.startswith("courteous reminder")


def test_the_clock_sets_the_calls_date_for_relative_dates(library: Library) -> None:
    call = new_call(library)
    play(call, GOOD[:3])
    turn = call.say("Would you pay it tomorrow by bank transfer?")
    assert turn.analysis.slots.date == dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "[bold]hi[/]",
        "\x1b[31m",
        "😀" * 50,
        "مرحبا، هل يمكنك الدفع؟",
        "x" * 200_000,
        "{debtor_name}",
    ],
)
def test_any_text_is_a_turn_never_a_crash(library: Library, text: str) -> None:
    call = new_call(library)
    turn = call.say(text)
    assert turn.text == text
    assert turn.reply


def test_core_packages_never_import_the_ui() -> None:
    code = (
        "import sys\n"
        "import simulator.engine.call, simulator.engine.export, simulator.engine.diagram\n"
        "import simulator.content.library, simulator.language, simulator.scoring\n"
        "import simulator.records\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_transition_blocked_by_its_condition_does_not_count_as_fired(library: Library) -> None:
    call = play(new_call(library, seed=0), GOOD[:3])
    call.say("Would you pay it by Friday?")
    turn = call.say("Just to confirm, is that right?")  # nothing agreed yet: terms_agreed fails
    assert turn.trigger != "confirm_terms"
    assert turn.state_after == turn.state_before
    assert not call.finished


def test_turn_limit_after_a_confirmed_promise_keeps_the_promise(library: Library) -> None:
    scenario = library.scenario(SCENARIO)
    # an ending-free copy: the promise is confirmed, but the call runs on to its turn limit
    states = [
        s.model_copy(update={"ending": None}) if s.name == "promised" else s
        for s in scenario.states
    ]
    open_ended = scenario.model_copy(update={"states": states, "turn_limit": 7})
    call = Call(
        open_ended,
        library.persona_for(scenario),
        seed=3,
        clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)),
    )
    play(call, GOOD)
    assert call.promise.confirmed and not call.finished
    call.say("Thank you.")
    call.say("Right.")
    assert call.finished
    assert call.outcome is not None and call.outcome.value == "promise_secured"


def test_reactions_do_not_repeat_on_consecutive_turns(library: Library) -> None:
    call = play(new_call(library), GOOD[:2])
    replies = [call.say("I understand, that must be hard.").reply for _ in range(3)]
    firsts = [r.split(".")[0] for r in replies]
    assert all(a != b for a, b in zip(firsts, firsts[1:], strict=False))


def test_a_full_restatement_the_debtor_says_yes_to_is_a_confirmed_promise(
    library: Library,
) -> None:
    call = play(new_call(library), GOOD[:3])
    assert call.state == "negotiating" and not call.promise.confirmed
    restatement = f"So that's {call.values['amount_overdue']} by Friday by card, correct?"
    turn = call.say(restatement)  # amount, date and method said back, and the debtor agrees
    assert call.promise.confirmed and call.promise.method == "card"
    assert turn.trigger == "confirm_terms"
    assert call.outcome is not None and call.outcome.value == "promise_secured"


def test_a_restatement_missing_a_term_is_not_yet_a_promise(library: Library) -> None:
    call = play(new_call(library), GOOD[:3])
    call.say(f"So that's {call.values['amount_overdue']} by Friday, correct?")
    assert call.promise.amount is not None and call.promise.method is None
    assert not call.promise.confirmed and not call.finished
    call.say("By card, yeah?")
    call.say(f"So {call.values['amount_overdue']} Friday by card. Yeah?")
    assert call.promise.confirmed
    assert call.outcome is not None and call.outcome.value == "promise_secured"


def test_terms_short_of_the_goal_said_back_get_a_yes_and_the_call_goes_on(
    library: Library,
) -> None:
    """The dealer dispute wants the full amount: half, agreed and said back, is agreed to, not
    answered with the state's stock line, and no promise of the goal is recorded (the
    restatement is, with the promise marked short of the goal)."""
    call = new_call(library, scenario="car_dealer_dispute")
    half = call.values["half_overdue"]
    for line in (
        f"Hi, am I speaking with {call.values['debtor_name']}?",
        "Thanks. This is an attempt to collect a debt and anything you say will be used for it.",
        "That sounds really frustrating. What did the dealer say?",
        f"Could you do {half} this Friday by card?",
    ):
        call.say(line)
    assert call.promise.amount is not None and call.promise.method == "card"
    reply = call.say(f"Perfect, so that's {half} on Friday the 13th by card, yeah?").reply
    assert half in reply and "card" in reply
    assert not call.finished and call.promise.short_of_goal and call.outcome is None
    # (the half falls short of the whole the goal asks, and the debrief says so in figures)
    assert call.debtor.goal_gaps() == (
        f"{half} agreed in that time is less than the {call.values['amount_overdue']} the goal "
        "asks for",
    )


def test_a_debtor_who_named_one_way_to_pay_puts_another_said_back_right(
    library: Library,
) -> None:
    """A read-back with another way than the one they named is a slip they put right ("Okay,
    card then." went along with it: play-tests 137 and 138); the other way put to them as
    such, they go along with, without calling it the easiest too."""
    call = play(new_call(library, seed=11), GOOD[:3])
    named = call.say("Great. Card or bank transfer?").reply
    assert "bank transfer" in named.lower() and call.debtor.named_method == "transfer", named
    reply = call.say(f"So {call.values['amount_overdue']} on Friday by card, yeah?").reply
    assert reply.startswith("Not card: bank transfer"), reply
    assert call.debtor.agreed.method == "transfer" and not call.debtor.confirmed
    said = call.say("Could you do it by card instead? It's quicker for us.").reply.lower()
    assert ("card then" in said or "card is fine too" in said) and "easiest" not in said
    assert call.promise.method == "card"


def test_what_happened_is_answered_from_the_persona_even_with_the_debt_stated(
    library: Library,
) -> None:
    call = new_call(library, seed=4, scenario="lenders_persistent_late")
    persona = library.persona_for(library.scenario("lenders_persistent_late"))
    told = set(persona.facts[Topic.WHAT_HAPPENED])
    for line in (
        f"Hi, is this {call.values['debtor_name']}?",
        f"It's Jo from {call.values['lender']}. This is an attempt to collect a debt and any "
        "information obtained will be used for that purpose.",
    ):
        call.say(line)
    reply = call.say(f"You've got {call.values['amount_overdue']} overdue. What happened?").reply
    assert any(story in reply for story in told), reply


def test_asked_to_pay_whatever_they_can_the_debtor_says_what_they_could_manage(
    library: Library,
) -> None:
    call = new_call(library, seed=7, scenario="student_unemployed_hardship")
    persona = library.persona_for(library.scenario("student_unemployed_hardship"))
    for line in (
        f"Hello, is this {call.values['debtor_name']}?",
        f"It's Pat from {call.values['lender']}. This is an attempt to collect a debt and any "
        "information obtained will be used for that purpose.",
        f"There's {call.values['amount_overdue']} overdue on the loan.",
        "I'm so sorry to hear that. Do you have any income at the moment?",
    ):
        call.say(line)
    reply = call.say("Would it be possible to pay a little bit? Whatever you can?").reply
    could = [fill(a, call.values) for a in persona.facts[Topic.AFFORD]]
    assert any(answer in reply for answer in could), reply


def test_a_plan_offered_with_an_amount_gets_one_answer_not_two(library: Library) -> None:
    from simulator.engine.debtor import DebtorState
    from simulator.language import analyze
    from simulator.language.types import AnalysisContext

    scenario = library.scenario("student_unemployed_hardship")
    persona = library.persona_for(scenario)
    today = dt.date(2026, 3, 10)
    debtor = DebtorState.start(persona, scenario, today, amount_overdue=Decimal("800"))
    ctx = AnalysisContext(today=today, amount_overdue=Decimal("800"))
    with_amount = debtor.negotiate(
        analyze(
            "We could set up a payment plan: $200 now and the rest in monthly instalments.", ctx
        )
    )
    assert "accept_plan" not in [key for key, _ in with_amount.said]
    assert "accept_amount" in [key for key, _ in with_amount.said]
    fresh = DebtorState.start(persona, scenario, today, amount_overdue=Decimal("800"))
    plan_only = fresh.negotiate(analyze("Could we set up a payment plan for you?", ctx))
    assert [key for key, _ in plan_only.said] == ["accept_plan"]
    # once a first payment is agreed, a plan named again starts no new one at another sum
    again = debtor.negotiate(analyze("Could we set up a payment plan for you?", ctx))
    assert "accept_plan" not in [key for key, _ in again.said]


@pytest.mark.parametrize(
    ("hour", "minute", "breach"), [(7, 59, True), (8, 0, False), (20, 59, False), (21, 0, True)]
)
def test_calls_outside_8am_to_9pm_break_the_rule_pack(
    library: Library, hour: int, minute: int, breach: bool
) -> None:
    sc = library.scenario(SCENARIO)
    call = Call(
        sc,
        library.persona_for(sc),
        seed=3,
        clock=FixedClock(dt.datetime(2026, 3, 10, hour, minute)),
    )
    play(call, GOOD)
    rules = {f.rule for f in call.scores().compliance}
    assert ("calling_hours" in rules) is breach
    if breach:
        assert call.scores().failed


def test_a_rude_debtors_opening_provokes_the_first_line(library: Library) -> None:
    """A rude persona (`rude: true`) provokes from the first word, even in a scenario whose
    first state is not marked rude: the trainee's first line is scored for composure."""
    scenario = library.scenario(SCENARIO)
    assert not scenario.state(scenario.initial).rude  # type: ignore[union-attr]
    student = library.persona_for(scenario)
    assert not student.rude
    call = Call(scenario, student.model_copy(update={"rude": True}), seed=0)
    call.say("Good morning, this is Sam from the lender. Am I speaking with the account holder?")
    assert call.turns[0].debtor_was_rude
    assert call.scores().composure is not None
    calm = Call(scenario, student, seed=0)
    calm.say("Good morning, this is Sam from the lender. Am I speaking with the account holder?")
    assert not calm.turns[0].debtor_was_rude
    assert calm.scores().composure is None


def test_a_state_that_confirms_identity_does_so_however_the_call_gets_there(
    library: Library,
) -> None:
    scenario = library.scenario(SCENARIO)
    # a copy in which the debtor picks up already known (the initial state confirms identity)
    states = [
        s.model_copy(update={"identity_confirmed": True}) if s.name == scenario.initial else s
        for s in scenario.states
    ]
    known = scenario.model_copy(update={"states": states})
    call = Call(known, library.persona_for(scenario), seed=3)
    assert call.debtor.identity_verified
    assert not generic_hint(call).startswith("Confirm you are speaking with")
    plain = new_call(library)
    assert not plain.debtor.identity_verified
    assert generic_hint(plain).startswith("Confirm you are speaking with")
    play(plain, GOOD[:1])  # "Am I speaking with ...?": the debtor says yes, in 'verified'
    assert plain.state == "verified" and plain.debtor.identity_verified


def test_the_generic_hint_names_the_terms_still_to_agree(library: Library) -> None:
    call = new_call(library)
    call.debtor.identity_verified = True
    call.debtor.amount_stated = True
    assert generic_hint(call) == "Pin down the amount, date, method of the payment."
    call.debtor.agreed.amount = Decimal(100)
    assert generic_hint(call) == "Pin down the date, method of the payment."
    call.debtor.agreed.date = dt.date(2026, 3, 13)
    call.debtor.agreed.method = "card"
    assert generic_hint(call).startswith("Restate the amount, date and method")


def test_turns_in_state_counts_from_the_first_turn_in_the_state(library: Library) -> None:
    """`turns_in_state_at_least: 2` on a way out of the first state: it holds once two lines
    have left the debtor there, so the third line moves them, not the second."""
    scenario = library.scenario(SCENARIO)
    wait = {
        "trigger": "no_progress",
        "source": scenario.initial,
        "dest": "hung_up",
        "conditions": [{"turns_in_state_at_least": 2}],
    }
    data = scenario.model_dump(mode="json")
    data["transitions"] = [wait, *data["transitions"]]
    patient = Scenario.model_validate(data)
    call = Call(patient, library.persona_for(scenario), seed=3)
    call.say("Blorp flib zanzibar quux.")
    assert call.state == scenario.initial  # one turn here: not yet
    call.say("Blorp flib zanzibar quux.")
    assert call.state == scenario.initial  # counted after it is said: one turn before it
    call.say("Blorp flib zanzibar quux.")
    assert call.state == "hung_up"


def test_while_terms_are_negotiated_a_plain_okay_is_not_asked_what_it_is_about(
    library: Library,
) -> None:
    """'What's this about?' is for a debtor who does not know yet; in a state where terms are
    negotiated, a line that moves nothing gets what the terms still need."""
    from simulator.engine.lines import DEFAULT_CLARIFY

    call = play(new_call(library), GOOD[:4])
    state = call.scenario.state(call.state)
    assert state is not None and state.negotiable
    reply = call.say("Okay, thank you.").reply
    assert reply not in DEFAULT_CLARIFY["what_about"] + DEFAULT_CLARIFY["go_on"]


def test_days_offered_to_choose_from_are_answered_with_one_of_them(library: Library) -> None:
    """ "Could you do Thursday or Friday?" asks the debtor to pick: they name one of the days
    offered (the latest they can manage) and agree to none until the trainee names it."""
    call = play(
        new_call(library),
        [
            *GOOD[:2],
            "I understand, exams are stressful. Can you pay the {amount_overdue} this week?",
        ],
    )
    reply = call.say("Could you do Thursday or Friday?").reply
    assert "Thursday the 12th" in reply or "Friday the 13th" in reply
    assert call.debtor.agreed.date is None


def test_a_security_question_is_answered_from_the_record(library: Library) -> None:
    """ "Can I check your date of birth?" gets the debtor's date of birth from their record,
    asked with a question mark or without; a persona may answer otherwise."""
    call = play(new_call(library), GOOD[:1])
    reply = call.say("Before we go on, can I just check your date of birth please?").reply
    assert call.values["date_of_birth"] in reply
    reply = call.say("Thanks. And I need the first line of your address, please.").reply
    assert call.values["address"] in reply


def test_a_persona_may_answer_a_security_question_its_own_way(library: Library) -> None:
    sc = library.scenario(SCENARIO)
    persona = library.persona_for(sc)
    wary = persona.model_copy(update={"facts": {**persona.facts, "date_of_birth": ["Why?"]}})
    call = Call(sc, wary, seed=3, clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)))
    play(call, GOOD[:1])
    assert call.say("Could I take your date of birth?").reply.startswith("Why?")


def test_an_amount_and_a_day_with_no_way_to_pay_is_no_vague_promise(library: Library) -> None:
    """Play-tests 275 to 278: "$187.81 on Friday" agreed and the call closed without a way to
    pay ended as "Vague promise only", its promise score capped at 30. It ends as
    no_way_to_pay, the terms keep their points, and the debrief says what was missing."""
    from simulator.engine.text_report import OUTCOME_WORDS

    c = play(
        new_call(library, seed=5, scenario="personal_loan_courteous_reminder"),
        [
            "Hi, is this {debtor_name}? It's Sam from {lender}.",
            "This is an attempt to collect a debt and any information obtained will be used for "
            "that purpose. Your payment of {amount_overdue} is overdue.",
            "Could you pay {amount_overdue} on Friday?",
            "Great, so {amount_overdue} on Friday, correct?",
            "Thanks, bye.",
        ],
    )
    assert c.finished and c.outcome_value == "no_way_to_pay", c.outcome_value
    assert OUTCOME_WORDS["no_way_to_pay"] == "Amount and day agreed, no way to pay"
    scores = c.scores()
    assert scores.promise == 50, scores.promise  # amount and day, not capped as vague (30)
    assert any("not how they will pay" in t.message for t in scores.tips), scores.tips
