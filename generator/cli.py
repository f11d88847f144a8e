"""``python -m generator``: articles in, quiz items out as JSON (or YAML), or into a deck."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from generator.errors import ArticleError
from questions.question import Kind, Question
from questions.settings import BANK_DIR_ENV, bank_dir

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


class OutputFormat(StrEnum):
    JSON = "json"
    YAML = "yaml"


@app.command()
def main(
    files: Annotated[
        list[str], typer.Argument(help="Article files (.txt, .md, .html), or - for standard input.")
    ],
    limit: Annotated[int, typer.Option(min=1, max=200, help="Items per article.")] = 20,
    kinds: Annotated[
        list[Kind] | None, typer.Option("--kinds", help="Kinds to make (repeatable).", show_default="all")
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="How to print the items.")] = (
        OutputFormat.JSON
    ),
    deck: Annotated[
        str | None,
        typer.Option(
            help="Append the items to this deck (created if missing) instead of printing them.",
            show_default=False,
        ),
    ] = None,
    bank: Annotated[
        Path | None,
        typer.Option(help=f"Bank folder for --deck (default: ${BANK_DIR_ENV}).", show_default=False),
    ] = None,
) -> None:
    """Generate quiz items from news articles."""
    from generator.analysis import parse
    from generator.ingest import ingest
    from generator.pipeline import items

    sources = [(name, _read(name)) for name in files]
    made: list[Question] = []
    failed = 0
    now = datetime.now(UTC)
    with _progress(len(sources)) as advance:
        for name, content in sources:
            try:
                article = ingest(content, filename=None if name == "-" else name)
                for warning in article.warnings:
                    typer.echo(f"warning: {name}: {warning}", err=True)
                found = items(article, list(parse(article.paragraphs)), limit=limit, kinds=kinds, now=now)
                if not found:
                    typer.echo(f"warning: {name}: {_nothing_found(kinds)}", err=True)
                made.extend(found)
            except ArticleError as error:
                typer.echo(f"error: {name}: {error}", err=True)
                failed += 1
            advance()
    if deck is not None:
        _append_to_deck(made, deck=deck, folder=bank_dir(bank), now=now)
    else:
        typer.echo(_render(made, output_format))
    if failed:
        raise typer.Exit(2)


def _nothing_found(kinds: list[Kind] | None) -> str:
    of_kinds = f" of the kinds asked for ({', '.join(kinds)})" if kinds else ""
    return f"no quiz items{of_kinds}: no sentence of the article states a fact that stands on its own"


def _read(name: str) -> bytes:
    """At most what the generator will use of the file (a huge file, or /dev/zero, is not read whole)."""
    from generator.ingest import read_input

    if name == "-":
        return read_input(sys.stdin.buffer)
    try:
        with Path(name).open("rb") as file:
            return read_input(file)
    except OSError as error:
        typer.echo(f"error: {name}: cannot read the file: {error.strerror}", err=True)
        raise typer.Exit(2) from None


def _render(made: list[Question], output_format: OutputFormat) -> str:
    if output_format is OutputFormat.JSON:
        return json.dumps(
            [question.model_dump(mode="json") for question in made], ensure_ascii=False, indent=2
        )
    from ruamel.yaml import YAML

    from questions.deck_file import question_to_file

    buffer = io.StringIO()
    YAML().dump([question_to_file(question) for question in made], buffer)
    return buffer.getvalue()


def _append_to_deck(made: list[Question], *, deck: str, folder: Path, now: datetime) -> None:
    from questions.bank import load_bank
    from questions.editing import EditError, create_deck, save_questions

    bank = load_bank(folder)
    try:
        entry = bank.entry(deck)
    except KeyError:
        entry = create_deck(folder, name=deck)
    try:
        save_questions(entry, made, now=now)
    except EditError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"added {len(made)} items to {entry.path}", err=True)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr when there are several articles; nothing for one."""
    if total < 2:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True)) as bar:
        task = bar.add_task("articles", total=total)
        yield lambda: bar.advance(task)


__all__ = ["app"]
