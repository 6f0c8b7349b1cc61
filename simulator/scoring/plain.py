"""Evidence in a collector's words, and the lines a debrief picks out.

The scorers name their evidence by cue ("deadline_this_week", "pol_counterfactual",
"direct_question*second_person"): exact, and what `collectsim score --json` keeps for anyone
who wants the learned politeness strategies behind a score. A trainee reads the same evidence
as what they did: "gave a clear deadline", "asked politely".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from simulator.language.types import Act
from simulator.scoring.rules import MOVES_TO_PAYMENT

PLAIN: dict[str, str] = {
    # politeness: the learned strategies
    "gratitude": "thanked the debtor",
    "deference": "showed respect",
    "greeting": "greeted the debtor",
    "please": "said please",
    "please_start": "opened with please",
    "apology": "apologised",
    "passing_sorry": "said sorry",
    "hedge": "softened the request",
    "indirect_btw": "raised it gently",
    "counterfactual": "asked politely (could you / would you)",
    "indicative": "asked directly (can you / will you)",
    "subjunctive_wish": "put it as a wish",
    "first_person_plural": "worked with the debtor ('we')",
    "first_person": "spoke for yourself ('I')",
    "first_person_start": "started with 'I'",
    "second_person": "spoke to the debtor ('you')",
    "second_person_start": "started with 'you'",
    # (the strategy's own words, the commonest first: "Of course. Could you just confirm ..."
    # had been told it "insisted on the facts ('actually', 'in fact')", words it never said)
    "factuality": "put it as plain fact ('of course', 'actually', 'clearly', 'in fact')",
    "direct_question": "asked a blunt question",
    "direct_start": "started bluntly",
    "positive": "used warm words",
    "negative": "used a negative word",
    "negative_question": "asked a loaded question",
    "challenge": "challenged the debtor",
    "offer_help": "offered to help",
    "exclamation": "used an exclamation",
    "multi_question": "fired several questions",
    "possibility": "left room to choose",
    "reproach": "reproached the debtor",
    # (what the words are, not what they meant: the learned weight may be either way, and
    # "+ blamed the debtor" was shown as a strength of "Sorry, who is speaking?")
    "second_person*negative": "said 'you' beside a hard word",
    "second_person_start*negative": "started with 'you' beside a hard word",
    "please*counterfactual": "asked politely",
    "please*indicative": "asked with a please",
    "gratitude*please": "said please and thank you",
    "first_person*hedge": "softened your own request",
    "direct_question*second_person": "asked the debtor directly",
    "apology*please": "apologised and said please",
    # politeness: what a collector must not do, and empathy
    "insult": "insulted the debtor",
    "profanity": "swore",
    "threat": "threatened the debtor",
    "shouting": "shouted (capitals)",
    "command": "gave an order",
    "sarcasm": "was sarcastic",
    "menace": "made a veiled threat",
    "dismissive": "was dismissive or condescending",
    "overshadow_dispute": "brushed aside the right to dispute",
    "arguing": "argued with the debtor",
    "empathy": "acknowledged the debtor's situation",
    # urgency
    "deadline_today": "set a deadline of today",
    "deadline_this_week": "gave a clear deadline this week",
    "deadline_period": "asked for it within a week or two, but named no day",
    "deadline_two_weeks": "gave a deadline within two weeks",
    "deadline_three_weeks": "gave a deadline within three weeks",
    "deadline_later": "named a date a month or more away",
    "refuse_delay": "refused to wait",
    "due_now": "said it is due now",
    "ask_for_date": "pinned the debtor to a day",
    "ask_payment": "asked for payment",
    "state_amount": "stated the amount",
    "state_consequence": "stated the consequence as a fact",
    "legal_action": "named the legal next step",
    "confirm_terms": "restated the terms",
    "accept_vague": "accepted a vague promise",
    "no_rush": "told the debtor there is no rush",
    "vague_timing": "left the timing open",
    "threat_is_not_urgency": "a threat is not urgency",
    # focus
    "propose_terms": "proposed terms",
    "set_deadline": "set a date",
    "offer_plan": "offered a payment plan",
    "state_purpose": "said why you called",
    "probe_reason": "asked what happened",
    "verify_identity": "checked who you were speaking to",
    "identify_self": "said who you are",
    "mini_miranda": "gave the required disclosure",
    "say_no": "said no to a delay",
    "empathise": "acknowledged the situation",
    "off_topic": "went off the subject",
    "dispute_right": "stated the right to dispute",
    "steer_back": "steered back to the payment",
    "scenario_act": "took the step this call is for",
    "payment_talk": "talked about the payment",
    "returns_to_payment": "came back to the payment after an excuse",
    "follows_tangent": "followed the debtor's tangent",
    "no_move": "did not move the call forward",
}


def plain_words(cue: str) -> str:
    """The cue as a collector would say what they did."""
    if cue in PLAIN:
        return PLAIN[cue]
    if cue.startswith("pol_") and cue[4:] in PLAIN:
        return PLAIN[cue[4:]]
    return cue.replace("_", " ").replace("*", " and ")


# --- the lines a debrief picks out ---------------------------------------------------------

_OPENING = frozenset(
    {Act.GREET, Act.IDENTIFY_SELF, Act.VERIFY_IDENTITY, Act.MINI_MIRANDA, Act.THANK, Act.CLOSE}
)
# what moves the call (rules.MOVES_TO_PAYMENT) and the skills around it; saying why you
# call is part of the opening script
_MOVES = (MOVES_TO_PAYMENT - {Act.STATE_PURPOSE}) | {
    Act.PROBE_REASON,
    Act.SAY_NO,
    Act.EMPATHISE,
    Act.STATE_CONSEQUENCE,
}
HOSTILE_FLAGS = frozenset(
    {"insult", "profanity", "threat", "shouting", "menace", "sarcasm", "dismissive", "arguing"}
)


def is_opening(turn: Any) -> bool:
    """A greeting, introduction, identity check, disclosure, goodbye or request to say it
    again with nothing that moves the call: the script, which says nothing about this
    trainee's skill."""
    acts = set(turn.analysis.acts)
    # ("sorry, could you say that again?" is no skill either)
    asks_again = turn.analysis.cued("asks_repeat")
    # a scenario's own act ("leave a message") moves the call whatever else the line does
    return (
        bool(acts & _OPENING or asks_again) and not acts & _MOVES and not turn.analysis.custom_acts
    )


def is_hostile(turn: Any) -> bool:
    analysis = turn.analysis
    if Act.THREAT in analysis.acts or Act.INSULT in analysis.acts:
        return "negated_threat" not in analysis.flags or Act.INSULT in analysis.acts
    return bool(analysis.flags & HOSTILE_FLAGS)


GOOD_LINE = 70  # a line whose scores average this much is not one to rework


def _mean(turn: Any) -> float:
    values = [score.value for score in turn.scores.by_name.values()]
    return sum(values) / len(values)


def line_picks(
    turns: Sequence[Any], worth: Callable[[Any], float] | None = None
) -> tuple[Any | None, Any | None]:
    """(strongest line, line to rework) of a call, by `worth` (the mean of the turn's
    scores unless a scenario's rubric says otherwise).

    Openings and goodbyes are neither (everyone says them); a threat, insult or jibe is never
    the strongest line and is always the one to rework when there is one.
    """
    value = worth or _mean
    candidates = [t for t in turns if not is_opening(t)]
    praised = [t for t in candidates if not is_hostile(t)]
    best = max(praised, key=value) if praised else None
    hostile = [t for t in candidates if is_hostile(t)]
    pool = hostile or [t for t in candidates if t is not best]
    worst = min(pool, key=lambda t: (t.scores.politeness.value, value(t))) if hostile else None
    if worst is None and pool:
        worst = min(pool, key=value)
        if value(worst) >= GOOD_LINE:
            worst = None  # every line moved the call well: nothing to rework
    return best, worst
