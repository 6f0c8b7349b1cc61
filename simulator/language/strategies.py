"""Politeness strategies, after Danescu-Niculescu-Mizil et al. (2013), "A computational approach
to politeness", Table 3. Each strategy is a cue; the scorer weighs them with weights learned
from the Stanford Politeness Corpus (see benchmarks/train_politeness.py).

The strategies are about *how* something is asked, not what about, which is why they carry
from Wikipedia talk pages to a collection call better than topic words would.
Sentence-start strategies ("so", "you", "please", greetings) are checked at every sentence start.
"""

from __future__ import annotations

import re

from simulator.language.gate import Found, WordIndex
from simulator.language.text import negated, sentence_starts


def _wordlist(words: str) -> list[str]:
    return words.split()


# A deliberately compact sentiment lexicon (the paper used Liu et al.'s): words that read as
# friendly or as hostile in requests and in collection calls. Debt words (overdue, owe, fee)
# are left out: in a collection call they are the topic, not a tone.
POSITIVE_WORDS = _wordlist(
    "good great nice excellent wonderful fantastic awesome amazing perfect glad happy "
    "pleased helpful kind appreciate appreciated welcome fine best better love lovely "
    "brilliant fair easy clear correct right interesting cool impressive useful valuable "
    "worthwhile wise smart thoughtful generous patient honest reasonable respect support "
    "supportive hope hopefully positive pleasure delighted grateful well super terrific "
    "outstanding solid neat polite friendly calm comfortable convenient flexible works "
    "agree agreed congratulations enjoy enjoyed favourite favorite ideal improve improved "
    "improvement "
)
NEGATIVE_WORDS = _wordlist(
    "bad wrong terrible awful horrible poor worst worse stupid dumb idiot ridiculous "
    "pathetic useless lazy ugly hate hated annoying annoyed angry mad upset problem "
    "problems issue fault blame fail failed failure mistake mistakes error errors broken "
    "damage damaged vandalism vandal spam junk nonsense crap garbage rubbish silly "
    "unfortunately unacceptable unreasonable irresponsible refuse refused reject rejected "
    "ignore ignored ignoring disruptive abuse abusive rude hostile attack attacked complain "
    "complaint difficult hard trouble deadbeat liar lie lied lying threat threaten worry "
    "worried sorry sad shame shameful disappointing disappointed careless excuse excuses "
    "waste wasted "
)

HEDGES = _wordlist(
    "think thought suggest suggested suggestion perhaps maybe possibly probably seem seems "
    "seemed appear appears appeared guess believe assume assumed might somewhat likely "
    "unlikely wonder wondering wondered presumably apparently fairly rather roughly sort "
    "kind hopefully tend tends suppose supposed feel felt "
)

_W = 0  # lines are lowercased by normalise(); IGNORECASE is 3x slower


# Single-word strategies are looked up token by token: a set lookup per word is far cheaper
# than a regex alternation of a hundred words.
WORD_STRATEGIES: list[tuple[str, frozenset[str]]] = [
    ("hedge", frozenset(HEDGES)),
    ("positive", frozenset(POSITIVE_WORDS)),
    ("negative", frozenset(NEGATIVE_WORDS)),
]
_TOKEN = TOKEN = re.compile(r"[a-z]+")  # letter runs; numbers.py reads the same
# word -> the single-word strategies it signals (one lookup a word instead of three)
_WORD_NAMES: dict[str, tuple[str, ...]] = {}
for _name, _lexicon in WORD_STRATEGIES:
    for _word in _lexicon:
        _WORD_NAMES[_word] = (*_WORD_NAMES.get(_word, ()), _name)


# Strategies found anywhere in the line.
ANYWHERE: list[tuple[str, str]] = [
    (
        "gratitude",
        r"\b(?:thanks?|thank\s+you|thankful|grateful|appreciate[ds]?|much\s+appreciated|"
        r"cheers)\b",
    ),
    (
        "deference",
        r"\b(?:great|good|nice|excellent|good|interesting|cool|awesome|fantastic|amazing|"
        r"impressive|wonderful|brilliant)\s+(?:work|job|point|question|idea|effort|"
        r"catch|edit|edits|call|news|thinking)\b|\byou(?:'ve| have)\s+been\s+(?:very\s+|so\s+)?"
        r"(?:helpful|patient|great|kind|reliable|good)",
    ),
    ("please", r"\b(?:please|pls|plz|kindly)\b"),
    (
        "apology",
        r"\b(?:sorry|apologi[sz]e[ds]?|apologies|apology|pardon|forgive\s+me|excuse\s+me|"
        r"my\s+bad|regret\s+(?:to|that))\b",
    ),
    (
        "indirect_btw",
        r"\b(?:by\s+the\s+way|btw|incidentally|out\s+of\s+curiosity)\b",
    ),
    (
        "counterfactual",
        r"\b(?:could|would|might)\s+(?:you|u)\b|\bwould\s+it\s+be\s+possible\b",
    ),
    ("indicative", r"\b(?:can|will)\s+(?:you|u)\b|\bis\s+it\s+possible\b"),
    (
        "subjunctive_wish",
        r"\b(?:i\s+was\s+wondering|i\s+wonder|i\s+would\s+like|i'd\s+like|"
        r"i\s+would\s+be\s+grateful|it\s+would\s+be\s+(?:great|helpful|good|nice)|"
        r"if\s+you\s+(?:could|would|don't\s+mind|wouldn't\s+mind)|do\s+you\s+mind|"
        r"would\s+you\s+mind|when\s+you\s+get\s+a\s+chance)\b",
    ),
    # Beyond the paper's list: moves that read as challenging or as accommodating in any
    # community, not topic words.
    (
        "negative_question",
        r"\b(?:don't|didn't|haven't|hasn't|can't|won't|aren't|isn't|wasn't|weren't|wouldn't|"
        r"couldn't|shouldn't)\s+(?:you|u)\b",
    ),
    (
        "challenge",
        r"\bwhat\s+(?:is|was|'s)\s+(?:the|your)\s+(?:point|problem|deal|issue)\b|"
        # ("when do you actually get paid?" asks for the day; "do you actually think ...?" doubts)
        r"(?<!when\s)(?<!what\s)(?<!where\s)(?<!which\s)\bdo\s+you\s+(?:even|really|actually)\b|"
        r"\bseriously\b|\bhow\s+(?:could|can|dare)\s+you\b|"
        r"\bwhy\s+(?:on\s+earth\s+)?(?:would|did|do|are|is|does)\s+(?:you|u|anyone|this|that)\b|"
        r"\bwhat\s+(?:on\s+earth|the\s+hell)\b",
    ),
    (
        "offer_help",
        r"\blet\s+me\s+know\b|\bfeel\s+free\b|\bhappy\s+to\s+help\b|\bif\s+you\s+(?:need|want|have\s+any|like)\b|"
        r"\bglad\s+to\b|\bany\s+help\b|\bhelp\s+you\b",
    ),
    ("exclamation", r"!"),
    ("multi_question", r"\?[^?]+\?"),
    ("possibility", r"\bany\s+chance\b|\bpossible\b|\bpossibly\b|\bmind\b"),
    ("reproach", r"\bagain\b|\balready\b|\byou\s+keep\s+\w+ing\b|\bstop\b"),
    ("first_person_plural", r"\b(?:we|our|ours|us|let's|we're|we've|we'll)\b"),
    ("first_person", r"\b(?:i|my|mine|me|myself|i'm|i've|i'll|i'd)\b"),
    ("second_person", r"\b(?:you|your|yours|yourself|u|ur|you're|you've)\b"),
    (
        "factuality",
        r"\b(?:in\s+fact|actually|the\s+(?:point|fact|truth|reality)\s+is|"
        r"obviously|clearly|of\s+course|the\s+simple\s+fact)\b",
    ),
]

FAMILY = "strategy"
INDEX_PATTERNS = [(FAMILY, i, pattern, 0) for i, (_name, pattern) in enumerate(ANYWHERE)]
_OWN_INDEX: list[WordIndex] = []

# Strategies that only count at the start of a sentence.
_START_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "greeting",
        re.compile(
            # ("G'day", "Hiya": the greeting as Australians and the British say it; "Kia ora",
            # "Howzit", "Morning", "Salaam": as New Zealanders, South Africans and others do,
            # which the greet act heard and politeness did not)
            r"(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening|day)|greetings|howdy|g'day|"
            r"hiya|heya|hallo|kia\s+ora|howzit|aloha|sawubona|salaam|as-?salaam|namaste|hola|"
            # ("Morning, is this Andrew?", not "Evening payments are processed overnight.")
            r"bonjour|(?:morning|mornin'?|afternoon|evening)(?=\s*[,!.?]|\s*$|\s+[a-z']+\s*[,!?.]))\b",
            _W,
        ),
    ),  # noqa: E501
    ("please_start", re.compile(r"(?:please|pls|plz|kindly)\b", _W)),
    # "So that's $250 by Friday, correct?" restates terms; it is not the curt "So, when ...?"
    (
        "direct_start",
        re.compile(
            r"(?:so|then|and|but|or)\b(?!,?\s+(?:that's|that\s+is|we've|we\s+have|just\s+to|to\s+confirm))",
            _W,
        ),
    ),
    ("second_person_start", re.compile(r"(?:you|your|u|ur|you're|you've|you'll)\b", _W)),
    ("first_person_start", re.compile(r"(?:i|my|i'm|i've|i'll|i'd)\b", _W)),
    (
        "direct_question",
        # "How about ...?" proposes and "how are you" is small talk: neither is a blunt question.
        re.compile(
            r"(?:what|why|who|how|where|when|which)\b"
            r"(?!\s+about\b|(?:'s|\s+(?:is|are|was|were))\s+(?:you|your|the)\b|\s+(?:does|would)\s+[^?.!]{0,60}\bsound\b)",
            _W,
        ),
    ),
]

# A sentence opens with one word, so one named alternation reads all six openings at once.
_START = re.compile("|".join(f"(?P<{name}>{regex.pattern})" for name, regex in _START_PATTERNS))


CUE_PREFIX = "pol_"  # strategies are cues named pol_<strategy> in an analysis
_ANYWHERE_CUES = [CUE_PREFIX + name for name, _pattern in ANYWHERE]
_WORD_CUES = {word: tuple(CUE_PREFIX + n for n in names) for word, names in _WORD_NAMES.items()}
_START_CUES = {name: CUE_PREFIX + name for name, _pattern in _START_PATTERNS}
_NEGATIVE_CUE = CUE_PREFIX + "negative"
_WORD_KEYS = frozenset(_WORD_CUES)


def find_strategies(norm: str, matches: Found | None = None) -> list[tuple[str, int, int]]:
    """(strategy, start, end) for every politeness strategy in the normalised line.
    `matches` are this family's matches from a shared WordIndex pass over the line."""
    return [(name[len(CUE_PREFIX) :], s, e) for name, s, e in find_strategy_cues(norm, matches)]


def find_strategy_cues(
    norm: str, matches: Found | None = None, tokens: list[str] | None = None
) -> list[tuple[str, int, int]]:
    """find_strategies with each name already the cue's ("pol_please"): the reader's hot path
    makes no new strings. `tokens` are the line's letter runs (TOKEN.findall), when known."""
    if matches is None:
        if not _OWN_INDEX:
            _OWN_INDEX.append(WordIndex(INDEX_PATTERNS, ordered=(FAMILY,)))
        matches = _OWN_INDEX[0].scan_line(norm)[FAMILY]
    found: list[tuple[str, int, int]] = []
    for _n, index, m in matches:
        found.append((_ANYWHERE_CUES[index], *m.span()))
    words = _WORD_CUES
    if tokens is None:
        tokens = _TOKEN.findall(norm)
    if not _WORD_KEYS.isdisjoint(tokens):  # about half the lines use none of these words
        pos = 0
        for word in tokens:
            # Tokens come in order with no letter between them: find() is their offset.
            pos = norm.find(word, pos)
            names = words.get(word)
            if names is not None:
                for name in names:
                    # "don't worry", "no problem": a negated negative word is reassurance.
                    if name == _NEGATIVE_CUE and negated(norm, pos):
                        continue
                    found.append((name, pos, pos + len(word)))
            pos += len(word)
    for start in sentence_starts(norm):
        hit = _START.match(norm, start)
        if hit is not None and hit.lastgroup is not None:
            found.append((_START_CUES[hit.lastgroup], hit.start(), hit.end()))
    return found
