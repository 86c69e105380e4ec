"""What changed on disk: the dev server's watcher, and the one home of watchfiles.

The kernel says *when* and a look at the files says *what*. Folders are watched through
watchfiles (the Rust ``notify`` crate: inotify on Linux, FSEvents, ReadDirectoryChangesW), so
a save is noticed about 50 ms after it happens (the time notify waits for the rest of the
editor's writes), where looking every 0.35 s took 0.2 s on average and up to 0.4 s. What it
reports is then checked by stat, and a changed file is one whose modification time, size
or inode differs from the last look, or that appeared or went. The inode catches an editor's
atomic save (a new file renamed over the old one), which can keep the size and, on a coarse
clock, the time.

The kernel's word is not the only one, for three things it misses: a watched single file
(``site.toml``) replaced by an atomic save (a watch on that file stops seeing it after the
first time), so single files are looked at by stat every ``FILE_SECONDS``; a file reached
through a link, or a watched folder removed and made again, so every folder is looked
through again every ``BACKSTOP_SECONDS`` (at least fifty times the look's own cost: 35 ms
at 10,000 readouts); and a machine where notifications cannot start (no watches left:
``fs.inotify.max_user_watches``), where the watcher falls back to looking through every
folder every ``POLL_SECONDS`` (at least ten times the look's cost).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Generator, Iterable
from pathlib import Path

import watchfiles

log = logging.getLogger(__name__)
logging.getLogger("watchfiles").setLevel(logging.WARNING)  # it says "1 change detected" at INFO for each save

IGNORED_FOLDERS = frozenset({".git", ".hg", ".svn", "__pycache__"})
IGNORED_SUFFIXES = (".swp", ".swx", ".swo", "~", ".tmp")
"""Editors' swap, backup and temporary files: written while typing, never read by a build."""
NOTICE_STEP_MS = 50
"""Notify reports once this long passes with no further event: an editor's save (a new file, a rename) is one."""
FILE_SECONDS = 0.3
BACKSTOP_SECONDS = 2.0
POLL_SECONDS = 0.3
SETTLE_SECONDS = 0.1
"""Without notifications, a change seen is looked for again after this long, so one save of many files builds once."""

Stamp = tuple[int, int, int]
"""``(mtime_ns, size, inode)`` of a file."""
Notices = Generator[set[tuple[watchfiles.Change, str]], None, None]


class Watcher:
    """The watched files as of the last look; ``wait()`` blocks until some differ, ``changes()`` looks now.

    ``halt`` (set from another thread) ends a ``wait()`` early. Paths are reported with the
    watched folders' links resolved, as the kernel reports them.
    """

    def __init__(self, paths: Iterable[Path | str], halt: threading.Event | None = None) -> None:
        self._paths = tuple(os.path.realpath(path) for path in paths)
        self._halt = halt if halt is not None else threading.Event()
        started = time.monotonic()
        self._last = self._look()
        self._look_seconds = time.monotonic() - started
        folders = [path for path in self._paths if os.path.isdir(path)]
        self._notices, self._first = _notices(folders, self._halt) if folders else (None, set())

    @property
    def notified(self) -> bool:
        """Whether the kernel reports changes to the watched folders (else they are looked through)."""
        return self._notices is not None

    def changes(self) -> list[str]:
        """Paths changed, added or removed since the last look (sorted), and remember this look."""
        now = self._look()
        last, self._last = self._last, now
        if now == last:
            return []
        return sorted(path for path in now.keys() | last.keys() if now.get(path) != last.get(path))

    def wait(self) -> list[str]:
        """Block until something changed and return it (sorted), or return ``[]`` once ``halt`` is set."""
        if self._notices is not None:
            return self._wait_notified(self._notices)
        return self._wait_looking()

    def close(self) -> None:
        """Stop the kernel's notifications (a no-op when there are none)."""
        if self._notices is not None:
            self._notices.close()  # ends notify's thread
            self._notices = None

    def _wait_notified(self, notices: Notices) -> list[str]:
        backstop = time.monotonic() + max(BACKSTOP_SECONDS, 50 * self._look_seconds)
        while not self._halt.is_set():
            noticed: set[tuple[watchfiles.Change, str]] | None
            if self._first:
                noticed, self._first = self._first, set()
            else:
                try:
                    noticed = next(notices, None)
                except (OSError, RuntimeError) as exc:  # such as no watches left for a new folder
                    log.warning("File notifications stopped (%s): looking for changes every %.1fs instead",
                                exc, POLL_SECONDS)
                    self._notices = None
                    return self._wait_looking()
            if noticed is None:
                break
            changed = set(self._recheck(path for _, path in noticed))
            changed.update(self._recheck(path for path in self._paths if not os.path.isdir(path)))
            if time.monotonic() >= backstop:
                changed.update(self.changes())
                backstop = time.monotonic() + max(BACKSTOP_SECONDS, 50 * self._look_seconds)
            if changed:
                return sorted(changed)
        return []

    def _wait_looking(self) -> list[str]:
        while not self._halt.is_set():
            started = time.monotonic()
            changed = self.changes()
            pause = max(POLL_SECONDS, 10 * (time.monotonic() - started))
            if changed:
                self._halt.wait(SETTLE_SECONDS)
                return sorted({*changed, *self.changes()})
            self._halt.wait(pause)
        return []

    def _recheck(self, paths: Iterable[str]) -> list[str]:
        """Look again at these paths only (files, folders, or paths gone); what changed, remembered."""
        changed: list[str] = []
        for path in paths:
            if self._ignored(path):
                continue
            fresh: dict[str, Stamp] = {}
            if os.path.isdir(path) and not os.path.islink(path):
                _look_in(path, fresh)
            else:
                _stamp(path, fresh)
            if path in fresh and path in self._last:
                known = {path: self._last[path]}  # a file still there: no need to look for what it held
            else:
                prefix = os.path.join(path, "")
                known = {other: stamp for other, stamp in self._last.items()
                         if other == path or other.startswith(prefix)}
            for other in known.keys() | fresh.keys():
                if known.get(other) != fresh.get(other):
                    changed.append(other)
                    if other in fresh:
                        self._last[other] = fresh[other]
                    else:
                        del self._last[other]
        return changed

    def _ignored(self, path: str) -> bool:
        """Whether a path the kernel reported is one a look skips (or outside what is watched)."""
        for root in self._paths:
            if path == root:
                return False
            if path.startswith(os.path.join(root, "")):
                names = path[len(root) + 1:].split(os.sep)
                return names[-1].endswith(IGNORED_SUFFIXES) or not IGNORED_FOLDERS.isdisjoint(names)
        return True

    def _look(self) -> dict[str, Stamp]:
        stamps: dict[str, Stamp] = {}
        for path in self._paths:
            if os.path.isdir(path):
                _look_in(path, stamps)
            else:
                _stamp(path, stamps)
        return stamps


def _notices(folders: list[str], halt: threading.Event) -> tuple[Notices | None, set[tuple[watchfiles.Change, str]]]:
    """The kernel's reports of changes under ``folders`` (an empty set every ``FILE_SECONDS``) and the first
    report, which starts them (so nothing saved from now on is missed); no reports if they cannot start."""
    notices = watchfiles.watch(*folders, watch_filter=None, step=NOTICE_STEP_MS, rust_timeout=int(FILE_SECONDS * 1000),
                               yield_on_timeout=True, stop_event=halt, raise_interrupt=False)
    try:
        first = next(notices, set())
    except (OSError, RuntimeError) as exc:  # no watches left, or a file system without notifications
        log.warning("File notifications unavailable (%s): looking for changes every %.1fs instead", exc, POLL_SECONDS)
        return None, set()
    return notices, first


def _look_in(folder: str, stamps: dict[str, Stamp]) -> None:
    """Every file under ``folder`` but ignored ones, as a build's scan finds them: a linked file is followed,
    a linked folder is not (nor can a link loop make the look endless)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return  # removed meanwhile, or unreadable: its files count as gone
    for entry in entries:
        if entry.name in IGNORED_FOLDERS or entry.name.endswith(IGNORED_SUFFIXES):
            continue
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if is_folder:
            _look_in(entry.path, stamps)
        else:
            _stamp(entry.path, stamps)


def _stamp(path: str, stamps: dict[str, Stamp]) -> None:
    try:
        stat = os.stat(path)
    except OSError:
        return
    stamps[path] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
