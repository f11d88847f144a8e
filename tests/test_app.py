"""The Streamlit app, page by page and flow by flow, run for real with AppTest."""

from __future__ import annotations

import io
import sqlite3
import tempfile
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from app import TOUCH_STYLE
from questions import quiz
from questions.anki_export import apkg_bytes, build_package, note_count
from questions.bank import load_bank
from questions.csv_export import csv_text
from questions.grading import grade
from questions.question import Kind
from questions.session import Mode

from .app_support import (
    NOW,
    PAGES,
    XSS_DECK,
    answer_buttons,
    click,
    click_starting,
    page_text,
    plain,
    quiz_on,
    run,
    store,
    texts,
    type_answer,
)

APP_HTML = {TOUCH_STYLE}
"""The only raw HTML the app writes on these pages: its own, never a deck's text."""


# Navigation, the bank's decks, empty states


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(quiz_env: dict[str, Path], page: str) -> None:
    at = run(page)
    assert at.title[0].value


def test_the_bank_page_shows_the_sample_decks(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    assert [header.value for header in at.subheader] == [
        "South Korea and Cuba open missions",
        "Korea and Cuba before the embassies",
    ]
    prompts = list(at.dataframe[0].value["question"])
    assert (
        "In which city will South Korea first set up a temporary office before opening its embassy?"
        in prompts
    )
    assert len(at.dataframe[1].value) == 6


def test_a_broken_deck_is_listed_with_its_error_and_the_rest_still_work(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "broken.yaml").write_text("name: Broken\nquestions:\n  - id: x\n    kind: wh\n")
    at = run("bank")
    assert "broken.yaml could not be loaded" in plain(at.error[0].value)
    assert "broken.yaml:3: question 1 (id 'x'), field 'prompt': this field is required" in at.code[0].value
    assert len(at.subheader) == 2
    at.switch_page("views/quiz.py").run()
    click(at, "Start the quiz")
    assert "Question 1 of 10" in at.get("progress")[0].proto.text


def test_an_empty_bank_says_what_to_do(quiz_env: dict[str, Path]) -> None:
    for path in quiz_env["bank"].glob("*.yaml"):
        path.unlink()
    for page in ("quiz", "review", "export"):
        at = run(page)
        assert "No decks yet: generate one from an article." in at.info[0].value
    assert "No decks yet" in run("bank").info[0].value


# The quiz


def test_a_right_answer_is_confirmed_and_recorded(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city"))
    assert "Question 1 of 2" in at.get("progress")[0].proto.text
    assert "In which city will South Korea first set up a temporary office" in page_text(at)
    type_answer(at, "havana")
    assert at.success[0].value == "Right"
    assert "Answer: **Havana**" in page_text(at)
    [record] = store(quiz_env).history("kc-temporary-office")
    assert record.correct and record.given == "havana"
    click(at, "Next question")
    assert "Question 2 of 2" in at.get("progress")[0].proto.text


def test_a_wrong_answer_shows_the_answer_and_its_source(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-relations-date"))
    type_answer(at, "March 3")
    assert at.error[0].value == "Wrong"
    shown = page_text(at)
    assert "Your answer: March 3" in shown and "Answer: **Feb. 14**" in shown
    assert "Also accepted: February 14, 14 February" in shown
    highlighted = "set up diplomatic relations on **:orange-background[:orange[Feb. 14]]** , working"
    assert any(highlighted.replace(" ,", ",") in text or highlighted in text for text in texts(at)), shown
    assert "From South Korea, Cuba to set up permanent missions in each other's capitals" in shown
    assert not store(quiz_env).history("kc-relations-date")[0].correct


def test_a_small_typo_is_accepted_with_the_reason(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kt-cuban-president"))
    type_answer(at, "Miguel Dias-Canel")
    assert at.success[0].value == "Right (accepted: small typo)"
    assert store(quiz_env).history("kt-cuban-president")[0].reason == "typo"


def test_i_was_right_counts_the_answer_as_right(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-castro-ally"))
    type_answer(at, "the Great Leader")
    click(at, "I was right")
    assert "Counted as right" in at.success[0].value
    assert [record.correct for record in store(quiz_env).history("kc-castro-ally")] == [True], (
        "corrected, counted once"
    )
    click(at, "See the score")
    assert at.metric[0].value == "1 / 1"
    assert not [button for button in at.button if button.label.startswith("Retry")]


def test_multiple_choice_and_true_false_are_buttons(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-north-ties-year", "kc-imports-2022"))
    assert sorted(answer_buttons(at)) == ["1957", "1960", "1963", "1986"]
    click(at, "1960")
    assert at.success[0].value == "Right"
    click(at, "Next question")
    assert answer_buttons(at) == ["True", "False"]
    click(at, "True")
    assert at.error[0].value == "Wrong" and "Answer: **False**" in page_text(at)
    assert [
        r.correct
        for r in (*store(quiz_env).history("kc-north-ties-year"), *store(quiz_env).history("kc-imports-2022"))
    ] == [True, False]


def test_a_whole_quiz_from_the_setup_to_retrying_the_mistakes(quiz_env: dict[str, Path]) -> None:
    at = run("quiz")
    at.multiselect(key="quiz-decks").set_value(["korea-cuba-trade"]).run()
    at.multiselect(key="quiz-kinds").set_value([Kind.WH]).run()
    at.number_input(key="quiz-count").set_value(2).run()
    assert "3 questions match: the quiz asks 2." in page_text(at)
    click(at, "Start the quiz")
    session = at.session_state["quiz"]
    assert len(session.question_ids) == 2
    type_answer(at, "nothing I know")
    click(at, "Next question")
    type_answer(at, "nothing either")
    click(at, "See the score")
    assert at.metric[0].value == "0 / 2"
    assert at.metric[1].label == "Time"
    assert "Mistakes" in page_text(at)
    click(at, "Retry my mistakes (2)")
    assert at.session_state["quiz"].question_ids == session.question_ids
    assert "Question 1 of 2" in at.get("progress")[0].proto.text
    assert store(quiz_env).answer_count() == 2


def test_a_refresh_loses_no_submitted_answer(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city"))
    type_answer(at, "Havana")
    fresh = run("progress")
    assert fresh.metric[1].value == "1"


# Review


def test_a_due_question_is_reviewed_and_rated(quiz_env: dict[str, Path]) -> None:
    progress = store(quiz_env)
    bank = load_bank(quiz_env["bank"])
    found = bank.find("kc-un-city")
    assert found is not None
    question = found[1]
    progress.record_answer(
        question=question,
        deck="South Korea and Cuba open missions",
        given="Boston",
        verdict=grade(question, "Boston"),
        answered_at=NOW - timedelta(days=2),
    )
    at = run("review")
    assert "**1** to review: 1 due, 0 recent mistakes." in page_text(at)
    click(at, "Review 1 question")
    assert "Review 1 of 1" in at.get("progress")[0].proto.text
    type_answer(at, "New York")
    assert at.success[0].value == "Right"
    assert len(progress.history("kc-un-city")) == 1, "recorded when rated"
    ratings = [plain(button.label) for button in at.button][-4:]
    assert [label.split(" · ")[0] for label in ratings] == ["Again", "Hard", "Good", "Easy"]
    click_starting(at, "Hard · ")
    assert "Review done: 1 of 1 right" in at.success[0].value
    last = progress.history("kc-un-city")[-1]
    assert last.correct and last.rating == Rating.Hard


def test_the_suggested_rating_is_the_verdicts(quiz_env: dict[str, Path]) -> None:
    at = run("review", review=quiz.start(["kc-temporary-office"], now=NOW, mode=Mode.REVIEW))
    type_answer(at, "Seoul")
    click_starting(at, "Next: rate it Again (")
    assert store(quiz_env).history("kc-temporary-office")[-1].rating == Rating.Again


def test_nothing_to_review_before_the_first_answer(quiz_env: dict[str, Path]) -> None:
    assert "Nothing to review yet" in run("review").info[0].value


# Text from decks and articles is shown as text


def test_html_and_markdown_in_questions_are_shown_literally(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "xss.yaml").write_text(XSS_DECK)
    shown: list[str] = []
    at = run("quiz", quiz=quiz_on("xss-wh", "xss-mcq"))
    type_answer(at, "no idea")
    shown += texts(at)
    assert all(not element.proto.allow_html for element in at.markdown)
    click(at, "Next question")
    assert sorted(answer_buttons(at)) == [
        "**bold**",
        "<img src=x onerror=alert(6)>",
        "[link](javascript:alert(7))",
        "plain",
    ]
    shown += texts(at)
    for page in PAGES:
        at.switch_page(f"views/{page}.py").run()
        assert not at.exception
        assert all(not element.proto.allow_html for element in at.markdown), page
        assert all(html.proto.body in APP_HTML for html in at.get("html")), page  # only the app's own
        shown += texts(at)
    joined = "\n".join(shown)
    assert "What is <img src=x onerror=alert(1)> and **bold** and [link](javascript:alert(1))" in joined
    assert "<script>alert(2)</script>?" in joined
    assert "From <img src=y onerror=alert(4)> **title**" in joined, "a javascript: url is never linked"
    assert "Pick **one** :smile:" in joined
    raw = "\n".join(element.value for element in at.markdown)
    assert "](javascript:" not in raw


# Export


def test_export_counts_the_notes_and_builds_that_package(quiz_env: dict[str, Path]) -> None:
    at = run("export")
    assert at.metric[0].label == "Notes" and at.metric[0].value == "16"
    at.multiselect(key="export-tags").set_value(["trade"]).run()
    assert at.metric[0].value == "5"
    at.multiselect(key="export-decks").set_value(["korea-cuba-trade"]).run()
    assert at.metric[0].value == "3"
    assert [getattr(button, "label", None) for button in at.get("download_button")] == [
        "Download the Anki deck (.apkg)",
        "Download CSV",
    ]
    deck = load_bank(quiz_env["bank"]).entry("korea-cuba-trade").deck
    assert note_count(build_package([deck], tags=["trade"])) == 3
    data = apkg_bytes([deck], tags=["trade"], now=NOW)
    with zipfile.ZipFile(io.BytesIO(data)) as archive, tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "collection.anki2"
        database.write_bytes(archive.read("collection.anki2"))
        connection = sqlite3.connect(database)
        try:
            assert connection.execute("SELECT count(*) FROM notes").fetchone()[0] == 3
        finally:
            connection.close()
    assert len(csv_text([deck], tags=["trade"]).strip().splitlines()) == 7 + 3


def test_export_with_nothing_chosen_disables_the_downloads(quiz_env: dict[str, Path]) -> None:
    at = run("export")
    at.multiselect(key="export-tags").set_value(["politics"]).run()
    at.multiselect(key="export-decks").set_value(["korea-cuba-missions"]).run()
    assert at.metric[0].value == "0"
    assert all(getattr(button, "disabled", False) for button in at.get("download_button"))


# What a demanding learner expects (issue 12, minor items)


def test_multiple_choice_feedback_marks_the_pick_and_the_right_choice(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-north-ties-year"))
    click(at, "1986")
    marked = page_text(at)
    assert "✓ **1960**" in marked and "✗ ~~1986~~ (your answer)" in marked
    assert all(f"{year}" in marked for year in ("1957", "1963")), "the other choices stay shown"


def test_a_false_statement_points_to_what_the_source_says(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-imports-2022"))
    click(at, "True")
    assert "The statement is false as written." in page_text(at)


def test_an_empty_enter_is_ignored_and_dont_know_is_a_wrong_answer(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office"))
    type_answer(at, "   ")
    assert not at.error and not at.success, "nothing graded"
    assert store(quiz_env).answer_count() == 0
    click(at, "Don't know")
    assert at.error[0].value == "Wrong" and "Your answer: Don't know" in page_text(at)
    [record] = store(quiz_env).history("kc-temporary-office")
    assert not record.correct and record.given == ""


def test_ending_a_quiz_part_way_scores_what_was_answered(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city", "kc-castro-ally"))
    type_answer(at, "Havana")
    click(at, "End quiz")
    assert at.metric[0].value == "1 / 1"
    assert "Ended after 1 of 3 questions." in page_text(at)


def test_true_and_false_are_capitalised_on_the_score_screen(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-imports-2022"))
    click(at, "True")
    click(at, "See the score")
    assert "Your answer: True  \nAnswer: **False**" in page_text(at)


def test_review_and_progress_agree_on_what_is_due_today(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city"))
    type_answer(at, "Paris")  # wrong: due again in minutes, still today
    at.switch_page("views/progress.py").run()
    due = {metric.label: metric.value for metric in at.metric}["Due today"]
    at.switch_page("views/review.py").run()
    assert f"{due} due" in page_text(at) and due == "1"


def test_the_first_visit_explains_the_keys_and_counts_each_deck(quiz_env: dict[str, Path]) -> None:
    at = run("quiz")
    assert "press 1–4 for a choice" in at.info[0].value
    assert at.multiselect(key="quiz-decks").format_func("korea-cuba-trade") == (
        "Korea and Cuba before the embassies (6)"
    )
    at.multiselect(key="quiz-decks").set_value(["korea-cuba-trade"]).run()
    at.multiselect(key="quiz-kinds").set_value([Kind.CLOZE]).run()
    assert "1 question matches: the quiz asks 1." in page_text(at)
    type_after = run("quiz", quiz=quiz_on("kc-temporary-office"))
    type_answer(type_after, "Havana")
    click(type_after, "See the score")
    click(type_after, "New quiz")
    assert not type_after.info, "no first-visit hint once something was answered"


def test_the_progress_bar_moves_on_the_first_question(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city"))
    assert at.get("progress")[0].proto.value == 50
