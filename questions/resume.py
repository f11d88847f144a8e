"""What a browser tab was doing, kept so a page reload picks it up again: the running quiz or
review, the quiz's and the generator's settings, and generated items still awaiting review.

A tab names its saved state by a random token in its URL (``?session=…``). The state is one JSON
document in its own table of the progress database; a save replaces it.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, Field, JsonValue, ValidationError

from questions.question import Question
from questions.scheduling import aware_utc
from questions.session import QuizSession

KEPT_FOR = timedelta(days=30)
"""A saved state not touched for this long is dropped at the next save."""
BUSY_TIMEOUT_SECONDS = 10.0
_SCHEMA = """
    CREATE TABLE IF NOT EXISTS saved_sessions (
        token TEXT PRIMARY KEY,   -- the tab's ?session= token
        saved_at TEXT NOT NULL,   -- ISO time in UTC, for dropping old states
        state_json TEXT NOT NULL  -- a SavedSession as JSON
    )
"""


class SavedSession(BaseModel):
    """A tab's state worth a reload."""

    seed: int
    quiz: QuizSession | None = None
    review: QuizSession | None = None
    generated: list[Question] = Field(default_factory=list)
    generated_decisions: dict[str, str] = Field(default_factory=dict)
    settings: dict[str, JsonValue] = Field(default_factory=dict)
    """Widget values by key: the quiz's decks, kinds, tags and count, the generator's options."""


def new_token() -> str:
    return secrets.token_urlsafe(12)


class SessionStore:
    """Saved tab states, in their own table of the progress database. The progress store sets the
    file up (or refuses one that is not ours) before the table is added, so the file stays one
    the progress store recognises as its own."""

    def __init__(self, path: Path) -> None:
        from questions.progress import ProgressStore

        self.path = path
        ProgressStore(path)
        with self._connect() as connection:
            connection.execute(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            yield connection
        finally:
            connection.close()

    def load(self, token: str) -> SavedSession | None:
        """The state saved under ``token``; None if there is none or it no longer reads (an older
        app's format): the tab then starts afresh."""
        with self._connect() as connection:
            row = connection.execute(
                "SELECT state_json FROM saved_sessions WHERE token = ?", (token,)
            ).fetchone()
        if row is None:
            return None
        try:
            return SavedSession.model_validate_json(row[0])
        except ValidationError:
            return None

    def save(self, token: str, state: SavedSession, *, now: datetime) -> None:
        moment = aware_utc(now)
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "INSERT OR REPLACE INTO saved_sessions (token, saved_at, state_json) VALUES (?, ?, ?)",
                (token, moment.isoformat(timespec="microseconds"), state.model_dump_json()),
            )
            connection.execute(
                "DELETE FROM saved_sessions WHERE saved_at < ?",
                ((moment - KEPT_FOR).isoformat(timespec="microseconds"),),
            )
            connection.execute("COMMIT")


__all__ = ["KEPT_FOR", "SavedSession", "SessionStore", "new_token"]
