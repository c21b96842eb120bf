"""Extraction stage: one :class:`ExtractionRecord` per article, from the LLM or the offline engine.

The LLM backend is imported lazily so that ``import summarizer`` and the offline path never load a
model client. In front of the model sit, in order: chunking (a long article becomes several
requests), the content-addressed cache (a request answered before is not paid for again) and the
cost budget (a request that could pass it is not made, and the article is reported as left undone).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from pydantic import BaseModel

from summarizer.errors import BudgetExceeded, ConfigError, ExtractionError
from summarizer.extract.chunking import CHUNK_CHARS, Chunk, merge_chunk_extractions, split_article
from summarizer.extract.pricing import Budget, Price, PriceBook, estimate_completion_tokens, estimate_tokens
from summarizer.extract.response_model import ArticleExtraction as PromptExtraction
from summarizer.extract.response_model import schema_chars, to_plain
from summarizer.extract.slots import LongestFirst
from summarizer.schema import Article, ArticleExtraction, ExtractionRecord, Notice, Usage

if TYPE_CHECKING:
    from summarizer.extract.cache import ExtractionCache
    from summarizer.extract.config import LLMSettings
    from summarizer.extract.llm import LLMExtractor

T = TypeVar("T", bound=BaseModel)
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
        from summarizer.extract.offline.engine import extract_offline  # the engine's modules only when it runs

        extraction = extract_offline(article)
        return ExtractionRecord(source=article.id, backend=self.backend, extraction=extraction)

    async def aclose(self) -> None:
        return None


class BudgetReached(BudgetExceeded):
    """This article was not (fully) extracted because its calls could pass ``--max-cost``."""

    def __init__(self, source: str, reason: str, usage: Usage | None = None) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.usage = usage or Usage()


@dataclass(frozen=True)
class ChunkRequest:
    """One model request: an article, or one part of a long one, with its cache key."""

    source: str
    chunk: Chunk
    parts: int
    article: Article
    messages: list[dict[str, str]]
    key: str

    @property
    def chars(self) -> int:
        return sum(len(m["content"]) for m in self.messages) + schema_chars()


@dataclass(frozen=True)
class PlannedCall:
    """What ``--dry-run`` reports for one request: estimated, never measured."""

    source: str
    part: int
    parts: int
    chars: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    cached: bool



class CachedLLMExtractor:
    """The LLM backend with chunking, the content-addressed cache and the budget in front of it."""

    backend = "llm"
    keys_without_cache = False  # requests carry their cache key with no cache to read it (a batch matches by it)

    def __init__(self, settings: LLMSettings, cache: ExtractionCache | None, *,
                 prices: Mapping[str, Price] | None = None, max_cost: float | None = None,
                 chunk_chars: int = CHUNK_CHARS, batch_pricing: bool = False) -> None:
        from summarizer.extract.llm import LLMExtractor

        self._llm = LLMExtractor(settings)
        self.settings = settings
        self.cache = cache
        self.chunk_chars = chunk_chars
        self.book = PriceBook(settings.model, prices)
        self.batch_pricing = batch_pricing
        if max_cost is not None and self.book.price is None:
            raise ConfigError(f"--max-cost needs a price for model {settings.model!r}: add it with --prices "
                              "or SUMMARIZER_PRICES")
        self.budget = Budget(max_cost) if max_cost is not None else None
        # Budget decisions are taken when a call can really start, so that they see what the calls
        # before it actually cost; the client's own pool has the same size. Longest article first
        # (:mod:`summarizer.extract.slots`), except under a budget: there the order decides which
        # articles are left out when it runs short, and the first read stay the first sent.
        self._slots = LongestFirst(settings.concurrency)

    @property
    def model(self) -> str | None:
        return self.settings.model

    @property
    def llm(self) -> LLMExtractor:
        """The model client itself, for other structured calls (synthesis) that share its gate and pool."""
        return self._llm

    def next_request_written(self) -> asyncio.Future[None]:
        """Done once the next request's body has been written (see :meth:`LLMExtractor.next_request_written`)."""
        return self._llm.next_request_written()

    def requests(self, article: Article) -> list[ChunkRequest]:
        """The article's requests, keyed ("" when nothing reads the key: hashing the messages and schema, and
        importing the cache's module and SQLite, were on the way to the first request)."""
        from summarizer.extract.llm import build_messages, prompt_version

        if keyed := self.cache is not None or self.keys_without_cache:
            from summarizer.extract.cache import cache_key
        chunks = split_article(article.text, self.chunk_chars)
        out: list[ChunkRequest] = []
        for chunk in chunks:
            part = article if len(chunks) == 1 else article.model_copy(update={"text": chunk.text})
            messages = build_messages(part, self.settings.prompt_dir)
            key = cache_key(messages, self.settings.model, self.settings.mode,
                            prompt_version(self.settings.prompt_dir)) if keyed else ""
            out.append(ChunkRequest(article.id, chunk, len(chunks), part, messages, key))
        return out

    def estimate(self, request: ChunkRequest, batch: bool | None = None) -> tuple[int, int, float | None]:
        """Prompt tokens, completion tokens and dollars one request is expected to cost."""
        prompt = estimate_tokens(request.chars)
        completion = estimate_completion_tokens(len(request.chunk.text))
        return prompt, completion, self.book.cost(prompt, completion, batch=self._batch(batch))

    def cost(self, usage: Usage, batch: bool | None = None) -> float | None:
        return self.book.cost(usage.prompt_tokens, usage.completion_tokens, batch=self._batch(batch))

    def _batch(self, batch: bool | None) -> bool:
        return self.batch_pricing if batch is None else batch

    def cached(self, request: ChunkRequest) -> ArticleExtraction | None:
        if self.cache is None:
            return None
        hit = self.cache.get(request.key)
        return None if hit is None else hit[0]

    def plan(self, article: Article) -> list[PlannedCall]:
        """The requests an article needs, with estimates; a cached one would cost nothing."""
        planned = []
        for request in self.requests(article):
            prompt, completion, cost = self.estimate(request)
            hit = self.cached(request) is not None
            planned.append(PlannedCall(article.id, request.chunk.index + 1, request.parts, request.chars,
                                       prompt, completion, 0.0 if hit and cost is not None else cost, hit))
        return planned

    def cached_usage(self) -> Usage:
        return Usage(cached_calls=1, cost_usd=0.0 if self.book.price is not None else None)

    async def _call(self, request: ChunkRequest, batch: bool | None = None) -> tuple[ArticleExtraction, Usage, bool]:
        hit = self.cached(request)
        if hit is not None:
            return hit, self.cached_usage(), True
        await self._slots.acquire(len(request.chunk.text) if self.budget is None else 0)
        try:
            return await self._paid_call(request, batch)
        finally:
            self._slots.release()

    async def _paid_call(self, request: ChunkRequest, batch: bool | None) -> tuple[ArticleExtraction, Usage, bool]:
        estimate = self.estimate(request, batch)[2] or 0.0
        if self.budget is not None and not self.budget.reserve(estimate):
            raise BudgetReached(request.source, f"not extracted: the next call (est. ${estimate:.4f}) would pass "
                                                f"the budget of ${self.budget.limit:.4f}")
        try:
            # The compact-schema response model: the same fields, a smaller fixed part per request.
            answer, usage = await self._llm.complete(request.messages, PromptExtraction, label=request.source)
            extraction = to_plain(answer)
        except ExtractionError as exc:
            failed = exc.usage if isinstance(exc.usage, Usage) else Usage()
            failed.cost_usd = self.cost(failed, batch)
            exc.usage = failed
            if self.budget is not None:
                self.budget.settle(estimate, failed.cost_usd)
            raise
        except BaseException:
            if self.budget is not None:
                self.budget.settle(estimate, None)
            raise
        usage = usage.model_copy(update={"cost_usd": self.cost(usage, batch)})
        if self.budget is not None:
            self.budget.settle(estimate, usage.cost_usd)
        if self.cache is not None:
            self.cache.put(request.key, extraction, self.settings.model)
        return extraction, usage, False

    async def extract_record(self, article: Article) -> ExtractionRecord:
        requests = self.requests(article)
        results = await asyncio.gather(*(self._call(r) for r in requests), return_exceptions=True)
        return self.assemble(article, requests, results)

    def assemble(self, article: Article, requests: Sequence[ChunkRequest],
                 results: Sequence[tuple[ArticleExtraction, Usage, bool] | BaseException]) -> ExtractionRecord:
        """One record from the article's parts; any failed part fails the article, its cost kept."""
        usage = Usage()
        parts: list[tuple[Chunk, ArticleExtraction]] = []
        errors: list[BaseException] = []
        for request, result in zip(requests, results, strict=True):
            if isinstance(result, BaseException):
                errors.append(result)
                usage = usage.add(usage_of(result))
                continue
            extraction, call_usage, _hit = result
            usage = usage.add(call_usage)
            parts.append((request.chunk, extraction))
        if errors:
            budget = next((e for e in errors if isinstance(e, BudgetReached)), None)
            if budget is not None:
                raise BudgetReached(article.id, budget.reason, usage)
            first = next((e for e in errors if isinstance(e, ExtractionError)), None)
            if first is None:
                raise errors[0]
            where = f" (part {requests[results.index(first)].chunk.index + 1} of {len(requests)})" \
                if len(requests) > 1 else ""
            error = ExtractionError(article.id, first.reason + where)
            error.usage, error.detail = usage, first.detail
            raise error from None
        warnings = [Notice(source=article.id, kind="extraction", message=f"long article read in {len(requests)} parts")] \
            if len(requests) > 1 else []
        return ExtractionRecord(source=article.id, backend=self.backend, model=self.settings.model,
                                extraction=merge_chunk_extractions(parts), usage=usage,
                                cached=all(not isinstance(r, BaseException) and r[2] for r in results),
                                warnings=warnings)

    async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                       attempts: int | None = None) -> tuple[T, Usage]:
        """Any other structured call (synthesis), priced and held to the same budget as extraction."""
        key = ""
        if self.cache is not None:
            from summarizer.extract.cache import cache_key

            # The messages hold everything the answer depends on (the merged points, the prompt text).
            # Hashed only for the cache: the review's messages are the whole merged briefing.
            key = cache_key(messages, self.settings.model, self.settings.mode, label, response_model)
            hit = self.cache.get_model(key, response_model)
            if hit is not None:
                return hit, self.cached_usage()
        chars = sum(len(m["content"]) for m in messages) + 1_000
        estimate = self.book.cost(estimate_tokens(chars), estimate_completion_tokens(chars // 4)) or 0.0
        if self.budget is not None and not self.budget.reserve(estimate):
            raise BudgetReached(label, f"not made: the call (est. ${estimate:.4f}) would pass the budget")
        try:
            result, usage = await self._llm.complete(messages, response_model, label, attempts=attempts)
        except ExtractionError as exc:
            failed = exc.usage if isinstance(exc.usage, Usage) else Usage()
            failed.cost_usd = self.book.cost(failed.prompt_tokens, failed.completion_tokens)
            if self.budget is not None:
                self.budget.settle(estimate, failed.cost_usd)
            raise
        usage = usage.model_copy(update={"cost_usd": self.book.cost(usage.prompt_tokens, usage.completion_tokens)})
        if self.budget is not None:
            self.budget.settle(estimate, usage.cost_usd)
        if self.cache is not None:
            self.cache.put(key, result, self.settings.model)
        return result, usage

    async def aclose(self) -> None:
        await self._llm.aclose()


@dataclass
class ExtractionOutcome:
    records: list[ExtractionRecord] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)  # article id -> reason
    skipped: dict[str, str] = field(default_factory=dict)  # article id -> why the budget stopped it
    usage: Usage = field(default_factory=Usage)


async def extract_all(
    extractor: Extractor,
    articles: Sequence[Article] | AsyncIterable[Article],
    on_done: ProgressCallback | None = None,
) -> ExtractionOutcome:
    """Extract every article concurrently; one failure is recorded, never fatal to the rest.

    Given a stream (articles still being read), each article's call starts as it arrives; ``on_done``
    is called once the stream has ended, so it sees every article as ingest finally left it.
    """

    Result = tuple[Article, ExtractionRecord | None, str | None, Usage, bool]

    async def one(article: Article) -> Result:
        try:
            record = await extractor.extract_record(article)
        except BudgetReached as exc:
            return article, None, exc.reason, exc.usage, True
        except ExtractionError as exc:
            return article, None, exc.reason, usage_of(exc), False
        except Exception as exc:  # a bug in one article's path must not sink the briefing
            return article, None, f"internal error: {type(exc).__name__}: {exc}", Usage(), False
        return article, record, None, record.usage, False

    outcome = ExtractionOutcome()
    articles, tasks = await _started(articles, one, getattr(extractor, "prepare", None))
    results: dict[str, ExtractionRecord] = {}
    usages: dict[str, Usage] = {}
    for future in asyncio.as_completed(tasks):
        article, record, error, usage, over_budget = await future
        usages[article.id] = usage
        if record is not None:
            results[article.id] = record
        elif over_budget:
            outcome.skipped[article.id] = error or "cost budget reached"
        else:
            outcome.failures[article.id] = error or "unknown error"
        if on_done is not None:
            on_done(article, record, error)
    order = {a.id: i for i, a in enumerate(articles)}
    outcome.records = sorted(results.values(), key=lambda r: order[r.source])
    outcome.usage = _summed_in_order(articles, usages)
    return outcome


def _summed_in_order(articles: Sequence[Article], usages: dict[str, Usage]) -> Usage:
    """Usage added in input order, not as the answers landed: a sum of dollar figures in another
    order differs in its last digits, and the briefing's usage changed from run to run."""
    total = Usage()
    for article in articles:
        if article.id in usages:
            total = total.add(usages[article.id])
    return total


R = TypeVar("R")


async def _started(articles: Sequence[Article] | AsyncIterable[Article], start: Callable[[Article], Awaitable[R]],
                   prepare: Callable[[Sequence[Article]], Awaitable[None]] | None,
                   ) -> tuple[list[Article], list[Awaitable[R]]]:
    """Each article's work: under way as a stream delivers it, or (a list, a batch) awaited in order."""
    if prepare is None and not isinstance(articles, Sequence):
        arrived: list[Article] = []
        tasks: list[Awaitable[R]] = []
        async for article in articles:
            arrived.append(article)
            tasks.append(asyncio.ensure_future(start(article)))  # under way while the next one is read
        return arrived, tasks
    listed = list(articles) if isinstance(articles, Sequence) else [a async for a in articles]
    if prepare is not None:
        await prepare(listed)  # a batch backend answers every request at once, before the per-article pass
    return listed, [start(a) for a in listed]


def usage_of(exc: BaseException) -> Usage:
    usage = getattr(exc, "usage", None)
    return usage if isinstance(usage, Usage) else Usage()


__all__ = [
    "ArticleExtraction",
    "BudgetReached",
    "CachedLLMExtractor",
    "ChunkRequest",
    "ExtractionOutcome",
    "Extractor",
    "OfflineExtractor",
    "PlannedCall",
    "extract_all",
]
