"""`collectsim play SCENARIO`: a call without the terminal UI, scripted or typed."""

from __future__ import annotations

import json

import click

from simulator.commands.common import (
    db_option,
    db_path_from,
    echo,
    fail,
    library_from,
    play_typed,
    read_script,
    report_losses,
    speaker_tag,
)
from simulator.engine.call import Call
from simulator.engine.clock import SystemClock, fixed_clock
from simulator.engine.export import call_to_dict
from simulator.engine.goals import outcome_label
from simulator.engine.script import ScriptError, fill_placeholders, parse_script
from simulator.engine.text_report import describe_record, describe_result
from simulator.textsafe import name_problem


@click.command("play")
@click.argument("scenario_id", metavar="SCENARIO")
@click.option(
    "--seed",
    type=click.IntRange(0, 2**63 - 1),  # the records keep it as an SQLite integer
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
    if trainee is not None and name_problem(trainee.strip(), "--trainee"):
        fail(str(name_problem(trainee.strip(), "--trainee")))
    lib = library_from(ctx)
    try:
        scenario = lib.scenario(scenario_id)
    except KeyError as exc:
        fail(str(exc.args[0]))
    script_text = None
    source = script_path or "<stdin>"
    if script_path is not None:
        script_text = read_script(script_path)
        if script_path == "-":
            source = "<stdin>"
    call = Call(
        scenario,
        lib.persona_for(scenario),
        seed=seed,
        clock=SystemClock() if real_clock else fixed_clock(),
    )
    db = db_path_from(ctx, db_path)
    recorders = []
    if trainee or db:
        from simulator.records.recorder import attach_recorder
        from simulator.records.store import RecordsError

        try:
            recorders.append(attach_recorder(call, trainee=trainee or "anonymous", db_path=db))
        except RecordsError as exc:
            fail(str(exc))

    unsaid = ""
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
                echo(f"YOU:    {turn.text}")
                echo(f"{speaker_tag(call)}: {turn.reply}")
                if call.finished:
                    # (a goodbye or the debtor hanging up: the lines after this are not part of
                    # the call, and the transcript shows where it stopped, as the call screen
                    # does)
                    echo(f"-- Call over: {outcome_label(call.scenario, call.outcome_value)} --")
        if said < len(lines):
            unsaid = (
                f"note: the call ended after {said} of {len(lines)} script lines; "
                "the rest were not said"
            )
        if not call.finished:
            call.end()
    else:
        if not as_json:
            echo(describe_record(call))
            echo(f"{speaker_tag(call)}: {call.opening}")
        play_typed(call, echo_replies=not as_json)
    if as_json:
        click.echo(json.dumps(call_to_dict(call), sort_keys=True, ensure_ascii=False))
    else:
        if script_text is not None:
            echo()
        echo(describe_result(call))
    if unsaid:
        # with the result in text (a second stream, piped apart, would land anywhere in it:
        # "overall 90note: ..."); beside the JSON, on stderr
        echo(unsaid, err=as_json)
    report_losses(recorders)
