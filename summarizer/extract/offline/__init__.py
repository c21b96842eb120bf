"""The offline extraction engine: fills :class:`ArticleExtraction` with no model (placeholder)."""

from __future__ import annotations

from summarizer.schema import Article, ArticleExtraction, Claim, Span
from summarizer.text import sentence_spans


def extract_offline(article: Article) -> ArticleExtraction:
    """Deterministic extraction; every item carries its exact span in ``article.text``."""
    claims = []
    for start, end in sentence_spans(article.text):
        text = article.text[start:end]
        claims.append(Claim(text=text, evidence=text, span=Span(source=article.id, start=start, end=end, text=text)))
    return ArticleExtraction(claims=claims)
