"""`collectsim validate [PATH...]`: every problem as path:line:col: message.

Errors (files that cannot be used, or calls that would go wrong) always fail; lint warnings
(content that is probably unintended) are shown and fail only with --strict.
"""

from __future__ import annotations

from pathlib import Path

import click

from simulator.content.library import Library, load_library, load_paths
from simulator.content.lint import lint_library
from simulator.content.problems import Problem


def check(paths: tuple[str, ...], extra: tuple[str, ...] = ()) -> tuple[Library, list[Problem]]:
    """Load (exactly `paths`, or everything) and lint what loaded; problems sorted by place."""
    if paths:
        lib = load_paths(paths)
        problems = lib.problems + lint_library(lib, only=[Path(f) for f in lib.files])
    else:
        lib = load_library(extra)
        problems = lib.problems + lint_library(lib)
    return lib, sorted(problems, key=lambda p: (p.path, p.line, p.col, p.message))


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--strict", is_flag=True, help="Treat warnings as failures too.")
@click.pass_context
def command(ctx: click.Context, paths: tuple[str, ...], strict: bool) -> None:
    """Check persona and scenario files (no PATH: all bundled and user content).

    Exits 0 when everything is valid, 1 when any file has an error (or, with --strict, a
    warning).
    """
    root = ctx.find_root()
    extra = tuple(root.obj.get("content_dirs", ())) if root.obj else ()
    lib, problems = check(paths, extra)
    for notice in lib.notices:
        click.echo(f"note: {notice}")
    for problem in problems:
        click.echo(str(problem))
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    n_files = len(lib.files)
    if errors or (strict and warnings):
        strict_note = " (--strict: warnings fail too)" if strict and warnings else ""
        click.echo(
            f"{len(errors)} error(s), {len(warnings)} warning(s) in {n_files} file(s)"
            + strict_note,
            err=True,
        )
        ctx.exit(1)
    click.echo(
        f"ok: {n_files} file(s) valid" + (f", {len(warnings)} warning(s)" if warnings else ""),
        err=True,
    )
