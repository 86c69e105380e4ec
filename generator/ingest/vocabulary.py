"""Matching a readout against the controlled vocabulary of issues (``content/issues.yaml``).

Phrases are matched on words, not characters: the text and every phrase are reduced to
lower-case word tokens ("U.S.-Japan Alliance" -> u s japan alliance), and a dictionary
from first token to phrases makes one pass over the text, so a 10 MB readout costs the
same per word as a short one.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.documents import read_yaml_mapping
from generator.errors import ContentError

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"[a-z0-9]+|[%+]")
_APOSTROPHE = re.compile(r"['’‘`´]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Vocabulary:
    """Issue ids in file order, and phrases indexed by their first word."""

    ids: tuple[str, ...]
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    """Each first word's phrases, longest first (sorted once here: sorting them at every occurrence of
    the word made matching 10,000 raw readouts take 5.1-5.5 s instead of 3.2-3.4 s)."""

    def match(self, text: str) -> tuple[str, ...]:
        """Ids of the issues whose phrases occur in ``text``, in order of first occurrence.

        A phrase that starts inside another issue's longer phrase and runs past its end is
        not counted: in "maritime security cooperation", "maritime security" is the topic and
        "security cooperation" only shares a word with it.
        """
        tokens = tokenize(text)
        found: dict[str, None] = {}
        reach, owner = 0, ""
        for index, token in enumerate(tokens):
            for phrase, issue in self.phrases.get(token, ()):
                end = index + len(phrase)
                if tuple(tokens[index:end]) != phrase:
                    continue
                if index < reach < end and issue != owner:
                    continue
                found.setdefault(issue, None)
                if end > reach:
                    reach, owner = end, issue
        return tuple(found)


EMPTY = Vocabulary(ids=(), phrases={})


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens, with quotes, accents and punctuation folded away.

    An apostrophe splits words ("Ukraine's" -> ukraine s), so a possessive still contains
    the name a phrase asks for; phrases are tokenized the same way, so "Russia's aggression"
    still matches itself whichever quote mark the readout uses.
    """
    spaced = _APOSTROPHE.sub(" ", text)
    folded = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii").lower()
    return _TOKEN.findall(folded)


def load_vocabulary(path: Path) -> Vocabulary:
    """Read ``issues.yaml``: id -> {label, match: [...]}.

    Only the ``match`` phrases match: a label such as "China" or "Iran" names a topic, but
    the word alone occurs in readouts where the country is no topic at all.
    """
    data = read_yaml_mapping(path).data
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for issue, entry in data.items():
        if not isinstance(entry, Mapping):
            raise ContentError(path, f"issue '{issue}' must be a mapping with 'label' and 'match'")
        phrases = entry.get("match") or []
        if not isinstance(phrases, list):
            raise ContentError(path, f"issue '{issue}': 'match' must be a list of phrases")
        for phrase in phrases:
            tokens = tuple(tokenize(str(phrase)))
            if tokens and (tokens, str(issue)) not in index.get(tokens[0], []):
                index.setdefault(tokens[0], []).append((tokens, str(issue)))
    return Vocabulary(ids=tuple(str(k) for k in data),
                      phrases={k: tuple(sorted(v, key=lambda entry: -len(entry[0]))) for k, v in index.items()})
