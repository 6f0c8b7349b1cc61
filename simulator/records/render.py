"""The report as text (for a terminal), CSV (one row per trainee) and JSON."""

from __future__ import annotations

import csv
import io
import json

from simulator.records.report import (
    SCORE_NAMES,
    SKILLS,
    Report,
    TraineeReport,
    half_up,
    outcome_label,
)
from simulator.textsafe import shown

SPARK = "▁▂▃▄▅▆▇█"
BOM = "\ufeff"  # so a spreadsheet reads the file as UTF-8 ("Zoë", not "ZoÃ«")

CSV_COLUMNS = (
    "name", "verdict", "passed", "weakest_skill",
    "pack", "pack_attempt", "pack_calls_done", "pack_calls_total", "pack_complete",
    "calls", "completed", "incomplete", "practice_calls", "pack_calls", "turns",
    *(f"avg_{k}" for k in SCORE_NAMES),
    *(f"{k}_passed" for k in SKILLS),
    "promise_rate", "hang_up_rate", "compliance_failures", "compliance_findings",
    "temperament", "leaning", "confidence", "assertiveness", "self_control", "engagement",
    "yielding", "trend", "weak_spot", "evidence",
)  # fmt: skip


def safe(text: str) -> str:
    """Trainee text as typed, with control characters (escape sequences, line breaks that
    would forge a line of the report) and reordering characters shown as escapes."""
    return shown(text)


def pct(value: float | None) -> str:
    """A rate as a whole percent, from the rate the JSON gives (3 places), rounded half up."""
    return "-" if value is None else f"{half_up(100 * half_up(value, 3)):.0f}%"


def num(value: float | None) -> str:
    """A score as a whole number, rounded half up (72.5 -> 73)."""
    return "-" if value is None else f"{half_up(value):.0f}"


def yes_no(value: bool | None, yes: str = "pass", no: str = "fail") -> str:
    return "-" if value is None else (yes if value else no)


def temperament_line(person: TraineeReport) -> str:
    """ "confident (confidence 0.72): ..." or "uncertain, leaning aggressive (confidence
    0.31): ..." - the same words in every format."""
    reading = person.temperament
    if reading is None:
        return "uncertain"
    if reading.type == "uncertain":
        lean = f", leaning {reading.leaning}" if reading.leaning else ""
        return f"uncertain{lean} (confidence {reading.confidence:.2f}): {reading.reason}"
    return f"{reading.type} (confidence {reading.confidence:.2f}): {reading.reason}"


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
        f"report of {report.generated[:10]}: {report.period()}; "
        + ("assessment pack only" if report.pack_only else "pack and practice calls"),
        f"pass mark: overall {report.pass_mark.overall} and no critical compliance finding; "
        f"each skill {report.pass_mark.skill}",
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
        + (f" ({person.pack_calls} pack, {person.practice_calls} practice)" if person.calls else "")
        + f": {person.verdict.upper()}"
    ]
    if person.pack is not None:
        lines.append(f"  pack         {person.pack.describe()}")
    if not person.completed:
        lines.append("  no completed call yet")
    else:
        lines.append(
            "  scores       " + "  ".join(f"{k} {num(person.scores.get(k))}" for k in SCORE_NAMES)
        )
        lines.append(
            "  skills       "
            + "  ".join(
                f"{k} {yes_no(person.skills_passed.get(k))}"
                for k in SKILLS
                if person.skills_passed.get(k) is not None
            )
        )
        if person.weakest:
            lines.append(f"  weakest      {person.weakest}: {person.advice}")
        rules = ", ".join(f"{r} x{n}" for r, n in sorted(person.compliance_rules.items()))
        lines.append(
            f"  outcomes     promise rate {pct(person.promise_rate)}  hang-up rate "
            f"{pct(person.hang_up_rate)}  compliance failures {person.compliance_failures} "
            f"call{'s' if person.compliance_failures != 1 else ''}"
        )
        if rules:
            lines.append(f"  findings     {rules}")
        points = [p.overall for p in person.trend]
        if points:
            lines.append(
                f"  trend        {person.trend_direction}  {sparkline(points[-40:])} "
                "(overall per practice call, oldest first)"
            )
    reading = person.temperament
    if reading is not None:
        m = reading.measures
        lines.append(f"  temperament  {temperament_line(person)}")
        lines.append(
            f"  measures     assertiveness {m.assertiveness}  self-control "
            f"{m.self_control}  engagement {m.engagement}  yielding {m.yielding}"
        )
        for q in reading.evidence:
            lines.append(f'    "{safe(q.text)}" ({q.call}, turn {q.turn}: {q.why})')
        lines.append(f"  train next   {reading.weak_spot}")
    if person.call_list:
        lines.append("  calls")
        for c in person.call_list:
            findings = f"; findings: {', '.join(c.findings)}" if c.findings else ""
            lines.append(
                f"    {c.label}: {c.title}, {c.recorded_at[:10]}, {outcome_label(c.outcome)}, "
                f"overall {num(c.overall)}, {yes_no(c.passed, 'pass', 'FAIL')}"
                + (" (critical finding)" if c.critical else "")
                + findings
            )
    return lines


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def cell_text(text: str) -> str:
    """Text for a spreadsheet cell: a leading = + - @ would be run as a formula, so quote it."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(person: TraineeReport) -> dict[str, object]:
    reading = person.temperament
    pack = person.pack
    row: dict[str, object] = {
        "name": cell_text(safe(person.name)),
        "verdict": person.verdict,
        "passed": yes_no(person.passed, "yes", "no") if person.passed is not None else "",
        "weakest_skill": person.weakest or "",
        "pack": pack.pack if pack else "",
        "pack_attempt": pack.attempt if pack else "",
        "pack_calls_done": pack.calls_done if pack else "",
        "pack_calls_total": pack.calls_total if pack else "",
        "pack_complete": ("yes" if pack.complete else "no") if pack else "",
        "calls": person.calls,
        "completed": person.completed,
        "incomplete": person.incomplete,
        "practice_calls": person.practice_calls,
        "pack_calls": person.pack_calls,
        "turns": person.turns,
        "promise_rate": "" if person.promise_rate is None else half_up(person.promise_rate, 3),
        "hang_up_rate": "" if person.hang_up_rate is None else half_up(person.hang_up_rate, 3),
        "compliance_failures": person.compliance_failures,
        "compliance_findings": "; ".join(
            f"{rule} x{n}" for rule, n in sorted(person.compliance_rules.items())
        ),
        "trend": person.trend_direction,
    }
    for key in SCORE_NAMES:
        value = person.scores.get(key)
        row[f"avg_{key}"] = "" if value is None else half_up(value, 1)
    for key in SKILLS:
        row[f"{key}_passed"] = (
            "" if person.skills_passed.get(key) is None else yes_no(person.skills_passed[key])
        )
    if reading is not None:
        row.update(
            {
                "temperament": reading.type,
                "leaning": reading.leaning or "",
                "confidence": f"{reading.confidence:.2f}",
                "assertiveness": reading.measures.assertiveness,
                "self_control": reading.measures.self_control,
                "engagement": reading.measures.engagement,
                "yielding": reading.measures.yielding,
                "weak_spot": reading.weak_spot,
                "evidence": cell_text(
                    " | ".join(
                        f"{safe(q.text)} ({q.call}, turn {q.turn})" for q in reading.evidence
                    )
                ),
            }
        )
    return row


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for person in report.trainees:
        writer.writerow(csv_row(person))
    return buffer.getvalue()
