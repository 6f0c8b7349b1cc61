"""Politeness of one trainee line, 0-100 (50 = neutral, above reads polite).

Two layers:
1. The politeness strategies of Danescu-Niculescu-Mizil et al. (2013), found by the language
   layer as `pol_*` cues, weighed by a logistic regression trained on the Wikipedia half of
   the Stanford Politeness Corpus (top vs bottom quartile). The weights ship as
   `politeness_weights.json`; `benchmarks/train_politeness.py` rebuilds them from the same
   `strategy_features` below, so training and runtime can never read a line differently.
2. Collector penalties the corpus cannot teach (talk-page requests have no threats or debt
   collection): insults, profanity, threats, shouting, bare commands, sarcasm; and a small
   credit for empathy, which DOMAIN.md asks for (guidance 5 and 10).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from simulator.language.text import negated, normalise
from simulator.language.types import Act, Analysis, Cue
from simulator.scoring import spans
from simulator.scoring.spans import Item, Ready, ScorePlan, first_cues
from simulator.scoring.types import DimensionScore

# The strategies the model reads. Order matters only for the training matrix.
STRATEGIES: tuple[str, ...] = (
    "gratitude",
    "deference",
    "greeting",
    "please",
    "please_start",
    "apology",
    "hedge",
    "indirect_btw",
    "counterfactual",
    "indicative",
    "subjunctive_wish",
    "first_person_plural",
    "first_person",
    "first_person_start",
    "second_person",
    "second_person_start",
    "factuality",
    "direct_question",
    "direct_start",
    "positive",
    "negative",
    "negative_question",
    "challenge",
    "offer_help",
    "exclamation",
    "multi_question",
    "possibility",
    "reproach",
)
# Interactions: a strategy means something different next to another ("you" beside a negative
# word is an accusation; "please" beside "could you" a softened request). These carry across
# communities better than topic words. (Every corpus request is a question, so "question"
# itself cannot be learned from it and is not a feature.)
INTERACTIONS: tuple[tuple[str, str], ...] = (
    ("second_person", "negative"),
    ("second_person_start", "negative"),
    ("please", "counterfactual"),
    ("please", "indicative"),
    ("gratitude", "please"),
    ("first_person", "hedge"),
    ("direct_question", "second_person"),
    ("apology", "please"),
)
FEATURES: tuple[str, ...] = (*STRATEGIES, *(f"{a}*{b}" for a, b in INTERACTIONS))

# Collector-specific adjustments, in points (applied after the model).
PENALTIES: dict[str, float] = {
    "insult": -40.0,
    "profanity": -40.0,
    "threat": -45.0,
    "shouting": -25.0,
    "command": -22.0,
    "sarcasm": -30.0,
    "menace": -30.0,  # "or else", "see what happens"
    "dismissive": -25.0,  # "I don't care", "not my problem", "pal"
    "overshadow_dispute": -20.0,  # waving away the debtor's right to dispute
    "arguing": -15.0,  # "that's not true", "you're wrong"
}
EMPATHY_CREDIT = 8.0
_PENALTY_CUE = {"command": "command_start"}
SARCASM_VOIDS = frozenset({"gratitude", "positive", "deference", "exclamation"})


def strategy_features(analysis: Analysis, collector: bool = False) -> dict[str, float]:
    """Binary features of a line: which strategies it uses, and their interactions. Training
    reads the corpus's own (`collector` off); the scorer reads them with the collector voids
    (`collector_voids`, `friendly_close`), which is what `collector=True` gives."""
    first = first_cues(analysis)
    flags = analysis.flags
    voids: frozenset[str] = frozenset()
    if collector:
        if friendly_close(analysis, first):
            flags = flags - {"dismissive"}
        voids = collector_voids(analysis, first)
    present = {
        c.name[4:] for c in analysis.cues if c.name.startswith("pol_") and c.name not in voids
    }
    if "sarcasm" in flags or "dismissive" in flags:
        # "Thanks for nothing", "fine, be like that": the praise is not meant.
        present -= SARCASM_VOIDS
    feats = {name: 1.0 for name in STRATEGIES if name in present}
    for a, b in INTERACTIONS:
        if a in present and b in present:
            feats[f"{a}*{b}"] = 1.0
    return feats


@lru_cache(maxsize=1)
def load_weights() -> dict[str, Any]:
    """The learned model: {"intercept": float, "weights": {feature: float}, ...}."""
    text = Path(__file__).with_name("politeness_weights.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _sigmoid(z: float) -> float:
    if z < -40:
        return 0.0
    if z > 40:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


Reading = tuple[float, tuple[tuple[str, str, float], ...]]  # score, (feature, cue, points)
_READINGS: dict[frozenset[str], Reading] = {}
_READINGS_KEPT = 20_000  # distinct strategy sets remembered; lines share a few hundred


def _model_reading(present: frozenset[str]) -> Reading:
    """The learned model's score for a set of strategy cues, and the points each feature moved
    it, in feature order. A pure function of the set, worked out once per set."""
    reading = _READINGS.get(present)
    if reading is not None:
        return reading
    weights: dict[str, float] = load_weights()["weights"]
    strategies = {cue[4:] for cue in present}  # "pol_please" -> "please"
    feats = [name for name in STRATEGIES if name in strategies]
    feats += [f"{a}*{b}" for a, b in INTERACTIONS if a in strategies and b in strategies]
    # The corpus intercept is left out on purpose: it centres the *average Wikipedia request*
    # (which is rich in strategies), so keeping it would put a plain "ok" at 26. Without it a
    # line with no strategy at all scores exactly 50, the neutral point.
    z = sum(weights.get(f, 0.0) * 1.0 for f in feats)
    p = _sigmoid(z)
    moved: list[tuple[str, str, float]] = []
    for name in feats:
        w = weights.get(name, 0.0)
        if abs(w) < 1e-9:
            continue
        # Points this strategy moved the score: the score with it minus the score without it.
        points = 100.0 * (p - _sigmoid(z - w))
        moved.append((name, f"pol_{name.split('*')[0]}", round(points, 1)))
    # Kept in the order the evidence is shown (largest first, ties in feature order), so a
    # line with no penalty needs no sort.
    moved.sort(key=_by_points)
    reading = (100.0 * p, tuple(moved))
    if len(_READINGS) >= _READINGS_KEPT:
        _READINGS.clear()
    _READINGS[present] = reading
    return reading


_STRATEGY_CUES = frozenset(f"pol_{name}" for name in STRATEGIES)
_VOIDED_CUES = frozenset(f"pol_{name}" for name in SARCASM_VOIDS)


def _present(analysis: Analysis, first: dict[str, Cue]) -> frozenset[str]:
    """The strategies the line uses, as strategy_features reads them: their cue names, taken
    from the line's first cue of each name."""
    present = _STRATEGY_CUES.intersection(first)
    if "sarcasm" in analysis.flags or "dismissive" in analysis.flags:
        present -= _VOIDED_CUES
    return present


def _by_points(moved: tuple[str, str, float]) -> float:
    return -abs(moved[2])


_PENALTY_FLAGS = frozenset(PENALTIES)
_EMPATHISE = Act.EMPATHISE  # an Enum member read from its class costs ~15 times a global
_NO_FLAGS: frozenset[str] = frozenset()


def _politeness_plan(
    present: frozenset[str], penalties: frozenset[str], empathy: bool
) -> ScorePlan:
    """Politeness from the strategies the line uses, its penalty flags and its empathy."""
    value, moved = _model_reading(present)
    # the model's terms come sorted; anything added after them needs a sort
    items: list[Item] = [(name, points, spans.cue(cue_name)) for name, cue_name, points in moved]
    for flag, points in PENALTIES.items():
        if flag in penalties:
            rule = (
                spans.THREAT if flag == "threat" else spans.where((_PENALTY_CUE.get(flag, flag),))
            )
            value += points
            items.append((flag, points, rule))
    if empathy:
        value += EMPATHY_CREDIT
        items.append(("empathy", EMPATHY_CREDIT, spans.where(("empathy",))))
    if (penalties or empathy) and len(items) > 1:
        items.sort(key=spans.by_points)
    return int(round(min(100.0, max(0.0, value)))), tuple(items)


_POLITENESS = spans.Plans(_politeness_plan)


# The corpus strategies that do not carry over to a collection call (issue 13: a trainer's
# reading). Talk-page requests taught that a line opening "So" or "You", or a "What ...?"
# question, is brusque; on the phone they are how the taught moves are said: "So that's $250
# by Friday, correct?", "You can pay at any branch", "What if we set up a plan?".
_TAUGHT = frozenset(
    {
        Act.CONFIRM_TERMS,
        Act.PROPOSE_TERMS,
        Act.ASK_PAYMENT,
        Act.OFFER_PLAN,
        Act.STATE_AMOUNT,
        Act.SET_DEADLINE,
        Act.PROBE_REASON,
        Act.STATE_PURPOSE,
        Act.MINI_MIRANDA,
        Act.VERIFY_IDENTITY,
        Act.EMPATHISE,
    }
)
# Words of the trade the corpus reads as negative: naming the debt is not rudeness.
_TRADE_WORDS = frozenset(
    {"debt", "dispute", "overdue", "late", "missed", "arrears", "owed", "outstanding", "behind",
     "unpaid", "default", "fee", "fees"}
)  # fmt: skip
_RESTATING = frozenset({Act.CONFIRM_TERMS, Act.PROPOSE_TERMS, Act.OFFER_PLAN})
_FRIENDLY_ADDRESS = frozenset({"mate", "pal", "buddy"})
_WARM = frozenset({Act.THANK, Act.CLOSE, Act.GREET, Act.VERIFY_IDENTITY})


def _cue_text(first: dict[str, Cue], name: str) -> str:
    cue = first.get(name)
    return cue.span.text.lower() if cue is not None else ""


def collector_voids(analysis: Analysis, first: dict[str, Cue]) -> frozenset[str]:
    """The strategy cues of this line that say nothing about courtesy on a collection call."""
    acts = analysis.acts
    taught = not _TAUGHT.isdisjoint(acts) or "dispute_right" in analysis.flags
    voids: set[str] = set()
    # "So that's $250 by Friday?" restates; "So when will you pay?" stays curt; "I understand.
    # But the loan is still due." acknowledges, then steers back, as the debrief teaches
    if "pol_direct_start" in first and (
        not _RESTATING.isdisjoint(acts)
        or (_EMPATHISE in acts and _cue_text(first, "pol_direct_start") == "but")
    ):
        voids.add("pol_direct_start")
    if "pol_second_person_start" in first and taught:
        voids.add("pol_second_person_start")
    challenging = "pol_challenge" in first or "pol_negative_question" in first
    if "pol_direct_question" in first and (taught or "ask_for_date" in first) and not challenging:
        voids.add("pol_direct_question")
    if "pol_negative" in first and _cue_text(first, "pol_negative") in _TRADE_WORDS:
        voids.add("pol_negative")
    # "is the car working now? And do you have anything from the garage?": questions about
    # their situation, asked together, are the probing the debrief asks for
    if "pol_multi_question" in first and Act.PROBE_REASON in acts and not challenging:
        voids.add("pol_multi_question")
        if _cue_text(first, "pol_direct_start") == "and":  # "... ? And do you have ...?"
            voids.add("pol_direct_start")
    # "the loan does not stop the payments": no one is told to stop
    reproach = first.get("pol_reproach")
    if (
        reproach is not None
        and reproach.span.text.lower() == "stop"
        and negated(normalise(analysis.text), reproach.span.start)
    ):
        voids.add("pol_reproach")
    return frozenset(voids)


def friendly_close(analysis: Analysis, first: dict[str, Cue]) -> bool:
    """ "thanks mate, bye", "G'day, is that Robert? Just need to check it's you, mate":
    'mate' in a greeting, an identity check, a thank-you or goodbye is warmth, not a put-down
    ("Listen, mate, pay up." still is)."""
    return (
        "dismissive" in analysis.flags
        and _cue_text(first, "dismissive") in _FRIENDLY_ADDRESS
        and not _WARM.isdisjoint(analysis.acts)
    )


def politeness_plan(analysis: Analysis, first: dict[str, Cue]) -> Ready:
    flags = analysis.flags
    if friendly_close(analysis, first):
        flags = flags - {"dismissive"}
    penalties = _NO_FLAGS if _PENALTY_FLAGS.isdisjoint(flags) else _PENALTY_FLAGS & flags
    empathy = _EMPATHISE in analysis.acts and "sarcasm" not in flags
    present = _STRATEGY_CUES.intersection(first)
    if "sarcasm" in flags or "dismissive" in flags:
        present -= _VOIDED_CUES
    present -= collector_voids(analysis, first)
    inputs = (frozenset(present), penalties, empathy)
    return _POLITENESS.known.get(inputs) or _POLITENESS.add(inputs)


def score_politeness(analysis: Analysis, first: dict[str, Cue] | None = None) -> DimensionScore:
    first = first_cues(analysis) if first is None else first
    return spans.apply(politeness_plan(analysis, first), analysis, first)
