"""The progress store's stats over the learner's days (from 4 a.m. to 4 a.m. in their zone): answers
per day and per deck, the streak and the forecast of reviews due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating

from questions.progress import ProgressStore
from questions.scheduling import make_scheduler

from .progress_support import T0, answer


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "progress.sqlite3", scheduler=make_scheduler(fuzzing=False))


SEOUL = ZoneInfo("Asia/Seoul")


def seoul(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in March 2025 on a Seoul learner's clock."""
    return datetime(2025, 3, day, hour, minute, tzinfo=SEOUL)


def test_daily_and_deck_stats_count_the_learners_days(store: ProgressStore) -> None:
    answer(store, "a1", at=seoul(10, 9), deck="asia")
    answer(store, "a2", at=seoul(10, 23), deck="asia", right=False)
    answer(store, "e1", at=seoul(11, 3, 59), deck="europe")  # after midnight: still the 10th
    answer(store, "e1", at=seoul(11, 4, 0), deck="europe", right=False)  # the 11th begins

    days = store.daily_stats(zone=SEOUL)
    assert [(d.day, d.answers, d.correct) for d in days] == [
        (date(2025, 3, 10), 3, 2),
        (date(2025, 3, 11), 1, 0),
    ]
    assert days[0].accuracy == pytest.approx(2 / 3)
    assert days[1].accuracy == 0.0
    assert [d.day for d in store.daily_stats(since=date(2025, 3, 11), zone=SEOUL)] == [date(2025, 3, 11)]
    assert store.daily_stats(since=date(2025, 3, 12), zone=SEOUL) == []
    in_utc = store.daily_stats(zone=UTC)  # 9 a.m. in Seoul is 0:00 UTC: the 9th from 4 a.m. UTC
    assert [(d.day, d.answers) for d in in_utc] == [(date(2025, 3, 9), 1), (date(2025, 3, 10), 3)]

    decks = {d.deck: d for d in store.deck_stats()}
    assert (decks["asia"].answers, decks["asia"].correct, decks["asia"].accuracy) == (2, 1, 0.5)
    assert (decks["europe"].answers, decks["europe"].correct, decks["europe"].accuracy) == (2, 1, 0.5)


def test_stats_of_an_empty_store(store: ProgressStore) -> None:
    assert store.daily_stats(zone=UTC) == []
    assert store.deck_stats() == []
    assert store.recent_mistakes() == []
    assert store.streak(today=T0.date(), zone=UTC) == 0


def test_streak(store: ProgressStore) -> None:
    today = date(2025, 3, 10)

    def on(day: date) -> None:
        answer(store, "q1", at=datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=23))

    for days_ago in (6, 5, 3, 2, 1):  # a gap 4 days ago
        on(today - timedelta(days=days_ago))

    assert store.streak(today=today, zone=UTC) == 3, "nothing yet today: the streak still ends yesterday"
    on(today)
    assert store.streak(today=today, zone=UTC) == 4
    assert store.streak(today=today + timedelta(days=1), zone=UTC) == 4
    assert store.streak(today=today + timedelta(days=2), zone=UTC) == 0, "a whole day missed breaks it"
    assert store.streak(today=today - timedelta(days=5), zone=UTC) == 2
    assert store.streak(today=today - timedelta(days=4), zone=UTC) == 2


@pytest.mark.parametrize(("late", "streak"), [((12, 3, 59), 2), ((12, 4, 0), 1)])
def test_a_streak_day_ends_at_four_in_the_morning(
    store: ProgressStore, late: tuple[int, int, int], streak: int
) -> None:
    """An answer at 9 p.m. on the 10th, then one in the small hours of the 12th: before 4 a.m. it is
    the 11th's, and the streak runs over the 10th and 11th; from 4 a.m. it is the 12th's, and the
    11th, left empty, broke the streak."""
    answer(store, "q1", at=seoul(10, 21))
    answer(store, "q1", at=seoul(*late))
    assert store.streak(today=date(2025, 3, 12), zone=SEOUL) == streak


def test_due_forecast(store: ProgressStore) -> None:
    now = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
    today = now.date()
    answer(store, "overdue", at=now - timedelta(days=5))  # due 5 days ago + 10 min
    answer(store, "later-today", at=now)  # due 12:10 today
    answer(store, "in-two-days", at=now - timedelta(days=6), rating=Rating.Easy)  # 8 days after
    answer(store, "in-eight-days", at=now, rating=Rating.Easy)
    answer(store, "out-of-range", at=now + timedelta(days=20), rating=Rating.Easy)

    forecast = store.due_forecast(now=now, zone=UTC, days=14)
    assert [day for day, _ in forecast] == [today + timedelta(days=n) for n in range(14)]
    counts = dict(forecast)
    assert counts[today] == 2
    assert counts[today + timedelta(days=2)] == 1
    assert counts[today + timedelta(days=8)] == 1
    assert sum(counts.values()) == 4

    assert store.due_forecast(now=now, zone=UTC, days=1) == [(today, 2)]
    assert store.due_forecast(now=now, zone=UTC, days=0) == []


@pytest.mark.parametrize(("answered", "due_on"), [((11, 3, 58), 10), ((11, 3, 59), 11)])
def test_a_card_due_before_four_in_the_morning_is_due_the_day_before(
    store: ProgressStore, answered: tuple[int, int, int], due_on: int
) -> None:
    """Rated Again, a new card is due a minute later: at 3:59 (still the 10th's) or at 4:00."""
    answer(store, "q1", at=seoul(*answered), right=False, rating=Rating.Again)
    card = store.card("q1")
    assert card is not None and card.due - seoul(*answered) == timedelta(minutes=1)
    forecast = dict(store.due_forecast(now=seoul(10, 12), zone=SEOUL, days=3))
    assert forecast[date(2025, 3, due_on)] == 1 and sum(forecast.values()) == 1
