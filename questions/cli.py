"""``python -m questions``: validate the bank, export it for Anki, show progress.

Thin wrappers over the library. Bad input gets a one-line error and a non-zero exit code.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from questions.bank import Bank, DeckEntry, load_bank
from questions.learner_day import learner_day, local_zone
from questions.settings import BANK_DIR_ENV, PROGRESS_DB_ENV, bank_dir, progress_db

if TYPE_CHECKING:
    from questions.progress import ProgressStore

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="The question bank: deck files, Anki export and progress.",
)

BankOption = Annotated[
    Path | None,
    typer.Option(
        "--bank", help=f"Bank folder (default: ${BANK_DIR_ENV} or questions/bank).", show_default=False
    ),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _load(folder: Path) -> Bank:
    if not folder.is_dir():
        raise _fail(f"bank folder {folder} does not exist", 2)
    return load_bank(folder)


def _report_errors(bank: Bank) -> None:
    for error in bank.errors:
        typer.echo(str(error), err=True)


@app.command()
def validate(
    bank: Annotated[Path | None, typer.Argument(help="Bank folder to check.", show_default=False)] = None,
) -> None:
    """Check every deck file; list each problem with its file, line, question and field."""
    loaded = _load(bank_dir(bank))
    partly = {error.path: error for error in loaded.errors}
    for entry in loaded.entries:
        count = f"{len(entry.deck.questions)} questions ({entry.deck.name})"
        if entry.path in partly:
            problems = len(partly[entry.path].problems)
            typer.echo(f"partly  {entry.path.name}: {count}, {problems} left out")
        else:
            typer.echo(f"ok      {entry.path.name}: {count}")
    loaded_paths = {entry.path for entry in loaded.entries}
    for error in loaded.errors:
        if error.path not in loaded_paths:
            typer.echo(f"broken  {error.path.name}: {len(error.problems)} problem(s)")
    _report_errors(loaded)
    if loaded.errors:
        raise typer.Exit(1)
    if not loaded.entries:
        raise _fail(f"no deck files (*.yaml) in {loaded.folder}")


@app.command()
def export(
    decks: Annotated[
        list[str] | None,
        typer.Argument(help="Decks to export (file stem or name); all if none.", show_default=False),
    ] = None,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="File to write (.apkg, or .csv with --csv).")
    ] = Path("quiz.apkg"),
    csv: Annotated[
        bool, typer.Option("--csv", help="Write an Anki-importable CSV instead of an .apkg.")
    ] = False,
    tags: Annotated[
        list[str] | None,
        typer.Option("--tag", help="Only questions with this tag (repeatable).", show_default=False),
    ] = None,
    bank: BankOption = None,
) -> None:
    """Export decks to an Anki package (or CSV). Re-importing updates edited notes, never duplicates."""
    loaded = _load(bank_dir(bank))
    _report_errors(loaded)
    chosen: list[DeckEntry] = loaded.entries
    if decks:
        try:
            chosen = [loaded.entry(key) for key in decks]
        except KeyError as error:
            raise _fail(str(error.args[0])) from None
    if not chosen:
        raise _fail("nothing to export: no valid decks")
    chosen_paths = {entry.path for entry in chosen}
    incomplete = [error for error in loaded.errors if not decks or error.path in chosen_paths]
    if incomplete:
        names = ", ".join(error.path.name for error in incomplete)
        raise _fail(
            f"not exported: {names} could not be read whole (problems above), so the export would miss "
            "questions; fix them, or name the decks to export"
        )
    selected = [entry.deck for entry in chosen]
    try:
        if csv:
            from questions.anki_export import selected as selected_questions
            from questions.atomic_write import atomic_write
            from questions.csv_export import csv_text

            count = sum(1 for _ in selected_questions(selected, tags=tags))
            if count:
                atomic_write(output, csv_text(selected, tags=tags))
        else:
            from questions.anki_export import write_apkg

            count = write_apkg(selected, output, tags=tags)
    except OSError as error:
        raise _fail(f"cannot write {output}: {error.strerror}") from None
    if count == 0:
        raise _fail("no questions matched: nothing exported")
    typer.echo(f"wrote {count} notes from {len(selected)} deck(s) to {output}")


@app.command()
def stats(
    bank: BankOption = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help=f"Progress database (default: ${PROGRESS_DB_ENV}).", show_default=False),
    ] = None,
) -> None:
    """Answers, accuracy, streak and what is due, overall and per deck."""
    from questions.progress import ProgressError, ProgressStore

    loaded = _load(bank_dir(bank))
    _report_errors(loaded)
    path = progress_db(db)
    if not path.exists():
        typer.echo(f"no answers yet ({path} does not exist): take a quiz first")
        return
    try:
        _print_stats(ProgressStore(path), loaded)
    except ProgressError as error:
        raise _fail(str(error)) from None


def _print_stats(store: ProgressStore, loaded: Bank) -> None:
    now = datetime.now(UTC)
    zone = local_zone()
    days = store.daily_stats(zone=zone)
    answered = sum(day.answers for day in days)
    correct = sum(day.correct for day in days)
    accuracy = f"{correct / answered:.0%}" if answered else "n/a"
    typer.echo(f"questions in bank: {len(loaded.questions())} in {len(loaded.entries)} deck(s)")
    typer.echo(f"answers: {answered}, correct: {correct} ({accuracy})")
    typer.echo(f"streak: {store.streak(today=learner_day(now, zone=zone), zone=zone)} day(s)")
    typer.echo(f"due now: {len(store.due_question_ids(now=now))}")
    for deck in store.deck_stats():
        typer.echo(f"  {deck.deck}: {deck.answers} answers, {deck.accuracy:.0%} correct")


__all__ = ["app"]
