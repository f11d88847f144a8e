"""The Streamlit app, page by page and flow by flow, run for real with AppTest."""

from __future__ import annotations

import io
import re
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Error

from app import TOUCH_STYLE
from questions import quiz
from questions.anki_export import apkg_bytes, build_package, note_count
from questions.bank import load_bank
from questions.csv_export import csv_text
from questions.grading import grade
from questions.kinds import KIND_NAMES
from questions.progress import ProgressStore
from questions.question import Kind, Question
from questions.session import Mode, QuizSession

from .browser_support import ARTICLE_HTML, ARTICLE_TEXT, ARTICLE_TITLE
from .conftest import REPO

APP = str(REPO / "app.py")
APP_HTML = {TOUCH_STYLE}
"""The only raw HTML the app writes on these pages: its own, never a deck's text."""
PAGES = ("quiz", "review", "progress", "bank", "generate", "export")
NOW = datetime.now(UTC)

XSS_DECK = """\
name: "Tricky <b>deck</b>"
questions:
  - id: xss-wh
    kind: wh
    prompt: "What is <img src=x onerror=alert(1)> and **bold** and [link](javascript:alert(1)) <script>alert(2)</script>?"
    answer: "<script>alert(3)</script>"
    source:
      article_id: xss
      title: "<img src=y onerror=alert(4)> **title**"
      url: "javascript:alert(5)"
      sentence: "They wrote <script>alert(3)</script> in it."
      answer_start: 11
      answer_end: 36
  - id: xss-mcq
    kind: mcq
    prompt: "Pick **one** :smile:"
    answer: "<img src=x onerror=alert(6)>"
    choices: ["<img src=x onerror=alert(6)>", "**bold**", "[link](javascript:alert(7))", "plain"]
"""


# Helpers


def run(page: str | None = None, **state: object) -> AppTest:
    """The app after its first run (on ``page``), with ``state`` set in session state beforehand."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page is not None:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


def plain(markdown: str) -> str:
    """Markdown as the reader sees its text: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def texts(at: AppTest) -> list[str]:
    """Every text the page shows in markdown, captions and alerts, as the reader sees it."""
    shown = [element.value for element in at.markdown]
    shown += [element.value for element in at.caption]
    for alerts in (at.success, at.error, at.warning, at.info):
        shown += [element.value for element in alerts]
    return [plain(str(value)) for value in shown]


def page_text(at: AppTest) -> str:
    return "\n".join(texts(at))


def click(at: AppTest, label: str) -> AppTest:
    """Click the only button with ``label`` and rerun."""
    matches = [button for button in at.button if plain(button.label) == label]
    assert len(matches) == 1, f"{label!r} among {[button.label for button in at.button]}"
    matches[0].click().run()
    assert not at.exception, at.exception
    return at


def click_starting(at: AppTest, prefix: str) -> AppTest:
    """Click the only button whose label starts with ``prefix`` (e.g. a rating and its interval)."""
    matches = [button for button in at.button if plain(button.label).startswith(prefix)]
    assert len(matches) == 1, f"{prefix!r} among {[button.label for button in at.button]}"
    matches[0].click().run()
    assert not at.exception, at.exception
    return at


def answer_buttons(at: AppTest) -> list[str]:
    """The labels of the buttons that answer the question on screen, in their order."""
    return [plain(button.label) for button in at.button if button.key and "-choice-" in button.key] or [
        plain(button.label) for button in at.button if plain(button.label) in {"True", "False"}
    ]


def type_answer(at: AppTest, given: str) -> AppTest:
    at.text_input[0].input(given)
    return click(at, "Check")


def quiz_on(*question_ids: str) -> QuizSession:
    return quiz.start(list(question_ids), now=datetime.now(UTC))


def store(env: dict[str, Path]) -> ProgressStore:
    return ProgressStore(env["db"])


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


# Progress


def test_progress_is_empty_before_the_first_answer(quiz_env: dict[str, Path]) -> None:
    at = run("progress")
    assert "No answers yet" in at.info[0].value


def test_progress_shows_the_streak_the_counts_and_charts(quiz_env: dict[str, Path]) -> None:
    at = run("quiz", quiz=quiz_on("kc-temporary-office", "kc-un-city"))
    type_answer(at, "Havana")
    click(at, "Next question")
    type_answer(at, "Paris")
    at.switch_page("views/progress.py").run()
    assert not at.exception
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics == {"Streak": "1 day", "Answers": "2", "Accuracy": "50%", "Due today": "1"}
    assert len(at.get("vega_lite_chart")) == 4
    assert [header.value for header in at.subheader] == [
        "Answers per day",
        "Accuracy over time",
        "By deck",
        "Reviews due, next 14 days",
    ]


# The bank: edit, add, delete


def test_an_edit_with_an_error_shows_it_by_the_field_then_saves_when_fixed(quiz_env: dict[str, Path]) -> None:
    path = quiz_env["bank"] / "korea-cuba-trade.yaml"
    before = path.read_text()
    at = run("bank")
    at.selectbox(key="bank-edit").set_value("kt-consular-cities").run()
    prompt = at.text_area(key="edit-kt-consular-cities-prompt")
    assert str(prompt.value).startswith("Until the embassies open")
    prompt.input("South Korea handles its consular ties with Cuba through Mexico City.")
    click(at, "Save")
    form = at.get("form")[0]
    errors = [element.value for element in form.error]
    assert errors == ["a cloze prompt needs exactly one blank \\(\\_\\_\\_\\_\\_\\), found 0"]
    elements = list(form)
    prompt_at = next(
        i for i, element in enumerate(elements) if element.key == "edit-kt-consular-cities-prompt"
    )
    assert isinstance(elements[prompt_at + 1], Error), "the error comes right after its field"
    assert path.read_text() == before
    at.text_area(key="edit-kt-consular-cities-prompt").input("Consular ties go through _____ for now.")
    click(at, "Save")
    assert "Saved to korea-cuba-trade.yaml." in plain(at.toast[0].value)
    assert not at.get("form")[0].error
    found = load_bank(quiz_env["bank"]).find("kt-consular-cities")
    assert found is not None and found[1].prompt == "Consular ties go through _____ for now."
    assert found[1].answer == "Mexico City"
    assert "# Sample deck" in path.read_text(), "the file's comments survive"


def test_an_empty_answer_is_refused_next_to_its_field(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.selectbox(key="bank-edit").set_value("kt-trade-mission-year").run()
    at.text_input(key="edit-kt-trade-mission-year-answer").input("")
    click(at, "Save")
    assert [plain(error.value) for error in at.get("form")[0].error] == ["the answer cannot be empty"]


def test_a_question_of_any_kind_is_added_by_hand(quiz_env: dict[str, Path]) -> None:
    at = run("bank", **{"bank-tab": "Add a question"})
    at.selectbox(key="add-deck").set_value("korea-cuba-trade").run()
    at.selectbox(key="add-kind").set_value(Kind.MCQ).run()
    at.text_area(key="add-prompt").input("Which is a Korean export to Cuba?")
    at.text_input(key="add-answer").input("generators")
    for number, choice in enumerate(["rum", "cigars", "generators", "sugar"], start=1):
        at.text_input(key=f"add-choice-{number}").input(choice)
    at.text_input(key="add-tags").input("trade, goods")
    click(at, "Add the question")
    assert "Added to Korea and Cuba before the embassies" in plain(at.toast[0].value)
    added = [
        q
        for q in load_bank(quiz_env["bank"]).entry("korea-cuba-trade").deck.questions
        if q.prompt.startswith("Which is a Korean export")
    ]
    assert len(added) == 1
    assert (
        added[0].kind is Kind.MCQ
        and added[0].choices[2] == "generators"
        and added[0].tags == ["trade", "goods"]
    )
    assert at.text_area(key="add-prompt").value == "", "the form starts afresh"


def test_adding_to_a_new_deck_creates_its_file(quiz_env: dict[str, Path]) -> None:
    at = run("bank", **{"bank-tab": "Add a question"})
    at.selectbox(key="add-deck").set_value("\x00new").run()
    at.selectbox(key="add-kind").set_value(Kind.TRUE_FALSE).run()
    at.text_area(key="add-prompt").input("Cuba and South Korea have embassies today.")
    at.toggle(key="add-truth").set_value(False)
    click(at, "Add the question")
    assert "give the new deck a name" in page_text(at)
    at.text_input(key="add-deck-name").input("My own deck")
    click(at, "Add the question")
    entry = load_bank(quiz_env["bank"]).entry("my-own-deck")
    [question] = entry.deck.questions
    assert question.kind is Kind.TRUE_FALSE and question.answer is False


def test_a_question_is_deleted_after_confirmation(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.selectbox(key="bank-edit").set_value("kt-delegation-arrival").run()
    click(at, "Delete this question")
    assert "cannot be undone" in at.warning[0].value
    click(at, "Cancel")
    assert load_bank(quiz_env["bank"]).find("kt-delegation-arrival") is not None
    click(at, "Delete this question")
    click(at, "Yes, delete it")
    assert "Deleted from korea-cuba-trade.yaml." in plain(at.toast[0].value)
    assert load_bank(quiz_env["bank"]).find("kt-delegation-arrival") is None
    assert len(at.dataframe[1].value) == 5


def test_search_and_filters_narrow_the_bank(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.text_input(key="bank-search").input("mexico").run()
    assert "2 of 16 questions" in page_text(at)
    at.multiselect(key="bank-kinds").set_value([Kind.CLOZE]).run()
    at.multiselect(key="bank-decks").set_value(["korea-cuba-trade"]).run()
    assert "1 of 16 questions" in page_text(at)
    assert [header.value for header in at.subheader] == ["Korea and Cuba before the embassies"]


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


# spaCy stays out of every page but Generate


def test_only_the_generate_page_loads_spacy(quiz_env: dict[str, Path]) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from streamlit.testing.v1 import AppTest
        at = AppTest.from_file({APP!r}, default_timeout=60).run()
        for page in ("quiz", "review", "progress", "bank", "export"):
            at.switch_page(f"views/{{page}}.py").run()
            assert not at.exception, (page, at.exception)
        import app, views.widgets, questions.quiz, questions.choosing, questions.question_form, questions.rating_buttons, questions.anki_export, questions.csv_export
        print("spacy" in sys.modules, "generator.pipeline" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


# Generate


def generated(at: AppTest) -> list[Question]:
    items: list[Question] = at.session_state["generated"]
    return items


def upload_and_generate(at: AppTest, name: str, data: bytes, mime: str) -> AppTest:
    at.file_uploader(key="generate-file").upload(name, data, mime).run()
    return click(at, "Generate quiz items")


def test_an_uploaded_article_is_reviewed_and_two_items_accepted(quiz_env: dict[str, Path]) -> None:
    before = sorted(path.name for path in quiz_env["bank"].iterdir())
    at = upload_and_generate(run("generate"), "solar.html", ARTICLE_HTML.encode(), "text/html")
    items = generated(at)
    assert len(items) >= 3
    assert sorted(path.name for path in quiz_env["bank"].iterdir()) == before, (
        "nothing written before acceptance"
    )
    shown = page_text(at)
    assert plain(at.subheader[0].value) == f"{len(items)} items from {ARTICLE_TITLE}"
    assert any(f"score {item.score:.2f}" in shown for item in items if item.score is not None)
    assert items[0].source is not None and ":orange-background[" in "\n".join(m.value for m in at.markdown)
    assert at.text_input(key="generate-deck-name").value == ARTICLE_TITLE
    at.text_input(key="generate-deck-name").input("Floating solar").run()
    first, second, third = items[:3]
    at.button(key=f"gen-{first.id}-accept").click().run()
    at.button(key=f"gen-{third.id}-reject").click().run()
    at.button(key=f"gen-{second.id}-accept").click().run()
    assert not at.exception
    assert "Added 1 item to Floating solar." in plain(at.toast[0].value)
    saved = load_bank(quiz_env["bank"]).entry("floating-solar").deck.questions
    assert [question.id for question in saved] == [first.id, second.id]
    assert saved[0].source == first.source and saved[0].score == first.score
    assert f"gen-{third.id}-accept" not in {button.key for button in at.button}, "a rejected item is gone"
    assert "1 rejected." in page_text(at)


def test_an_item_edited_before_it_is_accepted(quiz_env: dict[str, Path]) -> None:
    at = upload_and_generate(run("generate"), "solar.md", ARTICLE_TEXT.encode(), "text/markdown")
    item = next(item for item in generated(at) if item.kind is Kind.WH or item.kind is Kind.CLOZE)
    at.selectbox(key="generate-deck").set_value("korea-cuba-trade").run()
    at.button(key=f"gen-{item.id}-edit").click().run()
    at.text_area(key=f"gen-{item.id}-prompt").input("")
    click(at, "Save and accept")
    assert "cannot be empty" in " ".join(plain(error.value) for error in at.error)
    assert load_bank(quiz_env["bank"]).find(item.id) is None
    at.text_area(key=f"gen-{item.id}-prompt").input(item.prompt + " (edited)")
    click(at, "Save and accept")
    found = load_bank(quiz_env["bank"]).find(item.id)
    assert found is not None and found[0].key == "korea-cuba-trade"
    assert found[1].prompt == item.prompt + " (edited)"


def test_accept_all_puts_every_item_in_the_deck(quiz_env: dict[str, Path]) -> None:
    at = upload_and_generate(run("generate"), "solar.html", ARTICLE_HTML.encode(), "text/html")
    count = len(generated(at))
    at.text_input(key="generate-deck-name").input("Solar").run()
    click(at, f"Accept all ({count})")
    assert len(load_bank(quiz_env["bank"]).entry("solar").deck.questions) == count
    assert all(button.disabled for button in at.button if button.label.startswith("Accept all"))


def test_pasted_text_works_too(quiz_env: dict[str, Path]) -> None:
    at = run("generate")
    at.text_area(key="generate-text").input(ARTICLE_TEXT)
    click(at, "Generate quiz items")
    assert generated(at)


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("photo.html", bytes(range(256)) * 8, "not text"),
        ("empty.html", b"<html><body></body></html>", "no article text"),
    ],
)
def test_bad_input_shows_the_generators_message(
    quiz_env: dict[str, Path], name: str, data: bytes, fragment: str
) -> None:
    at = upload_and_generate(run("generate"), name, data, "text/html")
    assert not at.exception
    assert fragment in plain(at.error[0].value)
    assert generated(at) == []


def test_generate_asks_for_an_article_first(quiz_env: dict[str, Path]) -> None:
    at = click(run("generate"), "Generate quiz items")
    assert "Paste an article's text or upload a file first." in plain(at.error[0].value)


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


def test_the_bank_shows_kinds_by_name_and_finds_every_word(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.text_input(key="bank-search").input("cuba 2022").run()
    table = at.dataframe[0].value
    assert len(table) >= 1 and set(table["kind"]) <= set(KIND_NAMES.values())
    assert "true_false" not in " ".join(table["kind"])


def generated_items(count: int) -> list[Question]:
    return [
        Question(id=f"gen-{number}", kind=Kind.WH, prompt=f"Who built farm {number}?", answer="Aldren Power")
        for number in range(1, count + 1)
    ]


def test_generated_items_answer_to_keys_and_a_rejection_can_be_undone(quiz_env: dict[str, Path]) -> None:
    at = run("generate", generated=generated_items(3))
    keyed = {button.label: button.proto.shortcut for button in at.button if button.proto.shortcut}
    assert keyed == {"Accept": "a", "Edit": "e", "Reject": "x"}, "only the first item to decide has keys"
    at.button(key="gen-gen-1-reject").click().run()
    assert "1 rejected." in page_text(at)
    assert "Who built farm 1?" not in page_text(at)
    assert at.button(key="gen-gen-2-accept").proto.shortcut == "a", "the keys move on to the next item"
    click(at, "Undo")
    assert "Who built farm 1?" in page_text(at) and "rejected." not in page_text(at)


def test_a_deck_is_renamed_and_deleted_from_the_bank_page(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.text_input(key="deck-korea-cuba-trade-name").input("Cuba trade")
    click_key(at, "deck-korea-cuba-trade-rename")
    assert "Renamed to Cuba trade." in plain(at.toast[0].value)
    assert load_bank(quiz_env["bank"]).entry("korea-cuba-trade").deck.name == "Cuba trade"
    assert "Cuba trade" in [header.value for header in at.subheader]
    assert at.button(key="deck-korea-cuba-trade-delete").disabled, "a delete is confirmed first"
    at.checkbox(key="deck-korea-cuba-trade-confirm").check().run()
    click_key(at, "deck-korea-cuba-trade-delete")
    assert not (quiz_env["bank"] / "korea-cuba-trade.yaml").exists()
    assert [header.value for header in at.subheader] == ["South Korea and Cuba open missions"]


def test_an_empty_deck_shows_in_the_bank_so_it_can_be_deleted(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "empty.yaml").write_text("name: Left empty\nquestions: []\n")
    at = run("bank")
    assert "Left empty" in [header.value for header in at.subheader]
    assert "No questions in this deck." in page_text(at)


def click_key(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def test_an_article_cut_to_size_says_so_on_the_generate_page(quiz_env: dict[str, Path]) -> None:
    counts = (
        f"Survey {number} of the Aldren Birdwatchers Society counted {number * 7} herons on the reservoir."
        for number in range(1, 3_000)
    )
    long_text = ARTICLE_TEXT + "\n\n" + "\n\n".join(counts)
    at = upload_and_generate(run("generate"), "long.md", long_text.encode(), "text/markdown")
    assert not at.exception
    warnings = [plain(warning.value) for warning in at.warning]
    assert any("only the first" in warning for warning in warnings), warnings
    assert generated(at), "the part that was kept still gives items"
