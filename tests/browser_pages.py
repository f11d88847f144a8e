"""Driving the served app in the browser as a person does: the server and its bank, and the helpers
that start a quiz, answer, press keys and click until the page shows what follows."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Browser, Locator, Page, expect
from playwright.sync_api import Error as PlaywrightError

from questions import quiz
from questions.bank import load_bank
from questions.question import Kind, Question
from questions.resume import SavedSession, SessionStore, new_token
from questions.settings import DEFAULT_BANK_DIR

from .browser_support import streamlit_app

WAIT_MS = 30_000
ANSWER_RESULT = re.compile(r"^(Right|Wrong|Counted as right)")


@dataclass
class Server:
    url: str
    bank: Path
    db: Path

    def questions_by_prompt(self) -> dict[str, Question]:
        return {question.prompt: question for _, question in load_bank(self.bank).questions()}


def serve(tmp_path: Path, *, decks: dict[str, str] | None = None, samples: bool = True) -> Iterator[Server]:
    bank = tmp_path / "bank"
    if samples:
        shutil.copytree(DEFAULT_BANK_DIR, bank)
    bank.mkdir(exist_ok=True)
    for name, text in (decks or {}).items():
        (bank / name).write_text(text)
    db = tmp_path / "progress.sqlite3"
    with streamlit_app(bank=bank, db=db, log=tmp_path / "streamlit.log") as url:
        yield Server(url=url, bank=bank, db=db)


def open_app(browser: Browser, url: str, *, path: str = "") -> Page:
    page = browser.new_context(viewport={"width": 1100, "height": 1000}, accept_downloads=True).new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(f"{url}/{path}")
    return page


def start_quiz(page: Page, *, count: int) -> None:
    expect(page.get_by_role("button", name="Start the quiz")).to_be_visible()
    box, asks = (
        page.get_by_label("Number of questions"),
        page.get_by_text(re.compile(rf"the quiz asks {count}\.")),
    )
    until_shown(lambda: _type(box, str(count)), asks)
    click_until(page.get_by_role("button", name="Start the quiz"), page.get_by_text(f"Question 1 of {count}"))


def until_shown(act: Callable[[], None], shown: Locator) -> None:
    """Do ``act`` until ``shown`` appears: a key, a click or an Enter in the instant a widget is
    re-rendered or its key bound does nothing, as for a person, so do it again. The app's
    callbacks ignore an input that arrives after the state it was meant for."""
    for _ in range(5):
        if shown.is_visible():
            return
        try:
            act()
            expect(shown).to_be_visible(timeout=3_000)
        except (AssertionError, PlaywrightError):
            continue
        return
    expect(shown).to_be_visible()


def until_passes(act: Callable[[], None], check: Callable[[float], None]) -> None:
    """Do ``act`` until ``check`` (given a timeout in ms) passes: for a check ``until_shown`` cannot
    make, such as a box emptied, where a form submitted while the last rerun still renders is
    lost, as for a person, who submits again."""
    for _ in range(4):
        try:
            act()
            check(5_000)
        except (AssertionError, PlaywrightError):
            continue
        return
    check(WAIT_MS)


def press_until(page: Page, key: str, shown: Locator) -> None:
    until_shown(lambda: page.locator("body").press(key), shown)


def click_until(button: Locator, shown: Locator) -> None:
    until_shown(lambda: button.click(timeout=5_000), shown)


def _type(box: Locator, text: str) -> None:
    box.fill(text)
    box.press("Enter")


def _enter_then_check(box: Locator, text: str, check: Locator) -> Callable[[], None]:
    """Type the answer and press Enter, as a person does; again, click Check, as a person would
    when Enter seemed to do nothing (a submit that lands during a rerun is ignored)."""
    tries = 0

    def act() -> None:
        nonlocal tries
        tries += 1
        box.fill(text)
        if tries == 1:
            box.press("Enter")
        else:
            check.click(timeout=5_000)

    return act


def answer_current(page: Page, questions: dict[str, Question], *, right: bool) -> Question:
    """Answer the question on screen, with the keyboard: Enter for typed answers, 1-4 for choices,
    T or F for true/false."""
    typed = page.get_by_label("Your answer")
    first_button = page.get_by_role("button", name=re.compile(r"Shortcut [1T]$"))
    expect(typed.or_(first_button)).to_be_visible()  # the question's widgets come after its prompt
    question = questions[page.locator("h4").first.inner_text().strip()]
    result = page.get_by_text(ANSWER_RESULT).first
    if question.kind in (Kind.WH, Kind.CLOZE):
        given = question.answer_text if right else "certainly not this"
        until_shown(_enter_then_check(typed, given, page.get_by_role("button", name="Check")), result)
    elif question.kind is Kind.MCQ:
        wrong = next(choice for choice in question.choices if choice != question.answer)
        index = shown_choices(page).index(question.answer_text if right else wrong)
        press_until(page, str(index + 1), result)
    else:
        press_until(page, "T" if (question.answer is True) == right else "F", result)
    expect(result).to_be_visible()
    return question


def shown_choices(page: Page) -> list[str]:
    """The choices of the multiple-choice question on screen, in the order shown."""
    buttons = page.get_by_role("button", name=re.compile(r"Shortcut [1-4]$"))
    expect(buttons).to_have_count(4)
    return [
        text.split("\n")[0].strip()
        for text in buttons.locator("[data-testid=stMarkdownContainer]").all_inner_texts()
    ]


def next_question(page: Page, *, number: int, total: int) -> None:
    expect(page.get_by_role("button", name=re.compile("^(Next question|See the score)"))).to_be_visible()
    after = (
        page.get_by_text(f"Question {number + 1} of {total}") if number < total else page.get_by_text("Done")
    )
    press_until(page, "Enter", after)


def top_nav(page: Page, name: str) -> None:
    page.get_by_test_id("stTopNav").get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(name if name != "Export" else "Export")


def choose(page: Page, label: str, *options: str) -> None:
    """Pick ``options`` in the multiselect labelled ``label``."""
    for option in options:
        page.locator("[data-testid=stMultiSelect]").filter(has_text=label).click()
        page.get_by_role("option", name=re.compile(rf"^{re.escape(option)}")).click()
        page.keyboard.press("Escape")
        expect(page.locator("[data-testid=stMultiSelect]").filter(has_text=option)).to_be_visible()


def saved_tab(server: Server, *, quiz_on: list[str], generated: list[Question]) -> str:
    """A tab's saved state (as a reload finds it): a quiz on ``quiz_on`` and generated items."""
    token = new_token()
    state = SavedSession(
        seed=1,
        quiz=quiz.start(quiz_on, now=datetime.now(UTC), seed=1),
        generated=generated,
        settings={"generate-deck-name": "Korea and Cuba, again"},
    )
    SessionStore(server.db).save(token, state, now=datetime.now(UTC))
    return token


__all__ = [
    "ANSWER_RESULT",
    "WAIT_MS",
    "Server",
    "answer_current",
    "choose",
    "click_until",
    "next_question",
    "open_app",
    "press_until",
    "saved_tab",
    "serve",
    "shown_choices",
    "start_quiz",
    "top_nav",
    "until_shown",
]
