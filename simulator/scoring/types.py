"""The shape of scores: the contract between `scoring` and the engine, CLI, TUI and records.

The dimensions a turn is scored on are those of scoring/dimensions.py: the scores hold them
by name, so a new dimension needs no new field here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, TypeVar

from simulator.language.types import Analysis


@dataclass(frozen=True)
class Evidence:
    """Why a score moved: the cue, the trainee's own words that triggered it, and by how much."""

    cue: str
    text: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True)
class DimensionScore:
    value: int  # 0-100
    evidence: tuple[Evidence, ...] = ()


V = TypeVar("V")


class ReadsDimensions(Generic[V]):
    """Scores held by dimension name (`get`), with a property for each dimension the engine
    and the call scorer read for what it means (the debtor's mood follows politeness). Code
    that shows or keeps every dimension loops over the registry with `get` instead."""

    def get(self, name: str) -> V:
        raise NotImplementedError

    @property
    def urgency(self) -> V:
        return self.get("urgency")

    @property
    def politeness(self) -> V:
        return self.get("politeness")

    @property
    def focus(self) -> V:
        return self.get("focus")


@dataclass(frozen=True, init=False)
class TurnScores(ReadsDimensions[DimensionScore]):
    """A turn's score on each dimension, by name: `scores.get("focus")`. Made as
    `TurnScores(urgency=..., politeness=..., focus=...)`."""

    by_name: Mapping[str, DimensionScore]

    def __init__(self, **by_name: DimensionScore) -> None:
        object.__setattr__(self, "by_name", by_name)

    def get(self, name: str) -> DimensionScore:
        return self.by_name[name]

    def __hash__(self) -> int:
        return hash(tuple(self.by_name.items()))


@dataclass(frozen=True)
class TurnContext:
    """What the turn scorer may know beyond the line itself."""

    previous_debtor_line: str = ""
    debtor_was_rude: bool = False  # the debtor's last line insulted or provoked the trainee
    debtor_drifted: bool = False  # the debtor's last line was an excuse or a tangent
    turn_index: int = 0


@dataclass(frozen=True)
class Promise:
    amount: Decimal | None = None
    date: dt.date | None = None
    method: str | None = None
    confirmed: bool = False  # the debtor agreed and the trainee restated it
    vague: bool = False  # the debtor only offered "I'll pay soon"
    # the payment split in two: the rest of the overdue amount, and the day it is paid by
    rest_amount: Decimal | None = None
    rest_date: dt.date | None = None
    # the rest paid in instalments of rest_amount from rest_date, how often ("then $280 a month
    # from the 13th of April": "month"; "week", "fortnight"); None: the rest in one payment
    rest_every: str | None = None

    def rest_terms(self, amount: str, day: str) -> str:
        """The rest as a report says it, from its sum and day in the report's own words:
        "$280 a month from Mon 13 Apr", "$186.16 by Fri 13 Mar"."""
        if self.rest_every is None:
            return f"{amount} by {day}"
        return f"{amount} a {self.rest_every} from {day}"

    # an amount, a date and a method agreed that fall short of the scenario's goal: said back,
    # the debtor says yes, but the promise the goal asks for is not made
    short_of_goal: bool = False
    # why, in words a trainee can act on ("the day agreed, Friday the 20th, is 10 days off:
    # the goal asks for payment within 7 days"); empty when the promise meets the goal
    goal_gaps: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return None not in (self.amount, self.date, self.method) and self.confirmed


@dataclass(frozen=True)
class ScoredTurn:
    """One trainee turn as the call-level scorer sees it."""

    analysis: Analysis
    scores: TurnScores
    debtor_reply: str = ""
    debtor_was_rude: bool = False  # the debtor line *before* this turn was rude
    identity_verified_before: bool = False  # identity was confirmed before this turn
    # the call had reached its end state (the promise made, say) before this turn: what is
    # said then is service ("shall I set up the direct debit?"), not a lapse of urgency
    after_the_goal: bool = False
    # the debtor's reply told their story (said from a drifting state: the excuse, what
    # happened): the real problem is heard without asking
    reason_told: bool = False


@dataclass(frozen=True)
class ComplianceRules:
    enabled: bool = False
    legal_action_authorised: bool = False
    dispute_window: bool = False
    # When the call was placed, in the debtor's local time (None: not known, not checked)
    call_time: dt.time | None = None
    # Findings the scenario's own rules made from call-memory flags (rules.fail_when): they
    # count whether or not the rule pack is switched on
    flag_findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Finding:
    rule: str  # e.g. "mini_miranda", "disclosure_before_verification", "threat_of_arrest"
    message: str  # what was wrong and what to do instead
    turn_index: int | None  # None when the finding is about the whole call (e.g. never said)
    text: str = ""  # the trainee's words
    critical: bool = True


@dataclass(frozen=True)
class GoalView:
    """What the call was for, as the call scorer needs it: a payment goal is scored on the
    promise; any other (message left, reference obtained, ...) on whether it was reached."""

    kind: str = "full_payment"
    description: str = ""
    payment: bool = True
    reached: bool = False  # the call ended in an outcome that counts as reaching the goal
    outcome_label: str = ""
    broken: tuple[str, ...] = ()  # rules broken on the way by a call that ended well
    # the scenario ends the call badly when told of consequences (the reliable customer who
    # takes offence): no tip asks for them
    consequences_backfire: bool = False
    # the goal asks it taken politely (no insult, threat, sarcasm or brush-off on the way), and
    # the words of the line that was not, when a call that ended well had one
    politely: bool = False
    impolite_line: str | None = None
    # where the terms agreed fall short of a payment goal, in words ("the day agreed, Friday the
    # 20th, is 10 days off: the goal asks for payment within 7 days")
    shortfall: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tip:
    message: str
    guidance: str  # "guidance 9", "DOMAIN 2: call structure", ...


@dataclass(frozen=True)
class CallScores(ReadsDimensions[int]):
    """The call's scores. `dimensions`: each dimension's mean over the turns, by name
    (`scores.get("focus")`; the tips read urgency, politeness and focus by name)."""

    dimensions: Mapping[str, int]
    promise: int
    composure: int | None  # None when the debtor was never rude
    overall: int
    compliance: tuple[Finding, ...] = ()
    failed: bool = False  # a critical compliance finding fails the call
    tips: tuple[Tip, ...] = ()
    promise_evidence: tuple[str, ...] = field(default_factory=tuple)

    def get(self, name: str) -> int:
        """A dimension's score, by name."""
        return self.dimensions[name]

    def __hash__(self) -> int:
        return hash((tuple(self.dimensions.items()), self.promise, self.overall, self.compliance))
