"""The persistent build cache, ``.readouts-cache/`` under the site root: what earlier builds computed.

Every entry is keyed by hashes of exactly what it was computed from, so the cache can make
a build faster but never different:

- ``parsed/<xx>.pickle``: meeting files split, front matter parsed and Markdown rendered,
  by the SHA-256 of each file's bytes. Each shard is stamped with a fingerprint of the code
  that parses (``content.py`` and the package modules it imports) and the library versions.
- ``state-<output>.pickle``: the last successful build into one output folder (the dev
  server builds into a temporary folder of its own, and keeps a copy in memory,
  ``StateMemo``): a fingerprint of every input (content,
  templates, static files, configuration, code, build options); a stat index of the input
  files (size, mtime, ctime, inode -> SHA-256) so unchanged files need not be read; the
  output manifest (``Manifest``, kept as columns), for every file written, the fingerprint
  of what it was rendered from, the meetings that fingerprint stood on, and the hash, size
  and mtime of its bytes (see ``write.py``); and, pickled apart and read only by a build
  that goes on to plan, each meeting's shape (``changes.py``) and what ``recall`` kept,
  results of pure functions by a hash of their whole argument. Stamped with a fingerprint
  of the code a build runs, so any change to that code starts the pages afresh.

A cache file that is missing, unreadable, corrupt, of another format or from other code is
ignored and rewritten, never trusted and never fatal; a cache that cannot be written (a full
disk) leaves the build successful. ``build --clean`` reads nothing from the cache and writes
it anew. The files are pickles: trust a cache folder as you trust the site's templates.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import logging
import os
import pickle
import time
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeVar

from generator.changes import Readouts
from generator.content import ParsedFile, parse_files, read_files
from generator.errors import ContentError
from generator.fingerprint import code_fingerprint, combine
from generator.transaction import remove

log = logging.getLogger(__name__)

FORMAT = b"readouts-cache 1\n"
STATES_KEPT = 8
PARSED = "parsed"
COMPILED = "templates"
NOT_BUILD_CODE = ("ingest/", "serve.py", "cli.py", "check.py", "__main__.py")
"""Code a build does not run: editing the importer or the dev server leaves the cache valid. (Listing
what is left out, not what is in, keeps a new module covered; reading imports to find what a build
runs took longer than a whole unchanged build's other work.)"""
_RACY_NS = 2_000_000_000
"""A file changed this close to the scan that indexed it is hashed again next time (as git does)."""

_NO_PATH = Path()
"""Stored in place of each parsed file's path, which the build knows anyway: one shared object pickles once,
where making 10,000 paths again on loading took a quarter of a second."""

UNREADABLE = "unreadable"
"""The hash of a file that could not be read (the load then reports it)."""

T = TypeVar("T")

FileStat = tuple[int, int, int, int]
"""``(size, mtime_ns, ctime_ns, inode)``: a file is unchanged while all four are."""


class OutputRecord(NamedTuple):
    """One file of the last output (a NamedTuple: tens of thousands are pickled per build)."""

    key: str | None
    """Fingerprint of what the file was rendered from; None when that could not be fingerprinted."""
    sha: str
    size: int
    mtime_ns: int
    sources: tuple[int, ...] | None = None
    """The meetings ``key`` stood on, by number (``changes.Stock``); None when unknown."""


class Manifest(Mapping[str, OutputRecord]):
    """The last output's manifest as the state file keeps it: a column per field, not a record per file, so
    reading it back makes a few large objects instead of half a million small ones (unpickling the state of
    a 10,000-meeting build took 0.12 s with a record per file, 0.02 s with columns). A file's record is made
    when asked for.
    """

    def __init__(self, columns: Sequence[object]) -> None:
        """From ``columns()``'s tuple; ValueError when it is not one."""
        paths, keys, shas, sizes, mtimes, counts, numbers = columns
        if (not isinstance(paths, str) or not isinstance(keys, str) or not isinstance(shas, str)
                or not isinstance(sizes, bytes) or not isinstance(mtimes, bytes) or not isinstance(counts, bytes)
                or not isinstance(numbers, bytes)):
            raise ValueError("not a manifest")
        self._paths, self._keys, self._shas = (text.split("\0") if paths else [] for text in (paths, keys, shas))
        self._sizes, self._mtimes = array("q", sizes), array("q", mtimes)
        self._counts, self._numbers = array("i", counts), array("i", numbers)
        lengths = {len(self._paths), len(self._keys), len(self._shas), len(self._sizes), len(self._mtimes),
                   len(self._counts)}
        if len(lengths) != 1 or sum(max(0, c) for c in self._counts) != len(self._numbers):
            raise ValueError("not a manifest")
        self._index = dict(zip(self._paths, range(len(self._paths)), strict=True))
        self._starts = array("q", itertools.accumulate((max(0, c) for c in self._counts), initial=0))

    def __getitem__(self, relative: str) -> OutputRecord:
        i = self._index[relative]
        count = self._counts[i]
        sources = None if count < 0 else tuple(self._numbers[self._starts[i]:self._starts[i] + count])
        return OutputRecord(self._keys[i] or None, self._shas[i], self._sizes[i], self._mtimes[i], sources)

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def stats(self) -> Iterator[tuple[str, int, int]]:
        """Each file's path, size and modification time, without making its record."""
        return zip(self._paths, self._sizes, self._mtimes, strict=True)

    @staticmethod
    def columns(records: Mapping[str, OutputRecord]) -> tuple[object, ...]:
        """``records`` as the state file keeps them (what ``Manifest`` is made from)."""
        made = records.values()
        return ("\0".join(records), "\0".join(r.key or "" for r in made), "\0".join(r.sha for r in made),
                array("q", (r.size for r in made)).tobytes(), array("q", (r.mtime_ns for r in made)).tobytes(),
                array("i", (-1 if r.sources is None else len(r.sources) for r in made)).tobytes(),
                array("i", itertools.chain.from_iterable(r.sources for r in made if r.sources)).tobytes())


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Inputs:
    """Every input file of a build by content hash, and the fingerprints made of them."""

    files: Mapping[str, str]
    """``label/relative path`` -> SHA-256 of the bytes, for content, templates, static and site.toml."""
    stats: Mapping[str, tuple[FileStat, str]]
    scanned_ns: int
    fingerprint: str
    """Everything a build's output depends on: files, configuration, code, options."""
    templates: str
    """The template files alone: part of every page's key."""


@dataclass(slots=True)
class ParseMemo:
    """The parsed meeting files of the last build, kept in memory by a process that builds again and again
    (the dev server): reading the parse cache back from disk is a fifth of a second at 10,000 meetings.

    Only files of the last build are kept (an edited file's old version is let go of), so it holds what
    the meetings of one build hold. Entries are keyed by content hash, like the disk cache.
    """

    parsed: dict[str, ParsedFile] = field(default_factory=dict)
    shards: dict[str, frozenset[str]] = field(default_factory=dict)
    """Which files each shard file of the disk cache holds, as last written or read."""


@dataclass(slots=True)
class StateMemo:
    """The last build's state as it wrote it, kept in memory by a process that builds again and again (the
    dev server), so that the next build need not read it back while the state file is still the one it
    wrote (another build into the same folder writes another)."""

    stamp: str = ""
    """The state file and code fingerprint the state belongs to."""
    written: FileStat | None = None
    """The state file's stat after it was written."""
    state: dict[str, object] = field(default_factory=dict)


class BuildCache:
    """The cache as one build sees it: read once at the start, written after a successful build."""

    def __init__(self, directory: Path, output_dir: Path, *, clean: bool, memo: ParseMemo | None = None,
                 kept: StateMemo | None = None) -> None:
        self.directory = directory
        self.clean = clean
        self.code = code_fingerprint(leaving_out=NOT_BUILD_CODE)
        self._state_file = directory / f"state-{combine(str(output_dir.resolve()))}.pickle"
        self._kept = kept
        self._stamp = f"{self._state_file}\0{self.code}"
        state: object
        if (kept is not None and not clean and kept.stamp == self._stamp
                and kept.written == _file_stat(self._state_file)):
            state = kept.state  # the state file is the one this process wrote: no need to read it back
        else:
            state = None if clean else read_blob(self._state_file, self.code.encode())
        self._state: dict[str, object] = state if isinstance(state, dict) else {}
        self._recalled: dict[str, tuple[str, object]] = {}
        self._memo = memo if memo is not None and not clean else None
        self._shards: dict[str, frozenset[str]] = dict(self._memo.shards) if self._memo else {}
        self._parsed: dict[str, ParsedFile] = {}
        self._scanned: dict[str, str] = {}
        """The SHA-256 of every input file the last ``scan`` hashed or recognised, by path."""

    def recall(self, name: str, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, or what it returned in the last build when ``key`` is the same.

        For a pure function of plain data whose whole argument ``key`` is a hash of (the code is
        covered by the state's stamp). The result is kept for the next build only if this one succeeds.
        """
        found = self._later.get("recalled")
        entry = found.get(name) if isinstance(found, dict) else None
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key:  # noqa: PLR2004 - (key, value)
            value: T = entry[1]
        else:
            value = compute()
        self._recalled[name] = (key, value)
        return value

    def last_readouts(self) -> Readouts | None:
        """What the last build's inputs were, to tell which readouts alone changed (``changes.py``)."""
        found = self._later.get("readouts")
        return found if isinstance(found, Readouts) else None

    def scan(self, roots: Mapping[str, Path], settings: str) -> Inputs:
        """Hash every input file (reusing the hash of files whose stat is unchanged) and fingerprint it all."""
        old = self._state.get("stats")
        previous = old if isinstance(old, dict) else {}
        before = self._state.get("scanned_ns")
        trusted_before = (before if isinstance(before, int) else 0) - _RACY_NS
        scanned_ns = time.time_ns()
        stats: dict[str, tuple[FileStat, str]] = {}
        for label, root in roots.items():
            for key, path, stat in _walk(label, root):
                known = previous.get(key)
                if isinstance(known, tuple) and len(known) == 2 and known[0] == stat and stat[2] < trusted_before:
                    stats[key] = (stat, str(known[1]))
                else:
                    stats[key] = (stat, _sha256(path))
                if stats[key][1] != UNREADABLE:
                    self._scanned[path] = stats[key][1]
        return _inputs(stats, scanned_ns, settings, self.code)

    def rescan(self, inputs: Inputs, roots: Mapping[str, Path], settings: str, changed: Sequence[Path]) -> Inputs:
        """``inputs`` with the files the build itself wrote (the URL ledger) hashed again."""
        stats = dict(inputs.stats)
        for label, root in roots.items():
            for path in changed:
                if path.is_file() and path.is_relative_to(root):
                    key = f"{label}/{path.relative_to(root).as_posix()}"
                    stats[key] = (_stat(os.stat(path)), _sha256(path))
        return _inputs(stats, inputs.scanned_ns, settings, self.code)

    def compiled_templates(self) -> Path | None:
        """The folder where Jinja keeps the templates it compiled (``render.environment``), one per version of
        the generator's code, the others removed: Jinja knows an entry by the template's name and source, but the
        code's options (``trim_blocks``...) are compiled into it too. None with ``--clean`` or when it cannot
        be made (the templates are then compiled afresh, as without a cache)."""
        if self.clean:
            return None
        parent = self.directory / COMPILED
        folder = parent / self.code
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for other in parent.iterdir():
                if other != folder:
                    remove(other)
        except OSError as exc:
            log.debug("no compiled templates in %s: %s", parent, exc)
            return None
        return folder

    def last_report(self, inputs: Inputs, output_dir: Path) -> object | None:
        """The report of the last build when it had exactly these inputs and wrote to ``output_dir``."""
        if self._state.get("inputs") == inputs.fingerprint and self._state.get("output_dir") == str(output_dir):
            return self._state.get("report")
        return None

    def outputs(self, output_dir: Path) -> Mapping[str, OutputRecord] | None:
        """The manifest of the last output in ``output_dir``, or None when there is none to trust."""
        records = self._state.get("outputs")
        if self._state.get("output_dir") != str(output_dir):
            return None
        if isinstance(records, dict) and all(type(record) is OutputRecord for record in records.values()):
            return records  # kept in memory as they were made
        try:
            return Manifest(records) if isinstance(records, tuple) else None
        except ValueError:
            return None

    def parse(self, paths: Sequence[Path], errors: list[ContentError]) -> list[ParsedFile | ContentError]:
        """``content.parse_files`` for files not parsed before (by content hash); the rest from the cache.

        A file the scan hashed (``scan``) is known by that hash and read only if it was never
        parsed: after one edit, one file of 10,000 is read.
        """
        digests = {path: digest for path in paths if (digest := self._scanned.get(str(path)))}
        read = dict(read_files([path for path in paths if path not in digests], errors))
        digests.update((path, hashlib.sha256(raw).hexdigest()) for path, raw in read.items())
        remembered = self._memo.parsed if self._memo is not None else {}  # none with --clean
        cached = {digest: remembered[digest] for digest in digests.values() if digest in remembered}
        if not self.clean:
            cached.update(self._load_parsed([digest for digest in digests.values() if digest not in cached]))
        read.update(read_files([p for p, digest in digests.items() if digest not in cached and p not in read], errors))
        files = [(path, digests[path]) for path in paths if path in read or digests.get(path) in cached]
        fresh = iter(parse_files([(path, read[path]) for path, digest in files if digest not in cached]))
        results: list[ParsedFile | ContentError] = []
        for path, digest in files:
            found = cached.get(digest)
            item: ParsedFile | ContentError
            if found is None:
                item = next(fresh)
            else:
                item = found if found.path == path else dataclasses.replace(found, path=path)
            if isinstance(item, ParsedFile):
                self._parsed[item.digest] = item
            results.append(item)
        self.save_parsed()  # now, so the parsed files are let go of as soon as the meetings are made of them
        return results

    def save_parsed(self) -> None:
        """Keep what was parsed (valid whether or not the build goes on to succeed) and let go of it."""
        try:
            self._save_parsed()
        except OSError as exc:
            log.warning("could not write the build cache in %s (%s); the next build will be slower",
                        self.directory, exc.strerror or exc)
        if self._memo is not None:
            self._memo.parsed = dict(self._parsed)
            self._memo.shards = dict(self._shards)
        self._parsed.clear()

    def save(self, *, inputs: Inputs, output_dir: Path, outputs: Mapping[str, OutputRecord],  # noqa: PLR0913
             report: object, readouts: Readouts | None = None) -> None:
        """Record a successful build; a cache that cannot be written is only a slower next build."""
        later = {"readouts": readouts, "recalled": dict(self._recalled)}
        state = {"inputs": inputs.fingerprint, "stats": dict(inputs.stats), "scanned_ns": inputs.scanned_ns,
                 "output_dir": str(output_dir), "report": report, "outputs": Manifest.columns(outputs),
                 "later": pickle.dumps(later, protocol=pickle.HIGHEST_PROTOCOL)}
        try:
            write_blob(self._state_file, self.code.encode(), state)
            if self._kept is not None:
                self._kept.stamp, self._kept.written = self._stamp, _file_stat(self._state_file)
                self._kept.state = {**state, "outputs": outputs, "later": later}
            for old in sorted(self.directory.glob("state-*.pickle"), key=lambda p: -p.stat().st_mtime)[STATES_KEPT:]:
                old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not write the build cache in %s (%s); the next build will be slower",
                        self.directory, exc.strerror or exc)

    @functools.cached_property
    def _later(self) -> dict[str, object]:
        """What only a build that goes on to plan reads of the state (the last inputs' shapes, what ``recall``
        kept), stored pickled within it so that an unchanged build does not unpickle it."""
        found = self._state.get("later")
        if isinstance(found, bytes):
            try:
                found = pickle.loads(found)
            except Exception:  # noqa: BLE001 - a damaged part is ignored like a damaged file
                found = None
        return found if isinstance(found, dict) else {}

    @functools.cached_property
    def _parse_stamp(self) -> bytes:
        """The fingerprint of the parsing code, made only when parsing is needed (not for an unchanged site)."""
        return code_fingerprint(["generator.content"]).encode()

    def _load_parsed(self, digests: Sequence[str]) -> dict[str, ParsedFile]:
        found: dict[str, ParsedFile] = {}
        for shard in sorted({digest[:2] for digest in digests}):
            entries = read_blob(self.directory / PARSED / f"{shard}.pickle", self._parse_stamp)
            if isinstance(entries, dict) and all(isinstance(v, ParsedFile) for v in entries.values()):
                self._shards[shard] = frozenset(entries)
                found.update(entries)
        return found

    def _save_parsed(self) -> None:
        """Rewrite only the shards whose set of files changed; drop shards no file uses any more."""
        if not self._parsed:
            return
        folder = self.directory / PARSED
        wanted: dict[str, list[str]] = {}
        for digest in self._parsed:
            wanted.setdefault(digest[:2], []).append(digest)
        for shard, digests in wanted.items():
            if self._shards.get(shard) != frozenset(digests):  # only then are its files copied and written
                write_blob(folder / f"{shard}.pickle", self._parse_stamp,
                           {digest: dataclasses.replace(self._parsed[digest], path=_NO_PATH) for digest in digests})
                self._shards[shard] = frozenset(digests)
        for shard in set(self._shards) - set(wanted):
            del self._shards[shard]
        if folder.is_dir():
            for path in folder.iterdir():
                if path.stem not in wanted:
                    path.unlink(missing_ok=True)


def _inputs(stats: dict[str, tuple[FileStat, str]], scanned_ns: int, settings: str, code: str) -> Inputs:
    files = {key: digest for key, (_, digest) in sorted(stats.items())}
    templates = combine(*(f"{k}={v}" for k, v in files.items() if k.startswith("templates/")))
    return Inputs(files=files, stats=stats, scanned_ns=scanned_ns, templates=templates,
                  fingerprint=combine(code, settings, *(f"{k}={v}" for k, v in files.items())))


def _walk(label: str, root: Path) -> list[tuple[str, str, FileStat]]:
    """Every file under ``root`` (or ``root`` itself when it is a file) with its stat (strings, not Paths: faster)."""
    if root.is_file():
        return [(label, str(root), _stat(os.stat(root)))]
    found = []
    start = len(os.path.join(root, ""))
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found.append((f"{label}/{path[start:]}", path, _stat(stat)))
    return found


def _file_stat(path: Path) -> FileStat | None:
    try:
        return _stat(os.stat(path))
    except OSError:
        return None


def _stat(stat: os.stat_result) -> FileStat:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


def _sha256(path: str | Path) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return UNREADABLE


def read_blob(path: Path, stamp: bytes) -> object | None:
    """The object pickled in ``path`` under this format and ``stamp``; None for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = FORMAT + stamp + b"\n"
    if not data.startswith(head):
        return None
    try:
        value: object = pickle.loads(memoryview(data)[len(head):])
    except Exception as exc:  # noqa: BLE001 - a damaged cache file is ignored, whatever is wrong with it
        log.debug("ignoring damaged cache file %s: %s", path, exc)
        return None
    return value


def write_blob(path: Path, stamp: bytes, value: object) -> None:
    """Pickle ``value`` into ``path`` atomically (a crash never leaves half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as handle:
            handle.write(FORMAT + stamp + b"\n")
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
