"""Shared fixtures. Every test runs with its own empty user content folder and database, so
nothing a developer has in their real data folder can change a result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.content.library import Library, load_library

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = REPO.parent / "shared" / "data" / "politeness" / "wikipedia.annotated.csv"


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("COLLECTSIM_CONTENT_DIR", str(home / "content"))
    monkeypatch.setenv("COLLECTSIM_DB", str(home / "calls.db"))
    monkeypatch.setenv("COLLECTSIM_CONFIG_DIR", str(home / "config"))
    yield home


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(include_user=False)
