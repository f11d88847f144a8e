"""The learner's day starts at 4 a.m. in their own time zone (questions/learner_day.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from questions.learner_day import day_start, learner_day, next_day_start

SEOUL = ZoneInfo("Asia/Seoul")
HAVANA = ZoneInfo("America/Havana")


@pytest.mark.parametrize(
    ("moment", "zone", "day"),
    [
        (
            datetime(2026, 3, 10, 1, 30, tzinfo=SEOUL),
            SEOUL,
            date(2026, 3, 9),
        ),  # after midnight: still "yesterday"
        (datetime(2026, 3, 10, 4, 0, tzinfo=SEOUL), SEOUL, date(2026, 3, 10)),
        (datetime(2026, 3, 10, 23, 0, tzinfo=UTC), SEOUL, date(2026, 3, 11)),  # 8 a.m. in Seoul
        (datetime(2026, 3, 10, 2, 0, tzinfo=UTC), HAVANA, date(2026, 3, 9)),  # 10 p.m. in Havana
    ],
)
def test_the_day_is_local_and_starts_at_four(moment: datetime, zone: ZoneInfo, day: date) -> None:
    assert learner_day(moment, zone=zone) == day


def test_the_next_day_starts_at_four_local_time() -> None:
    late = datetime(2026, 3, 10, 23, 30, tzinfo=SEOUL)
    assert next_day_start(late, zone=SEOUL) == datetime(2026, 3, 11, 4, 0, tzinfo=SEOUL)
    small_hours = datetime(2026, 3, 11, 2, 0, tzinfo=SEOUL)
    assert next_day_start(small_hours, zone=SEOUL) == datetime(2026, 3, 11, 4, 0, tzinfo=SEOUL)


def test_a_day_starts_at_four_in_its_zone() -> None:
    assert day_start(date(2026, 3, 10), zone=HAVANA) == datetime(2026, 3, 10, 4, 0, tzinfo=HAVANA)
    assert learner_day(day_start(date(2026, 3, 10), zone=HAVANA), zone=HAVANA) == date(2026, 3, 10)


def test_this_machines_zone_is_the_tz_variables() -> None:
    """The learner's zone when the browser does not say (the command line, AppTest)."""
    shown = subprocess.run(
        [sys.executable, "-c", "from questions.learner_day import local_zone; print(local_zone())"],
        env={**os.environ, "TZ": "America/Havana"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == "America/Havana"
