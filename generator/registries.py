"""``officials.yaml`` and ``issues.yaml``: the people and the vocabulary meetings refer to."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from generator.documents import read_yaml_mapping
from generator.errors import ContentError
from generator.fields import FieldReader
from generator.models import TERM_ID, Issue, Official

OFFICIALS_FILE = "officials.yaml"
ISSUES_FILE = "issues.yaml"
_Entry = TypeVar("_Entry", Official, Issue)


def load_officials(content_dir: Path, errors: list[ContentError]) -> dict[str, Official]:
    """Read every official, appending problems to ``errors`` instead of stopping at the first."""
    officials, _ = _load_registry(content_dir / OFFICIALS_FILE, _official, errors)
    return officials


def load_issues(content_dir: Path, errors: list[ContentError]) -> dict[str, Issue]:
    """Read the vocabulary; a ``broader`` issue must itself be in the vocabulary."""
    path = content_dir / ISSUES_FILE
    issues, lines = _load_registry(path, _issue, errors)
    for issue in issues.values():
        if issue.broader and issue.broader not in issues:
            errors.append(ContentError(path, f"issue '{issue.id}': broader issue '{issue.broader}' "
                                       "is not in the vocabulary", lines.get(issue.id)))
    return issues


def _load_registry(
    path: Path, make: Callable[[str, Any, Path, int | None], _Entry], errors: list[ContentError],
) -> tuple[dict[str, _Entry], Mapping[str, int]]:
    """Every valid entry of one registry file by id, and each id's line; problems go to ``errors``.

    A missing file is an empty registry: an archive may start with no officials or issues.
    """
    if not path.exists():
        return {}, {}
    try:
        parsed = read_yaml_mapping(path)
    except ContentError as exc:
        errors.append(exc)
        return {}, {}
    entries: dict[str, _Entry] = {}
    for key, entry in parsed.data.items():
        try:
            entries[str(key)] = make(str(key), entry, path, parsed.lines.get(str(key)))
        except ContentError as exc:
            errors.append(exc)
    return entries, parsed.lines


def _entry_reader(key: str, entry: Any, path: Path, line: int | None, allowed: tuple[str, ...]) -> FieldReader:
    """Check the id and the shape of one registry entry and return a reader for its fields."""
    if not TERM_ID.match(key):
        raise ContentError(path, f"id '{key}' must be lowercase letters, digits and single hyphens", line)
    if not isinstance(entry, Mapping):
        raise ContentError(path, f"entry '{key}' must be a mapping of fields", line)
    reader = FieldReader(entry, path=path, lines={}, default_line=line, context=f"entry '{key}': ")
    reader.refuse_unknown(allowed)
    return reader


def _official(key: str, entry: Any, path: Path, line: int | None) -> Official:
    """Build one Official from its YAML entry."""
    reader = _entry_reader(key, entry, path, line, ("name", "country", "aliases", "wikidata"))
    return Official(
        id=key,
        name=reader.text("name", required=True) or key,
        country=reader.text("country"),
        aliases=reader.texts("aliases"),
        wikidata=reader.text("wikidata"),
    )


def _issue(key: str, entry: Any, path: Path, line: int | None) -> Issue:
    """Build one Issue from its YAML entry."""
    reader = _entry_reader(key, entry, path, line, ("label", "match", "description", "broader"))
    return Issue(
        id=key,
        label=reader.text("label", required=True) or key,
        match=reader.texts("match"),
        description=reader.text("description"),
        broader=reader.text("broader"),
    )
