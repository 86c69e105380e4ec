"""Redirect pages at the old addresses of meetings (their ``aliases``), planned like any page.

A meeting whose id changed (a corrected date, a better name) keeps its old permalink
working: the old address gets a small page with a meta refresh, a canonical link and a
plain link to the new one, which every static host can serve. An alias may never take
the address of a page the site builds, nor one another alias already has.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from generator import urls
from generator.archive import Archive
from generator.config import SiteConfig
from generator.contexts import PageInfo, RedirectContext, SiteInfo
from generator.documents import key_line
from generator.errors import ContentError, ContentErrors
from generator.models import Meeting
from generator.pages import PageSpec, Planned

STATIC_PREFIX = "static/"


def plan_redirects(archive: Archive, config: SiteConfig, taken: Iterable[Planned]) -> tuple[PageSpec, ...]:
    """One redirect page per alias; raise ContentErrors naming every alias that collides."""
    if not any(meeting.aliases for meeting in archive.meetings):
        return ()  # nothing to check: the sets of every output's file and folder take seconds at 10,000 meetings
    site = SiteInfo(title=config.title, description=config.description, language=config.language,
                    base_url=config.base_url)
    files = {urls.output_file(spec.path): spec.origin for spec in taken}
    folders = {parent for path in files for parent in path.parents}
    claimed: dict[PurePosixPath, Meeting] = {}
    specs: list[PageSpec] = []
    errors: list[ContentError] = []
    for meeting in sorted(archive.meetings, key=lambda m: m.id):
        for alias in meeting.aliases:
            path = urls.alias_path(alias)
            target = urls.output_file(path)
            problem = _collision(alias, target, files, folders, claimed)
            if problem:
                errors.append(ContentError(meeting.path, problem, key_line(meeting.path, "aliases")))
                continue
            claimed[target] = meeting
            page = PageInfo(path=path, title=f"Moved: {meeting.title}", robots="noindex")
            specs.append(PageSpec(path=path, template="redirect.html", origin=f"alias {alias} of {meeting.path}",
                                  context=RedirectContext(site=site, page=page, target=meeting)))
    if errors:
        raise ContentErrors(errors)
    return tuple(specs)


def _collision(alias: str, target: PurePosixPath, files: dict[PurePosixPath, str],
               folders: set[PurePosixPath], claimed: dict[PurePosixPath, Meeting]) -> str | None:
    """Why the redirect for ``alias`` cannot be written at ``target``, or None."""
    suffix = "; an alias must be an old address that no page of the site uses"
    if not urls.alias_path(alias) or target.as_posix().startswith(STATIC_PREFIX):
        return f"alias '{alias}' is the home page or the static/ folder" + suffix
    if target in files:
        return f"alias '{alias}' is the address of {files[target]}" + suffix
    if target in folders or any(parent in files for parent in target.parents):
        return f"alias '{alias}' would need a file and a folder at the same place as another page" + suffix
    if target in claimed:
        return f"alias '{alias}' is also an alias of {claimed[target].path}; an address redirects to one meeting"
    return None
