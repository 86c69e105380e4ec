"""Cross-references: a readout naming another meeting of the archive links to it.

Readouts cite earlier meetings by title and date: "Following the Japan-U.S. Foreign
Ministers' Telephone Talk on June 12 and the Japan-U.S.-ROK Foreign Ministers' Meeting on
June 14". Each "on <date>" in the text is looked up in an index of meetings by date (the
year, when not stated, is the citing meeting's, or the one before or after), and the words
just before it are compared with the titles of that day's meetings. Work is linear in the
text: one regular-expression pass per readout and a dictionary lookup per date.

The references are found once, as character spans of the sanitised ``body_html``; the
links themselves are inserted per output (relative on pages, absolute in feeds), so a
span never has to be searched for twice.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import html
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from generator.models import Meeting

MIN_SIMILARITY = 0.75
"""How alike (0..1, difflib's ratio over title words) the cited words must be to a title."""

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH = "|".join(name for name in calendar.month_name if name)
_DATE = re.compile(
    rf"\bon (?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))"
    r"(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
_LOOSE_DATE = re.compile(_DATE.pattern.removeprefix(r"\b"))
"""``_DATE`` without its leading ``\b``: it finds every text ``_DATE`` finds, and more, a dozen times faster
(a pattern starting with a literal is searched for as such), so a readout it finds nothing in is skipped."""
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\S+")
_WINDOW = 240
"""Characters before a date searched for the cited title."""
_NOT_LETTERS = re.compile(r"[^0-9a-z]+")
_TITLED = re.compile(r"^[^\w]*[A-Z0-9]")
_CONNECTORS = frozenset({"of", "and", "for", "on", "by", "with", "to", "at", "in", "between", "&amp;"})
"""Lowercase words a title may hold between capitalised ones ("Courtesy Call on Prime Minister Sato by ...")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """A span of a readout's ``body_html`` that names another meeting."""

    start: int
    end: int
    target: str
    """The id of the meeting named."""


def find_references(meetings: Sequence[Meeting]) -> dict[str, tuple[Reference, ...]]:
    """Every readout's references to other meetings of the archive, by citing meeting id."""
    by_date: dict[datetime.date, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_date[meeting.date].append(meeting)
    titles = {meeting.id: _words(meeting.title) for meeting in meetings}
    found = {}
    for meeting in meetings:
        references = tuple(_references_in(meeting, by_date, titles))
        if references:
            found[meeting.id] = references
    return found


def cited_by(
    references: Mapping[str, Sequence[Reference]], meetings: Sequence[Meeting]
) -> dict[str, tuple[Meeting, ...]]:
    """For each cited meeting, the meetings citing it, in the order given (newest first)."""
    citing: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        for target in dict.fromkeys(r.target for r in references.get(meeting.id, ())):
            citing[target].append(meeting)
    return {target: tuple(group) for target, group in citing.items()}


def link_references(body_html: str, references: Sequence[Reference], href: Callable[[str], str]) -> str:
    """``body_html`` with each reference wrapped in a link to ``href(target id)``."""
    parts, done = [], 0
    for reference in references:
        link = html.escape(href(reference.target), quote=True)
        parts += [body_html[done:reference.start], f'<a class="xref" href="{link}">',
                  body_html[reference.start:reference.end], "</a>"]
        done = reference.end
    parts.append(body_html[done:])
    return "".join(parts)


def _references_in(
    meeting: Meeting, by_date: Mapping[datetime.date, Sequence[Meeting]], titles: Mapping[str, tuple[str, ...]]
) -> Iterator[Reference]:
    """The references in one readout, in text order, outside any existing link.

    The words naming a meeting are looked for between the previous date and this one, so
    "the X on June 12 and the Y on June 14" is read as two references, not one long title.
    """
    if not _LOOSE_DATE.search(meeting.body_html):
        return
    for offset, text in _text_segments(meeting.body_html):
        after = 0
        for match in _DATE.finditer(text):
            before = text[max(after, match.start() - _WINDOW):match.start()]
            after = match.end()
            for day in _candidate_dates(match, meeting.date):
                best = _best_title(before, [m for m in by_date.get(day, ()) if m.id != meeting.id], titles)
                if best:
                    target, length = best
                    yield Reference(start=offset + match.start() - length, end=offset + match.end(), target=target)
                    break


def _text_segments(body_html: str) -> Iterator[tuple[int, str]]:
    """Each run of text between tags, with its offset, skipping the insides of ``<a>`` elements."""
    inside_link, done = 0, 0
    for tag in _TAG.finditer(body_html):
        if tag.start() > done and not inside_link:
            yield done, body_html[done:tag.start()]
        name = tag.group().lstrip("</").split(None, 1)[0].rstrip(">").lower() if len(tag.group()) > 2 else ""
        if name == "a":
            inside_link = max(0, inside_link + (-1 if tag.group().startswith("</") else 1))
        done = tag.end()
    if done < len(body_html) and not inside_link:
        yield done, body_html[done:]


def _candidate_dates(match: re.Match[str], citing: datetime.date) -> Iterator[datetime.date]:
    """The dates a mention can mean: its stated year, else the citing year, the one before, the one after."""
    month = _MONTHS[(match["month"] or match["month2"]).lower()]
    day = int(match["day"] or match["day2"])
    years = (int(match["year"]),) if match["year"] else (citing.year, citing.year - 1, citing.year + 1)
    for year in years:
        try:
            yield datetime.date(year, month, day)
        except ValueError:
            continue


def _best_title(
    before: str, candidates: Sequence[Meeting], titles: Mapping[str, tuple[str, ...]]
) -> tuple[str, int] | None:
    """The candidate whose title the words just before a date name, and how many characters they take.

    The whole run of title-like words is compared, never a tail of it, so "the Japan-Korea
    Summit Meeting" does not match "Japan-Norway Summit Meeting" by its last two words.
    """
    phrase = _cited_phrase(before)
    words = tuple(_normal(m.group()) for m in phrase)
    best: tuple[float, str, int] | None = None
    for meeting in candidates:
        title = titles[meeting.id]
        matcher = SequenceMatcher(None, words, title, autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        first = next((m for m, w in zip(phrase, words, strict=True) if w in title), None)
        if first is None or matched < min(2, len(title)) or matcher.ratio() < MIN_SIMILARITY:
            continue
        if best is None or matcher.ratio() > best[0]:
            best = (matcher.ratio(), meeting.id, len(before) - first.start())
    return (best[1], best[2]) if best else None


def _cited_phrase(before: str) -> list[re.Match[str]]:
    """The run of title-like words ending just before a date: capitalised words and numbers, with
    connectors between them (``of``, ``by``, ``of the``...); any other lowercase word, or a comma, ends it."""
    spans = list(_WORD.finditer(before))
    start = index = len(spans)
    while index > 0:
        word = spans[index - 1].group()
        if word.endswith((",", ";", ":")) and index < len(spans):
            break
        if _TITLED.match(word):
            start = index = index - 1
        elif start < len(spans) and _joins(spans, index - 1):
            index -= 1
        elif start < len(spans) and word.lower() == "the" and index > 1 and spans[index - 2][0] == "of" \
                and _joins(spans, index - 2):
            index -= 2
        else:
            break
    return spans[start:]


def _joins(spans: Sequence[re.Match[str]], at: int) -> bool:
    """Whether the word at ``at`` is a connector with a title word before it (``Speaker of``)."""
    return at > 0 and spans[at][0].lower() in _CONNECTORS and bool(_TITLED.match(spans[at - 1][0]))


def _words(text: str) -> tuple[str, ...]:
    """A title as comparable words: lowercase letters and digits only, quotes and dots dropped."""
    return tuple(w for w in (_normal(word) for word in text.split()) if w)


@functools.lru_cache(maxsize=1 << 16)
def _normal(word: str) -> str:
    """One word reduced to lowercase letters and digits (``Ministers’`` -> ``ministers``); remembered, as the
    same few thousand words come back in every title and every build (a tenth of a second at 10,000 meetings)."""
    return _NOT_LETTERS.sub("", html.unescape(word).casefold())
