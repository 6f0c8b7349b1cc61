"""Text-speak and dropped apostrophes, read as the words they stand for.

Trainees type "can u pay 2day?", "its jo frm northgate", "thx, cya". Rather than give every
phrase rule a text-speak twin, a line holding such words is read as its spelt-out form ("can
you pay today?"), and every piece of evidence found is mapped back to the trainee's own
characters, so evidence still quotes what they typed. Only words that cannot mean anything
else are spelt out: "cu" (see you, or credit union), "ill" (sick) and bare digits ("4", "2")
stay as typed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from simulator.language.types import Analysis, Cue, Span

WORDS: dict[str, str] = {
    "u": "you", "ur": "your", "urs": "yours", "ya": "you", "yu": "you",
    "2day": "today", "2nite": "tonight", "tonite": "tonight", "2moro": "tomorrow",
    "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow",
    "frm": "from", "fr": "from", "thx": "thanks", "thnx": "thanks", "thanx": "thanks",
    "thnaks": "thanks", "thansk": "thanks", "tahnks": "thanks", "paymnet": "payment",
    "payemnt": "payment", "pyament": "payment", "paymnets": "payments", "payemnts": "payments",
    "pyaments": "payments", "pleae": "please", "plase": "please",
    "ty": "thank you", "tysm": "thank you so much", "pls": "please", "plz": "please",
    "pymt": "payment", "pmt": "payment", "paymnt": "payment", "recvd": "received",
    "amt": "amount", "acct": "account", "b4": "before", "cud": "could", "wud": "would",
    "shud": "should", "woud": "would", "coupel": "couple", "thnk": "thank",
    "apreciated": "appreciated", "wat": "what", "wot": "what",
    "dis": "this", "dat": "that", "thsi": "this", "tihs": "this", "finanace": "finance",
    "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "didnt": "didn't",
    "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "youre": "you're",
    "thats": "that's", "whats": "what's", "theres": "there's", "lets": "let's",
    "cya": "see you", "bbye": "bye bye", "gr8": "great", "l8r": "later", "nvm": "never mind",
    "abt": "about", "bc": "because", "cuz": "because", "coz": "because", "tho": "though",
    "wk": "week", "mnth": "month", "k": "ok", "kk": "ok", "pleez": "please", "srry": "sorry",
    "sry": "sorry", "sory": "sorry", "soz": "sorry", "n": "and", "nd": "and", "w/": "with",
    "whos": "who's", "wheres": "where's",
    # vowels dropped and letters left out, typed fast: "i hav 2 tell u ths is an atempt 2
    # colect a debt", "we wil only contact u in writng", "cn u confrm ur postl adress?"
    "hav": "have", "ths": "this", "tht": "that", "wht": "what", "wil": "will", "stil": "still",
    "cn": "can", "atempt": "attempt", "colect": "collect", "ovrdue": "overdue",
    # ("gr8!! cd u do it by thurs?", "when cna you do that?", "cash in at ony branch")
    "cd": "could", "cna": "can", "ony": "any",
    "paymnts": "payments", "oldst": "oldest", "promisd": "promised", "hapnd": "happened",
    "undrstood": "understood", "reqst": "request", "acount": "account", "writng": "writing",
    "confrm": "confirm", "postl": "postal", "adress": "address", "caling": "calling",
    "letr": "letter", "thru": "through", "agn": "again", "tomorow": "tomorrow",
    "tommorow": "tomorrow", "tommorrow": "tomorrow", "mabye": "maybe", "thnak": "thank",
    "preciate": "appreciate", "balence": "balance", "ballance": "balance", "balnce": "balance",
    "accuont": "account", "problme": "problem", "tuseday": "tuesday", "wensday": "wednesday",
    # "can you confrim your date of birht for me?"
    "confrim": "confirm", "birht": "birth", "brith": "birth", "befor": "before",
    # "could you spare a couple hundered on friday", "could you pay the $100 todya?"
    "hundered": "hundred", "hunderd": "hundred", "hundrd": "hundred", "todya": "today",
    # Caribbean and West African English, typed as said: "if yuh pay it by di end of di month"
    "yuh": "you", "di": "the", "cyah": "can't", "wid": "with", "t'anks": "thanks",
    "t'ank": "thank",
    # Scots, typed as said: "can ye gie us yer date o' birth?"
    "ye": "you", "yer": "your", "gie": "give", "gies": "give us", "fae": "from", "tae": "to",
    "wi": "with", "o'": "of", "cannae": "can't", "dinnae": "don't", "didnae": "didn't",
    "willnae": "won't", "wouldnae": "wouldn't", "isnae": "isn't", "wisnae": "wasn't",
    "doon": "down", "hunner": "hundred", "hunnerd": "hundred", "an'": "and",
}  # fmt: skip
# Words that are names too when capitalised ("Di"): spelt out only as typed in lowercase
_NAMES_TOO = frozenset({"Di", "DI"})
_EDGES = ".,!?;:()[]\"'-~*"
# (the cheap look strips a word's edges: "o'" is looked for as "o")
_WORD_SET = frozenset(w.strip(_EDGES) for w in WORDS)
_TOKEN = re.compile(
    r"(?<![\w'$/])(?:"
    + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))
    + r")(?![\w'])",
    re.IGNORECASE,
)


def expand(
    text: str, names: frozenset[str] = frozenset()
) -> tuple[str, list[int], list[int]] | None:
    """The line spelt out, and for each of its characters where it starts and ends in `text`;
    None when the line holds no text-speak (most lines). A word of `names` (lower-cased words
    of the call's own names), typed with its capital, is a name: "Yu Credit Union" is not
    "You Credit Union"."""
    # a cheap look first: most lines hold none of these words
    if _WORD_SET.isdisjoint(w.strip(_EDGES) for w in text.lower().split()):
        return None
    # ("Hi Di?": a name, typed with its capital, is left as it is)
    matches = [
        m
        for m in _TOKEN.finditer(text)
        if m.group() not in _NAMES_TOO
        and not (m.group()[:1].isupper() and m.group().lower() in names)
    ]
    if not matches:
        return None
    pieces: list[str] = []
    start_of: list[int] = []
    end_of: list[int] = []
    last = 0
    for m in matches:
        pieces.append(text[last : m.start()])
        start_of.extend(range(last, m.start()))
        end_of.extend(range(last + 1, m.start() + 1))
        typed = m.group()
        word = WORDS[typed.lower()]
        if typed[:1].isupper():
            word = word[:1].upper() + word[1:]
        pieces.append(word)
        start_of.extend([m.start()] * len(word))
        end_of.extend([m.end()] * len(word))
        last = m.end()
    pieces.append(text[last:])
    start_of.extend(range(last, len(text)))
    end_of.extend(range(last + 1, len(text) + 1))
    return "".join(pieces), start_of, end_of


def mapped_back(analysis: Analysis, text: str, start_of: list[int], end_of: list[int]) -> Analysis:
    """The reading of the spelt-out line, as a reading of what the trainee typed."""

    def back(span: Span) -> Span:
        if span.end <= span.start:
            at = start_of[span.start] if span.start < len(start_of) else len(text)
            return Span(at, at, "")
        start, end = start_of[span.start], end_of[span.end - 1]
        return Span(start, end, text[start:end])

    cues = tuple(Cue(c.name, back(c.span), c.weight) for c in analysis.cues)
    return replace(analysis, text=text, cues=cues)
