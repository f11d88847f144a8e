"""Datelines and wire credits that open a paragraph are cut; the sentence after them is kept whole."""

from __future__ import annotations

import pytest

from generator.dateline import strip_dateline
from generator.ingest import ingest

REST = "The council voted on Tuesday to build a new bridge over the river."


@pytest.mark.parametrize(
    "opening",
    [
        "LINDI, Tanzania (AP) — ",
        "LONDON (AP) — ",
        "COLUMBIA, S.C. (AP) — ",
        "WASHINGTON (Reuters) - ",
        "NEW YORK, Nov 18 (Reuters) - ",
        "BEIJING, Nov. 19 (Xinhua) -- ",
        "(Reuters) — ",
        "(CNN) ",
        "(CNN)",
        "WASHINGTON: ",
        "WASHINGTON — ",
        "SIOUX FALLS, S.D. – ",
        "Washington, DC, United States: ",
        "Photo by Jane Doe via AP — ",
        "New York, NY – ",
        "Austin, Texas — ",
    ],
)
def test_a_dateline_or_wire_credit_is_cut_from_the_paragraph(opening: str) -> None:
    assert strip_dateline(opening + REST) == REST


@pytest.mark.parametrize(
    "paragraph",
    [
        REST,
        "Wild 4, Sabres 1: Zach Parise scored twice and Minnesota beat Buffalo.",
        "President Trump: a profile of the man who won in 2016.",
        "NASA — the space agency — said the launch would wait.",
        "The council (AP) voted on Tuesday.",
        "In Washington, the mayor said: we will build it.",
        "Paris, the capital of France – and its largest city – has 2 million people.",
        "Smith, however — as ever — said no.",
    ],
)
def test_a_paragraph_without_a_dateline_is_left_alone(paragraph: str) -> None:
    assert strip_dateline(paragraph) == paragraph


def test_datelines_credits_and_captions_never_reach_the_paragraphs_of_a_page() -> None:
    body = (
        "<article><h1>Council backs river bridge</h1>"
        "<p class='byline'>By Jane Doe, Staff Writer</p>"
        f"<p>RIVERTON, Ore. (AP) — {REST}</p>"
        "<figure><img src='b.jpg'><figcaption>The old bridge at dusk. (AP Photo/John Roe)</figcaption></figure>"
        "<p>Work will start in May and should take two years, officials told reporters at the town hall.</p>"
        "<p>Related: <a href='/ferry'>Ferry fares rise again</a></p>"
        "<p>Follow the Crier's full coverage of the bridge at https://crier.example.org/bridge</p>"
        "<p>(Reporting by Jane Doe; Editing by John Roe)</p></article>"
    )
    article = ingest(f"<!DOCTYPE html><html><head><title>Bridge</title></head><body>{body}</body></html>")
    assert article.paragraphs == [
        REST,
        "Work will start in May and should take two years, officials told reporters at the town hall.",
    ]
