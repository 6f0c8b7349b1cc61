"""Where content lives: bundled with the package, in the user's folder, or given by --content."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_root() -> Path:
    """The folder holding the bundled personas/ and scenarios/.

    A wheel carries them inside the package (see pyproject's force-include); a source
    checkout or editable install keeps them at the repository's top level.
    """
    inside = PACKAGE_DIR / "_bundled"
    if (inside / "scenarios").is_dir():
        return inside
    return PACKAGE_DIR.parent


def user_root() -> Path:
    """The trainer's own content folder (COLLECTSIM_CONTENT_DIR overrides, e.g. in tests)."""
    override = os.environ.get("COLLECTSIM_CONTENT_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("collectsim", appauthor=False)) / "content"


MAX_WALK_ENTRIES = 20_000  # a content folder holds dozens; this many means the wrong folder
MAX_WALK_DEPTH = 12


def walk_files(root: Path, wanted: Callable[[str], bool]) -> tuple[list[Path], str | None]:
    """The files under `root` whose names are `wanted`, sorted, and a note when the walk
    stopped early. Bounded whatever `root` is (`/`, a folder with a symlink to itself): each
    folder is visited once however symlinks lead to it, at most MAX_WALK_DEPTH deep, and at
    most MAX_WALK_ENTRIES entries are looked at; folders that cannot be read are skipped.
    What a name is (FIFO, device, link loop) is left to `read_bounded`, which refuses it."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    todo: list[tuple[Path, int]] = [(root, 0)]
    entries = 0
    while todo:
        folder, depth = todo.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                for entry in listing:
                    entries += 1
                    if entries > MAX_WALK_ENTRIES:
                        return sorted(found), (
                            f"stopped after looking at {MAX_WALK_ENTRIES:,} files and folders "
                            "here, so nothing under it was loaded; give the folder that holds "
                            "your personas/ and scenarios/"
                        )
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir:
                        if depth < MAX_WALK_DEPTH:
                            todo.append((Path(entry.path), depth + 1))
                    elif wanted(entry.name):
                        found.append(Path(entry.path))
        except OSError:
            continue  # unreadable (permissions, /proc entries that vanish): not content
    return sorted(found), None
