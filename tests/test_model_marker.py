"""The ``model`` marker keeps the fast loop honest (see conftest.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from generator import analysis

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_test_not_marked_model_cannot_load_the_model() -> None:
    with pytest.raises(AssertionError, match="loads the spaCy model: mark it model, or use nlp"):
        analysis.load_model()


def test_a_test_using_the_model_fixture_is_marked_model(
    request: pytest.FixtureRequest, nlp: Language
) -> None:
    assert request.node.get_closest_marker("model") is not None
    assert nlp.pipe_names
