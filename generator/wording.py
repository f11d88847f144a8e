"""Turning tokens back into tidy text, after a question has left some out or written some anew."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Span, Token

from generator.analysis import entities, tokens_of
from generator.answers import AnswerPhrase
from generator.sentences import PERSONAL_PRONOUNS, Sentence
from generator.slips import COMPARATIVES
from generator.vagueness import count_of_nothing, named_before_it

_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:!?%)\]”]|\.(?!\w)|’(?!\d))")
"""Not before the apostrophe of an elided year ("the ’60s"), nor before the full stop of a web
address ("the application for .mobi"): each opens its word."""
_SPACE_AFTER_OPEN = re.compile(r"([(\[“‘])\s+")
_REPEATED_COMMAS = re.compile(r"(?:\s*,){2,}")
_COMMA_BEFORE_END = re.compile(r"[,;:]\s*([.?!])$")
_STATEMENT_END_BEFORE_QUESTION_MARK = re.compile(r"[.!,;:]+\s*\?$")
_ABBREVIATION_BEFORE_QUESTION_MARK = re.compile(r"\b((?:[A-Z]\.)+[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St)\.?\s*\?$")
"""'... across the U.S.?': the sentence's full stop is also the abbreviation's, which keeps it."""
MAX_APPOSITIVE = 6
_SPACES = re.compile(r"\s{2,}")
_DANGLING_CONJUNCTION = re.compile(r",? (?:and|but|or)([.?])$")
_DANGLING_COMMA = re.compile(r"[,;:]\s*$")
_ABBREVIATION_BEFORE_FULL_STOP = re.compile(r"(?<=[A-Za-z])\.\.$")
"""A statement cut after "D-Mass.," ends in the abbreviation's own full stop, not in two."""


def simplified_tokens(sentence: Sentence, answer: AnswerPhrase) -> list[Token] | None:
    """The sentence's clean statement (see ``statements``) without a short appositive of a named
    subject, or of a name joined to it, set off by commas ("Gebre, 23, was ..."), with the trailing
    participle phrase that holds the answer; None when the answer is not in the statement (a source
    named in an attribution, a word of a dateline) or the statement shows a word that holds only as
    of the day of writing (``Sentence.located``). Only the subject's appositive: elsewhere the
    small model's appositives are too often a misparse whose removal changes the meaning."""
    key = (answer.start, answer.end)
    if key not in sentence.simplified:
        sentence.simplified[key] = _simplified(sentence, answer)
    made = sentence.simplified[key]
    return None if made is None else list(made)


def _simplified(sentence: Sentence, answer: AnswerPhrase) -> list[Token] | None:
    span = sentence.span
    aside = sentence.aside_of(answer.start, answer.end)
    if not sentence.shows(answer.start, answer.end) and aside is None:
        return None
    answer_range = range(answer.start, answer.end)
    dropped = set(sentence.dropped) - (aside or set())
    subject = next((child for child in sentence.root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    named = {subject, *subject.conjuncts} if subject is not None and subject.pos_ == "PROPN" else set()
    for token in tokens_of(span):
        if token.dep_ != "appos" or subject is None or token.head not in named:
            continue
        covered = range(token.left_edge.i, token.right_edge.i + 1)
        before, after = token.left_edge.i - 1, token.right_edge.i + 1
        set_off = (
            before >= span.start and after < span.end and span.doc[before].text == span.doc[after].text == ","
        )
        if (
            not set_off
            or len(covered) > MAX_APPOSITIVE
            or any(index in answer_range for index in covered)
            or _anchors_a_definite(covered, span, dropped=dropped)
        ):
            continue
        # "Mubanga, 29, from north London, was": the subject goes on, so its first comma stays;
        # "Liu, 32, and Ramos, 40, were": a conjunction follows, so it goes
        goes_on = after < subject.right_edge.i and span.doc[after + 1].dep_ != "cc"
        dropped.update([*covered, after] if goes_on else [before, *covered, after])
    dropped |= other_clauses(sentence, answer)
    if any(index not in dropped for index in sentence.located):
        return None  # "Right now, Siri works with few apps": vague, unless cut to another clause
    return [token for token in tokens_of(span) if token.i not in dropped]


def _anchors_a_definite(appositive: range, span: Span, *, dropped: set[int]) -> bool:
    """ "Maroon, a St. Louis native, made his first trip back to the city": the appositive names
    the place "the city" is (held-out raters: without it, "the city" was vague)."""
    without = dropped | set(appositive)
    return any(
        named_before_it(noun, span, dropped=dropped) and not named_before_it(noun, span, dropped=without)
        for noun in tokens_of(span)
        if noun.i > appositive.stop and noun.i not in dropped
    )


CONTRASTS = frozenset({"while", "whereas"})


def other_clauses(sentence: Sentence, answer: AnswerPhrase) -> set[int]:
    """The clauses of a compound sentence that do not hold the answer (Heilman & Smith split a
    compound sentence into its clauses): "Toyota showed a hybrid, and Ford rolled out an SUV"
    asks about Toyota from its own clause. Only a clause with a subject of its own that is not a
    pronoun, joined by a conjunction, and a contrast ("while Ford ...") after the main clause."""
    root = sentence.root
    answer_at = range(answer.start, answer.end)
    dropped: set[int] = set()
    if _set_against_each_other(sentence):
        return dropped
    for child in root.children:
        clause = range(child.left_edge.i, child.right_edge.i + 1)
        conjunction = _conjunction_before_its_subject(child, root) if child.dep_ == "conj" else None
        if answer.start in clause:
            if _places_its_joined_clause(sentence, child) or _dates_its_joined_clause(sentence, child):
                continue  # "Yemen has long been a center of militancy, and al-Qaida continues ..."
            if (
                child.dep_ == "conj"
                and _own_subject(child)
                and not _relative(child)
                and not _unresolved_pronoun(child, sentence)
                and not _follows_on_from(child)
                and count_of_nothing(child) is None  # "...; the latest count showed 88": 88 of what
            ):
                dropped.update(range(sentence.span.start, child.left_edge.i))
            elif conjunction is not None:
                dropped.update(range(sentence.span.start, conjunction.i + 1))
            continue
        joined = (
            child.dep_ == "conj" and _own_subject(child) and child.i > root.i and not _item_of_a_list(child)
        )
        contrast = child.dep_ == "advcl" and child.i > root.i and child.left_edge.lower_ in CONTRASTS
        if (joined or contrast) and answer.start < child.left_edge.i:
            start = child.left_edge.i
        elif conjunction is not None and answer.start < conjunction.i:
            start = conjunction.i
        else:
            continue
        doc = sentence.span.doc
        while start - 1 > answer_at[-1] and doc[start - 1].dep_ in {"cc", "punct"}:
            start -= 1
        if doc[start - 1].dep_ == "prep":
            continue  # "with an attack on Labour's record and party leader Michael Howard is due":
            # the clause the model joined begins with the preposition's object
        end = child.right_edge.i
        if end == sentence.span.end - 1 and doc[end].is_punct:
            end -= 1  # the sentence's full stop, which the model may hang on the last clause
        dropped.update(range(start, end + 1))
    return dropped


def _relative(clause: Token) -> bool:
    """ "interviews with businesses, of which more than 2,700 were UK businesses", parsed as a joined
    clause: a relative clause, which cut alone opens with "Of which"."""
    doc = clause.doc
    return any(doc[i].tag_ in {"WDT", "WP", "WP$"} for i in range(clause.left_edge.i, clause.i))


WHERE_LABELS = frozenset({"GPE", "LOC"})
"""The names that say where a clause happens."""


def _places_its_joined_clause(sentence: Sentence, clause: Token) -> bool:
    """Whether the clause before a joined one names the place the joined one says nothing of
    ("Yemen has long been a center of militant activity, and al-Qaida continues to have an active
    presence despite a government crackdown"): cut alone, the joined clause would not say where."""
    if clause.dep_ != "conj":
        return False
    first = clause.left_edge.i
    placed = [entity for entity in entities(sentence.span) if entity.label_ in WHERE_LABELS]
    return any(entity.end <= first for entity in placed) and not any(
        entity.start >= first for entity in placed
    )


def _dates_its_joined_clause(sentence: Sentence, clause: Token) -> bool:
    """Whether the sentence opens with the time all its clauses hold at, before the main clause's
    subject ("Back in 1994, Yahoo had only just launched and Amazon had yet to appear"): cut alone,
    the joined clause loses when. A date inside the first clause ("raised fares in 2019, and Tamsin
    Rail cut jobs") is that clause's own."""
    if clause.dep_ != "conj":
        return False
    root = sentence.root
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    opening = subject.left_edge.i
    dated = [entity for entity in entities(sentence.span) if entity.label_ == "DATE"]
    return any(entity.end <= opening for entity in dated) and not any(
        entity.start >= clause.left_edge.i for entity in dated
    )


def _set_against_each_other(sentence: Sentence) -> bool:
    """ "The Spätburgunder has more red fruits and the Frühburgunder has more dark fruits": clauses
    compared with each other, two comparatives and no "than"; either alone compares with nothing."""
    tokens = tokens_of(sentence.span)
    comparatives = sum(token.tag_ in {"JJR", "RBR"} or token.lower_ in COMPARATIVES for token in tokens)
    return comparatives >= 2 and not any(token.lower_ == "than" for token in tokens)


def _item_of_a_list(clause: Token) -> bool:
    """ "helicopters, goats wrapped in plastic, mountaineers armed with ...": a "clause" between two
    bare commas, with more of the sentence after it, is an item of a list the model took for a
    clause; its cut would run the items on either side together. (The model may hang either comma
    on the clause.)"""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    comma_before = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    after = last if doc[last].text == "," else last + 1
    return (
        comma_before
        and after + 1 < clause.sent.end
        and doc[after].text == ","
        and not doc[after + 1].is_punct
        and doc[after + 1].dep_ != "cc"
    )


FOLLOWING_ON = frozenset({"already", "also", "too", "again", "still", "instead", "then", "either"})
"""Adverbs that tell a clause against the one before it."""


def _follows_on_from(clause: Token) -> bool:
    """ "The shot found the target, but the referee had already blown for a foul": "already"
    (and "also", "again", "still" ...) tells the joined clause against the clause before, which
    must then stay."""
    return any(child.dep_ == "advmod" and child.lower_ in FOLLOWING_ON for child in clause.children)


THIRD_PERSON = PERSONAL_PRONOUNS | {"they", "them", "their", "it", "its"}


def _unresolved_pronoun(clause: Token, sentence: Sentence) -> bool:
    """ "Hal Finney died, and his wife says he ...": the clause's "his" and "he" point to the
    clause before it, which must then stay."""
    return any(
        token.tag_ in {"PRP", "PRP$"}
        and token.lower_ in THIRD_PERSON
        and token.i not in sentence.replacements
        for token in clause.subtree
    )


def _conjunction_before_its_subject(verb: Token, root: Token) -> Token | None:
    """The "and" that opens a joined clause whose subject the model hung elsewhere: "10 suspects
    have been taken into custody and all roads to the province have been cut" reads "roads" as
    joined to "custody", and "cut" as a verb with no subject of its own. The clause is a finite
    verb (its own auxiliary) after a conjunction, with a noun between them that is not its own."""
    if (
        verb.i < root.i
        or _own_subject(verb)
        or not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)
    ):
        return None
    doc = verb.doc
    conjunction = next((doc[i] for i in range(verb.left_edge.i - 1, root.i, -1) if doc[i].dep_ == "cc"), None)
    if conjunction is None:
        return None
    between = doc[conjunction.i + 1 : verb.left_edge.i]
    return conjunction if any(token.pos_ in {"NOUN", "PROPN"} for token in between) else None


SHARES = frozenset(
    {"percent", "%", "pct", "half", "third", "quarter", "majority", "most", "rest", "remainder"}
)
"""Nouns of a share, which a subject names only with its "of" ("half of the acres")."""


def _own_subject(verb: Token) -> bool:
    """A clause that stands alone: its own subject, not a pronoun nor a share of something the
    clause does not name ("about 12 percent were considered dead" of the acres the clause before
    counts), and its own auxiliary where its verb needs one ("eight others injured" borrows the
    "were" of "Four were killed")."""
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    borrows = verb.tag_ == "VBN" and not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)
    return subject is not None and subject.pos_ != "PRON" and not borrows and not _bare_share(subject)


def _bare_share(subject: Token) -> bool:
    return subject.lemma_.lower() in SHARES and not any(child.lower_ == "of" for child in subject.children)


def in_place_of_answer(
    tokens: Iterable[Token], answer: AnswerPhrase, text: str, *, replacements: Mapping[int, str]
) -> list[Token | str]:
    """The tokens with ``text`` standing where the answer was (a blank, or a distractor), after what
    ``replacements`` set before the answer's first word ("On Nov. 19, 2019, _____ approved")."""
    pieces: list[Token | str] = []
    for token in tokens:
        if answer.start <= token.i < answer.end:
            if token.i == answer.start:
                pieces.append(set_before(token, replacements) + text + token.doc[answer.end - 1].whitespace_)
            continue
        pieces.append(token)
    return pieces


def set_before(token: Token, replacements: Mapping[int, str]) -> str:
    """A phrase a replacement sets before the word, ending in a comma ("On Nov. 19, 2019, the
    council": a date moved before its subject), which stays when the word is blanked or swapped."""
    written = replacements.get(token.i, "")
    if written.endswith((f", {token.text}", f", {token.lower_}")):
        return written[: written.rindex(", ") + 2]
    return ""


def render(pieces: Iterable[Token | str], *, replacements: dict[int, str]) -> str:
    """Join tokens, with the article's own spacing, and ready-made strings, as they are; then tidy."""
    parts: list[str] = []
    previous: Token | None = None
    for piece in pieces:
        if isinstance(piece, str):
            parts.append(piece)
            previous = None
            continue
        after_text = previous is None and parts and not parts[-1][-1:].isspace()
        if after_text and not piece.is_punct:
            parts.append(" ")  # "captain _____ did": the blank's comma was dropped with a clause
        if previous is not None and piece.i != previous.i + 1 and not previous.whitespace_:
            parts.append(" ")
        written = replacements.get(piece.i, piece.text)
        if piece.i in replacements and written.startswith("The ") and "".join(parts).strip():
            written = "t" + written[1:]  # "When will the EU start …": a name taken from a sentence's start
        parts.append(written + piece.whitespace_)
        previous = piece
    return tidy("".join(parts))


def words(tokens: Iterable[Token], replacements: Mapping[int, str] | None = None) -> str:
    """Tokens as the article spells them, with no tidying: a phrase to place inside a question;
    with the sentence's ``replacements`` written in ("warnings about the Windows virus" for "about
    the virus"), a word replaced by nothing left out."""
    written = replacements or {}
    parts = [written.get(token.i, token.text) + token.whitespace_ for token in tokens]
    return "".join(part for part in parts if part.strip()).strip()


_NOT_WORD = re.compile(r"[^\w]+")


def says(text: str, phrase: str) -> bool:
    """Whether ``text`` holds ``phrase`` word for word, whatever the punctuation and case between
    ("on April 11 2019" holds "April 11, 2019")."""
    words = _NOT_WORD.sub(" ", phrase.casefold()).strip()
    return bool(words) and f" {words} " in f" {_NOT_WORD.sub(' ', text.casefold())} "


_SMALL_FIRST_LETTER_NAME = re.compile(r"[a-z]+[A-Z0-9]")


def tidy(text: str) -> str:
    text = _SPACES.sub(" ", text.strip())
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = _REPEATED_COMMAS.sub(",", text)
    text = _STATEMENT_END_BEFORE_QUESTION_MARK.sub("?", text)
    text = _ABBREVIATION_BEFORE_QUESTION_MARK.sub(r"\1.?", text)
    text = _COMMA_BEFORE_END.sub(r"\1", text)
    text = _DANGLING_COMMA.sub(".", text)  # "... of the moon," once ", a group that ..." is off
    text = _DANGLING_CONJUNCTION.sub(r"\1", text)  # "... 160 suspects but." once its clause is off
    text = _ABBREVIATION_BEFORE_FULL_STOP.sub(".", text)
    text = text.lstrip(",;: ")
    if _SMALL_FIRST_LETTER_NAME.match(text):
        return text  # "iPad", "eBay", "elmo666": a name written with a small first letter keeps it
    return text[:1].upper() + text[1:]


__all__ = ["in_place_of_answer", "other_clauses", "render", "says", "simplified_tokens", "tidy", "words"]
