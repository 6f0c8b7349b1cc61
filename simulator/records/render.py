"""The report as text (for a terminal), CSV (one row per trainee) and JSON."""

from __future__ import annotations

import csv
import io
import json

from simulator.records.report import SCORE_NAMES, Report, TraineeReport
from simulator.textsafe import shown

SPARK = "▁▂▃▄▅▆▇█"

CSV_COLUMNS = (
    "name", "calls", "completed", "incomplete", "turns",
    *(f"avg_{k}" for k in SCORE_NAMES),
    "promise_rate", "hang_up_rate", "compliance_failures",
    "temperament", "confidence", "assertiveness", "self_control", "engagement", "yielding",
    "trend", "weak_spot", "evidence",
)  # fmt: skip


def safe(text: str) -> str:
    """Trainee text as typed, with control characters (escape sequences, line breaks that
    would forge a line of the report) and reordering characters shown as escapes."""
    return shown(text)


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def num(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def sparkline(values: list[int]) -> str:
    return "".join(SPARK[min(len(SPARK) - 1, max(0, v * len(SPARK) // 101))] for v in values)


def render_text(report: Report) -> str:
    team = report.team
    incomplete = sum(t.incomplete for t in report.trainees)
    out = [
        f"Team report: {team.trainees} trainee{'s' if team.trainees != 1 else ''}, "
        f"{team.calls} call{'s' if team.calls != 1 else ''}"
        + (f" ({incomplete} incomplete)" if incomplete else "")
        + f", {team.turns} turns",
        f"database: {safe(str(report.database))}",
        "",
    ]
    for person in report.trainees:
        out.extend(_trainee_text(person))
        out.append("")
    out.append("Team")
    out.append("  average      " + "  ".join(f"{k} {num(team.scores.get(k))}" for k in SCORE_NAMES))
    out.append("  temperaments " + ", ".join(f"{k} {n}" for k, n in team.temperaments.items()))
    if team.training:
        out.append("  what to train")
        for item in team.training:
            names = ", ".join(safe(n) for n in item["trainees"])
            out.append(f"    {item['type']} ({names}): {item['train']}")
    return "\n".join(out) + "\n"


def _trainee_text(person: TraineeReport) -> list[str]:
    lines = [
        f"{safe(person.name)}: {person.calls} call{'s' if person.calls != 1 else ''}"
        + (f" ({person.incomplete} incomplete)" if person.incomplete else "")
        + f", {person.turns} turns"
    ]
    if not person.completed:
        lines.append("  no completed call yet")
    else:
        lines.append(
            "  scores       " + "  ".join(f"{k} {num(person.scores.get(k))}" for k in SCORE_NAMES)
        )
        rules = ", ".join(f"{r} x{n}" for r, n in sorted(person.compliance_rules.items()))
        lines.append(
            f"  outcomes     promise rate {pct(person.promise_rate)}  hang-up rate "
            f"{pct(person.hang_up_rate)}  compliance failures {person.compliance_failures} "
            f"call{'s' if person.compliance_failures != 1 else ''}"
        )
        if rules:
            lines.append(f"  findings     {rules}")
        points = [p.overall for p in person.trend]
        lines.append(
            f"  trend        {person.trend_direction}  {sparkline(points[-40:])} "
            "(overall per call, oldest first)"
        )
    reading = person.temperament
    if reading is not None:
        m = reading.measures
        if reading.type == "uncertain":
            lean = f"; leaning {reading.leaning}" if reading.leaning else ""
            lines.append(f"  temperament  uncertain: {reading.reason}{lean}")
        else:
            lines.append(
                f"  temperament  {reading.type} (confidence {reading.confidence:.2f}):"
                f" {reading.reason}"
            )
        lines.append(
            f"  measures     assertiveness {m.assertiveness}  self-control "
            f"{m.self_control}  engagement {m.engagement}  yielding {m.yielding}"
        )
        for q in reading.evidence:
            lines.append(f'    "{safe(q.text)}" (call {q.call}, turn {q.turn}: {q.why})')
        lines.append(f"  train next   {reading.weak_spot}")
    return lines


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def cell_text(text: str) -> str:
    """Text for a spreadsheet cell: a leading = + - @ would be run as a formula, so quote it."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(person: TraineeReport) -> dict[str, object]:
    reading = person.temperament
    row: dict[str, object] = {
        "name": cell_text(person.name),
        "calls": person.calls,
        "completed": person.completed,
        "incomplete": person.incomplete,
        "turns": person.turns,
        "promise_rate": "" if person.promise_rate is None else round(person.promise_rate, 3),
        "hang_up_rate": "" if person.hang_up_rate is None else round(person.hang_up_rate, 3),
        "compliance_failures": person.compliance_failures,
        "trend": person.trend_direction,
    }
    for key in SCORE_NAMES:
        value = person.scores.get(key)
        row[f"avg_{key}"] = "" if value is None else round(value, 1)
    if reading is not None:
        row.update(
            {
                "temperament": reading.type,
                "confidence": reading.confidence,
                "assertiveness": reading.measures.assertiveness,
                "self_control": reading.measures.self_control,
                "engagement": reading.measures.engagement,
                "yielding": reading.measures.yielding,
                "weak_spot": reading.weak_spot,
                "evidence": cell_text(" | ".join(q.text for q in reading.evidence)),
            }
        )
    return row


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for person in report.trainees:
        writer.writerow(csv_row(person))
    return buffer.getvalue()
