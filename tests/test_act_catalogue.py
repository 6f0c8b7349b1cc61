"""The act catalogue (simulator/language/en/acts.yaml) is the one place an act is described:
every act the reader knows has an entry, every example in it is read as its act, no near miss
is, and the authoring guide's table is the catalogue's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from simulator.language import AnalysisContext, analyze
from simulator.language.act_catalogue import DOCS, catalogue, docs_with_table
from simulator.language.types import Act

CONTEXT = AnalysisContext(today=dt.date(2026, 3, 10), amount_overdue=Decimal("420.50"))
EXAMPLES = [(e.name, x) for e in catalogue().values() for x in e.examples]
NEAR_MISSES = [(e.name, x) for e in catalogue().values() for x in e.near_misses]


def test_every_act_has_an_entry_and_every_entry_is_an_act() -> None:
    assert set(catalogue()) == {a.value for a in Act} - {Act.OTHER.value}
    for entry in catalogue().values():
        assert entry.means and len(entry.examples) >= 2 and entry.near_misses, entry.name


@pytest.mark.parametrize(("act", "line"), EXAMPLES)
def test_every_example_is_read_as_its_act(act: str, line: str) -> None:
    assert Act(act) in analyze(line, CONTEXT).acts


@pytest.mark.parametrize(("act", "line"), NEAR_MISSES)
def test_no_near_miss_is_read_as_the_act(act: str, line: str) -> None:
    assert Act(act) not in analyze(line, CONTEXT).acts


def test_the_guide_shows_the_catalogue() -> None:
    text = DOCS.read_text("utf-8")
    assert docs_with_table(text) == text, "run: python -m simulator.language.act_catalogue --docs"


def test_every_act_has_a_place_in_the_engine_priority() -> None:
    """An act missing from ACT_PRIORITY would be read and never move the debtor."""
    from simulator.engine.call import ACT_PRIORITY

    assert sorted(ACT_PRIORITY) == sorted(Act) and len(ACT_PRIORITY) == len(set(ACT_PRIORITY))
