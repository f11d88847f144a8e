"""Vagueness: what in a sentence leans on another, so that an item made from it cannot be understood.

A quiz item is read without its neighbours: a pronoun ("it", "they"), a pointing phrase ("this
discovery", "the move"), a "the X" the article named earlier ("the stock"), a time anaphor ("Since
then") or an auxiliary whose verb is in another sentence ("Reaching Mars hasn't.") each make it
vague; QUALITY.md's raters reject such items.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from generator import word_lists
from generator.analysis import entities, text_of, tokens_of
from generator.dates import is_year
from generator.lexicon import english
from generator.statements import reports

_TIME_ANAPHOR = re.compile(
    r"^(?:Since then|Until then|By then|At the time|At that time|After that|Before that|Since that time|"
    r"In response|As a result|Even so|Either way|In (?:either|any) case|If (?:so|not)|"
    r"That year|That day|That month|The same day|Of (?:these|those|them)|"
    r"The next (?:day|week|month|year)|The following (?:day|week|month|year)|Later that|"
    r"A year later|Days later|Weeks later|Months later|(?:Later|Earlier) in the day|"
    r"(?:Earlier|Later)(?=,|\s+[A-Z])|"
    r"In the (?:morning|afternoon|evening)|That (?:morning|afternoon|evening|night)|"
    r"On (?:the (?:last|latter|former|same|other)|that|this) "
    r"(?:subject|topic|point|issue|front|matter|score)|"
    r"To that end|For that reason|Because of (?:this|that)|Despite (?:this|that)|In (?:that|this) case|"
    r"Not long after|Shortly after|To \w+ (?:this|that|these|those)\b|Nor|So (?:said|says)|"
    r"The (?:day|night|week|month|year) before|A (?:day|week) earlier|"
    r"Within (?:hours|days|weeks|months|years|(?:a|an|\d+|"
    + "|".join(word_lists.CARDINAL_WORDS[1:])
    + r") (?:hours?|days?|weeks?|months?|years?))(?! of\b))\b",
    re.IGNORECASE,
)
"""Openings that place the sentence against another's time or point: "Within four years" (of
what?), "That day", "On that issue"."""
_IF = re.compile(r"\bif\b")
_MOMENTS_LATER = re.compile(r"\b(?:moments|seconds|minutes) (?:later|earlier|before|after)\b", re.IGNORECASE)
_COUNTS = "(?:\\d+|" + "|".join(word_lists.CARDINAL_WORDS[2:]) + ")"
_YEAR_OLD = re.compile(
    rf"\b(?:the|The) {_COUNTS}[- ](?:year[- ]old|year[- ]veteran"
    r"|time\b[^,.;]{0,30}?\b(?:champion|winner|band|veteran|medallist|medalist|star))\b(?! [A-Z])"
    r"|\b(?:the|The) (?:[A-Z][\w.'’-]* ){1,3}native\b(?! [A-Z])"
)
"""'the 23-year-old', 'the 10-year veteran', 'the four-time Grammy winning band', 'the New York
native' stand for whom another sentence named; 'the 20-year-old Bynum' names him."""


def vagueness_problems(
    span: Span,
    *,
    root: Token,
    dropped: frozenset[int],
    earlier: Collection[str],
    headline_words: Collection[str] = (),
) -> list[str]:
    """Why the sentence cannot be read alone (empty when it can). ``dropped`` are the tokens no item
    shows or that are written out; ``earlier`` the lemmas of the nouns and names before it;
    ``headline_words`` the headline's words in lower case."""
    problems = []
    for token in tokens_of(span):
        if token.i in dropped:
            continue
        if token.pos_ == "NUM" and token.dep_ in MAIN_ARGUMENTS:
            children = list(token.children)
            if (
                any(child.lower_ == "the" for child in children)
                and (rest := _other(children))
                and token.ent_type_ not in AMOUNTS
            ):  # "the remaining $200,000" is a sum, not people or things to name
                problems.append(
                    f"vague: 'the {rest} {token.text}' are the rest of what an earlier sentence names"
                )
            elif token.dep_ in {"nsubj", "nsubjpass"} and [child.lower_ for child in children] == ["all"]:
                problems.append(f"vague: 'all {token.text}' are ones an earlier sentence names")
            elif _one_of_those_before(token, children):
                problems.append(f"vague: '{token.text}' is one of what an earlier sentence names")
            continue
        if token.pos_ != "NOUN":
            continue
        children = list(token.children)  # each walk of Token.children makes its tokens again
        modifiers = {child.lower_ for child in children if child.dep_ in {"det", "nummod", "predet"}}
        pointing = modifiers & {"the", "this", "that", "these", "those"}
        is_subject = token.dep_ in {"nsubj", "nsubjpass"} and not reports(token.head)
        if (
            pointing
            and is_subject
            and _points_back(token)
            and bare_definite(token, dropped=dropped)
            and not named_before_it(token, span, dropped=dropped)
        ):
            problems.append(f"vague: '{next(iter(pointing))} {token.text}' refers to an earlier sentence")
        elif any(child.lower_ == "similar" and child.dep_ == "amod" for child in children):
            problems.append(f"vague: 'similar {token.text}' is like one an earlier sentence tells of")
        elif "the" in modifiers and (rest := _other(children)):
            problems.append(
                f"vague: 'the {rest} {token.text}' are the rest of what an earlier sentence names"
            )
        elif is_subject and not modifiers and _opens_with_other(span, children, dropped=dropped):
            problems.append(f"vague: 'other {token.text}' are others than an earlier sentence's")
        elif "another" in modifiers or _another_count(children):
            problems.append(f"vague: 'another {token.text}' counts on one an earlier sentence tells of")
        elif is_subject and modifiers & {"a", "an"} and (ordinal := _later_ordinal(children)):
            problems.append(f"vague: 'a {ordinal} {token.text}' counts on one an earlier sentence tells of")
        elif modifiers & {"both", "two"} and (pointing or "both" in modifiers):
            problems.append(f"vague: '{token.text}' with 'both'/'the two' refers to an earlier sentence")
    problems.extend(_pointing_phrases(span, root=root, dropped=dropped, earlier=earlier))
    problems.extend(_undated_order(span, dropped=dropped))
    for token in tokens_of(span):
        if token.i in dropped or token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if _nationality_for_a_person(token, dropped=dropped):
            problems.append(f"vague: 'the {token.text}' stands for a person named in an earlier sentence")
        elif token.lower_ in {"this", "that", "these", "those"} and token.tag_ == "DT":
            problems.append(f"vague: '{token.text}' points to what an earlier sentence tells")
        elif token.pos_ == "ADJ" and _the_adjective(token):
            phrase = token.doc[token.left_edge.i : token.i + 1].text
            problems.append(f"vague: '{phrase}' are those an earlier sentence tells of")
        elif token.head == root and _owner_untold(token):
            problems.append(f"vague: whose '{token.text}' the sentence does not say")
    if share := _share_of_the_named_before(span, dropped=dropped):
        problems.append(f"vague: '{share}' refers to an earlier sentence")
    if match := _MOMENTS_LATER.search(text_of(span)):
        problems.append(f"vague: '{match.group()}' places the event against another")
    if pronoun := _demonstrative_object(span, dropped=dropped):
        problems.append(f"vague: '{pronoun}' points to what an earlier sentence tells")
    if marked := _demonstrative_taken_for_a_mark(root, dropped=dropped):
        problems.append(f"vague: '{marked}' refers to an earlier sentence")
    if _closing_either(span):
        problems.append("vague: a closing 'either' adds to what an earlier sentence tells")
    if neither := _opening_neither(span, dropped=dropped):
        problems.append(f"vague: '{neither}' adds to a denial an earlier sentence tells")
    if compared := _compared_with_before(span):
        problems.append(f"vague: '{compared}' compares with what an earlier sentence tells")
    if same := _same_as_before(span, dropped=dropped):
        problems.append(f"vague: '{same}' is the one an earlier sentence names")
    if root.lemma_.lower() in ANSWERING_VERBS and not any(child.lower_ == "to" for child in root.children):
        problems.append(f"vague: '{root.text}' answers what an earlier sentence tells")
    if stance := _stance_without_object(root):
        problems.append(f"vague: '{stance}' takes a view of what an earlier sentence tells")
    if compared := _compared_definite(span, root=root, dropped=dropped):
        problems.append(f"vague: '{compared}' sets it against one an earlier sentence names")
    if comparison := _comparison_without_its_other(span, root=root, dropped=dropped):
        problems.append(f"vague: '{comparison}' compares with what an earlier sentence tells")
    if shell := _shell_noun(span, dropped=dropped, headline_words=headline_words):
        problems.append(f"vague: '{shell}' is what an earlier sentence tells")
    if gathering := _gathering_without_object(span, dropped=dropped):
        problems.append(f"vague: '{gathering}' what, only an earlier sentence tells")
    if example := _example_of_nothing(span, dropped=dropped):
        problems.append(f"vague: '{example}' of what, only an earlier sentence tells")
    if (count := count_of_nothing(root, dropped=dropped)) is not None:
        problems.append(f"vague: '{count}' counts what the sentence does not say")
    if _follows_on(span, root=root, dropped=dropped):
        problems.append("vague: 'then' or 'instead' follows on from what an earlier sentence tells")
    if likening := _likened(span, root=root, dropped=dropped):
        problems.append(f"vague: '{likening}' likens it to what an earlier sentence tells")
    if match := _YEAR_OLD.search(text_of(span)):
        problems.append(f"vague: '{match.group()}' refers to an earlier sentence")
    opening = next((token.i for token in tokens_of(span) if token.i not in dropped), span.start)
    if match := _TIME_ANAPHOR.match(text_of(span.doc[opening : span.end]).strip()):  # once "X said" is off
        problems.append(f"vague: '{match.group()}' refers to an earlier sentence")
    first = next((token for token in tokens_of(span) if token.i not in dropped), span[0])
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if (
        subject is not None
        and subject.i not in dropped
        and _counts_the_named_before(subject, dropped=dropped)
    ):
        problems.append(f"vague: '{subject.text}' counts among people or things an earlier sentence names")
    for candidate in (first, subject):
        if (
            candidate is not None
            and candidate.i not in dropped
            and candidate.lower_ in english.vague_pronouns
            and candidate.pos_ in {"PRON", "DET", "NUM"}
            and not _existential(candidate, dropped=dropped)
            and not _named_in_apposition(candidate, dropped=dropped)
        ):
            problems.append(f"vague: '{candidate.text}' has no antecedent in the sentence")
            break
    return problems


def count_of_nothing(verb: Token, *, dropped: Collection[int] = ()) -> str | None:
    """ "The latest count, from 2016, showed 88": a bare number as what the verb acts on counts
    things only another sentence or clause names (88 kinds of plant); so does "there will be six
    million". A score ("won 3-1") or an age ("turned 85") is no count of things."""
    if verb.lemma_ == "be" and any(child.dep_ == "expl" for child in verb.children):
        for child in verb.children:
            if (
                child.dep_ == "attr"
                and child.pos_ == "NUM"
                and child.ent_type_ == "CARDINAL"
                and child.i not in dropped
                and not any(grand.lower_ == "of" for grand in child.children)
            ):
                return verb.doc[child.left_edge.i : child.i + 1].text
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and child.pos_ == "NUM"
            and child.i not in dropped
            and child.ent_type_ == "CARDINAL"
            and child.text.replace(",", "").isdigit()
            and not any(grand.tag_ == "$" or grand.pos_ == "NUM" for grand in child.children)
            and not any(grand.lower_ == "of" for grand in child.children)
            and verb.lemma_.lower() not in {"turn", "be", "score", "win", "lose", "shoot", "card"}
        ):
            return child.text
    return None


def _existential(candidate: Token, *, dropped: Collection[int]) -> bool:
    """ "There has been a trade mission in Havana since 2005", "there were 3,248 cases": the
    "there" of "there is" stands for no place, and a count of what there is, or a date of it, makes
    a fact. Without one it is scene-setting or colour ("There was a time when ...", "there
    followed a spasm of pressure")."""
    verb = candidate.head
    if candidate.lower_ != "there" or candidate.dep_ != "expl" or verb.lemma_ != "be":
        return False
    things = [child for child in verb.children if child.dep_ in {"attr", "nsubj"}]
    counted = any(
        child.dep_ == "nummod" and child.ent_type_ in FIGURE_LABELS
        for thing in things
        for child in thing.children
    )
    dated = any(
        token.ent_type_ == "DATE" and token.i not in dropped and _in_its_clause(token, verb)
        for token in verb.subtree
    )
    return counted or dated


def _in_its_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` belongs to ``verb``'s own clause, not to a clause hung on it."""
    for ancestor in (token, *token.ancestors):
        if ancestor == verb:
            return True
        if ancestor.dep_ in {"advcl", "relcl", "ccomp", "conj"}:
            return False
    return False


QUANTIFIERS = frozenset(
    {
        "all",
        "none",
        "neither",
        "both",
        "each",
        "either",
        "some",
        "most",
        "many",
        "any",
        "several",
        "one",
        "two",
    }
)
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "them"})


def _counted(children: list[Token]) -> str | None:
    """The count among a noun's dependents ("all three teams"), a year aside ("all 2019 models")."""
    count = next((child for child in children if child.dep_ == "nummod"), None)
    return count.text if count is not None and not is_year(count.text) else None


def _the_adjective(token: Token) -> bool:
    """ "The injured", "the rugby league great": an adjective standing for people or a person, with
    "the" and at most nouns before it."""
    before = token.doc[token.left_edge.i : token.i]
    return (
        token.left_edge.lower_ == "the"
        and all(word.dep_ in {"det", "compound"} for word in before)
        and all(child.i < token.i for child in token.children)
    )


def _another_count(children: list[Token]) -> bool:
    """ "Another seven volunteers": the model hangs "another" on the number, not the noun."""
    return any(
        child.dep_ == "nummod" and any(part.lower_ == "another" for part in child.children)
        for child in children
    )


def _share_of_the_named_before(span: Span, *, dropped: Collection[int]) -> str | None:
    """ "Neither of these", "all of that": a share of what an earlier sentence named."""
    for token in tokens_of(span):
        if token.lower_ not in DEMONSTRATIVES or token.i in dropped:
            continue
        of = token.head
        if of.lower_ == "of" and of.head.lower_ in QUANTIFIERS and of.head.i < token.i:
            return f"{of.head.text} of {token.text}"
    return None


def _demonstrative_object(span: Span, *, dropped: Collection[int]) -> str | None:
    """ "brought that up to 43 dBa", "illustrates this better", "The two became ...": a "this",
    "that" or "the two" standing alone for what an earlier sentence named (a relative "that" is
    tagged WDT, a determiner is a det)."""
    for token in tokens_of(span):
        if token.i in dropped:
            continue
        if token.lower_ in DEMONSTRATIVES and token.tag_ == "DT" and token.dep_ in {"dobj", "pobj", "advmod"}:
            return token.text
        if token.lower_ == "that" and token.tag_ == "IN" and token.dep_ == "dobj" and _stands_alone(token):
            return token.text  # "has said that more than once": the model's tag slips, its role does not
        if (
            token.pos_ == "NUM"
            and token.dep_ in {"nsubj", "nsubjpass"}
            and [child.lower_ for child in token.children] == ["the"]
        ):
            return f"the {token.text}"
    return None


def _demonstrative_taken_for_a_mark(root: Token, *, dropped: Collection[int]) -> str | None:
    """ "At the same time, that larger group was also tasked with ...": the model takes "that" for
    the mark of a subordinate clause, but a main clause has none: it is "that group", one an
    earlier sentence named. (After "said", a reported clause's "that" is its mark.)"""
    if root.dep_ != "ROOT":
        return None
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    for child in root.children:
        if (
            child.dep_ == "mark"
            and child.lower_ in {"that", "this"}
            and child.i not in dropped
            and subject is not None
            and subject.left_edge.i == child.i + 1
        ):
            return f"{child.text} {subject.text}"
    return None


def _stands_alone(that: Token) -> bool:
    """Whether a "that" the model calls its verb's object is one, not the pronoun of a relative
    clause ("the lander that the company unveiled") nor the start of a clause ("feel that ...")."""
    verb = that.head
    return (
        verb.i < that.i
        and verb.dep_ not in {"relcl", "acl"}
        and not any(child.dep_ in {"ccomp", "relcl"} for child in verb.children)
    )


def _closing_either(span: Span) -> bool:
    """ "Andrew has no memory of the photograph, either.": "either" closing a sentence after a comma."""
    tokens = tokens_of(span)
    last = len(tokens) - 1
    while last > 0 and tokens[last].is_punct:
        last -= 1
    return last > 1 and tokens[last].lower_ == "either" and tokens[last - 1].text == ","


def _opening_neither(span: Span, *, dropped: Collection[int]) -> str | None:
    """ "Neither does UKIP have to fight every seat.", "Nor will the council pay": "neither" or
    "nor" before its verb's auxiliary carries on a denial of the sentence before."""
    kept = [token for token in tokens_of(span) if token.i not in dropped]
    if len(kept) > 1 and kept[0].lower_ in {"neither", "nor"} and kept[1].pos_ == "AUX":
        return f"{kept[0].text} {kept[1].text}"
    return None


_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:in|by|by way of) comparison\b(?! (?:to|with)\b)"
    r"|\b(?:close|closely|not far|just|hot on the heels) behind\b(?! \w)",
    re.IGNORECASE,
)


def _compared_with_before(span: Span) -> str | None:
    """ "The One S, in comparison, weighs two pounds less.", "Britain was close behind, with ...":
    compared with a thing a sentence before names ("in comparison with 2018", "close behind Italy"
    say with what)."""
    match = _COMPARED_WITH_BEFORE.search(text_of(span))
    return match.group() if match else None


COMPARED = frozenset({"as", "than", "both"})
"""Words that give "the same X" its other side within the sentence."""


def _named_in_apposition(pronoun: Token, *, dropped: Collection[int]) -> bool:
    """ "One of Britain's largest game makers, Argonaut Games, has been put up for sale": the name
    set beside it says which."""
    return any(
        token.dep_ == "appos" and token.pos_ == "PROPN" and token.i not in dropped
        for token in pronoun.subtree
    )


def _same_as_before(span: Span, *, dropped: Collection[int]) -> str | None:
    """ "during the same quarter", "wants to do the same": the one an earlier sentence names; "the
    same price as ...", "the same strain that ..." and a comparison ("better than the Air, but the
    same RAM") say which. On the tuning pages raters accepted 1 of 12 rated items with a "the
    same" and neither, 4 of 5 with one."""
    if "same" not in text_of(span).lower():
        return None
    kept = [token for token in tokens_of(span) if token.i not in dropped]
    for token in kept:
        if token.lower_ != "same":
            continue
        noun = token.head if token.dep_ == "amod" else token
        if not any(child.lower_ == "the" and child.dep_ == "det" for child in noun.children):
            continue
        if any(child.dep_ in {"relcl", "acl"} for child in noun.children) or any(
            word.lower_ in COMPARED
            and not (word.lower_ == "as" and word.i > 0 and word.doc[word.i - 1].lower_ == "such")
            for word in kept
        ):
            continue  # "the same price as ...", "better ... than the Air, but the same RAM"
        return "the same" if noun is token else f"the same {noun.text}"
    return None


def _pointing_phrases(
    span: Span, *, root: Token, dropped: frozenset[int], earlier: Collection[str]
) -> list[str]:
    """Phrases that point to an earlier sentence: "those companies", "such missions", "this
    discovery", "the company", "the Portuguese boss" (a bare common noun after "the", with no name
    or phrase to say which) anywhere; "it" with no singular noun before it, unless a dummy subject;
    "they"/"them"/"their" with no plural, people, organisation or two names to take up."""
    problems: list[str] = []
    singular_before = False
    plural_before = False
    names_before: set[str] = set()
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    plural_subject_at = (
        subject.i if subject is not None and subject.i > span.start and _plural_antecedent(subject) else -1
    )
    for token in tokens_of(span):
        if token.i in dropped:
            continue
        if token.lower_ == "there" and (
            token.dep_ == "advmod" or (token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "from")
        ):
            return ["vague: 'there' points to a place named elsewhere"]  # "teams from there"
        pronoun = token.lower_ in {"it", "they", "them", "its", "their"} and token.dep_ != "expl"
        if token.lower_ in {"it", "its"}:
            antecedent = singular_before
        else:  # "In addition to their wins, the Cowboys ...": the main clause's subject may come after
            antecedent = plural_before or token.i < plural_subject_at
        if pronoun and not antecedent and (token.lower_ != "it" or not _dummy_it(token)):
            return [f"vague: '{token.text}' points outside the sentence"]
        if (pronoun or token.lower_ in {"him", "her"}) and _object_of_its_subject(token, span):
            return [f"vague: '{token.text}' cannot be its own verb's subject, so points outside the sentence"]
        singular_before = singular_before or token.tag_ in {"NN", "NNP"}  # "people ... with it": no
        plural_before = plural_before or _plural_antecedent(token)  # "Locksley had heard of them": no
        if token.pos_ == "PROPN" and token.dep_ != "compound":
            names_before.add(token.lower_)
            plural_before = plural_before or len(names_before) > 1  # "Apatow asked Wiig after they ..."
        if token.pos_ != "NOUN":
            continue
        determiners = {child.lower_ for child in token.children if child.dep_ in {"det", "amod", "predet"}}
        if pointing := determiners & {"this", "that", "these", "those", "such"}:
            return [f"vague: '{min(pointing)} {token.text}' points to an earlier sentence"]
        if (
            "the" in determiners
            and bare_definite(token, dropped=dropped)
            and _mentioned_before(token, earlier, span, dropped=dropped)
            and _main_argument(token, root)
        ):
            return [f"vague: 'the {token.text}' does not say which"]
    return problems


FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
PLACE_WORDS = frozenset(
    {"local", "locally", "national", "nationally", "nationwide", "statewide", "area", "region"}
)


def unplaced_figure(
    span: Span, *, root: Token, dropped: Collection[int], local_place: str | None
) -> list[str]:
    """ "New vehicle sales plunged 10 percent" in an article about Houston: a statistic is its
    place's, and read alone it passes for a national one. Only in an article about one city or
    state (``local_place``), for a subject that measures ("sales", "the average price") and a
    sentence that names no place."""
    if local_place is None:
        return []
    kept = [token for token in tokens_of(span) if token.i not in dropped]
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() not in english.statistic_nouns:
        return []
    if any(token.lower_ in PLACE_WORDS or token.ent_type_ in PLACE_LABELS for token in kept):
        return []
    if not any(token.ent_type_ in FIGURE_LABELS for token in kept):
        return []
    return [f"vague: the figure is {local_place}'s, which the sentence does not say"]


def _nationality_for_a_person(subject: Token, *, dropped: Collection[int]) -> bool:
    """ "The American gained the ascendancy", "the Moroccan, who …, will not decide", "The
    raw-boned South Australian was quick", "The Australian, a former Brumbies coach, was": a
    nationality as the subject, standing for a person (a clause the statement drops says nothing,
    nor do the words describing it)."""
    kept = [
        child.lower_
        for child in subject.children
        if child.i not in dropped
        and not child.is_punct
        and child.dep_ not in {"amod", "compound"}
        and not _describes_without_naming(child)
    ]
    return subject.ent_type_ == "NORP" and kept == ["the"] and not subject.text.endswith("s")


def _describes_without_naming(child: Token) -> bool:
    """ "The Australian, a former Super 12-winning Brumbies coach, was ...": an appositive or a
    relative clause that says what the person is but not who ("The Australian, Eddie Jones," does)."""
    return child.dep_ in {"appos", "relcl"} and not any(word.ent_type_ == "PERSON" for word in child.subtree)


ELLIPTICAL_QUANTIFIERS = frozenset({"most", "many", "some", "both", "all", "others", "several", "few"})
SHARES = frozenset(
    {"half", "third", "thirds", "fifth", "fifths", "majority", "minority", "rest", "remainder"}
)
"""A share of a whole the subject must name: "a third", "two-thirds", "the majority", "the rest"."""
QUANTIFIER_MODIFIERS = frozenset({"advmod", "punct"})
SHARE_MODIFIERS = QUANTIFIER_MODIFIERS | {"amod", "quantmod", "det", "nummod"}
"""What may stand beside a share without saying whose: "More than half", "About a third"."""
EXAMPLES = frozenset({"like", "including"})
OWNERS = frozenset({"poss", "compound", "prep", "appos", "relcl", "acl"})
OWNING_NAMES = frozenset({"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"})


def _owner_untold(subject: Token) -> bool:
    """ "More than 400 staff will be made redundant", "Senior officials were infuriated": staff
    or officials with nothing to say whose (a possessive, a name, "of the bank", a nationality)."""
    return subject.lemma_.lower() in english.relational_nouns and not any(
        child.dep_ in OWNERS or child.ent_type_ in OWNING_NAMES for child in subject.children
    )


def _counts_the_named_before(subject: Token, *, dropped: Collection[int]) -> bool:
    """ "Most are in the Russian Far East", "Others, like Le Monde, have …", "More than half
    returned": a quantifier or a share standing alone as the subject, its noun left in an earlier
    sentence; "Most of the workers", "Half of them" and "Many in the crowd" say whose, an example
    ("like Le Monde") does not."""
    if subject.lower_ in ELLIPTICAL_QUANTIFIERS:
        modifiers = QUANTIFIER_MODIFIERS
    elif subject.lower_ in SHARES:
        modifiers = SHARE_MODIFIERS
    else:
        return False
    return all(
        child.dep_ in modifiers or (child.dep_ == "prep" and child.lower_ in EXAMPLES)
        for child in subject.children
        if child.i not in dropped
    )


def _example_of_nothing(span: Span, *, dropped: Collection[int]) -> str | None:
    """ "He pointed to his own case as an example.": "an example" with no "of" (or "for", "to") to
    say of what, which the sentence before told; "for example" is a marker, no such noun."""
    for noun in tokens_of(span):
        if noun.lemma_.lower() != "example" or noun.i in dropped:
            continue
        article = next((child for child in noun.children if child.dep_ == "det"), None)
        if (
            article is not None
            and article.lower_ in {"a", "an"}
            and not any(_says_of_what(child) for child in noun.children)
        ):
            return text_of(span.doc[article.i : noun.i + 1])
    return None


def _says_of_what(child: Token) -> bool:
    return child.dep_ in {"acl", "relcl"} or (child.dep_ == "prep" and child.lower_ in {"of", "for", "to"})


ANSWERING_VERBS = frozenset({"respond", "reply", "react", "retort"})
"""Verbs whose event answers another ("Kise responded by arguing ..."): to what, only "to" says."""


STANCE_VERBS = frozenset({"agree", "disagree", "concur", "dissent", "differ", "object"})
STANCE_ADJECTIVES = frozenset(
    {"convinced", "unconvinced", "sceptical", "skeptical", "doubtful", "unsure", "undecided", "unimpressed"}
)
"""A view taken of a claim ("The Fed's board disagrees.", "Sleigh-Johnson is unconvinced."): which
claim, only an object or a clause of the sentence can say (not a trailing "..., questioning how",
which the statement drops)."""
STANCE_OBJECTS = frozenset({"prep", "ccomp", "xcomp", "dobj", "pcomp"})


def _stance_without_object(root: Token) -> str | None:
    """The word of a view taken of nothing the sentence says, or None."""
    adjective = next(
        (child for child in root.children if child.dep_ == "acomp" and child.lower_ in STANCE_ADJECTIVES),
        None,
    )
    if root.lemma_.lower() in STANCE_VERBS:
        word = root
    elif adjective is not None and root.lemma_ in {"be", "remain", "stay", "seem"}:
        word = adjective
    else:
        return None
    if any(child.dep_ in STANCE_OBJECTS for child in word.children):
        return None
    return word.text


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
"""The main clause's subject and object: "the largest lander of the new entrants" is told apart."""


def _compared_definite(span: Span, *, root: Token, dropped: Collection[int]) -> str | None:
    """ "Steve Jobs showed off the new machine", "The smaller iPod will hold about 120 songs": a
    "the X" told apart only as new or as more than another, which an earlier sentence names (the
    Mac mini; the iPod shuffle). Raters of unseen BBC news rejected both as vague."""
    for token in tokens_of(span):
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in dropped or token.dep_ not in ARGUMENTS:
            continue
        children = list(token.children)
        if [child.lower_ for child in children if child.dep_ == "det"] != ["the"] or not _main_argument(
            token, root
        ):
            continue
        comparing = next(
            (c for c in children if c.dep_ == "amod" and (c.tag_ == "JJR" or c.lower_ == "new")), None
        )
        if comparing is not None and bare_definite(token, dropped=dropped) and not _said_after(token):
            return f"the {comparing.text} {token.text}"
    return None


CHANGE_VERBS = frozenset({"become", "get", "grow", "turn"})


def _comparison_without_its_other(span: Span, *, root: Token, dropped: Collection[int]) -> str | None:
    """ "Opinion was more divided over Potts", "Ingham took a less charitable view": "more" or
    "less" before an adjective of the main clause, with no "than" after it, compares with what an
    earlier sentence said (raters of unseen BBC news: "more divided than what?"). Not a quantity
    ("more competitors"), nor a comparison the sentence completes ("more popular than ever"), nor a
    change, which compares with what is now ("would become more popular", "will be more common")."""
    for token in tokens_of(span):
        adjective = token.head
        if (
            token.lower_ not in {"more", "less"}
            or token.dep_ != "advmod"
            or adjective.pos_ != "ADJ"
            or token.i in dropped
            or any(later.lower_ == "than" for later in tokens_of(span) if later.i > token.i)
        ):
            continue
        predicate = (
            adjective.dep_ in {"acomp", "oprd"}
            and adjective.head in {root, *root.conjuncts}
            and adjective.head.lemma_ not in CHANGE_VERBS
            and not any(child.tag_ == "MD" for child in adjective.head.children)
        )
        describing = adjective.dep_ == "amod" and _main_argument(adjective.head, root)
        if predicate or describing:
            return f"{token.text} {adjective.text}"
    return None


POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})
SAYING_WHICH = frozenset({"prep", "acl", "relcl", "ccomp", "appos", "compound", "nmod", "nummod"})
"""What in a noun's own phrase says which it is: "the problem of sectarianism", "the pensions row"."""


def _shell_noun(span: Span, *, dropped: Collection[int], headline_words: Collection[str]) -> str | None:
    """ "praised the clubs for tackling the problem", "the proposal would fail": an abstract noun
    (``english.shell_nouns``) whose content, with nothing in its own phrase to say it, is an earlier
    sentence's. A capitalised word before it says which ("the Iraqi crisis"); "recent" does not.
    One the headline names is the story's own ("the new plans" under "Blunkett unveils policing
    plans")."""
    for token in tokens_of(span):
        lemma = token.lemma_.lower()
        said = lemma in SAYINGS or (token.lower_ == "words" and token.tag_ == "NNS")
        if token.pos_ != "NOUN" or token.i in dropped or not (said or lemma in english.shell_nouns):
            continue
        if token.lower_ in headline_words or lemma in headline_words:
            continue
        children = list(token.children)
        pointer = next(
            (
                child
                for child in children
                if child.dep_ in {"det", "poss"}
                and (child.lower_ in POINTING_DETERMINERS or (said and child.dep_ == "poss"))
            ),
            None,
        )
        if (
            pointer is None
            or any(
                child.dep_ in SAYING_WHICH or (child.dep_ == "amod" and child.text[:1].isupper())
                for child in children
            )
            or _said_after(token)
        ):
            continue
        return f"{span.doc[pointer.left_edge.i : pointer.right_edge.i + 1].text} {token.text}"
    return None


SAYINGS = frozenset({"claim", "remark", "comment", "criticism", "warning", "allegation", "statement"})
"""What someone said: "Mr Howard's comment" says whose, not what was said, which another sentence
tells."""


def _said_after(noun: Token) -> bool:
    """ "the key issues in the conflict", "the thorniest issues, like final borders": what follows
    the noun says which, wherever the model hung it."""
    after = [token.lower_ for token in noun.doc[noun.i + 1 : noun.i + 3]]
    return bool(after) and (
        after[0] in SAYING_PREPOSITIONS
        or (after[0] == "," and after[1:] in (["like"], ["such"], ["including"]))
    )


SAYING_PREPOSITIONS = frozenset(
    {"of", "in", "on", "over", "about", "between", "with", "to", "for", "against", "like"}
)


GATHERING_VERBS = frozenset({"attend", "boycott", "host", "chair"})
"""Verbs of an event taken part in, whose object names it: "Also due to attend are Condoleezza
Rice and ...", with no object, leaves the event to an earlier sentence."""


def _gathering_without_object(span: Span, *, dropped: Collection[int]) -> str | None:
    return next(
        (
            token.text
            for token in tokens_of(span)
            if token.lemma_ in GATHERING_VERBS
            and token.pos_ == "VERB"
            and token.i not in dropped
            and token.dep_ != "relcl"  # "the church he attended": the noun it tells of
            and not any(child.dep_ in {"dobj", "nsubjpass"} for child in token.children)
        ),
        None,
    )


LATER_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "further"})


def _later_ordinal(children: list[Token]) -> str | None:
    """ "A second lure for Apple is ...", "A third suspect was": one more of those an earlier
    sentence counted ("won a second term" is a fact of its own: only a subject counts on)."""
    return next(
        (child.text for child in children if child.lower_ in LATER_ORDINALS and child.dep_ == "amod"), None
    )


REST = frozenset({"other", "remaining"})
"""What "the" X are when they are the rest of a whole another sentence gave: "the other two", "the
remaining three"."""


def _opens_with_other(span: Span, children: list[Token], *, dropped: Collection[int]) -> bool:
    """ "Other measures include ...": the statement opens on "other", than those of another sentence."""
    first = next((token for token in tokens_of(span) if token.i not in dropped), None)
    return first is not None and first.lower_ == "other" and first in children


def _other(children: list[Token]) -> str | None:
    return next((child.lower_ for child in children if child.lower_ in REST and child.dep_ == "amod"), None)


AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _one_of_those_before(one: Token, children: list[Token]) -> bool:
    """ "One, Eric Rice, has won sponsorship", "LG was demonstrating one at 3GSM": a bare "one"
    standing for one of the things or people an earlier sentence named ("one of the podcasters"
    says of what; "no one" and "the one who" are no count; "one over" is a count the model
    misread)."""
    if one.lower_ != "one" or one.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    following = one.doc[one.i + 1] if one.i + 1 < len(one.doc) else None
    if following is not None and following.pos_ in {"NOUN", "PROPN", "NUM"}:
        return False
    return not any(
        child.dep_ in {"prep", "det", "relcl", "amod"} or child.lower_ in {"another", "no", "any"}
        for child in children
    )


def _follows_on(span: Span, *, root: Token, dropped: Collection[int]) -> bool:
    """ "Brett Lee then chipped in.", "... before then.", "Harrison was honoured instead", "emerged
    soon after": the main clause's "then", "instead" or a bare "after" places its event against
    one another sentence tells; an "if ... then" does not."""
    words = text_of(span).lower()
    if not any(word in words for word in ("then", "instead", "after")) or _IF.search(words):
        return False
    return any(
        token.i not in dropped
        and (
            (token.lower_ in {"then", "instead"} and token.head == root)
            or (
                token.lower_ in {"then", "instead"}
                and token.head.lower_ in {"before", "until", "since", "by"}
                and token.head.head == root
            )
            or (token.lower_ in AFTERWARDS and token.pos_ == "ADV" and token.head == root)
        )
        for token in tokens_of(span)
    )


ALIKE = frozenset({"likewise", "similarly", "equally"})
"""Adverbs that liken the main clause's event to another sentence's."""


def _likened(span: Span, *, root: Token, dropped: Collection[int]) -> str | None:
    """ "The BPI is equally quick to condemn ...", "Similarly, the council ...": the main clause
    is likened to what another sentence tells (a fresh BBC round: vague); not "split the money
    equally"."""
    for token in tokens_of(span):
        if token.lower_ in ALIKE and token.i not in dropped:
            on_root = token.head == root and token.lower_ != "equally"
            if on_root or (token.head.pos_ == "ADJ" and token.head.head == root):
                return token.text
    return None


AFTERWARDS = frozenset({"after", "afterwards", "afterward"})
"""Without an object ("emerged soon after", "followed shortly after") they follow on too."""


UNDATED_ORDER = frozenset({"latest", "newest", "previous", "recent"})


def _undated_order(span: Span, *, dropped: Collection[int]) -> list[str]:
    """ "In his most recent physical exam he clocked in at 243 pounds": an order against the
    article's own time ("latest", "previous", "most recent") says when only with a date beside it
    ("his previous physical conducted in 2018"); the page's "-- conducted in February --" may be
    dropped."""
    words = text_of(span).lower()
    if not any(word in words for word in UNDATED_ORDER):
        return []
    if any(entity.label_ == "DATE" and entity.start not in dropped for entity in entities(span)):
        return []
    for token in tokens_of(span):
        if (
            token.i not in dropped
            and token.lower_ in UNDATED_ORDER
            and token.dep_ == "amod"
            and token.head.pos_ in {"NOUN", "PROPN"}  # "the recent Consumer Electronics Show"
            and token.head.lemma_.lower() not in TIME_UNITS
        ):
            phrase = token.doc[token.left_edge.i : token.head.i + 1].text
            return [f"vague: '{phrase}' is relative to a time the item does not give"]
    return []


def loose_definites(span: Span, *, dropped: Collection[int], earlier: Collection[str]) -> tuple[str, ...]:
    """The "the X" and "all three X" anywhere in the statement that only an earlier sentence says
    which ("released in Doha in a swap for the hostages"): a blank or a question about the main
    clause still reads, but a true/false statement asks the reader to judge all of it."""
    words = text_of(span).lower()
    if "the " not in words and "all " not in words:
        return ()
    nouns = [
        article.head
        for article in tokens_of(span)
        if article.lower_ == "the" and article.dep_ == "det" and article.head.pos_ == "NOUN"
    ]
    return tuple(
        f"the {noun.text}"
        for noun in nouns
        if noun.i not in dropped
        and noun.lemma_.lower() not in TIME_UNITS
        and bare_definite(noun, dropped=dropped)
        and _mentioned_before(noun, earlier, span, dropped=dropped)
    ) + tuple(_all_counted(span, dropped=dropped))


def _all_counted(span: Span, *, dropped: Collection[int]) -> Iterable[str]:
    """ "All three teams have two games in hand": which three, an earlier sentence says. A blank or a
    question may still ask the count ("All _____ companies are now eligible to bid"), which the
    article gives; a true/false statement asks the reader to know the three."""
    for article in tokens_of(span):
        noun = article.head
        if article.lower_ != "all" or article.dep_ != "det" or noun.pos_ != "NOUN" or noun.i in dropped:
            continue
        if (count := _counted(list(noun.children))) and bare_definite(noun, dropped=dropped):
            yield f"all {count} {noun.text}"


MAIN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "pobj", "poss"})
"""The dependencies ``_main_argument`` starts from."""


def unnamed_definites(span: Span, *, root: Token, dropped: Collection[int]) -> tuple[Token, ...]:
    """The "the X" of the main clause (its subject, its object, or after a preposition of its verb)
    that nothing in the statement says which, even at its first mention ("Israel seized control
    of the territories"): the writer counts on the article around it, which an item takes away.
    ``dropped`` are the tokens the statement leaves out or writes out."""
    return tuple(
        noun
        for noun in tokens_of(span)
        if noun.pos_ == "NOUN"
        and noun.dep_ in MAIN_ARGUMENTS
        and noun.i not in dropped
        and noun.lemma_.lower() not in TIME_UNITS
        and any(child.dep_ == "det" and child.lower_ == "the" for child in noun.children)
        and bare_definite(noun, dropped=dropped)
        and not named_before_it(noun, span, dropped=dropped)
        and not _national(noun)
        and _main_argument(noun, root)
    )


TIME_UNITS = frozenset(
    {"day", "week", "month", "year", "season", "quarter", "decade", "century", "morning", "night", "time"}
)
"""Their "the" counts on the article's own time ("for the fourth month"), which a reader has."""


IDENTIFYING = frozenset({"prep", "relcl", "acl", "compound", "nummod", "appos", "quantmod", "npadvmod"})
NAMING = frozenset({"compound", "appos"})
"""These say which only with a name or a number ("the WeWork deal", "the 2020 tour"): "the sales
slump" and "the company itself" do not."""
RELATIVE_ORDER = frozenset({"latest", "last", "next", "previous", "newest", "recent", "most recent"})
"""Superlatives and ordinals that place a thing only against an earlier sentence ("the latest case")."""
ORDINAL_TITLES = frozenset({"first lady", "first minister", "first secretary"})
"""Offices whose ordinal is part of the title: "the first lady" is no more told apart than "the senator"."""


def bare_definite(noun: Token, *, dropped: Collection[int] = ()) -> bool:
    """ "the stock", "the new entrants", "the party's actions": a definite common noun that only an
    earlier sentence identifies. A phrase, a name or a number beside it says which ("the end of the
    season", "the company WeWork", "the 2020 tour"); so do a superlative or an ordinal ("the
    largest lander", "the third witness"); some nouns name one thing in any news ("the world").
    "the X of the Y" is judged by the Y. A phrase the statement leaves out (``dropped``: "the SUV,
    which is the top-selling vehicle, ...") says nothing."""
    if noun.lemma_.lower() in english.unique_nouns or noun.dep_ in {"appos", "compound"}:
        return False
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.pos_ == "PROPN" and following.i not in dropped:
        return False  # "the athlete Marta Quell", which the small model may parse as two subjects
    if any(_identifies(child) for child in noun.children if child.i not in dropped):
        return False
    if any(
        (child.tag_ in {"JJS", "RBS"} or child.ent_type_ == "ORDINAL")
        and child.lower_ not in RELATIVE_ORDER
        and f"{child.lower_} {noun.lower_}" not in ORDINAL_TITLES
        for child in noun.children
    ):
        return False
    return not (noun.head.pos_ == "PROPN" and noun.dep_ in {"appos", "nmod"})


def _identifies(child: Token) -> bool:
    """Whether a dependent says which thing its noun is: a phrase, a name, a year ("the 2020
    tour"); a count does not ("the five awardees", "the 30-date run")."""
    if child.dep_ not in IDENTIFYING:
        return False
    if child.dep_ == "nummod" or (child.dep_ == "compound" and child.pos_ == "NUM"):
        return is_year(child.text)
    return child.dep_ not in NAMING or child.pos_ in {"PROPN", "NUM"}


def _mentioned_before(noun: Token, earlier: Collection[str], span: Span, *, dropped: Collection[int]) -> bool:
    """Whether "the X" takes up something earlier: X is a noun that always points back ("the move",
    "the Portuguese boss"), or was named in an earlier sentence ("a doctored video" ... "the
    video") and no name or nationality says which ("the South Korean government", "the Caribbean
    island"); a nationality does not say which of many ("the British soldiers"). A first mention
    ("the digital realm") is not vague."""
    if named_before_it(noun, span, dropped=dropped):
        return False
    if _points_back(noun):
        return True
    return noun.lemma_.lower() in earlier and (
        noun.tag_ == "NNS" or noun.lemma_.lower() in TRADES or not _national(noun)
    )


TRADES = frozenset(
    {"maker", "producer", "firm", "company", "giant", "group", "retailer", "carmaker", "lender", "insurer"}
)
"""Nouns of a trade, of which a country has many: "the Italian liqueur maker" is the one an earlier
sentence named ("Illva Saronno"), as "the South Korean government" is not."""


def _points_back(noun: Token) -> bool:
    """A noun that after "the" always takes up another sentence ("the move"), or an office that
    stands for a person another sentence named ("the senator", not "the Cuban president")."""
    lemma = noun.lemma_.lower()
    return lemma in english.anaphoric_nouns or (lemma in english.office_nouns and not _national(noun))


def _national(noun: Token) -> bool:
    """ "the South Korean government", "the Caribbean island": a nationality or a place says which."""
    modifiers = [child for child in noun.children if child.dep_ in {"amod", "compound"}]
    if not modifiers:
        return False
    first = noun.sent.start  # a capital there only opens the sentence
    return any(
        child.i > first and (child.ent_type_ in {"NORP", "GPE", "LOC"} or child.text[:1].isupper())
        for child in modifiers
    )


ANTECEDENTS = {
    **dict.fromkeys(
        ("company", "firm", "group", "agency", "club", "team", "ministry", "department", "store", "label"),
        frozenset({"ORG"}),
    ),
    **dict.fromkeys(("country", "nation", "city", "state"), frozenset({"GPE"})),
}
"""The names that "the X" may take up within its own sentence, by X."""


def named_before_it(noun: Token, span: Span, *, dropped: Collection[int] = ()) -> bool:
    """ "Shares of Home Depot fell after the company cut its forecast": the sentence (``span``)
    itself names what "the company" is, before it; not in a part the statement leaves out
    (``dropped``: "Maroon, a St. Louis native, made his first trip back to the city")."""
    labels = ANTECEDENTS.get(noun.lemma_.lower())
    return (
        labels is not None
        and noun.tag_ == "NN"
        and any(
            entity.label_ in labels and entity.end <= noun.i and entity.start not in dropped
            for entity in entities(span)
        )
    )


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


def _plural_antecedent(token: Token) -> bool:
    """Whether "they", "them" or "their" may take up ``token``: a plural ("the workers"), names
    joined ("Kim and Lee"), a people ("the Israelis") or an organisation ("Google said they ...")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    return (
        token.tag_ in {"NNS", "NNPS"}
        or token.dep_ == "conj"
        or any(child.dep_ == "conj" for child in token.children)  # "Joshua and Sally", read from Joshua
        or token.ent_type_ in {"NORP", "ORG"}
    )


def _object_of_its_subject(pronoun: Token, span: Span) -> bool:
    """ "The Arab League called it ...", "Tony Blair called him a giant": an object "it", "them",
    "him" or "her" never means its own verb's subject (that would be "itself", "himself"), so when
    the subject is the only thing named before it, it points to another sentence."""
    if pronoun.lower_ not in {"it", "them", "him", "her"} or pronoun.dep_ not in {"dobj", "dative"}:
        return False
    verb = pronoun.head
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    inside = range(subject.left_edge.i, subject.right_edge.i + 1)
    return not any(
        token.pos_ in {"NOUN", "PROPN"} and token.i not in inside
        for token in tokens_of(span)
        if token.i < pronoun.i
    )


def elliptical(span: Span, root: Token) -> list[str]:
    """ "Reaching Mars, however, hasn't.": an auxiliary whose verb is in another sentence."""
    words = [t for t in tokens_of(span) if not t.is_punct and t.lower_ not in {"not", "n't", "n’t"}]
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


__all__ = ["bare_definite", "count_of_nothing", "elliptical", "loose_definites", "vagueness_problems"]
