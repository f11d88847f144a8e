"""The date a page gives itself in its text ("Published 5 September 2025, 14:02 | Updated …",
"By Jane Doe · March 16, 2025").

HTML pages state it in their markup, which trafilatura reads; a pasted text or Markdown page has
only its timestamp line, the first date of which is the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from .boilerplate import LineKind, classify, normalise
from .page_lexicon import page_lexicon

_MONTH = "|".join(sorted(page_lexicon().month_numbers, key=len, reverse=True))
_DATES = (
    # 2025-03-04
    (re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"), False),
    # 5 September 2025, 5 Sept. 2025
    (re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})\b", re.I), True),
    # March 4, 2025; Nov. 19 2019; March 4th, 2025
    (
        re.compile(
            rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I
        ),
        True,
    ),
)


def _first_date(line: str) -> date | None:
    found: list[tuple[int, date]] = []
    for pattern, named_month in _DATES:
        for match in pattern.finditer(line):
            month = match["month"]
            number = page_lexicon().month_numbers[month.casefold()] if named_month else int(month)
            try:
                found.append((match.start(), date(int(match["year"]), number, int(match["day"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None


def page_date(lines: Sequence[str]) -> str | None:
    """The first date on the page's first timestamp or byline line, as ISO 8601; None when none has one."""
    for line in lines:
        if classify(line) in {LineKind.DATELINE, LineKind.BYLINE}:
            day = _first_date(normalise(line))
            if day is not None:
                return day.isoformat()
    return None


_STAMP = re.compile(
    r"\d{1,2}:\d{2}|\b(?:a\.?m|p\.?m)\b|\b(?:published|posted|updated|by)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
"""What tells a story's own stamp ("Monday January 7 2008 09:43 IST", "by Tameka Kee, Friday, Dec 28,
2007") from a bare date a page's header prints, which is the day the page was served."""


def stamped_date(lines: Sequence[str], *, page_texts: Callable[[], Sequence[str]] = tuple) -> str | None:
    """The date of an HTML page whose markup gives none: the one date its extracted block prints
    on timestamp or byline lines, on a line that reads as a stamp (a time, a weekday, "Posted",
    "By") or over a byline; None when there are two, which may be the day the page was served
    beside the story's. A block that prints no date leaves it to the rest of the page
    (``page_stamp`` of ``page_texts()``)."""
    stamped: set[date] = set()
    for number, line in enumerate(lines):
        if classify(line) not in {LineKind.DATELINE, LineKind.BYLINE}:
            continue
        day = _first_date(normalise(line))
        if day is not None:
            following = lines[number + 1] if number + 1 < len(lines) else ""
            if not _STAMP.search(line) and classify(following) is not LineKind.BYLINE:
                return None  # a bare date: perhaps the header's day of serving
            stamped.add(day)
    if not stamped:
        return page_stamp(page_texts())
    return next(iter(stamped)).isoformat() if len(stamped) == 1 else None


_PAGE_STAMP = re.compile(
    r"\b(?i:published|posted|updated|last modified|online since)\b|\b\d{1,2}:\d{2}(?:\b|[ap]\.?m)|^By\s+[A-Z]"
)
"""What makes a date anywhere on a page its story's stamp: a word of publishing or a clock time
beside it. A weekday is not enough there: a page's header prints the day it was served."""
_BYLINE_START = re.compile(r"^(?:[|·•]\s*)?By(?:\s+[A-Z]|$)")
_DATELINE_RUN = re.compile(r"^.{0,30}\d[^\n]{0,12}\s*[–—-]$|^[–—-]\s*[^\n]{0,30}\d$")
"""A run that is a date and the dash that opens the story after it ("16 January 2008 –"), or the
dash and date after a credit ("Reuters", "- December 30, 2007")."""


def page_stamp(texts: Sequence[str]) -> str | None:
    """The date of a page whose markup and article block give none, from the runs of text between
    its tags: the one date printed as a stamp ("First Published: Jan 09, 2008", "December 29, 2007,
    9:40 PM CST"), just before a byline ("January 8, 2008" then "By Dan Muse") or as the dateline
    the story runs on from ("16 January 2008 –"). None when there is
    none, or two (the header's "last updated" beside the story's)."""
    stamped: set[date] = set()
    for number, text in enumerate(texts):
        day = _first_date(text)
        if day is None:
            continue
        following = texts[number + 1] if number + 1 < len(texts) else ""
        if _PAGE_STAMP.search(text) or _BYLINE_START.match(following) or _DATELINE_RUN.match(text):
            stamped.add(day)
    return next(iter(stamped)).isoformat() if len(stamped) == 1 else None


__all__ = ["page_date", "page_stamp", "stamped_date"]
