"""Search: a Pagefind index built as a step of the build, a search page that works anywhere and without JS."""

from __future__ import annotations

import json
import logging
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import SHARED
from lxml import html

from generator import search
from generator.build import BuildReport
from generator.errors import SearchError

pytestmark = pytest.mark.skipif(search.find_pagefind() is None, reason="pagefind[bin] is not installed")


def bundle_files(built: Path) -> dict[str, bytes]:
    """Every file of the search bundle, by path."""
    return {p.relative_to(built).as_posix(): p.read_bytes() for p in (built / "pagefind").rglob("*") if p.is_file()}


def test_build_indexes_every_meeting_page_and_only_those(built: Path) -> None:
    entry = json.loads((built / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 3
    meeting = html.fromstring((built / "meetings/2019/11/04/japan-norway-foreign-ministers-meeting/index.html"
                               ).read_bytes())
    filters: dict[str, list[str]] = {}
    for element in meeting.cssselect("[data-pagefind-filter]"):
        name, _, value = element.get("data-pagefind-filter").partition(":")
        filters.setdefault(name, []).append(value or element.text_content())
    assert filters == {"year": ["2019"], "type": ["foreign ministers' meeting"], "country": ["Japan", "Norway"],
                       "official": ["Aiko Tanaka", "Lars Eriksen"], "issue": ["Maritime security", "Arctic"]}
    assert set(filters) == set(search.FACETS)


def test_search_page_loads_the_bundle_relatively_and_reads_without_javascript(built: Path) -> None:
    doc = html.fromstring((built / "search" / "index.html").read_bytes())
    assert [s.get("src") for s in doc.cssselect("script[src]")] == ["../pagefind/pagefind-ui.js",
                                                                     "../static/search.js"]
    fallback = doc.cssselect("noscript a")
    assert [a.get("href") for a in fallback] == ["../meetings/", "../officials/", "../issues/", "../countries/"]
    assert html.fromstring((built / "index.html").read_bytes()).cssselect("nav a[href='search/']")


def test_unchanged_pages_reuse_the_previous_index(site: Path, build: Callable[..., BuildReport]) -> None:
    build()
    first = bundle_files(site / "public")
    build()
    assert bundle_files(site / "public") == first
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-norway-summit-meeting.md"
    path.write_text(path.read_text().replace("economic relations.", "economic relations and whaling."))
    build()
    second = bundle_files(site / "public")
    assert second["pagefind/readouts-source.sha256"] != first["pagefind/readouts-source.sha256"]


def test_a_failing_pagefind_leaves_the_previous_site(
    site: Path, build: Callable[..., BuildReport], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build()
    before = {p: p.read_bytes() for p in (site / "public").rglob("*") if p.is_file()}
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\n[ \"$1\" = --version ] && echo 'pagefind 0' && exit 0\n"
                      "echo 'Error: disk on fire' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setattr(search, "find_pagefind", lambda: broken)
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-norway-summit-meeting.md"
    path.write_text(path.read_text().replace("visited Tokyo", "visited Kyoto"))
    with pytest.raises(SearchError, match=r"Pagefind failed \(exit status 3\): Error: disk on fire"):
        build()
    assert {p: p.read_bytes() for p in (site / "public").rglob("*") if p.is_file()} == before
    assert not list(site.glob(".public.*")), "no staging folder left behind"


def test_without_pagefind_the_site_builds_and_says_search_is_unavailable(
    site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(search, "find_pagefind", lambda: None)
    with caplog.at_level(logging.WARNING):
        build()
    assert "Pagefind not found" in caplog.text
    script = (site / "public" / "pagefind" / "pagefind-ui.js").read_text()
    assert "Search is not available in this copy of the archive" in script


@pytest.fixture
def served(built: Path) -> Iterator[str]:
    """The built fixture site served under a sub-path, as on a real host; yields its URL."""
    server = SHARED / "qa" / "serve_static.py"
    if not server.is_file():
        pytest.skip(f"{server} is absent")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, str(server), "--root", str(built), "--base-path", "/archive/",
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/archive/"
    finally:
        process.terminate()
        process.wait()


@pytest.mark.browser
def test_searching_under_a_sub_path_finds_meetings_with_facets(served: str) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Chromium is not installed")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(served + "search/?q=arctic")
            page.wait_for_selector(".pagefind-ui__result-link", timeout=20000)
            links = page.locator(".pagefind-ui__result-link")
            assert links.count() == 1
            assert links.first.get_attribute("href") == (
                "/archive/meetings/2019/11/04/japan-norway-foreign-ministers-meeting/")
            facets = page.locator(".pagefind-ui__filter-name").all_inner_texts()
            assert [f.strip().lower() for f in facets] == sorted(search.FACETS)
        finally:
            browser.close()
