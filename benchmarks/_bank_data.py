"""Deterministic, realistic questions for the benchmarks: all four kinds, most with a source.

The text is made of news-like words drawn from ``random.Random(seed)``, so the same seed
always gives the same decks, byte for byte once written.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta
from random import Random

from questions.deck import Deck
from questions.question import BLANK, Kind, Question, Source

EPOCH = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
"""When the first generated question was created; later ones follow minute by minute."""

_SUBJECTS = (
    "The finance ministry",
    "Officials in Havana",
    "The central bank",
    "A court in Seoul",
    "Researchers at the university",
    "The opposition party",
    "Local firefighters",
    "The city council",
    "Union leaders",
    "The health agency",
    "Exporters",
    "The national team",
    "Prosecutors",
)
_VERBS = (
    ("announced", "announce"),
    ("confirmed", "confirm"),
    ("approved", "approve"),
    ("rejected", "reject"),
    ("signed", "sign"),
    ("opened", "open"),
    ("delayed", "delay"),
    ("disclosed", "disclose"),
)
_OBJECTS = (
    "a new trade agreement",
    "plans for a second embassy",
    "record rainfall",
    "a new budget",
    "the first direct flight",
    "a rise in exports",
    "an inquiry into the fire",
    "the final results",
    "a vaccine programme",
    "talks with the union",
    "a reform of the pension system",
)
_PLACES = (
    "Havana",
    "Seoul",
    "Mexico City",
    "New York",
    "Busan",
    "Santiago de Cuba",
    "Geneva",
    "Nairobi",
    "São Paulo",
    "Kraków",
    "Reykjavík",
    "Montréal",
    "Lagos",
    "Hanoi",
    "Jakarta",
    "Osaka",
)
_PEOPLE = (
    "Miguel Díaz-Canel",
    "Kim Il Sung",
    "Ana Martínez",
    "Park Ji-won",
    "Lee Min-ho",
    "Sofia Rossi",
    "Jean Dupont",
    "Amara Okafor",
    "Chen Wei",
    "Olga Petrova",
    "Rafael Núñez",
    "Yuki Tanaka",
)
_MONTHS = tuple(calendar.month_name[1:])
_TAGS = ("trade", "diplomacy", "history", "people", "politics", "economy", "health", "sport", "science")
_KINDS = (Kind.CLOZE, Kind.WH, Kind.MCQ, Kind.TRUE_FALSE)


def _answer(rng: Random) -> tuple[str, str, str]:
    """An answer, the wh-word that asks for it, and the words that lead to it in a sentence."""
    match rng.randrange(4):
        case 0:
            return rng.choice(_PLACES), "Where", "at a ceremony in"
        case 1:
            return rng.choice(_PEOPLE), "Who", "according to"
        case 2:
            return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}", "When", "with effect from"
        case _:
            return f"${rng.randint(2, 950)}.{rng.randint(1, 9)} million", "How much", "at a cost of"


def _distractors(rng: Random, answer: str) -> list[str]:
    """Three wrong choices of the same sort as ``answer``, distinct from it and each other."""
    if answer.startswith("$"):
        pool = {f"${rng.randint(2, 950)}.{rng.randint(1, 9)} million" for _ in range(8)}
    elif answer[-1].isdigit():
        pool = {f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}" for _ in range(8)}
    elif answer in _PEOPLE:
        pool = set(_PEOPLE)
    else:
        pool = set(_PLACES)
    pool = {choice for choice in pool if choice.casefold() != answer.casefold()}
    return rng.sample(sorted(pool), 3)


def make_question(rng: Random, *, number: int, article: int) -> Question:
    """Question ``number`` of the bank, drawn from an article's sentence."""
    kind = _KINDS[number % len(_KINDS)]
    answer, wh, lead = _answer(rng)
    subject, (verb, base), thing = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)
    before = f"{subject} {verb} {thing} on Tuesday, {lead}"
    after = f", after a meeting that lasted {rng.randint(2, 9)} hours."
    sentence = f"{before} {answer}{after}"
    start = len(before) + 1
    with_offsets = kind != Kind.TRUE_FALSE and rng.random() < 0.9
    source = Source(
        article_id=f"article-{article:05d}",
        title=f"{subject} {verb} {thing}",
        url=f"https://news.example.org/{article:05d}/{rng.randrange(10**6):06d}",
        sentence=sentence,
        sentence_index=rng.randrange(40),
        answer_start=start if with_offsets else None,
        answer_end=start + len(answer) if with_offsets else None,
    )
    fields: dict[str, object] = {}
    match kind:
        case Kind.CLOZE:
            fields = {"prompt": f"{before} {BLANK}{after}", "answer": answer}
        case Kind.WH:
            fields = {"prompt": f"{wh} did {subject.lower()} {base} {thing}?", "answer": answer}
            if rng.random() < 0.4:
                fields["alternatives"] = [answer.upper(), answer.replace(" ", "-")]
        case Kind.MCQ:
            choices = [answer, *_distractors(rng, answer)]
            rng.shuffle(choices)
            fields = {
                "prompt": f"{wh} did {subject.lower()} {base} {thing}?",
                "answer": answer,
                "choices": choices,
            }
        case Kind.TRUE_FALSE:
            truth = rng.random() < 0.5
            claim = sentence if truth else sentence.replace(answer, _distractors(rng, answer)[0], 1)
            fields = {"prompt": claim, "answer": truth}
    created = EPOCH + timedelta(minutes=number)
    return Question.model_validate(
        {
            "id": f"q{number:06d}",
            "kind": kind,
            **fields,
            "tags": rng.sample(_TAGS, rng.randint(0, 2)),
            "source": source if rng.random() < 0.95 else None,
            "score": round(rng.random(), 3),
            "created": created,
            "edited": created + timedelta(days=rng.randrange(3)),
        }
    )


def make_decks(*, decks: int, per_deck: int, seed: int) -> list[Deck]:
    """``decks`` decks of ``per_deck`` questions each, with ids unique across all of them."""
    rng = Random(seed)
    result = []
    for deck_number in range(decks):
        questions = [
            make_question(
                rng, number=deck_number * per_deck + index, article=(deck_number * per_deck + index) // 8
            )
            for index in range(per_deck)
        ]
        result.append(
            Deck(
                name=f"Benchmark deck {deck_number + 1}",
                description=f"{per_deck} generated questions from the world news, set {deck_number + 1}.",
                questions=questions,
            )
        )
    return result


__all__ = ["EPOCH", "make_decks", "make_question"]
