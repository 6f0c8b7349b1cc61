"""The team screen: every trainee's numbers and temperament, then their calls, then a call's
annotated transcript (Enter drills down, Escape goes back).

Everything a trainee typed is drawn with `verbatim`, never read as markup.
"""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from simulator.records.render import sparkline
from simulator.records.report import SCORE_NAMES, Report, TraineeReport, build_report
from simulator.records.store import RecordsError, Store
from simulator.scoring.plain import plain_words
from simulator.scoring.temperament import TYPES, UNCERTAIN
from simulator.tui.text import bar, verbatim

TEMPERAMENT_STYLE = {
    "confident": "green",
    "aggressive": "red",
    "introverted": "magenta",
    "timid": "yellow",
    UNCERTAIN: "dim",
}


def score_cell(value: float | None) -> Text:
    return Text("–", style="dim") if value is None else Text(f"{value:.0f}", justify="right")


def rate_cell(value: float | None) -> Text:
    return Text("–", style="dim") if value is None else Text(f"{100 * value:.0f}%", justify="right")


def load_report(db_path: str | None) -> tuple[Report | None, str]:
    """The report, or None with the reason the screen shows instead."""
    try:
        with Store.read(db_path) as store:
            if not store.trainee_names():
                return None, (
                    f"No calls recorded yet in {store.path}. Play a call with your "
                    "name set on the home screen, or the assessment pack."
                )
            return build_report(store), ""
    except RecordsError as exc:
        return None, str(exc)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


class TeamScreen(Screen[None]):
    """Trainees in a table; the selected one's temperament, evidence and trend beside it."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="team.back"),
        Binding("enter", "open_trainee", "Calls", id="team.calls", show=True),
        Binding("r", "reload", "Reload", id="team.reload"),
    ]
    CSS_PATH = "team.tcss"

    def __init__(self, db_path: str | None) -> None:
        super().__init__()
        self.db_path = db_path
        self.report: Report | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="team-summary")
        yield Static(id="team-empty")
        with Vertical(id="team-body"):
            yield DataTable(id="trainees", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="team-lower"):
                with VerticalScroll(id="team-chart-box"):
                    yield Static(id="team-chart")
                with VerticalScroll(id="team-side"):
                    yield Static(id="trainee-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#trainees", DataTable)
        table.add_columns(
            "Trainee",
            "Calls",
            *(n.capitalize() for n in SCORE_NAMES),
            "Promise %",
            "Hang-up %",
            "Compl.",
            "Temperament",
            "Trend",
        )
        self.action_reload()

    def action_reload(self) -> None:
        self.query_one("#team-summary", Static).update(
            Text("Team · reading the records…", style="bold")
        )
        self.load_in_background()

    @work(thread=True, exclusive=True, group="team-report")
    def load_in_background(self) -> None:
        """A big team's report takes a second or two: read it off the UI thread."""
        report, problem = load_report(self.db_path)
        self.app.call_from_thread(self.show_report, report, problem)

    def show_report(self, report: Report | None, problem: str) -> None:
        self.report = report
        table = self.query_one("#trainees", DataTable)
        table.clear()
        empty = self.query_one("#team-empty", Static)
        body = self.query_one("#team-body")
        if self.report is None:
            empty.update(verbatim(problem))
            empty.display = True
            body.display = False
            self.query_one("#team-summary", Static).update(Text("Team", style="bold"))
            return
        empty.display = False
        body.display = True
        team = self.report.team
        self.query_one("#team-summary", Static).update(
            Text.assemble(
                ("Team", "bold"),
                f" · {plural(team.trainees, 'trainee')} · {plural(team.calls, 'call')} · "
                f"{plural(team.turns, 'turn')}   (Enter: a trainee's calls, Escape: back)",
            )
        )
        for person in self.report.trainees:
            kind = person.temperament_type
            table.add_row(
                verbatim(person.name),
                Text(str(person.calls), justify="right"),
                *(score_cell(person.scores.get(n)) for n in SCORE_NAMES),
                rate_cell(person.promise_rate),
                rate_cell(person.hang_up_rate),
                Text(str(person.compliance_failures), justify="right"),
                Text(kind, style=TEMPERAMENT_STYLE.get(kind, "")),
                Text(person.trend_direction),
                key=person.name,
            )
        self.query_one("#team-chart", Static).update(team_chart(self.report))
        if self.report.trainees:
            self.show_trainee(self.report.trainees[0])
        table.focus()

    def selected(self) -> TraineeReport | None:
        table = self.query_one("#trainees", DataTable)
        if self.report is None or not self.report.trainees or table.row_count == 0:
            return None
        return self.report.trainees[min(table.cursor_row, len(self.report.trainees) - 1)]

    @on(DataTable.RowHighlighted, "#trainees")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        person = self.selected()
        if person is not None:
            self.show_trainee(person)

    @on(DataTable.RowSelected, "#trainees")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.action_open_trainee()

    def show_trainee(self, person: TraineeReport) -> None:
        self.query_one("#trainee-detail", Static).update(trainee_detail(person))

    def action_open_trainee(self) -> None:
        person = self.selected()
        if person is not None:
            self.app.push_screen(TraineeCallsScreen(self.db_path, person))


def team_chart(report: Report) -> Text:
    counts = report.team.temperaments
    most = max(counts.values(), default=0) or 1
    text = Text("Temperaments\n", style="bold")
    for kind in (*TYPES, UNCERTAIN):
        n = counts.get(kind, 0)
        text.append(f"{kind:<12}")
        text.append("█" * round(20 * n / most), style=TEMPERAMENT_STYLE.get(kind, ""))
        text.append(f" {n}\n")
    for item in report.team.training:
        text.append(f"{item['type']}: ", style="bold")
        text.append(f"{item['train']}\n")
    return text


def trainee_detail(person: TraineeReport) -> Text:
    text = Text()
    text.append_text(verbatim(person.name, style="bold"))
    text.append(f"  {plural(person.calls, 'call')} ({person.incomplete} incomplete)\n")
    for name in SCORE_NAMES:
        value = person.scores.get(name)
        text.append(f"{name:<13}")
        text.append_text(bar(None if value is None else round(value)))
        text.append(f" {'–' if value is None else round(value)}\n")
    points = [p.overall for p in person.trend]
    text.append(f"trend        {person.trend_direction} {sparkline(points[-30:])}\n")
    reading = person.temperament
    if reading is None:
        return text
    kind = reading.type
    text.append("\nTemperament: ", style="bold")
    text.append(kind, style=TEMPERAMENT_STYLE.get(kind, ""))
    if kind == UNCERTAIN:
        text.append(f" — {reading.reason}\n")
    else:
        text.append(f" (confidence {reading.confidence:.2f}) — {reading.reason}\n")
    m = reading.measures
    for label, value in (
        ("assertive", m.assertiveness),
        ("self-control", m.self_control),
        ("engagement", m.engagement),
        ("yielding", m.yielding),
    ):
        text.append(f"{label:<13}")
        text.append_text(bar(value))
        text.append(f" {value}\n")
    for q in reading.evidence:
        text.append("  “")
        text.append_text(verbatim(q.text, style="italic"))
        text.append(f"” call {q.call}, turn {q.turn}: {q.why}\n", style="dim")
    text.append("Train next: ", style="bold")
    text.append(reading.weak_spot)
    return text


class TraineeCallsScreen(Screen[None]):
    """One trainee's calls, newest first; Enter opens the transcript."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="calls.back"),
        Binding("enter", "open_call", "Transcript", id="calls.open", show=True),
    ]
    CSS_PATH = "team.tcss"

    def __init__(self, db_path: str | None, person: TraineeReport) -> None:
        super().__init__()
        self.db_path = db_path
        self.person = person
        self.call_ids: list[int] = []

    def compose(self) -> ComposeResult:
        yield Static(id="calls-title")
        yield DataTable(id="calls", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        title = Text.assemble(("Calls of ", "bold"))
        title.append_text(verbatim(self.person.name, style="bold"))
        title.append("   (Enter: transcript, Escape: back)")
        self.query_one("#calls-title", Static).update(title)
        table = self.query_one("#calls", DataTable)
        table.add_columns(
            "#",
            "Recorded",
            "Scenario",
            "Seed",
            "Outcome",
            "Turns",
            "Overall",
            "Urgency",
            "Politeness",
            "Focus",
            "Promise",
            "Compliance",
        )
        try:
            with Store.read(self.db_path) as store:
                rows = list(reversed(store.calls(self.person.name)))
        except RecordsError as exc:
            self.query_one("#calls-title", Static).update(verbatim(str(exc)))
            return
        for row in rows:
            outcome = row["outcome"] or "incomplete"
            self.call_ids.append(int(row["id"]))
            table.add_row(
                str(row["id"]),
                str(row["recorded_at"])[:16].replace("T", " "),
                verbatim(str(row["scenario"])),
                str(row["seed"]),
                Text(outcome, style="dim" if outcome == "incomplete" else ""),
                str(row["turn_count"]),
                *(
                    score_cell(row[n])
                    for n in ("overall", "urgency", "politeness", "focus", "promise")
                ),
                Text("FAILED", style="red") if row["failed"] else Text("ok"),
                key=str(row["id"]),
            )
        table.focus()

    @on(DataTable.RowSelected, "#calls")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.action_open_call()

    def action_open_call(self) -> None:
        table = self.query_one("#calls", DataTable)
        if self.call_ids:
            self.app.push_screen(
                CallTranscriptScreen(self.db_path, self.call_ids[table.cursor_row])
            )


class CallTranscriptScreen(Screen[None]):
    """A recorded call: each trainee line with its acts, scores and the words behind them."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="transcript.back")]
    CSS_PATH = "team.tcss"

    def __init__(self, db_path: str | None, call_id: int) -> None:
        super().__init__()
        self.db_path = db_path
        self.call_id = call_id

    def compose(self) -> ComposeResult:
        yield VerticalScroll(id="transcript")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one("#transcript", VerticalScroll)
        try:
            with Store.read(self.db_path) as store:
                call = store.call(self.call_id)
                turns = store.turns(self.call_id)
        except RecordsError as exc:
            box.mount(Static(verbatim(str(exc))))
            return
        if call is None:
            box.mount(Static(Text(f"Call {self.call_id} is not in the records.")))
            return
        box.mount_all(transcript_widgets(call, turns))
        box.focus()


def transcript_widgets(call: Any, turns: list[Any]) -> list[Static]:
    outcome = call["outcome"] or "incomplete (the call was cut off)"
    head = Text.assemble((f"Call {call['id']}: ", "bold"))
    head.append_text(verbatim(f"{call['title'] or call['scenario']} (seed {call['seed']})"))
    head.append(f"\nOutcome: {outcome}")
    if call["overall"] is not None:
        head.append(
            "   scores: " + "  ".join(f"{n} {call[n]}" for n in SCORE_NAMES if call[n] is not None)
        )
    widgets = [Static(head, classes="head")]
    widgets.append(
        Static(
            Text.assemble(("DEBTOR  ", "bold")).append_text(verbatim(call["opening"])),
            classes="debtor",
        )
    )
    for row in turns:
        widgets.append(
            Static(
                Text.assemble((f"YOU {row['idx']:>2}  ", "bold")).append_text(
                    verbatim(row["text"])
                ),
                classes="trainee",
            )
        )
        widgets.append(Static(turn_notes(row), classes="notes"))
        if row["reply"]:
            widgets.append(
                Static(
                    Text.assemble(("DEBTOR  ", "bold")).append_text(verbatim(row["reply"])),
                    classes="debtor",
                )
            )
    findings = json.loads(call["compliance_json"] or "[]")
    if findings:
        text = Text("Compliance\n", style="bold red")
        for f in findings:
            where = f" (turn {f.get('turn_index')})" if f.get("turn_index") is not None else ""
            text.append_text(verbatim(f"- {f.get('rule', '?')}{where}: {f.get('message', '')}\n"))
        widgets.append(Static(text))
    return widgets


def turn_notes(row: Any) -> Text:
    """acts · u/p/f scores · the cue words behind them · where the debtor went."""
    acts = ", ".join(json.loads(row["acts_json"] or "[]")) or "—"
    text = Text(
        f"{acts} · urgency {row['urgency']} politeness {row['politeness']} "
        f"focus {row['focus']} · {row['state_before']} → {row['state_after']} "
        f"({row['mood']})"
    )
    scores = json.loads(row["scores_json"] or "{}")
    for name in ("urgency", "politeness", "focus"):
        evidence = scores.get(name, {}).get("evidence", [])
        if evidence:
            text.append(f"\n{name}: ")
            for i, e in enumerate(evidence[:5]):
                if i:
                    text.append(", ")
                text.append_text(verbatim(f"“{e.get('text', '')}”"))
                text.append(
                    f" {plain_words(str(e.get('cue', '')))} {float(e.get('weight', 0)):+.1f}",
                    style="dim",
                )
    return text
