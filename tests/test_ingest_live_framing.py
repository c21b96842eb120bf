"""A live blog's own framing, on invented pages: the presenter's greeting, hand-back and thanks in the outlet's
voice ("Good morning and welcome to our rolling coverage", "We'll bring you more as it comes in", "That's all from
us for today") and the browser's notice about scripts are the page's, not the story's. The facts beside them stay,
and so does the news of the outlet's own "we" ("We saw the first boats leave")."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.ingest import build_article, load_inputs
from summarizer.ingest.clean import clean_text
from summarizer.ingest.records import RawRecord

_PAGE = """<html><head><title>Harbour regatta live: storm cuts the race short | Brenmouth Evening Star</title></head><body>
<header><a href="/">Brenmouth Evening Star</a><p class="noscript">Enable JavaScript in your browser to view the latest posts.</p></header>
<article><h1>Harbour regatta live: storm cuts the race short</h1>
<p class="byline">By Tamsin Okoro-Lind</p>
<div class="entry"><time>17:05</time><p>That concludes our live blog for today. The race committee abandoned the final
leg at 16:40 after gusts of 50 knots hit the outer mark. Many thanks for reading along with us.</p></div>
<div class="entry"><time>15:20</time><p>Three boats have capsized near the breakwater and all twelve crew were picked up by the
lifeboat, the coastguard said. We'll bring you more as it comes in.</p></div>
<div class="entry"><time>14:00</time><p>We saw the first boats leave the inner harbour just after two o'clock, with 38 yachts
entered this year.</p></div>
<div class="entry"><time>13:30</time><p>Good afternoon and welcome to our rolling coverage of the Brenmouth harbour regatta.
Forecasters have warned of a squall line moving in from the west by mid-afternoon.</p></div>
</article></body></html>"""


def _page(tmp_path: Path) -> str:
    path = tmp_path / "regatta.html"
    path.write_text(_PAGE, encoding="utf-8")
    return load_inputs([str(path)]).articles[0].text


def test_a_live_blogs_framing_sentences_go_and_its_facts_stay(tmp_path: Path) -> None:
    text = _page(tmp_path)
    for framing in ("concludes our live blog", "Many thanks for reading", "bring you more", "welcome to our rolling coverage"):
        assert framing not in text
    for fact in ("abandoned the final leg at 16:40", "all twelve crew were picked up", "squall line moving in",
                 "We saw the first boats leave"):
        assert fact in text


def test_a_browser_notice_and_the_repeated_title_are_no_text(tmp_path: Path) -> None:
    text = _page(tmp_path)
    assert "JavaScript" not in text
    assert "storm cuts the race short" not in text


@pytest.mark.parametrize("notice", ["Please enable JavaScript to view the comments powered by Disqus.",
                                    "Your browser does not support the video tag.",
                                    "JavaScript is disabled in your browser, so live updates will not load.",
                                    "You are using an outdated browser. Please upgrade your browser to improve your experience."])
def test_a_browser_or_script_notice_line_is_page_chrome(notice: str) -> None:
    cleaned = clean_text("Bridge closed after lorry strike\n\n" + notice + "\n\nThe Marl Street bridge was closed on Monday "
                         "after a lorry struck its parapet, the council said, and engineers will inspect it on Tuesday.\n")
    assert notice not in cleaned.text
    assert "engineers will inspect it" in cleaned.text


@pytest.mark.parametrize("kept", ["Engineers said the new software would not run without JavaScript enabled on the ticket machines.",
                                  "We will not leave until the council listens, the protesters' leader said.",
                                  "The coverage of the trial was criticised by the judge, who said updates had named a witness."])
def test_news_about_scripts_coverage_or_a_speakers_we_stays(kept: str) -> None:
    cleaned = clean_text("Council meeting\n\n" + kept + " The vote was put off until March by six votes to four.\n")
    assert kept in cleaned.text


def test_framing_in_a_text_live_blog_goes_from_the_lines_it_opens_or_closes() -> None:
    text = ("Flood warnings live\n\n09:10 Good morning and welcome to our live updates on the flooding along the Tarrow.\n\n"
            "09:25 The river reached 4.2 metres at Kelby bridge overnight, the agency said. Stay with us for the latest.\n\n"
            "11:40 That's where we'll pause our coverage for now. Sandbags are available at the Kelby fire station until 6pm.\n")
    article = build_article("S1", RawRecord(uri="flood.txt", text=text))
    assert "welcome to our live updates" not in article.text and "pause our coverage" not in article.text
    assert "Stay with us" not in article.text
    assert "4.2 metres at Kelby bridge" in article.text and "Sandbags are available" in article.text
