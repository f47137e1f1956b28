"""Property tests: the coder, on arbitrary text and on arbitrary (even nonsensical) parses, raises
nothing but the project's own errors, and every event it codes points into the article."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.errors import DyadsError
from dyads.pipeline.coding import CodedArticle, code_parsed
from dyads.pipeline.resources import load_resources
from dyads.records.article import Article
from dyads.records.parse import Entity, ParsedDoc, Sentence, Token
from dyads.settings import Settings

pytestmark = pytest.mark.model

EXAMPLES = int(os.environ.get("DYADS_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

WORDS = ["Iran", "Israel", "Russia", "China", "United", "Nations", "President", "Putin", "Obama", "police", "rebels",
         "accused", "met", "signed", "attacked", "said", "will", "not", "agreement", "talks", "with", "of", "on", "in",
         "the", "a", "Monday", "2010", "$5", "billion", "troops", "1,000", "killed", "Geneva", "Gaza", ".", ",", "'s",
         "\"", "(", ")", "-", "UN", "NATO", "EU", "Kenya", "Nairobi", "ceasefire", "demanded", "threatened", "who"]  # fmt: skip
POS = ["PROPN", "NOUN", "VERB", "AUX", "ADP", "DET", "PART", "PUNCT", "NUM", "ADJ", "ADV", "PRON", "CCONJ", "SCONJ", "X"]
DEPS = ["ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "amod", "det", "aux", "neg", "conj", "cc",
        "poss", "case", "appos", "relcl", "acl", "advcl", "ccomp", "xcomp", "agent", "attr", "punct", "nummod", "dep"]  # fmt: skip
LABELS = ["GPE", "ORG", "PERSON", "NORP", "DATE", "CARDINAL", "MONEY", "LOC", "FAC", "QUANTITY", "EVENT"]


@pytest.fixture(scope="module")
def resources():
    return load_resources(Settings())


def _check(coded: CodedArticle, text: str) -> None:
    for event in coded.events:
        for evidence in event.evidence:
            assert 0 <= evidence.sentence_start <= evidence.trigger_start <= evidence.trigger_end <= len(text)
            assert text[evidence.trigger_start : evidence.trigger_end] == evidence.trigger


_texts = st.one_of(
    st.text(st.characters(), max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(WORDS + ["\n", "\n\n", "[/]", "\u202e", "\x00", "é", "北京"]), max_size=80).map("".join),
)


@FUZZ
@given(text=_texts, published=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
def test_the_coder_takes_any_text(resources, text, published):
    if not text.strip():
        return
    article = Article.create(text=text, published=published)
    try:
        coded = code_parsed(article, resources.parser.parse(article.doc_id, text), resources)
    except DyadsError:
        return
    _check(coded, text)


def _tree(draw: st.DrawFn, first: int, last: int) -> dict[int, int]:
    """Random heads forming a tree over tokens ``[first, last)`` (the root is its own head), as
    every parser gives; cyclic heads are tested below."""
    order = draw(st.permutations(list(range(first, last))))
    heads = {order[0]: order[0]}
    for k in range(1, len(order)):
        heads[order[k]] = draw(st.sampled_from(order[:k]))
    return heads


@st.composite
def parses(draw: st.DrawFn) -> ParsedDoc:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
    cuts = sorted(set(draw(st.lists(st.integers(1, len(words)), max_size=4))) | {len(words)})
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    text = ""
    first = 0
    for index, last in enumerate(cuts):
        start_char = len(text)
        heads = _tree(draw, first, last)
        for i in range(first, last):
            start = len(text)
            text += words[i]
            space = draw(st.booleans()) or i == last - 1
            tokens.append(Token(
                i=i, text=words[i], start=start, end=start + len(words[i]), lemma=words[i].lower(),
                pos=draw(st.sampled_from(POS)), tag="NN", dep=draw(st.sampled_from(DEPS)),
                head=heads[i], sent=index, space_after=space,
            ))  # fmt: skip
            text += " " if space else ""
        sentences.append(Sentence(index, first, last, start_char, len(text.rstrip()), text[start_char:].rstrip()))
        first = last
    entities = []
    for begin, length, label in draw(st.lists(st.tuples(st.integers(0, len(words) - 1), st.integers(1, 3),
                                                        st.sampled_from(LABELS)), max_size=5)):  # fmt: skip
        end = min(begin + length, len(words))
        if any(not (end <= e.first or begin >= e.last) for e in entities):
            continue
        entities.append(Entity(begin, end, label, text[tokens[begin].start : tokens[end - 1].end],
                               tokens[begin].start, tokens[end - 1].end))  # fmt: skip
    entities.sort(key=lambda e: e.first)
    tagged = list(tokens)
    for e in entities:
        for i in range(e.first, e.last):
            t = tagged[i]
            tagged[i] = Token(t.i, t.text, t.start, t.end, t.lemma, t.pos, t.tag, t.dep, t.head, e.label,
                              "B" if i == e.first else "I", t.sent, t.space_after)  # fmt: skip
    return ParsedDoc(doc_id="fuzz", text=text, tokens=tuple(tagged), sentences=tuple(sentences), entities=tuple(entities))


@FUZZ
@given(doc=parses(), published=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))
def test_the_coder_takes_any_parse(resources, doc, published):
    article = Article.create(text=doc.text, published=published, doc_id="fuzz")
    try:
        coded = code_parsed(article, doc, resources)
    except DyadsError:
        return
    _check(coded, doc.text)


_CYCLE = """
import resource
import signal
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # the runaway walk ends in MemoryError, not swap
from dyads.pipeline.coding import code_parsed
from dyads.pipeline.resources import load_resources
from dyads.records.article import Article
from dyads.records.parse import Entity, ParsedDoc, Sentence, Token
from dyads.settings import Settings
tokens = (
    Token(0, "agreement", 0, 9, "agreement", "PART", "NN", "dobj", 2),
    Token(1, "accused", 10, 17, "accused", "PROPN", "NN", "acl", 2, space_after=False),
    Token(2, "police", 17, 23, "police", "PUNCT", "NN", "case", 1),
)
doc = ParsedDoc("fuzz", "agreement accusedpolice ", tokens, (Sentence(0, 0, 3, 0, 23, "agreement accusedpolice"),), ())
resources = load_resources(Settings())
signal.alarm(10)  # coding three tokens takes milliseconds; SIGALRM ends a runaway walk
code_parsed(Article.create(text=doc.text, doc_id="fuzz"), doc, resources)
print("coded")
"""


def test_the_coder_takes_a_parse_whose_heads_form_a_cycle(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[2] / "src"
    try:
        done = subprocess.run([sys.executable, "-c", _CYCLE], capture_output=True, text=True, timeout=30,
                              env={**os.environ, "PYTHONPATH": str(src)})  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("coding a cyclic parse did not end within 30 s")
    assert done.returncode == 0 and "coded" in done.stdout, done.stderr
