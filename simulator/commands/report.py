"""`collectsim report`: how each trainee handles calls, and what the team should train."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import click

from simulator.commands.common import db_option, db_path_from, fail


@click.command("report")
@click.option("--trainee", default=None, help="Only this trainee (default: the whole team).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csv", "json", "html"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--pack",
    "pack_only",
    is_flag=True,
    help="Only the assessment pack: each trainee's latest complete attempt (or the latest, "
    "marked incomplete); practice calls left out.",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Only calls recorded on or after this day (YYYY-MM-DD, UTC).",
)
@click.option(
    "--until",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Only calls recorded on or before this day (YYYY-MM-DD, UTC).",
)
@click.option(
    "--pass-mark",
    type=click.IntRange(0, 100),
    default=70,
    show_default=True,
    help="Average overall score (and per skill) needed to pass; a critical compliance "
    "finding fails whatever the score.",
)
@db_option
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of standard output.",
)
@click.pass_context
def command(
    ctx: click.Context,
    trainee: str | None,
    fmt: str,
    pack_only: bool,
    since: dt.datetime | None,
    until: dt.datetime | None,
    pass_mark: int,
    db_path: str | None,
    output: str | None,
) -> None:
    """Per trainee: pass or fail, calls, average scores, promise and hang-up rates, compliance
    findings, temperament with the lines that show it, the trend of practice calls and the
    call list; per team: the temperaments and what to train for each. HTML is one printable
    file with inline charts. CSV starts with a byte-order mark, for spreadsheets."""
    from simulator.records.html_report import render_html
    from simulator.records.render import render_csv, render_json, render_text
    from simulator.records.report import PassMark, build_report
    from simulator.records.store import RecordsError, Store

    try:
        store = Store.read(db_path_from(ctx, db_path))
    except RecordsError as exc:
        fail(str(exc))
    with store:
        names = store.trainee_names()
        if not names:
            fail(
                f"no calls recorded yet in '{store.path}' (record calls with "
                "'collectsim play SCENARIO --trainee NAME' or 'collectsim assess')"
            )
        if since is not None and until is not None and since > until:
            fail("--since is after --until")
        found = None if trainee is None else store.find_trainee(trainee)
        if trainee is not None and found is None:
            close = difflib.get_close_matches(trainee, names, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            fail(
                f"no trainee named '{trainee}' in '{store.path}'{hint}; known: "
                + ", ".join(names[:10])
                + (" ..." if len(names) > 10 else "")
            )
        report = build_report(
            store,
            found,
            pack=pack_only,
            since=None if since is None else since.date(),
            until=None if until is None else until.date(),
            pass_mark=PassMark(overall=pass_mark, skill=pass_mark),
        )
    renderers = {"text": render_text, "csv": render_csv, "json": render_json, "html": render_html}
    text = renderers[fmt](report)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write '{output}': {exc.strerror}")
        click.echo(f"wrote {fmt} report to {output}", err=True)
    else:
        click.echo(text, nl=False)
