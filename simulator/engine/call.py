"""One simulated collection call: the trainee says a line, the debtor answers.

Everything that drives calls (the terminal UI, `collectsim play`, tests, benchmarks) goes
through `Call.say`, so they all see the same debtor for the same scenario, seed and lines.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from simulator.content.conditions import REGISTRY, split_spec
from simulator.content.models import (
    CustomOutcome,
    Outcome,
    Persona,
    Scenario,
    State,
    Transition,
    custom_act_specs,
    outcome_of,
)
from simulator.engine import goals
from simulator.engine.clock import Clock, fixed_clock
from simulator.engine.debtor import (
    METHOD_WORDS,
    DebtorState,
    every_period,
    money_text,
    same_way,
)
from simulator.engine.lines import AGAIN, LinePicker, fill, story_words, with_trait_lines
from simulator.engine.machine import SAME, build_machine
from simulator.engine.reactions import reaction_to
from simulator.engine.record import CollectionRecord, generate_record
from simulator.language import analyze
from simulator.language.acts import (
    WHEN_AT_THE_END,
    asks_where_money_comes_from,
    ways_side_by_side,
)
from simulator.language.dates import MONTHS, WEEKDAYS, find_dates
from simulator.language.identity import TITLES, name_matches, named_back
from simulator.language.lexicon import (
    LOWEST_YOU_CAN,
    NUMBER_ASKED,
    NUMBER_FOR_SOMEONE,
    OR_NOT_ASKED,
)
from simulator.language.methods import BARE_WAYS, find_methods
from simulator.language.numbers import find_amounts
from simulator.language.text import normalise, sentence_around
from simulator.language.textspeak import expand
from simulator.language.types import Act, Analysis, AnalysisContext, Slots, Span
from simulator.scoring import score_call, score_turn
from simulator.scoring.call import first_impolite
from simulator.scoring.types import (
    CallScores,
    ComplianceRules,
    Promise,
    ScoredTurn,
    TurnContext,
    TurnScores,
)

# The order in which a line's acts are offered to the state machine: what matters most to
# the course of the call first (an insult outweighs the greeting that came with it).
ACT_PRIORITY: tuple[Act, ...] = (
    Act.INSULT,
    Act.THREAT,
    Act.CONFIRM_TERMS,
    Act.ACCEPT_VAGUE,
    Act.OFFER_PLAN,
    Act.PROPOSE_TERMS,
    Act.ASK_PAYMENT,
    Act.SET_DEADLINE,
    Act.LEGAL_ACTION,
    Act.STATE_CONSEQUENCE,
    Act.STATE_AMOUNT,
    Act.STATE_PURPOSE,
    Act.VERIFY_IDENTITY,
    Act.MINI_MIRANDA,
    Act.PROBE_REASON,
    Act.EMPATHISE,
    Act.SAY_NO,
    Act.IDENTIFY_SELF,
    Act.GREET,
    Act.CLOSE,
    Act.OFF_TOPIC,
    Act.APOLOGISE,
    Act.THANK,
    Act.OTHER,
)
# Acts a scenario may make end the call (the customer offended by legal talk or a threatened
# consequence): tried before the ask or the terms said beside them.
_OFFENDING = (Act.LEGAL_ACTION, Act.STATE_CONSEQUENCE)

MAX_TEXT = 100_000  # longer pastes are cut for reading; the transcript keeps what was typed


class CallOver(Exception):
    """Raised when a line is said to a call that has already ended."""


@dataclass(frozen=True)
class Turn:
    index: int  # 1-based trainee turn number
    text: str
    analysis: Analysis
    scores: TurnScores
    reply: str
    state_before: str
    state_after: str
    trigger: str | None  # what moved the debtor, None when nothing did
    mood: str
    patience: int
    pressure: int
    at: dt.datetime
    debtor_was_rude: bool  # the debtor's line before this turn provoked the trainee
    identity_verified_before: bool
    ended: bool = False
    flags_set: tuple[str, ...] = ()  # call-memory flags this turn's transitions set


@dataclass
class _Move:
    """What one trainee line did to the debtor, as the reply is built from it."""

    listening: bool  # the caller has the right person (and lender)
    said: list[str] = field(default_factory=list)  # the reply's lines so far
    reaction: str | None = None  # the debtor's reaction line, if the line drew one
    trigger: str | None = None  # what moved the machine, None when nothing did
    negotiated: bool = False  # the line's terms were negotiated
    # the negotiation said something (terms agreed already, named again, draw no words)
    answered: bool = False
    # each term accepted as named, one line apiece (dropped when the state's line names them)
    accepts: list[str] = field(default_factory=list)
    moved: bool = False  # the debtor is in another state than before the line
    corrected: bool = False  # a term the line said back was put right


@dataclass
class CallEvents:
    """Listeners: the records store and the UI subscribe here."""

    on_turn: list[Callable[[Call, Turn], None]] = field(default_factory=list)
    on_end: list[Callable[[Call], None]] = field(default_factory=list)


class Call:
    def __init__(
        self,
        scenario: Scenario,
        persona: Persona,
        seed: int = 0,
        clock: Clock | None = None,
        events: CallEvents | None = None,
    ) -> None:
        if persona.id != scenario.persona:
            raise ValueError(
                f"scenario '{scenario.id}' needs persona '{scenario.persona}', got '{persona.id}'"
            )
        self.scenario = scenario
        # the persona as this debtor speaks: lines written for their traits (trait_lines)
        self.persona = persona = with_trait_lines(persona)
        self.seed = seed
        self.clock: Clock = clock or fixed_clock()
        self.events = events or CallEvents()
        self.started_at = self.clock.now()
        self.today = self.started_at.date()
        # (who they are was confirmed before the line now read: asked again, it is "that's me")
        self._verified_before = False
        self.record: CollectionRecord = generate_record(persona, seed, self.today)
        self.rng = random.Random(f"call:{scenario.id}:{seed}")
        self.debtor = DebtorState.start(persona, scenario, self.today, self.record.amount_overdue)
        self.debtor.instalment = self.record.instalment
        self.machine, self.model = build_machine(scenario, self.debtor, self._entered)
        # (trigger, source state) of the transitions that end the call, read once
        self._ending_moves = {
            (tr.trigger, source)
            for tr in scenario.transitions
            if (dest := scenario.state(tr.dest)) is not None and dest.ending is not None
            for source in tr.sources()
        }
        told = next((c.excuse for c in reversed(self.record.contacts) if c.excuse), "")
        self.lines = LinePicker(persona, scenario, self.rng, told)
        self.values = goals.record_values(scenario, self.record.placeholders())
        self.custom_acts = custom_act_specs(scenario, persona)
        # the triggers whose transitions set a call-memory flag (taken first, `_fire`)
        self._flagging = frozenset(t.trigger for t in scenario.transitions if t.set)
        self.speaker = goals.speaker_label(persona, self.record.first_name)
        self.turns: list[Turn] = []
        self.outcome: Outcome | CustomOutcome | None = None
        self.ended_at: dt.datetime | None = None
        # The goal is reached and the debtor is still on the line for the trainee's goodbye
        # (the call is not over until it is said, or the trainee hangs up).
        self.closing = False
        self._lines_after_goal = 0
        self._card_was_read = False  # the card's details read out to the trainee once
        self.visited: list[str] = [self.state]
        start = scenario.state(scenario.initial)
        if start is not None:
            self._entered(start)
        self.opening = self._say_line(self.lines.for_state(self.state, self.debtor.mood))
        self._last_debtor_line = self.opening
        self._last_state_rude = self._state_flag("rude") or persona.rude
        self._scores: CallScores | None = None
        self._replies: set[str] = {self.opening}  # every reply said, so none is said twice
        self.confused = 0  # turns in a row the debtor did not follow
        self._confused_line: str | None = None  # this turn's, when the debtor did not follow
        # this turn's sum named beside an answer about them, dropped if the reply names it too
        self._sum_beside: str | None = None
        # Terms the trainee put to the debtor before they would negotiate ("Would you be able
        # to pay the 380.49 by Friday?" while they explain): answered once they do, as a person
        # remembers what was asked, unless a later line names its own.
        self._pending: Slots | None = None
        self.wrong_party_named = False  # the trainee asked for someone else at some point
        # The wrong name the debtor last said was not theirs, while the caller has not put it
        # right ("Who? There's no Lisa here." - "could you ask her to call me back?")
        self._wrong_name_said: str | None = None

    # --- reading the call ---------------------------------------------------------------

    @property
    def state(self) -> str:
        return self.model.state

    @property
    def finished(self) -> bool:
        return self.outcome is not None and not self.closing

    @property
    def outcome_value(self) -> str:
        """The outcome's name, "incomplete" while the call has none."""
        return self.outcome.value if self.outcome else "incomplete"

    @property
    def transcript(self) -> list[tuple[str, str]]:
        """(speaker, line) pairs: 'debtor' or 'trainee', in order, starting with the debtor."""
        lines = [("debtor", self.opening)]
        for turn in self.turns:
            lines.append(("trainee", turn.text))
            lines.append(("debtor", turn.reply))
        return lines

    @property
    def promise(self) -> Promise:
        agreed = self.debtor.agreed
        # (complete terms fall short exactly when the goal finds gaps in them)
        gaps = self.debtor.goal_gaps() if agreed.complete() else ()
        return Promise(
            amount=agreed.amount,
            date=agreed.date,
            method=agreed.method,
            confirmed=self.debtor.confirmed,
            # ("I'll pay soon" offered before terms were agreed and confirmed is no vague promise)
            vague=self.debtor.vague_offered and not self.debtor.confirmed,
            rest_amount=agreed.rest_amount,
            rest_date=agreed.rest_date,
            rest_every=self.debtor.agreed.rest_every,
            short_of_goal=bool(gaps),
            goal_gaps=gaps,
        )

    def hint(self) -> str:
        """A coaching hint for this moment of the call."""
        hints = self.scenario.hints.get(self.state) or self.scenario.hints.get("default")
        if not hints:
            return generic_hint(self)
        return fill(hints[len(self.turns) % len(hints)], self.values)

    def _ended_in(self, state: str) -> bool:
        found = self.scenario.state(state)
        return found is not None and found.ending is not None

    def scores(self) -> CallScores:
        if self._scores is None or not self.finished:
            promise = self.promise
            scored = [
                ScoredTurn(
                    analysis=t.analysis,
                    scores=t.scores,
                    debtor_reply=t.reply,
                    debtor_was_rude=t.debtor_was_rude,
                    identity_verified_before=t.identity_verified_before,
                    after_the_goal=self._ended_in(t.state_before),
                    reason_told=self._drifting(t.state_after),
                )
                for t in self.turns
            ]
            rules = self.scenario.rules
            self._scores = score_call(
                scored,
                promise,
                ComplianceRules(
                    enabled=rules.compliance,
                    legal_action_authorised=rules.legal_action_authorised,
                    dispute_window=rules.dispute_window,
                    call_time=self.started_at.time(),
                    flag_findings=goals.flag_findings(self.scenario, self.debtor.flags, self.turns),
                ),
                (self.outcome or Outcome.INCOMPLETE).value,
                rubric=goals.rubric(self.scenario),
                goal=goals.goal_view(
                    self.scenario,
                    (self.outcome or Outcome.INCOMPLETE).value,
                    self.debtor.flags,
                    promise.goal_gaps,
                ),
            )
        return self._scores

    # --- playing ------------------------------------------------------------------------

    def say(self, text: str) -> Turn:
        """The trainee says one line; returns the turn with the debtor's reply."""
        if self.finished:
            raise CallOver(f"the call has ended ({self.outcome.value if self.outcome else ''})")
        text = text if isinstance(text, str) else str(text)
        context = self._reading_context()
        analysis = analyze(text[:MAX_TEXT], context)
        state_before = self.state
        state_def = self.scenario.state(state_before)
        scores = score_turn(
            analysis,
            TurnContext(
                previous_debtor_line=self._last_debtor_line,
                debtor_was_rude=self._last_state_rude,
                debtor_drifted=bool(state_def and state_def.drifting),
                turn_index=len(self.turns),
            ),
        )
        verified_before = self.debtor.identity_verified
        self._verified_before = verified_before
        flags_before = set(self.debtor.flags)
        confirmed_before = self.debtor.confirmed
        if self.closing:  # the goal reached: the debtor stays on the line for the goodbye
            trigger, said = None, self._after_the_goal(analysis)
        else:
            trigger, said = self._move_debtor(analysis, scores, state_def, state_before)
        if self.outcome in (Outcome.HUNG_UP, Outcome.REFUSED) and trigger in _OFFENSIVE_TRIGGERS:
            # "Right so $450.08 by transfer, Tuesday 17th March ... genius. Yes?" got "Wow.
            # Real professional. ... Click." (play-test 166); "$279.37 by direct debit Friday
            # the 13th. And if it bounces, it goes to our legal department. Clear?" got "I
            # don't appreciate that tone at all. ... Goodbye." (play-test 170): the terms said
            # back with it are not confirmed by a debtor who ends the call on them
            self.debtor.confirmed = confirmed_before
        reply = self._unsaid(_each_sentence_once(" ".join(_said_once([s for s in said if s]))))
        # "It's Kelsey, actually." says who they are: not "That's me." again after it
        reply = _YES_AFTER_PUT_RIGHT.sub(r"\1", reply)
        if analysis.cued("dispute_right"):
            # "... and I've noted your dispute with the dealer on file. Does that sound right?":
            # not "And please make sure the dispute with the dealer is on my file."
            reply = _NOTING_ASKED.sub("", reply).strip() or reply
        if not analysis.has(Act.EMPATHISE) and not self._courteous(analysis, scores):
            reply = _without_thanks_for_manner(reply)
        if (
            analysis.has(Act.INSULT)
            or analysis.has(Act.THREAT)
            or "sarcasm" in analysis.flags
            # ("uh huh, sure you did, everyone says that ..." and then "great so read me the
            # reference number off it then": mocked the turn before, no more grateful now;
            # play-tests 175 and 176)
            or any(
                "sarcasm" in t.analysis.flags or t.analysis.has(Act.INSULT) for t in self.turns[-1:]
            )
        ):
            # "Give me the reference then, liar." and "oh sure, everybody already paid it ...
            # go on, read it out" are answered, not thanked: "Sure, the reference is TRX-62347,
            # sent last Tuesday." without "Thanks for checking." (play-test 159)
            reply = _without_gratitude(reply)
        if self.closing and _SAYS_GOODBYE.search(reply):
            # the goal reached, and the debtor's line ends the call ("Right. Thank you for
            # listening. Bye."): they have hung up, not stayed on for the trainee's goodbye
            self.closing = False
        debtor = self.debtor
        state_now = self.scenario.state(self.state)
        turn = Turn(
            index=len(self.turns) + 1,
            text=text,
            analysis=analysis,
            scores=scores,
            reply=reply,
            state_before=state_before,
            state_after=self.state,
            trigger=trigger,
            mood=debtor.mood.value,
            patience=round(debtor.patience),
            pressure=round(debtor.pressure),
            at=self.clock.now(),
            debtor_was_rude=self._last_state_rude,
            identity_verified_before=verified_before,
            ended=self.finished,
            flags_set=tuple(sorted(debtor.flags - flags_before)),
        )
        self.turns.append(turn)
        self._replies.add(reply)
        self._last_debtor_line = reply
        self._last_state_rude = bool(state_now and state_now.rude) or (
            self.persona.rude and debtor.mood.value != "calm"
        )
        self._scores = None
        for listener in self.events.on_turn:
            listener(self, turn)
        if self.finished:
            for end_listener in self.events.on_end:
                end_listener(self)
        return turn

    def _move_debtor(
        self, analysis: Analysis, scores: TurnScores, state_def: State | None, state_before: str
    ) -> tuple[str | None, list[str]]:
        """One trainee line: the debtor reads it (mood and patience, whether the caller has
        the right person), reacts, moves (terms and the state machine) and replies. Returns
        what moved the machine (None: nothing) and the debtor's lines."""
        debtor = self.debtor
        # A restatement confirms terms the debtor had agreed before this line, or every term
        # at once when it says all three back and the debtor agrees to them in this line.
        agreed_before = debtor.agreed.complete()
        debtor.react(analysis, scores)
        analysis = _part_asked_of(analysis)
        analysis = self._greeted_back(analysis)

        self._confused_line = None
        if self._asks_to_repeat(analysis):
            # "Sorry, the line cut out, could you say that again?": said again, nothing moves
            turn = _Move(listening=True, said=[_said_again(self._last_debtor_line)])
            self._end_turn(analysis, turn)
            return None, turn.said
        wrong = self._wrong_party(analysis) or self._still_wrong_party(analysis)
        turn = _Move(listening=wrong is None)
        if wrong is not None and not self._ended_state():
            # Not their name (or not their lender): a real person does not play along, and
            # nothing else in the line means anything to them until the caller recovers.
            self.wrong_party_named = True
            debtor.patience = max(0.0, debtor.patience - 4)
            turn.said.append(wrong)
        turn.reaction = self._reaction(analysis) if turn.listening else None
        analysis = self._move(analysis, state_def, turn)
        self._settle(analysis, state_before, agreed_before, turn)
        if analysis.has(Act.EMPATHISE) or analysis.has(Act.APOLOGISE):
            self.lines.heard_kindly = True
        if analysis.has(Act.STATE_AMOUNT):
            self.lines.amount_told = True
        self._reply(analysis, turn)
        self._end_turn(analysis, turn)
        return turn.trigger, turn.said

    def _move(self, analysis: Analysis, state_def: State | None, turn: _Move) -> Analysis:
        """Terms and the state machine: the terms a line names are negotiated in a state that
        negotiates (the one before the move, or the one it led to), the line's acts are
        offered to the machine, then the engine's events. Returns the line as the debtor took
        it, which the rest of the turn goes on from."""
        debtor = self.debtor
        # (agreed terms change in place)
        before, said_before = dataclasses.replace(debtor.agreed), len(turn.said)
        if turn.listening and state_def and state_def.negotiable and self._names_terms(analysis):
            lines, corrected, turn.accepts = self._negotiate(analysis)
            turn.corrected = corrected
            if (
                debtor.agreed == before
                and lines
                and lines == turn.accepts
                and _offered(analysis.text)
            ):
                # "... so it is good we are settling it today. Also, would you like me to update
                # your auto-debit to the new account?": the terms agreed, said in passing; the
                # offer is what is asked ("Yes, today suits me." answered nothing)
                lines, turn.accepts = [self._say_line(self.lines.clarify("", "offered"))], []
            turn.said.extend(lines)
            turn.negotiated, turn.answered = True, bool(lines)
            # "I change my mind... Better you pay by debit card now, so it is sure. OK?": new
            # terms put, agreed just now, wait to be said back; a wrong restatement ("card, not
            # transfer") confirms nothing either
            changed = debtor.agreed != before and bool(_CHANGE_OF_PLAN.search(analysis.text))
            if corrected or changed:
                analysis = dataclasses.replace(
                    analysis, acts=tuple(a for a in analysis.acts if a is not Act.CONFIRM_TERMS)
                )
            if analysis.has(Act.ACCEPT_VAGUE) and (
                (debtor.agreed.date is not None and debtor.agreed.date != before.date)
                or (
                    debtor.agreed.rest_date is not None
                    and debtor.agreed.rest_date != before.rest_date
                )
            ):
                # "would something like the 10th of April work for that? Or whenever you get
                # paid" (play-test 256): a day agreed in the same breath; the "or whenever"
                # lets nothing go
                analysis = dataclasses.replace(
                    analysis, acts=tuple(a for a in analysis.acts if a is not Act.ACCEPT_VAGUE)
                )

        turn.trigger = self._fire(analysis) if turn.listening else None
        ending = self.scenario.state(self.state)
        if (
            turn.negotiated
            and turn.trigger in ("insult", "threat")
            and ending is not None
            and ending.ending == Outcome.HUNG_UP.value
        ):
            # "Yes, online from your phone. Still need a date, genius.": the debtor hangs up on
            # the insult, agreeing nothing on the way out (play-test 138)
            debtor.agreed = before
            del turn.said[said_before:]
            turn.accepts = []
        if turn.trigger == "verify_identity":
            self._told_why_too(analysis, turn)
        if debtor.patience <= 0 and not self._ended_state():
            if self._try("patience_out"):
                turn.trigger = "patience_out"
            else:
                self._finish(Outcome.HUNG_UP)
        new_state = self.scenario.state(self.state)
        if (
            turn.listening
            and new_state
            and not turn.negotiated
            and new_state.negotiable
            # "'Sometime' doesn't work for me. What's stopping you from paying it this week?",
            # "... can you give me their name?": asked something else, the debtor answers
            # that, not the terms put the line before
            and not (
                analysis.slots.is_empty()
                and (
                    analysis.has(Act.PROBE_REASON)
                    or (
                        "question" in analysis.flags
                        and not any(analysis.has(act) for act in _ASKS_FOR_TERMS)
                    )
                )
            )
        ):
            asked = self._with_pending(analysis)
            if self._names_terms(asked):
                lines, _corrected, turn.accepts = self._negotiate(asked)
                turn.said.extend(lines)
                turn.negotiated, turn.answered = True, bool(lines)
        if turn.negotiated or (new_state is not None and new_state.negotiable):
            self._pending = None
        elif (
            turn.listening
            and (analysis.has(Act.PROPOSE_TERMS) or analysis.has(Act.SET_DEADLINE))
            and not analysis.slots.is_empty()
        ):
            # (terms put in several lines add up: "half today and the rest on Friday?", then
            # "by card?")
            self._pending = self._with_pending(analysis).slots
        if (
            new_state
            and new_state.negotiable
            and debtor.terms_agreed()
            and turn.trigger != "confirm_terms"
            and self._try("terms_complete")
        ):
            turn.trigger = "terms_complete"
        if (
            turn.listening
            and turn.trigger not in ("confirm_terms", None)
            and analysis.has(Act.CONFIRM_TERMS)
            and self._restates_all(analysis)
            and self._try("confirm_terms")
        ):
            # "So $236.93 online by Friday - have I got that right?", and the debtor said yes to
            # every term: a restatement the debtor acknowledged is a confirmed promise.
            turn.trigger = "confirm_terms"
        if turn.listening and self._asked_to_read_back(analysis):
            # "Say it back to me" after "Online payment would be easiest" or "Friday the 13th
            # would work for me": the way or the day they named is theirs, and saying it back
            # with the rest commits them to it
            agreed = debtor.agreed
            method = agreed.method or debtor.named_method
            if agreed.method is None and agreed.amount is not None and agreed.date is not None:
                agreed.method = method
            if (
                agreed.date is None
                and debtor.named_day is not None
                and agreed.amount is not None
                and method is not None
            ):
                agreed.date = debtor.named_day
                agreed.method = method
        if (
            turn.listening
            and turn.trigger in (None, "propose_terms")
            and self._asked_to_read_back(analysis)
            and debtor.agreed.complete()
            and self._try("confirm_terms")
        ):
            # "can you say it back to me?": the debtor says every term back, as acknowledged
            # as a yes to the trainee's own read-back
            turn.trigger = "confirm_terms"
        return analysis

    def _told_why_too(self, analysis: Analysis, turn: _Move) -> None:
        """ "Is this Zachary Johnson? Nguyen Bank here. You're sixteen days late on your loan":
        confirmed who they are, the debtor hears the rest of the line too ("That's me. Wait, I
        missed it?"), not "Yes, that's me. Is everything okay?" as if it was never said. (That
        the debt was told before they confirmed is a compliance finding all the same.)"""
        state = self.scenario.state(self.state)
        told = tuple(a for a in analysis.acts if a in _DISCLOSING_ACTS)
        if not told or state is None or not state.identity_confirmed:
            return
        confirmed = self.lines.for_state(self.state, self.debtor.mood)
        why = dataclasses.replace(analysis, acts=told, custom_acts=(), slots=Slots())
        trigger = self._fire(why)
        if trigger is None:
            return
        # the confirmation's first sentence ("Yes, that's me."), then the new state's line
        turn.trigger = trigger
        turn.said.append(self._say_line(_first_sentence(confirmed)))

    def _settle(
        self, analysis: Analysis, state_before: str, agreed_before: bool, turn: _Move
    ) -> None:
        """After the move: the time spent in the state, the states visited, and whether the
        line confirmed the promise."""
        debtor = self.debtor
        turn.moved = self.state != state_before
        if turn.moved:
            debtor.turns_in_state = 0
            self.visited.append(self.state)
        else:
            debtor.turns_in_state += 1
        self._to_the_cent(analysis)
        # (terms short of the goal, said back and agreed, are confirmed too: the promise
        # records what was said; the goal check, not the confirmation, finds them short)
        if turn.trigger == "confirm_terms" or (
            (
                (
                    analysis.has(Act.CONFIRM_TERMS)
                    and (agreed_before or self._restates_all(analysis))
                )
                or self._asked_to_read_back(analysis)
                # "ok. 100 online by fri 20 march, then ... about 171 a month x3. yes or no",
                # every term put and a yes asked for, all of it said yes to as put
                or (
                    _YES_ASKED.search(analysis.text) is not None
                    and not turn.corrected
                    and self._taken_as_put(analysis)
                )
                # "so 264.38 bank transfer friday 13th. dont forget again": said back whole, as
                # a statement (not "So $304.35 on Friday ... by card?", terms put), and said
                # yes to whole
                or (
                    _SO_SAID_BACK.match(analysis.text) is not None
                    and "?" not in analysis.text
                    and not turn.corrected
                    and self._taken_as_put(analysis)
                )
                # "ok thats gone through, 300 taken. so 116.59 friday the 13th, same card. dont
                # miss it" (play-test 267): the first part settled, the rest said back whole
                or (
                    _SO_SAID_BACK_LATER.search(analysis.text) is not None
                    and "?" not in analysis.text
                    and not turn.corrected
                    and self._restates_the_rest(analysis)
                    and analysis.slots.method in (None, debtor.agreed.method)
                )
            )
            and debtor.agreed.complete()
        ):
            debtor.confirmed = debtor.agreed.complete()

    def _taken_as_put(self, analysis: Analysis) -> bool:
        """Does the line name every term, and are those the terms agreed now?"""
        slots, agreed = analysis.slots, self.debtor.agreed
        return (
            None not in (slots.amount, slots.date, slots.method)
            and slots.amount == agreed.amount
            and slots.date == agreed.date
            and slots.method == agreed.method
        )

    def _entered(self, state: State) -> None:
        """What being in a state means, however the debtor got there: the machine runs this
        each time it enters one (the initial state's applies from the start)."""
        if state.identity_confirmed:
            self.debtor.identity_verified = True
        if state.vague_promise:
            self.debtor.vague_offered = True
        if state.ending is not None:
            ending = state.ending
            if (
                ending == Outcome.VAGUE_PROMISE
                and self.debtor.terms_agreed()
                and self.debtor.confirmed
            ):
                # ("Good, I'll sort it when I'm back. Boarding now. Bye." after "So $686.59,
                # Tuesday the 10th, by online payment. Fine, consider it done.", play-test 267):
                # the promise was made in full before they went
                ending = Outcome.PROMISE_SECURED
            self._finish(ending)
            self.closing = self.outcome is not None and goals.outcome_succeeds(
                self.scenario, self.outcome.value
            )

    def _reply(self, analysis: Analysis, turn: _Move) -> None:
        """The reply after the move: the answer to a question about the debtor, the state's
        line (or, when the line moved nothing, what a person would ask), the reaction first."""
        said = turn.said
        method_before, named_before = self.debtor.agreed.method, self.debtor.named_method
        # ("So which day can you pay the $185 - Friday the 13th, or Tuesday the 17th?" with $185
        # on the 17th agreed, play-test 248: nothing new to agree, the day asked is answered)
        answer, topic = (
            self._answer(analysis, turn.negotiated and turn.answered)
            if turn.listening
            else (None, None)
        )
        if answer and topic == "afford" and every_period(answer) is not None:
            # "Maybe a small amount now, about a third of it, and then a bit every month.": a
            # plan they put themselves is on the table ("So perhaps around $206 to start?" is
            # its first payment, not money asked for with no plan; play-test 199)
            self.debtor.plan_offered = True
        if answer and topic == "what_happened" and turn.moved and turn.trigger != "no_progress":
            # (a drift for want of progress is no story of their own: "what is actually wrong
            # with it?" is answered before they go on about the dealer)
            moved_to = self.scenario.state(self.state)
            if moved_to is None or not (moved_to.vague_promise or moved_to.negotiable):
                answer = None  # the state they moved to is their story: told once, not twice
        if (
            answer
            and topic in ("payment_sent", "evidence")
            and turn.moved
            and analysis.custom_acts
            # ("got a reference number or what? and how much did u send, exactly": the sum,
            # which no reference says, is answered too; play-test 161)
            and not _SUM_SENT_ASKED.search(analysis.text)
        ):
            # "the date of the payment and the reference number?", "did the money leave your
            # account? Do you have a reference number?": the scenario's own step (the reference
            # given) answers it, not the bank it left from or the receipt as well
            answer = None
        if answer and topic is None and _names_a_sum_said(answer, said):
            # "I can do $309 now and the rest later" said: not "$309 is what I can do" too
            answer = None
        if answer and (not turn.moved or (turn.negotiated and topic != "what_happened")):
            # (the terms answered on the way into negotiating, and the question asked beside
            # them: "Friday suits me. Bank transfer would be easiest."; "Okay, $615.51. I've
            # got that. Payday's the end of the month.")
            if topic is not None and _asked_before_the_terms(analysis, topic):
                # "When do you land? If it's today, could you do the full 729.42 tonight?": the
                # question answered first, as it was asked
                said.insert(0, answer)
            else:
                said.append(answer)
        state_line_needed = not said or (
            turn.moved and (not turn.negotiated or self._ended_state())
        )
        if state_line_needed:
            if turn.trigger is None and not said:
                # ("Card number then" with card today agreed, before the read-back: the card
                # read out, not "Okay. Got it."; play-test 257)
                card = (
                    self._card_read_out(analysis) if self.debtor.agreed.date == self.today else None
                )
                if card is not None:
                    said.append(card)
                elif not turn.reaction:  # a reaction is a reply: never followed by "I don't follow"
                    said.append(self._confused(analysis))
            else:
                # (insulted, they hang up: "I don't need to be spoken to like that. Bye." is
                # not given with the date of birth asked in the same breath; play-test 162)
                hung_up = turn.trigger in ("insult", "threat") and self.outcome is Outcome.HUNG_UP
                if answer and answer not in said and not hung_up:
                    said.append(answer)
                state = self.scenario.state(self.state)
                hedged = self._terms_hedged(turn, analysis)
                if hedged is not None:
                    said.append(hedged)
                if self._told_again(turn):
                    # "I literally just told you. Three hundred twenty dollars and eighty-nine
                    # cents." to the flatmate who has just heard it (play-test 252): taken in,
                    # not heard anew ("Oh! Money trouble? I had no idea.")
                    said.append(self._say_line(self.lines.clarify("", "noted")))
                elif not (
                    # (what they can afford, just said, is their answer: "I'll pay when I can"
                    # after "I could do $285.61 now" would take it back, and "What would the
                    # first payment be?" after "I could manage $299" asks what they said)
                    (topic == "afford" and state is not None and not state.negotiable)
                    # ("... Student loan, $930.72 behind. How's the job hunt going?": their work
                    # told, the story of the state they move to would tell it twice; play-test
                    # 142)
                    or (
                        topic == "job"
                        and turn.moved
                        and state is not None
                        and not state.negotiable
                        and not self._ended_state()
                    )
                    or (
                        topic in (None, "afford")
                        and state is not None
                        and state.negotiable
                        and _SUM.search(answer or "") is not None
                    )
                    # the terms said back when asked are their acknowledgement: not "Yes,
                    # that's right." after them
                    or (answer and self._asked_to_read_back(analysis))
                    # ("Your fees happened. I'm not paying for a scam." is not followed by "Fine.
                    # I'll pay it. When I get round to it.": a refusal and a yes at once)
                    or (topic == "what_happened" and answer and _WONT_PAY.search(answer))
                ):
                    line = self._say_line(self.lines.for_state(self.state, self.debtor.mood))
                    # ("... by bank transfer from my current account ... last Tuesday" then "I
                    # sent it from my bank app last Tuesday", play-test 190: the state's line
                    # is not said when it tells again what the answer just told)
                    if (
                        not (answer and len(story_words(line) & story_words(answer)) >= 3)
                        and not (
                            # ("do you, um, know roughly which day?" answered "Friday the 20th would
                            # work for me.": not "let's do it now" after it; play-test 255)
                            topic is None
                            and self._names_a_later_day(answer)
                            and _NOW_OR_TODAY.search(line)
                        )
                        and not (
                            # ("Threats? Over a car loan? You can't say that." then "Send another
                            # letter. I've got a drawer full of them." a second time, play-test 265:
                            # the reaction is the reply, the state's lines used up)
                            turn.reaction and any(line in t.reply for t in self.turns)
                        )
                    ):
                        said.append(line)
                    if topic == "whereabouts" and turn.moved and _SAYS_WHERE.search(line):
                        # "Sorry, I meant Amber. Is she there?": the state they moved to says
                        # she is out ("Amber? She's not in right now."), not "She's just out."
                        # before it as well; "Do you want to leave her a message?" does not
                        # (play-test 170); asked when she is back, the answer says it, not
                        # the state's line ("Angel Moore. when's she back?")
                        if _WHEN_BACK_ASKED.search(analysis.text):
                            said[:] = [s for s in said if s != line]
                        else:
                            said[:] = [s for s in said if s != answer]
                    if turn.accepts and self._names_the_promise(line):
                        # "Right. $1,815.72 by Friday the 13th." says yes to every term: not
                        # after a yes to each
                        said[:] = [s for s in said if s not in turn.accepts]
        agreed, slots = self.debtor.agreed, analysis.slots
        if (
            turn.trigger is not None
            and agreed.date == self.today
            and slots.amount in (None, agreed.amount)
            and slots.date in (None, agreed.date)
        ):
            # ("ok so read me the card number then, lets get it done while youre on the phone"
            # with $250 by card today agreed, play-test 261: read out, not "Let's sort it out.")
            card = self._card_read_out(analysis)
            if card is not None:
                said[:] = [card]
        beside, self._sum_beside = self._sum_beside, None
        if (
            beside is not None
            and answer
            and beside in answer
            and _names_a_sum_said(beside, [s for s in said if s != answer])
        ):
            # ("... $309 now, and the rest when I'm back on full shifts.": the sum asked, named
            # by the state they moved to, is not named again after the answer)
            said[:] = [s.replace(" " + beside, "") if s == answer else s for s in said]
        if self._confused_line is None:
            self.confused = 0
        told = {
            act
            for act in (Act.IDENTIFY_SELF, Act.STATE_PURPOSE)
            if analysis.has(act) or any(t.analysis.has(act) for t in self.turns)
        }
        if told:
            # "Who's calling?" right after "this is Sam from Chandler Finance" is not asked, nor
            # "Is this about the student loan?" a line after the loan was named
            said[:] = [_without_answered(s, told) for s in said]
        if "dispute_right" in analysis.flags or any(
            "dispute_right" in t.analysis.flags for t in self.turns
        ):
            # "it's noted on file. So to confirm: ..." is not answered "... And please make sure
            # the dispute with the dealer is on my file."
            said[:] = [_DISPUTE_NOTED_ASKED.sub("", s).strip() or s for s in said]
        if answer and topic in ("name", "who", "date_of_birth", "address", "account"):
            # "Tyler Adams." is their answer: not "Tyler Adams. Speaking." as well (nor "Sure,
            # July 21, 1970. Speaking.": the security answer says it is them)
            kept = [s if s == answer else _without_saying_who(s) for s in said]
            said[:] = [s for s in kept if s]
        if len(said) > 1 and any(_KNOWS_WHY.search(line) for line in said[1:]):
            # "It's December 16, 1988. What's this about?" before "And I know exactly why you're
            # calling, so save it.": they do not ask what they say they know
            said[:-1] = [_WHY_ASKED.sub("", line).strip() or line for line in said[:-1]]
        elif any(_KNOWS_WHY.search(t.reply) for t in self.turns):
            # nor a line after saying it ("great, saves time. date of birth." - "It's January
            # 29, 1984.", not "... What's this about?"; play-test 122)
            said[:] = [_WHY_ASKED.sub("", line).strip() or line for line in said]
        open_rest = self._open_rest_named(analysis, said)
        if open_rest is not None:
            said.append(open_rest)
        if turn.reaction and not (turn.moved and analysis.has(Act.OFF_TOPIC)):
            # (a debtor who lets small talk end the call says so in the state's own line; "can
            # we stick to the point?" before "Great, bye!" would contradict it)
            said.insert(0, turn.reaction)
        if (
            turn.moved
            and self._ended_state()
            # (the flatmate's "Sure, I'll tell her" is the favour: the message is the goal)
            and self.scenario.goal.is_payment
            and (favour := self._favour_answer(analysis)) is not None
            and favour not in said
        ):
            # "so, um, 453.35 online on Friday the 13th. and after that, could you maybe give
            # us the new bank details ...?" (play-test 276): the promise made, and the favour
            # asked with it said yes to
            said.append(favour)
        if (
            turn.trigger == "verify_identity"
            and turn.moved
            and self.persona.speaker is None
            and _NOW_OK_ASKED.search(analysis.text) is not None
            and (time_ok := self.lines.answer("good_time", aside=True))
        ):
            # "Hi David ... have you got a couple of minutes?" (play-test 275), "is this Derek
            # Mcdonald? sorry, is now a good time?": who they are confirmed, and the time asked
            # answered too, not "Speaking." alone (picked aside: the call's other picks stay)
            said.append(self._say_line(time_ok))
        method = self.debtor.agreed.method
        if method != method_before and method is not None and answer not in said:
            # the way picked in an answer left unsaid ("Alright, $2,164.95. Fine, Tuesday the
            # 17th." to "... by bank transfer or card ..."): not agreed, nor named
            words = METHOD_WORDS.get(method, method).lower()
            if not any(words in line.lower() for line in said):
                self.debtor.agreed.method, self.debtor.named_method = method_before, named_before

    def _end_turn(self, analysis: Analysis, turn: _Move) -> None:
        """A goodbye or the turn limit ends the call (an ending state has ended it already)."""
        if self.closing and (
            self._closes(analysis) or len(self.turns) + 1 >= self.scenario.turn_limit
        ):
            self.closing = False  # the line that reached the goal said goodbye too
            goodbye = self.lines.reaction("goodbye")
            if goodbye and turn.said and not _SAYS_GOODBYE.search(turn.said[-1]):
                # "... Thank you John, and good luck with the dealer. Bye.": the terms said
                # back, and a goodbye to the goodbye (not the call left hanging on "And please
                # make sure the dispute is on my file.")
                turn.said.append(fill(goodbye, self.values))
        if turn.listening and self._closes(analysis) and self.outcome is None:
            # A goodbye ends the call with what it has reached.
            goodbye = self.lines.reaction("goodbye")
            if goodbye and self._abused_so_far(analysis):
                # "k. bye" after "u missed ur payment ... whatever" is not thanked for the call
                # (play-test 135)
                goodbye = _without_thanks(goodbye)
            # no "Uh-huh." before bye
            kept = turn.said if turn.trigger is not None or turn.negotiated else []
            # ("great, so 680.38 on friday the 11th. thanks anne, bye" got "Yes, that's right.
            # Sorry, how do you want me to pay? Alright, cheers. Bye.", played in the UI: a
            # question the debtor asks as the caller hangs up goes unasked)
            kept = [_without_questions(s) for s in kept]
            picked = self._way_taken_at_goodbye(analysis)
            turn.said = [s for s in [*kept, picked] if s] + (
                [fill(goodbye, self.values)] if goodbye else []
            )
            self._finish(self._outcome_so_far(default=Outcome.ENDED_BY_TRAINEE))
        elif self.outcome is None and len(self.turns) + 1 >= self.scenario.turn_limit:
            turn.said.append(
                self._say_line(self.lines.for_state("turn_limit", self.debtor.mood))
                if self.lines.state_lines("turn_limit", self.debtor.mood)
                else ""
            )
            self._finish(self._outcome_so_far(default=Outcome.TURN_LIMIT))

    def _way_taken_at_goodbye(self, analysis: Analysis) -> str | None:
        """ "good. pay it online or by phone, dont make me call again. bye" with the sums and
        days agreed (play-test 276: "Bye." and no way to pay): the way told, or the first of
        those offered, taken before the goodbye; None when no way is named or one is agreed."""
        agreed = self.debtor.agreed
        if (
            agreed.method is not None
            or agreed.amount is None
            or not self.scenario.goal.is_payment
            or not find_methods(normalise(analysis.text))
        ):
            return None
        return self._method_answer(analysis)

    # --- understanding the line in its context ------------------------------------------

    def _reading_context(self) -> AnalysisContext:
        debtor = self.debtor
        agreed = debtor.agreed
        state = self.scenario.state(self.state)
        record = self.record
        return AnalysisContext(
            today=self.today,
            amount_overdue=record.amount_overdue,
            previous_debtor_line=self._last_debtor_line,
            # (four: what they earn, told a few turns back, is still theirs when quoted; play-test
            # 247)
            earlier_debtor_lines=tuple(t.reply for t in self.turns[-5:-1]),
            state=self.state,
            # the debtor waits for terms while negotiating, after offering to pay "soon", and
            # right after the trainee asked for payment ("can you pay today?" - "what about fri?")
            terms_expected=bool(state and (state.negotiable or state.vague_promise))
            or agreed.count() > 0
            or (debtor.identity_verified and self._asked_for_payment()),
            debtor_names=(record.debtor_name, record.first_name, record.last_name),
            lender=record.lender,
            identity_confirmed=debtor.identity_verified,
            next_payday=record.next_payday,
            next_instalment=record.next_instalment_due(self.today),
            agreed=Slots(
                amount=agreed.amount,
                date=agreed.date,
                method=agreed.method,
                rest_date=agreed.rest_date,
                rest_amount=agreed.rest_amount,
            ),
            agreed_complete=agreed.complete(),
            named_day=debtor.named_day,
            custom_acts=self.custom_acts,
        )

    def _asked_for_payment(self) -> bool:
        """The trainee's last line asked for payment or named terms: they are on the table."""
        if not self.turns:
            return False
        last = self.turns[-1].analysis
        # ("... $577.68 in total. Is now a good time to talk about it?": the debt told, nothing
        # asked of it)
        named = not last.slots.is_empty() and not self._only_states_the_debt(last)
        return named or any(last.has(act) for act in _ASKS_FOR_TERMS)

    def _wrong_party(self, analysis: Analysis) -> str | None:
        """The debtor's answer to a wrong name (before they confirmed who they are) or a wrong
        lender, None when the line names neither."""
        for flag in ("wrong_name", "wrong_lender"):  # each raised with a cue of its name
            if flag not in analysis.flags:
                continue
            if flag == "wrong_name" and self.debtor.identity_verified:
                continue  # they already said who they are: a slip of the tongue, not a stranger
            if flag == "wrong_lender" and analysis.cued("lender_put_right"):
                continue  # "from Frank Bank, oh wait sorry, no, Baker Credit Union"
            if flag == "wrong_name" and analysis.cued("name_put_right"):
                continue  # "Is this Amanda Hughes? oh wait sorry, Higgins, Amanda Higgins"
            said = next((c.span.text for c in analysis.cues if c.name == flag), "")
            # "u andrew armstead?" to Andrew Armstrong (play-test 149): their own first name,
            # another surname: the debtor puts the surname right, and so says who they are (not
            # a stranger's "wrong number", nor a yes to the wrong name); "yeah is this kelly
            # johnson" to Kelsey Johnson, "John Davenport?" to James: the first name put right
            # (play-tests 161 and 162)
            put_right = (
                "{last_name}, actually."
                if self._their_first_name_only(said)
                else "It's {first_name}, actually."
                if self._their_surname_only(said)
                else None
            )
            if (
                flag == "wrong_name"
                and put_right is not None
                and self._confirms_who_they_are("verify_identity")
                and self._try("verify_identity")
            ):
                return fill(put_right, self.values)
            line = self.lines.reaction(flag)
            if line:
                self._wrong_name_said = said if flag == "wrong_name" else None
                return fill(line, {**self.values, "name": said})
        return None

    def _confirms_who_they_are(self, trigger: str) -> bool:
        """Does `trigger` take the debtor from this state to one where they have said who they
        are (not to the flatmate's "she's out")?"""
        return any(
            tr.trigger == trigger
            and tr.source == self.state
            and (dest := self.scenario.state(tr.dest)) is not None
            and dest.identity_confirmed
            for tr in self.scenario.transitions
        )

    def _their_first_name_only(self, said: str) -> bool:
        """Is a full name said the debtor's first name with another surname?"""
        words = said.split()
        first, *_rest = self.values["debtor_name"].split()
        return (
            len(words) == 2
            and name_matches(words[0], (first,))
            and words[1].lower() != first.lower()
        )

    def _their_surname_only(self, said: str) -> bool:
        """Is a full name said another first name with the debtor's surname?"""
        words = [w for w in said.split() if w.lower().rstrip(".") not in TITLES]
        first, *_rest, last = self.values["debtor_name"].split()
        return (
            len(words) == 2
            and words[1].lower() == last.lower()
            and not name_matches(words[0], (first,))
        )

    def _still_wrong_party(self, analysis: Analysis) -> str | None:
        """Told the name is not theirs, the caller goes on about "her" or "him" without
        naming anyone: the person on the line says again that nobody of that name is there
        (not "Sure, I'll tell her."). None when the line asks for someone or names no one
        absent."""
        last, self._wrong_name_said = self._wrong_name_said, None
        if (
            not last
            or self.debtor.identity_verified
            or self._ended_state()
            or analysis.cued("verify_name")
            or self._names_the_debtor(analysis.text)
            or analysis.has(Act.CLOSE)
            or not _SOMEONE_ABSENT.search(analysis.text)
        ):
            return None
        self._wrong_name_said = last  # still nobody they know
        return fill(self.lines.choose(_STILL_WRONG_NAME, group="still_wrong_name"), {"name": last})

    def _answer(
        self, analysis: Analysis, negotiated: bool = False
    ) -> tuple[str | None, str | None]:
        """The persona's answer to a question about itself ("When's your next payday?"), and
        the topic it answered (None for an answer about the terms, or no answer). `negotiated`:
        the line's terms were answered this turn."""
        if (
            self.persona.speaker is not None
            and self.state != self.scenario.initial
            and analysis.cued("verify_name")
            and not analysis.cued("topic_whereabouts")
            # ("I'd rather speak with Connie directly. May I ask who I'm talking to?", play-test
            # 234: who they are is what is asked)
            and not analysis.cued("topic_who")
            and (line := self.lines.answer("whereabouts")) is not None
        ):
            # "Michelle Reed. Is Michelle Reed there. yes or no", asked again of the flatmate
            # who answered: where she is
            return self._say_line(line), "whereabouts"
        # "card or bank transfer, whichever is easier" leaves a choice as a question does
        # ("I need your date of birth, please." asks as surely as a question does)
        if (
            "question" not in analysis.flags
            # ("196 on fri the 13th, how u paying it, and dont say cash": the way asked, with
            # no "?"; play-test 153)
            and not (self.debtor.agreed.method is None and _HOW_PAY_OPENS.search(analysis.text))
            # ("fine. 264 today by card and the other 176.22 when exactly": the rest's day
            # asked, with no "?", beside the first part's terms; played in the UI, session 48)
            and not (self.debtor.rest_due() is not None and _REST_DAY_ASKED.search(analysis.text))
        ) and not any(
            cue.name in _ASKING_CUES
            # "HOW MUCH per week from the cafe, and what day is payday": asked, without a "?"
            or (
                cue.name.startswith("topic_")
                # (the request may open the topic's own words: "give me the reference")
                and _WH_BEFORE.search(
                    analysis.text, max(0, cue.span.start - 40), cue.span.start + 8
                )
            )
            for cue in analysis.cues
        ):
            # ("I mean set up the direct debit with your new bank, so the April payment comes
            # out normally.", play-test 176: what a trainer wrote an answer for is answered,
            # asked or not, as after the goal)
            found = self._act_answers(analysis)
            return (self._say_line(found[0][1]), found[0][0]) if found else (None, None)
        if self._asked_to_read_back(analysis) and not self._act_answers(analysis):
            if self.debtor.agreed.count() == 0 and not self.scenario.goal.is_payment:
                # "could you read it back to me slowly?" after the payment's reference, on a
                # call that wants no promise: what they just said, again, not "We haven't
                # agreed anything yet." (a trainer's act, the flatmate's number, answers first)
                return _read_again(self._last_debtor_line), None
            return self._read_back(), None
        # "could you do $150 on your next payday?" asks for terms, not about the debtor's pay;
        # "$644.12 is overdue. What happened?" states the debt and still asks about them
        proposes = (
            not analysis.slots.is_empty()
            and (analysis.has(Act.PROPOSE_TERMS) or analysis.has(Act.SET_DEADLINE))
            and not self._afford_asked_with_a_day(analysis)
        )
        if proposes and not _asked_apart(analysis):
            # a trainer's question act is asked whatever terms stand beside it ("Next payment
            # $413.54 due March 28 - how will that be paid?"); a question about them is not
            found = self._act_answers(analysis)
            if found:
                said = " ".join(self._say_line(line) for _n, line in found[:2])
                if (sum_named := self._sum_asked_beside(analysis, negotiated)) is not None:
                    said += " " + sum_named
                return said, found[0][0]
            return self._terms_answer(analysis, negotiated), None
        asked = {cue.name.removeprefix("topic_") for cue in analysis.cues}
        security = [
            topic
            for topic in _SECURITY_TOPICS
            if topic in asked and not self._security_acknowledged(analysis, topic)
        ]
        if len(security) > 1:
            # "the first line of your address or your date of birth?": one of them, the
            # first asked (not both run together: "It's January 8, 1989. Sure, it's ...")
            at = {
                cue.name.removeprefix("topic_"): cue.span.start
                for cue in reversed(analysis.cues)
                if cue.name.removeprefix("topic_") in security
            }
            first, second = sorted(security, key=lambda t: at[t])[:2]
            if re.search(r"\bor\b", analysis.text[at[first] : at[second]], re.IGNORECASE):
                security = [first]
        acknowledged = {
            topic for topic in _SECURITY_TOPICS if topic in asked and topic not in security
        }
        if security:  # the security questions first: "not about a job lol ... whats ur DOB"
            answers = [
                # (in their own words, the code for the address)
                line.replace("{address}", "{postcode}")
                if topic == "address" and _postcode_only(analysis.text)
                else self.lines.clarify("", "that_is_right")
                # "Just to confirm, this is Brian Kennedy, date of birth 26 April 1984?" (play-
                # test 186): their own birthday, read out, is said to be right, not said again
                if topic == "date_of_birth" and self._birthday_read_out(analysis.text)
                else line
                for topic in security
                if (line := self.lines.answer(topic))
            ]
            if answers:
                spoken = [self._say_line(line) for line in answers]
                return " ".join(_answers_run_on(spoken)), security[0]
        own_name = re.compile(
            r"\b(?:" + "|".join(map(re.escape, self.values["debtor_name"].split())) + r")\b",
            re.IGNORECASE,
        )
        if (
            self._verified_before
            and "wrong_name" not in analysis.flags
            and not analysis.custom_acts
            # (their name, said: not "is it closed now?" of the old bank account)
            and any(
                c.name == "verify_name"
                and own_name.search(c.span.text) is not None
                # ("Hey Hunter, thanks. Quick heads up, ...": greeted by name, not asked;
                # play-test 170)
                and _ASKED_AFTER.match(analysis.text, c.span.end) is not None
                for c in analysis.cues
            )
        ):
            # "The date of birth matches our records. For the avoidance of doubt, can you
            # confirm that you are Michael Myers, the holder of car loan account CA-58215707?":
            # who they are, asked again with the loan named, is answered before the loan is
            return self._say_line(self.lines.clarify("", "it_is_me")), "name"
        # two questions about them in one line ("what's wrong with the car, and have you
        # got anything in writing?") get two answers, the first asked first
        state = self.scenario.state(self.state)
        topics = list(
            dict.fromkeys(
                cue.name.removeprefix("topic_")
                for cue in analysis.cues
                if cue.name.startswith("topic_")
                # while terms are pinned down, "how much can you pay?" wants a figure (the
                # terms answer), not the story of what they can afford
                # ("where will the money come from?" wants the story, haggle or not)
                and not (
                    cue.name == "topic_afford"
                    and state is not None
                    and state.negotiable
                    and not asks_where_money_comes_from(analysis.text)
                    # ("Do you know roughly what you earn a week from the shifts?", play-test
                    # 246: what they earn, asked while haggling, is still asked)
                    and not self._income_asked(analysis)
                )
                # asked in a question, not said in passing ("Let's not wait for the new job
                # though, we can set up something small now. What could you manage?")
                # (the debtor's number, named to a third party, is asked for however it is
                # put: "What I need is her number. ... Are you giving it to me or not?")
                and (cue.name == "topic_number" or _asked_in(analysis.text, cue.span.start))
                # ("half of it down now, so about $240, on Friday when you get paid?": the
                # payday is the day put, not asked about)
                and not (cue.name == "topic_payday" and _said_as_the_day(analysis, cue.span))
                # ("The date of birth is match our record": taken, not asked again)
                and cue.name.removeprefix("topic_") not in acknowledged
            )
        )
        if "afford" in topics and self._income_asked(analysis):
            # "how much do the cafe shifts bring in each week, after rent?", "how much do u get
            # from the cafe shifts?" ask what they earn, answered once from their work: not
            # what they could pay (play-tests 119 and 122)
            where = topics.index("afford")
            topics[where : where + 1] = [] if "job" in topics else ["job"]
        # a question a trainer wrote as an act, with its answers ("What's the dealer
        # called?"), is answered first: it asks what no built-in topic knows
        found = self._act_answers(analysis)
        found += [(t, line) for t in topics if (line := self.lines.answer(t))]
        if len(found) > 2 and found[0][0] == "what_happened":
            # "What is stopping you paying now? Are you working, and when is your next
            # salary?": their story is told by the state they move to; the two questions about
            # them are the ones answered
            found = found[1:]
        found = found[:2]
        if (
            len(found) == 2
            and found[1][0] == "what_happened"
            and len(story_words(found[0][1]) & story_words(found[1][1])) >= 3
        ):
            # "Did you switch recently?": "Yes, just last month ... The direct debit must have
            # stayed behind." and not the change-of-bank story told again (play-test 195)
            found = found[:1]
        if (
            len(found) == 2
            and found[0][0] in self.lines.acts
            and found[1][0] not in self.lines.acts
            and len(story_words(found[0][1]) & story_words(found[1][1])) >= 2
        ):
            # "And was it the full 339.34 you sent, from your usual account?": the way it was
            # sent, told in full, says the account too; not "my current account at Northgate
            # Savings" before it
            found = found[1:]
        if found:
            # (what they can afford, said, is their answer: no state line after it)
            topic = "afford" if any(t == "afford" for t, _ in found) else found[0][0]
            said = " ".join(self._say_line(line) for _t, line in found)
            names = {cue.name for cue in analysis.cues}
            if (
                state is not None
                and state.negotiable
                and self.debtor.agreed.method is None
                and self._method_asked(analysis, names)
            ):
                # "How you prefer to pay - transfer, card, or in the app? And you receive our
                # letter?": both asked, both answered
                said += " " + self._method_answer(analysis)
            elif (sum_named := self._sum_asked_beside(analysis, negotiated)) is not None:
                said += " " + sum_named
            elif (day_named := self._day_asked_beside(analysis, topic)) is not None:
                said += " " + day_named
            return said, topic
        terms = self._terms_answer(analysis, negotiated)
        if terms is None and (contact := self._simple_answer(analysis)) is not None:
            # "Is 196 Bautista Place still the best address to send letters to?": yes, before
            # whatever else they say
            return contact, "contact"
        return terms, None

    def _income_asked(self, analysis: Analysis) -> bool:
        """Does the line ask what a debtor with work earns ("how much do u get from the cafe
        shifts?"; "Give me a number. Fifty? Twenty? What do you actually take home a week from
        the cafe?", play-test 245: asked second), not what they could pay?"""
        return "job" in self.persona.facts and any(
            c.name == "topic_afford" and _EARNINGS_ASKED.search(c.span.text) for c in analysis.cues
        )

    def _day_asked_beside(self, analysis: Analysis, topic: str) -> str | None:
        """ "um when would be ok for that? I saw maybe you get paid on friday the 13th?" (play-
        test 192), the sum agreed: their payday told, and the day for the sum named as that
        payday, while terms are pinned down and no day agreed."""
        state = self.scenario.state(self.state)
        payday = self.record.next_payday
        if (
            topic != "payday"
            or state is None
            or not state.negotiable
            or self.debtor.agreed.date is not None
            or self.debtor.agreed.amount is None
            or payday is None
            # ("When would the first $40 be possible, and when do you usually get paid?",
            # play-test 219)
            or (_WHEN_OK.search(analysis.text) is None and not analysis.cued("ask_for_date"))
        ):
            return None
        self.debtor.named_day = payday
        line = self.lines.negotiation("name_date")
        return _sentence(fill(line, {**self.values, "counter_date": self.debtor.day(payday)}))

    def _sum_asked_beside(self, analysis: Analysis, negotiated: bool) -> str | None:
        """The sum the debtor names when the line asks one beside a question about them ("so
        you fixed the car but couldnt pay for the car. how much can you pay TODAY", play-test
        177: the car answered, and the sum too), while terms are pinned down and none agreed."""
        state = self.scenario.state(self.state)
        if (
            state is None
            or not state.negotiable
            or analysis.slots.amount is not None
            or self.debtor.agreed.amount is not None
            # ("I could maybe note the dispute? Would you be able to pay some of it meanwhile?":
            # the offer answered, and the part asked for)
            or not (
                analysis.cued("topic_afford")
                or _HOW_MUCH.search(analysis.text)
                or _SOME_ASKED.search(analysis.text.lower())
            )
            or self._income_asked(analysis)
        ):
            return None
        self._sum_beside = self._terms_answer(analysis, negotiated)
        return self._sum_beside

    def _act_answers(self, analysis: Analysis) -> list[tuple[str, str]]:
        """(act, answer) for each of the trainer's question acts the line does."""
        return [
            (name, line) for name in analysis.custom_acts if (line := self.lines.act_answer(name))
        ]

    def _rest_named(self, left: Decimal, every: str | None) -> dict[str, str]:
        """The sum the debtor names for the rest, a period when one is said: the rest's sum
        agreed, else the least of what is left, what they offer and the loan's instalment."""
        debtor = self.debtor
        rest = debtor.agreed.rest_amount or min(left, debtor.offer(), self._instalment(every))
        if debtor.agreed.rest_amount is None:
            debtor.named_rest = (rest, every)
        return {"rest_amount": debtor.money(rest) + (f" a {every}" if every else "")}

    def _open_rest_named(self, analysis: Analysis, said: list[str]) -> str | None:
        """The first part agreed, the rest put so much a period with no sum ("310 online on
        friday the 20th, and the rest monthly after that, is that ok?"): the debtor asks how
        much, as a person would; asked for the rest's sum ("... how much could you do a
        month?"), they name it. Either agrees nothing: the trainee names the instalment."""
        debtor, text = self.debtor, analysis.text
        left = debtor.rest_due()
        if (
            not self.scenario.goal.is_payment
            or self.outcome not in (None, Outcome.PROMISE_SECURED)
            or left is None
            or debtor.agreed.date is None
            or self._closes(analysis)
        ):
            return None
        every = every_period(text) or _asked_period(analysis)
        if _asks_for_the_rest(text.lower(), analysis.slots, {c.name for c in analysis.cues}):
            key, values = "name_rest", self._rest_named(left, every)
            if any(values["rest_amount"] in line for line in said):
                return None  # (named in the answer to the question)
        elif self._leaves_the_rests_sum_open(analysis) and every is not None:
            key, values = "ask_rest", {"every": every}
        else:
            return None
        return _sentence(fill(self.lines.negotiation(key), {**self.values, **values}))

    def _leaves_the_rests_sum_open(self, analysis: Analysis) -> bool:
        """ "and then the other 575.78 monthly after that, we can work out the monthly bit by
        letter? is that right?": the rest put so much a period, the sum a period not said, is
        the debtor's to name (as if asked what they could manage)."""
        debtor, text = self.debtor, analysis.text
        return (
            debtor.agreed.rest_amount is None
            and analysis.slots.rest_amount is None
            and _REST_OR_ITS_SUM.search(text.lower()) is not None
            and every_period(text) is not None
            and debtor.instalment_after_a_first_part(text) is None
        )

    def _instalment(self, every: str | None) -> Decimal:
        """The most the debtor offers to pay each period (DebtorState.most_a_period); all that
        is owed when no period is asked."""
        if every is None:
            return self.debtor.amount_overdue
        return self.debtor.most_a_period(every)

    def _terms_answer(self, analysis: Analysis, negotiated: bool = False) -> str | None:
        """While terms are pinned down, a question for a term the line does not name is
        answered with the debtor's own: "How much can you pay?" - "I could manage $254."; "Which
        day?" - "I could do it by Friday the 20th."; "Card or transfer?" - "Card would be
        easiest." Saying it agrees nothing (but a way picked from the trainee's own choice of
        ways): the trainee names the terms. A term the debtor
        agreed in this turn's answer is not named again ("Certainly, today is fine. I could do
        it by Tuesday the 10th." to "which day exactly?" after "pay it today")."""
        state = self.scenario.state(self.state)
        if state is None or not state.negotiable:
            return None
        debtor, slots, text = self.debtor, analysis.slots, analysis.text.lower()
        names = {cue.name for cue in analysis.cues}
        sooner = _SOONER.search(text) is not None and debtor.agreed.date is not None
        key, values = None, {}
        if _asks_for_the_rest(text, slots, names) and (left := self._left_after_a_first_part()):
            # "and for the rest, what could you manage each month?": a first part is agreed
            # (perhaps in this line); the sum asked is the rest's, named as an instalment when
            # one is asked for
            if negotiated and debtor.agreed.rest_amount is not None:
                return self._method_still_asked(analysis, names)
            every = debtor.agreed.rest_every or every_period(text) or _asked_period(analysis)
            key, values = "name_rest", self._rest_named(left, every)
        elif slots.amount is None and (
            # ("where will the funds come from?": where, answered from who they are, not a sum)
            ("topic_afford" in names and not asks_where_money_comes_from(analysis.text))
            or _HOW_MUCH.search(text)
            or _SOME_ASKED.search(text)
        ):
            if negotiated and debtor.agreed.amount is not None:
                return None
            amount = debtor.agreed.amount or debtor.offer()
            every = every_period(text)
            # (not "a small first payment ..., then a set amount each month? What could you
            # manage to start?", nor "How much now, and how much a month?": the lump first)
            monthly = (
                debtor.agreed.amount is None
                and every is not None
                and _FIRST_OR_NOW_ASKED.search(text) is None
            )
            if monthly:
                # "A payment plan. Every month. How much can you pay each month?" to the
                # graduate hard up (play-test 251): a sum a period, not their first lump
                amount = min(amount, self._instalment(every))
            if debtor.agreed.amount is None:
                debtor.named_amount = amount
            # ("Would you be able to pay some of it meanwhile?" to a debtor who can pay it all,
            # play-test 209: all of it, said as more than was asked, not as a limit)
            # (a trainer's own name_amount, with no name_whole written beside it, stays theirs)
            authored = self.lines.persona.negotiation
            whole = (
                amount == debtor.amount_overdue
                and debtor.agreed.amount is None
                and (authored.name_whole is not None or authored.name_amount is None)
            )
            key = "name_whole" if whole and not monthly else "name_amount"
            values = {"counter_amount": debtor.money(amount) + (f" a {every}" if monthly else "")}
        elif slots.amount is None and "amount_choice" in names:
            # "is it 50 or 100 from April?": asked which sum, a person names the one they
            # agreed, or else the smaller (play-test 143)
            sums = _sums_offered(analysis)
            agreed = debtor.agreed
            if agreed.rest_amount in sums and agreed.rest_every:
                key, values = (
                    "name_rest",
                    {"rest_amount": f"{debtor.money(agreed.rest_amount)} a {agreed.rest_every}"},
                )
            else:
                amount = agreed.amount if agreed.amount in sums else min(sums)
                if agreed.amount is None:
                    debtor.named_amount = amount
                key, values = "name_amount", {"counter_amount": debtor.money(amount)}
        elif slots.date is None and "date_choice" in names:
            # "Friday or Monday?": offered a choice, a person takes the later day, or the one
            # they agreed already ("today or monday 16th? pick 1" after "today works")
            days = _days_offered(analysis, debtor.today)
            if debtor.agreed.date in days:
                if negotiated:
                    return None  # their answer to the line's terms named it
                date = debtor.agreed.date
            else:
                date = max(days, default=debtor.named_date())
                if debtor.agreed.date is None:
                    debtor.named_day = date
                elif days:
                    # "would this Friday or maybe Monday the 16th be at all possible?" after
                    # the 24th was agreed (play-test 186): the day taken from the trainee's own
                    # choice is the new day, not put back to the 24th when said back
                    debtor.agreed.date = date
                    debtor.confirmed = False
            key, values = "name_date", {"counter_date": debtor.day(date)}
        elif (start := self._instalments_start_answer(analysis)) is not None:
            return start
        elif (
            (left := debtor.rest_due()) is not None
            and debtor.agreed.date is not None
            and slots.rest_date is None
            and (rest_asked := _REST_DAY_ASKED.search(text)) is not None
            # ("and the other 156.13 when exactly, next payday is when, give me a date not a
            # vibe": asked without a "?", play-test 147)
            and ("question" in analysis.flags or _asked_in(analysis.text, rest_asked.start()))
        ):
            # "so 269 when exactly and the rest when?", "what DAY for the 269 and what day for
            # the other 179.21": the rest's day named with its sum (and the first part's day,
            # when that is asked too)
            if negotiated and debtor.agreed.rest_date is not None:
                return self._method_still_asked(analysis, names)
            date = debtor.agreed.rest_date or debtor.rest_day(asked=analysis.text)
            debtor.named_rest_date = date
            first = debtor.agreed.date if self._first_days_asked(text) else None
            return self._days_named(first, debtor.agreed.rest_amount or left, date, analysis, names)
        elif (
            slots.date is None
            and slots.rest
            and debtor.rest_due() is not None
            # ("and for the rest ... $100 a month after that?": instalments, no day asked)
            and not (slots.amount is not None and every_period(text) is not None)
        ):
            # "and the rest, when?": the first part's day is agreed; the rest's is asked
            if negotiated and debtor.agreed.rest_date is not None:
                return self._method_still_asked(analysis, names)
            if debtor.agreed.date is None and (
                "ask_for_date" in names or _WHEN_PAID.search(text) is not None
            ):
                return self._both_days_named(analysis, names)
            date = debtor.agreed.rest_date or debtor.rest_day(asked=analysis.text)
            debtor.named_rest_date = date
            key, values = "name_date", {"counter_date": debtor.day(date)}
        elif slots.date is None and (
            "ask_for_date" in names
            # "when can you make the first 50, and would that be by card or bank transfer?"
            or (debtor.agreed.date is None and _WHEN_PAID.search(text) is not None)
            or _WHEN_ALONE.fullmatch(text) is not None
            # "would it be possible a bit sooner maybe? like sometime this week?": a day in it
            # (and with a later day agreed: "I'm supposed to ask if it could be a bit sooner,
            # like this week? ... if not the 31st is fine", play-test 203)
            or (
                "question" in analysis.flags
                and "deadline_period" in names
                and (sooner or (debtor.agreed.date is None and analysis.has(Act.ASK_PAYMENT)))
            )
        ):
            if negotiated and debtor.agreed.date is not None and not sooner:
                # ("How would you like to pay it - bank transfer, card, or online? And what
                # day?": the day agreed in their answer, the way still asked)
                return self._method_still_asked(analysis, names)
            date = (
                self._day_within_the_week_asked(analysis)
                if sooner
                else debtor.agreed.date or self._day_within_the_week_asked(analysis)
            )
            if debtor.agreed.date is None:
                debtor.named_day = date
            key, values = "name_date", {"counter_date": debtor.day(date)}
        elif self._method_asked(analysis, names):
            if negotiated and debtor.agreed.method is not None:
                return None
            return self._method_answer(analysis)
        if key is None:
            return None
        said = _sentence(fill(self.lines.negotiation(key), {**self.values, **values}))
        if (
            key in ("name_amount", "name_whole")
            and slots.date is None
            and debtor.agreed.date is None
            and ("ask_for_date" in names or _WHEN_PAID.search(text) is not None)
        ):
            # "when could you do the 50, and how? and what could you manage each month?": the
            # day asked beside the sum is answered too
            date = self._day_within_the_week_asked(analysis)
            debtor.named_day = date
            day = {"counter_date": debtor.day(date)}
            said += " " + _sentence(
                fill(self.lines.negotiation("name_date"), {**self.values, **day})
            )
        if key in ("name_date", "name_amount", "name_whole", "name_rest") and self._method_asked(
            analysis, names
        ):
            # "which day this week, and would you pay it by card or a transfer?": both asked,
            # both answered ("How will you pay the $1,000, card or bank transfer? And for the
            # remaining $2,513.24, what could you do each month?", play-test 250)
            said += " " + self._method_answer(analysis)
        return said

    def _names_a_later_day(self, answer: str | None) -> bool:
        """Does the answer name the day, after today, the debtor has named to pay on?"""
        day = self.debtor.named_day
        return (
            answer is not None
            and day is not None
            and day > self.today
            and self.debtor.day(day) in answer
        )

    def _day_within_the_week_asked(self, analysis: Analysis) -> dt.date:
        """The day the debtor names, inside this week when the line asks for it this week
        ("you pay half now at least, 200, this week ... when": not next Monday)."""
        day = self.debtor.named_date()
        payday = self.record.next_payday
        if payday is not None and payday > self.today and analysis.cued("topic_payday"):
            # "When's payday, exact date, and how much?" (play-test 249): the payday they tell
            # in the same breath is the day they name, not one before it
            day = payday
        ruled_out = {
            d.date
            for c in analysis.cues
            if c.name in ("negated_date", "rejected_date")
            for d in find_dates(normalise(c.span.text), self.today)
        }
        if day in ruled_out:
            # "What day? And don't say Friday just because everyone says Friday." (play-test
            # 202): not the day just ruled out, the working day before it (or after, when that
            # has gone)
            earlier = day - dt.timedelta(days=1)
            day = (
                earlier
                if earlier > self.today
                else day + dt.timedelta(days=3 if day.weekday() == 4 else 1)
            )
        periods = [c.span.text.lower() for c in analysis.cues if c.name == "deadline_period"]
        if not periods and self.turns:
            # "Can you do the 652.74 within the next 7 days?" - "yeah, I can find that." -
            # "Which day exactly?": the day asked is inside the span just put
            before = self.turns[-1].analysis.cues
            periods = [c.span.text.lower() for c in before if c.name == "deadline_period"]
        if any(text.endswith(("this week", "this wk")) for text in periods):
            friday = self.today + dt.timedelta(days=calendar.FRIDAY - self.today.weekday())
            return min(day, friday) if friday >= self.today else day
        # "could you pay the 1079.58 within the next seven days?": a day inside them, not the
        # 20th (play-test 121); the span's last day as the reader resolves it
        ends = [
            d.date
            for text in periods
            for d in find_dates(normalise(text), self.today)
            if d.kind == "within_count" and d.date - self.today <= dt.timedelta(days=31)
        ]
        return min([day, *ends])

    def _both_days_named(self, analysis: Analysis, names: set[str]) -> str:
        """ "Fine, which day this week, and by what method? And the other half, when?" with the
        first part's sum agreed and no day (play-test 209): the first part's day, inside the
        week when that is asked, then the rest's a week after it at the soonest."""
        debtor = self.debtor
        first = self._day_within_the_week_asked(analysis)
        debtor.named_day = first
        rest_day = debtor.agreed.rest_date or debtor.rest_day(first)
        debtor.named_rest_date = rest_day
        rest = debtor.agreed.rest_amount or debtor.rest_due()
        return self._days_named(first, rest, rest_day, analysis, names)

    def _days_named(
        self,
        first: dt.date | None,
        rest: Decimal | None,
        rest_day: dt.date,
        analysis: Analysis,
        names: set[str],
    ) -> str:
        """The days the debtor names, asked for both parts: the first part's (when `first`),
        then the rest's with its sum (when any is left), then the way to pay when that is asked
        too ("then the other 236.73 when? and how u paying")."""
        debtor = self.debtor
        said = []
        # (the rest's line is picked before the first part's, as it long was: one seed, one call)
        if rest is not None:
            values = {"rest_amount": debtor.money(rest), "rest_date": debtor.day(rest_day)}
            said.append(
                _sentence(fill(self.lines.negotiation("name_rest_date"), {**self.values, **values}))
            )
        if first is not None:
            day = {"counter_date": debtor.day(first)}
            line = self.lines.negotiation("name_date")
            said.insert(0, _sentence(fill(line, {**self.values, **day})))
        if debtor.agreed.method is None and self._method_asked(analysis, names):
            said.append(self._method_answer(analysis))
        return " ".join(said)

    def _first_days_asked(self, text: str) -> bool:
        """Does the line ask the day of the first part agreed, named by its sum ("so 269 when
        exactly", "what DAY for the 269")?"""
        agreed = self.debtor.agreed
        if agreed.amount is None:
            return False
        figure = re.escape(f"{agreed.amount.normalize():f}")
        norm = normalise(text)
        sum_said = re.search(rf"(?<![\d.]){figure}(?![\d.])", norm)
        if sum_said is not None and any(
            _DAY_RIGHT_AFTER.fullmatch(norm, sum_said.end(), d.start)
            for d in find_dates(norm, self.today)
        ):
            # "285 today and when exactly is the rest?" (play-test 276): the first part's day put
            # with its sum, not asked
            return False
        return (
            re.search(
                rf"(?:{_WHEN}[^.?!\d]{{0,12}}{figure}(?![\d.])|(?<![\d.]){figure}[^.?!\d]{{0,12}}{_WHEN})",
                text,
            )
            is not None
        )

    def _method_still_asked(self, analysis: Analysis, names: set[str]) -> str | None:
        """ "and then maybe 100 a month after that? how would you like to pay, card or
        transfer?": the rest's terms agreed in the turn's answer, the way asked is answered."""
        if self.debtor.agreed.method is None and self._method_asked(analysis, names):
            return self._method_answer(analysis)
        return None

    @staticmethod
    def _method_asked(analysis: Analysis, names: set[str]) -> bool:
        return analysis.slots.method is None and (
            "method_choice" in names or _HOW_PAY.search(analysis.text.lower()) is not None
        )

    def _method_answer(self, analysis: Analysis) -> str:
        """The way to pay the debtor names when asked: the one agreed, else the first way of
        the choice offered ("I didn't say direct debit ... card or a bank transfer?" offers
        card), else the first named; none named, they ask which ways there are."""
        debtor = self.debtor
        choice = next((c.span.start for c in analysis.cues if c.name == "method_choice"), 0)
        norm = normalise(analysis.text)
        # ("No, not direct debit, the DD isnt set up yet ... by card or bank transfer": the way
        # turned down is none of those offered, however often it is named)
        refused = {
            way[0]
            for cue in analysis.cues
            if cue.name == "method_refused"
            for way in find_methods(normalise(cue.span.text))
        }
        named = [m for m in find_methods(norm) if m[0] not in refused]
        choice_cue = next((c for c in analysis.cues if c.name == "method_choice"), None)
        if not named and choice_cue is not None and choice_cue.span.text.lower() in BARE_WAYS:
            # "how wud u pay, app or card?": the first of the ways asked between, said bare
            span = choice_cue.span
            named = [(BARE_WAYS[span.text.lower()], span.start, span.end)]
        offered = next((m for m in named if m[1] >= choice), named[0] if named else None)
        if debtor.agreed.method in refused:
            # "No. No cheques, not with your track record. Card or bank transfer, pick one." with
            # a cheque agreed (play-test 281): the way turned down goes, one offered is picked
            debtor.agreed.method = None
        method = debtor.agreed.method or (offered[0] if offered else None)
        asked = self._ways_asked_between(norm, named)
        if len({m[0] for m in asked}) > 1 and method not in {m[0] for m in asked}:
            # "the direct debit's the bit that's broken ... would you do it by card or a
            # transfer?": the way agreed is set aside; one of those asked between is taken
            method = asked[0][0]
            debtor.agreed.method = None
        if method is None:
            return _sentence(fill(self.lines.negotiation("ask_methods"), self.values))
        debtor.named_method = method
        if debtor.agreed.method is None and offered is not None:
            # "card or bank transfer?" - "Card would be easiest.": a way the trainee offered,
            # picked, is agreed (not confirmed) as any way the trainee names is; a way the
            # debtor names unasked waits for the trainee to take it up
            debtor.agreed.method = method
            debtor.confirmed = False
        values = {"method": METHOD_WORDS.get(method, method)}
        return _sentence(fill(self.lines.negotiation("name_method"), {**self.values, **values}))

    @staticmethod
    def _ways_asked_between(
        norm: str, named: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """The ways to pay in the last sentence that names one, when it asks ("... would you do
        it by card or a transfer?"); none when it does not."""
        if not named:
            return []
        begin, end = sentence_around(norm, named[-1][1])
        if "?" not in norm[begin:end] and not _WHICH_NEXT.match(norm, end):
            return []
        in_sentence = [m for m in named if begin <= m[1] < end]
        # ("As the direct debit isn't set up on your new account yet, it might be simpler to pay
        # this one by debit card or bank transfer - which would you prefer?": the ways joined by
        # "or" are those asked between, not the one the sentence set aside; play-test 130)
        run = in_sentence[-1:]
        for way in reversed(in_sentence[:-1]):
            if not ways_side_by_side(norm, way, run[0]):
                break
            run.insert(0, way)
        set_aside = [
            way
            for way in in_sentence
            if way not in run and _SET_ASIDE_WAY.search(norm, way[2], run[0][1])
        ]
        # ("transfer from bank, debit card, or in the app?" asks between all three)
        return (
            run if len(run) > 1 and len(set_aside) + len(run) == len(in_sentence) else in_sentence
        )

    def _read_back(self) -> str:
        """The terms agreed, said back by the debtor when asked to ("can you say it back to
        me?"): all of them in the persona's words, or those agreed so far and what is still
        open."""
        agreed = self.debtor.agreed
        if agreed.count() == 0:
            return self._say_line(self.lines.clarify("", "nothing_agreed"))
        values = self._agreed_values()
        if agreed.complete():
            return _sentence(fill(self.lines.negotiation("all_agreed"), {**self.values, **values}))
        said = [values["amount"]] if values["amount"] else []
        said += [f"by {values['date']}"] if values["date"] else []
        said += [f"by {values['method']}"] if values["method"] else []
        missing = next(k for k in ("amount", "date", "method") if getattr(agreed, k) is None)
        named = self.debtor.named_method
        if missing == "method" and named is not None:
            # the way they said they would rather pay, not yet agreed: said as theirs
            still = f"I'd pay by {METHOD_WORDS.get(named, named)}."
        else:
            still = self._say_line(self.lines.clarify("", missing))
        return f"So, {' '.join(said)}. {still}"

    def _left_after_a_first_part(self) -> Decimal | None:
        """What is left after the first part: the agreed one's, or, none agreed yet, the one the
        debtor offered ("I can manage $334 to start" - "that's a start. And for the rest?")."""
        debtor = self.debtor
        left = debtor.rest_due()
        if left is None and debtor.agreed.amount is None and debtor.offer() < debtor.amount_overdue:
            left = debtor.amount_overdue - debtor.offer()
        return left

    def _confused(self, analysis: Analysis) -> str:
        """What the debtor says when the line moves nothing: what a person would ask in this
        state, never the same twice running; repeated confusion costs patience."""
        self.confused += 1
        if self.confused >= 2:
            self.debtor.patience = max(0.0, self.debtor.patience - 6)
        state = self.scenario.state(self.state)
        agreed = self.debtor.agreed
        missing: str | None = None
        understood = not set(analysis.acts) <= {Act.OTHER, Act.OFF_TOPIC}
        if not self.debtor.identity_verified and self.state == self.scenario.initial:
            missing = "unknown_caller"
        elif (
            understood
            and analysis.slots.is_empty()
            and not analysis.has(Act.ASK_PAYMENT)
            and not (state is not None and state.negotiable)
        ):
            # Understood, but nothing the debtor must answer: a listener's "okay?", or, before
            # the caller has said why they call, "what's this about?"
            self.confused = 0
            purpose = self.debtor.amount_stated or any(
                t.analysis.has(Act.STATE_PURPOSE) for t in self.turns
            )
            if self.debtor.identity_verified and (
                analysis.cued("verify_name")
                # ("oh sorry, I said Lawson, I meant Larson, Michelle Larson, sorry about that,
                # is that right?", play-test 202: their name, put right and asked)
                or (analysis.has(Act.VERIFY_IDENTITY) and self._own_name_said(analysis.text))
            ):
                # "i was looking for Charles Miranda? is that not you?" after they said so
                return self._say_line(self.lines.clarify("", "it_is_me"))
            said_back = self._said_back_answer(analysis)
            if said_back is not None:
                return said_back
            if _agreement_asked(analysis):
                return self._say_line(self.lines.clarify("", "agreed"))
            if "question" in analysis.flags and self.debtor.identity_verified:
                # "is this the best number?", "Would you also like the number of our disputes
                # team?", "can you email us the receipt?": what anyone knows, a help offered, a
                # favour asked; not "No idea, sorry."
                everyday = self._everyday_answer(analysis, favour=True)
                if everyday is not None:
                    return everyday
            if "question" in analysis.flags and (purpose or not self.debtor.identity_verified):
                # a question about them the persona has no answer to: not "Okay...?"
                return self._unknown_answer(analysis)
            if purpose or analysis.has(Act.STATE_PURPOSE):
                return self._say_line(self.lines.clarify("", "go_on"))
            # "what's this about?" in the persona's own words where it has them for this state
            # ("Which one are we talking about? I've got a few on the go.")
            return self._say_line(self.lines.clarify(self.state, "what_about"))
        elif understood and not (state is not None and state.negotiable):
            # Pressed about paying where the debtor has a position ("I can't pay it all"): they
            # say where they stand again, in other words.
            self.confused = 0
            return self._say_line(self.lines.for_state(self.state, self.debtor.mood))
        elif state is not None and state.negotiable:
            nodded = self._nod_to_the_named_day(analysis)
            if nodded is not None:
                self.confused = 0
                return nodded
            missing = next(
                (
                    name
                    for name, value in (
                        ("amount", agreed.amount),
                        ("date", agreed.date),
                        ("method", agreed.method),
                    )
                    if value is None
                ),
                "done",
            )
        if missing == "done" and "question" not in analysis.flags:
            # every term agreed, and a line that asks nothing ("I'll note it and send you the
            # plan in writing. Thanks"): heard, not "which day did you mean?"
            self.confused = 0
            return self._say_line(self.lines.clarify("", "noted"))
        said_back = self._said_back_answer(analysis) if self.debtor.identity_verified else None
        if said_back is None and "question" in analysis.flags and self.debtor.identity_verified:
            # a line read as nothing that still asks what anyone knows ("Yuh want dem use dis
            # same number?"), or offers a help ("Shall I also send you the form to move the
            # direct debit to your new bank account?" while the terms are settled)
            # ("and set up a standing order or something so this doesnt happen every time you go
            # on a trip. can you do that", play-test 267: a favour asked once all is agreed)
            said_back = self._everyday_answer(
                analysis, favour=_DO_THAT_ASKED.search(analysis.text) is not None
            )
        if (
            said_back is None
            and missing in ("amount", "date", "method")
            and self.debtor.identity_verified
            and (favour := self._favour_answer(analysis)) is not None
        ):
            # ("and um, maybe check the direct debit is set up on the new account? so it doesnt
            # happen again" with the way to pay still open, play-test 269): the favour agreed,
            # the term still asked
            self.confused = 0
            return favour + " " + self._say_line(self.lines.clarify(self.state, missing))
        if said_back is None and agreed.count() and _SURE_ASKED.search(analysis.text):
            # "are you sure? You said if you paid anything this week you couldn't make rent"
            # (play-test 198): whether they can keep what they agreed, not "How would I pay it?"
            said_back = self._say_line(self.lines.clarify("", "still_sure"))
        if said_back is not None:
            # a line read as nothing that still asks back what they said, or offers a choice
            self.confused = 0
            return said_back
        if self.confused % 2 == 0 and missing is None:
            line = self.lines.fallback()
        else:
            # "which company did you say?" only to a caller who said one
            introduced = analysis.has(Act.IDENTIFY_SELF) or any(
                t.analysis.has(Act.IDENTIFY_SELF) for t in self.turns
            )
            line = self.lines.clarify(
                self.state,
                missing,
                presume_said=introduced,
                named=analysis.has(Act.IDENTIFY_SELF),
            )
        self._confused_line = line
        if (
            missing == "unknown_caller"
            and self.state == self.scenario.initial
            and not self.persona.rude
            and self.debtor.mood.value == "calm"
            and _NOW_OK_ASKED.search(analysis.text) is not None
        ):
            # ("sorry! its, um, ben, from graham finance. sorry to call out of the blue, is now
            # ok?" to "Good morning, Kevin Thompson speaking.", play-test 268): the time asked
            # is answered before the caller is asked whom they want
            time_ok = self.lines.answer("good_time", aside=True) or ""
            time_ok = _first_sentence(self._say_line(time_ok))
            return f"{time_ok} {self._say_line(line)}".strip()
        return self._say_line(line)

    def _puts_own_day_back(self, analysis: Analysis) -> bool:
        """Does a restatement put the promise's day back to the one the debtor named (the
        trainee's slip, accepted, then put right), the rest as agreed?"""
        debtor, slots = self.debtor, analysis.slots
        agreed = debtor.agreed
        return (
            analysis.has(Act.CONFIRM_TERMS)
            and slots.date is not None
            and slots.date == debtor.named_day
            and agreed.date not in (None, slots.date)
            and slots.amount is not None
            and agreed.amount is not None
            and abs(slots.amount - agreed.amount) <= 1
            and slots.method in (None, agreed.method)
        )

    def _to_the_cent(self, analysis: Analysis) -> None:
        """ "about $242" agreed, then "$242.19 ... Is that right?" said back and agreed: the
        promise holds the sum to the cent as it was said back (and the rest of the debt
        after it, when the rest was what is left)."""
        agreed, said = self.debtor.agreed, analysis.slots.amount
        if (
            said is None
            or said == agreed.amount
            or not analysis.has(Act.CONFIRM_TERMS)
            or not self._restates_all(analysis)
            or agreed.amount is None
            # ("so 490 online by friday" for $490.38, play-test 198: the cents left off, not a
            # new sum)
            or said == agreed.amount.to_integral_value(ROUND_DOWN)
        ):
            return
        overdue = self.debtor.amount_overdue
        if said == overdue - agreed.amount:
            # ("So 215 by transfer Monday 16th, remaining 214.35 ...": the rest named beside
            # the first part, not the first part to the cent)
            return
        if (
            agreed.rest_amount is not None
            and agreed.rest_every is None
            and abs(agreed.amount + agreed.rest_amount - overdue) <= 1
        ):
            agreed.rest_amount = overdue - said
        agreed.amount = said

    def _nod_to_the_named_day(self, analysis: Analysis) -> str | None:
        """ "Great, thank you." just after "I could do it by Friday the 13th. I'll do it by
        card" (play-test 204): the day (and way) they named, taken; not "which day did you
        mean?" (None for any other line)."""
        debtor = self.debtor
        agreed = debtor.agreed
        if (
            debtor.named_day is None
            or agreed.date is not None
            or not analysis.slots.is_empty()
            or "question" in analysis.flags
            or not _NOD.match(analysis.text)
            or debtor.day(debtor.named_day) not in self._last_debtor_line
        ):
            return None
        agreed.date = debtor.named_day
        if agreed.method is None and debtor.named_method is not None:
            agreed.method = debtor.named_method
        debtor.confirmed = False
        line = self.lines.negotiation("accept_date")
        return _sentence(fill(line, {**self.values, "date": debtor.day(agreed.date)}))

    def _own_name_said(self, text: str) -> bool:
        """Does the line say the debtor's full name?"""
        return self.values["debtor_name"].lower() in text.lower()

    def _restates_the_rest(self, analysis: Analysis) -> bool:
        """After the promise, the second part said back in full, its sum and its day ("so
        240.12 extra on the 22nd of march. clear?", play-test 200): the first part stood
        confirmed; the part changed is confirmed now."""
        agreed, slots = self.debtor.agreed, analysis.slots
        return (
            agreed.rest_amount is not None
            and agreed.rest_date is not None
            and slots.amount == agreed.rest_amount
            and slots.date == agreed.rest_date
        )

    def _restates_all(self, analysis: Analysis) -> bool:
        """The line says back every agreed term: amount, date and method."""
        agreed, slots = self.debtor.agreed, analysis.slots
        return (
            agreed.complete()
            and slots.amount is not None
            and agreed.amount is not None
            and abs(slots.amount - agreed.amount) <= 1
            and slots.date == agreed.date
            and slots.method == agreed.method
            # a split payment said back: the rest's day too, when the line names it
            and slots.rest_date in (None, agreed.rest_date)
        )

    @staticmethod
    def _closes(analysis: Analysis) -> bool:
        """A goodbye that ends the call: said last, and not followed by a question still to
        answer ("Have a good day, but first, could you pay today?" goes on)."""
        if not analysis.has(Act.CLOSE):
            return False
        text = analysis.text
        closes = [c.span for c in analysis.cues if c.name == "close"]
        last = max((s.start for s in closes), default=0)
        # ("... you have yourself a real good day, y'hear?": a tag on the goodbye asks nothing)
        tagged = _TAG_AFTER_GOODBYE.fullmatch(text, max((s.end for s in closes), default=0))
        if "?" in text[last:] and not analysis.has(Act.CONFIRM_TERMS) and tagged is None:
            return False
        if "?" not in text and not text[last:].rstrip(" .!").count("."):
            # "... and the account moves forward today. Goodbye.": the last word, and nothing
            # asked in the whole line: the trainee is hanging up, whatever came before
            return True
        # A line that still does the call's work (asks, proposes, explains) is not a goodbye,
        # whatever pleasantry it holds ("I'll let you go and get your card: $120 today?").
        working = (
            Act.ASK_PAYMENT,
            Act.PROBE_REASON,
            Act.VERIFY_IDENTITY,
            Act.OFFER_PLAN,
            Act.PROPOSE_TERMS,
            Act.SET_DEADLINE,
            Act.STATE_PURPOSE,
            Act.STATE_AMOUNT,
            Act.MINI_MIRANDA,
        )
        return analysis.has(Act.CONFIRM_TERMS) or not any(analysis.has(a) for a in working)

    def _unsaid(self, reply: str) -> str:
        """The reply, said as a person repeats themselves when it was said before."""
        if reply not in self._replies:
            return reply
        for lead in AGAIN:
            again = lead + _after_a_lead(reply)
            if again not in self._replies:
                return again
        return reply

    def end(self) -> None:
        """The trainee hangs up. The outcome is what the call had reached by then."""
        if self.finished:
            return
        if self.closing:  # hung up after the goal: the call ends with what it reached
            self.closing = False
            if self._lines_after_goal and self.turns:
                self.ended_at = self.turns[-1].at  # (at the last line said, not the goal)
        self._finish(self._outcome_so_far(default=Outcome.ENDED_BY_TRAINEE))
        for listener in self.events.on_end:
            listener(self)

    # --- internals ----------------------------------------------------------------------

    def _state_flag(self, flag: str) -> bool:
        state = self.scenario.state(self.state)
        return bool(state and getattr(state, flag))

    def _ended_state(self) -> bool:
        state = self.scenario.state(self.state)
        return bool(state and state.ending is not None) or self.finished

    def _outcome_so_far(self, default: Outcome) -> Outcome:
        """What a call cut short (turn limit, trainee hanging up) has achieved."""
        if self.debtor.terms_agreed() and self.debtor.confirmed:
            return Outcome.PROMISE_SECURED
        if self.debtor.short_of_goal():
            return Outcome.SHORT_OF_GOAL
        if self.debtor.terms_agreed():
            # ("$767.02, Friday the 13th, bank transfer" agreed, never said back right: not
            # "Vague promise only", play-test 147)
            return Outcome.UNCONFIRMED
        agreed = self.debtor.agreed
        if agreed.amount is not None and agreed.date is not None and agreed.method is None:
            # ("$300, Friday the 13th" agreed, the way to pay never asked: not "Vague promise
            # only", play-tests 275 to 278)
            return Outcome.NO_WAY_TO_PAY
        if self.debtor.vague_offered or self.debtor.some_terms_agreed():
            return Outcome.VAGUE_PROMISE
        return default

    def _finish(self, outcome: Outcome | str) -> None:
        if self.outcome is None:
            self.outcome = outcome if isinstance(outcome, Outcome) else outcome_of(outcome)
            self.ended_at = self.clock.now()

    def _try(self, trigger: str) -> bool:
        """Offers the machine a trigger: True when it moved the debtor (False when this state
        has no transition for it, or every transition's conditions fail)."""
        return trigger in self.machine.get_triggers(self.state) and self.model.trigger(trigger)

    def _only_stays(self, trigger: str) -> bool:
        """Would `trigger` keep the debtor in this state (its first transition from here whose
        conditions hold goes nowhere)? The conditions are checked, not run."""
        for tr in self.scenario.transitions:
            if tr.trigger != trigger or not (self.state in tr.sources() or tr.source == "any"):
                continue
            holds = all(self._holds(c) for c in tr.conditions) and not any(
                self._holds(c) for c in tr.unless
            )
            if holds:
                return tr.dest in (self.state, SAME)
        return False

    def _holds(self, spec: str | dict[str, Any]) -> bool:
        name, param = split_spec(spec)
        return bool(REGISTRY[name].check(self.debtor, param))

    def _fire(self, analysis: Analysis) -> str | None:
        """Offers the line's acts to the machine, one moves it; what the line's other acts
        would have set from this state is remembered too ("She has $330.76 overdue. Can you
        ask her to call me back?" leaves the message and has told the flatmate about the
        debt)."""
        before = self.state
        acts = self._acts_offered(analysis)
        fired = self._fire_one(analysis, acts)
        said = {act.value for act in acts} | set(analysis.custom_acts)
        for tr in self._flag_setters(before, said):
            if (
                fired is not None
                and tr.trigger != fired
                and not set(tr.set) <= self.debtor.flags
                # (read again sentence by sentence only here: most lines reach no such rule)
                and _said_apart(analysis.text, tr.trigger, fired, self._reading_context())
            ):
                self.debtor.flags.update(tr.set)
        return fired

    def _flag_setters(self, state: str, said: set[str]) -> Iterator[Transition]:
        """The scenario's transitions from `state` for an act the line did that set flags and
        hold whatever else is true (no conditions): what the line sets, moved by it or not."""
        for tr in self.scenario.transitions:
            if (
                tr.set
                and tr.trigger in said
                and not tr.conditions
                and not tr.unless
                and (state in tr.sources() or "any" in tr.sources())
            ):
                yield tr

    def _acts_offered(self, analysis: Analysis) -> set[Act]:
        acts = set(analysis.acts)
        afford_asked = self._afford_asked_with_a_day(analysis)
        # A line that names a term puts it on the table, whatever else it does ("So that's
        # $184 by Friday by card, correct?" restates and proposes at once).
        if (
            not afford_asked
            and not analysis.slots.is_empty()
            and not self._only_states_the_debt(analysis)
        ):
            acts.add(Act.PROPOSE_TERMS)
            if analysis.slots.date is not None:
                acts.add(Act.SET_DEADLINE)
        if afford_asked or (
            Act.ASK_PAYMENT in acts
            and analysis.cued("topic_afford")
            and analysis.slots.is_empty()
            and not analysis.has(Act.SET_DEADLINE)
        ):
            # "ugh fine. how much CAN you do." asks what they can afford, the way to a plan:
            # not the demand again that makes the hardship debtor give up
            acts -= {Act.ASK_PAYMENT, Act.PROPOSE_TERMS, Act.SET_DEADLINE}
            acts.add(Act.PROBE_REASON)
        if Act.STATE_PURPOSE in acts and self._still_checking_who(analysis):
            # "It's about an account you hold with us, so I need to make sure I've got the right
            # person. Could you confirm your date of birth?": the security question is answered
            # first; the debt it keeps back is not disputed yet (play-test 120)
            acts.discard(Act.STATE_PURPOSE)
        if (
            self.persona.speaker is not None
            and Act.VERIFY_IDENTITY in acts
            and self.state == self.scenario.initial
            and analysis.cued("topic_who")
            and not analysis.cued("verify_name")
            and not self._names_the_debtor(analysis.text)
        ):
            # "hi, um, is this ... sorry, who am I speaking with?" to the flatmate (play-test
            # 275): who answered is asked, nobody asked for; they ask whom the call is for, not
            # "Lauren? She's not in"
            acts.discard(Act.VERIFY_IDENTITY)
            acts.add(Act.GREET)
        if self._took_as_theirs(analysis):
            # "Rachel Gilbert, go ahead." - "Mcdaniel Finance here, your car loan payment of
            # 811.34 is 13 days late": they said who they are, and the call is plainly theirs;
            # a person goes on (the trainee checked nobody, and the debrief says so)
            acts.add(Act.VERIFY_IDENTITY)
        return acts

    def _afford_asked_with_a_day(self, analysis: Analysis) -> bool:
        """Does the line ask what they can afford, a day beside it, before any terms are pinned
        down ("What do you reckon you could manage out of the pay on the 13th, even something
        small?", play-test 180)? Not a demand the hardship debtor gives up at, and answered
        from what they can afford."""
        state = self.scenario.state(self.state)
        slots = analysis.slots
        return (
            analysis.cued("topic_afford")
            and "question" in analysis.flags
            and slots.date is not None
            and slots.amount is None
            and slots.method is None
            # (not "what can you pay today, and can the rest be cleared by the 17th?": a plan
            # put, its first part's sum asked)
            and slots.rest_date is None
            and not slots.rest
            and not (state is not None and state.negotiable)
        )

    @staticmethod
    def _still_checking_who(analysis: Analysis) -> bool:
        """Does the line ask for security details and say only that there is an account,
        naming no debt, sum or loan?"""
        return (
            analysis.has(Act.VERIFY_IDENTITY)
            and any(analysis.cued(f"topic_{detail}") for detail in _SECURITY_DETAILS)
            and not {Act.STATE_AMOUNT, Act.MINI_MIRANDA, Act.ASK_PAYMENT} & set(analysis.acts)
            and analysis.slots.amount is None
            and not _DEBT_NAMED.search(analysis.text)
        )

    def _names_the_debtor(self, text: str) -> bool:
        """Does the line say the debtor's first or last name ("Sorry, I meant Amber.")?"""
        record = self.record
        return any(
            re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
            for name in (record.first_name, record.last_name)
            if name
        )

    def _took_as_theirs(self, analysis: Analysis) -> bool:
        """Did the debtor answer with their own name, and the caller then say who calls and
        what about, naming nobody else and no other lender?"""
        names = (self.values.get("first_name", ""), self.values.get("debtor_name", ""))
        return (
            not self.debtor.identity_verified
            and self.state == self.scenario.initial
            and not self.turns[1:]
            and any(name and name in self.opening for name in names)
            and analysis.has(Act.IDENTIFY_SELF)
            and bool(set(analysis.acts) & {Act.STATE_PURPOSE, Act.STATE_AMOUNT})
            and not {"wrong_name", "wrong_lender"} & analysis.flags
        )

    def _fire_one(self, analysis: Analysis, acts: set[Act]) -> str | None:
        available = set(self.machine.get_triggers(self.state))
        # The scenario's own acts: what the call is about. One that sets a flag goes first
        # ("tell her to call me back, it's about money she owes us": the disclosure is
        # remembered, not lost behind the message)
        for name in sorted(analysis.custom_acts, key=lambda n: n not in self._flagging):
            if name in available and self._try(name):
                return name
        if "close" in available and self._closes(analysis) and self._try("close"):
            return "close"  # a goodbye that ends the call moves the debtor as a goodbye
        for act in _OFFENDING:
            # "If it isn't paid ... we can pass it to legal. When are you paying?" to the
            # customer whom legal talk offends: what ends the call outweighs the ask beside it
            if act in acts and self._ends_the_call(act.value) and self._try(act.value):
                return act.value
        # In a vague promise, an act that only keeps the debtor there ("another promise with no
        # terms") does not stand in the way of one that moves them: "If it's not paid there'll
        # be a written collection notice ... could you pay the 1079.58 within the next seven
        # days?" is the consequence the juggler commits to (play-test 121)
        state = self.scenario.state(self.state)
        vague = state is not None and state.vague_promise
        stays = [
            act
            for act in ACT_PRIORITY
            if vague and act in acts and act.value in available and self._only_stays(act.value)
        ]
        for act in ACT_PRIORITY:
            if act in acts and act.value in available and act not in stays and self._try(act.value):
                return act.value
        for act in stays:
            if self._try(act.value):
                return act.value
        if (
            "no_progress" in available
            and not self._closes(analysis)
            # ("You can pay by debit card over the phone, by bank transfer, or online ... Which
            # of those would suit you?", play-test 190: a term pinned down is progress)
            and not any(analysis.cued(c) for c in ("method_choice", "date_choice", "amount_choice"))
            and self._try("no_progress")
        ):
            # (a goodbye ends the call as a goodbye, with what it has reached: not as a call
            # that dragged on, whose debtor leaves with "I'll sort it when I'm back")
            return "no_progress"
        return None

    def _ends_the_call(self, trigger: str) -> bool:
        """Does a transition for `trigger` lead from this state straight to an ending?"""
        return (trigger, self.state) in self._ending_moves or (trigger, "any") in self._ending_moves

    def _only_states_the_debt(self, analysis: Analysis) -> bool:
        """ "There's $1,217.84 overdue now. Are you working at the moment?": the sum owed, told,
        with nothing asked of it, puts no terms on the table (the hardship debtor had answered
        "Right now? There's no way.")."""
        slots = analysis.slots
        return (
            Act.STATE_AMOUNT in analysis.acts
            and slots.amount == self.record.amount_overdue
            and slots.date is None
            and slots.method is None
            and not any(analysis.has(act) for act in _ASKS_FOR_TERMS)
            and not analysis.has(Act.OFFER_PLAN)
        )

    def _with_pending(self, analysis: Analysis) -> Analysis:
        """The line with the terms put to the debtor before they negotiated filled in where
        the line names none of its own."""
        pending, slots = self._pending, analysis.slots
        if pending is None:
            return analysis
        first_amount = pending.first_amount or pending.amount
        first_date = pending.first_date or pending.date
        if slots.rest and first_amount is not None and first_date is not None:
            # "half today?" put before they would talk terms, then "the other half by Friday":
            # the first part as put, the rest on the line's day
            split = dataclasses.replace(
                pending,
                amount=first_amount,
                date=first_date,
                method=slots.method if slots.method is not None else pending.method,
                first_amount=first_amount,
                first_date=first_date,
                rest_date=slots.date if slots.date is not None else pending.rest_date,
            )
            return dataclasses.replace(analysis, slots=split)
        # a split put before stays split when the line adds only the way to pay ("by card?")
        own = slots.amount is not None or slots.date is not None or slots.rest_date is not None
        # "next week = which day exactly?" asks for a day in the span the debtor offered: the
        # one put before ("how much can u pay 2day", answered "next week") is open again, not
        # agreed now ("Which day exactly?" alone still holds it)
        day_asked = (
            analysis.cued("ask_for_date")
            and (analysis.cued("period_date") or analysis.cued("deadline_period"))
        ) or analysis.cued("date_choice")
        # "What can you do on this today?", then "What can you pay within the next seven days?":
        # the payment asked for in a span, no day named, opens the day put before
        day_asked = day_asked or (
            slots.date is None
            and analysis.has(Act.ASK_PAYMENT)
            and analysis.cued("deadline_period")
        )
        # "what if we did a plan? like maybe 50 dollars as a first payment, in the next two
        # weeks" after "the full amount by the end of the month" was put: a new plan, whose
        # first part's day is still to come, not the day put for the whole
        new_plan = (
            analysis.has(Act.OFFER_PLAN)
            and slots.amount is not None
            and pending.amount is not None
            and slots.amount != pending.amount
        )
        # ("I dont think I can put down next payday again, thats the 31st": the day put before,
        # turned down now, is not kept)
        # ("payday is March 31st and we've had that promise before. I can't accept another
        # one": the day named as what it is, and a no; play-test 122)
        turned_down = (
            analysis.cued("rejected_date")
            or analysis.cued("negated_date")
            or (analysis.has(Act.SAY_NO) and analysis.cued("other_day"))
        )
        kept_date = (
            slots.date
            if slots.date is not None or day_asked or new_plan or turned_down
            else pending.date
        )
        # "how much of the $777.30 can you commit to?" asks for a sum: the one put before is
        # open again, as a day asked is; so do sums offered to pick from ("Fifty a month? A
        # hundred?" after "the whole $604.08 today?", play-test 234)
        sum_asked = slots.amount is None and (
            _HOW_MUCH.search(analysis.text.lower()) is not None or analysis.cued("amount_choice")
        )
        kept_amount = None if sum_asked else pending.amount
        merged = dataclasses.replace(
            slots if own else pending,
            amount=slots.amount if slots.amount is not None else kept_amount,
            amount_text=slots.amount_text
            if slots.amount is not None
            else pending.amount_text
            if kept_amount is not None
            else None,
            date=kept_date,
            date_text=(
                slots.date_text
                if slots.date is not None or day_asked or new_plan or turned_down
                else pending.date_text
            ),
            method=slots.method if slots.method is not None else pending.method,
        )
        return dataclasses.replace(analysis, slots=merged)

    @staticmethod
    def _names_terms(analysis: Analysis) -> bool:
        return not analysis.slots.is_empty() or analysis.has(Act.OFFER_PLAN)

    def _negotiate(self, analysis: Analysis) -> tuple[list[str], bool, list[str]]:
        """The debtor's answer to the terms named, whether it corrected a restatement, and the
        lines that accept terms as named, one apiece (none when anything else was said)."""
        put = analysis
        if analysis.has(Act.CONFIRM_TERMS) and _CHANGE_OF_PLAN.search(analysis.text):
            # "Actually no, change of plan... $622.76 online today. Yes or no?", "forget the
            # split... all 745.34 on Tuesday March 17. Yes?": new terms put, not the old ones
            # misremembered; the debtor answers them as any proposal
            put = dataclasses.replace(
                analysis, acts=tuple(a for a in analysis.acts if a is not Act.CONFIRM_TERMS)
            )
        before = dataclasses.replace(self.debtor.agreed)  # (agreed terms change in place)
        result = self.debtor.negotiate(put)
        last = self.debtor.last_instalment()
        if last is not None and self.debtor.says_sum(analysis.text, last[0]):
            self.debtor.last_told = True  # ("... and then the last 337.31 end of June?")
        said = [
            _sentence(fill(self.lines.negotiation(key), {**self.values, **values}))
            for key, values in result.said
        ]
        keys = [key for key, _ in result.said]
        if (
            "accept_plan" in keys
            and "accept_date" in keys
            and self.debtor.agreed.date == self.today
            and _NOW_OR_TODAY.search(said[keys.index("accept_plan")])
        ):
            # "a smaller amount now, and the rest later?" got "Yes, please. $187 now, the rest
            # next month - I can do that. Fine, today. That works." (play-test 256): the plan's
            # "now" has said yes to the day already
            at = keys.index("accept_date")
            del said[at], keys[at]
        accepts = said[:] if keys and set(keys) <= _PLAIN_ACCEPTS else []
        if (
            result.changed
            and self.debtor.agreed.complete()
            and not analysis.has(Act.CONFIRM_TERMS)  # the trainee said it all back already
            and not result.corrected  # "$332.20, actually, not $322.20" is not summed up as agreed
            # both parts, just agreed one by one, are not summed up again in the same breath
            and not any(
                key in ("accept_rest", "accept_instalments", "accept_instalments_later")
                for key, _ in result.said
            )
        ):
            summary = fill(
                self.lines.negotiation("all_agreed"), {**self.values, **self._agreed_values()}
            )
            # "$283.51, of course. Certainly, today is fine. I'll pay by card." and the summary
            # too is four answers to one proposal: terms agreed all at once are said once
            said, accepts = [summary] if len(accepts) >= 2 else [*said, summary], []
        elif (
            # (a term the read-back adds, agreed in passing, is in the yes: "Confirm for me:
            # $1,724 by transfer on the 13th, $928.24 on the 27th" is not answered with "I'll
            # do bank transfer." alone)
            (not said or set(keys) <= _PLAIN_ACCEPTS)
            and not result.corrected
            and analysis.has(Act.CONFIRM_TERMS)
            and self.debtor.agreed.complete()
            and not self.debtor.terms_agreed()
        ):
            # "So that's $275.92 Friday by card, yeah?": the terms they agreed, said back. Short
            # of the goal the promise is not made yet, but the debtor still says yes to them.
            # (the sum or day given in on in the read-back, after the debtor had countered it:
            # "So $100 by Friday the 13th, by card. Fine.", not "Yes, that's right" to what they
            # turned down; a way to pay added in passing is in the yes)
            agreed = self.debtor.agreed
            given_in = (before.amount, before.date) != (agreed.amount, agreed.date)
            key = "all_agreed" if given_in else "said_back"
            said[:] = [fill(self.lines.negotiation(key), {**self.values, **self._agreed_values()})]
            accepts = []
        elif (
            not said
            and not result.corrected
            and analysis.has(Act.CONFIRM_TERMS)
            and self.debtor.some_terms_agreed()
            and not self.debtor.agreed.complete()  # (all three said back: the promise's line)
            # ("how do u want to pay the 235.65 on friday - card, online or in branch?": the
            # way asked is the answer, not "Yes, that's right." before it)
            and not self._method_asked(analysis, {cue.name for cue in analysis.cues})
            # ("what DAY for the 269 and what day for the other 179.21": the days are the answer)
            and not _REST_DAY_ASKED.search(analysis.text.lower())
        ):
            # "the 50 every month after, on the 13th, you can do?" with the way to pay still
            # open: the terms said back are theirs, a yes (not the state's "what would the
            # first payment be?")
            said.append(self._say_line(self.lines.clarify("", "that_is_right")))
            agreed = self.debtor.agreed
            if (
                agreed.amount is not None
                and agreed.date is not None
                and agreed.method is None
                and self.scenario.goal.is_payment
            ):
                # "so just to double check, thats the full $773.89 paid by friday the 13th ...
                # is that right?" with no way to pay ever named (play-test 266): anyone who
                # has to pay asks how
                said.append(self._say_line(self.lines.clarify("", "method")))
        agreed_way = self.debtor.agreed.method
        if (
            agreed_way is not None
            and agreed_way == before.method
            and self._method_asked(analysis, {cue.name for cue in analysis.cues})
        ):
            # "So which way for Friday - online, or card with me now?" after "Online payment
            # would suit me best.": the way chosen is said again, not left out (play-test 167)
            values = {"method": METHOD_WORDS.get(agreed_way, agreed_way)}
            said.append(
                _sentence(fill(self.lines.negotiation("name_method"), {**self.values, **values}))
            )
        return said, result.corrected, accepts

    def _drifting(self, state: str) -> bool:
        spec = self.scenario.state(state)
        return spec is not None and spec.drifting

    def _names_the_promise(self, line: str) -> bool:
        """Does the line name the sum agreed, or its day ("I'll do online payment on Monday
        the 16th, and the other $300.24 by Friday the 27th.")?"""
        agreed = self.debtor.agreed
        return (agreed.amount is not None and self.debtor.money(agreed.amount) in line) or (
            agreed.date is not None and self.debtor.day(agreed.date) in line
        )

    def _greeted_back(self, analysis: Analysis) -> Analysis:
        """ "I'm so sorry to bother you, Ms Holmes." to a debtor who answered "Julie Holmes
        speaking.": their own name said back to them tells them the caller has the right
        person, as "Hi Julie?" would (the line's reading, and its scores, are unchanged: it is
        the debtor who takes it so). So does the name put right after a wrong one ("Sorry, I
        meant Amber.")."""
        record = self.record
        if (
            self.debtor.identity_verified
            or self.state != self.scenario.initial
            or analysis.has(Act.VERIFY_IDENTITY)
            or "wrong_name" in analysis.flags
            or not (
                (self._wrong_name_said and self._names_the_debtor(analysis.text))
                or named_back(
                    analysis.text,
                    (record.debtor_name, record.first_name, record.last_name),
                    self._last_debtor_line,
                )
                is not None
            )
        ):
            return analysis
        return dataclasses.replace(analysis, acts=(*analysis.acts, Act.VERIFY_IDENTITY))

    def _agreed_values(self) -> dict[str, str]:
        agreed = self.debtor.agreed
        date = self.debtor.day(agreed.date) if agreed.date else ""
        if date and agreed.rest_amount is not None and agreed.rest_date is not None:
            # "$186.16 by Tuesday the 10th, and the other $186.16 by Friday the 13th"; a rest
            # paid in instalments: "..., then $280 a month from Monday the 13th of April"
            rest = money_text(agreed.rest_amount, self.debtor.currency)
            day = self.debtor.day(agreed.rest_date)
            if agreed.rest_every is not None:
                date += ", then " + self.promise.rest_terms(rest, day)
                last = self.debtor.last_instalment()
                if last is not None and self.debtor.last_told:
                    # (the last one smaller, as the trainee put it: "..., and the last $337.31
                    # on Tuesday the 30th of June")
                    date += (
                        f", and the last {self.debtor.money(last[0])} on {self.debtor.day(last[1])}"
                    )
            else:
                date += f", and the other {rest} by {day}"
        return {
            "amount": money_text(agreed.amount, self.debtor.currency)
            if agreed.amount is not None
            else "",
            "date": date,
            "method": METHOD_WORDS.get(agreed.method or "", agreed.method or ""),
        }

    def _say_line(self, template: str) -> str:
        return fill(
            template,
            {**self.values, **{f"promise_{k}": v for k, v in self._agreed_values().items()}},
        )

    def _after_the_goal(self, analysis: Analysis) -> list[str]:
        """A line after the goal was reached: a goodbye ends the call; a question is answered
        ("do you want a form for the new direct debit?" - "Yes, please."), "could you say that
        again?" is, and anything else acknowledged, the debtor still on the line; after
        LINES_AFTER_GOAL lines they say goodbye themselves."""
        self._lines_after_goal += 1
        if (
            not self.debtor.confirmed
            and analysis.has(Act.CONFIRM_TERMS)
            and (self._restates_all(analysis) or self._restates_the_rest(analysis))
            and self._misstated(analysis) is None
        ):
            self.debtor.confirmed = True  # terms changed after the promise, said back again
        if self._misstated(analysis) is None:
            self._to_the_cent(analysis)
            method = analysis.slots.method
            if method is not None and method == self.debtor.named_method:
                # "Sorry, you said online - so online payment, $581.24, Friday the 13th ...
                # goodbye": the way they named, said back as they go, is the one kept
                self.debtor.agreed.method = method
        abused = analysis.has(Act.INSULT) or analysis.has(Act.THREAT)
        closing = self._closes(analysis) or abused or self._lines_after_goal >= LINES_AFTER_GOAL
        # ("would you maybe be able to pay it again, and we'd refund it later?" as the paying
        # customer goes is pressing still, flagged and answered, not "No idea, sorry. Bye.";
        # play-test 123; but as they go only paying again asked outright is: "You do not need
        # to pay again ... Is this phone number OK for text?" is not)
        pressed = (
            self._flagged_after_the_goal(analysis)
            if not closing or _PAY_AGAIN_ASKED.search(analysis.text)
            else None
        )
        if closing:
            # (an insult after the promise is not thanked: the debtor says so and goes; a
            # question asked as they go is answered first, not met with "Bye.")
            self.closing = False
            self.ended_at = self.clock.now()
            reaction = self._reaction(analysis) if abused else pressed
            if reaction is None and not abused:
                # "195 card friday 13th, the other 194.08 goes with ur next payment on the 23rd.
                # dont miss it. bye": the rest told on the way out is agreed, not lost
                reaction = self._rest_after_the_promise(analysis, told=True)
            changing = _CHANGE_OF_PLAN.search(analysis.text) or _LETS_DO.search(analysis.text)
            misstated = None if abused or changing else self._misstated(analysis, asked=True)
            if (
                reaction is None
                and changing
                and not abused
                and self.scenario.goal.is_payment
                and not analysis.slots.is_empty()
            ):
                # "ok forget it, lets say friday 13th, 289 by transfer. ok?" as they go: the
                # change answered as any proposal, and confirmed when said back whole and
                # taken (not "I'm not sure, to be honest."; play-test 126)
                changed, _corrected, _accepts = self._negotiate(analysis)
                if changed:
                    reaction = " ".join(changed)
                    self._confirm_a_change_said_back(analysis)
                    if self.outcome is Outcome.PROMISE_SECURED and not self.debtor.confirmed:
                        # "Actually forget it, just do it in the portal today. Bye." after the
                        # promise (play-test 280): the way changed as they go, never said back
                        # whole, leaves the promise unconfirmed
                        self.outcome = self._outcome_so_far(default=Outcome.UNCONFIRMED)
            if reaction is None and misstated is not None:
                # "u can pay the full 578.20 this friday?" as they go, with $289.10 agreed: the
                # term put right, not "Yes, that's right."
                correction = self.lines.negotiation("correct_term")
                reaction = _sentence(fill(correction, {**self.values, **misstated}))
            if reaction is None and not self._closes(analysis) and "question" in analysis.flags:
                reaction = self._after_the_goal_answer(analysis)
            elif (
                reaction is None
                and not self._closes(analysis)
                and analysis.has(Act.CONFIRM_TERMS)
                and self._misstated(analysis) is None
            ):
                # "So just to recap: you sent the $313.47 ..., reference TRX-48213." as they
                # go: a yes to it, then the goodbye, not "Bye." alone
                reaction = self._say_line(self.lines.clarify("", "that_is_right"))
            line = self.lines.reaction("goodbye")
            if line and self._abused_so_far(analysis):
                # "Don't threaten me over one late deposit." is not followed by "Okay, thanks."
                # (nor "k. bye" after a call of jibes by "Thanks for calling.": play-test 135)
                line = _without_thanks(line)
            return [s for s in (reaction, fill(line, self.values) if line else "Bye.") if s]
        if pressed is not None:
            return [pressed]
        if self._asks_to_repeat(analysis):
            return [_said_again(self._last_debtor_line)]
        change = _CHANGE_OF_PLAN.search(analysis.text) is not None
        instalments = not change and self._puts_the_rests_instalments(analysis)
        if (
            self.scenario.goal.is_payment
            and not analysis.slots.is_empty()
            and (change or instalments)
        ):
            # "If the 20th is tight, we could move the rest to 3/27 instead. Would that be
            # better?" after the promise: the change is answered as any proposal, and the
            # promise waits for the terms to be said back again (but the rest's instalments
            # put and agreed beside a first part confirmed change nothing confirmed: "maybe
            # about $172 a month for three months starting in april?")
            agreed = self.debtor.agreed
            first, confirmed = (agreed.amount, agreed.date, agreed.method), self.debtor.confirmed
            changed, _corrected, _accepts = self._negotiate(analysis)
            if instalments and first == (agreed.amount, agreed.date, agreed.method):
                self.debtor.confirmed = confirmed
            else:
                self._confirm_a_change_said_back(analysis)
            if changed:
                return changed
        rest = self._rest_after_the_promise(analysis) or self._instalments_start_answer(analysis)
        if rest is not None:
            return [rest]
        if self._puts_own_day_back(analysis):
            # "oops my bad lol fri 13th. $294.32 fri 13th online, ok?": the trainee's slip put
            # right, back to the day the debtor named; they do not cling to the slip
            self.debtor.agreed.date = analysis.slots.date
            return [self._say_line(self.lines.clarify("", "that_is_right"))]
        misstated = self._misstated(analysis)
        if misstated is not None:
            # "So $180 on Friday. Correct?" after "$292 on Friday" was promised: not "That's
            # right", but the term they agreed
            line = self.lines.negotiation("correct_term")
            return [_sentence(fill(line, {**self.values, **misstated}))]
        if (
            self.outcome not in (None, Outcome.PROMISE_SECURED)
            and (
                any(analysis.has(act) for act in (Act.ASK_PAYMENT, Act.PROPOSE_TERMS))
                or _YES_OR_NO_ASKED.search(analysis.text)
                # ("Last chance - anything to say?" after "See you in court.", play-test 163)
                or _LAST_CHANCE.search(analysis.text)
            )
            and self.lines.state_lines(self.state, self.debtor.mood)
        ):
            # "last chance. pay the 3503.65 by card or transfer before the 17th ... yes or no"
            # after "Fine, send your lawyers.": the payment pressed once more gets the answer
            # the call ended on, not "Right. Thanks." (play-test 137)
            return [self._say_line(self.lines.for_state(self.state, self.debtor.mood))]
        card = self._card_read_out(analysis)
        if card is not None:
            return [card]
        method = analysis.slots.method
        if (
            method is not None
            and method == self.debtor.agreed.method
            and _YES_OR_NO_ASKED.search(analysis.text)
        ):
            # "i asked how youre paying. card over the phone now yes or no" with card agreed
            # (play-test 277): a yes to the way, not "Okay. Got it."
            values = {"method": METHOD_WORDS.get(method, method)}
            line = self.lines.negotiation("accept_method")
            return [_sentence(fill(line, {**self.values, **values}))]
        misquoted = self._misquoted_code(analysis, asked=False)
        if misquoted is not None and "question" not in analysis.flags:
            # "ok so ref TRX-30246, sent tues 3/3 from northgate. ill give it to payments team"
            # after "TRX-30264" (play-test 152): put right, though nothing was asked
            return [f"No, it's {misquoted}."]
        if "question" in analysis.flags or any(
            cue.name.startswith("topic_") and _asked_in(analysis.text, cue.span.start)
            for cue in analysis.cues
        ):
            # ("Only I want to know how you sent it, so our payments team can find it": asked
            # without a "?", play-test 146)
            return [self._after_the_goal_answer(analysis)]
        answered = self._act_answers(analysis)
        if answered:
            # "if it turns out you made that up we'll be calling again, believe me" (play-test
            # 159): what a trainer wrote an answer for is answered, asked or not
            return [self._say_line(answered[0][1])]
        return [self._say_line(self.lines.clarify("", "noted"))]

    def _terms_hedged(self, turn: _Move, analysis: Analysis) -> str | None:
        """Terms put to a debtor who is still putting it off, and not yet moved by them ("Would,
        um, $400 on the 31st be possible?" to the juggler, play-test 254): heard, and not
        promised, before the put-off ("Give me till the end of the month ...")."""
        state = self.scenario.state(self.state)
        slots = analysis.slots
        if (
            turn.moved
            or state is None
            or not state.vague_promise
            or turn.trigger not in ("propose_terms", "set_deadline", "ask_payment")
            or slots.amount is None
        ):
            return None
        # (the day said only when it is not their payday: "$400 by the 31st? I can't promise
        # that. Give me till the end of the month" heard the 31st turned down)
        terms = self.debtor.money(slots.amount)
        if slots.date is not None and slots.date != self.record.next_payday:
            terms += f" by {self.debtor.day(slots.date)}"
        return self._say_line(fill(self.lines.clarify("", "hedge_terms"), {"terms": terms}))

    def _told_again(self, turn: _Move) -> bool:
        """Does the line move the debtor the way the last did, to the state it left them in,
        whose lines ask nothing (a second telling of the debt to the flatmate)?"""
        # (only what is told, not an ask: "pay something?" asked twice of a debtor refusing gets
        # the refusal again, not "Okay. Got it.")
        if turn.moved or turn.trigger not in _TOLD_TRIGGERS or not self.turns:
            return False
        last = self.turns[-1]
        variants = self.lines.state_lines(self.state, self.debtor.mood) or []
        return (
            last.state_after == self.state
            and last.state_before != self.state
            and last.trigger == turn.trigger
            and bool(variants)
            and not any(v.rstrip().endswith("?") for v in variants)
        )

    def _card_read_out(self, analysis: Analysis) -> str | None:
        """ "Read me the card when you're ready", "Go on, the long number on the front." with a
        card payment agreed (play-test 249): the debtor reads the card out (not "Right.
        Thanks."); asked again, they say they did."""
        if (
            self.debtor.agreed.method != "card"
            or analysis.slots.method not in (None, "card")
            or _CARD_DETAILS_ASKED.search(analysis.text) is None
        ):
            return None
        key = "card_read_again" if self._card_was_read else "card_read"
        self._card_was_read = True
        return self._say_line(self.lines.clarify("", key))

    def _confirm_a_change_said_back(self, analysis: Analysis) -> None:
        """A change after the promise, said back whole and taken, is confirmed ("Sorry sorry,
        my mistake, I mean Friday 13, like you said. 304.19, bank transfer, Friday 13 March.
        Ok?" - "Okay, Friday the 13th, yes."; play-tests 120 and 126)."""
        if analysis.has(Act.CONFIRM_TERMS) and (
            self._restates_all(analysis) or self._restates_the_rest(analysis)
        ):
            self.debtor.confirmed = True

    def _flagged_after_the_goal(self, analysis: Analysis) -> str | None:
        """ "easiest is you just pay it again by card now" once the reference is taken: what
        the state before the goal would have flagged is flagged still (the scenario's rule
        judges it at the end), and the debtor answers as that transition's state does ("I'm
        not paying it twice!"). None when the line would have set no flag there."""
        if len(self.visited) < 2 or any(
            cue.name in ("topic_payment_sent", "topic_evidence") for cue in analysis.cues
        ):
            # ("How much it was, the transfer? Same 392.47?": the payment made, asked about)
            return None
        before = self.visited[-2]
        # (the acts said, not the terms a day implies: "Let me read that back: T-R-X 4-8-2-1-3,
        # sent on Tuesday." puts no terms)
        said = {act.value for act in analysis.acts} | set(analysis.custom_acts)
        if analysis.slots.is_empty() and not analysis.cued("ask_for_date"):
            # ("If it hasn't posted by Friday the 13th, could you ask Northgate for a transfer
            # confirmation?", play-test 212: a day the payment made should post by, no day
            # or terms to pay it again)
            said -= {Act.SET_DEADLINE.value, Act.PROPOSE_TERMS.value}
        if analysis.cued("ask_payment") and _PAID_AGAIN.search(analysis.text):
            # "would you mind paying it again? No, sorry - forget I asked" (play-test 154): the
            # money asked for twice is asked, whatever the act model makes of the apology
            said.add(Act.ASK_PAYMENT.value)
        for tr in self._flag_setters(before, said):
            dest = self.scenario.state(tr.dest)
            if dest is None:
                continue
            self.debtor.flags.update(tr.set)
            # (pressed a second time, where the state before would have ended the call: "...
            # if it doesn't turn up in 5 working days you're paying again, got it?", play-test
            # 221: answered as that state answers, "I'm not paying it twice!", not ended)
            answered_as = tr.dest if dest.ending is None else before
            return self._say_line(self.lines.for_state(answered_as, self.debtor.mood))
        return None

    def _puts_the_rests_instalments(self, analysis: Analysis) -> bool:
        """ "like maybe around 100 a month?" once $310 on the 20th is promised and nothing said
        of the rest: the instalments for what is left, put (not the first part's sum)."""
        agreed, amount = self.debtor.agreed, analysis.slots.amount
        left = self.debtor.rest_due()
        return (
            agreed.date is not None
            and agreed.rest_amount is None
            and amount is not None
            and left is not None
            and amount + Decimal("0.5") < left
            and amount != agreed.amount
            and every_period(analysis.text) is not None
            and ("question" in analysis.flags or analysis.has(Act.PROPOSE_TERMS))
        )

    def _instalments_start_answer(self, analysis: Analysis) -> str | None:
        """ "when wud the monthly start?", "and when does the 50 a month start?" (play-test 188)
        with instalments agreed: the day they start, told; None for any other line."""
        agreed = self.debtor.agreed
        if (
            agreed.rest_every is None
            or agreed.rest_amount is None
            or agreed.rest_date is None
            or analysis.slots.rest_date is not None
            or _INSTALMENTS_START_ASKED.search(analysis.text) is None
        ):
            return None
        values = {
            "rest_amount": f"{self.debtor.money(agreed.rest_amount)} a {agreed.rest_every}",
            "rest_date": self.debtor.day(agreed.rest_date),
        }
        line = self.lines.negotiation("accept_instalments")
        return _sentence(fill(line, {**self.values, **values}))

    def _rest_after_the_promise(self, analysis: Analysis, told: bool = False) -> str | None:
        """ "And the other $211.86 with your next instalment on the 20th, you right with that
        too?" once $317 on the 13th is promised: what is left, on a later day, is agreed as the
        rest of the promise (None for any other line)."""
        agreed, slots = self.debtor.agreed, analysis.slots
        left = self.debtor.rest_due()
        # ("Then the rest is $164.57. Can you pay that on your next payday, Friday March 27?":
        # the rest's own sum and day, read beside the first part's)
        amount = slots.amount if slots.rest_date is None else (slots.rest_amount or left)
        day = slots.rest_date or slots.date
        if (
            not self.scenario.goal.is_payment
            or agreed.amount is None
            or agreed.date is None
            or agreed.rest_amount is not None
            or amount is None
            or day is None
            or day <= agreed.date
            # asked or put, not told (the reader gives "your next instalment of $390 is due on
            # the 24th" no day once terms are agreed); `told`: said back with the terms as
            # the call closes
            or not (
                "question" in analysis.flags
                or analysis.has(Act.PROPOSE_TERMS)
                or (told and analysis.has(Act.CONFIRM_TERMS))
            )
        ):
            return None
        if left is None or abs(amount - left) > 1:
            return None
        agreed.rest_amount, agreed.rest_date = left, day
        values = {"rest_amount": self.debtor.money(left), "rest_date": self.debtor.day(day)}
        return _sentence(fill(self.lines.negotiation("accept_rest"), {**self.values, **values}))

    def _after_the_goal_answer(self, analysis: Analysis) -> str:
        """A question after the goal: something offered, a reference or fact asked back, a
        choice, a question about them, or "I don't know"."""
        if (
            _SAY_IT_AGAIN.search(analysis.text)
            and not _codes_in(analysis.text)
            and any(
                tr.trigger in analysis.custom_acts and tr.dest == self.state
                for tr in self.scenario.transitions
            )
            and self.lines.state_lines(self.state, self.debtor.mood)
        ):
            # "can you say the reference again please?" once it was given: what reached the
            # goal, asked again, is said again (not "Hm, I don't know."; play-test 139)
            return self._say_line(self.lines.for_state(self.state, self.debtor.mood))
        agreed_day = self.debtor.agreed.date
        if analysis.cued("date_choice") and agreed_day is not None and "question" in analysis.flags:
            # "which is it, 12th or 13th?" after the promise: the day agreed, said (not "Yes,
            # that's right." to a question of which; play-test 126)
            line = self.lines.negotiation("accept_date")
            return _sentence(fill(line, {**self.values, "date": self.debtor.day(agreed_day)}))
        if (
            self.debtor.agreed.complete()
            and _STILL_PAYING_ASKED.search(analysis.text) is not None
            and (analysis.slots.is_empty() or self._names_only_what_was_agreed(analysis))
        ):
            # "Are you even listening? Are you paying now or not?" after the promise (play-test
            # 249): yes, on the terms agreed (not "I'd rather keep that to myself")
            line = self.lines.negotiation("said_back")
            return _sentence(fill(line, {**self.values, **self._agreed_values()}))
        if _offered(analysis.text):
            return self._say_line(self.lines.clarify("", "offered"))
        if _OFFERED.search(analysis.text) and not analysis.custom_acts:
            # "Do you want that I send you the form by email, or you will do it in your online
            # banking?": two ways offered, either will do (not "I'd rather keep that to myself")
            return self._say_line(self.lines.clarify("", "either"))
        if _anything_else_asked(analysis.text):
            # "... We'll just trace TRX-48213. Is there anything else I can help with?": the
            # question asked, not the reference said on the way to it
            return self._say_line(self.lines.clarify("", "nothing_else"))
        said_back = self._said_back_answer(analysis)
        if (
            said_back is None
            and analysis.has(Act.CONFIRM_TERMS)
            and not analysis.slots.is_empty()
            and self._names_only_what_was_agreed(analysis)
        ):
            # "Please pay by bank transfer from the new account. Okay?" with the transfer
            # promised: the terms said again are confirmed, not met with "I don't know"
            said_back = self._say_line(self.lines.clarify("", "that_is_right"))
        if said_back is None and _agreement_asked(analysis):
            said_back = self._say_line(self.lines.clarify("", "agreed"))
        if (
            said_back is None
            and self.debtor.agreed.method is not None
            and self._method_asked(analysis, {cue.name for cue in analysis.cues})
        ):
            # "online transfer or debit card this time. Which one?" after the promise: the way
            # agreed, not "Hm, I don't know."
            said_back = self._method_answer(analysis)
        answer, _topic = self._answer(analysis)
        if answer and self._asked_to_read_back(analysis):
            return answer  # read back, with no "Alright, yeah. Thanks." before it
        if answer and said_back is not None and self._misquoted_code(analysis) is None:
            # "TRX-48213, got it. And which bank did you send it from?": both answered (a wrong
            # reference is put right first, alone)
            return f"{said_back} {answer}"
        reply = said_back or answer
        if reply:
            return reply
        everyday = self._simple_answer(analysis) or self._favour_answer(analysis)
        reply = everyday or self._unknown_answer(analysis)
        if _echoes(analysis.text, self._last_debtor_line):
            # "great so that's TRX-48213, sent last Tuesday the 3rd ... is the car running ok
            # otherwise?": what they gave, said back, is theirs to say yes to first
            reply = f"{self._say_line(self.lines.clarify('', 'that_is_right'))} {reply}"
        return reply

    def _unknown_answer(self, analysis: Analysis) -> str:
        """A question the persona has no answer to ("is the complaint in writing?"): a person
        says they don't know; asked about their own life ("where are you flying to?"), they
        keep it to themselves rather than say "No idea, sorry."."""
        if self.debtor.identity_verified and _ASKED_IF_WELL.search(analysis.text):
            # "is the car running ok otherwise?": small talk, answered as small talk
            return self._say_line(self.lines.clarify("", "doing_fine"))
        if _UNDERSTOOD_ASKED.search(analysis.text):
            # "I said the car is security on this loan. Keep skipping us and it gets
            # repossessed. Clear enough?" (play-test 282): understood, in the persona's words
            # when it has them, not "I'm not sure, to be honest."
            taken = self.lines.reaction("pressured")
            return self._say_line(taken or self.lines.clarify("", "understood"))
        personal = self.debtor.identity_verified and _ABOUT_THEM.search(analysis.text)
        return self._say_line(self.lines.clarify("", "personal" if personal else "not_sure"))

    def _birthday_read_out(self, text: str) -> bool:
        """Does the line say the debtor's date of birth (to be confirmed)?"""
        born = self.record.date_of_birth
        return any(
            # (the year in two figures, "4/26/84", is read as 2084)
            (d.date.month, d.date.day, d.date.year % 100) == (born.month, born.day, born.year % 100)
            for d in find_dates(normalise(text), self.today)
        )

    @staticmethod
    def _security_acknowledged(analysis: Analysis, topic: str) -> bool:
        """Is the security detail only acknowledged ("The date of birth matches our records."),
        in a sentence that asks nothing, so not asked for again?"""
        for cue in analysis.cues:
            if cue.name == f"topic_{topic}":
                # (the cue's last word: "Thank you. And the address?" is matched from the full
                # stop before it, in the sentence that thanks)
                start, end = sentence_around(analysis.text, max(cue.span.start, cue.span.end - 1))
                sentence = analysis.text[start:end]
                if "?" in sentence:
                    return False
                # "The address on file ends in the postcode we last wrote to.": told, not asked
                told = _ON_FILE.search(sentence) and not _DETAIL_REQUESTED.search(sentence)
                if not (_ACKNOWLEDGED.search(sentence) or told) or _DETAIL_ASKED.search(sentence):
                    return False
        return True

    def _favour_answer(self, analysis: Analysis) -> str | None:
        """ "Sure, I can do that." to a favour asked ("can you email us the receipt once
        done?"), not a fact."""
        text = analysis.text
        if _ASKED_TO_DO.search(text) or (_TOLD_TO_DO.search(text) and _DO_THAT_ASKED.search(text)):
            # ("You need to set up the direct debit again from your new bank account ... Can
            # you do that this week?")
            return self._say_line(self.lines.clarify("", "will_do"))
        return None

    def _simple_answer(self, analysis: Analysis) -> str | None:
        """What anyone can answer about themselves or the call: whether the number or email on
        file will do, and whether there is anything else (not "Hm, I don't know.")."""
        text = analysis.text
        if _anything_else_asked(text):
            return self._say_line(self.lines.clarify("", "nothing_else"))
        if _CONTACT_ASKED.search(text):
            return self._say_line(self.lines.clarify("", "contact_on_file"))
        if _CONTACT_CHECKED.search(text) and not _PERSON_AT_THIS_NUMBER.search(text):
            return self._say_line(self.lines.clarify("", "contact_ok"))
        return None

    def _everyday_answer(self, analysis: Analysis, favour: bool) -> str | None:
        """The answer to a question anyone can answer: the number or email on file, whether now
        is a good time ("is now ok, or should I call back after six?": now is fine, not "Yes,
        please." to a call back offered), a help offered, and (with `favour`) a favour asked."""
        simple = self._simple_answer(analysis)
        if simple is not None:
            return simple
        if _NOW_OK_ASKED.search(analysis.text):
            return self._say_line(self.lines.answer("good_time") or "")
        if _offered(analysis.text):
            return self._say_line(self.lines.clarify("", "offered"))
        return self._favour_answer(analysis) if favour else None

    def _said_back_answer(self, analysis: Analysis) -> str | None:
        """The answer to a reference asked back wrong ("No, it's TRX-48213."), a fact asked
        back right ("That's right, yes."), or a choice offered ("post or email?": "Either's
        fine."); None when the line asks none of these."""
        if "question" not in analysis.flags:
            return None
        chosen = self._code_chosen(analysis)
        if chosen is not None:
            # "was it 30246 or 30264?" (play-test 152): theirs, not "Yes, that's right."
            return f"It's {chosen}."
        misquoted = self._misquoted_code(analysis)
        if misquoted is not None:
            return f"No, it's {misquoted}."
        state = self.scenario.state(self.state)
        # (while terms are pinned down, or once a way is agreed: not "was that an online bank
        # transfer?" of a payment already made)
        negotiable = (
            state is not None and state.negotiable
        ) or self.debtor.agreed.method is not None
        agreed_sum = self.debtor.agreed.amount
        if agreed_sum is not None and agreed_sum in _sums_offered(analysis):
            # "the first payment on Friday the 20th, is it $348 or $100?" after $348 was
            # agreed (play-test 211): the sum agreed, not "That's right, yes." to an either/or
            return f"It's {self.debtor.money(agreed_sum)}."
        if negotiable and analysis.slots.method is None and analysis.cued("method_choice"):
            # "Transfer or card is equally acceptable; which will it be?": a way to pay picked,
            # not "That's right, yes." to an either/or
            return self._method_answer(analysis)
        if (
            analysis.slots.is_empty()
            and analysis.has(Act.CONFIRM_TERMS)
            and (favour := self._favour_answer(analysis)) is not None
        ):
            # ("if something comes up before Friday, please ring us first rather than just
            # letting it slide ... Okay?", play-test 282: a favour asked, tagged, not terms
            # said back)
            return favour
        if self._asked_back(analysis) or self._read_back_checked(analysis):
            return self._say_line(self.lines.clarify("", "that_is_right"))
        if _CHOICE_ASKED.search(analysis.text):
            return self._say_line(self.lines.clarify("", "either"))
        return None

    def _read_back_checked(self, analysis: Analysis) -> bool:
        """ "Is the reference and the date I read back correct?" after the trainee's last line
        said back what the debtor had given: the read-back, asked about."""
        if not self.turns or not _READ_BACK_CHECKED.search(analysis.text):
            return False
        last = self.turns[-1]
        given = " ".join(t.reply for t in self.turns[-3:-1]) or self._last_debtor_line
        return _echoes(last.text, given)

    def _abused_so_far(self, analysis: Analysis) -> bool:
        """Has the trainee insulted, threatened, mocked or brushed off the debtor in this call
        (this line too)?"""
        return first_impolite([*(t.analysis for t in self.turns), analysis]) is not None

    def _courteous(self, analysis: Analysis, scores: TurnScores) -> bool:
        """Has the trainee been courteous all call, this line too (no insult, threat, sarcasm
        or brush-off, no warning of what happens if they do not pay, and politeness at least
        COURTEOUS on average)?"""
        lines = [(t.analysis, t.scores) for t in self.turns] + [(analysis, scores)]
        # ("If it isn't paid this week it goes on your credit file and we start formal
        # collection." is not thanked "for letting me know so nicely")
        rude = self._abused_so_far(analysis) or any(
            a.has(Act.STATE_CONSEQUENCE) or a.has(Act.LEGAL_ACTION) for a, _s in lines
        )
        mean = sum(s.politeness.value for _a, s in lines) / len(lines)
        return not rude and mean >= COURTEOUS

    def _misstated(self, analysis: Analysis, asked: bool = False) -> dict[str, str] | None:
        """A term said back after the promise that is not the one agreed: what was said and
        what was agreed, for "Not $180: $292, like I said." (`asked`: a question putting the
        terms counts too, "u can pay the full 578.20 this friday?")."""
        put = asked and "question" in analysis.flags and analysis.has(Act.PROPOSE_TERMS)
        if not (analysis.has(Act.CONFIRM_TERMS) or put):
            return None
        agreed, slots, debtor = self.debtor.agreed, analysis.slots, self.debtor
        if (
            slots.rest_date is not None
            and slots.first_date is not None
            and agreed.date is not None
            and agreed.rest_date is not None
            and agreed.rest_every is None
        ):
            # both parts said back: each against its own ("$218.48 on the 17th and $436.96 on
            # the 31st" with $218.48 on the 13th and the other $436.96 on the 17th)
            return self._parts_misstated(slots)
        if (
            slots.rest_date == agreed.rest_date is not None
            and slots.first_date == agreed.date is not None
            and agreed.rest_every is not None
            and (
                slots.first_amount is None
                or agreed.amount is None
                or abs(slots.first_amount - agreed.amount) <= 1
            )
        ):
            # "One: 261 dollars on Friday 13 MARCH. Two: 121.03 per month, first one Monday 13
            # April." with those agreed: both parts said back right
            return None
        if (
            slots.amount is not None
            and slots.date in (None, agreed.date)
            and debtor.both_parts_in_one(slots.amount)
        ):
            # "you pay all $3,885.75 by bank transfer on Tuesday 17 March" with $2,526 and the
            # other $1,359.75 both on the 17th (play-test 186): both parts, said as one sum
            return None
        left = debtor.rest_due()
        if (
            slots.amount is not None
            and agreed.rest_amount is None
            and left is not None
            and abs(slots.amount - left) <= 1
        ):
            # "And the other $211.86 with your next instalment?" once $317 is agreed: what is
            # left, asked about, not the first part said wrong
            return None
        if slots.amount is not None and agreed.amount is not None:
            # the sum of the part said: the rest's with the rest's day, the first's with its
            # day, either with no day or another
            parts: list[Decimal | None] = [agreed.amount, agreed.rest_amount]
            if slots.date is not None and slots.date == agreed.date:
                parts = [agreed.amount]
            elif slots.date is not None and slots.date == agreed.rest_date:
                parts = [agreed.rest_amount]
            sums = [k for k in parts if k is not None]
            if (
                sums
                and all(abs(slots.amount - k) > 1 for k in sums)
                and not (
                    slots.date == agreed.rest_date and self.debtor.with_the_instalment(slots.amount)
                )
            ):
                return {"said": debtor.money(slots.amount), "kept": debtor.money(sums[0])}
        if (
            slots.date is not None
            and agreed.date is not None
            and slots.date not in (agreed.date, agreed.rest_date)
            # (a day after the rest's: a later instalment of a monthly plan)
            and (agreed.rest_date is None or slots.date < agreed.rest_date)
        ):
            return {"said": self.debtor.day(slots.date), "kept": self.debtor.day(agreed.date)}
        if (
            slots.method is not None
            and agreed.method is not None
            and slots.method != agreed.method
            and not same_way(slots.method, agreed.method, analysis.text)
            # ("Sorry, you said online - so online payment, $581.24, Friday the 13th": the way
            # they named themselves, said back, is theirs, not a slip)
            and slots.method != self.debtor.named_method
        ):
            said, way = (METHOD_WORDS.get(m, m) for m in (slots.method, agreed.method))
            return {"said": said, "kept": way}
        return None

    def _parts_misstated(self, slots: Slots) -> dict[str, str] | None:
        """A payment in two parts said back: the one term said wrong and the one agreed, or,
        with more than one wrong, both parts as said and as agreed (None: all as agreed)."""
        agreed, debtor = self.debtor.agreed, self.debtor
        assert agreed.date is not None and agreed.rest_date is not None
        assert slots.first_date is not None and slots.rest_date is not None
        wrong: list[tuple[str, str]] = []
        for said_sum, kept_sum, is_rest in (
            (slots.first_amount, agreed.amount, False),
            (slots.rest_amount, agreed.rest_amount, True),
        ):
            if (
                said_sum is not None
                and kept_sum is not None
                and abs(said_sum - kept_sum) > 1
                and not (is_rest and self.debtor.with_the_instalment(said_sum))
            ):
                wrong.append((debtor.money(said_sum), debtor.money(kept_sum)))
        for said_day, kept_day in (
            (slots.first_date, agreed.date),
            (slots.rest_date, agreed.rest_date),
        ):
            if said_day != kept_day:
                wrong.append((debtor.day(said_day), debtor.day(kept_day)))
        if not wrong:
            return None
        if len(wrong) == 1:
            said, kept = wrong[0]
            return {"said": said, "kept": kept}

        def parts(
            first: Decimal | None, day: dt.date, rest: Decimal | None, rest_day: dt.date
        ) -> str:
            sums = [debtor.money(k) + " " if k is not None else "" for k in (first, rest)]
            return f"{sums[0]}by {debtor.day(day)} and {sums[1]}by {debtor.day(rest_day)}"

        return {
            "said": parts(slots.first_amount, slots.first_date, slots.rest_amount, slots.rest_date),
            "kept": parts(agreed.amount, agreed.date, agreed.rest_amount, agreed.rest_date),
        }

    def _asked_back(self, analysis: Analysis) -> bool:
        """Does the line ask back a fact the debtor gave in their last three replies ("was that
        T R X 4 8 2 1 3?", "so that would be tuesday the 3rd?")?"""
        if "question" not in analysis.flags:
            return False
        # the sentences that ask ("I'll pass TRX-48213 to the team. Is this number the best one
        # to reach you on?" asks about the number, not back the reference)
        sentences = _SENTENCE_END.split(analysis.text)
        # (a bare tag asks about the sentence before it: "T-R-X 4-8-2-1-3. Is that right?"; one
        # the reader heard as a tag, about all said since the last question: "So that's
        # TRX-48213, sent last Tuesday. I'll pass it to our payments team. Does that all sound
        # right to you?")
        tags = sorted(c.span.start for c in analysis.cues if c.name == "confirm_phrase")
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(analysis.text))]

        def a_tag(k: int) -> bool:
            # (one asking whether it is right: "That sound fair?" asks to agree, not to check)
            if _FACTS_CHECKED.search(sentences[k]) is None:
                return False
            first = bisect.bisect_left(tags, starts[k])  # (one look: a line of tags stays linear)
            return first < len(tags) and tags[first] < starts[k] + len(sentences[k])

        asked: list[str] = []
        since = 0  # the first sentence after the last question
        for k, sentence in enumerate(sentences):
            if "?" not in sentence:
                continue
            if k and a_tag(k):
                asked.append(analysis.text[starts[since] : starts[k]])
            elif k and len(sentence.split()) <= 5:
                asked.append(sentences[k - 1])
            asked.append(sentence)
            since = k + 1
        asked_text = " ".join(asked)
        return _echoes(asked_text or analysis.text, self._recent_replies())

    def _recent_replies(self) -> str:
        """The debtor's last three replies: what a line may ask back."""
        return " ".join(t.reply for t in self.turns[-3:]) or self._last_debtor_line

    def _code_chosen(self, analysis: Analysis) -> str | None:
        """The reference the debtor gave, when the line asks between it and another like it
        ("was it 30246 or 30264?" after "TRX-30264")."""
        # (the figures alone count: "30246 or 30264")
        said_codes = [*_codes_in(analysis.text), *_FIGURES_ALONE.findall(analysis.text)]
        if len({_figures(code) for code in said_codes}) < 2 or not _OR.search(analysis.text):
            return None  # one reference, however said, or no choice
        for squeezed, code in self._codes_given().items():
            if any(said in (squeezed, _figures(squeezed)) for said in said_codes) and any(
                _near(said, squeezed) for said in said_codes
            ):
                return code
        return None

    def _codes_given(self) -> dict[str, str]:
        """The references the debtor gave in their last replies, squeezed ("trx30264") to as
        they said them."""
        return {_squeezed(c): c for c in _CODE.findall(self._recent_replies())}

    def _misquoted_code(self, analysis: Analysis, asked: bool = True) -> str | None:
        """The reference the debtor gave, when the line asks back another like it ("TRX-42813,
        right?" after "TRX-48213"), or, `asked` False, says it back so ("ok so ref TRX-30246,
        sent tues 3/3" after "TRX-30264"): what they gave, to put it right."""
        if asked and "question" not in analysis.flags:
            return None
        theirs = self._codes_given()
        said_codes = list(_codes_in(analysis.text))
        if any(said in theirs or said in map(_figures, theirs) for said in said_codes):
            # said back right (or its figures alone, right), if only after a slip: "4 8 2 3 1...
            # no, scusi, 4 8 2 1 3"
            return None
        for said in said_codes:
            near = [c for s, c in theirs.items() if _near(said, s)]
            if near:
                return near[0]
        # "Got it, TXN-49188226. Let me read it back... Right?" after "TRX-95328" (play-tests
        # 175 and 176): another reference altogether, said back as theirs (not the account's
        # own number, which the record holds)
        account = _squeezed(self.record.account_number)
        other = [c for c in said_codes if c != account and not c.isdecimal()]
        if other and len(theirs) == 1:
            return next(iter(theirs.values()))
        return None

    def _asked_to_read_back(self, analysis: Analysis) -> bool:
        """The line asks the debtor to say the terms back, and names none of its own ("say it
        back to me: what you payin Friday the 13th, an' what on the 20th?" names only days
        agreed)."""
        slots = analysis.slots
        # ("Okay, so just to, um, read it back... four hundred dollars, by bank transfer, on
        # Tuesday the 31st of March. Is that, er, right?", play-test 210: all three said, the
        # trainee reads back; the debtor says yes once, not the terms again)
        said_it_all = None not in (slots.amount, slots.date, slots.method)
        return (
            analysis.cued("asks_read_back")
            and not said_it_all
            # ("If you paid, can you tell me when, how much, and how you paid it": the payment
            # they say they made, asked about; play-test 250)
            and not analysis.cued("topic_payment_sent")
            and (slots.is_empty() or self._names_only_what_was_agreed(analysis))
        )

    def _names_only_what_was_agreed(self, analysis: Analysis) -> bool:
        slots, agreed = analysis.slots, self.debtor.agreed
        return (
            agreed.count() > 0
            and slots.amount in (None, agreed.amount, agreed.rest_amount)
            and slots.date in (None, agreed.date, agreed.rest_date)
            and slots.method in (None, agreed.method)
            and slots.rest_date in (None, agreed.rest_date)
        )

    def _asks_to_repeat(self, analysis: Analysis) -> bool:
        """The line only asks the debtor to say their last line again."""
        return (
            bool(self._last_debtor_line)
            and analysis.cued("asks_repeat")
            and not analysis.cued("asks_read_back")  # "can you repeat the plan back to me?"
            and set(analysis.acts) <= _ASIDES
            and analysis.slots.is_empty()
        )

    def _reaction(self, analysis: Analysis) -> str | None:
        key = reaction_to(analysis, self.debtor)
        if key == "off_topic" and _anything_else_asked(analysis.text):
            # ("haha sorry, I meant do you have any questions for me?": answered, not "Sorry,
            # what?" first; the model retrained on corpus 122 heard it as small talk)
            key = None
        line = self.lines.reaction(key) if key else None
        said = fill(line, self.values) if line else None
        if said and any(said in t.reply for t in self.turns):
            # every way of saying it used up: not "Threats now? I'll remember that." a second
            # time (play-test 262); the reply goes on without it
            return None
        return said

    def to_dict(self) -> dict[str, Any]:
        from simulator.engine.export import call_to_dict

        return call_to_dict(self)


# The trainee says they are changing the terms, not reading them back
_CHANGE_OF_PLAN = re.compile(
    r"\b(?:change\s+(?:of\s+)?(?:the\s+)?plan|i\s+change|changed?\s+my\s+mind|new\s+plan|"
    r"scratch\s+that|forget\s+(?:the|that|about)|instead|small\s+change|let'?s\s+change|"
    # ("Actually forget it, just do it in the portal today.", play-test 280; not "forget it. ill
    # note 300 today", the caller giving up)
    r"forget\s+it\W+(?:just|let'?s|do|pay|make|go)\b|"
    # "no wait, wednesday. wednesday 11th. 133.74 online. confirm": the trainee's own slip
    r"no\s+wait|wait,?\s+no|"
    r"(?:i\s+)?change\s+(?:it|the\s+(?:date|day|plan|amount))|move\s+(?:(?:it|the\s+\w+)\s+)?to|"
    # the trainee's own slip put right: "I made a mistake there. The full amount is $961.64"
    r"i\s+made\s+a\s+mistake|my\s+mistake|typo|typing\s+error|i\s+(?:misread|misspoke|mistyped)|"
    # "oh sorry sorry, i typed it wrong, its 441.72 not 414.72!" (play-test 127)
    r"(?:typed|wrote|got|had|said)\s+(?:it|that|the\s+(?:amount|figure|number|sum))\s+wrong|"
    r"(?:gave|said|told)\s+(?:you\s+)?the\s+wrong\s+(?:figure|amount|number|sum)|"
    # "could you maybe do even a smaller first payment then, like $25 ... on Friday the 13th?"
    r"(?:a\s+)?(?:smaller|lower|bigger|larger)\s+(?:first\s+)?(?:payment|amount|sum|instal+ment)|"
    r"(?:the\s+)?correct\s+(?:figure|amount|sum|balance|total)\s+is|"
    # "actually make the first one 310 and the rest 291.64": a part's sum changed
    r"make\s+(?:it|that|the\s+rest|the\s+(?:first|second|last|other)\s+(?:one|part|payment|bit|"
    r"instal+ment|half))\s+[$£€]?\d+)\b",
    re.IGNORECASE,
)
# (a change put, not the terms misremembered: "Direct debit isn't an option ... Let's do debit
# card. Are you happy to pay $187.40 by debit card tomorrow?")
_LETS_DO = re.compile(r"\blet'?s\s+(?:do|go\s+with|make\s+it|say)\b", re.IGNORECASE)
# "is the car running ok otherwise?", "how's the new job going?": after how something of
# theirs is doing
# paying again asked outright ("would you be able to pay it again", not "you do not need to
# pay again")
_PAY_AGAIN_ASKED = re.compile(
    r"(?<!need\sto\s)(?<!have\sto\s)(?<!don't\s)(?<!not\s)(?<!i\scan\s)(?<!we\scan\s)(?<!i'll\s)"
    r"(?<!we'll\s)\b(?:pay|paying|send|transfer)\s+"
    r"(?:it\s+|that\s+|the\s+[\w$£€.,]+\s+)?"
    r"(?:again|twice|a\s+second\s+time)\b",
    re.IGNORECASE,
)
# what they earn asked ("how much do u get from the cafe shifts", "how much do you make"), in a
# line already read as about what they can afford (`lexicon.INCOME_ASKED`, "how much is the
# pay?", reads any line)
_EARNINGS_ASKED = re.compile(
    r"\b(?:earn|earning|make|making|get\s+from|getting\s+from|bring(?:ing)?\s+in|take\s+home|coming\s+in|comes\s+in|"
    r"taking\s+home|pays?\s+(?:you|u)|(?:will|would|does)\s+(?:\w+\s+){1,3}?bring|brings)\b",
    re.IGNORECASE,
)
# the person asked for, spoken of as if they were there ("could you ask her to call me back?")
_SOMEONE_ABSENT = re.compile(r"\b(?:she|he|her|him|his|she's|he's|shes|hes)\b", re.IGNORECASE)
# (not "Like I said, ...": what they said may have been only "you've got the wrong number")
_STILL_WRONG_NAME = [
    "There's no {name} here. Who is it you're after?",
    "Sorry, there's nobody called {name} here. Who did you want?",
]
# the choice asked in a sentence of its own after the ways ("... or a bank transfer. Which
# would suit you?", play-test 131)
_WHICH_NEXT = re.compile(r"[.!]?\s*(?:so\s+)?(?:which|what)\b[^.?!]{0,40}\?")
# said of a way to pay that will not do this time ("the direct debit isn't set up yet")
_SET_ASIDE_WAY = re.compile(
    r"\b(?:not|isn't|isnt|aren't|wasn't|won't|can't|cannot|no\s+longer|broken|failed|bounced|"
    # ("the direct debit would only start in April - for this Friday one, would you rather pay
    # online or by card?": a way for the payments after this one, play-test 167)
    r"start(?:s|ing)?\s+(?:in|from|on|next)|next\s+month|going\s+forward|"
    # ("Since the direct debit's on the old bank, maybe a card payment or a transfer from the
    # new account?", play-test 186)
    r"old\s+(?:bank|account|card))\b"
)
# what a caller asks to be sure who answered (the record's details, not the name alone)
_SECURITY_DETAILS = ("date_of_birth", "address", "account")
# a debt named, not just an account ("your car loan", "the payment", "what you owe")
_DEBT_NAMED = re.compile(
    r"\b(?:debts?|loans?|payments?|paid|pay|overdue|arrears|owe[sd]?|owing|balance|behind|"
    r"late|missed|instal(?:l)?ments?|finance|mortgage|card)\b",
    re.IGNORECASE,
)
_ASKED_IF_WELL = re.compile(
    r"\b(?:is|are)\s+(?:the|your|ur)\s+(?:\w+\s+){1,3}?(?:running|going|doing|working|"
    r"holding\s+up|treating\s+you)?\s*(?:ok|okay|alright|all\s+right|fine|good|well)\b[^.?!]*\?|"
    r"\bhow'?s\s+(?:the|your|ur)\s+(?:\w+\s+){0,2}?\w+\s+(?:going|doing|running|treating\s+you)\b|"
    # ("Is it nice weather where you are? It's pouring here.", play-test 206)
    r"\b(?:is\s+it|how'?s\s+the|what'?s\s+the)\s+(?:\w+\s+)?weather\b|\b(?:is\s+it|it)\s+(?:nice|sunny|raining|"
    r"warm|cold)\s+(?:there|where\s+(?:you|u)\s+are)\b",
    re.IGNORECASE,
)
# A question about the debtor's own life ("where are you flying to?", "what you do for work?",
# "You can drive to work OK?"), not one about what they know ("do you know when she's back?")
# the card's details asked for: "read me the card", "the long number on the front", "card
# details when ur ready", "what's the expiry and the three digits on the back?" (not "update
# your card details in the app": done by them)
_CARD_DETAILS_ASKED = re.compile(
    r"\b(?:read|give|pass|tell|call)\s+(?:me\s+|us\s+)?(?:out\s+)?(?:the\s+|your\s+|ur\s+)?(?:long\s+)?"
    r"(?:card|16)(?:[\s-]*(?:number|digits|details|no))?\b|"
    r"\blong\s+(?:card\s+)?number\b|"
    r"\bcard\s+(?:number|details|digits)\b(?=[^.?!]{0,25}\b(?:when\s+(?:you're|youre|ur|you\s+are)\s+ready|"
    r"please|go\s+ahead)\b)|"
    # ("Finally. Card number then, I haven't got all morning", play-test 257)
    r"(?:^|[.!?]\s*)(?:ok(?:ay)?\W+|right\W+|so\W+|great\W+)?(?:the\s+|your\s+|ur\s+)?card\s+(?:number|details)"
    r"(?:\s+(?:then|now|please|pls|go|mate))*\s*(?:[,.!?]|$)|"
    r"\b(?:what's|whats|what\s+is)\s+(?:the|your|ur)\s+(?:long\s+)?(?:card\s+)?(?:number|expiry|security\s+code)\b|"
    r"\b(?:cvv|cvc)\b|\b(?:three|3)\s+digits\s+on\s+the\s+back\b",
    re.IGNORECASE,
)
# a first part or a sum now asked beside an instalment: "How much now, and how much a month?"
_FIRST_OR_NOW_ASKED = re.compile(
    r"\b(?:now|up\s*front|to\s+start|first|today|straight\s+away|right\s+away)\b", re.IGNORECASE
)
# what a trainee tells the debtor (or whoever answered), as a state's trigger
_TOLD_TRIGGERS = frozenset({"state_amount", "state_purpose", "disclose_debt"})
# "Are you paying now or not?", "you still paying today?": whether they pay, asked yes or no
_STILL_PAYING_ASKED = re.compile(
    r"(?:^|[.!?]\s*)(?:so\s+|and\s+|but\s+|ok\s+|okay\s+)?(?:are|r|will|you|u)\s+(?:you\s+|u\s+)?"
    r"(?:still\s+|actually\s+|really\s+|even\s+)?(?:paying|going\s+to\s+pay|gonna\s+pay|pay)\b[^.?!]*\?",
    re.IGNORECASE,
)
_ABOUT_THEM = re.compile(
    r"\b(?:where|what|how|which)\s+(?:are|were|do|did|will|r)?\s*(?:you|u|ya)\s+"
    r"(?!(?:know|think|remember|mean|want|need|prefer|say|said|owe)\b)\w+|"
    r"(?:^|[.?!]\s*)(?:(?:are|were|do|did|will)\s+(?:you|u)|(?:you|u)\s+(?:can|are|will))\s+"
    r"(?!(?:know|think|remember|mean|want|need|prefer|say|have|owe|pay|agree|understand)\b)\w+|"
    # "is everything okay with you? Sometimes people have hard times"
    r"\bis\s+everything\s+(?:okay|ok|alright|all\s+right|fine|good)\b",
    re.IGNORECASE,
)


_SAY_IT_AGAIN = re.compile(
    r"\b(?:say|read|give|tell)\b[^.?!]{0,30}\b(?:again|once\s+more|one\s+more\s+time)\b|\brepeat\b",
    re.I,
)
# "thats not a yes. is that a no?": their answer asked for again
_YES_OR_NO_ASKED = re.compile(
    r"\b(?:is\s+that|is\s+it|that's|thats|so)\s+(?:a\s+)?(?:yes|no)\s*\?|\byes\s+or\s+no\b", re.I
)
_THANKS_SAID = re.compile(
    r"(?:\b(?:okay|ok|right|alright),?\s+)?\bthank(?:s|\s+you)\b[^.!?]*[.!?]?\s*", re.I
)


# what a goodbye left without its thanks trails ("Goodbye, and thank you." -> "Goodbye, and")
_TRAILING_AND = re.compile(r"[\s,;-]*\band\s*$", re.I)


def _without_thanks(goodbye: str) -> str:
    """A goodbye with no thanks in it, for a caller who was rude ("Goodbye, and thank you." ->
    "Goodbye."; play-test 149), or "Bye." when nothing else is left."""
    left = _TRAILING_AND.sub("", _THANKS_SAID.sub("", goodbye).strip())
    if not left:
        return "Bye."
    return left if left[-1] in ".!?" else left + "."


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _said_apart(text: str, other: str, fired: str, context: AnalysisContext) -> bool:
    """Is `other` said in a sentence of its own, one that does not also say what moved the
    debtor? "She has $330.76 overdue. Can you ask her to call me back?" tells of the debt and
    leaves a message; "ok. what day n how, transfer?" asks about the payment sent, whatever
    payment words the reader heard in it."""
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2:
        return False
    for sentence in sentences:
        read = analyze(sentence, context)
        heard = {act.value for act in read.acts} | set(read.custom_acts)
        if other in heard and fired not in heard:
            return True
    return False


_ASKS_FOR_TERMS = (Act.ASK_PAYMENT, Act.PROPOSE_TERMS, Act.SET_DEADLINE, Act.OFFER_PLAN)
# A reply is stitched from lines each fine alone: "Yes, card works." and "Yes. $615.51 by
# Friday, card."; "Thanks for saying that." and "Thank you. I'll pay as soon as I can". Said
# together, the second does not open with the first's yes, okay or thanks again.
_OPENER = re.compile(
    r"(?P<word>yes|yeah|yep|okay|ok|sure|fine|right|certainly|of\s+course|alright|all\s+right|"
    r"thanks|thank\s+you)"
    r"(?:\s+(?:so\s+much|again|for\s+that))?\s*[.!,]\s*",
    re.IGNORECASE,
)
_OPENER_KIND = {
    "yeah": "yes", "yep": "yes", "ok": "okay", "thank you": "thanks", "all right": "alright",
}  # fmt: skip
_THANKS = re.compile(r"\bthanks?\b|\bthank\s+you\b", re.IGNORECASE)


def _opener(line: str) -> tuple[str, int] | None:
    """The acknowledgement a line opens with, by kind, and where the rest begins."""
    found = _OPENER.match(line)
    if found is None:
        return None
    word = " ".join(found.group("word").lower().split())
    return _OPENER_KIND.get(word, word), found.end()


def _asked_before_the_terms(analysis: Analysis, topic: str) -> bool:
    """Was the question about `topic` (a built-in topic or a trainer's question act) asked in
    a question of its own before the line named any term ("When do you land? If it's today,
    could you do the full 729.42 tonight?")?"""
    asked = analysis.text.find("?")
    terms = [c.span.start for c in analysis.cues if _TERM_CUE.match(c.name)]
    if asked < 0 or not terms or min(terms) < asked:
        return False
    said_in_it = [c.span.start for c in analysis.cues if c.name == f"topic_{topic}"]
    return topic in analysis.custom_acts or any(at < asked for at in said_in_it)


def _answers_run_on(answers: list[str]) -> list[str]:
    """Two security answers said as one reply, not each opened alike ("Sure, August 5, 1998.
    Sure, it's 12 Elm Street." reads as two people): "Sure, August 5, 1998. It's 12 Elm
    Street.", "It's August 5, 1998. And it's 12 Elm Street."
    """
    out = answers[:1]
    for answer in answers[1:]:
        if answer.startswith("Sure, ") and any(a.startswith("Sure, ") for a in out):
            answer = answer.removeprefix("Sure, ")
            answer = answer[:1].upper() + answer[1:]
        if answer.startswith("It's ") and any(a.startswith("It's ") for a in out):
            answer = "And it's " + answer.removeprefix("It's ")
        out.append(answer)
    return out


def _said_once(lines: list[str]) -> list[str]:
    """The reply's lines, each less an opening yes, okay or thanks the line before opened
    with (any thanks before, for thanks)."""
    out: list[str] = []
    for line in lines:
        opens = _opener(line)
        if out and opens is not None and line[opens[1] :]:
            before = _opener(out[-1])
            thanked = opens[0] == "thanks" and any(_THANKS.search(o) for o in out)
            if thanked or (before is not None and before[0] == opens[0]):
                rest = line[opens[1] :]
                line = rest[0].upper() + rest[1:]
        if out:
            line = _without_words_said(line, " ".join(out).lower())
            line = _without_sentences_said(line, out)
        out.append(line)
    return out


_THANKS_FIRST = re.compile(
    r"^(?:(?:great|okay|ok|right|alright|brilliant|lovely|good),?\s+)?(?:thanks|thank\s+you)\b"
    r"[^.!?]{0,30}[.!]\s+(?=\S)",
    re.IGNORECASE,
)


def _key(sentence: str) -> str:
    return re.sub(r"[^a-z' ]|\bthen\b", "", sentence.lower()).strip()


def _without_sentences_said(line: str, said: list[str]) -> str:
    """ "Thanks. Okay, thanks. Bye!", "Ha, thanks. ... Great, thanks for being flexible.",
    "We're done. Right. We're done, then." (play-test 159): thanks opening a line the reply
    already thanked in, and a sentence said already, are said once."""
    if any(_THANKS.search(s) for s in said):
        line = _THANKS_FIRST.sub("", line)
    before = {_key(s) for s in _SENTENCE_END.split(" ".join(said))}
    kept = [
        s
        for s in _SENTENCE_END.split(line)
        if not _key(s) or (_key(s) not in before and not _said_within(_key(s), before))
    ]
    # "Fine, Friday the 13th. That works. Next payday's Friday the 13th. A bit short, ..."
    # (play-test 167): a short sentence naming only a day said already goes
    earlier = " ".join(said)
    kept = [
        s
        for s in kept
        if (day := _A_DAY_SAID.search(s)) is None
        or day.group() not in earlier
        or (
            len(s.split()) > _FEW_WORDS
            # ("The next one's Friday the 13th.": nothing but the day, however many words)
            and not set(_WORDS.findall(s.replace(day.group(), " ").lower())) <= _ONLY_THE_DAY
        )
    ]
    return " ".join(kept) if kept else line


_UNDERSTOOD_ASKED = re.compile(
    r"(?:^|[.!?,;]\s*)(?:(?:is\s+)?that\s+)?(?:clear(?:\s+enough)?|understood|got\s+(?:it|that)|"
    r"(?:do\s+)?(?:you|u)\s+(?:understand|get\s+(?:it|that|me))|make\s+sense|capisce)\s*\?+\s*$",
    re.IGNORECASE,
)


def _without_questions(line: str) -> str:
    """The line less the sentences that ask something."""
    return " ".join(s for s in _SENTENCE_END.split(line.strip()) if not s.rstrip().endswith("?"))


def _each_sentence_once(reply: str) -> str:
    """The reply with each sentence said once, also within one of the lines it is made of
    ("It's loud here, but go ahead, quickly. Sorry, who's calling? It's loud here.")."""
    kept: list[str] = []
    keys: set[str] = set()
    for sentence in _SENTENCE_END.split(reply.strip()):
        key = _key(sentence)
        # (a word or two said twice may be meant: "No. No.")
        if len(key.split()) >= _CLAUSE_WORDS and (key in keys or _said_within(key, keys)):
            continue
        kept.append(sentence)
        keys.add(key)
    return " ".join(kept)


def _said_within(key: str, before: set[str]) -> bool:
    """ "It's loud here, but go ahead, quickly. Sorry, who's calling? It's loud here."
    (play-test 280): a sentence of a few words that an earlier sentence already said, as its
    clause, is said once."""
    return len(key.split()) >= _CLAUSE_WORDS and any(f" {key} " in f" {b} " for b in before)


_CLAUSE_WORDS = 3


def _without_words_said(line: str, said: str) -> str:
    """ "$591.62? Yeah, whatever, fine. Alright, Thursday the 12th. Whatever.": a word standing
    alone as a sentence is said once a reply (`said`: the reply before the line, lowercase)."""
    kept = _ONE_WORD_SENTENCE.sub(
        lambda m: "" if re.search(rf"\b{m.group(1).lower()}\b", said) else m.group(0), line
    )
    return kept.strip() or line


def _postcode_only(text: str) -> bool:
    """ "could you confirm the postcode on your account for me?": the code asked for, not the
    address."""
    return bool(_POSTCODE_ASKED.search(text)) and not _ADDRESS_ASKED.search(text)


_POSTCODE_ASKED = re.compile(r"\b(?:post\s*code|zip(?:\s*code)?)\b", re.IGNORECASE)
_ADDRESS_ASKED = re.compile(r"\b(?:address|first\s+line|street|house\s+number)\b", re.IGNORECASE)
# the debtor asking for their dispute to be noted ("And please make sure the dispute with the
# dealer is on my file.", "You'll note the dealer complaint, right?")
_NOTING_ASKED = re.compile(
    r"(?:(?<=[.!?])\s+|^)[^.!?]*\b(?:make\s+sure|you'll\s+note|goes\s+on\s+(?:my\s+)?(?:file|record))\b"
    r"[^.!?]*\b(?:dispute|complaint)\b[^.!?]*[.!?]|"
    r"(?:(?<=[.!?])\s+|^)[^.!?]*\b(?:dispute|complaint)\b[^.!?]*\b(?:on\s+my\s+file|on\s+record)\b[^.!?]*[.!?]",
    re.IGNORECASE,
)
# a third party's line that says where the debtor is ("She's not in right now.")
# an answer that refuses to pay ("I'm not paying for a scam.")
_WONT_PAY = re.compile(
    r"\b(?:i'm|i\s+am)\s+not\s+paying\b|\bi\s+(?:won't|will\s+not)\s+pay\b", re.IGNORECASE
)
# when someone is back, asked ("when's she back?", "what time does she get in?")
_WHEN_BACK_ASKED = re.compile(
    r"\b(?:when|what\s+time)\b[^.?!]{0,30}\b(?:back|home|return|get\s+in|in\s+later)\b",
    re.IGNORECASE,
)
_SAYS_WHERE = re.compile(
    r"\b(?:out|not\s+(?:in|here|home|around)|back|home|at\s+work|away)\b", re.IGNORECASE
)
# the sentence a word is in ends in a question mark
_ASKED_AFTER = re.compile(r"[^.!?]*\?")
# what a debtor may end the call on when it comes with the terms said back
_OFFENSIVE_TRIGGERS = ("insult", "threat", "legal_action", "state_consequence")
_A_DAY_SAID = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) the \d+(?:st|nd|rd|th)\b"
)
_FEW_WORDS = 5
_WORDS = re.compile(r"[a-z']+")
# the words around a day in a sentence that says nothing else ("The next one's Friday the 13th.")
_ONLY_THE_DAY = frozenset(
    "the next one one's is it's that's my pay payday payday's day then so and on".split()  # noqa: SIM905
)
_ONE_WORD_SENTENCE = re.compile(r"(?:(?<=[.!?])\s+|^)([A-Z][a-z]+)[.!](?=\s|$)")


_HOW_MUCH = re.compile(
    # ("what's the lowest you can actually do, and when?", play-test 228)
    r"\bhow\s+much\b|\bwhat\s+(?:amount|sum)\b|" + NUMBER_ASKED + "|" + LOWEST_YOU_CAN + "|"
    r"\bwhat\s+(?:can|could)\s+(?:you|u)\s+(?:realistically\s+|actually\s+)?"
    r"(?:pay|put\s+down|manage|afford)\b"
)
# "is possible you pay some part now?", "could you pay something today?": the sum left to
# them, which a person then names (play-test 159)
_SOME_ASKED = re.compile(
    r"\b(?:pay|paying|manage|send|put\s+down)\s+(?:something|some\s+part|some|a\s+part|part\s+of\s+it|"
    r"a\s+bit|a\s+little(?:\s+bit)?|anything)\b(?!\s+(?:else|more|extra))|"
    # ("would it be... all of it, the $784.59, or maybe some of it?", play-test 231)
    r"\bor\s+(?:(?:maybe|just|perhaps|only)\s+){0,2}(?:some|part|a\s+part)(?:\s+of\s+it)?\s*\?"
)
# ("the other $140.44, would there be a time for that too?", "put a date on the remaining
# $247.97": play-test 237)
_WHEN = (
    r"\b(?:when|what\s+day|which\s+day|what\s+date|(?:a|any)\s+(?:time|day|date)\s+for|"
    r"(?:put|set|pin)\s+a\s+(?:date|day)\s+on)\b"
)
# ("when could you pay that second part?", play-test 279)
_THE_REST_SAID = (
    r"the\s+rest|the\s+remain(?:der|ing)|what'?s\s+left|the\s+other\s+(?:part|bit)|"
    r"(?:that|the)\s+second\s+(?:part|bit|payment|one)"
)
_REST_WORDS = re.compile(rf"\b(?:{_THE_REST_SAID})\b")
# the rest by name or by its sum: "the other half", "the other 575.78"
_REST_NAMED = rf"\b(?:{_THE_REST_SAID}|the\s+other\s+(?:half|[$£€]?\d[\d,]*(?:\.\d\d)?))"
_REST_OR_ITS_SUM = re.compile(_REST_NAMED)
# "when wud the monthly start?", "and when does the 50 a month start?": the instalments' start
_INSTALMENTS_START_ASKED = re.compile(
    r"\bwhen\b[^.?!]{0,40}\b(?:monthly|weekly|fortnightly|instal+ments?|month|week|fortnight|rest)\b"
    r"[^.?!]{0,12}\b(?:start|starts|begin|begins|kick\s+in|kicks\s+in)\b"
)
# "and the rest when?", "what day for the other 179.21", "when do you pay the remainder?"
# ("I'm asking about the REST. 156.13. what date", play-test 147: its sum between)
_REST_DAY_ASKED = re.compile(
    # ("And the other $170.68? When's that coming", play-test 242)
    # ("and the rest, the um, 714.44, when could that be?", play-test 279)
    rf"{_REST_NAMED}(?:[\s.,:;-]+(?:the\s+)?(?:(?:um+|uh+|er+|erm)[\s,]+)?[$£€]?\d[\d,]*(?:\.\d\d)?)?"
    rf"[\s.,:;?-]*[^.?!\d]{{0,30}}{_WHEN}|"
    rf"{_WHEN}[^.?!\d]{{0,25}}{_REST_NAMED}"
)


def _agreement_asked(analysis: Analysis) -> bool:
    """Does the line put what the caller will do to the debtor to agree ("I'll trace it with the
    payments team ... I'll ring you back. Fair?"), asking nothing about them?"""
    if _LEAVE_ASKED.search(analysis.text):
        # ("Is it, um, okay if we maybe hold off for now and I call back if it still doesn't
        # show?", "I'll ask payments to look for it, if that's okay.": play-test 233)
        return True
    if any(cue.name.startswith("topic_") for cue in analysis.cues):
        return False
    if analysis.cued("asks_agreement") or _BARE_TAG_AT_THE_END.search(analysis.text):
        # ("... If it doesn't show by Friday, I'll call you back and we can look at your bank
        # statement together. Okay?", play-test 224)
        return True
    tagged = _TAG_AGREEMENT.search(analysis.text)
    return tagged is not None and not _ABOUT_YOU.search(tagged.group())


# leave asked for what the caller will do: "is it okay if we hold off ...?", "..., if that's okay"
_LEAVE_ASKED = re.compile(
    # ("Would it, maybe, be okay if we called back if it still doesn't show up?", play-test 260)
    r"\b(?:is|would)\s+it(?:,?\s+(?:um|uh|er|maybe|perhaps|just)\b,?)?\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|"
    r"fine)\s+if\s+"
    r"(?:we|i)\b|\bif\s+(?:that's|that\s+is|it's|that\s+works)\s+(?:ok|okay|alright|all\s+right|fine|with\s+you)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "... yes or no", "... deal?", "..., yeah?": a yes asked for, as the line's last words
_YES_ASKED = re.compile(
    r"(?:\byes\s+or\s+no|\b(?:yeah|yes|ok|okay|right|deal|agreed|alright|correct)\s*\?)\W*$",
    re.IGNORECASE,
)
# "... I'll call you back. Okay?": a tag of its own, closing what was said
_BARE_TAG_AT_THE_END = re.compile(
    # ("... Should be sorted in 3 to 5 working days. That ok?", play-test 267)
    r"[.!]\s*(?:(?:is\s+)?that(?:'s|\s+is)?\s+(?:(?:ok|okay|alright|all\s+right|fine)\s+with\s+(?:you|u)\s*\?|"
    r"(?:ok|okay|alright|all\s+right|fine)\s*\?)|(?:ok|okay|alright|all\s+right|yeah|right)\s*\?)\s*$",
    re.IGNORECASE,
)
# "payments team will trace it ... no need to pay again, ok?": a statement closed by a tag
_TAG_AGREEMENT = re.compile(
    r"\w[^.?!]{6,}?[\s,]\s*(?:ok|okay|alright|all\s+right|yeah|yes|right)\s*\?",
    re.IGNORECASE,
)
# what the debtor can do or said, asked with a tag ("You can drive to work OK?", "You said she
# is at work now, yes?"): a question about them, not a plan to agree to
_ABOUT_YOU = re.compile(
    r"\b(?:you|u)\s+(?:can|could|are|were|have|had|did|said|told|do|know|got)\b", re.IGNORECASE
)


def _asked_period(analysis: Analysis) -> str | None:
    """The period an instalment is asked for in ("what can you do a month?"), if any."""
    for cue in analysis.cues:
        if cue.name == "ask_instalment":
            return cue.span.text.lower().rsplit(None, 1)[-1]
    return None


def _asks_for_the_rest(text: str, slots: Slots, names: set[str]) -> bool:
    """Does the line ask how much the debtor can pay towards the rest ("and for the rest,
    what could you manage each month?"), in one sentence, naming no sum for it, or ask for
    an instalment where it names the rest ("And the rest? What can you do a month?")?"""
    if slots.rest_amount is not None:
        return False
    if "ask_instalment" in names and (slots.rest or _REST_WORDS.search(text)):
        if slots.amount is None:
            return True
        # "440 on the 20th, ok. And then monthly - what can you do per month on the rest, the
        # 815.92?": the first part's sum said back in a sentence of its own
        lowered = text.lower()
        said = lowered.find((slots.amount_text or "").lower())
        rest = _REST_WORDS.search(lowered)
        if (
            rest is not None
            and 0 <= said < rest.start()
            and sentence_around(lowered, said) != sentence_around(lowered, rest.start())
        ):
            return True
        if said >= 0 and _LEFT_AFTER.match(lowered, said + len(slots.amount_text or "")):
            # "And the rest isn't going away. $1,190.88 left. What can you do monthly on top of
            # that?" (play-test 245): the sum named is the rest's, its instalment asked
            return True
    for asked in _HOW_MUCH.finditer(text):
        start, end = sentence_around(text, asked.start())
        rest = _REST_WORDS.search(text, start, end)
        # ("what can you put down today, and the rest by the 17th?": the first part's sum is
        # asked, the rest given its day)
        if rest and not (slots.rest_date is not None and rest.start() > asked.start()):
            return True
    return False


_LEFT_AFTER = re.compile(r"\s+(?:left|remaining|outstanding|to\s+go)\b")
# "could u do half now ...? when and how?", "how n when": the day and the way asked together
# (both answered)
# ("when. and how - card, transfer, whatever": the two asked as sentences of a word)
_WHEN_AND_HOW = (
    r"\bwhen\s*(?:exactly\s*)?[.,?]*\s*(?:and|&|n)\s+how\b(?!\s+(?:much|many)\b)|"
    r"\bhow\s*[.,?]*\s*(?:and|&|n)\s+when\b"
)
# "when would be ok for that?", "when could you do that?": the day for a sum agreed, asked
_WHEN_OK = re.compile(
    r"\bwhen\s+(?:would|could|will|can)\s+(?:be\s+(?:ok|okay|good|best|alright)|(?:you|u)\s+(?:do|manage|pay))\s+"
    r"(?:for\s+)?(?:that|it|this|the\s+[$£€]?\d)",
    re.IGNORECASE,
)
# "when can you make the first 50", "when could you do the 50, and how?": the day asked
_WHEN_PAID = re.compile(
    # ("when in the next couple of weeks could you make that", "When you can pay it, and how?")
    # ("when do you think you'd pay it?", play-test 277)
    r"\bwhen\s+(?:[^.?!,]{1,40}?\s)?(?:(?:can|could|would|will)\s+(?:you|u|ya)|(?:you|u)\s+(?:can|could|will)|"
    r"(?:you|u)'d)\s+"
    # ("When could you get that $2,632 to us?", play-test 227; not "when do you get paid")
    # ("when would you want to pay it? And, er, how?", play-test 228)
    # ("um, when would you be paying the 818?", play-test 277)
    r"(?:be\s+able\s+to\s+|want\s+to\s+|like\s+to\s+)?(?:make|pay|do|send|manage|get(?!\s+paid\b)|"
    r"be\s+(?:paying|making|sending))\b"
    r"(?![^.?!]{0,40}\b(?:call|ring|talk|speak|back)\b)|"
    # ("When would actually work for you to pay the $736.34?", play-test 282)
    r"\bwhen\s+(?:would|will|might|does|could)\s+(?:actually\s+|really\s+)?(?:work|suit|be\s+(?:good|best|easiest))"
    r"\s+(?:for\s+(?:you|u)\s+)?(?:to\s+(?:pay|make|send|do|clear))?\b"
    # (not "when would suit you for a call back?")
    r"(?![^.?!]{0,40}\b(?:call|ring|talk|speak|back|chat)\b)|"
    # "so when are you gonna pay the 250.49", "when r u paying it" (play-test 147), "So when
    # are you fixing this" (play-test 153)
    r"\bwhen\s+(?:are|r)\s+(?:you|u|ya)\s+(?:actually\s+|really\s+)?(?:gonna\s+|going\s+to\s+)?"
    r"(?:pay|paying|send|sending|make|making|settle|settling|fix|fixing|sort|sorting)\b|"
    # "ok so 264 first... when would that be, and um how much a month after?"
    r"\bwhen\s+(?:would|will|could)\s+(?:that|this|it)\s+be\b|"
    # ("do you maybe know roughly when \"soon\" would be?", play-test 228)
    r"\bwhen\s+\W*soon\W*\s+(?:would|will|might|is)\b|"
    # "so, when would suit you to pay it, and how?"
    r"\bwhen\s+(?:would|will|does|do)\s+(?:it\s+)?(?:suit|work\s+for|be\s+good\s+for)\s+(?:you|u)\b|"
    + _WHEN_AND_HOW
    # ("you pay half now at least, 200, this week, and the rest with next instalment. when")
    + "|"
    + WHEN_AT_THE_END
    # ("Fine. $385. When? And don't say \"someday\".", play-test 232: asked in a word)
    + r"|(?:^|[.!,;:]\s*)(?:so\s+|and\s+|ok\s+)?when\s*\?"
    # ("When, um, would you be able to?", play-test 231: the verb left to the sum agreed)
    + r"|\bwhen\b[\s,]*(?:(?:um|uh|er|erm)\b[\s,]*)*(?:would|could|can|will)\s+(?:you|u)\s+"
    r"be\s+able\s+to\s*\?"
)


# the figures of a reference said alone ("30246"), not inside one ("TRX-30246")
_FIGURES_ALONE = re.compile(r"(?<![\w/-])\d{4,}\b")
_OR = re.compile(r"\bor\b", re.IGNORECASE)
_PAID_AGAIN = re.compile(r"\b(?:again|twice|a\s+second\s+time)\b", re.IGNORECASE)


# a sentence or clause that opens by asking how they will pay ("..., how u paying it")
_HOW_PAY_OPENS = re.compile(
    # ("fine. 309 friday. how're you paying, or do I have to guess that too", play-test 190)
    r"(?:^|[.!?,;]\s*)(?:and\s+|so\s+|now\s+)?how(?:'re\s+|\s+)(?:u|you|ya|are\s+(?:you|u)|r\s+u|will\s+(?:you|u)|"
    r"would\s+(?:you|u)|do\s+(?:you|u))\s+(?:be\s+)?pay(?:ing)?\b",
    re.IGNORECASE,
)


_HOW_PAY = re.compile(
    # ("you didn't say how you're paying")
    # (not "how much can you pay TODAY", play-test 177: the sum asked)
    # ("fine. 309 friday. how're you paying, or do I have to guess that too", play-test 190)
    # ("And how would you, er, want to pay?", play-test 221)
    # (not "would every fortnight be easier with how the shifts pay?", play-test 275: how
    # their work pays them)
    r"\bhow(?:'re|'d|'ll|'s)?\s+(?!much\b|many\b|the\b|they\b|their\b|it\b|its\b|my\b|"
    r"his\b|her\b|those\b|these\b)(?:[\w']+,?\s+){0,5}pay(?:ing)?\b|"
    r"\b(?:which|what|by\s+what)\s+(?:payment\s+)?method\b|"
    # ("Great. How are you sending it?", play-test 280)
    r"\bhow(?:'re|'ll|\s+are|\s+r|\s+will|\s+would)?\s+(?:you|u)\s+(?:be\s+)?"
    r"(?:send|sending)\s+(?:it|that|the\s+money|the\s+payment|us)\b|"
    # "how will you make the payment?" (play-test 125)
    r"\bhow\s+(?:will|would|are|do|did)\s+(?:you|u)\s+(?:be\s+)?mak(?:e|ing)\s+(?:the|that|this|your)\s+payment\b|"
    # "good. date and method", "when exactly and how", "What day, and how?": the way asked
    # beside the day
    r"\b(?:date|day|when)\s*(?:,\s*and|and|&|\+|,|n)\s*(?:(?:a|the|ur|your)\s+)?(?:payment\s+)?"
    # (not "exact date, and how much?", play-test 249: the sum asked beside the day)
    r"(?:method|how\b(?!\s+(?:much|many)\b))\b|" + _WHEN_AND_HOW + r"|"
    # "when could you do the 50, and how?"
    r"\bwhen\b[^.?!]{0,40},?\s+and\s+how\s*\?|"
    # "Friday the 13th. How?", "Method?" ("And how, sorry?", play-test 252)
    r"(?:^|[.!?]\s*)(?:and\s+)?(?:how|(?:payment\s+)?method)\s*,?\s*(?:sorry|please|then|exactly)?\s*\?"
)


# What the debtor asks that a line saying who calls, or why, has just answered.
_WHO_ASKED = re.compile(
    r"\s*\b(?:who'?s\s+calling|who\s+is\s+(?:this|calling)|who'?s\s+this|who'?s\s+asking|"
    r"who\s+(?:is\s+asking|wants\s+to\s+know)|"
    # "Which one is this? The car?", "Which lender are you again?"
    r"which\s+(?:one|lender|company)\s+(?:is\s+this|are\s+you)(?:\s+again)?(?:,\s+sorry)?"
    r"(?:\?\s+the\s+\w+)?)\?",
    re.IGNORECASE,
)
# "so 264.38 bank transfer friday 13th", "ok so that's ...": the terms said back
_SO_SAID_BACK = re.compile(
    r"\W*(?:(?:ok|okay|right|alright|great|good|fine|k|perfect)\W+)?so\b", re.IGNORECASE
)
# ... or opening a later sentence: "300 taken. so 116.59 friday the 13th"
_SO_SAID_BACK_LATER = re.compile(r"(?:^|[.!;]\s*)" + _SO_SAID_BACK.pattern, re.IGNORECASE)
# What the debtor asks of a dispute that the trainee has said is noted
_DISPUTE_NOTED_ASKED = re.compile(
    r"(?:(?<=[.?!])|^)\s*(?:[^.?!]*\b(?:dispute|complaint)\b[^.?!]*\b(?:on\s+(?:my\s+)?(?:file|record)|"
    r"noted|note)\b|[^.?!]*\bnote\s+the\s+(?:\w+\s+)?(?:dispute|complaint)\b)[^.?!]*[.?!]",
    re.IGNORECASE,
)
_KNOWS_WHY = re.compile(
    r"\bi\s+know\s+(?:exactly\s+|full\s+well\s+)?why\s+you'?re\s+calling\b", re.IGNORECASE
)
_WHY_ASKED = re.compile(
    r"\s*\b(?:what'?s\s+(?:this|it)\s+(?:about|regarding)|what\s+is\s+this\s+about|"
    r"is\s+(?:this|it)\s+about\s+(?:the|my)\s+[\w\s-]{1,25})\?",
    re.IGNORECASE,
)


def _without_answered(line: str, told: set[Act]) -> str:
    """The line without a question the trainee has answered (`told`: who they are, why they
    call)."""
    kept = line
    if Act.IDENTIFY_SELF in told:
        kept = _WHO_ASKED.sub("", kept)
    if Act.STATE_PURPOSE in told:
        kept = _WHY_ASKED.sub("", kept, count=1)
    kept = kept.strip()
    if kept != line:
        kept = _DAWNING.sub(".", kept)
        # "Sorry, who is this? Is it about a job?" without its question: "Sorry, is it about
        # a job?"
        kept = _AFTER_A_COMMA.sub(lambda m: m.group(1) + m.group(2).lower(), kept)
    return kept if kept and kept[-1:] in ".!?" else line


# "Yes, that's me... oh." left of "... oh. Is this about the student loan?": the dawning goes
# with the question
_DAWNING = re.compile(r"(?:\.\.\.|\u2026)\s*oh\.$", re.IGNORECASE)
# (a question word only: "No, Tina's out" keeps its capital)
_AFTER_A_COMMA = re.compile(
    r"^([A-Za-z]+,\s+)([A-Z])(?=(?:s|re|o|oes|id|as|hat|ho|ow|an|ould|hich|here|hen|hy|ave|"
    r"ill|ere)\b)"
)


_SAYING_WHO = re.compile(
    # ("Yeah, me. Go on, read your script." after the date of birth: "Go on, ...")
    r"^(?i:(?:(?:yes|yeah|yep|um|uh)[,\s]+)*(?:speaking|that's\s+me|it's\s+me|(?<=,\s)me|(?:it's|this\s+is)\s+))"
    r"(?:(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?)?\s*(?:[.!]+|\u2026)\s*",
)


def _without_saying_who(line: str) -> str:
    """The line without an opening "Speaking." or "Yeah, it's Tammy." (the debtor has just
    said their name); "Yes, that's me... oh. Is this about the loan?" keeps "Oh. Is this
    about the loan?"."""
    rest = _SAYING_WHO.sub("", line, count=1)
    return rest[:1].upper() + rest[1:] if rest != line else line


# what a line asking "could you say that again?" may do besides
_ASIDES = frozenset({Act.OTHER, Act.APOLOGISE, Act.THANK, Act.GREET})
_SAYS_GOODBYE = re.compile(r"\b(?:bye|goodbye|bye-bye|bye\s+now)\W*$", re.IGNORECASE)
# A term accepted as named: no counter, no correction, no going along with another way to pay
_PLAIN_ACCEPTS = frozenset(
    {
        "accept_amount",
        "accept_date",
        "accept_method",
        "accept_rest",
        "accept_instalments",
        "accept_instalments_later",
    }
)


_TERM_CUE = re.compile(r"(?:amount|date|deadline|method)_")
# a question about someone else, asked without its "?": "is she there", "does he still live there"
_ASKED_OF_THEM = r"(?:is|are|does|do|can|will)\s+(?:she|he|they)\b"
_WH_BEFORE = re.compile(
    # ("ah ok. is she there", with no "?")
    # ("great, very helpful. and who r u exactly", play-test 180)
    r"\b(?:when|what|how|which|where|who\s+(?:r|are|is)\b|do\s+(?:you|u)|are\s+(?:you|u)|"
    + _ASKED_OF_THEM
    + "|"
    # ("so either u got proof or u pay again", play-test 152)
    r"either\s+(?:you|u)|"
    # "If you paid, give me date, amount, and reference number.": asked as a request
    r"(?:give|tell|send|show)\s+(?:me|us)|let\s+(?:me|us)\s+know)\b[^.!?]*$",
    re.IGNORECASE,
)


_SUM = re.compile(r"[$£€]\d[\d,]*(?:\.\d\d)?")


COURTEOUS = 60  # the trainee's mean politeness over the call, for the debtor's thanks
# "Thank you for letting me know so nicely.", "You've been very helpful.": thanks for the
# caller's manner, which a caller who was short with the debtor has not earned
_THANKS_FOR_MANNER = re.compile(
    r"\bthank(?:s|\s+you)\b[^.!?]*\b(?:for\s+(?:actually\s+)?(?:being\s+)?(?:so\s+)?(?:kind|nice|"
    r"nicely|understanding|patient|reasonable|listening|not\s+making)|so\s+nicely)|"
    r"\byou've\s+been\s+(?:very\s+|so\s+)?(?:helpful|kind|understanding|lovely)",
    re.IGNORECASE,
)


def _without_thanks_for_manner(reply: str) -> str:
    """The reply less its sentences thanking the caller for their manner (when something
    else is left to say)."""
    return _without_sentences(reply, _THANKS_FOR_MANNER)


def _without_sentences(reply: str, said: re.Pattern[str]) -> str:
    """The reply less its sentences in which `said` is found, when something else is left."""
    if not said.search(reply):
        return reply
    sentences = _SENTENCE_END.split(reply)
    kept = [s for s in sentences if not said.search(s)]
    return " ".join(kept) if kept and len(kept) < len(sentences) else reply


_LAST_CHANCE = re.compile(
    r"\blast\s+chance\b|\banything\s+(?:else\s+)?(?:to\s+say|you\s+want\s+to\s+say)\b",
    re.IGNORECASE,
)
_SUM_SENT_ASKED = re.compile(r"\bhow\s+much\b", re.IGNORECASE)
_YES_AFTER_PUT_RIGHT = re.compile(
    r"^((?:It's\s+)?[A-Z][\w'-]*,\s+actually\.)\s+(?i:(?:(?:yes|yeah),\s+)?(?:(?:that's|it's)\s+me|speaking))[.!]"
)
_GRATITUDE = re.compile(r"(?<!\bno\s)(?<!\bno,\s)\bthank(?:s|\s+you)\b", re.IGNORECASE)


def _without_gratitude(reply: str) -> str:
    """The reply less its sentences of thanks ("No, thanks." is a refusal and stays), when
    something else is left to say."""
    return _without_sentences(reply, _GRATITUDE)


# a sum paid once: "$449 a month" for the rest is another term than "$449" today
# (not the rest's sum: "The rest, $223.33, I could do by Friday the 27th" after "$223.33, yes"
# names the other half, play-test 209)
_ONE_OFF_SUM = re.compile(
    r"(?<!rest,\s)(?<!other\s)(?>[$£€]\d[\d,]*(?:\.\d\d)?)(?!\s+a\s+(?:month|week|fortnight))"
)


def _names_a_sum_said(answer: str, said: list[str]) -> bool:
    """Does the answer name a sum one of the lines already said names?"""
    sums = set(_ONE_OFF_SUM.findall(answer))
    return bool(sums) and any(not sums.isdisjoint(_SUM.findall(line)) for line in said)


# "how much could you pay towards the", "how much can you knock off the"
_PART_OF_BEFORE = re.compile(
    r"\b(?:how\s+much|what\s+(?:amount|part|portion|share|sum))\b[^.?!]{0,60}?"
    r"\b(?:towards?|off|of|against)\s+(?:the\s+|that\s+|your\s+|this\s+)?$"
)


# what a line tells the debtor about the debt (the state they are in after it answers)
_DISCLOSING_ACTS = frozenset({Act.STATE_PURPOSE, Act.STATE_AMOUNT, Act.MINI_MIRANDA})


def _first_sentence(line: str) -> str:
    """ "Yes, that's me." of "Yes, that's me. Is everything okay?"."""
    found = re.match(r".*?[.!?](?=\s|$)", line)
    return found.group() if found else line


def _part_asked_of(analysis: Analysis) -> Analysis:
    """ "How much could you pay towards the $514.27 today?" asks the debtor to name a sum: the
    $514.27 is the whole it is part of, not a sum put to them (the day still is)."""
    slots = analysis.slots
    if slots.amount is None or not slots.amount_text or slots.first_amount is not None:
        return analysis
    text = analysis.text.lower()
    at = text.find(slots.amount_text.lower())
    if at < 0 or _PART_OF_BEFORE.search(text, max(0, at - 80), at) is None:
        return analysis
    return dataclasses.replace(
        analysis, slots=dataclasses.replace(slots, amount=None, amount_text=None)
    )


def _said_as_the_day(analysis: Analysis, span: Span) -> bool:
    """Is the payday named as the day to pay, said right after the line's day ("on Friday
    when you get paid") or as the reason for it ("Would Friday the 13th work, since that's
    when your money comes in?"), not asked about ("when's your next payday after that one?")?"""
    if analysis.slots.date is None:
        return False
    text = analysis.text
    return any(
        c.name.startswith("date_")
        and (
            -1 <= span.start - c.span.end <= 2
            # ("on Friday when you get paid": the payday inside the day's own words)
            or c.span.start <= span.start < c.span.end
            or (
                0 <= span.start - c.span.end <= 60
                and not _SENTENCE_END.search(text, c.span.end, span.start)
                and _BECAUSE_BEFORE.search(text, max(c.span.end, span.start - 25), span.start)
                is not None
            )
        )
        for c in analysis.cues
    )


_BECAUSE_BEFORE = re.compile(r"\b(?:since|because|cos|cause|as)\b", re.IGNORECASE)


_OR_NOT_ENDS = re.compile(OR_NOT_ASKED, re.IGNORECASE)


_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)\s*$")


def _asked_in(text: str, at: int) -> bool:
    """Is what is said at `at` in a question: its sentence asks ("?") or opens with "tell me",
    or the line has no question mark at all ("HOW MUCH per week from the cafe, and what day is
    payday")?"""
    start, end = sentence_around(text, at)
    if end < len(text) and _TRAILS_OFF.search(text, start, end) and text[end].islower():
        # "you're her... flatmate, is that right?" (play-test 246): a pause, not a full stop
        end = sentence_around(text, end)[1]
    if "?" not in text:
        # ("no. end of month is payday again and you said that last time. i need it within the
        # week": the payday told, in a sentence that asks nothing)
        return (
            _WH_WORD.search(text, start, end) is not None
            or _OPENS_AS_AN_ASK.match(text, start) is not None
            # ("nothing here since march 2. got proof or not", play-test 175)
            or _OR_NOT_ENDS.search(text[start:end]) is not None
        )
    if (
        _PREMISE_ENDS.search(text, at, end) is not None
        and _ASKS_OPENING.search(text, start, at) is None
    ):
        # "Payday's not till the 31st, so where's the money comin' from by the 17th?": said
        # as what the question stands on, not asked
        return False
    # ("Is it savings, or money from another bill? Tell me the source so I can note it.")
    # ("... you keep your right to dispute it, ok? What's actually wrong with the car, quick
    # version.": a question in its words, typed with a full stop)
    return (
        "?" in text[start:end]
        or _OPENS_AS_AN_ASK.match(text, start) is not None
        # ("cmon. u get paid friday dont u", play-test 184: a tag asks, with no "?")
        or _TAG_ASKS.search(text[start:end]) is not None
        # "If you have a receipt or a reference ... I'm happy to look into it. Do you have one?"
        # (play-test 131): asked in the short question after it
        or _ASKED_BACK_NEXT.match(text, end) is not None
    )


_TAG_ASKS = re.compile(
    r"\b(?:don't|dont|didn't|didnt|aren't|arent|won't|wont|can't|cant|haven't|havent)\s+(?:you|u|ya)\W*$|"
    r"\byes\s+or\s+no\W*$",
    re.IGNORECASE,
)
# a short question that asks after what the sentence before named ("Do you have one?")
_ASKED_BACK_NEXT = re.compile(
    r"[.!]?\s*(?:and\s+|so\s+)?(?:do|did|have|can|could)\s+(?:you|u)\s+(?:have|got|keep|send|find)\s+"
    r"(?:got\s+)?(?:one|it|them|any|that)\b[^.?!]{0,20}\?",
    re.IGNORECASE,
)


# what asks without a question mark: a question word, or "give me", "tell me", "I need your"
_WH_WORD = re.compile(
    # ("so either u got proof or u pay again": a choice put to them, play-test 152)
    r"\b(?:when|what|what's|whats|how|which|where|who|why|give\s+me|tell\s+me|send\s+me|either\s+(?:you|u)|"
    r"let\s+me\s+know|i\s+need\s+(?:to\s+know|your|the|ur))\b",
    re.IGNORECASE,
)
_PREMISE_ENDS = re.compile(r",\s*(?:so|but|then)\s+", re.IGNORECASE)
_ASKS_OPENING = re.compile(
    r"\b(?:when|what|what's|how|which|where|who|why|do|does|did|is|are|can|could|will|would)\b",
    re.IGNORECASE,
)


# a sentence that opens as an ask, without a "?": "tell me ...", "I'm asking how ...", "What's
# actually wrong with the car, quick version."
_OPENS_AS_AN_ASK = re.compile(
    r"\s*(?:(?:so|then|just|please|now|and)\W+)?(?:(?:tell|give)\s+me\b|"
    # "I just wondered when you'd have money coming in, if that's okay to ask."
    r"i\s+(?:just\s+)?(?:wonder|wondered|was\s+wondering)\b|"
    # "nobody said pay twice. I'm asking how you SENT it."
    r"(?:i'm|i\s+am|i\s+was)\s+(?:just\s+|only\s+)?asking\b|i\s+(?:just\s+|only\s+)?(?:asked|want\s+to\s+know)\b)|"
    # (a question's own opening words)
    # ("wait youre not michelle? who is this then"; "do the cafe shifts pay weekly or..? like
    # when do u next get paid", play-test 197)
    r"\s*(?:(?:so|and|ok|okay|right|like|um+|uh+)\W+){0,2}(?:what's|whats|what\s+is|what\s+happened|how\s+come|why|"
    r"who\s+(?:is|are)|who's|whos|"
    # ("... a barista manager? when do u get paid from the cafe and how much", play-test 145)
    # ("That's not what I asked. HOW did you send it. Bank transfer? Card?")
    r"(?:when|how)\s+(?:do|does|did|will|are|r)\s+(?:you|u|ya)|how\s+(?:much|many|long|often)|"
    # ("ugh. ok slowly then. do you get paid this friday from those shifts, yes or no",
    # play-test 184: a yes-or-no question, typed with no "?")
    r"(?:do|does|did|are|r|can|will)\s+(?:you|u|ya)\s+(?:get|have|work|still)\b|"
    # ("who r u then, her mum? whatever. when's she back", play-test 154)
    r"(?:when|where|what\s+time)(?:'s|\s+is|\s+will|\s+does)\s+(?:she|he|they)|"
    + _ASKED_OF_THEM
    + r")\b",
    # ("... are you her flatmate or what? is she there": asked, typed with no "?")
    re.IGNORECASE,
)


def _asked_apart(analysis: Analysis) -> bool:
    """Is a question about the debtor asked in a sentence of its own, beside terms put in
    another ("when's your next payday? could you do 225.28 then?"), not as part of them
    ("could you do $150 on your next payday?")?"""
    terms = [c.span.start for c in analysis.cues if _TERM_CUE.match(c.name)]
    for cue in analysis.cues:
        if cue.name.startswith("topic_"):
            start, end = sentence_around(analysis.text, cue.span.start)
            if not any(start <= at < end for at in terms):
                return True
            # "$195 this Friday by card ..., so when's your next payday after that one?": a
            # question of its own, in the same run-on sentence as the terms
            if _WH_RIGHT_BEFORE.search(analysis.text, max(0, cue.span.start - 30), cue.span.start):
                return True
    return False


_WH_RIGHT_BEFORE = re.compile(
    r"\b(?:when|what)(?:'s|\s+is|\s+are|\s+does|\s+do|\s+will)?\s+(?:(?:your|ur|the|you|u)\s+)?"
    # ("When would the first $40 be possible, and when do you usually get paid from the cafe?",
    # play-test 219)
    r"(?:(?:usually|normally|generally|typically)\s+)?(?:next\s+)?$",
    re.IGNORECASE,
)


# the trainee's last lines once the goal is reached, before the debtor says goodbye themselves
LINES_AFTER_GOAL = 3
# "would you rather we wrote by post, or is email okay?": a choice the debtor makes
_CHOICE_ASKED = re.compile(
    r"\b(?:would|do)\s+(?:you|u)\s+(?:rather|prefer)\b[^?]*\bor\b|"
    # "Would you like to process it now with me, or you will do it yourself in the app?", "you
    # want to pay now with me, or later in the app?"
    r"\b(?:(?:would|do)\s+(?:you|u)\s+like|(?:you|u)\s+(?:want|wanna))\s+to\b[^?.]*\bor\b[^?.]*\?|"
    r"\bwhich\s+(?:one\s+)?(?:is|would\s+be)\s+(?:better|easier)\b|"
    # "would evenings or the weekend be better to reach her?"
    r"\b(?:would|is|are)\b[^?]{0,30}\bor\b[^?]{0,30}\b(?:be\s+)?(?:better|easier)\b|"
    r"\b(?:post|e-?mail|letter|text)\s+or\s+(?:by\s+)?(?:post|e-?mail|letter|text)\b|"
    # "is it post to the address we've got on file you'd be wanting, or email?"
    r"\b(?:post|e-?mail|letter|text)\b[^?.]{0,60},?\s+or\s+(?:by\s+)?(?:post|e-?mail|letter|text)\s*\?|"
    # "That email still good, or should I text the confirmation to this number instead?"
    r"\b(?:post|e-?mail|letter|text|number|address)\b[^?.]{0,40},?\s+or\s+(?:should|shall|can|do)\s+"
    r"(?:i|we)\s+(?:\w+\s+)?(?:post|e-?mail|letter|text|send|call|ring)\b[^?.]*\?",
    re.IGNORECASE,
)
_OFFERED = re.compile(
    # (not "how do you want to pay the friday one? card or transfer or...", play-test 174)
    r"\b(?:(?<!how\s)(?<!what\s)(?<!when\s)(?<!which\s)(?<!where\s)do\s+(?:you|u)\s+(?:also\s+)?want|"
    # (not "How would you like to pay? I can take a debit card ... or ... a bank transfer",
    # play-tests 245 and 247: the way asked, answered with a way, not "Sure, that would help")
    r"(?<!how\s)(?<!what\s)(?<!when\s)(?<!which\s)(?<!where\s)would\s+(?:you|u)\s+(?:also\s+)?(?:like|want)|shall\s+i|"
    # "would you be interested in setting up automatic payments?", "would it help if I sent
    # you a text the day before?"
    r"would\s+(?:you|u)\s+be\s+interested|(?:are|r)\s+(?:you|u)\s+interested|"
    # ("oh and also - wanna set up autopay so this doesn't happen again?", play-test 184)
    r"(?<!how\s)(?<!what\s)(?<!when\s)(?:(?:you|u|ya)\s+)?wanna\s+(?:set\s+up|sign\s+up|switch|try|have)|"
    r"would\s+it\s+help\s+(?:if|to)|do\s+(?:you|u)\s+fancy|"
    # ("if it doesn't turn up, could someone call you back?", play-test 235)
    r"(?:could|can|shall|should)\s+(?:someone|somebody|we|i)\s+(?:call|ring|phone)\s+(?:you|u)\s+back|"
    # ("I could maybe ask someone and get back to you, if you'd like?", "would it be okay if we
    # called you back?": play-test 215)
    r"if\s+(?:you|u)(?:'d|\s+would)\s+like|"
    # ("would it be okay if someone called you back?", play-test 222)
    r"(?:would|will|is)\s+it\s+be\s+(?:ok|okay|alright|all\s+right|fine)\s+if\s+(?:we|i|someone|somebody|"
    r"one\s+of\s+us)\b|"
    r"is\s+it\s+(?:ok|okay|alright|all\s+right|fine)\s+if\s+(?:we|i|someone|somebody|one\s+of\s+us)\b|"
    # (not "Why should I believe a word?": play-test 136)
    r"(?<!why\s)(?<!what\s)(?<!how\s)should\s+i|want\s+me\s+to|can\s+i\s+(?:send|email|text|help|give)|"
    # "will ye want tae set the direct debit up on the new account?", "would you wish us to
    # establish a direct debit for future instalments?"
    r"will\s+(?:you|u|ye|ya)\s+(?:be\s+)?want(?:ing)?|would\s+(?:you|u)\s+(?:wish|want)\s+(?:us|me)|"
    r"do\s+(?:you|u)\s+wish|shall\s+we|"
    # "you want I send you the form by email?" (second-language English)
    # ("you want that I send you the form for the new bank account, ...?")
    r"(?:you|u)\s+want\s+(?:that\s+)?(?:i|me\s+to)\s+(?:send|email|text|set|call|put|make|give)|"
    # "I send you a form by post for new direct debit, yes?"
    r"(?:i|we)\s+(?:send|post|email|text)\s+(?:you|u)\s+(?:a|the)\s+(?:\w+\s+)?form\b[^.?!]*"
    r"(?:,\s*)?(?:yes|ok|okay|right)\s*\?|"
    # "If you like, I can send you the form by email ... Would that be helpful?"
    r"would\s+(?:that|it|this)\s+(?:be\s+)?help(?:ful)?|if\s+(?:you|u)\s+(?:like|want|wish),?\s+"
    r"(?:i|we)\s+(?:can|could))\b|"
    # "I'll ask our lending team to give you a ring about that, would that be ok?"
    # ("id be happy to get someone from our lending team to give u a ring about that - would
    # tomorrow afternoon suit?", play-test 120)
    # ("I could maybe have someone from lending give you a call? if that's ok?", play-test 159)
    r"\b(?:i'll|i\s+will|i\s+can|i\s+could|we'll|we\s+can|we\s+could|"
    r"(?:i'd|id|i\s+would|we'd)\s+be\s+happy\s+to)\s+(?:maybe\s+|perhaps\s+|also\s+)?"
    r"(?:ask|get|have)\s+(?:our|the|a|one\s+of\s+our|someone|somebody)\b"
    r"[^.?!]{0,50}?\b(?:call|ring|contact|phone)\s*(?:you\b)?[^.?!]*\?|"
    # "i can send you the form by text if that's ok?" (play-test 164)
    # (at a clause's start: not "which is the best email address where I can send you the
    # request?")
    r"(?:(?<=^)|(?<=[.!?,;]\s)|(?<=\b(?:so|oh|um|ok)\s))(?:i|we)\s+(?:can|could)\s+(?:send|email|text|post|mail)\s+"
    r"(?:you|u)\b[^.?!]*\?|"
    # "so is that a yes, you'd like them to call you?"
    r"\b(?:you'd|you\s+would|u'd|u\s+would)\s+like\s+(?:them|us|me|someone|somebody|him|her)\s+to\b"
    r"[^.?!]*\?|"
    # "also want autopay set up so it dont happen again?" (the "do you" left out)
    r"(?:^|[.!?]\s+)(?:(?:and|also|so|ok|okay)\s+)*(?:(?:you|u)\s+)?(?:also\s+)?(?:want|wanna)\s+"
    r"(?!to\s+pay\b)[^.?!]*\?",
    re.IGNORECASE,
)


def _offered(text: str) -> bool:
    """Is something offered to the debtor, to take or leave ("Would you like me to text you our
    bank details?")? A choice of two ("would you like to do it now with me, or yourself in the
    app later?") is no yes-or-no offer: "Yes, please." does not answer it."""
    found = _OFFERED.search(text)
    if found is None or _CHOICE_ASKED.search(text):
        return False
    end = sentence_around(text, found.start())[1]
    return re.search(r"\bor\b", text[found.end() : end]) is None


# between a sum and the day said straight after it: "285 today", "269 on friday", "300 by the 13th"
_DAY_RIGHT_AFTER = re.compile(r"\s+(?:(?:on|by)\s+)?")
# Asked whether the number or email on file will do ("Is this the best number for that?", "best
# # to txt u? this one?", "is the email on your account still the right one?"), or for theirs
# "is now ok, or should I call back after six?", "is it ok to talk now, just for two minutes?"
_NOW_OK_ASKED = re.compile(
    # (not "is this ok?" of terms put)
    # ("is this, um, is now an ok time?", played in the UI, session 48)
    r"\bis\s+now\s+(?:an?\s+)?(?:ok|okay|good|bad|convenient|alright|all\s+right)\b|"
    r"\bis\s+this\s+(?:a\s+)?(?:good|bad|convenient)\s+time\b|"
    r"\b(?:is\s+it|it's)\s+(?:ok|okay|alright|all\s+right|a\s+good\s+time)\s+to\s+(?:talk|chat|speak)\b|"
    r"\b(?:are|r)\s+(?:you|u)\s+(?:ok|okay|free|able)\s+to\s+(?:talk|chat|speak)\b|"
    r"\bcatching\s+(?:you|u)\s+at\s+a\s+bad\s+time\b|"
    # ("have you got a couple of minutes?", play-test 275)
    r"\b(?:have|got|do)\s+(?:you|u)\s+(?:got\s+|have\s+)?(?:a\s+)?(?:couple\s+(?:of\s+)?|few\s+|"
    r"quick\s+|spare\s+)?(?:minutes?|mins?|moments?|sec(?:ond)?s?)\b(?:\s+(?:to\s+(?:talk|chat|speak)|"
    r"spare|now|free))?\s*\?",
    re.IGNORECASE,
)
_NOW_OR_TODAY = re.compile(r"\b(?:now|today)\b", re.IGNORECASE)
# "is this the right number for the account holder?": the person asked for, not the number
_PERSON_AT_THIS_NUMBER = re.compile(NUMBER_FOR_SOMEONE)
_CONTACT_CHECKED = re.compile(
    # ("no" for number only as an abbreviation: not "yep all good no stress", play-test 208)
    r"\b(?:best|right|correct|good|current)\s+(?:(?:number|no(?=\.|\s*\?|\s*\d)|phone|mobile|email|"
    r"e-mail|address)\b|#)|"
    # (not "I'll text you the account number and sort code right after this call")
    r"\b(?:number|email|e-mail|address)\b[^.?!]{0,40}\b(?:is|'s|still)\s+(?:the\s+)?(?:right|correct|"
    r"current|best|up\s+to\s+date|ok|okay|fine|good|valid)\b|"
    # "Yuh want dem use dis same number, 844.929.4254?", "the best way to reach you?"
    r"\b(?:use|call\s+(?:you|u)\s+on|reach\s+(?:you|u)\s+on)\s+(?:this|the|dis|that)\s+(?:same\s+)?"
    r"(?:phone\s+|mobile\s+)?number\b|\bbest\s+way\s+to\s+(?:reach|contact)\s+(?:you|u)\b|"
    # "Is this number the best one to reach you on?", "Is this phone number OK for text?"
    # ("Is this number best?")
    r"\b(?:this|that|the)\s+(?:phone\s+|mobile\s+)?number\s+(?:still\s+)?(?:the\s+)?(?:best(?:\s+one)?|"
    r"right\s+one)\b|"
    # ("someone will call you back. Is this number okay for that?", play-test 258)
    r"\b(?:this|that|your)\s+(?:phone\s+|mobile\s+|cell\s+)?number\s+(?:ok|okay|fine|good|alright)\s+"
    r"(?:for|to)\s+(?:a\s+)?(?:texts?|text\s+messages?|sms|call\w*|reach\w*|that|this|it)\b|"
    r"\bis\s+(?:this|that)\s+(?:phone\s+|mobile\s+)?number\s+(?:ok|okay|fine|good|alright)\s*\?",
    re.IGNORECASE,
)
_CONTACT_ASKED = re.compile(
    r"\bwhat(?:'s|s|\s+is)\s+(?:your|ur)\s+(?:email|e-mail|mobile|cell|number|phone)\b",
    re.IGNORECASE,
)
_TAG_AFTER_GOODBYE = re.compile(
    r"\W*(?:y'?hear|ya\s+hear|you\s+hear(?:\s+me)?|okay|ok|alright|all\s+right|yeah|right|eh|"
    r"now|mate|ya)?\W*"
)
# "Is there anything further I can assist you with today?", "anything else?"
_ANYTHING_ELSE = re.compile(
    # (not "you don't want phone calls anymore?": play-test 142)
    # (nor "was that sent by bank transfer or something else?": play-test 145)
    # (nor "Before anything else, may I ask how things are going?": play-test 148)
    # (nor "Before I go any further, may I ask if I'm speaking with Ryan Lowe?": play-test 236)
    r"(?<!before\s)(?<!above\s)(?<!go\s)(?<!going\s)(?<!get\s)\b(?:anything|any\s+thing|(?<!or\s)something|any)\s+"
    r"(?:else|further|more)\b"
    r"[^.?!]{0,100}\?|"
    r"\b(?:is\s+there\s+)?anything\s+(?:else|further)\s*\?|"
    # ("anything else or we done", play-test 152)
    r"\banything\s+(?:else|further|more)\s+or\s+(?:are\s+)?(?:we|u|you)\s+(?:done|good|finished)\b|"
    # "is there anything you want to ask me about the plan?", "do you have any questions for
    # me?" (play-test 273): their questions asked for, at the end
    r"\banything\s+(?:you|u)\s+(?:want|wanna|would\s+like|'d\s+like|need)\s+to\s+ask\b|"
    r"\b(?:have|got)\s+any\s+questions\b|\bany\s+(?:other\s+)?questions\s*(?:for\s+me\s*)?\?",
    re.IGNORECASE,
)
# "... the best one to reach you on if we need anything else?", "... in case we need anything
# else?" (play-test 262): a condition, not the question
_IF_NEEDED_BEFORE = re.compile(
    r"\b(?:if|in\s+case|incase|should)\s+(?:we|i|you)\s+(?:need|have)\s+$", re.IGNORECASE
)


def _anything_else_asked(text: str) -> bool:
    """Does the line ask whether there is anything else ("Is there anything else I can help
    with?")?"""
    found = _ANYTHING_ELSE.search(text)
    return found is not None and not _IF_NEEDED_BEFORE.search(text, 0, found.start())


# Asked to do something besides paying ("Kindly send us the screenshot once done. Is that
# okay?", "please update the new account details with us. Can you do that?")
_TOLD_TO_DO = re.compile(
    r"(?:\b(?:you\s+(?:need|have|will\s+need|'ll\s+need)\s+to|make\s+sure\s+(?:you|to))\s+"
    r"(?:\w+\s+)?|"
    # ("and set up a standing order or something ...": told at a clause's start)
    r"(?:^|[.!?,;]\s*|\band\s+)(?:also\s+|please\s+|just\s+)?)"
    r"(?:set\s+up|update|switch|move|change|sort|call|ring|send|fill|sign|check)\b",
    re.IGNORECASE,
)
_DO_THAT_ASKED = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:do|manage|sort)\s+(?:that|this|it)\b",
    re.IGNORECASE,
)
_ASKED_TO_DO = re.compile(
    # ("If it hasn't shown by next Monday, would you mind giving us a call back?", play-test 221)
    # ("would you be okay to check with your bank on your side too?", play-test 257)
    r"(?:\b(?:(?:can|could|would|will)\s+(?:you|u)(?:\s+be\s+(?:ok|okay|alright|happy|willing)\s+to)?|please|pls|"
    r"plz|kindly|(?:would|do)\s+(?:you|u)\s+mind)|"
    # ("and um, maybe check the direct debit is set up on the new account?", play-test 269)
    r"(?:^|[.!?,;]\s*|\band\s+)(?:(?:um+|uh+|er+),?\s+)?maybe)\s+"
    # ("Could you maybe, if it's not too much bother, check your banking app later ...?", play-
    # test 233)
    r"(?:maybe,?\s+)?(?:if\s+it's\s+not\s+too\s+much\s+(?:bother|trouble),?\s+)?"
    # ("Could you still email that screenshot to be safe?", play-test 276)
    r"(?:please\s+|kindly\s+|also\s+|just\s+|still\s+|be\s+able\s+to\s+)?(?:send|email|e-mail|text|forward|update|call|"
    r"ring|let\s+(?:us|me)\s+know|keep|check|set\s+up|switch|move|sign|fill|post|"
    r"giv(?:e|ing)\s+(?:us|me)\s+a\s+(?:call|ring)|calling|"
    # ("could you maybe give us the new bank details so next month's goes out?", play-test 276)
    r"giv(?:e|ing)\s+(?:us|me)\s+(?:the|your|ur)\s+(?:new\s+)?(?:bank\s+|account\s+)?details|ringing|letting\s+(?:us|me)\s+know|sending|"
    r"emailing|checking|forwarding|texting|posting|updating|"
    # ("could you ask Northgate for a transfer confirmation and send it to us?", play-test 214)
    r"ask\s+(?:\w+\s+){1,3}?for\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:confirmation|receipt|statement|copy|screenshot)|"
    r"get\s+(?:us\s+|me\s+)?(?:a\s+)?(?:copy|confirmation|receipt|screenshot|statement))\b"
    # (not the payment itself: "can you send the $200 today?", "please send it by Friday")
    r"(?!\s+(?:(?:us|me)\s+)?(?:the\s+|your\s+|that\s+)?(?:payment|money|funds|amount|balance|"
    # ("would you mind forwarding that email to us?", play-test 274: that email, not that sum)
    r"[$£€\d]|it\b|that\b(?!\s+(?:email|e-mail|letter|form|receipt|confirmation|screenshot|"
    r"statement|text|message|copy)\b)))",
    re.IGNORECASE,
)


# a word that marks a fact: a reference or a figure ("TRX-48213", "$279.37"), or a day
_MARKED_WORD = re.compile(
    r"[A-Za-z]*\d[\w-]*|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_LETTERS_AND_DIGITS = re.compile(r"[^a-z0-9]")


# a reference: letters and digits together ("TRX-48213", "trx48213")
# (no space between: "pay 300" is no reference)
_CODE = re.compile(r"\b[A-Za-z]{2,5}[-/]?\d{3,}\b")


# a reference spelled out a character at a time: "T-R-X, 4-8-2-3-1", "t r x 4 8 2 1 3"
# (not from the "s" of "that's": "So that's T R X, 5 8 6 7 0?", play-test 185)
_SPELLED = re.compile(r"(?<!['’])\b[A-Za-z0-9](?:[\s,.-]{1,3}[A-Za-z0-9]\b){3,}")


def _codes_in(text: str) -> list[str]:
    """The references a line names, squeezed ("trx48213"): written ("TRX-48213") or spelled
    out, and the figures of one spelled alone ("4-8-2-3-1")."""
    codes = [_squeezed(c) for c in _CODE.findall(text)]
    for spelled in _SPELLED.findall(text):
        joined = _squeezed(spelled)
        codes += [_squeezed(c) for c in _CODE.findall(joined)] or (
            [joined] if joined.isdecimal() else []
        )
    return codes


def _figures(code: str) -> str:
    """The figures a squeezed reference ends with ("48213" of "trx48213")."""
    return code[len(code.rstrip("0123456789")) :]


def _near(said: str, theirs: str) -> bool:
    """Is a reference said back like the debtor's but not it (squeezed, both): same letters
    first and about as long ("trx42813", "trf482716" for "trx25918"), or its figures alone, as
    many and not the same?"""
    # ("is that T-R-F-4-8-2-7-1-6?" after "TRX-25918": the same kind of code, said wrong;
    # play-test 139)
    if said[:2] == theirs[:2] and abs(len(said) - len(theirs)) <= 2:
        return True
    figures = _figures(theirs)
    return said.isdecimal() and len(said) == len(figures) >= 4 and said != figures


def _squeezed(code: str) -> str:
    return _LETTERS_AND_DIGITS.sub("", code.lower())


def _echoes(text: str, previous: str) -> bool:
    """Does the line ask back a fact the debtor has just said (a reference, a figure, a day),
    spelled out or not ("was that T R X 4 8 2 1 3?", "so that would be tuesday the 3rd?")?"""
    squeezed = _LETTERS_AND_DIGITS.sub("", text.lower())
    return any(
        len(word) >= 3 and word in squeezed
        for word in (_LETTERS_AND_DIGITS.sub("", w.lower()) for w in _MARKED_WORD.findall(previous))
    )


def _without_opener(line: str) -> str:
    """The line without the "Thanks." or "Okay." it opened with (all of it when that is all)."""
    opened = _opener(line)
    rest = line[opened[1] :] if opened is not None else ""
    return rest or line


def _read_again(line: str) -> str:
    """The debtor's last line read back when asked ("Sure. It's TRX-48213. ...")."""
    return "Sure. " + _without_opener(line)


def _said_again(line: str) -> str:
    """The debtor's last line, said again when asked: "I said, I'd do it by card."; the card
    read out again, read out again ("Okay, once more. (reads out ...)", not "I said, ...")."""
    read_out = line.find("(reads out")
    if read_out >= 0:
        return "Okay, once more. " + line[read_out:]
    return "I said, " + _after_a_lead(_without_opener(line))


def _after_a_lead(line: str) -> str:
    """The line as it reads after "Like I said: " ("I" and "TV" keep their capitals)."""
    first = line.split(" ", 1)[0]
    keep_case = (
        first == "I"
        or first.startswith("I'")
        or first[1:2].isupper()
        or first.rstrip(",.").lower() in _NAMED_DAYS_AND_MONTHS  # "I said, Friday the 13th"
    )
    return line if keep_case else line[:1].lower() + line[1:]


_NAMED_DAYS_AND_MONTHS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _sentence(line: str) -> str:
    """A line that starts with a filled-in word starts a sentence: "Bank transfer, actually"."""
    return line[:1].upper() + line[1:]


def generic_hint(call: Call) -> str:
    """A hint from the call's progress when the scenario gives none for this state."""
    d = call.debtor
    if not d.identity_verified:
        return f"Confirm you are speaking with {call.record.debtor_name} first."
    if not d.amount_stated:
        return f"State the amount owed ({call.values['amount_overdue']}) and ask for payment."
    missing = [
        name
        for name, value in (
            ("amount", d.agreed.amount),
            ("date", d.agreed.date),
            ("method", d.agreed.method),
        )
        if value is None
    ]
    if missing:
        return "Pin down the " + ", ".join(missing) + " of the payment."
    return "Restate the amount, date and method, and ask the debtor to confirm."


def _sums_offered(analysis: Analysis) -> list[Decimal]:
    """The sums a line offers the debtor to choose from (its amount_choice cue's words)."""
    cue = next((c for c in analysis.cues if c.name == "amount_choice"), None)
    if cue is None:
        return []
    found = find_amounts(normalise(cue.span.text), None, [])
    return [a.value for a in found if a.value is not None]


def _days_offered(analysis: Analysis, today: dt.date) -> list[dt.date]:
    """The days a line offers the debtor to choose from (its date_choice cue's words)."""
    cue = next((c for c in analysis.cues if c.name == "date_choice"), None)
    if cue is None:
        return []
    words = cue.span.text
    spelt = expand(words)  # "2day or monday 16th"
    if spelt is not None:
        words = spelt[0]
    return [d.date for d in find_dates(normalise(words), today) if d.date >= today]


_SOONER = re.compile(r"\b(?:sooner|earlier)\b")
# "When?", "ok so when exactly?": the day asked and nothing else said (a person answers it
# with the day, not "So are we done?")
_WHEN_ALONE = re.compile(
    r"\s*(?:(?:so|and|ok(?:ay)?|right|alright|um+|er+|then)\s*,?\s*)*when(?:\s+(?:exactly|then))?"
    r"\s*[?!.]*\s*"
)
# a plain yes to what the debtor just named: "Great, thank you.", "Ok, very good."
_NOD = re.compile(
    r"\W*(?:(?:oh|ah|um+|er+|well)\W+)?(?:ok(?:ay)?|great|perfect|lovely|good|very\s+good|sounds\s+good|"
    r"that\s+works|fine|excellent|brilliant|cool|sure|alright|all\s+right|wonderful|super)\b"
    r"(?:\W+(?:then|thanks|thank\s+you|very\s+good|great|good))*\W*$",
    re.IGNORECASE,
)
# whether the debtor can really keep the terms: "are you sure?", "is that really ok with your
# rent?", "can you really afford that?"
_SURE_ASKED = re.compile(
    r"\b(?:(?:are\s+)?(?:you|u)\s+(?:really\s+)?sure\b|is\s+(?:that|it|this)\s+really\s+(?:ok|okay|"
    r"alright|fine|doable|affordable)|(?:can|could)\s+(?:you|u)\s+really\s+(?:afford|manage|do))",
    re.IGNORECASE,
)
# Cues that ask the debtor something without a question mark.
# ("Give me a day and how your paying.": a day asked for as surely as "which day?" asks;
# "Today or tomorrow, you choose.": a choice offered asks for one)
_ASKING_CUES = frozenset(
    {
        "method_choice",
        "date_choice",
        "amount_choice",
        "topic_name",
        "topic_date_of_birth",
        "topic_address",
        "asks_read_back",
        "ask_for_date",
    }
)
# a security detail taken, not asked for: "The date of birth matches our records.", "thanks
# for the DOB"
# "Is the reference and the date I read back correct, at least?"
_FACTS_CHECKED = re.compile(r"\b(?:right|correct|accurate)\b", re.IGNORECASE)
_READ_BACK_CHECKED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:the|that|those|these|my)\s+(?:reference|details|date|number|code)"
    r"[^.?!]{0,40}\b(?:i|we)\s+(?:just\s+)?(?:read|said|gave|repeated)\b[^.?!]{0,30}\b(?:correct|right)\b",
    re.IGNORECASE,
)
_ACKNOWLEDGED = re.compile(
    r"\b(?:match(?:es|ed|ing)?|checks?\s+out|checked|confirmed|verified|thanks?|thank\s+you|"
    r"got\s+it|noted|correct|that's\s+right)\b",
    re.IGNORECASE,
)
_ON_FILE = re.compile(
    r"\b(?:on\s+(?:file|record)|we\s+(?:have|hold)|we\s+last\s+wrote)\b", re.IGNORECASE
)
_DETAIL_REQUESTED = re.compile(
    r"\b(?:confirm|give|tell|need|provide|verify|check|what|please|read|spell)\b", re.IGNORECASE
)
# "great, thank you, so ... can you give me your date of birth, and ...": asked, thanks or not
_DETAIL_ASKED = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|just\s+)?"
    r"(?:give|tell|confirm|provide|verify|read|spell)\b|\bi\s+(?:still\s+|just\s+)?need\s+your\b|"
    # "Great, thanks Michael, just need to confirm your date of birth ... for security please"
    r"\b(?:just\s+|still\s+)?need\s+to\s+(?:confirm|check|verify|take|get)\s+your\b|"
    r"\bfor\s+(?:security|verification|data\s+protection)\b",
    re.IGNORECASE,
)
# the security questions: asked together, answered together ("Tyler Adams. July 17, 1974.")
_SECURITY_TOPICS = ("name", "date_of_birth", "address", "account")
