"""Ingest: news pages in any common encoding and format become clean articles; unusable input is refused."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.article import Article, SourceFormat
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


def test_a_one_paragraph_post_that_lost_its_last_full_stop_is_still_an_article() -> None:
    post = (
        "<main><p>Harlow-based Tidewell, a maker of tide gauges for small harbours, said Tuesday that it "
        "has raised $4M from two investors. The round was led by Ostrow Capital. Tidewell is run by "
        "Marta Quell and sells to port authorities in three countries</p></main>"
    )
    article = ingest(page(post))
    assert article.paragraphs == [re.sub(r"<[^>]+>", "", post)]


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
