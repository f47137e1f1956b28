"""Text normalisation: bytes to clean Unicode text.

Pure functions.  :func:`decode_bytes` finds the encoding (BOM, then UTF-8, then
charset-normalizer); :func:`normalise_text` gives NFC text with no invisible
characters, one space between words, LF line ends and paragraphs separated by
exactly one blank line.  :func:`normalise_line` does the same for a one-line field
such as a title.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from dyads.errors import EncodingError

# (BOM, codec): UTF-32 before UTF-16, whose little-endian BOM is a prefix of UTF-32's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
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


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode ``data``: a BOM's encoding, else UTF-8, else the best guess.

    Raises :class:`EncodingError` naming ``source`` when no text encoding fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(source, f"starts with a {codec} byte order mark but is not {codec} ({exc.reason})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        return _guess_encoding(data, source=source, utf8_error=utf8_error)


def _guess_encoding(data: bytes, *, source: str, utf8_error: UnicodeDecodeError) -> str:
    from charset_normalizer import from_bytes  # imported here: not needed for UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(
            source, f"not UTF-8 (bad byte at offset {utf8_error.start}) and no other text encoding fits"
        )
    return str(best)


def normalise_text(text: str) -> str:
    """Clean a body of text; idempotent.

    CRLF, CR and other line separators become LF; every kind of space becomes a
    plain space; zero-width spaces become spaces; other invisible and control
    characters are dropped; the result is NFC, has no space at line ends, no run of
    spaces and at most one blank line in a row, and no blank lines at either end.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = text.replace(_PARAGRAPH_SEPARATOR, "\n\n")
    text = _SPACES.sub(" ", text)
    text = _WORD_SEPARATORS.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_RUNS.sub(" ", text)
    text = _SPACES_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINE_RUNS.sub("\n\n", text)
    return text.strip(" \n")


def normalise_line(text: str) -> str:
    """:func:`normalise_text` with every line break turned into a space."""
    return _ANY_NEWLINES.sub(" ", normalise_text(text))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of normalised text (separated by one blank line)."""
    return [part for part in text.split("\n\n") if part]
