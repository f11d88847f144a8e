"""What the ingest tests share: English and Russian paragraphs, a news page around a body, and the
one-line message of a refusal."""

from __future__ import annotations

import pytest

from generator.errors import ArticleError
from generator.ingest import ingest

BRIDGE = (
    "The council voted on Tuesday to build a new bridge over the river, the mayor said. "
    "Work will start in May and should take two years, officials told reporters at the town hall."
)
BRIDGE_COST = "The bridge will cost 40 million dollars, paid by the state and the city, the mayor added."


def page(body: str, *, head: str = "<title>Council backs river bridge | The Town Crier</title>") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


RUSSIAN = (
    "Городской совет во вторник одобрил строительство нового моста через реку. По словам мэра, работы "
    "начнутся в мае и продлятся два года, а стоимость проекта составит около двенадцати миллионов рублей."
)


def refusal(source: str | bytes, *, filename: str | None = None) -> str:
    """The message of the ArticleError that ``source`` raises, checked to be one plain line."""
    with pytest.raises(ArticleError) as raised:
        ingest(source, filename=filename)
    message = str(raised.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert raised.value.__context__ is None, "the error should not drag another exception's traceback along"
    return message


__all__ = [
    "BRIDGE",
    "BRIDGE_COST",
    "RUSSIAN",
    "page",
    "refusal",
]
