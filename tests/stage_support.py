"""What the generator's stage tests share: one sentence read as the generator reads it, an answer
phrase found in it, and its statement as the generator writes it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from spacy.tokens import Doc

from generator.analysis import load_model, parse
from generator.answers import AnswerPhrase, answer_phrases, person_names
from generator.sentences import Sentence, read_sentences
from generator.wording import render


def sentence_of(text: str, *, published: date | None = date(2019, 11, 20)) -> Sentence:
    return last_of([text], published=published)


def names_a_problem(text: str, fragment: str) -> bool:
    """Whether reading ``text`` alone finds a problem that says ``fragment``."""
    return any(fragment in problem for problem in sentence_of(text).problems)


def last_of(texts: list[str], *, published: date | None = date(2019, 11, 20)) -> Sentence:
    """The last of ``texts``, each a paragraph, read as the generator reads it after the others."""
    return read_sentences(list(parse(texts)), full_names={}, published=published)[-1]


def hand_parsed(rows: Sequence[tuple[object, ...]], *, glued: Collection[str] = ()) -> Sentence:
    """One sentence whose parse is set down by hand, row by row (word, head, dependency, tag, part
    of speech, and optionally lemma and entity): a misparse of the small model, which a stage test
    cannot wait for the model to make again. A word in ``glued`` has no space after it."""
    columns = [list(column) for column in zip(*rows, strict=True)]
    words = columns[0]
    spaces = [
        word not in glued and following not in {",", "."}
        for word, following in zip(words, [*words[1:], "."], strict=True)
    ]
    names = ("words", "heads", "deps", "tags", "pos", "lemmas", "ents")
    doc = Doc(load_model().vocab, spaces=spaces, **dict(zip(names, columns, strict=False)))
    [sentence] = read_sentences([doc], full_names={})
    return sentence


def phrase(sentence: Sentence, text: str) -> AnswerPhrase:
    people = person_names([sentence.span.doc])
    found = [
        p for p in answer_phrases(sentence.span, people=people) if p.span(sentence.span.doc).text == text
    ]
    assert found, [p.span(sentence.span.doc).text for p in answer_phrases(sentence.span, people=people)]
    return found[0]


def statement(sentence: Sentence) -> str:
    kept = [token for token in sentence.span if token.i not in sentence.dropped]
    return render(kept, replacements=sentence.replacements)


def states(sentence: Sentence, answer: str) -> bool:
    """Whether the fact of ``answer`` in ``sentence`` is drafted as a true/false statement."""
    from generator.drafts import choice_drafts, drafts_for
    from questions.question import Kind

    drafts = drafts_for(sentence, phrase(sentence, answer))
    made = choice_drafts(drafts, article_candidates=[], kinds={Kind.TRUE_FALSE})
    return any(draft.kind is Kind.TRUE_FALSE for draft in made)
