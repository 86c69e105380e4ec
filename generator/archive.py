"""Stage 2, INDEX: meetings by official, issue and date, computed once and then only read."""

from __future__ import annotations

import datetime
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType
from typing import TypeVar

from generator.content import Content
from generator.countries import Country, CountryProfile, country_profiles, official_countries
from generator.crossrefs import Reference, cited_by, find_references
from generator.models import Issue, Meeting, Official, newest_first
from generator.related import Recall, Remember, recalled, related_meetings

K = TypeVar("K")


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleSpan:
    """A title an official held, with the first and last meeting dates it was seen."""

    title: str
    first: datetime.date
    last: datetime.date
    meetings: int


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficialProfile:
    """What the archive knows of one official, derived from the meetings."""

    official: Official
    meetings: tuple[Meeting, ...]
    """Meetings the official took part in, newest first."""
    mentioned_in: tuple[Meeting, ...]
    titles: tuple[TitleSpan, ...]
    """Titles held, most recently seen first."""
    counterparts: tuple[tuple[Official, int], ...]
    issues: tuple[tuple[Issue, int], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class IssueProfile:
    """One issue's meetings and the officials most involved in them."""

    issue: Issue
    meetings: tuple[Meeting, ...]
    officials: tuple[tuple[Official, int], ...]
    narrower: tuple[Issue, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Neighbours:
    """The meetings just before and after one meeting in time."""

    older: Meeting | None
    newer: Meeting | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Archive:
    """The whole archive, indexed; nothing in it changes after ``build_archive`` returns."""

    meetings: tuple[Meeting, ...]
    """Every meeting, newest first."""
    officials: Mapping[str, OfficialProfile]
    issues: Mapping[str, IssueProfile]
    by_year: Mapping[int, tuple[Meeting, ...]]
    by_month: Mapping[tuple[int, int], tuple[Meeting, ...]]
    by_day: Mapping[tuple[int, int, int], tuple[Meeting, ...]]
    neighbours: Mapping[str, Neighbours]
    official_records: Mapping[str, Official]
    issue_records: Mapping[str, Issue]
    countries: Mapping[str, CountryProfile]
    """Countries taking part (from participants' ``country``), by country id."""
    country_ids: frozenset[str]
    """The keys of ``countries``: which countries have a page (a page linking one needs to know no more)."""
    official_countries: Mapping[str, Country]
    """Each official's country, by official id (officials with none are absent)."""
    references: Mapping[str, tuple[Reference, ...]]
    """Spans of each readout naming other meetings of the archive, by citing meeting id."""
    cited_by: Mapping[str, tuple[Meeting, ...]]
    """Meetings whose readouts name a meeting, newest first, by cited meeting id."""
    related: Mapping[str, tuple[Meeting, ...]]
    """Up to five related meetings per meeting id, best first."""


def build_archive(content: Content, recall: Recall | None = None) -> Archive:
    """Index the meetings by official, issue and date, newest first everywhere.

    ``recall`` (the build cache's) gives back what the last build worked out from the same data.
    """
    meetings = tuple(sorted(content.meetings, key=newest_first))
    references = find_references(meetings)
    key = shape_key(meetings, content.officials, content.issues) if recall is not None else ""
    remember: Remember = partial(recalled, recall, key=key)
    countries = country_profiles(meetings, content.officials, content.issues, remember=remember)
    by_day: dict[tuple[int, int, int], list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_day[date_parts(permalink_date(meeting))].append(meeting)
    return Archive(
        meetings=meetings,
        officials=MappingProxyType(_official_profiles(meetings, content, remember)),
        issues=MappingProxyType(_issue_profiles(meetings, content, remember)),
        by_year=MappingProxyType(_regroup(by_day, lambda day: day[0])),
        by_month=MappingProxyType(_regroup(by_day, lambda day: (day[0], day[1]))),
        by_day=MappingProxyType({day: tuple(group) for day, group in by_day.items()}),
        neighbours=MappingProxyType(_neighbours(meetings)),
        official_records=MappingProxyType(dict(content.officials)),
        issue_records=MappingProxyType(dict(content.issues)),
        countries=MappingProxyType(countries),
        country_ids=frozenset(countries),
        official_countries=MappingProxyType(official_countries(content.officials)),
        references=MappingProxyType(references),
        cited_by=MappingProxyType(cited_by(references, meetings)),
        related=MappingProxyType(related_meetings(meetings, recall, key=key or None)),
    )


def permalink_date(meeting: Meeting) -> datetime.date:
    """The date in the meeting's id, which its permalink and archive pages follow forever."""
    return datetime.date.fromisoformat(meeting.id[:10])


def date_parts(day: datetime.date) -> tuple[int, int, int]:
    """``(year, month, day)`` of a date."""
    return (day.year, day.month, day.day)


def _regroup(
    by_day: Mapping[tuple[int, int, int], Sequence[Meeting]], key_of: Callable[[tuple[int, int, int]], K]
) -> dict[K, tuple[Meeting, ...]]:
    """Coarser groups (months, years) from the day groups, keeping newest-first order."""
    groups: dict[K, list[Meeting]] = defaultdict(list)
    for day, meetings in by_day.items():
        groups[key_of(day)].extend(meetings)
    return {key: tuple(group) for key, group in groups.items()}


def _neighbours(meetings: Sequence[Meeting]) -> dict[str, Neighbours]:
    """Older and newer neighbours along the newest-first order."""
    result = {}
    for index, meeting in enumerate(meetings):
        newer = meetings[index - 1] if index > 0 else None
        older = meetings[index + 1] if index + 1 < len(meetings) else None
        result[meeting.id] = Neighbours(older=older, newer=newer)
    return result


OfficialTally = tuple[tuple["TitleSpan", ...], tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]
"""An official's titles, counterparts (id, meetings) and issues (id, meetings): plain data, to be recalled."""


def shape_key(meetings: Sequence[Meeting], officials: Mapping[str, Official], issues: Mapping[str, Issue]) -> str:
    """A hash of everything the tallies of officials, issues and countries and the related meetings are
    worked out from: each meeting's id, date, participants with their titles, mentions and issues, and
    the registries' ids and countries. While it is the same (a readout or a title edited) they are recalled."""
    shapes = tuple((m.id, m.date.toordinal(), m.participants, m.mentioned, m.issues) for m in meetings)
    registries = (tuple((o.id, o.country) for o in officials.values()), tuple(issues))
    return hashlib.blake2b(repr((shapes, registries)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _official_profiles(meetings: Sequence[Meeting], content: Content, remember: Remember) -> dict[str, OfficialProfile]:
    """Every official's profile, from one pass over the meetings (never officials x meetings)."""
    own: dict[str, list[Meeting]] = defaultdict(list)
    mentioned: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        for official_id in dict.fromkeys(meeting.official_ids):
            own[official_id].append(meeting)
        for official_id in dict.fromkeys(meeting.mentioned):
            mentioned[official_id].append(meeting)
    tallies: dict[str, OfficialTally] = remember("official tallies", lambda: {
        oid: _official_tally(oid, own.get(oid, [])) for oid in content.officials})
    return {
        oid: OfficialProfile(
            official=official,
            meetings=tuple(own.get(oid, ())),
            mentioned_in=tuple(mentioned.get(oid, ())),
            titles=tallies[oid][0],
            counterparts=tuple((content.officials[k], n) for k, n in tallies[oid][1]),
            issues=tuple((content.issues[k], n) for k, n in tallies[oid][2]),
        )
        for oid, official in content.officials.items()
    }


def _official_tally(official_id: str, own: Sequence[Meeting]) -> OfficialTally:
    """One official's titles over time, counterparts and issues, from their meetings."""
    counterparts: Counter[str] = Counter()
    issues: Counter[str] = Counter()
    for meeting in own:
        counterparts.update(set(meeting.official_ids) - {official_id})
        issues.update(set(meeting.issues))
    return _titles(official_id, own), tuple(_ranked(counterparts)), tuple(_ranked(issues))


def _titles(official_id: str, meetings: Sequence[Meeting]) -> tuple[TitleSpan, ...]:
    """Each title the official held, with first and last dates seen, most recent first."""
    spans: dict[str, list[datetime.date]] = defaultdict(list)
    for meeting in meetings:
        for participant in meeting.participants:
            if participant.official == official_id and participant.title:
                spans[participant.title].append(meeting.date)
    result = [TitleSpan(title=t, first=min(d), last=max(d), meetings=len(d)) for t, d in spans.items()]
    return tuple(sorted(result, key=lambda s: (-s.last.toordinal(), -s.first.toordinal(), s.title)))


def _issue_profiles(meetings: Sequence[Meeting], content: Content, remember: Remember) -> dict[str, IssueProfile]:
    """Every issue's meetings and most involved officials, in one pass over the meetings."""
    by_issue: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        for issue_id in meeting.issues:
            by_issue[issue_id].append(meeting)
    narrower: dict[str, list[Issue]] = defaultdict(list)
    for issue in content.issues.values():
        if issue.broader:
            narrower[issue.broader].append(issue)
    people: dict[str, tuple[tuple[str, int], ...]] = remember("issue tallies", lambda: {
        issue_id: tuple(_ranked(Counter(o for m in by_issue.get(issue_id, ()) for o in set(m.official_ids))))
        for issue_id in content.issues})
    return {
        issue_id: IssueProfile(
            issue=issue,
            meetings=tuple(by_issue.get(issue_id, ())),
            officials=tuple((content.officials[k], n) for k, n in people[issue_id]),
            narrower=tuple(sorted(narrower.get(issue_id, ()), key=lambda i: i.label.casefold())),
        )
        for issue_id, issue in content.issues.items()
    }


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties by id, so the order never depends on insertion."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
