"""Shared fixtures: a private copy of the sample bank and its settings for each test, the spaCy
model, and the browser of the browser tests (one per worker: Playwright's sync API runs one at a
time).

A test that needs the model is marked ``model``, so ``pytest -m "not model"`` is a fast loop: the
marker is added here to every test that uses the ``nlp`` fixture (directly or through another
fixture), and written out on tests that load it another way (through the app in AppTest, a
server or a process of their own).
A test not marked ``model`` that loads the model in this process fails, saying so."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, sync_playwright

from generator import analysis
from questions.settings import BANK_DIR_ENV, DEFAULT_BANK_DIR, PROGRESS_DB_ENV

if TYPE_CHECKING:
    from spacy.language import Language

    from questions.question import Question

    from .browser_pages import Server

REPO = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy model, loaded once per test process."""
    return analysis.load_model()


@pytest.fixture(scope="session")
def articles_top20(nlp: Language) -> dict[str, list[Question]]:
    """The top 20 items of every sample and quality-set article, by file name: made once per test
    process in one batch, for the generator's and the quality set's checks."""
    from generator import ArticleError, generate_many

    from .generator_support import QUALITY_ARTICLES, SAMPLES

    articles = SAMPLES + QUALITY_ARTICLES
    results = generate_many([path.read_bytes() for path in articles], now=datetime(2026, 11, 23, tzinfo=UTC))
    made = {}
    for path, result in zip(articles, results, strict=True):
        assert not isinstance(result, ArticleError), f"{path.name}: {result}"
        made[path.name] = result
    return made


@pytest.fixture(autouse=True)
def _model_only_where_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("model") is None:

        def refuse() -> Language:
            raise AssertionError(f"{request.node.nodeid} loads the spaCy model: mark it model, or use nlp")

        monkeypatch.setattr(analysis, "load_model", refuse)


@pytest.fixture
def bank_folder(tmp_path: Path) -> Path:
    """A copy of the shipped sample decks that a test may change freely."""
    folder = tmp_path / "bank"
    shutil.copytree(DEFAULT_BANK_DIR, folder)
    return folder


@pytest.fixture
def quiz_env(bank_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point the app and the CLI at a private bank and progress database."""
    database = tmp_path / "progress.sqlite3"
    monkeypatch.setenv(BANK_DIR_ENV, str(bank_folder))
    monkeypatch.setenv(PROGRESS_DB_ENV, str(database))
    return {"bank": bank_folder, "db": database}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """The app served on the sample decks, for the browser tests."""
    from .browser_pages import serve

    yield from serve(tmp_path)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    from .browser_support import launch_chromium

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
