"""The one home of PyYAML and python-frontmatter: reading and writing front-mattered files.

Everything that parses or emits YAML goes through here, so the loader reads back exactly
what the importer wrote, and swapping the YAML library touches one file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import frontmatter.default_handlers
import yaml

from generator.errors import ContentError

log = logging.getLogger(__name__)

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_HANDLER = frontmatter.default_handlers.YAMLHandler()
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAX_DEPTH = 100
"""Real front matter nests three deep; anything past this is refused (see ``_refuse_deep_nesting``)."""
_SCAN_FROM = 2_000
"""YAML shorter than this cannot nest deep enough to crash libyaml, so its depth is not counted."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A front-mattered file split into its parsed metadata and its Markdown body."""

    meta: Mapping[str, Any]
    body: str
    lines: Mapping[str, int] = field(default_factory=dict)
    """The file line of each top-level front-matter key, for error messages."""
    body_line: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class YamlMapping:
    """A YAML file whose top level is a mapping, with the line of each top-level key."""

    data: Mapping[str, Any]
    lines: Mapping[str, int] = field(default_factory=dict)


def decode_text(raw: bytes, path: Path) -> str:
    """Decode UTF-8 (a BOM allowed), normalise line endings, refuse binary data."""
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ContentError(path, "looks like a binary file (it contains NUL bytes); expected UTF-8 text",
                           raw.count(b"\n", 0, nul) + 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_document(text: str, path: Path) -> Document:
    """Split ``text`` into YAML front matter and body, keeping each key's line for errors."""
    if not text.strip():
        raise ContentError(path, "is empty; a meeting file starts with '---' front matter", 1)
    if not _HANDLER.detect(text):
        raise ContentError(path, "has no front matter: the first line must be '---'", 1)
    try:
        front, body = _HANDLER.split(text)
    except ValueError as exc:
        raise ContentError(path, "front matter is not closed: add a line '---' after it", 1) from exc
    parsed = _parse_mapping(front, path)
    body = body.lstrip("\n")
    body_offset = len(text) - len(body)
    return Document(
        meta=parsed.data,
        body=body,
        lines=parsed.lines,
        body_line=text.count("\n", 0, body_offset) + 1,
    )


def read_document(path: Path) -> Document:
    """Read, decode and split one front-mattered file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(path, f"cannot be read: {exc.strerror}") from exc
    return parse_document(decode_text(raw, path), path)


def key_line(path: Path, key: str) -> int | None:
    """The line of a top-level front-matter key, read again for a message about a loaded file."""
    try:
        return read_document(path).lines.get(key)
    except ContentError:
        return None


def read_yaml_mapping(path: Path) -> YamlMapping:
    """Read a YAML file whose top level must be a mapping (an empty file is an empty mapping)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(path, f"cannot be read: {exc.strerror}") from exc
    text = decode_text(raw, path)
    if not text.strip():
        return YamlMapping(data={})
    return _parse_mapping(text, path)


def _parse_mapping(text: str, path: Path) -> YamlMapping:
    """Parse YAML that must be a mapping.

    Front matter as split by python-frontmatter starts with the newline that ends the
    opening '---', so in both a front matter and a standalone file, YAML's 0-based line
    ``n`` is the file's line ``n + 1``.
    """
    if len(text) > _SCAN_FROM:
        _refuse_deep_nesting(text, path)
    loader = _Loader(text)
    node = None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        line = _line(exc.problem_mark or exc.context_mark)
        problem = exc.problem or str(exc)
        opened = _line(exc.context_mark)
        if exc.context and opened and opened != line:  # "while parsing a flow sequence" begun on line 3
            problem += f" ({exc.context} that starts on line {opened})"
        raise ContentError(path, f"invalid YAML: {problem}", line) from exc
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or "\0")
        raise ContentError(path, f"invalid YAML: {exc.reason} (U+{code:04X})", line) from exc
    except yaml.YAMLError as exc:
        raise ContentError(path, f"invalid YAML: {exc}") from exc
    except ValueError as exc:
        # An impossible date such as 2019-02-30 matches YAML's date pattern and then fails in datetime.
        value, line = _impossible_scalar(node)
        raise ContentError(path, f"'{value}' is not a real date or time ({exc})", line) from exc
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(path, f"must be a YAML mapping of keys to values, not a {type(data).__name__}",
                           _line(node.start_mark) if node is not None else 1)
    lines = _key_lines(node, path)
    return YamlMapping(data=data, lines=lines)


def _refuse_deep_nesting(text: str, path: Path) -> None:
    """Refuse YAML nested deeper than any real file, before libyaml's recursive composer sees it.

    Older libyaml builds nodes by recursing in C: at about 20,000 levels (``[[[[...``) it
    overflows the stack and kills the process instead of raising; newer releases stop at
    1,000 levels with their own error, reported here in the same words. The events are read without
    recursion, so counting them is safe, and a file this long is the only kind that can
    nest that deep.
    """
    loader = _Loader(text)
    depth = 0
    try:
        while (event := loader.get_event()) is not None and not isinstance(event, yaml.StreamEndEvent):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > _MAX_DEPTH:
                    raise ContentError(path, f"YAML nests lists and mappings more than {_MAX_DEPTH} deep",
                                       _line(event.start_mark))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if exc.problem and "nesting depth" in exc.problem:  # libyaml 0.2.6+ stops at 1,000 levels itself
            raise ContentError(path, f"YAML nests lists and mappings more than {_MAX_DEPTH} deep",
                               _line(exc.problem_mark)) from exc
        return  # the real parse reports it, with its line
    except yaml.YAMLError:
        return
    finally:
        loader.dispose()


def _line(mark: object) -> int | None:
    """The 1-based line of a YAML mark, C or Python (front matter's YAML line n is the file's n + 1)."""
    line = getattr(mark, "line", None)
    return line + 1 if isinstance(line, int) else None


def _impossible_scalar(node: yaml.Node | None) -> tuple[str, int | None]:
    """The first date-like scalar in ``node`` that is not a real date, and its line."""
    constructor = yaml.SafeLoader("")
    stack = [node] if node is not None else []
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode) and current.tag == _TIMESTAMP:
            try:
                constructor.construct_yaml_timestamp(current)
            except ValueError:
                return str(current.value), _line(current.start_mark)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        elif isinstance(current, yaml.MappingNode):
            stack.extend(child for pair in reversed(current.value) for child in reversed(pair))
    return "a value", None


def _key_lines(node: yaml.Node | None, path: Path) -> dict[str, int]:
    """Map each top-level key to its file line, refusing keys given twice (YAML keeps the last)."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, _ in node.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in lines:
            raise ContentError(path, f"key '{key}' is given twice (first on line {lines[key]})", line)
        lines[key] = line
    return lines


def format_document(meta: Mapping[str, Any], body: str) -> str:
    """Return a front-mattered Markdown file; the dumper quotes whatever YAML would misread."""
    post = frontmatter.Post(body.strip("\n"), **meta)
    text: str = frontmatter.dumps(post, handler=_HANDLER, Dumper=_Dumper, sort_keys=False, width=100)
    return text + "\n"


def dump_yaml(data: Mapping[str, Any]) -> str:
    """Return ``data`` as block-style YAML in the given key order."""
    text: str = yaml.dump(dict(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=100)
    return text
