"""Fingerprints: short hashes of exactly what an output is computed from, for the build cache.

A page's bytes are a function of its ``PageSpec`` (template name, path, typed context), the
template files, the configuration and the generator's code. ``Fingerprinter`` hashes a spec
by walking its records field by field, whatever fields they have, so a field added to a
context next month is covered without touching this module. Records shared between pages
(a meeting listed on twenty pages) are hashed once per build: the walk remembers each
record's hash by identity, and holds a reference so the identity stays valid.

Anything the walk does not know (a function, an open file) makes the spec unfingerprintable:
that page is then rendered on every build, never served from the cache.

The walk also gathers a spec's *sources*: the records in it that stand for a content file
(a meeting says which with ``fingerprint_source()``). A build in which only those files'
readouts changed (``changes.py``) need not fingerprint a page none of whose sources changed:
its context is then what it was, as long as no context holds a copy of a readout without
the meeting it belongs to (feeds hold the meeting, not its HTML).
"""

from __future__ import annotations

import ast
import dataclasses
import datetime
import enum
import hashlib
import importlib.metadata
import itertools
import operator
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePath
from typing import Any

_SCALARS = frozenset({int, float, bool, type(None), bytes, datetime.date, datetime.datetime, datetime.time,
                      datetime.timedelta})
_LONG = 200
"""Strings and record tokens this long are hashed once and stood for by their hash."""
_LONG_SEQUENCE = 64
_UNKNOWN = object()
_LIBRARIES = ("jinja2", "markupsafe", "markdown", "nh3", "pyyaml", "python-frontmatter")
PACKAGE = Path(__file__).resolve().parent


class Unfingerprintable(Exception):
    """A value the fingerprint walk cannot hash deterministically."""


class Fingerprinter:
    """Hashes records by their fields, remembering shared records and long strings by identity for one build.

    A record's token is its fields' tokens joined, or the hash of that when it is long, so
    small records (a breadcrumb, a period) cost a join and no hash. Tuples are written out
    inline unless long. Every token is self-delimiting (strings as ``repr``), so two
    different values never give the same token. Each remembered token keeps the sources
    found under it, so a record met again adds them without being walked.
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, str, frozenset[str]]] = {}
        self._getters: dict[type, Callable[[Any], Any] | None] = {}
        self._sources: dict[type, Callable[[Any], str | None] | None] = {}
        self._open: list[set[str]] = []
        """The sources found so far under each record being walked, innermost last."""

    def of(self, value: object) -> str | None:
        """The hex fingerprint of ``value``, or None when some part of it cannot be hashed."""
        found = self.with_sources(value)
        return found[0] if found is not None else None

    def with_sources(self, value: object) -> tuple[str, frozenset[str]] | None:
        """The hex fingerprint of ``value`` and its sources (the ids of the meetings in it, by their
        ``fingerprint_source()``), or None when some part of it cannot be hashed."""
        self._open.append(set())
        try:
            token = self._token(value)
        except (Unfingerprintable, RecursionError):
            return None
        finally:
            sources = self._open.pop()
            self._open.clear()  # after an error, the records that were open
        return _digest(token), _frozen(sources)

    def _token(self, value: object) -> str:
        kind = type(value)
        if kind is str:
            if len(value) < _LONG:  # type: ignore[arg-type]
                return repr(value)
            found = self._memo.get(id(value))
            if found is None:
                found = (value, _long_string(value), _NONE)  # type: ignore[arg-type]
                self._memo[id(value)] = found
            return found[1]
        if kind in _SCALARS:
            return repr(value)
        if kind is tuple or kind is list:
            if len(value) < _LONG_SEQUENCE:  # type: ignore[arg-type]
                return self._sequence(value)  # type: ignore[arg-type]
            return self._memoized(value, self._sequence)
        getter = self._getters.get(kind, _UNKNOWN)
        if getter is _UNKNOWN:
            getter = self._getters.setdefault(kind, _field_getter(value))
            self._sources[kind] = getattr(kind, "fingerprint_source", None)
        if getter is None:
            return self._other(value)
        return self._memoized(value, self._record)

    def _memoized(self, value: object, tokenize: Callable[[Any], str]) -> str:
        """The token of a record or long sequence, remembered with the sources under it (holding the value
        keeps its id from being reused)."""
        found = self._memo.get(id(value))
        if found is None:
            self._open.append(set())
            try:
                token = tokenize(value)
            finally:
                sources = _frozen(self._open.pop())
            if len(token) >= _LONG:
                token = "#" + _digest(token)
            found = (value, token, sources)
            self._memo[id(value)] = found
        if found[2]:
            self._open[-1].update(found[2])
        return found[1]

    def _record(self, value: object) -> str:
        kind = type(value)
        source = self._sources[kind]
        if source is not None and (name := source(value)) is not None:
            self._open[-1].add(name)
        return "{" + kind.__qualname__ + "\0" + self._items(self._getters[kind](value)) + "}"  # type: ignore[misc]

    def _sequence(self, value: Iterable[object]) -> str:
        return "(" + self._items(value) + ")"

    def _items(self, values: Iterable[object]) -> str:
        """``_token`` of each value joined, with short strings, scalars and records already seen done here
        (the common cases: a 10,000-meeting build meets a million of them)."""
        parts = []
        memo = self._memo
        sources = self._open[-1]
        for item in values:
            kind = type(item)
            if (kind is str and len(item) < _LONG) or kind in _SCALARS:  # type: ignore[arg-type]
                parts.append(repr(item))
            elif (found := memo.get(id(item))) is not None:
                parts.append(found[1])
                if found[2]:
                    sources.update(found[2])
            else:
                parts.append(self._token(item))
        return "\0".join(parts)

    def _other(self, value: object) -> str:
        if type(value) is dict or isinstance(value, Mapping):  # a dict first: the abstract check costs more
            return "[" + self._items(itertools.chain.from_iterable(value.items())) + "]"
        if isinstance(value, (set, frozenset)):
            return "<" + "\0".join(sorted(map(self._token, value))) + ">"
        if isinstance(value, (str, int, float, PurePath, enum.Enum)) or type(value) in _SCALARS:
            return type(value).__qualname__ + repr(value)
        if isinstance(value, (tuple, list)):
            return type(value).__qualname__ + self._sequence(value)
        raise Unfingerprintable(f"cannot fingerprint a {type(value).__qualname__}")


def _field_getter(value: object) -> Callable[[Any], Any] | None:
    """A function returning a dataclass instance's field values as a tuple, or None for other objects.

    A record that knows what determines it (a meeting: its file's hash) says so with a
    ``fingerprint_fields()`` method, which is used instead of its fields.
    """
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return None
    custom: Callable[[Any], Any] | None = getattr(type(value), "fingerprint_fields", None)
    if callable(custom):
        return custom
    names = tuple(field.name for field in dataclasses.fields(value))
    if len(names) == 1:
        single = operator.attrgetter(names[0])
        return lambda record: (single(record),)
    return operator.attrgetter(*names) if names else (lambda record: ())


def _long_string(text: str) -> str:
    return "$" + _digest(text)


_NONE: frozenset[str] = frozenset()


def _frozen(sources: set[str]) -> frozenset[str]:
    return frozenset(sources) if sources else _NONE


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def combine(*parts: str) -> str:
    """One fingerprint of several strings, order significant."""
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def tree_fingerprint(folder: Path) -> str:
    """The names and bytes of every file under ``folder`` (templates, static files)."""
    hasher = hashlib.blake2b(digest_size=16)
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            hasher.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            hasher.update(hashlib.sha256(path.read_bytes()).digest())
    return hasher.hexdigest()


def code_fingerprint(modules: Iterable[str] | None = None, *, leaving_out: tuple[str, ...] = ()) -> str:
    """The generator's own source (all of it but the files starting with ``leaving_out``, or ``modules``
    and what they import from the package), the Python version and the versions of the libraries that
    shape the output."""
    names = sorted(_closure(modules)) if modules is not None else sorted(
        name for name in (p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py"))
        if not name.startswith(leaving_out))
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(sys.version.encode())
    for library in _LIBRARIES:
        hasher.update(f"{library}={_version(library)}".encode())
    for name in names:
        hasher.update(name.encode() + b"\0" + (PACKAGE / name).read_bytes())
    return hasher.hexdigest()


def _version(library: str) -> str:
    try:
        return importlib.metadata.version(library)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _closure(modules: Iterable[str]) -> set[str]:
    """The package files of ``modules`` (``generator.content``) and every package module they import."""
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        relative = _module_file(todo.pop())
        if relative is None or relative in seen:
            continue
        seen.add(relative)
        for node in ast.walk(ast.parse((PACKAGE / relative).read_bytes())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
                todo.append(node.module)
                todo.extend(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                todo.extend(alias.name for alias in node.names if alias.name.startswith("generator"))
    return seen


def _module_file(module: str) -> str | None:
    """``generator.ingest.store`` -> ``ingest/store.py`` (or the package's ``__init__.py``), if it exists."""
    parts = module.split(".")[1:]
    for candidate in ("/".join(parts) + ".py", "/".join([*parts, "__init__.py"])):
        if candidate != ".py" and (PACKAGE / candidate).is_file():
            return candidate
    return None
