"""The team report as plain data: per trainee and per team, computed from the records.

Rendering (text, CSV, JSON, HTML) lives in `render.py` and `html_report.py`; the terminal
UI's team screen reads the same `Report`, so every view shows the same numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from simulator.records.names import name_key
from simulator.records.store import Store
from simulator.records.stored import SCORE_NAMES, StoredAttempt
from simulator.scoring.dimensions import DIMENSIONS, REGISTRY
from simulator.scoring.temperament import (
    TRAINING,
    TYPES,
    UNCERTAIN,
    CallSummary,
    Reading,
    TurnFacts,
    read_summaries,
    read_temperament,
    summarise_call,
)

SKILLS = (*DIMENSIONS, "promise", "composure")
INCOMPLETE = "incomplete"
DEFAULT_PASS_MARK = 70

# Human labels for the outcome codes the records keep.
OUTCOME_LABELS = {
    "promise_secured": "promise secured",
    "vague_promise": "vague promise only",
    "unconfirmed": "terms not confirmed",
    "short_of_goal": "terms short of the goal",
    "no_way_to_pay": "no way to pay agreed",
    "refused": "refused",
    "hung_up": "debtor hung up",
    "escalated": "escalated",
    "turn_limit": "ran out of turns",
    "ended_by_trainee": "ended by trainee",
    INCOMPLETE: "incomplete",
}

# What to practise for each skill when it is a person's weakest (DOMAIN.md guidance).
SKILL_ADVICE = {
    **{d.name: d.advice for d in REGISTRY.values()},
    "promise": "Close with amount, date and method, then restate them and ask the debtor to "
    "confirm (DOMAIN 2: promise to pay).",
    "composure": "When the debtor is rude, stay calm and polite and come back to the payment; "
    "never answer in kind (guidance 5, 6).",
}


def half_up(value: float, places: int = 0) -> float:
    """Rounded half away from zero, as people round (72.5 -> 73), not half to even."""
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def whole(value: float | None) -> int | None:
    return None if value is None else int(half_up(value))


def outcome_label(code: str | None) -> str:
    code = code or INCOMPLETE
    return OUTCOME_LABELS.get(code, code.replace("_", " "))


@dataclass(frozen=True)
class PassMark:
    """A collector passes with an average overall of at least `overall` and no critical
    compliance finding; a skill passes at `skill` or more; a call at `overall` or more and
    no critical finding."""

    overall: int = DEFAULT_PASS_MARK
    skill: int = DEFAULT_PASS_MARK

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "skill": self.skill, "critical_compliance": "fails"}


@dataclass(frozen=True)
class TrendPoint:
    call_id: int
    recorded_at: str
    scenario: str
    overall: int
    label: str = ""


@dataclass(frozen=True)
class CallEntry:
    """One call in a trainee's call list."""

    call_id: int
    label: str  # "pack call 2" (attempt 2: "pack call 2, attempt 2"), "practice call 3"
    kind: str  # "pack" or "practice"
    attempt: int | None
    scenario: str
    title: str
    recorded_at: str
    outcome: str
    turns: int
    overall: int | None
    critical: bool  # a critical compliance finding
    findings: tuple[str, ...]
    passed: bool | None  # None while incomplete

    def to_dict(self) -> dict[str, Any]:
        return {
            "call": self.label,
            "kind": self.kind,
            "attempt": self.attempt,
            "scenario": self.scenario,
            "title": self.title,
            "recorded_at": self.recorded_at,
            "outcome": self.outcome,
            "outcome_label": outcome_label(self.outcome),
            "turns": self.turns,
            "overall": self.overall,
            "critical_finding": self.critical,
            "findings": list(self.findings),
            "passed": self.passed,
        }


@dataclass(frozen=True)
class PackStatus:
    """A trainee's assessment attempt the report is about."""

    pack: str
    attempt: int
    attempts: int  # how many attempts the trainee started
    calls_done: int
    calls_total: int
    complete: bool
    started_at: str
    finished_at: str | None

    def describe(self) -> str:
        state = (
            "complete"
            if self.complete
            else f"incomplete, {self.calls_done} of {self.calls_total} calls"
        )
        return f"attempt {self.attempt} of {self.attempts} at {self.pack}: {state}"


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
    practice_calls: int = 0
    pack_calls: int = 0
    pack: PackStatus | None = None
    call_list: list[CallEntry] = field(default_factory=list)
    passed: bool | None = None  # None: no completed call (or the pack is incomplete)
    skills_passed: dict[str, bool | None] = field(default_factory=dict)
    weakest: str | None = None

    @property
    def trend_direction(self) -> str:
        return trend_direction([p.overall for p in self.trend])

    @property
    def advice(self) -> str | None:
        return SKILL_ADVICE.get(self.weakest) if self.weakest else None

    @property
    def verdict(self) -> str:
        if self.passed is None:
            if self.pack is not None and not self.pack.complete:
                return f"incomplete ({self.pack.calls_done} of {self.pack.calls_total} calls)"
            return "no completed call"
        return "pass" if self.passed else "fail"

    @property
    def temperament_type(self) -> str:
        return self.temperament.type if self.temperament else UNCERTAIN

    def to_dict(self) -> dict[str, Any]:
        reading = self.temperament
        pack = self.pack
        return {
            "name": self.name,
            "calls": self.calls,
            "completed": self.completed,
            "incomplete": self.incomplete,
            "practice_calls": self.practice_calls,
            "pack_calls": self.pack_calls,
            "turns": self.turns,
            "scores": {k: _round(v) for k, v in self.scores.items()},
            "passed": self.passed,
            "verdict": self.verdict,
            "skills": {
                k: {"score": _round(self.scores.get(k)), "passed": self.skills_passed.get(k)}
                for k in SKILLS
            },
            "weakest_skill": self.weakest,
            "advice": self.advice,
            "pack": None
            if pack is None
            else {
                "name": pack.pack,
                "complete": pack.complete,
                "calls_done": pack.calls_done,
                "calls_total": pack.calls_total,
                "attempt": pack.attempt,
                "attempts": pack.attempts,
                "started_at": pack.started_at,
                "finished_at": pack.finished_at,
                "passed": self.passed if pack.complete else None,
            },
            "outcomes": dict(self.outcomes),
            "promise_rate": _round(self.promise_rate, 3),
            "hang_up_rate": _round(self.hang_up_rate, 3),
            "compliance_failures": self.compliance_failures,
            "compliance_rules": dict(self.compliance_rules),
            "temperament": reading.to_dict() if reading else None,
            "trend": {
                "direction": self.trend_direction,
                "of": "practice calls",
                "points": [
                    {
                        "call": p.label,
                        "at": p.recorded_at,
                        "scenario": p.scenario,
                        "overall": p.overall,
                    }
                    for p in self.trend
                ],
            },
            "call_list": [c.to_dict() for c in self.call_list],
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
    generated: str = ""  # the report's date (UTC, ISO)
    since: str | None = None  # the calls' date range asked for (inclusive), ISO dates
    until: str | None = None
    pack_only: bool = False
    pass_mark: PassMark = field(default_factory=PassMark)
    first_call: str | None = None  # the dates of the first and last call reported
    last_call: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated": self.generated,
            "database": self.database,
            "view": "pack" if self.pack_only else "all calls",
            "since": self.since,
            "until": self.until,
            "calls_from": self.first_call,
            "calls_to": self.last_call,
            "pass_mark": self.pass_mark.to_dict(),
            "trainees": [t.to_dict() for t in self.trainees],
            "team": self.team.to_dict(),
        }

    def trainee(self, name: str) -> TraineeReport | None:
        key = name_key(name)
        return next((t for t in self.trainees if name_key(t.name) == key), None)

    def period(self) -> str:
        """The dates the report covers, in words."""
        if self.first_call is None:
            span = "no calls"
        elif self.first_call == self.last_call:
            span = f"calls of {self.first_call}"
        else:
            span = f"calls from {self.first_call} to {self.last_call}"
        asked = []
        if self.since:
            asked.append(f"since {self.since}")
        if self.until:
            asked.append(f"until {self.until}")
        return span + (f" ({', '.join(asked)})" if asked else "")


def _round(value: float | None, places: int = 1) -> float | None:
    return None if value is None else half_up(value, places)


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


def _labels(store: Store, trainee_key: str | None) -> dict[int, tuple[str, str, int | None]]:
    """call id -> (label, kind, attempt number) for every call: "pack call 2" in the first
    attempt ("pack call 2, attempt 3" in later ones), "practice call 4" counted per trainee."""
    sql = """SELECT c.id, c.trainee_id, c.pack_position, a.number
             FROM calls c LEFT JOIN attempts a ON a.id = c.attempt_id
             JOIN trainees t ON t.id = c.trainee_id"""
    params: tuple[Any, ...] = ()
    if trainee_key is not None:
        sql += " WHERE t.key = ?"
        params = (trainee_key,)
    labels: dict[int, tuple[str, str, int | None]] = {}
    practice: Counter[int] = Counter()
    for call_id, trainee_id, position, attempt in store.query(
        sql + " ORDER BY c.recorded_at, c.id", params
    ):
        if attempt is None:
            practice[trainee_id] += 1
            labels[call_id] = (f"practice call {practice[trainee_id]}", "practice", None)
        else:
            label = f"pack call {position}" + (f", attempt {attempt}" if attempt > 1 else "")
            labels[call_id] = (label, "pack", int(attempt))
    return labels


def _chosen_attempts(store: Store, trainee: str | None) -> dict[str, tuple[int, PackStatus]]:
    """trainee name -> (attempt id, status) of the attempt a pack report is about: the latest
    complete one, else the latest."""
    by_trainee: dict[str, list[StoredAttempt]] = {}
    for attempt in store.attempts(trainee):
        by_trainee.setdefault(attempt.trainee, []).append(attempt)
    chosen: dict[str, tuple[int, PackStatus]] = {}
    for name, attempts in by_trainee.items():
        complete = [a for a in attempts if a.finished_at is not None]
        latest = max(complete or attempts, key=lambda a: (a.started_at, a.id))
        chosen[name] = (
            latest.id,
            PackStatus(
                pack=latest.pack,
                attempt=latest.number,
                attempts=len(attempts),
                calls_done=latest.calls_done,
                calls_total=latest.calls_total,
                complete=latest.finished_at is not None,
                started_at=latest.started_at,
                finished_at=latest.finished_at,
            ),
        )
    return chosen


def _in_range(recorded_at: str, since: dt.date | None, until: dt.date | None) -> bool:
    day = recorded_at[:10]
    if since is not None and day < since.isoformat():
        return False
    return not (until is not None and day > until.isoformat())


@_without_gc
def build_report(
    store: Store,
    trainee: str | None = None,
    *,
    pack: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    pass_mark: PassMark | None = None,
    generated: dt.datetime | None = None,
) -> Report:
    """Everything the report shows, from one pass over the calls and one over the turns.

    `pack`: only each trainee's assessment attempt (the latest complete one, else the latest,
    marked incomplete); otherwise every call, pack and practice. `since`/`until` keep the
    calls recorded on those days (UTC, inclusive).
    """
    mark = pass_mark or PassMark()
    key = None if trainee is None else name_key(trainee)
    labels = _labels(store, key)
    # every trainee's attempt status; the pack view keeps only those attempts' calls
    attempts = _chosen_attempts(store, trainee)
    wanted_attempt = {attempt_id for attempt_id, _status in attempts.values()}
    people: dict[str, TraineeReport] = {}
    call_owner: dict[int, str] = {}  # call id -> trainee
    calls_of: dict[str, list[int]] = {}  # trainee -> call ids, oldest first
    totals: dict[str, dict[str, list[float]]] = {}
    summaries: dict[int, CallSummary] = {}  # the stored temperament summaries still valid
    days: list[str] = []
    for call in store.calls(trainee):
        if pack and call.attempt_id not in wanted_attempt:
            continue
        if not _in_range(call.recorded_at, since, until):
            continue
        name = call.trainee
        call_id = call.id
        label, kind, attempt_number = labels.get(call_id, (f"call {call_id}", "practice", None))
        days.append(call.recorded_at[:10])
        call_owner[call_id] = name
        calls_of.setdefault(name, []).append(call_id)
        if call.temperament is not None:
            summaries[call_id] = call.temperament
        person = people.setdefault(name, TraineeReport(name=name))
        sums = totals.setdefault(name, {k: [] for k in SCORE_NAMES})
        person.calls += 1
        if kind == "pack":
            person.pack_calls += 1
        else:
            person.practice_calls += 1
        outcome = call.outcome or INCOMPLETE
        person.outcomes[outcome] = person.outcomes.get(outcome, 0) + 1
        findings = call.rules_broken
        overall = None if call.overall is None else int(call.overall)
        complete = call.outcome is not None
        person.call_list.append(
            CallEntry(
                call_id=call_id,
                label=label,
                kind=kind,
                attempt=attempt_number,
                scenario=call.scenario,
                title=call.title or call.scenario,
                recorded_at=call.recorded_at,
                outcome=outcome,
                turns=call.turn_count,
                overall=overall if complete else None,
                critical=call.failed,
                findings=findings,
                passed=(
                    None
                    if not complete or overall is None
                    else overall >= mark.overall and not call.failed
                ),
            )
        )
        if not complete:
            person.incomplete += 1
            continue
        person.completed += 1
        for score, value in call.scores.items():
            if value is not None:
                sums[score].append(float(value))
        if call.failed:
            person.compliance_failures += 1
        for rule in findings:
            person.compliance_rules[rule] = person.compliance_rules.get(rule, 0) + 1
        if overall is not None and kind == "practice":
            # the trend follows practice calls: pack calls differ in difficulty on purpose
            person.trend.append(
                TrendPoint(call_id, call.recorded_at, call.scenario, overall, label)
            )
    if since is None and until is None:
        names = store.trainee_names() if trainee is None else []
        for name in names:  # a trainee registered but with no call (in this view) yet
            people.setdefault(name, TraineeReport(name=name))
            totals.setdefault(name, {k: [] for k in SCORE_NAMES})

    for name, person in people.items():
        sums = totals[name]
        person.scores = {k: (_round(sum(v) / len(v)) if v else None) for k, v in sums.items()}
        if person.completed:
            person.promise_rate = person.outcomes.get("promise_secured", 0) / person.completed
            person.hang_up_rate = person.outcomes.get("hung_up", 0) / person.completed
        chosen = attempts.get(name)
        person.pack = chosen[1] if chosen else None
        _judge(person, mark, pack_only=pack)

    # a call without a valid stored summary (one that never ended, or from an earlier
    # version) is summarised from its turns
    unsummarised = [call_id for call_id in call_owner if call_id not in summaries]
    by_call: dict[int, list[TurnFacts]] = {}
    if unsummarised:
        for fact in store.turn_facts(unsummarised):
            by_call.setdefault(int(fact.call), []).append(fact)
    for call_id, facts in by_call.items():
        summaries[call_id] = summarise_call(facts)
    for name, call_ids in calls_of.items():
        # oldest call first, as the calls were read; a call without turns says nothing
        said = [
            (str(call_id), summaries[call_id])
            for call_id in call_ids
            if call_id in summaries and summaries[call_id].turns
        ]
        if said:
            people[name].turns = sum(summary.turns for _key, summary in said)
            reading = read_summaries(said)
            # quotes name the call as a person would: "pack call 2", "practice call 3"
            quotes = tuple(
                replace(q, call=labels.get(int(q.call), (q.call,))[0]) if q.call.isdigit() else q
                for q in reading.evidence
            )
            people[name].temperament = replace(reading, evidence=quotes)
    for person in people.values():
        if person.temperament is None:
            person.temperament = read_temperament([])

    ordered = [people[n] for n in sorted(people, key=name_key)]
    now = generated or dt.datetime.now(dt.UTC)
    return Report(
        database=str(store.path),
        trainees=ordered,
        team=team_summary(ordered, totals.values()),
        generated=now.isoformat(timespec="seconds"),
        since=None if since is None else since.isoformat(),
        until=None if until is None else until.isoformat(),
        pack_only=pack,
        pass_mark=mark,
        first_call=min(days) if days else None,
        last_call=max(days) if days else None,
    )


def _judge(person: TraineeReport, mark: PassMark, pack_only: bool) -> None:
    """Pass or fail, per skill and overall, and the weakest skill."""
    scores = person.scores
    person.skills_passed = {
        k: (None if scores.get(k) is None else whole(scores[k]) >= mark.skill)  # type: ignore[operator]
        for k in SKILLS
    }
    present = {k: v for k in SKILLS if (v := scores.get(k)) is not None}
    person.weakest = min(present, key=lambda k: (present[k], SKILLS.index(k))) if present else None
    overall = scores.get("overall")
    unfinished_pack = pack_only and person.pack is not None and not person.pack.complete
    if overall is None or not person.completed or unfinished_pack:
        person.passed = None
    else:
        person.passed = whole(overall) >= mark.overall and person.compliance_failures == 0  # type: ignore[operator]


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
        scores[key] = _round(sum(values) / len(values)) if values else None
    return TeamSummary(
        trainees=len(trainees),
        calls=sum(t.calls for t in trainees),
        turns=sum(t.turns for t in trainees),
        temperaments=temperaments,
        training=training,
        scores=scores,
    )
