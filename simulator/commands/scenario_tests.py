"""`collectsim test [PATH...]`: run scenario test files (*.test.yaml) like a test runner."""

from __future__ import annotations

from pathlib import Path

import click

from simulator.commands.common import echo, fail
from simulator.content.scenario_tests import (
    TEST_SUFFIX,
    default_test_roots,
    find_test_files,
    library_for,
    load_tests,
)
from simulator.engine.scenario_runner import CaseResult, run_file


def _summary(result: CaseResult) -> str:
    shown = f"{result.outcome}, overall {result.scores.get('overall', 0):g}"
    if result.unsaid:
        shown += f", {result.unsaid} line(s) not said: the call had ended"
    return shown


@click.command("test")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="Show the states each case went through.")
@click.pass_context
def command(ctx: click.Context, paths: tuple[Path, ...], verbose: bool) -> None:
    """Run scenario tests (no PATH: all bundled and user ones). Exit 1 on any failure."""
    root = ctx.find_root()
    extra = [Path(p) for p in (root.obj.get("content_dirs", ()) if root.obj else ())]
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    files = find_test_files(paths or default_test_roots(extra))
    if not files:
        where = ", ".join(str(p) for p in paths) if paths else "the bundled and user folders"
        fail(f"no scenario test files (*{TEST_SUFFIX}) in {where}; see docs/authoring.md")
    lib = library_for(files, extra)
    passed = failed = broken = 0
    for path in files:
        echo(str(path))
        loaded = load_tests(path, lib)
        for problem in loaded.problems:
            echo(f"  ERROR {problem}")
            broken += 1
        for result in run_file(loaded, lib):
            if result.passed:
                passed += 1
                echo(f"  PASS  {result.name}  ({_summary(result)})")
            else:
                failed += 1
                echo(f"  FAIL  {result.name}  ({_summary(result)})")
                echo(f"        {path}:{result.line}: this case")
                for why in result.failures:
                    echo(f"        - {why}")
            if verbose:
                echo(f"        states: {' -> '.join(result.visited)}")
    summary = f"{passed} passed, {failed} failed in {len(files)} file(s)"
    if broken:
        summary += f"; {broken} problem(s) in the test files"
    echo(summary, err=True)
    if failed or broken:
        ctx.exit(1)
