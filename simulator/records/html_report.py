"""The report as one self-contained, printable HTML page with inline SVG charts.

No scripts, no external files: a team lead can mail it or print it. Every piece of text that
came from a trainee or a content file is escaped. It reads on a phone: a viewport, tables that
stack into labelled cards below 640 px, and charts that scale to the width (SVG viewBox) with
their values written beside the bars and points. The database's path is not printed (the page
is meant to be passed on).
"""

from __future__ import annotations

from html import escape

from simulator.records.render import num, pct, temperament_line, yes_no
from simulator.records.report import (
    SCORE_NAMES,
    SKILLS,
    CallEntry,
    Report,
    TraineeReport,
    outcome_label,
)
from simulator.scoring.temperament import TYPES, UNCERTAIN

COLOURS = {
    "confident": "#2e7d32",
    "aggressive": "#c62828",
    "introverted": "#6a1b9a",
    "timid": "#ef6c00",
    UNCERTAIN: "#757575",
}
BAR = "#1565c0"
PASS, FAIL = "#2e7d32", "#c62828"

CSS = """
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 1rem auto; padding: 0 1rem; color: #222;
       max-width: 78rem; line-height: 1.4; }
table.summary { font-size: .9em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: .5em 0; width: 100%; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; }
section.trainee { border-top: 2px solid #444; margin-top: 1.5em; page-break-inside: avoid; }
blockquote { margin: .3em 0 .3em 1em; font-style: italic; overflow-wrap: anywhere; }
.why { color: #555; font-style: normal; font-size: .9em; }
.muted { color: #666; }
.pass { color: #2e7d32; font-weight: bold; } .fail { color: #c62828; font-weight: bold; }
.open { color: #757575; font-weight: bold; }
svg.chart { width: 100%; max-width: 36rem; height: auto; display: block; }
p, li, td { overflow-wrap: break-word; }
th { font-size: .85em; }
.wide { overflow-x: auto; }
@media (max-width: 640px) {
  table.stack thead { display: none; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border: 1px solid #ccc; margin-bottom: .6em; }
  table.stack td { border: none; border-bottom: 1px solid #eee; text-align: right;
                   display: flex; justify-content: space-between; gap: 1em; }
  table.stack td::before { content: attr(data-label); flex: 0 0 45%; text-align: left;
                           font-weight: bold; }
}
@media print { body { margin: 0; } section.trainee { page-break-inside: avoid; } }
"""


def render_html(report: Report) -> str:
    team = report.team
    view = "assessment pack only" if report.pack_only else "pack and practice calls"
    mark = report.pass_mark
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>collectsim team report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Team report</h1>",
        f'<p class="muted">Report of {escape(report.generated[:10])}: '
        f"{escape(report.period())}; {escape(view)}. {team.trainees} trainees, "
        f"{team.calls} calls, {team.turns} turns.</p>",
        f"<p>Pass mark: an average overall score of {mark.overall} or more and no critical "
        f"compliance finding; a skill passes at {mark.skill}.</p>",
        '<h2 id="team">Team</h2>',
        _summary_table(report),
        "<h3>Team average per call</h3>",
        score_bars({k: team.scores.get(k) for k in SCORE_NAMES}),
        "<h3>Temperaments</h3>",
        temperament_chart(team.temperaments),
        "<h3>What to train</h3>",
        "<ul>",
    ]
    for item in team.training:
        names = ", ".join(escape(n) for n in item["trainees"])
        parts.append(
            f"<li><strong>{escape(item['type'])}</strong> ({names}): {escape(item['train'])}</li>"
        )
    parts.append("</ul>")
    for person in report.trainees:
        parts.append(_trainee_section(person))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _verdict(person: TraineeReport) -> str:
    css = {True: "pass", False: "fail", None: "open"}[person.passed]
    return f'<span class="{css}">{escape(person.verdict)}</span>'


def _cell(label: str, value: str, numeric: bool = False) -> str:
    cls = ' class="num"' if numeric else ""
    return f'<td{cls} data-label="{escape(label)}">{value}</td>'


def _summary_table(report: Report) -> str:
    head = "".join(f'<th class="num">{escape(k)}</th>' for k in SCORE_NAMES)
    rows = [
        '<div class="wide"><table class="summary stack"><thead><tr><th>trainee</th><th>verdict</th>'
        f'<th>pack</th><th class="num">calls</th>{head}<th class="num">promise rate</th>'
        '<th class="num">hang-up rate</th><th class="num">compliance failures</th>'
        "<th>temperament</th></tr></thead><tbody>"
    ]
    for p in report.trainees:
        cells = "".join(_cell(k, num(p.scores.get(k)), True) for k in SCORE_NAMES)
        pack = (
            "-"
            if p.pack is None
            else f"attempt {p.pack.attempt}: {p.pack.calls_done} of {p.pack.calls_total}"
            + ("" if p.pack.complete else " (incomplete)")
        )
        kind = p.temperament_type
        if p.temperament is not None and kind == UNCERTAIN and p.temperament.leaning:
            kind = f"uncertain, leaning {p.temperament.leaning}"
        rows.append(
            "<tr>"
            + _cell("trainee", escape(p.name))
            + _cell("verdict", _verdict(p))
            + _cell("pack", escape(pack))
            + _cell("calls", str(p.calls), True)
            + cells
            + _cell("promise rate", pct(p.promise_rate), True)
            + _cell("hang-up rate", pct(p.hang_up_rate), True)
            + _cell("compliance failures", str(p.compliance_failures), True)
            + _cell("temperament", escape(kind))
            + "</tr>"
        )
    rows.append("</tbody></table></div>")
    return "\n".join(rows)


def _call_table(calls: list[CallEntry]) -> str:
    rows = [
        '<table class="calls stack"><thead><tr><th>call</th><th>scenario</th><th>date</th>'
        '<th>outcome</th><th class="num">overall</th><th>result</th><th>findings</th>'
        "</tr></thead><tbody>"
    ]
    for c in calls:
        result = {True: "pass", False: "fail", None: "open"}[c.passed]
        shown = yes_no(c.passed) if c.passed is not None else "incomplete"
        if c.critical:
            shown += " (critical finding)"
        rows.append(
            "<tr>"
            + _cell("call", escape(c.label))
            + _cell("scenario", escape(c.title))
            + _cell("date", escape(c.recorded_at[:10]))
            + _cell("outcome", escape(outcome_label(c.outcome)))
            + _cell("overall", num(c.overall), True)
            + _cell("result", f'<span class="{result}">{escape(shown)}</span>')
            + _cell("findings", escape(", ".join(c.findings)) or "-")
            + "</tr>"
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _trainee_section(p: TraineeReport) -> str:
    reading = p.temperament
    out = [
        f'<section class="trainee"><h2>{escape(p.name)}: {_verdict(p)}</h2>',
        f"<p>{p.calls} calls ({p.pack_calls} pack, {p.practice_calls} practice; "
        f"{p.incomplete} incomplete), {p.turns} turns; promise rate {pct(p.promise_rate)}, "
        f"hang-up rate {pct(p.hang_up_rate)}, compliance failures {p.compliance_failures}.</p>",
    ]
    if p.pack is not None:
        out.append(f"<p>Assessment: {escape(p.pack.describe())}.</p>")
    out.append(score_bars({k: p.scores.get(k) for k in SCORE_NAMES}))
    skills = [
        f'{escape(k)} <span class="{"pass" if ok else "fail"}">{yes_no(ok)}</span>'
        for k in SKILLS
        if (ok := p.skills_passed.get(k)) is not None
    ]
    if skills:
        out.append(f"<p>Skills: {', '.join(skills)}.</p>")
    if p.weakest:
        out.append(
            f"<p>Weakest skill: <strong>{escape(p.weakest)}</strong>. {escape(p.advice or '')}</p>"
        )
    if p.compliance_rules:
        rules = ", ".join(f"{escape(r)} ×{n}" for r, n in sorted(p.compliance_rules.items()))
        out.append(f"<p>Compliance findings: {rules}.</p>")
    if p.trend:
        out.append(
            f"<p>Trend over practice calls: <strong>{escape(p.trend_direction)}</strong></p>"
        )
        out.append(trend_chart([pt.overall for pt in p.trend], [pt.label for pt in p.trend]))
    if reading is not None:
        out.append(f"<p>Temperament: <strong>{escape(temperament_line(p))}</strong></p>")
        m = reading.measures
        out.append(
            score_bars(
                {
                    "assertiveness": m.assertiveness,
                    "self-control": m.self_control,
                    "engagement": m.engagement,
                    "yielding": m.yielding,
                }
            )
        )
        for q in reading.evidence:
            out.append(
                f'<blockquote>“{escape(q.text)}” <span class="why">{escape(q.call)}, '
                f"turn {q.turn}: {escape(q.why)}</span></blockquote>"
            )
        out.append(f"<p>Train next: {escape(reading.weak_spot)}</p>")
    if p.call_list:
        out.append("<h3>Calls</h3>")
        out.append(_call_table(p.call_list))
    out.append("</section>")
    return "\n".join(out)


def score_bars(values: dict[str, float | int | None], width: int = 420) -> str:
    """Horizontal bars 0-100, one per name, each with its value written at its end."""
    label_w, row_h = 110, 20
    height = row_h * len(values) + 4
    bar_w = width - label_w - 40
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="scores">'
    ]
    for i, (name, value) in enumerate(values.items()):
        y = i * row_h + 2
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="12" fill="#eee"/>')
        if value is not None:
            w = round(bar_w * max(0.0, min(100.0, float(value))) / 100)
            parts.append(
                f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" '
                f'height="12" fill="{BAR}" data-value="{float(value):.1f}"/>'
            )
        parts.append(
            f'<text x="{label_w + bar_w + 6}" y="{y + 14}" font-size="12">{num(value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def temperament_chart(counts: dict[str, int], width: int = 420) -> str:
    total = max(1, max(counts.values(), default=0))
    label_w, row_h = 100, 22
    bar_w = width - label_w - 40
    height = row_h * len(counts) + 4
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="temperaments">'
    ]
    for i, (kind, n) in enumerate(counts.items()):
        y = i * row_h + 2
        w = round(bar_w * n / total)
        colour = COLOURS.get(kind, BAR) if kind in (*TYPES, UNCERTAIN) else BAR
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(kind)}</text>')
        parts.append(
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="14" '
            f'fill="{colour}" data-value="{n}"/>'
        )
        parts.append(f'<text x="{label_w + w + 6}" y="{y + 15}" font-size="12">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def trend_chart(
    values: list[int], labels: list[str] | None = None, width: int = 420, height: int = 170
) -> str:
    """Overall score per practice call, oldest first: a line on a 0-100 scale with a point and
    its value for each call, gridlines at 0, 50 and 100, and the calls numbered below."""
    if len(values) < 2:
        return '<p class="muted">Not enough completed practice calls for a trend.</p>'
    values = values[-20:]
    left, right, top, bottom = 30, 12, 18, 34
    inner_w, inner_h = width - left - right, height - top - bottom
    step = inner_w / (len(values) - 1)

    def y_of(v: float) -> float:
        return top + inner_h * (1 - max(0.0, min(100.0, v)) / 100)

    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="overall score per practice call">'
    ]
    for level in (0, 50, 100):
        y = y_of(level)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{level}</text>'
        )
    points = [(left + i * step, y_of(v)) for i, v in enumerate(values)]
    parts.append(
        '<polyline class="trend" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        + f'" fill="none" stroke="{BAR}" stroke-width="2"/>'
    )
    every = max(1, len(values) // 10)
    for i, ((x, y), v) in enumerate(zip(points, values, strict=True)):
        title = escape(labels[-len(values) :][i]) if labels else f"call {i + 1}"
        parts.append(
            f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{BAR}">'
            f"<title>{title}: {v}</title></circle>"
        )
        if i % every == 0 or i == len(values) - 1:
            parts.append(
                f'<text x="{x:.1f}" y="{y - 7:.1f}" font-size="11" text-anchor="middle">{v}</text>'
                f'<text x="{x:.1f}" y="{height - bottom + 16}" font-size="11" '
                f'text-anchor="middle">{i + 1}</text>'
            )
    parts.append(
        f'<text x="{left + inner_w / 2:.1f}" y="{height - 4}" font-size="11" '
        'text-anchor="middle">practice call (oldest first)</text></svg>'
    )
    return "".join(parts)
