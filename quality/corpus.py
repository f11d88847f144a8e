"""The real news pages of ``../shared/corpus/`` and what the generator makes of each.

The mechanical side of the quality bar, measured on real pages rather than on articles we wrote:
every page generates (no crash, no refusal), enough items per 250 words of body, real questions
(a prompt ending in "?", or true/false) in every top 10, and no two top-10 items from one sentence.
Pages 01-25 are for tuning, 26-49 only for measuring (``TUNING``, ``MEASURING``).

    python -m quality.corpus [PAGE ...]      # a table, one row per page
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.errors import ArticleError
from questions.question import Kind, Question

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TUNING = tuple(f"{number:02d}" for number in range(1, 26))
MEASURING = tuple(f"{number:02d}" for number in range(26, 50))
TOP = 10


@dataclass(frozen=True)
class Page:
    number: str
    html: Path
    body: Path
    words: int

    def read(self) -> bytes:
        return self.html.read_bytes()


def pages(numbers: tuple[str, ...] | None = None) -> list[Page]:
    index = json.loads((CORPUS / "INDEX.json").read_text())
    found = []
    for entry in index:
        number = entry["file"][:2]
        if numbers is None or number in numbers:
            html = CORPUS / entry["file"]
            found.append(
                Page(
                    number,
                    html,
                    html.with_name(html.name.removesuffix(".html") + ".body.txt"),
                    entry["words"],
                )
            )
    return found


def is_real_question(question: Question) -> bool:
    return question.kind is Kind.TRUE_FALSE or question.prompt.rstrip().endswith("?")


@dataclass(frozen=True)
class Outcome:
    """What the generator made of one page, measured."""

    page: Page
    items: list[Question]
    error: str | None = None

    @property
    def per_250_words(self) -> float:
        return 250 * len(self.items) / max(self.page.words, 1)

    @property
    def top(self) -> list[Question]:
        return self.items[:TOP]

    @property
    def real_share(self) -> float:
        return sum(map(is_real_question, self.top)) / len(self.top) if self.top else 0.0

    @property
    def repeated_sentences(self) -> int:
        seen = Counter(item.source.sentence_index for item in self.top if item.source is not None)
        return sum(count - 1 for count in seen.values())


def outcome(page: Page) -> Outcome:
    from generator import generate

    try:
        return Outcome(page, generate(page.read(), filename=page.html.name, limit=None))
    except ArticleError as error:
        return Outcome(page, [], error=str(error))


def main(numbers: list[str]) -> None:
    print("page  words  items  per250  real%  repeats  error")
    for page in pages(tuple(numbers) if numbers else None):
        result = outcome(page)
        print(
            f"{page.number:>4}  {page.words:>5}  {len(result.items):>5}  {result.per_250_words:>6.1f}"
            f"  {100 * result.real_share:>5.0f}  {result.repeated_sentences:>7}  {result.error or ''}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])

__all__ = ["CORPUS", "MEASURING", "TUNING", "Outcome", "Page", "is_real_question", "outcome", "pages"]
