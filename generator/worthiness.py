"""Answer-worthiness: whether a phrase is a fact a reader would want to be asked.

Raters reject two kinds of answers however well the question is written: the *obvious* (the
sentence or common knowledge gives it away) and the *trivial* (nothing worth remembering). Each
rule below names one such kind; ``rejection`` gives the first that applies, as a reason.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from decimal import Decimal

from spacy.tokens import Span, Token
from wordfreq import zipf_frequency

from generator import word_lists
from generator.analysis import entities, text_of, tokens_of
from generator.answers import NAME_LABELS, NUMERIC_LABELS, AnswerPhrase
from generator.dates import is_year
from generator.figures import parse_number, parse_ordinal
from generator.lexicon import english
from generator.sentences import Sentence

HOUSEHOLD_NAME = 4.0
"""Zipf frequency from which a name is known to everyone ("Britain", "Twitter", "Pittsburgh"):
on the tuning pages raters accepted 11 of 101 questions, choices and blanks whose answer is a
name from 4.0 to 4.6, against 37 of 104 under 3.0."""
FAMOUS_PERSON = 3.7
"""Zipf frequency from which a person's name is in the news every day ("Boris Johnson")."""
MIN_SPELLED = 4
"""A word of the answer this long inside another word gives it away ("Clegg" in "Cleggmania")."""
TABLE_OF_FIGURES = 4
"""A sentence with this many amounts is a table written out: one of them is trivia."""
TRIVIAL_COUNT = "trivial: a count of a box score or a police log"
_SCORE = re.compile(r"^\d+[-–]\d+$")
_SCORE_LINE = re.compile(r"\bout for \d+\b|\b\d+ for \d+\b")
_COUNT_IN_PROGRESS = re.compile(
    r"\bwith\b[^,;]{0,30}?(?:pct|percent|per cent|%) of\b[^,;]{0,30}?"
    r"\b(?:counted|reporting|tallied|processed|declared|in)\b",
    re.IGNORECASE,
)
_BARE_MONTH = re.compile("^(?:" + "|".join(calendar.month_name[1:]) + ")$")


def rejection(sentence: Sentence, phrase: AnswerPhrase, *, headline_words: Collection[str]) -> str | None:
    """Why ``phrase`` is not worth asking about, or None when it is."""
    doc = sentence.span.doc
    answer = phrase.span(doc)
    if not sentence.shows(phrase.start, phrase.end) and sentence.aside_of(phrase.start, phrase.end) is None:
        return "trivial: part of an attribution, a dateline or an aside"
    if phrase.label == "TIME":
        return "trivial: a time of day"
    if phrase.label == "NORP":
        return "obvious: a nationality the sentence's other names give away"
    if headline_subject(answer.text, phrase.label, headline_words=headline_words):
        return "obvious: the headline's subject asked about itself"
    if phrase.label in {"DATE", "CARDINAL"} and is_year(answer.text) and answer.text in headline_words:
        return "obvious: the headline's year ('The gaming world in 2005')"
    if phrase.label in NUMERIC_LABELS and _headline_figure(answer.text, headline_words):
        return "obvious: the headline gives the figure, or a round one near it ('£1bn' for £960m)"
    if _in_a_list(answer, sentence):
        return "obvious: one of a pair or list, the others give it away"
    if _compound_word(answer):
        return "obvious: part of a compound word or fixed phrase"
    if _inside_another_word(answer, sentence.span):
        return "obvious: another word of the sentence spells the answer ('Cleggmania')"
    if phrase.label == "CARDINAL" and _counted_in_the_sentence(answer, sentence.span):
        return "obvious: the sentence lists as many names as the answer counts"
    if phrase.label in NUMERIC_LABELS and _counts_trivia(answer, sentence.span):
        return f"{TRIVIAL_COUNT} ('31 saves', '$5,000 bond')"
    if phrase.label == "CARDINAL" and _sample_size(answer):
        return "trivial: how many a poll asked ('interviewed 401 people'), its method, not its finding"
    if score_sheet(sentence) and (phrase.label in NUMERIC_LABELS or _SCORE_LINE.search(sentence.text)):
        return "trivial: one figure of a table of figures (a box score, a list of results)"
    if trivia := sentence_trivia(sentence):
        return trivia
    if phrase.label in NUMERIC_LABELS and _progress_of_a_count(answer, sentence.span):
        return "trivial: how much of a count is in ('with 90 pct of ballots counted'), not its result"
    if _claimed_on_the_way(answer, sentence):
        return "a claim: one side's account, told in a clause ('claiming that he needed 36 stitches')"
    if inside_quotation(answer, sentence.span):
        return "obvious: part of a quoted phrase, which the rest of the quote gives away"
    if phrase.label == "DATE" and _law_s_year(answer):
        return "obvious: the year in a law's name ('the Civil Rights Act of 1964')"
    if phrase.label in NUMERIC_LABELS and _worked_out(answer, sentence):
        return "obvious: the sum, difference, product or quotient of two other figures of the sentence"
    if phrase.label == "CARDINAL" and _games_of_a_record(answer, sentence.span):
        return "obvious: the games of a record the sentence gives ('14-0-1 in its last 15 games')"
    if phrase.label in NUMERIC_LABELS and (_after_zero_to(answer, sentence.span) or _wholly(answer)):
        return "obvious: completes a fixed phrase ('zero to 60 mph', '100 percent recovered')"
    if phrase.label in NAME_LABELS and _modifies_common_noun(answer):
        return "trivial: a name used as a modifier ('the _____ government')"
    if phrase.label in {"DATE", "QUANTITY"} and _modifies_common_noun(answer):
        return "trivial: a date or measure used as a modifier ('the 2021 model', 'a 2-liter engine')"
    if phrase.label in {"GPE", "LOC"} and _place_after_place(answer):
        return "obvious: the country or state of a place just named"
    if phrase.label == "GPE" and _country_gives_away(answer, sentence):
        return "obvious: general knowledge, a country and its capital or people ('China' … 'Beijing')"
    if _attribution(answer):
        return "trivial: the source of a report, not a fact"
    if (
        phrase.label == "CARDINAL"
        and answer.start > 0
        and doc[answer.start - 1].lower_ in {"the", "these", "those"}
    ):
        return "vague: 'the two' points to people or things named elsewhere"
    if phrase.label == "DATE" and _BARE_MONTH.match(answer.text):
        return "vague: a month with no day or year"
    if phrase.label in NAME_LABELS and answer.start > 0 and doc[answer.start - 1].like_num:
        return "trivial: a unit the model took for a name ('30-600 MW')"
    if answer.end < len(doc) and doc[answer.end].text.startswith("/") and not doc[answer.end - 1].whitespace_:
        return "trivial: a figure written onto its unit ('$0.03/kWh')"
    if ".com" in answer.text.lower() or ".org" in answer.text.lower():
        return "trivial: a web address"
    if phrase.label in NUMERIC_LABELS and _after_a_number_sign(answer):
        return "trivial: a number that names, not counts ('the Yushin Maru No. 2', 'gate #4')"
    if phrase.label in NUMERIC_LABELS and _score_fragment(answer):
        return "trivial: one number of a score"
    if any(token.lower_ in english.street_words for token in doc[phrase.start : phrase.end + 2]):
        return "trivial: a street address"
    if phrase.label in NAME_LABELS and household_name(answer.text, phrase.label):
        return "obvious: a name everyone knows, guessable without the article"
    return None


NUMBER_SIGNS = frozenset({"no", "no.", "nr", "nr.", "#"})
"""What makes the figure after it a name's or a list's number."""


def _after_a_number_sign(answer: Span) -> bool:
    """ "Yushin Maru No. 2", "gate #4": the small model splits "No." into "No" and "."."""
    doc = answer.doc
    before = [token.lower_ for token in doc[max(answer.start - 2, 0) : answer.start]]
    return bool(before) and (before[-1] in NUMBER_SIGNS or before[-2:] in (["no", "."], ["nr", "."]))


def household_name(text: str, label: str) -> bool:
    floor = FAMOUS_PERSON if label == "PERSON" else HOUSEHOLD_NAME
    return zipf_frequency(text, "en") >= floor


def headline_subject(answer: str, label: str, *, headline_words: Collection[str]) -> bool:
    """A name the headline gives (a person by the surname alone: "Chepkoech breaks ...")."""
    if label not in NAME_LABELS:
        return False
    words = [word.lower().strip(".,").removesuffix("’s").removesuffix("'s") for word in answer.split()]
    if label == "PERSON":
        return words[-1] in headline_words
    return set(words) <= set(headline_words)


HEADLINE_ROUNDING = (Decimal("0.85"), Decimal("1.18"))
"""How far a headline's round figure may be from the body's ("UK pledges £1bn" for £960m)."""


def _headline_figure(answer: str, headline_words: Collection[str]) -> bool:
    """Whether the headline gives the answer's figure, or rounds it: the words of a headline are
    cased down and cut at punctuation ("£1bn" is "1bn"), so only the value and magnitude count."""
    number = parse_number(answer)
    if number is None or not number.amount:
        return False
    low, high = HEADLINE_ROUNDING
    return any(
        given is not None
        and given.amount
        and not is_year(word)
        and low <= number.amount / given.amount <= high
        and ("%" in answer) == ("%" in word)
        for word in headline_words
        for given in [parse_number(word)]
    )


def _in_a_list(answer: Span, sentence: Sentence) -> bool:
    """One of coordinated names ("Porto, Real Madrid and Inter Milan"), whatever type the small
    model gave the others: names in a list are names of one kind. A list the statement drops (in
    parentheses) gives nothing away."""
    head = answer.root

    def alike(other: Token) -> bool:
        shown = sentence.shows(other.i, other.i + 1)
        return shown and (
            other.ent_type_ == head.ent_type_ or (head.pos_ == "PROPN" and other.pos_ == "PROPN")
        )

    if head.dep_ == "conj" and alike(head.head):
        return True
    return any(child.dep_ == "conj" and alike(child) for child in head.children)


def _compound_word(answer: Span) -> bool:
    doc = answer.doc
    after = doc[answer.end] if answer.end < len(doc) else None
    before = doc[answer.start - 1] if answer.start > 0 else None
    glued_after = after is not None and not answer[-1].whitespace_ and after.text in {"-", "–"}
    glued_before = before is not None and not before.whitespace_ and before.text in {"-", "–"}
    return glued_after or glued_before


_WORD = re.compile(r"[^\W\d_]+")


def _inside_another_word(answer: Span, sentence: Span) -> bool:
    keys = {token.lower_ for token in answer if token.is_alpha and len(token) >= MIN_SPELLED}
    if not keys:
        return False
    text = text_of(sentence).lower()
    start, end = answer.start_char - sentence.start_char, answer.end_char - sentence.start_char
    words = set(_WORD.findall(text[:start] + " " + text[end:]))  # the sentence's other words, as text
    return any(key in word and key != word for word in words for key in keys)


def _counted_in_the_sentence(answer: Span, sentence: Span) -> bool:
    """ "adding _____ companies: Blue Origin, Ceres Robotics and SpaceX": the list counts for it;
    "Phillips and Brown are both black, the first team with _____ black coordinators": "both"
    does; so does "won _____ awards, one as ... and another for ..." (a fresh BBC round)."""
    value = _small_number(answer.text)
    if value is None:
        return False
    if value == 2 and any(token.lower_ == "both" for token in tokens_of(sentence)):
        return True
    after = [token.lower_ for token in tokens_of(sentence) if token.i >= answer.end]
    if value == 2 and "one" in after and "another" in after[after.index("one") :]:
        return True
    for token in tokens_of(sentence):
        if token.pos_ == "PROPN" and token.dep_ != "conj":
            members = 1 + sum(1 for other in token.subtree if other.dep_ == "conj" and other.pos_ == "PROPN")
            if members == value and members > 1:
                return True
    return False


def _law_s_year(answer: Span) -> bool:
    """ "signed the Civil Rights Act of _____": the year is part of the law's name, which the reader
    knows by it (both raters of unseen news rejected it as obvious)."""
    doc = answer.doc
    return (
        answer.start >= 2
        and doc[answer.start - 1].lower_ == "of"
        and doc[answer.start - 2].ent_type_ == "LAW"
    )


MIN_WORKED_OUT = 10
"""A whole number under this is the sum or difference of two others too often by chance."""


def _worked_out(answer: Span, sentence: Sentence) -> bool:
    """ "£77m would be lost ..., meaning if evenly split between the five local authorities,
    Bradford faces a loss of £15.4m": the rest of the sentence gives the answer by one sum (both
    raters of unseen news rejected the blank as obvious). Years are left out: two years' difference
    is a count of years, not the figure."""
    number = parse_number(answer.text)
    if number is None or (number.value < MIN_WORKED_OUT and number.value == number.value.to_integral_value()):
        return False
    values = [
        figure.value
        for entity in entities(sentence.span)
        if entity.label_ in NUMERIC_LABELS
        and (entity.end <= answer.start or entity.start >= answer.end)
        and sentence.shows(entity.start, entity.end)
        and (figure := parse_number(entity.text)) is not None
    ]
    return any(
        number.value in _sums(a, b) for i, a in enumerate(values) for j, b in enumerate(values) if i != j
    )


_RECORD = re.compile(r"(?<![\w.])\d+(?:[-–]\d+){1,2}(?![\w.])")


def _games_of_a_record(answer: Span, sentence: Span) -> bool:
    """ "improved to 14-0-1 in its last _____ games": wins, losses and ties add up to the answer
    (both held-out raters: the answer is in the prompt)."""
    value = _small_number(answer.text)
    return value is not None and any(
        sum(int(part) for part in re.split("[-–]", record)) == value
        for record in _RECORD.findall(text_of(sentence))
    )


def _sums(a: Decimal, b: Decimal) -> set[Decimal]:
    """What one step of arithmetic makes of two figures."""
    made = {a + b, abs(a - b), a * b}
    if b:
        made.add(a / b)
    return made


def _small_number(text: str) -> int | None:
    words = list(word_lists.CARDINAL_WORDS)
    word = text.casefold()
    if word.isdigit():
        return int(word)
    return words.index(word) if word in words else None


def _counts_trivia(answer: Span, sentence: Span) -> bool:
    doc = answer.doc
    nouns = [answer.root.head]
    if answer.end < sentence.end:
        nouns.append(doc[answer.end])
    return any(noun.pos_ == "NOUN" and noun.lemma_.lower() in english.trivial_counts for noun in nouns)


POLLING_VERBS = frozenset({"poll", "survey", "interview", "question", "sample"})
SAMPLE_NOUNS = frozenset({"sample", "respondent", "survey", "poll"})


def _sample_size(answer: Span) -> bool:
    """ "CommunicateResearch interviewed 401 people", "YouGov polled a weighted sample of 1,684
    voters": the size of a poll's sample (both raters of unseen news rejected both as trivia)."""
    head = answer.root
    for _ in range(4):
        if head.lemma_.lower() in SAMPLE_NOUNS:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return head.lemma_.lower() in POLLING_VERBS
        if head.head == head:
            return False
        head = head.head
    return False


def score_sheet(sentence: Sentence) -> bool:
    """ "Ramprakash was out for 58, he and Vaughan adding 113 ... at 3 for 93": a sentence of
    ``TABLE_OF_FIGURES`` amounts or more, or a batsman's score ("out for 22", "5 for 390"), is a
    score sheet written out; no one of its figures, and no statement of them, is a fact a reader
    keeps (raters accepted 1 of 5 on unseen news)."""
    numeric = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
    figures = sum(entity.label_ in numeric for entity in entities(sentence.span))
    return figures >= TABLE_OF_FIGURES or _SCORE_LINE.search(sentence.text) is not None


PLAYER_LINE_VERBS = frozenset(
    {"have", "add", "make", "register", "record", "score", "tally", "collect", "post", "notch", "stop"}
)
RESULT_VERBS = frozenset(
    {"beat", "defeat", "win", "lose", "rout", "edge", "top", "down", "blank", "clinch", "sweep"}
)
SCORING_VERBS = frozenset({"score", "tally"})


def player_line(sentence: Sentence) -> bool:
    """ "Jaromir Jagr registered a goal and three assists", "Petr Prucha scored twice": one player's
    line of a box score written out, whose figures a reader does not keep; in a roundup of games it
    does not even say which game (of 9 such items on unseen news, both raters rejected 8). A
    sentence that also tells the game's result ("... as the Wild beat the Sabres 4-2") is the
    game's news."""
    root = sentence.root
    lemma = root.lemma_.lower()
    if lemma not in PLAYER_LINE_VERBS:
        return False
    subject = next((child for child in root.children if child.dep_ == "nsubj"), None)
    if (
        subject is None
        or not subject.text[:1].isupper()
        or any(child.dep_ == "det" for child in subject.children)
    ):
        return False  # a player is named: "The agency has a goal of 50 percent" is no box score
    if _tells_a_result(sentence.span):
        return False
    objects = [child for child in root.children if child.dep_ == "dobj"]
    objects += [conjunct for thing in objects for conjunct in thing.conjuncts]
    if objects:
        return all(thing.lemma_.lower() in english.stat_line_nouns for thing in objects)
    return lemma in SCORING_VERBS  # "Blake Coleman scored for New Jersey", "Prucha scored twice"


def _tells_a_result(span: Span) -> bool:
    """A verb of winning or losing outside a relative clause ("who have won two in a row" only
    describes the team)."""
    return any(
        token.pos_ == "VERB"
        and token.lemma_.lower() in RESULT_VERBS
        and not any(part.dep_ == "relcl" for part in (token, *token.ancestors))
        for token in tokens_of(span)
    )


PLACING_VERBS = frozenset({"finish", "come", "place", "trail"})
PLACES = frozenset({"place", "spot", "position"})
MEDAL_PLACES = 3


def minor_placing(sentence: Sentence) -> bool:
    """ "Maduaka finished fifth in 7.35", "left Shevchenko trailing in sixth spot": a place
    outside the medals is one line of a results table, not news a reader keeps."""
    for entity in entities(sentence.span):
        if entity.label_ != "ORDINAL" or (place := parse_ordinal(entity.text)) is None:
            continue
        head = entity.root.head.lemma_.lower()
        if place.value > MEDAL_PLACES and (head in PLACING_VERBS or head in PLACES):
            return True
    return False


STAGES = frozenset({"set", "game", "point", "tiebreak", "tiebreaker"})
"""The parts of a tennis match an ordinal picks out: "the second set", "the first seven points"."""
TENNIS_WORDS = frozenset({"set", "tiebreak", "tiebreaker", "serve", "break", "ace", "love", "deuce", "hold"})
ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "last", "final", "opening", "deciding"}
)
_TENNIS = re.compile(
    r"\b(?:sets?|tiebreak(?:er)?s?|serv\w*|break\w*|broke|aces?|love|deuce|hold\w*|held)\b", re.I
)


def _progress_of_a_count(answer: Span, sentence: Span) -> bool:
    """ "With about 90 pct of ballots counted, Saakashvili had 52.1 pct": how far the count had got
    when the figure was given, a circumstance of the result, not news (both raters rejected it
    falsified as "70 pct")."""
    start = answer.start_char - sentence.start_char
    return any(
        match.start() <= start < match.end() for match in _COUNT_IN_PROGRESS.finditer(text_of(sentence))
    )


def _claimed_on_the_way(answer: Span, sentence: Sentence) -> bool:
    """ "Williams chuckled at his fall, jokingly claiming that he needed 36 stitches": the answer
    is what a verb of dispute ("claim", "allege", ``english.contested_verbs``) reports, though not
    the sentence's main verb, whose report ``statements`` takes apart."""
    for token in answer.root.ancestors:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in english.contested_verbs:
            return token.head != sentence.root
    return False


def sentence_trivia(sentence: Sentence) -> str | None:
    """Why the whole sentence is a line no reader keeps (a box score's, a results table's, a
    market table's, or a moment of play by play), whatever it is asked of; None when it is not."""
    if player_line(sentence):
        return "trivial: one player's line of a box score ('had a goal and two assists')"
    if minor_placing(sentence):
        return "trivial: a place outside the medals ('finished fifth'), a line of a results table"
    if match_stage(sentence):
        return "trivial: a stage of a match ('the last four games of the second set'), play by play"
    if running_score(sentence):
        return "trivial: the score on the way ('gave the Blues a 2-0 edge'), play by play"
    if market_tick(sentence):
        return "trivial: a day's share price or trading volume, a line of a market table"
    if street_address(sentence):
        return "trivial: a street address ('a garage behind 2134 Caldwell Place')"
    if setting_of_a_quote(sentence):
        return "trivial: the occasion of what someone said ('was giving evidence to the committee')"
    return None


SPEAKING_VERBS = frozenset({"speak", "talk", "testify", "respond", "react", "comment", "write"})
SPEAKING_NOUNS = frozenset(
    {
        "evidence",
        "reaction",
        "speech",
        "interview",
        "address",
        "statement",
        "response",
        "lecture",
        "testimony",
    }
)
"""What "was giving" a person's words: "was giving his reaction to a report"."""


def setting_of_a_quote(sentence: Sentence) -> bool:
    """ "Lord Woolf was giving evidence to the committee's inquiry", "Mr Leigh was giving his reaction
    to a report", "the commissioner was speaking amid claims ...": the occasion of a quotation the
    story gives elsewhere, told in the past progressive; raters of unseen BBC news rejected all
    three such statements, as trivial or vague."""
    root = sentence.clause_root
    if root is None or root.tag_ != "VBG":
        return False
    children = list(root.children)
    if not any(child.dep_ == "aux" and child.lower_ in {"was", "were"} for child in children):
        return False
    if root.lemma_ in SPEAKING_VERBS:
        return True
    return root.lemma_ == "give" and any(
        child.dep_ == "dobj" and child.lemma_ in SPEAKING_NOUNS for child in children
    )


ADDRESS_WORDS = english.street_words | {"place", "court", "terrace", "way", "circle", "crescent", "parkway"}
"""The last word of a street's name in an address; capitalised there ("Caldwell Place"), unlike
"took place"."""


def street_address(sentence: Sentence) -> bool:
    """ "executed a search warrant on a garage behind 2134 Caldwell Place", "a vehicle driven by
    Jonathan Blair, 29, of 1909 Jolinda Drive": a house number and its street, which no reader
    keeps, whatever the statement is asked of (both raters rejected both as trivial)."""
    tokens = list(tokens_of(sentence.span))
    for at, token in enumerate(tokens):
        if not token.is_digit:
            continue
        for names, after in enumerate(tokens[at + 1 : at + 5]):
            if after.lower_ in ADDRESS_WORDS and after.is_title and names:
                return True
            if not after.is_title:
                break
    return False


_RUNNING_SCORE = re.compile(
    r"\b\d+[-–]\d+ (?:(?:halftime|half-time|first-half|early|late|first-period|second-period) )?"
    r"(?:lead|edge|advantage|cushion)\b|\bwithin \d+[-–]\d+\b"
    r"|\bwith (?:just |only )?\d+:\d\d (?:remaining|left|to play|to go)\b"
)


def running_score(sentence: Sentence) -> bool:
    """ "McDonald gave the Blues a 2-0 edge", "to take a 39-38 halftime lead", "got the Knicks within
    90-85 with 4:29 remaining": the score or the clock partway through a game, a step of play by
    play that the result overtakes (both raters rejected all four such items of unseen news). A
    lead in a series of games is news."""
    return _RUNNING_SCORE.search(sentence.text) is not None and "series" not in sentence.text


def match_stage(sentence: Sentence) -> bool:
    """ "Djokovic ran off the last four games of the second set", "Becker won the first seven
    points of the tiebreaker": a stage of a tennis match, told point by point, which a reader of
    the result does not keep (both raters rejected all four such on unseen news). A game or a set
    counted by an ordinal is the tennis of it only beside a word of tennis ("the first game" of a
    season is not)."""
    if not _TENNIS.search(sentence.text):
        return False  # cheap: asked of every answer of every sentence
    lemmas = {token.lemma_.lower() for token in tokens_of(sentence.span)}
    if not lemmas & TENNIS_WORDS:
        return False
    if lemmas & {"tiebreak", "tiebreaker"}:
        return True
    return any(
        token.pos_ == "NOUN"
        and token.lemma_.lower() in STAGES
        and any(child.lower_ in ORDINAL_WORDS for child in token.children)
        for token in tokens_of(sentence.span)
    )


_PRICE = r"(?:[$£€]\d|\d[\d.]* (?:cents|pence)\b)"
_MARKET_TICK = re.compile(
    rf"\btraded\b[^;]{{0,40}}?\bat {_PRICE}|\btraded (?:up|down|higher|lower|flat)\b"
    rf"|\bshares\b[^;]{{0,40}}?\b(?:closed|opened|ended|finished)\b[^;]{{0,40}}?\bat {_PRICE}"
    r"|\b(?:trading|share) volume\b|^volume (?:was|is|totaled|totalled)\b|\bdaily average of [^.;]*\bshares\b"
    r"|\bshares (?:rose|fell|gained|lost|climbed|slipped|dropped)\b[^.;]{0,30}\b(?:cents|pence)\b"
    r"|\b(?:was|were) (?:little changed|unchanged|flat) at\b"
    r"|\b(?:steepest|biggest|worst|largest|best)"
    r" (?:slide|drop|decline|fall|loss|gain|advance|jump) (?:in|on) the\b",
    re.IGNORECASE,
)
_MARKET = (
    r"(?:\b[A-Z][\w&]*(?: [A-Z0-9][\w&]*)* [Ii]ndex\b(?! of (?:consumer|producer|house|home|leading))"
    r"|\byields?\b|\b(?:pound|dollar|euro|yen|yuan|franc|rupee|ruble|crude|gold|silver|copper|Brent|stocks)\b)"
)
_MARKET_MOVE = re.compile(
    rf"{_MARKET}[^.;]{{0,80}}?\b(?:rose|fell|gained|added|dropped|slipped|climbed|declined|advanced|jumped"
    r"|slid|sank|rallied|retreated|reached|touched)\b[^.;]{0,20}?"
    r"(?:\d[\d.,]* ?(?:percent|%)|\S+ basis points?|\btoward [$£€]\d|\bto [$£€]\d"
    r"|\b(?:lowest|highest) (?:level )?since\b)"
)
"""A market's move in a day's report: "Japan's Topix index gained 0.9 percent", "the 10-year yield
fell three basis points", "crude fell toward $50", "the lowest since Nov. 15"."""


def market_tick(sentence: Sentence) -> bool:
    """ "Boeing traded higher by 0.71% at $132.57", "Volume was less than half the daily average",
    "BA's shares closed up four pence at 274.5 pence": a day's price or volume, which no reader keeps
    (raters rejected all nine such items of the Lee, BBC and newspaper3k rounds); and a market's
    move in a day's report, unless to a record (both raters rejected all nine of the Bloomberg
    page of the postlight round)."""
    text = sentence.text
    return _MARKET_TICK.search(text) is not None or (
        _MARKET_MOVE.search(text) is not None and "record" not in text
    )


def inside_quotation(answer: Span, sentence: Span) -> bool:
    """ "the 'one country, two systems' formula": an odd number of quote marks before the answer
    in its sentence puts it inside a quotation."""
    before = (token for token in tokens_of(sentence) if token.i < answer.start)
    return sum(token.text in {'"', "“", "”"} for token in before) % 2 == 1


def _after_zero_to(answer: Span, sentence: Span) -> bool:
    before = [token.lower_ for token in answer.doc[max(answer.start - 2, sentence.start) : answer.start]]
    return before[-2:] in (["zero", "to"], ["0", "to"])


WHOLLY = frozenset({"100 percent", "100 per cent", "100%"})


def _wholly(answer: Span) -> bool:
    """ "claiming to be _____ recovered": "100 percent" before an adjective or a participle means
    "fully", which the reader fills in without the article (both raters of unseen news said so)."""
    doc = answer.doc
    return answer.text.lower() in WHOLLY and answer.end < len(doc) and doc[answer.end].tag_ in {"JJ", "VBN"}


def _modifies_common_noun(answer: Span) -> bool:
    head = answer.root
    return (
        head.dep_ in {"compound", "amod", "nmod", "nummod"}
        and head.head.pos_ in {"NOUN", "PROPN"}
        and not answer.start <= head.head.i < answer.end
    )


def _place_after_place(answer: Span) -> bool:
    """ "Doha, _____" -> Qatar: a city's country, a town's state."""
    doc = answer.doc
    if answer.start < 2 or doc[answer.start - 1].text != ",":
        return False
    return doc[answer.start - 2].ent_type_ in {"GPE", "LOC"}


_CAPITAL_COUNTRY = {capital: country for country, (_, capital, _) in word_lists.COUNTRIES.items() if capital}


def _country_gives_away(answer: Span, sentence: Sentence) -> bool:
    """A capital whose country the sentence names ("accused Beijing" beside "China's claims"), or
    a country whose capital or people it names ("the Afghan capital" -> Afghanistan)."""
    others = [
        token
        for token in tokens_of(sentence.span)
        if sentence.shows(token.i, token.i + 1) and not answer.start <= token.i < answer.end
    ]
    shown = " ".join(token.text for token in others)

    def named(name: str) -> bool:
        return bool(name) and re.search(rf"\b{re.escape(name)}\b", shown) is not None

    country = _CAPITAL_COUNTRY.get(answer.text)
    if country is not None:
        return named(country) or named(word_lists.COUNTRIES[country][0])
    if answer.text in word_lists.COUNTRIES:
        demonym, capital, _ = word_lists.COUNTRIES[answer.text]
        return named(demonym) or named(capital)
    return False


FINDINGS = frozenset({"poll", "survey", "census", "study", "report", "research"})
"""What publishes a finding: the paper or channel it was done for is where it was told, no fact."""


def _attribution(answer: Span) -> bool:
    """ "told _____", "reported by _____", "a report from _____", "a poll in the _____": the
    source of a claim or where a finding was published."""
    head = answer.root
    governor = head.head
    if head.dep_ in {"dobj", "dative"} and governor.lemma_.lower() in english.attribution_verbs:
        return True
    if head.dep_ != "pobj":
        return False
    if governor.lower_ in {"in", "for", "by"} and governor.head.lemma_.lower() in FINDINGS:
        return True
    return governor.lower_ in {"by", "to"} and governor.head.lemma_.lower() in english.attribution_verbs


def _score_fragment(answer: Span) -> bool:
    doc = answer.doc
    around = doc[max(answer.start - 2, 0) : min(answer.end + 2, len(doc))]
    text = "".join(token.text_with_ws for token in around).replace(" ", "")
    return bool(_SCORE.search(answer.text)) or bool(re.search(r"\d[-–]\d", text))


__all__ = [
    "headline_subject",
    "household_name",
    "inside_quotation",
    "rejection",
    "score_sheet",
    "sentence_trivia",
]
