"""Text normalisation: bytes to clean Unicode text.

Pure functions.  :func:`decode_bytes` finds the encoding (BOM, then UTF-8, then
charset-normalizer); :func:`normalise_text` gives NFC text, character references
decoded and wiki markup stripped, with no invisible
characters, one space between words, LF line ends and paragraphs separated by
exactly one blank line.  :func:`normalise_line` does the same for a one-line field
such as a title.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from dyads.errors import EncodingError
from dyads.ingest.text.wikitext import (
    decode_entities,
    drop_section_label,
    has_wiki_markup,
    join_split_demonyms,
    join_split_plurals,
    strip_wiki_markup,
)

# (BOM, codec): UTF-32 before UTF-16, whose little-endian BOM is a prefix of UTF-32's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_NON_ASCII_BYTES = bytes(range(0x80, 0x100))
_WESTERN_SHARE = 0.3

_DECLARATION_BYTES = 2048
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)

# Line and paragraph separators other than LF.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"

# Spaces of every width (Unicode Zs) and the tab become one ordinary space.
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

# Zero-width characters that separate words: they become a space, so two words
# are never glued together.
_WORD_SEPARATORS = re.compile("[\u200b\u180e]")

# Invisible characters dropped outright: C0/C1 controls except LF (Cc), every
# format character (Cf: soft hyphen, ZWNJ/ZWJ, LRM/RLM, LRE..RLO, LRI..PDI, word
# joiner, BOM, tags ...), lone surrogates (Cs) and the noncharacters U+FFFE/U+FFFF.
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f"
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\ufffe\uffff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\ud800-\udfff]"
)

_SPACE_RUNS = re.compile(" {2,}")
_SPACES_AROUND_NEWLINE = re.compile(" *\n *")
_BLANK_LINE_RUNS = re.compile("\n{3,}")
_ANY_NEWLINES = re.compile("\n+")


_UTF16_SAMPLE = 4096
_UTF16_NUL_SHARE = 0.4


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for BOM-less UTF-16 text (NUL in every other byte
    of mostly-Latin text), else None."""
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul >= _UTF16_NUL_SHARE and even_nul == 0:
        return "utf-16-le"
    if even_nul >= _UTF16_NUL_SHARE and odd_nul == 0:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode ``data``: a BOM's encoding, else UTF-8, else the charset its markup
    declares, else Windows-1252 for mostly-ASCII bytes, else charset-normalizer's
    best guess.

    Raises :class:`EncodingError` naming ``source`` when no text encoding fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(source, f"starts with a {codec} byte order mark but is not {codec} ({exc.reason})") from exc
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise EncodingError(source, f"looks like {utf16} without a byte order mark but is not ({exc.reason})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        declared = _declared_encoding(data)
        if declared is not None:
            return declared
        return _guess_encoding(data, source=source, utf8_error=utf8_error)


def _declared_encoding(data: bytes) -> str | None:
    """The text decoded with the charset its markup declares (HTML meta, XML declaration)."""
    match = _DECLARED_CHARSET.search(data[:_DECLARATION_BYTES])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # As browsers do, Latin-1 and ASCII labels mean Windows-1252.
    candidates = ("cp1252", codec) if codec in ("latin-1", "iso8859-1", "ascii") else (codec,)
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return None


def _guess_encoding(data: bytes, *, source: str, utf8_error: UnicodeDecodeError) -> str:
    # Mostly-ASCII text with a few accented letters or curly quotes is, for English
    # news, nearly always Windows-1252; guessers are unreliable on so few bytes.
    non_ascii = len(data) - len(data.translate(None, _NON_ASCII_BYTES))
    if non_ascii <= _WESTERN_SHARE * len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # imported here: not needed for UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(
            source, f"not UTF-8 (bad byte at offset {utf8_error.start}) and no other text encoding fits"
        )
    return str(best)


def normalise_text(text: str) -> str:
    """Clean a body of text; idempotent.

    HTML character references are decoded (``&mdash;`` is a dash, never a word) and wiki
    markup is stripped (:mod:`dyads.ingest.text.wikitext`), and so is the plural "s" a wiki dump
    split off its word ("camp s"), a people's-name suffix split off its place ("Australia n") and
    the section label glued to an article's first sentence ("United Kingdom On Friday, ..."); CRLF, CR and other line separators become LF; every kind of space becomes a
    plain space; zero-width spaces become spaces; other invisible and control
    characters are dropped; the result is NFC, has no space at line ends, no run of
    spaces and at most one blank line in a row, and no blank lines at either end.
    """
    # Each step runs only when a fast check finds something for it to do; most
    # news text is printable and already clean.
    if "&" in text:
        text = decode_entities(text)
    if has_wiki_markup(text):
        text = strip_wiki_markup(text)
    if " s" in text:
        text = join_split_plurals(text)
    text = drop_section_label(join_split_demonyms(text))
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if not text.replace("\n", "").isprintable():  # controls, format chars, odd spaces
        text = _LINE_BREAKS.sub("\n", text)
        text = text.replace(_PARAGRAPH_SEPARATOR, "\n\n")
        text = _SPACES.sub(" ", text)
        text = _WORD_SEPARATORS.sub(" ", text)
        text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACES_AROUND_NEWLINE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINE_RUNS.sub("\n\n", text)
    return text.strip(" \n")


def normalise_line(text: str) -> str:
    """:func:`normalise_text` with every line break turned into a space."""
    text = normalise_text(text)
    return _ANY_NEWLINES.sub(" ", text) if "\n" in text else text


def paragraphs(text: str) -> list[str]:
    """The paragraphs of normalised text (separated by one blank line)."""
    return [part for part in text.split("\n\n") if part]
