"""``readouts check``: everything a build does except writing, so an archivist can check before publishing.

Reports every content error (all at once, as a build does), every permalink the build
would drop from the URL ledger, the first template error, and, as warnings, every
``review`` note the importer left for a person to check. Nothing is written: neither the
site nor the ledger.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.build import plan_site
from generator.config import SiteConfig
from generator.content import read_meeting_files
from generator.documents import decode_text, parse_document
from generator.errors import ContentError, ContentErrors, GeneratorError
from generator.ledger import LEDGER_FILE
from generator.models import Meeting
from generator.render import make_environment, render_all
from generator.urls import Urls

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckReport:
    """What a check found; the CLI prints it and exits 1 when there is an error."""

    files: int
    """Meeting files found."""
    meetings: int
    """Meetings that loaded (0 when any content error stopped the load)."""
    errors: tuple[GeneratorError, ...]
    warnings: tuple[ContentError, ...]
    new_urls: tuple[str, ...]
    """Permanent addresses the next build will add to the URL ledger."""
    ledger: Path


def check_site(config: SiteConfig) -> CheckReport:
    """Load, index, plan and render the site in memory; collect every problem instead of raising."""
    unread: list[ContentError] = []  # the load reports these too
    sources = read_meeting_files(config.content_dir, unread) if config.content_dir.is_dir() else []
    errors: tuple[GeneratorError, ...] = ()
    site = None
    try:
        site = plan_site(config)
        env = make_environment(config.templates_dir, Urls(config.base_url))
        collections.deque(render_all(site.specs, env), maxlen=0)
    except ContentErrors as exc:
        errors = exc.errors
    except GeneratorError as exc:
        errors = (exc,)
    return CheckReport(
        files=len(sources),
        meetings=len(site.archive.meetings) if site else 0,
        errors=errors,
        warnings=(*review_notes(sources), *unlinked_notes(site.archive.meetings if site else ())),
        new_urls=site.ledger.new if site else (),
        ledger=config.content_dir / LEDGER_FILE,
    )


def unlinked_notes(meetings: Iterable[Meeting]) -> Iterator[ContentError]:
    """Each relative link a readout lost because its file gives no source URL to resolve it against."""
    for meeting in meetings:
        for url in meeting.unlinked:
            yield ContentError(meeting.path, f"link '{url}' is relative and there is no source url to resolve "
                               "it against, so its text is shown without the link (add source.url, or write "
                               "the full address)")


def review_notes(sources: list[tuple[Path, bytes]]) -> Iterator[ContentError]:
    """Each ``review`` note of each meeting file, located at its ``review`` key, as a warning.

    Read from the files themselves, not from loaded meetings, so the notes of every file are
    listed even when another file's error stops the load.
    """
    for path, raw in sources:
        try:
            document = parse_document(decode_text(raw, path), path)
        except ContentError:
            continue  # the load reports it as an error
        notes = document.meta.get("review")
        if not isinstance(notes, list):
            continue
        line = document.lines.get("review")
        for note in notes:
            if isinstance(note, str) and note.strip():
                yield ContentError(path, f"review: {note.strip()}", line)
