"""Importing raw readouts (.txt, .html) into front-mattered Markdown meeting files.

The stages, each in its own module: ``sources`` finds and decodes files, ``html``
(the one home of Beautiful Soup) reduces pages to text, ``clean`` separates page
furniture from the readout, ``extract`` reads one readout into a draft, ``assemble``
ties drafts to the import as a whole (dates, people, issues), ``store`` and
``registry`` write meeting files and ``officials.yaml``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from generator.errors import ContentError
from generator.ingest.assemble import Plan, assemble, date_evidence, principal_people, with_ids
from generator.ingest.extract import Draft, draft_readout
from generator.ingest.people import Person
from generator.ingest.registry import Registry, load_registry, merge_officials, same_new_people, write_registry
from generator.ingest.sources import RawText, discover_sources, read_source
from generator.ingest.store import (
    Claim,
    Index,
    find_existing,
    index_meetings,
    meeting_path,
    mint_id,
    render_meeting,
    write_if_changed,
)
from generator.ingest.vocabulary import EMPTY, Vocabulary, load_vocabulary
from generator.ingest.years import DateDecision, decide_date
from generator.parallel import available_cores, run_shares

__all__ = ["ImportReport", "import_sources"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 200
"""Readouts from which reading and assembling them is shared among the cores: below it, forking costs
more than it saves (a readout takes about 2 ms)."""
CHUNK = 1000
"""Readouts per round of forked workers."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportReport:
    """What an import did, for the CLI to print."""

    imported: tuple[Path, ...]
    """New meeting files."""
    updated: tuple[Path, ...]
    """Existing files whose bytes changed."""
    unchanged: tuple[Path, ...]
    flagged: tuple[Path, ...]
    """Written files that carry review notes."""
    failed: tuple[ContentError, ...]
    warnings: tuple[str, ...]
    seconds: float


@dataclass(slots=True)
class _Outcome:
    """Collected while writing; turned into the frozen report at the end."""

    imported: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    flagged: list[Path] = field(default_factory=list)
    failed: list[ContentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_sources(sources: Sequence[Path], content_dir: Path, *, year: int | None = None,
                   dry_run: bool = False, on_progress: Progress | None = None) -> ImportReport:
    """Import readout files and folders into ``content_dir``; bad files are reported, not fatal."""
    start = time.monotonic()
    outcome = _Outcome()
    discovery = discover_sources(sources)
    outcome.failed.extend(discovery.failed)
    if discovery.skipped:
        outcome.warnings.append(f"skipped {discovery.skipped} files that are not .txt, .html or .htm")
    try:
        registry = load_registry(content_dir / "officials.yaml")
        vocabulary = _vocabulary(content_dir, outcome)
    except ContentError as exc:
        outcome.failed.append(exc)
        return _report(outcome, start)
    index, index_warnings = index_meetings(content_dir / "meetings")
    outcome.warnings.extend(index_warnings)
    # the drafts are let go of once planned: each plan carries its own copy of its draft from the worker
    plans = _plan_all(_draft_all(discovery.files, index, outcome, on_progress), registry, vocabulary, year,
                      _settled_years(index))
    _write_all(plans, index, content_dir, outcome, dry_run=dry_run)
    merged = merge_officials(registry.entries, [seen for plan in plans for seen in plan.seen])
    write_registry(content_dir / "officials.yaml", registry.entries, merged, dry_run=dry_run)
    return _report(outcome, start)


def _report(outcome: _Outcome, start: float) -> ImportReport:
    """Freeze the outcome."""
    return ImportReport(imported=tuple(outcome.imported), updated=tuple(outcome.updated),
                        unchanged=tuple(outcome.unchanged), flagged=tuple(outcome.flagged),
                        failed=tuple(sorted(outcome.failed, key=ContentError.sort_key)),
                        warnings=tuple(outcome.warnings), seconds=time.monotonic() - start)


def _vocabulary(content_dir: Path, outcome: _Outcome) -> Vocabulary:
    """The issues vocabulary, or none (with a warning) when the content folder has no issues.yaml."""
    path = content_dir / "issues.yaml"
    if not path.exists():
        outcome.warnings.append(f"{path}: not found, so no issues are matched; copy the default vocabulary there")
        return EMPTY
    return load_vocabulary(path)


def _draft_all(files: Sequence[Path], index: Index, outcome: _Outcome, on_progress: Progress | None,
               ) -> list[Draft]:
    """Read and parse every file; one failure does not stop the others; identical files import once.

    A source whose bytes were imported before is not parsed again: its file is left as it is.
    """
    fresh: list[RawText] = []
    first_of: dict[str, Path] = {}
    for path in files:
        try:
            raw = read_source(path)
        except ContentError as exc:
            outcome.failed.append(exc)
            continue
        outcome.warnings.extend(raw.warnings)
        if raw.sha256 in index.by_sha:
            outcome.unchanged.append(index.by_sha[raw.sha256].path)
        elif raw.sha256 in first_of:
            outcome.warnings.append(f"{path}: same bytes as {first_of[raw.sha256]}; imported once")
        else:
            first_of[raw.sha256] = path
            fresh.append(raw)
    skipped = len(files) - len(fresh)
    drafts: list[Draft] = []
    for made in _on_every_core(fresh, _draft_or_error, None if on_progress is None else
                               lambda done: on_progress(skipped + done, len(files))):
        if isinstance(made, ContentError):
            outcome.failed.append(made)
        else:
            drafts.append(made)
    if on_progress is not None and files and not fresh:
        on_progress(len(files), len(files))  # every file was imported before, or failed to read
    return drafts


def _draft_or_error(raw: RawText) -> Draft | ContentError:
    """The draft of one readout, or why it is not one (returned, so that a worker can send it back)."""
    try:
        return draft_readout(raw)
    except ContentError as exc:
        return exc


def _on_every_core(items: Sequence[T], work: Callable[[T], R], done: Callable[[int], None] | None = None,
                   ) -> list[R]:
    """``work`` on each item, in order; shared among the cores (``parallel.run_shares``, forked workers that
    send their results back pickled) when there are ``PARALLEL_FROM`` items or more, ``CHUNK`` items at a
    time so that a progress bar moves and no more than a chunk's results are in flight at once. ``done`` is
    told how many are done, after each item or each chunk."""
    workers = available_cores() if len(items) >= PARALLEL_FROM else 1
    made: list[R] = []
    if workers < 2:
        for item in items:
            made.append(work(item))
            if done is not None:
                done(len(made))
        return made
    for begin in range(0, len(items), CHUNK):
        part, _ = run_shares(items[begin:begin + CHUNK], partial(_each, work), workers=workers,
                             also=lambda number, workers: [])
        made.extend(part)
        if done is not None:
            done(len(made))
    return made


def _each(work: Callable[[T], R], share: Sequence[T]) -> list[R]:
    return [work(item) for item in share]


def _settled_years(index: Index) -> dict[str, list[tuple[int, int]]]:
    """Years of meetings already in the archive whose dates are not in question, by participant."""
    years: dict[str, list[tuple[int, int]]] = {}
    for number, meeting in enumerate(index.meetings, start=1):
        if meeting.settled and meeting.date is not None:
            for official in set(meeting.participants):
                years.setdefault(official, []).append((-number, meeting.date.year))
    return years


def _plan_all(drafts: list[Draft], registry: Registry, vocabulary: Vocabulary, year: int | None,
              years_by_official: dict[str, list[tuple[int, int]]]) -> list[Plan]:
    """Decide dates (stated ones first, so they can inform the rest), then assemble every draft.

    ``years_by_official`` starts with the archive's settled meetings; this import's are added.
    """
    people = [principal_people(draft, registry) for draft in drafts]
    decisions = [decide_date(date_evidence(d, p, year)) for d, p in zip(drafts, people, strict=True)]
    for number, (found, decision) in enumerate(zip(people, decisions, strict=True)):
        if decision.firm and decision.date is not None:
            for official in {person.id for person in found}:
                years_by_official.setdefault(official, []).append((number, decision.date.year))
    for number, (draft, found) in enumerate(zip(drafts, people, strict=True)):
        if not decisions[number].firm:
            siblings = _sibling_years(found, years_by_official, number)
            decisions[number] = decide_date(date_evidence(draft, found, year, siblings))
    plans = _on_every_core(list(zip(drafts, decisions, strict=True)), partial(_assemble_pair, registry, vocabulary))
    seen = [person for plan in plans for person in plan.seen]
    renamed = same_new_people(registry.entries, seen)
    names = {person.id: person.name for person in seen}
    return [with_ids(plan, renamed, names) for plan in plans]


def _assemble_pair(registry: Registry, vocabulary: Vocabulary, pair: tuple[Draft, DateDecision]) -> Plan:
    return assemble(pair[0], registry, vocabulary, pair[1])


def _sibling_years(found: list[Person], years_by_official: dict[str, list[tuple[int, int]]],
                   number: int) -> tuple[int, ...]:
    """Years of the other readouts (one each) that share a participant with this one."""
    years: dict[int, int] = {}
    for person in found:
        for other, other_year in years_by_official.get(person.id, ()):
            if other != number:
                years[other] = other_year
    return tuple(years.values())


def _write_all(plans: list[Plan], index: Index, content_dir: Path, outcome: _Outcome, *, dry_run: bool) -> None:
    """Write each plan to a new file or over the file its source was imported to before."""
    meetings_dir = content_dir / "meetings"
    taken = set(index.ids)
    for plan in plans:
        draft = plan.draft
        if plan.date is None:
            notes = plan.meta.get("review") or ()
            why = [note.partition(": ")[2] for note in notes if note.startswith(("date:", "year:"))]
            outcome.failed.append(ContentError(draft.path, f"no meeting date: {'; '.join(why or ['none found'])}"))
            continue
        existing = find_existing(index, Claim(sha256=draft.sha256, url=draft.url, file=draft.path.name,
                                              day=plan.date, slug=plan.slug))
        if existing is not None and existing.sha256 == draft.sha256:
            outcome.unchanged.append(existing.path)
            continue
        if existing is not None:
            meeting_id, path, aliases = existing.id, existing.path, existing.aliases
        else:
            meeting_id = mint_id(plan.date, plan.slug, taken)
            path, aliases = meeting_path(meetings_dir, meeting_id), ()
        taken.add(meeting_id)
        changed = write_if_changed(path, render_meeting(meeting_id, plan.meta, draft.markdown, aliases),
                                   dry_run=dry_run)
        _record(outcome, path, plan, new=existing is None, changed=changed)


def _record(outcome: _Outcome, path: Path, plan: Plan, *, new: bool, changed: bool) -> None:
    """Count one written (or unchanged) meeting file."""
    if new:
        outcome.imported.append(path)
    elif changed:
        outcome.updated.append(path)
    else:
        outcome.unchanged.append(path)
    if (new or changed) and plan.meta.get("review"):
        outcome.flagged.append(path)

