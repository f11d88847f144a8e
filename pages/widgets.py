"""What several pages draw the same way: a question to answer, the feedback on an answer, a source
sentence, and the question form. Every text from a deck or an article goes through ``literal``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from urllib.parse import quote, urlsplit

import streamlit as st

from app import PAGES, current_bank, literal, now, progress_store
from questions import quiz
from questions.bank import Bank, DeckEntry
from questions.question import Kind, Question, Source
from questions.quiz import TYPED_KINDS, Answer, QuestionForm, QuizSession, current_id

KIND_NAMES = {
    Kind.CLOZE: "fill in the blank",
    Kind.WH: "short answer",
    Kind.MCQ: "multiple choice",
    Kind.TRUE_FALSE: "true or false",
}


def no_decks_yet() -> None:
    st.info("No decks yet: generate one from an article.", icon=":material/lightbulb:")
    st.page_link(PAGES["generate"], label="Generate a deck from an article", icon=":material/auto_awesome:")


def asked(state_key: str, question_id: str) -> tuple[QuizSession, DeckEntry, Question] | None:
    """The session (kept under ``state_key``) and the question, while ``question_id`` is still
    the one being asked: a callback from a stale click (a double Enter, another tab) gets None."""
    current: QuizSession | None = st.session_state[state_key]
    found = current_bank().find(question_id)
    if current is None or found is None or current_id(current) != question_id:
        return None
    entry, question = found
    return current, entry, question


def submit_answer(state_key: str, question_id: str, given: str | bool) -> None:
    if (found := asked(state_key, question_id)) is not None:
        current, entry, question = found
        quiz.submit(current, question, given, deck=entry.deck.name, now=now(), store=progress_store())


def override_answer(state_key: str, question_id: str) -> None:
    """ "I was right"."""
    if (found := asked(state_key, question_id)) is not None:
        current, _, question = found
        quiz.override(current, question, now=now(), store=progress_store())


def skip_question(state_key: str, question_id: str) -> None:
    """Skip a question deleted from its deck while the session asked it."""
    current: QuizSession | None = st.session_state[state_key]
    if current is not None:
        quiz.skip(current, now=now(), question_id=question_id)


def current_question(
    bank: Bank, current: QuizSession, *, label: str, state_key: str
) -> tuple[Question, Answer, str] | None:
    """What the quiz and review pages share: progress, the current question, its answer box, and
    once answered the feedback. Returns the answered question, its answer and the widget key for
    the page's own buttons; None while the question waits for its answer (or was deleted)."""
    question_id = current_id(current)
    assert question_id is not None
    st.progress(current.position / current.total, text=f"{label} {current.position + 1} of {current.total}")
    found = bank.find(question_id)
    if found is None:
        st.warning("This question was deleted from its deck meanwhile.")
        st.button("Skip it", on_click=skip_question, args=(state_key, question_id), type="primary")
        return None
    entry, question = found
    prompt(question, deck=entry.deck.name)
    answer = current.answers.get(question_id)
    key = f"{label.lower()}-{current.started.timestamp() * 1e6:.0f}-{current.position}"
    if answer is None:
        answer_input(question, key=key, on_answer=partial(submit_answer, state_key))
        return None
    feedback(question, answer)
    return question, answer, key


def prompt(question: Question, *, deck: str) -> None:
    st.caption(f"{literal(deck)} · {KIND_NAMES[question.kind]}")
    st.markdown(f"#### {literal(question.prompt)}", anchors=False)


def answer_input(question: Question, *, key: str, on_answer: Callable[[str, str | bool], None]) -> None:
    """The widgets to answer ``question``; ``on_answer(question_id, given)`` runs as their callback.

    Multiple choice: one button a choice (keys 1 to 4). True/false: two buttons (T and F).
    Typed answers: a text field in a form, submitted with Enter.
    """
    if question.kind is Kind.MCQ:
        for number, choice in enumerate(question.choices, start=1):
            st.button(
                literal(choice),
                key=f"{key}-choice-{number}",
                on_click=on_answer,
                args=(question.id, choice),
                shortcut=str(number),
                width="stretch",
                wrap=True,
            )
    elif question.kind is Kind.TRUE_FALSE:
        true_column, false_column = st.columns(2)
        true_column.button(
            "True",
            key=f"{key}-true",
            on_click=on_answer,
            args=(question.id, True),
            shortcut="T",
            width="stretch",
            icon=":material/check:",
        )
        false_column.button(
            "False",
            key=f"{key}-false",
            on_click=on_answer,
            args=(question.id, False),
            shortcut="F",
            width="stretch",
            icon=":material/close:",
        )
    else:
        with st.form(key=f"{key}-form", border=False):
            st.text_input(
                "Your answer",
                key=f"{key}-given",
                placeholder="Type the answer, then press Enter",
                autocomplete="off",
            )
            st.form_submit_button(
                "Check", type="primary", on_click=_typed_answer, args=(question.id, f"{key}-given", on_answer)
            )


def _typed_answer(question_id: str, widget_key: str, on_answer: Callable[[str, str | bool], None]) -> None:
    on_answer(question_id, str(st.session_state.get(widget_key) or ""))


def feedback(question: Question, answer: Answer) -> None:
    """Right or wrong and why, the correct answer, and where it comes from."""
    verdict = answer.verdict
    if answer.overridden:
        st.success("Counted as right: you said your answer was right.", icon=":material/check_circle:")
    elif verdict.correct:
        reason = "" if verdict.explanation == "correct" else f" ({verdict.explanation})"
        st.success(f"Right{reason}", icon=":material/check_circle:")
    else:
        st.error("Wrong", icon=":material/cancel:")
        if verdict.detail:
            st.caption(literal(verdict.explanation[:1].upper() + verdict.explanation[1:]))
    given = answer.given.capitalize() if question.kind is Kind.TRUE_FALSE else answer.given
    expected = verdict.expected.capitalize() if question.kind is Kind.TRUE_FALSE else verdict.expected
    st.markdown(f"Your answer: {literal(given) if given else '(nothing)'}  \nAnswer: **{literal(expected)}**")
    if question.kind in TYPED_KINDS and question.alternatives:
        st.caption("Also accepted: " + literal(", ".join(question.alternatives)))
    if question.source is not None:
        source(question.source)


def source(source: Source) -> None:
    """The source sentence with the answer highlighted, then the article's title (linked when http(s))."""
    sentence = " ".join(source.sentence.split())
    start, end = source.answer_start, source.answer_end
    if start is None or end is None:
        quote_text = literal(sentence)
    else:
        raw = source.sentence
        before, span, after = (" ".join(part.split()) for part in (raw[:start], raw[start:end], raw[end:]))
        quote_text = (
            f"{literal(before)}{' ' if raw[:start][-1:].isspace() else ''}"
            f"**:orange-background[{literal(span)}]**"
            f"{' ' if raw[end:][:1].isspace() else ''}{literal(after)}"
        )
    with st.container(border=True):
        st.markdown(quote_text)
        title = source.title or source.url or source.article_id
        link = safe_url(source.url)
        if link:
            st.caption(f"From [{literal(title)}](<{link}>)")
        else:
            st.caption(f"From {literal(title)}")


def safe_url(url: str | None) -> str | None:
    """An http(s) link fit for a Markdown link destination, or None: other schemes (javascript:)
    are never linked."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in {"http", "https"}:
        return None
    return quote(url, safe=":/?#@!$&'()*+,;=%~[]-._")


def field_error(errors: dict[str, str], field: str) -> None:
    if field in errors:
        st.error(literal(errors[field]), icon=":material/error:")


def question_form(
    key: str,
    initial: QuestionForm,
    *,
    errors: dict[str, str],
    submit_label: str,
    on_submit: Callable[..., None],
    args: tuple[object, ...] = (),
) -> None:
    """The fields of a question, with each field's error beside it. Values live in session state
    under ``{key}-{field}``; ``form_values(key)`` reads them back."""
    defaults: dict[str, object] = {
        f"{key}-kind": initial.kind,
        f"{key}-prompt": initial.prompt,
        f"{key}-answer": initial.answer,
        f"{key}-truth": initial.answer.casefold() != "false",
        f"{key}-alternatives": initial.alternatives,
        f"{key}-tags": initial.tags,
        **{f"{key}-choice-{number}": choice for number, choice in enumerate(initial.choices, start=1)},
    }
    for widget, value in defaults.items():
        if widget not in st.session_state:
            st.session_state[widget] = value
    kind = st.selectbox("Kind", list(Kind), key=f"{key}-kind", format_func=lambda k: KIND_NAMES[k])
    field_error(errors, "kind")
    with st.form(key=f"{key}-form", border=False):
        st.text_area(
            "Prompt",
            key=f"{key}-prompt",
            height=80,
            help="A fill-in-the-blank prompt marks its blank with _____ (five underscores).",
        )
        field_error(errors, "prompt")
        if kind is Kind.TRUE_FALSE:
            st.toggle("The statement is true", key=f"{key}-truth")
        else:
            st.text_input("Answer", key=f"{key}-answer")
        field_error(errors, "answer")
        if kind is Kind.MCQ:
            st.caption("Choices (the answer must be one of them)")
            for number in range(1, 5):
                st.text_input(f"Choice {number}", key=f"{key}-choice-{number}")
            field_error(errors, "choices")
        if kind in TYPED_KINDS:
            st.text_area("Also accepted (one a line)", key=f"{key}-alternatives", height=68)
            field_error(errors, "alternatives")
        st.text_input("Tags", key=f"{key}-tags", help="Separated by spaces or commas")
        field_error(errors, "tags")
        field_error(errors, "form")
        st.form_submit_button(submit_label, type="primary", on_click=on_submit, args=args)


def form_values(key: str) -> QuestionForm:
    """What the form under ``key`` holds now."""
    state = st.session_state
    kind = Kind(state[f"{key}-kind"])
    answer = (
        ("true" if state.get(f"{key}-truth") else "false")
        if kind is Kind.TRUE_FALSE
        else state.get(f"{key}-answer", "")
    )
    return QuestionForm(
        kind=kind,
        prompt=state.get(f"{key}-prompt", ""),
        answer=answer or "",
        alternatives=state.get(f"{key}-alternatives", "") or "",
        choices=[state.get(f"{key}-choice-{number}", "") or "" for number in range(1, 5)],
        tags=state.get(f"{key}-tags", "") or "",
    )


FIELD_KEYS = (
    "kind",
    "prompt",
    "answer",
    "truth",
    "alternatives",
    "tags",
    *(f"choice-{n}" for n in range(1, 5)),
)


def forget_form(key: str) -> None:
    """Drop the form's values, so it starts afresh next time (call from a callback)."""
    for field in FIELD_KEYS:
        st.session_state.pop(f"{key}-{field}", None)
