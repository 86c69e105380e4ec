"""One raw readout to a draft: everything that can be known from the file alone.

What needs the whole import (the year from sibling readouts, which id a surname
refers to, the officials registry) is settled later in ``assemble``; a draft holds
the raw facts for it.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ContentError
from generator.ingest import dates
from generator.ingest.body import join_wrapped, render_body
from generator.ingest.clean import Layout, normalise_lines, split_layout
from generator.ingest.html import read_html
from generator.ingest.kinds import classify_meeting, infer_meeting_type
from generator.ingest.lead import (
    SUB_LEAD,
    Lead,
    Present,
    find_lead,
    find_location,
    first_sentence,
    is_news_dateline,
    present_people,
    reports_several,
    unnamed_office,
)
from generator.ingest.names import Mention, canonical_name, find_mentions
from generator.ingest.sources import RawText

log = logging.getLogger(__name__)

_MOFA = re.compile(r"^Japan-.+\s+Relations$|provisional\s+translation|Ministry\s+of\s+Foreign\s+Affairs\s+of\s+Japan")
_STATE = re.compile(r"attributable\s+to\s+(?:the\s+)?(?:Department\s+)?Spokesperson|Office\s+of\s+the\s+Spokesperson")
_OPENING_ON = re.compile(r"(?:^|[,;]\s*|\(\s*)[Oo]n\s+(?:(?:the\s+\w+\s+of\s+)|\w+day,?\s+)?$")
_ABOUT_SOMEONE = re.compile(r",\s+who\s+(?:took|assumed|was|has|had)\b[^,;]*$")
"""A date in a clause about a person ("Foreign Minister Taro Kono of Japan, who took office on August 3, at ...
on August 7"): the person's, not the meeting's."""
_VISIT_RANGE = re.compile(r"\bvisit\w*\b[^.;]{0,60}\bfrom\s+(?:\w+day,?\s+)?$", re.IGNORECASE)
"""Words before the first day of a visit's range ("paying an official visit to Japan from November 22-25"): when
the lead dates nothing else, the dateline dates the meeting, not the visit's first day."""
_ON_DATE = re.compile(r"\b[Oo]n\s+(?:\w+day,?\s+)?$")
"""A date the lead's sentence gives its meeting ("held the Dialogue ... in New Delhi on Saturday, January 17"), over
a visit's range before it ("who is visiting India from January 16 to 18")."""
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
_DAY_ONLY = re.compile(r"\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])")
_WEEKDAY = re.compile(r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+night)\b", re.IGNORECASE)
_NAMED_MEETING = re.compile(
    r"\b(?:held|hold)\s+(?:a|an|the|their)\s+(?:\w+\s+)?(?P<name>(?:[A-Z][\w.’'\-+\"“”]*\s+){1,8}?"
    r"(?:Meeting|Talks?|Summit|Dialogue|Consultations|Conference|Call|Lunch|Dinner|Breakfast))\b")


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """What one readout says, before it is tied to the rest of the import."""

    path: Path
    sha256: str
    url: str | None
    publisher: str | None
    section: str | None
    title: str | None
    title_from_lead: bool
    dateline: datetime.date | None
    stated: dates.TextDate | None
    time: dates.ClockTime | None
    duration: int | None
    location: str | None
    kind: str
    present: tuple[Present, ...]
    mentions: tuple[Mention, ...]
    """Titled people named outside the lead paragraph (and in it, for surname references)."""
    text: str
    """The readout's paragraphs as plain text: for issues and for year evidence."""
    markdown: str
    points: int
    subject_office: str | None
    """The office the lead's subject names with no name for it (``lead.unnamed_office``)."""
    notes: tuple[str, ...]
    """Review notes for values inferred rather than read (a venue's city, a type from roles)."""
    warnings: tuple[str, ...]


def draft_readout(raw: RawText) -> Draft:
    """Parse one decoded readout; a file that is not a meeting readout raises ContentError."""
    url = publisher = None
    text = raw.text
    if raw.is_html:
        try:
            page = read_html(text)
        except RecursionError as exc:  # hundreds of elements nested in one another: no page a browser saves
            raise ContentError(raw.path, "its HTML nests elements too deeply to read; save the page's text as a "
                                         ".txt file and import that") from exc
        text, url, publisher = page.text, page.url, page.publisher
    layout = split_layout(normalise_lines(text))
    paragraphs = [line.text for line in join_wrapped(layout.body)]
    lead = find_lead(paragraphs)
    plain = "\n".join(paragraphs)
    stated = _stated_date(lead, layout.dateline, layout.title) or _news_opening(paragraphs, lead, layout.dateline)
    later = _date_after_lead(paragraphs, lead) if stated is None and layout.dateline is None else None
    mentions = find_mentions(plain)
    header = (*layout.captions, *layout.furniture)
    present = tuple(present_people(lead, plain, mentions, header)) if lead else ()
    if lead is None or (not present and stated is None and layout.dateline is None):
        raise ContentError(raw.path, "does not look like a meeting readout: no sentence says who met whom")
    body = render_body(layout.body, layout.captions, (*layout.furniture, *layout.footer))
    roles = _counterparts_ranked([p.title or p.mention.role for p in _principals(lead, present)][:3])
    kind, kind_basis = infer_meeting_type(lead.clause, layout.title, roles)
    opened = _meetings_opened(paragraphs, lead)
    if opened and kind == "meeting":  # "held separate meetings": the first one's heading names its kind
        kind, kind_basis = infer_meeting_type(paragraphs[opened[0] - 1], None, roles)
    location, location_note = find_location(lead, plain)
    notes = [location_note] if location_note else []
    if stated is None and layout.dateline is not None and _dates_only_a_visit(lead):
        stated = _heading_date(paragraphs, lead)
        if stated is None:
            notes.append(f"date: the lead dates only the visit, not the meeting; the page's dateline "
                         f"({layout.dateline:%B} {layout.dateline.day}) is taken as the meeting's: check the date")
    if later is not None:
        stated = later
        month = next(name for name, number in dates.MONTHS.items() if number == later.month).capitalize()
        notes.append(f"date: the lead states none and the page has no dateline; {month} {later.day} is the first "
                     "date of the paragraph after the lead: check the date")
    if kind_basis:
        notes.append(f"type: '{kind}' inferred from {kind_basis}")
    title = layout.title or _title_from_lead(lead, present)
    facts = _story_facts(paragraphs, lead, opened)
    return Draft(
        path=raw.path, sha256=raw.sha256, url=url,
        publisher=layout.publisher or publisher or _publisher(layout, text),
        section=layout.section, title=title, title_from_lead=layout.title is None,
        dateline=layout.dateline, stated=stated, time=dates.find_time(facts),
        duration=_summed(paragraphs, opened) if opened else dates.find_duration(facts), location=location,
        kind=kind, notes=tuple(notes),
        present=present, mentions=tuple(mentions), text=plain,
        markdown=body.markdown, points=body.points, subject_office=unnamed_office(lead, present),
        warnings=raw.warnings,
    )


def _stated_date(lead: Lead | None, dateline: datetime.date | None, title: str | None = None,
                 ) -> dates.TextDate | None:
    """The first date in the lead: the meeting's date as the text states it.

    A lead that says "today" names other days only for other events ("ahead of the January 7
    meeting"), so the dateline decides; "On the 3rd" is a day of the dateline's month (or of
    the month before, when the 3rd is after the dateline's day).
    """
    if lead is None:
        return None
    day_only = _DAY_ONLY.search(lead.clause)
    if day_only and dateline is not None and not dates.find_dates(lead.clause[:day_only.start()]):
        return _day_before(int(day_only.group(1)), dateline, day_only.start())
    source = lead.clause if dates.find_dates(lead.clause) else _up_to_clause(lead)
    found = dates.find_dates(source)
    if not found:
        return _relative_day(lead.clause, dateline)
    found = [d for d in found if not _ABOUT_SOMEONE.search(source[max(0, d.start - 60):d.start])] or found
    if dateline is not None and all(_VISIT_RANGE.search(source[max(0, d.start - 80):d.start]) for d in found):
        return None  # "who is paying an official visit to Japan from November 22-25, held talks": the visit's days
    opening = ([d for d in found if _OPENING_ON.search(source[max(0, d.start - 24):d.start])]
               or [d for d in found if _ON_DATE.search(source[max(0, d.start - 24):d.start])
                   and not _TODAY.search(source, 0, d.start)])  # "called ... this evening ... the earthquake
    # and tsunami that struck Japan on March 11": a lead that has dated its meeting names other days for other events
    if not opening and _TODAY.search(lead.clause):
        filed = _news_dateline(found)  # "WASHINGTON D.C. 11 April 2024 — ... this morning": filed that day
        return filed if dateline is None or (filed is not None and is_news_dateline(lead.paragraph)) else None
    found = opening or found
    stated = found[0] if found[0].year is not None else _year_nearby(found[0], f"{lead.paragraph}\n{title or ''}")
    weekday = _WEEKDAY.search(lead.clause)
    if stated.weekday is None and weekday:
        return dataclasses.replace(stated, weekday=dates.WEEKDAYS.index(weekday.group(1).lower()))
    return stated


_SEQUENCE = re.compile(r"^(?:First(?:ly)?|At\s+first|To\s+begin\s+with)\b"
                       r"|^(?:From|At|Commencing\s+at)\s+(?:around\s+)?\d")
"""A paragraph after a lead that states no time, giving the meeting's parts in order: "First, from 1:00 p.m. for
approximately 15 minutes, the two leaders attended the signing ceremony ... Subsequently, from 1:25 p.m. ..."."""


_LASTED = re.compile(r"^(?:The|Their)\s+(?:meeting|talks|call|conversation|discussion)\b[^.]{0,80}?\b(?:lasted|took)\b")
"""A paragraph after a lead that states no time saying how long the meeting took ("The meeting, which was closed to
the press, lasted approximately 40 minutes.")."""
_TIMED_HEADING = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\))\s+[^()\n]{3,160}"
                            r"\((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+)?"
                            r"(?:commencing|from|starting|\d{1,2}:\d{2})\b[^()\n]{3,120}\)$")
"""A numbered heading that times one of the meetings the lead names ("1. Courtesy call on Prime Minister Sonexay
(commencing at 9:30 a.m. for approximately 35 minutes)"): where a lead naming several gives their times."""
_WAS_HELD = re.compile(r"^(?:At\s+the\s+request\s+of\s+[^,]{3,60},\s+)?[Tt]he\s+"
                       r"(?:telephone\s+talks?|video\s+conference|meeting|talks?|call)\s+(?:was|were)\s+held\s+"
                       r"(?:from|at|for|commencing)\b")
"""A timeless lead's meetings timed each under its heading ("The telephone talk was held from 8:30 a.m. for
approximately 20 minutes."): the first starts, the lengths add up."""
_HEADINGS_REACH = 40
"""How many paragraphs after the lead are looked through for such headings."""


def _story_facts(paragraphs: list[str], lead: Lead, opened: list[int]) -> str:
    """Where the start time and length are read: the lead paragraph, and for a news story (opened by a wire
    dateline, "TOKYO (Kyodo) --") the paragraph after it too, where such a story says "In the roughly 15-minute
    call held on the morning of May 20" (a readout's later paragraphs name other events' times); for a lead of
    several meetings (``opened``, ``_meetings_opened``), each meeting's own opening sentence."""
    if opened:  # each meeting's own opening sentence times it: the first starts
        return "\n".join((lead.paragraph, *(first_sentence(paragraphs[number]) for number in opened)))
    if not (is_news_dateline(lead.paragraph) or _NEWS_OPENING.match(lead.paragraph)):
        following = _after(paragraphs, lead)
        timeless = dates.find_time(lead.paragraph) is None and dates.find_duration(lead.paragraph) is None
        if not timeless:
            return lead.paragraph
        if _SEQUENCE.match(following) or _LASTED.match(following):
            return f"{lead.paragraph}\n{following}"
        later = paragraphs[lead.number + 1:lead.number + _HEADINGS_REACH]
        headings = [p for p in later if _TIMED_HEADING.match(p)]
        if not headings:  # "1. Japan-Ecuador ... Telephone Talk" / "The telephone talk was held from 8:30 a.m. ..."
            headings = [first_sentence(p) for p in later if _WAS_HELD.match(p)]
        return "\n".join((lead.paragraph, *headings))
    return lead.paragraph if dates.find_duration(lead.paragraph) else f"{lead.paragraph}\n{_after(paragraphs, lead)}"


def _meetings_opened(paragraphs: list[str], lead: Lead) -> list[int]:
    """Which paragraphs open the meetings of a lead that reports several under headings of their own ("held
    separate meetings with ..."; "1. Japan-Russia Foreign Ministers' Meeting" / "Commencing at 4:05 p.m. for
    approximately 50 minutes, Minister Kono held a meeting with Mr. Sergey Lavrov, ...")."""
    if not reports_several(lead):
        return []
    return [number for number in range(lead.number + 1, min(len(paragraphs), lead.number + _HEADINGS_REACH))
            if SUB_LEAD.match(paragraphs[number])]


def _summed(paragraphs: list[str], opened: list[int]) -> int | None:
    """The lengths of a page's several meetings added up, as the sessions of one meeting are."""
    lengths = [length for number in opened if (length := dates.find_duration(first_sentence(paragraphs[number])))]
    return sum(lengths) if lengths else None


def _after(paragraphs: list[str], lead: Lead) -> str:
    """The paragraph after the lead's ("" when it is the last)."""
    return paragraphs[lead.number + 1] if lead.number + 1 < len(paragraphs) else ""


def _counterparts_ranked(roles: list[str]) -> list[str]:
    """A "counterpart" holds the office of the one whose counterpart they are ("Prime Minister Fumio Kishida and
    his Australian counterpart, Anthony Albanese": two prime ministers, a summit)."""
    first = next((role for role in roles if role and "counterpart" not in role.lower()), None)
    return [first if first and role and "counterpart" in role.lower() else role for role in roles]


def _principals(lead: Lead, present: tuple[Present, ...]) -> tuple[Present, ...]:
    """Those present whom the lead's sentence (or the words before it) names: not the attendees a later line or
    sentence lists, whose lower rank would make a summit a courtesy call."""
    return tuple(p for p in present if p.mention.start < lead.clause_end or p.principal) or present


_NEWS_OPENING = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                           r"\.?\s+\d|\d{1,2}\s+[A-Z])[^()\n]{3,20}\([^()\n]{2,30}\)\s*[-–—]")
"""A news story's opening dateline: "Washington, Jan. 11 (Jiji Press)--", "New Delhi, Mar 20 (PTI) -"."""


def _news_opening(paragraphs: list[str], lead: Lead | None, dateline: datetime.date | None) -> dates.TextDate | None:
    """The day a news story's opening dateline gives, when the lead (often its second paragraph) states none:
    the story is filed the day of the meeting ("Washington, Jan. 11 (Jiji Press)--Japan and the United States
    agreed Wednesday ..."). Its year is the page's (the dateline may be the next day's, as a Tokyo paper's is)."""
    if lead is None:
        return None
    for paragraph in paragraphs[:lead.number + 1]:
        if _NEWS_OPENING.match(paragraph):
            found = dates.find_dates(paragraph[:40])
            if found:
                year = found[0].year or (dateline.year if dateline else None)
                return dataclasses.replace(found[0], year=year) if year else found[0]
    return None


_NEWS_DATELINE_REACH = 80


def _news_dateline(found: list[dates.TextDate]) -> dates.TextDate | None:
    """A wire story's dateline opening the lead that says "today" ("Jeddah, July 16, 2023, SPA -- ... received
    ... today", "ABU DHABI, 17th July, 2023 (WAM) --"): the date, with its year, in the lead's first words."""
    return next((d for d in found if d.year is not None and d.start < _NEWS_DATELINE_REACH), None)


def _up_to_clause(lead: Lead) -> str:
    """The lead paragraph up to the end of its meeting sentence: a date in the sentences before it may be the
    meeting's ("On June 3, Minister A visited B. He held ..."), one after it is another event's ("President
    Putin is paying an official visit to Japan from November 20 to 22", after a lead that states no date)."""
    return lead.paragraph[:lead.clause_end - lead.offset]


_NEARBY_DAYS = 45


def _year_nearby(stated: dates.TextDate, text: str) -> dates.TextDate:
    """The stated date with the year of a dated day near it in the lead's paragraph or the title, as a visit's
    dates give it ("From October 9 to 11, 2019, ... visited Japan. On October 10, ... held a meeting") or a
    headline ("... (Paris, 9 January 2014)"); else as it is."""
    for other in dates.find_dates(text):
        if other.year is None:
            continue
        anchor = dates.safe_date(other.year, other.month, other.day)
        for year in (other.year, other.year - 1, other.year + 1):
            day = dates.safe_date(year, stated.month, stated.day)
            if anchor is not None and day is not None and abs((day - anchor).days) <= _NEARBY_DAYS:
                return dataclasses.replace(stated, year=year)
    return stated


def _heading_date(paragraphs: list[str], lead: Lead) -> dates.TextDate | None:
    """The date of the first heading after the lead that times its meeting ("1. Japan-India Strategic Dialogue
    (March 24, 16:00-17:30, ...)"): the day of a visit's meeting, which the lead dated only by the visit."""
    for paragraph in paragraphs[lead.number + 1:lead.number + _HEADINGS_REACH]:
        if _TIMED_HEADING.match(paragraph):
            found = dates.find_dates(paragraph[paragraph.rfind("("):])
            return found[0] if found else None
    return None


def _dates_only_a_visit(lead: Lead) -> bool:
    """Whether every date of the lead's sentence is the first day of a visit's range ("visited Japan from March 23
    to 26 ... During his stay, Minister Mukherjee held the Japan-India Strategic Dialogue"): the page's dateline
    may be any day of it, or the day after."""
    source = lead.clause if dates.find_dates(lead.clause) else _up_to_clause(lead)
    found = dates.find_dates(source)
    return bool(found) and all(_VISIT_RANGE.search(source[max(0, d.start - 80):d.start]) for d in found)


def _date_after_lead(paragraphs: list[str], lead: Lead | None) -> dates.TextDate | None:
    """The first date of the paragraph after the lead ("In the roughly 15-minute call held on the morning of
    May 20, ..." under a news agency's "agreed in telephone talks on Friday"): with neither a date in the
    lead nor a dateline, the only date the readout gives, else it would not import at all."""
    found = dates.find_dates(_after(paragraphs, lead)) if lead is not None else []
    return found[0] if found else None


def _relative_day(clause: str, dateline: datetime.date | None) -> dates.TextDate | None:
    """A day the lead gives relative to the dateline: "spoke yesterday with", "met on Monday with" (the
    latest such weekday on or before the dateline). None for "today" or nothing: the dateline decides."""
    if dateline is None or _TODAY.search(clause):
        return None
    if _YESTERDAY.search(clause):
        day = dateline - datetime.timedelta(days=1)
    else:
        weekday = _WEEKDAY.search(clause)
        if weekday is None:
            return None
        back = (dateline.weekday() - dates.WEEKDAYS.index(weekday.group(1).lower())) % 7
        day = dateline - datetime.timedelta(days=back)
    return dates.TextDate(month=day.month, day=day.day, year=None, weekday=day.weekday(), start=0)


def _day_before(day: int, dateline: datetime.date, start: int) -> dates.TextDate | None:
    """The latest date on or before the dateline whose day of the month is ``day``."""
    month, year = dateline.month, dateline.year
    if day > dateline.day:
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
    try:
        found = datetime.date(year, month, day)
    except ValueError:
        return None
    return dates.TextDate(month=found.month, day=found.day, year=found.year, weekday=None, start=start)


def _title_from_lead(lead: Lead, present: tuple[Present, ...]) -> str:
    """A title for a readout that has none: the meeting's own name in the lead, else who met."""
    named = _NAMED_MEETING.search(lead.clause)
    if named and len(named.group("name").split()) >= 2:
        return named.group("name").strip()
    kind = classify_meeting(lead.clause, None, [p.title or p.mention.role for p in present][:3])
    names = list(dict.fromkeys(canonical_name(p.mention.words) for p in present if p.mention.is_full))[:3]
    label = "Meeting" if kind == "meeting" else kind[:1].upper() + kind[1:]
    if not names:
        return label
    return f"{label}: {names[0]}" if len(names) == 1 else f"{label}: {', '.join(names[:-1])} and {names[-1]}"


def _publisher(layout: Layout, text: str) -> str | None:
    """The publisher when the page's shape names it (MOFA's sections, State's attribution line)."""
    if _MOFA.search(layout.section or "") or _MOFA.search(text[-800:]):
        return "Ministry of Foreign Affairs of Japan"
    if _STATE.search(text[:800]):
        return "U.S. Department of State"
    if _WHITE_HOUSE.search(text[:800]):
        return "The White House"
    return None


_WHITE_HOUSE = re.compile(r"^(?:the\s+)?white\s+house$", re.IGNORECASE | re.MULTILINE)
