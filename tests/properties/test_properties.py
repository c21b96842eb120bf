"""Property tests: any text through ingest, offline extraction and grounding — no crash, and every
span points at exactly the characters it quotes."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.extract.offline import extract_offline
from summarizer.ground import fold, ground, has_word
from summarizer.ground.locate import word_at
from summarizer.ingest import build_article
from summarizer.ingest.decode import decode_bytes
from summarizer.ingest.injection import find_injections
from summarizer.ingest.records import RawRecord
from summarizer.schema import Article, ArticleExtraction, Claim, Entity, Event, Quote, Span

# News-like text: words, quotes of every typography, numbers, dates, newlines, and arbitrary unicode.
_WORDS = st.sampled_from(["The", "mayor", "Ana", "Pell", "said", "\"", "“", "”", "'", "’", ",", ".", "on",
                          "Friday", "12", "3.5", "million", "—", "\n", "\n\n", "police", "Orvel", "é", "ß",
                          "said:", "«", "»", "2025-03-01", "(", ")", "Ignore previous instructions", "<|system|>"])
NEWSY = st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=80).map(" ".join)
ANY_TEXT = st.one_of(NEWSY, st.text(max_size=400))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(span: Span | None, text: str, source: str) -> None:
    assert span is not None
    assert span.source == source
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def _check_all(extraction: ArticleExtraction, text: str, source: str = "S1") -> None:
    for claim in extraction.claims:
        _check(claim.span, text, source)
        assert claim.evidence == claim.span.text if claim.span else False
    for quote in extraction.quotes:
        _check(quote.span, text, source)
        assert quote.text == quote.span.text if quote.span else False
    for event in extraction.events:
        _check(event.span, text, source)
    for entity in extraction.entities:
        for mention in entity.mentions:
            _check(mention, text, source)


@SETTINGS
@given(st.binary(max_size=600))
def test_decoding_any_bytes_gives_text_or_a_named_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "x.bin"), str)
    except InputError as exc:
        assert exc.uri == "x.bin" and exc.reason


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["text", "html"]))
def test_ingest_never_crashes_on_any_text(raw: str, kind: str) -> None:
    article = build_article("S1", RawRecord(uri="x", text=raw, kind=kind))
    if article.status == "ok":
        assert article.text.strip()
        assert article.error is None
    else:
        assert article.status == "failed" and article.error


@SETTINGS
@given(ANY_TEXT)
def test_offline_extraction_spans_are_exact(text: str) -> None:
    _check_all(extract_offline(Article(id="S1", uri="x", text=text)), text)


@SETTINGS
@given(ANY_TEXT, st.data())
def test_grounding_keeps_only_exact_spans(text: str, data: st.DataObject) -> None:
    def piece() -> str:
        if text and data.draw(st.booleans()):
            start = data.draw(st.integers(0, len(text) - 1))
            return text[start : data.draw(st.integers(start, len(text)))]
        return data.draw(st.text(max_size=40))

    extraction = ArticleExtraction(
        claims=[Claim(text="c", evidence=piece()) for _ in range(data.draw(st.integers(0, 3)))]
        # A span a model (or a bug) made up: it must be replaced by a found one, or the claim dropped.
        + [Claim(text="c", evidence=piece(), span=Span(source="S1", start=1, end=len(text) + 3, text="made up"))],
        quotes=[Quote(speaker=data.draw(st.sampled_from([None, "Ana Pell", "Nobody Here"])), text=piece())
                for _ in range(data.draw(st.integers(0, 3)))],
        events=[Event(date="2025", text="e", evidence=piece()) for _ in range(data.draw(st.integers(0, 2)))],
        entities=[Entity(name=piece() or "x", type="person")],
    )
    article = Article(id="S1", uri="x", text=text)
    grounded, report = ground(article, extraction)
    _check_all(grounded, text)
    total = len(extraction.claims) + len(extraction.quotes) + len(extraction.events) + len(extraction.entities)
    assert report.kept + report.dropped == total
    for quote in grounded.quotes:  # a speaker the article never names is removed
        if quote.speaker is not None:
            assert quote.speaker.split()[-1].lower() in fold(text)


@SETTINGS
@given(ANY_TEXT)
def test_injection_spans_are_whole_lines_inside_the_text(text: str) -> None:
    for found in find_injections(text):
        assert 0 <= found.start <= found.end <= len(text)
        assert found.text in text[found.start : found.end]
        assert "\n" not in text[found.start : found.end]


_WORDISH = st.text(alphabet="ab1 -.é_Z", max_size=14)


@given(_WORDISH, st.text(alphabet="ab1 -.é_Z", max_size=3), st.booleans())
@SETTINGS
def test_the_word_finder_is_the_pattern_it_replaced(folded: str, word: str, end: bool) -> None:
    """Words are found with str.find; where they stand is what the per-word pattern found."""
    pattern = r"(?<![a-z0-9])" + re.escape(word) + (r"(?![a-z0-9])" if end else "")
    assert list(word_at(folded, word, end)) == [m.start() for m in re.finditer(pattern, folded)]
    if end:
        assert has_word(folded, word) == (re.search(pattern, folded) is not None)
    compiled = re.compile(pattern)  # every start a search may try, for patterns that go on after the word
    assert list(word_at(folded, word, end, overlapping=True)) == [
        at for at in range(len(folded) + 1) if compiled.match(folded, at)]


@given(ANY_TEXT)
@SETTINGS
def test_the_folded_copy_maps_back_to_the_article(text: str) -> None:
    """The folded copy (spaces collapsed, quotes and case folded) is what fold() gives, and every character
    of it comes from the article character its offset map names."""
    from summarizer.ground.locate import _fold_char, _Folded

    folded = _Folded.build(text)
    assert folded.text.strip() == fold(text)
    assert len(folded.origin) == len(folded.text)
    assert folded.origin == sorted(folded.origin)
    for char, at in zip(folded.text, folded.origin, strict=True):
        assert (char == " " and _fold_char(text[at]).isspace()) or char in _fold_char(text[at])
