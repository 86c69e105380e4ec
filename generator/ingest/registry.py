"""The officials registry (``content/officials.yaml``): one id per person, every form of the name.

The file is the archivist's as much as the importer's. It is read, new people and newly
seen forms of names are added, and it is written back with every entry, field and
value the archivist put there (their order too); only YAML comments do not survive a
rewrite, and the file is rewritten only when something was added.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.documents import dump_yaml, read_yaml_mapping
from generator.ingest.identity import name_tokens, same_person

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Seen:
    """An official as this import met them: id, canonical name, country, the forms written."""

    id: str
    name: str
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Registry:
    """The registry as read, indexed for lookups by alias and by name word."""

    entries: Mapping[str, Any]
    by_alias: Mapping[str, str]
    by_word: Mapping[str, tuple[str, ...]]

    def find_alias(self, form: str) -> str | None:
        """The id whose name or aliases include exactly ``form`` (case aside)."""
        return self.by_alias.get(form.strip().lower())

    def find_person(self, name: str) -> str | None:
        """The id of the entry naming the same person as the full name ``name``."""
        exact = self.find_alias(name)
        if exact:
            return exact
        candidates: dict[str, None] = {}
        for word in name_tokens(name):
            candidates.update(dict.fromkeys(self.by_word.get(word, ())))
        for official in candidates:
            if any(same_person(form, name) for form in _forms(self.entries[official], official)):
                return official
        return None

    def name_of(self, official: str) -> str | None:
        """The canonical name recorded for an id."""
        entry = self.entries.get(official)
        return str(entry["name"]) if isinstance(entry, Mapping) and entry.get("name") else None


def _forms(entry: Any, official: str) -> list[str]:
    """The name and the full-name aliases of an entry (aliases such as "Minister Kono" are skipped)."""
    if not isinstance(entry, Mapping):
        return [official.replace("-", " ")]
    aliases = entry.get("aliases")
    forms = [str(entry.get("name") or official.replace("-", " "))]
    if isinstance(aliases, list):
        forms.extend(str(a) for a in aliases)
    return forms


def load_registry(path: Path) -> Registry:
    """Read ``officials.yaml`` (a missing file is an empty registry)."""
    entries: Mapping[str, Any] = read_yaml_mapping(path).data if path.exists() else {}
    by_alias: dict[str, str] = {}
    by_word: dict[str, list[str]] = {}
    for official, entry in entries.items():
        for form in _forms(entry, str(official)):
            by_alias.setdefault(form.strip().lower(), str(official))
            for word in name_tokens(form):
                if str(official) not in by_word.setdefault(word, []):
                    by_word[word].append(str(official))
    return Registry(entries=entries, by_alias=by_alias, by_word={k: tuple(v) for k, v in by_word.items()})


def same_new_people(entries: Mapping[str, Any], seen: Sequence[Seen]) -> dict[str, str]:
    """Ids this import minted for one new person, each mapped to the one to keep ("hamada-yasukazu", as a U.S.
    release writes him, to "yasukazu-hamada", as MOFA's "HAMADA Yasukazu" gives him): the registry finds such a
    person only once they are in it, so within one import they are matched here. The id met most often is kept
    (the first met, on a tie); people of different countries are never matched."""
    new: dict[str, Seen] = {}
    counts: dict[str, int] = {}
    for person in seen:
        if person.id not in entries:
            new.setdefault(person.id, person)
            counts[person.id] = counts.get(person.id, 0) + 1
    by_word: dict[str, list[Seen]] = {}
    renamed: dict[str, str] = {}
    for official in sorted(new, key=lambda key: -counts[key]):  # stable: first met first among equals
        person = new[official]
        candidates = {other.id: other for word in name_tokens(person.name) for other in by_word.get(word, ())}
        match = next((other for other in candidates.values() if same_person(other.name, person.name)
                      and (other.country is None or person.country is None or other.country == person.country)),
                     None)
        if match is not None:
            renamed[official] = match.id
            continue
        for word in name_tokens(person.name):
            by_word.setdefault(word, []).append(person)
    return renamed


def merge_officials(entries: Mapping[str, Any], seen: Sequence[Seen]) -> dict[str, Any]:
    """The registry with new people added and new aliases appended; nothing removed or reordered."""
    merged: dict[str, Any] = {key: value for key, value in entries.items()}
    for person in seen:
        entry = merged.get(person.id)
        if entry is None:
            merged[person.id] = _new_entry(person)
        elif isinstance(entry, Mapping):
            merged[person.id] = _with_aliases(entry, person)
    return merged


def _new_entry(person: Seen) -> dict[str, Any]:
    """A new registry entry in the contract's key order."""
    entry: dict[str, Any] = {"name": person.name}
    if person.country:
        entry["country"] = person.country
    entry["aliases"] = [a for a in dict.fromkeys(person.aliases) if a != person.name]
    return entry


def _with_aliases(entry: Mapping[str, Any], person: Seen) -> dict[str, Any]:
    """An existing entry with forms not yet listed appended, and a country filled in if missing."""
    updated = dict(entry)
    aliases = updated.get("aliases")
    if aliases is None or isinstance(aliases, list):
        known = {str(a) for a in aliases or []} | {str(updated.get("name"))}
        extra = [a for a in dict.fromkeys(person.aliases) if a not in known]
        if extra:
            updated["aliases"] = [*(aliases or []), *extra]
    if not updated.get("country") and person.country and "country" not in updated:
        updated["country"] = person.country
    return updated


def write_registry(path: Path, entries: Mapping[str, Any], merged: Mapping[str, Any], *, dry_run: bool) -> bool:
    """Write the merged registry when it differs from what was read; True when it changed."""
    if dict(merged) == dict(entries):
        return False
    if not dry_run:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump_yaml(merged), encoding="utf-8")
    return True
