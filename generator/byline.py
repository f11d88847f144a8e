"""The names in a byline, without the job titles, desks and agencies printed beside them.

Pages give their author as "DANICA KIRKA; JILL LAWLESS Associated Press", "Tom Gillespie News
reporter" or "Analysis by Chris Cillizza; CNN Editor-at-large": Article.author is the names alone,
"Danica Kirka; Jill Lawless", so that a byline is known wherever its names turn up.
"""

from __future__ import annotations

import re

from .page_lexicon import page_lexicon

SEPARATOR = "; "
"""Between the names of an article with several authors."""

_PARTS = re.compile(r"\s*(?:;|\||\band\b|&|,\s*(?=[A-Z][a-z]+\s+[A-Z]))\s*")
_BY = re.compile(r"^(?:(?:analysis|opinion|commentary|story|text|words|written|reported)\s+)?by\s+", re.I)
_ROLE_SPLIT = re.compile(r"\s*,\s*")


def _without_roles(part: str) -> str:
    """A byline part without the title or agency after the name ("Jane Doe, Staff Writer" → "Jane Doe")."""
    lexicon = page_lexicon()
    part = _ROLE_SPLIT.split(_BY.sub("", part.strip()), maxsplit=1)[0]
    words = part.split()
    while words:
        tail = words[-1].casefold()
        two = " ".join(words[-2:]).casefold()
        if len(words) >= 2 and two in lexicon.news_agencies:
            words = words[:-2]
        elif tail in lexicon.byline_roles or tail in lexicon.news_agencies:
            words = words[:-1]
        else:
            break
    return " ".join(words)


def _cased(name: str) -> str:
    """A name printed in capitals, in title case ("LIM JEONG-WON" → "Lim Jeong-Won")."""
    return name.title() if name.isupper() else name


def _is_organisation(part: str) -> bool:
    """Whether a byline part names a desk or an outlet ("AP National Security Writer", "NJ Advance Media")."""
    lexicon = page_lexicon()
    words = [word.casefold() for word in part.split()]
    return bool(words) and (
        words[0] in lexicon.news_agencies or any(w in lexicon.byline_roles for w in words)
    )


def author_names(byline: str) -> list[str]:
    """The people a byline names, in order; else the outlet or agency it names ("Reuters")."""
    parts = [part for part in _PARTS.split(byline.strip()) if part]
    people = [part for part in parts if not _is_organisation(part)] if len(parts) > 1 else parts
    for chosen in (people, parts):
        names = [_cased(name) for name in map(_without_roles, chosen) if any(c.isalpha() for c in name)]
        if names:
            return list(dict.fromkeys(names))
    return [part for part in parts if part.casefold() in page_lexicon().news_agencies][:1]


def clean_author(byline: str | None) -> str | None:
    """The byline's names joined by SEPARATOR, or None when it names no one."""
    names = author_names(byline or "")
    return SEPARATOR.join(names) if names else None


__all__ = ["SEPARATOR", "author_names", "clean_author"]
