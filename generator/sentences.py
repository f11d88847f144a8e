"""Sentences worth asking about, and what to change so a question on one stands alone.

A quiz item is read without its neighbours, so a sentence whose meaning leans on context
("It was...", "The move comes after the two nations...") is refused, unless the lean is a
he/she whose person is certain (exactly one person in reach), which is then written out.
Quotes and first-person sentences are opinions, not facts to learn, and are refused too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from generator.analysis import entities
from generator.lexicon import english
from generator.statements import clean_statement, reports

MIN_WORDS, MAX_TOKENS = 6, 64
PRONOUN_REACH = 3
"""How many sentences back a he/she may point."""
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
FIRST_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "you", "your", "yours"})
_QUOTED = re.compile(r"[\"“«]([^\"”»]*)[\"”»]")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
MAX_QUOTED_TITLE_WORDS = 6
"""A short quoted phrase mid-sentence is a title ("The Harbour at Dawn"); a longer one is speech."""
_TIME_ANAPHOR = re.compile(
    r"^(?:Since then|Until then|By then|At the time|At that time|After that|Before that|Since that time|"
    r"In response|As a result|Even so|That year|That day|That month|The same day|"
    r"The next (?:day|week|month|year)|The following (?:day|week|month|year)|Later that|"
    r"A year later|Days later|Weeks later|Months later)\b",
    re.IGNORECASE,
)
_EMAIL_OR_HANDLE = re.compile(r"\S+@\S+\.\w+|(?<!\w)@\w+")
_YEAR_OLD = re.compile(r"\b(?:the|The) \d+-year-old\b")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article, with what a question about it must leave out or write out."""

    index: int
    span: Span
    paragraph: int
    problems: tuple[str, ...] = ()
    """Why no question may be asked about it; empty when it stands alone."""
    replacements: dict[int, str] = field(default_factory=dict)
    """Token index -> text to write instead (a resolved pronoun, a relative date written out)."""
    dropped: frozenset[int] = frozenset()
    """Token indices no item shows: dateline, attribution, discourse marker, parenthetical."""
    clause_root: Token | None = None
    """The verb of the clause that states the fact; the sentence's root when None."""
    attributed: bool = False
    """Reported speech whose attribution stays: only a cloze, which keeps it, may ask it."""
    negated: bool = False

    @cached_property
    def text(self) -> str:
        return self.span.text.strip()

    @property
    def root(self) -> Token:
        return self.clause_root if self.clause_root is not None else self.span.root

    @property
    def usable(self) -> bool:
        return not self.problems

    def shows(self, start: int, end: int) -> bool:
        """Whether every token of ``start:end`` is kept in the sentence's clean statement."""
        return not self.dropped.intersection(range(start, end))


def read_sentences(
    docs: Sequence[Doc], *, full_names: dict[str, str], published: date | None = None
) -> list[Sentence]:
    """Every sentence of the article in order, each judged on its own.

    ``full_names`` maps every known surname to the person's full name as the article gives it;
    ``published`` (the article's date) writes out "last year" and the like."""
    sentences: list[Sentence] = []
    vocabulary = Counter(token.text for doc in docs for token in doc if token.is_alpha)
    recent: deque[set[str]] = deque(maxlen=PRONOUN_REACH)
    actors: set[str] = set()
    """People the article has named as a subject so far: who a he/she may stand for."""
    nouns_before: set[str] = set()
    names_before: dict[str, set[str]] = defaultdict(set)
    for paragraph, doc in enumerate(docs):
        for span in doc.sents:
            if not span.text.strip():
                continue
            statement = clean_statement(span, published=published)
            candidates = set().union(*recent)
            named_out = _name_definites(span, names_before, skipped=statement.dropped)
            replacements, unresolved = _resolve_pronouns(
                span,
                candidates=candidates,
                subjects=actors,
                full_names=full_names,
                skipped=statement.dropped | statement.replacements.keys(),
            )
            problems = [
                *(
                    ["a claim: reported speech whose speaker stays in the sentence"]
                    if statement.attributed
                    else []
                ),
                *_elliptical(statement.root),
                *_shape_problems(span),
                *_typos(span, vocabulary),
                *_vagueness_problems(
                    span,
                    root=statement.root,
                    dropped=statement.dropped | statement.replacements.keys() | named_out.keys(),
                    earlier=nouns_before,
                ),
                *unresolved,
                *statement.problems,
            ]
            sentences.append(
                Sentence(
                    index=len(sentences),
                    span=span,
                    paragraph=paragraph,
                    problems=tuple(problems),
                    replacements={**named_out, **statement.replacements, **replacements},
                    dropped=statement.dropped,
                    clause_root=statement.root,
                    attributed=statement.attributed,
                    negated=any(token.dep_ == "neg" for token in span if token.i not in statement.dropped),
                )
            )
            _remember_names(span, names_before)
            named, acting = _people_named(span, full_names=full_names)
            recent.append(named)
            actors |= acting
            nouns_before.update(token.lemma_.lower() for token in span if token.pos_ in {"NOUN", "PROPN"})
    return sentences


NAMED_THINGS = frozenset({"ORG", "LAW", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LOC"})


def _remember_names(span: Span, names_before: dict[str, set[str]]) -> None:
    """Names a later "the X" may stand for, by their head word: "the league" for "the Arab League",
    "the bill" for "Bill C-47". The small model misses many names of bodies, so a noun phrase of
    capitalised words counts too ("the Canadian High-Speed Rail Authority")."""
    proper_chunks = [chunk for chunk in span.noun_chunks if chunk.root.pos_ == "PROPN"]
    for entity in [*entities(span), *proper_chunks]:
        if entity.label_ not in NAMED_THINGS | {"NP"} or len(entity) < 2:  # "NP": a noun chunk
            continue
        words = [token for token in entity if token.lower_ != "the" and token.dep_ != "poss"]
        if len(words) < 2 or not all(token.text[:1].isupper() for token in words if not token.is_punct):
            continue
        heads = {words[-1].lower_}
        if any(char.isdigit() for char in entity.text):
            heads.add(words[0].lower_)
        introduced = entity[0].lower_ == "the" or (
            entity.start > 0 and entity.doc[entity.start - 1].lower_ == "the"
        )
        text = "".join(token.text_with_ws for token in words).strip()
        for head in heads:
            names_before[head].add(("the " if introduced else "") + text)


def _name_definites(
    span: Span, names_before: dict[str, set[str]], *, skipped: Collection[int]
) -> dict[int, str]:
    """ "The authority will be based in Montreal" -> "The Canadian High-Speed Rail Authority will
    ...": a bare "the X" written out as the one name of the article so far whose head word is X.
    Two such names leave it as it is (and vague)."""
    written: dict[int, str] = {}
    for token in span:
        if token.i in skipped or token.pos_ != "NOUN" or not _bare_definite(token):
            continue
        determiner = next((child for child in token.children if child.dep_ == "det"), None)
        names = names_before.get(token.lower_, set())
        if determiner is None or determiner.lower_ != "the" or len(names) != 1:
            continue
        written[determiner.i] = ""
        written[token.i] = next(iter(names))
    return written


def _people_named(span: Span, *, full_names: dict[str, str]) -> tuple[set[str], set[str]]:
    """The people a sentence names, and those of them it names as its subject (who a later he/she
    can stand for)."""
    people = [entity for entity in entities(span) if entity.label_ == "PERSON"]
    named = {full_names.get(entity[-1].text, entity.text) for entity in people}
    named.update(full_names[token.text] for token in span if token.text in full_names)
    acting = {
        full_names.get(entity[-1].text, entity.text)
        for entity in people
        if entity.root.dep_ in {"nsubj", "nsubjpass"}
        or (
            entity.root.dep_ in {"appos", "compound", "poss"}
            and entity.root.head.dep_ in {"nsubj", "nsubjpass"}
        )
    }
    acting.update(
        full_names[token.text]
        for token in span
        if token.text in full_names
        and token.dep_ in {"nsubj", "nsubjpass", "poss"}
        and token.head.dep_ != "pobj"
    )
    return named, acting


def _shape_problems(span: Span) -> list[str]:
    text = span.text.strip()
    words = [token for token in span if not token.is_punct]
    problems = []
    if len(words) < MIN_WORDS:
        problems.append("too short to ask about")
    if len(span) > MAX_TOKENS:
        problems.append("too long to ask about")
    if not text.endswith((".", "!")):
        problems.append("not a complete statement")
    if not text[:1].isupper() and not text[:1].isdigit():
        problems.append("does not start a sentence")
    if _EMAIL_OR_HANDLE.search(text) or any(phrase in text.lower() for phrase in english.furniture_phrases):
        problems.append("boilerplate: a credit, contact line or promotion of the page")
    if any(phrase in text.lower() for phrase in english.no_comment):
        problems.append("no fact: says only that someone did not comment")
    if _is_quotation(text):
        problems.append("a quotation: opinion, not a fact to learn")
    if any(token.lower_ in FIRST_SECOND_PERSON and token.pos_ == "PRON" for token in span):
        problems.append("first or second person: a quotation or an aside")
    if not any(token.pos_ in {"VERB", "AUX"} for token in span):
        problems.append("no verb")
    return problems


MIN_TYPO_LENGTH = 5


def _typos(span: Span, vocabulary: Counter[str]) -> list[str]:
    """ "Starhip" in an article about "Starship": a word no dictionary knows, one edit away from a
    word the article uses more often or a common English word. An item must not copy it."""
    for token in span:
        word = token.text
        if not token.is_alpha or len(word) < MIN_TYPO_LENGTH or zipf_frequency(word, "en") > 0:
            continue
        for other, count in vocabulary.items():
            if other != word and count > vocabulary[word] and Levenshtein.distance(word, other) == 1:
                return [f"ungrammatical: '{word}' looks like a typo of '{other}'"]
    return []


def _is_quotation(text: str) -> bool:
    """Speech in quotation marks, or a quote opened or closed in another sentence."""
    if text.startswith(('"', "“", "«", "‘", "'")):
        return True
    quoted = _QUOTED.findall(text)
    if any(len(segment.split()) > MAX_QUOTED_TITLE_WORDS for segment in quoted):
        return True
    return len(_QUOTE_MARK.findall(_QUOTED.sub("", text))) > 0


def _vagueness_problems(
    span: Span, *, root: Token, dropped: frozenset[int], earlier: Collection[str]
) -> list[str]:
    problems = []
    for token in span:
        if token.i in dropped:
            continue
        if token.pos_ != "NOUN":
            continue
        modifiers = {child.lower_ for child in token.children if child.dep_ in {"det", "nummod", "predet"}}
        pointing = modifiers & {"the", "this", "that", "these", "those"}
        is_subject = token.dep_ in {"nsubj", "nsubjpass"} and not reports(token.head)
        if (
            pointing
            and is_subject
            and token.lemma_.lower() in english.anaphoric_nouns
            and _bare_definite(token)
        ):
            problems.append(f"vague: '{next(iter(pointing))} {token.text}' refers to an earlier sentence")
        elif modifiers & {"both", "two"} and (pointing or "both" in modifiers):
            problems.append(f"vague: '{token.text}' with 'both'/'the two' refers to an earlier sentence")
    problems.extend(_pointing_phrases(span, root=root, dropped=dropped, earlier=earlier))
    if match := _YEAR_OLD.search(span.text):
        problems.append(f"vague: '{match.group()}' refers to an earlier sentence")
    if match := _TIME_ANAPHOR.match(span.text.strip()):
        problems.append(f"vague: '{match.group()}' refers to an earlier sentence")
    first = next((token for token in span if token.i not in dropped), span[0])
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    for candidate in (first, subject):
        if (
            candidate is not None
            and candidate.i not in dropped
            and candidate.lower_ in english.vague_pronouns
            and candidate.pos_ in {"PRON", "DET", "NUM"}
        ):
            problems.append(f"vague: '{candidate.text}' has no antecedent in the sentence")
            break
    return problems


def _pointing_phrases(
    span: Span, *, root: Token, dropped: frozenset[int], earlier: Collection[str]
) -> list[str]:
    """Phrases that point to an earlier sentence: "those companies", "such missions", "this
    discovery", "the company", "the Portuguese boss" (a bare common noun after "the", with no name
    or phrase to say which) anywhere; "it"/"they"/"them" anywhere but as a dummy subject."""
    problems: list[str] = []
    named_before = False
    for token in span:
        if token.i in dropped:
            continue
        if token.lower_ == "there" and token.dep_ == "advmod":
            return ["vague: 'there' points to a place named elsewhere"]
        pronoun = token.lower_ in {"it", "they", "them", "its", "their"} and token.dep_ != "expl"
        if pronoun and not named_before and (token.lower_ != "it" or not _dummy_it(token)):
            return [f"vague: '{token.text}' points outside the sentence"]
        if pronoun and _object_of_its_subject(token, span):
            return [f"vague: '{token.text}' cannot be its own verb's subject, so points outside the sentence"]
        named_before = named_before or token.pos_ in {"PROPN", "NOUN"}
        if token.pos_ != "NOUN":
            continue
        determiners = {child.lower_ for child in token.children if child.dep_ in {"det", "amod", "predet"}}
        if pointing := determiners & {"this", "that", "these", "those", "such"}:
            return [f"vague: '{min(pointing)} {token.text}' points to an earlier sentence"]
        if (
            "the" in determiners
            and _bare_definite(token)
            and _mentioned_before(token, earlier)
            and _main_argument(token, root)
        ):
            return [f"vague: 'the {token.text}' does not say which"]
    return problems


IDENTIFYING = frozenset({"prep", "relcl", "acl", "compound", "nummod", "appos", "quantmod", "npadvmod"})
NAMING = frozenset({"compound", "appos"})
"""These say which only with a name or a number ("the WeWork deal", "the 2020 tour"): "the sales
slump" and "the company itself" do not."""


def _bare_definite(noun: Token) -> bool:
    """ "the stock", "the new entrants", "the party's actions": a definite common noun that only an
    earlier sentence identifies. A phrase, a name or a number beside it says which ("the end of the
    season", "the company WeWork", "the 2020 tour"); so do a superlative or an ordinal ("the
    largest lander", "the third witness"); some nouns name one thing in any news ("the world").
    "the X of the Y" is judged by the Y."""
    if noun.lemma_.lower() in english.unique_nouns or noun.dep_ in {"appos", "compound"}:
        return False
    if any(
        child.dep_ in IDENTIFYING and (child.dep_ not in NAMING or child.pos_ in {"PROPN", "NUM"})
        for child in noun.children
    ):
        return False
    if any(child.tag_ in {"JJS", "RBS"} or child.ent_type_ == "ORDINAL" for child in noun.children):
        return False
    return not (noun.head.pos_ == "PROPN" and noun.dep_ in {"appos", "nmod"})


def _mentioned_before(noun: Token, earlier: Collection[str]) -> bool:
    """Whether "the X" takes up something earlier: X is a noun that always points back ("the move",
    "the Portuguese boss"), or was named in an earlier sentence ("a doctored video" ... "the
    video") and no name or nationality says which ("the South Korean government", "the Caribbean
    island"). A first mention ("the
    digital realm") is not vague."""
    lemma = noun.lemma_.lower()
    if lemma in english.anaphoric_nouns:
        return True
    national = any(
        child.dep_ in {"amod", "compound"}
        and (child.ent_type_ in {"NORP", "GPE", "LOC"} or child.text[:1].isupper())
        for child in noun.children
        if child.i > noun.sent.start
    )
    return lemma in earlier and not national


MAIN_DEPTH = 2
"""How many "of the ..." phrases deep a noun still belongs to the main clause's participant."""


def _main_argument(noun: Token, root: Token, *, depth: int = 0) -> bool:
    """Whether the noun is a participant of the main clause (its subject or object, their
    possessor, or after a preposition of its verb), which the item asks about; a side clause
    ("while some investors questioned the price") or a deeper phrase ("the terms of the deal")
    leaves the fact readable."""
    if noun.dep_ == "poss":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"} and depth < MAIN_DEPTH:
        return _main_argument(noun.head.head, root, depth=depth + 1)  # "a meeting of the body"
    if noun.dep_ == "pobj":
        noun = noun.head
    elif noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "dative", "attr"}:
        return False
    verb = noun.head
    while verb != root and verb.dep_ in {"conj", "xcomp", "ccomp"}:
        verb = verb.head
    return verb == root


def _object_of_its_subject(pronoun: Token, span: Span) -> bool:
    """ "The Arab League called it ...": an object "it"/"them" never means its own verb's subject
    (that would be "itself"), so when the subject is the only thing named before it, it points to
    another sentence."""
    if pronoun.lower_ not in {"it", "them"} or pronoun.dep_ not in {"dobj", "dative"}:
        return False
    verb = pronoun.head
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    return not any(
        token.pos_ in {"NOUN", "PROPN"} and token.i not in inside for token in span if token.i < pronoun.i
    )


def _elliptical(root: Token) -> list[str]:
    """ "Reaching Mars, however, hasn't.": an auxiliary whose verb is in another sentence."""
    words = [token for token in root.sent if not token.is_punct and token.lower_ not in {"not", "n't", "n’t"}]
    if words and words[-1].lemma_.lower() in english.auxiliary_verbs and words[-1].dep_ in {"aux", "ROOT"}:
        return ["vague: an auxiliary whose verb is in another sentence"]
    if root.pos_ == "AUX" and not any(
        child.dep_ in {"acomp", "attr", "xcomp", "ccomp", "prep", "dobj", "oprd"} for child in root.children
    ):
        return ["vague: an auxiliary whose verb is in another sentence"]
    return []


def _dummy_it(token: Token) -> bool:
    """ "It is expected that ...", "it takes ... to": an "it" that names nothing."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and any(child.dep_ in {"ccomp", "xcomp", "csubj"} and child.i > head.i for child in head.children)
        and head.lemma_ in {"be", "take", "seem", "appear", "remain", "become"}
    )


def _resolve_pronouns(
    span: Span,
    *,
    candidates: set[str],
    subjects: set[str],
    full_names: dict[str, str],
    skipped: Collection[int],
) -> tuple[dict[int, str], list[str]]:
    """A he/she/his/her before any person is named in the sentence points back: write the person
    out ("Her final book" -> "Halvorsen's final book") when exactly one person was named in
    reach, else report the sentence as vague. Only the first is written out: the later ones
    then have their antecedent in the sentence ("... when she was 85")."""
    for token in span:
        if token.i in skipped:
            continue
        if token.ent_type_ == "PERSON" or token.text in full_names:
            break
        if token.lower_ not in PERSONAL_PRONOUNS or token.pos_ not in {"PRON", "DET"}:
            continue
        if len(candidates) != 1:
            return {}, [f"vague: '{token.text}' could be any of {len(candidates)} people"]
        name = next(iter(candidates))
        if name not in subjects:
            return {}, [f"vague: '{token.text}' may stand for {name}, never yet the subject of a sentence"]
        possessive = token.lower_ in {"his", "hers"} or (token.lower_ == "her" and token.dep_ == "poss")
        return {token.i: name + ("'s" if possessive else "")}, []
    return {}, []


__all__ = ["Sentence", "read_sentences"]
