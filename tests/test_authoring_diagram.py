"""`collectsim diagram SCENARIO --format text`: every state with what moves it, readable in a
terminal."""

from __future__ import annotations

from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import Library
from simulator.content.models import Scenario
from simulator.engine.diagram import text_diagram


def small(**changes: object) -> Scenario:
    data: dict[str, object] = {
        "id": "diagram_case",
        "title": "Diagram case",
        "persona": "forgetful_student",
        "situation": "first_time_late",
        "difficulty": 1,
        "description": "d",
        "goal": {"kind": "full_payment", "description": "g"},
        "initial": "answering",
        "states": [
            {"name": "answering"},
            {"name": "talking", "negotiable": True},
            {"name": "stuck"},
            {"name": "promised", "ending": "promise_secured"},
            {"name": "refused", "ending": "refused"},
        ],
        "transitions": [
            {"trigger": "verify_identity", "source": "answering", "dest": "talking"},
            {
                "trigger": "confirm_terms",
                "source": "talking",
                "dest": "promised",
                "conditions": ["terms_agreed", {"patience_at_least": 20}],
                "unless": [{"mood_is": "hostile"}],
            },
            {"trigger": "say_no", "source": "stuck", "dest": "refused"},
        ],
    }
    data.update(changes)
    return Scenario.model_validate(data)


def block(text: str, state: str) -> list[str]:
    """The lines of one state's block: its heading and the transitions under it."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line[2:].split(" ")[0] == state)
    out = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.startswith("      "):
            break
        out.append(line.strip())
    return out


def test_states_transitions_and_guards() -> None:
    text = text_diagram(small())
    assert block(text, "answering") == ["> answering  (initial)", "verify_identity -> talking"]
    talking = block(text, "talking")
    assert "negotiates terms" in talking[0]
    assert talking[1:] == [
        "confirm_terms -> promised  if terms_agreed and patience_at_least(20) and "
        "not mood_is(hostile)"
    ]
    assert block(text, "promised")[0].split() == ["promised", "[end:", "promise_secured]"]


def test_unreachable_and_dead_end_states_are_visible() -> None:
    text = text_diagram(small())
    assert "(unreachable)" in block(text, "stuck")[0]
    assert "(unreachable)" in block(text, "refused")[0]
    assert "(unreachable)" not in block(text, "promised")[0]
    no_exit = small(
        transitions=[{"trigger": "verify_identity", "source": "answering", "dest": "talking"}]
    )
    assert block(text_diagram(no_exit), "talking")[1:] == ["(no way out)"]


def test_state_descriptions_are_shown_under_their_state() -> None:
    states = [
        {"name": "answering", "description": "Picks up,\n unsure who calls."},
        {"name": "talking", "negotiable": True},
        {"name": "promised", "ending": "promise_secured", "description": "Agreed."},
    ]
    text = text_diagram(small(states=states, transitions=[
        {"trigger": "verify_identity", "source": "answering", "dest": "talking"},
        {"trigger": "confirm_terms", "source": "talking", "dest": "promised"},
    ]))  # fmt: skip
    assert block(text, "answering")[1:] == [
        "~ Picks up, unsure who calls.",
        "verify_identity -> talking",
    ]
    assert block(text, "promised")[1:] == ["~ Agreed."]
    assert "~" not in "".join(block(text, "talking"))


def test_any_state_transitions_are_listed_once() -> None:
    scenario = small(
        transitions=[
            {"trigger": "verify_identity", "source": "answering", "dest": "talking"},
            {"trigger": "insult", "source": "*", "dest": "refused"},
        ]
    )
    text = text_diagram(scenario)
    assert text.count("insult -> refused") == 1
    assert text.splitlines()[-2:] == [
        "From any state that is not an ending:",
        "      insult -> refused",
    ]
    assert "(no way out)" not in text


def test_command_prints_text_for_every_bundled_scenario(library: Library) -> None:
    runner = CliRunner()
    for scenario_id, scenario in library.scenarios.items():
        result = runner.invoke(cli, ["diagram", scenario_id, "--format", "text"])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"{scenario.title} ({scenario_id})\n")
        for state in scenario.states:
            assert f" {state.name}" in result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 120


def test_unknown_scenario_is_one_line_exit_2() -> None:
    result = CliRunner().invoke(cli, ["diagram", "student_forgot", "--format", "text"])
    assert result.exit_code == 2
    assert result.stderr.startswith("collectsim: unknown scenario 'student_forgot'")
    assert len(result.stderr.strip().splitlines()) == 1
