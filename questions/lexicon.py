"""The words grading reads answers with (units, fillers, places, other names), kept as data.

They live in ``questions/lexicon/en.yaml`` and load once, on the first answer that needs them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

LEXICON_FILE = Path(__file__).with_name("lexicon") / "en.yaml"
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without accents: how grading compares words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """A name as grading compares it: letters and digits only, no case, accents or leading "the"."""
    words = _WORD.findall(fold(text))
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return "".join(words)


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, str]
    """Each written form of a unit ("$", "dollars") -> its one name ("dollar")."""
    fillers: frozenset[str]
    """Words around an answer that change nothing ("in", "the")."""
    added_words: frozenset[str]
    """Fillers a learner may add, but not leave out of an answer ("city", "president")."""
    approximations: frozenset[str]
    """Fillers before a count, never before a year ("about")."""
    meaning_words: frozenset[str]
    """Words never dropped as fillers, even when the question uses them ("not", "before")."""
    joining_words: frozenset[str]
    """Small words inside names, skipped by initials ("of" in "DRC")."""
    place_first_words: frozenset[str]
    """First words of place names: "York" is no surname of "New York"."""
    institution_last_words: frozenset[str]
    """Last words of places and organisations: "Street" is no surname of "Wall Street"."""
    surname_first: frozenset[str]
    """Surnames written before the given name ("Kim" in "Kim Jong-un")."""
    places: dict[str, str]
    """Place names this file adds (as ``name_key``) -> their kind ("country", "city")."""
    same_referent: tuple[frozenset[str], ...]
    """Groups of names (as ``name_key``) of one referent."""


@cache
def lexicon() -> Lexicon:
    import yaml

    data = yaml.load(LEXICON_FILE.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    not_a_person = data["not_a_person"]
    return Lexicon(
        units={fold(form): name for name, forms in data["units"].items() for form in forms},
        fillers=frozenset(data["fillers"]),
        added_words=frozenset(data["added_words"]),
        approximations=frozenset(data["approximations"]),
        meaning_words=frozenset(data["meaning_words"]),
        joining_words=frozenset(data["joining_words"]),
        place_first_words=frozenset(not_a_person["first_words"]),
        institution_last_words=frozenset(not_a_person["last_words"]),
        surname_first=frozenset(data["surname_first"]),
        places={name_key(name): kind for kind, names in data["places"].items() for name in names},
        same_referent=tuple(frozenset(name_key(name) for name in group) for group in data["same_referent"]),
    )


__all__ = ["LEXICON_FILE", "Lexicon", "fold", "lexicon", "name_key"]
