"""The collection record's arithmetic pinned with numbers: money in a currency, months and
instalments due, the history the segment and traits decide, and three records drawn from a
fixed seed and date (so a change to how a record is drawn is seen, and said, in a commit)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from simulator.content.library import Library
from simulator.content.models import Range, Segment
from simulator.engine import record as rec


def test_money_and_its_smallest_unit() -> None:
    assert rec.currency_unit("$") == Decimal("0.01")
    assert rec.currency_unit(" ¥ ") == 1 and rec.currency_unit("ISK") == 1
    assert rec.money(Decimal("1234.5")) == "$1,234.50"
    assert rec.money(Decimal("1234.5"), "£") == "£1,234.50"
    assert rec.money(Decimal("1234"), "¥") == "¥1,234"


@pytest.mark.parametrize(
    ("day", "months", "want"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 1, 15), -1, dt.date(2025, 12, 15)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 5, 10), 0, dt.date(2026, 5, 10)),
        (dt.date(2026, 5, 10), 24, dt.date(2028, 5, 10)),
    ],
)
def test_add_months(day: dt.date, months: int, want: dt.date) -> None:
    assert rec.add_months(day, months) == want


@pytest.mark.parametrize(
    ("first", "today", "due"),
    [
        (dt.date(2026, 3, 10), dt.date(2026, 3, 10), 0),  # due today: not yet before today
        (dt.date(2026, 3, 11), dt.date(2026, 3, 10), 0),
        (dt.date(2026, 3, 9), dt.date(2026, 3, 10), 1),
        (dt.date(2026, 2, 10), dt.date(2026, 3, 10), 1),  # the second falls due today
        (dt.date(2026, 2, 9), dt.date(2026, 3, 10), 2),
        (dt.date(2025, 3, 9), dt.date(2026, 3, 10), 13),
        (dt.date(2026, 1, 31), dt.date(2026, 3, 1), 2),  # 31 Jan, 28 Feb
    ],
)
def test_instalments_due(first: dt.date, today: dt.date, due: int) -> None:
    assert rec.instalments_due(first, today) == due


def test_an_instalment_lies_in_the_range_or_splits_a_narrow_one() -> None:
    rng = random.Random(1)
    for _ in range(50):
        value = rec._instalment(rng, Range(min=300, max=330), 3, Decimal("0.01"))
        assert Decimal(100) <= value <= Decimal(110) and value == value.quantize(Decimal("0.01"))
    assert rec._instalment(rng, Range(min=100, max=100.01), 3, Decimal("0.01")) == Decimal("33.34")
    assert rec._instalment(rng, Range(min=10, max=11), 7, Decimal(1)) == Decimal(2)


def test_late_payments_by_segment_and_willingness(library: Library) -> None:
    persona = library.personas["juggling_lenders"]

    def late(segment: Segment, willing: int) -> tuple[int, int]:
        traits = persona.traits.model_copy(update={"willingness_to_pay": willing})
        return rec._default_late_payments(
            persona.model_copy(update={"segment": segment, "traits": traits})
        )

    assert late(Segment.PERSISTENT_LATE, 100) == (2, 3)
    assert late(Segment.PERSISTENT_LATE, 61) == (2, 3)
    assert late(Segment.PERSISTENT_LATE, 60) == (3, 4)
    assert late(Segment.PERSISTENT_LATE, 0) == (4, 5)
    assert late(Segment.HARDSHIP, 50) == (0, 2)
    assert late(Segment.MALICIOUS_DEFAULT, 50) == (0, 1)
    assert late(Segment.FIRST_TIME_LATE, 0) == (0, 0)
    assert late(Segment.DISPUTE, 0) == (0, 0)


def test_hot_tempered_unwilling_debtors_refuse(library: Library) -> None:
    persona = library.personas["juggling_lenders"]

    def share(temper: int, willing: int) -> float:
        traits = persona.traits.model_copy(update={"temper": temper, "willingness_to_pay": willing})
        p = persona.model_copy(update={"traits": traits})
        rng = random.Random(0)
        return sum(rec._refuses(rng, p) for _ in range(4000)) / 4000

    assert share(0, 0) == 0 and share(100, 100) == 0
    assert share(100, 0) == 1  # 2 x 1 x 1, at most certain
    assert share(50, 50) == pytest.approx(0.5, abs=0.03)  # 2 x 0.5 x 0.5
    assert share(25, 50) == pytest.approx(0.25, abs=0.03)


@pytest.mark.parametrize(
    ("persona", "numbers", "outcomes", "history"),
    [
        ("forgetful_student", ("176.55", "176.55", "4600.00", 7, 1, 0, 0, 0), [], "ppppppm"),
        (
            "juggling_lenders",
            ("941.54", "470.77", "14400.00", 41, 2, 3, 3, 0),
            ["promise", "promise", "promise"],
            "lplpplmm",
        ),
        (
            "malicious_defaulter",
            ("3597.00", "899.25", "40900.00", 96, 4, 1, 3, 0),
            ["promise", "promise", "promise", "no_reply"],
            "pplpppmmmm",
        ),
    ],
)
def test_records_drawn_from_a_fixed_seed(
    library: Library, persona: str, numbers: tuple[object, ...], outcomes: list[str], history: str
) -> None:
    r = rec.generate_record(library.personas[persona], 3, dt.date(2026, 3, 10))
    got = (
        str(r.amount_overdue), str(r.instalment), str(r.original_amount), r.days_past_due,
        r.missed_payments, r.late_payments, r.broken_promises, r.kept_promises,
    )  # fmt: skip
    assert got == numbers
    assert [c.outcome for c in r.contacts] == outcomes
    assert r.amount_overdue == r.instalment * r.missed_payments
    # six months of history before the unpaid instalments (paid, late, missed)
    assert "".join(p.status[0] for p in r.payment_history) == history
    assert r.payment_history[-r.missed_payments].due == r.due_date


@pytest.mark.parametrize(
    ("persona", "summary", "late_by"),
    [
        ("forgetful_student",
         "First missed payment: $176.55, 7 days late; the 6 before it paid on time.", []),
        ("juggling_lenders",
         "2 missed payments: $941.54, 41 days late; 3 broken promises.", [18, 16, 11]),
        ("malicious_defaulter",
         "4 missed payments: $3,597.00, 96 days late; 3 broken promises.", [1]),
        ("rude_defaulter",
         "2 missed payments: $283.56, 54 days late; 1 broken promise.", [14, 5, 5, 2]),
    ],
)  # fmt: skip
def test_record_summaries_and_late_payments(
    library: Library, persona: str, summary: str, late_by: list[int]
) -> None:
    r = rec.generate_record(library.personas[persona], 3, dt.date(2026, 3, 10))
    assert r.summary() == summary
    late = [p for p in r.payment_history if p.status == "late"]
    assert [(p.paid_on - p.due).days for p in late if p.paid_on] == late_by


def test_when_the_ranges_disagree_the_missed_payments_decide(library: Library) -> None:
    p = library.personas["juggling_lenders"]
    loan = p.loan.model_copy(
        update={"missed_payments": Range(min=3, max=3), "days_past_due": Range(min=0, max=5)}
    )
    r = rec.generate_record(p.model_copy(update={"loan": loan}), 1, dt.date(2026, 3, 10))
    # the fewest days for three missed monthly payments: the oldest fell due on 9 January
    assert (r.missed_payments, r.days_past_due, r.due_date) == (3, 60, dt.date(2026, 1, 9))


def test_the_record_as_text_says_each_promise(library: Library) -> None:
    from simulator.engine.call import Call
    from simulator.engine.clock import FixedClock
    from simulator.engine.text_report import describe_record

    sc = library.scenario("lenders_persistent_late")
    call = Call(sc, library.persona_for(sc), seed=3, clock=FixedClock(dt.datetime(2026, 3, 10)))
    text = describe_record(call)
    assert "Overdue:  $941.54: 2 x $470.77 (41 days past due, oldest due January 28)" in text
    promises = [line.split("; promised ")[1] for line in text.splitlines() if "; promised" in line]
    assert promises == [
        "$470.77 by Feb 12 (broken)",
        "$941.54 by Mar 3 (broken)",
        "$941.54 by Mar 8 (broken)",
    ]


@pytest.mark.parametrize(
    ("kind", "today", "want"),
    [
        ("month_end", dt.date(2026, 3, 10), dt.date(2026, 3, 31)),
        ("month_end", dt.date(2028, 2, 1), dt.date(2028, 2, 29)),  # a leap year
        ("month_end", dt.date(2026, 12, 31), dt.date(2026, 12, 31)),  # on the day itself
        ("month_start", dt.date(2026, 3, 1), dt.date(2026, 3, 1)),
        ("month_start", dt.date(2026, 12, 2), dt.date(2027, 1, 1)),
        ("weekly", dt.date(2026, 3, 10), dt.date(2026, 3, 13)),  # a Tuesday: that Friday
        (None, dt.date(2026, 3, 10), None),
    ],
)
def test_the_next_payday_is_on_or_after_today(
    kind: str | None, today: dt.date, want: dt.date | None
) -> None:
    assert rec.next_payday(kind, today) == want
