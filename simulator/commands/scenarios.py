"""`collectsim scenarios`: one line per scenario, id first."""

from __future__ import annotations

import json

import click

from simulator.commands.common import echo, library_from


@click.command("scenarios")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of scenario objects.")
@click.pass_context
def command(ctx: click.Context, as_json: bool) -> None:
    """List bundled and user scenarios."""
    lib = library_from(ctx)
    rows = []
    for scenario in sorted(lib.scenarios.values(), key=lambda s: (s.difficulty, s.id)):
        persona = lib.personas[scenario.persona]
        source = lib.sources[("scenario", scenario.id)]
        rows.append(
            {
                "id": scenario.id,
                "title": scenario.title,
                "persona": scenario.persona,
                "persona_name": persona.name,
                "situation": scenario.situation.value,
                "difficulty": scenario.difficulty,
                "origin": source.origin,
                "path": str(source.path),
            }
        )
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        width = max((len(str(r["id"])) for r in rows), default=10)
        for r in rows:
            echo(
                f"{r['id']:<{width}}  {'*' * int(r['difficulty']):<5}  "
                f"{r['situation']:<17}  {r['title']}"
            )
    for problem in lib.errors():
        echo(f"warning: not loaded: {problem}", err=True)
