"""Who the trainee is talking to, and who they say they are calling for.

Collectors check identity in many ordinary ways: "Paula Gonzalez?", "Morning, is this Mario by
any chance?", "hi, John? it's Jordan from ...", "could you confirm you are ...?", or greeting
back a debtor who has just said their name. Each of these *addresses* someone by name. A name
is addressed when it follows an identity lead ("is this", "am I speaking with", "are you",
"confirm you are", "speak to", "looking for"), or a greeting ("Hi Brittany"), or stands before a
question mark ("John?"); a name after "it's", "this is" or "my name is" followed by "from",
"with" or "calling" is the trainee introducing themselves, not addressing anyone.

With the collection record in the context, an addressed name that is none of the debtor's names
is a wrong-party moment (`wrong_name`), and a lender named after "from"/"with"/"calling from"
that shares no distinctive word with the record's lender is `wrong_lender`. A name one slip of
the keys from the debtor's is theirs ("Brittny"), unless the slip spells a name people are given
(`en/first_names.txt`): "Darrell" to Darnell names someone else.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from simulator.language.dates import MONTHS, WEEKDAYS

# "You are Madame Allison Perez, yes?": a title, not the first of her names
_FOREIGN_TITLES = (
    "madame", "mme", "mademoiselle", "monsieur", "senor", "señor", "senora", "señora", "sra",
    "senhor", "senhora", "signor", "signora", "herr", "frau", "pani", "pan",
)  # fmt: skip
# Words that look like names at the start of a question but are not ("Is this Tuesday?").
NOT_NAMES = frozenset(
    [
        # "are you deaf?", "what are you, thick?": an insult asked, not a name
        "tere",  # "hi tere": there, typed fast
        # "what kind of car is it lol": text-speak that laughs or hedges, not a name
        "lol",
        "lmao",
        # "yo shonda?", "Howzit Tomasz?": a greeting, not the name's first word
        "yo",
        "howzit",
        # ("hi, um, sorry, is this a good time?" to Amy Jones, play-test 264: an article, not her
        # initial)
        "a",
        "an",
        # ("G'day Joaquín? It's Shane from ...", corpus 116)
        "g'day",
        "gday",
        "haha",
        "omg",
        "tbh",
        "idk",
        "smh",
        "st",  # "calling for St. Brendan's Medical Center": a saint's name opens a place's
        # "its 286.50 on thursday thru paypal, is that rite?": right, as typed
        "rite",
        "ryt",
        # "is he lookin for work?", "u lookin for sth else?": what is looked for, not who
        "work",
        "sth",
        "something",
        "anything",
        "job",
        "jobs",
        # "I need the account holder. Name?": the name asked for, not said
        "name",
        "names",
        "surname",
        # "Castillo Credit Union. DOB?": the security detail asked for, not a name said
        "dob",
        "birthday",
        "birthdate",
        "postcode",
        "zip",
        "zipcode",
        "ssn",
        "pin",
        "id",
        "address",
        "email",
        "phone",
        "number",
        "reference",
        "ref",
        "password",
        "details",
        # "Who's this?" - "Message." / "Personal.": what the call is, said short
        "message",
        "personal",
        "private",
        "business",
        "callback",
        "person",
        "ther",
        "deaf",
        "stupid",
        "thick",
        "dense",
        "dumb",
        "daft",
        "blind",
        "mad",
        "crazy",
        "insane",
        "a",
        "an",
        "the",
        "it",
        "this",
        "that",
        "right",
        "correct",
        "wrong",
        "ok",
        "okay",
        "alright",
        "all",
        "true",
        "false",
        "clear",
        "fair",
        "possible",
        "fine",
        "good",
        "bad",
        "better",
        "worse",
        "enough",
        "so",
        "too",
        "really",
        "still",
        "not",
        "just",
        "something",
        "anything",
        "everything",
        "nothing",
        "what",
        "how",
        "why",
        "when",
        "where",
        "who",
        "your",
        "you",
        "my",
        "our",
        "their",
        "for",
        "about",
        "because",
        "convenient",
        "acceptable",
        "affordable",
        "doable",
        "realistic",
        "reasonable",
        "manageable",
        "understood",
        "agreed",
        "settled",
        "done",
        "sorted",
        "everyone",
        "everybody",
        "today",
        "tomorrow",
        "now",
        # "When's she back? Today? Tonight?": when, not who
        "tonight",
        "later",
        "soon",
        "yesterday",
        "noon",
        "lunchtime",
        "weekend",
        # "who i'm talking to first", "speaking to again": when, not who
        "first",
        # "whens you're next pay day?": "your" typed "you're", before when
        "next",
        "last",
        # ("ok so the 27th is your payday, got it. is that every month?", corpus 104)
        "every",
        "each",
        "again",
        "properly",
        "yours",
        "mine",
        "me",
        "us",
        "them",
        "him",
        "her",
        # "are you her flatmate or what? is she there": who is asked after, by a pronoun
        "he",
        "she",
        "they",
        "anybody",
        "necessary",
        "urgent",
        "serious",
        "new",
        "sure",
        "certain",
        "happening",
        "going",
        "coming",
        "finished",
        "over",
        "late",
        "due",
        "overdue",
        "paid",
        "hi",
        "hello",
        "hey",
        "hiya",
        "helo",  # "helo?? can u hear me?": hello, typed fast
        "tho",  # "is this derek hsu tho"
        "though",
        "hallo",
        "hullo",
        "morning",
        "afternoon",
        "evening",
        "mornin",  # "Mornin' Siobhan?"
        "mornin'",
        "evenin",
        "evenin'",
        "good",
        "yes",
        "yeah",
        "yep",
        "no",
        "nope",
        "sorry",
        "thanks",
        "thank",
        "please",
        "well",
        "oh",
        "um",
        "uh",
        "er",
        "hmm",
        "so",
        "and",
        "but",
        "or",
        "also",
        "great",
        "perfect",
        "cool",
        "lovely",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mr",
        "mister",
        "missus",
        "u",
        "ur",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "madam",
        "maam",
        "ma'am",
        # titles in other languages a non-native speaker carries over: "Madame Allison Perez"
        *_FOREIGN_TITLES,
        "i",
        "i'm",
        "it's",
        # "You're Tamara Mullins, right?": the name after it is the one asked about
        "you're",
        "youre",
        "ur",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "will",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "let",
        "just",
        "quick",
        "one",
        "here",
        "there",
        "speaking",
        "calling",
        "regarding",
        "re",
        "still",
        "anyone",
        "someone",
        "somebody",
        "available",
        "home",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "of",
        "to",
        "card",
        "cash",
        "bank",
        "loan",
        "account",
        "payment",
        "money",
        "dollars",
        "bucks",
        "ok?",
        "deal",
        "again",
        "then",
        "there's",
        "mate",
        "buddy",
        "free",
        "busy",
        "there",
        "available",
        "aware",
        "able",
        "alone",
        "kidding",
        "serious",
        "joking",
        "listening",
        "ready",
        "awake",
        "okay",
        "fine",
        "well",
        "happy",
        "interested",
        "willing",
        "calling",
        "phoning",
        "ringing",
        "back",
        "aware",
        "still",
        "also",
        "the",
        "one",
        "person",
        "owner",
        "holder",
        "customer",
        "borrower",
        "account-holder",
        "guy",
        "lady",
        "man",
        "woman",
    ]
)
# After an addressed name: the question mark, the end of a clause, or a polite tail.
_NAME_END = re.compile(
    r"\s*(?:[?.!,;:]|$|(?:by\s+any\s+chance|speaking|please|right|there(?:\s+at\s+all|,?\s+please)?|at\s+all|available|"
    r"here|yes|correct|then|"
    # ("am I speaking to Priya ji?", "Tanaka-san?": a courtesy after the name)
    r"-?(?:ji|jee|san|sama|sahib|saab)|"
    r"perhaps|maybe|instead|possibly|first|please|for\s+me|yes\s+or\s+no|or\s+not|speakin'?|"
    # "is that Agnieszka Kowalska ah'm speakin tae?"
    r"(?:i'?m|ah'?m|i\s+am)\s+(?:speaking|speakin'?|talking|talkin'?)\s+(?:to|tae|with|wi'?))"
    r"\s*(?:[?.!,;:]|$))"
)
# ("this is a call for Younes Amrani from Ironbark", corpus 123: whom the call is for, then who
# calls; not "Morning. Greg from Halden Bank", the caller)
_FROM_AFTER = re.compile(r"\s+from\s+(?=\w)")
_FOR_LEAD = re.compile(r"\bfor\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?$")
# "is this fraser mcalpine im calling form splitly": typed on in lowercase, the caller's own
# clause ends the name ("Morning! Hope I'm not ..." is no name, so only in lowercase)
# (not "hiya!! hope im not catching u at a bad time": "hope" a verb, corpus 112)
_RUN_ON_NAME_END = re.compile(
    r"\s+(?:(?:i'?m|i\s+am)(?!\s+(?:not|so|just|sorry|afraid|hoping)\b)|it'?s|this\s+is|calling|callin'?)\s"
)
# A name said on its own ("John?") starts its clause, after a greeting at most.
_CLAUSE_START = re.compile(
    # ("yeah Julia Mendoza? coleman finance.", play-test 166)
    r"(?:^|[.!?,;:]\s*|^\W*(?:hi+|hello|hey+|hiya|g'?day|morning|good\s+\w+|afternoon|evening|yo|um|uh|"
    r"oh|ok|okay|right|so|yeah|yes|yep|ya)\W*)$"
)
_TITLE_BEFORE = re.compile(
    rf"\b(?:mr|mrs|ms|miss|dr|mister|missus|{'|'.join(_FOREIGN_TITLES)})\.?\s+$"
)
_GENERIC_LENDER_WORDS = frozenset(
    [
        "the",
        "bank",
        "banks",
        "credit",
        "union",
        "finance",
        "financial",
        "loans",
        "loan",
        "lending",
        "lender",
        "services",
        "collections",
        "collection",
        "department",
        "dept",
        "team",
        "group",
        "inc",
        "ltd",
        "limited",
        "plc",
        "llc",
        "co",
        "company",
        "corp",
        "office",
        "national",
        "federal",
        "savings",
        "trust",
        "mutual",
        "of",
        "and",
        "&",
        "cu",
        # a department named after the creditor ("Westbrook College Student Accounts")
        *("accounts", "billing", "receivables"),
        # a debt collection agency ("Summit Recovery Services")
        *("recovery", "recoveries"),
    ]
)
# The trade an organisation names itself by ("NorthStar Energy", "Bright Start Childcare"):
# like "bank", it makes a run of capitalised words a creditor's name; unlike "bank", it tells
# creditors apart ("Vireo Telecom" is not Vireo Mobile), so it stays a word of the name.
_TRADE_WORDS = frozenset(
    ["energy", "gas", "electric", "electricity", "power", "water", "utilities", "utility"]
    + ["telecom", "telecoms", "mobile", "wireless", "broadband", "insurance", "childcare", "school"]
    + ["academy", "college", "clinic", "medical", "dental", "health", "healthcare"]
    + ["hospital", "plumbing", "motors", "auto", "leasing", "rentals"]
    # ("It's Bellbird Property Management, about the rent." for Quarry Lane Lettings, corpus 118)
    + ["lettings", "letting", "property", "properties", "management", "housing", "estates"]
)
# Common short forms of first names: "Mike" answers to Michael.
NICKNAMES = {
    "mike": "michael", "bob": "robert", "rob": "robert", "bill": "william", "will": "william",
    "jim": "james", "jimmy": "james", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "katie": "katherine", "tom": "thomas", "tony": "anthony",
    "dave": "david", "dan": "daniel", "danny": "daniel", "steve": "steven", "joe": "joseph",
    "jen": "jennifer", "jenny": "jennifer", "chris": "christopher", "matt": "matthew",
    "nick": "nicholas", "pat": "patricia", "sue": "susan", "becky": "rebecca",
    "liv": "olivia", "livvy": "olivia", "bobbie": "roberta",
    "andy": "andrew", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth", "ron": "ronald",
    "rick": "richard", "dick": "richard", "rich": "richard", "ed": "edward", "ted": "edward",
    "larry": "lawrence", "jon": "jonathan", "josh": "joshua", "meg": "megan",
    # ("Timothy Payne" for a debtor on file as Tim Payne, play-test 144)
    "tim": "timothy", "timmy": "timothy", "alex": "alexander", "sam": "samuel", "ben": "benjamin",
    "charlie": "charles", "jack": "john", "jess": "jessica", "vicky": "victoria", "nat": "natalie",
}  # fmt: skip

_WORD = r"[^\W\d_][\w'-]*"
# a line opening with thanks, which a name may follow
_THANKS_OPENING = (
    r"^\W*(?:(?:ok(?:ay)?|great|perfect|lovely|brilliant|right)\W+)?(?:thanks|thank\s+you|cheers),?"
)
# The words before a name that make it addressed.
_ADDRESS_LEAD = re.compile(
    # ("hey is that you mateusz?": the "you" before the name asked)
    # ("helo am i speakin with tadeusz wisniewski": the g dropped, as typed)
    r"(?:\bis\s+(?:this|that|it)(?:\s+(?:you|u),?)?|\bam\s+i\s+(?:sp(?:ea|e|ee)k|talk)(?:ing|in'?)\s+(?:to|with)|"
    r"\bare\s+you|"
    r"\byou(?:'re|\s+are)|\byoure|"
    # "confirm youre timothy kelly", "just to double check this is ..."
    r"\b(?:confirm|double[\s-]?check|check|make\s+sure)\s+(?:that\s+)?(?:you(?:'re|re|\s+are|r\s+name\s+is)|"
    r"i'm\s+(?:speaking|talking)\s+(?:to|with)|this\s+is)|\b(?:speak|talk|speaking|talking)\s+"
    r"(?:to|with)|\b(?:speakin|talkin)'?\s+(?:to|with)|\blook(?:ing|ign|in'?)?\s+(?:f(?:or|i)|4)|\b(?:calling|ringing|phoning)\s+for|"
    r"\b(?:trying|tryna|tryin'?)\s+(?:to\s+)?reach|"
    # ("Morning, this is for Henrik Lindgren, yeah?": whom the call is for, corpus 116)
    r"\bthis(?:'s|\s+is)\s+for|"
    # ("Hi, this is a call for Younes Amrani from Ironbark", corpus 123)
    r"\bcall(?:'s|\s+is)?\s+for|"
    r"\bwith\s+(?:mr|mrs|ms|miss|dr)\.?|"
    # "may I enquire whether I have the pleasure of addressing Ms. Colleen Watkins?"
    r"\baddressing|" + _THANKS_OPENING + r"|"
    # "Thanks Mr Adeyemi. I'm ringing about ...", "Great, thanks Rajesh." (_THANKED_LEAD)
    r"^\W*(?:hi+|hello|hey+|hiya|g'?day|morning|good\s+(?:morning|afternoon|evening)|afternoon|"
    # ("I want to speak with Madame Anna Nowak": a title in the caller's own language)
    # ("is this Mister Adam Zimmerman please?", play-test 152)
    r"evening|yo|heya)\b[\s,!.]*(?:there\s+)?)\s+(?:(?:mr|mrs|ms|miss|dr|mister|missus|"
    + "|".join(_FOREIGN_TITLES)
    + r")\.?\s+)?$"
)
_THANKED_LEAD = re.compile(_THANKS_OPENING + r"\s+(?:(?:mr|mrs|ms|miss|dr|mister|missus)\.?\s+)?$")
# "I'm looking for a Marissa Santos", "I'm after a Keith Brandt", "calling for a Ms. Sharon
# Gallagher?": a name with an article, read only as a capital shows it ("looking for a job")
_ARTICLE_LEAD = re.compile(
    r"\b(?:look(?:ing|in'?)?\s+for|(?:calling|ringing|phoning)\s+for|trying\s+to\s+reach|"
    r"(?:i'm|im|i\s+am)\s+after)\s+a\s+(?:(?:mr|mrs|ms|miss|dr|mister)\.?\s+)?$|"
    # "Yeah, I need Sharon Rivers.": the person needed ("I need a date" names no one)
    r"\b(?:i|we)\s+need\s+(?:(?:mr|mrs|ms|miss|dr|mister)\.?\s+)?$"
)
# "it's Ana from", "this is Sam calling", "my name is Lee with": the trainee's own name.
# ("uh hi, sorry, it's, um, Jordan? from Whipcord?": said nervously, as a question)
_SELF_LEAD = re.compile(
    r"(?:\bit's|\bits|\bthis\s+is|\bmy\s+name\s+is|\bi'm|\bi\s+am)(?:,?\s+(?:um|uh|er|erm)\b,?)*\s+$"
)
# ("is that you, katarzyna? it's sam": the caller's name, the line's last words)
_SELF_TAIL = re.compile(
    r"\s*[,?]?\s*(?:from|with|at|calling|here|speaking\s+from|over\s+at)\b|[.!]*\s*$"
)
# "Tom here, Johnston Finance": a name and "here", said of oneself (not "Is Tom here?")
_SELF_HERE = re.compile(r"\s+here\b(?!\s*\?)")
_WORD_RE = re.compile(_WORD)
_CAPITALISED = re.compile(r"(?<![\w'-])[^\W\d_a-z][\w'-]*")
_GREETING_BEFORE = re.compile(
    r"^\W*(?:hi+|hello|hey+|hiya|g'?day|morning|good\s+\w+|afternoon|evening)\W+(?:there\W+)?$"
)
# "is Rachel available?", "is Mario there?"
_IS_LEAD = re.compile(r"\bis\s+$")
# "You James or not?", "u kelsey?": "you" opening a clause, the "are" left out, the name asked
_BARE_YOU_LEAD = re.compile(r"(?:^|[.!?,;]\s*)(?:so\s+|and\s+)?(?:you|u)\s+$")
_OR_NOT_ASKED = re.compile(r"\s+or\s+(?:not|what)\s*\?|\s*\?")
_PRESENT_AFTER = re.compile(r"\s+(?:available|there|around|home|in|about|free)\b")
# "Is" opening the question (not "this is RentRight Home."): the person asked for
_IS_ASKED_LEAD = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:hi|hello|hey|so|and|um|uh|er|sorry|oh)\W*\s*)\W*is\s+$"
)
_IN_ASKED_END = re.compile(
    r"\s+(?:home|around|in|about|free)(?:\s+(?:today|now|right\s+now|at\s+the\s+moment))?\s*(?:[?.!,]|$)"
)
_QUESTION_AFTER = re.compile(
    r"\s*(?:,?\s*by\s+any\s+chance|-?\s*(?:ji|jee|san|sama|sahib|saab)|\s+speaking|,?\s+right|,?\s+yes|,?\s+yeah|,?\s+correct|"
    r",?\s+(?:isn't|is)\s+it|,?\s+aren't\s+you|,?\s+innit|"
    # "Daniel Park, then?", "Sorry. Daniel Park, perhaps?": another try at the name
    r",?\s+(?:then|perhaps|maybe|instead|possibly))?\s*\?"
)
# "it's Michele Robertson, isn't it?": "it's" before a name asks who they are when a tag follows
_IT_IS_LEAD = re.compile(r"\b(?:it's|its|it\s+is|that's|that\s+is|this\s+is)\s+$")
# (a tag that ends the line asks without its "?": "this is timothy kelly right")
_TAG_AFTER = re.compile(
    r"\s*,?\s*(?:isn't\s+it|is\s+it|innit|right|yeah|yes|correct)\s*(?:\?|[.!]*\s*$)"
)
# ("Good morning. This is Tammy Ramos?": the name asked, the line ending on it)
_ENDS_ASKING = re.compile(r"\s*\?+\s*$")
_LENDER_LEAD = re.compile(
    # ("this is, um, Harbor Bank?": a filler before the name)
    # ("yes hello, here is Silver Thread Lending": "here is", as some non-native speakers say it)
    # ("its chris w bonebridge finance": "with" typed short)
    # ("hey dinesh its mike at northfield loans", corpus 124: "at", after the caller's name)
    r"\b(?P<lead>from|form|with|w/?|on\s+behalf\s+of|here\s+at|over\s+at|this\s+is|it's|its|here\s+is|at)"
    r"(?:\s*,\s*(?:um+|uh+|er+|erm)\s*,)?\s+(?:the\s+)?"
)
# "from Fisher" names a lender only when the trainee introduces themselves: "it's Sam from",
# "calling from" (not "I'm from Pune", where they are from)
_INTRODUCED = re.compile(
    r"(?:\b(?:it's|its|this\s+is|i'm|i\s+am|name\s+is|i\s+work)\s+(?!from\b)[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*)?|\b(?:calling|ringing|phoning|we're|we\s+are|i\s+(?:call|ring|phone))|"
    # "G'day, Mark here from Vireo Telecom"
    r"\b[a-z][\w'-]*\s+here)\s+$"
)
_SENTENCE_GOES_ON = frozenset(["I", "I'm", "I'll", "I've", "I'd"])
# after "its pearlstone credit": the organisation said whole, as who calls
_ORG_SAID_WHOLE = re.compile(r"\s*(?:[,.!?;:]|$|(?:calling|here|about|regarding|re)\b)")
_NOT_AN_ORG_START = frozenset(
    ["about", "abt", "re", "regarding", "just", "only", "uh", "um", "er", "erm", "me", "ur",
     "genuinely", "really", "still", "again", "also", "so", "not"]
)  # fmt: skip
_NAMED_AFTER_A_PERSON = re.compile(r"\s(?:at|form|frm|of)\s")
_LOWERCASE_LENDER = re.compile(
    # ("or a transfer from the new bank?": the debtor's bank, not a lender calling)
    # ("want me to send the direct debit form for the new bank too?": a form for it)
    r"(?!(?:your|ur|my|our|a|an|the|this|that|today|tomorrow|now|new|old|other|same|different|own|"
    r"for|to|into|via|by|through|at|in|of|on)\b)"
    r"[a-z][\w&'-]*"
    r"(?:[ \t]+(?!(?:from|frm|with|w|calling|about|re)\b)[a-z][\w&'-]*){0,2}?[ \t]+"
    r"(?:bank|credit\s+u[a-z]{3,4}|cu|credit|finance|financial|"
    r"lending|loans|savings|card\s+services|national|mobile|telecom|energy|power|water|lettings|"
    r"pay|capital)\b"
)
# "the $370.07 from November", "from Monday on": a time after "from", not a lender
# (and no pronoun: "It's only the form I'm sending today" names no lender "I'm")
_NOT_LENDERS = frozenset(
    [*MONTHS, *WEEKDAYS, "today", "tomorrow", "i", "i'm", "i've", "i'll", "i'd", "we", "we're"]
)
_TALK = re.compile(r"\b(?:speak|speaking|talk|talking|chat|chatting|deal|dealing)\s+$")


@dataclass(frozen=True)
class Addressed:
    name: str
    start: int
    end: int
    # "Hi Brittany, it's Ana from ...": a greeting by name, with no question. It checks
    # identity only when the debtor has just said that name; the caller decides.
    vocative: bool = False
    # Said after "is this", "speaking with", a greeting...: not only a word before a question
    # mark ("Day?", "tmrw?"), which names someone only while identity is being checked.
    led: bool = True
    # "Thanks Mr Adeyemi.": the one on the line thanked by name, who is the debtor only once
    # they have said so (the flatmate thanked as "Jess" is no wrong name)
    thanked: bool = False


_SPELT_OUT = re.compile(r"[^\W\d_](?:[.-][^\W\d_])+[.-]?")


def fold(word: str) -> str:
    """Lowercase without accents: "Zoë" and "zoe" are one name; a name spelt out letter by
    letter ("S-A-R-A") is the name."""
    if _SPELT_OUT.fullmatch(word):
        word = word.replace("-", "").replace(".", "")
    elif "-" in word:
        word = _unstuttered(word)
    if word.isascii():
        return word.lower().strip(".'-")
    decomposed = unicodedata.normalize("NFKD", word.lower()).translate(_UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip(".'-")


def _unstuttered(word: str) -> str:
    """ "k-kwame", "j-j-john": the name a nervous caller stumbled into ("Mei-Ling" and
    "Al-Amin" are double names, kept whole: "mei" does not open "ling")."""
    *heads, name = word.split("-")
    if name and all(
        head and len(head) <= 3 and name.lower().startswith(head.lower()) for head in heads
    ):
        return name
    return word


# letters with no accent to take off, typed as their plain letters ("Małgorzata" as
# "malgorzata", corpus 104; "Søren" as "soren", "Đorđe" as "dorde")
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)


# "hiii", "heyyy", "hellooo": a greeting drawn out, not a name
_DRAWN_OUT_GREETING = re.compile(r"hi{2,}|he+y{2,}|hel+o{2,}")


def _not_a_name(token: str) -> bool:
    word = fold(token)
    return word in NOT_NAMES or _DRAWN_OUT_GREETING.fullmatch(word) is not None


# "am i speaking to priya ji?", "Tanaka-san": a courtesy after the name, not a surname
_HONORIFICS_AFTER = frozenset(["ji", "jee", "san", "sama", "sahib", "saab", "bhai", "ji's"])


def _trim(text: str, start: int, end: int, mixed_case: bool) -> tuple[int, int] | None:
    """The name at the start of text[start:end]: its capitalised words (or, in a line typed in
    one case, its words up to a function word), None when the first word is not a name."""
    words = list(_WORD_RE.finditer(text, start, end))[:3]
    kept: list[re.Match[str]] = []
    for w in words:
        token = w.group()
        if _not_a_name(token) or (kept and fold(token) in _HONORIFICS_AFTER):
            break
        if mixed_case and not token[:1].isupper():
            break
        if not mixed_case and (
            (
                len(token) > 4
                and token.endswith(("ing", "ed", "ly"))
                # ("yeah is this kelly johnson" to Kelsey Johnson, play-test 161: a first name)
                and fold(token) not in known_first_names()
                # ("hi is this mei-ling chen", corpus 114: a double name, no verb)
                and "-" not in token
            )
            or token == "im"
        ):
            break  # "are you doing ...", "fraser mcalpine im calling": only name-like words
        if kept and text[kept[-1].end() : w.start()].strip(" \t"):
            break  # "John? it's": punctuation ends a name
        kept.append(w)
    if not kept:
        return None
    last = kept[-1].group()
    head, dash, tail = last.rpartition("-")
    if dash and head and fold(tail) in _HONORIFICS_AFTER:
        return kept[0].start(), kept[-1].start() + len(head)  # "Tanaka-san": Tanaka, politely
    return kept[0].start(), kept[-1].end()


# Every addressed name follows one of these or stands before a question mark; a line with none
# of them (most lines) is settled by one search (a question mark, by a plain find first).
# "is Mario there?", "is luisa herrera available": someone asked for as present, a "?" or not
ASKED_IF_IN = r"\bis\s+\w+\s+(?:\w+\s+)?(?:available|there|around|home|in|about|free)\b"
_MAY_ADDRESS = re.compile(
    r"\bis\s+(?:this|that|it)\b|" + ASKED_IF_IN + r"|speak|"
    r"talk|address|\byou(?:'re|re|\s+are)\b|\blook(?:ing|ign|in'?)?\s+(?:f(?:or|i)|4)|"
    r"\b(?:trying|tryna|tryin'?)\s+(?:to\s+)?reach|\bafter\s+a\b|\bconfirm|\b(?:i|we)\s+need\b|"
    r"\bwith\s+m|\b(?:calling|ringing|phoning|call(?:'s|\s+is)?)\s+for\b|"
    r"\bcheck\b|\bthis\s+is\b|\bthanks\b|\bthank\s+you\b|\bcheers\b|"
    r"^\W*(?:hi+|hello|hey+|hiya|g'?day|morning|good|afternoon|evening|yo|heya)\b"
)


# The last word of every lead a name may follow (_ADDRESS_LEAD, _IS_LEAD, _IT_IS_LEAD, and
# _SELF_LEAD, which covers the trainee's own name), titles included.
_LEAD_ENDS = frozenset(
    ["this", "that", "it", "to", "with", "you", "you're", "are", "is", "for", "reach", "mr",
     "mrs", "ms", "miss", "dr", "hi", "hello", "hey", "hiya", "morning", "afternoon", "evening",
     "yo", "heya", "there", "it's", "its", "that's", "i'm", "am", "youre", "addressing", "fi",
     "a", "4", "need", "mister", "missus", "u", "thanks", "cheers", "g'day", "gday",
     *_FOREIGN_TITLES]
)  # fmt: skip
_PREVIOUS_WORD = re.compile(r"([^\s,!.]+)[\s,!.]*\s$")  # "hi . Megan": past the marks
_MOST_WORDS_TO_THE_MARK = 7  # a name of three words and a tag of four ("by any chance")
_CLAUSE_MARKS = tuple(".!?,;:")
_GREETING_WORDS = 3  # "um, good day" before a name: _CLAUSE_START's greeting, at most


def _may_be_addressed(norm: str, start: int) -> bool:
    """Can a name starting here be addressed at all? It must open the line, follow one of the
    leads, or start its clause a few words before a question mark ("..., John?"): most words
    ("Friday", "Ana, could you ...", every word of a line typed in lowercase) do none of
    these, and are settled without the leads' regexes. A superset of addressed_names' tests."""
    if not norm[:start].strip(" ,.!-"):
        return True
    previous = _PREVIOUS_WORD.search(norm, max(0, start - 40), start)
    if previous is not None:
        word = previous.group(1).strip(",!.")
        if word in _LEAD_ENDS or _DRAWN_OUT_GREETING.fullmatch(word):
            return True
    clause_start = norm[max(0, start - 60) : start].rstrip().endswith(_CLAUSE_MARKS)
    if not clause_start and len(norm[:start].split()) > _GREETING_WORDS:
        return False
    mark = norm.find("?", start)
    return mark >= 0 and len(norm[start:mark].split()) <= _MOST_WORDS_TO_THE_MARK


def addressed_names(text: str) -> list[Addressed]:
    """Names the line addresses someone by, in order."""
    norm = text.lower()
    if "?" not in norm and _MAY_ADDRESS.search(norm) is None and len(norm.split()) > 3:
        return []
    mixed_case = norm != text
    found: list[Addressed] = []
    covered = 0
    # In a line typed in mixed case a name starts with a capital: only those words are tried.
    for w in (_CAPITALISED if mixed_case else _WORD_RE).finditer(text):
        if w.start() < covered or _not_a_name(w.group()):
            continue
        if not _may_be_addressed(norm, w.start()):
            continue
        span = _trim(text, w.start(), min(len(text), w.start() + 80), mixed_case)
        if span is None:
            continue
        s, e = span
        before = norm[max(0, s - 60) : s]
        if _SELF_LEAD.search(before) and _SELF_TAIL.match(norm, e):
            covered = e
            continue  # "it's Ana from ..." introduces the trainee
        if _SELF_HERE.match(norm, e) and not _IS_LEAD.search(before):
            covered = e
            continue  # "Hi! Tom here, Johnston Finance." (play-test 186): the trainee's name
        if any(
            fold(word) in _GENERIC_LENDER_WORDS or fold(word) in _TRADE_WORDS
            for word in text[s:e].split()
        ):
            covered = e
            # "Meridian Credit Union.", "it's, um, Pinnacle Equipment Leasing?": who calls, not
            # a name asked for
            continue
        # "Mr Okoye?": the title opens the clause with the name
        titled = _TITLE_BEFORE.search(norm, max(0, s - 8), s)
        head = s if titled is None else titled.start()
        lead = (
            _ADDRESS_LEAD.search(before)
            # ("yeah hi lookin for a thomas hernandez", corpus 113: typed all in lowercase, a
            # first name people are given, and more after it)
            or (
                _ARTICLE_LEAD.search(before)
                and (
                    mixed_case
                    or (
                        fold(text[s:e].split()[0]) in known_first_names()
                        and len(text[s:e].split()) > 1
                    )
                )
            )
            or (_IS_LEAD.search(before) and _PRESENT_AFTER.match(norm, e))
            or (
                _IT_IS_LEAD.search(before)
                and (
                    _TAG_AFTER.match(norm, e)
                    or (
                        _ENDS_ASKING.match(norm, e)
                        and (mixed_case or fold(text[s:e].split()[0]) in known_first_names())
                    )
                )
            )
            # (a word typed in lowercase after a bare "you" is a name only when people are
            # given it: not "you know?")
            or (
                _BARE_YOU_LEAD.search(before)
                if _OR_NOT_ASKED.match(norm, e)
                and (mixed_case or fold(text[s:e].split()[0]) in known_first_names())
                else None
            )
        )
        question = _QUESTION_AFTER.match(norm, e)
        alone = not norm[:head].strip(" ,.!-") and (question or norm[e:].strip(" ,.!?") == "")
        vocative = _GREETING_BEFORE.search(before) is not None
        if lead is None and not question and not alone:
            continue
        if lead is None and not _CLAUSE_START.search(norm[max(0, head - 60) : head]):
            continue
        if (
            not _NAME_END.match(norm, e)
            and not (_FROM_AFTER.match(norm, e) and _FOR_LEAD.search(norm, max(0, head - 30), head))
            and (mixed_case or not _RUN_ON_NAME_END.match(norm, e))
            # ("Is Frank Drummond home?", corpus 119: someone asked for as in)
            and not (_IS_ASKED_LEAD.search(before) and _IN_ASKED_END.match(norm, e))
        ):
            continue  # "is it nice weather there today?": words, not a name
        if lead is None and mixed_case and not text[s : s + 1].isupper():
            continue
        covered = e
        found.append(
            Addressed(
                text[s:e],
                s,
                e,
                vocative=vocative and not question and not alone,
                led=bool(lead),
                thanked=_THANKED_LEAD.search(before) is not None,
            )
        )
    return found


TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "mister", "missus", "dr", "sir", "madam", *_FOREIGN_TITLES]
)
# "is it seasonal", "from you're app": in a line typed in lowercase, words these leads put
# before a question are more often a thing than a name
_LOOSE_LEAD = re.compile(r"\b(?:is\s+it|you're|youre|you\s+are|are\s+you)\s+$")


def may_be_another_name(said: Addressed, text: str) -> bool:
    """Can a word that is none of the debtor's names be someone else's? A single word that no
    list of first names holds ("Sharp?", "Surprised?" in mid-line, "is it seasonal") must be
    led to as a name is: at the line's start, after a title, or after a lead in a line with
    capitals."""
    norm = text.lower()
    words = [fold(w) for w in said.name.split()]
    if (
        norm == text
        and _LOOSE_LEAD.search(norm, max(0, said.start - 12), said.start) is not None
        and words[0] not in known_first_names()
        and words[-1] not in known_last_names()
    ):
        return False  # "wher do u work on weekneds? is it regualr pay": words, mistyped
    if " " in said.name.strip() or fold(said.name) in known_first_names():
        return True
    if not norm[: said.start].strip(" ,.!-") or _TITLE_BEFORE.search(norm, 0, said.start):
        return True
    if norm == text:
        return said.led and _LOOSE_LEAD.search(norm, max(0, said.start - 12), said.start) is None
    return said.led


def _same(token: str, mine: str, shortened: bool = True) -> bool:
    """One word of a name said against one of the debtor's: equal, a short form ("Mike",
    "Rach"), an initial ("Priya R"), or mistyped ("Kowalcyk" for Kowalczyk, "Nomvual").
    `shortened` False: a surname said after a first name, whole or as an initial only."""
    if token == mine:
        return True  # "Katie" for a debtor called Katie, before any short form is looked up
    if not shortened and mine.startswith(token) and len(mine) - len(token) >= 2:
        return len(token) == 1  # "Priya R", not "Richards" for Richardson ("Hoffman" is a slip)
    if len(token) >= 3 and _spelling_of(token) == _spelling_of(mine):
        return True  # "Sarah" for Sara, "Jon" for John: heard on the phone, one name
    token = NICKNAMES.get(token, token)
    return (
        token == mine
        or token == NICKNAMES.get(mine)  # "Kate" for Katie: one full name behind both
        or ((len(token) >= 3 and shortened or len(token) == 1) and mine.startswith(token))
        # "Seun" for Oluwaseun: the name's own end, as friends shorten it
        or (shortened and len(token) >= 4 and len(mine) > len(token) + 2 and mine.endswith(token))
        # "Jeffrey" for Jeffery: two letters swapped, the same name said (play-test 152)
        or _swapped_neighbours(token, mine)
        # "Darrell" to Darnell, "Marie" to Maria, "Lawson" to Larson (play-tests 201 and 202): a
        # slip that spells a name people have names someone else
        or (
            _typo_of(token, mine)
            and (
                (token not in known_first_names() and token not in known_last_names())
                or _spelling_of(token) == _spelling_of(mine)
            )
        )
    )


def _swapped_neighbours(a: str, b: str) -> bool:
    """Are two names of five letters or more the same but for two neighbours swapped?"""
    if len(a) != len(b) or len(a) < 5 or a == b:
        return False
    wrong = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and (a[wrong[0]], a[wrong[1]])
        == (
            b[wrong[1]],
            b[wrong[0]],
        )
    )


_DOUBLED = re.compile(r"(.)\1+")


_END_SOUND = re.compile(r"(?:ey|ee|ie|ea)$")


def _spelling_of(name: str) -> str:
    """A name with doubled letters and an inner "h" dropped, "cia" as "sha", "z" as "s", "y" as
    "i" and "-ey", "-ee", "-ie" as "-i": "Matteo" and "Mateo", "Sarah" and "Sara", "Frazer"
    and "Fraser", "Ashley" and "Ashlee", "Snyder" and "Snider" are one name spelt two ways
    (heard, not read, on the phone)."""
    name = _END_SOUND.sub("i", name) if len(name) > 3 else name
    # ("Trisha" for Tricia, "Alisha" for Alicia: play-test 151)
    name = name.replace("cia", "sha")
    rest = _DOUBLED.sub(r"\1", name[1:]).replace("h", "").replace("z", "s").replace("y", "i")
    return name[:1] + rest


FIRST_NAMES = Path(__file__).with_name("en") / "first_names.txt"
LAST_NAMES = Path(__file__).with_name("en") / "last_names.txt"


def _read_names(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()  # without the list every near miss is a slip, as before it existed
    return frozenset(line for line in lines if line and not line.startswith("#"))


@functools.cache
def known_first_names() -> frozenset[str]:
    """First names people are given (benchmarks/first_names.py writes the list from Faker's)."""
    return _read_names(FIRST_NAMES)


@functools.cache
def known_last_names() -> frozenset[str]:
    """Surnames people have ("Lawson", "Davis"), from Faker's, as known_first_names."""
    return _read_names(LAST_NAMES)


def _typo_of(word: str, mine: str, shortest: int = 5) -> bool:
    """One slip of the keys in a name of five letters or more (two in one of eight or more):
    a letter left out, added, changed, or two swapped. Shorter names must be spelt right:
    "Mark" is not "Mary"."""
    if min(len(word), len(mine)) < shortest or word[0] != mine[0]:
        return False
    allowed = 2 if min(len(word), len(mine)) >= 8 else 1
    return abs(len(word) - len(mine)) <= allowed and _slips(word, mine) <= allowed


def _slips(a: str, b: str) -> int:
    """Edits from a to b, a swap of two neighbours counting as one (optimal string alignment)."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


def name_matches(said: str, names: tuple[str, ...]) -> bool:
    """Does a name the trainee said belong to the debtor? One word may be any of their names
    ("Brittany?", "Mr Moore?", "Mike" for Michael); a first and last name must both be theirs:
    "Michael Nguyen" is not Minh Nguyen (it may be his father on the line)."""
    tokens = [fold(t) for t in said.split() if fold(t) and fold(t) not in TITLES]
    # (each part of a double-barrelled name is theirs too: "Kwame Mensah" for Kwame
    # Mensah-Boateng)
    # (and each side of an apostrophe: "kevin o brien" for Kevin O'Brien)
    own = {fold(t) for n in names for t in n.split() if fold(t)} | {
        fold(part)
        for n in names
        for t in n.split()
        if "-" in t or "'" in t
        for part in [*re.split(r"[-']", t), t.replace("'", "")]
        if fold(part)
    }
    if len(tokens) == 1:
        return any(_same(tokens[0], mine) for mine in own)
    # (a surname after a first name is said whole: "amanda richards" is not Amanda
    # Richardson, though "Rach" may be Rachel; play-test 155)
    return bool(tokens) and all(
        any(_same(t, mine, shortened=k == 0) for mine in own) for k, t in enumerate(tokens)
    )


def lender_named(text: str) -> tuple[str, int, int] | None:
    """The organisation the trainee says they call from ("it's Lee from Fisher Credit Union")."""
    norm = text.lower()
    found: tuple[str, int, int] | None = None
    # an organisation typed in lowercase after "its": read only when no other lead names one
    after_its: tuple[int, int] | None = None
    for m in _LENDER_LEAD.finditer(norm):
        rest = text[m.end() :]
        run = re.match(r"(?:[A-Z][\w&'-]*)(?:[ \t]+(?:[A-Z][\w&'-]*|of|&))*", rest)
        if (
            run is None
            and text == norm
            and (
                m.group("lead").startswith(("from", "form", "on"))
                # ("hi its pearlstone credit, is mai there": the organisation, said as the caller)
                or m.group("lead") in ("it's", "its", "this is")
                # ("this is luis with granite trust bank": with, after the caller's name)
                or (
                    m.group("lead") in ("with", "w", "w/", "at")
                    and _INTRODUCED.search(norm, max(0, m.start() - 40), m.start())
                )
            )
        ):
            # typed all in lowercase: "its carlos from bradley bank", up to the kind of lender
            run = _LOWERCASE_LENDER.match(rest)
            if run is not None and m.group("lead") in ("it's", "its", "this is"):
                # ("hi its pearlstone credit, is mai there": the organisation alone, said whole;
                # not "its about your pearlgate finance loan", nor "its jo at claywell credit
                # union", the caller, whose "at" names the lender)
                first_word = fold(run.group().split()[0])
                if (
                    after_its is None
                    and _ORG_SAID_WHOLE.match(rest, run.end()) is not None
                    and first_word not in _NOT_AN_ORG_START
                    and first_word not in known_first_names()
                    and not _NAMED_AFTER_A_PERSON.search(run.group())
                ):
                    after_its = m.end() + run.start(), m.end() + run.end()
                continue
        if run is None:
            continue
        if m.group("lead") == "at" and not _INTRODUCED.search(
            norm, max(0, m.start() - 40), m.start()
        ):
            continue  # ("pay at any Northgate Bank branch": where to pay, not who calls)
        spans = [w.span() for w in re.finditer(r"\S+", run.group())]
        words = [run.group()[a:b] for a, b in spans]
        if fold(words[0]) in _NOT_LENDERS:
            continue
        # "Northfield Student Loans I'm calling": the name ends where the sentence goes on
        cut = next((k for k, w in enumerate(words) if k and w in _SENTENCE_GOES_ON), len(words))
        first = 0
        # "Dana Cole of Cedar Bank": the person, then the lender
        if "of" in words[1 : cut - 1] and any(fold(w) in _LENDER_KIND_WORDS for w in words[:cut]):
            first = cut - words[:cut][::-1].index("of")
        if (
            m.group("lead") in ("this is", "it's", "its")
            and cut - first > 2
            and fold(words[first]) in known_first_names()
            and any(fold(w) in _LENDER_KIND_WORDS for w in words[first + 1 : cut])
        ):
            first += 1  # "this is Kevin Diaz Credit Union": the caller, then the lender
        words = words[first:cut]
        generic = any(fold(w) in _GENERIC_LENDER_WORDS or fold(w) in _TRADE_WORDS for w in words)
        before = norm[max(0, m.start() - 40) : m.start()]
        if _TALK.search(before):
            continue  # "am I speaking with Paula?"
        if (
            not generic
            and not (m.group("lead") in ("from", "form") and _INTRODUCED.search(before))
            and not _org_calling(words[:cut], norm, m.end() + spans[cut - 1][1])
        ):
            # "this is Toyota Financial" names a lender, "this is Sam" a person, "I'm from
            # Pune" a home town
            continue
        start, end = m.end() + spans[first][0], m.end() + spans[cut - 1][1]
        if found is None:
            found = text[start:end], start, end
        if m.group("lead").startswith("on"):
            # "Castle Recoveries, a debt collection agency, calling on behalf of Oakridge
            # Finance": the agency calls for the lender, whose name is the one to check
            return text[start:end], start, end
    if found is not None:
        return found
    # "Meridian CU calling", "Northgate Lending here, Mei Lin": the organisation, then
    # "calling" or "here", at the start of the line
    here = _ORG_HERE.match(norm)
    if here is not None:
        org_words = {fold(w) for w in here["org"].split()}
        if org_words & _ORG_KIND_WORDS and not org_words & _NOT_IN_A_LENDER:
            return text[here.start("org") : here.end("org")], here.start("org"), here.end("org")
    alone = _ORG_ALONE.match(text)
    if alone is not None:
        words = [fold(w) for w in alone["org"].split()]
        if (
            words[-1] in _LENDER_KIND_WORDS
            and words[0] not in known_first_names()
            and (alone["caller"] is None or fold(alone["caller"]) in known_first_names())
        ):
            return alone["org"], alone.start("org"), alone.end("org")
    if after_its is not None:
        return text[after_its[0] : after_its[1]], *after_its
    return None


# ("this is Rob Hale calling from Northgate": a person, calling from somewhere)
_CALLING_AFTER = re.compile(r"\s*,?\s+(?:calling|here)\b(?!\s+(?:from|with|on\s+behalf|at)\b)")


def _org_calling(words: list[str], norm: str, end: int) -> bool:
    """Is "it's Capital One calling" an organisation calling: a name of two or more words,
    the first no first name, then "calling" or "here" ("it's Dana Cole calling" is a person)?"""
    return (
        len(words) > 1
        and fold(words[0]) not in known_first_names()
        and _CALLING_AFTER.match(norm, end) is not None
    )


# Words that make a run of words an organisation ("Meridian CU", "Northgate Lending"), and
# words no lender's name holds ("the reason I'm calling")
_LENDER_KIND_WORDS = _GENERIC_LENDER_WORDS - {"the", "of", "and", "&", "team", "office", "group"}
_ORG_KIND_WORDS = _LENDER_KIND_WORDS | _TRADE_WORDS | {"capital"}  # "Kelso Capital here"
_NOT_IN_A_LENDER = frozenset(
    ["i", "i'm", "im", "we", "we're", "you", "reason", "why", "who", "is", "from"]
)


_ORG_HERE = re.compile(
    r"\W*(?:(?:hi|hiya|hello|hey|morning|good\s+\w+|yeah|yes|ok|okay|right|so)\W+)*"
    # ("hi priya its harbourside insurance calling": the name greeted, then who calls)
    r"(?:[a-z]+[\s,]+(?=(?:it's|its|this\s+is)\s))?"
    # ("Mr Amrani? Kelso Capital here, about your overdue credit account.": the debtor asked
    # for, then who calls; corpus 123)
    r"(?:(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\?\s+)?"
    r"(?:(?:this|it)\s+(?:is|one)\s+|it's\s+|its\s+)?(?:(?:uh+|um+|er+|erm)\s+)?"
    # ("Summit Recovery Services, calling for Daniel Reyes")
    # ("Hiya! Kiln & Co Rentals here")
    r"(?P<org>[a-z][\w&'-]*(?:\s+(?:[a-z][\w&'-]*|&)){0,3}?),?\s+(?:calling|here)\b"
)
# "Skyward Ballooning Credit. We need to talk about your overdue account.": the organisation
# said alone, as the call's first words
_ORG_ALONE = re.compile(
    r"\W*(?:(?:Hi|Hiya|Hello|Hey|Morning|Good\s+\w+)\W+)?"
    # ("Sandra. Redstone Lending.": the caller's first name, then the organisation)
    r"(?:(?P<caller>[A-Z][a-z]+)[.,]\s+)?"
    r"(?P<org>[A-Z][\w&'-]*(?:[ \t]+(?:[A-Z][\w&'-]*|&|of)){1,3})(?:[.,!:]\s|[.!]?$)"
)


def _own_words(name: str) -> list[str]:
    """The words of a lender's name that are its own, in order: "Bluewater's Lending" ->
    ["bluewater"] (the kind of lender and the possessive left out)."""
    # ("tri county power" is Tri-County Power & Light)
    words = (fold(w.removesuffix("'s").removesuffix("\u2019s")) for w in re.split(r"[\s-]+", name))
    return [w for w in words if w and w not in _GENERIC_LENDER_WORDS]


def _lender_words(name: str) -> set[str]:
    return set(_own_words(name))


_OF_THE_LOAN = re.compile(
    r"\b(?:your|ur|youre|with|to|owe|owed|paid|pay|under|at|on|for|about|regarding|of|the)\s+$"
)
# "I am from the Harbury City Council", "you're through to Harbury City Council": who calls
_OWN_PLACE_BEFORE = re.compile(r"\b(?:from|here\s+at|through\s+to)\s+(?:the\s+)?$")
# "Northgate loan. January payment. Missed.": whose debt it is, not who calls
_LOAN_OF = re.compile(r"\s+(?:loan|account|payment|balance|bill|debt|says|said)\b")
_COMMON_WORDS = frozenset(
    [
        "student",
        "students",
        "car",
        "auto",
        "motor",
        "personal",
        "home",
        "credit",
        "card",
        "cards",
        "loan",
        "loans",
        "first",
        "national",
        "city",
        "state",
        "united",
        "general",
        "capital",
        "direct",
        "one",
    ]
)


def own_lender_named(norm: str, lender: str) -> tuple[int, int] | None:
    """Where the trainee names their own organisation by its brand, said as who is calling
    ("Copperline Finance.", "it's Summit, about the car loan"), not as where the loan is
    ("your Summit loan", "the loan with Summit", "on the NorthPeak card")."""
    brand = fold(lender.split()[0]) if lender.split() else ""
    if len(brand) < 4 or brand in _COMMON_WORDS or brand in _GENERIC_LENDER_WORDS:
        return None
    own_next = fold(lender.split()[1]) if len(lender.split()) > 1 else ""
    for m in re.finditer(rf"\b{re.escape(brand)}\b", norm):
        if _OF_THE_LOAN.search(norm, max(0, m.start() - 12), m.start()) and not (
            _OWN_PLACE_BEFORE.search(norm, max(0, m.start() - 16), m.start())
        ):
            continue
        after = _LOAN_OF.match(norm, m.end())
        if after is None or after.group().strip() == own_next:
            return m.start(), m.end()
    return None


# The kind of organisation a name says it is: "Redwood Bank" is not Redwood Credit Union, and
# "Summit Finance" is not Summit Lending to the people who answer the phone
_KINDS = {
    "bank": "bank", "banks": "bank", "savings": "bank", "union": "union", "cu": "union",
    "finance": "finance", "financial": "finance", "lending": "lending", "lender": "lending",
    "loans": "lending", "loan": "lending", "credit": "credit",
}  # fmt: skip


def _kinds(name: str) -> set[str]:
    words = [fold(w) for w in name.split()]
    if any(w == "cu" or _typo_of(w, "union", shortest=4) for w in words):
        return {"union", "credit"}  # "credit union" ("credit unoin"), "Moore Credit" for short
    return {_KINDS[w] for w in words if w in _KINDS}


_STUDENT_ACCOUNTS = re.compile(r"\bstudent\s+accounts\b", re.IGNORECASE)


def wrong_lender(said: str, lender: str) -> bool:
    """Names an organisation that is not the record's lender: a distinctive word the lender's
    name lacks ("Sterling Auto Finance" for Sterling Motor Credit, "Capital One" for NorthPeak);
    a short form of the name ("Bradley" for Bradley Bank, "Sterling Motors") is the lender."""
    mine = _lender_words(lender)
    said = _STUDENT_ACCOUNTS.sub("accounts", said)  # a college's department, not its name
    # "Savigns", "Finnace": a mistyped "savings" or "finance" is no distinctive word
    theirs = {
        w
        for w in _lender_words(said)
        if not any(_typo_of(w, g, shortest=4) for g in _GENERIC_LENDER_WORDS)
    }
    if not theirs or not mine:
        return False
    said_kinds, own_kinds = _kinds(said), _kinds(lender)
    if said_kinds and own_kinds and said_kinds.isdisjoint(own_kinds):
        return True  # "Redwood Bank" for Redwood Credit Union: another organisation
    if (
        said_kinds
        and not own_kinds
        and any(not any(_same_word(word, own) for word in theirs) for own in mine)
    ):
        return True  # "Kestrel Finance" for Kestrel Pay: the name's own word made a kind
    # a name's own words run together: "blue water lending" is Bluewater Lending
    # (not "Garnet Hill Credit Union" for Garnet Mill Credit Union, corpus 114: word for word,
    # another word)
    said_words, own_words = _own_words(said), _own_words(lender)
    squashed, own_squashed = "".join(said_words), "".join(own_words)
    if len(said_words) != len(own_words) and _same_word(squashed, own_squashed):
        return False
    if squashed == own_squashed:
        return False
    # ("Riverside Physio" for Riverside Physiotherapy Clinic: a word's everyday short form;
    # not "Harbour Lettings" for Harbourview Lettings, another firm)
    return any(
        not any(_same_word(word, own) or _CLIPPED.get(word) == own for own in mine)
        for word in theirs
    )


# everyday short forms of words in organisations' names
_CLIPPED = {
    "physio": "physiotherapy",
    "vet": "veterinary",
    "vets": "veterinary",
    "uni": "university",
    "auto": "automotive",
    "tech": "technology",
    "ortho": "orthodontics",
    "pharma": "pharmaceuticals",
    "dental": "dentistry",
    "ed": "education",  # ("its lexica ed finance" for Lexica Education Finance)
    "edu": "education",
}


def _same_word(word: str, own: str) -> bool:
    """One word of a lender's name said as another: the same, a slip of the keys, or with an
    ending ("Motors" for Motor); "Harbour" is not Harbourview."""
    short, long_ = sorted((word, own), key=len)
    return (
        (long_.startswith(short) and len(long_) - len(short) <= 2)
        or _typo_of(word, own)
        # "zang bank" for Zhang Bank: one letter (not the first) left out of a name
        or (
            len(short) >= 4
            and len(long_) == len(short) + 1
            and short[0] == long_[0]
            and any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))
        )
    )


_NAME_WORDS = re.compile(r"[^\W\d_]+")
# ", Ms Holmes." / "Julie, ...": a name set off as the one spoken to, not "it's Julie from"
# ("Thanks Dennis, it's Pat from ...", "Hi Dennis, ...": a greeting or thanks before it sets
# it off too)
_SET_OFF_BEFORE = re.compile(
    r"(?:^|[,.!?;:-]\s*|\b(?:mr|mrs|ms|miss|mister|missus|dr)\.?\s+|"
    r"(?:^|[,.!?;:-]\s*)(?:(?:yeah|yes|oh|ok|okay|um|uh|ah|right|so)\s+)?"
    r"(?:hi|hello|hey|hiya|thanks|thank\s+you|cheers|morning|"
    r"good\s+(?:morning|afternoon|evening))\s+)$",
    re.IGNORECASE,
)
_SET_OFF_AFTER = re.compile(r"\s*(?:[,.!?;:-]|$)")


def named_back(text: str, debtor_names: tuple[str, ...], previous: str) -> tuple[int, int] | None:
    """Where the line says back to the debtor a name of theirs that their last line gave, set
    off as the one spoken to ("I'm so sorry to bother you, Ms Holmes." to "Julie Holmes
    speaking."; "Julie, ..."), or None."""
    given = {fold(w) for w in _NAME_WORDS.findall(previous)}
    own = {t for n in debtor_names for t in n.split() if len(t) > 1 and fold(t) in given}
    for token in sorted(own, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w']){re.escape(token)}(?![\w'])", text, re.IGNORECASE):
            if _SET_OFF_BEFORE.search(text, 0, m.start()) and _SET_OFF_AFTER.match(text, m.end()):
                return m.start(), m.end()
    return None
