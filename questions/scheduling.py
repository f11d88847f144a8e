"""Spaced repetition: a thin layer over FSRS that turns a graded answer into a card's next due date."""

from __future__ import annotations

from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler

from questions.verdict import Verdict

QUICK_SECONDS = 8.0
"""A right answer given within this many seconds counts as easy: the learner did not have to think."""


def rating_for(
    verdict: Verdict, *, seconds_taken: float | None = None, quick_seconds: float = QUICK_SECONDS
) -> Rating:
    if not verdict.correct:
        return Rating.Again
    if seconds_taken is not None and seconds_taken <= quick_seconds:
        return Rating.Easy
    return Rating.Good


def make_scheduler(*, fuzzing: bool = True) -> Scheduler:
    return Scheduler(enable_fuzzing=fuzzing)


def aware_utc(moment: datetime) -> datetime:
    """The same instant in UTC; a naive time is refused rather than guessed."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got naive {moment.isoformat()}")
    return moment.astimezone(UTC)


def new_card(*, at: datetime) -> Card:
    # Passing card_id and due keeps fsrs from reading the clock (and sleeping 1 ms).
    moment = aware_utc(at)
    return Card(card_id=int(moment.timestamp() * 1000), due=moment)


def review(card: Card | None, rating: Rating, *, at: datetime, scheduler: Scheduler) -> Card:
    """The card after one review; ``None`` is a question never answered before."""
    moment = aware_utc(at)
    reviewed, _log = scheduler.review_card(
        card if card is not None else new_card(at=moment), rating, review_datetime=moment
    )
    return reviewed


__all__ = ["QUICK_SECONDS", "aware_utc", "make_scheduler", "new_card", "rating_for", "review"]
