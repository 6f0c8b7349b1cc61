"""`collectsim new persona|scenario ID`: a commented starting file that validates as written,
never overwriting anything."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from simulator.cli import cli
from simulator.commands.validate import check
from simulator.content.library import load_library
from simulator.content.paths import bundled_root, user_root


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_new_scenario_goes_to_the_user_folder_and_loads_clean() -> None:
    result = run("new", "scenario", "late_plumber")
    assert result.exit_code == 0, result.output
    path = user_root() / "scenarios" / "late_plumber.yaml"
    assert result.stdout.splitlines()[0] == f"wrote {path}"
    text = path.read_text(encoding="utf-8")
    assert text.count("\n# ") >= 10  # it explains itself
    schema = bundled_root() / "schemas" / "scenario.schema.json"
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={schema.as_uri()}"
    lib = load_library()
    assert lib.scenarios["late_plumber"].title == "Late plumber"
    assert lib.sources[("scenario", "late_plumber")].origin == "user"
    _lib, problems = check((str(path),))
    assert [str(p) for p in problems] == []  # not even a warning


def test_new_persona_and_a_scenario_using_it(tmp_path: Path) -> None:
    personas, scenarios = tmp_path / "personas", tmp_path / "scenarios"
    assert run("new", "persona", "night_nurse", "--dir", str(personas)).exit_code == 0
    result = run(
        "--content",
        str(tmp_path),
        "new",
        "scenario",
        "nurse_call",
        "--dir",
        str(scenarios),
        "--persona",
        "night_nurse",
    )
    assert result.exit_code == 0, result.output
    _lib, problems = check((str(personas / "night_nurse.yaml"), str(scenarios / "nurse_call.yaml")))
    assert [str(p) for p in problems] == []
    lib = load_library([tmp_path])
    assert lib.scenarios["nurse_call"].persona == "night_nurse"
    assert lib.personas["night_nurse"].name == "Night nurse"
    validate = run("validate", "--strict", str(tmp_path))
    assert validate.exit_code == 0, validate.output


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\n# my work\n", encoding="utf-8")
    result = run("new", "persona", "mine", "--dir", str(tmp_path))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"collectsim: {path} already exists; choose another id or move that file away\n"
    )
    assert path.read_text(encoding="utf-8") == "id: mine\n# my work\n"


def test_bad_id_and_unknown_persona_are_one_line_errors(tmp_path: Path) -> None:
    bad = run("new", "scenario", "Late Plumber", "--dir", str(tmp_path))
    assert bad.exit_code == 2
    assert "'Late Plumber' cannot be an id" in bad.stderr
    unknown = run("new", "scenario", "x", "--dir", str(tmp_path), "--persona", "forgetfull_student")
    assert unknown.exit_code == 2
    assert "unknown persona 'forgetfull_student' (did you mean 'forgetful_student'?)" in (
        unknown.stderr
    )
    assert list(tmp_path.iterdir()) == []


def test_scaffold_scenario_can_be_played_to_a_promise() -> None:
    from simulator.engine.call import Call

    assert run("new", "scenario", "scaffold_call").exit_code == 0
    lib = load_library()
    scenario = lib.scenarios["scaffold_call"]
    call = Call(scenario, lib.persona_for(scenario), seed=2)
    v = call.values
    for line in [
        f"Hello, this is Sam from {v['lender']}. Am I speaking with {v['debtor_name']}?",
        f"Thank you. This is an attempt to collect a debt. {v['amount_overdue']} is overdue. "
        "Could you pay it by Friday?",
        f"Would you pay {v['amount_overdue']} by Friday by card?",
        f"Just to confirm: {v['amount_overdue']} by Friday, by card. Is that right?",
    ]:
        if not call.finished:
            call.say(line)
    assert call.outcome is not None and call.outcome.value == "promise_secured", call.visited
