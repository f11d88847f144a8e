"""Reading a typed answer into what grading compares: its words, and its numbers with their units.

"six years", "6 years" and "6 yrs" read as the number 6 with the unit year; "$14m", "US$14 million"
and "14 million dollars" as 14,000,000 dollars; "14k" as 14,000; "half", "1/2" and ".5" as 0.5;
"G20" as the letter g and the number 20; "World War II" as two words and the number 2.
Number words are turned into digits by ``text2num``; units come from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from questions.lexicon import fold, lexicon

_ARTICLES = frozenset({"the", "a", "an"})
_SCALES = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
_AND_A_HALF = re.compile(r"\b(\d+) and a half\b")
# "14 hundred": text2num would leave "14 100", which reads as 14,100.
_HUNDREDS = re.compile(r"\b(\d+)\s+hundred\b")
_SCALE_VALUES = frozenset(_SCALES.values())
# "14k" and "3bn" are always scaled; "$14m" is money, but "14m" alone may be metres.
_ANY_SUFFIX = {"k": _SCALES["thousand"], "bn": _SCALES["billion"], "tn": _SCALES["trillion"]}
_CURRENCY_SUFFIXES = {"m": _SCALES["million"], "mn": _SCALES["million"], "b": _SCALES["billion"]}
CURRENCY_SIGNS = frozenset("$€£¥₩₹₽₺")
_FRACTION_WORDS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
_PER_CENT = re.compile(r"\bper\s*cent\b")
_US_DOLLAR = re.compile(r"\bu\.?s\.?\s*(?:\$|dollars?\b)")
_TOKEN = re.compile(
    r"""
    (?P<fraction>(?<![\w./])\d+/[1-9]\d*(?![\w/]))
    | (?P<number>
        (?<![\w.])[-\u2212]?
        (?:(?:\d{1,3}(?:[,\ ]\d{3})+(?!\d) | \d+)(?:\.\d+)? | \.\d+)
      )
      (?P<ordinal>st|nd|rd|th)?
      (?P<suffix>k|mn?|bn?|tn)?
      (?![^\W_])
    | (?P<code>[^\W_]*\d[^\W_]*)
    | [$€£¥₩₹₽₺%]
    | [^\W\d_]+
    """,
    re.VERBOSE,
)
# Roman numerals of two letters or more, up to 39, after a word: "World War II", "Charles III"
# ("I" is a word, and "Xi" in "Xi Jinping" a name).
_ROMAN = re.compile(r"(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}
_CODE_PART = re.compile(r"\d+|[^\W\d_]+")
_NUMBER_SEPARATORS = re.compile(r"[,\s]")
_HAS_LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Number:
    value: Decimal
    grouped: bool
    """Written with thousands separators ("1,960"): a count, never a year."""

    @property
    def year_like(self) -> bool:
        """Written as a modern year is: four digits from 1500 to 2099, no separators, no decimals."""
        return not self.grouped and self.value == self.value.to_integral() and 1500 <= self.value <= 2099


@dataclass(frozen=True)
class Reading:
    """A typed answer reduced to what grading compares."""

    key: str
    """Words and numbers as written, without case, accents, punctuation, spaces or a leading article."""
    tokens: tuple[str, ...]
    """The words and numbers as written, initials run together ("U.S." -> "us")."""
    numbers: tuple[Number, ...]
    """Every number's value, number words, scale words ("14 million") and suffixes ("$14m") applied."""
    units: tuple[str, ...]
    """The units given, each by its one name ("$" and "dollars" are both "dollar")."""
    words: tuple[str, ...]
    """Everything else, in order; a code's letters ("g" of "G20", whose 20 is a number)."""

    @property
    def values(self) -> tuple[Decimal, ...]:
        return tuple(number.value for number in self.numbers)

    @property
    def digits(self) -> str:
        """Every digit as written, in order: a typo never changes one."""
        return "".join(ch for ch in self.key if ch.isdigit())


def same_numbers(given: Reading, expected: Reading) -> bool:
    """The same values; a year ("1960") is not matched by a count written like one ("1,960")."""
    if given.values != expected.values:
        return False
    return not any(e.year_like and g.grouped for g, e in zip(given.numbers, expected.numbers, strict=True))


def _as_digits(folded: str) -> str:
    from text_to_num import alpha2digit  # only for answers with words in them

    converted: str = alpha2digit(folded, "en", threshold=0)
    # text2num leaves "one and a half million" as "1 and a half 1000000".
    return _AND_A_HALF.sub(r"\1.5", converted)


def _parse_number(text: str) -> Decimal:
    return Decimal(_NUMBER_SEPARATORS.sub("", text).replace("\u2212", "-"))


def _roman(token: str) -> int:
    values = [_ROMAN_DIGITS[ch] for ch in token]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


@lru_cache(maxsize=4096)
def read(text: str) -> Reading:
    """``text`` as grading compares it (cached: the same answers are read again and again)."""
    folded = _US_DOLLAR.sub("$", _PER_CENT.sub("percent", fold(text)))
    folded = _HUNDREDS.sub(lambda match: str(int(match[1]) * 100), folded)
    raw = [match.group() for match in _TOKEN.finditer(folded)]
    if len(raw) > 1 and raw[0] in _ARTICLES:
        raw.pop(0)
    spelled = _as_digits(folded) if _HAS_LETTERS.search(folded) else folded
    numbers, units, words = _values(spelled, words_only=not any(ch.isdigit() for ch in folded))
    if words and words[0] in _ARTICLES and (len(words) > 1 or numbers):
        words.pop(0)
    return Reading(
        key="".join(raw),
        tokens=_initials_joined(raw),
        numbers=tuple(numbers),
        units=tuple(units),
        words=tuple(words),
    )


def _initials_joined(raw: list[str]) -> tuple[str, ...]:
    tokens: list[str] = []
    previous_single = False
    for token in raw:
        single = len(token) == 1 and token.isalpha()
        if single and previous_single:
            tokens[-1] += token
        else:
            tokens.append(token)
        previous_single = single
    return tuple(tokens)


def _values(spelled: str, *, words_only: bool) -> tuple[list[Number], list[str], list[str]]:
    unit_names = lexicon().units
    numbers: list[Number] = []
    units: list[str] = []
    words: list[str] = []
    unit_words: list[int] = []  # where each unit word stood among the words
    unit_tokens: list[str] = []
    previous = ""  # the previous token: a number's value as text, or the word
    previous_kind = ""
    for match in _TOKEN.finditer(spelled):
        token = match.group()
        kind = "word"
        if match["fraction"]:
            top, bottom = token.split("/")
            numbers.append(Number(Decimal(top) / Decimal(bottom), grouped=False))
            kind = "number"
        elif match["number"]:
            number = match["number"]
            value = _parse_number(number)
            grouped = bool(_NUMBER_SEPARATORS.search(number))
            suffix = match["suffix"]
            scale = _ANY_SUFFIX.get(suffix or "") or (
                _CURRENCY_SUFFIXES.get(suffix or "") if previous in CURRENCY_SIGNS else None
            )
            if scale is not None:
                value *= scale
            elif suffix:
                words.append(suffix)
            if previous_kind == "cardinal" and not grouped and value in _SCALE_VALUES:
                # "one point five million" comes out of text2num as "1.5 1000000".
                numbers[-1] = Number(numbers[-1].value * value, grouped=False)
            elif words_only and previous_kind == "cardinal" and _is_year_half(numbers[-1].value, value):
                # "nineteen sixty" comes out as "19 60".
                numbers[-1] = Number(numbers[-1].value * 100 + value, grouped=False)
            else:
                numbers.append(Number(value, grouped=grouped))
            kind = "ordinal" if match["ordinal"] else "cardinal"
        elif match["code"]:
            # "G20", "H5N1", "COVID19": letters and numbers, each compared as such.
            for part in _CODE_PART.findall(token):
                if part.isdigit():
                    numbers.append(Number(Decimal(part), grouped=False))
                else:
                    words.append(part)
        elif token in _SCALES and previous_kind == "cardinal":
            numbers[-1] = Number(numbers[-1].value * _SCALES[token], grouped=False)
            kind = "cardinal"
        elif _ROMAN.fullmatch(token) and previous_kind == "word":
            numbers.append(Number(Decimal(_roman(token)), grouped=False))
        elif token in _FRACTION_WORDS and previous_kind != "ordinal":
            share = _FRACTION_WORDS[token]
            if previous_kind == "cardinal":
                numbers[-1] = Number(numbers[-1].value * share, grouped=False)
            else:
                numbers.append(Number(share, grouped=False))
            kind = "cardinal"
        elif token in unit_names:
            units.append(unit_names[token])
            unit_words.append(len(words))
            unit_tokens.append(token)
        else:
            words.append(token)
        previous, previous_kind = token, kind
    if not numbers:
        # A unit needs a number: "Independence Day" is two words, not a word and a unit.
        for position, token in reversed(list(zip(unit_words, unit_tokens, strict=True))):
            words.insert(position, token)
        units.clear()
    return numbers, units, words


def _is_year_half(first: Decimal, second: Decimal) -> bool:
    return 10 <= first <= 29 and 10 <= second <= 99 and first == first.to_integral()


__all__ = ["CURRENCY_SIGNS", "Number", "Reading", "read", "same_numbers"]
