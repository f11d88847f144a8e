"""A deck: a named set of questions, stored as one YAML file in the bank folder."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from questions.question import Question


class Deck(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1)
    description: str = ""
    questions: list[Question] = Field(default_factory=list)

    @field_validator("questions")
    @classmethod
    def _ids_are_unique(cls, questions: list[Question]) -> list[Question]:
        seen: set[str] = set()
        for question in questions:
            if question.id in seen:
                raise ValueError(f"duplicate question id {question.id!r}")
            seen.add(question.id)
        return questions

    @property
    def tag(self) -> str:
        """The deck's name as an Anki tag (tags cannot hold spaces)."""
        return "deck::" + "_".join(self.name.split())


__all__ = ["Deck"]
