"""The trainer's own folders and --content folders merge with the bundled content; a file with
a bundled id overrides it, with a notice."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import load_library
from simulator.content.paths import bundled_root

STUDENT = "student_forgot_first_late"


def copy_with(src: Path, dest: Path, **changes: object) -> Path:
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    data.update(changes)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return dest


def test_user_folder_overrides_bundled_with_notice() -> None:
    user = Path(os.environ["COLLECTSIM_CONTENT_DIR"])
    src = bundled_root() / "scenarios" / f"{STUDENT}.yaml"
    mine = copy_with(src, user / "scenarios" / f"{STUDENT}.yaml", title="Our student call")
    lib = load_library()
    assert lib.scenarios[STUDENT].title == "Our student call"
    assert lib.sources[("scenario", STUDENT)].origin == "user"
    assert lib.notices == [f"{mine}: scenario '{STUDENT}' overrides the bundled one in {src}"]


def test_content_option_adds_and_overrides(tmp_path: Path) -> None:
    src = bundled_root() / "scenarios" / f"{STUDENT}.yaml"
    copy_with(src, tmp_path / "scenarios" / "mine.yaml", id="our_student", title="Ours")
    copy_with(src, tmp_path / "scenarios" / f"{STUDENT}.yaml", title="Replaced")
    result = CliRunner().invoke(cli, ["--content", str(tmp_path), "scenarios"])
    assert result.exit_code == 0, result.output
    assert "our_student" in result.stdout
    assert f"scenario '{STUDENT}' overrides the bundled one" in result.stderr
    lib = load_library([tmp_path])
    assert lib.scenarios[STUDENT].title == "Replaced"
    assert set(load_library(include_user=False).scenarios) | {"our_student"} == set(lib.scenarios)


def test_without_overrides_there_is_no_notice() -> None:
    assert load_library().notices == []


def test_missing_content_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    lib = load_library([tmp_path / "nowhere"])
    assert [p.message for p in lib.problems] == ["content folder does not exist"]
    assert STUDENT in lib.scenarios
