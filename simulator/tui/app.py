"""The collectsim Textual app and the `make_app` factory shared by the CLI and the tests."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from simulator.tui import keys
from simulator.tui.call_records import record_call, start_attempt
from simulator.tui.clock import TrainingClock
from simulator.tui.listing import Listing
from simulator.tui.loading import LibraryLoader
from simulator.tui.navigation import (
    HOME,
    TEAM,
    TRAINER,
    CallEnded,
    CallSetup,
    CallStarted,
    GoHome,
    LibraryLoaded,
    LibraryReloaded,
    NameGiven,
    NextCall,
    OpenCall,
    OpenMode,
    OverACall,
    PractiseScenario,
    ShowRecord,
    StartAssessment,
)
from simulator.tui.settings import load_trainee, save_trainee

if TYPE_CHECKING:
    from simulator.content.library import Library
    from simulator.engine.call import Call
    from simulator.engine.clock import Clock


LOAD_AFTER_FIRST_SCREEN = 0.3  # seconds after the first screen is drawn and the last key


def home_screen() -> Screen[Any]:
    from simulator.tui.screens.home import HomeScreen

    return HomeScreen()


class CollectSimApp(App[None]):
    """Practise debt collection calls with simulated debtors."""

    TITLE = "collectsim"
    SUB_TITLE = "collection call practice"
    # What every screen shares (toasts); each screen's own look is its CSS_PATH, read when
    # it is first shown, every rule scoped to that screen (docs/architecture.md, "The UI").
    CSS_PATH = "app.tcss"
    BINDINGS = keys.APP
    # Three screen stacks: home (and a call's briefing, call and debrief above it), the team
    # screen and the trainer's Scenarios screen. The last two are added per app (they need
    # its database and content folders), and not at all for a served trainee.
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {HOME: home_screen}
    DEFAULT_MODE = HOME

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
        self.load_timer: Timer | None = None
        self.mode_screens: dict[str, Callable[[], Screen[Any]]] = {}
        if self.lead_screens:
            self.mode_screens = {TEAM: self.team_screen, TRAINER: self.trainer_screen}
        for mode, make_screen in self.mode_screens.items():
            self.add_mode(mode, make_screen)

    def team_screen(self) -> Screen[Any]:
        from simulator.tui.screens.team import TeamScreen

        return TeamScreen(self.db_path)

    def trainer_screen(self) -> Screen[Any]:
        from simulator.tui.screens.scenarios import ScenariosScreen

        return ScenariosScreen(self.content_dirs)

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
    def load_error(self) -> str | None:
        """Why the content could not be loaded at all, if it could not."""
        return self.loader.error

    @property
    def next_in_pack(self) -> CallSetup | None:
        """The assessment's next call, while one is being played."""
        return self.assessment_queue[0] if self.assessment_queue else None

    @property
    def loading(self) -> bool:
        """True while nothing, not even a cached listing, can be shown yet."""
        return not self.loader.done.is_set() and self.loader.cached_listing is None

    def on_mount(self) -> None:
        self.wait_for_library()

    def on_ready(self) -> None:
        """The first screen is on the terminal. With a listing to show (cached, or shipped for
        the bundled content) the content is loaded only now, once the trainee has not pressed a
        key for a moment: the loading thread and the screen share one interpreter lock, so
        loaded earlier it would hold the first paint back, and loaded while the trainee types
        their name it would hold back what each key does. A call that starts before then waits
        for it (`library`)."""
        self.load_later()

    def load_later(self) -> None:
        """Start loading the content after LOAD_AFTER_FIRST_SCREEN without a key."""
        if self.load_timer is not None:
            self.load_timer.stop()
        self.load_timer = self.set_timer(LOAD_AFTER_FIRST_SCREEN, self.loader.start)

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
        self.tell_screens()

    def tell_screens(self) -> None:
        """The content changed: the screens of the current stack show it now (the home screen,
        in another mode's stack, when it is shown again)."""
        for screen in self.screen_stack:
            screen.post_message(LibraryLoaded())

    def replace_library(self, library: Library) -> None:
        """Use freshly read content (the trainer's Scenarios screen reloads after an edit):
        the home screen lists it and new calls use it."""
        from simulator.tui.listing import listing_of

        self.loader.library = library
        self.loader.listing = listing_of(library)
        self.tell_screens()

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
            self._replace_top(screen)
        else:
            self.push_screen(screen)

    def _replace_top(self, screen: Screen[Any]) -> None:
        """Show the screen in place of the one on top; on a mode's own first screen (home, the
        team's), on top of it: that one is never replaced."""
        if len(self.screen_stack) > 1:
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
        if self.current_mode != HOME:
            self.leave_mode()
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def leave_mode(self) -> AwaitComplete:
        """Back home from the team or trainer screens. Their screens are dropped, so the next
        visit reads the records or the content afresh, as on the first."""
        mode = self.current_mode
        self.switch_mode(HOME)
        removed = self.remove_mode(mode)
        self.add_mode(mode, self.mode_screens[mode])
        return removed

    def pop_screen(self) -> AwaitComplete:
        """Back (escape) from the team or trainer screen, the first of its stack, is home."""
        if self.current_mode != HOME and len(self.screen_stack) <= 1:
            return self.leave_mode()
        return super().pop_screen()

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

    # --- what the screens ask for (simulator/tui/navigation.py) -------------------------

    def on_name_given(self, message: NameGiven) -> None:
        if message.name != self.trainee:
            self.set_trainee(message.name)
        self.name_confirmed = bool(message.name)

    def on_practise_scenario(self, message: PractiseScenario) -> None:
        self.practise(message.scenario_id)

    def on_start_assessment(self, message: StartAssessment) -> None:
        try:
            from simulator.records.assessment import PACK_NAME, assessment_pack

            items = list(assessment_pack(self.library))
        except Exception as exc:
            self.notify(
                f"Could not load the assessment pack: {exc}", severity="error", markup=False
            )
            return
        self.start_assessment(items, PACK_NAME)

    def _debrief_on_top(self) -> bool:
        """Is a debrief still the screen on top? "r" or "n" typed on in a debrief as it closes
        ("...thank you so much, sorry to bother you") may arrive after another key took the
        trainee elsewhere: only the debrief they were pressed in acts on them."""
        from simulator.tui.screens.debrief import DebriefScreen

        return isinstance(self.screen, DebriefScreen)

    def on_open_call(self, message: OpenCall) -> None:
        if self._debrief_on_top():
            self.open_call(message.setup, replace=True)

    def on_next_call(self, message: NextCall) -> None:
        if not self._debrief_on_top():
            return
        if self.assessment_queue:
            self.open_call(self.assessment_queue.pop(0), replace=True)
            return
        self.open_call(CallSetup(message.after.scenario_id, self.new_seed()), replace=True)

    def on_call_started(self, message: CallStarted) -> None:
        from simulator.tui.screens.call import CallScreen

        self.begin_recording(message.call, message.setup)
        self._replace_top(CallScreen(message.call, message.setup))

    def on_call_ended(self, message: CallEnded) -> None:
        from simulator.tui.screens.debrief import DebriefScreen

        self._replace_top(DebriefScreen(message.call, message.setup))

    def on_show_record(self, message: ShowRecord) -> None:
        from simulator.tui.screens.briefing import RecordScreen

        self.push_screen(RecordScreen(message.call))

    def on_go_home(self, message: GoHome) -> None:
        self.go_home()

    def on_open_mode(self, message: OpenMode) -> None:
        if message.mode not in self.mode_screens:  # a served trainee has neither
            return
        what = "team screen" if message.mode == TEAM else "trainer's scenario screen"
        try:
            self.switch_mode(message.mode)
        except Exception as exc:  # a bug there must not take the trainee's app down
            self.log.error(f"opening the {what} failed", exc)
            self.notify(f"The {what} could not open: {exc}", severity="error", markup=False)

    def on_library_reloaded(self, message: LibraryReloaded) -> None:
        self.replace_library(message.library)

    async def on_event(self, event: events.Event) -> None:
        """A letter never runs a key binding while a text box has the focus. A text box takes
        its own letters before any binding is looked at; a letter that comes back up to the
        app while one has the focus was typed just before the focus moved there (n on the
        home screen, then quick typing, read from the terminal at once), so it goes into the
        box, where the trainee meant it. A key also puts off loading the content (`on_ready`)."""
        typed = isinstance(event, events.Key) and not event.is_forwarded
        if typed and self.load_timer is not None and not self.loader.started:
            self.load_later()  # not while the trainee is typing
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
        screen = self.screen
        return not (action == "quit" and isinstance(screen, OverACall) and screen.ask_before_quit)

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
