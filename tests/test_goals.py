"""Calls beyond the promise to pay (issue 12): trainer-defined acts, goals and outcomes,
rubric weights, call memory, third-party speakers, record fields, and what validate says."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from simulator.content.library import Library, load_paths
from simulator.content.lint import lint_library
from simulator.content.models import Rubric, Rules, Scenario
from simulator.engine.call import Call
from simulator.engine.diagram import mermaid, text_diagram
from simulator.engine.goals import line_picks
from simulator.engine.lines import fill
from simulator.engine.text_report import describe_result
from simulator.language import AnalysisContext, analyze
from simulator.language.custom_acts import (
    CustomActSpec,
    content_words,
    example_matches,
    pattern_problem,
    recognise,
)
from simulator.scoring.call import WEIGHTS, weights_for

WRONG_PARTY = "wrong_party_flatmate_message"
ALREADY_PAID = "already_paid_not_posted"
STOP_CALLING = "stop_calling_cease_contact"
TODAY = dt.date(2026, 1, 5)


def play(library: Library, scenario: Scenario, lines: list[str], seed: int = 1) -> Call:
    call = Call(scenario, library.persona_for(scenario), seed=seed)
    for line in lines:
        if call.finished:
            break
        call.say(fill(line, call.values))
    if not call.finished:
        call.end()
    return call


WP_GOOD = [
    "Hi, this is Sam. Is {first_name} there, please?",
    "No problem. Could you ask her to call Sam back on {callback_number}, please? Thank you.",
]
WP_DISCLOSES = [
    "Hi, this is Sam. Is {first_name} there, please?",
    "Can you tell her she owes us money?",
    "Okay. Could you ask her to call me back on {callback_number}?",
]
AP_GOOD = [
    "Hello, this is Sam calling from {lender}. Am I speaking with {debtor_name}?",
    "Thank you. This is an attempt to collect a debt, and any information obtained will be "
    "used for that purpose. I'm calling about your car loan payment.",
    "I'm sorry for the trouble. Let me check that for you.",
    "Do you have a reference number for that transfer?",
]
AP_PUSHY = [
    AP_GOOD[0],
    AP_GOOD[1],
    "Our records show it unpaid. Can you pay {amount_overdue} today?",
    "You need to pay it by Friday or late fees will be added.",
]
SC_GOOD = [
    AP_GOOD[0],
    "Thank you. This is an attempt to collect a debt, and any information obtained will be "
    "used for that purpose.",
    "I understand. I've noted that you don't want any more calls; we'll contact you in "
    "writing from now on.",
]
SC_IGNORES = [
    SC_GOOD[0],
    SC_GOOD[1],
    "I hear you, but your balance of {amount_overdue} is overdue. Can you pay it today?",
]


# --- the reader: acts a trainer defines -----------------------------------------------------


def test_content_words_drop_function_words_and_endings() -> None:
    assert content_words("Could you ask her to call me back?") == {"ask", "call", "back"}
    assert content_words("She's calling") == {"call"}


def test_an_example_matches_by_overlap_and_needs_two_words() -> None:
    example = "Please ask him to call us back"
    assert example_matches(example, content_words("Could you ask him to give us a call back?"))
    # two of three content words (0.67) is under the 0.75 threshold
    assert not example_matches(example, content_words("Can you call me back later?"))
    assert not example_matches("Call back", content_words("back"))


def test_the_reader_reports_custom_acts_in_the_analysis() -> None:
    spec = CustomActSpec("ask_reference", ("Do you have a reference number?",), (r"\bref\b",))
    context = AnalysisContext(today=TODAY, custom_acts=(spec,))
    assert analyze("What's the ref on it?", context).custom_acts == ("ask_reference",)
    assert analyze("Do you have the reference number handy?", context).custom_acts == (
        "ask_reference",
    )
    assert analyze("Can you pay today?", context).custom_acts == ()
    # without the scenario's acts, the line reads as before
    plain = analyze("What's the ref on it?", AnalysisContext(today=TODAY))
    assert plain.custom_acts == ()


def test_a_trainers_act_is_read_in_text_speak_as_the_built_in_ones_are() -> None:
    """Played as a terse typist: "wat day u send it" to the customer who had paid was read as
    asking for the money again (a critical compliance finding, and the customer hung up),
    although the scenario's act "when did you send it" was exactly what was asked."""
    spec = CustomActSpec(
        "check_payment",
        ("When did you send the transfer?",),
        (r"\b(?:which|what)\s+(?:day|date)\s+you\s+(?:send|sent)\b",),
    )
    assert recognise("hm not seeing it. wat day u send it", (spec,)) == ("check_payment",)
    assert recognise("when did u send the transfer?", (spec,)) == ("check_payment",)  # example
    assert recognise("can u send it 2day?", (spec,)) == ()


def test_the_reference_asked_for_as_typed_in_a_hurry_reaches_the_goal(library: Library) -> None:
    """Played as terse typists: "do u have the referance number", "the ref no." and "what day
    u send it" got "I'm not paying it twice!" and a hang-up ("Refused to pay")."""
    scenario = library.scenario(ALREADY_PAID)
    for asked in (
        "ok sorry bout that. do u have the referance number from the transfer? ill get it traced",
        "not asking u to pay again. just need the ref no. so we can trace it",
        "do u have the confirmation # from ur bank?",
    ):
        c = play(library, scenario, [*AP_GOOD[:2], asked])
        assert c.outcome is not None and c.outcome.value == "reference_taken", asked
        assert not c.scores().failed, asked
    for check in (
        "hm not seeing it. wat day u send it",
        "ok. when?",
        "ok. what day n how, transfer?",
    ):
        # (rounds 27 and 28: the two short ones were critical findings, "pressed for payment")
        sent = play(library, scenario, [*AP_GOOD[:2], check])
        assert not sent.scores().failed and "twice" not in sent.turns[-1].reply, check


def test_a_custom_act_on_a_line_without_terms_drops_guessed_payment_acts() -> None:
    spec = CustomActSpec("leave_message", ("Could you ask her to call me back?",))
    text = "Could you ask her to call Sam back, please?"
    before = analyze(text, AnalysisContext(today=TODAY))
    after = analyze(text, AnalysisContext(today=TODAY, custom_acts=(spec,)))
    assert after.custom_acts == ("leave_message",)
    assert not {"ask_payment", "propose_terms", "set_deadline"} & {a.value for a in after.acts}
    assert before.acts  # the reader alone still reads it its own way
    # a line that names a term keeps the payment acts
    paying = analyze(
        "Could you ask her to call me back and pay $100 by Friday?",
        AnalysisContext(today=TODAY, custom_acts=(spec,)),
    )
    assert "leave_message" in paying.custom_acts
    assert paying.slots.amount is not None


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        ("(a+)+b", "a repeat inside a repeat"),
        ("(?:x|xy)*z", "a repeated alternation"),
        (r"(a)\1", "a back-reference"),
        ("call (me", "does not compile"),
        (r"\w+ \w+ \w+ \w+ \w+", "unbounded repeats"),
    ],
)
def test_dangerous_or_broken_patterns_are_refused(pattern: str, why: str) -> None:
    found = pattern_problem(pattern)
    assert found is not None and why in found[1]


def test_safe_patterns_pass_and_spaces_do_not_count() -> None:
    assert pattern_problem(r"\bcall\s+(?:me|us)\s+back\b") is None
    assert pattern_problem(r"\bnoted\s+that\s+you\s+(?:don.t|do\s+not)\s+want\b") is None


def test_a_refused_pattern_is_never_run() -> None:
    spec = CustomActSpec("x", (), ("(a+)+b",))
    assert recognise("aab", (spec,)) == ()  # it would match, were it run
    # (run, this would backtrack for longer than anyone waits: returning at all is the point)
    assert recognise("a" * 5000 + "!", (spec,)) == ()


# --- goals, outcomes, rubric ------------------------------------------------------------------


def test_wrong_party_well_run_reaches_the_goal_with_goal_tips(library: Library) -> None:
    call = play(library, library.scenario(WRONG_PARTY), WP_GOOD)
    assert call.outcome is not None and call.outcome.value == "message_left"
    scores = call.scores()
    assert not scores.failed and scores.promise == 100 and scores.overall >= 70
    tips = " ".join(t.message for t in scores.tips)
    assert "amount" not in tips and "promise" not in tips.lower()
    picks = line_picks(call)
    assert picks is not None and picks[0].index == 2  # the message is the strongest line


def test_wrong_party_disclosure_fails_at_the_end_while_the_call_goes_on(
    library: Library,
) -> None:
    call = play(library, library.scenario(WRONG_PARTY), WP_DISCLOSES)
    assert call.outcome is not None and call.outcome.value == "message_left"
    assert call.debtor.flags == {"disclosed"}
    assert call.turns[1].flags_set == ("disclosed",)
    scores = call.scores()
    assert scores.failed and scores.overall <= 40
    finding = next(f for f in scores.compliance if f.rule == "disclosure_to_third_party")
    assert finding.turn_index == 1 and "owes us money" in finding.text
    assert "disclosure_to_third_party" in scores.tips[0].message
    picks = line_picks(call)
    assert picks is not None and picks[1].index == 2  # the disclosure is the line to rework
    # the message was left, but "nothing disclosed" was the goal too (play-test 32)
    assert scores.promise == 0
    report = describe_result(call)
    assert "Goal:    not reached (the call broke disclosure_to_third_party)" in report
    goal_tip = next(t.message for t in scores.tips if t.guidance == "scenario goal")
    assert "but the call broke disclosure_to_third_party on the way" in goal_tip
    assert call.to_dict()["goal"]["reached"] is False


def test_already_paid_checking_wins_and_pressing_fails(library: Library) -> None:
    scenario = library.scenario(ALREADY_PAID)
    good = play(library, scenario, AP_GOOD)
    assert good.outcome is not None and good.outcome.value == "reference_taken"
    assert not good.scores().failed
    # a record field said by the debtor: the reference, one per account
    assert good.values["payment_reference"] in good.turns[-1].reply
    pushy = play(library, scenario, AP_PUSHY)
    assert pushy.outcome is not None and pushy.outcome.value == "refused"
    scores = pushy.scores()
    assert scores.failed and scores.promise == 0
    assert pushy.scores().overall < good.scores().overall
    tips = " ".join(t.message for t in scores.tips)
    assert "pressed for payment" in tips or "pressed_for_paid_debt" in tips
    assert "ask again, with the amount" not in tips


def test_stop_calling_honoured_or_ignored(library: Library) -> None:
    scenario = library.scenario(STOP_CALLING)
    good = play(library, scenario, SC_GOOD)
    assert good.outcome is not None and good.outcome.value == "contact_ceased"
    assert not good.scores().failed
    ignored = play(library, scenario, SC_IGNORES)
    assert "ignored_request" in ignored.debtor.flags
    assert any(f.rule == "cease_request_ignored" for f in ignored.scores().compliance)
    assert "Goal:    reached" in describe_result(good)
    # the debtor ends it, the request honoured at last; the goal line says why the call still
    # fails (play-test 62 read "honoured" as a pass)
    pushed_once = play(
        library,
        scenario,
        [
            "{debtor_name}?",
            "Alex, {lender}. DOB please.",
            "Thanks. This is an attempt to collect a debt, info used for that purpose.",
            "Ok. Before I go - any plan to pay it?",
            "Fine. Understood. No more calls.",
        ],
    )
    report = describe_result(pushed_once)
    assert report.startswith("Outcome: Request to stop calling honoured\n")
    assert "Goal:    not reached (the call broke cease_request_ignored)" in report


def test_rubric_weights_change_overall_and_zero_switches_off(library: Library) -> None:
    # the rule pack off: a failed call's cap would hide the change
    base = library.scenario("student_forgot_first_late")
    base = base.model_copy(update={"rules": Rules()})
    lines = [
        "Hello, this is Sam calling from {lender}. Am I speaking with {debtor_name}?",
        "Could you pay {amount_overdue} by Friday by card?",
    ]
    default = play(library, base, lines).scores()
    assert weights_for(Rubric().model_dump()) == WEIGHTS
    heavy = base.model_copy(update={"rubric": Rubric(urgency=5.0, promise=0.5)})
    changed = play(library, heavy, lines).scores()
    assert changed.overall != default.overall
    only_politeness = base.model_copy(
        update={"rubric": Rubric(urgency=0, focus=0, promise=0, politeness=1)}
    )
    polite = play(library, only_politeness, lines).scores()
    composure_weight = WEIGHTS["composure"] if polite.composure is not None else 0
    if composure_weight == 0:
        assert polite.overall == polite.politeness  # the only dimension still counted


def test_third_party_is_shown_as_themselves(library: Library) -> None:
    call = play(library, library.scenario(WRONG_PARTY), WP_GOOD)
    assert call.speaker == "Jess (flatmate)"
    data = call.to_dict()
    assert data["speaker"] == "Jess (flatmate)"
    assert data["goal"] == {
        "kind": "message_left",
        "reached": True,
        "outcome_label": "Message left for a callback",
    }
    report = describe_result(call)
    assert "Outcome: Message left for a callback" in report and "goal 100" in report


def test_record_fields_fill_placeholders(library: Library) -> None:
    call = Call(library.scenario(WRONG_PARTY), library.personas["flatmate_answers"], seed=3)
    assert call.values["callback_number"] == "1-800-555-0142"
    stop = Call(library.scenario(STOP_CALLING), library.personas["stop_calling_debtor"], seed=3)
    assert (
        stop.values["letter_reference"]
        == f"CC-{call.values['account_last4'] and stop.values['account_last4']}-W"
    )
    assert "{" not in stop.hint()


def test_payment_calls_export_exactly_as_before(library: Library) -> None:
    call = play(library, library.scenario("student_forgot_first_late"), ["Hello?"])
    data = call.to_dict()
    assert "goal" not in data and "speaker" not in data and "flags" not in data
    assert all("custom_acts" not in t for t in data["turns"])


# --- validate, diagrams -----------------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "scenarios" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


SMALL = """\
id: {id}
title: A small call
persona: forgetful_student
situation: first_time_late
difficulty: 1
description: {description}
goal:
  kind: callback_booked
  description: A callback booked.
outcomes:
  - {{name: booked, label: Callback booked, success: true}}
acts:
  - name: book_callback
    means: books a time to call back
    examples:
      - "Can I call you back tomorrow at ten?"
      - "Could you pay the overdue amount today?"
    near_misses:
      - "Call me back tomorrow at ten, would you?"
initial: answering
states:
  - name: answering
  - name: booked
    ending: booked
  - name: hung_up
    ending: hung_up
transitions:
  - {{trigger: book_callback, source: answering, dest: booked}}
  - {{trigger: insult, source: "*", dest: hung_up}}
  - {{trigger: threat, source: "*", dest: hung_up}}
  - {{trigger: verify_identity, source: answering, dest: same}}
"""


def test_validate_notes_examples_and_warns_on_claims(tmp_path: Path) -> None:
    path = _write(tmp_path, "small.yaml", SMALL.format(id="small_call", description="Call."))
    lib = load_paths([path])
    assert not [p for p in lib.problems if p.severity == "error"], lib.problems
    problems = lint_library(lib, only=[path], notes=True)
    notes = [p.message for p in problems if p.severity == "note"]
    warnings = [p.message for p in problems if p.severity == "warning"]
    assert any("read as 'book_callback'" in n for n in notes)
    # the act has examples and no pattern: each example is read by its example
    assert any(n.startswith("read as 'book_callback' (by its example)") for n in notes), notes
    assert not any("by its pattern" in n for n in notes)
    assert any(
        "two acts claim this example: 'book_callback' and " in w and "'ask_payment'" in w
        for w in warnings
    ), warnings
    assert any("near miss is read as 'book_callback'" in w for w in warnings)
    assert all(p.severity != "note" for p in lint_library(lib, only=[path]))


def test_an_act_that_claims_built_in_examples_is_pointed_at_by_its_name(tmp_path: Path) -> None:
    """A pattern as wide as 'pay' reads the reader's own examples ("Can you pay by
    Friday?") as the scenario's act: the warning points at that act's name."""
    text = SMALL.format(id="greedy_call", description="Call.").replace(
        '      - "Could you pay the overdue amount today?"\n',
        "      - \"Could you pay the overdue amount today?\"\n    patterns:\n      - '\\bpay\\b'\n",
    )
    path = _write(tmp_path, "greedy.yaml", text)
    lib = load_paths([path])
    claims = [p for p in lint_library(lib, only=[path]) if "claims the built-in" in p.message]
    assert any("'set_deadline' example 'Can you pay by Friday?'" in p.message for p in claims)
    lines = path.read_text(encoding="utf-8").splitlines()
    name_line = lines.index("  - name: book_callback") + 1
    assert {(p.line, p.col) for p in claims} == {(name_line, len("  - name: ") + 1)}


def test_placeholders_are_checked_in_the_description(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "typo.yaml", SMALL.format(id="typo_call", description="Call {debtor_nmae}.")
    )
    lib = load_paths([path])
    found = [str(p) for p in lib.problems if p.rule == "unknown_placeholder"]
    assert found and ":6:14: unknown placeholder '{debtor_nmae}' in this description" in found[0]
    assert "did you mean 'debtor_name'" in found[0]


def test_a_duplicate_id_is_found_from_a_single_file(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", SMALL.format(id="twice", description="Call."))
    second = _write(tmp_path, "b.yaml", SMALL.format(id="twice", description="Call."))
    lib = load_paths([second])
    dup = [str(p) for p in lib.problems if p.rule == "duplicate_id"]
    assert dup and dup[0].startswith(f"{second}:1:5: duplicate scenario id 'twice'")


def test_yaml_indentation_is_said_in_plain_words(tmp_path: Path) -> None:
    path = _write(tmp_path, "indent.yaml", "id: x\nstates:\n  - name: a\n   - name: b\n")
    messages = [str(p) for p in load_paths([path]).problems]
    assert any(":4:4: the indentation is wrong at line 4" in m for m in messages), messages


@pytest.mark.parametrize("scenario_id", [WRONG_PARTY, ALREADY_PAID, STOP_CALLING])
def test_diagrams_agree_and_show_flags(library: Library, scenario_id: str) -> None:
    scenario = library.scenario(scenario_id)
    text = text_diagram(scenario)
    assert "sets " in text
    drawn = mermaid(scenario)
    endings = {s.name for s in scenario.endings()}
    for line in drawn.splitlines():
        if "-->" in line:
            source = line.split("-->")[0].strip()
            assert source not in endings, f"an arrow leaves the ending {source}: {line}"


def test_student_diagram_draws_no_arrow_out_of_an_ending(library: Library) -> None:
    scenario = library.scenario("student_forgot_first_late")
    endings = {s.name for s in scenario.endings()}
    for line in mermaid(scenario).splitlines():
        if "-->" in line:
            assert line.split("-->")[0].strip() not in endings, line


def test_a_goal_no_ending_reaches_is_a_warning(tmp_path: Path) -> None:
    text = SMALL.format(id="no_win", description="Call.").replace("success: true", "success: false")
    path = _write(tmp_path, "no_win.yaml", text)
    problems = lint_library(load_paths([path]), only=[path])
    found = [str(p) for p in problems if p.rule == "goal_unreachable"]
    assert found and "no ending reaches the goal 'callback_booked'" in found[0]


def test_a_line_after_the_goal_is_never_the_line_to_rework(library: Library) -> None:
    """Played in the UI: with the promise secured and confirmed, the debrief's "line to rework"
    was "is this the best number for a reminder text?" (it moves no payment)."""
    from test_engine_core import GOOD, new_call
    from test_engine_core import play as play_lines

    call = play_lines(new_call(library), GOOD)
    assert call.closing
    call.say("is this the best number for a reminder text?")
    picks = line_picks(call)
    assert picks is not None
    assert picks[1] is None or picks[1].index <= len(GOOD), picks[1]
    rude = play_lines(new_call(library), GOOD)
    rude.say("about time, you useless idiot")
    picks = line_picks(rude)
    assert picks is not None and picks[1] is not None and picks[1].index == len(GOOD) + 1


@pytest.mark.parametrize(
    "acknowledged",
    [
        "Fine. If that's what you want. So you're saying don't phone you any more and only send "
        "letters, right?",
        "Um, so you'd like everything by letter from now on, is that right?",
    ],
)
def test_the_stop_request_said_back_honours_it(library: Library, acknowledged: str) -> None:
    """Played (rounds 25 and 29): the debtor's own request said back to be sure of it got
    "Hm, I don't know." and "What?"."""
    call = play(library, library.scenario(STOP_CALLING), [*SC_GOOD[:2], acknowledged])
    assert call.outcome is not None and call.outcome.value == "contact_ceased", call.turns[-1]
    assert not call.scores().failed


def test_a_line_that_moved_the_debtor_on_is_not_the_line_to_rework(library: Library) -> None:
    """Played in the UI as a good collector: the car-breakdown brief says "ask what happened",
    and "What happened with the car?" (which moved the debtor to explain) was the debrief's line
    to rework, for its low urgency."""
    lines = [
        "No, sorry, not the garage! Am I speaking with {debtor_name}?",
        "Thanks {first_name}. I'm Tess from {lender}. Could you confirm your date of birth?",
        "Great, thanks. This is an attempt to collect a debt and any information obtained will "
        "be used for that purpose. It's about the car loan payment that hasn't come in.",
        "Oh no, I'm sorry to hear that. What happened with the car?",
        "I understand. What could you manage to put towards it this week?",
        "Could you do half on Friday the 13th, with the rest on your next instalment?",
        "Great. How would you like to pay, card or bank transfer?",
        "Perfect. So just to recap: half by bank transfer on Friday the 13th, and the rest with "
        "your next instalment. Is that right?",
    ]
    call = play(library, library.scenario("car_broke_down_partial"), lines, seed=7)
    asked = call.turns[3]
    assert asked.state_after != asked.state_before  # it moved the debtor on
    picks = line_picks(call)
    assert picks is not None and picks[1] is not asked, picks[1]


def test_a_scenario_that_ends_badly_on_consequences_gets_no_tip_to_tell_them(
    library: Library,
) -> None:
    """Play-test seventy-five: the courteous reminder (a consequence told to this customer
    ends in a refusal) still had its trainee told to "say what happens if it is late"; a
    scenario whose consequences move the call on keeps the advice."""
    from simulator.engine.goals import goal_view

    for scenario_id, backfire in (
        ("personal_loan_courteous_reminder", True),
        ("car_broke_down_partial", False),
    ):
        scenario = library.scenario(scenario_id)
        assert goal_view(scenario, "vague_promise").consequences_backfire is backfire
        call = Call(scenario, library.persona_for(scenario), seed=3)
        for line in (
            "Hi, is this {debtor_name}?",
            "Could you confirm your date of birth please?",
            "I'm calling from {lender} about your overdue payment of {amount_overdue}.",
            "Could you pay it?",
        ):
            call.say(fill(line, call.values))
        call.end()
        tips = " ".join(t.message for t in call.scores().tips)
        assert ("say what happens if it is late" in tips) is not backfire, (scenario_id, tips)
