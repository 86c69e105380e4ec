"""One typed context per page kind: everything a template may see, and nothing more."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from generator.archive import Neighbours, TitleSpan
from generator.citations import Citation
from generator.countries import Country
from generator.models import Issue, Meeting, Official, Participant


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteInfo:
    """What every page shows of the site itself."""

    title: str
    description: str
    language: str
    base_url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedLink:
    """An Atom feed a page announces with ``<link rel="alternate">``."""

    title: str
    path: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Crumb:
    """One step of a breadcrumb trail."""

    label: str
    path: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PageInfo:
    """The page's own identity: where it lives, what it is called, which feeds it offers."""

    path: str
    title: str
    description: str = ""
    section: str = ""
    """The navigation entry this page belongs to: ``meetings``, ``officials``, ``issues`` or empty."""
    feeds: tuple[FeedLink, ...] = ()
    crumbs: tuple[Crumb, ...] = ()
    robots: str = ""
    """A robots meta value, e.g. ``noindex`` for the 404 page."""
    absolute_links: bool = False
    """Link with full URLs: for the 404 page, which a host serves at any depth."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Pagination:
    """Where a page sits in a list split over several pages."""

    number: int
    count: int
    previous: str | None
    next: str | None
    total_items: int
    first_item: int
    """1-based position of the page's first item, for "meetings 51–100 of 230"."""
    last_item: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingSummary:
    """A meeting as lists show it: the record, its people resolved to names."""

    meeting: Meeting
    people: tuple[Official, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """A year, month or day of the archive, with how many meetings it holds."""

    label: str
    path: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class HomeContext:
    """The home page: the latest meetings and the ways into the archive."""

    site: SiteInfo
    page: PageInfo
    latest: tuple[MeetingSummary, ...]
    meeting_count: int
    official_count: int
    issue_count: int
    years: tuple[Period, ...]
    top_officials: tuple[OfficialHeading, ...]
    top_issues: tuple[IssueHeading, ...]
    first_date: datetime.date | None
    last_date: datetime.date | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ListContext:
    """A chronological archive page: all meetings, a year, a month or a day."""

    site: SiteInfo
    page: PageInfo
    heading: str
    meetings: tuple[MeetingSummary, ...]
    pagination: Pagination
    periods: tuple[Period, ...]
    periods_heading: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantView:
    """A participant with the official they are."""

    participant: Participant
    official: Official


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingReading:
    """What a meeting page adds for a reader who finds, cites and reuses it."""

    body_html: str
    """The readout with its mentions of other meetings linked (relative links): safe HTML."""
    countries: tuple[Country, ...]
    related: tuple[MeetingSummary, ...]
    cited_by: tuple[MeetingSummary, ...]
    """Meetings whose readouts name this one, newest first."""
    citation: Citation
    structured_data: str
    """JSON-LD, already escaped for a ``<script>`` element."""
    json_path: str
    """Site path of the page's JSON twin."""


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingContext:
    """One meeting's page."""

    site: SiteInfo
    page: PageInfo
    meeting: Meeting
    day_page: str
    """The archive page of the meeting's day (a prefix of its permalink)."""
    participants: tuple[ParticipantView, ...]
    mentioned: tuple[Official, ...]
    issues: tuple[Issue, ...]
    neighbours: Neighbours
    reading: MeetingReading


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficialsContext:
    """The index of every official."""

    site: SiteInfo
    page: PageInfo
    officials: tuple[OfficialHeading, ...]
    """Counted, not listed (see ``OfficialHeading``): any edited readout would otherwise make this page again."""


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficialHeading:
    """What an official's pages show above their own share of the meetings: the profile, its meetings counted.

    Not the profile itself: its whole list of meetings would make every page of an official depend
    on each of those meetings, so one edited readout would render every page of the minister at
    nearly every meeting again (hundreds of pages in a large archive), not the one page listing it.
    """

    official: Official
    meeting_count: int
    mentioned_count: int
    mentioned_in: tuple[Meeting, ...]
    """The latest meetings whose readouts mention the official, on the first page (none on the others)."""
    titles: tuple[TitleSpan, ...]
    counterparts: tuple[tuple[Official, int], ...]
    issues: tuple[tuple[Issue, int], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficialContext:
    """One official's page."""

    site: SiteInfo
    page: PageInfo
    profile: OfficialHeading
    meetings: tuple[MeetingSummary, ...]
    pagination: Pagination
    country: Country | None = None
    """The official's country, when it has a page (someone from it took part in a meeting)."""
    structured_data: str = ""
    """JSON-LD of the official as a Person, escaped for a ``<script>`` element."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IssuesContext:
    """The vocabulary: every issue with its number of meetings."""

    site: SiteInfo
    page: PageInfo
    issues: tuple[IssueHeading, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class IssueHeading:
    """What an issue's pages show above their own share of the meetings (see ``OfficialHeading``)."""

    issue: Issue
    meeting_count: int
    officials: tuple[tuple[Official, int], ...]
    narrower: tuple[Issue, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class IssueContext:
    """One issue's page."""

    site: SiteInfo
    page: PageInfo
    profile: IssueHeading
    broader: Issue | None
    meetings: tuple[MeetingSummary, ...]
    pagination: Pagination
    years: tuple[Period, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class NotFoundContext:
    """The page a host serves for a missing URL."""

    site: SiteInfo
    page: PageInfo


@dataclass(frozen=True, slots=True, kw_only=True)
class RedirectContext:
    """A page left at an old address of a meeting (one of its ``aliases``), pointing to the new one."""

    site: SiteInfo
    page: PageInfo
    target: Meeting


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedEntry:
    """One Atom entry."""

    id: str
    title: str
    link: str
    published: str
    updated: str
    summary: str
    meeting: Meeting
    """The meeting itself, not a copy of its readout: a page's fingerprint knows which readouts it shows by
    the meetings in its context (``fingerprint.py``), so a readout edit finds the feeds showing it."""
    categories: tuple[Issue, ...]

    @property
    def content_html(self) -> str:
        """The readout, rendered and sanitised."""
        return self.meeting.body_html


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedHistory:
    """RFC 5005 (feed paging and archiving) links of one feed document, as full URLs."""

    archive: bool = False
    """This is an archive document (``<fh:archive/>``), not the subscription document."""
    current: str | None = None
    """The subscription document an archive document belongs to."""
    prev_archive: str | None = None
    next_archive: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedContext:
    """An Atom 1.0 document (RFC 4287)."""

    id: str
    title: str
    subtitle: str
    language: str
    author: str
    updated: str
    self_link: str
    alternate_link: str
    entries: tuple[FeedEntry, ...]
    history: FeedHistory = FeedHistory()


@dataclass(frozen=True, slots=True, kw_only=True)
class SitemapContext:
    """The sitemap: every indexable page."""

    locations: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SitemapIndexContext:
    """A sitemap index: the sitemap files of a site too large for one."""

    sitemaps: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsContext:
    """robots.txt, pointing crawlers at the sitemap."""

    sitemap: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CountriesContext:
    """The index of every country taking part in a meeting."""

    site: SiteInfo
    page: PageInfo
    countries: tuple[CountryHeading, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryHeading:
    """What a country's pages show above their own share of the meetings (see ``OfficialHeading``)."""

    country: Country
    meeting_count: int
    officials: tuple[tuple[Official, int], ...]
    partners: tuple[tuple[Country, int], ...]
    issues: tuple[tuple[Issue, int], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryContext:
    """One country's page."""

    site: SiteInfo
    page: PageInfo
    profile: CountryHeading
    meetings: tuple[MeetingSummary, ...]
    pagination: Pagination
    years: tuple[Period, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchContext:
    """The search page: Pagefind's UI over the index built beside the site."""

    site: SiteInfo
    page: PageInfo
    bundle: str
    """Site path of the first shard of the index (``pagefind/1/``), which holds Pagefind's UI."""
    merge: tuple[str, ...]
    """Site paths of the other shards, merged into the first when searching."""
    facets: tuple[str, ...]
    """The filters offered, in the order the search page lists them."""
