"""The README tells the truth: its commands exist, its examples run and print what it shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from questions.deck_file import parse_deck
from questions.settings import DEFAULT_BANK_DIR

from .conftest import REPO

README = (REPO / "README.md").read_text()


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.DOTALL)


def test_the_quick_start_is_the_two_commands_and_ci_runs_the_second() -> None:
    quick_start = blocks("console")[0]
    commands = [
        line.split("#")[0].strip("$ ").strip() for line in quick_start.splitlines() if line.startswith("$")
    ]
    assert commands == ["./scripts/run-app", "./scripts/run-tests"]
    for command in commands:
        assert os.access(REPO / command, os.X_OK), command
    ci = (REPO / ".ci" / "run").read_text()
    assert re.search(r"^exec \./scripts/run-tests$", ci, re.MULTILINE)


def test_the_deck_example_is_a_valid_deck() -> None:
    deck = parse_deck(blocks("yaml")[0], path=Path("README.md"), modified=datetime(2026, 1, 1, tzinfo=UTC))
    assert [question.kind.value for question in deck.questions] == ["cloze", "mcq"]


def test_the_validate_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    example = next(block for block in blocks("console") if "questions validate questions/bank" in block)
    shown = [line for line in example.splitlines() if not line.startswith("$")]
    bank = tmp_path / "questions" / "bank"
    shutil.copytree(DEFAULT_BANK_DIR, bank)
    deck = bank / "korea-cuba-trade.yaml"
    deck.write_text(
        deck.read_text().replace("through its delegation in _____.", "through its delegation in Mexico City.")
    )
    result = subprocess.run(
        [sys.executable, "-m", "questions", "validate", "questions/bank"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1
    assert (result.stdout + result.stderr).splitlines() == shown
