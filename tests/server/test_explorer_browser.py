"""The explorer in a real browser: Playwright driving Debian's chromium (Playwright's own browser
download cannot work offline; .ci/run installs chromium with apt where it is absent).

The first test walks the explorer over a store of the example articles: moves the time slider,
clicks a tie, sees the dyad timeline and an evidence sentence with its highlights, saves a
screenshot (``DYADS_SCREENSHOT=docs/explorer.png`` saves it there too).  The second stores an
article whose text, title, actors and address are hostile markup and checks that all of it shows as
text and nothing of it runs.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from dyads.records import ActorMention, Article, DatePrecision, Event, EventDate, EventEvidence
from dyads.store import open_store
from dyads.store.articles import plan_insert, write_articles
from dyads.store.events import write_events
from tests.server.conftest import LiveServer, chromium_path, run_server, server_settings

pytestmark = pytest.mark.model  # the examples store is coded with the spaCy model


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        yield launched
        launched.close()


class Watched:
    """A page with its console errors, page errors, CSP violations and dialogs collected."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def open(self, url: str) -> Page:
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready=yes]", timeout=20_000)
        return self.page


def click_tie(page: Page, index: int = 0) -> tuple[str, str]:
    """A real mouse click at the middle of a drawn tie (a line's box can be flat, so by its ends)."""
    x, y, a, b = page.evaluate(
        """(i) => { const l = document.querySelectorAll('line.tie')[i]; const m = l.getScreenCTM();
           const x = (l.x1.baseVal.value + l.x2.baseVal.value) / 2, y = (l.y1.baseVal.value + l.y2.baseVal.value) / 2;
           return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f, l.dataset.a, l.dataset.b]; }""",
        index,
    )
    page.mouse.click(x, y)
    return a, b


def test_explorer_slider_tie_timeline_and_evidence(browser: Browser, live_examples: LiveServer, tmp_path: Path) -> None:
    watched = Watched(browser.new_page(viewport={"width": 1400, "height": 1000}))
    page = watched.open(live_examples.url + "/")
    network = page.locator("#network")
    ties_at_end = int(network.get_attribute("data-ties") or 0)
    assert ties_at_end >= 3 and page.locator("line.tie").count() == ties_at_end
    label_at_end = page.text_content("#slider-label")

    # (waits go through locators: the page's CSP forbids the eval a string predicate would need)
    page.focus("#slider")
    page.keyboard.press("Home")  # the first month with events: fewer ties drawn
    expect(page.locator("#slider-label")).not_to_have_text(label_at_end)
    first_label = page.text_content("#slider-label") or ""
    expect(network).to_have_attribute("data-window", first_label)
    assert int(network.get_attribute("data-ties") or 0) < ties_at_end
    page.keyboard.press("ArrowRight")  # one month on
    expect(page.locator("#slider-label")).not_to_have_text(first_label)
    page.keyboard.press("End")
    expect(network).to_have_attribute("data-window", label_at_end)
    expect(network).to_have_attribute("data-ties", str(ties_at_end))

    a, b = click_tie(page)
    # a bar of the dyad timeline is drawn (a quad class with no events is a bar of no height)
    page.wait_for_selector("#timeline rect.bar:not([height=\"0\"])", timeout=10_000)
    assert page.text_content("#dyad-name") == f"{a} – {b}"
    assert int(page.get_attribute("#timeline", "data-points") or 0) >= 1
    assert page.locator("#tie-events li").count() >= 1
    page.wait_for_selector("#evidence mark.trigger", timeout=10_000)
    marks = {m: page.locator(f"#evidence mark.{m}").count() for m in ("source", "target", "trigger")}
    assert marks["trigger"] >= 1 and marks["source"] + marks["target"] >= 1, marks
    evidence = page.text_content("#evidence") or ""
    assert "Goldstein" in evidence and "code" in evidence
    assert page.locator("#evidence #read-article").count() == 1

    page.locator("#events-table tbody tr").first.click()  # an event of the table shows its evidence too
    first_row_event = page.locator("#events-table tbody tr").first.get_attribute("data-event")
    expect(page.locator("#evidence")).to_have_attribute("data-event", first_row_event or "")

    shot = tmp_path / "explorer.png"
    a, b = click_tie(page)
    expect(page.locator("#dyad-name")).to_have_text(f"{a} – {b}")
    latest = page.locator("#tie-events li").last.get_attribute("data-event")
    expect(page.locator("#evidence")).to_have_attribute("data-event", latest or "")
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 20_000
    if os.environ.get("DYADS_SCREENSHOT"):
        shutil.copy(shot, os.environ["DYADS_SCREENSHOT"])
    assert watched.problems == []


def test_event_table_filters_and_pages(browser: Browser, live_examples: LiveServer) -> None:
    watched = Watched(browser.new_page())
    page = watched.open(live_examples.url + "/")
    total = page.text_content("#events-count") or ""
    page.fill("#filters input[name=code]", "04")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events-count")).not_to_have_text(total)
    codes = page.locator("#events-table tbody tr td:nth-child(3)").all_text_contents()
    assert codes and all(c.startswith("04") for c in codes)
    page.fill("#filters input[name=code]", "4")
    page.click("#filters button[type=submit]")
    expect(page.locator("#status")).to_contain_text("not a CAMEO code")
    assert watched.problems == [] or all("400" in p for p in watched.problems)


HOSTILE_TEXT = (
    'Russia <script>window.pwned = "script"</script> condemned <img src=x onerror="window.pwned=\'img\'"> China '
    '<a href="javascript:window.pwned=\'link\'">here</a> on Monday.'
)
HOSTILE_TITLE = '<svg onload="window.pwned=\'title\'">Breaking</svg>'


def hostile_store(path: Path) -> Path:
    article = Article.create(text=HOSTILE_TEXT, doc_id="h1", title=HOSTILE_TITLE, published=dt.date(2015, 3, 2),
                             url="javascript:window.pwned='url'", outlet='<b onmouseover="window.pwned=1">Wire</b>')  # fmt: skip
    start = HOSTILE_TEXT.index("condemned")
    source = ActorMention("h1", "Russia <script>", 0, 6, "RUSGOV", "RUS", "GOV", '<i onclick="window.pwned=2">Kremlin</i>')
    target = ActorMention("h1", "China", HOSTILE_TEXT.index("China"), HOSTILE_TEXT.index("China") + 5, "CHNGOV", "CHN",
                          "GOV", "China")  # fmt: skip
    evidence = EventEvidence(HOSTILE_TEXT, 0, len(HOSTILE_TEXT), "condemned", start, start + 9, "<condemn>",
                             (0, 6), (target.start, target.end))  # fmt: skip
    event = Event("hx", "h1", source, target, "111", "11", '<img src=x onerror="window.pwned=3">Criticize', -2.0, 3,
                  None, None, None, (evidence,), date=EventDate(dt.date(2015, 3, 2), dt.date(2015, 3, 2),
                  DatePrecision.DAY, "Monday"))  # fmt: skip
    with open_store(path) as store:
        new, _ = plan_insert(store, [article])
        with store.transaction():
            write_articles(store, new)
            write_events(store, [event])
    return path


def test_hostile_article_shows_as_text_and_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    for live in run_server(server_settings(hostile_store(tmp_path / "hostile.duckdb"))):
        watched = Watched(browser.new_page())
        page = watched.open(live.url + "/")
        click_tie(page)
        page.wait_for_selector("#evidence mark.trigger")
        evidence = page.text_content("#evidence") or ""
        assert '<script>window.pwned = "script"</script>' in evidence
        assert "<img src=x onerror=" in evidence and 'href="javascript:' in evidence
        assert page.locator("#evidence mark.source").text_content() == "Russia"
        assert page.locator("#evidence a#article-link").count() == 0  # a javascript: address is never a link
        page.click("#read-article")
        expect(page.locator("#article-text")).not_to_be_empty()
        assert page.text_content("#article-text") == HOSTILE_TEXT
        assert page.text_content("#article-title") == HOSTILE_TITLE
        assert '<b onmouseover="window.pwned=1">Wire</b>' in (page.text_content("#article-meta") or "")
        assert "Criticize" in (page.text_content("#events-table") or "")
        page.hover("#article-meta")
        page.click("#events-table tbody tr")
        for scope in ("#evidence", "#article", "#events-table", "#tie-events", "#network"):
            assert page.locator(f"{scope} script, {scope} img, {scope} iframe, {scope} b, {scope} i, {scope} a[href^=javascript]").count() == 0
        page.wait_for_timeout(300)
        assert page.evaluate("() => window.pwned") is None
        assert watched.problems == []
