"""The collection record tells one consistent story, for every bundled persona and any seed
and day (property-based): the money adds up in the record's currency, the dates are in order
and agree with each other, and the persona's segment holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.content.library import Library, load_library
from simulator.content.models import Loan, LoanType, Persona, Range, Segment
from simulator.engine.record import (
    CollectionRecord,
    add_months,
    currency_unit,
    generate_record,
    instalments_due,
)

BUNDLED: Library = load_library(include_user=False)
PERSONAS = sorted(BUNDLED.personas)
SEEDS = st.integers(min_value=0, max_value=2**31)
DAYS = st.dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2035, 12, 31))
MANY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def within(value: float, r: Range) -> bool:
    return r.min <= value <= r.max


def check_story(record: CollectionRecord, today: dt.date) -> None:
    """What holds for every record, whatever the persona's ranges."""
    unit = currency_unit(record.currency)
    history = record.payment_history
    missed = [p for p in history if p.status == "missed"]

    # Money: every amount in whole units of the currency; the overdue amount is the missed
    # instalments, to the unit.
    for amount in (record.original_amount, record.instalment, record.amount_overdue):
        assert amount == amount.quantize(unit), amount
    assert all(p.amount == record.instalment for p in history)
    assert record.amount_overdue == record.instalment * record.missed_payments
    assert record.amount_overdue == sum((p.amount for p in missed), Decimal(0))
    assert len(missed) == record.missed_payments >= 1

    # Instalments fall due monthly; the unpaid ones are the latest, the oldest of them is the
    # record's due date, days late count from it, and every instalment due since is unpaid.
    dues = [p.due for p in history]
    before = len(history) - len(missed)
    assert dues == [add_months(record.due_date, k - before) for k in range(len(dues))]
    assert history[-len(missed) :] == tuple(missed)
    assert record.due_date == missed[0].due
    assert record.days_past_due == (today - record.due_date).days
    assert instalments_due(record.due_date, today) == record.missed_payments
    for before, payment in zip(history, history[1:], strict=False):
        if payment.status == "paid":
            assert payment.paid_on is not None and payment.paid_on <= payment.due
        elif payment.status == "late":
            assert payment.paid_on is not None and before.due < payment.due < payment.paid_on
        else:
            assert payment.status == "missed" and payment.paid_on is None
    assert history[0].status != "late" or history[0].paid_on < history[1].due  # type: ignore[operator]
    for payment, following in zip(history, history[1:], strict=False):
        if payment.paid_on is not None:
            assert payment.paid_on < following.due  # paid before the next fell due

    # Contacts: in date order, before today, each after the due date of the payment it is
    # about (and, for a payment paid late, before it was paid).
    by_due = {p.due: p for p in history}
    contacts = record.contacts
    assert [c.date for c in contacts] == sorted(c.date for c in contacts)
    for i, c in enumerate(contacts):
        assert c.about in by_due
        payment = by_due[c.about]
        assert c.about < c.date < today
        assert payment.paid_on is None or c.date < payment.paid_on
        assert (c.excuse == "") == (c.outcome == "no_reply")
        if c.outcome != "promise":
            assert c.promise_amount is None and c.promise_date is None
            assert c.promise_status == "none"
            continue
        # A promise: made by phone, due after the call and before today (so kept or broken),
        # for whole instalments that were unpaid when it was made, and the next contact came
        # after the promised date.
        assert c.promise_date is not None and c.promise_amount is not None
        assert c.date < c.promise_date < today
        unpaid_then = [
            p for p in history if p.due < c.date and (p.paid_on is None or p.paid_on > c.date)
        ]
        assert c.promise_amount % record.instalment == 0 if record.instalment else True
        assert record.instalment <= c.promise_amount <= record.instalment * len(unpaid_then)
        assert all(later.date > c.promise_date for later in contacts[i + 1 :])
        if c.promise_status == "kept":
            assert payment.paid_on is not None and c.date < payment.paid_on <= c.promise_date
        else:
            assert c.promise_status == "broken"
            assert payment.paid_on is None or payment.paid_on > c.promise_date


def check_segment(record: CollectionRecord, persona: Persona) -> None:
    """The persona's segment decides the history, within the persona's ranges."""
    loan = persona.loan
    late = sum(1 for p in record.payment_history if p.status == "late")
    kept, broken = record.kept_promises, record.broken_promises
    assert record.segment == persona.segment.value
    assert record.collateral == loan.collateral  # present where the loan has one
    assert kept <= late  # a kept promise is a late payment paid as promised
    assert all(c.excuse in persona.excuses for c in record.contacts if c.excuse)
    if persona.segment is Segment.FIRST_TIME_LATE:
        assert record.missed_payments == 1
        assert broken == 0
        if loan.late_payments is None:
            assert late == 0 and kept == 0
        else:
            assert within(late, loan.late_payments)
    if persona.segment is Segment.PERSISTENT_LATE:
        assert broken >= 1
        assert late >= 1
    if persona.segment is Segment.MALICIOUS_DEFAULT:
        assert broken >= 1 or any(c.outcome == "refused" for c in record.contacts)
        assert kept == 0 or loan.kept_promises.max > 0
    if persona.segment is Segment.DISPUTE:
        assert all(c.outcome in ("dispute", "promise") for c in record.contacts)


@pytest.mark.parametrize("persona_id", PERSONAS)
@MANY
@given(seed=SEEDS, today=DAYS)
def test_every_bundled_record_tells_one_story(persona_id: str, seed: int, today: dt.date) -> None:
    persona = BUNDLED.personas[persona_id]
    record = generate_record(persona, seed, today)
    check_story(record, today)
    check_segment(record, persona)
    # The bundled ranges agree with their segments, so the record stays inside all of them.
    loan = persona.loan
    assert within(float(record.amount_overdue), loan.overdue_amount)
    assert within(record.days_past_due, loan.days_past_due)
    assert within(record.missed_payments, loan.missed_payments)
    assert within(record.broken_promises, loan.broken_promises)
    assert within(record.kept_promises, loan.kept_promises)
    assert len(record.contacts) >= loan.previous_contacts.min
    assert len(record.contacts) <= max(
        loan.previous_contacts.max, loan.broken_promises.max + loan.kept_promises.max
    )
    assert record == generate_record(persona, seed, today)  # the same seed, the same file


def _range(low: int, high: int) -> st.SearchStrategy[Range]:
    return st.tuples(st.integers(low, high), st.integers(low, high)).map(
        lambda pair: Range(min=min(pair), max=max(pair))
    )


LOANS = st.builds(
    Loan,
    type=st.sampled_from(LoanType),
    currency=st.sampled_from(["$", "€", "£", "¥"]),
    original_amount=_range(0, 100_000),
    overdue_amount=_range(0, 20_000),
    days_past_due=_range(0, 400),
    missed_payments=_range(0, 12),
    previous_contacts=_range(0, 8),
    broken_promises=_range(0, 6),
    kept_promises=_range(0, 6),
    late_payments=st.none() | _range(0, 12),
    collateral=st.none() | st.just("the car"),
)


@MANY
@given(loan=LOANS, segment=st.sampled_from(Segment), seed=SEEDS, today=DAYS)
def test_any_persona_the_models_allow_gets_a_consistent_record(
    loan: Loan, segment: Segment, seed: int, today: dt.date
) -> None:
    """Ranges a trainer writes may disagree with each other or the segment; the segment and
    the dates win, and the file still adds up."""
    persona = BUNDLED.personas["juggling_lenders"].model_copy(
        update={"loan": loan, "segment": segment}
    )
    record = generate_record(persona, seed, today)
    check_story(record, today)
    assert record.segment == segment.value
    assert record.collateral == loan.collateral
    if segment is Segment.FIRST_TIME_LATE:
        assert record.missed_payments == 1 and record.broken_promises == 0


def test_a_yen_record_has_no_cents() -> None:
    persona = BUNDLED.personas["unemployed_graduate"]
    loan = persona.loan.model_copy(update={"currency": "¥"})
    record = generate_record(persona.model_copy(update={"loan": loan}), 3, dt.date(2026, 3, 10))
    assert record.instalment == record.instalment.to_integral_value()
    assert record.placeholders()["amount_overdue"] == f"¥{record.amount_overdue:,.0f}"
