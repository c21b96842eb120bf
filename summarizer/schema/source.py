"""An article as read, and the spans that point into it (every stage cites through a :class:`Span`)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from summarizer.schema.base import Model

# How grounding found a span (as langextract's alignment status): the model's or extractor's words
# verbatim, the same after folding typographic quotes, dashes, case and spacing, or only by fuzzy
# alignment. The span's own text is always verbatim; this says how far the cited words were from it.
Alignment = Literal["exact", "folded", "fuzzy"]


class Span(Model):
    """A verbatim stretch of one stored article: ``article.text[start:end] == text``."""

    source: str = Field(description="Source id, e.g. S1.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    alignment: Alignment = "exact"


SourceStatus = Literal["ok", "failed", "duplicate"]


class Article(Model):
    """One input after ingest: cleaned text plus the metadata an editor cites it by.

    ``text`` is the cleaned text every span points into; ``removed`` lists what cleaning took out
    (so the report can show it), and ``status`` lets a failed input keep its place and id.
    """

    id: str
    uri: str
    text: str = ""
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    published: date | None = None
    # The date relative dates are read against when the article gives none: --date, or inferred from the
    # cluster (the briefing's warnings say which); never shown as the article's publication date.
    reference_date: date | None = None
    published_time: str | None = Field(
        default=None, description="Time of day the source gives with its date, 24-hour 'HH:MM' as written (its own zone)."
    )
    language: str | None = None
    translated_from: str | None = Field(
        default=None, description="Language a machine-translation note on the page names ('Swedish'; 'unknown' if none)."
    )
    removed: list[str] = Field(default_factory=list)
    status: SourceStatus = "ok"
    error: str | None = None
    duplicate_of: str | None = Field(
        default=None, description="Id of an identical article earlier in the input; not extracted."
    )
    copy_of: str | None = Field(
        default=None,
        description="Id of the first article of a syndication group (near-identical text); "
        "extracted, but counted once for corroboration.",
    )
    warnings: list[str] = Field(default_factory=list)
