"""Plan what meeting and official pages offer a reader beyond the record: links, citation, data.

Kept apart from ``pages.py`` so the page planner stays a table of page kinds: a meeting
page asks this module for its :class:`MeetingReading` in one call.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator import urls
from generator.archive import Archive, OfficialProfile
from generator.citations import cite
from generator.config import SiteConfig
from generator.contexts import MeetingReading, MeetingSummary
from generator.countries import Country, meeting_countries
from generator.crossrefs import link_references
from generator.models import Meeting
from generator.structured import meeting_graph, official_graph, script_json


def meeting_reading(
    meeting: Meeting, archive: Archive, config: SiteConfig, summaries: Mapping[str, MeetingSummary]
) -> MeetingReading:
    """Cross-linked readout, countries, related and citing meetings, citation and JSON-LD of one meeting."""
    page = urls.meeting_path(meeting)
    body = link_references(
        meeting.body_html, archive.references.get(meeting.id, ()),
        lambda target: urls.relative(urls.meeting_path(summaries[target].meeting), page),
    )
    return MeetingReading(
        body_html=body,
        countries=meeting_countries(meeting, archive.official_countries),
        related=tuple(summaries[m.id] for m in archive.related.get(meeting.id, ())),
        cited_by=tuple(summaries[m.id] for m in archive.cited_by.get(meeting.id, ())),
        citation=cite(meeting, tuple(archive.issue_records[i] for i in meeting.issues), config),
        structured_data=script_json(meeting_graph(meeting, archive, config)),
        json_path=urls.meeting_json_path(meeting),
    )


def official_country(profile: OfficialProfile, archive: Archive) -> Country | None:
    """The official's country when it has a page of its own."""
    country = archive.official_countries.get(profile.official.id)
    return country if country and country.id in archive.country_ids else None


def official_structured_data(profile: OfficialProfile, archive: Archive, config: SiteConfig) -> str:
    """The official's JSON-LD, escaped for a ``<script>`` element."""
    return script_json(official_graph(profile, archive, config))
