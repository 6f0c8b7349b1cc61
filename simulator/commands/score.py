"""`collectsim score [FILE|-] [--json]`: score collector utterances without playing a call.

Input: one utterance per line, or JSON lines with a "text" field (decided per line: a line
that starts with "{" and parses as an object with a string "text" is JSON; anything else is
the utterance itself, so texts with newlines travel as JSON). Optional JSON fields feed the
turn context: "debtor_drifted", "debtor_was_rude", "previous_debtor_line"; "id" is echoed.
Output: one result per input line, in order; JSON lines with --json, else a table in which
each line's evidence follows its row in a collector's words ("+ asked politely (could you /
would you); gave a clear deadline this week", "- insulted the debtor"; scoring/plain.py, as
the debrief says it), and with --detail the learned cues behind each score, with their points
and the words they read (the JSON always carries those).
Empty lines, 100 KB lines and any Unicode are scored. A line that cannot be scored (JSON with
NaN or nesting a thousand deep, an "amount_overdue" that is not an amount, a line the reader
fails on) gives a row with "error" (and "line", its number) instead of scores; every other
line is scored as usual, and the output is always standard JSON (no NaN or Infinity, no lone
surrogates). An unreadable file is one line on stderr and exit 2; output that cannot be
written (a full disk) is one line and exit 3. A large file (512 KB or more) is scored by one
process a CPU core (`--jobs N` sets how many), with the same output; standard input is read
in this process, each answer written as soon as its line is in. Imports stay light (no
textual, rich, pydantic, faker, transitions) so the command starts in well under half a
second.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import os
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from json.encoder import encode_basestring
from typing import IO, TYPE_CHECKING, Any, NamedTuple

import click

from simulator.language import AnalysisContext, analyze
from simulator.language.numbers import MAX_SUM
from simulator.language.types import Analysis
from simulator.scoring import TurnContext, score_turn
from simulator.scoring.dimensions import DIMENSIONS
from simulator.scoring.plain import plain_words
from simulator.scoring.spans import Term, terms
from simulator.scoring.turn import turn_plans
from simulator.scoring.types import DimensionScore, TurnScores
from simulator.textsafe import representable, shown, unsurrogate

if TYPE_CHECKING:
    from concurrent.futures import Future

# The order this command writes the dimensions in, as it always has: politeness first, then
# the others in the registry's order (scoring/dimensions.py).
COLUMNS = ("politeness", *(d for d in DIMENSIONS if d != "politeness"))
# One encoder for the whole run: json.dumps with options builds a new one for every line.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_quote = encode_basestring  # a JSON string literal, as the encoder above writes it (in C)


BLOCK = 1 << 16
# Below this (~7,000 lines) starting processes costs more than they save.
PARALLEL_BYTES = 512 * 1024
MAX_JOBS = 64  # a typo of --jobs 1000 should not start a thousand processes


def _line_blocks(stream: IO[bytes]) -> Iterator[list[str]]:
    """The stream's lines, a block at a time: split at "\n" only, decoded as UTF-8 (a bad
    byte becomes U+FFFD), without their line ends. A block is what the stream has ready, up
    to 64 KB: a file gives a thousand lines at once, a person typing gives one line, and the
    answers are written after each block, so both are served. Decoding line by line would
    cost a tenth of the scoring time; the incremental decoder keeps a character split
    between blocks whole."""
    decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode
    read = stream.read1 if hasattr(stream, "read1") else stream.read
    started: list[str] = []  # the pieces of a line begun in earlier blocks (kept, not added
    # up, so a line of any length costs time in proportion to it)
    while True:
        block = read(BLOCK)
        text = decode(block, final=not block)
        if "\n" in text:
            lines = text.split("\n")
            if started:
                started.append(lines[0])
                lines[0] = "".join(started)
                started.clear()
            end = lines.pop()
            if end:
                started.append(end)
            yield [line.rstrip("\r") for line in lines]
        elif text:
            started.append(text)
        if not block:
            break
    if started:
        yield ["".join(started).rstrip("\r")]


_PLAIN: dict[str, Any] = {}  # the (never changed) extra fields of a plain-text line


class OutputError(Exception):
    """Standard output refused the scores (ENOSPC, EIO...): the run cannot go on."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(exc.strerror or str(exc))


class LineError(ValueError):
    """A line that cannot be scored; the message says why and what would fix it."""


def _not_standard(name: str) -> Any:
    raise LineError(
        f"the JSON holds {name}, which standard JSON does not allow; write a number or null"
    )


# Lone surrogates (JSON's "\\ud800" escapes) cannot be written as UTF-8: each becomes
# U+FFFD, as an undecodable byte does.
_clean = unsurrogate


def _parse(line: str) -> tuple[str, dict[str, Any]]:
    """(text, extra fields) of one input line."""
    if line.lstrip().startswith("{"):
        try:
            obj = json.loads(line, parse_constant=_not_standard)
        except RecursionError:
            raise LineError("the JSON nests too deeply; keep fields flat") from None
        except LineError:
            raise
        except ValueError:
            return line, {}
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            return _clean(obj["text"]), obj
    return line, {}


def _number(value: Decimal | None) -> int | float | None:
    if value is None or not representable(value):  # as play --json writes it: null
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _evidence(score: DimensionScore) -> list[dict[str, Any]]:
    return [
        {"cue": e.cue, "text": e.text, "start": e.start, "end": e.end, "weight": e.weight}
        for e in score.evidence
    ]


def result(analysis: Analysis, scores: TurnScores, extra: dict[str, Any]) -> dict[str, Any]:
    slots = analysis.slots
    out: dict[str, Any] = {}
    if "id" in extra:
        out["id"] = extra["id"]
    out.update(
        {
            "text": analysis.text,
            **{d: scores.get(d).value for d in COLUMNS},
            "acts": [a.value for a in analysis.acts],
            "slots": {
                "amount": _number(slots.amount),
                "amount_text": slots.amount_text,
                "date": slots.date.isoformat() if slots.date else None,
                "date_text": slots.date_text,
                "method": slots.method,
            },
            "flags": sorted(analysis.flags),
            "evidence": {d: _evidence(scores.get(d)) for d in COLUMNS},
        }
    )
    return out


def _strings(values: Iterable[str]) -> str:
    return "[" + ",".join(map(_quote, values)) + "]"


def _maybe(value: str | None) -> str:
    return "null" if value is None else _quote(value)


# A term's name and points come from a few hundred scoring plans: their JSON is written once.
# Only for floats other than 0: 0.0 and -0.0 (or 1 and 1.0) are equal keys but write apart.
_TERMS: dict[tuple[str, float], tuple[str, str]] = {}


def _term_json(cue: str, weight: float) -> tuple[str, str]:
    head_tail = (f'{{"cue":{_quote(cue)},"text":', f',"weight":{weight!r}}}')
    if weight and weight.__class__ is float and len(_TERMS) < 10_000:
        _TERMS[cue, weight] = head_tail
    return head_tail


def _terms_json(quoted: list[Term]) -> str:
    items = []
    for name, points, text, start, end in quoted:
        head, tail = _TERMS.get((name, points)) or _term_json(name, points)
        items.append(f'{head}{_quote(text)},"start":{start!r},"end":{end!r}{tail}')
    return "[" + ",".join(items) + "]"


# A line's acts and flags are one of a few hundred combinations: each is written once.
_LISTS: dict[tuple[str, ...] | frozenset[str], str] = {}


def _bound_lists() -> None:
    if len(_LISTS) >= 10_000:  # a bound on memory, whatever the input
        _LISTS.clear()


def _acts_json(acts: tuple[str, ...]) -> str:
    found = _LISTS.get(acts)
    if found is None:
        _bound_lists()
        found = _LISTS[acts] = _strings(acts)
    return found


def _flags_json(flags: frozenset[str]) -> str:
    found = _LISTS.get(flags)
    if found is None:
        _bound_lists()
        found = _LISTS[flags] = _strings(sorted(flags))
    return found


def result_json(analysis: Analysis, turn: TurnContext, extra: dict[str, Any]) -> str:
    """`result(analysis, score_turn(analysis, turn), extra)` as one JSON line: the same text
    json.dumps makes of it (tests compare them), written straight from the scoring plans,
    without building the score objects or the dicts and walking them."""
    first, plans = turn_plans(analysis, turn)
    slots = analysis.slots
    amount = _number(slots.amount)
    if isinstance(amount, float) and not math.isfinite(amount):
        raise LineError("the amount in this line is too large to be written")
    head = f'{{"id":{_id_json(extra["id"])},' if "id" in extra else "{"
    return (
        f'{head}"text":{_quote(analysis.text)},'
        + "".join(f'"{d}":{plans[d][0]!r},' for d in COLUMNS)
        + f'"acts":{_acts_json(analysis.acts)},'  # an Act is a str: its value
        f'"slots":{{"amount":{"null" if amount is None else repr(amount)},'
        f'"amount_text":{_maybe(slots.amount_text)},'
        f'"date":{"null" if slots.date is None else _quote(slots.date.isoformat())},'
        f'"date_text":{_maybe(slots.date_text)},"method":{_maybe(slots.method)}}},'
        f'"flags":{_flags_json(analysis.flags)},'
        '"evidence":{'
        + ",".join(f'"{d}":{_terms_json(terms(plans[d], analysis, first))}' for d in COLUMNS)
        + "}}"
    )


def _id_json(value: Any) -> str:
    try:
        text = _ENCODER.encode(value)
    except RecursionError:
        raise LineError("the id nests too deeply; use a string or a number") from None
    return unsurrogate(text)


def error_json(number: int, line: str, message: str) -> str:
    """The row of a line that could not be scored: its number, its text, the reason, and
    its id when the line is JSON with one (standard JSON in every case)."""
    head = "{"
    if line.lstrip().startswith("{"):
        try:
            obj = json.loads(line, parse_constant=_not_standard)
            if isinstance(obj, dict) and "id" in obj:
                head = f'{{"id":{_id_json(obj["id"])},'
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                line = obj["text"]
        except (ValueError, RecursionError):
            pass
    return f'{head}"line":{number},"text":{_quote(_clean(line))},"error":{_quote(message)}}}'


def _error_row(line: str, message: str) -> str:
    text = shown(" ".join(_clean(line).split()))
    if len(text) > 40:
        text = text[:39] + "…"
    return "".join(f"{'-':>4} " for _ in COLUMNS) + f" {'error: ' + message:<38.38} {text}"


def _table_row(data: dict[str, Any]) -> str:
    text = shown(" ".join(str(data["text"]).split()))
    if len(text) > 60:
        text = text[:59] + "…"
    acts = ",".join(a for a in data["acts"] if a != "other") or "-"
    return "".join(f"{data[d]:>4} " for d in COLUMNS) + f" {acts:<38.38} {text}"


INDENT = " " * 16  # evidence lines start under the acts column
QUOTE_CHARS = 40
MAX_SAID = 4  # phrases per score, the weightiest (as the debrief shows them)


def _evidence_rows(scores: TurnScores, detail: bool) -> list[str]:
    """A scored line's evidence under its row, a line per score: what the collector did, in
    their words, "+" for what earned points and "-" for what cost them, the weightiest
    first, each said once; with `detail`, a line per score of the learned cues, with their
    points and the words they read."""
    rows = []
    for d in COLUMNS:
        evidence = sorted(
            (e for e in scores.get(d).evidence if e.weight), key=lambda e: -abs(e.weight)
        )
        said: list[tuple[str, str]] = []
        for e in evidence:
            words = plain_words(e.cue)
            # "asked politely" adds nothing to "asked politely (could you / would you)"
            if len(said) < MAX_SAID and not any(w.startswith(words) for _, w in said):
                said.append(("+" if e.weight > 0 else "-", words))
        if said:
            parts = [
                f"{sign} {'; '.join(w for s, w in said if s == sign)}"
                for sign in "+-"
                if any(s == sign for s, _ in said)
            ]
            rows.append(f"{INDENT}{d + ':':<16} {'  '.join(parts)}")
    if detail:
        for d in COLUMNS:
            cues = [f'{e.cue} {e.weight:+.1f} "{_short(e.text)}"' for e in scores.get(d).evidence]
            rows.append(f"{INDENT}{d + ' cues:':<16} {', '.join(cues) or 'none'}")
    return rows


def _short(text: str) -> str:
    text = shown(" ".join(text.split()))
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a date (YYYY-MM-DD): {value}") from None


@click.command("score", help="Score collector utterances, one per line or JSON lines.")
@click.argument("source", required=False, default="-", metavar="[FILE|-]")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input line.")
@click.option("--today", default=None, metavar="YYYY-MM-DD", help="Date for 'Friday', 'the 15th'.")
@click.option(
    "--overdue",
    default=None,
    metavar="AMOUNT",
    help="Amount overdue, so 'the full amount' and 'half' resolve to money.",
)
@click.option(
    "--detail",
    is_flag=True,
    help="In the table, also the learned cues behind each score, with their points and the "
    "words they read (--json always carries them).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=0, max=MAX_JOBS),
    default=0,
    metavar="N",
    help="Score a large file with N processes (default 0: one a CPU core for a file of "
    f"{PARALLEL_BYTES // 1024} KB or more, else one). The output is the same, in order.",
)
def command(
    source: str,
    as_json: bool,
    today: str | None,
    overdue: str | None,
    detail: bool,
    jobs: int,
) -> None:
    day = _today(today)
    amount: Decimal | None = None
    if overdue is not None:
        try:
            amount = parse_amount(overdue)
        except LineError:
            raise click.BadParameter(
                f"not an amount: {overdue} (give one such as 1250.00)", param_hint="--overdue"
            ) from None
    context = AnalysisContext(today=day, amount_overdue=amount)
    plain_turn = TurnContext()
    try:
        stream: IO[bytes] = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    except OSError as exc:
        click.echo(f"collectsim score: cannot read {source}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    out = sys.stdout
    try:
        if not as_json:
            _write(out, "".join(f"{d[:3]:>4} " for d in COLUMNS) + f" {'acts':<38} text\n")
        settings = _Settings(day, context, amount, plain_turn, as_json, detail)
        workers = _workers(jobs, stream)
        blocks = _numbered(_line_blocks(stream))
        answers = (
            _answer_blocks(blocks, settings)
            if workers == 1
            else _answer_blocks_in_parallel(blocks, settings, workers)
        )
        for answer in answers:
            # one write a block: a write a line costs throughput, and a person typing
            # sees each answer as soon as the line is in
            _write(out, answer)
    except BrokenPipeError:  # `collectsim score big.txt | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except OutputError as exc:  # a full disk: the scores are not all written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        click.echo(f"collectsim score: cannot write the scores: {exc}", err=True)
        sys.exit(3)
    except OSError as exc:  # a file that vanishes or a directory given as FILE
        click.echo(f"collectsim score: cannot read {source}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


class _Settings(NamedTuple):
    """What every line of a run is scored with (sent once to each worker process)."""

    day: dt.date
    context: AnalysisContext
    amount: Decimal | None
    plain_turn: TurnContext
    as_json: bool
    detail: bool


def _numbered(blocks: Iterable[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Each block with the number of its first line (errors name the line)."""
    number = 1
    for block in blocks:
        yield number, block
        number += len(block)


def _answer_block(first: int, block: list[str], settings: _Settings) -> str:
    """A block's answers, a line (or row and evidence) each, ending in a newline."""
    day, context, amount, plain_turn, as_json, detail = settings
    batch: list[str] = []
    for number, line in enumerate(block, first):
        try:
            batch.append(_answer(line, day, context, amount, plain_turn, as_json, detail))
        except Exception as exc:  # one line never costs the others their answers
            if isinstance(exc, LineError):
                message = str(exc)
            else:
                message = f"this line could not be scored ({type(exc).__name__}: {exc})"
            batch.append(
                error_json(number, line, message) if as_json else _error_row(line, message)
            )
    return "\n".join(batch) + "\n"


def _answer_blocks(blocks: Iterable[tuple[int, list[str]]], settings: _Settings) -> Iterator[str]:
    for first, block in blocks:
        yield _answer_block(first, block, settings)


def _workers(jobs: int, stream: IO[bytes]) -> int:
    """How many processes score the input: `--jobs`, or by default one a core for a large
    regular file. Standard input from a pipe or a person typing is read in this process, so
    each answer comes as soon as its line is in."""
    if jobs:
        return jobs
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):  # a stream with no file behind it
        return 1
    if not stat.S_ISREG(info.st_mode) or info.st_size < PARALLEL_BYTES:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, cores or 1)


_WORKER_SETTINGS: list[_Settings] = []  # set once in each worker process


def _start_worker(settings: _Settings) -> None:
    _WORKER_SETTINGS.append(settings)


def _answer_in_worker(first: int, block: list[str]) -> str:
    return _answer_block(first, block, _WORKER_SETTINGS[0])


def _answer_blocks_in_parallel(
    blocks: Iterator[tuple[int, list[str]]], settings: _Settings, workers: int
) -> Iterator[str]:
    """The blocks' answers in input order, scored by `workers` processes. A few blocks are in
    flight at a time, so a file of any size takes little memory. Should a worker die (killed,
    out of memory), the blocks not yet answered are scored here: no line goes unanswered."""
    from concurrent.futures import ProcessPoolExecutor  # only a large file pays its import
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(settings,))
    pending: deque[tuple[int, list[str], Future[str] | None]] = deque()
    done = False
    try:
        for first, block in blocks:
            try:
                future: Future[str] | None = pool.submit(_answer_in_worker, first, block)
            except BrokenProcessPool:
                future = None
            pending.append((first, block, future))
            if len(pending) >= 2 * workers:
                yield _result(pending.popleft(), settings)
        while pending:
            yield _result(pending.popleft(), settings)
        done = True
    finally:
        # Every answer taken, the idle workers are let go and waited for: left running at exit,
        # one could still be writing to a pipe the exiting parent had closed, and print a
        # "Bad file descriptor" traceback (seen once under load). Stopped early (a closed
        # output, ctrl+c), nobody waits for work that will not be read.
        pool.shutdown(wait=done, cancel_futures=True)


def _result(item: tuple[int, list[str], Future[str] | None], settings: _Settings) -> str:
    from concurrent.futures.process import BrokenProcessPool

    first, block, future = item
    if future is not None:
        try:
            return future.result()
        except BrokenProcessPool:
            pass
    return _answer_block(first, block, settings)


def _write(out: IO[str], text: str) -> None:
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(exc) from exc


def _answer(
    line: str,
    day: dt.date,
    context: AnalysisContext,
    amount: Decimal | None,
    plain_turn: TurnContext,
    as_json: bool,
    detail: bool = False,
) -> str:
    """One input line's answer: a JSON line, or a table row and its evidence."""
    text, extra = _parse(line) if "{" in line else (line, _PLAIN)
    if extra and (extra.get("previous_debtor_line") or extra.get("amount_overdue") is not None):
        line_context = AnalysisContext(
            today=day,
            amount_overdue=_amount(extra.get("amount_overdue"), amount),
            previous_debtor_line=_clean(str(extra.get("previous_debtor_line") or "")),
        )
    else:
        line_context = context
    analysis = analyze(text, line_context)
    turn = (
        TurnContext(
            previous_debtor_line=_clean(str(extra.get("previous_debtor_line") or "")),
            debtor_was_rude=bool(extra.get("debtor_was_rude", False)),
            debtor_drifted=bool(extra.get("debtor_drifted", False)),
        )
        if extra
        else plain_turn
    )
    if as_json:
        return result_json(analysis, turn, extra)
    scores = score_turn(analysis, turn)
    return "\n".join([_table_row(result(analysis, scores, extra)), *_evidence_rows(scores, detail)])


MAX_AMOUNT = MAX_SUM  # the reader's bound on a sum: amount_overdue holds to it too


def parse_amount(value: object) -> Decimal:
    """An amount of money: a number, or text such as "1,250.00" or "$1250"; LineError when
    it is not one a debt could be (NaN, infinite, negative, or past a trillion)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise LineError("amount_overdue must be an amount such as 1250.00")
    text = str(value).replace(",", "").strip().lstrip("$")
    if len(text) > 40:
        raise LineError("amount_overdue must be an amount such as 1250.00 (it is too long)")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise LineError(f"amount_overdue must be an amount such as 1250.00, not {text!r}") from None
    if not number.is_finite() or number < 0 or number >= MAX_AMOUNT:
        raise LineError("amount_overdue must be an amount from 0 to 999,999,999,999.99")
    return number


def _amount(value: object, default: Decimal | None) -> Decimal | None:
    if value is None:
        return default
    return parse_amount(value)
