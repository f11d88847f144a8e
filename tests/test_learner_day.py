"""The learner's day starts at 4 a.m. in their own time zone (questions/learner_day.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from questions.learner_day import learner_day, next_day_start

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
