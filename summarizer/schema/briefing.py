"""The merged briefing every renderer and library caller consumes, and the hook renderers register with."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from pydantic import Field

from summarizer.schema.base import Model
from summarizer.schema.extraction import EntityType, GroundingReport, Notice, Usage
from summarizer.schema.source import Alignment, SourceStatus, Span

SCHEMA_VERSION = "2.2"



class SourceInfo(Model):
    id: str
    uri: str
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    published: str | None = Field(default=None, description="ISO date or null.")
    published_time: str | None = Field(default=None, description="'HH:MM' the source gives with its date, or null.")
    language: str | None = None
    translated_from: str | None = Field(
        default=None, description="Language a machine-translation note on the page names ('Swedish'; 'unknown' if none)."
    )
    status: SourceStatus = "ok"
    error: str | None = None
    duplicate_of: str | None = None
    copy_of: str | None = None
    removed: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class KeyPoint(Model):
    text: str
    sources: list[str]
    evidence: list[Span] = Field(default_factory=list)
    independent_sources: int = Field(default=1, description="Supporting sources, copies of one story counted once.")
    single_source: bool = False
    attribution: list[str] = Field(default_factory=list)
    hedged: bool = False
    score: float = 0.0
    rank: int = Field(default=0, description="1 for the most important key point; key_points are in rank order.")
    tier: Literal["main", "detail"] = Field(
        default="main", description="main: the briefing's short list; detail: kept for reference under 'More details'."
    )


class QuoteVariant(Model):
    source: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    alignment: Alignment = "exact"


class MergedQuote(Model):
    speaker: str | None
    speaker_role: str | None = None
    text: str
    sources: list[str]
    variants: list[QuoteVariant] = Field(default_factory=list)


class EntityRole(Model):
    role: str
    sources: list[str]


class MergedEntity(Model):
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[EntityRole] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class TimelineEntry(Model):
    date: str = Field(description="ISO, as precise as known: 2025, 2025-02, 2025-02-20.")
    text: str
    sources: list[str]
    evidence: list[Span] = Field(default_factory=list)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return {4: "year", 7: "month"}.get(len(self.date), "day")  # type: ignore[return-value]


DiscrepancyKind = Literal["number", "date", "title", "account", "attribution"]


class Position(Model):
    value: str
    sources: list[str]
    evidence: list[Span] = Field(default_factory=list)


class Discrepancy(Model):
    subject: str
    kind: DiscrepancyKind = "account"
    summary: str = Field(description="One line an editor can read without the table: who says what, with sources.")
    positions: list[Position]


class UpdateValue(Model):
    """One reading of a changing measure, as of the time its sources give."""

    value: str
    sources: list[str]
    time: str | None = Field(
        default=None, description="ISO date and time ('2025-02-20T18:00') or date the value holds at; null when unknown."
    )
    evidence: list[Span] = Field(default_factory=list)


class Update(Model):
    """A measure that moved between earlier and later reports: the story developing, not sources disagreeing."""

    subject: str
    summary: str
    values: list[UpdateValue] = Field(description="In time order, earliest first.")


class SourceApart(Model):
    """A source that disagrees with the majority of independent sources: the outlet to double-check."""

    source: str
    points: list[str] = Field(description="Subjects of the discrepancies on which it stands against the majority.")
    summary: str


# The renderers sit above this layer, so they register themselves here (``summarizer.render`` does it
# on import, and ``import summarizer`` imports it) instead of the schema importing them.
Renderer = Callable[["Briefing", Mapping[str, str]], str]
_RENDERERS: dict[str, Renderer] = {}


def register_renderer(fmt: str, renderer: Renderer) -> None:
    _RENDERERS[fmt] = renderer


def _renderer(fmt: str) -> Renderer:
    try:
        return _RENDERERS[fmt]
    except KeyError:
        raise LookupError(f"no renderer for {fmt!r}: import summarizer.render first") from None


class Briefing(Model):
    """The merged, source-cited briefing: what every renderer and library caller consumes."""

    schema_version: str = SCHEMA_VERSION
    headline: str = ""
    overview: str = ""
    backend: str = "offline"
    model: str | None = None
    embeddings: str | None = Field(default=None, description="The model that aligned statements across sources: "
                                   "the shipped static one, or 'endpoint:MODEL' with --embeddings.")
    sources: list[SourceInfo] = Field(default_factory=list)
    key_points: list[KeyPoint] = Field(default_factory=list)
    quotes: list[MergedQuote] = Field(default_factory=list)
    entities: list[MergedEntity] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list)
    sources_apart: list[SourceApart] = Field(default_factory=list)
    copies: list[list[str]] = Field(default_factory=list, description="Groups of source ids folded together as copies of one story.")
    usage: Usage = Field(default_factory=Usage)
    grounding: dict[str, GroundingReport] = Field(default_factory=dict)
    warnings: list[Notice] = Field(default_factory=list)

    @property
    def failed_sources(self) -> list[SourceInfo]:
        return [s for s in self.sources if s.status == "failed"]

    def to_markdown(self) -> str:
        return _renderer("md")(self, {})

    def to_html(self, articles: dict[str, str] | None = None) -> str:
        return _renderer("html")(self, articles or {})

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


def briefing_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Briefing` output, with its version as ``$id`` suffix."""
    schema = Briefing.model_json_schema(mode="serialization")
    schema["$id"] = f"https://summarizer.invalid/schema/briefing-{SCHEMA_VERSION}.json"
    return schema
