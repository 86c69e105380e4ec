"""Permalinks never break: the URL ledger (content/urls.txt), aliases and their redirect pages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree, html
from test_cli import MEETING_FILE, error_lines, run_cli, snapshot

from generator.build import build_site
from generator.config import load_config

OLD_URL = "/meetings/2019/11/04/japan-norway-foreign-ministers-meeting/"
NEW_ID = "2019-11-05-japan-norway-foreign-ministers-meeting"
NEW_FILE = f"content/meetings/2019/{NEW_ID}.md"
QA_HOME = Path(os.environ.get("QA_HOME", Path.home() / ".cache" / "readouts-qa"))
VNU = Path(os.environ.get("VNU_JAR", QA_HOME / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"))


def ledger(site: Path) -> list[str]:
    """The addresses in the site's ledger, in file order."""
    return [line for line in (site / "content" / "urls.txt").read_text().splitlines() if not line.startswith("#")]


def move_meeting(site: Path, aliases: str = "") -> None:
    """Correct the fixture meeting's date from 4 to 5 November: a new id, file and permalink."""
    old = site / MEETING_FILE
    text = old.read_text().replace("2019-11-04-japan-norway", "2019-11-05-japan-norway")
    text = text.replace("date: 2019-11-04", "date: 2019-11-05")
    if aliases:
        text = text.replace("review: []", f"review: []\naliases: {aliases}")
    (site / NEW_FILE).write_text(text)
    old.unlink()


def build(site: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run ``readouts build``; return its error lines (empty when it succeeded)."""
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert (result.exit_code == 0) == (not error_lines(result.stderr)), result.output
    return error_lines(result.stderr)


def test_the_first_build_records_every_permanent_url_and_only_those(site: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert not (site / "content" / "urls.txt").exists()
    assert build(site, monkeypatch) == []
    text = (site / "content" / "urls.txt").read_text()
    assert text.startswith("# Every permanent address this archive has published")
    assert ledger(site) == [
        *(f"/countries/{c}/{tail}" for c in ("japan", "norway", "portugal") for tail in ("", "feed.xml")),
        "/feed.xml",
        "/feeds/archive/1.xml",
        *(f"/issues/{i}/{tail}" for i in ("arctic", "economic-relations", "fisheries", "maritime-security")
          for tail in ("", "feed.xml")),
        OLD_URL,
        "/meetings/2020/02/10/japan-norway-summit-meeting/",
        "/meetings/2020/02/10/japan-portugal-telephone-talk/",
        *(f"/officials/{o}/{tail}" for o in ("aiko-tanaka", "jon-park", "lars-eriksen", "maria-costa")
          for tail in ("", "feed.xml")),
    ]
    modified = (site / "content" / "urls.txt").stat().st_mtime_ns
    assert build(site, monkeypatch) == []
    assert (site / "content" / "urls.txt").stat().st_mtime_ns == modified, "nothing new: the file is not rewritten"


def test_a_build_that_would_drop_a_url_fails_and_says_what_to_do(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(site, monkeypatch)
    before, recorded = snapshot(site / "public"), ledger(site)
    move_meeting(site)
    line = 4 + recorded.index(OLD_URL) + 1
    assert build(site, monkeypatch) == [
        f"Error: content/urls.txt:{line}: '{OLD_URL}' was published but no meeting has that address now: if the "
        f"meeting moved, add the address to the 'aliases' of its new file (perhaps {NEW_ID}.md?); to retire the "
        "address on purpose, delete this line"]
    assert snapshot(site / "public") == before and ledger(site) == recorded


def test_an_alias_keeps_the_old_url_alive_with_a_redirect_page(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(site, monkeypatch)
    move_meeting(site, aliases=f"['{OLD_URL}']")
    assert build(site, monkeypatch) == []
    assert OLD_URL in ledger(site) and "/meetings/2019/11/05/japan-norway-foreign-ministers-meeting/" in ledger(site)
    public = site / "public"
    page = html.fromstring((public / OLD_URL.strip("/") / "index.html").read_bytes())
    new = "../../../../../meetings/2019/11/05/japan-norway-foreign-ministers-meeting/"
    assert page.cssselect('meta[http-equiv="refresh"]')[0].get("content") == f"0; url={new}"
    assert page.cssselect('link[rel="canonical"]')[0].get("href") == (
        "https://archive.example.org/readouts/meetings/2019/11/05/japan-norway-foreign-ministers-meeting/")
    assert page.cssselect('meta[name="robots"]')[0].get("content") == "noindex"
    assert [a.get("href") for a in page.cssselect("main a")] == [new]
    assert (public / new.replace("../", "") / "index.html").is_file(), "the redirect leads to a real page"
    sitemap = {e.text for e in etree.parse(public / "sitemap.xml").iter("{*}loc")}
    assert not any(OLD_URL in loc for loc in sitemap), "a redirect is not a page to index"


@pytest.mark.parametrize(("alias", "written"), [
    ("/2019/11/old-readout.html", "2019/11/old-readout.html"),
    ("/old/readout", "old/readout/index.html"),
    ("/old/readout/", "old/readout/index.html"),
])
def test_aliases_from_earlier_sites_are_written_where_a_host_serves_them(
    site: Path, alias: str, written: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = site / MEETING_FILE
    meeting.write_text(meeting.read_text().replace("review: []", f"aliases: ['{alias}']"))
    assert build(site, monkeypatch) == []
    assert b'http-equiv="refresh"' in (site / "public" / written).read_bytes()
    assert alias in ledger(site)
    meeting.write_text(meeting.read_text().replace(f"aliases: ['{alias}']", "aliases: []"))
    [error] = build(site, monkeypatch)
    assert f"'{alias}' was published but would no longer be written" in error, "dropping an alias breaks a link too"


def test_retiring_a_url_on_purpose_is_deleting_its_line(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(site, monkeypatch)
    move_meeting(site)
    path = site / "content" / "urls.txt"
    path.write_text(path.read_text().replace(OLD_URL + "\n", ""))
    assert build(site, monkeypatch) == []
    assert OLD_URL not in ledger(site)
    assert not (site / "public" / OLD_URL.strip("/")).exists()


def test_removing_an_official_fails_for_its_page_and_its_feed(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(site, monkeypatch)
    registry = site / "content" / "officials.yaml"
    text = registry.read_text()
    registry.write_text(text[: text.index("jon-park:")])
    meeting = site / MEETING_FILE
    meeting.write_text(meeting.read_text().replace("mentioned:\n- jon-park\n", ""))
    errors = build(site, monkeypatch)
    assert [e.split(": ", 2)[2].split(" was", 1)[0] for e in errors] == [
        "'/officials/jon-park/'", "'/officials/jon-park/feed.xml'"]
    assert all("(an official, issue, country or alias was removed or renamed): put it back" in e for e in errors)


def test_pages_of_long_lists_come_and_go_freely(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = site / "site.toml"
    assert "page_size = 5\n" in toml.read_text()
    meetings = site / "content" / "meetings" / "2020"
    template = (meetings / "2020-02-10-japan-norway-summit-meeting.md").read_text()
    for day in range(11, 16):
        meeting_id = f"2020-02-{day}-japan-norway-summit-meeting"
        text = template.replace("2020-02-10-japan-norway-summit-meeting", meeting_id)
        (meetings / f"{meeting_id}.md").write_text(text.replace("date: 2020-02-10", f"date: 2020-02-{day}"))
    build(site, monkeypatch)
    assert (site / "public" / "meetings" / "page" / "2" / "index.html").is_file()
    assert not any("/page/" in url or url.count("/") < 3 for url in ledger(site) if url != "/feed.xml")
    assert not any(url.startswith(("/meetings/2020/", "/meetings/2020/02/")) and url.count("/") < 6
                   for url in ledger(site)), "no archive page by year, month or day"
    toml.write_text(toml.read_text().replace("page_size = 5", "page_size = 50"))
    assert build(site, monkeypatch) == []
    assert not (site / "public" / "meetings" / "page").exists()


def test_two_meetings_cannot_claim_one_old_address(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    second = "content/meetings/2020/2020-02-10-japan-norway-summit-meeting.md"
    for name in (MEETING_FILE, second):
        (site / name).write_text((site / name).read_text().replace("review: []", "aliases: [/old/]"))
    line = (site / second).read_text().splitlines().index("aliases: [/old/]") + 1
    assert build(site, monkeypatch) == [
        f"Error: {second}:{line}: alias '/old/' is also an alias of {MEETING_FILE}; an address redirects to one "
        "meeting"]


def test_a_malformed_ledger_line_is_an_error_with_its_line(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(site, monkeypatch)
    path = site / "content" / "urls.txt"
    path.write_text(path.read_text() + "meetings/no-leading-slash/\n")
    [error] = build(site, monkeypatch)
    assert error.startswith(f"Error: content/urls.txt:{len(path.read_text().splitlines())}: 'meetings/no-leading")


def test_a_preview_build_does_not_record_urls_but_still_guards_them(site: Path) -> None:
    build_site(load_config(site), record_urls=False)
    assert not (site / "content" / "urls.txt").exists(), "the dev server's builds publish nothing"


def test_redirect_pages_pass_the_nu_html_checker(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not VNU.is_file() or not shutil.which("java"):
        pytest.skip(f"the Nu Html Checker is not installed ({VNU}); see ../shared/qa/TOOLING.md")
    build(site, monkeypatch)
    move_meeting(site, aliases=f"['{OLD_URL}', /2019/old.html]")
    assert build(site, monkeypatch) == []
    pages = [site / "public" / OLD_URL.strip("/") / "index.html", site / "public" / "2019" / "old.html"]
    done = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--stdout", *map(str, pages)],
                          capture_output=True, text=True, timeout=300, check=False)
    messages = json.loads(done.stdout)["messages"]
    assert [m for m in messages if m["type"] == "error" or m.get("subType") == "warning"] == []
