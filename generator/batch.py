"""Many articles at once: each is loaded (read, or fetched from the web) in a thread while the ones
before it go through spaCy together (``generate_many``, a batch at a time), so fetching overlaps
with parsing. An article already in the bank can be skipped; one article's failure is its own
outcome, and the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from generator.article import Article
from generator.errors import ArticleError
from generator.fetch import FetchPolicy, fetch_page
from questions.question import Kind, Question

if TYPE_CHECKING:
    from questions.bank import Bank

BATCH = 8
"""Articles per ``generate_many`` call: enough for spaCy to batch well, few enough to start early."""
LOADERS = 4
"""Threads loading articles: a slow server holds up one of them, not the batch."""


@dataclass(frozen=True)
class Loaded:
    """An article's raw content, and the address it was fetched from (None for a file)."""

    content: str | bytes
    url: str | None = None
    filename: str | None = None
    """A file's name, whose extension tells ingest the format (.txt, .md, .html)."""


@dataclass(frozen=True)
class Job:
    """One article to make items from: ``name`` is what the user gave (a path, a link)."""

    name: str
    load: Callable[[], Loaded]
    url: str | None = None
    """The link, when known before loading: an article already in the bank is not fetched again."""


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its items, or why it has none."""

    name: str
    items: list[Question] = field(default_factory=list)
    error: str | None = None
    known: bool = False
    """Skipped: the bank already holds items of this article."""
    warnings: list[str] = field(default_factory=list)
    """What ingest changed that the user should know (a truncated input)."""


@dataclass
class KnownArticles:
    """The articles the bank already has items from, by article id and by address."""

    ids: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, bank: Bank) -> KnownArticles:
        known = cls()
        for _, question in bank.questions():
            if question.source is not None:
                known.ids.add(question.source.article_id)
                if question.source.url:
                    known.urls.add(question.source.url)
        return known

    def has(self, article: Article) -> bool:
        return article.article_id in self.ids or (article.url is not None and article.url in self.urls)

    def add(self, article: Article, *, url: str | None) -> None:
        self.ids.add(article.article_id)
        self.urls.update(address for address in (article.url, url) if address)


def link_job(url: str, *, policy: FetchPolicy) -> Job:
    """A web page to fetch within ``policy``."""

    def load() -> Loaded:
        page = fetch_page(url, policy=policy)
        return Loaded(content=page.content, url=page.url)

    return Job(name=url, load=load, url=url)


def with_page_url(items: list[Question], url: str | None) -> list[Question]:
    """Items whose page named no address of its own get the one it was fetched from."""
    if url is None:
        return items
    return [
        item.model_copy(update={"source": item.source.model_copy(update={"url": url})})
        if item.source is not None and item.source.url is None
        else item
        for item in items
    ]


def _generate_each(
    sources: list[Loaded], *, limit: int, kinds: Collection[Kind] | None, now: datetime | None
) -> list[tuple[list[Question] | ArticleError, list[str]]]:
    """Each article's items (or why it has none) and ingest's warnings (a truncated input, say):
    ``generate_articles`` on the batch; when it fails on something other than an unusable article
    (a bug), each article again on its own, so the bug costs one article, not the batch."""
    from generator.pipeline import generate_articles, ingested  # spaCy loads only when there is work

    articles = [_ingested_safely(source, ingested) for source in sources]
    warnings = [article.warnings if isinstance(article, Article) else [] for article in articles]
    if len(articles) > 1:
        with suppress(Exception):  # the loop below finds the article at fault
            made = generate_articles(articles, limit=limit, kinds=kinds, now=now)
            return list(zip(made, warnings, strict=True))
    results: list[list[Question] | ArticleError] = []
    for article in articles:
        try:
            results += generate_articles([article], limit=limit, kinds=kinds, now=now)
        except Exception as error:  # one article's bug is reported as its outcome
            results.append(_failed(error))
    return list(zip(results, warnings, strict=True))


def _failed(error: Exception) -> ArticleError:
    failure = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    return ArticleError(f"the generator failed on this article ({failure}); please report it")


def _ingested_safely(
    source: Loaded, ingested: Callable[..., Article | ArticleError]
) -> Article | ArticleError:
    try:
        return ingested(source.content, filename=source.filename)
    except Exception as error:  # a bug in ingest costs this article only
        return _failed(error)


def generate_batched(
    jobs: Sequence[Job],
    *,
    limit: int,
    kinds: Collection[Kind] | None = None,
    now: datetime | None = None,
    known: KnownArticles | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    batch: int = BATCH,
) -> list[Outcome]:
    """One Outcome per job, in the jobs' order; ``on_outcome`` is called as each is settled.
    With ``known``, an article it holds is skipped, and each new one is added to it."""
    from generator.ingest import ingest

    outcomes: dict[int, Outcome] = {}
    pending: list[tuple[int, Loaded]] = []

    def settle(index: int, outcome: Outcome) -> None:
        outcomes[index] = outcome
        if on_outcome is not None:
            on_outcome(outcome)

    def flush() -> None:
        made = _generate_each([loaded for _, loaded in pending], limit=limit, kinds=kinds, now=now)
        for (index, loaded), (result, warnings) in zip(pending, made, strict=True):
            name = jobs[index].name
            if isinstance(result, ArticleError):
                settle(index, Outcome(name=name, error=str(result)))
            else:
                items = with_page_url(result, loaded.url)
                settle(index, Outcome(name=name, items=items, warnings=warnings))
        pending.clear()

    with ThreadPoolExecutor(max_workers=LOADERS) as pool:
        futures: list[Future[Loaded] | None] = [
            None if known is not None and job.url in known.urls else pool.submit(job.load) for job in jobs
        ]
        for index, (job, future) in enumerate(zip(jobs, futures, strict=True)):
            if future is None:
                settle(index, Outcome(name=job.name, known=True))
                continue
            try:
                loaded = future.result()
                if known is not None:
                    article = ingest(loaded.content)
                    if known.has(article) or loaded.url in known.urls:
                        settle(index, Outcome(name=job.name, known=True))
                        continue
                    known.add(article, url=loaded.url)
            except ArticleError as error:
                settle(index, Outcome(name=job.name, error=str(error)))
                continue
            pending.append((index, loaded))
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    return [outcomes[index] for index in range(len(jobs))]


__all__ = [
    "BATCH",
    "Job",
    "KnownArticles",
    "Loaded",
    "Outcome",
    "generate_batched",
    "link_job",
    "with_page_url",
]
