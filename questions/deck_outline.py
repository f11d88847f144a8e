"""A deck file's outline: its name and question ids, read cheaply without validating it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from questions.core_yaml import CoreSchemaLoader


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
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=CoreSchemaLoader)
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


__all__ = [
    "Outline",
    "outline",
]
