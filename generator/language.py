"""Which language an article is written in, paragraph by paragraph, by ``py3langid``.

py3langid (a maintained fork of langid.py) ships its model: 97 languages from character n-grams,
nothing downloaded. An article is judged by the words of its paragraphs: mostly in English, it is
English, and the paragraphs surely in another language go (a German page's English summary, an
English page's untranslated quote); mostly in another language, it is refused by that language's name.
A paragraph made mostly of English's function words is English without asking the identifier.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from generator.lexicon import english

ENGLISH = "en"
MIN_WORDS = 6
"""Below this many words a text is too short to judge at all."""
PARAGRAPH_WORDS = 12
"""A paragraph this long is judged on its own; shorter ones (names, labels, short quotes) are not."""
SAMPLE_CHARS = 400
"""How much of a text is looked at: a few sentences tell its language, and the time grows with the length."""
SURE = 0.9
"""The probability from which the identifier's answer is taken as certain."""
PLAINLY_ENGLISH = 0.25
"""From this share of its words among the lexicon's function words a paragraph is English without asking the
identifier, which walks every character in Python: most paragraphs of most pages are plain English."""


@dataclass(frozen=True)
class Verdict:
    """The language of a text, as an ISO 639-1 code, and how sure the identifier is of it."""

    code: str
    probability: float

    @property
    def sure(self) -> bool:
        return self.probability >= SURE

    @property
    def name(self) -> str:
        return language_name(self.code)


@dataclass(frozen=True)
class Reading:
    """An article's language: its main one, and the paragraphs written in it."""

    main: Verdict | None
    """None when the text is too short or too mixed to tell."""
    kept: list[str]


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_name(code: str) -> str:
    """The English name of a language code ("ca" → "Catalan"); the code itself when unknown."""
    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def identify(text: str) -> Verdict | None:
    """The language ``text`` is in, or None when it has fewer than MIN_WORDS words."""
    if len(text.split()) < MIN_WORDS:
        return None
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return Verdict(code=code, probability=float(probability))


def plainly_english(text: str) -> bool:
    """Whether ``PLAINLY_ENGLISH`` of the text's words are English function words ("the", "of")."""
    words = text.lower().split()
    return bool(words) and sum(
        word.strip(".,;:!?\"'“”‘’()") in english.function_words for word in words
    ) >= PLAINLY_ENGLISH * len(words)


def read_language(paragraphs: Sequence[str]) -> Reading:
    """The main language of the paragraphs (by their words), and those not surely in another one."""
    verdicts = [_paragraph_verdict(p) if len(p.split()) >= PARAGRAPH_WORDS else None for p in paragraphs]
    words: Counter[str] = Counter()
    for paragraph, verdict in zip(paragraphs, verdicts, strict=True):
        if verdict is not None and verdict.sure:
            words[verdict.code] += len(paragraph.split())
    if words:
        code = max(words, key=lambda language: (words[language], language == ENGLISH))
        main: Verdict | None = Verdict(code=code, probability=words[code] / words.total())
    else:
        whole = identify(" ".join(paragraphs))
        main = whole if whole is not None and whole.sure else None
    if main is None:
        return Reading(main=None, kept=list(paragraphs))
    kept = [
        paragraph
        for paragraph, verdict in zip(paragraphs, verdicts, strict=True)
        if verdict is None or not verdict.sure or verdict.code == main.code
    ]
    return Reading(main=main, kept=kept)


def _paragraph_verdict(paragraph: str) -> Verdict | None:
    if plainly_english(paragraph):
        return Verdict(code=ENGLISH, probability=SURE)
    return identify(paragraph)


__all__ = [
    "ENGLISH",
    "MIN_WORDS",
    "PARAGRAPH_WORDS",
    "SAMPLE_CHARS",
    "SURE",
    "Reading",
    "Verdict",
    "identify",
    "language_name",
    "plainly_english",
    "read_language",
]
