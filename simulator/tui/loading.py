"""Loading the scenarios beside the UI, so the first screen is not kept waiting.

Reading the content (YAML, validation) and importing the engine take longer than Textual
needs to draw a screen. The home screen's listing comes from a small cache when it is still
valid, or on a first run from the listing shipped for the bundled content (see `listing`);
the full library is loaded in a thread, started once the first screen is drawn when either
could be used, at once otherwise.
"""

from __future__ import annotations

import threading
import traceback
from typing import TYPE_CHECKING

from simulator.tui.listing import (
    Listing,
    content_stamp,
    listing_of,
    read_cached,
    read_shipped,
    write_cached,
)

if TYPE_CHECKING:
    from simulator.content.library import Library


class LibraryLoader:
    def __init__(self, content_dirs: tuple[str, ...]) -> None:
        self.content_dirs = content_dirs
        self.library: Library | None = None
        self.listing: Listing | None = None
        self.error: str | None = None
        self.details = ""
        self.done = threading.Event()
        stamp = content_stamp(content_dirs)
        self._key = stamp.key
        self._cached = read_cached(self._key)
        if self._cached is None and stamp.bundled_only:  # a first run: what the package ships
            self._cached = read_shipped()
        self._thread = threading.Thread(target=self._load, name="collectsim-content", daemon=True)

    @property
    def cached_listing(self) -> Listing | None:
        return self._cached

    @property
    def started(self) -> bool:
        return self._thread.is_alive() or self.done.is_set()

    def start(self) -> LibraryLoader:
        if not self._thread.is_alive() and not self.done.is_set():
            self._thread.start()
        return self

    def _load(self) -> None:
        try:
            import simulator.engine.call  # noqa: F401  (warm: the first call starts at once)
            from simulator.content.library import load_library

            self.library = load_library(self.content_dirs)
            self.listing = listing_of(self.library)
            if self.listing != self._cached:
                write_cached(self._key, self.listing)
        except Exception as exc:  # shown on the home screen; the app itself keeps running
            self.error = f"{type(exc).__name__}: {exc}"
            self.details = traceback.format_exc()
        finally:
            self.done.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)
