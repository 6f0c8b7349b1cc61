"""A live (or finished) `Call` as the plain facts temperament reads (`scoring/temperament.py`
reads turns, not calls, so the scoring floor never imports the engine)."""

from __future__ import annotations

from simulator.engine.call import Call
from simulator.scoring.temperament import Reading, TurnFacts, read_temperament


def facts_from_call(call: Call, key: str = "this call") -> list[TurnFacts]:
    """The turns of a live (or finished) Call."""
    facts = []
    for turn in call.turns:
        state = call.scenario.state(turn.state_before)
        facts.append(
            TurnFacts(
                call=key,
                turn=turn.index,
                text=turn.text,
                acts=frozenset(a.value for a in turn.analysis.acts),
                flags=frozenset(turn.analysis.flags),
                cues=frozenset(c.name for c in turn.analysis.cues),
                politeness=turn.scores.politeness.value,
                urgency=turn.scores.urgency.value,
                focus=turn.scores.focus.value,
                debtor_was_rude=turn.debtor_was_rude,
                debtor_drifted=bool(state and state.drifting),
            )
        )
    return facts


def read_call(call: Call) -> Reading:
    """A reading of one call (what `play --json` carries under `temperament`)."""
    return read_temperament(facts_from_call(call))
