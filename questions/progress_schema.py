"""The progress database's schema: its tables and the marks that say the file is this app's."""

from __future__ import annotations

SCHEMA_VERSION = 1
APPLICATION_ID = 0x4E515A31
"""'NQZ1' in SQLite's header: marks the file as this app's progress database."""

SCHEMA = (
    """
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        answered_at TEXT NOT NULL,
        question_id TEXT NOT NULL,
        deck TEXT NOT NULL,
        prompt TEXT NOT NULL,
        expected TEXT NOT NULL,
        given TEXT NOT NULL,
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
        reason TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        seconds_taken REAL
    )
    """,
    "CREATE INDEX answers_by_time ON answers (answered_at)",
    "CREATE INDEX answers_by_question ON answers (question_id, answered_at)",
    """
    CREATE TABLE cards (
        question_id TEXT PRIMARY KEY,
        due TEXT NOT NULL,
        card_json TEXT NOT NULL,
        reviewed_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX cards_by_due ON cards (due)",
    f"PRAGMA user_version = {SCHEMA_VERSION}",
    f"PRAGMA application_id = {APPLICATION_ID}",
)
TABLES = {"answers", "cards"}

ANSWER_COLUMNS = (
    "id, answered_at, question_id, deck, prompt, expected, given, correct, reason, rating, seconds_taken"
)


__all__ = [
    "ANSWER_COLUMNS",
    "APPLICATION_ID",
    "SCHEMA",
    "SCHEMA_VERSION",
    "TABLES",
]
