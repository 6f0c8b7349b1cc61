"""The terminal UI driven through Textual's Pilot, asserting on what the screens show."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, DataTable, Input, Static

from simulator.engine.clock import FixedClock
from simulator.engine.lines import fill
from simulator.tui.app import CollectSimApp, make_app
from simulator.tui.screens.briefing import BriefingScreen, RecordScreen
from simulator.tui.screens.call import CallScreen
from simulator.tui.screens.debrief import DebriefScreen
from simulator.tui.screens.help import HelpScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.leave import LeaveCallScreen
from simulator.tui.widgets.transcript import Transcript

SCENARIO = "student_forgot_first_late"
SEED = 3
SCRIPTS = Path(__file__).parent / "data" / "scripts"
# The call the UI tests, the snapshots and benchmarks/bench_tui.py type, one line each.
GOOD = (SCRIPTS / "student_forgot_first_late" / "ui.txt").read_text(encoding="utf-8").splitlines()
SIZE = (100, 30)
pytestmark = pytest.mark.asyncio


def new_app(**kwargs: object) -> CollectSimApp:
    options: dict[str, object] = {
        "reply_delay": 0,
        "clock": FixedClock(dt.datetime(2026, 3, 10, 10, 30)),
        "seed": SEED,
        "trainee": "Ana",
    }
    options.update(kwargs)
    return make_app(**options)  # type: ignore[arg-type]


def rendered(widget: Widget) -> str:
    """What the widget draws on screen, as plain text lines."""
    width, height = widget.size.width, widget.size.height
    strips = widget.render_lines(Region(0, 0, width, height))
    return "\n".join(strip.text for strip in strips)


def content_text(widget: Static) -> str:
    """The whole content of a Static (even the part scrolled out of view), as plain text."""
    content = widget.content
    if isinstance(content, str):
        return content
    if isinstance(content, Text):
        return content.plain
    console = Console(width=160, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(content)
    return console.export_text()


def titles_first_id(table: DataTable) -> str:  # type: ignore[type-arg]
    return str(next(iter(table.rows)).value)


def transcript_lines(app: CollectSimApp) -> list[tuple[str, str]]:
    """(kind, text) of each transcript entry: kind is debtor, trainee, hint, error or system."""
    return [(entry.kind, entry.plain) for entry in app.screen.query_one(Transcript).entries]


async def loaded(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the scenarios, loaded beside the UI's start-up, are on the home screen."""
    await pilot.app.library_ready.wait()
    await pilot.pause()


async def choose(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    await loaded(pilot)
    table = pilot.app.screen.query_one("#scenarios", DataTable)
    table.move_cursor(row=table.get_row_index(scenario_id))
    await pilot.press("enter")
    await pilot.pause()


async def say(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    reply = pilot.app.screen.query_one("#reply", Input)
    reply.value = text
    reply.focus()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()


async def start_call(pilot, scenario_id: str = SCENARIO) -> CallScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await choose(pilot, scenario_id)
    assert isinstance(pilot.app.screen, BriefingScreen)
    await pilot.press("s")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CallScreen)
    return screen


async def test_a_full_call_from_home_to_debrief() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        table = home.query_one("#scenarios", DataTable)
        titles = [str(table.get_row(key)[0]) for key in table.rows]
        assert any(title.startswith("The forgetful student") for title in titles)
        detail = content_text(home.query_one("#scenario-detail", Static))
        assert detail.splitlines()[0] == app.library.scenarios[titles_first_id(table)].title
        assert "Pick a call" in str(home.query_one("#intro").content)

        await choose(pilot, SCENARIO)
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        call = briefing.call
        record_text = content_text(briefing.query_one("#record", Static))
        record = call.record
        for shown in (
            record.debtor_name,
            record.account_number,
            record.phone,
            f"${record.amount_overdue:,.2f}",
            str(record.days_past_due),
            record.recommended_method,
            "Payment history",
            "Goal",
        ):
            assert shown in record_text, shown
        assert f"{record.due_date:%b}" in record_text

        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CallScreen)
        assert transcript_lines(app)[-1][1].endswith(call.opening)
        meters_before = content_text(screen.query_one("#meters", Static))
        status_before = content_text(screen.query_one("#status", Static))
        assert "turn 0/" in status_before

        for n, line in enumerate(GOOD, start=1):
            await say(pilot, fill(line, call.values))
            lines = transcript_lines(app)
            trainee = [text for kind, text in lines if kind == "trainee"]
            debtor = [text for kind, text in lines if kind == "debtor"]
            assert trainee[-1].endswith(fill(line, call.values))
            assert debtor[-1].endswith(call.turns[n - 1].reply)
            if n == 1:
                assert content_text(screen.query_one("#meters", Static)) != meters_before
                assert "turn 1/" in content_text(screen.query_one("#status", Static))

        checklist = content_text(screen.query_one("#checklist", Static))
        assert f"[x] Amount    ${record.amount_overdue:,.2f}" in checklist
        assert "[x] Date" in checklist and "Fri" in checklist
        assert "[x] Method    card" in checklist
        assert "[x] Confirmed" in checklist
        assert call.outcome is not None and call.outcome.value == "promise_secured"
        assert "Promise to pay secured" in transcript_lines(app)[-1][1]
        assert screen.query_one("#reply", Input).disabled

        await pilot.press("enter")  # the focused "see your debrief" button
        await pilot.pause()
        debrief = app.screen
        assert isinstance(debrief, DebriefScreen)
        outcome = content_text(debrief.query_one("#outcome", Static))
        assert "Promise to pay secured" in outcome
        scores = call.scores()
        assert f"overall {scores.overall}/100" in outcome
        scores_text = content_text(debrief.query_one("#scores", Static))
        for name in ("Urgency", "Politeness", "Focus", "Promise", "Overall"):
            assert name in scores_text
        annotated = content_text(debrief.query_one("#annotated", Static))
        assert "Turn 5  You: Just to confirm" in annotated
        highlights = content_text(debrief.query_one("#highlights", Static))
        assert "Strongest line" in highlights and "Line to rework" in highlights
        evidence = [
            e
            for t in call.turns
            for d in ("urgency", "politeness", "focus")
            for e in t.scores.get(d).evidence
            if e.weight
        ]
        assert evidence and f"“{evidence[0].text}”" in annotated
        tips = content_text(debrief.query_one("#tips", Static))
        for tip in scores.tips[:3]:
            assert tip.guidance in tips

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


MARKUP_INPUTS = [
    "[bold]hi[/]",
    "[red]",
    "[link=https://example.com]click[/link] [/]",
    "\x1b[31mred?\x1b[0m",
    "😀 pay today please 🙏",
    "مرحبا، هل يمكنك الدفع اليوم؟",
    ("pay today " * 500)[:5000],
]


@pytest.mark.parametrize(
    "text", MARKUP_INPUTS, ids=["bold", "red", "link", "escape", "emoji", "rtl", "5000"]
)
async def test_what_the_trainee_types_is_shown_as_typed(text: str) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        await say(pilot, text)
        transcript = screen.query_one(Transcript)
        said = [entry.text for entry in transcript.entries if entry.kind == "trainee"]
        assert said == [text]
        drawn = transcript.drawn_text()
        assert "\x1b" not in drawn
        flat = "".join(drawn.split())  # wrapping and the margin bars aside
        flat = flat.replace("▌", "")
        expected = "".join(text.replace("\x1b", "␛").split())
        assert expected in flat
        # the debtor answered and the app is still usable
        assert len(screen.call.turns) == 1
        assert not screen.query_one("#reply", Input).disabled or screen.call.finished


async def test_an_insulting_trainee_gets_hung_up_on() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        call = screen.call
        abusive = [
            "Is this {debtor_name}?",
            "You owe us {amount_overdue}, you lazy deadbeat.",
            "Pay it today, you idiot, or else.",
            "Are you stupid? Pay the damn money.",
            "What a pathetic excuse. Shut up and pay.",
        ]
        for line in abusive:
            if call.finished:
                break
            await say(pilot, fill(line, call.values))
        assert call.outcome is not None and call.outcome.value == "hung_up"
        assert "The debtor hung up" in transcript_lines(app)[-1][1]
        mood = content_text(screen.query_one("#debtor", Static))
        assert "hostile" in mood or "irritated" in mood
        button = screen.query_one("#to-debrief", Button)
        assert button.display and button.has_focus
        await pilot.click("#to-debrief")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        assert "The debtor hung up" in content_text(app.screen.query_one("#outcome", Static))


async def test_a_goal_asked_politely_and_reached_with_sarcasm_is_not_called_reached() -> None:
    """Play-test 159: the already-paid customer's reference, taken with "oh sure, everybody
    already paid it", got the note "Goal reached" on a call whose goal asks it politely."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot, "already_paid_not_posted")
        call = screen.call
        await say(pilot, f"Is this {call.values['debtor_name']}?")
        await say(pilot, "This is an attempt to collect a debt. Your payment never showed up.")
        await say(pilot, "oh sure, everybody already paid it. go on then, read me the reference")
        assert call.closing
        kind, note = transcript_lines(app)[-1]
        assert kind == "system" and "Goal not reached (not politely)" in note, note
        assert "Say goodbye" in note


async def test_the_goal_reached_the_trainee_says_goodbye_before_the_debrief() -> None:
    """Played: calls ended the moment the promise was made, before the trainee could say
    goodbye. The reply box stays open with a note; the goodbye ends the call."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        call = screen.call
        *terms, goodbye = GOOD
        for line in terms:
            await say(pilot, fill(line, call.values))
        kind, note = transcript_lines(app)[-1]
        assert kind == "system" and "Goal reached" in note and "Say goodbye" in note, note
        reply = screen.query_one("#reply", Input)
        assert not reply.disabled and not screen.query_one("#to-debrief", Button).display
        await say(pilot, goodbye)
        assert call.finished and call.outcome is not None
        assert call.outcome.value == "promise_secured"
        assert "bye" in transcript_lines(app)[-2][1].lower()
        assert "Promise to pay secured" in transcript_lines(app)[-1][1]
        assert reply.disabled and screen.query_one("#to-debrief", Button).display


async def test_hint_key_shows_a_coaching_hint_for_the_moment() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        expected = screen.call.hint()
        await pilot.press("ctrl+t")
        await pilot.pause()
        kind, text = transcript_lines(app)[-1]
        assert "hint" in kind and text.startswith("Coach") and expected in text
        assert screen.call.record.debtor_name in text  # placeholders are filled
        assert screen.query_one("#reply", Input).has_focus  # the trainee can keep typing


async def test_end_call_key_hangs_up_and_opens_the_debrief() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        await say(pilot, fill(GOOD[0], screen.call.values))
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert screen.call.outcome is not None
        assert screen.call.outcome.value == "ended_by_trainee"
        debrief = app.screen
        assert isinstance(debrief, DebriefScreen)
        assert "You ended the call" in content_text(debrief.query_one("#outcome", Static))
        assert "Turn 1  You: Hello, this is Sam" in content_text(
            debrief.query_one("#annotated", Static)
        )


async def test_a_new_call_asked_in_a_debrief_already_left_does_nothing() -> None:
    """Played in tmux, typing on as the call ended ("...thank you so much, sorry to bother you,
    bye"): the debrief's "n" (new call) arrived after another key had gone home, and replacing
    the home screen crashed the app (IndexError: pop from empty list)."""
    from simulator.tui.navigation import NextCall, OpenCall

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        app.post_message(NextCall(screen.setup))  # the "n" pressed before the escape
        app.post_message(OpenCall(screen.setup))  # and an "r"
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
        assert app.is_running


async def test_same_call_again_replays_the_same_debtor_and_new_call_another() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        first = (await start_call(pilot)).call
        await pilot.press("ctrl+d")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, BriefingScreen)
        assert again.call.seed == first.seed
        assert again.call.record.debtor_name == first.record.debtor_name
        await pilot.press("s", "ctrl+d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        other = app.screen
        assert isinstance(other, BriefingScreen)
        assert other.call.seed != first.seed
        assert other.call.scenario.id == first.scenario.id


async def test_record_is_one_key_away_during_the_call() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        assert screen.call.record.account_number in rendered(app.screen) or (
            screen.call.record.account_number in content_text(app.screen.query_one(Static))
        )
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one("#reply", Input).has_focus


async def test_an_engine_error_is_shown_and_the_transcript_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        await say(pilot, fill(GOOD[0], screen.call.values))

        def broken(text: str) -> None:
            raise RuntimeError("state 'verified' has no line for mood 'calm'")

        monkeypatch.setattr(screen.call, "say", broken)
        await say(pilot, "Can you pay today?")
        lines = transcript_lines(app)
        kind, text = lines[-1]
        assert "error" in kind
        assert "could not answer" in text and "has no line for mood" in text
        said = [t for k, t in lines if k == "trainee"]
        assert len(said) == 2 and said[-1].endswith("Can you pay today?")
        assert isinstance(app.screen, CallScreen)
        assert not screen.query_one("#reply", Input).disabled


async def test_trainee_name_is_remembered_between_runs() -> None:
    app = new_app(trainee=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        name = app.screen.query_one("#trainee", Input)
        assert name.has_focus and name.value == ""
        await loaded(pilot)
        assert "Type your name" in str(app.screen.query_one("#intro").content)
        await pilot.press("enter")  # no name yet: a call is not started
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        for ch in "Bea Ortiz":
            await pilot.press(ch if ch != " " else "space")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#scenarios", DataTable).has_focus
    saved = json.loads((Path(os.environ["COLLECTSIM_CONFIG_DIR"]) / "tui.json").read_text())
    assert saved["trainee"] == "Bea Ortiz"
    again = new_app(trainee=None)
    async with again.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert again.screen.query_one("#trainee", Input).value == "Bea Ortiz"
        assert again.screen.query_one("#scenarios", DataTable).has_focus


async def test_broken_content_is_listed_on_home_and_the_rest_still_plays(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    (folder / "scenarios").mkdir(parents=True)
    (folder / "scenarios" / "broken.yaml").write_text(
        "id: broken\ntitle: [unclosed\n", encoding="utf-8"
    )
    app = new_app(content_dirs=(str(folder),))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        problems = app.screen.query_one("#problems", Static)
        assert problems.display
        text = content_text(problems)
        assert "broken.yaml:" in text and "not closed" in text and "Content problems" in text
        screen = await start_call(pilot)
        assert screen.call.scenario.id == SCENARIO


async def test_calls_are_recorded_with_the_trainee_and_best_score_shown() -> None:
    import simulator.records.store as store_module

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        call = screen.call
        for line in GOOD:
            await say(pilot, fill(line, call.values))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        table = app.screen.query_one("#scenarios", DataTable)
        best = str(table.get_row(SCENARIO)[4])
        assert best == str(call.scores().overall)
    store = store_module.Store.read(None)
    try:
        rows = store.calls("Ana")
        assert len(rows) == 1
        assert rows[0].scenario == SCENARIO and rows[0].outcome == "promise_secured"
        assert len(store.turns(rows[0].id)) == len(GOOD)
    finally:
        store.close()


async def test_help_lists_every_key_and_what_the_scores_mean() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = content_text(app.screen.query_one("#help-text", Static))
        for expected in (
            "ctrl+q",
            "ctrl+t / f2",
            "ctrl+d / f10",
            "Same call again",
            "Urgency",
            "Politeness",
            "Focus",
            "Promise",
            "Composure",
            "Scenarios",  # every screen's keys, the trainer's Scenarios screen too
            "Run tests",
            "Reload",
            "Team",
        ):
            assert expected in text, expected
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_every_binding_has_an_id() -> None:
    from textual.binding import Binding

    from simulator.tui.screens.help import key_rows  # noqa: F401  (imports every screen)

    classes = [
        CollectSimApp,
        HomeScreen,
        BriefingScreen,
        RecordScreen,
        CallScreen,
        DebriefScreen,
        HelpScreen,
        LeaveCallScreen,
    ]
    for cls in classes:
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (cls.__name__, binding)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_light_and_dark_themes_draw_the_call_at_80x24(theme: str) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        screen = await start_call(pilot)
        await say(pilot, fill(GOOD[0], screen.call.values))
        for widget_id in ("#status", "#meters", "#checklist", "#reply"):
            widget = screen.query_one(widget_id)
            region = widget.region
            assert region.width > 0 and region.height > 0, widget_id
            assert region.right <= 80 and region.bottom <= 24, widget_id
        assert "Urgency" in rendered(screen.query_one("#meters"))
        assert screen.query_one("#transcript").region.width >= 38


async def test_home_keys_open_the_team_and_trainer_screens() -> None:
    from simulator.tui.screens.scenarios import ScenariosScreen
    from simulator.tui.screens.team import TeamScreen

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TeamScreen)
        app.pop_screen()
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ScenariosScreen)


async def test_assessment_pack_plays_its_calls_in_order() -> None:
    import simulator.records.assessment as assessment

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        pack = assessment.assessment_pack(app.library)
        assert len(pack) >= 2
        await pilot.press("a")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, BriefingScreen)
        assert (first.call.scenario.id, first.call.seed) == pack[0]
        await pilot.press("s", "ctrl+d")
        await pilot.pause()
        debrief = app.screen
        assert isinstance(debrief, DebriefScreen)
        assert "Next assessment call" in str(debrief.query_one("#new", Button).label)
        # no retake inside the pack: no button, and r does nothing
        assert not debrief.query("#again")
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is debrief
        await pilot.press("n")
        await pilot.pause()
        second = app.screen
        assert isinstance(second, BriefingScreen)
        assert (second.call.scenario.id, second.call.seed) == pack[1]
        heading = str(second.query_one("#heading", Static).render())
        assert f"Assessment call 2 of {len(pack)}" in heading


async def test_a_remembered_name_is_confirmed_before_the_assessment() -> None:
    from simulator.tui.settings import save_trainee

    save_trainee("Someone Else")
    app = new_app(trainee=None)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert app.trainee == "Someone Else"
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # not started under a name nobody typed
        name = app.screen.query_one("#trainee", Input)
        assert name.has_focus
        name.value = ""
        for ch in "Dana":
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        assert app.trainee == "Dana" and app.name_confirmed
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)


async def test_a_scenario_that_cannot_start_is_reported_and_home_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = new_app()

    def broken(setup: object) -> None:
        raise KeyError("persona 'forgetful_student' has no line for state 'answering'")

    monkeypatch.setattr(app, "start_call", broken)
    async with app.run_test(size=SIZE) as pilot:
        await choose(pilot, SCENARIO)
        assert isinstance(app.screen, HomeScreen)
        messages = [n.message for n in app._notifications]
        assert any("Could not start" in m and "has no line for state" in m for m in messages)


async def test_the_transcript_rewraps_when_the_terminal_is_resized() -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_call(pilot)
        long_line = "Could you pay the full amount by Friday, please? " * 3
        await say(pilot, long_line)
        transcript = screen.query_one(Transcript)
        narrow = transcript.drawn_text()
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        await pilot.pause()
        wide = transcript.drawn_text()
        assert len(wide.splitlines()) < len(narrow.splitlines())
        assert "".join(long_line.split()) in "".join(wide.replace("▌", "").split())


@pytest.mark.parametrize("style", ["good", "abusive"])
async def test_every_bundled_scenario_plays_through_the_ui_to_a_debrief(style: str) -> None:
    """The trainer scripts of each style, typed into the UI: no problem shown, a debrief."""
    from simulator.engine.goals import outcome_label
    from simulator.engine.script import fill_placeholders, parse_script
    from simulator.engine.text_report import OUTCOME_WORDS

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        played = 0
        expected = sum(
            (folder / f"{style}.txt").exists() and folder.name in app.library.scenarios
            for folder in SCRIPTS.iterdir()
        )
        assert expected == len(app.library.scenarios) >= 12  # a script for every scenario
        for folder in sorted(SCRIPTS.iterdir()):
            script = folder / f"{style}.txt"
            if folder.name not in app.library.scenarios or not script.exists():
                continue
            screen = await start_call(pilot, folder.name)
            for line in parse_script(script.read_text(encoding="utf-8")):
                if screen.call.finished:
                    break
                await say(pilot, fill_placeholders(line, screen.call.values, str(script)))
            kinds = [kind for kind, _ in transcript_lines(app)]
            assert "error" not in kinds, (folder.name, transcript_lines(app)[-1])
            await pilot.press("ctrl+d")
            await pilot.pause()
            debrief = app.screen
            assert isinstance(debrief, DebriefScreen), folder.name
            outcome = screen.call.outcome
            assert outcome is not None
            # a scenario's own outcome shows its own label
            words = outcome_label(screen.call.scenario, outcome.value)
            assert words == OUTCOME_WORDS.get(outcome.value, words)
            assert words in content_text(debrief.query_one("#outcome", Static))
            await pilot.press("escape")
            await pilot.pause()
            played += 1
        assert played == expected


async def test_a_call_can_be_made_with_the_mouse() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        table = app.screen.query_one("#scenarios", DataTable)
        row = table.get_row_index(SCENARIO)
        await pilot.click("#scenarios", offset=(5, row + 1))  # +1: the header row
        await pilot.pause()
        await pilot.click("#scenarios", offset=(5, row + 1))  # a second click opens it
        await pilot.pause()
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        assert briefing.call.scenario.id == SCENARIO
        await pilot.click("#start")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CallScreen)
        await pilot.click("#reply")
        screen.query_one("#reply", Input).value = fill(GOOD[0], screen.call.values)
        await pilot.press("enter")
        await pilot.pause()
        assert len(screen.call.turns) == 1
        assert transcript_lines(app)[-1][0] == "debtor"


async def test_resizing_home_keeps_the_chosen_scenario() -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        table = app.screen.query_one("#scenarios", DataTable)
        table.move_cursor(row=3)
        await pilot.pause()
        chosen = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == chosen
        detail = content_text(app.screen.query_one("#scenario-detail", Static))
        assert detail.splitlines()[0] == app.library.scenarios[str(chosen)].title


async def test_the_command_palette_starts_a_scenario_by_name() -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        title = app.library.scenarios["rude_defaulter_composure"].title
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"practise rude")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        briefing = app.screen
        assert isinstance(briefing, BriefingScreen)
        assert briefing.call.scenario.title == title


# --- the briefing read from the keyboard, and ctrl+q during a call ---------------------------


async def open_briefing(pilot, scenario_id: str = SCENARIO) -> BriefingScreen:  # type: ignore[no-untyped-def]
    await choose(pilot, scenario_id)
    await pilot.pause()
    briefing = pilot.app.screen
    assert isinstance(briefing, BriefingScreen)
    return briefing


@pytest.mark.parametrize("scenario_id", [SCENARIO, "lenders_persistent_late"])
async def test_the_briefing_shows_the_key_facts_at_80x24_without_scrolling(
    scenario_id: str,
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        briefing = await open_briefing(pilot, scenario_id)
        record = briefing.call.record
        scroll = briefing.query_one("#record-scroll")
        assert scroll.scroll_y == 0
        visible = rendered(briefing.query_one("#record")).splitlines()[: scroll.size.height]
        shown = "\n".join(visible)
        assert f"${record.amount_overdue:,.2f}" in shown
        assert f"Days late     {record.days_past_due}," in shown
        assert "Last promise" in shown
        last = record.last_promise
        if last is not None:
            assert f"${last.promise_amount:,.2f} by " in shown and last.promise_status in shown
        assert record.recommended_method in shown
        summary = rendered(briefing.query_one("#summary"))
        assert summary.strip() == record.summary()
        assert f"{record.days_past_due} days late" in summary


async def test_the_briefing_scrolls_with_the_usual_keys_as_soon_as_it_opens() -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        briefing = await open_briefing(pilot)
        scroll = briefing.query_one("#record-scroll")
        assert app.focused is scroll
        assert scroll.max_scroll_y > 0  # the whole file does not fit at 80x24
        moves = [
            ("pagedown", lambda y: y > 1),
            ("down", None),
            ("up", None),
            ("end", lambda y: y == scroll.max_scroll_y),
            ("home", lambda y: y == 0),
            ("space", lambda y: y > 1),
            ("pageup", lambda y: y == 0),
        ]
        for key, check in moves:
            before = scroll.scroll_y
            await pilot.press(key)
            await pilot.pause()
            await pilot.wait_for_scheduled_animations()
            after = scroll.scroll_y
            if key == "down":
                assert after == before + 1, key
            elif key == "up":
                assert after == before - 1, key
            else:
                assert check is not None and check(after), (key, before, after)
        assert isinstance(app.screen, BriefingScreen)  # no key left the file
        await pilot.press("tab")
        assert app.focused is briefing.query_one("#start", Button)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, CallScreen)


async def test_ctrl_q_during_a_call_asks_first_and_stay_keeps_the_call() -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_call(pilot)
        await say(pilot, fill(GOOD[0], screen.call.values))
        typed = "I'm calling about"
        screen.query_one("#reply", Input).value = typed
        await pilot.press("ctrl+q")
        await pilot.pause()
        ask = app.screen
        assert isinstance(ask, LeaveCallScreen)
        question = " ".join(
            content_text(ask.query_one(f"#leave-{part}", Static))
            for part in ("question", "consequence")
        )
        assert "Quit collectsim in the middle of this call?" in question
        assert "kept in your records as incomplete" in question
        assert app.focused is ask.query_one("#stay", Button)  # Enter stays
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen and app.return_code is None
        assert app.focused is screen.query_one("#reply", Input)
        assert screen.query_one("#reply", Input).value == typed
        assert len(screen.call.turns) == 1 and not screen.call.finished


@pytest.mark.parametrize("answer", ["y", "ctrl+q"])
async def test_leaving_a_call_with_ctrl_q_keeps_it_as_incomplete(answer: str) -> None:
    import simulator.records.store as store_module

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_call(pilot)
        await say(pilot, fill(GOOD[0], screen.call.values))
        await pilot.press("ctrl+r")  # over the record, mid-call, ctrl+q asks too
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, LeaveCallScreen)
        await pilot.press(answer)
        await pilot.pause()
        assert app.return_code == 0
    store = store_module.Store.read(None)
    try:
        rows = store.calls("Ana")
        assert [(r.scenario, r.outcome) for r in rows] == [(SCENARIO, None)]
        assert len(store.turns(rows[0].id)) == 1
    finally:
        store.close()


@pytest.mark.parametrize("where", ["home", "briefing", "debrief"])
async def test_ctrl_q_quits_at_once_outside_a_call(where: str) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        if where == "briefing":
            await open_briefing(pilot)
        elif where == "debrief":
            screen = await start_call(pilot)
            await pilot.press("ctrl+d")
            await pilot.pause()
            assert isinstance(app.screen, DebriefScreen) and screen.call.finished
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(app.screen, LeaveCallScreen)
        assert app.return_code == 0


def burst(app: CollectSimApp, keys: str) -> None:
    """Keys arriving together, as a terminal delivers quick typing or a paste: every one is
    queued before the app has acted on the first."""
    from textual import events

    for key in keys:
        name = "space" if key == " " else key
        app.post_message(events.Key(name, key))


@pytest.mark.parametrize("first", ["n", "a"])
async def test_a_name_typed_quickly_over_a_remembered_one_goes_into_the_name_box(
    first: str,
) -> None:
    """With a name remembered from an earlier session the scenario list has the focus; a key
    that moves to the name box (n, or a asking to confirm the name) and the letters typed
    straight after it all go into the box: none of them opens another screen (s: Scenarios,
    t: Team) or starts anything."""
    from simulator.tui.settings import save_trainee

    save_trainee("Someone Else")
    app = new_app(trainee=None)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert app.screen.query_one("#scenarios", DataTable).has_focus
        burst(app, first + "Tess Stat")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        name = app.screen.query_one("#trainee", Input)
        assert name.has_focus and name.value == "Tess Stat"
        await pilot.press("enter")
        await pilot.pause()
        assert app.trainee == "Tess Stat" and app.name_confirmed


async def test_a_browser_tab_that_lost_the_focus_offers_no_letter_key_over_the_name_box() -> None:
    """A served tab that loses the focus (another window, a click outside) gives it back to
    the name box when it returns: meanwhile its footer offers no letter key, since a letter
    typed on return goes into the box; once the name is entered, the keys are back."""
    from textual import events

    app = new_app(trainee="", role="lead")
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        assert isinstance(app.focused, Input)
        app.post_message(events.AppBlur())
        await pilot.pause()
        assert app.focused is None
        footer = {
            b.binding.action
            for b in app.screen.active_bindings.values()
            if b.binding.show and b.enabled
        }
        assert not footer & {"edit_name", "assessment", "team", "scenarios"}
        app.post_message(events.AppFocus())
        await pilot.pause()
        await pilot.press(*"Tia", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.trainee == "Tia"
        footer = {
            b.binding.action
            for b in app.screen.active_bindings.values()
            if b.binding.show and b.enabled
        }
        assert {"team", "scenarios", "assessment"} <= footer


async def test_a_plan_and_terms_short_of_the_goal_show_in_the_checklist_in_full() -> None:
    """A rest paid monthly shows how much a month ("$200.00/month") and from when, on rows of
    their own: "$200.00 a month from Mon 4 Jan 2027" on one row was cut short by the panel's
    edge (played in the UI)."""
    from simulator.scoring.types import Promise
    from simulator.tui.widgets.checklist import PromiseChecklist

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        checklist = screen.query_one("#checklist", PromiseChecklist)
        checklist.show(
            Promise(
                amount=Decimal("334"),
                date=dt.date(2026, 12, 4),
                method="card",
                confirmed=True,
                rest_amount=Decimal("200"),
                rest_date=dt.date(2027, 1, 4),
                rest_every="month",
            )
        )
        await pilot.pause()
        shown = rendered(checklist)
        assert "The rest  $200.00/month" in shown and "from      Mon 4 Jan 2027" in shown, shown
        assert "…" not in shown, shown
        # (played in the UI: "yes, restated (short of the goal)" was cut off at the panel's
        # edge as "yes, restated (short")
        checklist.show(
            Promise(
                amount=Decimal("247.92"),
                date=dt.date(2026, 12, 28),
                method="card",
                confirmed=True,
                short_of_goal=True,
            )
        )
        await pilot.pause()
        shown = content_text(checklist)
        assert "yes, restated" in shown and "Goal      short of it" in shown, shown
        assert "(short" not in shown, shown


async def test_every_way_to_pay_shows_in_words_in_the_checklist() -> None:
    """Played in the UI: a standing order agreed showed as "standing_order" (the panel knew
    only the first seven ways to pay)."""
    from simulator.scoring.types import Promise
    from simulator.tui.widgets.checklist import PromiseChecklist

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        checklist = screen.query_one("#checklist", PromiseChecklist)
        for method, words in (("standing_order", "standing order"), ("paypal", "PayPal")):
            checklist.show(Promise(amount=Decimal("40"), date=dt.date(2026, 12, 4), method=method))
            await pilot.pause()
            shown = rendered(checklist)
            assert words in shown and "_" not in shown, shown


async def test_a_dimension_the_scenario_does_not_count_shows_no_mark_on_the_meters() -> None:
    """Play-tests 45 and 46: urgency was shown (25, 35) on the wrong-party call, whose rubric
    weighs it 0: there is nothing to press for, so the meters show no mark for it."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = await start_call(pilot, "wrong_party_flatmate_message")
        await say(pilot, "Good afternoon. May I please speak with Pamela?")
        rows = {
            line.strip("│ ").split()[0]: line
            for line in rendered(screen.query_one("#meters")).splitlines()[2:]
        }
        assert "–" in rows["Urgency"] and not any(ch.isdigit() for ch in rows["Urgency"])
        assert any(ch.isdigit() for ch in rows["Politeness"]), rows


async def test_the_debriefs_scores_show_no_mark_for_a_dimension_not_counted() -> None:
    from simulator.scoring.types import CallScores
    from simulator.tui.screens.debrief import scores_table

    scores = CallScores(
        dimensions={"urgency": 25, "politeness": 98, "focus": 60},
        promise=100,
        composure=None,
        overall=93,
    )
    console = Console(width=120, record=True)
    console.print(scores_table(scores, payment=False, weights={"urgency": 0.0}))
    rows = {line.split()[0]: line for line in console.export_text().splitlines() if line.strip()}
    assert "25" not in rows["Urgency"] and "not counted" in rows["Urgency"], rows["Urgency"]
    assert "98" in rows["Politeness"]


async def test_the_debrief_says_why_the_terms_fall_short_of_the_goal() -> None:
    """Play-test 274: "short of the goal" on a confirmed promise, with no word of why."""
    from simulator.content.library import load_library
    from simulator.engine.call import Call
    from simulator.tui.screens.debrief import promise_text

    library = load_library()
    scenario = library.scenario("car_dealer_dispute")
    call = Call(
        scenario,
        library.persona_for(scenario),
        seed=3,
        clock=FixedClock(dt.datetime(2026, 3, 10, 10, 30)),
    )
    for line in (
        "Hi, am I speaking with {debtor_name}?",
        "Thanks. This is an attempt to collect a debt and anything you say will be used for it.",
        "That sounds really frustrating. What did the dealer say?",
        "Could you do {half_overdue} this Friday by card?",
        "Perfect, so that's {half_overdue} on Friday by card, yeah?",
    ):
        call.say(fill(line, call.values))
    half, whole = call.values["half_overdue"], call.values["amount_overdue"]
    shown = promise_text(call).plain
    assert (
        f"confirmed, short of the goal: {half} agreed in that time is less than the {whole}"
        in shown
    ), shown


async def test_a_vague_offer_is_flagged_only_until_a_sum_or_day_is_agreed() -> None:
    """Played in the UI: "(!) Vague 'soon' only" stayed under "[x] Amount $225.00" and "[x]
    Date Fri 11 Dec 2026" once the debtor had agreed both, after an earlier "I'll sort it out
    soon"."""
    from simulator.scoring.types import Promise
    from simulator.tui.widgets.checklist import PromiseChecklist

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_call(pilot)
        checklist = screen.query_one("#checklist", PromiseChecklist)
        checklist.show(Promise(vague=True))
        await pilot.pause()
        assert "'soon' only" in content_text(checklist)
        checklist.show(Promise(amount=Decimal("225"), date=dt.date(2026, 12, 11), vague=True))
        await pilot.pause()
        assert "'soon' only" not in content_text(checklist), content_text(checklist)
