"""Every permalink and output path, made here and nowhere else.

A *site path* is relative to the site root, with no leading slash: ``meetings/2018/``,
``feed.xml``, or ``""`` for the home page. A folder path ends with ``/`` and is written as
``index.html`` inside it.

Pages link to each other with relative links (``../../officials/x/``), as MkDocs does:
they work under any ``base_url`` path, from a file system, and behind the dev server,
and file-level link checkers can follow them. Only what leaves the site (feeds, the
sitemap, canonical links, and the 404 page, which hosts serve at any depth) is absolute.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from generator.models import Issue, Meeting, Official

if TYPE_CHECKING:
    from generator.countries import Country

HOME = ""
FEED = "feed.xml"
SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
NOT_FOUND = "404.html"
MEETINGS = "meetings/"
OFFICIALS = "officials/"
ISSUES = "issues/"
STYLESHEET = "static/style.css"
COUNTRIES = "countries/"
SEARCH = "search/"
PAGEFIND = "pagefind/"
"""Where Pagefind writes its search bundle (``pagefind-ui.js`` and the index)."""
MEETINGS_JSON = "meetings.json"
MEETINGS_CSV = "meetings.csv"
OFFICIALS_JSON = "officials.json"
ISSUES_JSON = "issues.json"
COUNTRIES_JSON = "countries.json"
ARCHIVE_FEEDS = "feeds/archive/"


def meeting_path(meeting: Meeting) -> str:
    """``meetings/2018/06/14/japan-us-foreign-ministers-meeting/``: from the id, never the title."""
    year, month, day = meeting.id[:4], meeting.id[5:7], meeting.id[8:10]
    return f"{MEETINGS}{year}/{month}/{day}/{meeting.slug}/"


def year_path(year: int) -> str:
    """The archive page of one year."""
    return f"{MEETINGS}{year:04d}/"


def month_path(year: int, month: int) -> str:
    """The archive page of one month."""
    return f"{MEETINGS}{year:04d}/{month:02d}/"


def day_path(year: int, month: int, day: int) -> str:
    """The archive page of one day."""
    return f"{MEETINGS}{year:04d}/{month:02d}/{day:02d}/"


def date_path(day: datetime.date) -> str:
    """The archive page of the day a date falls on."""
    return day_path(day.year, day.month, day.day)


def official_path(official: Official | str) -> str:
    """One official's page."""
    return f"{OFFICIALS}{_id(official)}/"


def issue_path(issue: Issue | str) -> str:
    """One issue's page."""
    return f"{ISSUES}{_id(issue)}/"


def country_path(country: Country | str) -> str:
    """One country's page: ``countries/<id>/``."""
    return f"{COUNTRIES}{country if isinstance(country, str) else country.id}/"


def meeting_json_path(meeting: Meeting) -> str:
    """The JSON twin of a meeting's page, beside it: ``meetings/2018/06/14/<slug>/index.json``."""
    return meeting_path(meeting) + "index.json"


def citation_path(meeting: Meeting, extension: str) -> str:
    """A meeting's citation file beside its page: ``citation.json`` (CSL-JSON) or ``citation.bib``."""
    return f"{meeting_path(meeting)}citation.{extension}"


def search_bundle(number: int) -> str:
    """Shard ``number`` (from 1) of the search index: ``pagefind/1/``; the first also holds Pagefind's UI."""
    return f"{PAGEFIND}{number}/"


def archive_feed_path(number: int) -> str:
    """Archive document ``number`` (from 1, oldest first) of the site feed (RFC 5005)."""
    return f"{ARCHIVE_FEEDS}{number}.xml"


def sitemap_part(number: int) -> str:
    """One of the sitemap files a sitemap index lists (``sitemap-2.xml``)."""
    return f"sitemap-{number}.xml"


def feed_of(page_path: str) -> str:
    """The Atom feed that sits beside a page (``officials/x/feed.xml``)."""
    return page_path + FEED


def page_number_path(first_page: str, number: int) -> str:
    """Page ``number`` of a paginated list: the list itself, then ``page/2/`` and on (as Hugo does)."""
    return first_page if number == 1 else f"{first_page}page/{number}/"


def output_file(site_path: str) -> PurePosixPath:
    """Where a site path is written under the output folder."""
    path = site_path + "index.html" if site_path.endswith("/") or not site_path else site_path
    return PurePosixPath(path)


def alias_path(alias: str) -> str:
    """The site path of the redirect page at an old address (``/old/``, ``/old.html`` or ``/old``).

    As Hugo does, an address not ending in ``.html`` is a folder: ``/old`` is written as
    ``old/index.html``, which static hosts serve for both ``/old`` and ``/old/``.
    """
    path = alias.lstrip("/")
    if not path or path.endswith(("/", ".html", ".htm")):
        return path
    return path + "/"


def _id(record: Official | Issue | str) -> str:
    """The id of a record, or the string itself."""
    return record if isinstance(record, str) else record.id


def relative(site_path: str, from_page: str) -> str:
    """A link from the page at ``from_page`` to ``site_path``, climbing with ``../``.

    Not the shortest link (``posixpath.relpath`` would find it at ten times the cost per
    link), but every link of a page climbs the same way, which is easy to check.
    """
    depth = from_page.count("/")
    target = _quoted(site_path)
    if depth == 0:
        return target or "./"
    return "../" * depth + target


@dataclass(frozen=True, slots=True)
class Urls:
    """Turns site paths into full URLs for one ``base_url``."""

    base_url: str


    def absolute(self, site_path: str) -> str:
        """A full URL, for feeds, the sitemap and canonical links."""
        return self.base_url + _quoted(site_path)


_PLAIN = re.compile(r"[A-Za-z0-9/:#?=&~._-]*")


@functools.cache
def _quoted(site_path: str) -> str:
    """``site_path`` percent-encoded for a link; plain paths (nearly all) need no work, a cheap test says so.
    Remembered: a build asks for each of its paths many times (feeds, sitemap, structured data)."""
    return site_path if _PLAIN.fullmatch(site_path) else quote(site_path, safe="/:#?=&~.-_")
