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
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from random import Random

from fsrs import Rating
from pydantic import AwareDatetime, BaseModel, Field, ValidationError

from questions.bank import Bank
from questions.grading import grade
from questions.learner_day import next_day_start
from questions.progress import ProgressStore
from questions.question import BLANK, BLANK_PATTERN, MCQ_CHOICES, Kind, Question, Source, new_question_id
from questions.scheduling import rating_for
from questions.scheduling import review as review_card
from questions.verdict import Reason, Verdict

TYPED_KINDS = frozenset({Kind.WH, Kind.CLOZE})
"""Kinds answered by typing: only these can be overridden with "I was right"."""

KIND_NAMES = {
    Kind.CLOZE: "fill in the blank",
    Kind.WH: "short answer",
    Kind.MCQ: "multiple choice",
    Kind.TRUE_FALSE: "true or false",
}
"""Each kind as the learner reads it."""

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

    ``text`` matches when each of its words is in the prompt, the answer, an alternative, a choice,
    a tag or the kind's name, ignoring case and in any order ("cuba 2022").
    """
    words = text.casefold().split()
    found = []
    for entry, question in bank.questions():
        if decks and entry.key not in decks and entry.deck.name not in decks:
            continue
        if kinds and question.kind not in kinds:
            continue
        if tags and not set(question.tags) & set(tags):
            continue
        if words:
            haystack = "\n".join(
                [
                    question.prompt,
                    question.answer_text,
                    *question.alternatives,
                    *question.choices,
                    *question.tags,
                    KIND_NAMES[question.kind],
                ]
            ).casefold()
            if not all(word in haystack for word in words):
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


def due_today(bank: Bank, store: ProgressStore, *, now: datetime, zone: tzinfo) -> list[str]:
    """Questions still in the bank whose card falls due before the learner's next day starts
    (soonest first): the one meaning of "due" that Review and Progress share."""
    known = {question.id for _, question in bank.questions()}
    due_by = next_day_start(now, zone=zone) - timedelta(microseconds=1)
    return [question_id for question_id in store.due_question_ids(now=due_by) if question_id in known]


def review_queue(
    bank: Bank, store: ProgressStore, *, now: datetime, zone: tzinfo, limit: int = 50
) -> list[str]:
    """Questions due today (``due_today``), then recent mistakes not already due; only those
    still in the bank."""
    known = {question.id for _, question in bank.questions()}
    due = due_today(bank, store, now=now, zone=zone)
    wrong = [
        record.question_id for record in store.recent_mistakes(limit=limit) if record.question_id in known
    ]
    return list(dict.fromkeys([*due, *wrong]))[:limit]


# A session


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


GUESSABLE_KINDS = frozenset({Kind.MCQ, Kind.TRUE_FALSE})
"""Kinds answered by picking: a right pick may be a guess, so it is never suggested Easy."""


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
    if problems := _blank_problems(form) | _choice_problems(form):
        raise FormErrors(problems)
    try:
        return Question.model_validate(fields)
    except ValidationError as error:
        errors: dict[str, str] = {}
        for detail in error.errors():
            location = detail["loc"][0] if detail["loc"] else "form"
            field = {"source": "answer", "id": "form"}.get(str(location), str(location))
            errors.setdefault(field if field in FORM_FIELDS else "form", _form_message(detail))
        raise FormErrors(errors) from None


def _blank_problems(form: QuestionForm) -> dict[str, str]:
    """A fill-in-the-blank prompt without its one blank, in the learner's words."""
    blanks = len(BLANK_PATTERN.findall(form.prompt))
    if form.kind is not Kind.CLOZE or blanks == 1 or not form.prompt.strip():
        return {}
    return {"prompt": f"put one blank ({BLANK}) where the answer goes: this prompt has {blanks or 'none'}"}


def _choice_problems(form: QuestionForm) -> dict[str, str]:
    """What is wrong with a multiple-choice form, in the learner's words (the model's messages are
    written for deck files)."""
    if form.kind is not Kind.MCQ:
        return {}
    choices = [choice.strip() for choice in form.choices]
    if not all(choices):
        return {"choices": f"fill in all {MCQ_CHOICES} choices"}
    if len({choice.casefold() for choice in choices}) < len(choices):
        return {"choices": "the choices must all differ"}
    if form.answer.strip() not in choices:
        return {"answer": "the answer must be one of the choices, written the same way"}
    return {}


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
    "GUESSABLE_KINDS",
    "KIND_NAMES",
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
    "due_today",
    "duration_text",
    "elapsed",
    "end",
    "filter_options",
    "form_of",
    "interval_text",
    "matching_questions",
    "mistakes",
    "next_intervals",
    "override",
    "presented_choices",
    "question_from_form",
    "rate",
    "retry_mistakes",
    "review_queue",
    "review_suggestion",
    "score",
    "skip",
    "start",
    "submit",
    "suggested_rating",
]
