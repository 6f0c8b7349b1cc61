"""The report as one self-contained, printable HTML page with inline SVG charts.

No scripts, no external files: a team lead can mail it or print it. Every piece of text that
came from a trainee or a content file is escaped.
"""

from __future__ import annotations

from html import escape

from simulator.records.render import num, pct
from simulator.records.report import SCORE_NAMES, Report, TraineeReport
from simulator.scoring.temperament import TYPES, UNCERTAIN

COLOURS = {
    "confident": "#2e7d32",
    "aggressive": "#c62828",
    "introverted": "#6a1b9a",
    "timid": "#ef6c00",
    UNCERTAIN: "#757575",
}
BAR = "#1565c0"

CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 60em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; }
td.num, th.num { text-align: right; }
section.trainee { border-top: 2px solid #444; margin-top: 1.5em; page-break-inside: avoid; }
blockquote { margin: .3em 0 .3em 1em; font-style: italic; }
.why { color: #555; font-style: normal; font-size: .9em; }
.muted { color: #666; }
@media print { body { margin: 0; } section.trainee { page-break-inside: avoid; } }
"""


def render_html(report: Report) -> str:
    team = report.team
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>collectsim team report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Team report</h1>",
        f'<p class="muted">{team.trainees} trainees, {team.calls} calls, {team.turns} turns. '
        f"Database: {escape(report.database)}</p>",
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


def _summary_table(report: Report) -> str:
    head = "".join(f'<th class="num">{escape(k)}</th>' for k in SCORE_NAMES)
    rows = [
        '<table class="summary"><thead><tr><th>trainee</th><th class="num">calls</th>'
        f'{head}<th class="num">promise rate</th><th class="num">hang-up rate</th>'
        '<th class="num">compliance failures</th><th>temperament</th></tr></thead><tbody>'
    ]
    for p in report.trainees:
        cells = "".join(f'<td class="num">{num(p.scores.get(k))}</td>' for k in SCORE_NAMES)
        rows.append(
            f'<tr><td>{escape(p.name)}</td><td class="num">{p.calls}</td>{cells}'
            f'<td class="num">{pct(p.promise_rate)}</td><td class="num">{pct(p.hang_up_rate)}'
            f'</td><td class="num">{p.compliance_failures}</td>'
            f"<td>{escape(p.temperament_type)}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _trainee_section(p: TraineeReport) -> str:
    reading = p.temperament
    out = [
        f'<section class="trainee"><h2>{escape(p.name)}</h2>',
        f"<p>{p.calls} calls ({p.incomplete} incomplete), {p.turns} turns; promise rate "
        f"{pct(p.promise_rate)}, hang-up rate {pct(p.hang_up_rate)}, compliance failures "
        f"{p.compliance_failures}.</p>",
        score_bars({k: p.scores.get(k) for k in SCORE_NAMES}),
        f"<p>Trend: <strong>{escape(p.trend_direction)}</strong></p>",
        trend_chart([pt.overall for pt in p.trend]),
    ]
    if reading is not None:
        kind = reading.type
        head = (
            f"uncertain: {reading.reason}"
            if kind == UNCERTAIN
            else f"{kind} (confidence {reading.confidence:.2f}): {reading.reason}"
        )
        m = reading.measures
        out.append(f"<p>Temperament: <strong>{escape(head)}</strong></p>")
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
                f'<blockquote>“{escape(q.text)}” <span class="why">call '
                f"{escape(q.call)}, turn {q.turn}: {escape(q.why)}</span></blockquote>"
            )
        out.append(f"<p>Train next: {escape(reading.weak_spot)}</p>")
    out.append("</section>")
    return "\n".join(out)


def score_bars(values: dict[str, float | int | None], width: int = 420) -> str:
    """Horizontal bars 0-100, one per name."""
    label_w, row_h = 110, 20
    height = row_h * len(values) + 4
    bar_w = width - label_w - 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="scores">'
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
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{row_h * len(counts) + 4}" role="img" aria-label="temperaments">'
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


def trend_chart(values: list[int], width: int = 420, height: int = 110) -> str:
    """Overall score per call, oldest first, as a line on a 0-100 scale."""
    if len(values) < 2:
        return '<p class="muted">Not enough completed calls for a trend.</p>'
    pad = 24
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    step = inner_w / (len(values) - 1)
    points = " ".join(
        f"{pad + i * step:.1f},{pad + inner_h * (1 - v / 100):.1f}" for i, v in enumerate(values)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="overall score per call">'
        f'<rect x="{pad}" y="{pad}" width="{inner_w}" height="{inner_h}" fill="none" '
        'stroke="#ccc"/>'
        f'<text x="2" y="{pad + 4}" font-size="10">100</text>'
        f'<text x="8" y="{pad + inner_h + 4}" font-size="10">0</text>'
        f'<polyline class="trend" points="{points}" fill="none" stroke="{BAR}" '
        'stroke-width="2"/></svg>'
    )
