"""Wrong choices for a multiple-choice item: of the answer's type and form, never a second true answer.

Names come first from the same article (phrases of the same kind), then, for places, nationalities
and currencies, from ``word_lists``; people and organisations only ever from the article. Numbers,
dates and times are the answer's own value moved by plausible steps and written in exactly the
answer's format. When fewer than ``count`` good choices exist the answer is ``None``: the caller
drops the item rather than show a bad choice.
"""

from __future__ import annotations

import random
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from generator import word_lists
from generator.lexicon import english

_NEAR_SPELLING = 85
COMMON_WORD = 4.5
"""Zipf frequency of a lower-cased word from which it is an English word, not a name."""
_MAX_WORDS = 6
_LATEST_YEAR = 2030
_YEAR_WINDOW = 10


@dataclass(frozen=True)
class Candidate:
    """A phrase from the same article that could serve as a distractor."""

    text: str
    label: str
    """A spaCy entity label (PERSON, GPE, DATE, …) or ``"NOUN_PHRASE"``."""


# --- comparing texts ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_TOKEN = re.compile(r"[^\W_]+|[$€£¥₩₹%]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """Case, accents, punctuation and spacing ignored: "Kim Il-sung" and "kim il sung" share one key."""
    return " ".join(_TOKEN.findall(_fold(text)))


def _name_key(text: str) -> str:
    return _key(text).removeprefix("the ")


def _clean(text: str) -> str:
    return " ".join(text.split())


def _abbreviates(short: str, long: str) -> bool:
    """ "UN" for "United Nations", "DPRK" for "Democratic People's Republic of Korea"."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    initials = [word[0] for word in re.split(r"[\s-]+", long) if word[:1].isupper()]
    return "".join(initials) == letters


@dataclass(frozen=True)
class _Choice:
    text: str
    ids: frozenset[Hashable]
    """What the text refers to (an entity, a date, an amount): two texts sharing one are the same choice."""

    @property
    def key(self) -> str:
        return _key(self.text)


def _clashes(first: _Choice, second: _Choice, *, by_value: bool) -> bool:
    """Same referent, one part of the other, or (for names) a near-spelling or an acronym of the other."""
    if first.ids & second.ids:
        return True
    one, other = first.key, second.key
    if one in other or other in one:
        return True
    if by_value:
        return False
    return (
        fuzz.ratio(one, other) > _NEAR_SPELLING
        or _abbreviates(first.text, second.text)
        or _abbreviates(second.text, first.text)
    )


# --- numbers, dates and times ------------------------------------------------------------------

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
class _Pattern(ABC, Generic[V]):
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

    def allows(self, other: _Pattern[Any]) -> bool:
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


def _spell(word: str, spelling: str) -> str:
    return word[:1].upper() + word[1:] if spelling == "title" else word


def _spelling_of(word: str) -> str:
    return "title" if word[:1].isupper() else "lower"


@dataclass(frozen=True)
class _Number(_Pattern[Decimal]):
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
            number = _spell(_number_word(int(self.value)), self.spelling)
        else:
            number = f"{self.value:,.{self.decimals}f}"
            if self.separator is not None:
                number = number.replace(",", self.separator)
        return f"{self.hedge}{self.currency}{number}{self.suffix}"

    def identity(self) -> Hashable:
        return ("number", self.currency, _key(self.suffix), self.value)

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
class _Ordinal(_Pattern[int]):
    """ "third", "Third", "2nd"."""

    spelling: str

    def render(self) -> str:
        if self.spelling:
            return _spell(_ordinal_word(self.value), self.spelling)
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
class _Year(_Pattern[int]):
    """ "1960", "early 2026"."""

    prefix: str

    def render(self) -> str:
        return f"{self.prefix}{self.value}"

    def fits(self, value: int) -> bool:
        return abs(value - self.value) <= _YEAR_WINDOW and 1000 <= value <= _latest(self.value, _LATEST_YEAR)

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
class _Decade(_Pattern[int]):
    """ "1920s", "the 1980s", "the early '60s"."""

    prefix: str
    apostrophe: str

    def render(self) -> str:
        digits = f"{self.value % 100:02d}" if self.apostrophe else str(self.value)
        return f"{self.prefix}{self.apostrophe}{digits}s"

    def fits(self, value: int) -> bool:
        if self.apostrophe:
            return 1910 <= value <= 1990
        return 1000 <= value <= _latest(self.value, _LATEST_YEAR - _LATEST_YEAR % 10 - 10)

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
class _Date(_Pattern[date]):
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
        return not self._has_year or 1000 <= value.year <= _latest(self.value.year, _LATEST_YEAR)

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
class _Weekday(_Pattern[int]):
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
class _Time(_Pattern[int]):
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


_PARSERS: dict[str, tuple[Callable[[str], _Pattern[Any] | None], ...]] = {
    "DATE": (_parse_year, _parse_decade, _parse_date, _parse_weekday),
    "TIME": (_parse_time, _parse_weekday),
    "CARDINAL": (_parse_number,),
    "MONEY": (_parse_number,),
    "PERCENT": (_parse_number,),
    "QUANTITY": (_parse_number,),
    "ORDINAL": (_parse_ordinal,),
}


def _detect(text: str, label: str) -> _Pattern[Any] | None:
    """The answer's pattern, if it is one we can write again exactly; relative dates ("last year") are not."""
    for parse in _PARSERS.get(label, ()):
        pattern = parse(text)
        if pattern is not None and pattern.render() == text and pattern.fits(pattern.value):
            return pattern
    return None


def _value_proposals(
    pattern: _Pattern[Any], label: str, candidates: Sequence[Candidate], *, count: int, rng: random.Random
) -> Iterator[_Choice]:
    found = (_detect(_clean(candidate.text), label) for candidate in candidates if candidate.label == label)
    others = [other for other in found if other is not None and pattern.allows(other)]
    others += [replace(pattern, value=value) for value in pattern.near(count=count, rng=rng)]
    for other in others:
        yield _Choice(other.render(), frozenset({other.identity()}))


# --- names -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One member of a built-in list: its canonical spelling and where it belongs."""

    pool: str
    name: str
    subregion: str = ""
    region: str = ""


_POOL_LABELS: dict[str, frozenset[str]] = {
    "country": frozenset({"GPE", "LOC"}),
    "province": frozenset({"GPE", "LOC"}),
    "city": frozenset({"GPE", "LOC"}),
    "us_state": frozenset({"GPE", "LOC"}),
    "continent": frozenset({"GPE", "LOC"}),
    "ocean": frozenset({"LOC"}),
    "nationality": frozenset({"NORP"}),
    "nationals": frozenset({"NORP"}),
    "currency": frozenset({"NOUN_PHRASE"}),
}
# Lists whose members read with "the" when the answer does: "the won", "the Pacific Ocean".
_WITH_ARTICLE = frozenset({"ocean", "currency"})


def _plural_demonym(demonym: str) -> str | None:
    """ "Cubans", "Iraqis"; None for demonyms without a regular plural ("French", "Swiss", "Chinese")."""
    return f"{demonym}s" if demonym.endswith(("an", "i")) else None


def _build_lists() -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]]]:
    """The lists offered as distractors, and every spelling (aliases too) mapped to its entries."""
    region_of = word_lists.SUBREGION_REGION
    where = {name: (sub, region_of[sub]) for name, (_, _, sub) in word_lists.COUNTRIES.items()}
    countries = [_Entry("country", name, *where[name]) for name in word_lists.COUNTRIES]
    demonyms = {demonym: name for name, (demonym, _, _) in word_lists.COUNTRIES.items() if demonym}
    nationalities = [_Entry("nationality", demonym, *where[name]) for demonym, name in demonyms.items()]
    nationals = [
        _Entry("nationals", plural, *where[name])
        for demonym, name in demonyms.items()
        if (plural := _plural_demonym(demonym))
    ]
    cities = [_Entry("city", city, *where[country]) for city, country in word_lists.CITIES.items()]
    capitals = [
        _Entry("city", capital, *where[name])
        for name, (_, capital, _) in word_lists.COUNTRIES.items()
        if capital and capital not in word_lists.CITIES
    ]
    offered: dict[str, list[_Entry]] = {  # in order of priority: "Georgia" is first a country
        "country": countries,
        "province": [
            _Entry("province", province, country, where[country][1])
            for province, country in word_lists.PROVINCES.items()
        ],
        "city": cities,
        "us_state": [
            _Entry("us_state", state, region, "United States")
            for state, region in word_lists.US_STATES.items()
        ],
        "continent": [_Entry("continent", name) for name in word_lists.CONTINENTS],
        "ocean": [_Entry("ocean", name) for name in word_lists.OCEANS],
        "nationality": nationalities,
        "nationals": nationals,
        "currency": [_Entry("currency", name) for name in word_lists.CURRENCIES],
    }
    by_name = {(entry.pool, entry.name): entry for entries in offered.values() for entry in entries}
    aliases: dict[str, list[tuple[str, _Entry]]] = {
        "country": [(alias, by_name["country", name]) for alias, name in word_lists.COUNTRY_ALIASES.items()],
        "province": [
            (alias, by_name["province", name]) for alias, name in word_lists.PROVINCE_ALIASES.items()
        ],
        "city": [(entry.name, entry) for entry in capitals]
        + [(alias, by_name["city", name]) for alias, name in word_lists.CITY_ALIASES.items()],
        "nationality": [
            (alias, by_name["nationality", name]) for alias, name in word_lists.NATIONALITY_ALIASES.items()
        ],
        "nationals": [
            (plural, by_name["nationals", plural_name])
            for alias, name in word_lists.NATIONALITY_ALIASES.items()
            if (plural := _plural_demonym(alias)) and (plural_name := _plural_demonym(name))
        ],
        "currency": [
            (alias, by_name["currency", name]) for alias, name in word_lists.CURRENCY_ALIASES.items()
        ],
    }
    index: dict[str, list[_Entry]] = {}
    for pool, entries in offered.items():
        for spelling, entry in [(entry.name, entry) for entry in entries] + aliases.get(pool, []):
            found = index.setdefault(_name_key(spelling), [])
            if entry not in found:
                found.append(entry)
    return offered, index


_OFFERED, _INDEX = _build_lists()


_PLACE_NOUNS = {
    "country": "country",
    "province": "province",
    "city": "city",
    "us_state": "state",
    "continent": "continent",
    "ocean": "ocean",
}


def place_kind(name: str) -> str | None:
    """What a question calls a place: "country", "city", "state", ...; None when the lists do not
    know it. A name of two kinds ("Georgia") is taken as the first in the lists' priority."""
    for entry in _INDEX.get(_name_key(name.removeprefix("the ")), []):
        if entry.pool in _PLACE_NOUNS:
            return _PLACE_NOUNS[entry.pool]
    return None


def _lookup(text: str, label: str) -> list[_Entry]:
    return [entry for entry in _INDEX.get(_name_key(text), []) if label in _POOL_LABELS[entry.pool]]


def _resolve(entries: Sequence[_Entry], context: Sequence[Sequence[_Entry]]) -> _Entry:
    """An ambiguous name (Georgia, Washington) takes the kind the rest of the article mentions most."""

    def support(entry: _Entry) -> int:
        return sum(any(e.pool == entry.pool and e.name != entry.name for e in other) for other in context)

    return max(entries, key=support)


def _entry_id(entry: _Entry) -> Hashable:
    return (entry.pool, entry.name)


def _noisy(text: str, label: str) -> bool:
    """Page furniture and parser debris: credits, addresses, shouting bylines, run-on spans."""
    folded = text.casefold()
    return (
        not any(char.isalpha() for char in text)
        or len(text.split()) > _MAX_WORDS
        or any(mark in folded for mark in ("@", "http", "www."))
        or any(char in text for char in "()[]{}<>|/\\")
        or (len(text.split()) > 1 and text.isupper())
        or _key(text) in word_lists.CREDITS
        or (label in ("PERSON", "ORG") and any(char.isdigit() for char in text))
    )


def _kind(text: str) -> str | None:
    for word in _key(text).split():
        for form in (word, word.removesuffix("s")):
            if form in word_lists.KIND_WORDS:
                return form
    return None


def _phrase_shape(text: str) -> tuple[str, bool, bool]:
    """Determiner, plural, capitalised: "the trade deals" and "a Korean firm" are not alike."""
    words = text.split()
    first = words[0].casefold()
    determiner = {"the": "the", "a": "a", "an": "a"}.get(first, "")
    head = words[1:] if determiner and len(words) > 1 else words
    last = words[-1].casefold()
    return determiner, last.endswith("s") and not last.endswith("ss"), head[0][:1].isupper()


def _person_like(text: str, single: bool) -> bool:
    words = text.split()
    capitalised = words[0][:1].isupper() and words[-1][:1].isupper() and not text.isupper()
    return capitalised and (len(words) == 1) == single


def _title(word: str) -> bool:
    """ "Col", "Sen.": a rank or title the model took for a name."""
    return word.rstrip(".").lower() in english.person_titles


def _common_words(name: str) -> bool:
    """ "Full Fact": two or more words, every one an English word, so a group's name, not a
    person's (a one-word surname such as "Moon" or "Park" may well be an English word)."""
    return len(name.split()) > 1 and all(
        zipf_frequency(word.lower(), "en") >= COMMON_WORD for word in name.split()
    )


def _article_texts(candidates: Sequence[Candidate], labels: Collection[str]) -> Iterator[tuple[str, str]]:
    for candidate in candidates:
        text = _clean(candidate.text)
        if candidate.label in labels and text and not _noisy(text, candidate.label):
            yield text, candidate.label


def _listed_proposals(
    answer: str,
    entry: _Entry,
    candidates: Sequence[Candidate],
    context: Sequence[Sequence[_Entry]],
    rng: random.Random,
) -> Iterator[_Choice]:
    for text, label in _article_texts(candidates, _POOL_LABELS[entry.pool]):
        name = next((form for form in (text, _POSSESSIVE.sub("", text)) if _lookup(form, label)), None)
        if name and (other := _resolve(_lookup(name, label), context)).pool == entry.pool:
            yield _Choice(name, frozenset({_entry_id(other)}))
    tiers: tuple[list[_Entry], list[_Entry], list[_Entry]] = ([], [], [])
    for other in _OFFERED[entry.pool]:
        tier = 0 if other.subregion == entry.subregion else 1 if other.region == entry.region else 2
        tiers[tier].append(other)
    article = answer[:4] if entry.pool in _WITH_ARTICLE and answer[:4].casefold() == "the " else ""
    core = answer[len(article) :]
    for tier_entries in tiers:
        rng.shuffle(tier_entries)
        for other in tier_entries:
            name = _spell(other.name, "title") if other.name.islower() and core[:1].isupper() else other.name
            yield _Choice(f"{article}{name}", frozenset({_entry_id(other)}))


def _alike(text: str, answer: str, label: str) -> bool:
    if _POSSESSIVE.search(text):  # "Kim's": stripping it would break "McDonald's"
        return False
    if label == "PERSON":
        return _person_like(text, len(answer.split()) == 1)
    if _INDEX.get(_name_key(text)) or _kind(text) != _kind(answer):
        return False
    return label != "NOUN_PHRASE" or _phrase_shape(text) == _phrase_shape(answer)


def _surnames(answer: str, names: Sequence[str]) -> Iterator[str]:
    """Other people's names in the form of a one-word answer: "Alemu" (from "Meseret Alemu") asks for
    "Chepkoech" (from "Faith Chepkoech"), "Kim" (from "Kim Jong-un") asks for "Moon" (from "Moon Jae-in")."""
    full = next((name.split() for name in names if len(name.split()) > 1 and answer in name.split()), None)
    place = None if full is None else 0 if full[0] == answer else -1 if full[-1] == answer else None
    first_names = {name.split()[0] for name in names if len(name.split()) > 1}
    for name in names:
        words = name.split()
        if (
            len(words) == 1 and name not in first_names and not _title(name)
        ):  # not "Joe" of "Joe Biden", not "Col"
            yield name
        elif place is not None:
            yield words[place]


def _article_proposals(answer: str, label: str, candidates: Sequence[Candidate]) -> Iterator[_Choice]:
    """People, organisations and anything without a built-in list: only what the article itself names."""
    texts = [text for text, _ in _article_texts(candidates, {label})]
    if label == "PERSON":
        texts = [text for text in texts if not _common_words(text)]
    if label == "PERSON" and len(answer.split()) == 1:
        texts = list(_surnames(answer, texts))
    for text in texts:
        if _alike(text, answer, label):
            yield _Choice(text, frozenset())


# --- the picker --------------------------------------------------------------------------------


def _ids_of(text: str, label: str, pattern: _Pattern[Any] | None) -> frozenset[Hashable]:
    if pattern is not None:
        other = _detect(text, label)
        return frozenset({other.identity()}) if other is not None else frozenset()
    return frozenset(_entry_id(entry) for entry in _INDEX.get(_name_key(text), []))


def pick_distractors(
    answer: str,
    label: str,
    *,
    article_candidates: Sequence[Candidate],
    true_answers: Collection[str] = (),
    count: int = 3,
    seed: int = 0,
) -> list[str] | None:
    """``count`` wrong choices for ``answer`` (a phrase labelled ``label``), or None if there are too few.

    Never the answer or one of ``true_answers``, an alias or part of one, a near-spelling of one, or a
    repeat. The order is stable for the same input; the caller shuffles the choices.
    """
    if count < 1:
        raise ValueError(f"count must be at least 1, got {count}")
    answer = _clean(answer)
    if not _key(answer):
        return None
    rng = random.Random(f"{seed}\x00{label}\x00{answer}")
    pattern = _detect(answer, label)
    proposals: Iterator[_Choice]
    if label in _PARSERS:
        if pattern is None:
            return None
        proposals = _value_proposals(pattern, label, article_candidates, count=count, rng=rng)
        answer_ids: frozenset[Hashable] = frozenset({pattern.identity()})
    elif label == "PERSON":
        proposals, answer_ids = _article_proposals(answer, label, article_candidates), frozenset()
    elif found := _lookup(answer, label):
        context = [_lookup(_clean(candidate.text), candidate.label) for candidate in article_candidates]
        entry = _resolve(found, context)
        proposals = _listed_proposals(answer, entry, article_candidates, context, rng)
        answer_ids = frozenset({_entry_id(entry)})
    elif _INDEX.get(_name_key(answer)):
        return None  # a listed name under another label ("Cuba" as ORG): its kind is unclear
    else:
        proposals, answer_ids = _article_proposals(answer, label, article_candidates), frozenset()

    taken = [_Choice(answer, answer_ids)]
    taken += [
        _Choice(_clean(text), _ids_of(_clean(text), label, pattern)) for text in true_answers if _key(text)
    ]
    picked: list[str] = []
    for choice in proposals:
        if choice.key and not any(_clashes(choice, other, by_value=pattern is not None) for other in taken):
            picked.append(choice.text)
            taken.append(choice)
            if len(picked) == count:
                return picked
    return None


__all__ = ["Candidate", "pick_distractors", "place_kind"]
