"""Load: 20 trainee processes each recording 20 real calls into one PostgreSQL database at
the same moment: every call and every turn is there, and no writer saw an error. (Skips
without a PostgreSQL server; fails instead under CI=true.)"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from backends import postgres_db_fixture, postgres_server_fixture  # noqa: F401 (fixtures)
from test_records_concurrency import WRITER

from simulator.records.store import Store

WRITERS = 20
CALLS_EACH = 20


def test_twenty_trainees_recording_at_once_lose_nothing(postgres_db: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                postgres_db,
                f"trainee-{i:02d}",
                str(go),
                str(CALLS_EACH),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(WRITERS)
    ]
    time.sleep(3.0)  # let them all load the content and wait at the line
    go.touch()
    for proc in procs:
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert err == ""
    with Store.read(postgres_db) as store:
        assert store.trainee_names() == [f"trainee-{i:02d}" for i in range(WRITERS)]
        trainees, calls, turns = store.counts()
        assert (trainees, calls) == (WRITERS, WRITERS * CALLS_EACH)
        by_trainee = {}
        for i in range(WRITERS):
            rows = store.calls(f"trainee-{i:02d}")
            assert sorted(r.seed for r in rows) == list(range(CALLS_EACH))
            assert all(r.outcome is not None and r.turn_count > 0 for r in rows)
            by_trainee[i] = sum(r.turn_count for r in rows)
        # the same seeds and lines play the same calls: every trainee kept as many turns
        assert len(set(by_trainee.values())) == 1
        assert turns == by_trainee[0] * WRITERS
