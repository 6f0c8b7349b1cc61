"""The statistical half of the act reader: a linear model over a line's words and its rule cues.

The phrase patterns in `lexicon.py` are exact but brittle: "its jake form harbor auto finnace"
introduces a collector as surely as "This is Jake from Harbor Auto Finance", and no pattern
lists every way of saying sorry. So each act also has a logistic model, trained on the
conversation corpus (tests/data/conversation/lines.yaml) by `benchmarks/train_acts.py` and
shipped as `act_weights.json`, as the politeness weights are. Its features are the line's
words and word pairs, what the rules found (acts, cue names, slots, the question flag), and
where the call stands (its state, whether the debtor just asked or named terms, the terms
agreed so far: "150 Friday, noted." confirms after "I can do 150 on Friday"), so the model
learns where the rules are right and fills in what they miss. Which acts the model decides,
and which stay with the rules, was chosen by cross-validation when the weights were trained;
the file says so.

Pure Python at run time: a line's features are looked up in one table and their weights added.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
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


def features(
    norm: str,
    rule_acts: Iterable[str],
    cue_names: Iterable[str],
    flags: Iterable[str],
    slots: Iterable[str],
    state: str,
    call: Iterable[str] = (),
) -> set[str]:
    """The model's view of a line: words, word pairs, what the rules read, and where the call
    stands (`call_tags` in acts.py)."""
    words = tokens(norm[:2000])  # the opening of a long paste says what it does
    feats = {"w:" + w for w in words}
    feats.update(map("b:{}_{}".format, words, words[1:]))
    if words:
        feats.add("first:" + words[0])
        feats.add("last:" + words[-1])
    feats.update(map("r:".__add__, rule_acts))
    feats.update(map("c:".__add__, cue_names))
    feats.update(map("f:".__add__, flags))
    feats.update(map("s:".__add__, slots))
    if state:
        feats.add("state:" + state)
    feats.update(map("k:".__add__, call))
    return feats


class ActModel:
    def __init__(self, data: dict[str, Any]) -> None:
        self.acts: list[str] = list(data["acts"])
        # act -> "model" (the model's answer replaces the rules') or "union" (the model may
        # add the act where the rules missed it, never take it away)
        self.decides: dict[str, str] = dict(data["decides"])
        self.bias: tuple[float, ...] = tuple(data["bias"][a] for a in self.acts)
        # feature -> its weight for every act, so a line's scores are column sums done in C
        sparse: dict[str, list[float]] = {}
        for i, act in enumerate(self.acts):
            for feat, weight in data["weights"][act].items():
                sparse.setdefault(feat, [0.0] * len(self.acts))[i] = weight
        self.table: dict[str, tuple[float, ...]] = {f: tuple(w) for f, w in sparse.items()}

    def _totals(self, feats: set[str]) -> list[float]:
        # Summed in one order whatever the set's (its order follows string hashing, which
        # changes from run to run): float sums in another order can tip a line near the edge
        rows = [self.bias, *filter(None, map(self.table.get, sorted(feats)))]
        return list(map(sum, zip(*rows, strict=True)))

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
