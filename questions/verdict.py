"""The outcome of grading one answer: right or wrong, and why."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Reason(StrEnum):
    EXACT = "exact"
    ALTERNATIVE = "alternative"
    TYPO = "typo"
    NUMBER = "number"
    DATE = "date"
    ABBREVIATION = "abbreviation"
    SURNAME = "surname"
    EXTRA_WORDS = "extra_words"
    WRONG = "wrong"


_EXPLANATIONS = {
    Reason.EXACT: "correct",
    Reason.ALTERNATIVE: "accepted: another accepted answer",
    Reason.TYPO: "accepted: small typo",
    Reason.NUMBER: "accepted: same number",
    Reason.DATE: "accepted: same date or time",
    Reason.ABBREVIATION: "accepted: another name for the same",
    Reason.SURNAME: "accepted: surname",
    Reason.EXTRA_WORDS: "accepted: the answer, extra words aside",
    Reason.WRONG: "wrong",
}


class Verdict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    correct: bool
    reason: Reason
    expected: str
    """The answer as the question states it, to show the learner."""
    detail: str = ""
    """What the rule found, e.g. "the unit left out", "Iraq is a different country"."""

    @property
    def explanation(self) -> str:
        """What the app tells the learner, e.g. "accepted: small typo" or
        "not accepted: Iraq is a different country"."""
        if self.reason is Reason.WRONG:
            return f"not accepted: {self.detail}" if self.detail else _EXPLANATIONS[Reason.WRONG]
        return f"{_EXPLANATIONS[self.reason]}, {self.detail}" if self.detail else _EXPLANATIONS[self.reason]


__all__ = ["Reason", "Verdict"]
