"""Roles: the fact an appositive states about a person, asked on its own.

"Kurt Volker, the former special envoy to Ukraine, testified ..." also says who Kurt Volker is:
Heilman & Smith's simplification takes an appositive out as a statement of its own ("Kurt Volker
is the former special envoy to Ukraine"), which gives "Who is the former special envoy to
Ukraine?". News names its people this way even inside a quotation's attribution ("said Dr. Sanne
de Vries, the oncologist who led the study"), where the sentence itself is no fact to ask: the
role is. Only a role that names one person ("the ...", or a title such as "chief executive of
Ceres Robotics") and reads alone (no pronoun, no quotation, not too long); an indefinite "a senior
Labour figure" has many right answers.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from generator.analysis import entities
from generator.answers import AnswerPhrase
from generator.sentences import Sentence
from generator.wording import render

MIN_WORDS, MAX_WORDS = 3, 14
DEFINITE = frozenset({"the"})
INDEFINITE = frozenset({"a", "an", "another", "one", "both", "all", "some"})
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "state", "country"})
BREAKS = frozenset({'"', "“", "”", "(", ")", "—", "–", "--", ";", ":"})


def roles(sentence: Sentence, *, people: Collection[str]) -> list[tuple[AnswerPhrase, str]]:
    """(the person, the role) for each person the sentence describes by an appositive, when the
    person is one the article is about (``people``: their surnames), not only a source it quotes."""
    doc = sentence.span.doc
    found: list[tuple[AnswerPhrase, str]] = []
    if "," not in sentence.text or not people:
        return found  # an appositive is set off by a comma
    for person in entities(sentence.span):
        if person.label_ != "PERSON" or person[-1].text not in people:
            continue
        for token in person.root.children:
            appositive = doc[token.left_edge.i : token.right_edge.i + 1]
            if token.dep_ != "appos" or not _set_off(person, appositive):
                continue
            role = _role(appositive, sentence)
            if role is not None:
                found.append((AnswerPhrase(person.start, person.end, "PERSON"), role))
    return found


def _set_off(person: Span, appositive: Span) -> bool:
    """ "Volker, the former envoy, ...": a comma between the name and its role."""
    between = person.doc[person.end : appositive.start]
    return [token.text for token in between] == [","]


def _role(appositive: Span, sentence: Sentence) -> str | None:
    words = [token for token in appositive if not token.is_punct]
    first = appositive[0]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or first.lower_ in INDEFINITE:
        return None
    if any(token.text in BREAKS for token in appositive) or appositive.root.ent_type_ == "PERSON":
        return None  # "McIlroy, Turnbull, Brown and McKee all ...": a list of names, no role
    if appositive.root.lemma_.lower() in PLACE_NOUNS:
        return None  # "Lashkar Gah, the capital of Helmand": a place the model took for a person
    if any(token.tag_ in {"PRP", "PRP$"} and token.i not in sentence.replacements for token in appositive):
        return None  # "her former record label"
    if first.pos_ not in {"DET", "NOUN", "PROPN", "ADJ"} or (
        first.pos_ == "DET" and first.lower_ not in DEFINITE
    ):
        return None
    text = render(list(appositive), replacements=sentence.replacements).rstrip(",.")
    if any(definite in text for definite in sentence.leans_on):
        return None  # "Trump's leading rival in the poll": which poll, an earlier sentence says
    text = text if first.pos_ == "PROPN" else text[:1].lower() + text[1:]
    owned = any(child.dep_ == "poss" for child in appositive.root.children)  # "Trump's rival"
    return text if first.lower_ == "the" or owned else f"the {text}"


__all__ = ["roles"]
