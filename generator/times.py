"""When a meeting happened, as an aware datetime: one rule for feeds, JSON-LD and exports."""

from __future__ import annotations

import datetime
import zoneinfo

from generator.models import Meeting


def meeting_start(meeting: Meeting, archive_zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """When the meeting began, as an aware datetime.

    The stated time is read in the zone the readout names when that is a tz name, else in
    the archive's zone ("local time" names no zone). No time stated means midnight.
    """
    zone = archive_zone
    if meeting.timezone and meeting.timezone != "local":
        zone = zoneinfo.ZoneInfo(meeting.timezone)
    return datetime.datetime.combine(meeting.date, meeting.time or datetime.time(0, 0), tzinfo=zone)
