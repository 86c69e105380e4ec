"""Reader features on the fixture archive: countries, JSON-LD, citations, exports, links between meetings."""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from lxml import html

from generator.build import BuildReport
from generator.crossrefs import find_references, link_references
from generator.markup import render_markdown
from generator.models import Meeting

MEETING = "meetings/2019/11/04/japan-norway-foreign-ministers-meeting/"
SUMMIT = "meetings/2020/02/10/japan-norway-summit-meeting/"
CITING = """---
id: 2020-03-02-japan-norway-foreign-ministers-telephone-talk
title: Japan-Norway Foreign Ministers' Telephone Talk
date: 2020-03-02
type: telephone talk
participants:
- official: aiko-tanaka
  title: Minister for Foreign Affairs of Japan
- official: lars-eriksen
  title: Prime Minister of Norway
issues:
- arctic
review: []
---
1. Following the Japan-Norway Summit Meeting on February 10 and the Japan-Norway Foreign Ministers' Meeting
on November 4, 2019, the two sides spoke of the <em>Arctic</em> & fisheries.
2. The Japan-Korea Summit Meeting on February 10 is not in the archive.
"""


def page(built: Path, path: str) -> html.HtmlElement:
    """Parse one built page."""
    return html.fromstring((built / path / "index.html").read_bytes())


def json_ld(built: Path, path: str) -> dict[str, object]:
    """The JSON-LD of a page, parsed."""
    scripts = page(built, path).cssselect('script[type="application/ld+json"]')
    assert len(scripts) == 1
    data: dict[str, object] = json.loads(scripts[0].text)
    return data


def add_citing_meeting(site: Path) -> None:
    """A readout naming two meetings of the fixture archive by title and date."""
    (site / "content" / "meetings" / "2020" / "2020-03-02-japan-norway-foreign-ministers-telephone-talk.md"
     ).write_text(CITING)


def test_countries_have_an_index_a_page_and_a_feed(built: Path) -> None:
    index = page(built, "countries")
    assert [a.text for a in index.cssselect("main li a")] == ["Japan", "Norway", "Portugal"], \
        "participants' countries only: Jon Park (Republic of Korea) is only mentioned"
    norway = page(built, "countries/norway")
    assert [a.text for a in norway.cssselect(".meeting-title a")] == [
        "Japan-Norway Summit Meeting", "Japan-Norway Foreign Ministers' Meeting"]
    assert [a.text for a in norway.cssselect("section[aria-labelledby=partners-heading] a")] == ["Japan"]
    feed = (built / "countries" / "norway" / "feed.xml").read_text()
    assert feed.count("<entry>") == 2 and "Meetings with a participant from Norway" in feed


def test_meeting_and_official_pages_link_to_country_pages(built: Path) -> None:
    facts = page(built, MEETING).cssselect("dl.facts a[href*=countries]")
    assert [(a.text, a.get("href")) for a in facts] == [
        ("Japan", "../../../../../countries/japan/"), ("Norway", "../../../../../countries/norway/")]
    stats = page(built, "officials/maria-costa").cssselect(".stats a")
    assert stats[0].text == "Portugal" and stats[0].get("href") == "../../countries/portugal/"


def test_meeting_page_describes_the_event_and_its_readout_in_json_ld(built: Path) -> None:
    graph = {node["@type"]: node for node in json_ld(built, MEETING)["@graph"]}  # type: ignore[attr-defined]
    event, report = graph["Event"], graph["Report"]
    assert event["startDate"] == "2019-11-04T16:30+09:00", "local time read in the archive's zone (Asia/Tokyo)"
    assert event["duration"] == "PT45M"
    assert event["location"] == {"@type": "Place", "name": "Oslo, Norway", "address": "Oslo, Norway"}
    roles = [(a["roleName"], a["attendee"]["name"], a["attendee"]["nationality"]["name"]) for a in event["attendee"]]
    assert roles == [("Minister for Foreign Affairs of Japan", "Aiko Tanaka", "Japan"),
                     ("Minister of Foreign Affairs of Norway", "Lars Eriksen", "Norway")]
    assert {"@id": event["@id"]} in report["about"] and report["publisher"]["name"] == "Ministry of Foreign Affairs"
    assert [p["name"] for p in report["mentions"]] == ["Jon Park"]


def test_official_page_describes_the_person_and_titles_held(built: Path) -> None:
    person = json_ld(built, "officials/lars-eriksen")
    assert person["@type"] == "Person" and person["name"] == "Lars Eriksen"
    assert person["jobTitle"] == "Prime Minister of Norway"
    occupations = cast(list[dict[str, Any]], person["hasOccupation"])
    held = [(r["hasOccupation"]["name"], r["startDate"]) for r in occupations]
    assert held == [("Prime Minister of Norway", "2020-02-10"), ("Minister of Foreign Affairs of Norway", "2019-11-04")]
    assert json_ld(built, "officials/maria-costa")["sameAs"] == "https://www.wikidata.org/wiki/Q000001"


def test_json_ld_cannot_be_closed_by_text_from_a_readout(site: Path, build: Callable[..., BuildReport]) -> None:
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-norway-summit-meeting.md"
    path.write_text(path.read_text().replace("title: Japan-Norway Summit Meeting",
                                             "title: 'Summit </script><script>alert(1)</script> & more'"))
    build()
    text = (site / "public" / SUMMIT / "index.html").read_text()
    assert text.count("</script>") == 1, "only the JSON-LD element's own end tag"
    assert json_ld(site / "public", SUMMIT)["@graph"][0]["name"] == (  # type: ignore[index]
        "Summit </script><script>alert(1)</script> & more")


def test_meeting_page_offers_a_citation_and_citation_files(built: Path) -> None:
    doc = page(built, MEETING)
    citation = " ".join(doc.cssselect(".citation")[0].text_content().split())
    assert citation == ("Ministry of Foreign Affairs. “Japan-Norway Foreign Ministers' Meeting.” Readout of a "
                        "foreign ministers' meeting, 4 November 2019. Fixture Archive. "
                        "https://archive.example.org/readouts/" + MEETING + ".")
    meta = {m.get("name"): m.get("content") for m in doc.cssselect("meta[name^=citation_]")}
    assert meta["citation_title"] == "Japan-Norway Foreign Ministers' Meeting"
    assert meta["citation_date"] == "2019/11/04" and meta["citation_author"] == "Ministry of Foreign Affairs"
    assert meta["citation_keywords"] == "Maritime security; Arctic"
    links = {a.text: a.get("href") for a in doc.cssselect(".downloads a")}
    assert links["BibTeX"].endswith("/citation.bib") and links["CSL-JSON"].endswith("/citation.json")
    [item] = json.loads((built / MEETING / "citation.json").read_text())
    assert item["id"] == "2019-11-04-japan-norway-foreign-ministers-meeting" and item["type"] == "report"
    assert item["issued"] == {"date-parts": [[2019, 11, 4]]} and item["author"] == [
        {"literal": "Ministry of Foreign Affairs"}]
    bib = (built / MEETING / "citation.bib").read_text()
    assert bib.startswith("@misc{2019-11-04-japan-norway-foreign-ministers-meeting,\n")
    assert "  month = nov,\n" in bib and "  author = {{Ministry of Foreign Affairs}},\n" in bib


def test_bibtex_escapes_special_characters(site: Path, build: Callable[..., BuildReport]) -> None:
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-norway-summit-meeting.md"
    path.write_text(path.read_text().replace("title: Japan-Norway Summit Meeting",
                                             "title: 'Trade & 100% {tariffs}_#1'"))
    build()
    bib = (site / "public" / SUMMIT / "citation.bib").read_text()
    assert r"  title = {{Trade \& 100\% \{tariffs\}\_\#1}}," in bib


def test_exports_list_every_meeting_official_and_issue(built: Path) -> None:
    meetings = json.loads((built / "meetings.json").read_text())
    ids = [m["id"] for m in meetings["meetings"]]
    assert ids == ["2019-11-04-japan-norway-foreign-ministers-meeting", "2020-02-10-japan-norway-summit-meeting",
                   "2020-02-10-japan-portugal-telephone-talk"], "permanent order: oldest first, then id"
    first = meetings["meetings"][0]
    assert first["participants"][1] == {"official": "lars-eriksen", "name": "Lars Eriksen",
                                        "title": "Minister of Foreign Affairs of Norway", "country": "Norway"}
    assert first["countries"] == ["japan", "norway"] and first["start"] == "2019-11-04T16:30+09:00"
    with (built / "meetings.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ids
    assert rows[2]["participants"] == "Aiko Tanaka | Maria Costa" and rows[2]["issue_ids"] == (
        "economic-relations | fisheries")
    officials = json.loads((built / "officials.json").read_text())["officials"]
    assert [o["id"] for o in officials] == ["aiko-tanaka", "jon-park", "lars-eriksen", "maria-costa"]
    assert officials[2]["titles"][0] == {"title": "Prime Minister of Norway", "first": "2020-02-10",
                                         "last": "2020-02-10", "meetings": 1}
    issues = json.loads((built / "issues.json").read_text())["issues"]
    assert {i["id"]: i["meetings"] for i in issues} == {"arctic": 1, "economic-relations": 2, "fisheries": 1,
                                                         "maritime-security": 1}
    assert [c["id"] for c in json.loads((built / "countries.json").read_text())["countries"]] == [
        "japan", "norway", "portugal"]


def test_each_meeting_page_has_a_json_twin(built: Path) -> None:
    twin = json.loads((built / MEETING / "index.json").read_text())
    record = json.loads((built / "meetings.json").read_text())["meetings"][0]
    assert {k: twin[k] for k in record} == record
    assert twin["body_markdown"].startswith("On November 4, commencing")
    assert "&amp; the" in twin["body_html"] and "<script>" not in twin["body_html"]
    assert twin["json"] == "https://archive.example.org/readouts/" + MEETING + "index.json"
    alternate = page(built, MEETING).cssselect('link[rel=alternate][type="application/json"]')[0]
    assert alternate.get("href").endswith(MEETING + "index.json")


def test_readouts_link_to_the_meetings_they_name(site: Path, build: Callable[..., BuildReport]) -> None:
    add_citing_meeting(site)
    build()
    built = site / "public"
    citing = page(built, "meetings/2020/03/02/japan-norway-foreign-ministers-telephone-talk")
    links = [(a.text_content(), a.get("href")) for a in citing.cssselect(".readout-text a.xref")]
    assert links == [("Japan-Norway Summit Meeting on February 10", "../../../../../" + SUMMIT),
                     ("Japan-Norway Foreign Ministers' Meeting\non November 4, 2019", "../../../../../" + MEETING)]
    assert "the two sides spoke of the <em>Arctic</em> &amp; fisheries" in html.tostring(citing, encoding="unicode")
    cited = page(built, SUMMIT).cssselect("section[aria-labelledby=cited-heading] .meeting-title a")
    assert [a.text for a in cited] == ["Japan-Norway Foreign Ministers' Telephone Talk"]
    twin = json.loads((built / "meetings/2020/03/02/japan-norway-foreign-ministers-telephone-talk/index.json"
                       ).read_text())
    assert twin["references"] == ["2020-02-10-japan-norway-summit-meeting",
                                  "2019-11-04-japan-norway-foreign-ministers-meeting"]


def test_meeting_pages_list_related_meetings(built: Path) -> None:
    related = [a.text for a in page(built, MEETING).cssselect(".related .meeting-title a")]
    assert related == ["Japan-Norway Summit Meeting", "Japan-Portugal Foreign Ministers' Telephone Talk"], \
        "Lars Eriksen is shared with the summit; Aiko Tanaka with the telephone talk"
    assert not page(built, SUMMIT).cssselect(".related a[href$='japan-norway-summit-meeting/']"), "never itself"


def test_a_sentence_naming_two_meetings_links_each_and_no_other() -> None:
    text = ("1. Following the Japan-U.S. Foreign Ministers' Telephone Talk on June 12 and the Japan-U.S.-ROK "
            "Foreign Ministers' Meeting on June 14, Secretary Pompeo explained the U.S.-North Korea Summit Meeting.")
    day = datetime.date(2018, 6, 14)
    citing = Meeting(id="2018-06-14-japan-us-foreign-ministers-meeting", title="Japan-U.S. Foreign Ministers’ Meeting",
                     date=day, body_html=render_markdown(text).html)
    talk = Meeting(id="2018-06-12-japan-us-telephone-talk", title="Japan-U.S. Foreign Ministers’ Telephone Talk",
                   date=day - datetime.timedelta(days=2))
    trilateral = Meeting(id="2018-06-14-japan-us-rok-meeting", date=day,
                         title="Japan-U.S.-ROK Trilateral Foreign Ministers’ Meeting")
    other = Meeting(id="2018-06-12-japan-india-summit-meeting", title="Japan-India Summit Meeting",
                    date=day - datetime.timedelta(days=2))
    references = find_references([citing, talk, trilateral, other])
    linked = link_references(citing.body_html, references[citing.id], lambda target: f"/{target}/")
    assert linked == (
        '<ol>\n<li>Following the <a class="xref" href="/2018-06-12-japan-us-telephone-talk/">Japan-U.S. Foreign '
        "Ministers' Telephone Talk on June 12</a> and the <a class=\"xref\" href=\"/2018-06-14-japan-us-rok-meeting/\">"
        "Japan-U.S.-ROK Foreign Ministers' Meeting on June 14</a>, Secretary Pompeo explained the U.S.-North Korea "
        "Summit Meeting.</li>\n</ol>")
    assert set(references) == {citing.id}, "a meeting never links to itself"
