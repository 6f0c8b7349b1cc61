"""Every key of every screen, in one place: each screen's `BINDINGS` is its list here, and the
help screen lists them all from `SECTIONS` without importing a single screen.

Every binding has an id ("screen.what"), so a keymap can rebind it.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP: list[BindingType] = [
    Binding("f1", "help", "Help", id="app.help"),
]

HOME: list[BindingType] = [
    Binding("enter", "start", "Start call", id="home.start", show=True),
    Binding("n", "edit_name", "Name", id="home.name"),
    Binding("a", "assessment", "Assessment", id="home.assessment"),
    Binding("t", "team", "Team", id="home.team"),
    Binding("s", "scenarios", "Trainer", id="home.scenarios"),
    Binding("question_mark", "app.help", "Help", id="home.help", key_display="?", show=False),
]

BRIEFING: list[BindingType] = [
    Binding("s", "start", "Start call", id="briefing.start"),
    Binding("escape", "home", "Back", id="briefing.back"),
    Binding("space", "page_down", "Next page", id="briefing.page", show=False),
    Binding("question_mark", "app.help", "Help", id="briefing.help", key_display="?", show=False),
]

CALL: list[BindingType] = [
    Binding("ctrl+t,f2", "hint", "Hint", id="call.hint", priority=True),
    Binding("ctrl+r,f3", "record", "Record", id="call.record", priority=True),
    Binding("ctrl+d,f10", "end_call", "End call", id="call.end", priority=True),
    # The app's ctrl+q steps aside while the call is on (CollectSimApp.check_action).
    Binding(
        "ctrl+q",
        "app.confirm_quit",
        "Quit (asks first)",
        id="call.quit",
        priority=True,
        show=False,
    ),
]

RECORD: list[BindingType] = [
    Binding("escape,ctrl+r,f3", "close", "Back to the call", id="record.close"),
    Binding("ctrl+q", "app.confirm_quit", "Quit (asks first)", id="record.quit", show=False),
]

DEBRIEF: list[BindingType] = [
    Binding("r", "again", "Same call again", id="debrief.again"),
    Binding("n", "new_call", "New call", id="debrief.new"),
    Binding("escape,h", "home", "Home", id="debrief.home"),
    Binding("question_mark", "app.help", "Help", id="debrief.help", key_display="?", show=False),
]

LEAVE: list[BindingType] = [
    Binding("y", "leave", "Quit", id="leave.quit"),
    Binding("n,escape", "stay", "Stay in the call", id="leave.stay"),
]

SCENARIOS: list[BindingType] = [
    Binding("escape", "app.pop_screen", "Back", id="scenarios.back"),
    Binding("r", "reload", "Reload", id="scenarios.reload"),
    Binding("n", "next_record", "Another record", id="scenarios.record"),
    Binding("t", "run_tests", "Run tests", id="scenarios.tests"),
]

TEAM: list[BindingType] = [
    Binding("escape", "app.pop_screen", "Back", id="team.back"),
    Binding("enter", "open_trainee", "Calls", id="team.calls", show=True),
    Binding("r", "reload", "Reload", id="team.reload"),
]

TRAINEE_CALLS: list[BindingType] = [
    Binding("escape", "app.pop_screen", "Back", id="calls.back"),
    Binding("enter", "open_call", "Transcript", id="calls.open", show=True),
]

CALL_TRANSCRIPT: list[BindingType] = [
    Binding("escape", "app.pop_screen", "Back", id="transcript.back")
]

HELP: list[BindingType] = [
    Binding("escape,q,f1,question_mark", "close", "Close help", id="help.close")
]

# What the help screen lists, screen by screen, in the order a trainee meets them.
SECTIONS: list[tuple[str, list[BindingType]]] = [
    ("Everywhere", APP),
    ("Home", HOME),
    ("Briefing", BRIEFING),
    ("Call", CALL),
    ("Record", RECORD),
    ("Debrief", DEBRIEF),
    ("Leaving a call", LEAVE),
    ("Scenarios", SCENARIOS),
    ("Team", TEAM),
    ("Trainee's calls", TRAINEE_CALLS),
    ("Call transcript", CALL_TRANSCRIPT),
    ("Help", HELP),
]
