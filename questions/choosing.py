"""Choosing questions: the filters the bank offers, the questions that pass them, a random draw,
and what is due for review."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta, tzinfo
from random import Random

from questions.bank import Bank
from questions.kinds import KIND_NAMES
from questions.learner_day import next_day_start
from questions.progress import ProgressStore
from questions.question import Kind, Question


def filter_options(bank: Bank) -> tuple[list[str], list[Kind], list[str]]:
    """The deck keys, the kinds and the tags there are to choose from, in a stable order."""
    kinds = {question.kind for _, question in bank.questions()}
    tags = {tag for _, question in bank.questions() for tag in question.tags}
    return [entry.key for entry in bank.entries], [kind for kind in Kind if kind in kinds], sorted(tags)


def matching_questions(
    bank: Bank,
    *,
    decks: Collection[str] | None = None,
    kinds: Collection[Kind] | None = None,
    tags: Collection[str] | None = None,
    text: str = "",
) -> list[tuple[str, Question]]:
    """(deck key, question) for each question that passes every filter given; an empty filter passes all.

    ``text`` matches when each of its words is in the prompt, the answer, an alternative, a choice,
    a tag or the kind's name, ignoring case and in any order ("cuba 2022").
    """
    words = text.casefold().split()
    found = []
    for entry, question in bank.questions():
        if decks and entry.key not in decks and entry.deck.name not in decks:
            continue
        if kinds and question.kind not in kinds:
            continue
        if tags and not set(question.tags) & set(tags):
            continue
        if words:
            haystack = "\n".join(
                [
                    question.prompt,
                    question.answer_text,
                    *question.alternatives,
                    *question.choices,
                    *question.tags,
                    KIND_NAMES[question.kind],
                ]
            ).casefold()
            if not all(word in haystack for word in words):
                continue
        found.append((entry.key, question))
    return found


def choose_questions(
    bank: Bank,
    *,
    decks: Collection[str] | None = None,
    kinds: Collection[Kind] | None = None,
    tags: Collection[str] | None = None,
    count: int,
    seed: int,
) -> list[str]:
    """Up to ``count`` question ids drawn from those that match, in random order: the same bank and
    seed give the same list."""
    pool = [question.id for _, question in matching_questions(bank, decks=decks, kinds=kinds, tags=tags)]
    return Random(seed).sample(pool, min(max(count, 0), len(pool)))


def due_today(bank: Bank, store: ProgressStore, *, now: datetime, zone: tzinfo) -> list[str]:
    """Questions still in the bank whose card falls due before the learner's next day starts
    (soonest first): the one meaning of "due" that Review and Progress share."""
    known = {question.id for _, question in bank.questions()}
    due_by = next_day_start(now, zone=zone) - timedelta(microseconds=1)
    return [question_id for question_id in store.due_question_ids(now=due_by) if question_id in known]


def review_queue(
    bank: Bank, store: ProgressStore, *, now: datetime, zone: tzinfo, limit: int = 50
) -> list[str]:
    """Questions due today (``due_today``), then recent mistakes not already due; only those
    still in the bank."""
    known = {question.id for _, question in bank.questions()}
    due = due_today(bank, store, now=now, zone=zone)
    wrong = [
        record.question_id for record in store.recent_mistakes(limit=limit) if record.question_id in known
    ]
    return list(dict.fromkeys([*due, *wrong]))[:limit]


__all__ = [
    "choose_questions",
    "due_today",
    "filter_options",
    "matching_questions",
    "review_queue",
]
