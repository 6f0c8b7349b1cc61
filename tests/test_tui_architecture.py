"""The UI's shape (docs/architecture.md, "The UI"): screens move on by posting messages the app
routes, never by importing the app or each other; each screen's styles reach that screen only;
the first screen waits for no content loading.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.content.library import Library

SCREENS = Path(__file__).resolve().parent.parent / "simulator" / "tui" / "screens"
STAGES = ("briefing", "call", "debrief", "home", "help", "leave", "scenarios", "team")


def loaded_after(code: str) -> set[str]:
    """The collectsim modules imported by running `code` in a fresh interpreter."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return set(done.stdout.split())


@pytest.mark.parametrize("screen", STAGES)
def test_no_screen_imports_the_app(screen: str) -> None:
    modules = loaded_after(f"import simulator.tui.screens.{screen}")
    assert "simulator.tui.app" not in modules


def test_help_lists_every_key_without_importing_a_screen() -> None:
    modules = loaded_after(
        "from simulator.tui.screens.help import key_rows\n"
        "rows = key_rows()\n"
        "assert ('Scenarios', 't', 'Run tests') in rows, rows\n"
        "assert ('Team', 'r', 'Reload') in rows, rows\n"
    )
    others = {f"simulator.tui.screens.{s}" for s in STAGES if s != "help"}
    assert not modules & others


def selectors(tcss: str) -> list[str]:
    """The selectors of every rule in a stylesheet (comments left out)."""
    text = re.sub(r"/\*.*?\*/", "", tcss, flags=re.S)
    found = []
    for head in re.findall(r"([^{}]+)\{", text):
        found += [part.strip() for part in head.split(",") if part.strip()]
    return found


@pytest.mark.parametrize("sheet", sorted(p.name for p in SCREENS.glob("*.tcss")))
def test_every_screen_rule_starts_with_its_screen(sheet: str) -> None:
    """Textual reads a screen's CSS_PATH into the app's one stylesheet when the screen is
    first shown, and keeps it: a rule that does not name its screen would style a widget of
    the same id on any screen shown after (the call's #transcript did the team's)."""
    module = (SCREENS / sheet).with_suffix(".py").read_text(encoding="utf-8")
    owners = set(re.findall(r"^class (\w+Screen)\(", module, re.M))
    for selector in selectors((SCREENS / sheet).read_text(encoding="utf-8")):
        first = re.split(r"[\s>:.#]", selector, maxsplit=1)[0]
        assert first in owners, (sheet, selector)


def test_the_first_screen_waits_for_no_engine_faker_or_pydantic() -> None:
    """What the app and its home screen import before the content is loaded (the loader
    brings the rest in beside the first screen): a first run starts as fast as a later one."""
    modules = loaded_after(
        "from simulator.tui.app import make_app\nimport simulator.tui.screens.home\nmake_app()"
    )
    heavy = {m.split(".")[0] for m in modules} & {"faker", "pydantic", "yaml", "transitions"}
    assert not heavy
    assert not {m for m in modules if m.startswith(("simulator.engine", "simulator.records"))}


def test_a_first_run_lists_the_bundled_scenarios_before_loading_them(library: Library) -> None:
    """No cache yet and only the bundled content: the listing shipped with the package is
    theirs (`python -m simulator.tui.listing` writes it again after a change)."""
    from simulator.tui.app import make_app
    from simulator.tui.listing import listing_of, read_shipped

    shipped = read_shipped()
    assert shipped is not None, "bundled_listing.json is stale: python -m simulator.tui.listing"
    assert shipped == listing_of(library)
    app = make_app()
    assert app.listing == shipped and not app.loading
    assert not app.loader.done.is_set()  # loaded once the first screen is drawn


def test_a_trainer_s_own_content_is_never_listed_from_the_shipped_copy(
    isolated_user_dirs: Path,
) -> None:
    from simulator.tui.app import make_app

    (isolated_user_dirs / "content" / "scenarios").mkdir(parents=True)
    (isolated_user_dirs / "content" / "scenarios" / "ours.yaml").write_text("id: ours\n")
    app = make_app()
    # (not the shipped listing: its own content is loaded, at once; a file this small may be
    # read, and found wanting, before the next line runs, so "still loading" is no promise)
    assert app.loader.cached_listing is None and app.loader.started


def test_the_ui_says_each_dimension_means_what_the_registry_says() -> None:
    """The first screen keeps its own copy of the meanings (importing the scorer would slow
    the start); it must say what the dimension registry says."""
    from simulator.scoring.dimensions import REGISTRY
    from simulator.tui.text import MEANINGS

    assert {name: MEANINGS[name] for name in REGISTRY} == {
        name: d.meaning for name, d in REGISTRY.items()
    }
