"""The app in a real browser: `streamlit run app.py` driven through Debian's Chromium by Playwright."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions
from playwright.sync_api import Browser, Dialog, Page, expect

from questions.bank import load_bank
from questions.progress import ProgressStore
from questions.question import Kind

from .app_support import XSS_DECK
from .browser_pages import (
    WAIT_MS,
    Server,
    answer_current,
    click_until,
    next_question,
    open_app,
    serve,
    start_quiz,
)
from .browser_support import ARTICLE_HTML, ARTIFACTS

pytestmark = pytest.mark.browser
expect.set_options(timeout=WAIT_MS)


@pytest.fixture
def xss_server(tmp_path: Path) -> Iterator[Server]:
    yield from serve(tmp_path, decks={"xss.yaml": XSS_DECK}, samples=False)


def test_a_three_question_quiz_end_to_end(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url)
    questions = server.questions_by_prompt()
    start_quiz(page, count=3)
    asked = []
    for number in (1, 2, 3):
        question = answer_current(page, questions, right=number != 2)
        asked.append(question.id)
        expect(page.get_by_text("Right" if number != 2 else "Wrong", exact=True)).to_be_visible()
        if number == 2:
            expected = (
                question.answer_text.capitalize()
                if question.kind is Kind.TRUE_FALSE
                else question.answer_text
            )
            expect(page.locator("main strong").filter(has_text=expected).first).to_be_visible()
        next_question(page, number=number, total=3)
    expect(page.get_by_text("2 / 3")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile(r"Retry my mistakes \(1\)"))).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "quiz-three-questions.png", full_page=True)
    store = ProgressStore(server.db)
    assert store.answer_count() == 3
    assert [store.history(question_id)[0].correct for question_id in asked] == [True, False, True]
    page.context.close()


def test_two_tabs_answering_at_once_both_recorded(browser: Browser, server: Server) -> None:
    questions = server.questions_by_prompt()
    pages = [open_app(browser, server.url), open_app(browser, server.url)]
    for page in pages:
        start_quiz(page, count=4)
    asked: list[list[str]] = [[], []]
    for number in range(1, 5):
        for tab, page in enumerate(pages):
            asked[tab].append(answer_current(page, questions, right=number % 2 == 1).id)
        for page in pages:
            next_question(page, number=number, total=4)
    store = ProgressStore(server.db)
    assert store.answer_count() == 8
    for tab in (0, 1):
        for number, question_id in enumerate(asked[tab], start=1):
            assert any(record.correct == (number % 2 == 1) for record in store.history(question_id))
    for page in pages:
        expect(page.get_by_text("2 / 4")).to_be_visible()
        page.context.close()


def test_html_and_markdown_from_a_deck_stay_text_on_every_page(browser: Browser, xss_server: Server) -> None:
    page = open_app(browser, xss_server.url)
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    start_quiz(page, count=2)
    questions = xss_server.questions_by_prompt()
    for number in (1, 2):
        answer_current(page, questions, right=False)
        next_question(page, number=number, total=2)
    click_until(
        page.get_by_role("button", name=re.compile("Retry my mistakes")), page.get_by_text("Question 1 of 2")
    )
    for number in (1, 2):
        expect(page.get_by_text(f"Question {number} of 2")).to_be_visible()
        typed, choice = (
            page.get_by_label("Your answer"),
            page.get_by_role("button", name=re.compile("^plain")),
        )
        expect(typed.or_(choice)).to_be_visible()
        if typed.count():
            answer_current(page, questions, right=False)
            expect(page.get_by_text("They wrote <script>alert(3)</script> in it.")).to_be_visible()
            expect(page.get_by_text("From <img src=y onerror=alert(4)> **title**")).to_be_visible()
            prompt = re.compile(r"What is <img src=x onerror=alert\(1\)> and \*\*bold\*\*")
            expect(page.get_by_role("heading", name=prompt)).to_be_visible()
        else:
            expect(
                page.get_by_role("button", name=re.compile(r"\[link\]\(javascript:alert\(7\)\)"))
            ).to_be_visible()
            expect(page.get_by_role("button", name=re.compile(r"^\*\*bold\*\*"))).to_be_visible()
            answer_current(page, questions, right=False)
        assert_nothing_injected(page)
        next_question(page, number=number, total=2)
    for path in ("review", "progress", "bank", "generate", "export"):
        page.goto(f"{xss_server.url}/{path}")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        page.wait_for_load_state("networkidle")
        if path == "bank":
            expect(page.get_by_role("heading", name="Tricky <b>deck</b>")).to_be_visible()
            page.locator("[data-testid=stSelectbox]").filter(has_text="Edit a question").click()
            page.get_by_role("option").filter(has_text="What is <img").click()
            expect(page.get_by_label("Answer", exact=True).first).to_have_value("<script>alert(3)</script>")
        assert_nothing_injected(page)
    assert dialogs == []
    page.context.close()


def assert_nothing_injected(page: Page) -> None:
    assert page.locator("main img[src=x], main img[src=y]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert (
        page.locator("main b, main strong").filter(has_text=re.compile(r"^(deck|bold|one|title)$")).count()
        == 0
    )
    assert page.locator("main script").count() == 0


def test_the_anki_deck_downloads_and_imports_into_anki(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    page = open_app(browser, server.url, path="export")
    expect(page.get_by_text("16", exact=True)).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("button", name=re.compile(r"Download the Anki deck")).click()
    download = download_info.value
    assert download.suggested_filename == "news-quiz.apkg"
    package = tmp_path / "news-quiz.apkg"
    download.save_as(package)
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
        collection.import_anki_package(request)
        assert collection.note_count() == 16
        decks = {deck.name for deck in collection.decks.all_names_and_ids()}
        assert {"South Korea and Cuba open missions", "Korea and Cuba before the embassies"} <= decks
    finally:
        collection.close()
    page.context.close()


@pytest.mark.model
def test_generate_from_an_uploaded_page_then_find_the_items_in_the_quiz(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    article = tmp_path / "floating-solar.html"
    article.write_text(ARTICLE_HTML)
    before = sorted(path.name for path in server.bank.iterdir())
    page = open_app(browser, server.url, path="generate")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(article)
    expect(page.get_by_text("floating-solar.html")).to_be_visible()
    accept_all = page.get_by_role("button", name=re.compile(r"Accept all \(\d+\)"))
    click_until(
        page.get_by_role("button", name="Generate quiz items"),
        page.get_by_text("Generating quiz items").or_(accept_all),
    )
    expect(accept_all).to_be_visible(timeout=120_000)
    assert sorted(path.name for path in server.bank.iterdir()) == before, "nothing written before acceptance"
    name = page.get_by_label("New deck name")
    name.fill("Floating solar")
    name.press("Enter")
    click_until(accept_all, page.get_by_text(re.compile(r"^Added \d+ items? to Floating solar\.")))
    entry = load_bank(server.bank).entry("floating-solar")
    accepted = entry.deck.questions
    assert accepted
    page.goto(server.url)
    decks = page.get_by_role("combobox", name="Decks")
    decks.click()
    decks.fill("Floating solar")  # typed, not clicked: a rerun can shift the list under the pointer
    page.get_by_role("option", name="Floating solar").press("Enter")
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name=re.compile(r"^Remove Floating solar"))).to_be_visible()
    expect(page.get_by_text(re.compile(rf"the quiz asks {min(10, len(accepted))}\."))).to_be_visible()
    click_until(page.get_by_role("button", name="Start the quiz"), page.get_by_text("Question 1 of"))
    prompt = page.locator("h4").first
    expect(prompt).to_be_visible()
    assert prompt.inner_text().strip() in {question.prompt for question in accepted}
    expect(page.get_by_text("Floating solar ·")).to_be_visible()
    page.context.close()
