"""What the home screen lists, and a small cache of it so the first screen is drawn at once.

Loading the content (YAML with positions, validation, the engine's imports) takes about a
second. The home screen only needs each scenario's title, debtor, situation and difficulty,
and the content problems: they are kept in a JSON file keyed on the size and time of every
content file and of the loader's own code. A matching cache is shown at once; the real
library, loaded in the background, replaces it a moment later, so a stale cache can never
outlive that moment.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from simulator.content.paths import PACKAGE_DIR, bundled_root, user_root
from simulator.content.yaml_source import walk_files

if TYPE_CHECKING:
    from simulator.content.library import Library

CACHE_FILE = "home-listing.json"
FORMAT = 1


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


def content_key(content_dirs: tuple[str, ...]) -> str:
    """Changes whenever any content file, content folder or the loader's code changes."""
    digest = hashlib.sha256(f"{FORMAT}".encode())
    roots = [
        bundled_root() / "personas",
        bundled_root() / "scenarios",
        user_root(),
        *(Path(d) for d in content_dirs),
        PACKAGE_DIR / "content",
    ]
    for root in roots:
        digest.update(str(root).encode())
        if not root.exists():
            digest.update(b"missing")
            continue
        files = (
            [root]
            if root.is_file()
            else walk_files(root, lambda name: name.endswith((".yaml", ".yml", ".py")))[0]
        )
        for path in files:
            try:
                stat = path.stat()
            except OSError:  # a link loop or a file gone: the loader reports it
                digest.update(f"{path}:unreadable".encode())
                continue
            digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return digest.hexdigest()


def read_cached(key: str) -> Listing | None:
    try:
        data = json.loads(cache_path().read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        return Listing(
            tuple(ScenarioSummary(**s) for s in data["scenarios"]),
            tuple(ProblemLine(**p) for p in data["problems"]),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None  # no cache, or one from another version: the library will be loaded


def write_cached(key: str, listing: Listing) -> None:
    data: dict[str, Any] = {
        "key": key,
        "scenarios": [asdict(s) for s in listing.scenarios],
        "problems": [asdict(p) for p in listing.problems],
    }
    path = cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs start-up time
