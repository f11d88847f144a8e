"""Changing the bank: replace and delete questions in their deck, name deck files.

Each change re-reads its deck file under an exclusive lock, applies itself, and saves atomically,
so two browser tabs (or the app and a person's editor) never lose each other's edits, and a
change is never made against a stale copy. Putting new items into a deck by its name is
``questions.placement``.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from questions.atomic_write import remove_stale_temp_files
from questions.bank import DeckEntry
from questions.deck import Deck
from questions.deck_file import deck_paths, read_deck
from questions.deck_outline import outline
from questions.deck_writing import write_deck
from questions.question import Question

DECK_KEY_LENGTH = 60


class EditError(ValueError):
    """A change that cannot be made as asked; the message says why."""


@contextmanager
def locked_bank(folder: Path) -> Iterator[None]:
    """One lock for the whole bank: a change reads other decks too (ids are unique bank-wide).
    Holding it, no save is running, so the temp files of interrupted saves are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".bank.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            remove_stale_temp_files(folder)
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def ids_elsewhere(path: Path) -> dict[str, str]:
    """Question id -> deck key, for every deck file but ``path``: read for ids only, not validated."""
    return {
        question_id: other.stem
        for other in deck_paths(path.parent)
        if other != path
        for question_id in outline(other).question_ids
    }


@dataclass(frozen=True)
class Merged:
    added: int
    replaced: int


def merge(deck: Deck, questions: Sequence[Question], *, now: datetime) -> Merged:
    """Add each question to ``deck``, or replace the one with its id. A replaced question keeps its
    ``created``; its ``edited`` becomes ``now`` only when its content changed (so Anki updates
    its note on the next import, and only then)."""
    current = {question.id: index for index, question in enumerate(deck.questions)}
    added = replaced = 0
    for question in questions:
        index = current.get(question.id)
        if index is None:
            current[question.id] = len(deck.questions)
            deck.questions.append(question)
            added += 1
            continue
        old = deck.questions[index]
        changed = old.content_hash() != question.content_hash()
        deck.questions[index] = question.model_copy(
            update={"created": old.created, "edited": now if changed else old.edited}
        )
        replaced += 1
    return Merged(added=added, replaced=replaced)


def save_questions(entry: DeckEntry, questions: Sequence[Question], *, now: datetime) -> DeckEntry:
    """Save edited questions into their deck (or add them to it); an id another deck holds is refused."""
    with locked_bank(entry.path.parent):
        taken = ids_elsewhere(entry.path)
        for question in questions:
            if question.id in taken:
                raise EditError(f"id {question.id!r} is already used in deck {taken[question.id]!r}")
        deck = (
            read_deck(entry.path) if entry.path.exists() else entry.deck.model_copy(update={"questions": []})
        )
        merge(deck, questions, now=now)
        write_deck(deck, entry.path)
    return DeckEntry(key=entry.key, path=entry.path, deck=deck)


def delete_question(entry: DeckEntry, question_id: str) -> DeckEntry:
    with locked_bank(entry.path.parent):
        deck = read_deck(entry.path)
        remaining = [question for question in deck.questions if question.id != question_id]
        if len(remaining) == len(deck.questions):
            raise EditError(f"no question {question_id!r} in deck {entry.key!r}")
        deck.questions = remaining
        write_deck(deck, entry.path)
    return DeckEntry(key=entry.key, path=entry.path, deck=deck)


def deck_key(name: str) -> str:
    """A file stem for a deck name: its words in lower case, joined by hyphens, Latin letters
    without accents, the letters of every other script as they are. A name with no letter or
    digit (emoji) gets a short hash."""
    kept: list[str] = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter: "é" is "e"; other scripts keep their marks
        kept.append(ch)
    bare = unicodedata.normalize("NFC", "".join(kept))
    key = re.sub(r"[\W_]+", "-", bare.casefold()).strip("-")[:DECK_KEY_LENGTH].strip("-")
    return key or "deck-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


__all__ = [
    "DECK_KEY_LENGTH",
    "EditError",
    "Merged",
    "deck_key",
    "delete_question",
    "ids_elsewhere",
    "locked_bank",
    "merge",
    "save_questions",
]
