"""Slips of the page: typos and dropped words an item must not copy.

Real pages carry them ("Starhip", "to more 300 miles", "during an security meeting", "a tribal
Pashtun tribal leader"); raters reject an item that repeats one as ungrammatical, so a sentence
with one is not asked. ``vocabulary`` is the article's own words, counted: a rare spelling one
edit from a frequent one is the typo.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Span, Token
from wordfreq import zipf_frequency

from generator import word_lists
from generator.analysis import entities, text_of, tokens_of
from generator.lexicon import english

MIN_TYPO_LENGTH = 5
_LETTER_FOR_DIGIT = re.compile(r"\d+[oO]\d+|[12][oO]\d\d")
"""A year typed with a letter: "2o15", "2O19"."""
_GLUED = re.compile(r"([a-z]{2,})[A-Z][a-z]{2,}")
"""A small word run into a name where the page lost a space: "she andAnnie Mumolo"."""
_NOTES_RUN_TOGETHER = re.compile(r"[a-z0-9]\.{3}[A-Z]")
"""'New York fell to 7-12 at home...Houston improved to 11-11': a page's notes joined by dots."""
_STRAY_CAPITAL = re.compile(r"[A-Z]?[a-z]{3,}[A-Z]")
"""A word whose last letter the page typed as a capital: "TuesdaY"."""
COMMON_WORD_ZIPF = 5.0
"""From this frequency a word is a common one ("and" 7.5, "the" 7.7), not a brand's prefix."""
NATIONALITIES = frozenset(
    [demonym.lower() for demonym, _, _ in word_lists.COUNTRIES.values()]
    + [alias.lower() for alias in word_lists.NATIONALITY_ALIASES]
    + ["european", "african", "asian"]
) - {""}
"""Written in lower case ("the irish record holder") they are a slip of the page."""


def _date_twice(span: Span) -> str | None:
    """ "In 2014, the company bought Twitch in 2014", "a retrospective opening in April at the
    Museum of Modern Art in April": one time given twice, the page's edit left half done. Only
    after "in" or "on": "a design from 2015 ... with a design from 2015" says it twice on purpose."""
    told = [
        f"{span.doc[date.start - 1].lower_} {date.text}"
        for date in entities(span)
        if date.label_ == "DATE"
        and date.start > span.start
        and span.doc[date.start - 1].lower_ in {"in", "on"}
    ]
    return next((when for position, when in enumerate(told) if when in told[:position]), None)


def slips(span: Span, vocabulary: Counter[str], *, misspelt: dict[str, str | None]) -> list[str]:
    """ "Starhip" in an article about "Starship": a word no dictionary knows, one edit away from a
    word the article uses more often; or a word typed twice ("the the"). An item must not copy it.
    ``misspelt`` keeps, per unknown word, the article's word it misspells (or None): an article
    repeats its names, and each would be looked up again."""
    if (twice := _date_twice(span)) is not None:
        return [f"ungrammatical: '{twice}' is given twice"]
    if _NOTES_RUN_TOGETHER.search(text_of(span)):
        return ["formatting: two notes run together with '...'"]
    if (count := _count_of_one(span)) is not None:
        return [f"ungrammatical: '{count}' lacks its plural"]
    tokens = tokens_of(span)
    texts = [token.text for token in tokens]  # read once: each Token attribute is a lookup
    lowers = [text.lower() for text in texts]
    if (verb := _singular_verb_of_a_pair(tokens, lowers)) is not None:
        return [f"ungrammatical: names joined by 'and' take '{verb}'"]
    if (verb := _singular_second_verb(tokens)) is not None:
        return [f"ungrammatical: a plural subject takes '{verb}' in the clause it goes on to"]
    for position, (word, lower) in enumerate(zip(texts, lowers, strict=True)):
        token = tokens[position]
        alpha = word.isalpha()
        if alpha and position and lower == lowers[position - 1] and lower not in {"that", "had"}:
            return [f"ungrammatical: '{word} {word}' repeats a word"]  # not "said that that", "had had"
        if lower in COMPARATIVES and _bare_comparison(token, span):
            return [f"ungrammatical: '{word} {texts[position + 1]}' lacks its 'than'"]
        if lower == "then" and _then_for_than(tokens, position, lowers):
            return [f"ungrammatical: '{texts[position - 1]} then' for 'than'"]
        if lower in WANTING and position + 1 < len(tokens) and tokens[position + 1].tag_ == "VB":
            return [f"ungrammatical: '{word} {texts[position + 1]}' lacks its 'to'"]
        if lower == "between" and _between_to(lowers[position + 1 : position + 1 + RANGE_WORDS]):
            return ["ungrammatical: 'between … to' for 'between … and'"]
        if lower == "in" and _month_run_into_a_count(tokens, texts, position):
            return [
                f"formatting: '{' '.join(texts[position : position + 4])}' lacks the comma after its month"
            ]
        if lower in {"a", "an", "the"} and texts[position + 1 : position + 2] == ["The"]:
            return [f"ungrammatical: '{word} The': the page lost words between them"]
        if lower in {"a", "an"} and _wrong_article(token, span):
            return [f"ungrammatical: '{word} {texts[position + 1]}'"]
        if lower in POSSESSIVES_WITHOUT_APOSTROPHE:
            return [f"ungrammatical: '{word}' lacks its apostrophe"]
        if _misspelt(lower) or _LETTER_FOR_DIGIT.fullmatch(word):
            return [f"ungrammatical: '{word}' is misspelt"]
        if (glued := _GLUED.fullmatch(word)) and zipf_frequency(glued[1], "en") >= COMMON_WORD_ZIPF:
            return [f"formatting: '{word}' runs two words together"]
        if _STRAY_CAPITAL.fullmatch(word) and _known(lower) and not _known(word[:-1]):
            return [f"formatting: '{word}' ends in a stray capital"]  # not "SpaceX": "Space" is a word
        if lower in NATIONALITIES and word == lower:
            return [f"formatting: '{word}' lacks its capital"]
        if not alpha or len(word) < MIN_TYPO_LENGTH:
            continue
        if position > 1 and lowers[position - 2] == lower and _said_twice(tokens[position - 1]):
            return [f"ungrammatical: '{word}' twice in three words"]
        if _known(word):
            continue
        if word.islower() and len(word) >= MIN_UNKNOWN_LENGTH and _unknown(word):
            return [f"ungrammatical: '{word}' is no English word"]
        if word not in misspelt:
            misspelt[word] = _near_spelling(word, vocabulary)
        if (other := misspelt[word]) is not None:
            return [f"ungrammatical: '{word}' looks like a typo of '{other}'"]
    return []


def _misspelt(lower: str) -> bool:
    """A listed misspelling, or its plural or third person ("occurences", "recieves")."""
    return lower in english.misspellings or (lower.endswith("s") and lower[:-1] in english.misspellings)


def _singular_verb_of_a_pair(tokens: list[Token], lowers: list[str]) -> str | None:
    """ "Bojan, Henry and Xavi all has chances": names joined by "and" with a verb in the singular,
    the page's slip. Two names may be one that holds an "and" ("Marks and Spencer has"), unless
    "all" or "both" counts them. ``tokens`` are the sentence's, ``lowers`` their lower-case texts."""
    if "and" not in lowers:
        return None
    for token in tokens:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            continue
        verb = token.head
        auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
        singular = [word for word in (verb, *auxiliaries) if word.tag_ == "VBZ" and word.i > token.i]
        joined = [conjunct for conjunct in token.conjuncts if conjunct.pos_ == "PROPN"] if singular else []
        if not joined or not any(child.lower_ == "and" for child in token.subtree):
            continue
        counted = any(
            word.lower_ in {"all", "both"} for word in (*token.subtree, *verb.children) if word.i > token.i
        )
        if len(joined) < 2 and not counted:
            continue  # "Marks and Spencer has", which the model may not see as one name
        named = [(entity.start, entity.end) for entity in entities(token.sent)]
        if any(start <= token.i < end and all(start <= c.i < end for c in joined) for start, end in named):
            continue  # one name: "Procter and Gamble", "Johnson, Johnson and Sons"
        return singular[0].text
    return None


SINGULAR_AUXILIARIES = frozenset({"was", "is", "has", "does"})
SINGULAR_PLURALS = frozenset({"data", "media", "series", "species", "means", "news", "headquarters"})
"""Plural in form, often singular in use: "the data is clear"."""


def _singular_second_verb(tokens: list[Token]) -> str | None:
    """ "Ministers had hoped to get £900m but in the end was granted £401m": a plural subject whose
    verb goes on, after "and" or "but", in the singular; the page's slip."""
    for token in tokens:
        if (
            token.dep_ not in {"nsubj", "nsubjpass"}
            or token.tag_ != "NNS"
            or token.lower_ in SINGULAR_PLURALS
        ):
            continue
        for verb in token.head.conjuncts:
            children = list(verb.children)
            if verb.i < token.i or any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in children):
                continue  # a clause of its own
            singular = next(
                (c for c in children if c.dep_ in {"aux", "auxpass"} and c.lower_ in SINGULAR_AUXILIARIES),
                None,
            )
            if singular is not None:
                return singular.text
    return None


WANTING = frozenset({"want", "wants", "wanted"})
"""Verbs whose verb after them takes a "to": "she wants save Social Security" dropped it."""
RANGE_WORDS = 6
"""How far after "between" its "and" is looked for: "between $2 and $18"."""


def _between_to(following: list[str]) -> bool:
    """ "rented for between $2 to $18", "surveys between 2008 to 2016": the range's "and" written
    as "to"."""
    joint = next((word for word in following if word in {"and", "to"}), None)
    return joint == "to"


def common_word(word: str) -> bool:
    """Whether a word is among the common words of English ("president", not "unhcr")."""
    return zipf_frequency(word, "en") >= COMMON_WORD_ZIPF


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """Whether the word list knows the word: asked of every word of every sentence, so kept."""
    return zipf_frequency(word, "en") > 0


def _near_spelling(word: str, vocabulary: Counter[str]) -> str | None:
    """A word of the article one edit from ``word`` and more often written: what it misspells."""
    for other, count in vocabulary.items():
        if abs(len(other) - len(word)) > 1 or other == word or count <= vocabulary[word]:
            continue
        if Levenshtein.distance(word, other) == 1:
            return other
    return None


MIN_UNKNOWN_LENGTH = 8
PREFIXES = (
    "counter",
    "inter",
    "multi",
    "super",
    "under",
    "anti",
    "over",
    "semi",
    "non",
    "pre",
    "mis",
    "sub",
    "re",
    "un",
    "co",
)


def _unknown(word: str) -> bool:
    """ "fertalisation", "inconsistancies", "alsosaid": a long lower-case word that no spelling
    (British or American) and no prefix ("multiplanetary") makes a known one: a typo of the page."""
    forms = {word, word.replace("is", "iz"), word.replace("our", "or")}
    forms |= {word[len(prefix) :] for prefix in PREFIXES if word.startswith(prefix)}
    return all(zipf_frequency(form, "en") == 0 for form in forms)


POSSESSIVES_WITHOUT_APOSTROPHE = frozenset({"womens", "mens", "childrens"})


def _said_twice(middle: Token) -> bool:
    """ "a 44-year-old tribal Pashtun tribal leader": a word the page typed again one word on (not
    "day by day", "side to side", whose ``middle`` word joins them)."""
    return middle.pos_ not in {"ADP", "CCONJ", "PART", "PUNCT"}


def _wrong_article(token: Token, span: Span) -> bool:
    """ "during an security meeting", "a international force", "a American destroyer": "an" before
    a lower-case word that starts with a consonant (not a silent "h": "an hour"), "a" before a
    word, or a name written in small letters after its capital, that starts with a, e, i or o
    (not "a European", "a one-off"; an acronym may be read either way: "a NATO", "an FBI")."""
    if token.i + 1 >= span.end:
        return False
    after = token.nbor(1).text
    if not after.isalpha():
        return False
    capitalised = after[:1].isupper() and after[1:].islower()
    if not (after[:1].islower() or (capitalised and token.lower_ == "a")):
        return False
    if token.lower_ == "an":
        return after[0] not in "aeiouh"
    first = after.lower()
    return (first[0] in "aio" and not first.startswith(("one", "once"))) or (
        first[0] == "e" and not first.startswith("eu")
    )


COUNT_WORDS = frozenset(word_lists.CARDINAL_WORDS[2:]) | frozenset(
    word for word in word_lists.TENS_WORDS if word
)
"""Numbers written as words that count more than one, as a page writes a small count."""


def _count_of_one(span: Span) -> str | None:
    """ "Barton opted to quit the show after just three season": a count of more than one before a
    noun in the singular, the page's dropped "s". Only a count written as a word, a noun that ends
    the phrase ("a three season deal" is a deal) and a noun whose plural takes an "s" in use
    ("three fish", "two staff" are plurals already)."""
    for token in tokens_of(span):
        noun = token.head
        if (
            token.lower_ in COUNT_WORDS
            and token.dep_ == "nummod"
            and noun.tag_ == "NN"
            and noun.i == token.i + 1
            and (token.i == 0 or token.nbor(-1).pos_ not in {"NOUN", "PROPN"})  # "a level three offence"
            and noun.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr"}
            and zipf_frequency(noun.lower_ + "s", "en") > zipf_frequency(noun.lower_, "en") - 2
            and noun.i + 1 < len(noun.doc)
            and noun.nbor(1).pos_ not in {"NOUN", "PROPN"}
        ):
            return f"{token.text} {noun.text}"
    return None


def _month_run_into_a_count(tokens: list[Token], texts: list[str], position: int) -> bool:
    """ "In January 25 people ... were jailed": "in" takes a month and "on" a day, so the figure after
    the month counts the plural after it; the page lost the comma, and an item would read "January
    25" as the date. ``position``: that of "in"."""
    after = texts[position + 1 : position + 4]
    return (
        len(after) == 3
        and after[0] in word_lists.MONTHS
        and after[1].isdigit()
        and int(after[1]) <= DAYS_IN_A_MONTH
        and tokens[position + 3].tag_ == "NNS"
    )


DAYS_IN_A_MONTH = 31


def _then_for_than(tokens: list[Token], position: int, lowers: list[str]) -> bool:
    """ "10 times faster then the original": a comparative, "then", and what it is compared with; not
    "cheaper then than now" nor "grew bigger then shrank"."""
    if not 0 < position < len(tokens) - 1 or "than" in lowers:
        return False
    return tokens[position - 1].tag_ in {"JJR", "RBR"} and tokens[position + 1].pos_ in COMPARED


COMPARED = frozenset({"DET", "NUM", "PROPN", "NOUN", "PRON", "ADJ"})
COMPARATIVES = frozenset({"more", "less", "fewer"})


def _bare_comparison(token: Token, span: Span) -> bool:
    """ "will go 230 miles to more 300 miles": a comparative straight before a number the page
    forgot the "than" of ("one more 30-year bond" compares nothing)."""
    after = token.doc[token.i + 1 : token.i + 3]
    return (
        len(after) == 2
        and after[0].like_num
        and after[1].text != "-"
        and token.i > span.start
        and token.nbor(-1).lower_ in {"to", "from", "of", "with", "by", "at"}
    )


__all__ = ["COMPARATIVES", "common_word", "slips"]
