"""Ranking: how central a fact is to the article and how well it can be asked.

Drafts are grouped by (sentence, answer): one fact, which may be asked as a cloze, a
wh-question, multiple choice or true/false. A group's score is a linear model over named
features, each in [0, 1] (``features``); its weights are data (``ranker.json`` beside this
module), so a ranker trained offline on rated items replaces them without touching code:
- ``answer_type``: how worth learning the answer's type is (people, dates, amounts, places).
- ``position`` and ``lede``: news puts the key facts first (the inverted pyramid).
- ``headline``: the share of the headline's words the sentence repeats: the main event.
- ``keywords``: the share of the sentence's content words among the article's most frequent.
- ``recurring``: the article names the answer more than once: a thing it comes back to.
- ``figure``: an amount with its unit (money, a percentage, "300 workers").
- ``question``: a wh-question could be made: a real question, not only a blank.
- ``attributed``: reported speech whose attribution stays: a claim, not a fact.
- ``long``: how far past 25 words the shortest prompt runs (up to 25 more).
What raters reject an item for shows in the sentence as well, so these are features too:
- ``names``: proper nouns the prompt keeps besides the answer (a specific prompt, not a vague one).
- ``pronoun``: a pronoun or "this"/"that" the statement leaves unresolved (vague).
- ``simplified``: the share of the sentence the clean statement drops (a risk to its grammar).
- ``numbers``: other numbers in the statement (a score line, a table read aloud: trivia).
- ``numeric_article``: the share of the article's sentences with three numbers or more (a
  results roundup or a police log, whose figures are trivia).
- ``answer_long``: answers of several words (hard to type, often a description, not a fact).
- ``answer_common``: how common the answer's words are (common words: obvious or generic).
- ``quoted``: the statement keeps a quotation (an opinion, not a fact).
- ``short``: a statement of under ten words (too little to answer from).
- ``first_person``: "I", "we" or "our" outside a quotation: the writer's voice, not news.
- ``subject``: the answer is who or what the clause is about (its subject).
Answers that are not worth asking (see ``worthiness``) never form a group. Ties break by
position: same input, same order.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from spacy.tokens import Span
from wordfreq import zipf_frequency

from generator.analysis import entities, tokens_of
from generator.answers import DURATION, NAME_LABELS
from generator.drafts import Draft
from generator.sentences import Sentence
from generator.statements import QUOTE_MARKS
from generator.worthiness import headline_subject, rejection
from questions.question import Kind

ANSWER_TYPE = {
    "PERSON": 1.0, "MONEY": 0.95, "DATE": 0.9, "CARDINAL": 0.8, "PERCENT": 0.9, "QUANTITY": 0.85, "GPE": 0.75,
    "ORG": 0.8, "EVENT": 0.8, "LOC": 0.7, "FAC": 0.6, "WORK_OF_ART": 0.85, "LAW": 0.8,
    "PRODUCT": 0.6, DURATION: 0.75,
}  # fmt: skip
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", DURATION})
KEYWORDS = 12
NUMERIC_SENTENCE = 3
UNRESOLVED = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that", "these", "those"}
)
FIRST_PERSON = frozenset({"i", "we", "our", "my", "us", "me"})
LEDE_SENTENCES = 3
LONG_PROMPT, LONG_RANGE = 25, 25
OVERRULABLE = (
    "vague",
    "a claim",
    "obvious: the headline's subject",
    "obvious: the article's own subject",
    "obvious: a name everyone knows",
    "obvious: one of a pair or list",
    "obvious: a nationality",
    "obvious: general knowledge",
    "trivial: a name used as a modifier",
)
"""The judgements of ``sentences`` and ``worthiness`` that raters are asked to check: rating
material may include the facts they reject (``rank(overgenerate=True)``), each marked with its
rule, so the ratings say how often each rule is right."""
SUBJECT_MENTIONS = 5
"""A name the article gives this often is what it is about: a reader knows it without being asked
(raters accepted 3 of 66 such answers on the tuning pages, against 75 of 394 of names given less)."""
OBVIOUS_ANSWER = tuple(rule for rule in OVERRULABLE if rule.startswith("obvious:"))
"""Judgements of the answer alone, not of the sentence: a true/false statement, which shows the
answer rather than asks for it, may still ask the fact (raters accepted 17 of 22 such on the
tuning pages, against 9 of 44 of the blanks and choices those rules reject)."""


@cache
def weights() -> dict[str, float]:
    """The ranker's weights by feature name, and ``bias``."""
    loaded: dict[str, float] = json.loads((files(__package__) / "ranker.json").read_text())["weights"]
    return loaded


@dataclass(frozen=True)
class ArticleProfile:
    """What the features compare a draft with: the headline's words and the article's keywords."""

    headline_words: frozenset[str]
    keywords: frozenset[str]
    sentence_count: int
    mentions: Counter[str]
    numeric_share: float

    @classmethod
    def of(cls, title: str, sentences: Sequence[Sentence]) -> ArticleProfile:
        words = Counter(
            token.lemma_.lower()
            for sentence in sentences
            for token in tokens_of(sentence.span)
            if token.is_alpha and not token.is_stop and token.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}
        )
        mentions: Counter[str] = Counter()
        for sentence in sentences:
            for entity in entities(sentence.span):
                mentions[_bare(entity.text)] += 1
                if entity.label_ == "PERSON" and len(entity) > 1:
                    mentions[_bare(entity[-1].text)] += 1
        figures = [sum(token.like_num for token in tokens_of(sentence.span)) for sentence in sentences]
        numeric = sum(count >= NUMERIC_SENTENCE for count in figures)
        return cls(
            numeric_share=numeric / max(len(sentences), 1),
            headline_words=frozenset(_headline_word(word) for word in title.split()),
            keywords=frozenset(word for word, _ in words.most_common(KEYWORDS)),
            sentence_count=max(len(sentences), 1),
            mentions=mentions,
        )


@dataclass(frozen=True)
class Group:
    """One fact of one sentence, the drafts that could ask it, and how it ranks."""

    drafts: dict[Kind, Draft]
    features: dict[str, float]
    score: float
    overruled: str | None = None
    """The rule that rejects the fact, when it was kept to be rated all the same."""
    statement_only: bool = False
    """The answer would be obvious as a blank or a choice, but the statement is a fact to learn:
    asked only as true/false, which shows the answer rather than asking for it."""

    @property
    def first(self) -> Draft:
        return next(iter(self.drafts.values()))


@dataclass(frozen=True)
class _Word:
    """What the features read of one word of a statement."""

    i: int
    punct: bool
    name: bool
    number: bool
    unresolved: bool
    first_person: bool


@dataclass(frozen=True)
class _Reading:
    """What the features read of a statement, whatever its answer: read once a sentence."""

    words: tuple[_Word, ...]
    content: tuple[str, ...]
    """The lemmas of its content words."""
    repeated: frozenset[str]
    """Its content words and their lemmas, to compare with the headline."""
    quoted: bool


def _read(sentence: Sentence) -> _Reading:
    words: list[_Word] = []
    content: list[str] = []
    repeated: set[str] = set()
    for token in sentence.kept:
        lower = token.lower_
        words.append(
            _Word(
                token.i,
                token.is_punct,
                token.pos_ == "PROPN",
                token.like_num,
                lower in UNRESOLVED
                and token.i not in sentence.replacements
                and token.dep_ not in {"mark", "expl"}
                and not (lower == "that" and token.tag_ in {"IN", "WDT"}),
                lower in FIRST_PERSON and token.pos_ == "PRON",
            )
        )
        if token.is_alpha and not token.is_stop:
            lemma = token.lemma_.lower()
            content.append(lemma)
            repeated.update((lower, lemma, _stem(lower)))
    quoted = any(mark in sentence.text for mark in QUOTE_MARKS)
    return _Reading(tuple(words), tuple(content), frozenset(repeated), quoted)


STEM = 5
"""Letters that a headline's word and the sentence's share to count as one word ("doubled",
"doubling"): the headline is not parsed, so it has no lemmas."""


def _stem(word: str) -> str:
    return "~" + word[:STEM] if len(word) >= STEM else word


def features(
    drafts: Sequence[Draft], profile: ArticleProfile, readings: dict[int, _Reading] | None = None
) -> dict[str, float]:
    """The named features of a (sentence, answer): see the module's docstring. ``readings`` keeps
    what was read of each sentence for its other answers."""
    draft = drafts[0]
    sentence = draft.sentence
    readings = {} if readings is None else readings
    if sentence.index not in readings:
        readings[sentence.index] = _read(sentence)
    reading = readings[sentence.index]
    central = sum(1 for lemma in reading.content if lemma in profile.keywords)
    headline_content = {word for word in profile.headline_words if len(word) > 3}
    label = draft.phrase.label
    answer = draft.phrase.span(sentence.span.doc)
    counted_noun = label == "CARDINAL" and answer.root.head.pos_ == "NOUN" and answer.root.dep_ == "nummod"
    shortest = min(len(d.prompt.split()) for d in drafts)
    mentions = profile.mentions[_bare(draft.answer_text)]
    if label == "PERSON":
        mentions = max(mentions, profile.mentions[_bare(answer[-1].text)])
    repeated = sum(
        1 for word in headline_content if word in reading.repeated or _stem(word) in reading.repeated
    )
    return {
        "answer_type": ANSWER_TYPE.get(label, 0.5),
        "position": 1.0 - sentence.index / profile.sentence_count,
        "lede": 1.0 if sentence.index < LEDE_SENTENCES else 0.0,
        "headline": repeated / len(headline_content) if headline_content else 0.0,
        "keywords": min(1.0, 2 * central / max(len(reading.content), 1)),
        "recurring": 1.0 if mentions >= 2 else 0.0,
        "figure": 1.0 if label in FIGURE_LABELS or counted_noun else 0.0,
        "question": 1.0 if any(d.kind is Kind.WH for d in drafts) else 0.0,
        "attributed": 1.0 if sentence.attributed else 0.0,
        "long": min(max(shortest - LONG_PROMPT, 0) / LONG_RANGE, 1.0),
        **_wording(sentence, answer, reading),
        "numeric_article": profile.numeric_share,
    }


def _wording(sentence: Sentence, answer: Span, reading: _Reading) -> dict[str, float]:
    """The features that say how the statement reads: see the module's docstring."""
    outside = [word for word in reading.words if not answer.start <= word.i < answer.end]
    answer_words = [token.lower_ for token in answer if token.is_alpha]
    return {
        "names": min(sum(word.name for word in outside) / 4, 1.0),
        "pronoun": 1.0 if any(word.unresolved for word in outside) else 0.0,
        "simplified": len(sentence.dropped) / max(len(sentence.span), 1),
        "numbers": min(sum(word.number for word in outside) / 4, 1.0),
        "answer_long": min((len(answer) - 1) / 4, 1.0),
        "answer_common": sum(map(_zipf, answer_words)) / len(answer_words) / 8 if answer_words else 0.0,
        "quoted": 1.0 if reading.quoted else 0.0,
        "short": 1.0 if sum(not word.punct for word in reading.words) < 10 else 0.0,
        "first_person": 1.0 if any(word.first_person for word in outside) and not reading.quoted else 0.0,
        "subject": 1.0 if answer.root.dep_ in {"nsubj", "nsubjpass"} else 0.0,
    }


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """wordfreq's Zipf frequency, kept: it tokenises its word again on every call."""
    return float(zipf_frequency(word, "en"))


def score(values: dict[str, float]) -> float:
    weight = weights()
    return round(weight["bias"] + sum(weight[name] * value for name, value in values.items()), 4)


def rank(drafts: Sequence[Draft], profile: ArticleProfile, *, overgenerate: bool = False) -> list[Group]:
    """Every fact worth asking, best first, in a stable order, some only as true/false
    (``Group.statement_only``); with ``overgenerate``, also those that only an ``OVERRULABLE``
    rule rejects."""
    grouped: dict[tuple[int, str, bool], list[Draft]] = defaultdict(list)
    for draft in drafts:
        grouped[(draft.sentence.index, draft.answer_text.casefold(), draft.role is None)].append(draft)
    groups = []
    readings: dict[int, _Reading] = {}
    for members in grouped.values():
        first = members[0]
        reasons = _reasons(first, profile)
        statement_only = bool(reasons) and all(reason.startswith(OBVIOUS_ANSWER) for reason in reasons)
        overrule = overgenerate and all(reason.startswith(OVERRULABLE) for reason in reasons)
        if reasons and not (statement_only or overrule):
            continue
        values = features(members, profile, readings)
        if overrule and reasons:
            groups.append(Group({d.kind: d for d in members}, values, score(values), overruled=reasons[0]))
        else:
            groups.append(
                Group({d.kind: d for d in members}, values, score(values), statement_only=statement_only)
            )
    return sorted(
        groups, key=lambda group: (-group.score, group.first.sentence.index, group.first.phrase.start)
    )


def _reasons(draft: Draft, profile: ArticleProfile) -> list[str]:
    """Why the fact is not asked: its sentence's problems and the answer's worthiness; for a role
    (see ``roles``), which the sentence only carries, whether the headline names the person."""
    if draft.role is not None:
        named = headline_subject(draft.answer_text, "PERSON", headline_words=profile.headline_words)
        return ["obvious: the headline's subject asked about itself"] if named else []
    judged = rejection(draft.sentence, draft.phrase, headline_words=profile.headline_words)
    if judged is None and draft.phrase.label in NAME_LABELS:
        times = profile.mentions[_bare(draft.answer_text)]
        if draft.phrase.label == "PERSON":
            times = max(times, profile.mentions[_bare(draft.answer_text.split()[-1])])
        if times >= SUBJECT_MENTIONS:
            judged = f"obvious: the article's own subject, named {times} times"
    return [*draft.sentence.problems, *([judged] if judged else [])]


def _headline_word(word: str) -> str:
    """A headline's word without its punctuation or possessive: "Amazon’s" names Amazon."""
    return word.lower().strip(".,:;!?'\"’‘“”").removesuffix("’s").removesuffix("'s")


def _bare(name: str) -> str:
    return name.casefold().removeprefix("the ")


__all__ = [
    "ANSWER_TYPE",
    "OVERRULABLE",
    "ArticleProfile",
    "Group",
    "features",
    "rank",
    "score",
    "weights",
]
