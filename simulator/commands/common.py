"""Small helpers the commands share: one-line user errors, loading content once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from simulator.content.library import Library, load_library


class UserError(click.ClickException):
    """A mistake the user can fix: one line on stderr, exit 2, no traceback."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        click.echo(f"collectsim: {self.format_message()}", err=True)


F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """The `--db PATH` option every command that reads or writes call records takes."""
    return click.option(
        "--db",
        "db_path",
        default=None,
        type=click.Path(dir_okay=False),
        help="Records database (default: COLLECTSIM_DB or the user data folder).",
    )(func)


def fail(message: str) -> NoReturn:
    raise UserError(message)


def library_from(ctx: click.Context) -> Library:
    """Bundled + user + --content folders; problems are shown once, on stderr."""
    root = ctx.find_root()
    dirs = tuple(root.obj.get("content_dirs", ())) if root.obj else ()
    lib = load_library(dirs)
    for notice in lib.notices:
        click.echo(f"note: {notice}", err=True)
    return lib


def db_path_from(ctx: click.Context, explicit: str | None) -> str | None:
    if explicit:
        return explicit
    root = ctx.find_root()
    return root.obj.get("db_path") if root.obj else None


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
