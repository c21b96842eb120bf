"""The HTML page in a real headless Chromium: sections, evidence highlighting, keyboard, phone, print, XSS."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from summarizer.pipeline import Options, arun
from summarizer.render.html import render_html
from summarizer.schema import Briefing

from .conftest import ARTICLES, XSS_IMG, XSS_SCRIPT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Open a rendered page from a file (as an editor would), failing the test on any script error."""
    pages: list[tuple[Any, list[str]]] = []

    def _open(html: str, width: int = 1280, height: int = 900) -> Any:
        path = tmp_path / f"page{len(pages)}.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": height})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.goto(path.as_uri())
        pages.append((page, errors))
        return page

    yield _open
    for page, errors in pages:
        page.close()
        assert errors == [], f"script errors or CSP violations on the page: {errors}"


def mark_text(page: Any) -> str:
    return str(page.locator("#evidence-mark").text_content())


def test_every_section_renders(open_page: Any, briefing: Briefing, articles: dict[str, str]) -> None:
    page = open_page(render_html(briefing, articles))
    assert page.locator("h1").text_content() == "Tessel harbour reopens after four-day closure"
    headings = page.locator("main section > h2").all_text_contents()
    assert headings == ["Key points", "Where sources disagree", "Figures updated over time", "Timeline", "Quotes",
                        "People and organisations", "Sources", "Warnings"]
    assert page.locator("#key-points li").count() == 2
    assert page.locator("#key-points [data-corroboration]").first.text_content() == "2 independent sources"
    # Discrepancies: one row per position, the subject spanning its positions.
    assert page.locator("#discrepancies tbody tr").count() == 4
    assert page.locator("#discrepancies th[rowspan='2']").all_text_contents()[0].startswith("Boats that returned")
    assert page.locator("#timeline time").evaluate_all("els => els.map(e => e.dateTime)") == ["2025-06-03", "2025-05"]
    assert page.locator("#quotes h3").all_text_contents() == ["Ines Kolar · harbourmaster", "Unattributed"]
    assert page.locator("#quotes .variants li").count() == 1
    assert page.locator("#people .entity-name").all_text_contents() == ["Ines Kolar", "Tessel Harbour Board"]
    s1 = page.locator("#source-S1")
    assert "Tessel Tidings" in s1.text_content() and "Subscribe to our newsletter" in s1.text_content()
    assert "empty file" in page.locator("#source-S3").text_content()


@pytest.mark.parametrize(("selector", "expected"), [
    ("#key-points li:nth-child(1) button.chip[data-source='S1']",
     "The harbour of Tessel reopened on Tuesday after a four-day closure, the harbour board said."),
    ("#key-points li:nth-child(1) button.chip[data-source='S2']",
     "The harbour of Tessel reopened on Tuesday, officials said."),
    ("#discrepancies tbody:nth-of-type(1) tr:nth-child(1) button.chip", "About 300 boats returned by nightfall."),
    ("#discrepancies tbody:nth-of-type(2) tr:nth-child(2) button.chip",
     "Repairs will cost 3 million florins, a guild leader said."),
    ("#quotes button.quote-text", "We are open for business again,"),
    ("#quotes .variants button.chip", "We are open again,"),
    ("#people li:nth-child(1) .roles button.chip", "Ines Kolar"),
    # The summary at the top: its chips are the same evidence buttons as the full rows'.
    ("#at-a-glance li:nth-child(1) button.chip[data-source='S1']", "About 300 boats returned by nightfall."),
    ("#at-a-glance li:nth-child(1) button.chip[data-source='S2']",
     "Some 500 boats came back, according to the fishers' guild."),
    ("#at-a-glance li:nth-child(2) button.chip[data-source='S2']",
     "Repairs will cost 3 million florins, a guild leader said."),
])
def test_selecting_a_chip_or_quote_highlights_exactly_its_span(
    open_page: Any, briefing: Briefing, articles: dict[str, str], selector: str, expected: str
) -> None:
    page = open_page(render_html(briefing, articles))
    trigger = page.locator(selector).first
    trigger.click()
    source = trigger.get_attribute("data-source")
    assert mark_text(page) == expected
    # The highlight sits at the article's own offset: the text before it is the article's prefix.
    shown = str(page.locator("#article-text").text_content())
    assert shown == ARTICLES[str(source)]
    assert shown.index(expected) == ARTICLES[str(source)].index(expected)
    assert page.locator("#evidence-title").text_content().startswith(str(source))
    assert page.locator("#evidence-mark").is_visible()
    assert trigger.get_attribute("aria-pressed") in ("true", None)  # chips say they are selected; quotes have no state


def test_disagreements_are_summed_up_above_the_key_points(
    open_page: Any, briefing: Briefing, articles: dict[str, str]
) -> None:
    page = open_page(render_html(briefing, articles), width=1280, height=900)
    callout = page.locator("#at-a-glance")
    assert callout.locator("h2").text_content() == "Sources disagree on 2 points"
    lines = callout.locator("li").all_text_contents()
    assert len(lines) == len(briefing.discrepancies)
    assert lines[0].startswith("Boats that returned: about 300 S1")
    assert XSS_SCRIPT in lines[0]  # the hostile position shown as text
    assert callout.locator("li").nth(1).locator("button.chip").all_text_contents() == ["S1", "S2"]
    # Above the fold, between the overview and the key points.
    box, points = callout.bounding_box(), page.locator("#key-points").bounding_box()
    overview = page.locator(".overview").bounding_box()
    assert box is not None and points is not None and overview is not None
    assert overview["y"] < box["y"] and box["y"] + box["height"] <= min(points["y"], 900)


@pytest.mark.parametrize(("index", "subject"), [(0, "Boats that returned"), (1, "Cost of repairs")])
def test_summary_links_go_to_the_full_rows(
    open_page: Any, briefing: Briefing, articles: dict[str, str], index: int, subject: str
) -> None:
    page = open_page(render_html(briefing, articles), width=1280, height=700)
    page.locator("#at-a-glance a.glance-subject").nth(index).click()
    target = page.locator(":target")
    assert page.evaluate("location.hash") == f"#discrepancy-{index + 1}"
    assert target.evaluate("e => e.tagName + ' in ' + e.closest('section').id") == "TBODY in discrepancies"
    assert str(target.locator("th").text_content()).startswith(subject)
    assert target.locator("tr").count() == len(briefing.discrepancies[index].positions)
    assert target.is_visible() and page.evaluate("window.scrollY") > 0  # the page moved to the row
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 700


def test_source_warnings_sit_next_to_the_disagreements_and_the_source(
    open_page: Any, briefing: Briefing, articles: dict[str, str]
) -> None:
    page = open_page(render_html(briefing, articles))
    callout = page.locator("#source-warnings")
    assert callout.locator("h2").text_content() == "Check before use: 2 warnings"
    items = callout.locator("li")
    assert items.count() == 2  # S2's warning, given twice by the pipeline, once here
    assert items.nth(0).locator("button.chip").text_content() == "S2"
    assert str(items.nth(0).text_content()).startswith("S2 instruction-like text")
    assert XSS_IMG in str(items.nth(0).text_content())  # quoted article markup stays text
    assert items.nth(1).locator(".chip.static").text_content() == "S3"  # no text to show: a label
    order = page.evaluate("[...document.querySelectorAll('#at-a-glance, #source-warnings, #key-points')].map(e => e.id)")
    assert order == ["at-a-glance", "source-warnings", "key-points"]
    items.nth(0).locator("button.chip").click()
    assert page.locator("#evidence-title").text_content().startswith("S2")
    card = page.locator("#source-S2")
    assert card.locator(".status-warned").text_content() == "1 warning"
    assert card.locator("ul.source-warnings li").all_text_contents() == [
        "instruction-like text in the article, treated as data and not cited: " + repr(XSS_IMG)]
    assert page.locator("#source-S1 .status-warned").count() == 0


def test_hostile_article_markup_runs_nothing(open_page: Any, briefing: Briefing, articles: dict[str, str]) -> None:
    page = open_page(render_html(briefing, articles))
    page.locator("#key-points li:nth-child(2) button.chip").click()  # renders S2, the hostile article
    page.locator("#source-S2 button.chip").click()
    page.wait_for_timeout(200)  # an onerror handler would have fired by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 2  # our JSON block and our viewer, nothing injected
    assert XSS_SCRIPT in str(page.locator("#article-text").text_content())  # shown as text, not run
    assert "<b>open</b>" in str(page.locator("#source-S2 h3").text_content())
    assert page.locator("a[href^='javascript']").count() == 0


def test_keyboard_reaches_a_chip_and_escape_returns_focus(
    open_page: Any, briefing: Briefing, articles: dict[str, str]
) -> None:
    page = open_page(render_html(briefing, articles), width=390, height=800)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('chip')"):
            break
    else:
        pytest.fail("Tab never reached a source chip")
    chip_source = page.evaluate("document.activeElement.dataset.source")
    page.keyboard.press("Enter")
    assert mark_text(page) in ARTICLES[chip_source]
    assert page.locator("#evidence").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#evidence").is_visible()
    assert page.evaluate("document.activeElement.dataset.source") == chip_source


def test_readable_on_a_phone(open_page: Any, briefing: Briefing, articles: dict[str, str]) -> None:
    page = open_page(render_html(briefing, articles), width=360, height=740)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling
    assert not page.locator("#evidence").is_visible()
    assert page.locator("#at-a-glance li").count() == 2  # the summary is there, and fits too
    page.locator("#key-points button.chip").first.click()
    box = page.locator("#evidence").bounding_box()
    assert box is not None and box["y"] > 200 and box["y"] + box["height"] <= 741  # a bottom sheet
    page.locator("#evidence-close").click()
    assert not page.locator("#evidence").is_visible()


def test_print_hides_the_controls_and_keeps_the_content(
    open_page: Any, briefing: Briefing, articles: dict[str, str]
) -> None:
    page = open_page(render_html(briefing, articles))
    page.emulate_media(media="print")
    assert not page.locator("#evidence").is_visible()
    assert not page.locator("nav.toc").is_visible()
    assert page.locator("#discrepancies table").is_visible()
    assert page.locator("#at-a-glance li").first.is_visible() and page.locator("#source-warnings").is_visible()
    assert page.locator("#key-points button.chip").first.evaluate("e => getComputedStyle(e, '::before').content") == '"["'


def test_story_page_highlights_every_key_point_span(open_page: Any, story_dir: Path) -> None:
    # Playwright's sync API owns this thread's event loop, so the pipeline runs on its own thread.
    with ThreadPoolExecutor(1) as pool:
        result = pool.submit(asyncio.run, arun([story_dir], Options(backend="offline"))).result()
    page = open_page(render_html(result.briefing, result.article_texts))
    main = [p for p in result.briefing.key_points if p.tier == "main"]
    assert page.locator("#key-points > ol > li").count() == len(main)
    if len(main) < len(result.briefing.key_points):
        page.locator("#key-points details.more-details > summary").click()  # the folded rest opens on a click
    items = page.locator("#key-points ol.points > li")
    assert items.count() == len(result.briefing.key_points)
    checked = 0
    for index, point in enumerate(result.briefing.key_points):
        for span in point.evidence:
            chip = items.nth(index).locator(f"button.chip[data-source='{span.source}']")
            chip.click()
            assert mark_text(page) == span.text, (index, span.source)
            checked += 1
    assert checked >= len(result.briefing.key_points)
    # The story's conflicts are summed up at the top, each line leading to an existing row.
    assert result.briefing.discrepancies, "the test story is built to disagree"
    heading = page.locator("#at-a-glance h2").text_content()
    assert heading == f"Sources disagree on {len(result.briefing.discrepancies)} points"
    hrefs = page.locator("#at-a-glance a.glance-subject").evaluate_all("els => els.map(e => e.hash)")
    assert hrefs == [f"#discrepancy-{i + 1}" for i in range(len(result.briefing.discrepancies))]
    assert all(page.locator(f"#discrepancies tbody{h}").count() == 1 for h in hrefs)


def test_the_evidence_panel_says_how_a_passage_was_found(open_page: Any) -> None:
    from summarizer.schema import KeyPoint, SourceInfo, Span

    text = "The dam at Orvell held through the night, engineers said on Friday."
    exact = Span(source="S1", start=0, end=40, text=text[:40])
    briefing = Briefing(
        headline="The dam held",
        sources=[SourceInfo(id="S1", uri="a.txt", title="Dam holds"), SourceInfo(id="S2", uri="b.txt", title="Dam")],
        key_points=[
            KeyPoint(text="The dam held.", sources=["S1"], evidence=[exact]),
            KeyPoint(text="The dam held overnight.", sources=["S2"],
                     evidence=[exact.model_copy(update={"source": "S2", "alignment": "fuzzy"})]),
        ],
    )
    page = open_page(render_html(briefing, {"S1": text, "S2": text}))
    page.locator("#key-points > ol > li:nth-child(1) button.chip").click()
    assert "inexact" not in (page.locator("#evidence-meta").text_content() or "")
    page.locator("#key-points > ol > li:nth-child(2) button.chip").click()
    assert mark_text(page) == exact.text
    assert "close but inexact wording" in (page.locator("#evidence-meta").text_content() or "")
