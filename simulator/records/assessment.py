"""The assessment pack: the same calls, with the same seeds, for every collector in a team.

One call per persona family (the debtor types of DOMAIN.md: first-time late, persistent late,
dispute, hardship, malicious default), so a team lead compares collectors on equal calls.
The ids are fixed; each family lists the scenario to use and, in order, stand-ins for when a
trainer's installation lacks it. A family with none of its ids present is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from simulator.content.models import Scenario

PACK_NAME = "assessment-v1"


@dataclass(frozen=True)
class PackEntry:
    family: str
    scenario_ids: tuple[str, ...]  # first present wins
    seed: int


PACK: tuple[PackEntry, ...] = (
    PackEntry("first_time_late", ("student_forgot_first_late", "traveller_forgot_deposit"), 101),
    # the rude defaulter provokes: the pack's one test of self-control under provocation
    PackEntry("persistent_late", ("rude_defaulter_composure", "lenders_persistent_late"), 202),
    PackEntry("dispute", ("car_dealer_dispute",), 303),
    PackEntry("hardship", ("student_unemployed_hardship",), 404),
    PackEntry("malicious_default", ("malicious_default_legal",), 505),
)


class HasScenarios(Protocol):
    scenarios: dict[str, Scenario]


def assessment_pack(library: HasScenarios) -> list[tuple[str, int]]:
    """(scenario id, seed) for each family whose scenario is present, in pack order."""
    pack: list[tuple[str, int]] = []
    for entry in PACK:
        chosen = next((sid for sid in entry.scenario_ids if sid in library.scenarios), None)
        if chosen is not None:
            pack.append((chosen, entry.seed))
    return pack
