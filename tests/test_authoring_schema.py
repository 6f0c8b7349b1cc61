"""The committed JSON Schemas match the models, and bundled files point editors at them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.content import schema
from simulator.content.conditions import REGISTRY
from simulator.content.paths import bundled_root

REPO = Path(__file__).resolve().parent.parent


def test_committed_schemas_are_up_to_date() -> None:
    stale = schema.stale(REPO / "schemas")
    assert stale == [], "schemas drifted from the models: run python -m simulator.content.schema"


def test_drift_is_detected(tmp_path: Path) -> None:
    schema.write(tmp_path)
    assert schema.stale(tmp_path) == []
    path = tmp_path / "scenario.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["properties"]["turn_limit"]  # what a model change without regenerating looks like
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    assert schema.stale(tmp_path) == [path]
    assert schema.main(["--check", "--dir", str(tmp_path)]) == 1
    assert schema.main(["--dir", str(tmp_path)]) == 0
    assert schema.main(["--check", "--dir", str(tmp_path)]) == 0


@pytest.mark.parametrize("kind", ["persona", "scenario"])
def test_schema_forbids_unknown_keys_and_requires_the_basics(kind: str) -> None:
    data = json.loads((REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert data["additionalProperties"] is False
    assert "id" in data["required"]
    assert data["$schema"].startswith("https://json-schema.org/")


def test_scenario_schema_offers_triggers_and_conditions() -> None:
    data = json.loads((REPO / "schemas" / "scenario.schema.json").read_text(encoding="utf-8"))
    transition = data["$defs"]["Transition"]["properties"]
    offered = transition["trigger"]["anyOf"][0]["enum"]  # then any act the file defines
    assert {"ask_payment", "patience_out", "confirm_terms"} <= set(offered)
    named = transition["conditions"]["items"]["anyOf"]
    assert set(named[1]["properties"]) == set(REGISTRY)
    assert {"const": "*", "description": "any state"} in transition["source"]["anyOf"]


@pytest.mark.parametrize("kind", ["persona", "scenario"])
def test_bundled_files_name_their_schema(kind: str) -> None:
    files = sorted((bundled_root() / f"{kind}s").glob("*.yaml"))
    files = [f for f in files if not f.name.endswith(".test.yaml")]
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json", path
