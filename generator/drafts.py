"""Drafts: every item the article allows, of every kind, before ranking picks the best.

Per (sentence, answer) the generator may draft a cloze, a wh-question, a multiple-choice item
(a wh or cloze stem with three distractors of the answer's type) and a true/false statement (the
sentence, or a false version with the answer swapped for a distractor). Which of them survives
is the ranking's choice: at most one item per (sentence, answer).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from generator.analysis import entities, tokens_of
from generator.answers import AnswerPhrase, answer_phrases
from generator.cloze import cloze_prompt
from generator.dates import is_year
from generator.distractors import Candidate, pick_distractors, place_kind
from generator.figures import parse_ordinal
from generator.in_situ import in_situ_question
from generator.roles import roles
from generator.sentences import Sentence
from generator.values import detect
from generator.wh import wh_question
from generator.wording import in_place_of_answer, render, simplified_tokens, tidy
from generator.worthiness import TRIVIAL_COUNT, inside_quotation, rejection, score_sheet, sentence_trivia
from questions.question import BLANK, Kind


@dataclass(frozen=True)
class Draft:
    kind: Kind
    prompt: str
    answer: str | bool
    sentence: Sentence
    phrase: AnswerPhrase
    choices: tuple[str, ...] = ()
    role: str | None = None
    """The role an appositive gives the answer ("the former envoy"), when that is what is asked
    (see ``roles``), not the sentence."""

    @cached_property
    def answer_text(self) -> str:
        return self.sentence.span.doc[self.phrase.start : self.phrase.end].text


def stable_number(*parts: object) -> int:
    """A number from the parts' text, the same in every run (Python's hash() is salted)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def drafts_for(sentence: Sentence, phrase: AnswerPhrase) -> list[Draft]:
    """The cloze and the wh-question, where each can be made: cheap, so made for every answer.
    Both are made where they cannot be asked themselves too (``askable``): they carry the fact's
    true/false statement."""
    answer = phrase.span(sentence.span.doc).text
    cloze = cloze_prompt(sentence, phrase)
    wh = wh_question(sentence, phrase, place_kind=place_kind) or in_situ_question(
        sentence, phrase, place_kind=place_kind
    )
    return [
        Draft(kind, prompt, answer, sentence, phrase)
        for kind, prompt in ((Kind.CLOZE, cloze), (Kind.WH, wh))
        if prompt is not None
    ]


def askable(draft: Draft) -> bool:
    """Whether the cloze or wh-question may be asked itself: not while the main clause holds a "the
    X" that the question's remaining words no longer place (``Sentence.unnamed``); a role says its
    own."""
    return draft.role is not None or not draft.sentence.unnamed


def role_drafts(sentence: Sentence, *, people: Collection[str]) -> list[Draft]:
    """The wh-question and the cloze of each role the sentence gives a person ("Who is the former
    special envoy to Ukraine?"). A role holds wherever the sentence cannot be asked, but not in the
    page's furniture, nor for a name inside a quotation: "told, Chris, the same thing" is spoken
    to Chris, no role of his."""
    if any(problem.startswith("boilerplate") for problem in sentence.problems):
        return []
    made = []
    for phrase, role in roles(sentence, people=people):
        if inside_quotation(phrase.span(sentence.span.doc), sentence.span):
            continue
        answer = phrase.span(sentence.span.doc).text
        made += [
            Draft(Kind.WH, f"Who is {role}?", answer, sentence, phrase, role=role),
            Draft(Kind.CLOZE, f"{BLANK} is {role}.", answer, sentence, phrase, role=role),
        ]
    return made


def choice_drafts(
    drafts: Sequence[Draft],
    *,
    article_candidates: Sequence[Candidate],
    kinds: Collection[Kind],
    never_choices: Sequence[str] = (),
    published: date | None = None,
) -> list[Draft]:
    """Multiple choice (on a wh-question's stem) and true/false for the fact the drafts ask.
    Picking distractors is the costly part of drafting, so it is done only for the facts the
    ranking is about to keep. ``never_choices`` are names no choice may be: the article's subject
    and its byline; ``published``, the article's date, keeps a date's choices on its side of it."""
    first = drafts[0]
    sentence, phrase, answer = first.sentence, first.phrase, first.answer_text
    if not (Kind.MCQ in kinds or Kind.TRUE_FALSE in kinds):
        return []
    stem = next((draft.prompt for draft in drafts if draft.kind is Kind.WH), None)
    stated = Kind.TRUE_FALSE in kinds and not (
        sentence.negated
        or sentence.hedged
        or sentence.judging is not None
        or sentence.attributed
        or sentence.reported
        or sentence.leans_on
        or _adds_to_another(sentence)
        or _long_list(sentence)
        or score_sheet(sentence)
        or sentence_trivia(sentence) is not None
        or sentence.unnamed_subject
    )
    # Distractors are wanted for a choice, and for a false statement, which swaps one in: a figure,
    # a date or a place the article never names, not a person's or a body's name, which may take
    # another's role and still be true; false but for one time in four, so that "true" is not
    # always the answer.
    choosing = (
        Kind.MCQ in kinds
        and stem is not None
        and not is_year(answer)  # told apart by what everyone knows: raters accepted 17 of 37
        and askable(first)
        and not _bounded(phrase, sentence)
        and not _described(first, stem)
    )
    swapped = (
        _swappable(first)
        if stated and first.role is None and stable_number(sentence.index, answer, "true_false") % 4 != 0
        else None
    )
    distractors = (
        _distractors(first, article_candidates, never_choices, published)
        if choosing or swapped is first
        else []
    )
    made: list[Draft] = []
    if (
        stem
        and choosing
        and len(distractors) >= 3
        and _choices_fit(phrase, sentence, distractors, article_candidates)
    ):
        choices = sorted([answer, *distractors], key=lambda choice: stable_number(stem, choice))
        made.append(Draft(Kind.MCQ, stem, answer, sentence, phrase, choices=tuple(choices), role=first.role))
    if first.role is not None:
        if Kind.TRUE_FALSE in kinds:  # a swapped name may hold the role too: only the true statement
            made.append(
                Draft(
                    Kind.TRUE_FALSE,
                    tidy(f"{answer} is {first.role}."),
                    True,
                    sentence,
                    phrase,
                    role=first.role,
                )
            )
        return made
    if stated:
        swap = None
        if swapped is not None:
            choices_to_swap = (
                distractors
                if swapped is first
                else _distractors(swapped, article_candidates, never_choices, published)
            )
            if choices_to_swap:
                swap = _unsaid(swapped, choices_to_swap, article_candidates, never_choices, published)
        told = swapped if swapped is not None and swap is not None else first
        statement = _statement(sentence, told.phrase, swap=swap)
        if statement:
            made.append(Draft(Kind.TRUE_FALSE, statement, swap is None, sentence, told.phrase))
    return made


def _swappable(draft: Draft) -> Draft | None:
    """What a false statement of the draft's sentence swaps: the draft's own answer where it can
    be swapped, else the sentence's first figure or date that can ("Reid met Chertoff on Jan. 9"
    asked of Reid is false of Jan. 12): of 366 true/false statements in 210 lists' top 10 that were
    true, 171 held a figure or a date. Not another's place, which may be a person's name the
    model took for one."""
    sentence, phrase = draft.sentence, draft.phrase
    if phrase.label in SWAPPABLE_LABELS and _swaps_safely(phrase, sentence):
        return draft
    for other in answer_phrases(sentence.span, people=frozenset()):
        if (
            other.label in FIGURE_LABELS
            and other != phrase
            and _swaps_safely(other, sentence)
            and not _given_away_or_trivial(other, sentence)
        ):
            return Draft(Kind.TRUE_FALSE, "", True, sentence, other)  # its statement is made once swapped
    return None


def _given_away_or_trivial(phrase: AnswerPhrase, sentence: Sentence) -> bool:
    """A figure the sentence gives away is false on its face when swapped ("14-0-1 in its last 24
    games"), and a box score's count makes a trivial statement ("stopped 32 shots")."""
    reason = rejection(sentence, phrase, headline_words=())
    return reason is not None and reason.startswith(("obvious", TRIVIAL_COUNT))


def _swaps_safely(phrase: AnswerPhrase, sentence: Sentence) -> bool:
    return _safely_swapped(phrase, sentence) and not (
        phrase.label == "GPE" and (_habitual(sentence) or _placed_by_another(phrase, sentence))
    )


def _placed_by_another(phrase: AnswerPhrase, sentence: Sentence) -> bool:
    """ "a visit to Iraq, where he met leaders in Baghdad", "talks with Ankara ... Turkey": another
    place of the sentence says where the answer is, so a place swapped in is false by what everyone
    knows ("leaders in Aleppo"), not by the article (a rater of unseen BBC news: obvious)."""
    return any(
        entity.label_ == "GPE" and not (phrase.start <= entity.start < phrase.end)
        for entity in entities(sentence.span)
    )


def _unsaid(
    draft: Draft,
    distractors: list[str],
    article_candidates: Sequence[Candidate],
    never_choices: Sequence[str],
    published: date | None,
) -> str | None:
    """The value a false statement swaps in: one the article never states ("three hikes in 2019"
    is false of 2017, but true of the article's "another three increases in 2019"), nearest the
    answer; a made-up one where every choice is the article's."""
    said = {candidate.text for candidate in article_candidates}
    answer = draft.answer_text

    def usable(value: str) -> bool:
        return value not in said and not _year_next_to(answer, value)

    unsaid = [distractor for distractor in distractors if usable(distractor)] or [
        made_up for made_up in _distractors(draft, [], never_choices, published) if usable(made_up)
    ]
    return _nearest(answer, draft.phrase.label, unsaid) if unsaid else None


def _year_next_to(answer: str, value: str) -> bool:
    """ "In 1926, about half the toys ..." for 1925: a year next to the answer makes no certainly
    false statement (what held in one year often held in the next); raters reject it as a gotcha."""
    return (
        all(_FOUR_DIGITS.fullmatch(text) for text in (answer, value)) and abs(int(answer) - int(value)) <= 1
    )


_FOUR_DIGITS = re.compile(r"\d{4}")
"""A year as the false statement's swap compares it: "1775" too, before the years of the news."""


def _adds_to_another(sentence: Sentence) -> bool:
    """ "NASA also added smaller landers", "... offered their compliments, too": one of several
    facts, the others in other sentences, so no statement to judge on its own (raters accepted 4
    of 14 such true/false statements on the tuning pages, against 106 of 173 others; 2 of 8 with
    a closing "too" or "as well", in every round kept)."""
    words = [token.lower_ for token in sentence.kept if not token.is_punct]
    return "also" in words or words[-1:] == ["too"] or words[-2:] == ["as", "well"]


LONG_LIST = 8
"""Names in one list from which a statement of them is a list to learn by heart, not a fact."""


def _long_list(sentence: Sentence) -> bool:
    """ "Among the countries represented are Saudi Arabia, Kuwait, Bahrain, Qatar, Oman, ...": a
    statement of a long list to learn by heart (both raters of unseen news rejected one of twelve
    countries); five companies chosen for a programme are still its news. The small model breaks a
    list of people with their titles into pieces ("Participants included nazim Khalid Ghurki, Dr
    Amina Buttar, former MNA Najmi Saleem, ..."), so its names and commas are counted too."""
    if any(token.pos_ == "PROPN" and len(token.conjuncts) + 1 >= LONG_LIST for token in sentence.kept):
        return True
    kept = {token.i for token in sentence.kept}
    names = [entity for entity in entities(sentence.span) if entity.label_ in LISTED and entity.start in kept]
    commas = sum(token.text == "," for token in sentence.kept)
    return len(names) >= LONG_LIST and commas >= LONG_LIST - LIST_JOINS


LISTED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
LIST_JOINS = 2
"""A list of n names has n - 1 joins, the last of them "and": n - 2 commas."""


def _described(draft: Draft, stem: str) -> bool:
    """Whether the stem asks for a person by a description only some people fit ("Which Republican
    counsel ...?", "Who is Trump's leading Democratic rival?"): the article's other people are
    rarely of it, so they are no choices."""
    if draft.phrase.label != "PERSON":
        return False
    if draft.role is None:
        return stem.startswith("Which ")
    sides = (entity.text for entity in entities(draft.sentence.span) if entity.label_ == "NORP")
    return any(side in draft.role for side in sides)


def _distractors(
    draft: Draft,
    article_candidates: Sequence[Candidate],
    never_choices: Sequence[str],
    published: date | None,
) -> list[str]:
    sentence, phrase, answer = draft.sentence, draft.phrase, draft.answer_text
    # Every other name and figure of the sentence: a choice that is one of them, or part of
    # one ("Gregory Lanham" for "Lanham's attorney, _____"), is ruled out by the stem itself.
    doc = sentence.span.doc
    true_answers = [other.text for other in entities(sentence.span) if other.text != answer]
    repaired = answer_phrases(sentence.span, people=frozenset())  # "£300" where the model saw "300"
    true_answers += [text for other in repaired if (text := other.span(doc).text) != answer]
    true_answers += [name for name in never_choices if name != answer]
    true_answers += [  # a figure the model took for no entity: "from 2011 to 2014"
        token.text
        for token in tokens_of(sentence.span)
        if token.like_num and not phrase.start <= token.i < phrase.end
    ]
    true_answers += _times_so_far(phrase, doc)
    distractors = pick_distractors(
        answer,
        phrase.label,
        article_candidates=article_candidates,
        true_answers=true_answers,
        seed=stable_number(sentence.index, answer),
        doers_only=phrase.span(sentence.span.doc).root.dep_ in {"nsubj", "nsubjpass"},
        published=published,
    )
    if distractors and phrase.label == "CARDINAL":
        # "one" for "three" would break the agreement of a plural noun ("one insurgents")
        distractors = [choice for choice in distractors if choice.casefold() not in {"one", "1"}]
    return distractors or []


def _times_so_far(phrase: AnswerPhrase, doc: Doc) -> list[str]:
    """ "for the eighth time in _____ meetings": the ordinal, as a figure the count cannot be under
    (raters: "seven, six, five" were all ruled out by the stem)."""
    start = phrase.start
    if (
        phrase.label != "CARDINAL"
        or start < 3
        or [t.lower_ for t in doc[start - 2 : start]] != ["time", "in"]
    ):
        return []
    times = parse_ordinal(doc[start - 3].text)
    return [str(times.value)] if times is not None else []


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
FIGURE_LABELS = frozenset({"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DURATION"})
SWAPPABLE_LABELS = FIGURE_LABELS | {"GPE"}
"""What a false statement may swap: a place too ("captured in Bhutan" for Afghanistan): of the
top-10 true/false statements of 186 lists 380 of 423 were true while only figures and dates
were swapped. A sentence asked of a name swaps its figure or date (``_swappable``)."""


def _choices_fit(
    phrase: AnswerPhrase,
    sentence: Sentence,
    distractors: Sequence[str],
    article_candidates: Sequence[Candidate],
) -> bool:
    """Whether the distractors read as well as the answer in the stem. After "the" only some
    names fit ("the Netherlands"), so no choices there. Places and nationalities from the
    built-in lists are implausible next to the article's own ("Wuhan" for "Seoul", "New Orleans"
    for "Quebec City"): all three must come from the article."""
    doc = sentence.span.doc
    if phrase.start > sentence.span.start and doc[phrase.start - 1].lower_ == "the":
        return False
    if phrase.label not in PLACE_LABELS:
        return True
    from_article = {candidate.text for candidate in article_candidates}
    return all(distractor in from_article for distractor in distractors)


LIMIT_WORDS = frozenset({"least", "most", "than", "up", "over", "under", "below", "above"})
"""Before a figure they make a limit: a choice on the right side of it meets the limit too."""
BOUND_WORDS = LIMIT_WORDS | {"between", "from", "since", "until"}
"""Before a figure they make a bound or a range: swapping the figure may keep the statement true."""


def _words_before(phrase: AnswerPhrase, sentence: Sentence) -> set[str]:
    doc = sentence.span.doc
    return {doc[i].lower_ for i in range(max(sentence.span.start, phrase.start - 2), phrase.start)}


def _bounded(phrase: AnswerPhrase, sentence: Sentence) -> bool:
    """ "stayed below 6 percent", "more than 600,000": a bound, which a choice on the right side of
    it would also meet ("below 10 percent" is true too), so no multiple choice."""
    return bool(_words_before(phrase, sentence) & LIMIT_WORDS)


NUMBER_SIGNS = frozenset({"no.", "no", "#", "number", "nos."})
"""Words after which a number is part of a name ("Yushin Maru No. 2", "Channel #4")."""


def _after_a_number_sign(phrase: AnswerPhrase, sentence: Sentence) -> bool:
    """Whether the answer follows "No." (which the tokenizer may split as "No" and "."), "#" or
    "Number"."""
    words = [token for token in sentence.span if token.i < phrase.start][-2:]
    written = "".join(token.text for token in words).lower()
    return bool(words) and (words[-1].lower_ in NUMBER_SIGNS or written in NUMBER_SIGNS)


def _safely_swapped(phrase: AnswerPhrase, sentence: Sentence) -> bool:
    """Whether a distractor can stand in the answer's place and make the statement false:
    not in a range or bound ("between January 2021 and ..."), not before a possessive
    ("Canada's" -> "United States's"), not after "the" ("the Netherlands" -> "the Switzerland"),
    not inside a name ("the Group of eight", "Yushin Maru No. 2")."""
    doc = sentence.span.doc
    after = doc[phrase.end] if phrase.end < sentence.span.end else None
    if _words_before(phrase, sentence) & BOUND_WORDS or (after is not None and after.lower_ in {"and", "to"}):
        return False  # "230 miles to more than 300": one end of a range
    if after is not None and after.tag_ == "POS":
        return False
    if after is not None and after.text == "-" and _joined_figure(doc, phrase.end + 1, sentence):
        return False  # "hit 14-of-21 shots" -> "22-of-21": one number of a pair
    before = doc[phrase.start - 1] if phrase.start > sentence.span.start else None
    joints = [
        doc[i]
        for i in range(max(sentence.span.start, phrase.start - 4), phrase.start)
        if doc[i].lower_ in RANGE_JOINTS
    ]
    # "between January and August", "between midnight on 31 December and midnight on 1 January": the
    # far end, and "January and May" is true too
    if any(_opens_a_range(joint, sentence) for joint in joints):
        return False
    if before is not None and before.lower_ == "of" and before.head.pos_ == "PROPN":
        return False  # "the Group of eight nations" -> "Group of six": a name, true by its name alone
    if _after_a_number_sign(phrase, sentence):
        return False  # "the whaler Yushin Maru No. 2" -> "No. 4": the number names a ship
    if _names_an_event(phrase.span(doc)):
        return False
    return not (before is not None and before.lower_ == "the")


HABITUAL_WORDS = frozenset(
    {"usually", "often", "typically", "generally", "normally", "always", "traditionally"}
)


def _habitual(sentence: Sentence) -> bool:
    """ "In Hawaii, primaries are usually packed with veterans": what is usual in one place may be
    usual in another too, so another place swapped in makes no certainly false statement."""
    return any(token.lower_ in HABITUAL_WORDS for token in tokens_of(sentence.span))


def _joined_figure(doc: Doc, at: int, sentence: Sentence) -> bool:
    """Whether the token at ``at`` carries on a figure past a hyphen: "of-21", "10"."""
    if at >= sentence.span.end:
        return False
    text = doc[at].text
    return text[:1].isdigit() or text.startswith("of-")


RANGE_JOINTS = frozenset({"and", "to", "through"})


def _opens_a_range(joint: Token, sentence: Sentence) -> bool:
    """Whether "between" or "from" opens a range a few words before its "and" or "to"."""
    doc = sentence.span.doc
    return any(
        doc[i].lower_ in {"between", "from"} for i in range(max(sentence.span.start, joint.i - 6), joint.i)
    )


_MEASURE_WRITTEN_ON = re.compile(r"\d[\d,]*[a-z]+")


def _names_an_event(answer: Span) -> bool:
    """ "the 100m and 200m events", "200m gold": a measure written onto its number and set before a
    noun names a race; "160m events" is false only to someone who knows there is none."""
    root = answer.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "the 100m and 200m events": the first of the pair says how they attach
    return (
        _MEASURE_WRITTEN_ON.fullmatch(answer.text) is not None
        and root.dep_ in {"compound", "nummod", "amod", "nmod"}
        and root.head.pos_ == "NOUN"
    )


def _nearest(answer: str, label: str, distractors: Sequence[str]) -> str:
    """The distractor nearest the answer's value, which makes the most plausible false statement:
    "194 pounds" for a man of 243, not "145"."""
    pattern = detect(answer, label)

    def gap(text: str) -> float:
        other = detect(text, label)
        difference = pattern.difference(other) if pattern is not None and other is not None else None
        return abs(difference) if difference is not None else float("inf")

    return min(distractors, key=gap)


def _statement(sentence: Sentence, phrase: AnswerPhrase, *, swap: str | None) -> str | None:
    tokens = simplified_tokens(sentence, phrase)
    if tokens is None:
        return None
    pieces: list[Token | str] = (
        list(tokens)
        if swap is None
        else in_place_of_answer(tokens, phrase, swap, replacements=sentence.replacements)
    )
    replacements = sentence.replacements
    article = sentence.span.doc[phrase.start - 1] if phrase.start > sentence.span.start else None
    if swap is not None and article is not None and article.lower_ in {"a", "an"}:
        written = "an" if _vowel_sound(swap) else "a"  # "a 51% position" -> "an 80% position"
        written = written.capitalize() if article.text[0].isupper() else written
        replacements = {**replacements, article.i: written}
    text = render(pieces, replacements=replacements)
    return text if text.endswith(".") else None


_VOWEL_SOUND = re.compile(r"^(?:[aeioAEIO]|8|1[18](?:\D|$|\d{3}(?!\d)))")


def _vowel_sound(text: str) -> bool:
    """Whether "an" goes before ``text``: a vowel, or a figure read "eight", "eleven", "eighteen"."""
    return _VOWEL_SOUND.match(text) is not None


__all__ = ["Draft", "choice_drafts", "drafts_for", "stable_number"]
