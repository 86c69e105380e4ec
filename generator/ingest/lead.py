"""The lead: the sentence that says who met whom, when, for how long and where.

MOFA, the State Department and most other governments open a readout with one
sentence carrying the meeting's facts ("On June 14, commencing at around 12:05 p.m.
for approximately 30 minutes, Mr. Taro Kono, ... held a ... Meeting with ..."); the
people in it are the participants, and everyone else named later is mentioned.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.ingest import places
from generator.ingest.names import HEADS, Mention, find_mentions

log = logging.getLogger(__name__)

_PAID_A_VISIT = r"(?:paid|pays)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:(?:official|working|state|first)\s+)*visits?\b"
_VERB = re.compile(r"\b(?:held|holds|hold|met|meets|spoke|speaks|talked|talks\s+with|received|receives"
                   rf"|sat\s+down\s+with|(?!{_PAID_A_VISIT})(?:paid|pays)"
                   r"|attended|attends|hosted|hosts|had\s+(?:a|an|talks|discussions)|conducted|visited|was\s+held|signed"
                   r"|(?<![-\w])(?<!is\s)(?<!was\s)(?:called|calls)(?=\s+(?:on\s+)?[A-Z])|(?:tele)?phoned"
                   r"|were\s+held|took\s+place|(?:was|were)\s+(?:represented|led)\s+by"
                   r"|exchanged\s+views|conferred|(?:co-?)?chaired|participated\s+in|took\s+part\s+in"
                   r"|welcomed(?=\s+(?:the\s+)?[A-Z])|agreed\s+in\s+(?:a\s+|their\s+)?(?:telephone\s+|phone\s+|video\s+)?"
                   r"(?:talks?|call|meeting)"
                   r"|(?:agreed|confirmed|affirmed)(?=(?:[^.]|(?<=[A-Z])\.|\.(?!\s)){0,200}?\bin\s+(?:a\s+|their\s+)?(?:first\s+)?"
                   r"(?:telephone\s+|phone\s+|video\s+)?(?:talks?|call|meeting)\b)"
                   r"|following\s+(?:(?:their|a|the)\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|summit))\b")
"""A lead's verb: someone held, met, spoke with, called, sat down with, "confirmed ... in their first telephone
talks" (a news agency's lead), a meeting took place and each side "was represented by" or "was led by" someone
(the European Council's summits, India's 2+2 releases)... (a paragraph saying only that someone "paid an official
visit" introduces the meetings of a visit, reported in the paragraphs after it)."""
_VISIT_BY = re.compile(r"\bvisit\s+(?:to\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?by\s+(?:the\s+)?$")
"""Words before someone whose visit a later sentence of the lead recalls: an earlier event, not this meeting."""
_RECALLED = re.compile(r"^(?:Earlier|Previously)\b")
"""A later sentence of the lead recalling an earlier meeting ("Earlier in the day, Minister Zarif held a Japan-Iran
Foreign Ministers' Meeting with Mr. Taro Kono"): its people are mentioned, not present. A second meeting the page
reports has a paragraph of its own (``_ANOTHER_MEETING``) or follows ("During the visit he also met ...")."""
_VISIT_OPENING = re.compile(rf"{_PAID_A_VISIT}"
                            r"|\bwho\s+(?:is|was)\s+(?:currently\s+)?visiting\b(?=[^.]{0,120}\bspent\b)")
"""A paragraph before the meetings saying whose visit they were: "X paid an official visit to ...", "Prime Minister
Shinzo Abe, who is visiting Australia, spent the second day of his visit in Canberra" (a Kantei day page)."""
_NOT_PRESENT = re.compile(r"(?:invitation\s+of|headed\s+by|accompanying|accompanied\s+by|reported\s+(?:back\s+)?to"
                          r"|on\s+behalf\s+of|according\s+to|(?:decision|proposal|announcement)\s+(?:by|of)"
                          r"|(?:death|killing|assassination|passing|loss|memory)\s+of|message"
                          r"\s+from|letter\s+from|attributable\s+to|successor\s+to|father|mother|late(?:\s+former)?"
                          r"|funeral\s+(?:service\s+)?(?:of|for)\s+(?:the\s+late\s+)?(?:former\s+)?"
                          r"|(?:agreement|consensus|understanding)\s+(?:reached\s+)?between\s+"
                          r"(?:[A-Z][\w.’'\-]*\s+){0,5}(?:and\s+)?"
                          r"|\b(?:agreed|decided|announced|committed)\s+(?:to\s+)?by\s+"
                          r"(?:(?:[A-Z][\w’'\-]*|[A-Z]\.|Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.)\s+){0,5}(?:and\s+)?"
                          r"|\bvisit\s+to\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?,?\s+where\s+(?:he|she|they)\s+"
                          r"(?:had\s+)?met\s+(?:with\s+)?)\s*(?:the\s+)?(?:(?:late|former)\s+)?$",
                          re.IGNORECASE)
_VISIT = re.compile(
    r"\b(?:who\s+(?:is|was)\s+(?:currently\s+)?(?:visiting|staying\s+in|in|on\s+(?:a|his|her)\s+visit\s+to)"
    r"|during\s+(?:a|his|her|the|their)\s+(?:official\s+|working\s+)?(?:visit|stay|trip)\s+(?:to|in)"
    r"|on\s+(?:an?|his|her|their)\s+(?:(?:official|working|state|first|bilateral)\s+)*visit\s+to"
    r"|on\s+the\s+occasion\s+of\s+(?:an?|his|her|their|the)\s+(?:(?:official|working|state|first)\s+)*visit\s+to"
    r"|while\s+(?:visiting|in)|visiting"
    r"|(?<!who\s)(?<!had\s)(?<!has\s)visited"  # "From October 9 to 11, X visited Japan", not "who visited it in 2015"
    r"|(?:paying|making)\s+(?:an?\s+|his\s+|her\s+)?(?:official\s+|working\s+|state\s+)?visit\s+to)\s+",
    re.IGNORECASE,
)
_IN_CITY = re.compile(r"\b(?:in|at)\s+(?=[A-Z])|\bwelcomed\b[^.;]{0,250}?\bto\s+(?=[A-Z])")
"""Where a place may follow: "in Tokyo", "at the Iikura Guest House", "welcomed ... Ministers ... to Queenscliff"."""
_POSTED = re.compile(r"\b(?:Ambassador|Consul(?:-General)?|based|stationed)\b[^,.;]{0,30}$", re.IGNORECASE)
"""Words before "in <city>" that place a person's post, not the meeting ("Japanese Ambassador in Washington")."""
_BODY_PLACE = re.compile(r"\b(?:meeting|talks?)\b[^.]{0,60}?\bheld\s+in\s+|\bwelcomed\s+(?:[A-Z][\w.]*\s+){1,3}"
                         r"to\s+|\bwelcomed\s+[^.]{0,50}?\bvisit\s+to\s+")
_CAPITAL = re.compile(r"\bin\s+the\s+(?:(?P<adj>[A-Z][\w.]*|national)\s+)?capital\b(?!\s+(?:city\s+)?of\b)")
"""'in the Japanese capital', 'in the capital' (but not 'in the capital of X', which names X itself)."""
_SEAT = re.compile(r"\bat\s+(?:the\s+)?(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry"
                   r"|Presidential\s+(?:Palace|Office)|Government\s+House)(?!\s+of\b)")
"""A government seat of the country visited, unnamed: it is in that country's capital ("at Government House, on the
occasion of the Official Visit to Thailand")."""
_PAIR = re.compile(r"\b([A-Z][\w.]*)-[A-Z]")
"""The first country of an "India-Japan" pair, which a government writes with itself first."""
_OWNER = re.compile(r"[\w.]*['’]s\b")
"""A name in the possessive: the lead speaks of that person's visit, message or policy, not of who met."""
_HOSTED = re.compile(r"\b(?:hosted|organi[sz]ed|chaired)\s+by\s+")
"""An event the lead says a country hosts ("the G20 Foreign Ministers' Meeting hosted by Brazil"): the meeting on
its margins was held in that country, though the city is not stated."""
_APPOSITIVE_STOP = re.compile(r"^(?:who|which|and|held|for|during|in|on|from|upon|as|at|the\s+overview|with|while"
                              r"|whereas|whilst"
                              r"|an?\s+(?:[\w-]+\s+){0,2}(?:meeting|talks?|series|visit|dinner|lunch(?:eon)?|call"
                              r"|ceremony|conference|tour)s?)\b", re.IGNORECASE)
"""What starts the words after a name when they are no role: a clause, or the next item of a list of events
("talks with Prime Minister Shinzo Abe, a meeting with Emperor Akihito and ...")."""
_VIRTUAL = re.compile(r"\btele(?:phone|conference)|\bphone\b|\bvideo|\bvirtual|\bonline\b", re.IGNORECASE)
_REMOTE_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:of\s+)?){1,6}in\s+(?=[A-Z])"
                           r"|\bwho\s+(?:is|was)\s+(?:currently\s+)?visiting\s+(?=[A-Z])")
"""Where one side of a call was, as the lead states it: "from the Embassy of Japan in Seoul", "who is visiting
Washington"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Lead:
    """The lead paragraph and the sentence in it that carries the meeting verb."""

    paragraph: str
    clause: str
    offset: int
    """Where the paragraph starts in the body's paragraphs joined by newlines."""
    number: int = 0
    """Which of the body's paragraphs it is."""
    visit: tuple[int, int] | None = None
    """Where the subject is of a paragraph before it that says who "paid an official visit" (up to "paid"):
    the visitor, who met people during it."""

    @property
    def clause_start(self) -> int:
        """Where the meeting sentence starts in the body's paragraphs joined by newlines."""
        return self.offset + max(0, self.paragraph.find(self.clause))

    @property
    def clause_end(self) -> int:
        """Where the meeting sentence ends in the body's paragraphs joined by newlines."""
        return self.clause_start + len(self.clause)


@dataclass(frozen=True, slots=True, kw_only=True)
class Present:
    """A person named in the lead, with the title given to them there."""

    mention: Mention
    title: str | None
    principal: bool = False
    """Met by the lead's subject though named after the lead's sentence ("his Japanese counterpart")."""


def find_lead(paragraphs: list[str]) -> Lead | None:
    """The first paragraph that says someone held, met or spoke with someone."""
    offset = 0
    visit = None
    nameless: list[Lead] = []
    for number, paragraph in enumerate(paragraphs[:_LEAD_WITHIN]):
        match, first = _named_verb(paragraph)
        if match and first:
            clause = _lead_clause(paragraph, match, first)
            if match.group(0) == "visited" and not re.search(r"\bwith\b", clause):
                meeting = _meeting_after(paragraph, match.end())
                later = None if meeting or visit else _meeting_of_visit(paragraphs, number, offset, match.start())
                if later is not None:
                    return later
                clause = meeting or clause
            lead = Lead(paragraph=paragraph, clause=clause, offset=offset, number=number, visit=visit)
            if _names_someone(lead.clause) or (number == 1 and _THE_TWO.match(clause)
                                               and _names_someone(paragraphs[0])):
                return lead
            nameless.append(lead)
            if len(nameless) > _NAMELESS_LEADS:
                return nameless[0]
        paid = _VISIT_OPENING.search(paragraph) if visit is None else None
        if paid:
            visit = (offset, offset + paid.start())
        offset += len(paragraph) + 1
    return nameless[0] if nameless else _dated_opening(paragraphs[:_LEAD_WITHIN])


def _lead_clause(paragraph: str, match: re.Match[str], first: re.Match[str]) -> str:
    """The sentence of ``match``; from the sentence of ``first`` when that comes before it (the unnamed sentence
    saying the meeting was held is part of the lead)."""
    clause = _sentence_around(paragraph, match.start())
    if first is not match:
        start = paragraph.find(_sentence_around(paragraph, first.start()))
        clause = paragraph[start:paragraph.find(clause, start) + len(clause)]
    start = paragraph.find(clause)
    end = start + len(clause)
    while (other := _OTHER_SIDE.match(paragraph, end)) is not None:  # "Japan was represented by ..." too
        sentence = _sentence_around(paragraph, other.end())
        end = paragraph.find(sentence, end) + len(sentence)
    return paragraph[start:end]


_OTHER_SIDE = re.compile(r"\s+(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:side\s+)?(?:was|were)\s+"
                         r"(?:represented|led)\s+by\b")
"""The next sentence naming the other side's representatives, part of a lead that says who represented each side."""


def _meeting_of_visit(paragraphs: list[str], number: int, offset: int, verb: int) -> Lead | None:
    """The first meeting, naming people, in the paragraphs after one that says only who "visited" where ("From
    January 18 to 20, Mr. X visited Indonesia. The overview of the visit is as follows."), with that visit."""
    later = find_lead(paragraphs[number + 1:_LEAD_WITHIN])
    if later is None or not _names_someone(later.clause):
        return None
    start = offset + len(paragraphs[number]) + 1
    return dataclasses.replace(later, offset=later.offset + start, number=later.number + number + 1,
                               visit=(offset, offset + verb))


@functools.lru_cache(maxsize=256)
def _names_someone(sentence: str) -> bool:
    """Whether the sentence names a titled person: asked of one sentence several times while a lead is sought."""
    return bool(find_mentions(sentence))


def _named_verb(paragraph: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first lead verb of the paragraph in a sentence that names someone (else its first lead verb at all),
    and its first lead verb: "On December 24, ... the 9th Foreign Ministers' Meeting ... was held at the
    Iikura House in Tokyo. The meeting was chaired by Mr. HAYASHI Yoshimasa ..." is led by both sentences."""
    first = None
    for number, match in enumerate(_VERB.finditer(paragraph)):
        if number == _VERBS_TRIED:
            break
        first = first or match
        if _names_someone(_sentence_around(paragraph, match.start())):
            return match, first
    return first, first


_VERBS_TRIED = 4
"""How many of a paragraph's lead verbs are looked at for a sentence naming someone: a paragraph may be long."""


_MEETING_VERB = re.compile(r"\b(?:held|met|spoke|talked|had\s+(?:talks|a\s+meeting)|received|hosted"
                           r"|exchanged\s+views)\b")


def _meeting_after(paragraph: str, start: int) -> str | None:
    """The sentence after "X visited Japan." that says who met whom ("On October 10, ... held a meeting with
    Minister X"): a visit's dates open the paragraph, the meeting's own sentence is the lead."""
    for match in _MEETING_VERB.finditer(paragraph, start):
        clause = _sentence_around(paragraph, match.start())
        if _names_someone(clause):
            return clause
    return None


_NAMELESS_LEADS = 2
"""Sentences with a meeting verb but no one named ("The Foreign Secretary spoke to Japan's Foreign Minister about
..."), a page's summary above its readout, passed over for a later one that names the people: at most this many."""


_LEAD_WITHIN = 100
"""How many paragraphs may come before the lead: a mirror's menu, one item a line, can push it far down."""


_DATED_OPENING = re.compile(r"^(?:On|on)\s+(?:the\s+\w+\s+of\s+)?(?:\w+day,?\s+)?"
                            r"(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z])")


def _dated_opening(paragraphs: list[str]) -> Lead | None:
    """A lead whose verb is none of the usual ones ("... exchanged notes on ..."): the first paragraph that
    opens with the date, as leads do."""
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        if _DATED_OPENING.match(paragraph):
            return Lead(paragraph=paragraph, clause=_sentence_around(paragraph, 0), offset=offset, number=number)
        offset += len(paragraph) + 1
    return None


def _sentence_around(text: str, offset: int) -> str:
    """The sentence containing ``offset`` (sentences end with '. ' before a capital).

    A break right at ``offset`` does not start the sentence: its capital is not before ``offset``.
    """
    starts, ends = _sentence_bounds(text)
    before = bisect.bisect_left(starts, offset)
    start = starts[before - 1] if before else 0
    after = bisect.bisect_left(ends, (offset, 0))
    return text[start: ends[after][1] if after < len(ends) else len(text)].strip()


@functools.lru_cache(maxsize=4)
def _sentence_bounds(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where each sentence of ``text`` may start, and the (start, end) of each sentence ending.

    Found once per paragraph: a one-paragraph readout asks for the sentence of every name in
    it, and scanning the paragraph for each was quadratic (a 10 MB lead never finished).
    """
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text) if _ends_sentence(text, m.start())]
    ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text) if _ends_sentence(text, m.start())]
    return starts, ends


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s+(?=[A-Z(])|$)")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|Hon|Rt|St|Jr|Sr|Gen|Amb|Smt|Shri|No|H\.E|U\.S|U\.K)"
                           r"|(?<![\w.])(?:[A-Z]\.){0,3}[A-Z])$")  # an initial or several ("Retno L.P. Marsudi")


def _ends_sentence(text: str, period: int) -> bool:
    """A full stop that ends a sentence, not the one of "Mr.", of the initial in "Dr. S. Jaishankar", or of
    "9:05 a.m." before the zone it is in ("a.m. Japan time (4:05 p.m. ... local time)")."""
    if text[period] != ".":
        return True
    if _CLOCK_ZONE.match(text, max(0, period - 3)):
        return False
    return not _ABBREVIATION.search(text[max(0, period - 6):period])


_CLOCK_ZONE = re.compile(r"\s?[ap]\.m\.\s+(?:Japan|JST|GMT|UTC|local|Tokyo|\(|Eastern|Pacific|Central|[A-Z]{2,4}T)")


def present_people(lead: Lead, text: str, mentions: list[Mention], header: Sequence[str] = ()) -> list[Present]:
    """People named in the lead paragraph, except those it says are elsewhere ("headed by ...").

    ``mentions`` are those found in ``text``, the body's paragraphs joined, of which the lead is one;
    ``header``, the lines above the title (a minister's byline on a first-person release).
    """
    span = _LeadSpan(end=lead.offset + len(lead.paragraph), clause_start=lead.clause_start, clause_end=lead.clause_end,
                     listed=_attendee_lines(text, lead.offset + len(lead.paragraph)))
    elsewhere = _at_another_event(text, span, mentions)
    present = [found for mention in mentions if mention.start not in elsewhere
               and (found := _presence(lead, span, text, mention)) is not None]
    subject = _unnamed_subject(lead, span, text, mentions, header)
    if subject is not None and all(p.mention.words != subject.mention.words for p in present):
        present.insert(0, subject)
    for earlier in reversed(_named_just_before(lead, text, mentions)):
        if all(p.mention.words != earlier.mention.words for p in present):
            present.insert(0, earlier)
    counterpart = _unnamed_counterpart(lead, span, text, mentions)
    if counterpart is not None and all(p.mention.words != counterpart.mention.words for p in present):
        present.append(counterpart)
    signer = _signer(lead, text, mentions)
    if signer and all(p.mention.start != signer.start for p in present):
        present.insert(0, Present(mention=signer, title=_signer_title(text, signer)))
    elif signer is None and _FIRST_PERSON.search(lead.clause):
        byline = _byline(header)
        if byline and all(p.mention.words != byline.mention.words for p in present):
            present.insert(0, byline)
    return present


_OTHER_EVENT = re.compile(r"\b(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the|a|an|their|his|her)\s+"
                          r"[^,.;]{0,60}?\b(?:summit|meeting|talks|conference)\s+(?:among|between|with)\s+",
                          re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:,?\s*(?:Jr|Sr)\.?)?(?:,\s*|,?\s+and\s+|\s*)$")


def _at_another_event(text: str, span: _LeadSpan, mentions: list[Mention]) -> set[int]:
    """Where the people start whom the lead lists at another event ("hours before the first trilateral summit
    among President Ferdinand R. Marcos Jr., Prime Minister KISHIDA Fumio and President Joseph R. Biden Jr.",
    "ahead of the Prime Minister's meeting with President Biden")."""
    starts: set[int] = set()
    for event in _OTHER_EVENT.finditer(text, span.clause_start, span.clause_end):
        end = event.end()
        for mention in mentions:
            if mention.start < end:
                continue
            if not _LIST_GAP.match(text[end:mention.start]):
                break
            starts.add(mention.start)
            end = mention.end
    return starts


_UNNAMED_SUBJECT = re.compile(r"^(?:On\s+[^,]{1,30},\s+|(?:Next|Then|Subsequently|Afterwards|Later),\s+)?"
                              r"(?P<who>He|She|EAM|PM|[Tt]he\s+(?P<office>Prime\s+Minister"
                              r"|Foreign\s+Secretary|Secretary|President|Chancellor|Vice\s+President|Foreign\s+Minister))"
                              r"\s+(?!of\b|[A-Z])")
_OFFICE_WORDS = {"EAM": "external affairs", "PM": "prime minister"}
"""The office an abbreviation as a lead's subject stands for; a pronoun stands for anyone ("")."""
_PRONOUN_REACH = 1500


def _unnamed_subject(lead: Lead, span: _LeadSpan, text: str, mentions: list[Mention],
                     header: Sequence[str]) -> Present | None:
    """Whom a lead means that opens with a pronoun or a bare office ("He held bilateral talks with ...", "On 07
    March, EAM and H.E. Ms. KAMIKAWA Yoko ... held", "Next, the Prime Minister held ..."): the person the
    paragraphs just before it last named in full (or, named by surname only, with that office), else the one the
    page's byline names ("From: Prime Minister's Office, 10 Downing Street and The Rt Hon David Cameron MP")."""
    subject = _UNNAMED_SUBJECT.match(lead.clause)
    if subject is None or lead.visit is not None:  # a visit's paragraph names the visitor already
        return None
    office = subject.group("office")
    wanted = _OFFICE_WORDS.get(subject.group("who"), (office or "").lower())
    named = [m for m in mentions if span.clause_start - _PRONOUN_REACH <= m.start < span.clause_start
             and not _NOT_PRESENT.search(text[max(0, m.start - 40):m.start])]
    before = [(m, title_after(text, m) or m.role) for m in named if m.is_full]
    fitting = [(m, role) for m, role in before if wanted in (role or "").lower()]
    if not before and wanted:  # "Prime Minister Kishida arrived in Kyiv": the office named with a surname
        fitting = [(m, m.role) for m in named if m.title and wanted in m.role.lower()]
    if fitting or before:
        mention, role = (fitting or before)[-1]
        return Present(mention=mention, title=role or office)
    byline = _byline(header)
    return dataclasses.replace(byline, title=office or byline.title) if byline is not None else None


_THE_TWO = re.compile(r"^(?:The|Both)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|ministers|prime\s+ministers"
                      r"|foreign\s+ministers|heads\s+of\s+government)\b", re.IGNORECASE)
"""A lead that opens with those it met without naming them ("The two leaders held talks at Government House in
Auckland this morning"): the paragraph just before named them ("Prime Minister John Key and Japanese Prime Minister
Shinzo Abe have agreed to ...")."""


def _named_just_before(lead: Lead, text: str, mentions: list[Mention]) -> list[Present]:
    """Those a lead opening "The two leaders ..." means: the people the paragraph just before it names in full."""
    if not _THE_TWO.match(lead.clause) or lead.number != 1:
        return []  # only right after the opening paragraph that names them, not deep in a story
    start = text.rfind("\n", 0, lead.offset - 1) + 1
    return [Present(mention=m, title=title_after(text[:lead.offset], m)) for m in mentions
            if start <= m.start < lead.offset and m.is_full
            and not _NOT_PRESENT.search(text[max(start, m.start - 40):m.start])]


_UNNAMED_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<adj>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                                  r"counterparts?\b(?!,?\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z])")
"""A lead whose subject met "his Japanese counterpart", named only afterwards ("Minister for Foreign Affairs of
Japan Hayashi Yoshimasa arrived ...", "H.E. Motegi Toshimitsu, Minister for Foreign Affairs of Japan, is on an
official visit"): Malaysian, Sri Lankan and other governments' releases."""
_COUNTERPART_REACH = 600
"""How far after the lead's sentence the counterpart is looked for."""


def _unnamed_counterpart(lead: Lead, span: _LeadSpan, text: str, mentions: list[Mention]) -> Present | None:
    """The person the lead's "his Japanese counterpart" is: the first named after the lead's sentence whose
    title is that country's (by its adjective or its name)."""
    found = _UNNAMED_COUNTERPART.search(lead.clause)
    if found is None:
        return None
    adjective = found.group("adj")
    country = places.demonym_country(adjective) or places.country_at(adjective)
    if country is None:
        return None
    for mention in mentions:
        if not span.clause_end <= mention.start < span.clause_end + _COUNTERPART_REACH or not mention.is_full:
            continue
        title = title_after(text, mention) or mention.role
        if title and (country in places.countries_in(title) or adjective in title):
            return Present(mention=mention, title=title, principal=True)
    return None


def unnamed_office(lead: Lead, present: Sequence[Present]) -> str | None:
    """The office a lead's subject names without a name when no one present holds it by name ("The President
    called Prime Minister Naoto Kan of Japan this evening", on a White House page that never names him): who held
    it is looked up once the date is known."""
    subject = _UNNAMED_SUBJECT.match(lead.clause)
    office = subject.group("office") if subject is not None and lead.visit is None else None
    if office is None or any(office.lower() in (p.title or p.mention.role).lower() for p in present):
        return None
    return office


@dataclass(frozen=True, slots=True)
class _LeadSpan:
    """Where the lead paragraph ends, where its meeting sentence lies, and the attendee lines after it."""

    end: int
    clause_start: int
    clause_end: int
    listed: list[tuple[int, int]]


def _presence(lead: Lead, span: _LeadSpan, text: str, mention: Mention) -> Present | None:
    """The person as a participant, with the title the text gives them there; None when only spoken of."""
    line_end = next((b for a, b in span.listed if a <= mention.start < b), None)
    visit_end = _visitor_until(lead, text, mention)
    if visit_end is not None:
        return Present(mention=mention, title=title_after(text[:visit_end], mention))
    if not (lead.offset <= mention.start < span.end or line_end is not None):
        later = mention.start >= span.end and _joins_later(text, mention, visit=lead.visit is not None,
                                                           several=reports_several(lead))
        return Present(mention=mention, title=title_after(text, mention)) if later else None
    in_clause = span.clause_start <= mention.start < span.clause_end
    if line_end is None and not in_clause and _spoken_of_later(lead, text, mention):
        return None
    if in_clause and _of_an_event_ahead(text, span.clause_start, mention):
        return None  # "ahead of the Trilateral Leaders' Summit of President Marcos, ...": of the event to come
    before = text[max(lead.offset, mention.start - 80):mention.start]
    absent = _NOT_PRESENT.search(before)
    if absent and not (absent.group(0).startswith("headed") and (in_clause or _SIDE_HEADED.search(before))):
        return None  # a delegation "headed by" someone in the lead's own sentence met; one named elsewhere did not
    if _ENVOY_OF.search(mention.title):
        return None  # "Special Envoy of Prime Minister KISHIDA Fumio": the envoy's principal, who sent him
    if _OWNER.match(text, mention.end - 2, mention.end + 2):
        return None  # "ahead of Prime Minister Kishida's visit next month": someone's visit or message, not a guest
    return Present(mention=mention, title=title_after(text[:line_end or span.end], mention))


_SIDE_HEADED = re.compile(r"\bside\s+(?:was\s+)?headed\s+by\s+$")
"""A dialogue's lead naming each side's head in sentences of their own ("The Philippine side was headed by Mr.
Evan P. Garcia"): heads of the meeting's delegations, not of one elsewhere."""
_ENVOY_OF = re.compile(r"\b(?:[Ee]nvoy|[Aa]dvis[eo]r|[Rr]epresentative)\s+(?:of|to)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w.’'-]*(?:\s+|$)){1,3}$")
"""A title that makes the name after it someone's principal ("Special Envoy of Prime Minister"): the envoy is the
one present."""


def _spoken_of_later(lead: Lead, text: str, mention: Mention) -> bool:
    """Whether a later sentence of the lead names this person without their taking part: a sentence not about who
    attended ("as agreed to by Chairman Kim"), one recalling an earlier meeting ("Earlier in the day, ..."),
    someone's earlier visit ("... upgraded during the visit to Japan by H.E. Mr. Narendra Modi"), or a spokesman who
    reports the talks ("Mr. Thanakorn ..., Spokesman of the Office of the Prime Minister, revealed ...")."""
    sentence = _sentence_around(lead.paragraph, mention.start - lead.offset)
    if not _ATTENDANCE.search(sentence) or _RECALLED.search(sentence):
        return True
    if _VISIT_BY.search(text, max(lead.offset, mention.start - 40), mention.start):
        return True
    if "pokes" not in text[mention.start:mention.end + _ROLE_REACH]:
        return False
    # the sentence from the name on: one that starts with the name is otherwise taken with the sentence before it
    own = _sentence_around(lead.paragraph, mention.start - lead.offset + 1)
    return "spokes" in (title_after(text, mention) or mention.role).lower() and not _ATTENDING.search(own)


_ROLE_REACH = 160
"""How far after a name its role may run ("Mr. Thanakorn Wangboonkongchana, Spokesman of the Office of ...")."""


_JOINED = re.compile(r"\b(?:also\s+|later\s+)?(?:joined|participated\s+in|took\s+part\s+in|(?:who\s+)?attended)\s+"
                     r"(?:the|this|their)\s+"
                     r"(?:[\w’'-]+\s+){0,2}?(?:meeting|talks?|call|session|dinner|lunch|luncheon|breakfast|conversation"
                     r"|discussions?)\b", re.IGNORECASE)
_ANOTHER_MEETING = re.compile(r"^(?:\d{1,2}[.)]\s*|\(\d{1,2}\)\s*)?"
                              r"(?:(?:Following|After|Subsequently|Later|Then|Before|Prior\s+to"
                              r"|On\s+the\s+(?:same|following|next)\s+day)\b[^,.]{0,60},\s+)+"
                              r"(?P<subject>[^\n]{0,160}?)\bheld\s+(?:a|an|another)\s+(?:[\w’'-]+\s+){0,5}?"
                              r"(?:meeting|talks?|summit)\s+with\s+", re.IGNORECASE)
"""A sentence after the lead that reports a second meeting ("Following the meeting, Minister Kishida held a
meeting with H.E. Prof. G. L. Peiris, ...", "On the same day, prior to the Summit Meeting, Mr. Seiji Maehara ...
held a meeting with Mr. Sergey Lavrov"): its counterpart, and whoever it names as holding it, took part too;
not someone the words before them name ("Following the meeting with President Obama, ...")."""


_VISIT_MEETING = re.compile(r"^(?:\d{1,2}[.)]\s*|\(\d{1,2}\)\s*)?On\s+(?:\w+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}"
                            r"(?:,?\s+\d{4})?,\s+(?P<subject>[^\n]{0,160}?)\b(?:held\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,5}?"
                            r"(?:meeting|talks?)\s+with|paid\s+a\s+courtesy\s+call\s+on|met\s+with)\s+")
"""A dated meeting of a visit whose report opens with the visit ("From January 18 to 20, Mr. X visited Indonesia",
then "On January 20, Special Envoy X held a meeting with H.E. Mr. Jusuf Kalla"): its counterpart met the visitor
too. Only in such a report: elsewhere a dated sentence may recall an earlier meeting."""


_SEVERAL = re.compile(r"\b(?:held|holds)\s+(?:separate\s+|bilateral\s+|summit\s+|individual\s+)*(?:meetings|talks)\b"
                      r"|\bseparate\s+(?:bilateral\s+)?(?:meetings|talks)\b"
                      r"|\b(?:held|holds)\s+a\s+series\s+of\s+(?:[\w-]+\s+)?(?:meetings|talks)\b", re.IGNORECASE)
"""A lead reporting several meetings whose counterparts it does not name ("held separate meetings with the Foreign
Ministers of the Russian Federation, ... and the Republic of Korea")."""
SUB_LEAD = re.compile(r"^(?:Commencing|Starting|Beginning|From|First|Next|Then|Following\s+this|Thereafter"
                      r"|Subsequently|After\s+that|Finally|Lastly)\b[^\n]{0,120}?,\s+(?P<subject>[^\n]{0,160}?)\b"
                      r"(?:held\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,5}?(?:meeting|talks?|summit)\s+with|met\s+with"
                      r"|paid\s+a\s+courtesy\s+call\s+on)\s+")
"""The sentence that opens each meeting of such a page, under its heading ("Commencing at 4:05 p.m. for
approximately 50 minutes, Minister Kono held a meeting with Mr. Sergey Lavrov, ...", "Next, the Prime Minister
held a summit meeting with His Majesty ..."): its counterpart took part,
and its time and length are the meeting's."""


def first_sentence(paragraph: str) -> str:
    """A paragraph's first sentence ("Commencing at 4:05 p.m. ..., X held a meeting with Y."), "p.m." and all."""
    return _sentence_around(paragraph, 0)


def reports_several(lead: Lead) -> bool:
    """Whether the lead reports several meetings, each told under a heading of its own."""
    return _SEVERAL.search(lead.clause) is not None


_JOINED_BY = re.compile(r"\b(?:meeting|session|talks|(?:working\s+)?(?:lunch|luncheon|dinner|breakfast))\s+"
                        r"(?:was\s+|were\s+)?(?:joined|attended)\s+(?:on\s+the\s+[\w.]+\s+side\s+)?by\b"
                        r"|^(?:Also\s+)?(?:[Pp]resent|[Ii]n\s+attendance)\s+(?:were|was)\b"
                        r"|^(?:At|During|In)\s+the\s+(?:meeting|talks)\b[^.]{0,80}?\b(?:was|were)\s+accompanied\s+by\b",
                        re.IGNORECASE)
"""The people a meeting (or the meal that followed it) was "joined by" ("an expanded meeting joined by ministers
of both countries, including Mr. Taro Aso, ... and Mr. Sergey Lavrov") or "attended (on the Japanese side) by",
or who "Present were", or by whom a side "was accompanied" at the meeting: named after the words, they took
part."""


_REACH = 400
"""How far around a name a sentence saying that its person joined is looked for: a paragraph may be megabytes."""


def _of_an_event_ahead(text: str, clause_start: int, mention: Mention) -> bool:
    """Whether the lead's sentence names this person as one of an event still ahead ("ahead of the ... Summit of
    A, B and C") and no meeting verb comes between: they are not of this meeting."""
    named = text.find(mention.words[0], mention.start, mention.end)  # the title may run back over "Summit of"
    before = text[clause_start:named if named >= 0 else mention.start]
    starts = [match.end() for match in _AHEAD.finditer(before)]
    if not starts:
        return False
    between = before[starts[-1]:]
    return _EVENT_OF.search(between) is not None and not _MEETING_VERB.search(between) and "." not in between[-2:]


_AHEAD = re.compile(r"\b(?:ahead|in\s+advance)\s+of\s+(?:the|a|their)\b")
_EVENT_OF = re.compile(r"\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Vv]isit|[Cc]onference)\S*\s+(?:of|with|between|among)\s+")


def _joins_later(text: str, mention: Mention, *, visit: bool = False, several: bool = False) -> bool:
    """Whether a sentence after the lead paragraph says this person joined the meeting ("Prime Minister Abe
    joined the meeting midway") or names them as the counterpart of a second meeting (``_ANOTHER_MEETING``,
    or, in the report of a visit, ``_VISIT_MEETING``, or on a page of several meetings, ``SUB_LEAD``)."""
    near = text[max(0, mention.start - _REACH):mention.end + _REACH]
    if ("joined" not in near and "held" not in near and "attended" not in near and "resent" not in near
            and not (several and "met" in near)
            and "accompanied" not in near and "participated" not in near and "took part" not in near
            and not (visit and ("courtesy call" in near or "met with" in near))):
        return False
    start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - _REACH)
    paragraph_end = text.find("\n", mention.end, mention.end + _REACH)
    paragraph = text[start:paragraph_end if paragraph_end >= 0 else mention.end + _REACH]
    sentence = _sentence_around(paragraph, mention.start - start)
    at = mention.start - start - paragraph.find(sentence)
    joined = _JOINED.search(sentence)
    if joined and at < joined.start() and not re.search(r"\b(?:not|never)\b", sentence[:joined.start()]):
        return True
    cue = ("joined by" in sentence or "attended" in sentence or "resent w" in sentence
           or "ttendance w" in sentence or "accompanied by" in sentence)
    joined_by = _JOINED_BY.search(sentence) if cue else None
    if joined_by and at >= joined_by.end() and mention.is_full:
        return True
    another = (_ANOTHER_MEETING.match(sentence) or (_VISIT_MEETING.match(sentence) if visit else None)
               or (SUB_LEAD.match(sentence) if several else None))
    return another is not None and at >= another.start("subject") and mention.is_full


def _visitor_until(lead: Lead, text: str, mention: Mention) -> int | None:
    """Where the words end that say this person "paid an official visit", before the lead (the meetings the
    lead and the paragraphs after it report are the visitor's); None for anyone else, such as the host "at
    the invitation of" whom the visit was paid."""
    if lead.visit is None or not lead.visit[0] <= mention.start < lead.visit[1]:
        return None
    if not (mention.is_full or mention.title):  # "Prime Minister Kishida visited Ukraine": titled, found later
        return None
    if _NOT_PRESENT.search(text[max(lead.visit[0], mention.start - 40):mention.start]):
        return None
    return lead.visit[1]


_FIRST_PERSON = re.compile(r"\b(?:I|We)\s+(?:have\s+)?(?:met|welcomed|held|hosted|received|spoke)\b")
_SIGN_OFF_REACH = 300
"""How near the end a minister's signature stands ("Senator the Hon Penny Wong / Minister for Foreign Affairs")."""


def _signer(lead: Lead, text: str, mentions: list[Mention]) -> Mention | None:
    """The "I" of a first-person release ("Today I welcomed ..."): the person who signs it at the end."""
    if not _FIRST_PERSON.search(lead.clause):
        return None
    tail = len(text.rstrip()) - _SIGN_OFF_REACH
    signed = [m for m in mentions if m.start >= max(tail, lead.offset + len(lead.paragraph)) and m.is_full
              and _signature_line(text, m)]
    return signed[-1] if signed else None


def _signature_line(text: str, mention: Mention) -> bool:
    """Whether the name stands on a line of its own, as a signature does ("Senator the Hon Penny Wong"), not in
    the release's last sentence ("This afternoon I will call on Prime Minister Shinzo Abe.")."""
    line = text[text.rfind("\n", 0, mention.start) + 1:(text.find("\n", mention.end) + 1 or len(text) + 1) - 1]
    return len(line.split()) <= _SIGNATURE_WORDS and not line.rstrip().endswith(".")


_SIGNATURE_WORDS = 8
"""Words a signature line runs to at most ("Senator the Hon Penny Wong", "Minister for Foreign Affairs")."""


def _byline(header: Sequence[str]) -> Present | None:
    """The "I" of a first-person release signed at the top instead ("Minister for Foreign Affairs / Senator
    the Hon Penny Wong" above the title): the last person named in full there, with the role on the line
    next to the name when the name has none of its own. Its offsets are the header line's, not the text's."""
    for index in reversed(range(len(header))):
        beside = [*header[max(0, index - 1):index], *header[index + 1:index + 2]]
        role_line = next((line for line in beside if _ROLE_LINE.match(line)), None)
        named = [mention for mention in find_mentions(header[index]) if mention.is_full]
        if (not named and role_line and _BARE_NAME.match(header[index])  # "Julie Bishop" over her role's line
                and not _SITE_WORDS.search(header[index])):
            named = [Mention(title="", words=tuple(header[index].split()), start=0, end=len(header[index]),
                             honorific=False)]
        if named:
            return Present(mention=named[-1], title=named[-1].role or role_line)
    return None


_BARE_NAME = re.compile(r"^[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2}$")
"""A line that is only a name, as a minister's site sets it over the role ("Julie Bishop" / "Minister for Foreign
Affairs")."""


_SITE_WORDS = re.compile(r"\b(?:Media|Press|Release|Releases|Statements?|News|Transcripts?|Speech(?:es)?|Menu|Home"
                         r"|Search|Contact|Office|Department|Ministry|Government)\b")
"""Words of a site's labels and menus ("Media Release" beside the "Prime Minister" of a masthead): no name."""
_ROLE_LINE = re.compile(r"^(?:[A-Z][\w.’'\-]*\s+){0,3}(?:Minister|Secretary|Chancellor|President|Premier)\b"
                        r"[^.!?]{0,80}$")
"""A line that is a role, not a name or a sentence ("Minister for Foreign Affairs")."""


def _signer_title(text: str, signer: Mention) -> str | None:
    """The role on the line under the signature, else the one written with the name."""
    following = text[signer.end:signer.end + 120].lstrip(" ,").split("\n")
    line = following[1].strip() if following and not following[0].strip() and len(following) > 1 else ""
    return line if line and len(line.split()) <= 8 else signer.role or None


_ATTENDANCE = re.compile(r"\b(?:attend\w*|present|accompan\w*|joined|join|participat\w*|sides?|delegation"
                         r"|together\s+with|held|met)\b", re.IGNORECASE)
"""A later sentence of the lead that names people who took part: attendees, or a second meeting."""
_ATTENDING = re.compile(r"\battend\w*|\bpresent\b|\bsides?\b|\bjoined\b", re.IGNORECASE)
"""Words of a sentence listing who attended ("attending on the U.S. side were ... Spokesperson Nuland")."""
_ATTENDEES = re.compile(r"^\(?\s*(?:Attendees?|Attending\b[^:\n]{0,60}|Participants?|Also\s+present|Present"
                        r"|(?:\(?\s*Attendees?\s*\)\s*)?(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?\s+[Ss]ide)\s*:")
"""A line of who attended: "Attendees:", "Japanese side: ...", "U.S. side: ..."."""


def _attendee_lines(text: str, lead_end: int) -> list[tuple[int, int]]:
    """Where the lines listing attendees are, in the few lines right after the lead ("Attendees:",
    "Japanese side: Mr. X, ..."): the people on them took part too."""
    found = []
    start = lead_end + 1
    for line in text[start:start + 2000].split("\n")[:8]:
        if _ATTENDEES.match(line):
            found.append((start, start + len(line)))
        start += len(line) + 1
    window = text[lead_end:lead_end + _LIST_REACH]
    cue = ("attended" in window or "took part" in window or "participated" in window or "elegation" in window
           or "articipants" in window or "ttendees" in window)
    listed = _LISTED_BELOW.search(text, lead_end, lead_end + _LIST_REACH) if cue else None
    if listed:
        start = listed.end() + 1
        for number, line in enumerate(text[start:start + 2000].split("\n")[:_LIST_ITEMS]):
            if line and not _LIST_ITEM.match(line) and not (number == 0 and _BY_COUNTRY.match(line)):
                break
            found.append((start, start + len(line)))
            start += len(line) + 1
    return found


_LISTED_BELOW = re.compile(r"^(?:\[[^\]\n]{1,20}\]\s*)?[^\n]{0,80}\b(?:who\s+(?:attended|took\s+part|participated)"
                           r"|[Dd]elegation\s+members|[Mm]embers\s+of\s+the\s+delegation)\b[^\n]{0,60}$"
                           r"|^\[[^\]\n]{1,20}\]\s*[^\n]{0,80}\b(?:Participants|Attendees)\s*:?"
                           r"(?:$|(?=\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}:\s))", re.MULTILINE)
"""A heading over a list of who attended, anywhere after the lead ("[Reference] Members of Congress who attended the
courtesy call", then "(1) Senator ...", "(2) ..."; "[Reference] G7 Summit Teleconference Meeting Participants", then
"Japan: Prime Minister Abe, United States: President Trump, ..."): the people on its items took part."""
_LIST_ITEM = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-•・])\s*")
_BY_COUNTRY = re.compile(r"^(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}:\s+[^,\n]+,\s+){2,}")
"""A list of participants by country on one line ("Japan: Prime Minister Abe, United States: President Trump, ...")."""
_LIST_REACH = 20_000
_LIST_ITEMS = 20


def title_after(text: str, mention: Mention) -> str | None:
    """The role written after a name ("..., Minister for Foreign Affairs of Japan, who ..."), else before it."""
    rest = text[mention.end:mention.end + 240]
    suffix = _NAME_SUFFIX.match(rest)
    if suffix:
        rest = rest[suffix.end():]
    if rest.startswith(", "):
        parts = re.split(r",\s+|\s*[;()]\s*|\.\s+(?=[A-Z])|\.$", rest[2:])
        first = parts[0].strip() if parts else ""
        words = {w.lower() for w in re.findall(r"[\w\-]+", first)}
        if first and not _APPOSITIVE_STOP.match(first) and words & HEADS and not _names_a_person(first):
            title = first
            for part in parts[1:]:
                if places.country_at(part) and not _APPOSITIVE_STOP.match(part) and len(part.split()) <= 6:
                    title = f"{title}, {part.strip()}"
                else:
                    break
            return title.rstrip(".")
    role = mention.role
    if {w.lower() for w in role.split()} & HEADS:
        return role
    return _title_before(text[max(0, mention.start - 120):mention.start])


@functools.lru_cache(maxsize=1024)
def _names_a_person(words: str) -> bool:
    """Whether ``words`` open with a titled person: the next of a list of attendees ("attended by State Minister
    ... Tharaka Balasuriya, Foreign Secretary Aruni Wijewardane, Ambassador ... and senior officials"), not the role
    of the one before."""
    found = find_mentions(words)
    return bool(found) and found[0].start == 0 and bool(found[0].title) and len(found[0].words) >= 2

_NAME_SUFFIX = re.compile(r"(?:,?\s*(?:Jr|Sr)\.?(?=[\s,]|$)|\s+(?:ibn|bin|bint)\s+(?:[Aa]l[\s\-])?[A-Z][\w'’\-]*"
                          r"|,?\s+(?:II|III|IV|MP|QC|KC|MEP|SC|EGH|CBE|OBE|MBE|CMG"
                          r"|KCMG|GCMG|P\.C\.|PC)(?=[\s,]|$)|,\s*(?:SC|EGH|CBE|OBE|MBE|CMG|KCMG|GCMG|P\.C\.|PC|MP)"
                          r"(?=,))+")
"""What may follow a name before its role: ", Jr." ("Joseph R. Biden, Jr. met ..."), a patronymic after a regnal
number ("King Abdullah II ibn Al Hussein, King of ..."), post-nominals ("Stephen
Smith MP, Minister ...", "Ali Sabry, P.C., Minister ...", "Omamo, SC, EGH, Cabinet Secretary ...")."""
_ROLE_BEFORE = re.compile(r"((?:(?:[A-Z][\w.’'\-]*|of|for|the|and|on)\s+){0,8}[A-Z][\w.’'\-]*),\s*$")


def _title_before(before: str) -> str | None:
    """A role written before the name and set off by a comma: "Japan's Minister for Foreign Affairs, Ms. X"."""
    match = _ROLE_BEFORE.search(before)
    if match is None:
        return None
    role = match.group(1)
    while role.split() and role.split()[0].lower() in ("of", "for", "the", "and", "on"):
        role = role.split(" ", 1)[1] if " " in role else ""
    return role if {w.lower() for w in role.split()} & HEADS else None


def find_location(lead: Lead, body_text: str) -> tuple[str | None, str | None]:
    """"City, Country" from "who is visiting X", "during his visit to X", "in X", or a named venue.

    Returns the location and, when it was inferred rather than stated, a note saying from what.
    A visit names a country more often than a city ("who is visiting Japan"), so a city or
    venue of that country named in the same lead ("at the Prime Minister's Office") refines it.
    """
    text = lead.paragraph
    if _VIRTUAL.search(lead.clause):  # a call has a place only where the lead says where a side was
        stated = _REMOTE_PLACE.search(lead.clause)
        return (_place_at(lead.clause[stated.end():stated.end() + 80]) if stated else None), None
    visited = next((found for match in _VISIT.finditer(text)
                    if (found := _place_at(text[match.end():match.end() + 120]))), None)
    if visited and "," in visited:
        return visited, None
    city, note = _city_in(text)
    if city and (visited is None or city.endswith(f", {visited}")):
        return city, note
    if visited is None and (filed := _filed_from(text)):
        return filed
    capital = _capital_in(text, visited)
    if capital:
        return capital
    visited = visited or _visit_place(lead, body_text)
    if visited:
        return _venue_next(lead, body_text, visited) or (visited, None)
    host = _HOSTED.search(text, 0, _LEAD_REACH)
    if host and (country := places.country_at(text[host.end():host.end() + 60])):
        return country, f"location: {country} inferred from the host of the event ('{host.group(0).strip()} {country}')"
    for match in _BODY_PLACE.finditer(body_text):
        country = places.country_at(body_text[match.end():match.end() + 60])
        if country:
            quote = body_text[match.start():match.end() + 30].split(".")[0].strip()
            return country, f"location: {country} inferred from the text ('{quote}')"
    return None, None


def _venue_next(lead: Lead, body_text: str, country: str) -> tuple[str, str] | None:
    """The city of a venue in the visited country that the paragraph after the lead names ("who was visiting
    Japan." then "The two leaders attended a ceremony at the Prime Minister's Office"), with a note."""
    start = lead.offset + len(lead.paragraph) + 1
    end = body_text.find("\n", start, start + _NEXT_REACH)
    following = body_text[start:end if end >= 0 else start + _NEXT_REACH]
    for venue, city in places.VENUES.items():
        found = places.format_location(city, None)
        if venue in following and found is not None and found.endswith(f", {country}"):
            return found, f"location: {found} inferred from the venue the next paragraph names ('{venue}')"
    return None


_NEXT_REACH = 600
"""How much of the paragraph after the lead is looked through for a venue."""


def _visit_place(lead: Lead, body_text: str) -> str | None:
    """Where the visit the lead's meeting was part of went, as the paragraph before it says (``_TRIP``): a city
    when it names one ("visiting Australia, spent the second day of his visit in Canberra"), else the country."""
    if lead.visit is None:
        return None
    found = [place for trip in _TRIP.finditer(body_text, lead.visit[1], lead.visit[1] + _TRIP_REACH)
             if (place := _place_at(body_text[trip.end():trip.end() + 120]))]
    return next((place for place in found if "," in place), found[0] if found else None)


_TRIP_REACH = 200
"""How far after the visitor's name the visit paragraph is looked through for where the visit went."""


_TRIP = re.compile(r"\b(?:visited|visiting|visits?\s+to|visit\s+in)\s+")
"""Where the place follows in a paragraph saying who "visited X" or "paid an official visit to X" before the
meetings of the visit: the place of a meeting whose own sentence names none."""
_FILED = re.compile(r"^(?P<place>[A-Z][A-Z.’'\-]+(?:,?\s+[A-Z][A-Z.’'\-]+){0,3})\s*,?\s*(?:[^()\n—–]{0,30}?\d{4}\s*)?"
                    r"(?:\([^()]{0,30}\)\s*)?[—–:-]"
                    r"|^(?P<town>[A-Z][a-zà-ÿ’'\-]+(?:\s+[A-Z][a-zà-ÿ’'\-]+){0,2}),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+"
                    r"\d{1,2},?)\s+\d{4}\s*\.?\s*[—–-]"
                    r"|^\((?:Reuters|AP|AFP|Kyodo|Jiji(?:\s+Press)?|Yonhap|Xinhua|Bloomberg|Bernama|PTI|ANI)\)\s*[—–-]")


def is_news_dateline(text: str) -> bool:
    """Whether ``text`` opens with a wire story's dateline in capitals ("TOKYO (Kyodo) --", "PERTH, AUSTRALIA –"), or
    with the agency alone, its place on the byline above ("(Reuters) - Japanese Prime Minister ...")."""
    return _FILED.match(text) is not None


def _filed_from(text: str) -> tuple[str, str] | None:
    """The city a news-style dateline in capitals opens the lead with ("WASHINGTON, D.C. — Secretary ...",
    "TOKYO (Kyodo) - ..."), with a note that it was read from there: where the release was filed, which is
    where the meeting was when the lead names no other place."""
    match = _FILED.match(text)
    if match is None:
        return None
    place = match.group("place") or match.group("town")  # "TOKYO (Kyodo) -", "Nagoya, 22 November 2019.-"
    if place is None:
        return None  # "(Reuters) -": the place is on the byline, not here
    written = " ".join(word if "." in word else word.capitalize() for word in place.split(" "))
    city = places.city_at(written)
    rest = written[len(city):].strip(" ,") if city else ""
    if city is None or (rest and places.country_at(rest) != rest and places.country_of(rest) is None):
        return None  # "WASHINGTON, D.C.", "PERTH, AUSTRALIA"; not "TOKYO, WHERE"
    found = places.format_location(city, None)
    return (found, f"location: {found} inferred from the dateline ('{place}')") if found else None


def _capital_in(text: str, visited: str | None) -> tuple[str, str] | None:
    """"in the British capital", or "in the capital" (or at the foreign ministry) of the country visited: the
    city, with a note that it was read from the phrase. "The national capital" is the capital of the country a
    government names first in its own "India-Japan" pair."""
    match = _CAPITAL.search(text, 0, _LEAD_REACH) or (_SEAT.search(text, 0, _LEAD_REACH) if visited else None)
    if match is None:
        return None
    adjective = match.groupdict().get("adj")
    if adjective == "national":
        pair = _PAIR.search(text, 0, _LEAD_REACH)
        country = places.country_at(pair.group(1)) if pair else None
    elif adjective:
        country = places.demonym_country(adjective) or places.country_at(adjective)
    else:
        country = visited
    capital = places.CAPITALS.get(country or "")
    if country is None or capital is None:
        return None
    found = f"{capital}, {country}"
    return found, f"location: {found} inferred from '{match.group(0).strip()}'"


def _city_in(text: str) -> tuple[str | None, str | None]:
    """The city of a venue the lead names, else a known city after "in" or "at", with a note for a venue."""
    for venue, city in places.VENUES.items():
        if venue in text:
            found = places.format_location(city, None)
            return found, f"location: {found} inferred from the venue the lead names ('{venue}')"
    for match in _IN_CITY.finditer(text, 0, _LEAD_REACH):
        if _POSTED.search(text[max(0, match.start() - 40):match.start()]):
            continue
        at = match.end()
        city_name = places.city_at(text[at:at + 60])
        if city_name is None and (found := _place_at(text[at:at + 80])) and "," in found:
            return found, None
        if city_name is None and (named := _VENUE_THEN_CITY.match(text, at, at + 80)):
            at = named.end()
            city_name = places.city_at(text[at:at + 60])
        if city_name:
            return _with_country(city_name, text[at + len(city_name):at + len(city_name) + 80]), None
    for match in _NAMED_PLACE.finditer(text, 0, _LEAD_REACH):
        city_name = _city_within(match.group("name"))
        if city_name:
            found = places.format_location(city_name, None)
            return found, f"location: {found} inferred from the name of the venue or event ('{match.group('name')}')"
    return None, None


_LEAD_REACH = 4000
"""How far into the lead paragraph a place is looked for: its opening sentences (a paragraph of megabytes,
as in a readout with no blank lines, would otherwise cost a city lookup per "in X")."""
_NAMED_PLACE = re.compile(r"\b(?:at|during|on\s+the\s+(?:margins?|sidelines?|occasion)\s+of|to\s+attend)\s+(?:the\s+)?"
                          r"(?P<name>(?:[A-Z0-9][\w’'\-]*\s+){0,6}[A-Z][\w’'\-]*)")
"""A venue or event named in capitals ("the Hotel Okura Tokyo", "the G7 Hiroshima Summit"): its name may hold a city."""


def _city_within(name: str) -> str | None:
    """A known city named inside a venue's or event's name."""
    words = name.split()
    for index in range(len(words)):
        city = places.city_at(" ".join(words[index:]))
        if city:
            return city
    return None


def _place_at(text: str) -> str | None:
    """A city (with the country that follows it) or a country at the start of ``text``.

    A city the table does not know counts when a known country follows it ("Bogor, Indonesia").
    """
    city = places.city_at(text)
    if city:
        return _with_country(city, text[len(city):])
    unknown = _UNKNOWN_CITY.match(text.strip())
    if unknown and not places.country_at(unknown.group(1)):
        following = text.strip()[unknown.end():]
        province = _PROVINCE.match(following)  # "Ningbo, Zhejiang Province, the People's Republic of China"
        country = (places.country_at(following[province.end():] if province else following)
                   or ("Japan" if _PREFECTURE.match(following) else None)
                   or places.region_at(_STATE_OF.sub("", following)))
        if country:
            return places.format_location(re.sub(r"\s+City$", "", unknown.group(1)), country)
    return places.country_at(text)


_UNKNOWN_CITY = re.compile(r"([A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,2}),\s+(?:the\s+)?")
_PROVINCE = re.compile(r"[A-Z][a-z]+\s+(?:Province|Prefecture|State|Region|Oblast|Governorate),\s+(?:the\s+)?")
_PREFECTURE = re.compile(r"[A-Z][a-z]+\s+Prefecture\b")
_STATE_OF = re.compile(r"^(?:the\s+)?(?:State|Province)\s+of\s+")
"""India's way of naming a state: "Gandhinagar, State of Gujarat"."""
"""A Japanese prefecture after a city the table does not know ("Iwaki City, Fukushima Prefecture"): in Japan."""
_VENUE_THEN_CITY = re.compile(r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,5},\s+")
"""A venue named before its city: "at State House, Nairobi"."""


def _with_country(city: str, following: str) -> str | None:
    """"Seoul" + ", the Republic of Korea (ROK)" -> "Seoul, Republic of Korea"."""
    match = re.match(r"^(?:,\s*|\s+in\s+)(.{0,70})", following)
    country = places.country_at(match.group(1)) if match else None
    return places.format_location(city, country)
