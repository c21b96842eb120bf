"""Request slots go to the longest waiting article first (invented articles); the records are the same."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from summarizer.extract import CachedLLMExtractor, extract_all
from summarizer.extract.config import LLMSettings
from summarizer.extract.slots import LongestFirst
from summarizer.schema import Article
from summarizer.testing.fake_openai import FakeOpenAI
from tests.conftest import FAKE_KEY

_SENTENCE = "The Orland county board voted on Tuesday to close the Millbrook bridge for repairs, the clerk said. "
_ARTICLES = [Article(id=f"S{i + 1}", uri=f"a{i}.txt", title=f"Bridge {i}", text=_SENTENCE * n)
             for i, n in enumerate([1, 2, 6, 4])]


async def _stream() -> AsyncIterator[Article]:  # as the pipeline streams them: each call started as it comes
    for article in _ARTICLES:
        yield article


async def _sent(max_cost: float | None = None) -> tuple[list[str], list[str]]:
    with FakeOpenAI(latency=0.05) as server:
        extractor = CachedLLMExtractor(LLMSettings(base_url=server.base_url, api_key=FAKE_KEY, concurrency=1),
                                       None, max_cost=max_cost)
        try:
            outcome = await extract_all(extractor, _stream())
        finally:
            await extractor.aclose()
    order = [next(a.id for a in _ARTICLES if f"Bridge {a.uri[1]}" in s.body) for s in server.served]
    return order, [r.source for r in outcome.records]


async def test_a_freed_slot_goes_to_the_longest_waiting_article() -> None:
    # S1 finds the slot free and leaves at once; then the longest of those waiting (S3: 6 sentences, S4: 4, S2: 2).
    order, records = await _sent()
    assert order == ["S1", "S3", "S4", "S2"]
    assert records == ["S1", "S2", "S3", "S4"]  # in input order, whatever order they were sent in


async def test_under_a_budget_the_articles_go_in_the_order_they_came() -> None:
    # The budget decides which articles are left out when it runs short: the first read stay the first sent.
    order, _ = await _sent(max_cost=100.0)
    assert order == ["S1", "S2", "S3", "S4"]


async def test_a_waiting_call_cancelled_gives_up_its_turn_and_a_handed_slot_is_given_back() -> None:
    slots = LongestFirst(1)
    await slots.acquire(1)
    cancelled = asyncio.ensure_future(slots.acquire(9))
    behind = asyncio.ensure_future(slots.acquire(5))
    await asyncio.sleep(0)
    cancelled.cancel()
    slots.release()  # the cancelled call's turn is skipped: the slot goes to the next
    await asyncio.wait_for(behind, 1)
    handed = asyncio.ensure_future(slots.acquire(3))
    await asyncio.sleep(0)
    slots.release()  # handed to the waiting call, which is cancelled before it runs: the slot comes back
    handed.cancel()
    await asyncio.gather(handed, return_exceptions=True)
    assert slots.free == 1
