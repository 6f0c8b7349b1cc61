"""One simulated collection call: the trainee says a line, the debtor answers.

Everything that drives calls (the terminal UI, `collectsim play`, tests, benchmarks) goes
through `Call.say`, so they all see the same debtor for the same scenario, seed and lines.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from simulator.content.models import CustomOutcome, Outcome, Persona, Scenario, State, outcome_of
from simulator.engine import goals
from simulator.engine.clock import Clock, fixed_clock
from simulator.engine.debtor import METHOD_WORDS, DebtorState, day_text, money_text
from simulator.engine.lines import AGAIN, LinePicker, fill, with_trait_lines
from simulator.engine.machine import build_machine
from simulator.engine.record import CollectionRecord, generate_record
from simulator.language import analyze
from simulator.language.types import Act, Analysis, AnalysisContext, Slots
from simulator.scoring import score_call, score_turn
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
        self.record: CollectionRecord = generate_record(persona, seed, self.today)
        self.rng = random.Random(f"call:{scenario.id}:{seed}")
        self.debtor = DebtorState.start(persona, scenario, self.today, self.record.amount_overdue)
        self.machine, self.model = build_machine(scenario, self.debtor)
        self.lines = LinePicker(persona, scenario, self.rng)
        self.values = goals.record_values(scenario, self.record.placeholders())
        self.custom_acts = goals.custom_act_specs(scenario, persona)
        self.speaker = goals.speaker_label(persona, self.record.first_name)
        self.turns: list[Turn] = []
        self.outcome: Outcome | CustomOutcome | None = None
        self.ended_at: dt.datetime | None = None
        self.visited: list[str] = [self.state]
        self.opening = self._say_line(self.lines.for_state(self.state, self.debtor.mood))
        self._last_debtor_line = self.opening
        self._last_state_rude = self._state_flag("rude") or persona.rude
        self._scores: CallScores | None = None
        self._replies: set[str] = {self.opening}  # every reply said, so none is said twice
        self.confused = 0  # turns in a row the debtor did not follow
        self._confused_line: str | None = None  # this turn's, when the debtor did not follow
        self.wrong_party_named = False  # the trainee asked for someone else at some point

    # --- reading the call ---------------------------------------------------------------

    @property
    def state(self) -> str:
        return self.model.state

    @property
    def finished(self) -> bool:
        return self.outcome is not None

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
        return Promise(
            amount=agreed.amount,
            date=agreed.date,
            method=agreed.method,
            confirmed=self.debtor.confirmed,
            vague=self.debtor.vague_offered,
        )

    def hint(self) -> str:
        """A coaching hint for this moment of the call."""
        hints = self.scenario.hints.get(self.state) or self.scenario.hints.get("default")
        if not hints:
            return generic_hint(self)
        return fill(hints[len(self.turns) % len(hints)], self.values)

    def scores(self) -> CallScores:
        if self._scores is None or not self.finished:
            scored = [
                ScoredTurn(
                    analysis=t.analysis,
                    scores=t.scores,
                    debtor_reply=t.reply,
                    debtor_was_rude=t.debtor_was_rude,
                    identity_verified_before=t.identity_verified_before,
                )
                for t in self.turns
            ]
            rules = self.scenario.rules
            self._scores = score_call(
                scored,
                self.promise,
                ComplianceRules(
                    enabled=rules.compliance,
                    legal_action_authorised=rules.legal_action_authorised,
                    dispute_window=rules.dispute_window,
                    call_time=self.started_at.time(),
                    flag_findings=goals.flag_findings(self.scenario, self.debtor.flags, self.turns),
                ),
                (self.outcome or Outcome.INCOMPLETE).value,
                rubric=goals.rubric(self.scenario),
                goal=goals.goal_view(self.scenario, (self.outcome or Outcome.INCOMPLETE).value),
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
        flags_before = set(self.debtor.flags)
        trigger, said = self._move_debtor(analysis, scores, state_def, state_before)
        reply = self._unsaid(" ".join(s for s in said if s).strip())
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
        """Move the debtor for one trainee line: mood and patience, terms, the state machine,
        the ending. Returns what moved the machine (None: nothing) and the debtor's lines."""
        debtor = self.debtor
        # A restatement confirms terms the debtor had agreed before this line, or every term
        # at once when it says all three back and the debtor agrees to them in this line.
        agreed_before = debtor.terms_agreed()
        debtor.react(analysis, scores)

        said: list[str] = []
        self._confused_line = None
        wrong = self._wrong_party(analysis)
        if wrong is not None and not self._ended_state():
            # Not their name (or not their lender): a real person does not play along, and
            # nothing else in the line means anything to them until the caller recovers.
            self.wrong_party_named = True
            debtor.patience = max(0.0, debtor.patience - 4)
            said.append(wrong)
        listening = wrong is None
        reaction = self._reaction(analysis) if listening else None
        negotiated = False
        if listening and state_def and state_def.negotiable and self._names_terms(analysis):
            said.extend(self._negotiate(analysis))
            negotiated = True

        trigger = self._fire(analysis) if listening else None
        if debtor.patience <= 0 and not self._ended_state():
            if self._try("patience_out"):
                trigger = "patience_out"
            else:
                self._finish(Outcome.HUNG_UP)
        new_state = self.scenario.state(self.state)
        if (
            listening
            and new_state
            and not negotiated
            and new_state.negotiable
            and self._names_terms(analysis)
        ):
            said.extend(self._negotiate(analysis))
            negotiated = True
        if (
            new_state
            and new_state.negotiable
            and debtor.terms_agreed()
            and trigger != "confirm_terms"
            and self._try("terms_complete")
        ):
            trigger = "terms_complete"
        if (
            listening
            and trigger not in ("confirm_terms", None)
            and analysis.has(Act.CONFIRM_TERMS)
            and self._restates_all(analysis)
            and self._try("confirm_terms")
        ):
            # "So $236.93 online by Friday - have I got that right?", and the debtor said yes to
            # every term: a restatement the debtor acknowledged is a confirmed promise.
            trigger = "confirm_terms"

        if self.state != state_before:
            debtor.turns_in_state = 0
            self.visited.append(self.state)
        else:
            debtor.turns_in_state += 1
        state_now = self.scenario.state(self.state)
        if state_now is not None:
            debtor.identity_verified = debtor.identity_verified or state_now.identity_confirmed
            if state_now.vague_promise:
                debtor.vague_offered = True
        if trigger == "confirm_terms" or (
            analysis.has(Act.CONFIRM_TERMS)
            and (agreed_before or self._restates_all(analysis))
            and debtor.terms_agreed()
        ):
            debtor.confirmed = debtor.terms_agreed()

        answer = self._answer(analysis) if listening else None
        moved = self.state != state_before
        if answer and not moved:
            said.append(answer)
        state_line_needed = not said or (moved and (not negotiated or self._ended_state()))
        if state_line_needed:
            if trigger is None and not said:
                if not reaction:  # a reaction is a reply: never followed by "I don't follow"
                    said.append(self._confused(analysis))
            else:
                if answer:
                    said.append(answer)
                said.append(self._say_line(self.lines.for_state(self.state, debtor.mood)))
        if self._confused_line is None:
            self.confused = 0
        if reaction and not (moved and analysis.has(Act.OFF_TOPIC)):
            # (a debtor who lets small talk end the call says so in the state's own line; "can
            # we stick to the point?" before "Great, bye!" would contradict it)
            said.insert(0, reaction)

        if state_now is not None and state_now.ending is not None:
            self._finish(state_now.ending)
        elif listening and self._closes(analysis) and not self.finished:
            # A goodbye ends the call with what it has reached.
            goodbye = self.lines.reaction("goodbye")
            kept = said if trigger is not None or negotiated else []  # no "Uh-huh." before bye
            said = [s for s in kept if s] + ([fill(goodbye, self.values)] if goodbye else [])
            self._finish(self._outcome_so_far(default=Outcome.ENDED_BY_TRAINEE))
        elif not self.finished and len(self.turns) + 1 >= self.scenario.turn_limit:
            said.append(
                self._say_line(self.lines.for_state("turn_limit", debtor.mood))
                if self.lines.state_lines("turn_limit", debtor.mood)
                else ""
            )
            self._finish(self._outcome_so_far(default=Outcome.TURN_LIMIT))
        return trigger, said

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
            state=self.state,
            # the debtor waits for terms while negotiating, and after offering to pay "soon"
            terms_expected=bool(state and (state.negotiable or state.vague_promise))
            or agreed.count() > 0,
            debtor_names=(record.debtor_name, record.first_name, record.last_name),
            lender=record.lender,
            agreed=Slots(amount=agreed.amount, date=agreed.date, method=agreed.method),
            agreed_complete=agreed.complete(),
            custom_acts=self.custom_acts,
        )

    def _wrong_party(self, analysis: Analysis) -> str | None:
        """The debtor's answer to a wrong name (before they confirmed who they are) or a wrong
        lender, None when the line names neither."""
        for flag in ("wrong_name", "wrong_lender"):  # each raised with a cue of its name
            if flag not in analysis.flags:
                continue
            if flag == "wrong_name" and self.debtor.identity_verified:
                continue  # they already said who they are: a slip of the tongue, not a stranger
            said = next((c.span.text for c in analysis.cues if c.name == flag), "")
            line = self.lines.reaction(flag)
            if line:
                return fill(line, {**self.values, "name": said})
        return None

    def _answer(self, analysis: Analysis) -> str | None:
        """The persona's answer to a question about itself ("When's your next payday?")."""
        if "question" not in analysis.flags:
            return None
        for cue in analysis.cues:
            if cue.name.startswith("topic_"):
                line = self.lines.answer(cue.name.removeprefix("topic_"))
                if line:
                    return self._say_line(line)
        return None

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
            key = "go_on" if purpose or analysis.has(Act.STATE_PURPOSE) else "what_about"
            return self._say_line(self.lines.clarify("", key))
        elif understood and not (state is not None and state.negotiable):
            # Pressed about paying where the debtor has a position ("I can't pay it all"): they
            # say where they stand again, in other words.
            self.confused = 0
            return self._say_line(self.lines.for_state(self.state, self.debtor.mood))
        elif state is not None and state.negotiable:
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
        if self.confused % 2 == 0 and missing is None:
            line = self.lines.fallback()
        else:
            line = self.lines.clarify(self.state, missing)
        self._confused_line = line
        return self._say_line(line)

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
        )

    @staticmethod
    def _closes(analysis: Analysis) -> bool:
        """A goodbye that ends the call: said last, and not followed by a question still to
        answer ("Have a good day, but first, could you pay today?" goes on)."""
        if not analysis.has(Act.CLOSE):
            return False
        text = analysis.text
        last = max((c.span.start for c in analysis.cues if c.name == "close"), default=0)
        if "?" in text[last:] and not analysis.has(Act.CONFIRM_TERMS):
            return False
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
        first = reply.split(" ", 1)[0]
        keep_case = first == "I" or first.startswith("I'") or first[1:2].isupper()
        for lead in AGAIN:
            again = lead + (reply if keep_case else reply[:1].lower() + reply[1:])
            if again not in self._replies:
                return again
        return reply

    def end(self) -> None:
        """The trainee hangs up. The outcome is what the call had reached by then."""
        if self.finished:
            return
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
        if self.debtor.vague_offered or self.debtor.some_terms_agreed():
            return Outcome.VAGUE_PROMISE
        return default

    def _finish(self, outcome: Outcome | str) -> None:
        if self.outcome is None:
            self.outcome = outcome if isinstance(outcome, Outcome) else outcome_of(outcome)
            self.ended_at = self.clock.now()

    def _try(self, trigger: str) -> bool:
        if trigger not in self.machine.get_triggers(self.state):
            return False
        self.model.fired = False
        self.model.trigger(trigger)
        return self.model.fired

    def _fire(self, analysis: Analysis) -> str | None:
        available = set(self.machine.get_triggers(self.state))
        acts = set(analysis.acts)
        # A line that names a term puts it on the table, whatever else it does ("So that's
        # $184 by Friday by card, correct?" restates and proposes at once).
        if not analysis.slots.is_empty():
            acts.add(Act.PROPOSE_TERMS)
            if analysis.slots.date is not None:
                acts.add(Act.SET_DEADLINE)
        for name in analysis.custom_acts:  # the scenario's own acts: what the call is about
            if name in available and self._try(name):
                return name
        for act in ACT_PRIORITY:
            if act in acts and act.value in available and self._try(act.value):
                return act.value
        if "no_progress" in available and self._try("no_progress"):
            return "no_progress"
        return None

    @staticmethod
    def _names_terms(analysis: Analysis) -> bool:
        return not analysis.slots.is_empty() or analysis.has(Act.OFFER_PLAN)

    def _negotiate(self, analysis: Analysis) -> list[str]:
        result = self.debtor.negotiate(analysis)
        said = [
            fill(self.lines.negotiation(key), {**self.values, **values})
            for key, values in result.said
        ]
        if (
            result.changed
            and self.debtor.agreed.complete()
            and not analysis.has(Act.CONFIRM_TERMS)  # the trainee said it all back already
        ):
            said.append(
                fill(self.lines.negotiation("all_agreed"), {**self.values, **self._agreed_values()})
            )
        return said

    def _agreed_values(self) -> dict[str, str]:
        agreed = self.debtor.agreed
        return {
            "amount": money_text(agreed.amount, self.debtor.currency)
            if agreed.amount is not None
            else "",
            "date": day_text(agreed.date) if agreed.date else "",
            "method": METHOD_WORDS.get(agreed.method or "", agreed.method or ""),
        }

    def _say_line(self, template: str) -> str:
        return fill(
            template,
            {**self.values, **{f"promise_{k}": v for k, v in self._agreed_values().items()}},
        )

    def _reaction(self, analysis: Analysis) -> str | None:
        key = None
        if analysis.has(Act.INSULT):
            key = "insulted"
        elif analysis.has(Act.THREAT):
            key = "threatened"
        elif analysis.has(Act.EMPATHISE):
            key = "empathy"
        elif analysis.has(Act.OFF_TOPIC):
            key = "off_topic"
        elif (
            analysis.has(Act.SET_DEADLINE) or analysis.has(Act.STATE_CONSEQUENCE)
        ) and self.debtor.mood.value != "calm":
            key = "pressured"
        line = self.lines.reaction(key) if key else None
        return fill(line, self.values) if line else None

    def to_dict(self) -> dict[str, Any]:
        from simulator.engine.export import call_to_dict

        return call_to_dict(self)


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
