"""Selection: which ranked facts become the article's items, and as which kind.

Walks the ranked groups best first and keeps a fact when it adds something: each answer once (a
person is one person whether "Hollis" or "Derek Hollis"); no fact restated from a repeated line;
no item whose prompt prints an answer of another, or whose answer another prompt prints. The
first ``TOP`` items come from ``TOP`` different sentences; later ones may share a sentence.
Each kept fact is asked as the kind that keeps the list closest to ``KIND_SHARE`` among the kinds
drafted for it, so a list mixes real questions and blanks whatever the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from generator import word_lists
from generator.analysis import entities
from generator.answers import NAME_LABELS
from generator.drafts import Draft
from generator.figures import ordinals, parse_number
from generator.ranking import Group
from generator.statements import QUOTE_MARKS
from generator.wording import says
from questions.question import Kind

TOP = 10
KIND_SHARE = {Kind.WH: 0.15, Kind.MCQ: 0.35, Kind.CLOZE: 0.15, Kind.TRUE_FALSE: 0.35}
KIND_PREFERENCE = (Kind.MCQ, Kind.WH, Kind.TRUE_FALSE, Kind.CLOZE)
COSTLY_KINDS = frozenset({Kind.MCQ, Kind.TRUE_FALSE})
PER_SENTENCE_AFTER_TOP = 2
TRUE_SHARE = 0.5
REAL_SHARE = 0.4
"""QUALITY.md's variety: at least this share of the top items are real questions."""
MIN_CLOZE_WORDS = 15
"""A blank in a shorter sentence has too little around it to be filled from the article: raters
accepted 6 of 76 such blanks on the tuning pages, against 78 of 319 longer ones."""
NEAR_DUPLICATE = 80
NEAR_IDENTICAL = 95


@dataclass
class Selection:
    """The items chosen so far; ``offer`` each ranked group in turn."""

    limit: int | None
    kinds: Collection[Kind]
    chosen: list[tuple[Draft, float]] = field(default_factory=list)
    per_sentence: Counter[int] = field(default_factory=Counter)
    used: Counter[Kind] = field(default_factory=Counter)
    asked: set[str] = field(default_factory=set)
    similarities: dict[tuple[int, int], float] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return self.limit is not None and len(self.chosen) >= self.limit

    def admits(self, group: Group) -> bool:
        """Whether the fact may still be asked (cheap: before its costly drafts are made)."""
        first = group.first
        sentence_cap = 1 if len(self.chosen) < TOP else PER_SENTENCE_AFTER_TOP
        stated = group.statement_only and first.sentence.index in self._stated()
        return (
            not self.full
            and not stated
            and self.per_sentence[first.sentence.index] < sentence_cap
            and fact_key(group) not in self.asked
            and not any(_near_duplicates(first, other, self.similarities) for other, _ in self.chosen)
        )

    def offer(self, group: Group, cheap: Iterable[Draft], costly: Callable[[], Iterable[Draft]]) -> bool:
        """Keep the fact as the best-fitting kind that gives nothing away. ``cheap`` are its cloze
        and wh-question; ``costly`` makes its multiple choice and true/false, whose distractors
        take time: called only when one of those kinds is the one to take."""
        if not self.admits(group):
            return False
        for kind in sorted(self.kinds, key=self._preference):
            pool = costly() if kind in COSTLY_KINDS else cheap
            draft = next((d for d in pool if d.kind is kind and self._fits(d)), None)
            if draft is not None:
                self.chosen.append((draft, group.score))
                self.used[draft.kind] += 1
                self.asked.add(fact_key(group))
                self.per_sentence[draft.sentence.index] += 1
                return True
        return False

    def _preference(self, kind: Kind) -> tuple[bool, float, int]:
        """The kind that keeps the list closest to ``KIND_SHARE`` comes first."""
        return (
            self._too_few_questions_with(kind),
            (self.used[kind] + 1) / KIND_SHARE[kind],
            KIND_PREFERENCE.index(kind),
        )

    def _fits(self, draft: Draft) -> bool:
        """Gives nothing away: no leak, no second true/false of a sentence (a sentence's true
        statement and its false version give each other away), and no more true statements in the
        top than ``TRUE_SHARE`` of it (a list whose answer is always "true" asks nothing). No poor
        blank (``_poor_blank``), no name as a blank or a choice (``_name_to_recognise``), no
        short open question (``_bare_question``) and no short statement (``_bare_statement``)."""
        stated = draft.kind is Kind.TRUE_FALSE and draft.sentence.index in self._stated()
        return (
            not (
                stated
                or _poor_blank(draft)
                or _name_to_recognise(draft)
                or _bare_question(draft)
                or _bare_statement(draft)
            )
            and not self._too_many_true(draft)
            and not self._leaks(draft)
        )

    def _too_many_true(self, draft: Draft) -> bool:
        if draft.answer is not True or len(self.chosen) >= TOP:
            return False
        true = sum(chosen.answer is True for chosen, _ in self.chosen)
        return true + 1 > TRUE_SHARE * TOP

    def _stated(self) -> set[int]:
        """The sentences a chosen true/false states."""
        return {chosen.sentence.index for chosen, _ in self.chosen if chosen.kind is Kind.TRUE_FALSE}

    def kept(self) -> list[tuple[Draft, float]]:
        """The chosen items, less the lowest-ranked blanks while real questions are under
        ``REAL_SHARE`` of the top: a list of blanks is not a quiz, and a short list is better.
        Unless only blanks were asked for."""
        kept = list(self.chosen)
        while set(self.kinds) - {Kind.CLOZE} and _real_share(kept[:TOP]) < REAL_SHARE:
            blanks = [i for i, (draft, _) in enumerate(kept[:TOP]) if draft.kind is Kind.CLOZE]
            if not blanks:
                break
            del kept[blanks[-1]]
        return kept

    def _too_few_questions_with(self, kind: Kind) -> bool:
        """Whether taking a ``kind`` leaves real questions (a question or true/false, not a blank)
        under ``REAL_SHARE`` of the top: then another kind of the same fact is taken if it can be."""
        if len(self.chosen) >= TOP or kind is not Kind.CLOZE:
            return False
        real = sum(self.used[kind] for kind in (Kind.WH, Kind.MCQ, Kind.TRUE_FALSE))
        return real < REAL_SHARE * (len(self.chosen) + 1)

    def _leaks(self, draft: Draft) -> bool:
        """The draft's prompt prints a chosen answer, or a chosen prompt prints its answer (see
        ``_hides``)."""
        return any(
            (_hides(other) and mentions(draft.prompt, other))
            or (_hides(draft) and mentions(other.prompt, draft))
            or _states_a_figure_of(draft, other)
            or _states_a_figure_of(other, draft)
            for other, _ in self.chosen
        )


def _hides(draft: Draft) -> bool:
    """Whether another prompt that prints the draft's phrase gives it away: a blank's or a
    question's answer, and the phrase a false statement swapped out ("a $15 billion industry"
    beside another item's "a $10 billion industry"). A true statement shows its phrase itself."""
    return draft.kind is not Kind.TRUE_FALSE or draft.answer is False


STATED_FIGURES = frozenset({"MONEY", "PERCENT"})


def _states_a_figure_of(statement: Draft, other: Draft) -> bool:
    """A true statement that states an amount another item's prompt prints: one fact twice ("In
    all, MLB is a $10 billion industry" beside "... revenues of close to $10 billion")."""
    if statement.kind is not Kind.TRUE_FALSE or statement.answer is not True:
        return False
    figures = [entity.text for entity in entities(statement.sentence.span) if entity.label_ in STATED_FIGURES]
    return any(figure in statement.prompt and says(other.prompt, figure) for figure in figures)


def _poor_blank(draft: Draft) -> bool:
    """A blank in a sentence under ``MIN_CLOZE_WORDS``, or beside a quotation (a slogan, a
    nickname, a quoted opinion: raters accepted 4 of 40 such blanks on the tuning pages, against
    80 of 355 others). Its fact may still be asked another way."""
    if draft.kind is not Kind.CLOZE:
        return False
    return len(draft.prompt.split()) < MIN_CLOZE_WORDS or any(mark in draft.prompt for mark in QUOTE_MARKS)


MIN_QUESTION_WORDS = 8
"""A question shorter than this says too little to have one answer ("Who caused another upset?"):
raters accepted 1 of 7 on the tuning pages and the unseen Lee-corpus news, against 66 of 159
longer ones. Choices do not make up for it ("How many others may have escaped?"): of multiple
choice on such a stem they accepted 2 of 30, against 312 of 620 on longer ones."""


def _bare_question(draft: Draft) -> bool:
    """A wh-question or a multiple choice's stem under ``MIN_QUESTION_WORDS``; a role's ("Who is
    the former envoy to Ukraine?") names its own person."""
    return (
        draft.kind in {Kind.WH, Kind.MCQ}
        and draft.role is None
        and len(draft.prompt.split()) < MIN_QUESTION_WORDS
    )


MIN_STATEMENT_WORDS = 8
"""A true/false statement shorter than this has lost what made it a fact ("Huckabee praised his
supporters.", "Carlesimo changed his lineup.", once the clause that said when or how is cut): on
unseen news both raters rejected all 5 such that were not a role's, and accepted the one that was;
on the tuning pages raters accepted 4 of 11 true/false statements under ten words, against 89 of
160 longer ones."""


def _bare_statement(draft: Draft) -> bool:
    """A true/false statement under ``MIN_STATEMENT_WORDS``; a role's ("Vettori is the New Zealand
    skipper.") names its own person and what he is."""
    return (
        draft.kind is Kind.TRUE_FALSE
        and draft.role is None
        and len(draft.prompt.split()) < MIN_STATEMENT_WORDS
    )


def _name_to_recognise(draft: Draft) -> bool:
    """A name asked as a blank or among choices: on the tuning pages raters accepted 12 of 46 such
    blanks and 4 of 17 such choices (the name is guessed from the sentence, or the other names
    take other roles), against 28 of 44 blanks and 36 of 59 choices of a figure or a date. The
    fact is still asked as a question or a true/false statement; a role ("Who is the former
    envoy?") keeps its choices."""
    return draft.kind in {Kind.CLOZE, Kind.MCQ} and draft.role is None and draft.phrase.label in NAME_LABELS


def _real_share(items: list[tuple[Draft, float]]) -> float:
    return sum(draft.kind is not Kind.CLOZE for draft, _ in items) / len(items) if items else 1.0


def mentions(prompt: str, draft: Draft) -> bool:
    """Whether ``prompt`` gives away ``draft``'s answer: the whole answer, a person's surname
    ("Neumann" for "Adam Neumann"), an organisation's first name ("SoftBank" for "SoftBank
    Group Corp"), or a country's people ("Somali" for "Somalia")."""
    text = prompt.casefold()
    answer = draft.answer_text.casefold()
    if answer in text or says(prompt, draft.answer_text):
        return True
    if draft.phrase.label == "GPE" and draft.answer_text in word_lists.COUNTRIES:
        demonym = word_lists.COUNTRIES[draft.answer_text][0].casefold()  # "a rebel Somali group"
        if re.search(rf"\b{re.escape(demonym)}\b", text):
            return True
    if draft.phrase.label == "CARDINAL" and _ordinal_of_the_count(text, draft):
        return True
    if _figure_of_a_range(text, answer):
        return True
    words = draft.answer_text.split()
    if draft.phrase.label in {"PERSON", "ORG"} and len(words) > 1:
        key = words[-1] if draft.phrase.label == "PERSON" else words[0]
        return len(key) > 3 and re.search(rf"\b{re.escape(key.casefold())}\b", text) is not None
    return False


def _figure_of_a_range(text: str, answer: str) -> bool:
    """ "between six and 12 months" gives away "six months": the figure, then another, then its
    unit."""
    number, _, unit = answer.partition(" ")
    if not unit or parse_number(number) is None:
        return False
    joined = rf"\b{re.escape(number)} (?:and|or|to) \S+ {re.escape(unit)}\b"
    return re.search(joined, text) is not None


ORDINAL_COUNTS = range(2, 100)
"""Counts whose ordinal says how many there are: a "third case" means three; a "first" is no count."""


def _ordinal_of_the_count(text: str, draft: Draft) -> bool:
    """ "How many cases of plague have been diagnosed?" (three) beside "a third case of plague":
    the count's ordinal before the noun it counts gives the count away. ``text``: the prompt in
    lower case."""
    number = parse_number(draft.answer_text)
    answer = draft.phrase.span(draft.sentence.span.doc)
    if number is None or answer.root.dep_ != "nummod" or number.value not in ORDINAL_COUNTS:
        return False
    word, digits = ordinals(int(number.value))
    noun = re.escape(answer.root.head.lemma_.casefold())
    return re.search(rf"\b(?:{word}|{digits})\b(?:\s+[\w-]+)?\s+{noun}", text) is not None


def fact_key(group: Group) -> str:
    """What makes two facts one: the same answer; a statement asked only as true/false, whose
    answer it shows rather than asks, is its own fact."""
    if group.statement_only:
        return f"statement:{group.first.sentence.index}"
    return answer_key(group.first)


def answer_key(draft: Draft) -> str:
    """What makes two answers the same fact's: a person is one person whether "Hollis" or
    "Derek Hollis"."""
    text = draft.answer_text.casefold()
    return "person:" + text.split()[-1] if draft.phrase.label == "PERSON" else text


def _near_duplicates(draft: Draft, other: Draft, similarities: dict[tuple[int, int], float]) -> bool:
    """The same fact asked twice from two sentences (a repeated line, a restated fact).
    ``similarities`` keeps each pair of sentences' similarity: the selection asks it again for
    every fact it weighs against the chosen ones."""
    if draft.sentence.index == other.sentence.index:
        return False
    pair = (draft.sentence.index, other.sentence.index)
    if pair not in similarities:
        similarities[pair] = fuzz.token_set_ratio(draft.sentence.text, other.sentence.text)
    similarity = similarities[pair]
    same_answer = draft.answer_text.casefold() == other.answer_text.casefold()
    return similarity >= NEAR_IDENTICAL or (same_answer and similarity >= NEAR_DUPLICATE)


__all__ = ["KIND_SHARE", "TOP", "Selection", "answer_key", "fact_key"]
