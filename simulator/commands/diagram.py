"""`collectsim diagram SCENARIO`: the debtor's states and what moves them."""

from __future__ import annotations

import click

from simulator.commands.common import echo, fail, library_from
from simulator.engine.diagram import mermaid


@click.command("diagram")
@click.argument("scenario_id", metavar="SCENARIO")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["mermaid", "text"]),
    default="mermaid",
    show_default=True,
    help="Mermaid for docs and editors; text for a terminal.",
)
@click.pass_context
def command(ctx: click.Context, scenario_id: str, fmt: str) -> None:
    """Print SCENARIO's state diagram."""
    lib = library_from(ctx)
    try:
        scenario = lib.scenario(scenario_id)
    except KeyError as exc:
        fail(str(exc.args[0]))
    if fmt == "text":
        from simulator.engine.diagram import text_diagram

        echo(text_diagram(scenario), nl=False)
    else:
        echo(mermaid(scenario), nl=False)
