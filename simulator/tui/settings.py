"""The little the UI remembers between runs (the trainee's name), in a JSON file under the
user's config folder. COLLECTSIM_CONFIG_DIR overrides the folder (tests use it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

FILE_NAME = "tui.json"
MAX_NAME = 60


def config_dir() -> Path:
    override = os.environ.get("COLLECTSIM_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("collectsim", appauthor=False))


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def clean_name(raw: str) -> str:
    """One line, no control characters, at most MAX_NAME characters."""
    printable = "".join(ch for ch in raw if ch.isprintable())
    return " ".join(printable.split())[:MAX_NAME]


def load_trainee() -> str:
    """The remembered trainee name, or "" (a damaged or missing file is not an error)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    name = data.get("trainee") if isinstance(data, dict) else None
    return clean_name(name) if isinstance(name, str) else ""


def save_trainee(name: str) -> str | None:
    """Remember the name; returns an error message when the file cannot be written."""
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existing: dict[str, object] = {}
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                existing = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                existing = {}
        existing["trainee"] = clean_name(name)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(existing, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        return f"could not remember your name in {path}: {exc.strerror or exc}"
    return None
