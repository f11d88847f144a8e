"""What the generator's tests share: the articles, and the checks every item must pass."""

from __future__ import annotations

import re
from functools import cache

import yaml
from click.testing import Result
from typer.testing import CliRunner

from questions.question import BLANK_PATTERN, Kind, Question

from .conftest import REPO

SAMPLES = sorted((REPO.parent / "shared" / "articles").glob("*.txt"))
QUALITY_DIR = REPO / "quality"
QUALITY_ARTICLES = sorted((QUALITY_DIR / "articles").iterdir())
SAMPLE_NOISE = [
    "Home >",
    "print dictionary",
    "REUTERS",
    "YONHAP",
    "Related Article",
    "lim.jeongwon",
    "LIM JEONG-WON",
    "Log in",
    "Twitter",
    "To write comments",
    "comment",
    "0/250",
    "Voz",
    "YAMIL LAGE",
    "tracking",
    "Published by",
    "help-image",
    "lock icon",
    "flutters",
    "An elderly man walks",
    "JoongAng Daily",
]
"""Page furniture of the two shared sample pages: none of it may reach an article's text or an item
(matched without regard to case)."""


def run_cli(*args: str, stdin: bytes | None = None) -> Result:
    """``python -m generator`` with these arguments, run in this process by typer's runner (the
    model is loaded once per test process, not once per command). An error the command does not
    turn into a message fails the test with its traceback."""
    from generator.cli import app

    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


@cache
def expectations() -> dict[str, dict[str, list[str]]]:
    loaded: dict[str, dict[str, list[str]]] = yaml.safe_load((QUALITY_DIR / "expectations.yaml").read_text())
    return loaded


def texts_of(question: Question) -> list[str]:
    """Everything of an item a learner reads."""
    return [question.prompt, question.answer_text, *question.choices]


def asks_about(questions: list[Question], expected: str) -> bool:
    """An item asks about ``expected`` when its answer is that phrase, or a name within it
    ("Chepkoech" for "Faith Chepkoech"), or the phrase with a little more ("Feb. 14, 2024")."""
    wanted = _folded(expected)
    for question in questions:
        if question.source is None or question.source.answer_span is None:
            continue
        answer = _folded(question.source.answer_span)
        long_enough = len(answer) >= 4 or answer.replace(",", "").isdigit()
        if answer == wanted or (long_enough and (answer in wanted or wanted in answer)):
            return True
    return False


def _folded(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.casefold().strip())


def item_problems(question: Question) -> list[str]:
    """The automatic checks: what a rater would reject on sight, whatever the article."""
    problems = []
    source = question.source
    if source is None or source.answer_start is None:
        return ["no provenance"]
    prompt = question.prompt
    if question.kind is not Kind.TRUE_FALSE and source.answer_span != question.answer:
        problems.append("offsets do not mark the answer")
    if question.kind is not Kind.TRUE_FALSE and str(question.answer).casefold() in prompt.casefold():
        problems.append("answer leaked into the question")
    if not (prompt[:1].isupper() or prompt[:1].isdigit() or prompt.startswith("_")):
        problems.append("does not start with a capital")
    if "  " in prompt or re.search(r"\s[,.?!;:]", prompt):
        problems.append("bad spacing")
    if prompt.count("(") != prompt.count(")") or prompt.count("“") != prompt.count("”"):
        problems.append("unbalanced brackets or quotes")
    if re.search(r"<[a-z/!]|alert\(|javascript:", " ".join(texts_of(question)), re.IGNORECASE):
        problems.append("markup or script")
    if question.kind is Kind.WH and not prompt.endswith("?"):
        problems.append("a wh-question must end with '?'")
    if question.kind is Kind.CLOZE and len(BLANK_PATTERN.findall(prompt)) != 1:
        problems.append("a cloze needs one blank")
    if question.kind is Kind.TRUE_FALSE and not prompt.endswith("."):
        problems.append("a true/false statement must end with '.'")
    if question.kind is Kind.MCQ:
        folded = {choice.casefold() for choice in question.choices}
        answer = question.answer_text.casefold()
        if len(folded) != 4 or answer not in folded:
            problems.append("choices are not four distinct ones with the answer")
        for choice in folded - {answer}:
            if choice in answer or answer in choice:
                problems.append(f"choice {choice!r} is part or alias of the answer")
    return problems
