"""The trainer's own folders and --content folders merge with the bundled content; a file with
a bundled id overrides it, with a notice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import Library, load_library
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


def test_a_scenario_file_checked_alone_may_use_a_persona_of_the_users_folder(
    tmp_path: Path,
) -> None:
    """`collectsim validate FILE` reads one scenario, but its persona may live in the
    trainer's own folder: it resolves, and only the file's own problems are reported."""
    from simulator.content.library import load_paths

    user = Path(os.environ["COLLECTSIM_CONTENT_DIR"])
    persona_src = bundled_root() / "personas" / "forgetful_student.yaml"
    copy_with(persona_src, user / "personas" / "our_student.yaml", id="our_student")
    src = bundled_root() / "scenarios" / f"{STUDENT}.yaml"
    mine = copy_with(src, tmp_path / "scenarios" / "ours.yaml", id="ours", persona="our_student")
    lib = load_paths([mine])
    assert [str(p) for p in lib.problems if p.severity == "error"] == []
    assert lib.persona_for(lib.scenarios["ours"]).id == "our_student"


def test_a_file_outside_the_usual_folders_is_read_by_what_it_holds(tmp_path: Path) -> None:
    """Outside a personas/ or scenarios/ folder, a file with states or transitions is a
    scenario, one with lines or a loan a persona."""
    from simulator.content.library import load_paths

    persona_src = bundled_root() / "personas" / "forgetful_student.yaml"
    scenario_src = bundled_root() / "scenarios" / f"{STUDENT}.yaml"
    persona = copy_with(persona_src, tmp_path / "mine" / "p.yaml", id="my_student")
    scenario = copy_with(
        scenario_src, tmp_path / "mine" / "s.yaml", id="mine", persona="my_student"
    )
    lib = load_paths([persona, scenario])
    assert [str(p) for p in lib.problems if p.severity == "error"] == []
    assert "mine" in lib.scenarios and "my_student" in lib.personas
    assert lib.sources[("scenario", "mine")].path == scenario
    assert lib.sources[("persona", "my_student")].path == persona
    neither = tmp_path / "mine" / "notes.yaml"
    neither.write_text("id: notes\ntitle: Some notes\n", encoding="utf-8")
    assert [str(p) for p in load_paths([neither]).problems] == [
        f"{neither}:1:1: cannot tell whether this is a persona or a scenario: put it in a "
        "personas/ or scenarios/ folder, or give it 'states' (scenario) or 'lines' (persona)"
    ]


def test_an_unknown_scenario_id_suggests_the_closest(library: Library) -> None:
    with pytest.raises(KeyError) as caught:
        library.scenario("student_forgot")
    assert caught.value.args[0] == (
        "unknown scenario 'student_forgot' (did you mean 'student_forgot_first_late'?); "
        "'collectsim scenarios' lists them"
    )


def test_the_content_walk_goes_max_walk_depth_folders_deep_and_no_further(
    tmp_path: Path,
) -> None:
    from simulator.content.paths import MAX_WALK_DEPTH, walk_files

    deepest = tmp_path.joinpath(*[f"d{i}" for i in range(1, MAX_WALK_DEPTH + 1)])
    too_deep = deepest / "one_more"
    too_deep.mkdir(parents=True)
    (deepest / "found.yaml").write_text("id: x\n", encoding="utf-8")
    (too_deep / "missed.yaml").write_text("id: y\n", encoding="utf-8")
    found, note = walk_files(tmp_path, lambda name: name.endswith(".yaml"))
    assert found == [deepest / "found.yaml"]
    assert note is None
