"""The temperament harness on the frozen blind set and on our tuning set: it runs, and the
figures are recorded in the test output (never asserted against the blind set's labels, so
nobody tunes to make a test pass). Skipped cleanly while a set is absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import temperament_eval  # noqa: E402


@pytest.mark.parametrize(
    "folder", [temperament_eval.BLIND, temperament_eval.TUNING], ids=["blind", "tuning"]
)
def test_harness_prints_both_figures(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not (folder / "collectors.yaml").is_file() or not (folder / "lines.yaml").is_file():
        pytest.skip(f"no set at {folder}")
    args = [] if folder == temperament_eval.BLIND else ["--tuning"]
    assert temperament_eval.main(args) == 0
    out = capsys.readouterr().out
    assert "temperament:" in out and "typed right" in out
    assert "line scores:" in out and "politeness" in out


def test_tuning_set_is_read_well_enough() -> None:
    """Our own set, which we tune on: a floor that catches a model broken outright."""
    folder = temperament_eval.TUNING
    if not (folder / "collectors.yaml").is_file():
        pytest.skip("no tuning set")
    results = temperament_eval.run_collectors(folder)
    right = sum(r.got == r.want for r in results)
    assert right >= 0.75 * len(results), temperament_eval.collector_summary(results)
    scored = temperament_eval.run_lines(folder)
    for dim in temperament_eval.DIMENSIONS:
        hits = sum(
            ("high" if s[dim] >= temperament_eval.THRESHOLD else "low") == line[dim]
            for line, s in scored
        )
        assert hits >= 0.8 * len(scored), dim
