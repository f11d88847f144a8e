"""Putting items into the deck named X: the one rule the generator's ``--deck``, the Generate page
and the Bank page's "add" all follow.

- The deck is the one with that name (ignoring case), else the one whose file has that name's
  file name (``World-News`` is ``world-news.yaml``), else a new deck file. The choice is made
  under the bank's lock, so a deck that appeared meanwhile (another run creating it) is appended
  to, never refused.
- An item whose id the deck already holds (the same article accepted again) replaces it there.
- An item whose id another deck holds is skipped and counted: ids are unique across the bank.
- Nothing is written when nothing is placed: no empty deck file is left behind.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from questions.deck import Deck
from questions.deck_file import deck_paths, read_deck
from questions.deck_file_error import DeckFileError
from questions.deck_outline import outline
from questions.deck_writing import write_deck
from questions.editing import EditError, deck_key, ids_elsewhere, locked_bank, merge
from questions.question import Question


@dataclass(frozen=True)
class Placement:
    """What one placement did, for a one-line summary."""

    path: Path
    name: str
    added: int
    replaced: int
    skipped: int
    """Items whose id another deck holds: left where they are."""

    @property
    def key(self) -> str:
        return self.path.stem

    def summary(self) -> str:
        """E.g. ``Added 3 items to World news. Replaced 2, skipped 1 already in another deck.``"""
        line = f"Added {_items(self.added)} to {self.name}."
        extra = [f"replaced {self.replaced}"] if self.replaced else []
        if self.skipped:
            extra.append(f"skipped {self.skipped} already in another deck")
        return f"{line} {', '.join(extra).capitalize()}." if extra else line


def _items(count: int) -> str:
    return f"{count} item{'s' if count != 1 else ''}"


def deck_name(name: str) -> str:
    """The name as a deck keeps it, or EditError in plain words."""
    stripped = name.strip()
    if not stripped:
        raise EditError("give the deck a name")
    if not any(unicodedata.category(ch)[0] in "LNS" for ch in stripped):
        raise EditError(f"a deck name needs a letter, a digit or a symbol: “{stripped[:40]}” has none")
    return stripped


def deck_path(folder: Path, name: str) -> Path:
    """The file of the deck named ``name``: an existing one of that name or file name, else a new one."""
    wanted, key = name.casefold(), deck_key(name)
    paths = list(deck_paths(folder)) if folder.is_dir() else []
    for path in paths:
        found = outline(path).name
        if found is not None and found.casefold() == wanted:
            return path
    for path in paths:
        if path.stem == key:
            return path
    return folder / f"{key}.yaml"


def place(questions: Sequence[Question], *, folder: Path, deck: str, now: datetime) -> Placement:
    """Put ``questions`` into the deck named ``deck`` in ``folder`` (see the module's rule)."""
    name = deck_name(deck)
    with locked_bank(folder):
        path = deck_path(folder, name)
        taken = ids_elsewhere(path)
        kept = [question for question in questions if question.id not in taken]
        if path.exists():
            try:
                target = read_deck(path)
            except DeckFileError as error:
                raise EditError(
                    f"the deck file {path.name} has {len(error.problems)} problem(s): fix it first "
                    "(python -m questions validate lists them)"
                ) from None
        else:
            target = Deck(name=name)
        merged = merge(target, kept, now=now)
        if kept:
            write_deck(target, path)
    return Placement(
        path=path,
        name=target.name,
        added=merged.added,
        replaced=merged.replaced,
        skipped=len(questions) - len(kept),
    )


__all__ = ["Placement", "deck_name", "deck_path", "place"]
