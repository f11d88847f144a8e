"""What the app's tests share: the app run with AppTest, and the helpers that read and click it."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from streamlit.testing.v1 import AppTest

from questions import quiz
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.session import QuizSession

from .conftest import REPO

APP = str(REPO / "app.py")
PAGES = ("quiz", "review", "progress", "bank", "generate", "export")
NOW = datetime.now(UTC)

XSS_DECK = """\
name: "Tricky <b>deck</b>"
questions:
  - id: xss-wh
    kind: wh
    prompt: "What is <img src=x onerror=alert(1)> and **bold** and [link](javascript:alert(1)) <script>alert(2)</script>?"
    answer: "<script>alert(3)</script>"
    source:
      article_id: xss
      title: "<img src=y onerror=alert(4)> **title**"
      url: "javascript:alert(5)"
      sentence: "They wrote <script>alert(3)</script> in it."
      answer_start: 11
      answer_end: 36
  - id: xss-mcq
    kind: mcq
    prompt: "Pick **one** :smile:"
    answer: "<img src=x onerror=alert(6)>"
    choices: ["<img src=x onerror=alert(6)>", "**bold**", "[link](javascript:alert(7))", "plain"]
"""


def midday_zone() -> str:
    """A time zone where it is now about noon, on today's UTC date. The learner's day turns at
    4 a.m. in the browser's zone: a test that answers wrongly (due again in minutes, "due today")
    must not fail because the suite runs just before four somewhere."""
    offset = 12 - datetime.now(UTC).hour
    return f"Etc/GMT{-offset:+d}"  # POSIX signs: "Etc/GMT-5" is five hours ahead of UTC


def run(page: str | None = None, *, zone: str | None = None, **state: object) -> AppTest:
    """The app after its first run (on ``page``) in a browser in ``zone`` (default: where it is
    midday), with ``state`` set in session state beforehand."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.context["timezone"] = zone or midday_zone()
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page is not None:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


def plain(markdown: str) -> str:
    """Markdown as the reader sees its text: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def texts(at: AppTest) -> list[str]:
    """Every text the page shows in markdown, captions and alerts, as the reader sees it."""
    shown = [element.value for element in at.markdown]
    shown += [element.value for element in at.caption]
    for alerts in (at.success, at.error, at.warning, at.info):
        shown += [element.value for element in alerts]
    return [plain(str(value)) for value in shown]


def page_text(at: AppTest) -> str:
    return "\n".join(texts(at))


def click(at: AppTest, label: str) -> AppTest:
    """Click the only button with ``label`` and rerun."""
    matches = [button for button in at.button if plain(button.label) == label]
    assert len(matches) == 1, f"{label!r} among {[button.label for button in at.button]}"
    matches[0].click().run()
    assert not at.exception, at.exception
    return at


def click_starting(at: AppTest, prefix: str) -> AppTest:
    """Click the only button whose label starts with ``prefix`` (e.g. a rating and its interval)."""
    matches = [button for button in at.button if plain(button.label).startswith(prefix)]
    assert len(matches) == 1, f"{prefix!r} among {[button.label for button in at.button]}"
    matches[0].click().run()
    assert not at.exception, at.exception
    return at


def answer_buttons(at: AppTest) -> list[str]:
    """The labels of the buttons that answer the question on screen, in their order."""
    return [plain(button.label) for button in at.button if button.key and "-choice-" in button.key] or [
        plain(button.label) for button in at.button if plain(button.label) in {"True", "False"}
    ]


def type_answer(at: AppTest, given: str) -> AppTest:
    at.text_input[0].input(given)
    return click(at, "Check")


def quiz_on(*question_ids: str) -> QuizSession:
    return quiz.start(list(question_ids), now=datetime.now(UTC))


def store(env: dict[str, Path]) -> ProgressStore:
    return ProgressStore(env["db"])


def generated(at: AppTest) -> list[Question]:
    items: list[Question] = at.session_state["generated"]
    return items


def upload_and_generate(at: AppTest, name: str, data: bytes, mime: str) -> AppTest:
    at.file_uploader(key="generate-file").upload(name, data, mime).run()
    return click(at, "Generate quiz items")


def generated_items(count: int) -> list[Question]:
    return [
        Question(id=f"gen-{number}", kind=Kind.WH, prompt=f"Who built farm {number}?", answer="Aldren Power")
        for number in range(1, count + 1)
    ]


def click_key(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


__all__ = [
    "APP",
    "NOW",
    "PAGES",
    "XSS_DECK",
    "answer_buttons",
    "click",
    "click_key",
    "click_starting",
    "generated",
    "generated_items",
    "page_text",
    "plain",
    "quiz_on",
    "run",
    "store",
    "texts",
    "type_answer",
    "upload_and_generate",
]
