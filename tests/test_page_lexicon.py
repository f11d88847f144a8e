"""Ingest's word lists, kept as data, still know what the lists in the code knew."""

from __future__ import annotations

from generator.article import Article, SourceFormat
from generator.page_lexicon import page_lexicon

OLD_DATE_WORDS = [
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "am",
    "pm",
    "a.m",
    "p.m",
    "updated",
    "published",
    "posted",
    "at",
    "on",
    "min",
    "mins",
    "minute",
    "minutes",
    "read",
    "ago",
    "hour",
    "hours",
    "today",
    "yesterday",
    "last",
    "edt",
    "est",
    "cst",
    "pst",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "aest",
    "ist",
    "kst",
]
OLD_AGENCIES = [
    "reuters",
    "afp",
    "ap",
    "epa",
    "getty",
    "getty images",
    "shutterstock",
    "yonhap",
    "xinhua",
    "newsis",
    "news1",
    "efe",
    "dpa",
    "ansa",
    "kyodo",
    "kcna",
    "tass",
    "pti",
    "ani",
    "bernama",
    "antara",
    "aap",
    "anadolu",
    "alamy",
    "istock",
    "istockphoto",
    "pa wire",
    "pa media",
    "bloomberg",
    "scanpix",
    "sipa",
    "zuma",
    "imago",
    "nurphoto",
    "picture alliance",
    "rex features",
]


def test_the_date_words_cover_the_old_list() -> None:
    lexicon = page_lexicon()
    known = lexicon.calendar_words | lexicon.timestamp_words | lexicon.time_zones
    assert [word for word in OLD_DATE_WORDS if word not in known] == []


def test_the_agencies_cover_the_old_list() -> None:
    assert [name for name in OLD_AGENCIES if name not in page_lexicon().news_agencies] == []


def test_every_month_name_and_abbreviation_has_its_number() -> None:
    numbers = page_lexicon().month_numbers
    assert (numbers["january"], numbers["sept"], numbers["sep"], numbers["dec"]) == (1, 9, 9, 12)
    assert sorted(set(numbers.values())) == list(range(1, 13))


def test_the_entries_are_lower_case_and_without_comments() -> None:
    lexicon = page_lexicon()
    for words in (lexicon.news_agencies, lexicon.byline_roles, lexicon.name_particles, lexicon.time_zones):
        assert words and all(
            word == word.casefold() and "#" not in word and word.strip() == word for word in words
        )


def test_an_articles_authors_are_its_byline_names() -> None:
    article = Article(article_id="a", format=SourceFormat.TEXT, paragraphs=["x"], author="Jane Doe; John Roe")
    assert article.authors == ["Jane Doe", "John Roe"]
    assert Article(article_id="a", format=SourceFormat.TEXT, paragraphs=["x"]).authors == []
