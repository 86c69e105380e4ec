"""The dev server's watcher sees every edit an archivist's editor can make, and nothing else."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import watchfiles

from generator import watch
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


class _Waiting:
    """``Watcher.wait()`` in a thread, as the dev server runs it, ended by its halt if nothing comes."""

    def __init__(self, paths: list[Path]) -> None:
        self.halt = threading.Event()
        self.watcher = Watcher(paths, self.halt)

    def wait(self, act: Callable[[], object] = lambda: None, *, give_up: float = 10.0) -> list[str]:
        """Start waiting, do ``act``, and return what the wait returned (``[]`` if it gave up)."""
        result: list[list[str]] = []
        thread = threading.Thread(target=lambda: result.append(self.watcher.wait()))
        thread.start()
        act()
        thread.join(give_up)
        if thread.is_alive():
            self.halt.set()
            thread.join()
        return result[0]

    def __enter__(self) -> _Waiting:
        return self

    def __exit__(self, *exc: object) -> None:
        self.halt.set()
        self.watcher.close()


@pytest.fixture
def waiting(site: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Waiting]:
    """A waiting watcher that sees only what the kernel reports (its backstop look is not due)."""
    monkeypatch.setattr(watch, "BACKSTOP_SECONDS", 600)
    with _Waiting([site / "content", site / "site.toml"]) as waiting:
        yield waiting


def test_the_kernel_reports_edits_additions_and_removals_in_watched_folders(site: Path, waiting: _Waiting) -> None:
    assert waiting.watcher.notified, "inotify is available on this machine"
    meeting = site / "content" / "meetings" / "a.md"
    assert waiting.wait(lambda: _save_atomically(meeting, "---\ntitle: A\n---\nOne. Two.\n")) == [str(meeting)]
    folder = site / "content" / "meetings" / "2019"

    def add_folder() -> None:
        folder.mkdir()
        (folder / "b.md").write_text("new")
        (folder / "c.md").write_text("new")

    assert waiting.wait(add_folder) == [str(folder / "b.md"), str(folder / "c.md")]
    moved_away = site / "2019"  # out of the watched folders: the kernel names only the folder
    assert waiting.wait(lambda: folder.rename(moved_away)) == [str(folder / "b.md"), str(folder / "c.md")]
    assert waiting.wait(lambda: moved_away.rename(folder)) == [str(folder / "b.md"), str(folder / "c.md")]


def test_a_replaced_single_file_is_seen_each_time_while_waiting(site: Path, waiting: _Waiting) -> None:
    config = site / "site.toml"
    assert waiting.wait(lambda: _save_atomically(config, 'title = "Archivo"\n')) == [str(config)]
    assert waiting.wait(lambda: _save_atomically(config, 'title = "Archiva"\n')) == [str(config)]


def test_swap_files_do_not_end_a_wait_and_the_halt_does(site: Path, waiting: _Waiting) -> None:
    def type_in_an_editor() -> None:
        (site / "content" / "meetings" / ".a.md.swp").write_text("swap")
        (site / "content" / "meetings" / "a.md~").write_text("backup")
        (site / "content" / ".git").mkdir()
        (site / "content" / ".git" / "index").write_text("git")

    assert waiting.wait(type_in_an_editor, give_up=1.5) == []
    assert waiting.halt.is_set()


def test_a_linked_file_is_seen_by_the_backstop_look(site: Path, tmp_path_factory: pytest.TempPathFactory,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watch, "BACKSTOP_SECONDS", 0.5)
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "shared.md"
    elsewhere.write_text("one")
    (site / "content" / "meetings" / "shared.md").symlink_to(elsewhere)
    with _Waiting([site / "content"]) as waiting:
        linked = site / "content" / "meetings" / "shared.md"
        assert waiting.wait(lambda: elsewhere.write_text("two, longer")) == [str(linked)]


def test_without_notifications_the_watcher_looks_every_so_often(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    def no_watches_left(*paths: str, **options: object) -> Iterator[set[object]]:
        raise OSError(28, "inotify watch limit reached")
        yield set()

    monkeypatch.setattr(watchfiles, "watch", no_watches_left)
    with _Waiting([site / "content", site / "site.toml"]) as waiting:
        assert not waiting.watcher.notified
        assert "looking for changes every" in caplog.text
        meeting = site / "content" / "meetings" / "a.md"
        assert waiting.wait(lambda: meeting.write_text("edited")) == [str(meeting)]


def test_notifications_failing_later_give_way_to_looking(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    def watches_run_out(*paths: str, **options: object) -> Iterator[set[object]]:
        yield set()
        raise RuntimeError("no watches left for a new folder")

    monkeypatch.setattr(watchfiles, "watch", watches_run_out)
    with _Waiting([site / "content"]) as waiting:
        assert waiting.watcher.notified
        meeting = site / "content" / "meetings" / "a.md"
        assert waiting.wait(lambda: meeting.write_text("edited")) == [str(meeting)]
        assert not waiting.watcher.notified
        assert "File notifications stopped" in caplog.text
