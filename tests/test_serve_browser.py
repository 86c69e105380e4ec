"""``readouts serve`` in a real browser: Playwright drives the system's Chromium.

The page is opened once and never navigated by the test again: every change it shows
comes from a reload livereload asked for. Skips, saying why, without Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_server import CHROMIUM_ARGS, ServeProcess, chromium_or_skip

from generator.serve import BANNER_ID

pytestmark = pytest.mark.browser

MEETING = "meetings/2019/11/04/japan-norway-foreign-ministers-meeting/"
MEETING_FILE = "content/meetings/2019/2019-11-04-japan-norway-foreign-ministers-meeting.md"
WAIT_MS = 30_000
"""A bound on failure, not a measured time: each reload normally shows within a second."""


@pytest.fixture
def page(site: Path) -> Iterator[tuple[Any, ServeProcess, list[str]]]:
    """A Chromium page showing a meeting of the served fixture site, and its load events."""
    chromium = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    served = ServeProcess(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
            tab = browser.new_page()
            loads: list[str] = []
            tab.on("load", lambda loaded: loads.append(loaded.url))
            tab.goto(served.url + MEETING)
            yield tab, served, loads
            browser.close()
        assert served.interrupt() == 0, served.lines
        assert served.group_is_gone()
    finally:
        served.close()


def shows(tab: Any, text: str) -> None:
    """Wait until the page's text includes ``text``."""
    tab.wait_for_function("text => document.body.innerText.includes(text)", arg=text, timeout=WAIT_MS)


def test_the_open_page_reloads_itself_on_edits_and_shows_a_failed_build(
    site: Path, page: tuple[Any, ServeProcess, list[str]]
) -> None:
    tab, served, loads = page
    meeting = site / MEETING_FILE
    original = meeting.read_text()
    assert "Japan-Norway Foreign Ministers" in tab.inner_text("h1")

    meeting.write_text(original + "\nA sentence added while the page was open.\n")
    shows(tab, "A sentence added while the page was open.")
    assert len(loads) == 2 and loads[-1] == served.url + MEETING

    meeting.write_text(original.replace("title:", "titel:", 1) + "\nThis broken version must not show.\n")
    banner = tab.wait_for_selector(f"#{BANNER_ID}", timeout=WAIT_MS)
    assert banner is not None
    assert "unknown key 'titel'" in banner.inner_text() and MEETING_FILE in banner.inner_text()
    body = tab.inner_text("body")
    assert "A sentence added while the page was open." in body, "the last good content stays readable"
    assert "This broken version must not show." not in body

    for n in range(1, 11):  # python-livereload#154 and its 3-second rule: every edit must reload
        before = len(loads)
        meeting.write_text(original + f"\nEdit number {n} of ten.\n")
        shows(tab, f"Edit number {n} of ten.")
        assert len(loads) > before, f"edit {n} changed the page without a reload"
    assert tab.query_selector(f"#{BANNER_ID}") is None, "a good build clears the banner"
    assert tab.url == served.url + MEETING
