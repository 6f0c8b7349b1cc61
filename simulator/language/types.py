"""The shape of what the language layer reads from one trainee line.

This is the contract between `language` (which fills it), `scoring` and `engine`
(which read it). Keep it plain data: no behaviour beyond small helpers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.language.custom_acts import CustomActSpec


class Act(StrEnum):
    """What a trainee line does in the call. A line may do several things."""

    GREET = "greet"
    IDENTIFY_SELF = "identify_self"
    VERIFY_IDENTITY = "verify_identity"
    MINI_MIRANDA = "mini_miranda"  # "this is an attempt to collect a debt..."
    STATE_PURPOSE = "state_purpose"
    STATE_AMOUNT = "state_amount"
    ASK_PAYMENT = "ask_payment"
    SET_DEADLINE = "set_deadline"
    STATE_CONSEQUENCE = "state_consequence"
    EMPATHISE = "empathise"
    PROBE_REASON = "probe_reason"
    OFFER_PLAN = "offer_plan"
    PROPOSE_TERMS = "propose_terms"  # names an amount, date or method for the payment
    CONFIRM_TERMS = "confirm_terms"  # restates the agreed terms back to the debtor
    ACCEPT_VAGUE = "accept_vague"  # "ok, pay whenever you can"
    SAY_NO = "say_no"  # declines the debtor's request ("I can't waive the fee")
    APOLOGISE = "apologise"
    THANK = "thank"
    CLOSE = "close"
    OFF_TOPIC = "off_topic"
    INSULT = "insult"  # insults or profanity aimed at the debtor
    THREAT = "threat"  # threats of violence, arrest, jail, garnishment, unauthorised legal action
    LEGAL_ACTION = "legal_action"  # mentions taking legal action / repossessing collateral
    OTHER = "other"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cue:
    """A matched piece of evidence: a name (e.g. 'gratitude', 'deadline_today'), where it is."""

    name: str
    span: Span
    weight: float = 0.0


@dataclass(frozen=True)
class Slots:
    amount: Decimal | None = None  # resolved to money when possible ("half" of the overdue)
    amount_text: str | None = None  # the words that named it ("two hundred and fifty", "half")
    date: dt.date | None = None  # resolved against the call's date
    date_text: str | None = None
    method: str | None = None  # a key of engine.debtor.METHOD_WORDS: card, transfer, paypal, ...
    # The payment split in two, both parts named: the first part's sum (when said) and day, and
    # the day the rest is paid ("half today and the rest by the 13th", "Half now is fine. And
    # the other $265.40 by the 20th?"); `amount` and `date` stay what the line puts forward...
    first_amount: Decimal | None = None
    first_date: dt.date | None = None
    rest_date: dt.date | None = None
    rest_amount: Decimal | None = None  # the second part's sum, when said ("and $30 on the 27th")
    # ...or the line's terms are the rest's alone, a first part agreed ("and the rest by the
    # 31st?": amount the rest, date the 31st; "and the rest, when?")
    rest: bool = False

    def is_empty(self) -> bool:
        return self.amount is None and self.date is None and self.method is None


@dataclass(frozen=True)
class AnalysisContext:
    """What the reader needs to resolve a line: the call's date, the money in question, and,
    inside a call, where the conversation stands (as a form knows which field it asked for).
    Every field but `today` is optional: `collectsim score` reads lines with no call around
    them."""

    today: dt.date
    amount_overdue: Decimal | None = None
    previous_debtor_line: str = ""
    # the debtor's lines before that one, oldest first: a count they told ("sixty applications")
    # may be exclaimed at a turn later
    earlier_debtor_lines: tuple[str, ...] = ()
    state: str = ""  # the debtor's state in the scenario
    # The debtor is waiting for payment terms: terms are on the table, or the state negotiates.
    # Then a bare "Friday?" or "what about 3/13?" proposes a date.
    terms_expected: bool = False
    debtor_names: tuple[str, ...] = ()  # full, first and last name from the collection record
    lender: str = ""
    # The debtor has confirmed who they are: a lone word before a question mark ("Day?",
    # "tmrw?") no longer names anyone.
    identity_confirmed: bool = False
    # The debtor's next payday, when the collection record knows it: "next payday" is a date.
    next_payday: dt.date | None = None
    # The next regular instalment's due day, when the record knows it: "the rest with your next
    # instalment" is a date.
    next_instalment: dt.date | None = None
    agreed: Slots | None = None  # the terms the debtor has agreed so far
    named_day: dt.date | None = None  # the day the debtor offered, when they named one
    agreed_complete: bool = False  # amount, date and method all agreed
    # The acts the scenario and persona define (language/custom_acts.py), read beside the
    # built-in ones and reported in Analysis.custom_acts.
    custom_acts: tuple[CustomActSpec, ...] = ()


@dataclass(frozen=True)
class Analysis:
    text: str
    acts: tuple[Act, ...]
    slots: Slots
    cues: tuple[Cue, ...] = ()
    # Flags are booleans a user would name: question, shouting, profanity, insult, threat,
    # sarcasm, negated_threat, vague_timing, ...
    flags: frozenset[str] = field(default_factory=frozenset)
    # The trainer-defined acts (AnalysisContext.custom_acts) the line does, in declared order.
    custom_acts: tuple[str, ...] = ()

    def has(self, act: Act) -> bool:
        return act in self.acts

    def cued(self, name: str) -> bool:
        """Does the line carry a cue of this name ("asks_repeat", "verify_name")?"""
        return any(cue.name == name for cue in self.cues)
