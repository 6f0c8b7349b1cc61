"""`collectsim play --json` pinned for every bundled script: a refactoring of the engine or the
scoring must leave every call, reply and score byte for byte the same.

The pins are in tests/data/play_pins/<scenario>/<script>.json. After a change that is meant to
change what a call does, write them again and read the diff before committing:

    python tests/test_play_pins.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator.cli import cli

DATA = Path(__file__).resolve().parent / "data"
SCRIPTS = sorted((DATA / "scripts").glob("*/*.txt"))
PINS = DATA / "play_pins"
SEED = "0"


def pinned(output: str) -> str:
    """The output as kept in a pin: one key a line, so a change reads as a diff."""
    return json.dumps(json.loads(output), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def played(script: Path) -> str:
    scenario = script.parent.name
    args = ["play", scenario, "--seed", SEED, "--script", str(script), "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def pin_of(script: Path) -> Path:
    return PINS / script.parent.name / f"{script.stem}.json"


def test_every_bundled_script_has_a_pin() -> None:
    assert SCRIPTS
    assert sorted(p.relative_to(PINS) for p in PINS.glob("*/*.json")) == sorted(
        pin_of(s).relative_to(PINS) for s in SCRIPTS
    )


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_play_json_is_as_pinned(script: Path) -> None:
    output = played(script)
    pin = pin_of(script).read_text(encoding="utf-8")
    assert pinned(output) == pin
    # byte for byte: the pin, printed as `play --json` prints, is the output
    assert json.dumps(json.loads(pin), sort_keys=True, ensure_ascii=False) + "\n" == output


if __name__ == "__main__":  # write the pins again (see the module's docstring)
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as home:  # no developer's own content in the pins
        os.environ["COLLECTSIM_CONTENT_DIR"] = str(Path(home) / "content")
        os.environ["COLLECTSIM_DB"] = str(Path(home) / "calls.db")
        os.environ["COLLECTSIM_CONFIG_DIR"] = str(Path(home) / "config")
        for path in SCRIPTS:
            pin = pin_of(path)
            pin.parent.mkdir(parents=True, exist_ok=True)
            pin.write_text(pinned(played(path)), encoding="utf-8")
        sys.stdout.write(f"wrote {len(SCRIPTS)} pins under {PINS}\n")
