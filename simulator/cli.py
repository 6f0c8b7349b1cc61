"""The `collectsim` command. Each subcommand lives in `simulator/commands/` and is imported
only when it runs, so `collectsim score` starts fast and never loads the terminal UI."""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sys
from typing import Any

import click

# name -> (module under simulator.commands, help line)
COMMANDS: dict[str, tuple[str, str]] = {
    "play": ("play", "Play a call from the command line (a script or typed turns)."),
    "score": ("score", "Score collector utterances, one per line or JSON lines."),
    "scenarios": ("scenarios", "List bundled and user scenarios."),
    "validate": ("validate", "Check personas and scenarios; exit 1 with path:line:col messages."),
    "diagram": ("diagram", "Print a scenario's state diagram (Mermaid or text)."),
    "test": ("scenario_tests", "Run scenario test files (*.test.yaml)."),
    "new": ("new", "Write a commented, valid starting persona or scenario file."),
    "report": ("report", "Team and trainee report from the call records."),
    "assess": ("assess", "Play the assessment pack: the same calls for every collector."),
    "records": ("records", "Export call records as JSON lines, or import them."),
    "serve": ("serve", "Serve the UI to web browsers (textual-serve), localhost by default."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module_name, _help = COMMANDS[cmd_name]
        try:
            module = importlib.import_module(f"simulator.commands.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"simulator.commands.{module_name}":
                return None
            raise
        command: click.Command = module.command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_line) for name, (_m, help_line) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.option(
    "--content",
    "content_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Extra folder of personas/ and scenarios/ (merged with the bundled ones).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Call records database (default: COLLECTSIM_DB or the user data folder).",
)
@click.version_option(package_name="collectsim")
@click.pass_context
def cli(ctx: click.Context, content_dirs: tuple[str, ...], db_path: str | None) -> None:
    """collectsim: practise debt collection calls with simulated debtors.

    Run with no command to open the terminal UI.
    """
    ctx.ensure_object(dict)
    ctx.obj["content_dirs"] = content_dirs
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is None:
        from simulator.commands.ui import run_ui

        run_ui(content_dirs=content_dirs, db_path=db_path)


# Writes that fail because of where the output goes (a full disk, /dev/full, a quota).
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}
EXIT_NOT_WRITTEN = 3  # README: output or records could not be written


def main(argv: list[str] | None = None) -> Any:
    try:
        return cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="collectsim")
    except OSError as exc:
        if exc.errno not in _WRITE_ERRORS:
            raise
        # nothing more can be written there; Python's own last flush must not fail too
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"collectsim: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        sys.exit(EXIT_NOT_WRITTEN)
