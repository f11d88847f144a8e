"""Answer phrases: the spans of a sentence worth asking about.

Named entities first, repaired where the small model is known to slip (a surname tagged ORG
when the article names the person in full, "40,000 euros" tagged as a bare number, a first name
left out of a PERSON), then key noun phrases, which often make good cloze gaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.analysis import entities
from generator.dates import is_year
from generator.figures import MAGNITUDES
from generator.page_lexicon import page_lexicon
from generator.values import DURATION

ENTITY_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "EVENT",
        "DATE",
        "CARDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "TIME",
    }
)
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
VERBLESS_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
"""Names that never hold a finite verb (a title of a work may: "Who Framed Roger Rabbit")."""
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CURRENCY_NOUNS = frozenset(
    {
        "euro",
        "dollar",
        "pound",
        "yen",
        "won",
        "yuan",
        "peso",
        "rupee",
        "franc",
        "krone",
        "krona",
        "real",
        "rand",
        "shilling",
        "sol",
        "sole",
        "dirham",
        "ruble",
        "rouble",
    }
)
TITLES = frozenset(
    {
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
        "Professor",
        "Judge",
        "Justice",
        "Mayor",
        "President",
        "Senator",
        "Sen.",
        "Rep.",
        "Gov.",
        "Governor",
        "Gen.",
        "General",
        "Minister",
        "Director",
        "Chief",
        "Officer",
        "Captain",
        "Capt.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Bishop",
        "Rev.",
        "Father",
        "Sister",
        "Chancellor",
        "Premier",
        "Secretary",
        "Commissioner",
        "Inspector",
        "Sergeant",
        "Sgt.",
        "Lt.",
        "Lt",
        "Lieutenant",
        "Colonel",
        "Col.",
        "Col",
        "Major",
        "Maj.",
        "Coach",
        "Attorney",
        "Lawyer",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Councillor",
        "Councilor",
        "District",
        "Deputy",
        "Associate",
        "Assistant",
    }
)
VAGUE_AMOUNTS = frozenset(
    {
        "several",
        "hundreds",
        "thousands",
        "dozens",
        "millions",
        "billions",
        "many",
        "few",
        "some",
        "numerous",
        "countless",
    }
)
PARTS_OF_A_PERIOD = frozenset({"early", "late", "mid", "last", "next", "past", "first", "recent", "coming"})
"""Words before a year that are part of the date asked ("early 2027"), not the stem's."""
_LEADING_PREPOSITIONS = frozenset({"between", "from", "since", "until", "till", "through", "during", "by"})
_LEADING_HEDGES = frozenset(
    {
        "some",
        "around",
        "about",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "over",
        "more",
        "than",
        "less",
        "fewer",
        "up",
        "to",
        "the",
        "a",
        "an",
        "just",
        "only",
        "at",
        "least",
        "most",
        "below",
        "above",
        "under",
        "estimated",
    }
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_CALENDAR_DATE = re.compile(rf"\b{_MONTH}(?:\s|$)|\b(?:1[0-9]|20)\d\d(?:s)?\b")
"""A month name, a year or a decade: "27-year-old", "every year" and "Sunday" are not dates to learn."""
_DURATION = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
    r" (?:years?|months?|weeks?|days?|decades?|centuries)(?: and \S+ (?:months?|weeks?|days?))?(?: old)?$",
    re.IGNORECASE,
)
"""A stated length of time ("4,300 years", "six years and three months"): a fact; "a year" is not."""
_NOISE = re.compile(r"@|https?:|www\.|^[A-Z]{2,}(?:/[A-Z]+)+$")
MAX_ANSWER_TOKENS = 7


@dataclass(frozen=True)
class AnswerPhrase:
    """A span of the document: ``start``/``end`` are token indices, ``label`` the answer's type."""

    start: int
    end: int
    label: str

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def person_names(docs: Iterable[Doc]) -> frozenset[str]:
    """Every word of every full PERSON name in the article: a lone "Chepkoech" is then known to
    be a person even where the model calls it an organisation, and a lone "Turnout" the model
    calls a person is known not to be one."""
    names: set[str] = set()
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ == "PERSON" and len(entity) > 1:
                names.update(token.text for token in entity if token.is_title and token.pos_ == "PROPN")
    return frozenset(names - TITLES)


_PER_CENT = re.compile(r"(?:\bper ?cent|\bpct|%)$", re.IGNORECASE)


def answer_phrases(sentence: Span, *, people: frozenset[str]) -> list[AnswerPhrase]:
    """Entity answers in sentence order: names, figures and dates. A description ("a temporary
    office") is no answer: raters find its recall teaches nothing."""
    found = [
        phrase for entity in entities(sentence) if (phrase := _repaired(entity, sentence, people=people))
    ]
    return sorted(found, key=lambda phrase: phrase.start)


def _repaired(entity: Span, sentence: Span, *, people: frozenset[str]) -> AnswerPhrase | None:
    """``sentence``: the entity's own, whose bounds ``Span.sent`` would find again each time."""
    doc, label = entity.doc, entity.label_
    start, end = entity.start, entity.end
    counts = entity.root.dep_ == "nummod" and entity.root.head.tag_ == "NNS"  # "sold 2016 buses"
    if label == "CARDINAL" and is_year(entity.text) and not counts:
        label = "DATE"  # "A 2016 security fair": a year the model took for a count
    if (
        label in {"ORG", "GPE", "NORP", "LAW"}
        and entity[-1].text in people
        and all(t.is_title for t in entity)
    ):
        label = "PERSON"
    if label == "PERSON":
        while (
            start > sentence.start
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].text[:1].isupper()  # "shadow chancellor Oliver Letwin": a title, small
            and doc[start - 1].ent_type_ in {"", "PERSON"}
            and doc[start - 1].text not in TITLES
        ):
            start -= 1
        while end - start > 1 and doc[start].text in TITLES:
            start += 1  # "Judge Okonkwo" is asked as "Okonkwo": the title belongs to the question
        if doc[start].text in TITLES:
            return None  # "Lt Col": a rank, no name
        if end - start == 1 and doc[start].text not in people:
            return None  # a lone capitalised word ("Turnout") the model took for a name
    if label in NUMERIC_LABELS and start > sentence.start and doc[start - 1].tag_ == "$":
        label, start = "MONEY", start - 1  # "$449,000" whose "$" the model left out
    if label == "CARDINAL" and end < sentence.end and doc[end].lemma_.lower() in CURRENCY_NOUNS:
        label, end = "MONEY", end + 1
    if label in NUMERIC_LABELS and _PER_CENT.search(doc[start:end].text):
        label = "PERCENT"  # "90 per cent", which the model may call an amount of money
    if label in NUMERIC_LABELS and end < sentence.end and _glued_magnitude(doc, end):
        end += 1  # "£75m", "1.6m" whose "m" the model left out
    if label in NUMERIC_LABELS and end < sentence.end and _glued_capital(doc, end):
        return None  # the "3" of "3G", the "4" of "4K": part of a name
    if (
        label in NUMERIC_LABELS | {"DATE"}
        and end < sentence.end
        and doc[end].lower_ in page_lexicon().time_zones
    ):
        label = "TIME"  # "at 1230 GMT", which the model takes for a date or a count
    if label == "DATE":
        end = _date_end(doc, start, end)
    while start < end and (
        doc[start].lower_ in _LEADING_HEDGES or doc[start].lower_ in _LEADING_PREPOSITIONS
    ):
        if label == "WORK_OF_ART" and doc[start].text == "The":
            break  # a title's own "The" ("The Harbour at Dawn") is part of it
        start += 1
    while label in {"PERCENT", "QUANTITY"} and start < end and doc[start].pos_ == "NOUN":
        start += 1  # "their protective gear 90 percent of the time": the model's figure took a noun
    while (
        label in NUMERIC_LABELS | {"DATE"}
        and start < end - 1
        and doc[start].pos_ in {"ADJ", "NOUN"}
        and not doc[start].like_num
        and doc[start].lower_ not in PARTS_OF_A_PERIOD
        and doc[start + 1].like_num
    ):
        start += 1  # "a record 28 million hours": the figure is the answer, "record" the stem's
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text != "%") or doc[end - 1].tag_ == "POS"
    ):
        end -= 1  # not the "%" of "94.7%", which says the figure is a share
    if start >= end or label not in ENTITY_LABELS or end - start > MAX_ANSWER_TOKENS:
        return None
    text = doc[start:end].text
    if label in VERBLESS_LABELS and any(token.tag_ in FINITE_VERB_TAGS for token in doc[start:end]):
        return None  # "Garrett hit Rudolph" taken for one organisation: a clause, no name
    if label == "DATE" and not _CALENDAR_DATE.search(text) and _DURATION.match(text):
        label = DURATION
        if _in_compound_duration(doc, start, end):
            return None
    if _NOISE.search(text) or (label == "DATE" and not _CALENDAR_DATE.search(text)):
        return None
    if label not in NUMERIC_LABELS | {"DATE", "TIME", "LAW", DURATION} and any(
        character.isdigit() for character in text
    ):
        return None
    if label == "TIME" and not any(character.isdigit() for character in text):
        return None
    if label in NUMERIC_LABELS and not any(
        token.like_num or _with_magnitude(token) for token in doc[start:end]
    ):
        return None
    if label == "CARDINAL" and text.lower() == "one":
        return None  # "one of the ...": a figure of speech, not a fact
    if label == "CARDINAL" and start > sentence.start and _names_a_model(doc[start - 1]):
        return None  # "Surface Book 2", "Apollo 11": the number is part of a name
    if label in NUMERIC_LABELS and any(token.lower_ in VAGUE_AMOUNTS for token in doc[start:end]):
        return None
    if label in NUMERIC_LABELS and _end_of_a_range(doc, start, end, sentence):
        return None
    return AnswerPhrase(start=start, end=end, label=label)


RANGE_MARKS = frozenset({"to", "or", "-", "–", "—"})
"""Between the ends of a range: "1.5 to 2 degrees", "three or four in the morning"."""


def _end_of_a_range(doc: Doc, start: int, end: int, sentence: Span) -> bool:
    """ "1.5" or "2 degrees" of "more than 1.5 to 2 degrees": one end of a range, which asked alone
    leaves the other hanging ("rising more than 1.5 how many degrees?"). The figure a change
    reaches is no range's end: "rose from 300 to 450" asks "from 300 to how many?"."""
    opens = (
        doc[end - 1].like_num  # "1.5 to 2 degrees"; not "rose 0.9 percent to 2,232", a change then a level
        and end + 1 < sentence.end
        and doc[end].lower_ in RANGE_MARKS
        and doc[end + 1].like_num
    )
    closes = start - 2 >= sentence.start and doc[start - 1].lower_ in RANGE_MARKS and doc[start - 2].like_num
    reached = closes and start - 3 >= sentence.start and doc[start - 3].lower_ == "from"
    return opens or (closes and not reached)


def _names_a_model(before: Token) -> bool:
    """Whether a number after ``before`` completes a name: a capitalised name right before it, with
    no comma between ("Surface Book 2"; "Commodore 64", which opening a sentence the model may take
    for a common noun), but not a month ("May 5")."""
    return (
        before.pos_ in {"PROPN", "NOUN"}
        and before.text[:1].isupper()
        and before.ent_type_ not in {"DATE", "TIME"}
    )


def _glued_magnitude(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a "m" or "bn" written onto the number before it."""
    return doc[index].lower_ in MAGNITUDES and doc[index - 1].like_num and not doc[index - 1].whitespace_


_WITH_MAGNITUDE = re.compile(r"\d[\d,.]*([a-z]+)", re.IGNORECASE)


def _with_magnitude(token: Token) -> bool:
    """ "3bn" of "£3bn", one token: a number with its magnitude written on."""
    match = _WITH_MAGNITUDE.fullmatch(token.text)
    return match is not None and match.group(1).lower() in MAGNITUDES


def _glued_capital(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a capital letter written onto the number before it ("3G")."""
    return doc[index].text.isupper() and doc[index].is_alpha and not doc[index - 1].whitespace_


def _in_compound_duration(doc: Doc, start: int, end: int) -> bool:
    """ "three months" of "six years and three months": a part, not the fact."""
    before = doc[start - 2 : start] if start >= 2 else None
    after = doc[end : end + 3] if end + 3 <= len(doc) else None
    units = ("year", "month", "week", "day")
    joined_before = before is not None and before[1].lower_ == "and" and before[0].lemma_ in units
    joined_after = after is not None and after[0].lower_ == "and" and after[2].lemma_ in units
    return joined_before or joined_after


def _date_end(doc: Doc, start: int, end: int) -> int:
    """Where a date the model ran on ends: "Thursday, November 6, to six years and" is
    "Thursday, November 6"; a range ("between 2017 and 2023") keeps its two ends."""
    for index in range(start + 1, end):
        if doc[index].lower_ in {"to", "until", "through"} and _CALENDAR_DATE.search(doc[start:index].text):
            return index
        if doc[index].lower_ == "and" and not _CALENDAR_DATE.search(doc[index + 1 : end].text):
            return index
    return end


__all__ = [
    "CURRENCY_NOUNS",
    "DURATION",
    "ENTITY_LABELS",
    "NAME_LABELS",
    "NUMERIC_LABELS",
    "AnswerPhrase",
    "answer_phrases",
    "person_names",
]
