"""The app in a real browser: `streamlit run app.py` driven through Debian's Chromium by Playwright."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions
from playwright.sync_api import Browser, Dialog, Locator, Page, expect
from playwright.sync_api import Error as PlaywrightError

from questions import quiz
from questions.bank import load_bank
from questions.grading import grade
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.resume import SavedSession, SessionStore, new_token
from questions.settings import DEFAULT_BANK_DIR

from .browser_support import ARTICLE_HTML, ARTIFACTS, streamlit_app
from .test_app import XSS_DECK

pytestmark = pytest.mark.browser
WAIT_MS = 30_000
ANSWER_RESULT = re.compile(r"^(Right|Wrong|Counted as right)")
expect.set_options(timeout=WAIT_MS)


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


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    yield from serve(tmp_path)


@pytest.fixture
def xss_server(tmp_path: Path) -> Iterator[Server]:
    yield from serve(tmp_path, decks={"xss.yaml": XSS_DECK}, samples=False)


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
    for _ in range(5):
        box.fill(str(count))
        box.press("Enter")
        try:
            expect(asks).to_be_visible(timeout=3_000)
        except AssertionError:
            continue
        break
    expect(asks).to_be_visible()
    click_until(page.get_by_role("button", name="Start the quiz"), page.get_by_text(f"Question 1 of {count}"))


def press_until(page: Page, key: str, shown: Locator) -> None:
    """Press a keyboard shortcut until ``shown`` appears: a shortcut pressed in the instant between
    a button appearing and its key being bound does nothing, as for a person, so press again."""
    for _ in range(5):
        page.locator("body").press(key)
        try:
            expect(shown).to_be_visible(timeout=3_000)
        except AssertionError:
            continue
        return
    expect(shown).to_be_visible()


def click_until(button: Locator, shown: Locator) -> None:
    """Click until ``shown`` appears: a click in the instant a button is re-rendered can be lost.
    The app's callbacks ignore a click that arrives after the state it was meant for."""
    for _ in range(5):
        if shown.is_visible():
            return
        try:
            button.click(timeout=5_000)
            expect(shown).to_be_visible(timeout=3_000)
        except (AssertionError, PlaywrightError):
            continue
        return
    expect(shown).to_be_visible()


def answer_current(page: Page, questions: dict[str, Question], *, right: bool) -> Question:
    """Answer the question on screen, with the keyboard: Enter for typed answers, 1-4 for choices,
    T or F for true/false."""
    typed = page.get_by_label("Your answer")
    first_button = page.get_by_role("button", name=re.compile(r"Shortcut [1T]$"))
    expect(typed.or_(first_button)).to_be_visible()  # the question's widgets come after its prompt
    question = questions[page.locator("h4").first.inner_text().strip()]
    result = page.get_by_text(ANSWER_RESULT).first
    if question.kind in (Kind.WH, Kind.CLOZE):
        for _ in range(5):
            if result.is_visible() or not typed.is_visible():
                break
            typed.fill(question.answer_text if right else "certainly not this")
            typed.press("Enter")
            try:
                expect(result).to_be_visible(timeout=3_000)
            except AssertionError:
                continue
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
    page.locator("[data-testid=stMultiSelect]").filter(has_text="Decks").click()
    page.get_by_role("option", name="Floating solar").click()
    page.keyboard.press("Escape")
    expect(page.get_by_text(re.compile(rf"the quiz asks {min(10, len(accepted))}\."))).to_be_visible()
    click_until(page.get_by_role("button", name="Start the quiz"), page.get_by_text("Question 1 of"))
    prompt = page.locator("h4").first
    expect(prompt).to_be_visible()
    assert prompt.inner_text().strip() in {question.prompt for question in accepted}
    expect(page.get_by_text("Floating solar ·")).to_be_visible()
    page.context.close()


# What a learner who knows Anki and Quizlet expects (issue 12)


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


def test_quiz_settings_survive_other_pages_and_a_new_quiz(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url)
    choose(page, "Decks", "Korea and Cuba before the embassies")
    expect(page.get_by_text(re.compile(r"^6 questions match: the quiz asks 6\."))).to_be_visible()
    box = page.get_by_label("Number of questions")
    box.fill("4")
    box.press("Enter")
    expect(page.get_by_text("6 questions match: the quiz asks 4.")).to_be_visible()
    for other in ("Review", "Bank", "Quiz"):
        top_nav(page, other)
    expect(page.get_by_text("6 questions match: the quiz asks 4.")).to_be_visible()
    expect(box).to_have_value("4")
    click_until(page.get_by_role("button", name="Start the quiz"), page.get_by_text("Question 1 of 4"))
    top_nav(page, "Progress")
    top_nav(page, "Quiz")
    expect(page.get_by_text("Question 1 of 4")).to_be_visible()
    click_until(page.get_by_role("button", name="End quiz"), page.get_by_text("Done"))
    click_until(
        page.get_by_role("button", name="New quiz"), page.get_by_role("button", name="Start the quiz")
    )
    expect(page.get_by_text("6 questions match: the quiz asks 4.")).to_be_visible()
    expect(
        page.locator("[data-testid=stMultiSelect]").filter(has_text="Korea and Cuba before")
    ).to_be_visible()
    page.context.close()


def test_typed_answers_need_no_mouse_three_questions_in_a_row(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url)
    questions = server.questions_by_prompt()
    choose(page, "Kinds", "short answer", "fill in the blank")
    start_quiz(page, count=3)
    for number in (1, 2, 3):
        typed = page.get_by_label("Your answer")
        expect(typed).to_be_focused()  # no click: the answer box has the keyboard
        question = questions[page.locator("h4").first.inner_text().strip()]
        page.keyboard.type(question.answer_text)
        press_until(page, "Enter", page.get_by_text("Right", exact=True))
        after = page.get_by_text(f"Question {number + 1} of 3") if number < 3 else page.get_by_text("Done")
        press_until(page, "Enter", after)
    expect(page.get_by_text("3 / 3")).to_be_visible()
    assert ProgressStore(server.db).answer_count() == 3
    page.context.close()


GRID_ROW_PX = 35
"""The height of a row (and of the header) in Streamlit's dataframe."""


def test_a_click_on_a_row_opens_it_under_its_table_and_a_save_keeps_the_place(
    browser: Browser, server: Server
) -> None:
    question = load_bank(server.bank).entry("korea-cuba-trade").deck.questions[1]
    page = open_app(browser, server.url, path="bank")
    grid = page.locator("[data-testid=stDataFrame]")
    expect(grid).to_have_count(2)
    table = grid.nth(1)  # the second deck's: the page is scrolled down to it
    table.scroll_into_view_if_needed()
    save = page.get_by_role("button", name="Save")
    for _ in range(5):  # a click during a rerun can be lost
        box = table.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + 300, box["y"] + GRID_ROW_PX * 2.5)  # a cell of the second row
        try:
            expect(save).to_be_visible(timeout=3_000)
        except AssertionError:
            continue
        break
    expect(page.get_by_text(f"id {question.id}")).to_be_in_viewport()  # the editor opens under the click
    page.get_by_role("textbox", name="Prompt").fill(question.prompt + " (edited)")
    save.scroll_into_view_if_needed()
    main = page.locator("[data-testid=stMain]")
    before = main.evaluate("main => main.scrollTop")
    assert before > 0, "the page is scrolled down to the second table"
    save.click()
    expect(page.get_by_text("Saved to korea-cuba-trade.yaml")).to_be_visible()
    found = load_bank(server.bank).find(question.id)
    assert found is not None and found[1].prompt == question.prompt + " (edited)"
    assert abs(main.evaluate("main => main.scrollTop") - before) < 10, "the page stays where it was"
    expect(save).to_be_in_viewport()
    page.context.close()


def test_the_add_tab_stays_open_for_the_next_question(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url, path="bank")
    add_tab = page.get_by_role("tab", name="Add a question")
    add_tab.click()
    for prompt in ("Who opened the first embassy?", "Who opened the second embassy?"):
        expect(add_tab).to_have_attribute("aria-selected", "true")
        page.get_by_role("textbox", name="Prompt").fill(prompt)
        page.get_by_label("Answer", exact=True).fill("Seoul")
        page.get_by_role("button", name="Add the question").click()
        expect(page.get_by_role("textbox", name="Prompt")).to_have_value("")  # added: the form starts afresh
        expect(add_tab).to_have_attribute("aria-selected", "true")
    prompts = {question.prompt for _, question in load_bank(server.bank).questions()}
    assert {"Who opened the first embassy?", "Who opened the second embassy?"} <= prompts
    page.context.close()


def test_a_quiz_ended_part_way_or_reloaded_keeps_its_place(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url)
    questions = server.questions_by_prompt()
    start_quiz(page, count=5)
    first = answer_current(page, questions, right=True)
    next_question(page, number=1, total=5)
    page.reload()
    expect(page.get_by_text("Question 2 of 5")).to_be_visible()
    expect(page.get_by_label("Number of questions")).to_have_count(0)
    click_until(page.get_by_role("button", name="End quiz"), page.get_by_text("Done"))
    expect(page.get_by_text("1 / 1")).to_be_visible()
    expect(page.get_by_text("Ended after 1 of 5 questions.")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Ended after 1 of 5 questions.")).to_be_visible()
    [record] = [record for record in ProgressStore(server.db).history(first.id)]
    assert record.correct
    page.context.close()


def test_choices_come_in_another_order_in_another_quiz(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url)
    choose(page, "Kinds", "multiple choice")
    orders: list[dict[str, list[str]]] = []
    for _ in range(2):
        start_quiz(page, count=3)
        shown: dict[str, list[str]] = {}
        for number in (1, 2, 3):
            shown[page.locator("h4").first.inner_text().strip()] = shown_choices(page)
            press_until(page, "1", page.get_by_text(ANSWER_RESULT).first)
            next_question(page, number=number, total=3)
        orders.append(shown)
        click_until(
            page.get_by_role("button", name="New quiz"), page.get_by_role("button", name="Start the quiz")
        )
    assert orders[0].keys() == orders[1].keys()
    assert orders[0] != orders[1], "a new quiz shows the choices in a new order"
    page.context.close()


SCREEN_WIDTHS = (1280, 390)


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


def test_screenshots_of_the_learning_pages_wide_and_narrow_light_and_dark(
    browser: Browser, server: Server
) -> None:
    bank = load_bank(server.bank)
    progress = ProgressStore(server.db)
    for days_ago, (question_id, given) in enumerate(
        [("kc-un-city", "Boston"), ("kt-exports-2023", "$14 million")]
    ):
        found = bank.find(question_id)
        assert found is not None
        entry, question = found
        progress.record_answer(
            question=question,
            deck=entry.deck.name,
            given=given,
            verdict=grade(question, given),
            answered_at=datetime.now(UTC) - timedelta(days=days_ago + 1),
        )
    with_source = [question for _, question in bank.questions() if question.source is not None][:3]
    generated = [question.model_copy(update={"id": f"new-{question.id}"}) for question in with_source]
    ARTIFACTS.mkdir(exist_ok=True)
    for width in SCREEN_WIDTHS:
        for scheme in ("light", "dark"):
            phone = width < 600
            context = browser.new_context(
                viewport={"width": width, "height": 1600},
                color_scheme=scheme,
                is_mobile=phone,
                has_touch=phone,
            )
            page = context.new_page()
            page.set_default_timeout(WAIT_MS)
            token = saved_tab(
                server, quiz_on=["kc-relations-date", "kc-north-ties-year"], generated=generated
            )

            def shoot(name: str, page: Page = page, width: int = width, scheme: str = scheme) -> None:
                page.wait_for_load_state("networkidle")
                page.screenshot(path=ARTIFACTS / f"{name}-{width}-{scheme}.png", full_page=True)

            page.goto(f"{server.url}/?session={token}")
            expect(page.get_by_label("Your answer")).to_be_focused()
            expect(page.get_by_role("button", name="Deploy")).to_have_count(0)  # no developer toolbar
            shoot("quiz")
            page.keyboard.type("March 3")
            page.keyboard.press("Enter")
            expect(page.get_by_text("Wrong", exact=True)).to_be_visible()
            hint = page.locator("main kbd").first  # "Enter" on the Next button
            if phone:
                expect(hint).to_be_hidden()
            else:
                expect(hint).to_be_visible()
            shoot("feedback")
            page.goto(f"{server.url}/review?session={token}")  # narrow: no top bar
            click_until(
                page.get_by_role("button", name=re.compile(r"^Review \d")), page.get_by_text("Review 1 of")
            )
            typed = page.get_by_label("Your answer")
            if typed.count():
                page.keyboard.type("New York")
                page.keyboard.press("Enter")
            else:
                press_until(page, "1", page.get_by_text(ANSWER_RESULT).first)
            expect(page.get_by_role("button", name=re.compile("^Next: rate it"))).to_be_visible()
            shoot("review")
            page.goto(f"{server.url}/progress?session={token}")  # narrow: no top bar
            expect(page.locator("[data-testid=stVegaLiteChart]")).to_have_count(4)
            shoot("progress")
            page.goto(f"{server.url}/generate?session={token}")  # narrow: no top bar
            expect(page.get_by_role("button", name=re.compile(r"Accept all \(\d+\)"))).to_be_visible()
            shoot("generate")
            context.close()
    assert len(list(ARTIFACTS.glob("*-390-dark.png"))) >= 5


def test_twenty_generated_items_take_under_300_px_each(browser: Browser, server: Server) -> None:
    """The review list is compact: an item's buttons share a line with its kind, the answer follows
    the prompt, the source sentence is small print (these 20 took 7,700 px; now about 4,700)."""
    with_source = [question for _, question in load_bank(server.bank).questions() if question.source]
    generated = [
        question.model_copy(update={"id": f"new-{number}-{question.id}"})
        for number, question in enumerate((with_source * 20)[:20])
    ]
    token = saved_tab(server, quiz_on=[], generated=generated)
    page = open_app(browser, server.url, path=f"generate?session={token}")
    expect(page.get_by_role("button", name="Accept all (20)")).to_be_visible()
    expect(page.get_by_role("button", name="Reject")).to_have_count(20)
    height = page.locator("[data-testid=stMain]").evaluate("main => main.scrollHeight")
    assert height < 20 * 300, height
    page.context.close()


def test_direct_links_open_their_page_with_the_navigation(browser: Browser, server: Server) -> None:
    for path, title in (("bank", "Bank"), ("progress", "Progress"), ("export", "Export to Anki")):
        page = open_app(browser, server.url, path=path)  # "bank" is the fresh server's first page
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        expect(page.get_by_test_id("stTopNav").get_by_role("link", name="Quiz")).to_be_visible()
        expect(page).to_have_url(re.compile(rf"/{path}\?session="))
        page.context.close()
