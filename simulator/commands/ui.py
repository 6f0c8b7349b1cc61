"""`collectsim` with no subcommand: the terminal UI."""

from __future__ import annotations

import click

from simulator.commands.common import fail


def run_ui(content_dirs: tuple[str, ...], db_path: str | None) -> None:
    """Open the terminal UI with the bundled, user and --content scenarios."""
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
    try:
        run_ui(tuple(obj.get("content_dirs", ())), obj.get("db_path"))
    except OSError as exc:
        fail(f"cannot open the terminal UI: {exc}")
