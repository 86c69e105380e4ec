"""The built fixture archive: every page kind, its links, its feeds, its determinism."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import feedparser
from lxml import etree, html

from generator.build import BuildReport

ATOM = "{http://www.w3.org/2005/Atom}"
MEETING = "meetings/2019/11/04/japan-norway-foreign-ministers-meeting/index.html"


def page(built: Path, path: str) -> html.HtmlElement:
    """Parse one built page."""
    return html.fromstring((built / path).read_bytes())


def test_every_page_kind_is_built(built: Path) -> None:
    for path in (
        "index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml",
        "meetings/index.html", "meetings/2019/index.html", "meetings/2019/11/index.html",
        "meetings/2019/11/04/index.html", MEETING,
        "officials/index.html", "officials/aiko-tanaka/index.html", "officials/aiko-tanaka/feed.xml",
        "issues/index.html", "issues/arctic/index.html", "issues/arctic/feed.xml",
        "static/style.css",
    ):
        assert (built / path).is_file(), path


def test_meeting_page_shows_the_facts_people_issues_and_source(built: Path) -> None:
    doc = page(built, MEETING)
    facts = " ".join(doc.cssselect("dl.facts")[0].text_content().split())
    assert "4 November 2019" in facts and "16:30 local time" in facts
    assert "45 minutes" in facts and "Oslo, Norway" in facts and "foreign ministers' meeting" in facts
    people = {a.text: a.get("href") for a in doc.cssselect(".people a")}
    assert people == {"Aiko Tanaka": "../../../../../officials/aiko-tanaka/",
                      "Lars Eriksen": "../../../../../officials/lars-eriksen/"}
    assert "Minister of Foreign Affairs of Norway" in doc.cssselect(".people")[0].text_content()
    assert [a.text for a in doc.cssselect(".tags a")] == ["Jon Park", "Maritime security", "Arctic"]
    assert "norway-2019.txt" in doc.cssselect(".source")[0].text_content()
    assert len(doc.cssselect(".readout-text ol li")) == 2


def test_meeting_pages_link_to_their_neighbours_in_time(built: Path) -> None:
    doc = page(built, MEETING)
    newer = doc.cssselect(".neighbours a[rel=next]")
    assert newer and newer[0].text == "Japan-Norway Summit Meeting"
    assert not doc.cssselect(".neighbours a[rel=prev]"), "the oldest meeting has no previous one"


def test_readout_markup_is_escaped_and_scripts_are_dropped(built: Path) -> None:
    text = (built / MEETING).read_text()
    assert "<script>" not in text and "alert(" not in text
    assert "Mr. Jon Park &amp; the" in text


def test_official_page_lists_titles_counterparts_and_issues(built: Path) -> None:
    doc = page(built, "officials/lars-eriksen/index.html")
    titles = doc.cssselect(".titles li")
    assert [t.text.strip() for t in titles] == ["Prime Minister of Norway", "Minister of Foreign Affairs of Norway"]
    counterparts = [a.text for a in doc.cssselect("section[aria-labelledby=counterparts-heading] a")]
    assert counterparts == ["Aiko Tanaka"]
    issues = [a.text for a in doc.cssselect("section[aria-labelledby=issues-heading] a")]
    assert issues == ["Arctic", "Economic relations", "Maritime security"], "ties ordered by id"


def test_issue_page_shows_meetings_officials_and_its_broader_issue(built: Path) -> None:
    doc = page(built, "issues/fisheries/index.html")
    assert "part of Economic relations" in " ".join(doc.cssselect(".stats")[0].text_content().split())
    assert [a.text for a in doc.cssselect(".meeting-title a")] == ["Japan-Portugal Foreign Ministers' Telephone Talk"]
    people = {a.text for a in doc.cssselect("section[aria-labelledby=people-heading] a")}
    assert people == {"Aiko Tanaka", "Maria Costa"}


def test_archive_pages_paginate_long_lists(site: Path, build: Callable[..., BuildReport]) -> None:
    meetings = site / "content" / "meetings" / "2020"
    template = (meetings / "2020-02-10-japan-norway-summit-meeting.md").read_text()
    for day in range(11, 18):
        meeting_id = f"2020-02-{day}-japan-norway-summit-meeting"
        text = template.replace("2020-02-10-japan-norway-summit-meeting", meeting_id)
        (meetings / f"{meeting_id}.md").write_text(text.replace("date: 2020-02-10", f"date: 2020-02-{day}"))
    build()
    second = page(site / "public", "meetings/page/2/index.html")
    assert "page 2 of 2" in second.findtext(".//title")
    assert len(second.cssselect(".meeting-item")) == 5
    first = page(site / "public", "meetings/index.html")
    href = first.cssselect("a[rel=next]")[0].get("href")
    assert urljoin("https://h/readouts/meetings/", href) == "https://h/readouts/meetings/page/2/"


def test_every_page_announces_the_site_feed_and_term_pages_their_own(built: Path) -> None:
    for path in built.rglob("*.html"):
        feeds = page(built, str(path.relative_to(built))).cssselect('link[rel=alternate][type="application/atom+xml"]')
        assert feeds, path
    own = page(built, "officials/aiko-tanaka/index.html").cssselect("link[rel=alternate]")
    assert [f.get("href") for f in own] == ["../../feed.xml", "../../officials/aiko-tanaka/feed.xml"]


def test_site_feed_has_full_entries_with_permanent_tag_ids(built: Path) -> None:
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert not feed.bozo
    assert len(feed.entries) == 2, "feed_size = 2 in the fixture's site.toml"
    entry = feed.entries[0]
    assert entry.id == "tag:archive.example.org,2026:2020-02-10-japan-portugal-telephone-talk"
    assert entry.link == "https://archive.example.org/readouts/meetings/2020/02/10/japan-portugal-telephone-talk/"
    assert entry.published == "2020-02-10T09:00:00+09:00"
    assert "trade and investment" in entry.content[0].value
    assert {t.term for t in entry.tags} == {"economic-relations", "fisheries"}


def test_feed_ids_survive_a_new_base_url(site: Path, build: Callable[..., BuildReport]) -> None:
    build()
    before = etree.parse(site / "public" / "feed.xml").findall(f"{ATOM}entry/{ATOM}id")
    toml = site / "site.toml"
    toml.write_text(toml.read_text().replace("https://archive.example.org/readouts/", "https://new.example.net/"))
    build()
    after = etree.parse(site / "public" / "feed.xml").findall(f"{ATOM}entry/{ATOM}id")
    assert [e.text for e in before] == [e.text for e in after]


def test_sitemap_lists_every_page_but_the_404(built: Path) -> None:
    locations = {e.text for e in etree.parse(built / "sitemap.xml").iter("{*}loc")}
    pages = {p.relative_to(built).as_posix() for p in built.rglob("*.html") if p.name != "404.html"}
    expected = {"https://archive.example.org/readouts/" + re.sub(r"index\.html$", "", p) for p in pages}
    assert locations == expected
    assert "Sitemap: https://archive.example.org/readouts/sitemap.xml" in (built / "robots.txt").read_text()


def test_not_found_page_links_absolutely_because_it_is_served_anywhere(built: Path) -> None:
    links = [a.get("href") for a in page(built, "404.html").cssselect("main a")]
    assert links and all(link.startswith("https://archive.example.org/readouts/") for link in links)


def test_two_builds_are_byte_identical(site: Path, build: Callable[..., BuildReport], tmp_path: Path) -> None:
    def files() -> dict[Path, bytes]:
        """Every output but Pagefind's index, whose byte order varies (README, "Search")."""
        return {p.relative_to(site / "public"): p.read_bytes() for p in (site / "public").rglob("*")
                if p.is_file() and p.relative_to(site / "public").parts[0] != "pagefind"}

    build()
    first = files()
    (site / "public").rename(tmp_path / "first")
    build()
    assert first == files()
