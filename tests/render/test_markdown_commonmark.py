"""Red team, issue 14 item 2: the Markdown briefing rendered by a CommonMark renderer carries no live HTML.

Every value that comes from an article or an input (text, title, uri, file name, error) is hostile
here; the Markdown is rendered with markdown-it-py in its CommonMark preset (raw HTML allowed, as a
CMS would) and the HTML it makes must hold no tag, handler or ``javascript:`` link from the input.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from summarizer.render.markdown import md, render_markdown
from summarizer.schema import Briefing, KeyPoint, Notice, SourceInfo, Span, TimelineEntry

HOSTILE = [
    '`<img src=x onerror="alert(1)">`',
    "a`b\n<img src=x onerror=alert(2)>",
    "x\n\n<script>alert(3)</script>",
    "``` \n<svg onload=alert(4)>\n```",
    "[click](javascript:alert(5))",
    "![i](javascript:alert(6))",
    "<javascript:alert(7)>",
    "&lt;img src=x onerror=alert(8)&gt;",
    "&#60;img src=x onerror=alert(9)&#62;",
    "\x1b[31mred\x1b[0m <b>bold</b>",
    "# heading\n- item\n> quote\n1. one",
    "| a | b |\n|---|---|\n| <i>x</i> | y |",
    "[S1, S3] spoofed [x]: javascript:alert(10)",
]
SAFE_TAGS = {"h1", "h2", "p", "ul", "li", "strong", "em", "a", "blockquote", "table", "thead", "tbody", "tr",
             "th", "td", "code", "hr"}


def _briefing(value: str, uri: str) -> Briefing:
    span = Span(source="S1", start=0, end=5, text="Hello")
    return Briefing(
        headline=value,
        overview=f"{value} [S1]",
        key_points=[KeyPoint(text=value, sources=["S1"], evidence=[span], attribution=[value])],
        timeline=[TimelineEntry(date=value, text=value, sources=["S1"])],
        sources=[SourceInfo(id="S1", uri=uri, title=value, publisher=value, byline=value, published=value),
                 SourceInfo(id="S2", uri=uri, status="failed", error=value)],
        warnings=[Notice(source="S1", kind="ingest", message=value)],
    )


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("uri", ["https://ok.example/a", "https://x.example/`<img src=x onerror=alert(11)>`",
                                 "file`name\n<img src=y onerror=alert(12)>.txt", "javascript:alert(13)",
                                 "a\x1b[2Jb.txt"])
def test_no_raw_html_or_script_link_survives_commonmark(value: str, uri: str) -> None:
    html = _html(render_markdown(_briefing(value, uri)))
    tags = {t.lower() for t in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", html)}
    assert tags <= SAFE_TAGS, (tags - SAFE_TAGS, html)
    assert not re.search(r"\son\w+\s*=", html.replace("&quot;", '"').split(">", 1)[0]), html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h.startswith(("https://", "http://")) for h in hrefs), hrefs
    assert "\x1b" not in html


def test_a_backtick_or_newline_in_a_file_name_stays_text() -> None:
    uri = "notes`<img src=x onerror=alert(1)>`\n<img src=y onerror=alert(2)>.txt"
    line = render_markdown(_briefing("Title", uri)).split("## Sources\n", 1)[1]
    assert len(line.strip().splitlines()) == 2, "one line per source, the newline folded"
    html = _html(line)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_escaping_keeps_the_words_readable() -> None:
    text = "Fares rose 5% & tolls fell_sharply! See [report] <here>."
    html = _html(md(text))
    assert html == "<p>Fares rose 5% &amp; tolls fell_sharply! See [report] &lt;here&gt;.</p>\n"
    assert _html(md("1. not a list")) == "<p>1. not a list</p>\n"
    assert _html(md("# not a heading")) == "<p># not a heading</p>\n"
