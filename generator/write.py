"""Stage 5, WRITE: render what changed into a staging folder, then put it in place in one step.

A build that fails at any point leaves the previous output exactly as it was; readers of
the output folder never see a half-written file. Only files whose bytes changed are
written: an unchanged file keeps its inode and modification time, so rsync-style deploys
stay quiet. With the manifest of the last output (``cache.py``), a page whose fingerprint
(template files, configuration, code, its own spec) is the one it was last written from,
and whose file is still as written, is not even rendered; when only readouts changed
(``changes.py``), an output showing none of the edited meetings is not even fingerprinted.

Putting in place: when most of the site changed (or the output is new), unchanged files are
hard-linked into the staged site and it is swapped in with two renames. When a few files
changed, each replaces its old version with one rename, the old versions kept aside until
all are in, so a failure midway puts every one of them back. A step that makes more files
from the written ones (the search index) runs before either, and its files join the
manifest like any other: a small edit never needs the whole site staged.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from generator.cache import Manifest, OutputRecord
from generator.errors import OutputError
from generator.fingerprint import Fingerprinter, combine
from generator.pages import LaterSpec, PageSpec, Planned
from generator.parallel import Started, run_shares, start
from generator.render import FileSpec, Output
from generator.steps import StagedSite, StagedStep, as_written, content_hash, intact, same_stat
from generator.transaction import link_unchanged, remove, replace_in_place, swap
from generator.urls import output_file

log = logging.getLogger(__name__)

STATIC_PREFIX = "static"
PARALLEL_FROM = 2000
"""Below this many outputs, forking a worker costs more than it saves."""
COLD_WEIGHT = 0.9
WARM_WEIGHT = 0.15
"""This process's share of the pages against a worker's, building afresh or reusing (measured at 10,000 meetings)."""
_PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*)?")
"""A site path whose parts are all plain names (none empty or starting with a dot), ending in a file or ``/``."""
AHEAD_FROM = 500
"""From this many meetings on, the exports are made by a forked child while this process plans the pages."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteReport:
    """What the write stage did."""

    files: int
    written: int
    """Files whose bytes changed or are new."""
    removed: int
    """Files of the previous output that no longer exist."""
    records: Mapping[str, OutputRecord] = field(default_factory=dict)
    """The manifest of the new output, for the cache."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Producer:
    """How outputs are made, and what of the last build may be reused."""

    render: Callable[[PageSpec], Output] | None = None
    previous: Mapping[str, OutputRecord] | None = None
    """The last output's manifest; None when there is none to trust (files are then compared byte by byte)."""
    site_key: str = ""
    """Fingerprint of the templates, configuration and code; empty: render every page."""
    workers: int = 1
    files: Callable[[], Iterable[Output | FileSpec]] | None = None
    """More outputs, made one at a time (never all in memory) in every worker, each keeping its own part:
    making them twice costs less than one process writing them all (file creation is the slow part)."""
    numbers: Mapping[str, int] = field(default_factory=dict)
    """Each meeting id's number, by which the manifest names the meetings an output shows (``changes.Stock``)."""
    changed: frozenset[int] | None = None
    """The meetings whose readout alone changed since ``previous``, by number: an output of ``previous``
    showing none of them is reused without being fingerprinted. None: look at every output."""
    retitled: frozenset[int] | None = None
    """Those of ``changed`` whose title changed too: when none did, a file showing no readout
    (``FileSpec.shows_readouts``) is kept without being made."""
    altered: frozenset[str] | None = None
    """The files of ``previous`` found no longer as written when the build began (``check_outputs``); None:
    each file is checked when it is reached."""


class _Made(NamedTuple):
    """One output after the produce step: where it goes, what it is, whether it was staged."""

    relative: str
    origin: str
    record: OutputRecord
    staged: bool


_Row = tuple[str, str, str | None, str, int, int, tuple[int, ...] | None, bool]
"""A ``_Made`` as a flat tuple, as workers send it back: pickling 50,000 named tuples (each calls back into
Python) took half a second at 10,000 meetings, plain tuples a tenth of that."""


def _row(made: _Made) -> _Row:
    return (made.relative, made.origin, *made.record, made.staged)


def _made(rows: Iterable[_Row]) -> list[_Made]:
    """The rows workers sent back, as records again."""
    return [_Made(relative, origin, OutputRecord(key, sha, size, mtime_ns, sources), staged)
            for relative, origin, key, sha, size, mtime_ns, sources, staged in rows]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Places:
    """Where a worker reads the last output and stages the new files."""

    output_dir: Path
    staging: Path
    producer: Producer

    @property
    def output_prefix(self) -> str:
        """The output folder as a string ending in a separator, to which relative paths are added."""
        return os.path.join(self.output_dir, "")

    def as_written(self, relative: str, previous: OutputRecord) -> bool:
        """Whether the last output's file at ``relative`` (``previous``, its record) is still as written."""
        return as_written(self.output_prefix, relative, previous, self.producer.altered)


@dataclass(frozen=True, slots=True)
class Ahead:
    """The further outputs (``Producer.files``) being made and staged by a forked child (``start_files``)."""

    child: Started[list[_Row]]
    staging: Path

    def stop(self) -> None:
        """After a failure before ``write_site``: end the child and remove what it staged (safe to call twice)."""
        self.child.stop()
        remove(self.staging)


def start_files(output_dir: Path, producer: Producer, meetings: int) -> Ahead | None:
    """Start making ``producer.files`` in a forked child, to be collected by ``write_site(ahead=...)``.

    Started as soon as the archive is indexed, the exports (a third of an edit's work at
    10,000 meetings) are made on the second core while this process plans the pages,
    instead of after. None when the site is too small to pay for the fork, or on one core;
    the caller must pass a started one to ``write_site`` or ``stop()`` it.
    """
    if producer.files is None or producer.workers < 2 or meetings < AHEAD_FROM:
        return None
    staging = _staging(output_dir)
    remove(staging)
    places = _Places(output_dir=output_dir, staging=staging, producer=producer)
    files = producer.files
    child = start(lambda: _produce(files(), places))
    return Ahead(child=child, staging=staging) if child is not None else None


def _staging(output_dir: Path) -> Path:
    """Where a build's new files are written before they are put in place."""
    return output_dir.with_name(f".{output_dir.name}.staging")


def write_site(  # noqa: PLR0913 - keyword-only options of one write
    outputs: Iterable[Output | Planned], static_dir: Path, output_dir: Path, *,
    step: StagedStep | None = None, producer: Producer | None = None, ahead: Ahead | None = None,
    pages_first: Callable[[], None] | None = None,
) -> WriteReport:
    """Write what changed of the outputs (specs are rendered here) and the static files, then put it in place.

    ``step`` runs once every output is written or found unchanged, before anything is put in
    place (the search index is built this way); if it raises, the staging folder goes and the
    output stays. ``ahead``: the further outputs, already being made (``start_files``) with
    the same producer; otherwise they are made here.

    ``pages_first`` (the dev server's): when there is a last output to build on, the outputs
    (pages, feeds) are put in place first, every other file of the last output kept as it was,
    then ``pages_first()`` is called; then the further files (``producer.files``: the data
    exports) are made in a forked child while the step runs, and both are put in place as a
    second transaction. A reader sees an edit as soon as its pages are written, not after the
    exports and the search index are made again; if the second part fails, the new pages stay,
    with the last exports and search index.
    """
    producer = producer or Producer()
    staging = _staging(output_dir)
    if ahead is None:
        remove(staging)
    try:
        jobs = [*_static_outputs(static_dir), *outputs]
        places = _Places(output_dir=output_dir, staging=staging, producer=producer)
        workers = producer.workers if len(jobs) >= PARALLEL_FROM else 1
        if pages_first is not None and producer.previous and ahead is None:
            return _pages_first(jobs, places, workers, step, pages_first)
        split = _split_files(producer, places) if ahead is None else {"also": _nothing, "weight": COLD_WEIGHT}
        rows, more = run_shares(jobs, partial(_produce, places=places), workers=workers, **split)
        made = _made(rows) + _made(more if ahead is None else ahead.child.result())
        if step is not None:
            made += _run_step(step, made, places)
        return _put_in_place(made, places)
    except OSError as exc:
        raise OutputError(f"cannot write the site to {output_dir}: {exc.strerror or exc} "
                          f"({exc.filename or output_dir}); the previous output is unchanged") from exc
    finally:
        if ahead is not None:
            ahead.child.stop()  # after a failure here the child may still be writing into the staging folder
        remove(staging)


def _put_in_place(made: Sequence[_Made], places: _Places, kept: Sequence[_Made] = ()) -> WriteReport:
    """Make the staged files and the unchanged ones the output, in one transaction; drop what the output lost.

    ``kept``: files of the last output carried over unverified (a pages-first write's first part).
    When only the changed files are moved in, they are not touched, and whatever makes them again
    next checks them; when the site is swapped whole, those no longer as written are left out.
    """
    output_dir, staging = places.output_dir, places.staging
    whole = not output_dir.is_dir()
    if not whole:
        records = _checked_unique([*made, *kept])
        stale = _stale(output_dir, places.producer.previous, records)
        staged = [m.relative for m in made if m.staged]
        whole = 2 * (len(staged) + len(stale)) > len(made) + len(kept)
    if whole:
        output = places.output_prefix
        made = [*made, *(m for m in kept if intact(output + m.relative, m.record))]
        records = _checked_unique(made)
        stale = _stale(output_dir, places.producer.previous, records)
        staged = [m.relative for m in made if m.staged]
        link_unchanged((m.relative for m in made if not m.staged), output_dir, staging)
        swap(staging, output_dir)
    else:
        replace_in_place(staging, output_dir, staged, stale)
    return WriteReport(files=len(records), written=len(staged), removed=len(stale), records=records)


def _pages_first(jobs: Sequence[Output | Planned], places: _Places, workers: int, step: StagedStep | None,
                 pages_first: Callable[[], None]) -> WriteReport:
    """``write_site`` for the dev server: the outputs in place first, then the further files and the step's.

    The exports (a third of an edit's work at 10,000 meetings) and the search index are what
    a reader looks at least while editing, so they follow the pages instead of holding them up.
    """
    producer = places.producer
    rows, _ = run_shares(jobs, partial(_produce, places=places), workers=workers, also=_nothing, weight=COLD_WEIGHT)
    made = _made(rows)
    first = _put_in_place(made, places, _kept(made, places))
    pages_first()
    made = [_Made(m.relative, m.origin, first.records[m.relative], False) for m in made]
    places = dataclasses.replace(places, producer=dataclasses.replace(producer, previous=first.records,
                                                                      altered=None))  # newer than the check
    files = producer.files
    child = start(lambda: _produce(files(), places)) if files is not None and workers > 1 else None
    try:
        from_step = _run_step(step, made, places) if step is not None else []
        more = child.result() if child is not None else _produce(files(), places) if files is not None else []
    finally:
        if child is not None:
            child.stop()  # does something only when the step failed
    second = _put_in_place([*made, *_made(more), *from_step], places)
    return WriteReport(files=second.files, written=first.written + second.written,
                       removed=first.removed + second.removed, records=second.records)


def _nothing(number: int, count: int) -> list[_Row]:
    """No further work for this process (``run_shares``'s ``also``)."""
    return []


def _kept(made: Sequence[_Made], places: _Places) -> list[_Made]:
    """The files of the last output that ``made`` does not replace, carried over as they are until the second
    part of a pages-first write makes them again or drops them (see ``_put_in_place``)."""
    new = {m.relative for m in made}
    previous = places.producer.previous or {}
    return [_Made(relative, "kept for now", record, False)
            for relative, record in previous.items() if relative not in new]


def _run_step(step: StagedStep, made: Sequence[_Made], places: _Places) -> list[_Made]:
    """Run ``step`` over the outputs; its new files are hashed (an unchanged one is left as it was)."""
    previous = places.producer.previous or {}
    site = StagedSite(records={m.relative: m.record for m in made}, staged={m.relative for m in made if m.staged},
                      staging=places.staging, output_dir=places.output_dir, previous=previous,
                      altered=places.producer.altered)
    files = step(site)
    found = [_Made(relative, "search index", previous[relative], False) for relative in files.kept]
    for relative in files.written:
        target = places.staging / relative
        data = target.read_bytes()
        if site.same_as_before(relative, data):
            target.unlink()  # the same bytes as before: keep the old file (its inode and mtime)
            found.append(_Made(relative, "search index", previous[relative], False))
            continue
        stat = target.stat()
        found.append(_Made(relative, "search index",
                           OutputRecord(None, content_hash(data), stat.st_size, stat.st_mtime_ns), True))
    return found


def _split_files(producer: Producer, places: _Places) -> dict[str, Any]:
    """How the workers share the further outputs (``Producer.files``) and the pages.

    With nothing to reuse, every worker makes them all and writes its part (writing dominates),
    and this process, which also merges the results, takes a little less of the pages. When
    most is reused, writing is rare: this process makes them alone while the others check pages.
    """
    files = producer.files or tuple
    if producer.previous is None:
        return {"also": lambda number, count: _produce(islice(files(), number, None, count), places),
                "weight": COLD_WEIGHT}
    return {"also": lambda number, count: _produce(files(), places) if number == 0 else [], "weight": WARM_WEIGHT}


def _produce(jobs: Iterable[Output | Planned | FileSpec], places: _Places) -> list[_Row]:
    """Fingerprint, render, hash and (when changed) stage each job; runs in every worker."""
    fingerprints = Fingerprinter()
    folders: set[Path] = set()
    return [_row(_make(job, places, fingerprints, folders)) for job in jobs]


def _make(job: Output | Planned | FileSpec, places: _Places, fingerprints: Fingerprinter, folders: set[Path]) -> _Made:
    """One output: reused when its key and file are unchanged, else rendered and staged if its bytes changed."""
    producer = places.producer
    relative = _checked(job.path)
    previous = producer.previous.get(relative) if producer.previous is not None else None
    found = _reused_or_made(job, relative, previous, places, fingerprints)
    if isinstance(found, _Made):
        return found
    output, key, sources = found
    sha = content_hash(output.data)
    if previous and previous.sha == sha and places.as_written(relative, previous):
        return _Made(relative, output.origin, previous._replace(key=key, sources=sources), False)
    if producer.previous is None and (same := _same_bytes(places.output_dir / relative, output.data)):
        return _Made(relative, output.origin, OutputRecord(key, sha, same.st_size, same.st_mtime_ns, sources), False)
    target = places.staging / relative
    if target.parent not in folders:  # several files share a folder: one mkdir, not one per file
        target.parent.mkdir(parents=True, exist_ok=True)
        folders.add(target.parent)
    target.write_bytes(output.data)
    stat = target.stat()
    return _Made(relative, output.origin, OutputRecord(key, sha, stat.st_size, stat.st_mtime_ns, sources), True)


def _reused_or_made(job: Output | Planned | FileSpec, relative: str, previous: OutputRecord | None, places: _Places,
                    fingerprints: Fingerprinter) -> _Made | tuple[Output, str | None, tuple[int, ...] | None]:
    """The last output's file when it stands as it is, else the output made, with its key and sources."""
    producer = places.producer
    if isinstance(job, Output):
        return job, None, None
    if isinstance(job, FileSpec) and not job.shows_readouts:
        if previous and producer.retitled == frozenset() and places.as_written(relative, previous):
            return _Made(relative, job.origin, previous, False)  # only words changed: it shows none
        return job.output(), None, None
    if previous and _unaffected(previous, producer.changed) and places.as_written(relative, previous):
        return _Made(relative, job.origin, previous, False)
    inputs = job.inputs() if isinstance(job, LaterSpec) else None
    key, sources = _key((job.path, job.template, inputs) if isinstance(job, LaterSpec) else job, producer,
                        fingerprints)
    if key and previous and previous.key == key and places.as_written(relative, previous):
        return _Made(relative, job.origin, previous._replace(sources=sources), False)
    if isinstance(job, LaterSpec):
        job = job.plan(inputs)
    if isinstance(job, FileSpec):
        return job.output(), key, sources
    if producer.render is None:
        raise OutputError(f"{job.origin}: a page to render, but no renderer was given")
    return producer.render(job), key, sources


def _key(fingerprinted: object, producer: Producer,
         fingerprints: Fingerprinter) -> tuple[str | None, tuple[int, ...] | None]:
    """What an output is made from, as a key for the manifest, and the meetings it shows, by number."""
    found = fingerprints.with_sources(fingerprinted) if producer.site_key else None
    if found is None:
        return None, None
    numbers = producer.numbers
    sources = tuple(numbers[name] for name in found[1] if name in numbers)
    return combine(producer.site_key, found[0]), sources if len(sources) == len(found[1]) else None


def _unaffected(previous: OutputRecord, changed: frozenset[int] | None) -> bool:
    """Whether the output ``previous`` records shows none of the changed meetings (and so is as it was)."""
    return changed is not None and previous.key is not None and previous.sources is not None and (
        changed.isdisjoint(previous.sources))


def _same_bytes(path: Path, data: bytes) -> os.stat_result | None:
    """The file's stat when it already holds exactly ``data``."""
    try:
        stat = os.stat(path)
        if stat.st_size == len(data) and path.read_bytes() == data:
            return stat
    except OSError:
        pass
    return None


def outputs_intact(output_dir: Path, records: Mapping[str, OutputRecord]) -> bool:
    """Every file of a manifest is still in the output as written: nothing to do for unchanged inputs."""
    prefix = os.path.join(output_dir, "")  # strings, not Paths: a Path costs more than the stat itself
    return bool(records) and all(same_stat(prefix + relative, size, mtime) for relative, size, mtime in
                                 _stats(records))


def check_outputs(output_dir: Path, records: Mapping[str, OutputRecord],
                  workers: int) -> Started[frozenset[str]] | None:
    """Start finding, in a forked child, the files of the last output no longer as written (``Producer.altered``).

    Every file the build reuses must be checked (its size and modification time); after one edit
    at 10,000 meetings that is 60,992 stats, 0.22 to 0.25 s of CPU (measured alone) in the render
    workers, the exports child and the search step, while the second core idles as this process
    loads and indexes the archive. Started as soon as the last manifest is read, the check runs then instead. None when
    the output is too small to pay for the fork, or on one core. The dev server does not start it:
    forking a process that keeps the last build in memory made its reload slower (1.37 to 1.86 s
    against 1.11 to 1.40 s at 10,000 meetings).
    """
    if workers < 2 or len(records) < PARALLEL_FROM:
        return None
    prefix = os.path.join(output_dir, "")
    return start(lambda: frozenset(relative for relative, size, mtime in _stats(records)
                                   if not same_stat(prefix + relative, size, mtime)))


def _stats(records: Mapping[str, OutputRecord]) -> Iterable[tuple[str, int, int]]:
    """Each file's path, size and modification time."""
    if isinstance(records, Manifest):
        return records.stats()
    return ((relative, record.size, record.mtime_ns) for relative, record in records.items())


def _checked_unique(made: Sequence[_Made]) -> dict[str, OutputRecord]:
    """The new manifest; two outputs at one path are an error, not an overwrite."""
    records: dict[str, OutputRecord] = {}
    origins: dict[str, str] = {}
    for item in made:
        if item.relative in records:
            raise OutputError(f"{item.relative} is produced twice: by {origins[item.relative]} and by {item.origin}")
        records[item.relative] = item.record
        origins[item.relative] = item.origin
    return records


def _stale(output_dir: Path, previous: Mapping[str, OutputRecord] | None, records: Mapping[str, OutputRecord]
           ) -> list[str]:
    """Files of the last output the new one drops (every file found there, when there is no manifest)."""
    if previous is not None:
        return sorted(relative for relative in previous if relative not in records)
    if not output_dir.is_dir():
        return []
    found = (os.path.relpath(os.path.join(folder, name), output_dir)
             for folder, _, names in os.walk(output_dir) for name in names)
    return sorted(relative for relative in found if relative not in records)


def _static_outputs(static_dir: Path) -> list[Output]:
    """The files of ``static/`` under ``/static/``, in a stable order."""
    if not static_dir.is_dir():
        return []
    return [
        Output(path=f"{STATIC_PREFIX}/{path.relative_to(static_dir).as_posix()}", data=path.read_bytes(),
               origin=str(path))
        for path in sorted(static_dir.rglob("*"))
        if path.is_file()
    ]


def _checked(site_path: str) -> str:
    """The output file of a site path, relative to the output folder; refuse any that would land outside it.

    A plain path (no empty, ``.`` or ``..`` part, nothing but letters, digits and ``._~-``: every
    path of a normal build) is already in the form ``PurePosixPath`` would give, and is checked by
    one match instead of being parsed (a fifth of a second for 50,000 outputs).
    """
    if _PLAIN_PATH.fullmatch(site_path):
        return site_path + "index.html" if site_path.endswith("/") or not site_path else site_path
    relative = output_file(site_path)
    if relative.is_absolute() or ".." in relative.parts or "\\" in site_path or not relative.parts:
        raise OutputError(f"refusing to write '{site_path}': it would land outside the output folder")
    return relative.as_posix()
