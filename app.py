"""The Streamlit app: ``streamlit run app.py``.

This file builds the navigation and holds what every page shares: the bank (cached, reloaded only
when a deck file changes), a progress store per call, the session state (initialised here, in one
place) and ``literal`` for showing text from a deck or an article as written. The pages import it
as a module; Streamlit runs it as ``__main__``.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from questions.bank import Bank, fingerprint, load_bank
from questions.learner_day import local_zone
from questions.progress import ProgressError, ProgressStore
from questions.resume import SavedSession, SessionStore, new_token
from questions.settings import bank_dir, progress_db

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$:=&^\"'@])")

PAGES = {
    "quiz": "views/quiz.py",
    "review": "views/review.py",
    "progress": "views/progress.py",
    "bank": "views/bank.py",
    "generate": "views/generate.py",
    "export": "views/export.py",
}


def literal(text: str) -> str:
    """Text from a deck or an article, escaped so Markdown shows it as written: no emphasis, link,
    HTML, colour directive or emoji shortcode in it is ever interpreted. Lines are kept."""
    return "  \n".join(_MARKDOWN_SPECIALS.sub(r"\\\1", line) for line in str(text).splitlines() or [""])


@st.cache_resource(show_spinner=False, max_entries=8)
def cached_bank(folder: str, signature: tuple[tuple[str, int, int], ...]) -> Bank:
    """Reloaded only when a deck file changes: ``signature`` is part of the cache key. A shared
    object, not a copy per rerun (unpickling 10,000 questions took most of a rerun): pages only
    read it; every change goes through ``questions.editing``, which writes the file, and so
    changes the signature."""
    return load_bank(Path(folder))


def current_bank() -> Bank:
    folder = bank_dir()
    return cached_bank(str(folder), fingerprint(folder))


def progress_store() -> ProgressStore:
    """A store for this call: it opens a connection per query, so no connection crosses threads."""
    return ProgressStore(progress_db())


def now() -> datetime:
    return datetime.now(UTC)


def learner_zone() -> tzinfo:
    """The browser's time zone (the learner's day starts at 4 a.m. there); this machine's when the
    browser does not say."""
    try:
        return ZoneInfo(st.context.timezone) if st.context.timezone else local_zone()
    except (ZoneInfoNotFoundError, ValueError):
        return local_zone()


def state_defaults() -> dict[str, Any]:
    """Every key of the app's own session state, with its value in a new session."""
    return {
        "seed": random.SystemRandom().randrange(2**31),
        "quiz-count": 10,  # the quiz setup's number of questions
        "generate-limit": 20,  # the most items to generate from one article
        "quiz": None,  # questions.session.QuizSession while a quiz runs
        "review": None,  # the same, for a review
        "form_errors": {},  # form key -> {field: message}, shown next to each field
        "notice": None,  # a one-off message for the next run, e.g. "Saved"
        "confirm_delete": None,  # id of the question whose deletion awaits confirmation
        "bank-edit-under": None,  # the deck whose table a click opened the Bank's editor under
        "generated": [],  # questions from the generator, waiting for review
        "generated_decisions": {},  # question id -> "accepted" | "rejected"
        "generated_editing": None,  # id of the generated question being edited
        "generate_request": None,  # what to generate on this run: source, filename, limit, kinds
        "generate_error": None,  # the generator's message for unusable input
        "generate_warnings": [],  # what ingest cut (a long text's end, readers' comments), shown as is
    }


# Widget values a reload brings back (every widget keeps its value across pages on its own, with
# persist_state="session"). Comments, not docstrings: Streamlit shows a bare string in app.py.
KEPT_SETTINGS = (
    "quiz-decks",
    "quiz-kinds",
    "quiz-tags",
    "quiz-count",
    "generate-limit",
    "generate-kinds",
    "generate-deck",
    "generate-deck-name",
)
SESSION_PARAM = "session"  # the URL's query parameter naming the tab's saved state (questions.resume)
_SAVED = "_saved-json"  # the state as last saved, so an unchanged run writes nothing


def init_state() -> None:
    state = st.session_state
    if SESSION_PARAM not in state:
        restore(str(st.query_params.get(SESSION_PARAM) or ""))
    for key, value in state_defaults().items():
        if key not in state:
            state[key] = value
    if st.query_params.get(SESSION_PARAM) != state[SESSION_PARAM]:
        st.query_params[SESSION_PARAM] = state[SESSION_PARAM]


def restore(token: str) -> None:
    """Pick up the state saved under ``token`` (a reloaded tab), or start a new one."""
    state = st.session_state
    saved = SessionStore(progress_db()).load(token) if token else None
    state[SESSION_PARAM] = token if saved is not None else new_token()
    if saved is None:
        return
    state.update(
        seed=saved.seed,
        quiz=saved.quiz,
        review=saved.review,
        generated=saved.generated,
        generated_decisions=saved.generated_decisions,
    )
    for key, value in saved.settings.items():
        if key in KEPT_SETTINGS:
            state[key] = value
    state[_SAVED] = saved.model_dump_json()


def save_state() -> None:
    """Keep what a reload should bring back; write only when it changed."""
    state = st.session_state
    saved = SavedSession(
        seed=state["seed"],
        quiz=state["quiz"],
        review=state["review"],
        generated=state["generated"],
        generated_decisions=state["generated_decisions"],
        settings={key: state[key] for key in KEPT_SETTINGS if key in state},
    )
    text = saved.model_dump_json()
    if state.get(_SAVED) != text:
        SessionStore(progress_db()).save(state[SESSION_PARAM], saved, now=now())
        state[_SAVED] = text


# Keyboard-shortcut hints mean nothing on a phone or tablet: hidden where there is no hover.
TOUCH_STYLE = "<style>@media (hover: none) { [data-testid=stMain] kbd { display: none; } }</style>"


def main() -> None:
    st.set_page_config(page_title="News quiz", page_icon="📰", layout="centered")
    try:
        progress_store()  # a database that is not ours, or is damaged, is refused with what to do
        init_state()
    except ProgressError as error:
        st.error(str(error), icon=":material/error:")
        st.stop()
    navigation = st.navigation(
        [
            st.Page(PAGES["quiz"], title="Quiz", icon=":material/quiz:", default=True),
            st.Page(PAGES["review"], title="Review", icon=":material/replay:"),
            st.Page(PAGES["progress"], title="Progress", icon=":material/insights:"),
            st.Page(PAGES["bank"], title="Bank", icon=":material/list_alt:"),
            st.Page(PAGES["generate"], title="Generate", icon=":material/auto_awesome:"),
            st.Page(PAGES["export"], title="Export", icon=":material/download:"),
        ],
        position="top",
    )
    st.html(TOUCH_STYLE)
    # Saved before the page draws, too: a button's callback ("Next question") has already moved the
    # quiz on, and a reload as soon as "Question 2 of 5" shows must find it moved.
    save_state()
    try:
        navigation.run()
    finally:
        save_state()


if __name__ == "__main__":
    # Run the importable module's ``main``, so the pages (which import ``app``) see its state.
    from app import main as app_main

    app_main()
