"""The debtor's inner state: patience, mood, pressure, rapport and the terms agreed so far.

These move with what the trainee does (politeness, empathy, urgency, insults) and are what the
scenario's named conditions read. The persona's traits shape the negotiation:

- `ability_to_pay` caps what they can pay in one go: below 50, at ability/50 of the overdue
  amount (and never above `can_pay_now_fraction` of it);
- `willingness_to_pay` below 50 holds an affordable amount back until the call's pressure
  reaches 50 - willingness: until then they counter with willingness/50 of what they can pay;
- `honesty` below 50 pleads poverty: every amount they counter with is understated, scaled by
  (50 + honesty)/100, though they agree to anything up to what they can really pay;
- `pays_within_days` is the day they name when asked which day: any date from today on is
  agreed (offered more time, a person takes it; the goal check tells the trainee the day is too
  late), and a day already past is countered with it.

An aimless caller (off-topic lines, or lines that say nothing the debtor can act on) costs
patience faster each turn in a row: 4, 8, 12... points, so every persona hangs up in the end.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from simulator.content.models import GoalKind, Mood, Persona, Scenario
from simulator.engine.record import currency_unit, day_text, next_payday
from simulator.language.dates import add_months, day_number, find_dates
from simulator.language.methods import find_methods
from simulator.language.numbers import SUM_LEFT_BEFORE, AmountMatch, find_amounts
from simulator.language.text import normalise
from simulator.language.types import Act, Analysis, Slots
from simulator.scoring.types import TurnScores


def _clamp(value: float) -> float:
    return max(0.0, min(100.0, value))


# how far over what they can pay a debtor still says yes to (2%: $300 asked of $298)
_STRETCH = Decimal("0.02")
HARD_UP = 50  # ability_to_pay below this: a debtor who offers only a share of the instalment


@dataclass
class Terms:
    amount: Decimal | None = None
    date: dt.date | None = None
    method: str | None = None
    # the payment split in two: the rest of the overdue amount, paid by a later day
    rest_amount: Decimal | None = None
    rest_date: dt.date | None = None
    # the rest paid in instalments of rest_amount "a month" ("month", "week", "fortnight"),
    # when the trainee said how often
    rest_every: str | None = None

    def complete(self) -> bool:
        return None not in (self.amount, self.date, self.method)

    def count(self) -> int:
        return sum(x is not None for x in (self.amount, self.date, self.method))


@dataclass
class NegotiationResult:
    said: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (line key, values)
    changed: bool = False

    @property
    def corrected(self) -> bool:
        """The trainee restated a term the debtor had not agreed: the restatement is wrong."""
        return any(key == "correct_term" for key, _ in self.said)


@dataclass
class DebtorState:
    persona: Persona
    scenario: Scenario
    today: dt.date
    amount_overdue: Decimal
    patience: float = 60.0
    mood_value: float = 60.0
    pressure: float = 0.0
    rapport: float = 0.0
    turns: int = 0
    turns_in_state: int = 0
    identity_verified: bool = False
    amount_stated: bool = False
    reason_heard: bool = False
    plan_offered: bool = False
    insulted: bool = False
    vague_offered: bool = False
    agreed: Terms = field(default_factory=Terms)
    named_method: str | None = None  # the way to pay the debtor said they would prefer
    named_rest_date: dt.date | None = None  # the day the debtor named for the rest, asked
    named_day: dt.date | None = None  # the day the debtor named, asked which day suits them
    named_amount: Decimal | None = None  # the sum the debtor said they could manage
    # the instalment the debtor named for the rest, asked ("I could manage $928.93 a month")
    named_rest: tuple[Decimal, str | None] | None = None
    # instalments said yes to before the first part's day was agreed: (sum, how often)
    # (sum, how often, the day they start when one was said)
    pending_instalments: tuple[Decimal, str, dt.date | None] | None = None
    # the trainee named the last of the instalments, smaller than the others ("and the last
    # 337.31 end of June"): the terms said back say it too
    last_told: bool = False
    confirmed: bool = False
    currency: str = "$"
    # the loan's regular instalment, when the record gives one (the rest said with it on top)
    instalment: Decimal | None = None
    aimless: int = 0  # trainee turns in a row that did nothing towards the call's goal
    flags: set[str] = field(default_factory=set)  # call memory, set by transitions ('set:')
    acts_heard: set[str] = field(default_factory=set)  # every act the trainee has done so far

    @classmethod
    def start(
        cls, persona: Persona, scenario: Scenario, today: dt.date, amount_overdue: Decimal
    ) -> DebtorState:
        traits = persona.traits
        return cls(
            persona=persona,
            scenario=scenario,
            today=today,
            amount_overdue=amount_overdue,
            patience=float(traits.patience),
            mood_value=_clamp(85 - traits.temper * 0.6),
            currency=persona.loan.currency,
        )

    @property
    def mood(self) -> Mood:
        if self.mood_value >= 55:
            return Mood.CALM
        if self.mood_value >= 25:
            return Mood.IRRITATED
        return Mood.HOSTILE

    def react(self, analysis: Analysis, scores: TurnScores) -> None:
        """Move patience, mood, pressure and rapport for one trainee turn."""
        temper = self.persona.traits.temper / 100
        politeness = scores.politeness.value
        self.turns += 1
        self.acts_heard.update(act.value for act in analysis.acts)
        self.acts_heard.update(analysis.custom_acts)
        self.patience -= 2.0  # every turn costs a little: calls do not go on for ever
        self.patience += (politeness - 50) / 10
        self.mood_value += (politeness - 50) / 6
        if analysis.has(Act.EMPATHISE):
            self.rapport = _clamp(self.rapport + 25)
            self.mood_value += 8
            self.patience += 4
        if analysis.has(Act.PROBE_REASON):
            self.rapport = _clamp(self.rapport + 10)
            self.reason_heard = True
        if "dispute_right" in analysis.flags:
            # "I'll note your dispute, you still have the right to dispute it. But the 402 is
            # due": the customer's reason is taken in as surely as by asking it (play-test 167)
            self.reason_heard = True
        if analysis.has(Act.INSULT):
            self.insulted = True
            self.patience -= 20 + 25 * temper
            self.mood_value -= 35
        if analysis.has(Act.THREAT):
            self.patience -= 15 + 20 * temper
            self.mood_value -= 25
        if self._aimless_turn(analysis):
            # small talk or lines that ask nothing: each one in a row tries them more
            self.aimless += 1
            self.patience -= AIMLESS_COST * self.aimless
        else:
            self.aimless = 0
        if "shouting" in analysis.flags:
            self.patience -= 8
            self.mood_value -= 10
        urgency = scores.urgency.value
        self.pressure += max(0.0, (urgency - 40) / 2.5)
        for act, push in (
            (Act.SET_DEADLINE, 8),
            (Act.STATE_CONSEQUENCE, 10),
            (Act.ASK_PAYMENT, 6),
            (Act.STATE_AMOUNT, 4),
        ):
            if analysis.has(act):
                self.pressure += push
        if analysis.has(Act.ACCEPT_VAGUE):
            self.pressure -= 20
        if analysis.has(Act.STATE_AMOUNT) or analysis.slots.amount is not None:
            self.amount_stated = self.amount_stated or analysis.has(Act.STATE_AMOUNT)
        if analysis.has(Act.OFFER_PLAN):
            self.plan_offered = True
        self.patience = _clamp(self.patience)
        self.mood_value = _clamp(self.mood_value)
        self.pressure = _clamp(self.pressure)

    @staticmethod
    def _aimless_turn(analysis: Analysis) -> bool:
        """Off the goal: small talk, or nothing the debtor can act on (no act, no term)."""
        if analysis.has(Act.OFF_TOPIC):
            return True
        return set(analysis.acts) <= {Act.OTHER} and analysis.slots.is_empty()

    # --- negotiation -------------------------------------------------------------------

    def affordable(self) -> Decimal:
        """The most the debtor can pay in one go: `can_pay_now_fraction` of the overdue
        amount, capped by `ability_to_pay` below 50."""
        traits = self.persona.traits
        fraction = min(
            Decimal(str(traits.can_pay_now_fraction)),
            Decimal(min(traits.ability_to_pay, 50)) / 50,
        )
        return (self.amount_overdue * fraction).quantize(Decimal("1"))

    def most_a_period(self, every: str) -> Decimal:
        """The most the debtor offers to pay each period ("month", "fortnight", "week"): the
        loan's own instalment a month, half of it a fortnight, a quarter a week; a debtor hard up
        names a round share of it ("440 first ... what can you do per month on the rest?" to the
        graduate whose shifts barely cover rent got "$313.98 a month, maybe", the whole
        instalment)."""
        share = {"month": 1, "fortnight": 2, "week": 4}[every]
        instalment = self.instalment if self.instalment is not None else self.amount_overdue
        ability = self.persona.traits.ability_to_pay
        if ability < HARD_UP:
            scaled = instalment * ability / HARD_UP / share
            return max(Decimal(10), (scaled / 10).quantize(Decimal(1)) * 10)
        return max(Decimal(1), (instalment / share).quantize(Decimal("0.01")))

    def holding_back(self) -> bool:
        """An unwilling debtor does not agree to an amount until the call's pressure is
        at least 50 - willingness_to_pay."""
        # pressure is never below 0, so a debtor willing at 50 or more never holds back
        return self.pressure < 50 - self.persona.traits.willingness_to_pay

    def offer(self) -> Decimal:
        """The amount the debtor says they can do: what they can pay, less while they hold
        back (willingness/50 of it), understated by a dishonest debtor ((50 + honesty)/100)."""
        traits = self.persona.traits
        amount = self.affordable()
        if self.holding_back():
            amount = amount * traits.willingness_to_pay / 50
        if traits.honesty < 50:
            amount = amount * (50 + traits.honesty) / 100
        if amount >= self.amount_overdue - 1:
            return self.amount_overdue  # all of it, to the cent: not "$1,231" of $1,231.06
        return max(Decimal("1"), amount.quantize(Decimal("1")))

    def money(self, value: Decimal) -> str:
        return money_text(value, self.currency)

    def day(self, day: dt.date) -> str:
        """A day as the debtor says it, on this call's day ("Friday the 13th")."""
        return day_text(day, self.today)

    def named_date(self) -> dt.date:
        """The day the debtor names when asked which day (pays_within_days from the call), a
        weekday: a weekend's day is the Friday before, or the Monday after when that Friday has
        gone (people pay on working days; "Sunday the 15th" for "which day this week?" was no
        answer a person gives)."""
        day = self.today + dt.timedelta(days=self.persona.traits.pays_within_days)
        if day.weekday() >= calendar.SATURDAY:
            friday = day - dt.timedelta(days=day.weekday() - calendar.FRIDAY)
            day = friday if friday >= self.today else day + dt.timedelta(days=7 - day.weekday())
        return day

    def with_the_instalment(self, said: Decimal) -> bool:
        """Is the sum said the rest agreed with the regular instalment on top ("then $735.91 on
        Sun 3/22 which covers the rest plus March's payment", play-test 177)?"""
        rest, regular = self.agreed.rest_amount, self.instalment
        return rest is not None and regular is not None and abs(said - rest - regular) <= 1

    def rest_due(self) -> Decimal | None:
        """What is left once the agreed first part is paid (None: no part agreed, or all)."""
        amount = self.agreed.amount
        if amount is None or amount >= self.amount_overdue:
            return None
        return self.amount_overdue - amount

    def last_instalment(self) -> tuple[Decimal, dt.date] | None:
        """The last of the instalments agreed, when it is smaller than the others: $350 a
        month from 30 April, of $1,037.31 left, ends with $337.31 on 30 June. None when there
        are no instalments, or they divide what is left evenly."""
        agreed, left = self.agreed, self.rest_due()
        each, start, every = agreed.rest_amount, agreed.rest_date, agreed.rest_every
        if left is None or each is None or start is None or every is None or each <= 0:
            return None
        count = int((left / each).to_integral_value(rounding=ROUND_UP))
        last = left - each * (count - 1)
        if count < 2 or abs(last - each) < Decimal("0.01") or count > 120:
            return None
        return last, _periods_after(start, every, count - 1)

    def rest_day(self, first_day: dt.date | None = None, asked: str = "") -> dt.date:
        """The day the debtor names for the rest: a week after the first part (agreed, or
        `first_day` they name with it) at the soonest, on their payday when they have one ("the
        other half on the payday after, the 27th"); in next month when the question `asked`
        puts it there ("the other $250.17 next month, um, which day would be okay?")."""
        first = first_day or self.agreed.date or self.today
        soonest = max(self.named_date(), first + dt.timedelta(days=7))
        if _NEXT_MONTH.search(asked):
            month_after = dt.date(self.today.year, self.today.month, 1) + dt.timedelta(days=32)
            soonest = max(soonest, month_after.replace(day=1))
        return next_payday(self.persona.traits.payday, soonest) or soonest

    def negotiate(self, analysis: Analysis) -> NegotiationResult:
        """The debtor's answer to terms the trainee named: accept each, or counter. A payment
        split in two ("half today and the rest by the 13th") is the first part's terms, then
        the rest's day; "and the rest by the 31st?" names the rest's day alone."""
        slots = analysis.slots
        last = self.last_instalment()
        if (
            last is not None
            and slots.amount is not None
            and abs(slots.amount - last[0]) < Decimal("0.01")
            and slots.date in (None, last[1])
            and slots.amount not in (self.agreed.amount, self.agreed.rest_amount)
        ):
            # "Just to be clear the June one is 337.31 not 350, that clears it exactly. Ok?"
            # with $350 a month from April agreed (play-test 273): the last instalment, what is
            # left, said yes to; not a new sum for the first part
            self.last_told = True
            result = NegotiationResult()
            values = {"last_amount": self.money(last[0]), "last_date": self.day(last[1])}
            result.said.append(("accept_last", values))
            return result
        if self.agreed.method is not None and any(
            cue.name == "method_refused"
            and any(m[0] == self.agreed.method for m in find_methods(normalise(cue.span.text)))
            for cue in analysis.cues
        ):
            # "NOT by cheque. Debit card or bank transfer.": the way agreed, turned down by the
            # trainee, is open again
            self.agreed.method = None
            self.confirmed = False
        if (
            slots.date is not None
            and (
                slots.date in (self.named_rest_date, self.agreed.rest_date)
                or self._rests_day_put_right(analysis)
            )
            and self.agreed.date is not None
            and slots.date != self.agreed.date
            and self.rest_due() is not None
            and slots.amount is None
        ):
            # "The 7th of April works even better." after they named it for the rest, "happy to
            # make it the 27th" with the rest on the 27th: the rest's day, not the first part's
            slots = dataclasses.replace(slots, rest=True)
            analysis = dataclasses.replace(analysis, slots=slots)
        if (
            slots.amount is not None
            and slots.date is not None
            and slots.date == self.agreed.rest_date
            and slots.first_date is None
            and self.with_the_instalment(slots.amount)
        ):
            # "the 16th March payment would be $640 + the other $320, so $960" with the other
            # $320 agreed for the 16th: the rest, with the instalment due that day on top, not a
            # new sum to haggle over (play-tests 180 and 182)
            result = NegotiationResult()
            self._negotiate_method(
                slots.method,
                analysis.has(Act.CONFIRM_TERMS),
                result,
                _read_back_only(analysis),
                analysis.text,
            )
            rest = self.agreed.rest_amount or Decimal(0)
            values = {
                "total": self.money(slots.amount),
                "rest_amount": self.money(rest),
                "rest_date": self.day(slots.date),
            }
            result.said.append(("accept_rest_with_instalment", values))
            return result
        if slots.rest and self.agreed.amount is None and slots.amount is not None:
            said = {
                a.value for a in self._amounts_in(normalise(analysis.text)) if a.value is not None
            }
            part = self.amount_overdue - slots.amount
            # ("You'd better mean it. And the other $240.74?" after the debtor offered half on
            # Friday, play-test 231: the first part is implied, what they offered)
            implied = said <= {slots.amount}
            # ("So $261 to start. Then for the rest, about $484, ..." of $745.48, play-test
            # 259: the rest said roughly, to the dollar)
            slack = DOLLAR_SLACK if _ROUGHLY.search(analysis.text) else CENTS_SLACK
            if part not in said and not implied:
                # "261 ok. Rest is 484.10. You pay 121.03 every month, 4 month, start april 13":
                # the first part and what is left both named, the rest's instalment put
                # (to the cent or near it: 261 and 484.10 of $745.11)
                part = next(
                    (
                        p
                        for p in sorted(said)
                        if p != slots.amount
                        and any(abs(self.amount_overdue - p - q) <= slack for q in said)
                    ),
                    Decimal(0),
                )
            if part > 0 and (part in said or implied):
                # "355 ok. when exactly and how? and the rest, 658.16, we split monthly, say 220
                # a month from april" with nothing agreed: the first part's sum accepted, and
                # the rest from its day (not $658.16 taken for the first part)
                # ("348. Fine ... And the remaining 232.69 goes in with the March 20th
                # instalment" with Friday agreed: the first part on the day agreed, the rest on
                # its own; play-test 147)
                slots = dataclasses.replace(
                    slots,
                    amount=part,
                    date=None if self.agreed.date or not implied else self.named_day,
                    rest=False,
                    first_amount=part,
                    first_date=self.agreed.date or (self.named_day if implied else None),
                    rest_date=slots.date,
                    rest_amount=None,
                )
                analysis = dataclasses.replace(analysis, slots=slots)
        started = self._instalments_started(analysis)
        if started is not None:
            # "for the monthly part after that - would maybe $40 a month be alright too,
            # starting in April?" with $40 agreed and no day for it: April is when the
            # instalments start; the first part's day is still to be named
            result = NegotiationResult()
            self.pending_instalments = started
            values = {
                "rest_amount": f"{self.money(started[0])} a {started[1]}",
                "rest_date": self.day(started[2]),
            }
            result.said.append(("accept_instalments", values))
            return result
        first_sum = self._first_part_before_instalments(analysis)
        if first_sum is not None:
            # the day (and way) are the first part's, the sum a period the instalments after
            # it (not a new first part at that sum)
            first = dataclasses.replace(slots, amount=first_sum, amount_text=None)
            result = self._negotiate(dataclasses.replace(analysis, slots=first))
            self._agree_instalments(analysis, result, True)
            return result
        first_then_series = self._first_then_series(analysis)
        if first_then_series is not None:
            # "oh, ok, $271 on friday the 20th, that's really good actually ... could we maybe
            # split that in two, like $251.05 on april 20th and $251.05 on may 20th?" (play-test
            # 202): the first part they named, taken, and the rest month by month after it
            first, each, start = first_then_series
            result = self._negotiate(dataclasses.replace(analysis, slots=first))
            if self.agreed.date == first.date and self.rest_due() is not None:
                restating = analysis.has(Act.CONFIRM_TERMS)
                self._agree_rest(start, restating, result, each, "month")
            return result
        instalment = self._instalment_put(analysis)
        if instalment is not None:
            # "$20 on the 27th as a first payment. Then from April, could you do $40 a month, on
            # the 27th of each month?" with $20 on the 27th agreed: the rest's instalment, not
            # a new first part
            return self._only_the_rest(analysis, instalment[0], slots.amount, instalment[1])
        if self._names_the_rests_sum(slots):
            # "And the other $252.52 - your next payday, the 27th?", "can you move the $436.96
            # to Tuesday the 17th?" with the first part agreed: the rest's sum, to the cent, is
            # the rest's terms, not a new first payment (an instalment put is dealt with above)
            slots = dataclasses.replace(slots, rest=True)
            analysis = dataclasses.replace(analysis, slots=slots)
        # "And the rest? What can you do a month after that, starting April?": the instalment
        # is asked for, not put; the debtor names it (call.py), agreeing no day for it yet
        asks_instalment = any(cue.name == "ask_instalment" for cue in analysis.cues)
        if slots.rest and self.rest_due() is not None:
            result = NegotiationResult()
            restating = analysis.has(Act.CONFIRM_TERMS)
            self._negotiate_method(
                slots.method, restating, result, _read_back_only(analysis), analysis.text
            )
            first_part_said = slots.date == self.agreed.date and any(
                a.value == self.agreed.amount for a in self._amounts_in(normalise(analysis.text))
            )
            if (
                slots.date is not None
                and (slots.amount is not None or not asks_instalment)
                # ("So 215 by transfer Monday 16th, remaining 214.35 goes on with the payment
                # due in april" with $215 on the 16th agreed: the day is the first part's, said
                # back, not the rest's)
                and not first_part_said
            ):
                every = every_period(analysis.text)
                amount = slots.amount
                per_period = self._sums_a_period(analysis.text)[1]
                if len(per_period) == 1 and per_period[0][1] == every:
                    # "And the rest, that's 684.84... would three monthly payments of 228.28 be
                    # ok? Starting in April?": the instalment is the sum put, not the rest's
                    amount = per_period[0][0]
                self._agree_rest(slots.date, restating, result, amount, every)
            elif slots.date is None and slots.amount is not None and not asks_instalment:
                # "and for the rest, thats $665.32 left, could you maybe do like $100 a month
                # after that?": the rest's instalments, from a period after the first part
                self._agree_instalments(analysis, result)
            return result
        series = self._series_after_the_first_part(analysis)
        if series is not None:
            # "the other two? 314.25 on the 30th of April and 314.25 on the 31st of May" with
            # 314.25 on the 31st of March agreed: the instalments after it, not a new first part
            return self._only_the_rest(analysis, series[0], slots.first_amount, series[1])
        if slots.rest_date is not None and slots.first_date is not None:
            if (
                self.agreed.rest_date is None
                and analysis.has(Act.CONFIRM_TERMS)
                # ("ok so to confirm: 284.12 by card this thursday the 12th, and the remaining
                # 284.11 goes with ur next instalment" with $284.12 agreed for Friday: said
                # back with the day slipped, put right; play-test 121)
                # (the day they named themselves, said back with it, is no new plan: "Let me read
                # that back. $200 by debit card on Friday March 13th, then ..." after "Friday
                # the 13th would work for me"; play-test 219)
                and (
                    slots.first_amount != self.agreed.amount
                    or (self.agreed.date is None and slots.first_date != self.named_day)
                )
            ):
                # "Half now at least: $480.40 by Friday 13th, rest on the 31st. Yes or no?"
                # with the whole agreed for Friday: a new plan put, not the terms said back
                acts = tuple(a for a in analysis.acts if a is not Act.CONFIRM_TERMS)
                analysis = dataclasses.replace(analysis, acts=acts)
            same = slots.date == slots.first_date
            first = dataclasses.replace(
                slots,
                amount=slots.first_amount,
                amount_text=slots.amount_text if same else None,
                date=slots.first_date,
                date_text=slots.date_text if same else None,
            )
            result = self._negotiate(dataclasses.replace(analysis, slots=first))
            if self.agreed.date == slots.first_date and self.rest_due() is not None:
                restating = analysis.has(Act.CONFIRM_TERMS)
                every = every_period(analysis.text)
                amount = slots.rest_amount
                put = self.instalment_after_a_first_part(analysis.text)
                if put is not None and every in (None, put[1]):
                    # "then the rest, $765.40, in monthly chunks, say $255.13 on the 13th of
                    # april, may and june", "then $255.13 on april 13, $255.13 on may 13, ..."
                    # (play-test 202): the rest in instalments of the sum put, from the rest's
                    # day; not all of it, nor one payment, on that day
                    amount, every = put
                self._agree_rest(slots.rest_date, restating, result, amount, every)
            return result
        first_put = self.agreed.amount is None and analysis.slots.date is not None
        result = self._negotiate(analysis)
        self._agree_instalments(analysis, result, first_put)
        if not first_put:
            self._new_period(analysis)
        return result

    def _instalments_started(self, analysis: Analysis) -> tuple[Decimal, str, dt.date] | None:
        """(sum, how often, first day) of instalments put with the day they start ("$40 a month
        ... starting in April"), a first part's sum agreed and its day not: None otherwise."""
        agreed, slots = self.agreed, analysis.slots
        if (
            agreed.amount is None
            or agreed.date is not None
            or agreed.rest_date is not None
            or slots.date is None
            or slots.date_text is None
            or not _STARTING.search(slots.date_text)
            or not _AFTER_THE_FIRST.search(analysis.text)
        ):
            return None
        per_period = self._sums_a_period(analysis.text)[1]
        if len(per_period) != 1 or self.rest_due() is None:
            return None
        amount, every = per_period[0]
        return min(amount, self.rest_due() or amount), every, slots.date

    def _names_the_rests_sum(self, slots: Slots) -> bool:
        """Is the line's one sum what is left after the agreed first part (or the rest's own
        sum agreed), to the cent, and not the first part's own (halves of the same sum stay the
        first part's), with the rest one payment, not instalments?"""
        agreed, left = self.agreed, self.rest_due()
        if slots.amount is None or slots.first_amount is not None or slots.rest or left is None:
            return False
        if agreed.amount is None or agreed.date is None or slots.amount == agreed.amount:
            return False
        if agreed.rest_every is not None:
            return False  # (paid in instalments: the sum left is what they add up to)
        return slots.amount in (left, agreed.rest_amount)

    def _new_period(self, analysis: Analysis) -> None:
        """A plan of equal payments put again at another period ("Instead of $40 every two
        weeks, can we do $25 every week, starting this Friday 13th?"): the payments after the
        first come at the new period, a period after it."""
        agreed = self.agreed
        if (
            agreed.amount is None
            or agreed.date is None
            or agreed.rest_every is None
            or agreed.rest_amount is None
            or abs(agreed.rest_amount - agreed.amount) > 1
        ):
            return
        units = {
            unit
            for said, unit in self._sums_a_period(analysis.text)[1]
            if abs(said - agreed.amount) <= 1
        }
        if len(units) == 1 and (every := units.pop()) != agreed.rest_every:
            agreed.rest_every = every
            agreed.rest_date = _a_period_after(agreed.date, every)
            self.confirmed = False

    def _only_the_rest(
        self, analysis: Analysis, day: dt.date, amount: Decimal | None, every: str
    ) -> NegotiationResult:
        """The line's terms as the rest's alone (and the way to pay, if it names one)."""
        result = NegotiationResult()
        restating = analysis.has(Act.CONFIRM_TERMS)
        self._negotiate_method(
            analysis.slots.method, restating, result, _read_back_only(analysis), analysis.text
        )
        self._agree_rest(day, restating, result, amount, every)
        return result

    def _series_after_the_first_part(self, analysis: Analysis) -> tuple[dt.date, str] | None:
        """(first day, how often) when the line's two parts are the same sum a week, a fortnight
        or a month apart, both after the first part agreed: so much a period from the first of
        them; None otherwise."""
        slots, agreed = analysis.slots, self.agreed
        first, second = slots.first_date, slots.rest_date
        if (
            first is None
            or second is None
            or slots.first_amount is None
            or slots.rest_amount is None
            or agreed.date is None
            or first <= agreed.date
            or abs(slots.first_amount - slots.rest_amount) > 1
            or self.rest_due() is None
            # ("So $220.72 on Friday and $220.72 on... maybe next Friday, the 20th?" with half
            # agreed for today, play-test 164: the two parts are the whole owed, the plan said
            # again with its days moved, not two more payments after the first)
            or abs(slots.first_amount + slots.rest_amount - self.amount_overdue) <= 1
        ):
            return None
        gap = (second - first).days
        every = {7: "week", 14: "fortnight"}.get(gap, "month" if 28 <= gap <= 31 else None)
        return (first, every) if every is not None else None

    def _rests_day_put_right(self, analysis: Analysis) -> bool:
        """ "I meant the 27th, not the 24th" with the rest due on the 24th: the day turned down
        is the rest's, so the day put is the rest's too (or the day they named for the rest:
        "27th march? thats over 2 weeks away. no. make it the 20th", play-test 277)."""
        return self._turns_down(analysis, self.agreed.rest_date) or self._turns_down(
            analysis, self.named_rest_date
        )

    def _turns_down(self, analysis: Analysis, day: dt.date | None) -> bool:
        """Does the line turn this day down ("not the 24th", "No, not today.")?"""
        return day is not None and any(
            cue.name in ("negated_date", "rejected_date")
            and any(d.date == day for d in find_dates(normalise(cue.span.text), self.today))
            for cue in analysis.cues
        )

    def _instalment_put(self, analysis: Analysis) -> tuple[dt.date, str] | None:
        """(first day, how often) of the instalment the line's sum is, with a first part agreed
        and the sum said as so much a month (a week...), from the line's day when it is later
        than the first part's; None when the line's sum is no such instalment."""
        agreed, slots = self.agreed, analysis.slots
        if (
            slots.amount is None
            or agreed.amount is None
            or agreed.date is None
            or self.rest_due() is None
            # (the first part's own sum, said again, unless said as so much a period and
            # alone: "after the 13th, are you okay with $50 every fortnight?" with $50 agreed)
            # ("Maybe $150 a month? Or ... like $100 a month starting April 13?" with $100 on
            # the 13th agreed, play-test 161: every sum said a month, the instalments put)
            or (
                abs(slots.amount - agreed.amount) <= 1
                and not self._one_sum_a_period(analysis)
                and not self._only_sums_a_period(analysis, slots.amount)
            )
            # "Would, say, $150 a month be more realistic?": the sum put in the part's place
            # ("once the first fifty is paid, the monthly instalments seventy-five instead" are
            # still the instalments)
            or (
                _IN_ITS_PLACE.search(analysis.text) is not None
                and _OF_THE_REST.search(analysis.text) is None
                # ("we could do less I think, like $100 a month starting April 13?" with $100
                # agreed: the first part's sum, said as the instalments; "Instead of $40 every
                # two weeks, can we do $25 every week" puts a new sum in the plan's place)
                and not (
                    abs(slots.amount - agreed.amount) <= 1
                    and self._only_sums_a_period(analysis, slots.amount)
                )
            )
        ):
            return None
        every = next(
            (
                unit
                for said, unit in self._sums_a_period(analysis.text)[1]
                if abs(said - slots.amount) <= 1
            ),
            None,
        )
        if every is None and _is_the_rests(slots.amount, agreed.amount, agreed.rest_amount):
            every = agreed.rest_every  # "and for the monthly $40, the 27th of each month?"
        if every is None:
            return None
        # (a day no later than the first part's, "on the 13th of each month" with the 13th
        # agreed, starts the instalments a period after it)
        later = slots.date if slots.date is not None and slots.date > agreed.date else None
        start = later or _a_period_after(agreed.date, every)
        on = _DAY_EACH_MONTH.search(analysis.text) if every == "month" else None
        day = day_number(on.group(1) or on.group(2)) if on is not None else None
        if day is not None and 1 <= day <= 28:
            # "on the 27th of each month" from April: the 27th of April
            start = _next_day_of_month(max(start, agreed.date + dt.timedelta(days=1)), day)
        return start, every

    def _one_sum_a_period(self, analysis: Analysis) -> bool:
        """Does the line say one sum (beside what it names as the rest), and say it as so much
        a month (a week, a fortnight)?"""
        named, per_period = self._sums_a_period(analysis.text)
        return named == 1 and len(per_period) == 1

    def _only_sums_a_period(self, analysis: Analysis, amount: Decimal) -> bool:
        """Does the line say every sum as so much a period, `amount` among them?"""
        named, per_period = self._sums_a_period(analysis.text)
        return (
            named > 1
            and named == len(per_period)
            and any(abs(said - amount) <= 1 for said, _unit in per_period)
        )

    def says_sum(self, text: str, amount: Decimal) -> bool:
        """Does the line name this sum, to the cent?"""
        found = self._amounts_in(normalise(text))
        return any(a.value is not None and abs(a.value - amount) < Decimal("0.01") for a in found)

    def _amounts_in(self, norm: str) -> list[AmountMatch]:
        """The sums a normalised line names, its days' numbers left out."""
        days = [(d.start, d.end) for d in find_dates(norm, self.today)]
        return find_amounts(norm, None, days)

    def _sums_a_period(self, text: str) -> tuple[int, list[tuple[Decimal, str]]]:
        """How many sums the line names, leaving out the rest named as such ("for the
        remaining $3,237.48"), and those of them said as so much a period, with the period:
        "$40 a month", "$809.37 on the 13th of each month"."""
        norm = normalise(in_periods(text))
        sums = [
            a
            for a in self._amounts_in(norm)
            if a.value is not None
            and SUM_LEFT_BEFORE.search(norm, max(0, a.start - 24), a.start) is None
        ]
        per_period = []
        for said in sums:
            period = _PERIOD_SOON_AFTER.match(norm, said.end)
            if period is not None and _THE_REST.search(norm, said.end, period.end()):
                period = None
            before = _PERIOD_BEFORE.search(norm, max(0, said.start - 40), said.start)
            if period is not None and said.value is not None:
                unit = next(unit for unit in period.group("unit", "unit2") if unit)
                per_period.append((said.value, unit))
            elif before is not None and said.value is not None:
                per_period.append((said.value, before.group("unit")))
        return len(sums), per_period

    def _agree_instalments(
        self, analysis: Analysis, result: NegotiationResult, first_put: bool = False
    ) -> None:
        """ "50 dollar on Friday, and then 50 every month?": with the first part's day agreed
        and no day said for the rest, the instalments start a month (a week, a fortnight) after
        it."""
        agreed = self.agreed
        if agreed.rest_date is not None or self.rest_due() is None:
            return
        found = self.instalment_after_a_first_part(analysis.text)
        if agreed.date is None:
            if found is not None and agreed.amount is not None:
                # "$299 as the first payment, and then ... say around $140 a month": the
                # instalments said yes to, to start a period after the first part's day once
                # that is agreed
                self.pending_instalments = (*found, None)
                money = self.money(min(found[0], self.rest_due() or found[0]))
                result.said.append(
                    ("accept_instalments_later", {"rest_amount": f"{money} a {found[1]}"})
                )
            return
        if found is None and first_put:
            found = self._instalments_from_the_first(analysis)
        start_at: dt.date | None = None
        if self.pending_instalments is not None:
            sum_each, every_said, start_on = self.pending_instalments
            # (the day they were to start, said with them, stands while they are the same)
            if found is None or found == (sum_each, every_said):
                found, start_at = (sum_each, every_said), start_on
        if found is None:
            return
        self.pending_instalments = None
        amount, every = found
        start = _a_period_after(agreed.date, every)
        if start_at is not None and start_at > agreed.date:
            start = start_at  # ("... starting in April", said before the first part's day)
        on = _DAY_EACH_MONTH.search(analysis.text) if every == "month" else None
        day = day_number(on.group(1) or on.group(2)) if on is not None else None
        if day is not None and 1 <= day <= 28:
            # "then $75 on the 13th of every month", the 13th agreed: the 13th of next month;
            # "then 100 a month on the 24th starting april": the 24th of April (play-test 148)
            months = [
                d.date
                for d in find_dates(normalise(analysis.text), self.today)
                if d.kind in ("month_start", "dom_every_month_from")
            ]
            floor = max([agreed.date + dt.timedelta(days=1), *months])
            start = _next_day_of_month(floor, day)
        self._agree_rest(start, analysis.has(Act.CONFIRM_TERMS), result, amount, every)

    def instalment_after_a_first_part(self, text: str) -> tuple[Decimal, str] | None:
        """(sum, how often) of the instalments a line puts after its first part: "then 50 every
        month", "and $100 a month after", "thereafter seventy-five dollars on the thirteenth of
        every month" (the sum in words, the period after the day); None when it puts none."""
        text = in_periods(text)
        left = self.rest_due()
        if left is None:
            # ("ok 412 on friday the 13th, then the rest, $765.40, in monthly chunks, say
            # $255.13 on the 13th of april, may and june": the first part put in the same line,
            # what is left is the overdue less it; play-test 202)
            sums = self._amounts_in(normalise(text))
            if sums and sums[0].value is not None and sums[0].value < self.amount_overdue:
                left = self.amount_overdue - sums[0].value
        # (all that is left said so much a period is no instalment: "and then the other 575.78
        # monthly after that, we can work out the monthly bit by letter" leaves its sum unsaid)
        found = next(
            (
                m
                for m in _PER_SUM.finditer(text)
                if (_INSTALMENT_LEAD.search(text, 0, m.start()) or _AFTER_IT.match(text, m.end()))
                and not _EARNED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not (
                    _all_that_is_left(Decimal(m.group("sum").replace(",", "")), left)
                    and not (m.group("unit") and _LATER.match(text, m.end()))
                )
            ),
            None,
        )
        if found is not None:
            every = next(unit for unit in found.group("unit", "unit2") if unit).lower()
            return Decimal(found.group("sum").replace(",", "")), every
        norm = normalise(text)
        if _PER_PERIOD.search(norm) is None:
            series = self._monthly_series(norm)
            return None if series is None else (series, "month")
        later = self._amounts_in(norm)[1:]
        for said in later:
            if said.value is None or _EARNED_BEFORE.search(
                norm, max(0, said.start - 30), said.start
            ):
                continue
            period = _PERIOD_SOON_AFTER.match(norm, said.end)
            if _all_that_is_left(said.value, left) and not (
                period is not None and period.group("unit") and _LATER.match(norm, period.end())
            ):
                continue  # "the rest, the $673.67, in six monthly bits of about $112": the whole
            if period is not None and _INSTALMENT_LEAD.search(
                norm, max(0, said.start - 16), said.start
            ):
                return said.value, next(unit for unit in period.group("unit", "unit2") if unit)
            before = _PERIOD_BEFORE.search(norm, max(0, said.start - 40), said.start)
            if before is not None:
                return said.value, before.group("unit")  # "six monthly payments of $112.28"
        return None

    def _first_part_before_instalments(self, analysis: Analysis) -> Decimal | None:
        """The first part's sum when the line's sum is the instalment put after it: "Maybe the
        13th, when you get paid from the shifts? And then, er, would 150 a month be ok after
        that?" with $314 agreed and no day ($314); "$348 when exactly? ... Say $100 a month
        after that?" after "I could start with $348", nothing agreed (play-test 211: $348).
        None otherwise."""
        slots, agreed = analysis.slots, self.agreed
        if slots.amount is None or slots.first_amount is not None:
            return None
        if agreed.amount is not None:
            if (
                agreed.date is None
                and agreed.rest_date is None
                and slots.amount != agreed.amount
                and not slots.rest
                and self.instalment_after_a_first_part(analysis.text) is not None
                # (not "How about $30 on Friday the 13th, then $30 every fortnight after that"
                # with $209 agreed, play-test 270: the first part named anew, at the same sum)
                and [a.value for a in self._amounts_in(normalise(analysis.text))].count(
                    slots.amount
                )
                < 2
            ):
                return agreed.amount
            return None
        named = self.named_amount
        if named is None or slots.amount >= named:
            return None
        after = self.instalment_after_a_first_part(analysis.text)
        if after is None or after[0] != slots.amount:
            return None
        said = {a.value for a in self._amounts_in(normalise(analysis.text))}
        return named if named in said else None

    def _first_then_series(self, analysis: Analysis) -> tuple[Slots, Decimal, dt.date] | None:
        """(the first part's terms, the instalment, its first day) of a line that puts the
        first part the debtor named (or agreed), then a series month by month, read by the
        reader as the series alone; None otherwise."""
        slots = analysis.slots
        first_sum = self.agreed.amount or self.named_amount
        first_day = self.agreed.date or self.named_day
        if first_sum is None or first_day is None or slots.amount is None or slots.date is None:
            return None
        norm = normalise(analysis.text)
        series = self._monthly_series(norm)
        found = self._amounts_in(norm)
        sums = [a.value for a in found]
        rest_said = self.amount_overdue - first_sum in sums
        if (
            series is None
            or series != slots.amount
            # (the first part's sum again is no series after it, unless what is left is said
            # first: "And then for the rest, the $476.37, could we split that into $240 at the
            # end of April and $236.37 end of May?" with $240 on the 31st agreed, play-test 270)
            or (series == first_sum and not rest_said)
        ):
            return None
        if first_sum in sums:
            if sums.index(first_sum) > sums.index(series):
                return None
        elif not (rest_said and self.agreed.amount == first_sum):
            # ("And for the remaining $1037.31, could you do 350 end of April, 350 end of May and
            # then the last 337.31 end of June?" with $300 on the 31st agreed, play-test 273:
            # what is left, said, stands for the first part agreed)
            return None
        first = dataclasses.replace(
            slots, amount=first_sum, amount_text=None, date=first_day, date_text=None
        )
        # ("So to confirm: $269 by card on Friday 20 March, $250 on Monday 20 April, and the
        # last $250.02 on Wednesday 20 May", play-test 209: the reader's day is the first
        # part's; the series starts on the first day said after its sum)
        series_at = found[sums.index(series)].end
        start = next(
            (d.date for d in find_dates(norm, self.today) if d.start >= series_at),
            slots.date,
        )
        return first, series, start if start > first_day else slots.date

    def _monthly_series(self, norm: str) -> Decimal | None:
        """The sum of a series put month by month after a first part: "then $255.13 on april
        13, $255.13 on may 13, $255.13 on june 13", "then 255.13 on the 13th of april, may and
        june" (play-test 202); None when the line puts none."""
        later = [(a.value, a.end) for a in self._amounts_in(norm)[1:] if a.value is not None]
        for value, end in later:
            months = {m.group().lower()[:3] for m in _MONTH_NAME.finditer(norm, end)}
            # ("$250 on 20 April and $250.02 on 20 May", play-test 209: the last one rounded up
            # to clear it is the same instalment)
            # ("$240 at the end of April and $236.37 end of May", play-test 270: the last one
            # smaller, what is left)
            # (not "the rest is $502.10... split that in two, like $251.05 on april 20th and
            # $251.05 on may 20th": the halves are the series)
            repeated = sum(abs(other - value) <= 1 for other, _end in later) >= 2 or (
                len(later) == 2 and later[0][0] == value and value / 2 < later[1][0] < value
            )
            listed = _MONTHS_LISTED.match(norm, end) is not None
            if len(months) >= 2 and (repeated or listed):
                return value
        return None

    def _instalments_from_the_first(self, analysis: Analysis) -> tuple[Decimal, str] | None:
        """(sum, how often) when the line's one sum, with its first day the first terms agreed,
        is said as so much a period ("$40 a week, start this Friday? Every Friday $40."): the
        first of as many as it takes, the rest at that sum a period apart; None otherwise ("$150
        a month" put in an agreed part's place replaces it)."""
        agreed = self.agreed
        if agreed.amount is None or agreed.amount + Decimal("0.5") >= self.amount_overdue:
            return None
        _named, per_period = self._sums_a_period(analysis.text)
        units = {unit for _said, unit in per_period}
        sums = {a.value for a in self._amounts_in(normalise(analysis.text)) if a.value is not None}
        if len(units) != 1 or any(abs(said - agreed.amount) > 1 for said in sums):
            return None  # ("$100 today and $50 a week after" is the other reading's)
        return agreed.amount, units.pop()

    def _agree_rest(
        self,
        day: dt.date,
        restating: bool,
        result: NegotiationResult,
        amount: Decimal | None = None,
        every: str | None = None,
    ) -> None:
        """The second part: the sum named for it ("and $30 on the 27th": an instalment) or, with
        none, all that is left, agreed for its day from the first part's day on; said back on
        another day or sum than agreed, corrected; a day before the first part's is countered
        with the debtor's own."""
        left = self.rest_due()
        first = self.agreed.date or self.today
        if left is None:
            return
        if (
            self.agreed.rest_amount is None
            and self.named_rest is not None
            # (or the rest said whole, to be paid so much a period: "the rest on the 11th of
            # each month?")
            and (amount is None or (every is not None and abs(amount - left) <= 1))
        ):
            # "When in the month would suit for those?" after "For the rest, I could manage
            # $928.93 a month." (play-test 227): the instalment they named, from the day said
            amount, every = self.named_rest[0], every or self.named_rest[1]
        # (no sum said: the rest's own sum agreed before, else all that is left)
        agreed_rest = self.agreed.rest_amount if self.agreed.rest_amount is not None else left
        rest = amount if amount is not None and 0 < amount <= left + Decimal("0.5") else agreed_rest
        rest = min(rest, left).quantize(Decimal("0.01"))
        if left - rest < 1:
            # "the other half" of $566.14 after "$283" (play-test 165): the sum said is what is
            # left, to the cent ($283.14, not $283.07 and seven cents owed for ever)
            rest = left
        values = {"rest_amount": self.money(rest), "rest_date": self.day(day)}
        # a sum short of what is left, said with how often, is paid again and again: "$280 a
        # month from April" ("another $30 on the 27th" is one more payment)
        every = every if rest + Decimal("0.5") < left else None
        accept = "accept_rest"
        if every is not None:
            accept = "accept_instalments"
            values["rest_amount"] += f" a {every}"
        kept = self.agreed.rest_date
        if (
            restating
            and self.agreed.rest_every is not None
            and self.agreed.rest_amount is not None
            and kept is not None
            and day > kept
            and (amount is None or amount <= self.agreed.rest_amount + 1)
        ):
            # ("$240 on Tuesday the 31st of March, $240 on Thursday the 30th of April, and the
            # last $236.37 on Sunday the 31st of May" with $240 a month from April agreed,
            # play-test 270: the last of the instalments said back, not a new day for them)
            return
        # (a rest's day no longer after the first part's, the first part moved in this line,
        # is put right by the day said, not kept)
        if restating and kept is not None and day != kept and kept > first:
            result.said.append(("correct_term", {"said": self.day(day), "kept": self.day(kept)}))
        elif (
            restating
            and self.agreed.rest_amount is not None
            and amount is not None
            # (the sum said, not what is left of it: "$640.69" said back for the other $604.69)
            and abs(amount - self.agreed.rest_amount) > 1
            and not self.with_the_instalment(amount)
        ):
            said, kept_amount = self.money(amount), self.money(self.agreed.rest_amount)
            result.said.append(("correct_term", {"said": said, "kept": kept_amount}))
        elif day < first:
            values["rest_date"] = self.day(self.rest_day())
            result.said.append(("counter_rest", {**values, "date": self.day(day)}))
        elif (self.agreed.rest_date, self.agreed.rest_amount) != (day, rest):
            if self.agreed.date is None and self.named_day == day:
                # "I could manage $2,526 ... Tuesday the 17th would work for me", then "could
                # you pay also the rest on the 17th?" (play-test 186): the first part on the
                # day the debtor named, the rest with it
                self.agreed.date = day
            self.agreed.rest_date, self.agreed.rest_amount = day, rest
            self.agreed.rest_every = every
            self.confirmed = False
            result.changed = True
            result.said.append((accept, values))
        elif not restating:
            result.said.append((accept, values))

    def both_parts_in_one(self, amount: Decimal) -> bool:
        """Is `amount` both parts agreed for one day, said as one sum ("you pay all $3,885.75 on
        Tuesday" with $2,526 and the other $1,359.75 both on Tuesday, play-test 186)?"""
        agreed = self.agreed
        return (
            agreed.amount is not None
            and agreed.rest_amount is not None
            and agreed.rest_every is None
            and agreed.date == agreed.rest_date is not None
            and abs(amount - agreed.amount - agreed.rest_amount) <= 1
        )

    def _move_instalments(self, first_day: dt.date) -> bool:
        """The first payment moved: instalments that were to start a period after it start a
        period after its new day ("start on payday, the 13th, and then every Friday" after
        "$40 a week from the 20th": weekly from the 20th, not the 27th). Did they move?"""
        agreed = self.agreed
        every, old = agreed.rest_every, agreed.date
        if every is None or old is None or agreed.rest_date != _a_period_after(old, every):
            return False
        agreed.rest_date = _a_period_after(first_day, every)
        return agreed.rest_date != _a_period_after(old, every)

    def _refit_rest(self, first: Decimal, before: Decimal | None = None) -> None:
        """A new first part: a rest that was all that was left is what is left now; an
        instalment stays, no more than what is left, unless it was the first part's own sum
        (a plan of equal payments: "$150 a month" in place of "$326.44 a month" is all of
        them, those still to start included); nothing left, no rest."""
        pending = self.pending_instalments
        if pending is not None and before is not None and abs(pending[0] - before) <= 1:
            # ("say 5 a week" said yes to, then "I suggested $25 a week, not $5", play-test 210:
            # the instalments still to start are the new sum too, not "$5 a week after that")
            self.pending_instalments = (first, pending[1], pending[2])
        rest, left_before = self.agreed.rest_amount, self.rest_due()
        if rest is None:
            return
        left = self.amount_overdue - first
        if left <= 0:
            self.agreed.rest_amount = self.agreed.rest_date = self.agreed.rest_every = None
        elif self.agreed.rest_every is not None and before is not None and abs(rest - before) <= 1:
            self.agreed.rest_amount = min(first, left)
        else:
            self.agreed.rest_amount = left if rest == left_before else min(rest, left)
            if self.agreed.rest_amount == left:
                self.agreed.rest_every = None

    def _negotiate(self, analysis: Analysis) -> NegotiationResult:
        result = NegotiationResult()
        slots = analysis.slots
        # The debtor names what they can manage only when the trainee has not named an amount:
        # otherwise "I could do $376" would contradict the "$268, okay" that follows; nor once
        # a first payment is agreed ("the bank has a hardship programme" after "$50 on Friday,
        # then $50 a fortnight" is no new plan to start at another sum).
        if (
            analysis.has(Act.OFFER_PLAN)
            and self.persona.traits.can_pay_now_fraction < 1
            and slots.amount is None
            and self.agreed.amount is None
        ):
            self.named_amount = self.offer()
            result.said.append(("accept_plan", {"counter_amount": self.money(self.named_amount)}))
        # A restatement ("so that's ... right?") that names a term other than the one the
        # debtor chose is corrected, not silently accepted: the debtor remembers what they said.
        restating = analysis.has(Act.CONFIRM_TERMS)
        agreed = self.agreed
        if slots.amount is not None and agreed.amount is not None:
            # the sum agreed, put again with a figure slipped ("$322.20" for "$332.20"), is a
            # read-back gone wrong as surely as one that ends "right?" (but the sum overdue to
            # the cent is the record's figure: "I made a mistake there. The full amount is
            # $961.64, not $916.64" puts the trainee's own slip right)
            restating = restating or (
                _slipped(slots.amount, agreed.amount)
                and abs(slots.amount - self.amount_overdue) >= Decimal("0.01")
            )
            if restating and _puts_their_own_sum_right(analysis.text, agreed.amount):
                # "Not $800. It's $843.19, the full payment." (play-test 238): the trainee takes
                # back the sum they put; a new sum asked, not the debtor's misremembered
                restating = False
        if slots.amount is not None and slots.amount > 0:
            amount = slots.amount.quantize(Decimal("0.01"))
            # (asked a few dollars over what they can find, a person stretches: "Make it three
            # hundred" to a debtor with $298 is no "$298 now" haggle; play-test 210)
            stretch = max(Decimal("0.5"), self.affordable() * _STRETCH)
            can = (
                amount <= self.affordable() + stretch
                or self.plan_offered
                and (amount <= self.affordable() * 2)
            )
            if restating and (
                _is_the_rests(amount, agreed.amount, agreed.rest_amount)
                # "and the rest, $812.45, also $40 every Friday": all that is left after the
                # first part, with the rest agreed
                or (
                    agreed.rest_amount is not None
                    and agreed.amount is not None
                    and abs(amount - (self.amount_overdue - agreed.amount)) <= 1
                )
                or self.both_parts_in_one(amount)
            ):
                pass  # the rest's sum said back ("then $280 a month"): no mistake, no change
            elif agreed.amount is not None and amount == agreed.amount.to_integral_value(
                ROUND_DOWN
            ):
                # "so 490 online by friday" for $490.38 (play-test 198): the sum agreed, said in
                # round dollars; the cents are still owed
                pass
            elif restating and agreed.amount is not None and abs(amount - agreed.amount) > 1:
                result.said.append(
                    (
                        "correct_term",
                        {"said": self.money(amount), "kept": self.money(agreed.amount)},
                    )
                )
            elif can and not self.holding_back():
                if self.agreed.amount != amount:
                    named = self.named_amount
                    # ("even a smaller first payment then, like $25": the first alone, the
                    # instalments as they were)
                    first_only = _FIRST_ONLY.search(analysis.text) is not None
                    self._refit_rest(amount, None if first_only else self.agreed.amount)
                    self.agreed.amount = amount
                    self.confirmed = False
                    result.changed = True
                    if restating and named is not None and abs(named - amount) > 1:
                        # "I can manage $267 to start." - "So just to recap: first payment of
                        # $50 ...": not the sum they named; they notice, and take the smaller
                        values = {"amount": self.money(amount), "named": self.money(named)}
                        result.said.append(("accept_amount_instead", values))
                    else:
                        result.said.append(("accept_amount", {"amount": self.money(amount)}))
            else:
                counter = self.offer()
                if counter >= amount:
                    # holding back, asked for less than they would offer: less than asked, not
                    # "$374.14 is more than I've got set aside. I can do $673."
                    willing = Decimal(self.persona.traits.willingness_to_pay) / 50
                    counter = max(Decimal("1"), (amount * willing).quantize(Decimal("1")))
                # (the sum they named: "Maybe $271?" is theirs when said back with a plan after
                # it; play-test 202)
                self.named_amount = counter
                result.said.append(
                    (
                        "counter_amount",
                        {"amount": self.money(amount), "counter_amount": self.money(counter)},
                    )
                )
        if slots.date is not None:
            date_words = _spoken(slots.date_text, slots.date, self.today)
            # Any date from today on suits the debtor: offered more time than they need, a person
            # takes it (a later day than the goal allows is the trainee's problem, caught by the
            # goal check). Only a day already past is countered, with the day they would name.
            if (
                restating
                and slots.date == agreed.rest_date
                and slots.date != agreed.date
                and slots.rest_date is None  # (a line that names the rest's day apart)
            ):
                pass  # the rest's day said back ("20th second half"): no mistake, no change
            elif (
                restating
                and agreed.date is not None
                and slots.date != agreed.date
                # "No, not today. Final terms: $375 on Friday...": the day agreed, turned down,
                # is put right, not misremembered
                and not self._turns_down(analysis, agreed.date)
                # ("no my mistake, tuesday the 17th ... confirm?" after they took the slip of the
                # 18th: the day they named themselves, back, is theirs)
                and slots.date != self.named_day
            ):
                result.said.append(
                    ("correct_term", {"said": date_words, "kept": self.day(agreed.date)})
                )
            elif self.today <= slots.date:
                if self.agreed.date != slots.date:
                    named_day = self.named_day
                    moved = self._move_instalments(slots.date)
                    self.agreed.date = slots.date
                    self.confirmed = False
                    result.changed = True
                    if restating and named_day is not None and named_day != slots.date:
                        # "I could do it by Tuesday the 17th." - "So that's Monday the 16th,
                        # yes?": the day said back is not the one they named; they notice
                        values = {"date": date_words, "named": self.day(named_day)}
                        result.said.append(("accept_date_instead", values))
                    else:
                        result.said.append(("accept_date", {"date": date_words}))
                    each, start = self.agreed.rest_amount, self.agreed.rest_date
                    if moved and slots.rest_date is None and each is not None and start is not None:
                        # "would 2 weeks from now be easier for the 50?" with $50 a month from
                        # a month after it (play-test 188): the instalments move too, said so
                        rest = f"{self.money(each)} a {self.agreed.rest_every}"
                        values = {"rest_amount": rest, "rest_date": self.day(start)}
                        result.said.append(("accept_instalments", values))
                elif not restating:
                    # asked again ("Friday?" after "this week"): a yes, not silence; a
                    # restatement is answered once, by the confirmation
                    result.said.append(("accept_date", {"date": date_words}))
            else:
                result.said.append(
                    (
                        "counter_date",
                        {"date": date_words, "counter_date": self.day(self.named_date())},
                    )
                )
        self._negotiate_method(
            slots.method, restating, result, _read_back_only(analysis), analysis.text
        )
        if any(key.startswith("counter_") for key, _ in result.said):
            result.said = _accepts_after_a_counter(result.said)
        return result

    def _negotiate_method(
        self,
        method: str | None,
        restating: bool,
        result: NegotiationResult,
        read_back_only: bool = False,
        text: str = "",
    ) -> None:
        agreed = self.agreed
        if restating and agreed.method is not None and same_way(method, agreed.method, text):
            return  # "235.65 by online transfer" said back for "online payment": the same way
        if method is not None and self.agreed.method != method:
            words = METHOD_WORDS.get(method, method)
            # (said back with the way the debtor had said they would rather pay, it is theirs:
            # "oh wait, you said bank transfer!" is agreed, not corrected)
            # (the debtor's pick from the trainee's own choice is agreed, but theirs to offer:
            # the trainee naming the other way then is a change, not a slip to correct)
            if (
                restating
                and agreed.method is not None
                and method != self.named_method
                # (a read-back and nothing else naming another way than the one they picked is
                # a slip they put right: "So, $271.89 by debit card ... Is that right?" after
                # "I'd do it by bank transfer"; play-tests 137 and 138)
                and (agreed.method != self.named_method or read_back_only)
                and not same_way(method, agreed.method, text)
            ):
                kept = METHOD_WORDS.get(agreed.method, agreed.method)
                result.said.append(("correct_term", {"said": words, "kept": kept}))
            elif (
                read_back_only
                and agreed.method is None
                and self.named_method is not None
                and not same_way(method, self.named_method, text)
            ):
                # the way they said they would pay, said back wrong: put right, and theirs
                self.agreed.method = self.named_method
                kept = METHOD_WORDS.get(self.named_method, self.named_method)
                result.said.append(("correct_term", {"said": words, "kept": kept}))
            elif restating and agreed.method is None and method == self.named_method:
                # the way they said they would pay, said back with the rest: their own choice,
                # answered by the yes to the whole read-back, not "I'll do it by direct debit."
                self.agreed.method = method
                self.confirmed = False
            else:
                self.agreed.method = method
                self.confirmed = False
                result.changed = True
                named = self.named_method
                if named is not None and named != method:
                    # they said they would rather pay another way: they go along, and do not
                    # call this one the easiest too
                    preferred = METHOD_WORDS.get(named, named)
                    result.said.append(("accept_instead", {"method": words, "named": preferred}))
                else:
                    result.said.append(("accept_method", {"method": words}))

    def short_of_goal(self) -> bool:
        """Amount, date and method agreed that fall short of the scenario's goal."""
        return self.agreed.complete() and not self.goal_met()

    def some_terms_agreed(self) -> bool:
        return self.agreed.count() > 0

    def terms_agreed(self) -> bool:
        """Amount, date and method agreed, and they meet the scenario's goal."""
        if not self.agreed.complete():
            return False
        return self.goal_met()

    def goal_met(self) -> bool:
        amount, date = self.agreed.amount, self.agreed.date
        return amount is not None and date is not None and not self.goal_gaps()

    def goal_gaps(self) -> tuple[str, ...]:
        """Where the amount and day agreed fall short of the scenario's goal, in words a
        trainee can act on ("the day agreed, Friday the 20th, is 10 days off: the goal asks
        for payment within 7 days"); none when they meet it or are not both agreed."""
        goal = self.scenario.goal
        amount, date = self.agreed.amount, self.agreed.date
        if amount is None or date is None:
            return ()
        gaps: list[str] = []
        days = (date - self.today).days
        if days > goal.within_days:
            gaps.append(
                f"the day agreed, {self.day(date)}, is {days} days off: the goal asks for "
                f"payment within {goal.within_days} days"
            )
        if goal.kind is GoalKind.PAYMENT_PLAN:
            if not (self.plan_offered and amount > 0):
                gaps.append("no payment plan was offered: the goal is a plan")
            return tuple(gaps)
        rest, rest_date = self.agreed.rest_amount, self.agreed.rest_date
        if (
            rest is not None
            and rest_date is not None
            and (rest_date - self.today).days <= goal.within_days
        ):
            amount += rest  # "half today and the rest by Friday" pays it all in the week
        needed = (self.amount_overdue * Decimal(str(goal.min_amount_fraction))).quantize(
            Decimal("0.01")
        )
        if amount + Decimal("0.5") < needed:
            gaps.append(
                f"{self.money(amount)} agreed in that time is less than the {self.money(needed)}"
                " the goal asks for"
            )
        return tuple(gaps)


def _puts_their_own_sum_right(text: str, agreed: Decimal) -> bool:
    """Does the line take back the sum agreed in so many words ("Not $800. It's $843.19")?"""
    figure = f"{agreed:,.2f}".removesuffix(".00")
    said = re.escape(figure).replace(",", ",?")
    return (
        re.search(rf"\bnot\s+(?:the\s+)?[$£€]?{said}(?!\d|\.\d)", text, re.IGNORECASE) is not None
    )


# "the rest next month": the month a day is asked in
_NEXT_MONTH = re.compile(r"\bnext\s+month\b", re.IGNORECASE)
# "$280 a month", "each month", "per week", "monthly" (not "a week from today": a day)
_PER_PERIOD = re.compile(
    r"(?:\d|\b(?:dollars|bucks|quid|pounds|euros|hundred|fifty|twenty))\s+a\s+"
    r"(?P<unit>month|week|fortnight)\b|"
    r"\b(?:each|every|per)\s+(?P<unit2>month|week|fortnight)\b|"
    r"\b(?P<unit3>month|week|fortnight)ly\b",
    re.IGNORECASE,
)


# a sum said as so much a month: "$40 a month", "40 dollars every month", "$50 weekly"
_PER_SUM = re.compile(
    r"[$£€]?(?P<sum>\d[\d,]*(?:\.\d\d)?)\s*(?:dollars?|bucks|quid|pounds?|euros?)?\s+"
    r"(?:(?:a|per|every|each)\s+(?P<unit>month|week|fortnight)\b|(?P<unit2>month|week|fortnight)ly\b)",
    re.IGNORECASE,
)
# what leads a sum so much a month that comes after a first part: "then 50 every month", "and
# $100 a month after", "the 50 dollar every month after"
_INSTALMENT_LEAD = re.compile(
    # ("then the remaining 654.77 we spread out monthly, say 100 a month", play-test 133)
    r"\b(?:then|and|after\s+that|the|thereafter|followed\s+by|like|about|around|roughly|at|say)[,;:]?\s+"
    r"(?:again\s+|also\s+)?$|"
    # "And then, er, would 150 a month be ok after that?"
    r"\b(?:then|after\s+that)\b[^.?!$£€\d]{0,30}$|"
    # "and then for the rest, um, would maybe $100 a month be doable?" (play-test 125)
    r"\b(?:for|with)\s+the\s+(?:rest|remainder|balance)\b[^.?!$£€\d]{0,30}$",
    re.IGNORECASE,
)
CENTS_SLACK = Decimal("0.05")  # two parts said of a sum may miss it by a few cents, rounded
DOLLAR_SLACK = Decimal("1")  # or by the cents left off, said "about"
_ROUGHLY = re.compile(r"\b(?:about|around|roughly|approx\w*|or\s+so|ish)\b|~", re.IGNORECASE)
# "You just said you make about 200 a fortnight": what the debtor earns, no instalment
_EARNED_BEFORE = re.compile(
    r"\b(?:make|makes|making|earn|earns|earning|bring\s+in|brings\s+in|take\s+home|takes\s+home|"
    r"get\s+paid|gets\s+paid|(?:you're|youre|you\s+are|i'm|im)\s+on|"
    # ("u said u only get about 200 a fortnight", play-test 172)
    r"(?:you|u)\s+(?:only\s+|just\s+)?get|"
    # ("With about $200 a fortnight, a full catch-up isn't realistic", play-test 241: what
    # they have, said at the start of a sentence)
    r"(?:^|[.!?]\s+)with|"
    # "You said cafe is about hundred a week" (play-test 123)
    r"(?:cafe|job|shifts?|work|wages?|salary|income)\s+(?:is|are|'s|was|were|gives?\s+(?:you|u)))\s+"
    r"(?:(?:only|just|about|around|roughly|like|maybe)\s+)?[$£€]?$",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# a sum said for several months in a list: "on the 13th of april, may and june"
_MONTHS_LISTED = re.compile(
    rf"[^.?!$\d]{{0,20}}?{_MONTH_NAME.pattern}(?:\s*(?:,|and|&)\s*(?:the\s+\d+\w*\s+of\s+)?"
    rf"{_MONTH_NAME.pattern}){{1,}}"
)
# "three further monthly instalments of $1,044.21": the period said before the sum
_PERIOD_BEFORE = re.compile(
    r"\b(?P<unit>month|week|fortnight)ly\s+(?:instal?l?ments?|payments?|repayments?|bits|chunks|"
    # ("then the rest, $765.40, in monthly chunks, say $255.13 on the 13th of april, may and
    # june", play-test 202)
    r"amounts)\s*(?:of|,?\s*(?:say|like|so|about|around|roughly)|:|-)\s+"
    r"(?:about\s+|around\s+|roughly\s+|approx(?:imately)?\s+)?[$£€]?$"
)
# the period said soon after an instalment's sum, in the same clause: "$75 on the 13th of every
# month", "seventy-five dollars each month after"
_PERIOD_SOON_AFTER = re.compile(
    r"(?:[^.;?!$\d]|\d+(?:st|nd|rd|th)\b){0,40}?\b(?:(?:a|per|every|each)\s+(?P<unit>month|week|fortnight)\b|"
    r"(?P<unit2>month|week|fortnight)ly\b)"
)
# "310 on the 20th, and the rest monthly after that": the period is the rest's, not the sum's
_THE_REST = re.compile(r"\b(?:the\s+rest|the\s+remain(?:der|ing)|what'?s\s+left)\b")
_FIRST_ONLY = re.compile(r"\bfirst\s+(?:payment|one|part|instal+ment|amount)\b", re.IGNORECASE)
# "starting in April", "from April": the day instalments start; "for the monthly part after
# that": instalments after a first part
_STARTING = re.compile(r"\b(?:from|starting|beginning|start)\b", re.IGNORECASE)
_AFTER_THE_FIRST = re.compile(
    r"\b(?:after\s+that|monthly\s+(?:part|bit|payments?)|then|thereafter|after\s+the\s+first)\b",
    re.IGNORECASE,
)
# "the other 575.78 a month later": all that is left, once, a period on (not monthly)
# said after the sum a period: "for the rest, its 510.68 left, um, could you do maybe 100 a
# month after that?" (play-test 128)
_AFTER_IT = re.compile(r"\s*(?:after\s+(?:that|this)|afterwards|thereafter)\b", re.IGNORECASE)
_LATER = re.compile(r"\s*(?:later|after\b|on\b|from\s+(?:now|then)\b)", re.IGNORECASE)
# "on the 27th of each month", "the 1st of every month", "the thirteenth of every month"
_DAY_EACH_MONTH = re.compile(
    r"\bthe\s+(\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:each|every|the)\s+"
    r"(?:subsequent\s+)?month\b|"
    # ("then 100 a month on the 24th starting april")
    r"\b(?:a|per|each|every)\s+month,?\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
# what puts a sum a month in the first part's place, unless said of the instalments after it
_IN_ITS_PLACE = re.compile(
    r"\b(?:instead|more\s+(?:realistic|manageable|affordable|doable|comfortable)|smaller|"
    r"lower|less|rather\s+than|in\s+place\s+of)\b",
    re.IGNORECASE,
)
_OF_THE_REST = re.compile(
    r"\b(?:instal?l?ments?|thereafter|after\s+that|afterwards|once\s+the\s+first|from\s+"
    r"(?:april|may|june|next\s+month)|onwards)\b",
    re.IGNORECASE,
)


def _next_day_of_month(start: dt.date, day: int) -> dt.date:
    """The first date on or after `start` that falls on this day of a month (day <= 28)."""
    if start.day <= day:
        return start.replace(day=day)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    return dt.date(year, month, day)


def _a_period_after(day: dt.date, every: str) -> dt.date:
    """The day one period after `day`: the same day next month (or the month's last), a week
    or a fortnight on."""
    return _periods_after(day, every, 1)


def _periods_after(day: dt.date, every: str, count: int) -> dt.date:
    """The day `count` periods after `day` ("month": the same day of the month, or its last)."""
    if every == "week":
        return day + dt.timedelta(days=7 * count)
    if every == "fortnight":
        return day + dt.timedelta(days=14 * count)
    return add_months(day, count)


# Ways a person takes for one ("online payment" from the banking app, said back as "online bank
# transfer", a card payment made online): said back, one is no slip to correct
# both words of one way said: "online by card", "card in the app"
_ONLINE_AND_CARD = re.compile(
    r"\b(?:online|app|internet|web(?:site)?)\b[^.?!]{0,12}\b(?:by|with|using)\s+(?:your\s+|the\s+|a\s+)?"
    r"(?:debit\s+|credit\s+)?card\b|\bcard\b[^.?!]{0,12}\b(?:online|in\s+the\s+app|on\s+the\s+(?:app|website))\b",
    re.IGNORECASE,
)
# "online transfer", "bank transfer in the app"
_ONLINE_AND_BANK = re.compile(
    r"\b(?:online|app|internet|web)\b[^.?!]{0,25}\b(?:transfer|bank(?:ing)?)\b|"
    r"\b(?:transfer|bank(?:ing)?)\b[^.?!]{0,25}\b(?:online|app|internet|web)\b",
    re.IGNORECASE,
)


def same_way(said: str | None, agreed: str | None, text: str) -> bool:
    """Is the way said back the one agreed, named another way: "235.65 by online transfer" for
    an online payment (or the other way), "you pay online by card" for a card payment? Only
    when the line names both; "$628.08 online" for a bank transfer is another way, put right
    (play-tests 149, 155 and 164)."""
    pair = {said, agreed}
    return (pair == {"online", "transfer"} and _ONLINE_AND_BANK.search(text) is not None) or (
        pair == {"online", "card"} and _ONLINE_AND_CARD.search(text) is not None
    )


def _all_that_is_left(amount: Decimal, left: Decimal | None) -> bool:
    return left is not None and abs(amount - left) <= 1


def every_period(text: str) -> str | None:
    """How often a line asks an instalment to be paid: "month" of "$280 a month" (not of what
    the debtor earns: "u said u only get about 200 a fortnight ... 40 a month?")."""
    periods = in_periods(text)
    for found in _PER_PERIOD.finditer(periods):
        head = periods[: found.start() + 1].rstrip("0123456789.,$£€")
        if _EARNED_BEFORE.search(head, max(0, len(head) - 30)) is None:
            return next(unit for unit in found.groups() if unit).lower()
    return None


# "$50 every Friday after that": so much a week, paid on that day
_EVERY_WEEKDAY = re.compile(
    r"\b(?:every|each)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE
)
_EVERY_DAY_OF_MONTH = re.compile(
    r"\b(?:every|each)\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:day|week|month))", re.IGNORECASE
)
_TWO_WEEKS = re.compile(
    # ("then $50 every other Friday after that, startin' March 27th")
    r"\b(?:every|each)\s+(?:two|2|other|second)\s+(?:weeks?|wks?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
    r"\bbi-?weekly\b",
    re.IGNORECASE,
)


def in_periods(text: str) -> str:
    """The line with "every two weeks", "every other week" and "biweekly" said as "every
    fortnight", and "every Friday" as "every week": the words the periods of instalments are
    read in."""
    lowered = text.lower()
    if "week" in lowered or "day" in lowered:
        text = _TWO_WEEKS.sub("every fortnight", text)
    if "every" in lowered or "each" in lowered:
        text = _EVERY_WEEKDAY.sub("every week", text)
        # "then 40 by card every 13th from april": a day of each month (play-test 143)
        text = _EVERY_DAY_OF_MONTH.sub("every month", text)
    return text


def _is_the_rests(said: Decimal, first: Decimal | None, rest: Decimal | None) -> bool:
    """Is a sum said back the rest's, not the first part's?"""
    return rest is not None and abs(said - rest) <= 1 and (first is None or abs(said - first) > 1)


def _slipped(said: Decimal, agreed: Decimal) -> bool:
    """Is `said` the agreed sum with one figure wrong or two neighbours swapped after the first
    ("322.20" or "323.20" for "332.20"), as a slip of the tongue or the keyboard makes it? Only
    a sum with cents is so exact: "$250" after "$200" is a new offer."""
    a, b = f"{said:.2f}", f"{agreed:.2f}"
    if len(a) != len(b) or a == b or a[0] != b[0] or b.endswith(".00"):
        return False
    wrong = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(wrong) == 1:
        return True
    i, j = wrong[0], wrong[-1]
    return len(wrong) == 2 and j == i + 1 and (a[i], a[j]) == (b[j], b[i])


def _spoken(said: str | None, date: dt.date, today: dt.date) -> str:
    """The date as the debtor says it back: "today" and "tomorrow" as the trainee said them
    ("now" as "today"), anything else as a day ("fri", "3/13", "the 13th" are all "Friday the
    13th")."""
    if said and said.strip().lower() in ("today", "tomorrow", "tonight"):
        return said.strip().lower()
    if date == today and said and said.strip().lower() in _NOW_WORDS:
        # "if u paid just half now": "Okay, today, yes.", not a weekday nobody named
        return "today"
    return day_text(date, today)


_NOW_WORDS = frozenset({"now", "right now", "rn", "right away", "straight away", "immediately"})


def _accepts_after_a_counter(
    said: list[tuple[str, dict[str, str]]],
) -> list[tuple[str, dict[str, str]]]:
    """ "I can't do $487.60... I could do $293." then "Fine, Friday. That works." reads as two
    minds: after a counter, the date and method the debtor accepts are said once, as a
    condition ("Friday by card would be fine, though.")."""
    date = next((v["date"] for k, v in said if k == "accept_date"), "")
    method = next((v["method"] for k, v in said if k == "accept_method"), "")
    kept = [(k, v) for k, v in said if k not in ("accept_date", "accept_method")]
    terms = f"{date} by {method}" if date and method else date or method
    if terms:
        kept.append(("accept_others", {"terms": terms[:1].upper() + terms[1:]}))
    return kept


METHOD_WORDS = {
    "transfer": "bank transfer",
    "card": "card",
    "online": "online payment",
    "branch": "paying at the branch",
    "cheque": "cheque",
    "direct_debit": "direct debit",
    "cash": "cash",
    "paypal": "PayPal",
    "venmo": "Venmo",
    "zelle": "Zelle",
    "money_order": "money order",
    "standing_order": "standing order",
}


AIMLESS_COST = 4  # patience lost for the Nth aimless turn in a row: N times this


def money_text(value: Decimal, currency: str = "$") -> str:
    """An amount as the debtor says it, in the record's currency: no cents when whole."""
    if value == value.to_integral_value() or currency_unit(currency) == 1:
        return f"{currency}{value:,.0f}"
    return f"{currency}{value:,.2f}"


def _read_back_only(analysis: Analysis) -> bool:
    """Are the terms only said back, nothing proposed or asked besides ("So, $271.89 by debit
    card on Friday the 13th ... Is that right?", not "Let's do debit card. Are you happy to pay
    $187.40 by debit card tomorrow?")?"""
    if not analysis.has(Act.CONFIRM_TERMS):
        return False
    # ("so just to say it back, sorry: $500, by debit card, on Tuesday the 31st", after "Bank
    # transfer, I suppose": said back, however new the card sounds; play-test 219)
    asking: tuple[Act, ...] = (Act.ASK_PAYMENT, Act.OFFER_PLAN)
    if _SAID_BACK_IN_SO_MANY_WORDS.search(analysis.text) is None:
        asking += (Act.PROPOSE_TERMS,)
    return not any(analysis.has(act) for act in asking)


# "just to say it back", "let me read that back", "just so I have it right": a read-back
_SAID_BACK_IN_SO_MANY_WORDS = re.compile(
    r"\b(?:say|read|repeat)(?:ing)?\s+(?:it|that|this|everything|it\s+all|that\s+all)\s+back\b|"
    r"\bjust\s+to\s+(?:confirm|recap|be\s+clear|check)\b|\bso\s+i\s+(?:have|got)\s+it\s+right\b|"
    r"\blet\s+me\s+(?:confirm|recap|repeat)\b|"
    # ("So, um, $1,333.58 by card on Tuesday the 31st of March. Is that, um, right?", play-test
    # 251: the terms said back and checked)
    r"\b(?:is|was)\s+that\W+(?:(?:um+|uh+|er+|erm|all)\W+){0,2}(?:right|correct)\W*(?:sorry\W*)?$",
    re.IGNORECASE,
)
