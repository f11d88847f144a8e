"""What the progress store gives back: logged answers and the stats by day and by deck."""

from __future__ import annotations

from datetime import date

from fsrs import Rating
from pydantic import AwareDatetime, BaseModel, ConfigDict

from questions.verdict import Reason


class AnswerRecord(BaseModel):
    """One logged answer. ``prompt``, ``expected`` and ``deck`` are copies taken when it was given,
    so the history stays readable after the question is edited or deleted."""

    model_config = ConfigDict(frozen=True)

    id: int
    answered_at: AwareDatetime
    question_id: str
    deck: str
    prompt: str
    expected: str
    given: str
    correct: bool
    reason: Reason
    rating: Rating
    seconds_taken: float | None = None


class DayStats(BaseModel):
    model_config = ConfigDict(frozen=True)

    day: date
    answers: int
    correct: int
    accuracy: float


class DeckStats(BaseModel):
    model_config = ConfigDict(frozen=True)

    deck: str
    answers: int
    correct: int
    accuracy: float


__all__ = [
    "AnswerRecord",
    "DayStats",
    "DeckStats",
]
