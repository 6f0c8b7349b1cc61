"""Small helpers the commands share: one-line user errors, loading content once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from simulator.content.library import Library, load_library

if TYPE_CHECKING:
    from simulator.engine.call import Call


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


def play_typed(
    call: Call,
    *,
    echo_replies: bool = True,
    on_first_line: Callable[[], None] | None = None,
    end_unstarted: bool = True,
) -> bool:
    """Prompted trainee turns from standard input until the call ends or the trainee types
    /end (/hint shows a hint). Returns False when the input ran out before either. The call is
    then ended, unless nothing was said and `end_unstarted` is off (an assessment call that
    never began is not a call)."""
    interactive = sys.stdin.isatty()
    while not call.finished:
        if interactive:
            click.echo("you> ", nl=False)
        raw = sys.stdin.readline()
        if raw == "":
            if call.turns or end_unstarted:
                call.end()
            return False
        text = raw.rstrip("\n")
        if text.strip() == "/end":
            break
        if text.strip() == "/hint":
            click.echo(f"hint: {call.hint()}")
            continue
        if not text.strip():
            continue
        if not call.turns and on_first_line is not None:
            on_first_line()
        turn = call.say(text)
        if echo_replies:
            click.echo(f"DEBTOR: {turn.reply}")
    if call.turns or end_unstarted:
        call.end()
    return True
