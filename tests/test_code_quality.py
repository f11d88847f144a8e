"""The code stays linted and typed: ruff and mypy run as part of the suite."""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = run_tool("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = run_tool("mypy", "questions", "generator", "benchmarks", "app.py", "views")
    assert result.returncode == 0, result.stdout + result.stderr
