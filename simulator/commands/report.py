"""`collectsim report`: how each trainee handles calls, and what the team should train."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from simulator.commands.common import EXIT_NOT_KEPT, db_option, db_path_from, fail
from simulator.textsafe import shown

if TYPE_CHECKING:
    from simulator.records.report import Report
    from simulator.records.store import Store


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
    help="Write to this file instead of standard output (never the records database).",
)
@click.option("--force", is_flag=True, help="Replace the -o file without asking.")
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
    force: bool,
) -> None:
    """Per trainee: pass or fail, calls, average scores, promise and hang-up rates, compliance
    findings, temperament with the lines that show it, the trend of practice calls and the
    call list; per team: the temperaments and what to train for each. HTML is one printable
    file with inline charts. CSV starts with a byte-order mark, for spreadsheets."""
    from simulator.records.html_report import render_html
    from simulator.records.render import render_csv, render_json, render_text
    from simulator.records.report import PassMark
    from simulator.records.store import RecordsError, Store, salvage

    try:
        store = Store.read(db_path_from(ctx, db_path))
    except RecordsError as exc:
        fail(str(exc))
    if output and isinstance(store.path, Path):
        try:
            _check_output(Path(output), store.path, force)
        except click.ClickException:
            store.close()
            raise
    if since is not None and until is not None and since > until:
        store.close()
        fail("--since is after --until")
    options = {
        "pack": pack_only,
        "since": None if since is None else since.date(),
        "until": None if until is None else until.date(),
        "pass_mark": PassMark(overall=pass_mark, skill=pass_mark),
    }
    skipped = 0
    with store:
        try:
            report = _build(store, trainee, options)
        except RecordsError as exc:  # PostgreSQL: the server went away while reading
            fail(str(exc))
        except sqlite3.DatabaseError as exc:  # a damaged page: read what can be read
            copy, skipped = salvage(store)
            skipped = max(skipped, 1)
            with copy:
                try:
                    report = _build(copy, trainee, options)
                except sqlite3.DatabaseError:
                    fail(f"'{store.path}' is too damaged to read ({exc})")
    renderers = {"text": render_text, "csv": render_csv, "json": render_json, "html": render_html}
    text = renderers[fmt](report)
    if output:
        try:
            _write_file(Path(output), text)
        except OSError as exc:
            fail(f"cannot write '{output}': {exc.strerror or exc}")
        click.echo(f"wrote {fmt} report to {output}", err=True)
    else:
        click.echo(text, nl=False)
    if skipped:
        click.echo(
            f"collectsim: report: '{shown(str(store.path))}' is damaged: {skipped} part(s) of it "
            "could not be read and are left out of this report (the rest is above); keep a "
            "copy of the file, and record new calls in another --db",
            err=True,
        )
        sys.exit(EXIT_NOT_KEPT)


def _build(store: Store, trainee: str | None, options: dict[str, Any]) -> Report:
    from simulator.records.report import build_report

    names = store.trainee_names()
    if not names:
        fail(
            f"no calls recorded yet in '{store.path}' (record calls with "
            "'collectsim play SCENARIO --trainee NAME' or 'collectsim assess')"
        )
    found = None if trainee is None else store.find_trainee(trainee)
    if trainee is not None and found is None:
        close = difflib.get_close_matches(trainee, names, n=1, cutoff=0.6)
        hint = f" (did you mean '{shown(close[0])}'?)" if close else ""
        fail(
            f"no trainee named '{shown(trainee)}' in '{store.path}'{hint}; known: "
            + ", ".join(shown(n) for n in names[:10])
            + (" ..." if len(names) > 10 else "")
        )
    return build_report(store, found, **options)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _check_output(output: Path, db: Path, force: bool) -> None:
    """Refuse to write over the records database (or its -wal, -shm or -journal file, which
    are part of it); ask before replacing any other file, unless --force."""
    for part in (db, *(db.with_name(db.name + end) for end in ("-wal", "-shm", "-journal"))):
        if _same_file(output, part) or output.absolute() == part.absolute():
            fail(
                f"'{output}' is the records database ('{part}'): the report would destroy "
                "the records it is made from; give another file name"
            )
    if not output.is_file() or force:
        return
    if sys.stdin.isatty() and click.confirm(f"'{output}' exists; replace it?", default=False):
        return
    fail(f"'{output}' exists and was not replaced; add --force to replace it")


def _write_file(output: Path, text: str) -> None:
    """Write the report whole or not at all: into a new file beside it, then renamed over
    it, so a full disk never leaves half a report in place of the old one. A special file
    (a pipe, /dev/null) is written to directly."""
    if output.exists() and not output.is_file():
        output.write_text(text, encoding="utf-8")
        return
    if output.exists():
        mode = output.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
