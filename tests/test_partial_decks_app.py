"""A deck with a question left out (its id reused from an older deck) in the app: the Bank page
says what was left out, and the Export page warns that its package misses questions."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from .conftest import REPO

COPY = (
    "name: Copy\nquestions:\n"
    "  - id: fresh-1\n    kind: wh\n    prompt: Which island?\n    answer: Cuba\n"
    "  - id: kc-un-city\n    kind: wh\n    prompt: Which city?\n    answer: New York\n"
)


def run(page: str) -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


def plain(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_the_bank_page_says_a_deck_has_questions_left_out(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "aa-copy.yaml").write_text(COPY)

    at = run("bank")

    errors = [plain(error.value) for error in at.error]
    assert errors == ["aa-copy.yaml has questions left out (the other decks still work):"]


def test_the_export_page_warns_that_questions_are_left_out(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "aa-copy.yaml").write_text(COPY)

    at = run("export")

    warnings = [plain(warning.value) for warning in at.warning]
    assert warnings == ["Left out, as they could not be read whole: aa-copy.yaml. Fix them in the Bank page."]
