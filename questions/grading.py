"""Grading one answer: strict for choices, and for a typed answer as a careful teacher would.

A typed answer is accepted, in this order of preference, when it equals the answer or an
alternative once case, accents, punctuation, whitespace and a leading article are ignored;
when it is the same date or time; when it is the same number with the same unit, or with the
unit left out (``questions.numbers``); when it is another name for the same thing, or the
person's surname (``questions.aliases``); when it is a small typo away; or when it is one of
these with filler words around it ("in 1960"). A typo is about spelling: it never changes a
digit, a short word ("Kim Jong-il"), or turns the answer into another place or a name the
question itself writes ("Iraq", ``questions.gazetteer``). A wrong answer says why when it can.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from questions.aliases import is_abbreviation, is_full_name, surname_namesakes
from questions.gazetteer import another_name, is_in, place_kind
from questions.lexicon import fold, lexicon, name_key
from questions.numbers import CURRENCY_SIGNS, Reading, read, same_numbers
from questions.question import Kind, Question
from questions.verdict import Reason, Verdict

_MONTH_OR_WEEKDAY_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_MONTH_ABBREVIATION = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
_NUMERIC_DATE_OR_TIME = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b"  # 2024-02-14
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"  # 14/2, 2/14/2024
    r"|\b\d{1,2}:\d{2}\b"  # 19:00
    r"|\b\d{1,2}\s*[ap]\.?m\b\.?"  # 7 p.m., 7pm
    r"|\b(?:noon|midnight)\b"
)

# Two fixed bases that differ in year, month and day: a part of a date that comes out the
# same under both was written in the text, one that differs was filled in by dateparser.
_DATE_SETTINGS: tuple[dict[str, Any], dict[str, Any]] = (
    {"RELATIVE_BASE": datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["absolute-time"]},
    {"RELATIVE_BASE": datetime(2004, 7, 31), "PREFER_DAY_OF_MONTH": "last", "PARSERS": ["absolute-time"]},
)
_DATE_PARTS = ("year", "month", "day")
_DIGITS_ONLY_DATE = re.compile(r"^\s*\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{2}|\d{4}))?\.?\s*$")
_DAY_MONTH_ORDERS = ("DMY", "MDY")
_UNIT_WORD = re.compile(r"[^\W\d_]+|[$€£¥₩₹₽₺%]")
_QUALIFYING_PLACES = frozenset({"country", "US state"})
_SHORT_WORD = 2
_CONFUSABLE = 0.4
"""How alike (0 to 1, by edit distance) a wrong place must be to the answer to be named as one."""
"""Words this short are never typos of each other: "un" and "il" name different people."""


@dataclass(frozen=True)
class _Date:
    moment: datetime
    parts: frozenset[str]
    """The parts of ``moment`` written in the text, out of year, month and day."""


@dataclass(frozen=True)
class _Context:
    """What grading knows of the question besides its accepted answers."""

    text: str
    """The question's own text: its prompt and source sentence, where names are known."""
    prompt_units: frozenset[str]
    """The units the prompt names ("How many dollars ...?"): an answer may give them."""


def _looks_like_date(text: str) -> bool:
    folded = fold(text)
    if _MONTH_OR_WEEKDAY_NAME.search(folded) or _NUMERIC_DATE_OR_TIME.search(folded):
        return True
    # "Sun", "Mar" or "Dec" alone are more likely words than dates.
    return bool(_MONTH_ABBREVIATION.search(folded)) and any(ch.isdigit() for ch in folded)


@lru_cache(maxsize=4096)
def _date(text: str, order: str | None = None) -> _Date | None:
    import dateparser  # slow to import: only when an answer is a date

    settings = [s if order is None else {**s, "DATE_ORDER": order} for s in _DATE_SETTINGS]
    first, second = (dateparser.parse(text, languages=["en"], settings=s) for s in settings)
    if first is None or second is None:
        return None
    parts = frozenset(p for p in _DATE_PARTS if getattr(first, p) == getattr(second, p))
    return _Date(moment=first, parts=parts)


def _readings_as_date(text: str) -> list[_Date]:
    """``text`` as a date; "4/2" both ways, 4 February and April 2, as learners write both."""
    orders = _DAY_MONTH_ORDERS if _DIGITS_ONLY_DATE.search(fold(text)) else (None,)
    return [date for order in orders if (date := _date(text, order)) is not None]


def _typo_budget(letters: int) -> int:
    if letters <= 3:
        return 0
    if letters <= 7:
        return 1
    if letters <= 15:
        return 2
    return round(letters * 0.15)


def _no_word_split(a: Reading, b: Reading) -> bool:
    """ "NewYork" runs two words together, but "I ran" splits one: a different phrase."""
    return len(a.tokens) <= len(b.tokens)


# Each check: None when it does not accept the answer, else the detail to show ("" for none).
_Check = Callable[[str, str, _Context], str | None]


def _same_text(given: str, accepted: str, known: _Context) -> str | None:
    a, b = read(given), read(accepted)
    # Keys drop spaces, so "3 5" and "35" share one: their numbers tell them apart.
    same = a.key == b.key and same_numbers(a, b) and _no_word_split(a, b)
    return "" if same else None


def _same_date(given: str, accepted: str, known: _Context) -> str | None:
    if not _looks_like_date(accepted):
        return None
    expected = _date(accepted)
    if expected is None:
        return None
    return "" if any(_same_moment(actual, expected) for actual in _readings_as_date(given)) else None


def _same_moment(actual: _Date, expected: _Date) -> bool:
    if actual.moment.time() != expected.moment.time():
        return False
    if not expected.parts:
        # A time or a weekday alone: both texts name the same moment of the same week.
        return not actual.parts and actual.moment == expected.moment
    return expected.parts <= actual.parts and all(
        getattr(actual.moment, p) == getattr(expected.moment, p) for p in expected.parts
    )


def _same_number(given: str, accepted: str, known: _Context) -> str | None:
    a, b = read(given), read(accepted)
    if a.words != b.words and not (a.words and b.words):
        # "14,000" for "14,000 people", or the other way: the counted word said or not.
        a, b = read(_without_trailing_words(given)), read(_without_trailing_words(accepted))
    if not b.numbers or not same_numbers(a, b) or a.words != b.words:
        return None
    if not a.units and b.units:
        return "the unit left out"
    if a.units and not b.units and set(a.units) <= known.prompt_units:
        return "the question's unit"
    return "" if a.units == b.units else None


def _another_name(given: str, accepted: str, known: _Context) -> str | None:
    same = is_abbreviation(given, accepted, context=known.text) or is_full_name(
        given, accepted, context=known.text
    )
    return "" if same else None


def _surname(given: str, accepted: str, known: _Context) -> str | None:
    namesakes = surname_namesakes(given, accepted, context=known.text)
    return "" if namesakes == () else None


def _small_typo(given: str, accepted: str, known: _Context) -> str | None:
    a, b = read(given), read(accepted)
    if not a.words or a.digits != b.digits or not same_numbers(a, b) or not _no_word_split(a, b):
        return None
    if len(a.tokens) == len(b.tokens) and any(
        x != y and min(len(x), len(y)) <= _SHORT_WORD for x, y in zip(a.tokens, b.tokens, strict=True)
    ):
        return None
    if len(a.tokens) < len(b.tokens) and any(len(t) <= _SHORT_WORD and t not in a.key for t in b.tokens):
        return None  # "Jinping" leaves out "Xi": a word missing is not a typo
    written, expected = "".join(a.words), "".join(b.words)
    budget = _typo_budget(len(expected))
    if budget == 0 or OSA.distance(written, expected, score_cutoff=budget) > budget:
        return None
    return None if another_name(given, accepted, context=known.text) else ""


_Checks = tuple[tuple[_Check, Reason], ...]
_TYPED_CHECKS: _Checks = (
    (_same_text, Reason.EXACT),
    (_same_date, Reason.DATE),
    (_same_number, Reason.NUMBER),
    (_another_name, Reason.ABBREVIATION),
    (_surname, Reason.SURNAME),
    (_small_typo, Reason.TYPO),
)


def _without_trailing_words(text: str) -> str:
    """``text`` without the plain words after its number: "14,000 people" -> "14,000"."""
    words = text.split()
    units = lexicon().units
    if not words or not (words[0][0].isdigit() or words[0][0] in CURRENCY_SIGNS):
        return text
    kept = units.keys() | lexicon().meaning_words
    while len(words) > 1 and words[-1].isalpha() and fold(words[-1]) not in kept:
        words.pop()
    return " ".join(words)


def _without_place_qualifier(text: str) -> str:
    """``text`` without the country or state after a comma: "Havana, Cuba" -> "Havana"."""
    name, comma, place = text.rpartition(",")
    if not comma or not name.strip():
        return text
    is_a_place = place_kind(place) in _QUALIFYING_PLACES or any(
        name_key(place) in group for group in lexicon().same_referent
    )
    # "Havana, Mexico" is not Havana: a city we know must be in the place named.
    return name if is_a_place and is_in(name, place) is not False else text


def _without_fillers(text: str, *, added: frozenset[str] = frozenset()) -> str:
    """``text`` without the filler words around it: "in 1960" -> "1960"; also without the
    ``added`` words, which only a learner adds ("the city of Havana" -> "Havana")."""
    words = _without_place_qualifier(text).split()
    fillers = lexicon().fillers | added
    while len(words) > 1 and name_key(words[0]) in fillers:
        words.pop(0)
    while len(words) > 1 and name_key(words[-1]) in fillers:
        words.pop()
    return " ".join(words)


def _units_named(prompt: str) -> frozenset[str]:
    units = lexicon().units
    return frozenset(units[word] for word in _UNIT_WORD.findall(fold(prompt)) if word in units)


def _question_words(prompt: str) -> frozenset[str]:
    """The question's own lower-case words, which an answer may repeat: "since" in "Since when?"."""
    written = prompt.split()
    # The first word is capitalised as the start of the sentence, not as a name.
    words = {name_key(word) for word in written[1:] if word[:1].islower()} | {name_key(written[0])}
    return frozenset(words - lexicon().meaning_words)


_AROUND_ANSWER_CHECKS = tuple(pair for pair in _TYPED_CHECKS if pair[1] is not Reason.SURNAME)
"""Checks for what is left once extra words are set aside: a surname with words around it
("Kim the founder") is too far from the answer to be sure of."""


def _first_accepting(
    given: str, accepted: list[str], known: _Context, *, checks: _Checks = _TYPED_CHECKS
) -> tuple[Reason, str] | None:
    for check, reason in checks:
        for index, text in enumerate(accepted):
            detail = check(given, text, known)
            if detail is not None:
                return (Reason.ALTERNATIVE if reason is Reason.EXACT and index > 0 else reason), detail
    return None


def _why_wrong(given: str, expected: str, known: _Context) -> str:
    """What makes ``given`` another answer than ``expected``, when grading can tell."""
    # Only a place that looks like the answer needs saying ("Iraq" for "Iran"), and only then is
    # the gazetteer loaded: most wrong answers look nothing like the answer.
    confusable = OSA.normalized_similarity(name_key(given), name_key(expected)) >= _CONFUSABLE
    different = another_name(given, expected, context=known.text, places=confusable)
    if different:
        return different
    namesakes = surname_namesakes(given, expected, context=known.text)
    if namesakes:
        return f"the question also names {namesakes[0]}"
    a, b = read(given), read(expected)
    if _looks_like_date(expected) and _looks_like_date(given) and _readings_as_date(given):
        return "a different date or time"
    if a.numbers and b.numbers:
        if a.values != b.values:
            return "a different number"
        if not same_numbers(a, b):
            return f"{given.strip()} is a count, not the year {expected}"
        if a.units and not b.units:
            return f"the answer has no unit ({', '.join(a.units)} given)"
        if a.units and a.units != b.units:
            return f"a different unit ({', '.join(a.units)}, not {', '.join(b.units)})"
    return ""


def _grade_typed(question: Question, given: str) -> tuple[Reason, str]:
    accepted = question.accepted_answers
    source = question.source.sentence if question.source is not None else ""
    known = _Context(text=f"{question.prompt}\n{source}", prompt_units=_units_named(question.prompt))
    found = _first_accepting(given, accepted, known)
    if found is not None:
        return found
    added = lexicon().added_words | _question_words(question.prompt)
    if not any(number.year_like for number in read(given).numbers):
        added |= lexicon().approximations
    core = _without_fillers(given, added=added)
    accepted_cores = [_without_fillers(text) for text in accepted]
    unchanged = (core, accepted_cores) == (" ".join(given.split()), [" ".join(t.split()) for t in accepted])
    if not unchanged and _first_accepting(core, accepted_cores, known, checks=_AROUND_ANSWER_CHECKS):
        return Reason.EXTRA_WORDS, ""
    return Reason.WRONG, _why_wrong(core, accepted[0], known)


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
        reason, detail = _grade_typed(question, given)
        return Verdict(
            correct=reason is not Reason.WRONG, reason=reason, expected=question.answer_text, detail=detail
        )
    return Verdict(
        correct=right, reason=Reason.EXACT if right else Reason.WRONG, expected=question.answer_text
    )


__all__ = ["grade"]
