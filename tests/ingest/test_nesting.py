"""The linear HTML depth scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.ingest.text.nesting import tag_depth


@pytest.mark.parametrize(
    ("html", "depth"),
    [
        ("no markup at all", 0),
        ("<p>one</p>", 1),
        ("<html><body><div><p>text</p></div></body></html>", 4),
        ("<div><br><img src=x><hr/></div>", 1),
        ("<div><span/></div>", 1),
        ("<ul><li>one<li>two<li>three</ul>", 2),
        ("<p>one<p>two<p>three", 1),
        ("<table><tr><td>a<td>b<tr><td>c</table>", 3),
        ("<div><!-- <div><div><div> --></div>", 1),
        ("<script>if (a < b) { x = '<div><div><div>'; }</script><p>x</p>", 1),
        ("<DIV><Div><div></DIV>", 3),
        ("<div><section></div><div>", 2),
        ("</div></div><p>stray end tags</p>", 1),
        ("<div" , 0),
        ("a < b and c > d", 0),
    ],
)
def test_tag_depth(html: str, depth: int) -> None:
    assert tag_depth(html) == depth


def test_tag_depth_measures_pathological_nesting() -> None:
    assert tag_depth("<div>" * 50_000 + "deep" + "</div>" * 50_000) == 50_000


def test_tag_depth_closes_unclosed_children_with_their_parent() -> None:
    html = ("<div>" + "<span>" * 10 + "</div>") * 1000
    assert tag_depth(html) == 11


@given(st.integers(min_value=0, max_value=3000), st.sampled_from(["div", "section", "span", "b"]))
def test_tag_depth_counts_nested_elements(levels: int, tag: str) -> None:
    assert tag_depth(f"<{tag}>" * levels + "x" + f"</{tag}>" * levels) == levels


@given(st.text(alphabet=st.sampled_from(list("<>/!-divp a=\"'x")), max_size=300))
def test_tag_depth_never_fails_on_junk(html: str) -> None:
    assert 0 <= tag_depth(html) <= html.count("<")
