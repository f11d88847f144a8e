"""What ingest knows about news pages in one language, kept as data and read once.

The word lists live in ``lexicon/<language>/<list>.txt`` (one entry per line, ``#`` starts a
comment); month and weekday names come from the CLDR data that ``babel`` ships.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel.dates import get_day_names, get_month_names

from generator.lexicon import LANGUAGE
from generator.lexicon import entries as _entries


def _month_numbers(language: str) -> dict[str, int]:
    """Month names, full and abbreviated, to their number ("march" and "mar" → 3; "sept" → 9)."""
    numbers = {
        name.casefold().rstrip("."): number
        for width in ("wide", "abbreviated")
        for number, name in get_month_names(width, locale=language).items()
    }
    for abbreviation in _entries(language, "calendar_abbreviations"):
        number = next((n for name, n in numbers.items() if name.startswith(abbreviation)), None)
        if number is not None:
            numbers[abbreviation] = number
    return numbers


def _calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names, full and abbreviated (CLDR's and news style's: "Sept.", "Tues.")."""
    names = [
        name
        for width in ("wide", "abbreviated")
        for table in (get_month_names(width, locale=language), get_day_names(width, locale=language))
        for name in table.values()
    ]
    folded = {name.casefold().rstrip(".") for name in names}
    return frozenset(folded.union(_entries(language, "calendar_abbreviations")))


@dataclass(frozen=True)
class PageLexicon:
    news_agencies: tuple[str, ...]
    """Wire services, photo agencies and outlets that sign datelines ("reuters", "getty images")."""
    byline_roles: frozenset[str]
    """Words of job titles after a name in a byline ("staff", "writer", "correspondent")."""
    name_particles: frozenset[str]
    """Lower-case words inside personal names ("van", "der", "al")."""
    calendar_words: frozenset[str]
    """Month and weekday names, full and abbreviated ("march", "mar", "sept", "tue")."""
    month_numbers: dict[str, int]
    """Month names and abbreviations to the month's number."""
    timestamp_words: frozenset[str]
    """Words of a timestamp line besides dates ("updated", "ago", "min")."""
    time_zones: frozenset[str]


@cache
def page_lexicon(language: str = LANGUAGE) -> PageLexicon:
    return PageLexicon(
        news_agencies=_entries(language, "news_agencies"),
        byline_roles=frozenset(_entries(language, "byline_roles")),
        name_particles=frozenset(_entries(language, "name_particles")),
        calendar_words=_calendar_words(language),
        month_numbers=_month_numbers(language),
        timestamp_words=frozenset(_entries(language, "timestamp_words")),
        time_zones=frozenset(_entries(language, "time_zones")),
    )


__all__ = ["LANGUAGE", "PageLexicon", "page_lexicon"]
