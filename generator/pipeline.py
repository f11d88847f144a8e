"""The generator's one entry point: an article in, ranked and sourced quiz items out.

ingest -> analyse -> clean statements and sentences -> answer phrases worth asking -> cloze and
wh drafts -> rank -> select, drafting multiple choice and true/false only for the facts about to
be kept -> Question. Pure apart from loading the model: the same input gives the same items, ids
and order.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from pydantic import ValidationError
from spacy.tokens import Doc

from generator.analysis import parse
from generator.answers import answer_phrases, person_names
from generator.article import Article
from generator.distractors import Candidate
from generator.drafts import Draft, askable, choice_drafts, drafts_for, role_drafts
from generator.errors import ArticleError
from generator.ingest import ingest
from generator.people import doers, people_in_the_news
from generator.ranking import OVERRULABLE, ArticleProfile, Group, rank
from generator.selection import Selection, answer_key
from generator.sentences import read_sentences
from generator.worthiness import headline_subject
from questions.question import Kind, Question, Source, generated_question_id, utc_now

DEFAULT_LIMIT = 20
RESTATES_HEADLINE = 0.6
"""The share of the headline's words a sentence repeats from which it restates the headline."""
_log = logging.getLogger(__name__)


def generate(
    source: str | bytes,
    *,
    filename: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
    published: date | None = None,
) -> list[Question]:
    """Quiz items for one article, best first. Raises ArticleError on input it cannot use.
    ``now`` stamps the items' creation time (default: the current time); ``published`` is the
    article's date where the page gives none (a pasted text): "on Tuesday" and "last year" are
    written out against it instead of making their sentences vague."""
    return generate_with_warnings(
        source, filename=filename, limit=limit, kinds=kinds, now=now, published=published
    )[0]


def generate_with_warnings(
    source: str | bytes,
    *,
    filename: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
    published: date | None = None,
) -> tuple[list[Question], list[str]]:
    """``generate``, and what ingest changed that the user should know (a text cut to size)."""
    article = ingest(source, filename=filename)
    if published is not None and _date_of(article.published) is None:
        article = article.model_copy(update={"published": published.isoformat()})
    made = items(article, list(parse(article.paragraphs)), limit=limit, kinds=kinds, now=now)
    return made, article.warnings


def generate_many(
    sources: Sequence[str | bytes],
    *,
    limit: int | None = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
) -> list[list[Question] | ArticleError]:
    """Several articles in one call: their paragraphs go through spaCy in one batch.
    An article that cannot be used gives its ArticleError in its place; the others go on."""
    return generate_articles([ingested(source) for source in sources], limit=limit, kinds=kinds, now=now)


def ingested(source: str | bytes, *, filename: str | None = None) -> Article | ArticleError:
    """The article, or the reason it cannot be used. ``filename``'s extension tells the format."""
    try:
        return ingest(source, filename=filename)
    except ArticleError as error:
        return error


def generate_articles(
    articles: Sequence[Article | ArticleError],
    *,
    limit: int | None = DEFAULT_LIMIT,
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
    limit: int | None = DEFAULT_LIMIT,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
) -> list[Question]:
    """Rank the drafts of an analysed article and give the best as Questions."""
    wanted = set(kinds) if kinds else set(Kind)
    ranked = _ranked(article, docs)
    selection = Selection(limit=limit, kinds=wanted)
    choices: dict[int, list[Draft]] = {}

    def choices_of(number: int) -> list[Draft]:
        if number not in choices:
            choices[number] = ranked.choices(ranked.groups[number], kinds=wanted)
        return choices[number]

    taken: set[int] = set()
    for _ in range(2):  # the second pass fills what the one-item-per-sentence rule left open
        for number, group in enumerate(ranked.groups):
            if number in taken:
                continue
            if selection.offer(group, ranked.cheap(group), partial(choices_of, number)):
                taken.add(number)
            if selection.full:
                break
    return _valid_questions(selection.kept(), article, created=now or utc_now())


def candidate_items(
    source: str | bytes, *, filename: str | None = None, limit: int, per_sentence: int = 1
) -> list[tuple[Question, Group]]:
    """Up to ``limit`` facts in rank order, at most ``per_sentence`` a sentence and each answer
    once, but without the selection's other rules, and with the facts only an overrulable
    rule rejects (``ranking.OVERRULABLE``); each with its ranked group (features, overruled
    rule): the material raters label to fit the ranker and check the rules (``quality.rating``)."""
    article = ingest(source, filename=filename)
    ranked = _ranked(article, list(parse(article.paragraphs)), overgenerate=True)
    chosen: list[tuple[Draft, Group]] = []
    sentences: Counter[int] = Counter()
    answers: set[str] = set()
    preference = (Kind.MCQ, Kind.WH, Kind.CLOZE, Kind.TRUE_FALSE)
    for group in ranked.groups:
        if len(chosen) == limit:
            break
        if sentences[group.first.sentence.index] >= per_sentence or answer_key(group.first) in answers:
            continue
        options = {draft.kind: draft for draft in ranked.options(group, kinds=set(Kind))}
        if not options:
            continue  # no draft of the fact can be asked: none askable alone, no choices found
        order = preference if len(chosen) % 4 else (Kind.TRUE_FALSE, *preference)
        kind = next(k for k in order if k in options)
        chosen.append((options[kind], group))
        sentences[group.first.sentence.index] += 1
        answers.add(answer_key(group.first))
    created = utc_now()
    return [
        (question, group)
        for draft, group in chosen
        for question in _valid_questions([(draft, 0.0)], article, created=created)
    ]


@dataclass(frozen=True)
class _Ranked:
    """An analysed article's ranked facts, and what their choices may and may not be."""

    groups: list[Group]
    candidates: list[Candidate]
    never_choices: list[str]
    published: date | None
    lede: int | None = None
    """The index of the sentence that opens the story under a headline, which it restates."""

    def options(self, group: Group, *, kinds: Collection[Kind]) -> list[Draft]:
        """Every draft of the fact: ``cheap`` and ``choices``."""
        return [*self.cheap(group), *self.choices(group, kinds=kinds)]

    @staticmethod
    def cheap(group: Group) -> list[Draft]:
        """The fact's cloze and wh-question, made for every fact; none for a fact whose answer
        would be obvious (``Group.statement_only``), nor one that cannot be asked alone."""
        return [] if group.statement_only else [draft for draft in group.drafts.values() if askable(draft)]

    def choices(self, group: Group, *, kinds: Collection[Kind]) -> list[Draft]:
        """The fact's multiple choice and true/false, whose distractors are made only now, for the
        facts about to be kept; only true/false for a fact whose answer would be obvious, no
        true/false for a sentence that restates the headline, and no true statement of the lede,
        which tells the headline's news again in other words ("Twenty eight people have been
        arrested" under "Dozens held over ID fraud site"): raters of unseen BBC news accepted 2 of 6
        such, against 57 of 92 true statements of other sentences; its false version asks it."""
        if group.statement_only:
            kinds = set(kinds) & {Kind.TRUE_FALSE}
        if group.features["headline"] >= RESTATES_HEADLINE:
            kinds = set(kinds) - {Kind.TRUE_FALSE}  # true by the headline alone, false against it
        drafts = choice_drafts(
            list(group.drafts.values()),
            article_candidates=self.candidates,
            kinds=kinds,
            never_choices=self.never_choices,
            published=self.published,
        )
        if group.first.sentence.index == self.lede:
            drafts = [
                draft for draft in drafts if not (draft.kind is Kind.TRUE_FALSE and draft.answer is True)
            ]
        return drafts


def _ranked(article: Article, docs: Sequence[Doc], *, overgenerate: bool = False) -> _Ranked:
    people = person_names(docs)
    full_names = _full_names(docs)
    sentences = read_sentences(
        docs,
        full_names=full_names,
        published=_date_of(article.published),
        headline=article.title,
        writers=article.authors,
        every_problem=overgenerate,
    )
    phrases = {sentence.index: answer_phrases(sentence.span, people=people) for sentence in sentences}
    actors = doers(sentences)
    candidates = [
        Candidate(
            text=phrase.span(sentence.span.doc).text,
            label=phrase.label,
            doer=phrase.label == "PERSON" and sentence.span.doc[phrase.end - 1].text in actors,
        )
        for sentence in sentences
        for phrase in phrases[sentence.index]
    ]
    in_the_news = people_in_the_news(sentences)
    seen_sentences: set[str] = set()
    drafts: list[Draft] = []
    for sentence in sentences:
        drafts.extend(role_drafts(sentence, people=in_the_news))
        overrulable = all(problem.startswith(OVERRULABLE) for problem in sentence.problems)
        if not (sentence.usable or (overgenerate and overrulable)) or sentence.text in seen_sentences:
            continue
        seen_sentences.add(sentence.text)
        for phrase in phrases[sentence.index]:
            drafts.extend(drafts_for(sentence, phrase))
    profile = ArticleProfile.of(article.title, sentences)
    never_choices = [
        name
        for name in full_names.values()
        if headline_subject(name, "PERSON", headline_words=profile.headline_words)
    ]
    never_choices += article.authors
    groups = rank(drafts, profile, overgenerate=overgenerate)
    lede = next(
        (
            sentence.index
            for sentence in sentences
            if not any(problem.startswith("boilerplate") for problem in sentence.problems)
        ),
        None,
    )
    return _Ranked(
        groups, candidates, never_choices, _date_of(article.published), lede=lede if article.title else None
    )


def _valid_questions(
    chosen: list[tuple[Draft, float]], article: Article, *, created: datetime
) -> list[Question]:
    """The chosen drafts as Questions; a draft that is not a valid question is dropped and logged,
    never raised: one bad draft must not lose the article."""
    questions = []
    for draft, value in chosen:
        try:
            questions.append(_question(draft, value, article, created=created))
        except ValidationError as error:
            _log.debug("dropped a draft that is not a valid question (%s): %r", error, draft.prompt)
    return questions


def _date_of(published: str | None) -> date | None:
    """The article's date from an ISO 8601 date or timestamp; None when absent or unreadable."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _full_names(docs: Sequence[Doc]) -> dict[str, str]:
    """Surname -> the fullest name the article gives that person ("Chepkoech" -> "Faith Chepkoech").
    Not a "name" after "the", which runs a thing's name into a person's ("Captain of the Steve Irwin
    Paul Watson")."""
    names: dict[str, str] = {}
    for doc in docs:
        for entity in doc.ents:
            after_the = entity.start > 0 and doc[entity.start - 1].lower_ == "the"
            if entity.label_ == "PERSON" and len(entity) > 1 and entity[-1].pos_ == "PROPN" and not after_the:
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


__all__ = [
    "DEFAULT_LIMIT",
    "candidate_items",
    "generate",
    "generate_articles",
    "generate_many",
    "generate_with_warnings",
    "ingested",
    "items",
]
