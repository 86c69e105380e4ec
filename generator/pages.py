"""Stage 3, PLAN: every output the site will have, with its template and its context (or, for a page planned
later, how to make it); nothing rendered."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from generator import urls
from generator.archive import Archive, IssueProfile, OfficialProfile
from generator.config import SiteConfig
from generator.contexts import (
    Crumb,
    FeedLink,
    HomeContext,
    IssueContext,
    IssueHeading,
    IssuesContext,
    ListContext,
    MeetingContext,
    MeetingSummary,
    NotFoundContext,
    OfficialContext,
    OfficialHeading,
    OfficialsContext,
    PageInfo,
    Pagination,
    ParticipantView,
    Period,
    SiteInfo,
)
from generator.models import Meeting
from generator.reading import meeting_reading, official_country, official_structured_data

MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
"""English month names by number, written out: ``calendar.month_name`` follows the locale and calls
``strftime`` on every lookup (a quarter of a million times in a 10,000-meeting build)."""
HOME_LATEST = 10
MEETING_TEMPLATE = "meeting.html"
T = TypeVar("T")
HOME_TOP = 12
MENTIONS_SHOWN = 50
"""Meetings listed on an official's first page as mentioning them, latest first."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSpec:
    """One output to render: its site path, its template and the context the template sees."""

    path: str
    template: str
    context: object
    origin: str = ""
    """What asked for this output, for collision messages (a meeting file, an official id...)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LaterSpec:
    """A page planned only where it is rendered, and only when what it is planned from changed.

    A meeting page's context (its cross-linked readout, citation, JSON-LD) is most of the
    planning. Each render worker, forked with the plan, gathers a meeting's ``inputs()`` (the
    plan cut down to what the page reads), fingerprints them in place of the context, and
    plans and renders the page only when they changed. Chronological list pages and feeds
    (``later``) are gathered whole, their context being their inputs: what is saved is making
    the 8,000 list pages' and 500 feeds' contexts when an edit leaves them as they were.
    """

    path: str
    template: str
    origin: str
    inputs: Callable[[], object]
    """Gathers what planning the page reads."""
    plan: Callable[[Any], PageSpec]
    """Plans the page (``path``, ``template``) from what ``inputs()`` gave, and from nothing else."""

    def spec(self) -> PageSpec:
        """The page, planned."""
        return self.plan(self.inputs())


Planned = PageSpec | LaterSpec
"""A page of the plan, its context made now or later."""


def later(path: str, template: str, origin: str, context: Callable[[], object]) -> LaterSpec:
    """A page whose context is made only where and when the page is rendered: after an edit that leaves the
    page as it was (``changes.py``), never; on a first build, by whichever process renders it (the render
    workers and this one share that work) rather than all of them beforehand in this process.
    Its context is what its fingerprint is made of, as a ``PageSpec``'s is."""
    return LaterSpec(path=path, template=template, origin=origin, inputs=context,
                     plan=partial(_as_spec, path, template, origin))


def _as_spec(path: str, template: str, origin: str, context: object) -> PageSpec:
    return PageSpec(path=path, template=template, context=context, origin=origin)


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """What the planner shares between page kinds: the site, the config and the summaries."""

    site: SiteInfo
    config: SiteConfig
    archive: Archive
    summaries: Mapping[str, MeetingSummary]
    site_feed: FeedLink


def plan_pages(plan: Plan) -> tuple[Planned, ...]:
    """List every HTML page of the site, in a stable order (meeting pages planned later, where rendered)."""
    return (
        plan_home(plan),
        *plan_chronology(plan),
        *(LaterSpec(path=urls.meeting_path(meeting), template=MEETING_TEMPLATE, origin=str(meeting.path),
                    inputs=partial(meeting_inputs, plan, meeting), plan=_plan_meeting)
          for meeting in plan.archive.meetings),
        *plan_officials(plan),
        *plan_issues(plan),
        plan_not_found(plan),
    )


def make_plan(archive: Archive, config: SiteConfig) -> Plan:
    """Resolve what every page shares once, so no page kind repeats the work."""
    site = SiteInfo(title=config.title, description=config.description, language=config.language,
                    base_url=config.base_url)
    summaries = {
        m.id: MeetingSummary(meeting=m, people=tuple(archive.official_records[o] for o in m.official_ids))
        for m in archive.meetings
    }
    return Plan(site=site, config=config, archive=archive, summaries=summaries,
                site_feed=FeedLink(title=f"{config.title}: all meetings", path=urls.FEED))


def page(plan: Plan, path: str, title: str, **extra: object) -> PageInfo:
    """A PageInfo announcing the site feed plus any feed of the page's own."""
    own = extra.pop("feed", None)
    feeds = (plan.site_feed, own) if isinstance(own, FeedLink) else (plan.site_feed,)
    return PageInfo(path=path, title=title, feeds=feeds, **extra)  # type: ignore[arg-type]


def plan_home(plan: Plan) -> PageSpec:
    """The home page."""
    archive = plan.archive
    top_officials = sorted(archive.officials.values(), key=lambda p: (-len(p.meetings), p.official.name))
    top_issues = sorted(archive.issues.values(), key=lambda p: (-len(p.meetings), p.issue.label))
    dates = [m.date for m in archive.meetings]
    context = HomeContext(
        site=plan.site,
        page=page(plan, urls.HOME, plan.site.title, description=plan.site.description),
        latest=tuple(plan.summaries[m.id] for m in archive.meetings[:HOME_LATEST]),
        meeting_count=len(archive.meetings),
        official_count=len(archive.officials),
        issue_count=len(archive.issues),
        years=tuple(Period(label=str(y), path=urls.year_path(y), count=len(ms))
                    for y, ms in sorted(archive.by_year.items(), reverse=True)),
        top_officials=tuple(official_heading(p, first_page=False) for p in top_officials[:HOME_TOP] if p.meetings),
        top_issues=tuple(issue_heading(p) for p in top_issues[:HOME_TOP] if p.meetings),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )
    return PageSpec(path=urls.HOME, template="home.html", context=context, origin="home page")


def paginate(items: Sequence[MeetingSummary], first_page: str, size: int) -> Iterator[tuple[str, Pagination]]:
    """Yield each page's path and position; an empty list still has its one page."""
    for number in range(1, page_count(len(items), size) + 1):
        yield urls.page_number_path(first_page, number), pagination_at(len(items), first_page, size, number)


def page_count(items: int, size: int) -> int:
    """How many pages a list of ``items`` takes (one at least: an empty list still has its page)."""
    return max(1, -(-items // size))


def pagination_at(items: int, first_page: str, size: int, number: int) -> Pagination:
    """Where page ``number`` of a list of ``items`` stands."""
    count = page_count(items, size)
    return Pagination(
        number=number,
        count=count,
        previous=urls.page_number_path(first_page, number - 1) if number > 1 else None,
        next=urls.page_number_path(first_page, number + 1) if number < count else None,
        total_items=items,
        first_item=(number - 1) * size + 1,
        last_item=min(number * size, items),
    )


def _slice(items: Sequence[T], pagination: Pagination, size: int) -> tuple[T, ...]:
    """The items shown on one page."""
    start = (pagination.number - 1) * size
    return tuple(items[start:start + size])


def _paged_title(title: str, pagination: Pagination) -> str:
    """``Title (page 2 of 5)`` beyond the first page, so every page has a distinct title."""
    return title if pagination.number == 1 else f"{title} (page {pagination.number} of {pagination.count})"


def plan_chronology(plan: Plan) -> Iterator[LaterSpec]:
    """The archive index and a page for every year, month and day that has meetings."""
    archive = plan.archive
    years = tuple(Period(label=str(y), path=urls.year_path(y), count=len(ms))
                  for y, ms in sorted(archive.by_year.items(), reverse=True))
    yield from _list_pages(plan, _Listing(path=urls.MEETINGS, heading="All meetings", meetings=archive.meetings,
                                          periods=years, periods_heading="Years"))
    root = Crumb(label="Meetings", path=urls.MEETINGS)
    months_of, days_of = _periods_within(archive)
    for year, meetings in sorted(archive.by_year.items(), reverse=True):
        yield from _list_pages(plan, _Listing(path=urls.year_path(year), heading=f"Meetings in {year}",
                                              meetings=meetings, crumbs=(root,), periods=tuple(months_of[year]),
                                              periods_heading="Months"))
    for (year, month), meetings in sorted(archive.by_month.items(), reverse=True):
        crumbs: tuple[Crumb, ...] = (root, Crumb(label=str(year), path=urls.year_path(year)))
        yield from _list_pages(plan, _Listing(path=urls.month_path(year, month),
                                              heading=f"Meetings in {MONTH_NAMES[month]} {year}", meetings=meetings,
                                              crumbs=crumbs, periods=tuple(days_of[(year, month)]),
                                              periods_heading="Days"))
    for (year, month, day), meetings in sorted(archive.by_day.items(), reverse=True):
        crumbs = (root, Crumb(label=str(year), path=urls.year_path(year)),
                  Crumb(label=MONTH_NAMES[month], path=urls.month_path(year, month)))
        yield from _list_pages(plan, _Listing(path=urls.day_path(year, month, day),
                                              heading=f"Meetings on {day} {MONTH_NAMES[month]} {year}",
                                              meetings=meetings, crumbs=crumbs))


def _periods_within(archive: Archive) -> tuple[dict[int, list[Period]], dict[tuple[int, int], list[Period]]]:
    """Each year's months and each month's days, newest first, in one pass (not months x days)."""
    months: dict[int, list[Period]] = defaultdict(list)
    for (y, m), ms in sorted(archive.by_month.items(), reverse=True):
        months[y].append(Period(label=f"{MONTH_NAMES[m]} {y}", path=urls.month_path(y, m), count=len(ms)))
    days: dict[tuple[int, int], list[Period]] = defaultdict(list)
    for (y, m, d), ms in sorted(archive.by_day.items(), reverse=True):
        days[(y, m)].append(Period(label=f"{d} {MONTH_NAMES[m]} {y}", path=urls.day_path(y, m, d),
                                   count=len(ms)))
    return months, days


@dataclass(frozen=True, slots=True, kw_only=True)
class _Listing:
    """A chronological list of meetings, and what its pages show beside them."""

    path: str
    heading: str
    meetings: Sequence[Meeting]
    crumbs: tuple[Crumb, ...] = ()
    periods: tuple[Period, ...] = ()
    """The periods within (a year's months...), on the first page."""
    periods_heading: str = ""


def _list_pages(plan: Plan, listing: _Listing) -> Iterator[LaterSpec]:
    """One chronological list, split into pages, each made only when rendered: an edited readout leaves
    almost all of the 8,000 list pages of a 10,000-meeting archive as they were."""
    for number in range(1, page_count(len(listing.meetings), plan.config.page_size) + 1):
        yield later(urls.page_number_path(listing.path, number), "list.html", f"archive {listing.path}",
                    partial(_list_context, plan, listing, number))


def _list_context(plan: Plan, listing: _Listing, number: int) -> ListContext:
    """Page ``number`` of a chronological list."""
    size = plan.config.page_size
    position = pagination_at(len(listing.meetings), listing.path, size, number)
    return ListContext(
        site=plan.site,
        page=page(plan, urls.page_number_path(listing.path, number), _paged_title(listing.heading, position),
                  section="meetings", crumbs=listing.crumbs),
        heading=listing.heading,
        meetings=tuple(plan.summaries[m.id] for m in _slice(listing.meetings, position, size)),
        pagination=position,
        periods=listing.periods if number == 1 else (),
        periods_heading=listing.periods_heading,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingInputs:
    """What a meeting's page is planned from: the meeting, and the plan cut down to what the page reads."""

    meeting: Meeting
    plan: Plan


def meeting_inputs(plan: Plan, meeting: Meeting) -> MeetingInputs:
    """The meeting and, of the plan, only what ``plan_meeting`` reads for it: its officials, issues and
    their countries, its neighbours, the meetings it cites, is cited by and is related to. What is left
    out fails loudly if asked for (a missing key), so this is kept complete by the tests."""
    archive = plan.archive
    people = dict.fromkeys((*meeting.official_ids, *meeting.mentioned))
    countries = {o: archive.official_countries[o] for o in people if o in archive.official_countries}
    references = _own(archive.references, meeting.id)
    related, cited_by = _own(archive.related, meeting.id), _own(archive.cited_by, meeting.id)
    shown = dict.fromkeys((meeting.id, *(r.target for refs in references.values() for r in refs),
                           *(m.id for ms in (*related.values(), *cited_by.values()) for m in ms)))
    local = Archive(
        meetings=(), officials={}, issues={}, by_year={}, by_month={}, by_day={},
        neighbours={meeting.id: archive.neighbours[meeting.id]},
        official_records={o: archive.official_records[o] for o in people},
        issue_records={i: archive.issue_records[i] for i in meeting.issues},
        countries={}, country_ids=frozenset(c.id for c in countries.values()).intersection(archive.country_ids),
        official_countries=countries, references=references, cited_by=cited_by, related=related,
    )
    summaries = {m: plan.summaries[m] for m in shown}
    return MeetingInputs(meeting=meeting, plan=Plan(site=plan.site, config=plan.config, archive=local,
                                                    summaries=summaries, site_feed=plan.site_feed))


def _own(table: Mapping[str, T], meeting_id: str) -> dict[str, T]:
    """A meeting's entry of an index, alone (none when it has none)."""
    return {meeting_id: table[meeting_id]} if meeting_id in table else {}


def _plan_meeting(inputs: MeetingInputs) -> PageSpec:
    return plan_meeting(inputs.plan, inputs.meeting)


def plan_meeting(plan: Plan, meeting: Meeting) -> PageSpec:
    """One meeting's page."""
    archive = plan.archive
    path = urls.meeting_path(meeting)
    year, month = int(meeting.id[:4]), int(meeting.id[5:7])
    crumbs = _meeting_crumbs(year, month)
    context = MeetingContext(
        site=plan.site,
        page=page(plan, path, meeting.title, section="meetings", crumbs=crumbs,
                  description=_describe(meeting, plan)),
        meeting=meeting,
        day_page=urls.day_path(year, month, int(meeting.id[8:10])),
        participants=tuple(ParticipantView(participant=p, official=archive.official_records[p.official])
                           for p in meeting.participants),
        mentioned=tuple(archive.official_records[o] for o in meeting.mentioned),
        issues=tuple(archive.issue_records[i] for i in meeting.issues),
        neighbours=archive.neighbours[meeting.id],
        reading=meeting_reading(meeting, archive, plan.config, plan.summaries),
    )
    return PageSpec(path=path, template=MEETING_TEMPLATE, context=context, origin=str(meeting.path))


@functools.cache
def _meeting_crumbs(year: int, month: int) -> tuple[Crumb, ...]:
    """The trail of a meeting page, one shared record per month (fingerprinted once, not per meeting)."""
    return (Crumb(label="Meetings", path=urls.MEETINGS), Crumb(label=str(year), path=urls.year_path(year)),
            Crumb(label=MONTH_NAMES[month], path=urls.month_path(year, month)))


def _describe(meeting: Meeting, plan: Plan) -> str:
    """A one-line description for search engines and link previews."""
    names = ", ".join(o.name for o in plan.summaries[meeting.id].people)
    when = meeting.date.isoformat()
    return f"Readout of the {meeting.title} on {when}" + (f" between {names}." if names else ".")


def plan_officials(plan: Plan) -> Iterator[PageSpec]:
    """The officials index and one page (or several) per official."""
    profiles = sorted(plan.archive.officials.values(), key=lambda p: (p.official.name.casefold(), p.official.id))
    yield PageSpec(path=urls.OFFICIALS, template="officials.html", origin="officials index", context=OfficialsContext(
        site=plan.site, page=page(plan, urls.OFFICIALS, "Officials", section="officials"),
        officials=tuple(official_heading(p, first_page=False) for p in profiles)))
    crumbs = (Crumb(label="Officials", path=urls.OFFICIALS),)
    size = plan.config.page_size
    for profile in profiles:
        path = urls.official_path(profile.official)
        summaries = [plan.summaries[m.id] for m in profile.meetings]
        feed = FeedLink(title=f"Meetings of {profile.official.name}", path=urls.feed_of(path))
        country = official_country(profile, plan.archive)
        structured_data = official_structured_data(profile, plan.archive, plan.config)
        headings = (official_heading(profile, first_page=True), official_heading(profile, first_page=False))
        for page_path, pagination in paginate(summaries, path, size):
            yield PageSpec(path=page_path, template="official.html", origin=f"official {profile.official.id}",
                           context=OfficialContext(
                               site=plan.site,
                               page=page(plan, page_path, _paged_title(profile.official.name, pagination),
                                         section="officials", crumbs=crumbs, feed=feed),
                               profile=headings[pagination.number > 1], meetings=_slice(summaries, pagination, size),
                               pagination=pagination, country=country, structured_data=structured_data))


def official_heading(profile: OfficialProfile, *, first_page: bool) -> OfficialHeading:
    """An official's profile as their pages show it (the latest mentions on the first page only)."""
    return OfficialHeading(official=profile.official, meeting_count=len(profile.meetings),
                           mentioned_count=len(profile.mentioned_in),
                           mentioned_in=profile.mentioned_in[:MENTIONS_SHOWN] if first_page else (),
                           titles=profile.titles, counterparts=profile.counterparts, issues=profile.issues)


def issue_heading(profile: IssueProfile) -> IssueHeading:
    """An issue's profile as its pages show it."""
    return IssueHeading(issue=profile.issue, meeting_count=len(profile.meetings), officials=profile.officials,
                        narrower=profile.narrower)


def plan_issues(plan: Plan) -> Iterator[PageSpec]:
    """The issues index and one page (or several) per issue."""
    profiles = sorted(plan.archive.issues.values(), key=lambda p: (p.issue.label.casefold(), p.issue.id))
    yield PageSpec(path=urls.ISSUES, template="issues.html", origin="issues index", context=IssuesContext(
        site=plan.site, page=page(plan, urls.ISSUES, "Issues", section="issues"),
        issues=tuple(map(issue_heading, profiles))))
    crumbs = (Crumb(label="Issues", path=urls.ISSUES),)
    size = plan.config.page_size
    for profile in profiles:
        path = urls.issue_path(profile.issue)
        summaries = [plan.summaries[m.id] for m in profile.meetings]
        years: dict[int, int] = {}
        for meeting in profile.meetings:
            years[meeting.date.year] = years.get(meeting.date.year, 0) + 1
        feed = FeedLink(title=f"Meetings on {profile.issue.label}", path=urls.feed_of(path))
        broader = plan.archive.issue_records.get(profile.issue.broader or "")
        periods = tuple(Period(label=str(y), path=urls.year_path(y), count=n) for y, n in sorted(years.items(),
                                                                                                reverse=True))
        heading = issue_heading(profile)
        for page_path, pagination in paginate(summaries, path, size):
            yield PageSpec(path=page_path, template="issue.html", origin=f"issue {profile.issue.id}",
                           context=IssueContext(
                               site=plan.site,
                               page=page(plan, page_path, _paged_title(profile.issue.label, pagination),
                                         section="issues", crumbs=crumbs, feed=feed),
                               profile=heading, broader=broader, meetings=_slice(summaries, pagination, size),
                               pagination=pagination, years=periods))


def plan_not_found(plan: Plan) -> PageSpec:
    """The 404 page."""
    context = NotFoundContext(site=plan.site, page=page(plan, urls.NOT_FOUND, "Page not found", robots="noindex",
                                                         absolute_links=True))
    return PageSpec(path=urls.NOT_FOUND, template="404.html", context=context, origin="404 page")
