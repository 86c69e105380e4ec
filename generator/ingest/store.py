"""Meeting files on disk: finding the file a source was imported to, minting ids, writing.

A re-imported source is recognised by the hash of its bytes, then by its URL, then by
its file name and date; its file is updated in place and keeps its id. Re-importing
bytes already imported leaves the file exactly as it is, hand edits included. When
the source's bytes changed, every field is extracted afresh except ``id`` and
``aliases`` (old URLs), which are kept.
"""

from __future__ import annotations

import datetime
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.documents import decode_text, format_document, parse_document
from generator.errors import ContentError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Existing:
    """A meeting file already in the content folder, with what identifies its source."""

    path: Path
    id: str
    date: datetime.date | None
    sha256: str | None
    file: str | None
    url: str | None
    aliases: tuple[Any, ...]
    participants: tuple[str, ...] = ()
    settled: bool = False
    """True when no review note questions its date: it can vouch for a sibling's year."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    """Existing meetings by source hash, URL, and file name."""

    by_sha: Mapping[str, Existing]
    by_url: Mapping[str, Existing]
    by_file: Mapping[str, tuple[Existing, ...]]
    ids: frozenset[str]
    meetings: tuple[Existing, ...] = ()


def index_meetings(meetings_dir: Path) -> tuple[Index, tuple[str, ...]]:
    """Read the front matter of every meeting file; unreadable ones are reported, not fatal."""
    found: list[Existing] = []
    warnings: list[str] = []
    for path in sorted(meetings_dir.rglob("*.md")) if meetings_dir.is_dir() else []:
        try:
            document = parse_document(decode_text(path.read_bytes(), path), path)
        except (ContentError, OSError) as exc:
            warnings.append(f"{path}: skipped while looking for earlier imports: {exc}")
            continue
        found.append(_existing(path, document.meta))
    return _build_index(found), tuple(warnings)


def _existing(path: Path, meta: Mapping[str, Any]) -> Existing:
    """What identifies one existing meeting file."""
    found = meta.get("source")
    source: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    aliases = meta.get("aliases")
    day = meta.get("date")
    people = meta.get("participants")
    review = meta.get("review")
    return Existing(path=path, id=str(meta.get("id") or path.stem),
                    date=day if isinstance(day, datetime.date) else None,
                    sha256=_text(source.get("sha256")), file=_text(source.get("file")),
                    url=_text(source.get("url")), aliases=tuple(aliases) if isinstance(aliases, list) else (),
                    participants=tuple(str(p["official"]) for p in people if isinstance(p, Mapping)
                                       and p.get("official")) if isinstance(people, list) else (),
                    settled=isinstance(review, list) and not any(
                        str(note).startswith(("date", "year")) for note in review))


def _text(value: object) -> str | None:
    """A string value, or None."""
    return str(value) if value else None


def _build_index(found: list[Existing]) -> Index:
    """Index existing meetings (first file wins when two claim the same source)."""
    by_sha: dict[str, Existing] = {}
    by_url: dict[str, Existing] = {}
    by_file: dict[str, list[Existing]] = {}
    ids = set()
    for item in found:
        ids.add(item.id)
        if item.sha256:
            by_sha.setdefault(item.sha256, item)
        if item.url:
            by_url.setdefault(item.url, item)
        if item.file:
            by_file.setdefault(item.file, []).append(item)
    return Index(by_sha=by_sha, by_url=by_url, by_file={k: tuple(v) for k, v in by_file.items()},
                 ids=frozenset(ids), meetings=tuple(found))


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """What identifies a source being imported: its bytes, URL, file name, date and title slug."""

    sha256: str
    url: str | None
    file: str
    day: datetime.date | None
    slug: str


def find_existing(index: Index, claim: Claim) -> Existing | None:
    """The file this source was imported to before, if any.

    The same bytes or the same URL identify a source. A file name alone is too common
    ("index.html") unless the date or the title (the id's slug) also agrees, so a corrected
    readout whose date changed keeps its id, while another folder's "001.txt" does not
    overwrite this one.
    """
    if claim.sha256 in index.by_sha:
        return index.by_sha[claim.sha256]
    if claim.url and claim.url in index.by_url:
        return index.by_url[claim.url]
    for item in index.by_file.get(claim.file, ()):
        if (item.url is None or claim.url is None) and (item.date == claim.day or item.id[11:] == claim.slug):
            return item
    return None


def mint_id(day: datetime.date, slug: str, taken: set[str]) -> str:
    """``YYYY-MM-DD-slug``, with ``-2``, ``-3`` ... when another meeting that day has the same title."""
    base = f"{day.isoformat()}-{slug}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def meeting_path(meetings_dir: Path, meeting_id: str) -> Path:
    """``meetings/YYYY/<id>.md``."""
    return meetings_dir / meeting_id[:4] / f"{meeting_id}.md"


def render_meeting(meeting_id: str, meta: Mapping[str, Any], body: str, aliases: tuple[Any, ...]) -> str:
    """The file's text: front matter in the contract's order, then the body."""
    ordered: dict[str, Any] = {"id": meeting_id, **meta}
    if aliases:
        ordered["aliases"] = list(aliases)
    return format_document(ordered, body)


def write_if_changed(path: Path, text: str, *, dry_run: bool) -> bool:
    """Write atomically when the bytes differ; True when they did (or would, in a dry run)."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    if dry_run:
        return True
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return True
