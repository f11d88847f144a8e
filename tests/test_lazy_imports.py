"""Heavy dependencies load only where they are used: the bank never pulls in spaCy or the exporters."""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO


def imported_after(statement: str) -> set[str]:
    script = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_importing_the_bank_loads_no_heavy_dependency() -> None:
    modules = imported_after(
        "import questions, questions.bank, questions.grading, questions.progress, questions.scheduling"
    )
    assert "questions.bank" in modules
    for heavy in ("spacy", "genanki", "streamlit", "ruamel.yaml", "dateparser", "fsrs.optimizer"):
        assert heavy not in modules, f"{heavy} was imported"


def test_importing_the_generator_package_does_not_load_spacy() -> None:
    modules = imported_after("import generator; from generator import ArticleError")
    assert "generator.errors" in modules
    assert "spacy" not in modules
