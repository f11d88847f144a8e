"""The generator's speed, against the spaCy parse it cannot do without.

- **One article**: ``generate()`` on a 1,000-word article (plain text, built from the quality
  set's text articles) over the bare pipeline, ``nlp.pipe`` on the same extracted paragraphs.
  The parse is the floor; target: at most 1.3 times as long.
- **A hundred articles**: ``generate_many()`` on 100 articles (the quality set and the samples,
  cycled) in one call, in words per second, and over bare ``nlp.pipe`` on the same paragraphs.
  Target: at least 0.75 of the bare pipeline's throughput. The 14 articles come round seven
  times in the call, so their lines are classified once: this figure flatters the generator a
  little, by the cost of ``boilerplate.classify`` on six of every seven articles.
- **One long paragraph**: ``generate()`` on every paragraph of the quality set run together as one
  paragraph (a page pasted as one line), over the same text in its paragraphs. Target: at most 1.5
  times as long (it was quadratic: 23 s for 100,000 characters).

The model is loaded before timing; each figure is the best of ``REPEATS`` runs, the two sides
taking turns. Each generator run starts as on text the process has not seen (``first_sight``).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

from benchmarks._figure import Figure
from benchmarks._timing import best_times
from generator.analysis import load_model
from generator.boilerplate import classify
from generator.folding import fold, text_key
from generator.ingest import ingest
from generator.pipeline import generate, generate_many
from generator.values import detect

REPO = Path(__file__).resolve().parent.parent
QUALITY = sorted((REPO / "quality" / "articles").iterdir())
SAMPLES = sorted((REPO.parent / "shared" / "articles").glob("*.txt"))
ARTICLE_WORDS = 1_000
ARTICLES = 100
REPEATS = 3


def thousand_word_article() -> str:
    """Paragraphs of the quality set's plain-text articles, taken in order up to 1,000 words."""
    paragraphs: list[str] = []
    for path in QUALITY:
        if path.suffix != ".txt":
            continue
        for paragraph in ingest(path.read_bytes()).paragraphs:
            paragraphs.append(paragraph)
            if sum(len(p.split()) for p in paragraphs) >= ARTICLE_WORDS:
                return "Ten stories in one\n\n" + "\n\n".join(paragraphs)
    raise RuntimeError("the quality set has fewer than 1,000 words of plain text")


def first_sight(action: Callable[[], object]) -> Callable[[], object]:
    """``action`` as on text the process has not seen: the caches keyed by a page's lines, names
    and figures are emptied first, or every repeat after the first would run faster than a new
    article does. Those of words and of loaded data stay: a running app has them warm too."""

    def run() -> object:
        for cache in (classify, fold, text_key, detect):
            cache.cache_clear()
        return action()

    return run


def run() -> list[Figure]:
    nlp = load_model()
    article = thousand_word_article()
    paragraphs = ingest(article).paragraphs
    words = sum(len(p.split()) for p in paragraphs)
    generator_time, parse_time = best_times(
        [first_sight(lambda: generate(article)), lambda: list(nlp.pipe(paragraphs))], repeats=REPEATS
    )
    sources = [path.read_bytes() for path in islice(cycle(QUALITY + SAMPLES), ARTICLES)]
    all_paragraphs = [p for source in sources for p in ingest(source).paragraphs]
    all_words = sum(len(p.split()) for p in all_paragraphs)
    batch_time, bare_batch_time = best_times(
        [first_sight(lambda: generate_many(sources)), lambda: list(nlp.pipe(all_paragraphs))], repeats=REPEATS
    )
    quality_paragraphs = [p for path in QUALITY for p in ingest(path.read_bytes()).paragraphs]
    one_line = "All the stories\n\n" + " ".join(quality_paragraphs)
    in_paragraphs = "All the stories\n\n" + "\n\n".join(quality_paragraphs)
    one_line_time, paragraphs_time = best_times(
        [first_sight(lambda: generate(one_line)), first_sight(lambda: generate(in_paragraphs))],
        repeats=REPEATS,
    )
    return [
        Figure(f"generate() on a {words:,}-word article", generator_time * 1000, "ms"),
        Figure("bare spaCy parse of the same paragraphs", parse_time * 1000, "ms"),
        Figure("generate() / bare parse", generator_time / parse_time, "x", "<= 1.3"),
        Figure(f"generate_many() on {ARTICLES} articles", all_words / batch_time, "words/s"),
        Figure("bare nlp.pipe on the same paragraphs", all_words / bare_batch_time, "words/s"),
        Figure("generate_many() / bare nlp.pipe throughput", bare_batch_time / batch_time, "x", ">= 0.75"),
        Figure(f"generate() on one paragraph of {len(one_line):,} characters", one_line_time * 1000, "ms"),
        Figure("generate() on the same text in paragraphs", paragraphs_time * 1000, "ms"),
        Figure("one long paragraph / in paragraphs", one_line_time / paragraphs_time, "x", "<= 1.5"),
    ]


__all__ = ["run"]
