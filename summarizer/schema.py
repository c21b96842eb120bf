"""Pydantic models: the contract between the pipeline's stages.

This module imports nothing else from the package and does no I/O, so every stage (and every
caller embedding the library) can depend on it without pulling in a model client.

Two families live here:

* per-article models (:class:`ArticleExtraction` and its parts), which the LLM fills as its
  response model and the offline engine fills directly. Fields the model must not be asked for
  (character spans, which grounding computes) are hidden from the JSON Schema with
  ``SkipJsonSchema`` so the prompt stays small and the model cannot invent offsets.
* the merged :class:`Briefing`, whose JSON is versioned by :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "2.1"

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_partial_date(value: str) -> str:
    """Accept ISO dates as precise as known (``2025``, ``2025-02``, ``2025-02-20``) and nothing else.

    A wrong date is worse than none, so impossible days (``2025-02-30``) are rejected too; for the
    LLM backend the rejection becomes a re-ask with the error.
    """
    value = value.strip()
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"date must be ISO YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    if len(value) == 10:
        date.fromisoformat(value)  # raises on 2025-02-30
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


# --------------------------------------------------------------------------- provenance


# How grounding found a span (as langextract's alignment status): the model's or extractor's words
# verbatim, the same after folding typographic quotes, dashes, case and spacing, or only by fuzzy
# alignment. The span's own text is always verbatim; this says how far the cited words were from it.
Alignment = Literal["exact", "folded", "fuzzy"]


class Span(_Model):
    """A verbatim stretch of one stored article: ``article.text[start:end] == text``."""

    source: str = Field(description="Source id, e.g. S1.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    alignment: Alignment = "exact"


# --------------------------------------------------------------------------- ingest

SourceStatus = Literal["ok", "failed", "duplicate"]


class Article(_Model):
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


# --------------------------------------------------------------------------- per-article extraction

EntityType = Literal["person", "organization", "place", "group", "other"]


class Quantity(_Model):
    """A number stated in a claim, normalised so the merger can compare sources."""

    value: float = Field(description="Plain value: 'twelve' -> 12, '$3.2 million' -> 3200000.")
    unit: str | None = Field(default=None, description="What is counted, or the currency: 'ships', 'USD'.")
    text: str = Field(description="As written in the article.")
    approximate: bool = Field(default=False, description="'about', 'nearly', 'more than'.")


class Claim(_Model):
    """A factual statement the article makes, with the sentence that says it."""

    text: str = Field(description="One short factual sentence.")
    evidence: str = Field(description="The article's sentence(s) stating it, verbatim.")
    attribution: str | None = Field(
        default=None, description="Who it comes from ('police'), if the article says."
    )
    hedged: bool = Field(default=False, description="Not asserted as fact ('reportedly').")
    quantities: list[Quantity] = Field(default_factory=list)
    salience: float = Field(default=0.5, ge=0.0, le=1.0, description="How central to the story, 0-1.")
    span: SkipJsonSchema[Span | None] = None


class Quote(_Model):
    """Words the article puts in someone's mouth, with the speaker it names."""

    speaker: str | None = Field(description="Full name as in the article, or the organisation.")
    speaker_role: str | None = Field(default=None, description="Title or role the article gives.")
    text: str = Field(description="The exact words, without quotation marks.")
    speaker_inferred: SkipJsonSchema[bool] = Field(
        default=False,
        description="The article names the speaker only through a pronoun or the context; such a speaker "
        "never disputes one another source names outright.",
    )
    span: SkipJsonSchema[Span | None] = None


class Entity(_Model):
    """A person, organisation, place or group the article names."""

    name: str = Field(description="Fullest name used.")
    type: EntityType
    aliases: list[str] = Field(default_factory=list, description="Other names used: surname, acronym.")
    roles: list[str] = Field(default_factory=list, description="Titles or roles given.")
    mentions: SkipJsonSchema[list[Span]] = Field(default_factory=list)
    # Aliases the article does not contain (a model's standard or translated form, "Workers' Party" for
    # "Partido dos Trabalhadores"): kept for matching across sources, never shown as the article's words.
    aliases_not_in_text: SkipJsonSchema[list[str]] = Field(default_factory=list)


class Event(_Model):
    """Something that happened on a date the article states or implies."""

    date: str = Field(description="As precise as stated: 2025, 2025-02 or 2025-02-20.")
    text: str = Field(description="What happened, in one sentence.")
    evidence: str = Field(description="The sentence dating it, verbatim.")
    span: SkipJsonSchema[Span | None] = None

    @field_validator("date")
    @classmethod
    def _iso(cls, value: str) -> str:
        return check_partial_date(value)


class ArticleExtraction(_Model):
    """Everything extracted from one article: the LLM's response model and the offline engine's output."""

    claims: list[Claim] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class Usage(_Model):
    """Model usage, summed per call and across calls. Cached calls cost nothing but are counted."""

    calls: int = 0
    cached_calls: int = 0
    attempts: int = 0
    failed_attempts: int = 0
    prompt_tokens: int = 0
    cached_prompt_tokens: int = Field(default=0, description="Of prompt_tokens, those the provider's prompt cache served.")
    completion_tokens: int = 0
    cost_usd: float | None = None

    def add(self, other: Usage) -> Usage:
        cost = None
        if self.cost_usd is not None or other.cost_usd is not None:
            cost = (self.cost_usd or 0.0) + (other.cost_usd or 0.0)
        return Usage(
            calls=self.calls + other.calls,
            cached_calls=self.cached_calls + other.cached_calls,
            attempts=self.attempts + other.attempts,
            failed_attempts=self.failed_attempts + other.failed_attempts,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            cached_prompt_tokens=self.cached_prompt_tokens + other.cached_prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cost_usd=cost,
        )


# What grounding took out of one article's extraction. claim/quote/event/entity: the item was not found
# in the article (or cites instruction-like text) and was dropped; quantity: a figure its evidence lacks was
# dropped from a claim; wording: a claim's or event's wording said what its evidence does not and was
# replaced by the evidence; speaker/role: an attribution the text does not make near the words was removed.
DroppedKind = Literal["claim", "quote", "event", "entity", "quantity", "wording", "speaker", "role"]


class DroppedItem(_Model):
    """One thing grounding dropped or changed, typed so readers count and show it without parsing text."""

    kind: DroppedKind
    message: str = Field(description="The item as extracted (shortened), with the reason where there is one.")
    span: Span | None = Field(default=None, description="The passage the item cited, when grounding found one.")
    injected: bool = Field(default=False, description="Dropped because the passage it cites is instruction-like text.")

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}" + (" (cites instruction-like text)" if self.injected else "")


class GroundingReport(_Model):
    """What grounding kept and dropped for one article: nothing ungrounded passes silently."""

    kept: int = 0
    dropped: int = 0
    rewritten: int = Field(default=0, description="Claims whose model wording carried a figure not in the evidence; the evidence is shown.")
    dropped_items: list[DroppedItem] = Field(default_factory=list)


# Which check raised a warning. ingest: reading the inputs (a file skipped, bytes that are not UTF-8,
# instruction-like text in an article); failed: a source that could not be read or extracted; date: the
# date an undated source's relative dates were read against; extraction: how a source was read (in
# parts); grounding: what grounding dropped or reworded, and what was cited from instruction-like text;
# headline: a source's headline its own text contradicts; synthesis: the overview's or model headline's
# checks; adjudication: the model's verdicts on the disagreements.
NoticeKind = Literal["ingest", "failed", "date", "extraction", "grounding", "headline", "synthesis", "adjudication",
                     "alignment"]


class Notice(_Model):
    """One warning: the source it is about (none for the run as a whole), which check raised it, the
    message, and the passage it is about where there is one. Renderers place it beside its source."""

    source: str | None = Field(default=None, description="Source id it is about (S1…); null for the run as a whole.")
    kind: NoticeKind
    message: str
    span: Span | None = Field(default=None, description="The passage it is about, when there is one.")

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ExtractionRecord(_Model):
    """One article's extraction with its bookkeeping; one JSON line of ``summarizer extract``."""

    source: str
    backend: str
    model: str | None = None
    extraction: ArticleExtraction
    usage: Usage = Field(default_factory=Usage)
    cached: bool = False
    grounding: GroundingReport = Field(default_factory=GroundingReport)
    warnings: list[Notice] = Field(default_factory=list)


# --------------------------------------------------------------------------- briefing


class SourceInfo(_Model):
    id: str
    uri: str
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    published: str | None = Field(default=None, description="ISO date or null.")
    published_time: str | None = Field(default=None, description="'HH:MM' the source gives with its date, or null.")
    language: str | None = None
    status: SourceStatus = "ok"
    error: str | None = None
    duplicate_of: str | None = None
    copy_of: str | None = None
    removed: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class KeyPoint(_Model):
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


class QuoteVariant(_Model):
    source: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    alignment: Alignment = "exact"


class MergedQuote(_Model):
    speaker: str | None
    speaker_role: str | None = None
    text: str
    sources: list[str]
    variants: list[QuoteVariant] = Field(default_factory=list)


class EntityRole(_Model):
    role: str
    sources: list[str]


class MergedEntity(_Model):
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[EntityRole] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class TimelineEntry(_Model):
    date: str = Field(description="ISO, as precise as known: 2025, 2025-02, 2025-02-20.")
    text: str
    sources: list[str]
    evidence: list[Span] = Field(default_factory=list)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return {4: "year", 7: "month"}.get(len(self.date), "day")  # type: ignore[return-value]


DiscrepancyKind = Literal["number", "date", "title", "account", "attribution"]


class Position(_Model):
    value: str
    sources: list[str]
    evidence: list[Span] = Field(default_factory=list)


class Discrepancy(_Model):
    subject: str
    kind: DiscrepancyKind = "account"
    summary: str = Field(description="One line an editor can read without the table: who says what, with sources.")
    positions: list[Position]


class UpdateValue(_Model):
    """One reading of a changing measure, as of the time its sources give."""

    value: str
    sources: list[str]
    time: str | None = Field(
        default=None, description="ISO date and time ('2025-02-20T18:00') or date the value holds at; null when unknown."
    )
    evidence: list[Span] = Field(default_factory=list)


class Update(_Model):
    """A measure that moved between earlier and later reports: the story developing, not sources disagreeing."""

    subject: str
    summary: str
    values: list[UpdateValue] = Field(description="In time order, earliest first.")


class SourceApart(_Model):
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


class Briefing(_Model):
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
