"""The dev server's watcher sees every edit an archivist's editor can make, and nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.watch import Watcher


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "content" / "meetings").mkdir(parents=True)
    (tmp_path / "content" / "meetings" / "a.md").write_text("---\ntitle: A\n---\nOne.\n")
    (tmp_path / "site.toml").write_text('title = "Archive"\n')
    return tmp_path


def _watcher(site: Path) -> Watcher:
    return Watcher([site / "content", site / "site.toml"])


def _save_atomically(path: Path, text: str) -> None:
    """As most editors save: a new file renamed over the old one, here with the old time kept."""
    before = path.stat()
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.utime(partial, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(partial, path)


def test_nothing_changed_is_no_change(site: Path) -> None:
    watcher = _watcher(site)
    assert watcher.changes() == []


def test_an_edit_an_addition_and_a_removal_are_each_seen_once(site: Path) -> None:
    watcher = _watcher(site)
    meeting = site / "content" / "meetings" / "a.md"
    meeting.write_text("---\ntitle: A\n---\nOne. Two.\n")
    assert watcher.changes() == [str(meeting)]
    assert watcher.changes() == [], "a change is reported once"
    added = site / "content" / "meetings" / "b.md"
    added.write_text("new")
    meeting.unlink()
    assert watcher.changes() == sorted([str(added), str(meeting)])


def test_an_atomic_save_keeping_size_and_time_is_seen_every_time_even_of_a_single_watched_file(site: Path) -> None:
    watcher = _watcher(site)
    config = site / "site.toml"
    _save_atomically(config, 'title = "Archivo"\n')
    assert watcher.changes() == [str(config)]
    _save_atomically(config, 'title = "Archiva"\n')
    assert watcher.changes() == [str(config)], "the file replaced is still watched"


def test_editor_swap_files_and_version_control_folders_are_not_changes(site: Path) -> None:
    watcher = _watcher(site)
    (site / "content" / "meetings" / ".a.md.swp").write_text("swap")
    (site / "content" / "meetings" / "a.md~").write_text("backup")
    (site / "content" / ".git").mkdir()
    (site / "content" / ".git" / "index").write_text("git")
    assert watcher.changes() == []


def test_a_folder_linking_to_itself_is_not_followed(site: Path) -> None:
    (site / "content" / "loop").symlink_to(site / "content", target_is_directory=True)
    watcher = _watcher(site)
    (site / "content" / "meetings" / "a.md").write_text("edited")
    assert watcher.changes() == [str(site / "content" / "meetings" / "a.md")]


def test_a_watched_folder_that_disappears_and_returns_is_followed(site: Path) -> None:
    watcher = _watcher(site)
    (site / "content" / "meetings" / "a.md").unlink()
    (site / "content" / "meetings").rmdir()
    assert watcher.changes() == [str(site / "content" / "meetings" / "a.md")]
    (site / "content" / "meetings").mkdir()
    (site / "content" / "meetings" / "c.md").write_text("back")
    assert watcher.changes() == [str(site / "content" / "meetings" / "c.md")]
