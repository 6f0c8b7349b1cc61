"""`collectsim validate [PATH...]`: every problem as path:line:col: message.

Errors (files that cannot be used, or calls that would go wrong) always fail; lint warnings
(content that is probably unintended) are shown and fail only with --strict.
"""

from __future__ import annotations

from pathlib import Path

import click

from simulator.commands.common import echo
from simulator.content.library import Library, load_library, load_paths
from simulator.content.lint import lint_library
from simulator.content.problems import Problem
from simulator.content.scenario_tests import (
    TEST_SUFFIX,
    default_test_roots,
    find_test_files,
    library_for,
    load_tests,
)


def check(paths: tuple[str, ...], extra: tuple[str, ...] = ()) -> tuple[Library, list[Problem]]:
    """Load (exactly `paths`, or everything) and lint what loaded; scenario test files among
    them are checked too. Problems sorted by place."""
    if paths:
        content = tuple(p for p in paths if not p.endswith(TEST_SUFFIX))
        lib = load_paths(content) if content else load_library(extra)
        if not content:
            lib.problems, lib.files = [], []
        problems = lib.problems + lint_library(lib, only=[Path(f) for f in lib.files], notes=True)
        test_files = [
            f for f in find_test_files(Path(p) for p in paths) if f.name.endswith(TEST_SUFFIX)
        ]
    else:
        lib = load_library(extra)
        problems = lib.problems + lint_library(lib, notes=True)
        test_files = find_test_files(default_test_roots([Path(e) for e in extra]))
    if test_files:
        tests_lib = library_for(test_files, [Path(e) for e in extra]) if paths else lib
        for path in test_files:
            problems.extend(load_tests(path, tests_lib).problems)
        lib.files.extend(test_files)
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
        echo(f"note: {notice}")
    for problem in problems:
        echo(str(problem))
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    n_files = len(lib.files)
    if errors or (strict and warnings):
        strict_note = " (--strict: warnings fail too)" if strict and warnings else ""
        echo(
            f"{len(errors)} error(s), {len(warnings)} warning(s) in {n_files} file(s)"
            + strict_note,
            err=True,
        )
        ctx.exit(1)
    echo(
        f"ok: {n_files} file(s) valid" + (f", {len(warnings)} warning(s)" if warnings else ""),
        err=True,
    )
