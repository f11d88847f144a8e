"""The verdict's reason reaches the learner: the quiz page says why an answer was or was not accepted."""

from __future__ import annotations

from pathlib import Path

from .app_support import page_text, quiz_on, run, store, type_answer


def test_a_wrong_answer_says_why_it_was_not_accepted(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-un-city"))
    type_answer(at, "Newark")
    assert at.error[0].value == "Wrong"
    assert "Not accepted: Newark is a different city" in page_text(at)
    assert not store(quiz_env).history("kc-un-city")[0].correct


def test_an_answer_accepted_by_a_rule_names_the_rule(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-un-city"))
    type_answer(at, "in New York")
    assert at.success[0].value == "Right (accepted: the answer, extra words aside)"
    assert store(quiz_env).history("kc-un-city")[0].reason == "extra_words"
