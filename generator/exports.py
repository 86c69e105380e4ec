"""Data exports: the archive as JSON and CSV, a JSON twin and citation files beside each meeting.

Every export is deterministic: keys sorted, meetings in permanent order (oldest first,
then id), one meeting per line in the list files so a new build's diff shows only what
changed. Multi-valued CSV cells are joined with `` | ``.

The archive-wide files hold no readout, only what the meetings' shapes and titles decide
(``changes.py``), so a build in which nothing but the words of readouts changed (no title)
keeps them without making them (``FileSpec.shows_readouts``): at 10,000 meetings that is 0.7
s of CPU of every such edit.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial

from generator import urls
from generator.archive import Archive
from generator.citations import bibtex, cite, csl_json
from generator.config import SiteConfig
from generator.countries import Country
from generator.models import Issue, Meeting, Official, permanent_order
from generator.render import FileSpec
from generator.structured import start_date

Record = dict[str, object]
CSV_COLUMNS = (
    "id", "date", "time", "timezone", "start", "duration_minutes", "type", "title", "location", "section",
    "participant_ids", "participants", "participant_titles", "countries", "mentioned_ids", "issue_ids", "issues",
    "url", "source_url", "source_publisher",
)
_JOIN = " | "


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingFacts:
    """Everything a meeting's record and its own export files are made from, besides the configuration.

    The functions below read a meeting's neighbours in the archive only through this record,
    so its fingerprint (``render.FileSpec``) tells when its files must be made again.
    """

    meeting: Meeting
    officials: Mapping[str, Official]
    """Its participants and the officials it mentions, by id."""
    countries: Mapping[str, Country]
    """Its participants' countries, by official id (officials with none are absent)."""
    issues: tuple[Issue, ...]
    references: tuple[str, ...]
    """Ids of the meetings its readout names, in text order, each once."""
    cited_by: tuple[str, ...]
    related: tuple[str, ...]


def render_exports(archive: Archive, config: SiteConfig) -> Iterator[FileSpec]:
    """The archive-wide exports, then each meeting's JSON twin, CSL-JSON and BibTeX files; each made only if
    needed (an archive-wide file only when more than the words of readouts changed)."""
    meetings = sorted(archive.meetings, key=permanent_order)
    facts = [meeting_facts(m, archive) for m in meetings]
    records = cache(lambda: [meeting_record(f, config) for f in facts])  # for both meetings.json and .csv
    envelope: Record = {"archive": config.title, "base_url": config.base_url}
    made: dict[str, Callable[[], bytes]] = {
        urls.MEETINGS_JSON: lambda: _json_list(envelope, "meetings", records()),
        urls.MEETINGS_CSV: lambda: _csv(facts, records()).encode("utf-8"),
        urls.OFFICIALS_JSON: lambda: _json_list(envelope, "officials", _officials(archive, config)),
        urls.ISSUES_JSON: lambda: _json_list(envelope, "issues", _issues(archive, config)),
        urls.COUNTRIES_JSON: lambda: _json_list(envelope, "countries", _countries(archive, config)),
    }
    for path, make in made.items():
        yield FileSpec(path=path, kind="archive", inputs=make, make=_call, origin=path,
                       shows_readouts=False)
    twin, csl, bib = (partial(_twin, config=config), partial(_csl, config=config), partial(_bibtex, config=config))
    for meeting, fact in zip(meetings, facts, strict=True):
        origin = str(meeting.path)
        yield FileSpec(path=urls.meeting_json_path(meeting), kind="twin", inputs=fact, make=twin, origin=origin)
        yield FileSpec(path=urls.citation_path(meeting, "json"), kind="csl", inputs=fact, make=csl, origin=origin)
        yield FileSpec(path=urls.citation_path(meeting, "bib"), kind="bibtex", inputs=fact, make=bib, origin=origin)


def meeting_facts(meeting: Meeting, archive: Archive) -> MeetingFacts:
    """What of the archive a meeting's exports show."""
    countries = archive.official_countries
    return MeetingFacts(
        meeting=meeting,
        officials={o: archive.official_records[o] for o in (*meeting.official_ids, *meeting.mentioned)},
        countries={o: countries[o] for o in meeting.official_ids if o in countries},
        issues=tuple(archive.issue_records[i] for i in meeting.issues),
        references=tuple(dict.fromkeys(r.target for r in archive.references.get(meeting.id, ()))),
        cited_by=tuple(m.id for m in archive.cited_by.get(meeting.id, ())),
        related=tuple(m.id for m in archive.related.get(meeting.id, ())),
    )


def meeting_record(facts: MeetingFacts, config: SiteConfig) -> Record:
    """One meeting's facts as plain data: what ``meetings.json`` lists and each twin starts from."""
    site = urls.Urls(config.base_url)
    meeting, officials, countries = facts.meeting, facts.officials, facts.countries
    return {
        "id": meeting.id, "title": meeting.title, "date": meeting.date.isoformat(),
        "time": f"{meeting.time.hour:02d}:{meeting.time.minute:02d}" if meeting.time else None,
        "timezone": meeting.timezone, "start": start_date(meeting, config),
        "duration_minutes": meeting.duration_minutes, "location": meeting.location, "type": meeting.type,
        "section": meeting.section,
        "participants": [{"official": p.official, "name": officials[p.official].name, "title": p.title,
                          "country": countries[p.official].name if p.official in countries else None}
                         for p in meeting.participants],
        "mentioned": [{"official": o, "name": officials[o].name} for o in meeting.mentioned],
        "issues": [{"id": i, "label": issue.label} for i, issue in zip(meeting.issues, facts.issues, strict=True)],
        "countries": list(dict.fromkeys(countries[o].id for o in meeting.official_ids if o in countries)),
        "source": None if meeting.source is None else {
            "file": meeting.source.file, "sha256": meeting.source.sha256, "url": meeting.source.url,
            "publisher": meeting.source.publisher},
        "url": site.absolute(urls.meeting_path(meeting)),
        "json": site.absolute(urls.meeting_json_path(meeting)),
    }


def _twin(facts: MeetingFacts, config: SiteConfig) -> bytes:
    """The JSON twin of a meeting page: its record, the readout, and its links to other meetings."""
    meeting = facts.meeting
    twin = {
        **meeting_record(facts, config),
        "body_markdown": meeting.body,
        "body_html": meeting.body_html,
        "review": list(meeting.review),
        "references": list(facts.references),
        "cited_by": list(facts.cited_by),
        "related": list(facts.related),
    }
    return (json.dumps(twin, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _csl(facts: MeetingFacts, config: SiteConfig) -> bytes:
    return csl_json(cite(facts.meeting, facts.issues, config)).encode("utf-8")


def _bibtex(facts: MeetingFacts, config: SiteConfig) -> bytes:
    return bibtex(cite(facts.meeting, facts.issues, config)).encode("utf-8")


def _call(make: Callable[[], bytes]) -> bytes:
    """An archive-wide file's ``FileSpec.make``: its inputs are the function making it (never fingerprinted)."""
    return make()


def _json_list(envelope: Record, key: str, items: Sequence[Record]) -> bytes:
    """``{...envelope, key: [items]}`` with one item per line."""
    head = json.dumps({**envelope, key: []}, sort_keys=True, ensure_ascii=False)
    lines = ",\n".join(json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items)
    before, _, after = head.partition(f'"{key}": []')
    text = f'{before}"{key}": [\n{lines}\n]{after}\n' if items else head + "\n"
    return text.encode("utf-8")


def _csv(facts: Sequence[MeetingFacts], records: Sequence[Record]) -> str:
    """``meetings.csv``: one row per meeting, RFC 4180 (CRLF line ends), UTF-8 without a BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for fact, record in zip(facts, records, strict=True):
        meeting, countries = fact.meeting, fact.countries
        cells: Record = {
            **record,
            "participant_ids": _JOIN.join(meeting.official_ids),
            "participants": _JOIN.join(fact.officials[o].name for o in meeting.official_ids),
            "participant_titles": _JOIN.join(p.title or "" for p in meeting.participants),
            "countries": _JOIN.join(dict.fromkeys(countries[o].name for o in meeting.official_ids if o in countries)),
            "mentioned_ids": _JOIN.join(meeting.mentioned),
            "issue_ids": _JOIN.join(meeting.issues),
            "issues": _JOIN.join(i.label for i in fact.issues),
            "source_url": meeting.source.url if meeting.source else None,
            "source_publisher": meeting.source.publisher if meeting.source else None,
        }
        writer.writerow("" if cells[column] is None else cells[column] for column in CSV_COLUMNS)
    return buffer.getvalue()


def _officials(archive: Archive, config: SiteConfig) -> list[Record]:
    """Every official with country, aliases, titles held and counts, by id."""
    site = urls.Urls(config.base_url)
    return [{
        "id": p.official.id, "name": p.official.name, "country": p.official.country,
        "country_id": archive.official_countries[p.official.id].id if p.official.id in archive.official_countries
        else None,
        "aliases": list(p.official.aliases), "wikidata": p.official.wikidata,
        "meetings": len(p.meetings), "mentioned_in": len(p.mentioned_in),
        "titles": [{"title": t.title, "first": t.first.isoformat(), "last": t.last.isoformat(), "meetings": t.meetings}
                   for t in p.titles],
        "url": site.absolute(urls.official_path(p.official)),
    } for _, p in sorted(archive.officials.items())]


def _issues(archive: Archive, config: SiteConfig) -> list[Record]:
    """The vocabulary with each issue's number of meetings, by id."""
    site = urls.Urls(config.base_url)
    return [{
        "id": p.issue.id, "label": p.issue.label, "description": p.issue.description, "broader": p.issue.broader,
        "match": list(p.issue.match), "meetings": len(p.meetings), "url": site.absolute(urls.issue_path(p.issue)),
    } for _, p in sorted(archive.issues.items())]


def _countries(archive: Archive, config: SiteConfig) -> list[Record]:
    """Every country taking part, with its officials and number of meetings, by id."""
    site = urls.Urls(config.base_url)
    return [{
        "id": p.country.id, "name": p.country.name, "meetings": len(p.meetings),
        "officials": [o.id for o, _ in p.officials], "url": site.absolute(urls.country_path(p.country)),
    } for _, p in sorted(archive.countries.items())]
