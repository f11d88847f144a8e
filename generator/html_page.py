"""An HTML page read by trafilatura: the article's blocks as lines, and the page's own metadata."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from trafilatura.deduplication import LRUCache

from .boilerplate import normalise, strip_site_prefix, strip_site_suffix
from .byline import clean_author
from .page import Page
from .page_date import page_stamp, stamped_date
from .page_lexicon import page_lexicon

_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True)
"""Parses as trafilatura's own parser does: comments and processing instructions are never text.
``huge_tree``: libxml2 otherwise stops at 256 levels of nesting and loses everything deeper."""
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
"""htmldate's options (through trafilatura): the date first published, from the page's own markup."""
_BLOCK_TAGS = frozenset({"ab", "cell", "div", "head", "item", "lb", "list", "p", "quote", "row", "table"})
"""The block elements of trafilatura's output (its XML-TEI-like markup, whichever extractor ran)."""
_LINK_SHARE = 0.9
"""A block with at least this share of its letters in links is a link, not prose."""
logging.getLogger("trafilatura").setLevel(logging.ERROR)
"""trafilatura logs each page it gives up on as a warning; ingest tells the user itself (ArticleError)."""


_COMMENTS_CLASS = re.compile(
    r"^(?:[a-z0-9]+[-_]+)*comments?(?:[-_]+(?:area|block|body|container|content|inner|items?|list|section|text|thread|wrapper))?$"
)
"""A class or id of a readers' comment section: "comments", "visitors_comment_block", "article-comments"
(trafilatura's own rule knows only those that begin with "comment"), not "comments-open" or
"comment-count"."""
_SECTIONS = frozenset({"article", "aside", "div", "li", "ol", "section", "ul"})
_WRAPPER_SHARE = 0.5
"""A comment-named block holding at least this share of the page's text wraps the article too."""
_POST_WORDS = 150
"""An <article> with this many words of paragraphs is a whole post, not a teaser of one."""


def _drop_comments(root: HtmlElement) -> None:
    """Remove the readers' comments, which follow the article and read like prose: each comment would
    become a paragraph of the article."""
    whole = len(root.text_content())
    for element in list(root.iter(*_SECTIONS)):
        names = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
        if not any(_COMMENTS_CLASS.match(name) for name in names) or element.getparent() is None:
            continue
        if element.find(".//h1") is None and len(element.text_content()) < whole * _WRAPPER_SHARE:
            element.drop_tree()


_BLOCKS = frozenset(
    {
        "div",
        "table",
        "ul",
        "ol",
        "dl",
        "p",
        "blockquote",
        "section",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
"""Elements that end a run of loose text: what comes after one opens a paragraph of its own."""
MIN_LOOSE_WORDS = 8
"""Words of loose text before a body's first <p> that make it the story's first paragraph."""
MIN_BODY_WORDS = 40
"""Words the <p> after it must hold between them for the loose text to open a story."""


def _wrap_loose_ledes(root: HtmlElement) -> None:
    """ "<div class=articleBody><div>Friday, January 11</div> WASHINGTON — Sen. Obama captured
    ...<p> Kerry could ...": an old layout opens each paragraph with <p> but the first, whose text
    lies loose before it; trafilatura drops such text, and with it the lede. It is set in a <p>
    of its own, with the inline elements (links, bold) it holds."""
    for first in list(root.iter("p")):
        parent = first.getparent()
        if parent is None or next((child for child in parent if child.tag == "p"), None) is not first:
            continue
        paragraphs = [child for child in parent if child.tag == "p"]
        if len(paragraphs) < 2 or sum(len(p.text_content().split()) for p in paragraphs) < MIN_BODY_WORDS:
            continue  # a box's blurb before an empty <p>, not a story's lede
        before = list(parent)[: parent.index(first)]
        blocks = [position for position, child in enumerate(before) if child.tag in _BLOCKS]
        start = blocks[-1] + 1 if blocks else 0
        opening = before[blocks[-1]].tail if blocks else parent.text
        inline = before[start:]
        text = " ".join([opening or "", *(child.text_content() + (child.tail or "") for child in inline)])
        if len(text.split()) < MIN_LOOSE_WORDS:
            continue
        lede = lxml_html.Element("p")
        lede.text = opening
        if blocks:
            before[blocks[-1]].tail = None
        else:
            parent.text = None
        for child in inline:
            lede.append(child)  # moves it, with its tail
        parent.insert(parent.index(first), lede)


def _keep_the_titled_post(root: HtmlElement) -> None:
    """A feed page holds several whole posts, each its own <article>: keep the one whose heading
    the page's <title> gives (the page is that post's), drop the others, which would each add a
    story of their own. Teasers of other stories are short and left to trafilatura."""
    posts = [
        article
        for article in root.iter("article")
        if not any(outer.tag == "article" for outer in article.iterancestors())  # not a post's inner box
        and sum(len(paragraph.text_content().split()) for paragraph in article.iter("p")) >= _POST_WORDS
    ]
    title = normalise(root.findtext(".//title") or "")
    titled = [
        post
        for post in posts
        if any(
            (heading := normalise(element.text_content())) and heading in title
            for element in post.iter("h1", "h2")
        )
    ]
    if len(posts) < 2 or len(titled) != 1:
        return
    for post in posts:
        if post is not titled[0] and post.getparent() is not None:
            post.drop_tree()


def _canonical_url(root: HtmlElement) -> str | None:
    """The page's canonical link or og:url, for when trafilatura finds no URL."""
    urls = [*root.xpath("//link[@rel='canonical']/@href"), *root.xpath("//meta[@property='og:url']/@content")]
    return next((url.strip() for url in urls if url.strip().startswith(("http://", "https://"))), None)


def _block_lines(body: Any) -> tuple[list[str], frozenset[int]]:
    """The text of trafilatura's output tree, one line per block (paragraph, heading, list item, cell),
    and which of the lines are headings.

    Its plain text would put a whole table row on one line: a page laid out in a table would give
    one paragraph of menu and article together. A block whose text is all link text is a link to
    elsewhere (a menu entry, a teaser for another story), never the article's prose, and is left out.
    """
    lines: list[str] = []
    headings: set[int] = set()
    text: list[str] = []
    linked = 0
    depth = 0  # how many links the walk is inside
    heading = False

    def add(part: str | None) -> None:
        nonlocal linked
        part = _SPACE.sub(" ", part or "")
        text.append(part)
        if depth:
            linked += len(part.strip())

    def end_block() -> None:
        nonlocal linked
        line = normalise("".join(text))
        if line and linked < len(line.replace(" ", "")) * _LINK_SHARE:
            if heading:
                headings.add(len(lines))
            lines.append(line)
        text.clear()
        linked = 0

    for event, node in etree.iterwalk(body, events=("start", "end")):
        if node.tag in _BLOCK_TAGS:
            end_block()
            heading = event == "start" and node.tag == "head"
        if event == "start":
            depth += node.tag == "ref"
            add(node.text)
        else:
            depth -= node.tag == "ref"
            if node is not body:
                add(node.tail)
    end_block()
    return lines, frozenset(headings)


def _month_first(published: str | None, html: str) -> str | None:
    """htmldate reads an American "10/04/16" day first, as 10 April. Where the page's own
    machine-readable dates ("2016-10-04T05:29") or its words ("Friday, January 11" beside
    "01/11/2008") give the month first and never the day first, the page is American and its
    date is 4 October, or 11 January."""
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return published
    if day is None or day.day > 12 or day.day == day.month:
        return published
    swapped = day.replace(month=day.day, day=day.month)
    if swapped.isoformat() in html and day.isoformat() not in html:
        return swapped.isoformat()
    return swapped.isoformat() if _written(swapped, html) and not _written(day, html) else published


def _earlier_stamp(published: str | None, root: HtmlElement) -> str | None:
    """The markup's date, unless the page stamps its story earlier ("Jan 18, 2008 04:30 AM" on a
    page whose markup gives the day it was served, "Sunday, January 20, 2008"): a page is served,
    and a story updated, after it is first published, never before."""
    if published is None:
        return None
    stamp = page_stamp(_texts(root))
    return stamp if stamp is not None and stamp < published[:10] else published


def _written(day: date, html: str) -> bool:
    """Whether the page writes ``day`` in words: "January 11", "Jan. 11", "11 January"."""
    names = "|".join(
        re.escape(name) for name, number in page_lexicon().month_numbers.items() if number == day.month
    )
    return (
        re.search(rf"\b(?:(?:{names})\.? {day.day}\b|{day.day} (?:{names})\b)", html, re.IGNORECASE)
        is not None
    )


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
LEDE_LINES = 3
"""Sentences of the story a headline is checked against."""
LEDE_MIN_WORDS = 12
"""Words of a line that is a sentence of the story, not a label of the page."""
HEADLINE_WORDS = range(3, 21)
"""How many words a headline has."""
_HEADLINE_PLACES = "//h1|//h2|//h3|//*[contains(@class, 'headline')]|//*[contains(@class, 'Headline')]"


def _words_of(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _story_headline(root: HtmlElement, title: str, lines: list[str]) -> str:
    """The page's title, unless it names only the site ("Winona Daily News", "The Times"): a
    title that shares no word with the story's first sentences. Then the first heading or
    headline of the page, or line before the story, that shares two ("Peterson eyes NFC rushing
    title, playoffs"); failing one, the title as it is."""
    opening = [
        number
        for number, line in enumerate(lines)
        if len(line.split()) >= LEDE_MIN_WORDS and line.endswith((".", '"', "”"))
    ][:LEDE_LINES]
    if not opening:
        return title
    lede = set().union(*(_words_of(lines[number]) for number in opening))
    if _words_of(title) & lede:
        return title
    headings = [normalise(element.text_content()) for element in root.xpath(_HEADLINE_PLACES)]
    for candidate in [*headings, *lines[: opening[0]]]:
        if len(candidate.split()) in HEADLINE_WORDS and len(_words_of(candidate) & lede) >= 2:
            return candidate
    return title


_NOT_TEXT = frozenset({"script", "style", "noscript"})


def _texts(root: HtmlElement) -> list[str]:
    """The page's runs of text between tags, in reading order, with no script or style."""
    texts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        part = element.text if event == "start" and element.tag not in _NOT_TEXT else None
        if event == "end":
            part = element.tail
        if part and (run := normalise(part)):
            texts.append(run)
    return texts


_ROOT_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


def html_page(text: str) -> Page:
    """The article trafilatura finds on an HTML page, one line per block, with the page's metadata."""
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=_HTML_PARSER)
        if len(root) == 0:  # '<html xmogo.jpg" alt="..."': a page cut inside its head, whose open
            # quotation mark made the rest of the page the attributes of its <html> tag
            root = lxml_html.document_fromstring(_ROOT_TAG.sub("<html>", text, count=1), parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return Page(lines=[])
    _drop_comments(root)
    _keep_the_titled_post(root)
    _wrap_loose_ledes(root)
    # A whole document, not the string: trafilatura refuses a pasted fragment of one block. It works on
    # a copy, so the tree is still whole for the URL fallback.
    found = trafilatura.bare_extraction(
        root,
        url=None,
        with_metadata=True,
        include_comments=False,
        # Pages laid out in a table keep their article; a data table's cells become short lines, which
        # the furniture rules drop.
        include_tables=True,
        # Links are kept only to tell which blocks are nothing but a link (_block_lines).
        include_links=True,
        favor_precision=False,
        # Dates the page states about itself (meta, JSON-LD, <time>, dated elements); not the first
        # date found anywhere in the text, which in a news story is often the date of an event.
        date_extraction_params=_DATE_PARAMS,
        # A cache of this page's own: the default one is shared by the whole process, and would drop
        # text seen in pages ingested before.
        deduplicate=LRUCache(maxsize=4096),
        # The on-page headline is the title, not a paragraph; metadata is read before this pruning.
        prune_xpath="//h1",
        output_format="python",
    )
    if found is None:
        return Page(lines=[])
    fields = found if isinstance(found, dict) else found.as_dict()
    body = fields.get("body")
    url = fields.get("url") or ""
    lines, headings = ([], frozenset()) if body is None else _block_lines(body)
    title = strip_site_suffix(
        strip_site_prefix(normalise(fields.get("title") or "")), site_name=fields.get("sitename")
    )
    return Page(
        lines=lines,
        headings=headings,
        title=_story_headline(root, title, lines),
        author=clean_author(fields.get("author")),
        # A page with no date in its markup may still stamp its story ("Tuesday, January 15, 2008")
        published=_earlier_stamp(_month_first(fields.get("date") or None, text), root)
        or stamped_date(lines, page_texts=lambda: _texts(root)),
        url=url if url.startswith(("http://", "https://")) else _canonical_url(root),
    )


__all__ = ["html_page"]
