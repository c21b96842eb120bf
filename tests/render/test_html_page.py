"""The HTML page without a browser: self-containment, the CSP, escaping and span verification."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from summarizer.render import render
from summarizer.render._html_sections import Chips, human_date, utf16_offset
from summarizer.render.html import json_for_script, render_html
from summarizer.schema import Briefing, Span

from .conftest import XSS_IMG, XSS_SCRIPT


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_page_is_self_contained(briefing: Briefing, articles: dict[str, str]) -> None:
    page = render_html(briefing, articles)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", page)
    # The only absolute URL is the http(s) source link an editor follows on purpose.
    assert re.findall(r'href="(https?:[^"]*)"', page) == ["https://tessel.example/harbour"]


def test_csp_allows_exactly_our_style_and_script(briefing: Briefing, articles: dict[str, str]) -> None:
    page = render_html(briefing, articles)
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert style and csp and len(scripts) == 1
    policy = csp.group(1).replace("&#x27;", "'")
    assert "default-src 'none'" in policy
    assert f"style-src {_sha(style.group(1))};" in policy
    assert f"script-src {_sha(scripts[0])};" in policy


def test_article_markup_never_reaches_the_page_as_markup(briefing: Briefing, articles: dict[str, str]) -> None:
    page = render_html(briefing, articles)
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert "<img" not in page and "<b>open" not in page  # tags from articles only ever as escaped text
    block = re.search(r'<script type="application/json" id="articles-data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1)
    assert json.loads(block.group(1))["S2"]["text"] == articles["S2"]


def test_json_for_script_cannot_close_its_element() -> None:
    value = {"text": "</script><script>alert(1)</script> & <!--"}
    encoded = json_for_script(value)
    assert "</" not in encoded and "<!--" not in encoded and "&" not in encoded
    assert json.loads(encoded) == value


def test_a_stale_span_shows_the_article_instead_of_wrong_words() -> None:
    chips = Chips({"S1": "Alpha beta gamma."}, {"S1": "T"})
    good = Span(source="S1", start=6, end=10, text="beta")
    stale = Span(source="S1", start=0, end=4, text="beta")
    assert 'data-start="6" data-end="10"' in chips.chip("S1", good)
    assert "data-start" not in chips.chip("S1", stale) and 'data-source="S1"' in chips.chip("S1", stale)
    assert "<button" not in chips.chip("S9", good)  # no text to show: a plain label, not a dead button


def test_a_chip_says_when_its_passage_was_not_found_word_for_word() -> None:
    chips = Chips({"S1": "Alpha beta gamma."}, {"S1": "T"})
    exact = Span(source="S1", start=6, end=10, text="beta")
    fuzzy = exact.model_copy(update={"alignment": "fuzzy"})
    assert "data-alignment" not in chips.chip("S1", exact)
    assert 'data-alignment="fuzzy"' in chips.chip("S1", fuzzy)
    assert "data-alignment" not in chips.chip("S1", fuzzy.model_copy(update={"start": 0}))  # stale: no passage


def test_offsets_are_converted_to_utf16_units() -> None:
    text = "🚢 ab"
    assert utf16_offset(text, 2) == 3 and utf16_offset("plain", 3) == 3


def test_dates_read_like_dates() -> None:
    assert [human_date(d) for d in ("2025-03-04", "2025-03", "2025", "2025-13")] == [
        "4 Mar 2025", "Mar 2025", "2025", "2025-13"]


def test_render_dispatch_passes_article_texts(briefing: Briefing, articles: dict[str, str]) -> None:
    page = render(briefing, "html", articles)
    assert page.startswith("<!doctype html>") and 'data-start="' in page
    assert "<h2 id=\"h-discrepancies\">Where sources disagree</h2>" in page


def test_without_article_texts_chips_are_labels_not_dead_buttons(briefing: Briefing) -> None:
    page = render_html(briefing, {})
    assert 'class="chip"' not in page and 'class="chip static"' in page
    assert '"articles-data">{}</script>' in page


def test_summary_of_disagreements_counts_them_and_is_absent_when_sources_agree(
    briefing: Briefing, articles: dict[str, str]
) -> None:
    page = render_html(briefing, articles)
    assert '<h2 id="h-at-a-glance">Sources disagree on 2 points</h2>' in page
    assert page.index('id="at-a-glance"') < page.index('id="key-points"')
    assert page.count('class="glance-subject" href="#discrepancy-') == 2
    assert '<tbody id="discrepancy-1">' in page and '<tbody id="discrepancy-2">' in page
    one = briefing.model_copy(update={"discrepancies": briefing.discrepancies[:1]})
    assert "Sources disagree on 1 point<" in render_html(one, articles)
    agreed = render_html(briefing.model_copy(update={"discrepancies": [], "warnings": [], "sources": []}), articles)
    assert 'id="at-a-glance"' not in agreed and 'id="source-warnings"' not in agreed
    assert "do not contradict each other" in agreed  # the section still says so
