"""The URL ledger: every permanent address the archive has published, so no build can drop one.

``content/urls.txt`` lists, one per line and sorted, the site path of every meeting page,
official, issue and country page, their Atom feeds, the site feed and its archive documents
(RFC 5005), and every alias that has a redirect page. A build adds the addresses it
publishes for the first time (the archivist commits the file with the content) and fails,
before writing anything, when an address of the ledger would no longer be written. The
remedy is named in the message: declare the old address in the meeting's ``aliases`` (a
redirect page is written there), or delete the line to retire the address on purpose.

Only permanent addresses are kept. Archive pages by year, month and day, the pages of long
lists (``page/2/``) and the indexes come and go with the content by design.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import urls
from generator.archive import Archive
from generator.documents import decode_text
from generator.errors import ContentError, ContentErrors, OutputError
from generator.models import MEETING_ID

log = logging.getLogger(__name__)

LEDGER_FILE = "urls.txt"
HEADER = """\
# Every permanent address this archive has published, one per line (see README, "Permalinks").
# `readouts build` adds new ones: commit this file with the content. A build that would no
# longer write one of these fails. To move a meeting, put its old address in the meeting's
# `aliases` (a redirect page is written there); to retire an address on purpose, delete its line.
"""
_SPACE = re.compile(r"\s")
"""Any white space (``str.isspace``'s, as Python's regular expressions define it): one search per line,
not a Python call per character (three quarters of a million at 10,000 meetings)."""
_MEETING_URL = re.compile(r"^/meetings/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Ledger:
    """The addresses recorded in the ledger file, each with its line."""

    path: Path
    recorded: Mapping[str, int]
    exists: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerCheck:
    """A ledger compared with what a build will publish."""

    ledger: Ledger
    published: frozenset[str]
    new: tuple[str, ...]
    """Published addresses the ledger does not have yet, sorted."""


def read_ledger(content_dir: Path) -> Ledger:
    """Read ``content_dir/urls.txt``; a missing file is an empty ledger (the first build makes it)."""
    path = content_dir / LEDGER_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Ledger(path=path, recorded={}, exists=False)
    except OSError as exc:
        raise ContentError(path, f"cannot be read: {exc.strerror}") from exc
    recorded: dict[str, int] = {}
    for number, line in enumerate(decode_text(raw, path).split("\n"), start=1):
        address = line.strip()
        if not address or address.startswith("#"):
            continue
        if not address.startswith("/") or _SPACE.search(address) or "/../" in address + "/":
            raise ContentError(path, f"'{address[:80]}' is not a site address such as "
                               "'/meetings/2018/06/14/x/'; each line holds one, starting with '/'", number)
        recorded.setdefault(address, number)
    return Ledger(path=path, recorded=recorded, exists=True)


def permanent_urls(archive: Archive, planned: Collection[str]) -> frozenset[str]:
    """The permanent addresses among the planned site paths, written as the ledger writes them."""
    paths = [urls.FEED]
    paths.extend(urls.meeting_path(meeting) for meeting in archive.meetings)
    terms = (*map(urls.official_path, archive.officials), *map(urls.issue_path, archive.issues),
             *map(urls.country_path, archive.countries))
    for page in terms:
        paths.extend((page, urls.feed_of(page)))
    paths.extend(path for path in planned if path.startswith(urls.ARCHIVE_FEEDS))  # RFC 5005: never move
    addresses = {"/" + path for path in paths if path in planned}
    addresses.update(alias for meeting in archive.meetings for alias in meeting.aliases
                     if urls.alias_path(alias) in planned)
    return frozenset(addresses)


def compare_ledger(ledger: Ledger, published: frozenset[str], archive: Archive) -> LedgerCheck:
    """Raise ContentErrors naming every recorded address the build would drop."""
    dropped = sorted((line, address) for address, line in ledger.recorded.items() if address not in published)
    if dropped:
        raise ContentErrors(ContentError(ledger.path, _dropped_message(address, archive), line)
                            for line, address in dropped)
    new = tuple(sorted(published.difference(ledger.recorded)))
    return LedgerCheck(ledger=ledger, published=published, new=new)


def _dropped_message(address: str, archive: Archive) -> str:
    """Why the address fails the build and what to do, naming a likely new home for a meeting."""
    retire = "to retire the address on purpose, delete this line"
    found = _MEETING_URL.match(address)
    if not found:
        return (f"'{address}' was published but would no longer be written (an official, issue, country or "
                f"alias was removed or renamed): put it back, or {retire}")
    old_id = "-".join(found.groups())
    likely = [m for m in archive.meetings if m.slug == found[4] or m.id[:10] == old_id[:10]]
    hint = f" (perhaps {likely[0].path.name}?)" if likely and MEETING_ID.match(old_id) else ""
    return (f"'{address}' was published but no meeting has that address now: if the meeting moved, "
            f"add the address to the 'aliases' of its new file{hint}; {retire}")


def record_ledger(check: LedgerCheck) -> int:
    """Add the new addresses to the ledger file (created if absent); return how many were added."""
    if check.ledger.exists and not check.new:
        return 0
    lines = sorted(check.published.union(check.ledger.recorded))
    text = HEADER + "".join(f"{address}\n" for address in lines)
    staging = check.ledger.path.with_name(f".{LEDGER_FILE}.new")
    try:
        staging.write_text(text, encoding="utf-8")
        os.replace(staging, check.ledger.path)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise OutputError(f"the site was written, but the URL ledger {check.ledger.path} could not be "
                          f"updated: {exc.strerror or exc}; the next build will try again") from exc
    log.info("Recorded %d new addresses in %s", len(check.new), check.ledger.path)
    return len(check.new)
