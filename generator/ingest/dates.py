"""Dates, clock times and durations as readouts write them.

Every pattern here is anchored on a literal word (a month, "a.m.", "minutes") with
bounded repetition, so scanning a long text stays linear.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?" \
         r"|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_WEEKDAY = r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_ORD = r"(?:st|nd|rd|th)?"
PUBLISHED = (r"(?:(?:By\s+\S[^|\n]{0,40}?\s+(?=(?:Published|Posted)\b))?"
             r"(?:[^\W\d_]+\s*/\s*)?(?:Date|Published|Posted|Updated|Released|Issued|For\s+Immediate\s+Release"
             r"|Publication\s+date|[^\x00-\x7f\s\d]+)"
             r"(?:\s+on)?\s*:?\s*(?:on\s+)?)")
"""A dateline's own label: "Published 11 January 2023" (UK), "Date: ...", a byline's "By Humas Published on ...",
the White House's "For Immediate Release" beside the date, a bilingual site's "Tarikh / Date :", Finland's
"Publication date 9.1.2024 17.05", a label in the site's own script ("วันที่ปรับปรุงข้อมูล 3 May 2022", Thai)."""
_DATELINE = re.compile(
    rf"^{PUBLISHED}?(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})"
    r"(?:,?\s+(?:(?:by|at)\b|\d{1,2}[:.h]\d{2}).{0,60}|(?:\s+[-–—|]\s+|\s*[•·]\s*)[A-Z].{0,80})?$"
    rf"|^{PUBLISHED}?(?:{_WEEKDAY.replace('?P<weekday>', '?:')},?\s+)?(?P<day2>\d{{1,2}}){_ORD}(?:\s+|-)"
    r"(?P<month2>[A-Z][a-z]{2,8})\.?,?(?:\s+|-)(?P<year2>\d{4})"
    r"(?:,?\s+(?:(?:by|at)\b|\d{1,2}[:.h]\d{2}).{0,60}|\s+[-–—|]\s+[A-Z][\w ]{0,30}:.{0,60})?$"
    rf"|^{PUBLISHED}?(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})"
    r"(?:\s+(?:[A-Za-z]|\d{1,2}:\d{2}).{0,40})?$"
    rf"|^{PUBLISHED}?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s+)?(?P<ed>\d{{1,2}})(?P<sep>[./-])(?P<em>\d{{1,2}})"
    r"(?P=sep)"
    r"(?P<ey>\d{4})\b.{0,80}$",
    re.IGNORECASE,
)
_KANJI_DATE = re.compile(
    r"^(?:(?P<era>令和|平成|昭和)\s*(?P<era_year>元|\d{1,2})|(?P<year>\d{4}))\s*年\s*(?P<month>\d{1,2})\s*月"
    r"\s*(?P<day>\d{1,2})\s*日(?:\s*[(（][月火水木金土日][)）])?$",
)
"""A Japanese-style dateline, often left on English pages: "令和2年8月24日" (Reiwa 2), "2020年8月24日"."""
_ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}
"""The Western year of each era's first year (元年, "year one")."""
TEXT_DATE = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<year>\d{{4}})\b)?"
    rf"|\b(?P<day2>\d{{1,2}}){_ORD}(?:\s*(?:and|to|[-–])\s*\d{{1,2}}{_ORD})?\s+"
    r"(?P<month2>January|February|March|April|May|June|July|August|September"
    rf"|October|November|December)\b(?:,?\s+(?P<year2>\d{{4}})\b)?",
)
_WEEKDAY_NEAR = re.compile(rf"\(?\s*{_WEEKDAY}\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    r"|\b(?:at|from|commencing|around|approximately)\s+(?P<h24>[01]?\d|2[0-3]):(?P<m24>\d{2})\b(?!\s*[ap]\.?m)"
    r"|\b(?P<hh>[01]?\d|2[0-3])[.:h](?P<mm>[0-5]\d)\s*(?:hrs?|hours\b|(?=[-–](?:[01]?\d|2[0-3]):[0-5]\d\b))\.?"
    r"|\b(?P<noon>noon|midnight)\b",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\b(?P<local>local\s+time)\b|\b(?P<japan>Japan(?:ese)?\s+(?:Standard\s+)?time|JST|Tokyo\s+time)\b"
    r"|\b(?P<abbr>EST|EDT|ET|PST|PDT|CET|CEST|GMT|UTC|BST|KST)\b",
    re.IGNORECASE,
)
_ZONE_NAMES = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "gmt": "UTC", "utc": "UTC", "bst": "Europe/London", "kst": "Asia/Seoul",
}
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_NUM = (rf"(?:\d{{1,3}}(?:\.\d)?|(?:{_TENS})(?:-(?:{_UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        rf"|seventeen|eighteen|nineteen|{_UNITS}|an?)")
"""A count in digits or words, "seventy-five" one number (not a range from seventy to five)."""
_HEDGE = (r"(?:approximately|approx\.?|about|around|roughly|some|nearly|almost|just\s+over|over|more\s+than"
          r"|less\s+than)")
DURATION = re.compile(
    rf"\b(?:for|lasting|lasted)\s+(?:{_HEDGE}\s+)?(?:(?P<halfhour>half\s+an\s+hour)"
    rf"|(?P<a>{_NUM})(?:\s*(?:to|-|–|or)\s*(?P<b>{_NUM}))?(?P<half>\s+and\s+a\s+(?:half|quarter))?\s+(?P<unit>hours?|hrs?"
    rf"|minutes?|mins?)\b(?P<half2>\s+and\s+a\s+(?:half|quarter))?(?:,?\s+(?:and\s+)?(?P<c>{_NUM})\s+(?:minutes?|mins?)\b)?)"
    rf"|\b{_HEDGE}\s+(?:(?P<halfhour3>half\s+an\s+hour)|(?P<a3>{_NUM})(?:\s*(?:to|-|–|or)\s*(?P<b3>{_NUM}))?"
    rf"(?P<half3>\s+and\s+a\s+(?:half|quarter))?\s+(?P<unit3>hours?|hrs?|minutes?|mins?)\b(?P<half4>\s+and\s+a\s+(?:half|quarter))?"
    rf"(?:,?\s+(?:and\s+)?(?P<c3>{_NUM})\s+(?:minutes?|mins?)\b)?)"
    rf"|\b(?P<a5>\d{{1,3}}|{_NUM})-(?P<unit5>minute|hour)\s+(?:[\w\-]+\s+){{0,2}}(?:meeting|talks?|call|conversation"
    rf"|conference|session|discussion|dialogue|summit)\b",
    re.IGNORECASE,
)
"""A stated duration: "for approximately 30 minutes", "about one hour and a quarter", "a 45-minute bilateral
meeting" (news style, the meeting named right after it, unlike "a 15-minute walk")."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TextDate:
    """A date as a readout states it: the year is often left out."""

    month: int
    day: int
    year: int | None
    weekday: int | None
    start: int
    """Offset in the text where it was found."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ClockTime:
    """A start time in 24-hour form and the zone the text names for it, if any."""

    hhmm: str
    zone: str | None


_SECTION_BEFORE = re.compile(r"(?:All\s+)?(?:Politics|Diplomacy|World|Nation|National|News|Asia|Japan|International"
                             r"|Business|Economy|Society)\s+(?:\d{1,2}:\d{2}\s+)?")
"""A news site's section printed before its date ("Politics Jan 12, 2023"), with the hour filed ("All News 22:47 July
18, 2022", Yonhap)."""


def parse_dateline(text: str) -> datetime.date | None:
    """A line that is only a date (the page's dateline), in any of the common forms; or a date between a
    page's labels ("Secretaría de Relaciones Exteriores | September 26, 2022", "News item | 11-01-2024 | 17:20")."""
    if "|" in text and len(text) <= _LABELLED_REACH:
        parts = [(part, _dateline(part)) for part in text.split("|")]
        labels = [part for part, day in parts if day is None]
        if not any(len(label.split()) > 5 or _EVENT.search(label) for label in labels):  # not a headline's title
            return next((day for _, day in parts if day), None)
    return _dateline(text)


_BYLINE = re.compile(r"^By\s+\S[^\n]{0,40}?\s+(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                     r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))")
"""A byline before a date on one line: the writer or the republishing site, then the date."""
_AGENCY_OR_DAY = re.compile(r"^(?:[A-Z][A-Z.&' ]{2,30}\s+[-–—]\s+"
                            r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
"""A news agency's name or a weekday's abbreviation before a date ("KYODO NEWS - Jul 8, 2024", "Thu Dec 15, 2016")."""
_AGENCY_CLOCK = re.compile(r"(?<=\d{4})\s+[-–—]\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$")
"""The time a story was filed, after its date and a dash ("Jul 8, 2024 - 21:14")."""
_LABELLED_REACH = 120
"""How long a line of labels and a date may be: a longer one with "|" in it is a menu or a sentence."""
_EVENT = re.compile(r"\b(?:meeting|meets?|met|summit|talks?|call|visit|dialogue|conference)\b", re.IGNORECASE)
"""Words of a headline's title, which a label beside a date never holds ("Japan-India Summit Meeting | ...")."""


def _dateline(text: str) -> datetime.date | None:
    """A line that is only a date, in any of the common forms, or a byline and its date ("By STL.News  July 29,
    2022")."""
    text = text.strip().lstrip("-•· ").strip()  # "- Date 2022-07-19": a page's details set as a list
    text = _AGENCY_CLOCK.sub("", _AGENCY_OR_DAY.sub("", text))  # "KYODO NEWS - Jul 8, 2024 - 21:14", "Thu Dec 15, 2016"
    byline = _BYLINE.match(text) if text.startswith("By ") else None
    if byline:
        return _dateline(text[byline.end():])
    match = _DATELINE.match(text)
    if not match and (section := _SECTION_BEFORE.match(text)):
        match = _DATELINE.match(text[section.end():])  # "Politics Jan 12, 2023": a news site's section
    if not match:
        return _kanji_dateline(text) or (_iberian_dateline(text) if " de " in text else None)
    groups = match.groupdict()
    if groups["year"]:
        return safe_date(int(groups["year"]), _month(groups["month"]), int(groups["day"]))
    if groups["year2"]:
        return safe_date(int(groups["year2"]), _month(groups["month2"]), int(groups["day2"]))
    if groups["iy"]:
        return safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    day, month = int(groups["ed"]), int(groups["em"])
    if month > 12 >= day or (_US_CLOCK.search(text) and day <= 12):
        day, month = month, day
    return safe_date(int(groups["ey"]), month, day)


_US_CLOCK = re.compile(r"\d\s*[AP]\.?M\.?\s+(?:E|C|M|P)[SD]?T\b", re.IGNORECASE)
"""A time in a U.S. zone after a numeric date ("07/11/2022 12:37 AM EDT"): the date is written month first."""


_IBERIAN_MONTHS = {name: number for number, names in enumerate((
    ("enero", "janeiro"), ("febrero", "fevereiro"), ("marzo", "março", "marco"), ("abril",), ("mayo", "maio"),
    ("junio", "junho"), ("julio", "julho"), ("agosto",), ("septiembre", "setiembre", "setembro"),
    ("octubre", "outubro"), ("noviembre", "novembro"), ("diciembre", "dezembro")), start=1) for name in names}
_IBERIAN_DATE = re.compile(r"^(?:[^\W\d_]+(?:-feira)?,?\s+)?(?P<day>\d{1,2})\s+de\s+(?P<month>[^\W\d_]+)\s+(?:de\s+)?"
                           r"(?P<year>\d{4})$", re.IGNORECASE)
"""A Spanish or Portuguese site's dateline over an English page ("Lunes 21 de noviembre de 2016", "26 de março de
2025")."""


def _iberian_dateline(text: str) -> datetime.date | None:
    """A dateline in Spanish or Portuguese."""
    match = _IBERIAN_DATE.match(text)
    month = _IBERIAN_MONTHS.get(match.group("month").lower()) if match else None
    return safe_date(int(match.group("year")), month, int(match.group("day"))) if match and month else None


def _kanji_dateline(text: str) -> datetime.date | None:
    """A dateline in Japanese notation, with an era year ("令和2年") turned into the Western one."""
    match = _KANJI_DATE.match(text)
    if match is None:
        return None
    era, era_year = match.group("era"), match.group("era_year")
    if era is not None and era_year is not None:
        year = _ERA_START[era] + (0 if era_year == "元" else int(era_year) - 1)
    else:
        year = int(match.group("year"))
    return safe_date(year, int(match.group("month")), int(match.group("day")))


def _month(name: str | None) -> int:
    """Month number of a month name or abbreviation (0 when unknown)."""
    return MONTHS.get((name or "").lower().rstrip("."), 0)


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """A date, or None when the numbers do not make one."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[TextDate]:
    """Every month-and-day the text states, in order, with a year and weekday when given."""
    found: list[TextDate] = []
    for match in TEXT_DATE.finditer(text):
        groups = match.groupdict()
        month = _month(groups["month"] or groups["month2"])
        day = int(groups["day"] or groups["day2"])
        year_text = groups["year"] or groups["year2"]
        if not 1 <= day <= 31 or not month:
            continue
        weekday = groups["weekday"] or _weekday_after(text, match.end())
        if not year_text:
            later = _YEAR_LATER.match(text, match.end(), min(len(text), match.end() + 80))
            if later:  # "from December 30 to January 2, 2020": the range began the year before
                year_text = str(int(later.group("year")) - (0 < _month(later.group("until")) < month))
        found.append(TextDate(month=month, day=day, year=int(year_text) if year_text else None,
                              weekday=WEEKDAYS.index(weekday.lower()) if weekday else None,
                              start=match.start()))
    return found


_YEAR_LATER = re.compile(
    r"\s*(?:\([^()]{0,50}\)\s*)?(?:(?:to|until|through|till|and|[-–—])\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH.replace('?P<month>', '?P<until>')}\s+)?\d{{1,2}}{_ORD}(?:\s*\([^()]{{0,50}}\))?)?"
    r",?\s+(?P<year>(?:19|20)\d\d)\b")
"""The year that ends a range or follows a bracket, for the date that opens it: "from October 9 to 11, 2019",
"October 9 to Friday, October 11, 2019", "On March 17 (local time; March 18 Japan time), 2020"."""


def _weekday_after(text: str, end: int) -> str | None:
    """A weekday written just after a date: "April 10 (Wednesday local time)"."""
    match = _WEEKDAY_NEAR.match(text, end, min(len(text), end + 14))
    if match is None:
        match = _WEEKDAY_NEAR.match(text, end + 1, min(len(text), end + 15)) if text[end:end + 1] == " " else None
    return match.group("weekday") if match else None


def find_time(text: str) -> ClockTime | None:
    """The first clock time stated, in 24-hour form, with its zone when the text names one."""
    match = _TIME.search(text)
    if match is None:
        return None
    span = _RANGE.search(text, 0, match.end())
    if span is not None and span.group("ap1") is None and span.start("h1") < match.start():
        # "from 9 to 10 a.m.": the meeting starts at the range's first end, in the second end's half of the day
        minutes = _clock(span.group("h1"), span.group("m1"), span.group("ap2"))
        if minutes > _clock(span.group("h2"), span.group("m2"), span.group("ap2")) and minutes >= 12 * 60:
            minutes -= 12 * 60  # "from 11 to 1 p.m." starts before noon
        return ClockTime(hhmm=f"{minutes // 60:02d}:{minutes % 60:02d}", zone=_zone_after(text, span.end()))
    groups = match.groupdict()
    if groups["noon"]:
        hour, minute = (12, 0) if groups["noon"].lower() == "noon" else (0, 0)
    elif groups["h24"]:
        hour, minute = int(groups["h24"]), int(groups["m24"])
    elif groups["hh"]:
        hour, minute = int(groups["hh"]), int(groups["mm"])  # "at 16.10 hrs."
    else:
        hour, minute = int(groups["h"]) % 12, int(groups["m"] or 0)
        if groups["ap"].lower().startswith("p"):
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return ClockTime(hhmm=f"{hour:02d}:{minute:02d}", zone=_zone_after(text, match.end()))


def _zone_after(text: str, end: int) -> str | None:
    """The zone named right after a time, before the sentence goes on to something else."""
    window = text[end:end + 60]
    window = re.split(r"(?<=[a-z])\.\s|,\s+(?:for|commencing|during)\b", window, maxsplit=1)[0]
    match = _ZONE.search(window)
    if match is None:
        return None
    if match.group("local"):
        return "local"
    if match.group("japan"):
        return "Japan"
    return _ZONE_NAMES.get(match.group("abbr").lower())


def find_duration(text: str) -> int | None:
    """Total minutes of every stated duration (sessions are summed); ranges give their middle.

    With no duration stated, a time range ("from 3:00 p.m. to 3:45 p.m.") gives one; a session given as a range
    and the one that "followed" it as a length are summed.
    """
    total = 0
    lengths = list(DURATION.finditer(text))
    if _broken_down(text, lengths):
        return _minutes(lengths[0].groupdict())
    outside = False  # whether the last length counted stood outside brackets
    for match in lengths:
        if _IN_TOTAL.match(text, match.end()):
            return _minutes(match.groupdict())  # "for approximately 85 minutes in total", its sessions in brackets
        if len(lengths) > 1 and _PART.search(text, max(0, match.start() - _PART_REACH), match.start()):
            continue  # "The first approximately 20 minutes of the meeting were held between the two leaders only"
        if _NOT_A_LENGTH.match(text, match.end()):
            continue  # "Putin, who arrived nearly three hours late": a delay, not a session
        bracketed = text.count("(", 0, match.start()) > text.count(")", 0, match.start())
        if bracketed and outside:
            continue  # "for approximately three hours (including a small-group meeting of approximately one hour)"
        total += _minutes(match.groupdict())
        outside = not bracketed
    followed = _FOLLOWED.search(text)
    if total and followed and not DURATION.search(text, 0, followed.start()):
        total += _span_minutes(text[:followed.start()]) or 0  # "held from 10:40 to 11:25, followed by ... about 45"
    return total or _span_minutes(text)


def _broken_down(text: str, lengths: list[re.Match[str]]) -> bool:
    """Whether the first length is the meeting's whole and the later ones its parts: "for approximately four hours"
    and then "first held a small group meeting for approximately 35 minutes ... a plenary session for
    approximately two hours, followed by a working dinner of a little over one hour" (not sessions to add up): the
    parts open with "first" and a session's name, and add up to no more than the whole."""
    if len(lengths) < 2 or _SESSION_PART.search(text, max(0, lengths[0].start() - 60), lengths[0].start()):
        return False
    parts = lengths[1:]
    opening = text[max(lengths[0].end(), parts[0].start() - 60):parts[0].start()]
    named = _FIRST_PART.search(opening) is not None and _SESSION_PART.search(opening) is not None
    return named and sum(_minutes(part.groupdict()) for part in parts) <= _minutes(lengths[0].groupdict())


_FIRST_PART = re.compile(r"\b(?:first(?:ly)?|began\s+with|started\s+with)\b", re.IGNORECASE)
"""A breakdown's opening words ("The two ministers first held a small group meeting for ..."); "followed by" a
tête-à-tête is a session after the first, to be added."""
_SESSION_PART = re.compile(r"\b(?:small[\s-]group|tête-à-tête|one-on-one|restricted|expanded|plenary)\b[^.;]{0,40}$",
                           re.IGNORECASE)
_IN_TOTAL = re.compile(r"\s+in\s+(?:total|all)\b", re.IGNORECASE)
_PART = re.compile(r"\b(?:the\s+(?:first|last|final)|of\s+which|including"
                   r"|includ(?:ed|es|ing)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?(?:of|for|lasting))"
                   r"(?:\s+(?:approximately|about|around|some|roughly|nearly))?\s*$", re.IGNORECASE)
"""Words before a length that is part of another stated length, not a session of its own ("The meeting ...
included a one-on-one meeting of approximately 30 minutes")."""
_PART_REACH = 60
"""How far before a length those words may start."""
_NOT_A_LENGTH = re.compile(r"\s+(?:late|early|behind\s+schedule|ago|later|earlier|beforehand|away"
                           r"|long\s+(?:flight|drive|trip))\b", re.IGNORECASE)
"""Words after a length that make it no meeting's: a delay, a time before or after, a journey."""
_FOLLOWED = re.compile(r"\bfollowed\s+by\b", re.IGNORECASE)


_RANGE = re.compile(  # "from 4:00 p.m. to 5:30 p.m.", "between around 6 p.m. and around 7 p.m."
    r"\b(?:from\s+|(?P<between>between\s+))?(?:(?:around|about)\s+)?(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*"
    r"(?P<ap1>[ap]\.?\s?m\b\.?)?\s*(?:to|until|till|–|-|(?(between)and|(?!)))\s*(?:(?:around|about)\s+)?"
    r"(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?\s*(?P<ap2>[ap]\.?\s?m\b\.?)",
    re.IGNORECASE,
)


_RANGE_24H = re.compile(r"\bfrom\s+(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)\s*(?:to|until|till|–|-)\s*"
                       r"(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\b(?!\s*[ap]\.?\s?m)", re.IGNORECASE)
"""A range on the 24-hour clock: "from 15:30 to 16:10"."""


def _span_minutes(text: str) -> int | None:
    """Minutes of the first clock-time range, when it is shorter than a day, and of each range after it
    that begins once the one before has ended: sessions ("from 4:00 p.m. to 5:30 p.m., followed by a working
    dinner from 5:40 p.m. to 7:00 p.m."), not the same hour in another time zone ("(from 6:00 a.m. ...
    Japan time)") nor anything in brackets."""
    total, last_end = 0, -1
    for match in _RANGE.finditer(text):
        if text.count("(", 0, match.start()) > text.count(")", 0, match.start()):
            continue
        first = _clock(match.group("h1"), match.group("m1"), match.group("ap1") or match.group("ap2"))
        second = _clock(match.group("h2"), match.group("m2"), match.group("ap2"))
        if not 0 < second - first < 12 * 60 or first < last_end:
            break
        total, last_end = total + second - first, second
    return total or _span_24h(text)


_DASHED_24H = re.compile(r"\b(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)\s*[-–]\s*(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\b"
                         r"(?!\s*[ap]\.?\s?m)", re.IGNORECASE)
"""A 24-hour range written with a dash and no "from", as a heading times its meeting: "(March 24, 16:00-17:30)"."""


def _span_24h(text: str) -> int | None:
    """Minutes of the first 24-hour range, when it runs forward within the day."""
    match = _RANGE_24H.search(text) or _DASHED_24H.search(text)
    if match is None:
        return None
    minutes = (int(match.group("h2")) * 60 + int(match.group("m2"))) - (int(match.group("h1")) * 60
                                                                      + int(match.group("m1")))
    return minutes if 0 < minutes < 12 * 60 else None


def _clock(hour: str, minute: str | None, half: str | None) -> int:
    """Minutes since midnight of a 12-hour clock time."""
    value = int(hour) % 12 + (12 if half and half.lower().startswith("p") else 0)
    return value * 60 + int(minute or 0)


def _minutes(groups: dict[str, str | None]) -> int:
    """Minutes of one matched duration phrase."""
    if groups["halfhour"] or groups["halfhour3"]:
        return 30
    a, b, c = groups["a"] or groups["a3"] or groups["a5"], groups["b"] or groups["b3"], groups["c"] or groups["c3"]
    unit = (groups["unit"] or groups["unit3"] or groups["unit5"] or "").lower()
    amount = _number(a)
    if b:
        amount = (amount + _number(b)) / 2
    fraction = next((groups[k] for k in ("half", "half2", "half3", "half4") if groups[k]), None)
    if fraction:
        amount += 0.25 if fraction.lower().endswith("quarter") else 0.5
    minutes = amount * 60 if unit.startswith("h") else amount
    return round(minutes + (_number(c) if c else 0))


def _number(text: str | None) -> float:
    """A number written in digits or words."""
    word = (text or "0").lower()
    if all(part in _WORDS for part in word.split("-")):
        return float(sum(_WORDS[part] for part in word.split("-")))
    return float(word)
