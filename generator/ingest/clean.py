"""Normalising a readout's text and separating the page furniture from the readout.

A published readout is a small page: a section label, a title, a dateline, photo
captions, then the readout itself and a "Back to ..." link. The furniture is moved
into front matter (section, title, date) or out of the body into a comment (captions,
breadcrumbs, trailers, "top of page", "Share"), so no word of the published page is
lost; the readout's own lines are kept exactly, only their spaces normalised.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import re
from dataclasses import dataclass, field

from generator.ingest import dates
from generator.ingest.names import find_mentions

log = logging.getLogger(__name__)

_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_RUNS = re.compile(r" {2,}")

_TO_TOP = (r"page\s*top|(?:go\s+)?(?:back\s+)?to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?"
           r"|top\s+of\s+(?:the\s+)?page|return\s+to\s+top")
"""A "Page Top" link, in its wordings."""
_PRINT_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},?(?:\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?"
"""The day (and perhaps the time) a browser stamps on a printed page ("1/7/2016", "10/7/20, 9:14 AM")."""
_PRINTED = rf"{_PRINT_STAMP}\s+(?![AP]M\b)[^\d\s]\S*\s+\S.{{2,200}}"
"""A browser's print header: the day printed, then the page's title ("1/7/2016 Japan-U.S. Foreign Ministers' Telephone
Talk | Ministry of Foreign Affairs of Japan")."""
_CHROME = re.compile(
    rf"^(?:back\s+to\b.{{0,80}}|{_TO_TOP}|bottom\s+of\s+(?:the\s+)?page|keywords?|welcome|click\s+to\s+view\s+source"
    r"|print|share|hide|>{2,}\s*.{0,300}"
    r"|(?:home(?:\s*page)?|top\s*page|top)\s*[>›»|/].{0,400}|from\s*:\s.{1,120}|\(ATTN:[^)]{0,200}\)"
    rf"|{_PRINTED}|(?:https?://\S+|about:blank)\s+\d{{1,3}}/\d{{1,3}})$",
    re.IGNORECASE,
)
"""Site chrome (a "Back to ..." link, "Share", a breadcrumb, a "From:" line, a link to another story set after
">>>" (Viet Nam's government portal), a browser's print header "1/7/2016
Japan-U.S. ... | Ministry of Foreign Affairs of Japan" and footer "http://www.mofa.go.jp/... 1/2"): out of the body,
kept in a comment."""
_HEADER_CHROME = re.compile(r"^(?:.{0,120}\bcookies\b.{0,300}|japanese|english|日本語|related\s+links?|main\s+text|home"
                            r"|skip\s+to\s+(?:the\s+)?(?:main\s+)?content\b.{0,30}"
                            r"|(?:national\s+archives\s+)?this\s+is\s+(?:an\s+archive\s+of\s+information|archived\s+content"
                            r"|historical\s+material)\b.{0,300}|.{0,80}\bweb\s*site\b.{0,80}\barchive\b.{0,400}"
                            r"|.{0,80}\barchived?\s+(?:content|site|page|information|material)\b.{0,400}"
                            r"|here['’]s\s+how\s+you\s+know|for\s+current\s+information,?\s+go\s+to\b.{0,60}"
                            r"|an\s+official\s+website\s+of\s+the\s+united\s+states\s+government\b.{0,40}"
                            r"|(?:official|secure)\s+(?:\.gov\s+)?websites\s+use\s+(?:\.gov|https)\b.{0,10}"
                            r"|(?:an?\s+)?(?:\.gov\s+website\s+belongs\s+to\b|lock\s+\().{0,300}"
                            r"|(?:this\s+(?:page|content)\s+(?:has\s+been|is)\s+)?archived\b.{0,300})$", re.IGNORECASE)
"""Lines a site sets above every page: a cookie notice, language links, "Skip to content", an archive's banner
("This is an archive of information published on the State Department website from January 20, 2009 to January
20, 2017. ...", "This is archived content from the U.S. Department of State website. ...", "National Archives This
is historical material ..."), the U.S. government's ".gov" banner ("An official website of the United States
Government Here's how you know", "A .gov website belongs to an official government organization ...")."""
_TRAILER = re.compile(r"^(?:share(?:\s+this(?:\s+(?:page|article|story))?)?(?:\s*:?(?:\s+(?:facebook|twitter|x|whatsapp"
                      r"|e-?mail|linkedin|telegram|line|print))+)?|associated\s+links|portfolios?|references"
                      r"|related\s+(?:links|stories|content|articles|news|information)|contacts?"
                      r"|media\s+(?:enquiries|inquiries|contacts?)|tags|topics"
                      r"|search\s+for\s+related\s+information\s+by\s+keyword|explore\s+the\s+topics?|suggest\s+to\s+a\s+friend"
                      r"|follow\s+us|date\s+modified|document\s+information)\s*:?$", re.IGNORECASE)
"""A heading that ends the readout and starts the page's furniture ("Share this page", "Share this: Facebook
Twitter WhatsApp", "Associated links",
"Media enquiries", "Search for related information by keyword:"): it and all after it go to the comment."""
_PAGE_TOP = re.compile(rf"^(?:{_TO_TOP})$", re.IGNORECASE)
"""A "Page Top" link: what follows it is the site's footer (its menu, address, copyright), unless prose resumes."""
_PUBLISHED = re.compile(dates.PUBLISHED, re.IGNORECASE)
"""A "Published 11 January 2023" line below the summary (UK pages): the dateline, not the readout's words."""
_DATE_LABEL = re.compile(r"^(?:Date|Published|Posted|Updated|Released|Issued)(?:\s+on)?\s*:?$", re.IGNORECASE)
"""A dateline's label on a line of its own, the date on the next ("Published" / "3 December 2024")."""
_FROM_LABEL = re.compile(r"^from\s*:$", re.IGNORECASE)
"""A bare "From:" (gov.uk): the publishing office and minister are on the next line."""
_SOURCE_LINE = re.compile(r"^source\s*:\s*(.{1,120})$", re.IGNORECASE)
_PHOTO = re.compile(r"^(?:[•·\-*]\s*)?\(?\s*photo\s*\d*\b|\([^()]{0,40}\bphoto\s*\)\.?$|\(\s*photo\s*:[^()]{0,60}\)\.?$"
                    r"|,?\s+©\s*[\w.\- ]{1,40}$", re.IGNORECASE)
"""A photo caption: "(Photo) ...", "Photo: ...", or a line that ends with its credit ("... (DFA-OPCD photo)",
"... (Photo: VGP)", "..., © photothek.net")."""
_PHOTO_STEM = re.compile(r"^(?:[•·\-*]\s*)?\(?\s*photo(?:\s*\d+\s*\)?\s*:?|\s*\)\s*:?|\s*:|(?=\s+(?-i:[^a-z])))"
                         r"\s*(.*?)\)?$", re.IGNORECASE)
"""A caption's label and its words: "(Photo 1) ...", "Photo: ...", "Photo2 ...", not "Photo session before ..."."""
_CREDIT = re.compile(r"\(\s*photo\s*:[^)]*\)|(?<=\S)\s+Photo\s*:\s*[^():]{3,60}$", re.IGNORECASE)
"""A photo's credit: "(Photo: Cabinet Public Relations Office)", or the same without brackets at a caption's end."""
_NUMBERED = re.compile(r"^(.*?\S)(?:\s*\(\d{1,2}\)|\s*-\s*\d{1,2}|(?<=[^\d\s])\s?\d{1,2})$")
"""A caption's trailing number: "Meeting (1)", "Meeting-1", "Meeting1", "Meeting 1"."""
_SECTION = re.compile(
    r"^(?:.{2,80}\s+Relations|Countries\s*(?:&|and)\s*Regions|Press\s+Releases?|Foreign\s+Policy|Asia|Europe"
    r"|Middle\s+East(?:\s+and\s+North\s+Africa)?|Africa|Oceania|North\s+America|Latin\s+America(?:\s+and\s+"
    r"the\s+Caribbean)?|Asia[- ]Pacific|Press\s+Conferences?|Statements?|Speeches|News|Announcements?)$",
    re.IGNORECASE,
)
_MEETING_WORD = re.compile(
    r"\b(?:[Mm]eeting|[Mm]eets?|[Mm]et|Talks?|talks|Call|call\s+with|[Cc]ourtesy\s+call|Summit|Dialogue|Conference"
    r"|[Rr]eceives|[Hh]osts"
    r"|Consultations?|Visit|Lunch|Dinner|Breakfast|Session|Luncheon)\b",
)
_TITLE_PREFIX = re.compile(r"^(?:【[^】]{0,40}】\s*|(?:[A-Z]{2,5}\s+)?(?:Press|Media)\s+(?:Releases?|Statements?)"
                           r"\s*:\s*|\((?:LEAD|URGENT|2nd\s+LD|3rd\s+LD)\)\s*"
                           r"|#{1,6}\s+|No\.?\s*:?\s*\d{1,4}/\d{2,4}\s*,?\s*|Subject\s*:\s*"
                           rf"|{_PRINT_STAMP}\s+)", re.IGNORECASE)
"""Prefixes a title loses: a site's bracket or section ("Press Releases: ", "MFA Press Statement: "), a wire's
flag, a Markdown heading's "#", a number, an e-mail's "Subject:", a browser's print stamp ("10/7/20, 9:14 AM")."""
_TITLE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]+$)")
_SENTENCE_END = re.compile(r"[.:;!?][\"”’')\]]*$")
_MAX_HEADER = 100
"""Lines of page furniture looked through before the readout begins: a saved page's menu can run to dozens."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """A line of the readout: its text with spaces normalised, and how far it was indented."""

    indent: int
    text: str
    width: int = field(default=0, compare=False)
    """How wide the line was as saved, runs of spaces and all ("1.      His Excellency ..."), for ``unwrap``."""
    first_word: int = field(default=0, compare=False)
    """Length of the line's first word as a wrapping program saw it: up to its first plain space, since a
    no-break space (a space by now) joins words it would not split ("10:00\u00a0a.m.")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """The page split into its furniture and the readout's own lines."""

    section: str | None
    title: str | None
    title_source: str | None
    """``title_line`` or ``caption``: where the title was found."""
    dateline: datetime.date | None
    captions: tuple[str, ...]
    """Caption lines that say more than the title (photo descriptions), kept out of sight."""
    body: tuple[Line, ...]
    publisher: str | None
    furniture: tuple[str, ...] = ()
    """Breadcrumbs and dateline lines taken out of the readout, kept out of sight so no word is lost."""
    footer: tuple[str, ...] = ()
    """The site's footer menu after the readout (``_footer_menu``), kept out of sight after ``furniture``; unlike
    the furniture above the readout, no byline is looked for in it."""


_REFERENCES = re.compile(r"^References\s*\n(?:\s*\n)?\s*1\.\s+[a-z]+://", re.MULTILINE)
"""The list a text browser (lynx, w3m) ends its dump with: each link's number and address."""
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\]])")
"""A link's number in such a dump, set before the link's words: "[18]Back to Asia"."""


def normalise_lines(text: str) -> list[Line]:
    """Split into lines, turning every kind of space into one ASCII space and dropping invisibles (and the
    link numbers of a text browser's dump, whose "References" list at the end keeps where each pointed)."""
    lines: list[Line] = []
    if _REFERENCES.search(text):
        text = _LINK_NUMBER.sub("", text)
    for raw in text.split("\n"):
        spaced = _SPACE.sub(" ", _INVISIBLE.sub("", raw.replace("\t", "    ")))
        stripped = spaced.lstrip(" ")
        word = len(raw.lstrip().split(" ", 1)[0]) if "\u00a0" in raw else 0  # else the text's own first word
        lines.append(Line(indent=len(spaced) - len(stripped), text=_RUNS.sub(" ", stripped).rstrip(),
                          width=len(spaced.rstrip()), first_word=word))
    return lines


_DATELINE_REACH = 6
"""How far into the text a line that is only a date is still the page's dateline."""


def _resumes(text: str) -> bool:
    """A paragraph of running text after a trailer's heading: the readout goes on (gov.uk sets "Share this page"
    and its links between the summary and the text)."""
    return len(text.split()) >= 12 and is_prose(text) and not _COPYRIGHT.search(text)


_COPYRIGHT = re.compile(r"©|\bcopyright\b|\ball\s+rights\s+reserved\b", re.IGNORECASE)
"""A footer's copyright notice, which may run to a sentence (its address joined to it when the page was
saved wrapped) but never resumes the readout."""


def _more_than_a_date(text: str) -> bool:
    """A dateline the meeting's ``date`` cannot give back as printed ("5 September 2024", "Monday, July 9, 2012",
    "October 11, 2022 - Tokyo, Japan - Global Affairs Canada"): kept in the page's comment, where a plain
    "June 14, 2018" is not needed."""
    day = dates.parse_dateline(text)
    return day is not None and text.strip() != f"{day:%B} {day.day}, {day.year}"


def split_layout(lines: list[Line]) -> Layout:
    """Separate the header furniture from the readout, and the trailer chrome from its end."""
    lines = unwrap(lines)
    wrapper = _archive_wrapper(lines)
    archived = [line.text for line in lines[:wrapper] if line.text]
    lines = lines[wrapper:]
    start = _first_prose(lines)
    header = [line.text for line in lines[:start] if line.text]
    body: list[Line] = []
    furniture = archived + [text for text in header if _CHROME.match(text) or _HEADER_CHROME.match(text)
                            or _PUBLISHED.match(text) and dates.parse_dateline(text) or _more_than_a_date(text)]
    publisher = None
    published = None
    label = sender = trailer = False
    for index, line in enumerate(lines[start:]):
        trailer = (trailer or bool(body and (_TRAILER.match(line.text) or _PAGE_TOP.match(line.text)))
                   ) and not _resumes(line.text)
        if trailer:
            if line.text:
                furniture.append(line.text)
            continue
        source = _SOURCE_LINE.match(line.text)
        near_top = index < _DATELINE_REACH and published is None  # a news page's date below a long photo caption
        dateline = (dates.parse_dateline(line.text) if (label or near_top or _PUBLISHED.match(line.text))
                    and not _CHROME.match(line.text) else None)
        if source:
            publisher = source.group(1).strip()
        elif dateline:
            published = published or dateline
            furniture.append(line.text)
        elif _DATE_LABEL.match(line.text) or _FROM_LABEL.match(line.text) or _CHROME.match(line.text) or (
                sender and line.text):
            furniture.append(line.text)
        else:
            body.append(line)
        label = bool(_DATE_LABEL.match(line.text)) or (label and not line.text)
        sender = bool(_FROM_LABEL.match(line.text)) or (sender and not line.text)
    while body and not body[-1].text:
        body.pop()
    if published is None and not any(dates.parse_dateline(text) for text in header):
        published = _closing_date(body, furniture)
    footer = tuple(line.text for line in _footer_menu(body) if line.text)
    layout = dataclasses.replace(_read_header(header, tuple(body), publisher), furniture=tuple(furniture),
                                 footer=footer)
    layout = layout if layout.title else _title_elsewhere(layout, furniture, body)
    return layout if layout.dateline or not published else dataclasses.replace(layout, dateline=published)


def _title_elsewhere(layout: Layout, furniture: list[str], body: list[Line]) -> Layout:
    """A title for a page whose header has none: a printed page's print header ("1/7/2016 Japan-U.S. ... Talk |
    Ministry ..."), else numbered captions set after the lead ("• Japan-Philippines Summit Meeting1", "...2")."""
    printed = next((text for text in furniture if _PRINT_HEADER.match(text)), None)
    if printed is not None:
        return dataclasses.replace(layout, title=clean_title(printed), title_source="title_line")
    _, from_captions = _caption_groups([line.text.lstrip("•·-* ") for line in body if line.text], [])
    if from_captions:
        return dataclasses.replace(layout, title=clean_title(from_captions), title_source="caption")
    return layout


_PRINT_HEADER = re.compile(rf"^{_PRINTED}$", re.IGNORECASE)


_ARCHIVE_OPENING = re.compile(r"^(?:The\s+Wayback\s+Machine\s+-\s+https?://web\.archive\.org/|archive\.(?:today|ph|is|li)$"
                              r"|\d[\d,]*\s+captures?$"
                              r"|This\s+is\s+Google['’]s\s+cache\s+of\b)", re.IGNORECASE)
_ARCHIVE_CLOSING = re.compile(r"^(?:loading|TIMESTAMPS|.{0,80}\breport\s+bug\s+or\s+abuse\b.{0,60}"
                              r"|Tip:\s+To\s+quickly\s+find\s+your\s+search\s+term\b.{0,200})$", re.IGNORECASE)
_ARCHIVE_REACH = 40
"""How many lines a web archive's toolbar runs to (the Wayback Machine's, with its crawl's description)."""


def _archive_wrapper(lines: list[Line]) -> int:
    """How many lines at the top are a web archive's wrapper around the page it kept (the Wayback Machine's toolbar
    "The Wayback Machine - https://web.archive.org/web/2011.../...", or copied from its "5 captures", down to its
    "loading", archive.today's header down to "report bug or abuse", Google's cache notice down to its "Tip:"):
    none of it is the page's, and its crawl descriptions read as prose ("Starting in 1996, Alexa Internet ...")."""
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or not _ARCHIVE_OPENING.match(lines[first].text):
        return 0
    ends = [index for index in range(first, min(len(lines), first + _ARCHIVE_REACH))
            if _ARCHIVE_CLOSING.match(lines[index].text)]
    return ends[-1] + 1 if ends else first + 1


def _footer_menu(body: list[Line]) -> list[Line]:
    """Take from the end of ``body`` a site's footer menu that no heading announced: after the last line of prose,
    a run of ``_MENU_LINES`` short lines or more ("The Administration" / "President Barack Obama" / "Vice President
    Joe Biden" / "Cabinet" ...), whose names are no one the readout mentions. Returns the lines taken."""
    start, short = len(body), 0
    for index in range(len(body) - 1, -1, -1):  # from the end: most readouts end on a sentence, at once
        text = body[index].text
        if not text:
            continue
        prose = is_prose(text)
        if prose or len(text.split()) > _MENU_WORDS:
            if not prose or short < _MENU_LINES:
                return []  # a long line that is no sentence, or too few short ones: no menu
            break
        if _LISTED.search(text):
            return []
        start, short = index, short + 1
    else:
        return []  # no sentence at all above them
    tail = body[start:]
    del body[start:]
    return tail


_LISTED = re.compile(r":|\[|\b(?:participants|attendees|attended|delegation|present)\b", re.IGNORECASE)
"""What a list of those who took part has and a menu has not ("[Reference] Participants", "Japan: Prime Minister
Abe")."""
_MENU_LINES = 8
"""How many short lines after the readout's last sentence make a footer menu (a signature and a closing date make
fewer)."""
_MENU_WORDS = 6
"""Words a menu's line runs to at most."""


def _closing_date(body: list[Line], furniture: list[str]) -> datetime.date | None:
    """A release dated at its foot ("MINISTRY OF FOREIGN AFFAIRS, MALAYSIA" / "PUTRAJAYA" / "11 July 2018"), when
    nothing above dates it: the date line, among the last few, moves to the furniture and dates the page."""
    for index in range(len(body) - 1, max(-1, len(body) - 1 - _CLOSING_LINES), -1):
        day = dates.parse_dateline(body[index].text) if body[index].text else None
        if day is not None:
            furniture.append(body.pop(index).text)
            return day
    return None


_CLOSING_LINES = 4
"""How many lines from the end a release's closing date may stand (its office and city above it)."""


_ITEM_START = re.compile(r"^(?:\d{1,2}[.)．](?!\d)|\(\d{1,2}\)|[-•・▪◦●○·*](?:\s|$)|[①-⑳])")
_WRAP_WIDTH = 110
"""Published readouts keep each paragraph on one line, and a lead is longer than this; a text whose every
line fits within it, many of them nearly as long as the longest, was saved hard-wrapped."""
_RAGGED = 20
"""How much shorter than the text's longest line a wrapped line can end: a long word pushed to the next line."""


def unwrap(lines: list[Line]) -> list[Line]:
    """Join the lines of a hard-wrapped text (saved at 60-80 columns, by a text browser, a PDF) into paragraphs.

    Only a text that is wrapped throughout is touched: no line longer than ``_WRAP_WIDTH`` and at least
    five within ``_RAGGED`` of the longest. In it a line is continued by the next one when that one's
    first word would not have fitted on it (``_wrapped``), unless it starts a list item, is a dateline,
    a caption or chrome.
    """
    widths = sorted((_width(line) for line in lines if line.text and not _CHROME.match(line.text)
                     and line.indent < _ALIGNED_RIGHT), reverse=True)
    if len(widths) < 5 or widths[0] > _WRAP_WIDTH:
        return lines
    limit = widths[2]  # the width wrapped at: a long menu line or link can stand out above it
    if limit < 40 or sum(w >= limit - _RAGGED for w in widths) < 5:
        return lines
    joined: list[Line] = []
    last = Line(indent=0, text="")
    for index, line in enumerate(lines):
        if (joined and line.text and _wrapped(last, line, limit) and _continues(joined[-1], last, line)
                and not _headline_after_crumbs(last, lines[index + 1:index + 2])):
            gap = "" if re.search(r"[^\W\d_]-$", last.text) and line.text[:1].isalpha() else " "
            joined[-1] = Line(indent=joined[-1].indent, text=f"{joined[-1].text}{gap}{line.text}")
        else:
            joined.append(line)
        last = line
    return joined


def _headline_after_crumbs(last: Line, following: list[Line]) -> bool:
    """Whether the line after a breadcrumb is the headline: the date stands on the line after it ("Home > News
    > ... > April 2024" / "Japan-U.S.-Philippines Summit Meeting" / "April 11, 2024"), so the breadcrumb ended
    there, however full its line."""
    return (bool(_BREADCRUMB.match(last.text)) and bool(following) and bool(following[0].text)
            and dates.parse_dateline(following[0].text) is not None)


_BREADCRUMB = re.compile(r"^(?:home(?:\s*page)?|top\s*page|top)\s*[>›»]", re.IGNORECASE)


_ALIGNED_RIGHT = 30
"""An indent past which a line was set to the right (a printed page's date, "Back to ..."): not the text's
width."""


def _width(line: Line) -> int:
    """The line's width as saved (its indent and text when it was not read from a file)."""
    return line.width or line.indent + len(line.text)


def _wrapped(last: Line, line: Line, limit: int) -> bool:
    """Whether ``last`` ends where a wrap at ``limit`` columns would end it: ``line``'s first word did not fit.

    Text browsers, PDFs and mail wrap greedily, so a line they broke has no room left for the next
    word; a short heading ("Secretary X's Meeting With Y", then "Readout") has room, and stays a line.
    The longest line seen is at most the width wrapped at, so a true wrap always passes this test; a long
    word pushed down ("Japan-Australia-India-U.S.") may leave its line shorter than the usual ragged edge.
    """
    width = _width(last)
    first = max(len(line.text.split(maxsplit=1)[0]), line.first_word)
    return width + 1 + first > limit and width >= limit - max(_RAGGED, first + 1)


def _continues(previous: Line, last: Line, line: Line) -> bool:
    """True when ``line`` carries on the paragraph ``previous``, whose last line ``last`` filled the width.

    A continuation keeps the indent of the line before it, except the paragraph's second line: a first
    line indented by a space (as MOFA's are) or a list item's hanging indent moves it. A caption's
    credit can end a continuation ("... at the Foreign" / "Ministry in Tokyo, © photothek.net"); a
    caption cannot start one, nor anything follow a date.
    """
    second = previous.text == last.text
    return (bool(previous.text) and (second or last.indent == line.indent)
            and (not _ITEM_START.match(line.text) or _inline_sequel(previous.text, line.text)
                 or _split_phrase(last.text, line.text) or _DASHED_CREDIT.match(line.text) is not None)
            and (not _PHOTO.match(line.text) or _credit_after_sentence(last, line))
            and not _CHROME.match(line.text) and not _RELEASE_LABEL.match(line.text)
            and not _CREDIT.search(previous.text)
            and (not _PHOTO.search(previous.text) or _caption_tail(previous, line))
            and dates.parse_dateline(line.text) is None and dates.parse_dateline(last.text) is None
            and not (_OPENER.match(line.text) and not _SENTENCE_END.search(last.text))
            and _SERIAL.sub("", line.text) != _SERIAL.sub("", last.text))


_OPENER = re.compile(r"^(?:First|Next|Then|Thereafter|Subsequently|Finally|Lastly|Afterwards|Later|Following\s+this"
                     r"|After\s+that),\s")
"""A sentence's opening word and comma ("Thereafter, the Prime Minister held ..."), which a heading above it ("Meeting
with the Vice President of the People's Republic of China", no full stop) never runs on into."""


def _credit_after_sentence(last: Line, line: Line) -> bool:
    """Whether ``line`` is only a photo's credit ending a caption that the wrap filled: one written as a sentence
    ("... Tuesday (20/10) afternoon." / "(Photo: PR/Agung)"), or any before a dashed credit ("- Photo: ..."); a
    bracketed credit under a title line stands alone."""
    return bool(_DASHED_CREDIT.match(line.text)) or bool(_CREDIT_ONLY.match(line.text)) and last.text.endswith(".")


_CREDIT_ONLY = re.compile(r"^\(\s*photo\s*:[^()]{0,60}\)\.?$", re.IGNORECASE)
_DASHED_CREDIT = re.compile(r"^[-–—]\s*photo\s*:[^()]{0,60}$", re.IGNORECASE)
"""A credit set after a dash ("... in Tokyo - Photo: Ricardo Stuckert/PR"): never a line of its own as published."""
_SERIAL = re.compile(r"[\s(-]*\d{1,2}\)?$")
"""A caption's number ("... Meeting (1)", "... Meeting-2"): lines the same but for it are a run of captions."""


def _caption_tail(caption: Line, line: Line) -> bool:
    """Whether ``line`` ends a wrapped caption: the caption left a bracket open ("... (Photo: Cabinet Public" /
    "Relations Office)"), or the line is a short tail that starts no sentence ("(“2+2”) (1)"), not the lead."""
    if caption.text.count("(") > caption.text.count(")"):
        return True
    return len(line.text) < _width(caption) // 2 and not line.text[:1].isalpha()


def _split_phrase(last: str, line: str) -> bool:
    """Whether a wrap split a date or a range, leaving what looks like a list item: "... in Manila on March" /
    "19. The Secretary ...", "... for 2020" / "- 2021"."""
    tail, head = last.rsplit(" ", 1)[-1], line.split(" ", 1)[0]
    if tail.lower() in dates.MONTHS:
        return bool(re.fullmatch(r"\d{1,2}[.,]?", head))
    return tail[-1:].isdigit() and head in ("-", "–")


_COUNTED = re.compile(r"^(\(?)(\d{1,2})\)")


def _inline_sequel(paragraph: str, line: str) -> bool:
    """Whether ``line`` opens with the next number of a count the paragraph runs inside a sentence.

    "... it is important to 1) promote ..." wrapped before "2) establish ..." is one paragraph, not a
    second point: the previous number stands inside the paragraph's text, not at its start.
    """
    counted = _COUNTED.match(line)
    if counted is None or counted.group(2) == "1":
        return False
    earlier = f"{counted.group(1)}{int(counted.group(2)) - 1})"
    return paragraph.find(f" {earlier} ") > 0


def _first_prose(lines: list[Line]) -> int:
    """Index of the first line that reads as a sentence: where the readout proper begins."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > _MAX_HEADER:
            break
        if is_prose(line.text):
            return index
    return 0


def _title_cased(text: str) -> bool:
    """Whether most words start with a capital, as a heading's do ("Video Conference Meeting between State
    Minister for Foreign Affairs SUZUKI Keisuke and Mr. Peter Maurer, President of the International Committee
    of the Red Cross (ICRC)"), not a sentence's or a caption's."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return sum(word[0].isupper() for word in words) >= 0.6 * len(words)


def is_prose(text: str) -> bool:
    """A sentence rather than a label: long, or ending like a sentence with several words."""
    if dates.parse_dateline(text) or _PHOTO.search(text) or _CHROME.match(text) or _HEADER_CHROME.match(text):
        return False
    if len(text) >= 160 and (_SENTENCE_END.search(text) or not _title_cased(text)):
        return True
    if re.match(r"^(?:On|on)\s+(?:the\s+\w+\s+of\s+)?[A-Z][a-z]+\.?\s+\d", text):
        return True
    return bool(_SENTENCE_END.search(text)) and len(text.split()) >= 6


def _read_header(header: list[str], body: tuple[Line, ...], publisher: str | None) -> Layout:
    """Classify header lines into section, title, dateline and captions.

    The first dateline is the page's, unless it is a repost's byline ("By U.S. Mission to ASEAN | 14 November,
    2022 | Topics: ...") over the date of the release it reposts, which a lead's "today" refers to.
    """
    dateline = None
    before: list[str] = []
    after: list[str] = []
    photos: list[str] = []
    reposted = False
    for text in header:
        parsed = dates.parse_dateline(text) if not _CHROME.match(text) else None  # not a print header's date
        if parsed and (dateline is None or reposted):
            dateline, reposted = parsed, dateline is None and text.startswith("By ")
        elif _CHROME.match(text) or _HEADER_CHROME.match(text):
            continue
        elif _PHOTO.search(text):
            photos.append(text)
        else:
            (after if dateline else before).append(text)
    before = _with_label(before)
    credited = {_PHOTO.sub("", photo).strip() for photo in photos}  # a caption also given as its picture's alt text
    photos.extend(t for t in before + after if t in credited)
    captions, caption_title = _caption_groups([t for t in before + after if t not in credited], photos)
    before = [t for t in before if t not in captions]
    after = [t for t in after if t not in captions]
    section = None
    if before and (_SECTION.match(before[0]) or len(before) >= 2 and not _MEETING_WORD.search(before[0])
                   and _MEETING_WORD.search(before[1])):
        section = before.pop(0)
    before = [t for t in before if not _SERIES.match(t)] or before
    title, source, extra = _choose_title(before, after, caption_title, sectioned=section is not None)
    kept = tuple(c for c in captions if _caption_stem(c) != title or _CREDIT.search(c)) + tuple(extra)
    return Layout(section=section, title=title, title_source=source, dateline=dateline,
                  captions=kept, body=body, publisher=publisher)


_SERIES = re.compile(r"^\[[^\]]{3,100}\]$")
"""A bracketed label over a page's title naming the series it belongs to ("[Prime Minister Kishida's Visit to
Australia]"): never the title."""
_LABEL = re.compile(r"^\((?:Overview|Summary|Outline)\)$", re.IGNORECASE)


def _with_label(lines: list[str]) -> list[str]:
    """A title whose "(Overview)" the page set on a line of its own, joined back to it."""
    joined: list[str] = []
    for text in lines:
        if joined and _LABEL.match(text):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def _caption_groups(candidates: list[str], photos: list[str]) -> tuple[list[str], str | None]:
    """Find numbered caption runs ("...Meeting1", "...Meeting2") and photo captions; return their title."""
    stems: dict[str, list[str]] = {}
    for text in candidates:
        match = _NUMBERED.match(_CREDIT.sub("", text).strip())  # "...Meeting-1 (Photo: Cabinet Public Relations ...)"
        if match:
            stems.setdefault(match.group(1).strip(), []).append(text)
    captions = [t for group in stems.values() if len(group) >= 2 for t in group]
    titles = [s for s, group in stems.items() if len(group) >= 2]
    pictured = []
    for text in photos:
        captions.append(text)
        stem = _caption_stem(text)
        if stem and _MEETING_WORD.search(stem):
            pictured.append(stem)
    titles += sorted(pictured, key=lambda stem: not _title_cased(stem))  # the meeting's name, not "Photo session ..."
    return captions, (titles[0] if titles else None)


def _caption_stem(text: str) -> str:
    """The words a caption carries, without "(Photo 1)", credits or a trailing number."""
    text = _CREDIT.sub("", text).strip()
    match = _PHOTO_STEM.match(text)
    stem = (match.group(1) if match else text).strip()
    numbered = _NUMBERED.match(stem)
    return (numbered.group(1) if numbered else stem).strip(" -:")


def _choose_title(before: list[str], after: list[str], caption_title: str | None, *, sectioned: bool = False,
                  ) -> tuple[str | None, str | None, list[str]]:
    """Prefer a meeting-like line before the dateline, then a caption's title, then a meeting-like line
    after it, then the first line before it: a site's name ("Embassy of Japan in Kenya") may head the
    page above the dateline with the title below. A news page that opens with its date ("World News | Thu Dec 15,
    2016") has its headline after it; under a section label ("Japan-Palau Relations") those are photo captions."""
    named = _named_line(before)
    if named is not None:
        return _titled(before[named], "title_line", before[:named] + before[named + 1:] + after)
    over = _headline_over_photos(before, after) if caption_title and _describes(caption_title) else None
    if over is not None:
        return over
    if caption_title:
        fuller = next((i for i, text in enumerate(after) if text.startswith(caption_title) and text != caption_title),
                      None)  # "Japan-U.S. Foreign Ministers' Meeting (Summary)" under the dateline, the caption's words
        if fuller is not None:
            return _titled(after[fuller], "title_line", before + after[:fuller] + after[fuller + 1:])
        return clean_title(caption_title), "caption", before + after
    for index, text in enumerate(after):
        if _names_meeting(text):
            return _titled(text, "title_line", before + after[:index] + after[index + 1:])
    if before and _RELEASE_LABEL.match(before[-1]) and (index := _headline(after, labelled=False)) >= 0:
        return _titled(after[index], "title_line", before + after[:index] + after[index + 1:])  # under its label
    if before:
        index = _headline(before)
        return _titled(before[index], "title_line", before[:index] + before[index + 1:] + after)
    if not sectioned and (index := _headline(after, labelled=False)) >= 0:  # a news page: its date, then headline
        return _titled(after[index], "title_line", after[:index] + after[index + 1:])
    return None, None, after


def _names_meeting(text: str) -> bool:
    """A title line: it names a meeting in more than one word (a lone "Meeting" or "Visit" is a menu's or a
    button's)."""
    return _MEETING_WORD.search(text) is not None and " " in text.strip()


def _named_line(before: list[str]) -> int | None:
    """The first line above the dateline that names a meeting (of more than one word), unless it is a site menu's
    item ("Visit & Explore"), when the headline just above the date is."""
    named = next((i for i, text in enumerate(before) if _names_meeting(text)), None)
    return len(before) - 1 if named is not None and _menu_item(before, named) else named


def _headline_over_photos(before: list[str], after: list[str]) -> tuple[str, str, list[str]] | None:
    """The headline of a page whose captions only describe their photos: a line naming a meeting under the date
    (not another caption, "• Photograph of ..."), else the headline just above the date."""
    line = next((i for i, text in enumerate(after) if _names_meeting(text)
                 and not _PICTURE_OF.match(text.lstrip("•·-* "))), None)
    if line is not None:
        return _titled(after[line], "title_line", before + after[:line] + after[line + 1:])
    if before and _is_headline(before[-1]):
        return _titled(before[-1], "title_line", before[:-1] + after)
    return None


def _describes(caption: str) -> bool:
    """A caption that describes its photo ("President Jokowi and Japanese PM Yoshihide Suga hold a bilateral meeting
    at the Bogor Presidential Palace, ... afternoon.", "Photograph of ..."), not one that names the meeting."""
    return (not _title_cased(caption) or caption.rstrip().endswith(".") or len(caption.split()) > _CAPTION_WORDS
            or _PICTURE_OF.match(caption) is not None)


_PICTURE_OF = re.compile(r"^(?:photograph|photo|picture|image)\s+of\b", re.IGNORECASE)
"""A caption that says it is a picture ("Photograph of the Japan-ROK Summit Meeting (1)", as the Kantei's are)."""


_CAPTION_WORDS = 14
"""Words a caption that names a meeting runs to at most ("Japan-U.S.-ROK Trilateral Foreign Ministers' ...")."""


def _is_headline(line: str) -> bool:
    """A line that reads as a page's headline: five words or more, no label, no byline."""
    return len(line.split()) >= 5 and not _RELEASE_LABEL.match(line) and not _is_byline(line)


def _menu_item(before: list[str], index: int) -> bool:
    """Whether the meeting-like line at ``index`` is a site menu's item ("Visit & Explore"): three words at most,
    above a last line that reads as a headline naming no meeting (five words or more, no label, no byline; a
    caption such as "The two leaders holding a meeting across a table" names one)."""
    last = before[-1]
    return (index < len(before) - 1 and len(before[index].split()) <= 3 and not _MEETING_WORD.search(last)
            and _is_headline(last))


def _titled(line: str, source: str, rest: list[str]) -> tuple[str, str, list[str]]:
    """The title a title line gives, its source and the other lines; the line itself among them when cleaning
    dropped words from it ("No:228/24, Press release on ..."), so the page comment keeps them."""
    title = clean_title(line)
    return title, source, rest + [line] if title != line else rest


def _headline(lines: list[str], *, labelled: bool = True) -> int:
    """Which line is the headline when none names a meeting: the last of four words or more (the first, when
    not ``labelled``: the lines under a "PRESS RELEASE No. 001" label) that is not a person's name and role (a
    release's byline, "Rt Hon Jacinda Ardern") nor a label ("Article from Ministry for Foreign Affairs"), so a
    site's name and menu above it ("Beehive.govt.nz", "Releases") are passed over; else the first line (-1
    when not ``labelled``)."""
    order = range(len(lines) - 1, -1, -1) if labelled else range(len(lines))
    for index in order:
        words = lines[index].split()
        if (len(words) >= 4 and not _is_byline(lines[index]) and not _RELEASE_LABEL.match(lines[index])
                and not _INSTITUTION.match(lines[index])):
            return index
    return 0 if labelled else -1


_INSTITUTION = re.compile(r"^(?:the\s+)?(?:(?:Federal|Royal|National)\s+)?(?:Ministry|Department|Office|Embassy"
                          r"|Government|Cabinet|Chancellery|Permanent\s+Mission|Secretariat)"
                          r"(?:\s+(?:of|for)(?:\s+(?:the|and|[A-Z][\w'’-]*))+)?$")
"""A line that only names the institution publishing the page ("Ministry for Foreign Affairs" under a Finnish
headline, "Department of Foreign Affairs"): the publisher, never the headline."""


_RELEASE_LABEL = re.compile(r"^(?:(?:press|media)\s+(?:release|statement|note)|news(?:\s+item)?|article|readout"
                            r"|statement|(?:for\s+)?immediate\s+release"
                            r"|office\s+of\s+the\s+(?:press\s+secretary|spokes(?:person|man|woman)))\b"
                            r"(?:\s+(?:from\b.*|no\.?\s*\d+.*))?$", re.IGNORECASE)
"""A page's kind over or under its headline ("PRESS RELEASE No. 001", "Article from Ministry for Foreign Affairs",
the State Department's "Readout", the White House's "For Immediate Release" and "Office of the Press Secretary"):
never the title, nor a wrapped line's continuation."""


def _is_byline(line: str) -> bool:
    """A line that is only a titled person ("Rt Hon Jacinda Ardern", "Senator the Hon Penny Wong")."""
    mentions = find_mentions(line)
    return bool(mentions) and mentions[0].start <= 1 and mentions[-1].end >= len(line.rstrip(" .,")) - 1


_DAY_OF_VISIT = re.compile(r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Last|Final)\s+Day|Day\s+\d{1,2})$",
                           re.IGNORECASE)


def clean_title(text: str) -> str:
    """Remove site prefixes such as "Press Releases: " or "【日本】", and a republisher's suffix
    ("... Summit Meeting - Asia News Archive"): the part after the dash names no meeting, nor a date or a day of a
    visit ("... – Brasília, April 17, 2023", "Visit to Australia - Second Day" are the headline's own)."""
    title = _TITLE_PREFIX.sub("", text).strip()
    parts = _TITLE_SUFFIX.split(title)
    if (len(parts) > 1 and _MEETING_WORD.search(parts[0]) and not _MEETING_WORD.search(parts[-1])
            and not dates.TEXT_DATE.search(parts[-1]) and not _DAY_OF_VISIT.match(parts[-1])):
        return parts[0].strip()
    return title
