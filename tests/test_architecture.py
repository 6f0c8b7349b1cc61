"""The architecture stays true: the import-linter contracts in pyproject.toml hold (each floor
imports only the floors below it; the core never imports Textual or Rich), and the package
table in docs/architecture.md says what those contracts allow."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
ARCHITECTURE = ROOT / "docs" / "architecture.md"


def _contracts() -> dict[str, dict[str, object]]:
    config = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]
    return {c["id"]: c for c in config["contracts"]}


def _short(module: str) -> str:
    return module.removeprefix("simulator.")


def _floors() -> list[list[str]]:
    """The layers contract's floors, top first, each a list of package names."""
    layers = _contracts()["layers"]["layers"]
    assert isinstance(layers, list)
    return [[_short(m.strip()) for m in floor.split("|")] for floor in layers]


def _table() -> dict[str, set[str]]:
    """docs/architecture.md's package table: package -> what it may import."""
    text = ARCHITECTURE.read_text("utf-8")
    section = text[text.index("## Packages") : text.index("## Content")]
    table: dict[str, set[str]] = {}
    row = re.compile(r"^\| `simulator/([a-z_]+)(?:\.py)?` \|.*\| ([^|]+) \|$", re.M)
    for match in row.finditer(section):
        allowed = match.group(2).strip()
        table[match.group(1)] = (
            set() if allowed == "nothing of ours" else {a.strip() for a in allowed.split(",")}
        )
    return table


def test_the_import_contracts_hold(capsys: pytest.CaptureFixture[str]) -> None:
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(PYPROJECT), no_cache=True)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "2 kept, 0 broken" in out


def test_the_package_table_says_what_the_layers_contract_allows() -> None:
    floors = _floors()
    expected: dict[str, set[str]] = {}
    for i, floor in enumerate(floors):
        below = {name for lower in floors[i + 1 :] for name in lower}
        for name in floor:
            expected[name] = below
    expected.pop("__main__")  # `python -m simulator`: only runs the command line
    assert _table() == expected


def test_the_core_named_in_the_docs_is_the_core_kept_free_of_the_terminal_ui() -> None:
    contract = _contracts()["no-terminal-ui"]
    text = ARCHITECTURE.read_text("utf-8")
    sentence = re.search(r"Nothing under ([a-z, ]+?) imports Textual or Rich", text)
    assert sentence is not None
    named = set(re.split(r", | or ", sentence.group(1)))
    assert {_short(m) for m in contract["source_modules"]} == named  # type: ignore[attr-defined]
    assert set(contract["forbidden_modules"]) == {"textual", "rich"}  # type: ignore[arg-type]
