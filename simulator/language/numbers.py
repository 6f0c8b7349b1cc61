"""Money in a trainee line: "$420.50", "1,200", "two hundred and fifty", "the full amount", "half".

Bare numbers count as money only where money is plausible: a unit after them ("days",
"pm", "%", "th") or a date already claiming them rules them out, so "in 3 days" and
"the 15th" never become amounts.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from operator import itemgetter
from typing import NamedTuple

from simulator.language.gate import Found, WordIndex, without_overlaps
from simulator.language.text import sentence_around

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "grand": 1000, "k": 1000}

_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "hundred", "thousand"])
_SUM_WORDS = _NUMBER_WORDS | {"grand"}  # the words a sum said in words needs one of
_TOKEN = re.compile(r"[a-z]+")
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand"], key=len, reverse=True))
_MONEY_UNIT = r"(?:dollars?|bucks|usd|euros?|pounds?|quid|grand)"

# "two hundred and fifty", "a hundred", "forty-five", "one thousand two hundred"
# ("a grand now": a thousand, said as a sum of money; "that's grand" alone is no sum)
_WORDS_RE = re.compile(
    # ("one thousand, two hundred and eighty-four": a comma after the thousands, as written)
    rf"\b(?:(?:a|one)\s+)?(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s-]+|(?<=thousand),\s*)(?:{_NUMBER_WORD}))*"
    rf"(?:\s+(?P<wunit>{_MONEY_UNIT}))?\b|\ba\s+(?P<wunit_a>grand)\b(?!\s+(?:old|time|day|job|idea|place|house|tour|slam|piano|total))"
)
# "$1,200.50", "1200", "420.5 dollars", "$1.2k", "€300", "300 USD", "R440" (rand), "₦185,000"
_DIGITS_RE = re.compile(
    # "1185,50", "942,94, yes?": a decimal comma, as much of Europe writes cents
    # "R1 500": thousands set apart by a space, after a currency sign
    r"(?P<cur>[$€£₦₹₱]\s?|\br(?=\d))?(?P<num>(?:(?<=[r$€£₦₹₱])|(?<=[$€£₦₹₱]\s))\d{1,3}(?:\s\d{3})+"
    r"(?![\d,.])|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{3,},\d\d(?!\d|,\d)|"
    r"\d+(?:\.\d{1,2})?)"
    rf"(?:(?P<k>k\b)|\s+(?P<scale>hundred|thousand)\b)?(?:\s*(?P<unit>{_MONEY_UNIT})\b)?"
)
# After a bare number, these words mean it is not money.
_NOT_MONEY_AFTER = re.compile(
    # "3 broken promises", "2 missed payments": counts of things, not money
    r"\s*(?:(?:missed|broken|late|failed|bounced|returned|previous|more|other|kept)\s+"
    r"(?:promises?|payments?|instal?l?ments?|calls?|letters?|dates?)\b|promises?\b|letters?\b|"
    # ("250 monthly", "50 weekly": a rate of paying, which RATE_AFTER reads as money; "4
    # weekly payments" counts them)
    r"(?:weekly|monthly|fortnightly|yearly)\s+(?:payments?|instal?l?ments?)\b|"
    # ("a 12-month contract, billed evenly": how long, not how much)
    r"-(?:day|week|month|year|hour|minute)s?\b|"
    r"%|percent|per\s?cent|days?|weeks?(?!ly)|wks?\b|months?(?!ly)|mths?\b|years?(?!ly)|hours?|"
    r"hrs?|minutes?|"
    # ("80 minimum.": the least sum, not minutes; corpus 117)
    r"mins?\b|seconds?\b|secs?\b|(?:to|or|-)\s*\d{1,2}\s+(?:working\s+|business\s+)?(?:days?|weeks?)\b|"
    r"am\b|pm\b|a\.m|p\.m|o'clock|th\b|st\b|nd\b|rd\b|times|calls?|lenders?|loans?|"
    # "I'll ring you at ten that morning": the hour of a call (not "200 this afternoon")
    r"that\s+(?:morning|afternoon|evening|night)\b|"
    r"payments?|instal?l?ments?|people|kids|children|cars?\b|models?\b|u\b|you\b|:|-\d|"
    # "sixty applications", "20 jobs": counts of a search for work, not money
    r"(?:applications?|places|jobs?|interviews?|shifts?|employers?|companies|emails?|texts?|"
    r"messages?|attempts?|rejections?|cvs?|resumes?)\b|"
    r"/(?!\s*(?:mo|mos|mth|month|wk|week)\b)|"  # "3/13" is a day; "400/mo" is money
    r"(?:working|business|banking|calendar)\s+days?\b|"  # "up to 5 working days"
    r"(?:\w+\s+){0,2}(?:street|st|road|rd|avenue|ave|crescent|lane|terrace|boulevard)\b|"
    # "Is 196 Bautista Place still the best address?", "74990 Long Cliffs": a house number, by
    # the street names records are made of (not "100 either way": no word of a sum before it)
    # ("200 after landing", "100 before court": when, not where)
    r"(?!(?:on|the|a|an|by|to|in|per|at|for|of|and|or|is|was|this|that|next|your|ur|my|every|"
    r"each|either|dollars?|bucks|pounds?|quid|euros?|cash|now|today|then|before|after|until|"
    r"till|from|with|without|into)\s)[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:place|drive|close|court|square|mews|grove|gardens|hills?|parkway|circle|highway|falls|"
    r"cliffs|mills|islands?|prairie|route|trail|heights|ridge|plaza|loop|crossing|junction|valley|"
    r"meadows|harbou?r|shores|springs|summit|village|vista|lakes?|landing|manor|orchard|plains|"
    r"points|ranch|rapids|shoals|stream|views|walks|wharf|causeway|corner|creek|crest|dale|estates|"
    r"expressway|ferry|flats|forest|freeway|gateway|hollow|inlet|isle|knolls?|lodge|mountain|"
    r"overpass|pines|river|stravenue|trafficway|tunnel|turnpike|underpass|viaduct|coves?|bluffs?|"
    # ("Should I, er, send it to 955 Wesley Common, the address we have?", play-test 221)
    r"brooks?|canyon|commons?|greens?|row|park|haven|port|fort|glen|heath|wells?)\b|"
    r"(?:till|until|til)\s+\d|"  # "open 8 till 8": hours
    # "28 is saturday, you can pay friday 27?": a day of the month, said with its weekday
    r"(?:is|'s|falls\s+on)\s+(?:a\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)
RATE_AFTER = re.compile(
    r"\s*(?:a|per|each|every)\s+(?:week|month|fortnight|wk|mth)\b|"
    # "like 100 every 2 wks?"
    r"\s*(?:every|each)\s+(?:two|2|other|second)\s+(?:weeks?|wks?)\b|\s+bi-?weekly\b|"
    r"\s*/\s*(?:mo|mos|mth|month|wk|week)\b|\s+(?:weekly|monthly|fortnightly)\b"
)
# "900 a month coming in", "late fee is 35 every month": a rate that is no payment
_INCOME_OR_COST = re.compile(
    r"\b(?:coming\s+in|comming\s+in|earn\w*|income|wages?|salary|rent|bills?|fees?|charges?|"
    r"interest|left\s+over|spend\w*|costs?|stretch|still\s+money)\b"
)


# "mine still owes me 50 quid from 2019", "my sister lent me 200": money between other people,
# not the debt ("you owe me 500" is still the debt, said rudely)
_OWED_BETWEEN_OTHERS = re.compile(
    r"(?<!you\s)(?<!\bu\s)\b(?:owes|owed|lent|loaned)\s+(?:me|him|her|them|my\s+\w+)\s+"
    r"(?:like\s+|about\s+|around\s+|over\s+)?(?:a\s+)?[$£€]?$"
)


# "7-eleven": a figure, a hyphen, then the number word that names the shop
_A_SHOPS_NUMBER = re.compile(r"\d[-‐]")


# "Twenty hours? Ten?", "3 shifts, 4?": a number after one that counted something counts it too
_COUNTED_BEFORE = re.compile(
    # ("Fifty a month? A hundred?": "a month" is the rate the sum before it is paid at, no count)
    r"\b(?!(?:a|an|per|each|every)\b)[a-z\d]+[\s-]+(?:hours?|hrs|shifts?|days?|weeks?|months?|years?|times?|people|kids|"
    r"children)\s*[?.!,]\s*(?:or\s+(?:maybe\s+)?)?(?:like\s+)?$"
)


# "For the remaining $3,237.48, ...", "That leaves a balance of $3,132.63", "the rest, $769.72,
# in monthly parts of $200": a sum named as what is left, which instalments pay off
SUM_LEFT_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest\s+of\s+(?:the\s+)?|rest(?:\s*[,:–-]|\s+is|\s+being)|"
    r"balance\s+of|other|leaves|leaving)\s*[$£€]?$"
)
# "we'll need to chat about the rest of the arrears": a part talked about, not put; "good luck
# getting on top of the rest" in a goodbye (play-test 245): their other debts, wished well
TALKED_ABOUT = re.compile(
    r"\b(?:talk|chat|discuss|speak|deal\s+with|sort\s+out|look\s+at|think)\s+(?:about\s+)?$|"
    r"\b(?:on\s+top\s+of|luck\s+with)\s+$"
)


_CALLED_BACK_FOR = re.compile(
    r"\b(?:call|ring|phone|get\s+back\s+to)\s+(?:you|u)\b[^.?!]{0,40}\bto\s+(?:set\s+up|arrange|plan|"
    r"work\s+out|figure\s+out|sort(?:\s+out)?|go\s+over|agree|discuss|talk\s+about)\s+$"
)


def _income_or_cost(norm: str, at: int) -> bool:
    """Does the sentence around `at` speak of an income or a cost?"""
    return _INCOME_OR_COST.search(norm, *sentence_around(norm, at)) is not None


# Before a bare number, these words mean it is not money: a place, a reference, a count...
_NOT_MONEY_BEFORE = re.compile(
    # ("lol no. 50 a week min", corpus 120: a refusal, then the sum; "account no. 4471" is a
    # number)
    r"(?:\b(?:number|(?:(?<![a-z]\s)|(?<=account\s)|(?<=ref\s)|(?<=reference\s)|(?<=policy\s)|"
    r"(?<=invoice\s)|(?<=order\s)|(?<=phone\s)|(?<=ticket\s)|(?<=case\s))no\.?|#|account|ref|"
    r"reference|extension|ext|room|gate|terminal|hall|seat|row|aisle|platform|flat|unit|"
    r"apartment|apt|floor|level|suite|bus|box|"
    r"route|page|option|step|line|case|ticket|invoice|(?<!money\s)(?<!standing\s)order|code|pin|ending|ending\s+in|"
    r"ends\s+in|(?:number|reference|ref|code|pin|account|extension|ext)\s+is|"
    # "is your address still 78767 Mcmillan Islands?": a house number
    r"address(?:\s+is)?(?:\s+still)?(?:\s+at)?|live\s+at|living\s+at|"
    # "You can call 4410 if you want" (play-test 151): a number to ring
    r"(?:call|ring|dial|phone)(?:\s+(?:us|them|me))?(?:\s+(?:on|at))?)[,:]?\s*$|[/#]\s*$)"
)
# Digits read out one by one, as a phone or account number is ("six oh eight twelve", "double
# five"): the number words after them are more digits, not a sum.
_DIALLED_BEFORE = re.compile(r"\b(?:oh|zero|nought|double|triple)\s+$")
# A figure opening with a nought ("0800", "07700 900123"), or the groups after one, dials a
# number: no sum is written so.
_PHONE = re.compile(r"(?<![\d.,$£€])0\d{2,}(?:[\s-]+\d{2,})*(?![\d.,])")
# "use dis same number, 844.929.4254?", "(493) 682-4219", "+1-341-795-1380": a phone number
_US_PHONE = re.compile(r"(?<![\d$£€])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)")
# "in 2024", "since 2019": a year
# ("branch lol its 2026", play-test 163: the year, said as scorn)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|of|year|back\s+in|it's|its|it\s+is|this\s+is|welcome\s+to)\s*$"
)
# ...and these, before a number of one or two figures: a day or a time ("at 5", "the 15",
# "by 3", "ref: 12"); "for 300", "the 620", "I repeat: 500" are sums
_DAYS_COUNTED_BEFORE = re.compile(r"\b(?:days?|weeks?|months?)\b[^.?!$£€\d]{0,40}\bthe\s+$")
_NOT_SMALL_MONEY_BEFORE = re.compile(
    # (minutes after the hour's colon, "9:30"; not "so: 60 by transfer this friday", play-test 148)
    # ("a standing order for 50 on the 1st of each month": a way to pay set up for a sum)
    r"(?:\b(?:at|in|within|after|(?<!order\s)(?<!debit\s)(?<!payment\s)(?<!cheque\s)(?<!transfer\s)for|"
    r"over|until|till|til|by|the|day)\s*$|(?<=\d):$)"
)
# Every match of either ends with one of these, then spaces: a figure after anything else
# ("!1", "$1") is settled without a search.
_BEFORE_ENDS = frozenset("abcdefghijklmnopqrstuvwxyz/:#.,")


def _not_money_before(norm: str, start: int, figures: int) -> bool:
    """Does the text just before a bare number of so many figures say it is not money ("at 5",
    "room 12", "the 15")?"""
    window = norm[max(0, start - 24) : start]
    tail = window.rstrip()
    if not tail or tail[-1] not in _BEFORE_ENDS:
        return False
    return (
        _NOT_MONEY_BEFORE.search(window) is not None
        or (figures <= 2 and _NOT_SMALL_MONEY_BEFORE.search(window) is not None)
        or (
            figures == 4
            and norm.startswith(("19", "20"), start)
            and _YEAR_BEFORE.search(window) is not None
        )
    )


_PAY_THE_BALANCE = (
    # (not "returning it doesn't clear the balance", "pay the balance in two parts")
    r"(?<!n't\s)(?<!not\s)(?:pay|paying|clear|clearing|settle|settling)\s+(?:off\s+)?"
    r"(?:the|your|ur)\s+balance(?!\s+(?:in|over)\s+(?:two|2|three|3|parts|instal+ments|bits))"
)
# The whole balance, or half of it, resolved against the overdue amount.
_WHOLE_PATTERN = (
    r"\b(?:the\s+(?:full|whole|entire|total|complete|outstanding|overdue)\s+"
    r"(?:amount|balance|sum|debt|thing|lot|arrears)|the\s+(?:whole|entire)\s+(?:amount|thing|lot)|"
    # "everything" alone is small talk ("is everything ok?"); owed or paid, it is the debt
    r"in\s+full|everything\s+(?:you\s+owe|owed|outstanding|overdue|due)|(?:pay|paying|clear|"
    r"settle|cover)\s+(?:off\s+|up\s+)?everything|all\s+of\s+it|the\s+lot|"
    # ("so you're not paying it all at once": a plan, no sum)
    # ("smaller monthly payments if paying it all at once is hard", corpus 123: a condition)
    r"(?<!not\s)(?<!n't\s)(?<!if\s)(?:pay|paying|clear|settle|cover)\s+(?:it|that|this)\s+all|"
    # "could you pay it off today?": all of it
    r"(?:pay|paying|clear|clearing|settle|settling)\s+(?:it|that|this)\s+off|"
    # ("if you pay the balance today": the balance owed, paid or cleared; once a part is agreed,
    # _REST_PATTERN reads the same words as what is left)
    rf"{_PAY_THE_BALANCE}|"
    # ("need the full grand", play-test 185: the whole thousand-odd owed)
    # ("Full rent, Friday, direct debit.", corpus 120: a landlord's arrears)
    r"(?:the\s+)?full\s+(?:amount|balance|payment|whack|rent|arrears|bill)|the\s+full\s+grand|"
    # ("whole amount on card, fine. what day": typed short, no "the")
    r"(?:your\s+|ur\s+)?(?:whole|entire)\s+(?:amount|balance))\b"
)
# ("half a year", "half past ten", "half the time" are no sums)
_HALF_PATTERN = (
    # ("any way you could do more than half?" asks for more, names no sum: play-test 135)
    # ("Could we meet halfway, the 18th?": a day between the two, no sum; corpus 116)
    r"\b(?<!more\sthan\s)(?<!over\s)(?:half(?!way\b|-way\b)(?:\s+of\s+(?:it|that|the\s+\w+))?(?!\s+(?:an?\s+|the\s+)?(?:years?|months?|"
    r"weeks?|days?|hours?|time|minutes?|dozen|term|past|way)\b)|fifty\s+percent|50\s*%)"
)
# What is left once the agreed part is paid: "the rest", "the remaining balance".
_REST_PATTERN = (
    # ("lovely. what about the leftover, can u do that on the 27th", corpus 105)
    # ("and um, the other half, the other 217.71... could that maybe be by the end of the
    # month?", play-test 269: the second of two halves)
    rf"\b(?:the\s+(?:rest|remainder|remaining\s+(?:balance|amount|money|bit)|left-?over|left\s+over|"
    r"other\s+half|second\s+half)|"
    rf"{_PAY_THE_BALANCE}|"
    r"what(?:'s|\s+is)\s+left(?:\s+over)?|whatever(?:'s|\s+is)\s+left|"
    # "rest by friday", "and remainder on the 20th": typed short, its day right after
    r"(?:^|[,.;]\s*)\W*(?:and\s+|then\s+)?(?:rest|remainder)(?=\s+(?:by|on|before|next|"
    r"this|\w+day)\b))\b"
)
# The sum already agreed, once more: "same again on the 31st", "the same amount next month".
_SAME_PATTERN = r"\b(?:the\s+)?same\s+(?:again|amount|sum|figure|payment)\b"
# "a couple hundred", "a few hundred bucks": a round sum said loosely.
_ROUGH_PATTERN = (
    rf"\b(?:a\s+)?(?P<rough>couple|few)(?:\s+of)?\s+(?P<scale>hundred|thousand|grand)"
    rf"(?:\s+{_MONEY_UNIT})?\b"
)
FAMILY = "amount"
INDEX_PATTERNS = [
    (FAMILY, 0, _WHOLE_PATTERN, 0),
    (FAMILY, 1, _HALF_PATTERN, 0),
    (FAMILY, 2, _REST_PATTERN, 0),
    (FAMILY, 3, _ROUGH_PATTERN, 0),
    (FAMILY, 4, _SAME_PATTERN, 0),
]
_OWN_INDEX: list[WordIndex] = []
# the cents after the unit: "dollars fifty", "dollars twenty-five", "dollars thirty eight"
_UNIT_WORD = "|".join(sorted((w for w, v in _UNITS.items() if 0 < v < 10), key=len, reverse=True))
_AFTER_UNIT_RE = re.compile(
    # (atomic: not "eighty" of "eighty-six cents", which _CENTS_RE reads whole)
    rf"\s+(?:and\s+)?((?>(?:{'|'.join(_TENS)})(?:[\s-](?:{_UNIT_WORD}))?|[a-z]+))\b"
    r"(?!\s*(?:dollars?|bucks|cents|days?|weeks?|months?|%))"
)
_HALF_OF = re.compile(r"\bhalf\s+(?:of\s+)?(?:the\s+|your\s+|that\s+|it,?\s+)?$")
_HALF_OF_IT_SAID = re.compile(r"\b(?:it|that),\s*$")
# (a full stop after the cents ends the sentence: "411 dollars 70. Can you pay?"; a comma
# before them is written: "300 dollars, 50 cents")
_DIGIT_CENTS_RE = re.compile(
    r"(?:,\s*(?=\d{1,2}\s+cents)|\s+)(?:and\s+|with\s+(?=\d{1,2}\s+cents))?(\d{1,2})(?:\s+cents)?\b"
    r"(?!\s*(?:days?|%|[/:]|\.\d))"
)
_CENTS_RE = re.compile(r",?\s+(?:and\s+|with\s+)?(\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+cents\b")
_SAID_CENTS_RE = re.compile(r"\s+(?:(?:and|with)\s+(\d{1,2})\s+cents|point\s+(\d\d))\b")


def _cents_said(norm: str, end: int) -> tuple[Decimal, int] | None:
    """The cents said after a sum ("... and twenty cents", ", 50 cents") and where they end."""
    cents = _CENTS_RE.match(norm, end)
    if cents is None:
        return None
    c = cents.group(1)
    c_val = int(c) if c.isdigit() else words_to_number(c)
    if c_val is None or c_val >= 100:
        return None
    return Decimal(c_val) / 100, cents.end()


class AmountMatch(NamedTuple):  # a tuple: made for every date or figure read, ~3x cheaper
    value: Decimal | None  # None when "the full amount" is named but the overdue is unknown
    start: int
    end: int
    kind: str  # digits | words | whole | half | rest | same
    explicit: bool  # a currency sign or unit says it is money


_DIGITS_READ_OUT = 3  # single digits in a row: a code or a number read out, not a sum


def words_to_number(words: str) -> int | None:
    """'two hundred and fifty' -> 250; 'a hundred' -> 100; None when it is not a number."""
    whole, _cents = spoken_amount(words)
    return whole


def _pairs(tokens: list[str]) -> list[int] | None:
    """The numbers 0-99 a run of number words says one after another ("two", "eighty-seven",
    "fifteen" -> 2, 87, 15), or None when a word is a scale or "a"."""
    pairs: list[int] = []
    tens_open = False  # the last pair is a bare ten ("eighty"): a unit may complete it
    for token in tokens:
        if token in _TENS:
            pairs.append(_TENS[token])
            tens_open = True
        elif token in _UNITS:
            value = _UNITS[token]
            if tens_open and value < 10 and value:
                pairs[-1] += value
            else:
                pairs.append(value)
            tens_open = False
        elif token in ("and", ""):
            continue
        elif token in _NUMBER_WORDS or token in ("a", "grand"):
            return None
    return pairs


def _price(pairs: list[int]) -> tuple[int, int] | None:
    """A sum said as people say prices: 'one fifty' 150, 'six forty' 640, 'eighty-nine
    ninety-nine' 89.99, 'two eighty-seven fifteen' 287.15, 'six twelve forty' 612.40. None
    for any other run of numbers."""
    if len(pairs) == 2 and pairs[1] >= 10:
        first, second = pairs
        return (first * 100 + second, 0) if first < 10 else (first, second)
    if len(pairs) == 3 and pairs[0] and pairs[1] >= 10 and pairs[2] >= 10:
        return pairs[0] * 100 + pairs[1], pairs[2]  # "fifteen sixty-three twenty-two": 1563.22
    if len(pairs) == 4 and all(0 < p < 10 for p in pairs[:3]) and pairs[3] >= 10:
        # "three eight nine sixteen": the dollars digit by digit, then the cents (corpus 99)
        return pairs[0] * 100 + pairs[1] * 10 + pairs[2], pairs[3]
    return None


def spoken_amount(words: str) -> tuple[int | None, int]:
    """(whole, cents) of a number said in words. After hundreds, a second pair of tens is the
    cents, as people say a sum: 'four hundred and twelve fifty' is 412.50, 'two hundred
    eighty nine ninety eight' 289.98 (added up, they would be 462 and 387). With no hundreds,
    a price: 'one fifty' is 150, 'eighty-nine ninety-nine' 89.99."""
    tokens = re.split(r"[\s,-]+", words.lower())
    pairs = _pairs(tokens)
    if pairs is not None and len(pairs) >= _DIGITS_READ_OUT and all(p < 10 for p in pairs):
        # "T R X dash two three five four zero" (play-test 184): a code read out digit by
        # digit, no sum (added up, 14)
        return None, 0
    price = _price(pairs) if pairs else None
    if price is not None:
        return price
    total = 0
    current = 0
    cents: int | None = None
    hundreds = False
    seen = False
    for token in tokens:
        if token in ("and", ""):
            continue
        if token in ("a", "one") and not seen:
            current = 1
            seen = True
            continue
        if cents is not None:
            if token in _UNITS and cents % 10 == 0 and _UNITS[token] < 10:
                cents += _UNITS[token]
                continue
            return None, 0  # more words than a sum and its cents: not one number
        if token in _UNITS or token in _TENS:
            value = _UNITS.get(token, _TENS.get(token, 0))
            pair = current % 100
            # a new pair of tens after the whole sum's own: the cents
            if hundreds and pair and (value >= 10 and (pair >= 10 or pair % 10)):
                cents = value
                continue
            current += value
        elif token == "hundred":
            current = max(current, 1) * 100
            hundreds = True
        elif token in ("thousand", "grand"):
            total += max(current, 1) * 1000
            current = 0
            hundreds = True
        else:
            continue  # the money unit ("dollars") rides along
        seen = True
    if not seen:
        return None, 0
    return total + current, cents or 0


class _Taken:
    """Offsets already read as something else; O(1) per check even on a 100 KB line."""

    def __init__(self, size: int, spans: list[tuple[int, int]]) -> None:
        self.mask = bytearray(size)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


_HAS_DIGIT = re.compile(r"\d")
# "minimum is", "at least": the least sum taken, money however it is said
_LEAST_BEFORE = re.compile(
    r"\b(?:minimum|min|at\s+least|no\s+less\s+than|lowest)\s+(?:is\s+|of\s+|would\s+be\s+|we\s+can\s+take\s+is\s+)?$"
)
_AND_CENTS = re.compile(r"\s+and\s+(\d\d)\b")
_OH_CENTS = re.compile(r"\s+(?:oh|o)\s+(one|two|three|four|five|six|seven|eight|nine)\b")
_CENT = Decimal("0.01")
MAX_SUM = Decimal(10) ** 12  # far above any debt, far below where arithmetic slows down


def _half(amount: Decimal) -> Decimal:
    """Half a sum to the cent, rounded as the collection record rounds its own half
    ("half_overdue"): half of $571.21 is $285.61 to the debtor and to the reader alike."""
    return (amount / 2).quantize(_CENT, rounding=ROUND_HALF_UP)


_IN_A_CODE = re.compile(r"-\d")
_CODE_BEFORE = re.compile(r"[\w]-$|\d\s$")  # "VS-30417", "account 7781 2290"
# "2" and "4" typed for "to" and "for": before a word that starts a verb phrase or a pronoun
_TEXTSPEAK_DIGIT = re.compile(r"[24]")
_TEXTSPEAK_USE = re.compile(
    r"\s+(?:be|being|hear|pay|help|say|sort|talk|chat|call|see|get|go|do|make|let|ask|"
    r"confirm|check|send|speak|you|u|ur|me|us|him|her|them|it|the|that|this|your|my|now|"
    r"real|sure|ever|nothing|free|calling|listening|understanding|waiting)\b"
)


def find_amounts(
    norm: str,
    overdue: Decimal | None,
    taken: list[tuple[int, int]],
    matches: Found | None = None,
    tokens: list[str] | None = None,
    agreed: Decimal | None = None,
) -> list[AmountMatch]:
    """Every amount in the line, in order. `taken` are spans already read as dates or times;
    `matches` are the whole/half matches from a shared WordIndex pass over the line; `agreed`
    is the part already agreed, which "the rest" is counted from."""
    if matches is None:
        if not _OWN_INDEX:
            _OWN_INDEX.append(WordIndex(INDEX_PATTERNS, ordered=(FAMILY,)))
        matches = _OWN_INDEX[0].scan_line(norm)[FAMILY]
    first_digit = _HAS_DIGIT.search(norm)
    has_digits = first_digit is not None
    # `tokens`: the line's letter runs when the caller has them (the same [a-z]+ split)
    has_words = not _SUM_WORDS.isdisjoint(_TOKEN.findall(norm) if tokens is None else tokens)
    if not (has_digits or has_words or matches):
        return []  # most lines name no money at all
    found: list[AmountMatch] = []
    spans = _Taken(len(norm), taken)
    # "a couple hundred" first: otherwise its "hundred" would be read as a hundred
    for hit in without_overlaps([f for f in matches if f[1] == 3]) if matches else ():
        if not spans.overlaps(*hit.span()):
            count = 2 if hit.group("rough") == "couple" else 3
            scale = 100 if hit.group("scale") == "hundred" else 1000
            found.append(AmountMatch(Decimal(count * scale), hit.start(), hit.end(), "words", True))
            spans.add(*hit.span())
    # A figure starts at most two characters ("$ ") before its first digit: no need to look
    # for one earlier in the line.
    digits = (
        _DIGITS_RE.finditer(norm, max(0, first_digit.start() - 2))
        if first_digit is not None
        else iter(())
    )
    phones = [m.span() for m in _PHONE.finditer(norm)] if "0" in norm else []
    phones += [m.span() for m in _US_PHONE.finditer(norm)]
    for m in digits:
        start, end = m.span()
        if spans.overlaps(start, end):
            continue
        explicit = bool(m.group("cur") or m.group("unit") or m.group("k") or m.group("scale"))
        num = m.group("num")
        raw = num.replace(",", ".") if num[-3:-2] == "," else num.replace(",", "").replace(" ", "")
        if not explicit:
            if len(raw.split(".")[0]) >= 7 or any(a <= start < b for a, b in phones):
                continue  # phone or account numbers: "0800 123 456", "07700 900123"
            cents = len(raw) > 3 and raw[-3] == "."  # "for 306.40": cents say money
            figures = len(raw.split(".")[0])
            if figures == 1 and "." not in raw and not RATE_AFTER.match(norm, end):
                continue  # "pick 1", "option 2", "give me 5": a bare digit is no sum owed
            if not cents and (
                _NOT_MONEY_AFTER.match(norm, end)
                # ("the account is 1,042 behind": nobody writes a reference with commas)
                or ("," not in num and _not_money_before(norm, start, figures))
                or (
                    figures <= 2
                    and _COUNTED_BEFORE.search(norm, max(0, start - 32), start) is not None
                    and not RATE_AFTER.match(norm, end)
                )
            ):
                continue
            # "the 1020.50 you owe", "356.24 today": a sum to the cent; "300 a month", "50/wk":
            # a rate of paying is money said as surely as a currency sign says it
            explicit = (
                cents
                or (RATE_AFTER.match(norm, end) is not None and not _income_or_cost(norm, start))
                or _LEAST_BEFORE.search(norm, max(0, start - 24), start) is not None
            )
            if norm[max(0, start - 1) : start].isalpha() or norm[end : end + 1].isalpha():
                continue  # part of a code like "A12"
            if _IN_A_CODE.match(norm, end) or _CODE_BEFORE.search(norm, max(0, start - 2), start):
                continue  # "4471-2290", "VS-30417", "7734-22": a reference, not a sum
            if _TEXTSPEAK_DIGIT.fullmatch(raw) and _TEXTSPEAK_USE.match(norm, end):
                continue  # "sorry 2 hear", "thx 4 being honest": a word, not a sum
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        kind = "digits"
        half_of = _HALF_OF.search(norm, max(0, start - 24), start)
        if half_of is not None and not (
            (overdue is not None and abs(value * 2 - overdue) <= 2 and value < overdue)
            # "half of it, 220 bucks": the half, named in round figures (play-test 136)
            or _HALF_OF_IT_SAID.search(half_of.group()) is not None
        ):
            # "half of the $612.80": half of that figure ("half of it, $306.40" names the half)
            value = value / 2
            start, kind = half_of.start(), "half"
        if m.group("k") or m.group("unit") == "grand":  # "2k", "2 grand"
            value *= 1000
        elif m.group("scale"):  # "2 hundred", "1.5 thousand"
            value *= 100 if m.group("scale") == "hundred" else 1000
        elif m.group("unit") and "." not in raw:
            # "612 dollars and 80 cents", "781 dollars and 16"
            cents = _DIGIT_CENTS_RE.match(norm, end)
            if cents is not None:
                value += Decimal(int(cents.group(1))) / 100
                end = cents.end()
            elif (said := _cents_said(norm, end)) is not None:
                # "684 dollars and twenty cents": the cents in words
                value, end = value + said[0], said[1]
        elif "." not in raw:
            # "75 and 50 cents", "289 point 99": the cents said after the sum
            cents = _SAID_CENTS_RE.match(norm, end)
            if cents is not None:
                value += Decimal(int(cents.group(1) or cents.group(2))) / 100
                end, explicit = cents.end(), True
            elif (
                overdue is not None
                and (bare := _AND_CENTS.match(norm, end)) is not None
                and value + Decimal(int(bare.group(1))) / 100 == overdue
            ):
                # ("Total is 148 and 90.", corpus 119: the debt to the cent, "cents" left out)
                value, end, explicit = overdue, bare.end(), True
        if value >= MAX_SUM:
            # "$999...9" four hundred digits long: no debt, and past where sums to the cent
            # can be worked out (the debtor's counter-offer would raise, not answer)
            spans.add(start, end)
            continue
        if kind == "half":
            value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
        found.append(AmountMatch(value, start, end, kind, explicit or kind == "half"))
        spans.add(start, end)
    words = _WORDS_RE.finditer(norm) if has_words else ()
    for m in words:
        start, end = m.span()
        if spans.overlaps(start, end):
            continue
        number, spoken_cents = spoken_amount(m.group(0))
        if number is None:
            continue
        if _A_SHOPS_NUMBER.fullmatch(norm, max(0, start - 2), start):
            continue  # "pay at any 7-eleven": a shop's name
        explicit = m.group("wunit") is not None or m.group("wunit_a") is not None
        if (
            not explicit
            and spoken_cents
            and overdue is not None
            and Decimal(number) + Decimal(spoken_cents) / 100 == overdue
        ):
            # ("the hundred and eighty-seven thirty-six you owe us", corpus 117: the debt to the
            # cent, said in words, is money whatever follows)
            explicit = True
        if not explicit:
            # "three instalments", "two weeks", "one more thing" are not money; small bare
            # number words rarely are.
            if number < 10 or _NOT_MONEY_AFTER.match(norm, end):
                continue
            if re.match(r"\s+(?:of|more|or|other|things?|times?|people|ways?)\b", norm[end:]):
                continue
            if _COUNTED_BEFORE.search(norm, max(0, start - 32), start) and not RATE_AFTER.match(
                norm, end
            ):
                continue  # "Twenty hours? Ten?": the count asked again, not a sum
            if number < 32 and _DAYS_COUNTED_BEFORE.search(norm, max(0, start - 60), start):
                # ("The 20th is another ten days on top of the eleven.", play-test 282: the days
                # late, counted)
                continue
            if _DIALLED_BEFORE.search(norm, max(0, start - 24), start) or _not_money_before(
                norm, start, 3
            ):
                continue  # "six oh eight twelve", "ending in four five six": digits read out
            # ("I'd need at least two-fifty a week", corpus 117: a rate of paying is money said,
            # in words as in figures)
            explicit = (
                RATE_AFTER.match(norm, end) is not None and not _income_or_cost(norm, start)
            ) or _LEAST_BEFORE.search(norm, max(0, start - 24), start) is not None
        value = Decimal(number) + Decimal(spoken_cents) / 100
        if spoken_cents and overdue is not None and value * 100 == overdue:
            value = overdue  # "twelve forty" of a debt of 1,240: the debt, not 12.40
        if explicit and (m.group("wunit") or "").startswith(("dollar", "buck", "pound", "euro")):
            # "four hundred and twenty dollars fifty": the number after the unit is cents
            after = _AFTER_UNIT_RE.match(norm, end)
            if after is not None:
                c_val = words_to_number(after.group(1))
                if c_val is not None and 0 < c_val < 100:
                    value += Decimal(c_val) / 100
                    end = after.end()
        said = _cents_said(norm, end)
        if said is not None:
            value, end = value + said[0], said[1]
        elif not spoken_cents and (oh := _OH_CENTS.match(norm, end)) is not None:
            # ("three twenty-one oh nine", corpus 119: the cents said "oh nine", as prices are)
            value += Decimal(_UNITS[oh.group(1)]) / 100
            end, explicit = oh.end(), True
        found.append(AmountMatch(value, start, end, "words", explicit))
        spans.add(start, end)
    if matches:  # "the full amount", "half": most lines name neither
        for hit in without_overlaps([f for f in matches if f[1] == 2]):
            if TALKED_ABOUT.search(norm, max(0, hit.start() - 24), hit.start()):
                continue  # "we'll need to chat about the rest of the arrears": no sum put
            if _CALLED_BACK_FOR.search(norm, max(0, hit.start() - 80), hit.start()):
                # "I'll call you again early next week to set up the rest" (play-test 256):
                # what a later call is for, no sum put
                continue
            if not spans.overlaps(*hit.span()) and overdue is not None and agreed is not None:
                rest = overdue - agreed
                if rest > 0:
                    found.append(AmountMatch(rest, hit.start(), hit.end(), "rest", True))
                    spans.add(*hit.span())
        for hit in without_overlaps([f for f in matches if f[1] == 4]):
            if not spans.overlaps(*hit.span()) and agreed is not None:
                found.append(AmountMatch(agreed, hit.start(), hit.end(), "same", True))
                spans.add(*hit.span())
        for hit in without_overlaps([f for f in matches if f[1] == 0]):
            if not spans.overlaps(*hit.span()):
                found.append(AmountMatch(overdue, hit.start(), hit.end(), "whole", True))
                spans.add(*hit.span())
        for hit in without_overlaps([f for f in matches if f[1] == 1]):
            if not spans.overlaps(*hit.span()):
                half = _half(overdue) if overdue is not None else None
                found.append(AmountMatch(half, hit.start(), hit.end(), "half", True))
                spans.add(*hit.span())
    if found and ("owe" in norm or "lent" in norm or "loan" in norm):
        found = [
            a for a in found if not _OWED_BETWEEN_OTHERS.search(norm, max(0, a.start - 30), a.start)
        ]
    if len(found) > 1:
        found.sort(key=_start)
    return found


_start = itemgetter(1)  # an AmountMatch's start
