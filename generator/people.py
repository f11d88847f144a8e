"""People: whom an article is about, who acts in it and who only speaks in it.

A role ("Kurt Volker, the former special envoy to Ukraine") is asked of a person the article is
about and makes act (``people_in_the_news``), not of a source it only quotes or visits; a person's
choices are people who act too (``doers``): someone only talked about ("a call with Zelensky")
would be a choice of another role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Token

from generator.analysis import entities, tokens_of
from generator.sentences import Sentence
from generator.statements import reports

MAIN_PERSON_SHARE = 0.2
"""A person named in this share of the article's sentences is one it is about. On the tuning pages
raters accepted 8 of 9 verdicts on the role of a person named in a quarter of the sentences, and
3 of 19 on the roles (asked or stated) of people named in fewer (an analyst, an association's
head, a spokesman, a film's character): whose title is an attribution, not news."""


def people_in_the_news(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The surnames of the people the article is about (named in ``MAIN_PERSON_SHARE`` of its
    sentences, and in two at least) and makes act (the subject of what happens at least once,
    not only quoted or talked about): whose role a reader keeps.
    The surname alone may be another entity to the small model, or none."""
    surnames = {
        entity[-1].text for s in sentences for entity in entities(s.span) if entity.label_ == "PERSON"
    }
    named: Counter[str] = Counter()
    acting: set[str] = set()
    for sentence in sentences:
        if not any(surname in sentence.text for surname in surnames):
            continue  # most sentences name no one: no need to walk their tokens
        found = [token for token in tokens_of(sentence.span) if token.text in surnames]
        named.update({token.text for token in found})
        acting.update(token.text for token in found if token.i not in sentence.dropped and _acts(token))
    least = max(2, MAIN_PERSON_SHARE * len(sentences))
    return frozenset(name for name in acting if named[name] >= least)


def doers(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The surnames of the people some sentence makes the subject of what happens (not of a verb
    of saying)."""
    found = set()
    for sentence in sentences:
        for entity in entities(sentence.span):
            head = entity.root
            if entity.label_ == "PERSON" and head.dep_ in {"nsubj", "nsubjpass"} and not reports(head.head):
                found.add(entity[-1].text)
    return frozenset(found)


APPOINTING_VERBS = frozenset(
    {"appoint", "name", "hire", "add", "elect", "nominate", "promote", "tap", "choose", "select", "pick"}
)
"""Verbs whose object takes a role: "my6sense is adding Ivan Braiker as its Chief Strategy Officer"
makes the role the news."""


def _acts(name: Token) -> bool:
    """ "Halloran approved the contract": the name is the subject of what happens, or the one given
    a role; not "Maley said" (who speaks) nor "the thaw worried Georgelis" (whom it happens to)."""
    head = name.head if name.dep_ == "compound" else name
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in APPOINTING_VERBS
    return head.dep_ in {"nsubj", "nsubjpass"} and not reports(head.head)


__all__ = ["MAIN_PERSON_SHARE", "doers", "people_in_the_news"]
