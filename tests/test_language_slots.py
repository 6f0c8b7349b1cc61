"""Amounts, dates and payment methods, resolved against the call's own date (a Tuesday)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from simulator.language import AnalysisContext, analyze

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
        ("Pay this week.", dt.date(2026, 12, 4)),
        ("Pay next week.", dt.date(2026, 12, 7)),
        ("Pay next month.", dt.date(2027, 1, 1)),
        ("Pay in two weeks.", dt.date(2026, 12, 15)),
        ("Pay in 3 days.", dt.date(2026, 12, 4)),
        ("Pay within 48 hours.", dt.date(2026, 12, 3)),
        ("Pay in a fortnight.", dt.date(2026, 12, 15)),
        ("Pay at 3 pm tomorrow.", dt.date(2026, 12, 2)),
    ],
)
def test_dates(text: str, date: dt.date) -> None:
    assert analyze(text, CTX).slots.date == date


def test_a_date_is_resolved_against_the_calls_own_day() -> None:
    friday = AnalysisContext(today=dt.date(2026, 12, 4))
    assert analyze("Pay by Friday.", friday).slots.date == dt.date(2026, 12, 4)
    assert analyze("Pay on the 3rd.", friday).slots.date == dt.date(2027, 1, 3)


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
