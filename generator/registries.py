"""``officials.yaml`` and ``issues.yaml``: the people and the vocabulary meetings refer to."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.documents import read_yaml_mapping
from generator.errors import ContentError
from generator.fields import FieldReader
from generator.models import TERM_ID, Issue, Official

OFFICIALS_FILE = "officials.yaml"
ISSUES_FILE = "issues.yaml"


def load_officials(content_dir: Path, errors: list[ContentError]) -> dict[str, Official]:
    """Read every official, appending problems to ``errors`` instead of stopping at the first."""
    path = content_dir / OFFICIALS_FILE
    if not path.exists():
        return {}
    officials: dict[str, Official] = {}
    try:
        parsed = read_yaml_mapping(path)
    except ContentError as exc:
        errors.append(exc)
        return officials
    for key, entry in parsed.data.items():
        line = parsed.lines.get(str(key))
        try:
            officials[str(key)] = _official(str(key), entry, path, line)
        except ContentError as exc:
            errors.append(exc)
    return officials


def load_issues(content_dir: Path, errors: list[ContentError]) -> dict[str, Issue]:
    """Read the vocabulary; a ``broader`` issue must itself be in the vocabulary."""
    path = content_dir / ISSUES_FILE
    if not path.exists():
        return {}
    issues: dict[str, Issue] = {}
    try:
        parsed = read_yaml_mapping(path)
    except ContentError as exc:
        errors.append(exc)
        return issues
    for key, entry in parsed.data.items():
        line = parsed.lines.get(str(key))
        try:
            issues[str(key)] = _issue(str(key), entry, path, line)
        except ContentError as exc:
            errors.append(exc)
    for issue in issues.values():
        if issue.broader and issue.broader not in issues:
            errors.append(ContentError(path, f"issue '{issue.id}': broader issue '{issue.broader}' "
                                       "is not in the vocabulary", parsed.lines.get(issue.id)))
    return issues


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
