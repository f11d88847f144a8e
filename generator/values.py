"""Numbers, dates and times in the surface form the article wrote them: parsed into a value and a
pattern ("$35.67 million", "Feb. 14", "the 1920s", "3:42 a.m."), moved by plausible steps and written
again exactly in the answer's format.
"""

from __future__ import annotations

import random
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Generic, TypeVar

from generator import word_lists
from generator.folding import text_key

LATEST_YEAR = 2030
YEAR_WINDOW = 10

V = TypeVar("V")
S = TypeVar("S")


def _ladders(
    steps: Sequence[S],
    *,
    count: int,
    rng: random.Random,
    move: Callable[[S, int], V | None],
    ok: Callable[[V], bool],
) -> list[V]:
    """Values ``move(step, j)``, ``j`` steps from the answer's, that pass ``ok``.

    First a run of ``count`` values with the answer at a random place in it (so the answer is not
    always the middle choice), by a step picked at random or, if it has no room for a run (80% by 40),
    by the next; then the rest of every step's values, nearest first.
    """
    first = rng.choice(steps)
    runs: list[V] = []
    rests: list[V] = []
    for step in [first, *(other for other in steps if other != first)]:

        def good(j: int, step: S = step) -> bool:
            value = move(step, j)
            return value is not None and ok(value)

        starts = [k for k in range(count + 1) if all(good(j) for j in range(-k, count - k + 1) if j)]
        run: list[int] = []
        if starts and not runs:
            start = rng.choice(starts)
            run = [j for j in range(-start, count - start + 1) if j]
        reach = 2 * count + 2
        rest = [j for j in sorted(range(-reach, reach + 1), key=abs) if j and j not in run and good(j)]
        runs += [value for j in run if (value := move(step, j)) is not None]
        rests += [value for j in rest if (value := move(step, j)) is not None]
    return list(dict.fromkeys(runs + rests))


@dataclass(frozen=True)
class Pattern(ABC, Generic[V]):
    """A value and the exact way the answer writes it; other values are written the same way."""

    value: V

    @abstractmethod
    def render(self) -> str: ...

    @abstractmethod
    def fits(self, value: V) -> bool:
        """Whether ``value`` is a plausible alternative to this answer's value, wherever it comes from."""

    @abstractmethod
    def near(self, *, count: int, rng: random.Random) -> list[V]:
        """Values near the answer's, in order of preference."""

    def identity(self) -> Hashable:
        return (type(self).__name__, self.value)

    def allows(self, other: Pattern[Any]) -> bool:
        """Whether an article's value is written exactly as the answer would write it, and plausible."""
        return (
            type(other) is type(self)
            and self.fits(other.value)
            and replace(self, value=other.value).render() == other.render()
        )


def _resolution(value: Decimal, decimals: int) -> Decimal:
    """The step a number is written to: 14,000 to the thousand, 35.67 to the hundredth, 50 to the unit."""
    if decimals:
        return Decimal(1).scaleb(-decimals)
    whole = int(value)
    if whole == 0:
        return Decimal(1)
    zeros = len(str(whole)) - len(str(whole).rstrip("0"))
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
_STEP_SHARES = ("0.15", "0.2", "0.25", "0.3", "0.5")


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

    def _counted(self) -> bool:
        """Whether the suffix is a unit whose plural differs from its singular ("1 mile", "2 miles")."""
        words = self.suffix.split()
        return self.suffix.startswith(" ") and words[0].casefold() not in _UNCOUNTED_SUFFIXES

    def fits(self, value: Decimal) -> bool:
        if value < 0 or (value == 0 and self.value != 0):
            return False
        if self.spelling and (value != value.to_integral_value() or value > 99):
            return False
        if self.suffix.strip().casefold() in _PERCENT_SUFFIXES and self.value <= 100 < value:
            return False
        if self._counted() and value == 1:
            return False
        # Far from the answer is no temptation: 412 is not a choice for 14.
        highest = max(self.value * 3, self.value + 10 * _resolution(self.value, self.decimals))
        return not self.value or self.value / 3 <= value <= highest

    def near(self, *, count: int, rng: random.Random) -> list[Decimal]:
        resolution = _resolution(self.value, self.decimals)
        shares = (Decimal(share) for share in _STEP_SHARES)
        steps = list(
            dict.fromkeys(resolution * max(1, round(self.value * share / resolution)) for share in shares)
        )
        return _ladders(
            steps,
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


_HEDGE = "(?P<hedge>(?i:" + "|".join(re.escape(hedge) for hedge in word_lists.HEDGES) + ") )?"
_SUFFIX = r"(?P<suffix>%|(?:k|m|mn|bn|b|tn)(?![^\W\d_])|[ -][^\W\d_]+(?:[ -][^\W\d_]+){0,2})?"
_DIGITS = re.compile(
    _HEDGE
    + r"(?P<currency>(?:US|A|C|HK|NZ|S)?\$|[€£¥₩₹])?"
    + r"(?P<integer>\d{1,3}(?:(?P<separator>[,\u00a0\u202f ])\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    + _SUFFIX
)
_SPELLED = re.compile(_HEDGE + r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)" + _SUFFIX)


def _parse_number(text: str) -> _Number | None:
    if match := _DIGITS.fullmatch(text):
        integer, fraction = match["integer"], match["fraction"] or ""
        value = Decimal(re.sub(r"\D", "", integer) + (f".{fraction}" if fraction else ""))
        separator = match["separator"] or ("" if value >= 1000 else None)
        hedge, currency, decimals, spelling = match["hedge"] or "", match["currency"] or "", len(fraction), ""
    elif (match := _SPELLED.fullmatch(text)) and match["word"].casefold() in _CARDINAL_VALUES:
        value = Decimal(_CARDINAL_VALUES[match["word"].casefold()])
        hedge, currency, separator, decimals = match["hedge"] or "", "", None, 0
        spelling = _spelling_of(match["word"])
    else:
        return None
    return _Number(value, hedge, currency, separator, decimals, spelling, match["suffix"] or "")


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
        return _ladders(
            steps,
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def _parse_ordinal(text: str) -> _Ordinal | None:
    if match := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text):
        return _Ordinal(int(match[1]), "")
    if text.casefold() in _ORDINAL_VALUES:
        return _Ordinal(_ORDINAL_VALUES[text.casefold()], _spelling_of(text))
    return None


def _latest(answer_year: int, latest: int) -> int:
    """Past answers keep to the past-ish range; an answer beyond it (a target year) is not held back."""
    return latest if answer_year <= latest else 9999


_TIME_OF = "(?P<prefix>(?i:(?:early|late) |mid-))?"


@dataclass(frozen=True)
class _Year(Pattern[int]):
    """ "1960", "early 2026"."""

    prefix: str

    def render(self) -> str:
        return f"{self.prefix}{self.value}"

    def fits(self, value: int) -> bool:
        return abs(value - self.value) <= YEAR_WINDOW and 1000 <= value <= _latest(self.value, LATEST_YEAR)

    def near(self, *, count: int, rng: random.Random) -> list[int]:
        return _ladders(
            (1, 2, 3),
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def _parse_year(text: str) -> _Year | None:
    match = re.fullmatch(rf"{_TIME_OF}(\d{{4}})", text)
    return _Year(int(match[2]), match["prefix"] or "") if match else None


@dataclass(frozen=True)
class _Decade(Pattern[int]):
    """ "1920s", "the 1980s", "the early '60s"."""

    prefix: str
    apostrophe: str

    def render(self) -> str:
        digits = f"{self.value % 100:02d}" if self.apostrophe else str(self.value)
        return f"{self.prefix}{self.apostrophe}{digits}s"

    def fits(self, value: int) -> bool:
        if self.apostrophe:
            return 1910 <= value <= 1990
        return 1000 <= value <= _latest(self.value, LATEST_YEAR - LATEST_YEAR % 10 - 10)

    def near(self, *, count: int, rng: random.Random) -> list[int]:
        return _ladders(
            (10,),
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def _parse_decade(text: str) -> _Decade | None:
    match = re.fullmatch(
        r"(?P<prefix>(?i:the )?(?i:(?:early|late) |mid-)?)"
        r"(?:(?P<century>\d\d)|(?P<apostrophe>['’]))(?P<decade>\d)0s",
        text,
    )
    if not match:
        return None
    century = int(match["century"]) if match["century"] else 19
    return _Decade(century * 100 + int(match["decade"]) * 10, match["prefix"], match["apostrophe"] or "")


_MONTH_TOKENS: dict[str, tuple[int, str]] = {
    **{name[:3]: (number, "short") for number, name in enumerate(word_lists.MONTHS, 1)},
    **{f"{name[:3]}.": (number, "dotted") for number, name in enumerate(word_lists.MONTHS, 1) if number != 5},
    **{abbreviation: (number, "ap") for number, abbreviation in word_lists.AP_MONTHS.items()},
    **{name: (number, "full") for number, name in enumerate(word_lists.MONTHS, 1)},
}


def _month_name(month: int, style: str) -> str:
    name = word_lists.MONTHS[month - 1]
    if style == "ap":
        return word_lists.AP_MONTHS.get(month, name)
    if style == "dotted":
        return name if month == 5 else f"{name[:3]}."
    return name[:3] if style == "short" else name


def _add_months(day: date, months: int) -> date | None:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    try:
        return date(year, month + 1, day.day)
    except ValueError:
        return None


_M = r"(?P<month>[A-Z][a-z]{2,8}\.?)"
_D = r"(?P<day>\d{1,2})"
_Y = r"(?P<year>\d{4})"
_ON = "(?P<prefix>(?:" + "|".join(word_lists.WEEKDAYS) + "),? )?"
_DATE_ORDERS: dict[str, re.Pattern[str]] = {
    "MDY": re.compile(rf"{_ON}{_M} {_D}, {_Y}"),
    "DMY": re.compile(rf"{_ON}{_D} {_M} {_Y}"),
    "MD": re.compile(rf"{_ON}{_M} {_D}"),
    "DM": re.compile(rf"{_ON}{_D} {_M}"),
    "MY": re.compile(rf"{_TIME_OF}{_M} {_Y}"),
    "M": re.compile(rf"{_TIME_OF}{_M}"),
    "ISO": re.compile(rf"{_Y}-(?P<month>\d\d)-(?P<day>\d\d)"),
}
_LEAP_YEAR = 2000


@dataclass(frozen=True)
class _Date(Pattern[date]):
    """A date or a month in one of the orders above; parts the answer does not show are placeholders."""

    order: str
    month_style: str
    prefix: str
    """ "early " before a month, or a weekday before a day ("Tuesday, "): then it moves only by weeks."""

    def render(self) -> str:
        month, day, year = _month_name(self.value.month, self.month_style), self.value.day, self.value.year
        return (
            self.prefix
            + {
                "MDY": f"{month} {day}, {year}",
                "DMY": f"{day} {month} {year}",
                "MD": f"{month} {day}",
                "DM": f"{day} {month}",
                "MY": f"{month} {year}",
                "M": month,
                "ISO": self.value.isoformat(),
            }[self.order]
        )

    @property
    def _has_year(self) -> bool:
        return "Y" in self.order or self.order == "ISO"

    def identity(self) -> Hashable:
        year = self.value.year if self._has_year else None
        return ("date", year, self.value.month, None if self.order in ("MY", "M") else self.value.day)

    def fits(self, value: date) -> bool:
        return not self._has_year or 1000 <= value.year <= _latest(self.value.year, LATEST_YEAR)

    def near(self, *, count: int, rng: random.Random) -> list[date]:
        if self.order == "M":
            months = [month for month in range(1, 13) if month != self.value.month]
            rng.shuffle(months)
            return [self.value.replace(month=month) for month in months]
        units = ("month",) if self.order == "MY" else ("week",) if self.prefix else ("week", "month")

        def shifted(unit: str, j: int) -> date | None:
            return self.value + timedelta(weeks=j) if unit == "week" else _add_months(self.value, j)

        return _ladders(units, count=count, rng=rng, move=shifted, ok=self.fits)


def _parse_date(text: str) -> _Date | None:
    for order, pattern in _DATE_ORDERS.items():
        if not (match := pattern.fullmatch(text)):
            continue
        groups = match.groupdict()
        if order == "ISO":
            month, style = int(match["month"]), "full"
        elif match["month"] in _MONTH_TOKENS:
            month, style = _MONTH_TOKENS[match["month"]]
        else:
            return None
        try:
            value = date(int(groups.get("year") or _LEAP_YEAR), month, int(groups.get("day") or 1))
        except ValueError:
            return None
        return _Date(value, order, style, groups.get("prefix") or "")
    return None


@dataclass(frozen=True)
class _Weekday(Pattern[int]):
    """ "Wednesday", "Wednesday night"."""

    suffix: str

    def render(self) -> str:
        return f"{word_lists.WEEKDAYS[self.value]}{self.suffix}"

    def fits(self, value: int) -> bool:
        return True

    def near(self, *, count: int, rng: random.Random) -> list[int]:
        days = [day for day in range(7) if day != self.value]
        rng.shuffle(days)
        return days


def _parse_weekday(text: str) -> _Weekday | None:
    days = "|".join(word_lists.WEEKDAYS)
    if match := re.fullmatch(rf"({days})((?: (?:morning|afternoon|evening|night))?)", text):
        return _Weekday(word_lists.WEEKDAYS.index(match[1]), match[2])
    return None


_MARKERS = {"a.m.": ("a.m.", "p.m."), "am": ("am", "pm"), "AM": ("AM", "PM")}


@dataclass(frozen=True)
class _Time(Pattern[int]):
    """A clock time in minutes after midnight: "3 p.m.", "10:30 a.m.", "14:00"."""

    style: str
    """A key of _MARKERS, or "24h"."""
    space: str
    minutes_shown: bool
    padded: bool

    def render(self) -> str:
        hour, minute = divmod(self.value, 60)
        if self.style == "24h":
            return f"{hour:02d}:{minute:02d}" if self.padded else f"{hour}:{minute:02d}"
        morning, afternoon = _MARKERS[self.style]
        clock = str(hour % 12 or 12) + (f":{minute:02d}" if self.minutes_shown else "")
        return f"{clock}{self.space}{morning if hour < 12 else afternoon}"

    def fits(self, value: int) -> bool:
        return 0 <= value < 24 * 60 and (self.minutes_shown or value % 60 == 0)

    def near(self, *, count: int, rng: random.Random) -> list[int]:
        return _ladders(
            (60, 120),
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def _parse_time(text: str) -> _Time | None:
    if match := re.fullmatch(r"(\d{1,2}):(\d\d)", text):
        hour, minute = int(match[1]), int(match[2])
        return (
            _Time(hour * 60 + minute, "24h", "", True, len(match[1]) == 2)
            if hour < 24 and minute < 60
            else None
        )
    match = re.fullmatch(r"(\d{1,2})(?::(\d\d))?( ?)([ap]\.m\.|[ap]m|[AP]M)", text)
    if not match or not 1 <= int(match[1]) <= 12 or int(match[2] or 0) >= 60:
        return None
    style = {"a.m.": "a.m.", "p.m.": "a.m.", "am": "am", "pm": "am", "AM": "AM", "PM": "AM"}[match[4]]
    hour = int(match[1]) % 12 + (12 if match[4][0] in "pP" else 0)
    return _Time(hour * 60 + int(match[2] or 0), style, match[3], match[2] is not None, False)


PARSERS: dict[str, tuple[Callable[[str], Pattern[Any] | None], ...]] = {
    "DATE": (_parse_year, _parse_decade, _parse_date, _parse_weekday),
    "TIME": (_parse_time, _parse_weekday),
    "CARDINAL": (_parse_number,),
    "MONEY": (_parse_number,),
    "PERCENT": (_parse_number,),
    "QUANTITY": (_parse_number,),
    "ORDINAL": (_parse_ordinal,),
}


def detect(text: str, label: str) -> Pattern[Any] | None:
    """The answer's pattern, if it is one we can write again exactly; relative dates ("last year") are not."""
    for parse in PARSERS.get(label, ()):
        pattern = parse(text)
        if pattern is not None and pattern.render() == text and pattern.fits(pattern.value):
            return pattern
    return None


__all__ = ["LATEST_YEAR", "PARSERS", "YEAR_WINDOW", "Pattern", "detect", "spell"]
