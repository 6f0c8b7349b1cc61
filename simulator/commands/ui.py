"""`collectsim` with no subcommand: the terminal UI."""

from __future__ import annotations

import sys

import click

from simulator.commands.common import fail


def run_ui(content_dirs: tuple[str, ...], db_path: str | None) -> None:
    """Open the terminal UI with the bundled, user and --content scenarios."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        fail(
            "the terminal UI needs an interactive terminal; to play from a script or a pipe "
            "use 'collectsim play SCENARIO --script FILE' (see 'collectsim --help')"
        )
    from simulator.tui.app import make_app

    app = make_app(content_dirs, db_path)
    app.run()
    if app.return_code not in (None, 0):
        raise SystemExit(app.return_code)


@click.command("ui")
@click.pass_context
def command(ctx: click.Context) -> None:
    """Open the terminal UI (the same as running collectsim with no command)."""
    root = ctx.find_root()
    obj = root.obj or {}
    run_ui(tuple(obj.get("content_dirs", ())), obj.get("db_path"))
