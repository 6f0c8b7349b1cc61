"""Safe YAML reading that remembers where every value came from.

PyYAML's composer gives nodes with marks; we build plain Python values from them ourselves
so that a pydantic error location ("states", 3, "name") maps back to a line and column.
Aliases are expanded while counting, which is what stops a "billion laughs" file: the count
passes its bound long before memory or time run out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 100_000  # bundled files have a few thousand; a larger count means alias bombs

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


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a file whose aliases would expand past MAX_NODES values, before building any.

    An alias is the same node object as its anchor, so sizes are memoised per node: this
    costs one visit per distinct node, however many times aliases repeat them."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            line, col = _mark(node)
            raise SourceError("an alias refers to the value that contains it", line, col)
        active.add(key)
        total = 1
        for child in _children(node):
            total += size(child)
            if total > MAX_NODES:
                break  # already too big; the exact count does not matter
        active.discard(key)
        sizes[key] = total
        return total

    if size(root) <= MAX_NODES:
        return
    # point at the smallest value that is still too big: where the repetition multiplies
    node = root
    while True:
        bigger = [c for c in _children(node) if sizes.get(id(c), 0) > MAX_NODES]
        if not bigger:
            break
        node = bigger[0]
    line, col = _mark(node)
    raise SourceError(
        f"the file expands to more than {MAX_NODES:,} values (aliases that repeat each other, "
        "a 'billion laughs' file?); write the values out instead",
        line,
        col,
    )


class _Builder:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.count = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: LocPath) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            line, col = _mark(node)
            raise SourceError(
                f"the file expands to more than {MAX_NODES:,} values (aliases that repeat "
                "each other, a 'billion laughs' file?); write the values out instead",
                line,
                col,
            )
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
        return self.constructor.construct_object(node, deep=True)


def read_yaml(path: Path) -> YamlDocument:
    """Read one YAML document safely; raise SourceError with a position on any problem."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise SourceError(
            f"the file is {size:,} bytes; content files are limited to {MAX_FILE_BYTES:,} "
            "(split it, or remove what is not needed)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror or exc}") from exc
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


def parse_yaml(text: str, path: Path) -> YamlDocument:
    doc = YamlDocument(path=path, data=None)
    try:
        try:
            node = _compose(text, _FAST_LOADER)
        except yaml.YAMLError:
            node = _compose(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}, {what}"
        start = exc.context_mark
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
    except RecursionError as exc:
        raise SourceError("the file nests too deeply (or an alias refers to itself)") from exc
    return doc
