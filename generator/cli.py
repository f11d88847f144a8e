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

from generator.batch import Job, Loaded, link_job
from generator.feeds import read_feeds
from generator.fetch import FetchPolicy
from questions.question import Kind, Question
from questions.settings import BANK_DIR_ENV, bank_dir

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


class OutputFormat(StrEnum):
    JSON = "json"
    YAML = "yaml"


@app.command()
def main(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt, .md, .html), links (http://, https://), or - for standard input.",
            show_default=False,
        ),
    ] = None,
    feeds: Annotated[
        list[str] | None,
        typer.Option(
            "--feed",
            help="An RSS or Atom feed to read (repeatable); articles already in the bank are skipped.",
            show_default=False,
        ),
    ] = None,
    feed_limit: Annotated[int, typer.Option(min=1, max=200, help="Articles per feed, newest first.")] = 10,
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
        typer.Option(help=f"Bank folder for --deck, --feed (default: ${BANK_DIR_ENV}).", show_default=False),
    ] = None,
) -> None:
    """Generate quiz items from news articles: files, web pages, or the articles of feeds."""
    from generator.batch import KnownArticles, generate_batched

    if not sources and not feeds:
        typer.echo("error: give an article file, a link, or --feed URL (see --help)", err=True)
        raise typer.Exit(2)
    policy = FetchPolicy.for_cli()
    jobs = [_job(name, policy=policy) for name in sources or []]
    failed = 0
    known = None
    if feeds:
        from questions.bank import load_bank

        links, broken = read_feeds(feeds, policy=policy, limit=feed_limit)
        for url, error in broken:
            typer.echo(f"error: {url}: {error}", err=True)
        failed = len(broken)
        jobs += [link_job(link.url, policy=policy) for link in links]
        known = KnownArticles.of(load_bank(bank_dir(bank)))
    now = datetime.now(UTC)
    with _progress(len(jobs)) as advance:
        outcomes = generate_batched(
            jobs, limit=limit, kinds=kinds, now=now, known=known, on_outcome=lambda _: advance()
        )
    made: list[Question] = []
    for outcome in outcomes:
        if outcome.error is not None:
            typer.echo(f"error: {outcome.name}: {outcome.error}", err=True)
            failed += 1
        for warning in outcome.warnings:
            typer.echo(f"warning: {outcome.name}: {warning}", err=True)
        if outcome.error is None and not outcome.items and not outcome.known:
            typer.echo(f"warning: {outcome.name}: {_nothing_found(kinds)}", err=True)
        made.extend(outcome.items)
    if feeds:
        skipped = sum(outcome.known for outcome in outcomes)
        new = sum(not outcome.known and outcome.error is None for outcome in outcomes)
        typer.echo(f"{new} new article(s), {skipped} already in the bank, {failed} failed", err=True)
    if deck is not None:
        _append_to_deck(made, deck=deck, folder=bank_dir(bank), now=now)
    else:
        typer.echo(_render(made, output_format))
    if failed:
        raise typer.Exit(2)


def _job(name: str, *, policy: FetchPolicy) -> Job:
    """A file is read now (an unreadable one stops the command); a link is fetched in the batch."""
    if name.lower().startswith(("http://", "https://")):
        return link_job(name, policy=policy)
    content = _read(name)
    filename = None if name == "-" else name
    return Job(name=name, load=lambda: Loaded(content=content, filename=filename))


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

    from questions.deck_writing import question_to_file

    buffer = io.StringIO()
    YAML().dump([question_to_file(question) for question in made], buffer)
    return buffer.getvalue()


def _append_to_deck(made: list[Question], *, deck: str, folder: Path, now: datetime) -> None:
    from questions.deck_file_error import DeckFileError
    from questions.editing import EditError
    from questions.placement import place

    if not made:
        typer.echo(f"no new items: deck {deck!r} left as it was", err=True)
        return
    try:
        placement = place(made, folder=folder, deck=deck, now=now)
    except (EditError, DeckFileError, OSError) as error:
        typer.echo(f"error: --deck {deck!r}: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{placement.summary()} File: {placement.path}", err=True)


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
