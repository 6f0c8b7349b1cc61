"""The statistical half of the act reader: a linear model over a line's words and its rule cues.

The phrase patterns in `lexicon.py` are exact but brittle: "its jake form harbor auto finnace"
introduces a collector as surely as "This is Jake from Harbor Auto Finance", and no pattern
lists every way of saying sorry. So each act also has a logistic model, trained on the
conversation corpus (tests/data/conversation/lines.yaml) by `benchmarks/train_acts.py` and
shipped as `act_weights.json`, as the politeness weights are. Its features are the line's
words and word pairs (the debtor's names as "<debtor>"), the words of its questions, the
openings of its longer words, what the rules found (acts, cue names, slots, the question flag),
and where the call stands (its state, whether the debtor just asked or named terms, the terms
agreed so far: "150 Friday, noted." confirms after "I can do 150 on Friday"), so the model
learns where the rules are right and fills in what they miss.
Which acts the model decides, and which stay with the rules, was chosen by cross-validation
when the weights were trained; the file says so.

Pure Python at run time: a line's features are looked up in one table and their weights added.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

WEIGHTS = Path(__file__).with_name("act_weights.json")
_TOKEN = re.compile(r"\$|\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?")
# Common misspellings and text-speak folded into the word the model knows.
_SPELLING = {
    "u": "you", "ur": "your", "r": "are", "im": "i'm", "ive": "i've", "its": "it's",
    "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't", "thats": "that's",
    "form": "from", "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
    "sory": "sorry", "soz": "sorry", "tmrw": "tomorrow", "tmr": "tomorrow", "wk": "week",
    "b4": "before", "2day": "today", "gonna": "going", "wanna": "want", "ya": "you",
}  # fmt: skip


_WORDS = {**_SPELLING, "$": "<money>"}


def tokens(norm: str) -> list[str]:
    get = _WORDS.get
    return ["<num>" if t[0].isdigit() else get(t, t) for t in _TOKEN.findall(norm)]


@lru_cache(maxsize=64)  # one entry a call; a long-running server meets many debtors
def debtor_words(debtor_names: tuple[str, ...]) -> dict[str, str]:
    """The words of the debtor's names, read as "<debtor>" (`features`' `who`)."""
    return {w: "<debtor>" for name in debtor_names for w in _NAME_WORD.findall(name.lower())}


_NAME_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")  # the letter words `tokens` reads


def features(
    norm: str,
    rule_acts: Iterable[str],
    cue_names: Iterable[str],
    flags: Iterable[str],
    slots: Iterable[str],
    state: str,
    call: Iterable[str] = (),
    who: dict[str, str] | None = None,
) -> set[str]:
    """The model's view of a line: words, word pairs, the words of its questions, the openings
    of its longer words, what the rules read, and where the call stands (`call_tags` in
    acts.py). `who` maps the words of the debtor's names to "<debtor>" (`debtor_words`):
    "is this <debtor>?" is learned from every name in the corpus, not from the few names each
    writer used."""
    head = norm[:2000]  # the opening of a long paste says what it does
    words = tokens(head)
    if who:
        words = [who.get(w, w) for w in words]
    feats = {"w:" + w for w in words}
    feats.update(map("b:{}_{}".format, words, words[1:]))
    if words:
        feats.add("first:" + words[0])
        feats.add("last:" + words[-1])
    if "?" in head:  # "when can you pay?" asks what "you can pay on Friday." tells
        for question in _QUESTION.findall(head):
            asked = tokens(question)
            feats.update("q:" + (who.get(w, w) if who else w) for w in asked)
    # "paymnt", "payments", "paying": a misspelt or inflected word still shares its opening
    feats.update("p:" + w[:4] for w in words if len(w) > 4 and w[0] != "<")
    feats.update(map("r:".__add__, rule_acts))
    feats.update(map("c:".__add__, cue_names))
    feats.update(map("f:".__add__, flags))
    feats.update(map("s:".__add__, slots))
    if state:
        feats.add("state:" + state)
    feats.update(map("k:".__add__, call))
    return feats


_QUESTION = re.compile(r"[^.?!]*\?")


# The weights are written in thousandths (benchmarks/train_acts.py rounds them so), so a line's
# totals are sums of whole numbers: exact, the same in any order. Python orders a set of
# strings by hashes that change from run to run; float sums in that order tipped lines near the
# edge one way in one run and the other way in the next.
SCALE = 1000
# Each feature's weights for all the acts are packed into one integer, a FIELD_BITS-bit field
# per act, each offset by OFFSET to stay positive: a line's totals are then one C-level sum of
# a few dozen integers, unpacked once, instead of a sum per act.
FIELD_BITS = 48
OFFSET = 1 << 20  # far above any weight in thousandths (the largest is under 7,000)
_FIELD = (1 << FIELD_BITS) - 1


def _units(weight: float) -> int:
    """A weight in thousandths, checked to fit its field."""
    units = round(weight * SCALE)
    if abs(units) >= OFFSET:
        raise ValueError(f"an act weight of {weight} is out of range")
    return units


class ActModel:
    def __init__(self, data: dict[str, Any]) -> None:
        self.acts: list[str] = list(data["acts"])
        # act -> "model" (the model's answer replaces the rules') or "union" (the model may
        # add the act where the rules missed it, never take it away)
        self.decides: dict[str, str] = dict(data["decides"])
        # Every field starts at its offset and each weight is added in place: one step per
        # weight the file holds, not one per feature and act.
        offsets = sum(OFFSET << (FIELD_BITS * i) for i in range(len(self.acts)))
        self.bias = offsets
        table: dict[str, int] = {}
        for i, act in enumerate(self.acts):
            shift = FIELD_BITS * i
            self.bias += _units(data["bias"][act]) << shift
            for feat, weight in data["weights"][act].items():
                table[feat] = table.get(feat, offsets) + (_units(weight) << shift)
        self.table = table

    def _totals(self, feats: Iterable[str]) -> list[int]:
        """Each act's score in thousandths: its bias plus the weights of the line's features."""
        rows = [self.bias, *filter(None, map(self.table.get, feats))]
        # 2**27 rows before a field could carry into the next: a line's features are far fewer
        # (the model reads the first 2,000 characters)
        total, offset = sum(rows), len(rows) * OFFSET
        return [((total >> (FIELD_BITS * i)) & _FIELD) - offset for i in range(len(self.acts))]

    def predict(self, feats: set[str]) -> set[str]:
        """The acts the model reads in the line (probability at least one half)."""
        return {act for act, z in zip(self.acts, self._totals(feats), strict=True) if z >= 0}


@cache
def load_model() -> ActModel | None:
    """The shipped model, or None when the weights file is missing or unreadable (the rules
    alone then read every act, as before the model existed)."""
    try:
        return ActModel(json.loads(WEIGHTS.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
