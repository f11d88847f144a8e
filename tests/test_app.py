"""The Streamlit app, run for real with AppTest."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from .conftest import REPO

APP = str(REPO / "app.py")


def test_the_app_shows_the_sample_decks(quiz_env: dict[str, Path]) -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert [header.value for header in at.subheader] == [
        "South Korea and Cuba open missions",
        "Korea and Cuba before the embassies",
    ]
    prompts = list(at.dataframe[0].value["question"])
    assert "In which city will South Korea first set up a temporary office before opening its embassy?" in prompts
    assert len(at.dataframe[1].value) == 6


def test_a_broken_deck_is_listed_with_its_error_and_the_rest_still_shown(quiz_env: dict[str, Path]) -> None:
    (quiz_env["bank"] / "broken.yaml").write_text("name: Broken\nquestions:\n  - id: x\n    kind: wh\n")
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "could not be loaded" in at.error[0].value
    assert "broken.yaml:3: question 1 (id 'x'), field 'prompt': this field is required" in at.code[0].value
    assert len(at.subheader) == 2


def test_an_empty_bank_says_what_to_do(quiz_env: dict[str, Path]) -> None:
    for path in quiz_env["bank"].glob("*.yaml"):
        path.unlink()
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "No decks yet" in at.info[0].value
