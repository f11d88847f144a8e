"""The logic behind the app's pages, without the UI: quiz and review sessions, and questions
written in a form.

A ``QuizSession`` is plain data (a pydantic model) that Streamlit keeps in ``st.session_state``;
the functions here change it and record answers in a ``ProgressStore``. Time comes in as ``now``
and randomness as ``seed``, so every step is tested without a browser or a clock.

A quiz records each answer as soon as it is graded, so a page refresh loses nothing submitted.
A review records an answer when the learner rates it (the rating suggested by the verdict, or one
they choose), as Anki does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from random import Random

from fsrs import Rating
from pydantic import AwareDatetime, BaseModel, Field, ValidationError

from questions.bank import Bank
from questions.grading import grade
from questions.progress import ProgressStore
from questions.question import MCQ_CHOICES, Kind, Question, Source, new_question_id
from questions.scheduling import rating_for
from questions.verdict import Reason, Verdict

TYPED_KINDS = frozenset({Kind.WH, Kind.CLOZE})
"""Kinds answered by typing: only these can be overridden with "I was right"."""

RATING_NAMES = {Rating.Again: "Again", Rating.Hard: "Hard", Rating.Good: "Good", Rating.Easy: "Easy"}


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


# Choosing questions


def filter_options(bank: Bank) -> tuple[list[str], list[Kind], list[str]]:
    """The deck keys, the kinds and the tags there are to choose from, in a stable order."""
    kinds = {question.kind for _, question in bank.questions()}
    tags = {tag for _, question in bank.questions() for tag in question.tags}
    return [entry.key for entry in bank.entries], [kind for kind in Kind if kind in kinds], sorted(tags)


def matching_questions(
    bank: Bank,
    *,
    decks: Collection[str] | None = None,
    kinds: Collection[Kind] | None = None,
    tags: Collection[str] | None = None,
    text: str = "",
) -> list[tuple[str, Question]]:
    """(deck key, question) for each question that passes every filter given; an empty filter passes all.

    ``text`` matches the prompt, the answer, alternatives, choices and tags, ignoring case.
    """
    needle = text.strip().casefold()
    found = []
    for entry, question in bank.questions():
        if decks and entry.key not in decks and entry.deck.name not in decks:
            continue
        if kinds and question.kind not in kinds:
            continue
        if tags and not set(question.tags) & set(tags):
            continue
        if needle:
            haystack = [
                question.prompt,
                question.answer_text,
                *question.alternatives,
                *question.choices,
                *question.tags,
            ]
            if not any(needle in part.casefold() for part in haystack):
                continue
        found.append((entry.key, question))
    return found


def choose_questions(
    bank: Bank,
    *,
    decks: Collection[str] | None = None,
    kinds: Collection[Kind] | None = None,
    tags: Collection[str] | None = None,
    count: int,
    seed: int,
) -> list[str]:
    """Up to ``count`` question ids drawn from those that match, in random order: the same bank and
    seed give the same list."""
    pool = [question.id for _, question in matching_questions(bank, decks=decks, kinds=kinds, tags=tags)]
    return Random(seed).sample(pool, min(max(count, 0), len(pool)))


def review_queue(bank: Bank, store: ProgressStore, *, now: datetime, limit: int = 50) -> list[str]:
    """Questions due by FSRS (soonest first), then recent mistakes not already due; only those
    still in the bank."""
    known = {question.id for _, question in bank.questions()}
    due = [question_id for question_id in store.due_question_ids(now=now) if question_id in known]
    wrong = [
        record.question_id for record in store.recent_mistakes(limit=limit) if record.question_id in known
    ]
    return list(dict.fromkeys([*due, *wrong]))[:limit]


# A session


def start(question_ids: Sequence[str], *, now: datetime, mode: Mode = Mode.QUIZ) -> QuizSession:
    return QuizSession(
        mode=mode,
        question_ids=list(question_ids),
        started=now,
        shown_at=now,
        finished=now if not question_ids else None,
    )


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


def suggested_rating(answer: Answer) -> Rating:
    """The rating the verdict gives: Again when wrong, Easy when right and quick, else Good."""
    if answer.overridden:
        return Rating.Good
    return rating_for(answer.verdict, seconds_taken=answer.seconds_taken)


def rate(session: QuizSession, question: Question, *, rating: Rating | None, store: ProgressStore) -> Rating:
    """Record a review answer with ``rating`` (``None``: the suggested one). Recorded once only."""
    answer = session.answers.get(question.id)
    if answer is None:
        raise ValueError(f"question {question.id!r} has no answer to rate")
    if answer.rating is not None:
        return answer.rating
    chosen = rating if rating is not None else suggested_rating(answer)
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


# Questions written in a form (the Bank and Generate pages)

FORM_FIELDS = ("kind", "prompt", "answer", "alternatives", "choices", "tags")


class QuestionForm(BaseModel):
    """A question as the edit form holds it: plain text in each field."""

    kind: Kind
    prompt: str = ""
    answer: str = ""
    """The answer as text; "true" or "false" for a true/false question."""
    alternatives: str = ""
    """One accepted alternative a line."""
    choices: list[str] = Field(default_factory=lambda: [""] * MCQ_CHOICES)
    tags: str = ""
    """Separated by spaces or commas."""


class FormErrors(ValueError):
    """What is wrong with a form, field by field (``FORM_FIELDS``, or "form" for the whole)."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))


def form_of(question: Question) -> QuestionForm:
    choices = list(question.choices) + [""] * (MCQ_CHOICES - len(question.choices))
    return QuestionForm(
        kind=question.kind,
        prompt=question.prompt,
        answer=question.answer_text,
        alternatives="\n".join(question.alternatives),
        choices=choices[:MCQ_CHOICES] if question.kind is Kind.MCQ else [""] * MCQ_CHOICES,
        tags=" ".join(question.tags),
    )


_TAG_SEPARATORS = re.compile(r"[\s,]+")


def question_from_form(form: QuestionForm, *, original: Question | None, now: datetime) -> Question:
    """The question the form describes, keeping the original's id, source, score and times; raise
    ``FormErrors`` naming each bad field.

    When the answer changes, the source sentence keeps marking it if the sentence contains it,
    and stops marking anything if not.
    """
    fields: dict[str, object] = {
        "id": original.id if original else new_question_id(),
        "kind": form.kind,
        "prompt": form.prompt,
        "answer": form.answer.strip(),
        "alternatives": [line.strip() for line in form.alternatives.splitlines() if line.strip()]
        if form.kind in TYPED_KINDS
        else [],
        "choices": [choice.strip() for choice in form.choices] if form.kind is Kind.MCQ else [],
        "tags": [tag for tag in _TAG_SEPARATORS.split(form.tags) if tag],
        "score": original.score if original else None,
        "created": original.created if original else now,
        "edited": original.edited if original else now,
    }
    if form.kind is Kind.TRUE_FALSE:
        truth = {"true": True, "false": False}.get(form.answer.strip().casefold())
        fields["answer"] = truth if truth is not None else form.answer
    if original and original.source:
        fields["source"] = _source_for(original.source, answer=fields["answer"])
    try:
        return Question.model_validate(fields)
    except ValidationError as error:
        errors: dict[str, str] = {}
        for detail in error.errors():
            location = detail["loc"][0] if detail["loc"] else "form"
            field = {"source": "answer", "id": "form"}.get(str(location), str(location))
            errors.setdefault(field if field in FORM_FIELDS else "form", _form_message(detail))
        raise FormErrors(errors) from None


def _source_for(source: Source, *, answer: object) -> Source:
    if not isinstance(answer, str) or source.answer_span == answer:
        return source
    start = source.sentence.find(answer) if answer else -1
    if start < 0:
        return source.model_copy(update={"answer_start": None, "answer_end": None})
    return source.model_copy(update={"answer_start": start, "answer_end": start + len(answer)})


def _form_message(detail: Mapping[str, object]) -> str:
    kind, message = str(detail["type"]), str(detail["msg"])
    if kind in {"missing", "string_too_short"}:
        return "cannot be empty"
    return message.removeprefix("Value error, ")


__all__ = [
    "FORM_FIELDS",
    "RATING_NAMES",
    "TYPED_KINDS",
    "Answer",
    "FormErrors",
    "Mode",
    "QuestionForm",
    "QuizSession",
    "Score",
    "advance",
    "choose_questions",
    "current_answer",
    "current_id",
    "duration_text",
    "elapsed",
    "filter_options",
    "form_of",
    "matching_questions",
    "mistakes",
    "override",
    "question_from_form",
    "rate",
    "retry_mistakes",
    "review_queue",
    "score",
    "skip",
    "start",
    "submit",
    "suggested_rating",
]
