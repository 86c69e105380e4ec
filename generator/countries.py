"""Countries taking part in meetings, derived from the participants' ``country`` in officials.yaml.

A country is not typed in anywhere: it is the ``country`` of an official who took part.
Its id is a slug of the name (``People's Republic of China`` -> ``peoples-republic-of-china``),
so its URL follows the name the archivist wrote and spellings differing only in case or
punctuation fall together.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.models import Issue, Meeting, Official
from generator.related import Remember


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """A country some participant belongs to."""

    id: str
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryProfile:
    """One country's meetings and who and what they involved."""

    country: Country
    meetings: tuple[Meeting, ...]
    """Meetings with a participant from this country, newest first."""
    officials: tuple[tuple[Official, int], ...]
    """Officials of this country who took part, by number of meetings."""
    partners: tuple[tuple[Country, int], ...]
    """Other countries at the same meetings, by number of meetings."""
    issues: tuple[tuple[Issue, int], ...]


def country_id(name: str) -> str:
    """The URL id of a country name: ASCII, lowercase, words joined by single hyphens."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['\u2019]", "", folded)).strip("-")


def official_countries(officials: Mapping[str, Official]) -> dict[str, Country]:
    """Each official's Country, keyed by official id; officials without one are left out.

    Names whose ids collide are one country, shown under the spelling most officials use.
    """
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for official in officials.values():
        if official.country and country_id(official.country):
            spellings[country_id(official.country)][official.country] += 1
    names = {cid: sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
             for cid, counts in spellings.items()}
    return {
        official.id: Country(id=country_id(official.country), name=names[country_id(official.country)])
        for official in officials.values()
        if official.country and country_id(official.country)
    }


def meeting_countries(meeting: Meeting, countries: Mapping[str, Country]) -> tuple[Country, ...]:
    """The countries of a meeting's participants, in the order the readout names them."""
    found = (countries[o] for o in meeting.official_ids if o in countries)
    return tuple({country.id: country for country in found}.values())


CountryTally = tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]
"""A country's officials, partner countries and issues, each (id, meetings): plain data, to be recalled."""


def country_profiles(
    meetings: Sequence[Meeting], officials: Mapping[str, Official], issues: Mapping[str, Issue], *,
    remember: Remember,
) -> dict[str, CountryProfile]:
    """Every country's profile, from one pass over the meetings (newest-first order is kept).

    ``remember``: recalls the tallies when the meetings' shapes are as in the last build (``archive.shape_key``).
    """
    countries = official_countries(officials)
    own: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        for country in meeting_countries(meeting, countries):
            own[country.id].append(meeting)
    tallies: dict[str, CountryTally] = remember("country tallies", lambda: _tallies(own, countries))
    by_id = {country.id: country for country in countries.values()}
    return {
        cid: CountryProfile(
            country=by_id[cid],
            meetings=tuple(group),
            officials=tuple((officials[k], n) for k, n in tallies[cid][0]),
            partners=tuple((by_id[k], n) for k, n in tallies[cid][1]),
            issues=tuple((issues[k], n) for k, n in tallies[cid][2]),
        )
        for cid, group in sorted(own.items())
    }


def _tallies(own: Mapping[str, Sequence[Meeting]], countries: Mapping[str, Country]) -> dict[str, CountryTally]:
    """Each country's officials, partners and issues, counted over its meetings."""
    tallies = {}
    for cid, group in own.items():
        people: Counter[str] = Counter()
        partners: Counter[str] = Counter()
        topics: Counter[str] = Counter()
        for meeting in group:
            present = meeting_countries(meeting, countries)
            people.update(o for o in set(meeting.official_ids) if o in countries and countries[o].id == cid)
            partners.update(c.id for c in present if c.id != cid)
            topics.update(set(meeting.issues))
        tallies[cid] = (tuple(_ranked(people)), tuple(_ranked(partners)), tuple(_ranked(topics)))
    return tallies


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties by id, so the order never depends on insertion."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
