"""A fictional briefing with every section filled, hostile markup in its articles, and a browser.

The briefing is built by hand (not by the merger) so the page tests do not move when the merger's
output does; spans are computed from the texts, never typed, so they are right by construction.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.schema import (
    Briefing,
    Discrepancy,
    EntityRole,
    KeyPoint,
    MergedEntity,
    MergedQuote,
    Notice,
    Position,
    QuoteVariant,
    SourceInfo,
    Span,
    TimelineEntry,
    Usage,
)

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'

# What ingest says when an article carries instructions; it quotes the article, so it is hostile too.
INJECTION_WARNING = "instruction-like text in the article, treated as data and not cited: " + repr(XSS_IMG)

ARTICLES = {
    # The ship emoji sits before every span: a UTF-16 offset bug would shift each highlight by one.
    "S1": ("🚢 TESSEL — The harbour of Tessel reopened on Tuesday after a four-day closure, the harbour board said. "
           "About 300 boats returned by nightfall.\n\n"
           "\"We are open for business again,\" said harbourmaster Ines Kolar. "
           "Repairs will cost 2 million florins, the board said."),
    "S2": ("The harbour of Tessel reopened on Tuesday, officials said. " + XSS_SCRIPT + " "
           "Some 500 boats came back, according to the fishers' guild. " + XSS_IMG + "\n\n"
           "\"We are open again,\" Kolar told reporters. Repairs will cost 3 million florins, a guild leader said."),
}


def span(source: str, fragment: str) -> Span:
    text = ARTICLES[source]
    start = text.index(fragment)
    return Span(source=source, start=start, end=start + len(fragment), text=fragment)


def variant(source: str, fragment: str, speaker: str) -> QuoteVariant:
    s = span(source, fragment)
    return QuoteVariant(source=source, text=s.text, start=s.start, end=s.end, speaker=speaker)


def build_briefing() -> Briefing:
    reopened = [span("S1", "The harbour of Tessel reopened on Tuesday after a four-day closure, the harbour board said."),
                span("S2", "The harbour of Tessel reopened on Tuesday, officials said.")]
    return Briefing(
        headline="Tessel harbour reopens after four-day closure",
        overview="The harbour of Tessel reopened on Tuesday. [S1, S2] Reports differ on how many boats returned. [S1]",
        sources=[
            SourceInfo(id="S1", uri="https://tessel.example/harbour", title="Tessel harbour reopens",
                       publisher="Tessel Tidings", byline="Ana Wirt", published="2025-06-03",
                       removed=["Subscribe to our newsletter", "Share this article"]),
            SourceInfo(id="S2", uri="javascript:window.__pwned=1", title="Harbour <b>open</b> " + XSS_IMG,
                       publisher="Guild Gazette " + XSS_SCRIPT, warnings=[INJECTION_WARNING]),
            SourceInfo(id="S3", uri="missing.txt", status="failed", error="empty file"),
        ],
        key_points=[
            KeyPoint(text="The harbour of Tessel reopened on Tuesday after a four-day closure.", sources=["S1", "S2"],
                     evidence=reopened, independent_sources=2, attribution=["the harbour board"]),
            KeyPoint(text="Some 500 boats came back " + XSS_IMG, sources=["S2"], single_source=True,
                     evidence=[span("S2", "Some 500 boats came back, according to the fishers' guild.")]),
        ],
        discrepancies=[
            Discrepancy(subject="Boats that returned", kind="number", summary="S1 says about 300, S2 says 500.",
                        positions=[
                            Position(value="about 300", sources=["S1"],
                                     evidence=[span("S1", "About 300 boats returned by nightfall.")]),
                            Position(value="500 " + XSS_SCRIPT, sources=["S2"],
                                     evidence=[span("S2", "Some 500 boats came back, according to the fishers' guild.")]),
                        ]),
            Discrepancy(subject="Cost of repairs", kind="number", summary="2 or 3 million florins.",
                        positions=[
                            Position(value="2 million florins", sources=["S1"],
                                     evidence=[span("S1", "Repairs will cost 2 million florins, the board said.")]),
                            Position(value="3 million florins", sources=["S2"],
                                     evidence=[span("S2", "Repairs will cost 3 million florins, a guild leader said.")]),
                        ]),
        ],
        timeline=[TimelineEntry(date="2025-06-03", text="The harbour reopened.", sources=["S1", "S2"],
                                evidence=reopened),
                  TimelineEntry(date="2025-05", text="The harbour closed.", sources=["S1"])],
        quotes=[
            MergedQuote(speaker="Ines Kolar", speaker_role="harbourmaster", text="We are open for business again,",
                        sources=["S1", "S2"],
                        variants=[variant("S1", "We are open for business again,", "Ines Kolar"),
                                  variant("S2", "We are open again,", "Kolar")]),
            MergedQuote(speaker=None, text="Nobody told us " + XSS_IMG, sources=["S2"]),
        ],
        entities=[
            MergedEntity(name="Ines Kolar", type="person", aliases=["Kolar"],
                         roles=[EntityRole(role="harbourmaster", sources=["S1"])], sources=["S1", "S2"]),
            MergedEntity(name="Tessel Harbour Board", type="organization", sources=["S1"]),
            MergedEntity(name="Tessel", type="place", sources=["S1", "S2"]),
        ],
        usage=Usage(calls=2, prompt_tokens=1200, completion_tokens=300, cost_usd=0.0012),
        # As the pipeline writes them: a source's own warnings again here, tied to its id.
        warnings=[Notice(source="S2", kind="ingest", message=INJECTION_WARNING),
                  Notice(source="S3", kind="failed", message="missing.txt failed: empty file")],
        backend="llm", model="gpt-4o-mini",
    )


@pytest.fixture
def briefing() -> Briefing:
    return build_briefing()


@pytest.fixture
def articles() -> dict[str, str]:
    return dict(ARTICLES)


def find_chromium() -> str | None:
    """Debian's package installs /usr/bin/chromium; SUMMARIZER_CHROMIUM points at any other build."""
    configured = os.environ.get("SUMMARIZER_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium binary found (apt-get install chromium, or set SUMMARIZER_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # a test dependency, not an optional one: say so loudly
        pytest.fail("Chromium is present but playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()
