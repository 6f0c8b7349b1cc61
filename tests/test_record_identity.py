"""The debtor in the collection record is who the persona says (docs/authoring.md,
`identity`): a name of the persona's gender and an age inside its range, on any seed."""

from __future__ import annotations

import datetime as dt

import pytest
from faker.providers.person.en_US import Provider

from simulator.content.library import Library
from simulator.content.models import Persona, Range
from simulator.engine.record import generate_record

TODAY = dt.date(2026, 3, 10)
SEEDS = range(12)


def persona(library: Library, **identity: object) -> Persona:
    base = library.personas["forgetful_student"]
    return base.model_copy(update={"identity": base.identity.model_copy(update=identity)})


def juggler_with(library: Library, missed: Range, days: Range) -> Persona:
    """The juggling borrower with these missed payments and days past due."""
    base = library.personas["juggling_lenders"]
    update = {"missed_payments": missed, "days_past_due": days}
    return base.model_copy(update={"loan": base.loan.model_copy(update=update)})


@pytest.mark.parametrize(
    ("gender", "names"),
    [("female", set(Provider.first_names_female)), ("male", set(Provider.first_names_male))],
)
def test_the_first_name_is_of_the_personas_gender(
    library: Library, gender: str, names: set[str]
) -> None:
    p = persona(library, gender=gender)
    firsts = [generate_record(p, seed, TODAY).first_name for seed in SEEDS]
    assert all(first in names for first in firsts), firsts


def test_the_age_is_in_the_personas_range(library: Library) -> None:
    p = persona(library, age=Range(min=30, max=40))
    for seed in SEEDS:
        born = generate_record(p, seed, TODAY).date_of_birth
        assert born < TODAY
        age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        assert 30 <= age <= 41, (seed, born)  # the range, and up to a year of birthday


def test_the_collateral_is_named_as_the_persona_names_it(library: Library) -> None:
    secured = generate_record(library.personas["malicious_defaulter"], 1, TODAY)
    assert secured.placeholders()["collateral"] == "the car"
    unsecured = generate_record(library.personas["forgetful_student"], 1, TODAY)
    assert unsecured.placeholders()["collateral"] == "the collateral"


def test_when_the_ranges_disagree_the_missed_payments_decide(library: Library) -> None:
    """docs/authoring.md: days past due and missed payments are drawn together; three
    missed monthly payments cannot be 5-10 days past due, so the days come as close as
    they can to what the persona asks while three instalments are unpaid."""
    p = juggler_with(library, missed=Range(min=3, max=3), days=Range(min=5, max=10))
    for seed in SEEDS:
        record = generate_record(p, seed, TODAY)
        assert record.missed_payments == 3
        assert 59 <= record.days_past_due <= 93, record.days_past_due  # 3 monthly instalments


def test_the_last_day_of_the_days_past_due_range_is_drawn(library: Library) -> None:
    """The persona's days past due are a closed range: a persona 45 days past due (one day,
    its minimum and its maximum) is 45 days past due on every seed, with the two monthly
    instalments that fell due in those days unpaid (45 and 15 days ago)."""
    p = juggler_with(library, missed=Range(min=1, max=3), days=Range(min=45, max=45))
    for seed in SEEDS:
        record = generate_record(p, seed, TODAY)
        assert (record.days_past_due, record.missed_payments) == (45, 2), seed


def test_the_account_number_names_the_loan_and_ends_in_its_last_four(library: Library) -> None:
    """An account number reads as the loan's kind (its first two letters, as in ST- for a
    student loan) and eight digits; `{account_last4}` is its last four."""
    for persona_id in ("forgetful_student", "broken_down_car_owner"):
        p = library.personas[persona_id]
        prefix = p.loan.type.value[:2].upper()
        for seed in SEEDS:
            record = generate_record(p, seed, TODAY)
            kind, _dash, digits = record.account_number.partition("-")
            assert (kind, _dash) == (prefix, "-") and len(digits) == 8 and digits.isdigit()
            assert record.placeholders()["account_last4"] == digits[-4:]
