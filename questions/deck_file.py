"""Deck files: one human-editable YAML file per deck.

Reading uses PyYAML's C parser (fast enough for a 10,000-question bank) with YAML 1.2 core-schema
scalars, so ``answer: no`` is the text "no" and ``12:30`` is not the number 750. Saving uses
ruamel.yaml's round-trip mode, so comments and key order a person wrote survive, and replaces the
file atomically: a crash mid-save leaves the old file whole.

Each saved question carries a ``content_hash`` of what a learner sees. When a person edits the
question by hand, the hash no longer matches and the question's ``edited`` time becomes the
file's modification time, so an Anki re-import updates that note.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from questions.deck import Deck
from questions.excerpt import excerpt
from questions.question import Question

MAX_DECK_FILE_BYTES = 20 * 1024 * 1024
HASH_KEY = "content_hash"
DECK_KEYS = ("name", "description", "questions")
QUESTION_KEYS = (*Question.model_fields, HASH_KEY)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a deck file, located as precisely as the file allows."""

    message: str
    line: int | None = None
    position: int | None = None
    """1-based position of the question in the deck's list."""
    question_id: str | None = None
    field: str | None = None

    def describe(self, path: Path) -> str:
        """E.g. ``bank/cuba.yaml:12: question 3 (id 'kc-3'), field 'answer': must be true or false``."""
        subject = []
        if self.position is not None:
            subject.append(
                f"question {self.position}" + (f" (id {self.question_id!r})" if self.question_id else "")
            )
        if self.field:
            subject.append(f"field {self.field!r}")
        location = f"{path}:{self.line}" if self.line else str(path)
        return ": ".join([location, *([", ".join(subject)] if subject else []), self.message])


class DeckFileError(Exception):
    """A deck file that cannot be used as it is. ``str()`` lists every problem, one per line."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(problem.describe(path) for problem in problems))

    def __reduce__(self) -> tuple[type[DeckFileError], tuple[Path, list[Problem]]]:
        return (DeckFileError, (self.path, self.problems))


class _CoreSchemaLoader(yaml.CSafeLoader):
    """PyYAML's C loader, resolving plain scalars as YAML 1.2's core schema does, and refusing what
    a deck file must not hold: a key twice in one mapping (PyYAML would keep the last silently),
    and aliases (``*name``): a few hundred bytes of them make a value of billions of elements."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:  # only an alias reaches a node a second time
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "this value is used again through an alias (*name): a deck file allows no aliases, "
                "write each value out",
                node.start_mark,
            )
        return super().construct_object(node, deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {excerpt(key_node.value)}", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)


_CoreSchemaLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    _CoreSchemaLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


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
        Problem(f"unknown field (allowed: {', '.join(DECK_KEYS)})", line=_line_of(root, key), field=str(key))
        for key in data
        if key not in DECK_KEYS
    ]
    raw_questions = data.get("questions") or []
    if not isinstance(raw_questions, list):
        problems.append(
            Problem("expected a list of questions", line=_line_of(root, "questions"), field="questions")
        )
        raw_questions = []
    question_nodes = _value_node(root, "questions")
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
            Problem(_message(detail), line=_line_of(root, str(detail["loc"][0])), field=str(detail["loc"][0]))
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
        line = (_line_of(node, top_field) if top_field else None) or node.start_mark.line + 1
    return Problem(
        problem.message, line=line, position=position, question_id=problem.question_id, field=problem.field
    )


def _parse_yaml(text: str, *, path: Path) -> tuple[Any, yaml.Node | None]:
    loader = _CoreSchemaLoader(text)
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


def _value_node(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, value_node in mapping.value:
            if key_node.value == key:
                return value_node
    return None


def _line_of(mapping: yaml.Node | None, key: str | None) -> int | None:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, _ in mapping.value:
            if key_node.value == key:
                return key_node.start_mark.line + 1
    return None


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
    loader = _CoreSchemaLoader(old_text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    sequence = _value_node(root, "questions")
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


TEMP_SUFFIX = ".tmp"


def atomic_write(path: Path, text: str) -> None:
    """Write beside the target, fsync, then rename over it: readers see the old or the new file.

    A symlink is written through to its target; the file keeps its permissions (a new one gets
    the umask's, as any file the user creates).
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        if mode is not None:
            os.fchmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete the temp files of deck saves that never finished (a killed process leaves them).
    Only safe while no save is running: call it holding the bank's lock."""
    stale = [
        path
        for path in folder.glob(f".*.y*ml.*{TEMP_SUFFIX}")
        if re.fullmatch(rf"\..+\.ya?ml\.[A-Za-z0-9_]+{re.escape(TEMP_SUFFIX)}", path.name)
    ]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


@dataclass(frozen=True)
class Outline:
    """What a deck file holds, read without validating it: its name and its question ids."""

    name: str | None
    question_ids: frozenset[str]


def outline(path: Path) -> Outline:
    """The deck file's name and ids: cheap, and cached until the file changes. An unreadable file
    has no name and holds no ids."""
    try:
        stat = path.stat()
    except OSError:
        return Outline(None, frozenset())
    return _outline(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _outline(path: Path, modified_ns: int, size: int) -> Outline:
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_CoreSchemaLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return Outline(None, frozenset())
    if not isinstance(data, dict):
        return Outline(None, frozenset())
    name = data.get("name")
    entries = data.get("questions")
    ids = (
        frozenset(str(entry["id"]) for entry in entries if isinstance(entry, dict) and "id" in entry)
        if isinstance(entries, list)
        else frozenset()
    )
    return Outline(name.strip() if isinstance(name, str) else None, ids)


def deck_paths(folder: Path) -> Iterator[Path]:
    """The deck files of a bank folder, in a stable order; temp files of a save are not decks."""
    for path in sorted(folder.iterdir()):
        if path.suffix in {".yaml", ".yml"} and not path.name.startswith(".") and path.is_file():
            yield path


__all__ = [
    "MAX_DECK_FILE_BYTES",
    "DeckFileError",
    "Outline",
    "Problem",
    "atomic_write",
    "deck_paths",
    "outline",
    "parse_deck",
    "question_to_file",
    "read_deck",
    "remove_stale_temp_files",
    "write_deck",
]
