"""Misreadings found while playing the bundled scenarios (brief: analyzer_issues.md), each
pinned with the line as it was typed, so the debtor hears what the trainee said."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from simulator.language import Act, AnalysisContext, analyze
from simulator.language.types import Analysis, Slots
from simulator.scoring import ScoredTurn, score_turn
from simulator.scoring.compliance import check_compliance
from simulator.scoring.types import ComplianceRules, TurnContext

TODAY = dt.date(2026, 12, 1)  # a Tuesday
CTX = AnalysisContext(today=TODAY, amount_overdue=Decimal("616.11"))


def read(text: str) -> Analysis:
    return analyze(text, CTX)


def read_back(agreed: str, text: str) -> Slots:
    """The terms of a line said while negotiating, the sum `agreed` already agreed."""
    ctx = dataclasses.replace(
        CTX, state="negotiating", agreed=Slots(amount=Decimal(agreed)), terms_expected=True
    )
    return analyze(text, ctx).slots


def cue_names(text: str) -> set[str]:
    return {c.name for c in read(text).cues}


# --- 1. asking for the debtor by name is an identity check ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Is this {debtor_name}?",
        "Is this Megan Chang?",
        "Hello, is that Megan Chang?",
        "Hi, this is Sam from Northwind Bank; may I speak to Megan Chang?",
        "Could I speak with Megan Chang, please?",
        "Can I talk to Megan, please?",
        "I'd like to speak with Megan Chang.",
        "is that megan chang?",  # typed in lowercase
    ],
)
def test_asking_for_the_debtor_by_name_verifies_identity(text: str) -> None:
    assert Act.VERIFY_IDENTITY in read(text).acts


@pytest.mark.parametrize(
    "text",
    [
        "Is that okay?",
        "Is this a good time?",
        "Is that correct?",
        "Is that right?",
        "Is this convenient?",
        "Is that something you could do?",
        "Could I speak with you about your account?",
        "Can I talk to you for a moment?",
        "Is that Friday?",
        "Is this $616.11?",
    ],
)
def test_questions_that_name_no_one_are_not_identity_checks(text: str) -> None:
    assert Act.VERIFY_IDENTITY not in read(text).acts


# --- 2. a due date in the past is history, not a deadline ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about a payment of $300 that was due on March 1.",
        "Your payment of $300 has been overdue since November 3rd.",
        "The instalment was due on the 15th and it's still unpaid.",
        "It's been due since 11/01.",
        # a rude debtor's broken promise, said on Dec 1 of one made for Nov 30 (tmux call)
        "anyway, you promised $393.12 by the 30th and it didn't come. what happened?",
    ],
)
def test_a_past_due_date_sets_no_deadline_and_no_date(text: str) -> None:
    analysis = read(text)
    assert Act.SET_DEADLINE not in analysis.acts
    assert analysis.slots.date is None
    assert "past_due_date" in {c.name for c in analysis.cues}


def test_a_past_due_date_leaves_the_real_deadline_alone() -> None:
    analysis = read("It was due on March 1. Could you pay the $300 by Friday?")
    assert Act.SET_DEADLINE in analysis.acts
    assert analysis.slots.date == dt.date(2026, 12, 4)


def test_a_promise_recalled_to_be_kept_still_names_the_day() -> None:
    analysis = read("You promised to pay by the 30th. Can you still do that by the 30th?")
    assert analysis.slots.date == dt.date(2026, 12, 30)


def test_due_on_a_future_date_is_still_a_deadline() -> None:
    analysis = read("The next payment of $300 is due on December 15.")
    assert analysis.slots.date == dt.date(2026, 12, 15)


# --- 3. the loan product is not the payment method ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'm calling about your credit card: $616.11 is 53 days overdue.",
        "Your credit card balance is $616.11.",
        "The credit card account is 53 days past due.",
        "It's about the credit card bill you owe us.",
    ],
)
def test_the_credit_card_product_is_not_a_payment_method(text: str) -> None:
    assert read(text).slots.method is None


@pytest.mark.parametrize(
    "text",
    [
        "Could you pay by card today?",
        "You can pay with your debit card.",
        "Would a credit card payment of $150 today work for you?",
        "Can you pay the balance on your credit card with your debit card?",
        "I can take the payment over the phone with a credit card.",
    ],
)
def test_paying_by_card_is_still_a_method(text: str) -> None:
    assert read(text).slots.method == "card"


# --- 4. the collection notice and the agency are consequences --------------------------------
def test_going_to_a_collection_notice_and_agency_is_a_consequence() -> None:
    line = (
        "If it isn't paid, the account will go to a written collection notice and then to "
        "our collection agency."
    )
    analysis = read(line)
    assert Act.STATE_CONSEQUENCE in analysis.acts
    assert "consequence_collections" in {c.name for c in analysis.cues}


def test_no_collection_agency_is_no_consequence() -> None:
    analysis = read("The account won't go to our collection agency if we agree a plan today.")
    assert Act.STATE_CONSEQUENCE not in analysis.acts


# --- 5. money beats counts of things ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Your account shows 53 days overdue, 2 missed payments and 3 broken promises. "
            "I need you to pay the $2,937.65 by Friday.",
            Decimal("2937.65"),
        ),
        ("You have 3 broken promises on file; the balance is $616.11.", Decimal("616.11")),
        ("After 2 payments you still owe 400 dollars.", Decimal("400")),
    ],
)
def test_money_is_preferred_over_counts_of_things(text: str, amount: Decimal) -> None:
    assert read(text).slots.amount == amount


# --- 6. half now, the rest later is a plan ---------------------------------------------------
def test_half_now_and_the_rest_next_month_is_a_plan() -> None:
    analysis = read("Would half now help, and the rest next month?")
    assert {Act.OFFER_PLAN, Act.PROPOSE_TERMS} <= set(analysis.acts)
    assert analysis.slots.amount == Decimal("308.06")
    assert analysis.slots.amount_text == "half"
    # "next month" is a span, no day the debtor could be held to (nor the 1st, unsaid); the
    # half is asked for now, as the later corpora's writers read "half now" (today)
    assert analysis.slots.date == TODAY


@pytest.mark.parametrize(
    "text",
    [
        "Could you pay $200 now and the rest on Friday?",
        "How about part of it today and the remainder next week?",
    ],
)
def test_part_now_and_the_rest_later_is_a_plan(text: str) -> None:
    assert Act.OFFER_PLAN in read(text).acts


# --- 7. the date of the payment ask wins -----------------------------------------------------
def test_the_date_attached_to_the_ask_wins_over_an_earlier_one() -> None:
    analysis = read("I'd like to settle it today. Could you pay $616.11 by Friday by card?")
    assert analysis.slots.date == dt.date(2026, 12, 4)
    assert analysis.slots.date_text == "Friday"
    assert analysis.slots.method == "card"
    assert "deadline_this_week" in {c.name for c in analysis.cues}


def test_one_sentence_keeps_its_first_date() -> None:
    # no second sentence to prefer: the earlier date in the ask stands
    assert read("Can you pay $100 today and the rest by Friday?").slots.date == TODAY


# --- 8. the right to dispute is a cue compliance can credit ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "You have 30 days to dispute this debt.",
        "You have the right to dispute this debt within 30 days.",
        "You can dispute the debt in writing.",
        "If you dispute all or part of the debt within thirty days, we'll verify it.",
    ],
)
def test_stating_the_right_to_dispute_is_read(text: str) -> None:
    analysis = read(text)
    assert "dispute_right" in {c.name for c in analysis.cues}
    assert "dispute_right" in analysis.flags
    assert Act.OTHER not in analysis.acts or len(analysis.acts) == 1


def test_dismissing_the_dispute_is_not_stating_the_right() -> None:
    analysis = read("You can't dispute this, just pay it.")
    assert "dispute_right" not in analysis.flags
    assert "overshadow_dispute" in analysis.flags


def test_stating_the_dispute_right_first_spares_the_pressure_finding() -> None:
    rules = ComplianceRules(enabled=True, dispute_window=True)

    def turns(*lines: str) -> list[ScoredTurn]:
        out = []
        for line in lines:
            analysis = read(line)
            out.append(
                ScoredTurn(
                    analysis, score_turn(analysis, TurnContext()), identity_verified_before=True
                )
            )
        return out

    pressing = "Pay $616.11 today or it goes to our collection agency."
    without = {f.rule for f in check_compliance(turns(pressing), rules)}
    assert "pressure_in_dispute_window" in without
    warned = {
        f.rule
        for f in check_compliance(turns("You have 30 days to dispute this debt.", pressing), rules)
    }
    assert "pressure_in_dispute_window" not in warned


def test_stating_the_dispute_right_keeps_the_call_on_course() -> None:
    analysis = read("You have 30 days to dispute this debt.")
    focus = score_turn(analysis, TurnContext()).get("focus")
    assert focus.value >= 50
    assert "dispute_right" in {e.cue for e in focus.evidence}


# --- 8. the sixth round of play-tests (seeds 101-112) ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "'this week' aint a date m8. if ur money's there then do it 2day. card or transfer, pick 1",
        "ur on option 2 of the menu, pay it today",
        "we can split it into 3 if thats easier",
        "look, I'll be off the phone in ten seconds if you don't pay",
    ],
)
def test_a_bare_digit_or_a_count_of_seconds_is_no_sum(text: str) -> None:
    """ "pick 1" (one way to pay) was agreed as a payment of $1, and the debtor held to it for
    four turns; "ten seconds" was a sum of 10."""
    assert read(text).slots.amount is None


def test_a_sum_to_the_cent_or_a_rate_is_still_money() -> None:
    assert read("could you do 5 a week?").slots.amount == Decimal("5")
    assert read("pay $1 now to keep the account open").slots.amount == Decimal("1")


@pytest.mark.parametrize(
    "text",
    [
        "the payment from 8th Nov, $616.11, it's still not paid, 30 days now. I think you "
        "maybe promised before? sorry...",
        "you're 3 weeks behind now. can you pay?",
    ],
)
def test_how_long_it_has_been_now_is_no_day_to_pay(text: str) -> None:
    assert read(text).slots.date is None


def test_pay_now_is_still_today() -> None:
    assert read("you're 3 weeks behind now. pay now.").slots.date == TODAY


def test_the_debtors_vague_word_quoted_and_turned_down_is_not_accepted() -> None:
    """The student's "I'll sort it out soon" turned down ended the call as a vague promise
    accepted, and the debrief blamed the trainee for accepting it."""
    ctx = dataclasses.replace(CTX, state="vague_promise", identity_confirmed=True)
    line = (
        "I appreciate that, but 'soon' isn't something I can put on the account. When exactly "
        "can you pay it, and how much?"
    )
    acts = analyze(line, ctx).acts
    assert Act.ACCEPT_VAGUE not in acts and Act.ASK_PAYMENT in acts


def test_wheres_the_money_asks_for_payment() -> None:
    ctx = dataclasses.replace(CTX, state="explaining", identity_confirmed=True)
    assert Act.ASK_PAYMENT in analyze("Where's the money?", ctx).acts
    assert Act.ASK_PAYMENT not in analyze("Where is the money coming from?", ctx).acts


def test_a_plan_from_a_month_starts_on_its_first_day() -> None:
    assert read("from the start of May, 50 a month?").slots.date == dt.date(2027, 5, 1)
    assert read("starting in April, $180 a month?").slots.date == dt.date(2027, 4, 1)
    assert read("pay it from April 3rd").slots.date == dt.date(2027, 4, 3)  # the day said


def test_the_rest_paid_in_instalments_is_the_instalment() -> None:
    ctx = dataclasses.replace(
        CTX, state="negotiating", agreed=Slots(amount=Decimal("292")), terms_expected=True
    )
    reading = analyze("Can you pay the rest at $180 a month from April?", ctx)
    assert reading.slots.amount == Decimal("180") and reading.slots.rest


def test_what_will_be_left_named_after_the_first_part_is_not_the_sum_asked() -> None:
    ctx = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    line = (
        "ok so Friday you pay the $292... how you want to pay, bank transfer or card? And the "
        "rest, $324.11, maybe monthly after?"
    )
    assert analyze(line, ctx).slots.amount == Decimal("292")
    # asked for with a day or a question of its own, the rest's sum is the one put
    asked = analyze("The 100 on Friday is grand. The rest, 516.11, would the 27th work?", ctx)
    assert asked.slots.rest_amount == Decimal("516.11") or asked.slots.amount == Decimal("516.11")


# --- 9. the seventh round of play-tests (seeds 121-132) -------------------------------------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("you will remit two hundred and twenty-nine dollars and eighty-six cents today", "229.86"),
        ("two hundred twenty nine dollars and eighty six cents", "229.86"),
        ("three hundred dollars and twenty five cents", "300.25"),
        ("two hundred and twenty-nine dollars eighty-six", "229.86"),
        ("four hundred and twenty dollars fifty", "420.50"),
    ],
)
def test_cents_said_in_words_are_read_whole(text: str, amount: str) -> None:
    """ "...and eighty-six cents" was read as 80 cents: the formal collector's read-back was
    confirmed as $229.80."""
    assert read(text).slots.amount == Decimal(amount)


def test_the_first_line_of_the_address_is_no_day() -> None:
    ctx = dataclasses.replace(CTX, state="verified", identity_confirmed=True)
    line = (
        "Thank you kindly, Ms Young. For security purposes, would you be so good as to confirm "
        "the first line of your address and your date of birth?"
    )
    reading = analyze(line, ctx)
    assert reading.slots.date is None and Act.CONFIRM_TERMS not in reading.acts


def test_the_whole_turned_down_in_a_condition_is_no_first_part() -> None:
    """ "If you can't do the full amount, what can you pay today, and the rest by the 17th?"
    asks for a sum: the full amount was agreed as the first part."""
    ctx = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    line = (
        "If you can't do the full amount, what can you pay today, and can the rest be cleared "
        "by the 17th?"
    )
    slots = analyze(line, ctx).slots
    assert slots.amount is None and slots.first_amount is None


def test_how_much_you_can_pay_asks_what_they_can_afford() -> None:
    assert "topic_afford" in cue_names("So the payment is not pay yet. How much you can pay now?")


def test_an_instalment_after_the_first_part_is_what_is_left() -> None:
    """ "And the 100 a month after that, from april 13?" (the first $100 agreed for Friday)
    moved the first payment to April and dropped the plan."""
    ctx = dataclasses.replace(
        CTX, state="negotiating", agreed=Slots(amount=Decimal("100")), terms_expected=True
    )
    line = "And the 100 a month after that, from april 13, you doing that too or what?"
    reading = analyze(line, ctx)
    assert reading.slots.rest and reading.slots.amount == Decimal("100")


def test_when_are_you_paying_asks_for_payment_after_the_disclosure() -> None:
    """Played in the UI: the debrief said "You asked for payment only once" of a call whose
    second line ended "When are you paying?"."""
    ctx = dataclasses.replace(CTX, state="verified", identity_confirmed=True)
    line = (
        "Right. This is an attempt to collect a debt, anything you say gets used for that. You "
        "owe $900.03, 70 days late. When are you paying?"
    )
    assert Act.ASK_PAYMENT in analyze(line, ctx).acts


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("have you got anything in writing from the dealer?", True),
        ("is the complaint in writing?", True),
        ("Do you have the receipt?", True),
        ("Could you send me the bank statement?", True),
        ("We'll confirm this in writing, is that okay?", False),
        # play-tested: the adjective before the papers hid the question
        ("Have you got the repair invoices?", True),
        ("have you kept the dealer emails?", True),
        ("Have you got the money?", False),
    ],
)
def test_what_the_debtor_can_show_is_asked_for(text: str, asked: bool) -> None:
    """The `evidence` topic the persona answers from its facts; the caller's own letter
    ("we'll confirm this in writing") asks the debtor for nothing."""
    assert ("topic_evidence" in cue_names(text)) is asked


def test_just_to_check_said_back_is_a_restatement() -> None:
    """ "just to check, that's $322.20 by bank transfer on Friday the 13th?" was a new proposal
    and the debtor agreed to $10 less (play-test nine); "just to check, am I speaking with..."
    is still no restatement."""
    ctx = dataclasses.replace(
        CTX,
        state="negotiating",
        agreed=Slots(amount=Decimal("332.20"), date=dt.date(2026, 12, 4)),
        terms_expected=True,
        identity_confirmed=True,
    )
    line = "Lovely. So, sorry, just to check, that's $322.20 by bank transfer on Friday the 4th?"
    assert Act.CONFIRM_TERMS in analyze(line, ctx).acts
    assert Act.CONFIRM_TERMS in analyze("Just checking: $332.20 by card Friday?", ctx).acts
    asked = dataclasses.replace(CTX, state="answering")
    who = "Just to check, am I speaking with Megan Chang, date of birth 14 June 1994?"
    assert Act.CONFIRM_TERMS not in analyze(who, asked).acts


@pytest.mark.parametrize(
    "text",
    [
        "Totally get it. But when you can is kinda open-ended for me. When's your next payday?",
        "whenever is too vague, i need a day",
        "soon is not a date, mate. which day?",
    ],
)
def test_the_debtors_timing_judged_is_not_accepted(text: str) -> None:
    """ "when you can is kinda open-ended for me" ended the call as a vague promise the trainee
    had accepted (play-test nine)."""
    ctx = dataclasses.replace(CTX, state="vague_promise", identity_confirmed=True)
    assert Act.ACCEPT_VAGUE not in analyze(text, ctx).acts


def test_when_they_pay_you_asks_about_payday() -> None:
    """ "The shifts, when they pay you?" (a non-native collector) went unanswered."""
    assert "topic_payday" in cue_names("Oh, I am sorry to hear. The shifts, when they pay you?")
    assert "topic_payday" in cue_names("when does the cafe pay you?")


def test_asked_about_their_shifts_the_debtor_is_asked_about_work() -> None:
    line = "What kind of shifts are they, and roughly what do they bring in a month?"
    assert "topic_job" in cue_names(line)


@pytest.mark.parametrize(
    ("agreed", "line", "first", "rest"),
    [
        # "$449 by card today, Tuesday the 10th, then three monthly payments of $280 from Monday
        # 13 April" (play-test eight): the first part and the instalments, not one of $280
        (
            "449",
            "Perfect. So to confirm the plan: $449 by card today, Tuesday the 1st, then three "
            "monthly payments of $280 from Monday 4 January. Is that right?",
            ("449", (2026, 12, 1)),
            ("280", (2027, 1, 4)),
        ),
        # "Right you are, the 31st. So $153.24 on Friday the 20th and $153.24 on Tuesday the
        # 31st" (play-test nine) was one payment on the 31st, and the debtor "corrected" it
        (
            "153.24",
            "Right you are, the 31st. So $153.24 on Friday the 18th and $153.24 on Thursday the "
            "31st, both by bank transfer. We're agreed?",
            ("153.24", (2026, 12, 18)),
            ("153.24", (2026, 12, 31)),
        ),
        # "$20 on Friday 27 March, then $40 every month on the 27th, starting 27 April"
        # (play-test ten): the instalments from the first later day past the join's sum
        (
            "20",
            "Let me read it back: $20 on Friday 4 December, then $40 every month on the 4th, "
            "starting 4 January, by bank transfer. Does that work for you?",
            ("20", (2026, 12, 4)),
            ("40", (2027, 1, 4)),
        ),
    ],
)
def test_a_plan_read_back_is_split_into_its_first_part_and_the_rest(
    agreed: str,
    line: str,
    first: tuple[str, tuple[int, int, int]],
    rest: tuple[str, tuple[int, int, int]],
) -> None:
    slots = read_back(agreed, line)
    assert (slots.first_amount, slots.first_date) == (Decimal(first[0]), dt.date(*first[1]))
    assert (slots.rest_amount, slots.rest_date) == (Decimal(rest[0]), dt.date(*rest[1]))


@pytest.mark.parametrize(
    ("text", "topic", "asked"),
    [
        # play-test ten: asked twice, the dealer-dispute driver vented and never answered
        ("Have you put the complaint in writing to them, or was it by phone?", "evidence", True),
        ("Did you ever send them anything in writing, an email or a letter?", "evidence", True),
        ("If you put the complaint in writing, I can note it on file, okay?", "evidence", False),
        ("I'll put the plan in writing for you, ok?", "evidence", False),
        # play-test ten: "which bank did you send it from?", asked three times, unanswered
        ("And which bank did you send it from, was it to our account?", "payment_sent", True),
        ("Okay. And the name of your bank, the one it left from?", "payment_sent", True),
        ("Did you send it to the usual account details on your statement?", "payment_sent", True),
        ("Which bank are you with for the direct debit?", "payment_sent", False),
        ("You can pay it from your phone: could you pay $879.03 today?", "payment_sent", False),
        # play-test twelve: "What was wrong with yours?" got "I'll pay it when I can"
        ("Oh no. What was wrong with yours? Is it back on the road?", "what_happened", True),
    ],
)  # fmt: skip
def test_questions_about_what_they_sent_wrote_and_went_through_are_read(
    text: str, topic: str, asked: bool
) -> None:
    assert (f"topic_{topic}" in cue_names(text)) is asked


@pytest.mark.parametrize(
    ("line", "first", "day"),
    [
        # "And the balance $190.70, when you will clear? Can we say one week from Friday, 20th
        # March?" after $190.70 on the 13th moved the first payment to the 20th (play-test ten)
        (
            "Very good sir. And the balance $190.70, when you will clear? Can we say one week "
            "from Friday, 11th December?",
            (2026, 12, 4),
            (2026, 12, 11),
        ),
        # "And the second half, the other $484.34, on 4/14 - that's a Tuesday" made the first
        # payment today, the Tuesday (play-test ten): every day is said of the rest
        (
            "Good. And the second half, the other $308.06, on 1/12, that's a Tuesday. Doable?",
            (2026, 12, 31),
            (2027, 1, 12),
        ),
    ],
)
def test_the_rest_named_alone_after_a_first_part_is_the_rests(
    line: str, first: tuple[int, int, int], day: tuple[int, int, int]
) -> None:
    ctx = dataclasses.replace(
        CTX,
        state="negotiating",
        agreed=Slots(amount=Decimal("308.06"), date=dt.date(*first)),
        terms_expected=True,
    )
    slots = analyze(line, ctx).slots
    assert slots.rest and slots.first_date is None and slots.date == dt.date(*day)


def test_the_rests_day_is_the_one_said_with_it() -> None:
    """ "Since the 13th will be a short one, would it be easier to pay the second half on the
    payday after, Friday the 27th?" was read as the 13th, the payday (play-test eleven)."""
    ctx = dataclasses.replace(
        CTX,
        state="negotiating",
        agreed=Slots(amount=Decimal("308.06"), date=TODAY),
        terms_expected=True,
        next_payday=dt.date(2026, 12, 4),  # "the payday after" is not this one
    )
    line = (
        "Since the 4th will be a short one, would it be easier to pay the second half on the "
        "payday after, Friday the 18th?"
    )
    slots = analyze(line, ctx).slots
    assert slots.rest and slots.date == dt.date(2026, 12, 18) and slots.first_date is None


def test_a_read_back_after_a_sentence_about_the_rest_is_split() -> None:
    """ "Hang on, I think we agreed the 27th for the second half. So to confirm: $304.35 by card
    today, Tuesday the 10th, and $304.35 by card on Friday, March 27th." was read as the rest
    alone on today (play-test eleven)."""
    slots = read_back(
        "308.06",
        "Hang on, I think we agreed the 18th for the second half. So to confirm: $308.06 by card "
        "today, Tuesday the 1st, and $308.05 by card on Friday, December 18th. Is that correct?",
    )
    assert (slots.first_amount, slots.first_date) == (Decimal("308.06"), TODAY)
    assert (slots.rest_amount, slots.rest_date) == (Decimal("308.05"), dt.date(2026, 12, 18))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("So 448 dollars with 7 cents on Friday, right?", "448.07"),
        ("448 dollars and 7 cents", "448.07"),
    ],
)
def test_cents_said_with_the_dollars_are_kept(text: str, amount: str) -> None:
    """ "448 dollars with 7 cents" was agreed as $448 (play-test eleven)."""
    ctx = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    assert analyze(text, ctx).slots.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("May I ask why you'd prefer writing? Has something been a problem?", "what_happened"),
        ("Is the postal address we have on file still current, on Maple Street?", "address"),
    ],
)  # fmt: skip
def test_why_they_asked_and_whether_the_address_holds_are_asked(text: str, topic: str) -> None:
    """(play-test eleven: both got "Not sure, honestly." / "I don't know what you mean.")"""
    assert f"topic_{topic}" in cue_names(text)


def test_a_title_from_another_language_is_no_part_of_the_name() -> None:
    """ "You are Madame Allison Perez, yes?" was a wrong name ("Nobody by that name on this
    phone.") to Allison Perez (play-test twelve, a French-speaking collector)."""
    ctx = dataclasses.replace(
        CTX, state="answering", debtor_names=("Allison Perez", "Allison", "Perez")
    )
    for line in ("You are Madame Allison Perez, yes?", "Hola, ¿hablo con la señora Perez?"):
        reading = analyze(line, ctx)
        assert "wrong_name" not in reading.flags, line
    assert Act.VERIFY_IDENTITY in analyze("You are Madame Allison Perez, yes?", ctx).acts


def test_a_decimal_comma_before_more_words_keeps_its_cents() -> None:
    """ "the complete amount, 942,94, yes?" was agreed as $942 (play-test twelve)."""
    ctx = dataclasses.replace(CTX, state="negotiating", terms_expected=True)
    line = "Very good. And it is the complete amount, 942,94, yes? You pay by the card?"
    assert analyze(line, ctx).slots.amount == Decimal("942.94")


def test_new_terms_put_with_lets_do_are_no_read_back() -> None:
    """ "ok lets do 100 today by card and 775.25 on tue 31 mar. card ok?" after $875.25 today
    was agreed got "Not $100: $875.25, like I said." (play-test twelve): a new plan put, with a
    tag, is not terms said back."""
    ctx = dataclasses.replace(
        CTX,
        state="negotiating",
        amount_overdue=Decimal("875.25"),
        agreed=Slots(amount=Decimal("875.25"), date=TODAY),
        terms_expected=True,
    )
    line = "ugh. ok lets do 100 today by card and 775.25 on fri 18 dec. card ok?"
    reading = analyze(line, ctx)
    assert Act.CONFIRM_TERMS not in reading.acts and Act.PROPOSE_TERMS in reading.acts
    assert (reading.slots.first_amount, reading.slots.rest_amount) == (100, Decimal("775.25"))


def test_a_figure_put_to_a_share_is_the_sum_asked_for() -> None:
    """Played as a fast-talking collector: "could you put at least half, say $250, on it that
    day" was agreed as exactly half ($241.72), a sum nobody said."""
    slots = read("you're paid Friday right, could you put at least half, say $250, on it that day?")
    assert slots.slots.amount == Decimal(250)
    assert read("could you pay at least half by Friday?").slots.amount_text == "half"


def test_a_sum_said_to_fall_short_is_not_the_one_asked_for() -> None:
    """Played as a pushy collector: "$2,562 leaves over $1,300 unpaid, so the legal referral
    still goes ahead. I need the full $3,942.40 by Tuesday the 17th." was read as asking for
    $2,562, and the debtor answered "$2,562. Fine. I've got it." to a demand for the whole."""
    line = (
        "$300 leaves over $300 unpaid, so the referral still goes ahead. I need the full "
        "$616.11 by Friday."
    )
    assert read(line).slots.amount == Decimal("616.11")


def test_where_the_money_will_come_from_asks_what_they_can_afford() -> None:
    """Played in Filipino English: "Where will the money come from before the 16th?" to the
    debtor juggling lenders asked about nothing the persona knows (its `afford` facts say)."""
    assert "topic_afford" in cue_names("Sir, where will the money come from before the 16th?")
    assert "topic_afford" in cue_names("how will you find that much by Friday?")
    assert "topic_afford" not in cue_names("The money will come from your account on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "I need that paid this week.",
        "I want that paid in full this week",
        "we need the $616.11 paid by Friday",
    ],
)
def test_a_demand_that_it_be_paid_asks_for_payment(text: str) -> None:
    """Played as pushy collectors: the debrief said "You never asked for the payment directly"
    of calls that opened with "I need that paid this week" and "I want that paid in full"."""
    assert read(text).has(Act.ASK_PAYMENT)


def test_the_debt_stated_in_so_many_words_is_stated_whatever_else_the_line_does() -> None:
    """Played as a warm collector: the line below was not read as stating the amount while
    terms were expected (the model outvoted the rules), and the debrief said "You never stated
    the amount owed"."""
    ctx = dataclasses.replace(
        CTX,
        today=dt.date(2026, 3, 10),
        amount_overdue=Decimal("780.24"),
        state="vague_promise",
        terms_expected=True,
        identity_confirmed=True,
        next_payday=dt.date(2026, 3, 13),
        previous_debtor_line="Just cafe shifts, a few a week. Next pay is Friday the 13th.",
    )
    line = (
        "Good luck with the interviews, I really hope one of them works out. So the overdue "
        "balance is $780.24, that's three payments of $260.08. I know you can't pay that all at "
        "once. What do you think you could realistically manage out of Friday's pay, even a "
        "small amount, so we can get a plan started?"
    )
    assert analyze(line, ctx).has(Act.STATE_AMOUNT)


def test_when_they_will_be_back_at_work_asks_about_their_job() -> None:
    """Played as a timid collector: "Um, when do you think you'll be back on full shifts?" got
    "No idea, sorry." from the debtor whose facts say what their work is."""
    assert "topic_job" in cue_names("Um, when do you think you'll be back on full shifts?")
    assert "topic_job" not in cue_names("When will you be back from your trip?")


def test_what_the_caller_will_send_says_no_day_to_pay() -> None:
    """Played as a warm collector (round 28): "I'll send the standing order details to you by
    text this afternoon. ... bye for now" moved the confirmed first payment to today."""
    ctx = dataclasses.replace(CTX, state="promised", terms_expected=True, identity_confirmed=True)
    line = (
        "Perfect. I'll send the standing order details to you by text this afternoon. Thanks "
        "for being so straight with me, Juan. Take care, bye for now."
    )
    assert analyze(line, ctx).slots.date is None
    assert analyze("we'll email you the form today", ctx).slots.date is None
    # (round 29, Spanish speaker's English: "today" became the first part of a split)
    opened = analyze(
        "So I open the case with our dealer team today and you send me the repair papers by "
        "email, yes? Meanwhile, can you pay the 616.11 before next Tuesday, the 8th?",
        ctx,
    ).slots
    assert opened.first_date is None and opened.date == dt.date(2026, 12, 8)
    assert analyze("I'll take the payment this afternoon", ctx).slots.date == TODAY


def test_a_day_counted_on_is_no_vague_timing() -> None:
    """Played as a warm collector (round 28): "What about the pay after, two weeks later on the
    27th? Would something like $40 be doable then" was read as accepting "later on", and the
    call ended there as a vague promise, with no reply to the $40."""
    ctx = dataclasses.replace(CTX, state="cannot_pay", terms_expected=True, identity_confirmed=True)
    line = (
        "Okay, rent has to come first, I completely get that. What about the pay after, two weeks "
        "later on the 27th? Would something like $40 be doable then?"
    )
    assert not analyze(line, ctx).has(Act.ACCEPT_VAGUE)
    assert analyze("ok, you can pay it later on, no problem", ctx).has(Act.ACCEPT_VAGUE)


@pytest.mark.parametrize(
    "text",
    [
        "That sounds stressful, being chased by several at once. Who else are you paying at the "
        "moment, roughly?",
        "Back in October you said our fees were a scam. Is that still the problem, or is it the "
        "money?",
        "What's actually stopping you paying it?",
        # round 30: "Sorry, which day did you mean?", then "How would I pay it?"
        "why couldnt u reach the bank?",
        "no i mean the bank thing. whats going on?",
    ],
)
def test_what_stands_in_the_way_is_asked_about(text: str) -> None:
    """Played (rounds 27, 28): the juggler asked who else he pays, the rude defaulter asked
    whether the fees are still the problem, got a stock line or "Huh? Make sense or hang up.";
    the debrief then said "Find the real problem"."""
    assert "topic_what_happened" in cue_names(text)


def test_what_is_left_after_a_charge_is_no_second_part() -> None:
    """Played as a sarcastic collector (round 27): "The late fees are $25 of that. I can ask for
    those to be waived, but only if the rest, $280.10, is paid by Friday" was read as the rest
    of a split, and the debtor agreed to the whole $305.10."""
    ctx = dataclasses.replace(
        CTX, amount_overdue=Decimal("305.10"), state="negotiating", terms_expected=True
    )
    line = (
        "The late fees are $25 of that. I can ask for those to be waived, but only if the rest, "
        "$280.10, is paid by Friday. Deal?"
    )
    slots = analyze(line, ctx).slots
    assert (slots.amount, slots.rest) == (Decimal("280.10"), False)


def test_the_total_said_after_each_instalment_is_the_amount_stated() -> None:
    """Play-test thirty-nine, simple grammar: "Your car loan have five payments missed. Each
    one $606.30. Total $3,031.50." took the instalment, and the act model dropped the
    statement: the debrief said "You never stated the amount owed" all call."""
    ctx = dataclasses.replace(CTX, amount_overdue=Decimal("3031.50"), state="verified")
    text = (
        "Thank you. It is correct. I must tell you: this is attempt to collect a debt. Any "
        "information you give, we use for this. Your car loan have five payments missed. Each "
        "one $606.30. Total $3,031.50. Oldest is October 20. Now 141 days late. Why no payment?"
    )
    analysis = analyze(text, ctx)
    assert Act.STATE_AMOUNT in analysis.acts
    assert analysis.slots.amount == Decimal("3031.50")


@pytest.mark.parametrize(
    "text",
    [
        "Yuh want dem use dis same number, 844.929.4254?",
        "Is (493) 682-4219 still the best number to reach you?",
        "I have +1-341-795-1380 on file for you.",
    ],
)
def test_a_phone_number_is_no_sum(text: str) -> None:
    """Play-test thirty-nine: "844.929.4254" was read as three sums ($844.92, $9.42, $54)."""
    assert read(text).slots.amount is None
    assert "amount_digits" not in cue_names(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Please pay by bank transfer no later than Friday the 4th.", dt.date(2026, 12, 4)),
        (
            "Hold on, not today - I said $50 on Friday the 4th, when your pay comes in.",
            dt.date(2026, 12, 4),
        ),
        ("No, nothin' today at all. The first $50 is Friday the 4th.", dt.date(2026, 12, 4)),
    ],
)
def test_a_deadline_is_not_negated_by_what_is_turned_down_beside_it(
    text: str, day: dt.date
) -> None:
    """Play-test forty: "no later than Tuesday March 17th" read as a negation; "not today -
    I said Friday the 13th" negated Friday too; "nothin' today" was today."""
    assert read(text).slots.date == day


@pytest.mark.parametrize(
    "text",
    [
        "ok so 312 by transfer thursday the 10th, wait no wednesday the 9th. confirm",
        "so 312 on the 10th - no wait, the 9th. ok?",
        "can you do 312 by friday the 4th, sorry no, wednesday the 9th?",
    ],
)
def test_a_day_the_trainee_puts_right_at_once_is_the_day(text: str) -> None:
    """Play-test ninety-four: "thursday the 11th, wait no wednesday the 11th" took "no
    wednesday" as a day turned down, so the slip stood ("the 12th, wait no the 11th" was the
    12th)."""
    assert read(text).slots.date == dt.date(2026, 12, 9)
    assert "say_no" not in {a.value for a in read(text).acts}


@pytest.mark.parametrize(
    ("said", "lender", "wrong"),
    [
        ("Hi Monique? It's Kate from Riverside Physio", "Riverside Physiotherapy Clinic", False),
        ("Hi Kyle, it's Jo from Oakfield Vets", "Oakfield Veterinary Group", False),
        ("Hi Siobhan, this is Maeve from Harbour Lettings.", "Harbourview Lettings", True),
    ],
)
def test_a_short_form_of_the_lenders_name_is_the_lender(
    said: str, lender: str, wrong: bool
) -> None:
    """Tuning corpus 63: "It's Kate from Riverside Physio", for Riverside Physiotherapy Clinic,
    was flagged as another lender (and the debtor would say "I'm not with them")."""
    flags = analyze(said, dataclasses.replace(CTX, lender=lender)).flags
    assert ("wrong_lender" in flags) is wrong


def test_a_site_with_a_pay_button_is_paying_online() -> None:
    """Tuning corpus 63: "It's crystalclearwindows.co.uk, there's a little 'pay invoice' button
    at the top." named no way to pay."""
    text = "It's crystalclearwindows.co.uk, there's a little 'pay invoice' button. Today?"
    assert read(text).slots.method == "online"
