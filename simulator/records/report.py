"""The team report as plain data: per trainee and per team, computed from the records.

Rendering (text, CSV, JSON, HTML) lives in `render.py` and `html_report.py`; the terminal
UI's team screen reads the same `Report`, so every view shows the same numbers.
"""

from __future__ import annotations

import functools
import gc
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from simulator.records.store import Store
from simulator.scoring.temperament import (
    FACT_COLUMNS,
    TRAINING,
    TYPES,
    UNCERTAIN,
    Reading,
    TurnFacts,
    facts_from_values,
    read_temperament,
)

SCORE_NAMES = ("urgency", "politeness", "focus", "promise", "composure", "overall")
INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class TrendPoint:
    call_id: int
    recorded_at: str
    scenario: str
    overall: int


@dataclass
class TraineeReport:
    name: str
    calls: int = 0
    completed: int = 0
    incomplete: int = 0
    scores: dict[str, float | None] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    promise_rate: float | None = None  # of completed calls
    hang_up_rate: float | None = None
    compliance_failures: int = 0  # calls failed by a critical finding
    compliance_rules: dict[str, int] = field(default_factory=dict)
    trend: list[TrendPoint] = field(default_factory=list)
    temperament: Reading | None = None
    turns: int = 0

    @property
    def trend_direction(self) -> str:
        return trend_direction([p.overall for p in self.trend])

    @property
    def temperament_type(self) -> str:
        return self.temperament.type if self.temperament else UNCERTAIN

    def to_dict(self) -> dict[str, Any]:
        reading = self.temperament
        return {
            "name": self.name,
            "calls": self.calls,
            "completed": self.completed,
            "incomplete": self.incomplete,
            "turns": self.turns,
            "scores": {k: _round(v) for k, v in self.scores.items()},
            "outcomes": dict(self.outcomes),
            "promise_rate": _round(self.promise_rate, 3),
            "hang_up_rate": _round(self.hang_up_rate, 3),
            "compliance_failures": self.compliance_failures,
            "compliance_rules": dict(self.compliance_rules),
            "temperament": reading.to_dict() if reading else None,
            "trend": {
                "direction": self.trend_direction,
                "points": [
                    {
                        "call": p.call_id,
                        "at": p.recorded_at,
                        "scenario": p.scenario,
                        "overall": p.overall,
                    }
                    for p in self.trend
                ],
            },
        }


@dataclass
class TeamSummary:
    trainees: int
    calls: int
    turns: int
    temperaments: dict[str, int]
    training: list[dict[str, Any]]
    scores: dict[str, float | None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "trainees": self.trainees,
            "calls": self.calls,
            "turns": self.turns,
            "temperaments": dict(self.temperaments),
            "training": self.training,
            "scores": {k: _round(v) for k, v in self.scores.items()},
        }


@dataclass
class Report:
    database: str
    trainees: list[TraineeReport]
    team: TeamSummary

    def to_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "trainees": [t.to_dict() for t in self.trainees],
            "team": self.team.to_dict(),
        }

    def trainee(self, name: str) -> TraineeReport | None:
        return next((t for t in self.trainees if t.name == name), None)


def _round(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


def trend_direction(values: list[int]) -> str:
    """improving / declining / steady by the least-squares slope of overall per call."""
    n = len(values)
    if n < 3:
        return "too few calls"
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    slope = num / den if den else 0.0
    change = slope * (n - 1)  # points gained from the first call to the last, on the line
    if change >= 5:
        return "improving"
    if change <= -5:
        return "declining"
    return "steady"


def _without_gc(build: Callable[..., Report]) -> Callable[..., Report]:
    """The report makes a few objects per turn (1.5 million for 100,000 calls), all kept to
    the end and none in a reference cycle: the cyclic collector would only scan them again and
    again as they pile up (a fifth of the time at 50,000 calls). It is off while the report
    is built, and back as it was after."""

    @functools.wraps(build)
    def without_gc(*args: Any, **kwargs: Any) -> Report:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return without_gc


@_without_gc
def build_report(store: Store, trainee: str | None = None) -> Report:
    """Everything the report shows, from one pass over the calls and one over the turns."""
    people: dict[str, TraineeReport] = {}
    call_owner: dict[int, str] = {}  # call id -> trainee
    calls_of: dict[str, list[int]] = {}  # trainee -> call ids, oldest first
    totals: dict[str, dict[str, list[float]]] = {}
    for row in store.query(
        """SELECT c.id, t.name AS trainee, c.scenario, c.recorded_at, c.outcome, c.failed,
                  c.compliance_json, c.urgency, c.politeness, c.focus, c.promise, c.composure,
                  c.overall
           FROM calls c JOIN trainees t ON t.id = c.trainee_id"""
        + (" WHERE t.name = ?" if trainee is not None else "")
        + " ORDER BY t.name, c.recorded_at, c.id",
        (trainee,) if trainee is not None else (),
    ):
        name = row["trainee"]
        call_owner[int(row["id"])] = name
        calls_of.setdefault(name, []).append(int(row["id"]))
        person = people.setdefault(name, TraineeReport(name=name))
        sums = totals.setdefault(name, {k: [] for k in SCORE_NAMES})
        person.calls += 1
        outcome = row["outcome"] or INCOMPLETE
        person.outcomes[outcome] = person.outcomes.get(outcome, 0) + 1
        if row["outcome"] is None:
            person.incomplete += 1
            continue
        person.completed += 1
        for key in SCORE_NAMES:
            if row[key] is not None:
                sums[key].append(float(row[key]))
        if row["failed"]:
            person.compliance_failures += 1
        if row["compliance_json"] not in ("[]", "", None):
            for finding in json.loads(row["compliance_json"]):
                rule = str(finding.get("rule", "?"))
                person.compliance_rules[rule] = person.compliance_rules.get(rule, 0) + 1
        if row["overall"] is not None:
            person.trend.append(
                TrendPoint(
                    int(row["id"]),
                    str(row["recorded_at"]),
                    str(row["scenario"]),
                    int(row["overall"]),
                )
            )
    if trainee is None:
        for name in store.trainee_names():  # a trainee registered but with no call yet
            people.setdefault(name, TraineeReport(name=name))
            totals.setdefault(name, {k: [] for k in SCORE_NAMES})

    for name, person in people.items():
        sums = totals[name]
        person.scores = {k: (sum(v) / len(v) if v else None) for k, v in sums.items()}
        if person.completed:
            person.promise_rate = person.outcomes.get("promise_secured", 0) / person.completed
            person.hang_up_rate = person.outcomes.get("hung_up", 0) / person.completed

    by_call: dict[int, list[TurnFacts]] = {}
    for values in store.turn_values(FACT_COLUMNS, None if trainee is None else call_owner):
        if values[0] in call_owner:
            by_call.setdefault(values[0], []).append(facts_from_values(values))
    for name, call_ids in calls_of.items():
        # oldest call first, as the calls were read
        facts = [f for call_id in call_ids for f in by_call.get(call_id, ())]
        if facts:
            people[name].turns = len(facts)
            people[name].temperament = read_temperament(facts)
    for person in people.values():
        if person.temperament is None:
            person.temperament = read_temperament([])

    ordered = [people[n] for n in sorted(people)]
    return Report(
        database=str(store.path), trainees=ordered, team=team_summary(ordered, totals.values())
    )


def team_summary(
    trainees: list[TraineeReport], score_lists: Iterable[dict[str, list[float]]] = ()
) -> TeamSummary:
    score_lists = list(score_lists)
    counts = Counter(t.temperament_type for t in trainees)
    temperaments = {kind: counts.get(kind, 0) for kind in (*TYPES, UNCERTAIN)}
    training = [
        {
            "type": kind,
            "trainees": [t.name for t in trainees if t.temperament_type == kind],
            "train": TRAINING[kind],
        }
        for kind in (*TYPES, UNCERTAIN)
        if counts.get(kind)
    ]
    # the team's average is the average call, not the average of trainees' averages
    scores: dict[str, float | None] = {}
    for key in SCORE_NAMES:
        values = [v for sums in score_lists for v in sums.get(key, [])]
        scores[key] = sum(values) / len(values) if values else None
    return TeamSummary(
        trainees=len(trainees),
        calls=sum(t.calls for t in trainees),
        turns=sum(t.turns for t in trainees),
        temperaments=temperaments,
        training=training,
        scores=scores,
    )
