"""The whole sentence a figure's evidence stands in, for reading when its count was taken.

A claim's evidence may be a clause of its sentence ("52 boats were stuck below the lock" out of "By 7
p.m. 52 boats were stuck below the lock"): the words that tell the count as a state at a time then
sit before the span, and a later count read without them looks like a rival report instead of the
next reading of a moving figure.
"""

from __future__ import annotations

from summarizer.schema import Article, Span
from summarizer.text import sentence_spans

_LOOK_BACK = 300  # characters: enough for a sentence's opening


def whole_sentence(span: Span, article: Article | None) -> str:
    """The span's text from the start of its sentence in ``article`` (the span alone without the article)."""
    if article is None or article.text[span.start : span.end] != span.text:
        return span.text
    low = max(0, span.start - _LOOK_BACK)
    starts = [low + start for start, _ in sentence_spans(article.text[low : span.end]) if low + start <= span.start]
    return article.text[starts[-1] if starts else span.start : span.end]
