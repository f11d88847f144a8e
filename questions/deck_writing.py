"""Saving a deck file: ruamel.yaml's round-trip mode, so comments and key order a person wrote
survive, and an atomic replace, so a crash mid-save leaves the old file whole. Each saved question
carries a ``content_hash`` of what a learner sees (see ``questions/deck_file.py``)."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from questions.atomic_write import atomic_write
from questions.core_yaml import CoreSchemaLoader, value_node
from questions.deck import Deck
from questions.deck_file import HASH_KEY, MAX_DECK_FILE_BYTES, parse_deck
from questions.deck_file_error import DeckFileError, Problem
from questions.question import Question


def question_to_file(question: Question) -> dict[str, Any]:
    """The fields a deck file stores for a question: defaults are left out, the hash added."""
    stored = question.model_dump(mode="json", exclude_none=True)
    for optional in ("alternatives", "choices", "tags"):
        if not stored[optional]:
            del stored[optional]
    stored[HASH_KEY] = question.content_hash()
    return stored


def write_deck(deck: Deck, path: Path) -> None:
    """Save a deck, changing only what changed: the text of each question that is the same as in
    the file stays byte for byte (so a deck under git shows one-question diffs), a changed one is
    rewritten in place keeping its comments and key order, a new one is appended. A file whose
    layout does not allow that (flow style, a renamed deck) is rewritten whole, keeping comments.

    A save that would make the file too big to load again is refused, and the old file kept.
    """
    old_text = _current_text(path)
    text = _spliced(deck, old_text, path) if old_text is not None else None
    if text is None:
        text = _dumped_whole(deck, old_text)
    size = len(text.encode("utf-8"))
    if size > MAX_DECK_FILE_BYTES:
        raise DeckFileError(
            path,
            [
                Problem(
                    f"not saved: the deck would take {size / 1024 / 1024:.1f} MB, over the "
                    f"{MAX_DECK_FILE_BYTES // (1024 * 1024)} MB limit for one deck file; the file is "
                    "unchanged: move some questions into another deck"
                )
            ],
        )
    atomic_write(path, text)


def _current_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def _round_trip() -> Any:
    from ruamel.yaml import YAML

    round_trip = YAML()
    round_trip.indent(mapping=2, sequence=4, offset=2)
    round_trip.width = 100
    round_trip.preserve_quotes = True
    return round_trip


def _spliced(deck: Deck, old_text: str, path: Path) -> str | None:
    """The old text with only the changed questions' lines replaced, or None when its layout
    does not allow that (the caller then rewrites the file whole)."""
    loader = CoreSchemaLoader(old_text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    sequence = value_node(root, "questions")
    if not isinstance(sequence, yaml.SequenceNode) or sequence.flow_style or not sequence.value:
        return None
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    try:
        old = parse_deck(old_text, path=path, modified=modified)
    except DeckFileError:
        return None
    if (old.name, old.description) != (deck.name, deck.description) or len(old.questions) != len(
        sequence.value
    ):
        return None
    starts = [_item_start(old_text, node) for node in sequence.value]
    if None in starts:
        return None
    bounds = [start for start in starts if start is not None]
    end = old_text.rfind("\n", 0, sequence.end_mark.index) + 1 or len(old_text)
    if sequence.end_mark.index >= len(old_text.rstrip()):
        end = len(old_text)
    bounds.append(end)
    chunks = {
        question.id: (question, old_text[bounds[index] : bounds[index + 1]])
        for index, question in enumerate(old.questions)
    }
    pieces = []
    for question in deck.questions:
        old_question, chunk = chunks.get(question.id, (None, ""))
        if old_question is None:
            piece = _item_text(question, None)
        elif old_question == question:
            piece = chunk
        else:
            piece = _item_text(question, chunk)
        pieces.append(piece if piece.endswith("\n") else piece + "\n")
    text = old_text[: bounds[0]] + "".join(pieces) + old_text[end:]
    try:
        written = parse_deck(text, path=path, modified=modified)
    except DeckFileError:
        return None
    return text if written.questions == deck.questions else None


def _item_start(text: str, node: yaml.Node) -> int | None:
    """Where a question's lines begin: the start of the line of its ``- `` (which must be there)."""
    line_start = text.rfind("\n", 0, node.start_mark.index) + 1
    return line_start if re.fullmatch(r"[ \t]*-[ \t]+", text[line_start : node.start_mark.index]) else None


def _item_text(question: Question, chunk: str | None) -> str:
    """One question's lines as in a deck file: ``chunk`` (its old lines) updated in place, or new."""
    from ruamel.yaml.comments import CommentedMap

    round_trip = _round_trip()
    document = round_trip.load("questions:\n" + chunk) if chunk is not None else None
    if document is None or not isinstance(document.get("questions"), list):
        document = CommentedMap(questions=[CommentedMap()])
    _update_in_place(document["questions"][0], question_to_file(question))
    buffer = io.StringIO()
    round_trip.dump(document, buffer)
    return buffer.getvalue().split("\n", 1)[1]


def _dumped_whole(deck: Deck, old_text: str | None) -> str:
    """The whole deck through ruamel's round trip, keeping the old file's comments and key order."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    round_trip = _round_trip()
    document: Any = None
    if old_text is not None:
        try:
            document = round_trip.load(old_text)
        except Exception:  # an unreadable old file is replaced whole, never merged into
            document = None
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
    document["name"] = _escaped_breaks(deck.name)
    if deck.description or "description" in document:
        document["description"] = _escaped_breaks(deck.description)
    old_entries = {
        entry.get("id"): entry
        for entry in (document.get("questions") or [])
        if isinstance(entry, CommentedMap)
    }
    entries = CommentedSeq()
    for question in deck.questions:
        entry = old_entries.get(question.id, CommentedMap())
        _update_in_place(entry, question_to_file(question))
        entries.append(entry)
    old_sequence = document.get("questions")
    if isinstance(old_sequence, CommentedSeq):
        # ruamel keeps a comment after a flow list (`tags: [a]  # ...`) on the sequence, by position
        entries.ca.comment = old_sequence.ca.comment
        old_position = {
            entry.get("id"): i for i, entry in enumerate(old_sequence) if isinstance(entry, CommentedMap)
        }
        for position, question in enumerate(deck.questions):
            comment = old_sequence.ca.items.get(old_position.get(question.id, -1))
            if comment is not None:
                entries.ca.items[position] = comment
    document["questions"] = entries
    buffer = io.StringIO()
    round_trip.dump(document, buffer)
    return buffer.getvalue()


def _update_in_place(entry: Any, values: dict[str, Any]) -> None:
    for key in [key for key in entry if key not in values]:
        del entry[key]
    for key, value in values.items():
        if entry.get(key) != value:
            entry[key] = _escaped_breaks(value)


_FOLDED_BREAK = "\x85"
"""NEL: a reader folds it to a space inside a plain or single-quoted scalar, so the text would
change (and its hash with it) on every load. Double quotes write it as the escape ``\\N``."""


def _escaped_breaks(value: Any) -> Any:
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, str):
        return DoubleQuotedScalarString(value) if _FOLDED_BREAK in value else value
    if isinstance(value, dict):
        return {key: _escaped_breaks(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escaped_breaks(item) for item in value]
    return value


__all__ = [
    "question_to_file",
    "write_deck",
]
