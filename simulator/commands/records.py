"""`collectsim records export` / `records import`: move call records between stores (a
collector's own SQLite file and the department's PostgreSQL database), as JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from simulator.commands.common import db_option, db_path_from, fail
from simulator.textsafe import shown


@click.group("records")
def command() -> None:
    """Export call records as JSON lines, or import them (importing twice stores once)."""


@command.command("export")
@db_option
@click.option("--trainee", default=None, help="Only this trainee's calls.")
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of standard output.",
)
@click.pass_context
def export_command(
    ctx: click.Context, db_path: str | None, trainee: str | None, output: str | None
) -> None:
    """Every call with its turns, one JSON object per line, oldest first."""
    from simulator.records.store import RecordsError, Store
    from simulator.records.transfer import export_lines

    try:
        with Store.read(db_path_from(ctx, db_path)) as store:
            lines = list(export_lines(store, trainee))
    except RecordsError as exc:
        fail(str(exc))
    text = "".join(lines)
    calls = sum(1 for line in lines if '"collectsim-call"' in line)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write '{output}': {exc.strerror or exc}")
        click.echo(f"exported {calls} call(s) to {output}", err=True)
    else:
        click.echo(text, nl=False)


@command.command("import")
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@click.pass_context
def import_command(ctx: click.Context, source: str, db_path: str | None) -> None:
    """Add the calls of an export (a file, or - for standard input) to the records. A call
    already there is not added again: importing the same file twice stores every call once."""
    from simulator.records.store import RecordsError, Store
    from simulator.records.transfer import import_items, parse_lines

    if source == "-":
        text = sys.stdin.buffer.read().decode("utf-8", "replace")
    else:
        path = Path(source)
        if not path.is_file():
            fail(f"'{source}' is not a file (give the file 'collectsim records export' wrote)")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read '{source}': {exc}")
    try:
        items = parse_lines(text.splitlines(), "<stdin>" if source == "-" else source)
        with Store.open(db_path_from(ctx, db_path)) as store:
            result = import_items(store, items)
            where = store.path
    except RecordsError as exc:
        fail(str(exc))
    click.echo(
        f"imported into '{shown(str(where))}': {result.calls_added} new call(s), "
        f"{result.calls_known} already there ({result.calls_completed} completed), "
        f"{result.turns_added} turn(s) added, {result.trainees} trainee(s), "
        f"{result.attempts_added} new assessment attempt(s)"
    )
