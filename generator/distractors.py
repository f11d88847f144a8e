"""Wrong choices for a multiple-choice item: of the answer's type and form, never a second true answer.

Names come first from the same article (phrases of the same kind), then, for places, nationalities
and currencies, from ``word_lists``; people and organisations only ever from the article. Numbers,
dates and times are the answer's own value moved by plausible steps and written in exactly the
answer's format. When fewer than ``count`` good choices exist the answer is ``None``: the caller
drops the item rather than show a bad choice.

The parts live apart: ``folding`` (when two texts are one choice), ``values`` (numbers, dates and
times in their surface form), ``places`` (the built-in lists); this module picks.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from wordfreq import zipf_frequency

from generator import word_lists
from generator.folding import POSSESSIVE, Choice, clashes, clean, name_key, text_key
from generator.lexicon import english
from generator.places import (
    INDEX,
    OFFERED,
    POOL_LABELS,
    WITH_ARTICLE,
    Entry,
    entry_id,
    lookup,
    place_kind,
    resolve,
)
from generator.values import DURATION, PARSERS, Pattern, detect, spell

COMMON_WORD = 4.5
"""Zipf frequency of a lower-cased word from which it is an English word, not a name."""
_MAX_WORDS = 6
REPEATED_MENTIONS = 2
"""How often the article must name an organisation, or a place the lists do not know, for it to
be a choice."""


@dataclass(frozen=True)
class Candidate:
    """A phrase from the same article that could serve as a distractor."""

    text: str
    label: str
    """A spaCy entity label (PERSON, GPE, DATE, …) or ``"NOUN_PHRASE"``."""
    doer: bool = False
    """A person the article makes the subject of what happens (not only quoted or mentioned)."""


def _value_proposals(
    pattern: Pattern[Any], label: str, candidates: Sequence[Candidate], *, count: int, rng: random.Random
) -> Iterator[Choice]:
    found = (detect(clean(candidate.text), label) for candidate in candidates if candidate.label == label)
    others = [other for other in found if other is not None and pattern.allows(other)]
    others += [replace(pattern, value=value) for value in pattern.near(count=count, rng=rng)]
    for other in others:
        yield Choice(other.render(), frozenset({other.identity()}))


# --- names -------------------------------------------------------------------------------------


def _noisy(text: str, label: str) -> bool:
    """Page furniture and parser debris: credits, addresses, shouting bylines, run-on spans."""
    folded = text.casefold()
    return (
        not any(char.isalpha() for char in text)
        or len(text.split()) > _MAX_WORDS
        or any(mark in folded for mark in ("@", "http", "www."))
        or any(char in text for char in "()[]{}<>|/\\")
        or (len(text.split()) > 1 and text.isupper())
        or text_key(text) in word_lists.CREDITS
        or (label in ("PERSON", "ORG") and any(char.isdigit() for char in text))
    )


def _kind(text: str) -> str | None:
    for word in text_key(text).split():
        for form in (word, word.removesuffix("s")):
            if form in word_lists.KIND_WORDS:
                return form
    return None


def _phrase_shape(text: str) -> tuple[str, bool, bool]:
    """Determiner, plural, capitalised: "the trade deals" and "a Korean firm" are not alike."""
    words = text.split()
    first = words[0].casefold()
    determiner = {"the": "the", "a": "a", "an": "a"}.get(first, "")
    head = words[1:] if determiner and len(words) > 1 else words
    last = words[-1].casefold()
    return determiner, last.endswith("s") and not last.endswith("ss"), head[0][:1].isupper()


def _person_like(text: str, single: bool) -> bool:
    words = text.split()
    capitalised = words[0][:1].isupper() and words[-1][:1].isupper() and not text.isupper()
    return capitalised and (len(words) == 1) == single


def _title(word: str) -> bool:
    """ "Col", "Sen.": a rank or title the model took for a name."""
    return word.rstrip(".").lower() in english.person_titles


def _common_words(name: str) -> bool:
    """ "Full Fact": two or more words, every one an English word, so a group's name, not a
    person's (a one-word surname such as "Moon" or "Park" may well be an English word)."""
    return len(name.split()) > 1 and all(
        zipf_frequency(word.lower(), "en") >= COMMON_WORD for word in name.split()
    )


def _article_texts(candidates: Sequence[Candidate], labels: Collection[str]) -> Iterator[tuple[str, str]]:
    for candidate in candidates:
        text = clean(candidate.text)
        if candidate.label in labels and text and not _noisy(text, candidate.label):
            yield text, candidate.label


def _listed_proposals(
    answer: str,
    entry: Entry,
    candidates: Sequence[Candidate],
    context: Sequence[Sequence[Entry]],
    rng: random.Random,
) -> Iterator[Choice]:
    for text, label in _article_texts(candidates, POOL_LABELS[entry.pool]):
        name = next((form for form in (text, POSSESSIVE.sub("", text)) if lookup(form, label)), None)
        if name and (other := resolve(lookup(name, label), context)).pool == entry.pool:
            yield Choice(name, frozenset({entry_id(other)}))
    tiers: tuple[list[Entry], list[Entry], list[Entry]] = ([], [], [])
    for other in OFFERED[entry.pool]:
        tier = 0 if other.subregion == entry.subregion else 1 if other.region == entry.region else 2
        tiers[tier].append(other)
    article = answer[:4] if entry.pool in WITH_ARTICLE and answer[:4].casefold() == "the " else ""
    core = answer[len(article) :]
    for tier_entries in tiers:
        rng.shuffle(tier_entries)
        for other in tier_entries:
            name = spell(other.name, "title") if other.name.islower() and core[:1].isupper() else other.name
            yield Choice(f"{article}{name}", frozenset({entry_id(other)}))


def _alike(text: str, answer: str, label: str) -> bool:
    if POSSESSIVE.search(text):  # "Kim's": stripping it would break "McDonald's"
        return False
    if label == "PERSON":
        return _person_like(text, len(answer.split()) == 1)
    listed = bool(INDEX.get(name_key(text))) and not (label in UNLISTED_PLACE_LABELS and lookup(text, label))
    if listed or _kind(text) != _kind(answer):
        return False
    return label != "NOUN_PHRASE" or _phrase_shape(text) == _phrase_shape(answer)


def _surnames(answer: str, names: Sequence[str]) -> Iterator[str]:
    """Other people's names in the form of a one-word answer: "Alemu" (from "Meseret Alemu") asks for
    "Chepkoech" (from "Faith Chepkoech"), "Kim" (from "Kim Jong-un") asks for "Moon" (from "Moon Jae-in")."""
    full = next((name.split() for name in names if len(name.split()) > 1 and answer in name.split()), None)
    place = None if full is None else 0 if full[0] == answer else -1 if full[-1] == answer else None
    first_names = {name.split()[0] for name in names if len(name.split()) > 1}
    for name in names:
        words = name.split()
        if len(words) == 1:
            if name not in first_names and not _title(name):  # not "Joe" of "Joe Biden", not "Col"
                yield name
        elif place is not None and not _title(words[place]):  # not "Col" of "Lt Col"
            yield words[place]


UNLISTED_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _article_proposals(answer: str, label: str, candidates: Sequence[Candidate]) -> Iterator[Choice]:
    """People, organisations and anything without a built-in list: only what the article itself names."""
    texts = [text for text, _ in _article_texts(candidates, {label})]
    if label == "ORG":
        # an organisation named once is often a part of another or a passing source ("Basic
        # Activities", "CNBC"); one the article comes back to is one of its actors, like the answer
        mentions = Counter(texts)
        texts = [text for text in texts if mentions[text] >= REPEATED_MENTIONS]
    if label in UNLISTED_PLACE_LABELS:
        # a place the lists do not know: the article's listed places, and those it names twice
        # (a name the model took for a place once is often a person's: "Sheryl Crow", "Bon Jovi")
        mentions = Counter(texts)
        texts = [text for text in texts if lookup(text, label) or mentions[text] >= REPEATED_MENTIONS]
    if label == "PERSON":
        texts = [text for text in texts if not _common_words(text)]
    if label == "PERSON" and len(answer.split()) == 1:
        texts = list(_surnames(answer, texts))
    for text in texts:
        if _alike(text, answer, label):
            yield Choice(text, frozenset())


# --- the picker --------------------------------------------------------------------------------


def _ids_of(text: str, label: str, pattern: Pattern[Any] | None) -> frozenset[Hashable]:
    if pattern is not None:
        other = detect(text, label)
        return frozenset({other.identity()}) if other is not None else frozenset()
    return frozenset(entry_id(entry) for entry in INDEX.get(name_key(text), []))


def _other_side(text: str, label: str, published: date, side: int) -> bool:
    """Whether the choice lies on the other side of the article's date than the answer: for what
    is still to come, the article's own year or day is past too ("postponed until 2016" in an
    article of December 2016)."""
    dated = detect(text, label)
    if dated is None:
        return False
    choice_side = dated.side_of(published)
    return choice_side == -side or (side > 0 and choice_side == 0)


def _bounds(pattern: Pattern[Any], label: str, stated: Collection[str]) -> list[tuple[Pattern[Any], bool]]:
    """The figures ``stated`` beside the answer on its scale, each with whether it lies above the
    answer: "$1 billion" of "a $3 billion buyout" must stay under $3 billion."""
    bounds = []
    for text in stated:
        other = detect(clean(text), label)
        if other is not None and (difference := pattern.difference(other)):
            bounds.append((other, difference > 0))
    return bounds


def _crosses(text: str, label: str, bounds: Sequence[tuple[Pattern[Any], bool]]) -> bool:
    choice = detect(text, label)
    if choice is None:
        return False
    for bound, above in bounds:
        difference = choice.difference(bound)
        if difference is not None and (difference > 0) != above:
            return True
    return False


def _unit(duration: str) -> str:
    """ "months" of "six months", "month" of "a month": the unit a duration counts."""
    return duration.split()[-1].casefold().removesuffix("s")


def pick_distractors(
    answer: str,
    label: str,
    *,
    article_candidates: Sequence[Candidate],
    true_answers: Collection[str] = (),
    count: int = 3,
    seed: int = 0,
    doers_only: bool = False,
    published: date | None = None,
) -> list[str] | None:
    """``count`` wrong choices for ``answer`` (a phrase labelled ``label``), or None if there are too few.

    Never the answer or one of ``true_answers`` (the sentence's other names and figures), an alias or
    part of one, a near-spelling of one, or a repeat; never a figure on the other side of one of
    them than the answer, which the stem rules out ("including $5 billion" of "a $3 billion
    buyout", a show after the tour's "final date, Oct. 10"). With ``doers_only``, a person is
    offered only if the article makes them the subject of what happens, as the answer is: someone
    only talked about ("a call with Zelensky") would have another role. With ``published`` (the
    article's date), a date is offered only on the answer's side of it: a year already past is no
    choice for what will happen, nor a future one for what did. The order is stable for the same
    input; the caller shuffles the choices.
    """
    if count < 1:
        raise ValueError(f"count must be at least 1, got {count}")
    answer = clean(answer)
    if not text_key(answer):
        return None
    rng = random.Random(f"{seed}\x00{label}\x00{answer}")
    pattern = detect(answer, label)
    proposals: Iterator[Choice]
    if label in PARSERS:
        if pattern is None:
            return None
        proposals = _value_proposals(pattern, label, article_candidates, count=count, rng=rng)
        answer_ids: frozenset[Hashable] = frozenset({pattern.identity()})
    elif label == "PERSON":
        people = [candidate for candidate in article_candidates if candidate.doer or not doers_only]
        proposals, answer_ids = _article_proposals(answer, label, people), frozenset()
    elif found := lookup(answer, label):
        context = [lookup(clean(candidate.text), candidate.label) for candidate in article_candidates]
        entry = resolve(found, context)
        proposals = _listed_proposals(answer, entry, article_candidates, context, rng)
        answer_ids = frozenset({entry_id(entry)})
    elif INDEX.get(name_key(answer)):
        return None  # a listed name under another label ("Cuba" as ORG): its kind is unclear
    else:
        proposals, answer_ids = _article_proposals(answer, label, article_candidates), frozenset()

    taken = [Choice(answer, answer_ids)]
    taken += [
        Choice(clean(text), _ids_of(clean(text), label, pattern)) for text in true_answers if text_key(text)
    ]
    side = pattern.side_of(published) if pattern is not None and published is not None else 0
    bounds = _bounds(pattern, label, true_answers) if pattern is not None else []
    picked: list[str] = []
    for choice in proposals:
        if side and published is not None and _other_side(choice.text, label, published, side):
            continue  # a year already past offered for what will happen, or the reverse
        if bounds and _crosses(choice.text, label, bounds):
            continue
        if label == DURATION and _unit(choice.text) != _unit(answer):
            continue  # "within how many months": "five years" and "two weeks" are ruled out
        if choice.key and not any(clashes(choice, other, by_value=pattern is not None) for other in taken):
            picked.append(choice.text)
            taken.append(choice)
            if len(picked) == count:
                return picked
    return None


__all__ = ["Candidate", "pick_distractors", "place_kind"]
