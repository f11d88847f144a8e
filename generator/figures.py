"""Figures in the form the article wrote them: amounts with their currency, scale and unit
("$35.67 million", "14,000", "six", "40 percent") and ordinals ("third", "21st")."""

from __future__ import annotations

import random
import re
from collections.abc import Hashable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from generator import word_lists
from generator.folding import text_key
from generator.patterns import Pattern, ladders


def _resolution(value: Decimal, decimals: int) -> Decimal:
    """The step a number is written to: 14,000 to the thousand, 35.67 to the hundredth, 80 to the
    five (its choices are round too: "roughly 80 percent" among 44, 56 and 68 stands out)."""
    if decimals:
        return Decimal(1).scaleb(-decimals)
    whole = int(value)
    if whole == 0:
        return Decimal(1)
    zeros = len(str(whole)) - len(str(whole).rstrip("0"))
    if zeros and len(str(whole)) == 2:
        return Decimal(5)  # "10 candidates" among 5, 15 and 20, not 20, 30 and 40
    return Decimal(10) ** min(zeros, max(len(str(whole)) - 2, 0))


def _number_word(value: int) -> str:
    if value < 20:
        return word_lists.CARDINAL_WORDS[value]
    tens, ones = divmod(value, 10)
    return word_lists.TENS_WORDS[tens] + (f"-{word_lists.CARDINAL_WORDS[ones]}" if ones else "")


def _ordinal_word(value: int) -> str:
    if value < 20:
        return word_lists.ORDINAL_WORDS[value]
    tens, ones = divmod(value, 10)
    if not ones:
        return word_lists.ORDINAL_TENS_WORDS[tens]
    return f"{word_lists.TENS_WORDS[tens]}-{word_lists.ORDINAL_WORDS[ones]}"


_CARDINAL_VALUES = {_number_word(value): value for value in range(100)}
_ORDINAL_VALUES = {_ordinal_word(value): value for value in range(1, 100)}
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})
_PERCENT_SUFFIXES = frozenset({"%", "percent", "per cent"})
_UNCOUNTED_SUFFIXES = _SCALE_WORDS | {"percent", "per"}
_STEP_SHARES = ("0.15", "0.2", "0.25", "0.3")
"""Steps between an amount's choices as shares of it; not a half, which makes every choice a
multiple of half the answer ("£54.25 | £108.49 | £162.73 | £216.97": raters called it a
progression around the answer)."""
NEARLY_TRUE = Decimal("0.05")
"""A choice within this share of the answer is nearly the answer."""
PRICE_POINTS = frozenset({Decimal("0.99"), Decimal("0.95")})
"""The pence of a shop's price, which its choices keep: raters found "£4.99" the one price among
"£5.74" and "£6.49"."""
ARTICLE_SPREAD = Decimal("1.75")
"""How far from the answer another figure of the article may be and still be a choice."""


def spell(word: str, spelling: str) -> str:
    return word[:1].upper() + word[1:] if spelling == "title" else word


def _spelling_of(word: str) -> str:
    return "title" if word[:1].isupper() else "lower"


@dataclass(frozen=True)
class _Number(Pattern[Decimal]):
    """Cardinals, money, percentages and quantities: "$14 million", "14,000", "50%", "three", "3 km"."""

    hedge: str
    currency: str
    separator: str | None
    """Thousands separator; None when the answer is too small to show one (then a comma)."""
    decimals: int
    spelling: str
    """"" for digits, "lower" or "title" for a number written as a word."""
    suffix: str

    def render(self) -> str:
        if self.spelling:
            number = spell(_number_word(int(self.value)), self.spelling)
        else:
            number = f"{self.value:,.{self.decimals}f}"
            if self.separator is not None:
                number = number.replace(",", self.separator)
        return f"{self.hedge}{self.currency}{number}{self.suffix}"

    def identity(self) -> Hashable:
        return ("number", self.currency, text_key(self.suffix), self.value)

    @property
    def amount(self) -> Decimal:
        """The value with its magnitude: "£960m" is 960,000,000, "£1bn" 1,000,000,000."""
        return self.value * SCALES.get(self.suffix.strip().lower(), 1)

    def difference(self, other: Pattern[Any]) -> float | None:
        if not isinstance(other, _Number) or (other.currency, text_key(other.suffix)) != (
            self.currency,
            text_key(self.suffix),
        ):
            return None
        return float(other.value - self.value)

    def _counted(self) -> bool:
        """Whether the suffix is a unit whose plural differs from its singular ("1 mile", "2 miles")."""
        words = self.suffix.split()
        return self.suffix.startswith(" ") and words[0].casefold() not in _UNCOUNTED_SUFFIXES

    def _share(self) -> bool:
        """A percentage of a whole ("94.7%"), not a rise of more than it ("up 120%")."""
        return self.suffix.strip().casefold() in _PERCENT_SUFFIXES and self.value <= 100

    def fits(self, value: Decimal) -> bool:
        if value < 0 or (value == 0 and self.value != 0):
            return False
        if self.spelling and (value != value.to_integral_value() or value > 99):
            return False
        whole = Decimal(100)
        if self._share() and (value > whole or (value == whole and self.value != whole)):
            return False  # no share above the whole, and "100 percent" ("all") only as the answer
        if self._counted() and value == 1:
            return False
        # Far from the answer is no temptation: 412 is not a choice for 14.
        highest = max(self.value * 3, self.value + 10 * _resolution(self.value, self.decimals))
        return not self.value or self.value / 3 <= value <= highest

    def allows(self, other: Pattern[Any]) -> bool:
        """Also written to the answer's step (no "239" of another figure beside "about 100", no
        "$17.50" beside the price "$19.95"), not so close to it that it is nearly true ("$1,000"
        beside "about $1,024"), and not so far that it is another thing's figure ("$461.99" of
        another deal beside "$164.99")."""
        return (
            super().allows(other)
            and other.value % _resolution(self.value, self.decimals) == 0
            and (not self._price_point() or other.value % 1 == self.value % 1)
            and abs(other.value - self.value) > self.value * NEARLY_TRUE
            and self.value / ARTICLE_SPREAD <= other.value <= self.value * ARTICLE_SPREAD
        )

    def _price_point(self) -> bool:
        """A shop's price: "£4.99", "$19.95"; not "$0.99", which no whole step leaves above nothing."""
        return (
            bool(self.currency) and self.decimals == 2 and self.value > 1 and self.value % 1 in PRICE_POINTS
        )

    def near(self, *, count: int, rng: random.Random) -> list[Decimal]:
        # a price moves by whole pounds and keeps its pence: "£4.99" among "£3.99" and "£5.99"
        resolution = Decimal(1) if self._price_point() else _resolution(self.value, self.decimals)
        shares = (Decimal(share) for share in _STEP_SHARES)
        steps = list(
            dict.fromkeys(resolution * max(1, round(self.value * share / resolution)) for share in shares)
        )
        whole = Decimal(100)
        if self._share() and whole - self.value > resolution * (count + 1):
            # "94.7%" has 5.3 points of room above it: steps of 14 left every choice below it
            room = (whole - self.value) / (count + 1)
            steps.append(resolution * max(1, int(room / resolution)))
        return ladders(
            steps,
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


_HEDGE = "(?P<hedge>(?i:" + "|".join(re.escape(hedge) for hedge in word_lists.HEDGES) + ") )?"
MAGNITUDES = ("k", "m", "mn", "bn", "b", "tn")
"""Written onto a figure: "£75m", "$2bn"."""
SCALES = {
    **dict.fromkeys(("k", "thousand"), Decimal(10) ** 3),
    **dict.fromkeys(("m", "mn", "million"), Decimal(10) ** 6),
    **dict.fromkeys(("b", "bn", "billion"), Decimal(10) ** 9),
    **dict.fromkeys(("tn", "trillion"), Decimal(10) ** 12),
}
_SUFFIX = r"(?P<suffix>%|(?:" + "|".join(MAGNITUDES) + r")(?![^\W\d_])|[ -][^\W\d_]+(?:[ -][^\W\d_]+){0,2})?"
_DIGITS = re.compile(
    _HEDGE
    + r"(?P<currency>(?:US|A|C|HK|NZ|S)?\$|[€£¥₩₹])?"
    + r"(?P<integer>\d{1,3}(?:(?P<separator>[,\u00a0\u202f ])\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    + _SUFFIX
)
_SPELLED = re.compile(_HEDGE + r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)" + _SUFFIX)


def parse_number(text: str) -> _Number | None:
    if match := _DIGITS.fullmatch(text):
        integer, fraction = match["integer"], match["fraction"] or ""
        value = Decimal(re.sub(r"\D", "", integer) + (f".{fraction}" if fraction else ""))
        separator = match["separator"] or ("" if value >= 1000 else None)
        hedge, currency, decimals, spelling = match["hedge"] or "", match["currency"] or "", len(fraction), ""
    elif (
        (match := _SPELLED.fullmatch(text))
        and match["word"].casefold() in _CARDINAL_VALUES
        and not _spelled_on(match["suffix"])
    ):
        value = Decimal(_CARDINAL_VALUES[match["word"].casefold()])
        hedge, currency, separator, decimals = match["hedge"] or "", "", None, 0
        spelling = _spelling_of(match["word"])
    else:
        return None
    return _Number(value, hedge, currency, separator, decimals, spelling, match["suffix"] or "")


def _spelled_on(suffix: str | None) -> bool:
    """ "Ninety one" without its hyphen: the number goes on in the next word, which is no unit."""
    words = (suffix or "").split()
    return bool(words) and words[0].casefold() in _CARDINAL_VALUES


@dataclass(frozen=True)
class _Ordinal(Pattern[int]):
    """ "third", "Third", "2nd"."""

    spelling: str

    def render(self) -> str:
        if self.spelling:
            return spell(_ordinal_word(self.value), self.spelling)
        last_two = self.value % 100
        suffix = "th" if 11 <= last_two <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(self.value % 10, "th")
        return f"{self.value}{suffix}"

    def fits(self, value: int) -> bool:
        return value >= 1 and (not self.spelling or value <= 99)

    def near(self, *, count: int, rng: random.Random) -> list[int]:
        steps = sorted({max(1, round(self.value * share)) for share in (0.1, 0.2)})
        return ladders(
            steps,
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def parse_ordinal(text: str) -> _Ordinal | None:
    if match := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text):
        return _Ordinal(int(match[1]), "")
    if text.casefold() in _ORDINAL_VALUES:
        return _Ordinal(_ORDINAL_VALUES[text.casefold()], _spelling_of(text))
    return None


def ordinals(value: int) -> tuple[str, str]:
    """ "third" and "3rd", the ordinals of 3."""
    return _Ordinal(value, "lower").render(), _Ordinal(value, "").render()


__all__ = ["MAGNITUDES", "ordinals", "parse_number", "parse_ordinal", "spell"]
