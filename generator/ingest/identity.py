"""Whether two written names are the same person: "Michael R. Pompeo" and "Mike Pompeo".

Kept apart from the registry so both the registry and the table of office holders
decide sameness the same way.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

log = logging.getLogger(__name__)

_NICKNAMES = {
    "mike": "michael", "bob": "robert", "rob": "robert", "bill": "william", "will": "william",
    "tony": "anthony", "antony": "anthony", "jim": "james", "jimmy": "james", "joe": "joseph",
    "tom": "thomas", "dick": "richard", "rick": "richard", "ben": "benjamin", "steve": "stephen",
    "steven": "stephen", "dave": "david", "chris": "christopher", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "catherine", "katherine": "catherine", "alex": "alexander", "andy": "andrew", "nick": "nicholas",
    "sam": "samuel", "dan": "daniel", "matt": "matthew", "pete": "peter", "greg": "gregory", "ed": "edward",
    "ted": "edward", "yosef": "joseph",
}


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-case ASCII words of a name, initials dropped, spellings folded (``_fold``): "Michael R. Pompeo" ->
    ("michael", "pompeo"). For comparing names only: never shown."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = re.split(r"[\s\-,]+", re.sub(r"[.'’]", "", ascii_name))
    return tuple(_fold(w) for w in words if len(w) > 1 and w not in _SUFFIXES)


_SPELLINGS = ((re.compile(r"ou|oo|oh(?=[^aeiou])"), "o"), (re.compile(r"uu"), "u"),
              (re.compile(r"(?<=[aeiou])y(?![aeiou])"), "i"))
"""Romanisations of one name: Japanese long vowels ("Koumura", "Ohno", "Yuuko" are Komura, Ono, Yuko) and a
Russian final "y" ("Shoygu", "Sergey" are Shoigu, Sergei). A word's first letter is never changed, so initials
still fit ("Y. Kamikawa")."""


def _fold(word: str) -> str:
    """One spelling for the romanisations of a name word."""
    for pattern, replacement in _SPELLINGS:
        word = word[:1] + pattern.sub(replacement, word[1:])
    return word


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes, which one copy of a name has and another leaves out ("Ferdinand Marcos Jr.")."""
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})
"""Words of an Arabic or Malay name that make it a chain of fathers' names, in which every given name recurs."""


def same_person(first: str, second: str) -> bool:
    """True when two full names can only be one person (word order, initials and nicknames aside)."""
    a, b = name_tokens(first), name_tokens(second)
    if not a or not b:
        return False
    sa, sb = set(a), set(b)
    if sa == sb:
        return True
    if a[0] != b[0] and sa & PATRONYMIC and sb & PATRONYMIC:
        return False  # "Salman bin Abdulaziz Al Saud" is not "Mohammed bin Salman bin Abdulaziz Al Saud"
    if (sa <= sb or sb <= sa) and len(sa & sb) >= 2 and _anchored(*sorted((a, b), key=len)):
        return True
    if len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and _given(a[0]) == _given(b[0]):
        return True
    return _initial_fits(first, b) or _initial_fits(second, a)


def _anchored(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the shorter name keeps the longer's given name or family name at one of its ends ("Javad Zarif",
    "Muhyiddin Yassin", "Prabowo Subianto" of longer names, either order): the middle words alone of a long name
    are someone else ("Manuel Lopez" is not "Andres Manuel Lopez Obrador")."""
    ends = {full[0], full[-1]}
    return short[0] in ends or short[-1] in ends


def _initial_fits(written: str, full: tuple[str, ...]) -> bool:
    """"S. Jaishankar" and "Subrahmanyam Jaishankar": an initial and a surname that fit a full name."""
    match = re.fullmatch(r"\s*([A-Z])\.\s+(\S+)\s*", written)
    if match is None or len(full) < 2:
        return False
    surname = name_tokens(match.group(2))
    return bool(surname) and surname[-1] == full[-1] and full[0].startswith(match.group(1).lower())


def _given(word: str) -> str:
    """A given name with common short forms expanded."""
    return _NICKNAMES.get(word, word)


def matches_surname(name: str, word: str) -> bool:
    """True when ``word`` ("Kono", "Kim", "Dung") is one of the name's words (a surname reference)."""
    wanted = name_tokens(word)
    return bool(wanted) and wanted[-1] in name_tokens(name)
