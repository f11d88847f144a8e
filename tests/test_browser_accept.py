"""Accepting an article's items a second time, in real Chromium at phone width: its items are
replaced in their deck, or skipped when another deck holds them, with one summary line on screen
wherever the page is scrolled to, and never an empty deck file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from playwright.sync_api import Error as PlaywrightError

from questions.deck_file import read_deck
from questions.settings import DEFAULT_BANK_DIR

from .browser_pages import click_until
from .browser_support import ARTICLE_HTML, streamlit_app

pytestmark = [pytest.mark.browser, pytest.mark.model]
WAIT_MS = 30_000
GENERATE_MS = 120_000
PHONE = {"width": 390, "height": 844}
expect.set_options(timeout=WAIT_MS)


def generate(page: Page, article: Path) -> Locator:
    """Generate from ``article`` (uploaded if the uploader does not hold it); the "Accept all" button."""
    accept_all = page.get_by_role("button", name=re.compile(r"Accept all \(\d+\)"))
    button = page.get_by_role("button", name="Generate quiz items")
    for _ in range(5):  # a click lost in a rerun, or a run a rerun interrupts: ask again
        try:
            if not button.is_visible():
                page.get_by_text("Article", exact=True).click()  # the panel folds after a run
                expect(button).to_be_visible(timeout=5_000)  # unfolded: the uploader shows its file
            if not page.get_by_text(article.name).is_visible():
                page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(article)
                expect(page.get_by_text(article.name)).to_be_visible(timeout=10_000)
            button.click(timeout=5_000)
            expect(page.get_by_text("Generating quiz items").or_(accept_all)).to_be_visible(timeout=5_000)
            expect(accept_all).to_be_visible(timeout=GENERATE_MS)
        except (AssertionError, PlaywrightError):
            continue
        break
    expect(accept_all).to_be_visible()
    return accept_all


def discard(page: Page) -> None:
    """Discard the reviewed list: its "Accept all" button goes."""
    accept_all = page.get_by_role("button", name=re.compile(r"Accept all \(\d+\)"))
    for _ in range(8):  # under load a rerun can swallow a click, or outlast a short wait
        if accept_all.count() == 0:
            return
        try:
            page.get_by_role("button", name="Discard the list").click(timeout=10_000)
            expect(accept_all).to_have_count(0, timeout=10_000)
        except (AssertionError, PlaywrightError):
            continue
    expect(accept_all).to_have_count(0)


def choose_deck(page: Page, option: str) -> None:
    """Choose the deck in the select box, again if a rerun closed the list before the click."""
    box = page.get_by_label("Accepted items go into")
    for _ in range(5):
        try:
            box.click(timeout=5_000)
            page.get_by_role("option", name=option).click(timeout=5_000)
            expect(box).to_have_value(option, timeout=5_000)
        except (AssertionError, PlaywrightError):
            page.keyboard.press("Escape")
            continue
        return
    expect(box).to_have_value(option)


def accept_all_and_read(page: Page, accept_all: Locator, text: str) -> None:
    """Click "Accept all": the summary shows on screen, wherever the page is scrolled to."""
    toast = page.get_by_test_id("stToast").filter(has_text=text)
    click_until(accept_all, toast)
    expect(toast).to_be_in_viewport()


def test_accepting_an_article_again_replaces_or_skips_its_items_and_says_so(
    browser: Browser, tmp_path: Path
) -> None:
    bank = tmp_path / "bank"
    shutil.copytree(DEFAULT_BANK_DIR, bank)
    article = tmp_path / "floating-solar.html"
    article.write_text(ARTICLE_HTML)
    with streamlit_app(bank=bank, db=tmp_path / "progress.sqlite3", log=tmp_path / "streamlit.log") as url:
        page = browser.new_context(viewport=PHONE).new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(f"{url}/generate")

        accept_all = generate(page, article)
        name = page.get_by_label("New deck name")
        name.fill("Floating solar")
        name.press("Enter")
        click_until(accept_all, page.get_by_text(re.compile(r"^Added \d+ items to Floating solar\.$")))
        deck = bank / "floating-solar.yaml"
        first = [question.id for question in read_deck(deck).questions]
        assert len(first) >= 3

        discard(page)
        accept_all = generate(page, article)
        choose_deck(page, "Floating solar")
        expect(page.get_by_text("Already in Floating solar").first).to_be_visible()
        accept_all_and_read(page, accept_all, f"Added 0 items to Floating solar. Replaced {len(first)}.")
        assert [question.id for question in read_deck(deck).questions] == first
        expect(page.get_by_text(re.compile("already used in deck"))).to_have_count(0)

        discard(page)
        accept_all = generate(page, article)
        choose_deck(page, "A new deck")
        name = page.get_by_label("New deck name")
        name.fill("Second try")
        name.press("Enter")
        skipped = f"Added 0 items to Second try. Skipped {len(first)} already in another deck."
        accept_all_and_read(page, accept_all, skipped)
        assert not (bank / "second-try.yaml").exists(), "no empty deck file is left behind"
        assert sorted(path.name for path in bank.glob("*.yaml")) == [
            "floating-solar.yaml",
            "korea-cuba-missions.yaml",
            "korea-cuba-trade.yaml",
        ]
        page.context.close()
