"""What changed since the last build, when nothing but readouts did: which meeting files to look at again.

Most edits to an archive are to a readout's words. Such an edit changes the meeting's own
page and exports, and the pages that show the meeting (lists, feeds, its neighbours'
pages), and nothing else: no page is added or dropped, no meeting moves between lists. A
build that knows this need not fingerprint the tens of thousands of other outputs. It
knows it when everything but the readouts is as it was (templates, static files,
configuration, code, the officials and issues) and every changed meeting kept its *shape*:
every field but its readout, and the meetings its readout names (``crossrefs.py``), since
those make "cited by" lists elsewhere.

Each output's manifest entry (``cache.OutputRecord``) holds the meetings its fingerprint
stood on (``fingerprint.py``); the write stage reuses, without fingerprinting it, any
output none of whose meetings changed (``write.py``).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.archive import Archive
from generator.fingerprint import Fingerprinter, combine
from generator.models import Meeting

READOUT_FIELDS = frozenset({"body", "body_html", "unlinked", "digest"})
"""A meeting's fields an edit of its words changes."""
_SHAPE_FIELDS = tuple(f.name for f in dataclasses.fields(Meeting) if f.name not in READOUT_FIELDS)


@dataclass(frozen=True, slots=True, kw_only=True)
class Readouts:
    """What a build's inputs were, as the next build compares them."""

    others: str
    """Fingerprint of everything but the meeting files: code, configuration, templates, every other file."""
    meetings: Mapping[str, tuple[str, str]]
    """Each meeting's id -> (SHA-256 of its file's bytes, fingerprint of its shape)."""


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


def take_stock(archive: Archive, files: Mapping[str, str], content_dir: Path, site_key: str,
               last: Readouts | None) -> Stock:
    """This build's inputs, from the archive and the input files' hashes (``label/path`` -> SHA-256), and
    the meetings whose readout alone changed since ``last``.

    Only the changed meetings' shapes are fingerprinted when they all kept theirs: then the other
    meetings' readouts name the same meetings as before. Otherwise every shape is made afresh (a
    meeting that moved to another day may now be named by a readout that did not change). A meeting
    not made from a file (no digest) cannot be told apart from its last version: then nothing is known.
    """
    others = others_fingerprint(archive, files, content_dir, site_key)
    same_others = last is not None and last.others == others
    before = last.meetings if last is not None and same_others else {}
    numbers = {meeting_id: number for number, meeting_id in enumerate(sorted(m.id for m in archive.meetings))}
    fingerprints = Fingerprinter()
    shapes = {m.id: (m.digest, _shape(m, archive, fingerprints)) for m in archive.meetings
              if (found := before.get(m.id)) is None or found[0] != m.digest}
    if not (same_others and _all_kept(before, shapes, archive.meetings)):
        everything = {m.id: shapes.get(m.id) or (m.digest, _shape(m, archive, fingerprints)) for m in archive.meetings}
        return Stock(readouts=Readouts(others=others, meetings=everything), numbers=numbers, changed=None)
    return Stock(readouts=Readouts(others=others, meetings={**before, **shapes}), numbers=numbers,
                 changed=frozenset(numbers[meeting_id] for meeting_id in shapes))


def _all_kept(before: Mapping[str, tuple[str, str]], changed: Mapping[str, tuple[str, str]],
              meetings: Sequence[Meeting]) -> bool:
    """Whether the meetings are the last build's, each made from a file, the changed ones in their old shape."""
    if len(before) != len(meetings) or any(not m.digest for m in meetings):
        return False
    return all((found := before.get(name)) is not None and found[1] == shape for name, (_, shape) in changed.items())


def others_fingerprint(archive: Archive, files: Mapping[str, str], content_dir: Path, site_key: str) -> str:
    """``Readouts.others``: the site key (code, configuration, templates) and every input file but the meetings'."""
    prefix = os.path.join(content_dir, "")
    mine = {f"content/{str(m.path).removeprefix(prefix)}" for m in archive.meetings}
    return combine(site_key, *(f"{key}={digest}" for key, digest in files.items() if key not in mine))


def _shape(meeting: Meeting, archive: Archive, fingerprints: Fingerprinter) -> str:
    """Every field of the meeting but its readout (its file's path included), and the meetings its readout names."""
    named = tuple(dict.fromkeys(r.target for r in archive.references.get(meeting.id, ())))
    found = fingerprints.of((tuple(getattr(meeting, name) for name in _SHAPE_FIELDS), named))
    return found if found is not None else f"unknown {meeting.digest}"  # a changed file then changes shape
