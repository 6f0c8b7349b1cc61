"""What the debtor reacts to in a line before anything else they say: an insult, a threat,
empathy, small talk, pressure on an upset debtor.

A reaction is a line of the persona's `reactions:` (content/models.py `Reactions`, with
defaults for some in engine/lines.py `DEFAULT_REACTIONS`), said before the rest of the reply;
when nothing else moved it is the whole reply. The first reaction in `REACTIONS` whose act is
in the line, and whose `when` holds, is the one said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from simulator.content.models import Topic
from simulator.engine.debtor import DebtorState
from simulator.language.types import Act, Analysis


def _always(_debtor: DebtorState) -> bool:
    return True


def _upset(debtor: DebtorState) -> bool:
    return debtor.mood.value != "calm"


def _no_day_agreed(debtor: DebtorState) -> bool:
    return debtor.agreed.date is None


@dataclass(frozen=True)
class Reaction:
    key: str  # the field of the persona's `reactions:` that says it
    acts: tuple[Act, ...]  # the line does one of these
    when: Callable[[DebtorState], bool] = _always  # and the debtor is in this state of mind
    unless: tuple[Act, ...] = ()  # and does none of these
    unless_said: re.Pattern[str] | None = None  # and says nothing like this
    # and is not one of the scenario's own acts ("Is she avoiding my calls?" to the flatmate
    # is asked about her, not small talk)
    unless_own_act: bool = False
    # and asks none of these of whoever answered ("who r u anyway, her mum?": who they are,
    # answered, not "Um, it's fine, I guess."; play-test 139)
    unless_cued: tuple[str, ...] = ()
    # (or, whatever `when` holds, says something like this)
    or_said: re.Pattern[str] | None = None
    # (or does one of these to a debtor who is already upset)
    upset_by: tuple[Act, ...] = ()
    # and presses with no day but the one the debtor named or agreed
    unless_own_day: bool = False
    # (or, doing none of the acts, says something like this: "pay it or else")
    or_heard: re.Pattern[str] | None = None


# "sort the direct debit or it'll go on your credit file, your choice": a consequence held
# over the debtor as an ultimatum, not said for their information (play-test 174)
_ULTIMATUM = re.compile(
    r"\bor\s+(?:else\b|(?:we|it|you|this|that)(?:'ll|\s+will)\b)|\byour\s+(?:choice|call)\b",
    re.IGNORECASE,
)


# "pay it or else", "see what happens", "you've been warned": a threat left unsaid, heard as one
# (played in tmux: "ur 247.92 late. pay it or else" got "Goodness, has a payment not gone
# through?")
_VEILED_THREAT = re.compile(
    r"\bor\s+else\b(?!\s+[a-z])|\bsee\s+what\s+happens\b|\byou'?ve\s+been\s+warned\b",
    re.IGNORECASE,
)


REACTIONS: tuple[Reaction, ...] = (
    Reaction("insulted", (Act.INSULT,)),
    # ("you keep not paying, that car gets repossessed ... So - pay today or not?" to an upset
    # debtor: heard as the threat it is, not passed over; play-test 220)
    Reaction("threatened", (Act.THREAT,), upset_by=(Act.LEGAL_ACTION,), or_heard=_VEILED_THREAT),
    # ("I hear you, la, but ... the account can go for repossession", "I understand, but next
    # week is too long", "I understand. Unfortunately, I am not able to ...": a nod before a
    # warning or a no is no kindness to thank for)
    Reaction(
        "empathy",
        (Act.EMPATHISE,),
        unless=(Act.STATE_CONSEQUENCE, Act.LEGAL_ACTION),
        unless_said=re.compile(
            r"\b(?:i\s+(?:understand|hear\s+you|get\s+(?:it|that)|know|see)|fair\s+enough|"
            # ("Right, okay, I understand... sorry. It's just, um, the loan is separate from the
            # dealer", play-test 220)
            # ("Okay, um, that makes sense... sorry, it's just, I'm meant to try and get
            # something", "I understand, I really do... it's just": play-test 249)
            r"i\s+appreciate\s+that|(?:that\s+)?makes\s+sense)"
            r"(?:\W{0,5}\s*i\s+(?:really\s+|totally\s+)?do)?"
            r"\W{0,5}\s*(?:(?:sorry|okay|ok)\W{0,5}\s*)?(?:but|unfortunately|however|"
            r"sadly|it'?s\s+just)\b",
            re.IGNORECASE,
        ),
    ),
    # ("You land tonight, yes? Is it possible tomorrow morning, with the card?": small talk in a
    # line that puts terms is no cause for "Can we stick to the point?")
    # ("Ha, no such luck, sorry! Before we go on, could you confirm your date of birth?": the
    # check answered, not "Sorry, I'm not sure what you mean. Sure, August 6, 2000.";
    # play-test 218)
    Reaction(
        "off_topic",
        (Act.OFF_TOPIC,),
        unless=(Act.PROPOSE_TERMS, Act.ASK_PAYMENT, Act.CONFIRM_TERMS, Act.VERIFY_IDENTITY),
        unless_own_act=True,
        # (nor a question about them: "Oh fingers crossed for you! What's the job, if you don't
        # mind me asking?" is answered, not met with "Sorry, I'm not sure what you mean."
        # first; play-test 278)
        # ("You got a mobile for her?", play-test 281: any question about them)
        unless_cued=tuple(f"topic_{topic.value}" for topic in Topic),
    ),
    # a deadline or a consequence only rattles a debtor who is already upset
    # (not the terms read back, nor their own day said back: "Well, well. The 17th. How are
    # you paying it?" after "Tuesday the 17th would work for me" had drawn "Yes, it's overdue.";
    # play-test 230)
    Reaction(
        "pressured",
        (Act.SET_DEADLINE, Act.STATE_CONSEQUENCE),
        _upset,
        unless=(Act.CONFIRM_TERMS,),
        unless_own_day=True,
    ),
    # a calm debtor told of a consequence takes it as the persona would, when it says how
    # ("If its not paid it'll get reported" to a customer of six years: "Reported? Goodness."),
    # before any day is agreed (after it, "a late fee may be applied ... so it is good we are
    # settling it today" is said for their information)
    # (after a day is agreed too, when it is an ultimatum)
    Reaction("warned", (Act.STATE_CONSEQUENCE,), _no_day_agreed, or_said=_ULTIMATUM),
)


def reaction_to(analysis: Analysis, debtor: DebtorState) -> str | None:
    """The key of the reaction this line draws from the debtor, None when it draws none."""
    for reaction in REACTIONS:
        if (
            (
                any(analysis.has(act) for act in reaction.acts)
                or (_upset(debtor) and any(analysis.has(act) for act in reaction.upset_by))
                or (reaction.or_heard is not None and reaction.or_heard.search(analysis.text))
            )
            and not any(analysis.has(act) for act in reaction.unless)
            and (reaction.unless_said is None or not reaction.unless_said.search(analysis.text))
            and not (reaction.unless_own_act and analysis.custom_acts)
            and not any(analysis.cued(name) for name in reaction.unless_cued)
            and (
                reaction.when(debtor)
                or (reaction.or_said is not None and reaction.or_said.search(analysis.text))
            )
            and not (reaction.unless_own_day and _their_own_day_only(analysis, debtor))
        ):
            return reaction.key
    return None


def _their_own_day_only(analysis: Analysis, debtor: DebtorState) -> bool:
    """Is the line's only pressure the day the debtor named, said back ("Well, well. The 17th.
    How are you paying it?" after "Tuesday the 17th would work for me"; play-test 230, read
    as a read-back or not)?"""
    day = analysis.slots.date
    return (
        day is not None
        and day in (debtor.named_day, debtor.agreed.date)
        and not analysis.has(Act.STATE_CONSEQUENCE)
    )
