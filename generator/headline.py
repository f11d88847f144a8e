"""The headline of a page given as lines of text (a paste, a saved page, Markdown without a heading)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .boilerplate import (
    MAX_FRAGMENT_WORDS,
    LineKind,
    classify,
    is_sentence,
    line_key,
    normalise,
    strip_site_suffix,
)


def _repeats_a_word(line: str) -> bool:
    """Whether a short line names one thing twice, as site name lines do ("Voz media US Voz.us")."""
    words = [word.casefold() for word in re.findall(r"[^\W\d_]{3,}", line)]
    return len(line.split()) <= MAX_FRAGMENT_WORDS and len(set(words)) < len(words)


def _headline_shaped(line: str, *, kind: LineKind) -> bool:
    words = len(line.split())
    return (
        kind in {LineKind.BODY, LineKind.FRAGMENT}
        and 3 <= words <= 30
        and not line.endswith(".")
        and any(char.islower() for char in line)
        and not _repeats_a_word(line)
        and "@" not in line
        and "://" not in line
    )


def find_headline(lines: Sequence[str]) -> str:
    """The headline of a page given as lines of text, or "" when none comes before the body.

    The headline is the line that pages print twice (once as the page title, maybe with the site's
    name), or else the first headline-shaped line: short, not ending in a period.
    """
    candidates: list[str] = []
    for line in lines:
        text, kind = normalise(line), classify(line)
        if kind is LineKind.BODY and is_sentence(text):
            keys = Counter(line_key(candidate) for candidate in candidates)
            repeated = [candidate for candidate in candidates if keys[line_key(candidate)] > 1]
            return (repeated or candidates or [""])[0]
        if _headline_shaped(text, kind=kind):
            candidates.append(strip_site_suffix(text))
    return ""


__all__ = ["find_headline"]
