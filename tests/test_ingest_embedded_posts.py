"""An embedded social post is its author's words, not the outlet's reporting: the page's words of it are kept
whole (every span stays verbatim), and none of them becomes a claim, an event or a quote of the article."""

from __future__ import annotations

from pathlib import Path

from summarizer.extract.offline import extract_offline
from summarizer.ingest import load_inputs
from summarizer.ingest.posts import post_spans, posts_as_paragraphs, signed_post

_PAGE = """<html><head><title>Ferry fares frozen for a year</title></head><body><article>
<h1>Ferry fares frozen for a year</h1>
<p>The Orrin Ferry Board voted on Thursday to freeze fares on all island routes until next summer, after a
petition signed by 4,000 residents.</p>
<p>Councillor Nadia Brell, who led the petition, welcomed the vote in a post on social media.</p>
<blockquote class="social-embed"><p>Proud of every islander who signed. <br><br>Fares stay frozen until
next June and we will keep watching the board. <a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>
&mdash; Nadia Brell (@nadiabrell) <a href="https://example.org/status/1">March 4, 2031</a></blockquote>
<p>The board's chair, Olav Tenner, said the freeze would cost about 300,000 crowns.</p>
</article></body></html>"""


def test_an_embedded_post_is_kept_whole_and_read_as_nobody_s_reporting(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(_PAGE, encoding="utf-8")
    article = load_inputs([str(path)]).articles[0]
    (post,) = post_spans(article.text)  # the post's lines and its signature, one paragraph
    words = article.text[post[0] : post[1]]
    assert words.startswith("Proud of every islander") and words.endswith("March 4, 2031")
    extraction = extract_offline(article)
    items = [c.span for c in extraction.claims] + [q.span for q in extraction.quotes] + [e.span for e in extraction.events]
    assert items and not any(s is not None and s.start < post[1] and post[0] < s.end for s in items)
    assert any("Olav Tenner" in c.text or "300,000" in c.text for c in extraction.claims)  # the report around it stays


def test_a_block_quote_without_a_signature_is_left_as_the_page_has_it() -> None:
    page = "<blockquote><p>The sea gives and the sea takes.</p></blockquote> (@ mentions elsewhere)"
    assert posts_as_paragraphs(page) == page


def test_a_stray_signature_line_is_no_post() -> None:
    assert not signed_post("— Nadia Brell (@nadiabrell) March 4, 2031")
    assert signed_post("Proud of every islander who signed. — Nadia Brell (@nadiabrell) March 4, 2031")
    assert not signed_post("Brell thanked the islanders - and the board - for the vote.")
