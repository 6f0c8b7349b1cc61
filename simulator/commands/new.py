"""`collectsim new persona|scenario ID [--dir DIR]`: a commented, valid starting file."""

from __future__ import annotations

from pathlib import Path

import click

from simulator.commands.common import echo, fail
from simulator.content.library import load_library
from simulator.content.references import did_you_mean
from simulator.content.scaffold import Kind, ScaffoldError, write_new


@click.command("new")
@click.argument("kind", type=click.Choice(["persona", "scenario"]))
@click.argument("item_id", metavar="ID")
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write DIR/ID.yaml (default: your content folder's personas/ or scenarios/).",
)
@click.option(
    "--persona",
    default="forgetful_student",
    show_default=True,
    help="For a scenario: the persona it uses (a bundled one or your own).",
)
@click.pass_context
def command(
    ctx: click.Context, kind: Kind, item_id: str, folder: Path | None, persona: str
) -> None:
    """Write a commented starting persona or scenario file that validates as written."""
    if kind == "scenario":
        root = ctx.find_root()
        extra = tuple(root.obj.get("content_dirs", ())) if root.obj else ()
        known = load_library(extra).personas
        if persona not in known:
            fail(
                f"unknown persona '{persona}'{did_you_mean(persona, known)}; "
                "'collectsim new persona ID' starts one"
            )
    try:
        path = write_new(kind, item_id, folder, persona)
    except ScaffoldError as exc:
        fail(str(exc))
    echo(f"wrote {path}")
    content = f"--content {folder} " if folder is not None else ""
    echo(f"next: edit it, then run 'collectsim validate {path}'")
    if kind == "scenario":
        echo(f"      and 'collectsim {content}diagram {item_id} --format text' to see it")
