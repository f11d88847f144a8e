"""Wh-questions, made by transforming the sentence's own clause.

Only patterns the parse makes certain are transformed; anything else yields no question (a
cloze can still ask it). Subject questions replace the subject ("Who maintained close ties with
...?"); other questions front the question word with do-support and the verb's lemma
("South Korea and Cuba established relations on Feb. 14" -> "When did South Korea and Cuba
establish relations?"). The question word follows the answer's type.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.analysis import plural
from generator.answers import TITLES, AnswerPhrase
from generator.lexicon import english
from generator.sentences import Sentence
from generator.wording import render, says, set_before, simplified_tokens, words

MAX_QUESTION_WORDS = 32
MAX_NOUN_TAIL = 4
MAX_MOVED_WORDS = 5
ORG_CATEGORIES = frozenset(
    {
        "ministry",
        "university",
        "company",
        "bank",
        "council",
        "court",
        "hospital",
        "agency",
        "party",
        "club",
        "team",
        "museum",
        "commission",
        "department",
        "institute",
        "association",
        "foundation",
        "school",
        "board",
        "committee",
        "marathon",
        "festival",
        "orchestra",
        "theatre",
        "theater",
        "library",
        "police",
        "service",
        "authority",
        "office",
        "corporation",
        "group",
        "airline",
        "network",
        "newspaper",
        "parliament",
        "senate",
        "assembly",
        "organization",
        "organisation",
        "society",
        "academy",
        "college",
        "centre",
        "center",
        "fund",
        "trust",
        "charity",
        "league",
        "federation",
        "navy",
        "army",
        "government",
    }
)
"""The last word of a body's name that says what kind of body it is ("Which ministry"). Not
"union": the European Union and the American Civil Liberties Union are no trade unions. A name
without one is not asked by "Which organisation": the model's organisation is too often a person,
a product or a law ("Which organisation is still waiting for his first interception?"): raters
accepted 13 of 60 such questions, and 10 of 39 asked in place ("millions of which organisation?"
for iPhones)."""
WHEN_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
WHERE_PREPOSITIONS = frozenset({"in", "at"})
ANOTHER_TIME = frozenset({"once", "formerly", "previously", "then"})
"""Adverbs that say a time of their own: "When did Callaghan once travel to Uganda?" asks it twice."""
PlaceKind = Callable[[str], str | None]
"""Says what kind of place a name is ("country", "city", "state", ...), or None when unknown."""


def wh_question(sentence: Sentence, answer: AnswerPhrase, *, place_kind: PlaceKind) -> str | None:
    if sentence.attributed or sentence.negated:
        return None
    span = sentence.span
    root = sentence.root
    subject = _subject(root)
    if root.pos_ not in {"VERB", "AUX"} or subject is None or subject.lower_ == "there":
        return None
    doc = span.doc
    answer_span = doc[answer.start : answer.end]
    head = answer_span.root
    simplified = simplified_tokens(sentence, answer)
    if simplified is None or root not in simplified:
        return None
    other_clauses = _other_clauses(root)
    kept = [token for token in simplified if token.i not in other_clauses]
    if not any(token.i == answer.start for token in kept):
        return None  # the answer is in a clause the question leaves out
    subject_range = range(subject.left_edge.i, subject.right_edge.i + 1)
    if answer.start in subject_range:
        question = _subject_question(sentence, answer, subject, kept, place_kind=place_kind)
    elif (
        answer.label == "CARDINAL"
        and head.dep_ == "nummod"
        and head.head.dep_ == "dobj"
        and head.head.head == root
    ):
        question = _how_many(sentence, answer, head.head, kept, root, subject)
    else:
        question = _adjunct_or_object_question(
            sentence, answer, head, kept, root, subject, place_kind=place_kind
        )
    if question is None or len(question.split()) > MAX_QUESTION_WORDS:
        return None
    if _another_of_its_type(answer, kept):
        return None
    if answer.label in {"DATE", "TIME"} and any(token.lower_ == "when" for token in kept):
        return None  # "When will Wheeler leave when Trump is inaugurated?": the clause tells when
    if says(question, answer_span.text):
        return None
    return question


def _another_of_its_type(answer: AnswerPhrase, kept: list[Token]) -> bool:
    """A second date in a "When" question, a second amount in a "How much": two true answers."""
    label = "CARDINAL" if answer.label == "MONEY" else answer.label
    return any(
        token.ent_type_ in {answer.label, label}
        and not answer.start <= token.i < answer.end
        and token.ent_iob_ == "B"
        for token in kept
    ) and answer.label in {"DATE", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"}


def _how_many(
    sentence: Sentence, answer: AnswerPhrase, noun: Token, kept: list[Token], root: Token, subject: Token
) -> str | None:
    """ "hired 300 new workers" -> "How many new workers did ... hire?": the counted noun with
    its own modifiers moves to the front; a long tail on the noun would make it unreadable."""
    removed = set(range(noun.left_edge.i, noun.right_edge.i + 1))
    if not plural(noun):
        return None  # "200m gold", "two-time winner": no "How many gold"
    if noun.right_edge.i - noun.i > MAX_NOUN_TAIL or any(child.dep_ == "poss" for child in noun.children):
        return None  # "Mr Arafat's three helicopters" cannot ask "How many Mr Arafat's helicopters"
    phrase = [
        token
        for token in kept
        if token.i in removed
        and not answer.start <= token.i < answer.end
        and not (token.i < answer.start and token.dep_ in {"det", "quantmod", "advmod", "prep"})
    ]
    counted = words(phrase, sentence.replacements)
    return _fronted(sentence, f"How many {counted} ", kept, removed=removed, root=root, subject=subject)


def _subject(root: Token) -> Token | None:
    return next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass", "expl"}), None)


def _other_clauses(root: Token) -> set[int]:
    """Coordinated clauses ("..., and imported $7 million") would dangle once the main clause is
    turned into a question, and a trailing participle (", breaking the record by ...") only
    lengthens it: leave them out, with their conjunction or comma."""
    dropped: set[int] = set()
    for child in root.children:
        if (
            child.dep_ == "advcl"
            and child.i > root.i
            and child.tag_ == "VBG"
            and child.left_edge.i == child.i
        ):
            dropped.update(range(child.i, child.right_edge.i + 1))
            if child.i > 0 and child.nbor(-1).text == ",":
                dropped.add(child.i - 1)
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            dropped.update(range(child.left_edge.i, child.right_edge.i + 1))
            dropped.update(
                sibling.i
                for sibling in root.children
                if sibling.dep_ in {"cc", "punct"}
                and root.i < sibling.i < child.left_edge.i
                and (sibling.i == child.left_edge.i - 1 or sibling.nbor(1).dep_ == "cc")
            )
    return dropped


def _subject_question(
    sentence: Sentence, phrase: AnswerPhrase, subject: Token, kept: list[Token], *, place_kind: PlaceKind
) -> str | None:
    """The answer is the subject, or its name after a description ("Kenyan runner Faith Chepkoech")."""
    answer = phrase.span(subject.doc)
    if any(child.dep_ in {"conj", "cc"} for child in subject.children):
        return None
    subject_range = range(subject.left_edge.i, subject.right_edge.i + 1)
    description = [token for token in subject.doc[subject.left_edge.i : answer.start] if token.dep_ != "det"]
    while description and description[-1].text in TITLES:
        description.pop()  # "Co-author Dr. Tomás Ibarra": the title is not part of the description
    if description and description[-1].pos_ != "NOUN":
        description = []  # "Foreign Secretary Dominic Raab": a title, not a description to ask by
    if not answer.start <= subject.i < answer.end:
        return None  # a name inside the subject's clause ("Mourinho, who managed Inter Milan, ...")
    if any(
        token.dep_ not in {"amod", "compound", "nmod", "punct"} or token.ent_type_ not in {"", "NORP"}
        for token in description
    ):
        return None
    question_word: str | None
    if description:
        question_word = (
            "Which "
            + "".join(
                token.text_with_ws
                if token.ent_type_ == "NORP" or (token.pos_ == "PROPN" and token.text not in TITLES)
                else token.lower_ + token.whitespace_
                for token in description
            ).strip()
        )
    else:
        question_word = _subject_word(answer, phrase.label, place_kind=place_kind)
    if question_word is None or not _agrees_with_singular(subject.head) or subject.head.lemma_ == "be":
        return None  # "Who was 41 percent?": a copula's subject is rarely a who
    after = [token for token in kept if token.i > subject.right_edge.i and not _is_final_punct(token)]
    if after and after[0].text == ",":  # the comma that closed an aside inside the subject
        after = after[1:]
    before = [token for token in kept if token.i < subject_range.start]
    replacements = dict(sentence.replacements)
    dated = _date_set_before(subject.doc[subject_range.start], replacements)
    moved = _moved_to_end(before, replacements)
    if moved is None:
        return None
    return render([question_word + " ", *after, *moved, *dated, "?"], replacements=replacements)


def _subject_word(answer: Span, label: str, *, place_kind: PlaceKind) -> str | None:
    if label == "PERSON":
        return "Who"
    if label == "ORG":
        return organisation_word(answer)
    if label == "GPE":
        kind = place_kind(answer.text)
        # "Beijing wants Trump to ...": a city that acts is its government, not "Which city"
        return f"Which {kind}" if kind and kind != "city" else None
    return None


def organisation_word(answer: Span) -> str | None:
    """ "Which ministry" for "the Ministry of Defence"; None for a name that says no kind."""
    for token in reversed(answer):
        if token.lemma_.lower() in ORG_CATEGORIES:
            return f"Which {token.lemma_.lower()}"
    return None


def _identity(root: Token) -> bool:
    """ "The first woman named to the post was Anne Armstrong in 1973": a "be" that names its
    subject, a name a fronted "When" or "Where" leaves stranded at the question's end ("When was
    Elena Varga the first woman to …?" reads)."""
    return root.lemma_ == "be" and any(
        child.dep_ == "attr" and child.pos_ == "PROPN" for child in root.children
    )


def _lexical(auxiliary: Token) -> bool:
    """Whether a word the model took for an auxiliary is a verb of its own ("helped boost")."""
    return auxiliary.tag_.startswith("VB") and auxiliary.lemma_.lower() not in english.auxiliary_verbs


def _agrees_with_singular(verb: Token) -> bool:
    """A question word takes a singular verb: "Who have ..." is not English."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"} and child.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ != "VBP" and finite.lower_ != "were"


def _adjunct_or_object_question(
    sentence: Sentence,
    answer: AnswerPhrase,
    head: Token,
    kept: list[Token],
    root: Token,
    subject: Token,
    *,
    place_kind: PlaceKind,
) -> str | None:
    answer_text = head.doc[answer.start : answer.end].text
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head == root:
        if _identity(root):
            return None  # "When was the first woman named to the post Anne Armstrong?"
        preposition = head.head
        removed = set(range(preposition.i, preposition.right_edge.i + 1))
        if answer.label == "DATE" and preposition.lower_ in WHEN_PREPOSITIONS:
            removed |= {
                child.i for child in root.children if child.lower_ in ANOTHER_TIME and child.dep_ == "advmod"
            }
            return _fronted(sentence, "When ", kept, removed=removed, root=root, subject=subject)
        if answer.label in {"GPE", "LOC", "FAC"} and preposition.lower_ in WHERE_PREPOSITIONS:
            return _fronted(sentence, "Where ", kept, removed=removed, root=root, subject=subject)
        return None
    object_of_root = head.dep_ == "dobj" and head.head == root
    if not object_of_root:
        return None
    removed = set(range(head.left_edge.i, head.right_edge.i + 1))
    if answer.label == "MONEY":
        if head.right_edge.i >= answer.end:
            return None  # "predicted $2.52 a share": "How much did ... predict?" loses "a share"
        return _fronted(sentence, "How much ", kept, removed=removed, root=root, subject=subject)
    whole_object = [
        token for token in head.doc[head.left_edge.i : head.right_edge.i + 1] if token.dep_ != "det"
    ]
    if [token.i for token in whole_object] != list(range(answer.start, answer.end)):
        return None
    if answer.label == "PERSON":
        return _fronted(sentence, "Who ", kept, removed=removed, root=root, subject=subject)
    if answer.label == "ORG" and (word := organisation_word(head.doc[answer.start : answer.end])):
        return _fronted(sentence, word + " ", kept, removed=removed, root=root, subject=subject)
    if answer.label == "GPE" and (kind := place_kind(answer_text)):
        return _fronted(sentence, f"Which {kind} ", kept, removed=removed, root=root, subject=subject)
    return None


NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME"})


WORD_JOINERS = frozenset({"-", "–", "/", "'", "’"})
"""Marks inside a word ("mid-morning", "24/7", "Nigeria’s"), which a removed neighbour tears."""


def _tears_a_word(tokens: list[Token], removed: set[int]) -> bool:
    """ "landed at the airport in Lagos mid-morning": the model hung "mid" on "airport", and the
    question moving the airport to its front would leave "-morning". A kept token written without
    a space to a removed word is half of a torn word."""
    for token in tokens:
        if token.is_punct and token.text not in WORD_JOINERS:
            continue  # "Marronnier Park!!": the marks after a removed word tear nothing
        doc = token.doc
        if token.i > 0:
            before = doc[token.i - 1]
            if before.i in removed and not before.whitespace_ and not before.is_punct:
                return True
        if token.i + 1 < len(doc):
            after = doc[token.i + 1]
            if after.i in removed and not token.whitespace_ and not after.is_punct:
                return True
    return False


def _fronted(
    sentence: Sentence,
    question_word: str,
    kept: list[Token],
    *,
    removed: set[int],
    root: Token,
    subject: Token,
) -> str | None:
    """Question word, auxiliary, subject, verb, the rest: do-support where there is no auxiliary."""
    auxiliaries = [child for child in root.children if child.dep_ in {"aux", "auxpass"} and child.i < root.i]
    replacements = dict(sentence.replacements)
    if auxiliaries and _lexical(auxiliaries[0]):
        return None  # "Events helped boost profits": "helped" taken for an auxiliary, no lemma for "did"
    if auxiliaries:
        moved: Token = auxiliaries[0]
        auxiliary = moved.lower_
    elif root.lemma_ == "be":
        moved, auxiliary = root, root.lower_
    elif root.tag_ in {"VBD", "VBZ", "VBP"}:
        moved = None  # type: ignore[assignment]
        auxiliary = {"VBD": "did", "VBZ": "does", "VBP": "do"}[root.tag_]
        replacements[root.i] = root.lemma_
    else:
        return None
    if auxiliary in {"does", "do"} and root.lemma_ == "have" and not auxiliaries:
        replacements[root.i] = "have"
    subject_range = range(subject.left_edge.i, subject.right_edge.i + 1)
    subject_tokens = [token for token in kept if token.i in subject_range]
    if not subject_tokens:
        return None
    dated = _date_set_before(subject_tokens[0], replacements)
    if (
        subject_tokens[0].i == sentence.span.start
        and subject_tokens[0].i not in replacements
        and _written_small_inside(subject_tokens[0], sentence)
    ):
        replacements[subject_tokens[0].i] = subject_tokens[0].lower_
    before = [token for token in kept if token.i < subject_range.start]
    rest = [
        token
        for token in kept
        if token.i > subject_range.stop - 1
        and token.i not in removed
        and token != moved
        and not _is_final_punct(token)
    ]
    if _tears_a_word(rest, removed):
        return None
    moved_words = _moved_to_end(before, replacements)
    if moved_words is None:
        return None
    return render(
        [question_word, auxiliary + " ", *subject_tokens, *rest, *moved_words, *dated, "?"],
        replacements=replacements,
    )


def _date_set_before(first: Token, replacements: dict[int, str]) -> list[str]:
    """A date the statement sets before the subject ("On Nov. 19, 2019, police arrested ...") goes
    after the question, as the words before a subject do: "How many people did police arrest ...,
    on Nov. 19, 2019?". Taken off the subject's first word in ``replacements``."""
    prefix = set_before(first, replacements)
    if not prefix:
        return []
    replacements[first.i] = replacements[first.i][len(prefix) :]
    return [", " + prefix[:1].lower() + prefix[1:].removesuffix(", ")]


def _moved_to_end(tokens: list[Token], replacements: dict[int, str]) -> list[Token | str] | None:
    """Words before the subject ("In 2019,") follow the question instead; a subordinate clause
    ("After Neumann left, ...") or a long opener would dangle there: None."""
    words = [token for token in tokens if not token.is_punct]
    if not words:
        return []
    if len(words) > MAX_MOVED_WORDS or any(
        token.dep_ == "mark" or token.pos_ in {"VERB", "SCONJ"} for token in words
    ):
        return None
    if words[0].pos_ != "PROPN" and words[0].i not in replacements:
        replacements[words[0].i] = words[0].lower_
    return [", ", *words]


def _written_small_inside(first: Token, sentence: Sentence) -> bool:
    """Whether the sentence's first word is written small once a question word comes before it:
    "When did two gunmen ...", not "Two"; "the Raspberry Pi Foundation" too, though the model
    counts its "The" in the name."""
    if first.lower_ == "the":
        return True
    if sentence.opens_with_common_word:
        return True  # "Uranium fuel ...", which the article writes small elsewhere
    if first.pos_ == "PROPN" or (sentence.opens_with_common_word is False and first.pos_ != "NOUN"):
        return False  # "Harlow councillors", the model's adjective, capitalised inside another sentence
    return first.ent_type_ in {"", *NUMBER_LABELS}


def _is_final_punct(token: Token) -> bool:
    return token.is_punct and token.i == token.sent.end - 1


__all__ = ["ORG_CATEGORIES", "PlaceKind", "organisation_word", "wh_question"]
