"""An article as the generator reads it: clean body paragraphs and what is known about the page."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class SourceFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class Article(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    article_id: str = Field(min_length=1)
    """A hash of the normalised body text: the same article gives the same id, whatever its wrapping."""
    title: str = ""
    """The headline, without the site's name."""
    url: str | None = None
    author: str | None = None
    """The byline's names without titles or agencies; several are separated by "; "."""
    published: str | None = None
    """The publication date as the page states it (ISO 8601 where the page gives one)."""
    format: SourceFormat
    paragraphs: list[str] = Field(min_length=1)
    """Body paragraphs in reading order, boilerplate removed, the headline not repeated."""
    warnings: list[str] = Field(default_factory=list)
    """What ingest changed that the user should know, e.g. that the text was truncated."""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def authors(self) -> list[str]:
        """The byline's names, one each."""
        return self.author.split("; ") if self.author else []


__all__ = ["Article", "SourceFormat"]
