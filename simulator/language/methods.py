"""Payment methods: how the debtor will pay. The first method named in the line wins."""

from __future__ import annotations

import re

from simulator.language.gate import Found, Match, WordIndex

# Ordered: "bank transfer by card" is odd, but "online bank transfer" should read as a transfer.
METHODS: list[tuple[str, str]] = [
    ("paypal", r"\bpay\s?pals?\b"),
    ("venmo", r"\bvenmo\b"),
    ("zelle", r"\bzelle\b"),
    # ("a money oder is fine", corpus 117)
    ("money_order", r"\bmoney\s+(?:orders?|oders?)\b|\bpostal\s+orders?\b"),
    # "100 on the 27th by SO"; "a stop order from your salary" (South Africa)
    ("standing_order", r"\b(?:standing|standin'?|stop)\s+orde?rs?\b|\bby\s+so\b"),
    (
        "direct_debit",
        # (not "an automatic payment on the same card", corpus 119: the card, charged each time)
        r"\b(?:direct\s+debit|auto[-\s]?pay|automatic\s+(?:payment|debit|withdrawal)s?"
        r"(?!\s+(?:on|with|from|using|to)\s+(?:the|your|ur)\s+(?:same\s+)?(?:\w+\s+)?card)|"
        r"recurring\s+payment|ach\s+(?:debit|payment)|by\s+dd|dd(?!\s*/)|debit\s+orders?|"
        r"debited\s+automatically|automatically\s+debited|debit\s+automatic)\b",
    ),
    (
        "transfer",
        r"\b(?:(?:online\s+)?bank\s+(?:transfer|tranfs?er|transfr|trasnfer|tansfer|tranfser|transefr)|online\s+transfer|wire(?:\s+transfer)?|wired|e-transfer|etransfer|bacs|"
        r"transfer(?!\s+you\b)(?:\s+(?:it|the\s+money|the\s+funds|funds))?|electronic\s+transfer|"
        # ("two transfers of $371.07"; not "transfers between accounts are usually instant")
        r"(?:two|three|four|[2-9]|weekly|monthly|fortnightly)\s+transfers|"
        r"tranfs?er|transfr|trasnfer|tansfer|tranfser|transefr|eft|paynow|"
        # "The routing and account number is on back side of your bill"
        r"routing\s+(?:and|&|n)\s+account\s+numbers?)\b",
    ),
    (
        "card",
        # ("can you do it by debit crad insted?": typed fast)
        r"\b(?:debit|credit|bank)\s+(?:card|crad|cadr)\b|\b(?:by|with|w|on|onto|off|using|over\s+the\s+phone\s+with)"
        r"\s+(?:a\s+|your\s+|ur\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?(?:new\s+|other\s+|same\s+)?card\b|"
        r"\bcard\s+(?:payment|number|details|on\s+file|ending)\b|"
        # "have you got the new card yet? you could pay over the phone with it"
        r"\b(?:the|your|ur)\s+(?:new|replacement)\s+card\b|"
        # ("you can pay over the phone with me instead, got your card handy?", corpus 110)
        r"\b(?:the|your|ur)\s+card\s+(?:handy|ready|to\s+hand|on\s+you|with\s+you|nearby)\b|"
        r"\b(?:visa|mastercard|amex|eftpos)\b|"
        # ("Of course, we accept all major cards.", "if you've got a different card?": corpus 115)
        r"\b(?:accept|take)\s+(?:all\s+)?(?:the\s+)?(?:major\s+)?(?:credit\s+and\s+debit\s+|debit\s+and\s+credit\s+)?"
        r"cards\b|\b(?:a|another)\s+(?:different|other|second)\s+card\b|"
        # ("yep credit or debit both fine": either card)
        r"\b(?:credit\s+or\s+debit|debit\s+or\s+credit)(?:\s+cards?)?\b",
    ),
    (
        "online",
        # "an online bank", "one of the online ones": a kind of bank, not how to pay ("an online
        # transfer" is a transfer)
        r"\b(?:online(?!\s+(?:bank|banks|ones?|reviews?|shop|store|transfers?)\b)|onlien|onine|"
        r"on\s+the\s+(?:app|website|web\s*site|portal)|(?:our|the|mobile|banking)\s+"
        r"app|(?:customer|payment|online|members?|membr|account|student|patient|tenant)\s+portal|"
        # ("yep portal works, just log in n pay there": the payment portal, named alone)
        r"(?:the|your|ur|our)\s+portal|portal(?=\s+(?:works|is\s+fine|is\s+ok|'s\s+fine))|"
        r"log\s*(?:in|on)\s+(?:and|n|&)\s+pay|"
        # "So $187.70 today through the link": the payment link sent
        r"(?:through|thru|via|using|on|with)\s+(?:the|that|this|our)\s+(?:payment\s+)?link|payment\s+link|"
        # ("yep i can text u the link now, tonight is fine")
        # (not "send you a link to set up a direct debit, so future payments go out": the
        # arrangement's paperwork, play-test 251)
        r"(?:text|send|email|txt)\s+(?:you|u|ya)\s+(?:the|a)\s+link(?!\s+(?:to|for)\s+(?:set(?:ting)?\s+up\s+)?"
        r"(?:a\s+|the\s+|your\s+|ur\s+)?(?:new\s+)?(?:direct\s+debit|dd|standing\s+order|auto-?pay|mandate))|"
        r"website|web\s*site|"
        r"internet\s+banking|online\s+banking|net\s*banking(?!\s+transfer)|(?:in|through|thru|via|using)\s+(?:the|your|ur|our)\s+"
        # ("by card from your phone" is a card)
        r"(?:\w+\s+)?app|(?<!card\s)from\s+your\s+(?:phone|mobile)|"
        # "Just go to cedarvalleycu.org, log in, and click 'Make a Payment'"
        r"(?:go\s+to|visit|on|at)\s+(?:www\.)?[a-z0-9-]+\.(?:com|org|net|co\.uk|org\.uk|ca|com\.au)|"
        # "redlinemoto.com, Make a Payment.", "my.unihaus.co.uk, Payments tab": the site to pay on
        r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|org\.uk|ca|com\.au)"
        r"(?=[\s,/:-]+(?:and\s+|then\s+)?(?:click\s+|go\s+to\s+|hit\s+)?(?:make\s+a\s+payment|payments?|pay)\b|"
        # "It's crystalclearwindows.co.uk, there's a little 'pay invoice' button at the top"
        r"[^.?!]{0,40}\b(?:pay|payment)\b[^.?!]{0,20}\b(?:button|tab|link|page)\b))\b",
    ),
    (
        "branch",
        r"\b(?:in\s+person|at\s+(?:a|the|any|your\s+local|our)\s+(?:\w+\s+)?branch|branch(?:es)?|"
        r"(?:over|at)\s+the\s+counter|at\s+the\s+bank|"
        # "Saturday in store is fine", "at our office on Marsh Road": the lender's own counter
        # (not the store card; "the car's been in the shop" is at the mechanic's)
        # ("the full $154.90 at a Kestrel store", corpus 117)
        r"in\s+(?:the\s+|our\s+|a\s+|any\s+)?(?:\w+\s+)?store(?!\s+card)|"
        r"at\s+(?:our|a|any|one\s+of\s+our)\s+(?:\w+\s+)?stores?(?!\s+card)|at\s+our\s+office|"
        # ("You pay with card or in shop?", corpus 119; not "the car's been in the shop")
        r"in\s+(?:our\s+|any\s+|one\s+of\s+our\s+)?shops?)\b",
    ),
    (
        "cheque",
        r"\bcheques?\b|\bcheq(?:eu|e|u)s?\b|\b(?:by|a|with|via|send|mail|post|write)\s+(?:a\s+|us\s+a\s+)?checks?\b|"
        r"\b(?:personal|cashier's|bank)\s+checks?\b|"
        # ("please make it payable to Finetooth Finance and write your account number on the
        # back": the cheque, made out)
        r"\b(?:make|made|write|written)\s+(?:it\s+|them\s+)?(?:out\s+)?payable\s+to\b|"
        # ("Please make it out to Lodestone Lending and post it", corpus 112)
        r"\b(?:make|made|write|written)\s+(?:it|them)\s+out\s+to\b",
    ),
    ("cash", r"\bcash\b"),
]


FAMILY = "method"
INDEX_PATTERNS = [(FAMILY, i, pattern, 0) for i, (_name, pattern) in enumerate(METHODS)]
_OWN_INDEX: list[WordIndex] = []


def find_method(
    norm: str, matches: Found | None = None, keep_told_of: bool = False
) -> tuple[str, int, int] | None:
    """(method, start, end) of the first payment method named in the line; of two methods
    named at the same place the earlier entry in METHODS wins."""
    found = find_methods(norm, matches, keep_told_of)
    return found[0] if found else None


def find_methods(
    norm: str, matches: Found | None = None, keep_told_of: bool = False
) -> list[tuple[str, int, int]]:
    """Every payment method named in the line, in order (find_method's rule for each).
    `keep_told_of`: a standing arrangement told of ("my direct debit bounced") is named too,
    as the debtor's own words are read; a trainee's line names it as no way to pay."""
    if matches is None:
        if not _OWN_INDEX:
            _OWN_INDEX.append(WordIndex(INDEX_PATTERNS, ordered=(FAMILY,)))
        matches = _OWN_INDEX[0].scan_line(norm)[FAMILY]
    if not matches:
        return []
    found: list[tuple[str, int, int]] = []
    for index, m in sorted(((key, m) for _i, key, m in matches), key=_place):
        if METHODS[index][0] == "card" and _is_the_product(norm, m):
            continue
        if METHODS[index][0] == "cash" and _is_money(norm, m):
            continue
        if METHODS[index][0] == "cheque" and is_their_pay(norm, m.start()):
            continue
        if (
            METHODS[index][0] == "cheque"
            and m.group().endswith("out to")
            and any(f[0] == "money_order" for f in found)
        ):
            continue  # ("we accept money orders so make it out to ..."): the order, made out
        if (
            METHODS[index][0] == "online"
            and _SET_UP.search(norm, max(0, m.start() - 40), m.start())
            # ("could you set it up online friday afternoon?", corpus 112: a payment set for a
            # day)
            and not _DAY_AFTER.match(norm, m.end())
        ):
            continue
        if (
            not keep_told_of
            and METHODS[index][0] in SET_UP_WAYS
            and _ARRANGEMENT_TOLD_OF.match(norm, m.end())
        ):
            # "the direct debit probably still points at the old account", "the dd is your job
            # to update not ours": the arrangement told of, not a way to pay this time
            # (play-tests 131 and 132)
            continue
        if (
            METHODS[index][0] in SET_UP_WAYS
            and (
                _SET_UP_BEFORE.search(norm, max(0, m.start() - 30), m.start())
                # "to set the direct debit up again"
                or (
                    _SET_BEFORE.search(norm, max(0, m.start() - 30), m.start())
                    and _UP_AFTER.match(norm, m.end())
                )
            )
            and _THIS_ONE_OTHERWISE.search(norm)
        ):
            continue  # "you need to set up the new direct debit and pay this one manually"
        if (
            METHODS[index][0] in SET_UP_WAYS
            and _AS_FOR_BEFORE.search(norm, max(0, m.start() - 24), m.start())
            and _ITS_DETAILS_AFTER.search(norm, m.end())
        ):
            # "And for the direct debit, could you send us the new bank details, or would you
            # prefer to set that up online?" (play-test 246): the arrangement for the months
            # to come, taken in hand, not a new way to pay this one
            continue
        if _PROOF_AFTER.match(norm, m.end()):
            # "could you ask Northgate for a transfer confirmation and send it to us?" (play-
            # test 212): the proof of a payment made, not a way to pay
            continue
        if found and m.start() < found[-1][2]:
            continue  # "online bank transfer": one method, read once
        if METHODS[index][0] == "cheque" and found and "payable" in m.group():
            # ("A money order is acceptable, made payable to Escapement Finance": the way
            # named before, made out)
            continue
        name = METHODS[index][0]
        if (
            name == "online"
            and found
            and found[-1][0] == "card"
            and _CARD_WHERE.fullmatch(norm, found[-1][2], m.start())
        ):
            # "by card in the app", "with card on our app": a card payment made online, the
            # way the app (or the website) takes it
            found[-1] = (name, found[-1][1], m.end())
            continue
        if (
            found
            and found[-1][0] == name
            and (
                not norm[found[-1][2] : m.start()].strip()
                # ("over the counter at our high street branch", corpus 111)
                or _AT_THE_PLACE.fullmatch(norm, found[-1][2], m.start()) is not None
            )
        ):
            found[-1] = (name, found[-1][1], m.end())  # "over the counter at any branch": one
            continue
        found.append((name, m.start(), m.end()))
    for k in range(len(found) - 1, 0, -1):
        (before, start, end), (name, at, until) = found[k - 1], found[k]
        if (
            before == "cash"
            and name == "branch"
            # ("any stave & hoop branch, cash is fine at the counter", corpus 103: the counter
            # of the branch named before)
            and ("branch" in norm[at:until] or (k > 1 and found[k - 2][0] == "branch"))
            and _CASH_WHERE.fullmatch(norm, end, at)
        ):
            # "cash over the counter at any Tailwind branch", "cash at any of our branches":
            # paid in at a branch (as the corpora's writers read it), the cash how it is handed
            # ("we cant take cash down the phone, you'd have to pop into a branch": the branch
            # runs from the going in, so the cash turned down does not turn it down too)
            going = GOING_IN.search(norm, end, at)
            found[k - 1 : k + 1] = [(name, start if going is None else going.start(), until)]
    if len(found) > 1:
        # "I'll send you the autopay form by email. so just to recap: $359 online by friday":
        # the arrangement's paperwork, with another way named for this payment (play-test 128)
        found = [
            f for f in found if not (f[0] in SET_UP_WAYS and PAPERWORK.match(norm, f[2]))
        ] or found
    return found


# the words that name a way to pay only in context ("card or transfer?", "Card is fine.")
# ("bank" only in a pair asked between: "card or bank?")
BARE_WAYS = {
    "card": "card",
    "cheque": "cheque",
    "check": "cheque",
    "app": "online",
    "bank": "transfer",
}
# a standing arrangement to set up: not how this payment is made
SET_UP_WAYS = frozenset({"direct_debit", "standing_order"})
_SET_UP_BEFORE = re.compile(
    r"\b(?:set(?:ting)?|setup)\s+up\s+(?:a|the|your|ur|a\s+new|the\s+new|your\s+new)?\s*(?:new\s+)?$|"
    # "you need to change the direct debit to new bank, so next month is ok" (play-test 138)
    r"\b(?:chang|updat|mov|switch)(?:e|es|ed|ing)?\s+(?:over\s+)?(?:a|the|your|ur)\s+(?:new\s+)?$"
)
_ARRANGEMENT_TOLD_OF = re.compile(
    # ("so the direct debit basically died with the old account")
    r"\s+(?:(?:probably|must|might|may|obviously|clearly|basically|just|simply)\s+)?"
    r"(?:(?:is|was|has|'s)\s+)?(?:died|lapsed|vanished|stopped\b|got\s+lost\b|"
    r"still\b|(?:not|n't)\b|no\s+longer\b|didn't|did\s+not|doesn't|does\s+not|hasn't|has\s+not|"
    r"won't|will\s+not|isn't|wasn't|never\b|points?\b|pointed\b|went\s+to\b|bounced|failed|"
    # ("the direct debit probably stayed on the old account", play-test 134)
    r"stay(?:ed|s)\s+(?:on|with)\b|"
    r"cancell?ed|needs?\s+(?:updating|to\s+be\s+updated|changing|fixing)|"
    r"(?:your|ur|our)\s+(?:job|responsibility)\b)"
)
_SET_BEFORE = re.compile(r"\b(?:set(?:ting)?|get(?:ting)?)\s+(?:a|the|your|ur)\s+(?:new\s+)?$")
_UP_AFTER = re.compile(r"\s+(?:back\s+)?up\b")
# ... "and pay this one manually": this payment made another way than the one set up
# (or the arrangement for the payments to come: "the form to set up the direct debit on your
# new account so this doesnt happen again next month?"; not "Would you like to set up automatic
# payments so it doesn't happen again?", which offers the way)
_THIS_ONE_OTHERWISE = re.compile(
    r"\bmanually\b|\b(?:pay|paying)\s+this\s+(?:one|payment|month'?s?)\b|"
    r"\b(?:next\s+month|for\s+the\s+future|from\s+now\s+on|going\s+forward|future\s+(?:ones|payments))\b|"
    # "We'll need the new bank details to set the direct debit up again. In the meantime,
    # would you be able to pay the $433.82 ...?" (play-test 130)
    r"\b(?:in\s+the\s+meantime|meanwhile|until\s+then|till\s+then)\b"
)
_AS_FOR_BEFORE = re.compile(r"\b(?:for|about|regarding|re|with)\s+(?:the|your|ur)\s+(?:new\s+)?$")
_ITS_DETAILS_AFTER = re.compile(
    r"\b(?:bank|account)\s+details\b|\bset\s+(?:it|that|this)\s+up\b|\bnew\s+(?:bank|account)\b"
)
# what is filled in to set a standing arrangement up ("the direct debit form", "a dd mandate")
PAPERWORK = re.compile(r"\s+(?:forms?|mandates?|paperwork|instructions?|link)\b")
# ("Card over the app", "by card through the app": play-test 155)
_PROOF_AFTER = re.compile(r"\s+(?:confirmation|receipt|proof|screenshot)s?\b")
# going in to pay: "pop into", "go down to" (a branch, named next)
# ("you can just take it into any reelpoint branch", corpus 104: the cash taken in)
_GOING_IN = (
    r"\b(?:(?:pop|go|come|drop|head|walk)\s+(?:in\s*to|into|in\s+at|down\s+to|to)|"
    r"(?:take|bring)\s+it\s+(?:in\s*to|into|down\s+to))"
)
_AT_THE_PLACE = re.compile(r"\s+(?:at|in)\s+(?:any|the|a|your|ur|our|one)\b[^.?!,;]{0,30}?\s*")
_CASH_WHERE = re.compile(
    # ("yep cash is fine at any warp and weft branch", corpus 101)
    # ("ye can pay cash in at ony branch", "any stave & hoop branch, cash is fine at the
    # counter": corpus 103)
    r"\s+(?:in\s+)?(?:(?:is|'s)\s+(?:fine|ok|okay|good|great|welcome)\s*)?(?:(?:over\s+the\s+counter\s+)?"
    r"(?:at|in|into)\s+(?:any|the|a|your|ur|our|one)\b[^.?!,;]{0,30}?\s*)?|"
    # ("cash is fine, you'd just need to pop into one of our branches", corpus 99)
    r"[^.?!]{0,40}?" + _GOING_IN + r"\s+(?:any|the|a|your|ur|our|one)\b[^.?!,;]{0,30}?\s*"
)
GOING_IN = re.compile(_GOING_IN + r"\b")
_CARD_WHERE = re.compile(
    r"\s+(?:(?:in|on|over|through|thru|via|using|with|from)\s+(?:the\s+|our\s+|your\s+|ur\s+)?)?"
)


def products(norm: str, matches: Found) -> list[tuple[int, int]]:
    """Where the line names the card being collected on ("your credit card", "you owe 418.36
    on your card"): find_methods skips these, and no bare "card" in them is a way to pay."""
    return [
        m.span() for _i, key, m in matches if METHODS[key][0] == "card" and _is_the_product(norm, m)
    ]


def _place(found: tuple[int, Match]) -> tuple[int, int]:
    return found[1].start(), found[0]


# "your credit card" and "the credit card balance" name the loan being collected, not how the
# debtor will pay; "by credit card", "with your credit card" and "a credit card payment" do.
# "your NorthPeak credit card": the lender's name may stand between
# ("your Fowler Finance credit card": the lender's name between)
_PRODUCT_BEFORE = re.compile(
    r"\b(?:your|ur|my|the|this|that|his|her|their|our|two|other)\s+(?:[a-z]+\s+){0,3}$"
)
_PRODUCT_AFTER = re.compile(
    # ("part of the card agreement", "your card terms": the account's terms, not a way to pay)
    r"\s*(?:account|balance|bill|debt|statement|company|limit|loan|provider|issuer|arrears|"
    r"agreement|terms|contract)s?\b"
)
_METHOD_LEAD = re.compile(
    r"\b(?:by|with|using|via|through|over\s+the\s+phone\s+with|(?:put|pay|paying|charge)"
    r"\s+(?:it\s+|this\s+|that\s+)?(?:on|to))\s+(?:a\s+|your\s+|the\s+|my\s+)?$"
)


# "or would you prefer to set it up yourself online?" (the direct debit): where it is set up,
# not how this payment is made
_SET_UP = re.compile(
    r"\bset(?:ting)?\s+(?:it|that|this|them|one|(?:the|a|your|ur)\s+(?:new\s+)?(?:direct\s+debit|"
    r"dd|standing\s+order|auto-?pay|mandate))\s+up\s+(?:again\s+)?(?:yourself\s+|urself\s+)?$"
)


_DAY_AFTER = re.compile(
    r"\s+(?:on\s+|by\s+|for\s+)?(?:the\s+\d|today|tonight|tomorrow|mon|tue|wed|thu|fri|sat|sun|"
    r"this\s+(?:week|afternoon|evening)|next\s+\w+)"
)
# "ya got the cash in the account for that?", "short of cash": money, not a way to pay it
_MONEY_BEFORE = re.compile(r"\b(?:the|that|some|any|enough|spare|of|no|extra)\s+$")
_MONEY_AFTER = re.compile(r"\s+(?:in\s+(?:the|your|ur|my)\s+(?:account|bank)|flow|strapped|back)\b")


# ("could you bring the cash in Monday?": the money brought is the way)
_CASH_BROUGHT = re.compile(r"\b(?:bring|drop|hand|deposit|pay)\s+(?:in\s+)?the\s+$")


# "the whole cheque", "your next pay cheque", "the weekly check": the debtor's wage
_PAY_CHEQUE_BEFORE = re.compile(
    r"\b(?:whole|entire|next|pay|weekly|fortnightly|monthly|wage|salary|benefit|benefits)\s+$"
)


def is_their_pay(norm: str, at: int) -> bool:
    """Is the cheque at `at` the debtor's wage ("That way we're not taking the whole cheque.",
    play-test 246), not a way to pay?"""
    return _PAY_CHEQUE_BEFORE.search(norm, max(0, at - 16), at) is not None


def _is_money(norm: str, m: Match) -> bool:
    before = max(0, m.start() - 16)
    return (
        _MONEY_BEFORE.search(norm, before, m.start()) is not None
        and _CASH_BROUGHT.search(norm, before, m.start()) is None
    ) or _MONEY_AFTER.match(norm, m.end()) is not None


# "your card payment's overdue": the card being collected on, not how to pay
_PAYMENT_LATE = re.compile(
    r"(?:'s|\s+is|\s+was|\s+has|\s+hasn't|\s+didn't|\s+bounced|\s+failed)\s*(?:\w+\s+)?"
    r"(?:overdue|late|missed|behind|due|gone|bounced|failed|come|been)\b"
)

_OWNED = re.compile(r"\b(?:your|ur|the|my)\s+$")
# "your card payment from the 23rd ... didn't come in": the payment that was missed
_FROM_A_DAY = re.compile(
    r"\s+from\s+(?:the\s+)?(?:\d|last\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# (not "you owe 300, can you put that on your card?": a clause of its own puts it there)
_OWED_ON = re.compile(
    r"\b(?:owe|owed|owing|overdue|outstanding|behind)\b(?:[^.?!,;]|\.\d){0,30}"
    r"(?<!put\s)(?<!pay\s)(?<!it\s)(?<!that\s)(?<!this\s)$"
)


# "the last four numbers of your bank card": the card named to check who they are
# "can u not borrow the rest off someone? family, credit card, whatever" (play-test 275)
_BORROWED_BEFORE = re.compile(r"\b(?:borrow|borrowing|lend|loan\s+you)\b[^.!]*$")
_DIGITS_OF = re.compile(r"\blast\s+(?:4|four)\s+(?:\w+\s+)?of\s+(?:your|ur|the)\s+(?:\w+\s+)?$")


def _is_the_product(norm: str, m: Match) -> bool:
    if _DIGITS_OF.search(norm, max(0, m.start() - 40), m.start()):
        return True
    if m.group().startswith("card payment"):
        before = norm[max(0, m.start() - 12) : m.start()]
        return bool(_OWNED.search(before)) and bool(
            _PAYMENT_LATE.match(norm, m.end()) or _FROM_A_DAY.match(norm, m.end())
        )
    if m.group().startswith("on "):
        # "you owe Tidewater 418.36 on your card": the account the debt is on
        return _OWED_ON.search(norm, max(0, m.start() - 40), m.start()) is not None
    if not m.group().startswith("credit"):
        return False
    before = norm[max(0, m.start() - 40) : m.start()]
    if _METHOD_LEAD.search(before):
        return False
    if _BORROWED_BEFORE.search(norm, max(0, m.start() - 60), m.start()):
        return True  # a place to borrow the money from, not how it is paid
    return bool(_PRODUCT_BEFORE.search(before) or _PRODUCT_AFTER.match(norm, m.end()))
