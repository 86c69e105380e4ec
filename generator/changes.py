"""What changed since the last build, when nothing but readouts did: which meeting files to look at again.

Most edits to an archive are to a readout's words or title. Such an edit changes the
meeting's own page and exports, and the pages that show the meeting (lists, feeds, its
neighbours' pages), and nothing else: no page is added or dropped, no meeting moves
between lists. A build that knows this need not fingerprint the tens of thousands of
other outputs. It knows it when everything but the readouts is as it was (templates, static files,
configuration, code, the officials and issues) and every meeting kept its *shape*: every
field but its title and readout, its file's path, and the meetings its readout names
(``crossrefs.py``), since those make "cited by" lists elsewhere (a meeting's new title can
change which meetings another, unchanged, readout names).

Each output's manifest entry (``cache.OutputRecord``) holds the meetings its fingerprint
stood on (``fingerprint.py``); the write stage reuses, without fingerprinting it, any
output none of whose meetings changed (``write.py``). An output known to show no readout,
only what the meetings' shapes and titles decide (the archive-wide exports), is reused
without even being made when no title changed either.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.archive import Archive
from generator.fingerprint import Fingerprinter, combine
from generator.models import Meeting

READOUT_FIELDS = frozenset({"title", "body", "body_html", "unlinked", "digest"})
"""A meeting's fields an edit of its title or words changes: what only the pages showing the meeting show
(a title also decides which meetings other readouts name: that is part of their shape)."""
_FIELDS = tuple(f.name for f in dataclasses.fields(Meeting) if f.name not in READOUT_FIELDS and f.name != "path")
"""What of a meeting its file's bytes decide, but its title and readout (the path is added to the shape apart: a file
moved elsewhere keeps its bytes)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Readouts:
    """What a build's inputs were, as the next build compares them."""

    others: str
    """Fingerprint of everything but the meeting files: code, configuration, templates, every other file."""
    meetings: Mapping[str, tuple[str, str, str, str]]
    """Each meeting's id -> (SHA-256 of its file's bytes, fingerprint of its fields but the title and readout,
    of its shape: those fields, its file's path and the meetings its readout names, of its title)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Stock:
    """What a build starts from: its inputs, and what of them changed since the last build."""

    readouts: Readouts
    numbers: Mapping[str, int]
    """Each meeting id's number, by which the manifest names the meetings an output shows (a short int pickles
    in three bytes where an id takes fifty, and the manifest holds a quarter of a million of them). The same
    while the archive holds the same meetings."""
    changed: frozenset[int] | None
    """The numbers of the meetings whose readout alone changed; None when anything else changed."""
    retitled: frozenset[int] | None = None
    """Those of ``changed`` whose title changed too (none: only words changed); None when ``changed`` is."""


def take_stock(archive: Archive, files: Mapping[str, str], content_dir: Path, site_key: str,
               last: Readouts | None) -> Stock:
    """This build's inputs, from the archive and the input files' hashes (``label/path`` -> SHA-256), and
    the meetings whose readout alone changed since ``last``.

    Every meeting's shape is compared, not only the changed ones': a meeting that moved to another day
    may now be named by a readout that did not change. The fields are fingerprinted again only for the
    files that changed. A meeting not made from a file (no digest) cannot be told apart from its last
    version: then nothing is known.
    """
    others = others_fingerprint(archive, files, content_dir, site_key)
    before = last.meetings if last is not None else {}
    fingerprints = Fingerprinter()
    meetings = {}
    for meeting in archive.meetings:
        found = before.get(meeting.id)
        if found is not None and meeting.digest and found[0] == meeting.digest:
            fields, title = found[1], found[3]  # the same file: the same fields and title
        else:
            fields, title = _fields(meeting, fingerprints), combine(meeting.title)
        named = dict.fromkeys(r.target for r in archive.references.get(meeting.id, ()))
        meetings[meeting.id] = (meeting.digest, fields, combine(fields, str(meeting.path), *named), title)
    numbers = {meeting_id: number for number, meeting_id in enumerate(sorted(meetings))}
    readouts = Readouts(others=others, meetings=meetings)
    if last is None or last.others != others or any(not m.digest for m in archive.meetings):
        return Stock(readouts=readouts, numbers=numbers, changed=None)
    changed = _changed(before, meetings)
    if changed is None:
        return Stock(readouts=readouts, numbers=numbers, changed=None)
    return Stock(readouts=readouts, numbers=numbers, changed=frozenset(numbers[m] for m in changed),
                 retitled=frozenset(numbers[m] for m in changed if before[m][3] != meetings[m][3]))


def _changed(before: Mapping[str, tuple[str, str, str, str]], now: Mapping[str, tuple[str, str, str, str]]
             ) -> list[str] | None:
    """The ids of the meetings whose file changed, when the meetings are the same and every one kept its shape."""
    if before.keys() != now.keys():
        return None
    changed = []
    for meeting_id, (digest, _, shape, _) in now.items():
        old = before[meeting_id]
        if old[2] != shape:
            return None
        if old[0] != digest:
            changed.append(meeting_id)
    return changed


def others_fingerprint(archive: Archive, files: Mapping[str, str], content_dir: Path, site_key: str) -> str:
    """``Readouts.others``: the site key (code, configuration, templates) and every input file but the meetings'."""
    prefix = os.path.join(content_dir, "")
    mine = {f"content/{str(m.path).removeprefix(prefix)}" for m in archive.meetings}
    return combine(site_key, *(f"{key}={digest}" for key, digest in files.items() if key not in mine))


def _fields(meeting: Meeting, fingerprints: Fingerprinter) -> str:
    """Every field of the meeting but its title, its readout and its file's path."""
    found = fingerprints.of(tuple(getattr(meeting, name) for name in _FIELDS))
    return found if found is not None else f"unknown {meeting.digest}"  # a changed file then changes shape
