"""In-situ questions: the statement itself, with a question phrase where the answer stood.

"Britain would leave the EU on Oct. 31." -> "Britain would leave the EU on what date?"; "a swap
for three insurgents" -> "a swap for how many insurgents?". Quiz writers use this form where
moving the question word to the front would need a clause the parse does not make certain; it
keeps the sentence's own grammar, so it is made only where the question phrase can stand in the
answer's place: a date, a count before its noun, an amount, or a named organisation or place
that is the object of a verb or a preposition.
"""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Span, Token

from generator.analysis import plural
from generator.answers import DURATION, AnswerPhrase
from generator.dates import is_year
from generator.lexicon import english
from generator.sentences import Sentence
from generator.statements import is_dash
from generator.wh import PlaceKind, organisation_word
from generator.wording import in_place_of_answer, render, says, set_before, simplified_tokens

_DAY = re.compile(r"\b\d{1,2}\b(?!\d)")
_DECADE = re.compile(r"^(?:the )?(?:19|20)\d0s$")
_MONTH_YEAR = re.compile(r"^[A-Z][a-z]+\.? (?:19|20)\d\d$")
_MONTH = re.compile("^(?:" + "|".join(calendar.month_name[1:]) + ")$")
OBJECT_DEPS = frozenset({"pobj", "dobj"})
_COMMA_BEFORE_THE_MARK = re.compile(r",\s*[\"”’']?\?$")
"""A question ending '... at which center, "browsed the Internet,"?': a clause cut at its comma."""
APPROXIMATIONS = frozenset(
    ("about", "around", "roughly", "approximately", "nearly", "almost", "some", "just")
)
BOUNDS = frozenset({"more", "less", "fewer", "than", "over", "under", "up", "to", "at", "least", "most"})
HEDGES = APPROXIMATIONS | BOUNDS
"""Words before a figure that hedge it: an approximation ("about 300") goes with the answer, a bound
("more than 300", "up to 300") stays in the question, whose answer is then a threshold, not the
amount ("raised over how much?": raters rejected "raised how much?" for "over $100,000")."""


def in_situ_question(sentence: Sentence, answer: AnswerPhrase, *, place_kind: PlaceKind) -> str | None:
    tokens = simplified_tokens(sentence, answer)
    if tokens is None or not tokens or not tokens[-1].is_punct or tokens[-1].text != ".":
        return None
    doc = sentence.span.doc
    span = answer.span(doc)
    phrase = _question_phrase(span, answer.label, place_kind=place_kind)
    if phrase is None:
        return None
    question_words, dropped_before = phrase
    subject_start = min(
        (child.left_edge.i for child in sentence.root.children if child.dep_ in {"nsubj", "nsubjpass"}),
        default=sentence.root.i,
    )
    if answer.start < subject_start and not any(
        child.dep_ in {"nsubj", "nsubjpass"} and child.left_edge.i <= answer.start <= child.right_edge.i
        for child in sentence.root.children
    ):
        return None  # "In which month, NASA awarded ...": a fronted phrase left behind a comma
    kept = [token for token in tokens[:-1] if token.i not in dropped_before]
    if sentence.root.pos_ not in {"VERB", "AUX"} or _clause_after(kept, answer) or _clause_before(kept, span):
        return None  # "The fact that Annie had been ... in how many years?"; "X, and how many ..., but they"
    if "," in span.text:  # "on July 27, 1999, were": the comma after the year closes the date
        kept = [token for token in kept if not (token.i == answer.end and token.text == ",")]
    if _inside_aside(kept, answer) or _in_appositive(span):
        return None  # "— the first took place in what year —": a question inside an aside
    if _fronted_before_comma(kept, answer):
        return None  # "..., and, in January 2015, the company filed": "In which month, the company filed"
    if _set_off_by_commas(kept, answer):
        return None  # "The accident, on 17 October 2000, happened": "The accident, on what date, happened"
    opening = kept and answer.start <= kept[0].i < answer.end
    if opening and not set_before(kept[0], sentence.replacements):  # not "On Nov. 19, 2019, how many"
        question_words = question_words[:1].upper() + question_words[1:]
    pieces = in_place_of_answer(kept, answer, question_words, replacements=sentence.replacements)
    question = render([*pieces, "?"], replacements=sentence.replacements)
    if says(question, span.text) or _COMMA_BEFORE_THE_MARK.search(question):
        return None
    return question


def _fronted_before_comma(kept: list[Token], answer: AnswerPhrase) -> bool:
    """Whether the question would open with its question phrase set off by a comma: the phrase
    fronted in the page's clause, which a question cannot leave there."""
    before = [token for token in kept if token.i < answer.start]
    after = next((token for token in kept if token.i >= answer.end), None)
    return (
        all(token.pos_ in {"ADP", "PUNCT", "CCONJ"} for token in before)
        and after is not None
        and after.text == ","
    )


def _set_off_by_commas(kept: list[Token], answer: AnswerPhrase) -> bool:
    """Whether the question phrase, with its preposition, stands between two commas inside the
    sentence: no question is asked from inside an aside (a fresh BBC round: ungrammatical)."""
    before = [token for token in kept if token.i < answer.start]
    while before and before[-1].pos_ == "ADP":
        before.pop()
    after = next((token for token in kept if token.i >= answer.end), None)
    return len(before) > 1 and before[-1].text == "," and after is not None and after.text == ","


def _clause_after(kept: list[Token], answer: AnswerPhrase) -> bool:
    """Whether the question would go on past the answer's clause into another joined by "and" or
    "but" with its own subject: a question word wedged in the middle of a compound sentence
    ("..., and how many members were on hand, but they could not cope?") makes no question."""
    kept_at = {token.i for token in kept}
    return any(
        token.dep_ == "conj"
        and token.pos_ in {"VERB", "AUX"}
        and token.left_edge.i >= answer.end
        and (
            any(
                child.dep_ in {"nsubj", "nsubjpass", "expl"} and child.i in kept_at
                for child in token.children
            )
            or _subject_hung_elsewhere(token, answer)
        )
        for token in kept
    )


def _clause_before(kept: list[Token], answer: Span) -> bool:
    """Whether the answer is in a clause joined with a subject of its own after another the
    question keeps: "The Lib Dems raised worries in February and how many people have signed up?"
    asks nothing of its first half. Not where the subject is a pronoun, which the first half names
    ("Debates are new in Harlow and they drew crowds in what year?")."""
    verb = answer.root
    while verb.dep_ not in {"ROOT", "conj"} and verb.head is not verb:
        verb = verb.head
    return (
        verb.dep_ == "conj"
        and verb.pos_ in {"VERB", "AUX"}
        and any(child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON" for child in verb.children)
        and any(token.i < verb.left_edge.i and not token.is_punct for token in kept)
    )


def _subject_hung_elsewhere(verb: Token, answer: AnswerPhrase) -> bool:
    """ "a list of gadgets for 2004 and the iPod is at number one": the joined clause's subject,
    which the model hung on the answer, stands between the "and" and its verb."""
    doc = verb.doc
    joint = next(
        (i for i in range(verb.i - 1, answer.end - 1, -1) if doc[i].dep_ == "cc"),
        None,
    )
    return (
        joint is not None
        and verb.tag_ in {"VBZ", "VBD", "VBP"}
        and any(doc[i].pos_ in {"NOUN", "PROPN", "PRON"} for i in range(joint + 1, verb.i))
    )


def _inside_aside(tokens: list[Token], answer: AnswerPhrase) -> bool:
    """Whether the answer sits between two dashes (a parenthesis is never part of the statement)."""
    before = [token for token in tokens if token.i < answer.start]
    after = [token for token in tokens if token.i >= answer.end]
    return sum(map(is_dash, before)) % 2 == 1 and any(map(is_dash, after))


def _in_appositive(span: Span) -> bool:
    """ "Kurt Volker, the former special envoy to which country, testified ...", "Hale and Orr,
    assigned to the special unit at which center, browsed ...": the question phrase inside a
    description set off from its name."""
    token = span.root
    while token.head != token:
        if token.dep_ == "appos" or (token.dep_ == "acl" and _set_off(token)):
            return True
        token = token.head
    return False


def _set_off(clause: Token) -> bool:
    """A description between commas: ", assigned to the special unit at ...,"."""
    doc = clause.doc
    before, after = clause.left_edge.i - 1, clause.right_edge.i + 1
    return before >= 0 and doc[before].text == "," and after < len(doc) and doc[after].text == ","


def _question_phrase(span: Span, label: str, *, place_kind: PlaceKind) -> tuple[str, set[int]] | None:
    """The words that ask for the answer in its place, and the hedge words before it to leave out."""
    head = span.root
    text = span.text
    if label == "DATE":
        if head.dep_ != "pobj" or _preceded_by_determiner(span):
            return None
        if is_year(text):
            return "what year", set()
        if _DECADE.match(text):
            return "which decade", set()
        if _MONTH_YEAR.match(text) or _MONTH.match(text):
            return "which month", set()
        if _DAY.search(text) and any(char.isalpha() for char in text):  # not a season: "in 2005-06"
            return "what date", set()
        return None
    if label == "CARDINAL":
        noun = head.head
        if head.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.i != span.end or not plural(noun):
            return None  # "with 1500m victory", "two-time winner": no "how many victory"
        hedges = _hedges_before(span)
        if any(index not in hedges for index in range(noun.left_edge.i, span.start)):
            return None  # "WeWork's 12,000 employees" cannot ask "WeWork's how many employees"
        return "how many", _approximations(span, hedges)
    if label in {"QUANTITY", DURATION}:
        unit = span[-1]
        if not unit.is_alpha or unit.tag_ != "NNS" or head.dep_ not in OBJECT_DEPS | {"npadvmod"}:
            return None  # "by a metre" cannot ask "by how many metre"
        if span.start > 0 and span.doc[span.start - 1].dep_ in {"det", "poss"}:
            return None
        return f"how many {_hyphenated(span)}", _approximations(span, _hedges_before(span))
    if label in {"MONEY", "PERCENT"} and _preceded_by_determiner(span):
        return None  # "fell short of the $20 demanded" cannot ask "of the how much"
    if label == "MONEY":
        by = _by_for_a_change(head)
        if head.dep_ not in OBJECT_DEPS and not by:
            return None
        return by + "how much", _approximations(span, _hedges_before(span)) | _of_a_mass(span)
    if label == "PERCENT":
        if head.dep_ not in OBJECT_DEPS | {"npadvmod"}:
            return None
        return _by_for_a_change(head) + "what percentage", _approximations(span, _hedges_before(span))
    if head.dep_ not in OBJECT_DEPS or _preceded_by_determiner(span) or _described_before(span):
        return None
    if label == "ORG" and not _placed(span) and (word := organisation_word(span)) is not None:
        return word.lower(), set()
    if label == "GPE" and (kind := place_kind(text)):
        return f"which {kind}", set()
    return None


def _of_a_mass(amount: Span) -> set[int]:
    """ "reclassified £3.4bn of spending": "how much spending", not "how much of spending"; an "of"
    before a phrase with a determiner stays ("how much of the budget")."""
    after = amount.end
    if after >= len(amount.doc) or amount.doc[after].lower_ != "of":
        return set()
    objects = [child for child in amount.doc[after].children if child.dep_ == "pobj"]
    if len(objects) != 1 or any(child.dep_ in {"det", "poss"} for child in objects[0].children):
        return set()
    return {after}


def _by_for_a_change(amount: Token) -> str:
    """ "Sales fell 2 percent" asks "Sales fell by what percentage?": the bare amount of a verb of
    change is how far it moved, which a question phrase in its place says with "by"."""
    verb = amount.head
    moved = amount.dep_ in {"dobj", "npadvmod"} and verb.lemma_.lower() in english.change_verbs
    return "by " if moved else ""


def _hyphenated(span: Span) -> str:
    """The unit that ends a quantity, with the words hyphened to it ("kilowatt-hours", not "hours")."""
    start = len(span) - 1
    while (
        start >= 2
        and span[start - 1].text == "-"
        and not span[start - 1].whitespace_
        and not span[start - 2].whitespace_
        and span[start - 2].is_alpha  # not the figure of "3-inches"
    ):
        start -= 2
    return span[start:].text


def _approximations(span: Span, hedges: set[int]) -> set[int]:
    """The hedges to leave out of the question: the approximations, not the bounds (``HEDGES``)."""
    return {index for index in hedges if span.doc[index].lower_ in APPROXIMATIONS}


def _hedges_before(span: Span) -> set[int]:
    """ "more than 4,000 people", "about 300 people": the hedge words before the figure."""
    hedges: set[int] = set()
    index = span.start - 1
    while (
        index >= span.sent.start
        and span.doc[index].lower_ in HEDGES
        and span.doc[index].dep_ in {"quantmod", "advmod", "amod"}
    ):
        hedges.add(index)
        index -= 1
    return hedges


SPATIAL = frozenset({"around", "near", "outside", "inside", "across", "along", "beside", "toward", "towards"})
PLACE_NOUNS = frozenset({"suburb", "town", "city", "village", "region", "district", "province", "area"})
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west"}
)


def _placed(span: Span) -> bool:
    """ "stretching from around Campbelltown, south-west of Sydney", "an area west of Windy Gully":
    a name the model calls an organisation where only a place can stand."""
    doc = span.doc
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    if preposition is not None and (
        preposition.lower_ in SPATIAL
        or (preposition.lower_ == "of" and preposition.head.lower_ in DIRECTIONS | PLACE_NOUNS)
    ):
        return True  # "west of Windy Gully", "the suburb of Hornsby"
    return (
        span.end + 1 < span.sent.end and doc[span.end].text == "," and doc[span.end + 1].lower_ in DIRECTIONS
    )


def _described_before(span: Span) -> bool:
    """ "the fundamentalist Taliban": words of the answer's own phrase before it, which a question
    phrase cannot follow ("the fundamentalist which organisation")."""
    return any(child.i < span.start and child.dep_ in {"det", "poss", "amod"} for child in span.root.children)


def _preceded_by_determiner(span: Span) -> bool:
    """ "the £7.4m", "an extra £5m", 'the "full" £7.4m': "the full how much" is no question."""
    at = span.start - 1
    while at > span.sent.start and (span.doc[at].is_quote or span.doc[at].pos_ == "ADJ"):
        at -= 1
    before: Token | None = span.doc[at] if at >= span.sent.start else None
    return before is not None and (before.dep_ in {"det", "poss"} or before.tag_ == "POS")


__all__ = ["in_situ_question"]
