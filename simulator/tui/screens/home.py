"""Home: who is training, the scenarios to choose from, and the way to everything else."""

from __future__ import annotations

from typing import cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Input, Label, Static

from simulator.tui import keys
from simulator.tui.call_records import best_scores
from simulator.tui.navigation import (
    TEAM,
    TRAINER,
    AppView,
    LibraryLoaded,
    NameGiven,
    OpenMode,
    PractiseScenario,
    StartAssessment,
)
from simulator.tui.settings import MAX_NAME, clean_name
from simulator.tui.text import verbatim, words

INTRO = "Pick a call (↑↓, Enter), read the debtor's file, then reach the call's goal."
INTRO_NO_NAME = "Type your name and press Enter, then pick a call to practise."
NO_SCENARIOS = (
    "No scenarios could be loaded. Fix the problems listed below, or run "
    "'collectsim validate' for details."
)


def difficulty_text(level: int) -> Text:
    return Text.assemble(("●" * level, "bold"), ("○" * (5 - level), "dim"))


def fit(text: str, width: int) -> str:
    """Cut to the column, with an ellipsis so a cut title does not look like a whole one."""
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…"


def debtor_label(name: str) -> str:
    """'The forgetful student' -> 'Forgetful student': the column says it is the debtor."""
    if name.lower().startswith("the ") and len(name) > 4:
        return name[4].upper() + name[5:]
    return name


LEAD_ACTIONS = ("team", "scenarios")
LETTER_ACTIONS = ("edit_name", "assessment", *LEAD_ACTIONS)


class HomeScreen(Screen[None]):
    BINDINGS = keys.HOME
    CSS_PATH = "home.tcss"

    def __init__(self) -> None:
        super().__init__()
        # the name box as the trainee left it: the app keeps the name (NameGiven), this
        # screen what it shows while the app has not heard yet
        self.trainee = ""
        self.name_confirmed = False
        self.last_focused: Widget | None = None

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.last_focused = event.widget

    def typing_name(self) -> bool:
        """Whether letters go into the name box: it has the focus, or gets it back when the
        app does (a browser tab that lost the focus; nothing is focused meanwhile)."""
        focused = self.focused
        if focused is None and not self.app.app_focus:
            focused = self.last_focused
        return isinstance(focused, Input)

    @property
    def sim(self) -> AppView:
        """What the app shows the screens (read only: this screen posts messages to act)."""
        return cast("AppView", self.app)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A trainee's browser tab (`collectsim serve --role trainee`) has no team or trainer
        screen: their keys are neither shown nor run. No letter key is offered while letters
        go into the name box."""
        if action in LETTER_ACTIONS and self.typing_name():
            return False
        return not (action in LEAD_ACTIONS and not self.sim.lead_screens)

    def compose(self) -> ComposeResult:
        with Vertical(id="home-body"):
            with Horizontal(id="top-row"):
                yield Static(
                    Text("collectsim · collection call practice", style="bold"), id="title"
                )
                yield Label("Trainee ", id="trainee-label")
                yield Input(
                    placeholder="your name", id="trainee", max_length=MAX_NAME, compact=True
                )
            yield Label(id="intro", markup=False)
            yield DataTable(id="scenarios", cursor_type="row", zebra_stripes=True)
            detail = Static(id="scenario-detail")
            detail.border_title = "About this call"
            yield detail
            yield Static(id="problems")
        yield Footer()

    widths: dict[str, int] = {"title": 40, "debtor": 20}
    shown: tuple[object, ...] = ()  # what the table was last filled with

    def on_mount(self) -> None:
        self.trainee = self.sim.trainee
        self.name_confirmed = self.sim.name_confirmed
        name_input = self.query_one("#trainee", Input)
        name_input.value = self.trainee
        table = self.query_one("#scenarios", DataTable)
        self.add_columns(self.size.width or 80)
        self.content_arrived()
        # focused now, so the first frame's footer already shows the keys of what has the focus
        self.set_focus(table if self.trainee else name_input)

    @on(LibraryLoaded)
    def content_arrived(self) -> None:
        self.fill_table()
        self.show_problems()
        self.update_intro()

    @staticmethod
    def column_widths(width: int) -> dict[str, int]:
        """The title and debtor columns share what the others leave of the terminal."""
        fixed = 17 + 5 + 4 + 5 * 2 + 4  # situation, level, best, cell padding, scrollbar
        free = max(30, width - fixed)
        return {"title": free * 6 // 10, "debtor": free - free * 6 // 10}

    def add_columns(self, width: int) -> None:
        """Columns sized to the terminal."""
        table = self.query_one("#scenarios", DataTable)
        self.widths = self.column_widths(width)
        table.add_column("Scenario", key="title", width=self.widths["title"])
        table.add_column("Debtor", key="debtor", width=self.widths["debtor"])
        table.add_column("Situation", key="situation", width=17)
        table.add_column("Level", key="level", width=5)
        table.add_column("Best", key="best", width=4)

    def on_resize(self) -> None:
        if self.column_widths(self.size.width) == self.widths:
            return  # the columns fit already (the first resize, as the screen is shown)
        table = self.query_one("#scenarios", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        self.add_columns(self.size.width)
        self.fill_table(cursor)

    @on(DataTable.RowHighlighted, "#scenarios")
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.show_detail(str(event.row_key.value))

    def show_detail(self, scenario_id: str) -> None:
        scenario = next((s for s in self.sim.listing.scenarios if s.id == scenario_id), None)
        if scenario is None:
            return
        text = Text.assemble(
            verbatim(scenario.title, style="bold"),
            "\n",
            verbatim(scenario.description),
            "\n",
            ("Goal: ", "bold"),
            verbatim(scenario.goal),
        )
        if scenario.debtor_summary:
            text.append("\n")
            text.append("Debtor: ", style="bold")
            text.append_text(verbatim(scenario.debtor_summary))
        if scenario.compliance:
            text.append("\nCompliance rules on.", style="yellow")
        self.query_one("#scenario-detail", Static).update(text)

    def on_screen_resume(self) -> None:
        # best scores change after each recorded call, the content after the trainer's reload
        self.content_arrived()

    def update_intro(self) -> None:
        intro = self.query_one("#intro", Label)
        if self.sim.loading:
            intro.update("Loading the scenarios…")
        elif not self.sim.listing.scenarios:
            intro.update(NO_SCENARIOS)
        elif not self.trainee:
            intro.update(INTRO_NO_NAME)
        else:
            intro.update(INTRO)

    def fill_table(self, cursor: int | None = None) -> None:
        table = self.query_one("#scenarios", DataTable)
        cursor = table.cursor_row if cursor is None else cursor
        if not table.columns:
            return
        best = best_scores(self.trainee, self.sim.db_path)
        scenarios = self.sim.listing.scenarios
        shown = (scenarios, best, tuple(self.widths.values()))
        if shown == self.shown and table.row_count == len(scenarios):
            return  # the table shows this already: drawn once, not again on every event
        self.shown = shown
        table.clear()
        for scenario in scenarios:
            score = best.get(scenario.id)
            table.add_row(
                verbatim(fit(scenario.title, self.widths["title"])),
                verbatim(fit(debtor_label(scenario.debtor), self.widths["debtor"])),
                Text(words(scenario.situation)),
                difficulty_text(scenario.difficulty),
                Text(str(score)) if score is not None else Text("–", style="dim"),
                key=scenario.id,
            )
        if table.row_count:
            table.move_cursor(row=min(max(cursor, 0), table.row_count - 1))

    def show_problems(self) -> None:
        problems = self.sim.listing.problems
        panel = self.query_one("#problems", Static)
        error = self.sim.load_error
        if error:
            panel.display = True
            panel.update(verbatim(f"The scenarios could not be loaded: {error}", style="red"))
            return
        if not problems:
            panel.display = False
            return
        panel.display = True
        errors = sum(1 for p in problems if p.severity == "error")
        text = Text(
            f"Content problems ({errors} error{'s' if errors != 1 else ''}, "
            f"{len(problems) - errors} warning"
            f"{'s' if len(problems) - errors != 1 else ''}): "
            "files with errors were left out.\n",
            style="bold",
        )
        for problem in problems:
            style = "red" if problem.severity == "error" else "yellow"
            text.append_text(verbatim(problem.text, style=style))
            text.append("\n")
        panel.update(text)

    # --- the trainee's name -------------------------------------------------------------

    def focus_name(self) -> None:
        """Move to the name box now, not after the keys already waiting: the letters typed
        straight after n (or a) then go into it (`CollectSimApp.on_event`)."""
        self.set_focus(self.query_one("#trainee", Input))

    @on(Input.Submitted, "#trainee")
    def name_entered(self, event: Input.Submitted) -> None:
        self.save_name(event.value, confirm=True)
        if not self.trainee:
            self.notify(
                "Type your name first, so your calls are kept under it.", severity="warning"
            )
            return
        self.set_focus(self.query_one("#scenarios", DataTable))  # before the next key

    @on(Input.Blurred, "#trainee")
    def name_left(self, event: Input.Blurred) -> None:
        self.save_name(event.value)

    def save_name(self, raw: str, confirm: bool = False) -> None:
        """The name typed (cleaned) is the trainee's: a changed name, or one confirmed with
        Enter, is told to the app, which keeps it (and remembers it for the next run)."""
        name = clean_name(raw)
        changed = name != self.trainee
        if changed or confirm:
            self.trainee = name
            self.name_confirmed = bool(name)
            self.post_message(NameGiven(name))
        if changed:
            self.fill_table()
        self.update_intro()

    def action_edit_name(self) -> None:
        self.focus_name()

    # --- starting calls -----------------------------------------------------------------

    @on(DataTable.RowSelected, "#scenarios")
    def row_chosen(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.open_briefing(str(event.row_key.value))

    def action_start(self) -> None:
        table = self.query_one("#scenarios", DataTable)
        if not table.row_count:
            self.notify("There is no scenario to start.", severity="warning")
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        if row_key.value is not None:
            self.open_briefing(str(row_key.value))

    def open_briefing(self, scenario_id: str) -> None:
        if self.ready_to_call():
            self.post_message(PractiseScenario(scenario_id))

    def ready_to_call(self) -> bool:
        name_input = self.query_one("#trainee", Input)
        if name_input.has_focus:
            self.save_name(name_input.value)
        if not self.trainee:
            self.notify(
                "Type your name first, so your calls are kept under it.", severity="warning"
            )
            self.focus_name()
            return False
        return True

    def action_assessment(self) -> None:
        if not self.ready_to_call():
            return
        if not self.name_confirmed:
            # a name remembered from an earlier session may be someone else's: the assessment
            # is filed under the name its player confirms
            self.notify(
                f"The assessment is kept under your name. Is it {self.trainee}? Press Enter "
                "on it (or type yours and press Enter), then press a again.",
                title="Assessment",
                severity="warning",
                markup=False,
            )
            self.focus_name()
            return
        self.post_message(StartAssessment())

    def action_team(self) -> None:
        if self.sim.lead_screens:
            self.post_message(OpenMode(TEAM))

    def action_scenarios(self) -> None:
        if self.sim.lead_screens:
            self.post_message(OpenMode(TRAINER))
