"""`collectsim assess --trainee NAME`: the assessment pack, recorded, then a first reading.

Every collector plays the same scenarios with the same seeds (one per debtor family), so a
team lead compares like with like. Typed at the prompt, or from `--scripts DIR` holding one
script per scenario id (`DIR/<scenario id>.txt`).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

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
)
from simulator.content.library import Library
from simulator.engine.call import Call
from simulator.engine.clock import fixed_clock
from simulator.engine.script import ScriptError, fill_placeholders, parse_script
from simulator.engine.text_report import describe_record, describe_result
from simulator.textsafe import name_problem

SCRIPT_SUFFIXES = (".txt", ".script", "")


@click.command("assess")
@click.option("--trainee", required=True, help="The collector being assessed.")
@db_option
@click.option(
    "--scripts",
    "scripts_dir",
    default=None,
    type=click.Path(file_okay=False, exists=True),
    help="Folder with one script per scenario id (<id>.txt) instead of typing.",
)
@click.pass_context
def command(ctx: click.Context, trainee: str, db_path: str | None, scripts_dir: str | None) -> None:
    """Play the assessment pack as TRAINEE: each call is recorded turn by turn; at the end,
    the calls' temperament reading. Type /end to hang up, /hint for a hint."""
    from simulator.engine.call_facts import facts_from_call
    from simulator.records.assessment import PACK_NAME, assessment_pack
    from simulator.records.names import TraineeNameError, clean_name
    from simulator.records.recorder import attach_recorder
    from simulator.records.store import RecordsError, Store
    from simulator.scoring.temperament import read_temperament

    if not trainee.strip():
        fail("--trainee cannot be empty")
    problem = name_problem(trainee.strip(), "--trainee")
    if problem:
        fail(problem)
    try:
        trainee = clean_name(trainee)
    except TraineeNameError as exc:
        fail(f"--trainee: {exc}")
    lib = library_from(ctx)
    pack = assessment_pack(lib)
    if not pack:
        fail(
            "none of the assessment pack's scenarios is installed; "
            "'collectsim scenarios' lists what is"
        )
    scripts = _scripts_for(pack, Path(scripts_dir)) if scripts_dir else None
    db = db_path_from(ctx, db_path)

    recorders = []
    attempt: list[int] = []  # the attempt's id, made when its first call starts

    def record(call: Call, position: int) -> None:
        try:
            if not attempt:
                with Store.open(db) as store:
                    attempt_id, attempt_number = store.start_attempt(trainee, PACK_NAME, len(pack))
                attempt.append(attempt_id)
                echo(f"(attempt {attempt_number} at the assessment pack)", err=True)
            recorders.append(
                attach_recorder(
                    call,
                    trainee=trainee,
                    db_path=db,
                    assessment=PACK_NAME,
                    attempt=(attempt[0], position),
                )
            )
        except RecordsError as exc:
            fail(str(exc))

    calls: list[Call] = []
    for number, (scenario_id, seed) in enumerate(pack, start=1):
        call = _new_call(lib, scenario_id, seed)
        echo(f"=== Call {number} of {len(pack)}: {call.scenario.title} (seed {seed})")
        if scripts is not None:
            record(call, number)
            _play_script(call, scripts[scenario_id])
        else:
            echo(describe_record(call))
            echo(f"DEBTOR: {call.opening}")
            # recorded from the first line typed: a call never started is not a call
            finished = play_typed(
                call, on_first_line=partial(record, call, number), end_unstarted=False
            )
            if call.turns:
                calls.append(call)
                echo(describe_result(call))
            if not finished:
                left = len(pack) - number + (0 if call.turns else 1)
                echo(f"note: input ended; {left} call(s) of the pack were not played", err=True)
                break
            continue
        calls.append(call)
        echo(describe_result(call))

    facts = [
        f
        for number, call in enumerate(calls, start=1)
        for f in facts_from_call(call, key=f"pack call {number}")
    ]
    reading = read_temperament(facts)
    echo("=== Assessment")
    if reading.type == "uncertain":
        lean = f", leaning {reading.leaning}" if reading.leaning else ""
        echo(
            f"Temperament: uncertain{lean} (confidence {reading.confidence:.2f}): {reading.reason}"
        )
    else:
        echo(f"Temperament: {reading.type} (confidence {reading.confidence:.2f}): {reading.reason}")
    for q in reading.evidence:
        echo(f'  "{q.text}" ({q.call}, turn {q.turn}: {q.why})')
    if len(calls) < len(pack):
        echo(f"Pack: incomplete, {len(calls)} of {len(pack)} calls")
    echo(f"Train next: {reading.weak_spot}")
    report_losses(recorders)


def _new_call(lib: Library, scenario_id: str, seed: int) -> Call:
    scenario = lib.scenario(scenario_id)
    return Call(scenario, lib.persona_for(scenario), seed=seed, clock=fixed_clock())


def _scripts_for(pack: list[tuple[str, int]], folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    missing: list[str] = []
    for scenario_id, _seed in pack:
        path = next(
            (
                folder / f"{scenario_id}{suffix}"
                for suffix in SCRIPT_SUFFIXES
                if (folder / f"{scenario_id}{suffix}").is_file()
            ),
            None,
        )
        if path is None:
            missing.append(f"{scenario_id}.txt")
        else:
            found[scenario_id] = path
    if missing:
        fail(
            f"'{folder}' has no script for: {', '.join(missing)} (one file of trainee lines "
            "per scenario of the pack)"
        )
    return found


def _play_script(call: Call, path: Path) -> None:
    text = read_script(str(path))
    for line in parse_script(text):
        if call.finished:
            break
        try:
            said = fill_placeholders(line, call.values, str(path))
        except ScriptError as exc:
            fail(str(exc))
        turn = call.say(said)
        echo(f"YOU:    {turn.text}")
        echo(f"DEBTOR: {turn.reply}")
    if not call.finished:
        call.end()
