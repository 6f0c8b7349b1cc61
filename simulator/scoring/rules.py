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

from simulator.language.types import Act, Analysis
from simulator.scoring.types import DimensionScore, Evidence, TurnContext

URGENCY_BASE = 25.0
FOCUS_BASE = 40.0

# cue name -> points; the cue's span is the evidence.
URGENCY_CUES: dict[str, float] = {
    "deadline_today": 35.0,
    "deadline_this_week": 25.0,
    "deadline_later": 8.0,
    "negated_date": -10.0,  # "you don't have to pay today"
}
URGENCY_ACTS: dict[Act, float] = {
    Act.ASK_PAYMENT: 20.0,
    Act.STATE_AMOUNT: 15.0,
    Act.STATE_CONSEQUENCE: 25.0,
    Act.CONFIRM_TERMS: 10.0,
    Act.ACCEPT_VAGUE: -40.0,
}
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
    Act.OFF_TOPIC: -40.0,
    Act.INSULT: -25.0,
    Act.THREAT: -15.0,
    Act.ACCEPT_VAGUE: -15.0,
}
STEER_BACK = 20.0
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
    Act.VERIFY_IDENTITY: ("verify_identity",),
    Act.IDENTIFY_SELF: ("identify_self",),
    Act.MINI_MIRANDA: ("mini_miranda",),
    Act.SAY_NO: ("say_no",),
    Act.EMPATHISE: ("empathy",),
    Act.OFF_TOPIC: ("off_topic", "off_topic_dealer", "arguing"),
    Act.INSULT: ("insult", "profanity"),
    Act.THREAT: ("threat_violence", "threat_arrest", "threat_garnish", "threat_word"),
    Act.SET_DEADLINE: ("deadline_today", "deadline_this_week", "deadline_later"),
    Act.PROPOSE_TERMS: ("amount_digits", "amount_words", "amount_whole", "amount_half"),
}


def _where(analysis: Analysis, names: tuple[str, ...]) -> tuple[str, int, int]:
    for cue in analysis.cues:
        if cue.name in names:
            return cue.span.text, cue.span.start, cue.span.end
    if analysis.slots.date_text and "deadline" in " ".join(names):
        start = analysis.text.find(analysis.slots.date_text)
        return analysis.slots.date_text, start, start + len(analysis.slots.date_text)
    end = min(len(analysis.text), 80)
    return analysis.text[:end], 0, end


def _clamp(value: float) -> int:
    return int(round(min(100.0, max(0.0, value))))


def score_urgency(analysis: Analysis) -> DimensionScore:
    value = URGENCY_BASE
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for cue in analysis.cues:
        points = URGENCY_CUES.get(cue.name)
        if points is not None and cue.name not in seen:
            seen.add(cue.name)
            value += points
            evidence.append(Evidence(cue.name, cue.span.text, cue.span.start, cue.span.end, points))
    for act, points in URGENCY_ACTS.items():
        if act in analysis.acts:
            text, start, end = _where(analysis, _ACT_CUE.get(act, ()))
            value += points
            evidence.append(Evidence(act.value, text, start, end, points))
    if "vague_timing" in analysis.flags and Act.ACCEPT_VAGUE not in analysis.acts:
        text, start, end = _where(analysis, ("vague_timing",))
        value += VAGUE_TIMING
        evidence.append(Evidence("vague_timing", text, start, end, VAGUE_TIMING))
    evidence.sort(key=lambda e: -abs(e.weight))
    return DimensionScore(_clamp(value), tuple(evidence))


def score_focus(analysis: Analysis, ctx: TurnContext) -> DimensionScore:
    value = FOCUS_BASE
    evidence: list[Evidence] = []
    for act, points in FOCUS_ACTS.items():
        if act in analysis.acts:
            text, start, end = _where(analysis, _ACT_CUE.get(act, ()))
            value += points
            evidence.append(Evidence(act.value, text, start, end, points))
    steered = next((c for c in analysis.cues if c.name == "steer_back"), None)
    if steered is not None:
        value += STEER_BACK
        s = steered.span
        evidence.append(Evidence("steer_back", s.text, s.start, s.end, STEER_BACK))
    moves = bool(MOVES_TO_PAYMENT.intersection(analysis.acts)) or steered is not None
    if ctx.debtor_drifted:
        end = min(len(analysis.text), 80)
        if moves:
            value += RETURNS_AFTER_DRIFT
            evidence.append(
                Evidence("returns_to_payment", analysis.text[:end], 0, end, RETURNS_AFTER_DRIFT)
            )
        else:
            value += FOLLOWS_TANGENT
            evidence.append(
                Evidence("follows_tangent", analysis.text[:end], 0, end, FOLLOWS_TANGENT)
            )
    if analysis.acts == (Act.OTHER,):
        end = min(len(analysis.text), 80)
        value += NO_MOVE
        evidence.append(Evidence("no_move", analysis.text[:end], 0, end, NO_MOVE))
    evidence.sort(key=lambda e: -abs(e.weight))
    return DimensionScore(_clamp(value), tuple(evidence))
