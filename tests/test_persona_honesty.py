"""The persona trait `honesty` shapes what the debtor says (issue 16), as docs/authoring.md
says: a persona's `trait_lines` give the excuses and promises of a debtor whose trait is in a
range, and a dishonest debtor (honesty below 50) who has no lines of their own for it pleads
poverty as they counter, promises too readily and makes up an excuse. The same seed gives the
same call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from simulator.content.library import Library, load_library
from simulator.content.models import Negotiation, Persona, TraitLines
from simulator.engine.call import Call
from simulator.engine.clock import fixed_clock
from simulator.engine.lines import DISHONEST_NEGOTIATION, fill

SCENARIO = "student_forgot_first_late"
SCRIPT = [
    "Hi, this is Sam from {lender}. Am I speaking with {debtor_name}?",
    "Thanks. This is an attempt to collect a debt and any information obtained will be used "
    "for that purpose. Your payment of {amount_overdue} is overdue.",
    "What happened with the payment?",
    "Could you do it by Friday, by bank transfer?",
    "Can you pay {amount_overdue} by Friday by bank transfer?",
    "So that's {half_overdue} by Friday by bank transfer. Is that right?",
]
FALSE_EXCUSE = "I sent it last week. It must be stuck at your end, {first_name}."
EAGER_PROMISE = "Definitely. {date}, you have my word."
MADE_UP = "The bank blocked my card, that's not on me."


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(())


def variant(base: Persona, honesty: int, **changes: Any) -> Persona:
    traits = base.traits.model_copy(update={"honesty": honesty, "can_pay_now_fraction": 0.5})
    return base.model_copy(update={"traits": traits, **changes})


def play(library: Library, persona: Persona, seed: int = 4) -> list[str]:
    scenario = library.scenario(SCENARIO)
    call = Call(scenario, persona, seed=seed, clock=fixed_clock())
    replies = [call.opening]
    for line in SCRIPT:
        if call.finished:
            break
        replies.append(call.say(fill(line, call.values)).reply)
    return replies


def written_for_the_dishonest() -> TraitLines:
    return TraitLines.model_validate(
        {
            "trait": "honesty",
            "below": 50,
            "lines": {"explaining": [FALSE_EXCUSE]},
            "negotiation": {"accept_date": [EAGER_PROMISE]},
            "excuses": [MADE_UP],
        }
    )


def test_trait_lines_give_the_dishonest_debtor_their_own_excuses_and_promises(
    library: Library,
) -> None:
    base = library.persona_for(library.scenario(SCENARIO))
    block = [written_for_the_dishonest()]
    honest = play(library, variant(base, 90, trait_lines=block))
    dishonest = play(library, variant(base, 20, trait_lines=block))
    assert honest != dishonest  # the two personas differ only in honesty
    said = "\n".join(dishonest)
    assert "I sent it last week. It must be stuck at your end" in said  # the false excuse
    assert "you have my word" in said  # the promise made too readily
    heard = "\n".join(honest)
    assert "stuck at your end" not in heard and "you have my word" not in heard
    # the honest debtor says the persona's own explaining lines
    assert any(line in heard for line in _all(base.lines["explaining"]))


def _all(lines: Any) -> list[str]:
    return lines if isinstance(lines, list) else [v for vs in lines.values() for v in vs]


def test_a_block_applies_only_inside_its_range(library: Library) -> None:
    block = written_for_the_dishonest()
    base = library.persona_for(library.scenario(SCENARIO))
    assert block.applies(variant(base, 49).traits)
    assert not block.applies(variant(base, 50).traits)
    upper = TraitLines.model_validate({"trait": "honesty", "at_least": 80, "excuses": ["x"]})
    assert upper.applies(variant(base, 80).traits) and not upper.applies(variant(base, 79).traits)


def test_the_record_gives_the_excuses_written_for_the_trait(library: Library) -> None:
    scenario = library.scenario("lenders_persistent_late")
    base = library.persona_for(scenario)
    block = [written_for_the_dishonest()]
    dishonest = Call(scenario, variant(base, 20, trait_lines=block), seed=2, clock=fixed_clock())
    honest = Call(scenario, variant(base, 90, trait_lines=block), seed=2, clock=fixed_clock())
    said = {c.excuse for c in dishonest.record.contacts if c.excuse}
    assert said == {MADE_UP}
    assert {c.excuse for c in honest.record.contacts if c.excuse} <= set(base.excuses)


def test_a_dishonest_debtor_without_lines_of_their_own_pleads_poverty_and_promises_readily(
    library: Library,
) -> None:
    """Built-in lines, said only where the persona wrote none: the documented effect of
    honesty below 50 is heard, not only seen in the number."""
    base = library.persona_for(library.scenario(SCENARIO))
    bare: dict[str, Any] = {"negotiation": Negotiation(), "facts": {}}
    honest = "\n".join(play(library, variant(base, 90, **bare)))
    dishonest = "\n".join(play(library, variant(base, 20, **bare)))
    pleading = ("nothing left this month", "broke until payday")
    readily = ("definitely", "you have my word")
    assert any(p in dishonest for p in pleading) and any(r in dishonest.lower() for r in readily)
    assert not any(p in honest.lower() for p in (*pleading, *readily))
    # a persona's own negotiation lines win over the built-in ones
    # (the student writes accept_date and not counter_amount)
    own = "\n".join(play(library, variant(base, 20)))
    assert "No problem at all" not in own and "You have my word" not in own
    assert any(p in own for p in pleading)
    assert set(DISHONEST_NEGOTIATION) <= set(Negotiation.model_fields)


def test_the_same_seed_gives_the_same_dishonest_call(library: Library) -> None:
    base = library.persona_for(library.scenario(SCENARIO))
    persona = variant(base, 20, trait_lines=[written_for_the_dishonest()])
    assert play(library, persona, seed=9) == play(library, persona, seed=9)


PERSONA_FILE = """\
id: sly_student
name: The sly student
summary: Says it was paid.
segment: first_time_late
loan:
  type: student
  original_amount: {{min: 5000, max: 6000}}
  overdue_amount: {{min: 100, max: 200}}
  days_past_due: {{min: 5, max: 10}}
traits:
  honesty: 20
excuses:
  - I forgot.
lines:
  answering: ["Hello?"]
fallback: ["Sorry?"]
trait_lines:
  - trait: honesty
    {range}
    lines:
      answering:
        - "It's paid, {{nonsense}}."
        - "Who's this?"
"""


def test_a_trait_line_that_cannot_be_said_is_reported_at_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "personas"
    folder.mkdir()
    text = PERSONA_FILE.format(range="below: 50")
    (folder / "sly_student.yaml").write_text(text)
    library = load_library((tmp_path,))
    problems = [p for p in library.problems if "sly_student" in p.path]
    at = text.splitlines().index('        - "It\'s paid, {nonsense}."') + 1
    assert any("nonsense" in p.message and p.line == at for p in problems), problems
    persona = library.personas["sly_student"]
    assert persona.trait_lines[0].lines["answering"] == ["Who's this?"]  # the other is kept


def test_a_block_without_a_range_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "personas"
    folder.mkdir()
    (folder / "sly_student.yaml").write_text(PERSONA_FILE.format(range="at_least: 60"))
    (folder / "bad.yaml").write_text(
        PERSONA_FILE.replace("sly_student", "bad").format(range="trait_is: 3")
    )
    library = load_library((tmp_path,))
    assert "sly_student" in library.personas and "bad" not in library.personas
    assert any(p.path.endswith("bad.yaml") for p in library.problems)


def test_the_counter_is_understated_by_50_plus_honesty_per_cent(library: Library) -> None:
    """docs/authoring.md: below 50 the counter is scaled by (50 + honesty)/100."""
    from decimal import Decimal

    from simulator.engine.debtor import DebtorState

    scenario = library.scenario(SCENARIO)
    base = library.persona_for(scenario)
    for honesty, offer in ((20, 70), (49, 99), (50, 100), (90, 100)):
        persona = variant(base, honesty)  # can pay half of 200 now: 100
        persona = persona.model_copy(
            update={"traits": persona.traits.model_copy(update={"willingness_to_pay": 90})}
        )
        d = DebtorState.start(persona, scenario, fixed_clock().now().date(), Decimal(200))
        assert d.offer() == offer, honesty
