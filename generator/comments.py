"""Readers' comments pasted below a story in a plain-text or Markdown copy.

A web page keeps its comments in markup of their own, which extraction leaves out; a plain-text copy
runs them on after the story as more paragraphs ("I agree with Mr Forsyth. ...", "Brilliant, about
time this country had a plausible party!"). Read as the story, they give items that state a reader's
opinion as the news. They are told by their voice: most are written in the first person or
exclaim, which a news story does only inside quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

_QUOTED = re.compile(
    r"[\"“][^\"”]*(?:[\"”]|$)"  # a quotation, or one the next paragraph closes
    r"|\b(?:said|says|wrote|writes|added|told)\b[^.:\"“]{0,60}:.*"  # "wrote: On the rare nights ..."
)
_READER_VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|i|my|me|myself)\b|!")
MIN_COMMENTS = 8
"""A tail of fewer paragraphs is a story's own ending, told in the first person as a column may be."""
VOICED_SHARE = 0.5
"""The share of the tail's paragraphs that must speak as a reader: 50–79% of the comments below the
five BBC News copies that carry them (the rest argue without an "I"); a story in the first person
throughout (six lobbies answering in their own words, BBC politics-250) loses its last eight
paragraphs, which give no item anyway."""
MIN_STORY = 2


def _voiced(paragraph: str) -> bool:
    return _READER_VOICE.search(_QUOTED.sub("", paragraph)) is not None


def without_reader_comments(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs up to the first of a tail of ``MIN_COMMENTS`` or more in which at least
    ``VOICED_SHARE`` speak as a reader (the first person outside quotation marks, or an
    exclamation), that tail starting with one that does; all of them when there is no such tail."""
    voiced = [_voiced(paragraph) for paragraph in paragraphs]
    voiced_from = list(accumulate(reversed(voiced)))[::-1]  # voiced paragraphs from each one on
    for start in range(MIN_STORY, len(paragraphs) - MIN_COMMENTS + 1):
        if voiced[start] and voiced_from[start] >= VOICED_SHARE * (len(paragraphs) - start):
            return list(paragraphs[:start])
    return list(paragraphs)


__all__ = ["without_reader_comments"]
