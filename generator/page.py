"""What extraction found on a page: its text as lines, and what the page says about itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    lines: list[str]
    title: str = ""
    author: str | None = None
    published: str | None = None
    url: str | None = None
    headings: frozenset[int] = frozenset()
    """Which lines are headings (HTML only): never prose, whatever their words."""


__all__ = ["Page"]
