"""Where the bank and the progress database live: a command-line option, else an environment
variable, else the embedded default."""

from __future__ import annotations

import os
from pathlib import Path

BANK_DIR_ENV = "QUIZ_BANK_DIR"
PROGRESS_DB_ENV = "QUIZ_DB"
DEFAULT_BANK_DIR = Path(__file__).parent / "bank"
DEFAULT_PROGRESS_DB = Path(__file__).parent.parent / "progress.sqlite3"
"""Beside the repo's README; git ignores it."""


def bank_dir(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit
    from_env = os.environ.get(BANK_DIR_ENV)
    return Path(from_env) if from_env else DEFAULT_BANK_DIR


def progress_db(explicit: Path | None = None) -> Path:
    if explicit is not None:
        return explicit
    from_env = os.environ.get(PROGRESS_DB_ENV)
    return Path(from_env) if from_env else DEFAULT_PROGRESS_DB


__all__ = [
    "BANK_DIR_ENV",
    "DEFAULT_BANK_DIR",
    "DEFAULT_PROGRESS_DB",
    "PROGRESS_DB_ENV",
    "bank_dir",
    "progress_db",
]
