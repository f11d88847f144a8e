"""Dates and times in the form the article wrote them: years, decades, calendar dates, weekdays and
times of day, moved by plausible steps ("Feb. 14" -> "March 14"), never past the latest year
allowed."""

from __future__ import annotations

import random
import re
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from generator import word_lists
from generator.patterns import Pattern, ladders

LATEST_YEAR = 2030
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def is_year(text: str) -> bool:
    """ "2016", "1967": four digits a news story uses as a year."""
    return _YEAR.fullmatch(text) is not None


YEAR_WINDOW = 10


def _sign(number: int) -> int:
    return (number > 0) - (number < 0)


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

    def side_of(self, day: date) -> int:
        return _sign(self.value - day.year)

    def difference(self, other: Pattern[Any]) -> float | None:
        return float(other.value - self.value) if isinstance(other, _Year) else None

    def near(self, *, count: int, rng: random.Random) -> list[int]:
        return ladders(
            (1, 2, 3),
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def parse_year(text: str) -> _Year | None:
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
        return ladders(
            (10,),
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def parse_decade(text: str) -> _Decade | None:
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
        """A date of the article decades from the answer ("Jan. 7, 1943" beside Google's founding in
        1998) is another story's date, no temptation."""
        return not self._has_year or (
            abs(value.year - self.value.year) <= YEAR_WINDOW
            and 1000 <= value.year <= _latest(self.value.year, LATEST_YEAR)
        )

    def difference(self, other: Pattern[Any]) -> float | None:
        """In days; a date without its year only against another without one."""
        if not isinstance(other, _Date) or other._has_year != self._has_year:
            return None
        return float((other.value - self.value).days)

    def side_of(self, day: date) -> int:
        if not self._has_year:
            return 0
        if self.order == "MY":
            return _sign((self.value.year - day.year) * 12 + self.value.month - day.month)
        return _sign((self.value - day).days)

    def near(self, *, count: int, rng: random.Random) -> list[date]:
        if self.order == "M":
            months = [month for month in range(1, 13) if month != self.value.month]
            rng.shuffle(months)
            return [self.value.replace(month=month) for month in months]
        units = ("month",) if self.order == "MY" else ("week",) if self.prefix else ("week", "month")

        def shifted(unit: str, j: int) -> date | None:
            return self.value + timedelta(weeks=j) if unit == "week" else _add_months(self.value, j)

        return ladders(units, count=count, rng=rng, move=shifted, ok=self.fits)


def render_date(day: date) -> str:
    """ "Nov. 19, 2019": a full date in Associated Press style."""
    return f"{_month_name(day.month, 'ap')} {day.day}, {day.year}"


def parse_date(text: str) -> _Date | None:
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


def parse_weekday(text: str) -> _Weekday | None:
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
        return ladders(
            (60, 120),
            count=count,
            rng=rng,
            move=lambda step, j: self.value + j * step,
            ok=self.fits,
        )


def parse_time(text: str) -> _Time | None:
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


__all__ = [
    "LATEST_YEAR",
    "YEAR_WINDOW",
    "is_year",
    "parse_date",
    "parse_decade",
    "parse_time",
    "parse_weekday",
    "parse_year",
]
