"""Page furniture that survives extraction: what each line of a page is, and which lines are the article.

The rules are about the shape of a line, not about one site: a body paragraph is a sentence (it
ends in . ? ! or a closing quote); furniture is short, or says what it is ("Related Article",
"Log in to comment", "We use cookies"), or carries a credit ("[REUTERS/YONHAP]", "Photo: …").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from enum import StrEnum
from functools import lru_cache

from .byline import clean_author
from .dateline import strip_dateline
from .page_lexicon import page_lexicon


class LineKind(StrEnum):
    BODY = "body"
    FRAGMENT = "fragment"
    """Short text that is no sentence: a subheading, a label, a stray word."""
    BREADCRUMB = "breadcrumb"
    MENU = "menu"
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    CREDIT = "credit"
    RELATED = "related"
    PROMO = "promo"
    COOKIE = "cookie"
    LEGAL = "legal"
    UI = "ui"
    END = "end"
    """A comment widget or a 'most read' list: nothing after it belongs to the article."""


MAX_FRAGMENT_WORDS = 8
MAX_CAPTION_WORDS = 40
MAX_NOTICE_WORDS = 60
"""A legal, cookie or subscription notice is short: a longer line that mentions one is the article's."""


_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SENTENCE_END = re.compile(r"(?:[.!?…][\"'”’)\]]*|[”\"])$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME = r"[A-Z][\w'’.-]*"
_PARTICLES = "|".join(sorted(page_lexicon().name_particles))
_BYLINE = re.compile(
    rf"^(?i:(?:written|reported|reporting|story|text|words|photos?|edited|compiled|analysis|opinion)\s+)?"
    rf"(?i:by)\s+(?P<name>{_NAME}(?:\s+(?:{_NAME}|{_PARTICLES}))*?)"
    r"(?=$|\s*[,;|·•–—(\[<]|\s+-\s|\s+(?:and|in|for|at)\s)"
)
_CRUMB_SEPARATOR = re.compile(r"\s*[>›»→]\s*")
_CRUMB_START = re.compile(r"^(?:home|you are here|start)\s*[:>›»/|]", re.IGNORECASE)
_MENU_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s{2,}|\t")
_CALENDAR = "|".join(sorted(page_lexicon().calendar_words, key=len, reverse=True))
_DATELINE_START = re.compile(
    r"^(?:published|posted|updated|last updated|first published|last modified|modified)(?:\s*:|\s+on|\s+at)?"
    rf"\s+(?:\d|(?:{_CALENDAR})\.?\b)",
    re.IGNORECASE,
)
_DATE_WORDS = page_lexicon().calendar_words | page_lexicon().timestamp_words | page_lexicon().time_zones
_TIME_TOKEN = re.compile(r"^\d[\d:.,/-]*(?:am|pm|h)?$")
_OTHER_STORIES = (
    r"most (?:read|popular|viewed|shared)|more (?:from|stories|news)\b|read next|up next|next article|"
    r"recommended(?: for you| stories| reading)?$|you (?:may|might) also (?:like|enjoy)|"
    r"trending(?: now| stories)?$|top stories$|latest (?:news|stories)$"
)
_OTHER_STORIES_HEADING = re.compile(rf"^(?:{_OTHER_STORIES})", re.IGNORECASE)
"""The heading of a list of other stories: the page's end, or a sidebar an old layout set inside
the story (see ``_story_after_a_sidebar``)."""
_END = re.compile(
    rf"^(?:{_OTHER_STORIES}|"
    r"(?:comments?|discussion|responses|reader comments)\s*(?:\(\d+\)|\d+)?$|comments?\s*\(\d+\)|"
    r"\d+\s+(?:comments?|thoughts|responses|replies)\b|join the (?:discussion|conversation)|"
    r"(?:leave|post|add|write) (?:a|your) (?:comment|reply)|comments are (?:closed|moderated|disabled)|"
    r"(?:load|show|view) (?:more |all )?comments|"
    r"(?:the following|below) are (?:the )?(?:comments|reader comments|readers'? comments)\b|"
    r"to (?:write|post|leave|add) (?:a )?comments?\b|(?:please |you must be )?"
    r"(?:log(?:ged)? ?in|sign(?:ed)? ?in|register|create a (?:free )?account)\b.*"
    r"\b(?:comments?|commenting|discussion|conversation|reply|post)\b|"
    r"(?-i:About (?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}|the [Aa]uthors?|[Uu]s))$)",
    re.IGNORECASE,
)
"""Lines after which the page holds no more of the article: lists of other stories, comments, and
a company's or the writer's "About ..." that closes a press release or a column."""
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|story|coverage|content|links?|news|reading|topics?))?|"
    r"also read|(?:read|see|watch) (?:more|also|next)|see also|further reading|more on this(?: story)?|"
    r"don'?t miss|editor'?s picks?|more(?=\s*:))(?P<colon>\s*:)?(?:\s|$)",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:we use|uses|use of|accept|policy|consent|settings|preferences|personali[sz]e|"
    r"privacy|brows(?:e|ing)|continuing|partners|agree|experience|reject|manage|similar technologies)\b"
    r"|\b(?:we use|uses|accept|consent to|our use of|partners use)\b.*\bcookies?\b",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"^(?=.*\bnewsletters?\b)(?=.*\b(?:sign(?:ing)? ?up|subscribe|inbox|you|your|never miss|don'?t miss)\b)"
    r"|\b(?:subscribe|sign up)\s+(?:now|here|today|to our|for our|for free)\b"
    r"|\bsupport (?:independent|our|quality) journalism\b|\bbecome a (?:supporter|member|subscriber|patron)\b"
    r"|\bfunded by readers\b|\b(?:donate|subscribe) (?:now|today)\b|\bdownload (?:our|the) app\b"
    r"|^(?:.{0,40}\s)?newsletters?$|\bthanks? (?:you )?for (?:signing up|subscribing)\b|\byour inbox\b"
    r"|\b(?:processing|confirm) your (?:subscription|sign-?up)\b"
    r"|^follow\b.{0,60}\b(?:on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads)|coverage)\b"
    r"|^(?:reach|contact|email|e-mail|write to) (?:the )?(?:reporters?|writers?|authors?|editors?|us)\b"
    r"|\b(?:click|tap) here\b|\b(?:listen|watch|read) (?:back|it|more|now) here\b"
    r"|^(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:post|content)|"
    r"(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading(?: below)?|"
    r"scroll to continue(?: with content)?)$",
    re.IGNORECASE,
)
_LEGAL_CUES = (
    *("(c)", "copyright", "©", "rights reserved", "may not be", "substitute for", "information"),
    *("updated", "corrected", "amended", "editor", "disclaimer", "personal"),
)
"""A word one of ``_LEGAL``'s readings needs: only a line with one is searched."""
_PROMO_CUES = (
    *("newsletter", "subscri", "sign", "journalism", "become a", "funded by", "donate", "download"),
    *("thank", "inbox", "follow", "reach", "contact", "mail", "write to", " here"),
)
"""A word one of ``_PROMO``'s readings needs; the line-long ones ("Advertisement", "Story continues
below") have a few words at most."""
MAX_LINE_PROMO_WORDS = 6


def _cued(line: str, cues: tuple[str, ...]) -> bool:
    """Whether the line has one of a pattern's ``cues``: a long pattern is tried at every position
    of a line, and most lines of a page are the article's own, which none of its words is in."""
    lower = line.lower()
    return any(cue in lower for cue in cues)


_LEGAL = re.compile(
    r"^(?:\(c\)\s|copyright\b)|©|\ball rights reserved\b"
    r"|\bmay not be (?:published|reproduced|redistributed|copied|rewritten)\b"
    r"|\bnot a substitute for (?:professional )?(?:medical |legal |financial )?advice\b"
    r"|\bfor (?:general )?information(?:al)?(?: purposes)? only\b"
    r"|^this (?:story|article|report|post) (?:has been|was) (?:updated|corrected|amended)\b"
    r"|^editor'?s note\b|^disclaimer\b|\bfor (?:your )?personal,? non-?commercial use\b",
    re.IGNORECASE,
)
_UI = re.compile(
    r"^(?:share|print|e-?mail|save|copy link|listen|font size|text size|skip to|back to top|"
    r"(?:sign|log) ?(?:in|up|out)|subscribe|register|follow us|menu|search|close)\b"
    r"|^(?:topics?|tags?|filed under|categories|keywords)\s*:"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
_AGENCIES = "|".join(re.escape(name) for name in sorted(page_lexicon().news_agencies, key=len, reverse=True))
_CREDIT_WORD = r"(?:photo(?:graph)?s?|picture|image|illustration|credit|graphic|video)"
_BRACKETED_CREDIT = re.compile(r"\s*[\[(](?P<inner>[^\[\]()]{1,80})[\])]\s*$")
_PLAIN_CREDIT = re.compile(rf"(?:^|(?<=[.!?”\"])\s*|\s)(?i:{_CREDIT_WORD})\s*(?::|\bby\b)\s*[^.!?]{{1,80}}$")
_CREDIT_HINT = re.compile(_CREDIT_WORD, re.IGNORECASE)
_AGENCY_ONLY = re.compile(rf"^(?:(?:{_AGENCIES})(?:\s+photos?)?\s*[/,]?\s*)+$", re.IGNORECASE)
_STAFF_CREDIT = re.compile(
    r"^[(\[]?(?:additional )?(?:reporting|writing|editing|compiled|research|translated)(?: and \w+)? by\b",
    re.IGNORECASE,
)
"""The agency's staff credit at a story's end: "(Reporting by …; Editing by …)"."""
_SIGN_IN = re.compile(r"^(?:please )?(?:log|sign) ?(?:in|on|up)\b", re.IGNORECASE)
"""A call to log in (to comment, to connect an account): a widget, whatever follows."""
_CREDIT_INNER = re.compile(
    rf"^(?i:{_CREDIT_WORD}|file|handout)\b|[A-Z][\w.'’-]*\s*/\s*[A-Z]|^(?i:{_AGENCIES})$"
)
_CAPTION_CUE = re.compile(
    r"\bin this (?:file |handout |undated |aerial |recent )?(?:photo|picture|image|photograph|video still)\b"
    r"|\b(?:file photo|file picture|handout photo|photo taken|picture taken|photo provided by"
    r"|photo courtesy)\b",
    re.IGNORECASE,
)
_CAPTION_CUE_WORDS = ("photo", "picture", "image", "video")
"""One of them is in every reading of ``_CAPTION_CUE``."""


def _caption_cue(text: str) -> bool:
    return _cued(text, _CAPTION_CUE_WORDS) and _CAPTION_CUE.search(text) is not None


_CAPTION_VERB = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\bposes?\b|\blooks? on\b"
    r"|\bwalks? (?:past|in front of|through|along)\b|\bgestures?\b",
    re.IGNORECASE,
)
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|::|·|•)\s+")
_QUOTES = str.maketrans("‘’“”", "''\"\"")


_MOJIBAKE_SPACE = re.compile(r"\u00c2(?=\s)")


def normalise(line: str) -> str:
    """One line of text with its whitespace collapsed and invisible characters removed. "Â" before
    a no-break space is that space's UTF-8 read as Latin-1 by the page itself ("Published:Â
    Thursday"), a space."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", _MOJIBAKE_SPACE.sub("", line))).strip()


def line_key(line: str) -> str:
    """What two lines share when they say the same thing: case, width, quotes and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", line).translate(_QUOTES).casefold().split())


MIN_SENTENCE_WORDS = 4
"""Shorter lines that end like a sentence are widget text ("Nice try!", "Was this helpful?")."""


def is_sentence(line: str) -> bool:
    return (
        len(line.split()) >= MIN_SENTENCE_WORDS
        and bool(_SENTENCE_END.search(line))
        and any(c.islower() for c in line)
    )


_INNER_SENTENCE_END = re.compile(r"[a-z0-9%)][.!?][\"'”’]*\s+[\"“]?[A-Z]")


def holds_a_sentence(paragraph: str) -> bool:
    """Whether a paragraph has a sentence: one it ends on, or, as a page may drop its last full
    stop ("... from Baseline Ventures and Harrison Metal"), one that ends inside it."""
    return is_sentence(paragraph) or (
        len(paragraph.split()) >= 2 * MIN_SENTENCE_WORDS and _INNER_SENTENCE_END.search(paragraph) is not None
    )


def _credit(line: str) -> re.Match[str] | None:
    """The photo credit that ends ``line``, if any."""
    if line.endswith((")", "]")):
        bracketed = _BRACKETED_CREDIT.search(line)
        if bracketed and _CREDIT_INNER.search(bracketed["inner"].strip()):
            return bracketed
    return _PLAIN_CREDIT.search(line) if _CREDIT_HINT.search(line) else None


def strip_credit(line: str) -> str:
    """``line`` without a photo credit at its end ("… the ministry said. (AFP)")."""
    credit = _credit(line)
    return line[: credit.start()].rstrip() if credit else line


def _is_breadcrumb(line: str) -> bool:
    if _CRUMB_START.match(line) and len(line.split()) <= 15:
        return True
    parts = _CRUMB_SEPARATOR.split(line)
    return (
        len(parts) >= 2
        and all(1 <= len(part.split()) <= 4 for part in parts)
        and (len(parts) >= 3 or parts[0].casefold() in {"home", "start"})
    )


def _is_menu(raw: str) -> bool:
    parts = [part for part in _MENU_SEPARATOR.split(raw.strip()) if part]
    return len(parts) >= 3 and all(len(part.split()) <= 5 and not part.endswith(".") for part in parts)


def _is_byline(line: str, *, sentence: bool) -> bool:
    if "@" in line and EMAIL.search(line):
        return not sentence or bool(_BYLINE.match(line))
    return bool(_BYLINE.match(line)) and not sentence


def _is_timestamp(line: str, *, words: int, sentence: bool) -> bool:
    if words > 20:
        return False
    if _DATELINE_START.match(line) and (words <= 8 or not sentence):
        return True
    tokens = [token.strip(",.|·•()").casefold() for token in line.split()]
    return all(
        not token or token in _DATE_WORDS or token.rstrip(".") in _DATE_WORDS or _TIME_TOKEN.match(token)
        for token in tokens
    )


def _caption_kind(line: str, *, words: int) -> LineKind | None:
    credit = _credit(line)
    if credit:
        rest = line[: credit.start()].strip()
        if not rest:
            return LineKind.CREDIT
        if len(rest.split()) <= MAX_CAPTION_WORDS or _caption_cue(rest) or _CAPTION_VERB.search(rest):
            return LineKind.CAPTION
        return None
    if _AGENCY_ONLY.match(line) or _STAFF_CREDIT.match(line):
        return LineKind.CREDIT
    return LineKind.CAPTION if words <= 60 and _caption_cue(line) else None


@lru_cache(maxsize=8192)
def classify(raw: str) -> LineKind:
    """What one line of a page is. Cached: finding the headline, the byline, the date and the body
    each ask about the same lines."""
    line = normalise(raw)
    if not any(char.isalpha() for char in line):
        return LineKind.UI
    words = len(line.split())
    sentence = is_sentence(line)
    short = words <= 25
    if short and _is_breadcrumb(line):
        return LineKind.BREADCRUMB
    if _is_byline(line, sentence=sentence):
        return LineKind.BYLINE
    if (short or not sentence) and _is_menu(raw):
        return LineKind.MENU  # "Home | Nation | World | ... | Books": any length
    if _is_timestamp(line, words=words, sentence=sentence):
        return LineKind.DATELINE
    if short and _END.search(line):
        return LineKind.END
    related = _RELATED.match(line)
    if related and (related["colon"] or not sentence):
        return LineKind.RELATED
    if words <= MAX_NOTICE_WORDS and _cued(line, ("cookie",)) and _COOKIE.search(line):
        return LineKind.COOKIE
    promotes = words <= MAX_LINE_PROMO_WORDS or _cued(line, _PROMO_CUES)
    if words <= MAX_NOTICE_WORDS and promotes and _PROMO.search(line):
        return LineKind.PROMO
    if words <= MAX_NOTICE_WORDS and _cued(line, _LEGAL_CUES) and _LEGAL.search(line):
        return LineKind.LEGAL
    caption = _caption_kind(line, words=words)
    if caption:
        return caption
    if (not sentence and words <= 6 and _UI.search(line)) or (words <= 20 and _SIGN_IN.match(line)):
        return LineKind.UI
    if not sentence and words <= MAX_FRAGMENT_WORDS:
        return LineKind.FRAGMENT
    return LineKind.BODY


_SITE_PREFIX = re.compile(r"^[A-Za-z0-9-]+(?:\.[a-z]{2,})+\s*(?::|\||-|–|—)\s+(?=\S)")
"""A domain name opening a title: "NDTV.com: Modi, BJP leaders discuss poll strategies"."""


def strip_site_prefix(title: str) -> str:
    """A page title without the site's domain name before it."""
    return _SITE_PREFIX.sub("", title, count=1)


QUOTE_CLOSERS = frozenset("'\"’”")


def strip_site_suffix(title: str, *, site_name: str | None = None) -> str:
    """A page title without its ' | Site name' (or ' - Site Name') ending."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    last = separators[-1]
    head, site = title[: last.start()].strip(), title[last.end() :].strip()
    if site_name and line_key(site) == line_key(site_name):
        return head
    site_words = site.split()
    if len(site_words) > 5 or len(head.split()) < 3:
        return title
    if head[-1] in QUOTE_CLOSERS and last.group().strip() not in {"|", "::", "·", "•"}:
        return title  # "UK rebate 'unjustified' - Chirac": who said the quoted words, not a site
    named = all(word[0].isupper() or word[0].isdigit() for word in site_words)
    return head if last.group().strip() in {"|", "::", "·", "•"} or named else title


def byline_author(lines: Sequence[str]) -> str | None:
    """The name in the first byline among ``lines`` ("BY LIM JEONG-WON [...]" gives "Lim Jeong-Won")."""
    for line in lines:
        text = normalise(line)
        match = _BYLINE.match(text)
        if match and classify(line) is LineKind.BYLINE:
            return clean_author(match["name"])
    return None


def _is_title(text: str, *, title_key: str) -> bool:
    if not title_key or len(text) > len(title_key) + 80:
        return False
    return title_key in {line_key(text), line_key(strip_site_suffix(text))}


def _after_the_headline(text: str, title: str) -> str:
    """ "Cole: Winning Carling Cup Would Give Chelsea Momentum Ahead of tonight's semi-final ...": a
    page that runs its headline into the first paragraph; the paragraph is what follows it."""
    if len(title.split()) < MIN_SENTENCE_WORDS or not text.startswith(title + " "):
        return text
    rest = text[len(title) :].strip()
    return rest if len(rest.split()) >= MIN_SENTENCE_WORDS and rest[:1].isupper() else text


def _is_heading_only(text: str) -> bool:
    """Whether a 'Related' line is a heading over a list of links, rather than a link itself."""
    related = _RELATED.match(text)
    return related is not None and not text[related.end() :].strip()


_INNER_NAME = re.compile(r"(?<!^)(?<![.!?] )(?<![.!?][\"”’] )\b[A-Z][a-z]{2,}\b")
"""A capitalised word that does not open a sentence: a name, mostly."""
MIN_RESUMED = 3
"""Sentences of the story that must follow a list's heading for the list to be a sidebar."""


def _story_after_a_sidebar(
    texts: Sequence[str], kinds: Sequence[LineKind], kept: Sequence[tuple[str, LineKind]]
) -> str | None:
    """The line where the story goes on after a sidebar headed like the page's end ("Latest news"
    set inside the story by an old layout): at least ``MIN_RESUMED`` long sentences follow, and
    most name what the story named before; a page's real "Most read" list tells other stories.
    None when it is the end."""
    named = {name for text, _ in kept for name in _INNER_NAME.findall(text)}
    sentences = [
        text
        for text, kind in zip(texts, kinds, strict=True)
        if kind is LineKind.BODY and is_sentence(text) and len(text.split()) >= MIN_SENTENCE_WORDS * 3
    ]
    told = [text for text in sentences if named & set(_INNER_NAME.findall(text))]
    if len(told) < MIN_RESUMED or 2 * len(told) < len(sentences):
        return None
    return told[0]


def _drop_repeats(lines: list[tuple[str, LineKind]]) -> list[tuple[str, LineKind]]:
    """The first of repeated lines; neither of a pair printed one after the other (a caption shown twice)."""
    keys = [line_key(text) for text, _ in lines]
    kept: list[tuple[str, LineKind]] = []
    seen: set[str] = set()
    for i, (line, key) in enumerate(zip(lines, keys, strict=True)):
        doubled = (i > 0 and keys[i - 1] == key) or (i + 1 < len(keys) and keys[i + 1] == key)
        if not doubled and key not in seen:
            kept.append(line)
        seen.add(key)
    return kept


NOT_A_LEDE = ("?", "...", "…")
"""How a line above the headline ends when it is a poll's question ("Will Modi's hat trick bury the
Godhra debate?") or a teaser of another story ("Funeral plans are being made by a bride...")."""


def body_paragraphs(
    lines: Sequence[str],
    *,
    title: str = "",
    keep_inner_fragments: bool = False,
    headings: Collection[int] = (),
) -> list[str]:
    """The article's paragraphs among the lines of a page, in reading order, furniture removed.

    Lines before the headline are the page's header and go; so does everything after a comment
    widget, a 'most read' list, or the header printed again (the next article on the page). The
    lines after a 'Related' heading go until the next sentence. Short non-sentence lines
    (subheadings, labels, stray words) go too, unless the text has no sentence at all, or
    ``keep_inner_fragments`` is set and they stand between body paragraphs: an HTML extractor
    already chose the article's block, and the subheadings and list items in it are the article's.
    Lines in ``headings`` count as subheadings whatever their words (a teaser's heading can read
    like a sentence).
    """
    texts = [normalise(line) for line in lines]
    kinds = [
        LineKind.FRAGMENT if i in headings and kind is LineKind.BODY else kind
        for i, kind in enumerate(map(classify, lines))
    ]
    title_key = line_key(title)
    headline = normalise(title)
    start = next((i for i, text in enumerate(texts) if _is_title(text, title_key=title_key)), None)
    if start is None or any(
        kind is LineKind.BODY and not texts[i].endswith(NOT_A_LEDE) for i, kind in enumerate(kinds[:start])
    ):
        start = 0  # a sentence before the headline may be the lede: not a question or a line cut short
    header = {
        line_key(text) for text, kind in zip(texts[:start], kinds, strict=False) if kind is LineKind.FRAGMENT
    }
    kept: list[tuple[str, LineKind]] = []
    in_related = False
    seen_body = False
    resume_at: str | None = None
    for position, (text, kind) in enumerate(zip(texts[start:], kinds[start:], strict=True), start=start):
        if not text or _is_title(text, title_key=title_key):
            continue
        if resume_at is not None:
            if text != resume_at:
                continue
            resume_at = None
        if seen_body and kind is LineKind.END and _OTHER_STORIES_HEADING.search(text):
            resume_at = _story_after_a_sidebar(texts[position + 1 :], kinds[position + 1 :], kept)
            if resume_at is not None:
                continue
        if seen_body and (kind is LineKind.END or line_key(text) in header):
            break
        if kind is LineKind.RELATED:
            in_related = _is_heading_only(text)
            continue
        if in_related and not (kind is LineKind.BODY and is_sentence(text)):
            continue
        in_related = False
        if kind in {LineKind.BODY, LineKind.FRAGMENT}:
            kept.append((strip_dateline(strip_credit(_after_the_headline(text, headline))), kind))
            seen_body = seen_body or kind is LineKind.BODY
    kept = _drop_repeats(kept)
    if seen_body:
        body = [i for i, (_, kind) in enumerate(kept) if kind is LineKind.BODY]
        inner = range(body[0], body[-1] + 1) if keep_inner_fragments else body
        kept = [kept[i] for i in inner]
    return [text for text, _ in kept if text]


__all__ = [
    "EMAIL",
    "MAX_CAPTION_WORDS",
    "MAX_FRAGMENT_WORDS",
    "LineKind",
    "body_paragraphs",
    "byline_author",
    "classify",
    "holds_a_sentence",
    "is_sentence",
    "line_key",
    "normalise",
    "strip_credit",
    "strip_site_prefix",
    "strip_site_suffix",
]
