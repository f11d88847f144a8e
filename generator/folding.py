"""Comparing texts as choices: two spellings of one thing share a key, and a choice clashes with
another that names the same referent, is part of it, is spelled nearly like it or abbreviates it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

NEAR_SPELLING = 85

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_TOKEN = re.compile(r"[^\W_]+|[$€£¥₩₹%]")
POSSESSIVE = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@lru_cache(maxsize=8192)
def text_key(text: str) -> str:
    """Case, accents, punctuation and spacing ignored: "Kim Il-sung" and "kim il sung" share one key."""
    return " ".join(_TOKEN.findall(fold(text)))


def name_key(text: str) -> str:
    return text_key(text).removeprefix("the ")


def clean(text: str) -> str:
    return " ".join(text.split())


def abbreviates(short: str, long: str) -> bool:
    """ "UN" for "United Nations", "DPRK" for "Democratic People's Republic of Korea"."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    initials = [word[0] for word in re.split(r"[\s-]+", long) if word[:1].isupper()]
    return "".join(initials) == letters


@dataclass(frozen=True)
class Choice:
    text: str
    ids: frozenset[Hashable]
    """What the text refers to (an entity, a date, an amount): two texts sharing one are the same choice."""

    @property
    def key(self) -> str:
        return text_key(self.text)


def clashes(first: Choice, second: Choice, *, by_value: bool) -> bool:
    """Same referent, one part of the other, or (for names) a near-spelling or an acronym of the other."""
    if first.ids & second.ids:
        return True
    one, other = first.key, second.key
    if one in other or other in one:
        return True
    if by_value:
        return False
    return (
        fuzz.ratio(one, other) > NEAR_SPELLING
        or abbreviates(first.text, second.text)
        or abbreviates(second.text, first.text)
    )


__all__ = [
    "NEAR_SPELLING",
    "POSSESSIVE",
    "Choice",
    "abbreviates",
    "clashes",
    "clean",
    "fold",
    "name_key",
    "text_key",
]
