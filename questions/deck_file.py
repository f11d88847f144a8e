"""Deck files: one human-editable YAML file per deck.

Reading uses PyYAML's C parser (fast enough for a 10,000-question bank) with YAML 1.2 core-schema
scalars (``questions/core_yaml.py``). Saving is in ``questions/deck_writing.py``.

Each saved question carries a ``content_hash`` of what a learner sees. When a person edits the
question by hand, the hash no longer matches and the question's ``edited`` time becomes the
file's modification time, so an Anki re-import updates that note.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from questions.core_yaml import CoreSchemaLoader, line_of, value_node
from questions.deck import Deck
from questions.deck_file_error import DeckFileError, Problem
from questions.excerpt import excerpt
from questions.question import Question

MAX_DECK_FILE_BYTES = 20 * 1024 * 1024
HASH_KEY = "content_hash"
DECK_KEYS = ("name", "description", "questions")
QUESTION_KEYS = (*Question.model_fields, HASH_KEY)


def read_deck(path: Path) -> Deck:
    """Load and validate one deck file; raise DeckFileError naming every problem."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DeckFileError(path, [Problem(f"cannot read the file: {error.strerror}")]) from None
    if size > MAX_DECK_FILE_BYTES:
        limit = MAX_DECK_FILE_BYTES // (1024 * 1024)
        raise DeckFileError(
            path,
            [
                Problem(
                    f"the file is {size / 1024 / 1024:.1f} MB, over the {limit} MB limit for one deck: "
                    "split it into several deck files"
                )
            ],
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DeckFileError(
            path,
            [
                Problem(
                    f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start}): "
                    "save the file as UTF-8"
                )
            ],
        ) from None
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return parse_deck(text, path=path, modified=modified)


def parse_deck(text: str, *, path: Path, modified: datetime) -> Deck:
    """Validate a deck file's text. ``modified`` stands in for timestamps the file does not give."""
    if not text.strip():
        raise DeckFileError(path, [Problem("the file is empty: a deck needs at least a `name:` line")])
    data, root = _parse_yaml(text, path=path)
    if not isinstance(data, dict):
        raise DeckFileError(
            path,
            [Problem(f"expected a mapping with {', '.join(DECK_KEYS)}, got {type(data).__name__}", line=1)],
        )
    problems = [
        Problem(f"unknown field (allowed: {', '.join(DECK_KEYS)})", line=line_of(root, key), field=str(key))
        for key in data
        if key not in DECK_KEYS
    ]
    raw_questions = data.get("questions") or []
    if not isinstance(raw_questions, list):
        problems.append(
            Problem("expected a list of questions", line=line_of(root, "questions"), field="questions")
        )
        raw_questions = []
    question_nodes = value_node(root, "questions")
    questions: list[Question] = []
    first_position: dict[str, int] = {}
    for index, raw_question in enumerate(raw_questions):
        node = question_nodes.value[index] if isinstance(question_nodes, yaml.SequenceNode) else None
        try:
            question = _parse_question(raw_question, modified=modified)
        except _QuestionProblems as error:
            problems.extend(_locate(problem, position=index + 1, node=node) for problem in error.problems)
            continue
        if question.id in first_position:
            problems.append(
                _locate(
                    Problem(
                        f"duplicate id: question {first_position[question.id]} has the same id",
                        question_id=question.id,
                        field="id",
                    ),
                    position=index + 1,
                    node=node,
                )
            )
            continue
        first_position[question.id] = index + 1
        questions.append(question)
    try:
        deck = Deck.model_validate({"name": data.get("name"), "description": data.get("description") or ""})
    except ValidationError as error:
        problems.extend(
            Problem(_message(detail), line=line_of(root, str(detail["loc"][0])), field=str(detail["loc"][0]))
            for detail in error.errors()
        )
    if problems:
        raise DeckFileError(path, problems)
    deck.questions = questions
    return deck


class _QuestionProblems(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems


def _parse_question(raw: Any, *, modified: datetime) -> Question:
    if not isinstance(raw, dict):
        raise _QuestionProblems(
            [Problem(f"expected a mapping with id, kind, prompt and answer, got {type(raw).__name__}")]
        )
    fields = dict(raw)
    stored_hash = fields.pop(HASH_KEY, None)
    fields.setdefault("created", modified)
    fields.setdefault("edited", modified)
    question_id = fields.get("id") if isinstance(fields.get("id"), str) else None
    try:
        question = Question.model_validate(fields)
    except ValidationError as error:
        raise _QuestionProblems(
            [
                Problem(
                    _message(detail),
                    question_id=question_id,
                    field=".".join(str(part) for part in detail["loc"]) or None,
                )
                for detail in error.errors()
            ]
        ) from None
    if stored_hash is not None and stored_hash != question.content_hash() and question.edited < modified:
        question.edited = modified
    return question


def _message(detail: ErrorDetails) -> str:
    kind, message = detail["type"], detail["msg"]
    if kind == "missing":
        return "this field is required"
    if kind == "extra_forbidden":
        allowed = ", ".join(QUESTION_KEYS)
        return f"unknown field (allowed: {allowed})"
    message = message.removeprefix("Value error, ")
    if kind not in {"value_error", "assertion_error"} and "input" in detail:
        message += f", got {excerpt(detail['input'])}"
    return message


def _locate(problem: Problem, *, position: int, node: yaml.Node | None) -> Problem:
    line = None
    if node is not None:
        top_field = problem.field.split(".")[0] if problem.field else None
        line = (line_of(node, top_field) if top_field else None) or node.start_mark.line + 1
    return Problem(
        problem.message, line=line, position=position, question_id=problem.question_id, field=problem.field
    )


def _parse_yaml(text: str, *, path: Path) -> tuple[Any, yaml.Node | None]:
    loader = CoreSchemaLoader(text)
    try:
        root = loader.get_single_node()
        return loader.construct_document(root) if root is not None else None, root
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error)
        line = mark.line + 1 if mark is not None else None
        column = f", column {mark.column + 1}" if mark is not None else ""
        raise DeckFileError(path, [Problem(f"not valid YAML{column}: {reason}", line=line)]) from None
    finally:
        loader.dispose()


def deck_paths(folder: Path) -> Iterator[Path]:
    """The deck files of a bank folder, in a stable order; temp files of a save are not decks."""
    for path in sorted(folder.iterdir()):
        if path.suffix in {".yaml", ".yml"} and not path.name.startswith(".") and path.is_file():
            yield path


__all__ = [
    "DECK_KEYS",
    "HASH_KEY",
    "MAX_DECK_FILE_BYTES",
    "QUESTION_KEYS",
    "deck_paths",
    "parse_deck",
    "read_deck",
]
