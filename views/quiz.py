"""Quiz: choose decks, kinds, tags and a number of questions, answer them one at a time, see the
score and retry the mistakes. Each answer is recorded as soon as it is graded."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

import app
from questions import choosing, quiz
from questions.bank import Bank
from questions.session import QuizSession
from views import widgets

STATE = "quiz"


def session() -> QuizSession | None:
    value: QuizSession | None = st.session_state[STATE]
    return value


def on_start() -> None:
    state = st.session_state
    if session() is not None:  # a second click that arrived after the first one started a quiz
        return
    ids = choosing.choose_questions(
        app.current_bank(),
        decks=state.get("quiz-decks") or None,
        kinds=state.get("quiz-kinds") or None,
        tags=state.get("quiz-tags") or None,
        count=int(state.get("quiz-count") or 10),
        seed=state["seed"],
    )
    state[STATE] = quiz.start(ids, now=app.now(), seed=state["seed"])
    state["seed"] += 1


def on_next(position: int) -> None:
    current = session()
    if current is not None:
        quiz.advance(current, now=app.now(), from_position=position)


def on_end(started: datetime) -> None:
    current = session()
    if current is not None and current.started == started:
        quiz.end(current, now=app.now())


def on_retry(started: datetime) -> None:
    current = session()
    if current is not None and current.started == started:
        retry = quiz.retry_mistakes(current, now=app.now())
        retry.seed = st.session_state["seed"]
        st.session_state["seed"] += 1
        st.session_state[STATE] = retry


def on_new_quiz(started: datetime) -> None:
    current = session()
    if current is not None and current.started == started:
        st.session_state[STATE] = None


def setup(bank: Bank) -> None:
    decks, kinds, tags = choosing.filter_options(bank)
    names = {entry.key: f"{entry.deck.name} ({len(entry.deck.questions)})" for entry in bank.entries}
    if app.progress_store().answer_count() == 0:
        widgets.first_visit()
    st.multiselect(
        "Decks",
        decks,
        key="quiz-decks",
        format_func=names.__getitem__,
        placeholder="All decks",
        persist_state="session",
    )
    kinds_column, tags_column = st.columns(2)
    widgets.kinds_filter(kinds_column, kinds, key="quiz-kinds")
    tags_column.multiselect("Tags", tags, key="quiz-tags", placeholder="Any tag", persist_state="session")
    state = st.session_state
    matching = len(
        choosing.matching_questions(
            bank, decks=state.get("quiz-decks"), kinds=state.get("quiz-kinds"), tags=state.get("quiz-tags")
        )
    )
    st.number_input(
        "Number of questions", min_value=1, max_value=500, step=1, key="quiz-count", persist_state="session"
    )
    count = min(int(state["quiz-count"]), matching)
    if not matching:
        st.warning("No question matches these choices.")
    else:
        verb = "matches" if matching == 1 else "match"
        st.caption(f"{matching} question{'s' if matching != 1 else ''} {verb}: the quiz asks {count}.")
    st.button(
        "Start the quiz",
        type="primary",
        on_click=on_start,
        disabled=not matching,
        icon=":material/play_arrow:",
    )


def ask(bank: Bank, current: QuizSession) -> None:
    shown = widgets.current_question(bank, current, label="Question", state_key=STATE)
    if shown is None:
        end_button(current)
        return
    question, answer, key = shown
    buttons = st.container(horizontal=True)
    last = current.position + 1 == current.total
    buttons.button(
        "See the score" if last else "Next question",
        key=f"{key}-next",
        type="primary",
        on_click=on_next,
        args=(current.position,),
        shortcut="Enter",
        icon=":material/arrow_forward:",
    )
    widgets.override_button(
        buttons,
        question,
        answer,
        key=key,
        state_key=STATE,
        help="Count this answer as right (and record it so)",
    )
    if not last:
        end_button(current)


def end_button(current: QuizSession) -> None:
    st.button(
        "End quiz",
        key=f"end-{current.started.timestamp() * 1e6:.0f}-{current.position}",
        on_click=on_end,
        args=(current.started,),
        type="tertiary",
        icon=":material/stop:",
        help="See the score so far; the answers given are kept",
    )


def results(bank: Bank, current: QuizSession) -> None:
    result = quiz.score(current)
    st.subheader("Done", anchor=False)
    score_column, time_column = st.columns(2)
    score_column.metric("Score", f"{result.correct} / {result.total}")
    if current.planned is not None:
        st.caption(f"Ended after {result.total} of {current.planned} questions.")
    time_column.metric("Time", quiz.duration_text(quiz.elapsed(current, now=app.now())))
    wrong = quiz.mistakes(current)
    if wrong:
        st.markdown("**Mistakes**")
    for question_id in wrong:
        answer = current.answers[question_id]
        found = bank.find(question_id)
        with st.container(border=True):
            st.markdown(app.literal(found[1].prompt if found else "(deleted meanwhile)"))
            st.markdown(
                f"Your answer: {widgets.given_text(answer)}  \n"
                f"Answer: **{app.literal(widgets.answer_shown(answer.verdict.expected))}**"
            )
    if not wrong and result.total:
        st.success("No mistakes.", icon=":material/celebration:")
    buttons = st.container(horizontal=True)
    if wrong:
        buttons.button(
            f"Retry my mistakes ({len(wrong)})",
            type="primary",
            on_click=on_retry,
            args=(current.started,),
            icon=":material/replay:",
        )
    buttons.button(
        "New quiz", on_click=on_new_quiz, args=(current.started,), type="secondary" if wrong else "primary"
    )


st.title("Quiz", anchor=False)
bank = app.current_bank()
current = session()
if not bank.entries:
    widgets.no_decks_yet()
elif current is None:
    setup(bank)
elif not current.done:
    ask(bank, current)
else:
    results(bank, current)
