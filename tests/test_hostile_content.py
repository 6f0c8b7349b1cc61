"""Hostile content (issue 11, items 1, 2, 3 and the misleading message of 10): one bad file is
reported at path:line:col while every other file loads; reads are bounded (no FIFO, device,
link loop or whole file system can hang or fill memory); a format spec in a line is refused
by validation and never honoured when the line would be said."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from simulator.content.library import load_library
from simulator.content.placeholders import RECORD_PLACEHOLDERS, TemplateError, parse_template
from simulator.content.yaml_source import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    SourceError,
    parse_yaml,
    read_yaml,
)
from simulator.engine.lines import fill
from simulator.engine.record import generate_record

REPO = Path(__file__).resolve().parent.parent
STUDENT = (REPO / "scenarios" / "student_forgot_first_late.yaml").read_text(encoding="utf-8")
BUNDLED = "student_forgot_first_late"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def content(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "content" / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def scenario_with_line(line: str, scenario_id: str = "hostile_case") -> str:
    """The bundled forgetful-student scenario under a new id, its first state saying `line`."""
    text = STUDENT.replace(f"id: {BUNDLED}", f"id: {scenario_id}", 1)
    return text + f'lines:\n  answering:\n    - {line!r}\n    - "Hello? Who is this?"\n'


# --- item 1: one bad file never takes the others down --------------------------------------


BAD_FILES = {
    "bad_date.yaml": ("id: x\ndue: 2024-13-45\n", 2, "'2024-13-45' is not a valid date"),
    "huge_int.yaml": (f"id: y\ndifficulty: {'9' * 4301}\n", 2, "is too long to be read"),
    "deep.yaml": ("id: z\nstates: " + "[" * 1200 + "]" * 1200 + "\n", 2, "nest more than"),
    "deep_block.yaml": (
        "id: w\nstates:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 1100)),
        None,
        "nest more than",
    ),
}


@pytest.mark.parametrize("where", ["extra", "user"])
@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_one_bad_file_is_reported_and_everything_else_loads(
    tmp_path: Path, isolated_user_dirs: Path, name: str, where: str
) -> None:
    text, line, message = BAD_FILES[name]
    if where == "user":  # the user's own content folder (conftest points it into tmp)
        path = content(isolated_user_dirs, name, text)
        options: list[str] = []
    else:
        path = content(tmp_path, name, text)
        options = ["--content", str(path.parent.parent)]
    code, out, err = run(*options, "scenarios")
    assert code == 0 and BUNDLED in out
    assert f"not loaded: {path}:" in err and message in err
    if line is not None:
        assert f"{path}:{line}:" in err
    code, out, err = run(*options, "play", BUNDLED, "--script", "-", stdin="Hello\n")
    assert code == 0 and "DEBTOR:" in out
    code, out, err = run(*options, "test", str(REPO / "scenarios" / f"{BUNDLED}.test.yaml"))
    assert code == 0 and "PASS" in out and "Traceback" not in out + err
    code, out, _err = run(*options, "validate")
    assert code == 1 and f"{path}:" in out and message in out and "Traceback" not in out
    lib = load_library(() if where == "user" else [str(path.parent.parent)])
    assert BUNDLED in lib.scenarios and [p.path for p in lib.errors()] == [str(path)]


def test_a_colon_in_plain_text_on_the_first_line_quotes_that_line() -> None:
    """The message shows the line it is about, the first line too."""
    with pytest.raises(SourceError) as caught:
        parse_yaml("title: Call: about it\nid: x\n", Path("colon.yaml"))
    assert caught.value.message.startswith(
        "the indentation or a ':' is wrong at line 1 ('title: Call: about it'): "
    )
    assert (caught.value.line, caught.value.col) == (1, 12)  # the second ':'
    # a line of 60 characters is quoted whole, a longer one cut to 57 and "..."
    for size, shown in ((60, 60), (61, 57)):
        text = "title: Call: " + "x" * (size - 13)
        assert len(text) == size
        with pytest.raises(SourceError) as caught:
            parse_yaml(text + "\nid: x\n", Path("colon.yaml"))
        quoted = text[:shown] + ("..." if shown < size else "")
        assert f"at line 1 ({quoted!r}): " in caught.value.message


def test_a_misaligned_list_item_names_where_its_list_starts() -> None:
    """The list under `states:` starts at line 3, column 3 (its first '- '); the item indented
    one space further, on line 5, is where the parser gives up."""
    text = "id: x\nstates:\n  - name: a\n  - name: b\n   - name: c\n"
    with pytest.raises(SourceError) as caught:
        parse_yaml(text, Path("list.yaml"))
    assert caught.value.message.startswith(
        "the indentation is wrong at line 5 ('   - name: c'): the list that starts at line 3, "
        "column 3 expected a '- ' item lined up with the others"
    )
    assert (caught.value.line, caught.value.col) == (5, 4)


@pytest.mark.parametrize(("key", "again"), [("1", '"1"'), ("true", '"True"')])
def test_a_number_key_and_the_same_key_in_quotes_are_a_duplicate(key: str, again: str) -> None:
    """A key is read as text: `1:` and `"1":` (or `true:` and `"True":`) are the same key, and
    the second is reported instead of silently winning."""
    with pytest.raises(SourceError) as caught:
        parse_yaml(f"id: x\n{key}: a\n{again}: b\n", Path("keys.yaml"))
    assert caught.value.message.startswith(f"duplicate key {again.strip(chr(34))!r}")
    assert caught.value.line == 3


@pytest.mark.parametrize("size", [40, 41])
def test_a_bad_date_is_quoted_whole_up_to_40_characters(size: int) -> None:
    """A date that is no date is quoted in the message, whole up to 40 characters, a longer
    one cut to its first 37 and "..."."""
    value = "2024-13-45T10:00:00." + "1" * (size - 26) + "+01:00"
    assert len(value) == size
    with pytest.raises(SourceError) as caught:
        parse_yaml(f"id: x\ndue: {value}\n", Path("date.yaml"))
    shown = value if size <= 40 else value[:37] + "..."
    assert caught.value.message.startswith(f"{shown!r} is not a valid date")
    assert (caught.value.line, caught.value.col) == (2, 6)


@pytest.mark.parametrize(
    ("raw", "line", "col"),
    [(b"\nid: x\xff\n", 2, 6), (b"id: x\ntitle: ab\xffc\n", 2, 10)],
)
def test_a_byte_that_is_not_utf8_is_reported_where_it_is(
    tmp_path: Path, raw: bytes, line: int, col: int
) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(raw)
    with pytest.raises(SourceError) as caught:
        read_yaml(path)
    assert caught.value.message.startswith("the file is not UTF-8 text (byte 0xff here)")
    assert (caught.value.line, caught.value.col) == (line, col)


def test_nesting_is_allowed_to_max_depth_and_refused_past_it() -> None:
    """The file's mapping is level 1, so under `k:` 63 nested lists reach level 64
    (MAX_DEPTH) and load; a 64th is refused where it opens, column 4 + 63 of line 2."""
    assert MAX_DEPTH == 64
    deepest = MAX_DEPTH - 1
    parse_yaml(f"id: x\nk: {'[' * deepest}{']' * deepest}\n", Path("deep.yaml"))
    with pytest.raises(SourceError) as caught:
        parse_yaml(f"id: x\nk: {'[' * MAX_DEPTH}{']' * MAX_DEPTH}\n", Path("deep.yaml"))
    assert caught.value.message.startswith("the values here nest more than 64 levels deep")
    assert (caught.value.line, caught.value.col) == (2, 4 + 63)


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("id: x\n<<: 5\n", 2, 5),  # the 5 after '<<: '
        ("id: x\nloan:\n  <<: [1, 2]\n", 3, 8),  # the 1, the first item that is no mapping
    ],
)
def test_a_merge_of_a_plain_value_is_reported_at_the_value(text: str, line: int, col: int) -> None:
    """`<<:` merges mappings; a number in its place is refused where the number is."""
    with pytest.raises(SourceError) as caught:
        parse_yaml(text, Path("merge.yaml"))
    assert caught.value.message.startswith("unsupported YAML value: expected a mapping")
    assert (caught.value.line, caught.value.col) == (line, col)


def test_a_huge_seed_in_a_test_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = content(
        tmp_path,
        "big.test.yaml",
        f"scenario: {BUNDLED}\ncases:\n  - name: big\n    seed: {'7' * 5000}\n    lines: [Hello]\n",
    )
    code, out, err = run("test", str(path))
    assert code == 1 and "Traceback" not in out + err
    assert f"{path}:4:11: the number" in out + err


# --- item 2: format specs are refused and never honoured -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "{debtor_name:>300000000}",
        "{debtor_name.__class__.__mro__}",
        "{debtor_name!r}",
        "{debtor_name[0]}",
        "Who? {first_name",
        "{amount_owed} please",
    ],
)
def test_a_line_validation_flags_is_never_said(tmp_path: Path, line: str) -> None:
    path = content(tmp_path, "case.yaml", scenario_with_line(line))
    code, out, _err = run("validate", str(path))
    assert code == 1 and f"{path}:" in out and "ok:" not in out
    folder = str(path.parent.parent)
    for seed in range(6):  # each seed may pick either line: the flagged one must never come
        code, out, err = run(
            "--content",
            folder,
            "play",
            "hostile_case",
            "--seed",
            str(seed),
            "--script",
            "-",
            "--json",
            stdin="Hello\n",
        )
        assert code == 0, err
        assert "Hello? Who is this?" in out
        assert "__" not in out and "'" not in out.split('"opening":')[1][:40]
        assert len(out) < 100_000  # "{debtor_name:>300000000}" never padded out


@pytest.mark.parametrize("size", [40, 41])
def test_a_long_format_spec_is_quoted_whole_up_to_40_characters(size: int) -> None:
    """The placeholder with formatting is quoted in the message, whole up to 40 characters
    between its braces, a longer one cut to its first 37 and "..."."""
    field = "first_name:" + "x" * (size - len("first_name:"))
    with pytest.raises(TemplateError) as caught:
        parse_template(f"Hi {{{field}}}")
    shown = field if size <= 40 else field[:37] + "..."
    assert caught.value.kind == "format_spec"
    assert str(caught.value).startswith(f"the placeholder '{{{shown}}}' asks for formatting")
    assert "write it as {first_name}" in str(caught.value)


def test_format_spec_message_names_the_place_and_the_fix(tmp_path: Path) -> None:
    path = content(tmp_path, "case.yaml", scenario_with_line("{debtor_name:>300000000}"))
    code, out, _err = run("validate", str(path))
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if ":>3" in text)
    assert (
        f"{path}:{line}:7: the placeholder '{{debtor_name:>300000000}}' in this line asks for "
        "formatting, which content lines cannot do: write it as {debtor_name}"
    ) in out
    assert "the line is left out (never said)" in out


def test_fill_never_honours_formatting() -> None:
    values = {"debtor_name": "Ana"}
    assert fill("{debtor_name:>300000000}", values) == "{debtor_name:>300000000}"
    assert fill("{debtor_name.__class__}", values) == "{debtor_name.__class__}"
    assert fill("{debtor_name!r} {{x}}", values) == "{debtor_name!r} {{x}}"
    assert fill("Hi {debtor_name}, {{literal}} {unknown}", values) == "Hi Ana, {literal} {unknown}"
    assert fill("{", values) == "{" and fill("}", values) == "}"


def test_record_placeholders_are_what_a_record_fills() -> None:
    lib = load_library(include_user=False)
    record = generate_record(lib.personas["forgetful_student"], 0, dt.date(2026, 1, 1))
    assert tuple(record.placeholders()) == RECORD_PLACEHOLDERS


# --- item 3: bounded reads -----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_yaml_is_refused_not_waited_on(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "scenarios"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.yaml")
    # (a read of the pipe would wait for a writer for ever: the run returning at all is the
    # point, and the message says it was refused unread)
    code, out, err = run("--content", str(folder.parent), "scenarios")
    assert code == 0 and BUNDLED in out
    assert f"{folder / 'pipe.yaml'}:1:1: this is a pipe (FIFO), not a file" in err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_before_a_byte_is_read(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    code, out, _err = run("validate", device)
    assert code == 1 and f"{device}:1:1: this is a device, not a file" in out
    link = tmp_path / "content" / "personas" / "zero.yaml"
    link.parent.mkdir(parents=True)
    link.symlink_to(device)
    code, out, err = run("--content", str(link.parent.parent), "scenarios")
    assert code == 0 and BUNDLED in out and "this is a device" in err
    code, out, err = run("--content", device, "scenarios")
    assert code == 0 and BUNDLED in out and f"{device}:1:1: this is a device" in err


def test_a_file_that_grows_past_the_limit_is_read_only_up_to_it(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"id: big\n" + b"#" * MAX_FILE_BYTES)
    with pytest.raises(Exception, match="content files are limited to 1,000,000"):
        read_yaml(path)


def test_symlink_loops_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "scenarios"
    folder.mkdir(parents=True)
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "up").symlink_to("..")  # a folder loop: visited once
    code, out, _err = run("validate", str(folder.parent))
    assert code == 1 and "Traceback" not in out
    assert f"{folder / 'loop.yaml'}:1:1: cannot read the file: Too many levels" in out
    code, out, err = run("--content", str(folder.parent), "scenarios")
    assert code == 0 and BUNDLED in out and "loop.yaml" in err


def test_content_root_of_slash_is_refused_in_one_warning_and_the_bundled_content_stays() -> None:
    code, out, err = run("--content", "/", "scenarios")
    assert code == 0 and BUNDLED in out
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: not loaded: /:1:1: stopped after looking at 20,000 files and folders here, "
        "so nothing under it was loaded; give the folder that holds your personas/ and "
        "scenarios/"
    ]


def test_a_folder_too_big_to_walk_loads_none_of_what_the_walk_reached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.content import paths

    monkeypatch.setattr(paths, "MAX_WALK_ENTRIES", 3)
    for name in ("a", "b", "c", "d"):
        content(tmp_path, f"{name}.yaml", STUDENT.replace(f"id: {BUNDLED}", f"id: mine_{name}"))
    lib = load_library([tmp_path / "content"], include_user=False)
    assert not any(s.startswith("mine_") for s in lib.scenarios)
    mine = [p for p in lib.problems if p.path == str(tmp_path / "content")]
    assert [p.message.split(",")[0] for p in mine] == [
        "stopped after looking at 3 files and folders here"
    ]


# --- item 10: the message for a big file of plain keys -------------------------------------


def test_many_plain_values_are_not_called_a_billion_laughs() -> None:
    text = "\n".join(f"k{i}: {i}" for i in range(MAX_NODES + 1))
    with pytest.raises(Exception, match="the file holds more than 100,000 values") as info:
        parse_yaml(text, Path("plain.yaml"))
    assert "billion" not in str(info.value)
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
    for name in "bcdefg":
        prev = chr(ord(name) - 1)
        bomb += f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
    with pytest.raises(Exception, match="billion laughs"):
        parse_yaml(bomb, Path("bomb.yaml"))


@pytest.mark.asyncio
async def test_the_ui_keeps_the_bundled_scenarios_beside_a_bad_file(tmp_path: Path) -> None:
    from test_tui_app import SIZE, content_text, loaded, new_app, start_call
    from textual.widgets import Static

    content(tmp_path, "bad_date.yaml", "id: x\ndue: 2024-13-45\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "content" / "scenarios" / "pipe.yaml")
    app = new_app(content_dirs=(str(tmp_path / "content"),))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        text = content_text(app.screen.query_one("#problems", Static))
        assert "bad_date.yaml:2:6:" in text and "not a valid date" in text
        screen = await start_call(pilot)
        assert screen.call.scenario.id == BUNDLED


# --- item 10: the diagram is linear in the states ------------------------------------------


def chain(states: int) -> str:
    lines = [
        "id: big_one",
        "title: Big",
        "persona: forgetful_student",
        "situation: first_time_late",
        "difficulty: 1",
        "description: A long chain of states.",
        "goal: {kind: full_payment, description: Pay.}",
        "initial: s0",
        "states:",
        *(f"  - {{name: s{i}}}" for i in range(states)),
        f"  - {{name: s{states}, ending: promise_secured}}",
        "transitions:",
        *(f"  - {{trigger: ask_payment, source: s{i}, dest: s{i + 1}}}" for i in range(states)),
        f'  - {{trigger: insult, source: "*", dest: s{states}}}',
    ]
    return "\n".join(lines) + "\n"


def test_a_diagram_of_6000_states_is_drawn_whole(tmp_path: Path) -> None:
    """How long it takes (it was 20 s, states x transitions; now well under a second) is
    measured by `python benchmarks/bench_diagram.py`, not here."""
    from simulator.engine.diagram import mermaid, text_diagram

    path = content(tmp_path, "big_one.yaml", chain(6000))
    lib = load_library([str(path.parent.parent)])
    scenario = lib.scenarios["big_one"]
    text = text_diagram(scenario)
    assert "(unreachable)" not in text and "s5999" in text
    assert "s5999 --> s6000" in mermaid(scenario)
