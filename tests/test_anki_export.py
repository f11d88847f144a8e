"""The .apkg export, imported into a real Anki collection."""

from __future__ import annotations

import io
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import (
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    ImportAnkiPackageOptions,
    ImportResponse,
)
from anki.models import MODEL_CLOZE
from anki.notes import Note

from questions.anki_export import (
    DECK_ID_MAX,
    DECK_ID_MIN,
    NOTE_TYPES,
    apkg_bytes,
    build_package,
    deck_id,
    note_count,
    write_apkg,
)
from questions.deck import Deck
from questions.question import Kind, Question, Source

EDITED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
SENTENCE = "Castro took power in 1959 in Havana."
SOURCE = Source(
    article_id="cuba-revolution-1959",
    title="Cuba & the <revolution>",
    url="https://example.com/cuba?a=1&b=2",
    sentence=SENTENCE,
    answer_start=21,
    answer_end=25,
)


def world_deck(*, edited: datetime = EDITED) -> Deck:
    return Deck(
        name="World News",
        questions=[
            Question(
                id="q-wh",
                kind=Kind.WH,
                prompt="When did Castro take power?",
                answer="1959",
                alternatives=["in 1959"],
                tags=["history"],
                source=SOURCE,
                edited=edited,
            ),
            Question(
                id="q-cloze",
                kind=Kind.CLOZE,
                prompt="Castro took power in _____ in Havana.",
                answer="1959",
                source=SOURCE,
                edited=edited,
            ),
            Question(
                id="q-mcq",
                kind=Kind.MCQ,
                prompt="When did Castro take power?",
                answer="1959",
                choices=["1956", "1959", "1961", "1962"],
                edited=edited,
            ),
            Question(
                id="q-tf",
                kind=Kind.TRUE_FALSE,
                prompt="Castro took power in Havana.",
                answer=True,
                tags=["history"],
                edited=edited,
            ),
        ],
    )


def science_deck() -> Deck:
    return Deck(
        name="Science",
        questions=[
            Question(
                id="s-html",
                kind=Kind.WH,
                prompt="What does <script>alert(1)</script> print in <b>bold</b>?",
                answer="<b>nothing</b>",
                edited=EDITED,
            )
        ],
    )


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: Collection, path: Path) -> ImportResponse.Log:
    # Anki's defaults, spelled out: update a note only if the incoming one is newer.
    options = ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False,
    )
    request = ImportAnkiPackageRequest(package_path=str(path), options=options)
    return col.import_anki_package(request).log


@dataclass(frozen=True)
class Imported:
    """A note as the collection holds it."""

    type: str
    fields: dict[str, str]
    tags: list[str]
    cards: int
    decks: set[str]
    mod: int


def type_name(note: Note) -> str:
    notetype = note.note_type()
    assert notetype is not None
    return str(notetype["name"])


def notes_by_guid(col: Collection) -> dict[str, Imported]:
    notes = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        cards = note.cards()
        notes[note.guid] = Imported(
            type=type_name(note),
            fields=dict(note.items()),
            tags=sorted(note.tags),
            cards=len(cards),
            decks={col.decks.name(card.did) for card in cards},
            mod=note.mod,
        )
    return notes


def apkg_rows(data: bytes, folder: Path) -> list[tuple[object, ...]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        assert archive.read("media") == b"{}"
        archive.extract("collection.anki2", folder)
    connection = sqlite3.connect(folder / "collection.anki2")
    try:
        return connection.execute("SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id").fetchall()
    finally:
        connection.close()


def guid(question_id: str) -> str:
    return str(genanki.guid_for(question_id))


def test_every_kind_imports_as_its_note_type(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "out" / "quiz.apkg"
    path.parent.mkdir()

    assert write_apkg([world_deck(), science_deck()], path, now=NOW) == 5
    log = import_apkg(col, path)

    assert (len(log.new), len(log.updated), len(log.duplicate), len(log.conflicting)) == (5, 0, 0, 0)
    assert col.note_count() == 5
    assert col.card_count() == 5
    notes = notes_by_guid(col)
    wh, cloze, mcq, tf = (notes[guid(i)] for i in ("q-wh", "q-cloze", "q-mcq", "q-tf"))
    marked_source = (
        "<blockquote>Castro took power in <mark>1959</mark> in Havana.</blockquote>"
        '<a href="https://example.com/cuba?a=1&amp;b=2">Cuba &amp; the &lt;revolution&gt;</a>'
    )
    assert wh.type == "NewsQuiz Typed Answer"
    assert wh.fields == {
        "Question": "When did Castro take power?",
        "Answer": "1959",
        "Also accepted": "in 1959",
        "Source": marked_source,
    }
    assert wh.tags == ["article::cuba-revolut", "deck::World_News", "history", "kind::wh"]
    assert cloze.type == "NewsQuiz Cloze"
    assert cloze.fields == {
        "Text": "Castro took power in {{c1::1959}} in Havana.",
        "Source": marked_source,
    }
    assert cloze.tags == ["article::cuba-revolut", "deck::World_News", "kind::cloze"]
    assert mcq.type == "NewsQuiz Multiple Choice"
    assert mcq.fields == {
        "Question": "When did Castro take power?",
        "Choices": '<ol class="choices" type="A"><li>1956</li><li>1959</li><li>1961</li><li>1962</li></ol>',
        "Answer": "1959",
        "Source": "",
    }
    assert tf.type == "NewsQuiz True or False"
    assert tf.fields == {"Statement": "Castro took power in Havana.", "Answer": "True", "Source": ""}
    assert tf.tags == ["deck::World_News", "history", "kind::true_false"]
    assert all(note.cards == 1 for note in notes.values())
    assert set().union(*(note.decks for note in notes.values())) == {"World News", "Science"}
    assert all(note.mod == int(EDITED.timestamp()) for note in notes.values())
    assert list(tmp_path.joinpath("out").iterdir()) == [path]


def test_cards_render_as_anki_cards(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "quiz.apkg"
    write_apkg([world_deck()], path, now=NOW)
    import_apkg(col, path)

    cloze_note = col.get_note(col.find_notes("tag:kind::cloze")[0])
    notetype = cloze_note.note_type()
    assert notetype is not None
    assert notetype["type"] == MODEL_CLOZE
    cloze_card = cloze_note.cards()[0]
    assert "[...]" in cloze_card.question()
    assert '<span class="cloze" data-ordinal="1">1959</span>' in cloze_card.answer()
    assert "<mark>1959</mark>" in cloze_card.answer()

    typed_card = col.get_note(col.find_notes("tag:kind::wh")[0]).cards()[0]
    assert "[[type:Answer]]" in typed_card.question()
    assert "Also accepted: in 1959" in typed_card.answer()

    mcq_card = col.get_note(col.find_notes("tag:kind::mcq")[0]).cards()[0]
    assert "<li>1961</li>" in mcq_card.question()
    assert "<hr id=answer>\n\n1959" in mcq_card.answer()

    tf_card = col.get_note(col.find_notes("tag:kind::true_false")[0]).cards()[0]
    assert "True or false?" in tf_card.question()
    assert "<hr id=answer>\n\nTrue" in tf_card.answer()


def test_reimporting_the_same_package_changes_nothing(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "quiz.apkg"
    write_apkg([world_deck()], path, now=NOW)
    import_apkg(col, path)
    write_apkg([world_deck()], path, now=NOW + timedelta(days=1))

    log = import_apkg(col, path)

    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, 4)
    assert col.note_count() == 4
    assert col.card_count() == 4


def test_an_edited_question_updates_its_note_and_nothing_else(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "quiz.apkg"
    deck = world_deck()
    write_apkg([deck], path, now=NOW)
    import_apkg(col, path)
    first_import = notes_by_guid(col)

    deck.questions[0] = deck.questions[0].model_copy(
        update={"prompt": "In which year did Castro take power?", "edited": EDITED + timedelta(hours=1)}
    )
    write_apkg([deck], path, now=NOW + timedelta(hours=1))
    log = import_apkg(col, path)

    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 1, 3)
    assert log.updated[0].fields[0] == "In which year did Castro take power?"
    assert col.note_count() == 4
    notes = notes_by_guid(col)
    assert notes[guid("q-wh")].fields["Question"] == "In which year did Castro take power?"
    unchanged = [guid(i) for i in ("q-cloze", "q-mcq", "q-tf")]
    assert [notes[g] for g in unchanged] == [first_import[g] for g in unchanged]


def test_an_older_package_does_not_undo_an_edit(tmp_path: Path, col: Collection) -> None:
    old, new = tmp_path / "old.apkg", tmp_path / "new.apkg"
    deck = world_deck()
    write_apkg([deck], old, now=NOW)
    deck.questions[0] = deck.questions[0].model_copy(
        update={"prompt": "Edited prompt", "edited": EDITED + timedelta(minutes=5)}
    )
    write_apkg([deck], new, now=NOW)
    import_apkg(col, new)

    log = import_apkg(col, old)

    assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, 4)
    assert col.get_note(col.find_notes("tag:kind::wh")[0])["Question"] == "Edited prompt"


def test_html_in_a_question_stays_text(tmp_path: Path, col: Collection) -> None:
    path = tmp_path / "quiz.apkg"
    write_apkg([science_deck()], path, now=NOW)
    import_apkg(col, path)

    note = col.get_note(col.find_notes("")[0])
    assert note["Question"] == (
        "What does &lt;script&gt;alert(1)&lt;/script&gt; print in &lt;b&gt;bold&lt;/b&gt;?"
    )
    assert note["Answer"] == "&lt;b&gt;nothing&lt;/b&gt;"
    card = note.cards()[0]
    assert "<script>" not in card.question()
    assert "<b>" not in card.answer()
    assert "typeBad" not in col.compare_answer(note["Answer"], "<b>nothing</b>")


def test_a_cloze_answer_cannot_break_the_cloze(tmp_path: Path, col: Collection) -> None:
    deck = Deck(
        name="Tricky",
        questions=[
            Question(
                id="t1",
                kind=Kind.CLOZE,
                prompt="The {{c2::meeting}} starts at _____ sharp.",
                answer="10::30}}",
                edited=EDITED,
            )
        ],
    )
    path = tmp_path / "quiz.apkg"
    write_apkg([deck], path, now=NOW)
    import_apkg(col, path)

    note = col.get_note(col.find_notes("")[0])
    assert note["Text"] == (
        "The &#123;&#123;c2::meeting&#125;&#125; starts at {{c1::10&#58;&#58;30&#125;&#125;}} sharp."
    )
    cards = note.cards()
    assert [card.ord for card in cards] == [0]
    assert "10&#58;&#58;30&#125;&#125;</span>" in cards[0].answer()


def test_no_file_is_left_in_the_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()

    assert apkg_bytes([world_deck()], now=NOW)
    assert write_apkg([world_deck()], out / "quiz.apkg", now=NOW) == 4

    assert list(temp.iterdir()) == []
    assert list(out.iterdir()) == [out / "quiz.apkg"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "quiz.apkg"
    path.write_bytes(b"old")
    too_early = datetime(1970, 1, 2, tzinfo=UTC)  # zip cannot store times before 1980

    with pytest.raises(ValueError):
        write_apkg([world_deck()], path, now=too_early)

    assert list(tmp_path.iterdir()) == [path]
    assert path.read_bytes() == b"old"


def test_tags_pick_the_questions(tmp_path: Path, col: Collection) -> None:
    decks = [world_deck(), science_deck()]
    assert note_count(build_package(decks)) == 5
    assert note_count(build_package(decks, tags={"HISTORY"})) == 2
    assert note_count(build_package(decks, tags={"kind::wh"})) == 2
    assert note_count(build_package(decks, tags={"deck::Science", "kind::mcq"})) == 2
    assert note_count(build_package(decks, tags=set())) == 0
    assert [deck.name for deck in build_package(decks, tags={"history"}).decks] == ["World News"]

    path = tmp_path / "history.apkg"
    assert write_apkg(decks, path, tags=["history"], now=NOW) == 2
    import_apkg(col, path)
    notes = notes_by_guid(col)
    assert set(notes) == {guid("q-wh"), guid("q-tf")}
    assert all(note.decks == {"World News"} for note in notes.values())


def test_the_same_input_gives_the_same_package(tmp_path: Path) -> None:
    first = apkg_bytes([world_deck(), science_deck()], now=NOW)
    assert apkg_bytes([world_deck(), science_deck()], now=NOW) == first

    later = apkg_bytes([world_deck(), science_deck()], now=NOW + timedelta(days=3))
    first_rows = apkg_rows(first, tmp_path / "first")
    later_rows = apkg_rows(later, tmp_path / "later")
    assert [row[1:] for row in later_rows] == [row[1:] for row in first_rows]  # all but the note ids
    assert [row[2] for row in first_rows] == [model.model_id for model in NOTE_TYPES.values()] + [
        NOTE_TYPES[Kind.WH].model_id
    ]


def test_ids_are_stable() -> None:
    assert deck_id("World News") == deck_id("World News") != deck_id("World news")
    assert DECK_ID_MIN <= deck_id("World News") < DECK_ID_MAX
    model_ids = [model.model_id for model in NOTE_TYPES.values()]
    assert len(set(model_ids)) == 4
    assert all(DECK_ID_MIN <= model_id < DECK_ID_MAX for model_id in model_ids)


def test_a_question_in_two_decks_is_refused() -> None:
    copy = Deck(name="Copy", questions=[world_deck().questions[0]])
    with pytest.raises(ValueError, match="q-wh"):
        build_package([world_deck(), copy])
