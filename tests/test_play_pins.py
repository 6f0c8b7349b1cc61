"""`collectsim play --json` pinned for every bundled script: the three trainee scripts of each
bundled scenario (tests/data/scripts/<scenario>/*.txt, seed 0) and every case of the bundled
scenario tests (scenarios/*.test.yaml, with the case's own seed and lines).

A refactoring must leave each output byte for byte the same. When a change of behaviour is
meant, write the pins again and review the diff:

    COLLECTSIM_WRITE_PINS=1 .venv/bin/python -m pytest tests/test_play_pins.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from simulator.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "tests" / "data" / "scripts"
SCENARIO_TESTS = ROOT / "scenarios"
PINS = ROOT / "tests" / "data" / "play_pins"
WRITE = os.environ.get("COLLECTSIM_WRITE_PINS") == "1"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60]


def _cases() -> list[tuple[str, str, int, str]]:
    """(pin name, scenario, seed, script text) for every bundled script."""
    cases = []
    for script in sorted(SCRIPTS.glob("*/*.txt")):
        scenario = script.parent.name
        cases.append((f"{scenario}/{script.stem}", scenario, 0, script.read_text("utf-8")))
    for test_file in sorted(SCENARIO_TESTS.glob("*.test.yaml")):
        data = yaml.safe_load(test_file.read_text("utf-8"))
        for number, case in enumerate(data["cases"], 1):
            name = f"{data['scenario']}/test_{number:02d}_{_slug(case['name'])}"
            script = "\n".join(case["lines"]) + "\n"
            cases.append((name, data["scenario"], int(case.get("seed", 0)), script))
    return cases


CASES = _cases()


def _play(scenario: str, seed: int, script: str) -> str:
    result = CliRunner().invoke(
        cli, ["play", scenario, "--seed", str(seed), "--script", "-", "--json"], input=script
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_bundled_script_is_pinned() -> None:
    assert len(CASES) >= 36 + 12  # three scripts and at least one test case per scenario
    if WRITE:
        return  # the pins are being written (delete a stale one by hand)
    pinned = {str(p.relative_to(PINS).with_suffix("")) for p in PINS.glob("*/*.json")}
    assert pinned == {name for name, *_ in CASES}


@pytest.mark.parametrize(("name", "scenario", "seed", "script"), CASES, ids=[c[0] for c in CASES])
def test_play_json_is_unchanged(name: str, scenario: str, seed: int, script: str) -> None:
    out = _play(scenario, seed, script)
    pin = PINS / f"{name}.json"
    if WRITE:
        pin.parent.mkdir(parents=True, exist_ok=True)
        pin.write_text(out, "utf-8")
    assert out == pin.read_text("utf-8")
