"""Drafts: every item the article allows, of every kind, before ranking picks the best.

Per (sentence, answer) the generator may draft a cloze, a wh-question, a multiple-choice item
(a wh or cloze stem with three distractors of the answer's type) and a true/false statement (the
sentence, or a false version with the answer swapped for a distractor). Which of them survives
is the ranking's choice: at most one item per (sentence, answer).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from generator.answers import NOUN_PHRASE, AnswerPhrase
from generator.cloze import cloze_prompt
from generator.distractors import Candidate, pick_distractors, place_kind
from generator.sentences import Sentence
from generator.wh import wh_question
from generator.wording import render, simplified_tokens
from questions.question import Kind


@dataclass(frozen=True)
class Draft:
    kind: Kind
    prompt: str
    answer: str | bool
    sentence: Sentence
    phrase: AnswerPhrase
    choices: tuple[str, ...] = ()

    @property
    def answer_text(self) -> str:
        return self.sentence.span.doc[self.phrase.start : self.phrase.end].text


def stable_number(*parts: object) -> int:
    """A number from the parts' text, the same in every run (Python's hash() is salted)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def drafts_for(sentence: Sentence, phrase: AnswerPhrase) -> list[Draft]:
    """The cloze and the wh-question, where each can be made: cheap, so made for every answer."""
    answer = phrase.span(sentence.span.doc).text
    cloze = cloze_prompt(sentence, phrase)
    wh = None if phrase.label == NOUN_PHRASE else wh_question(sentence, phrase, place_kind=place_kind)
    return [
        Draft(kind, prompt, answer, sentence, phrase)
        for kind, prompt in ((Kind.CLOZE, cloze), (Kind.WH, wh))
        if prompt is not None
    ]


def choice_drafts(
    drafts: Sequence[Draft],
    *,
    article_candidates: Sequence[Candidate],
    kinds: Collection[Kind],
) -> list[Draft]:
    """Multiple choice and true/false for the fact the drafts ask. Picking distractors is the
    costly part of drafting, so it is done only for the facts the ranking is about to keep."""
    first = drafts[0]
    sentence, phrase, answer = first.sentence, first.phrase, first.answer_text
    if phrase.label == NOUN_PHRASE or not (Kind.MCQ in kinds or Kind.TRUE_FALSE in kinds):
        return []
    prompts = {draft.kind: draft.prompt for draft in drafts}
    stem = prompts.get(Kind.WH) or prompts.get(Kind.CLOZE)
    made: list[Draft] = []
    true_answers = [
        other.text for other in sentence.span.ents if other.label_ == phrase.label and other.text != answer
    ]
    distractors = pick_distractors(
        answer,
        phrase.label,
        article_candidates=article_candidates,
        true_answers=true_answers,
        seed=stable_number(sentence.index, answer),
    )
    if not distractors:
        return made
    if stem and Kind.MCQ in kinds:
        choices = sorted([answer, *distractors], key=lambda choice: stable_number(stem, choice))
        made.append(Draft(Kind.MCQ, stem, answer, sentence, phrase, choices=tuple(choices)))
    if Kind.TRUE_FALSE in kinds and not sentence.negated and not sentence.attributed:
        is_true = stable_number(sentence.index, answer, "true_false") % 2 == 0
        statement = _statement(sentence, phrase, swap=None if is_true else distractors[0])
        if statement:
            made.append(Draft(Kind.TRUE_FALSE, statement, is_true, sentence, phrase))
    return made


def _statement(sentence: Sentence, phrase: AnswerPhrase, *, swap: str | None) -> str | None:
    tokens = simplified_tokens(sentence, phrase)
    pieces: list[Token | str] = []
    for token in tokens:
        if phrase.start <= token.i < phrase.end and swap is not None:
            if token.i == phrase.start:
                pieces.append(swap + token.doc[phrase.end - 1].whitespace_)
            continue
        pieces.append(token)
    text = render(pieces, replacements=sentence.replacements)
    return text if text.endswith(".") else None


__all__ = ["Draft", "choice_drafts", "drafts_for", "stable_number"]
