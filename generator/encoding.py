"""Bytes to text: a byte order mark, else UTF-8, else UTF-16 without a mark, else the declared or
detected code page, preferring the Western ones for text that is mostly ASCII.

Raises ArticleError for a PDF and for bytes that are not text.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from .errors import ArticleError

PDF = "this is a PDF file: copy the article's text out of it, or save the web page as HTML"
BINARY = "this is not text (it looks like a binary file): give a plain text, Markdown or HTML file"

SNIFF = 65_536
"""How many bytes (or characters) are looked at to tell an encoding, a format or binary data."""
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WESTERN_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252"}
)
"""Labels that browsers read as windows-1252, the superset of all of them (WHATWG Encoding)."""
_WESTERN_CODECS = ["cp1252", "mac_roman", "iso8859_15"]
"""The single-byte code pages of Western European text, the first the default."""
_MOSTLY_ASCII = 0.9
"""From this share of ASCII bytes on, text is read as Western: a few accented letters in English
text are too few for a detector to tell Big5 or Shift-JIS from Latin-1 by."""
_UTF16_ZEROS = 0.4
"""UTF-16 without a mark: at least this share of the bytes on one side of each pair is zero."""
_STRAY_NULS = 0.05
"""Fewer NUL bytes than this share are stray (a bad copy), not the sign of binary data."""
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def _decode_as(data: bytes, *, encoding: str, complete: bool, errors: str = "replace") -> str:
    """``data`` decoded; when it was cut short, a character split by the cut is left out."""
    return codecs.getincrementaldecoder(encoding)(errors=errors).decode(data, final=complete)


def _text_codec(label: str) -> str | None:
    """The text codec a charset label names; None for unknown labels and bytes-to-bytes codecs (base64)."""
    try:
        b"\0\0\0\0".decode(label, "replace")
    except (LookupError, ValueError):
        return None
    return codecs.lookup(label).name


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when every other byte is mostly zero, as in UTF-16 Latin text."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    zeros_odd = head[1 : 2 * pairs : 2].count(0) / pairs
    zeros_even = head[0 : 2 * pairs : 2].count(0) / pairs
    if zeros_odd >= _UTF16_ZEROS and zeros_even < _STRAY_NULS:
        return "utf-16-le"
    if zeros_even >= _UTF16_ZEROS and zeros_odd < _STRAY_NULS:
        return "utf-16-be"
    return None


def _guess_encoding(head: bytes) -> str:
    declared = _DECLARED_CHARSET.search(head[:4096])
    if declared:
        label = declared[1].decode("ascii", "ignore").lower()
        if label in _WESTERN_LABELS:
            return "cp1252"
        codec = _text_codec(label)
        if codec and codec != "utf-8":
            return codec
    ascii_share = sum(byte < 0x80 for byte in head) / max(1, len(head))
    western = ascii_share >= _MOSTLY_ASCII
    matches = charset_normalizer.from_bytes(head, cp_isolation=_WESTERN_CODECS if western else None)
    best = matches.best()
    if best is None:
        return "cp1252"
    # Single-byte Latin code pages often tie; browsers read Western text as windows-1252, and so do we.
    tied = (match for match in matches if match.chaos <= best.chaos and match.coherence >= best.coherence)
    return "cp1252" if any("cp1252" in match.could_be_from_charset for match in tied) else best.encoding


def decode(data: bytes, *, complete: bool) -> str:
    """The text ``data`` holds; ``complete`` is False when ``data`` was cut from a longer input."""
    if data[:1024].lstrip().startswith(b"%PDF"):
        raise ArticleError(PDF)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], encoding=encoding, complete=complete)
    head = data[:SNIFF]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            return _decode_as(data, encoding=utf16, complete=complete)
        if head.count(0) > len(head) * _STRAY_NULS:
            raise ArticleError(BINARY)
        data = data.replace(b"\x00", b"")
    try:
        return _decode_as(data, encoding="utf-8", complete=complete, errors="strict")
    except UnicodeDecodeError:
        return _decode_as(data, encoding=_guess_encoding(data[:SNIFF]), complete=complete)


_ODD_CHARACTERS = re.compile("[\ufffd\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""The replacement character and the control characters (Unicode Cc) other than whitespace."""


def looks_binary(text: str) -> bool:
    """Whether decoded text is full of replacement and control characters, as decoded binary data is."""
    sample = text[:SNIFF]
    return len(_ODD_CHARACTERS.findall(sample)) > len(sample) / 50


__all__ = ["BINARY", "PDF", "SNIFF", "decode", "looks_binary"]
