"""The records every stage passes on: frozen, slotted, keyword-only, sequences as tuples.

A record is built complete in one function and never changed afterwards, so a stage can
trust what it is handed without ``assert x is not None`` guards (MkDocs' placeholder
pages are what this avoids).
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass
from pathlib import Path

MEETING_ID = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$")
"""A meeting id: its date, then a lowercase ASCII slug. Nothing in it can climb out of a folder."""

TERM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""An official, issue or country id: lowercase ASCII words joined by single hyphens."""

MEETING_TYPES = (
    "foreign ministers' meeting",
    "summit meeting",
    "telephone talk",
    "video conference",
    "courtesy call",
    "dinner meeting",
    "breakfast meeting",
    "working lunch",
    "strategic dialogue",
    "2+2 consultations",
    "multilateral session",
    "meeting",
)
"""The meeting types the archive knows (readouts-dev's list, plus plain ``meeting``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """A person present at a meeting, with the title they held on that day."""

    official: str
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where a readout came from, so a reader can check the archive against the original."""

    file: str
    sha256: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    """One meeting readout, loaded, validated and rendered."""

    id: str
    title: str
    date: datetime.date
    time: datetime.time | None = None
    timezone: str | None = None
    """``local``, ``Japan`` or a tz name: the zone ``time`` was stated in, when the text says."""
    duration_minutes: int | None = None
    location: str | None = None
    type: str | None = None
    section: str | None = None
    participants: tuple[Participant, ...] = ()
    mentioned: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    source: Source | None = None
    review: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    """Earlier URLs of this meeting; each gets a redirect page."""
    body: str = ""
    """The readout's Markdown, as stored."""
    body_html: str = ""
    """The body rendered and sanitised: safe to place in a page or a feed unescaped."""
    unlinked: tuple[str, ...] = ()
    """Relative links the body lost: without a source URL there was nothing to resolve them against."""
    path: Path = Path()
    """The Markdown file this meeting was loaded from (for error messages)."""
    digest: str = ""
    """SHA-256 of the file's bytes: the key every cache uses for this meeting."""
    official_ids: tuple[str, ...] = dataclasses.field(init=False, repr=False, compare=False)
    """Ids of the participants, in the order the readout names them: made once with the record, not
    on each of the 180,000 times a 10,000-meeting build asks for them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "official_ids", tuple(p.official for p in self.participants))

    @property
    def slug(self) -> str:
        """The id without its date: the last segment of the permalink."""
        return self.id[11:]

    def fingerprint_fields(self) -> tuple[object, ...]:
        """What determines this record, for ``fingerprint.py``: a loaded meeting is made from its file's
        bytes and path alone (by code the build cache fingerprints), so hashing its readout again for
        every page that shows it would be wasted; a meeting made otherwise (no digest) gives every field."""
        if self.digest:
            return ("file", self.digest, self.path)
        return tuple(getattr(self, field.name) for field in dataclasses.fields(self))

    def fingerprint_source(self) -> str | None:
        """What this record stands for, for ``fingerprint.py``'s sources (see ``changes.py``): a page showing
        this meeting is made again when its readout changes. None for a meeting not made from a file."""
        return self.id if self.digest else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Official:
    """A person, as recorded once in ``officials.yaml``."""

    id: str
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Issue:
    """A topic of the controlled vocabulary in ``issues.yaml``."""

    id: str
    label: str
    match: tuple[str, ...] = ()
    description: str | None = None
    broader: str | None = None


def newest_first(meeting: Meeting) -> tuple[int, int, str]:
    """Sort key: newest date first, then latest start time, ties broken by id (as Zola breaks ties)."""
    minutes = meeting.time.hour * 60 + meeting.time.minute if meeting.time else -1
    return (-meeting.date.toordinal(), -minutes, meeting.id)


def permanent_order(meeting: Meeting) -> tuple[datetime.date, str]:
    """Sort key: oldest date first, then id: the order archive feeds and exports keep.

    A meeting's place never moves when later meetings are added, and a start time
    corrected later cannot move it either.
    """
    return (meeting.date, meeting.id)
