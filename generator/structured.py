"""JSON-LD (schema.org) for meeting and official pages, so search engines and tools read the facts.

A meeting is an ``Event`` (start in the archive's time zone, ISO 8601 duration, place,
attendees as ``Person`` in a ``Role`` naming the title held that day); its readout is a
``Report`` about the event. An official is a ``Person`` with the titles held and when.
The JSON is serialised with sorted keys (two builds are byte-identical) and with ``<``,
``>`` and ``&`` escaped, so no readout text can close the ``<script>`` element holding it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from generator import urls
from generator.archive import Archive, OfficialProfile
from generator.config import SiteConfig
from generator.models import Meeting, Official, Participant
from generator.times import meeting_start

SCHEMA = "https://schema.org"
JsonObject = dict[str, object]


def script_json(data: Mapping[str, object]) -> str:
    """JSON safe to place unescaped inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def meeting_graph(meeting: Meeting, archive: Archive, config: SiteConfig) -> JsonObject:
    """The meeting as an Event and its readout as a Report about it."""
    site = urls.Urls(config.base_url)
    page = site.absolute(urls.meeting_path(meeting))
    event: JsonObject = {
        "@type": "Event", "@id": page + "#event", "name": meeting.title, "url": page,
        "startDate": start_date(meeting, config),
        "attendee": [_attendee(p, archive, config) for p in meeting.participants],
        "subjectOf": {"@id": page + "#readout"},
    }
    if meeting.duration_minutes:
        event["duration"] = iso_duration(meeting.duration_minutes)
    if meeting.location:
        event["location"] = {"@type": "Place", "name": meeting.location, "address": meeting.location}
    return {"@context": SCHEMA, "@graph": [event, _report(meeting, archive, config, page)]}


def _attendee(participant: Participant, archive: Archive, config: SiteConfig) -> JsonObject:
    """A participant as a Person, inside a Role naming the title held when one is recorded."""
    who = person(archive.official_records[participant.official], archive, config)
    if not participant.title:
        return who
    return {"@type": "Role", "roleName": participant.title, "attendee": who}


def _report(meeting: Meeting, archive: Archive, config: SiteConfig, page: str) -> JsonObject:
    """The readout: a Report about the event, naming the issues and the officials it mentions."""
    report: JsonObject = {
        "@type": "Report", "@id": page + "#readout", "name": f"Readout: {meeting.title}", "url": page,
        "identifier": meeting.id, "inLanguage": config.language,
        "about": [{"@id": page + "#event"}, *(_term(archive, i, config) for i in meeting.issues)],
        "mentions": [person(archive.official_records[o], archive, config) for o in meeting.mentioned],
        "isPartOf": {"@type": "WebSite", "name": config.title, "url": config.base_url},
        "encodingFormat": "text/html",
    }
    if meeting.source and meeting.source.publisher:
        report["publisher"] = {"@type": "Organization", "name": meeting.source.publisher}
    if meeting.source and meeting.source.url:
        report["isBasedOn"] = meeting.source.url
    return report


def _term(archive: Archive, issue_id: str, config: SiteConfig) -> JsonObject:
    """An issue of the vocabulary as a DefinedTerm with its page."""
    issue = archive.issue_records[issue_id]
    return {"@type": "DefinedTerm", "name": issue.label, "termCode": issue.id,
            "url": urls.Urls(config.base_url).absolute(urls.issue_path(issue))}


def person(official: Official, archive: Archive, config: SiteConfig) -> JsonObject:
    """An official as a Person: name, page, country, Wikidata item."""
    page = urls.Urls(config.base_url).absolute(urls.official_path(official))
    data: JsonObject = {"@type": "Person", "@id": page + "#person", "name": official.name, "url": page}
    country = archive.official_countries.get(official.id)
    if country:
        data["nationality"] = {"@type": "Country", "name": country.name}
        if country.id in archive.country_ids:
            data["nationality"] = {**data["nationality"],  # type: ignore[dict-item]
                                   "url": urls.Urls(config.base_url).absolute(urls.country_path(country))}
    if official.wikidata:
        data["sameAs"] = f"https://www.wikidata.org/wiki/{official.wikidata}"
    return data


def official_graph(profile: OfficialProfile, archive: Archive, config: SiteConfig) -> JsonObject:
    """The official's page: a Person with aliases and each title held, from first to last seen."""
    data = person(profile.official, archive, config)
    if profile.official.aliases:
        data["alternateName"] = list(profile.official.aliases)
    if profile.titles:
        data["jobTitle"] = profile.titles[0].title
        data["hasOccupation"] = [
            {"@type": "Role", "startDate": span.first.isoformat(), "endDate": span.last.isoformat(),
             "hasOccupation": {"@type": "Occupation", "name": span.title}}
            for span in profile.titles
        ]
    return {"@context": SCHEMA, **data}


def start_date(meeting: Meeting, config: SiteConfig) -> str:
    """ISO 8601 start in the archive's time zone; the bare date when no time is stated."""
    if meeting.time is None:
        return meeting.date.isoformat()
    return meeting_start(meeting, config.zone).astimezone(config.zone).isoformat(timespec="minutes")


def iso_duration(minutes: int) -> str:
    """``PT30M``, ``PT1H30M``: an ISO 8601 duration."""
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")
