"""What the generator knows of a language, kept as data: ``lexicon/<language>/<list>.txt``.

One file per kind of knowledge, one entry per line (``#`` starts a comment), read once. A second
language is a new folder with the same files, not edits across the pipeline's modules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib.resources import files

from babel.dates import get_day_names

LANGUAGE = "en"


def entries(language: str, name: str) -> tuple[str, ...]:
    """The entries of ``lexicon/<language>/<name>.txt``, lower-cased, comments and blanks left out."""
    text = (files(__package__) / language / f"{name}.txt").read_text(encoding="utf-8")
    items = (line.split("#", 1)[0].strip().casefold() for line in text.splitlines())
    return tuple(item for item in items if item)


@dataclass(frozen=True)
class Lexicon:
    say_verbs: frozenset[str]
    """Lemmas of verbs that report speech or belief: "X said ..." is a claim, not a fact."""
    auxiliary_verbs: frozenset[str]
    """Lemmas that end a sentence only when its verb is in another ("Reaching Mars hasn't.")."""
    belief_verbs: frozenset[str]
    """Say verbs of belief or forecast ("expects", "believe"): their clause is a claim, never a fact."""
    contested_verbs: frozenset[str]
    """Say verbs of one side's account ("claims", "testified"): their clause is a claim, never a fact."""
    doubt_verbs: frozenset[str]
    """Lemmas whose clause is doubted or denied ("denied that ..."): a claim, never a fact."""
    leading_connectives: frozenset[str]
    """A sentence that opens with one ("However, ...") leans on the one before: the word is dropped."""
    discourse_markers: tuple[str, ...]
    """Set-off phrases that lean on another sentence ("for example", "in addition"): dropped."""
    vague_pronouns: frozenset[str]
    """A subject that points outside the sentence ("it", "they", "that")."""
    anaphoric_nouns: frozenset[str]
    """Nouns that, after "the"/"this", point back to another sentence ("the move", "the deal")."""
    office_nouns: frozenset[str]
    """Offices that, after "the", stand for a person another sentence named ("the senator"), unless
    a nationality says which ("the Cuban president")."""
    unique_nouns: frozenset[str]
    """Nouns that after "the" name one thing in any news ("the world", "the public"): not vague."""
    weekdays: frozenset[str]
    """The days of the week, from the CLDR data ``babel`` ships ("monday", …), not a file."""
    relative_days: frozenset[str]
    """Days named relative to the article's own date ("yesterday", "tonight")."""
    attribution_verbs: frozenset[str]
    """Lemmas whose object is a source, not a fact ("told Reuters", "reported by CNN")."""
    furniture_phrases: tuple[str, ...]
    """Phrases of credits, contact lines and promotions written as sentences: never asked about."""
    no_comment: tuple[str, ...]
    """Phrases of a sentence that only says someone did not comment: no fact in it."""
    person_titles: frozenset[str]
    """Ranks and titles written before a name, without their full stop ("col", "sen")."""
    trivial_counts: frozenset[str]
    """Nouns whose count is box-score or police-log trivia ("31 saves", "a $5,000 bond")."""
    caption_verbs: frozenset[str]
    """What a photo shows a person doing, told in the present ("celebrates", "delivers"): a caption."""
    stat_line_nouns: frozenset[str]
    """What one player's line in a box score counts ("a goal and two assists", "27 stops")."""
    shell_nouns: frozenset[str]
    """Abstract nouns whose content another sentence gives ("the problem", "the proposal")."""
    relational_nouns: frozenset[str]
    """People who belong to someone ("staff", "officials"): a subject needs its owner."""
    statistic_nouns: frozenset[str]
    """Subjects of a statistic ("sales", "the average price") whose figure is a place's."""
    street_words: frozenset[str]
    """Words that make a name an address ("Main Street"): trivia, not a fact to learn."""
    misspellings: frozenset[str]
    """Misspellings the word list knows ("alot", "recieve"): a slip of the page, never copied."""
    judgement_words: frozenset[str]
    """Words of praise or blame ("excellent", "ideal"): what something "is" with one is a view."""
    attitude_adverbs: frozenset[str]
    """The writer's feeling about a fact ("sadly", "hopefully"): the sentence is a comment."""
    change_verbs: frozenset[str]
    """Verbs whose bare amount is how far something moved ("fell 2 percent"): asked, it takes "by"."""
    function_words: frozenset[str]
    """The commonest function words ("the", "of"): a paragraph made mostly of them is in the language."""

    @classmethod
    def load(cls, language: str) -> Lexicon:
        values: dict[str, object] = {}
        for entry in fields(cls):
            if entry.name == "weekdays":
                values[entry.name] = _weekdays(language)
                continue
            kept = entries(language, entry.name)
            values[entry.name] = kept if str(entry.type).startswith("tuple") else frozenset(kept)
        return cls(**values)  # type: ignore[arg-type]


def _weekdays(language: str) -> frozenset[str]:
    return frozenset(name.casefold() for name in get_day_names("wide", locale=language).values())


english = Lexicon.load(LANGUAGE)

__all__ = ["LANGUAGE", "Lexicon", "english", "entries"]
