"""Long articles: exact paragraph-aligned slices with overlap, extracted concurrently, merged back."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.chunking import Chunk, merge_chunk_extractions, split_article
from summarizer.pipeline import Options, arun
from summarizer.schema import Article, ArticleExtraction, Claim, Entity, Quote, Span
from summarizer.testing.fake_openai import FakeOpenAI
from tests.perf.conftest import extraction_requests

paragraphs = st.lists(st.text(alphabet="abc .!\n", min_size=1, max_size=300), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(paragraphs, st.integers(min_value=40, max_value=900))
def test_chunks_are_exact_bounded_slices_covering_the_text(parts: list[str], limit: int) -> None:
    text = "\n\n".join(parts)
    chunks = split_article(text, limit)
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text  # offsets map back to the article
        assert len(chunk.text) <= limit or chunks == [Chunk(0, 0, text)]
    covered = set()
    for chunk in chunks:
        covered.update(range(chunk.start, chunk.end))
    # Every non-space character is in some chunk (only paragraph separators may fall between).
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(a.start < b.start for a, b in itertools.pairwise(chunks))


def test_consecutive_chunks_overlap_by_a_paragraph() -> None:
    text = "\n\n".join(f"Paragraph {i} says something about the port strike." for i in range(40))
    chunks = split_article(text, 400)
    assert len(chunks) > 3
    for first, second in itertools.pairwise(chunks):
        assert second.start < first.end  # the last paragraph of one chunk opens the next
    assert split_article("short", 400) == [Chunk(0, 0, "short")]


def test_merge_drops_overlap_doubles_and_shifts_spans() -> None:
    text = "A said one.\n\nB said two.\n\nC said three."
    first, second = Chunk(0, 0, text[:24]), Chunk(1, 13, text[13:])
    shared = Claim(text="B said two", evidence="B said two.", span=Span(source="S1", start=0, end=11, text="B said two."))
    merged = merge_chunk_extractions([
        (first, ArticleExtraction(claims=[Claim(text="A said one", evidence="A said one."),
                                          shared.model_copy(update={"span": None})],
                                  entities=[Entity(name="Port Authority", type="organization", roles=["operator"])])),
        (second, ArticleExtraction(claims=[shared, Claim(text="C", evidence="C said three.")],
                                   quotes=[Quote(speaker="C", text="three")],
                                   entities=[Entity(name="port authority", type="organization", aliases=["PA"])])),
    ])
    assert [c.evidence for c in merged.claims] == ["A said one.", "B said two.", "C said three."]
    assert len(merged.entities) == 1 and merged.entities[0].aliases == ["PA"]
    assert merged.entities[0].roles == ["operator"]
    assert len(merged.quotes) == 1
    shifted = merge_chunk_extractions([(second, ArticleExtraction(claims=[shared]))]).claims[0].span
    assert shifted is not None and text[shifted.start : shifted.end] == "B said two."


def test_long_article_is_read_in_parts_and_grounded(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    wire = (story_dir / "a_wire.txt").read_text(encoding="utf-8")
    article = Article(id="S1", uri="long.txt", text="\n\n".join([wire] * 6))
    result = asyncio.run(arun([article], replace(options, chunk_chars=2_000)))
    parts = extraction_requests(server)
    assert parts == len(split_article(article.text, 2_000)) > 1
    assert result.briefing.usage.calls == parts
    assert any("read in" in w.message and "parts" in w.message for w in result.briefing.warnings)
    record = result.records[0]
    assert record.extraction.claims
    for claim in record.extraction.claims:
        assert claim.span is not None and article.text[claim.span.start : claim.span.end] == claim.span.text
    # Overlap doubles were merged: no evidence sentence twice.
    evidence = [c.evidence for c in record.extraction.claims]
    assert len(evidence) == len(set(evidence))
    # All parts are cached: the same long article again costs nothing.
    again = asyncio.run(arun([article], replace(options, chunk_chars=2_000))).briefing.usage
    assert extraction_requests(server) == parts and again.cached_calls == parts


def test_a_failed_part_fails_the_article_with_its_cost(server: FakeOpenAI, options: Options) -> None:
    from summarizer.testing.fake_openai import Fault

    text = "\n\n".join(f"Paragraph {i}: the minister said the port would reopen on Monday." for i in range(60))
    server.script(*[Fault("status", status=400, match="Paragraph 0:")] * 4)
    ok = Article(id="S2", uri="ok.txt", text="The port reopened on Monday, officials said.")
    result = asyncio.run(arun([Article(id="S1", uri="long.txt", text=text), ok],
                              replace(options, chunk_chars=1_500)))
    source = result.briefing.sources[0]
    assert source.status == "failed" and source.error is not None and "part 1 of" in source.error
    assert result.briefing.usage.calls > 1
