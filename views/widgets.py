"""What several pages draw the same way: a question to answer, the feedback on an answer, a source
sentence, and the question form. Every text from a deck or an article goes through ``literal``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from urllib.parse import quote, urlsplit

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from app import PAGES, current_bank, literal, now, progress_store
from questions import quiz
from questions.bank import Bank, DeckEntry
from questions.kinds import KIND_NAMES, TYPED_KINDS
from questions.question import Kind, Question, Source
from questions.question_form import QuestionForm
from questions.quiz import current_id
from questions.session import Answer, QuizSession

DONT_KNOW = "Don't know"
_FOCUS_SCRIPT = """<script>
(() => {{
  let tries = 0;
  const focus = () => {{
    const box = document.querySelector(".st-key-{key} input");
    if (box) {{ box.focus(); return; }}
    if (++tries < 100) setTimeout(focus, 30);
  }};
  focus();
}})();
</script>"""
"""Puts the keyboard in the answer box of a new typed question, as Anki's type-in cards do:
Streamlit's text input has no autofocus of its own. ``{key}`` is the widget's key (the app's own
text, never a deck's)."""


def kinds_filter(column: DeltaGenerator, kinds: Iterable[Kind], *, key: str) -> None:
    """A multiselect of question kinds by their names, kept across pages; none chosen means all."""
    column.multiselect(
        "Kinds",
        [kind.value for kind in kinds],
        key=key,
        format_func=lambda kind: KIND_NAMES[Kind(kind)],
        placeholder="All kinds",
        persist_state="session",
    )


def no_decks_yet() -> None:
    st.info("No decks yet: generate one from an article.", icon=":material/lightbulb:")
    st.page_link(PAGES["generate"], label="Generate a deck from an article", icon=":material/auto_awesome:")


def first_visit() -> None:
    """What a learner who has not answered anything yet needs to know."""
    st.info(
        "Choose decks (or keep all), press **Start the quiz** and answer with the keyboard: type and "
        "press Enter, or press 1–4 for a choice, T or F for true or false, Enter for the next question. "
        "New decks come from news articles on the Generate page.",
        icon=":material/waving_hand:",
    )
    st.page_link(PAGES["generate"], label="Generate a deck from an article", icon=":material/auto_awesome:")


def given_text(answer: Answer) -> str:
    """The learner's answer as the feedback shows it."""
    if not answer.given:
        return DONT_KNOW
    return literal(answer_shown(answer.given))


def answer_shown(text: str) -> str:
    """ "True" and "False" capitalised, other answers as written."""
    return text.capitalize() if text in {"true", "false"} else text


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


def override_button(
    place: DeltaGenerator, question: Question, answer: Answer, *, key: str, state_key: str, help: str
) -> None:
    """ "I was right", for a typed answer graded wrong: the learner overrules the grader."""
    if question.kind in TYPED_KINDS and not answer.verdict.correct:
        place.button(
            "I was right",
            key=f"{key}-override",
            on_click=override_answer,
            args=(state_key, question.id),
            shortcut="I",
            help=help,
        )


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
    st.progress(
        (current.position + 1) / current.total, text=f"{label} {current.position + 1} of {current.total}"
    )
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
        answer_input(
            question,
            key=key,
            on_answer=partial(submit_answer, state_key),
            choices=quiz.presented_choices(current, question),
        )
        return None
    feedback(question, answer, choices=quiz.presented_choices(current, question))
    return question, answer, key


def prompt(question: Question, *, deck: str) -> None:
    st.caption(f"{literal(deck)} · {KIND_NAMES[question.kind]}")
    st.markdown(f"#### {literal(question.prompt)}", anchors=False)


def answer_input(
    question: Question,
    *,
    key: str,
    on_answer: Callable[[str, str | bool], None],
    choices: list[str] | None = None,
) -> None:
    """The widgets to answer ``question``; ``on_answer(question_id, given)`` runs as their callback.

    Multiple choice: one button a choice (keys 1 to 4), in the order ``choices`` gives. True/false:
    two buttons (T and F). Typed answers: a text field in a form that takes the keyboard focus,
    submitted with Enter (an empty Enter does nothing), and a "Don't know" button.
    """
    if question.kind is Kind.MCQ:
        for number, choice in enumerate(choices or question.choices, start=1):
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
        for column, value, icon in zip(
            st.columns(2), (True, False), (":material/check:", ":material/close:"), strict=True
        ):
            column.button(
                str(value),
                key=f"{key}-{str(value).lower()}",
                on_click=on_answer,
                args=(question.id, value),
                shortcut=str(value)[0],
                width="stretch",
                icon=icon,
            )
    else:
        with st.form(key=f"{key}-form", border=False):
            st.text_input(
                "Your answer",
                key=f"{key}-given",
                placeholder="Type the answer, then press Enter",
                autocomplete="off",
            )
            buttons = st.container(horizontal=True)
            buttons.form_submit_button(
                "Check", type="primary", on_click=_typed_answer, args=(question.id, f"{key}-given", on_answer)
            )
            buttons.form_submit_button(DONT_KNOW, on_click=on_answer, args=(question.id, ""))
        st.html(_FOCUS_SCRIPT.format(key=f"{key}-given"), unsafe_allow_javascript=True)


def _typed_answer(question_id: str, widget_key: str, on_answer: Callable[[str, str | bool], None]) -> None:
    given = str(st.session_state.get(widget_key) or "")
    if given.strip():  # an Enter in the empty box is not an answer: "Don't know" says so
        on_answer(question_id, given)


def feedback(question: Question, answer: Answer, *, choices: list[str] | None = None) -> None:
    """Right or wrong and why, the correct answer (among the choices as shown, with the one
    picked), and where it comes from."""
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
    if question.kind is Kind.MCQ:
        st.markdown(
            choices_marked(choices or question.choices, given=answer.given, expected=verdict.expected)
        )
    else:
        st.markdown(
            f"Your answer: {given_text(answer)}  \nAnswer: **{literal(answer_shown(verdict.expected))}**"
        )
    if question.kind in TYPED_KINDS and question.alternatives:
        st.caption("Also accepted: " + literal(", ".join(question.alternatives)))
    if question.kind is Kind.TRUE_FALSE and question.answer is False:
        st.caption(
            "What the article says:" if question.source is not None else "The statement is false as written."
        )
    if question.source is not None:
        source(question.source)


def choices_marked(choices: list[str], *, given: str, expected: str) -> str:
    """The choices as a numbered list: the right one marked ✓ and bold, a wrong pick marked ✗."""
    lines = []
    for number, choice in enumerate(choices, start=1):
        if choice == expected:
            lines.append(
                f"{number}\\. ✓ **{literal(choice)}**" + (" (your answer)" if choice == given else "")
            )
        elif choice == given:
            lines.append(f"{number}\\. ✗ ~~{literal(choice)}~~ (your answer)")
        else:
            lines.append(f"{number}\\. {literal(choice)}")
    return "  \n".join(lines)


def marked_sentence(source: Source) -> str:
    """The source sentence as Markdown, the answer highlighted."""
    start, end = source.answer_start, source.answer_end
    if start is None or end is None:
        return literal(" ".join(source.sentence.split()))
    raw = source.sentence
    before, span, after = (" ".join(part.split()) for part in (raw[:start], raw[start:end], raw[end:]))
    return (
        f"{literal(before)}{' ' if raw[:start][-1:].isspace() else ''}"
        f"**:orange-background[:orange[{literal(span)}]]**"
        f"{' ' if raw[end:][:1].isspace() else ''}{literal(after)}"
    )


def source_title(source: Source) -> str:
    """The article's title as Markdown, linked when its address is http(s)."""
    title = literal(source.title or source.url or source.article_id)
    link = safe_url(source.url)
    return f"[{title}](<{link}>)" if link else title


def source(source: Source) -> None:
    """The source sentence with the answer highlighted, then the article's title."""
    with st.container(border=True):
        st.markdown(marked_sentence(source))
        st.caption(f"From {source_title(source)}")


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


def as_sentence(message: str) -> str:
    """A message (written in lower case, to follow a file name on the command line) as a sentence."""
    text = message.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def field_error(errors: dict[str, str], field: str) -> None:
    if field in errors:
        st.error(literal(as_sentence(errors[field])), icon=":material/error:")


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
