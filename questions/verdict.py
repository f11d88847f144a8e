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
    WRONG = "wrong"


_EXPLANATIONS = {
    Reason.EXACT: "correct",
    Reason.ALTERNATIVE: "accepted: another accepted answer",
    Reason.TYPO: "accepted: small typo",
    Reason.NUMBER: "accepted: same number",
    Reason.DATE: "accepted: same date",
    Reason.WRONG: "wrong",
}


class Verdict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    correct: bool
    reason: Reason
    expected: str
    """The answer as the question states it, to show the learner."""

    @property
    def explanation(self) -> str:
        """What the app tells the learner, e.g. "accepted: small typo"."""
        return _EXPLANATIONS[self.reason]


__all__ = ["Reason", "Verdict"]
