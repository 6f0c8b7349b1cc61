"""Records benchmarks: the team report over 10,000 calls / 150,000 turns (target < 3 s on
both backends; 100,000 calls < 10 s on PostgreSQL), and turn inserts per second the way
`play` records them (one committed transaction per turn).

    python benchmarks/bench_records.py [--calls 10000] [--turns-per-call 15] [--repeat 5]
    python benchmarks/bench_records.py --postgres postgresql://USER:PASSWORD@HOST:PORT/postgres

Synthetic rows are written straight into a temporary SQLite file, or with --postgres into a
new database on that server (dropped afterwards). Medians are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from synthetic_records import fill

from simulator.records.html_report import render_html
from simulator.records.render import render_csv, render_json, render_text
from simulator.records.report import build_report
from simulator.records.store import Store


def timed(action: object, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def bench_report(db: str, calls: int, turns_per_call: int, trainees: int, repeat: int) -> None:
    start = time.perf_counter()
    with Store.open(db) as store:
        made = fill(
            store,
            trainees=trainees,
            calls=calls,
            turns_per_call=turns_per_call,
            incomplete_every=50,
        )
    size = "" if db.startswith("postgresql://") else f" ({Path(db).stat().st_size / 1e6:.0f} MB)"
    print(
        f"generated {made.calls} calls, {made.turns} turns, {trainees} trainees in "
        f"{time.perf_counter() - start:.2f} s{size}"
    )

    def report_only() -> None:
        with Store.read(db) as store:
            build_report(store)

    cpu_start = time.process_time()
    times = timed(report_only, repeat)
    cpu = (time.process_time() - cpu_start) / repeat
    target = "< 10 s at 100,000 calls on PostgreSQL" if calls > 10_000 else "< 3 s"
    print(
        f"report (read + temperament), median of {repeat}: {statistics.median(times):.3f} s"
        f"  (min {min(times):.3f}, max {max(times):.3f}; target {target}); this process's "
        f"CPU {cpu:.3f} s a run (the rest: the database server, or other work on the machine)"
    )
    with Store.read(db) as store:
        report = build_report(store)
    for name, render in (
        ("text", render_text),
        ("csv", render_csv),
        ("json", render_json),
        ("html", render_html),
    ):
        t = timed(lambda r=render: r(report), repeat)  # type: ignore[misc]
        print(f"  render {name:<5} median {1000 * statistics.median(t):.1f} ms")

    def whole_command() -> None:
        with Store.read(db) as store:
            render_html(build_report(store))

    times = timed(whole_command, repeat)
    print(f"report to HTML end to end, median: {statistics.median(times):.3f} s")


def bench_inserts(make_db: Callable[[str], str], turns: int, repeat: int) -> None:
    """One transaction per turn, as the recorder commits them."""
    rates = []
    for run in range(repeat):
        db = make_db(f"inserts_{run}")
        with Store.open(db) as store:
            call_id = store.start_call(
                "bench",
                {"scenario": "s", "persona": "p", "seed": 0, "started_at": "2026-01-01T10:00:00"},
            )
            turn = {
                "text": "Can you pay the $420 today by bank transfer?",
                "acts": ["ask_payment", "state_amount", "set_deadline"],
                "flags": ["question"],
                "cues": [{"name": "deadline_today"}],
                "scores": {
                    "urgency": {"value": 80, "evidence": []},
                    "politeness": {"value": 60, "evidence": []},
                    "focus": {"value": 90, "evidence": []},
                },
                "reply": "I can do Friday.",
                "state_before": "a",
                "state_after": "b",
            }
            start = time.perf_counter()
            for i in range(turns):
                store.add_turn(call_id, {**turn, "index": i + 1})
            rates.append(turns / (time.perf_counter() - start))
    print(
        f"turn inserts (one commit each), median of {repeat}: "
        f"{statistics.median(rates):,.0f} turns/s  (min {min(rates):,.0f}, "
        f"max {max(rates):,.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--turns-per-call", type=int, default=15)
    parser.add_argument("--trainees", type=int, default=40)
    parser.add_argument("--inserts", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres", default=None, help="a PostgreSQL server's URL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as cleanup:
        if args.postgres:
            print("backend: PostgreSQL")

            def make_db(name: str) -> str:
                return cleanup.enter_context(postgres_database(args.postgres, name))
        else:
            print("backend: SQLite")

            def make_db(name: str) -> str:
                return str(Path(tmp) / f"{name}.db")

        bench_report(make_db("report"), args.calls, args.turns_per_call, args.trainees, args.repeat)
        bench_inserts(make_db, args.inserts, args.repeat)


@contextmanager
def postgres_database(server: str, name: str) -> Iterator[str]:
    """A new database on the server for the benchmark, dropped afterwards."""
    import psycopg

    name = f"collectsim_bench_{name}_{os.getpid()}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield f"{server.rpartition('/')[0]}/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


if __name__ == "__main__":
    main()
