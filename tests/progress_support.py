"""What the progress store's tests share: a question, the two verdicts, and an answer recorded."""

from __future__ import annotations

from datetime import UTC, datetime

from fsrs import Rating

from questions.progress import ProgressStore
from questions.progress_records import AnswerRecord
from questions.question import Kind, Question
from questions.verdict import Reason, Verdict

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
RIGHT = Verdict(correct=True, reason=Reason.EXACT, expected="Paris")
WRONG = Verdict(correct=False, reason=Reason.WRONG, expected="Paris")


def question(question_id: str, prompt: str = "What is the capital of France?") -> Question:
    return Question(id=question_id, kind=Kind.WH, prompt=prompt, answer="Paris")


def answer(
    store: ProgressStore,
    question_id: str,
    *,
    at: datetime,
    right: bool = True,
    deck: str = "news",
    rating: Rating | None = None,
) -> AnswerRecord:
    return store.record_answer(
        question=question(question_id),
        deck=deck,
        given="Paris" if right else "Lyon",
        verdict=RIGHT if right else WRONG,
        answered_at=at,
        rating=rating,
    )
