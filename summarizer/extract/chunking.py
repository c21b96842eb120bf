"""Long articles: split by paragraphs with overlap, extract the parts, merge them back into one.

A model reads a long article worse than several short ones and its answer can be cut off, so an
article over the size limit becomes chunks that are extracted concurrently. Each chunk is an exact
slice of the article text (``article.text[start:start + len(text)]``), so any offset found inside a
chunk maps back to the article by adding ``start``. Consecutive chunks share a paragraph of overlap
so a statement on a boundary is seen whole at least once; the merge drops the doubles that creates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.schema import ArticleExtraction, Claim, Entity, Event, Quote, Span

CHUNK_CHARS = 12_000
OVERLAP_PARAGRAPHS = 1
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, separators excluded."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < len(text):
        spans.append((position, len(text)))
    return spans


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """A paragraph over the limit is cut at sentence ends, and at the limit only if a sentence is longer."""
    if end - start <= limit:
        return [(start, end)]
    cuts = [start] + [start + m.end() for m in _SENTENCE_END.finditer(text[start:end])] + [end]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    previous = start
    for cut in cuts[1:]:
        if cut - piece_start > limit and previous > piece_start:
            pieces.append((piece_start, previous))
            piece_start = previous
        while cut - piece_start > limit:
            pieces.append((piece_start, piece_start + limit))
            piece_start += limit
        previous = cut
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


def split_article(text: str, limit: int = CHUNK_CHARS, overlap: int = OVERLAP_PARAGRAPHS) -> list[Chunk]:
    """One chunk when the text fits, else paragraph-aligned chunks of at most ``limit`` characters."""
    if limit <= 0 or len(text) <= limit:
        return [Chunk(0, 0, text)]
    units = [piece for start, end in _paragraphs(text) for piece in _pieces(text, start, end, limit)]
    chunks: list[Chunk] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1][1] - units[first][0] <= limit:
            last += 1
        start, end = units[first][0], units[last][1]
        chunks.append(Chunk(len(chunks), start, text[start:end]))
        if last + 1 >= len(units):
            break
        # Step back by the overlap, but always move forward so the loop ends.
        first = max(first + 1, last + 1 - overlap)
    return chunks


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shift(span: Span | None, offset: int) -> Span | None:
    if span is None or offset == 0:
        return span
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def merge_chunk_extractions(parts: Sequence[tuple[Chunk, ArticleExtraction]]) -> ArticleExtraction:
    """One extraction for the whole article: spans shifted to article offsets, overlap doubles dropped.

    Claims keep chunk order (each chunk lists its most central first); an entity named in several
    chunks becomes one, with the union of its aliases and roles.
    """
    if len(parts) == 1 and parts[0][0].start == 0:
        return parts[0][1]
    claims: dict[str, Claim] = {}
    quotes: dict[tuple[str, str], Quote] = {}
    entities: dict[str, Entity] = {}
    events: dict[tuple[str, str], Event] = {}
    for chunk, extraction in sorted(parts, key=lambda part: part[0].index):
        for claim in extraction.claims:
            claims.setdefault(_key(claim.evidence) or _key(claim.text),
                              claim.model_copy(update={"span": _shift(claim.span, chunk.start)}))
        for quote in extraction.quotes:
            quotes.setdefault((_key(quote.text), _key(quote.speaker or "")),
                              quote.model_copy(update={"span": _shift(quote.span, chunk.start)}))
        for event in extraction.events:
            events.setdefault((event.date, _key(event.evidence)),
                              event.model_copy(update={"span": _shift(event.span, chunk.start)}))
        for entity in extraction.entities:
            mentions = [m for m in (_shift(s, chunk.start) for s in entity.mentions) if m is not None]
            known = entities.get(_key(entity.name))
            if known is None:
                entities[_key(entity.name)] = entity.model_copy(update={"mentions": mentions})
                continue
            entities[_key(entity.name)] = known.model_copy(update={
                "aliases": _union(known.aliases, entity.aliases),
                "roles": _union(known.roles, entity.roles),
                "mentions": [*known.mentions, *(m for m in mentions if m not in known.mentions)],
            })
    return ArticleExtraction(claims=list(claims.values()), quotes=list(quotes.values()),
                             entities=list(entities.values()), events=list(events.values()))


def _union(first: list[str], second: list[str]) -> list[str]:
    seen = {_key(item) for item in first}
    return [*first, *(item for item in second if _key(item) not in seen)]
