"""Safe YAML reading that remembers where every value came from.

PyYAML's composer gives nodes with marks; we build plain Python values from them ourselves
so that a pydantic error location ("states", 3, "name") maps back to a line and column.
Aliases are expanded while counting, which is what stops a "billion laughs" file: the count
passes its bound long before memory or time run out.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 100_000  # bundled files have a few thousand; a larger count means alias bombs
MAX_DEPTH = 64  # bundled files nest 6 deep; Python's own recursion would give out near 1,000

Location = tuple[int, int]  # 1-based line, column
LocPath = tuple[str | int, ...]


# What a content file may contain: plain values, and dates (which pydantic then checks).
SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge")
)


class SourceError(Exception):
    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


@dataclass
class YamlDocument:
    path: Path
    data: Any
    locations: dict[LocPath, Location] = field(default_factory=dict)
    key_locations: dict[LocPath, Location] = field(default_factory=dict)

    def locate(self, loc: tuple[Any, ...], *, key: bool = False) -> Location:
        """The most precise known position for a pydantic-style error location."""
        known: LocPath = ()
        for part in loc:
            candidate = (*known, part)
            if candidate in self.locations:
                known = candidate
            # parts such as 'list[str]' or 'function-after[...]' are pydantic's own; skip them
        if key and known in self.key_locations:
            return self.key_locations[known]
        return self.locations.get(known, (1, 1))


def _mark(node: yaml.Node) -> Location:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _too_many(count_distinct: int) -> str:
    if count_distinct > MAX_NODES:
        # the file itself is that big: no alias is to blame
        return (
            f"the file holds more than {MAX_NODES:,} values; content files are limited to "
            f"{MAX_NODES:,} (split it into several files, or remove what is not needed)"
        )
    return (
        f"the file expands to more than {MAX_NODES:,} values (aliases that repeat each other, "
        "a 'billion laughs' file?); write the values out instead"
    )


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a file whose aliases would expand past MAX_NODES values, or that nests deeper
    than MAX_DEPTH, before building any value.

    An alias is the same node object as its anchor, so sizes are memoised per node: this
    costs one visit per distinct node, however many times aliases repeat them."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            line, col = _mark(node)
            raise SourceError("an alias refers to the value that contains it", line, col)
        if depth > MAX_DEPTH:
            line, col = _mark(node)
            raise SourceError(
                f"the values here nest more than {MAX_DEPTH} levels deep; content files need "
                "a few levels at most (check the brackets and the indentation)",
                line,
                col,
            )
        active.add(key)
        total = 1
        for child in _children(node):
            total += size(child, depth + 1)
            if total > MAX_NODES:
                break  # already too big; the exact count does not matter
        active.discard(key)
        sizes[key] = total
        return total

    if size(root, 1) <= MAX_NODES:
        return
    # point at the smallest value that is still too big: where the repetition multiplies
    node = root
    while True:
        bigger = [c for c in _children(node) if sizes.get(id(c), 0) > MAX_NODES]
        if not bigger:
            break
        node = bigger[0]
    line, col = _mark(node)
    raise SourceError(_too_many(len(sizes)), line, col)


class _Builder:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.count = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: LocPath) -> Any:
        self.count += 1
        if self.count > MAX_NODES:  # _check_expansion stops such files first
            line, col = _mark(node)
            raise SourceError(_too_many(self.count), line, col)
        self.doc.locations.setdefault(path, _mark(node))
        if node.tag not in SAFE_TAGS:
            # SafeConstructor would refuse most of these, but a tagged list or mapping would be
            # built as plain data with its tag silently dropped; say so instead
            line, col = _mark(node)
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise SourceError(
                f"the YAML tag '{shown}' is not allowed: content files hold plain text, "
                "numbers, lists and mappings only (remove the '!!...' or '!...' part)",
                line,
                col,
            )
        if isinstance(node, yaml.MappingNode):
            self.constructor.flatten_mapping(node)
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.constructor.construct_object(key_node, deep=True)
                if not isinstance(key, str | int | float | bool) or key is None:
                    line, col = _mark(key_node)
                    raise SourceError(
                        "a key must be a plain word, not a list or mapping", line, col
                    )
                key = str(key) if not isinstance(key, str) else key
                if key in result:
                    line, col = _mark(key_node)
                    raise SourceError(
                        f"duplicate key '{key}' (a second one would silently win)", line, col
                    )
                self.doc.key_locations[(*path, key)] = _mark(key_node)
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return _scalar(self.constructor, node)


def _scalar(constructor: yaml.constructor.SafeConstructor, node: yaml.Node) -> Any:
    """A plain value; a date that is no date or a number too long to read is a problem at
    its place, not an exception that takes every other file down."""
    try:
        return constructor.construct_object(node, deep=True)
    except (ValueError, OverflowError, ArithmeticError) as exc:
        line, col = _mark(node)
        value = str(node.value)
        shown = repr(value if len(value) <= 40 else value[:37] + "...")
        if node.tag.endswith(":timestamp"):
            raise SourceError(
                f"{shown} is not a valid date ({exc}); write a date as YYYY-MM-DD, or put the "
                "text in quotes",
                line,
                col,
            ) from exc
        if node.tag.endswith(":int") or node.tag.endswith(":float"):
            raise SourceError(
                f"the number {shown} ({len(value):,} characters) is too long to be read; "
                "write a number of a few digits, or put the text in quotes",
                line,
                col,
            ) from exc
        raise SourceError(f"cannot read the value {shown}: {exc}", line, col) from exc


def read_bounded(path: Path, limit: int, what: str = "content files") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, read without trusting stat's
    size (a pipe, a device or a file still growing shows a size that is not what a read
    gives). Anything else is a SourceError saying what to do: a FIFO, a device or a folder is
    refused before a byte is read, so it can neither hang nor fill memory."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = (
                "a folder"
                if stat.S_ISDIR(mode)
                else "a pipe (FIFO)"
                if stat.S_ISFIFO(mode)
                else "a device"
                if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket"
                if stat.S_ISSOCK(mode)
                else "not a regular file"
            )
            raise SourceError(f"this is {kind}, not a file; {what} are plain text files")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if total > limit:
        try:
            size = f"{os.stat(path).st_size:,} bytes"
        except OSError:
            size = "larger than that"
        raise SourceError(
            f"the file is {size}; {what} are limited to {limit:,} "
            "(split it, or remove what is not needed)"
        )
    return b"".join(chunks)


def resolved(path: Path) -> Path:
    """`path.resolve()`, except that a symlink loop gives the absolute path instead of an
    exception (the loader then reports the file as unreadable)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def read_yaml(path: Path) -> YamlDocument:
    """Read one YAML document safely; raise SourceError with a position on any problem."""
    raw = read_bounded(path, MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourceError(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} here); save it as UTF-8 "
            "(most editors offer 'Save with encoding')",
            line,
            col,
        ) from exc
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark some editors write; harmless
    return parse_yaml(text, path)


# libyaml composes about four times faster; its error messages are terser, so a file it
# refuses is read again by the pure-Python loader for the message (errors are the rare path).
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, loader_class: Any) -> yaml.Node | None:
    loader = loader_class(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _line_text(text: str, index: int) -> str:
    lines = text.splitlines()
    shown = lines[index].rstrip() if 0 <= index < len(lines) else ""
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _plain_words(exc: yaml.MarkedYAMLError, text: str) -> str | None:
    """The parser's complaint in a trainer's words, for the mistakes that are really about
    indentation (None for the others, which keep the parser's message)."""
    mark, start = exc.problem_mark, exc.context_mark
    if mark is None:
        return None
    context, problem = exc.context or "", exc.problem or ""
    here = f"line {mark.line + 1} ({_line_text(text, mark.line)!r})"
    if "block collection" in context or "block mapping" in context:
        kind = "list" if "collection" in context else "block of keys"
        at = (
            f" that starts at line {start.line + 1}, column {start.column + 1}"
            if start is not None
            else ""
        )
        expected = (
            "a '- ' item lined up with the others"
            if kind == "list"
            else "a key lined up with the keys above it"
        )
        return (
            f"the indentation is wrong at {here}: the {kind}{at} expected {expected}, or the "
            "end of that part; indent this line like the lines it belongs with (spaces only)"
        )
    if "mapping values are not allowed" in problem:
        return (
            f"the indentation or a ':' is wrong at {here}: a 'key: value' cannot start inside "
            "a plain value; indent it under its parent key, or put text containing ': ' in "
            "quotes"
        )
    if "could not find expected ':'" in problem:
        return (
            f"the indentation is wrong at {here}, or a ':' is missing: each line is "
            "'key: value', '- item', or continues the value above it, indented further"
        )
    return None


def parse_yaml(text: str, path: Path) -> YamlDocument:
    doc = YamlDocument(path=path, data=None)
    try:
        try:
            node = _compose(text, _FAST_LOADER)
        except yaml.YAMLError:
            node = _compose(text, yaml.SafeLoader)
    except RecursionError as exc:
        line, col = _too_deep(text)
        raise SourceError(
            f"the values here nest more than {MAX_DEPTH} levels deep; content files need a "
            "few levels at most (check the brackets and the indentation)",
            line,
            col,
        ) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}, {what}"
        start = exc.context_mark
        plain = _plain_words(exc, text)
        if plain is not None:
            raise SourceError(plain, line, col) from exc
        if start is not None and mark is not None and start.line != mark.line:
            # the mistake is usually where a bracket or quote was opened, not where it is noticed
            what += (
                f" (the part that is not closed starts at line {start.line + 1}, "
                f"column {start.column + 1})"
            )
        if "'\\t'" in what:
            what += " (indent with spaces, not tabs)"
        if "while scanning an alias" in what:
            what += ' (a * starts an alias in YAML; for "any state" write source: "*" in quotes)'

        raise SourceError(f"YAML syntax error: {what}", line, col) from exc
    except yaml.YAMLError as exc:
        raise SourceError(f"YAML error: {exc}") from exc
    if node is None:
        raise SourceError("the file is empty; a persona or scenario needs at least an 'id'")
    try:
        _check_expansion(node)
        doc.data = _Builder(doc).build(node, ())
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SourceError(f"unsupported YAML value: {exc.problem}", line, col) from exc
    except RecursionError as exc:  # pragma: no cover - _check_expansion bounds the depth
        raise SourceError("the file nests too deeply (or an alias refers to itself)") from exc
    return doc


def _too_deep(text: str) -> Location:
    """Where the nesting first passes MAX_DEPTH, found with the parser's events (which keep
    no stack of their own): the rare path, after composing ran out of recursion."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):  # libyaml stops at 1,000
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                mark = event.start_mark
                if depth > MAX_DEPTH and mark is not None:
                    return mark.line + 1, mark.column + 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except (yaml.YAMLError, RecursionError):
        pass
    return 1, 1
