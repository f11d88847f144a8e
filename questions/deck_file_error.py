"""What is wrong with a deck file: each problem located as precisely as the file allows, and the
error that lists them all."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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


__all__ = [
    "DeckFileError",
    "Problem",
]
