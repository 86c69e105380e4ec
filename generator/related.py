"""Related meetings: the few meetings that share the most people and issues with one, nearby in time.

Comparing every meeting with every other is quadratic (10,000 meetings, 50 million pairs).
Instead each meeting looks only at its neighbours in time within each official's and each
issue's own list (``REACH`` on either side), so the work is linear in the number of
meetings times the people and issues of each. A shared participant counts twice as much
as a shared issue, and each counts less the more meetings it appears in (the host
minister present at nearly every meeting says little); nearness in time breaks ties.

The ranking reads only each meeting's id, date, officials and issues (its ``Shape``), so it is
worked out on those alone: a build whose shapes are all as last time (a readout's wording
edited) recalls the last result by a hash of them instead of ranking again (0.4 s at 10,000).
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar

from generator.models import Meeting

T = TypeVar("T")

LIMIT = 5
"""Related meetings listed per meeting."""
REACH = 6
"""Neighbours in time looked at on either side, in each official's and issue's list."""
_PARTICIPANT_WEIGHT = 2.0
_ISSUE_WEIGHT = 1.0
_NEARNESS_WEIGHT = 0.5
_NEARNESS_DAYS = 30.0


Shape = tuple[str, int, tuple[str, ...], tuple[str, ...]]
"""What ranking reads of a meeting: its id, its date as an ordinal, its officials and its issues (each once)."""


class Recall(Protocol):
    """Gives ``compute()``, or its result from the last build when ``key`` is unchanged (``BuildCache.recall``)."""

    def __call__(self, name: str, key: str, compute: Callable[[], T]) -> T: ...


class Remember(Protocol):
    """``Recall`` with the key given (``recalled`` bound to it): what a function of that key's data needs."""

    def __call__(self, name: str, compute: Callable[[], T]) -> T: ...


def recalled(recall: Recall | None, name: str, compute: Callable[[], T], *, key: str) -> T:
    """``recall(name, key, compute)``, or ``compute()`` when there is nothing to recall from."""
    return compute() if recall is None else recall(name, key, compute)


def related_meetings(meetings: Sequence[Meeting], recall: Recall | None = None, *,
                     key: str | None = None) -> dict[str, tuple[Meeting, ...]]:
    """Up to ``LIMIT`` related meetings for each meeting (``meetings`` newest first), best first.

    ``key``: a hash of data the meetings' shapes are a function of, when the caller has one (else one is made).
    """
    shapes = tuple((m.id, m.date.toordinal(), tuple(dict.fromkeys(m.official_ids)), tuple(dict.fromkeys(m.issues)))
                   for m in meetings)
    if recall is None:
        ranked = related_ids(shapes)
    else:
        key = key or hashlib.blake2b(repr(shapes).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        ranked = recall("related", key, lambda: related_ids(shapes))
    by_id = {meeting.id: meeting for meeting in meetings}
    return {meeting_id: tuple(by_id[other] for other in others) for meeting_id, others in ranked.items()}


def related_ids(shapes: Sequence[Shape]) -> Mapping[str, tuple[str, ...]]:
    """The ids of up to ``LIMIT`` related meetings for each meeting id, best first, from the meetings' shapes."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    places: list[list[tuple[tuple[str, str], int]]] = [[] for _ in shapes]
    for index, (_, _, officials, issues) in enumerate(shapes):
        keys = [("official", o) for o in officials] + [("issue", i) for i in issues]
        for key in keys:
            places[index].append((key, len(groups[key])))
            groups[key].append(index)
    weights = {key: _weight(key, len(members)) for key, members in groups.items()}
    ids = [shape[0] for shape in shapes]
    days = [shape[1] for shape in shapes]
    result = {}
    for index, meeting_id in enumerate(ids):
        scores: dict[int, float] = defaultdict(float)
        for key, place in places[index]:
            members = groups[key]
            for other in members[max(0, place - REACH):place + REACH + 1]:
                if other != index:
                    scores[other] += weights[key]
        if scores:
            result[meeting_id] = _best(ids, days, index, scores)
    return result


def _weight(key: tuple[str, str], size: int) -> float:
    """What sharing ``key`` is worth: participants more than issues, rare ones more than common ones."""
    base = _PARTICIPANT_WEIGHT if key[0] == "official" else _ISSUE_WEIGHT
    return base / math.log2(1 + size)


def _best(ids: Sequence[str], days: Sequence[int], index: int, scores: dict[int, float]) -> tuple[str, ...]:
    """The top scorers, nearness in time added; ties go to the nearer, then to the smaller id.

    The ranks are made in one loop, not by a key function called per candidate (two thirds of a
    million calls at 10,000 meetings); the id in each rank is unique, so no two ranks tie.
    """
    day = days[index]
    ranks = []
    for other, score in scores.items():
        gap = abs(days[other] - day)
        ranks.append((-(score + _NEARNESS_WEIGHT / (1 + gap / _NEARNESS_DAYS)), gap, ids[other]))
    return tuple(rank[2] for rank in heapq.nsmallest(LIMIT, ranks))
