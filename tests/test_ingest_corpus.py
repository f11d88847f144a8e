"""The 49 real news pages of ../shared/corpus/: each is read, none refused, the body kept, furniture left out."""

from __future__ import annotations

from functools import cache

import pytest

from benchmarks.extraction import mean_f1, pages, score, truth
from generator.article import Article
from generator.boilerplate import LineKind, classify
from generator.dateline import strip_dateline
from generator.ingest import ingest

MIN_MEAN_F1 = 0.96
"""Token F1 against the marked bodies, over all pages (bare trafilatura: 0.969)."""
MIN_PAGE_F1 = 0.6


@cache
def corpus() -> dict[str, Article]:
    return {page.name: ingest(page.read_bytes(), filename=page.name) for page in pages()}


def test_the_corpus_is_there_to_check() -> None:
    assert len(corpus()) == 49


def test_every_page_keeps_most_of_its_article_text() -> None:
    scores = {page.name: score(corpus()[page.name].text, truth(page)) for page in pages()}
    assert mean_f1(list(scores.values())) >= MIN_MEAN_F1
    assert [name for name, page_score in scores.items() if page_score.f1 < MIN_PAGE_F1] == []


@pytest.mark.parametrize("name", [page.name for page in pages()])
def test_no_paragraph_of_a_real_page_is_furniture(name: str) -> None:
    article = corpus()[name]
    assert article.title
    for paragraph in article.paragraphs:
        assert strip_dateline(paragraph) == paragraph, f"dateline left in {paragraph!r}"
        assert classify(paragraph) in {LineKind.BODY, LineKind.FRAGMENT}, paragraph
