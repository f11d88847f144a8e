"""``python -m generator``."""

from generator.cli import app
from questions.entry_point import run_without_traceback

if __name__ == "__main__":
    run_without_traceback(app)
