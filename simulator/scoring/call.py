"""Call-level scores: averages of the turns, the promise, composure, overall, compliance, tips.

Tips are the debrief a trainer would give: the three most useful, each naming the guidance in
DOMAIN.md it comes from, so a trainee can look it up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from simulator.language.types import Act, Analysis
from simulator.scoring.compliance import check_compliance
from simulator.scoring.dimensions import REGISTRY
from simulator.scoring.politeness import friendly_close
from simulator.scoring.spans import first_cues
from simulator.scoring.types import (
    CallScores,
    ComplianceRules,
    GoalView,
    Promise,
    ScoredTurn,
    Tip,
)

OUTCOMES = (
    "promise_secured",
    "vague_promise",
    "unconfirmed",
    "short_of_goal",
    "no_way_to_pay",
    "refused",
    "hung_up",
    "escalated",
    "turn_limit",
    "ended_by_trainee",
    "incomplete",
)
# Overall = weighted mean of the dimensions (scoring/dimensions.py), the promise and composure;
# composure's share goes to the others when the debtor was never rude.
WEIGHTS = {**{d.name: d.weight for d in REGISTRY.values()}, "promise": 0.3, "composure": 0.1}
# A scenario's rubric (content/models.py Rubric) scales these: its defaults give WEIGHTS
# exactly, a weight of 0 switches a dimension off.
DEFAULT_RUBRIC = {**{d.name: d.rubric for d in REGISTRY.values()}, "promise": 2.0}
FAILED_CAP = 40  # a critical compliance breach fails the call: overall is capped here

# Promise points per element (DOMAIN 2: a promise counts with an amount, a date and the
# customer's acknowledgement, ideally the method; the collector restates it).
PROMISE_POINTS = {"amount": 25, "date": 25, "method": 15, "confirmed": 35}
VAGUE_PROMISE = 10
VAGUE_OUTCOME_CAP = 30

_HARDSHIP = re.compile(
    r"\b(?:lost\s+my\s+job|laid\s+off|unemployed|out\s+of\s+work|no\s+income|can't\s+afford|"
    r"cannot\s+afford|hardship|medical|hospital|sick|benefits|no\s+money|broke(?!\s+down))\b",
    re.IGNORECASE,
)


def _mean(values: Sequence[int]) -> int:
    return int(round(sum(values) / len(values))) if values else 0


def score_promise(promise: Promise, outcome: str) -> tuple[int, tuple[str, ...]]:
    """Partial credit per element; a vague promise taken as final scores low."""
    points = 0
    notes: list[str] = []
    if promise.amount is not None:
        points += PROMISE_POINTS["amount"]
        notes.append(f"amount agreed: {promise.amount}")
    if promise.date is not None:
        points += PROMISE_POINTS["date"]
        notes.append(f"date agreed: {promise.date.isoformat()}")
    if promise.method is not None:
        points += PROMISE_POINTS["method"]
        notes.append(f"method agreed: {promise.method}")
    if promise.confirmed and promise.short_of_goal:
        # the promise the call needs is not made: its terms count, the confirmation does not
        notes.append("restated and confirmed, but short of the goal")
    elif promise.confirmed:
        # Restating half a promise is worth less than restating a real one.
        full = promise.amount is not None and promise.date is not None
        share = PROMISE_POINTS["confirmed"] if full else PROMISE_POINTS["confirmed"] // 3
        points += share
        notes.append("restated by the trainee and confirmed" if full else "partly restated")
    if promise.vague and promise.amount is None and promise.date is None:
        points = max(points, VAGUE_PROMISE)
        notes.append("only a vague promise ('I'll pay soon')")
    if outcome == "vague_promise":
        points = min(points, VAGUE_OUTCOME_CAP)
    if not notes:
        notes.append("no promise to pay")
    return min(points, 100), tuple(notes)


# What brings an off-topic line back to the debt
_STEERING_BACK = frozenset(
    {
        Act.ASK_PAYMENT,
        Act.PROPOSE_TERMS,
        Act.SET_DEADLINE,
        Act.STATE_AMOUNT,
        Act.STATE_PURPOSE,
        Act.PROBE_REASON,
        Act.OFFER_PLAN,
        # ("Ha, well here I am. Just to check it's you, what's your date of birth?": the banter
        # answered, and on to the identity check in the same breath)
        Act.VERIFY_IDENTITY,
        Act.MINI_MIRANDA,
    }
)


@dataclass
class _Counts:
    asks: int = 0
    amounts: int = 0
    deadlines: int = 0
    span: str = ""  # "can you pay it this week?": urgency asked, with no day named
    vague: int = 0
    vague_said: str = ""  # the words of the first line that accepted a vague promise
    off_topic: int = 0
    dismissed: str = ""  # the words of the first line that brushed the customer off
    heard_out: bool = False  # one question about the debtor's problem asked, off the payment
    tangents_followed: int = 0
    plans: int = 0
    probes: int = 0
    apologies: int = 0
    threats_or_insults: int = 0
    sarcastic: int = 0
    consequences: int = 0
    opened_well: bool = False
    courtesies: int = 0  # lines that greet, thank or say please
    sums_put: set[Decimal] = field(default_factory=set)  # the sums the trainee asked for


def _tone_slipped(scores: dict[str, int | None], counts: _Counts) -> bool:
    """Did the trainee's tone slip with a rude debtor? Composure low, or middling with sarcasm
    in it: sarcasm costs composure less than an insult does, but it is the slip a composure
    lesson is about ("Wow, a miracle." four times over still deserves the word)."""
    composure = scores.get("composure")
    return composure is not None and (composure < 50 or (composure < 75 and counts.sarcastic > 0))


def _count(turns: Sequence[ScoredTurn]) -> _Counts:
    counts = _Counts()
    for index, turn in enumerate(turns):
        acts = set(turn.analysis.acts)
        # ("Could you do the $760.50 by Tuesday?" asks, in the terms it puts; so does "you do
        # it tonight through the portal, so it's in today?", play-test 174)
        counts.asks += Act.ASK_PAYMENT in acts or (
            Act.PROPOSE_TERMS in acts
            and Act.CONFIRM_TERMS not in acts
            and (turn.analysis.slots.amount is not None or turn.analysis.slots.date is not None)
        )
        counts.consequences += Act.STATE_CONSEQUENCE in acts
        counts.amounts += Act.STATE_AMOUNT in acts
        put = acts & {Act.PROPOSE_TERMS, Act.ASK_PAYMENT, Act.CONFIRM_TERMS}
        if put and turn.analysis.slots.amount is not None:
            counts.sums_put.add(turn.analysis.slots.amount)
        # ("would you be able to pay the $351.78 by Tuesday the 17th?" names the day it asks)
        # ("Can you do it by Friday the 13th, or Monday the 16th at the latest?" offers days;
        # "you'll pay the full 709.72 online by Monday the 16th. Is that right?" holds to one)
        counts.deadlines += (
            Act.SET_DEADLINE in acts
            or (
                turn.analysis.slots.date is not None
                and bool(acts & {Act.ASK_PAYMENT, Act.PROPOSE_TERMS, Act.CONFIRM_TERMS})
            )
            or any(c.name == "date_choice" for c in turn.analysis.cues)
        )
        period = next((c for c in turn.analysis.cues if c.name == "deadline_period"), None)
        if period is not None and not counts.span:
            counts.span = period.span.text
        counts.vague += Act.ACCEPT_VAGUE in acts
        if Act.ACCEPT_VAGUE in acts and not counts.vague_said:
            # the trainee's own words, quoted in the tip (not a stock "whenever you can" they
            # never said)
            counts.vague_said = next(
                (c.span.text for c in turn.analysis.cues if c.name == "accept_vague"),
                turn.analysis.text[:60],
            )
        # ("haha fair, the disclosure bit is kinda robotic ... which fees exactly?": acknowledged
        # briefly and steered back in the same line, as guidance 2 asks)
        tangent = (
            Act.OFF_TOPIC in acts
            and acts.isdisjoint(_STEERING_BACK)
            # ("Good luck with the dealer, I hope they sort the transmission soon. Bye for
            # now!": a kind word on the way out, not a tangent followed)
            and Act.CLOSE not in acts
            and not turn.after_the_goal
        )
        # ("oh wow, that's a lot, i'm sorry. would you be able to pay us something soon?": the
        # tangent acknowledged on the way back to paying is not followed)
        # (a question about their problem is the tangent's own: heard out once, followed after)
        followed = acts.isdisjoint(_STEERING_BACK - {Act.PROBE_REASON}) and any(
            e.cue == "follows_tangent" for e in turn.scores.focus.evidence
        )
        if (tangent or followed) and Act.PROBE_REASON in acts and not counts.heard_out:
            # ("I'm sorry youve been dealing with that. What's actually wrong with the car?":
            # one question about their problem is listening to it; a second follows it)
            counts.heard_out = True
        else:
            counts.off_topic += tangent
            counts.tangents_followed += followed
        counts.plans += Act.OFFER_PLAN in acts
        counts.probes += Act.PROBE_REASON in acts
        counts.apologies += Act.APOLOGISE in acts
        counts.threats_or_insults += bool(acts & {Act.THREAT, Act.INSULT})
        counts.sarcastic += "sarcasm" in turn.analysis.flags
        if (
            "dismissive" in turn.analysis.flags
            and not counts.dismissed
            # ("what's your date of birth mate?": warmth in an identity check, not a put-down;
            # play-test 153, as the politeness score already reads it)
            and not friendly_close(turn.analysis, first_cues(turn.analysis))
        ):
            counts.dismissed = next(
                (c.span.text for c in turn.analysis.cues if c.name == "dismissive"), ""
            )
        counts.courtesies += bool(acts & {Act.GREET, Act.THANK}) or any(
            c.name in _COURTESY_CUES for c in turn.analysis.cues
        )
        if index < 2 and acts & {Act.GREET, Act.IDENTIFY_SELF, Act.VERIFY_IDENTITY}:
            counts.opened_well = True
    return counts


def weights_for(rubric: dict[str, float] | None) -> dict[str, float]:
    """The overall score's weights for a scenario's rubric: WEIGHTS scaled by each rubric
    weight over its default (so the default rubric gives WEIGHTS, 0 switches one off)."""
    if not rubric:
        return dict(WEIGHTS)
    return {
        name: WEIGHTS[name] * (rubric.get(name, DEFAULT_RUBRIC[name]) / DEFAULT_RUBRIC[name])
        if name in DEFAULT_RUBRIC
        else WEIGHTS[name]
        for name in WEIGHTS
    }


_IMPOLITE_FLAGS = frozenset({"sarcasm", "dismissive", "shouting", "profanity", "insult"})


def first_impolite(lines: Iterable[Analysis]) -> Analysis | None:
    """The first line in which the trainee insulted, threatened, mocked, shouted at or brushed
    off the debtor, if any."""
    return next(
        (
            a
            for a in lines
            if a.has(Act.INSULT) or a.has(Act.THREAT) or not _IMPOLITE_FLAGS.isdisjoint(a.flags)
        ),
        None,
    )


def _clip(text: str | None, most: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def score_goal(goal: GoalView, outcome: str) -> tuple[int, tuple[str, ...]]:
    """A goal other than payment: reached (100) or not (0), with the outcome as evidence."""
    label = goal.outcome_label or outcome.replace("_", " ")
    if goal.reached:
        return 100, (f"goal reached: {goal.description}" if goal.description else "goal reached",)
    return 0, (f"goal not reached ({label}): {goal.description}",)


def _hardship_dismissed(turns: Sequence[ScoredTurn]) -> bool:
    """ "Everyone's got a story." right after "I lost my job ... there's hardly anything left
    after rent": a dismissive line answering the customer's hardship."""
    return any(
        "dismissive" in turn.analysis.flags and _HARDSHIP.search(before.debtor_reply or "")
        for before, turn in zip(turns, turns[1:], strict=False)
    )


# A call's politeness below this, with no courtesy in it at all, earns the courtesy tip too
PLAIN_CALL = 65
_COURTESY_CUES = frozenset({"pol_please", "pol_gratitude", "thanks"})


def _courtesy_tip(
    turns: Sequence[ScoredTurn],
    scores: dict[str, int | None],
    counts: _Counts,
    tip: Callable[[int, str, str], None],
    dismissal_tipped: bool = False,
) -> None:
    """The courtesy tip; `dismissal_tipped`: a tip on the line that brushed the customer off
    is given already (the hardship one)."""
    if turns and (scores["politeness"] or 0) < 50:  # below a line with no cue either way
        tip(
            78,
            "Be courteous and professional: greet, thank, and ask rather than order.",
            "guidance 6",
        )
    elif turns and (scores["politeness"] or 0) < PLAIN_CALL and counts.courtesies == 0:
        # ("Caroline Webster there?" ... "tell her to call me back": on task, never rude, and
        # not one hello, please or thank you in the call)
        tip(
            78,
            "Not one hello, please or thank you in the call: courtesy costs nothing and keeps "
            "people talking to you.",
            "guidance 6",
        )
    elif counts.dismissed and not dismissal_tipped:
        # ("Not my problem, thats between you and the dealer.": one line brushed the customer
        # off, in a call polite enough on the whole)
        tip(
            77,
            f"You brushed the customer off ('{counts.dismissed}'): acknowledge what they say, "
            "then steer back; the call shapes the lender's reputation.",
            "guidance 6",
        )


def _apology_tip(counts: _Counts, tip: Callable[[int, str, str], None]) -> None:
    if counts.apologies >= 3:
        tip(
            55,
            "You apologised often: be able to say no, and speak positively and confidently.",
            "temperament: timid",
        )


def _goal_tips(
    turns: Sequence[ScoredTurn],
    scores: dict[str, int | None],
    goal: GoalView,
    failed_rules: list[str],
    tip: Callable[[int, str, str], None],
) -> None:
    """The tips of a call whose goal is not a payment: no payment advice at all."""
    counts = _count(turns)
    if failed_rules:
        tip(
            100,
            f"The call broke a rule ({', '.join(sorted(set(failed_rules)))}): a critical "
            "breach fails the call whatever else went well.",
            "DOMAIN 3: compliance rule pack",
        )
    if counts.threats_or_insults:
        tip(
            96,
            "You threatened or insulted the person on the line: stay calm and factual.",
            "guidance 6",
        )
    if not goal.reached:
        why = (
            f"{goal.outcome_label}, but the call broke {', '.join(goal.broken)} on the way"
            if goal.broken
            else f"{goal.outcome_label}, but not politely: '{_clip(goal.impolite_line)}'"
            if goal.impolite_line is not None
            else goal.outcome_label or "the call ended first"
        )
        tip(
            94,
            f"The goal of this call was: {goal.description} It was not reached ({why}); that, "
            "not a payment, is what this call is for.",
            "scenario goal",
        )
    # (an ask before the call turned out not to be about payment, on a call that then reached
    # its goal: "is there any way you could maybe pay some of it?" before "stop calling me"
    # is how the call opens, and pressing after it fails the call on the scenario's own rule)
    if counts.asks and not goal.payment and not goal.reached:
        tip(
            88,
            "You pressed for payment on a call that is not about collecting it: follow the "
            "call's goal instead.",
            "scenario goal",
        )
    if _tone_slipped(scores, counts):
        tip(97, "When the other side was rude, your tone slipped: stay friendly.", "guidance 5")
    _courtesy_tip(turns, scores, counts, tip)
    if not counts.opened_well and turns:
        tip(
            65,
            "Open by greeting and identifying yourself: the first lines set the course of "
            "the call.",
            "DOMAIN 2: call structure",
        )
    _apology_tip(counts, tip)  # (a timid caller is timid on any call)


def _tips(
    turns: Sequence[ScoredTurn],
    scores: dict[str, int | None],
    promise: Promise,
    outcome: str,
    failed_rules: list[str],
    goal: GoalView | None = None,
    dispute_window: bool = False,
) -> tuple[Tip, ...]:
    counts = _count(turns)
    candidates: list[tuple[int, Tip]] = []

    def tip(priority: int, message: str, guidance: str) -> None:
        candidates.append((priority, Tip(message, guidance)))

    if goal is not None and not goal.payment:
        _goal_tips(turns, scores, goal, failed_rules, tip)
        candidates.sort(key=lambda pt: -pt[0])
        return tuple(t for _p, t in candidates[:3])

    if failed_rules:
        tip(
            100,
            f"The call broke the rule pack ({', '.join(sorted(set(failed_rules)))}): a critical "
            "breach fails the call whatever else went well.",
            "DOMAIN 3: compliance rule pack",
        )
    if counts.threats_or_insults:
        tip(
            96,
            "You threatened or insulted the customer: state facts and options calmly, never "
            "threats; the call shapes the lender's reputation.",
            "guidance 6",
        )
    # ("and um, it's 160.77, is that ok?" put the whole amount, and the promise took it: the
    # amount was said, if not as a statement)
    if counts.amounts == 0 and not (
        promise.amount in counts.sums_put and not promise.short_of_goal
    ):
        tip(
            92,
            "You never stated the amount owed: state it and ask for payment, more than once.",
            "guidance 9",
        )
    if counts.asks == 0:
        tip(
            91,
            "You never asked for the payment directly: ask for it, more than once.",
            "guidance 9",
        )
    elif counts.asks == 1 and not promise.confirmed:  # (asked once and agreed: nothing to add)
        tip(70, "You asked for payment only once: ask again, with the amount.", "guidance 9")
    if counts.vague:
        tip(
            90,
            f"You accepted a vague promise ('{counts.vague_said}'): pin down amount, date and "
            "method, and end with a clear promise to pay.",
            "temperament: end with a clear promise to pay",
        )
    if _tone_slipped(scores, counts):
        tip(
            97,  # losing composure under provocation is the lesson of the call
            "When the customer was rude, your tone slipped: stay friendly and polite even when "
            "the other side is not.",
            "guidance 5",
        )
    if counts.consequences and goal is not None and goal.consequences_backfire:
        tip(
            89,
            "This customer takes offence at consequences: a courteous reminder is all it takes. "
            "Name the amount and a day kindly, and keep fees and collections out of it.",
            "guidance 8",
        )
    hardship = any(_HARDSHIP.search(t.debtor_reply or "") for t in turns)
    # Urgency asked for what the call lacked: a day, or what happens if it is late (not said
    # to a debtor in hardship, where pressure is the wrong tool, nor where the scenario has
    # the customer take offence at it)
    warn = not counts.consequences and not (goal is not None and goal.consequences_backfire)
    if counts.deadlines == 0:
        tip(
            86,
            (
                f"Create urgency: '{counts.span}' leaves the day to the customer: name a "
                "concrete date for the payment ('by Friday')"
                if counts.span
                else "Create urgency: name a concrete date for the payment, ideally today or "
                "this week"
            )
            + (", and say what happens if it is late." if warn else "."),
            "guidance 4",
        )
    elif (scores["urgency"] or 0) < 45 and warn and not hardship:
        tip(
            86,
            "Create urgency: with the date, say what happens if the payment is late (fees, "
            "the credit file).",
            "guidance 4",
        )
    hardship_dismissed = _hardship_dismissed(turns)
    if hardship_dismissed:
        tip(
            87,
            "The customer told you of real hardship and you brushed it off: acknowledge it "
            "first ('That sounds hard, thank you for telling me'), then work out what they can "
            "pay.",
            "guidance 10",
        )
    # (a payment agreed in parts, "half on Friday and the rest on the 27th", is a plan too)
    if hardship and counts.plans == 0 and promise.rest_amount is None:
        tip(
            85,
            "The customer was honest about hardship: show understanding and propose a way to "
            "arrange the payment (a plan).",
            "guidance 10",
        )
    if (
        dispute_window
        and any(t.identity_verified_before and t.debtor_reply for t in turns)
        and not any("dispute_right" in t.analysis.flags for t in turns)
    ):
        # ("thats between you and the dealer, not us ... not good enough" and a promise: the
        # payment secured, the customer's right to dispute never said, and no word of it)
        tip(
            88,
            "The customer disputes what they owe: acknowledge the problem, say the dispute "
            "will be noted and that they keep the right to dispute it, then steer back to the "
            "payment.",
            "DOMAIN 3: compliance rule pack",
        )
    if counts.off_topic or counts.tangents_followed:
        tip(
            84,
            "You followed the conversation off topic: acknowledge briefly, then steer back to "
            "paying the debt.",
            "guidance 2",
        )
    if goal is not None and goal.description and not goal.reached and promise.short_of_goal:
        # every term agreed, and they fall short of what the call needs (restating them would
        # not have helped); terms that meet the goal, not said back, want the restatement
        tip(
            92,
            f"The customer agreed terms that fall short of this call's goal: "
            f"{goal.description}"
            + (f" Here {'; '.join(goal.shortfall)}." if goal.shortfall else "")
            + " Aim for the goal before you settle.",
            "scenario goal",
        )
    elif (
        not promise.confirmed
        and outcome not in ("hung_up", "escalated")
        # (nothing agreed is nothing to say back: the call ended before any terms)
        and (promise.amount, promise.date, promise.method) != (None, None, None)
    ):
        tip(
            80,
            # (no day of the month in the example: on the call's own calendar it may be wrong)
            "Restate the promise back before closing: 'So that's $250 by Friday, by bank "
            "transfer, correct?'",
            "DOMAIN 2: promise to pay",
        )
    if outcome == "no_way_to_pay":
        tip(
            84,
            "The customer agreed an amount and a day but not how they will pay: ask 'How would "
            "you like to pay that: card, bank transfer or online?' before you close.",
            "DOMAIN 2: promise to pay",
        )
    _courtesy_tip(turns, scores, counts, tip, hardship_dismissed)
    if (scores["focus"] or 0) < 50:
        tip(76, "Stick to the goal: make each line move the call towards payment.", "guidance 2")
    if not counts.opened_well and turns:
        tip(
            65,
            "Open by greeting, identifying yourself and confirming you have the right person: "
            "the first lines set the course of the call.",
            "DOMAIN 2: call structure",
        )
    if (
        counts.probes == 0
        and any(t.debtor_reply for t in turns)
        and outcome != "promise_secured"
        # ("That's embarrassing. I switched my account to a new bank": told unasked)
        and not any(t.reason_told for t in turns)
    ):
        tip(
            60,
            "Find the real problem: ask what is stopping the payment before offering a solution.",
            "DOMAIN 2: call structure",
        )
    _apology_tip(counts, tip)
    candidates.sort(key=lambda pt: -pt[0])
    return tuple(t for _p, t in candidates[:3])


# what a goodbye may do besides closing: "Thanks so much, sorry to bother you, take care!"
_COURTESIES = frozenset({Act.CLOSE, Act.THANK, Act.GREET, Act.APOLOGISE, Act.EMPATHISE, Act.OTHER})


def only_courtesy(turn: ScoredTurn) -> bool:
    """A goodbye, or a request to say it again, that does nothing else about the debt."""
    analysis = turn.analysis
    acts = set(analysis.acts)
    return (
        (Act.CLOSE in acts or analysis.cued("asks_repeat"))
        and acts <= _COURTESIES
        and analysis.slots.is_empty()
    )


def score_call(
    turns: Sequence[ScoredTurn],
    promise: Promise,
    rules: ComplianceRules,
    outcome: str,
    *,
    rubric: dict[str, float] | None = None,
    goal: GoalView | None = None,
) -> CallScores:
    """`rubric`: the scenario's weights (None: the defaults); `goal`: what the call is for
    (None: a payment). A goal other than payment fills the promise dimension with whether it
    was reached, and gets its own tips."""
    # A goodbye (or "sorry, could you say that again?") is courtesy, not a lapse of urgency or
    # focus: it counts for politeness only (else the trainee who closes the call well scores
    # below one who hangs up).
    # (nor is a question asked once the goal is reached: "would you like me to set up the
    # direct debit?" after the promise serves the customer; it presses for nothing)
    working = [t for t in turns if not only_courtesy(t) and not t.after_the_goal] or list(turns)
    # Urgency is the pressure the call put on paying: a line that neither presses nor eases
    # off (checking who answered, asking what happened, sympathy) is no lapse of it, so only
    # the lines with urgency evidence, for or against, count ("Create urgency" is guidance
    # for the call, not for every line of it).
    pressing = [t for t in working if t.scores.urgency.evidence] or working
    counted = {"politeness": list(turns), "urgency": pressing}
    dimensions = {
        name: _mean([t.scores.get(name).value for t in counted.get(name, working)])
        for name in REGISTRY
    }
    rude_turns = [t.scores.politeness.value for t in turns if t.debtor_was_rude]
    composure = _mean(rude_turns) if rude_turns else None
    if goal is not None and goal.reached and goal.politely:
        rude = first_impolite(t.analysis for t in turns)
        if rude is not None:
            # "The payment's reference number, taken politely": taken with "oh sure, everybody
            # already paid it", it is not the goal (play-test 159)
            goal = replace(goal, reached=False, impolite_line=rude.text)
    if goal is not None and not goal.payment:
        promise_value, promise_notes = score_goal(goal, outcome)
    else:
        promise_value, promise_notes = score_promise(promise, outcome)
    weights = weights_for(rubric)

    parts: dict[str, int | None] = {
        **dimensions,
        "promise": promise_value,
        "composure": composure,
    }
    total_weight = sum(w for k, w in weights.items() if parts[k] is not None)
    overall = 0
    if turns and total_weight > 0:
        overall = int(
            round(sum(weights[k] * v for k, v in parts.items() if v is not None) / total_weight)
        )
    findings = tuple(check_compliance(turns, rules))
    failed = any(f.critical for f in findings)
    if failed:
        overall = min(overall, FAILED_CAP)
    tips = _tips(
        turns,
        parts,
        promise,
        outcome,
        [f.rule for f in findings if f.critical],
        goal,
        dispute_window=rules.enabled and rules.dispute_window,
    )
    return CallScores(
        dimensions=dimensions,
        promise=promise_value,
        composure=composure,
        overall=overall,
        compliance=findings,
        failed=failed,
        tips=tips,
        promise_evidence=promise_notes,
    )
