"""Extraction stage: one :class:`ExtractionRecord` per article, from the LLM or the offline engine.

The LLM backend is imported lazily so that ``import summarizer`` and the offline path never load a
model client.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from summarizer.errors import ExtractionError
from summarizer.extract.offline import extract_offline
from summarizer.schema import Article, ArticleExtraction, ExtractionRecord, Usage

if TYPE_CHECKING:
    from summarizer.extract.cache import ExtractionCache
    from summarizer.extract.config import LLMSettings

ProgressCallback = Callable[[Article, ExtractionRecord | None, str | None], None]


class Extractor(Protocol):
    backend: str

    @property
    def model(self) -> str | None: ...

    async def extract_record(self, article: Article) -> ExtractionRecord: ...

    async def aclose(self) -> None: ...


class OfflineExtractor:
    """The deterministic engine behind the same interface as the LLM."""

    backend = "offline"
    model: str | None = None

    async def extract_record(self, article: Article) -> ExtractionRecord:
        extraction = extract_offline(article)
        return ExtractionRecord(source=article.id, backend=self.backend, extraction=extraction)

    async def aclose(self) -> None:
        return None


class CachedLLMExtractor:
    """The LLM backend with the content-addressed cache in front of it."""

    backend = "llm"

    def __init__(self, settings: LLMSettings, cache: ExtractionCache | None) -> None:
        from summarizer.extract.llm import LLMExtractor

        self._llm = LLMExtractor(settings)
        self.settings = settings
        self.cache = cache

    @property
    def model(self) -> str | None:
        return self.settings.model

    async def extract_record(self, article: Article) -> ExtractionRecord:
        from summarizer.extract.cache import cache_key
        from summarizer.extract.llm import build_messages, prompt_version

        key = cache_key(build_messages(article), self.settings.model, self.settings.mode, prompt_version())
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                extraction, _meta = hit
                return ExtractionRecord(source=article.id, backend=self.backend, model=self.settings.model,
                                        extraction=extraction, usage=Usage(cached_calls=1), cached=True)
        extraction, usage = await self._llm.extract(article)
        if self.cache is not None:
            self.cache.put(key, extraction, self.settings.model)
        return ExtractionRecord(source=article.id, backend=self.backend, model=self.settings.model,
                                extraction=extraction, usage=usage)

    async def aclose(self) -> None:
        await self._llm.aclose()


@dataclass
class ExtractionOutcome:
    records: list[ExtractionRecord] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)  # article id -> reason
    usage: Usage = field(default_factory=Usage)


async def extract_all(
    extractor: Extractor,
    articles: Sequence[Article],
    on_done: ProgressCallback | None = None,
) -> ExtractionOutcome:
    """Extract every article concurrently; one failure is recorded, never fatal to the rest."""

    async def one(article: Article) -> tuple[Article, ExtractionRecord | None, str | None, Usage]:
        try:
            record = await extractor.extract_record(article)
        except ExtractionError as exc:
            usage = _usage_of(exc)
            return article, None, exc.reason, usage
        except Exception as exc:  # a bug in one article's path must not sink the briefing
            return article, None, f"internal error: {type(exc).__name__}: {exc}", Usage()
        return article, record, None, record.usage

    outcome = ExtractionOutcome()
    tasks: list[Awaitable[tuple[Article, ExtractionRecord | None, str | None, Usage]]] = [one(a) for a in articles]
    results: dict[str, ExtractionRecord] = {}
    for future in asyncio.as_completed(tasks):
        article, record, error, usage = await future
        outcome.usage = outcome.usage.add(usage)
        if record is not None:
            results[article.id] = record
        else:
            outcome.failures[article.id] = error or "unknown error"
        if on_done is not None:
            on_done(article, record, error)
    order = {a.id: i for i, a in enumerate(articles)}
    outcome.records = sorted(results.values(), key=lambda r: order[r.source])
    return outcome


def _usage_of(exc: ExtractionError) -> Usage:
    usage = getattr(exc, "usage", None)
    return usage if isinstance(usage, Usage) else Usage()


__all__ = [
    "ArticleExtraction",
    "CachedLLMExtractor",
    "ExtractionOutcome",
    "Extractor",
    "OfflineExtractor",
    "extract_all",
]
