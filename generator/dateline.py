"""Datelines and wire credits that open a news paragraph: "LINDI, Tanzania (AP) — ", "(Reuters) - ",
"WASHINGTON: ", "BUFFALO, N.Y. — ", "… via AP — ". They say where the story was filed and by whom,
are no part of its first sentence, and would turn up in a quiz prompt.
"""

from __future__ import annotations

import re
from functools import cache

from .page_lexicon import page_lexicon

_DASH = r"\s*(?:—|–|--|-)\s*"
_PLACE_WORD = r"[A-Z][^\W\d_]*(?:[.'’&-][^\W\d_]*)*"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
_FILED = rf"{_PLACE}(?:,\s*(?:{_PLACE}|{_PLACE_WORD}\s+\d{{1,2}}))*"
"""Where (and maybe when) a story was filed: "NEW YORK, Nov. 18", "LINDI, Tanzania"."""
_CAPS_WORD = r"[A-Z][A-Z.'’&-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}"
_MAX_PREFIX = 120
"""A dateline or credit is short: a longer opening is the sentence itself."""


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    agencies = "|".join(
        re.escape(name) for name in sorted(page_lexicon().news_agencies, key=len, reverse=True)
    )
    credit = rf"(?i:{agencies})(?:\s*[/,]\s*(?i:{agencies}))*"
    return (
        # "LONDON (AP) —", "HANOI, Vietnam (AP) —", "NEW YORK, Nov 18 (Reuters) -", "(CNN)", "(Reuters) —"
        re.compile(rf"^(?:{_FILED}\s*)?\((?:{credit})\)(?:{_DASH}|\s+|(?=[A-Z“\"]))"),
        # "WASHINGTON —", "BUFFALO, N.Y. —", "SIOUX FALLS, S.D. –": a place in capitals, then a dash
        re.compile(rf"^{_CAPS_PLACE}(?:,\s*{_PLACE})*\s*(?:—|–|--)\s*"),
        # "New York, NY –", "Austin, Texas —": a place and its state, then a dash (a press release)
        re.compile(rf"^{_PLACE},\s*(?:[A-Z]{{2}}|{_PLACE})\s*(?:—|–|--)\s*"),
        # "WASHINGTON:", "Washington, DC, United States:"
        re.compile(rf"^(?:{_CAPS_PLACE}|{_PLACE}(?:,\s*{_PLACE})+):\s+"),
        # "Photo by Jane Doe via AP —": a credit that runs into the text
        re.compile(rf"^[^.!?]{{0,{_MAX_PREFIX}}}?\bvia\s+(?:{credit}){_DASH}"),
    )


def strip_dateline(paragraph: str) -> str:
    """``paragraph`` without the dateline or wire credit it opens with, if any.

    Only when what is left starts a sentence (a capital, a digit or a quote) and the part cut is short.
    """
    for pattern in _patterns():
        found = pattern.match(paragraph)
        if found and 0 < found.end() <= _MAX_PREFIX:
            rest = paragraph[found.end() :]
            if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "“\"‘'":
                return rest
    return paragraph


__all__ = ["strip_dateline"]
