"""Material for blind rating (``../shared/RATING.md``), and the rated items as training data.

    python -m quality.rating top OUT PAGE ...          # each page's top 10, as a rater reads them
    python -m quality.rating candidates OUT PAGE ...   # up to 30 ranked facts a page, with features

Each page gets ``NN.article.txt`` (its true body text, not our extraction) and ``NN.items.txt``
(numbered items: kind, prompt, answer, choices, source sentence). ``candidates`` also writes
``features.jsonl``: per item, the ranking's features, which ``quality.ranker`` joins with the
raters' verdicts to fit the ranker's weights.
"""

from __future__ import annotations

import json
import shutil
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
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(page.body, out / f"{page.number}.article.txt")
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
