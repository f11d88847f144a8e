from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from fsrs import Card, Rating, State

from questions.scheduling import QUICK_SECONDS, make_scheduler, new_card, rating_for, review
from questions.verdict import Reason, Verdict

START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


def verdict(*, correct: bool, reason: Reason | None = None) -> Verdict:
    return Verdict(
        correct=correct, reason=reason or (Reason.EXACT if correct else Reason.WRONG), expected="Paris"
    )


@pytest.mark.parametrize(
    ("correct", "reason", "seconds_taken", "expected"),
    [
        (False, Reason.WRONG, None, Rating.Again),
        (False, Reason.WRONG, 1.0, Rating.Again),
        (True, Reason.EXACT, None, Rating.Good),
        (True, Reason.EXACT, 30.0, Rating.Good),
        (True, Reason.EXACT, QUICK_SECONDS + 0.01, Rating.Good),
        (True, Reason.EXACT, QUICK_SECONDS, Rating.Easy),
        (True, Reason.TYPO, 2.5, Rating.Easy),
        (True, Reason.ALTERNATIVE, 0.0, Rating.Easy),
    ],
)
def test_rating_for_maps_verdicts(
    correct: bool, reason: Reason, seconds_taken: float | None, expected: Rating
) -> None:
    assert rating_for(verdict(correct=correct, reason=reason), seconds_taken=seconds_taken) is expected


def test_quick_threshold_can_be_changed() -> None:
    right = verdict(correct=True)
    assert rating_for(right, seconds_taken=5.0, quick_seconds=3.0) is Rating.Good
    assert rating_for(right, seconds_taken=3.0, quick_seconds=3.0) is Rating.Easy


def intervals(ratings: list[Rating]) -> list[timedelta]:
    """Review a new card with each rating in turn, each time exactly when it falls due."""
    scheduler = make_scheduler(fuzzing=False)
    card: Card | None = None
    at = START
    gaps = []
    for rating in ratings:
        card = review(card, rating, at=at, scheduler=scheduler)
        assert card.last_review == at
        gaps.append(card.due - at)
        at = card.due
    return gaps


def test_fsrs_intervals_for_a_known_sequence() -> None:
    good, again = Rating.Good, Rating.Again
    gaps = intervals([good, good, good, good, again, good, good])

    # Observed from fsrs 6.3.2 with its default parameters and no fuzzing.
    assert gaps == [
        timedelta(minutes=10),  # first learning step
        timedelta(days=2),  # graduates to review
        timedelta(days=11),
        timedelta(days=46),
        timedelta(minutes=10),  # forgotten: back to relearning
        timedelta(days=3),
        timedelta(days=8),
    ]
    assert gaps[1] < gaps[2] < gaps[3], "consecutive Goods must space the card further out"
    assert gaps[4] < timedelta(days=1), "Again must bring the card back the same day"
    assert gaps[5] < gaps[3], "after a lapse the interval starts over, shorter than before"
    assert gaps[5] < gaps[6]


def test_easy_skips_learning_and_beats_good() -> None:
    scheduler = make_scheduler(fuzzing=False)
    easy = review(None, Rating.Easy, at=START, scheduler=scheduler)
    good = review(None, Rating.Good, at=START, scheduler=scheduler)
    assert easy.state is State.Review
    assert easy.due - START >= timedelta(days=1)
    assert good.due - START == timedelta(minutes=10)


def test_review_does_not_change_the_card_it_is_given() -> None:
    scheduler = make_scheduler(fuzzing=False)
    first = review(None, Rating.Good, at=START, scheduler=scheduler)
    second = review(first, Rating.Good, at=first.due, scheduler=scheduler)
    assert first.state is State.Learning
    assert second.state is State.Review


def test_review_converts_other_time_zones_to_utc() -> None:
    scheduler = make_scheduler(fuzzing=False)
    paris = START.astimezone(timezone(timedelta(hours=1)))
    card = review(None, Rating.Again, at=paris, scheduler=scheduler)
    assert card.last_review == START
    assert card.last_review.tzinfo is UTC


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        review(None, Rating.Good, at=datetime(2025, 1, 1, 9, 0), scheduler=make_scheduler())


def test_new_card_reads_no_clock() -> None:
    card = new_card(at=START)
    assert card.due == START
    assert card.card_id == int(START.timestamp() * 1000)
    assert card.last_review is None


def test_fuzzing_is_on_by_default() -> None:
    assert make_scheduler().enable_fuzzing is True
    assert make_scheduler(fuzzing=False).enable_fuzzing is False
