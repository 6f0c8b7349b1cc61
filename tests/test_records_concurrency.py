"""Eight processes recording 50 calls each into one new database at the same moment: no row
is lost and none of them ever fails with "database is locked"."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from simulator.records.store import Store

WRITERS = 8
CALLS_EACH = 50

# Each writer plays real calls through Call + attach_recorder, exactly as `play` does.
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from simulator.content.library import load_library
    from simulator.engine.call import Call
    from simulator.records.recorder import attach_recorder

    db, name, go, calls = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    lines = ["Hello, am I speaking with {debtor_name}?",
             "I'm calling about your {loan_type}: {amount_overdue} is overdue.",
             "Could you pay {amount_overdue} by Friday by card?",
             "So that's {amount_overdue} by Friday, by card. Is that right?"]
    lib = load_library(include_user=False)
    scenario = lib.scenario("student_forgot_first_late")
    persona = lib.persona_for(scenario)
    while not go.exists():  # start together
        time.sleep(0.005)
    failures = []
    for n in range(calls):
        call = Call(scenario, persona, seed=n)
        recorder = attach_recorder(call, trainee=name, db_path=db)
        recorder.on_error = failures.append
        for line in lines:
            if not call.finished:
                call.say(line.format(**call.values))
        call.end()
    if failures:
        print("\\n".join(failures), file=sys.stderr)
        sys.exit(1)
    """
)


def test_eight_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"  # not created yet: the writers race to create it too
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), f"writer-{i}", str(go), str(CALLS_EACH)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(WRITERS)
    ]
    time.sleep(1.0)  # let them all load content and wait at the line
    go.touch()
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert "locked" not in err
        assert proc.returncode == 0, err

    with Store.read(db) as store:
        assert store.trainee_names() == [f"writer-{i}" for i in range(WRITERS)]
        for i in range(WRITERS):
            calls = store.calls(f"writer-{i}")
            assert len(calls) == CALLS_EACH
            assert all(c.outcome is not None for c in calls)  # every end was written
            assert sorted(c.seed for c in calls) == list(range(CALLS_EACH))
        trainees, calls_total, turns_total = store.counts()
        assert (trainees, calls_total) == (WRITERS, WRITERS * CALLS_EACH)
        per_call = store.conn.execute(
            "SELECT COUNT(*) FROM calls c WHERE (SELECT COUNT(*) FROM turns t "
            "WHERE t.call_id = c.id) = 0"
        ).fetchone()[0]
        assert per_call == 0  # every call kept its turns
        # the same seed plays the same call, so each writer stored the same number of turns
        by_writer = store.conn.execute(
            "SELECT COUNT(*) FROM turns JOIN calls ON calls.id = turns.call_id "
            "GROUP BY calls.trainee_id"
        ).fetchall()
        assert len({n for (n,) in by_writer}) == 1
        assert turns_total == by_writer[0][0] * WRITERS
