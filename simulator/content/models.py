"""Pydantic models for the two authored file kinds: personas and scenarios.

Models forbid unknown keys so a trainer's typo ("pateince") is an error with a line number,
not a silently ignored field. Cross-file references (a scenario's persona, state names,
condition names) are checked in `content.references`, which knows the registries.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from simulator.language.custom_acts import CustomActSpec
from simulator.textsafe import name_problem

Identifier = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        min_length=1,
        max_length=64,
        description="lower_case_with_underscores",
    ),
]


def _one_line(value: str) -> str:
    problem = name_problem(value, "a name or title")
    if problem:
        raise ValueError(problem)
    return value


# A name or title shown on one line in lists and reports: no line break, control or
# reordering character (they would forge or hide text where it is printed).
OneLine = Annotated[str, Field(min_length=1), AfterValidator(_one_line)]
Percent = Annotated[int, Field(ge=0, le=100)]
LineVariants = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Range(Strict):
    """An inclusive range the collection record draws a number from."""

    min: float = Field(ge=0)
    max: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self


class LoanType(StrEnum):
    STUDENT = "student"
    CAR = "car"
    PERSONAL = "personal"
    CREDIT_CARD = "credit_card"
    MORTGAGE = "mortgage"
    BUSINESS = "business"


class Segment(StrEnum):
    FIRST_TIME_LATE = "first_time_late"
    PERSISTENT_LATE = "persistent_late"
    MALICIOUS_DEFAULT = "malicious_default"
    HARDSHIP = "hardship"
    DISPUTE = "dispute"


class Mood(StrEnum):
    CALM = "calm"
    IRRITATED = "irritated"
    HOSTILE = "hostile"


class Identity(Strict):
    locale: str = Field(default="en_US", description="Faker locale for the debtor's identity")
    age: Range = Range(min=25, max=60)
    gender: Literal["any", "female", "male"] = "any"


class Loan(Strict):
    type: LoanType
    lender: str | None = Field(default=None, description="Lender name; generated when omitted")
    currency: str = Field(default="$", max_length=4)
    original_amount: Range
    overdue_amount: Range
    days_past_due: Range
    missed_payments: Range = Range(min=1, max=1)
    previous_contacts: Range = Range(min=0, max=0)
    broken_promises: Range = Range(min=0, max=0)
    kept_promises: Range = Range(min=0, max=0)
    late_payments: Range | None = Field(
        default=None,
        description="Earlier instalments paid late; when left out the segment and traits decide "
        "(none for a first-time late payer)",
    )
    collateral: str | None = Field(default=None, description="e.g. 'the car' for a secured loan")


class Traits(Strict):
    """How the debtor behaves, 0-100 unless said otherwise."""

    patience: Percent = 60
    honesty: Percent = 70
    ability_to_pay: Percent = 70
    willingness_to_pay: Percent = 70
    temper: Percent = 30
    pays_within_days: int = Field(
        default=14,
        ge=0,
        le=120,
        description="The day (days after the call) the debtor names when asked which day, "
        "and offers instead of a day already past; any later day offered is agreed",
    )
    payday: Literal["month_end", "month_start", "weekly", "fortnightly"] | None = Field(
        default=None,
        description="When the debtor is paid (the record then knows the next payday, and "
        "'next payday' names that date); leave out when the debtor would not say",
    )
    can_pay_now_fraction: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="Share of the overdue amount the debtor can pay in one go; less needs a plan",
    )


class Negotiation(Strict):
    """What the debtor says while terms are pinned down. Placeholders: {amount}, {date},
    {method}, {counter_amount}, {counter_date}, {said}, {kept}, {terms} and every collection
    record field."""

    accept_amount: LineVariants | None = None
    counter_amount: LineVariants | None = None
    accept_date: LineVariants | None = None
    counter_date: LineVariants | None = None
    accept_method: LineVariants | None = None
    accept_instead: LineVariants | None = Field(
        default=None,
        description="The debtor had said they would rather pay by {named}; the trainee asks "
        "for {method} and they go along",
    )
    accept_amount_instead: LineVariants | None = Field(
        default=None,
        description="The debtor named {named} as what they could manage; the trainee says back "
        "{amount} and they go along, noticing",
    )
    accept_date_instead: LineVariants | None = Field(
        default=None,
        description="Asked which day suits them, the debtor named {named}; the trainee says "
        "back {date} and they go along, noticing",
    )
    accept_plan: LineVariants | None = None
    correct_term: LineVariants | None = Field(
        default=None,
        description="The trainee restated a term other than the one the debtor chose: {said} "
        "is what the trainee said, {kept} what the debtor agreed",
    )
    accept_others: LineVariants | None = Field(
        default=None,
        description="After countering the amount, the date and method the debtor can accept: "
        "{terms} (e.g. 'Friday by card')",
    )
    name_amount: LineVariants | None = Field(
        default=None,
        description="Asked how much they can pay: {counter_amount} is what they can manage",
    )
    name_whole: LineVariants | None = Field(
        default=None,
        description="Asked how much (or for some of it) when they can pay all of it: "
        "{counter_amount} is the whole amount overdue",
    )
    name_rest: LineVariants | None = Field(
        default=None,
        description="A first part agreed, asked how much they can pay towards the rest: "
        "{rest_amount} is what they can manage ('$200 a month' when asked for an instalment)",
    )
    ask_rest: LineVariants | None = Field(
        default=None,
        description="A first part agreed, the rest put so much a period with no sum ('and "
        "the rest monthly'): the debtor asks how much; {every} is how often ('month')",
    )
    name_date: LineVariants | None = Field(
        default=None, description="Asked which day: {counter_date} is the day they name"
    )
    accept_instalments_later: LineVariants | None = Field(
        default=None,
        description="Instalments after the first part put before its day is agreed ('$299 "
        "first, then $140 a month'): {rest_amount} ('$140 a month') said yes to",
    )
    accept_last: LineVariants | None = Field(
        default=None,
        description="Instalments agreed, the last one smaller, named ('the June one is "
        "337.31'): {last_amount} on {last_date} said yes to",
    )
    name_rest_date: LineVariants | None = Field(
        default=None,
        description="A first part agreed, asked when the rest will be paid ('and the rest "
        "when?'): {rest_amount} by {rest_date} is what they name",
    )
    name_method: LineVariants | None = Field(
        default=None, description="Asked how they will pay: {method} is the one they pick"
    )
    ask_methods: LineVariants | None = Field(
        default=None, description="Asked how they will pay, with no method offered"
    )
    accept_rest: LineVariants | None = Field(
        default=None,
        description="The payment split in two ('half today and the rest by the 13th'): the "
        "rest, {rest_amount}, agreed for {rest_date}",
    )
    accept_rest_with_instalment: LineVariants | None = Field(
        default=None,
        description="The rest agreed for the day the regular instalment is due, said with it on "
        "top ('$339.85 is due on the 19th too, so $509.70 that day'): {total} that day, "
        "{rest_amount} of it the rest, on {rest_date}",
    )
    accept_instalments: LineVariants | None = Field(
        default=None,
        description="The rest paid in instalments ('then $280 a month from the 13th of "
        "April'): {rest_amount} is the instalment with how often ('$280 a month'), {rest_date} "
        "the first one's day",
    )
    counter_rest: LineVariants | None = Field(
        default=None,
        description="The rest's day, {date}, falls before the first part's: the debtor offers "
        "{rest_date} for the rest, {rest_amount}",
    )
    all_agreed: LineVariants | None = None
    said_back: LineVariants | None = Field(
        default=None,
        description="The trainee restated the terms the debtor agreed (short of the scenario's "
        "goal, so the call goes on): the debtor says yes to {amount}, {date}, {method}",
    )


class Reactions(Strict):
    """Lines said before the state line when the trainee does something notable."""

    insulted: LineVariants | None = None
    threatened: LineVariants | None = None
    empathy: LineVariants | None = None
    pressured: LineVariants | None = None
    warned: LineVariants | None = Field(
        default=None,
        description="The trainee states a consequence (fees, the credit file) to a calm debtor: "
        "said only when given, as this persona would take it",
    )
    off_topic: LineVariants | None = None
    wrong_name: LineVariants | None = Field(
        default=None,
        description="The trainee asked for someone else: {name} is the name they said",
    )
    wrong_lender: LineVariants | None = Field(
        default=None,
        description="The trainee said they call from another lender: {name} is the one they said",
    )
    goodbye: LineVariants | None = Field(
        default=None, description="The trainee says goodbye and the call ends"
    )


class Topic(StrEnum):
    """What a trainee's question to the debtor is about; the persona answers from its facts."""

    PAYDAY = "payday"
    JOB = "job"
    AFFORD = "afford"
    WHAT_HAPPENED = "what_happened"
    # "have you got anything in writing from the dealer?", "do you have the receipt?"
    EVIDENCE = "evidence"
    # "which bank did you send it from?", "was it to our account ending 4471?": how a payment
    # the debtor says they made was sent
    PAYMENT_SENT = "payment_sent"
    # "did you get our letter?", "you receive our text last week?": the reminders sent
    LETTER = "letter"
    # the security questions: every debtor answers them from the record unless the persona
    # says otherwise ("Why do you need that?")
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    ADDRESS = "address"
    # "could you confirm the last four digits of your account number?"
    ACCOUNT = "account"
    # "who am I speaking with?": the debtor gives their name; a third party (a persona with a
    # `speaker`) says who they are
    WHO = "who"
    # "When's she back?", "does she live there?": a third party says where the debtor is
    WHEREABOUTS = "whereabouts"
    # "can you give me her mobile number?": a third party asked for the debtor's number
    NUMBER = "number"
    # "the next instalment, when is that due?": every debtor answers from the record
    # ({next_instalment}) unless the persona says otherwise
    NEXT_DUE = "next_due"
    # "what other loans have you got?", "is the payday loan paid off?": what else they owe
    OTHER_DEBTS = "other_debts"
    # "where's the car now?", "are you still driving it?": the collateral, where it is
    COLLATERAL = "collateral"
    # "when are you back?", "when do you land?": when a debtor who is away is back
    BACK = "back"
    # "is now a good time?": whether they can talk now ("Now's fine. Go ahead." unless the
    # persona says otherwise; its first sentence when they still ask who is calling)
    GOOD_TIME = "good_time"


StateLines = LineVariants | dict[Mood, LineVariants]


class CustomAct(Strict):
    """A trainee act a trainer defines, in the shape of the built-in catalogue
    (simulator/language/en/acts.yaml): the reader recognises it by its examples (word overlap,
    language/custom_acts.py) and its optional regex patterns, and it is a trigger like a
    built-in act."""

    name: Identifier
    means: str = Field(min_length=1, description="What the trainee does, in a few words")
    examples: LineVariants = Field(description="Ordinary ways a trainee says it")
    near_misses: list[str] = Field(
        default_factory=list, description="Lines that look alike but are not this act"
    )
    patterns: list[Annotated[str, Field(min_length=1, max_length=300)]] = Field(
        default_factory=list,
        description="Optional regular expressions (matched on the lower-cased line)",
    )
    refines: list[str] = Field(
        default_factory=list,
        description="Built-in acts this act narrows in this scenario ('refines: [say_no]' for "
        "'says the fees cannot be waived'): lines of theirs it also matches are meant, and "
        "validation does not warn that two acts claim them",
    )
    answers: LineVariants | None = Field(
        default=None,
        description="For a question to the debtor ('What's the dealer called?'): what the "
        "debtor answers, one of these each time it is asked, as they answer a question about "
        "their facts. A transition the act triggers still fires.",
    )


class Speaker(Strict):
    """Who answers the phone when it is not the debtor: a flatmate, a spouse, an employer."""

    name: OneLine = Field(description="How they are shown in the transcript, e.g. 'Jess'")
    role: OneLine = Field(description="Who they are to the debtor, e.g. 'flatmate'")


TraitName = Literal["patience", "honesty", "ability_to_pay", "willingness_to_pay", "temper"]


class TraitLines(Strict):
    """Lines said instead of the persona's own by a debtor whose trait is in a range: how an
    honest and a dishonest debtor excuse themselves and promise, written by the trainer. Each
    list given replaces the persona's list of the same place (a state's lines, a fact's
    answers, a negotiation or reaction list, the excuses)."""

    trait: TraitName
    below: Percent | None = Field(default=None, description="Applies while the trait is below")
    at_least: Percent | None = Field(
        default=None, description="Applies while the trait is at least this"
    )
    excuses: LineVariants | None = None
    lines: dict[Identifier, StateLines] = Field(default_factory=dict)
    facts: dict[Topic, LineVariants] = Field(default_factory=dict)
    negotiation: Negotiation = Negotiation()
    reactions: Reactions = Reactions()

    @model_validator(mode="after")
    def _has_a_range(self) -> TraitLines:
        if self.below is None and self.at_least is None:
            raise ValueError(f"say when these lines apply: 'below' or 'at_least' {self.trait}")
        if self.below is not None and self.at_least is not None and self.at_least >= self.below:
            raise ValueError(f"no {self.trait} is at least {self.at_least} and below {self.below}")
        return self

    def applies(self, traits: Traits) -> bool:
        value: int = getattr(traits, self.trait)
        return (self.below is None or value < self.below) and (
            self.at_least is None or value >= self.at_least
        )


class Persona(Strict):
    id: Identifier
    name: OneLine = Field(description="How trainers and trainees see this debtor")
    summary: str = Field(min_length=1)
    identity: Identity = Identity()
    loan: Loan
    segment: Segment
    traits: Traits = Traits()
    excuses: LineVariants = Field(description="Reasons this debtor gives for not paying")
    lines: dict[Identifier, StateLines] = Field(
        description="Debtor lines per scenario state: a list, or a list per mood "
        "(calm, irritated, hostile)",
    )
    fallback: LineVariants = Field(description="Said when the trainee's turn changes nothing")
    clarify: dict[Identifier, LineVariants] = Field(
        default_factory=dict,
        description="What the debtor asks when a line makes no sense in a state (key: the "
        "state, or 'default'), e.g. 'Sorry, who's calling?' before they know who it is",
    )
    facts: dict[Topic, LineVariants] = Field(
        default_factory=dict,
        description="Answers to the trainee's questions about the debtor: payday, job, "
        "afford (what they can pay), what_happened, evidence (what they can show for "
        "it: paperwork, receipts), the security questions date_of_birth, "
        "address and account (the account number's last digits; answered from the record when "
        "not given), who (a third party says who they are, from `speaker`, when not given) and "
        "whereabouts (a third party says "
        "where the debtor is and when they are back) and number (a third party asked for the "
        "debtor's phone number; declined with an offer to take a message when not given)",
    )
    negotiation: Negotiation = Negotiation()
    reactions: Reactions = Reactions()
    rude: bool = Field(
        default=False, description="The debtor provokes the trainee (tests composure)"
    )
    speaker: Speaker | None = Field(
        default=None,
        description="A third party who answers instead of the debtor (name and role), shown "
        "as such in the transcript and the debrief",
    )
    acts: list[CustomAct] = Field(
        default_factory=list, description="Trainee acts this persona's calls recognise"
    )
    trait_lines: list[TraitLines] = Field(
        default_factory=list,
        description="Lines said instead of the persona's own while a trait is in a range "
        "(e.g. the excuses and promises of a debtor with honesty below 50)",
    )


class Outcome(StrEnum):
    PROMISE_SECURED = "promise_secured"
    VAGUE_PROMISE = "vague_promise"
    # an amount, a date and a method agreed, never said back and confirmed, when the call ends
    UNCONFIRMED = "unconfirmed"
    # an amount, a date and a method agreed that fall short of the scenario's goal
    SHORT_OF_GOAL = "short_of_goal"
    # an amount and a day agreed, no way to pay, when the call ends
    NO_WAY_TO_PAY = "no_way_to_pay"
    REFUSED = "refused"
    HUNG_UP = "hung_up"
    ESCALATED = "escalated"
    TURN_LIMIT = "turn_limit"
    ENDED_BY_TRAINEE = "ended_by_trainee"
    INCOMPLETE = "incomplete"


class CustomOutcome(str):
    """An ending a scenario names itself (see `OutcomeDef`); `.value` as on `Outcome`, so code
    that shows an outcome treats both alike."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


def outcome_of(name: str) -> Outcome | CustomOutcome:
    """The built-in outcome of that name, or the scenario's own."""
    if name in Outcome._value2member_map_:
        return Outcome(name)
    return CustomOutcome(name)


class Situation(StrEnum):
    FIRST_TIME_LATE = "first_time_late"
    PERSISTENT_LATE = "persistent_late"
    MALICIOUS_DEFAULT = "malicious_default"
    HARDSHIP = "hardship"
    DISPUTE = "dispute"


class GoalKind(StrEnum):
    FULL_PAYMENT = "full_payment"
    PARTIAL_PAYMENT = "partial_payment"
    PAYMENT_PLAN = "payment_plan"
    MESSAGE_LEFT = "message_left"  # a discreet callback message, nothing disclosed
    REFERENCE_OBTAINED = "reference_obtained"  # e.g. the reference of a payment not yet posted
    CALLBACK_BOOKED = "callback_booked"
    DISPUTE_LOGGED = "dispute_logged"
    HARDSHIP_REFERRAL = "hardship_referral"
    CEASE_CONTACT_HONOURED = "cease_contact_honoured"


PAYMENT_GOALS = frozenset({GoalKind.FULL_PAYMENT, GoalKind.PARTIAL_PAYMENT, GoalKind.PAYMENT_PLAN})


class Goal(Strict):
    kind: GoalKind
    description: str = Field(min_length=1)
    min_amount_fraction: float = Field(
        default=1.0, gt=0.0, le=1.0, description="Share of the overdue amount that counts"
    )
    within_days: int = Field(default=7, ge=0, le=120)
    politely: bool = Field(
        default=False,
        description="The goal counts only when reached politely: no insult, threat, sarcasm or "
        "brush-off from the trainee on the way",
    )
    also_reached_by: list[Outcome] = Field(
        default_factory=list,
        description="Built-in endings that reach a payment goal too (the malicious defaulter's "
        "clean escalation): such a call is scored on reaching it, not on a promise",
    )

    @property
    def is_payment(self) -> bool:
        return self.kind in PAYMENT_GOALS


class OutcomeDef(Strict):
    """An ending a scenario names itself ("message_left"), with the words shown for it and
    whether it counts as reaching the goal."""

    name: Identifier
    label: OneLine = Field(
        description="Shown in the debrief, e.g. 'Message left, nothing disclosed'"
    )
    success: bool = Field(default=False, description="Reaching it counts as reaching the goal")


class FlagRule(Strict):
    """A call-memory flag that fails the call when set: the rule pack reads it at the end."""

    flag: Identifier
    rule: Identifier = Field(description="The finding's rule name, e.g. disclosure_to_third_party")
    message: str = Field(min_length=1, description="What was wrong and what to do instead")
    critical: bool = True


class Rules(Strict):
    compliance: bool = Field(default=False, description="Switch on the FDCPA-style rule pack")
    legal_action_authorised: bool = False
    dispute_window: bool = False
    fail_when: list[FlagRule] = Field(
        default_factory=list,
        description="Flags (set by transitions) that break a rule whenever they are set",
    )


class State(Strict):
    name: Identifier
    description: str = ""
    ending: Outcome | Identifier | None = Field(
        default=None,
        description="Set on states that end the call: a built-in outcome, or one the "
        "scenario names under 'outcomes'",
    )
    negotiable: bool = Field(default=False, description="The debtor discusses terms here")
    vague_promise: bool = Field(default=False, description="The debtor offers 'I'll pay soon'")
    identity_confirmed: bool = Field(
        default=False, description="Reaching this state confirms the right party"
    )
    rude: bool = Field(default=False, description="The debtor's lines here provoke the trainee")
    drifting: bool = Field(
        default=False, description="The debtor is off the subject here (excuse, tangent)"
    )

    @field_validator("ending", mode="after")
    @classmethod
    def _builtin_outcome(cls, value: Outcome | str | None) -> Outcome | str | None:
        if isinstance(value, str) and not isinstance(value, Outcome):
            return Outcome(value) if value in Outcome._value2member_map_ else value
        return value


ConditionSpec = Identifier | dict[Identifier, Any]


class Transition(Strict):
    trigger: Identifier = Field(description="An act of the trainee, or an engine event")
    source: Identifier | list[Identifier] = Field(description="State name(s), or '*' for any")
    dest: Identifier = Field(description="A state name, or 'same' to stay in the state")
    conditions: list[ConditionSpec] = Field(default_factory=list)
    unless: list[ConditionSpec] = Field(default_factory=list)
    set: list[Identifier] = Field(
        default_factory=list,
        description="Call-memory flags this transition sets (conditions flag_set / "
        "flag_not_set and rules.fail_when read them)",
    )

    @field_validator("source", mode="before")
    @classmethod
    def _star(cls, value: Any) -> Any:
        return "any" if value == "*" else value

    def sources(self) -> list[str]:
        return [self.source] if isinstance(self.source, str) else list(self.source)


class Rubric(Strict):
    urgency: float = Field(default=1.0, ge=0)
    politeness: float = Field(default=1.0, ge=0)
    focus: float = Field(default=1.0, ge=0)
    promise: float = Field(default=2.0, ge=0)


class Scenario(Strict):
    id: Identifier
    title: OneLine
    persona: Identifier
    situation: Situation
    difficulty: int = Field(ge=1, le=5)
    description: str = Field(min_length=1)
    goal: Goal
    rules: Rules = Rules()
    turn_limit: int = Field(default=20, ge=2, le=200)
    initial: Identifier
    states: list[State] = Field(min_length=2)
    transitions: list[Transition] = Field(min_length=1)
    lines: dict[Identifier, StateLines] = Field(
        default_factory=dict, description="Extra or overriding debtor lines for this scenario"
    )
    hints: dict[Identifier, LineVariants] = Field(
        default_factory=dict,
        description="Coaching hints per state; 'default' is used where a state has none",
    )
    rubric: Rubric = Rubric()
    acts: list[CustomAct] = Field(
        default_factory=list, description="Trainee acts this scenario recognises"
    )
    outcomes: list[OutcomeDef] = Field(
        default_factory=list, description="Endings this scenario names, beyond the built-in ones"
    )
    record: dict[Identifier, Annotated[str, Field(max_length=500)]] = Field(
        default_factory=dict,
        description="Extra collection-record fields (placeholders, shown in the briefing)",
    )

    def outcome(self, name: str) -> OutcomeDef | None:
        return next((o for o in self.outcomes if o.name == name), None)

    def state(self, name: str) -> State | None:
        return next((s for s in self.states if s.name == name), None)

    def endings(self) -> list[State]:
        return [s for s in self.states if s.ending is not None]


def custom_acts(scenario: Scenario, persona: Persona) -> dict[str, CustomAct]:
    """The trainer's acts of this call by name: the scenario's, then the persona's (a scenario
    act of the same name wins)."""
    acts: dict[str, CustomAct] = {}
    for act in [*scenario.acts, *persona.acts]:
        acts.setdefault(act.name, act)
    return acts


def custom_act_specs(scenario: Scenario, persona: Persona) -> tuple[CustomActSpec, ...]:
    """The acts the reader looks for in this call (`custom_acts`)."""
    return tuple(
        CustomActSpec(act.name, tuple(act.examples), tuple(act.patterns))
        for act in custom_acts(scenario, persona).values()
    )
