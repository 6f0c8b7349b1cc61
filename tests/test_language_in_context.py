"""Lines whose meaning turns on where the call stands or on how people say things: kindness
that is not giving in, questions about "soon", security questions, days named for another
reason, prices said in words, small talk that runs on. Each was misread in the later writers'
corpora (tests/data/conversation/fifth/ to fourteenth/) before these readings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from simulator.language import Act, AnalysisContext, analyze
from simulator.language.types import Analysis, Slots

TODAY = dt.date(2026, 3, 10)  # a Tuesday, as in the conversation corpus
OVERDUE = Decimal("287.95")
PLAYED = Path(__file__).parent / "data" / "played"


def read(text: str, state: str = "", **context: object) -> Analysis:
    return analyze(
        text,
        AnalysisContext(
            today=TODAY,
            amount_overdue=OVERDUE,
            state=state,
            terms_expected=state in ("negotiating", "vague_promise"),
            **context,  # type: ignore[arg-type]
        ),
    )


# --- kindness is not giving in ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'm so very sorry for your loss. Please take your time.",
        "That's okay. Take a breath. We'll go through it together, there's no rush.",
        "No worries, take your time! Am I speaking with Marcus?",
    ],
)
def test_take_your_time_said_as_kindness_accepts_no_vague_promise(text: str) -> None:
    assert Act.ACCEPT_VAGUE not in read(text, "explaining").acts


def test_no_rush_said_to_a_promise_of_soon_accepts_it() -> None:
    assert Act.ACCEPT_VAGUE in read("Okay, no rush.", "vague_promise").acts
    assert Act.ACCEPT_VAGUE in read("No rush, pay it when you can.", "explaining").acts


@pytest.mark.parametrize(
    "text",
    [
        "When you can pay?",  # a question, in a second language
        "I need to know when you can pay it.",
        "when u can isnt good enough, i need a date",
        "What's soon? I've heard soon before.",
        "Soon isn't a date. I need a date.",
        "How soon is soon?",
        # granted, then a day asked for after all (play-test 32)
        "Okay cool so soon is great but I kind of need an actual day for my notes",
    ],
)
def test_asking_when_or_questioning_soon_is_not_giving_in(text: str) -> None:
    assert Act.ACCEPT_VAGUE not in read(text, "vague_promise").acts


def test_pay_when_you_can_still_gives_in() -> None:
    assert Act.ACCEPT_VAGUE in read("Okay, just pay when you can.", "vague_promise").acts


# --- security questions check identity; they confirm no terms -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Could I take your full name and date of birth please?",
        "ok thats matching, thank you. can i also have dob please",
        "Perfect, that matches. And just the postcode as well please?",
        "May I ask who I'm speaking with?",
        "Before we go any further I need to confirm your date of birth.",
    ],
)
def test_a_security_question_verifies_identity_and_confirms_nothing(text: str) -> None:
    acts = read(text, "answering").acts
    assert Act.VERIFY_IDENTITY in acts and Act.CONFIRM_TERMS not in acts


@pytest.mark.parametrize("detail", ["DOB", "Postcode", "ZIP", "SSN"])
def test_a_security_detail_asked_after_the_lender_is_no_wrong_name(detail: str) -> None:
    # "Castillo Credit Union. DOB?" to "Whitney Lewis, go ahead" had the debtor deny being
    # herself: the abbreviation read as a name that is not hers (play-test 32)
    said = read(
        f"Castillo Credit Union. {detail}?",
        "answering",
        previous_debtor_line="Whitney Lewis, go ahead.",
        debtor_names=("Whitney Lewis", "Whitney"),
        lender="Castillo Credit Union",
    )
    assert "wrong_name" not in said.flags and Act.IDENTIFY_SELF in said.acts


@pytest.mark.parametrize("text", ["Message.", "Personal.", "Callback?"])
def test_what_the_call_is_said_in_one_word_is_no_wrong_name(text: str) -> None:
    # play-test 34: "Who's this?" - "Message." got "No, you've got the wrong number."
    said = read(
        text,
        "not_here",
        debtor_names=("Deborah Kelly", "Deborah", "Kelly"),
        previous_debtor_line="Sorry, I'm just her flatmate. What did you need?",
    )
    assert "wrong_name" not in said.flags


@pytest.mark.parametrize(
    "text",
    [
        "Ah, OK. And with who I am speaking, please?",
        "To whom am I speaking?",
        "Kindly may I know whom I am speaking with?",
        "Sorry, I am asking your good name, madam?",
        "Are you Martha's family member or roommate?",
        "oh ok np. who am i speakin w?? r u her flatmate or",  # play-test 35
    ],
)
def test_asking_who_answered_in_any_word_order(text: str) -> None:
    assert "topic_who" in {c.name for c in read(text, "answering").cues}


def test_so_your_payment_is_overdue_is_no_restatement() -> None:
    acts = read("so ur payment's overdue, 287.95. can u pay it today?", "verified").acts
    assert Act.CONFIRM_TERMS not in acts and Act.ASK_PAYMENT in acts


def test_so_the_rest_said_back_after_the_debtor_offered_it_confirms() -> None:
    analysis = read(
        "That works. So the rest, 187.95, on the 27th?",
        "negotiating",
        previous_debtor_line="I can do 100 today and the rest on the 27th.",
        agreed=Slots(amount=Decimal("100"), date=TODAY),
    )
    assert Act.CONFIRM_TERMS in analysis.acts


def test_the_lender_named_as_whose_loan_it_is_does_not_say_who_calls() -> None:
    acts = read("Northgate loan. January payment. Missed.", "verified", lender="Northgate Lending")
    assert Act.IDENTIFY_SELF not in acts.acts
    acts = read(
        "Northgate Lending. You missed the March payment.", "verified", lender="Northgate Lending"
    )
    assert Act.IDENTIFY_SELF in acts.acts


# --- days named for another reason ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the 15th is a sunday so can we do friday the 13th instead?", dt.date(2026, 3, 13)),
        (
            "The 14th is a Saturday, so it won't process. Can we make it Monday the 16th?",
            dt.date(2026, 3, 16),
        ),
        (
            "200 today is a start. The 1st is too late for the rest. Make it the 20th.",
            dt.date(2026, 3, 20),
        ),
        (
            "another late fee hits on the 17th so if you can get it in by the 16th you'll avoid it",
            dt.date(2026, 3, 16),
        ),
    ],
)
def test_the_day_put_in_another_days_place_is_the_date(text: str, day: dt.date) -> None:
    assert read(text, "negotiating").slots.date == day


@pytest.mark.parametrize(
    "text",
    [
        "Is payday the 27th or the 31st for you?",
        "When's payday for you? Mine's the 28th!",
        "What are you doing this weekend? Anything fun on Saturday?",
    ],
)
def test_a_payday_question_or_small_talk_names_no_payment_date(text: str) -> None:
    analysis = read(text, "negotiating")
    assert analysis.slots.date is None and Act.SET_DEADLINE not in analysis.acts


# --- sums said as prices -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Can we meet in the middle at one-fifty?", Decimal("150")),
        ("this month's payment, eighty-nine ninety-nine, hasn't reached us", Decimal("89.99")),
        ("there's a payment overdue, it's two eighty-seven fifteen", Decimal("287.15")),
        ("you're six twelve forty past due on the car loan", Decimal("612.40")),
        ("Fifteen sixty-three twenty-two, paid by Friday.", Decimal("1563.22")),
    ],
)
def test_a_sum_said_as_a_price_is_read_as_people_mean_it(text: str, amount: Decimal) -> None:
    assert read(text, "negotiating").slots.amount == amount


def test_an_order_after_a_word_or_two_asks_for_payment() -> None:
    analysis = read("YOU FORGOT. FOR THREE WEEKS. RIGHT. SO PAY IT TODAY.", "explaining")
    assert Act.ASK_PAYMENT in analysis.acts and analysis.slots.date == TODAY


# --- goodbyes in every ordinary form --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Fair enough mate. Cheers.",
        "aight, no worries, later",
        "Okay, I hear you. Take care of yourself.",
        "Thanks for your time, Siobhan, mind how you go.",
        "I'm gonna let you go, but please don't leave it too long.",
        "Okay, thanks a million for that. I'll leave you to your morning so.",
        "Friday, card, the whole $890.20. Appreciate you. Later.",
        "Go raibh maith agat, Siobhan, slán!",
        "I've got you down for $78.65 on Friday via Zelle. Enjoy the rest of your week!",
        "the 16th by DD, noted, cheers pal",
        "Don't thank me. Just pay. We're done here.",  # play-test 34: "Hm, I don't know."
        # play-test 54: "Hm, I don't know." and "Okay. Got it."
        "I'll pop a note for our lending team, ja? That's all from my side. Thanks Lisa, have a "
        "lekker day!",
        "Sweet as, ka kite!",
        "ok all sorted, catch ya",
    ],
)
def test_a_goodbye_in_any_ordinary_form_closes(text: str) -> None:
    assert Act.CLOSE in read(text, "negotiating").acts


@pytest.mark.parametrize("text", ["Can you pay it later?", "Cheers for that. Can you pay today?"])
def test_later_or_cheers_inside_a_line_is_no_goodbye(text: str) -> None:
    assert Act.CLOSE not in read(text, "negotiating").acts


def test_how_are_you_paying_is_no_greeting() -> None:
    acts = read("Half now, half on the 27th. How are you paying the first 206?", "negotiating")
    assert Act.GREET not in acts.acts


# --- dates said as dictated, and days offered to choose from -----------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("could you pay it by the twenty seventh", dt.date(2026, 3, 27)),
        ("ok wednesday the eighteenth then", dt.date(2026, 3, 18)),
        ("two hundred on friday march twentieth through the app", dt.date(2026, 3, 20)),
        ("so the payment on march twenty first", dt.date(2026, 3, 21)),
    ],
)
def test_an_ordinal_said_in_words_is_the_day(text: str, day: dt.date) -> None:
    analysis = read(text, "negotiating")
    assert analysis.slots.date == day
    assert analysis.slots.amount != Decimal("20")  # "twenty" is part of the day, not money


@pytest.mark.parametrize(
    "text",
    [
        "Which day, roughly? Monday the 16th, or nearer the Friday?",
        "I just need a when. Friday? Monday?",
        "Could you do Thursday or Friday?",
        # without a "?", or with what the first day is asked between (the first day was
        # taken as agreed: "Yes, Friday the 13th is fine.")
        "would friday the 13th suit or monday the 16th, whichever is better for u",
        "this week is great um could it be wednesday or thursday",
        "Could we schedule it for this Friday, the 13th, or would Monday the 16th be better?",
        "The 15th is a Sunday. Friday the 13th or Monday the 16th, pick one.",
        "ok! is fri ok? or nxt mon?",
        "could you get it in before the weekend, like thursday or friday, whatever suits",
        "I need to write one day in the system. Is Friday possible, or Monday?",
    ],
)
def test_days_offered_to_choose_from_name_no_day(text: str) -> None:
    analysis = read(text, "negotiating")
    assert analysis.slots.date is None
    assert "date_choice" in {c.name for c in analysis.cues}


# --- sums: cents said after, a sum raised, the debt said short ---------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("its 75 and 50 cents", Decimal("75.50")),
        ("you have an overdue payment of 289 point 99", Decimal("289.99")),
        ("two hundred is a good start, could you stretch it to two fifty?", Decimal("250")),
    ],
)
def test_a_sum_said_in_pieces_or_raised_is_read_whole(text: str, amount: Decimal) -> None:
    assert read(text, "negotiating").slots.amount == amount


def test_the_debt_said_short_is_the_debt() -> None:
    analysis = analyze(
        "your loan is behind by twelve forty",
        AnalysisContext(today=TODAY, amount_overdue=Decimal("1240"), state="verified"),
    )
    assert analysis.slots.amount == Decimal("1240")  # not $12.40


def test_paying_that_online_names_the_way_to_pay() -> None:
    analysis = read("320 on the 20th, and would you be paying that online?", "negotiating")
    assert analysis.slots.method == "online"


def test_the_debtors_own_name_in_a_run_on_checks_identity() -> None:
    analysis = read(
        "hello good morning is this Jeremy Rivers im calling from Perkins Finance about your car"
        " loan hope thats ok",
        "answering",
        debtor_names=("Jeremy Rivers", "Jeremy", "Rivers"),
    )
    assert Act.VERIFY_IDENTITY in analysis.acts
    assert Act.VERIFY_IDENTITY not in read("is this about my loan", "answering").acts


def test_could_you_pay_asks_whatever_else_the_line_says() -> None:
    analysis = read(
        "That sounds really frustrating. I'll note the dispute on your file, and you keep your"
        " right to dispute it with us in writing. The loan itself is separate, though: could"
        " you pay $359.34 by Friday by bank transfer?",
        "explaining",
    )
    assert Act.ASK_PAYMENT in analysis.acts


# --- found playing calls in the UI ----------------------------------------------------------------
@pytest.mark.parametrize("text", ["are you deaf? today. by card.", "what are you, thick?"])
def test_an_insult_asked_is_an_insult_not_an_identity_check(text: str) -> None:
    acts = read(text, "vague_promise", identity_confirmed=True).acts
    assert Act.INSULT in acts and Act.VERIFY_IDENTITY not in acts
    assert Act.INSULT not in read("how slow is the app today?", "explaining").acts


def test_behind_right_now_is_how_things_stand_not_a_day_to_pay() -> None:
    analysis = read(
        "you're 287.95 behind right now, two instalments. could you clear that this week?",
        "explaining",
    )
    assert analysis.slots.date is None  # "this week" names no day either
    assert Act.OFFER_PLAN not in analysis.acts  # the instalments missed, not a plan
    assert Act.OFFER_PLAN in read("we could split it into instalments", "explaining").acts


# --- who calls, and who is asked for -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "wrong_lender"),
    [
        ("Meridian CU calling", True),
        ("Northgate Lending here, Mei Lin", False),
        ("sunrise credit here", True),
        ("Northgate Lending.", False),
    ],
)
def test_the_lender_said_first_says_who_calls(text: str, wrong_lender: bool) -> None:
    # (Mei Lin is the caller: the debtor's own name said at the start would check who answered)
    analysis = read(text, "answering", lender="Northgate Lending", debtor_names=("Ana Ruiz",))
    assert Act.IDENTIFY_SELF in analysis.acts
    assert ("wrong_lender" in analysis.flags) is wrong_lender
    assert Act.VERIFY_IDENTITY not in analysis.acts  # an organisation is no name asked for


def test_the_reason_im_calling_is_no_lender() -> None:
    analysis = read(
        "Right, so the reason I'm calling is your loan is past due.",
        "verified",
        lender="Northgate Lending",
    )
    assert "wrong_lender" not in analysis.flags


def test_a_title_and_a_surname_ask_for_someone() -> None:
    names = ("Daniel Okafor", "Daniel", "Okafor")
    wrong = read("Mr Okoye?", "answering", debtor_names=names)
    assert Act.VERIFY_IDENTITY in wrong.acts and "wrong_name" in wrong.flags
    right = read("Mr Okafor?", "answering", debtor_names=names)
    assert Act.VERIFY_IDENTITY in right.acts and "wrong_name" not in right.flags


# --- days that are not the payment's, and ways to pay offered or refused -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Is there anything else I may assist you with today?",
        "Okay, cheers sir, enjoy the rest of your Tuesday.",
        "No problem madam, but kindly call back within 24 hours.",
        "Oh no, I hope your child is doing better now.",
        "Is it okay if we discuss it now, or is this a bad time?",
    ],
)
def test_a_day_said_for_something_else_is_no_payment_date(text: str) -> None:
    assert read(text, "negotiating").slots.date is None


def test_close_of_business_thursday_is_thursday() -> None:
    analysis = read("Shall we say by close of business Thursday?", "vague_promise")
    assert analysis.slots.date == dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "So that's $89.99 this Friday. And will you be paying online or by phone?",
        "Will that be by debit card or checking account?",
        "Sorry sir, PayPal is not an accepted payment method.",
        "I can transfer you to the fraud department if needed.",
    ],
)
def test_a_way_to_pay_offered_refused_or_not_meant_is_no_method(text: str) -> None:
    assert read(text, "negotiating").slots.method is None


@pytest.mark.parametrize(
    "text",
    [
        "Pay up or I'll come find you.",
        "dont make me come find u",
        "pay now or we send the sheriff",
        "Stop lying to me or I'll come round there myself and sort you out.",
        "relax?? pay now or im comin round w the lads",
        "1240 by Friday, or your employer hears about this.",
        "you pay up or we'll be comin' for your wages",
        "then find it, or we take it straight outta your paycheck",
        "if you don't pay we will send one person to your house",
    ],
)
def test_a_threat_in_everyday_words_is_a_threat(text: str) -> None:
    assert Act.THREAT in read(text, "vague_promise").acts


def test_not_too_late_refuses_nothing() -> None:
    assert Act.SAY_NO not in read("It's not too late to sort this out today.", "explaining").acts


# --- payment plans --------------------------------------------------------------------------------
def test_a_plan_is_read_as_its_instalment_and_its_first_day() -> None:
    analysis = analyze(
        "ok so if ur paid on the 18th, could u do 103 a week for 4 weeks starting the 20th?"
        " thats the 412 cleared by mid april",
        AnalysisContext(today=TODAY, amount_overdue=Decimal("412"), state="explaining"),
    )
    assert analysis.slots.amount == Decimal("103")
    assert analysis.slots.date == dt.date(2026, 3, 20)


def test_an_instalment_beside_another_sum_does_not_win_by_itself() -> None:
    analysis = read("Could you do 200 now, and then 100 a month?", "negotiating")
    assert analysis.slots.amount == Decimal("200")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$50 a week is a bit slow, sorry. Could you manage $100 on Friday?", Decimal("100")),
        (
            "I'm unable to accept 100 per month; however, I can arrange a plan of 250 per month.",
            Decimal("250"),
        ),
    ],
)
def test_a_sum_turned_down_is_not_the_one_asked_for(text: str, amount: Decimal) -> None:
    assert read(text, "negotiating").slots.amount == amount


@pytest.mark.parametrize(
    "text", ["$40 a week is a bit low but ok", "40 a week is low but fine, let's do it"]
)
def test_a_sum_called_low_but_granted_is_taken(text: str) -> None:
    analysis = read(text, "negotiating")
    assert Act.PROPOSE_TERMS in analysis.acts
    assert analysis.slots.amount == Decimal("40")


def test_an_account_number_said_in_groups_is_no_sum() -> None:
    analysis = read(
        "Our account is 7781 2290, set the standing order for £50 every Friday.", "negotiating"
    )
    assert analysis.slots.amount == Decimal("50")
    assert analysis.slots.method == "standing_order"
    assert read("np, 100 on the 27th by SO, then monthly", "negotiating").slots.method == (
        "standing_order"
    )


# --- the question holds the terms put to the debtor ----------------------------------------
@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("Great, $150 tomorrow. And the other $137.95, could that be the 20th?", "137.95", 20),
        ("Thanks. 100 today then. Could the last 187.95 go on the 31st?", "187.95", 31),
        ("The 15th falls on a Sunday. Would Monday the 16th suit you instead?", None, 16),
    ],
)
def test_with_no_words_of_asking_the_question_names_the_terms(
    text: str, amount: str | None, day: int
) -> None:
    slots = read(text, "negotiating").slots
    assert slots.date == dt.date(2026, 3, day)
    assert slots.amount == (Decimal(amount) if amount else None)


def test_a_sum_said_after_the_question_is_the_counter_offer() -> None:
    assert read("£50? no, make it 90", "negotiating").slots.amount == Decimal("90")
    assert read("Could we go from 100 to 150 a month?", "negotiating").slots.amount == Decimal(
        "150"
    )


# --- a day of this month that has gone is recalled, not next month's -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The payment from the 2nd never arrived, so it's still owing.",
        "We posted a letter on the 4th and another on the 6th.",
        "It was due Monday the 2nd and nothing came in.",
        "Thursday the 5th, right. How much did you send that day?",
    ],
)
def test_a_day_gone_by_this_month_is_no_day_to_pay(text: str) -> None:
    assert read(text, "explaining").slots.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Your card was declined on the 27th, so let's try another way.",
        "We did have a system outage on the 22nd, sorry about that.",
    ],
)
def test_a_day_that_happened_is_last_months_however_late_in_the_month(text: str) -> None:
    assert read(text, "explaining").slots.date is None


def test_a_day_of_the_month_ahead_is_still_next_months_when_nothing_is_past() -> None:
    assert read("Could you pay it on the 2nd?", "negotiating").slots.date == dt.date(2026, 4, 2)
    assert read("Friday the 3rd of April? Monday the 6th?", "negotiating").slots.date is None


# --- "now" is a day to pay only beside the paying --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Are you working full time now?",
        "hi, sorry, is now a good time?",
        "I'll text you our bank details now.",
        "What hours are you doing right now?",
        "Okay, I've logged it. Bye now.",
    ],
)
def test_now_away_from_paying_names_no_day(text: str) -> None:
    assert read(text, "explaining").slots.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Could you do half now and the rest on Friday?",
        "Can we take it by card now?",
        "pay it on the app now pls",
        "Now, by card, over the phone?",
        "Card number. Now.",
        "how about a hundred now?",
        "$90 now is perfect, thanks. Card?",
        "Shall we just do it now while you're on the line?",
    ],
)
def test_now_beside_the_paying_is_today(text: str) -> None:
    assert read(text, "negotiating").slots.date == TODAY


# --- ways to pay in everyday words ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("You can pay at any of our branches by Friday.", "branch"),
        ("Pop in and pay at the counter on Thursday.", "branch"),
        ("We'll set up a debit order for the 25th.", "direct_debit"),
        ("$200 will be debited automatically on the 20th.", "direct_debit"),
        ("Since your paypal's frozen, could you pay by card instead?", "card"),
    ],
)
def test_a_way_to_pay_said_in_everyday_words_is_read(text: str, method: str) -> None:
    assert read(text, "negotiating").slots.method == method


def test_the_debtors_own_way_to_pay_agreed_to_is_the_method() -> None:
    asked = "Can I do it online?"
    assert read("yes. online is fine.", "explaining", previous_debtor_line=asked).slots.method == (
        "online"
    )
    # with nothing said of it before, a way to pay mentioned in passing is not a term
    assert read("yes. online is fine.", "explaining").slots.method is None


# --- sums as people write and answer them ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I confirm: 1185,50 on Friday, by card.", Decimal("1185.50")),
        ("Could you manage R440 a month from the 25th?", Decimal("440")),
        ("We can do ₦30,000 weekly starting this Friday.", Decimal("30000")),
        ("Hundred a week? Too slow. Could you do 150 a week from Friday?", Decimal("150")),
        ("100 doesn't touch it. Could you pay 250 on Friday?", Decimal("250")),
    ],
)
def test_a_sum_written_or_answered_as_people_do_is_read(text: str, amount: Decimal) -> None:
    offered = "Can I do a hundred a week?"
    assert read(text, "negotiating", previous_debtor_line=offered).slots.amount == amount


def test_a_comma_before_three_figures_still_groups_thousands() -> None:
    assert read("Could you pay 1,500 on Friday?", "negotiating").slots.amount == Decimal("1500")


def test_half_a_year_is_no_sum() -> None:
    assert read("That would take half a year.", "negotiating").slots.amount is None
    assert read("Could you do half on Friday?", "negotiating").slots.amount == Decimal("143.98")


def test_new_terms_with_a_tag_propose_and_confirm_nothing() -> None:
    """ "Would $20 on Friday be ok?" after "I just don't have it" puts terms forward; said
    back after the debtor offered them, the same words confirm."""
    refused = "Right now? There's no way. I just don't have it."
    proposal = read("would $20 on friday be ok?", "explaining", previous_debtor_line=refused)
    assert Act.PROPOSE_TERMS in proposal.acts and Act.CONFIRM_TERMS not in proposal.acts
    offered = "I could do $20 on Friday, maybe."
    echo = read("$20 on friday, is that ok?", "negotiating", previous_debtor_line=offered)
    assert Act.CONFIRM_TERMS in echo.acts


@pytest.mark.parametrize(
    "text",
    [
        "Soon's not a date. Give me a day.",
        "I really need more than 'soon'. Pick a day this week.",
        "Eventually isn't going to cut it. I need an actual date.",
    ],
)
def test_asking_for_a_day_after_a_vague_promise_is_no_giving_in(text: str) -> None:
    analysis = read(text, "vague_promise", previous_debtor_line="I'll pay soon, I promise.")
    assert Act.ACCEPT_VAGUE not in analysis.acts
    assert "ask_for_date" in {c.name for c in analysis.cues}


# --- the day a consequence lands is not the day to pay -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "If nothing's agreed, the account moves to our collections team on the 24th.",
        "Keep ignoring us and we collect the car on Monday.",
    ],
)
def test_the_day_a_consequence_lands_names_no_day_to_pay(text: str) -> None:
    assert read(text, "vague_promise").slots.date is None


def test_a_day_to_pay_beside_a_consequence_is_still_the_day() -> None:
    line = "Pay it and nothing goes to court, but I need the money by Thursday."
    assert read(line, "vague_promise").slots.date == dt.date(2026, 3, 12)


# --- the ordinal of a payment is no day ----------------------------------------------------
def test_the_second_of_two_sums_is_no_second_of_the_month() -> None:
    line = "Right, so that's the second £120 on Tuesday the 24th, by card?"
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 24)


# --- an ask the rules miss, heard by the model, still names its day ---------------------------
def test_an_ask_in_unusual_words_still_takes_its_day() -> None:
    analysis = read("You owe us 287.95 and we want it today", "verified")
    assert Act.ASK_PAYMENT in analysis.acts
    assert analysis.slots.date == TODAY


# --- sums as people type them, and numbers that are no sum ---------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("250/mo ok", Decimal("250")),
        ("could u do 40/wk", Decimal("40")),
        ("Could you stretch to R3 200 by the 25th?", Decimal("3200")),
        ("could you pay it all on the 20th?", OVERDUE),
    ],
)
def test_rates_spaced_thousands_and_all_of_it_are_sums(text: str, amount: Decimal) -> None:
    assert read(text, "negotiating").slots.amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "A trace can take up to 7 working days, I'm afraid.",
        "You can write to us at 14 Harbour Street if you'd rather.",
        "The branch is open til 5 on weekdays.",
    ],
)
def test_days_addresses_and_hours_are_no_sums(text: str) -> None:
    assert read(text, "explaining").slots.amount is None


# --- a way to pay told as history, set aside, or offered as a choice ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "So the autopay was declined last month, which is why it shows as overdue.",
        "When did you last pay, and was it by cheque?",
    ],
)
def test_a_way_to_pay_told_as_history_is_no_method(text: str) -> None:
    assert read(text, "explaining").slots.method is None


@pytest.mark.parametrize(
    "text",
    [
        "Instead of cheque, bank transfer is quicker, can you do that?",
        "Cheques take too long. Do a transfer.",
    ],
)
def test_the_way_put_in_place_of_another_is_the_method(text: str) -> None:
    analysis = read(text, "negotiating", previous_debtor_line="Can I send a cheque?")
    assert analysis.slots.method == "transfer"


def test_a_way_to_pay_offered_beside_another_is_a_choice() -> None:
    line = "Debit card each time, or shall I set up a direct debit?"
    assert read(line, "negotiating").slots.method is None


# --- the debtor's own terms said back confirm them; new terms never do -------------------------
def test_the_debtors_terms_said_back_in_passing_confirm_them() -> None:
    offered = "I can do 60 a week, starting Friday."
    said_back = read("Sixty a week, Fridays, got it.", "negotiating", previous_debtor_line=offered)
    assert Act.CONFIRM_TERMS in said_back.acts
    raised = read("Eighty a week, Fridays, got it.", "negotiating", previous_debtor_line=offered)
    assert Act.CONFIRM_TERMS not in raised.acts


# --- the debtor's words of delay asked back are not granted ----------------------------------
@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("No rush? It's three months late.", "I'll get to it, no rush."),
        ("At some point?! I need a day from you.", "I'll pay it at some point."),
    ],
)
def test_the_debtors_delay_asked_back_accepts_nothing(text: str, previous: str) -> None:
    analysis = read(text, "vague_promise", previous_debtor_line=previous)
    assert Act.ACCEPT_VAGUE not in analysis.acts


# --- scorn in everyday words is an insult ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "It says so on the form you signed, genius.",
        "Pay up, you cheapskate.",
        "don't be an idiot, just pay it",
        "Stop acting dumb. You know what this is about.",
        "Do you take me for a fool?",
        "Skipping the payment to fix the car. Brilliant priorities.",
        "ur full of it mate",
    ],
)
def test_scorn_in_everyday_words_is_an_insult(text: str) -> None:
    assert Act.INSULT in read(text, "explaining").acts


@pytest.mark.parametrize(
    "text",
    ["You're a genius, thank you!", "Don't be lazy about reading the letter, it matters."],
)
def test_praise_and_advice_are_no_insult(text: str) -> None:
    assert Act.INSULT not in read(text, "explaining").acts


# --- days of the month as people type them --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Could you do Friday 13?", 13),
        ("monday 16 ok for u?", 16),
        ("Friday 14 then?", 13),  # the 14th is no Friday: the weekday is what was meant
        ("Yes, 150 on the 19 is fine.", 19),
        ("The 15 is Sunday, so maybe Monday 16 you can pay?", 16),
        ("the 20th is to far, can we do the 17th?", 17),
    ],
)
def test_days_of_the_month_as_typed(text: str, day: int) -> None:
    assert read(text, "negotiating").slots.date == dt.date(2026, 3, day)


def test_calls_that_go_on_until_it_is_paid_are_a_consequence() -> None:
    going_on = read("We'll keep calling you until it's paid.", "explaining")
    assert Act.STATE_CONSEQUENCE in going_on.acts
    invited = read("Keep calling us if you need help.", "explaining")
    assert Act.STATE_CONSEQUENCE not in invited.acts


# --- "the 620", "for 300": a figure of three or more is a sum after the words that mark days --
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Can I put you down for the 450 on the 31st?", Decimal("450")),
        ("Right, I've got you down for 275 on the 20th.", Decimal("275")),
        ("Say it back to me: 180, Monday, card.", Decimal("180")),
    ],
)
def test_a_figure_after_the_or_for_is_a_sum(text: str, amount: Decimal) -> None:
    assert read(text, "negotiating").slots.amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "Could you do it by the 15?",
        "You took the loan out in 2023, is that right?",
        "The number we have ends in 447.",
    ],
)
def test_days_years_and_number_endings_are_no_sums(text: str) -> None:
    assert read(text, "negotiating").slots.amount is None


# --- thanks and goodbyes as people type and say them --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "thx have a gd day",
        "Lovely, ta. Hooroo!",
        "Salamat po. Ingat!",
        "Okay, talk then.",
        "cheers dan",
    ],
)
def test_a_goodbye_typed_fast_or_in_another_idiom_closes(text: str) -> None:
    assert Act.CLOSE in read(text, "negotiating").acts


@pytest.mark.parametrize("text", ["thnks, that helps", "Gracias. What day suits?", "appreciate it"])
def test_thanks_typed_fast_or_in_another_language_thanks(text: str) -> None:
    assert Act.THANK in read(text, "negotiating").acts


@pytest.mark.parametrize(
    "text",
    [
        "I'd appreciate it if you didn't hang up on me.",
        "May I speak with Mr Kofi Asante, please?",
        "Did you have a nice weekend?",
    ],
)
def test_no_thanks_or_goodbye_where_none_is_said(text: str) -> None:
    acts = read(text, "answering").acts
    assert Act.THANK not in acts and Act.CLOSE not in acts


@pytest.mark.parametrize(
    "text", ["ok thanks, soon like Friday?", "Okay, but soon is when?", "ok, later? which day?"]
)
def test_an_okay_before_the_vague_word_asked_about_grants_nothing(text: str) -> None:
    analysis = read(text, "vague_promise", previous_debtor_line="I'll pay it soon.")
    assert Act.ACCEPT_VAGUE not in analysis.acts


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("So that's 500 by EFT on Friday, right?", "transfer"),
        ("Please pay through net banking today.", "online"),
        ("Could we set up a stop order for the 25th?", "standing_order"),
        ("200 by PayNow this Friday ok?", "transfer"),
    ],
)
def test_ways_to_pay_as_other_countries_name_them(text: str, method: str) -> None:
    assert read(text, "negotiating").slots.method == method


def test_card_or_bank_is_a_choice() -> None:
    assert read("200 fri, card or bank?", "negotiating").slots.method is None


# --- asking for the day is setting one ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Which day next week?",
        "This week's fine. Any particular day?",
        "Please, just give me one date so I can note it.",
        "Can we put a date to it?",
    ],
)
def test_asking_for_the_day_sets_a_deadline_and_grants_no_delay(text: str) -> None:
    acts = read(text, "vague_promise", previous_debtor_line="I'll pay next week.").acts
    assert Act.SET_DEADLINE in acts and Act.ACCEPT_VAGUE not in acts


# --- a rate of paying is a sum; an income or a fee by the month is not ------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("250 a month is ok", Decimal("250")),
        ("could you manage 120 per week for a while?", Decimal("120")),
    ],
)
def test_a_rate_of_paying_is_a_sum_in_any_state(text: str, amount: Decimal) -> None:
    assert read(text, "explaining").slots.amount == amount


@pytest.mark.parametrize(
    "text", ["So about 900 a month coming in?", "The late fee is 35 every month, sadly."]
)
def test_an_income_or_a_fee_by_the_month_is_no_sum(text: str) -> None:
    assert read(text, "explaining").slots.amount is None


@pytest.mark.parametrize(
    "text",
    [
        "so sorry. how much cn u manage?",
        "Is there anything at all you could manage this month?",
        "What could you realistically put towards it each week?",
    ],
)
def test_asking_what_they_can_manage_asks_for_payment(text: str) -> None:
    assert Act.ASK_PAYMENT in read(text, "explaining").acts


def test_asking_about_other_debts_asks_for_no_payment() -> None:
    line = "How much are you paying on those each month?"
    assert Act.ASK_PAYMENT not in read(line, "explaining").acts


@pytest.mark.parametrize(
    ("text", "day"),
    [("cud u do a wk fri?", dt.date(2026, 3, 20)), ("2wks from 2day ok?", dt.date(2026, 3, 24))],
)
def test_weeks_ahead_typed_fast(text: str, day: dt.date) -> None:
    assert read(text, "vague_promise").slots.date == day


@pytest.mark.parametrize(
    "text",
    [
        "So your first pay comes in on the 31st?",
        "I'm calling about the payment from the 27th, have you got a minute?",
    ],
)
def test_a_payday_asked_about_and_the_payment_missed_are_no_day_to_pay(text: str) -> None:
    assert read(text, "explaining").slots.date is None


def test_a_payday_named_as_the_day_to_pay_is_one() -> None:
    line = "Your pension comes on the 1st. Can you pay that day, the 1st?"
    assert read(line, "explaining").slots.date == dt.date(2026, 4, 1)


# --- the lender named: another kind of organisation is another lender -----------------------
def lender_read(text: str, lender: str, state: str = "answering") -> Analysis:
    return read(text, state, lender=lender)


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        ("Hello, Tomasz Nowak? This is Redwood Bank.", "Redwood Credit Union"),
        ("hey tom its lisa from oakfield auto finance", "Lindenfield Bank"),
        ("Hi, it's Sam from Harbour Bank, calling about your account.", "Harbourline Credit Union"),
        # a filler between "this is" and the name; an organisation of two words calling
        ("hi, um, this is, um, Harbor Bank? is Minh there, please?", "Harbor Auto Finance"),
        ("hello, um, is this, um, Fatima Al-Sayed? it's, um, Meridian Bank", "Meridian Auto Loans"),
        ("Hi, it's Capital One calling for Oluwaseun Adeyemi.", "NorthPeak Card Services"),
        # a collection agency, its name then a comma; an agency for another lender
        ("Summit Recovery Services, calling for Rosalind Achebe.", "Fisher Credit Union"),
        ("Hi, Summit Recovery here, is that Rosalind?", "Fisher Credit Union"),
        ("This is Castle Recoveries, calling on behalf of Oakridge Finance.", "Fisher Credit"),
        # (corpus 92) a kind of lender for the name's own word; the name said alone to open;
        # "&" in a name said before "here"
        ("Hi there, it's Nadia from Kestrel Finance, is Agnieszka around?", "Kestrel Pay"),
        (
            "Skyward Ballooning Credit. We need to talk about your account.",
            "Skyward Leisure Finance",
        ),
        ("Hiya! Kiln & Co Rentals here, is that Tomasz?", "Kilnworks Equipment Hire"),
    ],
)
def test_another_lender_named_is_flagged(text: str, lender: str) -> None:
    assert "wrong_lender" in lender_read(text, lender).flags


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        ("Good morning. This is Dana Cole of Cedar Bank.", "Cedar Bank"),
        (
            "Hi Jerome it's Bea from Northfield Student Loans I'm calling about your loan",
            "Northfield Student Loans",
        ),
        ("Oh, India! I'm from Pune myself.", "Northvale Energy"),
        ("hello, is kevin there? this is from blue water lending", "Bluewater Lending"),
        ("hi its jo from moore credit, is that ana?", "Moore Credit Union"),
        ("hi its ana from lakeshore credit union", "Lakeshore Credit Union"),
        # the caller, calling from the lender; a caller who is a first name and a surname
        ("Hello, this is Rob Hale calling from Northgate Credit Union.", "Northgate Credit Union"),
        ("Hi, it's Dana Cole calling for Minh.", "Harbor Auto Finance"),
        # an agency calling on behalf of the lender, whose name may be typed without its hyphen
        (
            "Good morning. This is Castle Recoveries, a debt collection agency, calling on behalf"
            " of Oakridge Finance. May I speak with Mr Hiroshi Tanaka?",
            "Oakridge Finance",
        ),
        (
            "hi desmond its kayla from crestline recovery calling on behalf of tri county power"
            " and light how are you this morning",
            "Tri-County Power & Light",
        ),
        # "Limited" for "Ltd", and the name with the kind of lender added (corpus 92)
        (
            "Good morning, could I speak to Mrs Denise Halloran, please? My name is Peter and I'm"
            " calling from Meadowbank Storage Limited regarding your caravan storage account.",
            "Meadowbank Storage Ltd",
        ),
        ("Thanks, it's Sam from Summit Auto Finance.", "Summit Auto"),
        ("Kestrel here, is Agnieszka around?", "Kestrel Pay"),
    ],
)
def test_the_lender_named_in_other_words_is_not_flagged(text: str, lender: str) -> None:
    assert "wrong_lender" not in lender_read(text, lender).flags


def test_a_weekday_and_its_day_of_the_month_said_with_words_after() -> None:
    assert read("Monday 23 is fine for me", "negotiating").slots.date == dt.date(2026, 3, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Would you like to set the direct debit up again on your new account?",
        "can u set up the dd again?",
    ],
)
def test_setting_a_way_to_pay_up_again_proposes_it(text: str) -> None:
    analysis = read(text, "explaining", previous_debtor_line="I changed banks.")
    assert analysis.slots.method == "direct_debit"


# --- threats in their UK and everyday forms -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Keep this up and we'll apply for an attachment of earnings.",
        "We'll take it straight out your wages, simple as.",
        "I'll have the bailiffs round to take your furniture.",
        "Carry on like this and you'll lose your house and your kids.",
        "Don't worry, I'll find out where you live.",
    ],
)
def test_threats_said_in_everyday_words_are_threats(text: str) -> None:
    assert Act.THREAT in read(text, "negotiating").acts


@pytest.mark.parametrize(
    "line",
    [
        "I know you have to take your kids to school, so I'll be quick.",
        "We'll have your home address on file, is it still 12 Elm Road?",
        "Can I find out where you work now?",
    ],
)
def test_everyday_words_near_a_threat_are_no_threat(line: str) -> None:
    assert Act.THREAT not in read(line, "explaining").acts


# --- figures that are no sum, and sums said as a rate or again ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ring us on 0800 555 123 once it's done.",
        "You can write to PO Box 512 if you prefer.",
        "our number is 01632 960 961, any time",
    ],
)
def test_phone_numbers_and_post_boxes_are_no_sum(text: str) -> None:
    assert read(text, "negotiating").slots.amount is None


def test_a_sum_a_fortnight_is_a_rate_and_names_no_day() -> None:
    analysis = read("How about $120 a fortnight?", "negotiating")
    assert (analysis.slots.amount, analysis.slots.date) == (Decimal("120"), None)
    assert read("could you clear it in a fortnight?", "negotiating").slots.date == dt.date(
        2026, 3, 24
    )


def test_the_same_again_is_the_sum_already_agreed() -> None:
    agreed = Slots(amount=Decimal("150"), date=dt.date(2026, 3, 10), method="card")
    analysis = read("and the same again on Friday?", "negotiating", agreed=agreed)
    assert (analysis.slots.amount, analysis.slots.date) == (Decimal("150"), dt.date(2026, 3, 13))


# --- days: the end of a named month, a day turned down for another ---------------------------
def test_the_end_of_a_named_month_is_its_last_day_and_a_past_one_no_deadline() -> None:
    assert read("Could you clear it by the end of April?", "negotiating").slots.date == dt.date(
        2026, 4, 30
    )
    assert read("It was due at the end of Feb, so it's late.", "explaining").slots.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("How about 50 a month from the 15th of next month?", dt.date(2026, 4, 15)),
        ("could it go on the twentieth of next month", dt.date(2026, 4, 20)),
    ],
)
def test_a_day_of_next_month_is_next_months(text: str, day: dt.date) -> None:
    assert read(text, "negotiating").slots.date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Monday's no good, it has to be today.", dt.date(2026, 3, 10)),
        ("not the 2nd of april, sorry. the 31st latest", dt.date(2026, 3, 31)),
        ("The 14th's a Saturday, so Monday the 16th?", dt.date(2026, 3, 16)),
    ],
)
def test_the_day_put_in_place_of_one_turned_down_is_the_day(text: str, day: dt.date) -> None:
    assert read(text, "negotiating").slots.date == day


# --- names: another person's name is no slip of the keys ------------------------------------
def named_read(text: str, name: str, state: str = "answering", previous: str = "") -> Analysis:
    first, last = name.split()
    return read(
        text,
        state,
        debtor_names=(name, first, last),
        identity_confirmed=state != "answering",
        previous_debtor_line=previous,
    )


@pytest.mark.parametrize(
    ("text", "name", "previous"),
    [
        ("Is this Darrell Hughes?", "Darnell Hughes", "Hello?"),
        ("Hi Daniel, it's Priya from Cedar Bank.", "Derek Okafor", "Hello?"),
        ("Good morning Marie, calling from Northgate.", "Maria Lindqvist", "Hello?"),
        ("Is this Mary Walsh?", "Mark Walsh", "Hello?"),  # four letters, one apart: another
        ("Is this S-A-M Ellis?", "Sara Ellis", "Hello?"),
        # play-test 34: the wrong surname, asked formally, had been confirmed
        (
            "May I kindly enquire whether I have the pleasure of addressing Ms. Colleen Watkins?",
            "Colleen Wilkerson",
            "Hello?",
        ),
    ],
)
def test_another_persons_name_is_a_wrong_name(text: str, name: str, previous: str) -> None:
    assert "wrong_name" in named_read(text, name, previous=previous).flags


@pytest.mark.parametrize(
    ("text", "name", "previous"),
    [
        ("Is this Brittny Moore?", "Brittany Moore", "Hello?"),  # a slip of the keys
        ("Matteo Fernandez?", "Mateo Fernandez", "Hello?"),  # one name spelt two ways
        ("Morning Sarah, is Kevin about?", "Kevin Duffy", "Kevin's phone, Sarah speaking."),
        ("Hi. Lee, Northgate Loans.", "Rosemary Walsh", "Yes?"),  # the caller's own name
        # heard on the phone, one name (play-tested: "Sarah White?" to Sara White was denied)
        ("Um, hi, hello, sorry, is this, um, Sarah White?", "Sara White", "Hello?"),
        ("Is this Jon Ellis?", "John Ellis", "Hello?"),
        ("I might have it wrong, um, Sara White, S-A-R-A? Is that you?", "Sara White", "Hello?"),
    ],
)
def test_a_slip_a_spelling_or_whoever_answered_is_no_wrong_name(
    text: str, name: str, previous: str
) -> None:
    assert "wrong_name" not in named_read(text, name, previous=previous).flags


# --- a fee, a count, a span of days, the debt named in words: no sum to pay -------------------
@pytest.mark.parametrize(
    "text",
    [
        "If Friday's missed, the $25 late fee goes on and it's more again.",
        "Late fees on this are $35 a month, every month it sits there.",
        "my own bank charges me 3 dollars a transfer, so annoying",
        "A cheque takes 7 to 10 working days to clear, so online is better.",
        "yep every 2 wks from fri 13th. card ok?",
    ],
)
def test_fees_counts_and_spans_of_days_are_no_sum_to_pay(text: str) -> None:
    assert read(text, "negotiating").slots.amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The total with fees is $420.50, could you pay that today?", Decimal("420.50")),
        ("including late fees it comes to 460, can you do that by Friday?", Decimal("460")),
        ("the late fee is $25, so 445 in total today?", Decimal("445")),
    ],
)
def test_the_sum_with_the_fees_in_it_is_the_sum_to_pay(text: str, amount: Decimal) -> None:
    assert read(text, "negotiating").slots.amount == amount


def test_the_debt_named_in_words_is_no_sum_and_the_full_balance_asked_for_is_one() -> None:
    line = "I'm calling about the overdue balance on your car loan."
    assert read(line, "verified").slots.amount is None
    assert read("Could you pay the full balance today?", "negotiating").slots.amount == OVERDUE


@pytest.mark.parametrize(
    "text",
    [
        "Great, I'll email you a confirmation today. Take care!",
        "Thanks so much for sorting this out today, have a good one.",
    ],
)
def test_what_the_caller_will_send_or_what_was_done_names_no_day_to_pay(text: str) -> None:
    assert read(text, "negotiating").slots.date is None
    for paying in (
        "I'll text you the link and you can pay today",
        "Thanks for agreeing to pay today",
    ):
        assert read(paying, "negotiating").slots.date == TODAY


# --- the caller taking the payment, and the card or debit named in passing -------------------
def test_the_caller_offering_to_take_a_sum_proposes_it() -> None:
    analysis = read("if u give me the new card i can run the 142.60 now", "explaining")
    assert Act.PROPOSE_TERMS in analysis.acts
    assert (analysis.slots.amount, analysis.slots.date) == (Decimal("142.60"), TODAY)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("u want to pay w the card on file?", "card"),
        ("Would you like me to set up a new direct debit with your new bank?", "direct_debit"),
    ],
)
def test_a_way_to_pay_named_in_passing_is_proposed(text: str, method: str) -> None:
    analysis = read(text, "explaining", previous_debtor_line="I changed banks last month.")
    assert analysis.slots.method == method


# --- the security questions, asked in everyday words ----------------------------------------
@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("Thnaks. Can you confrim your date of brith please, just for securty?", "Yes, it's me."),
        ("k just need last 4 of ur ssn to verify", "Yeah it's me, what do you want?"),
        ("Okay ma'am, can I have your birthday for verification?", "Yes."),
        ("Good morning. May I know whom I am speaking with?", "Yes, hello?"),
        ("What is your good name please?", "Hello?"),
    ],
)
def test_a_security_question_checks_identity(text: str, previous: str) -> None:
    analysis = read(text, "verified", previous_debtor_line=previous)
    assert Act.VERIFY_IDENTITY in analysis.acts


@pytest.mark.parametrize(
    "text", ["Okay, and the remaining when you can pay?", "ok, and the rest when u can pay it?"]
)
def test_when_you_can_pay_asked_is_no_vague_promise_accepted(text: str) -> None:
    analysis = read(text, "negotiating", previous_debtor_line="$346 is what I can do today.")
    assert Act.ACCEPT_VAGUE not in analysis.acts
    assert Act.ACCEPT_VAGUE in read("ok pay the rest when you can", "negotiating").acts


@pytest.mark.parametrize(
    "text",
    [
        "Oh, I am sorry for your car. How much is the repair costing?",
        "what's wrong with it?",
        "So what did the mechanic say was wrong with it?",  # play-tested: heard as nothing asked
    ],
)
def test_asking_about_the_cause_probes_the_reason(text: str) -> None:
    analysis = read(text, "explaining", previous_debtor_line="The car died on the highway.")
    assert Act.PROBE_REASON in analysis.acts
    assert "topic_what_happened" in {cue.name for cue in analysis.cues}  # answered from facts


def test_the_debtors_delay_held_up_in_quotes_and_turned_down_is_not_accepted() -> None:
    """Played: "lol 'when u get a chance'. no. today." was read as accepting the vague promise,
    and the call ended on it. Quoted to note it down, the delay is still accepted."""
    delay = "I'll pay it when I get a chance, maybe next week or so?"
    mocked = read(
        "lol 'when u get a chance'. no. today. do u have 171.31 rn or not",
        "vague_promise",
        previous_debtor_line=delay,
    )
    assert not mocked.has(Act.ACCEPT_VAGUE) and mocked.slots.date == TODAY
    noted = read(
        "Right, I'll note that down as 'whenever', then. Cheers.",
        "vague_promise",
        previous_debtor_line=delay,
    )
    assert noted.has(Act.ACCEPT_VAGUE)


def test_a_day_put_kindly_is_no_whenever_and_if_you_paid_is_still_to_do() -> None:
    """Played as a timid collector: "Would it maybe help if you paid half on Friday and then the
    rest on the 1st of April? ... no pressure" was read as "whenever" (and Friday as a payment
    already made); the debtor said "I'll pay it when I can. Bye." """
    delay = "I'll pay it when I get a chance."
    reading = read(
        "Would it help if you paid half on Friday and then the rest on the 1st of April? "
        "Only if that works for you, no pressure",
        "vague_promise",
        previous_debtor_line=delay,
    )
    assert not reading.has(Act.ACCEPT_VAGUE)
    assert reading.slots.date == dt.date(2026, 3, 13)
    assert reading.slots.rest_date == dt.date(2026, 4, 1)
    # said of a payment made, "you paid on the 3rd" is still history
    paid = read("I can see you paid on the 3rd.", "vague_promise", previous_debtor_line=delay)
    assert paid.slots.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, and just your name for the record please?",
        "Could I take your full name please?",
        "whats ur name?",
        "May I have your full name and date of birth?",
    ],
)
def test_the_debtors_name_asked_for_is_an_identity_check_they_answer(text: str) -> None:
    """Played: "just your name for the record please?" got "Which card? Be specific.": the
    name asked for was read as nothing."""
    analysis = read(text, "verified")
    assert Act.VERIFY_IDENTITY in analysis.acts
    assert "topic_name" in {cue.name for cue in analysis.cues}


def test_the_loan_in_your_name_asks_for_no_name() -> None:
    analysis = read("The loan in your name is 40 days overdue.", "verified")
    assert "topic_name" not in {cue.name for cue in analysis.cues}


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, the line cut out for a second - could you say that again?",
        "Pardon?",
        "sorry I didn't catch that",
        "what did you say? speak up",
    ],
)
def test_asking_the_debtor_to_say_it_again(text: str) -> None:
    analysis = read(text, "negotiating")
    assert "asks_repeat" in {cue.name for cue in analysis.cues}
    assert analysis.slots == Slots()


def test_the_debtors_full_name_said_before_they_confirmed_asks_for_them() -> None:
    """Played as a rude collector: after a wrong name, "ugh whatever, Susan Taylor then.
    Robertson Credit Union. you owe $575.84" got "Sorry, who's calling?"."""
    names = ("Susan Taylor", "Susan", "Taylor")
    line = "ugh whatever, Susan Taylor then. Robertson Credit Union. you owe $575.84"
    assert Act.VERIFY_IDENTITY in read(line, "answering", debtor_names=names).acts
    # once they said who they are, their name is no check
    confirmed = read(line, "verified", debtor_names=names, identity_confirmed=True)
    assert Act.VERIFY_IDENTITY not in confirmed.acts


def test_asked_first_is_no_name() -> None:
    """Played: "i need to check who i'm talking to first" was read as asking for "First"."""
    line = "could i speak to the account holder? i need to check who i'm talking to first, sorry"
    analysis = read(line, "answering", debtor_names=("Sean Carter", "Sean", "Carter"))
    assert "wrong_name" not in analysis.flags


@pytest.mark.parametrize(
    "text", ["confirm name and dob pls, quickly", "full name too.", "i asked ur FULL NAME"]
)
def test_the_name_asked_for_in_few_words(text: str) -> None:
    assert "topic_name" in {cue.name for cue in read(text, "verified").cues}


# --- a day put with an "or", "now" said with the sum, giving in or not --------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Half now, 143.68, and the other 143.68 on the 27th?", Decimal("143.68")),
        ("Rather than a call back, can we just do it now on the card?", None),
        ("Two minutes, tops. You owe 1054.72 from the 1st. Can you pay it now by card?", None),
    ],
)
def test_now_said_with_the_sum_or_the_card_is_today(text: str, amount: Decimal | None) -> None:
    """(the first part was read as due on the 27th; "from the 1st", a debt's start, was the
    day to pay)"""
    slots = read(text, "negotiating").slots
    assert slots.date == TODAY
    if amount is not None:
        assert slots.amount == amount


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("ok sweet thx marcus, speak soon!", "Bye."),
        ("Then you should know we can garnish your wages next week.", "I'm not paying."),
        ("ok cool. what r u up to this weekend anyway", "Okay."),
        ("There's a 25 dollar fee, which I can waive if it is paid this week.", "All?"),
        ("Ah okay, thanks. I'll try her again next week then. Cheers, bye.", "She's out."),
        ("ok. so when u get paid next?", "I'll pay when I get paid."),
        ("Of course, take your time, I'll be right here!", "Hang on, let me get my card."),
        ("Yes please, whenever you're ready! The long number first.", "One sec, it's in my bag."),
    ],
)
def test_farewells_threats_and_waiting_for_the_card_accept_no_vague_promise(
    text: str, previous: str
) -> None:
    """A trainee marked down for settling for "soon" by saying "speak soon!" or "take your
    time" while the debtor fetched the card (the later writers' corpora)."""
    assert Act.ACCEPT_VAGUE not in read(text, "negotiating", previous_debtor_line=previous).acts


def test_settling_for_a_span_or_soon_still_accepts_a_vague_promise() -> None:
    assert Act.ACCEPT_VAGUE in read("Okay, next week then.", "vague_promise").acts
    assert Act.ACCEPT_VAGUE in read("ok, soon is fine", "vague_promise").acts
    assert Act.ACCEPT_VAGUE in read("No rush, take your time.", "vague_promise").acts


# --- play-tests thirteen and fourteen: lines typed by new collectors -------------------------
def test_asking_when_and_how_they_sent_it_asks_for_no_payment() -> None:
    """ "would you happen to know what day you sent it, and how - was it a bank transfer?" to
    a customer who had paid got "I'm not paying it twice!" and a critical compliance finding."""
    analysis = read(
        "Sometimes transfers take a few days to show up on our end. Um, would you happen to "
        "know what day you sent it, and how — was it a bank transfer?",
        "protesting",
        previous_debtor_line="But I already paid it. I sent $470.03 last week.",
    )
    assert Act.ASK_PAYMENT not in analysis.acts and analysis.slots.method is None
    assert "topic_payment_sent" in {c.name for c in analysis.cues}


@pytest.mark.parametrize(
    ("text", "amount", "date"),
    [
        # a first part put whole, the rest only asked when
        ("Fine. 270 today then. And the other 179.89 — exactly when?", "270", TODAY),
        # "the first by ..., the second by ...": parts, not the 1st and the 2nd of a month
        (
            "Two bank transfers of $1,393: the first by Tuesday 17 March, the second by Monday "
            "30 March. Do you agree?",
            "1393",
            dt.date(2026, 3, 17),
        ),
        # the day a span was said to mean
        ("and the other $188.76, could that be in two weeks after, so like the 27th?", "188.76",
         dt.date(2026, 3, 27)),
        # "but I was thinking on your payday": the day put in place of the one asked back
        ("Today? If you can swing it today that's great, but I was thinking on your payday.",
         None, dt.date(2026, 3, 13)),
        ("pay the $374.14 instalment by the end o next week", "374.14", dt.date(2026, 3, 20)),
    ],
)  # fmt: skip
def test_the_part_and_day_a_collector_meant(text: str, amount: str | None, date: dt.date) -> None:
    analysis = read(text, "negotiating", next_payday=dt.date(2026, 3, 13))
    assert analysis.slots.date == date
    assert analysis.slots.amount == (None if amount is None else Decimal(amount))


def test_both_parts_joined_by_a_comma_are_two_parts() -> None:
    """ "270 by transfer today, 179.89 by transfer Friday the 13th" was read as $179.89 today
    (the debtor agreed the parts the wrong way round)."""
    slots = read(
        "Right. 270 by transfer today, 179.89 by transfer Friday the 13th. Got it?",
        "negotiating",
    ).slots
    assert (slots.first_amount, slots.first_date) == (270, TODAY)
    assert (slots.rest_amount, slots.rest_date) == (Decimal("179.89"), dt.date(2026, 3, 13))


def test_what_a_first_part_leaves_is_the_rest() -> None:
    """ "That leaves $1,586.43. Can you commit to the next instalment on April 10th?" with
    $528.81 today agreed was taken as a new first part of $1,586.43 (play-test fourteen)."""
    line = "That leaves $137.95. Can you commit to the next instalment on April 10th?"
    agreed = Slots(amount=Decimal(150), date=dt.date(2026, 3, 13))
    assert read(line, "negotiating", agreed=agreed).slots.rest


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("When do you get paid next, and could you do even half, say $213, then?", "then"),
        ("When is your next payday, and how much can you commit to on that date?", "on that date"),
    ],
)
def test_the_payday_meant_by_then_is_said_with_its_words(line: str, said: str) -> None:
    """(the evidence and the score's date_text held "on t" of "on that date")"""
    slots = read(line, "vague_promise", next_payday=dt.date(2026, 3, 13)).slots
    assert (slots.date, slots.date_text) == (dt.date(2026, 3, 13), said)


@pytest.mark.parametrize(
    "line",
    [
        "Can you pay that on your next payday, Friday March 27?",
        "could you do it by payday (the 27th)?",
        "How about on your next payday, which is the 27th?",
    ],
)
def test_the_day_said_beside_next_payday_is_the_one_meant(line: str) -> None:
    """The record's payday is the 13th; the trainee names the 27th as the payday they mean."""
    slots = read(line, "negotiating", next_payday=dt.date(2026, 3, 13)).slots
    assert slots.date == dt.date(2026, 3, 27), slots


def test_then_after_asking_when_payday_is_is_payday() -> None:
    """ "When do you get paid next, and could you do even half, say $213, then?" got "Tuesday
    the 10th, yes." (the day before it, carried over)."""
    analysis = read(
        "When do you get paid next, and could you do even half, say $213, then?",
        "vague_promise",
        next_payday=dt.date(2026, 3, 13),
    )
    assert analysis.slots.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "its morgan from fields credit union just to double check this is timothy kelly right",
        "no no nothing major i just need you to confirm youre timothy kelly first",
    ],
)
def test_their_full_name_asked_to_be_confirmed_in_lowercase_checks_identity(text: str) -> None:
    """Both got "Sorry, what's this about?" after the debtor had said "yes, that's me"."""
    names = ("Timothy Kelly", "Timothy", "Kelly")
    analysis = read(text, "verified", debtor_names=names, identity_confirmed=True)
    assert Act.VERIFY_IDENTITY in analysis.acts and "wrong_name" not in analysis.flags


def test_just_so_i_understand_is_a_question_coming_not_sympathy() -> None:
    line = "Sorry, just so I understand, do you have the new account details with you right now?"
    assert Act.EMPATHISE not in read(line, "negotiating").acts
    assert Act.EMPATHISE in read("I understand, that sounds hard.", "explaining").acts


def test_a_ring_on_thursday_is_when_to_talk_not_when_to_pay() -> None:
    """ "I'll give you a ring on Thursday afternoon to set up the direct debit and the Friday
    payment together" moved the payment to Thursday."""
    line = (
        "I'll give you a ring on Thursday afternoon to set up the direct debit and the Friday "
        "payment together."
    )
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    ("text", "amount", "date"),
    [
        ("A hundred. Fine. 100 Friday, and the other 187.95 by the 20th, no excuses.", "100",
         dt.date(2026, 3, 13)),
        ("200 now is great. And the rest, 87.95, on Friday 13th. Agreed.", "200", TODAY),
        # the first part granted, the rest put in a sentence of its own
        ("Half now is fine. And the other $143.98 by the 20th?", "143.98", dt.date(2026, 3, 20)),
    ],
)  # fmt: skip
def test_both_parts_named_the_lines_terms_are_the_first_parts(
    text: str, amount: str, date: dt.date
) -> None:
    """(the corpora's writers read "100 Friday, and the other 555.20 by the 20th" as $100 on
    Friday, the rest beside it; the reader gave the rest's sum with the first part's day)"""
    slots = read(text, "negotiating").slots
    assert (slots.amount, slots.date) == (Decimal(amount), date)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Perfect. Can you say it back to me so I know we're on the same page?", True),
        ("Now you tell me back what you're paying and when, so there's no confusion.", True),
        ("Repeat the plan to me. The amounts and the dates.", True),
        ("can you tell me in your own words what you're going to pay and when?", True),
        # play-test seventeen: four more ways of asking, each answered with a question
        ("legend. so just 2 check, can u read it bak 2 me?", True),
        ("Fine. Say it back so there's no 'I never agreed' later.", True),
        ("Just so we're on the same page, can you run through what we've agreed for me?", True),
        ("Very good. Please, you repeat for me what we agree, so I am sure.", True),
        ("could you just say the whole thing back to me so I get it right in the notes?", True),
        ("Let me say it back: $50 on Friday.", False),
        ("Let me repeat that back to you: $50 on Friday, by card.", False),
        ("Sorry, could you say that again?", False),
    ],
)
def test_the_debtor_asked_to_say_the_terms_back(text: str, asks: bool) -> None:
    """(play-test sixteen: all three calls that asked got a confused reply) The line asks for
    the terms agreed, not for new ones."""
    analysis = read(text, "negotiating")
    assert ("asks_read_back" in {c.name for c in analysis.cues}) is asks
    if asks:
        assert Act.ASK_PAYMENT not in analysis.acts and Act.OFFER_PLAN not in analysis.acts
        assert analysis.slots.amount is None  # "the whole thing" is no sum


# --- play-tests fifteen and sixteen -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("How about the full $293.72 tomorrow week, so Wednesday the 18th?", dt.date(2026, 3, 18)),
        ("could you do it this day next week?", dt.date(2026, 3, 17)),
        ("by Friday, sorry, I mean by Thursday, the 12th?", dt.date(2026, 3, 12)),
        ("ok. 1st tho, this is an attempt to collect a debt. can u pay?", None),
        # one day put with an "or" is still the day
        ("Pay by Friday or we will have to pass it to collections.", dt.date(2026, 3, 13)),
        ("Can you pay today, or at the latest Friday?", TODAY),
    ],
)
def test_days_as_people_say_them(text: str, date: dt.date | None) -> None:
    """("tomorrow week" was agreed as tomorrow; "sorry, I mean by Thursday" kept Friday;
    "1st tho" meaning first was the 1st of April; one day put with an "or" still names it)"""
    assert read(text, "negotiating").slots.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Ah, that'll be it, the direct debit was probably still pointing at the old account.",
        "Sometimes the auto-pay just doesn't kick in. Could you pay the full $344.81 today?",
    ],
)
def test_a_way_to_pay_that_went_wrong_is_no_way_to_pay(text: str) -> None:
    assert read(text, "explaining").slots.method is None


def test_how_much_of_the_debt_asks_for_a_sum_and_names_none() -> None:
    line = "When exactly is your next payday, and how much of the $777.30 can you commit to?"
    assert read(line, "vague_promise").slots.amount is None


def test_name_asked_for_is_no_wrong_name() -> None:
    """ "Yes hello, I need the account holder. Name?" got "you've got the wrong number"."""
    analysis = read(
        "Yes hello, I need the account holder. Name?",
        "answering",
        debtor_names=("Andrea Lopez", "Andrea", "Lopez"),
        previous_debtor_line="Hello? Is that the garage?",
    )
    assert "wrong_name" not in analysis.flags


@pytest.mark.parametrize(
    "text",
    ["annoying, get it. but do u have paperwork?", "u got job card / dates from dealer?"],
)
def test_asking_for_their_paperwork_asks_for_evidence(text: str) -> None:
    assert "topic_evidence" in {c.name for c in read(text, "explaining").cues}


def test_half_by_friday_and_the_rest_said_short_are_two_parts() -> None:
    """ "Half now, $262.46 by Friday, rest on the 27th." was agreed as the whole $524.92."""
    slots = read(
        "The balance is $524.92. Half now, $262.46 by Friday, rest on the 27th. Yes?",
        "negotiating",
    ).slots
    assert (slots.amount, slots.date) == (Decimal("262.46"), dt.date(2026, 3, 13))
    assert slots.rest_date == dt.date(2026, 3, 27)


def test_the_first_fifty_is_a_payment_not_the_first_of_the_month() -> None:
    line = "Once the first fifty is paid, could the instalments be $75 a month?"
    assert read(line, "negotiating").slots.date is None


@pytest.mark.parametrize(
    "text",
    [
        "You owe $997.32, fifty days. Let me guess, the cheque's in the post?",
        "Hold on, who said cheque? Nobody takes cheques any more. Which is it?",
        "NOT by cheque. Debit card or bank transfer. Pick one.",
    ],
)
def test_a_way_to_pay_joked_about_or_turned_down_is_no_way_to_pay(text: str) -> None:
    """(play-test fifteen: a sarcastic "the cheque's in the post?" became the way to pay, and
    "who said cheque?" a read-back that confirmed it)"""
    assert read(text, "negotiating").slots.method is None


def test_whatever_suits_after_a_choice_leaves_the_pick_not_the_timing() -> None:
    """ "how would you like to pay? card or transfer, whatever suits" ended a timid call as a
    vague promise accepted (played after play-test sixteen)."""
    line = "ok, um, and how would you like to pay? card or transfer, whatever suits"
    assert Act.ACCEPT_VAGUE not in read(line, "negotiating").acts
    assert Act.ACCEPT_VAGUE in read("pay it whenever, whatever suits", "vague_promise").acts


def test_the_rest_when_you_get_paid_on_a_day_is_no_vague_promise() -> None:
    """ "could you do something like $150 this Friday, and then the rest when you get paid on
    the 13th?" ended the call as a vague promise accepted (play-test seventeen)."""
    line = (
        "How about we split it, could you do something like $150 this Friday, and then the "
        "rest when you get paid on the 13th?"
    )
    assert Act.ACCEPT_VAGUE not in read(line, "vague_promise").acts


# --- first corpus lines of the twelfth session ---------------------------------------------
def test_a_sum_with_its_thousands_set_off_is_money_not_a_time_or_a_reference() -> None:
    overdue = read(
        "the car loan is overdue by 2,916.40, the last payment was in december", "verified"
    )
    assert overdue.slots.amount == Decimal("2916.40") and overdue.slots.date is None
    behind = read("its about the payments yes, the account is 1,042 behind", "verified")
    assert behind.slots.amount == Decimal("1042")
    assert read("the account is 1042, yes", "verified").slots.amount is None  # a reference


def test_a_tag_typed_as_rite_is_no_other_name() -> None:
    line = "ok so just to check, its 286.50 on thursday thru paypal, is that rite?"
    analysis = read(
        line,
        "negotiating",
        debtor_names=("Ana Ruiz", "Ana", "Ruiz"),
        previous_debtor_line="Yeah, PayPal on Thursday works.",
    )
    assert "wrong_name" not in analysis.flags
    assert Act.VERIFY_IDENTITY not in analysis.acts
    assert analysis.slots.method == "paypal"


def test_we_are_done_said_as_an_answer_ends_the_call() -> None:
    done = read(
        "Yeah we're done. Don't make me call again.",
        "negotiating",
        previous_debtor_line="Yes. Are we done?",
    )
    assert Act.CLOSE in done.acts
    assert (
        Act.CLOSE not in read("Once that's paid we're done with the car part", "negotiating").acts
    )


def test_a_smaller_plan_set_up_is_a_plan_offered() -> None:
    line = "I'm afraid I can't pause it from here, but I can set up a smaller plan."
    assert Act.OFFER_PLAN in read(line, "vague_promise").acts


def test_scorn_for_a_grown_adult_is_an_insult() -> None:
    line = "Honestly, a grown adult who can't remember one payment. Unbelievable."
    assert Act.INSULT in read(line, "explaining").acts


@pytest.mark.parametrize(
    "text",
    [
        "you can do it on the app right now or I can take a card over the phone",
        "so you can pay by card over the phone with me or do a bank transfer or if you use "
        "zelle that works too honestly whatever is easiest for you is fine by me",
        "the full 349.98 and if you want to do it by transfer the details are on your "
        "statement or I can take a card now whichever you prefer",
    ],
)
def test_ways_to_pay_offered_as_a_choice_choose_none(text: str) -> None:
    assert read(text, "negotiating").slots.method is None


def test_the_debtors_way_said_back_in_disbelief_is_not_the_one_put() -> None:
    analysis = read("A cheque? What year is it? Card, now.", "negotiating")
    assert analysis.slots.method == "card"
    transfer = read(
        "rather than a cheque could u do a bank transfer? cheques take ages", "negotiating"
    )
    assert transfer.slots.method == "transfer"


def test_the_rest_said_short_is_the_rest_of_the_debt() -> None:
    agreed = Slots(amount=Decimal("200"), date=TODAY)
    analysis = read("rest by friday", "negotiating", agreed=agreed)
    assert analysis.slots.amount == OVERDUE - 200
    assert analysis.slots.date == dt.date(2026, 3, 13)


def test_the_first_payment_day_beats_the_schedule_day() -> None:
    line = (
        "so what I can do is a first payment of $150 and then $150 on the first of every month "
        "after that, so the first one could be by the 24th, how does that sound"
    )
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 24)


def test_no_promise_is_accepted_before_the_call_is_answered() -> None:
    line = (
        "Hiya, no worries take your time, I'm calling from Harbor Auto Finance for Minh Nguyen, "
        "whenever you're parked just let me know if that's you"
    )
    analysis = read(line, "answering", lender="Harbor Auto Finance", debtor_names=("Minh Nguyen",))
    assert Act.ACCEPT_VAGUE not in analysis.acts
    assert Act.VERIFY_IDENTITY in analysis.acts


def test_a_payday_named_beside_its_day_is_no_day_to_pay() -> None:
    line = (
        "Card it is. Your next installment would fall around your payday, Tuesday March 31st, "
        "is that still your payday?"
    )
    assert read(line, "negotiating").slots.date is None
    put = "The remaining $87.36 could go on your next payday, Friday the 27th. Does that work?"
    assert read(put, "negotiating").slots.date == dt.date(2026, 3, 27)


def test_the_day_said_back_is_the_one_after_so_thats() -> None:
    line = (
        "Hold on, I think we crossed wires. The 31st was only about your next regular "
        "installment. For the overdue one: so that's $316.13 paid today, Tuesday March 10th, by "
        "debit card. Is that correct?"
    )
    assert read(line, "negotiating").slots.date == TODAY


def test_a_guess_at_why_the_payment_failed_asks_what_happened() -> None:
    analysis = read("You say it come out automatic. Maybe autopay not set up?", "explaining")
    assert Act.PROBE_REASON in analysis.acts
    assert analysis.slots.method is None


def test_ok_but_soon_turns_the_vague_promise_down() -> None:
    line = "ok but 'soon' is kinda vague fr. can u pay the full $287.95 by tmrw?"
    analysis = read(line, "vague_promise")
    assert Act.ACCEPT_VAGUE not in analysis.acts
    assert Act.ACCEPT_VAGUE in read("ok, soon is fine", "vague_promise").acts


@pytest.mark.parametrize(
    "text",
    [
        "You get our letter and text message last week?",
        "Did you receive the letters we sent in December?",
        "have u seen any of our emails?",
    ],
)
def test_asking_about_the_letters_sent_is_a_question_about_them(text: str) -> None:
    assert "topic_letter" in {c.name for c in read(text, "explaining").cues}


def test_a_surname_asked_with_another_first_name_in_lowercase_is_the_wrong_name() -> None:
    names = ("Callum McAllister", "Callum", "McAllister")
    assert (
        "wrong_name" in read("helo is this colin mcallister", "answering", debtor_names=names).flags
    )
    right = read("helo is this callum mcallister", "answering", debtor_names=names)
    assert "wrong_name" not in right.flags and Act.VERIFY_IDENTITY in right.acts


@pytest.mark.parametrize(
    ("text", "previous", "names"),
    [
        # a greeting drawn out, then the name the debtor just gave
        ("hiii linh? ok great, its cedar state here", "Hello, Linh speaking.", ("Linh Tran",)),
        # the end of the name, as friends shorten it
        ("Hi Seun? This is Adaeze from Vireo Mobile.", "Hello?", ("Oluwaseun Adeyemi",)),
    ],
)
def test_the_debtors_own_short_names_are_theirs(
    text: str, previous: str, names: tuple[str, ...]
) -> None:
    analysis = read(text, "answering", previous_debtor_line=previous, debtor_names=names)
    assert "wrong_name" not in analysis.flags and Act.VERIFY_IDENTITY in analysis.acts
    assert Act.GREET in analysis.acts


def test_whoever_answered_called_by_the_name_they_gave_is_no_wrong_name() -> None:
    analysis = read(
        "Hi Jess? This is Sam from Harbor Bank, is Brandy there?",
        "answering",
        previous_debtor_line="Hello, Jess.",
        debtor_names=("Brandy Cole", "Brandy", "Cole"),
    )
    assert "wrong_name" not in analysis.flags


@pytest.mark.parametrize(
    ("played", "turn"),
    [("stop_1736", 2), ("student_1706", 2)],
)
def test_the_disclosure_typed_fast_or_in_other_words_is_the_disclosure(
    played: str, turn: int
) -> None:
    """Play-test forty-four: "i hav 2 tell u ths is an atempt 2 colect a debt n any info wil b
    usd 4 tht" failed the stop-calling call on compliance ("never said")."""
    line = (PLAYED / f"{played}.txt").read_text().splitlines()[turn - 1]
    assert Act.MINI_MIRANDA in read(line, "verified").acts


@pytest.mark.parametrize(("played", "turn"), [("courteous_1701", 2), ("traveller_1721", 2)])
def test_asking_what_happened_gently_or_in_a_second_language_probes(played: str, turn: int) -> None:
    """Play-test forty-four: "... so I just wanted to check on you. Did something happen?" and
    "... Now is 15 days late. What happen?" were no probe: "Find the real problem" stayed."""
    line = (PLAYED / f"{played}.txt").read_text().splitlines()[turn - 1]
    assert Act.PROBE_REASON in read(line, "verified").acts


def test_sorry_for_what_the_debtor_has_been_through_is_sympathy_not_an_apology() -> None:
    """Play-test seventy-seven: "Oh that sounds really frustrating, I'm sorry youve been
    dealing with that." counted as an apology, and one more made "You apologised often"."""
    line = (PLAYED / "dealer_4226.txt").read_text().splitlines()[3]
    acts = read(line, "explaining").acts
    assert Act.EMPATHISE in acts and Act.APOLOGISE not in acts
    assert Act.APOLOGISE in read("I'm sorry, I have to ask again.", "explaining").acts


def test_what_is_coming_soon_is_no_vague_time_to_pay() -> None:
    """Play-test seventy-eight: "are you still at uni? exams must be soon haha. um, anyway...
    would you maybe be able to pay it this week?" was read as settling for "soon", and the
    student ended the call on a vague promise."""
    line = (PLAYED / "student_4356.txt").read_text().splitlines()[3]
    acts = read(line, "explaining").acts
    assert Act.ACCEPT_VAGUE not in acts and Act.ASK_PAYMENT in acts
    assert "vague_timing" in read("ok, just pay it soon then", "vague_promise").flags


def test_what_suits_the_debtor_is_no_sarcasm() -> None:
    """Play-test seventy-nine: "Or whenever's good for you this week, really." was read as
    sarcasm ("good for you")."""
    assert (
        "sarcasm" not in read("Or whenever's good for you this week, really.", "negotiating").flags
    )
    assert "sarcasm" in read("Oh you'll pay eventually? Good for you.", "vague_promise").flags


def test_why_not_paid_asked_without_a_question_mark_probes() -> None:
    """Play-test seventy-six: "... car loan, 400.21 overdue since feb 10. why havent you paid"
    was no probe, and the debrief said "Find the real problem: ask what is stopping the
    payment"."""
    line = (PLAYED / "dealer_4176.txt").read_text().splitlines()[1]
    assert Act.PROBE_REASON in read(line, "verified").acts
    told = "I see why you haven't paid, the car's been in the shop."
    assert Act.PROBE_REASON not in read(told, "explaining").acts


def test_so_many_payments_behind_at_so_much_each_states_the_whole() -> None:
    line = "you're three payments behind, $95.98 each, so $287.95, oldest from January 6th."
    analysis = read(line, "verified")
    assert Act.STATE_AMOUNT in analysis.acts and analysis.slots.amount == OVERDUE


# --- tuning corpus 45 --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$100 a month is over a year of payments. I need at least 200 a month.", Decimal("200")),
        ("Forever? Ha. No, $50 a month doesn't work on a bill this size.", None),
    ],
)
def test_the_sum_turned_down_is_not_the_one_put(text: str, amount: Decimal | None) -> None:
    assert read(text, "negotiating").slots.amount == amount


def test_the_day_to_call_back_is_no_day_to_pay() -> None:
    line = "Okay sir, please when can I expect your call back? Maybe tomorrow morning?"
    assert read(line, "vague_promise").slots.date is None


@pytest.mark.parametrize(
    ("text", "act", "read_as"),
    [
        ("Haba, sorry o! Are you okay? Did you report to the police?", Act.THREAT, False),
        (
            "if this one stays overdue it goes on your credit report after 60 days and that "
            "could hurt you way more than the interest honestly",
            Act.THREAT,
            False,
        ),
        (
            "You'll pay by Friday or I'll make sure your credit is wrecked and the bank drags you "
            "to court.",
            Act.THREAT,
            True,
        ),
        ("Everybody's got bills, lady. Quit whining and pay yours.", Act.INSULT, True),
        ("what I want is my money you deadbeat", Act.ASK_PAYMENT, True),
    ],
)
def test_threats_insults_and_demands_as_they_are_said(text: str, act: Act, read_as: bool) -> None:
    assert (act in read(text, "explaining").acts) is read_as


def test_typed_as_said_in_scots_caribbean_and_text_speak() -> None:
    standing = read("Rather than the post office, could ye set up a standin order?", "negotiating")
    assert standing.slots.method == "standing_order"
    line = "I cyah give a discount, but no interest if yuh pay it in full by di end of di month"
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 31)
    kev = read(
        "this is kev form meridian bank, lookin for deshawn carter",
        "answering",
        lender="QuickTitle Auto Loans",
        debtor_names=("DeShawn Carter", "DeShawn", "Carter"),
    )
    assert "wrong_lender" in kev.flags


# --- play-test 45 ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I see your payday is only on the 31st - will the funds be available by the 17th?",
        "We can set up a small payment plan that you can manage now. I see that you are paid on "
        "Friday, the 13th of March. How much could you pay each month without difficulty?",
    ],
)
def test_a_payday_seen_on_the_record_and_what_suits_them_now_put_no_day(text: str) -> None:
    analysis = read(text, "negotiating")
    assert analysis.slots.date in (None, dt.date(2026, 3, 17)), analysis.slots


def test_a_name_that_is_also_text_speak_stays_a_name() -> None:
    """ "di" is Caribbean English for "the"; "Di" with its capital is someone's name."""
    analysis = read("Hi Di? This is Sam from Harbor Bank.", "answering", debtor_names=("Di Cole",))
    assert Act.VERIFY_IDENTITY in analysis.acts and "wrong_name" not in analysis.flags


def test_a_foreign_title_before_another_first_name_asks_for_someone_else() -> None:
    line = "Good morning, I want to speak with Madame Anna Nowak please."
    names = ("Agnieszka Nowak", "Agnieszka", "Nowak")
    assert "wrong_name" in read(line, "answering", debtor_names=names).flags
    right = read(
        "I want to speak with Madame Agnieszka Nowak please.", "answering", debtor_names=names
    )
    assert "wrong_name" not in right.flags and Act.VERIFY_IDENTITY in right.acts


def test_two_ways_joined_by_or_without_a_comma_are_a_choice() -> None:
    line = "bet. n how u paying, cash at the store or card over the phone?"
    assert read(line, "negotiating").slots.method is None


# --- tuning corpus 46 ---------------------------------------------------------------------
FRASER = ("Fraser McAllister", "Fraser", "McAllister")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("hiya is this fraser mcalpine im calling form splitly", True),  # another surname
        ("Hi is this Pooja Patel speakin", True),
        ("yeah hi is that frazer mcallister? callin from splity mate", False),  # z for s
        ("hello im trying to reach fraser mcalister", False),  # lowercase, misspelt
        ("is this fraser mcallister tho", False),
    ],
)
def test_a_name_asked_for_in_a_typed_on_line_is_checked_against_theirs(
    text: str, wrong: bool
) -> None:
    names = ("Priya Patel", "Priya", "Patel") if "Patel" in text else FRASER
    analysis = read(text, "answering", debtor_names=names)
    assert ("wrong_name" in analysis.flags) is wrong
    assert Act.VERIFY_IDENTITY in analysis.acts


def test_hello_typed_short_is_a_greeting_not_a_name() -> None:
    analysis = read("helo?? can u hear me? is ths fraser", "answering", debtor_names=FRASER)
    assert "wrong_name" not in analysis.flags and Act.VERIFY_IDENTITY in analysis.acts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Could ye no dae it by Friday the 13th? Unlucky for some, like.", dt.date(2026, 3, 13)),
        ("Couldn't you do it by Friday?", dt.date(2026, 3, 13)),
        ("Can ye no dae it the day?", TODAY),
        ("Aye, the app's fine. Get it done the day and we're square.", TODAY),
        ("ok so mabye day after tomorow? thursday?", dt.date(2026, 3, 12)),
    ],
)
def test_a_negative_question_or_a_scots_day_proposes_the_day(text: str, day: dt.date) -> None:
    assert read(text, "vague_promise").slots.date == day


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("250 monthly, by standing order, first payment on 31st March. All correct?", "250"),
        ("A grand now. Card or transfer?", "1000"),
        ("2 grand by Friday", "2000"),
        ("Monday on PayPal for the full whack.", str(OVERDUE)),
    ],
)
def test_sums_said_as_a_rate_or_in_slang(text: str, amount: str) -> None:
    assert read(text, "negotiating").slots.amount == Decimal(amount)


@pytest.mark.parametrize("text", ["4 weekly payments", "that's grand, see you Friday"])
def test_counts_of_payments_and_grand_for_fine_are_no_sum(text: str) -> None:
    assert read(text, "negotiating").slots.amount is None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("bet. 418.36 on venmo friday. preciate it", Act.THANK),
        ("Nice. Friday, card, 96.40. T'anks, have a blessed day!", Act.THANK),
        ("ok no problem, next week is fine. thnak you, have a nice dya", Act.CLOSE),
    ],
)
def test_thanks_and_goodbyes_typed_as_said(text: str, act: Act) -> None:
    assert act in read(text, "negotiating").acts


@pytest.mark.parametrize(
    "text",
    [
        "Last month you paid with PayPal, yes?",
        "Ye paid by card last time, did the card expire or somethin?",
        "okay, so I'm calling because your card payment from the 23rd... it didn't come in?",
        "Hey Darnell, so you owe Tidewater 418.36 on your card, mate.",
        "Sí, and the 187.15 on the 20th, you pay with the card again or with transfer?",
    ],
)
def test_a_way_paid_before_the_card_owed_on_or_a_choice_is_no_way_to_pay(text: str) -> None:
    assert read(text, "negotiating").slots.method is None


def test_a_way_to_pay_put_on_a_card_is_still_one() -> None:
    line = "you owe 300, can you put that on your card today?"
    assert read(line, "negotiating").slots.method == "card"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Thanks Jess. Do you know when she'll be back home?", True),  # my own call in the UI
        ("Could you kindly tell me when Pamela is expected back home?", True),  # play-test 46
        ("any idea when he gets back?", True),
        ("when you'll be back home from work?", False),  # of the debtor, not someone else
    ],
)
def test_when_someone_else_will_be_back_is_asked(text: str, asked: bool) -> None:
    assert ("topic_whereabouts" in {c.name for c in read(text, "answering").cues}) is asked


# --- play-test 48 and tuning corpus 47 ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Okay sir, then I am recording exactly that: $218.48 by bank transfer on Friday March "
        "13th, and $436.96 by bank transfer on Tuesday March 31st, correct sir?",
        "So $96.18 on Friday by card, right ma'am?",
    ],
)
def test_a_read_back_tagged_with_sir_or_maam_confirms(text: str) -> None:
    assert read(text, "negotiating").has(Act.CONFIRM_TERMS)


@pytest.mark.parametrize("state", ["verified", "explaining"])
@pytest.mark.parametrize(
    "text",
    [
        "so what exactly happened this time sir?",
        "Where have things got to with the dealer since then?",
    ],
)
def test_what_happened_asked_with_a_word_between_is_a_probe(text: str, state: str) -> None:
    assert read(text, state).has(Act.PROBE_REASON)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "What I need today is a date: can you pay the $390.48 by Friday March 13th?",
            dt.date(2026, 3, 13),
        ),
        ("I'll lodge the dispute today. Could you pay the $351.78 by card?", None),
        ("can you pay the $351.78 today?", TODAY),
    ],
)
def test_today_as_the_callers_day_or_what_is_needed_is_no_payment_day(
    text: str, day: dt.date | None
) -> None:
    assert read(text, "negotiating").slots.date == day


def test_a_day_for_the_callers_doing_and_one_sum_are_no_split() -> None:
    line = (
        "I'll lodge the dispute today and our disputes team will chase the dealer. Could you "
        "pay the $351.78 by Tuesday the 17th?"
    )
    slots = read(line, "negotiating").slots
    assert (slots.first_date, slots.rest_date, slots.date) == (None, None, dt.date(2026, 3, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is Summit Auto Finance calling for Diego Ramos.",
        "Hiya, is that Agnieszka Kowalska ah'm speakin tae?",
        "hi, im lookign for Magdalena Kowalczyk?",
    ],
)
def test_a_wrong_name_asked_for_in_more_ways_is_flagged(text: str) -> None:
    names = (
        ("Diego Ramírez", "Diego", "Ramírez")
        if "Diego" in text
        else ("Magdalena Kowalska", "Magdalena", "Kowalska")
    )
    assert "wrong_name" in read(text, "answering", debtor_names=names).flags


@pytest.mark.parametrize(
    "text",
    [
        "I am calling for St. Brendan's Medical Center about your account.",
        "sory to hear about ur husband. is he lookin for work?",
        "Hi, this is Summit Auto Finance calling for Diego Ramírez.",
    ],
)
def test_a_place_a_job_hunt_or_the_right_name_is_no_wrong_name(text: str) -> None:
    names = ("Diego Ramírez", "Diego", "Ramírez")
    assert "wrong_name" not in read(text, "answering", debtor_names=names).flags


def test_the_day_a_payment_must_come_before_is_not_the_day_put() -> None:
    line = "say by Monday the 16th? Would that be doable before your payday on the 31st?"
    assert read(line, "negotiating", next_payday=dt.date(2026, 3, 31)).slots.date == dt.date(
        2026, 3, 16
    )
    # (on its own, "before Friday" is the day to pay by)
    assert read("Can you pay it before Friday?", "negotiating").slots.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "You've actually got twelve hundred sitting there right now?",
        "so you've got 500 saved in your account?",
    ],
)
def test_a_sum_they_hold_asked_about_is_no_sum_put(text: str) -> None:
    assert read(text, "negotiating").slots.amount is None


def test_a_note_the_caller_gets_on_file_today_is_no_payment_day() -> None:
    line = "I'll get the dispute note on your file today. Can you pay the $566.82 by card?"
    assert read(line, "negotiating").slots.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("um, when is your next payday? the 25th maybe?", None),
        ("Next paycheck, when's that, Friday?", None),
        ("When does the children's allowance come in, is it a Tuesday?", None),
        ("can you pay on payday, the 25th?", dt.date(2026, 3, 25)),  # a day put, not guessed
    ],
)
def test_a_day_guessed_for_their_pay_is_no_day_put(text: str, day: dt.date | None) -> None:
    assert read(text, "vague_promise").slots.date == day


def test_the_debtors_day_asked_back_in_scorn_is_not_the_day_put() -> None:
    line = (
        "End of April? Mate, that's seven weeks away. No chance. End of this month, the 31st, "
        "that's the best I can do."
    )
    said = read(line, "negotiating", previous_debtor_line="Can I have until the end of April?")
    assert said.slots.date == dt.date(2026, 3, 31)
    # (a day put as a question is still put: "let's say Friday?")
    assert read("Okay, let's say Friday?", "negotiating").slots.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("100 a week? Ye havin a laugh? Yer an absolute joke, so ye are.", None),
        ("fifty? are you kidding me?", None),
        (
            "School fees are no joke, it's 400 a term each. Anyway, what can you pay towards "
            "this today?",
            None,
        ),
        ("So out of the 600, how much could you realistically put towards it this week?", None),
        ("Anyway, can you pay the 400 today?", Decimal(400)),
    ],
)
def test_a_sum_scorned_or_said_in_small_talk_is_no_sum_put(
    text: str, amount: Decimal | None
) -> None:
    assert read(text, "negotiating").slots.amount == amount


def test_a_payment_website_is_paying_online() -> None:
    line = "Sure! Just go to cedarvalleycu.org, log in, and click 'Make a Payment'. Today?"
    assert read(line, "negotiating").slots.method == "online"


def test_lol_is_no_name() -> None:
    said = read(
        "ugh 900?? thats brutal, sorry. what kind of car is it lol",
        "explaining",
        debtor_names=("Diego Ramírez", "Diego", "Ramírez"),
    )
    assert "wrong_name" not in said.flags


def test_an_ask_after_a_question_about_last_weeks_letter_is_still_an_ask() -> None:
    """Play-test 50: "Did you receive the reminder letter we sent you last week? And would you
    be able to settle the $305.97 this week?" was read as asking about the letter only (the
    tip said the trainee never asked for the payment)."""
    line = (
        "Did you receive the reminder letter we sent you last week? And would you be able to "
        "settle the $305.97 this week?"
    )
    said = read(line, "explaining")
    assert said.has(Act.ASK_PAYMENT) and said.slots.amount == Decimal("305.97")


def test_the_total_owed_said_after_the_instalments_states_the_amount() -> None:
    """Play-test 50: "Account is five payments behind: five times $827.11, total $4,135.55,
    oldest from November 8." left the tip "You never stated the amount owed"."""
    line = (
        "Date of birth matches, thank you. I am Dmitri Volkov, from Guzman Credit Union, about "
        "car loan. This is attempt to collect debt, and any information obtained will be used "
        "for that purpose. Account is five payments behind: five times $827.11, total "
        "$4,135.55, oldest from November 8. It is 122 days overdue, and there are four promises "
        "on file that were not kept. I must ask: what is your intention with this loan?"
    )
    context = AnalysisContext(
        today=TODAY,
        amount_overdue=Decimal("4135.55"),
        state="verified",
        lender="Guzman Credit Union",
        identity_confirmed=True,
    )
    assert analyze(line, context).has(Act.STATE_AMOUNT)


# --- play-test 51 and corpus 48 ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "method"),
    [
        (
            "Certainly, we can set up a standing order for the monthly rent going forward. For "
            "the arrears, could you make a bank transfer by Friday?",
            "transfer",
        ),
        (
            "Yes, we can set up a direct debit for future bills. For the current arrears, "
            "however, we would need a card payment today.",
            "card",
        ),
        ("ya got the cash in the account for that?", None),
        ("Could you bring the cash in Monday instead?", "cash"),
    ],
)
def test_the_way_to_pay_this_one_is_not_the_way_for_bills_to_come(
    line: str, method: str | None
) -> None:
    assert read(line, "negotiating").slots.method == method


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("50 a week is way too slow. I need at least half, 137.16, today.", Decimal("137.16")),
        (
            "60 a month is too long, but we can do 91.44 every month from the 20th.",
            Decimal("91.44"),
        ),
        ("30 a week would take a while, how about 50 a week?", Decimal(50)),
        ("100 a week is a little bit low, we need minimum 160 a week.", Decimal(160)),
    ],
)
def test_a_sum_called_too_slow_is_not_the_one_put(line: str, amount: Decimal) -> None:
    assert read(line, "negotiating").slots.amount == amount


@pytest.mark.parametrize(
    ("line", "today"),
    [
        ("half now = 44.99 u can do it in the app rn", True),
        ("I can take the card payment now, what's the long number on the front?", True),
        ("You can pay by card on the phone now itself.", True),
        ("Right, so hauf the day on yer card, that's 177.54. Sound?", True),
        ("how much can u do rn", False),
        ("have u filed yet? refunds r taking like 3 weeks rn", False),
        ("How about paying half now, $206.30 by Friday, and the rest later?", False),
    ],
)
def test_now_said_of_paying_is_today(line: str, today: bool) -> None:
    assert (read(line, "negotiating").slots.date == TODAY) is today


@pytest.mark.parametrize(
    "line",
    [
        "Hello, good morning, I call from Klarna, I look for Rachel.",
        "hey its jay from vantage mobile bout ur bill",
        "hiya! is this rachel? its beth from first national",
    ],
)
def test_a_caller_from_another_lender_said_plainly_is_flagged(line: str) -> None:
    assert "wrong_lender" in read(line, "answering", lender="Bradley Bank").flags


def test_a_greeting_said_as_in_speech_is_no_name() -> None:
    """ "Mornin' Siobhan?" was read as someone called "Mornin' Siobhan", not her."""
    line = "Mornin' Rachel? Dis is Andre from Bradley Bank."
    flags = read(line, "answering", debtor_names=("Rachel Walker", "Rachel", "Walker")).flags
    assert "wrong_name" not in flags


def test_looking_for_said_in_patois_names_who_is_asked_for() -> None:
    line = "Good mornin', mi a look fi Mr. Tomas Iyer?"
    flags = read(line, "answering", debtor_names=("Rajesh Iyer", "Rajesh", "Iyer")).flags
    assert "wrong_name" in flags


def test_a_deadline_in_a_condition_stands_however_long_the_condition() -> None:
    """ "if we dont get a payment or an arrangement by the 20th ...": the "if" lay beyond the
    negation's window, so the day was read as one not to pay by."""
    line = (
        "ok i hear you but i have to let you know that if we dont get a payment or an "
        "arrangement by the 20th the account gets passed to our legal team"
    )
    assert read(line, "vague_promise").slots.date == dt.date(2026, 3, 20)


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("but the balence is still 89.89", Decimal("89.89")),
        (
            "So that's two hunner an' fifty-four thirty on Friday on yer card, aye?",
            Decimal("254.30"),
        ),
    ],
)
def test_sums_typed_as_said_are_read(line: str, amount: Decimal) -> None:
    assert read(line, "negotiating").slots.amount == amount


# --- play-test 54 and corpus 49 ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "amount"),
    [
        # a comma after the thousands, and before the cents, as written
        ("The overdue balance is one thousand, two hundred and eighty-four dollars, fifty cents.",
         Decimal("1284.50")),
        ("that's 300 dollars, 50 cents, can you pay it today?", Decimal("300.50")),
        # digits read out, and a reference number after a comma, are no sum
        ("Please quote your reference number, 44 0921 7733, when you pay today.", None),
        ("I can call you back on six oh eight twelve this afternoon", None),
        # ...but a money order or a standing order is a way to pay, not a reference
        ("Friday, money order, 200. Yes?", Decimal(200)),
    ],
)  # fmt: skip
def test_sums_written_with_commas_and_numbers_that_are_no_sum(
    line: str, amount: Decimal | None
) -> None:
    assert read(line, "negotiating").slots.amount == amount


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("Ah, they've changed the hours there. Rather than the branch, could you do it online "
         "today?", "online"),
        ("Once the direct debit's set up on the new account you'll be fine. For now, could you "
         "make a one-off payment online today?", "online"),
        ("yes, you can pay thru the membr portal today", "online"),
    ],
)  # fmt: skip
def test_a_way_set_aside_or_for_later_gives_way_to_the_one_put(line: str, method: str) -> None:
    assert read(line, "negotiating").slots.method == method


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("It's 412.68 overdue. Pay today or tomorrow, your pick.", None),
        ("Could I suggest the 15th? That's a Sunday though, so would the 13th suit you better?",
         dt.date(2026, 3, 13)),
    ],
)  # fmt: skip
def test_days_left_to_the_debtor_or_put_in_anothers_place(line: str, date: dt.date | None) -> None:
    assert read(line, "negotiating").slots.date == date


def test_a_sum_said_in_words_as_what_is_past_due_states_the_amount() -> None:
    analysis = read("you're six twelve forty past due on the car loan", "negotiating")
    assert Act.STATE_AMOUNT in analysis.acts and analysis.slots.amount == Decimal("612.40")


def test_a_good_weekend_asked_after_is_small_talk_not_a_goodbye() -> None:
    analysis = read("G'day Lindiwe! Have a good weekend? Mine was total chaos, haha.", "verified")
    assert Act.CLOSE not in analysis.acts
    assert Act.CLOSE in read("ok cool thanks. um, have a good day?", "negotiating").acts


def test_the_situation_asked_after_at_the_end_of_a_long_line_probes_the_reason() -> None:
    """Play-test 54: the question closing the disclosure and the amount was dropped, and the
    debrief said "Find the real problem: ask what is stopping the payment"."""
    line = (
        "Thank you, Catherine. I must to say, this call is for collect a debt, and the information "
        "you give will be use for this. Is about your student loan. There are four payments late, "
        "total is $1,184.72. I wanted to understand how is your situation now?"
    )
    assert Act.PROBE_REASON in read(line, "verified").acts


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Branch is fine. Which day can you get in? They're open till 5 on weekdays.", None),
        ("Fifteenth is Sunday, so we say Monday, sixteenth, ok?", dt.date(2026, 3, 16)),
        ("Next Friday, do you mean this Friday the 13th or the 20th?", None),
        ("Aye, we can set up a direct debit. First collection would be the 16th.",
         dt.date(2026, 3, 16)),
    ],
)  # fmt: skip
def test_opening_hours_a_day_asked_between_and_a_first_collection(
    line: str, date: dt.date | None
) -> None:
    assert read(line, "negotiating").slots.date == date


def test_in_the_next_two_weeks_is_any_day_of_them_not_the_last() -> None:
    """Play-test 54: "how much you think you can pay first, in the next two weeks?" was read as
    the 24th, and the graduate with no job agreed "Tuesday the 24th would be fine"."""
    asked = read("how much you think you can pay first, in the next two weeks?", "negotiating")
    assert asked.slots.date is None
    assert read("can you pay in two weeks?", "negotiating").slots.date == dt.date(2026, 3, 24)


# --- corpus 50 and play-test 56 ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Tomorrow at branch. Bye.", dt.date(2026, 3, 11)),
        ("Thank you very much, Mr Nowak. Tomorrow, online, full amount. Goodbye.",
         dt.date(2026, 3, 11)),
        ("Thanks for your time today, bye.", None),
        ("yeah fridays fine for the other half", dt.date(2026, 3, 13)),
        # the day moved to, or given as the example, is the one put
        ("can we move it from Friday to Monday?", dt.date(2026, 3, 16)),
        ("so we'll change it from this Friday to next Friday the 20th, same card, sound good?",
         dt.date(2026, 3, 20)),
        ("six payments, every other Friday from March 20th to May 29th, by card",
         dt.date(2026, 3, 20)),
        ("would you be able to pay something after the 23rd, like, the 27th?",
         dt.date(2026, 3, 27)),
        ("the 31st is a bit far, could we meet in the middle, say the 20th?",
         dt.date(2026, 3, 20)),
    ],
)  # fmt: skip
def test_days_said_back_before_a_goodbye_moved_to_or_given_as_the_example(
    line: str, date: dt.date | None
) -> None:
    assert read(line, "negotiating").slots.date == date


def test_the_debtors_first_part_granted_leaves_the_rest_as_the_terms_put() -> None:
    asked = read(
        "500 today's a start, but I'd need the other 100 by the 20th. Deal?",
        "negotiating",
        previous_debtor_line="Would you take 500 today?",
    )
    assert (asked.slots.amount, asked.slots.date) == (Decimal("100"), dt.date(2026, 3, 20))
    # the debtor's own plan said back keeps its first part as the terms
    said_back = read(
        "200 now is great. And the rest, 108.44, on Friday 13th. Agreed.",
        "negotiating",
        previous_debtor_line="I could do 200 now, rest Friday.",
    )
    assert (said_back.slots.amount, said_back.slots.date) == (Decimal("200"), TODAY)


def test_a_payday_guessed_in_a_question_after_asking_it_is_no_day_to_pay() -> None:
    line = "And when do your wages usually come in, Mrs Okafor? Is it at the end of the month?"
    analysis = read(line, "vague_promise", previous_debtor_line="I'll pay when I get my wages.")
    assert analysis.slots.date is None and Act.SET_DEADLINE not in analysis.acts


def test_a_rate_turned_down_as_2_low_gives_way_to_the_one_asked() -> None:
    line = "200/mth is 2 low sry, need min 356.24/mth thats half"
    assert read(line, "negotiating").slots.amount == Decimal("356.24")


def test_the_whole_not_asked_for_and_a_count_said_back_are_no_sums() -> None:
    line = (
        "Sixty! Fair play to you. Look, I don't want to ask for the whole 822 when you've not "
        "got it. What could you realistically manage in the next couple of weeks?"
    )
    analysis = read(
        line,
        "vague_promise",
        previous_debtor_line="About sixty applications so far, and meanwhile a few cafe shifts.",
    )
    assert analysis.slots.amount is None
    # a sum the debtor named, said back, is still the sum
    offered = read("Sixty? ok, by friday?", "negotiating", previous_debtor_line="I can do sixty.")
    assert offered.slots.amount == Decimal("60")


def test_a_slip_reassured_is_empathy_whatever_the_debtor_said_before() -> None:
    line = "Oh, don't worry, I'm sure it was just a mistake."
    before = "But I already paid it. I sent $340.25 last week, it should be with you."
    assert Act.EMPATHISE in read(line, "checking", previous_debtor_line=before).acts


@pytest.mark.parametrize(
    "line",
    [
        "ah nightmare! have you got the new card yet? you could pay over the phone with it",
        "He can, as long as he's happy for it to go on his card.",
        "Shall I take the ninety-six forty off the card ending 4417 that we have on file?",
    ],
)
def test_the_card_paid_with_said_as_collectors_say_it_is_card(line: str) -> None:
    assert read(line, "explaining").slots.method == "card"


@pytest.mark.parametrize(
    "line",
    [
        "Morning! I'm after a Keith Brandt, would that be you by any chance?",
        "Hi there, I'm looking for a Marissa Brandt, is she available?",
        "Hi there, I'm calling for a Ms. Sharon Brandt?",
        "Hey what's good, it's Jay from Pinnacle Federal, tryna reach Kevin Brown.",
        "Good morning, this is Pinnacle. I'm trying to reach a Mr Thomas Newman.",
    ],
)
def test_someone_else_asked_for_with_an_article_or_in_slang_is_a_wrong_name(line: str) -> None:
    names = ("Kevin Brandt", "Kevin", "Brandt")
    analysis = read(line, "answering", debtor_names=names, lender="Pinnacle Federal")
    assert "wrong_name" in analysis.flags


@pytest.mark.parametrize(
    "line", ["sory to hear about ur husband. is he lookin for work?", "u lookin for sth else?"]
)
def test_what_someone_is_looking_for_names_no_one(line: str) -> None:
    names = ("Kevin Brandt", "Kevin", "Brandt")
    assert "wrong_name" not in read(line, "explaining", debtor_names=names).flags


def test_a_day_of_the_month_said_with_its_weekday_and_a_sum_scorned_are_no_sums() -> None:
    assert read("28 is saturday, you can pay friday 27?", "negotiating").slots.amount is None
    scorned = read(
        "twenty?? r u serious?? thats pathetic",
        "negotiating",
        previous_debtor_line="I don't know, maybe twenty dollars?",
    )
    assert scorned.slots.amount is None


def test_the_pension_day_then_asked_for_as_that_day_is_the_day() -> None:
    line = (
        "Thank you for telling me. So your pension comes in on the 28th - would you be able to "
        "make a payment that day?"
    )
    assert read(line, "explaining").slots.date == dt.date(2026, 3, 28)
    assert read("great online tonite works", "negotiating").slots.date == TODAY


@pytest.mark.parametrize(
    "line",
    [
        "Cheque's too slow. Do it online.",
        "I'm unable to approve $20 per week for this balance. The minimum weekly payment is $40.",
        "Lovely, that's forty dollars a week from Friday then, alright?",
    ],
)
def test_a_way_turned_down_a_sum_not_approved_and_a_rate_from_a_day(line: str) -> None:
    slots = read(line, "negotiating").slots
    assert slots.method in (None, "online") and slots.amount in (None, Decimal("40"))
    assert slots.date in (None, dt.date(2026, 3, 13))
    assert (slots.method, slots.amount, slots.date) != (None, None, None)


def test_another_full_name_asked_for_with_please_is_a_wrong_name() -> None:
    names = ("Derek Fairbanks", "Derek", "Fairbanks")
    asked = read("Hello, Derek Fairweather please.", "answering", debtor_names=names)
    assert "wrong_name" in asked.flags
    assert "wrong_name" not in read("Hello, Derek Fairbanks please.", debtor_names=names).flags


# --- corpus 52/53 and play-test 60 ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Yeah, I need Sharon Brandt. That you or not?",
        "Hiya, is that Olusegun Brandt there at all?",
        "Hi, is Derek Brandt there please?",
    ],
)
def test_someone_else_needed_or_asked_there_at_all_is_a_wrong_name(line: str) -> None:
    names = ("Kevin Brandt", "Kevin", "Brandt")
    assert "wrong_name" in read(line, "answering", debtor_names=names).flags
    right = line.replace("Sharon", "Kevin").replace("Olusegun", "Kevin").replace("Derek", "Kevin")
    assert "wrong_name" not in read(right, "answering", debtor_names=names).flags


@pytest.mark.parametrize(
    "line",
    [
        "what kind of work do u do? is it seasonal",
        "oh no thats anoying, did you order a new one? you could always do a bank transfer "
        "insted from you're app",
        "Kevin, hi, it's Lerato from Pinnacle Federal. Sharp? Just a quick one.",
        "Your favourite people, Mr Brandt. Pinnacle Federal. Surprised?",
        "Howzit Kevin? It's Pieter from Pinnacle Federal.",
        "yo kevin?",
    ],
)
def test_words_that_are_no_ones_name_and_greetings_are_no_wrong_name(line: str) -> None:
    names = ("Kevin Brandt", "Kevin", "Brandt")
    said = read(line, "answering", debtor_names=names, lender="Pinnacle Federal")
    assert "wrong_name" not in said.flags


@pytest.mark.parametrize(
    ("line", "previous", "method"),
    [
        (
            "Yeah the portal's been a nightmare this week. I can take the payment over the phone "
            "right now by card if you like?",
            "The portal kept crashing every time I tried to pay.",
            "card",
        ),
        ("Yes, the student portal is best. Could you pay there by Thursday?", "", "online"),
        ("Yep, EFTPOS at reception is fine.", "Can I pay at the clinic with EFTPOS?", "card"),
        (
            "Money order is fine but it takes long to clear, hey. Can't you rather do card?",
            "Can I send a money order?",
            "card",
        ),
        (
            "venmo is no good for us sorry, can you do a bank transfer?",
            "Can I pay by Venmo?",
            "transfer",
        ),
        (
            "Yep sweet as, card over the phone is fine, just need the long number.",
            "Could you do it over the phone with my card?",
            "card",
        ),
        ("Online's sweet. The link's on your statement.", "Can I pay online?", "online"),
    ],
)
def test_the_way_to_pay_put_agreed_or_asked_for_instead(
    line: str, previous: str, method: str
) -> None:
    said = read(line, "negotiating", previous_debtor_line=previous)
    assert said.slots.method == method


def test_a_couple_hundred_and_today_typed_fast_are_read() -> None:
    line = "hmm ok but rent cant take all of it surly? could you spare a couple hundered on friday"
    assert read(line, "explaining").slots.amount == Decimal("200")
    assert read("Could you pay the $100 todya?", "explaining").slots.date == TODAY


def test_a_monthly_day_starting_in_a_later_month_and_a_short_day_before_a_sum() -> None:
    line = "Okay, $100 a month, taken on the 15th of each month, starting in April. Does that work?"
    assert read(line, "negotiating").slots.date == dt.date(2026, 4, 15)
    assert read("wed 250 ok", "negotiating").slots.date == dt.date(2026, 3, 11)
    assert read("we'd 250 ok", "negotiating").slots.date is None


def test_the_rest_with_the_next_instalment_is_that_instalments_day_when_known() -> None:
    line = "half of it, about $240, on Friday, and the rest goes on with your next instalment?"
    due = dt.date(2026, 3, 22)
    slots = read(line, "negotiating", next_instalment=due).slots
    assert slots.rest_date == due and slots.date == dt.date(2026, 3, 13)
    assert read(line, "negotiating").slots.rest_date is None  # the record does not know it


@pytest.mark.parametrize(
    "line",
    [
        "Are you managing okay otherwise? What's your plan for the next few weeks?",
        "hows uni going? whats the plan after?",
        "And what you plan for next months, you look for other job?",
    ],
)
def test_their_plans_asked_are_a_question_about_their_work(line: str) -> None:
    assert read(line, "explaining").cued("topic_job")
    assert not read("What's your plan for paying the rest?", "explaining").cued("topic_job")


def test_a_last_sentence_that_asks_without_its_mark_is_a_question() -> None:
    assert "question" in read("Fine, so $1,000 on Friday then. How are you paying").flags
    said = read("Thank you, that's all sorted then. Have a good day, bye!")
    assert "question" not in said.flags
    for order in ("Right, 600 by Friday. Do it today.", "Pay it by Friday. What a mess."):
        assert "question" not in read(order).flags


# --- play-test 62, left over ---------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Okay. I think you cannot pay everything now, this is fine. We can make a plan. "
        "What amount you can pay first, in next two weeks?",
        "I know you can't pay it all today, and that's okay. What could you manage?",
    ],
)
def test_the_whole_granted_as_out_of_reach_is_not_asked_for(line: str) -> None:
    said = read(line, "negotiating")
    assert Act.ASK_PAYMENT in said.acts
    assert said.slots.amount is None and said.slots.date is None
    pressed = read("Why can't you pay it all today?", "negotiating").slots
    assert pressed.amount == OVERDUE and pressed.date == TODAY


def test_a_sum_settled_before_the_rests_instalments_is_the_first_part() -> None:
    line = "Ok, $193 is fine. And the rest in monthly payments of $50?"
    assert read(line, "negotiating").slots.amount == Decimal("193")
    alone = "And the rest in monthly payments of $50?"
    assert read(alone, "negotiating").slots.amount == Decimal("50")


# --- corpora 54 and 55, play-test 63 -------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "lender", "wrong"),
    [
        ("Hiya, it's NorthStar Energy, can I speak to Ifeoma please?", "NorthFlame Gas", True),
        ("Bright Start Childcare calling. Is this Priya?", "Little Acorns Childcare", True),
        ("hi priya its harbourside insurance calling about ur car insurance", "Harbourside "
         "Insurance", False),
        ("its mike from zang bank, abt ur car loan", "Zhang Bank", False),
        ("Good morning. This is Westbrook College Student Accounts.", "Westbrook College", False),
    ],
)  # fmt: skip
def test_a_creditor_named_by_its_trade_is_told_apart(line: str, lender: str, wrong: bool) -> None:
    said = read(line, "answering", lender=lender, debtor_names=("Priya Raman", "Priya", "Raman"))
    assert ("wrong_lender" in said.flags) is wrong


def test_a_nickname_and_the_account_holder_asked_for_check_who_answered() -> None:
    names = ("Olivia Brennan", "Olivia", "Brennan")
    said = read(
        "Heya, is that Liv? It's Kiri from Silver Platter.", "answering", debtor_names=names
    )
    assert "wrong_name" not in said.flags and Act.VERIFY_IDENTITY in said.acts
    checks = [
        "Hello. We're calling about your mortgage arrears. Is this the account holder?",
        "hi r u the account holder for the gas at 22 marsh st?",
        "its jordan from harmoney music finace, am i speakin to mr whitfeild",
    ]
    for line in checks:
        assert Act.VERIFY_IDENTITY in read(line, "answering").acts, line


def test_a_date_of_birth_read_back_checks_identity_and_is_no_deadline() -> None:
    said = read("Sorry, my english is not so good, you say April 23 of 1973, yes?", "verified")
    assert Act.VERIFY_IDENTITY in said.acts and said.slots.date is None
    assert said.slots.amount is None  # nor is 1973 a sum


def test_next_payday_is_the_day_the_debtor_said_they_are_paid() -> None:
    line = "Okay, no problem. So shall we fix the payment for your next payday then?"
    said = read(
        line, "explaining", previous_debtor_line="I'm waiting for my salary, it comes on the 15th."
    )
    assert said.slots.date == dt.date(2026, 3, 15)
    before = "I can pay 372.05 now and the rest when I get paid."
    unsaid = read("when u get paid = what date", "negotiating", previous_debtor_line=before)
    assert unsaid.slots.date is None


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("Half now works! So that's $593.20 today, would you want to pop that on a card?", "card"),
        ("Yeah course you can, just pop into any branch and quote your invoice number.", "branch"),
        ("yep portal works, just log in n pay there", "online"),
        ("a cheqeu is fine roberta, just post it to the adress on ur statment by friday", "cheque"),
        ("Cheques take ages. Card. Now.", "card"),
        ("It's online through the member portal, but you can also pop into any branch.", None),
    ],
)
def test_ways_to_pay_said_in_passing_or_turned_down(line: str, method: str | None) -> None:
    assert read(line, "negotiating", previous_debtor_line="How can I pay?").slots.method == method


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("$50 does nothing. Minimum three hundred.", Decimal("300")),
        ("$100 a week takes 12 weeks to clear. Too long. $250 a week.", Decimal("250")),
        ("Sure, we'll have it paid off by 2029. No.", None),
        ("If another payment is missed, a $50 dishonour fee is charged.", None),
        (
            "I am calling about your driving lesson fee of 287.95 dollars. When will you pay?",
            OVERDUE,
        ),
        ("Any chance you could pay it off today then?", OVERDUE),
    ],
)
def test_the_sum_asked_for_not_one_turned_down_a_year_or_a_fee(
    line: str, amount: Decimal | None
) -> None:
    assert read(line, "negotiating").slots.amount == amount


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Okay so $100 is great, but, hmm, the 27th is a little bit past the two weeks I'm "
         "allowed, so could you do the $100 this Friday, the 13th, since that's your payday?",
         dt.date(2026, 3, 13)),
        ("No. Not next payday. March 31 is not happening. If this isn't paid within a week it goes "
         "to a collection agency.", None),
        ("Could you do that today over the phone by card?", TODAY),  # not "over the ..."
    ],
)  # fmt: skip
def test_a_day_turned_down_is_not_the_day_asked_for(line: str, date: dt.date | None) -> None:
    assert read(line, "negotiating").slots.date == date


@pytest.mark.parametrize(
    "line",
    [
        "Could you do $150, and the rest on the 28th?",
        "Could we make it $150? And the rest goes on with your next instalment.",
    ],
)
def test_a_first_part_with_no_day_leaves_the_rests_day_to_the_rest(line: str) -> None:
    due = dt.date(2026, 3, 28)
    slots = read(line, "negotiating", next_instalment=due).slots
    assert slots.amount == Decimal("150") and slots.date is None and slots.rest_date == due
    both = read("Could you do $150 on Friday, and the rest on the 28th?", "negotiating").slots
    assert both.date == dt.date(2026, 3, 13) and both.rest_date == due


# --- corpus 56 and play-test 65 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Can you pay 219.26 by Thursday? Sorry, I mean Friday 13 March.", dt.date(2026, 3, 13)),
        ("Right so 854.36 by bank transfer on monday the 15th - no wait, the 16th. Monday 16th "
         "march. confirmed?", dt.date(2026, 3, 16)),
        ("so 100 on friday, my bad, monday", dt.date(2026, 3, 16)),
        ("To confirm, then: $608.91 by bank transfer on Monday 15 March - sorry, I beg your "
         "pardon, Monday 16 March. Is that correct?", dt.date(2026, 3, 16)),
    ],
)  # fmt: skip
def test_a_day_said_by_mistake_and_put_right_is_the_day_meant(line: str, date: dt.date) -> None:
    assert read(line, "negotiating").slots.date == date


def test_the_rest_with_the_next_instalment_leaves_the_day_asked_after_it_to_the_first_part() -> (
    None
):
    line = (
        "Maybe we do like this: you pay half now, 219.26, this week, and the other half with "
        "your next instalment. Can you pay 219.26 by Thursday? Sorry, I mean Friday 13 March."
    )
    due = dt.date(2026, 3, 20)
    slots = read(line, "vague_promise", next_instalment=due).slots
    assert (slots.date, slots.first_date, slots.rest_date) == (dt.date(2026, 3, 13),) * 2 + (due,)
    alone = read(line, "vague_promise").slots  # no instalment on record: one payment, Friday
    assert alone.date == dt.date(2026, 3, 13) and alone.rest_date is None


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("hello marcus delaney tyre finance overdue 356.90 payment due pay now card transfer",
         None),
        ("payment overdue course fees 529.50 payment plan instalments options card paypal", None),
        ("how u wanna pay? venmo zelle card?", None),
        # (one way, paid in at a branch, as most of the corpora's writers read it)
        ("Yes, you can pay in cash at any branch, including Main Street.", "branch"),
        ("card online today", "card"),
    ],
)  # fmt: skip
def test_ways_to_pay_listed_as_bare_words_choose_none(line: str, method: str | None) -> None:
    assert read(line, "negotiating").slots.method == method


def test_the_way_they_pay_asked_of_them_is_put() -> None:
    agreed = Slots(amount=Decimal("317.32"), date=dt.date(2026, 3, 12))
    for line in ("awesome. and ur paying thru the app yeah?", "and you're paying by card, yeah?"):
        analysis = read(line, "negotiating", agreed=agreed)
        assert analysis.slots.method in ("online", "card") and Act.PROPOSE_TERMS in analysis.acts


@pytest.mark.parametrize(
    "line",
    [
        "Hi Chloe? It's Martin from Calder Dental Payment Plans.",
        "Hello, I'm calling from Evergreen Funeral Plans regarding your pre-payment plan.",
        "hiya, its sam from calder, the dental payment plan people? is chloe about",
    ],
)
def test_a_plan_in_the_lenders_name_or_the_product_is_no_plan_offered(line: str) -> None:
    analysis = read(line, "answering", lender="Calder Dental Payment Plans")
    assert Act.OFFER_PLAN not in analysis.acts
    offered = read("We could set up a payment plan for the rest.", "negotiating")
    assert Act.OFFER_PLAN in offered.acts


@pytest.mark.parametrize(
    "line",
    [
        "awesome thanks tyrone, ride safe man",
        "got it, 179.96 zelle on the 20th. thx jordan have a good 1!",
    ],
)
def test_goodbyes_as_people_type_them_close_the_call(line: str) -> None:
    assert Act.CLOSE in read(line, "negotiating").acts


def test_a_day_said_far_out_is_turned_down_and_opening_hours_are_no_day() -> None:
    line = (
        "the 31st is a bit far out. Lets keep it smaller: $100 on Friday the 13th. Does that work?"
    )
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 13)
    hours = read("Yes, cash at the office is fine. They're open 8 till 6.", "negotiating")
    assert hours.slots.date is None and hours.slots.method == "cash"
    assert read("can you pay it till 5pm", "negotiating").slots.date == TODAY


def test_a_way_to_pay_approved_where_it_is_made_is_put() -> None:
    line = "cash at the post office is fine, use the payslip at the bottom of your statment"
    analysis = read(line, "negotiating", previous_debtor_line="I can pay cash at the post office.")
    assert analysis.slots.method == "cash" and Act.PROPOSE_TERMS in analysis.acts


def test_an_old_goat_is_an_insult() -> None:
    line = "not pestering, its literally my job, you old goat. 395.40 friday then"
    assert Act.INSULT in read(line, "negotiating").acts


@pytest.mark.parametrize(
    "line",
    [
        "I'm afraid next payday doesn't work - that's the 31st, three weeks away. I need a firm "
        "day this week.",
        "No, sorry Alan, the 31st is the date I just said I can't accept. Which day this week?",
        "ok so the 31st... um, actually sorry, I don't think I can take that, could you do "
        "something sooner?",
    ],
)
def test_a_day_turned_down_in_so_many_words_is_not_put(line: str) -> None:
    assert read(line, "vague_promise").slots.date != dt.date(2026, 3, 31)


def test_a_name_spelt_as_heard_is_the_debtors_and_theirs_said_back_is_no_lender() -> None:
    heard = read(
        "Ashley Cox? Dominguez Credit Union.",
        "answering",
        debtor_names=("Ashlee Cox", "Ashlee", "Cox"),
        lender="Dominguez Credit Union",
    )
    assert "wrong_name" not in heard.flags
    dealer = read(
        "I will write the dispute with Riverside Motors on your account.",
        "explaining",
        lender="Pineda Finance",
        previous_debtor_line="Riverside Motors, on the ring road.",
    )
    assert "wrong_lender" not in dealer.flags
    stranger = read("It's Sam from Riverside Motors.", "answering", lender="Pineda Finance")
    assert "wrong_lender" in stranger.flags


def test_asked_about_their_studies_is_asked_about_their_work() -> None:
    line = "are u busy with classes at the moment? i remember midterms, so stressful"
    assert any(c.name == "topic_job" for c in read(line, "explaining").cues)


def test_what_a_set_up_is_for_is_no_vague_promise_and_legal_is_where_it_goes() -> None:
    line = (
        "So to confirm: $430.73, paid online today. Also please remember to set up the direct "
        "debit again from your new bank so next month is fine. Is that correct?"
    )
    assert Act.ACCEPT_VAGUE not in read(line, "negotiating").acts
    assert Act.ACCEPT_VAGUE in read("Next month is fine, no rush.", "vague_promise").acts
    legal = "if it isnt paid it might have to go to collections or legal or something, sorry"
    assert Act.LEGAL_ACTION in read(legal, "vague_promise").acts


def test_a_direct_debit_that_may_not_have_moved_is_no_way_to_pay_now() -> None:
    """Play-test seventy: the direct debit that failed, and the one to set up for later
    instalments, put no way to pay this payment (the debtor answered "..., direct debit")."""
    failed = read(
        "That would explain it - the direct debit may not have transferred across. Would you be "
        "able to make the payment of $393.06 by Thursday the 12th?",
        "explaining",
    )
    assert failed.slots.method is None and failed.slots.date == dt.date(2026, 3, 12)
    later = read(
        "Just to be sure the direct debit actually comes from your new account this time - shall "
        "I take the new bank details now, or would you prefer to set it up yourself online?",
        "negotiating",
    )
    assert later.slots.method is None and later.slots.date is None
    assert read("Could you pay it online now?", "negotiating").slots.method == "online"
    own_bank = read(
        "The standing order is set up with your bank, not us. Set it up again and pay March by "
        "transfer today.",
        "explaining",
    )
    assert own_bank.slots.method == "transfer"


def test_a_day_followed_by_i_mean_is_the_day_meant() -> None:
    line = (
        "Would Friday the 27th suit you for the $75? Oh, sorry, no - that is more than two weeks "
        "away. Friday the 20th, I mean."
    )
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 20)


def test_a_rebuke_is_no_sympathy_and_violence_is_not_a_credit_file() -> None:
    rebuke = read("Lots of people lose jobs and still pay.", "explaining")
    assert Act.EMPATHISE not in rebuke.acts
    assert Act.EMPATHISE in read("Lots of people are in the same boat.", "explaining").acts
    consequence = read(
        "But if the loan stays unpaid it can hurt your credit and the car is the security.",
        "explaining",
    )
    assert Act.THREAT not in consequence.acts and Act.STATE_CONSEQUENCE in consequence.acts
    assert Act.THREAT in read("I will hurt you if you don't pay.", "explaining").acts


@pytest.mark.parametrize(
    "text",
    [
        "Would you be able to pay the 294.12 sometime this week?",
        "Would you be able to pay it at some point this week?",
    ],
)
def test_sometime_this_week_is_a_span_asked_not_a_vague_promise_accepted(text: str) -> None:
    assert Act.ACCEPT_VAGUE not in read(text, "explaining").acts
    assert Act.ACCEPT_VAGUE in read("Pay it sometime, whenever.", "explaining").acts


def test_the_lender_then_the_loan_in_two_words_states_the_purpose() -> None:
    line = "Harvey Bank, car loan. Am I talking to Rebecca Perkins?"
    heard = read(line, "answering", lender="Harvey Bank")
    assert {Act.STATE_PURPOSE, Act.VERIFY_IDENTITY} <= set(heard.acts)
    for text in (
        "Hello, my name is Yuki, I call from Hive Works Coworking about the desk rent.",
        "hello this is Prairieland Farm Credit we're trying to reach Dale Hendricks about his "
        "tractor loan",
    ):
        assert Act.STATE_PURPOSE in read(text, "answering").acts, text
    stop = "Once we have it, we'll stop calling you about the arrears."
    assert Act.STATE_PURPOSE not in read(stop, "explaining").acts


@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about your payment plan with CrestView Fertility.",
        "ok so, bear with me, I'm looking at your ivf payment plan here and it's showing past due",
        "so this is about the payment plan you set up for the parking fine",
        "I'm looking at your agreement now and it was changed to monthly payments last spring.",
    ],
)
def test_the_plan_the_debtor_is_on_is_not_a_plan_offered(text: str) -> None:
    assert Act.OFFER_PLAN not in read(text, "verified").acts
    assert Act.OFFER_PLAN in read("We could set up a payment plan for you.", "explaining").acts


def test_the_caller_named_from_the_council_or_put_through_to_says_who_calls() -> None:
    lender = "Harbury City Council Parking Services"
    for text in (
        "Hello! Please may I speak with Mister Marcus Delaney? I am from the Harbury City "
        "Council, for the parking.",
        "Good morning, you're through to Harbury City Council Parking Services. Can I take your "
        "full name please?",
    ):
        assert Act.IDENTIFY_SELF in read(text, "answering", lender=lender).acts, text


@pytest.mark.parametrize(
    "text",
    [
        "we'll be looking at taking it back",
        "how about you pay it before we come and pick up the tractor",
        "pay it or we recall the camera.",
        "I need a date or the camera gets flagged for recovery.",
    ],
)
def test_taking_the_goods_back_in_any_words_is_legal_action(text: str) -> None:
    assert Act.LEGAL_ACTION in read(text, "vague_promise").acts


def test_the_best_the_caller_can_do_is_the_sum_put() -> None:
    line = (
        "500 a month is almost 5 months. too long. best i can do is 800 a month for three months."
    )
    assert read(line, "negotiating").slots.amount == Decimal("800")


def test_ways_asked_in_turn_choose_none_and_the_second_half_is_no_day() -> None:
    for text in ("fine. when exactly and how. card? transfer?", "card? or transfer?"):
        assert read(text, "negotiating").slots.method is None, text
    assert read("by card? ok good", "negotiating").slots.method == "card"
    line = "half on fri is fine, 457.70 on the 13th. when wd the 2nd half be?"
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 13)
    refused = "sometime dont really work for us sofia. whats stopping you paying it this week?"
    assert Act.ACCEPT_VAGUE not in read(refused, "vague_promise").acts


@pytest.mark.parametrize(
    "text",
    [
        "when is soon tho? tmrw? fri?",
        "soonish haha ok. and how much is 'something' and when is 'soonish'? lol",
    ],
)
def test_asked_when_soon_is_the_vague_word_is_questioned_not_accepted(text: str) -> None:
    heard = read(text, "vague_promise")
    assert Act.ACCEPT_VAGUE not in heard.acts and Act.ASK_PAYMENT in heard.acts


def test_youre_before_the_name_asks_about_the_debtor_not_a_stranger() -> None:
    line = "Yeah hi, Wade Credit Union here. You're Tamara Mullins, right? Give me your DOB."
    heard = read(
        line,
        "answering",
        debtor_names=("Tamara Mullins", "Tamara", "Mullins"),
        lender="Wade Credit Union",
        previous_debtor_line="Hello, Mullins here.",
    )
    assert "wrong_name" not in heard.flags and Act.VERIFY_IDENTITY in heard.acts


def test_a_number_a_day_off_its_weekday_is_no_sum() -> None:
    line = "em, maybe you can pay this week? like Saturday 13? sorry, I mean Friday 13"
    heard = read(line, "vague_promise")
    assert heard.slots.date == dt.date(2026, 3, 13) and heard.slots.amount is None
    money = read("pay Friday 30 by card", "negotiating")  # the 30th is a Monday: a sum
    assert money.slots.amount == Decimal("30") and money.slots.date == dt.date(2026, 3, 13)


def test_a_day_asked_about_then_refused_is_not_put() -> None:
    line = (
        "Next payday... is that the 31st? Sorry, I think that's what was said last time too. I'm "
        "really sorry but I don't think I can accept that again."
    )
    assert read(line, "negotiating").slots.date is None


def test_half_now_said_with_this_week_is_no_payment_today() -> None:
    line = (
        "would it maybe help if you paid just half now, so about 217 dollars this week, and then "
        "the rest with your next payment in march?"
    )
    assert read(line, "vague_promise").slots.date is None
    assert (
        read("could you pay half now and the rest next week?", "vague_promise").slots.date == TODAY
    )


@pytest.mark.parametrize(
    "text", ["fine. what CAN you pay then?", "how much do the cafe shifts bring in a week"]
)
def test_what_they_can_pay_and_what_they_earn_are_asked_about_them(text: str) -> None:
    assert any(c.name == "topic_afford" for c in read(text, "explaining").cues), text


def test_the_dealers_words_asked_back_follow_the_tangent() -> None:
    assert Act.OFF_TOPIC in read("Oh really? The dealer said that?", "explaining").acts


@pytest.mark.parametrize(
    "text",
    [
        "Hi Siobhan? Westmoor, about the court judgment payments.",
        "What now is you've missed three payments on a court order. £450.",
        "The judgment is only in your name, so we can speak only with you about it.",
    ],
)
def test_the_county_court_judgment_being_collected_is_no_legal_action(text: str) -> None:
    assert Act.LEGAL_ACTION not in read(text, "verified").acts


@pytest.mark.parametrize(
    "text",
    [
        "No, but we can get a court order. Your choice.",
        "We will take you to court.",
        "honestly? it goes to recovery, they come pick up the jet ski",
        "And I'll send the repo guys for your equipment.",
        "Keep that attitude and we'll be round to take your precious piano back.",
    ],
)
def test_court_to_come_and_goods_taken_back_are_legal_action(text: str) -> None:
    assert Act.LEGAL_ACTION in read(text, "vague_promise").acts


def test_a_leasing_firm_asked_about_is_who_calls_not_a_wrong_name() -> None:
    line = "hi, sorry, it's, um, Pinnacle Equipment Leasing? I'm looking for Rosa Delgado"
    heard = read(line, "answering", debtor_names=("Rosa Delgado", "Rosa", "Delgado"))
    assert "wrong_name" not in heard.flags


def test_a_rate_turned_down_and_a_fee_left_standing_are_not_the_sum_put() -> None:
    lowest = "I'm sorry, $200 a month won't cover it. The lowest plan I can set up is $400 a month."
    assert read(lowest, "negotiating").slots.amount == Decimal("400")
    fee = "I can't touch the $150. the full past due is still $2,316.90"
    assert read(fee, "negotiating").slots.amount == Decimal("2316.90")


@pytest.mark.parametrize(
    "text",
    [
        "just wanted to check im speaking to siobhan gallagher about the ccj plan",
        "I'm speaking to Siobhan about the court plan?",
    ],
)
def test_who_is_asked_for_and_what_about_states_the_purpose(text: str) -> None:
    assert Act.STATE_PURPOSE in read(text, "answering").acts


@pytest.mark.parametrize(
    "text",
    [
        "oh man thats awfull, did u file a police report? renters insurance might cover it",
        "Have you reported it to the police and your insurer?",
    ],
)
def test_a_theft_reported_to_the_police_is_no_threat(text: str) -> None:
    assert Act.THREAT not in read(text, "explaining").acts
    assert Act.THREAT in read("Or we send the police round. Your pick.", "explaining").acts


@pytest.mark.parametrize(
    "text",
    [
        "u need to pay by this fri or u lose the place. not my rules",
        "Needs paying or Arjun can't come in from Monday.",
        "615 quid, overdue, paid by Friday or Biscuit's out of the stable.",
        "pay or ur service gets suspended",
    ],
)
def test_the_service_lost_is_a_consequence_stated(text: str) -> None:
    assert Act.STATE_CONSEQUENCE in read(text, "vague_promise").acts


@pytest.mark.parametrize(
    "text",
    [
        "Keep missing payments and we take the moped back.",
        "soon isnt a date harriet. if its not paid by the 20th we take you to small claims",
    ],
)
def test_the_moped_taken_back_and_small_claims_are_legal_action(text: str) -> None:
    assert Act.LEGAL_ACTION in read(text, "vague_promise").acts


@pytest.mark.parametrize(
    "text",
    [
        "Dave, MediLink Health, about your subscription. Marcus?",
        "Good morning, may I speak to Mrs Raman please, regarding the Little Acorns account?",
    ],
)
def test_what_the_account_is_said_in_passing_states_the_purpose(text: str) -> None:
    assert Act.STATE_PURPOSE in read(text, "answering").acts


def test_confirm_said_alone_after_the_terms_asks_for_the_yes() -> None:
    line = (
        "Right. 2492.16, bank transfer, Tuesday 17th. Miss it and repossession goes ahead. Confirm."
    )
    assert Act.CONFIRM_TERMS in read(line, "negotiating").acts
    assert Act.CONFIRM_TERMS not in read("Confirm your DOB.", "answering").acts


def test_a_span_asked_gently_and_soon_as_a_condition_accept_no_vague_promise() -> None:
    gentle = (
        "oh no that's totally fine, it happens a lot, honestly. um so would it be ok to maybe pay "
        "the 354.84 this week? I mean if it's not too much trouble"
    )
    assert Act.ACCEPT_VAGUE not in read(gentle, "explaining").acts
    condition = (
        "i dont think i can take end of the month again. if it cant be sorted soon, a written "
        "collection notice goes out. could u do it this week?"
    )
    assert Act.ACCEPT_VAGUE not in read(condition, "negotiating").acts
    assert Act.ACCEPT_VAGUE in read("Sure, that's fine, next week then.", "vague_promise").acts


def test_sorry_no_puts_a_day_right_and_the_sum_sent_is_asked_about() -> None:
    line = "156.41 dollars, online payment, on Tuesday 17 March - ah sorry, no, Monday 16 March."
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 16)
    asked = read("Was the transfer for the full 449.39?", "checking")
    assert any(c.name == "topic_payment_sent" for c in asked.cues)


def test_a_direct_debit_still_pointing_at_the_old_account_is_not_the_way_offered() -> None:
    line = (
        "Ah that would explain it, the direct debit is probably still pointing at your old "
        "account. Would you be able to make the 206.18 this week, maybe by a transfer from the "
        "new account?"
    )
    assert read(line, "explaining").slots.method == "transfer"


# --- session 23: the debtor's sum turned down, the site to pay on, the shop's counter --------
@pytest.mark.parametrize(
    ("previous", "line", "amount"),
    [
        (
            "Could you do £10 a week?",
            "£10 a week would take something like 19 weeks which is honestly way too long so the "
            "lowest i can really go is £25 a week starting this friday",
            "25",
        ),
        (
            "I can do $50 a week from my bar job.",
            "I'm afraid $50 a week would take over twelve weeks. The minimum I can accept is $100 "
            "a week.",
            "100",
        ),
    ],
)
def test_the_debtors_sum_turned_down_for_the_trainees_own_is_not_the_terms(
    previous: str, line: str, amount: str
) -> None:
    """Corpus sixty-one: the debtor's weekly sum, said back and turned down for the trainee's
    own, was read as the sum put (and the debtor heard its own offer accepted)."""
    read_as = read(line, "negotiating", previous_debtor_line=previous)
    assert read_as.slots.amount == Decimal(amount)
    # (the debtor's sum taken up is still theirs: "$50 a week, fine, starting Friday")
    taken = read("$50 a week, fine, starting Friday.", "negotiating", previous_debtor_line=previous)
    assert taken.slots.amount == Decimal("50")


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("redlinemoto.com, Make a Payment. Do it before 5pm today.", "online"),
        ("Yep. my.unihaus.co.uk, Payments tab, £620. Today?", "online"),
        ("Saturday in store is fine. Cheers, bye.", "branch"),
        ("ok so the rest on monday the 23rd by standing ordr aswell. sorted", "standing_order"),
    ],
)
def test_the_site_to_pay_on_and_the_shops_counter_are_ways_to_pay(line: str, method: str) -> None:
    assert read(line, "negotiating").slots.method == method


def test_the_car_in_the_shop_and_the_store_card_are_no_way_to_pay() -> None:
    assert (
        read("I see the car's been in the shop, that's rough.", "explaining").slots.method is None
    )
    assert read("It's about your sofa store card account.", "verified").slots.method is None


def test_a_months_instalment_is_its_due_day_when_the_record_knows_it() -> None:
    """ "it could go with the april payment instead": the instalment due in April, on the day
    instalments fall due; without that day on record, no day."""
    line = "it could go with the april payment instead if that's easier"
    known = read(line, "negotiating", next_instalment=dt.date(2026, 3, 14))
    assert known.slots.date == dt.date(2026, 4, 14)
    assert read(line, "negotiating").slots.date is None


def test_the_day_of_a_payment_made_asked_in_the_present_is_that_payments() -> None:
    line = "Which day you send it exactly, and how, by bank transfer?"
    paid = read(line, "protesting", previous_debtor_line="I paid that last week! By transfer.")
    assert Act.ASK_PAYMENT not in paid.acts and Act.SET_DEADLINE not in paid.acts
    asked = read("Which day you send it, friday?", "negotiating", previous_debtor_line="Okay.")
    assert asked.slots.date is not None
    # ("What if I paid the whole lot in cash?" says no payment made: the day is asked for one)
    offered = read(
        line, "negotiating", previous_debtor_line="What if I paid the whole lot in cash?"
    )
    assert Act.ASK_PAYMENT in offered.acts


@pytest.mark.parametrize(
    "line",
    [
        "How about this - half now, around 250 within the week, and the rest later?",
        "Maybe... is possible you pay some part now? Like, half, 200, in this week?",
    ],
)
def test_a_part_now_within_the_week_is_no_payment_today(line: str) -> None:
    assert read(line, "negotiating").slots.date is None
    assert read("can you pay the 200 now?", "negotiating").slots.date == TODAY


def test_the_quote_for_saying_who_you_are_holds_the_lenders_name_whole() -> None:
    """In the UI's debrief, "+said who you are" quoted "This is Sam from P" (session 23)."""
    said = read("Hi, is this Nancy Parker? This is Sam from Pena Finance.", "answering")
    quote = next(c.span.text for c in said.cues if c.name == "identify_self")
    assert quote == "This is Sam from Pena Finance"
    said = read("this is Sam from Acme Bank calling about your loan", "answering")
    assert next(c.span.text for c in said.cues if c.name == "identify_self").endswith("Acme Bank")


def test_the_day_refused_as_said_last_time_is_not_put() -> None:
    line = "no. end of month is payday again and you said that last time. i need it this week"
    assert read(line, "vague_promise").slots.date != dt.date(2026, 3, 31)


def test_whatever_meaning_regardless_is_no_brush_off() -> None:
    """Play-test eighty-seven: "... that can affect your credit, whatever the dealer does" got
    the tip "You brushed the customer off (', whatever')"."""
    regardless = (
        "the payments keep slipping, and that can affect your credit, whatever the dealer does."
    )
    assert "dismissive" not in read(regardless, "explaining").flags
    assert "dismissive" in read("Yeah yeah, whatever. Just pay it.", "explaining").flags


def test_oh_wow_with_sympathy_is_no_sarcasm() -> None:
    """Play-test eighty-eight: "oh wow, that's a lot, i'm sorry." was read as sarcasm."""
    line = "oh wow, that's a lot, i'm sorry. would you be able to pay us something soon maybe?"
    assert "sarcasm" not in read(line, "explaining").flags
    assert "sarcasm" in read("Oh wow. Next month. Never heard that one.", "vague_promise").flags


def test_rest_said_short_with_the_next_instalment_is_the_rests_day() -> None:
    """Play-test ninety: "so 250 online sunday the 16th, rest with ur next instalment. right?"
    recorded no rest ("rest" without "the")."""
    line = "so 250 online monday the 16th, rest with ur next instalment. right?"
    read_as = read(line, "negotiating", next_instalment=dt.date(2026, 3, 17))
    assert read_as.slots.rest_date == dt.date(2026, 3, 17)
    assert read_as.slots.date == dt.date(2026, 3, 16)


def test_a_number_demanded_asks_for_a_sum() -> None:
    """Play-test 103: "'Something small' isn't a number. Give me a number." got "Okay. And?"."""
    line = "'Something small' isn't a number. Give me a number."
    assert Act.ASK_PAYMENT in read(line, "vague_promise").acts


@pytest.mark.parametrize(
    "line",
    [
        "fine 321. when exactly and how u paying. and the rest, 595.76, how much a month",
        "ok 200 this week and the rest with next instalment. when",
    ],
)
def test_a_question_typed_without_its_mark_is_still_asked(line: str) -> None:
    assert "question" in read(line, "negotiating").flags
    assert "question" not in read("fine 321 by friday. thanks.", "negotiating").flags


@pytest.mark.parametrize(
    "line",
    [
        "yep, 2264.36 on card monday the 16th, all done. thanks nate, good luck with the flying!",
        "we good. 612.90 zelle friday. thx travis later",
    ],
)
def test_thanks_and_a_wish_or_later_at_the_end_say_goodbye(line: str) -> None:
    assert Act.CLOSE in read(line, "negotiating").acts
    assert Act.CLOSE not in read("we can sort the rest later", "negotiating").acts


def test_ok_for_you_closes_a_restatement() -> None:
    line = "So $250 online on Friday 13 March, rest with next instalment. Ok for you?"
    assert Act.CONFIRM_TERMS in read(line, "negotiating").acts


# --- play-tests 109 and 110 ----------------------------------------------------------------
def test_the_choice_of_day_left_with_whatever_is_not_dismissive() -> None:
    line = "Maybe Tuesday the 24th? Oh, sorry - I mean, whatever day is best for you."
    assert "dismissive" not in read(line, "negotiating").flags
    assert (
        "dismissive" in read("whatever. we'll call if theres a problem. bye", "negotiating").flags
    )


@pytest.mark.parametrize(
    "line",
    ["if it doesnt turn up you'll have to pay it again", "you're paying it again, got it?"],
)
def test_paying_again_told_is_asking_for_payment(line: str) -> None:
    assert Act.ASK_PAYMENT in read(line, "checking").acts


@pytest.mark.parametrize("line", ["you don't have to pay it again", "no need to pay it twice"])
def test_no_need_to_pay_again_asks_nothing(line: str) -> None:
    assert Act.ASK_PAYMENT not in read(line, "checking").acts


def test_the_whole_sum_not_worried_about_is_not_put() -> None:
    line = (
        "So lets not worry about the whole amount right now. What if we set up a plan - a small"
        " first payment in the next two weeks? What could you realistically put down first?"
    )
    assert read(line, "vague_promise").slots.amount is None


def test_so_much_a_month_after_the_first_is_after_the_first_payment() -> None:
    line = "say $100 a month after the first. When could you make the first $100?"
    assert read(line, "negotiating").slots.date is None


def test_a_sum_said_to_be_what_is_left_is_the_rest() -> None:
    agreed = Slots(
        amount=Decimal("184"),
        date=dt.date(2026, 3, 16),
        method="online",
        rest_date=dt.date(2026, 4, 15),
        rest_amount=Decimal("122.54"),
    )
    line = "i said 184 on the 16th. 122.54 is whats LEFT after that, paid with next instalment. ok?"
    slots = read(line, "promised", agreed=agreed, next_instalment=dt.date(2026, 3, 15)).slots
    assert slots.first_amount == Decimal("184") and slots.rest_amount == Decimal("122.54")


def test_the_next_instalment_before_the_day_named_is_the_one_after() -> None:
    line = "k so 184 online by mon 16th, rest 122.54 with ur next instalment. thats it yeah?"
    slots = read(line, "negotiating", next_instalment=dt.date(2026, 3, 15)).slots
    assert slots.first_amount == Decimal("184") and slots.rest_date == dt.date(2026, 4, 15)


# --- corpus sixtyfifth ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "If you dont pay the full amount today I will make sure you lose the house you deadbeat",
        "If you don't pay we'll have the bailiffs take the caravan and everything in your house",
        "Because you signed for it, genius. Pay up by Friday or we'll be round to see you.",
    ],
)
def test_harm_promised_to_the_home_is_a_threat(line: str) -> None:
    analysis = read(line, "negotiating")
    assert Act.THREAT in analysis.acts and Act.CLOSE not in analysis.acts


def test_a_sum_turned_down_as_not_taken_is_not_put() -> None:
    line = "No. I'm not taking 600 as a settlement. It's the full 740."
    assert read(line, "negotiating").slots.amount == Decimal("740")


def test_the_callers_own_bill_told_in_sympathy_is_no_sum_put() -> None:
    line = (
        "tell me about it my gas bill was 300 this quarter it's ridiculous, could you manage"
        " something like 100 a month do you think"
    )
    context = AnalysisContext(today=TODAY, amount_overdue=Decimal("740"), state="explaining")
    assert analyze(line, context).slots.amount == Decimal("100")


@pytest.mark.parametrize(
    "line",
    [
        "oh I'm so so sorry about your dog, that's awful. would a small monthly plan help?",
        "I'm really sorry, Derek. Do you have any other income coming in? We could look at a"
        " reduced plan.",
        "sorry to hear. wud a plan help? like 100 every 2 wks?",
    ],
)
def test_a_small_or_reduced_plan_offered_is_a_plan(line: str) -> None:
    assert Act.OFFER_PLAN in read(line, "explaining").acts


@pytest.mark.parametrize(
    "line",
    [
        "I'll put a note on your account about the transmission dispute, and that's that.",
        "you keep every right to dispute it with the dealer - that doesn't go away",
        "I'll put a note on the account about the dealer, and you've still got every right to"
        " dispute it with them.",
        "Absolutely, I've put the dealer complaint on record.",
    ],
)
def test_the_dispute_noted_in_everyday_words_is_the_right_told(line: str) -> None:
    assert "dispute_right" in read(line, "dealer_complaint").flags


def test_so_much_every_two_weeks_is_a_sum_put() -> None:
    assert read(
        "sorry to hear. wud a plan help? like 100 every 2 wks?", "explaining"
    ).slots.amount == (Decimal("100"))


@pytest.mark.parametrize(
    "line",
    [
        "Lovely. So that's the full 1,340.26 by card on Friday 13th March. I'll ring you at ten"
        " that morning to take it, okay?",
    ],
)
def test_the_hour_of_a_call_is_no_sum(line: str) -> None:
    assert read(line, "negotiating").slots.amount == Decimal("1340.26")


def test_a_contracts_length_is_no_sum() -> None:
    line = (
        "I get why that seems odd. It's a 12-month contract though, billed evenly, so the winter"
        " months are still charged. Would a payment plan help?"
    )
    assert read(line, "explaining").slots.amount is None


@pytest.mark.parametrize(
    "line",
    [
        "Before you go, you'll get a letter in the post. If we don't hear from you by Friday it"
        " goes to our solicitors. Bye.",
        "Fine, talk to your accountant. But I need an answer by Thursday, or the account goes"
        " over to our collections team.",
        "Yes. Invoice for the 16-seater, still unpaid.",
    ],
)
def test_when_to_answer_and_a_vehicles_seats_are_no_payment_day(line: str) -> None:
    assert read(line, "vague_promise").slots.date is None


def test_a_day_put_after_the_payday_said_is_the_day_put() -> None:
    line = "great so friday is payday, can we say saturday the 14th to be safe?"
    analysis = read(line, "vague_promise", previous_debtor_line="I get paid on Friday.")
    assert analysis.slots.date == dt.date(2026, 3, 14)


def test_the_direct_debit_form_offered_is_no_way_to_pay_this_one() -> None:
    line = (
        "No worries at all. Could you pay it by Friday? And would you like me to send you the"
        " direct debit form for the new bank? Only if you'd like to, no pressure"
    )
    analysis = read(line, "explaining", previous_debtor_line="Oh no, did it not come out?")
    assert analysis.slots.method is None and analysis.slots.date == dt.date(2026, 3, 13)
    assert Act.ACCEPT_VAGUE not in analysis.acts


@pytest.mark.parametrize(
    ("previous", "line", "day"),
    [
        (
            "I want to pay the full amount but I need until the end of the month.",
            "ooh end of the month is a bit of a stretch when it's already overdue! Could we meet"
            " in the middle and say the 20th?",
            dt.date(2026, 3, 20),
        ),
        (
            "The 31st, take it or leave it.",
            "Leave it. The 31st is nearly seven weeks late. Thursday the 19th is the latest I'll"
            " accept.",
            dt.date(2026, 3, 19),
        ),
        (
            "Can I pay at the end of the month?",
            "End of the month is a bit of a stretch, but ok: the 31st, the full amount.",
            dt.date(2026, 3, 31),
        ),
        (
            "I get paid every other Thursday, next one's the 19th.",
            "Let's just do it on payday then. Debit card OK for that?",
            dt.date(2026, 3, 19),
        ),
        (
            "I get paid on Thursday. Can it be then?",
            "Ok, Thursday is your payday, so we make Thursday 12, the full amount?",
            dt.date(2026, 3, 12),
        ),
    ],
)
def test_the_day_put_is_the_one_not_called_too_far_or_only_their_pay(
    previous: str, line: str, day: dt.date
) -> None:
    assert read(line, "negotiating", previous_debtor_line=previous).slots.date == day


@pytest.mark.parametrize(
    ("previous", "line"),
    [
        (
            "I paid with Venmo last time and it took forever to show up.",
            "Yeah, Venmo can be slow on our end. For Thursday maybe just do a card payment over"
            " the phone with me?",
        ),
        (
            "I paid online last month and it was a nightmare.",
            "Sorry about the website, it's been awful lately. Let's skip it, I can take your card"
            " details over the phone for Friday.",
        ),
    ],
)
def test_a_way_set_aside_for_card_is_not_the_way(previous: str, line: str) -> None:
    assert read(line, "negotiating", previous_debtor_line=previous).slots.method == "card"


def test_the_total_said_after_its_parts_is_the_sum() -> None:
    line = (
        "The $190 was the cleaning itself; the additional $28.76 is the finance charge on the"
        " agreement. So the total due is $218.76."
    )
    analysis = read(line, "negotiating", previous_debtor_line="Why is it $218.76?")
    assert analysis.slots.amount == Decimal("218.76")


def test_the_regular_payment_said_is_no_term_for_this_one() -> None:
    line = (
        "um the monthly one is the same, $211.42 on the 2nd. I can send you the form for the"
        " new bank details if that's ok?"
    )
    analysis = read(line, "negotiating", previous_debtor_line="How much would that be?")
    assert analysis.slots.amount is None and analysis.slots.date is None


def test_a_plan_put_with_its_sum_accepts_nothing_vague() -> None:
    line = (
        "fine. payment plan then. 100 bucks within 2 weeks, then the rest monthly. take it or"
        " leave it"
    )
    previous = "I could do a small first payment and then monthly instalments."
    analysis = read(line, "vague_promise", previous_debtor_line=previous)
    assert Act.ACCEPT_VAGUE not in analysis.acts and analysis.slots.amount == Decimal(100)


@pytest.mark.parametrize(
    "line",
    [
        "well clearly you didnt learn much in all them years mate cos you still cant pay a 271"
        " bill on time",
        "If the money lands by the 17th, nothing happens to the car. If it doesn't, it does."
        " Simple enough even for you. Goodbye.",
    ],
)
def test_scorn_without_a_swear_word_is_an_insult(line: str) -> None:
    assert Act.INSULT in read(line, "negotiating").acts


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        (
            "Thank you, Mr. Howard, I appreciate that. I will note it on your account. Good"
            " afternoon.",
            True,
        ),
        ("Thanks for that. Good evening, Ms. Lane.", True),
        # a greeting at the start says hello, not goodbye
        ("Good afternoon, is this Ms. Lane?", False),
        ("Good afternoon. My name is Sam from Rose Bank.", False),
    ],
)
def test_the_time_of_day_said_last_after_thanks_is_a_goodbye(line: str, closes: bool) -> None:
    assert (Act.CLOSE in read(line, "negotiating").acts) is closes


@pytest.mark.parametrize(
    "line",
    [
        "Two promises have been broken already, so I am unable to accept another arrangement"
        " for payday.",
        "We're not able to accept another promise for payday, I'm afraid.",
    ],
)
def test_another_payday_promise_refused_names_no_day(line: str) -> None:
    analysis = read(line, "vague_promise", next_payday=dt.date(2026, 3, 31))
    assert analysis.slots.date is None


@pytest.mark.parametrize(
    ("line", "threat"),
    [
        ("You have seven days. You pay or I send to legal today, your choice.", False),
        ("Pay or we send the account to a collection agency.", False),
        ("Pay or we take the car.", True),
    ],
)
def test_the_account_sent_on_is_no_threat_to_take_things(line: str, threat: bool) -> None:
    assert (Act.THREAT in read(line, "refusing").acts) is threat


@pytest.mark.parametrize(
    ("line", "legal"),
    [
        ("What about the dealer, are you going to take them to small claims or something?", False),
        ("Are you thinking of suing the dealership in court?", False),
        ("If this isn't paid we will take you to small claims court.", True),
    ],
)
def test_the_debtors_own_case_against_another_is_no_legal_action(line: str, legal: bool) -> None:
    assert (Act.LEGAL_ACTION in read(line, "negotiating").acts) is legal


@pytest.mark.parametrize(
    ("line", "insult"),
    [
        ("good guess genius, date of birth please", True),
        ("at your age I'd expect people to know how to pay a bill on time", True),
        ("kinda thought someone ur age would have this figured out", True),
        ("card online from your phone takes two minutes, even you can manage that", True),
        # (praise, and an age said kindly, are no scorn)
        ("that's genius, thanks so much", False),
        ("At your age you might prefer letters, I'd expect?", False),
        ("Is this Jennifer Dickerson?", False),
    ],
)
def test_scorn_of_sense_or_age_is_an_insult(line: str, insult: bool) -> None:
    assert (Act.INSULT in read(line, "negotiating").acts) is insult


@pytest.mark.parametrize(
    ("line", "method"),
    [
        # the direct debit moved over for the payments to come is not this payment's way
        ("Which bank is it, so we can move the direct debit over?", None),
        (
            "would you like to give me the new bank details so next month's direct debit comes"
            " from the right account?",
            None,
        ),
        # (set up for this payment, it is)
        ("Could you set up the direct debit for Friday?", "direct_debit"),
    ],
)
def test_the_direct_debit_for_later_is_not_this_payments_way(line: str, method: str | None) -> None:
    assert read(line, "negotiating").slots.method == method


@pytest.mark.parametrize(
    ("line", "flag"),
    [
        # a name the line ends on after "this is", asked (corpus 95's writer's kind of check)
        ("Good morning. This is Tammy Ramos?", True),
        ("hi this is tammy?", True),
        # (the debtor's own name asked so is theirs; a courtesy after a name is no surname)
        ("Good morning, this is Priya Raghunathan?", False),
        ("good morning madam, am i speaking to priya ji?", False),
        ("Good morning, am I speaking to Meera ji?", True),
    ],
)
def test_a_name_asked_after_this_is_and_a_courtesy_after_a_name(line: str, flag: bool) -> None:
    names = ("Priya Raghunathan", "Priya", "Raghunathan")
    analysis = read(line, "answering", debtor_names=names, lender="Tramline Credit")
    assert Act.VERIFY_IDENTITY in analysis.acts
    assert ("wrong_name" in analysis.flags) is flag


def test_another_lender_named_after_with_in_a_lowercase_line_is_flagged() -> None:
    names = ("Dimitri Papadakis", "Dimitri", "Papadakis")
    line = "hey dimitri? this is luis with {} bank, hope you're well"
    other = read(
        line.format("granite trust"), "answering", debtor_names=names, lender="Amberstone Bank"
    )
    own = read(line.format("amberstone"), "answering", debtor_names=names, lender="Amberstone Bank")
    assert "wrong_lender" in other.flags and "wrong_lender" not in own.flags


@pytest.mark.parametrize(
    ("line", "amount", "day"),
    [
        # days listed for the debtor to pick, short forms included, name no day
        ("wed or thurs, doesnt matter to me, you pick", None, None),
        (
            "great! monday, tuesday, wednesday, just pick one and i'll pop it in the system",
            None,
            None,
        ),
        # the balance paid is the whole debt; a plan so it is not paid all at once names none
        ("can you pay the balance today?", OVERDUE, TODAY),
        ("we can set you up on a plan so you're not paying it all at once", None, None),
        ("sorry, I can't remove the fee, but you can pay the balance in two parts", None, None),
        # the sum put in another's place, and payment said as required
        ("$40 a week is ok but it'd take 15 weeks, can we say $75 a week?", Decimal("75"), None),
        ("You're overdue. Payment is required today.", None, TODAY),
    ],
)
def test_terms_offered_put_instead_or_demanded(
    line: str, amount: Decimal | None, day: dt.date | None
) -> None:
    slots = read(line, "negotiating").slots
    assert (slots.amount, slots.date) == (amount, day)


def test_the_balance_paid_after_a_first_part_is_what_is_left() -> None:
    agreed = Slots(amount=Decimal("100"), date=dt.date(2026, 3, 13))
    slots = read(
        "great, and can you pay the balance on the 27th?", "negotiating", agreed=agreed
    ).slots
    assert slots.amount == OVERDUE - Decimal("100")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("could you do wednesday next week? thats the 18th", dt.date(2026, 3, 18)),
        ("ok, wed next week then", dt.date(2026, 3, 18)),
        ("monday next week works", dt.date(2026, 3, 16)),
        ("whichever honestly, friday or monday, you tell me", None),
    ],
)
def test_a_weekday_of_next_week_and_days_left_to_them(line: str, day: dt.date | None) -> None:
    assert read(line, "negotiating").slots.date == day


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("Yes, you can pay cash over the counter at any Tailwind branch.", "branch"),
        ("yep you can pay cash at any of our branches", "branch"),
        # (cash in a store is cash: no branch named)
        ("Yes sir, cash in any Lumo store is ok.", "cash"),
        # the proof of a payment made names no way to pay
        ("could you ask Northgate for a transfer confirmation and send it to us?", None),
        ("How would you want to pay it? Card, or, um, bank transfer maybe?", None),
    ],
)
def test_cash_paid_in_at_a_branch_and_ways_not_chosen(line: str, method: str | None) -> None:
    assert read(line, "negotiating").slots.method == method


def test_the_sum_agreed_said_loosely_is_that_sum() -> None:
    agreed = Slots(amount=Decimal("2837.25"), date=dt.date(2026, 3, 13))
    line = "Now you've got nearly three grand by Friday? Where's that coming from?"
    assert read(line, "negotiating", agreed=agreed).slots.amount == Decimal("2837.25")
    # (a loose figure far from it is still put)
    assert read("could you do about 300 on friday?", "negotiating").slots.amount == 300


def test_a_sum_not_asked_for_and_payments_typed_fast() -> None:
    line = "I didn't ask for all of it, did I? Give me a figure."
    assert read(line, "negotiating").slots.amount is None
    typed = read(
        "yep we can do a direct debit, say 4 monthly paymnets startng april 1st?", "negotiating"
    )
    assert typed.slots.amount is None and typed.slots.date == dt.date(2026, 4, 1)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # the day the debt fell due, gone by this month (play-test 213), is no day to pay
        ("You owe $237.60 on the personal loan, due on the 1st. Nine days late.", None),
        # (a day this month said as due is still put; asked for, the 1st is April's)
        ("it's due on the 15th, ok?", dt.date(2026, 3, 15)),
        ("can you pay it on the 1st?", dt.date(2026, 4, 1)),
    ],
)
def test_a_due_day_gone_by_is_no_day_to_pay(line: str, day: dt.date | None) -> None:
    assert read(line, "verified").slots.date == day


def test_no_rush_after_a_when_asked_keeps_its_meaning() -> None:
    """Play-test 209's "and when, roughly, do you think? No rush" asks for a day; "when you're
    ready? no rush" still gives in."""
    asked = read("and when, roughly, do you think? No rush", "vague_promise")
    assert Act.ACCEPT_VAGUE not in asked.acts
    assert Act.ACCEPT_VAGUE in read("when you're ready? no rush", "vague_promise").acts


# --- play-tests 218 to 220 and corpus 97 ------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Oh, um, what would be a good day for you?",
        "is there a day that's good?",
        "is there a day that would suit you?",
    ],
)
def test_an_open_day_asked_sets_a_deadline(line: str) -> None:
    analysis = read(line, "vague_promise")
    assert Act.SET_DEADLINE in analysis.acts and analysis.slots.date is None
    # (a goodbye's good day asks for none)
    assert Act.SET_DEADLINE not in read("Thanks, have a good day.", "negotiating").acts


def test_paying_or_not_is_asked_however_the_line_opens() -> None:
    line = "Did you hear a word I said? I don't care what he told you. Are you paying or not?"
    assert Act.ASK_PAYMENT in read(line, "negotiating").acts


@pytest.mark.parametrize(
    "line",
    [
        "tell me about it, i paid nearly six dollars for a coffee on friday lol",
        "hiya! how's your morning? i spent mine queuing at the bank to pay in a cheque, nightmare",
    ],
)
def test_the_callers_own_spending_names_no_terms(line: str) -> None:
    assert read(line, "explaining").slots.is_empty()
    # (turned to the debtor in the same breath, the terms are theirs)
    both = read("I spent ages on hold myself, so could you pay $50 on Friday?", "explaining")
    assert both.slots.amount == 50 and both.slots.date == dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "line",
    [
        "rather then a cheque could u use zelle? itd clear the same day",
        "we dont take paypal unfortunatly, but zelle woud work if you have it",
        "money orders take a while by post, honestly zelle's quicker if you have it",
    ],
)
def test_the_way_put_instead_of_another_is_the_way(line: str) -> None:
    assert read(line, "negotiating").slots.method == "zelle"


def test_the_rest_asked_to_come_in_by_a_day_is_the_rests_day() -> None:
    agreed = Slots(amount=Decimal("100"), date=TODAY)
    line = "100 now is a good start, thank you. Could the rest come in by the 31st?"
    analysis = read(line, "negotiating", agreed=agreed, previous_debtor_line="I can pay 100 now.")
    assert analysis.slots.date == dt.date(2026, 3, 31)
    assert analysis.slots.amount == OVERDUE - 100
    # (the payment sent, not yet arrived, is waited for: no day to pay)
    waited = read("If it hasn't come in by Friday, I'll ring you back.", "reference_given")
    assert waited.slots.date is None


def test_two_parts_put_in_two_questions_are_first_and_rest() -> None:
    line = (
        "So could the $200 go in on Friday the 13th when you're paid? And then the $87.95 on "
        "March 31st?"
    )
    slots = read(line, "negotiating").slots
    assert (slots.amount, slots.date) == (200, dt.date(2026, 3, 13))
    assert (slots.rest_amount, slots.rest_date) == (Decimal("87.95"), dt.date(2026, 3, 31))


def test_the_missed_payments_day_and_a_change_of_plans_day_are_not_deadlines() -> None:
    missed = read(
        "The one from the 7th, the $287.95, it doesn't seem to have come in.", "explaining"
    )
    assert missed.slots.date is None
    line = "If anything changes before the 31st, please call us first. Take care, bye."
    assert read(line, "negotiating").slots.date is None


def test_the_debtors_number_asked_of_a_third_party_is_a_topic() -> None:
    for line in ("Give me her mobile number then.", "What I need is her number."):
        assert read(line, "not_here").cued("topic_number"), line
    assert not read("You can call us back on our number.", "not_here").cued("topic_number")


def test_the_same_way_and_the_same_day_are_the_ones_agreed() -> None:
    agreed = Slots(amount=Decimal("100"), date=dt.date(2026, 3, 13), method="transfer")
    rest = read(
        "the rest by the 31st if you can manage it, same method?", "negotiating", agreed=agreed
    )
    assert rest.slots.method == "transfer"
    line = "a hundred's a start but could you stretch to half, so $143.97, same day?"
    assert read(line, "negotiating", agreed=agreed).slots.date == dt.date(2026, 3, 13)
    # (a standing order's "every month, the same day" is no day of this payment)
    told = "they send the money automatic every month, the same day. You don't need to remember."
    assert read(told, "negotiating", agreed=agreed).slots.date is None


def test_payday_then_is_the_payday_the_debtor_named() -> None:
    line = "so payday then? could you do the full 287.95 that day"
    said = "I get paid on the 25th, I'll pay something after that."
    analysis = read(line, "vague_promise", previous_debtor_line=said)
    assert analysis.slots.date == dt.date(2026, 3, 25)


@pytest.mark.parametrize(
    ("line", "amount", "day"),
    [
        # what they hold now is asked, not a day
        ("what do you have right now, honestly? even fifty bucks this week would help", 50, None),
        # a day held over them in an ultimatum, an insult beside it
        ("listen you useless waste of space, either you pay friday or we'll have the police at "
         "your door", None, dt.date(2026, 3, 13)),
        # the weather's today names no day to pay
        ("ring us when you're ready, and wrap up warm, it's baltic out there today", None, None),
        # a small sum asked for today, however long the sympathy before it
        ("oof thats a lot, sorry, it must be a nightmare so do you think you could do something "
         "small today like $30 just to keep the account moving", 30, TODAY),
        # a sum ruled out before it is said
        ("How much, and what date? And don't say fifty bucks.", None, None),
    ],
)  # fmt: skip
def test_terms_as_the_line_means_them(line: str, amount: int | None, day: dt.date | None) -> None:
    slots = read(line, "vague_promise").slots
    assert (slots.amount, slots.date) == (amount, day)


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("If it doesn't turn up in 5 working days you're paying again, got it?", Act.ASK_PAYMENT),
        ("congrats on the new job! would you be able to put something towards this then?",
         Act.ASK_PAYMENT),
        ("Oh, thank you. Um, when do you think? And how would you, er, want to pay?",
         Act.SET_DEADLINE),
    ],
)  # fmt: skip
def test_asks_said_plainly_are_heard(line: str, act: Act) -> None:
    assert act in read(line, "negotiating").acts


def test_a_way_said_to_be_alright_is_the_way() -> None:
    line = "A money order's quite alright, just post it to the PO box printed on your statement."
    assert read(line, "negotiating").slots.method == "money_order"


@pytest.mark.parametrize(
    ("line", "amount", "day"),
    [
        # the day it must reach them, not the day it is posted (corpora 98 to 100)
        ("cheques fine but can you post it today so its with us by friday?", None,
         dt.date(2026, 3, 13)),
        # a condition held over them, not a day turned down
        ("soon isn't good enough. no payment by the 20th and your account goes to our legal team",
         None, dt.date(2026, 3, 20)),
        # never
        ("uh huh. and when's your cousin paying, the twelfth of never?", None, None),
        # typed fast
        ("i get it. would a coupel hundred a week from today work?", 200, dt.date(2026, 3, 17)),
    ],
)  # fmt: skip
def test_days_and_sums_as_people_say_them(
    line: str, amount: int | None, day: dt.date | None
) -> None:
    slots = read(line, "vague_promise").slots
    assert (slots.amount, slots.date) == (amount, day)


# --- corpus 101 and play-tests 227-228 ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "hi there, is that you Oluwaseyi?",
        "um hi, is that you, adanna? sorry if ive got the wrong number",
    ],
)
def test_is_that_you_and_a_name_checks_who_answered(line: str) -> None:
    analysis = read(line, "answering", debtor_names=("Adaeze Okonkwo", "Adaeze", "Okonkwo"))
    assert Act.VERIFY_IDENTITY in analysis.acts and "wrong_name" in analysis.flags


@pytest.mark.parametrize(
    "line",
    [
        "ok thx. just need the 1st line of ur address to make sure ive got the right person",
        "Cordwain Credit, collections. Confirm your full home address please.",
    ],
)
def test_an_address_asked_for_is_an_identity_check(line: str) -> None:
    assert Act.VERIFY_IDENTITY in read(line, "answering").acts


def test_your_payday_typed_youre_names_no_one() -> None:
    analysis = read("whens you're next pay day?", "explaining", debtor_names=("Ingrid Solberg",))
    assert "wrong_name" not in analysis.flags


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("you keep saying that and nothing ever happens, you lying cow. pay the money", Act.INSULT),
        ("oh boo hoo. keep whining and i'll make sure your name is mud with every lender in the "
         "country", Act.THREAT),
        ("oh boo hoo. keep whining and i'll make sure your name is mud with every lender in the "
         "country", Act.INSULT),
        ("we can get a court order on your wages pal, so think again", Act.THREAT),
        ("haha you know the drill then! so what are we doing about the 1264?", Act.ASK_PAYMENT),
        ("what's the lowest you can actually do?", Act.ASK_PAYMENT),
    ],
)  # fmt: skip
def test_what_hostile_and_blunt_lines_do(line: str, act: Act) -> None:
    assert act in read(line, "explaining").acts


def test_an_oath_of_sympathy_is_no_insult() -> None:
    analysis = read("bloody hell, you alright though? nobody hurt?", "explaining")
    assert Act.INSULT not in analysis.acts and "profanity" not in analysis.flags


@pytest.mark.parametrize(
    "line",
    [
        "keep that attitude and we'll have the bailiffs round and you'll be in a cell by friday",
        "ooh nice, spend a tenner on a pint for me saturday ha",
        "Unfortunately I cannot remove the fees, even if the payment is made today.",
        "wednesday as in tomorrow? or next wed",
    ],
)
def test_days_that_are_no_day_to_pay(line: str) -> None:
    analysis = read(line, "negotiating", previous_debtor_line="I can do Wednesday.")
    assert analysis.slots.date is None and analysis.slots.amount is None


def test_a_goodbye_offer_of_help_today_leaves_the_day_agreed() -> None:
    line = (
        "direct debit on the 31st for the full 287.95, lovely. anything else i can do for you "
        "today?"
    )
    assert read(line, "negotiating").slots.date == dt.date(2026, 3, 31)


def test_the_sum_of_their_own_offer_asked_is_no_payment_made() -> None:
    analysis = read(
        "The 20th by card, noted. And was that for the full 287.95 or part of it?",
        "negotiating",
        previous_debtor_line="I'll pay on the 20th by card.",
    )
    assert (analysis.slots.date, analysis.slots.method) == (dt.date(2026, 3, 20), "card")


@pytest.mark.parametrize(
    ("line", "method"),
    [
        ("money orders take forevr to process, any chance u could do a bank tranfser insted",
         "transfer"),
        ("yep cash is fine at any warp and weft branch", "branch"),
        ("we cant exactly take cash down the phone lol, you'd have to pop into a branch", "branch"),
    ],
)  # fmt: skip
def test_the_way_put_in_place_of_theirs(line: str, method: str) -> None:
    previous = "Could I pay with a money order?" if "money" in line else "I'll pay with cash."
    assert read(line, "negotiating", previous_debtor_line=previous).slots.method == method


def test_the_day_asked_for_their_instalments_is_the_first_after_the_first_part() -> None:
    analysis = read(
        "When in the month would suit for those - same date as the loan, the 11th?",
        "negotiating",
        previous_debtor_line="For the rest, I could manage $928.93 a month.",
        agreed=Slots(amount=Decimal("500"), date=dt.date(2026, 3, 13), method="card"),
    )
    assert analysis.slots.rest and analysis.slots.date == dt.date(2026, 4, 11)


# --- corpus 102 -------------------------------------------------------------------------------


def test_soon_pressed_for_a_day_is_not_accepted() -> None:
    analysis = read(
        "okay sir, but soon is which day? this week or next week? please tell me exact day",
        "vague_promise",
        previous_debtor_line="I'll pay soon.",
    )
    assert Act.ACCEPT_VAGUE not in analysis.acts and Act.SET_DEADLINE in analysis.acts


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("what about 50 now just to show good faith", TODAY),
        ("um could we maybe say wednesday? the 18th? if thats ok", dt.date(2026, 3, 18)),
        ("the 15ths a sunday this month tho, woudl the friday before work? the 13th",
         dt.date(2026, 3, 13)),
        ("theres a balance of 287.95 on there now and i wanted to see if we could get that paid "
         "by friday", dt.date(2026, 3, 13)),
        ("ok so if payday's the 27th coud we do the payment that day", dt.date(2026, 3, 27)),
        ("and is this friday a pay day or the one after", None),
        ("ugh cars man. mine's been in the shop twice this year, put it all on my card and im "
         "still paying it off", None),
    ],
)  # fmt: skip
def test_the_day_a_line_puts(line: str, day: dt.date | None) -> None:
    assert read(line, "vague_promise").slots.date == day


def test_small_talk_of_ones_own_card_names_no_way_to_pay() -> None:
    line = (
        "ugh cars man. mine's been in the shop twice this year, put it all on my card and im "
        "still paying it off"
    )
    slots = read(line, "explaining").slots
    assert (slots.amount, slots.method) == (None, None)


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("is that you, katarzyna? it's sam", Act.IDENTIFY_SELF),
        ("hi sorry to bother you, is aoife around? this is mark", Act.IDENTIFY_SELF),
        ("ok sione thats fine, thanks for being honest with me. take care of urself", Act.CLOSE),
    ],
)
def test_who_calls_and_goodbyes_said_last(line: str, act: Act) -> None:
    assert act in read(line, "answering" if act is Act.IDENTIFY_SELF else "vague_promise").acts


def test_ok_said_to_who_answered_settles_nothing_vague() -> None:
    analysis = read(
        "OK, no problem. Please, you can give her message? Tomasz called, please call back "
        "number 800-555-0199. Thank you very much.",
        "not_here",
        previous_debtor_line="I'm Jess, Stephanie's flatmate.",
    )
    assert Act.ACCEPT_VAGUE not in analysis.acts


@pytest.mark.parametrize(
    "line",
    [
        "That's fair, and I'll make sure the note goes on today. When could you pay the $287.95, "
        "and would card or bank transfer suit you?",
        "I have checked, and the record shows no payment received since before October 30th. If "
        "you have a receipt or a reference for a payment I'm happy to look into it. Do you have "
        "one?",
    ],
)
def test_paperwork_days_and_days_gone_by_put_no_day(line: str) -> None:
    analysis = read(line, "negotiating", previous_debtor_line="I'll pay once the dealer fixes it.")
    assert analysis.slots.date is None
    # (an open "when could you pay?" may still ask for a day; the receipt line asks for none)
    assert "receipt" not in line or Act.SET_DEADLINE not in analysis.acts


@pytest.mark.parametrize(
    ("line", "previous", "method"),
    [
        ("Yes, a money order from the post office is perfectly fine, just post it to the address "
         "on your letter.", "Can I pay at the post office?", "money_order"),
        ("you dont have to, you can do it yourself online at stavehoop.com if you prefer",
         "Do I need to give card details over the phone?", "online"),
        ("yeah, any stave & hoop branch, cash is fine at the counter",
         "Can I pay at your office in cash?", "branch"),
        ("aye nae bother, ye can pay cash in at ony branch. wid thursday suit ye?",
         "Can I pay in cash?", "branch"),
        ("we can't do venmo i'm afraid, it'd have to be paypal for that sort of thing",
         "I'll pay by Venmo.", "paypal"),
        ("we dont take paypal sorry, it'd have to be a bank tranfser", "Can I use PayPal?",
         "transfer"),
        ("yep cash is fine, you can just take it into any reelpoint branch and they'll put it "
         "through", "Can I pay in cash somewhere?", "branch"),
    ],
)  # fmt: skip
def test_a_way_to_pay_agreed_to_in_passing_is_the_way(
    line: str, previous: str, method: str
) -> None:
    analysis = read(line, "negotiating", previous_debtor_line=previous)
    assert analysis.slots.method == method
    assert Act.PROPOSE_TERMS in analysis.acts


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("r u claiming any benefits atm or is nothin comin in", Act.PROBE_REASON),
        ("ok. getting any sick pay", Act.PROBE_REASON),
        ("you said that last month. not accepting soon again", Act.SAY_NO),
        ("yeah i hear you, rates went mad last year. cant do anything about the rate tho",
         Act.SAY_NO),
        ("listen you little prick, you borrowed it, you pay it back", Act.INSULT),
        ("great stuff, 35 every friday by standing order starting the 13th, putting that through "
         "now. ta tomasz, have a good one", Act.THANK),
        ("and how'd you like to pay it? direct debit's easiest, it just goes out automatic",
         Act.ASK_PAYMENT),
        ("gr8!! cd u do it by thurs?", Act.ASK_PAYMENT),
        ("a little bit like what. 50? 100?", Act.ASK_PAYMENT),
    ],
)  # fmt: skip
def test_everyday_ways_of_asking_refusing_and_thanking(line: str, act: Act) -> None:
    assert act in read(line, "vague_promise").acts


def test_an_exclamation_of_sympathy_is_no_swearing_at_them() -> None:
    analysis = read(
        "damn, both of you at once? that's a lot. got any savings you could use?",
        "explaining",
        previous_debtor_line="My wife just lost her job too.",
    )
    assert Act.INSULT not in analysis.acts
    assert Act.PROBE_REASON in analysis.acts


@pytest.mark.parametrize(
    ("line", "previous"),
    [
        ("hey ingrid hope your weeks going ok so far! so its about the loomhouse account theres a "
         "payment outstanding from march 2nd which is 284.90 and i just wanted to see if we can "
         "get that sorted today or whenever works really", "Yes it's Ingrid, how can I help?"),
        ("easter's april 5th this year, thats nearly a month away. can we do sooner?",
         "Maybe after Easter."),
    ],
)  # fmt: skip
def test_a_day_left_open_or_called_too_far_off_is_not_put(line: str, previous: str) -> None:
    assert read(line, "vague_promise", previous_debtor_line=previous).slots.date is None


@pytest.mark.parametrize(
    "line",
    [
        "a little bit like what. 50? 100?",
        # (play-test 234: "a month" is the rate the first is paid at, not a count asked again)
        "A number, Brandon. Fifty a month? A hundred?",
    ],
)
def test_sums_asked_one_after_another_are_a_choice_not_a_sum(line: str) -> None:
    analysis = read(line, "vague_promise")
    assert analysis.slots.amount is None
    assert analysis.cued("amount_choice")


def test_a_warning_that_they_might_take_the_car_back_is_a_consequence() -> None:
    analysis = read(
        "Oh. Um. Okay. It's just, sorry, I'm supposed to mention that the car is, um, security "
        "for the loan, so if nothing gets paid, they might... they might have to take it back? I "
        "really don't want that to happen. Sorry.",
        "refusing",
        previous_debtor_line="Whatever you think I owe, I'm not paying it. Write that down.",
    )
    assert Act.STATE_CONSEQUENCE in analysis.acts or Act.LEGAL_ACTION in analysis.acts
    assert Act.PROBE_REASON not in analysis.acts


def test_what_their_shifts_bring_in_is_asked_not_a_payment() -> None:
    analysis = read(
        "Sixty applications, great, and zero payments since November. Sob stories don't pay "
        "loans. How much are those cafe shifts actually bringing in a week?",
        "hardship",
        previous_debtor_line="A few cafe shifts is all I've got, and there's hardly anything left.",
    )
    assert Act.ASK_PAYMENT not in analysis.acts
    assert Act.PROBE_REASON in analysis.acts


def test_what_befell_them_commiserated_in_a_word_is_sympathy() -> None:
    analysis = read(
        "Moving is so stressful. Did your bank details change with the move as well?",
        "explaining",
        previous_debtor_line="I just moved and the bills got mixed up.",
    )
    assert Act.EMPATHISE in analysis.acts


def test_their_payday_taken_is_the_day_they_named() -> None:
    analysis = read(
        "payday works. full 457.18 then?",
        "vague_promise",
        previous_debtor_line="I'll pay on payday, it's the 25th.",
    )
    assert analysis.slots.date == dt.date(2026, 3, 25)


def test_their_bill_winced_at_is_no_sum_to_pay() -> None:
    analysis = read(
        "oof 3 grand, that hurts. same thing happened with my ford last year. ok so what could "
        "you afford towards the loan this month?",
        "explaining",
        previous_debtor_line="My truck needed a new transmission, cost me 3000.",
    )
    assert analysis.slots.amount is None


def test_a_nervous_caller_saying_their_own_name_as_a_question_asks_for_no_one() -> None:
    analysis = read(
        "uh hi, sorry, it's, um, Jordan? from Whipcord? is now an ok time?",
        "answering",
        debtor_names=("Ingrid Halvorsen", "Ingrid"),
        lender="Whipcord Lending",
    )
    assert "wrong_name" not in analysis.flags
    assert Act.IDENTIFY_SELF in analysis.acts


def test_two_days_asked_between_after_one_echoed_are_a_choice() -> None:
    analysis = read(
        "Oh, today? Great — just to be clear, do you want to pay today, or stick with Friday the "
        "13th like you said? Either is fine.",
        "negotiating",
        previous_debtor_line="Sure, today works. I'd do it by card, I think.",
    )
    assert analysis.slots.date is None
    assert Act.CONFIRM_TERMS not in analysis.acts


@pytest.mark.parametrize(
    "line",
    ["hello, could i speak to malgorzata wisniewska please", "yo is that malgorzata"],
)
def test_a_name_typed_without_its_polish_letters_is_the_name(line: str) -> None:
    analysis = read(line, "answering", debtor_names=("Małgorzata Wiśniewska", "Małgorzata"))
    assert "wrong_name" not in analysis.flags
    assert Act.VERIFY_IDENTITY in analysis.acts


def test_every_month_asked_about_is_no_one_asked_for() -> None:
    analysis = read(
        "ok so the 27th is your payday, got it. is that every month?",
        "explaining",
        debtor_names=("Tomás Quispe", "Tomás"),
        previous_debtor_line="I get paid on the 27th.",
    )
    assert "wrong_name" not in analysis.flags


@pytest.mark.parametrize(
    ("line", "act", "absent"),
    [
        ("ok so after rent whats left", Act.PROBE_REASON, None),
        ("right the old direct debit wouldnt of moved over with you, who do you bank with now",
         Act.PROBE_REASON, None),
        ("im sory to hear that. are u workng anywhere now", Act.PROBE_REASON, None),
        ("that's ok, I really appreciate you being upfront. take the time you need and we'll "
         "talk again soon", Act.THANK, None),
        ("oh no, I'm so sorry. how are you both managing?", Act.EMPATHISE, Act.GREET),
    ],
)  # fmt: skip
def test_their_situation_asked_and_thanks_in_everyday_words(
    line: str, act: Act, absent: Act | None
) -> None:
    acts = read(line, "explaining").acts
    assert act in acts
    assert absent is None or absent not in acts


def test_the_whole_asked_about_beside_a_part_is_no_sum_put() -> None:
    analysis = read(
        "thursday by zelle, lovely, and is that going to be for the whole lot or just part of it "
        "because either's fine we just need to know what to expect",
        "negotiating",
        previous_debtor_line="I'll do Zelle then, on Thursday.",
    )
    assert analysis.slots.amount is None
    assert analysis.slots.method == "zelle"


def test_days_listed_with_the_pick_left_to_them_are_no_day_put() -> None:
    analysis = read(
        "next week's fine. monday, wednesday, whatever day suits you best, you tell me",
        "vague_promise",
        previous_debtor_line="I'll pay next week, probably.",
    )
    assert analysis.slots.date is None


def test_sums_a_month_asked_one_after_another_are_a_choice() -> None:
    analysis = read("a number please. 50 a month? 100?", "vague_promise")
    assert analysis.slots.amount is None
    assert Act.ASK_PAYMENT in analysis.acts


def test_terms_held_against_what_was_said_before_are_not_a_read_back() -> None:
    analysis = read(
        "Wait, a minute ago you couldn't pay anything this week without missing rent, now you're "
        "paying fifty today? Which is it?",
        "negotiating",
        previous_debtor_line="$50, okay. That I can do from my shifts. Yes, today is fine.",
        agreed=Slots(amount=Decimal("50"), date=TODAY),
    )
    assert Act.CONFIRM_TERMS not in analysis.acts


@pytest.mark.parametrize(
    ("line", "previous"),
    [
        ("payday works. card again for the rest or would u rather do a transfer?",
         "I can do the rest on payday."),
        ("300 today is great. do you wanna do that by card or over zelle?", "I can do 300 today."),
        ("we dont take cash anymore sorry, but you can do online banking or a money order",
         "Can I pay cash?"),
    ],
)  # fmt: skip
def test_ways_offered_side_by_side_in_everyday_words_are_a_choice(line: str, previous: str) -> None:
    assert read(line, "negotiating", previous_debtor_line=previous).slots.method is None


@pytest.mark.parametrize(
    ("line", "state"),
    [
        ("Right, I understand. What could you afford to put towards this, even if it's not the "
         "full amount?", "explaining"),
        ("could you commit to a specific day next week? mon 16th, wed 18th?", "vague_promise"),
        ("soon like today-soon or next-month-soon", "vague_promise"),
    ],
)  # fmt: skip
def test_no_term_put_by_the_whole_set_aside_days_listed_or_days_made_words(
    line: str, state: str
) -> None:
    slots = read(line, state).slots
    assert (slots.amount, slots.date) == (None, None)


def test_the_leftover_is_the_rest() -> None:
    analysis = read(
        "lovely. what about the leftover, can u do that on the 27th",
        "negotiating",
        agreed=Slots(amount=Decimal("200"), date=TODAY),
    )
    assert analysis.slots.amount == OVERDUE - Decimal("200")


def test_asked_whether_they_told_the_police_is_no_threat() -> None:
    analysis = read(
        "that's awful, have you reported it to your bank and the police?",
        "explaining",
        previous_debtor_line="Someone stole my card and emptied my account.",
    )
    assert Act.THREAT not in analysis.acts


@pytest.mark.parametrize(
    ("line", "state", "act"),
    [
        ("cool cool, hows work going these days", "verified", Act.PROBE_REASON),
        ("goodmorning mr yilmaz? this is oakbark lending calling, i am calling you about the loan",
         "answering", Act.GREET),
    ],
)  # fmt: skip
def test_asked_how_work_goes_and_a_greeting_typed_as_one_word(
    line: str, state: str, act: Act
) -> None:
    assert act in read(line, state, debtor_names=("Mehmet Yilmaz", "Mehmet")).acts


def test_paying_now_online_is_paying_today() -> None:
    analysis = read(
        "haha no worries we all forget stuff. wanna just pay it now online, takes like 2 mins",
        "explaining",
        previous_debtor_line="Oh no, I completely forgot.",
    )
    assert analysis.slots.date == TODAY
    assert analysis.slots.method == "online"


def test_the_pay_now_button_is_no_day() -> None:
    analysis = read("yep online is fine, just log in n hit pay now", "negotiating")
    assert analysis.slots.date is None
    assert analysis.slots.method == "online"


@pytest.mark.parametrize(
    "line",
    [
        "card, bank transfer, paypal or a money order, whatever suits you",
        "ah ok. u can still pay by bank transfer or zelle, whichevers easier",
    ],
)
def test_ways_listed_with_the_pick_asked_of_them_ask_how_they_will_pay(line: str) -> None:
    analysis = read(line, "negotiating")
    assert Act.ASK_PAYMENT in analysis.acts
    assert analysis.slots.method is None


# --- corpus 106 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # (the g dropped, as typed: still asking for someone)
        ("helo am i speakin with tadeusz wisniewski", "wrong_name"),
        # (the caller's first name, then the organisation alone)
        ("Sandra. Redstone Lending.", "wrong_lender"),
        ("yes hello, here is Silver Thread Lending, i search for Tomasz please", "wrong_lender"),
    ],
)
def test_the_wrong_person_or_lender_said_in_everyday_ways_is_flagged(text: str, flag: str) -> None:
    analysis = read(
        text,
        "answering",
        lender="Redbrick Lending",
        debtor_names=("Tomasz Wisniewski", "Tomasz"),
        previous_debtor_line="Hello?",
    )
    assert flag in analysis.flags
    assert (
        "wrong_lender"
        not in read("Sandra. Redbrick Lending.", "answering", lender="Redbrick Lending").flags
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("100 a month ok. id make it the 16th tho, nothing goes out on a sunday anyway", 16),
        ("saturday wont clear till monday anyway, lets just call it monday the 16th", 16),
        (
            "A cheque posted Friday won't reach us till next week, so could you do a bank "
            "transfer on Friday instead?",
            13,
        ),
        ("a transfer on friday won't clear until monday, so can you do it thursday?", 12),
        # (a past tense that supposes, not history)
        ("What if we did a smaller amount on the 31st, say a hundred and fifty?", 31),
        ("a cheque won't clear till friday", None),
    ],
)
def test_the_day_a_payment_lands_is_not_the_day_put(text: str, day: int | None) -> None:
    date = read(text, "negotiating", previous_debtor_line="Could I do it Saturday?").slots.date
    assert date == (dt.date(2026, 3, day) if day else None)


@pytest.mark.parametrize(
    ("text", "previous", "method"),
    [
        (
            "for you id say a standing order honestly, that way you're the one in control of it",
            "Standing order or direct debit, which is better?",
            "standing_order",
        ),
        (
            "yes we can, but rather than a direct debit a standing order might be quicker to set "
            "up from your side, would you be ok with that",
            "Can I set up a direct debit?",
            "standing_order",
        ),
        (
            "Of course, please make it payable to Finetooth Finance and write your account number"
            " on the back. Could you post it by Thursday?",
            "Could I post a cheque?",
            "cheque",
        ),
        (
            "A money order is acceptable, made payable to Escapement Finance, but it must reach "
            "us by the 20th.",
            "Can I send a money order?",
            "money_order",
        ),
        (
            "Post-dated cheque we don't accept anymore since last year, too many bounce. So no, "
            "sorry.",
            "Could I give you post-dated cheques?",
            None,
        ),
    ],
)
def test_a_way_picked_put_instead_or_made_out_is_the_way(
    text: str, previous: str, method: str | None
) -> None:
    assert read(text, "negotiating", previous_debtor_line=previous).slots.method == method


def test_how_to_make_out_the_cheque_agreed_puts_no_way() -> None:
    analysis = read(
        "Perfect. Make it payable to Meadowbank Storage Ltd and pop your caravan reg on the back.",
        "negotiating",
        agreed=Slots(method="cheque"),
    )
    assert analysis.slots.method is None


def test_the_whole_amount_typed_short_is_the_debt() -> None:
    assert read("whole amount on card, fine. what day", "negotiating").slots.amount == OVERDUE


def test_money_owed_between_other_people_is_no_sum() -> None:
    analysis = read(
        "lol classic brother move. mine still owes me 50 quid from 2019",
        "explaining",
        previous_debtor_line="I thought my brother paid it for me.",
    )
    assert analysis.slots.amount is None
    assert read("you owe me 500 bucks, pay it", "negotiating").slots.amount == Decimal("500")


# --- corpus 107 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("hi its pearlstone credit, is mai there", True),
        ("great thanks, im calling from jetline capital about your account", True),
        ("hi its pearlgate finance, is mai there", False),
        # (whose loan it is, not who calls)
        ("hi its about your pearlstone finance loan", False),
    ],
)
def test_the_lender_typed_in_lowercase_after_its_says_who_calls(text: str, wrong: bool) -> None:
    analysis = read(text, "answering", lender="Pearlgate Finance", debtor_names=("Mai Nguyen",))
    assert ("wrong_lender" in analysis.flags) is wrong
    # ("ed": the everyday short form of a word of the lender's own name)
    short = read(
        "hi is this luis? its lexica ed finance abt ur course loan",
        "answering",
        lender="Lexica Education Finance",
    )
    assert "wrong_lender" not in short.flags


@pytest.mark.parametrize(
    "text",
    [
        "before long meaning what? this week? end of next week?",
        "um, next few days like, thursday maybe? or friday? whichever's better for you",
        "ok quick: 936.50 overdue, can u pay it today or this week, yes or no",
    ],
)
def test_a_span_or_a_day_offered_side_by_side_leaves_the_pick_to_them(text: str) -> None:
    analysis = read(text, "vague_promise", previous_debtor_line="I'll pay it before long.")
    assert analysis.slots.date is None
    assert analysis.cued("date_choice")
    # (a day within the span, said after it, narrows it: no choice)
    narrowed = read("Could you do half this week? Thursday, say?", "vague_promise")
    assert narrowed.slots.date == dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Right, sorry. So, um, end of the month - would that be, like, the 31st? And would it "
        "be... all of it, the $287.95, or maybe some of it?",
        "End of month ok. So the 31st. All 287.95 or part?",
    ],
)
def test_all_of_it_or_part_asked_puts_no_sum(text: str) -> None:
    """Play-test 231: the whole is one of the two asked between, the part theirs to name; not
    the sum put."""
    analysis = read(text, "vague_promise")
    assert analysis.slots.amount is None
    assert analysis.slots.date == dt.date(2026, 3, 31)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Would you like to take care of the $287.95 today, and then we can get the direct "
            "debit set up with your new bank?",
            10,
        ),
        ("Could you pay today, and then we can set up the direct debit with your new bank?", 10),
    ],
)
def test_the_regular_way_set_up_after_this_payment_is_not_its_way(text: str, day: int) -> None:
    """Play-test 237: the direct debit set up "and then" is for the bills to come; today is
    still this payment's day."""
    analysis = read(text, "explaining", previous_debtor_line="I switched banks.")
    assert analysis.slots.method is None
    assert analysis.slots.date == dt.date(2026, 3, day)
    # ("Easy fix then: shall we set up a direct debit ...?" puts the direct debit)
    put = read(
        "Easy fix then: shall we set up a direct debit so it doesn't slip again?", "explaining"
    )
    assert put.slots.method == "direct_debit"


# --- corpus 108 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("evrything is fine, its just ur account is behind and we wanna get it sorted tday", 10),
        ("Could you pay even part of it now, say 100, and the rest when the contract money "
         "arrives?", 10),
        ("im sorry but try isnt good enough, we need an actual commitment from you today", None),
        ("pick one. friday or monday", None),
        ("we cud do 3/17 or 3/20, up 2 u", None),
        ("soon like tmrw or soon like next month? lol", None),
        ("next week which day. mon? wed?", None),
    ],
)  # fmt: skip
def test_days_typed_short_or_offered_to_pick_from(text: str, day: int | None) -> None:
    date = read(text, "vague_promise", previous_debtor_line="I'll try to pay soon.").slots.date
    assert date == (dt.date(2026, 3, day) if day else None)


def test_sums_that_are_no_sum_put_and_the_debt_said_in_words() -> None:
    assert (
        read(
            "ok cash works, we text u a barcode and u pay at any 7-eleven, by friday?",
            "negotiating",
        ).slots.amount
        is None
    )
    assert (
        read(
            "so you can pay it all at once or split it in two or do weekly payments", "negotiating"
        ).slots.amount
        is None
    )
    said = read(
        "what now is you're two hundred eighty seven ninety five in the hole with us", "verified"
    )
    assert said.slots.amount == OVERDUE  # fmt: skip


def test_a_way_agreed_with_the_one_set_aside_between_is_the_way() -> None:
    analysis = read(
        "Yes, a direct debit rather than a standing order is perfectly fine; it's actually "
        "easier on our end.",
        "negotiating",
        previous_debtor_line="Can I set up a direct debit instead of a standing order?",
    )
    assert analysis.slots.method == "direct_debit"
    assert (
        "wrong_lender"
        in read(
            "hey marta its chris w bonebridge finance, got a sec?",
            "answering",
            lender="Marrowbone Credit",
            debtor_names=("Marta Kowalczyk",),
        ).flags
    )


@pytest.mark.parametrize(
    "text",
    [
        # (play-test 242: the day the sum fell due, said on the 10th)
        "Sorry. It's $187.18, from the 3rd. Would you, um, maybe want to pay that?",
        # (play-test 242: the day talked of, not put)
        "I heard you about Friday. I'm asking about the REST. $170.68. When?",
    ],
)
def test_a_day_recalled_or_talked_of_is_no_day_put(text: str) -> None:
    assert read(text, "negotiating").slots.date is None


# --- corpus 109 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["hi am i speking with hiroshi tanabe", "hi there, im lookin for hiroshi tanabe"]
)
def test_another_name_asked_for_as_typed_is_flagged(text: str) -> None:
    analysis = read(text, "answering", debtor_names=("Hiroshi Tanaka", "Hiroshi"))
    assert "wrong_name" in analysis.flags


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("so even if its just $150 by the 20th that would help a lot honestly", 20),
        ("I cannot remove the fees, even if it's paid today", None),
        ("ooh ok then lets tie it to your payday, the 20th! does half work for that one?", 20),
    ],
)
def test_the_least_asked_on_its_day_and_a_day_tied_to_payday_are_put(
    text: str, day: int | None
) -> None:
    date = read(text, "negotiating", previous_debtor_line="I get paid on the 20th.").slots.date
    assert date == (dt.date(2026, 3, day) if day else None)


def test_credit_or_debit_is_a_card() -> None:
    assert read("yep credit or debit both fine", "negotiating").slots.method == "card"
    listed = read(
        "We accept debit or credit card over the phone, bank transfer, or payment through our "
        "website. Which would you prefer?",
        "negotiating",
        previous_debtor_line="What payment options do you have?",
    )
    assert listed.slots.method is None


@pytest.mark.parametrize(
    "text",
    ["so 200 a week on venmo, first one when?", "a couple hundred is a start. when by"],
)
def test_the_first_ones_day_asked_in_few_words_asks_for_a_day(text: str) -> None:
    """Corpus 110: the day of the first payment asked with "when" last is a day asked for."""
    assert Act.SET_DEADLINE in read(text, "negotiating").acts


def test_their_pay_cheque_is_no_way_to_pay() -> None:
    """Play-test 246: "not taking the whole cheque" is their wage; "by cheque" is a way."""
    text = "Could you do half on March 31st? That way we're not taking the whole cheque."
    assert read(text, "negotiating").slots.method is None
    assert read("Could you do half on March 31st by cheque?", "negotiating").slots.method == (
        "cheque"
    )


@pytest.mark.parametrize(
    "text",
    [
        "oh no, thats horrible. have you been able to report it to your bank and the police?",
        "Oh my god, that's horrible. Are you ok? Did you report it to the police?",
    ],
)
def test_asking_whether_they_reported_a_theft_states_no_consequence(text: str) -> None:
    """Corpora 86 and 110: the theft reported by the debtor is no credit report threatened."""
    assert Act.STATE_CONSEQUENCE not in read(text, "explaining").acts


def test_the_whole_debt_put_beside_the_debtors_day_is_proposed_not_said_back() -> None:
    """Corpus 110: "end of month works, so teh 31st? the whole 742.18?" after "I'll try for the
    end of the month." puts the whole sum, which the debtor never offered: not a restatement.
    Said back after the debtor offered it all, it is one."""
    put = read(
        "end of month works, so teh 31st? the whole 287.95?",
        "vague_promise",
        previous_debtor_line="I'll try for the end of the month.",
    )
    assert Act.PROPOSE_TERMS in put.acts and Act.CONFIRM_TERMS not in put.acts
    said_back = read(
        "so the 31st, the whole 287.95, card. right?",
        "negotiating",
        previous_debtor_line="I can pay all of it on the 31st by card.",
    )
    assert Act.CONFIRM_TERMS in said_back.acts


def test_a_card_to_hand_and_a_smaller_monthly_amount_are_read() -> None:
    """Corpus 110: "got your card handy?" names the card; "would a smaller monthly amount help
    for now?" offers a plan."""
    card = read(
        "ugh the app's been playing up all week. you can pay over the phone with me instead, "
        "got your card handy?",
        "negotiating",
    )
    assert card.slots.method == "card"
    plan = read(
        "thats a lot of pressure on you, sorry. would a smaller monthly amount help?", "explaining"
    )
    assert Act.OFFER_PLAN in plan.acts


# --- corpus 111 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("is luisa herrera there", True),
        ("is lucia herrera available", False),
        ("is maria there", True),
        ("helo is thsi lucia herrera", False),
    ],
)
def test_someone_asked_for_by_name_without_a_question_mark(text: str, wrong: bool) -> None:
    analysis = read(text, "answering", debtor_names=("Lucía Herrera", "Lucía"))
    assert Act.VERIFY_IDENTITY in analysis.acts
    assert ("wrong_name" in analysis.flags) is wrong


def test_another_lender_typed_fast_is_flagged() -> None:
    analysis = read(
        "hi oluwaseun? this is dana calling frm copper faucet finanace",
        "answering",
        debtor_names=("Oluwaseun Adeyemi", "Oluwaseun"),
        lender="Brass Spigot Lending",
    )
    assert "wrong_lender" in analysis.flags


@pytest.mark.parametrize(
    "text",
    [
        "ecstatic. lucky me. anything else you wanna make difficult today?",
        "anything else you need from me today?",
    ],
)
def test_the_rest_of_the_call_today_is_no_day_to_pay(text: str) -> None:
    analysis = read(text, "negotiating", previous_debtor_line="Fine, Friday by card.")
    assert analysis.slots.date is None
    assert Act.ASK_PAYMENT not in analysis.acts


def test_cash_at_a_branch_any_time_before_five_is_the_branch_and_no_day() -> None:
    slots = read(
        "you can pay cash over the counter at our high street branch, any time before 5",
        "negotiating",
        previous_debtor_line="Can I pay in cash?",
    ).slots
    assert (slots.method, slots.date) == ("branch", None)


def test_now_with_the_way_after_it_is_today() -> None:
    slots = read(
        "ok 400 now, card ok?", "negotiating", previous_debtor_line="I could do about 400 now."
    ).slots
    assert (slots.amount, slots.date, slots.method) == (Decimal(400), TODAY, "card")


def test_a_plan_from_their_payday_starts_on_it() -> None:
    analysis = read(
        "60 a month is too slow. do 95 a month from payday instead",
        "negotiating",
        previous_debtor_line="I can manage $60 a month, I get paid on the 25th.",
    )
    assert (analysis.slots.amount, analysis.slots.date) == (Decimal(95), dt.date(2026, 3, 25))


@pytest.mark.parametrize(
    "text",
    [
        "Can you tell me which method you used to send it?",
        "ok. do you remember which day you sent it and how much",
    ],
)
def test_the_payment_they_say_they_made_is_asked_about_not_asked_for(text: str) -> None:
    analysis = read(text, "explaining", previous_debtor_line="I sent it, I swear, on the 17th.")
    assert Act.PROBE_REASON in analysis.acts
    assert analysis.slots.date is None


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("cant do that", Act.SAY_NO),
        ("can't do that? why not?", None),
        ("oh no worries, sorry to catch you on the road", Act.APOLOGISE),
        ("ta lucía, can i get you to confirm your date of birth", Act.THANK),
    ],
)
def test_a_refusal_an_apology_and_thanks_said_short(text: str, act: Act | None) -> None:
    acts = read(text, "explaining", previous_debtor_line="Can you just forget the interest?").acts
    if act is None:
        assert Act.SAY_NO not in acts
    else:
        assert act in acts


# --- play-tests 249 and 250 -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Do you know why the automatic payment might not have run?", True),
        ("did you ever actually fill in a direct debit form with us?", True),
        ("the direct debit didnt move over with you, so that's why it bounced", False),
    ],
)
def test_why_the_payment_was_missed_asked_not_told(text: str, asked: bool) -> None:
    analysis = read(text, "explaining")
    assert analysis.cued("topic_what_happened") is asked


def test_calling_the_debtors_boss_is_a_threat_to_whoever_answered() -> None:
    text = "tell her to call us back today, or next time I'll be calling her boss. Got that?"
    assert Act.THREAT in read(text, "curious").acts


def test_when_exactly_asks_for_a_day() -> None:
    text = "$359? Why $359? Fine, whatever. When, exactly? Not 'this week', a day."
    assert read(text, "negotiating").cued("ask_for_date")


# --- corpus 112 -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("ah that explains it! we can take it by bank transfer instead of the card", "transfer"),
        ("online is easiest, you can do it on our website in a couple of minutes", "online"),
        ("Please make it out to Lodestone Lending and post it to the address on file.", "cheque"),
        ("yes we accept money orders so make it out to Elevate Finance and mail it", "money_order"),
        ("great! could you set it up online friday afternoon?", "online"),
    ],
)
def test_the_way_put_in_everyday_words(text: str, method: str) -> None:
    assert read(text, "negotiating", previous_debtor_line="What's easiest?").slots.method == method


@pytest.mark.parametrize("text", ["hiya!! hope im not catching u at a bad time, is mikael about?"])
def test_a_verb_after_a_greeting_is_no_other_name(text: str) -> None:
    analysis = read(text, "answering", debtor_names=("Mikael Lindqvist", "Mikael"))
    assert "wrong_name" not in analysis.flags


def test_a_mistyped_question_is_no_name() -> None:
    analysis = read(
        "wher do u work on weekneds? is it regualr pay",
        "explaining",
        debtor_names=("Priya Raghunathan", "Priya"),
        identity_confirmed=True,
    )
    assert "wrong_name" not in analysis.flags


def test_two_days_listed_as_a_question_leave_the_pick_to_them() -> None:
    analysis = read("ok can you narrow that down? the 16th, the 17th?", "vague_promise")
    assert analysis.slots.date is None and analysis.cued("date_choice")


@pytest.mark.parametrize(
    "text",
    [
        "at some point... great, really pinning it down there",
        "amazing ok take ur time, ill hang on",
        "we can take a card payment over the phone whenever youre ready",
    ],
)
def test_scorn_and_waiting_on_the_line_accept_no_vague_promise(text: str) -> None:
    acts = read(text, "negotiating", previous_debtor_line="I'll pay at some point.").acts
    assert Act.ACCEPT_VAGUE not in acts


@pytest.mark.parametrize(
    ("text", "asks_for_someone"),
    [
        ("Hi, is this the right number for the account holder?", True),
        ("do I have the correct number for Mr Okafor?", True),
        ("Is this the right number for you?", False),
        ("is this still the right number to reach you on?", False),
    ],
)
def test_the_right_number_for_someone_asks_for_them(text: str, asks_for_someone: bool) -> None:
    """Played in tmux: "is this the right number for the account holder?" was read as a
    greeting alone, the person asked for missed; the right number for "you" is the number."""
    assert (Act.VERIFY_IDENTITY in read(text, "answering").acts) is asks_for_someone


@pytest.mark.parametrize(
    "text",
    [
        "lol cool, what else are you up to today",
        "great, cheers for that. proper nippy out there today innit",
        "sound. are you going away for paddy's day?",
        "bit of a racket behind ya, you at the footy or something?",
    ],
)
def test_small_talk_with_a_day_in_it_is_small_talk(text: str) -> None:
    """Corpus 113: "what else are you up to today" was read as terms put for today; the cold,
    a saint's day and the footy went unnoticed as small talk."""
    analysis = read(text, "negotiating")
    assert Act.OFF_TOPIC in analysis.acts
    assert Act.PROPOSE_TERMS not in analysis.acts and analysis.slots.date is None


@pytest.mark.parametrize(
    "text",
    [
        "whats making it hard to pay right now?",
        "Understood. What would stop you paying this week?",
    ],
)
def test_what_stands_in_the_way_asked_is_no_payment_asked(text: str) -> None:
    """Corpus 113: "whats making it hard to pay right now?" was read as a payment asked for
    today; it asks why."""
    analysis = read(text, "vague_promise")
    assert Act.PROBE_REASON in analysis.acts
    assert Act.ASK_PAYMENT not in analysis.acts and analysis.slots.date is None


def test_a_cheque_that_can_take_a_week_is_the_way_set_aside() -> None:
    """Corpus 113: "Rather than a cheque, could you do a bank transfer? Cheques can take a
    week to clear." was read as a cheque put."""
    analysis = read(
        "Rather than a cheque, could you do a bank transfer? Cheques can take a week to clear.",
        "negotiating",
    )
    assert analysis.slots.method == "transfer"


def test_making_sure_of_the_right_person_checks_identity() -> None:
    """Corpus 113: "Just to make sure I've got the right person, what's the house number and
    street you're at?" was read as a greeting alone."""
    analysis = read(
        "Hi there! Just to make sure I've got the right person, what's the house number and "
        "street you're at?",
        "answering",
    )
    assert Act.VERIFY_IDENTITY in analysis.acts


@pytest.mark.parametrize("text", ["thanks tomas! hows things?", "hows everything going with you"])
def test_hows_things_is_a_greeting(text: str) -> None:
    """Corpus 113: "hows things?" asked after the debtor was a greeting missed."""
    assert Act.GREET in read(text, "verified").acts


def test_a_weasel_is_an_insult_and_the_boss_hearing_of_it_a_threat() -> None:
    """Corpus 113: "listen you little weasel" was no insult, and "your boss is gonna hear all
    about it" no threat."""
    assert Act.INSULT in read("listen you little weasel, you signed up for it", "explaining").acts
    threat = read("and your boss is gonna hear all about it", "negotiating")
    assert Act.THREAT in threat.acts


def test_their_soon_scorned_with_last_month_lets_nothing_go() -> None:
    """Corpus 113: "oh sure, 'soon'. like last month was 'soon'" was read as accepting their
    vague promise."""
    assert Act.ACCEPT_VAGUE not in read("oh sure, 'soon'. like last month was 'soon'").acts


@pytest.mark.parametrize(
    "text", ["soon meaning what, this week?", "when you can meaning this week or next?"]
)
def test_their_vague_word_pinned_to_a_week_asks_for_a_day(text: str) -> None:
    """Corpus 113: "soon meaning what, this week?" asked no day."""
    assert Act.SET_DEADLINE in read(text, "vague_promise").acts


def test_a_name_looked_for_in_lowercase_is_asked_for() -> None:
    """Corpus 113: "yeah hi lookin for a thomas hernandez" was read as a greeting alone; not
    "looking for a job"."""
    assert Act.VERIFY_IDENTITY in read("yeah hi lookin for a thomas hernandez", "answering").acts
    assert Act.VERIFY_IDENTITY not in read("hi im looking for a job", "answering").acts


@pytest.mark.parametrize(
    "said", ["uh hi im looking for a mister kevin o brien", "is this kevin obrien?"]
)
def test_a_name_with_an_apostrophe_typed_without_it_is_theirs(said: str) -> None:
    """Corpus 15, read once lowercase names were looked for: "a mister kevin o brien" for Kevin
    O'Brien was flagged as the wrong name."""
    names = ("Kevin O'Brien", "Kevin", "O'Brien")
    analysis = read(said, "answering", debtor_names=names)
    assert Act.VERIFY_IDENTITY in analysis.acts and "wrong_name" not in analysis.flags


@pytest.mark.parametrize(
    ("line", "lender"),
    [
        ("I'm ringing from Garnet Hill Credit Union", "Garnet Mill Credit Union"),
        ("its jordan from topaz hill finance, is this mateusz", "Topaz Mill Finance"),
        ("Hello Camila, I'm calling from Zircon Hill Bank", "Zircon Mill Bank"),
    ],
)
def test_a_lender_one_word_off_is_another_lender(line: str, lender: str) -> None:
    """Corpus 114: "I'm ringing from Garnet Hill Credit Union" for Garnet Mill Credit Union
    passed as the lender, the names run together one letter apart."""
    assert "wrong_lender" in read(line, "answering", lender=lender).flags
    own = line.replace("Hill", "Mill").replace("hill", "mill")
    assert "wrong_lender" not in read(own, "answering", lender=lender).flags


def test_a_double_first_name_asked_with_another_surname_is_the_wrong_name() -> None:
    """Corpus 114: "hi is this mei-ling chen" for Mei-Ling Tsai asked for nobody."""
    names = ("Mei-Ling Tsai", "Mei-Ling", "Tsai")
    assert "wrong_name" in read("hi is this mei-ling chen", "answering", debtor_names=names).flags


@pytest.mark.parametrize(
    "text",
    [
        "lol ok 'soon'. like a soon soon or a next year soon",
        "oh sure 'when you can', i'll just tell my manager that shall i",
    ],
)
def test_their_vague_words_quoted_back_let_nothing_go(text: str) -> None:
    """Corpus 114: the debtor's "soon" said back in quote marks, with scorn, was read as
    accepting it."""
    assert Act.ACCEPT_VAGUE not in read(text, "vague_promise").acts


def test_a_lot_to_take_on_at_once_names_no_day() -> None:
    """Corpus 114: "That's a lot to take on at once" was read as a payment today (no line of
    the corpora with "at once" alone names a day)."""
    analysis = read(
        "That's a lot to take on at once, I'm sorry. Would a smaller monthly amount be easier "
        "for now?",
        "explaining",
    )
    assert analysis.slots.date is None


def test_hows_the_week_treating_you_greets_and_sorry_again_sympathises() -> None:
    """Corpus 114: "hows the week treating you" was no greeting and "I'm sorry again about
    your husband" no sympathy."""
    assert Act.GREET in read("whats up ingrid, hows the week treating you?", "verified").acts
    kind = read("thanks so much, and I'm sorry again about your husband.", "negotiating")
    assert Act.EMPATHISE in kind.acts


@pytest.mark.parametrize(
    "text", ["what about $10 but not until your next cafe pay?", "$10, not till your next pay?"]
)
def test_not_until_their_next_pay_is_their_payday(text: str) -> None:
    """Play-test 257: "$10 but not until your next cafe pay?" to the hard-up graduate named no
    day (the "not" read as the day turned down), and she answered as if asked to pay before
    it."""
    analysis = read(text, "negotiating", next_payday=dt.date(2026, 3, 13))
    assert analysis.slots.date == dt.date(2026, 3, 13)


def test_a_sum_judged_too_little_is_not_the_one_put() -> None:
    """Play-test 259: "Forty bucks a week won't even dent it. Give me a real number. A couple
    hundred by Friday, then monthly." put $40, the sum turned down."""
    analysis = read(
        "Whatever. Forty bucks a week won't even dent it. Give me a real number. A couple "
        "hundred by Friday, then monthly. Can you do that or not?",
        "negotiating",
    )
    assert analysis.slots.amount == Decimal("200")


# --- corpus 115 and play-tests 261 and 262 ---------------------------------------------------
def test_an_ordinal_in_words_before_the_month_is_a_day() -> None:
    """Corpus 115: "so full 864.50 by bank transfer on twentieth March, correct na?" named no
    day ("of" left out, as said in Indian and British English); "the first may be hard" is
    still no day in May."""
    said = read("Perfect madam, so full 864.50 by bank transfer on twentieth March, correct na?",
                "negotiating")  # fmt: skip
    assert said.slots.date == dt.date(2026, 3, 20)
    assert read("the first may be hard, I know", "negotiating").slots.date != dt.date(2026, 5, 1)


def test_a_sum_a_fortnight_in_words_is_a_rate_not_a_day() -> None:
    """Corpus 115: "Fifty a fortnight is too low, sorry. The best I can do is eighty a
    fortnight." put the 24th as a day, and lost the $80 put."""
    said = read(
        "Fifty a fortnight is too low, sorry. The best I can do is eighty a fortnight.",
        "negotiating",
        previous_debtor_line="How about $50 a fortnight?",
    )
    assert said.slots.date is None and said.slots.amount == Decimal("80")
    assert Act.SET_DEADLINE not in said.acts


def test_yes_or_no_asks_for_an_answer_not_a_read_back() -> None:
    """Corpus 115: "Can you do $300 today by card, yes or no?" was read as terms said back."""
    said = read("Honestly I'd rather we sorted it now. Can you do $300 today by card, yes or no?",
                "negotiating")  # fmt: skip
    assert Act.CONFIRM_TERMS not in said.acts and Act.PROPOSE_TERMS in said.acts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Thanks Mr Adeyemi. I'm ringing about your Harbourline account.", True),
        ("Great, thanks Rajesh. So I'm calling about your account.", True),
        ("Thanks Mr Adebayo. I'm ringing about your Harbourline account.", False),
        ("Thank you. Goodbye.", False),
        ("thank you thats correct. your fees are overdue", False),
    ],
)
def test_the_debtor_thanked_by_another_name_is_the_wrong_name(text: str, wrong: bool) -> None:
    """Corpus 115: "Thanks Mr Adeyemi." to Oluwaseun Adebayo, once he had said it was him, was
    no wrong name."""
    names = ("Oluwaseun Adebayo", "Oluwaseun", "Adebayo")
    said = read(text, "verified", debtor_names=names, identity_confirmed=True)
    assert ("wrong_name" in said.flags) is wrong


def test_whoever_answered_thanked_by_their_own_name_is_no_wrong_name() -> None:
    """Play-test 262: "thanks Jess, so thats Priya, 0800 555 214" to the flatmate, who had said
    "This is Jess" two lines before, got "Sorry, there's nobody called Jess at this number."."""
    said = read(
        "thanks Jess, so thats Priya, 0800 555 214. um, thanks so much, bye",
        "number_asked",
        debtor_names=("Ashley Jackson", "Ashley", "Jackson"),
        previous_debtor_line="Okay, fair enough.",
        earlier_debtor_lines=("This is Jess, the flatmate.", "And this is about?"),
    )
    assert "wrong_name" not in said.flags


def test_a_japanese_courtesy_after_the_surname_is_not_part_of_the_name() -> None:
    """Tuning corpus 2: "Is this Tanaka-san?" to Yuki Tanaka was flagged as a wrong name."""
    names = ("Yuki Tanaka", "Yuki", "Tanaka")
    assert "wrong_name" not in read("Is this Tanaka-san?", "answering", debtor_names=names).flags
    assert "wrong_name" in read("Is this Suzuki-san?", "answering", debtor_names=names).flags


@pytest.mark.parametrize(
    "text",
    [
        "Perfect. I'll send you a text confirming it. And good luck with the applications, "
        "fingers crossed something comes through soon. Take care Pamela, bye!",
        "we'll call whenever we like while you owe us money. you cant just hide from it.",
    ],
)
def test_a_wish_or_the_callers_own_timing_accepts_no_vague_promise(text: str) -> None:
    """Play-tests 261 and 262: a wish that the job comes through "soon", and "we'll call
    whenever we like", were read as the payment left to the debtor's timing."""
    assert Act.ACCEPT_VAGUE not in read(text, "negotiating").acts


def test_tell_me_a_date_asks_for_a_day() -> None:
    """Play-test 262: "just tell me a date" asked for nothing."""
    assert (
        Act.SET_DEADLINE in read("you cant just hide from it. just tell me a date", "pushed").acts
    )


def test_a_due_date_well_past_now_is_no_day_to_pay() -> None:
    """Corpus 115: "the payment was due February 24th so that's well past now" put today."""
    said = read(
        "There is a ten day grace period, but the payment was due February 24th so that's well "
        "past now. A late fee of $35 has already been added.",
        "explaining",
    )
    assert said.slots.date is None
    assert read("can you pay 100 now?", "negotiating").slots.date == TODAY


@pytest.mark.parametrize(
    "text",
    [
        "Of course, we accept all major cards. Would you like to do that over the phone with me?",
        "We can take it over the phone instead if you've got a different card?",
    ],
)
def test_cards_accepted_or_another_card_is_the_card(text: str) -> None:
    """Corpus 115: cards accepted, or another card asked for, named no way to pay."""
    assert read(text, "negotiating").slots.method == "card"


def test_the_same_date_is_the_day_the_debtor_just_named() -> None:
    """Corpus 115: "Can you make it $623.19, half, so we're even? Same date." after "I can pay
    $600 on the 27th." named no day."""
    said = read(
        "Can you make it $623.19, half, so we're even? Same date.",
        "negotiating",
        previous_debtor_line="I can pay $600 on the 27th.",
    )
    assert said.slots.date == dt.date(2026, 3, 27)


def test_nothing_more_to_discuss_ends_the_call_and_hullo_greets() -> None:
    """Corpus 115: "Then we have nothing more to discuss." was no goodbye, "hullo" no hello."""
    ended = read("Then we have nothing more to discuss. Our legal team will be in touch.", "pushed")
    assert Act.CLOSE in ended.acts
    assert Act.GREET in read("hullo, sorry if wrong numbr, im lookin for siobhan", "answering").acts


def _read_owing(text: str, overdue: str) -> Analysis:
    """The line read while negotiating a debt of `overdue`."""
    context = AnalysisContext(
        today=TODAY, amount_overdue=Decimal(overdue), state="negotiating", terms_expected=True
    )
    return analyze(text, context)


def test_two_parts_said_back_with_the_way_are_both_parts() -> None:
    """Play-test 261: "we already worked it out! 250 today on card, 64.02 friday." put $64.02
    today: the way said after the first part's day hid the join."""
    said = _read_owing("we already worked it out! 250 today on card, 64.02 friday.", "314.02")
    assert (said.slots.amount, said.slots.date) == (Decimal("250"), TODAY)
    assert (said.slots.rest_amount, said.slots.rest_date) == (
        Decimal("64.02"),
        dt.date(2026, 3, 13),
    )


def test_not_the_full_sum_asks_for_no_sum() -> None:
    """Play-test 262: "What would be realistic on payday, honestly, even if it's not the full
    1391?" put $1,391."""
    said = _read_owing(
        "What would be realistic on payday, honestly, even if it's not the full 1391?", "1391.32"
    )
    assert said.slots.amount is None


def test_something_going_on_asks_what_happened() -> None:
    """Play-test 262: "is something going on that's made it tricky to pay?" asked nothing the
    debtor could answer from what happened to them."""
    said = read("It's been a couple of months, is something going on that's made it tricky?",
                "taunting")  # fmt: skip
    assert "topic_what_happened" in {c.name for c in said.cues}


# --- corpus 116 and play-tests 263 and 264 ---------------------------------------------------
HENRIK = ("Henrik Lindqvist", "Henrik", "Lindqvist")


@pytest.mark.parametrize(
    ("text", "names", "wrong"),
    [
        ("Morning, this is for Henrik Lindgren, yeah?", HENRIK, True),
        ("Morning, this is for Henrik Lindqvist, yeah?", HENRIK, False),
        ("G'day Joaquín? It's Shane from Copperleaf Finance, how ya going?",
         ("Joaquín Ferreyra", "Joaquín", "Ferreyra"), False),
        ("G'day Samira? It's Lee from Northgate Lettings.", HENRIK, True),
    ],
)  # fmt: skip
def test_whom_the_call_is_for_and_gday_before_a_name(
    text: str, names: tuple[str, ...], wrong: bool
) -> None:
    """Corpus 116: "this is for Henrik Lindgren" (Lindqvist) named no one, and "G'day Joaquín?"
    was taken as a stranger's name, "G'day" and all."""
    said = read(text, "answering", debtor_names=names, previous_debtor_line="Hello?")
    assert ("wrong_name" in said.flags) is wrong
    assert Act.VERIFY_IDENTITY in said.acts


def test_the_name_they_gave_said_back_is_an_identity_check() -> None:
    """Play-test 264: "Right Linda, Murphy Bank collections." to "It's Linda Harrington."."""
    said = read(
        "Right Linda, Murphy Bank collections. You owe us 597.40.",
        "answering",
        debtor_names=("Linda Harrington", "Linda", "Harrington"),
        previous_debtor_line="It's Linda Harrington.",
    )
    assert Act.VERIFY_IDENTITY in said.acts


@pytest.mark.parametrize(
    "text",
    ["hi, um, sorry, is this a good time?", "hello? um, hi. sorry. is, uh, is this an ok time"],
)
def test_is_this_a_good_time_checks_no_one(text: str) -> None:
    """Play-test 264: "is this a good time?" to Amy Jones was read as "is this A...?", her
    initial asked for."""
    said = read(text, "answering", debtor_names=("Amy Jones", "Amy", "Jones"))
    assert Act.VERIFY_IDENTITY not in said.acts


def test_meeting_halfway_is_no_half() -> None:
    """Corpus 116: "The 25th's a bit late. Could we meet halfway, the 18th?" put half the debt."""
    said = read("The 25th's a bit late. Could we meet halfway, the 18th?", "negotiating")
    assert said.slots.amount is None and said.slots.date == dt.date(2026, 3, 18)


def test_what_it_comes_to_is_the_sum() -> None:
    """Corpus 116: "The monthly plan is $40, yeah, but ... so it comes to $389.16 now." put $40."""
    said = read(
        "The monthly plan is $40, yeah, but you've got the handset repayments and the missed "
        "months on top, so it comes to $389.16 now.",
        "explaining",
    )
    assert said.slots.amount == Decimal("389.16")


def test_the_days_a_branch_keeps_open_are_no_day_to_pay() -> None:
    """Corpus 116: "you can pay at our branch on Main Street, Monday to Saturday, nine to five"
    put next Monday."""
    said = read(
        "Sure, you can pay at our branch on Main Street, Monday to Saturday, nine to five.",
        "negotiating",
    )
    assert said.slots.date is None and said.slots.method == "branch"
    assert read("can you pay on Monday to the branch?", "negotiating").slots.date is not None


def test_a_day_of_the_month_said_alone_in_words_is_the_day() -> None:
    """Corpus 116: "Thirty-first, direct debit, the whole 2,318.90, yeah?" named no day."""
    said = read("Thirty-first, direct debit, the whole 2,318.90, yeah?", "negotiating")
    assert said.slots.date == dt.date(2026, 3, 31)


def test_a_count_the_debtor_gave_said_back_is_no_sum() -> None:
    """Play-test 264: "Sixty, wow, that's rough" after "I've applied to about sixty places",
    and "no one expects the whole lot in one go", put $60 and then the whole debt."""
    said = read(
        "Sixty, wow, that's rough, I'm sorry. Look, no one expects the whole lot in one go if "
        "it's not there. Roughly how much do you have left each month after rent and food? Then "
        "we can work out a plan that's actually doable",
        "vague_promise",
        previous_debtor_line="I'm not ignoring it, I promise. I lost my job and I've applied to "
        "about sixty places. A few cafe shifts is all I've got.",
    )
    assert said.slots.amount is None


def test_a_real_number_not_twenty_rules_twenty_out() -> None:
    """Play-test 263: "it better be a real number not 20 quid" put $20."""
    said = read('"maybe later" isnt an answer. give me a number and a date. and it better be a '
                "real number not 20 quid", "wavering")  # fmt: skip
    assert said.slots.amount is None


# --- corpus 117 and play-tests 267 and 268 ---------------------------------------------------
def test_a_way_called_a_pain_is_turned_down_for_the_next() -> None:
    """Corpus 117: "Honestly cheques are a pain for us now. Any chance you could pay by card
    over the phone?" put a cheque; "a money oder" and "at a Kestrel store" named no way."""
    said = read("Honestly cheques are a pain for us now. Any chance you could pay by card over "
                "the phone?", "negotiating")  # fmt: skip
    assert said.slots.method == "card"
    assert read("Yes, a money oder is fine.", "negotiating").slots.method == "money_order"
    said = read(
        "So Tuesday the 17th, the full $154.90 at a Kestrel store. Right so?", "negotiating"
    )
    assert said.slots.method == "branch"
    assert read("I'll grab milk at the store later.", "negotiating").slots.method is None


def test_a_least_sum_and_a_rate_in_words_are_money() -> None:
    """Corpus 117: "30 a week? ... are you having a laugh? 80 minimum." put the debtor's 30 (the
    "min" of "minimum" was read as minutes), and "Fifty a week would take you the best part of
    six months. I can't agree to that, I'd need at least two-fifty a week." put no sum."""
    said = read("30 a week? That'd take you months, are you having a laugh? 80 minimum.",
                "negotiating", previous_debtor_line="Could I do 30 a week?")  # fmt: skip
    assert said.slots.amount == Decimal("80")
    said = read(
        "Fifty a week would take you the best part of six months. I can't agree to that, I'd need "
        "at least two-fifty a week.",
        "negotiating",
        previous_debtor_line="What if I pay 50 a week?",
    )
    assert said.slots.amount == Decimal("250")


def test_the_debt_to_the_cent_in_words_is_money_whatever_follows() -> None:
    """Corpus 117: "What I want is the hundred and eighty-seven thirty-six you owe us, pal." put
    no sum (a number followed by "you" was taken for a count)."""
    said = _read_owing("What I want is the hundred and eighty-seven thirty-six you owe us, pal.",
                       "187.36")  # fmt: skip
    assert said.slots.amount == Decimal("187.36")


def test_a_name_stammered_is_the_name() -> None:
    """Corpus 117: "hi um is this k-kwame? sorry, its cinder valley" was a wrong name."""
    names = ("Kwame Asante", "Kwame", "Asante")
    said = read("hi um is this k-kwame? sorry, its cinder valley", "answering", debtor_names=names)
    assert "wrong_name" not in said.flags and said.has(Act.VERIFY_IDENTITY)
    other = read("hi is this mei-ling?", "answering", debtor_names=names)
    assert "wrong_name" in other.flags


def test_more_goodbyes_insults_sympathies_and_threats() -> None:
    """Corpus 117: "Ok no probs Camille, ta, chat soon" and "Enjoy the rest of your Tuesday!"
    said no goodbye; "You're a grown woman, act like one." and "You can't find that? Pathetic."
    no insult; "Kindly accept my sympathies sir." no sympathy;
    "Pay it or you're out." no threat; "we start eviction proceedings" no legal step."""
    assert read("Ok no probs, ta, chat soon", "vague_promise").has(Act.CLOSE)
    assert read("That's it. Enjoy the rest of your Tuesday!", "negotiating").has(Act.CLOSE)
    assert read("You're a grown woman, act like one.", "negotiating").has(Act.INSULT)
    assert read("You can't find that? Pathetic.", "vague_promise").has(Act.INSULT)
    assert read("Kindly accept my sympathies sir.", "explaining").has(Act.EMPATHISE)
    assert read("Rent is rent. Pay it or you're out.", "explaining").has(Act.THREAT)
    said = read("If this isn't paid by Friday we start eviction proceedings.", "explaining")
    assert said.has(Act.LEGAL_ACTION)


def test_a_day_asked_with_too_soon_accepts_no_vague_promise() -> None:
    """Play-test 267: "like would friday be ok, or is that too soon" read "ok ... soon" as
    accepting "soon"; "is there like a day thats good?" and "i'm supposed to ask for a date"
    asked for no day."""
    said = read("ok great. um, sorry, my supervisor says i should ask for a day? like would "
                "friday be ok, or is that too soon", "vague_promise")  # fmt: skip
    assert not said.has(Act.ACCEPT_VAGUE) and said.slots.date == dt.date(2026, 3, 13)
    for text in ("ok thats ok. um, sorry, is there like a day thats good?",
                 "would you maybe be able to say roughly when? like, sorry, i'm supposed to ask "
                 "for a date"):  # fmt: skip
        assert read(text, "vague_promise").cued("ask_for_date"), text


def test_days_left_to_the_debtor_to_pick_name_none() -> None:
    """Corpus 117: "Friday or Saturday, either's okay by us, just let us know which." put
    Friday."""
    said = read("Friday or Saturday, either's okay by us, just let us know which.", "negotiating")
    assert said.slots.date is None


def test_the_day_a_direct_debit_is_set_up_is_not_the_payments_day() -> None:
    """Play-test 268: "you'll set up the new direct debit today and the 405.60 comes out on
    friday the 13th" put today."""
    said = read(
        "ok so just to, um, check i've got it - you'll set up the new direct debit today and the "
        "405.60 comes out on friday the 13th. is that right?",
        "negotiating",
    )
    assert said.slots.date == dt.date(2026, 3, 13)


def test_sums_asked_for_and_let_off_are_told_apart() -> None:
    """Play-test 268: "When can you send the 402?" after "$402 is what I can do." was taken as
    his sum asked back in scorn; "You don't need to pay the 21.06 on the 24th yet" put $21.06;
    "What would the first payment be, something like $50? And then maybe $100 a month after
    that" put $100."""
    said = read("So 402 now-ish, and I'll put the remaining 21.06 in for a fee review. When can "
                "you send the 402?", "negotiating",
                previous_debtor_line="$402 is what I can do.")  # fmt: skip
    assert said.slots.amount == Decimal("402")
    said = read("Tuesday the 17th for the 402, great. You don't need to pay the 21.06 on the 24th "
                "yet though. And how are you paying?", "negotiating")  # fmt: skip
    assert said.slots.amount == Decimal("402")
    said = read("What would the first payment be, something like $50? And then maybe $100 a month "
                "after that - does that feel doable?", "vague_promise")  # fmt: skip
    assert said.slots.amount == Decimal("50")


def test_the_payment_claimed_and_the_account_as_reference() -> None:
    """Play-tests 267 and 268: "when did you supposedly pay and how" asked about no payment made;
    "just use your loan account number as the reference" asked for the account number."""
    assert read("when did you supposedly pay and how", "denying").cued("topic_payment_sent")
    said = read("Easiest is online banking, just use your loan account number as the reference.",
                "negotiating")  # fmt: skip
    assert not said.cued("topic_account")
    assert read("Can you confirm your account number?", "answering").cued("topic_account")


def test_a_regular_way_set_up_for_later_is_not_this_payments_way() -> None:
    """Play-test 267: with tonight's payment agreed online, "standing order. automatic payment.
    will you set one up, yes or no" made tonight's payment a standing order."""
    agreed = Slots(amount=Decimal("686.59"), date=TODAY, method="online")
    said = read("yeah I just asked you something. standing order. automatic payment. will you "
                "set one up, yes or no", "negotiating", agreed=agreed)  # fmt: skip
    assert said.slots.method is None


# --- corpus 118 ------------------------------------------------------------------------------
def test_days_said_as_people_say_them_in_corpus_118() -> None:
    """Corpus 118: "on Friday the twentieth of March" put Friday the 13th; "Saturday payments
    don't process till Monday, so let's call it Monday the 16th" put Saturday; "let's say your
    next payday, the 19th" put no day."""
    said = read("Let me read that back: $418.74, paid online, on Friday the twentieth of March.",
                "negotiating")  # fmt: skip
    assert said.slots.date == dt.date(2026, 3, 20)
    said = read("Saturday payments don't process till Monday, so let's call it Monday the 16th. A "
                "thousand's fine.", "negotiating")  # fmt: skip
    assert said.slots.date == dt.date(2026, 3, 16)
    said = read(
        "Then let's say your next payday, the 19th, by card. Does that work?", "negotiating"
    )
    assert said.slots.date == dt.date(2026, 3, 19)


def test_days_gone_by_and_the_callers_own_errands_are_no_deadline() -> None:
    """Corpus 118: "You said that on Friday, and the Friday before. Nothing came." put this
    Friday; "$418.74 since the bill on the 5th" put April's 5th; "I'm going to chase maintenance
    today about the boiler" put today."""
    said = read("You said that on Friday, and the Friday before. Nothing came.", "vague_promise")
    assert said.slots.date is None
    said = read("Your account shows $418.74 since the bill on the 5th.", "explaining")
    assert said.slots.date is None
    said = read(
        "I hear you and I'm going to chase maintenance today about the boiler, but the rent is a "
        "separate thing and it still has to be sorted.",
        "explaining",
    )
    assert said.slots.date is None
    assert read("I'll take the payment today by card.", "negotiating").slots.date == TODAY


def test_sums_scorned_and_shortfalls_are_not_put() -> None:
    """Corpus 118: "Fifty bucks? Pathetic." put the debtor's $50; "You're twelve ninety short.
    Just pay the lot" put $12.90."""
    said = read("Fifty bucks? Pathetic. That won't even make a dent.", "negotiating",
                previous_debtor_line="I can do fifty bucks.")  # fmt: skip
    assert said.slots.amount is None
    said = read("Four hundred? You're twelve ninety short. Just pay the lot, it's 287.95.",
                "negotiating", previous_debtor_line="I can do four hundred.")  # fmt: skip
    assert said.slots.amount == OVERDUE


def test_a_street_called_court_and_a_letting_agent_by_name() -> None:
    """Corpus 118: "we manage your flat at Ferris Court" was legal action, and "It's Bellbird
    Property Management" for Quarry Lane Lettings no wrong lender; play-test 265: "12 Birch
    Court" was legal action."""
    said = read("Good morning, this is Quarry Lane Lettings, we manage your flat at Ferris Court.",
                "answering", lender="Quarry Lane Lettings")  # fmt: skip
    assert not said.has(Act.LEGAL_ACTION)
    assert not read("It's about the flat at 12 Birch Court.", "verified").has(Act.LEGAL_ACTION)
    assert read("We'll see you in Small Claims Court.", "verified").has(Act.LEGAL_ACTION)
    said = read(
        "Is that Marisol? It's Bellbird Property Management, about the rent.",
        "answering",
        lender="Quarry Lane Lettings",
        debtor_names=("Marisol Quispe", "Marisol"),
    )
    assert "wrong_lender" in said.flags


def test_useless_and_get_out_in_corpus_118() -> None:
    """Corpus 118: "Useless, honestly." said no insult, "Pay the rent or get out." no threat."""
    assert read("You said that last time. Useless, honestly. Give me a day.",
                "vague_promise").has(Act.INSULT)  # fmt: skip
    assert read("Sick or lazy? Pay the rent or get out.", "explaining").has(Act.THREAT)


# --- corpus 119 ------------------------------------------------------------------------------
def test_sums_said_as_people_say_them_in_corpus_119() -> None:
    """Corpus 119: "three twenty-one oh nine" put $321; "Total is 148 and 90." put $148 (of
    $148.90); "minimum is one thousand for this account" put no sum; "Five hundred? That's not
    even a quarter of it." put the debtor's $500."""
    said = read("Okay, let me just read that back: three twenty-one oh nine, bank transfer, Friday "
                "the thirteenth. Is that right?", "negotiating")  # fmt: skip
    assert said.slots.amount == Decimal("321.09")
    assert _read_owing(
        "Is electricity for February. Total is 148 and 90.", "148.90"
    ).slots.amount == (Decimal("148.90"))
    said = read("We can't accept just 200, ma'am, minimum is one thousand for this account.",
                "negotiating")  # fmt: skip
    assert said.slots.amount == Decimal("1000")
    said = read("Five hundred? That's not even a quarter of it. You're having a laugh.",
                "negotiating", previous_debtor_line="I can do $500 now, that's it.")  # fmt: skip
    assert said.slots.amount is None


def test_ways_and_days_in_corpus_119() -> None:
    """Corpus 119: "We've stopped taking cheques, sorry. Standing order's what most folk use
    now." put a cheque; "an automatic payment on the same card" a direct debit; "You pay with
    card or in shop?" a card; "Just go to any Glenmoor branch" after "How do I pay at the
    branch?" no way; "next payday, the 15th. That's a Sunday though, so Monday the 16th?" the
    15th; "I'll need an answer by end of day tomorrow" tomorrow; "everything's online or over the
    phone now" today."""
    said = read(
        "We've stopped taking cheques, sorry. Standing order's what most folk use now. Shall I "
        "set one up?",
        "negotiating",
    )
    assert said.slots.method == "standing_order"
    said = read("The rest would be due on April 10th. I can set that up as an automatic payment on "
                "the same card.", "negotiating")  # fmt: skip
    assert said.slots.method == "card"
    assert read("You pay with card or in shop?", "explaining").slots.method is None
    said = read(
        "Just go to any Glenmoor branch with your member number, the tellers will sort you out.",
        "negotiating",
        previous_debtor_line="How do I pay at the branch?",
    )
    assert said.slots.method == "branch" and not said.has(Act.THREAT)
    said = read("Great, so next payday, the 15th. That's a Sunday though, so Monday the 16th?",
                "vague_promise")  # fmt: skip
    assert said.slots.date == dt.date(2026, 3, 16)
    said = read(
        "Sure, but I'll need an answer by end of day tomorrow, otherwise the account goes to an "
        "outside agency.",
        "negotiating",
    )
    assert said.slots.date is None
    said = read("We haven't got branches any more, everything's online or over the phone now.",
                "negotiating")  # fmt: skip
    assert said.slots.date is None


def test_someone_asked_for_as_at_home_is_named() -> None:
    """Corpus 119: "Is Frank Drummond home?" to Fergus Drummond named no one."""
    said = read("Is Frank Drummond home?", "answering",
                debtor_names=("Fergus Drummond", "Fergus", "Drummond"))  # fmt: skip
    assert "wrong_name" in said.flags
    said = read("Is Fergus in today?", "answering",
                debtor_names=("Fergus Drummond", "Fergus", "Drummond"))  # fmt: skip
    assert "wrong_name" not in said.flags and said.has(Act.VERIFY_IDENTITY)


# --- a day gone by, put as the day to pay -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "would friday the 6th work?",
        "can you do march 6?",
        "Could you pay it by 3/6, by card?",
    ],
)
def test_a_day_gone_by_put_as_the_day_to_pay_is_read_as_put(text: str) -> None:
    """Said on Tuesday the 10th, "would friday the 6th work?" puts a day that has gone: the
    debtor is to say so ("That day's already gone ..."), so the day is read as the one put,
    not dropped as a due date told of (which left "Certainly" to a day nobody could keep)."""
    found = read(text, "negotiating", previous_debtor_line="I could pay some next week.")
    assert found.slots.date == dt.date(2026, 3, 6), found


@pytest.mark.parametrize(
    "text",
    [
        "you promised friday the 6th and nothing came",
        "It was due on March 6, can you pay today?",
        "The payment from 3/6 bounced, can you pay today?",
    ],
)
def test_a_day_gone_by_told_of_is_still_no_day_to_pay(text: str) -> None:
    found = read(text, "negotiating", previous_debtor_line="I could pay some next week.")
    assert found.slots.date != dt.date(2026, 3, 6), found


# --- sums reckoned, refused or asked after (corpus 120) ------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("A hundred a month? That'd take over a year. You're having a laugh, aren't you.", None),
        (
            "Two hundred a month would take over six months, I can't approve that. The best I can "
            "do is about $416 a month for three months.",
            Decimal("416"),
        ),
        ("Could you do 50 a week? that's 8 weeks and it's cleared", Decimal("50")),
        ("$50 a week?? that's like 11 weeks lol. fine, whatever, starting friday", Decimal("50")),
        ("20 a week?? thats 11 weeks lol no. 50 a week min", Decimal("50")),
        ("account no. 4471, is that yours?", None),
        ("Okay. Full rent, Friday, direct debit. Thanks, take care.", OVERDUE),
        ("Did you end up paying that off or is it still hanging over you?", None),
        ("did you want to pay it off today?", OVERDUE),
    ],
)
def test_a_sum_reckoned_too_slow_or_asked_after_is_no_sum_put(
    text: str, amount: Decimal | None
) -> None:
    """A sum turned down with its reckoning ("That'd take over a year") or a bill asked after
    ("Did you end up paying that off?") puts no sum; "lol no. 50" is a refusal and a sum, not
    "number 50"; "Full rent" is the whole owed."""
    found = read(text, "negotiating", previous_debtor_line="I could do a little each month.")
    assert found.slots.amount == amount, found


def test_ways_told_then_one_asked_for_is_the_way_put() -> None:
    found = read(
        "We don't have branches, it's all online or by phone now. Can you do it online this "
        "afternoon?",
        "negotiating",
        previous_debtor_line="Can I pay at a branch?",
    )
    assert found.slots.method == "online", found


@pytest.mark.parametrize(
    ("text", "state", "method"),
    [
        (
            "Ah, that'd explain it. Can I take the new card details over the phone?",
            "explaining",
            "card",
        ),
        (
            "Ah, that explains it. The old direct debit won't follow you to the new bank, so shall "
            "we set up a fresh direct debit on the new account?",
            "explaining",
            "direct_debit",
        ),
    ],
)
def test_a_new_way_to_pay_offered_is_the_way_put(text: str, state: str, method: str) -> None:
    """Corpus 121: "the new card details", "a fresh direct debit" offered were no way put."""
    found = read(text, state, previous_debtor_line="I changed banks last month.")
    assert found.slots.method == method and Act.ASK_PAYMENT in found.acts, found


def test_the_full_bill_is_the_whole_and_a_day_to_call_again_is_no_deadline() -> None:
    """Corpus 121: "could you pay the full bill on Friday" put no sum; "I'll be calling again
    on Monday" was taken for a day to pay by."""
    found = read(
        "OK, so could you pay the full bill on Friday when your wages come in?",
        "explaining",
        previous_debtor_line="I get paid on Friday.",
    )
    assert found.slots.amount == OVERDUE, found
    found = read(
        "I'm not hassling you, I'm doing my job. I'll mark it as promise to pay, but I'll be "
        "calling again on Monday.",
        "vague_promise",
        previous_debtor_line="Stop hassling me, I said I'll pay.",
    )
    assert found.slots.date is None and Act.SET_DEADLINE not in found.acts, found


def test_a_bare_weekday_is_the_one_the_debtor_named() -> None:
    """Play-test 275: "Friday's good." to "Friday the 20th would work for me." was agreed as
    Friday the 13th; "this Friday" still is."""
    named = "Friday the 20th would work for me."
    assert read("Friday's good.", "negotiating", previous_debtor_line=named).slots.date == (
        dt.date(2026, 3, 20)
    )
    found = read("no, this friday please", "negotiating", previous_debtor_line=named)
    assert found.slots.date == dt.date(2026, 3, 13), found


def test_a_day_gone_and_a_sum_called_short_of_the_whole_are_not_put() -> None:
    """Play-test 276: "the 16th already went, thats why im calling. 285 isnt the full amount
    either. i need the whole thing this week" was read as $285 on the 16th, said back."""
    found = read(
        "the 16th already went, thats why im calling. 285 isnt the full amount either. i need "
        "the whole thing this week",
        "negotiating",
        previous_debtor_line="$285 I can pay, and the rest with the next instalment. Monday the "
        "16th would work for me.",
    )
    assert found.slots.amount == OVERDUE and found.slots.date != dt.date(2026, 3, 16), found
    assert Act.CONFIRM_TERMS not in found.acts, found


def test_the_day_you_said_is_the_day_the_debtor_named() -> None:
    """Played in the UI (session 48): "176.22 on the date you said" put no day for the rest."""
    found = read(
        "ok, 200 on the day you said, by card",
        "negotiating",
        previous_debtor_line="I could do $200 by Friday the 20th.",
    )
    assert found.slots.date == dt.date(2026, 3, 20), found


def test_a_day_of_the_month_said_as_the_months_end_is_in_that_month() -> None:
    """Play-test 278: "And the other 563.53 - end of April, so the 30th?" was read as the 30th
    of March, and the debtor answered "The rest before the first bit?"."""
    found = read(
        "Great. And the other 563.53 - end of April, so the 30th? And how are you paying, "
        "transfer or card?",
        "negotiating",
        previous_debtor_line="Fine, $560. I'll make it work. Alright, Tuesday the 31st.",
    )
    assert dt.date(2026, 4, 30) in (found.slots.date, found.slots.rest_date), found
    assert dt.date(2026, 3, 30) not in (found.slots.date, found.slots.rest_date), found


def test_a_day_called_weeks_away_then_no_is_turned_down() -> None:
    """Play-test 277: "27th march? thats over 2 weeks away. no. make it the 20th" did not turn
    the 27th down."""
    found = read(
        "27th march? thats over 2 weeks away. no. make it the 20th",
        "negotiating",
        previous_debtor_line="And the other $173.51 by Friday the 27th.",
    )
    assert found.cued("rejected_date") and found.slots.date == dt.date(2026, 3, 20), found


# --- corpus 123 -----------------------------------------------------------------------------
AMRANI = ("Youssef Amrani", "Youssef", "Amrani")


def _to_amrani(text: str) -> Analysis:
    return read(text, "answering", debtor_names=AMRANI, lender="Ironbark Consumer Credit")


def test_a_wrong_first_name_in_whom_the_call_is_for_and_a_lender_after_the_name_asked() -> None:
    """Corpus 123: "a call for Younes Amrani from Ironbark" (to Youssef Amrani) and "Mr Amrani?
    Kelso Capital here" (for Ironbark) were not flagged; the caller's own name before "from" is
    still no one asked for."""
    wrong = _to_amrani("Hi, this is a call for Younes Amrani from Ironbark. Is that you?")
    assert "wrong_name" in wrong.flags, wrong
    right = _to_amrani("Hi, this is a call for Youssef Amrani from Ironbark. Is that you?")
    assert "wrong_name" not in right.flags and Act.VERIFY_IDENTITY in right.acts, right
    other_lender = _to_amrani("Mr Amrani? Kelso Capital here, about your overdue credit account.")
    assert "wrong_lender" in other_lender.flags, other_lender
    caller = _to_amrani("Morning. Greg from Ironbark, looking for Youssef Amrani.")
    assert not {"wrong_name", "wrong_lender"} & set(caller.flags), caller


@pytest.mark.parametrize(
    ("text", "previous", "method"),
    [
        ("we dont take paypal sorry :( we do take zelle tho, would that work?", "PayPal?", "zelle"),
        (
            "Ugh, sorry about that, the app's been glitchy lately. I can take the payment over the "
            "phone right now if you like - card?",
            "The app kept crashing when I tried to pay.",
            "card",
        ),
        (
            "cash is tricky over the phone. can u take it to the post office and get a money "
            "order? then mail it to us",
            "Can I pay cash?",
            "money_order",
        ),
        (
            "so just to confirm, check for $268.90 mailed monday the 16th, made out to Osprey "
            "Credit Union. yeah?",
            "I'll mail it Monday.",
            "cheque",
        ),
    ],
)
def test_ways_set_aside_and_the_way_put_in_corpus_123(
    text: str, previous: str, method: str
) -> None:
    # (in the explaining state, where a bare way to pay counts only when asked in a line about
    # paying, or with a day)
    state = "negotiating" if method == "cheque" else "explaining"
    found = read(text, state, previous_debtor_line=previous)
    assert found.slots.method == method, found


@pytest.mark.parametrize(
    ("text", "previous", "date"),
    [
        (
            "The 25th is a Wednesday - can we lock in the 26th then, just to be safe the money "
            "has cleared?",
            "I get paid on the 25th.",
            dt.date(2026, 3, 26),
        ),
        (
            "Next Friday as in the 20th? That's a bit far, I'd need it by this Friday, the 13th.",
            "What if I pay next Friday?",
            dt.date(2026, 3, 13),
        ),
        (
            "That works. Half now is $138.45, and the other $138.45 on the 20th. Shall I take the "
            "first one by card?",
            "Could I split it?",
            TODAY,
        ),
        (
            "yeah right, you people never pay. this is going on your credit file today.",
            "Soon.",
            None,
        ),
        ("Can you get in touch with him today?", "My brother was meant to pay it.", None),
        (
            "End of the month is almost three weeks away and the account is already late. Is "
            "there nothing you can do before that?",
            "I can pay end of the month.",
            None,
        ),
        ("The 27th of March? Hmm, it is a bit late, but okay, I can accept.", "The 27th?", None),
    ],
)
def test_days_put_in_place_called_far_or_of_something_else_in_corpus_123(
    text: str, previous: str, date: dt.date | None
) -> None:
    found = read(text, "negotiating", previous_debtor_line=previous)
    if date is None and "accept" in text:
        # a day called a bit late and taken all the same is still the day
        assert found.slots.date == dt.date(2026, 3, 27), found
    else:
        assert found.slots.date == date, found


def test_sums_in_corpus_123() -> None:
    """ "865 and change" is the sum owed; a sum reckoned too slow, then another put, is the
    other; a payment that came in is no sum put; "if paying it all at once is hard" puts none."""
    found = read("ok so ur behind, 287 and change. wanna sort that today?", "verified")
    assert found.slots.amount == OVERDUE, found
    found = read(
        "200 a month would take over six months. The most I can do is three. So roughly $96 a "
        "month, first payment by the 20th. Can you do that?",
        "negotiating",
        previous_debtor_line="Could I do 200 a month?",
    )
    assert found.slots.amount == Decimal("96"), found
    found = read(
        "I can see the $200 came in on the 28th but it was applied to the January arrears, so "
        "the $287.95 for February is still outstanding.",
        "explaining",
    )
    assert found.slots.amount == OVERDUE, found
    found = read(
        "We can also set up smaller monthly payments if paying it all at once is hard.",
        "vague_promise",
    )
    assert found.slots.amount is None, found


# --- corpus 124 -----------------------------------------------------------------------------
def test_the_caller_at_another_lender_is_a_wrong_lender() -> None:
    """Corpus 124: "hey dinesh its mike at northfield loans" (for Tessellate Lending) named no
    lender; "pay at any Northfield Bank branch" is where to pay, no lender calling."""
    found = read(
        "hey dinesh its mike at northfield loans, u got a sec?",
        "answering",
        debtor_names=("Dinesh Wickramasinghe", "Dinesh", "Wickramasinghe"),
        lender="Tessellate Lending",
        previous_debtor_line="Hello, this is Dinesh.",
    )
    assert "wrong_lender" in found.flags, found
    found = read(
        "You can pay at any Northfield Bank branch.", "negotiating", lender="Tessellate Lending"
    )
    assert "wrong_lender" not in found.flags, found


@pytest.mark.parametrize(
    ("text", "previous", "date"),
    [
        (
            "A check is fine, just make it out to Cinderford Credit Union and mail it today so it "
            "gets here by Monday.",
            "I want to pay by check.",
            dt.date(2026, 3, 16),
        ),
        (
            "Please do. Actually, can I book you in for a callback Thursday morning so we don't "
            "lose track of each other?",
            "I'll call you back when I know more.",
            None,
        ),
        (
            "It changed in January, we sent a letter about it. But that's alright. Are you able to "
            "make the payment now that you know?",
            "I didn't know the payment date changed.",
            None,
        ),
        # (their money landing is no payment's arrival)
        (
            "Okay, so the loan lands on 2 April. Could you make the payment on the 3rd, once it "
            "has cleared?",
            "My loan comes through on the 2nd of April.",
            dt.date(2026, 4, 3),
        ),
    ],
)
def test_days_of_arrival_callbacks_and_now_that_in_corpus_124(
    text: str, previous: str, date: dt.date | None
) -> None:
    found = read(text, "negotiating", previous_debtor_line=previous)
    assert found.slots.date == date, found


def test_a_sum_scorned_and_a_fee_told_are_no_sums_put() -> None:
    """Corpus 124: "80 dollars? That barely covers the interest." and "The $25 is a late
    payment fee" put $80 and $25."""
    found = read(
        "Are you kidding me? 80 dollars? That barely covers the interest. Stop wasting my time.",
        "negotiating",
        previous_debtor_line="I really can't do more than 80.",
    )
    assert found.slots.amount is None, found
    found = read(
        "The $25 is a late payment fee, it's in section 7 of your agreement. I can't remove it.",
        "explaining",
    )
    assert found.slots.amount is None, found
