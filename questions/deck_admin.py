"""Renaming and deleting a whole deck, as Anki's deck list offers.

A rename changes the deck's ``name`` and keeps its file (and so its key, and the ids of its
questions); a delete removes the file. Both take the bank's lock file, as ``questions.editing``
does, so they never interleave with a save.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from questions.bank import Bank, DeckEntry
from questions.deck_file import read_deck
from questions.deck_writing import write_deck
from questions.editing import EditError

LOCK_FILE = ".bank.lock"


@contextmanager
def _bank_locked(folder: Path) -> Iterator[None]:
    with (folder / LOCK_FILE).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def rename_deck(bank: Bank, key: str, name: str) -> DeckEntry:
    """Give the deck ``key`` the name ``name``; raise ``EditError`` for an empty name or one another
    deck has."""
    entry = _entry(bank, key)
    new_name = " ".join(name.split())
    if not new_name:
        raise EditError("give the deck a name")
    taken = next((other for other in bank.entries if other.deck.name == new_name and other.key != key), None)
    if taken is not None:
        raise EditError(f"another deck is already named “{new_name}” (its file is {taken.path.name})")
    with _bank_locked(entry.path.parent):
        deck = read_deck(entry.path)
        deck.name = new_name
        write_deck(deck, entry.path)
    return DeckEntry(key=entry.key, path=entry.path, deck=deck)


def delete_deck(bank: Bank, key: str) -> Path:
    """Remove the deck ``key``'s file with every question in it; returns the path removed."""
    entry = _entry(bank, key)
    with _bank_locked(entry.path.parent):
        entry.path.unlink(missing_ok=True)
    return entry.path


def _entry(bank: Bank, key: str) -> DeckEntry:
    found = next((entry for entry in bank.entries if entry.key == key), None)
    if found is None:
        raise EditError("this deck is no longer in the bank (deleted meanwhile?)")
    return found


__all__ = ["delete_deck", "rename_deck"]
