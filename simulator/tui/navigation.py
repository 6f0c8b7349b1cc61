"""What the screens and the app share, so that no screen imports the app or another stage's
screen: the call a screen is about (`CallSetup`), the read-only view of the app the screens
use (`AppView`) and the messages a screen posts to move on.

A screen never changes the app's state or picks the next screen itself: it posts one of the
messages below, which bubbles up to `CollectSimApp`, and the app (the one owner of the trainee,
the assessment in progress and the content) acts on it. A screen shown outside collectsim's app
(the team screen in a test's host app) posts them to no one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from textual.message import Message

if TYPE_CHECKING:
    from simulator.content.library import Library
    from simulator.engine.call import Call
    from simulator.tui.listing import Listing

HOME, TEAM, TRAINER = "home", "team", "trainer"  # the app's modes (screen stacks)


@dataclass(frozen=True)
class CallSetup:
    """Which call to play: a scenario and a seed (and the assessment it belongs to, if any)."""

    scenario_id: str
    seed: int
    assessment: str | None = None
    position: int = 0  # the call's place in the assessment pack (from 1), 0 outside one
    total: int = 0  # the pack's number of calls

    @property
    def pack_label(self) -> str:
        """The heading of a pack call ("Assessment call 2 of 5"); empty for practice."""
        return f"Assessment call {self.position} of {self.total}" if self.assessment else ""


class AppView(Protocol):
    """What the screens read from the app. They never write to it: they post messages."""

    @property
    def trainee(self) -> str: ...

    @property
    def name_confirmed(self) -> bool: ...

    @property
    def db_path(self) -> str | None: ...

    @property
    def listing(self) -> Listing: ...

    @property
    def loading(self) -> bool: ...

    @property
    def load_error(self) -> str | None: ...

    @property
    def lead_screens(self) -> bool: ...

    @property
    def reply_delay(self) -> float: ...

    @property
    def frozen_clock(self) -> bool: ...

    @property
    def next_in_pack(self) -> CallSetup | None: ...


class OverACall:
    """A screen over a call that may still be on (the call, the debtor's file over it): while
    `ask_before_quit` is true, ctrl+q asks before leaving (`CollectSimApp.check_action`)."""

    call: Call

    @property
    def ask_before_quit(self) -> bool:
        return not self.call.finished


# --- the messages ---------------------------------------------------------------------------


class LibraryLoaded(Message):
    """The scenarios are loaded (or failed to load), or were read again: screens showing them
    refresh. The app posts it to its screens."""


class NameGiven(Message):
    """The trainee typed their name (or confirmed the one offered): calls are kept under it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class PractiseScenario(Message):
    """Open the briefing of a practice call on this scenario (a new seed)."""

    def __init__(self, scenario_id: str) -> None:
        super().__init__()
        self.scenario_id = scenario_id


class StartAssessment(Message):
    """Play the assessment pack from its first call."""


class OpenCall(Message):
    """Open the briefing of exactly this call in place of the current screen (the debrief's
    "same call again")."""

    def __init__(self, setup: CallSetup) -> None:
        super().__init__()
        self.setup = setup


class NextCall(Message):
    """After a debrief: the assessment's next call, or a new call on the same scenario."""

    def __init__(self, after: CallSetup) -> None:
        super().__init__()
        self.after = after


class CallStarted(Message):
    """The trainee started the call from its briefing: record it and show the call."""

    def __init__(self, call: Call, setup: CallSetup) -> None:
        super().__init__()
        self.call = call
        self.setup = setup


class CallEnded(Message):
    """The call is over (or ended): show its debrief."""

    def __init__(self, call: Call, setup: CallSetup) -> None:
        super().__init__()
        self.call = call
        self.setup = setup


class ShowRecord(Message):
    """Show the debtor's file over the call."""

    def __init__(self, call: Call) -> None:
        super().__init__()
        self.call = call


class GoHome(Message):
    """Back to the home screen, whatever is on top of it."""


class OpenMode(Message):
    """Open the team screen (TEAM) or the trainer's Scenarios screen (TRAINER)."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode


class LibraryReloaded(Message):
    """The trainer read the content again: the home screen lists it and new calls use it."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
