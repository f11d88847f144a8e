"""The steps of a quiz or review session, without the UI: start, answer, override, rate, go on,
skip, end, and the score.

A ``QuizSession`` (``questions/session.py``) is plain data that Streamlit keeps in
``st.session_state``; the functions here change it and record answers in a ``ProgressStore``. Time
comes in as ``now`` and randomness as ``seed``, so every step is tested without a browser or a clock.

A quiz records each answer as soon as it is graded, so a page refresh loses nothing submitted.
A review records an answer when the learner rates it (the rating suggested by the verdict, or one
they choose), as Anki does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from random import Random

from fsrs import Rating

from questions.grading import grade
from questions.kinds import TYPED_KINDS
from questions.progress import ProgressStore
from questions.question import Question
from questions.rating_buttons import review_suggestion
from questions.session import Answer, Mode, QuizSession, Score
from questions.verdict import Reason, Verdict


def start(
    question_ids: Sequence[str], *, now: datetime, mode: Mode = Mode.QUIZ, seed: int = 0
) -> QuizSession:
    return QuizSession(
        mode=mode,
        question_ids=list(question_ids),
        started=now,
        shown_at=now,
        finished=now if not question_ids else None,
        seed=seed,
    )


def presented_choices(session: QuizSession, question: Question) -> list[str]:
    """The question's choices in the order this presentation shows them: shuffled from the
    session's seed, the question and its position, so the answer is not always at the same
    number (the bank keeps choices sorted) and a rerun of the page does not reorder them."""
    choices = list(question.choices)
    Random(f"{session.seed}:{session.position}:{question.id}").shuffle(choices)
    return choices


def current_id(session: QuizSession) -> str | None:
    return None if session.done else session.question_ids[session.position]


def current_answer(session: QuizSession) -> Answer | None:
    question_id = current_id(session)
    return None if question_id is None else session.answers.get(question_id)


def submit(
    session: QuizSession,
    question: Question,
    given: str | bool,
    *,
    deck: str,
    now: datetime,
    store: ProgressStore,
) -> Verdict:
    """Grade the answer to the current question. A quiz records it at once; a review keeps it until
    it is rated (see ``rate``). A second submit for the same question changes nothing."""
    if current_id(session) != question.id:
        raise ValueError(f"question {question.id!r} is not the current one ({current_id(session)!r})")
    existing = session.answers.get(question.id)
    if existing is not None:
        return existing.verdict
    verdict = grade(question, given)
    seconds = max((now - session.shown_at).total_seconds(), 0.0)
    text = ("true" if given else "false") if isinstance(given, bool) else given.strip()
    answer = Answer(
        question_id=question.id,
        deck=deck,
        given=text,
        verdict=verdict,
        answered_at=now,
        seconds_taken=seconds,
    )
    session.answers[question.id] = answer
    if session.mode is Mode.QUIZ:
        _record(answer, question, store=store, rating=None)
    return verdict


def override(session: QuizSession, question: Question, *, now: datetime, store: ProgressStore) -> Verdict:
    """ "I was right": count a typed answer graded wrong as right.

    A review answer not yet rated just changes its verdict. A quiz answer is already recorded, so
    its logged row is corrected (an accepted answer rated Good) and its card replayed: the
    answer still counts once.
    """
    answer = session.answers.get(question.id)
    if answer is None:
        raise ValueError(f"question {question.id!r} has no answer to override")
    if question.kind not in TYPED_KINDS:
        raise ValueError(f"only typed answers can be overridden, this question is {question.kind.value}")
    if answer.verdict.correct:
        return answer.verdict
    verdict = Verdict(correct=True, reason=Reason.ALTERNATIVE, expected=answer.verdict.expected)
    corrected = answer.model_copy(update={"verdict": verdict, "overridden": True})
    if answer.recorded and answer.record_id is not None:
        store.amend_answer(answer.record_id, verdict=verdict, rating=Rating.Good)
        corrected.rating = Rating.Good
    session.answers[question.id] = corrected
    return verdict


def rate(session: QuizSession, question: Question, *, rating: Rating | None, store: ProgressStore) -> Rating:
    """Record a review answer with ``rating`` (``None``: the suggested one). Recorded once only."""
    answer = session.answers.get(question.id)
    if answer is None:
        raise ValueError(f"question {question.id!r} has no answer to rate")
    if answer.rating is not None:
        return answer.rating
    chosen = rating if rating is not None else review_suggestion(answer, question, store=store)
    _record(answer, question, store=store, rating=chosen)
    return chosen


def _record(answer: Answer, question: Question, *, store: ProgressStore, rating: Rating | None) -> None:
    """Log the answer in the store and keep the rating it was recorded with."""
    record = store.record_answer(
        question=question,
        deck=answer.deck,
        given=answer.given,
        verdict=answer.verdict,
        answered_at=answer.answered_at,
        rating=rating,
        seconds_taken=answer.seconds_taken,
    )
    answer.rating = record.rating
    answer.record_id = record.id


def advance(session: QuizSession, *, now: datetime, from_position: int | None = None) -> None:
    """Go on to the next question (a review answer must be rated first).

    With ``from_position``, only from that position: a "Next" pressed twice before the page
    updates (a double Enter on a slow connection) moves on once, never past a question.
    """
    if session.done or (from_position is not None and from_position != session.position):
        return
    answer = current_answer(session)
    if session.mode is Mode.REVIEW and answer is not None and not answer.recorded:
        raise ValueError("rate the answer before going on")
    session.position += 1
    session.shown_at = now
    if session.done:
        session.finished = now


def end(session: QuizSession, *, now: datetime) -> None:
    """End the session part-way: the questions answered so far stay (recorded as they were), the
    others are dropped, and the score counts what was answered. A review answer not yet rated is
    dropped too, as it was never recorded."""
    if session.done:
        return
    current = current_answer(session)
    if current is not None and session.mode is Mode.REVIEW and not current.recorded:
        session.answers.pop(current.question_id)
    kept = [question_id for question_id in session.question_ids if question_id in session.answers]
    session.planned = session.total
    session.question_ids = kept
    session.position = len(kept)
    session.finished = now


def skip(session: QuizSession, *, now: datetime, question_id: str | None = None) -> None:
    """Leave out the current question (e.g. deleted from its deck meanwhile); with ``question_id``,
    only if that is the current one."""
    current = current_id(session)
    if current is None or (question_id is not None and question_id != current):
        return
    session.answers.pop(current, None)
    session.question_ids.pop(session.position)
    session.shown_at = now
    if session.done:
        session.finished = now


def score(session: QuizSession) -> Score:
    correct = sum(answer.verdict.correct for answer in session.answers.values())
    return Score(correct=correct, answered=len(session.answers), total=session.total)


def mistakes(session: QuizSession) -> list[str]:
    """Ids of the questions answered wrong, in the order they were asked."""
    return [
        question_id
        for question_id in session.question_ids
        if question_id in session.answers and not session.answers[question_id].verdict.correct
    ]


def elapsed(session: QuizSession, *, now: datetime) -> timedelta:
    return (session.finished or now) - session.started


def retry_mistakes(session: QuizSession, *, now: datetime) -> QuizSession:
    return start(mistakes(session), now=now, mode=session.mode)


def duration_text(span: timedelta) -> str:
    """E.g. "45 s", "2 min 5 s", "1 h 3 min"."""
    seconds = max(round(span.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {seconds} s"
    return f"{seconds} s"


__all__ = [
    "advance",
    "current_answer",
    "current_id",
    "duration_text",
    "elapsed",
    "end",
    "mistakes",
    "override",
    "presented_choices",
    "rate",
    "retry_mistakes",
    "score",
    "skip",
    "start",
    "submit",
]
