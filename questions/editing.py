"""Changing the bank: add, replace and delete questions, create decks.

Each change re-reads its deck file under an exclusive lock, applies itself, and saves atomically,
so two browser tabs (or the app and a person's editor) never lose each other's edits, and a
change is never made against a stale copy.
"""

from __future__ import annotations

import fcntl
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from questions.bank import DeckEntry
from questions.deck import Deck
from questions.deck_file import deck_paths, question_ids, read_deck, write_deck
from questions.question import Question


class EditError(ValueError):
    """A change that cannot be made as asked; the message says why."""


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One lock for the whole bank: a change reads other decks too (ids are unique bank-wide)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".bank.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _ids_elsewhere(entry: DeckEntry) -> dict[str, str]:
    """Question id -> deck key, for every other deck file: read for ids only, not validated."""
    return {
        question_id: path.stem
        for path in deck_paths(entry.path.parent)
        if path != entry.path
        for question_id in question_ids(path)
    }


def save_questions(entry: DeckEntry, questions: Sequence[Question], *, now: datetime) -> DeckEntry:
    """Add each question to the deck, or replace the one with its id. A question whose content
    changed gets ``edited = now``, so Anki updates its note on the next import."""
    with _locked(entry.path.parent):
        taken = _ids_elsewhere(entry)
        for question in questions:
            if question.id in taken:
                raise EditError(f"id {question.id!r} is already used in deck {taken[question.id]!r}")
        deck = (
            read_deck(entry.path) if entry.path.exists() else entry.deck.model_copy(update={"questions": []})
        )
        current = {question.id: index for index, question in enumerate(deck.questions)}
        for question in questions:
            index = current.get(question.id)
            if index is None:
                current[question.id] = len(deck.questions)
                deck.questions.append(question)
                continue
            old = deck.questions[index]
            changed = old.content_hash() != question.content_hash()
            deck.questions[index] = question.model_copy(
                update={"created": old.created, "edited": now if changed else old.edited}
            )
        write_deck(deck, entry.path)
    return DeckEntry(key=entry.key, path=entry.path, deck=deck)


def delete_question(entry: DeckEntry, question_id: str) -> DeckEntry:
    with _locked(entry.path.parent):
        deck = read_deck(entry.path)
        remaining = [question for question in deck.questions if question.id != question_id]
        if len(remaining) == len(deck.questions):
            raise EditError(f"no question {question_id!r} in deck {entry.key!r}")
        deck.questions = remaining
        write_deck(deck, entry.path)
    return DeckEntry(key=entry.key, path=entry.path, deck=deck)


def deck_key(name: str) -> str:
    """A file stem for a deck name: lower-case ASCII words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60] or "deck"


def create_deck(folder: Path, *, name: str, description: str = "") -> DeckEntry:
    deck = Deck(name=name, description=description)
    path = folder / f"{deck_key(deck.name)}.yaml"
    with _locked(folder):
        if path.exists():
            raise EditError(f"a deck file {path.name} already exists: choose another name")
        write_deck(deck, path)
    return DeckEntry(key=path.stem, path=path, deck=deck)


__all__ = ["EditError", "create_deck", "deck_key", "delete_question", "save_questions"]
