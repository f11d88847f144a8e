"""The bank: every deck file in one folder, loaded together.

A broken deck file never hides the others: it is reported with its problems and left untouched
(nothing is ever written to a file that did not load). Question ids are unique across the bank.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from questions.deck import Deck
from questions.deck_file import DeckFileError, Problem, deck_paths, read_deck
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
    owner: dict[str, Path] = {}
    for path in deck_paths(folder):
        try:
            deck = read_deck(path)
        except DeckFileError as error:
            bank.errors.append(error)
            continue
        clashes = [
            Problem(
                f"id already used in {owner[question.id].name}",
                line=_line_of_id(path, question.id),
                position=position,
                question_id=question.id,
                field="id",
            )
            for position, question in enumerate(deck.questions, start=1)
            if question.id in owner
        ]
        if clashes:
            bank.errors.append(DeckFileError(path, clashes))
            continue
        owner.update(dict.fromkeys((question.id for question in deck.questions), path))
        bank.entries.append(DeckEntry(key=path.stem, path=path, deck=deck))


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
