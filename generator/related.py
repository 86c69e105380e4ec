"""Related meetings: the few meetings that share the most people and issues with one, nearby in time.

Comparing every meeting with every other is quadratic (10,000 meetings, 50 million pairs).
Instead each meeting looks only at its neighbours in time within each official's and each
issue's own list (``REACH`` on either side), so the work is linear in the number of
meetings times the people and issues of each. A shared participant counts twice as much
as a shared issue, and each counts less the more meetings it appears in (the host
minister present at nearly every meeting says little); nearness in time breaks ties.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence

from generator.models import Meeting

LIMIT = 5
"""Related meetings listed per meeting."""
REACH = 6
"""Neighbours in time looked at on either side, in each official's and issue's list."""
_PARTICIPANT_WEIGHT = 2.0
_ISSUE_WEIGHT = 1.0
_NEARNESS_WEIGHT = 0.5
_NEARNESS_DAYS = 30.0


def related_meetings(meetings: Sequence[Meeting]) -> dict[str, tuple[Meeting, ...]]:
    """Up to ``LIMIT`` related meetings for each meeting (``meetings`` newest first), best first."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    places: list[list[tuple[tuple[str, str], int]]] = [[] for _ in meetings]
    for index, meeting in enumerate(meetings):
        keys = [("official", o) for o in dict.fromkeys(meeting.official_ids)]
        keys += [("issue", i) for i in dict.fromkeys(meeting.issues)]
        for key in keys:
            places[index].append((key, len(groups[key])))
            groups[key].append(index)
    weights = {key: _weight(key, len(members)) for key, members in groups.items()}
    days = [meeting.date.toordinal() for meeting in meetings]
    result = {}
    for index, meeting in enumerate(meetings):
        scores: dict[int, float] = defaultdict(float)
        for key, place in places[index]:
            members = groups[key]
            for other in members[max(0, place - REACH):place + REACH + 1]:
                if other != index:
                    scores[other] += weights[key]
        if scores:
            result[meeting.id] = _best(meetings, days, index, scores)
    return result


def _weight(key: tuple[str, str], size: int) -> float:
    """What sharing ``key`` is worth: participants more than issues, rare ones more than common ones."""
    base = _PARTICIPANT_WEIGHT if key[0] == "official" else _ISSUE_WEIGHT
    return base / math.log2(1 + size)


def _best(meetings: Sequence[Meeting], days: Sequence[int], index: int, scores: dict[int, float]
          ) -> tuple[Meeting, ...]:
    """The top scorers, nearness in time added; ties go to the nearer, then to the smaller id.

    The ranks are made in one loop, not by a key function called per candidate (two thirds of a
    million calls at 10,000 meetings); the id in each rank is unique, so no two ranks tie.
    """
    day = days[index]
    ranks = []
    for other, score in scores.items():
        gap = abs(days[other] - day)
        ranks.append((-(score + _NEARNESS_WEIGHT / (1 + gap / _NEARNESS_DAYS)), gap, meetings[other].id, other))
    return tuple(meetings[rank[3]] for rank in heapq.nsmallest(LIMIT, ranks))
