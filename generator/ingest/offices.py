"""Who held the offices readouts name most, and when: leaders and foreign ministers.

Readouts often leave out the year ("On March 21, ...") and refer to people by surname
("Prime Minister Abe"). Terms of office answer both: the years in which every named
participant held office at once, and which Abe was Prime Minister on a given day. The
table is public knowledge and changes only after an election or a reshuffle; an
official missing from it simply gives no evidence.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass

from generator.ingest.holders import TABLE
from generator.ingest.identity import matches_surname, name_tokens, same_person

log = logging.getLogger(__name__)



@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """One spell in one office."""

    office: str
    start: datetime.date
    end: datetime.date | None

    def holds(self, day: datetime.date) -> bool:
        """True when ``day`` falls within the term."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Holder:
    """A well-known office holder: canonical name, country, terms."""

    name: str
    country: str
    terms: tuple[Term, ...]

    def in_office(self, day: datetime.date) -> bool:
        """True when the person held any listed office on ``day``."""
        return any(term.holds(day) for term in self.terms)


def _parse_table(table: str) -> tuple[Holder, ...]:
    """Read the compact table above."""
    holders = []
    for row in table.strip().splitlines():
        name, country, spells = row.split("|")
        terms = []
        for spell in spells.split(";"):
            office, start, end = spell.split()
            terms.append(Term(office=office, start=datetime.date.fromisoformat(start),
                              end=None if end == "-" else datetime.date.fromisoformat(end)))
        holders.append(Holder(name=name, country=country, terms=tuple(terms)))
    return tuple(holders)


HOLDERS = _parse_table(TABLE)
_HORIZON = datetime.date(2030, 12, 31)
"""Open terms are searched up to this day: a fixed horizon keeps imports reproducible."""


def _index_words(holders: tuple[Holder, ...]) -> dict[str, tuple[Holder, ...]]:
    """Holders by each word of their names, so a lookup compares a handful, not the whole table."""
    index: dict[str, list[Holder]] = {}
    for holder in holders:
        for word in name_tokens(holder.name):
            index.setdefault(word, []).append(holder)
    return {word: tuple(found) for word, found in index.items()}


_BY_WORD = _index_words(HOLDERS)


def holder_named(name: str) -> Holder | None:
    """The holder a full name refers to, if the table knows them."""
    for word in name_tokens(name):
        for holder in _BY_WORD.get(word, ()):
            if same_person(holder.name, name):
                return holder
    return None


_OFFICE_PATTERNS = (
    (re.compile(r"chief cabinet secretary"), "ccs"),
    (re.compile(r"^vice[\s-]+president(?:\s+of\s+the\s+united\s+states(?:\s+of\s+america)?)?$"), "vp"),
    (re.compile(r"(?:u\.s\.|united states|american)\s+ambassador\s+to\s+japan|ambassador\s+of\s+the\s+united"
                r"\s+states\s+to\s+japan"), "amb-us-jp"),
    (re.compile(r"japanese\s+ambassador\s+to\s+the\s+(?:u\.s\.|united states)|ambassador\s+of\s+japan\s+to\s+the"
                r"\s+united\s+states"), "amb-jp-us"),
    (re.compile(r"(?:state\s+department|department\s+of\s+state)\s+spokes|^spokes(?:person|man|woman)$"),
     "spox-state"),
    (re.compile(r"^(?:(?:u\.s\.|united\s+states)\s+)?deputy\s+secretary(?:\s+of\s+state\b.*)?$"), "dep-state"),
    (re.compile(r"^assistant\s+secretary(?:\s+of\s+state)?\s+for\s+east\s+asian\s+and\s+pacific\s+affairs\b"),
     "asst-eap"),
)


def office_kind(role: str) -> str | None:
    """Which office a role names: "Prime Minister" -> hog, "Secretary of State" -> fm."""
    lowered = role.lower()
    for pattern, kind in _OFFICE_PATTERNS:
        if pattern.search(lowered):
            return kind
    if lowered.strip() == "ambassador" or re.match(r"ambassador\s+(?:to|of|in)\b", lowered.strip()):
        return "amb"  # "Ambassador Emanuel", "Ambassador to Japan Roos": one of the ambassadors the table knows
    if re.search(r"\b(?:deputy|vice|assistant|under|parliamentary|senior|state minister|ambassador|director"
                 r"|commission|committee|elect)\b", lowered):
        return None  # "Director of the Office of the Central Foreign Affairs Commission" is no foreign minister
    if re.search(r"prime minister|premier|chancellor|\bpm\b", lowered):
        return "hog"
    if re.search(r"secretary-general", lowered):
        return "sg"
    if re.search(r"foreign|secretary of state|^(?:minister|secretary)$", lowered):
        return "fm"
    if re.search(r"president|chairman|king|emperor", lowered):
        return "hos"
    return None


def holder_by_surname(surname: str, role: str, day: datetime.date | None) -> Holder | None:
    """The one holder with this surname in the office ``role`` names, on ``day`` when known."""
    kind = office_kind(role)
    former = "former" in role.lower()
    found = [
        holder for holder in _BY_WORD.get(name_tokens(surname)[-1] if name_tokens(surname) else "", ())
        if matches_surname(holder.name, surname) and any(
            _office_is(term.office, kind) and _fits(term, day, former) for term in holder.terms)
    ]
    return found[0] if len(found) == 1 and (kind or former) else None


def holder_in_office(country: str, kind: str, day: datetime.date) -> Holder | None:
    """The one holder of ``country``'s office ``kind`` on ``day`` ("the President" of a White House readout)."""
    found = [holder for holder in HOLDERS if holder.country == country
             and any(term.office == kind and term.holds(day) for term in holder.terms)]
    return found[0] if len(found) == 1 else None


def _office_is(office: str, kind: str | None) -> bool:
    """True when a term's office is the kind asked for ("amb" is any ambassador the table lists)."""
    return kind is None or office == kind or (kind == "amb" and office.startswith("amb-"))


def _fits(term: Term, day: datetime.date | None, former: bool) -> bool:
    """A term fits a mention if it covers the day (or ended before it, for a "former" holder)."""
    if day is None:
        return False
    if former:
        return term.end is not None and term.end <= day
    return term.holds(day)


def years_in_office(holders: list[tuple[Holder, str | None]], month: int, day: int) -> set[int] | None:
    """Years in which every holder held the office named (any office when None) on month/day.

    None when no holder is known, so "no evidence" is not mistaken for "no year fits".
    """
    if not holders:
        return None
    years: set[int] | None = None
    for holder, kind in holders:
        terms = [t for t in holder.terms if kind is None or t.office == kind]
        own = {
            year for term in terms
            for year in range(term.start.year, (term.end or _HORIZON).year + 1)
            if _valid(year, month, day) and term.holds(datetime.date(year, month, day))
        }
        years = own if years is None else years & own
    return years


def _valid(year: int, month: int, day: int) -> bool:
    """True when the numbers make a calendar date."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def term_start_before(holder: Holder, day: datetime.date) -> datetime.date | None:
    """When the holder's term covering ``day`` began (None when no term covers it)."""
    starts = [t.start for t in holder.terms if t.holds(day)]
    return max(starts) if starts else None
