"""No markup from content reaches a reader: not in pages, not in feeds, not in any metadata.

A meeting, an official and an issue carry every trick in the readout's body and in every
field shown anywhere: script, iframe, object, embed, event handlers, ``javascript:`` and
``data:`` links, markup in titles. Every built page is parsed, and every feed too, with
the HTML each feed entry carries parsed again; each payload calls ``alert(`` so whatever
gets through is found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_site
from lxml import etree, html

from generator.build import build_site
from generator.config import load_config

MARK = "alert("
HOSTILE_BODY = """\
On December 1, the ministers met. <script>alert(1)</script> <iframe src="https://evil.example/">x</iframe>
<object data="evil.swf"></object> <embed src="evil.swf"> <img src="x" onerror="alert(2)">
<a href="javascript:alert(3)">a link</a> <a href=" JaVaScRiPt:alert(4)">spaced</a>
<a href="&#106;avascript:alert(5)">entity</a> <a href="data:text/html,<script>alert(6)</script>">data</a>
<a href="vbscript:alert(7)">vb</a> <p onclick="alert(8)" style="background:url(javascript:alert(9))">p</p>
<svg onload="alert(10)"><script>alert(11)</script></svg> <math><mtext><script>alert(12)</script></mtext></math>
<form action="javascript:alert(13)"><button formaction="javascript:alert(14)">b</button></form>
<meta http-equiv="refresh" content="0; url=javascript:alert(15)"> <base href="javascript:alert(16)//">
<style>@import 'javascript:alert(17)';</style> <details open ontoggle="alert(18)">d</details>
<noscript><p title="</noscript><img src=x onerror=alert(19)>"></noscript>
<!-- <script>alert(20)</script> --> <scr<script>ipt>alert(21)</script>

[markdown link](javascript:alert(22)) [reference][evil] ![image](javascript:alert(23))
<javascript:alert(24)> [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgyNSk8L3NjcmlwdD4=)

[evil]: javascript:alert(26)

A safe [link](https://example.org/readout) stays.
"""
TITLE = '<script>alert(30)</script> "Hostile" & <img src=x onerror=alert(31)> Talks'
MEETING = f"""\
---
id: 2019-12-01-hostile-talks
title: '{TITLE.replace("'", "''")}'
date: 2019-12-01
time: '10:00'
location: '<iframe src=javascript:alert(32)></iframe> Oslo'
type: meeting
section: '<b onmouseover=alert(33)>Relations</b>'
participants:
- official: evil-official
  title: '<svg onload=alert(34)> Minister'
- official: aiko-tanaka
  title: Minister for Foreign Affairs of Japan
issues: [evil-issue, arctic]
source:
  file: '<script>alert(35)</script>.txt'
  url: 'https://example.org/readout?q=%22%3E%3Cscript%3Ealert(36)'
  publisher: '<object data=x>alert(37)</object>'
review: ['<script>alert(38)</script>']
---
{HOSTILE_BODY}"""
OFFICIAL = """
evil-official:
  name: '<script>alert(40)</script> Eve'
  country: '<img src=x onerror=alert(41)>'
  aliases: ['<script>alert(42)</script>']
"""
ISSUE = """
evil-issue:
  label: '<script>alert(43)</script> Evil'
  match: [evil]
  description: '<iframe src=javascript:alert(44)></iframe> described'
"""
FORBIDDEN_ELEMENTS = ("iframe", "object", "embed", "frame", "frameset", "applet", "base")
"""Never in a page of the archive, whatever their attributes."""
SUSPECT_ELEMENTS = ("form", "svg", "math", "style", "noscript", "template")
"""In a page only from the site's own templates: never holding a payload.

(A payload in an attribute value, such as a feed link's ``title``, is text and harmless.)"""
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "xlink:href")
SAFE_SCHEMES = ("http:", "https:", "mailto:")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture archive plus the hostile meeting, official and issue, built."""
    root = make_site(tmp_path_factory.mktemp("hostile") / "site")
    content = root / "content"
    (content / "meetings" / "2019" / "2019-12-01-hostile-talks.md").write_text(MEETING)
    (content / "officials.yaml").write_text((content / "officials.yaml").read_text() + OFFICIAL)
    (content / "issues.yaml").write_text((content / "issues.yaml").read_text() + ISSUE)
    build_site(load_config(root))
    return root / "public"


def problems(doc: html.HtmlElement, where: str) -> list[str]:
    """Everything in one parsed HTML document that could run code or carry a payload."""
    found = []
    for element in doc.iter(etree.Element):
        tag = str(element.tag).lower()
        if tag in FORBIDDEN_ELEMENTS:
            found.append(f"{where}: <{tag}>")
        if tag in SUSPECT_ELEMENTS and MARK in element.text_content():
            found.append(f"{where}: <{tag}> with a payload")
        if tag == "script" and not _harmless_script(element):
            found.append(f"{where}: <script> {element.text!r:.80}")
        refresh = (element.get("http-equiv") or "").lower() == "refresh"
        if tag == "meta" and refresh and not _safe_url(element.get("content", "").partition("url=")[2]):
            found.append(f"{where}: meta refresh to a payload")
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"{where}: <{tag} {name}>")
            if name.lower() in URL_ATTRIBUTES and not _safe_url(value):
                found.append(f"{where}: <{tag} {name}={value!r}>")
            if name.lower() == "style" and MARK in value:
                found.append(f"{where}: style payload")
    return found


def _harmless_script(element: html.HtmlElement) -> bool:
    """The site's own scripts: JSON-LD that is valid JSON (a break-out cuts it short), or code without a payload."""
    text = element.text or ""
    if (element.get("type") or "").lower() == "application/ld+json":
        try:
            json.loads(text)
        except ValueError:
            return False
        return "</" not in text
    return MARK not in text and MARK not in (element.get("src") or "")


def _safe_url(value: str) -> bool:
    """Relative, or one of the schemes a readout may link to."""
    compact = "".join(c for c in value if c.isprintable() and not c.isspace()).lower()
    if ":" not in compact.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
        return True
    return compact.startswith(SAFE_SCHEMES)


def test_no_page_carries_anything_that_could_run(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 20
    found = [p for page in pages for p in problems(html.fromstring(page.read_bytes()), str(page))]
    assert found == []


def test_the_hostile_fields_are_shown_as_text(hostile_site: Path) -> None:
    page = html.fromstring((hostile_site / "meetings/2019/12/01/hostile-talks/index.html").read_bytes())
    assert page.cssselect("h1")[0].text_content() == TITLE
    assert TITLE in page.findtext(".//title")
    text = page.text_content()
    for shown in ("<iframe src=javascript:alert(32)></iframe> Oslo", "<svg onload=alert(34)> Minister",
                  "<script>alert(40)</script> Eve", "<script>alert(43)</script> Evil"):
        assert shown in text, shown
    readout = page.cssselect(".readout-text")[0]
    # an anchor whose target was refused is unwrapped (HTML allows no <a rel> without href); its words stay
    assert [a.get("href") for a in readout.iter("a")] == ["https://example.org/readout"]
    assert "a link spaced entity data vb" in " ".join(readout.text_content().split())
    assert "On December 1, the ministers met." in readout.text_content()


def test_no_feed_carries_anything_that_could_run(hostile_site: Path) -> None:
    feeds = sorted(hostile_site.rglob("*.xml"))
    atom = [f for f in feeds if etree.parse(f).getroot().tag == "{http://www.w3.org/2005/Atom}feed"]
    assert len(atom) > 5
    found: list[str] = []
    entries = 0
    for feed in atom:
        root = etree.parse(feed).getroot()
        found.extend(f"{feed}: <{e.tag}> in the feed itself" for e in root.iter("{http://www.w3.org/1999/xhtml}*"))
        for content in root.iter("{http://www.w3.org/2005/Atom}content", "{http://www.w3.org/2005/Atom}summary"):
            entries += 1
            kind = content.get("type", "text")
            decoded = content.text or ""
            if kind == "html" and decoded.strip():
                found.extend(problems(html.fragment_fromstring(decoded, create_parent="div"), f"{feed} entry"))
        for title in root.iter("{http://www.w3.org/2005/Atom}title"):
            assert title.get("type", "text") == "text", "titles are plain text, so markup in them is shown, not run"
    assert entries and found == []
    hostile = etree.parse(hostile_site / "issues" / "evil-issue" / "feed.xml").getroot()
    titles = [t.text for t in hostile.iter("{http://www.w3.org/2005/Atom}title")]
    assert TITLE in titles, "the entry's title is the readout's title as text, escaped once"

