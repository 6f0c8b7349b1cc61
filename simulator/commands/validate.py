"""`collectsim validate [PATH...]`: every problem as path:line:col: message."""

from __future__ import annotations

import click

from simulator.content.library import load_library, load_paths


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--strict", is_flag=True, help="Treat warnings as failures too.")
@click.pass_context
def command(ctx: click.Context, paths: tuple[str, ...], strict: bool) -> None:
    """Check persona and scenario files (no PATH: all bundled and user content).

    Exits 0 when everything is valid, 1 when any file has a problem.
    """
    root = ctx.find_root()
    extra = tuple(root.obj.get("content_dirs", ())) if root.obj else ()
    lib = load_paths(paths) if paths else load_library(extra)
    for notice in lib.notices:
        click.echo(f"note: {notice}")
    problems = sorted(lib.problems, key=lambda p: (p.path, p.line, p.col))
    for problem in problems:
        click.echo(str(problem))
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    n_files = len(lib.files)
    if errors or (strict and warnings):
        click.echo(f"{len(errors)} error(s), {len(warnings)} warning(s) in {n_files} file(s)",
                   err=True)
        ctx.exit(1)
    click.echo(f"ok: {n_files} file(s) valid" + (f", {len(warnings)} warning(s)"
                                                   if warnings else ""), err=True)
