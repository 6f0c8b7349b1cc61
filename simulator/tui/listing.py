"""What the home screen lists, and a small cache of it so the first screen is drawn at once.

Loading the content (YAML with positions, validation, the engine's imports) takes about a
second. The home screen only needs each scenario's title, debtor, situation and difficulty,
and the content problems: they are kept in a JSON file keyed on the size and time of every
content file and of the loader's own code. A matching cache is shown at once; the real
library, loaded in the background, replaces it a moment later, so a stale cache can never
outlive that moment.

On a first run there is no cache yet. When only the bundled content is there (no user or
--content files), the listing shipped with the package (`bundled_listing.json`, keyed on the
bytes of every bundled file) stands in for it, so a first run draws its first screen as soon
as a later one. `python -m simulator.tui.listing` writes that file after a change to the
bundled content or to what the listing shows; a test fails while it is stale.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from simulator.content.paths import PACKAGE_DIR, bundled_root, user_root, walk_files

if TYPE_CHECKING:
    from simulator.content.library import Library

CACHE_FILE = "home-listing.json"
FORMAT = 1
SHIPPED = Path(__file__).resolve().with_name("bundled_listing.json")
CONTENT_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ScenarioSummary:
    id: str
    title: str
    debtor: str
    debtor_summary: str
    situation: str
    difficulty: int
    description: str
    goal: str
    compliance: bool


@dataclass(frozen=True)
class ProblemLine:
    text: str
    severity: str


@dataclass(frozen=True)
class Listing:
    scenarios: tuple[ScenarioSummary, ...] = ()
    problems: tuple[ProblemLine, ...] = ()


def listing_of(library: Library) -> Listing:
    from simulator.engine.goals import preview_values  # the library is loaded by now
    from simulator.engine.lines import fill

    scenarios = []
    for scenario in library.scenarios.values():
        persona = library.personas.get(scenario.persona)
        scenarios.append(
            ScenarioSummary(
                id=scenario.id,
                title=scenario.title,
                debtor=persona.name if persona else scenario.persona,
                debtor_summary=persona.summary if persona else "",
                situation=scenario.situation.value,
                difficulty=scenario.difficulty,
                description=fill(scenario.description, preview_values(scenario)),
                goal=fill(scenario.goal.description, preview_values(scenario)),
                compliance=scenario.rules.compliance,
            )
        )
    scenarios.sort(key=lambda s: (s.difficulty, s.title))
    problems = tuple(ProblemLine(str(p), p.severity) for p in library.problems)
    return Listing(tuple(scenarios), problems)


def cache_path() -> Path:
    override = os.environ.get("COLLECTSIM_CONFIG_DIR")  # tests isolate it with the config
    folder = (
        Path(override)
        if override
        else Path(platformdirs.user_cache_dir("collectsim", appauthor=False))
    )
    return folder / CACHE_FILE


def walk(root: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files under `root` ending in one of `suffixes`, sorted (the loader's bounded walk)."""
    return walk_files(root, lambda name: name.endswith(suffixes))[0]


@dataclass(frozen=True)
class ContentStamp:
    """What the cached listing is checked against."""

    key: str  # changes whenever any content file, content folder or the loader's code does
    bundled_only: bool  # no user or --content file: the shipped listing may stand in


def content_stamp(content_dirs: tuple[str, ...]) -> ContentStamp:
    digest = hashlib.sha256(f"{FORMAT}".encode())
    extra = [user_root(), *(Path(d) for d in content_dirs)]
    roots = [bundled_root() / "personas", bundled_root() / "scenarios", *extra]
    roots.append(PACKAGE_DIR / "content")
    bundled_only = not content_dirs
    for root in roots:
        digest.update(str(root).encode())
        if not root.exists():
            digest.update(b"missing")
            continue
        code = root == PACKAGE_DIR / "content"
        files = [root] if root.is_file() else walk(root, (".py",) if code else CONTENT_SUFFIXES)
        if files and root in extra:
            bundled_only = False
        for path in files:
            try:
                stat = path.stat()
            except OSError:  # a link loop or a file gone: the loader reports it
                digest.update(f"{path}:unreadable".encode())
                continue
            digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return ContentStamp(digest.hexdigest(), bundled_only)


def content_key(content_dirs: tuple[str, ...]) -> str:
    """Changes whenever any content file, content folder or the loader's code changes."""
    return content_stamp(content_dirs).key


def bundled_fingerprint() -> str:
    """The bytes of every bundled content file, named from the bundled folder: the same
    for a checkout and for an install of the same release."""
    digest = hashlib.sha256(f"{FORMAT}".encode())
    root = bundled_root()
    for folder in ("personas", "scenarios"):
        for path in walk(root / folder, CONTENT_SUFFIXES):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
            digest.update(b"\0")
    return digest.hexdigest()


def read_shipped() -> Listing | None:
    """The listing shipped for the bundled content, if it is that of these very files."""
    return _listing_file(SHIPPED, lambda: bundled_fingerprint())


def read_cached(key: str) -> Listing | None:
    return _listing_file(cache_path(), lambda: key)


def _listing_file(path: Path, key: Callable[[], str]) -> Listing | None:
    """The listing in a JSON file, if it is there and was written for `key()`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key():
            return None
        return Listing(
            tuple(ScenarioSummary(**s) for s in data["scenarios"]),
            tuple(ProblemLine(**p) for p in data["problems"]),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None  # no cache, or one from another version: the library will be loaded


def listing_json(key: str, listing: Listing) -> dict[str, Any]:
    return {
        "key": key,
        "scenarios": [asdict(s) for s in listing.scenarios],
        "problems": [asdict(p) for p in listing.problems],
    }


def write_cached(key: str, listing: Listing) -> None:
    data = listing_json(key, listing)
    path = cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs start-up time


def write_shipped() -> Path:
    """Write `bundled_listing.json` for the bundled content as it is now."""
    from simulator.content.library import load_library

    listing = listing_of(load_library(include_user=False))
    data = listing_json(bundled_fingerprint(), listing)
    SHIPPED.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return SHIPPED


if __name__ == "__main__":
    print(f"wrote {write_shipped()}")
