"""Decks as one Anki package (.apkg), built with genanki.

Re-importing a package never duplicates a note and only updates the notes that changed: a note's
GUID comes from its question's id, and its modification time is the question's ``edited`` time,
while Anki updates an existing note only when the incoming one is newer (in whole seconds).

Field names and template names are part of that contract: Anki matches a note type by id and by
those names, and one that no longer matches is imported as a new note type, whose notes then
conflict with the existing ones instead of updating them. Never rename them.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import os
import re
import secrets
import sqlite3
import tempfile
import unicodedata
import zipfile
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import genanki

from questions.deck import Deck
from questions.question import BLANK_PATTERN, Kind, Question, Source, utc_now

_WEB_LINK = re.compile(r"https?://", re.IGNORECASE)
"""Only web links become links; a javascript: or data: URL stays text."""

NOTE_TYPES_REVISED = 1795392000
"""When a template or the CSS below last changed (2026-11-23): bump it on every change.

Anki replaces an existing note type's templates on import only when the incoming one is newer,
so stamping note types with this rather than the export time keeps a user's restyling.
"""

DECK_ID_MIN, DECK_ID_MAX = 1 << 30, 1 << 31
"""genanki's advised range for model and deck ids (ids below it may be Anki's own)."""

_CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: center; color: black; background: white; }
.nightMode.card { color: white; background: #2f2f31; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
.choices { display: inline-block; text-align: left; }
.also, .source { font-size: 16px; margin-top: 1em; }
.source blockquote { margin: 0.5em 1em; font-style: italic; }
"""

_BACK = "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"


class _NoteType(genanki.Model):
    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        return super().to_json(NOTE_TYPES_REVISED, deck_id)


class _QuestionNote(genanki.Note):
    """A note stamped with its question's last edit, where genanki stamps every note with one time."""

    def __init__(self, *, edited: datetime, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.edited = edited

    def write_to_db(
        self, cursor: sqlite3.Cursor, timestamp: float, deck_id: int, id_gen: Iterator[int]
    ) -> None:
        super().write_to_db(cursor, self.edited.timestamp(), deck_id, id_gen)


TYPED_ANSWER = _NoteType(
    1607392319,
    "NewsQuiz Typed Answer",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Also accepted"}, {"name": "Source"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}\n\n{{type:Answer}}",
            "afmt": "{{Question}}\n\n<hr id=answer>\n\n{{type:Answer}}\n"
            "{{#Also accepted}}<div class=also>Also accepted: {{Also accepted}}</div>{{/Also accepted}}\n"
            + _BACK,
        }
    ],
    css=_CSS,
)
CLOZE = _NoteType(
    1387450223,
    "NewsQuiz Cloze",
    model_type=genanki.Model.CLOZE,
    fields=[{"name": "Text"}, {"name": "Source"}],
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}\n" + _BACK}],
    css=_CSS,
)
MULTIPLE_CHOICE = _NoteType(
    1748302651,
    "NewsQuiz Multiple Choice",
    fields=[{"name": "Question"}, {"name": "Choices"}, {"name": "Answer"}, {"name": "Source"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}<br>\n{{Choices}}",
            "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Answer}}\n" + _BACK,
        }
    ],
    css=_CSS,
)
TRUE_FALSE = _NoteType(
    1928374615,
    "NewsQuiz True or False",
    fields=[{"name": "Statement"}, {"name": "Answer"}, {"name": "Source"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Statement}}<br>\n<i>True or false?</i>",
            "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Answer}}\n" + _BACK,
        }
    ],
    css=_CSS,
)
NOTE_TYPES: dict[Kind, genanki.Model] = {
    Kind.WH: TYPED_ANSWER,
    Kind.CLOZE: CLOZE,
    Kind.MCQ: MULTIPLE_CHOICE,
    Kind.TRUE_FALSE: TRUE_FALSE,
}


def deck_id(name: str) -> int:
    """A stable id for a deck name: its SHA-256 folded into genanki's advised range."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return DECK_ID_MIN + int.from_bytes(digest[:8], "big") % (DECK_ID_MAX - DECK_ID_MIN)


def note_guid(question: Question) -> str:
    return str(genanki.guid_for(question.id))


def note_tags(deck: Deck, question: Question) -> list[str]:
    tags = [deck.tag, f"kind::{question.kind.value}"]
    if question.source is not None:
        tags.append("article::" + "_".join(question.source.article_id[:12].split()))
    return list(dict.fromkeys([*tags, *question.tags]))


def selected(decks: Sequence[Deck], *, tags: Collection[str] | None) -> Iterator[tuple[Deck, Question]]:
    """Each question of ``decks`` that has any of ``tags`` (all of them if ``tags`` is None).

    A question's tags here are those its note gets, so ``kind::wh`` or a deck's tag select too.
    Anki tags ignore case, and so does this.
    """
    wanted = None if tags is None else {tag.casefold() for tag in tags}
    seen: dict[str, str] = {}
    for deck in decks:
        for question in deck.questions:
            if question.id in seen:
                raise ValueError(
                    f"question id {question.id!r} is in both {seen[question.id]!r} and {deck.name!r}:"
                    " Anki would import it twice"
                )
            seen[question.id] = deck.name
            if wanted is None or any(tag.casefold() in wanted for tag in note_tags(deck, question)):
                yield deck, question


_ANKI_SYNTAX = (("[", "&#91;"), ("]", "&#93;"), ("{", "&#123;"), ("}", "&#125;"))
"""Characters Anki reads as its own markup in a field's text, not only HTML: ``[sound:x.mp3]``
becomes a play button, ``[$]…[/$]`` and ``[latex]…[/latex]`` LaTeX images, ``{{c2::…}}`` another
cloze card. As character references they show as themselves and mean nothing to Anki."""


def inert(text: str) -> str:
    """``text`` escaped for HTML and for Anki's own markup."""
    escaped = html.escape(text)
    for character, reference in _ANKI_SYNTAX:
        if character in escaped:
            escaped = escaped.replace(character, reference)
    return escaped


def text_html(text: str) -> str:
    """Text as a field shows it: every character literal, lines kept."""
    lines = text.splitlines()
    if len(lines) == 1:  # most fields: no join to build
        return inert(lines[0])
    return "<br>".join(map(inert, lines))


def anki_deck_name(name: str) -> str:
    """The deck's name as Anki stores it: NFC, each ``::`` level trimmed and without control
    characters, an empty level named "blank". A file that gives Anki another spelling makes it
    look the deck up again for every note (the CSV import makes one deck per note)."""
    levels = []
    for level in unicodedata.normalize("NFC", name).split("::"):
        cleaned = "".join(ch for ch in level if not (ch.isascii() and unicodedata.category(ch) == "Cc"))
        levels.append(cleaned.strip() or "blank")
    return "::".join(levels)


def cloze_html(question: Question) -> str:
    """The prompt with its blank as Anki's ``{{c1::answer}}``.

    Braces everywhere and colons in the answer become character references, so no text can open
    another cloze or end this one early, or turn into a ``::hint``.
    """
    before, after = BLANK_PATTERN.split(question.prompt)
    answer = text_html(question.answer_text).replace(":", "&#58;")
    return f"{text_html(before)}{{{{c1::{answer}}}}}{text_html(after)}"


def choices_html(choices: Sequence[str]) -> str:
    items = "".join(f"<li>{text_html(choice)}</li>" for choice in choices)
    return f'<ol class="choices" type="A">{items}</ol>'


def true_false_text(question: Question) -> str:
    return "True" if question.answer is True else "False"


def source_html(source: Source | None) -> str:
    """The sentence with the answer in ``<mark>``, then the article's title, linked if the link is http(s).

    Other schemes (``javascript:`` above all) are never linked: Anki runs a card's links in its web view.
    """
    if source is None:
        return ""
    sentence, start, end = source.sentence, source.answer_start, source.answer_end
    if start is None or end is None:
        quote = text_html(sentence)
    else:
        marked = text_html(sentence[start:end])
        quote = f"{text_html(sentence[:start])}<mark>{marked}</mark>{text_html(sentence[end:])}"
    article = text_html(source.title or source.url or "")
    if source.url and _WEB_LINK.match(source.url):
        article = f'<a href="{inert(source.url)}">{article}</a>'
    return f"<blockquote>{quote}</blockquote>{article}"


def note_fields(question: Question) -> list[str]:
    """The fields of the question's note, in its note type's order; every text in them is escaped."""
    source = source_html(question.source)
    match question.kind:
        case Kind.WH:
            also = text_html(", ".join(question.alternatives))
            return [text_html(question.prompt), text_html(question.answer_text), also, source]
        case Kind.CLOZE:
            return [cloze_html(question), source]
        case Kind.MCQ:
            prompt, choices = text_html(question.prompt), choices_html(question.choices)
            return [prompt, choices, text_html(question.answer_text), source]
        case Kind.TRUE_FALSE:
            return [text_html(question.prompt), true_false_text(question), source]


def build_package(decks: Sequence[Deck], *, tags: Collection[str] | None = None) -> genanki.Package:
    """One package for ``decks``, keeping only questions with any of ``tags`` when given.

    A deck left without questions is left out.
    """
    anki_decks: dict[str, genanki.Deck] = {}
    for deck, question in selected(decks, tags=tags):
        if deck.name not in anki_decks:
            anki_decks[deck.name] = genanki.Deck(
                deck_id(deck.name), anki_deck_name(deck.name), text_html(deck.description)
            )
        note = _QuestionNote(
            model=NOTE_TYPES[question.kind],
            fields=note_fields(question),
            tags=note_tags(deck, question),
            guid=note_guid(question),
            edited=question.edited,
        )
        anki_decks[deck.name].add_note(note)
    return genanki.Package(list(anki_decks.values()))


def note_count(package: genanki.Package) -> int:
    return sum(len(deck.notes) for deck in package.decks)


def write_package(package: genanki.Package, file: IO[bytes], *, now: datetime) -> None:
    """Write ``package`` as an .apkg to ``file``: the same package and ``now`` give the same bytes.

    genanki's own ``write_to_file`` leaves its database in the temp folder and stamps every note
    with one time; this removes the database and leaves the notes their own times.
    """
    timestamp = now.timestamp()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        stamp = now.timetuple()[:6]
        with zipfile.ZipFile(file, "w") as archive:
            for name, data in (("collection.anki2", database.read_bytes()), ("media", b"{}")):
                archive.writestr(
                    zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1
                )


def apkg_bytes(
    decks: Sequence[Deck], *, tags: Collection[str] | None = None, now: datetime | None = None
) -> bytes:
    """The .apkg as bytes, for a download button."""
    buffer = io.BytesIO()
    write_package(build_package(decks, tags=tags), buffer, now=now or utc_now())
    return buffer.getvalue()


def write_apkg(
    decks: Sequence[Deck], path: Path, *, tags: Collection[str] | None = None, now: datetime | None = None
) -> int:
    """Write the .apkg to ``path`` atomically and return how many notes it holds."""
    package = build_package(decks, tags=tags)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("xb") as file:
            write_package(package, file, now=now or utc_now())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return note_count(package)


__all__ = [
    "CLOZE",
    "DECK_ID_MAX",
    "DECK_ID_MIN",
    "MULTIPLE_CHOICE",
    "NOTE_TYPES",
    "NOTE_TYPES_REVISED",
    "TRUE_FALSE",
    "TYPED_ANSWER",
    "anki_deck_name",
    "apkg_bytes",
    "build_package",
    "choices_html",
    "cloze_html",
    "deck_id",
    "inert",
    "note_count",
    "note_fields",
    "note_guid",
    "note_tags",
    "selected",
    "source_html",
    "text_html",
    "true_false_text",
    "write_apkg",
    "write_package",
]
