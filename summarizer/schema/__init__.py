"""Pydantic models: the contract between the pipeline's stages.

This package imports nothing else from the package and does no I/O, so every stage (and every
caller embedding the library) can depend on it without pulling in a model client.

Two families live here:

* per-article models (:class:`ArticleExtraction` and its parts), which the LLM fills as its
  response model and the offline engine fills directly. Fields the model must not be asked for
  (character spans, which grounding computes) are hidden from the JSON Schema with
  ``SkipJsonSchema`` so the prompt stays small and the model cannot invent offsets.
* the merged :class:`Briefing`, whose JSON is versioned by :data:`SCHEMA_VERSION`.
"""
from __future__ import annotations

from summarizer.schema.base import check_partial_date
from summarizer.schema.briefing import (
    SCHEMA_VERSION,
    Briefing,
    Discrepancy,
    DiscrepancyKind,
    EntityRole,
    KeyPoint,
    MergedEntity,
    MergedQuote,
    Position,
    QuoteVariant,
    Renderer,
    SourceApart,
    SourceInfo,
    TimelineEntry,
    Update,
    UpdateValue,
    briefing_json_schema,
    register_renderer,
)
from summarizer.schema.extraction import (
    ArticleExtraction,
    Claim,
    DroppedItem,
    DroppedKind,
    Entity,
    EntityType,
    Event,
    ExtractionRecord,
    GroundingReport,
    Notice,
    NoticeKind,
    Quantity,
    Quote,
    Usage,
)
from summarizer.schema.source import Alignment, Article, SourceStatus, Span

__all__ = [
    "SCHEMA_VERSION", "Alignment", "Article", "ArticleExtraction", "Briefing", "Claim", "Discrepancy", "DiscrepancyKind",
    "DroppedItem", "DroppedKind", "Entity", "EntityRole", "EntityType", "Event", "ExtractionRecord", "GroundingReport",
    "KeyPoint", "MergedEntity", "MergedQuote", "Notice", "NoticeKind", "Position", "Quantity", "Quote", "QuoteVariant", "Renderer",
    "SourceApart", "SourceInfo", "SourceStatus", "Span", "TimelineEntry", "Update", "UpdateValue", "Usage",
    "briefing_json_schema", "check_partial_date", "register_renderer",
]
