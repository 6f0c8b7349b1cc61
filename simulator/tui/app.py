"""The collectsim Textual app and the `make_app` factory shared by the CLI and the tests."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import get_current_worker

from simulator.tui.clock import TrainingClock
from simulator.tui.listing import Listing
from simulator.tui.loading import LibraryLoader
from simulator.tui.records import record_call, start_attempt
from simulator.tui.settings import load_trainee, save_trainee

if TYPE_CHECKING:
    from simulator.content.library import Library
    from simulator.engine.call import Call
    from simulator.engine.clock import Clock


LOAD_AFTER_FIRST_SCREEN = 0.3  # seconds


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


class CollectSimApp(App[None]):
    """Practise debt collection calls with simulated debtors."""

    TITLE = "collectsim"
    SUB_TITLE = "collection call practice"
    # Every screen's styles are loaded up front (a screen's own CSS_PATH is not read for
    # the default screen); the ids they style are unique across screens.
    CSS_PATH = [
        "app.tcss",
        "screens/home.tcss",
        "screens/briefing.tcss",
        "screens/call.tcss",
        "screens/debrief.tcss",
        "screens/help.tcss",
        "screens/leave.tcss",
    ]
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
    ]

    class LibraryLoaded(Message):
        """The scenarios are loaded (or failed to load): screens showing them refresh."""

    def __init__(
        self,
        loader: LibraryLoader,
        db_path: str | None = None,
        *,
        content_dirs: tuple[str, ...] = (),
        reply_delay: float = 0.6,
        clock: Clock | None = None,
        seed: int | None = None,
        trainee: str | None = None,
        remember_trainee: bool = True,
        role: str | None = None,
    ) -> None:
        super().__init__()
        self.loader = loader
        self.library_ready = asyncio.Event()
        self.content_dirs = content_dirs
        self.db_path = db_path
        self.reply_delay = max(0.0, reply_delay)
        self.injected_clock = clock
        # With a seed the calls follow a fixed sequence (tests, snapshots); without, any call.
        self._seeds = random.Random(seed)
        self._next_seed = seed
        self.remember_trainee = remember_trainee
        self.trainee = trainee if trainee is not None else load_trainee()
        # None: the terminal UI (every screen); "trainee" / "lead": a browser tab served by
        # `collectsim serve`, where a trainee has no team or trainer screen.
        self.role = role
        # a remembered name is offered, not assumed: the assessment starts only under a name
        # confirmed (typed, or Enter pressed on it) in this session, or given on the command line
        self.name_confirmed = bool(trainee)
        self.attempt_id: int | None = None  # the assessment attempt being played
        self.assessment_queue: list[CallSetup] = []

    # --- what the screens share ---------------------------------------------------------

    @property
    def lead_screens(self) -> bool:
        """Whether the team and trainer screens are offered (not to a served trainee)."""
        return self.role != "trainee"

    @property
    def frozen_clock(self) -> bool:
        """True when a clock was injected (tests, snapshots): the call clock shows call time,
        not wall time, so the screen is the same on every run."""
        return self.injected_clock is not None

    def new_seed(self) -> int:
        if self._next_seed is not None:
            seed, self._next_seed = self._next_seed, None
            return seed
        return self._seeds.randrange(1, 100_000)

    @property
    def library(self) -> Library:
        """The loaded content (waiting for it when it is still loading)."""
        self.loader.start()
        self.loader.wait()
        if self.loader.library is None:
            from simulator.content.library import Library

            return Library()
        return self.loader.library

    @property
    def listing(self) -> Listing:
        """What the home screen lists: from the library once loaded, else the cached copy."""
        return self.loader.listing or self.loader.cached_listing or Listing()

    @property
    def loading(self) -> bool:
        """True while nothing, not even a cached listing, can be shown yet."""
        return not self.loader.done.is_set() and self.loader.cached_listing is None

    def on_mount(self) -> None:
        # With a cached listing the home screen is drawn and settled first and the content
        # loaded after (started earlier, the loading thread would hold the first paint back).
        self.set_timer(LOAD_AFTER_FIRST_SCREEN, self.loader.start)
        self.wait_for_library()

    @work(thread=True, exclusive=True, group="library")
    def wait_for_library(self) -> None:
        worker = get_current_worker()
        while not self.loader.wait(0.05):
            if worker.is_cancelled:  # the app is closing
                return
        self.call_from_thread(self._library_arrived)

    def _library_arrived(self) -> None:
        self.library_ready.set()
        if self.loader.error:
            self.notify(
                f"The scenarios could not be loaded: {self.loader.error}",
                severity="error",
                markup=False,
                timeout=30,
            )
        for screen in self.screen_stack:
            screen.post_message(self.LibraryLoaded())

    def replace_library(self, library: Library) -> None:
        """Use freshly read content (the trainer's Scenarios screen reloads after an edit):
        the home screen lists it and new calls use it."""
        from simulator.tui.listing import listing_of

        self.loader.library = library
        self.loader.listing = listing_of(library)
        for screen in self.screen_stack:
            screen.post_message(self.LibraryLoaded())

    def start_call(self, setup: CallSetup) -> Call:
        from simulator.engine.call import Call

        scenario = self.library.scenario(setup.scenario_id)
        persona = self.library.persona_for(scenario)
        clock = self.injected_clock or TrainingClock()
        return Call(scenario, persona, seed=setup.seed, clock=clock)

    def open_call(self, setup: CallSetup, replace: bool = False) -> None:
        """Show the briefing for a new call (replacing the current screen when asked)."""
        from simulator.tui.screens.briefing import BriefingScreen

        try:
            call = self.start_call(setup)
        except Exception as exc:  # bad content must not take the app down
            self.notify(
                f"Could not start '{setup.scenario_id}': {exc}",
                severity="error",
                markup=False,
                timeout=10,
            )
            if replace:
                self.go_home()
            return
        screen = BriefingScreen(call, setup)
        if setup.assessment is not None:
            self.notify(setup.pack_label, title="Assessment")
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def begin_recording(self, call: Call, setup: CallSetup) -> None:
        attempt = None
        if setup.assessment is not None:
            if self.attempt_id is None or setup.position == 1:
                self.attempt_id = start_attempt(
                    self.trainee, self.db_path, setup.assessment, setup.total
                )
            if self.attempt_id is not None:
                attempt = (self.attempt_id, setup.position)
        record_call(
            call,
            self.trainee or "anonymous",
            self.db_path,
            on_error=self._records_problem,
            assessment=setup.assessment,
            attempt=attempt,
        )

    def _records_problem(self, message: str) -> None:
        self.notify(message, title="Records", severity="warning", markup=False, timeout=8)

    def start_assessment(self, items: list[tuple[str, int]], pack_name: str) -> None:
        setups = [
            CallSetup(scenario_id, seed, assessment=pack_name, position=n, total=len(items))
            for n, (scenario_id, seed) in enumerate(items, start=1)
        ]
        self.attempt_id = None  # a new attempt, made when its first call starts
        missing = [s.scenario_id for s in setups if s.scenario_id not in self.library.scenarios]
        if missing:
            self.notify(
                "The assessment pack names scenarios that are not loaded: " + ", ".join(missing),
                severity="error",
                markup=False,
            )
            return
        if not setups:
            self.notify("The assessment pack is empty.", severity="warning")
            return
        self.assessment_queue = setups[1:]
        self.notify(
            f"Assessment: {len(setups)} calls, the same for everyone in your team.",
            title="Assessment",
        )
        self.open_call(setups[0])

    def go_home(self) -> None:
        """Back to the home screen, whatever is on top of it."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def set_trainee(self, name: str) -> None:
        self.trainee = name
        self.name_confirmed = bool(name)
        if self.remember_trainee:
            problem = save_trainee(name)
            if problem:
                self.notify(problem, severity="warning", markup=False)

    # --- actions ------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette (ctrl+p) also starts any scenario by name, and opens help."""
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Help: keys and scores", "Every key, and what each score means", self.action_help
        )
        if self.loader.done.is_set() or self.loader.cached_listing is not None:
            for summary in self.listing.scenarios:
                yield SystemCommand(
                    f"Practise: {summary.title}",
                    f"{summary.debtor} · {summary.situation.replace('_', ' ')} · "
                    f"difficulty {summary.difficulty}/5",
                    partial(self.practise, summary.id),
                    discover=False,
                )

    def practise(self, scenario_id: str) -> None:
        """Start a call on a scenario from anywhere (back to home first)."""
        if not self.trainee:
            self.go_home()
            self.notify(
                "Type your name first, so your calls are kept under it.", severity="warning"
            )
            return
        self.go_home()
        self.assessment_queue.clear()
        self.open_call(CallSetup(scenario_id, self.new_seed()))

    def get_default_screen(self) -> Screen[Any]:
        from simulator.tui.screens.home import HomeScreen

        return HomeScreen()

    async def on_event(self, event: events.Event) -> None:
        """A letter never runs a key binding while a text box has the focus. A text box takes
        its own letters before any binding is looked at; a letter that comes back up to the
        app while one has the focus was typed just before the focus moved there (n on the
        home screen, then quick typing, read from the terminal at once), so it goes into the
        box, where the trainee meant it."""
        if isinstance(event, events.Key) and event.is_forwarded and event.is_printable:
            focused = self.focused
            if isinstance(focused, Input):
                event.stop()
                focused.post_message(events.Key(event.key, event.character))
                return
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Textual's ctrl+q quits at once, except over a call that is still on: there the
        screen's own ctrl+q binding (call.quit, record.quit) asks first."""
        return not (action == "quit" and getattr(self.screen, "ask_before_quit", False))

    def action_confirm_quit(self) -> None:
        """Ask before leaving a call in progress; it is kept in the records as incomplete."""
        from simulator.tui.screens.leave import LeaveCallScreen

        if isinstance(self.screen, LeaveCallScreen):
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.exit()

        self.push_screen(LeaveCallScreen(), answered)

    def action_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def make_app(
    content_dirs: tuple[str, ...] = (),
    db_path: str | None = None,
    *,
    reply_delay: float = 0.6,
    clock: Clock | None = None,
    seed: int | None = None,
    trainee: str | None = None,
    role: str | None = None,
) -> CollectSimApp:
    """The app for `collectsim` (no subcommand) and for the tests.

    reply_delay: seconds before the debtor answers (0 in tests). clock: the calls' clock (a
    FixedClock freezes every time shown). seed: the first call's seed (then a fixed sequence).
    trainee: the trainee's name (otherwise the remembered one). role: "trainee" or "lead" for
    a browser tab of `collectsim serve`: each tab asks for its own name and remembers none,
    and a trainee's has no team or trainer screen.
    """
    loader = LibraryLoader(tuple(content_dirs))
    if loader.cached_listing is None:
        loader.start()  # nothing to show without it: start loading at once
    return CollectSimApp(
        loader,
        db_path,
        content_dirs=tuple(content_dirs),
        reply_delay=reply_delay,
        clock=clock,
        seed=seed,
        trainee="" if role is not None and trainee is None else trainee,
        remember_trainee=role is None,
        role=role,
    )
