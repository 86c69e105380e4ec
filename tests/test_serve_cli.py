"""``readouts serve`` end to end, with the real build, in its own process (no browser)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from live_server import ServeProcess

from generator.serve import BANNER_ID

MEETING = "meetings/2019/11/04/japan-norway-foreign-ministers-meeting/"
MEETING_FILE = "content/meetings/2019/2019-11-04-japan-norway-foreign-ministers-meeting.md"


def get(url: str) -> tuple[int, str]:
    try:
        with urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def served(site: Path) -> Iterator[ServeProcess]:
    process = ServeProcess(site)
    yield process
    process.close()


def test_serves_the_site_built_for_its_own_address_and_leaves_public_alone(site: Path, served: ServeProcess) -> None:
    status, page = get(served.url + MEETING)
    assert status == 200 and "Japan-Norway Foreign Ministers" in page
    assert f'<link rel="canonical" href="{served.url}{MEETING}">' in page
    assert '<script src="/livereload.js" async></script>' in page
    on_disk = [path for path in served.output.rglob("*") if path.is_file()]
    assert len(on_disk) > 10
    assert not [path for path in on_disk if b"livereload" in path.read_bytes()], "the script is written to disk"
    assert not (site / "public").exists()


def test_unknown_addresses_get_the_sites_404_page(served: ServeProcess) -> None:
    status, page = get(served.url + "meetings/2019/11/04/no-such-meeting/")
    assert status == 404 and "<h1>Page not found</h1>" in page
    assert f'href="{served.url}meetings/"' in page, "the 404 page's absolute links point at the server"


def test_a_bad_edit_reports_in_the_terminal_and_page_and_a_fix_clears_it(site: Path, served: ServeProcess) -> None:
    meeting = site / MEETING_FILE
    good = meeting.read_text()
    meeting.write_text(good.replace("title:", "titel:", 1))
    error = served.wait_for_line(lambda line: line.startswith("Error:"))
    assert MEETING_FILE in error and "unknown key 'titel'; did you mean 'title'?" in error
    served.wait_for_line(lambda line: "still serving the last good site" in line)
    status, page = get(served.url + MEETING)
    assert status == 200 and "Japan-Norway Foreign Ministers" in page and BANNER_ID in page
    meeting.write_text(good.replace("Oslo", "Bergen"))
    served.wait_for_line(lambda line: line.startswith("Rebuilt after") and MEETING_FILE in line)
    page = get(served.url + MEETING)[1]
    assert "Bergen" in page and BANNER_ID not in page


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_ctrl_c_stops_cleanly_and_leaves_nothing_behind(site: Path, stop: signal.Signals) -> None:
    served = ServeProcess(site)
    try:
        served.process.send_signal(stop)
        assert served.process.wait(timeout=60) == 0, served.lines
        served.wait_for_line(lambda line: line == "Stopped.")
        assert served.group_is_gone()
        assert not served.output.parent.exists(), "the temporary site folder is left behind"
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", urlsplit(served.url).port or 0), timeout=5).close()
    finally:
        served.close()


def test_a_folder_that_is_not_a_site_root_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "serve", "--port", "0"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "site.toml: not found" in result.stderr
    assert "Traceback" not in result.stderr
