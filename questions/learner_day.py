"""The learner's day: it starts at 4 a.m. local time, as Anki's does, so a late-night session
still counts for the day it began, and "due today" means due before the next day starts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

import tzlocal

DAY_STARTS = time(4)
"""Anki's "next day starts at" default."""


def learner_day(moment: datetime, *, zone: tzinfo) -> date:
    """The day ``moment`` belongs to for a learner in ``zone``."""
    local = moment.astimezone(zone)
    return (local - timedelta(hours=DAY_STARTS.hour, minutes=DAY_STARTS.minute)).date()


def day_start(day: date, *, zone: tzinfo) -> datetime:
    """When the learner's ``day`` begins in ``zone``."""
    return datetime.combine(day, DAY_STARTS, tzinfo=zone)


def next_day_start(moment: datetime, *, zone: tzinfo) -> datetime:
    """When the learner's day after ``moment``'s begins: what is due before then is due today."""
    return day_start(learner_day(moment, zone=zone) + timedelta(days=1), zone=zone)


def local_zone() -> tzinfo:
    """This machine's time zone (``TZ``, else the system's): the learner's, when the app or the
    command line runs on their own machine and the browser does not say."""
    return tzlocal.get_localzone()


__all__ = ["DAY_STARTS", "day_start", "learner_day", "local_zone", "next_day_start"]
