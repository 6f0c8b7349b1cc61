"""The team screen: every trainee's numbers and temperament, then their calls, then a call's
annotated transcript (Enter drills down, Escape goes back).

Everything a trainee typed is drawn with `verbatim`, never read as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from simulator.records.render import num, pct, sparkline, temperament_line
from simulator.records.report import (
    SCORE_NAMES,
    CallEntry,
    Report,
    TraineeReport,
    build_report,
    outcome_label,
)
from simulator.records.store import RecordsError, Store
from simulator.records.stored import StoredCall, StoredTurn
from simulator.scoring.dimensions import DIMENSIONS
from simulator.scoring.plain import plain_words
from simulator.scoring.temperament import TYPES, UNCERTAIN
from simulator.tui import keys
from simulator.tui.text import bar, verbatim

TEMPERAMENT_STYLE = {
    "confident": "green",
    "aggressive": "red",
    "introverted": "magenta",
    "timid": "yellow",
    UNCERTAIN: "dim",
}


def score_cell(value: float | None) -> Text:
    return Text("–", style="dim") if value is None else Text(num(value), justify="right")


def rate_cell(value: float | None) -> Text:
    return Text("–", style="dim") if value is None else Text(pct(value), justify="right")


VERDICT_STYLE = {True: "bold green", False: "bold red", None: "dim"}


def verdict_cell(person: TraineeReport) -> Text:
    return Text(person.verdict, style=VERDICT_STYLE[person.passed])


def temperament_cell(person: TraineeReport) -> Text:
    kind = person.temperament_type
    reading = person.temperament
    if kind == UNCERTAIN and reading is not None and reading.leaning:
        return Text(f"leaning {reading.leaning}", style=TEMPERAMENT_STYLE.get(reading.leaning, ""))
    return Text(kind, style=TEMPERAMENT_STYLE.get(kind, ""))


def compliance_cell(person: TraineeReport) -> Text:
    findings = sum(person.compliance_rules.values())
    if not findings:
        return Text("clean", style="green")
    return Text(
        f"{person.compliance_failures} failed, {plural(findings, 'finding')}",
        style="red" if person.compliance_failures else "yellow",
    )


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


def plain_rule(rule: str) -> str:
    """A compliance rule's code as words: 'disclosure_before_verification' -> 'disclosure
    before verification'."""
    return rule.replace("_", " ")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


class TeamScreen(Screen[None]):
    """Trainees in a table; the selected one's temperament, evidence and trend beside it."""

    BINDINGS = keys.TEAM
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
            "Result",
            "Pack",
            "Practice",
            *(n.capitalize() for n in SCORE_NAMES),
            "Promise %",
            "Hang-up %",
            "Compliance",
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
            pack = person.pack
            table.add_row(
                verbatim(person.name),
                verdict_cell(person),
                Text(
                    "–"
                    if pack is None
                    else f"{pack.calls_done}/{pack.calls_total}"
                    + ("" if pack.complete else " unfinished"),
                    style="" if pack is None or pack.complete else "yellow",
                ),
                Text(str(person.practice_calls), justify="right"),
                *(score_cell(person.scores.get(n)) for n in SCORE_NAMES),
                rate_cell(person.promise_rate),
                rate_cell(person.hang_up_rate),
                compliance_cell(person),
                temperament_cell(person),
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
    text.append(f"  {plural(person.calls, 'call')} ({person.incomplete} incomplete)  ")
    text.append_text(verdict_cell(person))
    text.append("\n")
    if person.pack is not None:
        text.append(f"assessment   {person.pack.describe()}\n")
    if person.weakest:
        text.append(f"weakest      {person.weakest}: {person.advice}\n")
    for name in SCORE_NAMES:
        value = person.scores.get(name)
        text.append(f"{name:<13}")
        text.append_text(bar(None if value is None else int(num(value))))
        text.append(f" {num(value) if value is not None else '–'}\n")
    points = [p.overall for p in person.trend]
    text.append(
        f"trend        {person.trend_direction} {sparkline(points[-30:])} (practice calls)\n"
    )
    reading = person.temperament
    if reading is None:
        return text
    kind = reading.type
    text.append("\nTemperament: ", style="bold")
    text.append(temperament_line(person) + "\n", style=TEMPERAMENT_STYLE.get(kind, ""))
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
        text.append(f"” {q.call}, turn {q.turn}: {q.why}\n", style="dim")
    text.append("Train next: ", style="bold")
    text.append(reading.weak_spot)
    return text


class TraineeCallsScreen(Screen[None]):
    """One trainee's calls, newest first; Enter opens the transcript."""

    BINDINGS = keys.TRAINEE_CALLS
    CSS_PATH = "team.tcss"

    def __init__(self, db_path: str | None, person: TraineeReport) -> None:
        super().__init__()
        self.db_path = db_path
        self.person = person
        self.call_ids: list[int] = []
        self.calls: list[CallEntry] = []

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
            "Call",
            "Recorded",
            "Scenario",
            "Outcome",
            "Turns",
            "Overall",
            "Result",
            "Compliance",
        )
        # newest first, named as the report names them ("pack call 2", "practice call 3")
        self.calls = list(reversed(self.person.call_list))
        for entry in self.calls:
            self.call_ids.append(entry.call_id)
            table.add_row(
                Text(entry.label),
                entry.recorded_at[:16].replace("T", " "),
                verbatim(entry.title),
                Text(
                    outcome_label(entry.outcome),
                    style="dim" if entry.outcome == "incomplete" else "",
                ),
                str(entry.turns),
                score_cell(entry.overall),
                Text(
                    "incomplete" if entry.passed is None else ("pass" if entry.passed else "fail"),
                    style=VERDICT_STYLE[entry.passed],
                ),
                Text(
                    ", ".join(plain_rule(r) for r in entry.findings) or "clean",
                    style="red" if entry.critical else ("yellow" if entry.findings else "green"),
                ),
                key=str(entry.call_id),
            )
        table.focus()

    @on(DataTable.RowSelected, "#calls")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.action_open_call()

    def action_open_call(self) -> None:
        table = self.query_one("#calls", DataTable)
        if self.call_ids:
            entry = self.calls[table.cursor_row]
            self.app.push_screen(CallTranscriptScreen(self.db_path, entry.call_id, entry))


class CallTranscriptScreen(Screen[None]):
    """A recorded call: each trainee line with its acts, scores and the words behind them."""

    BINDINGS = keys.CALL_TRANSCRIPT
    CSS_PATH = "team.tcss"

    def __init__(self, db_path: str | None, call_id: int, entry: CallEntry | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.call_id = call_id
        self.entry = entry

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
            box.mount(Static(Text("This call is no longer in the records.")))
            return
        label = self.entry.label if self.entry is not None else "Call"
        box.mount_all(transcript_widgets(call, turns, label))
        box.focus()


def transcript_widgets(
    call: StoredCall, turns: list[StoredTurn], label: str = "Call"
) -> list[Static]:
    outcome = outcome_label(call.outcome) if call.outcome else "incomplete (the call was cut off)"
    head = Text.assemble((f"{label[:1].upper()}{label[1:]}: ", "bold"))
    head.append_text(verbatim(f"{call.title or call.scenario} (seed {call.seed})"))
    head.append(f"\nOutcome: {outcome}")
    if call.overall is not None:
        scores = call.scores
        head.append(
            "   scores: "
            + "  ".join(f"{n} {scores[n]}" for n in SCORE_NAMES if scores[n] is not None)
        )
    widgets = [Static(head, classes="head")]
    widgets.append(
        Static(
            Text.assemble(("DEBTOR  ", "bold")).append_text(verbatim(call.opening)),
            classes="debtor",
        )
    )
    for turn in turns:
        widgets.append(
            Static(
                Text.assemble((f"YOU {turn.idx:>2}  ", "bold")).append_text(verbatim(turn.text)),
                classes="trainee",
            )
        )
        widgets.append(Static(turn_notes(turn), classes="notes"))
        if turn.reply:
            widgets.append(
                Static(
                    Text.assemble(("DEBTOR  ", "bold")).append_text(verbatim(turn.reply)),
                    classes="debtor",
                )
            )
    findings = call.compliance
    if findings:
        text = Text("Compliance\n", style="bold red")
        for f in findings:
            # findings count turns from 0; the transcript numbers them from 1
            index = f.get("turn_index")
            where = f" (turn {int(index) + 1})" if index is not None else ""
            rule = plain_rule(str(f.get("rule", "?")))
            text.append_text(verbatim(f"- {rule}{where}: {f.get('message', '')}\n"))
        widgets.append(Static(text))
    return widgets


def turn_notes(turn: StoredTurn) -> Text:
    """acts · u/p/f scores · the cue words behind them · where the debtor went."""
    acts = ", ".join(turn.acts) or "—"
    text = Text(
        f"{acts} · {' '.join(f'{d} {getattr(turn, d)}' for d in DIMENSIONS)} · "
        f"{turn.state_before} → {turn.state_after} ({turn.mood})"
    )
    scores = turn.scores
    for name in DIMENSIONS:
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
