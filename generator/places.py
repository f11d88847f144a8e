"""The built-in lists of places, nationalities and currencies: what kind of place a name is, and
which names of the same kind (and the same region first) can stand in for it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from generator import word_lists
from generator.folding import name_key


@dataclass(frozen=True)
class Entry:
    """One member of a built-in list: its canonical spelling and where it belongs."""

    pool: str
    name: str
    subregion: str = ""
    region: str = ""


POOL_LABELS: dict[str, frozenset[str]] = {
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
WITH_ARTICLE = frozenset({"ocean", "currency"})


def _plural_demonym(demonym: str) -> str | None:
    """ "Cubans", "Iraqis"; None for demonyms without a regular plural ("French", "Swiss", "Chinese")."""
    return f"{demonym}s" if demonym.endswith(("an", "i")) else None


def _build_lists() -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """The lists offered as distractors, and every spelling (aliases too) mapped to its entries."""
    region_of = word_lists.SUBREGION_REGION
    where = {name: (sub, region_of[sub]) for name, (_, _, sub) in word_lists.COUNTRIES.items()}
    countries = [Entry("country", name, *where[name]) for name in word_lists.COUNTRIES]
    demonyms = {demonym: name for name, (demonym, _, _) in word_lists.COUNTRIES.items() if demonym}
    nationalities = [Entry("nationality", demonym, *where[name]) for demonym, name in demonyms.items()]
    nationals = [
        Entry("nationals", plural, *where[name])
        for demonym, name in demonyms.items()
        if (plural := _plural_demonym(demonym))
    ]
    cities = [Entry("city", city, *where[country]) for city, country in word_lists.CITIES.items()]
    capitals = [
        Entry("city", capital, *where[name])
        for name, (_, capital, _) in word_lists.COUNTRIES.items()
        if capital and capital not in word_lists.CITIES
    ]
    offered: dict[str, list[Entry]] = {  # in order of priority: "Georgia" is first a country
        "country": countries,
        "province": [
            Entry("province", province, country, where[country][1])
            for province, country in word_lists.PROVINCES.items()
        ],
        "city": cities,
        "us_state": [
            Entry("us_state", state, region, "United States")
            for state, region in word_lists.US_STATES.items()
        ],
        "continent": [Entry("continent", name) for name in word_lists.CONTINENTS],
        "ocean": [Entry("ocean", name) for name in word_lists.OCEANS],
        "nationality": nationalities,
        "nationals": nationals,
        "currency": [Entry("currency", name) for name in word_lists.CURRENCIES],
    }
    by_name = {(entry.pool, entry.name): entry for entries in offered.values() for entry in entries}
    aliases: dict[str, list[tuple[str, Entry]]] = {
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
    index: dict[str, list[Entry]] = {}
    for pool, entries in offered.items():
        for spelling, entry in [(entry.name, entry) for entry in entries] + aliases.get(pool, []):
            found = index.setdefault(name_key(spelling), [])
            if entry not in found:
                found.append(entry)
    return offered, index


OFFERED, INDEX = _build_lists()


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
    for entry in INDEX.get(name_key(name.removeprefix("the ")), []):
        if entry.pool in _PLACE_NOUNS:
            return _PLACE_NOUNS[entry.pool]
    return None


def lookup(text: str, label: str) -> list[Entry]:
    return [entry for entry in INDEX.get(name_key(text), []) if label in POOL_LABELS[entry.pool]]


def resolve(entries: Sequence[Entry], context: Sequence[Sequence[Entry]]) -> Entry:
    """An ambiguous name (Georgia, Washington) takes the kind the rest of the article mentions most."""

    def support(entry: Entry) -> int:
        return sum(any(e.pool == entry.pool and e.name != entry.name for e in other) for other in context)

    return max(entries, key=support)


def entry_id(entry: Entry) -> Hashable:
    return (entry.pool, entry.name)


__all__ = [
    "INDEX",
    "OFFERED",
    "POOL_LABELS",
    "WITH_ARTICLE",
    "Entry",
    "entry_id",
    "lookup",
    "place_kind",
    "resolve",
]
