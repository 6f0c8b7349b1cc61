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
