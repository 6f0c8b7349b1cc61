"""The call: the transcript, the reply box, live meters, the promise checklist, the debtor's
mood, a turn counter and the call clock."""

from __future__ import annotations

import time

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Footer, Input, Static

from simulator.engine.call import Call, CallOver
from simulator.engine.goals import goal_verdict, not_counted, outcome_label
from simulator.scoring.dimensions import DIMENSIONS
from simulator.tui import keys
from simulator.tui.navigation import CallEnded, CallSetup, OverACall, ShowRecord
from simulator.tui.screens.stage import CallStageScreen
from simulator.tui.text import bar, clock_text, money, verbatim
from simulator.tui.widgets.checklist import PromiseChecklist
from simulator.tui.widgets.meters import Meters
from simulator.tui.widgets.transcript import Transcript

MOOD_STYLE = {"calm": "green", "irritated": "yellow", "hostile": "bold red"}
PLACEHOLDER = "Type what you say to the debtor and press Enter"
# the goal reached with the debtor still on the line: the trainee closes the call
SIGN_OFF_TUI = "Say goodbye to end the call, or press Ctrl+D for your debrief."


class CallScreen(CallStageScreen, OverACall):
    BINDINGS = keys.CALL
    CSS_PATH = "call.tcss"

    def __init__(self, call: Call, setup: CallSetup) -> None:
        super().__init__(call, setup)
        self.waiting = False
        self._pending: Timer | None = None
        self._started = time.monotonic()
        self._stopped_at: float | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="call-body"):
            with Vertical(id="conversation"):
                yield Transcript(self.call.speaker, id="transcript")
                yield Static(id="typing")
            with Vertical(id="side"):
                meters = Meters(id="meters")
                meters.border_title = "Scores"
                yield meters
                checklist = PromiseChecklist(self.call.record.currency, id="checklist")
                checklist.border_title = (
                    "Promise to pay"
                    if self.call.scenario.goal.is_payment
                    else "Terms (not the goal)"
                )
                yield checklist
                debtor = Static(id="debtor")
                debtor.border_title = "Debtor"
                yield debtor
        yield Input(placeholder=PLACEHOLDER, id="reply")
        yield Button("Call over: see your debrief (Enter)", id="to-debrief", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#to-debrief", Button).display = False
        transcript = self.query_one(Transcript)
        transcript.note(
            "Calling", f"{self.call.record.debtor_name} · {self.call.record.phone}", "system"
        )
        transcript.debtor(self.call.opening)
        self.refresh_panels()
        self.query_one("#reply", Input).focus()
        if not self.sim.frozen_clock:
            self.set_interval(1.0, self.refresh_status)

    # --- the conversation ---------------------------------------------------------------

    @on(Input.Submitted, "#reply")
    def send(self, event: Input.Submitted) -> None:
        text = event.value
        if self.waiting or self.call.finished or not text.strip():
            return
        event.input.value = ""
        transcript = self.query_one(Transcript)
        self.waiting = True
        if self.sim.reply_delay > 0:
            transcript.trainee(text)
            name = self.call.speaker
            self.query_one("#typing", Static).update(Text(f"{name} is answering…", style="italic"))
            self._pending = self.set_timer(self.sim.reply_delay, lambda: self.answer(text))
        else:  # no pause: the line and the reply appear in one screen update
            with self.app.batch_update():
                transcript.trainee(text)
                self.answer(text)

    def answer(self, text: str) -> None:
        """The debtor answers the trainee's line (after the pause)."""
        self._pending = None
        self.query_one("#typing", Static).update("")
        if not self.waiting:
            return  # the trainee ended the call while the debtor was "thinking"
        self.waiting = False
        with self.app.batch_update():
            self._answer(text)

    def _answer(self, text: str) -> None:
        transcript = self.query_one(Transcript)
        try:
            turn = self.call.say(text)
        except CallOver:
            self.finish()
            return
        except Exception as exc:  # an engine or content bug: say so, keep the call on screen
            self.log.error("call.say failed", exc)
            transcript.note(
                "Problem",
                f"The simulator could not answer that line ({type(exc).__name__}: {exc}). "
                "Your transcript is kept: try saying it another way, or press Ctrl+D to end "
                "the call.",
                "error",
            )
            return
        transcript.debtor(turn.reply)
        try:
            self.refresh_panels()
        except Exception as exc:  # the scores side panel must not take the call down
            self.log.error("refreshing the call panels failed", exc)
            transcript.note("Problem", f"The score panels could not be updated: {exc}", "error")
        if self.call.finished:
            self.finish()
        elif self.call.closing and self.call.outcome is not None and turn.trigger is not None:
            label = outcome_label(self.call.scenario, self.call.outcome.value)
            reached, verdict = goal_verdict(self.call)
            if reached:
                transcript.note("Goal reached", f"{label}. {SIGN_OFF_TUI}", "system")
            else:
                # (a goal asked "politely", reached with sarcasm on the way)
                transcript.note("Goal " + verdict, f"{label}. {SIGN_OFF_TUI}", "system")

    def finish(self) -> None:
        """The call is over: stop the clock, close the reply box, offer the debrief."""
        if self._stopped_at is None:
            self._stopped_at = time.monotonic()
        reply = self.query_one("#reply", Input)
        reply.disabled = True
        reply.display = False
        outcome = self.call.outcome_value
        label = outcome_label(self.call.scenario, outcome)
        self.query_one(Transcript).note("Call over", label, "system")
        self.refresh_panels()
        button = self.query_one("#to-debrief", Button)
        button.display = True
        if self.sim.reply_delay > 0:
            # An Enter typed just as the debtor hangs up must not skip their last words.
            button.disabled = True
            self.set_timer(1.0, self._debrief_ready)
        else:
            button.focus()

    def _debrief_ready(self) -> None:
        button = self.query_one("#to-debrief", Button)
        button.disabled = False
        button.focus()

    @on(Button.Pressed, "#to-debrief")
    def open_debrief(self) -> None:
        self.post_message(CallEnded(self.call, self.setup))

    # --- keys ---------------------------------------------------------------------------

    def action_hint(self) -> None:
        transcript = self.query_one(Transcript)
        if self.call.finished:
            transcript.note("Coach", "The call is over: your debrief has the lessons.", "hint")
            return
        try:
            hint = self.call.hint()
        except Exception as exc:
            hint = f"No hint available here ({exc})."
        transcript.note("Coach", hint, "hint")

    def action_record(self) -> None:
        self.post_message(ShowRecord(self.call))

    def action_end_call(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None
        self.waiting = False
        if not self.call.finished:
            try:
                self.call.end()
            except Exception as exc:
                self.notify(
                    f"Could not close the call cleanly: {exc}", severity="error", markup=False
                )
        self.open_debrief()

    # --- panels -------------------------------------------------------------------------

    def refresh_panels(self) -> None:
        call = self.call
        if call.turns:
            off = not_counted(call.scenario)
            last = {
                name: None if name in off else call.turns[-1].scores.get(name).value
                for name in DIMENSIONS
            }
            so_far = {name: None if name in off else v for name, v in self.call_so_far().items()}
            self.query_one(Meters).show(last, so_far)
        self.query_one(PromiseChecklist).show(call.promise)
        debtor = call.debtor
        mood = debtor.mood.value
        self.query_one("#debtor", Static).update(
            Text.assemble(
                ("Mood      ", "dim"),
                (mood, MOOD_STYLE.get(mood, "")),
                "\n",
                ("Patience  ", "dim"),
                bar(round(debtor.patience), 10),
                "\n",
                ("Pressure  ", "dim"),
                bar(round(debtor.pressure), 10),
            )
        )
        self.refresh_status()

    def call_so_far(self) -> dict[str, int]:
        try:
            scores = self.call.scores()
            return {name: scores.get(name) for name in DIMENSIONS}
        except Exception:  # scoring trouble must not blank the meters: fall back to the mean
            turns = self.call.turns
            return {
                name: round(sum(t.scores.get(name).value for t in turns) / len(turns))
                for name in DIMENSIONS
            }

    def elapsed(self) -> float:
        if self.sim.frozen_clock:  # tests and snapshots: call time from the injected clock
            if not self.call.turns:
                return 0.0
            return (self.call.turns[-1].at - self.call.started_at).total_seconds()
        end = self._stopped_at if self._stopped_at is not None else time.monotonic()
        return end - self._started

    def refresh_status(self) -> None:
        call = self.call
        mood = call.debtor.mood.value
        record = call.record
        left = Text.assemble(
            verbatim(record.debtor_name, style="bold"),
            " · ",
            verbatim(f"{money(record.amount_overdue, record.currency)} overdue"),
            " · ",
            ("mood ", "dim"),
            (mood, MOOD_STYLE.get(mood, "")),
            " · ",
            f"turn {len(call.turns)}/{call.scenario.turn_limit}",
        )
        left.no_wrap = True
        left.overflow = "ellipsis"
        status = Table.grid(expand=True)
        status.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        status.add_column(no_wrap=True, justify="right")
        status.add_row(left, Text(clock_text(self.elapsed()), style="bold"))
        self.query_one("#status", Static).update(status)
