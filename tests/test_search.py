"""Search: a Pagefind index built as a step of the build, a search page that works anywhere and without JS."""

from __future__ import annotations

import gzip
import json
import logging
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

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


def inodes(folder: Path) -> dict[str, int]:
    """Each file of a folder with its inode: equal inodes, the same file kept."""
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def test_build_indexes_every_meeting_page_and_only_those(built: Path) -> None:
    entry = json.loads((built / "pagefind" / "1" / "pagefind-entry.json").read_text())
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


def test_result_excerpts_give_the_facts_without_their_labels(built: Path) -> None:
    """Pagefind joins a <dt> to its <dd> with no space ("Date4 November 2019"); the labels are left out."""
    contents = [json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))["content"]
                for fragment in (built / "pagefind").rglob("*.pf_fragment")]
    norway = next(text for text in contents if "Japan-Norway Foreign Ministers" in text)
    assert "4 November 2019. 16:30 local time. about 45 minutes. Oslo, Norway." in norway
    assert not any(label + " " in text or label + "4" in text for text in contents
                   for label in ("Date", "Duration", "Place"))


def test_search_page_loads_the_bundle_relatively_and_reads_without_javascript(built: Path) -> None:
    doc = html.fromstring((built / "search" / "index.html").read_bytes())
    assert [s.get("src") for s in doc.cssselect("script[src]")] == ["../pagefind/1/pagefind-ui.js",
                                                                     "../static/search.js"]
    assert doc.cssselect("#search")[0].get("data-bundle") == "../pagefind/1/"
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
    assert second["pagefind/1/readouts-source.sha256"] != first["pagefind/1/readouts-source.sha256"]


def test_an_edit_indexes_only_its_shard_again(
    site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SHARD_SIZE", 2)
    build()
    built = site / "public"
    search_page = html.fromstring((built / "search" / "index.html").read_bytes()).cssselect("#search")[0]
    assert search_page.get("data-merge") == "../pagefind/2/", "3 meetings make 2 shards"
    counts = [json.loads((built / "pagefind" / n / "pagefind-entry.json").read_text())["languages"]["en"][
        "page_count"] for n in ("1", "2")]
    assert counts == [2, 1], "oldest two in shard 1, the newest in shard 2"
    before = {n: inodes(built / "pagefind" / n) for n in ("1", "2")}
    folder = built.stat().st_ino
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-portugal-telephone-talk.md"
    path.write_text(path.read_text().replace("fisheries.", "fisheries and whaling."))
    build()
    assert inodes(built / "pagefind" / "1") == before["1"], "shard 1 is kept: the same files"
    assert inodes(built / "pagefind" / "2") != before["2"], "shard 2 is indexed again"
    assert built.stat().st_ino == folder, "the changed files were put in place, not a whole new site swapped in"


def test_a_shard_indexed_again_replaces_only_its_files_that_changed(
    site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Pagefind writes the shard in memory; only the files that differ reach the site's disk."""
    memory = tmp_path_factory.mktemp("memory")
    monkeypatch.setattr(search, "MEMORY_FOLDER", str(memory))
    monkeypatch.setattr(search, "MEMORY_NEEDED", 0)
    build()
    bundle = site / "public" / "pagefind" / "1"
    before = inodes(bundle)
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-portugal-telephone-talk.md"
    path.write_text(path.read_text().replace("fisheries.", "fisheries and whaling."))
    outputs: list[Path] = []
    run = search._run

    def run_noting_where(pagefind: Path, pages: Path, output: Path) -> None:
        outputs.append(output)
        run(pagefind, pages, output)

    monkeypatch.setattr(search, "_run", run_noting_where)
    build()
    assert outputs and all(output.is_relative_to(memory) for output in outputs), "Pagefind wrote in memory"
    after = inodes(bundle)
    replaced = sorted(name for name in after if before.get(name) != after[name])
    assert "pagefind-ui.js" not in replaced and "wasm.en.pagefind" in before, "Pagefind's own files are kept"
    assert after["wasm.en.pagefind"] == before["wasm.en.pagefind"]
    fragments = [name for name in replaced if name.startswith("fragment/")]
    assert len(fragments) == 1, f"one page changed, so one fragment is new: {fragments}"
    assert len(replaced) < len(after) / 2, replaced
    assert list(memory.iterdir()) == [], "the scratch folder in memory is removed"


def test_each_shard_indexes_exactly_its_pages_as_they_are_now_through_edits_and_a_deletion(
    site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind reads each shard's pages from a folder of hard links kept beside the output between builds:
    after an edit it must see the new page, after a deletion not the old one, and never a stray file."""
    monkeypatch.setattr(search, "SHARD_SIZE", 2)
    build()
    mirror, built = site / ".public.search", site / "public"
    stray = mirror / "1" / "meetings" / "2001" / "01" / "01" / "stray" / "index.html"
    stray.parent.mkdir(parents=True)
    stray.write_text("<html><body data-pagefind-body>stray</body></html>")
    path = site / "content" / "meetings" / "2019" / "2019-11-04-japan-norway-foreign-ministers-meeting.md"
    path.write_text(path.read_text().replace("Arctic", "Arctic and whaling", 1))
    build()
    pages = {p.relative_to(built).as_posix() for p in built.glob("meetings/*/*/*/*/index.html")}
    linked = {p.relative_to(mirror / n).as_posix(): p for n in ("1", "2")
              for p in (mirror / n).rglob("*") if p.is_file()}
    assert len(pages) == 3 and set(linked) == pages, "every meeting page, once, and nothing else"
    assert all(file.samefile(built / relative) for relative, file in linked.items()), "each the page as it is now"
    entry = json.loads((built / "pagefind" / "1" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 2, "the stray file was not indexed"
    path.unlink()
    (site / "content" / "urls.txt").unlink()  # the URL ledger would refuse to drop its page
    build()
    left = {p.relative_to(mirror / n).as_posix() for n in ("1", "2") if (mirror / n).is_dir()
            for p in (mirror / n).rglob("*") if p.is_file()}
    assert len(left) == 2 and not any("norway-foreign-ministers" in relative for relative in left)


def test_the_dev_server_sees_an_edited_page_before_its_shard_is_indexed_again(
    site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``pages_first``: the pages go in place with the last index, then the index follows; the result is the
    same as one build, and a build after it finds nothing left to do."""
    monkeypatch.setattr(search, "SHARD_SIZE", 2)
    build()
    built = site / "public"
    page = built / "meetings/2020/02/10/japan-portugal-telephone-talk/index.html"
    stamp = built / "pagefind" / "2" / search.STAMP
    indexed_before = stamp.read_text()
    seen: list[tuple[bool, str]] = []
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-portugal-telephone-talk.md"
    path.write_text(path.read_text().replace("fisheries.", "fisheries and whaling."))
    report = build(pages_first=lambda: seen.append(("whaling" in page.read_text(), stamp.read_text())))
    assert seen == [(True, indexed_before)], "called once, the new page in place and the old index beside it"
    assert stamp.read_text() != indexed_before, "then the shard was indexed again"
    assert report.written > 1
    assert [p.name for p in site.glob(".public.*")] in ([], [".public.search"]), "no staging folder left behind"
    again = build()
    assert (again.written, again.removed) == (0, 0)
    fragments = [gzip.decompress(f.read_bytes()) for f in (built / "pagefind" / "2").rglob("*.pf_fragment")]
    assert any(b"whaling" in fragment for fragment in fragments)


def test_a_failing_pagefind_after_the_pages_keeps_them_and_the_last_index(
    site: Path, build: Callable[..., BuildReport], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build()
    index = bundle_files(site / "public")
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\n[ \"$1\" = --version ] && echo 'pagefind 0' && exit 0\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setattr(search, "find_pagefind", lambda: broken)
    path = site / "content" / "meetings" / "2020" / "2020-02-10-japan-norway-summit-meeting.md"
    path.write_text(path.read_text().replace("visited Tokyo", "visited Kyoto"))
    with pytest.raises(SearchError, match=r"Pagefind failed \(exit status 3\)"):
        build(pages_first=lambda: None)
    assert "visited Kyoto" in (site / "public/meetings/2020/02/10/japan-norway-summit-meeting/index.html").read_text()
    assert bundle_files(site / "public") == index
    monkeypatch.undo()
    build()
    assert bundle_files(site / "public") != index, "the next build indexes the shard it could not"


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
    assert [p.name for p in site.glob(".public.*")] in ([], [".public.search"]), "no staging folder left behind"


def test_without_pagefind_the_site_builds_and_says_search_is_unavailable(
    site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(search, "find_pagefind", lambda: None)
    with caplog.at_level(logging.WARNING):
        build()
    assert "Pagefind not found" in caplog.text
    script = (site / "public" / "pagefind" / "1" / "pagefind-ui.js").read_text()
    assert "Search is not available in this copy of the archive" in script


@pytest.fixture
def served(site: Path, build: Callable[..., BuildReport], monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The fixture site, its index in two shards, served under a sub-path as on a real host; yields its URL."""
    server = SHARED / "qa" / "serve_static.py"
    if not server.is_file():
        pytest.skip(f"{server} is absent")
    monkeypatch.setattr(search, "SHARD_SIZE", 2)
    build()
    built = site / "public"
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
            page.goto(served + "search/?q=economic")
            page.wait_for_function("document.querySelectorAll('.pagefind-ui__result-link').length == 2 && "
                                   "document.querySelectorAll('.pagefind-ui__filter-name').length == 5",
                                   timeout=20000)
            links = page.locator(".pagefind-ui__result-link")
            paths = {urlsplit(links.nth(i).get_attribute("href") or "").path for i in range(2)}
            assert paths == {"/archive/meetings/2020/02/10/japan-norway-summit-meeting/",
                             "/archive/meetings/2020/02/10/japan-portugal-telephone-talk/"}, "one from each shard"
            facets = page.locator(".pagefind-ui__filter-name").all_inner_texts()
            assert sorted(f.strip().lower() for f in facets) == sorted(search.FACETS)
            assert page.locator("label[for=search-input]").inner_text() == "Search the readouts"
        finally:
            browser.close()


def test_an_archive_without_meetings_builds_and_says_there_is_nothing_to_search(
    site: Path, build: Callable[..., BuildReport]
) -> None:
    shutil.rmtree(site / "content" / "meetings")
    (site / "content" / "meetings").mkdir()
    build()
    assert "There is nothing to search yet." in (site / "public" / "pagefind" / "1" / "pagefind-ui.js").read_text()
