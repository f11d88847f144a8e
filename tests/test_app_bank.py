"""The Bank page run with AppTest: edit, add, delete and find questions; rename and delete decks."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1.element_tree import Error

from questions.bank import load_bank
from questions.kinds import KIND_NAMES
from questions.question import Kind

from .app_support import (
    click,
    click_key,
    page_text,
    plain,
    run,
)

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
    errors = [plain(element.value) for element in form.error]
    assert errors == ["Put one blank (_____) where the answer goes: this prompt has none."]
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
    assert [plain(error.value) for error in at.get("form")[0].error] == ["The answer cannot be empty."]


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
    assert "Give the new deck a name." in page_text(at)
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


def test_the_bank_shows_kinds_by_name_and_finds_every_word(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.text_input(key="bank-search").input("cuba 2022").run()
    table = at.dataframe[0].value
    assert len(table) >= 1 and set(table["kind"]) <= set(KIND_NAMES.values())
    assert "true_false" not in " ".join(table["kind"])


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


def test_errors_are_plain_sentences_without_code(quiz_env: dict[str, Path]) -> None:
    at = run("bank")
    at.text_input(key="deck-korea-cuba-trade-name").input("South Korea and Cuba open missions")
    click_key(at, "deck-korea-cuba-trade-rename")
    [message] = [plain(error.value) for error in at.error]
    assert message == (
        "Another deck is already named “South Korea and Cuba open missions” "
        "(its file is korea-cuba-missions.yaml)."
    )


def test_an_empty_deck_shows_in_the_bank_so_it_can_be_deleted(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "empty.yaml").write_text("name: Left empty\nquestions: []\n")
    at = run("bank")
    assert "Left empty" in [header.value for header in at.subheader]
    assert "No questions in this deck." in page_text(at)
