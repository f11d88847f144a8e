"""The app's speed with a large bank, through Streamlit's own AppTest (the real script, no browser).

- **Rerun**: once a quiz is showing its first question, how long a rerun of the page takes (what
  every click costs) with a 10,000-question bank (10 decks of 1,000) over a 10-question bank.
  Target: at most 1.5 times as long: the bank is cached until a deck file changes.
- **Cold start**: a new session's first run of the app up to the first question shown (open the
  app, press "Start the quiz"), with the 10,000-question bank and an empty cache.
- **Memory**: the peak resident memory of a fresh process that does the cold start with the
  10,000-question bank: what one app server holds for it.

Each rerun figure is the best of ``REPEATS`` runs, the two banks taking turns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from streamlit.testing.v1 import AppTest

from benchmarks._bank_data import make_decks
from benchmarks._figure import Figure
from benchmarks._timing import best_times
from questions.deck_writing import write_deck
from questions.settings import BANK_DIR_ENV, PROGRESS_DB_ENV

REPO = Path(__file__).resolve().parent.parent
REPEATS = 5
SEED = 20251123

_FIRST_QUESTION = """
import json, resource, sys, time
from streamlit.testing.v1 import AppTest
start = time.perf_counter()
at = AppTest.from_file(sys.argv[1], default_timeout=300).run()
next(button for button in at.button if button.label == "Start the quiz").click().run()
shown = [str(bar.proto.text) for bar in at.get("progress")]
assert any("Question 1 of" in text for text in shown), shown
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


@contextmanager
def _bank(size: int) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="bench-app-") as folder:
        bank = Path(folder) / "bank"
        decks = make_decks(decks=10, per_deck=size // 10, seed=SEED) if size >= 10 else []
        for number, deck in enumerate(decks):
            write_deck(deck, bank / f"deck-{number:02d}.yaml")
        yield bank


def _first_question(bank: Path) -> dict[str, float]:
    """A cold start in a fresh process, so neither Streamlit's caches nor imports are warm."""
    env = {**os.environ, BANK_DIR_ENV: str(bank), PROGRESS_DB_ENV: str(bank.parent / "progress.sqlite3")}
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_QUESTION, str(REPO / "app.py")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    measured: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


def _quiz_showing(bank: Path) -> AppTest:
    """An AppTest session with a quiz on its first question, ready to rerun."""
    os.environ[BANK_DIR_ENV] = str(bank)
    os.environ[PROGRESS_DB_ENV] = str(bank.parent / "progress.sqlite3")
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300).run()
    next(button for button in at.button if button.label == "Start the quiz").click().run()
    return at


def run() -> list[Figure]:
    saved = {name: os.environ.get(name) for name in (BANK_DIR_ENV, PROGRESS_DB_ENV)}
    try:
        with _bank(10) as small, _bank(10_000) as large:
            cold = _first_question(large)
            small_app, large_app = _quiz_showing(small), _quiz_showing(large)
            large_rerun, small_rerun = best_times(
                [lambda: _rerun(large_app, large), lambda: _rerun(small_app, small)], repeats=REPEATS
            )
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return [
        Figure("rerun with a 10,000-question bank", large_rerun * 1000, "ms"),
        Figure("rerun with a 10-question bank", small_rerun * 1000, "ms"),
        Figure("rerun: 10,000 questions / 10 questions", large_rerun / small_rerun, "x", "<= 1.5"),
        Figure("cold start to the first question (10,000 questions)", cold["seconds"], "s"),
        Figure("peak memory of that process", cold["peak_kib"] / 1024, "MiB"),
    ]


def _rerun(app: AppTest, bank: Path) -> None:
    """One rerun; the app reads its bank folder from the environment on every run."""
    os.environ[BANK_DIR_ENV] = str(bank)
    os.environ[PROGRESS_DB_ENV] = str(bank.parent / "progress.sqlite3")
    app.run()


__all__ = ["run"]
