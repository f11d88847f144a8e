"""The bank: every deck file in one folder, loaded together.

A broken deck file never hides the others: it is reported with its problems and left untouched
(nothing is ever written to a file that did not load). Question ids are unique across the bank:
when two decks hold one id, the older question keeps it, and the newer one is reported and left
out, with the rest of its deck loaded.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from questions.deck import Deck
from questions.deck_file import deck_paths, read_deck
from questions.deck_file_error import DeckFileError, Problem
from questions.question import Question


@dataclass(frozen=True)
class DeckEntry:
    """A loaded deck and the file it lives in. ``key`` (the file's stem) names the deck in commands."""

    key: str
    path: Path
    deck: Deck


@dataclass
class Bank:
    folder: Path
    entries: list[DeckEntry] = field(default_factory=list)
    errors: list[DeckFileError] = field(default_factory=list)

    @property
    def decks(self) -> list[Deck]:
        return [entry.deck for entry in self.entries]

    def entry(self, key: str) -> DeckEntry:
        for entry in self.entries:
            if entry.key == key or entry.deck.name == key:
                return entry
        known = ", ".join(entry.key for entry in self.entries) or "none"
        raise KeyError(f"no deck {key!r} in {self.folder} (decks: {known})")

    def questions(self) -> list[tuple[DeckEntry, Question]]:
        return [(entry, question) for entry in self.entries for question in entry.deck.questions]

    def find(self, question_id: str) -> tuple[DeckEntry, Question] | None:
        for entry in self.entries:
            for question in entry.deck.questions:
                if question.id == question_id:
                    return entry, question
        return None


def load_bank(folder: Path) -> Bank:
    """Load every deck file in ``folder``; a missing folder is an empty bank."""
    bank = Bank(folder=folder)
    if not folder.is_dir():
        return bank
    with _collector_paused():
        _load_into(bank, folder)
    return bank


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Parsing a large bank allocates tens of thousands of objects that all live on; Python's
    cyclic collector would rescan them again and again (70% of the load time, measured)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_into(bank: Bank, folder: Path) -> None:
    loaded: list[tuple[Path, Deck]] = []
    for path in deck_paths(folder):
        try:
            loaded.append((path, read_deck(path)))
        except DeckFileError as error:
            bank.errors.append(error)
    owner = _owners(loaded)
    for path, deck in loaded:
        clashes = [
            Problem(
                f"id already used in {owner[question.id].name}, by an older question: this one is left out",
                line=_line_of_id(path, question.id),
                position=position,
                question_id=question.id,
                field="id",
            )
            for position, question in enumerate(deck.questions, start=1)
            if owner[question.id] != path
        ]
        if clashes:
            bank.errors.append(DeckFileError(path, clashes))
            kept = [question for question in deck.questions if owner[question.id] == path]
            deck = deck.model_copy(update={"questions": kept})
        bank.entries.append(DeckEntry(key=path.stem, path=path, deck=deck))


def _owners(loaded: list[tuple[Path, Deck]]) -> dict[str, Path]:
    """Which deck file keeps each question id: the one whose question with it is oldest (its
    ``created`` time, which is the file's time when the file gives none), so a new deck that
    reuses an id never knocks out the older deck's question."""
    oldest: dict[str, tuple[datetime, int, Path]] = {}
    for order, (path, deck) in enumerate(loaded):
        for question in deck.questions:
            candidate = (question.created, order, path)
            known = oldest.get(question.id)
            if known is None or candidate[:2] < known[:2]:
                oldest[question.id] = candidate
    return {question_id: path for question_id, (_, _, path) in oldest.items()}


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, modification times and sizes of the deck files: changes whenever a deck file does,
    so a cache keyed on it reloads the bank only then."""
    if not folder.is_dir():
        return ()
    stats = ((path.name, path.stat()) for path in deck_paths(folder))
    return tuple((name, stat.st_mtime_ns, stat.st_size) for name, stat in stats)


def _line_of_id(path: Path, question_id: str) -> int | None:
    pattern = re.compile(rf"^\s*(?:-\s+)?id:\s*['\"]?{re.escape(question_id)}['\"]?\s*(?:#.*)?$")
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


__all__ = ["Bank", "DeckEntry", "fingerprint", "load_bank"]
