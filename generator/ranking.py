"""Ranking: score what each (sentence, answer) asks, keep the best, give each its kind.

Drafts are grouped by (sentence, answer): one fact, which may be asked as a cloze, a
wh-question, multiple choice or true/false. A group's score is the sum of weighted features
(each in [0, 1]):
- ``answer_type``: how worth learning the answer's type is: people, dates, amounts and places
  are the facts a news reader wants to keep; a bare noun phrase is weaker.
- ``position``: news puts the key facts first (the inverted pyramid).
- ``centrality``: how many of the sentence's content words are the article's own: in the
  headline or among its most frequent words.
- ``natural``: a wh-question could be made: the sentence's clause is plain enough to transform.
- ``recurring``: the article names the answer more than once: a thing it comes back to.
minus penalties:
- ``attributed``: reported speech ("X said ...") is a claim, not a fact.
- ``length``: past 30 words each word of the shortest prompt costs a little (news leads are long).
A fact whose answer is a name the headline gives is never asked: that is the headline's subject
asked about itself ("obvious"); for a person the surname is enough ("Faith Chepkoech" in an
article headlined "Chepkoech breaks ..."). The headline's figures and dates are asked: they are
the key facts to remember.
Selection walks the groups best first: at most two per sentence, each answer once, none that
reads nearly like one already chosen (the same fact from a repeated line), and true/false
only for a sentence with one fact to ask (the statement shows the whole sentence).
Each chosen group then gets the kind
that keeps the list closest to ``KIND_SHARE`` among the kinds it was drafted in, so a list
mixes kinds whatever the article. Ties break by position: same input, same order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from generator.answers import DURATION, NOUN_PHRASE
from generator.drafts import Draft
from generator.sentences import Sentence
from generator.word_lists import COUNTRIES
from questions.question import Kind

ANSWER_TYPE = {
    "PERSON": 1.0, "MONEY": 0.95, "DATE": 0.95, "CARDINAL": 0.85, "PERCENT": 0.9, "QUANTITY": 0.8, "GPE": 0.8,
    "ORG": 0.85, "EVENT": 0.8, "LOC": 0.75, "FAC": 0.75, "NORP": 0.5, "WORK_OF_ART": 0.9, "LAW": 0.8,
    "PRODUCT": 0.6, "TIME": 0.7, DURATION: 0.75, NOUN_PHRASE: 0.35,
}  # fmt: skip
WEIGHTS = {"answer_type": 0.4, "position": 0.25, "centrality": 0.3, "natural": 0.05, "recurring": 0.05}
PENALTIES = {"attributed": 0.1, "length_per_word": 0.005}
KIND_SHARE = {Kind.WH: 0.35, Kind.MCQ: 0.3, Kind.CLOZE: 0.2, Kind.TRUE_FALSE: 0.15}
KIND_PREFERENCE = (Kind.WH, Kind.MCQ, Kind.CLOZE, Kind.TRUE_FALSE)
LONG_QUESTION_WORDS = 30
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
PER_SENTENCE = 2
NEAR_DUPLICATE = 80
NEAR_IDENTICAL = 95
KEYWORDS = 12


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
        return cls(
            headline_words=frozenset(word.lower().strip(".,:;!?'\"’") for word in title.split()),
            keywords=frozenset(word for word, _ in words.most_common(KEYWORDS)),
            sentence_count=max(len(sentences), 1),
            mentions=Counter(_bare(entity.text) for sentence in sentences for entity in sentence.span.ents),
        )


@dataclass(frozen=True)
class Group:
    """One fact of one sentence, and the drafts that could ask it."""

    drafts: dict[Kind, Draft]
    score: float

    @property
    def first(self) -> Draft:
        return next(iter(self.drafts.values()))


def score(drafts: Sequence[Draft], profile: ArticleProfile) -> float:
    """The score of a (sentence, answer): see the module's docstring for the features."""
    draft = drafts[0]
    sentence = draft.sentence
    content = [token.lemma_.lower() for token in sentence.span if token.is_alpha and not token.is_stop]
    central = sum(1 for word in content if word in profile.keywords or word in profile.headline_words)
    features = {
        "answer_type": ANSWER_TYPE.get(draft.phrase.label, 0.5),
        "position": 1.0 - sentence.index / profile.sentence_count,
        "centrality": min(1.0, 2 * central / max(len(content), 1)),
        "natural": 1.0 if any(d.kind is Kind.WH for d in drafts) else 0.0,
        "recurring": 1.0 if profile.mentions[_bare(draft.answer_text)] >= 2 else 0.0,
    }
    total = sum(WEIGHTS[name] * value for name, value in features.items())
    if sentence.attributed:
        total -= PENALTIES["attributed"]
    extra_words = min(len(d.prompt.split()) for d in drafts) - LONG_QUESTION_WORDS
    if extra_words > 0:
        total -= PENALTIES["length_per_word"] * extra_words
    return round(total, 4)


def select(
    drafts: Sequence[Draft],
    profile: ArticleProfile,
    *,
    limit: int,
    kinds: Collection[Kind],
    more_drafts: Callable[[Sequence[Draft]], list[Draft]],
) -> list[tuple[Draft, float]]:
    """The best ``limit`` items under the rules above, best first, in a stable order.

    ``drafts`` are the cheap kinds (cloze, wh); ``more_drafts`` makes the costly ones (with
    distractors) for a fact, and is called only for the facts about to be kept."""
    grouped: dict[tuple[int, str], list[Draft]] = defaultdict(list)
    for draft in drafts:
        if not obvious(draft, profile):
            grouped[(draft.sentence.index, draft.answer_text.casefold())].append(draft)
    groups = sorted(
        (Group({d.kind: d for d in members}, score(members, profile)) for members in grouped.values()),
        key=lambda group: (-group.score, group.first.sentence.index, group.first.phrase.start),
    )
    chosen: list[tuple[Draft, float]] = []
    per_sentence: Counter[int] = Counter()
    used: Counter[Kind] = Counter()
    asked: set[str] = set()
    facts_in = Counter(group.first.sentence.index for group in groups)
    for group in groups:
        sentence = group.first.sentence.index
        answer = _answer_key(group.first)
        if per_sentence[sentence] >= PER_SENTENCE or answer in asked:
            continue
        if any(_near_duplicates(group.first, other) for other, _ in chosen):
            continue
        options = {d.kind: d for d in [*group.drafts.values(), *more_drafts(list(group.drafts.values()))]}
        shown = {draft.prompt.casefold() for draft, _ in chosen}
        fresh = [
            k
            for k, d in options.items()
            if k in kinds
            and d.prompt.casefold() not in shown
            # a true/false statement shows the whole sentence: it would give away another item's answer
            and not (k is Kind.TRUE_FALSE and facts_in[sentence] > 1)
        ]
        if not fresh:
            continue  # e.g. the true statement of a sentence already asked as true/false
        kind = min(fresh, key=lambda k: ((used[k] + 1) / KIND_SHARE[k], KIND_PREFERENCE.index(k)))
        chosen.append((options[kind], group.score))
        used[kind] += 1
        asked.add(answer)
        per_sentence[sentence] += 1
        if len(chosen) == limit:
            break
    return chosen


def obvious(draft: Draft, profile: ArticleProfile) -> bool:
    """The answer is a name the headline already gives, or a country the headline names by its
    adjective ("Canadian House of Commons" gives away "Canada")."""
    if draft.phrase.label not in NAME_LABELS:
        return False
    words = [
        word.lower().strip(".,").removesuffix("’s").removesuffix("'s") for word in draft.answer_text.split()
    ]
    if draft.phrase.label == "PERSON":
        return words[-1] in profile.headline_words
    demonym = COUNTRIES.get(draft.answer_text, ("",))[0].lower()
    return set(words) <= profile.headline_words or (bool(demonym) and demonym in profile.headline_words)


def _answer_key(draft: Draft) -> str:
    """What makes two answers the same fact's: a person is one person whether "Hollis" or
    "Derek Hollis"."""
    text = draft.answer_text.casefold()
    return "person:" + text.split()[-1] if draft.phrase.label == "PERSON" else text


def _bare(name: str) -> str:
    return name.casefold().removeprefix("the ")


def _near_duplicates(draft: Draft, other: Draft) -> bool:
    """The same fact asked twice from two sentences (a repeated line, a restated fact)."""
    if draft.sentence.index == other.sentence.index:
        return False
    similarity = fuzz.token_set_ratio(draft.sentence.text, other.sentence.text)
    same_answer = draft.answer_text.casefold() == other.answer_text.casefold()
    return similarity >= NEAR_IDENTICAL or (same_answer and similarity >= NEAR_DUPLICATE)


__all__ = [
    "ANSWER_TYPE",
    "KIND_SHARE",
    "PENALTIES",
    "WEIGHTS",
    "ArticleProfile",
    "obvious",
    "score",
    "select",
]
