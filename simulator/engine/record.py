"""The collection record: the debtor's file the collector reads before calling (guidance 1).

Generated with Faker from the call's seed, shaped by the persona's loan ranges.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal
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

CHANNELS = ("phone", "text message", "letter", "email")
LENDER_KINDS = ("Bank", "Credit Union", "Finance")


def money(value: Decimal, currency: str = "$") -> str:
    return f"{currency}{value:,.2f}"


@dataclass(frozen=True)
class Payment:
    due: dt.date
    amount: Decimal
    status: str  # paid | late | missed


@dataclass(frozen=True)
class Contact:
    date: dt.date
    channel: str
    excuse: str
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
    due_date: dt.date
    missed_payments: int
    collateral: str | None
    segment: str
    recommended_method: str
    payment_history: tuple[Payment, ...] = field(default_factory=tuple)
    contacts: tuple[Contact, ...] = field(default_factory=tuple)

    @property
    def loan_label(self) -> str:
        return LOAN_LABELS.get(self.loan_type, self.loan_type)

    @property
    def broken_promises(self) -> int:
        return sum(1 for c in self.contacts if c.promise_status == "broken")

    def placeholders(self) -> dict[str, str]:
        """Values a content line or a script may name as {placeholder}."""
        return {
            "debtor_name": self.debtor_name,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "phone": self.phone,
            "date_of_birth": self.date_of_birth.strftime("%B %-d, %Y"),
            "address": self.address,
            "lender": self.lender,
            "loan_type": self.loan_label.lower(),
            "account_number": self.account_number,
            "account_last4": self.account_number[-4:],
            "original_amount": money(self.original_amount, self.currency),
            "instalment": money(self.instalment, self.currency),
            "amount_overdue": money(self.amount_overdue, self.currency),
            "half_overdue": money(
                (self.amount_overdue / 2).quantize(Decimal("0.01")), self.currency
            ),
            "days_past_due": str(self.days_past_due),
            "due_date": self.due_date.strftime("%B %-d"),
            "missed_payments": str(self.missed_payments),
            "collateral": self.collateral or "the collateral",
            "segment": self.segment.replace("_", " "),
            "broken_promises": str(self.broken_promises),
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


def _draw(rng: random.Random, r: Range) -> float:
    return rng.uniform(r.min, r.max)


def _whole(rng: random.Random, r: Range) -> int:
    return rng.randint(int(r.min), int(r.max))


def _cents(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


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
    original = _cents(round(_draw(rng, loan.original_amount), -2))
    overdue = _cents(_draw(rng, loan.overdue_amount))
    missed = max(1, _whole(rng, loan.missed_payments))
    instalment = (overdue / missed).quantize(Decimal("0.01"))
    days = _whole(rng, loan.days_past_due)
    due = today - dt.timedelta(days=days)
    history: list[Payment] = []
    for i in range(6, 0, -1):
        month_due = due - dt.timedelta(days=30 * (i - 1) + 30 * missed)
        status = "paid" if rng.random() > 0.2 else "late"
        history.append(Payment(month_due, instalment, status))
    for i in range(missed):
        history.append(
            Payment(due - dt.timedelta(days=30 * (missed - 1 - i)), instalment, "missed")
        )
    contacts: list[Contact] = []
    n_contacts = _whole(rng, loan.previous_contacts)
    broken = _whole(rng, loan.broken_promises)
    kept = _whole(rng, loan.kept_promises)
    statuses = ["broken"] * broken + ["kept"] * kept
    statuses += ["none"] * max(0, n_contacts - len(statuses))
    for i, status in enumerate(statuses):
        when = today - dt.timedelta(days=(len(statuses) - i) * rng.randint(6, 12))
        promised = status != "none"
        contacts.append(
            Contact(
                date=when,
                channel=rng.choice(CHANNELS),
                excuse=rng.choice(persona.excuses),
                promise_amount=_cents(float(instalment) * rng.choice([0.5, 1.0]))
                if promised
                else None,
                promise_date=when + dt.timedelta(days=rng.randint(3, 10)) if promised else None,
                promise_status=status,
            )
        )
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
        amount_overdue=overdue,
        days_past_due=days,
        due_date=due,
        missed_payments=missed,
        collateral=loan.collateral,
        segment=persona.segment.value,
        recommended_method=RECOMMENDED_METHOD[persona.segment],
        payment_history=tuple(history),
        contacts=tuple(contacts),
    )
