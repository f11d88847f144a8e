"""Cloze items: the sentence with its answer blanked."""

from __future__ import annotations

from generator.answers import AnswerPhrase
from generator.sentences import Sentence
from generator.wording import in_place_of_answer, render, simplified_tokens
from questions.question import BLANK

MIN_CONTEXT_WORDS = 6


def cloze_prompt(sentence: Sentence, answer: AnswerPhrase) -> str | None:
    """The simplified sentence with one blank, or None when too little is left to answer from, the
    blank would stand before a possessive, or the answer shows elsewhere in the sentence (the blank
    would give itself away)."""
    tokens = simplified_tokens(sentence, answer)
    doc = sentence.span.doc
    if tokens is None or (answer.end < len(doc) and doc[answer.end].tag_ == "POS"):
        return None  # "the _____'s election" reads as a typo, not a question
    pieces = in_place_of_answer(tokens, answer, BLANK, replacements=sentence.replacements)
    context = [token for token in tokens if not (answer.start <= token.i < answer.end) and not token.is_punct]
    if len(context) < MIN_CONTEXT_WORDS:
        return None
    prompt = render(pieces, replacements=sentence.replacements)
    answer_text = sentence.span.doc[answer.start : answer.end].text
    if answer_text.casefold() in prompt.casefold():
        return None
    return prompt


__all__ = ["cloze_prompt"]
