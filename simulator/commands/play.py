"""`collectsim play SCENARIO`: a call without the terminal UI, scripted or typed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from simulator.commands.common import db_option, db_path_from, fail, library_from, play_typed
from simulator.engine.call import Call
from simulator.engine.clock import SystemClock, fixed_clock
from simulator.engine.export import call_to_dict
from simulator.engine.script import ScriptError, fill_placeholders, parse_script
from simulator.engine.text_report import describe_record, describe_result


@click.command("play")
@click.argument("scenario_id", metavar="SCENARIO")
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Chooses the debtor's record and lines; the same seed gives the same call.",
)
@click.option(
    "--script",
    "script_path",
    type=str,
    default=None,
    help="File of trainee lines, one per turn ('-' reads standard input).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for the call.")
@click.option("--trainee", default=None, help="Record the call under this trainee's name.")
@db_option
@click.option(
    "--real-clock",
    is_flag=True,
    help="Use the real date and time instead of the fixed training clock.",
)
@click.pass_context
def command(
    ctx: click.Context,
    scenario_id: str,
    seed: int,
    script_path: str | None,
    as_json: bool,
    trainee: str | None,
    db_path: str | None,
    real_clock: bool,
) -> None:
    """Play SCENARIO: the debtor answers each trainee line; the outcome and scores follow.

    Without --script, type your lines at the prompt (/hint for a hint, /end or an empty
    input at end-of-file to hang up).
    """
    lib = library_from(ctx)
    try:
        scenario = lib.scenario(scenario_id)
    except KeyError as exc:
        fail(str(exc.args[0]))
    script_text = None
    source = script_path or "<stdin>"
    if script_path == "-":
        script_text = sys.stdin.read()
    elif script_path is not None:
        try:
            script_text = Path(script_path).read_text(encoding="utf-8")
        except FileNotFoundError:
            fail(f"script '{script_path}' does not exist")
        except IsADirectoryError:
            fail(f"script '{script_path}' is a folder; give a text file of trainee lines")
        except UnicodeDecodeError:
            fail(f"script '{script_path}' is not UTF-8 text")
        except OSError as exc:
            fail(f"cannot read script '{script_path}': {exc.strerror}")
    call = Call(
        scenario,
        lib.persona_for(scenario),
        seed=seed,
        clock=SystemClock() if real_clock else fixed_clock(),
    )
    db = db_path_from(ctx, db_path)
    if trainee or db:
        from simulator.records.recorder import attach_recorder
        from simulator.records.store import RecordsError

        try:
            attach_recorder(call, trainee=trainee or "anonymous", db_path=db)
        except RecordsError as exc:
            fail(str(exc))

    if script_text is not None:
        lines = parse_script(script_text)
        said = 0
        for line in lines:
            if call.finished:
                break
            try:
                text = fill_placeholders(line, call.values, source)
            except ScriptError as exc:
                fail(str(exc))
            turn = call.say(text)
            said += 1
            if not as_json:
                click.echo(f"YOU:    {turn.text}")
                click.echo(f"DEBTOR: {turn.reply}")
        if said < len(lines):
            click.echo(
                f"note: the call ended after {said} of {len(lines)} script lines; "
                "the rest were not said",
                err=True,
            )
        if not call.finished:
            call.end()
    else:
        if not as_json:
            click.echo(describe_record(call))
            click.echo(f"DEBTOR: {call.opening}")
        play_typed(call, echo_replies=not as_json)
    if as_json:
        click.echo(json.dumps(call_to_dict(call), sort_keys=True, ensure_ascii=False))
    else:
        if script_text is not None:
            click.echo()
        click.echo(describe_result(call))
