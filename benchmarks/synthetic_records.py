"""Synthetic call records, written straight into a database: for benchmarks and tests that
need many calls without playing them (10,000 calls take seconds, not minutes). Each finished
call gets its temperament summary, as the store writes it when a call ends.

Each trainee gets a style (confident, aggressive, introverted, timid) whose lines, acts and
scores look like that style, so a report over them has something to find.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any, NamedTuple

from simulator.records.store import Store, dumps, facts_from_values
from simulator.scoring.temperament import summarise_call


class Line(NamedTuple):
    text: str
    acts: list[str]
    flags: list[str]
    cues: list[str]
    politeness: int
    urgency: int
    focus: int


def _lines(*rows: tuple[str, list[str], list[str], list[str], int, int, int]) -> list[Line]:
    return [Line(*row) for row in rows]


# (text, acts, flags, cue names, politeness, urgency, focus) per style
LINES: dict[str, list[Line]] = {
    "confident": _lines(
        (
            "Am I speaking with the account holder?",
            ["verify_identity"],
            ["question"],
            [],
            72,
            20,
            70,
        ),
        (
            "Your balance of $420 is overdue. Can you pay it today?",
            ["state_amount", "ask_payment", "set_deadline"],
            ["question"],
            ["deadline_today"],
            70,
            85,
            90,
        ),
        (
            "No, I can't waive the fee, but we can agree a date this week.",
            ["say_no", "propose_terms"],
            [],
            [],
            66,
            60,
            80,
        ),
        (
            "So that's $420 by Friday by bank transfer, correct?",
            ["confirm_terms", "state_amount", "set_deadline"],
            ["question"],
            [],
            74,
            80,
            92,
        ),
    ),
    "aggressive": _lines(
        (
            "Pay the $420 now, you idiot.",
            ["insult", "state_amount", "ask_payment"],
            ["insult"],
            ["insult_word"],
            5,
            80,
            60,
        ),
        (
            "I DON'T CARE ABOUT YOUR EXCUSES, PAY TODAY",
            ["ask_payment", "set_deadline"],
            ["shouting"],
            [],
            12,
            85,
            55,
        ),
        ("Pay or we will have you arrested.", ["threat", "ask_payment"], ["threat"], [], 8, 70, 50),
        (
            "You owe $420 and you will pay it by Friday.",
            ["state_amount", "set_deadline", "ask_payment"],
            [],
            [],
            30,
            85,
            80,
        ),
    ),
    "introverted": _lines(
        ("ok", ["other"], [], [], 50, 0, 10),
        ("yes", ["other"], [], [], 50, 0, 10),
        ("I see.", ["other"], [], [], 52, 0, 10),
        ("hmm okay", ["other"], [], [], 50, 0, 10),
    ),
    "timid": _lines(
        (
            "Sorry to bother you, I'm so sorry.",
            ["apologise"],
            [],
            ["apology", "pol_apology"],
            70,
            0,
            20,
        ),
        (
            "Oh, whenever you can pay is fine, no rush.",
            ["accept_vague"],
            ["vague_timing"],
            ["accept_vague"],
            68,
            0,
            15,
        ),
        (
            "I understand, sorry again, that sounds hard.",
            ["empathise", "apologise"],
            [],
            ["pol_apology"],
            75,
            0,
            25,
        ),
        ("Okay, take your time.", ["accept_vague"], ["vague_timing"], ["accept_vague"], 66, 0, 10),
    ),
}
STYLES = tuple(LINES)
OUTCOMES = {
    "confident": ["promise_secured"] * 6 + ["vague_promise", "refused"],
    "aggressive": ["hung_up"] * 4 + ["refused", "promise_secured"],
    "introverted": ["turn_limit", "vague_promise", "ended_by_trainee"],
    "timid": ["vague_promise"] * 4 + ["turn_limit"],
}
SCENARIOS = (
    "student_forgot_first_late",
    "rude_defaulter_composure",
    "car_dealer_dispute",
    "student_unemployed_hardship",
    "malicious_default_legal",
)


@dataclass(frozen=True)
class Generated:
    calls: int
    turns: int


def fill(
    store: Store,
    trainees: int,
    calls: int,
    turns_per_call: int,
    seed: int = 0,
    incomplete_every: int = 0,
) -> Generated:
    """`calls` calls spread over `trainees` trainees (style by trainee number), each with
    `turns_per_call` turns; every `incomplete_every`-th call is left without an outcome."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    names = [f"trainee-{i:03d}" for i in range(trainees)]
    total_turns = 0
    turn_rows: list[tuple[Any, ...]] = []
    summaries: list[tuple[int, str, int]] = []  # (turn count, summary, call id)
    with store.transaction() as conn:
        ids = [store._trainee_id(conn, n) for n in names]
        for n in range(calls):
            who = n % trainees
            style = STYLES[who % len(STYLES)]
            at = start + dt.timedelta(minutes=17 * n)
            cut = incomplete_every and (n + 1) % incomplete_every == 0
            outcome = None if cut else rng.choice(OUTCOMES[style])
            lines = [rng.choice(LINES[style]) for _ in range(turns_per_call)]
            scores = [
                round(sum(x.politeness for x in lines) / len(lines)),
                round(sum(x.urgency for x in lines) / len(lines)),
                round(sum(x.focus for x in lines) / len(lines)),
            ]
            overall = None if cut else round(sum(scores) / 3)
            flags_of = [(int(i % 4 == 1), int(i % 5 == 2)) for i in range(len(lines))]
            summary = None
            if not cut:
                facts = [
                    facts_from_values(
                        (0, i + 1, x.text, dumps(x.acts), dumps(x.flags), " ".join(x.cues))
                        + (x.politeness, x.urgency, x.focus, *flags_of[i])
                    )
                    for i, x in enumerate(lines)
                ]
                summary = summarise_call(facts).to_json()
            cur = conn.execute(
                """INSERT INTO calls(trainee_id, scenario, title, persona, situation, seed,
                       started_at, ended_at, recorded_at, finished_at, outcome, promise_json,
                       record_json, opening, urgency, politeness, focus, promise, composure,
                       overall, failed, compliance_json)
                   VALUES (?, ?, '', 'synthetic', '', ?, ?, ?, ?, ?, ?, '{}', '{}',
                           'Hello?', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                (
                    ids[who],
                    SCENARIOS[n % len(SCENARIOS)],
                    n,
                    at.isoformat(),
                    None if cut else at.isoformat(),
                    at.isoformat(),
                    None if cut else at.isoformat(),
                    outcome,
                    *(None if cut else s for s in (scores[1], scores[0], scores[2])),
                    None if cut else (90 if outcome == "promise_secured" else 20),
                    None if cut else scores[0],
                    overall,
                    int(style == "aggressive" and not cut and n % 3 == 0),
                    dumps([{"rule": "threat_of_arrest", "message": "threat", "turn_index": 1}])
                    if style == "aggressive" and not cut and n % 3 == 0
                    else "[]",
                ),
            )
            call_id = cur.fetchone()[0]
            if summary is not None:
                summaries.append((len(lines), summary, call_id))
            turn_rows.extend(
                [
                    (
                        call_id,
                        i + 1,
                        text,
                        dumps(acts),
                        dumps(flags),
                        " ".join(cues),
                        u,
                        p,
                        f,
                        "Debtor line.",
                        "a",
                        "b",
                        "calm",
                        *flags_of[i],
                        at.isoformat(),
                    )
                    for i, (text, acts, flags, cues, p, u, f) in enumerate(lines)
                ],
            )
            total_turns += len(lines)
            if len(turn_rows) >= 20_000:
                _insert_turns(store, conn, turn_rows)
        _insert_turns(store, conn, turn_rows)
        # after the turns: a turn written to a call with a summary clears it (schema.py)
        conn.executemany(
            "UPDATE calls SET turn_count = ?, temperament_json = ? WHERE id = ?", summaries
        )
    return Generated(calls=calls, turns=total_turns)


_TURN_COLUMNS = (
    "call_id, idx, text, acts_json, flags_json, cue_names, urgency, politeness, focus, "
    "reply, state_before, state_after, mood, debtor_was_rude, debtor_drifted, at"
)


def _insert_turns(store: Store, conn: Any, rows: list[tuple[Any, ...]]) -> None:
    """Write the gathered turns and empty the list (PostgreSQL: one COPY)."""
    if store.postgres:
        with (
            conn.raw.cursor() as cursor,
            cursor.copy(f"COPY turns ({_TURN_COLUMNS}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
    else:
        conn.executemany(
            f"INSERT INTO turns({_TURN_COLUMNS}) VALUES ({', '.join('?' * 16)})",
            rows,
        )
    rows.clear()
