"""One article's extraction: what the LLM fills as its response model and the offline engine fills directly,
with the bookkeeping of grounding, usage and warnings."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from summarizer.schema.base import Model, check_partial_date
from summarizer.schema.source import Span

EntityType = Literal["person", "organization", "place", "group", "other"]


class Quantity(Model):
    """A number stated in a claim, normalised so the merger can compare sources."""

    value: float = Field(description="Plain value: 'twelve' -> 12, '$3.2 million' -> 3200000.")
    unit: str | None = Field(default=None, description="What is counted, or the currency: 'ships', 'USD'.")
    text: str = Field(description="As written in the article.")
    approximate: bool = Field(default=False, description="'about', 'nearly', 'more than'.")


class Claim(Model):
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


class Quote(Model):
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


class Entity(Model):
    """A person, organisation, place or group the article names."""

    name: str = Field(description="Fullest name used.")
    type: EntityType
    aliases: list[str] = Field(default_factory=list, description="Other names used: surname, acronym.")
    roles: list[str] = Field(default_factory=list, description="Titles or roles given.")
    mentions: SkipJsonSchema[list[Span]] = Field(default_factory=list)
    # Aliases the article does not contain (a model's standard or translated form, "Workers' Party" for
    # "Partido dos Trabalhadores"): kept for matching across sources, never shown as the article's words.
    aliases_not_in_text: SkipJsonSchema[list[str]] = Field(default_factory=list)


class Event(Model):
    """Something that happened on a date the article states or implies."""

    date: str = Field(description="As precise as stated: 2025, 2025-02 or 2025-02-20.")
    text: str = Field(description="What happened, in one sentence.")
    evidence: str = Field(description="The sentence dating it, verbatim.")
    span: SkipJsonSchema[Span | None] = None

    @field_validator("date")
    @classmethod
    def _iso(cls, value: str) -> str:
        return check_partial_date(value)


class ArticleExtraction(Model):
    """Everything extracted from one article: the LLM's response model and the offline engine's output."""

    claims: list[Claim] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class Usage(Model):
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


class DroppedItem(Model):
    """One thing grounding dropped or changed, typed so readers count and show it without parsing text."""

    kind: DroppedKind
    message: str = Field(description="The item as extracted (shortened), with the reason where there is one.")
    span: Span | None = Field(default=None, description="The passage the item cited, when grounding found one.")
    injected: bool = Field(default=False, description="Dropped because the passage it cites is instruction-like text.")

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}" + (" (cites instruction-like text)" if self.injected else "")


class GroundingReport(Model):
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


class Notice(Model):
    """One warning: the source it is about (none for the run as a whole), which check raised it, the
    message, and the passage it is about where there is one. Renderers place it beside its source."""

    source: str | None = Field(default=None, description="Source id it is about (S1…); null for the run as a whole.")
    kind: NoticeKind
    message: str
    span: Span | None = Field(default=None, description="The passage it is about, when there is one.")

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ExtractionRecord(Model):
    """One article's extraction with its bookkeeping; one JSON line of ``summarizer extract``."""

    source: str
    backend: str
    model: str | None = None
    extraction: ArticleExtraction
    usage: Usage = Field(default_factory=Usage)
    cached: bool = False
    grounding: GroundingReport = Field(default_factory=GroundingReport)
    warnings: list[Notice] = Field(default_factory=list)
