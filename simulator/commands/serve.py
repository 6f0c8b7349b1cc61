"""`collectsim serve`: the same UI in web browsers, one app process per tab (textual-serve)."""

from __future__ import annotations

import ipaddress
import shlex
import sys

import click

from simulator.commands.common import db_option, db_path_from, fail


def is_local(host: str) -> bool:
    """Whether only this computer can reach the address (loopback)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--role",
    type=click.Choice(["trainee", "lead"]),
    default="trainee",
    show_default=True,
    help="trainee: no team or trainer screens (trainees cannot read each other's records); "
    "lead: every screen.",
)
@db_option
@click.pass_context
def command(ctx: click.Context, host: str, port: int, role: str, db_path: str | None) -> None:
    """Serve the UI to web browsers. It listens on this computer only (127.0.0.1) unless
    --host says otherwise, and has no log-in of its own: to open it to others, put it behind
    an authenticating reverse proxy (README, "For a team")."""
    from simulator.records.store import RecordsError, Store, resolve_db

    root = ctx.find_root()
    content_dirs = tuple(root.obj.get("content_dirs", ())) if root.obj else ()
    db = db_path_from(ctx, db_path)
    try:  # a wrong URL or password is said now, once, not in every tab
        Store.open(db).close()
    except RecordsError as exc:
        fail(str(exc))
    try:
        from textual_serve.server import Server
    except ImportError:
        fail("serving needs textual-serve: pip install textual-serve")

    tab = [sys.executable, "-m", "simulator.tui.web", "--role", role]
    if db:
        tab += ["--db", str(db)]
    for folder in content_dirs:
        tab += ["--content", folder]
    shown_db = resolve_db(db)
    if not isinstance(shown_db, str):
        shown_db = str(shown_db)
    else:
        from simulator.records.postgres import shown_url

        shown_db = shown_url(shown_db)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    click.echo(f"collectsim: serving the UI ({role} role) on {url}", err=True)
    if is_local(host):
        click.echo(
            "collectsim: listening on this computer only; --host 0.0.0.0 opens it to the "
            "network (behind an authenticating reverse proxy: see the README)",
            err=True,
        )
    else:
        click.echo(
            f"collectsim: WARNING: listening on {host}: anyone who can reach it can use it and "
            "there is no log-in; put it behind an authenticating reverse proxy",
            err=True,
        )
    click.echo(f"collectsim: records in {shown_db}; ctrl+c stops", err=True)
    # exec: the tab's app is the server's own child, so it ends with the server (web.py)
    server = Server("exec " + shlex.join(tab), host=host, port=port, title="collectsim")
    try:
        server.serve()
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
