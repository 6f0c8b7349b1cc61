"""Amounts, dates and payment methods, resolved against the call's own date (a Tuesday)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from simulator.language import Act, AnalysisContext, analyze
from simulator.language.types import Slots

TODAY = dt.date(2026, 12, 1)  # a Tuesday
CTX = AnalysisContext(today=TODAY, amount_overdue=Decimal("420.50"))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Could you pay $420.50?", "420.50"),
        ("Could you pay 1,200 dollars?", "1200"),
        ("Could you pay $1.2k?", "1200"),
        ("Could you pay two hundred and fifty?", "250"),
        ("Could you pay a hundred?", "100"),
        ("Could you pay fifty dollars?", "50"),
        ("Could you pay forty-five dollars?", "45"),
        ("Could you pay one thousand two hundred dollars?", "1200"),
        ("You owe four hundred and twenty dollars and fifty cents.", "420.50"),
        ("Can you pay the full amount?", "420.50"),
        ("Can you pay the whole balance?", "420.50"),
        ("Can you pay everything?", "420.50"),
        ("Can you pay half?", "210.25"),
        ("Of the $420.50 you owe, could you pay $200 today?", "200"),
    ],
)
def test_amounts(text: str, amount: str) -> None:
    assert analyze(text, CTX).slots.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "Could you pay in 3 days?",
        "Could you pay on the 15th?",
        "Call me at 5 pm.",
        "My account number is 12345678.",
        "We could do it in two instalments.",
        # played: "sixty applications" was an offer of $60, and the debtor said he couldn't pay it
        "I am very sorry to hear this, sixty applications is a lot. When you lost the job?",
        "So you've sent out 20 jobs applications and had 3 interviews?",
    ],
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert analyze(text, CTX).slots.amount is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pay today.", TODAY),
        ("Pay tonight.", TODAY),
        ("Pay by 5 pm.", TODAY),
        ("Pay by noon.", TODAY),
        ("Pay tomorrow.", dt.date(2026, 12, 2)),
        ("Pay the day after tomorrow.", dt.date(2026, 12, 3)),
        ("Pay by Friday.", dt.date(2026, 12, 4)),
        ("Pay this Friday.", dt.date(2026, 12, 4)),
        ("Pay next Monday.", dt.date(2026, 12, 7)),
        ("Pay next Friday.", dt.date(2026, 12, 11)),
        ("Pay by Friday the 11th.", dt.date(2026, 12, 11)),
        ("Pay on the 15th.", dt.date(2026, 12, 15)),
        ("Pay on the fifteenth.", dt.date(2026, 12, 15)),
        ("Pay by the 15th of December.", dt.date(2026, 12, 15)),
        ("Pay by December 15.", dt.date(2026, 12, 15)),
        ("Pay by 12/15.", dt.date(2026, 12, 15)),
        ("Pay by 2026-12-20.", dt.date(2026, 12, 20)),
        ("Pay by November 20.", None),  # eleven days ago: the past, never next year
        ("Pay by the end of the month.", dt.date(2026, 12, 31)),
        ("Pay by the end of next month.", dt.date(2027, 1, 31)),
        ("Pay by the end of the week.", dt.date(2026, 12, 4)),
        ("Pay by the end of next week.", dt.date(2026, 12, 11)),
        ("Pay in two weeks.", dt.date(2026, 12, 15)),
        ("Pay in 3 days.", dt.date(2026, 12, 4)),
        ("Pay within 48 hours.", dt.date(2026, 12, 3)),
        ("Pay in the next 2 hours.", TODAY),
        ("Pay within 24 hours.", dt.date(2026, 12, 2)),
        ("Pay in a fortnight.", dt.date(2026, 12, 15)),
        ("Pay at 3 pm tomorrow.", dt.date(2026, 12, 2)),
    ],
)
def test_dates(text: str, date: dt.date) -> None:
    assert analyze(text, CTX).slots.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Pay this week.",
        "Can you pay it within the week?",
        "Pay next week.",
        "Pay next month.",
        "The arrears must be cleared within seven days.",
        "Pay by the weekend.",
    ],
)
def test_a_span_of_days_names_no_date_to_hold_the_debtor_to(text: str) -> None:
    # "this week" is not "Friday the 4th": a debtor agreeing to it would agree to a day the
    # trainee never named. The line still presses for payment within the week.
    analysis = analyze(text, CTX)
    assert analysis.slots.date is None
    assert not analysis.has(Act.SET_DEADLINE)


def test_asking_for_it_this_week_is_some_urgency_but_less_than_a_day() -> None:
    week = analyze("Can you pay it this week?", CTX)
    friday = analyze("Can you pay it by Friday?", CTX)
    assert "deadline_period" in {c.name for c in week.cues}
    assert "deadline_this_week" in {c.name for c in friday.cues}


@pytest.mark.parametrize(
    "text", ["Sure, that's fine, next week then.", "Sounds good. This week it is."]
)
def test_settling_for_a_span_accepts_a_vague_promise(text: str) -> None:
    assert analyze(text, CTX).has(Act.ACCEPT_VAGUE)


def test_settling_for_a_span_with_a_hesitant_question_mark_still_settles() -> None:
    assert analyze("Oh, ok, next week is, um, probably ok I guess?", CTX).has(Act.ACCEPT_VAGUE)


def test_a_span_with_a_question_still_wants_the_day() -> None:
    assert not analyze("Ok, this week then, which day?", CTX).has(Act.ACCEPT_VAGUE)


def test_a_date_is_resolved_against_the_calls_own_day() -> None:
    friday = AnalysisContext(today=dt.date(2026, 12, 4))
    assert analyze("Pay by Thursday.", friday).slots.date == dt.date(2026, 12, 10)
    assert analyze("Pay on the 3rd.", friday).slots.date == dt.date(2027, 1, 3)
    assert analyze("Pay by today.", friday).slots.date == dt.date(2026, 12, 4)


def test_the_days_own_weekday_is_a_week_on_and_a_calendar_date_beside_it_wins() -> None:
    """Played on a Tuesday: "the full $2,552.80 by Tuesday" (the 17th said twice before) and
    "$258 by zelle on or b4 tues 3/17" were both agreed as Tuesday the 10th, today, and the
    debtor "corrected" the trainee with the day they had said. Today is said "today"."""
    tuesday = AnalysisContext(today=dt.date(2026, 3, 10), terms_expected=True)
    assert analyze("pay the full $2,552.80 by Tuesday", tuesday).slots.date == dt.date(2026, 3, 17)
    assert analyze("ok so $258 by zelle on or b4 tues 3/17", tuesday).slots.date == dt.date(
        2026, 3, 17
    )
    assert analyze("$258 on fri 3/20?", tuesday).slots.date == dt.date(2026, 3, 20)
    assert analyze("$258 this Tuesday, so today", tuesday).slots.date == dt.date(2026, 3, 10)


def test_now_in_passing_is_not_a_deadline() -> None:
    assert analyze("Your account is now 30 days late.", CTX).slots.date is None
    assert analyze("Pay now.", CTX).slots.date == TODAY


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("Could you pay by bank transfer?", "transfer"),
        ("Could you wire it?", "transfer"),
        ("Could you pay by debit card?", "card"),
        ("Could you pay with your credit card?", "card"),
        ("You can pay online.", "online"),
        ("Pay through the app.", "online"),
        ("Pay on the website.", "online"),
        ("Pay in person at a branch.", "branch"),
        ("Mail a check.", "cheque"),
        ("Send a cheque.", "cheque"),
        ("Set up a direct debit.", "direct_debit"),
        ("Bring cash.", "cash"),
    ],
)
def test_methods(text: str, method: str) -> None:
    assert analyze(text, CTX).slots.method == method


def test_let_me_check_is_not_a_cheque() -> None:
    assert analyze("Let me check your account.", CTX).slots.method is None


def test_slots_carry_the_words_that_named_them() -> None:
    slots = analyze("Could you pay two hundred and fifty dollars next Monday?", CTX).slots
    assert slots.amount_text == "two hundred and fifty dollars"
    assert slots.date_text == "next Monday"


MARCH = dt.date(2026, 3, 10)


def _haggling(previous: str = "") -> AnalysisContext:
    return AnalysisContext(
        today=MARCH,
        state="negotiating",
        terms_expected=True,
        previous_debtor_line=previous,
        amount_overdue=Decimal("286.50"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Great, thank you for sorting that. Bye for now.",
        "lovely, cheers priya, take care now",
        "Thank you very much for your time this morning. Goodbye.",
    ],
)
def test_a_goodbyes_time_words_are_no_payment_date(text: str) -> None:
    analysis = analyze(text, _haggling())
    assert analysis.slots.date is None
    assert analysis.has(Act.CLOSE)


def test_a_goodbye_that_says_the_day_still_names_it() -> None:
    analysis = analyze("Friday by card then, bye!", _haggling())
    assert (analysis.slots.date, analysis.slots.method) == (dt.date(2026, 3, 13), "card")


@pytest.mark.parametrize(
    "text",
    [
        "Which terminal are you in? Terminal 2 has the good coffee.",
        "You've had the car for 3 years and it's a 2019 model, right?",
        "Meet me at hall 3.",
    ],
)
def test_places_and_model_years_are_not_money(text: str) -> None:
    assert analyze(text, _haggling()).slots.amount is None


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("No problem. Card now?", "card"),
        ("You can do it on the app right now while I wait.", "online"),
        ("I can take the card now, we finish in one minute.", "card"),
        ("pay it from your phone today", "online"),
    ],
)
def test_a_method_said_with_now_is_today(text: str, method: str) -> None:
    explaining = AnalysisContext(today=MARCH, state="explaining")
    slots = analyze(text, explaining).slots
    assert (slots.date, slots.method) == (MARCH, method)


def test_the_check_is_a_cheque_in_a_negotiation() -> None:
    assert analyze("the check is fine", _haggling()).slots.method == "cheque"


def test_saying_back_what_the_debtor_offered_confirms_it() -> None:
    echo = analyze(
        "Fifty quid Friday. Noted.", _haggling("Fifty quid Friday, that's all I've got.")
    )
    assert echo.has(Act.CONFIRM_TERMS)
    # the same terms, not said by the debtor, propose rather than confirm
    fresh = analyze("Fifty quid Friday. Noted.", _haggling("I don't know what I can do."))
    assert not fresh.has(Act.CONFIRM_TERMS)


def test_adding_a_term_to_the_debtors_offer_proposes_rather_than_confirms() -> None:
    analysis = analyze(
        "ok do half of the $286.50 today and the rest friday",
        _haggling("I've only got about half right now."),
    )
    assert not analysis.has(Act.CONFIRM_TERMS)
    assert analysis.has(Act.PROPOSE_TERMS)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("What I want is the 1020.50 you owe. When are you paying?", Decimal("1020.50")),
        ("No. Today. You've got the app. 356.24 today, done.", Decimal("356.24")),
        ("I'm calling you. 1020.50, by Friday, or it goes to our legal team.", Decimal("1020.50")),
    ],
)
def test_a_sum_to_the_cent_is_money_without_a_currency_sign(text: str, amount: Decimal) -> None:
    assert analyze(text, _haggling()).slots.amount == amount


def test_a_restated_overdue_sum_adds_no_term_to_what_the_debtor_agreed() -> None:
    context = dataclasses.replace(
        _haggling("Ok, I'll pay by card tomorrow first thing."),
        amount_overdue=Decimal("356.24"),
    )
    assert analyze("perfect, so 356.24 by card first thing tomorow morning, corect?", context).has(
        Act.CONFIRM_TERMS
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("It's, er, four hundred and twelve fifty owing on the car loan.", Decimal("412.50")),
        ("you owe two hundred eighty nine ninety eight", Decimal("289.98")),
        ("you owe two hundred and fifty dollars", Decimal("250")),
        ("you owe twelve hundred and fifty", Decimal("1250")),
        ("so that's two hundred and six dollars twenty five by transfer", Decimal("206.25")),
        ("you owe three hundred sixty five dollars thirty eight", Decimal("365.38")),
        ("you owe 781 dollars and 16", Decimal("781.16")),
        ("you owe 2 hundred today", Decimal("200")),
    ],
)
def test_a_sum_said_the_way_people_say_it(text: str, amount: Decimal) -> None:
    assert analyze(text, CTX).slots.amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Half is not enough. All of it by Friday.", Decimal("286.50")),
        ("$100 isn't enough, I need the full amount today.", Decimal("286.50")),
        ("$50 is too low, can you do $200?", Decimal("200")),
        ("Half is enough for now, by Friday.", Decimal("143.25")),
        ("A hundred's nothing. Two hundred by Thursday.", Decimal("200")),
        ("$200 is a start but we'd need at least $250 this week.", Decimal("250")),
    ],
)
def test_a_sum_turned_down_is_not_the_one_asked_for(text: str, amount: Decimal) -> None:
    assert analyze(text, _haggling()).slots.amount == amount


def test_a_sum_that_wont_cover_it_is_not_asked_for() -> None:
    line = "Fifty dollars won't even cover the fees. We need a bit more than that."
    assert analyze(line, _haggling()).slots.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "ah sorry 2 hear, hope ur ok. can we sort a date?",  # "2" for "to"
        "ok cool np, thx 4 being honest",
        "pay on the website, account number 4471-2290, reference SAF-88213",
        "anyone can pay it as long as they quote your reference, 7734-22.",
        "Is everything okay? Your loan payment didn't go through.",  # "everything" is no sum
    ],
)
def test_words_and_references_that_look_like_money_are_not(text: str) -> None:
    assert analyze(text, _haggling()).slots.amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The full amount has to be in by tomorrow, I'm afraid, so half won't do.", "286.50"),
        ("Not happening. Full amount by Friday or the file goes to our lawyers.", "286.50"),
        ("Oh, you're psychic! Yes, $250.80 would be lovely, thanks so much.", "250.80"),
    ],
)
def test_a_sum_said_while_terms_are_pinned_down_is_a_term(text: str, amount: str) -> None:
    assert analyze(text, _haggling()).slots.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("No, I can't go to April. The latest I can accept is the 20th.", dt.date(2026, 3, 20)),
        ("Next month is too late. Why not in 10 days?", dt.date(2026, 3, 20)),  # "why not" asks
        ("This month is fine, but could you do Monday week?", dt.date(2026, 3, 23)),
        ("That is rather late. Wednesday week, then?", dt.date(2026, 3, 18)),
        ("a week on Friday by transfer?", dt.date(2026, 3, 20)),
        ("ok but wen exactly? culd you do wendesday?", dt.date(2026, 3, 11)),
        # "the second half" and "the first part" name which part, not the 1st or the 2nd
        ("the first half today and the second half on Monday the 23rd", dt.date(2026, 3, 10)),
        ("ok the second $132.00 on Monday the 23rd, by transfer", dt.date(2026, 3, 23)),
        # another sentence's small talk does not take the day away
        (
            "Right, how about a week from today, so Tuesday the 17th? That's the bank holiday "
            "out of the way too!",
            dt.date(2026, 3, 17),
        ),
        # when to agree is not when to pay
        (
            "could we agree a specific amount and date today? For example, $200 by this Friday?",
            dt.date(2026, 3, 13),
        ),
    ],
)
def test_days_said_while_terms_are_pinned_down(text: str, date: dt.date) -> None:
    assert analyze(text, _haggling()).slots.date == date


@pytest.mark.parametrize(
    "text",
    [
        "i see a payment of $480 on december 2nd, nothing after that",  # last December
        "Yeah, nah, it bounced on the 28th. Happens.",
        "Then you know it's $412.60. My colleague left you a voicemail on Friday.",
        "I need a date today.",
    ],
)
def test_days_in_the_past_or_for_agreeing_are_no_deadline(text: str) -> None:
    assert analyze(text, _haggling()).slots.date is None


def test_a_weekday_with_its_date_is_in_the_year_that_fits() -> None:
    assert analyze("Could you pay on Friday 11 December?", _haggling()).slots.date == dt.date(
        2026, 12, 11
    )
    assert analyze("Could you pay on Thursday 11 December?", _haggling()).slots.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Monday morning would be fine. And would that be by card or perhaps by transfer?",
        "We accept debit or credit card over the phone, bank transfer, or our website.",
        "Yes, 20 March is okay. Please, you can pay with the card or with the bank transfer?",
        "so tomorrow morning by card or online and we're done",
        # (round 28: "How would I pay it?" came back)
        "Method. Wire transfer or cashier's cheque, no personal cheques given your history. "
        "Which one?",
    ],
)
def test_methods_offered_side_by_side_leave_the_choice(text: str) -> None:
    analysis = analyze(text, _haggling())
    assert analysis.slots.method is None
    assert "method_choice" in {c.name for c in analysis.cues}


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("Cheque is possible, yes, but it is slow. Maybe better you pay by card, today?", "card"),
        (
            "Might I suggest that, rather than a cheque, you make the payment by bank transfer?",
            "transfer",
        ),
        ("A cheque takes days to clear, sorry. Could you do online banking instead?", "online"),
        ("the old direct debit got cancelled, but just pay it by card today", "card"),
        # an aside after the proposal does not replace it
        (
            "Could you pay by Friday by bank transfer? I can also help set up a direct debit.",
            "transfer",
        ),
        ("Sure, a money order works. Mail it to the address on your statement.", "money_order"),
    ],
)
def test_the_method_a_line_settles_on(text: str, method: str) -> None:
    assert analyze(text, _haggling()).slots.method == method


@pytest.mark.parametrize(
    "text",
    [
        "so it's your NorthPeak credit card, the overdue bit is $457.26",
        "Kidding. Your card payment's overdue.",
        # the lender's name between (play-test 31: the debtor was then "pressed" for payment)
        "I'm calling about your Fowler Finance credit card, which has $577.68 outstanding.",
    ],
)
def test_the_card_being_collected_on_is_not_how_to_pay(text: str) -> None:
    assert analyze(text, CTX).slots.method is None


def test_half_is_rounded_to_the_cent_as_the_record_rounds_its_own_half() -> None:
    # half of $571.21 is $285.605: the record says $285.61 (half_overdue), and so does the reader
    odd = dataclasses.replace(_haggling(), amount_overdue=Decimal("571.21"))
    assert analyze("the first half on Friday?", odd).slots.amount == Decimal("285.61")
    assert analyze("half of the $571.21 by Friday?", odd).slots.amount == Decimal("285.61")


@pytest.mark.parametrize(
    "text",
    [
        "What's the reference number on the transfer?",
        "Do you have a receipt for the cheque?",
    ],
)
def test_proof_of_a_payment_made_names_no_method(text: str) -> None:
    assert analyze(text, _haggling()).slots.method is None


@pytest.mark.parametrize(
    "text",
    [
        "Just so you're aware, a late fee of $25 gets added if it stays unpaid.",
        "There's a $40 late fee on the account now.",
        "Our phone lines are open 8 till 8, could you call back?",
    ],
)
def test_a_charge_or_the_opening_hours_are_not_the_sum_asked_for(text: str) -> None:
    assert analyze(text, CTX).slots.amount is None


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("Well, the direct debit failing isn't our fault, so the late fee stands.", None),
        ("Automatic payments were never set up, so can you do it online today?", "online"),
        ("the old direct debit gets cancelled when you switch, so pay it by card today", "card"),
        ("do you still bank with Lloyds or did you switch to one of the online ones?", None),
        ("my mum switched to an online bank last year", None),
    ],
)
def test_a_way_of_paying_that_went_wrong_or_a_kind_of_bank_is_not_the_method(
    text: str, method: str | None
) -> None:
    assert analyze(text, _haggling()).slots.method == method


def test_a_line_of_nothing_but_terms_proposes_them_in_any_state() -> None:
    """The rude collector's "friday. full amount. card" before the debtor has talked terms."""
    taunting = dataclasses.replace(CTX, state="taunting", terms_expected=False)
    slots = analyze("friday. full amount. card", taunting).slots
    assert (slots.date, slots.method) == (dt.date(2026, 12, 4), "card")
    assert slots.amount == CTX.amount_overdue
    stated = analyze("ur card is overdue 457.26 since the 1st", taunting).slots
    assert stated.method is None and stated.date is None


def test_a_bare_card_beside_another_way_to_pay_is_one_of_the_ways() -> None:
    haggling = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    for offer in (
        "we take card, bank transfer, check or money order",
        "card is easiest, I can take it now or you can do it on the app",
    ):
        assert analyze(offer, haggling).slots.method is None
    assert analyze("card is easiest, the app is slow", haggling).slots.method == "card"


def test_now_beside_the_way_to_pay_keeps_the_day_already_agreed() -> None:
    friday = dt.date(2026, 12, 4)
    agreed = dataclasses.replace(
        CTX, state="negotiating", terms_expected=True, agreed=Slots(date=friday)
    )
    slots = analyze("card is easiest, I can take it now", agreed).slots
    assert slots.date is None and slots.method == "card"
    assert analyze("could you do it by card now instead?", agreed).slots.date == TODAY


def test_a_sum_said_as_the_debt_with_no_word_the_rules_know_is_still_the_amount() -> None:
    """The model hears the debt in "it's about the 420.50 on the car loan"; the sum is read."""
    verified = dataclasses.replace(CTX, state="verified")
    assert analyze("it's about the 420.50 on the car loan", verified).slots.amount == Decimal(
        "420.50"
    )
    ending = analyze("I'm calling about your loan account ending 4471.", verified).slots
    assert ending.amount is None


def test_cents_after_the_unit_before_a_full_stop() -> None:
    assert analyze("Yes, 411 dollars 70. You can pay today?", CTX).slots.amount == Decimal("411.70")


def test_now_beside_a_choice_of_ways_keeps_the_day_named() -> None:
    haggling = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    slots = analyze(
        "Thursday works for me. Shall I take card details now, or will you pay online?", haggling
    ).slots
    assert slots.date == dt.date(2026, 12, 3) and slots.method is None


@pytest.mark.parametrize(
    ("text", "state", "previous"),
    [
        # small talk the model hears as small talk, though the rules heard a day in it
        (
            "Sharp. Rugby on Saturday, you watching? The Bokke are going to klap them.",
            "verified",
            "Ja, it's me.",
        ),
        (
            "Great. Oh, before I forget, are you doing anything nice for Mother's Day on Sunday?",
            "negotiating",
            "Okay, I'll do the transfer Friday.",
        ),
        (
            "lol friday cant come soon enough right? this week has been looong",
            "negotiating",
            "Alright, Zelle on Friday then.",
        ),
        # news of the call, not a term: "by the 24th" is when the complaints team writes
        (
            "I did see the letter. The dispute is with our complaints team and they will reply "
            "in writing by the 24th.",
            "verified",
            "Yes. Is this about the loan? I sent a letter disputing it.",
        ),
    ],
)
def test_a_line_that_does_nothing_about_paying_names_no_terms(
    text: str, state: str, previous: str
) -> None:
    """Issue 10: "what are you doing this weekend?" set a date. Of the 5,746 tuning lines whose
    writer filled a slot, all but 8 ask for, offer, state or say back a payment (or state a
    consequence); a line read as doing none of these names no terms."""
    context = AnalysisContext(
        today=MARCH,
        state=state,
        previous_debtor_line=previous,
        amount_overdue=Decimal("286.50"),
        terms_expected=state == "negotiating",
    )
    assert analyze(text, context).slots == Slots()


def test_the_debtors_own_day_said_back_with_a_goodbye_is_still_the_day() -> None:
    """ "Friday, great. Bye now." after "I'll pay Friday.": the day agreed, said back."""
    reading = analyze("Friday, great. Bye now.", _haggling("I'll pay Friday."))
    assert reading.slots.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the trainee corrects a figure at once: the correction is the sum
        ("there's a missed payment from the 28th, 250.34, sorry no, 205.34", "205.34"),
        ("Umm so there's $69.40 — no — $96.40, sorry, I keep doing that", "96.40"),
        ("ok so there's a balance of 420.18 on ur card — sorry!! 240.18 not 420", "240.18"),
        # two sums said apart are not a correction
        ("You owe 420.50, could you do 200 today?", "200"),
    ],
)
def test_a_figure_corrected_at_once_is_the_one_meant(text: str, amount: str) -> None:
    assert analyze(text, CTX).slots.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # when the terms are settled, or how the debt stands, is no day to pay
        ("Tanisha, I need a date and an amount from you today.", None),
        ("I'd like to get a plan in place today so we're not talking about the car.", None),
        ("$1,245 overdue as of today.", None),
        ("Certainly. I shall send a letter today to the address we hold on file.", None),
        # asked to pay today, it is the day
        ("Can we agree a payment today?", TODAY),
        ("Can we arrange payment today?", TODAY),
        # days offered to choose from name none yet
        ("Can I ask what soon means, Gerald? Today, tomorrow?", None),
        ("Later when? Today later or tomorrow? Must tell me la.", None),
        # one day said twice is that day
        ("Shall I keep the date as 2nd December, Wednesday?", dt.date(2026, 12, 2)),
    ],
)
def test_today_said_of_the_talk_and_days_offered_to_choose(text: str, date: dt.date | None) -> None:
    context = dataclasses.replace(CTX, state="vague_promise", terms_expected=True)
    assert analyze(text, context).slots.date == date


def test_the_way_to_pay_said_after_one_recalled_is_the_way_put() -> None:
    """Played: "you said card, didn't you? Let me correct that: both payments by debit card"
    named no way to pay, and the debtor kept the online payment it corrected."""
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    text = (
        "Sorry, my mistake - you said card, didn't you? Let me correct that: both payments by "
        "debit card, $207.52 on the 13th and $207.52 on the 27th. Correct?"
    )
    assert analyze(text, context).slots.method == "card"
    # a way to pay recalled, and none put, is still history
    text = "Do you have a reference number for that transfer?"
    assert analyze(text, context).slots.method is None


def test_last_weekday_is_the_one_gone_and_cmon_is_no_monday() -> None:
    """Play-test twenty-one: "C'mon" was read as Monday, "last Tuesday means 3rd March" as
    today."""
    from simulator.language.dates import find_dates
    from simulator.language.text import normalise

    def days(text: str) -> list[dt.date]:
        return [d.date for d in find_dates(normalise(text), TODAY)]

    assert days("c'mon, what's the plan") == []
    assert days("I sent it last Tuesday") == [dt.date(2026, 11, 24)]
    assert days("I paid last Monday") == [dt.date(2026, 11, 30)]
    assert analyze("I sent it last Tuesday, can you check?", CTX).slots.date is None
    assert analyze("c'mon, can you pay the 420.50 or not?", CTX).slots.date is None


def test_why_it_has_not_been_paid_typed_fast_asks_what_happened() -> None:
    """Play-test twenty-one: "whats happened, why hasnt it been paid" went unread."""
    reading = analyze(
        "ok fair enough but its still 55 days late. whats happened, why hasnt it been paid", CTX
    )
    assert "topic_what_happened" in {c.name for c in reading.cues}


@pytest.mark.parametrize(
    ("text", "date", "amount"),
    [
        # a full stop after a month's whole name ends its sentence ("Apr." is a short form)
        ("Not the 1st. The 13th of January. 13. Got it?", dt.date(2027, 1, 13), None),
        ("Apr. 13 then, $50", dt.date(2027, 4, 13), "50"),
        # the day of every month, from a month: the first payment is that month's
        ("then 100 on the 13th of every month from February", dt.date(2027, 2, 13), "100"),
        ("$80 on the 5th of each month starting in January", dt.date(2027, 1, 5), "80"),
        # what was meant wins over a day quoted back before it
        (
            "You can find it all by January 1st? I meant monthly, like 99.50 a month from "
            "January 13th.",
            dt.date(2027, 1, 13),
            "99.50",
        ),
        # the day said twice is no sum; a sum after a day is still one
        ("the 20th. 20, ok?", dt.date(2026, 12, 20), None),
        ("Friday the 4th. 150.", dt.date(2026, 12, 4), "150"),
    ],
)
def test_days_said_with_their_month_again_or_meant_instead(
    text: str, date: dt.date, amount: str | None
) -> None:
    """Play-test twenty-one: "Not the 1st. The 13th of April. 13." was read as the 13th of
    March and a sum of 13; "599.18 on the 13th of every month from April" as the 1st of April;
    "by April 1st? ... I meant monthly, like 599.18 a month from April 13th" as the 1st."""
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    slots = analyze(text, context).slots
    assert slots.date == date
    assert slots.amount == (Decimal(amount) if amount else None)


def test_the_whole_said_before_asking_what_they_can_do_a_month_is_not_put() -> None:
    """Play-test twenty-one: "The rest is 2396.72. How much can you do a month, starting
    April?" put the whole rest as the sum to pay; a first part before the ask is still put."""
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    reading = analyze("It's 420.50 in all. How much could you do a month?", context)
    assert reading.slots.amount is None
    assert "ask_instalment" in {c.name for c in reading.cues}
    reading = analyze(
        "Okay, $150 today is a good start. What could you manage each month?", context
    )
    assert reading.slots.amount == Decimal("150")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Your car loan is 40 days past due already, the amount overdue is 780.24 dollars, "
            "that is two installments of 390.12. Can I ask what happened po?",
            "780.24",
        ),
        (
            "There's 882.84 overdue on the card, two payments of 441.42, since end of January.",
            "882.84",
        ),
        # a plan of so many payments is still the instalment asked for
        ("You owe 900, could you do it in three payments of 300?", "300"),
    ],
)
def test_the_whole_told_as_the_instalments_missed_is_the_sum(text: str, amount: str) -> None:
    """Play-test twenty-two: the debt stated with its breakdown ("$832.14 overdue, that's three
    payments of $277.38") put the instalment as the sum, in four calls of twelve."""
    context = dataclasses.replace(CTX, state="verified", amount_overdue=Decimal("900"))
    assert analyze(text, context).slots.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "Your new bank, the direct debit not move automatic. You can pay 253.14 tomorrow?",
        "Direct debit cannot, because it still linked to your old bank. Can you pay tomorrow?",
        "Mr Taylor, direct debit is from your old bank account. Please pay tomorrow.",
        "We can take the card by phone today for the Friday payment, or you do a bank transfer.",
    ],
)
def test_a_way_left_with_the_old_bank_or_offered_with_another_names_no_way(text: str) -> None:
    """Play-test twenty-two: a direct debit that stayed with the old bank was the way to pay;
    card offered beside a transfer ("or you do a bank transfer") was chosen."""
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    assert analyze(text, context).slots.method is None


def test_today_for_another_days_payment_and_when_someone_is_back_are_no_days_to_pay() -> None:
    """Play-test twenty-two: "today for the Friday payment" moved the payment to today; "When's
    she back? Today? Tonight?" put today as a day to pay and "Tonight" as a wrong name."""
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    text = "We can take the card by phone today for the Friday payment, or you do a bank transfer."
    assert analyze(text, context).slots.date == dt.date(2026, 12, 4)
    context = dataclasses.replace(CTX, state="not_here", debtor_names=("Tracy Waters", "Tracy"))
    reading = analyze("When's she back? I need a time. Today? Tonight?", context)
    assert reading.slots.date is None and "wrong_name" not in reading.flags
    assert "topic_whereabouts" in {c.name for c in reading.cues}
    # asked of the debtor themselves, it is no third party's whereabouts
    reading = analyze("do you still live here?", context)
    assert "topic_whereabouts" not in {c.name for c in reading.cues}


@pytest.mark.parametrize("text", ["Could you explain why?", "What's been goin' on?"])
def test_why_asked_in_other_words_probes_the_reason(text: str) -> None:
    assert Act.PROBE_REASON in analyze(text, dataclasses.replace(CTX, state="verified")).acts


def test_the_collateral_named_is_no_legal_action_taking_it_is() -> None:
    """Play-test twenty-two: "And the car is the collateral of the loan." failed the call as
    unauthorised legal action (a fact of the loan, no step taken); "this loan has your car as
    guarantee" did not. Taking it still is legal action."""
    context = dataclasses.replace(CTX, state="explaining")
    assert (
        Act.LEGAL_ACTION not in analyze("And the car is the collateral of the loan.", context).acts
    )
    for text in (
        "If it stays unpaid we may have to repossess the car.",
        "We will take back the vehicle.",
    ):
        assert Act.LEGAL_ACTION in analyze(text, context).acts, text


@pytest.mark.parametrize(
    ("text", "method"),
    [
        # play-test twenty-three
        ("Can you do a bank transfer from your app instead, today still?", "transfer"),
        ("My card terminal's gone down. Can you do a transfer today?", "transfer"),
        ("Yep, $187.40 tomorrow by online transfer. Can you confirm that's right?", "transfer"),
        ("Could you pay today? Then we'll update the direct debit to your new bank.", None),
        ("Can you pay by card today? The direct debit can start from next month.", "card"),
        # still the way to pay
        (
            "we can set up a new direct debit with the new bank details, from the 1st?",
            "direct_debit",
        ),
        ("Could you pay it online through the app today?", "online"),
        (
            "We'll set up a direct debit, it will start on the 13th, for 100 a month.",
            "direct_debit",
        ),
        # a choice of two, the first said with where it comes from
        ("How do you want to pay, direct debit from your account or debit card?", None),
    ],
)
def test_where_a_transfer_is_made_and_a_direct_debit_for_later(
    text: str, method: str | None
) -> None:
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    assert analyze(text, context).slots.method == method


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Choice, thanks. And the year you were born?", "topic_date_of_birth"),
        ("what year were you born?", "topic_date_of_birth"),
        (
            "For the security I must ask: what is the name of the street where you live?",
            "topic_address",
        ),
        ("Oh, no worries. Who am I talkin' to, if ya don't mind me askin'?", "topic_who"),
    ],
)
def test_security_questions_and_who_asked_in_everyday_words(text: str, topic: str) -> None:
    """Play-test twenty-three: "And the year you were born?" got "Is there a problem with one of
    my accounts?", "the name of the street where you live" got "Sorry, I didn't catch what this
    was about.", "Who am I talkin' to" got "Sorry, what was that?"."""
    reading = analyze(text, dataclasses.replace(CTX, state="verified"))
    assert topic in {c.name for c in reading.cues}


def test_the_card_named_for_its_last_four_digits_is_no_way_to_pay() -> None:
    context = dataclasses.replace(CTX, state="verified")
    text = "First I need to make security, what is the last four number of your bank card?"
    assert analyze(text, context).slots.method is None


def test_a_security_check_is_no_payment_asked_and_read_it_back_to_us_asks_a_read_back() -> None:
    """Play-test twenty-three: "First I need to make security, what is the last four number of
    your bank card?" asked for payment (the debtor told the breakdown story before the debt was
    named); "Go 'ed then, read it all back to us" (Liverpool: to me) got "Sorry, which day did
    you mean?"."""
    context = dataclasses.replace(CTX, state="verified")
    text = "Okay. First I need to make security, what is the last four number of your bank card?"
    assert Act.ASK_PAYMENT not in analyze(text, context).acts
    context = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    reading = analyze("Card, boss. Go 'ed then, read it all back to us.", context)
    assert "asks_read_back" in {c.name for c in reading.cues}


def test_the_ways_listed_when_asked_for_are_a_choice_and_paying_now_moves_the_day() -> None:
    """Played as a terse typist (round 27): to "What are my options?", "card over phone, bank
    trnsfer or online portal" was a proposal of card ("By card? That's fine."); with Friday
    agreed, "if money is there can we do it now on the card?" kept Friday, and the debtor
    "corrected" the trainee's "today" back to it."""
    listed = analyze(
        "card over phone, bank trnsfer or online portal",
        _haggling("Yes, Friday the 13th is fine. The money is there. What are my options?"),
    )
    assert listed.slots.method is None
    assert "method_choice" in {c.name for c in listed.cues}
    agreed = dataclasses.replace(
        _haggling("Very good: $286.50, Friday the 13th, by card."),
        agreed=Slots(amount=Decimal("286.50"), date=dt.date(2026, 3, 13), method="card"),
    )
    moved = analyze("actualy if money is there can we do it now on the card? saves fee", agreed)
    assert moved.slots.date == MARCH
    # the caller taking the card now, the day agreed, is still no new day
    assert analyze("card is easiest, I can take it now", agreed).slots.date is None


@pytest.mark.parametrize(
    "text", ["Could ye get the $241.15 sorted right noo?", "can ye pay it the noo"]
)
def test_now_in_scots_is_today(text: str) -> None:
    """Played as a Scottish collector (round 28): "right noo" and "the noo" named no day, and
    the debrief said to name a concrete date, ideally today."""
    assert analyze(text, _haggling()).slots.date == MARCH


def test_the_day_said_with_the_sum_wins_over_a_day_talked_about_before() -> None:
    """Played (round 29): "Payday's the 31st, that's three weeks away ... What can you actually
    pay this week? Even $400 by Friday would show good faith." was agreed as $400 on the 31st,
    the day the collector had just turned down."""
    line = (
        "Payday's the 31st, that's three weeks away and you've broken three promises already. "
        "What can you actually pay this week? Even $400 by Friday would show good faith."
    )
    assert analyze(line, _haggling()).slots.date == dt.date(2026, 3, 13)
    assert analyze("the 20th is 2 late, 1000 by fri?", _haggling()).slots.date == dt.date(
        2026, 3, 13
    )


def test_a_weekday_and_a_day_that_do_not_fall_together_soon_are_the_day() -> None:
    """Played (round 30): "Thursday the 11th" said of Wednesday the 11th was agreed as the 11th
    of June, kept through two corrections; "Friday the 14th" was August's."""
    assert analyze("pay it Thursday the 11th", _haggling()).slots.date == dt.date(2026, 3, 11)
    assert analyze("ok Friday the 14th then", _haggling()).slots.date == dt.date(2026, 3, 14)
    # a weekday that does fall on that day next month is next month's
    assert analyze("pay it Monday the 13th", _haggling()).slots.date == dt.date(2026, 4, 13)


def test_a_direct_debit_to_set_up_beside_paying_this_one_is_not_the_way_to_pay() -> None:
    """Play-test eighty-three: "you need to set up the new direct debit and pay this one
    manually" is no direct debit for this payment; "set up a direct debit" alone is one."""
    from simulator.language.methods import find_methods

    assert find_methods("you need to set up the new direct debit and pay this one manually") == []
    assert [m[0] for m in find_methods("we can set up a direct debit from your checking")] == [
        "direct_debit"
    ]
