"""A payment split in two ("half today and the rest by the 13th"): read as two parts, agreed as
two parts, said back without correction, and counted whole by the goal when both fall in it.
Played as new collectors: 7 of 14 incoherent replies in twelve calls came from such deals (the
debtor took the rest's day for the first part's, then "corrected" the trainee's restatement)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.engine.clock import FixedClock
from simulator.engine.lines import fill
from simulator.engine.text_report import describe_result
from simulator.language import AnalysisContext, analyze
from simulator.language.types import Act, Slots

TODAY = dt.date(2026, 3, 10)  # a Tuesday
OVERDUE = Decimal("667.98")
HALF = Decimal("333.99")


def reading(text: str, agreed: Slots | None = None) -> Slots:
    context = AnalysisContext(
        today=TODAY,
        state="negotiating",
        terms_expected=True,
        amount_overdue=OVERDUE,
        agreed=agreed,
    )
    return analyze(text, context).slots


def test_both_parts_of_a_split_are_read() -> None:
    slots = reading("Can you pay half today and the rest by the 13th?")
    assert (slots.amount, slots.date) == (HALF, TODAY)  # what the line puts forward first
    assert (slots.first_amount, slots.first_date) == (HALF, TODAY)
    assert slots.rest_date == dt.date(2026, 3, 13)
    # played in the UI as a rude collector: the way to pay between the parts hid the second
    plain = reading("so 333.99 today by card and 333.99 on the 31st. got it?")
    assert (plain.first_date, plain.rest_date, plain.rest_amount) == (
        TODAY,
        dt.date(2026, 3, 31),
        HALF,
    )
    other = reading("right. so 333.99 today on card and the other 333.99 on the 31st, got it?")
    assert (other.first_date, other.rest_date, other.method) == (
        TODAY,
        dt.date(2026, 3, 31),
        "card",
    )


def test_the_rest_alone_is_read_as_the_second_part() -> None:
    first = Slots(amount=HALF, date=TODAY)
    assert reading("and the rest by the 31st?", first).rest
    asked = reading("and the rest, when?", first)
    assert asked.rest and asked.date is None
    # the first part's own day, and "the rest of the month", are no second part
    assert not reading("ok so half today, and when can you do the rest?").rest
    assert not reading("How much does that leave you for the rest of the month?").rest
    assert not reading("Can you pay half today?").rest_date


def call(library: Library, scenario: str, seed: int) -> Call:
    sc = library.scenario(scenario)
    clock = FixedClock(dt.datetime(2026, 3, 10, 10, 30))
    return Call(sc, library.persona_for(sc), seed=seed, clock=clock)


def play(c: Call, lines: list[str]) -> list[str]:
    replies = []
    for line in lines:
        if c.finished:
            break
        replies.append(c.say(fill(line, c.values)).reply)
    return replies


OPENING = [
    "Hi, is this {debtor_name}? It's Sam from {lender}.",
    "This is an attempt to collect a debt and any information obtained will be used for that "
    "purpose. Your loan payment of {amount_overdue} is overdue.",
]


def test_a_split_within_the_goal_is_agreed_said_back_and_secures_the_promise(
    library: Library,
) -> None:
    """The rude defaulter, played as a firm collector: half today, then "the other half by
    Friday". The debtor agrees both parts, the restatement of both is not "corrected" ("Friday
    the 13th, actually, not today" was said), and the full amount within the week is reached."""
    c = call(library, "rude_defaulter_composure", 2)
    replies = play(
        c,
        [
            *OPENING,
            "I hear you. Can you pay half today and the rest by the 13th?",
            "ok so half today, and when can you do the rest?",
            "the other half by friday then",
            "So that's half today and half on Friday by card, right?",
        ],
    )
    half = f"${c.debtor.amount_overdue / 2:.2f}"
    assert f"the other {half} by Friday the 13th" in replies[-2], replies[-2]
    assert "actually" not in replies[-1] and "not today" not in replies[-1], replies[-1]
    agreed = c.debtor.agreed
    assert (agreed.date, agreed.rest_date) == (TODAY, dt.date(2026, 3, 13))
    assert agreed.amount is not None and agreed.rest_amount is not None
    assert agreed.amount + agreed.rest_amount == c.debtor.amount_overdue
    assert c.outcome == "promise_secured"
    assert f"then {half} by 2026-03-13, confirmed" in describe_result(c)


def test_a_rest_beyond_the_goal_falls_short_of_it(library: Library) -> None:
    c = call(library, "lenders_persistent_late", 7)
    replies = play(
        c,
        [
            "Hello, is this {debtor_name}? It's Sam from {lender}.",
            "This is an attempt to collect a debt and any information obtained will be used "
            "for that purpose. You owe {amount_overdue} on your loan.",
            "So when are you paying it?",
            "half today and the rest on the 31st, by debit card. yes or no",
            "and the rest on the 31st, yes?",
        ],
    )
    assert "Tuesday the 31st" in replies[-2], replies[-2]
    assert "Not Tuesday the 31st" not in replies[-1], replies[-1]  # the rest's day, said back
    assert c.debtor.agreed.date == TODAY
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 31)
    assert not c.debtor.goal_met()  # the full amount within 7 days: the rest is too late


def test_asked_when_the_rest_can_be_paid_the_debtor_names_a_later_day(library: Library) -> None:
    c = call(library, "rude_defaulter_composure", 2)
    play(c, [*OPENING, "Can you pay half today?", "ok half today it is"])
    if c.debtor.agreed.date != TODAY:  # the persona's mood decides how soon terms are talked
        play(c, ["Half today, by card?"])
    assert c.debtor.agreed.date == TODAY
    reply = play(c, ["and the rest, when?"])[-1]
    named = c.debtor.rest_day()
    assert named > TODAY and f"the {named.day}th" in reply, reply
    assert c.debtor.agreed.date == TODAY  # the first part's day stays


def test_the_rest_is_agreed_from_the_first_parts_day_and_counted_by_the_goal(
    library: Library,
) -> None:
    """The student's goal: the full amount within 7 days. Half on Friday and the rest on
    Monday meets it; the rest before Friday is countered with a later day; said back on another
    day than agreed, it is corrected."""
    from test_engine_dynamics import OVERDUE as OWED
    from test_engine_dynamics import debtor, line

    from simulator.language.types import Act

    d = debtor(library, ability_to_pay=100, can_pay_now_fraction=1.0)
    friday, monday, thursday = (dt.date(2026, 3, day) for day in (13, 16, 12))
    half = OWED / 2
    split = Slots(amount=half, date=friday, first_amount=half, first_date=friday, rest_date=monday)
    said = d.negotiate(line(Act.PROPOSE_TERMS, **vars(split))[0]).said
    assert ("accept_rest", {"rest_amount": "$250", "rest_date": "Monday the 16th"}) in said
    d.agreed.method = "card"
    assert d.goal_met()  # $250 Friday + $250 Monday: all of it within the week
    early = d.negotiate(line(Act.PROPOSE_TERMS, date=thursday, rest=True)[0]).said
    assert [key for key, _ in early] == ["counter_rest"]
    assert d.agreed.rest_date == monday
    wrong = d.negotiate(line(Act.CONFIRM_TERMS, date=dt.date(2026, 3, 17), rest=True)[0]).said
    assert wrong == [("correct_term", {"said": "Tuesday the 17th", "kept": "Monday the 16th"})]
    d.agreed.rest_date = dt.date(2026, 3, 31)
    assert not d.goal_met()  # the rest after the week: only half of it in time


def test_a_second_part_with_its_own_sum_is_an_instalment_not_all_that_is_left(
    library: Library,
) -> None:
    """Played as a timid, non-native collector: "$30 this Friday and then another $30 on the
    27th" was agreed as $30 and then "the rest, $899.49", kept after two corrections."""
    slots = reading("Like $30 this Friday and then another $30 on the 27th, when you get paid?")
    assert (slots.first_amount, slots.first_date) == (Decimal(30), dt.date(2026, 3, 13))
    assert (slots.rest_amount, slots.rest_date) == (Decimal(30), dt.date(2026, 3, 27))
    plain = reading("So it's $30 on Friday the 13th and $30 on the 27th, is that ok?")
    assert (plain.first_amount, plain.rest_amount, plain.rest_date) == (
        Decimal(30),
        Decimal(30),
        dt.date(2026, 3, 27),
    )
    c = call(library, "student_unemployed_hardship", 23)
    replies = play(
        c,
        [
            "Hello, is this {debtor_name}? I am Ana from {lender}.",
            "This is attempt to collect a debt and information will be used for this purpose. "
            "Your student loan has {amount_overdue} not paid. What is happening?",
            "I am so sorry to hear. Maybe we can do a small plan? Like $30 this Friday and then "
            "another $30 on the 27th, when you get cafe money again?",
            "So it's $30 on Friday the 13th and $30 on the 27th, by bank transfer, is that ok?",
        ],
    )
    assert "$30 more by Friday the 27th" in replies[2] or "other $30" in replies[2], replies[2]
    assert c.debtor.agreed.rest_amount == Decimal(30)
    assert c.outcome == "promise_secured" and c.promise.confirmed


def test_a_new_first_part_refits_the_rest(library: Library) -> None:
    """Half today and the rest Friday, then "actually, $300 today": the rest is what is left
    now ($200), not the old half; the whole amount today leaves no rest."""
    from test_engine_dynamics import debtor, line

    from simulator.language.types import Act

    d = debtor(library, ability_to_pay=100, can_pay_now_fraction=1.0)  # owes $500
    split = Slots(
        amount=Decimal(250),
        date=TODAY,
        first_amount=Decimal(250),
        first_date=TODAY,
        rest_date=dt.date(2026, 3, 13),
    )
    d.negotiate(line(Act.PROPOSE_TERMS, **vars(split))[0])
    assert d.agreed.rest_amount == Decimal(250)
    d.negotiate(line(Act.PROPOSE_TERMS, amount=Decimal(300))[0])
    assert (d.agreed.amount, d.agreed.rest_amount) == (Decimal(300), Decimal(200))
    d.negotiate(line(Act.PROPOSE_TERMS, amount=Decimal(500))[0])
    assert d.agreed.rest_amount is None and d.agreed.rest_date is None


def test_the_way_the_debtor_preferred_said_back_is_agreed_not_corrected(
    library: Library,
) -> None:
    """Played as a timid collector: the debtor said "Bank transfer would be easiest", the trainee
    restated with card ("Okay, card then."), then went back to bank transfer and was told
    "Card, actually, not bank transfer."""
    c = call(library, "lenders_persistent_late", 26)
    replies = play(
        c,
        [
            "hi, is this {debtor_name}? its {lender} calling",
            "this is an attempt to collect a debt and any info will be used for that. theres "
            "{amount_overdue} overdue on the loan",
            # ("could u do half ...": a proposal, which the act model retrained on corpora 54 and
            # 55 no longer hears as asking to pay; this persistent late payer needs asking)
            "could u pay half a week from today and then the other half on the 31st?",
            "how will u pay, bank transfer or debit card?",
            "ok so half by debit card on the 17th and the other half on the 31st, right?",
            "oh wait sorry u said bank transfer! so bank transfer, half on the 17th and the "
            "other half on the 31st, yeah?",
        ],
    )
    assert "transfer" in replies[3].lower(), replies[3]
    assert "actually" not in replies[-1] and "not bank transfer" not in replies[-1], replies[-1]
    assert c.debtor.agreed.method == "transfer"


def test_a_split_put_before_terms_are_talked_is_kept_when_the_way_to_pay_follows(
    library: Library,
) -> None:
    """Played in the UI as a timid collector: "could you maybe pay half today and the rest on
    friday?" to the rude defaulter's fee demand, then "sorry, um, by card maybe?": the debtor
    agreed half today by card and forgot the rest until it was said back."""
    c = call(library, "rude_defaulter_composure", 2)
    replies = play(
        c,
        [
            *OPENING,
            "I hear you. Could you maybe pay half today and the rest on friday? only if thats ok",
            "sorry, um, by card maybe?",
        ],
    )
    if c.debtor.agreed.method is None:  # the persona's mood decides how soon terms are talked
        replies += play(c, ["by card?"])
    assert c.debtor.agreed.date == TODAY and c.debtor.agreed.method == "card"
    assert c.debtor.agreed.rest_date == dt.date(2026, 3, 13), replies[-1]
    assert "Friday the 13th" in replies[-1], replies[-1]


def test_a_first_part_and_a_monthly_sum_said_apart_are_both_agreed(library: Library) -> None:
    """Played as new collectors: "fifty dollars this Friday; thereafter seventy-five dollars on
    the thirteenth of every month" was agreed as $50 on Friday and nothing more (the monthly
    sum in words, and the day said between the sum and "every month", hid the instalments)."""
    for proposal in (
        "fifty dollars this Friday; thereafter seventy-five dollars on the thirteenth of every "
        "month",
        "$50 this Friday, then $75 on the 13th of every month, by card?",
    ):
        c = call(library, "car_broke_down_partial", 5)
        replies = play(
            c,
            [
                *OPENING,
                "I'm sorry to hear that. Could we split it into a plan?",
                proposal,
            ],
        )
        agreed = c.debtor.agreed
        assert (agreed.amount, agreed.date) == (Decimal(50), dt.date(2026, 3, 13)), replies[-1]
        assert (agreed.rest_amount, agreed.rest_every) == (Decimal(75), "month"), replies[-1]
        assert agreed.rest_date == dt.date(2026, 4, 13)
        assert "$75 a month" in replies[-1], replies[-1]


def test_a_new_sum_for_the_first_part_keeps_its_day_and_the_rest_follows(
    library: Library,
) -> None:
    """Played as a new collector: with $100 on Friday and the rest on the 27th agreed, "make the
    first one 110 instead o 100, an then the rest on the 27th" moved the first part to the 27th
    (the debtor then said back "$110 by Friday the 27th, and the other $309.85 by Friday the
    27th"); the sum set aside ("instead of 100") had also been read as the one asked for."""
    first = Slots(amount=Decimal(100), date=dt.date(2026, 3, 13), rest_date=dt.date(2026, 3, 27))
    for text in (
        "Actually, make the first one 110 instead o 100, an then the rest on the 27th",
        "make it 110 rather than 100, and the rest on the 27th",
    ):
        slots = reading(text, first)
        assert (slots.first_amount, slots.first_date) == (Decimal(110), dt.date(2026, 3, 13))
        assert slots.rest_date == dt.date(2026, 3, 27)
    # no first part on the table: the line's own sum and day, no split made up
    assert reading("$200, and the rest on the 27th?").first_date is None
    c = call(library, "car_broke_down_partial", 4)
    replies = play(
        c,
        [
            *OPENING,
            "Could you pay part of it this Friday, say $100, and the rest on the 27th?",
            "Actually, make the first one 110 instead o 100, an then the rest on the 27th",
        ],
    )
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal(110), dt.date(2026, 3, 13)), replies[-1]
    assert agreed.rest_date == dt.date(2026, 3, 27), replies[-1]
    assert "Friday the 13th" in replies[-1] and "27th" in replies[-1], replies[-1]


def test_a_smaller_sum_put_in_place_of_a_doubted_one_brings_its_own_day() -> None:
    """Played as a warm collector with the hardship debtor: "a third would be about $275, can
    you really manage that now? I was thinking smaller, like $50 after your payday on Friday
    and then $50 every month after that" was agreed as $50 today (the doubted sum's "now"),
    and the debtor kept "Tuesday the 10th" through three corrections."""
    slots = reading(
        "Wait, a third would be about $275, can you really manage that now? I was thinking "
        "smaller, like $50 after your payday on Friday and then $50 every month after that. "
        "Would that be easier?"
    )
    assert (slots.amount, slots.date) == (Decimal(50), dt.date(2026, 3, 13))
    assert slots.first_date is None  # the instalments follow Friday's $50: no part "now"
    plain = reading("$50 on Friday and then $50 every month after that")
    assert (plain.amount, plain.date) == (Decimal(50), dt.date(2026, 3, 13))


def test_the_second_part_moved_keeps_its_own_sum_and_the_first_keeps_its_day(
    library: Library,
) -> None:
    """Played (round 27): with $313.03 today and $626.06 on the 17th agreed, "could you make the
    second part this coming Monday instead? Same amount, same card." got "Then the other $313.03
    by Monday the 16th" (the first part's sum); with half on Friday and half on the 20th agreed,
    "Second half, you can do on Monday the 16th instead of the 20th?" moved the first half.
    Both calls then "corrected" the trainee back to terms never agreed."""
    c = call(library, "lenders_persistent_late", 149)
    replies = play(
        c,
        [
            "Hello Charles, it's Mark from {lender}. Can I confirm I'm speaking to {debtor_name}?",
            "Thanks. This is an attempt to collect a debt, and anything you tell me will be used "
            "for that purpose. The car loan is now three payments behind, {amount_overdue}.",
            "I get that everyone's chasing you. How much money do you actually have available "
            "right now, today, in your account?",
            "End of the month is three weeks away, I can't hold it that long. Let's split it: "
            "can you pay $313.03 today by debit card, and the remaining $626.06 by next "
            "Tuesday, the 17th?",
            "Actually, thinking about it, Tuesday's cutting it close with our review - could you "
            "make the second part this coming Monday instead? Same amount, same card.",
        ],
    )
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal("313.03"), TODAY), replies
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("626.06"), dt.date(2026, 3, 16))
    assert "$626.06" in replies[-1], replies[-1]
    halves = call(library, "car_dealer_dispute", 133)
    replies = play(
        halves,
        [
            "Hello, my name is Linh, I call from {lender}. I am speak with {debtor_name}, yes? "
            "Please you tell me your birthday for check.",
            "Yes, car loan. This call is attempt to collect a debt, information you give will use "
            "for this purpose. You have two payment not pay, total {amount_overdue}.",
            "I understand, very frustrating for you. But the loan with us is separate from the "
            "dealer. Meanwhile, the payment still need to pay. You can pay the {amount_overdue}?",
            "I open the case for you now. Maybe you pay half now, {half_overdue} on Friday, and "
            "the other half next Friday the 20th?",
            "Thank you. You want pay how? By bank transfer or I take your card on phone?",
            "One thing, my manager want all paid in 7 days. Second half, you can do on Monday the "
            "16th instead of the 20th?",
        ],
    )
    agreed = halves.debtor.agreed
    assert agreed.date == dt.date(2026, 3, 13), replies
    assert agreed.rest_date == dt.date(2026, 3, 16), replies


def test_a_texters_split_is_read_and_a_new_first_part_with_its_sum_moves_the_day(
    library: Library,
) -> None:
    """Played as a texter (round 28): "150 now rest 2 wks from today?" put the $150 on the 24th
    ("now" lost), and "ok not today. payday fri 13th? 155 then, rest 3/24" kept today (a day
    before the rest's words, with a first part agreed, was taken for talk); seven incoherent
    replies followed."""
    c = call(library, "car_broke_down_partial", 238)
    replies = play(
        c,
        [
            "no, burns credit union. {debtor_name}?",
            "sorry, no. dob pls?",
            "thx. debt collection call, info used for that. car loan {amount_overdue} due 2/28, "
            "not paid. whats up?",
            "ugh sorry. 150 now rest 2 wks from today?",
        ],
    )
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal(150), TODAY), replies[-1]
    assert agreed.rest_date == dt.date(2026, 3, 24), replies[-1]
    replies = play(c, ["ok not today. payday fri 13th? 155 then, rest 3/24", "paypal ok for both?"])
    agreed = c.debtor.agreed
    assert (agreed.amount, agreed.date) == (Decimal(155), dt.date(2026, 3, 13)), replies
    assert (agreed.rest_amount, agreed.rest_date) == (Decimal("149.32"), dt.date(2026, 3, 24))
    assert agreed.method == "paypal"
    assert any(t.analysis.has(Act.MINI_MIRANDA) for t in c.turns)  # the disclosure, texted
