"""Every real news page of ``../shared/corpus/`` generates: one bad draft never loses an article."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from generator import ArticleError, generate
from generator.analysis import parse
from generator.answers import answer_phrases, person_names
from generator.article import Article
from generator.drafts import Draft, drafts_for
from generator.ingest import ingest
from generator.pipeline import _valid_questions, candidate_items
from generator.sentences import Sentence, read_sentences
from quality.corpus import CORPUS, Page, is_real_question, pages
from questions.question import BLANK, Kind

NOW = datetime(2026, 11, 29, tzinfo=UTC)
PAGES = pages()


@pytest.mark.model
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.number)
def test_a_real_page_generates_or_is_refused_with_a_message(page: Page) -> None:
    try:
        items = generate(page.read(), filename=page.html.name, limit=10)
    except ArticleError as error:
        assert str(error), page
        return
    for item in items:
        assert item.kind != "cloze" or item.prompt.count(BLANK) == 1, item.prompt
    sentences = [item.source.sentence_index for item in items if item.source]
    assert len(sentences) == len(set(sentences)), "two of the top 10 from one sentence"
    real = [item for item in items if is_real_question(item)]
    assert len(real) >= 0.4 * len(items), [item.prompt for item in items]


@pytest.mark.model
def test_a_draft_that_is_no_valid_question_is_dropped_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    """A cloze whose blank went missing (its answer sat in a dateline) used to lose the article."""
    article = ingest(
        "Council budget\n\nThe city council approved a budget of $2 million for the new library."
    )
    draft = _first_cloze(article)
    broken = replace(draft, prompt="A cloze prompt that lost its blank.")
    with caplog.at_level(logging.DEBUG, logger="generator.pipeline"):
        kept = _valid_questions([(broken, 1.0), (draft, 0.5)], article, created=NOW)
    assert [question.prompt for question in kept] == [draft.prompt]
    assert "dropped a draft" in caplog.text


def _first_cloze(article: Article) -> Draft:
    docs = list(parse(article.paragraphs))
    people = person_names(docs)
    for sentence in read_sentences(docs, full_names={}):
        for phrase in answer_phrases(sentence.span, people=people):
            for draft in drafts_for(sentence, phrase):
                if draft.kind is Kind.CLOZE:
                    return draft
    raise AssertionError("no cloze draft in the sample text")


def test_the_corpus_is_there() -> None:
    assert len(PAGES) == 49 and all(page.html.is_file() and page.body.is_file() for page in PAGES), CORPUS


@pytest.mark.model
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.number)
def test_the_first_problem_judges_a_sentence_as_every_problem_does(page: Page) -> None:
    """Generating stops at a sentence's first problem: what it decides (asked or not, page
    furniture or not) must be what the full list of problems decides, on real pages."""
    article = ingest(page.read(), filename=page.html.name)
    docs = list(parse(article.paragraphs))
    every = read_sentences(docs, full_names={}, headline=article.title, writers=article.authors)
    first = read_sentences(
        docs, full_names={}, headline=article.title, writers=article.authors, every_problem=False
    )
    assert len(first) == len(every) > 0
    for short, full in zip(first, every, strict=True):
        assert set(short.problems) <= set(full.problems), full.text
        assert short.usable == full.usable, (full.text, full.problems)
        assert _furniture(short) == _furniture(full), (full.text, full.problems)
    assert any(len(full.problems) > len(short.problems) for short, full in zip(first, every, strict=True))


def _furniture(sentence: Sentence) -> bool:
    return any(problem.startswith("boilerplate") for problem in sentence.problems)


@pytest.mark.model
@pytest.mark.parametrize("number", ["01", "03", "06"])
def test_the_candidates_for_rating_skip_a_fact_with_no_askable_draft(number: str) -> None:
    """These tuning pages each hold a ranked fact none of whose drafts can be asked; the raters'
    material is made all the same, two facts a sentence at most."""
    [page] = pages((number,))
    found = candidate_items(page.read(), filename=page.html.name, limit=30, per_sentence=2)
    assert found
    per_sentence = Counter(question.source.sentence_index for question, _ in found if question.source)
    assert max(per_sentence.values()) <= 2, per_sentence
