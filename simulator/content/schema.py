"""JSON Schema for persona, scenario and scenario test files, generated from the pydantic
models.

Editors with a YAML language server read the `# yaml-language-server: $schema=...` line at the
top of each content file and then complete and check fields as a trainer types. The schemas
are committed in `schemas/`; a test fails when they drift from the models. Regenerate with:

    python -m simulator.content.schema          # writes schemas/*.schema.json
    python -m simulator.content.schema --check  # exit 1 when the committed files are stale

Beyond what pydantic derives, the scenario schema lists the triggers (acts and engine events)
and the condition names, so an editor can offer them; the loader checks the same lists.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from simulator.content.conditions import REGISTRY
from simulator.content.models import Persona, Scenario
from simulator.content.references import TRIGGERS

Kind = Literal["persona", "scenario", "scenario-test"]
KINDS: tuple[Kind, ...] = ("persona", "scenario", "scenario-test")
SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _condition_item() -> dict[str, Any]:
    names = sorted(REGISTRY)
    described = {name: {"description": REGISTRY[name].doc} for name in names}
    return {
        "anyOf": [
            {"type": "string", "enum": names, "description": "A condition that takes no value"},
            {
                "type": "object",
                "minProperties": 1,
                "maxProperties": 1,
                "properties": described,
                "additionalProperties": False,
                "description": "A condition with its value, e.g. {patience_below: 30}",
            },
        ]
    }


def _scenario_extras(schema: dict[str, Any]) -> None:
    transition = schema["$defs"]["Transition"]["properties"]
    transition["trigger"] = {
        "description": transition["trigger"].get("description", ""),
        "title": "Trigger",
        "anyOf": [
            {"type": "string", "enum": TRIGGERS},
            {
                "type": "string",
                "pattern": "^[a-z][a-z0-9_]*$",
                "description": "an act defined under 'acts:' in this scenario or its persona",
            },
        ],
    }
    # the loader turns '*' into 'any'; the file may say either
    transition["source"]["anyOf"].append({"const": "*", "description": "any state"})
    for field in ("conditions", "unless"):
        transition[field]["items"] = _condition_item()


def schema_for(kind: Kind) -> dict[str, Any]:
    from simulator.content.scenario_tests import ScenarioTestFile  # it needs the library

    models: dict[Kind, type[BaseModel]] = {
        "persona": Persona,
        "scenario": Scenario,
        "scenario-test": ScenarioTestFile,
    }
    schema: dict[str, Any] = models[kind].model_json_schema()
    if kind == "scenario":
        _scenario_extras(schema)
    words = kind.replace("-", " ")
    return {
        "$schema": DRAFT,
        "$id": f"https://collectsim.invalid/schemas/{kind}.schema.json",
        **schema,
        "title": f"collectsim {words}",
        "description": f"A collectsim {words} file (generated from the pydantic models; "
        "regenerate with `python -m simulator.content.schema`)",
    }


def render(kind: Kind) -> str:
    return json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"


def schema_path(kind: Kind, folder: Path = SCHEMA_DIR) -> Path:
    return folder / f"{kind}.schema.json"


def stale(folder: Path = SCHEMA_DIR) -> list[Path]:
    """Committed schema files that differ from what the models give now."""
    out = []
    for kind in KINDS:
        path = schema_path(kind, folder)
        if not path.is_file() or path.read_text(encoding="utf-8") != render(kind):
            out.append(path)
    return out


def write(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = schema_path(kind, folder)
        path.write_text(render(kind), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are stale")
    parser.add_argument("--dir", type=Path, default=SCHEMA_DIR, help="where the schemas go")
    args = parser.parse_args(argv)
    if args.check:
        bad = stale(args.dir)
        for path in bad:
            print(f"{path}: out of date; run python -m simulator.content.schema", file=sys.stderr)
        return 1 if bad else 0
    for path in write(args.dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
