"""Review: the questions FSRS says are due, and recent mistakes, answered as in the quiz. The
verdict suggests a rating (Enter takes it); Again, Hard, Good or Easy (keys 1 to 4) override it.
The answer is recorded with its rating."""

from __future__ import annotations

from datetime import datetime

import streamlit as st
from fsrs import Rating

import app
from questions import choosing, quiz
from questions.bank import Bank
from questions.progress import ProgressStore
from questions.rating_buttons import RATING_NAMES, interval_text, next_intervals, review_suggestion
from questions.session import Mode, QuizSession
from views import widgets

STATE = "review"
RATING_KEYS = {Rating.Again: "1", Rating.Hard: "2", Rating.Good: "3", Rating.Easy: "4"}


def session() -> QuizSession | None:
    value: QuizSession | None = st.session_state[STATE]
    return value


def on_start() -> None:
    if session() is not None:  # a second click that arrived after the first one started the review
        return
    queue = choosing.review_queue(
        app.current_bank(), app.progress_store(), now=app.now(), zone=app.learner_zone()
    )
    st.session_state[STATE] = quiz.start(queue, now=app.now(), mode=Mode.REVIEW)


def on_rate(question_id: str, rating: int | None) -> None:
    if (found := widgets.asked(STATE, question_id)) is None:
        return
    current, _, question = found
    quiz.rate(
        current, question, rating=None if rating is None else Rating(rating), store=app.progress_store()
    )
    quiz.advance(current, now=app.now())


def on_done(started: datetime) -> None:
    current = session()
    if current is not None and current.started == started:
        st.session_state[STATE] = None


def overview(bank: Bank, store: ProgressStore) -> None:
    now = app.now()
    zone = app.learner_zone()
    queue = choosing.review_queue(bank, store, now=now, zone=zone)
    if not bank.entries:
        widgets.no_decks_yet()
        return
    if store.answer_count() == 0:
        st.info(
            "Nothing to review yet: questions come here once you have answered them in a quiz.",
            icon=":material/lightbulb:",
        )
        st.page_link(app.PAGES["quiz"], label="Take a quiz", icon=":material/quiz:")
        return
    if not queue:
        forecast = store.due_forecast(now=now, zone=zone)
        upcoming = next(((day, cards) for day, cards in forecast if cards), None)
        later = f" Next: {upcoming[1]} on {upcoming[0]:%A %d %B}." if upcoming else ""
        st.success(f"All caught up: nothing is due.{later}", icon=":material/task_alt:")
        return
    due = set(choosing.due_today(bank, store, now=now, zone=zone))
    due_count = sum(question_id in due for question_id in queue)
    st.markdown(
        f"**{len(queue)}** to review: {due_count} due, {len(queue) - due_count} recent mistake"
        f"{'s' if len(queue) - due_count != 1 else ''}."
    )
    st.button(
        f"Review {len(queue)} question{'s' if len(queue) != 1 else ''}",
        type="primary",
        on_click=on_start,
        icon=":material/play_arrow:",
    )


def ask(bank: Bank, current: QuizSession) -> None:
    shown = widgets.current_question(bank, current, label="Review", state_key=STATE)
    if shown is None:
        return
    question, answer, key = shown
    widgets.override_button(
        st.container(), question, answer, key=key, state_key=STATE, help="Count this answer as right"
    )
    store = app.progress_store()
    suggested = review_suggestion(answer, question, store=store)
    intervals = next_intervals(store, question.id, now=app.now())
    st.button(
        f"Next: rate it {RATING_NAMES[suggested]} ({interval_text(intervals[suggested])})",
        key=f"{key}-next",
        type="primary",
        on_click=on_rate,
        args=(question.id, None),
        shortcut="Enter",
        icon=":material/arrow_forward:",
    )
    st.caption("Or rate it yourself:")
    ratings = st.container(horizontal=True)
    for rating, shortcut in RATING_KEYS.items():
        ratings.button(
            f"{RATING_NAMES[rating]} · {interval_text(intervals[rating])}",
            key=f"{key}-rate-{int(rating)}",
            on_click=on_rate,
            args=(question.id, int(rating)),
            shortcut=shortcut,
        )


def results(current: QuizSession) -> None:
    result = quiz.score(current)
    st.success(
        f"Review done: {result.correct} of {result.total} right, in "
        f"{quiz.duration_text(quiz.elapsed(current, now=app.now()))}.",
        icon=":material/task_alt:",
    )
    st.button("Back to the review list", on_click=on_done, args=(current.started,), type="primary")


st.title("Review", anchor=False)
bank = app.current_bank()
current = session()
if current is None:
    overview(bank, app.progress_store())
elif not current.done:
    ask(bank, current)
else:
    results(current)
