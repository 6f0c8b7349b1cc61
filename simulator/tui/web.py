"""One browser tab's app process under `collectsim serve`.

textual-serve starts `python -m simulator.tui.web --role ROLE [--db DB] [--content DIR]` for
every browser tab and talks to it through Textual's web driver. Each tab asks for its
trainee's name and remembers none (the tabs share one machine, not one person).
"""

from __future__ import annotations

import argparse
import sys

from simulator.tui.app import make_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="collectsim-tab")
    parser.add_argument("--role", choices=("trainee", "lead"), default="trainee")
    parser.add_argument("--db", default=None)
    parser.add_argument("--content", action="append", default=[])
    args = parser.parse_args(argv)
    app = make_app(tuple(args.content), args.db, role=args.role)
    app.run()
    return int(app.return_code or 0)


if __name__ == "__main__":
    sys.exit(main())
