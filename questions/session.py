"""A quiz or review session as plain data (pydantic models Streamlit keeps in ``st.session_state``),
and each answer given in it. ``questions/quiz.py`` holds the steps that change it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fsrs import Rating
from pydantic import AwareDatetime, BaseModel, Field

from questions.verdict import Verdict


class Mode(StrEnum):
    QUIZ = "quiz"
    REVIEW = "review"


class Answer(BaseModel):
    """One answer given in a session."""

    question_id: str
    deck: str
    """The deck's name when the answer was given, as the progress log keeps it."""
    given: str
    verdict: Verdict
    answered_at: AwareDatetime
    seconds_taken: float | None = None
    overridden: bool = False
    """The learner said "I was right" about an answer graded wrong."""
    rating: Rating | None = None
    """The FSRS rating recorded with it; ``None`` while a review answer waits for its rating."""
    record_id: int | None = None
    """Its row in the progress log, once recorded."""

    @property
    def recorded(self) -> bool:
        return self.rating is not None


class QuizSession(BaseModel):
    """A run through a list of questions, one at a time."""

    mode: Mode = Mode.QUIZ
    question_ids: list[str]
    position: int = 0
    answers: dict[str, Answer] = Field(default_factory=dict)
    started: AwareDatetime
    shown_at: AwareDatetime
    """When the current question appeared: the time taken to answer counts from here."""
    finished: AwareDatetime | None = None
    seed: int = 0
    """Orders each question's choices: the same session shows the same order, another a new one."""
    planned: int | None = None
    """How many questions the session had before the learner ended it early (``end``)."""

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def done(self) -> bool:
        return self.position >= len(self.question_ids)


@dataclass(frozen=True)
class Score:
    correct: int
    answered: int
    total: int


__all__ = [
    "Answer",
    "Mode",
    "QuizSession",
    "Score",
]
