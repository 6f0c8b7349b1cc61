"""What kind of collector a trainee is, read from their own turns across calls.

DOMAIN.md sections 1 and 2: collectors tend to be confident, aggressive, introverted or timid.
Two axes separate them — assertiveness and self-control — and engagement tells the
introverted (brief and flat: a few words a turn, no warm word, leaves the date and the terms
to the debtor) from the confident (says what they mean, with some warmth, names the day and
restates the terms) and yielding tells them from the timid (apologises, gives in).
Four measures, each 0-100, each with the lines that moved it:

- assertiveness: asks for payment, sets a deadline, states the amount (and repeats it), says no;
- self-control: politeness held when the debtor provokes, no threats, insults or shouting,
  no condescension or sarcasm, no run of orders without a warm word;
- engagement: words a turn beyond the opening script, warm words (thanks, empathy, please),
  and calls where the collector names the day to pay or restates the terms;
- yielding: accepts vague promises, over-apologises, drops the subject when the debtor drifts.

The reading works on plain data (`TurnFacts`), built from a live call (`engine/call_facts.py`)
or from stored rows,
so the CLI, the records and the terminal UI all read a trainee the same way. With too little
evidence, or calls that point different ways, the reading is "uncertain" rather than a guess.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

TYPES = ("confident", "aggressive", "introverted", "timid")
UNCERTAIN = "uncertain"

# Below these the reading says "uncertain": one short call says little about a person.
MIN_TURNS = 5  # one short call's worth
MIN_SAID = 3  # turns beyond the opening script: the script everyone says shows no temperament
MIN_TURNS_PER_CALL = 3  # a call shorter than this does not vote in the consistency check
MIN_AGREEMENT = 0.6  # share of calls that must agree with the overall reading
MIN_MARGIN = 0.1  # closer than this to another type's border: borderline, not typed
FLAT = 0.5  # engagement below this, without yielding or hostility: introverted

# Confidence is calibrated: the share of readings like this one that were right on our own
# tuning set (every subset of each collector's calls, whole and cut after 2-5 turns), by how
# much evidence the reading stands on (`Reading.strength`) and whether a rule above (too few
# turns, calls that disagree, measures on a border) held the type back. Each table is
# (strength from, confidence), strength rising. Written by
# `python tests/temperament_eval.py --tuning --write`; a test fails while it is stale.
CALIBRATION_TYPED: tuple[tuple[float, float], ...] = (
    (0.0, 0.55),
    (0.1, 0.79),
    (0.15, 0.8),
    (0.2, 0.85),
    (0.25, 0.96),
    (0.4, 0.99),
)
CALIBRATION_HELD: tuple[tuple[float, float], ...] = (
    (0.0, 0.4),
    (0.05, 0.54),
    (0.1, 0.69),
)
# Below this a reading is a leaning ("uncertain, leaning timid"): right less than 7 times in 10.
LEANING_BELOW = 0.7

ASSERTIVE_ACTS = frozenset(
    {
        "ask_payment",
        "set_deadline",
        "state_amount",
        "say_no",
        "state_consequence",
        "propose_terms",
        "confirm_terms",
    }
)
STEERING_ACTS = ASSERTIVE_ACTS | {"offer_plan", "probe_reason", "state_purpose"}
SUBSTANTIVE_ACTS = STEERING_ACTS | {
    "verify_identity",
    "identify_self",
    "mini_miranda",
    "empathise",
    "legal_action",
}
TERMS_ACTS = frozenset({"ask_payment", "propose_terms", "set_deadline", "confirm_terms"})
ASKS_WHEN = frozenset({"ask_payment", "set_deadline"})  # "When can you pay?", "Need a date."
BREACH_ACTS = frozenset({"insult", "threat"})
BREACH_FLAGS = frozenset({"insult", "profanity", "threat", "shouting"})
# Aggression without a swear word (issue 13): condescension, blame, sarcasm, veiled menace,
# arguing. Each such line costs self-control, less than an insult or a threat.
CONTEMPT_FLAGS = frozenset({"dismissive", "sarcasm", "menace", "arguing", "overshadow_dispute"})
WARM_ACTS = frozenset({"empathise", "thank", "apologise"})
WARM_CUES = frozenset({"pol_gratitude", "pol_please", "pol_please_start", "pol_apology", "empathy"})
# Pressure without warmth: a call with this many demands (orders, statements, long questions;
# not "When?"), not one warm word, that presses for a named day or says no.
COLD_CALL_ASKS = 3
# A date to hold the debtor to, named by the collector: the reader's deadline cues (a span,
# "this week", names no day; "when can you pay?" leaves the day to the debtor).
NAMED_DATE_CUES = frozenset(
    {
        "deadline_today",
        "deadline_this_week",
        "deadline_two_weeks",
        "deadline_three_weeks",
        "deadline_later",
    }
)
BRIEF_WORDS = 6  # a line this short is brief: "When can you pay?", "Okay. Noted."
# Engagement: words a turn (beyond the opening script) count in full from this many, warm
# turns from this share of turns.
ENGAGED_WORDS = 12.0
ENGAGED_WARMTH = 0.2
# Lines that open or close a call: never quoted as evidence of a temperament.
OPENING_ACTS = frozenset(
    {"greet", "identify_self", "verify_identity", "mini_miranda", "thank", "close"}
)
APOLOGY_CUES = frozenset({"apology", "pol_apology"})

# The weak spot each type has (DOMAIN.md 1: "each has its typical weakness") and the drill.
TRAINING: dict[str, str] = {
    "confident": "Listen before pushing: ask what stopped the payment, let the customer save "
    "face, and close by restating amount, date and method.",
    "aggressive": "Self-control: stay courteous when the debtor is rude, state consequences as "
    "facts, never insult, threaten or shout.",
    "introverted": "Take the lead: say more than a word or two per turn, acknowledge the "
    "customer (thank them, show you heard them), name the day to pay yourself and close by "
    "restating amount, date and method.",
    "timid": "Ask for the payment and the amount directly, set a deadline, and say no to "
    "'I'll pay soon' until amount, date and method are agreed.",
    UNCERTAIN: "Play more calls (the assessment pack gives comparable ones) before typing "
    "this collector.",
}


class TurnFacts(NamedTuple):
    """One trainee turn, reduced to what temperament reads (a tuple: a report builds 150,000)."""

    call: str  # which call the turn belongs to (any stable key)
    turn: int  # 1-based turn number in its call
    text: str
    acts: frozenset[str]
    flags: frozenset[str] = frozenset()
    cues: frozenset[str] = frozenset()
    politeness: int = 50
    urgency: int = 0
    focus: int = 0
    debtor_was_rude: bool = False  # the debtor's line before this turn provoked the trainee
    debtor_drifted: bool = False  # the debtor was off the subject (excuse, tangent)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def assertive(self) -> bool:
        return bool(self.acts & ASSERTIVE_ACTS)

    @property
    def breach(self) -> bool:
        threat = "threat" in self.acts or "threat" in self.flags
        if "negated_threat" in self.flags:  # "I'm not threatening you" is not a threat
            threat = False
        return (
            threat
            or bool(self.acts & (BREACH_ACTS - {"threat"}))
            or bool(self.flags & (BREACH_FLAGS - {"threat"}))
        )

    @property
    def contempt(self) -> bool:
        """Condescending, sarcastic, blaming or menacing, with no insult or threat."""
        return bool(self.flags & CONTEMPT_FLAGS) and not self.breach

    @property
    def cold_pressure(self) -> bool:
        """Pressure without warmth: an order, or a demand said curtly, with no courtesy."""
        return (
            ("command" in self.flags or (self.assertive and self.politeness < 40))
            and not self.acts & WARM_ACTS
            and not self.breach
            and not self.contempt
        )

    @property
    def opening(self) -> bool:
        """A greeting, introduction, identity check, disclosure or goodbye and nothing that
        moves the call: the script everyone says, which shows no temperament."""
        return bool(self.acts & OPENING_ACTS) and not self.acts & (
            STEERING_ACTS - {"state_purpose"}
        )

    @property
    def apologises(self) -> bool:
        return "apologise" in self.acts or bool(self.cues & APOLOGY_CUES)

    @property
    def names_date(self) -> bool:
        """Names the day to pay by ("by Friday", "today"), not a span or a question."""
        return bool(self.cues & NAMED_DATE_CUES)

    @property
    def brief(self) -> bool:
        return self.words <= BRIEF_WORDS

    @property
    def demand(self) -> bool:
        """An assertive line that presses: an order or a statement ("Friday. Full amount."),
        or a long question; not a short one that leaves the answer to the debtor ("When?")."""
        return self.assertive and not ("question" in self.flags and self.brief)

    @property
    def passive(self) -> bool:
        """A reply that only follows: 'ok', 'yes', 'I see', no act that moves the call."""
        return not (self.acts & SUBSTANTIVE_ACTS) and "question" not in self.flags

    @property
    def warm(self) -> bool:
        """A warm word: empathy, thanks, an apology, please."""
        return bool(self.acts & WARM_ACTS or self.cues & WARM_CUES)

    @property
    def drifting(self) -> bool:
        """The call was off the subject at this turn (the debtor drifted, or the trainee)."""
        return self.debtor_drifted or "off_topic" in self.acts

    @property
    def dropped_subject(self) -> bool:
        return "off_topic" in self.acts or (self.debtor_drifted and not self.acts & STEERING_ACTS)


@dataclass(frozen=True)
class Measures:
    assertiveness: int
    self_control: int
    engagement: int
    yielding: int


@dataclass(frozen=True)
class Quote:
    call: str
    turn: int
    text: str
    why: str


@dataclass(frozen=True)
class Reading:
    type: str  # one of TYPES, or "uncertain"
    confidence: float  # 0-1
    measures: Measures
    evidence: tuple[Quote, ...]
    weak_spot: str
    reason: str
    calls: int
    turns: int
    leaning: str | None = None  # the closest type when uncertain
    per_call: dict[str, str] = field(default_factory=dict)
    strength: float = 0.0  # how much evidence the reading stands on (0-1), before calibration
    held: bool = False  # a rule (too few turns, calls that disagree, a border) held it back

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "confidence": round(self.confidence, 2),
            "measures": asdict(self.measures),
            "evidence": [asdict(q) for q in self.evidence],
            "weak_spot": self.weak_spot,
            "reason": self.reason,
            "calls": self.calls,
            "turns": self.turns,
            "leaning": self.leaning,
        }


# --- building facts ---------------------------------------------------------------------


# --- measuring --------------------------------------------------------------------------


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def by_call(turns: Iterable[TurnFacts]) -> dict[str, list[TurnFacts]]:
    calls: dict[str, list[TurnFacts]] = {}
    for t in turns:
        calls.setdefault(t.call, []).append(t)
    return calls


@dataclass
class Tally:
    """Counts over a call's turns (or several calls'), gathered in one pass."""

    calls: int = 0
    turns: int = 0
    assertive: int = 0
    asked: int = 0  # calls that asked for payment (or proposed terms)
    deadline: int = 0  # calls that set a deadline
    amount_stated: int = 0  # turns that state the amount
    said_no: int = 0  # calls with a "no"
    politeness: int = 0
    provoked: int = 0
    provoked_politeness: int = 0
    breaches: int = 0
    words: int = 0
    said: int = 0  # turns beyond the opening script (greeting, identity, disclosure, goodbye)
    said_words: int = 0  # their words
    warm: int = 0  # turns with a warm word: thanks, empathy, please, an apology
    terms_calls: int = 0  # calls where payment was asked for or terms were put
    led: int = 0  # of those, calls where the collector named the day or restated the terms
    apologies: int = 0
    vague_calls: int = 0  # calls where the trainee accepted a vague promise
    drifted: int = 0
    dropped: int = 0
    contempt: int = 0  # condescending, sarcastic or blaming turns (no insult or threat)
    cold: int = 0  # pressure without warmth
    cold_calls: int = 0  # calls of repeated demands, pressing, without one warm word
    assertiveness_sum: float = 0.0  # per-call assertiveness x turns, for the weighted mean

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tally_call(turns: Sequence[TurnFacts]) -> Tally:
    """The counts of one call's turns, each read through the `TurnFacts` properties (the one
    definition of a breach, contempt, cold pressure, ...)."""
    t = Tally(calls=1, turns=len(turns))
    acts_seen: set[str] = set()
    demands = 0
    named_date = False
    for turn in turns:
        acts_seen |= turn.acts
        t.assertive += turn.assertive
        t.amount_stated += "state_amount" in turn.acts
        t.politeness += turn.politeness
        if turn.debtor_was_rude:
            t.provoked += 1
            t.provoked_politeness += turn.politeness
        if turn.breach:
            t.breaches += 1
        elif turn.contempt:
            t.contempt += 1
        elif turn.cold_pressure:
            t.cold += 1
        t.warm += turn.warm
        demands += turn.demand
        t.words += turn.words
        named_date = named_date or turn.names_date
        if not turn.opening:
            t.said += 1
            t.said_words += turn.words
        t.apologies += turn.apologises
        if turn.drifting:
            t.drifted += 1
            t.dropped += turn.dropped_subject
    presses = named_date or "say_no" in acts_seen
    t.cold_calls = int(demands >= COLD_CALL_ASKS and not t.warm and presses)
    t.led = int(named_date or "confirm_terms" in acts_seen)
    t.terms_calls = int(t.led or bool(acts_seen & TERMS_ACTS))
    t.asked = int(bool(acts_seen & {"ask_payment", "propose_terms"}))
    t.deadline = int("set_deadline" in acts_seen)
    t.said_no = int("say_no" in acts_seen)
    t.vague_calls = int("accept_vague" in acts_seen)
    t.assertiveness_sum = _assertiveness(t) * t.turns
    return t


def _assertiveness(t: Tally) -> float:
    """One call: asked, deadline, amount (stated once 0.6, repeated 1), no, and how often."""
    if not t.turns:
        return 0.0
    amount = min(1.0, t.amount_stated * 0.6)
    density = _clamp(t.assertive / t.turns / 0.5)
    return _clamp(
        0.25 * t.asked + 0.2 * t.deadline + 0.2 * amount + 0.35 * density + 0.1 * t.said_no
    )


def measures_of(t: Tally) -> Measures:
    if not t.turns:
        return Measures(0, 50, 0, 0)
    n = t.turns
    base = (t.provoked_politeness / t.provoked if t.provoked else t.politeness / n) / 100
    # a breach is never balanced by politeness elsewhere: a threat in 1 of 5 turns costs half
    control = _clamp(
        0.3
        + 0.7 * base
        - 2.5 * t.breaches / n
        - 1.5 * t.contempt / n
        - 0.6 * t.cold / n
        - 0.25 * t.cold_calls / max(1, t.calls)
    )
    engagement = _engagement(t)
    dropped = t.dropped / t.drifted if t.drifted else 0.0
    yielding = _clamp(
        0.5 * t.vague_calls / max(1, t.calls) + 0.3 * _clamp(t.apologies / n / 0.3) + 0.2 * dropped
    )
    return Measures(
        assertiveness=round(100 * t.assertiveness_sum / n),
        self_control=round(100 * control),
        engagement=round(100 * engagement),
        yielding=round(100 * yielding),
    )


def _engagement(t: Tally) -> float:
    """Words a turn beyond the opening script (all turns' when there are none yet) 0.4, warm
    turns 0.3, and 0.3 the share of calls about payment where the collector named the day or
    restated the terms (left out, the rest weighed up, while no call has come to payment)."""
    words = t.said_words / t.said if t.said else t.words / t.turns
    parts = [(0.4, _clamp(words / ENGAGED_WORDS)), (0.3, _clamp(t.warm / t.turns / ENGAGED_WARMTH))]
    if t.terms_calls:
        parts.append((0.3, t.led / t.terms_calls))
    return _clamp(sum(w * v for w, v in parts) / sum(w for w, _v in parts))


def measure(turns: Sequence[TurnFacts]) -> Measures:
    total = Tally()
    for call_turns in by_call(turns).values():
        total.add(tally_call(call_turns))
    return measures_of(total)


def classify(m: Measures) -> tuple[str, float]:
    """(type, margin 0-1): how far the measures sit inside the type's region."""
    a, c, e, y = (m.assertiveness / 100, m.self_control / 100, m.engagement / 100, m.yielding / 100)
    if c < 0.5:
        return "aggressive", _clamp((0.5 - c) / 0.3)
    if e < FLAT and y < 0.35:
        # brief and flat, whatever they ask for: neither pushy (self-control held) nor
        # yielding (no apologies, no vague promise taken): the introvert
        return "introverted", _clamp(min(FLAT - e, 0.35 - y, c - 0.5) / 0.2)
    if a >= 0.5 and y < 0.35:
        return "confident", _clamp(min(a - 0.5, c - 0.5, 0.35 - y, e - FLAT) / 0.2)
    if y < 0.15 and a < 0.5 and e < 0.6:
        # passive without giving in (no apologies, no vague promise taken, no subject
        # dropped): the quiet collector, not the timid one, who yields
        return "introverted", _clamp(min(0.15 - y, 0.6 - e, 0.5 - a) / 0.15)
    return "timid", _clamp(max(y - 0.35, 0.5 - a) / 0.25)


# --- reading ----------------------------------------------------------------------------


def read_temperament(turns: Sequence[TurnFacts]) -> Reading:
    """The trainee's temperament from their turns (any number of calls)."""
    return read_summaries([(key, summarise_call(ts)) for key, ts in by_call(turns).items()])


def read_summaries(calls: Sequence[tuple[str, CallSummary]]) -> Reading:
    """The trainee's temperament from the summaries of their calls (call key, summary),
    oldest first: the same reading as from the calls' turns."""
    # the calls' counts summed column by column, in call order (as Tally.add would)
    total = Tally(*(sum(column) for column in zip(*(s.counts for _key, s in calls), strict=True)))
    measures = measures_of(total)
    n_turns, n_calls = total.turns, len({key for key, _summary in calls})
    kind, margin = classify(measures)
    per_call: dict[str, str] = {
        key: summary.kind for key, summary in calls if summary.turns >= MIN_TURNS_PER_CALL
    }
    agreement = (Counter(per_call.values())[kind] / len(per_call)) if per_call else 1.0
    # confidence grows with the evidence (turns, calls), the distance from the border between
    # types, and how many calls agree; it is reported, and "uncertain" is decided below
    amount = _clamp(n_turns / 25.0) * (0.6 + 0.4 * _clamp(n_calls / 4.0))
    agree = agreement if len(per_call) > 1 else 1.0
    hostile = total.breaches + total.contempt
    if kind == "aggressive" and hostile >= 2:
        agree = max(agree, MIN_AGREEMENT)
    strength = amount * (0.4 + 0.6 * margin) * agree
    evidence = _quotes(kind, calls)

    held = None  # the rule that holds the type back, if any
    if n_turns < MIN_TURNS:
        held = (
            f"only {n_turns} trainee turn{'s' if n_turns != 1 else ''}; "
            f"at least {MIN_TURNS} are needed for a reading"
        )
    elif total.said < MIN_SAID:
        held = (
            f"only {total.said} trainee line{'s' if total.said != 1 else ''} beyond the opening "
            f"(greeting, identity, disclosure); at least {MIN_SAID} are needed for a reading"
        )
    # aggression shows where the debtor provokes it, not in every call: two or more hostile
    # lines make the reading, whatever the calmer calls say
    elif (
        len(per_call) > 1
        and agreement < MIN_AGREEMENT
        and not (kind == "aggressive" and hostile >= 2)
    ):
        mix = ", ".join(f"{n} {t}" for t, n in Counter(per_call.values()).most_common())
        held = f"mixed record: the calls read differently ({mix})"
    elif margin < MIN_MARGIN:
        held = f"the measures sit on the border between types (closest: {kind})"
    confidence = 0.0 if not n_turns else calibrated(strength, held=held is not None)
    leaning = confidence < LEANING_BELOW  # uncertain: the closest type is only a leaning
    shown = UNCERTAIN if leaning else kind
    return Reading(
        type=shown,
        confidence=confidence,
        measures=measures,
        evidence=evidence,
        weak_spot=TRAINING[shown],
        reason=(held or f"readings like this one are often wrong (closest: {kind})")
        if leaning
        else _why(kind, measures),
        calls=n_calls,
        turns=n_turns,
        leaning=kind if leaning else None,
        per_call=per_call,
        strength=strength,
        held=held is not None,
    )


def calibrated(strength: float, held: bool) -> float:
    """The confidence of a reading of this strength: how often such readings were right."""
    table = CALIBRATION_HELD if held else CALIBRATION_TYPED
    confidence = table[0][1]
    for start, value in table:
        if strength >= start:
            confidence = value
    return confidence


def _why(kind: str, m: Measures) -> str:
    parts = {
        "confident": f"asks and holds the line (assertiveness {m.assertiveness}) with "
        f"self-control {m.self_control} and little yielding ({m.yielding})",
        "aggressive": f"self-control {m.self_control}: insults, threats or shouting, or "
        "politeness lost when provoked",
        "introverted": f"low engagement ({m.engagement}): brief, flat replies with little "
        "warmth; leaves the day to pay and the terms to the debtor",
        "timid": f"gives in (yielding {m.yielding}) and rarely presses for payment "
        f"(assertiveness {m.assertiveness})",
    }
    return parts[kind]


# Which lines show each type, best first: (test, why).
_SHOWS: dict[str, list[tuple[Any, str]]] = {
    "aggressive": [
        (lambda t: t.breach, "insult, threat or shouting"),
        (lambda t: t.contempt, "condescending, blaming or sarcastic"),
        (lambda t: t.debtor_was_rude and t.politeness < 40, "lost politeness when provoked"),
        (lambda t: t.cold_pressure, "pressure without courtesy"),
    ],
    "confident": [
        (lambda t: "say_no" in t.acts, "says no"),
        (
            lambda t: "ask_payment" in t.acts and "set_deadline" in t.acts,
            "asks for payment with a deadline",
        ),
        (lambda t: "confirm_terms" in t.acts, "restates the terms"),
        (lambda t: "state_amount" in t.acts, "states the amount"),
        (lambda t: "ask_payment" in t.acts, "asks for payment"),
    ],
    "introverted": [
        (lambda t: t.passive and t.words <= 3, "short, passive reply"),
        (
            lambda t: bool(t.acts & ASKS_WHEN) and t.brief and not t.names_date and not t.warm,
            "asks briefly, names no day to pay",
        ),
        (lambda t: t.passive, "follows without moving the call"),
    ],
    "timid": [
        (lambda t: "accept_vague" in t.acts, "accepts a vague promise"),
        (lambda t: t.apologises, "apologises"),
        (lambda t: t.dropped_subject, "drops the subject"),
        (
            lambda t: not t.assertive and not t.breach and t.turn > 1,
            "does not ask for payment",
        ),
    ],
}


def _courteous(test: Any) -> Any:
    return lambda t: test(t) and not t.breach and not t.contempt and t.politeness >= 45


MAX_QUOTES = 4
MAX_QUOTE_CHARS = 300


MAX_CANDIDATES = 60  # lines kept per behaviour to choose quotes from (spans several calls)


def _tests(kind: str) -> list[tuple[Any, str]]:
    tests = _SHOWS[kind]
    if kind == "confident":
        # a line that shows confidence is also courteous: never quote a threat or a jibe
        tests = [(_courteous(test), why) for test, why in tests]
    return tests


# One call's lines that show a type: per behaviour (`_SHOWS[kind]`, in order), its first
# distinct lines (turn number, text stripped), at most MAX_CANDIDATES.
Shown = Sequence[Sequence[Sequence[Any]]]  # stored: [turn, text] lists


def _shown(kind: str, turns: Sequence[TurnFacts]) -> Shown:
    tests = _tests(kind)
    candidates: list[list[tuple[int, str]]] = [[] for _ in tests]
    texts: list[set[str]] = [set() for _ in tests]
    for t in turns:
        if t.opening:
            continue
        for i, (test, _why) in enumerate(tests):
            if len(candidates[i]) < MAX_CANDIDATES and test(t):
                text = t.text.strip()
                if text.lower() not in texts[i]:
                    texts[i].add(text.lower())
                    candidates[i].append((t.turn, text))
    return tuple(tuple(pool) for pool in candidates)


@dataclass(frozen=True)
class CallSummary:
    """All temperament needs of one call: its tally and, for each type, the call's lines that
    show it. Stored with a finished call, so a report reads a summary, not every turn again;
    merging the calls' summaries gives the same reading as the turns themselves (each pool
    keeps a call's first MAX_CANDIDATES distinct lines, all a reading can take from it)."""

    counts: Sequence[Any]  # the call's Tally, in TALLY_FIELDS order (ints, one float)
    kind: str  # the type the call alone reads as (it votes when it has enough turns)
    shown: Mapping[str, Shown]  # type -> per behaviour -> (turn, text)

    @property
    def turns(self) -> int:
        return int(self.counts[TALLY_TURNS])

    @property
    def tally(self) -> Tally:
        return Tally(*self.counts)

    def to_json(self) -> str:
        shown = {kind: [[list(c) for c in pool] for pool in self.shown[kind]] for kind in TYPES}
        return json.dumps(
            {"v": SUMMARY_VERSION, "tally": list(self.counts), "kind": self.kind, "shown": shown},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> CallSummary | None:
        """The stored summary, or None when it is from another version or cannot be read
        (then the call's turns are read instead)."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("v") != SUMMARY_VERSION:
                return None
            counts, kind, shown = data["tally"], data["kind"], data["shown"]
        except (ValueError, KeyError):
            return None
        if len(counts) != len(TALLY_FIELDS) or kind not in TYPES or set(shown) != set(TYPES):
            return None
        # the lines stay as JSON gave them ([turn, text] lists): a report reads one type's
        return cls(counts, kind, shown)


# Bump when the tally, the behaviours (_SHOWS) or the classification change: summaries stored
# by an earlier version are then ignored, and their calls read from their turns.
SUMMARY_VERSION = 2
TALLY_FIELDS = tuple(Tally.__dataclass_fields__)
TALLY_TURNS = TALLY_FIELDS.index("turns")


def summarise_call(turns: Sequence[TurnFacts]) -> CallSummary:
    """One call's summary, from its turns in order."""
    tally = tally_call(turns)
    return CallSummary(
        tuple(getattr(tally, name) for name in TALLY_FIELDS),
        classify(measures_of(tally))[0],
        {kind: _shown(kind, turns) for kind in TYPES},
    )


def _quotes(kind: str, calls: Sequence[tuple[str, CallSummary]]) -> tuple[Quote, ...]:
    """The trainee's own lines that show the type, verbatim (cut when very long).

    Varied on purpose: one line per kind of behaviour first, from different calls where
    possible, so four quotes are not four copies of the same habit.
    """
    tests = _tests(kind)
    # the first distinct lines showing each behaviour, over the calls in order
    candidates: list[list[tuple[str, int, str]]] = [[] for _ in tests]
    for i in range(len(tests)):
        seen: set[str] = set()
        pool = candidates[i]
        for key, summary in calls:
            for turn, text in summary.shown[kind][i]:
                if len(pool) >= MAX_CANDIDATES:
                    break
                if text.lower() not in seen:
                    seen.add(text.lower())
                    pool.append((key, turn, text))
            if len(pool) >= MAX_CANDIDATES:
                break
    chosen: list[Quote] = []
    seen_text: set[str] = set()
    calls_used: set[str] = set()
    for new_calls_only in (True, False):
        for _round in range(MAX_QUOTES):
            added = False
            for (_test, why), pool in zip(tests, candidates, strict=True):
                found = next(
                    (
                        c
                        for c in pool
                        if c[2].lower() not in seen_text
                        and not (new_calls_only and c[0] in calls_used)
                    ),
                    None,
                )
                if found is None:
                    continue
                key, turn, text = found
                seen_text.add(text.lower())
                if len(text) > MAX_QUOTE_CHARS:
                    text = text[: MAX_QUOTE_CHARS - 1] + "…"
                chosen.append(Quote(call=key, turn=turn, text=text, why=why))
                calls_used.add(key)
                added = True
                if len(chosen) >= MAX_QUOTES:
                    return tuple(chosen)
            if not added:
                break
    return tuple(chosen)
