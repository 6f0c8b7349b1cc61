"""Choosing and filling the debtor's lines: variants per state and mood, never the same line
twice in a row, placeholders from the collection record."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from functools import lru_cache

from simulator.content.models import (
    Mood,
    Negotiation,
    Persona,
    Reactions,
    Scenario,
    StateLines,
    custom_acts,
)
from simulator.content.placeholders import TemplateError, parse_template

DEFAULT_NEGOTIATION: dict[str, list[str]] = {
    "accept_amount": ["{amount}... yes, I can do {amount}.", "Okay, {amount} is fine."],
    "counter_amount": [
        "I can't do {amount}. The most I can manage is {counter_amount}.",
        "{amount} is too much right now. I could do {counter_amount}.",
    ],
    "accept_date": ["{date} works.", "Alright, by {date}."],
    "counter_date": [
        "{date} has already gone. I could do {counter_date}.",
        "We're past {date} already. {counter_date} is what I can do.",
    ],
    "accept_method": ["{method} is fine.", "I'll do it by {method}."],
    "accept_instead": ["Okay, {method} then.", "{method} is fine too, I suppose."],
    "accept_amount_instead": [
        "{amount}? I said {named}, but {amount} is easier, if that's okay.",
        "Not {named}, then? {amount} is fine.",
    ],
    "accept_date_instead": [
        "{date}? I said {named}, but {date} is fine.",
        "Not {named}, then? Okay, {date}.",
    ],
    "accept_plan": [
        "A plan would help. I could manage {counter_amount} to start.",
        "Instalments I can do. {counter_amount} first, then the rest monthly.",
    ],
    "correct_term": [
        "Not {said}: {kept}, like I said.",
        # (no "The rest is right.": a read-back with two terms wrong had one put right and
        # the other passed as right; play-test 139)
        "{kept}, actually, not {said}.",
    ],
    "accept_rest": [
        "And {rest_amount} more by {rest_date}. Okay.",
        "Then the other {rest_amount} by {rest_date}. I can do that.",
    ],
    "accept_rest_with_instalment": [
        "{total} on {rest_date}, with the usual payment. Yes, I can do that.",
        "So {total} that day, the usual payment and the other {rest_amount}. Okay, I'll have it.",
    ],
    "accept_instalments_later": [
        "And {rest_amount} after that. Okay.",
        "Then {rest_amount} after that, yes.",
    ],
    "accept_instalments": [
        "Then {rest_amount} from {rest_date}. Okay.",
        "And {rest_amount} after that, from {rest_date}. I can do that.",
    ],
    # the last instalment, smaller than the others, said yes to ("the June one is 337.31")
    "accept_last": [
        "Yes, the last one's {last_amount}, on {last_date}.",
        "Right, {last_amount} for the last one, {last_date}. Fine.",
    ],
    "counter_rest": [
        "The rest before the first bit? I'd need till {rest_date} for the other {rest_amount}.",
        "Not {date} for the rest. {rest_date} for the other {rest_amount}.",
    ],
    "accept_others": ["{terms} would be fine, though.", "{terms} is okay, if the amount is."],
    "name_amount": ["I could manage {counter_amount}.", "{counter_amount} is what I can do."],
    "name_whole": [
        "I can pay the whole {counter_amount}, actually.",
        # (not "All of it, $484.80.", a correction, to "could you pay some of it?": play-test 231)
        "I can cover all of it, {counter_amount}.",
    ],
    "name_rest": ["For the rest, I could manage {rest_amount}.", "The rest? {rest_amount}, maybe."],
    "ask_rest": [
        "And how much a {every} would that be, for the rest?",
        "How much a {every} for the rest, then?",
    ],
    "name_date": ["I could do it by {counter_date}.", "{counter_date} would work for me."],
    "name_rest_date": [
        "And the other {rest_amount} by {rest_date}.",
        "The rest, {rest_amount}, I could do by {rest_date}.",
    ],
    "name_method": ["{method} would be easiest.", "I'd do it by {method}."],
    "ask_methods": ["Whatever's easiest. How can I pay?", "What are my options?"],
    "all_agreed": [
        "So {amount} by {date}, by {method}. Fine.",
        "Okay: {amount}, {date}, {method}.",
    ],
    "said_back": [
        "Yes, that's right: {amount}, {date}, {method}.",
        "That's it. {amount} by {date}, by {method}.",
    ],
}


# What a dishonest debtor (honesty below 50) says where the persona wrote nothing of its own:
# poverty pleaded as they counter (their counter understates what they can pay, debtor.py),
# promises made too readily, and a false excuse when asked what happened.
DISHONEST_BELOW = 50
DISHONEST_NEGOTIATION: dict[str, list[str]] = {
    "counter_amount": [
        "{amount}? I've got nothing left this month. {counter_amount} is all I have.",
        "I'm broke until payday, honestly. {counter_amount}, that's everything I've got.",
    ],
    "accept_date": ["{date}, definitely. No problem at all.", "Sure, {date}. You have my word."],
    "all_agreed": [
        "Yeah, yeah: {amount} by {date}, by {method}. Definitely, I promise.",
        "{amount}, {date}, {method}. Consider it done, you have my word.",
    ],
}
DISHONEST_FACTS: dict[str, list[str]] = {
    "what_happened": [
        "I sent it last week. It must be stuck at your end.",
        "I paid it, I'm sure I did. Check your system again.",
    ],
    # asked when and how the payment they claim went: vague, and the blame elsewhere
    "payment_sent": [
        "I don't have that in front of me. It went a while back. Check your own records.",
        "Online, sometime last month. I'm not digging out receipts for you.",
    ],
}


# A third party asked for the debtor's number, by a persona that does not say otherwise
_NUMBER_KEPT = [
    "I'm not going to give out {first_name}'s number, sorry. I can take a message, though.",
    "That's not mine to give out, sorry. Do you want me to tell {first_name} you called?",
]


# Every debtor answers the security questions from their record unless the persona says
# otherwise (a suspicious one: "Why do you need that?").
DEFAULT_FACTS: dict[str, list[str]] = {
    "name": ["It's {debtor_name}.", "{debtor_name}."],
    "who": ["This is {debtor_name}.", "It's {debtor_name}."],
    "date_of_birth": ["It's {date_of_birth}.", "Sure, {date_of_birth}."],
    # (not "{address}, yes.": asked for a postcode, the "yes" answers nothing)
    "address": ["It's {address}.", "Sure, it's {address}."],
    "account": ["It ends in {account_last4}.", "Sure, the last four are {account_last4}."],
    # (not "No, now's okay.": a no that answers "is this a bad time?", not "a good time?";
    # play-test 276)
    "good_time": ["Now's fine. Go ahead.", "Now's okay. Go on."],
    # ("And, um, the next instalment, when is that due, do you know?", play-test 234)
    "next_due": [
        "The next one's due {next_instalment}, I think.",
        "It's {next_instalment}, the next one, I believe.",
    ],
    # "what other loans have you got?": what most people say of their other bills to a
    # collector (a persona says what it owes: the juggler's payday loan and cards)
    "other_debts": [
        "I'd rather not go into my other bills, if that's okay.",
        "There's a few things, like everyone. This is the one we're talking about.",
    ],
    # "did you get our letter?": what most people say of the post they did not act on
    "letter": [
        "I think I saw something, but I haven't opened all my post, to be honest.",
        "Maybe. I don't always read those, sorry.",
    ],
}


def with_trait_lines(persona: Persona) -> Persona:
    """The persona as this debtor speaks: each `trait_lines` block whose range holds the
    persona's trait replaces the lists it gives (later blocks over earlier ones)."""
    blocks = [b for b in persona.trait_lines if b.applies(persona.traits)]
    if not blocks:
        return persona
    lines, facts = dict(persona.lines), dict(persona.facts)
    negotiation, reactions, excuses = persona.negotiation, persona.reactions, persona.excuses
    for block in blocks:
        lines.update(block.lines)
        facts.update(block.facts)
        negotiation = negotiation.model_copy(update=_given(block.negotiation))
        reactions = reactions.model_copy(update=_given(block.reactions))
        excuses = block.excuses or excuses
    return persona.model_copy(
        update={
            "lines": lines,
            "facts": facts,
            "negotiation": negotiation,
            "reactions": reactions,
            "excuses": excuses,
        }
    )


def _given(group: Negotiation | Reactions) -> dict[str, list[str]]:
    return {name: value for name, value in group if value}


def fill(template: str, values: Mapping[str, str]) -> str:
    """The line with each {placeholder} replaced by its value. Only bare names are filled:
    formatting (`{name:>9}`, `{name!r}`, `{name.attr}`, `{name[0]}`) is never honoured, so a
    content file can neither pad a line to a gigabyte nor print Python's internals. An unknown
    name stays visible as written; a line whose braces do not pair up, or that asks for
    formatting, is given back as written. (The library leaves such lines out when it loads,
    content/placeholders.py, so only code-made templates get here.)"""
    if "{" not in template and "}" not in template:
        return template
    try:
        pieces = parse_template(template)
    except TemplateError:
        return template
    out: list[str] = []
    for literal, name in pieces:
        out.append(literal)
        if name is not None:
            value = values.get(name)
            out.append(value if value is not None else "{" + name + "}")
    return "".join(out)


def variants_for(lines: StateLines, mood: Mood) -> list[str]:
    if isinstance(lines, list):
        return lines
    for candidate in (mood, Mood.IRRITATED, Mood.CALM, Mood.HOSTILE):
        if candidate in lines:
            return lines[candidate]
    return next(iter(lines.values()))


DEFAULT_REACTIONS: dict[str, list[str]] = {
    "wrong_name": [
        "No, you've got the wrong number.",
        "Who? There's no {name} here.",
        "Sorry, there's nobody called {name} at this number.",
    ],
    "wrong_lender": [
        "{name}? I don't have anything with them.",
        "I'm not with {name}. I think you've got the wrong person.",
    ],
    "goodbye": ["Okay. Bye.", "Alright, bye then.", "Bye."],
    # (said whenever small talk comes, after the payment is settled too: nothing that asks why
    # they called)
    "off_topic": [
        "Um, it's fine, I guess.",
        "Sorry, what does that have to do with anything?",
        "I don't really want to chat, sorry.",
    ],
}
# The DEFAULT_CLARIFY keys that answer the trainee rather than ask them something
ANSWERS = frozenset(
    {"offered", "contact_ok", "contact_on_file", "nothing_else", "will_do", "noted",
     "nothing_agreed", "it_is_me", "that_is_right", "agreed", "either", "personal", "doing_fine",
     "still_sure", "card_read", "card_read_again", "understood"}
)  # fmt: skip
# Asked when a line makes no sense: before the debtor knows who is calling, and while terms are
# pinned down (by the term still missing); personas may write their own (`clarify`).
DEFAULT_CLARIFY: dict[str, list[str]] = {
    "unknown_caller": [
        "Sorry, who's calling?",
        "Who is this, please?",
        "Sorry, who did you want to speak to?",
    ],
    "date": ["Sorry, which day did you mean?", "When did you want it paid by?"],
    "amount": ["Sorry, how much did you want me to pay?", "How much are we talking about?"],
    "method": ["How would I pay it, sorry?", "Sorry, how do you want me to pay?"],
    "done": ["So are we done? Is that everything?", "Was there anything else?"],
    # the line was understood but asks nothing of the debtor yet
    "go_on": ["Okay...?", "Right. Go on.", "Uh-huh.", "Okay. And?", "Mm. Okay."],
    # after the goal: something offered ("shall I text you the reference?"), something said
    "offered": ["Yes, please. Thanks.", "Sure, that would help. Thanks."],
    # asked whether the number or email on file will do, or for theirs; whether there is more
    "contact_ok": ["Yes, that one's fine.", "Yes, that's fine."],
    "contact_on_file": ["Use the one you've got on file.", "The one on my account is fine."],
    "nothing_else": ["No, that's all, thanks.", "No, that's everything."],
    # asked whether they can really keep the terms they agreed ("are you sure? I don't want
    # you to be short")
    "still_sure": [
        "Yes, I'm sure. It'll be tight, but I can do it.",
        "I've thought about it. I can manage that, I promise.",
    ],
    # asked to do something besides paying ("can you email us the receipt?")
    "will_do": ["Sure, I can do that.", "Okay, I'll do that."],
    "noted": ["Okay, thanks.", "Right. Thanks.", "Okay. Got it."],
    # terms put to a debtor still putting it off, who is not moved by them yet
    "hedge_terms": ["{terms}? I can't promise that.", "{terms}? I don't know about that."],
    # asked for the card's details with a card payment agreed ("read me the long number")
    "card_read": [
        "Okay, hang on. (reads out the card number, the expiry date and the security code)",
        "Right, got it here. (reads out the long number, the expiry and the three digits on the "
        "back)",
    ],
    # asked for it again, in other words, after reading it out
    "card_read_again": ["I just read it out to you. Did it not go through?"],
    # asked to say the terms back before any was agreed
    "nothing_agreed": ["We haven't agreed anything yet."],
    # asked again whether it is them, after they said so
    "it_is_me": ["Yes, that's me.", "Yes, it's me. Like I said."],
    # what they just said, asked back ("was that TRX-48213?")
    "that_is_right": ["Yes, that's right.", "That's right, yes."],
    # asked to agree to what the caller will do ("I'll trace it and ring you back. Fair?")
    "agreed": ["Okay, fair enough.", "Alright, yeah. Thanks."],
    # offered a choice nothing in the persona decides ("post or email?")
    "either": ["Either's fine.", "Whichever's easier for you."],
    # asked something the persona has no answer for
    # (no two alike: "I'm not sure, to be honest." then "Not sure, honestly." was heard as the
    # same reply twice)
    "not_sure": ["I'm not sure, to be honest.", "Hm, I don't know.", "No idea, sorry."],
    # "Keep skipping us and it gets repossessed. Clear enough?": whether they understood
    "understood": ["Yes, I understand.", "Okay, I get it.", "Understood."],
    # asked about their own life, with nothing in the persona to say ("where are you flying
    # to?", "what do you do for work?"): a person keeps it to themselves, not "No idea, sorry."
    "personal": [
        "I'd rather not get into that, if it's all the same.",
        "I'd rather keep that to myself, thanks.",
    ],
    # asked after something of theirs in small talk ("is the car running ok otherwise?")
    "doing_fine": ["Fine, thanks for asking.", "All good, thanks."],
    "what_about": ["Okay. What's this about?", "Right... what's this about?", "And this is about?"],
}
# Reactions said before the reply proper (to pressure, to sympathy): left out once each has been
# said, as a person does not keep saying them.
_ASIDE_REACTIONS = frozenset({"pressured", "empathy"})
# When every variant has been said once, the debtor says one again as a person would.
AGAIN = ("Like I said: ", "As I said, ", "I told you, ", "Again: ")


# "Which company did you say you were from?": asked only of a caller who said one
_PRESUMES_SAID = re.compile(r"\b(?:did\s+you\s+say|you\s+said|didn't\s+catch)\b", re.IGNORECASE)
# "Who's calling?", "And you are?", "Is this the university?": not asked of a caller who has
# just said who they are
_ASKS_WHO_CALLS = re.compile(
    r"\bwho(?:'s|\s+is)\s+(?:this|calling)\b|\band\s+you\s+are\?|\bwho\s+are\s+you\b|"
    r"\bis\s+this\s+the\s+[\w\s]{1,20}\?",
    re.IGNORECASE,
)
# The term a persona's clarifying question asks about ("Sorry, which day did you mean?"): not
# asked once that term is agreed ("How would I pay it?" after "online, today" is settled)
_TERM_ASKED = (
    ("date", re.compile(r"\b(?:which|what)\s+day\b|\bthe\s+date\b|\bwhen\b|\bpayday\b", re.I)),
    (
        "amount",
        re.compile(
            r"\bhow\s+much\b|\bamount\b|\bfigure\b|\bnumber\b|\bthe\s+whole\b|\ball\s+of\s+it\b|"
            r"\bthe\s+lot\b|\bone\s+payment\s+or\b",
            re.I,
        ),
    ),
    (
        "method",
        re.compile(
            r"\bhow\s+(?:would|do|should|can)\s+(?:i|you)\b[^?]*\bpay\b|\bpay\s+how\b|"
            r"\bon\s+my\s+phone\b|\busual\s+account\b",
            re.I,
        ),
    ),
)
_TERMS_OPEN = frozenset({"amount", "date", "method", "done"})


def _term_asked(line: str) -> str | None:
    return next((term for term, asks in _TERM_ASKED if asks.search(line)), None)


_WORD = re.compile(r"[a-z']+")
_RUN = 4  # words in a row that make a phrase said again, not a phrase in common ("I can do")


@lru_cache(maxsize=4096)  # a persona's lines are said again and again, call after call
def _runs(line: str) -> frozenset[tuple[str, ...]]:
    """The runs of `_RUN` words in a line (placeholders and figures left out)."""
    words = _WORD.findall(re.sub(r"\{[^}]*\}|\$?\d[\d,.]*", " ", line.lower()))
    return frozenset(tuple(words[n : n + _RUN]) for n in range(len(words) - _RUN + 1))


# words too common to tie a line to the story on file
_PLAIN_WORDS = frozenset(
    "that this with when what have been just then they them there your from will would "  # noqa: SIM905
    "about really sorry okay know like said some time".split()
)


# a debtor's thanks for understanding they were shown ("Thank you for not making me feel awful")
_HOW_MUCH_ASKED = re.compile(r"\bhow\s+much\b[^.!?]*\?", re.IGNORECASE)
_THANKS_FOR_KINDNESS = re.compile(
    r"\bthank(?:s|\s+you)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:actually\s+|really\s+)?(?:listening|"
    r"understanding|being\s+(?:so\s+)?(?:understanding|patient|kind|nice|decent|reasonable|human)|"
    r"not\s+making\s+me|hearing\s+me\s+out|your\s+(?:patience|understanding))|"
    r"\bthat\s+(?:actually\s+|really\s+)?means\s+a\s+lot\b|"
    r"\byou(?:'ve|\s+have)\s+been\s+(?:very\s+|so\s+|really\s+)?(?:kind|understanding|patient|lovely)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # as _runs: a persona's lines are weighed again and again
def story_words(text: str) -> frozenset[str]:
    """The words of a line that tie it to a story (not "that", "sorry", nor short ones)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) >= 4) - _PLAIN_WORDS


class LinePicker:
    def __init__(
        self, persona: Persona, scenario: Scenario, rng: random.Random, told: str = ""
    ) -> None:
        self.persona = persona
        # what the record says the debtor told the lender last (a contact's excuse): the
        # story they tell again is the one on file
        self.told = story_words(told)
        self.scenario = scenario
        self.rng = rng
        self.acts = custom_acts(scenario, persona)
        # the last line said from each group (state lines, each negotiation answer, each
        # reaction), so no group repeats itself on consecutive turns
        self.last: dict[str, str] = {}
        self.used: set[str] = set()  # every template said in this call
        self.said_runs: set[tuple[str, ...]] = set()  # their runs of words (`_runs`)
        # the caller has shown understanding in this call: only then is it thanked for
        self.heard_kindly = False
        # the caller has said how much is owed: the debtor does not ask "How much?"
        self.amount_told = False

    def state_lines(self, state: str, mood: Mood) -> list[str] | None:
        lines = self.scenario.lines.get(state) or self.persona.lines.get(state)
        return variants_for(lines, mood) if lines is not None else None

    def choose(self, variants: list[str], group: str = "state", aside: bool = False) -> str:
        """A variant not yet said in this call; when all have been, any but the last one. An
        `aside` (a few words put before the line the call would say anyway) is picked by the
        seed without drawing from it, so the rest of the call is as it would be without it."""
        fresh = [v for v in variants if v not in self.used]
        if not fresh:
            fresh = [v for v in variants if v != self.last.get(group)] or variants
        # Not one that says again what another line said ("I've applied to about sixty
        # places" in the story, then in the answer about their job), while another will do.
        fresh = [v for v in fresh if not _runs(v) & self.said_runs] or fresh
        if aside:
            rng = random.Random()
            rng.setstate(self.rng.getstate())
            line = rng.choice(fresh)
        else:
            line = self.rng.choice(fresh)
        self.last[group] = line
        self.used.add(line)
        self.said_runs |= _runs(line)
        return line

    def clarify(
        self, state: str, missing: str | None, presume_said: bool = True, named: bool = False
    ) -> str:
        """What the debtor asks when lost in this state; `missing` names the caller
        ("unknown_caller") or the term still open ("date", "amount", "method", "done").
        Without `presume_said`, a question that presumes the caller said who they are ("which
        company did you say?") is left out while others remain; with `named` (the caller has
        just said who they are), "Who's calling?" is."""
        authored = self.persona.clarify.get(state)
        if authored is None and missing is None:
            authored = self.persona.clarify.get("default")
        if authored is not None and missing in _TERMS_OPEN:
            # the term still open, not one agreed ("done": none left to ask about)
            authored = [v for v in authored if _term_asked(v) in (None, missing)] or None
        if authored is None and missing is not None:
            authored = DEFAULT_CLARIFY.get(missing)
        pool = [v for v in (authored or []) if v not in self.used]
        if not presume_said:
            pool = [v for v in pool if not _PRESUMES_SAID.search(v)] or pool
        if named:
            pool = [v for v in pool if not _ASKS_WHO_CALLS.search(v)] or pool
        if not pool and missing in ANSWERS and authored:
            # an answer said before is said again ("Yes, that's right." a third time, reworded
            # as a repeat by the call), not turned into confusion ("Sorry, what?")
            pool = list(authored)
        if not pool:  # every clarifying question asked: the persona's own confusion
            return self.choose(self.persona.fallback, group="fallback")
        return self.choose(pool, group="clarify")

    @property
    def dishonest(self) -> bool:
        return self.persona.traits.honesty < DISHONEST_BELOW

    def answer(self, topic: str, aside: bool = False) -> str | None:
        """The persona's answer to a question about `topic`, if the persona has the fact (a
        dishonest debtor without one makes up an excuse for what happened); `aside` as in
        `choose`."""
        facts = self.persona.facts.get(topic)  # type: ignore[call-overload]
        if not facts and self.dishonest:
            facts = DISHONEST_FACTS.get(topic)
        if not facts and topic in ("who", "name") and self.persona.speaker is not None:
            # "who am I speaking with?" to the flatmate: "I'm Jess, Brandy's flatmate."
            name, role = (
                part.replace("{", "{{").replace("}", "}}")
                for part in (self.persona.speaker.name, self.persona.speaker.role)
            )
            facts = [f"I'm {name}, {{first_name}}'s {role}.", f"This is {name}, the {role}."]
        if not facts and topic == "number" and self.persona.speaker is not None:
            # "give me her mobile then": not theirs to give out, to a stranger on the phone
            facts = _NUMBER_KEPT
        if not facts:
            facts = DEFAULT_FACTS.get(topic)
        return self.choose(facts, group=f"fact:{topic}", aside=aside) if facts else None

    def act_answer(self, name: str) -> str | None:
        """The answer a trainer wrote for a custom act that asks the debtor something (the act
        the reader took by that name), or None."""
        act = self.acts.get(name)
        return self.choose(act.answers, group=f"act:{name}") if act and act.answers else None

    def for_state(self, state: str, mood: Mood) -> str:
        variants = self.state_lines(state, mood)
        if variants and self.told:
            # "whats the excuse this time, bank still not picking up?" after "I couldn't get
            # through to the bank when I tried" on file got "I thought it came out
            # automatically" (play-test 186): the reason given again is the one on file
            # (but not one that says again what this call has heard: "Three visits, weeks of
            # excuses ... still slips out of gear" then "Three visits and it still slips out of
            # gear", play-test 198)
            agreeing = [
                v
                for v in variants
                if len(story_words(v) & self.told) >= 2 and not _runs(v) & self.said_runs
            ]
            variants = agreeing or variants
        if variants and not self.heard_kindly:
            # "That's right. I'll do it. Thank you for actually listening about the car." to a
            # caller who said "that's between you and the dealer, not us" (play-test 246)
            variants = [v for v in variants if not _THANKS_FOR_KINDNESS.search(v)] or variants
        if variants and self.amount_told:
            # "Wait, she owes you money? How much?" after "... $320.89, and she needs to stop
            # ignoring it" (play-test 252)
            variants = [v for v in variants if not _HOW_MUCH_ASKED.search(v)] or variants
        return self.choose(variants if variants else self.persona.fallback)

    def fallback(self) -> str:
        return self.choose(self.persona.fallback)

    def negotiation(self, key: str) -> str:
        authored = getattr(self.persona.negotiation, key)
        if not authored and self.dishonest:
            authored = DISHONEST_NEGOTIATION.get(key)
        return self.choose(authored or DEFAULT_NEGOTIATION[key], group=f"negotiation:{key}")

    def reaction(self, key: str) -> str | None:
        authored = getattr(self.persona.reactions, key) or DEFAULT_REACTIONS.get(key)
        if authored and key in _ASIDE_REACTIONS and all(v in self.used for v in authored):
            # every one said: the reply goes on without it rather than say one again (the rude
            # defaulter opened two replies with "Yeah, yeah. Heard it all before.")
            return None
        return self.choose(authored, group=f"reaction:{key}") if authored else None
