"""Grading one answer: strict for choices, forgiving for typed answers, strict about numbers.

A typed answer is accepted, in this order of preference, when it equals the answer or an
alternative once case, accents, punctuation, whitespace and a leading article are ignored;
when it is the same date; when it is the same number with the same units; or when it is a
small typo away. Numbers are never forgiven: a typo that changes a digit is a wrong answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from questions.question import Kind, Question
from questions.verdict import Reason, Verdict

_ARTICLES = frozenset({"the", "a", "an"})
_SCALES = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
# Only after a currency symbol: "$14m" is money, "14m" alone may be metres.
_SCALE_SUFFIXES = {
    "k": _SCALES["thousand"],
    "m": _SCALES["million"],
    "mn": _SCALES["million"],
    "b": _SCALES["billion"],
    "bn": _SCALES["billion"],
    "tn": _SCALES["trillion"],
}
_CURRENCIES = frozenset("$€£¥")
_UNITS = {
    "$": "dollar",
    "dollars": "dollar",
    "€": "euro",
    "euros": "euro",
    "£": "pound",
    "pounds": "pound",
    "¥": "yen",
    "%": "percent",
}
_PER_CENT = re.compile(r"\bper\s+cent\b")
_TOKEN = re.compile(
    r"""
    (?P<number>
        (?<!\w)[-\u2212]?
        (?:\d{1,3}(?:[,\ ]\d{3})+(?!\d) | \d+)
        (?:\.\d+)?
    )
    (?:(?:st|nd|rd|th)(?![^\W\d_]))?
    (?:(?P<suffix>k|mn?|bn?|tn)(?![^\W\d_]))?
    | [$€£¥%]
    | [^\W\d_]+
    """,
    re.VERBOSE,
)
_NUMBER_SEPARATORS = re.compile(r"[,\s]")

_MONTH_OR_WEEKDAY_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_MONTH_ABBREVIATION = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")

# Two fixed bases that differ in year, month and day: a part of a date that comes out the
# same under both was written in the text, one that differs was filled in by dateparser.
_DATE_SETTINGS: tuple[dict[str, Any], dict[str, Any]] = (
    {"RELATIVE_BASE": datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["absolute-time"]},
    {"RELATIVE_BASE": datetime(2004, 7, 31), "PREFER_DAY_OF_MONTH": "last", "PARSERS": ["absolute-time"]},
)
_DATE_PARTS = ("year", "month", "day")


@dataclass(frozen=True)
class _Form:
    """A typed answer reduced to what grading compares."""

    key: str
    """Words and numbers as written, without case, accents, punctuation, spaces or a leading article."""
    numbers: tuple[Decimal, ...]
    """Every number's value, with scale words ("14 million") and suffixes ("$14m") applied."""
    words: str
    """The other words, joined, with "$" and "dollars" both read as "dollar" (and so on)."""


@dataclass(frozen=True)
class _Date:
    moment: datetime
    parts: frozenset[str]
    """The parts of ``moment`` written in the text, out of year, month and day."""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=4096)
def _form(text: str) -> _Form:
    raw_tokens: list[str] = []
    numbers: list[Decimal] = []
    words: list[str] = []
    previous = ""
    for match in _TOKEN.finditer(_PER_CENT.sub("percent", _fold(text))):
        token, number, suffix = match.group(), match["number"], match["suffix"]
        if number is not None:
            value = Decimal(_NUMBER_SEPARATORS.sub("", number).replace("\u2212", "-"))
            if suffix and previous in _CURRENCIES:
                value *= _SCALE_SUFFIXES[suffix]
            elif suffix:
                words.append(suffix)
            numbers.append(value)
        elif token in _SCALES and previous and previous[-1].isdigit():
            numbers[-1] *= _SCALES[token]
        else:
            words.append(_UNITS.get(token, token))
        raw_tokens.append(token)
        previous = number or token
    if len(raw_tokens) > 1 and raw_tokens[0] in _ARTICLES:
        raw_tokens.pop(0)
        words.pop(0)
    return _Form(key="".join(raw_tokens), numbers=tuple(numbers), words="".join(words))


def _looks_like_date(text: str) -> bool:
    folded = _fold(text)
    if _MONTH_OR_WEEKDAY_NAME.search(folded) or _ISO_DATE.search(folded):
        return True
    # "Sun", "Mar" or "Dec" alone are more likely words than dates.
    return bool(_MONTH_ABBREVIATION.search(folded)) and any(ch.isdigit() for ch in folded)


@lru_cache(maxsize=4096)
def _date(text: str) -> _Date | None:
    import dateparser  # slow to import: only when an answer is a date

    first, second = (dateparser.parse(text, languages=["en"], settings=s) for s in _DATE_SETTINGS)
    if first is None or second is None:
        return None
    parts = frozenset(p for p in _DATE_PARTS if getattr(first, p) == getattr(second, p))
    return _Date(moment=first, parts=parts)


def _typo_budget(letters: int) -> int:
    if letters <= 3:
        return 0
    if letters <= 7:
        return 1
    if letters <= 15:
        return 2
    return round(letters * 0.15)


def _same_text(given: str, accepted: str) -> bool:
    a, b = _form(given), _form(accepted)
    # Keys drop spaces, so "3 5" and "35" share one: their numbers tell them apart.
    return a.numbers == b.numbers and a.key == b.key


def _same_date(given: str, accepted: str) -> bool:
    if not _looks_like_date(accepted):
        return False
    expected, actual = _date(accepted), _date(given)
    if expected is None or actual is None:
        return False
    if actual.moment.time() != expected.moment.time():
        return False
    if not expected.parts:
        # A weekday alone: both texts name the same day of the same week.
        return not actual.parts and actual.moment == expected.moment
    return expected.parts <= actual.parts and all(
        getattr(actual.moment, p) == getattr(expected.moment, p) for p in expected.parts
    )


def _same_number(given: str, accepted: str) -> bool:
    a, b = _form(given), _form(accepted)
    return bool(b.numbers) and a.numbers == b.numbers and a.words == b.words


def _small_typo(given: str, accepted: str) -> bool:
    a, b = _form(given), _form(accepted)
    if a.numbers != b.numbers or not a.words:
        return False
    budget = _typo_budget(len(b.words))
    return budget > 0 and OSA.distance(a.words, b.words, score_cutoff=budget) <= budget


_TYPED_CHECKS: tuple[tuple[Callable[[str, str], bool], Reason], ...] = (
    (_same_text, Reason.EXACT),
    (_same_date, Reason.DATE),
    (_same_number, Reason.NUMBER),
    (_small_typo, Reason.TYPO),
)


def _grade_typed(question: Question, given: str) -> Reason:
    accepted = question.accepted_answers
    for check, reason in _TYPED_CHECKS:
        for index, text in enumerate(accepted):
            if check(given, text):
                return Reason.ALTERNATIVE if reason is Reason.EXACT and index > 0 else reason
    return Reason.WRONG


def _as_bool(given: str | bool) -> bool | None:
    if isinstance(given, bool):
        return given
    return {"true": True, "false": False}.get(given.strip().casefold())


def grade(question: Question, given: str | bool) -> Verdict:
    """Grade one answer to ``question``; the verdict says whether it is right and why."""
    if question.kind == Kind.TRUE_FALSE:
        right = _as_bool(given) is question.answer
    elif isinstance(given, bool) or not given.strip():
        right = False
    elif question.kind == Kind.MCQ:
        right = given.strip() == question.answer
    else:
        reason = _grade_typed(question, given)
        return Verdict(correct=reason is not Reason.WRONG, reason=reason, expected=question.answer_text)
    return Verdict(
        correct=right, reason=Reason.EXACT if right else Reason.WRONG, expected=question.answer_text
    )


__all__ = ["grade"]
