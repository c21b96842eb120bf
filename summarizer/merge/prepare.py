"""What a merge needs from one article alone, computed while the other articles' answers are awaited.

In LLM mode the answers arrive over seconds and the merge starts after the last one. The vectors it
asks for one article's claims, quotes and events do not depend on any other article: the pipeline
has :func:`prepare` compute them as each answer lands, and the merge finds them remembered (the
shipped embedder keeps recent vectors). Nothing is decided here: a text's vector is the same whichever batch computes it,
so the briefing is the same with or without this step; only the time after the last answer shrinks.
"""

from __future__ import annotations

from summarizer.align import embed
from summarizer.merge._text import anchors, main_clause
from summarizer.merge.claims import _act_words, _unnamed_text
from summarizer.merge.timeline import DATE_WORDS
from summarizer.schema import ExtractionRecord
from summarizer.text import sentence_spans

__all__ = ["embedded_texts", "prepare"]


def prepare(record: ExtractionRecord) -> None:
    """Embed the texts the merge will embed for this (grounded) record."""
    embed(embedded_texts(record))


def embedded_texts(record: ExtractionRecord) -> list[str]:
    """Every text the merge embeds for this record alone, in the forms each finder asks for."""
    texts: list[str] = []
    for claim in record.extraction.claims:
        if claim.span is None:
            continue
        names = anchors(claim.text)
        texts.append(_unnamed_text(claim.text, names))  # the ledger's view of the claim (ClaimMatcher)
        core = main_clause(claim.text)
        if core != claim.text:
            texts.append(_unnamed_text(core, names))  # and of its main clause
        texts.extend(_act_words(claim.text))  # its acts, one word each
        texts.append(claim.text)  # the review of pairs the rules left unclassified (candidates)
    for quote in record.extraction.quotes:
        if quote.span is not None and quote.text.strip():
            texts.append(quote.text)
            texts.extend(quote.text[a:b] for a, b in sentence_spans(quote.text))
    for event in record.extraction.events:
        if event.span is not None:
            texts.append(DATE_WORDS.sub(" ", event.text))  # the timeline's grouping
            texts.append(event.evidence)  # and its check of two dated events (often a claim's sentence too)
    return texts
