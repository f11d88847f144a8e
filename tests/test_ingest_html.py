"""Ingest of HTML pages: metadata, the headline, charsets, scripts, furniture, tables and dates."""

from __future__ import annotations

import logging

import pytest

from generator.article import SourceFormat
from generator.ingest import ingest

from .ingest_support import BRIDGE, BRIDGE_COST, RUSSIAN, page, refusal

# HTML


def test_html_metadata_is_read_and_the_site_name_left_out_of_the_title() -> None:
    head = (
        "<title>Council backs river bridge | The Town Crier</title>"
        "<meta property='og:site_name' content='The Town Crier'>"
        "<meta name='author' content='Jane Doe'>"
        "<meta property='article:published_time' content='2025-03-04T18:30:00-05:00'>"
        "<link rel='canonical' href='https://crier.example.org/news/bridge'>"
    )
    body = f"<article><h1>Council backs river bridge</h1><p>{BRIDGE}</p></article>"
    article = ingest(page(body, head=head))
    assert article.format is SourceFormat.HTML
    assert (article.title, article.author, article.published, article.url) == (
        "Council backs river bridge",
        "Jane Doe",
        "2025-03-04",
        "https://crier.example.org/news/bridge",
    )
    assert article.paragraphs == [BRIDGE]


def test_the_on_page_headline_is_not_a_paragraph_even_when_the_page_title_differs() -> None:
    head = "<meta property='og:title' content='Bridge approved'><title>Bridge approved</title>"
    body = f"<article><h1>Council backs a new river bridge after a long debate</h1><p>{BRIDGE}</p></article>"
    article = ingest(page(body, head=head))
    assert (article.title, article.paragraphs) == ("Bridge approved", [BRIDGE])


@pytest.mark.parametrize(
    ("charset", "text", "expected"),
    [
        ("windows-1251", RUSSIAN, "Russian"),
        ("base64", BRIDGE + " The café’s owner was “delighted”, he said.", None),
    ],
    ids=["declared-cyrillic", "bogus-codec"],
)
def test_an_html_page_declared_charset_is_honoured_when_the_bytes_are_not_utf8(
    charset: str, text: str, expected: str | None
) -> None:
    html = f"<html><head><meta charset='{charset}'></head><body><p>{text}</p></body></html>"
    data = html.encode("cp1251" if expected else "cp1252")
    if expected:
        assert refusal(data) == f"the article seems to be in {expected}; only English articles are supported"
    else:
        assert ingest(data).paragraphs == [text]


def test_scripts_styles_and_json_ld_never_reach_the_text() -> None:
    head = (
        "<title>Bridge</title><style>p { color: red; }</style><script>var tracker = {id: 7};</script>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "datePublished": "2025-03-04"}'
        "</script>"
    )
    body = (
        f"<article><h1>Council backs river bridge</h1><p>{BRIDGE}<script>alert(1)</script></p>"
        f"<p onclick='alert(2)'>{BRIDGE_COST}</p><noscript>Please enable JavaScript.</noscript></article>"
        "<script>alert(3)</script>"
    )
    article = ingest(page(body, head=head))
    assert article.paragraphs == [BRIDGE, BRIDGE_COST]
    assert article.published == "2025-03-04"
    for leftover in ["alert(", "tracker", "color:", "@context", "JavaScript", "<", ">"]:
        assert leftover not in article.text


def test_html_furniture_inside_the_article_is_removed_and_entities_decoded() -> None:
    body = (
        "<nav class='breadcrumbs'><a href='/'>Home</a> &gt; <a href='/local'>Local</a></nav>"
        "<article><h1>Council backs river bridge</h1>"
        "<p class='byline'>By <a href='/staff/jd'>Jane Doe</a> &middot; jane.doe@crier.example.org</p>"
        "<figure><img src='bridge.jpg' alt='The old bridge'><figcaption>The old bridge at dusk. "
        "(Photo: Sam Roe / Town Crier)</figcaption></figure>"
        f"<p>{BRIDGE}</p>"
        "<div class='newsletter-signup'><p>Sign up for our newsletter and get the news at 7.</p></div>"
        "<aside><strong>Related Article</strong> <a href='/x'>Ferry fares rise again</a></aside>"
        "<p>Residents said the plan was &ldquo;long overdue&rdquo; &amp; welcome.&nbsp;</p>"
        "<section class='comments'><h2>Comments (2)</h2><p>Great news for the town, I think.</p></section>"
        "</article><div id='cookie-banner'>We use cookies to improve your experience.</div>"
    )
    article = ingest(page(body))
    assert article.paragraphs == [BRIDGE, "Residents said the plan was “long overdue” & welcome."]


@pytest.mark.parametrize("name", ["visitors_comment_block", "reader_comments", "story-comments-list"])
def test_readers_comments_are_not_the_article_whatever_their_section_is_called(name: str) -> None:
    """trafilatura drops only sections whose name begins with "comment"; a readers' comment reads
    like prose and would become a paragraph (and a question) of the article."""
    comment = "The bridge is a waste of money and the council knows it, says a reader from the town."
    body = (
        f"<div class='main'><h1>Council backs river bridge</h1><p>{BRIDGE}</p><p>{BRIDGE_COST}</p>"
        f"<div class='{name}'><p>{comment}</p><p>Posted by: Florida reader, 27 Sep 2011 | 15:22</p></div></div>"
    )
    assert ingest(page(body)).paragraphs == [BRIDGE, BRIDGE_COST]


def test_a_section_named_for_comments_that_holds_the_article_keeps_it() -> None:
    """ "comments-open" marks a post that takes comments, and a comment-named wrapper may hold the
    headline and the article: neither is a comment section."""
    body = (
        f"<div class='post comments-open'><div class='story_comments_block'><h1>Council backs river bridge</h1>"
        f"<p>{BRIDGE}</p><p>{BRIDGE_COST}</p></div></div>"
    )
    assert ingest(page(body)).paragraphs == [BRIDGE, BRIDGE_COST]


def test_a_feed_page_gives_only_the_post_its_title_names() -> None:
    """A page of several whole posts, each an <article>: the page is the one its <title> names,
    and the others would each add a story of their own."""
    stories = {
        "Harlow opens its ferry terminal": "The ferry terminal at Harlow opened to passengers on Monday",
        "Council backs river bridge": "The council voted to build a bridge over the Tamsin river",
        "Tamsin schools close for the storm": "Schools across Tamsin closed as the storm came ashore",
    }
    posts = "".join(
        f"<article class='post'><h2>{heading}</h2>"
        + "".join(f"<p>{opening}, and this is line {line} of the post about it.</p>" for line in range(12))
        + "</article>"
        for heading, opening in stories.items()
    )
    html = f"<html><head><title>Council backs river bridge | The Harlow Courier</title></head><body>{posts}</body></html>"
    paragraphs = ingest(html).paragraphs
    assert paragraphs and all(paragraph.startswith("The council voted") for paragraph in paragraphs), (
        paragraphs
    )


def test_a_page_ingested_again_and_again_keeps_all_its_text() -> None:
    # trafilatura's default de-duplication remembers text across pages and drops it the fourth time.
    html = page(f"<article><h1>Council backs river bridge</h1><p>{BRIDGE}</p><p>{BRIDGE_COST}</p></article>")
    assert all(ingest(html).paragraphs == [BRIDGE, BRIDGE_COST] for _ in range(6))


@pytest.mark.parametrize(
    "fragment",
    [
        f"<div><h2>Council backs river bridge</h2><p>{BRIDGE}</p><p>{BRIDGE_COST}</p></div>",
        f"<div class='story'><p>{BRIDGE}<br><br>{BRIDGE_COST}</p></div>",
    ],
    ids=["blocks", "one-block"],
)
def test_a_pasted_html_fragment_is_read(fragment: str) -> None:
    article = ingest(fragment)
    assert (article.format, article.paragraphs) == (SourceFormat.HTML, [BRIDGE, BRIDGE_COST])


def test_a_page_laid_out_in_a_table_keeps_its_article_and_drops_its_menu() -> None:
    body = (
        "<table><tr><td><a href='/'>Home</a><br><a href='/local'>Local news</a></td>"
        f"<td><b>Council backs river bridge</b><br><br>{BRIDGE}<br><br>{BRIDGE_COST}</td></tr></table>"
    )
    assert ingest(page(body)).paragraphs == [BRIDGE, BRIDGE_COST]


@pytest.mark.parametrize(
    ("extra", "published"),
    [
        ("", None),
        ("<time datetime='2025-03-04T09:00'>4 March</time>", "2025-03-04"),
    ],
    ids=["date-only-in-the-story", "time-element"],
)
def test_the_publication_date_comes_from_the_page_markup_not_from_the_story(
    extra: str, published: str | None
) -> None:
    story = "The old bridge was opened on 12 January 2019 by the mayor, who cut a ribbon."
    body = f"<article><h1>Council backs river bridge</h1>{extra}<p>{BRIDGE}</p><p>{story}</p></article>"
    article = ingest(page(body))
    assert article.published == published
    assert story in article.paragraphs


def test_a_canonical_link_outside_the_head_still_gives_the_url() -> None:
    body = (
        "<link rel='canonical' href='https://crier.example.org/news/bridge'>"
        f"<article><h1>Council backs river bridge</h1><p>{BRIDGE}</p></article>"
    )
    assert ingest(page(body)).url == "https://crier.example.org/news/bridge"


def test_html_extraction_logs_no_warnings(caplog: pytest.LogCaptureFixture) -> None:
    links = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(30))
    with caplog.at_level(logging.DEBUG):
        ingest(page(f"<article><h1>Council backs river bridge</h1><p>{BRIDGE}</p></article>"))
        refusal(page(f"<nav><ul>{links}</ul></nav>"))
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []


def test_a_page_cut_inside_its_head_still_gives_its_article() -> None:
    """A crawl that lost the head's end: '<html xlogo.png" alt="..."' leaves a quotation mark open,
    and the whole page would be read as attributes of its <html> tag."""
    body = (
        "<table><tr><td><a href='/'>Home</a></td></tr></table>"
        f"<div><h3>Council backs river bridge</h3><br /><p>{BRIDGE}</p><p>{BRIDGE_COST}</p></div>"
    )
    cut = '<!DOCTYPE html>\n<html xlogo.png" alt="The Town Crier" width="145" border="0" /></a></td>' + body
    article = ingest(cut)
    assert any("40 million dollars" in paragraph for paragraph in article.paragraphs), article.paragraphs


def test_a_lede_left_loose_before_the_first_paragraph_mark_is_the_first_paragraph() -> None:
    """An old layout opens each paragraph with <p> but the first, which lies loose in the body after
    a date box: trafilatura alone drops it from a story of some length, and with it the lede."""
    later = [
        f"In part {number} of the debate, councillors said the vote on the new bridge had taken three"
        " years, and the mayor thanked the town for waiting so long."
        for number in range(1, 9)
    ]
    lede = "The council voted on Tuesday to build a new bridge over the old river at Riverton."
    body = (
        "<div class='articleBody'><div class='pub_info'>Friday, January 11</div>"
        f" RIVERTON &#151; {lede}<p> " + "<p> ".join([BRIDGE_COST, *later]) + "</div>"
    )
    paragraphs = ingest(page(body)).paragraphs
    assert paragraphs == [lede, BRIDGE_COST, *later], paragraphs
    blurb = "<div class='box'><a href='/blog'>Harbour blog</a><br>A columnist hits rock bottom in her quest.<p></p></div>"
    boxed = ingest(page(f"{body}{blurb}")).paragraphs
    assert not any("rock bottom" in paragraph for paragraph in boxed), boxed


def test_a_title_that_names_only_the_site_gives_way_to_the_story_s_headline() -> None:
    """<title>Riverton Daily News</title>: the site's name, which shares no word with the story.
    The page's headline line does; a title that names the story stays."""
    body = (
        "<div class='nav'>Riverton Daily News</div><p class='headline'>Council backs new river bridge</p>"
        f"<article><p>{BRIDGE}</p><p>{BRIDGE_COST}</p></article>"
    )
    site_only = ingest(page(body, head="<title>Riverton Daily News</title>"))
    assert site_only.title == "Council backs new river bridge"
    assert site_only.paragraphs == [BRIDGE, BRIDGE_COST]
    titled = ingest(page(body, head="<title>Bridge vote splits the council</title>"))
    assert titled.title == "Bridge vote splits the council"


def test_a_long_menu_and_a_domain_before_the_title_lose_no_article() -> None:
    """A menu bar of many items is a menu whatever its length; "Crier.com: " before the title is
    the site's name; a poll's question above the headline is no lede. Read as a sentence, a title
    the page never prints and a lede, they had the 'most read' heading above the story end the
    article before it began (a table layout, whose one cell trafilatura takes whole)."""
    sections = (
        "Home | Nation | World | Sports | Business | Recipes | Lifestyle | Movies | Music | Shopping"
        " | Columns | My News | Videos | Photos | Gadgets | Books"
    )
    body = (
        f"<table><tr><td><div>{sections}</div><div><b>Most Read Stories</b></div>"
        "<div>Will the new bridge ease traffic on the river road?</div><div>Yes</div><div>No</div>"
        f"<div><b>Council backs river bridge</b></div><div>{BRIDGE}</div><div>{BRIDGE_COST}</div>"
        "</td></tr></table>"
    )
    article = ingest(page(body, head="<title>Crier.com: Council backs river bridge</title>"))
    assert article.title == "Council backs river bridge"
    assert article.paragraphs == [BRIDGE, BRIDGE_COST]


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("NDTV.com: Modi, BJP leaders discuss poll strategies", "Modi, BJP leaders discuss poll strategies"),
        ("crier.co.uk - Council backs river bridge", "Council backs river bridge"),
        ("Mayor: The bridge will be built", "Mayor: The bridge will be built"),
    ],
)
def test_a_domain_name_before_a_title_is_the_site_s(title: str, stripped: str) -> None:
    from generator.boilerplate import strip_site_prefix

    assert strip_site_prefix(title) == stripped


def test_a_teaser_above_the_headline_is_no_lede_and_a_mis_encoded_space_no_letter() -> None:
    """A line cut short above the headline is another story's teaser, so the 'Latest News' heading
    after it does not end the article; "Published:Â Thursday" is a no-break space the page itself
    wrote in the wrong encoding, and the stamp still dates the story."""
    body = (
        "<table><tr><td><div>Related Links</div>"
        "<div>HARLOW - Funeral plans, not wedding plans, are being made by a bride...</div>"
        "<div><b>Latest News</b></div><div><b>Council backs river bridge</b></div>"
        "<div>Published:\u00c2\u00a0Thursday, January 17, 2008</div>"
        f"<div>{BRIDGE}</div><div>{BRIDGE_COST}</div></td></tr></table>"
    )
    article = ingest(page(body, head="<title>Council backs river bridge</title>"))
    assert article.paragraphs == [BRIDGE, BRIDGE_COST]
    assert article.published == "2008-01-17"
