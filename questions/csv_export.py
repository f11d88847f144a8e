"""Decks as a tab-separated text file for Anki's File > Import, for people who prefer text to an .apkg.

The file's headers tell Anki everything: fields are HTML (escaped as in the .apkg), and each row
names its note type, deck, tags and GUID. The GUID is the .apkg's, so re-importing an edited
export updates the notes instead of adding them again.

The note types are Anki's stock ones, so the file imports into any collection without first
importing the .apkg's (stock names are in the collection's language: these are the English ones).
Their two fields hold what the .apkg's templates lay out. A typed-answer card shows no source:
the stock type compares what is typed with its whole Back field, so that field holds the answer
alone. A note first imported from the .apkg has another note type, so Anki reports its row as
conflicting and leaves the note as it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Sequence

from questions.anki_export import (
    anki_deck_name,
    choices_html,
    cloze_html,
    note_guid,
    note_tags,
    selected,
    source_html,
    text_html,
    true_false_text,
)
from questions.deck import Deck
from questions.question import Kind, Question

SEPARATOR = "\t"
STOCK_NOTE_TYPES = {
    Kind.WH: "Basic (type in the answer)",
    Kind.CLOZE: "Cloze",
    Kind.MCQ: "Basic",
    Kind.TRUE_FALSE: "Basic",
}
COLUMNS = ("Note type", "Deck", "Tags", "GUID", "Front", "Back")
HEADER = (
    "#separator:Tab\n"
    "#html:true\n"
    "#notetype column:1\n"
    "#deck column:2\n"
    "#tags column:3\n"
    "#guid column:4\n"
    f"#columns:{SEPARATOR.join(COLUMNS)}\n"
)
"""Anki's file headers. The note type comes first: Anki skips a line that starts with ``#``, as a GUID may."""


def _with_source(text: str, question: Question) -> str:
    source = source_html(question.source)
    return f"{text}<br>{source}" if source else text


def csv_fields(question: Question) -> tuple[str, str]:
    """The two fields of the question's stock note: Front and Back, or Text and Back Extra for a cloze."""
    match question.kind:
        case Kind.WH:
            return text_html(question.prompt), text_html(question.answer_text)
        case Kind.CLOZE:
            return cloze_html(question), source_html(question.source)
        case Kind.MCQ:
            front = f"{text_html(question.prompt)}<br>{choices_html(question.choices)}"
            return front, _with_source(text_html(question.answer_text), question)
        case Kind.TRUE_FALSE:
            front = f"{text_html(question.prompt)}<br><i>True or false?</i>"
            return front, _with_source(true_false_text(question), question)


def csv_text(decks: Sequence[Deck], *, tags: Collection[str] | None = None) -> str:
    """The file for ``decks``, keeping only questions with any of ``tags`` when given (as the .apkg does)."""
    buffer = io.StringIO()
    buffer.write(HEADER)
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\n")
    for deck, question in selected(decks, tags=tags):
        kind_name = STOCK_NOTE_TYPES[question.kind]
        tag_text = " ".join(note_tags(deck, question))
        deck_name = anki_deck_name(deck.name)
        writer.writerow([kind_name, deck_name, tag_text, note_guid(question), *csv_fields(question)])
    return buffer.getvalue()


__all__ = ["COLUMNS", "HEADER", "SEPARATOR", "STOCK_NOTE_TYPES", "csv_fields", "csv_text"]
