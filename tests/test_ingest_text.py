"""Ingest of Markdown and plain text: a headline and clean sentences from marks, the format from the
extension or the content, and the lines of a plain-text page told apart."""

from __future__ import annotations

import pytest

from generator.article import SourceFormat
from generator.boilerplate import LineKind, classify
from generator.ingest import ingest

from .ingest_support import BRIDGE, BRIDGE_COST, page

# Markdown


def test_markdown_headline_links_images_and_emphasis() -> None:
    markdown = (
        "# Harbour ferry returns after **two-year** repair\n\n"
        "![A ferry at the pier](https://example.org/ferry.jpg)\n\n"
        "The **Harbour Queen** ferry returned to service on Monday after a two-year repair, "
        "the [city transport office](https://example.org/transport) said.\n\n"
        "It carries up to 300 passengers and makes *twelve* crossings a day, officials said.\n"
    )
    article = ingest(markdown)
    assert article.format is SourceFormat.MARKDOWN
    assert article.title == "Harbour ferry returns after two-year repair"
    assert article.paragraphs == [
        "The Harbour Queen ferry returned to service on Monday after a two-year repair, "
        "the city transport office said.",
        "It carries up to 300 passengers and makes twelve crossings a day, officials said.",
    ]


@pytest.mark.parametrize("filename", ["seoul.txt", "seoul.md", None])
def test_a_text_file_in_markdown_gives_a_clean_headline_and_sentences(filename: str | None) -> None:
    text = (
        "# Seoul **opens** an embassy in Havana\n\n"
        "South Korea opened its **embassy** in Havana on Monday, the [foreign ministry](https://example.org) "
        "said, a year after the two countries set up ties.\n"
    )
    article = ingest(text.encode(), filename=filename)
    assert article.title == "Seoul opens an embassy in Havana"
    assert article.paragraphs == [
        "South Korea opened its embassy in Havana on Monday, the foreign ministry said, a year after "
        "the two countries set up ties."
    ]


@pytest.mark.parametrize(
    ("source", "filename", "expected"),
    [
        (page(f"<p>{BRIDGE}</p>"), None, SourceFormat.HTML),
        (f"# Council backs river bridge\n\n{BRIDGE}", None, SourceFormat.MARKDOWN),
        (f"Council backs river bridge\n\n{BRIDGE}", None, SourceFormat.TEXT),
        (f"Council backs river bridge\n\n{BRIDGE}", "notes.txt", SourceFormat.TEXT),
        (f"# Council backs river bridge\n\n{BRIDGE}", "notes.txt", SourceFormat.MARKDOWN),
        (page(f"<p>{BRIDGE}</p>"), "notes.txt", SourceFormat.TEXT),
        (f"Council backs river bridge\n\n{BRIDGE}", "story.md", SourceFormat.MARKDOWN),
    ],
    ids=[
        "sniffed-html",
        "sniffed-markdown",
        "sniffed-text",
        "txt-extension",
        "txt-in-markdown",
        "txt-of-html",
        "md-extension",
    ],
)
def test_the_format_comes_from_the_extension_else_from_the_content(
    source: str, filename: str | None, expected: SourceFormat
) -> None:
    assert ingest(source, filename=filename).format is expected


# Plain text


def test_a_caption_printed_twice_goes_even_without_a_credit() -> None:
    caption = "Workers stand in front of the old bridge on Monday."
    text = f"Council backs river bridge\n\n{caption}\n\n{caption}\n\n{BRIDGE}\n\n{BRIDGE_COST}\n\n{BRIDGE}"
    assert ingest(text).paragraphs == [BRIDGE, BRIDGE_COST]


def test_a_short_quote_is_a_paragraph_and_a_subheading_is_not() -> None:
    quote = "“We plan to open quickly,” the ministry said."
    text = f"Council backs river bridge\n\n{BRIDGE}\n\nA long wait\n\n{quote}"
    assert ingest(text).paragraphs == [BRIDGE, quote]


def test_nothing_after_a_comment_widget_or_the_next_article_survives() -> None:
    text = (
        "Town Crier\n\nCouncil backs river bridge\n\n"
        f"{BRIDGE}\n\nComments (3)\n\nI think this is a great idea for the town.\n\n"
        "Town Crier\n\nFerry fares rise again\n\n"
        "Ferry fares will rise by ten percent in April, the operator said."
    )
    assert ingest(text).paragraphs == [BRIDGE]
    next_article = text.replace("Comments (3)\n\nI think this is a great idea for the town.\n\n", "")
    assert ingest(next_article).paragraphs == [BRIDGE]


def test_the_story_goes_on_after_a_sidebar_headed_like_the_page_s_end() -> None:
    """An old layout sets a "Latest news" box inside the story; the story goes on after it, naming
    whom it named before. A real "Most read" list tells other stories."""
    story = [
        "Mayor Ilse Varga told the council on Tuesday that the Harlow bridge will open in May.",
        "Varga said the Harlow bridge had cost the town 40 million dollars over the last six years.",
        "Councillor Tomas Orr asked Varga why the Harlow bridge had run two years late.",
        "Orr said the Harlow builders had been paid twice for the same steel in 2018.",
    ]
    teaser = "Ferry fares will rise by ten percent in April, the operator of the Tamsin line said."
    lede = "The new bridge over the river at Harlow will open in May, Mayor Ilse Varga said on Tuesday."
    text = f"Council backs river bridge\n\n{lede}\n\nLatest news\n\n{teaser}\n\n" + "\n\n".join(story)
    assert ingest(text).paragraphs == [lede, *story]
    others = [
        "Ferry fares will rise by ten percent in April, the operator of the Tamsin line said today.",
        "A storm closed the Ostrow airport for six hours on Monday, leaving 300 people stranded.",
        "The Kessel school board voted to cut the length of the summer break by two full weeks.",
        "Police in Lindau arrested two men after a break-in at the central post office on Sunday.",
    ]
    listed = f"Council backs river bridge\n\n{lede}\n\nMost read\n\n" + "\n\n".join(others)
    assert ingest(listed).paragraphs == [lede]


def test_a_headline_run_into_the_first_paragraph_is_taken_off_it() -> None:
    text = f"Council backs river bridge\n\nCouncil backs river bridge {BRIDGE}\n\n{BRIDGE_COST}"
    assert ingest(text).paragraphs == [BRIDGE, BRIDGE_COST]
    own = "Council backs river bridge plans, the mayor said on Tuesday after a long debate."
    assert ingest(f"Council backs river bridge\n\n{own}\n\n{BRIDGE_COST}").paragraphs == [own, BRIDGE_COST]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Ferry fares 'unfair' - Varga", "Ferry fares 'unfair' - Varga"),
        ("Ferry fares 'unfair'   Varga", "Ferry fares 'unfair' — Varga"),
    ],
)
def test_a_headline_keeps_who_said_its_quoted_words(headline: str, title: str) -> None:
    """ "Ferry fares 'unfair' - Varga": the name after a quote is its speaker, not the site's."""
    assert ingest(f"{headline}\n\n{BRIDGE}\n\n{BRIDGE_COST}").title == title


def test_hard_wrapped_paragraphs_are_joined_again() -> None:
    text = (
        "Council backs river bridge\n\n"
        "The council voted on Tuesday to build a new bridge over the river,\n"
        "the mayor said. Work will start in May and should take two years,\n"
        "officials told reporters at the town hall on Tuesday evening.\n\n"
        "The bridge will cost 40 million dollars, paid by the state and the\n"
        "city, the mayor added after the meeting had ended late at night.\n"
    )
    assert ingest(text).paragraphs == [
        "The council voted on Tuesday to build a new bridge over the river, the mayor said. Work will start "
        "in May and should take two years, officials told reporters at the town hall on Tuesday evening.",
        "The bridge will cost 40 million dollars, paid by the state and the city, the mayor added after the "
        "meeting had ended late at night.",
    ]


def test_a_wire_dash_typed_as_an_underscore_is_a_dash() -> None:
    text = (
        "Harlow coalition splits\n\n"
        "The three-party alliance _ the Harlow Civic Front _ pulled its five ministers out of the council.\n"
    )
    assert ingest(text).paragraphs == [
        "The three-party alliance — the Harlow Civic Front — pulled its five ministers out of the council."
    ]


def test_a_dash_a_plain_text_copy_lost_leaves_a_dash_not_a_run_on() -> None:
    """Some plain-text news copies lost their dashes to the encoding and kept the spaces around
    them; read as they are, the two clauses run into one broken sentence."""
    text = (
        "Harlow ferry sold\n\n"
        "The Gull Star began life as a council boat   a gift from the Tamsin shipyard in 1961.\n"
    )
    assert ingest(text, filename="ferry.txt").paragraphs == [
        "The Gull Star began life as a council boat — a gift from the Tamsin shipyard in 1961."
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "Mr Varga has re emerged with an e mail to his co founder about anti French jibes.",
            "Mr Varga has re-emerged with an e-mail to his co-founder about anti-French jibes.",
        ),
        (
            "The so called ferry tax was dropped by the Harlow council.",
            "The so-called ferry tax was dropped by the Harlow council.",
        ),
        (
            "The 14 year old son of the Harlow mayor was named, and we're not sure why.",
            "The 14-year-old son of the Harlow mayor was named, and we're not sure why.",
        ),
        (
            "Mr Varga, a well-known skipper, has re emerged with an e mail to the Harlow council.",
            "Mr Varga, a well-known skipper, has re emerged with an e mail to the Harlow council.",
        ),
    ],
)
def test_hyphens_a_plain_text_copy_lost_come_back_where_a_prefix_cannot_stand_alone(
    line: str, read: str
) -> None:
    """A copy with not one hyphen lost them all; one that has a hyphen lost none."""
    assert ingest(f"Harlow skipper returns\n\n{line}\n", filename="skipper.txt").paragraphs == [read]


def test_text_without_sentences_is_let_through() -> None:
    assert ingest("apples pears plums cherries").paragraphs == ["apples pears plums cherries"]


def test_an_english_article_with_a_short_foreign_quote_is_accepted() -> None:
    text = (
        f"Paris backs the bridge too\n\n{BRIDGE}\n\n“Nous sommes prêts,” the French minister said in Paris."
    )
    assert len(ingest(text).paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Home > National > Diplomacy", LineKind.BREADCRUMB),
        ("Print | Email | Font size A A A", LineKind.MENU),
        ("BY LIM JEONG-WON [lim.jeongwon@joongang.co.kr]", LineKind.BYLINE),
        ("By Jane Doe, Staff Writer", LineKind.BYLINE),
        ("Published 5 September 2025, 14:02 | Updated 5 September 2025, 17:40", LineKind.DATELINE),
        ("A man walks in front of a mural.(YAMIL LAGE / AFP)", LineKind.CAPTION),
        ("The ferry leaves the harbour in this file photo taken in 2019.", LineKind.CAPTION),
        ("Photo: Getty Images / iStockphoto", LineKind.CREDIT),
        ("ALSO READ: Ferry fares rise again", LineKind.RELATED),
        ("Sign up for our newsletter", LineKind.PROMO),
        ("Advertisement", LineKind.PROMO),
        ("We use cookies to give you the best experience. Read our cookie policy.", LineKind.COOKIE),
        ("© 2025 Town Crier. All rights reserved.", LineKind.LEGAL),
        ("To write comments, please log in to one of the accounts.", LineKind.END),
        (
            "The following are comments from the readers. They do not represent the paper's view.",
            LineKind.END,
        ),
        ("Sign in with your Google account to join", LineKind.UI),
        ("Share", LineKind.UI),
        ("Thanks for signing up!", LineKind.PROMO),
        ("Keep an eye on your inbox for the latest news.", LineKind.PROMO),
        ("Ferry Weekly Newsletter", LineKind.PROMO),
        ("Follow the Town Crier on Facebook, Twitter and Instagram.", LineKind.PROMO),
        ("Follow our full coverage of the bridge at https://crier.example.org/bridge", LineKind.PROMO),
        ("Reach the reporter on Twitter at http://twitter.com/janedoe", LineKind.PROMO),
        ("Listen to the Crier podcast live at 12:45 weekdays - or listen back here.", LineKind.PROMO),
        ("(Reporting by Jane Doe; Editing by John Roe)", LineKind.CREDIT),
        ("More:", LineKind.RELATED),
        ("SEE MORE: Ferry fares rise again", LineKind.RELATED),
        ("This copy is for your personal, non-commercial use only.", LineKind.LEGAL),
        ("“I did not expect to see here so many people,” the mayor said.", LineKind.BODY),
        ("s", LineKind.FRAGMENT),
        ("“We plan to open quickly,” the ministry said.", LineKind.BODY),
        ("By Monday, the council had received more than 400 letters.", LineKind.BODY),
        ("The move is seen as a snub to the ferry company, analysts said.", LineKind.BODY),
        ("Readers can still comment on the plan at the town hall until Friday.", LineKind.BODY),
        ("Voters must register by Friday to take part in the discussion, officials said.", LineKind.BODY),
        ("Users who post comments must sign in with their real names under the new law.", LineKind.BODY),
        ("The judges split (5/4) on whether the new law applies to ferries", LineKind.BODY),
        ("Posted at the border since March, the soldiers said they had seen no fighting.", LineKind.BODY),
        (
            "Funding will come from the World Health Organization (WHO) and the state and/or city",
            LineKind.BODY,
        ),
        ("The agency publishes a newsletter every week for its members, the report said.", LineKind.BODY),
        ("Updated: March 4, 2025, 10:42 a.m.", LineKind.DATELINE),
        ("Comments are closed after 72 hours.", LineKind.END),
        ("You must be logged in to post a comment.", LineKind.END),
        ("Nice try!", LineKind.FRAGMENT),
        ("About Harlow Ferries Ltd", LineKind.END),
        ("About the author", LineKind.END),
        ("About 300 people waited for the ferry", LineKind.FRAGMENT),
    ],
)
def test_each_line_is_told_apart(line: str, kind: LineKind) -> None:
    assert classify(line) is kind


def test_link_only_blocks_and_headings_after_the_article_go_while_inner_subheadings_stay() -> None:
    teasers = (
        "<li><a href='/b'>Harbour ferry returns</a>"
        "<h4>The harbour ferry returned to service on Monday after a long repair.</h4></li>"
        "<li><a href='/c'>Tunnel plan</a><h4>The tunnel plan was dropped by the council after a vote on Monday.</h4></li>"
    )
    body = (
        "<article><h1>Council backs river bridge</h1>"
        "<p><a href='/a'>Ferry fares rise again as the operator cites fuel costs</a></p>"
        f"<p>{BRIDGE}</p><h2>A long wait</h2><p>{BRIDGE_COST}</p>"
        f"<h3>Our model simulated every council vote of the year with surprising results.</h3><ul>{teasers}</ul>"
        "</article>"
    )
    assert ingest(page(body)).paragraphs == [BRIDGE, "A long wait", BRIDGE_COST]


def test_a_press_release_ends_where_its_about_the_company_section_begins() -> None:
    """ "About <Company>" opens the standard description every release of the company repeats:
    a promotion, no news."""
    release = (
        "Ferry fares fall\n\n"
        "Harlow Ferries cut its fares by a fifth on Monday after passenger numbers fell in the spring.\n\n"
        "The company said it would add two crossings a day to Tamsin from June.\n\n"
        "About Harlow Ferries\n\n"
        "Founded in 1998, Harlow Ferries carries more than two million passengers a year.\n"
    )
    paragraphs = ingest(release).paragraphs
    assert paragraphs[-1].startswith("The company said"), paragraphs
    assert not any("Founded in 1998" in paragraph for paragraph in paragraphs)


STORY = [
    "The Harlow ferry will stop running in March after 60 years, the council said on Monday.",
    'Council leader Ivo Varga said: "I know many people will miss it, and so will I."',
    "The Gull Star, the last boat on the route, carried 90,000 passengers in 2019.",
]
COMMENTS = [
    "I took that ferry to school every day for ten years. What a shame!",
    "Good riddance. The bridge is quicker anyway.",
    "My grandfather was a deckhand on the Gull Star and I still have his cap.",
    "Typical council. They never ask the people who actually use it!",
    "I agree with the last writer, nobody asked us.",
    "The fares went up every year while the service got worse.",
    "I hope someone buys the old boat and keeps it on the lake.",
    "Shame on the council! My children loved that crossing.",
    "I think it is the right decision, sad as it is.",
]


def test_readers_comments_run_on_after_a_plain_text_story_are_left_out() -> None:
    """A plain-text copy of a page runs its readers' comments on after the story; most speak in the
    first person or exclaim, which the story does only inside quotation marks."""
    text = "Harlow ferry to close\n\n" + "\n\n".join(STORY + COMMENTS) + "\n"
    article = ingest(text, filename="ferry.txt")
    assert article.paragraphs == STORY
    assert article.warnings == [
        "the last 9 paragraphs read as readers' comments, not the story, and were left out"
    ]


@pytest.mark.parametrize(
    "tail",
    [
        COMMENTS[:5],  # too few to be a page's comments: a column may end in the first person
        [
            f'"I rode it every day," said passenger {name}.'
            for name in ("Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gil", "Hal", "Ivy")
        ],
    ],
)
def test_a_story_s_own_first_person_ending_or_quotations_are_kept(tail: list[str]) -> None:
    text = "Harlow ferry to close\n\n" + "\n\n".join(STORY + tail) + "\n"
    article = ingest(text, filename="ferry.txt")
    assert article.paragraphs == STORY + tail
    assert article.warnings == []
