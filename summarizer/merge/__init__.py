"""Deterministic merger: per-article extractions in, one Briefing out (placeholder; issue 4)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.schema import Article, Briefing, ExtractionRecord, KeyPoint


def merge(articles: Sequence[Article], records: Sequence[ExtractionRecord]) -> Briefing:
    """Combine extractions; sources, usage and backend are filled by the pipeline."""
    points = []
    for record in records:
        for claim in record.extraction.claims:
            if claim.span is not None:
                points.append(KeyPoint(text=claim.text, sources=[record.source], evidence=[claim.span], single_source=True))
    return Briefing(key_points=points)
