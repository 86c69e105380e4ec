"""Which official each written name refers to: registry first, then well-known office holders.

"Mr. Taro Kono", "KONO Taro" and "Foreign Minister Kono" must all become ``taro-kono``.
A full name is looked up in the registry (same person despite word order, initials or
nicknames), then in the table of office holders, else it gets a new id from its slug.
A surname with a role ("Minister Kono") is resolved within the readout first (the
people it names in full), then by an alias the registry already has, then by who held
that office on the meeting's day; otherwise it stays unresolved and is not guessed.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from generator.ingest import places
from generator.ingest.identity import matches_surname
from generator.ingest.names import Mention, canonical_name, slugify
from generator.ingest.offices import Holder, holder_by_surname, holder_named
from generator.ingest.registry import Registry

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A resolved official: id, canonical name, country when known, and the table entry if any."""

    id: str
    name: str
    country: str | None
    holder: Holder | None


def resolve_full(registry: Registry, mention: Mention) -> Person:
    """The official a full name ("Mr. MOTEGI Toshimitsu") refers to, new or known."""
    name = canonical_name(mention.words)
    holder = holder_named(name)
    known = registry.find_person(name) or (registry.find_person(holder.name) if holder else None)
    if known:
        return Person(id=known, name=registry.name_of(known) or name, country=None, holder=holder)
    if holder:
        return Person(id=slugify(holder.name), name=holder.name, country=holder.country, holder=holder)
    return Person(id=slugify(name), name=name, country=None, holder=None)


def resolve_short(registry: Registry, mention: Mention, known: Sequence[Person],
                  day: datetime.date | None, *, role: str | None = None) -> Person | None:
    """The official a surname reference ("Prime Minister Abe") means, or None when unsure.

    ``role`` is the role as the readout gives it, before or after the name.
    """
    surname = mention.words[-1]
    local = [person for person in known if matches_surname(person.name, surname)]
    if local:
        return local[0]
    official = registry.find_alias(mention.as_written)
    if official:
        name = registry.name_of(official) or official.replace("-", " ")
        return Person(id=official, name=name, country=None, holder=holder_named(name))
    holder = holder_by_surname(surname, role or mention.role, day)
    if holder is None and "former" not in (role or mention.role).lower():
        # "Prime Minister Abe" on a page of 2024: no one of that name holds the office that day; the one who held it
        holder = holder_by_surname(surname, f"former {role or mention.role}", day)
    if holder is None:
        return None
    found = registry.find_person(holder.name)
    return Person(id=found or slugify(holder.name), name=holder.name, country=holder.country, holder=holder)


def country_from_title(title: str | None) -> str | None:
    """The country a role names: "Minister for Foreign Affairs of Japan", "U.S. Ambassador to Japan"."""
    if not title:
        return None
    first = title.split()[0] if title.split() else ""
    return places.demonym_country(first) or places.country_of(title)


def alias_forms(mention: Mention) -> tuple[str, ...]:
    """The forms of a name worth remembering: as written with its title (when short), and the bare name."""
    forms = []
    if len(mention.title.split()) <= 5:
        forms.append(mention.as_written)
    bare = " ".join(mention.words)
    if mention.is_full and bare != canonical_name(mention.words):
        forms.append(bare)
    return tuple(forms)
