"""Kinds of question by how the learner answers them, and each kind's name as the learner reads it."""

from __future__ import annotations

from questions.question import Kind

TYPED_KINDS = frozenset({Kind.WH, Kind.CLOZE})
"""Kinds answered by typing: only these can be overridden with "I was right"."""

KIND_NAMES = {
    Kind.CLOZE: "fill in the blank",
    Kind.WH: "short answer",
    Kind.MCQ: "multiple choice",
    Kind.TRUE_FALSE: "true or false",
}
"""Each kind as the learner reads it."""


GUESSABLE_KINDS = frozenset({Kind.MCQ, Kind.TRUE_FALSE})
"""Kinds answered by picking: a right pick may be a guess, so it is never suggested Easy."""

__all__ = [
    "GUESSABLE_KINDS",
    "KIND_NAMES",
    "TYPED_KINDS",
]
