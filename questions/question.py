"""The quiz item: the one contract between the generator, the bank, the app and the exports.

Field names are public: the generator's JSON output and the deck files use them as they are.
In a deck file only ``id``, ``kind``, ``prompt`` and ``answer`` (plus ``choices`` for ``mcq``)
are required, so a person can write a question by hand in four lines.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from questions.excerpt import excerpt

BLANK = "_____"
"""What a cloze prompt shows in place of its answer. Any run of three or more underscores counts."""

BLANK_PATTERN = re.compile(r"_{3,}")
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
MCQ_CHOICES = 4


class Kind(StrEnum):
    CLOZE = "cloze"
    WH = "wh"
    MCQ = "mcq"
    TRUE_FALSE = "true_false"


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A naive time is read as UTC; an aware one is converted to UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def generated_question_id(*, article_id: str, sentence_index: int, answer: str, kind: Kind) -> str:
    """A stable id from the item's origin, so regenerating an article keeps ids (and Anki notes)."""
    origin = f"{article_id}\x1f{sentence_index}\x1f{answer}\x1f{kind.value}"
    return "g" + hashlib.sha256(origin.encode("utf-8")).hexdigest()[:15]


def new_question_id() -> str:
    """A fresh random id for a question written by hand."""
    return "h" + secrets.token_hex(8)[:15]


NonEmptyText = Annotated[str, Field(min_length=1)]


class Source(BaseModel):
    """Where an item came from: the article, the sentence, and the answer's place in it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    article_id: NonEmptyText
    title: str = ""
    url: str | None = None
    sentence: NonEmptyText
    sentence_index: int = Field(default=0, ge=0)
    answer_start: int | None = Field(default=None, ge=0)
    answer_end: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _offsets_fit_the_sentence(self) -> Source:
        start, end = self.answer_start, self.answer_end
        if (start is None) != (end is None):
            raise ValueError("answer_start and answer_end must be given together")
        if start is not None and end is not None and not 0 <= start < end <= len(self.sentence):
            raise ValueError(
                f"answer offsets {start}..{end} do not fit a sentence of {len(self.sentence)} characters"
            )
        return self

    @property
    def answer_span(self) -> str | None:
        if self.answer_start is None or self.answer_end is None:
            return None
        return self.sentence[self.answer_start : self.answer_end]


class Question(BaseModel):
    """One quiz item of any kind.

    Fields are declared in validation order: later validators read earlier fields
    (``kind`` before ``prompt``, ``answer`` before ``choices`` and ``source``), so each
    error is reported against the field that is wrong.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)

    id: Annotated[str, Field(pattern=ID_PATTERN)]
    kind: Kind
    prompt: NonEmptyText
    answer: bool | str
    alternatives: list[NonEmptyText] = Field(default_factory=list)
    choices: list[NonEmptyText] = Field(default_factory=list, validate_default=True)
    """Validated when left out too: an mcq question without ``choices`` is an error, not a quiz
    item with nothing to choose."""
    tags: list[NonEmptyText] = Field(default_factory=list)
    source: Source | None = None
    score: float | None = None
    created: datetime = Field(default_factory=utc_now)
    edited: datetime = Field(default_factory=utc_now)

    @field_validator("prompt")
    @classmethod
    def _cloze_has_one_blank(cls, prompt: str, info: ValidationInfo) -> str:
        blanks = len(BLANK_PATTERN.findall(prompt))
        if info.data.get("kind") == Kind.CLOZE and blanks != 1:
            raise ValueError(f"a cloze prompt needs exactly one blank ({BLANK}), found {blanks}")
        return prompt

    @field_validator("answer", mode="plain")
    @classmethod
    def _answer_fits_kind(cls, answer: Any, info: ValidationInfo) -> bool | str:
        kind = info.data.get("kind")
        if kind == Kind.TRUE_FALSE:
            if not isinstance(answer, bool):
                raise ValueError(f"a true_false answer must be true or false, got {excerpt(answer)}")
            return answer
        if isinstance(answer, int | float) and not isinstance(answer, bool):
            # YAML reads `answer: 1960` as a number; the learner means the text "1960".
            answer = str(answer)
        if not isinstance(answer, str):
            raise ValueError(f"a {kind or 'text'} answer must be text, got {excerpt(answer)}")
        if not answer.strip():
            raise ValueError("the answer cannot be empty")
        return answer.strip()

    @field_validator("alternatives", "choices", "tags", mode="before")
    @classmethod
    def _numbers_in_lists_are_text(cls, values: Any) -> Any:
        if isinstance(values, list):
            return [str(v) if isinstance(v, int | float) and not isinstance(v, bool) else v for v in values]
        return values

    @field_validator("choices")
    @classmethod
    def _choices_fit_kind(cls, choices: list[str], info: ValidationInfo) -> list[str]:
        kind, answer = info.data.get("kind"), info.data.get("answer")
        if kind != Kind.MCQ:
            if choices:
                raise ValueError(f"only mcq questions have choices, this one is {kind}")
            return choices
        if len(choices) != MCQ_CHOICES:
            raise ValueError(f"an mcq question needs exactly {MCQ_CHOICES} choices, got {len(choices)}")
        folded = [c.casefold() for c in choices]
        if len(set(folded)) != len(folded):
            raise ValueError(f"choices must be distinct, got {excerpt(choices)}")
        if answer is not None and answer not in choices:
            raise ValueError(f"the answer {excerpt(answer)} must be one of the choices {excerpt(choices)}")
        return choices

    @field_validator("tags")
    @classmethod
    def _tags_have_no_spaces(cls, tags: list[str]) -> list[str]:
        for tag in tags:
            if any(ch.isspace() for ch in tag):
                raise ValueError(f"a tag cannot contain spaces, got {excerpt(tag)} (use '_' or '-')")
        return tags

    @field_validator("source")
    @classmethod
    def _source_marks_the_answer(cls, source: Source | None, info: ValidationInfo) -> Source | None:
        answer = info.data.get("answer")
        span = source.answer_span if source else None
        if span is not None and isinstance(answer, str) and span != answer:
            raise ValueError(
                f"sentence[answer_start:answer_end] is {excerpt(span)}, but the answer is {excerpt(answer)}"
            )
        return source

    @field_validator("created", "edited")
    @classmethod
    def _times_are_utc(cls, moment: datetime) -> datetime:
        return as_utc(moment)

    @property
    def accepted_answers(self) -> list[str]:
        """The answer and its alternatives, as text."""
        return [self.answer_text, *self.alternatives]

    @property
    def answer_text(self) -> str:
        if isinstance(self.answer, bool):
            return "true" if self.answer else "false"
        return self.answer

    def content_hash(self) -> str:
        """A digest of what a learner sees: it changes when the question is edited, by hand or not."""
        content = self.model_dump(mode="json", include=CONTENT_FIELDS)
        encoded = json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()[:16]


CONTENT_FIELDS = {"kind", "prompt", "answer", "alternatives", "choices", "tags", "source"}

__all__ = [
    "BLANK",
    "BLANK_PATTERN",
    "CONTENT_FIELDS",
    "MCQ_CHOICES",
    "Kind",
    "Question",
    "Source",
    "as_utc",
    "generated_question_id",
    "new_question_id",
    "utc_now",
]
