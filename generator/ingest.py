"""Ingest: a pasted or uploaded news page (plain text, Markdown or HTML; str or bytes) becomes an Article.

decode → detect the format → extract lines and metadata (trafilatura for HTML) → drop page furniture
→ cut to size → check the language. Input this stage cannot use raises ArticleError with a message for
the user.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Sequence
from pathlib import PurePath
from typing import BinaryIO

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .article import Article, SourceFormat
from .boilerplate import (
    body_paragraphs,
    byline_author,
    holds_a_sentence,
    normalise,
)
from .comments import without_reader_comments
from .encoding import BINARY, SNIFF, decode, looks_binary
from .errors import ArticleError
from .headline import find_headline
from .html_page import html_page
from .language import ENGLISH, read_language
from .page import Page
from .page_date import page_date

MAX_CHARS = 200_000
"""The most characters of article text one Article holds."""

LONG_PARAGRAPH = 3_000
"""Longer paragraphs are parsed as pieces of whole sentences (see ``split_long``)."""

RAW_CHARS_PER_TEXT_CHAR = 10
"""How much raw input is read per character of text wanted: markup and furniture outweigh the text."""

TEXT_CHARS_PER_ARTICLE_CHAR = 2
"""How much extracted text is sorted into article and furniture per character of article wanted."""

_EMPTY = "the input is empty: paste an article, or choose a file that holds one"
_NO_TEXT = "no article text found: the page seems to hold only navigation, links or other page furniture"


_EXTENSIONS = {
    ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML,
    ".xhtml": SourceFormat.HTML,
    ".shtml": SourceFormat.HTML,
    ".md": SourceFormat.MARKDOWN,
    ".markdown": SourceFormat.MARKDOWN,
    ".mdown": SourceFormat.MARKDOWN,
    ".mkd": SourceFormat.MARKDOWN,
    ".txt": SourceFormat.TEXT,
    ".text": SourceFormat.TEXT,
}
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<(?:html|head|body)[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</(?:p|div|article|section|span|a|li|h[1-6]|table|td|ul|ol|em|strong|b|i)>", re.IGNORECASE
)
_MARKDOWN_SNIFF = re.compile(
    r"^#{1,6}\s+\S|^!\[[^\]]*\]\(|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^```", re.MULTILINE
)

_SCRIPT_BLOCK = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WIRE_DASH = re.compile(r"(?<=\S) _ (?=\S)")
"""The dash of wire copy typed as an underscore ("alliance _ the Iraqi Accordance Front _ pulled
out"): left as it is, it reads as a blank to fill."""
_LOST_DASH = re.compile(r"(?<=\S) {3}(?=\S)")
"""A dash that a plain-text copy lost to its encoding, leaving its spaces ("a research project   a
spin off from Telenor"): run together, the two clauses read as one broken sentence."""
_LOST_HYPHEN = re.compile(
    r"(?<![\w'’])(?:(?:e|re|co|multi|semi) (?=[a-z])|(?:anti|non|pre|ex|mid) (?=[A-Za-z]))"
    r"|(?<=\w) (?=year old\b)|(?<=year) (?=old\b)|(?<=\bso) (?=called\b)"
)
"""The hyphens of a plain-text copy that lost every hyphen to its encoding: after a prefix that is
no word alone ("e mail", "re emerged", "anti French"), in an age ("two year old son") and in
"so called"."""
_ENDS_CLAUSE = re.compile(r"[.!?:;…\"”’)\]]$")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")

_MARKDOWN = MarkdownIt("commonmark")


# Format


def _detect_format(text: str, *, filename: str | None) -> SourceFormat:
    """The extension's format, else the content's. A text file written in Markdown (a heading,
    bold, a link) is read as Markdown: its headline and sentences lose the marks."""
    head = text[:SNIFF]
    markdown = _MARKDOWN_SNIFF.search(head) is not None
    known = _EXTENSIONS.get(PurePath(filename).suffix.lower()) if filename else None
    if known is SourceFormat.TEXT and markdown:
        return SourceFormat.MARKDOWN
    if known:
        return known
    if _HTML_SNIFF.search(head) or len(_HTML_TAG.findall(head)) >= 2:
        return SourceFormat.HTML
    return SourceFormat.MARKDOWN if markdown else SourceFormat.TEXT


# Plain text and Markdown


def _strip_markup(text: str) -> str:
    """Text without HTML that was pasted into it: scripts and styles with their content, other tags alone."""
    return _TAG.sub("", _HTML_COMMENT.sub("", _SCRIPT_BLOCK.sub("", text)))


def _is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Whether paragraphs were broken into lines of a fixed width (as e-mail and 80-column text are)."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    return len(lengths) >= 5 and max(lengths) <= 100 and sum(n >= 50 for n in lengths) >= len(lengths) / 2


def _unwrap(raw_lines: Sequence[str]) -> list[str]:
    """Lines with a paragraph broken over several lines joined again; blank lines dropped."""
    wrapped = _is_hard_wrapped(raw_lines)
    lines: list[str] = []
    joinable = False
    for raw in raw_lines:
        line = raw.strip()
        if not line:
            joinable = False
            continue
        if joinable and (wrapped or (line[0].islower() and not _ENDS_CLAUSE.search(lines[-1]))):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        joinable = True
    return lines


def _lost_marks_restored(text: str) -> str:
    """The dashes and hyphens a plain-text copy lost to its encoding, where it shows the loss: three
    spaces for a dash, and not one hyphen in the whole text for the hyphens."""
    text = _LOST_DASH.sub(" — ", text)
    return text if "-" in text else _LOST_HYPHEN.sub(lambda gap: gap[0].rstrip() + "-", text)


def _text_page(text: str) -> Page:
    unescaped = _ENTITY.sub(lambda entity: html.unescape(entity[0]), _strip_markup(text))
    lines = _unwrap(_lost_marks_restored(unescaped).splitlines())
    return Page(
        lines=lines, title=find_headline(lines), author=byline_author(lines), published=page_date(lines)
    )


def _inline_text(children: Sequence[Token]) -> str:
    """The text of a Markdown paragraph: link text kept, images dropped (a caption after one starts anew)."""
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n")
        elif child.type in {"hardbreak", "image"}:
            parts.append("\n\n")
    return "".join(parts)


def _markdown_page(text: str) -> Page:
    blocks: list[str] = []
    title = ""
    heading = ""
    for token in _MARKDOWN.parse(_strip_markup(text)):
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = ""
        elif token.type == "inline":
            block = _inline_text(token.children or [])
            title = title or (normalise(block) if heading == "h1" else "")
            blocks.append(block)
        elif token.type == "html_block":
            blocks.append(token.content)
    lines = _unwrap("\n\n".join(blocks).splitlines())
    return Page(
        lines=lines,
        title=title or find_headline(lines),
        author=byline_author(lines),
        published=page_date(lines),
    )


# HTML


# Size


def _cut(paragraph: str, *, limit: int) -> str:
    """The longest start of ``paragraph`` within ``limit`` characters that ends a sentence, else a word."""
    if limit <= 0:
        return ""
    ends = [found.end() for found in _SENTENCE_BREAK.finditer(paragraph[: limit + 1]) if found.end() <= limit]
    if ends:
        return paragraph[: ends[-1]]
    head = paragraph[:limit]
    return head[: head.rfind(" ")].rstrip() if " " in head else head


def split_long(paragraph: str, *, limit: int = LONG_PARAGRAPH) -> list[str]:
    """A paragraph longer than ``limit`` characters (a page pasted as one line, a table flattened
    into text) as pieces of whole sentences, each at most ``limit`` long where the sentences allow:
    spaCy's cost grows faster than the length of one document."""
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(paragraph):
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def _fit(paragraphs: Sequence[str], *, max_chars: int) -> list[str]:
    """The paragraphs that fit in ``max_chars`` characters of Article.text, the last one cut if need be."""
    kept: list[str] = []
    room = max_chars
    for paragraph in paragraphs:
        if len(paragraph) > room:
            part = _cut(paragraph, limit=room)
            if part:
                kept.append(part)
            break
        kept.append(paragraph)
        room -= len(paragraph) + 2
    return kept


def _first_lines(lines: Sequence[str], *, chars: int) -> tuple[list[str], bool]:
    """The first ``chars`` characters of ``lines`` (the last line cut short), and whether more followed."""
    kept: list[str] = []
    for line in lines:
        if len(line) > chars:
            kept.append(line[:chars])
            return kept, True
        kept.append(line)
        chars -= len(line)
    return kept, False


def _size_warning(
    *, size: int, read: int, unit: str, lines_cut: bool, text_chars: int, max_chars: int
) -> str | None:
    """What the user should know about a cut article, or None when nothing was cut.

    ``size`` is the input's length and ``read`` how much of it was used; an input one longer than
    what was used is one that read_input cut, of unknown length.
    """
    used = min(text_chars, max_chars)
    if size > read:
        length = f"{size:,} {unit}" if size > read + 1 else f"more than {read:,} {unit}"
        said = f"the input was {length}; only the first {used:,} characters of its text were used"
    elif lines_cut or text_chars > max_chars:
        more = "more than " if lines_cut else ""
        said = f"the article was {more}{text_chars:,} characters; only the first {used:,} were used"
    else:
        return None
    return f"{said} (split it into parts to use the rest)"


def _comments_warning(comments: int) -> str | None:
    """What the user should know about readers' comments left out (see ``generator.comments``)."""
    if not comments:
        return None
    return f"the last {comments} paragraphs read as readers' comments, not the story, and were left out"


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")


def _article_id(paragraphs: Sequence[str]) -> str:
    text = " ".join(unicodedata.normalize("NFKC", "\n\n".join(paragraphs)).casefold().split())
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def read_input(stream: BinaryIO, *, max_chars: int = MAX_CHARS) -> bytes:
    """The part of a file or stream that ingest can use, and one byte more to tell that more followed.

    Reading more is wasted, and reading a whole huge input (or /dev/zero) can exhaust memory.
    """
    return stream.read(max_chars * RAW_CHARS_PER_TEXT_CHAR + 1)


def ingest(source: str | bytes, *, filename: str | None = None, max_chars: int = MAX_CHARS) -> Article:
    """Read one news article from a page's text, Markdown or HTML (str, or bytes in any common encoding).

    Raises ArticleError for input that holds no usable English article.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    read_limit = max_chars * RAW_CHARS_PER_TEXT_CHAR
    input_cut = len(source) > read_limit
    if isinstance(source, bytes):
        if not source.strip():
            raise ArticleError(_EMPTY)
        text = decode(source[:read_limit], complete=not input_cut)
    else:
        text = source[:read_limit]
    text = text.removeprefix("\ufeff").replace("\x00", "")
    if not text.strip():
        raise ArticleError(_EMPTY)
    if looks_binary(text):
        raise ArticleError(BINARY)
    source_format = _detect_format(text, filename=filename)
    if source_format is SourceFormat.HTML:
        page = html_page(text)
    elif source_format is SourceFormat.MARKDOWN:
        page = _markdown_page(text)
    else:
        page = _text_page(text)
    # a page that escaped its text twice ("&amp;quot;") still shows "&quot;" after parsing
    unescaped = [_ENTITY.sub(lambda entity: html.unescape(entity[0]), line) for line in page.lines]
    unescaped = [_WIRE_DASH.sub(" — ", line) for line in unescaped]
    lines, lines_cut = _first_lines(unescaped, chars=max_chars * TEXT_CHARS_PER_ARTICLE_CHAR)
    paragraphs = body_paragraphs(
        lines,
        title=page.title,
        keep_inner_fragments=source_format is SourceFormat.HTML,
        headings=page.headings,
    )
    comments = 0
    if source_format is not SourceFormat.HTML:  # a web page's are in markup extraction leaves out
        story = without_reader_comments(paragraphs)
        comments, paragraphs = len(paragraphs) - len(story), story
    # A web page's article has sentences; text without any is what is left of its menus.
    if not paragraphs or (source_format is SourceFormat.HTML and not any(map(holds_a_sentence, paragraphs))):
        raise ArticleError(_NO_TEXT)
    language = read_language(paragraphs)
    if language.main is not None and language.main.code != ENGLISH:
        raise ArticleError(
            f"the article seems to be in {language.main.name}; only English articles are supported"
        )
    paragraphs = language.kept
    fitted = _fit(paragraphs, max_chars=max_chars)
    warning = _size_warning(
        size=len(source),
        read=read_limit,
        unit="bytes" if isinstance(source, bytes) else "characters",
        lines_cut=lines_cut,
        text_chars=len("\n\n".join(paragraphs)),
        max_chars=max_chars,
    )
    return Article(
        article_id=_article_id(fitted),
        title=page.title,
        url=page.url,
        author=page.author,
        published=page.published,
        format=source_format,
        paragraphs=[piece for paragraph in fitted for piece in split_long(paragraph)],
        warnings=[said for said in (warning, _comments_warning(comments)) if said],
    )


__all__ = ["MAX_CHARS", "RAW_CHARS_PER_TEXT_CHAR", "TEXT_CHARS_PER_ARTICLE_CHAR", "ingest", "read_input"]
