"""One browser tab's app process under `collectsim serve`.

textual-serve starts `python -m simulator.tui.web --role ROLE [--db DB] [--content DIR]` for
every browser tab and talks to it through Textual's web driver. Each tab asks for its
trainee's name and remembers none (the tabs share one machine, not one person).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys

from simulator.tui.app import make_app

PR_SET_PDEATHSIG = 1


def end_with_the_server() -> None:
    """Ask the kernel for SIGTERM when the server that started this tab ends (Linux), so a
    stopped `collectsim serve` leaves no app running; a call then in progress keeps its
    turns and shows as incomplete, as with any ended process."""
    parent = os.getppid()
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the server ended before the request was made
        sys.exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="collectsim-tab")
    parser.add_argument("--role", choices=("trainee", "lead"), default="trainee")
    parser.add_argument("--db", default=None)
    parser.add_argument("--content", action="append", default=[])
    args = parser.parse_args(argv)
    end_with_the_server()
    app = make_app(tuple(args.content), args.db, role=args.role)
    app.run()
    return int(app.return_code or 0)


if __name__ == "__main__":
    sys.exit(main())
