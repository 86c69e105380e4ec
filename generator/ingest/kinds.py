"""The meeting's type, from how the readout describes it (the lead wins over the title).

The channel decides first (a "Summit Telephone Talk" is a telephone talk), then the
meal, the courtesy call and named formats, and only then the level of the people
present (leaders: summit meeting; foreign ministers: foreign ministers' meeting).
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("telephone talk", re.compile(r"\btele(?:phone|-phone)\s+(?:talks?|conference|call|conversation|meeting)"
                                  r"|\bphone\s+(?:call|conversation|talks?)\b|\b(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b"
                                  r"|\bheld\s+a\s+(?:tele)?phone\b|(?<!courtesy )\bcall\s+with\b", re.IGNORECASE)),
    ("video conference", re.compile(r"\bvideo[\s-]*(?:conference|call|link|teleconference|meeting)|\bvirtual"
                                    r"(?:ly|\s+(?:form|format|meeting))|\bonline\s+(?:meeting|format)"
                                    r"|\bteleconference\b|\bvideoconference\b|\bweb\s+(?:conference|meeting)",
                                    re.IGNORECASE)),
    ("breakfast meeting", re.compile(r"\bbreakfast\b", re.IGNORECASE)),
    ("working lunch", re.compile(r"\b(?:working\s+)?lunch(?:eon)?\b", re.IGNORECASE)),
    ("dinner meeting", re.compile(r"\b(?:working\s+)?dinner\b|\bheld\s+a\s+dinner", re.IGNORECASE)),
    ("courtesy call", re.compile(r"\bcourtesy\s+calls?\b", re.IGNORECASE)),
    ("strategic dialogue", re.compile(r"\bstrategic\s+dialogue\b", re.IGNORECASE)),
    ("2+2 consultations", re.compile(r"[\"“]?2\s*\+\s*2[\"”]?\s+(?:[\w-]+\s+){0,4}?(?:consultations|meeting|dialogue)"
                                     r"|\bForeign\s+and\s+Defen[cs]e\s+Ministerial\s+(?:Meeting|Dialogue)\b|\bJoint\s+"
                                     r"Foreign\s+and\s+Defen[cs]e\s+Ministerial\s+Consultations\b"
                                     r"|\bSecurity\s+Consultative\s+Committee\b|\bForeign\s+and\s+Defen[cs]e\s+Ministerial"
                                     r"\s+Consultations\b|\(\s*[\"“]?2\s*\+\s*2[\"”]?\s*\)"
                                     r"|[\"“]?two[\s-]plus[\s-]two[\"”]?\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|dialogue)",
                                     re.IGNORECASE)),
)
_ELSEWHERE = re.compile(
    r"\b(?:before|ahead\s+of|after|following|prior\s+to|on\s+the\s+(?:margins?|sidelines?|occasion)\s+of|to\s+attend"
    r"|in\s+the\s+run-up\s+to|at|during)\s+the\s+(?:[^,.;]|\.(?!\s*$|\s+(?-i:[a-z])))*"
    r"|\b(?:followed\s+by|including|which\s+included)\s+(?:an?\s+|the\s+)?(?:working\s+)?"
    r"(?:lunch(?:eon)?|dinner|breakfast|reception)\b"
    r"|\band\s+the\s+(?:subsequent|following)\s+(?:working\s+)?(?:lunch(?:eon)?|dinner|breakfast|reception)\b"
    r"|\b(?:meeting|talks|dialogue)\s+and\s+(?:an?\s+)?(?:working\s+)?(?:lunch(?:eon)?|dinner|breakfast)\b"
    r"|\bwith\s+(?:an?\s+)?(?:working\s+)?(?:lunch(?:eon)?|dinner|breakfast)\b[^,.;]{0,60}?\bin\s+between\b",
    re.IGNORECASE,
)
"""Another event the lead names ("ahead of the 2+2", "at the G7 Foreign Ministers' Meeting"), or a meal that
only follows the meeting or is part of it ("three hours including a working lunch", "chaired the ... Meeting
and the subsequent dinner", "for a bilateral meeting and working lunch", two sessions "with a working lunch
... in between"): neither says what this meeting was."""
_SESSION = re.compile(r"\bsession\b[^.]{0,60}?\b(?:was|were)\s+held\b|\bheld\s+(?:a|the)\s+(?:\w+\s+){0,2}session\b",
                      re.IGNORECASE)
_ATTENDED = re.compile(r"\b(?:attended|attends|co-?chaired|co-?chairs|participated\s+in|participates\s+in)\s+the\s+"
                       r"(?:[^,.;]{0,100}?)\b(?-i:Meeting|Summit|Conference|Session|Forum|Dialogue)s?\b"
                       r"|\bco-?chair(?:ed|s)?\b", re.IGNORECASE)
"""A minister who attends or co-chairs a named meeting: a multilateral one (bilateral meetings are "held"); not
those who "attended the meeting" a lead has just said was held."""
_TRILATERAL = re.compile(r"\bTrilateral\b|\b[A-Z][\w.]*-[A-Z][\w.]*-[A-Z][\w.]*\s+(?:Trilateral\s+)?"
                         r"(?:Foreign\s+Ministers|Summit|Leaders)")
"""A meeting of three ("Japan-China-ROK Foreign Ministers' Meeting", "Trilateral Summit"): the archive types it as
the meeting of its rank, as it does when such a meeting is "held", though a minister "attended" it."""
_SPOKE = re.compile(r"\bspoke\s+(?:\w+\s+){0,2}?(?:with|to)\b|\bspeaks\s+with\b", re.IGNORECASE)
_IN_PERSON = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]|\b(?:margins?|sidelines?|met|meeting|visit\w*)\b")
"""A readout that says only that two people "spoke" (State Department, gov.uk) reports a call, unless it
places them somewhere or says they met."""
_SUMMIT = re.compile(r"\bsummit\s+(?:meeting|talks?)\b|\bheld\s+a\s+summit\b|\bleaders['’]\s+meeting",
                     re.IGNORECASE)
_FOREIGN_MINISTERS = re.compile(r"\bforeign\s+ministers['’]?\s+(?:meeting|talks?)\b", re.IGNORECASE)
_MULTILATERAL = re.compile(r"\b(?:ministerial\s+meeting|plenary|session|summit|conference|forum)\b", re.IGNORECASE)
_LEADER = re.compile(r"\b(?:prime\s+minister|president|chancellor|premier|king|emperor|sultan|emir|amir"
                     r"|crown\s+prince|state\s+counsel+or)\b", re.IGNORECASE)
_JUNIOR = re.compile(r"\bvice\b|\bdeputy\b|\bparliamentary\b|\bformer\b", re.IGNORECASE)
_SECOND = re.compile(r"\bvice[\s-]+president\b|\bcrown\s+prince\b", re.IGNORECASE)
"""Second to a head of state, and met at summit level."""
_FOREIGN = re.compile(r"\bforeign\s+(?:minister|secretary)|\b(?:minister|secretary)\s+(?:for|of)\s+(?:foreign|external)"
                      r"\s+affairs|\bexternal\s+affairs\s+minister"
                      r"|\bsecretary\s+of\s+state\b|^(?:minister|secretary)$", re.IGNORECASE)


_BELOW_MINISTER = re.compile(r"\b(?:deputy\s+secretary|assistant\s+secretary|under\s+secretary|vice[\s-]+minister"
                             r"|deputy\s+minister|state\s+minister|special\s+envoy|ambassador\s+(?:extraordinary|of|to))\b",
                             re.IGNORECASE)
"""An official below a minister who calls on a foreign minister (without being one: "Deputy Prime Minister and
Minister of Foreign Affairs" is a foreign minister): a courtesy call, as MOFA titles them."""
_FOREIGN_JUNIOR = re.compile(r"\b(?:state\s+minister|vice[\s-]+minister|deputy\s+(?:foreign\s+)?minister"
                             r"|minister\s+of\s+state)\b[^,;]{0,20}\bforeign\b", re.IGNORECASE)
"""A foreign ministry's junior minister: two of them meeting hold the ministry-level meeting of their rank."""


def classify_meeting(lead_clause: str, title: str | None, roles: list[str]) -> str:
    """One of models.MEETING_TYPES; "meeting" only when nothing more specific fits."""
    return infer_meeting_type(lead_clause, title, roles)[0]


def infer_meeting_type(lead_clause: str, title: str | None, roles: list[str]) -> tuple[str, str | None]:
    """The type, and what it was inferred from when the text does not name it (None when it does)."""
    lead_clause = _ELSEWHERE.sub(" ", lead_clause)
    if _SESSION.search(lead_clause) or re.search(r"(?<!Talks )\bSession\b", title or ""):
        return "multilateral session", None
    for text in (lead_clause, title or ""):
        named = _named_type(text)
        if named:
            return named, None
    if _SPOKE.search(lead_clause) and not _IN_PERSON.search(lead_clause):
        return "telephone talk", "the lead saying only that they spoke, with no place"
    kind = _by_level(lead_clause, title, roles)
    return kind, None if kind in ("meeting", "multilateral session") else "the participants' roles"


def _named_type(text: str) -> str | None:
    """The type a text names: a channel, meal or format first, then a summit or foreign ministers' meeting.

    The lead is read through before the title is, so the lead's "summit meeting ... including a
    luncheon" wins over a title's "Summit Meeting and Luncheon".
    """
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    if _ATTENDED.search(text) and not _TRILATERAL.search(text):
        return "multilateral session"
    if _SUMMIT.search(text):
        return "summit meeting"
    if _FOREIGN_MINISTERS.search(text):
        return "foreign ministers' meeting"
    return None


def _by_level(lead_clause: str, title: str | None, roles: list[str]) -> str:
    """Type from who took part: leaders, foreign ministers, or many parties.

    The archive's types have no "meeting" of mixed rank, so the ranks present decide: leaders only
    (a vice president or crown prince counts with a head of government) make a summit meeting; a
    leader receiving someone of lower rank, a courtesy call; a foreign minister on either side, a
    foreign ministers' meeting.
    """
    if len(roles) <= 1 and (_MULTILATERAL.search(lead_clause) or _MULTILATERAL.search(title or "")):
        return "multilateral session"
    if len(roles) < 2:
        return "meeting"
    senior = [r for r in roles if _LEADER.search(r) and not _JUNIOR.search(r)]
    seconds = [r for r in roles if _SECOND.search(r) and r not in senior]  # "Crown Prince and Prime Minister" is one
    if senior and len(senior) + len(seconds) == len(roles):
        return "summit meeting"
    if senior:
        return "courtesy call"
    ministers = [bool(_FOREIGN.search(r) and not _JUNIOR.search(r) and not re.search(r"\bstate\s+minister", r, re.I))
                 for r in roles[:2]]
    if any(ministers) and not all(ministers) and any(_BELOW_MINISTER.search(r) for r in roles[:2]):
        return "courtesy call"  # "Deputy Secretary of State Kurt M. Campbell met today with Japanese Foreign Minister"
    if any(ministers):
        return "foreign ministers' meeting"
    if all(_FOREIGN.search(r) or _FOREIGN_JUNIOR.search(r) for r in roles[:2]):
        return "foreign ministers' meeting"  # "State Minister for Foreign Affairs" meets his counterpart
    return "meeting"
