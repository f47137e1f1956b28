"""HTML character references and wiki markup left in article text.

Text from JSON Lines, CSV and plain files often keeps the character references
of the page it came from (``&mdash;``, ``&quot;``, ``&nbsp;``, even the doubly
encoded ``&amp;mdash;``), and text dumped from a wiki (Wikinews) keeps its
markup: ``<noinclude>`` and other wiki tags, comments (``<!---->``), section
headings (``==Support==``), link lists under "Related news" or "Sources",
``[[links]]``, ``{{templates}}`` and ``[http://… labels]``.  Left in, an
``&mdash;`` or a heading can become an actor or a sentence.

:func:`decode_entities` decodes references that end in ``;`` (so ``AT&T`` and
``&notice`` are left alone); :func:`strip_wiki_markup` removes the markup,
headings become paragraph breaks and link-list sections are dropped whole.
Both are pure and cheap on text without ``&`` or markup.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

_ENTITY = re.compile(r"&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_DROPPED_ELEMENTS = re.compile(r"<(gallery|ref|references|timeline|imagemap)\b[^>]*>.*?(?:</\1\s*>|$)", re.DOTALL | re.I)
_BREAK_TAGS = re.compile(r"</?(?:br|p|blockquote|div|center|poem)\b[^>]*>", re.I)
_INLINE_TAGS = re.compile(
    r"</?(?:noinclude|includeonly|onlyinclude|nowiki|small|big|sup|sub|span|font|b|i|u|s|strong|em|tt|code)\b[^>]*>",
    re.I,
)
_SELF_CLOSING_REFS = re.compile(r"<(?:ref|references)\b[^>]*/>", re.I)
_HEADING = re.compile(r"(?<![^\s])(={2,6})[ \t]*([^=\n]{0,80}?)[ \t]*\1(?![^\s])")
_BARE_EQUALS = re.compile(r"(?<![^\s])={4,}(?![^\s])")  # "====": an empty heading
_TEMPLATE = re.compile(r"\{\{[^{}]{0,500}\}\}")
_WIKILINK = re.compile(r"\[\[(?:[^\[\]|]{0,200}\|)?([^\[\]]{0,200})\]\]")
_EXTERNAL_LINK = re.compile(r"\[(?:https?|ftp)://[^\s\]]{1,500}(?:\s+([^\]]{0,300}))?\]")
_BULLET = re.compile(r"(?:(?<=\s)|^)[*#]+(?=\s)")
_SIGNS = ("<!--", "==", "[[", "{{", "[http", "<noinclude", "<nowiki", "<br", "<p>", "<gallery", "<ref", "<small", "<sup")

# Sections that hold only links or references: dropped with everything under them.
_LINK_SECTIONS = frozenset({
    "related news", "related wikinews", "related stories", "related articles", "see also", "external links",
    "external link", "sources", "source", "references", "blogs", "links", "external sources",
})  # fmt: skip


def decode_entities(text: str) -> str:
    """``text`` with every HTML character reference ending in ``;`` decoded, doubly encoded ones too."""
    if "&" not in text or ";" not in text:
        return text
    return _ENTITY.sub(_decode, text)


def _decode(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#"):
        decoded = html.unescape(f"&{name};")
        return match.group(0) if decoded.startswith("&") else decoded
    return html5.get(f"{name};", match.group(0))  # a name HTML does not define is left as written


def has_wiki_markup(text: str) -> bool:
    return any(sign in text for sign in _SIGNS)


def strip_wiki_markup(text: str) -> str:
    """``text`` without wiki markup; headings become paragraph breaks, link sections are dropped."""
    if not has_wiki_markup(text):
        return text
    text = _COMMENT.sub(" ", text)
    text = _DROPPED_ELEMENTS.sub(" ", text)
    text = _SELF_CLOSING_REFS.sub(" ", text)
    text = _BREAK_TAGS.sub("\n\n", text)
    text = _INLINE_TAGS.sub("", text)
    text = _TEMPLATE.sub(" ", text)
    text = _drop_link_sections(text)
    had_headings = _HEADING.search(text) is not None
    text = _HEADING.sub("\n\n", text)
    text = _BARE_EQUALS.sub("\n\n", text)
    text = _WIKILINK.sub(lambda m: m.group(1), text)
    text = _EXTERNAL_LINK.sub(lambda m: m.group(1) or " ", text)
    if had_headings:
        text = _BULLET.sub("\n\n", text)
    return text


# "[[soldier]]s" dumped with the link's target dropped leaves "soldier s": a lone "s" after a word
# of two or more letters (never after a function word, where the linked word itself was lost).
_SPLIT_PLURAL = re.compile(r"\b([A-Za-z][A-Za-z'-]*[A-Za-z]) s(?=[\s,.;:!?)\]]|$)")
_NOT_A_STEM = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or",
                          "the", "to", "with", "was", "were"})


def join_split_plurals(text: str) -> str:
    """``text`` with each plural "s" a wiki dump split off its word put back ("camp s" -> "camps")."""
    if " s" not in text:
        return text
    return _SPLIT_PLURAL.sub(_join_plural, text)


# "[[Australia]]n" dumped the same way leaves "Australia n", "[[Iraq]]i" "Iraq i", "[[Europe]]an" "Europe an":
# a suffix of a people's name split off a capitalised place name.  "n", "i", "ian" and their plurals are
# never words; "an" is, so it is joined only after a name ending in a vowel and before a word no article
# "an" would stand before ("Europe an Union", not "gave Europe an ultimatum").
_SPLIT_DEMONYM = re.compile(r"\b([A-Z][a-z]+) (n|i|ian|ns|ians)(?=[\s,.;:!?)\]]|$)")
_SPLIT_AN = re.compile(r"\b([A-Z][a-z]*[aeiou]) an(?= [A-Zb-df-hj-np-tv-z])")
_NOT_DEMONYM_STEMS = frozenset({"It", "This", "There", "He", "She", "That", "What", "Which", "Who", "Today", "Here",
                                "Where", "How", "Why", "When", "Now", "One", "None", "Each", "Yes", "No", "So", "As"})


def join_split_demonyms(text: str) -> str:
    """``text`` with each people's-name suffix a wiki dump split off its place name put back ("Australia n"
    -> "Australian", "Iraq i" -> "Iraqi", "Europe an Union" -> "European Union")."""
    if " n" not in text and " i" not in text and " an " not in text:
        return text
    text = _SPLIT_DEMONYM.sub(_join_demonym, text)
    return _SPLIT_AN.sub(_join_demonym, text)


def _join_demonym(match: re.Match[str]) -> str:
    stem = match.group(1)
    suffix = match.group(2) if match.re is _SPLIT_DEMONYM else "an"
    if stem in _NOT_DEMONYM_STEMS:
        return match.group(0)
    return stem + suffix


# a news wiki dump opens an article with its section label glued to the first sentence: "United Kingdom
# On Friday, ...", "Pakistan The International Monetary Fund said ...", "Economy and business The ...": a
# run of capitalised words before a word that opens sentences and never follows a name this way
_LABEL_WORD = r"(?:[A-Z][\w.'-]*|and|of|the|&)"
# (function words and numbers only: "Kenya Police arrested ..." is a name)
_OPENERS = (r"(?:The|On|In|At|A|An|According|With|Despite|Over|After|Following|This|Two|Three|Four|Five|Six|Seven|"
            r"Eight|Nine|Ten|Several|Thousands|Hundreds|Early|Last|Yesterday|During|Since|While|When)")
_SECTION_LABEL = re.compile(
    r"^(?!" + _OPENERS + r"\b)([A-Z][\w.'-]*(?: " + _LABEL_WORD + r"){0,3}|[A-Z][a-z]+ and [a-z]+) "
    r"(?=" + _OPENERS + r"\s)")


def drop_section_label(text: str) -> str:
    """``text`` without the section label a wiki dump glued to its first sentence ("United Kingdom On
    Friday, ..." -> "On Friday, ...")."""
    return _SECTION_LABEL.sub("", text, count=1)


def _join_plural(match: re.Match[str]) -> str:
    stem = match.group(1)
    return match.group(0) if stem.lower() in _NOT_A_STEM else f"{stem}s"


def _drop_link_sections(text: str) -> str:
    """Remove each link-list section: its heading and all up to the next heading (or the end)."""
    headings = list(_HEADING.finditer(text))
    if not headings:
        return text
    kept: list[str] = []
    position = 0
    for index, heading in enumerate(headings):
        if heading.group(2).strip().lower() in _LINK_SECTIONS:
            kept.append(text[position : heading.start()])
            following = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            position = following
    kept.append(text[position:])
    return "\n\n".join(part for part in kept if part)
