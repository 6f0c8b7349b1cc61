"""docs/authoring.md names every trigger, condition and outcome a trainer can write, and its
common-mistakes messages are the ones the loader really gives."""

from __future__ import annotations

import re
from pathlib import Path

from simulator.content.conditions import REGISTRY
from simulator.content.models import Outcome
from simulator.content.references import TRIGGERS
from tests.test_validate_broken import CASES

DOC = (Path(__file__).resolve().parent.parent / "docs" / "authoring.md").read_text("utf-8")


def test_every_trigger_condition_and_outcome_is_documented() -> None:
    for name in [*TRIGGERS, *REGISTRY, *(o.value for o in Outcome)]:
        assert f"`{name}`" in DOC, name


def test_common_mistakes_quote_real_messages() -> None:
    table = DOC.split("## Common mistakes and the messages they give", 1)[1]
    quoted = re.findall(r"\| `(\d+):(\d+): ([^`]+)` \|", table)
    assert len(quoted) >= 20
    real = {(line, col, fragment) for _name, line, col, fragment in CASES}
    for line, col, message in quoted:
        matches = [f for (n, c, f) in real if (n, c) == (int(line), int(col)) and f in message]
        if "bytes; content files are limited" in message:
            continue  # generated in its test, not a corpus file
        assert matches, f"{line}:{col}: {message} is not a message the corpus test checks"
