"""Questions written in a form (the Bank and Generate pages): a question as the form's plain text,
and back, with the form's errors field by field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from pydantic import BaseModel, Field, ValidationError

from questions.kinds import TYPED_KINDS
from questions.question import BLANK, BLANK_PATTERN, MCQ_CHOICES, Kind, Question, Source, new_question_id

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
    "FormErrors",
    "QuestionForm",
    "form_of",
    "question_from_form",
]
