"""The meeting's date: what the text states, checked, and the year inferred when it is missing.

The text's date decides (the dateline may be the publication date). When the year is
missing, the evidence is weighed in this order: what the text itself says ("this year
marks 70 years since the end of World War II"), the terms of office of the people
present, --year, then other readouts with the same people (in the same import, or
already in the archive with a date no review note questions). Every
inference, and every conflict, is written into ``review`` so nothing is guessed silently.
"""

from __future__ import annotations

import collections
import datetime
import logging
import re
from dataclasses import dataclass

from generator.ingest.chairs import chaired
from generator.ingest.dates import MONTHS, TextDate, safe_date
from generator.ingest.offices import Holder, term_start_before, years_in_office
from generator.ingest.places import CITIES, city_at, countries_in
from generator.ingest.relations import ESTABLISHED, RESTORED

log = logging.getLogger(__name__)

_ANNIVERSARY = re.compile(
    r"\bthis\s+year\b[^.]{0,120}?\b(?P<n>\d{1,3})(?:st|nd|rd|th)?\s+(?:anniversary\s+of|years?\s+since)\s+"
    r"(?P<event>[^.]{0,120})|\b(?P<n2>\d{1,3})(?:st|nd|rd|th)?\s+(?:anniversary\s+of|years?\s+since)\s+"
    r"(?P<event2>[^.]{0,120}?)[^.]{0,40}\bthis\s+year\b",
    re.IGNORECASE,
)
_EXPLICIT_YEAR = re.compile(r"\b(?:this\s+year|the\s+year)\s*,?\s*(?P<y>(?:19|20)\d\d)\b|\byear\s+(?P<y2>(?:19|20)\d\d)"
                            r"\s+(?:is|marks)\b", re.IGNORECASE)
_EVENTS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"end\s+of\s+(?:the\s+)?(?:World\s+War\s+II|Second\s+World\s+War|war)", re.I), 1945),
    (re.compile(r"normali[sz]ation[^.]{0,60}(?:ROK|Korea)|(?:ROK|Korea)[^.]{0,60}normali[sz]ation", re.I), 1965),
    (re.compile(r"normali[sz]ation[^.]{0,60}China|China[^.]{0,60}normali[sz]ation", re.I), 1972),
)
_APPOINTED = re.compile(r"\bcongratulat\w*\b[^.]{0,160}\b(?:appointment|new\s+(?:position|post|role)|assum\w+"
                        r"|inauguration|taking\s+office|election\s+victory|victory\s+in\s+the\b[^.]{0,60}\belection)"
                        r"|\bthe\s+new(?:ly\s+appointed)?\s+(?:[A-Z][\w.]*\s+){0,3}"
                        r"(?:Minister|Secretary|President)", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateEvidence:
    """Everything that bears on one readout's date."""

    stated: TextDate | None
    dateline: datetime.date | None
    holders: tuple[tuple[Holder, str | None], ...]
    text: str
    countries: tuple[str, ...] = ()
    """The participants' countries, for an anniversary of "diplomatic relations" that does not name them."""
    sibling_years: tuple[int, ...] = ()
    """Years of other readouts (this import's, the archive's) sharing a participant, one entry per readout."""
    year: int | None = None
    """The --year the archivist gave."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateDecision:
    """The date chosen, notes for review, and whether the date was stated (usable as evidence)."""

    date: datetime.date | None
    notes: tuple[str, ...] = ()
    firm: bool = False


def decide_date(evidence: DateEvidence) -> DateDecision:
    """Choose the meeting's date from the evidence, noting every inference."""
    stated, dateline = evidence.stated, evidence.dateline
    if stated is None:
        return _without_stated_date(evidence)
    if stated.year is not None:
        day = safe_date(stated.year, stated.month, stated.day)
        if day is not None:
            return _checked(evidence, day, firm=True)
    if dateline is not None:
        return _from_dateline(evidence, stated, dateline)
    return _infer_year(evidence, stated)



def _without_stated_date(evidence: DateEvidence) -> DateDecision:
    """No month and day in the lead: the dateline, or the day a newly appointed participant took office."""
    if evidence.dateline is not None:
        return _checked(evidence, evidence.dateline, firm=True)
    if _APPOINTED.search(evidence.text):
        starts = _common_term_starts(evidence)
        if starts:
            day = max(starts)
            return DateDecision(date=day, notes=(
                f"date: the readout states no date; {day.isoformat()} is the day a participant newly "
                "appointed took office, so the meeting was on or after it: check the date",))
    return DateDecision(date=None, notes=("date: the readout states no date",))


def _common_term_starts(evidence: DateEvidence) -> list[datetime.date]:
    """Term starts of participants that fall within every other participant's term."""
    starts = []
    for holder, _ in evidence.holders:
        for term in holder.terms:
            if all(other.in_office(term.start) for other, _ in evidence.holders):
                starts.append(term.start)
    return starts


def _from_dateline(evidence: DateEvidence, stated: TextDate, dateline: datetime.date) -> DateDecision:
    """The stated month and day in the dateline's year (the year before, for a late-December meeting)."""
    year = dateline.year
    day = safe_date(year, stated.month, stated.day)
    if day is not None and day > dateline + datetime.timedelta(days=2):
        year -= 1
        day = safe_date(year, stated.month, stated.day)
    if day is None:
        return _infer_year(evidence, stated)
    decision = _checked(evidence, day, firm=True)
    if day != dateline:
        note = (f"date: {day.isoformat()} is the date the text states; the dateline "
                f"{dateline.isoformat()} is taken as the publication date")
        return DateDecision(date=decision.date, notes=(note, *decision.notes), firm=decision.firm)
    return decision


def _checked(evidence: DateEvidence, day: datetime.date, *, firm: bool) -> DateDecision:
    """Check a date against the stated weekday, the participants' terms and a year the text gives away.

    The year is corrected only when the text contradicts itself (its weekday does not fall
    on the stated date) and the terms of office point to one nearby year; a conflict with
    the terms alone is only noted, since the table of terms may be what is wrong.
    """
    stated = evidence.stated
    years = _candidate_years(evidence, day.month, day.day)
    weekday_ok = stated is None or stated.weekday is None or day.weekday() == stated.weekday
    office_ok = years is None or day.year in years
    if weekday_ok and office_ok:
        conflict = _text_conflict(evidence, day)
        return DateDecision(date=day, notes=(conflict,), firm=False) if conflict else DateDecision(date=day, firm=firm)
    problem = "the stated weekday" if not weekday_ok else "the participants' terms of office"
    options = sorted(years or (), key=lambda y: abs(y - day.year))
    if not weekday_ok and options and abs(options[0] - day.year) <= 2:
        fixed = safe_date(options[0], day.month, day.day)
        return DateDecision(date=fixed, notes=(
            f"date: year {day.year} conflicts with {problem}; year {options[0]} inferred instead: check the date",))
    return DateDecision(date=day, notes=(f"date: {day.isoformat()} conflicts with {problem}: check the date",),
                        firm=False)


def _text_conflict(evidence: DateEvidence, day: datetime.date) -> str | None:
    """A review note when the text gives away a year other than the date's ("this year, the 160th anniversary
    of the establishment of diplomatic relations" under a dateline a year late), in a text that never writes
    the date's year ("the 150th anniversary ..., which will be celebrated in 2023-2024" is no conflict in 2024)."""
    if str(day.year) in evidence.text:
        return None
    told = _text_years(evidence.text, evidence.countries)
    if not told or any(year == day.year for year, _ in told):
        return None
    year, why = told[0]
    return f"date: year {day.year} conflicts with {why}, which gives {year}: check the date"


def _candidate_years(evidence: DateEvidence, month: int, day: int) -> set[int] | None:
    """Years allowed by the terms of office and by the stated weekday (None when nothing constrains)."""
    years = years_in_office(list(evidence.holders), month, day)
    stated = evidence.stated
    if years is not None and stated is not None and stated.weekday is not None:
        years = {y for y in years if (d := safe_date(y, month, day)) is not None and d.weekday() == stated.weekday}
    return years


def _infer_year(evidence: DateEvidence, stated: TextDate) -> DateDecision:
    """No year anywhere: weigh the text, terms of office, --year and sibling readouts, in that order."""
    month_name = next(name for name, n in MONTHS.items() if n == stated.month).capitalize()
    what = f"year: the readout gives no year for {month_name} {stated.day}"
    years = _candidate_years(evidence, stated.month, stated.day)
    for year, why in _reasons(evidence, stated, years):
        day = safe_date(year, stated.month, stated.day)
        if day is not None:
            return DateDecision(date=day, notes=(f"{what}; {year} inferred from {why}: check the date",))
    return DateDecision(date=None, notes=(f"{what}, and none could be inferred: pass --year",))


def _reasons(evidence: DateEvidence, stated: TextDate, years: set[int] | None) -> list[tuple[int, str]]:
    """Candidate years with the evidence for each, strongest first."""
    reasons: list[tuple[int, str]] = []
    for year, why in _text_years(evidence.text, evidence.countries):
        if years is None or year in years:
            reasons.append((year, why))
    if years and _APPOINTED.search(evidence.text):
        recent = _most_recently_appointed(evidence, stated, years)
        if recent is not None:
            reasons.append((recent, "a participant's recent appointment and the terms of office"))
    if evidence.year is not None:
        reasons.append((evidence.year, "--year"))
    shared = [y for y in evidence.sibling_years if years is None or y in years]
    if shared:
        reasons.append((collections.Counter(shared).most_common(1)[0][0],
                        "other readouts with the same participants (in this import or the archive)"))
    if years and len(years) == 1:
        reasons.append((next(iter(years)), "the participants' terms of office"))
    elif years:
        reasons.append((_latest_past(years), f"the participants' terms of office, which allow {_span(years)}"))
    return reasons


def _latest_past(years: set[int]) -> int:
    """The latest year that is not in the future: open terms run to a fixed horizon years ahead,
    and a readout cannot report a meeting that has not happened."""
    past = [year for year in years if year <= datetime.datetime.now(datetime.UTC).year]
    return max(past or years)


def _text_years(text: str, countries: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """Years the text gives away: "this year marks 70 years since the end of World War II", "this year, the
    160th anniversary of the establishment of diplomatic relations" (between Japan and a participant's country)."""
    found = []
    for match in _EXPLICIT_YEAR.finditer(text):
        found.append((int(match.group("y") or match.group("y2")), f"the text ('{match.group(0)}')"))
    for match in _ANNIVERSARY.finditer(text):
        count = int(match.group("n") or match.group("n2"))
        event = match.group("event") or match.group(0)  # the whole match: the lazy event2 stops mid-word
        base = next((year for pattern, year in _EVENTS if pattern.search(event)), None) or _relations_began(
            event, countries)
        if base is not None:
            found.append((base + count, f"the text ('{match.group(0)[:90].strip()}')"))
    for match in _CHAIR.finditer(text):
        grouping = (match.group("body") or match.group("body2") or match.group("body3") or "").removeprefix("the ")
        chair = _chair_country(text, match.start(), countries)
        for year in chaired(grouping, chair) if chair else ():
            found.append((year, f"the text ('{_quote(text, match)}', {chair} in {year})"))
    for match in _HOSTED.finditer(text):
        grouping = match.group("body") or match.group("body2") or match.group("body3")
        city = city_at(match.group("place") or match.group("place2") or match.group("place3"))
        host = CITIES.get(city) if city else None
        for year in chaired(grouping, host) if host else ():
            found.append((year, f"the text ('{_quote(text, match)}', {host} chairing {grouping} in {year})"))
    return found


_CHAIR = re.compile(r"\b(?P<body>ASEAN|G7|G8|G20|APEC)\s+(?:[Cc]hair(?:manship)?|[Pp]residency)\s+this\s+year\b"
                    r"|\b[Tt]his\s+year['’]s\s+(?P<body2>ASEAN|G7|G8|G20|APEC)\s+(?:[Cc]hair|[Pp]resident|[Pp]residency)\b"
                    r"|\b(?:[Cc]hair(?:manship)?|[Pp]residency)\s+of\s+(?P<body3>ASEAN|the\s+G7|the\s+G8|the\s+G20|APEC)"
                    r"\s+this\s+year\b")
"""A grouping chaired "this year": "Singapore, which holds the ASEAN Chairmanship this year", "Japan's G7
Presidency this year", "this year's APEC Chair", "China's chairmanship of APEC this year"."""
_HOSTED = re.compile(r"\b(?:attend(?:ing)?|on\s+the\s+(?:margins|sidelines|occasion)\s+of|to\s+be\s+held|upcoming)\s+"
                     r"(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?(?P<body>ASEAN|G7|G8|G20|APEC)\b[^.;()]{0,60}?\b(?:held\s+)?in\s+"
                     r"(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                     r"|\bvisiting\s+(?P<place2>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[^.;]{0,30}?\bto\s+attend\s+(?:the\s+)?"
                     r"(?:[\w'’\-]+\s+){0,2}?(?P<body2>ASEAN|G7|G8|G20|APEC)\b"
                     r"|\b(?:attend(?:ing)?|on\s+the\s+(?:margins|sidelines|occasion)\s+of|to\s+be\s+held|upcoming)\s+"
                     r"(?:the\s+)?(?P<body3>G7|G8|G20)\s+(?P<place3>[A-Z][\w\-]+)\s+Summit\b")
"""A grouping's meeting the participants attend, in a city of the country that chairs it that year: "who is
visiting Beijing to attend the APEC Economic Leaders' Meeting" (China, 2014), "on the margins of the G20 Osaka
Summit" (Japan, 2019). Only such words of the same occasion count: a past summit recalled dates nothing."""


def _chair_country(text: str, start: int, countries: tuple[str, ...]) -> str | None:
    """The country a chair sentence names just before the grouping ("Singapore, which holds ..."), else the one
    country of the participants other than Japan."""
    named = countries_in(text[max(0, start - 60):start])
    return named[-1] if named else _other_country(countries)


def _quote(text: str, match: re.Match[str]) -> str:
    """The words around a match, for a review note."""
    return text[max(0, match.start() - 40):match.end()].split(". ")[-1].strip()


_RELATIONS = re.compile(r"\bdiplomatic\s+relations\b", re.IGNORECASE)
_RESTORED = re.compile(r"\b(?:restor|resum|re-?establish)\w*", re.IGNORECASE)


def _relations_began(event: str, countries: tuple[str, ...]) -> int | None:
    """The year Japan's diplomatic relations began with the one other country the anniversary names, or else
    with the one other country of the participants; None when that is not one country the table knows."""
    if not _RELATIONS.search(event):
        return None
    named = tuple(country for country in countries_in(event) if country != "Japan")
    other = _other_country(named) if named else _other_country(countries)
    if other is None:
        return None
    return RESTORED.get(other) if _RESTORED.search(event) else ESTABLISHED.get(other)


def _other_country(countries: tuple[str, ...]) -> str | None:
    """The one country besides Japan among ``countries``, or None when there is none or more than one."""
    others = list(dict.fromkeys(country for country in countries if country != "Japan"))
    return others[0] if len(others) == 1 else None


def _most_recently_appointed(evidence: DateEvidence, stated: TextDate, years: set[int]) -> int | None:
    """The candidate year closest after some participant took office ("congratulated on his appointment")."""
    best: tuple[int, int] | None = None
    for year in years:
        day = safe_date(year, stated.month, stated.day)
        if day is None:
            continue
        for holder, _ in evidence.holders:
            start = term_start_before(holder, day)
            if start is not None and (best is None or (day - start).days < best[0]):
                best = ((day - start).days, year)
    return best[1] if best and best[0] <= 365 else None


def _span(years: set[int]) -> str:
    """"2013-2017" or "2018 or 2019"."""
    ordered = sorted(years)
    if len(ordered) == 2:
        return f"{ordered[0]} or {ordered[1]}"
    return f"{ordered[0]}-{ordered[-1]}" if ordered[-1] - ordered[0] == len(ordered) - 1 else \
        ", ".join(map(str, ordered))
