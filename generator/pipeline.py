"""The generator's one entry point: an article in, ranked and sourced quiz items out.

ingest -> analyse -> sentences and answer phrases -> drafts of four kinds -> rank -> Question.
Pure apart from loading the model: the same input gives the same items, ids and order.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from functools import partial

from pydantic import ValidationError
from spacy.tokens import Doc

from generator.analysis import parse
from generator.answers import NOUN_PHRASE, answer_phrases, person_names
from generator.article import Article
from generator.distractors import Candidate
from generator.drafts import Draft, choice_drafts, drafts_for
from generator.errors import ArticleError
from generator.ingest import ingest
from generator.ranking import ArticleProfile, select
from generator.sentences import read_sentences
from questions.question import Kind, Question, Source, generated_question_id, utc_now

DEFAULT_LIMIT = 20
_log = logging.getLogger(__name__)


def generate(
    source: str | bytes,
    *,
    filename: str | None = None,
    limit: int = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
) -> list[Question]:
    """Quiz items for one article, best first. Raises ArticleError on input it cannot use.
    ``now`` stamps the items' creation time (default: the current time)."""
    article = ingest(source, filename=filename)
    return items(article, list(parse(article.paragraphs)), limit=limit, kinds=kinds, now=now)


def generate_many(
    sources: Sequence[str | bytes],
    *,
    limit: int = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
) -> list[list[Question] | ArticleError]:
    """Several articles in one call: their paragraphs go through spaCy in one batch.
    An article that cannot be used gives its ArticleError in its place; the others go on."""
    return generate_articles([ingested(source) for source in sources], limit=limit, kinds=kinds, now=now)


def ingested(source: str | bytes) -> Article | ArticleError:
    """The article, or the reason it cannot be used."""
    try:
        return ingest(source)
    except ArticleError as error:
        return error


def generate_articles(
    articles: Sequence[Article | ArticleError],
    *,
    limit: int = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
) -> list[list[Question] | ArticleError]:
    """``generate_many`` on articles already ingested (a caller that shows their warnings)."""
    paragraphs = [p for article in articles if isinstance(article, Article) for p in article.paragraphs]
    docs = iter(parse(paragraphs))
    results: list[list[Question] | ArticleError] = []
    for article in articles:
        if isinstance(article, ArticleError):
            results.append(article)
            continue
        article_docs = [next(docs) for _ in article.paragraphs]
        results.append(items(article, article_docs, limit=limit, kinds=kinds, now=now))
    return results


def items(
    article: Article,
    docs: Sequence[Doc],
    *,
    limit: int = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
) -> list[Question]:
    """Rank the drafts of an analysed article and give the best as Questions."""
    wanted = set(kinds) if kinds else set(Kind)
    people = person_names(docs)
    full_names = _full_names(docs)
    sentences = read_sentences(docs, full_names=full_names)
    phrases = {sentence.index: answer_phrases(sentence.span, people=people) for sentence in sentences}
    candidates = [
        Candidate(text=phrase.span(sentence.span.doc).text, label=phrase.label)
        for sentence in sentences
        for phrase in phrases[sentence.index]
        if phrase.label != NOUN_PHRASE
    ]
    seen_sentences: set[str] = set()
    drafts: list[Draft] = []
    for sentence in sentences:
        if not sentence.usable or sentence.text in seen_sentences:
            continue
        seen_sentences.add(sentence.text)
        for phrase in phrases[sentence.index]:
            drafts.extend(drafts_for(sentence, phrase))
    profile = ArticleProfile.of(article.title, sentences)
    chosen = select(
        drafts,
        profile,
        limit=limit,
        kinds=wanted,
        more_drafts=partial(choice_drafts, article_candidates=candidates, kinds=wanted),
    )
    return _valid_questions(chosen, article, created=now or utc_now())


def _valid_questions(
    chosen: Iterable[tuple[Draft, float]], article: Article, *, created: datetime
) -> list[Question]:
    """The chosen drafts as Questions. A draft that is not a valid question is dropped and logged,
    never raised: one bad draft must not lose the whole article."""
    questions = []
    for draft, value in chosen:
        try:
            questions.append(_question(draft, value, article, created=created))
        except ValidationError as error:
            _log.debug("dropped a draft that is not a valid question: %r (%s)", draft.prompt, error)
    return questions


def _full_names(docs: Sequence[Doc]) -> dict[str, str]:
    """Surname -> the fullest name the article gives that person ("Chepkoech" -> "Faith Chepkoech")."""
    names: dict[str, str] = {}
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ == "PERSON" and len(entity) > 1 and entity[-1].pos_ == "PROPN":
                surname = entity[-1].text
                if len(entity.text) > len(names.get(surname, "")):
                    names[surname] = entity.text
    return names


def _question(draft: Draft, value: float, article: Article, *, created: datetime) -> Question:
    sentence = draft.sentence
    offset = sentence.span.start_char + (len(sentence.span.text) - len(sentence.span.text.lstrip()))
    start = draft.phrase.span(sentence.span.doc).start_char - offset
    end = draft.phrase.span(sentence.span.doc).end_char - offset
    return Question(
        id=generated_question_id(
            article_id=article.article_id,
            sentence_index=sentence.index,
            answer=draft.answer_text,
            kind=draft.kind,
        ),
        kind=draft.kind,
        prompt=draft.prompt,
        answer=draft.answer,
        choices=list(draft.choices),
        tags=["generated"],
        source=Source(
            article_id=article.article_id,
            title=article.title,
            url=article.url,
            sentence=sentence.text,
            sentence_index=sentence.index,
            answer_start=start,
            answer_end=end,
        ),
        score=value,
        created=created,
        edited=created,
    )


__all__ = ["DEFAULT_LIMIT", "generate", "generate_articles", "generate_many", "ingested", "items"]
