"""`collectsim report` in every format, parsed back and checked against the stored numbers
(computed here straight from the database with SQL, not through the report code)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from benchmarks.synthetic_records import fill
from simulator.cli import cli
from simulator.records.report import half_up
from simulator.records.store import Store

BOM = "\ufeff"  # the CSV starts with a byte-order mark, for spreadsheets

ODD_NAME = '<b>Zoë & "Co"</b>'
ODD_LINE = "<script>alert('x')</script> [bold]pay[/bold] now?"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "calls.db"
    with Store.open(path) as store:
        fill(store, trainees=4, calls=48, turns_per_call=6, seed=7, incomplete_every=7)
        call_id = store.start_call(
            ODD_NAME,
            {
                "scenario": "car_dealer_dispute",
                "persona": "dealer_dispute_driver",
                "seed": 1,
                "started_at": "2026-03-10T10:30:00",
            },
        )
        store.add_turn(
            call_id,
            {
                "index": 1,
                "text": ODD_LINE,
                "acts": ["ask_payment"],
                "scores": {"politeness": {"value": 60}},  # courteous: quoted as evidence
            },
        )
        store.finish_call(
            call_id,
            {
                "outcome": "hung_up",
                "scores": {
                    "urgency": 33,
                    "politeness": 40,
                    "focus": 50,
                    "promise": 0,
                    "overall": 31,
                },
            },
        )
    return path


def expected(db: Path) -> dict[str, dict[str, float | int | None]]:
    """Per trainee, straight from SQL."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        """SELECT t.name, COUNT(*), SUM(c.outcome IS NULL),
                  AVG(c.overall), AVG(c.urgency), AVG(c.politeness),
                  SUM(c.outcome = 'promise_secured'), SUM(c.outcome = 'hung_up'),
                  SUM(c.outcome IS NOT NULL), SUM(c.failed)
           FROM calls c JOIN trainees t ON t.id = c.trainee_id GROUP BY t.name"""
    ).fetchall()
    conn.close()
    out: dict[str, dict[str, float | int | None]] = {}
    for name, calls, incomplete, overall, urgency, politeness, promised, hung, done, failed in rows:
        out[name] = {
            "calls": calls,
            "incomplete": incomplete,
            "overall": overall,
            "urgency": urgency,
            "politeness": politeness,
            "promise_rate": promised / done,
            "hang_up_rate": hung / done,
            "failures": failed,
        }
    return out


def test_json_report_matches_the_database(db: Path) -> None:
    result = run("report", "--format", "json", "--db", str(db))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    want = expected(db)
    assert {t["name"] for t in data["trainees"]} == set(want)
    for t in data["trainees"]:
        w = want[t["name"]]
        assert t["calls"] == w["calls"]
        assert t["incomplete"] == w["incomplete"]
        assert t["scores"]["overall"] == pytest.approx(w["overall"], abs=0.05)
        assert t["scores"]["urgency"] == pytest.approx(w["urgency"], abs=0.05)
        assert t["promise_rate"] == pytest.approx(w["promise_rate"], abs=0.0005)
        assert t["hang_up_rate"] == pytest.approx(w["hang_up_rate"], abs=0.0005)
        assert t["compliance_failures"] == w["failures"]
        assert set(t["temperament"]) >= {"type", "confidence", "evidence"}
    team = data["team"]
    assert team["calls"] == sum(int(w["calls"] or 0) for w in want.values())
    assert sum(team["temperaments"].values()) == len(want)
    # the synthetic styles are plain enough to be typed: one of each, and the one-turn
    # trainee is too thin to call
    types = {t["name"]: t["temperament"]["type"] for t in data["trainees"]}
    assert types == {
        "trainee-000": "confident",
        "trainee-001": "aggressive",
        "trainee-002": "introverted",
        "trainee-003": "timid",
        ODD_NAME: "uncertain",
    }
    aggressive = next(t for t in data["trainees"] if t["name"] == "trainee-001")
    quoted = [e["text"] for e in aggressive["temperament"]["evidence"]]
    assert "Pay the $420 now, you idiot." in quoted
    assert {item["type"] for item in team["training"]} == set(types.values())


def test_csv_report_matches_the_database(db: Path) -> None:
    result = run("report", "--format", "csv", "--db", str(db))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output.removeprefix(BOM))))
    want = expected(db)
    assert len(rows) == len(want)
    for row in rows:
        w = want[row["name"]]
        assert int(row["calls"]) == w["calls"]
        assert int(row["incomplete"]) == w["incomplete"]
        assert float(row["avg_overall"]) == pytest.approx(w["overall"], abs=0.05)
        assert float(row["avg_politeness"]) == pytest.approx(w["politeness"], abs=0.05)
        assert float(row["promise_rate"]) == pytest.approx(w["promise_rate"], abs=0.0005)
        assert int(row["compliance_failures"]) == w["failures"]
        assert row["temperament"] in {
            "confident",
            "aggressive",
            "introverted",
            "timid",
            "uncertain",
        }


class Page(HTMLParser):
    """Collects the summary table's cells, tags used, and external references."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []
        self.in_summary = False
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attr = dict(attrs)
        for key in ("src", "href"):
            if attr.get(key):
                self.external.append(str(attr[key]))
        if tag == "table" and "summary" in str(attr.get("class") or "").split():
            self.in_summary = True
        if self.in_summary and tag == "tr":
            self.rows.append([])
        if self.in_summary and tag == "td":
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.in_summary = False
        if tag == "td" and self.cell is not None:
            self.rows[-1].append("".join(self.cell))
            self.cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.cell is not None:
            self.cell.append(data)


def test_html_report_is_self_contained_escaped_and_matches(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "team.html"
    result = run("report", "--format", "html", "--db", str(db), "-o", str(out))
    assert result.exit_code == 0, result.output
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert "script" not in page.tags  # the trainee's <script> line is text, not a tag
    assert page.external == []  # nothing to fetch: one file
    assert page.tags.count("svg") >= 1 + 2 * 5  # team chart + per trainee score/temperament
    assert "polyline" in page.tags  # trend lines
    want = expected(db)
    body = {r[0]: r for r in page.rows if r}
    assert set(body) == set(want)  # the odd name survives escaping intact
    for name, w in want.items():
        row = body[name]
        assert row[1] in ("pass", "fail", "no completed call")  # the verdict
        assert int(row[3]) == w["calls"]
        # overall, rounded half up (72.5 shows 73) from the one decimal the JSON gives
        assert int(row[9]) == int(half_up(half_up(float(w["overall"] or 0), 1)))
        assert row[11] == f"{half_up(100 * half_up(float(w['hang_up_rate'] or 0), 3)):.0f}%"
    assert ODD_LINE in "".join(page.text)


def test_text_report_names_every_trainee(db: Path) -> None:
    result = run("report", "--db", str(db))
    assert result.exit_code == 0, result.output
    for name, w in expected(db).items():
        assert f"{name}: {w['calls']} call" in result.output
    assert "what to train" in result.output


def test_one_trainee_only(db: Path) -> None:
    result = run("report", "--format", "json", "--trainee", "trainee-002", "--db", str(db))
    data = json.loads(result.output)
    assert [t["name"] for t in data["trainees"]] == ["trainee-002"]
    assert data["team"]["calls"] == expected(db)["trainee-002"]["calls"]


def test_unknown_trainee_is_a_clear_error(db: Path) -> None:
    result = run("report", "--trainee", "trainee-02", "--db", str(db))
    assert result.exit_code == 2
    assert "no trainee named 'trainee-02'" in result.stderr
    assert "did you mean" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = run("report", "--db", str(tmp_path / "nothing.db"))
    assert result.exit_code == 2
    assert "no call records yet" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (tmp_path / "nothing.db").exists()


def test_empty_database_is_a_clear_error(tmp_path: Path) -> None:
    Store.open(tmp_path / "empty.db").close()
    for fmt in ("text", "json", "csv", "html"):
        result = run("report", "--format", fmt, "--db", str(tmp_path / "empty.db"))
        assert result.exit_code == 2
        assert "no calls recorded yet" in result.stderr


def test_global_db_option_and_environment_choose_the_file(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run("--db", str(db), "report", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)["database"] == str(db)
    monkeypatch.setenv("COLLECTSIM_DB", str(db))
    result = run("report", "--format", "csv")
    assert result.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(result.output.removeprefix(BOM))))) == 5


def test_csv_cells_cannot_become_spreadsheet_formulas(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    with Store.open(db) as store:
        call_id = store.start_call(
            '=HYPERLINK("http://x")',
            {"scenario": "s", "persona": "p", "seed": 0, "started_at": "2026-03-10T10:00"},
        )
        store.finish_call(call_id, {"outcome": "refused", "scores": {"overall": 10}})
    result = run("report", "--format", "csv", "--db", str(db))
    (row,) = list(csv.DictReader(io.StringIO(result.output.removeprefix(BOM))))
    assert row["name"] == '\'=HYPERLINK("http://x")'
