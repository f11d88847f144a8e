"""Numbers, dates and times in the surface form the article wrote them: each label's parsers
(``figures``, ``dates``), and the pattern of an answer that can be written again exactly."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from generator.dates import parse_date, parse_decade, parse_time, parse_weekday, parse_year
from generator.figures import parse_number, parse_ordinal, spell
from generator.patterns import Pattern

DURATION = "DURATION"
"""A length of time ("six years"): the model tags it DATE, but it is asked as an amount, never "when"."""

PARSERS: dict[str, tuple[Callable[[str], Pattern[Any] | None], ...]] = {
    "DATE": (parse_year, parse_decade, parse_date, parse_weekday),
    "TIME": (parse_time, parse_weekday),
    "CARDINAL": (parse_number,),
    "MONEY": (parse_number,),
    "PERCENT": (parse_number,),
    "QUANTITY": (parse_number,),
    "ORDINAL": (parse_ordinal,),
}


@lru_cache(maxsize=8192)
def detect(text: str, label: str) -> Pattern[Any] | None:
    """The answer's pattern, if it is one we can write again exactly; relative dates ("last year") are not.
    Cached: each multiple choice reads the article's other figures and dates again (patterns are
    frozen, so one may be shared)."""
    for parse in PARSERS.get(label, ()):
        pattern = parse(text)
        if pattern is not None and pattern.render() == text and pattern.fits(pattern.value):
            return pattern
    return None


__all__ = ["DURATION", "PARSERS", "Pattern", "detect", "spell"]
