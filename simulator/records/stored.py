"""The records as the store gives them back: typed, frozen, with every JSON column decoded
once, by the store (`store.py`), so no reader parses a column or knows its SQL name.

A stored call leaves out the collection record it was played with (read only by `records
export`, as stored): the report reads 100,000 calls and never their records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from simulator.scoring.dimensions import DIMENSIONS
from simulator.scoring.temperament import CallSummary, TurnFacts

SCORE_NAMES = (*DIMENSIONS, "promise", "composure", "overall")


@dataclass(frozen=True)
class StoredTurn:
    """One trainee turn of a stored call."""

    call_id: int
    idx: int  # 1-based turn number in its call
    text: str
    acts: tuple[str, ...]
    flags: tuple[str, ...]
    slots: dict[str, Any]
    cues: tuple[dict[str, Any], ...]  # name, text, span, ... as the reader found them
    cue_names: frozenset[str]
    urgency: int
    politeness: int
    focus: int
    scores: dict[str, Any]  # per dimension: value and evidence
    reply: str
    state_before: str
    state_after: str
    trigger: str | None
    mood: str
    patience: int
    pressure: int
    debtor_was_rude: bool
    debtor_drifted: bool
    at: str

    def facts(self) -> TurnFacts:
        """The turn as temperament reads it."""
        return TurnFacts(
            call=str(self.call_id),
            turn=self.idx,
            text=self.text,
            acts=frozenset(self.acts),
            flags=frozenset(self.flags),
            cues=self.cue_names,
            politeness=self.politeness,
            urgency=self.urgency,
            focus=self.focus,
            debtor_was_rude=self.debtor_was_rude,
            debtor_drifted=self.debtor_drifted,
        )


@dataclass(frozen=True)
class StoredCall:
    """One stored call, with its trainee's name and how many turns it has."""

    id: int
    trainee: str
    scenario: str
    title: str
    persona: str
    situation: str
    seed: int
    started_at: str
    ended_at: str | None
    recorded_at: str
    finished_at: str | None
    outcome: str | None  # None: the call never ended (incomplete)
    promise_terms: dict[str, Any]  # the promise the call reached (amount, date, method)
    opening: str
    urgency: int | None
    politeness: int | None
    focus: int | None
    promise: int | None
    composure: int | None
    overall: int | None
    failed: bool  # a critical compliance finding
    compliance: tuple[dict[str, Any], ...]  # rule, message, turn_index, ...
    tips: tuple[Any, ...]
    assessment: str | None
    attempt_id: int | None
    pack_position: int | None
    turn_count: int
    # the stored temperament summary, when there is one and it covers every turn
    temperament: CallSummary | None

    @property
    def scores(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in SCORE_NAMES}

    @property
    def rules_broken(self) -> tuple[str, ...]:
        """The rule of each compliance finding, in order."""
        return tuple(str(f.get("rule", "?")) for f in self.compliance)


@dataclass(frozen=True)
class StoredAttempt:
    """One assessment attempt, with its trainee's name and the calls done (ended)."""

    id: int
    trainee: str
    pack: str
    number: int
    calls_total: int
    calls_done: int
    started_at: str
    finished_at: str | None  # None: not complete
