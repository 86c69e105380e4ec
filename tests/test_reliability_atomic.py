"""A build that fails while writing leaves the previous output byte for byte as it was.

Content, configuration and template failures stop before anything is written (see
test_errors.py). These are the failures of the write itself: a full disk, a file the
system refuses to grow, the swap into place failing, an interrupt, a path that is a file.
"""

from __future__ import annotations

import errno
import pathlib
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import MEETING_FILE, error_lines, run_cli, snapshot

from generator.build import build_site
from generator.config import load_config


def _edit_every_page(site: Path) -> None:
    """Change the site's title, so every page must be written anew."""
    toml = site / "site.toml"
    toml.write_text(toml.read_text().replace('title = "Fixture Archive"', 'title = "Renamed Archive"'))


@pytest.fixture
def before(site: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The fixture site built once, then edited so that the next build rewrites every page."""
    assert run_cli(site, "build", monkeypatch=monkeypatch).exit_code == 0
    _edit_every_page(site)
    return snapshot(site / "public")


def _assert_untouched(site: Path, before: dict[str, bytes]) -> None:
    """The previous output is intact and no staging or retired folder is left beside it."""
    assert snapshot(site / "public") == before
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".public") and p.name != ".public.search") == []


def test_a_full_disk_midway_leaves_the_old_site(site: Path, before: dict[str, bytes],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = pathlib.Path.write_bytes
    calls = []

    def fill_up(self: Path, data: bytes) -> int:
        calls.append(self)
        if len(calls) > 5:
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", fill_up)
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    [error] = error_lines(result.stderr)
    assert error.startswith("Error: cannot write the site to public: No space left on device (.public.staging/")
    assert error.endswith("); the previous output is unchanged")
    _assert_untouched(site, before)


def _limit_file_size() -> None:
    """In the child: no file may grow past 2,000 bytes (writes past it fail with EFBIG)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, 2_000))


def test_a_file_the_system_refuses_to_grow_leaves_the_old_site(site: Path, before: dict[str, bytes]) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=site, capture_output=True, text=True,
                            timeout=300, check=False, preexec_fn=_limit_file_size)
    assert result.returncode == 1, result.stdout + result.stderr
    [error] = error_lines(result.stderr)
    assert "File too large" in error and "the previous output is unchanged" in error
    assert "Traceback" not in result.stderr
    _assert_untouched(site, before)


def test_a_failed_swap_puts_the_old_site_back(site: Path, before: dict[str, bytes],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real = pathlib.Path.rename

    def refuse_staging(self: Path, target: str | Path) -> Path:
        if self.name == ".public.staging":
            raise OSError(errno.EXDEV, "Invalid cross-device link", str(self))
        return real(self, target)

    monkeypatch.setattr(pathlib.Path, "rename", refuse_staging)
    result = run_cli(site, "build", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    assert "Invalid cross-device link" in error_lines(result.stderr)[0]
    _assert_untouched(site, before)


def test_an_interrupted_build_leaves_the_old_site(site: Path, before: dict[str, bytes],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = pathlib.Path.write_bytes
    calls = []

    def interrupted(self: Path, data: bytes) -> int:
        calls.append(self)
        if len(calls) > 3:
            raise KeyboardInterrupt
        return real(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_site(load_config(site))
    _assert_untouched(site, before)


def test_an_output_folder_under_a_file_is_a_one_line_error(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (site / "not-a-folder").write_text("a file where a folder must go")
    result = run_cli(site, "build", "--output", "not-a-folder/public", monkeypatch=monkeypatch)
    assert result.exit_code == 1
    [error] = error_lines(result.stderr)
    assert error.startswith("Error: cannot write the site to not-a-folder/public: Not a directory")
    assert (site / "not-a-folder").read_text() == "a file where a folder must go"


def test_a_failed_build_never_records_its_urls(site: Path, before: dict[str, bytes],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = (site / "content" / "urls.txt").read_bytes()
    meeting = site / MEETING_FILE
    moved = meeting.with_name("2019-11-04-japan-norway-ministers-meeting.md")
    text = meeting.read_text().replace("japan-norway-foreign-ministers-meeting", "japan-norway-ministers-meeting")
    old_url = "/meetings/2019/11/04/japan-norway-foreign-ministers-meeting/"
    moved.write_text(text.replace("review: []", f"aliases: [{old_url}]"))
    meeting.unlink()
    monkeypatch.setattr(pathlib.Path, "write_bytes", _no_space)
    assert run_cli(site, "build", monkeypatch=monkeypatch).exit_code == 1
    assert (site / "content" / "urls.txt").read_bytes() == ledger, "only a written site's URLs are recorded"
    _assert_untouched(site, before)


def _no_space(self: Path, data: bytes) -> int:
    """A ``Path.write_bytes`` on a full disk."""
    raise OSError(errno.ENOSPC, "No space left on device", str(self))
