"""The app in a real browser as a learner who knows Anki and Quizlet expects it (issue 12): keys, kept
settings and places, shuffled choices, direct links, a compact review list, and screenshots of the
learning pages."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from questions.bank import load_bank
from questions.grading import grade
from questions.progress import ProgressStore

from .browser_pages import (
    ANSWER_RESULT,
    WAIT_MS,
    Server,
    answer_current,
    choose,
    click_until,
    next_question,
    open_app,
    press_until,
    saved_tab,
    shown_choices,
    start_quiz,
    top_nav,
    until_passes,
    until_shown,
)
from .browser_support import ARTIFACTS

pytestmark = pytest.mark.browser
expect.set_options(timeout=WAIT_MS)
SCREEN_WIDTHS = (1280, 390)


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


def test_the_add_tab_stays_open_for_the_next_question(browser: Browser, server: Server) -> None:
    page = open_app(browser, server.url, path="bank")
    add_tab = page.get_by_role("tab", name="Add a question")
    add_tab.click()
    prompt_box = page.get_by_role("textbox", name="Prompt")
    for prompt in ("Who opened the first embassy?", "Who opened the second embassy?"):
        expect(add_tab).to_have_attribute("aria-selected", "true")

        def add_question(prompt: str = prompt) -> None:
            prompt_box.fill(prompt)
            page.get_by_label("Answer", exact=True).fill("Seoul")
            page.get_by_role("button", name="Add the question").click(timeout=5_000)

        until_passes(
            add_question, lambda ms: expect(prompt_box).to_have_value("", timeout=ms)
        )  # starts afresh
        expect(add_tab).to_have_attribute("aria-selected", "true")
    prompts = {question.prompt for _, question in load_bank(server.bank).questions()}
    assert {"Who opened the first embassy?", "Who opened the second embassy?"} <= prompts
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

    def click_second_row() -> None:
        box = table.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + 300, box["y"] + GRID_ROW_PX * 2.5)  # a cell of the second row

    until_shown(click_second_row, save)
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
