"""The phrase lexicon of collection calls: what each act sounds like, and the risky language.

Each entry is a cue name, the act it signals (or None for a plain cue), its alternative
patterns and whether it is negatable. A negatable cue inside a negation ("I won't report you",
"nobody will arrest you") does not count as the act; it is kept as a `negated_<cue>` cue so the
scorer can still see it. Patterns are lowercase and run against the normalised line (lowercased,
straight apostrophes). One alternative per line: each is pre-checked on its own (see gate.py).
"""

from __future__ import annotations

from simulator.language.text import FILLER
from simulator.language.types import Act

A = Act
PAY_VERB = r"(?:pay|make|send|settle|clear|transfer|cover|put\s+down|bring|catch\s+up|wire|deposit)"
BALANCE = (
    r"(?:balance|payment|instal?l?ment|arrears|amount|debt|bill|loan|account|money|sum|"
    r"what\s+you\s+owe|it|that|this)"
)

Entry = tuple[str, Act | None, tuple[str, ...], bool]


# "Harvey Bank, car loan. Am I talking to Rebecca Perkins?": the lender, then the loan; the
# purpose said in two words
# "and how much is it, the pay?": what the debtor's pay comes to, asked (a payday topic, and
# no second demand for the payment)
INCOME_ASKED = (
    r"\bhow\s+much\s+(?:is|'s|was)\s+(?:it,?\s+|that,?\s+)?(?:the|your|ur)\s+(?:\w+\s+)?"
    r"(?:pay|wages?|salary|pay\s?(?:check|cheque|packet)|income)\b|"
    # ("How much are those cafe shifts actually bringing in a week?", play-test 232)
    r"\bhow\s+much\s+(?:are|is|'s)\s+(?!(?:you|u)\b)(?:\w+\s+){1,4}?bringing\s+in\b"
)
# a yes or no asked without a "?": "got proof or not", "you paying or what" (play-test 175)
OR_NOT_ASKED = r"\bor\s+(?:not|what|nah)\W*$"
# "what's stopping you?", "whats making it hard to pay right now?", "What would stop you
# paying this week?" (corpus 113): what stands in the way asked; the reason, not a payment
OBSTACLE_ASKED = (
    r"\bwhat(?:'s|s|\s+is)\s+(?:stopping|preventing|keeping|holding)\s+you\b|"
    r"\bwhat(?:'s|s|\s+is)\s+making\s+it\s+(?:so\s+)?(?:hard|difficult|tough|tricky)\b|"
    r"\bwhat\s+(?:would|might|could)\s+(?:stop|prevent|keep)\s+(?:you|u)\b"
)
# "the right number for the account holder", "the correct number for Tina Brown": whoever
# answered asked whether the person wanted is at this number (not "the right number for you")
NUMBER_FOR_SOMEONE = (
    r"\b(?:right|correct)\s+(?:phone\s+|mobile\s+|contact\s+)?(?:number|line)\s+(?:for|to\s+reach)\s+"
    r"(?!(?:you|u|yourself|ya|later|now|today|texts?|calls?|messages?|the\s+future|future)\b)[a-z]"
)
# "you're paying again, got it?", "you'll pay it twice": the money asked for a second time
PAYING_AGAIN = (
    r"\b(?:you're|you\s+are|youre|ur|u\s+r|you'll|you\s+will|u\s+will)\s+(?:gonna\s+|going\s+to\s+)?"
    r"(?:pay|paying)\s+(?:it\s+|that\s+|the\s+[\w$£€.,]+\s+)?(?:again|twice)\b|"
    # ("would you mind, just to be safe, paying it again and we'd refund the other one?",
    # play-test 223)
    r"\b(?:would|do)\s+(?:you|u)\s+mind\b[^.?!]{0,30}?\bpaying\s+(?:it\s+|that\s+|the\s+[\w$£€.,]+\s+)?"
    r"(?:again|twice)\b"
)
# "Are you paying or not?", "r u gonna pay it or what": asked outright, however the line opens
PAYING_OR_NOT = (
    r"\b(?:are|r)\s+(?:you|u)\s+(?:gonna\s+|going\s+to\s+)?pay(?:ing)?\s+(?:(?:it|this|that|us|me|"
    r"the\s+[\w$£€.,]+)\s+)?(?:or\s+not|or\s+what|yes\s+or\s+no)\b"
)
# "cool cool, hows work going these days" (corpus 105): their work asked after
WORK_GOING_ASKED = (
    r"\bhow(?:'s|s|\s+is)\s+(?:the\s+|your\s+|ur\s+)?(?:work|job|job\s+hunt|job\s+search|new\s+job)\s+"
    r"going\b"
)
# "Fair question. ... Is there something that's stopped the payments going through?" (play-test
# 233): what stopped them, asked gently
STOPPED_ASKED = (
    r"\bis\s+there\s+(?:something|anything)\s+(?:that's|that\s+has|that)\s+"
    r"(?:stopped|prevented|kept)\b"
)
# "so what are we doing about the 1264?", "what's the lowest you can actually do": what the
# debtor will pay, asked bluntly (each opened past a common word, on a rarer one)
WHAT_ABOUT_IT = (
    r"\b(?:(?<=\bwhat\sare\swe\s)|(?<=\bwhat\sare\syou\s)|(?<=\bwhat\sr\su\s)|"
    r"(?<=\bwhat're\swe\s)|(?<=\bwhat\sare\su\s))(?:doing|gonna\s+do|going\s+to\s+do)\s+"
    r"about\s+(?:the|this|that|it|your|ur)\b"
)
LOWEST_YOU_CAN = (
    r"(?<=\bthe\s)(?:lowest|least|most|minimum|maximum|max|best)\s+(?:(?:amount|sum|figure)\s+)?"
    r"(?:that\s+)?(?:you|u)\s+(?:can|could|would\s+be\s+able\s+to)\s+(?:\w+\s+)?(?:do|pay|manage|"
    r"afford|offer|put\s+(?:down|towards))\b"
)
LENDER_THEN_LOAN = (
    r"^\W*(?:[\w'&-]+\s+){1,3}(?:bank|finance|credit\s+union|lending|loans|financial)\s*[,:-]+\s*"
    r"(?:re\s*:?\s*|about\s+)?(?:your\s+|ur\s+|the\s+)?(?:car|auto|student|personal|home|vehicle)\s+loan\b"
)
# what a lender takes back: the car, or whatever else the loan bought
_GOODS = (
    r"(?:car|vehicle|collateral|truck|van|tractor|caravan|camera|equipment|boat|motorbike|bike|goods|"
    r"panels|system|piano|jet\s*ski|laptop|fryer|griddle|moped|scooter|hot\s*tub)"
)
# "hurt your credit": a consequence, not violence
_NOT_CREDIT = r"(?!\s+(?:credit|score|rating|record|file|finances|chances|standing|history)\b)"


def entry(name: str, act: Act | None, *alternatives: str, negatable: bool = False) -> Entry:
    """One cue: its alternatives are matched (and pre-checked) one by one."""
    return (name, act, alternatives, negatable)


# The security questions, asked in any words: read as an identity check, and as what the
# debtor is asked (the debtor answers them from the record).
_DATE_OF_BIRTH = r"date\s+of\s+birth(?:day)?|dob|birth\s*date"
_POSTCODE = r"post\s*code|zip\s+code"
_FIRST_LINE = r"(?:(?<=\bfirst\s)|(?<=\b1st\s))line\s+of\s+(?:your\s+|the\s+|ur\s+)?address"
# the debtor's name asked for: "your full name please?", "may I take your name for the record?"
# ("the loan in your name" asks nothing)
# ("and ur surname?", "your last name for me": the name whole is the answer)
_YOUR_NAME = (
    r"(?:your|ur)\s+(?:full\s+|first\s+and\s+last\s+|legal\s+|whole\s+|complete\s+|last\s+|family\s+|"
    r"second\s+|sur\s?)?name\b"
)
# What follows an oath said in sympathy, not at the debtor: "bloody hell, you alright?"
_COMMISERATING = (
    r"[,!.]*\s+(?:(?:are\s+)?(?:you|u)\s+(?:ok|okay|alright|all\s+right)|is\s+every(?:one|body)|"
    r"that'?s|thats|sorry|i'?m\s+sorry|what\s+a|nobody|no\s+one)\b"
)
# A sum demanded in so many words: "'Something small' isn't a number. Give me a number." (the
# engine asks it too, to open a sum put before)
NUMBER_ASKED = (
    r"\b(?:give|tell|gimme)\s+me\s+(?:a|an|the|some|one|ur|your)\s+(?:real\s+|actual\s+|proper\s+)?"
    r"(?:number|figure|amount|sum)\b"
)
_NAME_ASKED = (
    r"\b(?:what(?:'s|s|\s+is)|(?:may|can|could)\s+i\s+(?:please\s+)?(?:have|take|get|know|ask)|"
    rf"confirm|check|verify|tell\s+me|give\s+me|need|just|and)\s+(?:me\s+)?{_YOUR_NAME}",
    rf"(?<!\bin\s)(?<!\bunder\s)(?<!\bon\s)\b{_YOUR_NAME}\s*,?\s*(?:please|pls|plz|for\s+(?:the|our|my)\s+records?|for\s+security)\b",
    # "confirm name and dob pls", "full name too", "i asked ur FULL NAME"
    r"\b(?:confirm|need|asked(?:\s+for)?|verify)\s+(?:(?:the|ur|your)\s+)?(?:full\s+)?name\b",
    r"\bfull\s+name\s+(?:too|as\s+well|also|first)\b",
)

ENTRIES: list[Entry] = [
    # --- opening -----------------------------------------------------------------------------
    entry(
        "greeting",
        A.GREET,
        # ("goodmorning mr yilmaz?", corpus 105: typed as one word)
        r"^\W*(?:hi+|hello+|hey+|hiya|good\s*(?:morning|afternoon|evening)|greetings)\b",
        # after a filler or two, and as people type them: "um hi, sorry", "helo", "Morning,"
        r"^\W*(?:(?:um+|uh+|er+m?|oh|ah|sorry|yes|yeah|yep|so|ok|okay|right|well)\W+){0,3}(?:h-?hi+|h-?hello|hello|helo|hallo|hullo|he+y+|hiya|heya|howdy|yo|sup|wagwan|wassup|mornin'?g?|afternoon|evening|g'day|gud\s+(?:morning|afternoon|evening)|good\s+(?:morning|afternoon|evening|day)|sawubona|hola|bonjour|salaam|namaste)\b",
        # after the name they asked for: "Mateo! Hi!", "Tariq? Brilliant, hi!"
        r"^\W*(?!(?:say|said|says)\b)(?:[a-z][\w'-]*\W+){1,2}(?:hi|hello|hey|hiya)\b(?!\s+to\b)",
    ),
    entry(
        "how_are_you",
        A.GREET,
        # not "how are you paying the first 206?", "how are you coping?"
        # ("how are you both managing?", corpus 104: how they are coping, asked)
        r"\bhow\s+are\s+you(?!\s+(?:(?:both|two|all)\s+)?(?:paying|going|planning|getting|managing|sending|able|finding|coping|doing\s+(?:it|that|this|the|with)))(?:\s+(?:today|doing))?\b",
        # ("hows the week treating you", corpus 114)
        r"\bhow'?s\s+(?:your|ur)\s+(?:\w+\s+){1,2}(?:going|treating\s+you)\b|"
        r"\bhow'?s\s+the\s+(?:day|week|weekend|morning|afternoon|world)\s+treating\s+(?:you|u|ya)\b",
        r"\bhow's\s+it\s+going\b",
        # "thanks tomas! hows things?", "hows everything going with you mateo" (corpus 113; not
        # "how's things with the dealer?", which asks after the dispute)
        r"\bhow(?:'s|s|\s+are|\s+is)\s+(?:things|everything|life)(?:\s+going)?(?:\s+with\s+(?:you|u|ya))?"
        r"(?:\s+(?:today|mate|man|[a-z]+))?\s*(?:[?!.]|$)",
        r"\bhow\s+(?:you|ya|u)\s+doing\b",
        r"\b(?:you|u)\s+good\s*\?",
    ),
    entry(
        "identify_self",
        A.IDENTIFY_SELF,
        r"\b(?:this\s+is|my\s+name\s+is|i\s+am|i'm|it's)\s+(?!calling\b|sorry\b|afraid\b|not\b|just\b|sure\b|going\b|here\b|trying\b|sick\b|tired\b|fed\b|done\b|happy\b|glad\b|being\b|new\b|actually\b|also\b|still\b|really\b|only\b|so\b|very\b|busy\b|looking\b|working\b|good\b|fine\b|about\b|a\b|an\b)[a-z]+(?:\s+[a-z]+)?\s+(?:from|with|at|calling\s+(?:from|on\s+behalf\s+of))\s+(?:the\s+)?[a-z][\w&'-]*"
        # (the lender's name whole, for the debrief's quote: "This is Sam from Pena Finance")
        r"(?:\s+(?!(?:calling|about|regarding|re|and|to|for|here|on|in|i|we|just|with)\b)[a-z][\w&'-]*){0,2}",
    ),
    entry(
        "identify_self",
        A.IDENTIFY_SELF,
        r"\bmy\s+name\s+is\s+\w+",
        # "Hi, is Kathleen around? It's Rachel calling.": a first name, no company
        r"\b(?:this\s+is|it's|it\s+is)\s+(?!(?:the|a|an|me|just|only|not|nobody|someone|about|why|"
        r"what|who|you|your|he|she|they|we)\b)[a-z]+\s+calling\b",
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+calling\s+(?:from|on\s+behalf\s+of)\b",
        r"\bcalling\s+on\s+behalf\s+of\b",
        # "Could you ask her to give Priya a ring back on 1-800-555-0142?": the caller's own name,
        # left for the callback
        r"\bgive\s+(?!(?:her|him|me|us|them|you|it|the|a|an|my|our|your|reception|someone)\b)[a-z]+\s+"
        r"a\s+(?:ring|call|bell|buzz)\s+back\b",
    ),
    entry(
        "verify_identity",
        A.VERIFY_IDENTITY,
        # (not "Am I speaking to" with the name left off, play-test 273: nobody is named)
        r"\b(?:am\s+i|are\s+we)\s+(?:speaking|talking)\s+(?:with|to)\b(?![\s.?!]*$)",
        r"\b(?:is\s+this|is\s+that|are\s+you)\s+(?:mr|mrs|ms|miss|dr)\b",
        # asking for the debtor by name: "may I speak to Megan Chang?" (not "to you")
        r"\b(?:may|can|could)\s+i\s+(?:please\s+)?(?:speak|talk)\s+(?:to|with)\s+(?!(?:you|someone|somebody|anyone|your|a|an|the|my|our|them|him|her)\b)[a-z{]",
        r"\bi'd\s+like\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?!(?:you|someone|somebody|anyone|your|a|an|the|my|our|them|him|her)\b)[a-z{]",
        r"\bi\s+would\s+like\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?!(?:you|someone|somebody|anyone|your|a|an|the|my|our|them|him|her)\b)[a-z{]",
        r"\bi'm\s+trying\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?!(?:you|someone|somebody|anyone|your|a|an|the|my|our|them|him|her)\b)[a-z{]",
        r"\bi\s+am\s+trying\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?!(?:you|someone|somebody|anyone|your|a|an|the|my|our|them|him|her)\b)[a-z{]",
    ),
    # "Is this {debtor_name}?", "is that Megan Chang?": a name and nothing else before the
    # question mark. Words that are not names are ruled out ("is that okay?"); acts.py also
    # asks for a capital when the trainee writes in mixed case.
    entry(
        "verify_name",
        A.VERIFY_IDENTITY,
        r"\bis\s+(?:this|that|it)\s+(?P<name>\{[a-z_]+\}|(?!(?:a|an|the|it|this|that|right|correct|wrong|ok|okay|alright|all|true|false|clear|fair|possible|fine|good|bad|better|worse|enough|so|too|really|still|not|just|something|anything|everything|nothing|what|how|why|when|where|who|your|you|my|our|their|for|about|because|convenient|acceptable|affordable|doable|realistic|reasonable|manageable|understood|agreed|settled|done|sorted|ok\w*|everyone|everybody|today|tomorrow|now|yours|mine|me|us|them|him|her|possible|necessary|urgent|serious|new|sure|certain|happening|going|coming|finished|over|late|due|overdue|paid|\w+day|\w+ber|january|february|march|april|may|june|july|august)\b)[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})(?:\s+speaking)?\s*\?",
    ),
    entry(
        "verify_identity",
        A.VERIFY_IDENTITY,
        r"\b(?:confirm|verify|tell\s+me|give\s+me|provide)\s+(?:me\s+)?(?:your|the)\s+(?:full\s+)?(?:home\s+|postal\s+|current\s+|street\s+)?(?:name|date\s+of\s+birth|birth\s*date|dob|address|post\s*code|zip(?:\s+code)?|last\s+(?:four|4)\s+(?:digits)?|social|ssn|security\s+(?:answer|question)|identity|account\s+number|(?:first|1st)\s+line\s+of)",
    ),
    entry(
        "verify_identity",
        A.VERIFY_IDENTITY,
        r"\b(?:verify|confirm|check)\s+(?:who\s+i'm\s+speaking|your\s+identity|that\s+i'm\s+speaking|i'm\s+speaking)",
        r"\bfor\s+security\s+(?:purposes|reasons)",
        r"\bspeaking\s+with\s+the\s+account\s+holder",
        # "Put them on.", "can you put her on the phone?", "put Jessica on the line" (played in
        # tmux: the account holder asked for, to whoever answered)
        r"\b(?:put|get)\s+(?:her|him|them)\s+on\b(?!\s+(?:a|an|the\s+(?!phone|line)|hold|to|it|top|track)\b)|"
        r"\bput\s+[a-z]+\s+on\s+the\s+(?:phone|line)\b",
        # "Is this the account holder?", "r u the account holder for the gas at 22 marsh st?"
        r"\b(?:is\s+(?:this|that|it)|are\s+(?:you|u)|r\s+(?:u|you)|am\s+i\s+(?:speaking|talking)\s+(?:to|with))\s+"
        r"the\s+(?:account\s*holder|(?:named\s+)?(?:borrower|customer|policy\s*holder|bill\s*payer))\b",
        # "is this the right number for the account holder?", "do I have the correct number for
        # Tina Brown?" (not "the right number for you", a number checked): the person asked for
        NUMBER_FOR_SOMEONE,
        # "so I know I'm talking to the right person", "am i speakin to mr whitfeild"
        r"\b(?:i'm|i\s+am|im)\s+(?:talking|speaking)\s+(?:to|with)\s+the\s+right\s+person\b",
        # "Just to make sure I've got the right person, what's the house number ..." (corpus 113)
        r"\b(?:i've|ive|i\s+have|we've|we\s+have)\s+(?:got|reached)\s+the\s+right\s+person\b",
        r"\bam\s+i\s+(?:speakin|speakn|talkin|spekaing|speeking)\s+(?:to|with|2)\b",
        r"\b(?:check|confirm)\s+(?:that\s+)?i'm\s+(?:talking|speaking)\s+(?:to|with)\b",
        # "May I ask who I'm speaking with?", "With whom am I speaking?"
        r"\bwho\s+(?:am\s+i|i'm|i\s+am)\s+(?:speaking|talking)\s+(?:with|to)\b",
        r"\bwith\s+whom\s+(?:am\s+i|i'm|i\s+am)\s+(?:speaking|talking)\b",
        r"\bwho(?:'ve|\s+have)\s+i\s+got\s+(?:on\s+the\s+line|here)\b",
        # "Just to check, have I reached 695-699-5412?" (play-test 168): the number on file,
        # checked
        r"\b(?:have\s+i|did\s+i)\s+(?:reached|got|called|dialled|dialed|rung|reach|get|call|dial|ring)\s+"
        r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b",
        # the security questions, asked in any words: "Could I take your full name and date of
        # birth?", "can i also have dob please", "just the postcode as well please?"
        rf"\b(?:{_DATE_OF_BIRTH}|{_POSTCODE})\b",
        r"\b(?:confirm|check|verify)\s+(?:your|ur)\s+birthday\b",
        rf"\b{_FIRST_LINE}\b",
        r"\b(?:for|the)\s+(?:verification|security)\s+(?:purposes|questions?|checks?)\b",
        r"\b(?:email|e-mail)\s+address\s+on\s+(?:your|the)\s+(?:\w+\s+)?account\b",
        r"\bconfirm\s+(?:that\s+)?(?:you're|you\s+are)\s+still\s+(?:at|living)\b",
        # "just for security?", "the last four of your social", "your birthday for verification",
        # "What is your good name please?", "may I know whom I am speaking with?"
        r"\b(?:for|just\s+for)\s+(?:security|securty|verification|verfication)\s*(?:[?.!,]|$)",
        r"\b(?:last|final)\s+(?:four|4|three|3)\s+(?:digits?\s+)?(?:of\s+)?(?:your|ur|the)\b",
        r"\b(?:confirm|have|get|need|take|tell\s+me|give\s+me|gimme)\s+(?:your|ur)\s+(?:birthday|bday|home\s+address|"
        r"id\s+number|national\s+insurance|ni\s+number|ssn|social|date\s+of\s+brith)\b",
        r"\byour\s+good\s+name\b|\bwhom\s+(?:am\s+i|i'm|i\s+am)\s+(?:speaking|talking)\b|"
        r"\bwith\s+whom\s+(?:i\s+)?speak\b",
        *_NAME_ASKED,
    ),
    entry(
        "mini_miranda",
        A.MINI_MIRANDA,
        r"\battempt\s+(?:to|2)\s+collect\s+a\s+debt\b",
        r"\binformation\s+(?:obtained|we\s+obtain|you\s+(?:give|provide))\b[^.]{0,60}\bused\s+for\s+that\s+purpose",
        r"\bthis\s+(?:call\s+)?is\s+from\s+a\s+debt\s+collector",
        # ("Bingo. This is a debt collection call. You missed ...", play-test 209)
        r"(?<=this\sis\sa\s)debt\s+collection\s+call\b",
        # said plainly: "Debt collection call, what you say gets used for that."
        # ("whatever information you are giving will be used for that purpose", "any info you
        # give we use for that one")
        r"\b(?:what|anything|whatever|any)(?:\s+info(?:rmation)?)?\s+(?:you|u)\s+(?:are\s+|r\s+)?"
        r"(?:say|saying|tell\s+(?:me|us)|telling\s+(?:me|us)|give|giving|provide|providing|share|"
        r"sharing)\s+(?:\w+\s+){0,3}?(?:(?:gets|will\s+be|is|can\s+be|may\s+be|goes)\s+(?:used|towards)|"
        # ("Debt collection call, anything you say is used to collect.", play-test 279)
        r"we\s+(?:will\s+|can\s+)?use|we'll\s+use)\s+(?:(?:for\s+)?(?:that|it|this|collecting|the\s+purpose|"
        r"that\s+purpose)|to\s+collect)\b",
        # "this call is to collect debt", "this is regarding collection of debt"
        r"\b(?:this|the)\s+(?:call\s+)?is\s+(?:to|for)\s+collect(?:ing)?\s+(?:a\s+|the\s+|your\s+)?debt\b",
        r"\bregarding\s+(?:the\s+)?collection\s+of\s+(?:a\s+|the\s+|your\s+)?debt\b",
        # as texted: "debt collection call, info used for that", "debt collector, any info u give
        # is used 4 that"
        r"\bdebt\s+collect(?:ion|or|ing)\b[^.?!]{0,40}\binfo(?:rmation)?\b[^.?!]{0,30}\bused\b",
        # ("its a call about collecting a debt and, uh, info could be used for that", play-test
        # 280)
        r"\bcollect(?:ing|ion\s+of)\s+(?:a\s+|the\s+|your\s+)?debt\b[^.?!]{0,40}\binfo(?:rmation)?\b"
        r"[^.?!]{0,30}\bused\b",
    ),
    entry(
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:calling|call|ringing|reaching\s+out|contacting\s+you|phoning)\s+(?:you\s+)?(?:about|regarding|concerning|in\s+regards?\s+to|with\s+regards?\s+to|re)\b",
        # "calling on behalf of Johnson Credit Union regarding your student loan"
        r"\b(?:calling|ringing|phoning)\s+(?:from|on\s+behalf\s+of|for)\s+[^.?!]{2,50}?\s(?:regarding|concerning|in\s+regards?\s+to)\s+(?:your|ur)\b",
        # "I call from Hive Works Coworking about the desk rent", "trying to reach Dale
        # Hendricks about his tractor loan"
        # ("this is a call from Bayside Marine Credit about a jet ski account", "check im
        # speaking to siobhan gallagher about the ccj plan")
        r"(?<!stop\s)(?<!stopped\s)\b(?:call|calling|ring|ringing|reach|reaching|speaking\s+to|talking\s+to)\s+"
        r"(?:you\s+)?(?:from\s+)?[^.?!]{2,50}?\sabout\s+(?:the|your|ur|his|her|their|a|an)\s+"
        r"(?:\w+\s+){0,2}?(?:loan|account|balance|payment|arrears|bill|rent|plan|lease|fine|instal+ment)s?\b",
    ),
    entry(
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:the\s+)?(?:reason|purpose)\s+(?:for|of)\s+(?:my|this|the)\s+call\b",
        r"\bit's\s+about\s+your\b",
        r"\babout\s+your\s+(?:car\s+|student\s+|personal\s+|auto\s+)?(?:loan|account|balance|payment|arrears|instal?l?ment)s?\b",
        # "about your subscription", "regarding the Little Acorns account", "It's about the hot
        # tub finance", "its brambleside re febs livery bill"
        r"\b(?:about|regarding|concerning|re)\s+(?:your|ur|the|febs?|february's|march's)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:subscription|account|bill|invoice|finance|loan|rent|lease|plan|contract)s?\b"
        r"(?!\s+(?:number|details|manager|team|department))",
        r"\b(?:talk|speak|chat)\s+(?:to\s+you\s+)?about\s+(?:your|the)\s+(?:account|loan|balance|payment|arrears)",
        LENDER_THEN_LOAN,
    ),
    entry(
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:your|the)\s+(?:car\s+|auto\s+|student\s+|personal\s+)?(?:loan|account|payment|instal?l?ment|bill)(?:\s+payment)?\s+(?:is|was|are|has\s+been|went)\s+(?:now\s+)?(?:\d+\s+days\s+)?(?:overdue|past\s+due|late|behind|in\s+arrears|missed|unpaid|outstanding)",
        # "so ur subscription payments failed", "the card on file got declined on the first"
        r"\b(?:your|ur|the)\s+(?:\w+\s+)?(?:payments?|direct\s+debit|card\s+on\s+file|instal?l?ments?)\s+"
        r"(?:has\s+|have\s+|had\s+|got\s+|was\s+|were\s+)?(?:failed|declined|bounced|been\s+declined|been\s+returned)\b",
    ),
    entry(
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:missed|overdue|late|outstanding|unpaid)\s+(?:car\s+|loan\s+|student\s+loan\s+)?(?:payment|instal?l?ment|balance|bill)s?\b",
        r"\byou(?:'re|\s+are)\s+(?:\w+\s+)?behind\s+(?:on|with)\b",
        # "you're 487.60 behind"
        r"\byou(?:'re|\s+are|r)\s+[$£€]?\d[\d,]*(?:\.\d\d)?\s+(?:behind|in\s+arrears|overdue)\b",
        r"\byou\s+missed\s+(?:your|the|a)\b",
    ),
    # --- money -------------------------------------------------------------------------------
    entry(
        "debt_word",
        None,
        r"\b(?:owe[ds]?|owing|overdue|outstanding|balance|due|past\s+due|arrears|behind\s+by|total|missed|unpaid|in\s+default|short\s+by)\b",
        r"\b(?:deadline|due\s+date)\b",
        # ("you're four hundred eighty six fifty in the hole with us")
        r"\bin\s+the\s+hole\s+(?:with|to)\s+(?:us|me)\b",
        r"\b(?:is|are|was|were|running|it's|its|that's|thats)\s+(?:\w+\s+){0,3}late\b",
        # "$457.26 behind", "behind on the loan"; not "behind you", "behind bars"
        r"\bbehind\b(?!\s+(?:the\s+scenes|you|me|us|him|her|them|bars|my\s+back|your\s+back))",
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        # ("Maybe only, um, you can tell me when you maybe pay something? Just small amount?",
        # play-test 199)
        r"\bwhen\s+(?:you|u)\s+(?:maybe\s+|might\s+|will\s+|would\s+|can\s+|could\s+)?(?:be\s+able\s+to\s+)?"
        r"pay\s+(?:something|anything|some|a\s+(?:bit|little))\b",
        # ("so ur paying the lot this week yeah?", play-test 200: asked as a thing taken for
        # granted)
        r"\b(?:ur|your|you're|youre|you\s+are|u\s+r|u're)\s+(?:gonna\s+be\s+|going\s+to\s+be\s+)?paying\s+"
        r"(?:the\s+lot|it\s+all|all\s+of\s+it|the\s+(?:full|whole)\b|it|that|this)[^.?!]{0,30}"
        r"(?:\?|\b(?:yeah|yea|ya|right|yes)\s*[?.!]*\s*$)",
        # "so what are we doing about the 1264?", "what r u gonna do about it then"
        WHAT_ABOUT_IT,
        # "Did you hear a word I said? ... Are you paying or not?" (play-test 218)
        PAYING_OR_NOT,
        # "if it doesn't turn up in 5 working days you're paying again, got it?" (play-test 221)
        PAYING_AGAIN,
        # "when do I get the money", "so when do we see our money?": asked from the lender's side
        # ("So when exactly is Schwartz Finance getting its money?", play-test 166)
        r"\bwhen\s+(?:exactly\s+)?(?:is|will|does|are)\s+(?:\w+\s+){1,3}?(?:get|getting|see|seeing|"
        r"receive|receiving)\s+(?:its|their|our|my|the|his|her)\s+(?:money|payment|cash)\b",
        r"\bwhen\s+(?:do|will|can|am)\s+(?:i|we)\s+(?:going\s+to\s+)?(?:get|see|receive|have)\s+"
        r"(?:the|my|our|that|this|your|ur)?\s*(?:money|payment|cash)\b",
        # ("could you not do the whole 977.28 by Friday?": asked the way English suggests)
        # (not "Can you manage to write that down?": a message taken, not a payment)
        # ("could you, um, pay some of it?", play-test 254)
        rf"\b(?:can|could|would|will)\s+you\s*,?\s*(?:(?:um+|uh+|er+|erm)\s*,?\s*)?(?:please\s+|possibly\s+|maybe\s+|not\s+)?(?:{PAY_VERB}|do|manage"
        r"(?!\s+to\s+(?:write|note|jot|remember|pass|tell|give|let))|afford|get\s+(?:that|it|the\s+payment)|"
        r"take\s+care\s+of)\b",
        r"\b(?:i'd|i\s+would|we'd|we\s+would)\s+like\s+to\s+(?:take|process|collect|arrange|set\s+up)\s+(?:the|a|your|that)\s+payment",
        r"\bwhen\s+(?:\w+\s+){0,2}(?:are|will)\s+you\s+(?:going|planning|able)\s+to\s+(?:pay|make|settle|clear)",
        r"\b(?:are|will)\s+you\s+(?:going|planning)\s+to\s+(?:pay|make\s+(?:the|a)\s+payment|settle|clear)",
        r"\b(?:agree|set|pick|name|give\s+me|choose|fix)\s+(?:on\s+)?a\s+(?:date|day|time\s+to\s+pay|payment\s+date)\b",
        r"\byou\s+(?:will|'ll|are\s+going\s+to|had\s+to|must|should)\s+pay\b",
        r"\b(?:i|we)\s+(?:really\s+)?(?:need|want|expect)\s+(?:the\s+money|the\s+(?:full\s+|whole\s+)?(?:amount|balance)|it\s+paid|(?:a\s+|the\s+)?payment)\b",
        # "I need that paid this week", "I want this cleared", "we need the $780.24 paid by Friday"
        r"\b(?:i|we)\s+(?:really\s+)?(?:need|want|expect)\s+(?:that|this|it|the\s+(?:arrears|balance|"
        r"amount|loan|bill|account|debt)|(?:the\s+)?[$£€]?\d[\d,.]*)\s+(?:to\s+be\s+)?(?:paid|cleared|settled)\b",
        r"\bwhat\s+(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:pay|afford|manage|put\s+towards)\b",
        # ("do you know what you can manage for us this month?", "what do you think you could
        # afford this month?", "How much would you say you could realistically put towards this
        # each month?", "ok. what do you have": corpus 100)
        r"\bwhat\s+(?:do\s+(?:you|u)\s+think\s+)?(?:you|u)\s+(?:can|could|would)\s+(?:\w+\s+)?(?:pay|afford|"
        r"manage|put\s+towards)\b",
        r"\bhow\s+much\s+would\s+(?:you|u)\s+say\s+(?:you|u)\s+(?:can|could)\s+(?:\w+\s+)?(?:pay|afford|manage|"
        r"put\s+towards)\b",
        r"\bwhat\s+(?:do\s+(?:you|u)\s+have|have\s+(?:you|u)\s+got)\s*(?:\?|$)",
        # ("you can and you will, or we come and take your van", corpus 100; opening on "and":
        # tried only where it can start)
        r"(?<=\byou\scan\s)and\s+(?:you|u)\s+will\b",
        # ("Unbelievable. Okay, what's the lowest you can actually do, and when?", play-test 228)
        LOWEST_YOU_CAN,
        # ("fair enough, it happens to loads of people. so whats the plan", corpus 100)
        r"\bwhat(?:'s|s|\s+is)\s+the\s+plan\s*(?:then\s*)?(?:\?|$)",
        # ("ugh. fine. how much can you actually pay this fortnight. a real number")
        r"\bhow\s+much\s+(?:can|could|would|will)\s+(?:you|u)\s+(?:\w+\s+)?(?:pay|afford|put\s+(?:down|towards))\b",
        # "when do you think you could get it in, do you get paid soon ...?" (play-test 195)
        r"\bwhen\b[^.?!]{0,30}\b(?:(?:could|can|would|will)\s+(?:you|u)|(?:you|u)\s+(?:could|can|would|will))\s+"
        r"(?:get|send|pay|make)\s+(?:it|that|this|the\s+"
        r"(?:money|payment))\s+(?:in|over|across|through|done|sorted|paid)\b",
        # "honestly easiest thing is you just pay the 336.12 again today" (play-test 187)
        r"\b(?:easiest|best|simplest|quickest|fastest)\s+(?:thing|option|way)\s+(?:is|would\s+be|'s)\s+"
        r"(?:(?:that\s+)?(?:you|u)\s+(?:just\s+)?|(?:to\s+)?(?:just\s+)?)(?:pay|send|transfer|settle|clear)\b",
        # "just before I go, I don't suppose even a small payment would be... no? Sorry."
        # (play-test 191), "any chance of a payment this week?"
        r"\b(?:i\s+(?:don't|dont|do\s+not)\s+suppose|any\s+chance\s+(?:of|that))\b[^.?!]{0,30}?\b"
        r"(?:payment|(?:you|u)\s+(?:could|can|might)\s+pay)\b",
        # "is there maybe something you could manage for us?" (play-test 187)
        r"\b(?:is|was)\s+there\s+(?:maybe\s+|perhaps\s+|possibly\s+)?(?:something|anything)\s+(?:that\s+)?"
        r"(?:you|u)\s+(?:could|can|might)\s+(?:manage|pay|afford|put\s+(?:towards|down|aside))\b",
        r"\byou\s+(?:can|could|may)\s*,?\s*(?:(?:um+|uh+|er+|erm)\s*,?\s*)?(?:pay|make|send|settle|clear|transfer|mail|bring)\b",
        # "would you be able to put something towards this then?" (corpus 97)
        # (opening on "put": the word index tries it only where it can start)
        r"(?:(?<=\bto\s)|(?<=could\s)|(?<=can\s)|(?<=would\s)|(?<=you\s)|(?<=\bu\s))put\s+(?:something|"
        r"anything|a\s+bit|a\s+little|some(?:thing)?\s+small|[$£€]?\d[\d,.]*)\s+(?:towards?|to|into|"
        r"down\s+(?:on|towards?))\s+(?:it|this|that|the)\b",
        # "do you think you could do something small today like $30" (corpus 98)
        # (opening on the verb, after "you could" / "you can": tried only where it can start)
        r"(?:(?<=you\scould\s)|(?<=you\scan\s)|(?<=\bu\scould\s)|(?<=\bu\scan\s)|(?<=you\smight\s)|"
        r"(?<=could\smaybe\s))(?:do|manage|find|spare)\s+(?:something|anything|some|a\s+(?:bit|little|"
        r"small|part)|part|half|[$£€]\d)",
        r"\bagree\s+when\b|\bwhen\s+(?:it|this|that|the\s+\w+)\s+(?:will|can|could)\s+be\s+paid\b",
        r"\b(?:take\s+care\s+of|handle|make)\s+the\s+payment\b",
        # "Look, I don't have all day. Date and amount, come on." (not "the date and amount of
        # your last payment")
        r"\b(?:date|day)\s+and\s+(?:an?\s+|the\s+)?amount\b(?!\s+of\b)|"
        r"\bamount\s+and\s+(?:a\s+|the\s+)?(?:date|day)\b(?!\s+of\b)",
        # "Shall I take the ninety-six forty off the card ending 4417?", "can I run it on that?"
        r"\b(?:shall|can|could|may)\s+(?:i|we)\s+(?:just\s+)?(?:take|run|put)\s+(?:[\w$.,-]+\s+){1,4}?"
        r"(?:off|from|on|onto)\s+(?:the|your|ur|that)\s+(?:\w+\s+)?card\b",
        r"\b(?:like|need|want)\s+a\s+(?:date|payment|commitment)\b",
        r"\bhow\s+(?:does|would)\b[^?.!]{0,60}\bsound\b",
        r"\bagree\s+(?:on\s+)?something\b",
        r"\bwhen(?:'s|\s+is|\s+will)\s+(?:the\s+|that\s+|my\s+|our\s+)?(?:money|payment)\s+(?:coming|arriving|going\s+to\s+(?:arrive|come))\b",
        negatable=True,
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\b(?:i|we)\s+(?:really\s+)?(?:need|want|would\s+like|'d\s+like|require|must\s+ask|have\s+to\s+ask|am\s+asking|'m\s+asking|expect)\s+(?:you\s+)?(?:to\s+)?(?:{PAY_VERB}|the\s+payment|payment|a\s+payment|you\s+to)\b"
        # ("First I need to make security": a check of who they are, not a payment)
        r"(?!\s+(?:security|a\s+note|a\s+record|contact|checks?|a\s+check)\b)",
        negatable=True,
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        # asking for the day, as people do: "when's it coming?", "can we sort a date?", "Date?"
        r"\b(?:when's|when\s+is|when\s+will)\s+(?:it|that|the\s+(?:money|payment|\$?\d[\d,.]*))\s+(?:coming|going\s+in|arriving|landing|being\s+paid)\b",
        r"\b(?:can|could|shall)\s+(?:we|i)\s+(?:sort|agree|set|fix|pick|put\s+down|lock\s+in|get)\s+(?:out\s+)?(?:a|the)\s+(?:date|day)\b",
        r"\b(?:i|we)\s+(?:really\s+)?(?:need|want|must\s+ask\s+(?:you\s+)?for|have\s+to\s+ask\s+(?:you\s+)?for)\s+(?:the|a|an\s+actual|a\s+real|a\s+firm)\s+(?:day|date)\b",
        # "when is soon tho? tmrw? fri?", "when is 'soonish'?": the vague word asked to be a day
        r"\b(?:when|how\s+soon)\s+(?:is|'s)\s+['\"‘“]?(?:soon|soonish|later|eventually|sometime)\b",
        # "Date?", "Not good enough. Which day?": the question alone, as a sentence
        r"\b(?<![a-z'] )(?<![a-z'])(?:date|day)\s*\?",
        r"\b(?:which|what)\s+(?:date|day)\s*\?",
        r"\bwhen\s+(?:would|will|could)\s+(?:be\s+(?:ok|okay|good|best|possible|doable)|suit(?:\s+you)?|work(?:\s+for\s+you)?)\b",
        # a term asked for in so many words: "gimme a number", "how about an actual date?"
        r"\b(?:need|want|gimme|give\s+me|how\s+about|pin\s+down|get|have)\s+(?:a\s+|an\s+|the\s+)?(?:actual|specific|exact|firm|definite|real|proper)\s+(?:date|day|number|amount|figure|time)\b",
        # "if you could even do a little bit like 172 that would help" (play-test 137)
        r"\b(?:(?:could|can|would)\s+(?:you|u)|(?:you|u)\s+(?:could|can))\s+"
        r"(?:even\s+|just\s+|maybe\s+|possibly\s+)*do\s+"
        r"(?:even\s+)?(?:a\s+little(?:\s+bit)?|a\s+bit|a\s+small\s+(?:amount|payment|bit))\b",
        r"\bgimme\s+a\s+(?:number|date|day|figure)\b|\bpin\s+(?:down\s+)?(?:a|the)\s+(?:date|day)\b|\bpin\s+(?:it|that)\s+down\b",
        r"(?<!did\s)(?<!if\s)(?<!when\s)\b(?:you|u)\s+pay\s+(?:us|me)\b(?!\s+back\b)",
        # "When are you paying?", "so when r u paying"
        r"\b(?:when|how\s+soon)\s+(?:are|r)\s+(?:you|u)\s+(?:actually\s+|really\s+|finally\s+)?"
        r"(?:paying|gonna\s+pay|settling|clearing)\b",
        # "so when you paying it, and dont say end of the month" (play-test 139)
        r"\bwhen\s+(?:you|u|ya)\s+(?:gonna\s+pay|going\s+to\s+pay|paying)\b",
        # "Just tell me when you're paying and I'll leave you alone." (play-test 135)
        r"\b(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?when\s+(?:you're|youre|you\s+are|ur|u\s+r|you'll|"
        r"you\s+will|u\s+will)\s+(?:paying|pay|gonna\s+pay|going\s+to\s+pay|settling|clearing)\b",
        # "so where's the money?": the payment asked for, bluntly
        r"\bwhere(?:'s|s|\s+is)\s+(?:the|my|our)\s+(?:money|payment|cash)\b(?!\s+(?:going|coming\s+from|from))",
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\bplease\s+(?:{PAY_VERB})\b",
        # "I said pay it again.", "you'll just have to pay it twice": paying again, ordered
        r"\bpay\s+(?:it|that|this|the\s+(?:amount|money|balance|bill))\s+(?:again|twice)\b",
        # "would you maybe be able to send it again, just in case?" (play-test 160; not "can you
        # send it again by email?" of a letter, nor "I'm happy to send it again")
        r"\b(?:you|u)\s+(?:(?!(?:not|don't|dont|never|need|needn't|have|won't)\b)\w+\s+){0,5}?(?:send|transfer|make)\s+(?:it|that|this|the\s+(?:amount|money|"
        r"payment|transfer))\s+(?:again|twice)\b(?!\s+(?:by|via|through|over|to)\s+(?:e-?mail|post|mail|text|me))",
        r"\b(?:you're|youre|you\s+are|ur|you'll\s+be)\s+paying\s+(?:it|that|this)\s+(?:again|twice)\b",
        r"\b(?:i|we)\s+(?:need|want|have\s+to\s+have)\s+(?:at\s+least|a\s+minimum\s+of|minimum)\s+[$£€]?\d",
        # "what I want is my money", "I want our money"
        r"\b(?:what\s+)?(?:i|we)\s+want\s+(?:is\s+)?(?:my|our|the)\s+money\b",
        rf"^\W*(?:just\s+)?(?:{PAY_VERB})\b",
        # "Right. So pay it today.", "well then, just pay the 50"
        r"(?:^|[,.!;:])\s*(?:(?:so|then|now|just|well|right|ok|okay|look|listen)[,\s]+){0,3}pay\s+(?:it|that|this|now|up|the|your|what|\$|\d)",
        rf"\b(?:are|would)\s+you\s+(?:be\s+)?able\s+to\s+(?:{PAY_VERB})",
        # ("would it maybe be possible to pay, like, a hundred dollars or so this week?", play-test
        # 149)
        rf"\b(?:is|would|will)\s+it\s+(?:maybe\s+|perhaps\s+|at\s+all\s+|even\s+)?(?:be\s+)?"
        rf"possible\s+(?:at\s+all\s+)?(?:for\s+(?:you|u)\s+)?to\s+(?:{PAY_VERB})\b",
        negatable=True,
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\b(?:how\s+much|when|how\s+soon|how)\s+(?:can|could|will|would)\s+you\s+(?:{PAY_VERB}|like\s+to\s+pay|do)\b",
        r"\bhow\s+would\s+you\s+like\s+to\s+pay\b",
        r"\bwhat\s+can\s+you\s+(?:pay|afford|manage|put\s+towards)\b",
        # "how much cn u manage?", "is there anything at all you could manage this month?",
        # "what amount you can manage", "what could you realistically put toward the 412?"
        r"\b(?:how\s+much|what(?:\s+sort\s+of)?\s+amount|anything(?:\s+at\s+all)?)\s+"
        r"(?:(?:do\s+)?(?:you|u)\s+(?:think\s+)?(?:you\s+|u\s+)?)?(?:can|cn|could|cud|would)\s+(?:you\s+|u\s+)?"
        # ("roughly how much could you set aside for the loan", play-test 151)
        r"(?:\w+\s+)?(?:manage|afford|spare|put\s+(?:in|towards?|toward)|set\s+aside|put\s+aside)\b",
        r"\bwhat\s+(?:could|can|would)\s+(?:you|u)\s+(?:\w+\s+){0,2}(?:manage|afford|spare|"
        r"put\s+(?:in|towards?|toward)|set\s+aside|put\s+aside)\b",
        r"\bhow\s+much\s+(?:are|r)\s+(?:you|u)\s+(?:putting|puting|sending)\b",
        # "what would be afordable each month, even a small amount?", "What would you
        # realistically be able to put towards this each month?", "How much you can pay every
        # week?" (the order of a question in many first languages)
        r"\b(?:how\s+much|what)\s+(?:would|could|might)\s+be\s+(?:af+ordable|manageable|doable|realistic)\b|"
        r"\b(?:how\s+much|what)\s+(?:would|could|will|can)\s+(?:you|u)\s+(?:realistically\s+|actually\s+)?"
        r"be\s+able\s+to\s+(?:pay|afford|manage|spare|put|set\s+aside|do)\b|"
        r"\bhow\s+much\s+(?:you|u)\s+(?:can|could|cn|cud)\s+(?:realistically\s+|actually\s+)?"
        r"(?:pay|afford|manage|spare|put|set\s+aside|do)\b",
        # "'Something small' isn't a number. Give me a number."
        NUMBER_ASKED,
        negatable=True,
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        # ("Can I take the new card details over the phone?", "shall we set up a fresh direct
        # debit on the new account?", corpus 121)
        r"\b(?:can|could|shall)\s+(?:we|i)\s+(?:get|take|collect|process|set\s+up|arrange|book|schedule)\s+(?:the|a|that|your|this)?\s*"
        r"(?:new\s+|fresh\s+)?(?:payment|card|transfer|direct\s+debit|standing\s+order)",
        r"\blet's\s+(?:get|take|settle|sort|clear|arrange|set\s+up)\b",
        r"\byou\s+(?:need|have|had|must|should)\s+to\s+(?:pay|make|settle|clear|bring)",
        # "the $4,166.60 needs to be paid by Friday": a demand said of the money
        r"\b(?:needs?|has|have)\s+to\s+be\s+(?:paid|settled|cleared|brought\s+up\s+to\s+date)\b",
        r"\bmust\s+be\s+(?:paid|settled|cleared)\s+(?:by|before|today|now|this|within|in\s+full)\b",
        # "would it maybe help if you paid just part of it now?" (play-test 211)
        r"\bif\s+(?:you|u)\s+(?:paid|pay|could\s+pay)\s+(?:just\s+|even\s+)?(?:part|some|a\s+bit|a\s+little|"
        r"something)\b(?:\s+of\s+it)?[^.?!]{0,20}\?",
        # "Payment is required today.", "full payment is expected by Friday": the demand as fact
        r"\bpayment\s+(?:is|will\s+be)\s+(?:required|expected|needed)\s+(?:by|before|today|now|this|within|in\s+full|on)\b",
        r"\byou\s+must\s+(?:pay|make|settle|clear)",
        # "So when are you fixing this, today would be nice for once" (play-test 153)
        r"\bwhen\s+(?:are|r|will)\s+(?:you|u)\s+(?:be\s+)?(?:gonna\s+|going\s+to\s+)?(?:fixing|fix|sorting|sort|"
        r"settling|settle|clearing|clear)\s+(?:this|it|that)\b",
        # "u get paid friday right? pay the whole 370.88 then" (play-test 182): told to, in so
        # many words, as a sentence of its own
        r"(?:^|[.?!;]\s*)(?:(?:so|just|then|now|ok|okay|k|right)\W+)?(?:just\s+)?pay\s+"
        r"(?:the|it|that|this|ur|your|[$£€]?\d)\b(?![^.?!]{0,30}\b(?:did|was|were|last)\b)",
        # "would you mind paying it again?" (play-test 154)
        r"\bwould\s+(?:you|u)\s+mind\s+(?:paying|sending|transferring|making)\b",
        # "so either u got proof or u pay again", "ur paying the 414 plus whatever" (play-test
        # 152): the money demanded, again
        r"\bor\s+(?:you|u)\s+(?:pay|send)\s+(?:it\s+|that\s+)?again\b|"
        r"\b(?:you're|ur|you\s+are|youre)\s+paying\s+(?:the\s+[$£€]?\d|it\s+again|twice)",
        negatable=True,
    ),
    entry(
        "ask_payment",
        A.ASK_PAYMENT,
        # (not "which method you used to send it?", corpus 111: the payment they say they made)
        rf"\b(?<!used\sto\s)(?<!did\syou\s)(?<!did\su\s)"
        rf"(?:{PAY_VERB})\s+(?:the\s+|your\s+|this\s+|that\s+|it\s+)?(?:{BALANCE}|full|whole|\$|\d)[^.?!]{{0,40}}\?",
        negatable=True,
    ),
    entry(
        "pay_word",
        None,
        # the payment itself: "send" or "make" alone could be about anything
        r"\b(?:pay|payments?|paying|paid|repay\w*|settle|settlement|deposit|instal?l?ments?)\b",
        r"\bsort(?:ed)?\s+(?:it\s+|this\s+|things\s+)?out\b|\b(?:get|have)\s+(?:this|it|that)\s+sorted\b|\bsort(?:ing)?\s+(?:it|this|that)\b",
    ),
    entry(
        "pay_verb",
        None,
        # (not "make sure", "loud and clear")
        # ("So we're clear:", "to be clear": understood, not paid)
        # ("make it quick I got a lot of these to get through today", play-test 147: hurried)
        # ("anything else you wanna make difficult today?", corpus 111: made hard, not paid)
        rf"\b(?!make\s+(?:sure|certain|sense|it\s+(?:quick|snappy|fast|brief|short)|this\s+quick|"
        rf"(?:\w+\s+)?(?:difficult|hard|harder|easy|easier|worse|awkward|complicated))\b)"
        rf"(?<!loud\sand\s)(?<!we're\s)(?<!we\sare\s)(?<!\bbe\s)"
        rf"{PAY_VERB}\b",
        # a card payment taken by the caller: "I can run the 142.60 now", "pop 50 on it"
        r"\b(?:run|charge|process|pop|put)\s+(?:the\s+|that\s+)?[$£€]?\d",
    ),
    # --- consequences, stated as facts -------------------------------------------------------
    entry(
        "consequence_fee",
        A.STATE_CONSEQUENCE,
        r"\b(?:late|penalty|default|additional|extra)\s+(?:fees?|charges?|interest|penalt(?:y|ies))\b",
        r"\b(?:fees?|charges?|interest)\s+(?:will|would|is\s+going\s+to|are\s+going\s+to|keeps?|continues?|may)\s+(?:keep\s+|continue\s+to\s+|to\s+)?(?:be\s+)?(?:added|applied|charged|accru\w*|grow\w*|build\w*|increas\w*|go(?:es|ing)?\s+up)",
        negatable=True,
    ),
    entry(
        "consequence_credit",
        A.STATE_CONSEQUENCE,
        r"\bcredit\s+(?:report|reports|reporting|file|score|rating|record|history|bureaus?|agenc(?:y|ies))\b",
        # (not "have you reported it?", "have you been able to report it to your bank and the
        # police?": the theft reported by the debtor, corpus 110)
        r"(?<!\byou\s)(?<!\bu\s)(?<!\bto\s)\breport(?:ed|ing)?\s+(?:you|this|it|the\s+(?:account|debt|late\s+payment|missed\s+payment))\b"
        r"(?!\s+(?:to\s+(?:your|ur|the)\s+(?:bank|police|card|fraud)|stolen|lost)\b)",
        r"\bcredit\s+reference\b",
        r"\b(?:be|been|get|gets|getting)\s+reported\b",
        negatable=True,
    ),
    entry(
        "consequence_collections",
        A.STATE_CONSEQUENCE,
        r"\b(?:passed|sent|referred|handed|transferred|moved)\s+(?:over\s+)?to\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:collection|collections|debt\s+collection|recovery|third[-\s]party)\b",
        r"\b(?:account|loan)\s+(?:will|may|could)\s+(?:go\s+into|be\s+in|fall\s+into)\s+default\b",
        r"\bclose\s+(?:your|the)\s+account\b",
        r"\b(?:go|goes|going|went)\s+to\s+(?:collections|a\s+collection\s+agency|debt\s+collectors?|recovery)\b",
        # "will go to a written collection notice and then to our collection agency"
        r"\b(?:go|goes|going|went|move|moves|escalate[sd]?|progress(?:es)?)\s+(?:on\s+)?to\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:written|formal|final)\s+(?:collection\s+|demand\s+)?(?:notice|demand|letter)\b",
        r"\b(?:then\s+)?to\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:(?:third[-\s]party|external|outside)\s+)?(?:debt\s+)?collection\s+agenc(?:y|ies)\b",
        r"\b(?:send|sends|sent|issue|issues|issued|receive|get)\s+(?:you\s+)?(?:a\s+)?(?:written|formal|final)\s+(?:collection\s+)?(?:notice|demand)\b",
        # "if it doesnt get paid theres a written notice and then maybe an agency?" (play-test
        # 147)
        r"\b(?:there'?s|there\s+is|there\s+will\s+be|there'll\s+be)\s+(?:a\s+)?(?:written|formal|final)\s+"
        r"(?:collection\s+)?(?:notice|demand)\b",
        # "we will keep calling till it's paid": the calls go on, said as what happens next
        r"\b(?:we'll|we\s+will|we're\s+going\s+to|i'll|i\s+will)\s+(?:just\s+)?keep\s+(?:on\s+)?"
        r"(?:calling|ringing|phoning|contacting|chasing)\b",
        negatable=True,
    ),
    entry(
        # "u need to pay by this fri or u lose the place", "Needs paying or Arjun can't come in
        # from Monday", "paid by Friday or Biscuit's out of the stable": what the service stops
        "consequence_service",
        A.STATE_CONSEQUENCE,
        r"\bor\s+(?:you|u)(?:'ll|\s+will)?\s+lose\s+(?:the|your|ur|his|her|their)\b",
        r"\bor\s+(?:[a-z]+|he|she|they)\s+(?:can't|cannot|won't|will\s+not)\s+(?:come|stay|keep|use|attend)\b",
        r"\bor\s+[a-z]+(?:'s|\s+is)\s+out\s+of\s+(?:the|his|her|their)\b",
        r"\b(?:service|access|place|internet|connection|phone|account)\s+(?:will\s+be|gets?|is)\s+"
        r"(?:suspended|restricted|cut\s+off|disconnected|cancell?ed|blocked)\b",
        negatable=True,
    ),
    # --- cooperation -------------------------------------------------------------------------
    entry(
        "empathy",
        A.EMPATHISE,
        # (not "just so I understand", "to make sure I understand": a question coming)
        r"(?<!so\s)(?<!sure\s)(?<!if\s)\bi\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+)?(?:understand|get\s+(?:it|that)|hear\s+you|see\s+(?:that|how|why|what\s+you\s+mean)|appreciate\s+(?:that|how|it's|it\s+is|you're|you\s+being|your\s+honesty)|hear\s+(?:that|what)\s+you)\b",
        negatable=True,
    ),
    entry(
        "empathy",
        A.EMPATHISE,
        r"\bthat\s+(?:sounds|must\s+be|must\s+have\s+been|is|'s)\s+(?:really\s+|very\s+|so\s+)?(?:hard|difficult|tough|stressful|frustrating|awful|rough|a\s+lot|worrying|upsetting|understandable|a\s+difficult)",
        r"\bthat's\s+(?:hard|tough|rough|difficult|understandable|frustrating)",
        # a slip reassured: "Oh, don't worry, I'm sure it was just a mistake."
        r"\b(?:i'm|i\s+am)\s+sure\s+it\s+(?:was|'s|is)\s+(?:just\s+|only\s+|an\s+honest\s+)?(?:a\s+)?"
        r"(?:mistake|mix-?up|oversight|error|slip)\b",
        negatable=True,
    ),
    entry(
        "empathy",
        A.EMPATHISE,
        # ("I'm sorry again about your husband", corpus 114)
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s+(?:again\s+)?(?:to\s+hear|to\s+here|about\s+(?:your|the|that)|for\s+your|that\s+you|you're|you\s+(?:lost|feel|had|have|are|went|were)|the\s+car)",
        r"\bi\s+can\s+(?:imagine|see\s+(?:how|that|why)|understand)",
        r"\bunderstandabl[ey]\b",
        r"\bi\s+know\s+(?:it's|this\s+is|that\s+is|that's|things\s+are)\s+(?:\w+\s+)?(?:hard|difficult|tough|stressful|a\s+lot)",
        r"\bthanks\s+for\s+(?:telling|explaining|being\s+(?:honest|open|upfront))",
        negatable=True,
    ),
    entry(
        "empathy",
        A.EMPATHISE,
        # the everyday forms: "happens", "no worries", "that's rough", "makes sense"
        r"^\W*(?:understood|happens|no\s+worries|no\s+stress|fair\s+enough|ouch)\b",
        r"\b(?:it|these\s+things|that|this)\s+happens\b",
        r"\bhappens\s+to\s+(?:the\s+best\s+of\s+us|everyone|everybody|all\s+of\s+us|us\s+all|loads\s+of\s+people)\b",
        r"\b(?:sorry\s+to\s+(?:hear|here)|that's\s+rough|that\s+sounds\s+\w+ing)\b",
        # "that's a nightmare", "what a pain", "how frustrating"
        r"\b(?:that's|that\s+is|what)\s+(?:a\s+)?(?:real\s+|total\s+|absolute\s+|such\s+a\s+)?(?:nightmare|pain|shame|bad\s+luck)\b",
        # "Yeah that sucks.", "man that really sucks" (not "the payment plan sucks"? a verdict)
        r"^\W*(?:(?:yeah|yea|oh|ah|ahh|aw|man|ugh|ok|okay|well|wow|damn|dang)\W+){0,2}(?:that|it)\s+"
        r"(?:really\s+|totally\s+)?sucks\b",
        r"\bhow\s+(?:frustrating|annoying|awful|stressful|horrible)\b",
        # ("Oh no, the dealer sounds terrible.": whatever sounds it)
        r"\bsounds\s+(?:really\s+|so\s+|absolutely\s+|just\s+)?(?:terrible|awful|horrible|dreadful|"
        r"exhausting|like\s+a\s+nightmare)\b",
        # "that sounds incredibly frustrating", "that must be so hard"
        r"\bthat\s+(?:sounds|must\s+be|must\s+have\s+been)\s+(?:\w+ly\s+|so\s+|really\s+|very\s+)?(?:\w+ing|hard|tough|awful|stressful|difficult|rough|horrible|miserable|scary|unfair)\b",
        r"\b(?:that\s+)?makes\s+(?:total\s+|complete\s+|perfect\s+)?sense\b",
        r"\bthat\s+explains\s+it\b",
        r"\b(?:totally|completely|really)\s+get\s+(?:it|that)\b",
        # "that's ok" reassures; "if that's ok" asks leave
        r"\b(?<!if\s)(?:it's|it\s+is|that's|this\s+is)\s+(?:ok|okay|normal|common|understandable|no\s+big\s+deal|quite\s+alright|alright)\b",
        # (not "Lots of people lose jobs and still pay.": a rebuke)
        # (nor "Yeah well, lots of people lose jobs. The loan still has to be paid.", play-test
        # 121: waved off)
        r"(?<!well,\s)(?<!well\s)\b(?:many|a\s+lot\s+of|lots\s+of|loads\s+of)\s+(?:people|students|clients|customers)\b"
        r"(?![^.?!]{0,50}\bstill\s+(?:manage\s+to\s+|find\s+a\s+way\s+to\s+)?(?:pay|find|make)\b)"
        r"(?![^?!]{0,60}\bstill\s+(?:has|have|needs?)\s+to\s+be\s+paid\b)",
        r"\bno\s+worries\b",
        r"\b(?:i\s+am|i'm)\s+sorry\s+for\s+(?:this|the\s+situation|that|what)\b",
        # "oh no, that's awful", "that's really unfair", "I'd be fuming", "I know it isn't easy"
        r"\bthat(?:'s|s|\s+is)\s+(?:really\s+|very\s+|so\s+|just\s+|pretty\s+|absolutely\s+)?"
        r"(?:awful|terrible|horrible|unfair|annoying|rubbish|gutting|stressful|upsetting|worrying|"
        r"expensive|brutal|harsh|rotten\s+luck|unlucky)\b",
        r"\bi'd\s+be\s+(?:so\s+|really\s+)?(?:fuming|furious|annoyed|livid|upset|angry|gutted|"
        r"frustrated|stressed)\b",
        r"\bit's\s+(?:so\s+|really\s+|just\s+)?unfair\b",
        r"\bi\s+know\s+(?:it|this)\s+(?:isn't|is\s+not|isnt|can't\s+be)\s+easy\b",
        # ("Moving is so stressful.", "car trouble is the worst": what befell them, commiserated)
        r"(?:^|[.!?]\s+)(?:\w+ing|moves?|car\s+trouble|break[\s-]?ups?|divorces?|redundancy|illness)\s+"
        r"(?:is|are|can\s+be)\s+(?:so|really|such|always|just)\s+(?:stressful|hard|tough|exhausting|draining|"
        r"awful|a\s+nightmare|a\s+pain)\b",
        # ("Kindly accept my sympathies sir.", corpus 117)
        r"\b(?:sympathies|condolences)\b",
        negatable=True,
    ),
    entry(
        "probe_reason",
        A.PROBE_REASON,
        r"\bwhat(?:'s|s|\s+is)\s+(?:going\s+on|up\s+with|wrong)\b",
        r"\bwhat\s+was\s+wrong\b",
        r"\bwhy\s+did\s+(?:you|u)\b",
        r"\bwhen\s+did\s+(?:you|u)\s+(?:pay|send|make|transfer)\b",
        # ("Did you contact us at the time to ask for a payment break?": what they did, asked)
        r"\bdid\s+(?:you|u)\s+(?:contact|call|ring|phone|email|speak\s+to|talk\s+to)\s+(?:us|anyone|anybody|"
        r"the\s+(?:bank|lender|dealer|garage))\b[^.?!]{0,60}\?",
        # "Have they given you a date for the repair?", "what did the dealer say?"
        r"\b(?:have|has|did)\s+(?:they|the\s+(?:dealer|garage|dealership|bank|employer))\s+(?:given|told|said|offered|say|tell|give)\b",
        r"\bwhat\s+(?:did|has)\s+the\s+(?:dealer|garage|dealership)\s+(?:said|say|told\s+you)\b",
        # "When you paid, please?", "you already paid?": about the payment already made
        r"\bwhen\s+(?:you|u)\s+(?:paid|sent|made|transferred)\b",
        r"\b(?:you|u)\s+(?:already\s+)?(?:paid|sent\s+it)(?:\s+already)?\s*\?",
        # "which method you used to send it?", "do you remember which day you sent it" (corpus
        # 111): the payment they say they made, asked about
        r"\b(?:which|what)\s+(?:method|way|day|date|account|bank|card)\s+(?:did\s+(?:you|u)\s+(?:use|pay|send|make|"
        r"transfer)|(?:you|u)\s+(?:used|paid|sent|made|transferred))\b",
        r"\bhow\s+long\s+will\s+(?:you|u)\s+be\b",
        r"\b(?:any|some)\s+(?:income|money\s+coming\s+in|savings|help\s+from)\b",
        r"\b(?:family|anyone|someone)\s+who\s+could\s+help\b",
        r"\bwhat\s+money\s+do\s+(?:you|u)\s+have\b",
        r"\bis\s+the\s+car\s+(?:fixed|working|back|running|still)\b",
    ),
    entry(
        "probe_reason",
        A.PROBE_REASON,
        # ("so what exactly happened this time sir?"; "where have things got to with the dealer?")
        r"\bwhat\s+(?:exactly\s+|actually\s+|really\s+)?happened\b",
        r"\bwhere\s+(?:have|are)\s+things\s+(?:got\s+to|at)\b|\bwhere\s+are\s+(?:you|u)\s+at\s+with\b",
        OBSTACLE_ASKED,
        r"\bwhy\s+(?:haven't|didn't|hasn't|weren't|wasn't|can't|couldn't|aren't|isn't|won't)\s+(?:you|it|the)\b",
        r"\bwhat\s+(?:made|caused|led\s+to)\b",
    ),
    entry(
        "probe_reason",
        A.PROBE_REASON,
        r"\b(?:can|could)\s+you\s+(?:tell|walk)\s+me\s+(?:what|why|about|more)",
        r"\bwhat(?:'s|\s+is)\s+(?:going\s+on|the\s+(?:problem|issue|situation|reason|difficulty))",
        r"\bwhat\s+(?:seems\s+to\s+be|was)\s+the\s+(?:problem|issue)",
        r"\bis\s+(?:something|anything)\s+(?:preventing|stopping|wrong|going\s+on)",
        r"\bhelp\s+me\s+understand\b",
        r"\bwhat\s+would\s+(?:help|make\s+it\s+(?:easier|possible))",
        r"\bhow\s+(?:is|are)\s+(?:your|things)\s+(?:situation|finances|work|job|going)",
        WORK_GOING_ASKED,
        r"\bis\s+there\s+a\s+reason\b",
        r"\bhow\s+much\s+(?:\w+\s+){0,5}(?:leave|left|afford|manage|spare)\b",
        r"\b(?:income|budget|benefits?|outgoings|expenses|wages|salary)\b[^.!?]{0,60}\?",
        # ("r u claiming any benefits atm or is nothin comin in", "ok. getting any sick pay":
        # asked without the mark)
        r"\b(?:claiming|getting|receiving|on)\s+(?:any\s+)?(?:benefits?|sick\s+pay|universal\s+credit|"
        r"unemployment|jobseeker'?s|severance)\b",
        # ("ok so after rent whats left", "whats left over after rent these days", "who do you
        # bank with now", "are u workng anywhere now": corpus 104)
        r"\bafter\s+(?:the\s+)?(?:rent|bills)\s*,?\s*what(?:'s|s|\s+is)\s+left\b|"
        r"\bwhat(?:'s|s|\s+is)\s+left(?:\s+over)?\s+(?:after|once)\s+(?:the\s+|your\s+)?(?:rent|bills)\b",
        r"\bwho\s+(?:do|d)\s+(?:you|u)\s+bank\s+with\b",
        r"\b(?:are|r)\s+(?:you|u)\s+(?:working|workng|wrking|employed)\s+(?:anywhere|at\s+the\s+moment|now|atm)\b",
    ),
    entry(
        # their situation asked after in everyday words: payday, work, the dealer, being back
        "probe_reason",
        A.PROBE_REASON,
        r"\bwhat\s+happend\b|\bwhat\s+(?:prevented|stopped|kept)\s+(?:you|u|it|the)\b",
        r"\bwhen\s+(?:do|does|will)\s+(?:you|u|he|she|they)\s+(?:next\s+)?(?:get\s+paid|get\s+back|come\s+back|be\s+back|start|hear)\b",
        r"\bwhen(?:'s|\s+is)\s+(?:your\s+)?(?:next\s+)?pay\s?day\b|\bwhen(?:'s|\s+is)\s+(?:he|she)\s+back\b",
        r"\b(?:you|u)\s+get\s+paid\s+(?:weekly|monthly|fortnightly|every)\b",
        r"\b(?:are\s+)?(?:you|u)\s+back\s+(?:now|home|yet)\s*\?|\b(?:feeling\s+)?better\s+now\s*\?",
        r"\bwhen\s+did\s+(?:the|this|that|it|your)\b[^?.!]{0,40}\b(?:start|begin|happen|stop|break)",
        r"\bwhat(?:'s|s|\s+is|\s+are)\s+(?:the|they)\s+(?:dealer|dealership|garage|insurer|insurance|employer)\w*\s+(?:saying|said|doing|name)\b",
        r"\bwhich\s+bank\s+(?:did|do|are)\s+(?:you|u)\b",
        r"\b(?:any|anything)\s+(?:interviews?|work|jobs?|shifts?|cash|money)\s+(?:coming\s+(?:up|in)|lined\s+up)\b|\banything\s+lined\s+up\b",
        r"\bwhat\s+(?:kind\s+of|kinda|sort\s+of|sorta|type\s+of)\s+(?:work|jobs?|roles?|positions?)\b",
    ),
    entry(
        "offer_plan",
        A.OFFER_PLAN,
        r"\b(?:payment|instal?l?ment|repayment)\s+(?:plan|arrangement|schedule|agreement)s?\b",
        r"\bsplit\s+(?:it|that|this|the\s+\w+|the\s+payment|the\s+balance)\b",
        # "Then the rest we split monthly", "the remaining 450.16 we could split into monthly bits"
        r"\bsplit\s+(?:up\s+)?(?:monthly|weekly|into\s+(?:monthly|weekly|smaller|\w+\s+(?:monthly\s+)?(?:bits|parts|chunks|"
        r"payments)))\b",
        r"\bin\s+(?:two|three|four|five|six|\d+|several|smaller|monthly|weekly|equal)\s+(?:monthly\s+|weekly\s+|equal\s+|smaller\s+)?(?:instal?l?ments|payments|parts|chunks|amounts)\b",
        r"\binto\s+(?:two|three|four|five|six|\d+|several|smaller|monthly|weekly|equal)\s+(?:monthly\s+|weekly\s+|equal\s+|smaller\s+)?(?:instal?l?ments|payments|parts|chunks|amounts)\b",
        # ("Would it help if we looked at spreading it over a few months?", corpus 100)
        r"\bspread(?:ing)?\s+(?:it|that|this|the\s+(?:balance|payments?|cost|debt|arrears))\s+(?:out\s+)?"
        r"(?:over|across)\s+(?:a\s+few|a\s+couple\s+of|the\s+next|several|two|three|four|five|six|\d+)\s+"
        r"(?:months|weeks|paydays)\b",
        negatable=True,
    ),
    entry(
        # "$60 on the 13th, then $60 every month until the arrears are gone" (play-test 138):
        # a plan put, unless the line only says one back ("so the plan is $120 ... then $120
        # each month after. Does that sound right?": the reader checks)
        "plan_then_each",
        A.OFFER_PLAN,
        # ("would maybe forty dollars on the 13th work? and then, sorry, maybe like a hundred a
        # month after that?", play-test 198)
        r"\bthen\W+(?:(?:sorry|maybe|like|um+|uh+|say|perhaps|about|around|just)\W+){0,4}"
        r"(?:(?:\$|£|€)?\d[\d,]*(?:\.\d\d)?|(?:a|one|two|three)\s+hundred|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
        r"\s+(?:dollars\s+|bucks\s+|pounds\s+)?(?:every|each|a|per)\s+"
        r"(?:month|week|fortnight)\b",
        # "80 bucks friday the 13th, then 180 on the 13th of every month" (play-test 150)
        r"\bthen\s+(?:\$|£|€)?\d[\d,]*(?:\.\d\d)?\s+(?:dollars\s+|bucks\s+|pounds\s+)?on\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+"
        r"(?:of\s+)?(?:every|each)\s+month\b",
    ),
    entry(
        "offer_plan",
        A.OFFER_PLAN,
        # not "you're 689.52 behind, two instalments" (the ones missed; "in two instalments"
        # is a plan, above)
        r"(?<!missed\s)(?<!late\s)(?<!overdue\s)(?<!unpaid\s)(?<!last\s)(?<!previous\s)(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!six\s)(?<!seven\s)(?<!eight\s)(?<!nine\s)(?<!ten\s)(?<![0-9]\s)\binstal?l?ments\b(?!\s+(?:missed|behind|overdue|late|unpaid|outstanding|(?:remain|are|stay|still)\s+(?:still\s+)?(?:due|owed|payable)))",
        r"\b(?:partial|smaller|reduced)\s+payments?\b",
        # "ok so full amount's obv not happening rn. what could u realistically put down ...
        # like even 50 bucks?" (play-test 187): the whole ruled out, a part asked for
        r"\b(?:the\s+)?(?:full|whole|entire)\s+(?:amount|thing|balance|lot|sum)(?:(?:'s|\s+is)\s+"
        r"(?:obv(?:iously)?\s+|clearly\s+|probably\s+)?not|\s+isn't|\s+is\s+not)\s+(?:happening|possible|"
        r"doable|realistic|on\s+the\s+cards)\b",
        r"\bpay\s+(?:it\s+)?(?:in\s+)?(?:parts|stages|bits)\b",
        # "$200 by this Friday, and the rest with the next payment?": a part now, the rest later
        r"\b(?:the\s+rest|the\s+remainder|the\s+other\s+half|the\s+balance)\s+(?:goes\s+|can\s+go\s+|added\s+)?"
        r"(?:with|on|onto)\s+(?:the|your|ur)\s+next\s+(?:payment|instal+ment|repayment|bill)\b",
        r"\bspread\s+(?:it|that|the\s+\w+|the\s+payments?)\s+(?:out|over)\b",
        r"\bset\s+(?:you\s+)?up\s+(?:on\s+)?an?\s+(?:little\s+|small\s+|smaller\s+|simple\s+|payment\s+)?(?:arrangement|plan)\b",
        # "We can do a plan.", "I could offer you an arrangement"
        r"\b(?:can|could|will|'ll)\s+(?:do|offer|arrange)\s+(?:you\s+)?an?\s+(?:little\s+|small\s+|"
        r"payment\s+|repayment\s+)?(?:plan|arrangement)\b",
        r"\b(?:monthly|weekly|fortnightly)\s+payments?\b",
        # ("would a smaller monthly amount help for now?", corpus 110)
        r"\b(?:smaller|lower|reduced|little|small)\s+(?:monthly|weekly|fortnightly)\s+(?:amounts?|sums?|"
        r"instal+ments?)\b",
        r"\bwork\s+out\s+(?:a|some)\s+(?:plan|arrangement|schedule)\b",
        r"\bhardship\s+(?:plan|programme|program|scheme)\b",
        # "would a small monthly plan help?", "We could look at a reduced plan.", "like smaller
        # monthly amounts?"
        r"\b(?:a|an)\s+(?:small|smaller|little|reduced|lower|monthly|weekly)\s+(?:monthly\s+|weekly\s+)?plan\b",
        r"\b(?:smaller|lower|reduced)\s+(?:monthly|weekly)\s+(?:amounts|payments|instal?l?ments|sums)\b",
        r"\b(?:a|the)\s+plan\s+(?:that|which|you|to|of|for)\b",
        r"\blook\s+at\s+(?:a|some)\s+(?:plan|options)\b",
        # "wud a plan help?", "what if we did a plan... like 50 on friday"
        r"\b(?:would|wud|could|might|will)\s+a\s+plan\s+(?:help|work|suit|be\s+(?:easier|better))\b|"
        r"\b(?:how\s+about|what\s+about|what\s+if\s+we\s+(?:did|do|set\s+up|made|had))\s+a\s+plan\b",
        r"\bagree\s+(?:on\s+)?a\s+plan\b",
        r"\b(?:affordable|manageable|realistic)\s+(?:plan|amount|arrangement)\b",
        r"\b(?:find|work\s+out|agree)\s+(?:an?\s+)?(?:amount|figure|sum)\s+(?:you|that)\s+can\s+(?:manage|afford)",
        r"\b(?:get|put)\s+a\s+plan\s+in\s+place\b|\bplan\s+in\s+place\b",
        # part now, the rest later: "half now ... and the rest next month", "$200 now and the rest
        # on Friday" (the figure's digits open the second form)
        r"\b(?:half|part|some|a\s+part|a\s+portion|a\s+bit)\s+(?:of\s+(?:it|that|the\s+\w+)\s+)?(?:now|today|this\s+\w+|up\s+front|upfront)\b[^.?!]{0,40}\b(?:the\s+)?(?:rest|remainder|other\s+half|balance)\b",
        r"\b\d[\d,]{0,23}(?:\.\d\d)?\s+(?:dollars\s+)?(?:now|today|this\s+\w+|up\s+front|upfront)\b[^.?!]{0,40}\b(?:the\s+)?(?:rest|remainder|other\s+half|balance)\b",
        # "I can do first payment in next 2 weeks, then rest monthly" (play-test 129)
        r"\b(?:a\s+|the\s+)?first\s+(?:small\s+)?payment\b[^.?!]{0,40}\bthen\s+(?:the\s+)?"
        r"(?:rest|remainder|balance)\s+(?:monthly|weekly|every|each|in\s+instal)",
        negatable=True,
    ),
    entry(
        "confirm_phrase",
        None,
        r"\bjust\s+to\s+(?:confirm|recap|be\s+clear|make\s+sure)\b",
        # "just to check, that's $322.20 ... on Friday?", "double-checking: $50 Friday?" (not
        # "just to check, am I speaking with...", "double check ur dob")
        r"\b(?:just\s+(?:to\s+)?(?:double[\s-]?)?check(?:ing)?|(?:to\s+)?double[\s-]?check(?:ing)?)"
        r"[\s,:-]+(?:so\s+)?"
        r"(?:that's|that\s+is|it's|we're|we've|we\s+have|the\s+\$|[$£€]|\d)",
        r"\bto\s+(?:confirm|recap|summari[sz]e)\b",
        # "ok so just to repeat it back, 304.51 by bank transfer on friday the 13th" (play-test
        # 190)
        r"\b(?:just\s+)?to\s+(?:repeat|read|say)\s+(?:it\s+|that\s+|this\s+|everything\s+)?back\b",
        # "um so like I said, 275 on friday the 13th by bank transfer, then 100 every month ...
        # does that work?": the terms said again, sum first (play-test 128)
        r"\b(?:like|as)\s+i\s+said,?\s+(?=[$£€]?\d)",
        # "Right. 2492.16, bank transfer, Tuesday 17th. ... Confirm.": the word alone, last
        r"(?:^|[.!?]\s+)(?:please\s+)?confirm(?:\s+(?:please|pls))?\s*[.!?]*\s*$",
        r"\blet\s+me\s+(?:confirm|repeat|read\s+(?:that|it)\s+back|recap)\b",
        # "So let me just run it back: $317 ...", "let me run that by you"
        r"\blet\s+me\s+(?:just\s+)?(?:run|read|go)\s+(?:it|that|this|them|those|through\s+(?:it|that))\s+"
        r"(?:back|by\s+you|again|over)\b",
        r"\bso\s+(?:we(?:'ve|\s+have)\s+agreed|that's|that\s+is|you'll|you\s+will|you're\s+going\s+to)\b",
        r"\b(?:is\s+that|that's|is\s+this)\s+(?:right|correct)\b",
        # ("yes, that's, um, right.", play-test 274)
        # (the "that's" looked back to: a pattern that opens on it is tried at every "that's")
        rf"(?<=\bthat's,\s){FILLER}\s*,?\s*(?:right|correct)\b",
        # "That right, Brenda?": the question asked short, the debtor's name as its tag
        r"(?:^|[.!;:]\s*)that\s+(?:right|correct)\b",
        # ("correct sir?", "right, ma'am?": the tag with a term of address after it)
        r"\b(?:correct|right|agreed)(?:,?\s+(?:sir|ma'?am|madam|miss|mate|love|boss))?\s*\?",
        r"\bdo\s+we\s+have\s+a\s+deal\b",
        # ("So we've got a deal or are you gonna change your mind again?", play-test 280)
        r"\b(?:have\s+we|we(?:'ve|\s+have))\s+got\s+(?:a|ourselves\s+a)\s+deal\b",
        # "So 241 by card on Friday 3/13, then 160.97 on April 1st. Say yes and we're done."
        r"(?:^|[.!?,;:]\s*)(?:just\s+)?say\s+yes\b",
        r"\b(?:that's|it's)\s+(?:settled|agreed|a\s+deal)\b|\bwe're\s+agreed\b",
    ),
    # "So the $50 on Friday by card": a restatement only when the terms are the ones on the
    # table; "so your payment's overdue, can you pay it today?" is how a sentence starts
    entry("so_restate", None, r"(?:^|[,.!;:]\s*)so\s+(?:the|your|that|it)\b"),
    # A restatement closed by a tag question: "$291.81 Thursday by card. Yeah?"
    entry(
        "confirm_phrase",
        None,
        # (not "Can you do $300 today by card, yes or no?": an answer asked for, not a tag)
        r"(?:^|(?<!\bor)[\s,.!;:-])(?:yeah|yea|yeh|yah|aye|yes|yep|ya|ok|okay|k|kk|right|correct|confirmed|confirm|agreed|alright|cool|deal|good|fine|sure|no|innit|eh)\s*\?+\W*$",
        r"\b(?:does|do|would|will)\s+(?:that|this|it|all\s+that)(?:\s+all)?\s+(?:sound|work|look|seem)\s+(?:ok|okay|alright|all\s+right|right|correct|good|fine|about\s+right|accurate|fair)\b",
        r"\b(?:sound|sounds)\s+(?:good|right|ok|okay|fair|about\s+right|correct)\s*\?",
        r"\bis\s+(?:that|this|it)\s+(?:ok|okay|alright|all\s+right|fine|accurate|good\s+with\s+you)\s*\?",
        # "So $250 online on Friday 13 March, rest with next instalment. Ok for you?"
        # (a sentence of its own: "... first payment this Friday. Is ok for you?" proposes)
        r"\b(?<![\w']\s)(?:ok|okay|alright|fine|good)\s+(?:for|with)\s+(?:you|u)\s*\?+\W*$",
        # ("... 294.45 thu 2 april. done?": the tag as its own sentence; "is it done?" asks
        # whether they paid, "Miss the 20th, the fees go back on. Clear?" warns)
        r"\b(?<![\w']\s)(?:done|sorted|settled)\s*\?+\W*$",
        # "... by Tuesday March 17. all of it, not half. we clear?", "we good?" (play-test 161)
        r"(?:^|[.!,;:-]\s*)(?:are\s+)?we\s+(?:clear|good|agreed|square|on\s+the\s+same\s+page|all\s+set)\s*\?+\W*$",
        # "so 240.12 extra on the 22nd of march. clear?", "... got it or do i need to repeat it
        # slower" (play-test 200): the terms said, then a curt check they are understood
        r"(?:^|[.!,;:-]\s*)(?:clear|understood|got\s+(?:it|that))\s*\?+\W*$",
        r"\bgot\s+(?:it|that)\s+or\s+(?:do|shall|should|will)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?(?:repeat|say)\b",
        r"\bcan\s+you\s+confirm\s+(?:that|this|it|for\s+me)\b",
        r"\b(?:are\s+we|we're|we\s+are)\s+(?:good|agreed|clear|set|on\s+the\s+same\s+page)\s*\?",
        r"\ball\s+good\s*\?",
        # "right so 209 by bank transfer friday the 13th and the other 139.84 with next months
        # payment, got it?" (play-test 120)
        r"\b(?:(?:you|u|ya)\s+)?got\s+(?:it|that|all\s+that)\s*\?+\W*$",
        r"\b(?:have|did)\s+i\s+(?:got|get)\s+(?:that|it|everything|all\s+that)\s+right\b",
        r"\byou\s+(?:agree|confirm)\s*\?",
    ),
    # --- giving in, and holding the line ------------------------------------------------------
    entry(
        "accept_vague",
        A.ACCEPT_VAGUE,
        r"\bwhen(?:ever)?\s+(?:you\s+(?:can|are\s+able|'re\s+able|get\s+(?:a\s+chance|the\s+chance|the\s+money|round\s+to\s+it|paid)|have\s+(?:the\s+money|time|a\s+moment)|like|want|feel\s+like)|it\s+suits(?:\s+you)?|it's\s+convenient|it\s+works(?:\s+for\s+you)?)\b",
        r"\bwhenever\b",
        negatable=True,
    ),
    entry(
        # "no rush", "take your time": accepting a vague promise only when said of paying (the
        # reader checks); to the bereaved, or to a debtor parking the car, it is kindness
        "no_rush",
        A.ACCEPT_VAGUE,
        r"\bno\s+(?:rush|hurry|pressure|worries\s+about\s+the\s+(?:date|timing))\b",
        # (not "Sorry for taking your time", "thanks for taking the time": the call's time;
        # play-test 258)
        r"(?<!for\s)\b(?:take|taking)\s+(?:all\s+)?(?:your|the)\s+time\b",
        r"\bno\s+need\s+to\s+(?:rush|hurry|pay\s+(?:today|now|right\s+away))\b",
        r"\bin\s+your\s+own\s+time\b",
        r"\bit\s+can\s+wait\b",
        r"\bdon't\s+worry\s+about\s+(?:it|paying|the\s+(?:payment|money|balance|date))\b",
        r"\bpay\s+what\s+you\s+can\b",
        r"\b(?:it's|that's)\s+(?:fine|ok|okay),?\s+(?:pay\s+)?(?:later|next\s+month|whenever)",
        r"\b(?:we|i|it|that)\s+can\s+wait\b",
        r"\bwhatever\s+(?:works|suits)\b",
    ),
    entry(
        "accept_vague",
        A.ACCEPT_VAGUE,
        # "okay, next month is fine": a concession, whichever way round it is said
        # (not "ok but 'soon' is kinda vague": the concession taken back in the same breath)
        # (not "okay sir, but soon is which day?": the "but" after a word of address)
        r"\b(?:ok|okay|fine|sure|alright|all\s+right|no\s+problem|that\s+works)\b"
        r"(?!\s*,?\s*(?:(?:sir|ma'?am|madam|mate|love|then|yes|yeah)\s*,?\s*)?but\b)[^.?!]{0,30}\b(?:next\s+month|later|sometime|some\s+time|eventually|whenever|(?<!speak\s)(?<!talk\s)(?<!chat\s)(?<!better\s)(?<!you\s)(?<!too\s)soon|when\s+you\s+can)\b",
        # (nor "would friday be ok, or is that too soon", play-test 267: a day asked)
        # (not "set up the direct debit again so next month is fine": what the set-up is for)
        # (nor "sometime in the next 2 weeks is fine", play-test 122: a window with an end)
        r"(?<!so\s)(?<!so\sthat\s)\b(?:next\s+month(?:\s+or\s+(?:the\s+month\s+after|so|two))?|later|"
        r"sometime(?!\s+(?:in\s+the\s+next|within|this\s+week|before|by)\b)|eventually|whenever)\b"
        # (nor "the other $250.17 next month, um, which day would be okay?", play-test 245: the
        # day in it asked)
        r"(?:(?!\b(?:which|what|when)\b)[^.?!]){0,20}\b(?:is|sounds|would\s+be|'s)\s+"
        r"(?:fine|ok|okay|good|great|no\s+problem)",
    ),
    entry(
        "vague_timing",
        None,
        # (not "sometime in the next 2 weeks", play-test 122: a window with an end)
        r"\b(?:some\s*time(?!\s+(?:in\s+the\s+next|within)\b)|at\s+some\s+point|eventually|one\s+of\s+these\s+days|down\s+the\s+line|in\s+the\s+future|when\s+things\s+(?:settle|improve|get\s+better))\b",
        # (not "two weeks later on the 27th": a day counted on)
        r"(?<!weeks\s)(?<!days\s)(?<!week\s)\blater\s+on\b(?!\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun))",
        r"\bnext\s+month\s+or\s+(?:the\s+month\s+after|so|two)\b",
        r"\b(?:in\s+a\s+)?month\s+or\s+two\b",
        # (not "speak soon", "get better soon": a farewell, a wish)
        # (nor "exams must be soon": what is coming, not when to pay)
        r"(?<!speak\s)(?<!talk\s)(?<!chat\s)(?<!better\s)(?<!you\s)(?<!must\sbe\s)(?<!will\sbe\s)"
        # (nor "would this week work or is that too soon", play-test 193: a day asked about; nor
        # "do you get paid soon", play-test 195: their pay asked about)
        r"(?<!'ll\sbe\s)(?<!coming\sup\s)(?<!too\s)(?<!paid\s)\bsoon(?:ish)?\b(?!\s+as)",
        r"(?<!now\s)\bpay\s+(?:it\s+)?later\b",  # not "buy now pay later", the kind of loan
        negatable=True,
    ),
    entry(
        "say_no",
        A.SAY_NO,
        r"\b(?:i|we|the\s+bank)\s+(?:really\s+)?(?:can't|cannot|can\s+not|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to|won't|will\s+not|don't|do\s+not|are\s+not\s+able\s+to|aren't\s+able\s+to)\s+(?:\w+\s+)?(?:waive|remove|cancel|reduce|drop|extend|accept|agree|do\s+that|offer|give|wait|change|write\s+off|forgive|make\s+an\s+exception|freeze|delay|postpone|stop|hold\s+off|take)",
        r"\b(?:i|we)\s+(?:cant|dont|wont)\s+(?:\w+\s+)?(?:waive|remove|cancel|reduce|drop|extend|accept|wait|take|do\s+that)\b",
        r"\b(?:the\s+)?(?:fees?|charges?|interest)\s+(?:stays?|stands?|remains?)\b",
    ),
    entry(
        "say_no",
        A.SAY_NO,
        r"\b(?:that's|that\s+is|it's|it\s+is)\s+not\s+(?:possible|something\s+(?:i|we)\s+can\s+do|an\s+option)\b",
        r"\bi'm\s+afraid\s+(?:not|i\s+can't|we\s+can't|that's\s+not)",
        r"\bunfortunately,?\s+(?:i|we)\s+(?:can't|cannot|won't|are\s+not|'re\s+not)",
        r"\bno,\s+(?:i|we)\s+(?:can't|cannot|won't)\b",
        r"\bthat\s+won't\s+(?:work|be\s+possible)\b",
        r"\bisn't\s+an\s+option\b",
    ),
    entry(
        "say_no",
        A.SAY_NO,
        # holding the line in everyday words: "not our problem", "soon isn't good enough"
        r"\b(?:not|isn't|is\s+not)\s+(?:our|my)\s+problem\b",
        r"\bis\s+the\s+(?:dealer's|garage's|bank's)\s+problem\b",
        r"\b(?:isn't|is\s+not|not)\s+good\s+enough\b",
        r"\bnot\s+how\s+(?:it|this|that)\s+works\b",
        r"\b(?:not|isn't|is\s+not)\s+acceptable\b",
        # "'something at some point' is not an arrangement I can accept"
        r"\b(?:not|isn't|is\s+not|'s\s+not)\s+(?:an?\s+)?(?:arrangement|plan|offer|promise|date)\s+"
        r"(?:i|we)\s+(?:can|could)\s+(?:accept|agree\s+to|take)\b",
        r"\bi\s+need\s+more\s+than\s+that\b",
        r"\b(?:can't|cant|cannot|can\s+not)\s+wait\s+for\b",
        r"\b(?:is|are)\s+(?:separate|a\s+separate\s+(?:matter|issue))\b|\btwo\s+different\s+(?:matters|things|issues)\b",
        r"\bstill\s+(?:has|have|had)\s+to\s+be\s+(?:paid|made)\b",
        r"^\W*no[.!]\s",
        r"\bis\s+nothing\.",
        # the debtor's offer turned down as too little or too late: "that's too late, sorry"
        r"(?<!not\s)(?<!n't\s)\b(?:is|'s|are|'re|sounds|seems)\s+(?:a\s+bit\s+|a\s+little\s+|far\s+|way\s+|much\s+|just\s+)?too\s+(?:late|long|slow|little|low|far\s+(?:off|away))\b",
        r"\bnot\s+this\s+time\b",
        # ("not accepting soon again", "cant do anything about the rate tho": corpus 103)
        r"\b(?:i'm\s+|i\s+am\s+|we're\s+|we\s+are\s+)?not\s+accepting\b",
        r"\b(?:i|we)?\s*(?:can't|cant|cannot)\s+do\s+anything\s+about\b",
        # the request turned down with no "I" ("cant do that", corpus 111), not echoed back
        # as a question ("can't do that? why not?")
        r"^\W*(?:(?:no|nah|sorry|nope),?\s+)?(?:can't|cant|cannot)\s+do\s+that\b(?!\s*\?)",
    ),
    # Refusing more time is holding the line *and* urgency.
    entry(
        "refuse_delay",
        A.SAY_NO,
        r"\b(?:can't|cannot|won't|not\s+able\s+to)\s+wait\b",
        r"\bno\s+way\s+(?:this|it|that|we)\s+can\s+wait\b",
        r"\bcan't\s+(?:give|extend|allow)\s+(?:you\s+)?(?:more|any\s+more|extra)\s+time\b",
        r"\b(?:isn't|is\s+not|not)\s+an\s+option\b",
    ),
    # The debt is payable now: "the full balance is due", "it must be paid".
    entry(
        "due_now",
        None,
        r"\b(?:is|are)\s+(?:now\s+)?(?:due|payable|owed)\b(?!\s+(?:on|by|in|next|from|at))",
        r"\bmust\s+be\s+paid\b",
        r"\bneeds?\s+(?:paying|to\s+be\s+paid)\b",
    ),
    entry(
        "apology",
        A.APOLOGISE,
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|really\s+|terribly\s+|truly\s+)?sorry\b(?!\s+(?:again\s+)?(?:to\s+hear|to\s+here|about\s+(?:your|the|that)|for\s+your|that\s+you|you're|youre|you'?ve|youve|your|ur\s|you\s+(?:lost|feel|had|have|are|went|were|been)|the\s+car))",
        r"\b(?:i\s+)?apologi[sz]e\b",
        r"\b(?:my\s+)?apologies\b",
        r"\bsorry\s+(?:for|about)\s+(?:the|that|this|any|calling|bothering|interrupting|catching|"
        r"disturbing|troubling|keeping|ringing|the\s+confusion)",
        # ("sorry to catch you on the road", corpus 111: the caller's own intrusion)
        r"\bsorry\s+to\s+(?:catch|bother|disturb|interrupt|trouble|call|ring|keep|hold)\b",
        r"^\W*sorry\b(?!\s+(?:to\s+(?:hear|here)|about\s+(?:your|the|that)|for\s+your\s+loss))",
        # "No need to apologise", "please don't apologise": no apology
        negatable=True,
    ),
    entry(
        # a passing "sorry" between words: "No, sorry, not a job thing", "monday is too late
        # sorry, can u...", "writing- sorry, calling" (after sympathy it is sympathy: acts.py)
        "passing_sorry",
        A.APOLOGISE,
        r"\bsorry\s*(?=[,.!;]|$)",
        negatable=True,
    ),
    entry(
        "thanks",
        A.THANK,
        # ("I really appreciate you being upfront", corpus 104)
        r"\b(?:thank\s+you|thanks|thank|cheers|much\s+appreciated|many\s+thanks|i\s+(?:really\s+|truly\s+|do\s+)?"
        r"appreciate\s+(?:it|that|your|you))\b",
        # typed fast or in the trainee's own language: "thnks", "ta", "appreciate it", "salamat po"
        r"\b(?:thankyou|thnks|thnak\s+you|thnx|tks|tnx|ty|ta(?=\s*(?:[.!,]|$|very|for|x))|(?:(?<=[.!,]\s)|^)ta(?=\s+[^\W\d_]+\s*(?:[.!,]|$))|"
        r"(?<!i\s)(?<!'d\s)(?<!would\s)(?<!really\s)appreciate\s+(?:it|that|you)(?!\s+if)|"
        r"salamat|gracias|obrigad[oa]|merci|danke|dzi[eę]kuj[eę]|diolch|asante\s+sana|shukran|"
        r"go\s+raibh\s+maith\s+agat|dhanyavaad|xie\s+xie|arigato)\b",
    ),
    entry(
        "close",
        A.CLOSE,
        # not "before you say bye and hang up", "don't say 'bye'", "did you have a nice weekend?"
        r"\b(?<!say\s)(?<!said\s)(?<!saying\s)(?<!')(?<!did\syou\s)(?:good\s*bye|bye|have\s+(?:yourself\s+)?a\s+(?:real\s+|really\s+|very\s+)?(?:good|nice|great|lovely|blessed|wonderful)\s+(?:day|dya|evening|afternoon|one|1(?!\d)|weekend(?!\s*\?)|night)|(?:talk|speak|chat)\s+(?:to\s+you\s+)?(?:soon|later)|take\s+care(?!\s+of))\b",
        r"\bthat's\s+all\s+(?:for\s+now|i\s+needed)\b",
        # "Then we have nothing more to discuss. Our legal team will be in touch." (corpus 115)
        r"\b(?:we|i)\s+(?:have|'ve\s+got)\s+nothing\s+(?:more|else|further)\s+to\s+(?:discuss|talk\s+about|say)\b",
        # "ok later", "laters", "catch ya later": the whole line a goodbye (play-test 137)
        r"^\W*(?:(?:ok|okay|k|kk|alright|right|cool|cheers),?\s+)?(?:catch\s+(?:you|u|ya)\s+)?"
        r"(?:later|laters|l8r)(?:\s+then)?\W*$",
        # "thanks nate, good luck with the flying!", "thx travis later": thanks, then a wish or a
        # "later" as the line's last words
        r"\b(?:thanks|thank\s+you|thx|ty|ta|cheers)\b[^.?!]{0,40}\b(?:good\s+luck|best\s+of\s+luck|all\s+the\s+best)\b"
        r"[^.?!]{0,30}[.!]*\s*$",
        r"\b(?:thanks|thx|ty|cheers)\s+(?:[a-z]+\s+)?(?:later|laters|l8r)\W*$",
        # "sorry again for the bother, have a nice", "Great. Safe fli": a goodbye cut off as
        # the line was sent, said last
        r"\bhave\s+a\s+(?:good|nice|great|lovely)\s*$|\bsafe\s+(?:fli|fl|trav|trip)\w*\s*[.!]*\s*$",
        # "awesome thanks tyrone, ride safe man", "drive safe!": a goodbye, said last
        r"\b(?:ride|drive|travel|fly|get\s+home)\s+safe(?:ly)?(?:\s+(?:man|mate|bro|now|x+))?\s*[.!]*\s*$",
        # "Just pay. We're done here.": said last, it ends the call
        # (not "make it 400 on the 13th and we're done here", play-test 188: done once it is
        # agreed)
        r"(?<!\band\s)(?<!\bthen\s)\b(?:we're|we\s+are|i'm|i\s+am)\s+done\s+(?:here|for\s+(?:now|today))\s*[.!]*\s*$",
        # "Yeah we're done. Don't make me call again.": said as an answer, a sentence of its own
        r"(?:^|[.!]\s*)\W*(?:(?:yeah|yes|yep|ok|okay|right|good|great)\W+)?(?:we're|we\s+are)\s+done\s*(?:[.!]|$)",
        r"\bi'll\s+let\s+you\s+go\b",
        r"\b(?:cheerio|ta-ra|toodle-?oo|so\s+long|farewell)\b",
        # "Thank you for your time. Good day.": the formal goodbye, said last
        r"\bgood\s*day(?:\s+to\s+you)?\s*[.!]*\s*$",
        # "Thank you, Mr. Howard, I appreciate that. I will note it on your account. Good
        # afternoon." (play-test 185): thanks, then the time of day said last, as a goodbye
        r"\b(?:thanks|thank\s+you|appreciate\s+(?:it|that))\b[^?]{0,100}?[.!,]\s*good\s+(?:afternoon|evening|morning|night)"
        r"(?:\s+to\s+you)?(?:,?\s+(?:mr|mrs|ms|miss|sir|madam)\.?(?:\s+[a-z]+)?)?\s*[.!]*\s*$",
        r"\b(?:i|we)\s+(?:won't|shan't|will\s+not|shall\s+not)\s+keep\s+you\s+(?:any\s+longer|any\s+more)\b",
        r"\b(?:bye[-\s]?bye|byee+|buh[-\s]?bye|ciao|cya|ttyl)\b",
        r"(?<!to\s)\bsee\s+(?:ya|you)(?:\s+(?:later|soon|then))?\s*[.!]*\s*$",
        r"\b(?:later\s+then|catch\s+you\s+later|all\s+the\s+best)\b",
        r"\b(?:peace\s+out|laters|later\s+(?:mate|m8|bro|dude|then))\s*[.!]*\s*$",
        # ("Enjoy the rest of your Tuesday!", corpus 117)
        r"\benjoy\s+(?:the\s+rest\s+of\s+)?(?:your|ur)\s+(?:day|evening|weekend|afternoon|morning|week|(?:lunch\s+)?break|lunch|shift|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        # "Fair enough mate. Cheers.", "cheers pal", "aight, no worries, later", "Peace."
        r"\bcheers(?:\s+(?:now|pal|mate|m8|bud|love|then|bye))?\s*[.!]*\s*$",
        r"(?:^|[,.!]\s*)(?:later|peace|laters)\s*[.!]*\s*$",
        r"\b(?:take\s+care\s+of\s+(?:yourself|urself|ur\s+self|your\s+self)|take\s+it\s+easy|mind\s+how\s+you\s+go|mind\s+yourself)\b",
        r"\b(?:i'll|i\s+will|i'm\s+(?:gonna|going\s+to))\s+let\s+you\s+(?:go|get\s+on)\b",
        r"\b(?:i'll|i\s+will)\s+leave\s+(?:you\s+to\s+(?:it|your\s+\w+)|it\s+there)\b",
        r"\bgood\s+luck(?:\s+(?:now|with\s+(?:everything|it\s+all)))?\s*[.!]*\s*$",
        r"\bsl[aá]n\b",
        # "hooroo", "ingat po", "take cair"
        r"\b(?:hooroo|totsiens|ingat(?:\s+po)?|god\s+bless|take\s+cair|tc)\s*[.!]*\s*$",
        r"\b(?:speak|talk)\s+(?:to\s+you\s+)?then\s*[.!,]*\s*(?:\w+\s*[.!]*\s*)?$",
        r"\b(?:drive\s+safe(?:ly)?|look\s+after\s+yourself)\b",
        # "cheers kwame", "Cheers, Amelia.": thanks and goodbye with the name, said last
        r"\bcheers,?\s+[a-z]+\s*[.!]*\s*$",
        # "have nice day", "have a gd one", "have a pleasant day"
        r"\b(?<!did\syou\s)(?<!you\shad\s)have\s+(?:an?\s+)?(?:good|gd|nice|great|lovely|wonderful|blessed|pleasant|fantastic)\s+(?:rest\s+of\s+(?:the|your)\s+)?(?:day|evening|afternoon|one|weekend(?!\s*\?)|night|morning|week)\b",
        # "have a lekker day!", "have a grand evening": any word for it, said last (not "Have a
        # good weekend?": asked of the one gone by)
        r"\bhave\s+a\s+[a-z]+\s+(?:day|evening|afternoon|one|weekend)\s*[.!]*\s*$",
        # "That's all from my side.", "ka kite", "catch ya"
        r"\bthat's\s+(?:all|it|everything)\s+from\s+(?:my|our)\s+(?:side|end)\b",
        r"\bka\s+kite(?:\s+an[oō](?:\s+ano)?)?\b",
        r"\bcatch\s+(?:ya|you|u)(?:\s+(?:later|soon|then))?\s*[.!]*\s*$",
        r"^\W*(?:(?:ok|okay|great|lovely|right|thanks|brilliant)\W+)?cheers\W*$",
        r"\bthat's\s+(?:it|everything|all)\s+(?:from\s+me|for\s+today)\b",
        # the goodbye to someone away from home: "safe travels!", "have a good flight"
        # ("Safe flight, I suppose.", play-test 174: a grudging tag after it)
        r"(?<!a\s)\bsafe\s+(?:travels|trip|journey|flight|drive)"
        r"(?:,?\s+(?:i\s+(?:suppose|guess)|then|mate|man|buddy))?\s*[.!]*\s*$",
        r"\b(?<!did\syou\s)(?<!you\shad\s)have\s+a\s+(?:good|safe|nice|great|lovely)\s+(?:flight|trip|journey|drive|holiday|stay)\s*[.!]*\s*(?:$|\b(?:and|cheers|thanks|bye)\b)",
        r"\benjoy\s+(?:the\s+rest\s+of\s+)?your\s+(?:trip|holiday|stay|travels|flight)\s*[.!]*\s*$",
    ),
    # --- off the goal ------------------------------------------------------------------------
    entry(
        "off_topic",
        A.OFF_TOPIC,
        r"\b(?:weather|raining|rainy|sunny|snowing|snowy|heatwave|forecast)\b",
        r"\b(?:football|soccer|basketball|baseball|hockey|cricket|tennis|golf|the\s+game|the\s+match|the\s+playoffs|super\s+bowl|world\s+cup|league|your\s+team)\b",
        r"\b(?:holiday|vacation|weekend\s+plans|the\s+traffic|tv\s+show|netflix|movie|the\s+series|lunch|dinner|recipe|your\s+kids\s+doing|your\s+family\s+doing)\b",
        r"\bhow(?:'s|\s+is|\s+are|\s+was)\s+(?:the|your)\s+(?:family|kids|wife|husband|weekend|holiday|trip|flight|day\s+going)\b",
    ),
    entry(
        "off_topic",
        A.OFF_TOPIC,
        r"\bdo\s+(?:you|u)\s+(?:like|enjoy)\s+(?:your|ur)\b",
        r"\bwhat\s+degree\b|\bhow\s+long\s+is\s+the\s+flight\b|\bwhich\s+gate\b",
        r"\b(?:social\s+media|name\s+and\s+shame|consumer\s+office|complain\s+to\s+(?:the|them))\b",
        r"\bdo\s+(?:you|u)\s+work\s+weekends\b",
        r"\bwhat\s+(?:else\s+)?(?:are|r)\s+(?:you|u)\s+(?:doing|up\s+to)\s+(?:this|on|for|at|over|tonight|later|today)",
        r"\bany\s+(?:plans|fun\s+plans)\b",
        r"\bhow\s+(?:was|is)\s+(?:your|the)\s+(?:day|week|weekend|morning|evening|holiday|trip)\b",
        r"\b(?<!have\sa\s)(?<!enjoy\syour\s)(?:nice|lovely|beautiful|horrible|awful)\s+(?:day|weather|out)\b",
        # "wrap up warm, it's baltic out there today" (corpus 98)
        r"\b(?:cold|freezing|baltic|roasting|boiling|scorching|chilly|bitter|grim|miserable|nippy|parky|"
        r"windy|wet|hot)\s+out\s+there\b",
        # "did you have a nice weekend btw", "are you going away for paddy's day?", "you at the
        # footy or something?" (corpus 113)
        r"\bdid\s+(?:you|u)\s+have\s+a\s+(?:nice|good|lovely|great|fun)\s+(?:weekend|time|holiday|christmas|"
        r"easter|break)\b",
        r"\b(?:are|r)\s+(?:you|u)\s+(?:going|heading)\s+away\s+for\s+(?:the\s+)?(?:weekend|holidays?|"
        r"paddy's|st\.?\s+patrick's|easter|christmas|half\s+term|the\s+bank\s+holiday)\b",
        r"\b(?:the\s+)?(?:footy|rugby|races|darts|snooker)\b",
        r"\b(?:posting|post|leave|leaving|write|writing)\s+(?:a\s+)?(?:review|complaint\s+online)\b",
        r"\b(?:did|have)\s+you\s+(?:watch|see|seen)\s+(?:the|that|last)\b",
        r"\bwhere\s+(?:are\s+you|do\s+you\s+live|are\s+you\s+from)\b",
    ),
    # What a question to the debtor is about: the debtor answers it from the persona's facts,
    # and the security questions from the record when the persona has no answer of its own.
    entry(
        "topic_account",
        None,
        # "could you confirm the last four digits of your student loan account number?"
        r"\blast\s+(?:4|four|few)\s+(?:digits|numbers)\s+of\s+(?:your|ur|the)\s+(?:[a-z]+\s+){0,3}?"
        r"(?:account|loan|reference)(?:\s+(?:number|no))?\b",
        # (not "just use your loan account number as the reference", play-test 267: how to pay,
        # told)
        r"(?<!\buse\s)(?<!\bquote\s)(?<!\bput\s)\b(?:your|ur)\s+(?:[a-z]+\s+){0,2}?account\s+(?:number|no)\b"
        r"(?!\s+(?:is|ends|as\s+(?:the|a|your)\s+reference))",
    ),
    entry(
        "topic_date_of_birth",
        None,
        rf"\b(?:{_DATE_OF_BIRTH})\b",
        # "tell me your birthday for security" (not "happy birthday")
        # ("can i just check your birthday first? sorry, just the rules")
        # ("yo Amy Santiago right? ... gimme ur birthday real quick", play-test 160)
        r"\b(?:tell\s+me|confirm|check|verify|what's|what\s+is|give\s+me|gimme|need|have|say\s+me)\s+"
        r"(?:me\s+)?(?:your|ur)\s+(?:birthday|bday|b-day)\b",
        # "You confirm birthday please, fast.", "But first birthday, I need it" (play-test 119)
        r"\b(?:confirm|verify)\s+birthday\b|\bbut\s+first,?\s+(?:the\s+|your\s+|ur\s+)?birthday\b|"
        # ("... dont waste em. birthday real quick", play-test 175)
        r"\b(?:birthday|bday|b-day),?\s+(?:please|pls|plz|first|(?:real\s+|really\s+)?(?:quick(?:ly)?|fast)|"
        r"asap|now|go)\b|"
        # "schmidt credit union. daniel miller? birthday?" (play-test 151): asked in a word
        # ("Birthday. Go.", play-test 162: the word alone, said as an order)
        r"(?:^|[.?!]\s*)(?:and\s+)?(?:ur\s+|your\s+)?(?:birthday|bday|b-day)\s*(?:\?|[.!]\s*(?:go|now|pls|please)?\b)",
        # "And the year you were born?", "what year were you born?", "your year of birth"
        r"\b(?:the\s+)?year\s+(?:you|u)\s+(?:were|was)\s+born\b|\bwhat\s+year\s+(?:were|was)\s+(?:you|u)\s+born\b|"
        r"\b(?:your|ur)\s+(?:year|month|day)\s+of\s+birth\b|\bwhen\s+(?:were|was)\s+(?:you|u)\s+born\b",
    ),
    entry(
        "topic_address",
        None,
        rf"\b(?:{_POSTCODE}|{_FIRST_LINE})\b",
        # "DOB and address, pls.", "your date of birth and your current address?"
        # ("your date of birth and maybe your address first")
        rf"\b(?:{_DATE_OF_BIRTH}|birthday)\s+(?:and|&|n|\+|or)\s+(?:also\s+|maybe\s+|then\s+)?(?:your\s+|ur\s+|the\s+)?"
        r"(?:current\s+|home\s+|full\s+|postal\s+)?address\b",
        # "And the address? I need both.", "and the address as well, if you do not mind?",
        # "Your address. The one on file.": the address asked for in a few words of its own
        r"(?:^|[.!?]\s*|,\s*(?=and\s))\W*(?:and\s+|also\s+|now\s+)?(?:the|your|ur)\s+(?:current\s+|home\s+|full\s+)?"
        r"address\b(?:\s+(?:as\s+well|too|also|please|pls|then))?(?:[^.!?]{0,30}\?|\s*[.!])",
        # ("Can you confirm the street address we have for you, just the street part's fine?",
        # play-test 183)
        r"\b(?:confirm|what's|what\s+is|give\s+me|tell\s+me|provide|need|have|take|check)\s+"
        r"(?:me\s+)?(?:your|the)\s+(?:home\s+|full\s+|current\s+|postal\s+|mailing\s+|billing\s+|street\s+)?"
        r"address\b",
        # "Might I simply confirm that we hold your correct postal address?"
        r"\bconfirm\s+(?:that\s+)?(?:we\s+(?:hold|have)\s+)?(?:your|the)\s+(?:correct|right|current)\s+"
        r"(?:home\s+|postal\s+|mailing\s+|billing\s+)?address\b",
        # "is the postal address we have on file still current?"
        r"\bis\s+(?:your|the)\s+(?:home\s+|postal\s+|mailing\s+)?address\b[^.?!]{0,30}\b(?:still\s+)?"
        r"(?:current|correct|right|up\s+to\s+date|the\s+same)\b",
        # "what is the name of the street where you live?", "which street do you live on?"
        r"\b(?:name\s+of\s+(?:the|your)\s+street|(?:which|what)\s+street)\b[^.?!]{0,30}\b(?:live|living|stay)\b|"
        r"\b(?:your|ur)\s+(?:street|house\s+number|street\s+name)\b[^.?!]{0,20}\?",
        # "what's the house number and street you're at?" (corpus 113)
        r"\bthe\s+(?:house\s+number|street|street\s+name)\b[^.?!]{0,30}\b(?:you're|you\s+are|ur|u\s+r|you)\s+"
        r"(?:at|on|living\s+(?:at|on))\s*\?",
        # "we'll send it to the address on file. Is that still the right address?"
        r"\b(?:is|'s)\s+(?:that|this|it)\s+(?:still\s+)?(?:the\s+)?(?:right|correct|current|best)\s+"
        r"(?:postal\s+|home\s+|mailing\s+)?address\b",
        # "... to the address we hold on file, which I have as 14 Larch Close. Is that still
        # correct?": the address said, then checked in a question of its own
        r"\baddress\b[^?]{0,80}[.!]\s*(?:is\s+)?(?:that|it)\s+(?:still\s+)?(?:correct|right|current|"
        r"up\s+to\s+date)\s*\?",
        # "is the address still 74990 Long Cliffs in Jordanshire?", "is that still where you want
        # the letters sent?" (play-test 132)
        r"\bis\s+(?:your|ur|the)\s+(?:home\s+|postal\s+|mailing\s+)?address\s+still\b[^.!?]{0,60}\?",
        r"\b(?:is\s+)?(?:that|it)\s+still\s+where\s+(?:you|u)\s+(?:want|live|get|receive|would\s+like)\b",
        # "is it still the same address we've got on file for you?"
        r"\b(?:still\s+)?(?:the\s+)?same\s+address\b[^.!?]{0,40}\?",
        # "check yuh address fi di letters, it still di same one wi have on file?"
        r"\baddress\b[^.?!]{0,50}\b(?:still\s+)?(?:\w+\s+)?(?:correct|current|right|up\s+to\s+date|"
        r"same(?:\s+one)?)\b[^.!?]{0,30}\?",
    ),
    entry(
        "topic_payday",
        A.PROBE_REASON,
        # (not "are you also paying the payday loan?": another debt, not their pay)
        # (not "if it doesnt get paid theres a written notice": the debt paid, play-test 147)
        r"\b(?:pay\s*day(?!\s*(?:loans?|lenders?|advances?)\b)|pay\s*checks?|pay\s*cheques?|paycheque|(?<!doesnt\s)(?<!doesn't\s)(?<!it\s)(?<!that\s)(?<!this\s)get\s+paid|(?<!loudest\s)(?<!first\s)(?<!nothing\s)(?<!it\s)(?<!that\s)(?<!this\s)(?<!garage\s)(?<!mechanic\s)(?<!dealer\s)(?<!landlord\s)(?<!everyone\s)(?<!everybody\s)gets\s+paid|next\s+wages?|wages?\s+(?:come|comes|go)|salary|next\s+pay\b|benefits?\s+(?:come|comes|payment|go))",
        # "and how much is it, the pay?" (play-test 168: what it comes to is part of the answer)
        INCOME_ASKED,
        # "might I enquire when you next receive your wages"
        r"\b(?:receive|get)\s+(?:your\s+)?(?:next\s+)?(?:wages?|salary|pay)\b",
        # "When are you paid for the cafe shifts?"
        r"\bwhen\s+(?:are|r|were)\s+(?:you|u)\s+(?:next\s+|usually\s+|normally\s+)?paid\b",
        # ("Are the cafe shifts paying you weekly or every two weeks?", play-test 201)
        r"\b(?:shifts?|job|work|they|cafe)\s+(?:paying|pay)\s+(?:you|u)\s+(?:weekly|monthly|fortnightly|every)\b",
        # "When do the cafe shifts pay you?", "when does your work pay u?"
        r"\bwhen\s+(?:do|does|will|would)\s+(?:they|the\s+(?:\w+\s+){1,2}?|your\s+(?:\w+\s+){1,2}?)pay\s+(?:you|u|ya)\b",
        # "When do the cafe shifts pay out?" (play-test 121)
        r"\bwhen\s+(?:do|does|will)\s+(?:they|the\s+(?:\w+\s+){1,2}?|your\s+(?:\w+\s+){1,2}?)pay\s+out\b",
        # ("What money do you have coming in before then?": play-test 136)
        r"\b(?:money|income|cash)\s+(?:do|will)\s+(?:you|u)\s+(?:have|get)\s+coming\s+in\b|"
        r"\b(?:get|have|got)\s+(?:some\s+|any\s+)?money\s+(?:in|coming\s+in)\b|\bmoney\s+(?:comes|coming)\s+in\b|\b(?:student\s+)?(?:finance|loan|allowance)\s+(?:come|comes|arrive|arrives)\s+in\b",
        # ("When does your cafe pay come in?", play-test 248)
        r"\bwhen\s+(?:does|do|will|would)\s+(?:your|ur|the)\s+(?:\w+\s+){0,2}?(?:pay|wages?|salary|money|"
        r"pay\s*check|pay\s*cheque)\s+(?:come\s+in|come\s+through|land|arrive|hit|go\s+in)\b",
        # "the shifts, when they pay you?", "when does the cafe pay you?"
        r"\bwhen\s+(?:do\s+|does\s+|will\s+)?(?:they|the\s+\w+|your\s+\w+|work|the\s+job)\s+pays?\s+(?:you|u)\b",
    ),
    entry("topic_name", None, *_NAME_ASKED),
    # the debtor asked to say it again: "sorry, the line cut out, could you say that again?"
    entry(
        "asks_repeat",
        None,
        # (not "I will say it again", "let me repeat that": the trainee saying it once more)
        # ("could you say the date again? I just want to write it down right")
        r"\b(?<!\bi\s)(?<!i'll\s)(?<!will\s)(?<!\bme\s)(?:say|repeat)\s+(?:that|it|this|what\s+you\s+said|"
        r"the\s+(?:date|day|amount|sum|figure|number|reference|ref))\s+(?:again|one\s+more\s+time|once\s+more)\b",
        r"\b(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?repeat\s+(?:that|it|yourself|what|the\s+\w+)\b",
        r"\b(?:didn't|didnt|did\s+not)\s+(?:quite\s+)?(?:catch|hear|get)\s+(?:that|what\s+you\s+said|you|it)\b",
        # (not "the exact date it went out?", play-test 279: when the payment left)
        r"\b(?:you|the\s+line|(?<!date\s)(?<!day\s)(?<!when\s)it|the\s+signal)\s+(?:cut|broke|went)\s+out\b",
        r"\bcome\s+again\s*\?",
        r"\bwhat\s+did\s+(?:you|u)\s+(?:just\s+)?say\b|\bwhat\s+was\s+that\s*\?|\bspeak\s+up\b",
        r"^\W*(?:sorry|pardon|what|huh|eh)\W*\?\W*$",
    ),
    entry(
        # the debtor asked to say the terms back: "can you say it back to me?", "now you tell
        # me back what you're paying and when", "repeat the plan to me", "read it all back to
        # us" (Liverpool: to me) (not "let me repeat that back to you": the trainee's own)
        "asks_read_back",
        None,
        r"\b(?:repeat|say|read|tell|give|run|confirm|call|recite)\s+(?:it|that|them|this|everything|all\s+that|"
        r"the\s+(?:whole\s+|full\s+|entire\s+)?(?:thing|plan|terms|arrangement|deal|details|"
        r"agreement|amounts?|dates?|payments?))?\s*(?:all\s+)?(?:back|bak)\s+(?:to|2)\s+(?:me|us)\b",
        # "Say it back so there's no 'I never agreed' later." (not "let me say it back")
        # (nor "let me just read that back", "I'm going to read that back")
        # (nor "Just to read it back: reference TRX-48213")
        r"(?<!let\sme\s)(?<!i'll\s)(?<!i\swill\s)(?<!me\sjust\s)(?<!i'll\sjust\s)(?<!going\sto\s)"
        r"(?<!gonna\s)(?<!just\sto\s)(?<!so\sto\s)(?<!^to\s)\b(?:say|read|repeat)\s+(?:it|that|them|"
        r"everything|the\s+whole\s+thing)\s+(?:back|bak)\b(?!\s+to\s+(?:you|u)\b)",
        # "can you run through what we've agreed for me?", "you repeat for me what we agree"
        r"\b(?:run|go)\s+(?:through|over)\s+what\s+(?:we|you)(?:'ve|\s+have)?\s+(?:just\s+)?agreed\b",
        r"\b(?:repeat|say|tell)\s+(?:for|to)\s+me\s+what\s+(?:we|you)\b",
        r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:repeat|say|read|run\s+through|"
        r"go\s+over)\s+(?:it|that|this|the\s+(?:plan|terms|arrangement|deal|details))\s+back\b",
        r"\b(?:you\s+)?tell\s+me\s+back\b|\bin\s+your\s+own\s+words\b",
        r"\brepeat\s+the\s+(?:plan|terms|arrangement|deal|agreement)\s+(?:back\s+)?to\s+me\b",
        # "can you read back how much you'll pay, when, and how?"
        r"\b(?:read|say|repeat)\s+(?:it\s+|that\s+)?back\s+(?:to\s+me\s+)?(?:how\s+much|what\s+(?:you|we)|"
        r"the\s+(?:amount|terms|plan))\b",
        # "can you repeat me all the plan", "say me the whole arrangement" (second-language
        # English: the one told before the thing said)
        r"\b(?:repeat|say|tell)\s+(?:to\s+)?me\s+(?:all\s+|again\s+)?(?:the\s+)?(?:whole\s+|full\s+|"
        r"entire\s+)?(?:plan|terms|arrangement|deal|agreement|details)\b",
        # "Please repeat to me: how much, when, how.", "I need you to tell me. Amounts, dates,
        # an' how you payin."
        # (not "tell me when you paid, how much, and how": the payment they say they made;
        # play-test 258)
        r"\b(?:repeat|say|tell)\s+(?:it\s+|that\s+)?(?:back\s+)?(?:to\s+|for\s+)?me\b"
        r"(?![^?!]{0,20}\b(?:paid|sent|transferred)\b)[\s:.,-]*(?:\w+[\s:.,-]+){0,3}?"
        r"(?:how\s+much|amounts?|what\s+(?:you(?:'re|\s+are)?\s+)?pay\w*)\b[^?!]{0,40}"
        r"\b(?:when|dates?|which\s+day|how\s+(?:you|u)|how\b)",
        r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?repeat\s+(?:back\s+)?(?:to\s+me\s+)?"
        r"what\s+(?:you've|you\s+have|we've|we\s+have)\s+agreed\b",
    ),
    entry(
        # "I'll ring you back if it hasn't turned up. Fair?": what the caller will do, put to
        # the debtor to agree (its own sentence, the line's last)
        "asks_agreement",
        None,
        # ("That sound fair?": the "does" left out)
        r"(?:^|[.!,;]\s*)(?:is\s+that\s+|does\s+that\s+|that\s+)?(?:fair|alright|all\s+right|"
        r"sound\s+(?:good|ok(?:ay)?|fair|alright)|sounds?\s+fair|fair\s+enough|deal)"
        # ("does that sound alright to you?", "... ok? Can be?")
        r"(?:\s+(?:to|for)\s+you)?\s*\?\s*(?:can\s+be\s*\?\s*)?$",
        # "... you call me before the date, not after. We good? Alright Dennis, thanks."
        r"(?:^|[.!,;]\s*)(?:are\s+)?we\s+good\s*\?",
        # "... If it hasn't posted by Friday, I'll give you a ring. Does that work?" (play-test
        # 219)
        r"(?:^|[.!,;]\s*)(?:does|would|will)\s+that\s+work(?:\s+(?:for|with)\s+you)?\s*\?\s*$",
        # "I'll, sorry, ask our payments team to trace it. Is that... is that okay with you?"
        # (play-test 225)
        r"(?:^|[.!,;]\s*)(?:is\s+that|that)\s+(?:ok|okay|alright|all\s+right|fine)\s+(?:with|for|by)\s+"
        r"(?:you|u)\s*\?\s*$",
    ),
    entry(
        # "the next instalment, when is that due, do you know?" (play-test 234), "when does the
        # next payment come out?": the next regular instalment's day, asked
        "topic_next_due",
        A.PROBE_REASON,
        r"\bwhen\b[^.?!]{0,30}\b(?:next|regular|monthly|usual)\s+(?:instal+ment|repayment|payment|"
        r"direct\s+debit)\s+(?:is\s+|'s\s+)?(?:due|go(?:es)?\s+out|come(?:s)?\s+out|taken)\b",
        r"\b(?:next|regular|monthly|usual)\s+(?:instal+ment|repayment|payment)\b[,\s]+when(?:'s|\s+is|\s+does)\s+"
        r"(?:that|it)\s+(?:due|go\s+out|come\s+out)\b",
    ),
    entry(
        # "who am I speaking with?", "are you her flatmate?": asked of whoever answered
        "topic_who",
        None,
        # ("Sorry, who am I, um, speaking with?", play-test 251)
        r"\bwhom?\s+(?:am\s+i|i\s*'?m|i\s+am|are\s+we|we\s+are)\s*,?\s*(?:(?:um+|uh+|er+|erm)\s*,?\s*)?"
        r"(?:speaking|talking|talkin'?|speakin'?|chatting|chattin'?)\s+(?:to|with|w)\b",
        # "I am asking your good name, madam?" (Indian English: your name, politely)
        r"\b(?:your|ur)\s+good\s+name\b",
        # ("May I ask who I'm talking to?", "And sorry, I didn't catch your name?": play-test 234)
        # ("Can I ask who I'm chatting to?", play-test 280)
        r"\b(?:ask|know)\s+who\s+(?:i'm|i\s+am|im)\s+(?:speaking|talking|chatting)\s+(?:to|with)\b",
        r"\b(?:didn't|didnt|did\s+not)\s+(?:catch|get)\s+(?:your|ur)\s+name\b|"
        r"\b(?:what's|what\s+is|whats|can\s+i\s+(?:get|have|take))\s+(?:your|ur)\s+name\b",
        # "with who I am speaking, please?", "to whom am I speaking?"
        r"\b(?:with|to)\s+whom?\s+(?:am\s+i|i\s*'?m|i\s+am|i|are\s+we|we\s+are)\s+(?:speaking|talking)\b",
        # "Who've I got on the line, love?"
        r"\bwho(?:'ve|\s+have|ve)\s+(?:i|we)\s+got\b",
        # ("who's this then?": the "'s" joined to the "who")
        # ("whatever. who r u anyway, her mum?", play-test 139)
        r"\bwho(?:\s+is\s+th(?:is|at)|\s*'s\s+this|s\s+this|\s+(?:are|r)\s+(?:you|u|ya))\b"
        r"(?!\s+(?:calling|for|with)\b)",
        # "Sorry, who is speaking?" (asked of whoever answered, not "who is speaking to you")
        r"\bwho\s+(?:is|'s)\s+speaking\s*(?:please\s*)?[?,.]",
        # "and you are who, please?", "you live together with Shelby?"
        r"\b(?:you|u)\s+are\s+who\b|\band\s+(?:you|u)\s+are\s*\?|"
        r"\b(?:do\s+)?(?:you|u)\s+(?:are\s+)?(?:live|living|stay|staying)\s+(?:together\s+)?with\s+"
        r"(?:her|him|them|[A-Za-z]+)\s*\?",
        # ("would you be her flatmate?", play-test 129)
        r"\b(?:(?:are|r)\s+(?:you|u)|(?:you|u)\s+are|would\s+(?:you|u)\s+be)\s+(?:her|his|their|[a-z]+'s)\s+(?:flat\s*mate|house\s*mate|room\s*mate|partner|wife|"
        r"husband|mum|mom|mother|dad|father|son|daughter|sister|brother|friend|family(?:\s+member)?|relative)\b",
        # ("you're her... flatmate, is that right?", play-test 246)
        # (the "you're" looked back to: a pattern that opens on "you" would be tried at every
        # "you" of every line)
        r"(?:(?<=\byou're\s)|(?<=\byou’re\s)|(?<=\byoure\s))(?:her|his|their)[\s.…,]+(?:flat\s*mate|house\s*mate|"
        r"room\s*mate|partner|wife|husband|mum|mom|mother|dad|father|son|daughter|sister|brother|"
        r"friend|family(?:\s+member)?|relative)\b",
        # "u her flatmate?" (the "are" left out)
        r"\b(?:you|u)\s+(?:her|his|their)\s+(?:flat\s*mate|house\s*mate|room\s*mate)\s*\?",
        # "Are you a housemate of hers?", "you a friend of his?" (play-test 123)
        r"\b(?:(?:are|r)\s+)?(?:you|u)\s+(?:a|an|the)\s+(?:flat\s*mate|house\s*mate|room\s*mate|friend|"
        r"relative|family\s+member|partner|neighbou?r|colleague)\s+of\s+(?:hers|his|theirs|[a-z]+'s)\b",
    ),
    entry(
        # "Give me her mobile number then", "what's his cell?", "can I get her number?": the
        # debtor's number asked of someone who answered for them (play-test 218)
        "topic_number",
        None,
        r"\b(?:her|his|their)\s+(?:(?:mobile|cell|cellphone|personal|work|direct|contact|phone)\s+)?"
        r"(?:number|no\.|mobile|cell|cellphone)\b(?!\s+(?:is|was)\s+(?:on|in)\s+our)",
        # (not "Is it alright if I leave a number for her?": the caller's own, left; play-test 223)
        r"(?<!leave\s)(?<!leaving\s)\b(?:a|another|any|some)\s+(?:(?:other|mobile|cell|better|direct)\s+)?"
        r"number\s+(?:for|to\s+(?:reach|get|contact|call))\s+(?:her|him|them)\b",
        # ("You got a mobile for her?", play-test 281)
        r"\b(?:got|have)\s+(?:a|any|another)\s+(?:mobile|cell|cellphone|phone)(?:\s+number)?\s+for\s+"
        r"(?:her|him|them)\b",
    ),
    entry(
        # "When's she back?", "does Tracy live there or not?", "where is she?": asked of
        # someone who answered for the debtor
        "topic_whereabouts",
        None,
        r"\bwhen(?:'s|\s+is|\s+will|\s+does|\s+do)\s+(?:she|he|they)\s+(?:be\s+|get\s+|come\s+)?"
        r"(?:back|home|in|around|free|available|reachable)\b",
        # "Can you tell me when she come back home, more or less?"
        # ("do you know when she might be back?")
        r"\b(?:tell\s+me|know|say|idea)\s+when\s+(?!(?:you|u|i|we)\b)\w+\s+"
        # ("Maybe you know when Taylor is coming back?", play-test 178)
        r"(?:(?:might|will|would|should|could|'ll|is|'s)\s+)?(?:come|comes|coming|get|gets|be)\s+(?:back|home)\b",
        # "what time's she back, i don't have all day" (play-test 159)
        r"\bwhat\s+time(?:'s|\s+is|s)\s+(?!(?:you|u|i|we|it|that)\b)\w+\s+(?:back|home|in)\b",
        # "what time does she normally get in from work?"
        # ("what time she will come back home?", as second-language English asks it)
        r"\bwhat\s+time\s+(?:(?:does|do|will|is)\s+)?(?!(?:you|u|i|we)\b)\w+\s+(?:will\s+|would\s+)?"
        r"(?:usually\s+|normally\s+|generally\s+)?(?:get|gets|come|comes|be|getting|coming)\s+"
        r"(?:back|home|in)\b",
        # "Do you know when she'll be back home?", "when he gets back"
        r"\bwhen\s+(?!(?:you|u|i|we)\b)\w+(?:'ll|\s+will|'d|\s+would)\s+(?:be|get|come)\s+(?:back|home|in|around)\b|"
        # (asked outright: "but when he comes back? I need to write a date" asks for terms)
        r"\b(?:know|idea|tell\s+me|say)\s+when\s+(?:she|he|they)\s+(?:gets|get|comes|come)\s+(?:back|home|in)\b",
        # "Could you kindly tell me when Pamela is expected back home?"
        r"\bwhen\s+(?!(?:you|u|i|we)\b)\w+\s+(?:is|will\s+be|'s)\s+(?:expected|likely\s+to\s+be|"
        r"due)\s+(?:back|home|in)\b",
        # "Maybe you know when Sherry will come back home?" (the name, and the verb, after it)
        r"\bwhen\s+(?!(?:you|u|i|we)\b)\w+\s+(?:will|would|is\s+going\s+to|gonna)\s+(?:be|come|get)\s+"
        r"(?:back|home)\b",
        r"\b(?:does|do)\s+(?!(?:you|u|ya|i|we)\b)(?:she|he|they|[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+"
        r"(?:still\s+|actually\s+)?live\s+"
        # ("Does Anna still live at this number, just so I know I've got the right place?",
        # play-test 245)
        r"(?:there|here|with\s+(?:you|u)|at\s+(?:this|that|the)\s+(?:number|address|place|flat|house))\b",
        # ("are you her flatmate or what? is she there", typed without its "?")
        # ("I'm asking. is she there or not", play-test 148)
        r"\bwhere\s+(?:is|'s)\s+(?:she|he)\b|\bis\s+(?:she|he)\s+(?:around|there|home|in)"
        r"(?:\s+or\s+not)?\s*(?:\?|$)",
        # "Is Dana about at all?", "is jess around now?"
        r"\bis\s+(?!(?:it|this|that|there|everything|anything|something|everyone|anyone)\b)[a-z]+\s+"
        r"(?:about|around|home|in|available)(?:\s+at\s+all|\s+(?:right\s+)?now|\s+today)?\s*\?",
    ),
    entry(
        # "what other loans have you got?", "Is the payday loan paid off now?", "who else do you
        # owe?": what else they owe, asked (play-tests 278 and 279)
        "topic_other_debts",
        None,
        # ("How many, er, lenders are you dealing with?", play-test 221)
        r"\b(?:what|which|how\s+many)(?:,?\s+(?:er+|um+|uh+|erm),?)?\s+(?:other\s+)?"
        r"(?:loans|lenders|debts|credit\s+cards|creditors)\b"
        r"[^.?!]{0,30}\b(?:have|got|paying|owe|juggling|dealing\s+with|on\s+the\s+go)\b",
        r"\b(?:any|your|ur|the|those|these)\s+other\s+(?:loans?|lenders?|debts?|creditors?|cards?|bills)\b"
        r"[^.?!]{0,40}\?",
        r"\b(?:the|that|your|ur)\s+payday\s+(?:loan|lender)s?\b[^.?!]{0,40}\?",
        r"\bwho\s+else\s+(?:do\s+|are\s+|r\s+)?(?:you|u)\s+(?:owe|owing|paying)\b",
        # ("are you also paying the payday loan this month?", play-test 57)
        r"\b(?:are|r)\s+(?:you|u)\s+(?:also\s+)?paying\s+(?:the|your|ur)\s+(?:payday\s+loan|store\s+card|"
        r"credit\s+cards?|other\s+\w+)\b",
        r"\bhow\s+many\s+(?:others|other\s+ones)\s+(?:are|r|do)\s+(?:you|u)\b",
        # ("Which of those is the most pressing for you right now?", play-test 267: of the
        # debts they named)
        r"\bwhich\s+(?:of\s+(?:those|them|these)|one)\s+(?:is|'s)\s+(?:the\s+)?(?:most\s+(?:pressing|urgent)|"
        r"biggest|worst)\b",
        # ("How many different things are you juggling at the moment, roughly?", play-test 281)
        r"\bhow\s+many\s+(?:different\s+|other\s+)?(?:things|bills|loans|lenders|debts|accounts)\s+"
        r"(?:are\s+|r\s+)?(?:you|u)\s+(?:juggling|paying|dealing\s+with)\b",
        r"\bhow\s+much\s+(?:do\s+)?(?:you|u)\s+owe\s+(?:the\s+)?(?:others|everyone\s+else)\b",
    ),
    entry(
        # "where's the car now?", "are you still driving it?": the collateral asked after
        "topic_collateral",
        None,
        r"\bwhere(?:'s|\s+is|s)\s+(?:the|your|ur)\s+(?:car|vehicle|van|truck|motorbike|bike|boat|caravan)\b",
        r"\b(?:are|r)\s+(?:you|u)\s+still\s+(?:driving|using)\s+(?:it|the\s+(?:car|vehicle|van|truck))\b",
        r"\bwhere\s+(?:do|does)\s+(?:you|u)\s+(?:keep|park)\s+(?:it|the\s+(?:car|vehicle|van|truck))\b",
    ),
    entry(
        # "when are you back?", "when do you land?": when a debtor who is away is back
        "topic_back",
        None,
        r"\bwhen\s+(?:are|r)\s+(?:you|u)\s+(?:back|home|flying\s+(?:back|home)|landing|getting\s+back)\b",
        r"\bwhen\s+(?:do|does|will|would)\s+(?:you|u)\s+(?:land|get\s+back|get\s+home|fly\s+(?:back|home)|"
        r"be\s+(?:back|home)|come\s+back)\b",
        r"\bwhat\s+time\s+(?:do|does)\s+(?:you|u|your\s+flight|ur\s+flight)\s+(?:land|get\s+in)\b",
    ),
    entry(
        # "what are you studying?", "what do u study?": small talk about their studies, answered
        # from what they do, and no probe of why the payment was missed
        "topic_job",
        None,
        r"\bwhat\s+(?:are|r|do|did)\s+(?:you|u)\s+(?:studying|study|studied)\b|"
        r"\bwhat\s+(?:course|subject|degree|major)\s+(?:are|r|do|did)\s+(?:you|u)\b",
        # ("What kinda jobs are you going for?", play-test 201)
        r"\bwhat\s+(?:kind\s+of|kinda|sort\s+of|sorta|type\s+of)\s+(?:work|jobs?|roles?|positions?)\s+"
        r"(?:are|r)\s+(?:you|u)\s+(?:going\s+for|applying\s+for|looking\s+(?:for|at))\b",
        # ("What exactly do those shifts bring in?", play-test 200)
        r"\bwhat\s+(?:exactly\s+|roughly\s+)?(?:do|does)\s+(?:those|the|your|ur|these)\s+(?:\w+\s+)?"
        r"(?:shifts?|job|work|hours|gigs?)\s+(?:bring\s+in|pay(?:\s+you)?|earn(?:\s+you)?)\b",
        # ("you are still studying, or finished now?", play-test 197)
        r"\b(?:(?:are|r)\s+(?:you|u)|(?:you|u)\s+(?:are|r))\s+still\s+(?:studying|a\s+student|at\s+"
        r"(?:uni|university|college|school)|in\s+(?:school|college|uni))\b|"
        r"\b(?:have|did)\s+(?:you|u)\s+(?:finished|finish|graduated|graduate)\s+(?:yet|uni|university|"
        r"college|school|your\s+(?:studies|degree|course))\b",
    ),
    entry(
        "topic_job",
        A.PROBE_REASON,
        r"\b(?:are|r)\s+(?:you|u)\s+(?:working|employed|unemployed|in\s+work|still\s+(?:working|at|with|employed))\b",
        # ("do you maybe have a part-time job or something?")
        # (not "I'm afraid it's not about a job": the call's purpose put right; play-test 145)
        # (nor "if you get a job, ring us": a job wished for, play-test 274)
        r"(?<!not\sabout\s)(?<!isn't\sabout\s)(?<!get\s)(?<!find\s)(?<!land\s)\b(?:your|a|the\s+new)\s+"
        r"(?:(?:part|full)[-\s]?time\s+|side\s+|new\s+|second\s+)?"
        r"(?:job|work\s+situation|employment|employer)\b",
        r"\bwhat\s+do\s+you\s+do\s+for\s+(?:work|a\s+living)\b",
        # ("Oh fingers crossed for you! What's the job, if you don't mind me asking?", play-test
        # 278)
        r"\b(?:what's|whats|what\s+is)\s+the\s+(?:new\s+)?job\b",
        # "What's going on with work right now, are you still getting paid regularly?" (play-test
        # 149)
        r"\bwhat'?s\s+(?:going\s+on|happening)\s+with\s+(?:your\s+|ur\s+)?(?:work|job)\b|"
        r"\b(?:are|r)\s+(?:you|u)\s+still\s+(?:getting|being)\s+paid\b",
        # "are u busy with classes at the moment?", "how are your studies going?"
        r"\b(?:are|r)\s+(?:you|u)\s+(?:really\s+|very\s+)?(?:busy|swamped|flat\s+out)\s+(?:with|at)\s+"
        r"(?:classes|uni|university|college|school|studies|exams|work|your\s+(?:studies|course|classes))\b",
        r"\bhow\s+(?:are|r|is)\s+(?:your|ur|the)\s+(?:studies|classes|course|exams|uni|studying)\s+going\b",
        # "What work do you do that you need the car so much?"
        r"\bwhat\s+(?:work|job|line\s+of\s+work)\s+(?:do|are)\s+(?:you|u)\s+(?:do|doing|in)\b",
        # "Do you work part-time?"
        r"\b(?:do|did)\s+(?:you|u)\s+(?:still\s+)?(?:work|have\s+(?:a|any)\s+(?:job|work))\b",
        # "are you getting any income at the moment?": what they live on, as their work
        r"\b(?:getting|have|got|on|any)\s+(?:any\s+|some\s+)?income\b|\byour\s+income\b",
        r"\blooking\s+for\s+(?:work|a\s+job)\b",
        # "What's your plan for the next few weeks?", "hows uni going ... whats the plan
        # after?", "what you plan for next months?": their life, answered from their work or
        # studies (not "what's your plan for paying?", nor "you already broke the last promises
        # so what's the plan this time", play-tests 119 and 120: the plan to pay)
        r"\b(?:what's|whats|what\s+is|wats)\s+(?:your|ur)\s+plans?\b"
        r"(?![^.?!]{0,24}\b(?:pay|paying|payment|debt|arrears|rest|balance)\b)",
        r"\b(?:what's|whats|what\s+is|wats)\s+the\s+plans?\s+(?:after|for\s+(?:the\s+)?(?:next|summer))\b",
        r"\bwhat\s+(?:do\s+)?(?:you|u)\s+plan\s+(?:for\s+)?(?:the\s+)?next\b",
        r"\bhow(?:'s|s|\s+is)\s+(?:uni|university|school|college|the\s+course|your\s+course|"
        r"studying|the\s+job\s+hunt|the\s+job\s+search)\s+going\b",
        # "what kind of shifts are they?", "how many hours do you get?", "what do they bring in?"
        # (not "what sort of work are you thinking for the kitchen?": building work)
        r"\bwhat\s+(?:kind|sort|type)\s+of\s+(?:shifts?|work|jobs?|hours|roles?|positions?)\b"
        r"(?![^.?!]{0,25}\b(?:thinking|planning|having\s+done|getting\s+done)\b)|"
        r"\bhow\s+many\s+(?:shifts|hours)\b",
        # "what roles are you going for?", "where have you applied?"
        r"\bwhat\s+(?:roles?|jobs?|positions?)\s+(?:are|r|have)\s+(?:you|u)\s+(?:been\s+)?"
        r"(?:going\s+for|applying\s+for|applied\s+for|looking\s+(?:for|at))\b|"
        r"\bwhere\s+(?:have|did)\s+(?:you|u)\s+(?:been\s+)?appl(?:y|ied|ying)\b",
        r"\b(?:what|how\s+much)\s+(?:do|does)\s+(?:they|it|that|the\s+(?:\w+\s+)?\w+)\s+bring\s+in\b",
        # "is the car fixed now, and are you back at work?", "back on your shifts now?"
        r"\b(?:are|r)\s+(?:you|u)\s+back\s+(?:at\s+work|to\s+work|in\s+work|working|on\s+(?:your|ur|the)\s+"
        r"(?:shifts|rounds|feet|route)|on\s+the\s+road)\b",
        # "when do you think you'll be back on full shifts?"
        r"\bwhen\b[^.?!]{0,30}\bbe\s+back\s+(?:on|at|to|in)\s+(?:full\s+|your\s+|ur\s+|normal\s+)?"
        r"(?:shifts|work|hours|the\s+job)\b",
        # "how much are those shifts bringing in each week?", "how long have you been out of work?"
        r"\bhow\s+much\s+(?:are|is|do|does)\s+(?:those|the|these|your|ur|they|it)\s+(?:\w+\s+)?"
        r"(?:bringing|bring|earning|earn|paying|pay)\s+(?:in|you|u)\b",
        r"\bhow\s+long\s+(?:have|has)\s+(?:you|u)\s+been\s+(?:out\s+of\s+work|unemployed|off\s+work|"
        r"looking|without\s+(?:a\s+)?(?:job|work))\b",
        # what the work earns: "what do the shifts earn you a week?", "how much do you make?"
        r"\b(?:what|how\s+much)\s+(?:do|does|did)\s+(?:you|u|they|it|that|the\s+\w+)\s+"
        r"(?:earn|make|take\s+home|bring\s+home)\b|\bhow\s+much\s+(?:are|r)\s+(?:you|u)\s+"
        r"(?:earning|making|on)\b",
        # "how much is coming in from the cafe shifts every month?"
        r"\bhow\s+much\s+(?:money\s+)?(?:is|'s|are\s+you\s+getting)\s+(?:coming|comin'?)\s+in\b",
    ),
    entry(
        "topic_what_happened",
        A.PROBE_REASON,
        # "Is something making the payments hard at the moment?" (play-test 210)
        r"\b(?:is|has)\s+(?:something|anything)\s+(?:been\s+)?making\s+(?:it|things|the\s+payments?|paying)\s+"
        r"(?:hard|harder|difficult|tough|tricky)\b",
        # ("Is there something that's stopped the payments going through?", "I'm just asking if
        # something's happened that made it hard to pay": play-test 233)
        STOPPED_ASKED,
        r"\bis\s+there\s+(?:something|anything)\s+(?:that's|that\s+has|that)\s+(?:been\s+(?:stopping|making)|"
        r"happened|made\s+it)\b",
        r"\bif\s+(?:something|anything)(?:'s|\s+has)\s+happened\b",
        # "is something going on that's made it tricky to pay?", "what's made it tricky to pay?"
        # (play-test 262)
        r"\b(?:is|has)\s+(?:something|anything)\s+(?:been\s+)?going\s+on\b",
        r"\bwhat(?:'s|\s+has)\s+made\s+(?:it|things|paying)\s+(?:so\s+)?(?:hard|harder|difficult|tough|tricky)\b",
        # "did you ever actually fill in a direct debit form with us?" (play-test 249): how the
        # payment came to be missed
        r"\bdid\s+(?:you|u)\s+(?:ever\s+)?(?:actually\s+)?(?:fill\s+in|fill\s+out|sign|set\s+up|complete)\s+"
        r"(?:a|the|an|any)\s+(?:direct\s+debit|dd|autopay|auto-?payment|standing\s+order|mandate)\b",
        # "Do you know why the automatic payment might not have run?" (play-test 249)
        # (not "so that's why it bounced": the reason told)
        r"(?<!that's\s)(?<!thats\s)(?<!that\sis\s)(?<!\bis\s)(?<!explains\s)\bwhy\s+(?:the|your|ur|it|that)\s+(?:\w+\s+){0,2}?(?:(?:payment|direct\s+debit|debit|transfer|autopay|"
        r"instal+ment)s?\s+)?(?:might\s+(?:not\s+)?have|may\s+(?:not\s+)?have|didn'?t|did\s+not|"
        r"wasn'?t|hasn'?t|failed|bounced|never)\b",
        r"\bwhat(?:'s|s|\s+has)?\s+(?:exactly\s+|actually\s+|really\s+)?(?:happened|happend|happen|went\s+wrong)\b(?!\s+(?:if|when)\b)",
        # "why payment stop in January?" (second-language English)
        r"\bwhy\s+(?:did\s+|have\s+|has\s+)?(?:the\s+|your\s+|ur\s+)?payments?\s+(?:stop|stopped)\b",
        # "Did you maybe move the direct debit over, or not yet?"
        r"\b(?:did|have)\s+(?:you|u)\s+(?:\w+\s+)?(?:move|moved|switch|switched|transfer|transferred|"
        r"set\s+up|update|updated)\s+(?:over\s+)?(?:the|your|ur)\s+(?:direct\s+debit|standing\s+order|"
        r"auto[\s-]?pay|payments?)\b",
        r"\bwhy\s+(?:did\s+(?:you|u)\s+miss|(?:didn't|didnt|did\s+not|wasn't|wasnt|hasn't|hasnt|"
        r"haven't|havent)\s+(?:the|it|your|ur|you|u)\b)",
        r"\bhow\s+come\s+(?:the|it|you|u)\b",
        # "so whats the excuse this time", "what's your story?" (play-test 141)
        r"\bwhat(?:'s|s|\s+is)\s+(?:the|your|ur)\s+(?:excuse|story|reason)\b",
        # "I just wanted to check on you. Did something happen?"
        r"\b(?:did|has)\s+(?:something|anything)\s+(?:happen(?:ed)?|come\s+up)\b[^.!?]*\?",
        # "Did you update your details with us or not?", "have you changed your bank details?"
        # (play-test 219)
        r"\b(?:did|have)\s+(?:you|u)\s+(?:\w+\s+)?(?:update|updated|change|changed)\s+(?:your|ur)\s+"
        r"(?:bank\s+|account\s+|payment\s+)?details\b",
        # "What were you trying to call about, was there a problem with the payment itself?"
        r"\b(?:was|is)\s+there\s+(?:a|some|any)\s+(?:problem|issue|trouble)\s+with\s+(?:the|your|ur)\s+"
        r"(?:payment|bank|account|direct\s+debit|card|transfer)\b",
        r"\bwhat\s+were\s+(?:you|u)\s+(?:trying\s+to\s+)?(?:call|calling|ring|ringing|phone|phoning)\s+"
        r"(?:them\s+|the\s+bank\s+)?about\b",
        # "So you changed banks recently? ... When did you make the switch?"
        r"\b(?:did|have)\s+(?:you|u)\s+(?:recently\s+)?(?:change|changed|switch|switched|move|moved)\s+"
        r"(?:your\s+)?banks?\b|\bwhen\s+did\s+(?:you|u)\s+(?:make\s+the\s+switch|switch|change\s+banks?|"
        r"move\s+banks?|open\s+the\s+new\s+account)\b",
        # "Maybe autopay not set up?", "was the direct debit cancelled?": a guess at the cause
        r"\b(?:maybe|perhaps|so|was|is|did)\s+(?:the\s+|your\s+|ur\s+)?(?:auto[\s-]?pay|direct\s+debit|"
        r"automatic\s+payments?|standing\s+order)\s+(?:was\s+|is\s+|get\s+|got\s+)?(?:not\s+|never\s+)?"
        r"(?:set\s+up|setup|working|turned\s+on|switched\s+on|cancell?ed|stopped|moved)\b[^.!?]*\?",
        # "Could you explain why?", "What's been goin' on?"
        r"\b(?:explain|tell\s+(?:me|us))\s+why\b(?!\s+(?:i|we)\b)",
        r"\bwhat(?:'s|s|\s+has)\s+been\s+go(?:ing|in'?|in)\s+on\b",
        # "why couldnt u reach the bank?", "no i mean the bank thing. whats going on?"
        r"\bwhy\s+(?:couldn'?t|could\s+not|can'?t|cant|wasn'?t|weren'?t)\s+(?:you|u)\b",
        r"\bwhat(?:'s|s|\s+is)\s+go(?:ing|in'?)\s+on\s+(?:with|there|\?|$)|\bwhat(?:'s|s)\s+going\s+on\s*\?",
        r"\b(?:is\s+there|was\s+there|any)\s+(?:a\s+|particular\s+|a\s+particular\s+)?reason\b",
        # the cause asked about: "how much is the repair costing?", "what's wrong with it?"
        r"\bhow\s+much\s+(?:is|was|did|does|will)\s+(?:the|that|your|ur)\s+(?:repairs?|bill|garage|"
        r"fix|damage|treatment|surgery|vet)\b",
        # "what is the fault actually, engine or gearbox?", "what did the garage charge you?"
        r"\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:fault|problem)\s+(?:actually|exactly|with\s+(?:it|the\s+car))\b|"
        r"\bwhat\s+did\s+(?:the|they|that)\s+(?:garage|mechanic|dealer|repair|vet|hospital|dentist)?\s*"
        r"(?:charge|cost)\b|"
        # "is it just that calls are a bad time for you?", "is it because of the job?"
        r"\bis\s+it\s+(?:just\s+)?(?:that|because)\b[^.?!]{0,60}\?|"
        r"\bwhat(?:'s|\s+is|\s+was)\s+(?:actually\s+|really\s+|exactly\s+)?wrong\s+with\s+"
        r"(?:it|the\s+car|your\s+car|ur\s+car|the\s+van|yours|your\s+one)\b",
        # "what did the dealer say was wrong with it?"
        r"\bwhat\s+(?:did|do|does|have|has)\s+(?:the|they|he|she|your|ur)\s+(?:\w+\s+)?(?:say|said|tell\s+"
        r"(?:you|u)|told\s+(?:you|u)|think|find|found)\s+(?:was|is|'s)\s+wrong\b",
        # "Who else are you paying at the moment?", "Is that still the problem, or is it the money?"
        r"\bwho\s+else\s+(?:are|r)\s+(?:you|u)\s+(?:paying|juggling|behind\s+with|dealing\s+with)\b",
        r"\bis\s+(?:that|it|this)\s+(?:still\s+)?(?:the|your)\s+(?:problem|issue|reason|hold[\s-]?up)\b",
        r"\bwhat(?:'s|\s+is)\s+(?:actually\s+|really\s+)?stopping\s+(?:you|u)\b",
        # "may I ask why you'd prefer writing?", "why do you want us to stop calling?"
        r"\bwhy\s+(?:(?:would|do|did)\s+(?:you|u)|you'?d)\s+(?:prefer|want|like|rather|ask)\b",
    ),
    # the reminders sent: "did you get our letter?", "You get our letter and text message last
    # week?", "have you seen the emails we sent?"
    entry(
        "topic_letter",
        None,
        r"\b(?:did|have|has|do)\s+(?:you|u)\s+(?:\w+\s+)?(?:get|got|gotten|receive|received|see|seen|"
        r"read|open|opened)\s+(?:any\s+of\s+)?(?:our|the|my|a|any)\s+(?:\w+\s+)?(?:letters?|texts?|"
        r"emails?|e-mails?|notices?|reminders?|statements?|messages?)\b",
        # "Maybe you did not receive our letter?"
        r"\b(?:you|u)\s+(?:did\s+not|didn't|didnt|never|haven't|have\s+not)\s+(?:get|got|receive|received|"
        r"see|seen)\s+(?:our|the|my|any)\s+(?:\w+\s+)?(?:letters?|texts?|emails?|notices?|reminders?)\b",
        # second-language English: "You get our letter ...?", "you receive our letter in December?"
        r"\b(?:you|u)\s+(?:get|got|receive|received|see|saw)\s+(?:our|the|my)\s+(?:\w+\s+)?"
        r"(?:letters?|texts?|emails?|notices?|reminders?|statements?)\b[^.!?]*\?",
        # "And the letter we send you in January, you got it?"
        r"\b(?:the|our)\s+(?:\w+\s+)?(?:letters?|notices?|reminders?|statements?)\s+(?:we|i)\s+"
        r"(?:send|sent|mailed|posted|wrote)\b[^.!?]{0,40}\b(?:you|u)\s+(?:got|get|receive\w*|see|saw|"
        r"seen)\s+(?:it|them)\s*\?",
        # "we sent you an email on February 27 about this payment - did you receive it?"
        r"\b(?:we|i)\s+(?:also\s+)?(?:sent\s+(?:you\s+)?(?:a|an|the|our)\s+(?:\w+\s+)?(?:letters?|texts?|"
        r"emails?|e-mails?|notices?|reminders?|messages?)|emailed\s+you|texted\s+you|wrote\s+(?:to\s+)?you)"
        # ("We sent a text on the 6th; did you happen to see it?", play-test 198)
        r"\b[^?]{0,80}\b(?:did|have|do)\s+(?:you|u)\s+(?:\w+\s+){0,2}(?:get|got|receive|received|see|seen|"
        r"read)\s+(?:it|them|that|this)\b",
    ),
    # what the debtor can show for their story: "have you got anything in writing from the
    # dealer?", "do you have a receipt or a reference for that?"
    entry(
        "topic_evidence",
        None,
        # "do u have paperwork?", "any paperwork from the dealer?"
        # ("Do you have a reference number or a receipt?")
        r"\b(?:do|did)\s+(?:you|u)\s+(?:have|keep|get)\s+(?:any\s+|a\s+|an\s+)?(?:reference\s+(?:number\s+)?or\s+(?:a\s+)?)?(?:paperwork|receipts?|"
        r"documents?|documentation|job\s+(?:sheets?|cards?)|invoices?|proof|evidence)\b",
        # "If you have a receipt or a reference for a payment I'm happy to look into it. Do you
        # have one?" (play-test 131)
        r"\bif\s+(?:you|u)\s+(?:have|'ve\s+got|got)\s+(?:a\s+|an\s+|any\s+)?(?:receipts?|references?|proof|"
        r"evidence|paperwork|documents?|documentation)\b(?=[^?]*\?)",
        # "Do you have transaction references for those?", "give me the reference now"
        r"\b(?:do|did)\s+(?:you|u)\s+(?:have|keep|get)\s+(?:a\s+|any\s+|the\s+)?(?:transaction|payment)\s+"
        r"(?:references?|numbers?|ids?)\b",
        # "so either u got proof or u pay again" (play-test 152)
        r"\beither\s+(?:you|u)\s+(?:got|have|'ve\s+got)\s+(?:some\s+|any\s+)?(?:proof|evidence|a\s+receipt)\b",
        # ("nothing here since march 2. got proof or not", play-test 175)
        r"\bgot\s+(?:any\s+|some\s+)?(?:proof|evidence|a\s+receipt)\b(?=[^.!]*(?:\?|\bor\s+not\b|$))",
        r"\b(?:give|tell|read)\s+(?:me|us)\s+(?:the|a|your)\s+(?:transaction\s+|payment\s+)?"
        r"reference(?:\s+number)?\b",
        # "you sure it went through?", "did it definitely go out?" (play-test 120: answered
        # with what shows it went, not "I don't follow.")
        # ("You sure it actually left your account?", play-test 234)
        r"\b(?:you|u)\s+(?:sure|certain|positive)\s+(?:that\s+)?(?:it|the\s+(?:money|payment|transfer))\s+"
        r"(?:(?:actually|really|definitely)\s+)?(?:went\s+(?:through|out)|(?:was|got)\s+sent|left|cleared)\b",
        r"\bdid\s+(?:it|the\s+(?:money|payment|transfer))\s+(?:definitely\s+|actually\s+|really\s+)?"
        r"(?:go\s+(?:through|out)|leave\s+your\s+account|clear)\b",
        # "What is the transaction reference for the payment you say you made?", "give me the
        # date, amount and a transaction reference"
        r"\b(?:what(?:'s|\s+is|\s+was)|give\s+(?:me|us)|tell\s+(?:me|us))\b[^.?!]{0,40}\b(?:transaction|payment)\s+"
        r"(?:reference|ref|id)\b",
        r"\bany\s+(?:paperwork|documents?|documentation|job\s+(?:sheets?|cards?)|proof|evidence)\b",
        # "If you paid, give me a date and a reference and I'll trace it right now." (play-test
        # 199): what shows the payment, asked for
        r"\bif\s+(?:you|u)\s+(?:really\s+|actually\s+)?(?:paid|sent\s+it|made\s+(?:it|the\s+payment))\b"
        r"[,.]?\s*(?:then\s+)?(?:give|tell|send|show)\s+(?:me|us)\b",
        # "Did you make written complaint to the dealer?", "the repair order number, or
        # something in writing from dealer?"
        r"\b(?:(?:make|made|send|sent|file|filed|put)\s+(?:a\s+|any\s+)?written\s+complaint|"
        r"(?:something|anything)\s+in\s+writing(?:\s+from)?|"
        # "Have you put the complaint about the dealer in writing?"
        # (asked of them: not "If you put the complaint in writing, I can note it")
        r"(?:have|had|did)\s+(?:you|u|ye)\s+(?:already\s+)?put\s+(?:the|your|a|it|that|this)\b"
        r"(?:\s+[\w']+){0,8}\s+in\s+writing|"
        r"repair\s+(?:order|job|ticket|claim)s?(?:\s+numbers?)?|(?:claim|case|ticket)\s+number)\b",
        # "kindly check with your bank that money has left your account?", "is it showing there?"
        r"\bcheck\b[^.?!]{0,40}\b(?:money|payment|it|transfer)\s+(?:has\s+)?(?:left|gone\s+out|come\s+out)\b",
        r"\bhas\s+(?:it|the\s+money|the\s+payment|the\s+transfer)\s+(?:left|gone\s+out|come\s+out)\b",
        r"\b(?:is|was)\s+it\s+showing\s+(?:there|in\s+your\s+(?:account|banking|app|statement))\b",
        # "may I request you to send bank statement copy on our email?"
        r"\b(?:send|email|forward|share)\s+(?:us\s+|me\s+)?(?:a\s+|the\s+|your\s+)?(?:copy\s+of\s+"
        r"(?:the\s+|your\s+)?)?(?:bank\s+(?:statements?|receipts?)|screenshots?|receipts?)\b",
        r"\b(?:you|u)\s+(?:got|have)\s+(?:the\s+)?(?:paperwork|receipts?|documents?|job\s+(?:sheets?|cards?)|"
        r"invoices?)\b",
        # (not "we'll confirm this in writing, ok?": the caller's own letter)
        r"\b(?:have|got|get|has)\s+(?:(?:you|u)\s+)?(?:got\s+)?(?:anything|something|it|that)\s+in\s+"
        r"writing\b|\bis\s+(?:it|that|the\s+\w+)\s+in\s+writing\b",
        # (not "I'm happy to send you a statement breaking it down", play-test 233: the caller's)
        r"\b(?!(?:send|sent|show|forward|email)\s+(?:you|u)\b)"
        r"(?:have|got|keep|kept|send|sent|show|forward|email)\s+(?:(?:you|u)\s+)?(?:got\s+)?(?:me\s+|us\s+)?"
        # ("have you got the repair invoices?")
        r"(?:any|the|a|some|your|a\s+copy\s+of\s+(?:the|your))\s+(?:\w+\s+)?(?:paperwork|receipts?|proof|"
        r"documents?|documentation|emails?|job\s+(?:sheets?|cards?)|invoices?|evidence|confirmation\s+emails?|"
        r"(?:bank\s+)?statements?|screenshots?|"
        r"written\s+confirmation)\b",
        # "have you put the complaint in writing?", "did you ever send them anything in writing?"
        r"(?<!if\s)(?<!once\s)\b(?:you|u)\s+(?:ever\s+|already\s+|also\s+)?(?:put|made|make|send|sent|give|given|raise|raised)\s+(?:(?:them|him|her|it)\s+)?"
        r"(?:the|your|a|that|this|any|anything|something)\s+(?:\w+\s+)?in\s+writing\b",
        # "Are you sure it went through?", "did the money actually leave your account?": is
        # there proof of it
        r"\b(?:are|r)\s+(?:you|u|ya)\s+(?:sure|certain|positive)\s+(?:it|that|the\s+(?:money|payment|"
        r"transfer))\s+(?:actually\s+|really\s+|definitely\s+)?(?:went\s+(?:through|out)|was\s+"
        r"(?:sent|paid)|left|cleared)\b",
        r"\bdid\s+(?:it|the\s+(?:money|payment|transfer))\s+(?:actually\s+|really\s+|definitely\s+)?"
        r"(?:go\s+(?:through|out)|clear|leave\s+your\s+(?:account|bank))\b",
    ),
    entry(
        "topic_payment_sent",
        None,
        # "which bank did you send it from?", "the name of your bank, the one it left from?",
        # "was it to our account ending 4471?", "did you send it to the usual account details?"
        # (not "not our problem which bank u use, you need to pay it this week")
        r"\bwhich\s+(?:bank|account)\b[^.?!,;]{0,40}\b(?:send|sent|pay|paid|transfer(?:red)?|from|left)\b",
        # ("And what amount did you send, exactly? Not roughly.", play-test 206)
        r"\bwhat\s+(?:amount|sum|figure)\s+(?:did|have)\s+(?:you|u)\s+(?:send|sent|pay|paid|transfer(?:red)?)\b",
        # "u didnt say how much tho. the full 323.50?" (play-test 161): the sum sent, asked again
        r"\b(?:you|u)\s+(?:didn't|didnt|did\s+not|never)\s+(?:say|said|tell\s+me|told\s+me|mention)\s+"
        # (not "you didnt say how much the shift pay is. i want the full 1266.68 on the 13th":
        # what they earn, play-test 167)
        r"how\s+much\b(?!\s+(?:the\s+|your\s+|ur\s+)?(?:shifts?|pay\b|wages?|salary|income|"
        r"benefits?|you\s+(?:earn|make|get)|u\s+(?:earn|make|get)))",
        # "I'm asking how you SENT it. transfer, card, cheque?": how the payment made was made
        r"\bhow\s+(?:did\s+)?(?:you|u)\s+(?:sent|send|paid|made|transferred)\s+(?:it|that|the\s+(?:money|payment))\b",
        # "how'd u pay, online banking?", "i asked HOW u paid" (play-test 172)
        r"\bhow'?d\s+(?:you|u)\s+(?:pay|send)\b|\bhow\s+(?:you|u)\s+paid\b",
        # "So I write: TRX-48213, bank transfer on Tuesday 3 March. Was it the full 436.29?": how
        # much went
        # ("And was it, sorry, the full $374.49?", "so... it was the full amount?": play-test 233)
        r"\bwas\s+(?:it|that),?\s+(?:(?:sorry|um|uh|er),?\s+)?(?:for\s+)?(?:the\s+)?(?:full|whole|entire|total|complete)\b|"
        r"\b(?:it|that)\s+was\s+(?:for\s+)?the\s+(?:full|whole|entire)\s+(?:amount|sum|balance|lot|[$£€]?\d)[^.?!]{0,12}\?",
        # "And roughly how much was it, the full 438.57?" (play-test 121: the sum sent, asked)
        r"\bhow\s+much\s+(?:was|did)\s+(?:it|that|the\s+(?:transfer|payment))\b(?!\s+(?:be|cost))",
        # "kindly check with your bank that money has left your account?", "see in your online
        # banking if 413.81 has gone out": the payment made, to be looked for
        r"\b(?:check|see|look)\s+(?:with\s+|in\s+|on\s+|at\s+)?(?:your|ur)\s+(?:\w+\s+)?"
        r"(?:bank(?:ing)?|statement|account|app)\s+(?:that|if|whether)\s+(?:the\s+)?(?:money|payment|"
        r"transfer|[$£€]?\d[\d,.]*)\s+(?:has\s+|have\s+)?(?:left|gone\s+out|went\s+out|come\s+out|"
        r"been\s+taken|cleared)\b",
        # "It was bank transfer, or card?" (the order of a question in many first languages;
        # play-test 146: not a demand to pay again)
        # (opened on "was", the rarer word; the ways to send money, not "was card ok for you?")
        r"\bwas\s+(?:by\s+|via\s+)?(?:a\s+|an\s+)?(?:online\s+)?(?:bank\s+transfer|transfer|cheque|check)\b"
        r"[^.?!]{0,30}\?",
        # "how much did you send exactly, the whole 293.28 or some random number" (play-test 135)
        r"\bhow\s+much\s+(?:did|have)\s+(?:you|u)\s+(?:send|sent|transfer|transferred)\b",
        # "was it a bank transfer or a card payment?", "did you pay it by card?": the way it went
        r"\bwas\s+(?:it|that|the\s+(?:money|payment))\s+(?:sent\s+|paid\s+|made\s+)?(?:by\s+|via\s+|with\s+)?"
        # (not "was that bank transfer or card for the 250?": the way for a payment to come)
        # ("Was that an online bank transfer?", play-test 129)
        r"(?:a\s+|an\s+)?(?:online\s+|electronic\s+|internet\s+)?(?:bank\s+transfer|transfer|card|"
        r"debit\s+card|credit\s+card|cheque|check|cash|payment)\b"
        r"(?![^.?!]*\bfor\s+(?:the\s+|your\s+)?(?:[$£€]?\d|next|first|rest|other))",
        r"\bdid\s+(?:you|u)\s+(?:pay|send)\s+(?:it\s+|that\s+)?(?:by|via|with)\s+(?:a\s+)?"
        r"(?:bank\s+transfer|transfer|card|cheque|check|cash)\b",
        r"\b(?:the\s+)?name\s+of\s+(?:your|the)\s+bank\b",
        r"\b(?:sent|paid|transferred|did\s+(?:you|u)\s+(?:send|pay|transfer))\s+"
        r"(?:it|that|the\s+(?:money|payment|transfer))\s+"
        r"(?:from|to\s+(?:our|the\s+usual|the\s+right|the\s+same|your\s+usual))\b",
        r"\b(?:was|is)\s+it\s+(?:to|into)\s+(?:our|the)\s+account\b",
        # "What account number did you pay to?", "doesn't it show who it was paid to?", "you're
        # sure it went to the Miller Bank loan account?"
        r"\bwhat\s+account(?:\s+number)?\s+did\s+(?:you|u)\s+(?:pay|send|transfer)\b",
        r"\bwho\s+(?:it\s+)?(?:was|did\s+(?:you|u))\s+(?:it\s+)?(?:paid|pay|sent|send)\s+(?:it\s+)?to\b",
        r"\bsure\s+it\s+went\s+to\b",
        # "the date of the payment and the reference number?", "when exactly did you pay it?"
        # (not "what will the date of your payment be?": one to make)
        r"\b(?:the\s+)?(?:date|day)\s+of\s+(?:the|your|that)\s+payment\s+(?:you\s+(?:made|sent|did)|"
        r"and\s+(?:the\s+|your\s+)?(?:reference|confirmation|receipt))\b",
        r"\bwhen\s+(?:exactly\s+)?did\s+(?:you|u)\s+(?:send|pay|make|transfer)\s+(?:it|that|the\s+payment)\b",
        # ("when did you supposedly pay and how", play-test 268: the payment they claim)
        r"\bwhen\s+(?:exactly\s+)?did\s+(?:you|u)\s+(?:supposedly|allegedly|apparently|actually|even)\s+"
        r"(?:send|pay|make|transfer)\b",
        # "On which date exactly you have done the transfer, and from which bank?"
        r"\b(?:what|which)\s+(?:date|day)\s+(?:exactly\s+)?(?:(?:you|u)\s+)?(?:have\s+|had\s+)?"
        r"(?:done|did|made|sent|paid)\s+(?:the\s+|that\s+)?(?:transfer|payment|it)\b",
        r"\bfrom\s+which\s+(?:bank|account)\b",
        # "Was that a bank transfer from your checking account, sir?"
        # ("Was it from your online banking?")
        r"\b(?:was|did)\s+(?:that|it)\b[^.?!]{0,40}\bfrom\s+(?:your|the)\s+(?:\w+\s+){0,2}(?:account|bank|banking|"
        r"app)\b",
        # "what bank did it go out from?"
        r"\b(?:what|which)\s+(?:bank|account)\s+did\s+(?:it|that|the\s+(?:money|payment))\s+(?:go\s+out|come|leave)\b",
        # "did ye send it tae the credit union's account or tae the old sort code?"
        r"\bdid\s+(?:you|u|ye)\s+(?:send|pay|transfer)\s+(?:it|that|the\s+money)\s+(?:to|from)\b",
        # "Can ye mind roughly how much ye sent?"
        # (past: "how much you pay?" asks for a payment to make)
        # ("Was the transfer for the full 449.39?")
        r"\bwas\s+(?:the|that|your)\s+(?:transfer|payment)\s+(?:you\s+(?:sent|made)\s+)?(?:for|of)\b|"
        # ("And was it for the full 339.14?")
        r"\bwas\s+(?:it|that)\s+for\s+(?:the\s+)?(?:full|whole|same|entire|[$£€]?\d)|"
        # ("How much it was, the transfer? Same 392.47?")
        r"\bhow\s+much\s+(?:it\s+)?(?:was|were)\b,?\s*(?:it\s+|that\s+)?,?\s*(?:the\s+)?(?:transfer|payment)\b|"
        r"\bhow\s+much\s+(?:did\s+(?:you|u|ye)\s+(?:send|pay|transfer)\b|"
        r"(?:you|u|ye)\s+(?:sent|paid|transferred)\b)",
        # "which bank did it come out of?", "the bank name, ma'am? Was that sent from a checkin'
        # account at another bank?"
        r"\bwhich\s+(?:bank|account)\s+did\s+(?:it|that|the\s+(?:money|payment))\s+(?:come|go)\s+out\b",
        r"\b(?:was|is)\s+(?:that|it)\s+(?:sent|paid|transferred)\s+from\b",
        r"\bthe\s+bank(?:'s)?\s+name\b[^.!?]{0,20}\?",
        # "would you happen to know what day you sent it?", "which date did you pay it?"
        r"\b(?:what|which)\s+(?:date|day)\s+(?:did\s+(?:you|u)\s+(?:send|pay|make|transfer)|"
        r"(?:you|u)\s+(?:\w+\s+)?(?:sent|paid|made|transferred|posted|mailed))\b",
        # "How'd ya send it, was it a bank transfer or online bill pay or what?"
        r"\bhow(?:'d|\s+did)\s+(?:you|u|ya|ye)\s+(?:send|pay|make|transfer)\s+(?:it|that|the\s+payment)\b",
        # "Could you tell me how you made the payment and on which day?"
        r"\bhow\s+(?:you|u)\s+(?:made|sent|did|paid)\s+(?:the\s+|that\s+|your\s+)?(?:payment|transfer|it)\b",
        # "And was it the full 339.34 you sent, from your usual account?", "was that an online
        # transfer or did you pay at the bank?"
        r"\b(?:was|is)\s+(?:it|that)\s+(?:the\s+)?(?:full|whole|same|entire)\b(?:[^.?!]|\.\d){0,30}\b(?:you|u|ye)\s+"
        r"(?:sent|paid|transferred)\b",
        r"\bdid\s+(?:you|u|ye)\s+pay\s+(?:it\s+)?(?:at\s+(?:the|a|your)\s+(?:bank|branch|counter|post\s+office)|"
        r"online|in\s+the\s+app|by\s+(?:card|phone|cheque|check|transfer))\b",
    ),
    entry(
        "topic_afford",
        A.PROBE_REASON,
        r"\bhow\s+much\s+(?:can|could|would)\s+(?:you|u)\s+(?:afford|manage|realistically|put|spare|pay|set\s+aside)\b",
        # "ugh fine. how much CAN you do.": the "do" a sum, not a deed ("how much can you do
        # on Friday?" too)
        r"\bhow\s+much\s+(?:can|could)\s+(?:you|u)\s+(?:actually\s+|really\s+)?do\b",
        # ("What comes in each month, roughly, after rent?", play-test 274: what they earn)
        r"\b(?:what|how\s+much)\s+(?:money\s+)?(?:comes|is\s+coming|'s\s+coming)\s+in\b",
        # ("how much have you actually got right now", play-test 276: what they have to pay with)
        r"\bhow\s+much\s+(?:money\s+|cash\s+)?(?:have|do)\s+(?:you|u)\s+(?:actually\s+|really\s+|even\s+)?"
        r"(?:got|have)\b(?!\s+to\b)",
        # "The cafe shifts, how much more or less you have left each month after rent and food?"
        r"\bhow\s+much\s+(?:more\s+or\s+less\s+|roughly\s+|about\s+)?(?:do\s+)?(?:you|u)\s+(?:have|got|get)\s+"
        r"left\b",
        # ("Give me a monthly number you can actually stick to", play-test 251)
        r"\b(?:give\s+me|gimme|name|tell\s+me)\s+(?:a|your|ur|the)\s+(?:monthly|weekly|fortnightly)\s+"
        r"(?:number|figure|amount|sum)\b",
        # ("Is there, maybe, any small amount you could manage from the cafe shifts?", play-test
        # 250)
        r"\b(?:any|some)\s+(?:small\s+|little\s+|tiny\s+)?(?:amount|sum)\s+(?:at\s+all\s+)?(?:that\s+)?"
        r"(?:you|u)\s+(?:could|can|might|would\s+be\s+able\s+to)\s+(?:manage|spare|afford)\b",
        # "How much you can pay now?" (the order of a question in many first languages)
        r"\bhow\s+much\s+(?:you|u)\s+(?:can|could)\s+(?:afford|manage|realistically|put|spare|pay)\b",
        # ("What can you actually pay then? Give me a number.")
        r"\bwhat\s+(?:can|could)\s+(?:you|u)\s+(?:realistically\s+|actually\s+)?(?:afford|manage|spare|"
        # ("After rent, what could you realistically put toward this each month?", play-test 162)
        r"put\s+(?:towards?|toward|in|aside|down)|set\s+aside)\b|"
        r"\bwhat\s+(?:would|could)\s+(?:you|u)\s+(?:realistically\s+|actually\s+)?be\s+able\s+to\s+"
        r"(?:afford|manage|spare|pay|put\s+(?:towards?|toward|in|aside|down))\b|"
        r"\b(?:how\s+much|what)\s+(?:would|could|might)\s+be\s+(?:af+ordable|manageable|realistic)\b|"
        r"\bwhat\s+(?:can|could)\s+(?:you|u)\s+(?:realistically|actually)\s+pay\b|"
        r"\bwhat\s+(?:can|could)\s+(?:you|u)\s+pay\s*(?:then|instead|at\s+all)?\s*\?",
        # "what do you think you could realistically manage in the next two weeks?" (play-test
        # 125; "how much do you think you could manage, like realistically", play-test 174;
        # not "how much do you think you could pay?", which asks for the payment itself)
        r"\bhow\s+much\s+do\s+(?:you|u)\s+think\s+(?:you|u)\s+(?:can|could)\s+(?:realistically\s+)?"
        r"(?:afford|manage|spare)\b",
        r"\bwhat\s+(?:do\s+(?:you|u)\s+think|would\s+(?:you|u)\s+say)\s+(?:you|u)\s+(?:can|could)\s+"
        r"(?:realistically\s+|actually\s+)?(?:afford|manage|spare|pay|do)\b",
        # "what do the cafe shifts actually bring in on friday" (play-test 177)
        r"\bwhat\s+(?:do|does|will|would)\s+(?:the|your|ur)\s+(?:\w+\s+){0,2}?(?:actually\s+|really\s+)?"
        r"(?:bring\s+in|pay\s+(?:you|u))\b",
        # ("Roughly what are the cafe shifts bringing in each month", play-test 210)
        r"\bwhat\s+(?:are|is)\s+(?:the|your|ur)\s+(?:\w+\s+){0,2}?(?:actually\s+|really\s+)?"
        r"(?:bringing\s+in|paying\s+(?:you|u)|earning\s+(?:you|u))\b",
        # "how much do the cafe shifts bring in a week", "how much do you earn?"
        r"\bhow\s+much\s+(?:do|does|are|is)\s+(?:the|your|ur)\s+(?:\w+\s+){0,2}?(?:bring\s+in|bringing\s+in|"
        r"pay\s+(?:you|u)|paying\s+(?:you|u)|earn|earning)\b|"
        r"\bhow\s+much\s+(?:do|did)\s+(?:you|u)\s+(?:make|earn|bring\s+in|take\s+home)\b",
        # "And how much will Friday bring, precisely?", "I asked how much the cafe pays you on
        # Friday." (play-test 163)
        r"\bhow\s+much\s+(?:will|does|do|would|is)\s+(?:\w+\s+){1,3}?(?:bring(?:\s+in)?|pay\s+(?:you|u))\b|"
        r"\bhow\s+much\s+(?:the|your|ur)\s+(?:\w+\s+){0,2}?(?:pays|gives|brings\s+in)\s+(?:you|u)\b|"
        r"\bhow\s+much\s+(?:the|your|ur)\s+(?:\w+\s+){0,2}?(?:pays|brings)\b",
        # "How much from the cafe shifts do you earn in a month, more or less?"
        r"\bhow\s+much\s+(?:from|at|with)\s+(?:\w+\s+){1,4}?(?:do|did)\s+(?:you|u)\s+(?:make|earn|get|bring\s+in|take\s+home)\b",
        # "How much you are earning from the cafe shifts, maybe per week?"
        r"\bhow\s+much\s+(?:(?:are|r)\s+(?:you|u)|(?:you|u)(?:\s+are|\s+r)?)\s+(?:earning|making|"
        r"bringing\s+in|taking\s+home|earn|make)\b",
        # ("right. and what you bringing home a week on three days", corpus 100)
        # ("Can I ask roughly what you bring in from the cafe shifts each week", play-test 231)
        # ("Roughly what's coming in each week from those shifts", "Do you know roughly what
        # you earn a week from the shifts?": play-test 246)
        r"\bwhat(?:'s|\s+is)\s+(?:actually\s+|really\s+)?(?:coming|comin'?)\s+in\b|"
        r"\bwhat\s+(?:you|u)\s+(?:actually\s+|really\s+|usually\s+|roughly\s+)?(?:earn|take\s+home|bring\s+home|"
        r"bring\s+in|make\s+(?:a|per|each|every)\s+(?:week|month|fortnight))\b",
        # ("What do you actually take home a week from the cafe?", play-test 245)
        r"\bwhat\s+(?:(?:are|r|do)\s+)?(?:you|u)(?:'re)?\s+(?:actually\s+|really\s+|usually\s+|roughly\s+)?"
        r"(?:bring|bringing|take|taking)\s+(?:home|in)\b",
        # ("how much do u actually make a week from these shifts", play-test 184)
        r"\bhow\s+much\s+(?:money\s+)?(?:do\s+|did\s+)?(?:you|u)\s+(?:actually\s+|really\s+|roughly\s+|usually\s+)?"
        r"(?:get|earn|make)\s+(?:from|at|a|each|every|per)\b",
        r"\bwhat\s+(?:would|could)\s+be\s+(?:affordable|manageable)\b",
        # "fine, whatever, what CAN you pay then, seriously" (play-test 182): the sum asked
        r"\bwhat\s+(?:can|could)\s+(?:you|u|ya)\s+(?:actually\s+|really\s+|realistically\s+)?"
        r"(?:pay|afford|manage|spare)\b(?!\s+(?:by|with|through|via|for)\b)",
        # ("What can you actually do a month? Give me a number", play-test 211)
        r"\bwhat\s+(?:can|could)\s+(?:you|u|ya)\s+(?:actually\s+|really\s+|realistically\s+)?do\s+"
        r"(?:a|per|each|every)\s+(?:month|week|fortnight)\b",
        # "What do you reckon you could manage out of the pay on the 13th, even something
        # small?" (play-test 180)
        r"\bwhat\s+(?:do|would)\s+(?:you|u)\s+(?:reckon|think|suppose)\s+(?:you|u)\s+(?:could|can|might)\s+"
        r"(?:realistically\s+|actually\s+)?(?:manage|afford|do|pay|spare|put\s+(?:down|aside))\b",
        # "what could you actually scrape together off that friday paycheck" (play-test 136)
        r"\b(?:what|how\s+much)\s+(?:can|could)\s+(?:you|u)\s+(?:realistically\s+|actually\s+)?"
        r"(?:scrape|scratch|pull|cobble|get|put)\s+together\b",
        # "Where will the money come from before the 16th?", "how will you find that much?"
        # "Where exactly is the $760.50 coming from by the 17th?"
        r"\bwhere(?:'s\s+|\s+(?:exactly\s+)?(?:will|would|is|'s|does|do)\s+)(?:the\s+|that\s+)?"
        r"(?:money|cash|funds|it|\$?\d[\d,]*(?:\.\d\d)?)\s+"
        r"(?:\w+\s+){0,2}?(?:be\s+|going\s+to\s+)?(?:come|coming|comin')\s+from\b",
        # ("May I ask where the funds will come from, given that your pay does not arrive until
        # the 31st?", play-test 180: asked the way a question is reported)
        r"\bwhere\s+(?:the\s+|that\s+)?(?:money|cash|funds|\$?\d[\d,]*(?:\.\d\d)?)\s+"
        r"(?:will|would|is\s+going\s+to|is|'s)\s+(?:be\s+)?(?:come|coming)\s+from\b",
        # "Tell me the source so I can put it in the notes."
        r"\b(?:tell\s+me|what's|what\s+is)\s+the\s+source\b|\bsource\s+of\s+(?:the\s+)?(?:money|funds)\b",
        # "Where you get the 482.32 for Friday?" (second-language English), "where will you
        # find the money?"
        r"\b(?:where|how)\s+(?:(?:will|would|do|did|are|can)\s+)?(?:you|u)\s+(?:going\s+to\s+|will\s+|can\s+|"
        r"could\s+)?(?:get|getting|find|finding|have)\s+(?:the\s+|that\s+)?(?:money|cash|funds|\$?\d)",
        r"\bhow\s+(?:will|would|are|can)\s+(?:you|u)\s+(?:going\s+to\s+)?(?:manage|afford|find)\s+"
        r"(?:it|that|that\s+much|the\s+money)\b",
        r"\bwhat\s+(?:amount|sum)\s+(?:would|could|can)\s+(?:you|u)\b",
        r"\b(?:what's|what\s+is)\s+your\s+(?:budget|income)\b",
        # "May I ask roughly what you have left each month after rent?", "how much is left
        # over after your bills?"
        r"\b(?:what|how\s+much)\s+(?:do\s+|would\s+)?(?:you|u)\s+(?:have|got|'ve\s+got|usually\s+have)\s+"
        r"(?:left|spare)\b|\bhow\s+much\s+(?:is|'s)\s+(?:left|spare)(?:\s+over)?\b[^.?!]{0,30}\b(?:after|each|a|per)\b",
        # "could you pay a little bit? whatever you can?": what they could manage, asked
        # ("A number. Per week, per month, whatever. ... Give me a figure.", play-test 212)
        r"\b(?:give\s+me|gimme|tell\s+me|name)\s+(?:a|one|some)\s+(?:number|figure|amount|sum)\b",
        # ("Whatever you can manage, I guess?", play-test 211)
        r"\bwhatever\s+(?:you|u)\s+(?:can|could)\b(?:\s+(?:manage|afford|do|spare))?"
        r"(?:\s*,?\s*(?:i\s+guess|maybe|really|honestly|realistically))?\s*\?",
    ),
    entry(
        "off_topic_dealer",
        A.OFF_TOPIC,
        r"\b(?:dealer|dealership|garage|mechanic|salesman|salesperson)(?:'s)?\s+(?:\w+\s+){0,3}(?:is|was|are|were|sounds|seems|did|does|should\s+have)\s+(?:really\s+|so\s+|very\s+|totally\s+|just\s+)?(?:terrible|awful|bad|horrible|dishonest|useless|a\s+joke|shady|crooks?|wrong|right|incompetent|a\s+scam|rip[-\s]?off|lying|liars?|great|good|fine|ok|okay|at\s+fault|responsible|to\s+blame)",
        r"\b(?:you\s+should|go\s+and|why\s+don't\s+you)\s+(?:sue|complain\s+to|report|take\s+it\s+up\s+with)\s+(?:the\s+)?(?:dealer|dealership|garage)",
        # "Oh really? The dealer said that?": the tangent followed
        r"\b(?:the|your)\s+(?:dealer|dealership|garage|mechanic|salesman)\s+(?:really\s+|actually\s+)?"
        r"(?:said|told\s+you)\s+that\s*\?",
        r"\b(?:tell|told)\s+me\s+(?:more\s+)?about\s+(?:the|your)\s+(?:dealer|trip|car\s+problems|holiday)",
        r"\bwhat\s+(?:exactly\s+)?did\s+the\s+(?:dealer|dealership|garage|mechanic|salesman)\s+(?:say|do|tell)",
    ),
    entry(
        "arguing",
        A.OFF_TOPIC,
        r"\b(?:that's|that\s+is)\s+(?:not\s+true|a\s+lie|nonsense|rubbish|ridiculous)\b",
        r"\byou're\s+wrong\b",
        r"\bwhose\s+fault\b",
        r"\bthat's\s+your\s+problem\b",
        r"\bi\s+don't\s+believe\s+(?:you|a\s+word)",
    ),
    entry(
        "steer_back",
        None,
        r"\b(?:get|getting|come|coming|go|going|turn|bring|move|steer)\s+(?:it\s+|us\s+|things\s+)?back\s+to\b",
        r"\bback\s+to\s+(?:the|your)\s+(?:payment|balance|account|loan|amount)",
        r"\blet's\s+(?:focus|concentrate)\s+on\b",
        r"\b(?:regardless|separate(?:ly)?|separate\s+(?:issue|matter))\b",
        r"\b(?:but|however|still),?\s+(?:the|your)\s+(?:payment|balance|loan|instal?l?ment|amount|account)\b",
        r"\bwhat\s+(?:we|i)\s+need\s+(?:to\s+(?:sort|agree|settle)|today)",
        r"\bin\s+the\s+meantime\b",
        r"\bfor\s+(?:now|today),?\s+(?:the|your|let's|can|could|we)\b",
        r"\b(?:find|work\s+out|reach)\s+a\s+(?:solution|way\s+forward|way\s+to\s+pay)\b",
        r"\b(?:now|anyway),\s+(?:about|back\s+to|regarding)\b",
    ),
    # Names are insults wherever they stand; adjectives only when aimed at the debtor ("you're
    # lazy"), so "the dealer was useless" stays a tangent, not an insult.
    entry(
        "insult",
        A.INSULT,
        r"\b(?:idiot|idiots|moron|morons|imbecile|deadbeat|deadbeats|loser|losers|liar|liars|scum|scumbag|clown|parasite|leech|thief|thieves|crook|jerk|bum|freeloader|sponger|lowlife|low-life|retard|cheat|cheater|waste\s+of\s+space|piece\s+of\s+work|muppet|muppets|numpty|plonker|pillock|prat|tosser|wanker|dickhead|twat|prick|pricks|halfwit|nitwit|dimwit|dipstick|cheapskate|cheapskates|weasel|weasels|scrounger|scroungers|dummy|dummies|old\s+bat|(?:silly|stupid|cheeky|old|lying|lazy|greedy)\s+cow|(?:you|ya)\s+(?:silly\s+|stupid\s+)?old\s+(?:goat|fool|git|codger|fossil|dinosaur|crone|hag|fart))\b",
        r"\bpeople\s+like\s+you\b",
        # "mate youre the one who cant manage a credit card, so spare me the attitude" (play-test
        # 126: a put-down, sworn or not)
        r"\b(?:you're|youre|you\s+are)\s+the\s+one\s+who\s+(?:can't|cant|cannot|couldn't|didn't|never)\b",
        r"\bspare\s+me\s+the\s+(?:attitude|drama|sob\s+story)\b",
        # "wow, was that so hard? you could've saved us both 5 min of attitude" (play-test 132)
        r"\b(?:\d+|five|ten|two|few)\s+(?:min|mins|minutes?|hours?)\s+of\s+(?:your\s+|ur\s+)?attitude\b",
        r"\bshut\s+up\b",
        r"\bhow\s+dare\s+you\b",
        r"\bgrow\s+up\b",
        # "get a job" told, not "$50 a month until you get a job" (a plan's end, kindly meant)
        r"\b(?<!you\s)(?<!\bu\s)(?<!\bya\s)get\s+a\s+(?:real\s+)?job\b",
        r"\bwhy\s+(?:don't|dont|not)\s+(?:you\s+|u\s+)?(?:just\s+)?get\s+a\s+(?:real\s+)?job\b",
        r"\bwhat\s+a\s+(?:joke|loser|waste\s+of\s+space|clown|disgrace)\b",
        negatable=True,
    ),
    entry(
        "insult",
        A.INSULT,
        # ("are you deaf?", "what are you, thick?": the insult asked)
        r"\b(?:you(?:'re|\s+are|\s+were|\s+must\s+be|\s+sound)?|how),?\s+(?:so\s+|such\s+an?\s+|an?\s+|being\s+|really\s+|just\s+|completely\s+|totally\s+|too\s+)*(?:stupid|lazy|pathetic|useless|dumb|worthless|incompetent|clueless|foolish|irresponsible|dishonest|a\s+joke|hopeless|thick|slow|deaf|dense|daft|brain-?dead)\b(?!\s+(?:is|was|are|were)\s+(?:the|it|that|this|my|our)\b)",
        # "your so dumb", "youre such an idiot": the misspelt "you're"
        r"\b(?:your|youre)\s+(?:so|such\s+an?|really|just|completely|totally)\s+(?:stupid|lazy|pathetic|useless|dumb|worthless|incompetent|clueless|hopeless|idiot|joke|loser|clown)\b",
        r"\b(?:that's|thats|that\s+is|this\s+is|it's|its)\s+(?:honestly\s+|just\s+|so\s+|pretty\s+|really\s+|plain\s+)*(?:stupid|dumb|pathetic)\b",
        r"\b(?:stupid|lazy|pathetic|useless|dumb|worthless)\s+(?:person|people|excuse|excuses|idiot|man|woman)\b",
        negatable=True,
    ),
    entry(
        "profanity",
        A.INSULT,
        # ("Look I get it, that's crap, and I'll put a note on the account", "damn, thats a
        # lot to juggle": the situation commiserated with, not language aimed at the debtor)
        # ("bloody hell, you alright though? nobody hurt?": shock on the debtor's behalf)
        r"\b(?:fuck\w*|fuk\w*|fck\w*|fucc\w*|wtf|stfu|shit\w*|sh\*t|bullshit|damn(?![,!.]?\s+(?:that'?s|thats|that\s+(?:is|sucks|sounds)|sorry|i'?m\s+sorry|what\s+a|rough|tough)\b)(?!(?<=^damn)[,!.])|damned|goddamn\w*|bitch\w*|bastard\w*|asshole\w*|arsehole\w*|ass|arse|crap(?<!that's\scrap)(?<!thats\scrap)(?<!sounds\scrap)(?<!so\scrap)|crappy|piss\w*|dick(?:s|head\w*|wad\w*|ish)?|cunt\w*|bollocks|bloody(?!\s+(?:frustrating|annoying|awful|terrible|hard|difficult|tough|stressful|unfair|ridiculous|nightmare|shame|mess|pain)\b)(?!\s+hell"
        + _COMMISERATING
        + r")|motherf\w*|hell(?!"
        + _COMMISERATING
        + r"))\b",
        # spelled with symbols: not word-led, so scanned; a literal start keeps that cheap
        r"f\*+k\w*|f\*\*\*|sh\*t",
    ),
    entry(
        "insult",
        A.INSULT,
        # contempt without swear words
        r"\b(?:you're|you\s+are|youre|ur|u\s+r)\s+(?:a\s+|such\s+a\s+)?(?:joke|liar|clown|waste\s+of\s+(?:space|time)|child)\b",
        r"\byour\s+(?:a|such\s+a)\s+(?:joke|liar|clown|waste\s+of\s+(?:space|time)|child)\b",
        # ("oh boo hoo. keep whining and ...": the debtor's trouble mocked)
        r"\b(?:stop|quit|keep)\s+(?:lying|whining|crying|moaning|whinging)\b",
        r"\bdon't\s+be\s+(?:so\s+)?(?:pathetic|stupid|ridiculous|daft|dense|thick|childish)\b",
        # "don't be an idiot", "dont be lazy", "stop acting dumb": the order is the insult
        r"\b(?:don't|dont|do\s+not|stop)\s+(?:be(?:ing)?|act(?:ing)?)\s+(?:so\s+|such\s+an?\s+|an?\s+|"
        r"like\s+an?\s+)?(?:idiot|moron|dumb|stupid|lazy|thick|daft|clown|child|baby)"
        r"(?=\s*(?:[,.!?;]|$|and\b))",
        # the vocative of scorn: "I need a figure, genius.", "then get a second job, lazy"
        r",\s*(?:genius|lazy|dummy)\b|\s(?:genius|dummy)\s*[.!?]*\s*$",
        # ("we dont take cash over the phone genius. card or online", play-test 140; not "that's
        # genius!", "a genius.")
        r"(?<!\ba\s)(?<!\bis\s)(?<!'s\s)(?<!\bso\s)(?<!\bpure\s)\b(?:genius|dummy)\s*[.!?]+(?=\s)",
        # ("good guess genius, date of birth please", play-test 192)
        r"(?<!\ba\s)(?<!\bis\s)(?<!'s\s)(?<!\bso\s)(?<!\bpure\s)\b(?:guess|job|move|one|plan|idea)\s+"
        r"(?:genius|dummy)\s*,",
        # "at your age I'd expect people to know how to pay a bill on time", "kinda thought
        # someone ur age would have this figured out" (play-tests 191 and 192)
        r"\b(?:at\s+(?:your|ur)\s+age|someone\s+(?:of\s+)?(?:your|ur)\s+age)\b[^.?!]{0,40}\b(?:know\s+how|"
        r"know\s+better|have\s+(?:this|it|that)\s+(?:all\s+)?figured|figured\s+(?:this|it|that)\s+out)\b",
        # "even you can manage that" (play-test 192)
        r"\beven\s+(?:you|u)\s+(?:can|could|should\s+be\s+able\s+to)\s+(?:manage|handle|do|understand|"
        r"follow|remember)\s+(?:that|this|it)\b",
        # "ok grandpa, then you know how this works" (play-test 144)
        r"(?<!my\s)(?<!your\s)(?<!ur\s)(?<!his\s)(?<!her\s)(?<!a\s)\b(?:grandpa|grandad|granddad|gramps|"
        r"boomer)\b",
        r"\b(?:you're|you\s+are|youre|your|ur|u\s+r)\s+(?:so\s+)?full\s+of\s+(?:it|crap|rubbish)\b",
        r"\bas\s+(?:thick|stupid|dumb|dense)\s+as\s+(?:you|u)\b",
        # "a grown adult who can't remember one payment": scorn for who they are
        r"\ba\s+grown\s+(?:adult|man|woman)\s+(?:who|that)\s+(?:can't|cannot|can\s+not|couldn't)\b",
        # ("You're a grown woman, act like one.", corpus 117)
        r"\b(?:act|behave)\s+like\s+(?:one|an?\s+(?:adult|grown-?up))\b",
        # ("You can't find that? Pathetic.", corpus 117: the put-down said as a sentence)
        # (opened on the word itself: not "the app is useless", said of a thing)
        r"(?<![a-z,'] )\b(?:pathetic|useless)[.!,]*(?=\s|$)",
        # "well clearly you didnt learn much in all them years mate cos you still cant pay a 271
        # bill on time" (play-test 180)
        r"\b(?:clearly|obviously|evidently)\s+(?:you|u)\s+(?:didn't|didnt|did\s+not|haven't|havent|"
        r"have\s+not)\s+learn(?:ed|t)?\s+(?:much|anything|a\s+thing)\b",
        r"\b(?:you|u)\s+(?:still|even)\s+(?:can't|cant|cannot|can\s+not)\s+(?:even\s+)?pay\s+(?:a|one|your|ur)\s+"
        r"(?:[$£€]?\d[\d,.]*\s+|(?:measly|tiny|little|simple|single)\s+)?(?:bill|payment|debt)\s+on\s+time\b",
        r"\b(?:take|taking)\s+me\s+for\s+(?:a\s+)?(?:fool|idiot|mug)\b|\bborn\s+yesterday\b",
        r"\b(?:brilliant|great|genius)\s+(?:logic|priorities)\b",
        # ("If it doesn't, it does. Simple enough even for you. Goodbye.", play-test 184)
        r"\b(?:simple|easy|clear)\s+enough\s+even\s+for\s+(?:you|u|ya)\b",
        r"\buse\s+your\s+(?:brain|head)\b",
        r"\byou\s+people\b",
        r"\b(?:pretty|how|so|very)\s+careless\b",
        r"\btypical\s+(?:student|customer|debtor)\b",
        negatable=True,
    ),
    entry(
        "threat_violence",
        A.THREAT,
        # (not "that could hurt you way more than the interest", "it can hurt your credit": the
        # harm a fact does; "I will hurt you" is a person's)
        r"(?<!could\s)(?<!would\s)(?<!will\s)(?<!might\s)(?<!can\s)(?<!may\s)(?<!that\s)(?<!it\s)"
        r"\b(?:hurt|beat|kill|smash|break)\s+(?:you|your|ya)\b" + _NOT_CREDIT,
        r"\b(?:i|we|they|i'll|we'll)\s+(?:could|would|will|might|can|may|gonna|going\s+to)\s+(?:\w+\s+)?"
        r"(?:hurt|beat|kill|smash|break)\s+(?:you|your|ya)\b" + _NOT_CREDIT,
        # "or I'll make sure your credit is wrecked": harm promised, not a fact stated
        r"\b(?:i'll|i\s+will|we'll|we\s+will)\s+make\s+sure\s+(?:your|ur)\s+(?:credit|life|name)\s+(?:is|gets)\s+"
        r"(?:wrecked|ruined|destroyed|trashed|mud)\b",
        r"\b(?:come|coming|show\s+up|turn\s+up|be)\s+(?:round\s+|over\s+)?(?:to|at)\s+your\s+(?:house|home|door|work|office|place|job)\b",
        # "we'll find you", not "I hope I find you well" or "let me find you a plan"
        r"\b(?:find|track)\s+(?:you|u|ya)(?:\s+down)?\b(?!\s+(?:well|in\s+good|keeping|doing|at\s+a|a|an|some|something|the|another|somewhere)\b)",
        # "or I'll come round there myself and sort you out", "im comin round w the lads"
        r"\b(?:come|coming|comin'?)\s+(?:round|over|around)\s+(?:there\s+)?(?:myself|w(?:ith)?\s+(?:the|my)\s+(?:lads|boys|guys))\b",
        # (not "ring the payments team on extension 4410 and they'll sort you out", play-test
        # 191: helped)
        # (nor "the tellers will sort you out", corpus 119)
        r"(?<!they'll\s)(?<!they\swill\s)(?<!they\scan\s)(?<!who'll\s)(?<!who\swill\s)(?<!who\scan\s)(?<!s\swill\s)"
        r"\bsort\s+(?:you|u)\s+out\b(?!\s+(?:a|with|some)\b)",
        r"\b(?:coming|comin'?|come)\s+(?:for|after)\s+your\s+(?:wages|house|home|family|kids)\b",
        r"\bsend\s+(?:one|a|some)\s+(?:person|man|guy|one|people)\s+(?:round\s+)?to\s+your\s+(?:house|home|door|work)\b",
        # "I'll send somebody out there to take a look"
        r"\b(?:send|sending)\s+(?:somebody|someone|some\s+(?:guys|people)|a\s+(?:guy|man|person))\s+"
        r"(?:out\s+there|round|over|to\s+your)\b",
        r"\bwatch\s+your\s+back\b",
        r"\byou'll\s+regret\b",
        r"\bsomething\s+bad\s+(?:will|might|could)\s+happen\b",
        r"\bknow\s+where\s+(?:you|u|ya)\s+(?:live|work)\b|\bfind(?:\s+out)?\s+where\s+(?:you|u|ya)\s+live\b",
        # "then ill find where u live and come get it myself"
        r"\bcome\s+(?:and\s+)?(?:get|take|collect|grab)\s+(?:it|them|the\s+\w+)\s+myself\b",
        r"\b(?:you'll|you\s+will|you'd)\s+(?:be\s+back|end\s+up)\s+in\s+(?:the\s+)?hospital\b|\bput\s+you\s+in\s+(?:the\s+)?hospital\b",
        r"\bsend\s+(?:someone|people|the\s+boys)\s+(?:round|over|to\s+your)\b",
        r"\b(?:send|sending|get|have)\s+(?:a\s+couple\s+of\s+|some\s+of\s+)?(?:(?:my|our|the)\s+)?(?:lads|guys|boys|men|fellas|friends|people|somebody|someone)\s+(?:(?:to\s+)?(?:come|go|pay\s+you\s+a\s+visit)\s+)?(?:round|around|over|to\s+your|visit)\b",
        negatable=True,
    ),
    entry(
        "threat_arrest",
        A.THREAT,
        r"\b(?:arrest(?:ed)?|arest(?:ed)?|jail|prison|locked\s+up|lock\s+you\s+up|(?<!report\sto\sthe\s)(?<!report\sit\sto\sthe\s)(?<!reported\sit\sto\sthe\s)(?<!reported\sto\sthe\s)(?<!file\sa\s)(?<!filed\sa\s)(?<!bank\sand\sthe\s)(?<!bank\sor\sthe\s)police(?!\s+(?:report|reference|crime\s+number|station\s+report))|cops|criminal\s+(?:charges|case|record)|fraud\s+charges?|behind\s+bars|sheriff|haul\s+you\s+off)\b",
        negatable=True,
    ),
    entry(
        "threat_garnish",
        A.THREAT,
        r"\bgarnish\w*",
        r"\b(?:take|dock|seize)\s+(?:it\s+)?(?:from\s+)?your\s+(?:wages|salary|pay(?:check|cheque)?)\b",
        r"\b(?:take|taking|took)\s+it\s+(?:straight\s+|directly\s+|right\s+)?(?:(?:out\s+)?(?:of|from)|outta|out)\s+(?:of\s+)?your\s+(?:wages|salary|pay(?:check|cheque)?|benefits)\b",
        # the UK's garnishment, "we'll get an attachment of earnings"
        # ("we can get a court order on your wages pal")
        r"\border\s+on\s+(?:your|ur)\s+(?:wages|salary|pay(?:check|cheque)?)\b",
        r"\battachment\s+of\s+earnings\b|\b(?:wage|earnings)\s+(?:attachment|arrestment)\b",
        # "or your employer hears about this"
        # ("and your boss is gonna hear all about it", corpus 113)
        r"\b(?:your|ur)\s+(?:employer|boss|family|wife|husband|parents|neighbou?rs|landlord)\s+(?:hears?|will\s+hear|finds?\s+out|will\s+find\s+out|will\s+know|"
        r"(?:is|are|'s)\s+(?:gonna|going\s+to)\s+(?:hear|find\s+out|know))\b",
        r"\bmake\s+sure\s+your\s+(?:university|college|employer|boss|family|work|school|landlord)\b",
        r"\b(?:tell|call|ring|phone|contact|inform|email|telling|calling|ringing|phoning|contacting|informing|emailing)\s+(?:your|ur|ya)\s+(?:employer|boss|work|family|neighbou?rs|wife|husband|parents|mum|mom|dad|friends|uni|university|college|school|landlord)\b",
        # ("tell her to call us back today, or next time I'll be calling her boss": the debtor's
        # work told of her debt, threatened to the flatmate; play-test 249)
        r"\b(?:tell|call|ring|phone|contact|inform|telling|calling|ringing|phoning|contacting|informing)\s+"
        r"(?:her|his|their)\s+(?:employer|boss|work|workplace|manager)\b",
        r"\blose\s+your\s+job\b",
        # ("Pay it or you're out.", "I'll personally make sure you're out on the street.": the
        # tenant put out, threatened; corpus 117)
        # (opened on "out" and "get": the rarer words)
        r"\bout\s+on\s+(?:the|your|ur)\s+(?:street|ear|arse|ass)\b|"
        r"(?:(?<=\bor\syou're\s)|(?<=\bor\syoure\s)|(?<=\bor\syou\sare\s)|(?<=\bor\syou'll\sbe\s))"
        r"out\s*[.!]*\s*$|"
        # ("Sick or lazy? Pay the rent or get out.", corpus 118)
        r"(?<=\bor\s)get\s+out\s*[.!]*\s*$",
        r"\b(?:taken|deducted|docked)\s+(?:straight\s+|directly\s+)?(?:out\s+of|from)\s+your\s+(?:wages|salary|pension|benefits|pay(?:check|cheque)?)\b",
        negatable=True,
    ),
    entry(
        "threat_word",
        A.THREAT,
        r"\bthreat(?:en|ening|ened)?\b",
        negatable=True,
    ),
    entry(
        "legal_action",
        A.LEGAL_ACTION,
        r"\blegal\s+(?:action|proceedings|steps|measures|process|route|team|department)\b",
        # "It's the full amount by the 17th or the car goes." (the repossession said before,
        # authorised on this account)
        r"\bor\s+(?:the|your|ur)\s+(?:car|vehicle|van|truck)\s+(?:goes|gets\s+(?:taken|picked\s+up|repossessed|collected))\b",
        # "it goes straight to legal", "I'm passing it to legal." (not "legal aid", "legal age")
        r"\b(?:goes|go|going|went|send|sending|sent|pass|passing|passed|refer|referring|referred|"
        r"hand|handing|handed|escalate|escalating|escalated)\s+(?:it\s+|this\s+|you\s+)?"
        r"(?:straight\s+|right\s+|directly\s+)?(?:on\s+)?to\s+(?:our\s+|the\s+)?(?:collections\s+or\s+)?legal\b"
        r"(?!\s+(?:aid|age|advice|rights?|tender|help)\b)",
        # "these things end up with legal"
        r"\b(?:end|ends|ending)\s+up\s+(?:with|at|in)\s+(?:our\s+|the\s+)?legal\b"
        r"(?!\s+(?:aid|age|advice|rights?|tender|help)\b)",
        # (not the debtor's own: "what exactly is your lawyer disputing?")
        # (not the debt itself, on a county court judgment: "about the court judgment
        # payments", "you've missed three payments on a court order", "the judgment was £2,400")
        r"(?<!county\s)\bcourts?\b(?!\s+(?:judg(?:e)?ments?|orders?|plans?|fines?|fees?)\b)|"
        r"\b(?:sue|suing|sued|lawsuit|litigation|bailiffs?|small\s+claims)\b|"
        # ("we start eviction proceedings", corpus 117: the tenant's court step)
        r"\beviction\s+(?:proceedings|process|notice|order|hearing)s?\b|"
        # ("we can get a court order": one to come)
        r"\b(?:get|obtain|apply\s+for|seek|take\s+out|file\s+for)\s+(?:a\s+)?(?:county\s+)?court\s+"
        r"(?:order|judg(?:e)?ment)\b|"
        r"(?<!the\s)(?<!your\s)(?<!court\s)(?<!this\s)(?<!that\s)(?<!ccj\s)\bjudg(?:e)?ment\b",
        # (nor "Give me the lawyer's name" of the debtor's own lawyer, play-test 251)
        r"(?<!\byour\s)(?<!\bur\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\b(?:solicitors?|lawyers?|attorneys?)\b"
        r"(?!'s\s+(?:name|number|details|contact|email|phone|address))",
        r"\brepossess\w*",
        # ("before we come and pick up the tractor", "pay it or we recall the camera")
        # ("start the process of collecting the piano", "they come pick up the jet ski")
        r"\b(?:seize|seizing|take\s+back|recover|recovering|pick\s+up|picking\s+up|tow|recall|collect|collecting)\s+"
        rf"(?:the|your)\s+(?:\w+\s+)?{_GOODS}\b",
        # "I'll send the repo guys for your equipment"
        r"\brepo\s+(?:guys?|men|man|team|agents?|company|truck)\b",
        # "we'll be looking at taking it back", "the camera gets flagged for recovery"
        # ("they might... they might have to take it back?", play-test 232)
        r"\b(?:we|they)(?:'ll|\s+will|\s+would|\s+could|\s+may|\s+might)?\s+(?:\w+\s+){0,3}?(?:take|taking)\s+it\s+back\b",
        r"\b(?:flagged|marked|referred|sent|passed)\s+(?:\w+\s+)?for\s+(?:recovery|repossession|collection\s+of\s+the)\b",
        # "maybe the car can be take back", "the vehicle will be taken away", "we take the car back"
        r"\b(?:the|your)\s+(?:car|vehicle|truck|van|motorbike|bike|boat)\s+(?:can|could|will|would|may|might|"
        r"is\s+going\s+to|gets?|must)\s+(?:be\s+|get\s+)?(?:take|taken|took|seized|towed)\s+(?:back|away)\b",
        # ("we'll be round to take your precious piano back")
        rf"\b(?:take|taking|took)\s+(?:the|your)\s+(?:\w+\s+)?{_GOODS}\s+(?:back|away)\b",
        # (the collateral named is no step taken: "the car is the collateral of the loan")
        r"\b(?:forfeit|forfeiting|seizure\s+of)\s+(?:the|your)\s+(?:car|vehicle|collateral|truck|van)\b",
        negatable=True,
    ),
    entry(
        "overshadow_dispute",
        None,
        r"\b(?:regardless\s+of|never\s+mind|forget\s+(?:about\s+)?|doesn't\s+matter\s+(?:if|that|whether)\s+you|don't\s+care\s+about)\s*(?:the\s+|your\s+|any\s+)?disput\w*",
        r"\bdisput\w*\s+(?:won't|will\s+not|doesn't|does\s+not|isn't\s+going\s+to)\s+(?:help|change|matter|stop|save)",
        r"\byou\s+(?:can't|cannot|have\s+no\s+right\s+to)\s+dispute\b",
        r"\bno\s+time\s+(?:for|to)\s+disput\w*",
        r"\b(?:the|your)\s+dispute\s+(?:is\s+irrelevant|doesn't\s+matter|is\s+not\s+our\s+problem)",
    ),
    # Telling the debtor of the right to dispute (the 30-day window): compliance credits it.
    entry(
        "dispute_right",
        None,
        r"\b(?:you\s+have|you've\s+got|you\s+get)\s+(?:\w+\s+){0,2}(?:\d+|thirty)\s+days\s+(?:in\s+which\s+)?to\s+dispute\b",
        r"\b(?:the|your|a)\s+right\s+to\s+dispute\b",
        r"\byou\s+(?:can|may|could|are\s+entitled\s+to|are\s+free\s+to)\s+(?:still\s+)?dispute\b",
        r"\bif\s+you\s+dispute\b",
        r"\b(?:within|during)\s+(?:the\s+)?(?:\d+|thirty)[-\s]day\s+(?:dispute\s+)?(?:window|period)\b",
        # "I will note your dispute with the dealer", "you retain every right to pursue it"
        r"\b(?:note|noting|noted|log|logging|logged|record|recording|recorded|register|registering)\s+"
        r"(?:your|the|this)\s+dispute\b",
        r"\bdispute\s+(?:will\s+be|has\s+been|is\s+being|is)\s+(?:noted|logged|recorded|registered)\b",
        r"\b(?:every|full|the|your|all\s+your)\s+rights?\s+to\s+(?:pursue|raise|take\s+up|continue|keep\s+up)\s+"
        r"(?:it|that|the\s+dispute|your\s+dispute|this)\b",
        # "I'll put a note on your account about the transmission dispute, and you keep every
        # right to dispute it with the dealer"
        # ("you keep right to dispute", play-test 128: no article, as second-language English
        # says it)
        # ("you've still got every right to dispute it with them", play-test 173)
        r"\b(?:keep|keeps|retain|retains|have|got|still\s+(?:have|got))\s+(?:(?:every|full|all\s+(?:your|the))\s+)?"
        r"rights?\s+to\s+dispute\b",
        # "I write a note about dispute with dealer in your account"
        r"\b(?:write|put|make|add|leave)\s+(?:a\s+)?note\s+(?:about|of|on|for)\s+(?:the\s+|your\s+|this\s+)?"
        r"(?:\w+\s+)?dispute\b",
        r"\b(?:put|make|add|leave)\s+a\s+note\s+(?:on|in|to)\s+(?:your|the)\s+(?:account|file|record)\s+"
        r"(?:about|of|regarding|re|for)\s+(?:the|your|this)\s+(?:\w+\s+)?dispute\b",
        # "Absolutely, I've put the dealer complaint on record."
        r"\b(?:put|got|have|logged|noted|recorded)\s+(?:the|your)\s+(?:\w+\s+)?(?:dispute|complaint)\s+"
        r"(?:on|in)\s+(?:record|file|the\s+(?:file|record|account)|your\s+(?:file|record|account))\b",
        negatable=True,
    ),
    # Dismissive or condescending talk: no insult word, still not courteous (guidance 5, 6).
    entry(
        "dismissive",
        None,
        r"\bi\s+(?:don't|do\s+not)\s+care\b",
        r"\bnot\s+(?:my|our)\s+(?:problem|concern|fault)\b",
        # "boo hoo, everyones got a sad story": their trouble mocked (play-test 150, corpus 101)
        r"\bboo[\s-]?hoo\b",
        r"\b(?:whatever|fine),?\s+(?:be\s+like\s+that|whatever)\b|\bbe\s+like\s+that\b",
        # ("card or a transfer, whatever is easier" leaves the choice to the debtor)
        # ("... that can affect your credit, whatever the dealer does": regardless of it)
        # ("whatever day is best for you": the choice left to them)
        # ("Card, transfer, whatever.": any of the ways listed, play-test 129)
        r"(?<!card)(?<!transfer)(?<!online)(?<!cash)(?<!cheque)(?<!check)(?<!app)(?<!paypal)"
        r"(?<!venmo)(?<!zelle)(?<!debit)(?:^|[,.;:]\s*)whatever\b(?!\s+(?:works|suits|you\s+(?:can|like|prefer)|the|they|he|she|it|"
        r"happens|we|your|his|her|their|comes|day|date|time|amount|way|method|sum)\b|(?:\s+is|'s)\s+"
        r"(?:eas|best|better|quick|simpl|handi|conven))",
        r"\b(?:sick|tired|fed\s+up)\s+(?:of|with)\b",
        r"\bare\s+you\s+(?:even\s+)?listening\b",
        r"\bdo\s+you\s+(?:even\s+)?(?:understand|get\s+it)\b",
        # (not "do you have any idea when things might pick up": asked in earnest)
        r"\bdo\s+you\s+(?:even\s+)?have\s+any\s+idea\s+how\s+(?:many|much|long|often|serious|bad|late|"
        r"important|hard)\b",
        r"\bdoes\s+(?:he|she|anyone)\s+have\s+any\s+idea\b",
        r"\btypical\b",
        # (not "Ah mate, that's tough, sorry to hear": sympathy, play-test 169)
        r"\b(?:pal|mate|buddy|sweetheart|honey|sunshine)\b(?![,!.]?\s+(?:that's|thats|that\s+is|"
        r"that\s+sucks|sorry|i'm\s+sorry|im\s+sorry|i\s+feel|i\s+hear|i\s+get)\b)",
        r"\bthat's\s+no\s+excuse\b|\bno\s+excuses\b|\bstop\s+making\s+excuses\b",
        r"\bwhat\s+(?:is|'s)\s+your\s+problem\b",
        r"\byou\s+lot\b|\bpeople\s+like\s+you\b",
        # condescension and blame without a swear word (issue 13): still not courteous
        r"\b(?:everyone|everybody)(?:'s|\s+has)\s+(?:got\s+)?(?:an?\s+)?(?:excuse|sob\s+story|story)\b",
        # "Yeah, yeah, everyone's car dies." (play-test 231): their trouble waved away as common
        r"\b(?:everyone|everybody)(?:'s|s)\s+(?:\w+\s+){0,2}(?:dies|breaks(?:\s+down)?|goes\s+wrong|"
        r"has\s+(?:problems|troubles|bills))\b",
        r"\bsob\s+stor(?:y|ies)\b",
        # "fine fine, dont get your knickers in a twist" (play-test 167)
        r"\bknickers\s+in\s+a\s+twist\b|\bkeep\s+your\s+hair\s+on\b",
        r"\bspare\s+me\b",
        r"\bshould\s+have\s+thought\s+(?:of|about)\s+that\b",
        r"\bhow\s+hard\s+(?:is\s+it|can\s+it\s+be)\b|\bwas\s+that\s+so\s+hard\b",
        r"\blearn\s+(?:how\s+)?to\s+(?:budget|count|read|manage)\b",
        r"\bgrown\s+(?:adults?|ups?)\s+pay\b",
        r"\b(?:not|never)\s+here\s+to\s+(?:babysit|hold\s+your\s+hand|listen\s+to)\b",
        r"\b(?:your|ur)\s+(?:own\s+)?fault\b|\bnobody\s+else's\b",
        r"\byou\s+(?:only\s+)?have\s+yourself\s+to\s+blame\b",
        r"\bnice\s+try\b",
        # sarcasm (play-tests 235 and 236: "Today would be nice, for once.", "Shocking.", "so I
        # don't have to hear your voice again next month")
        r"\b(?:would\s+be\s+nice|make\s+a\s+change)\s*,?\s+for\s+once\b",
        r"(?:^|[.!?]\s+)(?:shocking|imagine\s+that|who\s+knew|colou?r\s+me\s+(?:surprised|shocked)|"
        r"(?:what\s+a|big)\s+surprise)\s*[.!]",
        r"\bhear\s+your\s+voice\s+again\b",
        r"\bthat's\s+how\s+it\s+always\s+goes\b",
        r"\b(?:great|good|brilliant|nice)\s+planning\b",
        r"\b(?:don't|do\s+not|stop)\s+(?:waste|wasting)\s+my\s+time\b|\bwasting\s+my\s+time\b",
        r"\bi\s+(?:don't|do\s+not)\s+want\s+to\s+hear\b",
        r"\bend\s+of\s*\.?\s*$|\bsimple\s+as\s+that\b|\bend\s+of\s+story\b",
        r"\bcry\s+me\s+a\s+river\b|\bboo\s+hoo\b",
        r"\b(?:not|never)\s+interested\s+in\s+(?:why|your|the\s+reasons?|excuses|hearing)\b",
        r"\b(?:is|are)\s+(?:irrelevant|not\s+my\s+concern)\b",
    ),
    # Taking the debtor's things or turning up, said as the price of not paying: a threat in
    # its everyday form ("pay by Friday or we take the car"), for the compliance pack too.
    entry(
        "threat_seize",
        A.THREAT,
        r"\bor\s+(?:else\s+)?(?:we|i|they)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to)?\s+(?:take|seize|grab|have|come\s+(?:and|to|for)\s+(?:get|take|collect)?|be\s+round\s+(?:to|for))\s*(?:the|your|ur|all\s+your)\s+(?:car|vehicle|house|home|stuff|things|belongings|furniture|tv|telly|van|truck)\b",
        r"\b(?:we|i)(?:'ll|\s+will)\s+be\s+round\s+to\s+(?:collect|take|get|pick\s+up)\b",
        r"\bcome\s+round\s+and\s+(?:take|get|collect|grab)\b",
        r"\bbailiffs?\s+(?:at|on|to|round\s+to|knocking\s+(?:at|on))\s+your\s+(?:door|house|home|place)\b",
        # "we send the bailiffs round to take the bike", "I'll have the bailiffs round", "we
        # come with a bailiff", "when the bailiffs are knocking"
        r"\b(?:send|sending|have|get)\s+(?:the\s+|a\s+)?bailiffs?\s+(?:round|over|in|out|to)\b|"
        r"\bwith\s+(?:a\s+|the\s+)?bailiffs?\b|\bbailiffs?\s+(?:are|is|will\s+be|come|comes)\s+"
        r"(?:round|knocking|at\s+your)\b",
        r"\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:be\s+)?(?:knocking|knock)\s+on\s+your\s+door\b",
        r"\bor\s+you(?:'ll|\s+will)\s+lose\s+(?:the|your|ur)\s+(?:car|house|home|vehicle)\b",
        # "I will make sure you lose the house", "the bailiffs take the caravan and everything in
        # your house", "Pay up by Friday or we'll be round to see you"
        r"\bmake\s+sure\s+(?:you|u)\s+lose\s+(?:the|your|ur)\s+(?:car|house|home|vehicle|caravan|van|kids)\b",
        r"\beverything\s+in\s+(?:your|ur)\s+(?:house|home)\b",
        r"\bor\s+(?:we|i|they)(?:'ll|\s+will)\s+be\s+(?:round|over)\b(?!\s+(?:the|a|this|that)\b)",
        # bailiffs sent for the debtor's things, the house and everything in it, the children
        r"\bbailiffs?\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:take|taking|seize|seizing|come\s+for|coming\s+for|for)\s+(?:all\s+)?(?:your|ur)\s+(?:things|stuff|belongings|furniture|possessions|house|home|tv|telly)\b",
        r"\b(?:we|i|they)(?:'ll|\s+will)\s+(?:have|take|seize)\s+(?:your|ur)\s+(?:house|home)\b"
        r"(?!\s+(?:address|phone|number|line|insurance|details))|\byour\s+(?:house|home)\s+and\s+everything\s+in\s+it\b",
        r"\blose\s+(?:your|ur)\s+(?:house|home)\s+and\s+(?:your|ur)\s+(?:kids|children|family)\b|\blose\s+(?:your|ur)\s+(?:kids|children)\b|"
        r"\b(?:take|taking)\s+(?:your|ur)\s+(?:kids|children)\s+(?:away|off\s+you|from\s+you)\b",
        r"\b(?:have|get)\s+your\s+(?:car|vehicle|truck|van)\s+towed\b",
        # (not "You pay or I send to legal today", play-test 185: the account sent on, a step of
        # law, not the debtor's things taken)
        r"\b(?:pay|it's\s+paid)\s+or\s+(?:we|i)(?:'ll|\s+will)?\s+(?:come|send|take|be)\b"
        r"(?!\s+(?:(?:it|this|that|you|u|the\s+(?:account|file|case|debt|matter))\s+)?(?:to|for)\s+"
        r"(?:legal|court|collections?|the\s+(?:lawyers?|solicitors?|courts?|legal\s+team|collections?)|"
        r"an?\s+(?:agency|lawyer|solicitor|collection\s+agency))\b)",
        r"\b(?:talk|speak|go|write)\s+to\s+your\s+(?:employer|boss|family|neighbou?rs|parents)\b",
        # ("ill tell your whole street what a cheat you are", corpus 100)
        r"\btell\s+(?:your|ur)\s+(?:whole\s+|entire\s+)?(?:street|neighbou?rs|family|boss|employer|friends|"
        r"work(?:mates)?)\b",
        negatable=True,
    ),
    # Pinning the debtor to a day: presses for a commitment (urgency), on the goal (focus).
    # An open "when can you pay?" leaves the timing to the debtor and is not one.
    entry(
        "ask_for_date",
        A.SET_DEADLINE,  # FORMAT.md: set_deadline "gives or asks for a specific day"
        r"\b(?:a\s+)?(?:firm|definite|specific|exact|fixed)\s+(?:date|day)\b",
        r"\bagree\s+a\s+(?:date|day)\s+(?:today|now|this\s+week)\b|\block\s+in\b",
        # "soon meaning what, this week?", "when you can meaning this week or next?" (corpus 113):
        # their vague word pinned down to a span, asked
        r"\b(?:soon|asap|when\s+(?:you|u)\s+can|at\s+some\s+point|later|eventually)\W{0,3}\s*(?:meaning|as\s+in)\b"
        r"[^.?!]{0,30}\b(?:this|next)\s+(?:week|month|wk)\b[^.?!]*\?",
        # (not "what day you sent it", "which day did you pay it": the payment already made)
        # ("which day was last Tuesday, the 3rd?", play-test 185: a day gone by, asked after)
        r"\b(?:what|which)\s+(?:date|day)\b(?!\s+(?:did\s+(?:you|u)\s+(?:send|pay|make|transfer)|was|were|"
        r"(?:you|u|it)\s+(?:\w+\s+)?(?:sent|paid|made|went|left|transferred|posted|mailed))\b)",
        # ("would you maybe be able to say roughly when? like, sorry, i'm supposed to ask for a
        # date", play-test 268)
        r"\b(?:ask|asking)\s+(?:you\s+)?for\s+an?\s+(?:date|day)\b|\bsay\s+(?:roughly|about|around)\s+when\b",
        # ("just tell me a date", play-test 262)
        r"\b(?:give\s+me|gimme|tell\s+me|tell\s+us)\s+a\s+(?:date|day)\b",
        # "Great, you can find it. WHEN. Date please." (play-test 138)
        r"\b(?<!good\s)(?<!nice\s)(?<!great\s)(?<!lovely\s)(?:a\s+)?(?:date|day),?\s+(?:please|pls|plz)\b",
        # "Pick a day this week.", "I need an actual date", "Soon's not a date, name a day"
        r"\b(?:pick|picking|give\s+me|giving\s+me|name|naming|choose|choosing)\s+a\s+(?:date|day)\b",
        r"\b(?:an?\s+)?actual\s+(?:date|day)\b|\bneed\s+a\s+(?:date|day)\b",
        # "Any particular day?", "give me one date", "put a date to it", "which day?"
        r"\bany\s+(?:particular|specific)\s+day\b|\bone\s+date\b|"
        r"\b(?:give|tell|say|pick|name|choose)\s+(?:me\s+)?one\s+day\b",
        r"\bput\s+a\s+(?:date|day)\s+(?:on|to)\b|\bland\s+on\s+an?\s+(?:\w+\s+)?(?:date|day)\b",
        r"\bwhich\s+day\s*\?",
        # "... or a debit from your account each month? Any of those. And, um, the date?" (play-test
        # 224)
        rf"\band\s*,?\s*(?:{FILLER}\s*,?\s*)?(?:the|a)\s+(?:date|day)\s*\?",
        # "Um, when would the first one be? Whenever you get paid, maybe?" (play-test 223)
        r"\bwhen\s+(?:would|will|could|can|is)\s+(?:the|that|this|your)\s+(?:first|next|second)\s+"
        r"(?:one|payment|instal+ment|part)\s+be\b",
        # "so 200 a week on venmo, first one when?", "a couple hundred is a start. when by"
        # (corpus 110)
        r"\b(?:first|next)\s+(?:one|payment|instal+ment|part)\s+when\b|\bwhen\s+by\s*[?.!]*$",
        # "Um, when would you, um, be able to do that? And how, sorry?" (play-test 252)
        rf"\bwhen\s+(?:would|could|will)\s+(?:you|u)\s*,?\s*(?:{FILLER}\s*,?\s*)?be\s+able\s+to\s+"
        r"(?:do|pay|manage|send|make|sort)\b",
        # "Um, when do you think? And how would you, er, want to pay?" (play-test 221)
        r"\bwhen\s+(?:do|would)\s+(?:you|u)\s+(?:think|reckon)\s*[?.!]",
        # ("when do you think that might go in? I just have to, um, write a date", play-test 270)
        r"\bwhen\s+(?:do|would)\s+(?:you|u)\s+(?:think|reckon)\s+(?:that|it|this|the\s+\w+)?\s*"
        r"(?:might|will|could|would|can)\s+(?:go\s+in|come\s+in|be\s+paid|land|clear|go\s+through)\b",
        r"\b(?:write|jot)\s+(?:down\s+)?an?\s+(?:date|day)\b",
        # ("what does soon mean for you? this week? next?", corpus 100)
        r"\bwhat\s+does\s+(?:soon|later|shortly|asap|a\s+bit|a\s+while)\s+mean\b",
        # "sorry to ask but like when-ish?" (play-test 193)
        r"\bwhen-?ish\b",
        # "Fine, whatever. When, exactly? Not 'this week', a day." (play-test 249; opened on the
        # rarer word)
        r"(?:(?<=\bwhen\s)|(?<=\bwhen,\s))(?:exactly|precisely)\s*\?",
        # "what would be a good day for you?", "is there a day that's good?", "a day that
        # would suit you?" (play-test 218; not "have a good day": a goodbye)
        r"\b(?:good|convenient|suitable|better|best)\s+(?:day|date)\s+for\s+(?:you|u)\b"
        r"(?<!have\sa\sgood\sday\sfor\syou)(?<!have\sa\sgood\sday\sfor\su)",
        # ("is there like a day thats good?", play-test 267)
        r"\bis\s+there\s+(?:like\s+|um\s+|uh\s+|maybe\s+)?a\s+(?:day|date)\s+(?:thats|that|which|when)?\s*(?:'s|’s|is|would|will|'d|’d|"
        r"might|could)?\s*(?:be\s+)?(?:good|best|better|ok|okay|fine|easiest|convenient|suits?|"
        r"works?|easier)\b",
        # "Sorry, when would, um, suit you?", "and when, roughly, do you think?" (play-test 209)
        # ("And, er, when would be, um, good for you? Sorry.", play-test 210)
        rf"\bwhen\b\s*,?\s*(?:{FILLER}\s*,?\s*)?(?:would|will|does|do)\s*,?\s*(?:{FILLER}\s*,?\s*)?"
        rf"(?:it\s+)?(?:(?:suit|work\s+for)\s+(?:you|u)\b|be\s*,?\s*(?:{FILLER}\s*,?\s*)?"
        r"(?:good|best|ok|okay|convenient|easiest)\b(?:\s+for\s+(?:you|u)\b)?)|"
        r"\bwhen\b\s*,\s*(?:roughly|approximately|more\s+or\s+less|exactly)\s*,?\s*(?:do|would)\s+(?:you|u)\s+"
        r"(?:think|reckon|say)\b",
        # "So when exactly will the $348.65 be paid?" (play-test 141)
        # ("When would the first $40 be possible?", play-test 219)
        r"\bwhen\s+(?:exactly\s+)?(?:will|would|is|can|could)\s+(?:it|that|this|the\s+(?:(?:first|next|"
        r"second|other)\s+)?(?:money|payment|balance|(?:\$|£|€)?\d[\d,.]*))\s+(?:be\s+)?(?:paid|settled|"
        r"cleared|sent|coming\s+in|possible|doable|ok|okay|manageable|ready|going\s+in|go\s+in)\b",
        # "we literally called u saturday about it. so when" (play-test 135): the day asked
        # ("so when exactly?")
        r"\b(?:so|ok|okay|well|right),?\s+when\s*(?:then\s*|exactly\s*)?\?*\s*$",
        # ("ok... sorry, soon is when? I need to write one day, sorry", play-test 179)
        r"\b(?:soon|soonish|later|sometime)['\"’”]?\s+(?:is|'s|means)\s+when\b",
        r"\b(?:i|we)\s+(?:need|have|must)\s+to\s+(?:write|put|note|mark)\s+(?:down\s+)?"
        r"(?:a|one|the|an\s+exact|a\s+real)\s+(?:day|date)\b",
        # "finally. date for the first 40 and how ur paying": a day asked for a part, curtly
        # (a literal start, so the word index tries it only where it can match)
        r"\b(?:date|day)(?<!due\sdate)(?<!due\sday)\s+for\s+"
        r"(?:the|that|this|your|ur)\s+(?:first|1st|next|second|other|rest|[$£€]?\d)",
        # "good. date and method", "day + method pls": the terms still open, named in a word each
        r"\b(?:date|day)(?<!due\sdate)(?<!due\sday)\s*(?:and|&|\+|,|n)\s*(?:(?:a|the|ur|your)\s+)?"
        r"(?:payment\s+)?(?:method|how)\b",
        # "What will be the date of your payment?", "when will your payment be?"
        r"\b(?:what|when|which)(?:'s|\s+is|\s+will|\s+would)?\s+(?:be\s+)?(?:the\s+)?(?:date|day)\s+"
        r"(?:of|for)\s+(?:your|the|ur)\s+(?:next\s+)?payment\b(?!\s+(?:you\s+(?:made|sent|did)|and\s+"
        r"(?:the\s+|your\s+)?(?:reference|confirmation|receipt)))",
        r"\bwhen(?:'s|\s+is|\s+will)\s+(?:your|the|ur)\s+(?:next\s+)?payment\s+(?:be|going\s+to\s+be|"
        r"gonna\s+be)\b",
    ),
    # Veiled threats: menacing without naming a harm; politeness, not the compliance pack.
    entry(
        "menace",
        None,
        r"\bor\s+else\b",
        r"\bsee\s+what\s+happens\b",
        r"\byou've\s+been\s+warned\b",
        r"\bdon't\s+make\s+me\b",
        r"\b(?:gets?|getting|will\s+get)\s+(?:much\s+|a\s+lot\s+)?worse\s+for\s+you\b",
        r"\byou\s+don't\s+want\s+to\s+(?:know|find\s+out)\b",
    ),
    # Sarcasm: praise that cannot be meant.
    entry(
        "sarcasm",
        None,
        r"\bthanks?\s+(?:you\s+)?for\s+nothing\b",
        r"\b(?:oh\s+)?(?:great|wonderful|perfect|brilliant|lovely|fantastic|super|marvell?ous|terrific)[,!.]+\s*(?:another|just\s+what|more\s+excuses)\b",
        r"\b(?:oh\s+)?(?:great|wonderful|perfect|brilliant|lovely|fantastic|super|marvell?ous|terrific)[,!.]+\s*so\s+you(?:'ll|\s+will|\s+are\s+going\s+to)?\b[^.?!]{0,40}\b(?:eventually|never|someday|sometime|whenever|again|one\s+day)\b",
        r"\b(?:can't|never|not|no|won't|didn't)\b[^?]{0,80}[.!]\s*(?:brilliant|great|wonderful|perfect|fantastic|lovely|marvell?ous)[.!]*\s*$",
        r"\byeah,?\s+right\b",
        r"\bsure\s+you\s+(?:will|do|are|did)\b",
        r"\bhow\s+(?:nice|convenient|lovely|generous)\s+(?:of|for)\s+you\b",
        r"\bwhat\s+a\s+(?:surprise|shock|shocker)\b",
        r"\bas\s+if\b",
        r"\bmust\s+be\s+nice\b",
        r"\bi'm\s+sure\s+you\s+(?:will|did|are)\b",
        # (not "oh wow, that's a lot, i'm sorry": surprise, then sympathy)
        r"\boh\s+(?:really|wow)\b(?![^.!?]{0,40}\b(?:sorry|tough|hard|awful|rough|terrible|a\s+lot)\b)",
        r"\bcongratulations\s+on\s+(?:not|never)\b",
        # (not "whenever's good for you", "is Friday good for you?": what suits them)
        r"(?<!'s\s)(?<!is\s)(?<!be\s)(?<!day\s)(?<!time\s)\bgood\s+for\s+you\b(?!\s*\?)",
        r"\bslow\s+clap\b",
        r"\b(?:eventually|someday|one\s+day)\s*[.!]*\s*(?:great|wonderful|lovely|right)\b",
        r"\bthanks\s+a\s+lot\b(?=[^.!?]*\b(?:nothing|wasting|for\s+that)\b)",
        r"\bi've\s+heard\s+(?:that|it|this)\s+(?:one\s+)?(?:before|a\s+(?:hundred|thousand|million)\s+times)\b",
        r"\byeah,?\s+sure\b",
        # condescension and sarcasm with no rude word: "when you've quite finished",
        # "unless it magically turns up", "I'm sure everyone else is very understanding"
        r"\bwhen\s+you've\s+(?:quite\s+)?finished\b",
        r"\bmagically\b",
        r"\bi'm\s+sure\s+(?:everyone|they|the\s+others|your\s+\w+)\s+(?:else\s+)?(?:is|are)\s+(?:very\s+|so\s+)?(?:understanding|patient|lovely|nice)\b",
        r"\bnone\s+of\s+which\s+(?:happened|were\s+kept|came\s+to\s+anything)\b",
        r"\bset\s+yourself\s+a\s+reminder\b",
        # ("at some point... great, really pinning it down there", corpus 112)
        r"\b(?:really|very|so)\s+(?:pinning\s+(?:it|that|things)\s+down|narrowing\s+(?:it|that)\s+down)\b",
        # "How tragic.", "do keep up", "quite the achievement", "Good grief." (play-tests 147 and
        # 149: put-downs in polite words, scored as courteous)
        # (opened on the rarer word, so the word index tries them only where they can match)
        r"(?<=\bhow\s)(?:tragic|convenient|original|predictable|shocking|surprising)\s*[.!]",
        r"\bkeep\s+up\b(?<=\bdo\skeep\sup)|\bachievement\b(?<=quite\sthe\sachievement)|"
        r"\bgrief\b(?<=good\sgrief)",
        r"\b(?:people|those)\s+who\s+(?:don't|do\s+not|won't|can't\s+be\s+bothered\s+to)\s+(?:try|bother|pay)\b",
        r"\b(?:other\s+people|everyone\s+else|they)\s+still\s+manage\b",
        r"\bwaste\s+(?:each\s+other's|my|our)\s+time\b",
        r"\bas\s+i(?:'ve|\s+have)\s+already\s+(?:explained|said|told\s+you)\b",
        r"\band\s+i\s+mean\s+\w+day\b",
        # "Wow, a miracle.", "Very reassuring, that.", "would you like a free toaster with
        # that?", "ringing you isn't the highlight of my day either"
        r"\b(?:it's\s+a|what\s+a|wow,?\s+a|a\s+(?:bloody\s+)?)\s*miracle\b",
        r"\b(?:very|how|so|most)\s+reassuring\b(?!\s+(?:to|for)\b)",
        r"\bwould\s+you\s+like\s+(?:a\s+)?(?:free\s+\w+|fries|a\s+medal)\s+with\s+that\b",
        r"\b(?:isn't|is\s+not|ain't)\s+(?:exactly\s+)?the\s+highlight\s+of\s+my\b",
        # "Fascinating. The dealer isn't your lender", "My heart bleeds.", "oh sure, everybody
        # already paid it", "I assume you have an explanation that isn't about the dealer this
        # time?" (play-test 159: scored as plain talk)
        r"(?:^|[.!?]\s*)(?:oh\s+)?(?:fascinating|cute)\s*[.!]|\bmy\s+heart\s+bleeds\b|"
        # ("Cute. Since before I could read and you still can't read a due date.", play-test 160)
        r"\bcan't\s+(?:even\s+)?read\s+a\s+(?:due\s+date|calendar|clock|statement)\b|"
        r"\boh\s+sure,?\s+(?:everybody|everyone|they\s+all|you\s+all)\b|"
        r"\bi\s+assume\s+(?:you|u)\s+(?:have|got|'ve\s+got)\s+(?:an?\s+)?(?:explanation|excuse|story)\b",
        # "last tuesday huh. thats what they all say", "u "paid" it huh. everyone paid it. ... or
        # did u just dream it" (play-test 167: thanked for checking)
        r"\b(?:that's|thats|that\s+is)\s+what\s+(?:they|you\s+people|u\s+people|everyone|everybody)\s+"
        r"(?:all\s+)?says?\b|\b(?:everyone|everybody)\s+(?:already\s+)?paid\s+it\b|"
        # "lol sure, everyone 'already paid'" (play-test 169)
        r"\b(?:everyone|everybody)\s+['\"‘“]\s*already\s+paid\b|"
        r"\b(?:did|do)\s+(?:you|u)\s+(?:just\s+)?dream\s+(?:it|that)\b",
        # "wow, real original."
        r"\b(?:real|really|very|how|so)\s+original\b(?!\s+(?:amount|balance|loan|debt|sum|"
        r"agreement|contract|due|date|payment|instal(?:l)?ment|lender|creditor|terms?)\b)",
    ),
    entry(
        "command_start",
        None,
        rf"^\W*(?:just\s+)?(?:{PAY_VERB}|give|stop|listen|answer|do\s+it|get\s+(?:it|the\s+money)|find|call|hand\s+over|hurry)\b",
        # an order after a comma is still an order: "You idiot, pay now!"
        r"[,.!;:]\s*(?:just\s+|now\s+)?(?:pay|give|listen|hand\s+over)\s+(?:it|that|this|now|up|the|me|us|what|\$|\d)",
        # an order said again: "I said pay the $1,132.68 by Friday."
        r"^\W*i\s+(?:said|told\s+you\s+(?:to\s+)?)\s*(?:just\s+)?(?:pay|give|listen|hand\s+over)\b",
    ),
]
