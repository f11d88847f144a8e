"""What the generator knows of a language, kept as data: ``lexicon/<language>/<list>.txt``.

One file per kind of knowledge, one entry per line (``#`` starts a comment), read once. A second
language is a new folder with the same files, not edits across the pipeline's modules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib.resources import files

LANGUAGE = "en"


@dataclass(frozen=True)
class Lexicon:
    say_verbs: frozenset[str]
    """Lemmas of verbs that report speech or belief: "X said ..." is a claim, not a fact."""
    leading_connectives: frozenset[str]
    """A sentence that opens with one ("However, ...") leans on the one before: the word is dropped."""
    discourse_markers: tuple[str, ...]
    """Set-off phrases that lean on another sentence ("for example", "in addition"): dropped."""
    vague_pronouns: frozenset[str]
    """A subject that points outside the sentence ("it", "they", "that")."""
    anaphoric_nouns: frozenset[str]
    """Nouns that, after "the"/"this", point back to another sentence ("the move", "the deal")."""
    weekdays: frozenset[str]
    relative_days: frozenset[str]
    """Days named relative to the article's own date ("yesterday", "tonight")."""
    attribution_verbs: frozenset[str]
    """Lemmas whose object is a source, not a fact ("told Reuters", "reported by CNN")."""
    no_comment: tuple[str, ...]
    """Phrases of a sentence that only says someone did not comment: no fact in it."""
    person_titles: frozenset[str]
    """Ranks and titles written before a name, without their full stop ("col", "sen")."""
    street_words: frozenset[str]
    """Words that make a name an address ("Main Street"): trivia, not a fact to learn."""

    @classmethod
    def load(cls, language: str) -> Lexicon:
        folder = files(__package__) / language
        values: dict[str, object] = {}
        for entry in fields(cls):
            lines = (folder / f"{entry.name}.txt").read_text(encoding="utf-8").splitlines()
            items = [line.split("#", 1)[0].strip() for line in lines]
            kept = [item.lower() for item in items if item]
            values[entry.name] = tuple(kept) if str(entry.type).startswith("tuple") else frozenset(kept)
        return cls(**values)  # type: ignore[arg-type]


english = Lexicon.load(LANGUAGE)

__all__ = ["LANGUAGE", "Lexicon", "english"]
