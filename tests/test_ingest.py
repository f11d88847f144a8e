"""Ingest: news pages in any common encoding and format become clean articles; unusable input is refused."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.article import Article, SourceFormat
from generator.boilerplate import LineKind, classify
from generator.ingest import MAX_CHARS, ingest

from .generator_support import SAMPLE_NOISE
from .ingest_support import BRIDGE, BRIDGE_COST, RUSSIAN, page, refusal

REPO = Path(__file__).resolve().parents[1]
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "articles"
QUALITY = REPO / "quality"
QUALITY_ARTICLES = sorted((QUALITY / "articles").glob("*"))

GERMAN = (
    "Der Stadtrat von Freiburg hat am Dienstag mit großer Mehrheit beschlossen, eine neue Fußgängerbrücke "
    "über die Dreisam zu bauen. Die Brücke soll die Altstadt mit dem Stadtteil Wiehre verbinden und im "
    "Frühjahr 2027 fertig sein. Nach Angaben der Stadtverwaltung kostet das Projekt rund zwölf Millionen "
    "Euro, von denen das Land Baden-Württemberg etwa die Hälfte übernimmt. Oberbürgermeisterin Anna Keller "
    "sagte nach der Abstimmung, die Brücke sei ein wichtiger Schritt für den Verkehr in der Innenstadt. "
    "Kritiker aus der Opposition bemängelten dagegen, dass die Kosten in den vergangenen zwei Jahren "
    "deutlich gestiegen seien und die Bürger nicht ausreichend beteiligt worden seien."
)
SPANISH = (
    "El ayuntamiento de Valencia aprobó el martes la construcción de un nuevo puente sobre el río Turia. "
    "Según la alcaldesa, las obras comenzarán en mayo y durarán dos años, y el coste total será de unos "
    "doce millones de euros, que pagarán la ciudad y la región."
)


def sample(name: str) -> Article:
    path = next(SAMPLES.glob(f"{name}_*.txt"))
    return ingest(path.read_bytes(), filename=path.name)


def test_ingesting_never_loads_spacy() -> None:
    script = (
        "import sys\nfrom generator.ingest import ingest\n"
        "ingest('Council backs river bridge\\n\\nThe council voted to build a bridge, the mayor said.')\n"
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# The two real sample pages


@pytest.mark.parametrize("name", ["000", "001"])
def test_sample_page_furniture_never_reaches_a_paragraph(name: str) -> None:
    article = sample(name)
    for paragraph in [article.title, *article.paragraphs]:
        for noise in SAMPLE_NOISE:
            assert noise.casefold() not in paragraph.casefold(), f"{noise!r} survived in {paragraph!r}"


def test_sample_000_keeps_every_body_paragraph_and_its_headline_once() -> None:
    article = sample("000")
    headline = "South Korea, Cuba to set up permanent missions in each other's capitals"
    assert article.title == headline
    assert article.format is SourceFormat.TEXT
    assert headline not in article.paragraphs
    assert len(article.paragraphs) == 16
    assert article.paragraphs[0] == (
        "South Korea and Cuba will open permanent missions in each other’s countries, "
        "Seoul’s Foreign Ministry announced Sunday."
    )
    assert "Castro maintained close ties with Kim Il Sung, the founder of the North Korean regime." in (
        article.paragraphs
    )
    assert any(
        p.startswith("“Based on this agreement, we plan to continue discussions") for p in article.paragraphs
    )
    assert article.paragraphs[-1].startswith(
        "The Foreign Ministry hopes opening a South Korean diplomatic mission"
    )
    assert article.author == "Lim Jeong-Won"


def test_sample_001_drops_the_site_name_lines_and_keeps_the_standfirst() -> None:
    article = sample("001")
    assert article.title == "Cuba and South Korea finalize details for the resumption of diplomatic relations"
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith(
        "Since the the start of the Castro regime, the communist island nation"
    )
    assert article.paragraphs[-1].startswith(
        "According to data gathered by AFP, Korean exports to Cuba reached $35.67 million in 2023."
    )


# The quality set


def test_the_quality_set_is_there_to_check() -> None:
    assert len(QUALITY_ARTICLES) >= 2, f"no quality articles in {QUALITY / 'articles'}"


@pytest.mark.parametrize("path", QUALITY_ARTICLES, ids=lambda path: path.name)
def test_quality_article_keeps_its_facts_and_loses_its_furniture(path: Path) -> None:
    expectations_file = QUALITY / "expectations.yaml"
    expectations = yaml.safe_load(expectations_file.read_text("utf-8")) if expectations_file.exists() else {}
    wanted = (expectations or {}).get(path.name) or {}
    article = ingest(path.read_bytes(), filename=path.name)
    assert article.title and article.title not in article.paragraphs
    for fact in wanted.get("expected", []):
        assert fact in article.text, f"{fact!r} was lost"
    for furniture in wanted.get("forbidden", []):
        for text in [article.title, *article.paragraphs]:
            assert furniture not in text, f"{furniture!r} survived in {text!r}"


# Input that is refused


@pytest.mark.parametrize(
    "source", [b"", "", "   \n\t \u00a0\n", b" \r\n\r\n "], ids=["bytes", "str", "spaces", "crlf"]
)
def test_empty_input_is_refused(source: str | bytes) -> None:
    assert "empty" in refusal(source)


def test_random_bytes_are_refused_as_binary() -> None:
    assert "not text" in refusal(random.Random(0).randbytes(4096))


def test_pdf_bytes_are_refused_as_pdf() -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 20
    assert "PDF" in refusal(pdf, filename="article.txt")


@pytest.mark.parametrize(
    ("text", "language"), [(GERMAN, "German"), (SPANISH, "Spanish"), (RUSSIAN, "Russian")], ids=str
)
def test_an_article_not_in_english_is_refused_naming_its_language(text: str, language: str) -> None:
    message = refusal(f"Neue Brücke\n\n{text}")
    assert message == f"the article seems to be in {language}; only English articles are supported"


def test_a_page_of_navigation_only_has_no_article_text() -> None:
    links = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(30))
    body = (
        f"<header><a href='/'>The Town Crier</a></header><nav><ul>{links}</ul></nav>"
        f"<div class='promo'><a href='/subscribe'>Subscribe</a></div><div><ul>{links}</ul></div>"
        "<footer><a href='/about'>About us</a> | <a href='/privacy'>Privacy</a></footer>"
    )
    assert refusal(page(body)).startswith("no article text found")


def test_max_chars_below_one_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="max_chars must be at least 1, not 0"):
        ingest(BRIDGE, max_chars=0)


# Encodings


def test_cp1252_bytes_with_curly_quotes_and_accents_decode_right() -> None:
    text = f"Café owners cheer new bridge\n\n“We plan to open quickly,” the café’s owner said.\n\n{BRIDGE}"
    article = ingest(text.encode("cp1252"))
    assert article.title == "Café owners cheer new bridge"
    assert article.paragraphs == ["“We plan to open quickly,” the café’s owner said.", BRIDGE]


def test_latin1_bytes_decode_right() -> None:
    first = "The café owner, José Niño, called the plan naïve and too costly."
    article = ingest(f"Naïve plan for a bridge\n\n{first}\n\n{BRIDGE}".encode("latin-1"))
    assert article.paragraphs[0] == first


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_byte_order_mark_is_read_and_dropped(encoding: str) -> None:
    article = ingest(f"Council backs river bridge\n\n{BRIDGE}".encode(encoding))
    assert article.title == "Council backs river bridge"
    assert article.paragraphs == [BRIDGE]


def test_the_same_article_has_the_same_id_in_every_wrapping() -> None:
    text = f"Council backs river bridge\n\n{BRIDGE}\n\n{BRIDGE_COST}"
    wrapped_in_html = page(
        f"<article><h1>Council backs river bridge</h1><p>{BRIDGE}</p><p>{BRIDGE_COST}</p></article>"
    )
    ids = {
        ingest(text).article_id,
        ingest(text.encode("cp1252")).article_id,
        ingest(wrapped_in_html).article_id,
    }
    assert len(ids) == 1 and len(ids.pop()) == 16
    assert ingest(text).article_id != ingest(f"Council backs river bridge\n\n{BRIDGE}").article_id


# Size


def test_a_20_mb_page_is_cut_early_with_a_warning() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} says that the council met on day {n} to discuss item {n} with the mayor.</p>"
        for n in range(230_000)
    )
    data = page(f"<article><h1>Council budget marathon</h1>{paragraphs}</article>").encode()
    assert len(data) > 20_000_000
    article = ingest(data)
    assert article.warnings == [
        f"the input was {len(data):,} bytes; only the first {MAX_CHARS:,} characters of its text were used "
        "(split it into parts to use the rest)"
    ]
    assert len(article.text) <= MAX_CHARS
    assert article.paragraphs[0].startswith("Paragraph 0 says")


def test_a_long_article_is_cut_at_a_sentence_with_its_length_in_the_warning() -> None:
    sentences = " ".join(f"Item {n} of the budget was approved by the council on Tuesday." for n in range(25))
    text = f"Council approves the budget\n\n{sentences}"
    whole = ingest(text)
    cut = ingest(text, max_chars=1000)
    assert cut.warnings == [
        f"the article was {len(whole.text):,} characters; only the first 1,000 were used "
        "(split it into parts to use the rest)"
    ]
    assert len(cut.text) <= 1000 and whole.text.startswith(cut.text) and cut.text.endswith(".")
    assert whole.warnings == []


def test_one_huge_line_is_cut_rather_than_lost() -> None:
    line = " ".join(f"Item {n} of the budget was approved by the council on Tuesday." for n in range(60))
    article = ingest(f"Council approves the budget\n\n{line}", max_chars=1000)
    assert len(article.text) <= 1000 and line.startswith(article.text) and article.text.endswith(".")
    assert article.warnings[0].startswith("the article was more than ")


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


@pytest.mark.parametrize(
    ("source", "filename", "expected"),
    [
        (page(f"<p>{BRIDGE}</p>"), None, SourceFormat.HTML),
        (f"# Council backs river bridge\n\n{BRIDGE}", None, SourceFormat.MARKDOWN),
        (f"Council backs river bridge\n\n{BRIDGE}", None, SourceFormat.TEXT),
        (f"# Council backs river bridge\n\n{BRIDGE}", "notes.txt", SourceFormat.TEXT),
        (f"Council backs river bridge\n\n{BRIDGE}", "story.md", SourceFormat.MARKDOWN),
    ],
    ids=["sniffed-html", "sniffed-markdown", "sniffed-text", "txt-extension", "md-extension"],
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
