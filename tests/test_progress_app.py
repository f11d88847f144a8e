"""A progress database that is not ours, or is damaged, in the app: every page says which file and
what to do, and nothing crashes or changes the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import REPO


@pytest.mark.parametrize("page", ["quiz", "review", "progress"])
def test_a_damaged_progress_database_is_named_on_every_page(quiz_env: dict[str, Path], page: str) -> None:
    quiz_env["db"].write_bytes(b"this is not a database, it only has the name of one" * 100)
    before = quiz_env["db"].read_bytes()
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.run()
    if page != "quiz":
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    errors = [error.value for error in at.error]
    assert len(errors) == 1 and str(quiz_env["db"]) in errors[0], errors
    assert quiz_env["db"].read_bytes() == before
