"""Character references decoded and wiki markup stripped, in every reader."""

from __future__ import annotations

import json

import pytest

from dyads.ingest import ReadOptions, read_inputs
from dyads.ingest.text.normalise import normalise_text
from dyads.ingest.text.wikitext import decode_entities, strip_wiki_markup
from dyads.records import Article


@pytest.mark.parametrize(("raw", "clean"), [
    ("the big three &mdash; Britain, Germany &amp; France", "the big three — Britain, Germany & France"),
    ("He said &quot;no&quot; &ndash; twice", 'He said "no" – twice'),
    ("doubly encoded &amp;mdash; and &amp;quot;x&amp;quot;", 'doubly encoded — and "x"'),
    ("numeric &#8212; &#x2014;", "numeric — —"),
    ("AT&T and R&D", "AT&T and R&D"),  # no semicolon: not a reference
    ("&notice; &ndasp; &#99999999;", "&notice; &ndasp; &#99999999;"),  # not references HTML defines
    ("no ampersand at all", "no ampersand at all"),
])  # fmt: skip
def test_character_references_are_decoded(raw, clean):
    assert decode_entities(raw) == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("<!----> The EU is likely to delay.", "The EU is likely to delay."),
    ("Talks began. <!-- sourced --> They ended.", "Talks began. They ended."),
    ("<noinclude>Talks began.</noinclude>", "Talks began."),
    ("First part. ==Support== Britain backed it.", "First part.\n\nBritain backed it."),
    ("First part. == Background == Then more.", "First part.\n\nThen more."),
    ("The end. == Related news == * [[Foo|Bar story]] * [http://x.org A blog]", "The end."),
    ("Body. ==See also== * x ==Sources== * y", "Body."),
    ("Body. ==Sources== * y == Reaction == China objected.", "Body.\n\nChina objected."),
    ("Talks.<br>More. ==== Next.", "Talks.\n\nMore.\n\nNext."),
    ("See [[Beijing]] and [[Tokyo|the capital]]. {{date|May 5}}", "See Beijing and the capital."),
    ("Pictures. <gallery> Image:a.jpg|A caption </gallery> Done.", "Pictures. Done."),
    ("Report.<ref>Some source</ref> Done.", "Report. Done."),
    ("x == y and 5 * 3 stay", "x == y and 5 * 3 stay"),  # not markup
])  # fmt: skip
def test_wiki_markup_is_stripped(raw, clean):
    assert normalise_text(raw) == clean


def test_text_without_markup_is_returned_as_it_is():
    text = "Russia and China signed a treaty on Monday."
    assert strip_wiki_markup(text) is text and decode_entities(text) is text


@pytest.mark.parametrize("text", [
    "the big three &mdash; Britain ==Support== x", "&amp;mdash; <!----> y", "a <noinclude>b</noinclude> &quot;c&quot;",
])  # fmt: skip
def test_cleaning_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


RAW = 'Iran and the EU3 &mdash; Britain, Germany and France &mdash; met. ==Support== Russia backed the deal. <!---->'
CLEAN_WORDS = ("Iran and the EU3 — Britain, Germany and France — met.", "Russia backed the deal.")


def _inputs(tmp_path):
    record = {"id": "w1", "title": "Talks &mdash; again", "date": "2005-03-01", "text": RAW}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text('id,title,date,text\nw1,"Talks &mdash; again",2005-03-01,"' + RAW + '"\n',
                                    encoding="utf-8")  # fmt: skip
    (tmp_path / "a.txt").write_text("Talks &mdash; again\n\n" + RAW + "\n", encoding="utf-8")
    escaped = RAW.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    (tmp_path / "a.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Talks &amp;mdash; again</title>'
        f"<guid>w1</guid><pubDate>Tue, 01 Mar 2005 10:00:00 GMT</pubDate><description>{escaped}</description>"
        "</item></channel></rss>", encoding="utf-8")  # fmt: skip
    return {"jsonl": tmp_path / "a.jsonl", "csv": tmp_path / "a.csv", "text": tmp_path / "a.txt",
            "feed": tmp_path / "a.xml"}  # fmt: skip


@pytest.mark.parametrize("kind", ["jsonl", "csv", "text", "feed"])
def test_every_reader_decodes_references_and_strips_markup(tmp_path, kind):
    path = _inputs(tmp_path)[kind]
    articles = [a for a in read_inputs([path], options=ReadOptions()) if isinstance(a, Article)]
    assert len(articles) == 1, kind
    article = articles[0]
    assert all(words in article.text for words in CLEAN_WORDS), article.text
    assert "&mdash;" not in article.text and "==" not in article.text and "<!--" not in article.text
    assert article.title == "Talks — again"


@pytest.mark.parametrize(("raw", "clean"), [
    ("Seven Turkish soldier s were killed.", "Seven Turkish soldiers were killed."),
    ("No NGO s operate there.", "No NGOs operate there."),
    ("held in camp s, by the army", "held in camps, by the army"),
    ("the separatist s.", "the separatists."),
    # a lone "s" after a function word is a lost link, not a split plural
    ("returned fire with s and small arms", "returned fire with s and small arms"),
    # words that merely end in s are left alone
    ("Paris stays; the cats sat", "Paris stays; the cats sat"),
])
def test_a_plural_split_off_its_word_is_joined_again(raw, clean):
    assert normalise_text(raw) == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("The Australia n government criticised the Iraq i government.", "The Australian government criticised the Iraqi government."),
    ("Hundreds of Bulgaria ns marched.", "Hundreds of Bulgarians marched."),
    ("an Iran ian diplomat", "an Iranian diplomat"),
    ("the Europe an Union", "the European Union"),
    ("the Zimbabwe an government", "the Zimbabwean government"),
    # "an" the article stays: before a vowel, after a word that is no place name
    ("The court gave Europe an ultimatum.", "The court gave Europe an ultimatum."),
    ("In an interview, It is clear.", "In an interview, It is clear."),
    ("Iran is ready.", "Iran is ready."),
])
def test_a_peoples_name_suffix_split_off_its_place_is_joined_again(raw, clean):
    assert normalise_text(raw) == clean


@pytest.mark.parametrize(("raw", "clean"), [
    ("United Kingdom On Friday, the mayor resigned.", "On Friday, the mayor resigned."),
    ("Pakistan The International Monetary Fund approved a loan.", "The International Monetary Fund approved a loan."),
    ("Economy and business The central bank raised rates.", "The central bank raised rates."),
    ("New Zealand Two New Zealand men were arrested.", "Two New Zealand men were arrested."),
    # a sentence that opens with a name is no label
    ("USA Today reported the story.", "USA Today reported the story."),
    ("U.S. President George W. Bush began his trip.", "U.S. President George W. Bush began his trip."),
    ("Britain and France agreed a deal.", "Britain and France agreed a deal."),
    ("Kenya Police arrested two men.", "Kenya Police arrested two men."),
    ("The United States said it would veto.", "The United States said it would veto."),
])
def test_a_section_label_glued_to_the_first_sentence_is_dropped(raw, clean):
    assert normalise_text(raw) == clean
