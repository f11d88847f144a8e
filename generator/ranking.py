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
Answers that are not worth asking (see ``worthiness``) never form a group. Ties break by
position: same input, same order.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from generator.analysis import entities
from generator.answers import DURATION
from generator.drafts import Draft
from generator.sentences import Sentence
from generator.worthiness import rejection
from questions.question import Kind

ANSWER_TYPE = {
    "PERSON": 1.0, "MONEY": 0.95, "DATE": 0.9, "CARDINAL": 0.8, "PERCENT": 0.9, "QUANTITY": 0.85, "GPE": 0.75,
    "ORG": 0.8, "EVENT": 0.8, "LOC": 0.7, "FAC": 0.6, "WORK_OF_ART": 0.85, "LAW": 0.8,
    "PRODUCT": 0.6, DURATION: 0.75,
}  # fmt: skip
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", DURATION})
KEYWORDS = 12
LEDE_SENTENCES = 3
LONG_PROMPT, LONG_RANGE = 25, 25


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

    @classmethod
    def of(cls, title: str, sentences: Sequence[Sentence]) -> ArticleProfile:
        words = Counter(
            token.lemma_.lower()
            for sentence in sentences
            for token in sentence.span
            if token.is_alpha and not token.is_stop and token.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}
        )
        mentions: Counter[str] = Counter()
        for sentence in sentences:
            for entity in entities(sentence.span):
                mentions[_bare(entity.text)] += 1
                if entity.label_ == "PERSON" and len(entity) > 1:
                    mentions[_bare(entity[-1].text)] += 1
        return cls(
            headline_words=frozenset(word.lower().strip(".,:;!?'\"’‘“”") for word in title.split()),
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

    @property
    def first(self) -> Draft:
        return next(iter(self.drafts.values()))


def features(drafts: Sequence[Draft], profile: ArticleProfile) -> dict[str, float]:
    """The named features of a (sentence, answer): see the module's docstring."""
    draft = drafts[0]
    sentence = draft.sentence
    kept = [token for token in sentence.span if token.i not in sentence.dropped]
    content = [token for token in kept if token.is_alpha and not token.is_stop]
    central = sum(1 for token in content if token.lemma_.lower() in profile.keywords)
    headline_content = {word for word in profile.headline_words if len(word) > 3}
    repeated = {token.lower_ for token in content} | {token.lemma_.lower() for token in content}
    label = draft.phrase.label
    answer = draft.phrase.span(sentence.span.doc)
    counted_noun = label == "CARDINAL" and answer.root.head.pos_ == "NOUN" and answer.root.dep_ == "nummod"
    shortest = min(len(d.prompt.split()) for d in drafts)
    mentions = profile.mentions[_bare(draft.answer_text)]
    if label == "PERSON":
        mentions = max(mentions, profile.mentions[_bare(answer[-1].text)])
    return {
        "answer_type": ANSWER_TYPE.get(label, 0.5),
        "position": 1.0 - sentence.index / profile.sentence_count,
        "lede": 1.0 if sentence.index < LEDE_SENTENCES else 0.0,
        "headline": len(headline_content & repeated) / len(headline_content) if headline_content else 0.0,
        "keywords": min(1.0, 2 * central / max(len(content), 1)),
        "recurring": 1.0 if mentions >= 2 else 0.0,
        "figure": 1.0 if label in FIGURE_LABELS or counted_noun else 0.0,
        "question": 1.0 if any(d.kind is Kind.WH for d in drafts) else 0.0,
        "attributed": 1.0 if sentence.attributed else 0.0,
        "long": min(max(shortest - LONG_PROMPT, 0) / LONG_RANGE, 1.0),
    }


def score(values: dict[str, float]) -> float:
    weight = weights()
    return round(weight["bias"] + sum(weight[name] * value for name, value in values.items()), 4)


def rank(drafts: Sequence[Draft], profile: ArticleProfile) -> list[Group]:
    """Every fact worth asking, best first, in a stable order."""
    grouped: dict[tuple[int, str], list[Draft]] = defaultdict(list)
    for draft in drafts:
        grouped[(draft.sentence.index, draft.answer_text.casefold())].append(draft)
    groups = []
    for members in grouped.values():
        first = members[0]
        if rejection(first.sentence, first.phrase, headline_words=profile.headline_words):
            continue
        values = features(members, profile)
        groups.append(Group({d.kind: d for d in members}, values, score(values)))
    return sorted(
        groups, key=lambda group: (-group.score, group.first.sentence.index, group.first.phrase.start)
    )


def _bare(name: str) -> str:
    return name.casefold().removeprefix("the ")


__all__ = ["ANSWER_TYPE", "ArticleProfile", "Group", "features", "rank", "score", "weights"]
