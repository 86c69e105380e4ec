"""Atom 1.0 feeds (RFC 4287), the sitemap and robots.txt, planned as outputs like any page.

Entry ids are ``tag:`` URIs (RFC 4151) built from the permanent meeting id, so a reader's
feed client never sees an entry twice when a title, a URL or ``base_url`` changes.
Timestamps come from the content, never the clock, so two builds are byte-identical.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial

from generator import urls
from generator.archive import Archive
from generator.config import SiteConfig
from generator.contexts import (
    FeedContext,
    FeedEntry,
    FeedHistory,
    RobotsContext,
    SitemapContext,
    SitemapIndexContext,
)
from generator.models import Issue, Meeting, newest_first, permanent_order
from generator.pages import LaterSpec, PageSpec, later
from generator.times import meeting_start

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
SITEMAP_LIMIT = 50_000
"""URLs one sitemap file may list (sitemaps.org protocol); more go into several files and an index."""
ARCHIVE_SIZE = 100
"""Entries per archive document of the site feed (RFC 5005 section 4)."""
_NO_HISTORY = FeedHistory()


def plan_feeds(archive: Archive, config: SiteConfig) -> Iterator[LaterSpec]:
    """The site feed, then one feed per official, issue and country, then the site feed's archive documents;
    each feed's entries are made only if it is rendered (``pages.later``)."""
    site = urls.Urls(config.base_url)
    entries = _Entries(config, site, archive.issue_records)
    newest_archive = site.absolute(urls.archive_feed_path(archive_documents(len(archive.meetings))))
    yield _feed(config, site, entries, path=urls.FEED, home=urls.HOME, title=config.title,
                meetings=archive.meetings, history=FeedHistory(prev_archive=newest_archive),
                subtitle=config.description or f"Every meeting in {config.title}, newest first.")
    for profile in sorted(archive.officials.values(), key=lambda p: p.official.id):
        page = urls.official_path(profile.official)
        together = sorted({m.id: m for m in (*profile.meetings, *profile.mentioned_in)}.values(), key=newest_first)
        yield _feed(config, site, entries, path=urls.feed_of(page), home=page, meetings=together,
                    title=f"{profile.official.name}: {config.title}",
                    subtitle=f"Meetings {profile.official.name} took part in or was mentioned in.")
    for issue in sorted(archive.issues.values(), key=lambda p: p.issue.id):
        page = urls.issue_path(issue.issue)
        yield _feed(config, site, entries, path=urls.feed_of(page), home=page, meetings=issue.meetings,
                    title=f"{issue.issue.label}: {config.title}",
                    subtitle=f"Meetings that discussed {issue.issue.label}.")
    for country in sorted(archive.countries.values(), key=lambda p: p.country.id):
        page = urls.country_path(country.country)
        yield _feed(config, site, entries, path=urls.feed_of(page), home=page,
                    meetings=country.meetings, title=f"{country.country.name}: {config.title}",
                    subtitle=f"Meetings with a participant from {country.country.name}.")
    yield from plan_archive_feeds(archive, config, entries)


def archive_documents(meetings: int) -> int:
    """How many archive documents hold ``meetings``: the full ones and one still filling (maybe empty).

    The open document always exists, so a full document's ``next-archive`` link never
    has to be added later, and a full document never changes again.
    """
    return meetings // ARCHIVE_SIZE + 1


class _Entries:
    """Each meeting's Atom entry, made once per build: a meeting is in up to a dozen feeds (site, archive,
    each participant's, issue's and country's), and one shared record is also fingerprinted once."""

    def __init__(self, config: SiteConfig, site: urls.Urls, issues: Mapping[str, Issue]) -> None:
        self._made: dict[str, FeedEntry] = {}
        self._config = config
        self._site = site
        self._issues = issues

    def __call__(self, meeting: Meeting) -> FeedEntry:
        found = self._made.get(meeting.id)
        if found is None:
            found = self._made[meeting.id] = _entry(meeting, self._config, self._site, self._issues)
        return found


def plan_archive_feeds(archive: Archive, config: SiteConfig, entry: Callable[[Meeting], FeedEntry] | None = None
                       ) -> Iterator[LaterSpec]:
    """The site feed's whole history as RFC 5005 archive documents of ``ARCHIVE_SIZE`` entries.

    Entries keep their permanent order (oldest first, then id), so document ``n`` holds
    the same meetings forever once full, unless a meeting older than its last is added.
    """
    site = urls.Urls(config.base_url)
    entry = entry or _Entries(config, site, archive.issue_records)
    ordered = sorted(archive.meetings, key=permanent_order)
    count = archive_documents(len(ordered))
    latest = _rfc3339(meeting_start(ordered[-1], config.zone)) if ordered else _rfc3339(_EPOCH)
    for number in range(1, count + 1):
        path = urls.archive_feed_path(number)
        chunk = ordered[(number - 1) * ARCHIVE_SIZE:number * ARCHIVE_SIZE]
        history = FeedHistory(
            archive=True, current=site.absolute(urls.FEED),
            prev_archive=site.absolute(urls.archive_feed_path(number - 1)) if number > 1 else None,
            next_archive=site.absolute(urls.archive_feed_path(number + 1)) if number < count else None,
        )
        yield later(path, "atom.xml", f"archive feed {path}", partial(
            _feed_context, config, site, entry, path=path, home=urls.MEETINGS, meetings=chunk, history=history,
            title=f"{config.title}: archive {number} of the feed", updated=latest,
            subtitle=f"Meetings {(number - 1) * ARCHIVE_SIZE + 1} to {number * ARCHIVE_SIZE} of the archive, "
                     "oldest first (RFC 5005 archive document)."))


def _feed(  # noqa: PLR0913 - keyword-only, each one a distinct part of a feed
    config: SiteConfig, site: urls.Urls, entry: Callable[[Meeting], FeedEntry], *, path: str, home: str, title: str,
    subtitle: str, meetings: Sequence[Meeting], history: FeedHistory = _NO_HISTORY,
) -> LaterSpec:
    """One feed of the newest ``feed_size`` meetings, full content."""
    return later(path, "atom.xml", f"feed {path}", partial(
        _feed_context, config, site, entry, path=path, home=home, title=title, subtitle=subtitle,
        meetings=meetings[: config.feed_size], history=history))


def _feed_context(  # noqa: PLR0913 - keyword-only, each one a distinct part of a feed
    config: SiteConfig, site: urls.Urls, entry: Callable[[Meeting], FeedEntry], *, path: str, home: str, title: str,
    subtitle: str, meetings: Sequence[Meeting], history: FeedHistory = _NO_HISTORY, updated: str | None = None,
) -> FeedContext:
    """A feed of ``meetings``, full content, last updated with the newest of them (else ``updated``, else 1970)."""
    entries = tuple(map(entry, meetings))
    return FeedContext(
        id=site.absolute(path),
        title=title,
        subtitle=subtitle,
        language=config.language,
        author=config.author,
        updated=max((e.updated for e in entries), default=updated or _rfc3339(_EPOCH)),
        self_link=site.absolute(path),
        alternate_link=site.absolute(home),
        entries=entries,
        history=history,
    )


def _entry(meeting: Meeting, config: SiteConfig, site: urls.Urls, issues: Mapping[str, Issue]) -> FeedEntry:
    """One meeting as an Atom entry, its issues as categories."""
    stamp = _rfc3339(meeting_start(meeting, config.zone))
    return FeedEntry(
        id=f"tag:{config.tag_authority}:{meeting.id}",
        title=meeting.title,
        link=site.absolute(urls.meeting_path(meeting)),
        published=stamp,
        updated=stamp,
        summary=_summary(meeting),
        meeting=meeting,
        categories=tuple(issues[i] for i in meeting.issues),
    )


def _rfc3339(moment: datetime.datetime) -> str:
    """``2018-06-14T12:05:00+09:00``: RFC 3339 with an explicit offset, as Atom requires."""
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _summary(meeting: Meeting) -> str:
    """A one-line plain-text summary: when, what kind, where."""
    parts = [meeting.date.isoformat()]
    if meeting.type:
        parts.append(meeting.type)
    if meeting.location:
        parts.append(meeting.location)
    return " · ".join(parts)


def plan_furniture(page_paths: Sequence[str], config: SiteConfig) -> Iterator[PageSpec]:
    """``sitemap.xml`` listing every page but the 404, and ``robots.txt`` pointing at it.

    Past ``SITEMAP_LIMIT`` pages (the protocol's cap per file), ``sitemap.xml`` becomes a
    sitemap index of ``sitemap-1.xml``, ``sitemap-2.xml``... which hold the pages.
    """
    site = urls.Urls(config.base_url)
    locations = tuple(site.absolute(p) for p in page_paths if p != urls.NOT_FOUND)
    if len(locations) <= SITEMAP_LIMIT:
        yield PageSpec(path=urls.SITEMAP, template="sitemap.xml", context=SitemapContext(locations=locations),
                       origin="sitemap")
    else:
        parts = range(1, -(-len(locations) // SITEMAP_LIMIT) + 1)
        for number in parts:
            chunk = locations[(number - 1) * SITEMAP_LIMIT:number * SITEMAP_LIMIT]
            yield PageSpec(path=urls.sitemap_part(number), template="sitemap.xml",
                           context=SitemapContext(locations=chunk), origin=f"sitemap part {number}")
        index = SitemapIndexContext(sitemaps=tuple(site.absolute(urls.sitemap_part(n)) for n in parts))
        yield PageSpec(path=urls.SITEMAP, template="sitemap-index.xml", context=index, origin="sitemap index")
    yield PageSpec(path=urls.ROBOTS, template="robots.txt", context=RobotsContext(sitemap=site.absolute(urls.SITEMAP)),
                   origin="robots.txt")
