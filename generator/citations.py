"""How to cite a meeting: a formatted citation, CSL-JSON and BibTeX files, ``citation_*`` meta tags.

The readout's author is the body that published it (the source's ``publisher``), its
date the meeting's, and the URL the archive's permalink, which never changes; the
original URL, when known, is given as well. CSL-JSON (``citation.json``) is what Zotero,
Pandoc and citeproc read; BibTeX (``citation.bib``) is for LaTeX. Neither holds the date
of access: it would change every build.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator import urls
from generator.config import SiteConfig
from generator.models import Issue, Meeting

_BIBTEX_SPECIAL = re.compile(r"[\\{}&%$#_^~]")
_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """The parts of a meeting's citation, for the page to format (and escape)."""

    author: str | None
    """The publisher of the readout, cited as its institutional author."""
    title: str
    genre: str
    """``Readout of a telephone talk``."""
    meeting: Meeting
    archive: str
    url: str
    original_url: str | None
    csl_path: str
    bibtex_path: str
    meta: tuple[tuple[str, str], ...]
    """``citation_*`` meta tags (Google Scholar's Highwire Press names), in order."""


def cite(meeting: Meeting, issues: tuple[Issue, ...], config: SiteConfig) -> Citation:
    """Everything the page needs to show and announce how to cite ``meeting``."""
    author = meeting.source.publisher if meeting.source else None
    url = urls.Urls(config.base_url).absolute(urls.meeting_path(meeting))
    meta = [("citation_title", meeting.title)]
    meta += [("citation_author", author)] if author else []
    meta += [("citation_date", meeting.date.strftime("%Y/%m/%d")),
             ("citation_publisher", author or config.title),
             ("citation_public_url", url), ("citation_abstract_html_url", url),
             ("citation_language", config.language)]
    meta += [("citation_keywords", "; ".join(i.label for i in issues))] if issues else []
    return Citation(
        author=author, title=meeting.title, genre=genre(meeting), meeting=meeting, archive=config.title, url=url,
        original_url=meeting.source.url if meeting.source else None,
        csl_path=urls.citation_path(meeting, "json"), bibtex_path=urls.citation_path(meeting, "bib"),
        meta=tuple(meta),
    )


def genre(meeting: Meeting) -> str:
    """What kind of document a readout is: ``Readout of a telephone talk``."""
    return f"Readout of a {meeting.type}" if meeting.type and meeting.type != "meeting" else "Meeting readout"


def csl_json(citation: Citation) -> str:
    """The citation as a CSL-JSON array of one item, keys sorted."""
    meeting = citation.meeting
    item: dict[str, object] = {
        "id": meeting.id,
        "type": "report",
        "title": citation.title,
        "genre": citation.genre,
        "issued": {"date-parts": [[meeting.date.year, meeting.date.month, meeting.date.day]]},
        "event-title": meeting.title,
        "event-date": {"date-parts": [[meeting.date.year, meeting.date.month, meeting.date.day]]},
        "archive": citation.archive,
        "URL": citation.url,
    }
    if citation.author:
        item["author"] = [{"literal": citation.author}]
        item["publisher"] = citation.author
    if meeting.location:
        item["event-place"] = meeting.location
    if citation.original_url:
        item["note"] = f"Original: {citation.original_url}"
    return json.dumps([item], sort_keys=True, ensure_ascii=False) + "\n"


def bibtex(citation: Citation) -> str:
    """The citation as one BibTeX ``@misc`` entry keyed by the meeting id (biblatex reads it too)."""
    meeting = citation.meeting
    fields = [("title", "{" + _bib(citation.title) + "}")]
    fields += [("author", "{" + _bib(citation.author) + "}")] if citation.author else []
    fields += [("howpublished", _bib(citation.genre)), ("year", str(meeting.date.year)),
               ("month", _MONTHS[meeting.date.month - 1]), ("date", meeting.date.isoformat()),
               ("url", citation.url), ("organization", _bib(citation.archive))]
    if citation.original_url:
        fields.append(("note", "Original: \\url{" + re.sub(r"([%#{}\\])", r"\\\1", citation.original_url) + "}"))
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
    return f"@misc{{{meeting.id},\n{body}\n}}\n"


def _bib(text: str) -> str:
    """Text with BibTeX's special characters escaped."""
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_ESCAPES.get(m.group(), "\\" + m.group()), text)
