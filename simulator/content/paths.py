"""Where content lives: bundled with the package, in the user's folder, or given by --content."""

from __future__ import annotations

import os
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
