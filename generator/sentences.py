"""Sentences worth asking about, and what to change so a question on one stands alone.

A quiz item is read without its neighbours, so a sentence whose meaning leans on context
("It was...", "The move comes after the two nations...") is refused, unless the lean is a
he/she whose person is certain (exactly one person in reach), which is then written out.
Quotes and first-person sentences are opinions, not facts to learn, and are refused too.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from generator import word_lists
from generator.analysis import entities, text_of, tokens_of
from generator.boilerplate import EMAIL
from generator.dates import is_year
from generator.lexicon import english
from generator.page_lexicon import page_lexicon
from generator.slips import NATIONALITIES, common_word, slips
from generator.statements import clean_statement, reports, speaker_name
from generator.vagueness import (
    bare_definite,
    elliptical,
    loose_definites,
    named_before_it,
    unnamed_definites,
    unplaced_figure,
    vagueness_problems,
)

_log = logging.getLogger(__name__)

MIN_WORDS, MAX_TOKENS = 6, 64
UNREAD = "unread: the generator failed on this sentence"
"""The problem of a sentence whose reading raised: it is left out, and the article goes on."""
PRONOUN_REACH = 3
"""How many sentences back a he/she may point."""
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
FIRST_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "you", "your", "yours"})
_QUOTED = re.compile(r"[\"“«]([^\"”»]*)[\"”»]")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
MAX_QUOTED_TITLE_WORDS = 6
"""A short quoted phrase mid-sentence is a title ("The Harbour at Dawn"); a longer one is speech."""
_EMAIL_OR_HANDLE = re.compile(r"\S+@\S+\.\w+|(?<!\w)@\w+")
_FURNITURE = re.compile("|".join(map(re.escape, english.furniture_phrases)))
_NO_COMMENT = re.compile("|".join(map(re.escape, english.no_comment)))
"""The lexicon's phrases as one pattern each: one search, not one ``in`` a phrase."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article, with what a question about it must leave out or write out."""

    index: int
    span: Span
    paragraph: int
    problems: tuple[str, ...] = ()
    """Why no question may be asked about it; empty when it stands alone."""
    located: dict[int, str] = field(default_factory=dict)
    """Token index -> why an item that shows that token is vague ("so far", "recently"): an item
    cut to another of its clauses may still be asked (see ``wording.simplified_tokens``)."""
    replacements: dict[int, str] = field(default_factory=dict)
    """Token index -> text to write instead (a resolved pronoun, a relative date written out)."""
    dropped: frozenset[int] = frozenset()
    """Token indices no item shows: dateline, attribution, discourse marker, parenthetical."""
    clause_root: Token | None = None
    """The verb of the clause that states the fact; the sentence's root when None."""
    attributed: bool = False
    """Reported speech whose attribution stays: only a cloze, which keeps it, may ask it."""
    reported: bool = False
    """Reported speech whose attribution was taken off: never a true/false statement."""
    simplified: dict[tuple[int, int], list[Token] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    """The statement each answer span is asked from, made once (``wording.simplified_tokens``)."""
    leans_on: tuple[str, ...] = ()
    """"the X" phrases anywhere in the statement that an earlier sentence identifies: no true/false
    statement, which asks the reader to judge all of it (see ``vagueness.loose_definites``)."""
    unnamed: tuple[str, ...] = ()
    """A "the X" in the main clause, past its subject, that nothing in the statement says which, even
    at a first mention ("Israel seized control of the territories"): no blank and no question,
    which take away the words around it (on the tuning pages raters accepted 1 of 17 that the
    other rules let through); a true/false statement shows them all (8 of 12)."""
    unnamed_subject: bool = False
    """The subject of the main clause, or of a clause joined to it, is such a "the X" ("The deaths
    came as ...", "..., but the committee decided ..."): no true/false statement, which asks the
    reader to judge a claim about a thing it does not name (raters accepted 4 of 11 on unseen
    Lee-corpus news, against 159 of 236 others)."""
    negated: bool = False
    judging: str | None = None
    """A word of praise or blame anywhere in the statement ("did an amazing job", "the ideal
    combination"): a view, no fact to state as true or false; a blank or a question about another
    phrase may still be asked. Not a superlative ("the most valuable company", "the worst hit"),
    which ranks. Of the tuning pages' top-10 statements it takes, raters had accepted 1 verdict
    of 17."""
    hedged: bool = False
    """The statement's verb is a hedge ("would allow", "looks like"): a possibility or an
    impression, no fact to judge true or false."""
    asides: tuple[frozenset[int], ...] = ()
    """Trailing participle phrases the statement drops but an item about them keeps."""
    opens_with_common_word: bool | None = None
    """Whether its first word, capitalised as the first, is a common word: True where the article
    writes it small elsewhere ("Uranium fuel ..." beside "enriched uranium"), False where it never
    does and capitalises it inside a sentence ("Harlow councillors ..." beside "in Harlow"), None
    where the article does not tell. Inside a question, a common word is written small."""

    @cached_property
    def text(self) -> str:
        return text_of(self.span).strip()

    @cached_property
    def kept(self) -> list[Token]:
        """The tokens of the clean statement, before any answer's own cuts."""
        return [token for token in tokens_of(self.span) if token.i not in self.dropped]

    @property
    def root(self) -> Token:
        return self.clause_root if self.clause_root is not None else self.span.root

    @property
    def usable(self) -> bool:
        return not self.problems

    def shows(self, start: int, end: int) -> bool:
        """Whether every token of ``start:end`` is kept in the sentence's clean statement."""
        return not self.dropped.intersection(range(start, end))

    def aside_of(self, start: int, end: int) -> frozenset[int] | None:
        """The dropped trailing participle phrase that holds ``start:end`` and reads alone (no
        pronoun left to resolve), which an item about it keeps; None when there is none."""
        for aside in self.asides:
            if set(range(start, end)) <= aside and not any(
                self.span.doc[i].tag_ in {"PRP", "PRP$"} and i not in self.replacements for i in aside
            ):
                return aside
        return None


def read_sentences(
    docs: Sequence[Doc],
    *,
    full_names: dict[str, str],
    published: date | None = None,
    headline: str = "",
    writers: Collection[str] = (),
    every_problem: bool = True,
) -> list[Sentence]:
    """Every sentence of the article in order, each judged on its own.

    ``full_names`` maps every known surname to the person's full name as the article gives it;
    ``published`` (the article's date) writes out "last year" and the like; ``headline``, where
    the article has one, names the company a "the company" may stand for; ``writers``, the
    byline's names, are the page's, not the news's. Without ``every_problem``, a sentence's
    problems stop at the first check that finds one, the page's furniture always told: enough to
    know it is not asked, and its checks are most of the generator's own time."""
    reader = _Reader.of(
        docs,
        full_names=full_names,
        published=published,
        headline=headline,
        writers=writers,
        every_problem=every_problem,
    )
    sentences: list[Sentence] = []
    cut_short = [text_of(doc[:]).rstrip().endswith(CUT_SHORT) for doc in docs]
    teasers_only = sum(cut_short) >= max(MIN_TEASERS, len(docs) / 2)  # a page of links to other stories
    for paragraph, doc in enumerate(docs):
        proper_chunks = [chunk for chunk in doc.noun_chunks if chunk.root.pos_ == "PROPN"]
        teaser = teasers_only or cut_short[paragraph]
        for span in doc.sents:
            if not span.text.strip():
                continue
            try:
                sentences.append(reader.judge(span, index=len(sentences), paragraph=paragraph, teaser=teaser))
            except Exception as error:  # a bug met in one sentence must not lose the article
                _log.warning(
                    "left out a sentence the generator could not read (%r): %r", error, span.text[:80]
                )
                sentences.append(
                    Sentence(index=len(sentences), span=span, paragraph=paragraph, problems=(UNREAD,))
                )
            reader.remember(span, proper_chunks=proper_chunks)
    return sentences


@dataclass
class _Reader:
    """What ``read_sentences`` judges a sentence by: the whole article's words and names, and what
    the sentences before it have said (``remember``)."""

    full_names: dict[str, str]
    published: date | None
    headline_words: frozenset[str]
    headline_title: str | None  # "chancellor" of "Chancellor rallies Labour voters"
    writers: Collection[str]
    every_problem: bool
    vocabulary: Counter[str]
    capitalised_inside: set[str]  # "in Harlow": a name, not only a sentence's first word
    local_place: str | None
    shared_surnames: frozenset[str]
    not_people: frozenset[str]  # words of a name the model read as no person's: "Swansea"
    bodies_named: Counter[str]  # how often the article names each body or product: "Labour" 12
    words_by_paragraph: list[Counter[str]]
    misspelt: dict[str, str | None] = field(default_factory=dict)
    recent: deque[set[str]] = field(default_factory=lambda: deque(maxlen=PRONOUN_REACH))
    actors: set[str] = field(default_factory=set)  # people made a subject so far: whom a he/she may mean
    nouns_before: set[str] = field(default_factory=set)
    names_before: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    described_before: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    titled_before: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    topics: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    last_places: set[str] = field(default_factory=set)  # the towns the latest sentence naming one named
    last_countries: set[str] = field(default_factory=set)  # the same for countries

    @classmethod
    def of(
        cls,
        docs: Sequence[Doc],
        *,
        full_names: dict[str, str],
        published: date | None,
        headline: str,
        writers: Collection[str],
        every_problem: bool,
    ) -> _Reader:
        vocabulary: Counter[str] = Counter()
        capitalised_inside: set[str] = set()
        for doc in docs:  # one walk: each walk of a Doc makes its Tokens again
            for token in doc:
                if token.is_alpha:
                    vocabulary[token.text] += 1
                    if token.is_title and not token.is_sent_start:
                        capitalised_inside.add(token.text)
        return cls(
            full_names=full_names,
            published=published,
            headline_words=frozenset(re.findall(r"\w+", headline.casefold())),
            headline_title=_headline_title(headline, vocabulary),
            writers=writers,
            every_problem=every_problem,
            vocabulary=vocabulary,
            capitalised_inside=capitalised_inside,
            local_place=_local_place(docs),
            shared_surnames=_shared_surnames(docs),
            not_people=frozenset(
                token.text
                for doc in docs
                for entity in doc.ents
                if entity.label_ != "PERSON"
                for token in entity
            ),
            bodies_named=Counter(
                entity.text for doc in docs for entity in doc.ents if entity.label_ in {"ORG", "PRODUCT"}
            ),
            words_by_paragraph=[
                Counter(token.text for token in doc if token.pos_ == "PROPN") for doc in docs
            ],
        )

    def judge(self, span: Span, *, index: int, paragraph: int, teaser: bool) -> Sentence:
        statement = clean_statement(span, published=self.published)
        named_out = _name_definites(
            span,
            self.names_before,
            self.topics,
            described_before=self.described_before,
            titled_before=self.titled_before,
            skipped=statement.dropped,
            headline_words=self.headline_words,
            last_places=self.last_places,
            last_countries=self.last_countries,
            bodies_named=self.bodies_named,
        )
        replacements, unresolved = _resolve_pronouns(
            span,
            candidates=set().union(*self.recent),
            subjects=self.actors,
            full_names=self.full_names,
            skipped=statement.dropped | statement.replacements.keys(),
        )
        named_out |= _first_names_written_out(
            span,
            self.full_names,
            not_people=self.not_people,
            skipped=statement.dropped | statement.replacements.keys(),
        )
        written_out = (
            statement.dropped | statement.replacements.keys() | named_out.keys() | replacements.keys()
        )
        unnamed = unnamed_definites(span, root=statement.root, dropped=written_out)
        furniture = [
            *_furniture_marks(text_of(span).strip()),
            *(["boilerplate: a teaser of another story, cut short ('…')"] if teaser else []),
            *(
                ["boilerplate: a photo caption or a reporter's credit, told in the present"]
                if _caption(span)
                else []
            ),
            *(
                ["boilerplate: a note on the writer at the foot of the page"]
                if _author_note(span, paragraph, self.words_by_paragraph)
                or _on_the_writer(span, self.writers)
                else []
            ),
        ]
        claim = ["a claim: reported speech whose speaker stays in the sentence"]
        checks: list[Callable[[], Iterable[str]]] = [
            partial(list, claim if statement.attributed else []),
            partial(elliptical, span, statement.root),
            partial(_shape_problems, span, statement.root, dropped=statement.dropped),
            partial(slips, span, self.vocabulary, misspelt=self.misspelt),
            partial(
                vagueness_problems,
                span,
                root=statement.root,
                dropped=statement.dropped | statement.replacements.keys() | named_out.keys(),
                earlier=self.nouns_before,
                headline_words=self.headline_words,
            ),
            partial(list, unresolved),
            partial(list, statement.problems),
            partial(_ambiguous_surnames, span, self.shared_surnames, skipped=statement.dropped),
            partial(
                unplaced_figure,
                span,
                root=statement.root,
                dropped=statement.dropped,
                local_place=self.local_place,
            ),
        ]
        return Sentence(
            index=index,
            span=span,
            paragraph=paragraph,
            problems=tuple(_problems(furniture, checks, every=self.every_problem)),
            replacements=_with_contractions_spelt_out(
                {
                    **_lede_capitals(span, self.vocabulary),
                    **named_out,
                    **statement.replacements,
                    **replacements,
                },
                span,
            ),
            dropped=statement.dropped,
            located=statement.located,
            clause_root=statement.root,
            attributed=statement.attributed,
            reported=statement.reported,
            negated=any(token.dep_ == "neg" for token in tokens_of(span) if token.i not in statement.dropped),
            asides=statement.asides,
            hedged=_hedges(statement.root),
            judging=_judging(span, dropped=statement.dropped),
            leans_on=loose_definites(span, dropped=written_out, earlier=self.nouns_before),
            unnamed=tuple(f"the {noun.text}" for noun in unnamed if noun.dep_ not in SUBJECTS),
            unnamed_subject=any(
                noun.dep_ in SUBJECTS and noun.head in {statement.root, *statement.root.conjuncts}
                for noun in unnamed
            ),
            opens_with_common_word=_written_small_elsewhere(span, self.vocabulary, self.capitalised_inside),
        )

    def remember(self, span: Span, *, proper_chunks: list[Span]) -> None:
        """What a later sentence may point back to: names, described people, topics, nouns."""
        _remember_names(span, self.names_before, proper_chunks=proper_chunks)
        for noun, name in [
            *_described_names(span),
            *_told_apart_by_a_name(span),
            *_told_apart_by_a_phrase(span),
        ]:
            if noun not in TOPIC_NOUNS:  # "the company" is the one the article is about (``topics``)
                self.described_before[noun].add(name)
        for title, person in _people_by_title(span, full_names=self.full_names):
            self.titled_before[title].add(person)
        if self.headline_title and span.start == 0 and not self.nouns_before:
            # "Chancellor rallies Labour voters" / "Gordon Brown has issued a rallying cry": the
            # headline's title is the lede's subject's
            for person in _subject_people(span, full_names=self.full_names):
                self.titled_before[self.headline_title].add(person)
        _remember_topics(entities(span), self.topics)
        self.last_places = _towns_named(span) or self.last_places
        self.last_countries = _countries_named(span) or self.last_countries
        named, acting = _people_named(span, full_names=self.full_names)
        for taken_up, person in _titles_taken_up(
            span, self.titled_before
        ):  # "The chancellor said ...; he added"
            named.add(person)
            if taken_up.dep_ in SUBJECTS:
                acting.add(person)
        self.recent.append(named)
        self.actors |= acting
        self.nouns_before.update(
            token.lemma_.lower() for token in tokens_of(span) if token.pos_ in {"NOUN", "PROPN"}
        )


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAMED_THINGS = frozenset({"ORG", "LAW", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LOC"})


def _remember_names(span: Span, names_before: dict[str, set[str]], *, proper_chunks: list[Span]) -> None:
    """Names a later "the X" may stand for, by their head word: "the league" for "the Arab League",
    "the bill" for "Bill C-47". The small model misses many names of bodies, so a noun phrase of
    capitalised words counts too ("the Canadian High-Speed Rail Authority": ``proper_chunks``, the
    document's noun phrases headed by a name, found once per document)."""
    named = entities(span)
    inside = [
        chunk
        for chunk in proper_chunks
        if span.start <= chunk.start < span.end
        and not any(e.start <= chunk.start and chunk.end <= e.end and len(e) > len(chunk) for e in named)
    ]  # not "Heritage Foundation" of "the New Orleans Jazz and Heritage Foundation"
    for entity in [*named, *inside]:
        if entity.label_ not in NAMED_THINGS | {"NP"} or len(entity) < 2:  # "NP": a noun chunk
            continue
        if entity.label_ != "ORG" and _titled(entity):
            continue
        words = [token for token in entity if token.lower_ != "the" and token.dep_ != "poss"]
        if len(words) < 2 or not all(
            token.text[:1].isupper() or (token.lower_ in NAME_JOINERS and 0 < position < len(words) - 1)
            for position, token in enumerate(words)
            if not token.is_punct
        ):
            continue
        heads = {words[-1].lower_}
        if any(char.isdigit() for char in entity.text):
            heads.add(words[0].lower_)
        introduced = entity[0].lower_ == "the" or (
            entity.start > 0 and entity.doc[entity.start - 1].lower_ == "the"
        )
        text = "".join(token.text_with_ws for token in words).strip()
        for head in heads:  # "known as Accountability and Justice Law" ... "the law": "the" is due
            takes_the = head == words[-1].lower_ and head in TAKE_THE
            names_before[head].add(("the " if introduced or takes_the else "") + text)


TAKE_THE = frozenset(
    {
        "law",
        "act",
        "treaty",
        "accord",
        "convention",
        "commission",
        "committee",
        "authority",
        "league",
        "party",
        "show",
        "festival",
        "conference",
        "summit",
        "exhibition",
        "fair",
        "expo",
        "games",
        "cup",
        "championship",
        "awards",
    }
)
"""Nouns whose names take "the" in any sentence ("the Accountability and Justice Law", "the
Consumer Electronics Show"), though a page may leave it out or put a year before it ("The 2005
Consumer Electronics Show"); a council or a company ("Harlow Council") takes none."""


def _titled(name: Span) -> bool:
    """ "reported by The Real Deal": a capital "The" inside a sentence makes a run of capitalised
    words a title (a paper, a band, a book), which no later "the deal" stands for. (The model's
    organisations keep theirs: "The We Company" is the later "the company".)"""
    before = name.doc[name.start - 1] if name.start > name.sent.start else None
    return any(
        token is not None and token.text == "The" and token.i != name.sent.start
        for token in (name[0], before)
    )


def _described_names(span: Span) -> Iterator[tuple[str, str]]:
    """What a sentence says a name is, by the common noun a later "the X" takes up:
    "Hydroxychloroquine is a key drug" and "dinitrophenol, known as DNP, which is an industrial
    chemical" give "the drug" and "the chemical" their names; so do "X, a drug" and "the drug X".
    Not an abbreviation in brackets ("a long-term release (LTR)"), nor what a name was ("The 2018
    model was a very hot machine", said of another than the article's), nor a name used as a
    modifier ("the Galileo spacecraft" says nothing of the next "the spacecraft", often another)."""
    named: Token | None
    for token in tokens_of(span):
        if token.dep_ == "appos" and not _in_brackets(token):
            head = token.head
            noun, named = (token, head) if _common(token) else (head, token)
        elif (
            token.dep_ == "attr" and _common(token) and token.head.lemma_ == "be" and token.head.tag_ == "VBZ"
        ):
            noun, named = token, _subject_of(token.head)
        else:
            continue
        if (
            _common(noun)
            and named is not None
            and _a_name(named)
            and named.ent_type_ in NAMED_THINGS | {"GPE"}
        ):
            yield noun.lower_, span.doc[named.left_edge.i : named.i + 1].text


PEOPLE_AND_PLACES = frozenset({"NORP", "GPE", "LOC", "PERSON"})


def _told_apart_by_a_name(span: Span) -> Iterator[tuple[str, str]]:
    """ "the European constitution", "the Trump administration": a "the X" whose words before it
    are all a people, a place or a person is the one a later bare "the constitution" takes up, if
    the article tells apart no other. Not a company's: "the Microsoft program" is not the later
    "the program", which may be another's (Firefox)."""
    for noun in tokens_of(span):
        if not _common(noun):
            continue
        lefts = list(noun.lefts)
        if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det" or len(lefts) < 2:
            continue
        words = lefts[1:]
        if all(
            word.dep_ in {"amod", "compound"} and word.ent_type_ in PEOPLE_AND_PLACES and word.is_alpha
            for word in words
        ):
            yield noun.lower_, " ".join(["the", *(word.text for word in words), noun.text])


COMPLEMENTS = frozenset({"of", "into", "by", "with", "for", "on", "over", "from", "about", "between"})
"""The prepositions of a phrase that says which thing a noun is ("the inquiry into Facebook"); not
"against", a match's opponent as often ("controls the ball against Chelsea")."""
MAX_COMPLEMENT = 6
NAMES = frozenset({*PEOPLE_AND_PLACES, *NAMED_THINGS})


def _told_apart_by_a_phrase(span: Span) -> Iterator[tuple[str, str]]:
    """ "a doctored video of Keir Starmer", "an investigation by the Standards Board": a noun whose
    short phrase after it names a person, a body or a place is the one a later bare "the video"
    takes up, written out with that phrase, if the article tells apart no other."""
    for noun in tokens_of(span):
        if not _common(noun) or noun.dep_ == "compound" or noun.i + 1 >= span.end:
            continue
        preposition = span.doc[noun.i + 1]
        if preposition.dep_ != "prep" or preposition.head != noun or preposition.lower_ not in COMPLEMENTS:
            continue
        phrase = span.doc[preposition.i : preposition.right_edge.i + 1]
        if (
            len(phrase) <= MAX_COMPLEMENT
            and all(token.is_alpha or token.tag_ == "POS" for token in phrase)
            and any(token.pos_ == "PROPN" and token.ent_type_ in NAMES for token in phrase)
        ):
            yield noun.lower_, f"the {noun.text} {phrase.text}"


def _common(token: Token) -> bool:
    return token.tag_ == "NN" and token.is_lower


def _subject_of(verb: Token) -> Token | None:
    """The subject of "is", or the name a relative "which is" hangs on."""
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return subject


def _in_brackets(token: Token) -> bool:
    opening = token.left_edge.i - 1
    return opening >= 0 and token.doc[opening].text == "("


def _a_name(token: Token) -> bool:
    """A proper name: not a sentence's capitalised first word, unless the model knows it a name."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and (token.i != token.sent.start or token.ent_type_ != "")
    )


MIN_TEASERS = 3
WRITING_JOBS = frozenset(
    {"writer", "reporter", "correspondent", "columnist", "contributor", "editor", "commentator", "blogger"}
)
"""What a note on the writer says they are."""
AUTHOR_NOTE_REACH = 2
"""How many paragraphs from the end a note on the writer may stand."""
MIN_PARAGRAPHS_FOR_NOTE = 4


def _lede_capitals(span: Span, vocabulary: Counter[str]) -> dict[int, str]:
    """ "AL-QAEDA chief Osama bin Laden has warned ...": the page set its lede's first words in
    capitals; each is written as the article writes it elsewhere ("al-Qaeda"). A word the article
    writes in capitals again ("NASA") stays as it is, as does one it writes in no other way, unless
    an earlier word of the run showed the capitals to be the page's type and the word is longer
    than an acronym ("THE PATENT INFRINGEMENT FIGHT" -> "The patent infringement fight"), or it
    is a common word longer than an acronym ("PRESIDENT Thabo Mbeki" -> "President Thabo Mbeki")."""
    written: dict[int, str] = {}
    for token in tokens_of(span):
        if token.is_punct and written:
            continue  # the hyphen of "AL-QAEDA"
        if not (token.is_alpha and token.is_upper and len(token.text) > 1):
            break
        if vocabulary[token.text] > 1:
            if written:
                continue  # "THE UNHCR CAMP": an acronym inside the run
            break
        others = [
            (count, word)
            for word, count in vocabulary.items()
            if word.lower() == token.lower_ and word != token.text
        ]
        if others:
            written[token.i] = max(others)[1]
        elif written and len(token.text) > MAX_ACRONYM:
            written[token.i] = token.lower_
        elif len(token.text) > MAX_ACRONYM and common_word(token.lower_):
            written[token.i] = token.text.capitalize() if token.i == span.start else token.lower_
        else:
            break
    return written


MAX_ACRONYM = 4
"""Letters of the longest word in capitals taken for an acronym ("NATO"), not the page's type."""


def _caption(span: Span) -> bool:
    """ "Daniel Vettori celebrates after dismissing Shakib", "VOA's David Gollust reports from the
    State Department": a person doing what a photo shows (``english.caption_verbs``), told in the
    present where the story tells the past; a page may run it into the next paragraph."""
    root = span.root
    lemma = root.lemma_.lower()
    if lemma not in english.caption_verbs:
        return False
    if root.tag_ == "NNS":  # "Shaun Wright-Phillips gestures after scoring": the verb taken for a noun
        return any(
            child.dep_ in {"compound", "poss"} and child.ent_type_ == "PERSON" for child in root.children
        )
    if root.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(child.dep_ in {"aux", "auxpass", "neg"} for child in root.children):
        return False
    if lemma == "report" and not any(
        child.dep_ == "prep" and child.lower_ == "from" for child in root.children
    ):
        return False
    subject = next((child for child in root.children if child.dep_ == "nsubj"), None)
    return subject is not None and (  # the small model may take a person's name for an organisation's
        subject.pos_ == "PROPN" or any(token.ent_type_ == "PERSON" for token in subject.subtree)
    )


def _author_note(span: Span, paragraph: int, words_by_paragraph: Sequence[Counter[str]]) -> bool:
    """ "Gail Gardner is the Small Business Marketing Strategist who founded GrowMap.com": a
    person the article names nowhere else, said at its foot to be what they do. The article's own
    people ("Holden is an associate in the firm's office") are named before. A writer's note that
    gives an address to write to ("Frank Bodani is a writer for the York Daily Record. He may be
    reached at ...@ydr.com.") may stand anywhere: a box after it may close the page, and the
    writer may sign it ("Bodani's pick: ..."); one that closes the page may name the writer of a
    column named at its top ("Bill Thompson is a regular commentator on ...")."""
    last = len(words_by_paragraph)
    root = span.root
    if root.lemma_ != "be" or root.tag_ != "VBZ":
        return False
    attribute = next((child for child in root.children if child.dep_ == "attr"), None)
    if attribute is None:
        return False
    if attribute.lemma_.lower() in WRITING_JOBS and (EMAIL.search(span.doc.text) or paragraph == last - 1):
        # "Frank Bodani is a writer for the York Daily Record. He may be reached at fb@ydr.com."; a
        # columnist named at the top ("argues technology analyst Bill Thompson") and at the foot
        return True
    if last < MIN_PARAGRAPHS_FOR_NOTE or paragraph < last - AUTHOR_NOTE_REACH:
        return False
    subject = next((child for child in root.children if child.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return False
    return not any(
        words[subject.text] for number, words in enumerate(words_by_paragraph) if number != paragraph
    )


def _on_the_writer(span: Span, writers: Collection[str]) -> bool:
    """ "Keith Noonan owns shares of Activision Blizzard.": the byline's writer as the subject, a
    disclosure or a note on the writer, not the news."""
    if not writers:
        return False
    subjects = [token for token in tokens_of(span) if token.dep_ in SUBJECTS and token.pos_ == "PROPN"]
    return any(
        span.doc[subject.left_edge.i : subject.i + 1].text in {writer, writer.split()[-1]}
        for subject in subjects
        for writer in writers
    )


CUT_SHORT = ("...", "…")
"""How a page's teaser of another story ends: "… as thousands packed onto the Bund to watch the light..."."""

NAME_JOINERS = frozenset({"&", "and", "of", "for"})
"""Lower-case words inside a name: "the Jazz & Heritage Foundation", "the Bank of England"."""

HEDGE_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "ought"})
"""Modals of what may or ought to be: "Republicans should throw him out" is a view, not a fact."""


def _hedges(verb: Token) -> bool:
    """ "Peace would allow ...", "The row looks like it is ending", "seems to have ...", "seem
    intent on", "should hold", "need to rethink": a verb that says what may or ought to be, not
    what is."""
    children = list(verb.children)
    if any(child.dep_ == "aux" and child.lower_ in HEDGE_MODALS for child in children):
        return True
    if verb.lemma_ in {"seem", "appear"} or (verb.lemma_ == "need" and verb.tag_ in {"VBZ", "VBP"}):
        complements = {"xcomp", "acomp", "oprd"}  # "need to reflect", "seem to have", "seem intent on"
        return any(child.dep_ in complements for child in children)
    if verb.lemma_ != "look":
        return False
    marks = [
        mark for child in children if child.dep_ == "advcl" for mark in child.children if mark.dep_ == "mark"
    ]
    return any(word.lower_ in {"like", "as"} for word in [*children, *marks])


def _name_definites(
    span: Span,
    names_before: dict[str, set[str]],
    topics: dict[str, Counter[str]],
    *,
    described_before: dict[str, set[str]],
    titled_before: dict[str, set[str]],
    skipped: Collection[int],
    headline_words: frozenset[str] = frozenset(),
    last_places: Collection[str] = (),
    last_countries: Collection[str] = (),
    bodies_named: Counter[str],
) -> dict[int, str]:
    """ "The authority will be based in Montreal" -> "The Canadian High-Speed Rail Authority will
    ...": a bare "the X" written out as the one name of the article so far whose head word is X;
    failing that, a plain "the drug" as the one name an earlier sentence said was a drug
    (``described_before``, see ``_described_names``); failing that, "the chancellor" as the one
    person an earlier sentence gave that title (``titled_before``, see ``_people_by_title``);
    failing that, "the company", "the state", "the country" or "the city" as the one such the
    article is about (``topics``). Two candidates leave it as it is (and vague)."""
    written: dict[int, str] = {}
    for token in tokens_of(span):
        if token.i in skipped or token.tag_ != "NN":
            continue
        determiner = next((child for child in token.children if child.dep_ == "det"), None)
        if determiner is None or determiner.lower_ != "the" or not bare_definite(token, dropped=skipped):
            continue  # one name is one thing: "the two Arab states" are not "the United States"
        if named_before_it(token, span, dropped=skipped) or _told_apart(token):
            continue
        names = names_before.get(token.lower_, set())
        if not names and not any(child.dep_ in {"amod", "compound"} for child in token.lefts):
            names = described_before.get(token.lower_, set())  # not "the South Korean government"
        titled = not names and len(titled_before.get(_title_of(token), ())) == 1
        if titled:
            names = titled_before[_title_of(token)]
        kind = TOPIC_NOUNS.get(token.lower_)
        topic = _topic(topics[kind]) if kind and not names else None
        if topic is not None and topic in " ".join(t.text for t in tokens_of(span) if t.i not in skipped):
            topic = None  # "a mission in Havana ... in the capital city": named already, not again
        if kind == "country" and _other_nationality(span, topic):
            topic = None  # "Malaysian carriers ... the country's aviation industry": Malaysia's
        if kind == "city" and last_places and topic not in last_places:
            topic = None  # "Frisco used that property ... The city kicked in $90 million": not Dallas
        if kind == "country" and last_countries and topic not in last_countries:
            topic = None  # "talks with Croatia ... only if the country co-operates": not Turkey
        if (
            kind == "company"
            and topic is not None
            and headline_words
            and not _in_headline(topic, headline_words)
        ):
            topic = None  # "Verizon shows off iPad TV app": the company is Verizon, not "Fios TV"
        if not titled and _set_apart_by_a_name(token, next(iter(names)) if len(names) == 1 else topic):
            continue  # "the Chinese observatory" is not the "Arecibo Observatory" named before
        if len(names) == 1 and not titled and _part_of_a_body_named_more(next(iter(names)), bodies_named):
            continue  # "the party" after "the Parliamentary Labour Party" and a dozen "Labour"s: which?
        if len(names) == 1 or topic is not None:
            written[determiner.i] = ""  # with its describing words: "the struggling company"
            written.update(  # with their own modifiers: "the heatedly contested law"
                {
                    word.i: ""
                    for child in token.lefts
                    if child.dep_ in {"amod", "compound"}
                    for word in child.subtree
                }
            )
            written[token.i] = next(iter(names)) if names else str(topic)
    return written


def _part_of_a_body_named_more(name: str, bodies_named: Counter[str]) -> bool:
    """Whether the name holds another body's or product's name the article gives more often on its
    own ("Labour" in "the Parliamentary Labour Party", "Skype" in "Skype In"): a later "the party"
    or "the service" may as well be that one (raters of unseen BBC news: a "true" statement that
    is not true)."""
    bare = name.removeprefix("the ")
    if not all(word[:1].isupper() or word in NAME_JOINERS for word in bare.split()):
        return False  # "the deal with Mitsubishi": a phrase that says which, not a name
    return any(
        other != bare
        and re.search(rf"\b{re.escape(other)}\b", bare) is not None
        and count > max(bodies_named[bare], 1)
        for other, count in bodies_named.items()
    )


def _people_by_title(span: Span, *, full_names: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The titles the sentence gives people, each with its person's full name: "Chancellor Gordon
    Brown", "Gordon Brown, the chancellor,". The whole title is the key ("shadow chancellor Oliver
    Letwin" is not the later "the chancellor"), as ``_title_of`` makes it."""
    doc = span.doc
    for person in entities(span):
        if person.label_ != "PERSON":
            continue
        name = full_names.get(person[-1].text, person.text)
        start = person.start
        while (
            start > span.start
            and doc[start - 1].dep_ in {"compound", "amod"}
            and doc[start - 1].is_alpha
            and start <= doc[start - 1].head.i < person.end
        ):
            start -= 1
        if start < person.start:
            yield " ".join(token.lower_ for token in doc[start : person.start]), name
        for role in person.root.children:
            if (
                role.dep_ == "appos"
                and role.tag_ == "NN"
                and [c.lower_ for c in role.children if c.dep_ == "det"] == ["the"]
            ):
                yield _title_of(role), name


def _headline_title(headline: str, vocabulary: Counter[str]) -> str | None:
    """The title a headline opens with, as the article writes it small: "Chancellor" of
    "Chancellor rallies Labour voters", when the article says "the chancellor"."""
    words = []
    for word in headline.split():
        if not (word.istitle() and word.isalpha() and vocabulary[word.lower()]):
            break
        words.append(word.lower())
    return " ".join(words) or None


def _subject_people(span: Span, *, full_names: dict[str, str]) -> set[str]:
    """The people the sentence names as its main verb's subject."""
    return {
        full_names.get(person[-1].text, person.text)
        for person in entities(span)
        if person.label_ == "PERSON"
        and person.root.dep_ in {"nsubj", "nsubjpass"}
        and person.root.head == span.root
    }


def _titles_taken_up(span: Span, titled_before: dict[str, set[str]]) -> list[tuple[Token, str]]:
    """The "the chancellor" of the sentence that stand for the one person given the title, each with
    that person."""
    if not titled_before:
        return []
    taken_up = []
    for noun in tokens_of(span):
        if noun.tag_ != "NN" or [child.lower_ for child in noun.children if child.dep_ == "det"] != ["the"]:
            continue
        people = titled_before.get(_title_of(noun), set())
        if len(people) == 1:
            taken_up.append((noun, next(iter(people))))
    return taken_up


def _title_of(noun: Token) -> str:
    """ "the foreign secretary" -> "foreign secretary": the noun with the words that describe it."""
    return " ".join(
        [*(child.lower_ for child in noun.lefts if child.dep_ in {"amod", "compound"}), noun.lower_]
    )


def _set_apart_by_a_name(noun: Token, name: str | None) -> bool:
    """ "the Chinese observatory" for the "Arecibo Observatory": a capitalised word before the noun
    (a people, a place, a brand) that the name does not hold says it is another one."""
    if name is None:
        return False
    words = set(name.split())
    return any(
        child.dep_ in {"amod", "compound"} and child.text[:1].isupper() and child.text not in words
        for child in noun.lefts
    )


TELLING_APART = frozenset(
    {
        "interim",
        "new",
        "old",
        "former",
        "previous",
        "current",
        "future",
        "next",
        "provisional",
        "transitional",
        "caretaker",
        "other",
        "rival",
        "local",
        "regional",
        "federal",
        "national",
        "state",
    }
)


def _told_apart(noun: Token) -> bool:
    """ "the interim government": a word that sets this one apart from the one the article named
    before ("the Federal Government"), so it is not that one."""
    return any(child.dep_ == "amod" and child.lower_ in TELLING_APART for child in noun.children)


def _other_nationality(span: Span, country: str | None) -> bool:
    """Whether the sentence names a people other than ``country``'s, whose country "the country"
    may be."""
    own = word_lists.COUNTRIES.get(country or "", ("",))[0].casefold()
    return any(token.lower_ in NATIONALITIES and token.lower_ != own for token in tokens_of(span))


TOPIC_NOUNS = {
    "company": "company",
    "firm": "company",
    "corporation": "company",
    "state": "state",
    "country": "country",
    "city": "city",
}
"""The nouns a news article uses for the company, state, country or city it is about."""


def _towns_named(span: Span) -> set[str]:
    """The places a sentence names that are neither a country nor a state: what "the city" after it
    may mean."""
    return {
        entity.text
        for entity in entities(span)
        if entity.label_ == "GPE"
        and entity.text not in word_lists.COUNTRIES
        and entity.text not in word_lists.US_STATES
        and entity.text not in word_lists.PROVINCES
    }


def _countries_named(span: Span) -> set[str]:
    """The countries a sentence names: what "the country" after it may mean."""
    return {
        text
        for entity in entities(span)
        if entity.label_ == "GPE" and (text := entity.text.removeprefix("the ")) in word_lists.COUNTRIES
    }


def _remember_topics(named: Iterable[Span], topics: dict[str, Counter[str]]) -> None:
    """Count each company (an organisation), state, country and city among the ``named`` entities."""
    for entity in named:
        text = entity.text.removeprefix("the ").removeprefix("The ")
        if (
            entity.label_ == "ORG"
            and text.casefold() not in page_lexicon().news_agencies
            and not text[:1].islower()
        ):
            # not "Reuters", named as the source of every other line; not "iPad", a product the
            # model takes for an organisation
            topics["company"][text] += 1
        elif entity.label_ == "GPE":
            if text in word_lists.US_STATES or text in word_lists.PROVINCES:
                topics["state"][text] += 1
            elif text in word_lists.COUNTRIES:
                topics["country"][text] += 1
            elif text in word_lists.CITIES:
                topics["city"][text] += 1


def _first_names_written_out(
    span: Span, full_names: dict[str, str], *, not_people: frozenset[str], skipped: Collection[int]
) -> dict[int, str]:
    """ "Nine days into his sentence, Joseph hanged himself" -> "..., Joseph Scholes hanged
    himself": a person the story calls by the first name alone (a child, a victim), written out as
    the one person of the article with that first name. ``full_names``: surname -> full name;
    ``not_people``: words the model also read as a place or a body ("Swansea", "Argonaut"), whose
    "person" is a misreading ("Swansea Unite")."""
    if not full_names:
        return {}
    written = {}
    for person in entities(span):
        if person.label_ != "PERSON" or len(person) != 1 or person.start in skipped:
            continue
        name = person.text
        if name in full_names or name in not_people:
            continue  # a surname, the person's usual name, or a word the model also read as a place
        named = {full for full in full_names.values() if full.split()[0] == name}
        if len(named) == 1:
            written[person.start] = next(iter(named))
    return written


def _shared_surnames(docs: Sequence[Doc]) -> frozenset[str]:
    """Surnames the article gives two people ("Mark Waugh", "Steve Waugh")."""
    first_names: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ == "PERSON" and len(entity) > 1:
                first_names[entity[-1].text].add(entity[-2].text)
    return frozenset(surname for surname, names in first_names.items() if len(names) > 1)


def _ambiguous_surnames(span: Span, shared: frozenset[str], *, skipped: Collection[int]) -> list[str]:
    """ "Waugh scored 74" in an article about both Waughs: either of them."""
    if not shared:
        return []
    return [
        f"vague: '{token.text}' could be either of the article's two people of that name"
        for token in tokens_of(span)
        if token.text in shared
        and token.i not in skipped
        and (token.i == span.start or token.nbor(-1).pos_ != "PROPN")  # "Steve Waugh" says which
    ][:1]


def _local_place(docs: Sequence[Doc]) -> str | None:
    """The city or state a local article is about: named most, at least twice, and more often
    than any country (a national story names its country)."""
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        _remember_topics(doc.ents, places)
    local = _topic(places["city"]) or _topic(places["state"])
    if local is None:
        return None
    counts = places["city"] | places["state"]
    countries = places["country"].most_common(1)
    return local if not countries or countries[0][1] < counts[local] else None


TOPIC_LEAD = 2


def _in_headline(name: str, headline_words: frozenset[str]) -> bool:
    """Whether the headline names the company by its first word ("Verizon" of "Verizon
    Communications"; not "Fios TV" by its "TV")."""
    return name.split()[0].casefold() in headline_words


def _topic(counts: Counter[str]) -> str | None:
    """The one the article is about: named twice at least, and twice as often as any other (an
    article about Gannett, GateHouse, McClatchy and Tribune is about none of them alone)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * TOPIC_LEAD > ranked[0][1]):
        return None
    return ranked[0][0]


UNNAMED_PEOPLE = frozenset(
    {"man", "woman", "boy", "girl", "gunman", "father", "mother", "son", "daughter", "husband", "wife"}
)
"""Words for a person a he or she may stand for as well as a name: "a homeless man ... He left"."""


def _people_named(span: Span, *, full_names: dict[str, str]) -> tuple[set[str], set[str]]:
    """The people a sentence names, and those of them it names as its subject (who a later he/she
    can stand for)."""
    people = [entity for entity in entities(span) if entity.label_ == "PERSON"]
    named = {full_names.get(entity[-1].text, entity.text) for entity in people}
    named.update(  # "a homeless man took up residence", "a case was reported in a 55-year-old man":
        # someone a later "he" may mean, never written out
        f"a {token.text}"
        for token in tokens_of(span)
        if token.lower_ in UNNAMED_PEOPLE
        and token.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "attr"}
        and any(child.lower_ in {"a", "an"} for child in token.children)
    )
    named.update(full_names[token.text] for token in tokens_of(span) if token.text in full_names)
    titled = _titled_people(span, known=named)
    named.update(titled.values())
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
        for token in tokens_of(span)
        if token.text in full_names
        and token.dep_ in {"nsubj", "nsubjpass", "poss"}
        and token.head.dep_ != "pobj"
    )
    acting.update(person for token, person in titled.items() if token.dep_ in {"nsubj", "nsubjpass"})
    return named, acting


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "lord", "lady", "sir", "dame"})


def _titled_people(span: Span, *, known: Collection[str]) -> dict[Token, str]:
    """ "Mr Flight landed in trouble": a person by an honorific and a surname, whom the model may
    not take for one; a later "he" may mean him all the same, and must not be written out as the
    only other person in reach. Written as a known full name ending in the surname, if any."""
    return {
        token: next(
            (name for name in known if name.split()[-1] == token.text),
            f"{token.nbor(-1).text} {token.text}",
        )
        for token in tokens_of(span)
        if token.ent_type_ != "PERSON" and _after_honorific(token, span)
    }


def _names_a_person(token: Token, full_names: dict[str, str], span: Span) -> bool:
    """Whether the token is a person's name a later pronoun of the sentence may stand for; not one
    that only says which thing ("the Attlee government", "the Obama administration")."""
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return False
    return token.ent_type_ == "PERSON" or token.text in full_names or _after_honorific(token, span)


def _after_honorific(token: Token, span: Span) -> bool:
    return token.pos_ == "PROPN" and token.i > span.start and token.nbor(-1).lower_.rstrip(".") in HONORIFICS


LIST_MARKS = frozenset({"~", "•", "·", "|"})
TRADEMARKS = ("®", "™")
_FOOTNOTE_MARK = re.compile(r"\w\*+(?!\w)")
"""A word with the page's footnote mark: "Comcast*", "player*"."""
_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_]")
_TICKER = re.compile(r"^(?:\.[A-Z][A-Z0-9]{2,}|[A-Z]{2,}=[A-Z]?|[A-Z]{4,}\d|[A-Z]{2,3}c\d)$")
"""A wire service's instrument code: ".DXY", "EUR=", "XAU=", "CMCU3", "NKc1" (not a "RAV4")."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CUT_AT_A_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Asst|Supt|Det|Insp|Rev|Cmdr|Adm|Maj|Hon)\.$"
)
"""A sentence the model ended at the title before a name: "... and LAPD Asst." (Chief Paysinger)."""
MIN_TABLE_FIGURES = 2


PAGE_LABELS = frozenset({"summary", "advertisement", "update", "related", "correction", "sponsored"})


def _glued_label(span: Span) -> bool:
    """ "Summary Food and mood journals can help": a box's label with the sentence after it;
    "Notes:@ Canucks D Mattias Ohlund missed ...": a label whose colon the page glued to a mark;
    "ADVANCE WARS DS The UK launch line up ...": a heading in capitals run into the paragraph."""
    tokens = tokens_of(span)
    return len(tokens) > 2 and (
        (
            tokens[0].lower_ in PAGE_LABELS
            and tokens[0].text[:1].isupper()
            and tokens[1].text[:1].isupper()
            and tokens[0].whitespace_ != ""
        )
        or _LABEL_GLUED_TO_A_MARK.match(tokens[0].text) is not None
        or _heading_in_capitals(tokens)
    )


def _heading_in_capitals(tokens: list[Token]) -> bool:
    """Words in capitals, then a sentence's first word: "OSTROW PARK RUN The weekly race ..."."""
    run = 0
    while run < len(tokens) and tokens[run].is_alpha and tokens[run].is_upper and len(tokens[run]) > 1:
        run += 1
    return (
        MIN_HEADING_WORDS <= run < len(tokens)
        and tokens[run].is_title
        and tokens[run].pos_ in {"DET", "PRON", "ADP", "SCONJ"}
    )


MIN_HEADING_WORDS = 2
"""Words in capitals that make a heading: one may be an acronym opening the sentence ("NASA The")."""


_LABEL_GLUED_TO_A_MARK = re.compile(r"^[A-Z][a-z]+:[^\w\s/]")


def _unbalanced(text: str) -> bool:
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _table_row(span: Span, texts: list[str]) -> bool:
    """ "LB Joe Schobert 74 100% 7 tackles (10 combined).", "Updated 7 days a week, 365 days a
    year.": figures with no subject and no finite verb anywhere; or two figures side by side, as
    only a table's columns put them ("CB Greedy Williams 73 99% 6 tackles, 1 assist.", whatever
    the model makes of it); or a list of figures ("1 sack, 1 TFL, 2 passes defended.").
    ``texts``: the span's words, read once."""
    tokens = tokens_of(span)
    figures = sum(token.like_num for token in tokens)
    if figures < MIN_TABLE_FIGURES:
        return False  # each reading below needs two figures at least
    return (
        (
            figures >= MIN_TABLE_FIGURES
            and not any(token.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for token in tokens)
            and not any(token.tag_ in FINITE_TAGS for token in tokens)
        )
        or any(
            _side_by_side(tokens[position], tokens[position + 1])
            for position, (first, second) in enumerate(pairwise(texts))
            if first.isdigit() and second[:1].isdigit()
        )
        or (texts.count(",") >= MIN_LISTED_FIGURES - 1 and _figures_listed(tokens))
    )


MIN_LISTED_FIGURES = 3
"""From this many items, each opening with a figure, a list is a table's row."""


def _figures_listed(tokens: list[Token]) -> bool:
    """ "1 TFL, 1 INT, 2 passes defended.": a list whose every item opens with a figure."""
    items: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            items.append([])
        elif not token.is_punct:
            items[-1].append(token)
    return len(items) >= MIN_LISTED_FIGURES and all(item and item[0].like_num for item in items)


def _side_by_side(first: Token, second: Token) -> bool:
    """Two figures in digits with only a space between, not one date or time ("May 5 2019") nor
    a year before a measure ("the 2018 15-inch model")."""
    return (
        first.text.isdigit()
        and not is_year(first.text)
        and second.text.rstrip("%").replace(".", "", 1).isdigit()
        and first.whitespace_ == " "
        and not (first.ent_type_ in {"DATE", "TIME"} and second.ent_type_ == first.ent_type_)
    )


def _subjectless(span: Span, root: Token, *, dropped: frozenset[int]) -> bool:
    """ "According to analysts IDC, a fifth of all hard drives produced will be used in ...": the
    model hung the subject on the attribution, which the statement drops, and left the verb with
    none ("Will be used in consumer electronics by what year?", a fresh BBC round). The model
    misplaces many a subject ("In second place was ..."): only a statement that opens on its verb
    shows it has none."""
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    first = next((token for token in tokens_of(span) if token.i not in dropped and not token.is_punct), None)
    if first is None or not (first == root or (first.head == root and first.dep_ in {"aux", "auxpass"})):
        return False
    return not any(
        child.dep_ in SUBJECTS | {"expl", "csubj", "csubjpass"} and child.i not in dropped
        for child in root.children
    )


def _verbless(root: Token) -> bool:
    """ "Enough hyping the caravan ...", "Oh how very noble of him!": an exclamation, whose root is
    an adjective or adverb with no subject nor verb of its own; "Buck Cullen with his daughter in
    his backyard, where …", "A still from the 1957 TV movie …": a caption, whose root is a name or
    a pronoun; "Not paying off his mortgage before retiring.": a list's heading, whose root is a
    participle with neither subject nor auxiliary; "The CPU along with other enhancements making
    it the fastest": an "-ing" with no auxiliary, subject or not, has no finite verb; "Two of the
    three requirements ― chemical elements ―.": a dash the model took for the verb; "An extremely
    small computer that is designed to ...": a line of a product table, whose root is a noun after
    "a". (Any other root the model calls a common noun is more often a verb it mistook: "A separate
    motor powers the wheels.")"""
    if _free_standing_mark(root):
        return True
    children = list(root.children)
    if root.tag_ == "VBG" and not any(
        child.dep_ in {"aux", "auxpass"} or child.tag_ in FINITE_TAGS for child in children
    ):
        return True  # "The CPU along with other enhancements making it the fastest Pi to date."
    phrase = root.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ in {"a", "an"} for child in children
    )
    return (phrase or root.pos_ in {"ADJ", "ADV", "INTJ", "PROPN", "PRON"} or root.tag_ == "VBN") and not any(
        child.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass", "cop", "aux", "auxpass"}
        or child.tag_ in FINITE_TAGS
        for child in children
    )


def _free_standing_mark(token: Token) -> bool:
    """A mark with spaces on both sides (a dash), not one inside a word ("co-star")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        not any(character.isalpha() for character in token.text)
        and bool(token.whitespace_)
        and (before is None or bool(before.whitespace_))
    )


def _run_on(span: Span) -> bool:
    """ "… video content on the web. BT has already set up …": a full stop inside the sentence,
    then a capital; the model missed the break, and its parse joins the two."""
    if not any(stop in text_of(span).rstrip()[:-1] for stop in ".!?"):
        return False
    tokens = tokens_of(span)
    return any(
        stop.text in {".", "!", "?"}
        and stop.whitespace_
        and following.text[:1].isupper()
        and word.is_alpha
        and word.is_lower  # not "Sens. Cory Booker", "ID. Space", a list's "2. Never"
        for word, stop, following in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


QUANTITY_IDIOMS = frozenset({"deal", "bit", "many", "few", "part", "number"})
"""Nouns a word of praise only measures: "a good deal cheaper", "a great many"."""


COPULAS = frozenset({"be", "look", "seem", "appear", "remain", "prove", "sound"})
"""Verbs that say what their subject is, or looks to be."""


def _judgement(root: Token) -> str | None:
    """ "The Mavic Mini is the ideal combination of …", "Medicaid is far from perfect", "Kagayama
    continues to look impressive on his new mount": what the sentence says its subject is, or
    looks, a word of praise or blame (not "best known", a fact)."""
    verbs = [root, *(child for child in root.children if child.dep_ == "xcomp")]
    for verb in verbs:
        if verb.lemma_ not in COPULAS:
            continue
        for complement in verb.children:
            if complement.dep_ not in {"attr", "acomp"} or complement.lower_ in QUANTITY_IDIOMS:
                continue
            words = [complement, *(child for child in complement.children if child.dep_ == "amod")]
            if found := next((word for word in words if word.lower_ in english.judgement_words), None):
                return found.text
    return None


def _one_of_many(root: Token) -> str | None:
    """ "IBM is one of the largest chip makers in the world", "Jez San is one of the key figures in
    the UK's games industry": a subject placed among many of its kind, with no figure to learn (on
    the tuning pages raters rejected all three such true statements)."""
    if root.lemma_ not in COPULAS:
        return None
    for one in (child for child in root.children if child.dep_ == "attr" and child.lower_ == "one"):
        for of in (child for child in one.children if child.dep_ == "prep" and child.lower_ == "of"):
            kind = next(
                (child for child in of.children if child.dep_ == "pobj" and child.tag_ == "NNS"), None
            )
            if kind is not None and not any(
                child.dep_ == "nummod" or child.ent_type_ == "ORDINAL" for child in kind.children
            ):  # "one of 12 companies" counts, "one of the first home PCs" tells when
                return f"one of the {kind.text}"
    return None


AIMING = frozenset({"keen", "eager", "anxious", "desperate", "determined"})
"""What a subject is when it wants something done: "BT is keen to provide extra services"."""


def _aim(root: Token) -> str | None:
    """ "The Tories are trying to capitalise on the feud", "BT is keen to provide extra services":
    what the subject sets out to do says nothing done (raters rejected the four such true
    statements of the tuning pages; "wants to stop people swapping films" tells a demand and
    stays)."""
    if root.lemma_ == "try" and root.tag_ == "VBG" and any(child.dep_ == "xcomp" for child in root.children):
        return f"{root.text} to"
    if root.lemma_ == "be":
        for complement in (child for child in root.children if child.dep_ == "acomp"):
            if complement.lower_ in AIMING and any(child.dep_ == "xcomp" for child in complement.children):
                return f"{complement.text} to"
    return None


OF_SIZE_OR_SURPRISE = frozenset({"great", "stunning"})
"""Words of praise that news uses for size or surprise ("great slights", "a stunning move")."""


def _judging(span: Span, *, dropped: Collection[int]) -> str | None:
    """The first word of praise or blame the statement keeps, written small (not "Best Actress"),
    that is not a superlative or made one ("the most valuable")."""
    for token in tokens_of(span):
        if (
            token.lower_ in english.judgement_words
            and token.lower_ not in OF_SIZE_OR_SURPRISE
            and token.i not in dropped
            and token.text.islower()
            and token.pos_ in {"ADJ", "ADV"}
            and token.tag_ not in {"JJS", "RBS"}
            and not any(child.lower_ in {"most", "least"} for child in token.children)
        ):
            return token.text
    return None


def _participle_taken_for_the_verb(span: Span) -> bool:
    """ "Michael Howard, asked about the remark by reporters, said ...": the model takes "asked" for
    Howard's verb, and "said" for a clause of it or for the verb reporting it; an item cut from
    that parse lost a comma or the clause that holds the fact (a fresh BBC round: ungrammatical)."""
    doc = span.doc
    for comma, participle in pairwise(tokens_of(span)):
        if participle.tag_ not in {"VBN", "VBD"} or comma.text != ",":
            continue
        subject = next((child for child in participle.children if child.dep_ in SUBJECTS), None)
        if subject is None or subject.i != participle.i - 2:
            continue  # "Orr, asked": the subject, its comma, the participle
        if any(
            verb.i > participle.i + 1
            and verb.pos_ == "VERB"
            and doc[verb.i - 1].text == ","
            and not any(child.dep_ in SUBJECTS for child in verb.children)
            for verb in (participle.head, *participle.children)
        ):
            return True
    return False


def _speaker_taken_into_the_clause(span: Span) -> bool:
    """ "If Steam works, said Mr Fahey, other game makers may be tempted": the model read "Mr Fahey"
    as the subject of "tempted" and "other game makers" as his appositive (a fresh BBC round: the
    question "Who may be tempted ...?" had Mr Fahey for its answer)."""
    doc = span.doc
    for comma, verb in pairwise(tokens_of(span)):
        if comma.text != "," or not reports(verb):
            continue
        speaker = verb.i + 1
        while speaker < span.end and doc[speaker].pos_ == "PROPN":
            speaker += 1
        if speaker > verb.i + 1 and speaker < span.end and doc[speaker].text == ",":
            name = doc[speaker - 1]
            if not (name.head == verb and name.dep_ in SUBJECTS):
                return True
    return False


def _passive_without_auxiliary(root: Token) -> bool:
    """ "The Raspberry Pi Foundation started by a handful of volunteers in 2012": the main verb
    has an agent ("by ...") but no "was", which the page dropped."""
    children = list(root.children)
    return any(child.dep_ == "agent" for child in children) and not any(
        child.dep_ in {"auxpass", "aux"} for child in children
    )


CAPITALS_SHARE = 0.6
"""From this share of its words in capitals a sentence is a headline or label set in capitals
("JAZZ PHARMACEUTICALS ANNOUNCES AGREEMENT TO ACQUIRE …"), not one with a few acronyms."""


def _in_capitals(texts: list[str]) -> bool:
    words = [text for text in texts if text.isalpha() and len(text) > 1]
    return len(words) >= MIN_WORDS and sum(word.isupper() for word in words) >= CAPITALS_SHARE * len(words)


def _problems(
    furniture: list[str], checks: Sequence[Callable[[], Iterable[str]]], *, every: bool
) -> list[str]:
    """The checks' problems, then the page's furniture; without ``every``, only the furniture if
    there is any, or else the first check's problems that has some."""
    if every:
        return [*(problem for check in checks for problem in check()), *furniture]
    if furniture:
        return furniture
    return next((found for check in checks if (found := list(check()))), [])


def _furniture_marks(text: str) -> list[str]:
    problems = []
    if any(mark in text for mark in TRADEMARKS):
        problems.append("boilerplate: a trademark sign, the mark of a promotion")
    if _EMAIL_OR_HANDLE.search(text) or _FURNITURE.search(text.lower()):
        problems.append("boilerplate: a credit, contact line or promotion of the page")
    return problems


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")


def _after_a_lone_abbreviation(span: Span) -> bool:
    """ "N.C. State (11-3) has won ...": the model ends a sentence at the abbreviation, alone, and
    the next begins "State (11-3) has won"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_sent_start is True and _ABBREVIATION.fullmatch(before.text) is not None


def _shape_problems(span: Span, root: Token, *, dropped: frozenset[int]) -> list[str]:
    """``root``: the verb of the clause that states the fact (see ``statements``); ``dropped``: the
    tokens its statement leaves out."""
    text = text_of(span).strip()
    lower = text.lower()
    tokens = tokens_of(span)
    texts = [token.text for token in tokens]  # read once: each Token attribute is a lookup
    problems = []
    if sum(not token.is_punct for token in tokens) < MIN_WORDS:
        problems.append("too short to ask about")
    if len(span) > MAX_TOKENS:
        problems.append("too long to ask about")
    if not text.endswith((".", "!")) or _CUT_AT_A_TITLE.search(text):
        problems.append("not a complete statement")
    if not text[:1].isupper() and not text[:1].isdigit():
        problems.append("does not start a sentence")
    elif _after_a_lone_abbreviation(span):
        problems.append(
            "does not start a sentence: the model split a name after its abbreviation ('N.C. State')"
        )
    if _run_on(span):
        problems.append("formatting: two sentences the model read as one")
    if _in_capitals(texts):
        problems.append("formatting: written in capitals, a headline or a label")
    if judgement := _judgement(root):
        problems.append(f"an opinion: '{judgement}' judges, it states no fact")
    if ranked := _one_of_many(root):
        problems.append(f"obvious: '{ranked}' ranks its subject among many, which anyone would grant")
    if aim := _aim(root):
        problems.append(f"no fact: '{aim}' tells what someone sets out to do, not what happened")
    lowers = [text.lower() for text in texts]
    if attitude := next(
        (texts[i] for i, word in enumerate(lowers) if word in english.attitude_adverbs), None
    ):
        problems.append(f"an opinion: '{attitude}' is the writer's comment on the fact")
    if _passive_without_auxiliary(root):
        problems.append("ungrammatical: a passive without its 'was' ('The foundation started by volunteers')")
    if _participle_taken_for_the_verb(span):
        problems.append("not a complete statement: the model read a participle set off by commas as the verb")
    if _speaker_taken_into_the_clause(span):
        problems.append(
            "not a complete statement: the model read the speaker of ', said X,' as part of the clause"
        )
    if LIST_MARKS.intersection(texts):
        problems.append("formatting: entries of a list run together ('up to 25% ~ Up to 50% ...')")
    if _FOOTNOTE_MARK.search(text):
        problems.append("formatting: a footnote's mark copied from the page ('Comcast*')")
    if _HASHTAG.search(text):
        problems.append("formatting: a hashtag copied from a post ('The #Browns highest-graded player')")
    if any(_TICKER.match(word) for word in texts):
        problems.append("formatting: a wire service's ticker code ('Spot gold XAU= added 0.1%')")
    if _glued_label(span):
        problems.append("formatting: a page's label run into the sentence ('Summary Food journals help')")
    if _unbalanced(text):
        problems.append("formatting: a bracket opened and never closed")
    if _table_row(span, texts):
        problems.append("not a statement: a row of a table, with figures and no subject")
    if _verbless(root) or _verbless(span.root):
        problems.append("not a statement: no verb ('Enough hyping the caravan from the White House.')")
    elif _subjectless(span, root, dropped=dropped):
        problems.append(
            "not a complete statement: its verb has no subject ('Will be used in consumer electronics')"
        )
    if _NO_COMMENT.search(lower):
        problems.append("no fact: says only that someone did not comment")
    if _untold(root):
        problems.append("no fact: says only that someone told something, not what")
    if _nothing_said(root):
        problems.append("no fact: says who spoke, and the words are in the sentence before")
    if _nothing_done(root):
        problems.append("no fact: says only that someone did something, not what ('accomplished a lot')")
    if _is_quotation(text):
        problems.append("a quotation: opinion, not a fact to learn")
    if not FIRST_SECOND_PERSON.isdisjoint(lowers) and any(
        token.lower_ in FIRST_SECOND_PERSON and token.pos_ == "PRON" for token in tokens
    ):
        problems.append("first or second person: a quotation or an aside")
    if not any(token.pos_ in {"VERB", "AUX"} for token in tokens):
        problems.append("no verb")
    if _subordinate_alone(root):
        problems.append("not a statement: a subordinate clause alone ('Because ...')")
    if _noun_with_its_clause_alone(root):
        problems.append(
            "not a statement: a noun and its clause, with no verb of its own ('The fact that ...')"
        )
    if _LIST_ENTRY.match(text):
        problems.append("not a statement: an entry of a list ('Jane Doe: possession of ...')")
    elif ":" in texts and any(
        token.text == ":" and token.whitespace_ and token.i not in dropped for token in tokens
    ):
        problems.append(
            "not a statement: a caption, a title or a list after a colon ('with the caption: ...')"
        )
    if _imperative(span, root):
        problems.append("not a statement: an imperative or a pointer to the page ('Get access', 'Here is')")
    return problems


TELLING_VERBS = frozenset({"put", "outline", "spell", "sum", "reveal", "describe", "explain", "set", "lay"})
UNTOLD = frozenset(
    {"view", "request", "position", "detail", "atmosphere", "thought", "opinion", "argument", "case"}
)


def _untold(root: Token) -> bool:
    """ "Mr Crean will put his views on the changes", "The Government position was spelt out by a
    spokesman", "expected to reveal details soon": someone told a thing the sentence does not
    tell (raters accepted none of 5 on unseen news); "details of a $2 billion plan" tell it, but
    "the results of its yearly survey" do not."""
    verbs = [root, *(child for child in root.children if child.dep_ in {"xcomp", "advcl", "acl"})]
    return any(
        any(
            (
                child.dep_ in {"dobj", "nsubjpass"}
                and (
                    (verb.lemma_.lower() in TELLING_VERBS and _untold_thing(child))
                    or (verb.lemma_.lower() in RELEASING_VERBS and _results_of_a_study(child))
                )
            )
            or (verb.lemma_.lower() in TELLING_VERBS and _asked_not_told(child))
            for child in verb.children
        )
        for verb in verbs
    )


def _asked_not_told(clause: Token) -> bool:
    """ "Gordon Brown has outlined what he thinks should be the key themes": what he thinks is not
    told."""
    return clause.dep_ in {"ccomp", "dobj"} and clause.left_edge.lower_ in {"what", "how", "why", "which"}


BARE_SPEECH_VERBS = frozenset({"say", "add", "tell"})
SAID_THINGS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "dative", "advcl"})


def _nothing_said(root: Token) -> bool:
    """ "He Jianxiong, the fund's former director, said at a Nov. 6 event in Washington." after a
    question in quotes the model ended as a sentence: who spoke, where and when, but not what.
    "told reporters" says no more than "said"."""
    if root.lemma_.lower() not in BARE_SPEECH_VERBS:
        return False
    said = [child for child in root.children if child.dep_ in SAID_THINGS]
    if root.lemma_.lower() == "tell":
        said = [child for child in said if child.dep_ not in {"dobj", "dative"}]
    clauses = [  # "told Parliament before the vote that she would fight ...", hung on "vote"
        token for token in root.subtree if token.dep_ in {"nsubj", "nsubjpass"} and token.head != root
    ]
    return not said and not clauses and any(child.dep_ == "nsubj" for child in root.children)


UNSAID_DEEDS = frozenset(
    {"a lot", "lots", "much", "plenty", "everything", "something", "anything", "what had to be done"}
)
"""Objects that say a thing was done and not what it was."""
DOING_VERBS = frozenset({"do", "accomplish", "achieve"})


def _nothing_done(root: Token) -> bool:
    """ "Choi has definitely accomplished a lot", "Bobby did what had to be done": the deed is
    the fact, and the sentence does not say it (raters rejected both on unseen news)."""
    return root.lemma_.lower() in DOING_VERBS and any(
        child.dep_ in {"dobj", "ccomp", "npadvmod"}
        and " ".join(token.lower_ for token in child.subtree) in UNSAID_DEEDS
        for child in root.children
    )


TOLD_BY_WHAT_OF = frozenset({"detail", "request", "case"})
"""Untold things that a phrase after them tells ("details of a $2 billion plan"); "his view of the
direction Labour should take" tells no view."""


def _untold_thing(noun: Token) -> bool:
    return noun.lemma_.lower() in UNTOLD and not (
        noun.lemma_.lower() in TOLD_BY_WHAT_OF
        and any(part.dep_ == "prep" and part.lower_ in {"of", "for"} for part in noun.children)
    )


RELEASING_VERBS = frozenset({"reveal", "release", "publish", "announce", "unveil"})
RESULTS = frozenset({"result", "finding"})
STUDIES = frozenset(
    {"survey", "study", "poll", "report", "review", "investigation", "inquiry", "audit", "census"}
)


def _results_of_a_study(noun: Token) -> bool:
    """ "revealed the results of its yearly aerial survey": what the survey found is not said."""
    return noun.lemma_.lower() in RESULTS and any(
        part.dep_ == "prep"
        and part.lower_ == "of"
        and any(study.dep_ == "pobj" and study.lemma_.lower() in STUDIES for study in part.children)
        for part in noun.children
    )


_LIST_ENTRY = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}: ")
"""A name or a label, a colon, then the entry: a police log, a results table, a schedule."""


SUBORDINATORS = frozenset({"because", "although", "though", "whereas", "unless", "if", "while", "since"})


def _written_small_elsewhere(
    span: Span, vocabulary: Counter[str], capitalised_inside: set[str]
) -> bool | None:
    first = span[0].text
    if not (first[:1].isupper() and first[1:].islower()):
        return None
    if vocabulary[first.lower()] > 0:
        return True
    return False if first in capitalised_inside else None


def _noun_with_its_clause_alone(root: Token) -> bool:
    """ "And the fact that Annie had been to seven weddings in two years.": a noun whose "that"
    clause holds the only verb; the sentence goes on in the one before."""
    return root.pos_ == "NOUN" and any(
        child.dep_ in {"acl", "ccomp"} and child.left_edge.lower_ == "that" for child in root.children
    )


def _subordinate_alone(root: Token) -> bool:
    """ "Because space travel is anything but easy.", "When or where the rites would take place.":
    the clause of another sentence's reason, time or question."""
    first = root.sent.start
    return any(
        (child.dep_ == "mark" and child.lower_ in SUBORDINATORS)
        or (child.i == first and child.lower_ in WH_OPENERS and child.dep_ in {"advmod", "mark"})
        for child in root.children
    )


WH_OPENERS = frozenset({"when", "where", "whether", "why", "how"})


def _imperative(span: Span, root: Token) -> bool:
    """ "Get access to ...", "Enter South Dakota.", "Here's the latest data", "Then again, other
    than Detroit, name a squad without problems": the page talks to its reader; there is no fact
    in it. Before the verb there may be only what sets it in place (an adverb, a phrase)."""
    text = text_of(span).lstrip("\"“‘'([ ")
    if re.match(r"Here(?: is| are|['’]s) ", text):
        return True
    if root.tag_ != "VB" or any(child.dep_ in NOT_IMPERATIVE for child in root.children):
        return False
    first = next((token for token in tokens_of(span) if not token.is_punct), None)
    return first == root or (
        root.dep_ == "ROOT"
        and all(child.dep_ in IMPERATIVE_OPENERS for child in root.children if child.i < root.i)
    )


NOT_IMPERATIVE = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})
"""A verb with a subject, an auxiliary ("to", "will") or a mark is no command to the reader."""
IMPERATIVE_OPENERS = frozenset({"advmod", "prep", "punct", "npadvmod", "intj", "cc"})


def _is_quotation(text: str) -> bool:
    """Speech in quotation marks, or a quote opened or closed in another sentence."""
    if text.startswith(('"', "“", "«", "‘", "'")):
        return True
    quoted = _QUOTED.findall(text)
    if any(len(segment.split()) > MAX_QUOTED_TITLE_WORDS for segment in quoted):
        return True
    return len(_QUOTE_MARK.findall(_QUOTED.sub("", text))) > 0


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
    then have their antecedent in the sentence ("... when she was 85"). A person named in a part
    the statement drops is the pronoun's antecedent all the same ("farmer Lana Boatwright said only
    eight of the workers she needed showed up" -> "the workers Lana Boatwright needed")."""
    named_in_dropped: set[str] = set()
    for token in tokens_of(span):
        if token.i in skipped:
            if named_in_dropped and token.lower_ in PERSONAL_PRONOUNS:
                return {}, []  # "X said he ...": the speaker is written out; later pronouns are his
            if _named_speaker(token):
                named_in_dropped.add(_whole_name(token, full_names))
            continue
        if _names_a_person(token, full_names, span):
            break
        if token.dep_ in SUBJECTS and (token.pos_ == "PROPN" or (token.ent_type_ and token.is_title)):
            break  # "Denzel Ward is still waiting for his first interception": a name the model missed;
            # "Gatland today reveals his first squad": a name it took for a common noun of a body
        if token.lower_ not in PERSONAL_PRONOUNS or token.pos_ not in {"PRON", "DET"}:
            continue
        if _bound_in_sentence(token, span):
            return {}, []
        if _both_genders(span, skipped=skipped):
            return {}, [f"vague: '{token.text}' is one of two people the sentence does not name"]
        if named_in_dropped:
            candidates, subjects = named_in_dropped, named_in_dropped
        if len(candidates) != 1:
            return {}, [f"vague: '{token.text}' could be any of {len(candidates)} people"]
        name = next(iter(candidates))
        if name not in subjects:
            return {}, [f"vague: '{token.text}' may stand for {name}, never yet the subject of a sentence"]
        possessive = token.lower_ in {"his", "hers"} or (token.lower_ == "her" and token.dep_ == "poss")
        apostrophe = "’" if "’" in text_of(span) else "'"  # the page's own: "Sims’s company’s"
        return {token.i: name + (f"{apostrophe}s" if possessive else "")}, []
    return {}, []


CONTRACTED = {"be": " is", "have": " has"}


def _with_contractions_spelt_out(replacements: dict[int, str], span: Span) -> dict[int, str]:
    """ "he's the man behind ..." -> "Mark Zuckerberg is the man", not "Mark Zuckerberg's": a
    pronoun written out as a name takes its contracted verb in full."""
    doc = span.doc
    spelt = dict(replacements)
    for index, written in replacements.items():
        after = index + 1
        if (
            written
            and after < span.end
            and after not in replacements
            and doc[after].lower_ in {"'s", "’s"}
            and doc[after].tag_ == "VBZ"
            and doc[index].pos_ == "PRON"
        ):
            spelt[after] = _contracted_verb(doc[after])
    return spelt


def _contracted_verb(contraction: Token) -> str:
    """The verb an "'s" after a pronoun stands for: "has" before "been" or "got", and before a
    verb that takes an object ("he's put his savings"); "is" otherwise ("he's expected")."""
    verb = contraction.head
    following = contraction.nbor(1).lower_ if contraction.i + 1 < len(contraction.doc) else ""
    if following in {"been", "got", "gotten"} or (
        contraction.dep_ == "aux"
        and verb.i > contraction.i
        and verb.pos_ == "VERB"
        and any(child.dep_ == "dobj" for child in verb.children)
    ):
        return " has"
    return CONTRACTED.get(contraction.lemma_, " is")


def _named_speaker(token: Token) -> bool:
    """ "tomato farmer Lana Boatwright said", "According to Swift,": the name of the speaker, a
    person even where the model takes the name for an organisation."""
    if token.pos_ != "PROPN":
        return False
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return token.head.lemma_.lower() in english.say_verbs
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _whole_name(token: Token, full_names: dict[str, str]) -> str:
    """The name ``token`` belongs to, as the article writes it in full."""
    name = speaker_name(token)
    return full_names.get(name.split()[-1], name)


FEMININE = frozenset({"she", "her", "hers"})


def _both_genders(span: Span, *, skipped: Collection[int]) -> bool:
    """ "She has a taste for fine food; he has a taste for Taco Bell": a she and a he are two people,
    so the one person in reach is not both (raters of unseen news saw "Bobby has a taste for fine
    food" marked true)."""
    pronouns = {
        token.lower_ in FEMININE
        for token in tokens_of(span)
        if token.i not in skipped and token.lower_ in PERSONAL_PRONOUNS and token.pos_ in {"PRON", "DET"}
    }
    return len(pronouns) == 2


def _a_person(noun: Token) -> bool:
    """A single person named or told by an office or a word for a person ("a minister", "a man")."""
    return noun.tag_ in {"NN", "NNP"} and (
        noun.ent_type_ == "PERSON" or noun.lower_ in english.office_nouns or noun.lower_ in UNNAMED_PEOPLE
    )


def _bound_in_sentence(pronoun: Token, span: Span) -> bool:
    """ "a character ashamed of his own desire": "own" ties the pronoun to its clause's subject;
    "a minister and his bodyguards" to the person it is joined to; "A funny woman in her 80s,
    Jane Starner lives ...": the pronoun comes before the named subject it stands for."""
    if pronoun.i + 1 < span.end and pronoun.nbor(1).lower_ == "own":
        return True
    owned = pronoun.head
    if owned.dep_ == "conj" and owned.head.i < pronoun.i and _a_person(owned.head):
        return True  # "A Sri Lankan minister and his bodyguards rampaged": the minister's
    subject = next((child for child in span.root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ == "PROPN" and subject.left_edge.i > pronoun.i


__all__ = ["Sentence", "read_sentences"]
