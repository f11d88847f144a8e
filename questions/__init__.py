"""The question bank: models, deck files, grading, scheduling, progress and exports.

Importing this package never imports spaCy, Streamlit or the exporters' heavy dependencies.
"""

from questions.deck import Deck
from questions.question import Kind, Question, Source
from questions.verdict import Reason, Verdict

__all__ = ["Deck", "Kind", "Question", "Reason", "Source", "Verdict"]
