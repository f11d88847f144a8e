"""The Question model: the contract every part shares."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from questions.question import (
    Kind,
    Question,
    Source,
    generated_question_id,
    new_question_id,
)


def _errors(**fields: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        Question.model_validate(fields)
    return [(".".join(map(str, e["loc"])), e["msg"]) for e in caught.value.errors()]


def test_four_fields_make_a_question() -> None:
    question = Question.model_validate({"id": "q1", "kind": "wh", "prompt": "Who?", "answer": "Kim"})
    assert (question.alternatives, question.choices, question.tags, question.source) == ([], [], [], None)
    assert question.created.tzinfo is not None


@pytest.mark.parametrize(
    ("fields", "field", "fragment"),
    [
        ({"kind": "cloze", "prompt": "No blank here.", "answer": "x"}, "prompt", "exactly one blank"),
        ({"kind": "cloze", "prompt": "___ and ___", "answer": "x"}, "prompt", "found 2"),
        ({"kind": "true_false", "prompt": "Cuba is an island.", "answer": "yes"}, "answer", "true or false"),
        ({"kind": "wh", "prompt": "Who?", "answer": True}, "answer", "must be text"),
        ({"kind": "wh", "prompt": "  ", "answer": "x"}, "prompt", "at least 1 character"),
        ({"kind": "wh", "prompt": "Who?", "answer": " "}, "answer", "cannot be empty"),
        (
            {"kind": "mcq", "prompt": "Which?", "answer": "a", "choices": ["a", "b", "c"]},
            "choices",
            "exactly 4",
        ),
        (
            {"kind": "mcq", "prompt": "Which?", "answer": "a", "choices": ["a", "b", "c", "B"]},
            "choices",
            "distinct",
        ),
        (
            {"kind": "mcq", "prompt": "Which?", "answer": "z", "choices": ["a", "b", "c", "d"]},
            "choices",
            "one of",
        ),
        (
            {"kind": "wh", "prompt": "Who?", "answer": "x", "choices": ["a", "b", "c", "d"]},
            "choices",
            "only mcq",
        ),
        (
            {"kind": "wh", "prompt": "Who?", "answer": "x", "tags": ["two words"]},
            "tags",
            "cannot contain spaces",
        ),
        ({"kind": "essay", "prompt": "Who?", "answer": "x"}, "kind", "'cloze', 'wh', 'mcq' or 'true_false'"),
        ({"kind": "wh", "prompt": "Who?", "answer": "x", "colour": "red"}, "colour", "Extra inputs"),
    ],
)
def test_invalid_question_names_the_field(fields: dict[str, object], field: str, fragment: str) -> None:
    errors = _errors(id="q1", **fields)
    assert any(loc == field and fragment in message for loc, message in errors), errors


def test_bad_id_is_rejected() -> None:
    assert _errors(id="has space", kind="wh", prompt="Who?", answer="x")[0][0] == "id"


def test_source_offsets_must_mark_the_answer() -> None:
    source = {"article_id": "a1", "sentence": "Seoul and Havana agreed.", "answer_start": 0, "answer_end": 5}
    ok = Question(id="q1", kind="wh", prompt="Which city?", answer="Seoul", source=Source(**source))
    assert ok.source is not None and ok.source.answer_span == "Seoul"
    errors = _errors(id="q1", kind="wh", prompt="Which city?", answer="Havana", source=source)
    assert errors[0][0] == "source" and "'Seoul'" in errors[0][1]


@pytest.mark.parametrize(
    ("start", "end", "fragment"),
    [(5, 3, "do not fit"), (0, 99, "do not fit"), (0, None, "given together")],
)
def test_source_offsets_must_fit_the_sentence(start: int, end: int | None, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        Source(article_id="a1", sentence="Short one.", answer_start=start, answer_end=end)


def test_numbers_written_in_yaml_become_text_answers() -> None:
    question = Question.model_validate(
        {"id": "q1", "kind": "mcq", "prompt": "When?", "answer": 1960, "choices": [1957, 1960, 1963, 1986]}
    )
    assert question.answer == "1960" and question.choices == ["1957", "1960", "1963", "1986"]


def test_times_are_stored_in_utc() -> None:
    seoul = timezone(timedelta(hours=9))
    question = Question(
        id="q1",
        kind="wh",
        prompt="Who?",
        answer="x",
        created=datetime(2024, 2, 14, 9, 0, tzinfo=seoul),
        edited=datetime(2024, 2, 14, 9, 0),
    )
    assert question.created == datetime(2024, 2, 14, 0, 0, tzinfo=UTC)
    assert question.edited.tzinfo == UTC


def test_content_hash_follows_what_the_learner_sees() -> None:
    question = Question(id="q1", kind="wh", prompt="Who?", answer="Kim")
    same_content = question.model_copy(update={"score": 0.9, "edited": datetime(2030, 1, 1, tzinfo=UTC)})
    assert same_content.content_hash() == question.content_hash()
    edited = Question(id="q1", kind="wh", prompt="Who led it?", answer="Kim")
    assert edited.content_hash() != question.content_hash()


def test_generated_ids_are_stable_and_hand_written_ids_fresh() -> None:
    make = lambda: generated_question_id(article_id="a1", sentence_index=3, answer="Cuba", kind=Kind.WH)  # noqa: E731
    assert make() == make()
    assert make() != generated_question_id(article_id="a1", sentence_index=4, answer="Cuba", kind=Kind.WH)
    assert new_question_id() != new_question_id()
    Question(id=make(), kind="wh", prompt="Which?", answer="Cuba")
    Question(id=new_question_id(), kind="wh", prompt="Which?", answer="Cuba")


text = st.text(min_size=1).filter(lambda s: s.strip() == s and s != "")


@st.composite
def questions(draw: st.DrawFn) -> Question:
    kind = draw(st.sampled_from(list(Kind)))
    prompt = draw(text.filter(lambda s: "___" not in s))
    tags = draw(st.lists(text.filter(lambda s: not any(c.isspace() for c in s)), max_size=3))
    when = draw(st.datetimes(timezones=st.just(UTC)))
    common = {"id": new_question_id(), "kind": kind, "tags": tags, "created": when, "edited": when}
    if kind is Kind.TRUE_FALSE:
        return Question(prompt=prompt, answer=draw(st.booleans()), **common)
    choices: list[str] = []
    if kind is Kind.MCQ:
        choices = draw(st.lists(text, min_size=4, max_size=4, unique_by=str.casefold))
        answer = draw(st.sampled_from(choices))
    else:
        answer = draw(text)
    before, after = draw(text), draw(text)
    source = Source(
        article_id="a" + draw(st.text("0123456789abcdef", min_size=1, max_size=8)),
        title=draw(st.text()).strip(),
        sentence=f"{before} {answer} {after}",
        sentence_index=draw(st.integers(min_value=0, max_value=500)),
        answer_start=len(before) + 1,
        answer_end=len(before) + 1 + len(answer),
    )
    if kind is Kind.CLOZE:
        prompt = f"{before} ___ {after}"
    alternatives = draw(st.lists(text, max_size=2))
    return Question(
        prompt=prompt,
        answer=answer,
        alternatives=alternatives,
        choices=choices,
        source=source,
        score=draw(st.none() | st.floats(0, 1)),
        **common,
    )


@given(questions())
def test_json_round_trip_keeps_every_field(question: Question) -> None:
    assert Question.model_validate_json(question.model_dump_json()) == question
