"""The collection record: the debtor's file the collector reads before calling (guidance 1).

Generated with Faker and the call's seed as one story, so the file never contradicts itself:

- Instalments fall due monthly. The oldest unpaid one fell due `days_past_due` days ago, as
  collections systems count; every later instalment due before today is unpaid too, so the
  number of missed payments follows from the date (within the persona's ranges).
- Money adds up in the record's currency: the overdue amount is the instalment times the
  missed payments, to the smallest unit (the cent, or the yen).
- The persona's segment and traits decide the history: a first-time late payer has paid
  every earlier instalment on time (unless the persona gives `late_payments`), a persistent
  late payer has late payments and broken promises, a malicious defaulter refused or broke
  promises. A kept promise is a late payment paid by the promised date; a broken one was not
  paid by then.
- Every contact comes after the due date of the payment it is about, a promise's date after
  the contact that made it, the next contact after that date, and all of it before today.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
import re
from dataclasses import asdict, dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from faker import Faker

from simulator.content.models import Persona, Range, Segment

RECOMMENDED_METHOD = {
    Segment.FIRST_TIME_LATE: "courteous reminder by phone and text message",
    Segment.PERSISTENT_LATE: "written collection notice, or a third-party collection agency",
    Segment.DISPUTE: "resolve the dispute's facts, then agree the payment; notice if it stalls",
    Segment.HARDSHIP: "understanding and a payment plan the debtor can keep",
    Segment.MALICIOUS_DEFAULT: "take the collateral and go to law",
}

LOAN_LABELS = {
    "student": "Student loan",
    "car": "Car loan",
    "personal": "Personal loan",
    "credit_card": "Credit card",
    "mortgage": "Mortgage",
    "business": "Business loan",
}

REMINDER_CHANNELS = ("text message", "letter", "email")
LENDER_KINDS = ("Bank", "Credit Union", "Finance")
# Earlier instalments shown in the payment history (more when the story needs them).
HISTORY_MONTHS = 6
# Currencies without a minor unit: amounts are whole numbers.
WHOLE_UNIT_CURRENCIES = frozenset({"¥", "JPY", "₩", "KRW", "ISK", "kr.", "VND", "₫", "CLP"})

PAID, LATE, MISSED = "paid", "late", "missed"
KEPT, BROKEN, NONE = "kept", "broken", "none"
# What came of a contact
PROMISED, EXCUSE, REFUSED, NO_REPLY, DISPUTED = (
    "promise",
    "excuse",
    "refused",
    "no_reply",
    "dispute",
)


def currency_unit(currency: str) -> Decimal:
    """The smallest amount in the currency: 0.01, or 1 for the yen and its like."""
    return Decimal("1") if currency.strip() in WHOLE_UNIT_CURRENCIES else Decimal("0.01")


def money(value: Decimal, currency: str = "$") -> str:
    if currency_unit(currency) == 1:
        return f"{currency}{value:,.0f}"
    return f"{currency}{value:,.2f}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later (or earlier), or the month's last day."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def instalments_due(first: dt.date, today: dt.date) -> int:
    """How many monthly instalments, the first due on `first`, fell due before today."""
    if first >= today:
        return 0
    months = (today.year - first.year) * 12 + today.month - first.month
    return months + 1 if add_months(first, months) < today else months


@dataclass(frozen=True)
class Payment:
    due: dt.date
    amount: Decimal
    status: str  # paid | late | missed
    paid_on: dt.date | None = None  # None while unpaid


@dataclass(frozen=True)
class Contact:
    date: dt.date
    about: dt.date  # the due date of the instalment the contact was about
    channel: str
    outcome: str  # promise | excuse | refused | no_reply | dispute
    excuse: str  # what the debtor said ("" when they did not answer)
    promise_amount: Decimal | None
    promise_date: dt.date | None
    promise_status: str  # kept | broken | none


@dataclass(frozen=True)
class CollectionRecord:
    debtor_name: str
    first_name: str
    last_name: str
    age: int
    phone: str
    address: str
    date_of_birth: dt.date
    lender: str
    loan_type: str
    account_number: str
    currency: str
    original_amount: Decimal
    instalment: Decimal
    amount_overdue: Decimal
    days_past_due: int
    due_date: dt.date  # the oldest unpaid instalment's
    missed_payments: int
    collateral: str | None
    segment: str
    recommended_method: str
    payment_history: tuple[Payment, ...] = field(default_factory=tuple)
    contacts: tuple[Contact, ...] = field(default_factory=tuple)
    next_payday: dt.date | None = None  # when the persona says when they are paid

    @property
    def called_on(self) -> dt.date:
        """The day of the call the record was made for: the oldest unpaid due date, plus the
        days past it."""
        return self.due_date + dt.timedelta(days=self.days_past_due)

    def next_instalment_due(self, today: dt.date) -> dt.date:
        """The next regular instalment's due day after today (monthly, on the day of the oldest
        unpaid one): "the rest with your next instalment" is paid then."""
        return add_months(self.due_date, instalments_due(self.due_date, today) or 1)

    @property
    def loan_label(self) -> str:
        return LOAN_LABELS.get(self.loan_type, self.loan_type)

    @property
    def broken_promises(self) -> int:
        return sum(1 for c in self.contacts if c.promise_status == BROKEN)

    @property
    def kept_promises(self) -> int:
        return sum(1 for c in self.contacts if c.promise_status == KEPT)

    @property
    def late_payments(self) -> int:
        return sum(1 for p in self.payment_history if p.status == LATE)

    @property
    def last_promise(self) -> Contact | None:
        """The most recent contact in which the debtor promised to pay."""
        promises = [c for c in self.contacts if c.outcome == PROMISED]
        return promises[-1] if promises else None

    def summary(self) -> str:
        """The situation in one line, for the top of the briefing."""
        owed = f"{money(self.amount_overdue, self.currency)}, {self.days_past_due} days late"
        first_time = self.missed_payments == 1 and self.late_payments == 0
        if first_time:
            missed = "First missed payment"
        else:
            missed = (
                f"{self.missed_payments} missed payment{'s' if self.missed_payments != 1 else ''}"
            )
        outcomes = {c.outcome for c in self.contacts}
        if self.broken_promises:
            n = self.broken_promises
            history = f"{n} broken promise{'s' if n != 1 else ''}"
        elif DISPUTED in outcomes:
            history = "disputes the debt"
        elif REFUSED in outcomes:
            history = "refused to pay before"
        elif self.kept_promises:
            history = "kept every promise so far"
        elif first_time:
            on_time = sum(1 for p in self.payment_history if p.status == PAID)
            history = f"the {on_time} before it paid on time"
        else:
            history = "no promises on file"
        return f"{missed}: {owed}; {history}."

    def placeholders(self) -> dict[str, str]:
        """Values a content line or a script may name as {placeholder}."""
        unit = currency_unit(self.currency)
        return {
            "debtor_name": self.debtor_name,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "phone": self.phone,
            "date_of_birth": self.date_of_birth.strftime("%B %-d, %Y"),
            "address": self.address,
            # ("could you confirm the postcode on your account?": the code, not the address)
            "postcode": postcode_of(self.address),
            "lender": self.lender,
            "loan_type": self.loan_label.lower(),
            "account_number": self.account_number,
            "account_last4": self.account_number[-4:],
            "payment_reference": payment_reference(self.account_number),
            "original_amount": money(self.original_amount, self.currency),
            "instalment": money(self.instalment, self.currency),
            "amount_overdue": money(self.amount_overdue, self.currency),
            "half_overdue": money(
                (self.amount_overdue / 2).quantize(unit, rounding=ROUND_HALF_UP), self.currency
            ),
            "days_past_due": str(self.days_past_due),
            "due_date": self.due_date.strftime("%B %-d"),
            "missed_payments": str(self.missed_payments),
            "collateral": self.collateral or "the collateral",
            "segment": self.segment.replace("_", " "),
            "broken_promises": str(self.broken_promises),
            # "My next pay's Friday the 13th." ("payday" for a persona with no payday trait)
            "next_payday": day_text(self.next_payday) if self.next_payday else "payday",
            # "The next one's due Saturday the 28th, I think." (the call's day is the oldest
            # unpaid due date plus the days past it)
            "next_instalment": day_text(self.next_instalment_due(self.called_on), self.called_on),
        }

    def to_dict(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, Decimal):
                return float(value)
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            return value

        return {k: plain(v) for k, v in asdict(self).items()}


def _whole(rng: random.Random, r: Range) -> int:
    return rng.randint(int(r.min), int(r.max))


def _in_units(value: float, unit: Decimal) -> Decimal:
    return Decimal(str(value)).quantize(unit, rounding=ROUND_HALF_UP)


def _arrears(rng: random.Random, persona: Persona, today: dt.date) -> tuple[int, int]:
    """(missed payments, days past due): the days the persona allows for a number of missed
    payments it allows; a first-time late payer has missed exactly one."""
    loan = persona.loan
    low = max(1, int(loan.missed_payments.min))
    high = max(low, int(loan.missed_payments.max))
    if persona.segment is Segment.FIRST_TIME_LATE:
        low = high = 1
    days = [
        d
        for d in range(int(loan.days_past_due.min), int(loan.days_past_due.max) + 1)
        if low <= instalments_due(today - dt.timedelta(days=d), today) <= high
    ]
    if days:
        chosen = rng.choice(days)
        return instalments_due(today - dt.timedelta(days=chosen), today), chosen
    # The ranges disagree: the missed payments decide, the days come as close as they can.
    missed = rng.randint(low, high)
    wanted = _whole(rng, loan.days_past_due)
    fits = [
        d
        for d in range(28 * missed - 27, 31 * missed + 1)
        if instalments_due(today - dt.timedelta(days=d), today) == missed
    ]
    return missed, min(fits, key=lambda d: (abs(d - wanted), d))


def _instalment(rng: random.Random, overdue: Range, missed: int, unit: Decimal) -> Decimal:
    """An instalment whose `missed` multiple lies in the persona's overdue range."""
    low = (Decimal(str(overdue.min)) / missed / unit).to_integral_value(rounding=ROUND_CEILING)
    high = (Decimal(str(overdue.max)) / missed / unit).to_integral_value(rounding=ROUND_FLOOR)
    if low > high:  # a range narrower than one unit per payment
        return _in_units((overdue.min + overdue.max) / 2 / missed, unit)
    return rng.randint(int(low), int(high)) * unit


def _default_late_payments(persona: Persona) -> tuple[int, int]:
    """Earlier instalments paid late, when the persona does not say: from the segment, more
    for a less willing payer."""
    willing = persona.traits.willingness_to_pay
    match persona.segment:
        case Segment.PERSISTENT_LATE:
            base = 2 + (100 - willing) // 40
            return base, base + 1
        case Segment.HARDSHIP:
            return 0, 2
        case Segment.MALICIOUS_DEFAULT:
            return 0, 1
        case _:  # first time late, dispute: paid on time until now
            return 0, 0


def _refuses(rng: random.Random, persona: Persona) -> bool:
    """Whether a call that ended without a promise ended in a refusal (hot-tempered,
    unwilling debtors refuse)."""
    t = persona.traits
    return rng.random() < min(1.0, 2 * t.temper / 100 * (100 - t.willingness_to_pay) / 100)


class _Story:
    """Builds the contacts and the payment history of one record."""

    def __init__(self, rng: random.Random, persona: Persona, instalment: Decimal) -> None:
        self.rng = rng
        self.persona = persona
        self.instalment = instalment
        self.contacts: list[Contact] = []

    def excuse(self) -> str:
        return self.rng.choice(self.persona.excuses)

    def promise(
        self, day: dt.date, about: dt.date, amount: Decimal, by: dt.date, status: str
    ) -> None:
        self.contacts.append(
            Contact(day, about, "phone", PROMISED, self.excuse(), amount, by, status)
        )

    def other(self, day: dt.date, about: dt.date, outcome: str | None = None) -> None:
        """A contact without a promise: a reminder with no reply, an excuse, a refusal or,
        in a dispute, the dispute."""
        rng = self.rng
        if outcome is None:
            if self.persona.segment is Segment.DISPUTE:
                outcome = DISPUTED
            elif rng.random() < 0.5:
                outcome = NO_REPLY
            else:
                outcome = REFUSED if _refuses(rng, self.persona) else EXCUSE
        if outcome == NO_REPLY:
            channel, excuse = rng.choice(REMINDER_CHANNELS), ""
        else:
            channel, excuse = "phone", self.excuse()
        self.contacts.append(Contact(day, about, channel, outcome, excuse, None, None, NONE))


def generate_record(persona: Persona, seed: int, today: dt.date) -> CollectionRecord:
    """The same persona, seed and date always give the same record."""
    rng = random.Random(f"record:{persona.id}:{seed}")
    fake = Faker(persona.identity.locale)
    fake.seed_instance(seed)
    gender = persona.identity.gender
    if gender == "female":
        first, last = fake.first_name_female(), fake.last_name()
    elif gender == "male":
        first, last = fake.first_name_male(), fake.last_name()
    else:
        first, last = fake.first_name(), fake.last_name()
    age = _whole(rng, persona.identity.age)
    # counted in days, not by replacing the year: February 29 has no twin in most years
    dob = today - dt.timedelta(days=round(age * 365.25) + rng.randint(1, 360))
    loan = persona.loan
    segment = persona.segment
    unit = currency_unit(loan.currency)
    original = _in_units(
        round(rng.uniform(loan.original_amount.min, loan.original_amount.max), -2), unit
    )

    missed, days = _arrears(rng, persona, today)
    oldest = today - dt.timedelta(days=days)
    instalment = _instalment(rng, loan.overdue_amount, missed, unit)
    missed_dues = [add_months(oldest, k) for k in range(missed)]

    # What the history has to hold.
    broken = _whole(rng, loan.broken_promises)
    kept = _whole(rng, loan.kept_promises)
    n_contacts = _whole(rng, loan.previous_contacts)
    if segment is Segment.FIRST_TIME_LATE:
        broken = 0
    elif segment is Segment.PERSISTENT_LATE:
        broken = max(1, broken)
    must_refuse = segment is Segment.MALICIOUS_DEFAULT and broken == 0
    others = max(n_contacts - broken - kept, 1 if must_refuse else 0)

    # Broken promises and other contacts about the unpaid instalments, between the oldest
    # due date and today: a promise takes two days (the call, the promised date).
    room = days - 1
    broken_now = min(broken, room // 2)
    others_now = min(others, room - 2 * broken_now)
    broken_before = broken - broken_now
    others_before = others - others_now

    if loan.late_payments is not None:
        late = _whole(rng, loan.late_payments)
        kept = min(kept, late)
        broken_before = min(broken_before, late - kept)
    else:
        late = rng.randint(*_default_late_payments(persona))
        if segment is Segment.FIRST_TIME_LATE:
            kept = 0  # a kept promise is a late payment paid as promised: there was none
        else:
            late = max(late, kept + broken_before)
    others_before = min(others_before, late - kept - broken_before)

    story = _Story(rng, persona, instalment)
    if must_refuse and others_now:
        must_refuse_now, must_refuse_before = True, False
    else:
        must_refuse_now, must_refuse_before = False, must_refuse and others_before > 0

    # Now: the unpaid instalments' contacts, in a random order on distinct days.
    events = [BROKEN] * broken_now + [NONE] * others_now
    rng.shuffle(events)
    offsets = sorted(rng.sample(range(1, days), 2 * broken_now + others_now)) if room > 0 else []
    slots = iter(oldest + dt.timedelta(days=o) for o in offsets)
    for kind in events:
        day = next(slots)
        due_by_then = instalments_due(oldest, day)
        about = missed_dues[due_by_then - 1]
        if kind == BROKEN:
            story.promise(day, about, instalment * due_by_then, next(slots), BROKEN)
        else:
            story.other(day, about, REFUSED if must_refuse_now else None)
            must_refuse_now = False

    # Before: earlier instalments, some paid late; each late one may carry one contact.
    n_earlier = max(HISTORY_MONTHS, late)
    earlier_dues = [add_months(oldest, -k) for k in range(n_earlier, 0, -1)]
    if segment is Segment.HARDSHIP:  # things got harder just before the payments stopped
        late_index = list(range(n_earlier - late, n_earlier))
    else:
        late_index = sorted(rng.sample(range(n_earlier), late))
    episodes = [KEPT] * kept + [BROKEN] * broken_before + [NONE] * others_before
    episodes += [""] * (late - len(episodes))
    rng.shuffle(episodes)
    history: list[Payment] = []
    by_index = dict(zip(late_index, episodes, strict=True))
    for i, due in enumerate(earlier_dues):
        if i not in by_index:
            history.append(Payment(due, instalment, PAID, due))
            continue
        episode = by_index[i]
        day = due + dt.timedelta(days=rng.randint(2, 8))
        if episode == KEPT:
            by = day + dt.timedelta(days=rng.randint(2, 7))
            paid = day + dt.timedelta(days=rng.randint(1, (by - day).days))
            story.promise(day, due, instalment, by, KEPT)
        elif episode == BROKEN:
            by = day + dt.timedelta(days=rng.randint(2, 6))
            paid = by + dt.timedelta(days=rng.randint(1, 6))
            story.promise(day, due, instalment, by, BROKEN)
        elif episode == NONE:
            paid = day + dt.timedelta(days=rng.randint(1, 10))
            story.other(day, due, REFUSED if must_refuse_before else None)
            must_refuse_before = False
        else:
            paid = due + dt.timedelta(days=rng.randint(1, 20))
        history.append(Payment(due, instalment, LATE, paid))
    history.extend(Payment(due, instalment, MISSED) for due in missed_dues)

    digits = fake.numerify("########")
    return CollectionRecord(
        debtor_name=f"{first} {last}",
        first_name=first,
        last_name=last,
        age=age,
        phone=fake.phone_number(),
        address=fake.address().replace("\n", ", "),
        date_of_birth=dob,
        lender=loan.lender or f"{fake.last_name()} {rng.choice(LENDER_KINDS)}",
        loan_type=loan.type.value,
        account_number=f"{loan.type.value[:2].upper()}-{digits}",
        currency=loan.currency,
        original_amount=original,
        instalment=instalment,
        amount_overdue=instalment * missed,
        days_past_due=days,
        due_date=oldest,
        missed_payments=missed,
        collateral=loan.collateral,
        segment=segment.value,
        recommended_method=RECOMMENDED_METHOD[segment],
        payment_history=tuple(history),
        contacts=tuple(sorted(story.contacts, key=lambda c: c.date)),
        next_payday=next_payday(persona.traits.payday, today),
    )


def day_text(day: dt.date, today: dt.date | None = None) -> str:
    """A day as the debtor says it: "Friday the 13th"; "Friday the 10th of April" when it falls
    in a later month, over a week from `today` (said on Tuesday the 10th of March, a bare
    "Friday the 10th" would be heard as this month's)."""
    text = day.strftime("%A the ") + ordinal(day.day)
    later_month = today is not None and (day.year, day.month) != (today.year, today.month)
    if later_month and today is not None and (day - today).days > DAYS_WITHOUT_MONTH:
        text += day.strftime(" of %B")
    return text


DAYS_WITHOUT_MONTH = 7  # "Friday the 3rd" on Tuesday the 31st needs no month


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def next_payday(kind: str | None, today: dt.date) -> dt.date | None:
    """The debtor's next payday on or after `today` (paid on Fridays when weekly or
    fortnightly; fortnightly paydays fall in odd ISO weeks). Drawn from no random source, so
    adding a payday to a persona changes nothing else in its records."""
    if kind is None:
        return None
    if kind == "month_end":
        following = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    if kind == "month_start":
        return (
            today
            if today.day == 1
            else (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        )
    friday = today + dt.timedelta(days=(4 - today.weekday()) % 7)
    if kind == "fortnightly" and friday.isocalendar().week % 2 == 0:
        friday += dt.timedelta(days=7)
    return friday


# the postal code that ends an address: "MA 43579", "SW1A 1AA", "OX4 2JY"
_POSTCODE_AT_END = re.compile(r"(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s*$")


def payment_reference(account_number: str) -> str:
    """The reference of a payment the debtor says they made ("TRX-48213"): one per account,
    so two customers never read out the same one, and drawn from no random source the record
    uses (adding it changed no other field). Its five digits differ from one another, so a
    reference read back with two digits swapped is never the reference itself."""
    seed = int.from_bytes(hashlib.sha256(account_number.encode("utf-8")).digest()[:8], "big")
    draw = random.Random(seed)
    first = draw.choice("123456789")
    rest = draw.sample([d for d in "0123456789" if d != first], 4)
    return "TRX-" + first + "".join(rest)


def postcode_of(address: str) -> str:
    """The postal code an address ends with (the whole address when it ends with none)."""
    found = _POSTCODE_AT_END.search(address)
    return found.group(1) if found else address
