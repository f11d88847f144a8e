"""Distractors as properties over any answer of a kind (Hypothesis), and the built-in lists themselves."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from generator import word_lists
from generator.dates import LATEST_YEAR, YEAR_WINDOW
from generator.distractors import Candidate, pick_distractors

from .distractor_support import (
    AP_MONTH,
    CITY_NAMES,
    COUNTRY_NAMES,
    DEMONYMS,
    MONTH_NAMES,
    assert_rules,
    related,
)

DATE_FORMATS: dict[str, Callable[[date], str]] = {
    "full": lambda day: f"{word_lists.MONTHS[day.month - 1]} {day.day}, {day.year}",
    "day first": lambda day: f"{day.day} {word_lists.MONTHS[day.month - 1]} {day.year}",
    "AP, no year": lambda day: (
        f"{word_lists.AP_MONTHS.get(day.month, word_lists.MONTHS[day.month - 1])} {day.day}"
    ),
    "ISO": lambda day: day.isoformat(),
}
DATE_PATTERNS = {
    "full": rf"({MONTH_NAMES}) \d{{1,2}}, \d{{4}}",
    "day first": rf"\d{{1,2}} ({MONTH_NAMES}) \d{{4}}",
    "AP, no year": rf"({AP_MONTH}|{MONTH_NAMES}) \d{{1,2}}",
    "ISO": r"\d{4}-\d\d-\d\d",
}


UNAMBIGUOUS_COUNTRIES = sorted(COUNTRY_NAMES - CITY_NAMES - set(word_lists.US_STATES))
PLACES = sorted(COUNTRY_NAMES | set(word_lists.CITIES))


# --- properties ---------------------------------------------------------------------------------


@given(
    year=st.integers(1500, 2030),
    others=st.lists(st.integers(1490, 2040).map(str), max_size=3),
    count=st.integers(1, 6),
    seed=st.integers(0, 2**32),
)
@example(year=2025, others=["2024"], count=6, seed=0)  # above: 2026-2030 only
@example(year=2000, others=["1999", "2001"], count=3, seed=0)  # nothing between
@example(year=1990, others=["1960"], count=6, seed=0)
def test_any_year_gets_nearby_years_on_its_side_of_the_sentence_s_other_years(
    year: int, others: list[str], count: int, seed: int
) -> None:
    """Another year of the sentence bounds the choices ("between 2024 and ..." rules out what lies
    beyond it): with one on each side, or the latest year allowed above, there may be too few. With
    none within the window, ten earlier years are always there."""
    found = pick_distractors(
        str(year), "DATE", article_candidates=[], true_answers=others, count=count, seed=seed
    )
    if found is None:
        assert any(abs(int(other) - year) <= YEAR_WINDOW for other in others), f"no distractors for {year}"
        return
    result = assert_rules(str(year), found, true_answers=others, by_value=True, count=count)
    for choice in result:
        assert re.fullmatch(r"\d{4}", choice)
        assert abs(int(choice) - year) <= YEAR_WINDOW
        assert int(choice) <= LATEST_YEAR
        for other in map(int, others):
            assert other == year or (int(choice) > other) == (year > other), f"{choice} crosses {other}"


@given(decade=st.integers(150, 202).map(lambda n: n * 10), the=st.booleans())
def test_any_decade_gets_other_decades(decade: int, the: bool) -> None:
    answer = f"{'the ' if the else ''}{decade}s"
    result = assert_rules(answer, pick_distractors(answer, "DATE", article_candidates=[]), by_value=True)
    for choice in result:
        match = re.fullmatch(rf"{'the ' if the else ''}(\d{{4}})s", choice)
        assert match
        assert int(match[1]) % 10 == 0
        assert int(match[1]) <= 2020


@given(
    currency=st.sampled_from(["$", "€", "£", "US$"]),
    units=st.integers(1, 999),
    decimals=st.integers(0, 2),
    scale=st.sampled_from(["", " million", " billion", "bn", "m"]),
)
@example(currency="$", units=99, decimals=2, scale="")  # "$0.99": a price under a whole unit
def test_any_amount_of_money_keeps_currency_scale_and_decimals(
    currency: str, units: int, decimals: int, scale: str
) -> None:
    amount = Decimal(units).scaleb(-decimals)
    answer = f"{currency}{amount:,.{decimals}f}{scale}"
    result = assert_rules(answer, pick_distractors(answer, "MONEY", article_candidates=[]), by_value=True)
    number = r"\d{1,3}(,\d{3})*" + (rf"\.\d{{{decimals}}}" if decimals else "")
    for choice in result:
        assert re.fullmatch(re.escape(currency) + number + re.escape(scale), choice), (answer, choice)
        value = Decimal(choice.removeprefix(currency).removesuffix(scale).replace(",", ""))
        assert value > 0
        assert value != amount


@given(number=st.integers(1000, 99_999_999))
def test_any_large_cardinal_keeps_its_separators_and_rounding(number: int) -> None:
    answer = f"{number:,}"
    result = assert_rules(answer, pick_distractors(answer, "CARDINAL", article_candidates=[]), by_value=True)
    for choice in result:
        assert re.fullmatch(r"\d{1,3}(,\d{3})*", choice), (answer, choice)
        value = int(choice.replace(",", ""))
        assert number / 3 <= value <= number * 3


@given(tenths=st.integers(1, 1000), decimals=st.integers(0, 1), symbol=st.sampled_from(["%", " percent"]))
def test_any_percentage_stays_between_0_and_100(tenths: int, decimals: int, symbol: str) -> None:
    value = Decimal(tenths).scaleb(-1) if decimals else Decimal(max(1, tenths // 10))
    answer = f"{value:.{decimals}f}{symbol}"
    result = assert_rules(answer, pick_distractors(answer, "PERCENT", article_candidates=[]), by_value=True)
    for choice in result:
        assert re.fullmatch(r"\d{1,3}" + (r"\.\d" if decimals else "") + re.escape(symbol), choice)
        assert 0 < Decimal(choice.removesuffix(symbol)) <= 100


@given(day=st.dates(date(1900, 1, 1), date(2030, 12, 31)), form=st.sampled_from(sorted(DATE_FORMATS)))
def test_any_date_keeps_its_format(day: date, form: str) -> None:
    answer = DATE_FORMATS[form](day)
    result = assert_rules(answer, pick_distractors(answer, "DATE", article_candidates=[]), by_value=True)
    for choice in result:
        assert re.fullmatch(DATE_PATTERNS[form], choice), (answer, choice)
        if "." in answer:  # an abbreviated month: the whole list in AP style
            assert re.fullmatch(rf"({AP_MONTH}) \d{{1,2}}", choice), (answer, choice)
        years = re.findall(r"\d{4}", choice)
        assert all(int(year) <= 2030 for year in years)


@given(
    answer=st.sampled_from(UNAMBIGUOUS_COUNTRIES),
    article=st.lists(st.sampled_from(PLACES), max_size=8),
    others=st.lists(st.sampled_from(sorted(COUNTRY_NAMES)), max_size=2),
)
def test_any_country_gets_countries_article_ones_first(
    answer: str, article: list[str], others: list[str]
) -> None:
    candidates = [Candidate(name, "GPE") for name in article]
    result = assert_rules(
        answer,
        pick_distractors(answer, "GPE", article_candidates=candidates, true_answers=others),
        true_answers=others,
    )
    assert set(result) <= COUNTRY_NAMES
    from_article = list(dict.fromkeys(name for name in article if name in COUNTRY_NAMES and name in result))
    assert result[: len(from_article)] == sorted(from_article, key=result.index)
    if len(from_article) < len(result):  # the list was topped up: no usable article country was passed over
        for name in {name for name in article if name in UNAMBIGUOUS_COUNTRIES} - set(result):
            assert any(related(name, other) for other in [answer, *others, *result]), name


@given(answer=st.sampled_from(sorted(DEMONYMS)))
def test_any_nationality_gets_other_nationalities(answer: str) -> None:
    result = assert_rules(answer, pick_distractors(answer, "NORP", article_candidates=[]))
    assert set(result) <= DEMONYMS


# --- the lists themselves -----------------------------------------------------------------------


def test_the_built_in_lists_are_complete_and_consistent() -> None:
    assert 190 <= len(word_lists.COUNTRIES) <= 200
    assert len(word_lists.US_STATES) == 50
    assert len(word_lists.MONTHS) == 12
    assert len(word_lists.WEEKDAYS) == 7
    assert len(word_lists.CONTINENTS) == 7
    assert len(word_lists.CITIES) >= 150
    assert {sub for _, _, sub in word_lists.COUNTRIES.values()} <= set(word_lists.SUBREGION_REGION)
    assert set(word_lists.CITIES.values()) <= COUNTRY_NAMES
    assert set(word_lists.COUNTRY_ALIASES.values()) <= COUNTRY_NAMES
    assert set(word_lists.CITY_ALIASES.values()) <= set(word_lists.CITIES)
    assert set(word_lists.NATIONALITY_ALIASES.values()) <= DEMONYMS
    assert set(word_lists.CURRENCY_ALIASES.values()) <= set(word_lists.CURRENCIES)
    assert not set(word_lists.COUNTRY_ALIASES) & COUNTRY_NAMES
    assert not set(word_lists.CITY_ALIASES) & set(word_lists.CITIES)
    assert set(word_lists.PROVINCES.values()) <= COUNTRY_NAMES
    assert set(word_lists.PROVINCE_ALIASES.values()) <= set(word_lists.PROVINCES)
    assert not set(word_lists.CITIES) & COUNTRY_NAMES  # a city-state is offered as a country only


HAND_MADE_PROVINCES = {
    **dict.fromkeys(
        [
            "Alberta",
            "British Columbia",
            "Manitoba",
            "New Brunswick",
            "Newfoundland and Labrador",
            "Nova Scotia",
            "Ontario",
            "Prince Edward Island",
            "Quebec",
            "Saskatchewan",
            "Northwest Territories",
            "Nunavut",
            "Yukon",
        ],
        "Canada",
    ),
    **dict.fromkeys(
        [
            "New South Wales",
            "Queensland",
            "South Australia",
            "Tasmania",
            "Victoria",
            "Western Australia",
            "Northern Territory",
            "Australian Capital Territory",
        ],
        "Australia",
    ),
}
"""The provinces places.json listed by hand before pycountry gave them."""
HAND_MADE_CONTINENTS = {"Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America"}


def test_the_packages_give_every_place_the_hand_made_lists_held() -> None:
    assert word_lists.PROVINCES.items() >= HAND_MADE_PROVINCES.items()
    assert set(word_lists.CONTINENTS) >= HAND_MADE_CONTINENTS
