"""The rating buttons of a review: their names, the rating the verdict suggests, and how long
each rating puts the question off, written as Anki writes it."""

from __future__ import annotations

from datetime import datetime, timedelta

from fsrs import Rating

from questions.kinds import GUESSABLE_KINDS
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.scheduling import rating_for
from questions.scheduling import review as review_card
from questions.session import Answer

RATING_NAMES = {Rating.Again: "Again", Rating.Hard: "Hard", Rating.Good: "Good", Rating.Easy: "Easy"}


def suggested_rating(answer: Answer, *, kind: Kind, missed_before: bool = False) -> Rating:
    """The rating the verdict gives: Again when wrong, Easy when a typed answer is right and quick,
    else Good. Never Easy for a pick (multiple choice, true/false) or for a question missed the last
    time it was answered (``missed_before``): right after a miss it is not easy yet."""
    if answer.overridden:
        return Rating.Good
    rating = rating_for(answer.verdict, seconds_taken=answer.seconds_taken)
    if rating is Rating.Easy and (kind in GUESSABLE_KINDS or missed_before):
        return Rating.Good
    return rating


def review_suggestion(answer: Answer, question: Question, *, store: ProgressStore) -> Rating:
    """``suggested_rating`` for a review answer, knowing from the log whether the question was
    missed the last time it was answered."""
    history = store.history(question.id)
    missed = bool(history) and not history[-1].correct
    return suggested_rating(answer, kind=question.kind, missed_before=missed)


def next_intervals(store: ProgressStore, question_id: str, *, now: datetime) -> dict[Rating, timedelta]:
    """How long until the question is due again after each rating, as Anki shows on its buttons."""
    card = store.card(question_id)
    intervals = {}
    for rating in RATING_NAMES:
        reviewed = review_card(card, rating, at=now, scheduler=store.scheduler)
        intervals[rating] = reviewed.due - now
    return intervals


def interval_text(span: timedelta) -> str:
    """A next interval as Anki writes it: "<1m", "10m", "3h", "4d", "2mo", "1.5y"."""
    minutes = span.total_seconds() / 60
    if minutes < 1:
        return "<1m"
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".removesuffix(".0") + "mo"
    return f"{days / 365:.1f}".removesuffix(".0") + "y"


__all__ = [
    "RATING_NAMES",
    "interval_text",
    "next_intervals",
    "review_suggestion",
    "suggested_rating",
]
