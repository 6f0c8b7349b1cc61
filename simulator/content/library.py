"""Loading every persona and scenario: bundled, then the user's own, then --content folders.

Loading never stops at the first bad file: each problem is kept with its file and line, the
good files are still usable, and a later file with the same id overrides an earlier one with
a notice (that is how a trainer adapts a bundled scenario).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from simulator.content import models
from simulator.content.models import Persona, Scenario
from simulator.content.paths import bundled_root, user_root, walk_files
from simulator.content.placeholders import persona_without_unsayable, scenario_without_unsayable
from simulator.content.problems import Problem
from simulator.content.references import check_persona, check_scenario
from simulator.content.yaml_source import SourceError, YamlDocument, read_yaml, resolved

Kind = Literal["persona", "scenario"]
TEST_SUFFIX = ".test.yaml"


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in vars(models).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj is not BaseModel:
            names.update(obj.model_fields)
    return names


FIELD_NAMES = _all_field_names()


@dataclass
class Source:
    path: Path
    kind: Kind
    origin: Literal["bundled", "user", "extra"]


@dataclass
class Library:
    personas: dict[str, Persona] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    sources: dict[tuple[Kind, str], Source] = field(default_factory=dict)
    documents: dict[Path, YamlDocument] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def persona_for(self, scenario: Scenario) -> Persona:
        return self.personas[scenario.persona]

    def scenario(self, scenario_id: str) -> Scenario:
        """The scenario with this id; KeyError with a helpful message otherwise."""
        if scenario_id in self.scenarios:
            return self.scenarios[scenario_id]
        hint = difflib.get_close_matches(scenario_id, list(self.scenarios), n=1, cutoff=0.5)
        more = f" (did you mean '{hint[0]}'?)" if hint else ""
        bad = [p for p in self.problems if Path(p.path).stem == scenario_id]
        if bad:
            more += f"; its file has problems: {bad[0]}"
        raise KeyError(f"unknown scenario '{scenario_id}'{more}; 'collectsim scenarios' lists them")


def _data_path(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(p for p in loc if isinstance(p, int) or (isinstance(p, str) and "[" not in p))


def _union_branch(loc: tuple[Any, ...]) -> bool:
    """pydantic marks which member of a union (list or per-mood mapping...) an error is from
    with a loc part such as 'list[str]' or 'dict[Mood,list[str]]'."""
    return any(isinstance(p, str) and "[" in p for p in loc)


def _merge_union_errors(errors: list[Any]) -> list[Any]:
    """A value that fits no member of a union gets one error per member. When one member got
    further (a per-mood mapping with a bad mood), only its deeper error helps; when all failed
    on the type, one message naming every accepted type does."""
    paths = [_data_path(tuple(e["loc"])) for e in errors]
    kept: list[Any] = []
    type_groups: dict[tuple[Any, ...], list[Any]] = {}
    for err, path in zip(errors, paths, strict=True):
        loc = tuple(err["loc"])
        if _union_branch(loc):
            deeper = any(len(other) > len(path) and other[: len(path)] == path for other in paths)
            if deeper and err["type"].endswith("_type"):
                continue
            if err["type"].endswith("_type"):
                group = type_groups.setdefault(path, [])
                if not group:
                    kept.append(err)
                group.append(err)
                continue
        kept.append(err)
    merged = []
    for err in kept:
        members = type_groups.get(_data_path(tuple(err["loc"])))
        if members and len(members) > 1 and members[0] is err:
            wanted = [g["msg"].removeprefix("Input should be ") for g in members]
            err = {**err, "msg": "Input should be " + " or ".join(dict.fromkeys(wanted))}
        merged.append(err)
    return merged


def _text_hint(value: Any) -> str:
    """Why YAML did not read a trainer's words as text, and the fix."""
    if isinstance(value, bool):
        return (
            "; YAML reads an unquoted yes, no, on, off, true or false as a yes/no value: "
            "put the text in quotes"
        )
    if value is None:
        return "; the value is empty: write the text after the colon or dash"
    if isinstance(value, int | float):
        return "; put it in quotes to make it text"
    return ""


def pydantic_problems(exc: ValidationError, doc: YamlDocument) -> list[Problem]:
    problems = []
    for err in _merge_union_errors(list(exc.errors())):
        loc = tuple(err["loc"])
        kind = err["type"]
        where = ".".join(str(p) for p in loc if _is_path_part(p, doc, loc))
        if kind == "extra_forbidden":
            key = str(loc[-1])
            line, col = doc.locate(loc, key=True)
            if key in FIELD_NAMES:
                # a real key in the wrong place: nearly always an indentation slip
                parent = ".".join(str(p) for p in _data_path(loc[:-1]))
                message = (
                    f"key '{key}' does not belong "
                    + (f"under '{parent}'" if parent else "at the top level")
                    + " (check its indentation)"
                )
            else:
                hint = difflib.get_close_matches(key, FIELD_NAMES, n=1, cutoff=0.7)
                more = f" (did you mean '{hint[0]}'?)" if hint else ""
                message = f"unknown key '{key}'{more}"
        elif kind == "missing":
            line, col = doc.locate(loc[:-1])
            message = f"missing key '{loc[-1]}'"
            if len(loc) > 1:
                parent = ".".join(str(p) for p in loc[:-1] if _is_path_part(p, doc, loc))
                message += f" in {parent}" if parent else ""
        else:
            line, col = doc.locate(loc)
            text = err["msg"].removeprefix("Value error, ")  # our own validators' words
            message = f"{where}: {text}" if where else text
            if (
                "input" in err
                and kind not in ("model_type", "dict_type")
                and isinstance(err["input"], str | int | float)
            ):
                message += f" (got {err['input']!r})"
            if kind == "string_type":
                message += _text_hint(err.get("input"))
        problems.append(Problem(str(doc.path), line, col, message))
    # pydantic reports a union's failure once per member; one message per place is enough
    unique: dict[tuple[int, int, str], Problem] = {}
    for p in problems:
        unique.setdefault((p.line, p.col, p.message), p)
    return list(unique.values())


def _is_path_part(part: Any, doc: YamlDocument, loc: tuple[Any, ...]) -> bool:
    return isinstance(part, int) or (isinstance(part, str) and "[" not in part)


def detect_kind(doc: YamlDocument, path: Path) -> Kind | None:
    if path.parent.name == "personas":
        return "persona"
    if path.parent.name == "scenarios":
        return "scenario"
    if isinstance(doc.data, dict):
        if "states" in doc.data or "transitions" in doc.data:
            return "scenario"
        if "lines" in doc.data or "loan" in doc.data:
            return "persona"
    return None


def _is_content_name(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) and not name.endswith(TEST_SUFFIX)


def content_files(paths: Iterable[Path], problems: list[Problem] | None = None) -> list[Path]:
    """YAML content files under the given files or folders (scenario tests excluded). A walk
    that had to stop early (a folder far too big, such as /) is noted in `problems` and
    gives no files: what it happened to reach first is arbitrary, and parsing thousands of
    unrelated YAML files would keep the trainer waiting for a screenful of warnings."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files, note = walk_files(path, _is_content_name)
            if note is None:
                found.extend(files)
            elif problems is not None:
                problems.append(Problem(str(path), 1, 1, note, rule="folder"))
        else:
            found.append(path)
    return found


def default_roots(
    extra: Sequence[Path] = (), include_user: bool = True
) -> list[tuple[Path, Literal["bundled", "user", "extra"]]]:
    roots: list[tuple[Path, Literal["bundled", "user", "extra"]]] = [(bundled_root(), "bundled")]
    if include_user and user_root().is_dir():
        roots.append((user_root(), "user"))
    roots.extend((Path(p), "extra") for p in extra)
    return roots


def load_library(extra: Sequence[str | Path] = (), include_user: bool = True) -> Library:
    """Load bundled, user and extra content. Problems are collected, never raised."""
    lib = Library()
    for root, origin in default_roots([Path(p) for p in extra], include_user):
        if origin == "bundled":
            folders = [root / "personas", root / "scenarios"]
        elif not root.exists():
            lib.problems.append(Problem(str(root), 1, 1, "content folder does not exist"))
            continue
        else:
            folders = [root]
        _load_files(lib, content_files((f for f in folders if f.exists()), lib.problems), origin)
    _check_references(lib)
    return lib


def load_paths(paths: Sequence[str | Path]) -> Library:
    """Load exactly these files or folders and report only their problems. Persona references
    resolve against the bundled and user content too (a scenario may use a bundled persona)."""
    lib = Library()
    for root, origin in default_roots(include_user=True):
        folders = [root / "personas", root / "scenarios"] if origin == "bundled" else [root]
        _load_files(lib, content_files(f for f in folders if f.exists()), origin)
    lib.problems, lib.notices, lib.files = [], [], []
    targets: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.exists():
            targets.append(path)
        else:
            lib.problems.append(Problem(str(path), 1, 1, "no such file or folder"))
    files = content_files(targets, lib.problems)
    _load_files(lib, files, "extra")
    lib.notices = []  # naming a file that overrides a bundled one is the point, not news
    lib.problems.extend(_sibling_duplicates(files))
    _check_references(lib, only={resolved(p) for p in files})
    return lib


def _sibling_duplicates(files: list[Path]) -> list[Problem]:
    """A named file whose id another file in its folder also claims: the same problem
    `validate FOLDER` reports, found from the file alone."""
    found: list[Problem] = []
    named = {resolved(f) for f in files}
    for folder in dict.fromkeys(f.parent for f in files):
        others = [f for f in content_files([folder]) if resolved(f) not in named]
        if not others:
            continue
        mine = [f for f in files if f.parent == folder]
        scratch = Library()
        _load_files(scratch, others + mine, "extra")
        found.extend(
            p
            for p in scratch.problems
            if p.rule == "duplicate_id" and resolved(Path(p.path)) in named
        )
    return found


def _load_files(
    lib: Library, files: list[Path], origin: Literal["bundled", "user", "extra"]
) -> None:
    for path in files:
        lib.files.append(path)
        try:
            _load_file(lib, path, origin)
        except Exception as exc:  # one file, whatever is wrong with it, never stops the rest
            lib.problems.append(
                Problem(
                    str(path),
                    1,
                    1,
                    f"this file could not be loaded ({type(exc).__name__}: {exc}); "
                    "please report it, with the file, as a collectsim bug",
                )
            )


def _load_file(lib: Library, path: Path, origin: Literal["bundled", "user", "extra"]) -> None:
    try:
        doc = read_yaml(path)
    except SourceError as exc:
        lib.problems.append(Problem(str(path), exc.line, exc.col, exc.message))
        return
    lib.documents[resolved(path)] = doc
    if not isinstance(doc.data, dict):
        # checked before the kind: a list or a bare word has no keys to tell it by
        what = "a list" if isinstance(doc.data, list) else f"a single value ({doc.data!r})"
        lib.problems.append(
            Problem(
                str(path),
                1,
                1,
                f"the file holds {what}; a persona or scenario file is a mapping of keys to "
                "values (id: ..., name: ...), starting at the left margin",
            )
        )
        return
    kind = detect_kind(doc, path)
    if kind is None:
        lib.problems.append(
            Problem(
                str(path),
                1,
                1,
                "cannot tell whether this is a persona or a scenario: put it in a personas/ or "
                "scenarios/ folder, or give it 'states' (scenario) or 'lines' (persona)",
            )
        )
        return
    model: type[Persona] | type[Scenario] = Persona if kind == "persona" else Scenario
    try:
        item = model.model_validate(doc.data)
    except ValidationError as exc:
        lib.problems.extend(pydantic_problems(exc, doc))
        return
    if isinstance(item, Persona):
        # what the models cannot say alone; such a persona would break calls, so skip it
        persona_problems = check_persona(item, doc)
        if persona_problems:
            lib.problems.extend(persona_problems)
            return
        # lines that would not be said as written are reported and left out
        sayable, line_problems = persona_without_unsayable(item, doc)
        lib.problems.extend(line_problems)
        if sayable is None:
            return
        item = sayable
    else:
        item, line_problems = scenario_without_unsayable(item, doc)
        lib.problems.extend(line_problems)
    store: dict[str, Any] = lib.personas if kind == "persona" else lib.scenarios
    key = (kind, item.id)
    if item.id in store:
        before = lib.sources[key]
        if resolved(before.path) == resolved(path):
            pass
        elif before.origin == origin:
            # two files of the same folder set claim one id: neither is an override of
            # the other, so which one wins would depend on file names; keep the first
            line, col = doc.locate(("id",))
            lib.problems.append(
                Problem(
                    str(path),
                    line,
                    col,
                    f"duplicate {kind} id '{item.id}': {before.path} already defines it; "
                    "give one of them another id",
                    rule="duplicate_id",
                )
            )
            return
        else:
            lib.notices.append(
                f"{path}: {kind} '{item.id}' overrides the {before.origin} one in {before.path}"
            )
    store[item.id] = item
    lib.sources[key] = Source(path, kind, origin)


def _check_references(lib: Library, only: set[Path] | None = None) -> None:
    for scenario_id, scenario in list(lib.scenarios.items()):
        src = lib.sources[("scenario", scenario_id)]
        doc = lib.documents[resolved(src.path)]
        try:
            problems = check_scenario(scenario, doc, lib.personas)
        except Exception as exc:  # one file never stops the rest
            problems = [Problem(str(src.path), 1, 1, f"this file could not be checked ({exc})")]
        if problems:
            del lib.scenarios[scenario_id]
            if only is None or resolved(src.path) in only:
                lib.problems.extend(problems)
