"""A hostile deck through a real Anki: every card of the .apkg and of the CSV, rendered by the
`anki` package, shows its text as written; nothing in it plays, becomes LaTeX or makes a card."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest, ImportCsvRequest

from questions.anki_export import anki_deck_name, write_apkg
from questions.csv_export import csv_text
from questions.deck import Deck
from questions.question import Kind, Question, Source

EDITED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DECK_NAME = "Politics :: Europe"
SOUND, TEX, DISPLAY_TEX, LATEX = "[sound:x.mp3]", "[$]x^2[/$]", "[$$]y^2[/$$]", "[latex]z^2[/latex]"
CLOZE_TWO = "{{c2::boom}}"
HOSTILE = f"{SOUND} {TEX} {DISPLAY_TEX} {LATEX} {CLOZE_TWO} {{{{c3::x::hint}}}}"
SENTENCE = f"The vote in Brussels {HOSTILE} passed on Monday."
SOURCE = Source(
    article_id="eu-vote",
    title=f"Vote {SOUND}",
    url="https://example.com/{{c4::url}}/[sound:y.mp3]",
    sentence=SENTENCE,
    answer_start=SENTENCE.index("Monday"),
    answer_end=SENTENCE.index("Monday") + len("Monday"),
)


def hostile_deck() -> Deck:
    return Deck(
        name=DECK_NAME,
        description=f"About {SOUND}",
        questions=[
            Question(
                id="h-wh",
                kind=Kind.WH,
                prompt=f"When did the vote {HOSTILE} pass?",
                answer="Monday",
                alternatives=[f"on Monday {SOUND}"],
                source=SOURCE,
                edited=EDITED,
            ),
            Question(
                id="h-cloze",
                kind=Kind.CLOZE,
                prompt=f"The vote {HOSTILE} passed on _____.",
                answer="Monday",
                source=SOURCE,
                edited=EDITED,
            ),
            Question(
                id="h-mcq",
                kind=Kind.MCQ,
                prompt=f"Which day {TEX}?",
                answer=f"Monday {SOUND}",
                choices=[
                    f"Monday {SOUND}",
                    f"Tuesday {LATEX}",
                    f"Friday {CLOZE_TWO}",
                    f"Sunday {DISPLAY_TEX}",
                ],
                source=SOURCE.model_copy(update={"answer_start": None, "answer_end": None}),
                edited=EDITED,
            ),
            Question(
                id="h-tf",
                kind=Kind.TRUE_FALSE,
                prompt=f"The vote {HOSTILE} passed.",
                answer=True,
                source=SOURCE,
                edited=EDITED,
            ),
        ],
    )


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "hostile.apkg"
    write_apkg([hostile_deck()], path, now=EDITED)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path)))


def import_csv(col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text(csv_text([hostile_deck()]), encoding="utf-8")
    metadata = col.get_csv_metadata(str(path), None)
    col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))


def edit_every_note(col: Collection) -> None:
    """What a person's edit in Anki does: the note is saved again, and its cloze cards regenerated."""
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        note.fields[0] += " "
        col.update_note(note)


@pytest.mark.parametrize("load", [import_apkg, import_csv], ids=["apkg", "csv"])
def test_every_card_of_a_hostile_deck_renders_its_text_literally(
    col: Collection, tmp_path: Path, load: object
) -> None:
    assert callable(load)
    load(col, tmp_path)
    edit_every_note(col)

    assert col.note_count() == 4
    assert col.card_count() == 4, "one card per note: no cloze number but c1 counts"
    card_ids = col.find_cards("")
    assert {col.decks.name(col.get_card(card_id).did) for card_id in card_ids} == {"Politics::Europe"}
    for card_id in card_ids:
        card = col.get_card(card_id)
        question, answer = card.question(), card.answer()
        assert card.question_av_tags() == [] and card.answer_av_tags() == [], "a sound tag became a sound"
        assert "<img" not in question + answer, "LaTeX became an image"
        shown = html.unescape(answer)
        assert all(text in shown for text in (SOUND, TEX, DISPLAY_TEX, LATEX, CLOZE_TWO)), shown


@pytest.mark.parametrize("name", [DECK_NAME, " a ::b:: c ", "x::::y", "Ünïcode :: 日本", "Tab\there"])
def test_deck_names_are_written_as_anki_stores_them(col: Collection, name: str) -> None:
    assert anki_deck_name(name) == col.decks.name(col.decks.id(name))
