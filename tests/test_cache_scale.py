"""What changes when an archive grows large: a sitemap index past the protocol's 50,000 URLs per file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from generator import feeds
from generator.build import BuildReport

SITEMAPS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_a_site_with_more_pages_than_one_sitemap_may_list_gets_a_sitemap_index(
        site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feeds, "SITEMAP_LIMIT", 10)
    build()
    public = site / "public"
    index = etree.parse(public / "sitemap.xml").getroot()
    assert index.tag == f"{SITEMAPS}sitemapindex"
    parts = [loc.text for loc in index.iter(f"{SITEMAPS}loc")]
    base = "https://archive.example.org/readouts/"
    assert parts == [f"{base}sitemap-{n}.xml" for n in range(1, len(parts) + 1)] and len(parts) > 1
    listed: list[str] = []
    for part in parts:
        urlset = etree.parse(public / part.removeprefix(base)).getroot()
        assert urlset.tag == f"{SITEMAPS}urlset"
        locations = [loc.text for loc in urlset.iter(f"{SITEMAPS}loc")]
        assert 0 < len(locations) <= 10
        listed += locations
    pages = {p.relative_to(public).as_posix().removesuffix("index.html") for p in public.rglob("*.html")
             if p.name != "404.html" and not p.relative_to(public).as_posix().startswith("pagefind/")}
    assert sorted(listed) == sorted(f"{base}{page}" for page in pages), "every page once, in one of the parts"
    assert f"Sitemap: {base}sitemap.xml" in (public / "robots.txt").read_text()


def test_a_site_within_the_limit_keeps_one_sitemap(built: Path) -> None:
    assert etree.parse(built / "sitemap.xml").getroot().tag == f"{SITEMAPS}urlset"
    assert not list(built.glob("sitemap-*.xml"))
