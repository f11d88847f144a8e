"""Questions written in a form, on the Bank and Generate pages (questions/question_form.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from questions import question_form
from questions.question import Kind, Question, Source

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def sourced() -> Question:
    sentence = "Seoul and Havana set up relations on Feb. 14, working through New York."
    return Question(
        id="q1",
        kind=Kind.WH,
        prompt="When?",
        answer="Feb. 14",
        tags=["diplomacy"],
        score=0.8,
        source=Source(article_id="a", title="T", sentence=sentence, answer_start=37, answer_end=44),
        created=T0,
        edited=T0,
    )


def test_an_unchanged_form_gives_the_same_question() -> None:
    original = sourced()
    again = question_form.question_from_form(
        question_form.form_of(original), original=original, now=T0 + timedelta(days=1)
    )
    assert again == original


def test_a_new_answer_found_in_the_sentence_is_marked_there() -> None:
    original = sourced()
    form = question_form.form_of(original).model_copy(update={"answer": "New York", "prompt": "Where?"})
    edited = question_form.question_from_form(form, original=original, now=T0)
    assert edited.id == "q1" and edited.score == 0.8 and edited.created == T0
    assert edited.source is not None and edited.source.answer_span == "New York"


def test_a_new_answer_not_in_the_sentence_unmarks_it() -> None:
    form = question_form.form_of(sourced()).model_copy(update={"answer": "Valentine's Day"})
    edited = question_form.question_from_form(form, original=sourced(), now=T0)
    assert edited.source is not None and edited.source.answer_span is None


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"kind": Kind.CLOZE, "prompt": "No blank here"},
            "prompt",
            "put one blank (_____) where the answer goes",
        ),
        ({"prompt": "   "}, "prompt", "cannot be empty"),
        ({"answer": ""}, "answer", "the answer cannot be empty"),
        (
            {"kind": Kind.MCQ, "choices": ["a", "b", "c", "d"]},
            "answer",
            "the answer must be one of the choices",
        ),
        (
            {"kind": Kind.MCQ, "answer": "a", "choices": ["a", "a", "c", "d"]},
            "choices",
            "the choices must all differ",
        ),
        ({"kind": Kind.TRUE_FALSE, "answer": "maybe"}, "answer", "must be true or false"),
    ],
)
def test_form_errors_name_their_field(change: dict[str, object], field: str, message: str) -> None:
    form = question_form.QuestionForm(kind=Kind.WH, prompt="Who?", answer="Me").model_copy(update=change)
    with pytest.raises(question_form.FormErrors) as caught:
        question_form.question_from_form(form, original=None, now=T0)
    assert field in caught.value.errors, caught.value.errors
    assert message in caught.value.errors[field]


def test_a_new_question_of_each_kind_from_a_form() -> None:
    forms = [
        question_form.QuestionForm(
            kind=Kind.WH, prompt="Who?", answer="Me", alternatives="I\n\nmyself", tags="a, b c"
        ),
        question_form.QuestionForm(kind=Kind.CLOZE, prompt="It was _____.", answer="me"),
        question_form.QuestionForm(kind=Kind.MCQ, prompt="Which?", answer="b", choices=["a", "b", "c", "d"]),
        question_form.QuestionForm(kind=Kind.TRUE_FALSE, prompt="Sky is blue.", answer="True"),
    ]
    made = [question_form.question_from_form(form, original=None, now=T0) for form in forms]
    assert made[0].alternatives == ["I", "myself"] and made[0].tags == ["a", "b", "c"]
    assert made[2].choices == ["a", "b", "c", "d"]
    assert made[3].answer is True
    assert len({question.id for question in made}) == 4
    assert all(question.created == T0 for question in made)


@pytest.mark.parametrize(
    ("choices", "answer", "field", "message"),
    [
        (["Reuters", "AFP", "", "AP"], "AFP", "choices", "fill in all 4 choices"),
        (["Reuters", "AFP", "afp", "AP"], "AFP", "choices", "the choices must all differ"),
        (["Reuters", "AFP", "Yonhap", "AP"], "BBC", "answer", "the answer must be one of the choices"),
    ],
)
def test_a_multiple_choice_form_says_what_is_wrong_in_plain_words(
    choices: list[str], answer: str, field: str, message: str
) -> None:
    form = question_form.QuestionForm(kind=Kind.MCQ, prompt="Which agency?", answer=answer, choices=choices)
    with pytest.raises(question_form.FormErrors) as raised:
        question_form.question_from_form(form, original=None, now=T0)
    assert raised.value.errors[field].startswith(message)
    assert "[" not in raised.value.errors[field], "no Python list in the message"
