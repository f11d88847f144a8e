"""A tab's state saved for a reload (questions/resume.py)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from questions import quiz
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.resume import KEPT_FOR, SavedSession, SessionStore, new_token

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_a_saved_session_comes_back_as_it_was(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "progress.sqlite3")
    running = quiz.start(["a", "b", "c"], now=T0, seed=4)
    running.position = 1
    saved = SavedSession(
        seed=9,
        quiz=running,
        generated=[Question(id="g1", kind=Kind.WH, prompt="Who?", answer="Varga")],
        generated_decisions={"g1": "rejected"},
        settings={"quiz-count": 7, "quiz-decks": ["korea-cuba-trade"]},
    )
    token = new_token()
    store.save(token, saved, now=T0)
    assert store.load(token) == saved
    assert store.load(new_token()) is None


def test_a_save_replaces_the_last_and_old_states_are_dropped(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "progress.sqlite3")
    store.save("old", SavedSession(seed=1), now=T0)
    store.save("tab", SavedSession(seed=1), now=T0 + KEPT_FOR)
    store.save("tab", SavedSession(seed=2), now=T0 + KEPT_FOR + timedelta(seconds=1))
    assert store.load("old") is None
    assert store.load("tab") == SavedSession(seed=2)


def test_it_shares_the_progress_database_without_disturbing_it(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    SessionStore(path).save("tab", SavedSession(seed=1), now=T0)
    progress = ProgressStore(path)
    assert progress.answer_count() == 0
    assert SessionStore(path).load("tab") == SavedSession(seed=1)


def test_an_unreadable_state_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    store = SessionStore(path)
    store.save("tab", SavedSession(seed=1), now=T0)
    with sqlite3.connect(path) as connection:
        connection.execute('UPDATE saved_sessions SET state_json = \'{"seed": "not a number"}\'')
    assert store.load("tab") is None
