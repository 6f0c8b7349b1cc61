"""Small helpers the commands share: one-line user errors, loading content once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from simulator.content.library import Library, load_library
from simulator.engine.goals import outcome_label
from simulator.textsafe import shown, shown_lines

if TYPE_CHECKING:
    from simulator.engine.call import Call


class UserError(click.ClickException):
    """A mistake the user can fix: one line on stderr, exit 2, no traceback."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        # one line, whatever the message quotes (a name with a line break, an escape code)
        click.echo(f"collectsim: {shown(self.format_message())}", err=True)


def echo(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """click.echo for text that may quote the user's or a content file's words: control
    characters (ANSI and OSC escape sequences) and reordering characters are shown as
    escapes, as the UI does; the text's own line breaks stay."""
    click.echo(shown_lines(message), err=err, nl=nl)


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


EXIT_NOT_KEPT = 3  # README: played or written, but records or output were not all kept


def report_losses(recorders: list[Any]) -> None:
    """After the calls: when any recorder lost turns, one line each on stderr, then exit 3
    (the calls were played; what is missing is in the records)."""
    messages = [m for m in (r.loss_message() for r in recorders) if m]
    if not messages:
        return
    for message in messages:
        click.echo(f"collectsim: records: {shown(message)}", err=True)
    sys.exit(EXIT_NOT_KEPT)


def library_from(ctx: click.Context) -> Library:
    """Bundled + user + --content folders; problems are shown once, on stderr."""
    root = ctx.find_root()
    dirs = tuple(root.obj.get("content_dirs", ())) if root.obj else ()
    lib = load_library(dirs)
    for notice in lib.notices:
        echo(f"note: {notice}", err=True)
    return lib


def db_path_from(ctx: click.Context, explicit: str | None) -> str | None:
    if explicit:
        return explicit
    root = ctx.find_root()
    return root.obj.get("db_path") if root.obj else None


MAX_SCRIPT_BYTES = 10_000_000  # a script of trainee lines; a call has at most 200 turns


def decode_utf8(raw: bytes, source: str) -> str:
    """The text of a script; a one-line user error naming the first bad byte otherwise."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        fail(
            f"{source}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
            "save or send the lines as UTF-8"
        )


def read_script(source: str | None) -> str:
    """A script of trainee lines from a file or, for '-', standard input: read whole and
    bounded (a FIFO, a device or a folder is refused, at most MAX_SCRIPT_BYTES are read),
    decoded as UTF-8, never with undecodable bytes smuggled in as surrogates."""
    from simulator.content.yaml_source import SourceError, read_bounded

    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        raw = stream.read(MAX_SCRIPT_BYTES + 1) if stream is not None else b""
        if stream is None:
            raw = sys.stdin.read(MAX_SCRIPT_BYTES + 1).encode("utf-8", "surrogateescape")
        if len(raw) > MAX_SCRIPT_BYTES:
            fail(f"standard input holds more than {MAX_SCRIPT_BYTES:,} bytes of script")
        return decode_utf8(raw, "<stdin>")
    assert source is not None
    path = Path(source)
    if not path.exists() and not path.is_symlink():
        fail(f"script '{source}' does not exist")
    if path.is_dir():
        fail(f"script '{source}' is a folder; give a text file of trainee lines")
    try:
        raw = read_bounded(path, MAX_SCRIPT_BYTES, "scripts")
    except SourceError as exc:
        fail(f"script '{source}': {exc.message}")
    return decode_utf8(raw, source)


def read_typed_line() -> str | None:
    """One typed line without its line end; None at the end of the input. A line that is
    not UTF-8 is refused with a message (and "" returned: nothing is said)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        text: str = sys.stdin.readline()
        return text.rstrip("\n") if text else None
    raw = stream.readline()
    if not raw:
        return None
    try:
        return raw.decode("utf-8").rstrip("\n").rstrip("\r")
    except UnicodeDecodeError:
        click.echo("collectsim: that line is not UTF-8 text and was not said", err=True)
        return ""


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
        text = read_typed_line()
        if text is None:
            if call.turns or end_unstarted:
                call.end()
            return False
        if text.strip() == "/end":
            break
        if text.strip() == "/hint":
            echo(f"hint: {call.hint()}")
            continue
        if not text.strip():
            continue
        if not call.turns and on_first_line is not None:
            on_first_line()
        turn = call.say(text)
        if echo_replies:
            echo(f"{speaker_tag(call)}: {turn.reply}")
            if call.closing and call.outcome is not None and turn.trigger is not None:
                label = outcome_label(call.scenario, call.outcome.value)
                echo(f"note: {label}. Say goodbye to end the call, or /end.")
    if call.turns or end_unstarted:
        call.end()
    return True


def speaker_tag(call: Call) -> str:
    """DEBTOR, or who answered instead: "JESS (FLATMATE)"."""
    return call.speaker.upper() if call.persona.speaker is not None else "DEBTOR"
