"""The defaults docs/authoring.md gives for a persona's traits and loan ranges are the ones a
persona that leaves them out gets."""

from __future__ import annotations

import re
from pathlib import Path

from simulator.content.models import Loan, Traits

DOC = (Path(__file__).resolve().parent.parent / "docs" / "authoring.md").read_text("utf-8")


def test_every_trait_default_in_the_guide_is_the_models() -> None:
    start = DOC.index("**`traits`**")
    said = dict(re.findall(r"`([a-z_]+)` \((?:default )?([0-9.]+)[;:]", DOC[start : start + 3000]))
    optional = re.findall(r"`([a-z_]+)` \(left out", DOC[start : start + 3000])
    # every trait is documented, with a default (a number, or "left out": none)
    assert set(said) | set(optional) == set(Traits.model_fields)
    defaults = Traits()
    assert all(getattr(defaults, name) is None for name in optional)
    for name, value in said.items():
        assert getattr(defaults, name) == float(value), name


def test_the_loan_range_defaults_in_the_guide_are_the_models() -> None:
    row = re.search(r"\| `missed_payments`, `previous_contacts`.*\(default ([0-9, ]+)\)", DOC)
    assert row is not None
    wanted = [float(v) for v in row.group(1).split(",")]
    names = ("missed_payments", "previous_contacts", "broken_promises", "kept_promises")
    for name, value in zip(names, wanted, strict=True):
        default = Loan.model_fields[name].default
        assert (default.min, default.max) == (value, value), name
