"""The Anki text-file export, read back with the csv module and imported into a real Anki collection."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportCsvRequest
from anki.import_export_pb2 import ImportResponse

from questions.anki_export import apkg_bytes, note_guid
from questions.csv_export import COLUMNS, csv_text
from questions.deck import Deck
from questions.question import Kind, Question, Source

EDITED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SOURCE = Source(
    article_id="cuba-revolution-1959",
    title="Cuba",
    url="https://example.com/cuba",
    sentence="Castro took power in 1959 in Havana.",
    answer_start=21,
    answer_end=25,
)


def decks() -> list[Deck]:
    world = Deck(
        name="World News",
        questions=[
            Question(id="q-wh", kind=Kind.WH, prompt="When?", answer="1959", tags=["history"], source=SOURCE),
            Question(
                id="q-cloze",
                kind=Kind.CLOZE,
                prompt="Castro took power in _____.",
                answer="1959",
                source=SOURCE,
            ),
            Question(
                id="q-mcq",
                kind=Kind.MCQ,
                prompt="When\tdid it happen?",
                answer="1959",
                choices=["1956", "1959", "1961", "1962"],
                source=SOURCE,
            ),
            Question(
                id="q-tf", kind=Kind.TRUE_FALSE, prompt="It was in Havana.", answer=False, tags=["history"]
            ),
        ],
    )
    science = Deck(
        name="Science",
        questions=[
            Question(
                id="s-html",
                kind=Kind.WH,
                prompt='Is <script>alert(1)</script> "bold"?',
                answer="<b>no</b>",
                edited=EDITED,
            )
        ],
    )
    return [world, science]


def rows(text: str) -> list[list[str]]:
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.reader(io.StringIO(body), delimiter="\t"))


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_text(col: Collection, text: str, path: Path) -> ImportResponse.Log:
    path.write_text(text, encoding="utf-8")
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def test_the_headers_tell_anki_the_layout() -> None:
    header = [line for line in csv_text(decks()).splitlines() if line.startswith("#")]

    assert header == [
        "#separator:Tab",
        "#html:true",
        "#notetype column:1",
        "#deck column:2",
        "#tags column:3",
        "#guid column:4",
        "#columns:Note type\tDeck\tTags\tGUID\tFront\tBack",
    ]


def test_rows_parse_with_the_declared_separator() -> None:
    parsed = rows(csv_text(decks()))

    assert [len(row) for row in parsed] == [len(COLUMNS)] * 5
    assert [row[0] for row in parsed] == [
        "Basic (type in the answer)",
        "Cloze",
        "Basic",
        "Basic",
        "Basic (type in the answer)",
    ]
    assert [row[1] for row in parsed] == ["World News"] * 4 + ["Science"]
    wh, cloze, mcq, tf, html = parsed
    assert wh[2:] == [
        "deck::World_News kind::wh article::cuba-revolut history",
        note_guid(decks()[0].questions[0]),
        "When?",
        "1959",
    ]
    assert cloze[4] == "Castro took power in {{c1::1959}}."
    assert cloze[5] == (
        "<blockquote>Castro took power in <mark>1959</mark> in Havana.</blockquote>"
        '<a href="https://example.com/cuba">Cuba</a>'
    )
    assert mcq[4].startswith("When\tdid it happen?<br><ol")
    assert mcq[5].startswith("1959<br><blockquote>")
    assert tf[4:] == ["It was in Havana.<br><i>True or false?</i>", "False"]
    assert html[4:] == ["Is &lt;script&gt;alert(1)&lt;/script&gt; &quot;bold&quot;?", "&lt;b&gt;no&lt;/b&gt;"]


def test_guids_and_tags_match_the_apkg(tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(apkg_bytes(decks()))) as archive:
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        apkg_tags = dict(connection.execute("SELECT guid, tags FROM notes").fetchall())
    finally:
        connection.close()

    csv_tags = {row[3]: row[2] for row in rows(csv_text(decks()))}

    assert set(csv_tags) == set(apkg_tags)
    assert all(set(csv_tags[guid].split()) == set(apkg_tags[guid].split()) for guid in csv_tags)


def test_tags_pick_the_same_questions_as_the_apkg() -> None:
    assert [row[3] for row in rows(csv_text(decks(), tags={"history"}))] == [
        note_guid(decks()[0].questions[0]),
        note_guid(decks()[0].questions[3]),
    ]


def test_the_file_imports_into_a_fresh_collection(tmp_path: Path, col: Collection) -> None:
    log = import_text(col, csv_text(decks()), tmp_path / "quiz.txt")

    assert (len(log.new), len(log.missing_notetype), len(log.conflicting)) == (5, 0, 0)
    assert col.note_count() == 5
    assert col.card_count() == 5
    html_note = col.get_note(col.find_notes("tag:deck::Science")[0])
    assert html_note.note_type() == col.models.by_name("Basic (type in the answer)")
    assert html_note["Front"] == "Is &lt;script&gt;alert(1)&lt;/script&gt; &quot;bold&quot;?"
    assert "<script>" not in html_note.cards()[0].question()
    assert col.decks.name(html_note.cards()[0].did) == "Science"
    cloze_note = col.get_note(col.find_notes("tag:kind::cloze")[0])
    assert cloze_note.note_type() == col.models.by_name("Cloze")
    assert sorted(cloze_note.tags) == ["article::cuba-revolut", "deck::World_News", "kind::cloze"]
    assert cloze_note.guid == note_guid(decks()[0].questions[1])


def test_reimporting_an_edited_file_updates_instead_of_adding(tmp_path: Path, col: Collection) -> None:
    import_text(col, csv_text(decks()), tmp_path / "quiz.txt")
    assert len(import_text(col, csv_text(decks()), tmp_path / "quiz.txt").new) == 0

    edited = decks()
    edited[0].questions[0] = (
        edited[0]
        .questions[0]
        .model_copy(update={"prompt": "In which year?", "edited": EDITED + timedelta(hours=1)})
    )
    log = import_text(col, csv_text(edited), tmp_path / "quiz.txt")

    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 1, 4)
    assert col.note_count() == 5
    assert col.get_note(col.find_notes("tag:kind::wh tag:history")[0])["Front"] == "In which year?"
