"""Ingest under bad input (issue 10): encodings, stray bytes, deep nesting, huge input, silent outcomes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.errors import ArticleError
from generator.ingest import MAX_CHARS, RAW_CHARS_PER_TEXT_CHAR, ingest, read_input

BRIDGE = (
    "The council voted on Tuesday to build a new bridge over the river, the mayor said. "
    "Work will start in May and should take two years, officials told reporters at the town hall."
)
DIRECTOR = "The new director, Inês Duarte, said the harbour café would reopen in June after a repair."
ARTICLE = f"Council backs river bridge\n\n{BRIDGE}\n\n{DIRECTOR}"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "mac_roman"])
def test_mostly_ascii_text_with_a_few_accents_decodes_as_western(encoding: str) -> None:
    article = ingest(ARTICLE.encode(encoding))
    assert article.paragraphs == [BRIDGE, DIRECTOR]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding: str) -> None:
    article = ingest(ARTICLE.encode(encoding))
    assert article.paragraphs == [BRIDGE, DIRECTOR]


def test_a_few_stray_nul_bytes_are_dropped_not_taken_for_binary() -> None:
    data = ARTICLE.encode().replace(b"river", b"ri\x00ver", 1) + b"\x00\x00"
    assert ingest(data).paragraphs == [BRIDGE, DIRECTOR]
    assert ingest(data.decode()).paragraphs == [BRIDGE, DIRECTOR]


def test_bytes_full_of_nuls_are_still_binary() -> None:
    with pytest.raises(ArticleError, match="not text"):
        ingest(b"\x00\x01\x02\x03" * 2000)


def test_an_article_nested_300_divs_deep_is_read() -> None:
    body = (
        "<div>" * 300
        + f"<h1>Council backs river bridge</h1><p>{BRIDGE}</p><p>{DIRECTOR}</p>"
        + "</div>" * 300
    )
    html = f"<!DOCTYPE html><html><head><title>Bridge</title></head><body>{body}</body></html>"
    assert ingest(html).paragraphs == [BRIDGE, DIRECTOR]


def test_an_article_pasted_as_one_line_is_not_taken_for_a_legal_notice() -> None:
    line = (
        f"{BRIDGE} The land, all rights reserved by its owners since 1901, was sold to the city. {DIRECTOR}"
    )
    assert ingest(line).paragraphs == [line]


def test_read_input_reads_no_more_than_ingest_uses() -> None:
    stream = io.BytesIO(b"a" * (3 * MAX_CHARS * RAW_CHARS_PER_TEXT_CHAR))
    data = read_input(stream)
    assert len(data) == MAX_CHARS * RAW_CHARS_PER_TEXT_CHAR + 1
    assert stream.tell() == len(data)


def test_dev_zero_is_refused_as_binary_without_reading_it_all() -> None:
    with open(os.devnull if not Path("/dev/zero").exists() else "/dev/zero", "rb") as zero:
        data = read_input(zero)
    with pytest.raises(ArticleError, match="not text"):
        ingest(data)


def test_a_cut_stream_says_it_was_cut_without_knowing_its_length() -> None:
    paragraphs = "".join(
        f"The council met on day {n} to discuss the bridge with the mayor.\n\n" for n in range(9000)
    )
    data = read_input(io.BytesIO(f"Council budget marathon\n\n{paragraphs}".encode()), max_chars=5000)
    article = ingest(data, max_chars=5000)
    assert article.warnings == [
        f"the input was more than {5000 * RAW_CHARS_PER_TEXT_CHAR:,} bytes; only the first 5,000 characters "
        "of its text were used (split it into parts to use the rest)"
    ]


@pytest.mark.model
def test_the_cli_prints_the_warnings_and_says_why_nothing_came_out(tmp_path: Path) -> None:
    cut = tmp_path / "long.html"
    padding = "var x = 1;\n" * 200_000
    cut.write_text(
        "<!DOCTYPE html><html><head><title>Bridge</title></head><body><article><h1>Council backs river bridge"
        f"</h1><p>{BRIDGE}</p><p>{DIRECTOR}</p></article><script>{padding}</script></body></html>"
    )
    empty = tmp_path / "headings.md"
    empty.write_text("# Council news\n\nThe bridge, the tunnel, the ferry and the road, all of them again\n")
    result = CliRunner().invoke(app, [str(cut), str(empty), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert f"warning: {cut}: the input was more than 2,000,000 bytes; only the first" in result.stderr
    assert f"warning: {empty}: no quiz items: no sentence of the article" in result.stderr
