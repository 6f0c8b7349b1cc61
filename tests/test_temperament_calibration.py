"""The temperament reading's confidence means what it says (issue 13): on our tuning set the
share of readings that are right rises with the stated confidence and stays close to it,
the shipped calibration tables are the ones the tuning set gives, and a low confidence is
reported as a leaning in every report format."""

from __future__ import annotations

import csv
import io
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.synthetic_records import fill
from simulator.cli import cli
from simulator.records.store import Store
from simulator.scoring import temperament

sys.path.insert(0, str(Path(__file__).parent))

import temperament_eval  # noqa: E402

MAX_CALIBRATION_ERROR = 0.05


@pytest.fixture(scope="module")
def samples() -> list[temperament_eval.Sample]:
    if not (temperament_eval.TUNING / "collectors.yaml").is_file():
        pytest.skip("no tuning set")
    return temperament_eval.calibration_samples(temperament_eval.TUNING)


def test_confidence_rises_with_accuracy_on_the_tuning_set(
    samples: list[temperament_eval.Sample],
) -> None:
    table = temperament_eval.buckets(samples)
    assert len(table) >= 2, table  # more than one level of confidence is ever said
    shares = [share for *_, share in table]
    assert shares == sorted(shares), table  # a higher stated confidence is right more often
    error = temperament_eval.calibration_error(samples)
    assert error <= MAX_CALIBRATION_ERROR, table


def test_a_leaning_is_said_exactly_when_the_confidence_is_low(
    samples: list[temperament_eval.Sample],
) -> None:
    for s in samples:
        uncertain = s.type == temperament.UNCERTAIN
        assert uncertain == (s.confidence < temperament.LEANING_BELOW), s
    leanings = [s for s in samples if s.type == temperament.UNCERTAIN]
    typed = [s for s in samples if s.type != temperament.UNCERTAIN]
    # a leaning is the uncertain kind of reading: right clearly less often than a type
    assert leanings and typed
    share = sum(s.right for s in leanings) / len(leanings)
    assert share < temperament.LEANING_BELOW < sum(s.right for s in typed) / len(typed)


def test_the_shipped_tables_are_the_ones_the_tuning_set_gives(
    samples: list[temperament_eval.Sample],
) -> None:
    """Stale tables fail here: refit with `python tests/temperament_eval.py --tuning
    --write` after changing the reader, the model or the tuning set."""
    typed, held = temperament_eval.fitted_tables(samples)
    stale = "stale: run `python tests/temperament_eval.py --tuning --write`"
    assert typed == temperament.CALIBRATION_TYPED, stale
    assert held == temperament.CALIBRATION_HELD, stale


def test_no_turns_read_with_no_confidence() -> None:
    reading = temperament.read_temperament([])
    assert reading.type == temperament.UNCERTAIN
    assert reading.confidence == 0.0


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_a_thin_record_is_a_leaning_in_every_report_format(tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    with Store.open(db) as store:
        fill(store, trainees=1, calls=1, turns_per_call=3, seed=3)
    runner = CliRunner()

    def report(fmt: str) -> str:
        result = runner.invoke(cli, ["report", "--format", fmt, "--db", str(db)])
        assert result.exit_code == 0, result.output
        return result.output

    person = json.loads(report("json"))["trainees"][0]
    reading = person["temperament"]
    assert reading["type"] == "uncertain"
    leaning = reading["leaning"]
    assert leaning in temperament.TYPES
    assert 0 < reading["confidence"] < temperament.LEANING_BELOW

    text = report("text")
    assert f"uncertain, leaning {leaning} (confidence {reading['confidence']:.2f})" in text

    row = next(csv.DictReader(io.StringIO(report("csv").removeprefix("\ufeff"))))
    assert (row["temperament"], row["leaning"]) == ("uncertain", leaning)
    assert float(row["confidence"]) == reading["confidence"]

    page = _Text()
    page.feed(report("html"))
    assert f"uncertain, leaning {leaning}" in " ".join(page.parts)
