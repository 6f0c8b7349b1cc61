"""The debtor understands how collectors really talk and answers what was said.

The corpus (tests/data/conversation/) is read line by line and played call by call; the blind
set beside it is only reported (`python tests/conversation_eval.py --blind`), never asserted
here, so nobody tunes on it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from conversation_eval import BLINDS, LATER, ROOT, SECOND, THIRD, play_calls, read_lines

from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.engine.clock import FixedClock
from simulator.engine.debtor import day_text
from simulator.engine.lines import DEFAULT_NEGOTIATION
from simulator.language import AnalysisContext, analyze
from simulator.language.types import Act, Slots

TODAY = dt.date(2026, 3, 10)  # a Tuesday
CALL_START = dt.datetime(2026, 3, 10, 10, 30)
RECORD = AnalysisContext(
    today=TODAY,
    amount_overdue=Decimal("308.44"),
    previous_debtor_line="Hello?",
    state="answering",
    debtor_names=("Rachel Walker", "Rachel", "Walker"),
    lender="Bradley Bank",
)


def new_call(library: Library, scenario: str = "student_forgot_first_late", seed: int = 1) -> Call:
    s = library.scenario(scenario)
    return Call(s, library.persona_for(s), seed=seed, clock=FixedClock(CALL_START))


# The identity check and the disclosure, said the same way in the tests that go past them.
OPENING = (
    "Hi, is this {debtor_name}? It's Sam from {lender}.",
    "This is an attempt to collect a debt and any information will be used for that.",
)


def say(call: Call, line: str) -> str:
    return call.say(line.format_map(call.values)).reply


# --- the corpus -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_lines() -> list:
    return read_lines()


@pytest.fixture(scope="module")
def corpus_calls() -> list:
    return play_calls()


def wrong_shares(lines: list) -> tuple[float, float]:
    """The shares of lines whose acts, and whose slots, were read wrong."""
    acts = sum(any(p.startswith("acts") for p in r.problems) for r in lines)
    slots = sum(
        any(p.split(":")[0] in ("amount", "date", "method") for p in r.problems) for r in lines
    )
    return acts / len(lines), slots / len(lines)


@pytest.fixture(scope="module")
def second_lines() -> list:
    return read_lines(SECOND)


@pytest.fixture(scope="module")
def second_calls() -> list:
    return play_calls(SECOND)


def test_the_second_corpus_is_read_about_as_well_as_when_it_was_tuned_on(
    second_lines: list,
) -> None:
    """The second writer's 450 lines (before tuning: 28.9% of lines right, acts 32.4%)."""
    assert len(second_lines) >= 400
    acts, slots = wrong_shares(second_lines)
    assert acts <= 0.16 and slots <= 0.18


def test_the_second_corpus_calls_confirm_no_wrong_name_repeat_nothing_and_invent_no_terms(
    second_calls: list,
) -> None:
    kinds = ("wrong name", "twice", "never named")
    assert not [
        (c.call["id"], p) for c in second_calls for p in c.problems if any(k in p for k in kinds)
    ]
    assert sum(not c.problems for c in second_calls) >= 11


@pytest.fixture(scope="module")
def third_lines() -> list:
    return read_lines(THIRD)


def test_the_third_corpus_is_read_about_as_well_as_when_it_was_tuned_on(
    third_lines: list,
) -> None:
    """The third writer's 400 lines (before tuning: 55.5% of lines right at 20f0982, acts
    62.5%; 58.2% after this session's changes made on the first two corpora)."""
    assert len(third_lines) >= 400
    acts, slots = wrong_shares(third_lines)
    assert acts <= 0.09 and slots <= 0.14


def test_the_third_corpus_calls_confirm_no_wrong_name_repeat_nothing_and_invent_no_terms() -> None:
    calls = play_calls(THIRD)
    kinds = ("wrong name", "twice", "never named")
    assert not [(c.call["id"], p) for c in calls for p in c.problems if any(k in p for k in kinds)]
    assert sum(not c.problems for c in calls) >= 11


# The later writers' lines, as they came (read by the reader of the start of the session that
# added them), and the share of acts and of slots read wrong since they are trained on.
LATER_FIGURES = {  # corpus: (right as they came, acts wrong at most, slots wrong at most)
    "fourth": (0.525, 0.14, 0.10),
    "fifth": (0.438, 0.21, 0.16),
    "sixth": (0.533, 0.09, 0.08),
    "seventh": (0.537, 0.17, 0.11),
    "eighth": (0.537, 0.12, 0.13),
    "ninth": (0.477, 0.18, 0.13),
    "tenth": (0.450, 0.13, 0.13),
    "eleventh": (0.607, 0.09, 0.08),
    "twelfth": (0.457, 0.13, 0.12),
    "thirteenth": (0.333, 0.15, 0.24),
    "fourteenth": (0.603, 0.12, 0.11),
    "fifteenth": (0.537, 0.10, 0.14),
    "sixteenth": (0.683, 0.09, 0.09),
    "seventeenth": (0.363, 0.18, 0.24),
    "eighteenth": (0.707, 0.08, 0.05),
    "nineteenth": (0.530, 0.09, 0.12),
    "twentieth": (0.557, 0.12, 0.11),
    "twentyfirst": (0.650, 0.13, 0.09),
    "twentysecond": (0.330, 0.28, 0.24),
    "twentythird": (0.527, 0.16, 0.13),
    "twentyfourth": (0.553, 0.15, 0.13),
    "twentyfifth": (0.480, 0.10, 0.24),
    "twentysixth": (0.623, 0.09, 0.12),
    "twentyseventh": (0.570, 0.14, 0.14),
    "twentyeighth": (0.740, 0.10, 0.09),
    "twentyninth": (0.670, 0.11, 0.09),
    "thirtieth": (0.453, 0.17, 0.19),
    "thirtyfirst": (0.573, 0.10, 0.11),
    "thirtysecond": (0.557, 0.13, 0.14),
    "thirtythird": (0.590, 0.08, 0.16),
    "thirtyfourth": (0.673, 0.12, 0.09),
    "thirtyfifth": (0.650, 0.12, 0.14),
    "thirtysixth": (0.807, 0.06, 0.04),
    "thirtyseventh": (0.617, 0.11, 0.07),
    "thirtyeighth": (0.550, 0.15, 0.14),
    "thirtyninth": (0.653, 0.08, 0.13),
    "fortieth": (0.557, 0.15, 0.17),
    "fortyfirst": (0.703, 0.12, 0.08),
    "fortysecond": (0.630, 0.14, 0.09),
    "fortythird": (0.713, 0.12, 0.09),
    "fortyfourth": (0.643, 0.14, 0.13),
    "fortyfifth": (0.668, 0.09, 0.07),
    "fortysixth": (0.692, 0.09, 0.07),
    "fortyseventh": (0.678, 0.10, 0.07),
    "fortyeighth": (0.752, 0.08, 0.05),
    "fortyninth": (0.608, 0.11, 0.04),
    "fiftieth": (0.652, 0.12, 0.04),
    "fiftyfirst": (0.632, 0.12, 0.05),
    "fiftysecond": (0.602, 0.11, 0.09),
    "fiftythird": (0.660, 0.12, 0.05),
    "fiftyfourth": (0.648, 0.11, 0.04),
    "fiftyfifth": (0.685, 0.09, 0.04),
    "fiftysixth": (0.678, 0.09, 0.06),
    "fiftyseventh": (0.608, 0.13, 0.07),
    "fiftyeighth": (0.605, 0.11, 0.09),
    "fiftyninth": (0.638, 0.10, 0.10),
    "sixtieth": (0.667, 0.10, 0.10),
    "sixtyfirst": (0.578, 0.10, 0.11),
    "sixtysecond": (0.682, 0.10, 0.10),
    "sixtythird": (0.598, 0.10, 0.10),
    "sixtyfourth": (0.688, 0.10, 0.10),
    "sixtyfifth": (0.607, 0.10, 0.10),
    "sixtysixth": (0.732, 0.10, 0.10),
    "sixtyseventh": (0.595, 0.13, 0.10),
    "sixtyeighth": (0.672, 0.12, 0.10),
    "sixtyninth": (0.642, 0.12, 0.10),
    "seventieth": (0.670, 0.12, 0.10),
    "seventyfirst": (0.712, 0.12, 0.10),
    "seventysecond": (0.732, 0.12, 0.10),
    "seventythird": (0.725, 0.12, 0.10),
    "seventyfourth": (0.712, 0.12, 0.10),
    "seventyfifth": (0.702, 0.12, 0.10),
    "seventysixth": (0.717, 0.12, 0.10),
    "seventyseventh": (0.722, 0.12, 0.10),
    "seventyeighth": (0.75, 0.12, 0.10),
    "seventyninth": (0.725, 0.12, 0.10),
    "eightieth": (0.702, 0.12, 0.10),
    "eightyfirst": (0.717, 0.12, 0.10),
    "eightysecond": (0.68, 0.12, 0.10),
    "eightythird": (0.70, 0.12, 0.10),
    "eightyfourth": (0.755, 0.12, 0.10),
    "eightyfifth": (0.72, 0.12, 0.10),
    "eightysixth": (0.73, 0.12, 0.10),
    "eightyseventh": (0.72, 0.12, 0.10),
    "eightyeighth": (0.722, 0.12, 0.10),
    "eightyninth": (0.727, 0.12, 0.10),
    "ninetieth": (0.765, 0.12, 0.10),
    "ninetyfirst": (0.737, 0.12, 0.10),
    "ninetysecond": (0.725, 0.12, 0.10),
    "ninetythird": (0.735, 0.12, 0.10),
    "ninetyfourth": (0.762, 0.12, 0.10),
    "ninetyfifth": (0.81, 0.12, 0.10),
    "ninetysixth": (0.778, 0.12, 0.10),
    "ninetyseventh": (0.782, 0.12, 0.10),
    "ninetyeighth": (0.742, 0.12, 0.10),
    "ninetyninth": (0.765, 0.12, 0.10),
    "hundredth": (0.832, 0.12, 0.10),
    "hundredfirst": (0.785, 0.12, 0.10),
    "hundredsecond": (0.8, 0.12, 0.10),
    "hundredthird": (0.792, 0.12, 0.10),
    "hundredfourth": (0.828, 0.12, 0.10),
    "hundredfifth": (0.842, 0.12, 0.10),
    "hundredsixth": (0.778, 0.12, 0.10),
    "hundredseventh": (0.812, 0.12, 0.10),
    "hundredeighth": (0.75, 0.12, 0.10),
    "hundredninth": (0.792, 0.12, 0.10),
    "hundredtenth": (0.85, 0.12, 0.10),
    "hundredeleventh": (0.84, 0.12, 0.10),
    "hundredtwelfth": (0.85, 0.12, 0.10),
    "hundredthirteenth": (0.84, 0.12, 0.10),
    "hundredfourteenth": (0.82, 0.12, 0.10),
    "hundredfifteenth": (0.78, 0.12, 0.10),
    "hundredsixteenth": (0.80, 0.12, 0.10),
    "hundredseventeenth": (0.81, 0.12, 0.10),
    "hundredeighteenth": (0.76, 0.12, 0.10),
    "hundrednineteenth": (0.77, 0.12, 0.10),
    "hundredtwentieth": (0.80, 0.12, 0.10),
    "hundredtwentyfirst": (0.78, 0.12, 0.10),
    "hundredtwentysecond": (0.79, 0.12, 0.10),
    "hundredtwentythird": (0.75, 0.12, 0.10),
    "hundredtwentyfourth": (0.76, 0.12, 0.10),
}


@pytest.mark.parametrize("name", sorted(LATER_FIGURES))
def test_the_later_writers_lines_are_read_about_as_well_as_when_trained_on(name: str) -> None:
    lines = read_lines(LATER[name])
    assert len(lines) >= 290
    acts, slots = wrong_shares(lines)
    came, acts_at_most, slots_at_most = LATER_FIGURES[name]
    assert acts <= acts_at_most and slots <= slots_at_most
    assert sum(not r.problems for r in lines) / len(lines) > came + 0.1  # taught, not ignored


def test_the_corpus_is_big_enough_and_in_many_voices(
    corpus_lines: list, corpus_calls: list
) -> None:
    assert len(corpus_lines) >= 600 and len(corpus_calls) >= 40
    voices = {r.line.get("voice") for r in corpus_lines}
    assert {"terse", "chatty", "formal", "typos", "text-speak", "non-native"} <= voices


def test_acts_are_read_on_the_corpus(corpus_lines: list) -> None:
    wrong = [r for r in corpus_lines if any(p.startswith("acts") for p in r.problems)]
    assert len(wrong) / len(corpus_lines) <= 0.06, [
        (r.line["id"], r.line["text"], r.problems) for r in wrong[:10]
    ]


def test_slots_are_read_on_the_corpus(corpus_lines: list) -> None:
    wrong = [
        r
        for r in corpus_lines
        if any(p.split(":")[0] in ("amount", "date", "method") for p in r.problems)
    ]
    assert len(wrong) / len(corpus_lines) <= 0.10, [
        (r.line["id"], r.line["text"], r.problems) for r in wrong[:10]
    ]


def test_no_wrong_name_is_ever_confirmed_in_the_corpus_calls(corpus_calls: list) -> None:
    assert not [(c.call["id"], p) for c in corpus_calls for p in c.problems if "wrong name" in p]


def test_no_reply_is_said_twice_in_any_corpus_call(corpus_calls: list) -> None:
    assert not [(c.call["id"], p) for c in corpus_calls for p in c.problems if "twice" in p]


def test_every_expected_ending_happens_in_the_corpus_calls(corpus_calls: list) -> None:
    assert not [(c.call["id"], p) for c in corpus_calls for p in c.problems if "ended at" in p]


def test_no_term_is_agreed_that_the_trainee_did_not_name(corpus_calls: list) -> None:
    assert not [(c.call["id"], p) for c in corpus_calls for p in c.problems if "never named" in p]


def test_nearly_every_corpus_call_meets_every_expectation(corpus_calls: list) -> None:
    failing = [(c.call["id"], c.problems) for c in corpus_calls if c.problems]
    assert len(failing) <= len(corpus_calls) // 20, failing


# --- identity and the wrong party -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Rachel Walker?",
        "Hi, Rachel Walker? Quick one, it's Lee from Bradley Bank.",
        "Morning, is this Rachel Walker by any chance?",
        "hi, Rachel? it's Jordan from Bradley Bank",
        "Hello, could you confirm you are Rachel Walker?",
        "is this rachel",
        "Oh, wonderful, my notes are a mess. Rachel Walker, then?",  # a second try
        "Sorry. Rachel Walker, perhaps?",
    ],
)
def test_an_identity_check_said_normally_is_read(line: str) -> None:
    analysis = analyze(line, RECORD)
    assert analysis.has(Act.VERIFY_IDENTITY)
    assert "wrong_name" not in analysis.flags


def test_greeting_back_a_debtor_who_said_their_name_checks_identity() -> None:
    context = AnalysisContext(
        today=TODAY, previous_debtor_line="Hello, Brittany speaking.", state="answering"
    )
    assert analyze("Hi Brittany, it's Ana from Bradley Bank", context).has(Act.VERIFY_IDENTITY)


@pytest.mark.parametrize(
    ("line", "flag"),
    [
        ("Hi, is this Michael Johnson?", "wrong_name"),
        ("Can I speak to Gary please?", "wrong_name"),
        ("Hello, it's Lee from Fisher Credit Union, is this Rachel?", "wrong_lender"),
    ],
)
def test_a_wrong_name_or_lender_is_flagged_against_the_record(line: str, flag: str) -> None:
    assert flag in analyze(line, RECORD).flags


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("Hi, is this Robert Walker?", True),  # the surname is hers: her husband may answer
        ("Hi, is this Rachel Wilson?", True),
        ("Is this Mrs Walker?", False),
        ("Morning, is that Rach Walker?", False),  # a short form of her first name
        ("Rachel Walker?", False),
        ("Rachel W?", False),  # an initial
        ("Is this Mister Walker?", False),
        ("not the garage no lol. bradley bank here, u rachel?", False),  # "u" is "you"
        ("is this J Walker?", True),
        ("hi is this rachel waker?", False),  # a slip of the keys in her surname
        ("Is this Rachle Walker?", False),  # two letters swapped
        ("Is this Rachel Walsh?", True),  # another surname, not a typo of hers
    ],
)
def test_a_full_name_is_hers_only_when_both_names_are(line: str, wrong: bool) -> None:
    analysis = analyze(line, RECORD)
    assert analysis.has(Act.VERIFY_IDENTITY)
    assert ("wrong_name" in analysis.flags) is wrong


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("Hi, this is Toyota Financial calling for Rachel Walker.", True),
        ("It's Sam from Bradley Auto Finance, is this Rachel?", True),  # not Bradley Bank
        ("It's Sam from Bradley Bank's collections team, is this Rachel?", False),
        ("Hi it's Sam from Bradley, is this Rachel?", False),
        ("Hi, this is Sam calling for Rachel Walker.", False),  # a person, not a lender
        ("It's Sam from Bradley Bnak, is this Rachel?", False),  # a typo is not another bank
        ("Hi, it's Sam from Bradleyville Bank, is this Rachel?", True),  # a longer name
        ("G'day, Sam here from Harwick Telecom, is that Rachel?", True),
    ],
)
def test_a_lender_named_by_another_name_is_the_wrong_lender(line: str, wrong: bool) -> None:
    assert ("wrong_lender" in analyze(line, RECORD).flags) is wrong


def test_once_identity_is_confirmed_a_lone_word_question_names_nobody() -> None:
    confirmed = dataclasses.replace(RECORD, identity_confirmed=True, state="negotiating")
    for line in ("Day?", "lol ok but like when tho. tmrw?", "Transfer?"):
        assert "wrong_name" not in analyze(line, confirmed).flags, line
    assert "wrong_name" in analyze("Am I still speaking with Gary?", confirmed).flags


def test_questions_that_are_not_names_are_not_identity_checks() -> None:
    for line in ("is it nice weather there today?", "what are you doing this weekend?"):
        analysis = analyze(line, RECORD)
        assert not analysis.has(Act.VERIFY_IDENTITY) and "wrong_name" not in analysis.flags


def test_the_debtor_refuses_a_wrong_name_and_the_trainee_can_recover(library: Library) -> None:
    call = new_call(library)
    reply = say(call, "Hi, is this Michael Johnson?")
    assert not call.debtor.identity_verified and call.state == "answering"
    assert "that's me" not in reply.lower() and "yes" not in reply.lower().split(",")[0]
    assert call.wrong_party_named
    say(call, "Sorry about that! Is this {debtor_name}?")
    assert call.debtor.identity_verified and call.state == "verified"


def test_discussing_the_debt_after_a_wrong_name_is_a_compliance_finding(
    library: Library,
) -> None:
    call = new_call(library)
    say(call, "Is this Michael Johnson? I'm calling about your overdue {loan_type}.")
    call.end()
    findings = call.scores().compliance
    assert any(
        f.rule == "disclosure_before_verification" and "another name" in f.message for f in findings
    ), findings


# --- goodbyes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "goodbye", ["ok bye then, goodbye", "Take care!", "cheers", "Have a good one.", "talk soon"]
)
def test_a_goodbye_in_any_ordinary_form_ends_the_call(library: Library, goodbye: str) -> None:
    call = new_call(library)
    say(call, "Hello, is this {debtor_name}?")
    turn = call.say(goodbye)
    assert call.finished and turn.ended
    assert call.outcome is not None and call.outcome.value == "ended_by_trainee"
    assert turn.reply  # the debtor says goodbye too


def test_a_goodbye_after_a_confirmed_promise_keeps_the_promise(library: Library) -> None:
    scenario = library.scenario("student_forgot_first_late")
    states = [
        s.model_copy(update={"ending": None}) if s.name == "promised" else s
        for s in scenario.states
    ]
    call = Call(
        scenario.model_copy(update={"states": states}),
        library.persona_for(scenario),
        seed=3,
        clock=FixedClock(CALL_START),
    )
    for line in (
        "Hello, is this {debtor_name}? It's Sam from {lender}.",
        "I'm calling about your {loan_type}: {amount_overdue} is overdue.",
        "Could you pay {amount_overdue} by Friday by card?",
        "So {amount_overdue} Friday by card, yeah?",
    ):
        say(call, line)
    assert call.promise.confirmed and not call.finished
    call.say("Great, thanks, bye!")
    assert call.outcome is not None and call.outcome.value == "promise_secured"


# --- terms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Have you tried posting a review online?",
        "is it nice weather there today?",
        "what are you doing this weekend?",
        "How are you today?",
        "the direct debit didn't follow you to the new bank",
        "I'm at gate 12 right now",
    ],
)
def test_small_talk_fills_no_term(line: str) -> None:
    assert analyze(line, RECORD).slots.is_empty()


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Could you do that on Friday 11 December?", dt.date(2026, 12, 11)),
        ("Could you pay it two days from now?", dt.date(2026, 3, 12)),
        ("Can you pay a week from today?", dt.date(2026, 3, 17)),
        ("Can you pay in 10 days?", dt.date(2026, 3, 20)),
        ("Can you pay by the 15th?", dt.date(2026, 3, 15)),
        ("Can you pay thrusday?", dt.date(2026, 3, 12)),
    ],
)
def test_dates_said_normally(line: str, date: dt.date) -> None:
    assert analyze(line, RECORD).slots.date == date


def test_a_bare_date_proposes_while_terms_are_pinned_down() -> None:
    negotiating = AnalysisContext(today=TODAY, state="negotiating", terms_expected=True)
    assert analyze("Or what about 3/13?", negotiating).slots.date == dt.date(2026, 3, 13)
    assert analyze("Or what about 3/13?", RECORD).slots.date is None


def test_past_and_turned_down_dates_are_never_deadlines() -> None:
    assert analyze("The payment due on March 5 didn't come in.", RECORD).slots.date is None
    turned_down = analyze("Monday is too late, can you do it tomorrow?", RECORD)
    assert turned_down.slots.date == dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("Could you pay half of the $308.44 today?", Decimal("154.22")),
        ("Could you do a couple hundred bucks by Friday?", Decimal("200")),
        ("How about $50 a week?", Decimal("50")),
    ],
)
def test_amounts_said_normally(line: str, amount: Decimal) -> None:
    assert analyze(line, RECORD).slots.amount == amount


def test_the_rest_is_what_remains_after_the_agreed_part() -> None:
    context = AnalysisContext(
        today=TODAY,
        amount_overdue=Decimal("308.44"),
        terms_expected=True,
        agreed=Slots(amount=Decimal("100")),
    )
    assert analyze("And the rest by the end of the month?", context).slots.amount == Decimal(
        "208.44"
    )


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("Can you pay it by PayPal?", "paypal"),
        ("Could you Venmo it today?", "venmo"),
        ("Can you send it with Zelle?", "zelle"),
        ("Could you mail a money order?", "money_order"),
        ("Can we set up a standing order?", "standing_order"),
    ],
)
def test_more_payment_methods(line: str, method: str) -> None:
    assert analyze(line, RECORD).slots.method == method


@pytest.mark.parametrize(
    "tag",
    ["Yeah?", "confirmed?", "does that sound right to you?", "is that ok?", "right?", "done?"],
)
def test_a_restatement_closed_by_a_tag_confirms(tag: str) -> None:
    analysis = analyze(f"Perfect. $291.81 Thursday by card. {tag}", RECORD)
    assert analysis.has(Act.CONFIRM_TERMS)


def test_with_every_term_agreed_a_tag_alone_confirms() -> None:
    agreed = AnalysisContext(
        today=TODAY,
        terms_expected=True,
        agreed=Slots(amount=Decimal("291.81"), date=dt.date(2026, 3, 12), method="card"),
        agreed_complete=True,
    )
    assert analyze("Does that sound right to you?", agreed).has(Act.CONFIRM_TERMS)
    assert not analyze("Does that sound right to you?", RECORD).has(Act.CONFIRM_TERMS)


def test_is_it_done_asks_whether_they_paid_and_a_warning_tag_confirms_nothing() -> None:
    assert not analyze("You said you'd pay $291.81 Thursday. Is it done?", RECORD).has(
        Act.CONFIRM_TERMS
    )
    assert not analyze("Miss the 20th, the fees go back on. Clear?", RECORD).has(Act.CONFIRM_TERMS)


# --- the debtor's reply -------------------------------------------------------------------------


def test_the_debtor_answers_a_question_from_the_persona_facts(library: Library) -> None:
    call = new_call(library)
    say(call, "Hi, is this {debtor_name}? It's Sam from {lender}.")
    reply = say(call, "Before we start, when do you next get paid?")
    facts = library.persona_for(call.scenario).facts
    assert any(reply.endswith(fact.format_map(call.values)) for fact in facts["payday"])


def test_before_they_know_who_calls_a_lost_debtor_asks_who_it_is(library: Library) -> None:
    call = new_call(library)
    reply = say(call, "Banana telephone.")
    assert "who" in reply.lower()


def test_confusion_is_never_the_same_twice_and_costs_patience(library: Library) -> None:
    call = new_call(library)
    say(call, "Hi, is this {debtor_name}?")
    patience = call.debtor.patience
    replies = [say(call, nonsense) for nonsense in ("Banana.", "Purple monkey.", "Zebra.")]
    assert len(set(replies)) == 3
    assert call.debtor.patience < patience - 6


def test_no_reply_is_said_twice_even_in_a_long_aimless_call(library: Library) -> None:
    call = new_call(library, "rude_defaulter_composure", seed=2)
    replies = [call.opening]
    say(call, "Hello, is this {debtor_name}?")
    while not call.finished:
        replies.append(say(call, "Mm."))
    assert len(replies) == len(set(replies))


def test_a_reaction_is_the_whole_reply_not_followed_by_confusion(library: Library) -> None:
    call = new_call(library)
    say(call, "Hi, is this {debtor_name}?")
    reply = say(call, "I'm so sorry to hear that, that must be hard.")
    assert "what do you mean" not in reply.lower() and "don't follow" not in reply.lower()


def test_a_restatement_with_another_method_is_corrected_and_confirms_nothing(
    library: Library,
) -> None:
    call = new_call(library, seed=3)
    for line in (
        *OPENING,
        "It's about your loan: {amount_overdue} is overdue.",
        "Oh that's alright, it happens. Could you pay it on Friday?",
        "Great. Would you pay by bank transfer?",
    ):
        say(call, line)
    assert call.debtor.agreed.method == "transfer"
    reply = say(call, "Perfect, so {amount_overdue} on Friday by card, right?")
    assert "bank transfer" in reply.lower() and "not card" in reply.lower()
    assert call.debtor.agreed.method == "transfer" and not call.debtor.confirmed
    say(call, "Sorry, my mistake: {amount_overdue} on Friday by bank transfer, correct?")
    assert call.debtor.confirmed and call.promise.method == "transfer"


def test_after_countering_the_amount_the_debtor_accepts_the_rest_once_as_a_condition(
    library: Library,
) -> None:
    call = new_call(library, "car_broke_down_partial", seed=3)
    for line in (
        *OPENING,
        "It's about your car loan: {amount_overdue} is overdue.",
    ):
        say(call, line)
    reply = say(call, "Could you pay the full {amount_overdue} on Friday by card?")
    assert "fine, though" in reply or "if the amount is" in reply
    assert "Friday the 13th by card" in reply
    assert call.debtor.agreed.amount is None  # the amount was countered, not agreed


def test_half_of_it_followed_by_the_half_names_that_half() -> None:
    context = dataclasses.replace(RECORD, amount_overdue=Decimal("390.78"), terms_expected=True)
    line = "Could you pay half of it, $195.39, by Friday?"
    assert analyze(line, context).slots.amount == Decimal("195.39")
    assert analyze("Could you pay half of the $390.78?", context).slots.amount == Decimal("195.39")


def test_asked_for_a_term_while_negotiating_the_debtor_names_their_own(library: Library) -> None:
    call = new_call(library, "student_unemployed_hardship", seed=5)
    for line in (
        "Good afternoon, may I speak with {debtor_name} please?",
        "My name is Ravi from {lender}. This is an attempt to collect a debt, and any "
        "information obtained will be used for that purpose.",
        "Your account shows {amount_overdue} overdue.",
        "I understand, this is difficult. We could do a payment plan, smaller amounts monthly?",
    ):
        say(call, line)
    offer = call.debtor.money(call.debtor.offer())
    assert offer in say(call, "How much you can pay this month?")
    latest = day_text(call.debtor.named_date())
    assert latest in say(call, "OK, and on which date you can pay this?")
    assert call.debtor.agreed.amount is None and call.debtor.agreed.date is None
    # no way named, none agreed: they ask which ways there are
    assert say(call, "And how you will pay?") in DEFAULT_NEGOTIATION["ask_methods"]
    assert call.debtor.agreed.method is None
    # picking from the trainee's own choice agrees that way (as the trainee naming it would)
    assert "card" in say(call, "And how you will pay, by card or by transfer?").lower()
    assert call.debtor.agreed.method == "card"


def test_right_after_asking_for_payment_a_bare_day_proposes_a_date(library: Library) -> None:
    call = new_call(library, "rude_defaulter_composure", seed=7)
    say(call, "hey is this {first_name}")
    say(call, "its jo from {lender}, this is an attempt 2 collect a debt n any info will b used")
    say(call, "ur {amount_overdue} behind on the loan")
    say(call, "can u pay it 2day?")
    reply = say(call, "wat about fri?")
    assert call.turns[-1].analysis.slots.date == dt.date(2026, 3, 13)
    assert "Friday the 13th" in reply and "what?" not in reply.lower()


@pytest.mark.parametrize("tag", ["yeh?", "aye?", "no?", "kk?"])
def test_a_restatement_closed_by_an_everyday_tag_confirms(tag: str) -> None:
    assert analyze(f"so thats $291.81 fri by card {tag}", RECORD).has(Act.CONFIRM_TERMS)


@pytest.mark.parametrize(
    "line",
    [
        "card or bank transfer?",
        "kk card, or by bank transfer?",
        "Card or cash?",
        "great, monday by card or tranfser?",
        "Sorry, I have to ask: is that by card or transfer?",
    ],
)
def test_a_choice_of_methods_asks_how_and_names_none(line: str) -> None:
    analysis = analyze(line, dataclasses.replace(RECORD, terms_expected=True))
    assert analysis.slots.method is None and analysis.has(Act.ASK_PAYMENT)


def test_a_choice_left_to_the_debtor_is_answered_with_their_pick(library: Library) -> None:
    # no question mark: "whichever is easier" leaves the choice as "card or transfer?" does
    line = "You can do card or bank transfer, whichever is easier."
    assert analyze(line, dataclasses.replace(RECORD, terms_expected=True)).slots.method is None
    call = new_call(library, "car_broke_down_partial", seed=54)
    for said in (
        *OPENING,
        "It's about your car loan: {amount_overdue} is overdue.",
        "Oh no, that's awful timing with the car. How much could you put towards it this week?",
        "That's a good start. Could you pay that by Friday, and the rest on the 27th?",
    ):
        say(call, said)
    reply = say(call, line)
    picked = [
        m for m, words in (("card", "card"), ("transfer", "transfer")) if words in reply.lower()
    ]
    assert len(picked) == 1, reply  # one way, in the persona's words
    assert call.debtor.agreed.method == picked[0]  # their pick of the trainee's ways is agreed


@pytest.mark.parametrize(
    "line",
    [
        "We take card, bank transfer or cheque.",
        "You can pay by card with me now, or by bank transfer, or a money order if you prefer.",
    ],
)
def test_the_ways_to_pay_listed_offer_terms_and_choose_none(line: str) -> None:
    analysis = analyze(line, dataclasses.replace(RECORD, terms_expected=True))
    assert analysis.slots.method is None and analysis.has(Act.PROPOSE_TERMS)


def test_a_debtor_promising_soon_answers_the_ways_to_pay_with_their_pick(library: Library) -> None:
    call = new_call(library, seed=3)
    for said in (
        *OPENING,
        "It's about the {amount_overdue} overdue on your {loan_type}.",
        "Ah ok, that happens. When could you pay it?",
    ):
        say(call, said)
    assert call.state == "vague_promise"
    reply = say(call, "We take card, bank transfer or cheque.")
    assert call.state == "negotiating" and call.debtor.agreed.method in ("card", "transfer")
    assert call.debtor.agreed.method in reply.lower(), reply


@pytest.mark.parametrize(
    "line",
    [
        "could you pay $100 on your next payday?",
        "can you do $100 when you get paid next",
        "could it come out of your next paycheck?",
    ],
)
def test_next_payday_is_a_date_when_the_record_knows_it(line: str) -> None:
    payday = dt.date(2026, 3, 20)
    knows = dataclasses.replace(RECORD, terms_expected=True, next_payday=payday)
    analysis = analyze(line, knows)
    assert analysis.slots.date == payday and not analysis.has(Act.ACCEPT_VAGUE)
    assert analyze(line, dataclasses.replace(knows, next_payday=None)).slots.date is None


def test_a_question_about_payday_proposes_no_date() -> None:
    knows = dataclasses.replace(RECORD, terms_expected=True, next_payday=dt.date(2026, 3, 20))
    for line in ("when is your next payday?", "what day is payday for you?"):
        assert analyze(line, knows).slots.date is None, line


def test_the_debtor_agrees_to_pay_on_the_payday_their_record_knows(library: Library) -> None:
    call = new_call(library, "car_broke_down_partial", seed=3)
    assert call.record.next_payday is not None
    for line in (
        *OPENING,
        "It's about your car loan: {amount_overdue} is overdue.",
        "I'm sorry about the car. Could we split it, half now and half later?",
    ):
        say(call, line)
    say(call, "Could you pay $100 by card on your next payday?")
    assert call.debtor.agreed.date == call.record.next_payday


@pytest.mark.parametrize(
    "line",
    [
        "Go to gate 12 and call me back",
        "your reference is 4471, can you pay today by card?",
        # digits read out one by one, as on the phone
        "I can call you back on six oh eight twelve this afternoon",
        "and that's the card ending in four five six seven, yes?",
    ],
)
def test_numbers_that_name_places_and_references_are_not_money(line: str) -> None:
    assert analyze(line, dataclasses.replace(RECORD, terms_expected=True)).slots.amount is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("I can see you paid on the 3rd, thanks", None),
        ("we received it on the 2nd", None),
        ("can you get it paid on the 15th?", dt.date(2026, 3, 15)),
    ],
)
def test_a_date_something_was_done_on_is_history_not_a_deadline(
    line: str, date: dt.date | None
) -> None:
    assert analyze(line, dataclasses.replace(RECORD, terms_expected=True)).slots.date == date


def test_text_speak_is_read_and_its_evidence_quotes_what_was_typed() -> None:
    line = "hi thx. ur pymt of $356.24 was due 5th. can u pay 2day?"
    analysis = analyze(line, dataclasses.replace(RECORD, identity_confirmed=True))
    assert analysis.has(Act.ASK_PAYMENT) and analysis.has(Act.SET_DEADLINE)
    assert analysis.slots.date == TODAY and analysis.text == line
    quoted = {cue.span.text for cue in analysis.cues}
    assert "2day" in quoted and "thx" in quoted
    assert all(line[c.span.start : c.span.end] == c.span.text for c in analysis.cues)


def test_a_goodbye_with_a_pleasantry_and_a_restatement_confirms_and_ends(library: Library) -> None:
    call = new_call(library, seed=3)
    for line in (
        *OPENING,
        "It's about your loan: {amount_overdue} is overdue.",
        "Oh that's alright, it happens. Could you pay it on Friday?",
        "Great. Would you pay by card?",
    ):
        say(call, line)
    say(call, "Perfect - so that's {amount_overdue} by card on Friday. Have a lovely day, bye!")
    assert call.finished and call.debtor.confirmed


def test_a_callback_day_is_not_a_payment_date() -> None:
    context = dataclasses.replace(RECORD, terms_expected=True, identity_confirmed=True)
    analysis = analyze("Okay. I call you again tomorrow for this. Thank you, goodbye.", context)
    assert analysis.slots.date is None and analysis.has(Act.CLOSE)


def test_an_order_said_again_is_an_order() -> None:
    analysis = analyze("I said pay the $308.44 by Friday.", RECORD)
    assert "command" in analysis.flags


def test_a_proposal_on_payday_gets_an_answer_about_the_terms_not_about_pay(
    library: Library,
) -> None:
    call = new_call(library, "student_unemployed_hardship", seed=5)
    for line in (
        *OPENING,
        "Your account shows {amount_overdue} overdue.",
        "I understand. We could set up a payment plan, smaller amounts monthly?",
    ):
        say(call, line)
    reply = say(call, "Could you do $150 on your next payday by card?")
    facts = library.persona_for(call.scenario).facts["payday"]
    assert not any(fact.format_map(call.values) in reply for fact in facts)
    assert call.debtor.agreed.date == call.record.next_payday


@pytest.mark.parametrize(
    "line", ["I don't care about your excuses", "Oh, poor you. Just pay it, you clown."]
)
def test_a_cold_line_is_never_read_as_sympathy(line: str) -> None:
    context = dataclasses.replace(RECORD, identity_confirmed=True, state="explaining")
    assert not analyze(line, context).has(Act.EMPATHISE)


@pytest.mark.parametrize(
    "line",
    ["Rachel Walker? Bradley. You got a sec?", "Ha, fair enough! It's Bradley, about the loan."],
)
def test_naming_the_lender_at_the_start_says_who_is_calling(line: str) -> None:
    assert analyze(line, RECORD).has(Act.IDENTIFY_SELF)


def test_the_lender_named_as_where_the_loan_is_says_nothing_of_the_caller() -> None:
    verified = dataclasses.replace(RECORD, state="verified")
    assert not analyze("It's about your Bradley loan, $308.44.", verified).has(Act.IDENTIFY_SELF)
    # nor once the call is past its opening
    explaining = dataclasses.replace(RECORD, state="explaining")
    assert not analyze("Bradley is who you owe, not the dealer.", explaining).has(Act.IDENTIFY_SELF)


def test_a_month_after_from_is_no_lender() -> None:
    verified = dataclasses.replace(RECORD, state="verified")
    line = "I'm calling about the car loan, the $308.44 from November hasn't come in."
    assert "wrong_lender" not in analyze(line, verified).flags


def test_asked_about_their_income_the_debtor_answers_from_who_they_are(library: Library) -> None:
    call = new_call(library, "student_unemployed_hardship", seed=7)
    for said in (*OPENING, "It's about your student loan, {amount_overdue} is owing."):
        say(call, said)
    reply = say(call, "That must be really hard. Are you getting any income at the moment?")
    assert "job" in reply.lower() or "shifts" in reply.lower(), reply


def test_a_name_with_a_tag_question_is_an_identity_check() -> None:
    analysis = analyze(
        "Oh great, it's Rachel Walker, isn't it? Lovely to finally reach you.", RECORD
    )
    assert analysis.has(Act.VERIFY_IDENTITY) and "wrong_name" not in analysis.flags
    # introducing oneself is not asking who they are
    assert not analyze("Hi, it's Sam, is that ok?", RECORD).has(Act.VERIFY_IDENTITY)


def test_a_formal_good_day_said_last_ends_the_call() -> None:
    negotiating = dataclasses.replace(RECORD, state="negotiating", identity_confirmed=True)
    assert analyze("Thank you for your time. Good day.", negotiating).has(Act.CLOSE)
    assert not analyze("Good day! Is this Rachel Walker?", RECORD).has(Act.CLOSE)


def test_what_amount_could_you_pay_is_answered_with_a_sum(library: Library) -> None:
    call = new_call(library, "car_broke_down_partial", seed=72)
    for said in (*OPENING, "It's about your car loan: {amount_overdue} is overdue."):
        say(call, said)
    reply = say(call, "I am sorry to hear about the engine. What amount could you pay at present?")
    assert "$" in reply, reply


@pytest.mark.parametrize("name", ["Katie", "Mike", "Chris", "Jen"])
def test_a_debtor_called_by_a_short_form_is_themselves(name: str) -> None:
    # the nickname table maps "Katie" to Katherine; a debtor whose record says Katie is Katie
    record = dataclasses.replace(RECORD, debtor_names=(f"{name} Chavez", name, "Chavez"))
    line = f"Hi, this is Raj calling from Bradley Bank. Could I speak to {name} Chavez?"
    assert "wrong_name" not in analyze(line, record).flags


def test_acknowledging_a_stop_request_after_pushing_once_still_honours_it(
    library: Library,
) -> None:
    call = new_call(library, "stop_calling_cease_contact", seed=82)
    for said in (*OPENING, "Sorry to bother you. I'm calling about the {amount_overdue} overdue."):
        say(call, said)
    say(
        call,
        "I completely understand, and I'll make a note that you've asked us not to call. "
        "Would you prefer we write to you?",
    )
    assert call.outcome is not None and call.outcome.value == "contact_ceased"


def test_a_goodbye_followed_by_a_question_waits_for_the_answer(library: Library) -> None:
    """A goodbye ends the call when it is said last; a question after it is still to be
    answered, so the call goes on (Call._closes)."""
    call = new_call(library, seed=3)
    for line in OPENING:
        say(call, line)
    say(call, "Goodbye for now, is there anything else you want to ask?")
    assert not call.finished
    say(call, "Alright then. Goodbye.")
    assert call.finished


def what_about(call: Call) -> list[str]:
    """The ways this debtor asks what the call is about, in their own words for the state."""
    from simulator.engine.lines import DEFAULT_CLARIFY

    return call.persona.clarify.get(call.state) or DEFAULT_CLARIFY["what_about"]


def test_an_acknowledgement_before_the_purpose_asks_what_it_is_about(library: Library) -> None:
    """Once the debtor knows who calls, a line they understand but need not answer ("Okay,
    thank you.") gets "what's this about?" (the persona's own words for it: "Sorry, what's
    this about? The student loan?") and costs no patience; words they cannot read at all are
    confusion, which does once repeated."""
    from simulator.engine.lines import DEFAULT_CLARIFY

    call = new_call(library, seed=3)
    say(call, OPENING[0])
    assert call.state == "verified"
    assert say(call, "Okay, thank you.") in what_about(call)
    assert call.confused == 0
    lost = new_call(library, seed=3)
    say(lost, OPENING[0])
    reply = say(lost, "Blorp flib zanzibar quux.")
    assert reply not in DEFAULT_CLARIFY["go_on"] and lost.confused == 1


def test_an_understood_line_starts_the_debtors_confusion_over(library: Library) -> None:
    """Repeated confusion costs patience; a line the debtor understood ("Okay, thank you."
    gets "what's this about?") ends the run, so the next line they cannot read costs what
    the first such line of a call costs, not the more of a second one running."""

    def cost(call: Call, line: str) -> float:
        before = call.debtor.patience
        say(call, line)
        return before - call.debtor.patience

    lost = "Blorp flib zanzibar quux."
    first = new_call(library, seed=3)
    say(first, OPENING[0])
    once = cost(first, lost)
    assert cost(first, lost) > once  # the second running costs more
    understood = new_call(library, seed=3)
    say(understood, OPENING[0])
    say(understood, "Okay, thank you.")
    assert cost(understood, lost) == once


def test_a_question_about_terms_before_any_talk_of_paying_names_no_terms(
    library: Library,
) -> None:
    """Only in a state where terms are negotiated does the debtor answer "which day?" with
    a day of their own; before that they ask what the call is about."""
    call = new_call(library, seed=3)
    say(call, OPENING[0])
    state = call.scenario.state(call.state)
    assert state is not None and not state.negotiable
    assert say(call, "Which day works best for you?") in what_about(call)


def test_before_the_caller_is_known_a_line_that_moves_nothing_asks_who_calls(
    library: Library,
) -> None:
    """In the first state, before the identity check, the debtor who did not follow asks who
    is calling (the persona's own words for that state), not what the call is about."""
    from simulator.engine.lines import DEFAULT_CLARIFY

    call = new_call(library, seed=3)
    assert call.state == call.scenario.initial and not call.debtor.identity_verified
    reply = say(call, "Okay, thank you.")
    assert reply in call.persona.clarify[call.state]
    assert reply not in DEFAULT_CLARIFY["what_about"] + DEFAULT_CLARIFY["go_on"]


def test_what_the_debtor_can_afford_is_not_taken_back_by_a_vague_promise(
    library: Library,
) -> None:
    persona = library.persona_for(library.scenario("car_broke_down_partial"))
    vague = [line for lines in persona.lines["vague_promise"].values() for line in lines]
    for seed in (5, 6, 7):
        call = new_call(library, "car_broke_down_partial", seed=seed)
        say(call, "Morning, is that {debtor_name}?")
        say(
            call,
            "It's Alex from {lender}. This is an attempt to collect a debt and anything you tell "
            "me will be used for that. It's about the car loan, {amount_overdue} is overdue.",
        )
        assert call.state == "explaining"
        reply = say(call, "Oh no, that's rotten luck. How much could you manage this week?")
        assert call.state == "vague_promise"
        assert "$" in reply, reply  # "I could do $285.61 now and the rest with my next pay."
        assert not any(line in reply for line in vague), reply


def test_a_second_annotator_read_both_blind_sets_and_mostly_agrees() -> None:
    """The ceiling the reader's blind figure is measured against (tests/annotator_agreement.py):
    every line of the second reading is a line of its blind set, read in full."""
    from annotator_agreement import SETS, agreement

    for name in SETS:
        lines, right, acts, slots, _disagreed = agreement(name)
        assert lines >= 240 and 0.75 <= right / lines < 1 and acts >= right and slots >= right


@pytest.mark.parametrize("name", list(BLINDS))
def test_the_blind_sets_are_well_formed_and_never_read_by_the_reader_here(name: str) -> None:
    """Labels only (the reader's figure on them is reported, never asserted): every line names a
    record it has, acts and methods from FORMAT.md, ISO dates."""
    import yaml

    from simulator.language.methods import METHODS
    from simulator.language.types import Act

    data = yaml.safe_load((ROOT / name / "lines.yaml").read_text(encoding="utf-8"))
    known = {a.value for a in Act} - {"other"}
    methods = {method for method, _pattern in METHODS}  # the ways FORMAT.md names
    ids = [line["id"] for line in data["lines"]]
    assert len(ids) == len(set(ids)) >= 240
    for line in data["lines"]:
        assert line["record"] in data["records"], line["id"]
        assert set(line.get("acts") or ()) | set(line.get("optional") or ()) <= known, line["id"]
        slots = line.get("slots") or {}
        assert slots.get("method") in methods | {None}, line["id"]
        if slots.get("date") is not None:
            dt.date.fromisoformat(str(slots["date"]))
