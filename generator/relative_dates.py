"""Dates relative to the day an article appeared, made to stand alone in a quiz item.

A weekday becomes its date ("on Tuesday" -> "on Nov. 19, 2019"), a month or day without its year
gets the year its verb's tense means ("in May" -> "in May 2019"), "last year" and "this month" are
written out against the article's date; "this week", "a year ago" and the like cannot be, and make
the sentence vague. Without the article's date a weekday or "today" makes it vague too: dropped,
it would leave the fact with no time ("The United States will play France."). A "today" of a
state in the present ("is generated today") means nowadays and stays.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Span, Token

from generator.analysis import entities, text_of, tokens_of
from generator.answers import NAME_LABELS, TITLES
from generator.dates import parse_date, render_date
from generator.lexicon import english
from generator.page_lexicon import page_lexicon

_MONTHS = tuple(calendar.month_name)[1:]
_WEEKDAYS = tuple(name.casefold() for name in calendar.day_name)


def relative_dates(
    span: Span, dropped: set[int], replacements: dict[int, str], *, published: date | None
) -> list[str]:
    """A weekday or "yesterday" is written out as its date ("on Nov. 19, 2019"), or dropped where it
    cannot be ("Monday night"). "last year", "this month" are written out against the article's
    date. Without the article's date, each makes the sentence vague."""
    problems: list[str] = []
    dated = {token.i for entity in entities(span) if entity.label_ in {"DATE", "TIME"} for token in entity}
    for token in tokens_of(span):
        lower = token.lower_
        if lower not in RELATIVE_DAY_SHIFT and lower not in PARTS_OF_DAY:
            continue
        if lower in RELATIVE_DAY_SHIFT and token.i not in dated and token.i not in dropped:
            if lower == "today" and _nowadays(token):
                continue
            if published is None or token.dep_ != "npadvmod":  # the model missed "Tomorrow" as a date
                problems.append(f"vague: '{token.text}' is a day relative to the article's date")
            else:
                day = published + timedelta(days=RELATIVE_DAY_SHIFT[token.lower_])
                _write_out_day(token.doc[token.i : token.i + 1], day, replacements, dropped)
        elif (told := _part_of_a_relative_day(token)) and token.i not in dated and token.i not in dropped:
            problems.append(f"vague: '{told}' is relative to the article's date")  # the model missed it
    for entity in entities(span):
        if entity.label_ not in {"DATE", "TIME"}:
            continue
        words = [token.lower_ for token in entity]
        if words == ["today"] and _nowadays(entity.root):
            continue
        if published is not None and words[0] in RELATIVE_DAY_SHIFT and words[1:2] == ["("]:
            # "Today (Nov. 18), NASA announced": the statement leaves out the brackets that date it
            day = _bracketed_day(entity[2:], published) or published + timedelta(
                days=RELATIVE_DAY_SHIFT[words[0]]
            )
            _write_out_day(entity, day, replacements, dropped)
            if entity.end < span.end and entity.doc[entity.end].text == ")":
                dropped.add(entity.end)
            continue
        if any(word in english.weekdays or word in english.relative_days for word in words) and not any(
            (token.like_num and not token.is_alpha) or token.text in _MONTHS for token in entity
        ):
            if _any_such_day(entity):
                continue  # "On a chilly Tuesday in December 1999": no day relative to the article's
            if (
                published is not None
                and words[0] in english.weekdays
                and set(words[1:]) <= PARTS_OF_DAY | {"'s", "’s"}
                and (owner := _owner(entity)) is not None
            ):  # "from Thursday's fight": the "from" is the fight's, no range
                _write_out_possessive_weekday(entity, owner, replacements, dropped, published=published)
            elif _in_a_range(entity) or _possessive(entity) or _argument(entity) or published is None:
                problems.append(f"vague: '{entity.text}' is a day relative to the article's date")
            elif (
                words[0] in english.weekdays
                and set(words[1:]) <= PARTS_OF_DAY
                and entity.root.dep_ in {"npadvmod", "pobj"}
                and not _date_follows(entity)
            ):
                _write_out_weekday(entity, replacements, dropped, published=published)
                if _schedule(entity):
                    problems.append(f"trivial: '{entity.text}' told in the present is a schedule note")
            elif (
                words[0] in {"late", "early", "last", "this"}
                and len(words) > 1
                and words[1] in english.weekdays
                and set(words[2:]) <= PARTS_OF_DAY
                and not _date_follows(entity)
            ):
                # "late on Jan. 6"; "Last Friday, the Senate ..." -> "On Dec. 9, 2016, the Senate ..."
                _write_out_weekday(entity[1:], replacements, dropped, published=published)
            elif len(words) == 1 and words[0] in RELATIVE_DAY_SHIFT and entity.root.dep_ == "npadvmod":
                day = published + timedelta(days=RELATIVE_DAY_SHIFT[words[0]])
                _write_out_day(entity, day, replacements, dropped)
                if _schedule(entity):
                    problems.append(f"trivial: '{entity.text}' told in the present is a schedule note")
            else:
                _drop_with_preposition(entity, dropped)
                _drop_comma_before_date(entity, dropped)
            continue
        if published is not None and (year := _year_of(entity, published)) is not None:
            last = entity[-1]
            replacements[last.i] = f"{replacements.get(last.i, last.text)}{year}"
            continue
        owner = words[-1] in {"'s", "’s"}  # "last week's", "next month's": the model's entity ends in 's
        if owner:
            words = words[:-1]
        shift = PARTS_OF_A_NEWS_DAY.get(" ".join(words))
        if (
            shift is None
            and " ".join(words[words[0] in {"early", "late"} :]) in PARTS_OF_TODAY
            and _told_done(entity)
        ):
            shift = 0
        if published is not None and shift is not None and entity.root.dep_ == "npadvmod" and not owner:
            _write_out_day(entity, published + timedelta(days=shift), replacements, dropped)
            continue
        if len(words) >= 5 and words[0] == "the" and words[-3:] == ["of", "the", "year"] and not owner:
            # "by the end of the year": of the article's year, which the item does not show
            if published is None:
                problems.append(f"vague: '{entity.text}' is relative to a date the article does not give")
            else:
                replacements[entity.end - 2] = str(published.year)
                dropped.add(entity.end - 1)
            continue
        if _recent_period(words):
            problems.append(f"vague: '{entity.text}' is relative to the article's date")
            continue
        if _unanchored(words) and not (
            _against_the_sentence(entity) and _dated(span, besides=entity, published=published)
        ):
            problems.append(f"vague: '{entity.text}' is relative to a date the article does not give")
            continue
        relative = _relative_period(words)
        if relative is None and any(_relative_period(words[i : i + 2]) for i in range(len(words) - 1)):
            # "July 1 last year"; "October last year two", where the model ran the date into a count
            problems.append(f"vague: '{entity.text}' is relative to the article's date")
            continue
        month = _relative_month(words)
        if relative is None and month is None and len(words) > 2 and _relative_month(words[:2]):
            # "Last November Samuel Amoah ... was jailed": the model ran the month into a name
            problems.append(f"vague: '{entity[:2].text}' is relative to the article's date")
            continue
        if relative is None and month is None:
            continue
        written = _written_out(relative, published) if relative else _month_written_out(month, published)
        if written is None:
            problems.append(f"vague: '{entity.text}' is relative to a date the article does not give")
            continue
        start = entity.start
        if owner or _possessive(entity):
            written = written.removeprefix("in ") + (entity[-1].text if owner else "")
        elif start > span.start and (
            span.doc[start - 1].lower_ in {"in", "during", "since", "by"} or span.doc[start - 1].pos_ == "ADP"
        ):
            written = written.removeprefix("in ")  # "For last month" is "For May 2019"
        replacements[start] = written
        dropped.update(range(start + 1, entity.end))
    return problems


def as_of_writing(span: Span, dropped: set[int]) -> dict[int, str]:
    """The words that hold a fact only as of the day it was written ("so far", "right now",
    "recently", "the current coalition"), by token index, each with why an item showing it is
    vague: only the clause that holds one is, when an item is cut to another. A date in the
    sentence anchors "recently" and the like; a length of time does not ("is currently touring
    Africa after a week of questions")."""
    found: dict[int, str] = {}
    if running := _running_state(span, dropped):
        first, second = running
        found[first.i] = f"vague: '{first.text} {second.text}' holds only as of a date the item does not give"
    if (word := _as_of_writing(span, dropped)) and not any(
        entity.label_ == "DATE" and entity.start not in dropped and _a_point_in_time(entity)
        for entity in entities(span)
    ):
        found[word.i] = f"vague: '{word.text}' is relative to when the article was written"
    return found


RUNNING_STATES = frozenset(
    {
        ("so", "far"),
        ("thus", "far"),
        ("for", "now"),
        ("right", "now"),
        ("before", "now"),
        ("until", "now"),
        ("the", "moment"),
    }
)
"""A count or a state as of the writing, which changes after it: raters accepted 6 of 31 items
with one ("Before now Microsoft has left the market ...", "At the moment eDonkey is enjoying ..."
were rejected in fresh rounds too)."""
AS_OF_WRITING = frozenset({"recently", "soon", "current", "currently", "presently"})
"""Words that place a fact against the day the article was written ("recently released an ad",
"the current coalition"), which no date in the sentence anchors: of 18 such items rated on the
tuning pages, raters accepted one (a fresh round later accepted "Agari's current customers"); "Mr
Brown is currently touring Africa" in an undated article was rejected as vague too."""


def _a_point_in_time(entity: Span) -> bool:
    """ "in 2019", "on Nov. 19", "on Tuesday", not "a week" or "years"."""
    names = page_lexicon().calendar_words
    return any(token.is_digit or token.lower_.rstrip(".") in names for token in entity)


def _as_of_writing(span: Span, dropped: set[int]) -> Token | None:
    """The first such word the statement keeps; not "as soon as" nor "too soon", which place one
    event against another."""
    if not any(word in text_of(span).lower() for word in AS_OF_WRITING):
        return None
    for token in tokens_of(span):
        if token.lower_ not in AS_OF_WRITING or token.i in dropped:
            continue
        before = token.doc[token.i - 1].lower_ if token.i > span.start else ""
        if token.lower_ == "soon" and before in {"as", "too"}:
            continue
        if token.lower_ == "current" and token.pos_ != "ADJ":
            continue
        return token
    return None


def _running_state(span: Span, dropped: set[int]) -> tuple[Token, Token] | None:
    """ "India has reported over 4,000 cases so far", "For now, the plan is hard": the first
    such phrase the statement keeps."""
    lowered = text_of(span).lower()
    if not any(second in lowered for _, second in RUNNING_STATES):
        return None
    kept = [token for token in tokens_of(span) if token.i not in dropped]
    for first, second in pairwise(kept):
        if (first.lower_, second.lower_) in RUNNING_STATES:
            return first, second
    return None


def _nowadays(today: Token) -> bool:
    """ "the way almost all electricity is generated today", "the band is bigger today": "today" of
    a state in the present is "nowadays", no date ("announces today" is a day's news)."""
    verb = today.head
    present = {"VBZ", "VBP"}
    if verb.lemma_ == "be" and verb.tag_ in present:
        return True
    return verb.tag_ == "VBN" and any(
        child.dep_ == "auxpass" and child.tag_ in present for child in verb.children
    )


PARTS_OF_DAY = frozenset({"night", "morning", "afternoon", "evening"})
RELATIVE_DAY_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
"""Days from the article's date that "yesterday" and the like name: written out as that date."""
PARTS_OF_A_NEWS_DAY = {"last night": -1}
"""A time of day the news tells against its own date ("was sacked last night"): written out as the
day it falls on, as "yesterday" is."""
PARTS_OF_TODAY = frozenset({"this morning", "this afternoon", "this evening"})
"""Written out as the article's day only for what has happened ("announced this morning that"):
on the tuning pages the present or future ones were a live page's schedule and weather ("has
scheduled an appearance this morning")."""


def _part_of_a_relative_day(token: Token) -> str | None:
    """ "last night", "this morning": the words, where ``token`` ends them."""
    if token.lower_ not in PARTS_OF_DAY:
        return None
    before = next((child for child in token.lefts if child.lower_ in {"last", "this"}), None)
    return None if before is None else f"{before.text} {token.text}"


PRESENT_REACH = 92
"""Days from the article's date within which a month or day told in the present is the nearest
one: further off, it may be the last or the next."""


MONTH_BARELY_BEGUN = 7
"""Up to this day of a month, a past event "in" that month is last year's: little of it has passed."""


UNDOTTED_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss"})
DEADLINES = frozenset({"by", "until", "till", "before"})


def _year_of(entity: Span, published: date) -> str | None:
    """ "in May" -> " 2019", "Dec. 6" -> ", 2019": the year a date written without one means, by the
    tense of its verb: the last such date on or before the article's date for what happened, the
    next for what "will" happen, the nearest otherwise. None when the entity has its year or is
    not a date."""
    parsed = parse_date(entity.text)
    if parsed is None or parsed.order not in {"MD", "M"} or _year_follows(entity):
        return None
    month_only = parsed.order == "M"
    if month_only and entity.start > 0 and entity.doc[entity.start - 1].text in TITLES | UNDOTTED_TITLES:
        return None  # "Sir Ed's widow, Lady June": a name the model took for a month
    tense = _tense(entity)
    if tense == "past" and entity.start > 0 and entity.doc[entity.start - 1].lower_ in DEADLINES:
        return None  # "the withdrawal by July was on track": a deadline told in the past may be ahead
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(parsed.value.replace(year=year, day=15 if month_only else parsed.value.day))
        except ValueError:
            continue
    if tense == "past":
        options = [day for day in options if (day.year, day.month) <= (published.year, published.month)]
        if month_only and published.day <= MONTH_BARELY_BEGUN:
            # "the January crash" in an article of Jan. 2, 2008: the January of 2007
            options = [day for day in options if (day.year, day.month) != (published.year, published.month)]
        options = options if month_only else [day for day in options if day <= published]
    elif tense == "future":
        options = [day for day in options if (day.year, day.month) >= (published.year, published.month)]
        options = options if month_only else [day for day in options if day >= published]
    if not options:
        return None
    nearest = min(options, key=lambda day: abs((day - published).days))
    if tense == "present" and abs((nearest - published).days) > PRESENT_REACH:
        return None  # "down from the March high" in November: this March or the next, unclear
    return f" {nearest.year}" if month_only else f", {nearest.year}"


def _tense(entity: Span) -> str:
    """ "past", "future" or "present": the tense of the verb the date belongs to."""
    verb = entity.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    return _verb_tense(verb)


def _verb_tense(verb: Token) -> str:
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"} and not auxiliaries and verb.head != verb:
        return _verb_tense(verb.head)  # "attacked the garrison, killing three on Monday": it happened
    if verb.tag_ == "VB" and verb.dep_ in {"acl", "advcl"} and "to" in auxiliaries:
        governing = verb.head  # "denied a request to review it on Monday": the clause's own tense
        while governing.pos_ not in {"VERB", "AUX"} and governing.head != governing:
            governing = governing.head
        if governing.pos_ in {"VERB", "AUX"} and governing != verb:
            return _verb_tense(governing)
    if auxiliaries & {"will", "'ll", "wo"} or (verb.dep_ == "xcomp" and _verb_tense(verb.head) == "future"):
        return "future"  # "will be allowed to play on Sunday": the infinitive takes its verb's tense
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return "present"  # "had planned to impose Dec. 15": what was planned may be still to come
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    return "present"


def _any_such_day(entity: Span) -> bool:
    """ "a chilly Tuesday", "a Monday in March 2011": a weekday told as one of many, or placed by
    the dated phrase after it; not the weekday of the article's week."""
    doc, sentence = entity.doc, entity.sent
    index = entity.start - 1
    while index > sentence.start and doc[index].pos_ == "ADJ":
        index -= 1  # "a chilly Tuesday": the weekday's own article, past its adjectives
    if index >= sentence.start and doc[index].lower_ in {"a", "an", "one", "every", "each"}:
        return True
    after = doc[entity.end : min(sentence.end, entity.end + 4)]
    return (
        len(after) > 1
        and after[0].lower_ in {"in", "of"}
        and any(token.ent_type_ == "DATE" and token.like_num and len(token.text) == 4 for token in after[1:])
    )


def _date_follows(entity: Span) -> bool:
    """ "on sale Friday, Dec. 6": the date itself follows the weekday."""
    doc = entity.doc
    comma = entity.end
    return comma + 1 < entity.sent.end and doc[comma].text == "," and doc[comma + 1].ent_type_ == "DATE"


def _year_follows(entity: Span) -> bool:
    doc = entity.doc
    after = doc[entity.end : min(entity.end + 2, entity.sent.end)]
    return any(token.like_num and len(token.text) == 4 for token in after)


DAY_PREPOSITIONS = frozenset(
    {"on", "by", "since", "until", "till", "through", "to", "before", "after", "from", "of"}
)
"""A weekday after one of these is written out as its date alone: "before Jan. 8, 2008", "as of
Jan. 14, 2008"."""


def _write_out_weekday(
    entity: Span, replacements: dict[int, str], dropped: set[int], *, published: date
) -> None:
    """ "on Tuesday" -> "on Nov. 19, 2019": the weekday of the week of the news, the last one on or
    before the article's date for what happened, or the next one for what will happen or is
    told in the present."""
    future = _tense(entity) != "past"  # news tells what is scheduled in the present: "go on sale Friday"
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > entity.sent.start else None
    last = before is not None and before.lower_ == "last"
    day = _day_of_the_week(entity[0], published, future=future, last=last)
    if before is not None and before.lower_ in {"last", "this", "next"}:
        dropped.add(before.i)
        before = doc[before.i - 1] if before.i > entity.sent.start else None
    taken = before is not None and before.lower_ in DAY_PREPOSITIONS
    spent = entity.root.head.lemma_ == "spend"  # "spent Monday trying ...": the day is what is spent
    preposition = "" if taken or spent else "on "
    replacements[entity.start] = preposition + render_date(day)
    end = entity.end
    while end < entity.sent.end and doc[end].lower_ in PARTS_OF_DAY:
        end += 1  # "on Monday night" -> "on Dec. 17, 2001": the date is the fact
    dropped.update(range(entity.start + 1, end))


def _day_of_the_week(weekday: Token, published: date, *, future: bool, last: bool) -> date:
    """The date of ``weekday`` in the week of the news: the last one on or before the article's date
    for what happened, the next for what is to come; "last Friday" in an article of a Friday is a
    week ago."""
    number = _WEEKDAYS.index(weekday.lower_)
    shift = (number - published.weekday()) % 7 if future else -((published.weekday() - number) % 7)
    if last and shift == 0:
        shift = -7
    return published + timedelta(days=shift)


def _owner(entity: Span) -> int | None:
    """The "'s" that makes the day an owner: "Sunday's", "Thursday night's" (whose "night" the model
    may leave out of the date)."""
    doc, end = entity.doc, entity.end
    if entity[-1].tag_ == "POS":
        return end - 1
    while end < entity.sent.end and doc[end].lower_ in PARTS_OF_DAY:
        end += 1
    return end if end < entity.sent.end and doc[end].tag_ == "POS" else None


def _write_out_possessive_weekday(
    entity: Span, owner: int, replacements: dict[int, str], dropped: set[int], *, published: date
) -> None:
    """ "Thursday night's fight" -> "the Nov. 14, 2019, fight": the day of the week of the news,
    as a date before the noun it owned, in the tense of the sentence ("next Saturday's primary" is
    to come)."""
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > entity.sent.start else None
    relative = before.lower_ if before is not None and before.lower_ in {"last", "this", "next"} else None
    future = relative == "next" or (relative != "last" and _verb_tense(entity.sent.root) != "past")
    day = _day_of_the_week(entity[0], published, future=future, last=relative == "last")
    if before is not None and relative is not None:
        dropped.add(before.i)
    replacements[entity.start] = f"the {render_date(day)},"
    dropped.update(range(entity.start + 1, owner + 1))


def _bracketed_day(written: Span, published: date) -> date | None:
    """The day "(Nov. 18)" means: in the year that puts it nearest the article's date."""
    parsed = parse_date(text_of(written).strip())
    if parsed is None or parsed.order != "MD":
        return None
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(parsed.value.replace(year=year))
        except ValueError:  # Feb. 29
            continue
    return min(days, key=lambda day: abs(day - published), default=None)


def _write_out_day(when: Span, day: date, replacements: dict[int, str], dropped: set[int]) -> None:
    """ "was sacked yesterday" -> "was sacked on Nov. 19, 2019". Between a subject and its verb, as
    British papers write it ("The council yesterday approved ..."), the date goes before the
    subject: "On Nov. 19, 2019, the council approved ...", not "The council on Nov. 19, 2019
    approved"."""
    written = "on " + render_date(day)
    verb = when.root.head
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    dropped.update(range(when.start + 1, when.end))
    if subject is None or not subject.i < when.start < verb.i or subject.left_edge.i in replacements:
        replacements[when.start] = written
        return
    first = subject.left_edge
    opening = first.i == first.sent.start
    named = first.pos_ == "PROPN" or (first.ent_type_ in NAME_LABELS and first.pos_ != "DET")  # not "The Fed"
    word = first.lower_ if opening and not named else first.text
    replacements[first.i] = f"{written[:1].upper() if opening else 'o'}{written[1:]}, {word}"
    dropped.add(when.start)


def _told_done(entity: Span) -> bool:
    """Whether the date's verb is in the simple past ("announced", "was arrested"): what has
    happened, not what "has" been scheduled for the day."""
    verb = entity.root.head
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and [child.tag_ for child in auxiliaries] == ["VBD"]


def _schedule(entity: Span) -> bool:
    """ "Obama holds a rally in Columbia Sunday", "Seattle ends its homestand against Philadelphia on
    Monday", "Gatland today reveals his first squad": the main verb in the present with a day to
    come, or the day itself, is the page's schedule, not its news (raters of unseen news rejected
    all three such items, the last also as awkward: "Gatland on Jan. 14, 2008 reveals")."""
    verb = entity.root.head.head if entity.root.dep_ == "pobj" else entity.root.head
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ in {"VBZ", "VBP"}
        and verb.lemma_ != "be"
        and not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)
    )


def _argument(entity: Span) -> bool:
    """ "Wednesday marked a rare case": the day is what the sentence is about, and neither
    dropping it nor "Dec. 14, 2016 marked" reads; "the Monday alert": the day says which alert,
    and "the alert" alone would not."""
    root = entity.root
    if root.dep_ in {"compound", "nmod", "amod"}:
        return root.head.lower_ not in PARTS_OF_DAY  # "Tuesday night" is a time, written out
    return root.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}


def _possessive(entity: Span) -> bool:
    """ "Sunday's fight", "next Saturday's vote" (whose "'s" the model may count in the date):
    dropping the day would leave "'s fight" or "for vote"."""
    if entity[-1].tag_ == "POS":
        return True
    return entity.end < entity.sent.end and entity.doc[entity.end].tag_ == "POS"


def _drop_comma_before_date(entity: Span, dropped: set[int]) -> None:
    """ "on sale Friday, Dec. 6": the weekday goes with its comma, the date stays."""
    if _date_follows(entity):
        dropped.add(entity.end)


def _in_a_range(entity: Span) -> bool:
    """ "from Tuesday to Friday": dropping one end would leave a broken range. A "to" or "and" joins
    a range only with a date on its other side: not "struggled Tuesday to stabilize" nor
    "rampaged yesterday and assaulted"."""
    doc, start, end = entity.doc, entity.start, entity.end
    sentence = entity.sent
    before = doc[start - 1].lower_ if start > sentence.start else ""
    after = doc[end].lower_ if end < sentence.end else ""
    if before in {"from", "until", "between", "through"}:
        return True
    if before in {"to", "and"} and start - 2 >= sentence.start and doc[start - 2].ent_type_ == "DATE":
        return True
    return after in {"to", "and", "through"} and end + 1 < sentence.end and doc[end + 1].ent_type_ == "DATE"


def _drop_with_preposition(entity: Span, dropped: set[int]) -> None:
    doc = entity.doc
    start, end = entity.start, entity.end
    while end < entity.sent.end and doc[end].lower_ in PARTS_OF_DAY:
        end += 1
    if start > entity.sent.start and doc[start - 1].lower_ in {
        "on",
        "last",
        "this",
        "since",
        "by",
        "until",
        "in",
        "over",
        "during",
        "for",
        "within",
    }:
        start -= 1
    if (
        start > entity.sent.start
        and end < entity.sent.end
        and doc[start - 1].text == ","
        and doc[end].text == ","
    ):
        end += 1
    dropped.update(range(start, end))


SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})


def _recent_period(words: list[str]) -> bool:
    """ "this week", "last night", "last fall", "earlier this week", "the beginning of the week",
    "in the coming weeks": when in the news cycle, not a fact to keep."""
    if words[-1:] in (["days"], ["weeks"], ["months"]) and {"coming", "next", "past", "few"} & set(
        words[:-1]
    ):
        return True  # "in the coming weeks", "in the next few days"
    return (
        bool(words)
        and words[-1] in {"week", "night", "weekend", "morning", "afternoon", "evening", *SEASONS}
        and (
            any(word in {"this", "last", "next", "earlier", "later", "past"} for word in words[:-1])
            or words[-3:-1] == ["of", "the"]
        )
    )


def _dated(span: Span, *, besides: Span, published: date | None) -> bool:
    """Whether the sentence gives a year of its own ("in 2019 ... a year later"), or a date the
    article's date gives one ("In May, ... two months later": May 2019)."""
    return any(
        entity.label_ == "DATE"
        and entity != besides
        and (
            any(t.like_num and len(t.text) == 4 for t in entity)
            or (published is not None and _year_of(entity, published) is not None)
        )
        for entity in entities(span)
    )


BASELINE_WORDS = frozenset({"from", "than", "over"})
"""Before "a year ago", they make it a figure's baseline: "down 10 percent from a year ago"."""


def _against_the_sentence(entity: Span) -> bool:
    """ "two months later", or a figure's baseline ("down 10 percent from a year ago"): with a date in
    the sentence, counted from that date, not the article's."""
    if entity[-1].lower_ in {"later", "earlier"}:
        return True
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    return entity[-1].lower_ == "ago" and before is not None and before.lower_ in BASELINE_WORDS


def _unanchored(words: list[str]) -> bool:
    """ "a year ago", "the previous week", "recent years", "two months later": relative to a date
    no item can show."""
    text = " ".join(words)
    return text.endswith((" ago", " later", " earlier")) or any(
        phrase in text for phrase in ("previous", "recent", "coming", "following", "past few", "last few")
    )


def _relative_period(words: list[str]) -> tuple[str, int] | None:
    """("year", -1) for "last year"; None when the phrase is not one of the plain relative periods."""
    offsets = {"last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0, "past": -1}
    for unit in ("year", "month"):
        if words and words[-1] == unit:
            lead = " ".join(words[:-1])
            if lead in offsets:
                return unit, offsets[lead]
    return None


def _relative_month(words: list[str]) -> tuple[str, int] | None:
    """("last", 10) for "last October"; None for any other phrase."""
    if len(words) == 2 and words[0] in {"last", "next", "this"} and words[1].capitalize() in _MONTHS:
        return words[0], _MONTHS.index(words[1].capitalize()) + 1
    return None


def _month_written_out(month: tuple[str, int] | None, published: date | None) -> str | None:
    """ "last October" is the latest October before the article's month, "next March" the first
    after it, "this June" the one of its year."""
    if month is None or published is None:
        return None
    lead, number = month
    year = published.year
    if lead == "last" and number >= published.month:
        year -= 1
    elif lead == "next" and number <= published.month:
        year += 1
    return f"in {_MONTHS[number - 1]} {year}"


def _written_out(relative: tuple[str, int], published: date | None) -> str | None:
    if published is None:
        return None
    unit, offset = relative
    if unit == "year":
        return f"in {published.year + offset}"
    month_index = published.year * 12 + published.month - 1 + offset
    return f"in {_MONTHS[month_index % 12]} {month_index // 12}"


__all__ = ["as_of_writing", "relative_dates"]
