"""What a page says about itself: the byline's names alone, and the date it was published."""

from __future__ import annotations

import pytest

from generator.byline import author_names, clean_author
from generator.ingest import ingest
from generator.page_date import page_date

BRIDGE = "The council voted on Tuesday to build a new bridge over the river, the mayor said."


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("JANE DOE; JOHN ROE Associated Press", ["Jane Doe", "John Roe"]),
        ("Jane Doe News reporter", ["Jane Doe"]),
        ("Analysis by Jane Doe; CNN Editor-at-large", ["Jane Doe"]),
        ("Jane Doe; John Roe; Associated Press", ["Jane Doe", "John Roe"]),
        ("Jane Doe; AP National Security Writer", ["Jane Doe"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Reuters", ["Reuters"]),
        ("Staff Reports", []),
        ("", []),
    ],
)
def test_a_byline_gives_the_names_without_titles_desks_or_agencies(byline: str, names: list[str]) -> None:
    assert author_names(byline) == names


def test_several_authors_are_joined_by_a_semicolon() -> None:
    assert clean_author("Jane Doe and John Roe") == "Jane Doe; John Roe"
    assert clean_author("Staff Reports") is None


def test_an_html_author_is_cleaned() -> None:
    head = "<title>Bridge</title><meta name='author' content='JANE DOE, Associated Press'>"
    html = f"<html><head>{head}</head><body><article><h1>Bridge</h1><p>{BRIDGE}</p></article></body></html>"
    assert ingest(html).author == "Jane Doe"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 5 September 2025, 14:02 | Updated 6 September 2025, 17:40", "2025-09-05"),
        ("Updated: March 4, 2025, 10:42 a.m.", "2025-03-04"),
        ("Nov. 19, 2019 10:42 a.m. EST", "2019-11-19"),
        ("Posted on Tuesday 4 Sept. 2025", "2025-09-04"),
        ("By Jane Doe, Staff Writer · jdoe@crier.example.org · March 16, 2025", "2025-03-16"),
        ("Sept. 31, 2025", None),
        ("The war in Europe ended on 8 May 1945, historians say.", None),
    ],
)
def test_the_first_date_of_a_timestamp_line_is_the_page_date(line: str, iso: str | None) -> None:
    assert page_date([line]) == iso


def test_a_pasted_page_gets_its_date_from_its_timestamp_line() -> None:
    text = f"Council backs river bridge\n\nBy Jane Doe\n\nUpdated: March 4, 2025, 10:42 a.m.\n\n{BRIDGE}"
    article = ingest(text)
    assert (article.title, article.author, article.published) == (
        "Council backs river bridge",
        "Jane Doe",
        "2025-03-04",
    )
    assert article.paragraphs == [BRIDGE]


def test_an_american_numeric_date_is_read_month_first_where_the_page_says_so() -> None:
    """A menu of the latest stories, each stamped "10/04/16 01:15 PM EDT": htmldate reads the
    menu's text as 10 April; the stamps' own datetime attributes say 4 October."""
    stamped = "".join(
        f"<div><article class='timeline-frag'><header><p class='timestamp'>"
        f"<time datetime='2016-10-04T0{hour}:15-0400'>10/04/16 0{hour}:15 PM EDT</time></p>"
        f"<h4><a href='/story{hour}'>Another story {hour}</a></h4></header></article></div>"
        for hour in range(1, 4)
    )
    menu = (
        "<nav><ul><li class='subnav'><a href='#'><span>Latest 50</span> <span>50</span></a>"
        f"<div><section><header><h2><strong>50</strong> New </h2></header>{stamped}</section></div></li></ul></nav>"
    )
    html = (
        f"<html><head><title>Bridge</title></head><body>{menu}"
        f"<article><h1>Bridge</h1><p>{BRIDGE}</p><p>{BRIDGE}</p></article></body></html>"
    )
    assert ingest(html).published == "2016-10-04"


def test_an_american_numeric_date_is_read_month_first_where_the_page_writes_it_in_words() -> None:
    """ "Article Last Updated: 01/11/2008": htmldate reads 1 November; the page's own "Friday,
    January 11" says 11 January (a "tonight" written out as 1 November was a false date)."""
    html = (
        "<html><head><title>Bridge</title></head><body><div class='date'>Friday, January 11</div>"
        f"<article><h1>Bridge</h1><p>{BRIDGE}</p><p>{BRIDGE}</p>"
        "<p>Article Last Updated:&nbsp;01/11/2008 09:53:03 AM EST</p></article></body></html>"
    )
    assert ingest(html).published == "2008-01-11"
    worded_day_first = html.replace("Friday, January 11", "Saturday, 1 November")
    assert ingest(worded_day_first).published == "2008-11-01"


def test_an_html_page_whose_story_runs_on_from_a_dated_dateline_takes_its_date() -> None:
    """ "<span>16 January 2008 &#150 </span><span>The council today ...": a date and a dash that
    open the story, which trafilatura leaves out of the article."""
    page = (
        "<html><head><title>Bridge</title></head><body><h2>Council backs river bridge</h2>"
        "<div><span class=story>16 January 2008 &#150 </span><span class=story>The council today"
        f" voted for the bridge. {BRIDGE}</span><p>{BRIDGE} It will open in May.</p><p>{BRIDGE}</p></div></body></html>"
    )
    assert ingest(page).published == "2008-01-16"


def test_a_date_after_a_credit_and_a_dash_stamps_the_page_over_a_later_markup_date() -> None:
    """ "<a>Reuters</a> - December 30, 2007": the story's stamp, though htmldate read 2008-11-01 off
    the page's "In 2008, look for ..."."""
    page = (
        "<html><head><title>Bridge</title><meta property='article:published_time' content='2008-11-01'>"
        "</head><body><h2>Council backs river bridge</h2><p><a href='/reuters'>Reuters</a>&nbsp;-&nbsp;"
        f" December 30, 2007</p><div><p>{BRIDGE}</p><p>{BRIDGE} It will open in May.</p><p>{BRIDGE}</p>"
        "</div></body></html>"
    )
    assert ingest(page).published == "2007-12-30"


def test_an_html_page_with_no_date_in_its_markup_takes_its_story_s_stamp() -> None:
    """No meta, no <time>: "Tuesday, January 15, 2008" over the story dates it. A bare "Jan 15,
    2008" beside another date may be the day the page was served, so then the date stays unknown."""
    stamped = (
        "<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
        "<p>Tuesday, January 15, 2008</p>"
        f"<p>{BRIDGE}</p><p>{BRIDGE}</p></article></body></html>"
    )
    assert ingest(stamped).published == "2008-01-15"
    served = stamped.replace(
        "<p>Tuesday, January 15, 2008</p>", "<p>Jan 15, 2008</p><p>Monday January 7 2008 09:43 IST</p>"
    )
    assert ingest(served).published is None
    over_a_byline = stamped.replace(
        "<p>Tuesday, January 15, 2008</p>", "<p>January 8, 2008</p><p>By Dan Orr</p>"
    )
    assert ingest(over_a_byline).published == "2008-01-08"


def _page_with(header: str, stamp: str) -> str:
    """A page with no date in its markup: its header, then a stamp of the story's own outside the
    article's block."""
    return (
        f"<html><head><title>Bridge</title></head><body><header><p>{header}</p></header>"
        f"<header><p class='stamp'>{stamp}</p></header>"
        f"<article><h1>Bridge</h1>{_STORY}</article></body></html>"
    )


_STORY = "".join(
    f"<p>{paragraph}</p>"
    for paragraph in (
        BRIDGE,
        "The bridge will cost the city of Harlow about $40 million and take three years to build.",
        "Ferry owners, who carry 3,000 people across the river each day, said they would lose work.",
        "Work on the bridge is to begin in the spring, once the council has chosen a builder for it.",
        "The old bridge, built in 1901, was closed in 1998 after a flood washed away two of its piers.",
    )
)


@pytest.mark.parametrize(
    ("header", "stamp", "published"),
    [
        ("Tuesday, January 15, 2008", "First Published: Jan 09, 2008", "2008-01-09"),
        ("Tuesday, January 15, 2008", "December 29, 2007, 9:40 PM CST", "2007-12-29"),
        (
            "Weather: Harlow, January 15th 2008",
            "<span>January 8, 2008</span><span>By</span> Dan Orr",
            "2008-01-08",
        ),
        (
            "Sunday 20 January, 2008",
            "<span>4:19p.m. 19 January 2008</span><span>| By Mel Orr</span>",
            "2008-01-19",
        ),
        ("Harlow Herald", "By Peter Orr | Monday, 14 January, 2008", "2008-01-14"),
        # The header's "Updated" is the day the page was served: two stamps, no date
        ("Updated 3:42 pm, January 15, 2008", "Published: Friday, January 11, 2008", None),
        # A weekday and a date alone may be the header's day of serving
        ("Menu", "Friday, January 11, 2008", None),
    ],
)
def test_a_page_whose_article_holds_no_date_takes_the_one_stamp_beside_it(
    header: str, stamp: str, published: str | None
) -> None:
    assert ingest(_page_with(header, stamp)).published == published


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # The markup's date is the day the page was served, or a day later in UTC: the stamp is the story's
        ("Jan 18, 2008 04:30 AM", "2008-01-18"),
        ("11:26 pm EST, Friday, January 18, 2008", "2008-01-18"),
        # A later stamp is an update: the story was first published on the markup's day
        ("Updated Jan 22, 2008 10:00 AM", "2008-01-20"),
    ],
)
def test_a_stamp_earlier_than_the_markup_s_date_is_the_story_s(stamp: str, published: str) -> None:
    page = _page_with("Menu", stamp).replace(
        "<head>", "<head><meta property='article:published_time' content='2008-01-20T05:00:00Z'>"
    )
    assert ingest(page).published == published
