"""What the distractor tests share: an article's candidates, the built-in lists' names, and the rules
every set of choices must keep."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from generator import word_lists
from generator.distractors import Candidate

# An article about South Korea and Cuba opening embassies, as the analyser would hand it over.
EMBASSY_ARTICLE = [
    Candidate("South Korea", "GPE"),
    Candidate("Cuba", "GPE"),
    Candidate("Seoul", "GPE"),
    Candidate("Havana", "GPE"),
    Candidate("North Korea", "GPE"),
    Candidate("Mexico", "GPE"),
    Candidate("Pyongyang", "GPE"),
    Candidate("Japan", "GPE"),
    Candidate("Cuban", "NORP"),
    Candidate("South Korean", "NORP"),
    Candidate("Cho Tae-yul", "PERSON"),
    Candidate("Bruno Rodríguez", "PERSON"),
    Candidate("Miguel Díaz-Canel", "PERSON"),
    Candidate("Fidel Castro", "PERSON"),
    Candidate("Foreign Ministry", "ORG"),
    Candidate("YONHAP NEWS", "ORG"),
    Candidate("1960", "DATE"),
    Candidate("1986", "DATE"),
    Candidate("last year", "DATE"),
    Candidate("Feb. 14", "DATE"),
    Candidate("$3 million", "MONEY"),
]

COUNTRY_NAMES = set(word_lists.COUNTRIES)
CAPITALS = {capital for _, capital, _ in word_lists.COUNTRIES.values() if capital}
CITY_NAMES = set(word_lists.CITIES) | CAPITALS
DEMONYMS = {demonym for demonym, _, _ in word_lists.COUNTRIES.values() if demonym}
MONTH_NAMES = "|".join(word_lists.MONTHS)
AP_MONTH = "|".join(
    re.escape(word_lists.AP_MONTHS.get(n, name)) for n, name in enumerate(word_lists.MONTHS, 1)
)
CARDINALS = set(word_lists.CARDINAL_WORDS)
ORDINALS = set(word_lists.ORDINAL_WORDS) - {""}


def named_twice(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Every name as an article gives it when it comes back to it: twice."""
    once = list(candidates)
    return [*once, *once]


def normalised(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(re.findall(r"[^\W_]+|[$€£%]", bare))


def assert_rules(
    answer: str,
    result: list[str] | None,
    *,
    true_answers: Sequence[str] = (),
    by_value: bool = False,
    count: int = 3,
) -> list[str]:
    """Every rule a returned list must keep, whatever the answer."""
    assert result is not None, f"no distractors for {answer!r}"
    assert len(result) == count
    keys = [normalised(choice) for choice in result]
    assert len(set(keys)) == count, f"duplicates in {result}"
    for taken in [answer, *true_answers]:
        taken_key = normalised(taken)
        for choice, key in zip(result, keys, strict=True):
            assert key not in taken_key and taken_key not in key, f"{choice!r} is (part of) {taken!r}"
            if not by_value:
                assert fuzz.ratio(key, taken_key) <= 85, f"{choice!r} is spelled like {taken!r}"
    for i, key in enumerate(keys):
        for other in keys[i + 1 :]:
            assert key not in other and other not in key, f"one choice is part of another in {result}"
            assert by_value or fuzz.ratio(key, other) <= 85, f"two choices are spelled alike in {result}"
    return result


def related(one: str, other: str) -> bool:
    """One is part of the other, or spelled nearly like it."""
    first, second = normalised(one), normalised(other)
    return first in second or second in first or fuzz.ratio(first, second) > 85


def matches(pattern: str) -> Callable[[str], bool]:
    return lambda choice: re.fullmatch(pattern, choice) is not None


def member_of(names: set[str]) -> Callable[[str], bool]:
    return lambda choice: choice in names


def year_near(answer: int) -> Callable[[str], bool]:
    return lambda choice: re.fullmatch(r"\d{4}", choice) is not None and abs(int(choice) - answer) <= 10


def percent_at_most_100(choice: str) -> bool:
    return re.fullmatch(r"\d{1,3}%", choice) is not None and 0 < int(choice[:-1]) <= 100


def ordinal_digits(choice: str) -> bool:
    match = re.fullmatch(r"(\d+)(st|nd|rd|th)", choice)
    if not match:
        return False
    number = int(match[1])
    expected = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return match[2] == expected


def in_subregion(subregion: str) -> Callable[[str], bool]:
    return lambda choice: word_lists.COUNTRIES[choice][2] == subregion


__all__ = [
    "AP_MONTH",
    "CAPITALS",
    "CARDINALS",
    "CITY_NAMES",
    "COUNTRY_NAMES",
    "DEMONYMS",
    "EMBASSY_ARTICLE",
    "MONTH_NAMES",
    "ORDINALS",
    "assert_rules",
    "in_subregion",
    "matches",
    "member_of",
    "normalised",
    "ordinal_digits",
    "percent_at_most_100",
    "related",
    "year_near",
]
