"""Clean statements: what of a sentence a question may use (Heilman & Smith's simplification step).

A news sentence wraps its fact in things a learner should not be asked about: a dateline
("LONDON —"), an attribution ("Officials said ...", "..., according to the ministry"), a leading
discourse marker ("However,", "For example,"), a parenthetical and a date relative to the day the
article appeared ("on Tuesday", "last year"). ``clean_statement`` finds the clause that carries the
fact and the tokens to leave out; a relative year or month is written out against the article's date
("last year" -> "in 2018", see ``relative_dates``). What cannot be cleaned is reported as a problem
so the sentence is not asked at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from generator.analysis import entities, text_of, tokens_of
from generator.dates import is_year
from generator.lexicon import english
from generator.relative_dates import as_of_writing, relative_dates

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]+(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)*(?:,? \([A-Za-z ]+\))?"
    r"|\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{1,4})?)\s*[—–:-]{1,2}\s+"
)
"""A news dateline ("ASHFORD FALLS, Vt. — ", "LINDI (AP) - ", "HARLOW, North Tamsin, (AP) - "): where
the story was filed; or the time of a live update ("12:00 PM PT -- ")."""


_MARKERS_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _marker in english.discourse_markers:
    _MARKERS_BY_FIRST_WORD.setdefault(_marker.split()[0], []).append(tuple(_marker.split()))


@dataclass(frozen=True)
class Statement:
    """The clause a question may use, and what to leave out or write anew around it."""

    root: Token
    """The verb of the clause that states the fact (the reported clause of "X said ...")."""
    dropped: frozenset[int]
    """Token indices no item shows."""
    replacements: dict[int, str] = field(default_factory=dict)
    """Token index -> text to write instead ("last year" -> "in 2018", "he" -> "Johnson")."""
    attributed: bool = False
    """Reported speech whose attribution could not be taken off: a claim, not a fact."""
    reported: bool = False
    """Reported speech whose attribution was taken off ("X said", "according to Y"): the fact is
    the speaker's, so it is asked, but never stated as true or false in the article's voice."""
    problems: tuple[str, ...] = ()
    located: dict[int, str] = field(default_factory=dict)
    """Token index -> why an item that shows that token is vague ("so far", "recently": see
    ``relative_dates.as_of_writing``); an item cut to another clause is not."""
    asides: tuple[frozenset[int], ...] = ()
    """Dropped participle phrases that trail the clause (", pinning 800 students inside"): a fact
    of their own, which an item asking about it keeps (see ``Sentence.aside_of``)."""


def clean_statement(span: Span, *, published: date | None) -> Statement:
    dropped: set[int] = set()
    replacements: dict[int, str] = {}
    problems: list[str] = []
    dateline = _DATELINE.match(text_of(span))
    if dateline:
        dropped.update(token.i for token in tokens_of(span) if token.idx - span.start_char < dateline.end())
    elaboration = _clause_after_colon(span)
    if elaboration is not None:
        dropped.update(range(span.start, elaboration.start))
    before = len(dropped)
    root, attributed = _reported_clause(elaboration or span, dropped, replacements)
    _drop_inserted_attribution(span, root, dropped)
    _drop_according_to(span, dropped)
    reported = len(dropped) > before
    _drop_enumerator(span, dropped)
    _drop_trailing_dots(span, dropped)
    _drop_discourse_markers(span, dropped)
    _drop_parentheticals(span, dropped)
    asides = _drop_side_clauses(span, root, dropped, replacements)
    _drop_comma_after_subject(root, dropped)
    # An aside comes back in the item that asks about it, so its dates are read as kept; what goes
    # with a date ("on Monday night" -> "on Nov. 18, 2019") goes from the aside too.
    kept_asides = set(dropped).difference(*asides)
    dated = set(kept_asides)
    problems.extend(relative_dates(span, dated, replacements, published=published))
    dated_out = dated - kept_asides
    dropped |= dated_out
    asides = [aside - dated_out for aside in asides]
    return Statement(
        root=root,
        dropped=frozenset(dropped),
        replacements=replacements,
        attributed=attributed,
        reported=reported,
        problems=tuple(problems),
        located=as_of_writing(span, dropped),
        asides=tuple(asides),
    )


def _clause_after_colon(span: Span) -> Span | None:
    """ "… one of the main suspects has been caught: Felicien Kabuga was arrested in Paris on May
    16.": a clause with its own subject after the sentence's one colon, which states the fact the
    clause before it announces; the statement is that clause. Not after a label ("UPDATE: …") or a
    verb of saying ("The report said: …", which the reported clause handles), nor with a quotation
    or a list after it."""
    colons = [token for token in tokens_of(span) if token.text == ":"]
    if len(colons) != 1:
        return None
    colon = colons[0]
    lead_in = span.doc[span.start : colon.i]
    clause = span.doc[colon.i + 1 : span.end]
    if not any(_subject(token) is not None for token in lead_in) or any(_speaks(token) for token in lead_in):
        return None  # a label ("UPDATE: ..."), or what someone said
    if all(token.is_punct for token in clause) or any(token.text in QUOTE_MARKS for token in clause):
        return None  # "The newly selected five are:", a list on the lines after
    verb = clause.root
    own_subject = any(child.dep_ in {"nsubj", "nsubjpass"} and child.i > colon.i for child in verb.children)
    return clause if verb.pos_ in {"VERB", "AUX"} and own_subject else None


def _speaks(verb: Token) -> bool:
    """A verb of saying in the active ("said", "told reporters"); "has been found" reports nothing."""
    return reports(verb) and not any(child.dep_ == "auxpass" for child in verb.children)


_SAY_FORMS = frozenset(
    form for verb in english.say_verbs for form in (verb, f"{verb}s", f"{verb}es", f"{verb}d", f"{verb}ed")
)


def reports(verb: Token) -> bool:
    """A verb of saying or believing, by its lemma or, where the small model's lemma slips ("hopes"
    -> "hop"), by its inflected form."""
    return verb.lemma_.lower() in english.say_verbs or verb.lower_ in _SAY_FORMS


_BELIEF_FORMS = frozenset(
    form for verb in english.belief_verbs for form in (verb, f"{verb}s", f"{verb}d", f"{verb}ed")
)


def believes(verb: Token) -> bool:
    """A say verb of belief or forecast ("expects", "hopes"): its clause is the speaker's guess,
    which no item may state without the speaker."""
    return verb.lemma_.lower() in english.belief_verbs or verb.lower_ in _BELIEF_FORMS


def _subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)


def _reported_clause(span: Span, dropped: set[int], replacements: dict[int, str]) -> tuple[Token, bool]:
    """ "Shotwell said Starship missions could begin in 2022." -> "Starship missions could begin in
    2022."; "..., the ministry said." likewise. A reported he/she is the speaker ("Johnson said he
    would ..." -> "Johnson would ..."); any other pronoun, or a him or her after another subject,
    keeps the attribution."""
    root = span.root
    if not reports(root):
        # "Morrison denied that he ...": a clause under a verb of doubt is not a fact; "employees
        # will receive notice that ..." and "The US wants the UK to ..." are
        doubted = root.lemma_.lower() in english.doubt_verbs
        return root, doubted and any(child.dep_ == "ccomp" for child in root.children)
    clause = next((child for child in root.children if child.dep_ == "ccomp"), None)
    speaker = _subject(root)
    if believes(root) and (clause is not None or any(child.dep_ == "dobj" for child in root.children)):
        return root, True  # "Edmunds expects 16.6 million vehicles will be sold", "predicted snow"
    if clause is not None and root.lemma_.lower() in english.contested_verbs:
        return root, True  # "Schreiber claims he gave Mulroney $300,000": his side of a dispute
    if clause is None:
        return root, False  # "Cuba has long maintained close relations": the verb's own fact
    if speaker is not None and _a_share_of_people(speaker):
        return root, False  # "Thirty per cent said the affair showed ...": what a poll found is the fact
    if speaker is not None and speaker.lemma_.lower() in POLLS and _counts_its_people(clause):
        return root, False  # "A YouGov poll suggested 75% of respondents thought ...": whose respondents
    subject = _subject(clause)
    if subject is None or clause.pos_ not in {"VERB", "AUX"} or not _finite(clause):
        return root, True
    if clause.left_edge.lower_ in QUESTION_WORDS:
        return root, True  # "Smillie explained why the RUF developed ...": a question, not a fact told
    if subject.lower_ in {"he", "she", "it"}:
        person = subject.lower_ != "it"
        if speaker is None or speaker.pos_ != "PROPN" or (speaker.ent_type_ == "PERSON") != person:
            return root, True
        if not person and subject.i < speaker.i:
            return root, True  # "It can be equipped with 32GB of RAM, Apple said": the product, not Apple
        replacements[subject.i] = speaker_name(
            speaker
        )  # "NASA announced that it was adding" -> "NASA was adding"
    elif subject.lower_ == "they" and (plural := _plural_speaker(speaker, clause, subject)):
        replacements[subject.i] = plural  # "Police said they arrested six people" -> "Police arrested"
    elif subject.lower_ in english.vague_pronouns or subject.pos_ == "PRON":
        return root, True
    elif speaker is not None and _may_mean_the_speaker(clause, subject, speaker):
        return root, True  # "Reid said Chertoff called him": him is Reid, whom the clause alone loses
    if any(
        token.dep_ == "mark" and token.lower_ == "that" and token.head != clause for token in clause.subtree
    ):
        return root, True  # "said that X, and that Y": two reported clauses, no one fact
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    for token in tokens_of(span):
        last = token.i == span.end - 1 and token.is_punct
        if token.i not in inside and not last:
            dropped.add(token.i)
    if clause.left_edge.dep_ == "mark" and clause.left_edge.lower_ == "that":
        dropped.add(clause.left_edge.i)
    for token in span[clause.right_edge.i + 1 - span.start :]:
        if token.is_punct and token.i != span.end - 1:
            dropped.add(token.i)
    _keep_closing_quote(span, clause, dropped, replacements)
    _keep_time_frame(root, clause, dropped)
    return clause, False


MAX_SPEAKER_WORDS = 4
THEIRS = frozenset({"they", "them", "their", "theirs", "themselves"})


def _plural_speaker(speaker: Token | None, clause: Token, subject: Token) -> str | None:
    """The words of a plural speaker that a reported "they" stands for ("Police", "Venezuelan
    authorities", "The Tories"), when short and with no other "they", "them" or "their" in the
    clause that might mean someone else; None otherwise."""
    if speaker is None or speaker.tag_ not in {"NNS", "NNPS"}:
        return None
    words = speaker.doc[speaker.left_edge.i : speaker.right_edge.i + 1]
    if len(words) > MAX_SPEAKER_WORDS or any(token.pos_ == "PRON" for token in words):
        return None
    if any(token.lower_ in THEIRS for token in clause.subtree if token != subject):
        return None
    return words.text


SHARES = frozenset({"half", "third", "quarter", "majority", "minority", "most", "percent", "cent", "%"})


def _a_share_of_people(speaker: Token) -> bool:
    """ "Thirty per cent", "Three quarters", "63%", "A majority": the share of a poll that said it."""
    return (
        speaker.ent_type_ in {"PERCENT", "CARDINAL"} or speaker.like_num or speaker.lemma_.lower() in SHARES
    )


POLLS = frozenset({"poll", "survey", "census", "study"})
RESPONDENTS = frozenset({"respondent", "voter", "adult", "people", "person", "those", "participant"})


def _counts_its_people(clause: Token) -> bool:
    """Whether the reported clause counts the people a poll asked ("75% of respondents"): they are
    the poll's, so the poll stays in the statement."""
    return any(
        token.lemma_.lower() in RESPONDENTS
        and token.dep_ == "pobj"
        and token.head.lower_ in {"of", "in"}
        and (token.head.head.ent_type_ in {"PERCENT", "CARDINAL"} or token.head.head.like_num)
        for token in clause.subtree
    )


OBJECT_PRONOUNS = frozenset({"him", "himself", "herself"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})


def _may_mean_the_speaker(clause: Token, subject: Token, speaker: Token) -> bool:
    """Whether a pronoun in the reported clause, outside its subject, may be the speaker, so that
    the clause alone loses whom it means: "Reid said Chertoff called him"; with a person speaking,
    or the speaker's own person, also "he" and "his" ("Trump's team announced that Icahn will
    serve as his adviser when he takes office"). "Police said Smith shot his wife" is Smith's. A
    reported "he" as the subject is the speaker and is written out, and so is a "his" inside the
    subject ("He said his company's lander ..." -> "Michael Sims's company's lander ...")."""
    in_subject = range(subject.left_edge.i, subject.right_edge.i + 1)
    person = speaker.ent_type_ == "PERSON" or any(
        child.dep_ == "poss" and child.ent_type_ == "PERSON" for child in speaker.children
    )
    for token in clause.subtree:
        if token.i in in_subject:
            continue
        if token.lower_ in OBJECT_PRONOUNS or (token.lower_ == "her" and token.dep_ != "poss"):
            return True
        if person and token.lower_ in PERSONAL_PRONOUNS:
            return True
    return False


QUESTION_WORDS = frozenset({"why", "how", "what", "when", "where", "whether", "if", "who", "which"})
"""A reported clause opening with one is an embedded question ("explained why ...", "would not say
whether ..."): taken off its verb, it is neither a statement nor a fact."""
OPENING_QUOTES = {'"': '"', "“": "”"}


def _keep_closing_quote(span: Span, clause: Token, dropped: set[int], replacements: dict[int, str]) -> None:
    """'... following the "Great Recession," Hoenig said.': the quote the clause opens closes after
    the comma, among the attribution's marks; it stays, and the comma goes without a gap."""
    marks = [token.text for token in span.doc[clause.left_edge.i : clause.right_edge.i + 1]]
    for opening, closing in OPENING_QUOTES.items():
        unclosed = (
            marks.count(opening) % 2 if opening == closing else marks.count(opening) - marks.count(closing)
        )
        after = next((t for t in span[clause.right_edge.i + 1 - span.start :] if t.text == closing), None)
        if unclosed > 0 and after is not None:
            dropped.discard(after.i)
            for index in range(clause.right_edge.i + 1, after.i):
                dropped.discard(index)
                replacements[index] = ""


def _keep_time_frame(root: Token, clause: Token, dropped: set[int]) -> None:
    """ "In 2016, the department reported that 3.8 percent ...": the year is the figure's time
    frame, kept when the reported clause gives none of its own ("In 2016, 3.8 percent ...")."""
    if any(token.ent_type_ == "DATE" for token in clause.subtree):
        return
    for child in root.children:
        phrase = range(child.left_edge.i, child.right_edge.i + 1)
        if child.dep_ != "prep" or child.i > clause.left_edge.i:
            continue
        if any(is_year(token.text) and token.ent_type_ == "DATE" for token in child.subtree):
            dropped.difference_update(phrase)
            after = child.doc[child.right_edge.i + 1]
            if after.text == ",":
                dropped.discard(after.i)


def _drop_comma_after_subject(root: Token, dropped: set[int]) -> None:
    """ "NASA's plan to add nine bidders, increased the total": a lone comma between a subject and
    its verb is a slip of the page (a comma that closes an aside has a partner before it). The
    commas of a list in the subject are no partners ("Energy from hydroelectricity, solar power,
    and wind turbines, increased 6 percent")."""
    subject = _subject(root)
    if subject is None:
        return
    last = subject.right_edge
    comma = last if last.text == "," or last.i + 1 >= len(last.doc) else last.nbor(1)  # hung on either
    commas = {
        token
        for token in subject.subtree
        if token.text == "," and (token.i == subject.i + 1 or not _in_a_list(token))
    }  # "MESSENGER, the MErcury Surface, ...,": after the subject's own word, an aside opens
    verb_start = min(
        [root.i, *(child.i for child in root.children if child.dep_ in {"aux", "auxpass", "neg"})]
    )
    if comma.text == "," and commas <= {comma} and comma.i + 1 == verb_start:
        dropped.add(comma.i)


def _in_a_list(comma: Token) -> bool:
    """Whether the comma parts the items of a list: the next word is "and", "or" or opens an item."""
    if comma.i + 1 >= len(comma.doc):
        return False
    following = comma.nbor(1)
    return following.dep_ in {"cc", "conj"} or (
        following.head.dep_ == "conj" and following.i < following.head.i
    )


def _drop_inserted_attribution(span: Span, root: Token, dropped: set[int]) -> None:
    """ "The landers, Clarke said, could deliver tools." and "..., officials said.": a speaker set
    off by commas inside or after the clause it reports; not one who only expects or believes it."""
    for child in root.children:
        if not (child.dep_ in {"parataxis", "advcl", "ccomp"} or _inverted(child)):
            continue
        if not reports(child) or believes(child):
            continue  # ", analysts expect,": the forecast stays the analysts'
        if child.dep_ == "ccomp" and any(grand.dep_ == "ccomp" for grand in child.children):
            continue
        # The parse may hang the commas on the speaker's verb (", insiders said,"): its words only.
        words = [token.i for token in child.subtree if not token.is_punct]
        start, end = words[0], words[-1]
        before = span.doc[start - 1] if start > span.start else None
        after = span.doc[end + 1] if end + 1 < span.end else None
        if before is None or before.text != ",":
            continue
        if (after is not None and after.text == ",") or (
            after is not None and after.i == span.end - 1 and after.is_punct
        ):
            dropped.update(range(start - 1, end + 1))


def _inverted(verb: Token) -> bool:
    """ "..., reported Jane Doe of Harlow Radio.": a speaker after the verb, which the model takes
    for a second verb of the sentence with the speaker as its object."""
    return (
        verb.dep_ == "conj"
        and verb.i > verb.head.i
        and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)
        and any(child.dep_ in {"dobj", "nsubj"} and child.pos_ == "PROPN" for child in verb.children)
    )


def _finite(verb: Token) -> bool:
    """ "missions could begin", "sales fell": a clause that stands as a sentence; "to grow" does not."""
    if verb.tag_ in {"VBD", "VBZ", "VBP"}:
        return True
    return any(
        child.dep_ in {"aux", "auxpass"} and child.tag_ in {"MD", "VBD", "VBZ", "VBP"}
        for child in verb.children
    )


def speaker_name(speaker: Token) -> str:
    """The speaker's whole name: its entity, or failing one its compound ("M-Pesa", not "Pesa"), with
    the article it is written with ("The Fed", not "Fed")."""
    entity = next((ent for ent in entities(speaker.sent) if ent.start <= speaker.i < ent.end), None)
    if entity is not None:
        start, end = entity.start, entity.end
    else:
        start = min(
            (child.left_edge.i for child in speaker.lefts if child.dep_ == "compound"), default=speaker.i
        )
        end = speaker.i + 1
    if start > 0 and speaker.doc[start - 1].lower_ == "the" and speaker.doc[start - 1].head == speaker:
        start -= 1
    return speaker.doc[start:end].text


def _drop_according_to(span: Span, dropped: set[int]) -> None:
    """ ", according to the Foreign Ministry" and "According to police, ": a source, not the fact."""
    for token in tokens_of(span):
        if token.lower_ == "according" and token.i + 1 < span.end and token.nbor(1).lower_ == "to":
            end = max(token.right_edge.i, token.nbor(1).right_edge.i)
            covered = set(range(token.i, end + 1))
            comma_after = end + 1 < span.end - 1 and token.doc[end + 1].text == ","
            if token.i > span.start and token.nbor(-1).text == ",":
                covered.add(token.i - 1)
                if comma_after:
                    covered.add(end + 1)  # "Trump, according to the White House, made": both go
            elif comma_after:
                covered.add(end + 1)
            dropped.update(covered)


def _drop_enumerator(span: Span, dropped: set[int]) -> None:
    """ "2. President freezes prices": the number of a list's item is the page's layout, no word."""
    tokens = tokens_of(span)
    if (
        len(tokens) > 3
        and tokens[0].text.isdigit()
        and len(tokens[0].text) <= 2
        and tokens[1].text in {".", ")"}
    ):
        dropped.update({tokens[0].i, tokens[1].i})


TRAILING_DOTS = frozenset({"...", "…", "...."})


def _drop_trailing_dots(span: Span, dropped: set[int]) -> None:
    """ "… in Atlanta. ...": the page's dots after the full stop, a separator of its notes."""
    tokens = tokens_of(span)
    if len(tokens) > 2 and tokens[-1].text in TRAILING_DOTS and tokens[-2].text == ".":
        dropped.add(tokens[-1].i)


def _drop_discourse_markers(span: Span, dropped: set[int]) -> None:
    """A leading "However," "And" or "For example," (after an "Oh,"), a ", for instance," inside and
    a closing ", though.": they lean on a sentence the item does not show."""
    kept = [token for token in tokens_of(span) if token.i not in dropped]
    if not kept:
        return
    first = kept[0]
    if first.pos_ == "INTJ" and len(kept) > 2 and kept[1].text == ",":
        dropped.update({first.i, kept[1].i})  # "Oh, and nine million people watched ..."
        first = kept[2]
    following = first.nbor(1) if first.i + 1 < span.end else None
    phrase = (
        following is not None
        and ((first.pos_ == "ADV" and following.pos_ == "ADP") or following.lower_ in {"that", "if"})
    ) or (first.head.i == first.i + 1 and first.lower_ not in {"and", "but"})  # "Later in the day"; "So far"
    if first.lower_ in english.leading_connectives and first.pos_ in {"ADV", "CCONJ", "SCONJ"} and not phrase:
        dropped.add(first.i)
        if first.i + 1 < span.end and first.nbor(1).text == ",":
            dropped.add(first.i + 1)
    doc = span.doc
    tokens = tokens_of(span)
    lowers = tuple(token.lower_ for token in tokens)
    for position, token in enumerate(tokens):
        if token.i in dropped or lowers[position] not in _MARKERS_BY_FIRST_WORD:
            continue
        for words in _MARKERS_BY_FIRST_WORD[lowers[position]]:
            after = token.i + len(words)
            if after >= span.end or lowers[position : position + len(words)] != words:
                continue
            opens = token.i == first.i
            set_off = token.i > span.start and token.nbor(-1).text == ","
            if (opens or set_off) and doc[after].text == ",":
                dropped.update(range(token.i, after + 1))
                following = doc[after + 1] if after + 1 < span.end else None  # a paragraph cut at ", though,"
                if set_off and not opens and (following is None or not _comma_still_needed(following)):
                    dropped.add(token.i - 1)
            elif set_off and after == span.end - 1 and doc[after].is_punct:
                dropped.update(range(token.i - 1, after))  # "..., though." closing the sentence
            elif opens and len(words) > 1 and doc[after].pos_ not in {"ADP", "SCONJ", "PUNCT"}:
                dropped.update(range(token.i, after))  # "By contrast moderators ...": the page lost its comma
            break


ASIDE_OPENERS = frozenset({"as", "along", "together", "including", "like"})


def _comma_still_needed(following: Token) -> bool:
    """Whether the comma before a set-off marker has a second use: "In 2019, however, the company"
    closes an opening phrase; "The parents, however, as well as ..., have" opens an aside."""
    subject = next(
        (child for child in following.sent.root.children if child.dep_ in {"nsubj", "nsubjpass"}), None
    )
    opens_subject = (
        subject is not None and subject.left_edge == following and following.i > subject.sent.start
    )
    return opens_subject or following.lower_ in ASIDE_OPENERS


def _drop_parentheticals(span: Span, dropped: set[int]) -> None:
    depth, opened = 0, -1
    for token in tokens_of(span):
        if token.text == "(":
            depth, opened = depth + 1, token.i if depth == 0 else opened
        elif token.text == ")" and depth:
            depth -= 1
            if depth == 0:
                dropped.update(range(opened, token.i + 1))


RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})
CLAUSE_ENDS = frozenset({",", ";", ":", ".", ")", "”", '"', "’", "—", "–"})
DASHES = frozenset({"—", "–", "--"})


def _drop_side_clauses(
    span: Span, root: Token, dropped: set[int], replacements: dict[int, str]
) -> list[frozenset[int]]:
    """Heilman and Smith's simplification: what a sentence says on the side is not its fact.
    ", who also managed Porto, ..." (a relative clause set off by commas), "— an American and an
    Australian —" (a remark between dashes, or after one at the end), ", citing ..." (a
    participle trailing the clause) and "Rounding out the five awardees, ..." (one opening it) go;
    the statement keeps the main clause."""
    doc = span.doc
    last = span.end - 1 if doc[span.end - 1].is_punct else span.end
    asides = []
    for token in tokens_of(span):
        if token.dep_ == "relcl" and token.left_edge.lower_ in RELATIVE_WORDS:
            # "Heyward, who ..., did not": both commas go; "To win South Carolina, which ..., Patrick
            # would": the second comma also ends the opening phrase, so it stays
            end = token.right_edge.i
            while end + 1 < last and doc[end + 1].lower_ in POSSESSIVE_ENDINGS and not doc[end].whitespace_:
                end += 1  # "which owns Picador and St. Martin’s, is": the clause ends after its "’s"
            if end + 1 < last and not doc[end].whitespace_ and doc[end + 1].text not in CLAUSE_ENDS:
                continue  # "which Bassi co-owns with ...": a parse that ends the clause inside a word
            if (
                end + 1 < last
                and doc[end + 1].text in QUOTE_MARKS
                and _quote_left_open(doc[token.left_edge.i : end + 1])
            ):
                end += 1  # 'who called it a "disaster", has': the parse hangs the closing mark elsewhere
            elif (
                end + 2 < last
                and doc[end + 1].text == ","
                and doc[end + 2].text in QUOTE_MARKS
                and _quote_left_open(doc[token.left_edge.i : end + 1])
            ):
                end += 2  # 'who directed "Avenue Q," has': the title closes after the clause's comma
            after = end + 2
            of_subject = (
                (
                    token.head.dep_ in {"nsubj", "nsubjpass"}
                    and not _ends_opening(after, span, root)
                    and not _another_subject_at(after, token.head)
                )
                or (
                    after < span.end and _a_verb(doc[after])  # "Dennehy, who ..., noticed"
                )
                or _quantifier_then_verb(after, span)
                # "lost Matt Dumba, who sat out, to an injury": no opening phrase, whether the model takes
                # "lost" for the root or, as it may, "Dumba" for the root and "lost" for its modifier
                or token.head.i >= root.i
            )
            _drop_set_off(token.left_edge.i, end, span, dropped, marks={","}, closing=of_subject)
        if (
            token.dep_ == "advcl"
            and token.head == root
            and token.tag_ == "VBG"
            and token.left_edge.i == token.i
            and token.i > root.i
            and token.right_edge.i + 1 >= last
        ):
            before = set(dropped)
            _drop_set_off(token.i, token.right_edge.i, span, dropped, marks={","})
            if dropped - before:
                asides.append(frozenset(dropped - before))
    first = doc[next((t.i for t in tokens_of(span) if t.i not in dropped), span.start)]
    if _opening_participle(first, root):
        dropped.update(range(first.i, first.right_edge.i + 2))
    dashed = any(mark in text_of(span) for mark in "-—–")  # most sentences have none: no walk
    dashes = [token.i for token in tokens_of(span) if is_dash(token)] if dashed else []
    for opening, closing in zip(dashes[::2], [*dashes[1::2], None], strict=False):
        end = closing if closing is not None else last
        if not opening < root.i <= end and end > opening + 1:
            dropped.update(range(opening, end + 1 if closing is not None else end))
            if closing is not None and opening > span.start and _opens_subject(closing + 1, root):
                # "Growing up in a military family—the Munns moved ...—Munn developed": the dashes
                # also ended the opening phrase, which keeps a comma
                dropped.discard(closing)
                replacements[closing] = ", "
    return asides


QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quote_left_open(clause: Span) -> bool:
    """Whether the clause opens a quotation it does not close: an odd count of straight marks, or
    more opening curly marks than closing ones."""
    texts = [token.text for token in clause]
    return texts.count('"') % 2 == 1 or texts.count("“") > texts.count("”")


def _another_subject_at(index: int, noun: Token) -> bool:
    """Whether a second subject of ``noun``'s verb begins at ``index``: "A two-time former mayor,
    who ..., Okafor returned", where the model reads the fronted description as a subject of its
    own. Its closing comma stays: "A two-time former mayor, Okafor returned". A quantifier that
    takes the subject up again is no second one: "Tymoshenko and Yushchenko, who ..., both appeared"."""
    return any(
        child is not noun
        and child.dep_ in {"nsubj", "nsubjpass"}
        and child.left_edge.i == index
        and child.lower_ not in FLOATING_QUANTIFIERS
        for child in noun.head.children
    )


FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _quantifier_then_verb(index: int, span: Span) -> bool:
    """ "Varga and Lindqvist, who ..., both looked": the subject goes on to its verb."""
    doc = span.doc
    return index + 1 < span.end and doc[index].lower_ in FLOATING_QUANTIFIERS and _a_verb(doc[index + 1])


def _ends_opening(after: int, span: Span, root: Token) -> bool:
    """Whether a relative clause's closing comma also ends the sentence's opening phrase: the subject
    begins after it, or, where the parse slips, the sentence opens with a preposition and a noun
    phrase follows ("In the film The Comedian, which ..., Wiig will")."""
    if after >= span.end:
        return False
    if _opens_subject(after, root):
        return True
    return span[0].pos_ == "ADP" and span.doc[after].pos_ in {"PROPN", "NOUN", "DET", "PRON", "NUM"}


def _opens_subject(index: int, root: Token) -> bool:
    """Whether the main clause's subject begins at token ``index``: what came before it opened the
    sentence, and ends with a comma."""
    subject = _subject(root)
    return subject is not None and subject.left_edge.i == index and index > root.sent.start


def _opening_participle(first: Token, root: Token) -> bool:
    """ "Kicking off in June, the tour ...": a participle phrase that opens the sentence (``first``
    is its first word the statement keeps), set off by a comma before the main clause's subject."""
    after = first.right_edge.i + 1
    return (
        first.dep_ == "advcl"
        and first.head == root
        and first.tag_ == "VBG"
        and first.left_edge.i == first.i
        and after < root.i
        and first.doc[after].text == ","
    )


def is_dash(token: Token) -> bool:
    """A dash, or a hyphen typed with spaces in its place ("Authority - which ... - called")."""
    if token.text != "-":
        return token.text in DASHES
    return token.i > 0 and token.nbor(-1).whitespace_ != "" and token.whitespace_ != ""


POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


def _a_verb(token: Token) -> bool:
    """A verb after the clause's closing comma: the clause sat between a subject and its verb, even
    where the model reads "Inc., which ..., filed" as a name with a participle."""
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def _drop_set_off(
    start: int, end: int, span: Span, dropped: set[int], *, marks: set[str], closing: bool = True
) -> None:
    """Drop ``start..end`` with the mark before it, and with the ``closing`` mark after it."""
    doc = span.doc
    if start <= span.start or doc[start - 1].text not in marks:
        return
    dropped.update(range(start - 1, end + 1))
    after = end + 1
    if closing and after < span.end - 1 and (doc[after].text in marks or is_dash(doc[after])):
        dropped.add(after)  # ", which ... - killed": the page may close with a dash


__all__ = ["Statement", "clean_statement", "reports", "speaker_name"]
