"""Starting files for `collectsim new persona|scenario ID`: commented, valid as written.

The templates are text, not dumped models, because the comments are the point: a trainer
reads them to learn what each field does. Tests check that both templates load with no
problem at all (not even a lint warning), so they cannot silently go stale.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from simulator.content.paths import bundled_root, user_root

Kind = Literal["persona", "scenario"]
ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")  # used with fullmatch: "$" would let "ab\n" through


class ScaffoldError(Exception):
    """A new file cannot be written (bad id, file exists...); the message says why."""


def _title(item_id: str) -> str:
    return item_id.replace("_", " ").capitalize()


def _schema_line(kind: Kind) -> str:
    """Editors with a YAML language server complete and check fields from this line. The
    schemas sit beside the bundled content (a source checkout, or a wheel that carries them);
    when they are not there the line is left out."""
    path = bundled_root() / "schemas" / f"{kind}.schema.json"
    if not path.is_file():
        return ""
    return f"# yaml-language-server: $schema={path.as_uri()}\n"


PERSONA = """\
{schema}# A debtor persona: who the trainee is calling, their loan, how they behave and what
# they say. Every key below is explained by a comment; remove a comment once you know it.
# Check the file with: collectsim validate {path}

# The id other files use to name this persona: lower_case_with_underscores, unique.
id: {id}
# How trainers and trainees see this debtor.
name: {title}
summary: >-
  One or two sentences: who they are, why they are late, what it takes to get a promise.
# first_time_late | persistent_late | malicious_default | hardship | dispute
segment: first_time_late

# The generated identity in the collection record (Faker locale, age range).
identity:
  locale: en_US
  age: {{min: 25, max: 45}}

# The loan: ranges the collection record draws its numbers from, per call seed. The segment
# shapes the story: a first-time late payer has missed one payment, paid every earlier one on
# time (unless late_payments says otherwise) and broken no promise.
loan:
  type: personal  # student | car | personal | credit_card | mortgage | business
  original_amount: {{min: 2000, max: 6000}}
  overdue_amount: {{min: 150, max: 400}}
  days_past_due: {{min: 5, max: 20}}
  missed_payments: {{min: 1, max: 1}}
  previous_contacts: {{min: 0, max: 1}}
  broken_promises: {{min: 0, max: 0}}
  kept_promises: {{min: 0, max: 0}}
  # late_payments: {{min: 0, max: 2}}  # earlier instalments paid late (a kept promise is one)

# Behaviour, 0-100: patience runs down with rudeness and pressure (at 0 they hang up);
# temper makes them irritated sooner.
traits:
  patience: 60
  honesty: 70
  ability_to_pay: 70
  willingness_to_pay: 70
  temper: 30
  pays_within_days: 14      # the day (days from the call) they name when asked which day
  can_pay_now_fraction: 1.0  # share of the overdue amount they can pay at once

# Reasons they give for not paying (also used in the record's previous contacts).
excuses:
  - I thought the payment had gone through.
  - It has been a hectic month.

# What the debtor says in each scenario state: a list of variants (one is picked, never the
# same twice in a row), or a list per mood (calm, irritated, hostile).
# Placeholders in braces come from the collection record: {{first_name}}, {{debtor_name}},
# {{amount_overdue}}, {{due_date}}, {{days_past_due}}, {{loan_type}}, {{lender}} and more;
# {{promise_amount}}, {{promise_date}}, {{promise_method}} once terms are agreed.
lines:
  answering:
    - "Hello?"
    - "Hello, {{first_name}} speaking."
  verified:
    - "Yes, that's me. What is this about?"
    - "Speaking. Who is calling?"
  negotiating:
    calm:
      - "Right. How much do you need, and by when?"
      - "Okay, what did you have in mind?"
    irritated:
      - "Fine. Just tell me what you want."
  promised:
    - "Yes, {{promise_amount}} on {{promise_date}} by {{promise_method}}. Agreed."
  vague_end:
    - "I'll sort it out when I can. Bye."
  hung_up:
    - "I don't have to listen to this. Goodbye."
  turn_limit:
    - "Sorry, I have to go now."

# Said when the trainee's turn changes nothing in the call.
fallback:
  - "Sorry, what do you mean?"
  - "I'm not sure I follow."

# Optional: what they say while amount, date and method are pinned down. Placeholders here:
# {{amount}}, {{date}}, {{method}}, {{counter_amount}}, {{counter_date}}. Missing keys use
# built-in lines.
negotiation:
  accept_amount:
    - "{{amount}} is fine."
  counter_date:
    - "{{date}}? That's already gone. I could do {{counter_date}}."
  all_agreed:
    - "So {{amount}} on {{date}} by {{method}}. Okay."

# Optional: said before the state line when the trainee does something notable
# (insulted, threatened, empathy, pressured, off_topic).
reactions:
  insulted:
    - "Excuse me? There's no need for that."
  empathy:
    - "Thanks, I appreciate that."
"""

SCENARIO = """\
{schema}# A scenario: which debtor, the situation, the goal, and the debtor's states with the
# transitions between them. Every key below is explained by a comment.
# Check it:   collectsim validate {path}
# See it:     collectsim {content}diagram {id} --format text
# Try it:     collectsim {content}play {id}

# The id used on the command line: lower_case_with_underscores, unique.
id: {id}
title: "{title}"
# The persona (debtor) this scenario uses: a bundled one or one of your own.
persona: {persona}
# first_time_late | persistent_late | malicious_default | hardship | dispute
situation: first_time_late
difficulty: 2  # 1 (easy) to 5
description: >-
  What the trainee reads before the call: who they are calling and what a good call achieves.

# What counts as success. kind: full_payment | partial_payment | payment_plan, or a goal
# beyond payment (message_left, reference_obtained, callback_booked, dispute_logged,
# hardship_referral, cease_contact_honoured): then name the ending that reaches it under
# 'outcomes:' with success: true (docs/authoring.md, "Calls beyond payment").
goal:
  kind: full_payment
  description: The full overdue amount, with a date and a method, confirmed.
  min_amount_fraction: 1.0  # share of the overdue amount that counts
  within_days: 7            # the latest payment date that counts

# Rule pack switches: compliance checks (e.g. no threats, verify identity first).
rules:
  compliance: true
  legal_action_authorised: false
  dispute_window: false

turn_limit: 16  # trainee turns before the call ends on its own

# The debtor's states. Exactly one is 'initial'; a state with 'ending' ends the call with
# that outcome (promise_secured, vague_promise, refused, hung_up, escalated).
# Flags: identity_confirmed, negotiable (terms are discussed), vague_promise, drifting, rude.
initial: answering
states:
  - name: answering
    description: The debtor picks up.
  - name: verified
    description: The debtor has confirmed who they are.
    identity_confirmed: true
  - name: negotiating
    description: Amount, date and method are pinned down.
    negotiable: true
  - name: promised
    ending: promise_secured
  - name: vague_end
    ending: vague_promise
  - name: hung_up
    ending: hung_up

# What moves the debtor: a trigger (an act of the trainee such as verify_identity,
# state_amount, ask_payment, propose_terms, confirm_terms, insult, threat; or an engine event:
# patience_out, terms_complete, no_progress), from a source state ("*" = any), to a dest state,
# optionally guarded by named conditions (e.g. terms_agreed, patience_below: 30).
transitions:
  - {{trigger: verify_identity, source: answering, dest: verified}}
  - {{trigger: state_amount, source: verified, dest: negotiating}}
  - {{trigger: ask_payment, source: verified, dest: negotiating}}
  - {{trigger: propose_terms, source: verified, dest: negotiating}}
  - {{trigger: accept_vague, source: negotiating, dest: vague_end}}
  - trigger: confirm_terms
    source: negotiating
    dest: promised
    conditions: [terms_agreed]
  - trigger: insult
    source: "*"
    dest: hung_up
    conditions: [{{patience_below: 50}}]
  - {{trigger: threat, source: "*", dest: hung_up}}
  - {{trigger: patience_out, source: "*", dest: hung_up}}

# Debtor lines for this scenario; they override the persona's lines for the same state.
lines:
  answering:
    - "Hello?"
    - "Hello, who's calling?"
  verified:
    - "Yes, speaking. What's this about?"
  negotiating:
    - "Okay. What do you need from me?"
    - "Right, how much and by when?"
  promised:
    - "Yes, {{promise_amount}} on {{promise_date}} by {{promise_method}}. Agreed."
  vague_end:
    - "I'll pay when I can. Bye."
  hung_up:
    - "I'm not listening to this. Goodbye."

# Coaching hints per state ('default' where a state has none); placeholders allowed.
hints:
  default:
    - "Confirm you are speaking with {{debtor_name}} before you mention the loan."
  verified:
    - "Say why you are calling: {{amount_overdue}} was due on {{due_date}}."
  negotiating:
    - "Pin down the amount, a date and a method, then restate all three."

# How much each score counts in the overall score (0 switches one off).
rubric:
  urgency: 1.0
  politeness: 1.0
  focus: 1.0
  promise: 2.0
"""


def render(
    kind: Kind,
    item_id: str,
    path: Path,
    persona: str = "forgetful_student",
    content_dir: Path | None = None,
) -> str:
    content = f"--content {content_dir} " if content_dir is not None else ""
    if kind == "persona":
        return PERSONA.format(
            schema=_schema_line(kind), id=item_id, title=_title(item_id), path=path
        )
    return SCENARIO.format(
        schema=_schema_line(kind),
        id=item_id,
        title=_title(item_id),
        persona=persona,
        path=path,
        content=content,
    )


def target_path(kind: Kind, item_id: str, folder: Path | None) -> Path:
    base = folder if folder is not None else user_root() / f"{kind}s"
    return base / f"{item_id}.yaml"


def write_new(
    kind: Kind, item_id: str, folder: Path | None = None, persona: str = "forgetful_student"
) -> Path:
    """Write the starting file; never overwrites. Raises ScaffoldError with the reason."""
    if not ID_PATTERN.fullmatch(item_id) or len(item_id) > 64:
        raise ScaffoldError(
            f"'{item_id}' cannot be an id: use lower-case letters, digits and underscores, "
            "starting with a letter (e.g. late_plumber)"
        )
    path = target_path(kind, item_id, folder)
    if path.exists():
        raise ScaffoldError(f"{path} already exists; choose another id or move that file away")
    # a file outside the user's folder is only found with --content, so say so in its header
    content_dir = folder if folder is not None else None
    text = render(kind, item_id, path, persona, content_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as out:  # 'x': a race cannot overwrite either
            out.write(text)
    except FileExistsError as exc:
        raise ScaffoldError(f"{path} already exists; choose another id") from exc
    except OSError as exc:
        raise ScaffoldError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
