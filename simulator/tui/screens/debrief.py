"""Debrief: the outcome, each score with a bar, the transcript annotated turn by turn with the
trainee's own words, the three things to work on, and compliance findings."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Static

from simulator.engine.call import Call, Turn
from simulator.engine.goals import (
    goal_reached,
    goal_verdict,
    judged_on_promise,
    line_picks,
    outcome_label,
    rubric,
    turn_weight,
)
from simulator.engine.lines import fill
from simulator.scoring.dimensions import DIMENSIONS, REGISTRY
from simulator.scoring.plain import GOOD_LINE, plain_words
from simulator.scoring.types import CallScores, Evidence
from simulator.tui import keys
from simulator.tui.navigation import CallSetup, GoHome, NextCall, OpenCall
from simulator.tui.screens.stage import CallStageScreen
from simulator.tui.text import MEANINGS, bar, day, money, score_style, verbatim
from simulator.tui.widgets.checklist import METHOD_NAMES

MAX_CUES = 4


def outcome_banner(call: Call, scores: CallScores | None) -> Text:
    outcome = call.outcome_value
    good = goal_reached(call) and not (scores and scores.failed)
    text = Text(
        outcome_label(call.scenario, outcome), style="bold green" if good else "bold yellow"
    )
    if scores is not None:
        text.append(
            f"    overall {scores.overall}/100", style=f"bold {score_style(scores.overall)}"
        )
        if scores.failed:
            text.append("    FAILED on compliance", style="bold red")
    text.append(f"\n{len(call.turns)} turn{'s' if len(call.turns) != 1 else ''} · ", style="dim")
    text.append_text(verbatim(call.scenario.title, style="dim"))
    return text


def highlights_text(call: Call) -> Text | None:
    """Your strongest line and the one to rework: the turn scores weighed by the scenario's
    rubric, a step towards the scenario's own goal counted up, a line that broke one of its
    rules down (engine/goals.py); never an opening, never a threat praised (scoring/plain.py)."""
    picks = line_picks(call)
    if picks is None:
        return None
    best, worst = picks

    def mean(turn: Turn) -> float:
        return min(100.0, max(0.0, turn_weight(call, turn)))

    text = Text()
    if best is not None:
        text.append("Strongest line  ", style="bold green")
        text.append(f"turn {best.index} ({round(mean(best))}): ", style="dim")
        text.append_text(verbatim(f"“{shorten(best.text, 70)}”", style="italic"))
    if best is not None:
        text.append("\n")
    text.append("Line to rework  ", style="bold yellow")
    if worst is not None and worst is not best:
        text.append(f"turn {worst.index} ({round(mean(worst))}): ", style="dim")
        text.append_text(verbatim(f"“{shorten(worst.text, 70)}”", style="italic"))
    else:
        text.append(f"none: every line after the opening scored {GOOD_LINE} or more", style="dim")
    return text


def scores_table(
    scores: CallScores, payment: bool = True, weights: dict[str, float] | None = None
) -> Table:
    """The call's scores; `payment` False shows the promise row as the goal, and a
    dimension the scenario's rubric weighs 0 is marked as not counted."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(style="dim")
    rows: list[tuple[str, int | None]] = [(name, scores.get(name)) for name in DIMENSIONS]
    rows.append(("promise", scores.promise))
    if scores.composure is not None:
        rows.append(("composure", scores.composure))
    rows.append(("overall", scores.overall))
    for name, value in rows:
        shown = "goal" if name == "promise" and not payment else name
        meaning = MEANINGS[shown]
        if not payment and shown in REGISTRY:
            meaning = REGISTRY[shown].goal_meaning or meaning
        if weights is not None and weights.get(name, 1.0) == 0:
            meaning = "not counted in this scenario (its rubric weighs it 0)"
            value = None  # no mark, as on the call's meters: not a low score
        label = REGISTRY[shown].label if shown in REGISTRY else shown.capitalize()
        table.add_row(
            Text(label, style="bold" if name == "overall" else ""),
            bar(value, 20),
            Text(
                str(value) if value is not None else "–",
                style=score_style(value) if value is not None else "dim",
            ),
            meaning,
        )
    return table


def promise_text(call: Call) -> Text:
    if not judged_on_promise(call.scenario, call.outcome_value):
        reached, verdict = goal_verdict(call)
        text = Text("Goal: ", style="bold")
        text.append_text(verbatim(fill(call.scenario.goal.description, call.values)))
        text.append("   ")
        text.append(verdict, style="green" if reached else "red")
        return text
    p = call.promise
    currency = call.record.currency
    text = Text("Promise to pay: ", style="bold")
    parts = [
        ("amount", money(p.amount, currency) if p.amount is not None else None),
        ("date", day(p.date) if p.date else None),
        ("method", METHOD_NAMES.get(p.method or "", p.method) if p.method else None),
    ]
    for label, value in parts:
        text.append(f"{label} ")
        text.append(value or "missing", style="green" if value else "red")
        text.append("   ")
    if p.rest_amount is not None and p.rest_date is not None:
        text.append("then ")
        rest = p.rest_terms(money(p.rest_amount, currency), day(p.rest_date))
        text.append(rest, style="green")
        text.append("   ")
    if p.short_of_goal:  # agreed (and perhaps said back), but not the promise the goal asks for
        text.append("confirmed, " if p.confirmed else "", style="green")
        text.append("short of the goal", style="yellow")
        if p.goal_gaps:
            text.append(f": {'; '.join(p.goal_gaps)}", style="yellow")
    elif p.confirmed:
        text.append("confirmed", style="green")
    else:
        text.append("not confirmed", style="red")
    return text


def highlighted(text: str, evidence: list[Evidence]) -> Text:
    """The trainee's line with the words that moved a score underlined (green good, red bad)."""
    line = verbatim(text)
    for e in evidence:
        if 0 <= e.start < e.end <= len(text):
            line.stylize("underline green" if e.weight >= 0 else "underline red", e.start, e.end)
    return line


def turn_notes(turn: Turn) -> Table:
    """What the line did well or badly, each with the words that triggered it."""
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, min_width=11)
    table.add_column(no_wrap=True, min_width=10)
    table.add_column(ratio=1)
    for name in DIMENSIONS:
        score = turn.scores.get(name)
        seen: set[tuple[str, str]] = set()
        cues = Text()
        for e in sorted(score.evidence, key=lambda e: -abs(e.weight)):
            if (e.cue, e.text) in seen or e.weight == 0 or len(seen) == MAX_CUES:
                continue
            seen.add((e.cue, e.text))
            if len(seen) > 1:
                cues.append("  ")
            cues.append("+" if e.weight > 0 else "−", style="green" if e.weight > 0 else "red")
            cues.append(f"{plain_words(e.cue)} ")
            cues.append_text(verbatim(f"“{shorten(e.text)}”", style="italic"))
        if not seen:
            cues.append("no cue found", style="dim")
        table.add_row(
            Text(f"  {name}", style="dim"),
            Text.assemble(bar(score.value, 6), (f" {score.value:>3}", score_style(score.value))),
            cues,
        )
    return table


def shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def annotated_transcript(call: Call) -> RenderableType:
    debtor = call.speaker
    parts: list[RenderableType] = [
        Text.assemble((f"{debtor}: ", "bold"), verbatim(call.opening)),
    ]
    for turn in call.turns:
        evidence = [e for name in DIMENSIONS for e in turn.scores.get(name).evidence]
        parts.append(
            Text.assemble(
                (f"\nTurn {turn.index}  You: ", "bold cyan"), highlighted(turn.text, evidence)
            )
        )
        parts.append(turn_notes(turn))
        parts.append(
            Text.assemble(
                (f"{debtor}: ", "bold"), verbatim(turn.reply), (f"   ({turn.mood})", "dim")
            )
        )
    return Group(*parts)


def _numbered(title: str, rows: list[tuple[Text, Text]]) -> Table:
    """A heading and rows whose wrapped lines hang under their text, not under the number."""
    table = Table.grid(padding=(0, 1))
    table.title = title
    table.title_justify = "left"
    table.title_style = "bold"
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for mark, text in rows:
        table.add_row(mark, text)
    return table


def tips_table(scores: CallScores) -> RenderableType:
    if not scores.tips:
        return Group(
            Text("Three things to work on", style="bold"),
            Text("Nothing stood out: try a harder scenario.", style="dim"),
        )
    rows = []
    for n, tip in enumerate(scores.tips[:3], start=1):
        text = verbatim(tip.message)
        text.append("  ")
        text.append_text(verbatim(f"({tip.guidance})", style="dim"))
        rows.append((Text(f"{n}."), text))
    return _numbered("Three things to work on", rows)


def compliance_table(call: Call, scores: CallScores) -> RenderableType:
    title = Text("Compliance", style="bold")
    if not call.scenario.rules.compliance:
        return Group(title, Text("The rule pack is off for this scenario.", style="dim"))
    if not scores.compliance:
        return Group(title, Text("No findings: the call kept to the rules.", style="green"))
    rows = []
    for f in scores.compliance:
        mark = Text(
            "CRITICAL" if f.critical else "note", style="bold red" if f.critical else "yellow"
        )
        text = Text()
        if f.turn_index is not None:
            text.append(f"turn {f.turn_index + 1}: ", style="dim")
        text.append_text(verbatim(f.message))
        if f.text:
            text.append("  ")
            text.append_text(verbatim(f"“{shorten(f.text, 80)}”", style="italic"))
        rows.append((mark, text))
    return _numbered("Compliance", rows)


class DebriefScreen(CallStageScreen):
    BINDINGS = keys.DEBRIEF
    CSS_PATH = "debrief.tcss"

    def compose(self) -> ComposeResult:
        scores, problem = self._scores()
        with VerticalScroll(id="debrief-scroll"):
            yield Static(outcome_banner(self.call, scores), id="outcome")
            if problem:
                yield Static(verbatim(problem, style="red"), id="score-problem")
            if scores is not None:
                payment = judged_on_promise(self.call.scenario, self.call.outcome_value)
                weights = rubric(self.call.scenario)
                yield Static(scores_table(scores, payment, weights), id="scores")
            yield Static(promise_text(self.call), id="promise")
            highlights = highlights_text(self.call)
            if highlights is not None:
                yield Static(highlights, id="highlights")
            if scores is not None:
                yield Static(tips_table(scores), id="tips")
                yield Static(compliance_table(self.call, scores), id="compliance")
            transcript = Static(annotated_transcript(self.call), id="annotated")
            transcript.border_title = "Your call, turn by turn"
            yield transcript
        with Horizontal(id="debrief-actions"):
            next_label = "Next assessment call (n)" if self.sim.next_in_pack else "New call (n)"
            if self.setup.assessment is None:  # an assessment call is played once
                yield Button("Same call again (r)", id="again", variant="primary")
            yield Button(next_label, id="new")
            yield Button("Home (Esc)", id="home")
        yield Footer()

    def _scores(self) -> tuple[CallScores | None, str | None]:
        try:
            return self.call.scores(), None
        except Exception as exc:
            return None, f"The scores could not be worked out for this call: {exc}"

    def on_mount(self) -> None:
        self.query_one("#debrief-scroll").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "again": self.action_again,
            "new": self.action_new_call,
            "home": self.action_home,
        }
        if event.button.id in actions:
            actions[event.button.id]()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # no retakes inside the pack: the attempt is what it is
        return not (action == "again" and self.setup.assessment is not None)

    def action_again(self) -> None:
        if self.setup.assessment is not None:
            return
        self.post_message(OpenCall(CallSetup(self.setup.scenario_id, self.setup.seed)))

    def action_new_call(self) -> None:
        self.post_message(NextCall(self.setup))

    def action_home(self) -> None:
        self.post_message(GoHome())
