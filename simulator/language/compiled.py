"""The reader's patterns, compiled once and kept between runs, as Python keeps modules.

Compiling the ~300 patterns the reader tries costs ~30 ms at every start of `collectsim
score`, a fifth of its start-up. A compiled pattern cannot be saved, but the program the
regex compiler makes of it can, and rebuilding a pattern from its program takes microseconds.
Programs are kept in the user's cache folder (beside the UI's listing cache; tests move it
with COLLECTSIM_CONFIG_DIR), in one file per Python version and regex engine, written when a
run compiled something new. Anything unexpected (no folder, a damaged or foreign file,
another Python) only means compiling as usual: the result is the same pattern either way.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # the program format is private to CPython's re; without it, compile as usual
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined,unused-ignore]

    ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - other Pythons
    ENGINE = ""

Key = tuple[str, int]  # (pattern, flags)
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_known: dict[Key, Program] | None = None  # read on first use
_new: dict[Key, Program] = {}
_kept_at: list[Path] = []  # the file read on first use, which is the file written


def cache_file() -> Path:
    override = os.environ.get("COLLECTSIM_CONFIG_DIR")
    if override:
        folder = Path(override)
    else:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("collectsim", appauthor=False))
    return folder / f"patterns-{ENGINE}.marshal"


def _read() -> dict[Key, Program]:
    if not _kept_at:
        _kept_at.append(cache_file())
    try:
        data = marshal.loads(_kept_at[0].read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _program(pattern: str, flags: int) -> Program:
    """What re.compile hands the regex engine (as re._compiler.compile makes it)."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    full_flags = int(flags | parsed.state.flags)
    return full_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    full_flags, code, groups, groupindex, indexgroup = program
    built: re.Pattern[str] = _sre.compile(pattern, full_flags, code, groups, groupindex, indexgroup)
    return built


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the kept program when there is one."""
    global _known
    if not ENGINE:
        return re.compile(pattern, flags)
    flags = int(flags)  # a RegexFlag as a plain number, as re.compile keeps it
    if _known is None:
        _known = _read()
    key = (pattern, flags)
    program = _known.get(key)
    if program is not None:
        with contextlib.suppress(Exception):  # a damaged entry: compile it afresh below
            return _build(pattern, program)
    try:
        program = _program(pattern, flags)
        compiled = _build(pattern, program)
    except Exception:  # noqa: BLE001 - the private route failed: the public one never does
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(_write)
    _new[key] = program
    _known[key] = program
    return compiled


def _write() -> None:
    """Keep this run's new programs with the ones already kept (one file, replaced whole)."""
    if not _new:
        return
    programs: dict[Key, Any] = {**_read(), **_new}
    path = _kept_at[0]
    with contextlib.suppress(OSError, ValueError):  # a cache that cannot be kept is no loss
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(programs))
        os.replace(temporary, path)
    _new.clear()
