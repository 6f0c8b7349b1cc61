"""A non-editable install (a wheel) still finds the bundled scenarios, personas and schemas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip()[-300:]}")
    return next(out.glob("collectsim-*.whl"))


def test_the_wheel_carries_the_bundled_content(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    bundled = {Path(n).parent.name for n in names if n.startswith("simulator/_bundled/")}
    assert {"scenarios", "personas", "schemas"} <= bundled
    in_wheel = {Path(n).name for n in names if n.startswith("simulator/_bundled/scenarios/")}
    in_repo = {p.name for p in (REPO / "scenarios").glob("*.yaml")}
    assert in_wheel == in_repo
    # the reader's and the scorer's data travel with the code
    assert "simulator/language/pattern_openings.json" in names
    assert "simulator/scoring/politeness_weights.json" in names
    assert "simulator/language/act_weights.json" in names
    assert "simulator/language/en/acts.yaml" in names


def test_an_installed_wheel_lists_and_plays_scenarios(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import simulator; print(simulator.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert where.stdout.startswith(str(target))  # the wheel's copy, not the source tree
    listing = subprocess.run(
        [sys.executable, "-m", "simulator", "scenarios"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert listing.returncode == 0, listing.stderr
    assert "student_forgot_first_late" in listing.stdout
    assert len(listing.stdout.splitlines()) >= 9
    valid = subprocess.run(
        [sys.executable, "-m", "simulator", "validate"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert valid.returncode == 0, valid.stdout + valid.stderr
    line = "Hi, could you please pay the $420.50 by Friday by card? Thanks!\n"
    scored = [
        subprocess.run(
            [sys.executable, "-m", "simulator", "score", "--json", "--today", "2026-12-01"],
            input=line,
            capture_output=True,
            text=True,
            env=environment,
            cwd=tmp_path,
            check=True,
        ).stdout
        for environment in (env, {**os.environ, "PYTHONPATH": str(REPO)})
    ]
    assert scored[0] == scored[1]  # the installed wheel scores as the source tree does
    assert json.loads(scored[0])["politeness"] > 50
