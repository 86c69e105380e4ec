"""Reader features hold across a synthetic archive of 250 meetings (more than two archive documents).

Skips when ../shared/bench/make_corpus.py is absent. The corpus has no cross-references of its
own, so a sentence naming an earlier meeting of the same year is added to some readouts.
"""

from __future__ import annotations

import calendar
import json
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
import yaml
from conftest import SHARED, make_site
from lxml import html

from generator.build import build_site
from generator.config import load_config

MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
SIZE = 250


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The built synthetic site, and which meeting each cross-referencing meeting names."""
    if not MAKE_CORPUS.is_file():
        pytest.skip(f"{MAKE_CORPUS} is absent")
    root = tmp_path_factory.mktemp("synthetic")
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--format", "readouts", "--n", str(SIZE),
                    "--out", str(root / "corpus")], check=True, capture_output=True, timeout=300)
    site = make_site(root / "site", content=root / "corpus")
    cites = _add_references(site / "content" / "meetings")
    build_site(load_config(site))
    return site / "public", cites


def _add_references(meetings: Path) -> dict[str, str]:
    """Append "Following the <title> on <Month day>, ..." naming the previous meeting, to every tenth."""
    files = sorted(meetings.rglob("*.md"))
    found = [(path, yaml.safe_load(path.read_text().split("---\n")[1])) for path in files]
    cites = {}
    for (_, earlier), (path, later) in list(zip(found, found[1:], strict=False))[::10]:
        if earlier["date"].year != later["date"].year or earlier["date"] == later["date"]:
            continue
        when = f"{calendar.month_name[earlier['date'].month]} {earlier['date'].day}"
        path.write_text(path.read_text() + f"\nFollowing the {earlier['title']} on {when}, the two sides met again.\n")
        cites[later["id"]] = earlier["id"]
    return cites


def _local(built: Path, url: str) -> Path:
    """The built file or folder of one of the site's URLs."""
    return built / url.removeprefix("https://archive.example.org/readouts/")


def _page(built: Path, meeting_id: str) -> html.HtmlElement:
    """A meeting's page, from its id."""
    path = built / "meetings" / meeting_id[:4] / meeting_id[5:7] / meeting_id[8:10] / meeting_id[11:] / "index.html"
    return html.fromstring(path.read_bytes())


def test_every_meeting_is_exported_indexed_and_described(synthetic: tuple[Path, dict[str, str]]) -> None:
    built, _ = synthetic
    records = json.loads((built / "meetings.json").read_text())["meetings"]
    assert len(records) == SIZE
    assert [(r["date"], r["id"]) for r in records] == sorted((r["date"], r["id"]) for r in records)
    assert (built / "meetings.csv").read_bytes().count(b"\r\n") == SIZE + 1
    assert json.loads((built / "pagefind" / "1" / "pagefind-entry.json").read_text())["languages"]["en"][
        "page_count"] == SIZE
    for record in records[::25]:
        doc = _page(built, record["id"])
        graph = json.loads(doc.cssselect('script[type="application/ld+json"]')[0].text)["@graph"]
        assert graph[0]["@type"] == "Event" and graph[0]["name"] == record["title"]
        assert json.loads((_local(built, record["url"]) / "index.json").read_text())["id"] == record["id"]
        related = [a.get("href") for a in doc.cssselect(".related .meeting-title a")]
        assert 0 < len(related) <= 5 and not any(record["id"][11:] + "/" in href for href in related)


def test_archive_documents_hold_the_whole_history(synthetic: tuple[Path, dict[str, str]]) -> None:
    built, _ = synthetic
    seen: list[str] = []
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    link = next(x.href for x in feed.feed.links if x.rel == "prev-archive")
    documents = 0
    while link:
        document = feedparser.parse(_local(built, link).read_bytes())
        assert not document.bozo
        documents += 1
        seen = [e.id for e in document.entries] + seen
        link = next((x.href for x in document.feed.links if x.rel == "prev-archive"), None)
    assert documents == 3 and len(seen) == len(set(seen)) == SIZE
    records = json.loads((built / "meetings.json").read_text())["meetings"]
    assert [i.rsplit(":", 1)[1] for i in seen] == [r["id"] for r in records], "oldest first, as exported"


def test_cross_references_link_the_meeting_named(synthetic: tuple[Path, dict[str, str]]) -> None:
    built, cites = synthetic
    assert len(cites) > 10
    for citing, cited in cites.items():
        links = [a.get("href") for a in _page(built, citing).cssselect(".readout-text a.xref")]
        assert len(links) == 1 and links[0].endswith(f"/{cited[:4]}/{cited[5:7]}/{cited[8:10]}/{cited[11:]}/"), citing
        backlinks = _page(built, cited).cssselect("section[aria-labelledby=cited-heading] a")
        assert any(a.get("href").endswith(citing[11:] + "/") for a in backlinks)
