"""Dates in a trainee line, resolved against the call's own date.

Forms read: today, tonight, now, end of day, tomorrow, weekday names ("Friday", "this Friday",
"next Monday"), "Friday the 12th", "Friday 11 December", "two days from now",
"a week today", "the 15th", "the fifteenth", "15th of December",
"December 15", "12/15" (month first, as in the US; day first when the first number is over
12), "2026-12-15", end of the week/month, end of next week, this weekend, next week/month,
"in two weeks", "in 3 days", "within 48 hours", a fortnight, and clock times ("by 5 pm",
"before noon"), which mean today when no other date is named.

Choices a trainer may ask about: "next Monday" is the Monday of next week (the coming one is
"this Monday" or plain "Monday"); the call's own weekday, plain ("by Tuesday" said on a
Tuesday), is a week on, and "this Tuesday" is today; a weekday beside a calendar date ("tues
3/17") is that date; a day of the month already past means next month; a month
and day mean the nearer of last year's, this year's and next year's (so "the payment due on
March 5" said on March 10 is the past, and "December 2" said in March is last December);
"Monday week" is the Monday after next; "next week" is its Monday; "end of the week" is Friday.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from simulator.language.gate import Found, Match, WordIndex

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # as trainees type them
    "febuary": 2, "feburary": 2, "febrary": 2, "janurary": 1, "janaury": 1, "agust": 8,
    "septmber": 9, "setember": 9, "ocotber": 10, "octber": 10, "novmber": 11, "decmber": 12,
    "decemeber": 12, "marhc": 3, "apirl": 4,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
    # as trainees type them
    "thrusday": 3, "thursay": 3, "thurday": 3, "wednsday": 2, "wensday": 2, "wedensday": 2,
    "tuesdy": 1, "teusday": 1, "firday": 4, "fridya": 4, "saturady": 5, "satruday": 5,
    "mondya": 0, "sundya": 6, "wendesday": 2, "wendsday": 2, "wednesay": 2, "wedsday": 2,
    "thurdsay": 3, "frday": 4, "fridy": 4, "tusday": 1, "tuseday": 1, "moday": 0,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip
SMALL_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a few": 3, "few": 3, "fourteen": 14, "thirty": 30,
}  # fmt: skip


def _ordinal_key(word: str) -> str:
    return re.sub(r"[\s-]+", "-", word.lower())  # "twenty first" is "twenty-first"


def _ordinal(word: str) -> int:
    return ORDINAL_WORDS[_ordinal_key(word)]


def day_number(word: str) -> int | None:
    """13 of "13" or "thirteenth"; None for a word that is neither."""
    return int(word) if word.isdigit() else ORDINAL_WORDS.get(_ordinal_key(word))


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


# "Apr. 13" is a month abbreviated; "April. 13" two sentences (the dot only after a short form)
_MONTH = rf"(?P<month>{_alt(MONTHS)})(?:(?<=\b[a-z]{{3}})\.|(?<=\bsept)\.)?"
_WEEKDAY = rf"(?P<weekday>{_alt(WEEKDAYS)})"
# "twenty-first", and as dictated or typed fast: "twenty first"
_ORD_WORD = "(?P<ordword>{})".format(_alt(ORDINAL_WORDS).replace(r"\-", r"[\s-]+"))
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# ("April 23, 1973", "April 23 of 1973": a date of birth read back, in the past)
_YEAR = r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
_NOT_A_DAY_AFTER = (
    r"time|payment|instal|thing|one|step|half|halves|hauf|part|bit|chunk|portion|amount|sum|"
    r"quarter|deposit|transfer|cheque|check|card|call|letter|person|week|month|year|day|few|"
    r"lot|place|option|attempt|bill|invoice|priority|issue|problem|question|name|reminder|"
    r"loan|debt|lender|job|line|address|floor|house|[$€£₦₹₱\d]|"
    # "the first by Tuesday 17 March, the second by Monday": the parts of a plan; "once the
    # first fifty is paid": the first payment
    # ("Could the first be next Friday, the 20th?": the first payment)
    r"(?:by|before|due|from|be|of\s+(?:them|these|those|the\s+two|which)|ten|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|grand|quid|bucks|dollars|pounds)\b"
)
_COUNT = rf"(?P<count>\d{{1,3}}|{_alt(SMALL_COUNTS)})"

# Ordered: the more specific forms first, so "Friday the 12th" is one date, not two.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>20\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    # "Friday 11 December", "Fri, Dec 11th": the calendar date wins over the weekday
    (
        "weekday_day_month",
        rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAYNUM}\s+(?:of\s+|o\s+)?{_MONTH}(?![a-z]){_YEAR}",
    ),
    ("weekday_month_day", rf"\b{_WEEKDAY},?\s+{_MONTH}\s+(?:the\s+)?{_DAYNUM}\b{_YEAR}"),
    ("weekday_month_day", rf"\b{_WEEKDAY},?\s+{_MONTH}\s+(?:the\s+)?{_ORD_WORD}\b{_YEAR}"),
    # "two days from now", "a week from today", "a week today"
    (
        "from_now",
        rf"\b{_COUNT}\s*(?P<unit>days?|weeks?|wks?)\s+(?:from\s+(?:now|today)|today|time)\b",
    ),
    (
        "weekday_week",
        # (not "forty dollars a week from Friday": a rate, then the day it starts)
        rf"\b{_WEEKDAY}\s+week\b(?!\s*(?:days?|ends?)\b)|"
        r"(?<!dollars\s)(?<!bucks\s)(?<!quid\s)(?<!pounds\s)(?<!\d\s)\ba\s+week\s+(?:(?:on|from)\s+)?(?:this\s+)?"
        rf"(?P<weekday2>{_alt(WEEKDAYS)})\b",
    ),
    # "tues 3/17": the calendar date wins over the weekday, as above
    (
        "weekday_numeric",
        rf"\b{_WEEKDAY},?\s+(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)(?:/(?P<ny>(?:20)?\d\d))?\b",
    ),
    ("numeric", r"\b(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)(?:/(?P<ny>(?:20)?\d\d))?\b"),
    (
        "weekday_dom",
        rf"\b(?:(?P<wmod>next|this|coming)\s+)?{_WEEKDAY},?\s+(?:the\s+)?"
        rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b",
    ),
    # "Friday 13", "monday 16?": a bare number after a weekday, read only when that day of the
    # month falls on that weekday (else the weekday alone is read: "Friday 100 by card")
    (
        "weekday_num",
        rf"\b{_WEEKDAY},?\s+(?P<day>[12]?\d|3[01])\b(?![.,:/]?\d|\s*(?:%|percent|dollars?|bucks|"
        r"pounds?|quid|euros?|am\b|pm\b|o'clock|hours?|mins?|minutes?|days?|weeks?|months?))",
    ),
    # "on the 13th of every month from April": the first payment's day is April's 13th
    (
        "dom_every_month_from",
        rf"\b(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?(?:every|each)\s+month,?\s+(?:from|starting(?:\s+in)?|"
        rf"beginning(?:\s+in)?)\s+{_MONTH}(?![a-z]){_YEAR}",
    ),
    # "then 40 by card every 13th from april", "40 a month on the 13th from april" (play-test
    # 143: not the 1st of April)
    (
        "dom_every_month_from",
        rf"\b(?:every|each|on\s+the)\s+{_DAYNUM}\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+"
        rf"{_MONTH}(?![a-z]){_YEAR}",
    ),
    ("month_day", rf"\b{_MONTH}\s+(?:the\s+)?{_DAYNUM}\b{_YEAR}"),
    # ("the 24th o January": "of" as said in Scots and Irish English)
    ("day_month", rf"\b(?:the\s+)?{_DAYNUM}\s+(?:of\s+|o\s+)?{_MONTH}\b{_YEAR}"),
    # "Wednesday the eighteenth", "on Friday the twentieth of March" (corpus 118: the weekday
    # and the month said with it, one day; before the month's own patterns, which would take
    # "the twentieth of March" and leave the weekday on its own)
    (
        "weekday_ordword",
        rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_ORD_WORD}\b(?:\s+(?:(?:of|o)\s+)?{_MONTH}\b{_YEAR}|"
        rf"(?!\s+(?:{_NOT_A_DAY_AFTER})))",
    ),
    # ("on twentieth March", as said in Indian and British English: "of" left out)
    # ("the first may be hard" is no date)
    ("ordword_month", rf"\b(?:the\s+)?{_ORD_WORD}\s+(?:(?:of|o)\s+|(?!may\b)){_MONTH}\b{_YEAR}"),
    # "March eighteenth", "march the twenty first"
    ("ordword_month", rf"\b{_MONTH}\s+(?:the\s+)?{_ORD_WORD}\b{_YEAR}"),
    (
        "first_next_month",
        r"\b(?:the\s+)?(?:first|1st|start|beginning)\s+of\s+(?:the\s+)?next\s+month\b",
    ),
    # "the 15th of next month", "the twentieth of next month"
    (
        "dom_next_month",
        rf"\b(?:the\s+)?(?:{_DAYNUM}|{_ORD_WORD})\s+of\s+(?:the\s+)?next\s+month\b",
    ),
    (
        "dom",
        r"(?:\bthe\s+(?P<day>[0-3]?\d)|\b(?P<day2>[0-3]?\d))(?:st|nd|rd|th)\b"
        # ("when wd the 2nd half be?": which half)
        r"(?!\s+(?:missed|late\b|payment|instal|time|call|notice|reminder|warning|attempt|one|"
        r"half\b|halves\b|part\b|bit\b|chunk\b|portion\b|"
        r"street|st\b|avenue|ave\b|floor|road|rd\b|grade|gen|place|year|birthday|"
        # "1st tho, this is an attempt to collect a debt": first, not the 1st ("id make it the
        # 16th tho" is a day)
        r"(?<=\b1st\s)(?<!the\s1st\s)(?:tho|though)\b|things?\b|of\s+all\b))",
    ),
    # "310 on the 17 is ok", "for the 20": a bare number after "on the" is a day of the month
    # (the date is what group "at" holds: the word before it only tells it is one)
    (
        "dom",
        r"\b(?:on|by|for|till|until|before)\s+(?P<at>the\s+(?P<day>[12]?\d|3[01]))\b"
        # ("the invoice for the 16-seater": a minibus, not a day)
        r"(?![.,:/]?\d|-[a-z]|\s*(?:%|of\b|percent|dollars?|bucks|pounds?|quid|euros?|am\b|pm\b|"
        r"hours?|mins?|minutes?|days?|weeks?|months?|years?|payments?|instal))",
    ),
    # "the first half", "the second $132", "the third time": which one, not which day
    # ("$100 a month after the first": after the first payment, not after the 1st)
    (
        "dom_word",
        r"\b(?!(?<=after\s)the\s+(?:first|second)\b)(?!(?<=following\s)the\s+(?:first|second)\b)"
        rf"the\s+{_ORD_WORD}\b(?!\s+(?:{_NOT_A_DAY_AFTER}))",
    ),
    # "Thirty-first, direct debit, the whole 2,318.90, yeah?" (corpus 116): a day of the month
    # said alone, as a clause of its own (only those that can be nothing else: not "first")
    (
        "dom_word",
        r"(?:^|(?<=[,.;:!?]\s)|(?<=[,.;:!?]))\s*(?P<ordword>(?:twenty|thirty)[\s-]+(?:first|second|third|"
        r"fourth|fifth|sixth|seventh|eighth|ninth)|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|"
        r"thirtieth)(?=\s*[,.;:!?]|\s*$)",
    ),
    # "tomorrow week" (a week on from tomorrow), "today week", "this day next week"
    ("tomorrow_week", r"\b(?:tomorrow|tomorow|tmrw)\s+week\b"),
    ("today_week", r"\b(?:today\s+week|this\s+day\s+next\s+week|a\s+week\s+today)\b"),
    ("day_after_tomorrow", r"\b(?:the\s+)?day\s+after\s+tomorrow\b"),
    (
        "tomorrow",
        r"\b(?:tomorrow|tomorow|tommorow|tommorrow|tomorro|2moro|2morrow)"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b|\btmrw?\b|\btmw\b",
    ),
    (
        "today",
        # ("monday - no wait, today's tuesday, so thursday?": what day it is, not a day to pay)
        # ("get it sorted tday", "tdy": typed short)
        r"\b(?:(?:today|tday|tdy)(?!(?:'s|s|\s+is)\s+(?:a\s+)?(?:mon|tue|wed|thu|fri|sat|sun|the\s+\d))|tonight|this\s+(?:morning|afternoon|evening)|(?:end\s+o(?:f|')?\s+(?:the\s+)?day|"
        r"close\s+of\s+business|eod|cob)(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)))\b|"
        # Scots: "could ye get the 217.06 paid the day?" (today)
        # "can ye no dae it the day?", "get it done the day and we're square"
        # ("Half the day, that's 575", "hauf the day on yer card": half of it today)
        # (the "\b" is implied by the space before: said, it lets the index find "the day")
        r"\b(?:(?<=\bpaid\s)|(?<=\bpay\s)|(?<=\bsorted\s)|(?<=\bdone\s)|(?<=\bit\s)|(?<=\bhalf\s)|"
        r"(?<=\bhauf\s))the\s+day"
        r"(?=\s*(?:[?.!,]|$|(?:and|or|on)\b))",
    ),
    # "now" is a deadline only as an order's last word ("pay now."), not in "which is now late"
    (
        "now",
        # (not "at once": "a lot to take on at once", "all at once" are the sum in one go, never
        # a day in the corpora's 51 lines that say it; corpus 114)
        r"\b(?:right\s+now|right\s+away|straight\s+away|immediately)\b|"
        # Scots: "could ye get it sorted right noo?", "the noo"
        r"\b(?:right|the)\s+noo\b|"
        # "bye for now", "take care now": a farewell, not a time
        # ("half now = 44.99", not "half now, $206.30 by Friday": the half's day is Friday)
        # (not "just log in n hit pay now": the button, corpus 105)
        # (not "make the payment now that you know?", corpus 124: "now that" is since)
        r"\bnow\b(?!\s+that\s)(?<!hit\spay\snow)(?<!click\spay\snow)(?<!press\spay\snow)(?<!tap\spay\snow)"
        r"(?:(?<=card\snow)|(?<=pay\snow)|"
        # ("half now, so about 217 dollars this week": the half's time is this week)
        # ("would it help if you paid like half now? maybe 290 by next friday": Friday's)
        r"(?:(?<=payment\snow)|(?<=half\snow))(?![^?!]{0,60}\b(?:by|before|until|till)\b|"
        r"[^!]{0,60}\b(?:by|before|until|till)\s+(?:the\s+|this\s+|next\s+)?"
        r"(?:mon|tue|wed|thu|fri|sat|sun|\d|end|tomorrow|tmrw)|"
        r"[^.?!]{0,40}?\b(?:this|within\s+the)\s+(?:week|wk)\b|"
        # ("half now-ish, like $220 on Friday the 13th", play-test 143)
        # ("half now-ish, so like $285 on friday the 13th", play-test 170)
        r"(?:-?ish)?,?\s*(?:(?:like|say|so|about|maybe)\s+){0,2}[$£€]?\d[\d.,]*\d,?\s+(?:on|this|next)\b))|"
        # "u can do it in the app rn": right now, as the line's last word
        r"\b(?<!days\s)(?<!weeks\s)(?<!months\s)rn\b(?=\s*(?:[.!?]|$))|"
        # "30 days now.", "it's overdue now.": how long it has been, not a day to pay
        # ("theres a balance of 1216.50 on there now": where it stands, corpus 102)
        r"\b(?<!for\s)(?<!care\s)(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!late\s)(?<!there\s)"
        # ("the payment was due February 24th so that's well past now": where it stands; corpus 115)
        r"(?<!past\s)(?<!over\s)(?<!gone\s)"
        # ("shall I take the new bank details now, or ...?": the details taken now; not
        # "update the card details now and pay?")
        r"(?<!overdue\s)(?<!behind\s)(?<!hit\spay\s)(?<!click\spay\s)(?<!press\spay\s)(?<!tap\spay\s)"
        r"(?:(?<!details\s)|(?=now\s+and\s+pay\b))now\b"
        # ("paid like half now? maybe 290 by next friday": the half's day is Friday)
        # ("could you pay a part now? Like half, 285.79, maybe by this Friday", play-test 148)
        # ("might it be possible to pay part of it now? For instance, $320 this Friday the 13th",
        # play-test 150)
        r"(?!(?:(?<=half\snow)|(?<=part\snow)|(?<=of\sit\snow))[^!]{0,60}\b(?:by|before|until|till|this|on)\s+(?:the\s+|this\s+|next\s+)?"
        r"(?:mon|tue|wed|thu|fri|sat|sun|\d|end|tomorrow|tmrw))"
        # ("pay some part now? Like, half, 200, in this week": the part's time is the week)
        # ("we can do a part now. Can you pay half, around $311, in this week": the same)
        # ("you can pay maybe a part now? like 320 this week, and rest with next payment?")
        r"(?![^!]{0,45}?\b(?:(?:with)?in\s+(?:this|the)|this)\s+(?:week|wk)\b)"
        r"(?=\s*(?:[.!?]|$|,?\s+(?:please|over\s+the\s+phone|by|with|or|and|is|would|works?|"
        # ("150 now rest 2 wks from today?": the first part now, the rest then)
        # ("wanna just pay it now online, takes like 2 mins", corpus 105)
        r"while|then|if|via|through|rest|the\s+rest|itself|online)\b|\s+on\s+(?:the\s+|your\s+|my\s+)?(?:card|phone|app)\b|"
        # ("what about 50 now just to show good faith", corpus 101)
        r",?\s+(?:just\s+)?(?:to\s+show|as\s+(?:a\s+)?(?:start|gesture|sign|show))\b|"
        # ("half now's great, $467.80 by card?", corpus 97)
        r"'s\s+(?:great|good|fine|ok|okay|perfect|brilliant|lovely|a\s+start)\b|"
        # "half now, 143.68, and the other ...": the sum put with it
        # ("half now, 297.97, by this Friday": the day is Friday's)
        # ("pay even part of it now, say 100, and the rest when the contract money arrives")
        r",\s*(?:(?:say|like|about|around|maybe|roughly)\s+)?[$£€]?\d[\d.,]*\d\s*,"
        r"(?!\s*(?:by|before|until|on|no\s+later)\b)|"
        # ("ok 400 now, card ok?", corpus 111: the way put after it)
        r",\s*(?:by\s+|via\s+|on\s+(?:the\s+|your\s+|ur\s+)?|with\s+(?:the\s+|your\s+|ur\s+)?)?"
        r"(?:card|debit\s+card|transfer|bank\s+transfer|online|cheque|check|paypal|zelle|venmo)\b|"
        # ("half now, $467.80 by card?": the sum and the way put with it)
        r",\s*[$£€]?\d[\d.,]*\d\s+(?:by|via|on|with|over)\s+(?:the\s+|your\s+|a\s+)?(?:card|debit|credit|"
        r"bank|transfer|cheque|check|phone|app|online|paypal|zelle|venmo)\b))",
    ),
    # "next payday", "when you get paid": a date only when the collection record knows it
    (
        "payday",
        # (not "the payday after": the one after the next)
        # ("do 95 a month from payday instead", corpus 111: a plan's first payment)
        r"\b(?:on|by|until|till|before|come|at|for|starting(?:\s+(?:on|from))?|beginning|"
        r"(?<=month\s)from|(?<=week\s)from|(?<=fortnight\s)from|(?<=monthly\s)from|(?<=weekly\s)from)"
        r"\s+(?:your\s+|ur\s+|the\s+)?(?:next\s+)?pay\s?day\b"
        r"(?!\s+(?:after|following)\b)|"
        # "so payday then? could you do the full 389.92 that day" (corpus 98)
        r"(?:^|(?<=[.!?,]\s)|(?<=[.!?,])|(?<=\bso\s)|(?<=\bok\s)|(?<=\bokay\s)|(?<=\bright\s)|"
        # ("payday works. full 457.18 then?", corpus 103: their payday taken)
        # (not "ok, next payday is fine, um, whenever you can": the timing left to them, corpus 1)
        r"(?<=\bfine\s))(?:your\s+|ur\s+|the\s+)?(?:next\s+)?pay\s?day(?=\s+(?:then|works|suits|it\s+is)\b)|"
        r"\bwhen\s+(?:you|u)\s+(?:next\s+)?get\s+paid(?:\s+next)?\b(?!\s*\?)|"
        # "when would the first one be? Whenever you get paid, maybe?" (play-test 223): the
        # payday put, as a question
        # ("Whenever your shifts pay, maybe?", play-test 248)
        r"(?<=[.!?]\s)whenever\s+(?:(?:you|u)\s+(?:next\s+)?get\s+paid|(?:your|ur)\s+(?:\w+\s+)?"
        r"(?:shifts?|job|work|wages?|pay|salary)\s+(?:pays?|pay\s+out|comes?\s+in|lands?))"
        r"(?=,?\s*(?:maybe|perhaps)?\s*\?)|"
        r"\b(?:with|from|out\s+of|on)\s+your\s+next\s+(?:pay\s?check|pay\s?cheque|pay\s+packet|"
        r"wages?|salary)\b|"
        # "$10 but not until your next cafe pay?" (play-test 257): their next pay, from the job
        # named
        r"\b(?:until|till|after|on|from|with)\s+(?:your|ur)\s+next\s+(?:[a-z]+\s+)?(?:pay|pay\s?check|"
        r"pay\s?cheque|wages?|salary)\b(?!\s+(?:rise|raise|review|cut|increase)\b)",
    ),
    # "the rest gets added on with your next instalment in April" (play-test 172): that
    # month's instalment
    (
        "month_instalment",
        r"\b(?:with|on|onto|to|into|alongside)\s+(?:your|ur|the)\s+next\s+(?:monthly\s+|regular\s+)?"
        rf"(?:instal?l?ment|repayment|payment)\s+in\s+{_MONTH}(?![a-z])",
    ),
    # "and the rest goes on with your next instalment", "added on to your next monthly
    # payment": the next instalment's due day, when the collection record knows it
    (
        "next_instalment",
        r"\b(?:with|on|onto|to|into|alongside)\s+(?:(?:your|ur|the)\s+next\s+(?:monthly\s+|regular\s+)?"
        r"(?:instal?l?ment|repayment|payment)|"
        # ("remaining 199.95 goes on with next instalment", typed in a hurry)
        r"next\s+(?:monthly\s+|regular\s+)?(?:instal?l?ment|repayment))\b"
        r"(?!\s+(?:of|is|was|will|would|due)\b)",
    ),
    # "it could go with the april payment instead": that month's instalment's due day, when the
    # collection record knows the day instalments fall due
    (
        "month_instalment",
        rf"\b(?:with|on|onto|to|into|alongside)\s+(?:the|your|ur)\s+{_MONTH}(?![a-z])(?:'s)?\s+"
        r"(?:monthly\s+|regular\s+)?(?:instal?l?ment|repayment|payment)\b(?!\s+(?:of|is|was)\b)",
    ),
    ("month_end", r"\b(?:the\s+)?end\s+o(?:f|')?\s+(?:the\s+|this\s+)?month\b|\bmonth[-\s]end\b"),
    ("month_name_end", rf"\b(?:the\s+)?end\s+o(?:f|')?\s+{_MONTH}(?![a-z]){_YEAR}"),
    ("next_month_end", r"\b(?:the\s+)?end\s+o(?:f|')?\s+next\s+month\b"),
    # "$180 a month from April", "starting in May": a plan starts on the month's first day
    (
        "month_start",
        r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|(?:the\s+)?(?:start|beginning)\s+of)"
        rf"\s+{_MONTH}(?![a-z]){_YEAR}",
    ),
    ("next_week_end", r"\b(?:the\s+)?end\s+o(?:f|')?\s+next\s+week\b"),
    ("week_end", r"\b(?:the\s+)?end\s+o(?:f|')?\s+(?:the\s+|this\s+)?week\b"),
    ("weekend", r"\b(?:this|the)\s+weekend\b"),
    # ("could you do wednesday next week? thats the 18th": next week's, not tomorrow; before
    # "next week" alone, which would take the words)
    ("weekday", rf"\b{_WEEKDAY}(?P<wnext>\s+(?:of\s+)?next\s+week)\b"),
    ("next_week", r"\bnext\s+week\b"),
    ("this_week", r"\b(?:this|the\s+current)\s+week\b|\bwithin\s+the\s+week\b"),
    ("next_month", r"\bnext\s+month\b"),
    # "$200 a fortnight" is a rate and "a fortnight later" counts from another day: no day
    (
        "fortnight",
        # ("Two hundred a fortnight. Fine.", play-test 204: their pay, said back; "the best I
        # can do is eighty a fortnight": any sum in words)
        r"\b(?:(?:in|within)\s+a\s+fortnight|(?<!\d\s)(?<!quid\s)(?<!bucks\s)(?<!hundred\s)(?<!dollars\s)"
        r"(?<!grand\s)(?<!pounds\s)(?<!ty\s)(?<!teen\s)(?<!ten\s)(?<!five\s)a\s+fortnight"
        r"(?!\s+later))\b",
    ),
    # ("in the next two weeks": any day of them, as "within" says)
    (
        "within_count",
        rf"\b(?:within\s+(?:the\s+next\s+)?|in\s+the\s+next\s+){_COUNT}\s+(?P<unit>days?|weeks?)\b",
    ),
    (
        "in_count",
        # (not "Can we lock in a day for the 368.24?": a day to fix, not one day from now)
        rf"\b(?<!lock\s)(?<!pencil\s)(?<!pin\s)(?:in|within)\s+(?:the\s+next\s+)?{_COUNT}\s+(?P<unit>days?|weeks?|hours?)\b",
    ),
    ("weekday", rf"\b(?:(?P<wmod>next|this|coming)\s+)?{_WEEKDAY}\b"),
    # "fridays fine": the apostrophe of "Friday's fine" left out (not "I'm paid on Fridays")
    (
        "weekday",
        r"\b(?:(?P<wmod>next|this|coming)\s+)?"
        r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
        r"(?=s\s+(?:fine|ok|okay|good|great|perfect|grand|works)\b)",
    ),
    (
        "time",
        # (not the hours a place keeps: "They're open till 5 on weekdays")
        # (nor "any time before 5" at a branch: the hours it keeps, corpus 111)
        r"\b(?<!open\s)(?<!opens\s)(?<!closes\s)(?<!closed\s)(?<!any\stime\s)(?<!anytime\s)"
        # (nor "open 8 till 6": from one hour till another)
        r"(?:by|before|(?<![0-9]\s)(?:until|till)|no\s+later\s+than|at)\s+(?:(?P<h>1[0-2]|0?[1-9])"
        r"(?::(?P<min>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?|o'clock)?|noon|midday|midnight)"
        # ("overdue by 2,916.40": a sum with its thousands set off, not two o'clock)
        r"(?!\s*(?:days?|weeks?|months?|dollars?|bucks|%|[\d$])|,\d{3})|"
        r"\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$)",
    ),
]
_KINDS = [kind for kind, _pat in _PATTERNS]
# Patterns whose date is the group "at" ("on the 17": the date is "the 17"), not the match
_DATE_AT = frozenset(i for i, (_kind, pat) in enumerate(_PATTERNS) if "(?P<at>" in pat)
# Spans of days, not a day: "this week", "next month", "within seven days". Such a line asks
# for payment in time but names no date the debtor could be held to; a date it resolves to is
# the span's last or first day, which the trainee never said.
PERIODS = frozenset({"this_week", "next_week", "next_month", "weekend", "within_count"})
FAMILY = "date"
INDEX_PATTERNS = [(FAMILY, i, pat, 0) for i, (_kind, pat) in enumerate(_PATTERNS)]
_OWN_INDEX: list[WordIndex] = []
# Words that make a lone weekday abbreviation ("sun", "sat", "wed") too risky to read.
_AMBIGUOUS_ABBREV = {"sun", "sat", "wed", "mar", "may", "jan", "dec"}
# "by wed", "on sat": after these words a short form is a day, not "we'd" or the sun
_DAY_LEAD = re.compile(r"\b(?:by|on|until|till|til)\s+$")
# "mon tue wed?", "fri or sat": a short form listed after another day is a day too
_LISTED_AFTER_A_DAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    # ("next week which day. mon? wed?": each asked in turn)
    r"\.?(?:\s*[,/]\s*|\s+or\s+|\s+|\s*\?\s*)$",
    re.IGNORECASE,
)
# "wed or thurs", "sat/sun": a short form with another day listed after it is a day too
_LISTED_BEFORE_A_DAY = re.compile(
    r"(?:\s*[,/]\s*|\s+or\s+)"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# "wed 250 ok": a short form with a sum after it is the day the sum is paid
_SUM_AFTER = re.compile(r"\s+[$£€]?\d")


class DateMatch(NamedTuple):  # a tuple: made for every date or figure read, ~3x cheaper
    date: dt.date
    start: int
    end: int
    kind: str


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def _month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= month <= 12 or day < 1:
        return None
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _day_of_month(today: dt.date, day: int) -> dt.date | None:
    """The next date (today included) that is the given day of a month."""
    if not 1 <= day <= 31:
        return None
    if day >= today.day:
        return safe_date(today.year, today.month, day)
    nxt = add_months(today.replace(day=1), 1)
    return safe_date(nxt.year, nxt.month, day)


RECENT_PAST_DAYS = 182  # a month and day up to half a year back is the past, not next year


def _month_day(today: dt.date, month: int, day: int, year: str | None) -> dt.date | None:
    if not 1 <= day <= 31:
        return None
    if year:
        return safe_date(int(year), month, day)
    candidate = safe_date(today.year, month, day)
    if candidate is not None and candidate < today - dt.timedelta(days=RECENT_PAST_DAYS):
        # "January 5" said in December is next year's; "March 5" said on March 10, or
        # "December 2" said in March, is the past (a payment or due date recalled), never a
        # deadline later in the year or the next: the nearer of the two is meant.
        candidate = safe_date(today.year + 1, month, day)
    elif candidate is not None and candidate > today + dt.timedelta(days=RECENT_PAST_DAYS):
        candidate = safe_date(today.year - 1, month, day)
    return candidate


def _weekday(today: dt.date, target: int, modifier: str | None) -> dt.date:
    ahead = (target - today.weekday()) % 7
    if modifier and modifier.lower() == "next" and (ahead == 0 or target > today.weekday()):
        ahead += 7  # "next Monday" is the Monday of next week
    elif ahead == 0 and not modifier:
        ahead = 7  # "by Tuesday" said on a Tuesday: a week on (today would be "today")
    return today + dt.timedelta(days=ahead)


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else SMALL_COUNTS.get(word, 1)


def _resolve(
    kind: str,
    m: Match,
    today: dt.date,
    payday: dt.date | None = None,
    next_due: dt.date | None = None,
) -> dt.date | None:
    g: dict[str, Any] = m.groupdict()
    if kind == "payday":
        return payday
    if kind == "next_instalment":
        return next_due
    if kind == "month_instalment":
        if next_due is None:
            return None
        return _month_day(today, MONTHS[g["month"].lower()], next_due.day, None)
    if kind == "iso":
        return safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind in ("numeric", "weekday_numeric"):
        a, b = int(g["a"]), int(g["b"])
        month, day = (a, b) if a <= 12 else (b, a)
        year = g["ny"]
        if year and len(year) == 2:
            year = "20" + year
        return _month_day(today, month, day, year)
    if kind == "weekday_ordword" and g.get("month"):
        # ("Friday the twentieth of March": the month said is the month meant)
        return _month_day(today, MONTHS[g["month"].lower()], _ordinal(g["ordword"]), g.get("year"))
    if kind in ("weekday_dom", "weekday_ordword"):
        day = int(g["day"]) if kind == "weekday_dom" else _ordinal(g["ordword"])
        target = WEEKDAYS[g["weekday"].lower()]
        # Prefer the month where that day really falls on that weekday ("Monday the 13th" said
        # in March is April's): this month's, even when it has passed ("it was due Monday the
        # 2nd", said on the 10th, is a date recalled, not a Monday in November); a weekday and a
        # day that do not fall together soon are a slip ("Thursday the 11th" said of Wednesday
        # the 11th is the 11th, not a Thursday in June; "Wednesday the 13th" said on Tuesday the
        # 10th is Friday the 13th, not a Wednesday in May: play-test 133)
        probe = today.replace(day=1)
        for _ in range(2):
            candidate = safe_date(probe.year, probe.month, day)
            if (
                candidate
                and candidate.day == day
                and (candidate >= today or probe.month == today.month)
                and candidate.weekday() == target
            ):
                return candidate
            probe = add_months(probe, 1)
        return _day_of_month(today, day)
    if kind == "weekday_num":
        day, target = int(g["day"]), WEEKDAYS[g["weekday"].lower()]
        probe = today.replace(day=1)
        for _ in range(3):  # this month's, or one of the next two
            candidate = safe_date(probe.year, probe.month, day)
            if candidate and candidate.day == day and candidate.weekday() == target:
                return candidate if candidate >= today or probe.month == today.month else None
            probe = add_months(probe, 1)
        # "Friday 14 then?", "like Saturday 13?": a number a day off the weekday's, soon, is a
        # slip of the number; the weekday is the day, and the number no sum of $13
        near = safe_date(today.year, today.month, day)
        if (
            near is not None
            and today <= near <= today + dt.timedelta(days=14)
            and min((near.weekday() - target) % 7, (target - near.weekday()) % 7) == 1
        ):
            return _weekday(today, target, None)
        return None
    if kind in ("weekday_day_month", "weekday_month_day"):
        day = int(g["day"]) if g.get("day") else _ordinal(g["ordword"])
        month = MONTHS[g["month"].lower()]
        if not g.get("year"):
            # "Friday 11 December": this year, next or last, whichever has that weekday
            target = WEEKDAYS[g["weekday"].lower()]
            for year in (today.year, today.year + 1, today.year - 1):
                candidate = safe_date(year, month, day)
                if candidate is not None and candidate.day == day and candidate.weekday() == target:
                    return candidate
        return _month_day(today, month, day, g.get("year"))
    if kind == "weekday_week":
        target = WEEKDAYS[(g["weekday"] or g["weekday2"]).lower()]
        return _weekday(today, target, None) + dt.timedelta(days=7)
    if kind == "from_now":
        n = min(_count(g["count"]), 3650)
        return today + dt.timedelta(days=n * 7 if g["unit"].lower().startswith("w") else n)
    if kind in ("month_day", "day_month"):
        return _month_day(today, MONTHS[g["month"].lower()], int(g["day"]), g.get("year"))
    if kind == "ordword_month":
        day = _ordinal(g["ordword"])
        return _month_day(today, MONTHS[g["month"].lower()], day, g.get("year"))
    if kind == "first_next_month":
        return add_months(today.replace(day=1), 1)
    if kind == "dom_next_month":
        nxt = add_months(today.replace(day=1), 1)
        day = int(g["day"]) if g.get("day") else _ordinal(g["ordword"])
        return safe_date(nxt.year, nxt.month, day) if 1 <= day <= 31 else None
    if kind == "dom":
        return _day_of_month(today, int(g["day"] or g["day2"]))
    if kind == "dom_word":
        return _day_of_month(today, _ordinal(g["ordword"]))
    if kind == "tomorrow_week":
        return today + dt.timedelta(days=8)
    if kind == "today_week":
        return today + dt.timedelta(days=7)
    if kind == "day_after_tomorrow":
        return today + dt.timedelta(days=2)
    if kind == "tomorrow":
        return today + dt.timedelta(days=1)
    if kind in ("today", "now", "time"):
        return today
    if kind == "month_end":
        return _month_last(today.year, today.month)
    if kind == "month_name_end":
        month = MONTHS[g["month"].lower()]
        if g.get("year"):
            return _month_last(int(g["year"]), month)
        # as "March 5": "due end of Feb" said in March is the past, not next February
        return _month_day(today, month, _month_last(today.year, month).day, None)
    if kind == "dom_every_month_from":
        return _month_day(today, MONTHS[g["month"].lower()], int(g["day"]), g.get("year"))
    if kind == "month_start":
        return _month_day(today, MONTHS[g["month"].lower()], 1, g.get("year"))
    if kind == "next_month_end":
        nxt = add_months(today.replace(day=1), 1)
        return _month_last(nxt.year, nxt.month)
    if kind in ("week_end", "this_week"):
        return today + dt.timedelta(days=(4 - today.weekday()) % 7)
    if kind == "next_week_end":
        return today + dt.timedelta(days=(4 - today.weekday()) % 7 + 7)
    if kind == "weekend":
        return today + dt.timedelta(days=(5 - today.weekday()) % 7)
    if kind == "next_week":
        return today + dt.timedelta(days=7 - today.weekday())
    if kind == "next_month":
        return add_months(today.replace(day=1), 1)
    if kind == "fortnight":
        return today + dt.timedelta(days=14)
    if kind in ("in_count", "within_count"):
        n = min(_count(g["count"]), 3650)
        unit = g["unit"].lower()
        # "in the next 2 hours" is today; "within 24 hours" tomorrow
        days = n * 7 if unit.startswith("week") else n // 24 if unit.startswith("hour") else n
        return today + dt.timedelta(days=days)
    if kind == "weekday":
        word = g["weekday"].lower()
        if (
            word in _AMBIGUOUS_ABBREV
            and not g.get("wmod")
            and not g.get("wnext")
            and not _DAY_LEAD.search(m.string, max(0, m.start() - 8), m.start())
            and not _SUM_AFTER.match(m.string, m.end())
            and not _LISTED_AFTER_A_DAY.search(m.string, max(0, m.start() - 14), m.start())
            and not _LISTED_BEFORE_A_DAY.match(m.string, m.end())
        ):
            return None
        if m.string.endswith("c'", 0, m.start()):
            return None  # "c'mon": come on
        if _LAST_BEFORE.search(
            m.string, max(0, m.start() - 6), m.start()
        ) and not _OF_THE_MONTH.match(m.string, m.end()):
            # "I sent it last Tuesday": the one before today (history, no day to pay)
            back = (today.weekday() - WEEKDAYS[word]) % 7 or 7
            return today - dt.timedelta(days=back)
        return _weekday(today, WEEKDAYS[word], "next" if g.get("wnext") else g.get("wmod"))
    return None


_LAST_BEFORE = re.compile(r"\blast\s+$")
_OF_THE_MONTH = re.compile(r"\s+(?:of|in)\s+(?:the|this|next)\s+month\b")


def find_dates(
    norm: str,
    today: dt.date,
    matches: Found | None = None,
    payday: dt.date | None = None,
    next_due: dt.date | None = None,
) -> list[DateMatch]:
    """Every date in the line, in order of appearance; of overlapping forms the earlier
    (more specific) pattern wins. "Next payday" is `payday` and "with your next instalment"
    `next_due` when the record knows them."""
    if matches is None:
        if not _OWN_INDEX:
            _OWN_INDEX.append(WordIndex(INDEX_PATTERNS, ordered=(FAMILY,)))
        matches = _OWN_INDEX[0].scan_line(norm)[FAMILY]
    if not matches:
        return []  # most lines name no date
    found: list[DateMatch] = []
    taken = bytearray(len(norm))  # offsets already read as a date: O(1) overlap checks
    for _n, index, m in matches:
        kind = _KINDS[index]
        start, end = m.span("at") if index in _DATE_AT else m.span()
        if taken.find(1, start, end) != -1:
            continue
        try:
            date = _resolve(kind, m, today, payday, next_due)
        except (ValueError, OverflowError, KeyError):
            date = None
        if date is not None:
            found.append(DateMatch(date, start, end, kind))
            taken[start:end] = b"\x01" * (end - start)
    if len(found) > 1:
        found.sort(key=_start)
        found = _without_opening_days(norm, found)
        if payday is not None:
            found = _without_paydays_named(norm, found)
        if next_due is not None:
            found = _instalments_after_the_day_named(found)
    return found


# "Monday to Saturday", "mon-fri": a span of weekdays ("can we move it from Friday to Monday?"
# moves a day)
_DAYS_SPAN = re.compile(r"\s*(?:to|through|thru|till|-|–)\s*$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")


def _without_opening_days(norm: str, found: list[DateMatch]) -> list[DateMatch]:
    """The dates without a span of weekdays, the days a place keeps open ("you can pay at our
    branch on Main Street, Monday to Saturday, nine to five": corpus 116)."""
    spans = {
        k
        for k, (one, two) in enumerate(pairwise(found))
        if one.kind == two.kind == "weekday"
        and _DAYS_SPAN.match(norm[one.end : two.start])
        and not _FROM_BEFORE.search(norm, max(0, one.start - 6), one.start)
    }
    if not spans:
        return found
    dropped = spans | {k + 1 for k in spans}
    return [d for k, d in enumerate(found) if k not in dropped]


def _instalments_after_the_day_named(found: list[DateMatch]) -> list[DateMatch]:
    """ "184 online by mon 16th, rest with ur next instalment" when the next one is due the
    15th: the instalment after the day named before it, the month's next."""
    latest: dt.date | None = None
    for k, d in enumerate(found):
        if d.kind == "next_instalment" and latest is not None and d.date < latest:
            found[k] = d = d._replace(date=add_months(d.date, 1))
        latest = d.date if latest is None else max(latest, d.date)
    return found


_start = itemgetter(1)  # a DateMatch's start

# "on your next payday, Friday March 27", "by payday (the 27th)": the day said beside it (not
# "on your payday on the 31st?", where the day may be asked of the payday)
_PAYDAY_NAMED_AS = re.compile(
    r"\s*(?:[,(-]\s*(?:which\s+is\s+|that'?s\s+|i\.?e\.?,?\s+)?|"
    r"\s(?:which\s+is|that'?s|i\.?e\.?,?)\s+)(?:on\s+)?"
)


def _without_paydays_named(norm: str, found: list[DateMatch]) -> list[DateMatch]:
    """The dates without "next payday" where the day is said right after it: the day the
    trainee names is the one they mean, though the record knows another payday."""
    return [
        d
        for d, after in zip(found, [*found[1:], None], strict=True)
        if not (
            d.kind == "payday"
            and after is not None
            and after.kind != "time"
            and _PAYDAY_NAMED_AS.fullmatch(norm, d.end, after.start) is not None
        )
    ]
