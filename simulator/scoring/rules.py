"""Urgency and focus of one trainee line: transparent point tables over the line's acts and cues.

Both are additive from a base, clamped to 0-100, every term kept as evidence. The tables are
the scoring policy, written to follow DOMAIN.md:
- urgency (guidance 4, "the customer should feel the debt must be settled today"; guidance 9):
  a concrete, near deadline, a direct ask, the amount, consequences stated as facts. Giving
  time away ("whenever you can", "no rush", "next month or the month after") pulls it down.
  A threat adds nothing (nor takes the line's deadline away): it is a politeness and
  compliance matter.
- focus (guidance 2, "stick to the goal ... always steer back to paying the debt"): acts that
  move the call towards payment raise it; chit-chat, arguing and following the debtor's
  tangent lower it; coming back to payment right after an excuse raises it more.
"""

from __future__ import annotations

from simulator.language.methods import METHODS
from simulator.language.types import Act, Analysis, Cue
from simulator.scoring import spans
from simulator.scoring.spans import Item, Ready, ScorePlan, first_cues
from simulator.scoring.types import DimensionScore, TurnContext

__all__ = ["first_cues", "focus_plan", "score_focus", "score_urgency", "urgency_plan"]

URGENCY_BASE = 25.0
FOCUS_BASE = 40.0

# cue name -> points; the cue's span is the evidence.
URGENCY_CUES: dict[str, float] = {
    "deadline_today": 35.0,
    "deadline_this_week": 25.0,
    "deadline_period": 15.0,  # "this week", "within two weeks": in time, but no day to hold to
    "deadline_two_weeks": 15.0,
    "deadline_three_weeks": 10.0,
    "deadline_later": 0.0,  # a month away is a date, not urgency
    "refuse_delay": 30.0,  # "I can't wait until next month"
    "due_now": 15.0,  # "the full balance is due"
    "ask_for_date": 25.0,  # "I need a firm date", "what day can you pay?": presses to commit
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
THREAT_URGENCY = -10.0
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
# a scenario's own act ("ask for the reference", "leave a message"): the step its goal needs
SCENARIO_ACT = 20.0
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
    Act.ACCEPT_VAGUE: ("accept_vague", "no_rush"),
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
    Act.THREAT: (
        "threat_violence",
        "threat_arrest",
        "threat_garnish",
        "threat_seize",
        "threat_word",
    ),
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


# every way to pay the reader knows (language/methods.py), a choice of them offered, and the
# debtor asked to say the terms back ("can you say it back to me?", the debtor's own read-back)
_PAYMENT_TALK = frozenset(
    # ("the record shows you promised the full amount by the 28th of February ... and nothing
    # came in": the debt talked about, play-test 169)
    {"pay_word", "debt_word", "ask_for_date", "method_choice", "asks_read_back", "amount_whole"}
    | {f"method_{name}" for name, _pattern in METHODS}
)


def _clamp(value: float) -> int:
    return int(round(min(100.0, max(0.0, value))))


def _urgency_plan(
    cue_names: tuple[str, ...], acts: tuple[Act, ...], flags: frozenset[str]
) -> ScorePlan:
    """Urgency from the line's urgency cues (in the line's order), acts and flags."""
    value = URGENCY_BASE
    items: list[Item] = []
    for name in cue_names:
        points = URGENCY_CUES[name]
        value += points
        items.append((name, points, spans.cue(name)))
    for act, points in URGENCY_ACTS.items():
        if act in acts:
            value += points
            items.append((ACT_NAMES[act], points, spans.where(_ACT_CUE.get(act, ()))))
    if "vague_timing" in flags and Act.ACCEPT_VAGUE not in acts:
        value += VAGUE_TIMING
        items.append(("vague_timing", VAGUE_TIMING, spans.where(("vague_timing",))))
    if "command" in flags:
        value += COMMAND
        items.append(("command", COMMAND, spans.where(("command_start",))))
    if Act.THREAT in acts:
        # Pressure from a threat is not urgency (guidance 4 asks for it by lawful means), but
        # the line's deadline and ask still press ('Pay by Friday or we take the car', a
        # trainer's reading): the order earns nothing and the threat costs a little, so a
        # threat never presses more than the plain request; politeness and the compliance
        # pack pay for the rest.
        if "command" in flags:
            value -= COMMAND
            items = [item for item in items if item[0] != "command"]
        value += THREAT_URGENCY
        items.append(("threat_is_not_urgency", THREAT_URGENCY, spans.where(_ACT_CUE[Act.THREAT])))
    if len(items) > 1:
        items.sort(key=spans.by_points)
    return _clamp(value), tuple(items)


_URGENCY = spans.Plans(_urgency_plan)


def urgency_plan(analysis: Analysis, first: dict[str, Cue]) -> Ready:
    inputs = (tuple(filter(URGENCY_CUE_NAMES.__contains__, first)), analysis.acts, analysis.flags)
    return _URGENCY.known.get(inputs) or _URGENCY.add(inputs)


def score_urgency(analysis: Analysis, first: dict[str, Cue] | None = None) -> DimensionScore:
    first = first_cues(analysis) if first is None else first
    return spans.apply(urgency_plan(analysis, first), analysis, first)


def _focus_plan(
    acts: tuple[Act, ...],
    flags: frozenset[str],
    steered: bool,
    talk: bool,
    negated_ask: bool,
    drifted: bool,
    scenario_act: bool,
) -> ScorePlan:
    """Focus from the line's acts and flags; whether it steers back, talks payment or takes
    the ask back; whether the debtor's line before it drifted; and whether it does one of the
    scenario's own acts."""
    value = FOCUS_BASE
    items: list[Item] = []
    act_set = set(acts)
    gives_in = Act.ACCEPT_VAGUE in act_set
    # the line's acts in the order of the table (the evidence keeps that order among equals)
    for act in sorted(FOCUS_KEYS.intersection(act_set), key=FOCUS_RANK.__getitem__):
        if gives_in and act in CANCELLED_BY_VAGUE:
            continue
        points = OFF_TOPIC_THEN_BACK if act is Act.OFF_TOPIC and steered else FOCUS_ACTS[act]
        value += points
        items.append((ACT_NAMES[act], points, spans.where(_ACT_CUE.get(act, ()))))
    if "dispute_right" in flags:
        value += DISPUTE_RIGHT
        items.append(("dispute_right", DISPUTE_RIGHT, spans.where(("dispute_right",))))
    if steered:
        value += STEER_BACK
        items.append(("steer_back", STEER_BACK, spans.cue("steer_back")))
    if scenario_act:
        value += SCENARIO_ACT
        items.append(("scenario_act", SCENARIO_ACT, spans.OPENING))
    backs_off = gives_in or negated_ask
    if talk and not backs_off:
        value += PAYMENT_TALK
        items.append(("payment_talk", PAYMENT_TALK, spans.earliest(_PAYMENT_TALK)))
    if "sarcasm" in flags:
        value += SARCASM
        items.append(("sarcasm", SARCASM, spans.where(("sarcasm",))))
    if "dismissive" in flags:
        value += DISMISSIVE
        items.append(("dismissive", DISMISSIVE, spans.where(("dismissive",))))
    moves = (
        bool(MOVES_TO_PAYMENT.intersection(act_set) and not gives_in)
        or steered
        or scenario_act
        or (talk and not backs_off)
    )
    if drifted:
        if moves:
            value += RETURNS_AFTER_DRIFT
            items.append(("returns_to_payment", RETURNS_AFTER_DRIFT, spans.OPENING))
        elif (
            act_set & {Act.PROBE_REASON, Act.EMPATHISE, Act.VERIFY_IDENTITY, Act.MINI_MIRANDA}
            and Act.OFF_TOPIC not in act_set
        ):
            # finding the real problem behind an excuse is neither drift nor return, nor is
            # the identity check or the disclosure made late ("oh wait sorry, i should of
            # checked first - can u confirm ur date of birth?")
            pass
        else:
            value += FOLLOWS_TANGENT
            items.append(("follows_tangent", FOLLOWS_TANGENT, spans.OPENING))
    if not items:
        value += NO_MOVE
        items.append(("no_move", NO_MOVE, spans.OPENING))
    if len(items) > 1:
        items.sort(key=spans.by_points)
    return _clamp(value), tuple(items)


_FOCUS = spans.Plans(_focus_plan)


def focus_plan(analysis: Analysis, ctx: TurnContext, first: dict[str, Cue]) -> Ready:
    inputs = (
        analysis.acts,
        analysis.flags,
        "steer_back" in first,
        not _PAYMENT_TALK.isdisjoint(first),
        "negated_ask_payment" in first,
        ctx.debtor_drifted,
        bool(analysis.custom_acts),
    )
    return _FOCUS.known.get(inputs) or _FOCUS.add(inputs)


def score_focus(
    analysis: Analysis, ctx: TurnContext, first: dict[str, Cue] | None = None
) -> DimensionScore:
    first = first_cues(analysis) if first is None else first
    return spans.apply(focus_plan(analysis, ctx, first), analysis, first)
