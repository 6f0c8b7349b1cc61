"""The assessment pack: the same calls for everyone, one per debtor family, played from the
command line (scripted or typed) and recorded."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import Library
from simulator.records.assessment import PACK, PACK_NAME, assessment_pack
from simulator.records.store import Store

TIMID = [
    "Hi, um, sorry to bother you. Is this {debtor_name}?",
    "Sorry, I'm calling about your {loan_type}, there seems to be a small payment missing.",
    "Oh, I'm so sorry, I understand, don't worry about it.",
    "Okay, no problem, pay whenever you can.",
    "That's fine, take your time.",
]


def test_pack_is_one_call_per_family_with_fixed_seeds(library: Library) -> None:
    pack = assessment_pack(library)
    assert len(pack) == len(PACK) == 5
    families = {library.scenario(sid).situation.value for sid, _seed in pack}
    assert families == {
        "first_time_late",
        "persistent_late",
        "dispute",
        "hardship",
        "malicious_default",
    }
    assert pack == assessment_pack(library)  # fixed, not drawn
    assert len({seed for _sid, seed in pack}) == len(pack)


def test_pack_skips_scenarios_that_are_not_installed(library: Library) -> None:
    partial = Library(
        scenarios={
            sid: s
            for sid, s in library.scenarios.items()
            if sid in ("car_dealer_dispute", "lenders_persistent_late")
        }
    )
    # the persistent-late family falls back to its stand-in; families with nothing are skipped
    assert assessment_pack(partial) == [
        ("lenders_persistent_late", 202),
        ("car_dealer_dispute", 303),
    ]
    assert assessment_pack(Library()) == []


def scripts_dir(tmp_path: Path, library: Library, lines: list[str]) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    for sid, _seed in assessment_pack(library):
        (folder / f"{sid}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_assess_with_scripts_records_the_pack(library: Library, tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    folder = scripts_dir(tmp_path, library, TIMID)
    result = CliRunner().invoke(
        cli, ["assess", "--trainee", "Tim", "--db", str(db), "--scripts", str(folder)]
    )
    assert result.exit_code == 0, result.output
    assert "Call 5 of 5" in result.output
    assert "Temperament: timid" in result.output
    with Store.read(db) as store:
        calls = store.calls("Tim")
        assert [(c.scenario, c.seed) for c in calls] == assessment_pack(library)
        assert {c.assessment for c in calls} == {PACK_NAME}
        assert all(c.outcome is not None for c in calls)
    report = json.loads(
        CliRunner().invoke(cli, ["report", "--format", "json", "--db", str(db)]).output
    )
    assert report["trainees"][0]["temperament"]["type"] == "timid"


def test_assess_names_the_missing_scripts(library: Library, tmp_path: Path) -> None:
    folder = scripts_dir(tmp_path, library, TIMID)
    (folder / "car_dealer_dispute.txt").unlink()
    result = CliRunner().invoke(
        cli,
        ["assess", "--trainee", "Tim", "--db", str(tmp_path / "t.db"), "--scripts", str(folder)],
    )
    assert result.exit_code == 2
    assert "car_dealer_dispute.txt" in result.stderr
    assert not (tmp_path / "t.db").exists()  # nothing half-recorded


def test_assess_typed_at_the_prompt(library: Library, tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    one_call = "Hello, is this the account holder?\n/hint\nI'm calling about your loan.\n/end\n"
    result = CliRunner().invoke(
        cli, ["assess", "--trainee", "Ida", "--db", str(db)], input=one_call * 5
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("DEBTOR:") >= 15  # an opening and two replies per call
    assert "hint:" in result.output
    with Store.read(db) as store:
        calls = store.calls("Ida")
        assert len(calls) == 5
        assert all(c.turn_count == 2 for c in calls)


def test_assess_stops_when_input_runs_out(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    result = CliRunner().invoke(
        cli,
        ["assess", "--trainee", "Ida", "--db", str(db)],
        input="Hello, is this the account holder?\n",
    )
    assert result.exit_code == 0
    assert "4 call(s) of the pack were not played" in result.stderr
    with Store.read(db) as store:
        (call,) = store.calls("Ida")
        assert call.turn_count == 1 and call.outcome == "ended_by_trainee"


def test_assess_needs_a_name(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["assess", "--trainee", "  ", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 2
    assert "--trainee cannot be empty" in result.stderr


def test_a_call_never_started_is_not_recorded(tmp_path: Path) -> None:
    db = tmp_path / "team.db"
    two_calls = "Hello, is this the account holder?\n/end\n" * 2
    result = CliRunner().invoke(
        cli, ["assess", "--trainee", "Ida", "--db", str(db)], input=two_calls
    )
    assert "3 call(s) of the pack were not played" in result.stderr
    with Store.read(db) as store:
        assert len(store.calls("Ida")) == 2  # the third call, opened but never spoken in
