"""The registry of scoring dimensions (scoring/dimensions.py): every place a dimension must
reach, reached from the registry, so adding one shows here what else it needs."""

from __future__ import annotations

import sqlite3
import typing
from pathlib import Path

from test_engine_core import GOOD, new_call, play

from simulator.content.library import Library
from simulator.content.models import Rubric
from simulator.content.scenario_tests import ScoreName
from simulator.engine.text_report import describe_result
from simulator.records.report import SCORE_NAMES, SKILL_ADVICE
from simulator.records.store import Store
from simulator.scoring.call import DEFAULT_RUBRIC, WEIGHTS
from simulator.scoring.dimensions import DIMENSIONS, REGISTRY


def test_the_overall_score_shares_out_all_of_its_weight() -> None:
    assert set(WEIGHTS) == {*DIMENSIONS, "promise", "composure"}
    assert abs(sum(WEIGHTS.values()) - 1.0) < 1e-9


def test_a_scenario_can_weigh_and_test_every_dimension() -> None:
    # the rubric's fields and a scenario test's score names are written out for the JSON
    # Schema: a new dimension is added to both (content/models.py, content/scenario_tests.py)
    assert set(Rubric.model_fields) == {*DIMENSIONS, "promise"}
    for name in DIMENSIONS:
        assert Rubric.model_fields[name].default == REGISTRY[name].rubric == DEFAULT_RUBRIC[name]
    assert set(DIMENSIONS) <= set(typing.get_args(ScoreName))
    guide = (Path(__file__).resolve().parent.parent / "docs" / "authoring.md").read_text("utf-8")
    rubric_row = next(line for line in guide.splitlines() if line.startswith("| `rubric` |"))
    bounds_row = next(line for line in guide.splitlines() if line.startswith("| `expect.scores`"))
    for name in DIMENSIONS:
        assert f"`{name}`" in rubric_row and f"`{name}`" in bounds_row, name


def test_every_dimension_is_scored_exported_shown_and_kept(
    library: Library, tmp_path: Path
) -> None:
    call = play(new_call(library), GOOD)
    data = call.to_dict()
    result = describe_result(call)
    for name in DIMENSIONS:
        assert set(data["turns"][0]["scores"][name]) == {"value", "evidence"}
        assert data["scores"][name] == call.scores().get(name)
        assert f" {name} {data['scores'][name]} " in result
        assert name in SCORE_NAMES and REGISTRY[name].advice == SKILL_ADVICE[name]
    Store.open(tmp_path / "calls.db").close()
    with sqlite3.connect(tmp_path / "calls.db") as db:
        for table in ("calls", "turns"):
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            assert set(DIMENSIONS) <= columns, table
