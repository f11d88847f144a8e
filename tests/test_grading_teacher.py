"""The grader against a careful teacher: a table of (given, expected, verdict) written for this project.

``tests/data/teacher_grading.csv`` holds each pair with the teacher's verdict (right or wrong),
the kind of case, and, where it matters, the question's source sentence. The grader may disagree
on at most 4% of the table, and never accepts an answer the teacher marks wrong.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from questions.grading import grade
from questions.question import Question, Source

TABLE = Path(__file__).parent / "data" / "teacher_grading.csv"
MOST_DISAGREEMENT = 0.04


@dataclass(frozen=True)
class Case:
    given: str
    expected: str
    right: bool
    kind: str
    context: str

    def graded_right(self) -> bool:
        source = Source(article_id="teacher", sentence=self.context) if self.context else None
        question = Question(
            id="t1", kind="wh", prompt="What is the answer?", answer=self.expected, source=source
        )
        return grade(question, self.given).correct

    def __str__(self) -> str:
        return f"{self.given!r} for {self.expected!r} ({self.kind}, teacher: {'right' if self.right else 'wrong'})"


def cases() -> list[Case]:
    with TABLE.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert {row["teacher"] for row in rows} == {"right", "wrong"}, "each verdict is right or wrong"
    return [
        Case(row["given"], row["expected"], row["teacher"] == "right", row["kind"], row["context"])
        for row in rows
    ]


def test_the_table_is_large_and_at_least_as_strict_as_lenient() -> None:
    table = cases()
    assert len(table) >= 150
    wrong = sum(not case.right for case in table)
    assert wrong >= len(table) - wrong


def test_every_answer_the_teacher_marks_wrong_is_rejected() -> None:
    accepted = [str(case) for case in cases() if not case.right and case.graded_right()]
    assert accepted == []


def test_the_grader_agrees_with_the_teacher_on_at_least_96_percent() -> None:
    table = cases()
    disagreements = [str(case) for case in table if case.graded_right() is not case.right]
    assert len(disagreements) <= MOST_DISAGREEMENT * len(table), "\n".join(disagreements)
