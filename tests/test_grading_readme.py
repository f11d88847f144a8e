"""The README's grading table is what the grader says."""

from __future__ import annotations

import re

from questions.grading import grade
from questions.question import Question

from .test_readme import README

ROW = re.compile(
    r"^\| (?P<given>[^|]+?) \| (?P<answer>[^|]+?) \| (?P<verdict>(?:not )?accepted: [^|]+?) \|$", re.M
)


def test_the_readme_grading_table_is_what_the_grader_says() -> None:
    rows = list(ROW.finditer(README))
    assert len(rows) >= 10
    for row in rows:
        question = Question(id="readme", kind="wh", prompt="What is it?", answer=row["answer"])
        assert grade(question, row["given"]).explanation == row["verdict"], row.group()
