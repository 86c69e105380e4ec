"""People as readouts write them: "H.E. Mr. Israel KATZ", "Minister for Foreign Affairs Fumio Kishida".

A mention is a run of capitalised words in which a title (an honorific such as "Mr." or
"the Honorable", or a role such as "Minister" or "Secretary of State") is followed by a
name. Names are the words after the title that are neither title words nor place or
event words. Surname-first capitals ("KISHIDA Fumio") are put given name first.
"""

from __future__ import annotations

import difflib
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, replace

from generator.ingest.identity import PATRONYMIC
from generator.ingest.offices import holder_named
from generator.ingest.places import ALSO_PERSONAL_NAMES, CITIES, PLACE_WORDS, city_at, country_at

log = logging.getLogger(__name__)

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_WORD = rf"[{_UPPER}][\w'’\-]*"
_TOKEN = (rf"(?:(?:Mr|Mrs|Ms|Mme|Dr|Prof|Rt|Hon|St|Jr|Sr|Gen|Brig|Adm|Maj|Capt|Cmdr|Lt|Col|Sen|Rep|Amb|Gov|Smt|Shri"
          r"|Eng|Engr)\."
          rf"|(?:[A-Z]\.){{1,3}}|{_WORD}(?:\.[A-Z][\w\-]*)*|/)")
_CONNECTOR = r"(?:of|for|to|the|and|on|bin|binti|bint|ibn|al|el|van|von|der|den|de|del|della|di|da|das|du|dos|la|le|y)"
SPAN = re.compile(rf"{_TOKEN}(?:[^\S\n]+(?:{_CONNECTOR}[^\S\n]+){{0,3}}{_TOKEN}){{0,24}}")
"""A run of capitalised words: a title and a name. It never runs over a line's end, which ends a paragraph (a
menu's "Statements - Press Secretary" above "Simple Search of Our Archives" is no "Press Secretary Simple Search")."""

HONORIFICS = frozenset({
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "prof.", "professor", "h.e.", "his", "her",
    "excellency", "majesty", "highness", "honorable", "honourable", "hon.", "hon", "rt.", "right", "senator",
    "sir", "dame", "lord", "lady", "baroness", "baron", "sheikh", "shaikh", "prince", "princess", "shri", "smt.",
    "smt", "shrimati", "shri.", "mme.", "mme", "holiness", "amb.", "amb", "madam", "madame", "sheikha", "h.h.",
    "h.r.h.", "hrh", "samdech", "moha", "borvor", "thipadei", "datuk", "dato", "dato'", "dato’", "tun", "seri",
    "pengiran", "dasho", "daw", "u", "eng.", "engr.", "ayatollah", "seyyed", "sayyid", "hojatoleslam", "yb", "yab",
    "ybhg", "tan-sri", "tan-seri",
    "gen.", "brig.", "adm.", "lt.", "col.", "maj.", "cmdr.", "capt.",
})
_RANKS = frozenset({"gen.", "brig.", "adm.", "lt.", "col.", "maj.", "cmdr.", "capt."})
"""Military ranks, honorifics before a name ("Brig. Gen. Pat Ryder"); at a sentence's end "Gen." is a given
name ("Nakatani Gen.")."""
HEADS = frozenset({
    "minister", "secretary", "secretary-general", "president", "vice-president", "premier", "chancellor",
    "chairman", "chairwoman", "chairperson", "chair", "ambassador", "spokesperson", "spokesman", "spokeswoman",
    "director-general", "director", "governor", "mayor", "senator", "representative", "commissioner", "envoy",
    "speaker", "king", "queen", "emperor", "empress", "vice-minister", "councillor", "counsellor", "counselor",
    "adviser", "advisor", "consul-general", "consul", "coordinator", "leader", "general", "admiral",
    "chief", "head", "sultan", "emir", "amir", "crown", "prince", "counterpart", "governor-general", "councilor",
    "president-elect", "taoiseach", "pope", "congressman", "congresswoman", "vice-chairman", "vice-chair", "pm",
    "eam",
})
_MODIFIERS = frozenset({
    "foreign", "prime", "state", "affairs", "defense", "defence", "press", "public", "relations", "department",
    "parliamentary", "senior", "cabinet", "federal", "high", "special", "under", "deputy", "assistant", "vice",
    "acting", "permanent", "executive", "national", "security", "trade", "economy", "finance", "home",
    "interior", "justice", "commerce", "industry", "ministers", "secretaries", "former", "new", "first",
    "chief", "member", "officer", "ministry", "office", "government", "mp", "qc", "kc", "mep",
    "extraordinary", "plenipotentiary",
})
_NOT_NAMES = frozenset({
    "the", "this", "that", "these", "those", "in", "on", "at", "both", "each", "all", "he", "she", "they", "it",
    "we", "his", "her", "their", "its", "a", "an", "and", "but", "as", "with", "from", "by", "after", "before",
    "meeting", "meetings", "summit", "talk", "talks", "conference", "dialogue", "session", "council", "committee",
    "visit", "visits", "official", "league", "friendship", "society", "chamber", "board", "commission",
    "forum", "group", "agreement", "partnership", "initiative", "program", "programme", "plan", "framework",
    "islands", "island", "sea", "ocean", "strait", "peninsula", "region", "area", "zone", "day", "year", "games",
    "prefecture", "province", "oblast", "county", "governorate", "municipality",
    "expo", "treaty", "declaration", "statement", "charter", "organization", "union", "bank", "fund",
    "agency", "forces", "force", "corps", "station", "house", "residence", "palace", "hall", "center", "centre",
    "university", "institute", "foundation", "association", "party", "assembly", "nations", "alliance",
    "guidelines", "cooperation", "issue", "issues", "act", "law", "bill", "consultations", "ministerial",
    "japan-u.s.", "u.s.-japan", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "overview", "outline", "following", "however", "furthermore", "moreover",
    "also", "then", "next", "regarding", "concerning", "ministers", "god", "world", "war", "olympic",
    "paralympic", "lunar", "new", "east", "west", "north", "south", "central", "western", "eastern", "relations",
    "affairs", "secretary", "minister", "embassy", "consulate", "mission", "delegation", "side", "sides",
    "/", "dprk", "unsc", "asean", "nato", "iaea", "apec", "people", "people's", "people’s", "republic", "kingdom",
    "federation", "commonwealth", "states", "democratic", "socialist", "islamic", "federative", "arab",
    "of", "for", "to", "or", "not", "no", "yes", "bureau", "division", "directorate", "secretariat",
    "headquarters", "parliament", "congress", "senate", "airport", "airbase", "hotel", "stadium", "museum",
    "diet", "cabinet", "court", "asian", "european", "african", "oceanian", "american", "pacific", "atlantic",
})
_FUNCTION_WORDS = frozenset({"the", "this", "that", "these", "those", "in", "on", "at", "both", "each", "all",
                             "he", "she", "they", "it", "we", "a", "an", "and", "but", "as", "with", "from", "by",
                             "after", "before", "also", "then", "/", "meeting", "summit", "talk", "talks"})
_CONNECTORS = frozenset({"of", "for", "to", "the", "and", "on", "/"})
_LONG_HEADS = tuple(sorted(h for h in HEADS if len(h) >= 6))
_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "del", "della",
                        "di", "da", "das", "du", "dos", "la", "le", "y"})
_POSTNOMINALS = frozenset({"mp", "qc", "kc", "mep", "jr.", "sr.", "jr", "sr", "cmg", "kcmg", "gcmg", "obe", "cbe",
                           "kbe", "dbe", "mbe", "gcb", "kcb", "frs", "mla", "mpp"})
"""Letters after a name ("the Hon. Peter O'Neill CMG MP"): no part of it."""
_CITY_WORDS = frozenset(w.lower() for city in CITIES for w in city.replace(",", "").split()) - ALSO_PERSONAL_NAMES
_TITLE_WORDS = HEADS | HONORIFICS
_TRAILING = _PARTICLES | _POSTNOMINALS
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One person as written: the title before the name, the name's words, and where it was found."""

    title: str
    """The words before the name, honorifics included ("U.S. Ambassador to Japan Ms.")."""
    words: tuple[str, ...]
    start: int
    end: int
    honorific: bool
    """True when an honorific ("Mr.", "H.E.") introduces the name: a full name is then expected."""

    @property
    def as_written(self) -> str:
        """The title and name together, as an alias of the person."""
        return f"{self.title} {' '.join(self.words)}".strip()

    @property
    def role(self) -> str:
        """The title without honorifics ("Minister for Foreign Affairs", "Secretary of State")."""
        written = self.title.split()
        words = [w for i, w in enumerate(written) if w.lower() not in HONORIFICS
                 and not (w.lower() == "the" and (i + 1 == len(written) or written[i + 1].lower() in HONORIFICS))]
        while words and words[0].lower() == "the":
            words.pop(0)
        return " ".join(words)

    @property
    def is_full(self) -> bool:
        """At least two name words, or an honorific before an initial and a surname ("Dr. S. Jaishankar"):
        enough to name a person without context."""
        named = len([w for w in self.words if not _is_initial(w)])
        return named >= 2 or (self.honorific and named == 1 and len(self.words) >= 2 and _is_initial(self.words[0]))


_COUNTERPART = re.compile(r"(?:\b(?P<adj>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)\s+)?\b(?P<role>counterpart|leader),?\s+$")
""""his Australian counterpart Penny Wong", "North Korean leader Kim Jong Un": the role is written in lower case,
so it is not part of the run."""


def find_mentions(text: str) -> list[Mention]:
    """Every titled person in ``text``, in order."""
    mentions: list[Mention] = []
    for match in SPAN.finditer(_TAN_SRI.sub("Tan-", text)):  # one title of two words, as long as before
        span = _without_date(match.group(0), text, match.end())
        if span.endswith(".") and span.rsplit(" ", 1)[-1].lower() in _RANKS:
            span = span[:-1]  # "Japan's Minister of Defense, Nakatani Gen.": a name's last word, not a rank
        before = text[max(0, match.start() - 14):match.start()]
        counterpart = (_COUNTERPART.search(text, max(0, match.start() - 40), match.start())
                       if "counterpart" in before or "leader" in before else None)
        if counterpart:
            mentions.extend(_counterpart_mention(span, match.start(), counterpart))
        elif " " in span:
            found = _span_mentions(span, match.start())
            mentions.extend(found or _untitled_mention(span, match.start(), text))
    return [replace(m, title=m.title.replace("Tan-S", "Tan S")) if "Tan-S" in m.title else m for m in mentions]


_TAN_SRI = re.compile(r"\bTan (?=S(?:ri|eri)\b)")
"""Malaysia's "Tan Sri", a title of two words, the first of which is also a surname ("Mr. Tan See Leng"):
read as one ("Tan-Sri"), the text keeping its length so every offset holds."""


def _without_date(span: str, text: str, end: int) -> str:
    """The run without a last word that is a month before a day ("Foreign Minister Kono May 5"): a month
    that is also a name ("Theresa May") is a name only where no day follows it."""
    if not text[end + 1:end + 2].isdigit():
        return span
    last = span.rsplit(" ", 1)
    return last[0] if len(last) == 2 and last[1].lower() in _NAME_MONTHS else span


_ROLE_NEXT = re.compile(r",\s+(?:the\s+)?(?P<role>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)")


def _untitled_mention(span: str, offset: int, text: str) -> list[Mention]:
    """A bare name with its role after it: "with Hossein Amir-Abdollahian, Minister of Foreign Affairs of Iran"
    (a news agency's paraphrase drops the honorific)."""
    words = span.split()
    named = len(words) - sum(w.lower() in _PARTICLES for w in words)  # "Suhail bin Mohammed Al Mazrouei" is four
    if not 2 <= named <= 4 or not all(_is_name_word(w, places_allowed=False) or w.lower() in _PARTICLES
                                           for w in words):
        return []
    if re.search(r"\b(?:the|a|an)\s+$", text[max(0, offset - 5):offset], re.IGNORECASE):
        return []  # "the Gaza Strip, ...": a person's name takes no article
    role = _ROLE_NEXT.match(text, offset + len(span), offset + len(span) + 80)
    role_after = role is not None and any(w.lower() in HEADS for w in role.group("role").split())
    if not role_after and not _role_before(text, offset, offset + len(span)) and not _known_leader(words, text,
                                                                                                    offset):
        return []
    return [Mention(title="", words=tuple(words), start=offset, end=offset + len(span), honorific=False)]


def _known_leader(words: list[str], text: str, offset: int) -> bool:
    """A bare name that opens its sentence and is one the table of terms knows ("Vladimir Putin had a telephone
    conversation with ...": the Kremlin names its own President without a title)."""
    opens = offset == 0 or re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, offset - 3):offset]) is not None
    return opens and len(words) >= 2 and holder_named(" ".join(words)) is not None


_ROLE_BEFORE = re.compile(r"(?P<role>(?:[A-Z][\w.’'\-]*\s+(?:(?:of|for|the|and)\s+)*){0,5}[A-Z][\w.’'\-]*),\s+$")


def _role_before(text: str, start: int, end: int) -> bool:
    """A name set off by a comma after its role: "Japan's Minister for Foreign Affairs, Yoko Kamikawa, to ...",
    "met today with the Minister for Foreign Affairs of Japan, Yoshimasa Hayashi.", "..., Yoko Kamikawa in Tokyo";
    a role that itself runs over a comma ("The Minister of Foreign Affairs, International Trade and Worship,
    Diana Mondino")."""
    if not (text.startswith(",", end) or re.match(r"\.(?:\s|$)|\s+(?:in|at|on|during|who)\s", text[end:end + 9])):
        return False
    role = _ROLE_BEFORE.search(text, max(0, start - 80), start)
    if role is not None and not any(w.lower() in HEADS for w in role.group("role").split()):
        role = _ROLE_BEFORE.search(text, max(0, role.start() - 80), role.start())  # "Minister of ..., Trade and
    return role is not None and any(w.lower() in HEADS for w in role.group("role").split())  # Worship, Diana"


def _counterpart_mention(span: str, offset: int, counterpart: re.Match[str]) -> list[Mention]:
    """The name a lower-case "counterpart" introduces, with "Australian counterpart" as its title."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"\S+", span)]
    size = _name_length(words, 0)
    if size < 2:
        return _span_mentions(span, offset) if " " in span else []
    name = [_POSSESSIVE.sub("", w) for w, _ in words[:size]]
    end = words[size - 1][1] + len(words[size - 1][0])
    role = counterpart.group("role")
    title = f"{counterpart.group('adj')} {role}" if counterpart.group("adj") else role
    rest = _span_mentions(span[end:], offset + end) if " " in span[end:].strip() else []
    return [Mention(title=title, words=tuple(name), start=offset, end=offset + end, honorific=False), *rest]


def _span_mentions(span: str, offset: int) -> list[Mention]:
    """Split one run of capitalised words into title-then-name mentions."""
    found: list[Mention] = []
    words = [(m.group(0), m.start()) for m in re.finditer(r"\S+", span)]
    title_from = 0
    index = 0
    while index < len(words):
        size = _name_length(words, index) if index > title_from else 0
        title = [w for w, _ in words[title_from:index]] if size else []
        while title and title[0].lower() in _CONNECTORS:
            title.pop(0)
        if title and _has_title(title) and title[-1].lower() not in _CONNECTORS:
            name = [_POSSESSIVE.sub("", w) for w, _ in words[index:index + size]]
            if len(title) >= 2 and title[-2].lower() in _PLAIN_HONORIFICS and title[-1].lower() in HONORIFICS:
                name.insert(0, title.pop())  # "Mr. Baron Waqa": after "Mr.", "Baron" is a given name
            honorific = bool(title) and title[-1].lower() in HONORIFICS
            end = words[index + size - 1][1] + len(words[index + size - 1][0])
            found.append(Mention(title=" ".join(title), words=tuple(name), start=offset + words[title_from][1],
                                 end=offset + end, honorific=honorific))
            index += size
            title_from = index
        else:
            index += 1
    return found


_PLAIN_HONORIFICS = frozenset({"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss"})
"""Honorifics no rank follows: a word such as "Baron" or "Prince" after one is the person's given name."""


def _has_title(title: list[str]) -> bool:
    """A title must hold an honorific or a role head ("Minister", even misspelt), not only modifiers."""
    lowered = [w.lower() for w in title]
    cut = 0 if "to" not in lowered and "with" not in lowered else max(
        (i + 1 for i, w in enumerate(lowered) if w in ("to", "with") and i and lowered[i - 1] not in HEADS
         and country_at(" ".join(title[i + 1:i + 6])) is None), default=0)
    lowered = lowered[cut:][-10:]  # "Minister of Foreign Affairs of the Republic of Azerbaijan", "Ambassador to
    # Japan", "Ambassador of Japan to the United States", not "the Emperor of Japan to the Custodian of the Two"
    return any(w in HONORIFICS or w in HEADS or _misspelt_head(w) for w in lowered)


@functools.lru_cache(maxsize=4096)
def _misspelt_head(word: str) -> bool:
    """"Secrtary" is "Secretary": published readouts keep their typos, and the title still counts."""
    if len(word) < 6 or not word.isalpha():
        return False
    return any(head[0] == word[0] and difflib.SequenceMatcher(None, head, word).ratio() >= 0.85
               for head in _LONG_HEADS)


_LONGEST_NAME = 8
"""Words a name may run to: "Mohammed bin Salman bin Abdulaziz Al Saud" is seven."""


def _honorific_next(words: list[tuple[str, int]], index: int) -> bool:
    """"His Royal Highness": a word between two honorifics is part of the title, not a name; but not a word
    before a father's "Tun" within a Malay name ("Dato' Seri Hishammuddin Tun Hussein")."""
    return index + 1 < len(words) and words[index + 1][0].lower() in HONORIFICS and not _fathers_title(words, index + 1)


def _fathers_title(words: list[tuple[str, int]], index: int) -> bool:
    """Whether the word at ``index`` is "Tun" between two names: the title of the father a Malay name cites."""
    return (words[index][0] == "Tun" and 0 < index < len(words) - 1
            and words[index - 1][0].lower() not in HONORIFICS and words[index + 1][0].lower() not in HONORIFICS)


def _patronymic_next(words: list[tuple[str, int]], index: int) -> bool:
    """"Dr. Sultan bin Ahmed Al Jaber": a word that is also a title ("Sultan") is a given name before "bin"."""
    return index + 1 < len(words) and words[index + 1][0].lower() in PATRONYMIC


def _name_length(words: list[tuple[str, int]], index: int) -> int:
    """How many words from ``index`` form a name (0 when none does)."""
    after_honorific = index > 0 and words[index - 1][0].lower() in HONORIFICS
    if after_honorific and _honorific_next(words, index):
        return 0
    size = 0
    while index + size < len(words) and size < _LONGEST_NAME:
        word = words[index + size][0]
        forced = after_honorific and size == 0 and word[:1].isupper() and (
            word.lower() not in _TITLE_WORDS or _patronymic_next(words, index))
        if (size and _REGNAL.match(word)) or _month_as_name(words, index, size):  # "King Abdullah II", "Theresa May"
            size += 1
        elif forced or _is_name_word(word, places_allowed=after_honorific) or _short_surname(words, index + size):
            size += 1
            if _POSSESSIVE.search(word) and not _is_initial(word):
                break
        elif (((word.lower() in _PARTICLES and index + size + 1 < len(words)) or _fathers_title(words, index + size))
              and size > 0 and not _REGNAL.match(words[index + size - 1][0])):  # "Abdullah II ibn Al Hussein" is
            size += 1  # "Abdullah II"
        else:
            break
    while size and words[index + size - 1][0].lower() in _TRAILING:
        size -= 1
    if size and _POSSESSIVE.search(words[index + size - 1][0]):
        return size  # "Prime Minister Kishida's April Official Visit": the possessive ends the name, whatever follows
    return 0 if not after_honorific and _title_goes_on(words, index + size, size) else size


def _title_goes_on(words: list[tuple[str, int]], following: int, size: int) -> bool:
    """Whether the word after a would-be name shows it is no name: an event or title word ("Kishida Cabinet"), or
    a connector after one word ("Plenipotentiary to the ..."), unless a place or a date follows ("Prime Minister
    Kishida to India", "Prime Minister Kishida on March 21"); a weekday never does ("President Muhammadu Buhari
    Thursday in Yokohama")."""
    word = words[following][0].lower() if following < len(words) else ""
    if word in _NOT_NAMES and word not in _CONNECTORS and word not in _WEEKDAYS:
        return True
    return (word in _CONNECTORS and size < 2 and word not in {"the", "and", "/"}
            and not _travels_to_place(words, following) and not _of_country(words, following)
            and not _dated_after(words, following))


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DATE_WORDS = _WEEKDAYS | frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"})


def _dated_after(words: list[tuple[str, int]], index: int) -> bool:
    """True for a surname followed by "on" and a date ("the visit to Kyiv by Prime Minister Kishida on March 21"):
    no title goes on to a day, so the name stands."""
    return (index + 1 < len(words) and words[index][0].lower() == "on"
            and words[index + 1][0].rstrip(",.").lower() in _DATE_WORDS)


_NAME_MONTHS = frozenset({"may", "june", "april", "august"})


def _month_as_name(words: list[tuple[str, int]], index: int, size: int) -> bool:
    """"Theresa May", "Prime Minister May": a month that is also a name, after a given name or a role (a run
    ending in a month before a day was cut short by ``_without_date``)."""
    word = words[index + size][0]
    if word[:1] not in "MJA" or _POSSESSIVE.sub("", word).lower() not in _NAME_MONTHS:
        return False
    return size > 0 or (index > 0 and words[index - 1][0].lower() in HEADS)


_REGNAL = re.compile(r"(?!I$)(?:X{0,2}(?:IX|IV|V?I{1,3})|X{0,2}V|X{1,2})$")
"""A regnal number from II to XXIX (not "I", which is the pronoun far more often than a number)."""


def _travels_to_place(words: list[tuple[str, int]], index: int) -> bool:
    """True for a surname followed by "to" and a country or city ("the visit of Prime Minister Kishida to India"):
    a post's "to" ("Ambassador to Japan") follows a title word, not a name, so the name stands."""
    if index + 1 >= len(words) or words[index][0].lower() != "to":
        return False
    rest = " ".join(w for w, _ in words[index + 1:index + 4])
    return country_at(rest) is not None or city_at(rest) is not None


def _of_country(words: list[tuple[str, int]], index: int) -> bool:
    """True for a surname followed by "of" and a country ("President Trump of the United States", "Prime Minister
    Modi of India"): the country the person leads, not a title going on ("Minister of Foreign Affairs")."""
    if index + 1 >= len(words) or words[index][0].lower() != "of":
        return False
    return country_at(" ".join(w for w, _ in words[index + 1:index + 6])) is not None


def _is_name_word(word: str, *, places_allowed: bool) -> bool:
    """A capitalised word that is not a title or event word (nor a place, unless an honorific precedes)."""
    bare = _POSSESSIVE.sub("", word)
    lowered = bare.lower()
    if not bare[:1].isupper() or lowered in HONORIFICS or lowered in HEADS or lowered in _MODIFIERS:
        return False
    if places_allowed:
        return lowered not in _FUNCTION_WORDS and lowered not in _POSTNOMINALS
    if lowered in _NOT_NAMES or lowered in _POSTNOMINALS:
        return False
    if not places_allowed and (lowered in PLACE_WORDS or lowered in _CITY_WORDS):
        return False
    if "-" in bare and any(part.lower() in PLACE_WORDS for part in bare.split("-")):
        return False
    return not (bare.isupper() and len(bare) <= 3 and not _is_initial(bare))


def _short_surname(words: list[tuple[str, int]], index: int) -> bool:
    """"ABE" in "ABE Shinzo": a short surname in capitals before a given name, not an acronym such as "UN"; or
    a known one after a given name ("Ambassador Sung KIM")."""
    word = words[index][0]
    if not (word.isupper() and word.isalpha() and len(word) in (2, 3)):
        return False
    if index > 0 and word.lower() in _SHORT_SURNAMES and words[index - 1][0][1:].islower():
        return True
    if index + 1 >= len(words):
        return False
    given = words[index + 1][0]
    return given[:1].isupper() and given[1:].islower() and given.isalpha() and given.lower() not in _TITLE_WORDS


def _is_initial(word: str) -> bool:
    """"R." in "Michael R. Pompeo"."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def canonical_name(words: tuple[str, ...]) -> str:
    """Given name first, capitals tamed: ("KISHIDA", "Fumio") -> "Fumio Kishida"; Korean, Chinese and
    Vietnamese names keep the surname first, as they are written in English ("KIM Sung-han" -> "Kim Sung-han").
    A middle initial is left out ("Antony J. Blinken" -> "Antony Blinken", as the person is known), and so is a
    Russian or Ukrainian patronymic ("Sergey Kuzhugetovich Shoigu"); an initial that stands for the given name
    stays ("S. Jaishankar", "K. P. Sharma")."""
    kept = [w for i, w in enumerate(words) if w.lower() not in _POSTNOMINALS
            and not (w == "Tun" and 0 < i < len(words) - 1)]  # "Hishammuddin Tun Hussein": his father's title
    if len(kept) >= 3:  # "Sergey Viktorovich Lavrov" is known as Sergey Lavrov
        kept = [w for i, w in enumerate(kept) if not (0 < i < len(kept) - 1 and _PATRONYMIC_FORM.search(w))]
    if kept and not _is_initial(kept[0]):
        kept = [w for i, w in enumerate(kept) if not (0 < i < len(kept) - 1 and _is_initial(w))]
    capitals = [_is_capitals(w) for w in kept]
    if any(capitals) and not all(capitals) and capitals[0]:
        split = capitals.index(False)
        if not _surname_first(kept[:split], kept[split:]):
            kept = kept[split:] + kept[:split]
    return " ".join(_tame(w) if _is_capitals(w) else w for w in kept)


_PATRONYMIC_FORM = re.compile(r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$", re.IGNORECASE)
"""The endings of an East Slavic patronymic, the middle of three names."""
_SURNAME_FIRST = frozenset({
    "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "shin",
    "kwon", "hwang", "ahn", "song", "hong", "moon", "ban", "chun", "roh", "yoo", "wang", "zhang", "liu", "chen",
    "yang", "zhao", "huang", "zhou", "xu", "sun", "hu", "zhu", "guo", "xi", "qin", "cui", "kong", "nguyen", "tran",
    "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "le",
})
"""Korean, Chinese and Vietnamese surnames that MOFA capitalises ("PARK Jin", "WANG Yi", "BUI Thanh Son");
none is a Japanese surname."""
_SHORT_JAPANESE = frozenset({"abe", "aso", "ito", "ono", "ota", "oda", "uno", "eto"})
"""Japanese surnames as short as an acronym, known in capitals after a given name too ("Shinzo ABE")."""
_SHORT_SURNAMES = _SURNAME_FIRST | _SHORT_JAPANESE
"""Surnames a word in capitals after a given name may be ("Ambassador Sung KIM")."""


def _surname_first(surname: list[str], given: list[str]) -> bool:
    """A Korean or Chinese name: a known surname, or a hyphenated given name ("Sung-han"), which Japanese
    given names never are."""
    return (len(surname) == 1 and surname[0].lower() in _SURNAME_FIRST) or any("-" in word for word in given)


def _is_capitals(word: str) -> bool:
    """A surname written in capitals, as MOFA writes "MOTEGI"."""
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha() and not _REGNAL.match(word)


def _tame(word: str) -> str:
    """"AL-JUBEIR" -> "Al-Jubeir"."""
    return "-".join(part.capitalize() for part in word.split("-")).replace("i\u0307", "i")  # Turkish "İ" lowered


def surname_of(name: str) -> str:
    """The last word of a canonical name, lower-cased: the key for "Minister Kono"."""
    words = name.split()
    if len(words) >= 2 and _REGNAL.match(words[-1]):
        return words[-2].lower()  # "Abdullah II" is "King Abdullah"
    return words[-1].lower() if words else ""


def slugify(text: str, limit: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens: "Japan-U.S. Foreign Ministers’ Meeting" -> "japan-us-...". """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"['’.]", "", ascii_text)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug
