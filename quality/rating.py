"""Material for blind rating (``../shared/RATING.md``), and the rated items as training data.

    python -m quality.rating top OUT PAGE ...          # each page's top 10, as a rater reads them
    python -m quality.rating candidates OUT PAGE ...   # up to 30 ranked facts a page, with features

Each page gets ``NN.article.txt`` (its true body text, not our extraction, under the headline and
the date the page gives, as the app's reader sees them) and ``NN.items.txt``
(numbered items: kind, prompt, answer, choices, source sentence). ``candidates`` also writes
``features.jsonl``: per item, the ranking's features, which ``quality.ranker`` joins with the
raters' verdicts to fit the ranker's weights.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from quality.corpus import Page, pages
from questions.question import Kind, Question

CANDIDATES_PER_PAGE = 30
PER_SENTENCE = 2


def describe(number: int, question: Question) -> str:
    lines = [
        f"{number}. [{_kind_name(question.kind)}] {question.prompt}",
        f"   Answer: {question.answer_text}",
    ]
    if question.choices:
        lines.append("   Choices: " + " | ".join(question.choices))
    if question.source is not None:
        lines.append(f"   Source sentence: {question.source.sentence}")
    return "\n".join(lines)


def _kind_name(kind: Kind) -> str:
    return {
        Kind.CLOZE: "fill in the blank",
        Kind.WH: "question",
        Kind.MCQ: "multiple choice",
        Kind.TRUE_FALSE: "true or false",
    }[kind]


def write_material(out: Path, page: Page, questions: Iterable[Question]) -> None:
    """Without the headline and the date, raters could not check a date an item writes out ("On
    Nov. 18, 2019" for the page's "Today (Nov. 18)"), nor see what the headline already told."""
    from generator.errors import ArticleError
    from generator.ingest import ingest

    out.mkdir(parents=True, exist_ok=True)
    try:
        article = ingest(page.read(), filename=page.html.name)
        heading = [article.title, f"Published: {article.published[:10]}" if article.published else ""]
    except ArticleError:
        heading = []
    lines = [line for line in heading if line]
    body = page.body.read_text(encoding="utf-8")
    (out / f"{page.number}.article.txt").write_text("\n\n".join([*lines, body]), encoding="utf-8")
    text = "\n\n".join(describe(number, question) for number, question in enumerate(questions, 1))
    (out / f"{page.number}.items.txt").write_text(text + "\n", encoding="utf-8")


def top(out: Path, numbers: tuple[str, ...]) -> None:
    from generator import generate
    from generator.errors import ArticleError

    for page in pages(numbers):
        try:
            made = generate(page.read(), filename=page.html.name, limit=10)
        except ArticleError:
            made = []
        write_material(out, page, made)


def candidates(out: Path, numbers: tuple[str, ...]) -> None:
    from generator.pipeline import candidate_items

    with (out / "features.jsonl").open("a", encoding="utf-8") as log:
        for page in pages(numbers):
            found = candidate_items(
                page.read(), filename=page.html.name, limit=CANDIDATES_PER_PAGE, per_sentence=PER_SENTENCE
            )
            write_material(out, page, [question for question, _ in found])
            for number, (question, group) in enumerate(found, 1):
                record = {
                    "page": page.number,
                    "item": number,
                    "kind": str(question.kind),
                    "features": group.features,
                    "overruled": group.overruled,
                }
                log.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    command, folder, *wanted = sys.argv[1:]
    {"top": top, "candidates": candidates}[command](Path(folder), tuple(wanted))
