"""Stage 1, LOAD: read and validate every content file into records; all problems, then one raise."""

from __future__ import annotations

import difflib
import hashlib
import logging
import os
import re
import zoneinfo
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from generator.documents import Document, decode_text, parse_document
from generator.errors import ContentError, ContentErrors
from generator.fields import FieldReader
from generator.markup import Body, MarkdownRenderer, render_markdown
from generator.models import MEETING_ID, MEETING_TYPES, Issue, Meeting, Official, Participant, Source
from generator.registries import ISSUES_FILE, OFFICIALS_FILE, load_issues, load_officials

log = logging.getLogger(__name__)

MEETINGS_DIR = "meetings"
MEETING_KEYS = (
    "id", "title", "date", "time", "timezone", "duration_minutes", "location", "type", "section",
    "participants", "mentioned", "issues", "source", "review", "aliases",
)
_SOURCE_URL = re.compile(r"^https?://[^\s\"'<>\\^`{|}]+$", re.IGNORECASE)
"""A link a page may carry: http(s) only (no ``javascript:``), nothing a browser or the Nu checker refuses."""
_ALIAS = re.compile(r"^/(?:[A-Za-z0-9._~-]+/)*(?:[A-Za-z0-9._~-]+)?$")
_PARALLEL_FROM = 200
"""Below this many files to parse, a process pool costs more to start than it saves."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedFile:
    """One meeting file read, split and rendered, before its fields are validated."""

    path: Path
    digest: str
    document: Document
    body_html: str
    unlinked: tuple[str, ...] = ()
    """Relative links dropped from the body: the file gives no source URL to resolve them against."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Content:
    """Everything under the content folder, validated."""

    meetings: tuple[Meeting, ...]
    officials: Mapping[str, Official]
    issues: Mapping[str, Issue]


@dataclass(slots=True)
class MeetingMemo:
    """The meetings of the last load, kept in memory by a process that loads again and again (the dev
    server), by file and content hash: validating 10,000 front matters again takes a fifth of a second.

    A meeting is a function of its file's bytes and the registries' ids (which officials and issues it
    may name); when those ids change, every meeting is made again.
    """

    ids: tuple[frozenset[str], frozenset[str]] | None = None
    meetings: dict[tuple[Path, str], Meeting] = field(default_factory=dict)


ParseCache = Callable[[Sequence[Path], list[ContentError]], list["ParsedFile | ContentError"]]
"""Reads (as much as it must) and parses meeting files, in order; a file that cannot be read is an error added
to the list, and has no item. ``read_and_parse`` reads them all; the build cache reads only files it has not
parsed before."""


def load_content(content_dir: Path, *, parse: ParseCache | None = None, memo: MeetingMemo | None = None) -> Content:
    """Load officials, issues and every meeting; raise ContentErrors listing every problem.

    ``memo``: the meetings of the last load, to reuse those whose file and registries are unchanged
    (and to keep this load's for the next).
    """
    if not content_dir.is_dir():
        raise ContentErrors([ContentError(content_dir, "content folder not found; pass --content DIR "
                                          "or run from the site root")])
    errors: list[ContentError] = []
    officials = load_officials(content_dir, errors)
    official_ids = _ids_unless_broken(officials, errors, OFFICIALS_FILE)
    issues = load_issues(content_dir, errors)
    issue_ids = _ids_unless_broken(issues, errors, ISSUES_FILE)
    parsed = (parse or read_and_parse)(meeting_files(content_dir), errors)
    ids = (frozenset(official_ids), frozenset(issue_ids)) if not errors else None
    known = memo.meetings if memo is not None and ids is not None and memo.ids == ids else {}
    meetings: list[Meeting] = []
    for item in parsed:
        if isinstance(item, ContentError):
            errors.append(item)
            continue
        try:
            meeting = known.get((item.path, item.digest)) or build_meeting(item, official_ids, issue_ids)
        except ContentError as exc:
            errors.append(exc)
        else:
            meetings.append(meeting)
    errors.extend(_duplicate_ids(meetings))
    if errors:
        raise ContentErrors(errors)
    if memo is not None:
        memo.ids = ids
        memo.meetings = {(meeting.path, meeting.digest): meeting for meeting in meetings}
    return Content(meetings=tuple(meetings), officials=officials, issues=issues)


class _AnyId(Collection[str]):
    """Every id, for references into a registry that failed to load: its own error is the one to report."""

    def __contains__(self, item: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _ids_unless_broken(registry: Mapping[str, object], errors: list[ContentError], name: str) -> Collection[str]:
    """The registry's ids, or any id when loading it failed (one broken entry must not turn every
    meeting that names it into a second error)."""
    broken = any(error.path.name == name for error in errors)
    return _AnyId() if broken else registry.keys()


def meeting_files(content_dir: Path) -> list[Path]:
    """Every ``meetings/**/*.md`` in a stable order (``os.walk``: ``rglob`` is slower)."""
    names = sorted((os.path.join(folder, name) for folder, _, files in os.walk(content_dir / MEETINGS_DIR)
                    for name in files if name.endswith(".md")), key=lambda name: name.split(os.sep))
    return list(map(Path, names))


def read_meeting_files(content_dir: Path, errors: list[ContentError]) -> list[tuple[Path, bytes]]:
    """Read the bytes of every ``meetings/**/*.md`` in a stable order."""
    return read_files(meeting_files(content_dir), errors)


def read_files(paths: Sequence[Path], errors: list[ContentError]) -> list[tuple[Path, bytes]]:
    """The bytes of each file; one that cannot be read is an error, and left out."""
    sources: list[tuple[Path, bytes]] = []
    for path in paths:
        try:
            sources.append((path, path.read_bytes()))
        except OSError as exc:
            errors.append(ContentError(path, f"cannot be read: {exc.strerror}"))
    return sources


def read_and_parse(paths: Sequence[Path], errors: list[ContentError]) -> list[ParsedFile | ContentError]:
    """Read and parse every file (a ``ParseCache`` that remembers nothing)."""
    return parse_files(read_files(paths, errors))


def parse_files(sources: Sequence[tuple[Path, bytes]]) -> list[ParsedFile | ContentError]:
    """Parse and render files, on every core when there are enough of them."""
    workers = os.cpu_count() or 1
    if len(sources) < _PARALLEL_FROM or workers < 2:
        return _parse_chunk(sources)
    size = max(1, len(sources) // (workers * 8))
    chunks = [sources[start:start + size] for start in range(0, len(sources), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [parsed for chunk in pool.map(_parse_chunk, chunks) for parsed in chunk]


def _parse_chunk(sources: Sequence[tuple[Path, bytes]]) -> list[ParsedFile | ContentError]:
    """``parse_file`` over several files with one Markdown converter."""
    render = MarkdownRenderer()
    return [parse_file(path, raw, render) for path, raw in sources]


def parse_file(path: Path, raw: bytes, render: Callable[[str, str | None], Body] = render_markdown,
               ) -> ParsedFile | ContentError:
    """Decode, split and render one file; a problem is returned, not raised, so a pool can carry it."""
    try:
        document = parse_document(decode_text(raw, path), path)
    except ContentError as exc:
        return exc
    try:
        body = render(document.body, _link_base(document.meta))
    except RecursionError:  # Python-Markdown recurses once per level of nested lists
        return ContentError(path, "the readout nests lists too deeply to render (hundreds of '- ' in a row); "
                                  "flatten them", document.body_line)
    return ParsedFile(
        path=path,
        digest=hashlib.sha256(raw).hexdigest(),
        document=document,
        body_html=body.html,
        unlinked=body.unlinked,
    )


def _link_base(meta: Mapping[str, object]) -> str | None:
    """The source URL the readout's relative links were written against, when it is a valid one."""
    source = meta.get("source")
    url = source.get("url") if isinstance(source, dict) else None
    return url if isinstance(url, str) and _SOURCE_URL.match(url) else None


def build_meeting(parsed: ParsedFile, officials: Collection[str], issues: Collection[str]) -> Meeting:
    """Validate one parsed file's front matter and return its Meeting."""
    doc = parsed.document
    fields = FieldReader(doc.meta, path=parsed.path, lines=doc.lines, default_line=1)
    fields.refuse_unknown(MEETING_KEYS)
    meeting_id = _meeting_id(fields, parsed.path)
    return Meeting(
        id=meeting_id,
        title=fields.text("title", required=True) or meeting_id,
        date=fields.date("date"),
        time=fields.clock_time("time"),
        timezone=_timezone(fields),
        duration_minutes=fields.integer("duration_minutes", low=1, high=7 * 24 * 60),
        location=fields.text("location"),
        type=_meeting_type(fields),
        section=fields.text("section"),
        participants=_participants(fields, officials),
        mentioned=_known(fields, "mentioned", officials, "official"),
        issues=_known(fields, "issues", issues, "issue"),
        source=_source(fields),
        review=fields.texts("review"),
        aliases=_aliases(fields),
        body=doc.body,
        body_html=parsed.body_html,
        unlinked=parsed.unlinked,
        path=parsed.path,
        digest=parsed.digest,
    )


def _meeting_id(fields: FieldReader, path: Path) -> str:
    """The id must be well formed and match the file name, so a file is easy to find by its URL."""
    meeting_id = fields.text("id", required=True) or ""
    if not MEETING_ID.match(meeting_id):
        raise fields.error("id", f"id '{meeting_id}' must be YYYY-MM-DD- then lowercase words joined "
                           "by hyphens, such as 2018-06-14-japan-us-foreign-ministers-meeting")
    if path.stem != meeting_id:
        raise fields.error("id", f"id '{meeting_id}' does not match the file name; rename the file "
                           f"to {meeting_id}.md (ids never change once published)")
    return meeting_id


def _timezone(fields: FieldReader) -> str | None:
    """``local`` or a tz database name (``Japan`` is one)."""
    value = fields.text("timezone")
    if value is None or value == "local":
        return value
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise fields.error("timezone", f"timezone '{value}' must be 'local' or a tz name such as "
                           "'Asia/Tokyo'") from exc
    return value


def _meeting_type(fields: FieldReader) -> str | None:
    """One of the known meeting types."""
    value = fields.text("type")
    if value is not None and value not in MEETING_TYPES:
        raise fields.error("type", f"unknown type '{value}'{_suggest(value, MEETING_TYPES)}")
    return value


def _participants(fields: FieldReader, officials: Collection[str]) -> tuple[Participant, ...]:
    """Each participant names a known official, with the title held at the meeting."""
    result = []
    for entry in fields.mappings("participants"):
        reader = fields.nested(entry, "participants")
        reader.refuse_unknown(("official", "title"))
        official = reader.text("official", required=True) or ""
        if official not in officials:
            raise fields.error("participants", f"unknown official '{official}'{_suggest(official, officials)}"
                               " (officials are listed in officials.yaml)")
        result.append(Participant(official=official, title=reader.text("title")))
    return tuple(result)


def _known(fields: FieldReader, key: str, known: Collection[str], noun: str) -> tuple[str, ...]:
    """A list of ids, each of which must be in ``known``."""
    values = fields.texts(key)
    for value in values:
        if value not in known:
            raise fields.error(key, f"unknown {noun} '{value}'{_suggest(value, known)}")
    return values


def _source(fields: FieldReader) -> Source | None:
    """Where the readout came from."""
    data = fields.mapping("source")
    if data is None:
        return None
    reader = fields.nested(data, "source")
    reader.refuse_unknown(("file", "sha256", "url", "publisher"))
    url = reader.text("url")
    if url is not None and not _SOURCE_URL.match(url):
        raise fields.error("source", f"source url '{url}' must be a full http:// or https:// address without "
                           "spaces, quotes or angle brackets (percent-encode them)")
    return Source(file=reader.text("file", required=True) or "", sha256=reader.text("sha256"),
                  url=url, publisher=reader.text("publisher"))


def _aliases(fields: FieldReader) -> tuple[str, ...]:
    """Old URL paths of this meeting: site-relative, no ``..``, nothing that could leave the output."""
    aliases = fields.texts("aliases")
    for alias in aliases:
        if not _ALIAS.match(alias) or "/../" in alias + "/" or "/./" in alias + "/":
            raise fields.error("aliases", f"alias '{alias}' must be a site path such as "
                               "'/2018/06/old-page.html' (letters, digits, . _ ~ - and /, no ..)")
    return aliases


def _duplicate_ids(meetings: Iterable[Meeting]) -> list[ContentError]:
    """A meeting id names one meeting only."""
    seen: dict[str, Path] = {}
    errors = []
    for meeting in meetings:
        if meeting.id in seen:
            errors.append(ContentError(meeting.path, f"duplicate meeting id '{meeting.id}', "
                                       f"also used by {seen[meeting.id]}", 1))
        seen.setdefault(meeting.id, meeting.path)
    return errors


def _suggest(value: str, choices: Iterable[str]) -> str:
    """``; did you mean 'x'?`` for a near miss, else nothing."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.75)
    return f"; did you mean '{close[0]}'?" if close else ""

