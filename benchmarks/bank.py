"""The bank's speed: exporting, loading, and answering, each against the bare library underneath.

All figures come from one run, on one set of generated data (``random.Random(SEED)``):

- **Export**: ``write_apkg`` of 10,000 questions (10 decks of 1,000) to a temporary file, over bare
  genanki writing the same 10,000 notes: one ``genanki.Model`` per kind with the same fields and
  templates, a ``genanki.Note`` per question whose fields are built inline the plain way (the same
  texts, HTML-escaped), a ``genanki.Deck`` per deck, ``genanki.Package(...).write_to_file``.
  Target: at most 1.5 times as long. A second ratio, without a target, hands genanki our exact
  field strings ready-made: it is the floor, the share genanki itself takes.
- **Load**: ``load_bank`` on a folder of 10 deck files of 1,000 questions (all four kinds, most
  with a source, saved by ``write_deck``) over reading each file and parsing it with
  ``yaml.load(text, Loader=yaml.CSafeLoader)``. Target: at most 2 times as long.
- **Answer**: one ``ProgressStore.record_answer`` and one ``due_question_ids(now=..., limit=20)``
  in a store holding 100,000 logged answers to the 10,000 questions: median and 95th percentile
  of ``ITERATIONS`` rounds.

Ratios take the best of ``REPEATS`` (``LOAD_REPEATS`` for loading) runs of each side, the two
sides taking turns, with the cyclic garbage collector paused as ``timeit`` does: when it runs
depends on everything else the process holds. ``load_bank`` is also timed with it on, as in
the app, where collections triggered by the YAML parser's allocations are a large share.
The whole run takes under a minute on two cores, most of it saving the 10 deck files.
"""

from __future__ import annotations

import html
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random

import genanki
import yaml
from fsrs import Card, Rating

from benchmarks._bank_data import make_decks
from benchmarks._figure import Figure
from benchmarks._timing import best_times, percentile
from questions.anki_export import (
    NOTE_TYPES,
    deck_id,
    note_fields,
    note_guid,
    note_tags,
    text_html,
    write_apkg,
)
from questions.bank import Bank, load_bank
from questions.deck import Deck
from questions.deck_file import deck_paths
from questions.deck_writing import write_deck
from questions.progress import ProgressStore
from questions.question import BLANK_PATTERN, Kind, Question
from questions.scheduling import make_scheduler, review
from questions.verdict import Reason, Verdict

SEED = 20250601
DECKS = 10
QUESTIONS = 10_000
ANSWERS = 100_000
ITERATIONS = 200
REPEATS = 3
LOAD_REPEATS = 2
"""Loading takes seconds a side, so two turns each keep the whole benchmark under a minute."""
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)
"""The export's timestamp and the progress store's present: the logged answers all come before it."""


def run(
    *,
    questions: int = QUESTIONS,
    decks: int = DECKS,
    answers: int = ANSWERS,
    iterations: int = ITERATIONS,
    repeats: int = REPEATS,
    load_repeats: int = LOAD_REPEATS,
    seed: int = SEED,
) -> list[Figure]:
    """Every figure of the bank benchmark; the keywords shrink it for a quick try."""
    if questions % decks:
        raise ValueError(f"questions ({questions}) must split evenly into {decks} decks")
    generated = make_decks(decks=decks, per_deck=questions // decks, seed=seed)
    with tempfile.TemporaryDirectory(prefix="benchmarks-bank-") as folder:
        work = Path(folder)
        return [
            *export_figures(generated, work=work, repeats=repeats),
            *load_figures(generated, work=work, repeats=load_repeats),
            *answer_figures(generated, work=work, answers=answers, iterations=iterations, seed=seed),
        ]


# --- export ---------------------------------------------------------------------------------------


def export_figures(decks: Sequence[Deck], *, work: Path, repeats: int) -> list[Figure]:
    count = sum(len(deck.questions) for deck in decks)
    ours, bare, floor = work / "ours.apkg", work / "bare.apkg", work / "floor.apkg"
    leaks = work / "genanki-temp"
    leaks.mkdir()
    rendered = [
        (deck, question.kind, note_fields(question), note_tags(deck, question), note_guid(question))
        for deck in decks
        for question in deck.questions
    ]

    def export() -> None:
        written = write_apkg(decks, ours, now=NOW)
        if written != count:
            raise RuntimeError(f"write_apkg wrote {written} notes, expected {count}")

    def bare_genanki() -> None:
        with _temp_folder(leaks):
            _plain_package(decks).write_to_file(str(bare), timestamp=NOW.timestamp())

    def genanki_only() -> None:
        with _temp_folder(leaks):
            _ready_made_package(rendered).write_to_file(str(floor), timestamp=NOW.timestamp())

    ours_s, bare_s, floor_s = best_times([export, bare_genanki, genanki_only], repeats=repeats)
    # genanki's write_to_file leaves its SQLite database in the temp folder, one per call
    # (2 * repeats here); they all landed in ``leaks``.
    for path in leaks.iterdir():
        path.unlink()
    label = f"export {count:,} questions"
    return [
        Figure(f"{label}: write_apkg / bare genanki", ours_s / bare_s, "x", "<= 1.5"),
        Figure(f"{label}: write_apkg / genanki given our fields", ours_s / floor_s, "x"),
        Figure(f"{label}: write_apkg", ours_s, "s"),
        Figure(f"{label}: bare genanki", bare_s, "s"),
        Figure(f"{label}: genanki given our fields", floor_s, "s"),
    ]


@contextmanager
def _temp_folder(folder: Path) -> Iterator[None]:
    """Send ``tempfile``'s files (genanki's leaked database) to ``folder`` for a while."""
    saved = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield
    finally:
        tempfile.tempdir = saved


def _models() -> dict[Kind, genanki.Model]:
    """Plain genanki models with the same ids, fields and templates as the app's note types."""
    return {
        kind: genanki.Model(
            model.model_id,
            model.name,
            fields=model.fields,
            templates=model.templates,
            css=model.css,
            model_type=model.model_type,
        )
        for kind, model in NOTE_TYPES.items()
    }


def _plain_fields(question: Question) -> list[str]:
    """The note's fields as a bare genanki script would build them: the same texts, escaped."""
    escape = html.escape
    source = question.source
    quote = f"{escape(source.sentence)}<br>{escape(source.title)}" if source else ""
    match question.kind:
        case Kind.WH:
            return [
                escape(question.prompt),
                escape(question.answer_text),
                escape(", ".join(question.alternatives)),
                quote,
            ]
        case Kind.CLOZE:
            cloze = BLANK_PATTERN.sub("{{c1::" + question.answer_text + "}}", question.prompt)
            return [escape(cloze), quote]
        case Kind.MCQ:
            choices = "".join(f"<li>{escape(choice)}</li>" for choice in question.choices)
            return [escape(question.prompt), f"<ol>{choices}</ol>", escape(question.answer_text), quote]
        case Kind.TRUE_FALSE:
            return [escape(question.prompt), "True" if question.answer is True else "False", quote]


def _plain_package(decks: Sequence[Deck]) -> genanki.Package:
    models = _models()
    anki_decks = []
    for deck in decks:
        anki_deck = genanki.Deck(deck_id(deck.name), deck.name, html.escape(deck.description))
        for question in deck.questions:
            anki_deck.add_note(
                genanki.Note(
                    model=models[question.kind],
                    fields=_plain_fields(question),
                    tags=[deck.tag, f"kind::{question.kind.value}", *question.tags],
                    guid=genanki.guid_for(question.id),
                )
            )
        anki_decks.append(anki_deck)
    return genanki.Package(anki_decks)


def _ready_made_package(rendered: Sequence[tuple[Deck, Kind, list[str], list[str], str]]) -> genanki.Package:
    models = _models()
    anki_decks: dict[str, genanki.Deck] = {}
    for deck, kind, fields, tags, guid in rendered:
        if deck.name not in anki_decks:
            anki_decks[deck.name] = genanki.Deck(deck_id(deck.name), deck.name, text_html(deck.description))
        anki_decks[deck.name].add_note(genanki.Note(model=models[kind], fields=fields, tags=tags, guid=guid))
    return genanki.Package(list(anki_decks.values()))


# --- load and validate ----------------------------------------------------------------------------


def load_figures(decks: Sequence[Deck], *, work: Path, repeats: int) -> list[Figure]:
    folder = work / "bank"
    for number, deck in enumerate(decks, start=1):
        write_deck(deck, folder / f"deck-{number:02d}.yaml")
    paths = list(deck_paths(folder))
    count = sum(len(deck.questions) for deck in decks)

    first: list[Bank] = []  # the first load, checked against the decks once the timing is over

    def load() -> None:
        bank = load_bank(folder)
        if not first:
            first.append(bank)

    def bare_parse() -> None:
        for path in paths:
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    ours_s, bare_s = best_times([load, bare_parse], repeats=repeats)
    with_gc_s = best_times([load], repeats=repeats, with_gc=True)[0]
    bank = first.pop()
    if bank.errors or [entry.deck for entry in bank.entries] != list(decks):
        raise RuntimeError(f"the bank read back differs from the decks written: {bank.errors[:1]}")
    label = f"load {count:,}-question bank ({len(paths)} files)"
    return [
        Figure(f"{label}: load_bank / yaml CSafeLoader", ours_s / bare_s, "x", "<= 2"),
        Figure(f"{label}: load_bank", ours_s, "s"),
        Figure(f"{label}: yaml CSafeLoader", bare_s, "s"),
        Figure(f"{label}: load_bank, garbage collector on", with_gc_s, "s"),
    ]


# --- answering ------------------------------------------------------------------------------------


def answer_figures(
    decks: Sequence[Deck], *, work: Path, answers: int, iterations: int, seed: int
) -> list[Figure]:
    rng = Random(seed)
    questions = [(deck.name, question) for deck in decks for question in deck.questions]
    store = ProgressStore(work / "progress.sqlite3", scheduler=make_scheduler(fuzzing=False))
    _fill(store, questions, answers=answers, rng=rng)
    record_ms, due_ms, both_ms = [], [], []
    for round_number in range(iterations):
        deck_name, question = rng.choice(questions)
        correct = rng.random() < 0.8
        verdict = Verdict(
            correct=correct, reason=Reason.EXACT if correct else Reason.WRONG, expected=question.answer_text
        )
        moment = NOW + timedelta(seconds=30 * round_number)
        start = time.perf_counter()
        store.record_answer(
            question=question,
            deck=deck_name,
            given=question.answer_text if correct else "no idea",
            verdict=verdict,
            answered_at=moment,
            seconds_taken=rng.uniform(2, 30),
        )
        recorded = time.perf_counter()
        due = store.due_question_ids(now=moment, limit=20)
        done = time.perf_counter()
        if not due:
            raise RuntimeError("the due list is empty: the filled store should have cards due")
        record_ms.append((recorded - start) * 1000)
        due_ms.append((done - recorded) * 1000)
        both_ms.append((done - start) * 1000)
    label = f"record 1 answer + due list of 20 ({answers:,} answers logged)"
    return [
        Figure(f"{label}: median", statistics.median(both_ms), "ms"),
        Figure(f"{label}: p95", percentile(both_ms, 0.95), "ms", "< 10"),
        Figure("  of which record_answer: median", statistics.median(record_ms), "ms"),
        Figure("  of which due_question_ids: median", statistics.median(due_ms), "ms"),
    ]


def _stamp(moment: datetime) -> str:
    """The store's time format (``questions.progress``): fixed-width ISO text in UTC, microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _fill(
    store: ProgressStore, questions: Sequence[tuple[str, Question]], *, answers: int, rng: Random
) -> None:
    """Log ``answers`` answers spread over ``questions`` in the past year, with their FSRS cards.

    ``record_answer`` takes about a millisecond and a half (a committed transaction each), so
    100,000 of them would take minutes; instead the rows go in with one ``executemany`` per table,
    into the schema the store created. Each card is what ``record_answer`` would have left: the
    question's answers replayed through the same ``review``, in order.
    """
    answer_rows, card_rows = [], []
    per_question, extra = divmod(answers, len(questions))
    for index, (deck_name, question) in enumerate(questions):
        count = per_question + (1 if index < extra else 0)
        if count == 0:
            continue
        first = NOW - timedelta(days=rng.uniform(30, 365))
        span = (NOW - first).total_seconds()
        moments = sorted(first + timedelta(seconds=rng.uniform(0, span)) for _ in range(count))
        card: Card | None = None
        for moment in moments:
            correct = rng.random() < 0.8
            seconds = rng.uniform(2, 30)
            rating = (Rating.Easy if seconds <= 8 else Rating.Good) if correct else Rating.Again
            card = review(card, rating, at=moment, scheduler=store.scheduler)
            answer_rows.append(
                (
                    _stamp(moment),  # answered_at
                    question.id,  # question_id
                    deck_name,  # deck
                    question.prompt,  # prompt
                    question.answer_text,  # expected
                    question.answer_text if correct else "no idea",  # given
                    int(correct),  # correct
                    (Reason.EXACT if correct else Reason.WRONG).value,  # reason
                    int(rating),  # rating
                    seconds,  # seconds_taken
                )
            )
        assert card is not None
        card_rows.append((question.id, _stamp(card.due), card.to_json(), _stamp(moments[-1])))
    with closing(sqlite3.connect(store.path)) as connection, connection:
        connection.executemany(
            "INSERT INTO answers (answered_at, question_id, deck, prompt, expected, given,"
            " correct, reason, rating, seconds_taken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            answer_rows,
        )
        connection.executemany(
            "INSERT INTO cards (question_id, due, card_json, reviewed_at) VALUES (?, ?, ?, ?)", card_rows
        )
    if store.answer_count() != answers:
        raise RuntimeError(f"the store holds {store.answer_count()} answers, expected {answers}")
    due_now = sum(1 for _, due, _, _ in card_rows if due <= _stamp(NOW))
    if len(store.due_question_ids(now=NOW)) != due_now:
        raise RuntimeError("the store's due list does not match the cards written: check the time format")


__all__ = ["ANSWERS", "DECKS", "ITERATIONS", "LOAD_REPEATS", "NOW", "QUESTIONS", "REPEATS", "SEED", "run"]
