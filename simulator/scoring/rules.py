"""Urgency and focus of one trainee line: transparent point tables over the line's acts and cues.

Both are additive from a base, clamped to 0-100, every term kept as evidence. The tables are
the scoring policy, written to follow DOMAIN.md:
- urgency (guidance 4, "the customer should feel the debt must be settled today"; guidance 9):
  a concrete, near deadline, a direct ask, the amount, consequences stated as facts. Giving
  time away ("whenever you can", "no rush", "next month or the month after") pulls it down.
  Threats add nothing: they are a politeness and compliance matter, not urgency.
- focus (guidance 2, "stick to the goal ... always steer back to paying the debt"): acts that
  move the call towards payment raise it; chit-chat, arguing and following the debtor's
  tangent lower it; coming back to payment right after an excuse raises it more.
"""

from __future__ import annotations

from simulator.language.types import Act, Analysis, Cue
from simulator.scoring.types import DimensionScore, Evidence, TurnContext

URGENCY_BASE = 25.0
FOCUS_BASE = 40.0

# cue name -> points; the cue's span is the evidence.
URGENCY_CUES: dict[str, float] = {
    "deadline_today": 35.0,
    "deadline_this_week": 25.0,
    "deadline_two_weeks": 15.0,
    "deadline_three_weeks": 10.0,
    "deadline_later": 0.0,  # a month away is a date, not urgency
    "refuse_delay": 30.0,  # "I can't wait until next month"
    "due_now": 15.0,  # "the full balance is due"
}
URGENCY_ACTS: dict[Act, float] = {
    Act.ASK_PAYMENT: 20.0,
    Act.STATE_AMOUNT: 15.0,
    Act.STATE_CONSEQUENCE: 25.0,
    Act.LEGAL_ACTION: 15.0,  # the lawful next step, stated: a consequence (threats add nothing)
    Act.CONFIRM_TERMS: 15.0,
    Act.ACCEPT_VAGUE: -40.0,
}
COMMAND = 10.0  # "Pay now." is rude (politeness) but it does press
VAGUE_TIMING = -25.0  # "sometime", "eventually" without an explicit concession

FOCUS_ACTS: dict[Act, float] = {
    Act.ASK_PAYMENT: 25.0,
    Act.STATE_AMOUNT: 20.0,
    Act.PROPOSE_TERMS: 10.0,
    Act.CONFIRM_TERMS: 25.0,
    Act.SET_DEADLINE: 10.0,
    Act.OFFER_PLAN: 25.0,
    Act.STATE_PURPOSE: 20.0,
    Act.PROBE_REASON: 15.0,
    Act.STATE_CONSEQUENCE: 10.0,
    Act.VERIFY_IDENTITY: 15.0,
    Act.IDENTIFY_SELF: 15.0,
    Act.MINI_MIRANDA: 15.0,
    Act.SAY_NO: 10.0,
    Act.EMPATHISE: 5.0,
    Act.LEGAL_ACTION: 10.0,
    Act.OFF_TOPIC: -40.0,
    Act.INSULT: -10.0,  # "pay what you owe, idiot" is rude but on goal: politeness pays for it
    Act.THREAT: -15.0,
    Act.ACCEPT_VAGUE: -15.0,
}
FOCUS_KEYS = frozenset(FOCUS_ACTS)
ACT_NAMES = {act: act.value for act in Act}  # Enum .value is a property: slow in a hot loop
FOCUS_RANK = {act: rank for rank, act in enumerate(FOCUS_ACTS)}
URGENCY_CUE_NAMES = frozenset(URGENCY_CUES)
# Giving the timing away cancels the credit of the payment words around it.
CANCELLED_BY_VAGUE = frozenset(
    {Act.ASK_PAYMENT, Act.PROPOSE_TERMS, Act.SET_DEADLINE, Act.STATE_AMOUNT, Act.OFFER_PLAN}
)
OFF_TOPIC_THEN_BACK = -10.0  # chit-chat in a line that steers back costs less
PAYMENT_TALK = 10.0  # the line talks about the payment, the balance, a method
SARCASM = -15.0
DISMISSIVE = -10.0  # a jibe ("you lot never pay") does not move the call
STEER_BACK = 20.0
DISPUTE_RIGHT = 15.0  # telling the debtor of the right to dispute: a required statement, like
# the mini-Miranda, that keeps the call lawful on its way to payment
RETURNS_AFTER_DRIFT = 15.0
FOLLOWS_TANGENT = -15.0
NO_MOVE = -10.0
MOVES_TO_PAYMENT = frozenset(
    {
        Act.ASK_PAYMENT,
        Act.STATE_AMOUNT,
        Act.PROPOSE_TERMS,
        Act.CONFIRM_TERMS,
        Act.SET_DEADLINE,
        Act.OFFER_PLAN,
        Act.STATE_PURPOSE,
    }
)
# Acts named by the cue whose span is the best evidence for them.
_ACT_CUE: dict[Act, tuple[str, ...]] = {
    Act.ASK_PAYMENT: ("ask_payment",),
    Act.STATE_AMOUNT: ("amount_digits", "amount_words"),
    Act.STATE_CONSEQUENCE: ("consequence_fee", "consequence_credit", "consequence_collections"),
    Act.CONFIRM_TERMS: ("confirm_phrase",),
    Act.ACCEPT_VAGUE: ("accept_vague",),
    Act.OFFER_PLAN: ("offer_plan",),
    Act.STATE_PURPOSE: ("state_purpose",),
    Act.PROBE_REASON: ("probe_reason",),
    Act.VERIFY_IDENTITY: ("verify_identity", "verify_name"),
    Act.IDENTIFY_SELF: ("identify_self",),
    Act.MINI_MIRANDA: ("mini_miranda",),
    Act.SAY_NO: ("say_no", "refuse_delay"),
    Act.EMPATHISE: ("empathy",),
    Act.OFF_TOPIC: ("off_topic", "off_topic_dealer", "arguing"),
    Act.INSULT: ("insult", "profanity"),
    Act.THREAT: ("threat_violence", "threat_arrest", "threat_garnish", "threat_word"),
    Act.SET_DEADLINE: (
        "deadline_today",
        "deadline_this_week",
        "deadline_two_weeks",
        "deadline_three_weeks",
        "deadline_later",
        "recurring_date",
    ),
    Act.PROPOSE_TERMS: ("amount_digits", "amount_words", "amount_whole", "amount_half"),
}


_PAYMENT_TALK = frozenset(
    {"pay_word", "debt_word", "method_transfer", "method_card", "method_online", "method_branch",
     "method_cheque", "method_direct_debit", "method_cash"}
)  # fmt: skip


def make_evidence(cue: str, text: str, start: int, end: int, weight: float) -> Evidence:
    """Evidence(...), built without the frozen-dataclass __init__ (a scored line makes a dozen;
    the checked __setattr__ path is most of the scorer's time). Same fields and equality."""
    e = _new(Evidence)
    fields = e.__dict__  # item by item: a third cheaper than update() with keywords
    fields["cue"] = cue
    fields["text"] = text
    fields["start"] = start
    fields["end"] = end
    fields["weight"] = weight
    return e


_new = object.__new__


def make_score(value: int, evidence: tuple[Evidence, ...]) -> DimensionScore:
    """DimensionScore(value, evidence), built like make_evidence: same fields and equality."""
    d = object.__new__(DimensionScore)
    d.__dict__.update(value=value, evidence=evidence)
    return d


def first_cues(analysis: Analysis) -> dict[str, Cue]:
    """The first cue of each name in the line."""
    first: dict[str, Cue] = {}
    for cue in analysis.cues:
        first.setdefault(cue.name, cue)
    return first


def _where(
    analysis: Analysis, names: tuple[str, ...], first: dict[str, Cue] | None = None
) -> tuple[str, int, int]:
    first = first_cues(analysis) if first is None else first
    found = [first[n] for n in names if n in first]
    if found:
        cue = found[0] if len(found) == 1 else min(found, key=_start)
        return cue.span.text, cue.span.start, cue.span.end
    if analysis.slots.date_text and "deadline" in " ".join(names):
        start = analysis.text.find(analysis.slots.date_text)
        return analysis.slots.date_text, start, start + len(analysis.slots.date_text)
    end = min(len(analysis.text), 80)
    return analysis.text[:end], 0, end


def _start(cue: Cue) -> int:
    return cue.span.start


def by_size(evidence: Evidence) -> float:
    """Sort key: the evidence that moved the score most comes first."""
    return -abs(evidence.weight)


def _earliest(cues: list[Cue]) -> Cue | None:
    """The cue that comes first in the line (cues are ordered by start, end, name)."""
    if not cues:
        return None
    if len(cues) == 1:
        return cues[0]
    return min(cues, key=lambda c: (c.span.start, c.span.end, c.name))


def _clamp(value: float) -> int:
    return int(round(min(100.0, max(0.0, value))))


def score_urgency(analysis: Analysis, first: dict[str, Cue] | None = None) -> DimensionScore:
    first = first_cues(analysis) if first is None else first
    value = URGENCY_BASE
    evidence: list[Evidence] = []
    # the first cue of each name, in the line's order
    if not URGENCY_CUE_NAMES.isdisjoint(first):
        for name, cue in first.items():
            points = URGENCY_CUES.get(name)
            if points is not None:
                s = cue.span
                value += points
                evidence.append(make_evidence(name, s.text, s.start, s.end, points))
    for act, points in URGENCY_ACTS.items():
        if act in analysis.acts:
            text, start, end = _where(analysis, _ACT_CUE.get(act, ()), first)
            value += points
            evidence.append(make_evidence(ACT_NAMES[act], text, start, end, points))
    if "vague_timing" in analysis.flags and Act.ACCEPT_VAGUE not in analysis.acts:
        text, start, end = _where(analysis, ("vague_timing",), first)
        value += VAGUE_TIMING
        evidence.append(make_evidence("vague_timing", text, start, end, VAGUE_TIMING))
    if "command" in analysis.flags:
        text, start, end = _where(analysis, ("command_start",), first)
        value += COMMAND
        evidence.append(make_evidence("command", text, start, end, COMMAND))
    if Act.THREAT in analysis.acts:
        # Pressure from a threat is not urgency (guidance 4 asks for it by lawful means):
        # the line keeps no more than the base.
        text, start, end = _where(analysis, _ACT_CUE[Act.THREAT], first)
        credit = sum(e.weight for e in evidence if e.weight > 0)
        if credit:
            value -= credit
            evidence.append(make_evidence("threat_is_not_urgency", text, start, end, -credit))
    if len(evidence) > 1:
        evidence.sort(key=by_size)
    return make_score(_clamp(value), tuple(evidence))


def score_focus(
    analysis: Analysis, ctx: TurnContext, first: dict[str, Cue] | None = None
) -> DimensionScore:
    first = first_cues(analysis) if first is None else first
    value = FOCUS_BASE
    evidence: list[Evidence] = []
    acts = set(analysis.acts)
    gives_in = Act.ACCEPT_VAGUE in acts
    steered = first.get("steer_back")
    # the line's acts in the order of the table (the evidence keeps that order among equals)
    for act in sorted(FOCUS_KEYS.intersection(acts), key=FOCUS_RANK.__getitem__):
        if gives_in and act in CANCELLED_BY_VAGUE:
            continue
        points = OFF_TOPIC_THEN_BACK if act is Act.OFF_TOPIC and steered else FOCUS_ACTS[act]
        text, start, end = _where(analysis, _ACT_CUE.get(act, ()), first)
        value += points
        evidence.append(make_evidence(ACT_NAMES[act], text, start, end, points))
    if "dispute_right" in analysis.flags:
        text, start, end = _where(analysis, ("dispute_right",), first)
        value += DISPUTE_RIGHT
        evidence.append(make_evidence("dispute_right", text, start, end, DISPUTE_RIGHT))
    if steered is not None:
        value += STEER_BACK
        s = steered.span
        evidence.append(make_evidence("steer_back", s.text, s.start, s.end, STEER_BACK))
    talk = _earliest([first[n] for n in _PAYMENT_TALK.intersection(first)])
    backs_off = gives_in or "negated_ask_payment" in first
    if talk is not None and not backs_off:
        value += PAYMENT_TALK
        s = talk.span
        evidence.append(make_evidence("payment_talk", s.text, s.start, s.end, PAYMENT_TALK))
    if "sarcasm" in analysis.flags:
        text, start, end = _where(analysis, ("sarcasm",), first)
        value += SARCASM
        evidence.append(make_evidence("sarcasm", text, start, end, SARCASM))
    if "dismissive" in analysis.flags:
        text, start, end = _where(analysis, ("dismissive",), first)
        value += DISMISSIVE
        evidence.append(make_evidence("dismissive", text, start, end, DISMISSIVE))
    moves = (
        bool(MOVES_TO_PAYMENT.intersection(acts) and not gives_in)
        or steered is not None
        or (talk is not None and not backs_off)
    )
    if ctx.debtor_drifted:
        end = min(len(analysis.text), 80)
        if moves:
            value += RETURNS_AFTER_DRIFT
            evidence.append(
                make_evidence(
                    "returns_to_payment", analysis.text[:end], 0, end, RETURNS_AFTER_DRIFT
                )
            )
        elif acts & {Act.PROBE_REASON, Act.EMPATHISE}:
            pass  # finding the real problem behind an excuse is neither drift nor return
        else:
            value += FOLLOWS_TANGENT
            evidence.append(
                make_evidence("follows_tangent", analysis.text[:end], 0, end, FOLLOWS_TANGENT)
            )
    if not evidence:
        end = min(len(analysis.text), 80)
        value += NO_MOVE
        evidence.append(make_evidence("no_move", analysis.text[:end], 0, end, NO_MOVE))
    if len(evidence) > 1:
        evidence.sort(key=by_size)
    return make_score(_clamp(value), tuple(evidence))
