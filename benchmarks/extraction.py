"""How much of a real news page's article ingest keeps, against bare trafilatura on the same pages.

The pages are the 49 of ``../shared/corpus/``, each with the article text a person marked on it.
Each side's text is compared with that body as bags of word tokens (case folded), as article
extraction benchmarks do: furniture kept lowers precision, article text lost lowers recall. The
figures are means over pages, in percent, for the tuning half (01–25), the held-out half (26–49) and all.
Target: ingest's F1 at least bare ``trafilatura.extract``'s on all pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from benchmarks._figure import Figure
from generator.errors import ArticleError
from generator.ingest import ingest

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
TUNING_PAGES = 25
"""Pages 01–25 are for tuning; the rest measure."""

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.casefold()))


def score(found: str, truth: str) -> Score:
    """Token precision and recall of ``found`` against ``truth`` (bags of words)."""
    found_tokens, true_tokens = tokens(found), tokens(truth)
    shared = sum((found_tokens & true_tokens).values())
    return Score(
        precision=shared / max(1, sum(found_tokens.values())),
        recall=shared / max(1, sum(true_tokens.values())),
    )


def pages() -> list[Path]:
    found = sorted(CORPUS.glob("*.html"))
    if not found:
        raise SystemExit(f"no pages in {CORPUS}: the extraction benchmark needs ../shared/corpus/")
    return found


def truth(page: Path) -> str:
    return page.with_suffix(".body.txt").read_text("utf-8")


def ingested_text(page: Path) -> str:
    """What ingest keeps of a page ("" when it refuses the page)."""
    try:
        return ingest(page.read_bytes(), filename=page.name).text
    except ArticleError:
        return ""


def trafilatura_text(page: Path) -> str:
    return trafilatura.extract(page.read_bytes()) or ""


def page_scores(extract: Callable[[Path], str], chosen: Sequence[Path]) -> list[Score]:
    return [score(extract(page), truth(page)) for page in chosen]


def mean(scores: Sequence[Score]) -> Score:
    return Score(
        precision=sum(s.precision for s in scores) / len(scores),
        recall=sum(s.recall for s in scores) / len(scores),
    )


def mean_f1(scores: Sequence[Score]) -> float:
    return sum(s.f1 for s in scores) / len(scores)


def run() -> list[Figure]:
    chosen = pages()
    ours = page_scores(ingested_text, chosen)
    theirs = page_scores(trafilatura_text, chosen)
    halves = {
        f"pages 01-{TUNING_PAGES:02d}": slice(0, TUNING_PAGES),
        f"pages {TUNING_PAGES + 1:02d}-{len(chosen):02d}": slice(TUNING_PAGES, None),
        f"all {len(chosen)} pages": slice(None),
    }
    figures: list[Figure] = []
    for label, part in halves.items():
        for side, scores in (("ingest", ours[part]), ("trafilatura", theirs[part])):
            average = mean(scores)
            figures += [
                Figure(f"{label}: {side} precision", 100 * average.precision, "%"),
                Figure(f"{label}: {side} recall", 100 * average.recall, "%"),
                Figure(f"{label}: {side} F1", 100 * mean_f1(scores), "%"),
            ]
    gain = 100 * (mean_f1(ours) - mean_f1(theirs))
    figures.append(Figure("ingest F1 - trafilatura F1, all pages", gain, "points", ">= 0"))
    return figures


__all__ = ["run", "score", "tokens"]
