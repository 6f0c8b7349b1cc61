"""The phrase lexicon of collection calls: what each act sounds like, and the risky language.

Each entry is (cue name, act or None, pattern, negatable). A negatable cue inside a negation
("I won't report you", "nobody will arrest you") does not count as the act; it is kept as a
`negated_<cue>` cue so the scorer can still see it. Patterns are matched case-insensitively
against the normalised line (straight apostrophes).
"""

from __future__ import annotations

from simulator.language.types import Act

A = Act
PAY_VERB = r"(?:pay|make|send|settle|clear|transfer|cover|put\s+down|bring|catch\s+up|wire|deposit)"
BALANCE = (
    r"(?:balance|payment|instal?l?ment|arrears|amount|debt|bill|loan|account|money|sum|"
    r"what\s+you\s+owe|it|that|this)"
)

Entry = tuple[str, Act | None, str, bool]

ENTRIES: list[Entry] = [
    # --- opening -----------------------------------------------------------------------------
    (
        "greeting",
        A.GREET,
        r"^\W*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|greetings)\b",
        False,
    ),  # noqa: E501
    ("how_are_you", A.GREET, r"\bhow\s+are\s+you(?:\s+(?:today|doing))?\b", False),
    (
        "identify_self",
        A.IDENTIFY_SELF,
        r"\b(?:this\s+is|my\s+name\s+is|i\s+am|i'm|it's)\s+(?!calling\b|sorry\b|afraid\b|not\b|just\b|sure\b|going\b|here\b|trying\b)[a-z]+(?:\s+[a-z]+)?\s+(?:from|with|at|of|calling\s+(?:from|on\s+behalf\s+of))\s+(?:the\s+)?[a-z]",
        False,
    ),  # noqa: E501
    (
        "identify_self",
        A.IDENTIFY_SELF,
        r"\bmy\s+name\s+is\s+\w+|\b(?:i'm|i\s+am|we're|we\s+are)\s+calling\s+(?:from|on\s+behalf\s+of)\b|\bcalling\s+on\s+behalf\s+of\b",
        False,
    ),  # noqa: E501
    (
        "verify_identity",
        A.VERIFY_IDENTITY,
        r"\b(?:am\s+i|are\s+we)\s+(?:speaking|talking)\s+(?:with|to)\b|\b(?:is\s+this|is\s+that|are\s+you)\s+(?:mr|mrs|ms|miss|dr)\b",
        False,
    ),  # noqa: E501
    (
        "verify_identity",
        A.VERIFY_IDENTITY,
        r"\b(?:confirm|verify|tell\s+me|give\s+me|provide)\s+(?:me\s+)?(?:your|the)\s+(?:full\s+)?(?:name|date\s+of\s+birth|birth\s*date|dob|address|post\s*code|zip(?:\s+code)?|last\s+(?:four|4)\s+(?:digits)?|social|ssn|security\s+(?:answer|question)|identity|account\s+number|first\s+line\s+of)",
        False,
    ),  # noqa: E501
    (
        "verify_identity",
        A.VERIFY_IDENTITY,
        r"\b(?:verify|confirm|check)\s+(?:who\s+i'm\s+speaking|your\s+identity|that\s+i'm\s+speaking|i'm\s+speaking)|\bfor\s+security\s+(?:purposes|reasons)|\bspeaking\s+with\s+the\s+account\s+holder",
        False,
    ),  # noqa: E501
    (
        "mini_miranda",
        A.MINI_MIRANDA,
        r"\battempt\s+to\s+collect\s+a\s+debt\b|\binformation\s+(?:obtained|we\s+obtain|you\s+(?:give|provide))\b[^.]{0,60}\bused\s+for\s+that\s+purpose|\bthis\s+(?:call\s+)?is\s+from\s+a\s+debt\s+collector",
        False,
    ),  # noqa: E501
    (
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:calling|call|ringing|reaching\s+out|contacting\s+you|phoning)\s+(?:you\s+)?(?:about|regarding|concerning|in\s+regards?\s+to|with\s+regards?\s+to|re)\b",
        False,
    ),  # noqa: E501
    (
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:the\s+)?(?:reason|purpose)\s+(?:for|of)\s+(?:my|this|the)\s+call\b|\bit's\s+about\s+your\b",
        False,
    ),  # noqa: E501
    (
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:your|the)\s+(?:car\s+|auto\s+|student\s+|personal\s+)?(?:loan|account|payment|instal?l?ment|bill)(?:\s+payment)?\s+(?:is|was|are|has\s+been|went)\s+(?:now\s+)?(?:\d+\s+days\s+)?(?:overdue|past\s+due|late|behind|in\s+arrears|missed|unpaid|outstanding)",
        False,
    ),  # noqa: E501
    (
        "state_purpose",
        A.STATE_PURPOSE,
        r"\b(?:missed|overdue|late|outstanding|unpaid)\s+(?:car\s+|loan\s+|student\s+loan\s+)?(?:payment|instal?l?ment|balance|bill)s?\b|\byou(?:'re|\s+are)\s+(?:\w+\s+)?behind\s+(?:on|with)\b|\byou\s+missed\s+(?:your|the|a)\b",
        False,
    ),  # noqa: E501
    # --- money -------------------------------------------------------------------------------
    (
        "debt_word",
        None,
        r"\b(?:owe[ds]?|owing|overdue|outstanding|balance|due|past\s+due|arrears|behind\s+by|total|missed|unpaid|in\s+default|short\s+by)\b",
        False,
    ),  # noqa: E501
    (
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\b(?:can|could|would|will)\s+you\s+(?:please\s+|possibly\s+|maybe\s+)?(?:{PAY_VERB}|do|manage|afford|get\s+(?:that|it|the\s+payment)|take\s+care\s+of)\b",
        True,
    ),  # noqa: E501
    (
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\b(?:i|we)\s+(?:really\s+)?(?:need|want|would\s+like|'d\s+like|require|must\s+ask|have\s+to\s+ask|am\s+asking|'m\s+asking|expect)\s+(?:you\s+)?(?:to\s+)?(?:{PAY_VERB}|the\s+payment|payment|a\s+payment|you\s+to)\b",
        True,
    ),  # noqa: E501
    (
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\bplease\s+(?:{PAY_VERB})\b|^\W*(?:just\s+)?(?:{PAY_VERB})\b|\b(?:are|would)\s+you\s+(?:be\s+)?able\s+to\s+(?:{PAY_VERB})|\bis\s+it\s+possible\s+(?:for\s+you\s+)?to\s+(?:{PAY_VERB})\b",
        True,
    ),  # noqa: E501
    (
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\b(?:how\s+much|when|how\s+soon|how)\s+(?:can|could|will|would)\s+you\s+(?:{PAY_VERB}|like\s+to\s+pay|do)\b|\bhow\s+would\s+you\s+like\s+to\s+pay\b|\bwhat\s+can\s+you\s+(?:pay|afford|manage|put\s+towards)\b",
        True,
    ),  # noqa: E501
    (
        "ask_payment",
        A.ASK_PAYMENT,
        r"\b(?:can|could|shall)\s+(?:we|i)\s+(?:get|take|collect|process|set\s+up|arrange|book|schedule)\s+(?:the|a|that|your|this)?\s*(?:payment|card|transfer)|\blet's\s+(?:get|take|settle|sort|clear|arrange|set\s+up)\b|\byou\s+(?:need|have|must|should)\s+to\s+(?:pay|make|settle|clear|bring)|\byou\s+must\s+(?:pay|make|settle|clear)",
        True,
    ),  # noqa: E501
    (
        "ask_payment",
        A.ASK_PAYMENT,
        rf"\b(?:{PAY_VERB})\s+(?:the\s+|your\s+|this\s+|that\s+|it\s+)?(?:{BALANCE}|full|whole|\$|\d)[^.?!]{{0,40}}\?",
        True,
    ),  # noqa: E501
    ("pay_word", None, rf"\b(?:{PAY_VERB}|payment|paying|paid|repay|settlement)\b", False),
    # --- consequences, stated as facts -------------------------------------------------------
    (
        "consequence_fee",
        A.STATE_CONSEQUENCE,
        r"\b(?:late|penalty|default|additional|extra)\s+(?:fees?|charges?|interest|penalt(?:y|ies))\b|\b(?:fees?|charges?|interest)\s+(?:will|would|is\s+going\s+to|are\s+going\s+to|keep|continues?|may)\s+(?:be\s+)?(?:added|applied|charged|accrue|accruing|grow|building|build)",
        True,
    ),  # noqa: E501
    (
        "consequence_credit",
        A.STATE_CONSEQUENCE,
        r"\bcredit\s+(?:report|reports|reporting|file|score|rating|record|history|bureaus?|agenc(?:y|ies))\b|\breport(?:ed|ing)?\s+(?:you|this|it|the\s+(?:account|debt|late\s+payment|missed\s+payment))\b|\bcredit\s+reference\b",
        True,
    ),  # noqa: E501
    (
        "consequence_collections",
        A.STATE_CONSEQUENCE,
        r"\b(?:passed|sent|referred|handed|transferred|moved)\s+(?:over\s+)?to\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:collection|collections|debt\s+collection|recovery|third[-\s]party)\b|\b(?:account|loan)\s+(?:will|may|could)\s+(?:go\s+into|be\s+in|fall\s+into)\s+default\b|\bclose\s+(?:your|the)\s+account\b",
        True,
    ),  # noqa: E501
    # --- cooperation -------------------------------------------------------------------------
    (
        "empathy",
        A.EMPATHISE,
        r"\bi\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+)?(?:understand|get\s+(?:it|that)|hear\s+you|see\s+(?:that|how|why|what\s+you\s+mean)|appreciate\s+(?:that|how|it's|it\s+is|you're|your\s+honesty))\b",
        True,
    ),  # noqa: E501
    (
        "empathy",
        A.EMPATHISE,
        r"\bthat\s+(?:sounds|must\s+be|must\s+have\s+been|is|'s)\s+(?:really\s+|very\s+|so\s+)?(?:hard|difficult|tough|stressful|frustrating|awful|rough|a\s+lot|worrying|upsetting|understandable|a\s+difficult)|\bthat's\s+(?:hard|tough|rough|difficult|understandable|frustrating)",
        True,
    ),  # noqa: E501
    (
        "empathy",
        A.EMPATHISE,
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s+(?:to\s+hear|about\s+(?:your|the|that)|for\s+your|that\s+you|you're)|\bi\s+can\s+(?:imagine|see\s+(?:how|that|why)|understand)|\bunderstandabl[ey]\b|\bi\s+know\s+(?:it's|this\s+is|that\s+is|that's|things\s+are)\s+(?:\w+\s+)?(?:hard|difficult|tough|stressful|a\s+lot)|\bthanks\s+for\s+(?:telling|explaining|being\s+(?:honest|open|upfront))",
        True,
    ),  # noqa: E501
    (
        "probe_reason",
        A.PROBE_REASON,
        r"\bwhat\s+happened\b|\bwhat(?:'s|\s+is)\s+(?:stopping|preventing|keeping|holding)\s+you\b|\bwhy\s+(?:haven't|didn't|hasn't|weren't|wasn't|can't|couldn't|aren't|isn't|won't)\s+(?:you|it|the)\b|\bwhat\s+(?:made|caused|led\s+to)\b",
        False,
    ),  # noqa: E501
    (
        "probe_reason",
        A.PROBE_REASON,
        r"\b(?:can|could)\s+you\s+(?:tell|walk)\s+me\s+(?:what|why|about|more)|\bwhat(?:'s|\s+is)\s+(?:going\s+on|the\s+(?:problem|issue|situation|reason|difficulty))|\bwhat\s+(?:seems\s+to\s+be|was)\s+the\s+(?:problem|issue)|\bis\s+(?:something|anything)\s+(?:preventing|stopping|wrong|going\s+on)|\bhelp\s+me\s+understand\b|\bwhat\s+would\s+(?:help|make\s+it\s+(?:easier|possible))|\bhow\s+(?:is|are)\s+(?:your|things)\s+(?:situation|finances|work|job|going)|\bis\s+there\s+a\s+reason\b",
        False,
    ),  # noqa: E501
    (
        "offer_plan",
        A.OFFER_PLAN,
        r"\b(?:payment|instal?l?ment|repayment)\s+(?:plan|arrangement|schedule|agreement)s?\b|\bsplit\s+(?:it|that|this|the\s+\w+|the\s+payment|the\s+balance)\b|\b(?:in|into)\s+(?:two|three|four|five|six|\d+|several|smaller|monthly|weekly|equal)\s+(?:monthly\s+|weekly\s+|equal\s+|smaller\s+)?(?:instal?l?ments|payments|parts|chunks|amounts)\b",
        True,
    ),  # noqa: E501
    (
        "offer_plan",
        A.OFFER_PLAN,
        r"\binstal?l?ments\b|\b(?:partial|smaller|reduced)\s+payments?\b|\bpay\s+(?:it\s+)?(?:in\s+)?(?:parts|stages|bits)\b|\bspread\s+(?:it|that|the\s+\w+|the\s+payments?)\s+(?:out|over)\b|\bset\s+up\s+an?\s+(?:arrangement|plan)\b|\b(?:monthly|weekly|fortnightly)\s+payments?\b|\bwork\s+out\s+(?:a|some)\s+(?:plan|arrangement|schedule)\b|\bhardship\s+(?:plan|programme|program|scheme)\b",
        True,
    ),  # noqa: E501
    (
        "confirm_phrase",
        None,
        r"\bjust\s+to\s+(?:confirm|recap|be\s+clear|make\s+sure)\b|\bto\s+(?:confirm|recap|summari[sz]e)\b|\blet\s+me\s+(?:confirm|repeat|read\s+(?:that|it)\s+back|recap)\b|\bso\s+(?:we(?:'ve|\s+have)\s+agreed|that's|that\s+is|you'll|you\s+will|you're\s+going\s+to)\b|\b(?:is\s+that|that's|is\s+this)\s+(?:right|correct)\b|\bcorrect\s*\?|\bright\s*\?|\bagreed\s*\?|\bdo\s+we\s+have\s+a\s+deal\b",
        False,
    ),  # noqa: E501
    # --- giving in, and holding the line ------------------------------------------------------
    (
        "accept_vague",
        A.ACCEPT_VAGUE,
        r"\bwhen(?:ever)?\s+(?:you\s+(?:can|are\s+able|'re\s+able|get\s+(?:a\s+chance|the\s+chance|the\s+money|round\s+to\s+it|paid)|have\s+(?:the\s+money|time|a\s+moment)|like|want|feel\s+like)|it\s+suits(?:\s+you)?|it's\s+convenient|it\s+works(?:\s+for\s+you)?)\b|\bwhenever\b",
        True,
    ),  # noqa: E501
    (
        "accept_vague",
        A.ACCEPT_VAGUE,
        r"\bno\s+(?:rush|hurry|pressure|worries\s+about\s+the\s+(?:date|timing))\b|\b(?:take|taking)\s+(?:all\s+)?(?:your|the)\s+time\b|\bno\s+need\s+to\s+(?:rush|hurry|pay\s+(?:today|now|right\s+away))\b|\bin\s+your\s+own\s+time\b|\bit\s+can\s+wait\b|\bdon't\s+worry\s+about\s+(?:it|paying|the\s+(?:payment|money|balance|date))\b|\bpay\s+what\s+you\s+can\b|\b(?:it's|that's)\s+(?:fine|ok|okay),?\s+(?:pay\s+)?(?:later|next\s+month|whenever)",
        False,
    ),  # noqa: E501
    (
        "vague_timing",
        None,
        r"\b(?:sometime|some\s+time|at\s+some\s+point|eventually|one\s+of\s+these\s+days|down\s+the\s+line|in\s+the\s+future|later\s+on|when\s+things\s+(?:settle|improve|get\s+better))\b|\bnext\s+month\s+or\s+(?:the\s+month\s+after|so|two)\b|\b(?:in\s+a\s+)?month\s+or\s+two\b|\bsoon(?:ish)?\b(?!\s+as)|\bpay\s+(?:it\s+)?later\b",
        True,
    ),  # noqa: E501
    (
        "say_no",
        A.SAY_NO,
        r"\b(?:i|we|the\s+bank)\s+(?:really\s+)?(?:can't|cannot|can\s+not|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to|won't|will\s+not|don't|do\s+not|are\s+not\s+able\s+to|aren't\s+able\s+to)\s+(?:\w+\s+)?(?:waive|remove|cancel|reduce|drop|extend|accept|agree|do\s+that|offer|give|wait|change|write\s+off|forgive|make\s+an\s+exception|freeze|delay|postpone|stop|hold\s+off)",
        False,
    ),  # noqa: E501
    (
        "say_no",
        A.SAY_NO,
        r"\b(?:that's|that\s+is|it's|it\s+is)\s+not\s+(?:possible|something\s+(?:i|we)\s+can\s+do|an\s+option)\b|\bi'm\s+afraid\s+(?:not|i\s+can't|we\s+can't|that's\s+not)|\bunfortunately,?\s+(?:i|we)\s+(?:can't|cannot|won't|are\s+not|'re\s+not)|\bno,\s+(?:i|we)\s+(?:can't|cannot|won't)\b|\bthat\s+won't\s+(?:work|be\s+possible)\b|\bisn't\s+an\s+option\b",
        False,
    ),  # noqa: E501
    (
        "apology",
        A.APOLOGISE,
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|really\s+|terribly\s+|truly\s+)?sorry\b(?!\s+(?:to\s+hear|about\s+(?:your|the|that)|for\s+your|that\s+you|you're))|\b(?:i\s+)?apologi[sz]e\b|\b(?:my\s+)?apologies\b|\bsorry\s+(?:for|about)\s+(?:the|that|this|any|calling|bothering|interrupting|the\s+confusion)|^\W*sorry\b",
        False,
    ),  # noqa: E501
    (
        "thanks",
        A.THANK,
        r"\b(?:thank\s+you|thanks|thank|cheers|much\s+appreciated|many\s+thanks|i\s+appreciate\s+(?:it|that|your|you))\b",
        False,
    ),  # noqa: E501
    (
        "close",
        A.CLOSE,
        r"\b(?:good\s*bye|bye|have\s+a\s+(?:good|nice|great|lovely)\s+(?:day|evening|afternoon|one|weekend|night)|talk\s+(?:to\s+you\s+)?soon|take\s+care|speak\s+(?:to\s+you\s+)?soon)\b|\bthat's\s+all\s+(?:for\s+now|i\s+needed)\b|\bi'll\s+let\s+you\s+go\b",
        False,
    ),  # noqa: E501
    # --- off the goal ------------------------------------------------------------------------
    (
        "off_topic",
        A.OFF_TOPIC,
        r"\b(?:weather|raining|rainy|sunny|snowing|snowy|heatwave|forecast)\b|\b(?:football|soccer|basketball|baseball|hockey|cricket|tennis|golf|the\s+game|the\s+match|the\s+playoffs|super\s+bowl|world\s+cup|league|your\s+team)\b|\b(?:holiday|vacation|weekend\s+plans|the\s+traffic|tv\s+show|netflix|movie|the\s+series|lunch|dinner|recipe|your\s+kids\s+doing|your\s+family\s+doing)\b",
        False,
    ),  # noqa: E501
    (
        "off_topic_dealer",
        A.OFF_TOPIC,
        r"\b(?:dealer|dealership|garage|mechanic|salesman|salesperson)(?:'s)?\s+(?:\w+\s+){0,3}(?:is|was|are|were|sounds|seems|did|does|should\s+have)\s+(?:really\s+|so\s+|very\s+|totally\s+|just\s+)?(?:terrible|awful|bad|horrible|dishonest|useless|a\s+joke|shady|crooks?|wrong|right|incompetent|a\s+scam|rip[-\s]?off|lying|liars?|great|good|fine|ok|okay|at\s+fault|responsible|to\s+blame)|\b(?:you\s+should|go\s+and|why\s+don't\s+you)\s+(?:sue|complain\s+to|report|take\s+it\s+up\s+with)\s+(?:the\s+)?(?:dealer|dealership|garage)|\b(?:tell|told)\s+me\s+(?:more\s+)?about\s+(?:the|your)\s+(?:dealer|trip|car\s+problems|holiday)",
        False,
    ),  # noqa: E501
    (
        "arguing",
        A.OFF_TOPIC,
        r"\b(?:that's|that\s+is)\s+(?:not\s+true|a\s+lie|nonsense|rubbish|ridiculous)\b|\byou're\s+wrong\b|\bwhose\s+fault\b|\bthat's\s+your\s+problem\b|\bi\s+don't\s+believe\s+(?:you|a\s+word)",
        False,
    ),  # noqa: E501
    (
        "steer_back",
        None,
        r"\b(?:get|getting|come|coming|go|going|turn|bring|move|steer)\s+(?:it\s+|us\s+|things\s+)?back\s+to\b|\bback\s+to\s+(?:the|your)\s+(?:payment|balance|account|loan|amount)|\blet's\s+(?:focus|concentrate)\s+on\b|\b(?:regardless|separate(?:ly)?|separate\s+(?:issue|matter))\b|\b(?:but|however|still),?\s+(?:the|your)\s+(?:payment|balance|loan|instal?l?ment|amount|account)\b|\bwhat\s+(?:we|i)\s+need\s+(?:to\s+(?:sort|agree|settle)|today)|\bin\s+the\s+meantime\b|\bfor\s+(?:now|today),?\s+(?:the|your|let's|can|could|we)\b",
        False,
    ),  # noqa: E501
    # --- risky language ----------------------------------------------------------------------
    # Names are insults wherever they stand; adjectives only when aimed at the debtor ("you're
    # lazy"), so "the dealer was useless" stays a tangent, not an insult.
    (
        "insult",
        A.INSULT,
        r"\b(?:idiot|idiots|moron|morons|imbecile|deadbeat|deadbeats|loser|losers|liar|liars|scum|scumbag|clown|parasite|leech|thief|thieves|crook|jerk|bum|freeloader|sponger|lowlife|low-life|retard|cheat|cheater|waste\s+of\s+space|piece\s+of\s+work)\b|\bpeople\s+like\s+you\b|\bshut\s+up\b|\bhow\s+dare\s+you\b|\bgrow\s+up\b|\bget\s+a\s+(?:real\s+)?job\b",
        True,
    ),  # noqa: E501
    (
        "insult",
        A.INSULT,
        r"\b(?:you(?:'re|\s+are|\s+were|\s+must\s+be|\s+sound)?|how)\s+(?:so\s+|such\s+an?\s+|an?\s+|being\s+|really\s+|just\s+|completely\s+|totally\s+|too\s+)*(?:stupid|lazy|pathetic|useless|dumb|worthless|incompetent|clueless|foolish|irresponsible|dishonest|a\s+joke|hopeless|thick|slow)\b|\b(?:stupid|lazy|pathetic|useless|dumb|worthless)\s+(?:person|people|excuse|excuses|idiot|man|woman)\b",
        True,
    ),  # noqa: E501
    (
        "profanity",
        A.INSULT,
        r"\b(?:f+u+c+k\w*|f\*+k\w*|f\*\*\*|fck\w*|fuk\w*|wtf|stfu|shit\w*|sh\*t|bullshit|damn|damned|goddamn\w*|bitch\w*|bastard\w*|asshole\w*|arsehole\w*|ass|arse|crap|crappy|piss\w*|dick\w*|cunt\w*|bollocks|bloody|motherf\w*|hell)\b",
        False,
    ),  # noqa: E501
    (
        "threat_violence",
        A.THREAT,
        r"\b(?:hurt|beat|kill|smash|break)\s+(?:you|your|ya)\b|\b(?:come|coming|show\s+up|turn\s+up|be)\s+(?:round\s+|over\s+)?(?:to|at)\s+your\s+(?:house|home|door|work|office|place|job)\b|\b(?:find|track)\s+you\s+(?:down)?\b|\bwatch\s+your\s+back\b|\byou'll\s+regret\b|\bsomething\s+bad\s+(?:will|might|could)\s+happen\b|\bknow\s+where\s+you\s+live\b|\bsend\s+(?:someone|people|the\s+boys)\s+(?:round|over|to\s+your)\b",
        True,
    ),  # noqa: E501
    (
        "threat_arrest",
        A.THREAT,
        r"\b(?:arrest(?:ed)?|jail|prison|locked\s+up|lock\s+you\s+up|police|cops|criminal\s+(?:charges|case|record)|fraud\s+charges?|behind\s+bars)\b",
        True,
    ),  # noqa: E501
    (
        "threat_garnish",
        A.THREAT,
        r"\bgarnish\w*|\b(?:take|dock|seize)\s+(?:it\s+)?(?:from\s+)?your\s+(?:wages|salary|pay(?:check|cheque)?)\b|\b(?:tell|call|contact|inform)\s+your\s+(?:employer|boss|family|neighbou?rs|wife|husband|parents|friends)\b|\blose\s+your\s+job\b",
        True,
    ),  # noqa: E501
    ("threat_word", A.THREAT, r"\bthreat(?:en|ening|ened)?\b", True),
    (
        "legal_action",
        A.LEGAL_ACTION,
        r"\blegal\s+(?:action|proceedings|steps|measures|process|route|team|department)\b|\b(?:court|courts|sue|suing|sued|lawsuit|litigation|judg(?:e)?ment|bailiffs?|solicitors?|lawyers?|attorneys?)\b|\brepossess\w*|\b(?:seize|take\s+back|recover|pick\s+up|tow)\s+(?:the|your)\s+(?:car|vehicle|collateral|truck|van)\b|\bcollateral\b",
        True,
    ),  # noqa: E501
    (
        "overshadow_dispute",
        None,
        r"\b(?:regardless\s+of|never\s+mind|forget\s+(?:about\s+)?|doesn't\s+matter\s+(?:if|that|whether)\s+you|don't\s+care\s+about)\s+(?:the\s+|your\s+|any\s+)?disput\w*|\bdisput\w*\s+(?:won't|will\s+not|doesn't|does\s+not|isn't\s+going\s+to)\s+(?:help|change|matter|stop|save)|\byou\s+(?:can't|cannot|have\s+no\s+right\s+to)\s+dispute\b|\bno\s+time\s+(?:for|to)\s+disput\w*|\b(?:the|your)\s+dispute\s+(?:is\s+irrelevant|doesn't\s+matter|is\s+not\s+our\s+problem)",
        False,
    ),  # noqa: E501
    # Sarcasm: praise that cannot be meant.
    (
        "sarcasm",
        None,
        r"\bthanks?\s+(?:you\s+)?for\s+nothing\b|\b(?:oh\s+)?(?:great|wonderful|perfect|brilliant|lovely|fantastic|super|marvell?ous|terrific)[,!.]+\s*(?:so|another|just|more|now|then|that's)\b|\byeah,?\s+right\b|\bsure\s+you\s+(?:will|do|are|did)\b|\bhow\s+(?:nice|convenient|lovely|generous)\s+(?:of|for)\s+you\b|\bwhat\s+a\s+(?:surprise|shock|shocker)\b|\bas\s+if\b|\bmust\s+be\s+nice\b|\bi'm\s+sure\s+you\s+(?:will|did|are)\b|\boh\s+(?:really|wow)\b|\bcongratulations\s+on\s+(?:not|never)\b|\bgood\s+for\s+you\b|\bslow\s+clap\b|\b(?:eventually|someday|one\s+day)\s*[.!]*\s*(?:great|wonderful|lovely|right)\b|\bthanks\s+a\s+lot\b(?=[^.!?]*\b(?:nothing|wasting|for\s+that)\b)",
        False,
    ),  # noqa: E501
    (
        "command_start",
        None,
        rf"^\W*(?:just\s+)?(?:{PAY_VERB}|give|stop|listen|answer|do\s+it|get\s+(?:it|the\s+money)|find|call|hand\s+over|hurry)\b",
        False,
    ),  # noqa: E501
]
