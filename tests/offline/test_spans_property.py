"""Property: for any text, extraction does not crash and every span points verbatim into the article."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.offline import extract_offline
from summarizer.schema import Article, ArticleExtraction, Span

_ALPHABET = st.sampled_from([*list("abcXYZ Okafor said, “”\"'‘’.!?\n0123456789$%-:()"), "Finance Minister ", "on Monday "])


def _check(span: Span | None, text: str) -> None:
    assert span is not None
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def _all_spans(extraction: ArticleExtraction, text: str) -> None:
    for claim in extraction.claims:
        _check(claim.span, text)
        assert claim.evidence == claim.span.text  # type: ignore[union-attr]
    for quote in extraction.quotes:
        _check(quote.span, text)
        assert quote.text == quote.span.text  # type: ignore[union-attr]
    for event in extraction.events:
        _check(event.span, text)
        assert event.evidence == event.span.text  # type: ignore[union-attr]
    for entity in extraction.entities:
        for mention in entity.mentions:
            _check(mention, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join), st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_any_text_gives_verbatim_spans(text: str, published: date | None) -> None:
    article = Article(id="S1", uri="mem://x", text=text, published=published)
    _all_spans(extract_offline(article), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_gives_verbatim_spans(text: str) -> None:
    article = Article(id="S1", uri="mem://x", text=text, published=date(2025, 2, 19))
    _all_spans(extract_offline(article), text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "By Jane Roe", "Follow us on Telegram", "tips@x.example", "pic.twitter.com/abc", "— A B (@ab) March 3, 2025",
    "![alt](http://x/y.png)", "Photo: a dock", "The strike ended on Monday, officials said.", "", "“We won,” she said.",
]), max_size=12).map("\n".join))
def test_cleaning_keeps_prose_and_never_crashes(raw: str) -> None:
    from summarizer.ingest.clean import clean_text

    cleaned = clean_text(raw)
    for line in raw.split("\n"):
        if line in ("The strike ended on Monday, officials said.", "“We won,” she said."):
            assert line in cleaned.text
    assert "\n\n\n" not in cleaned.text
