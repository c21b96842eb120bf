"""Model-written headline and overview: citations are checked, unsupported ones never reach the reader."""

from __future__ import annotations

import asyncio
from typing import TypeVar

import pytest
from pydantic import BaseModel

from summarizer.errors import ExtractionError
from summarizer.schema import Briefing, KeyPoint, Span, Usage
from summarizer.synthesize_llm import ATTEMPTS, OverviewSentence, Synthesis, synthesize_with_model
from summarizer.testing.fake_openai import FakeOpenAI, Fault
from tests.conftest import FAKE_KEY

T = TypeVar("T", bound=BaseModel)


class FakeClient:
    """Implements the structured-call interface with a canned answer (or a failure)."""

    def __init__(self, answer: Synthesis | None) -> None:
        self.answer = answer
        self.messages: list[dict[str, str]] = []

    async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                       attempts: int | None = None) -> tuple[T, Usage]:
        self.messages = messages
        assert attempts == ATTEMPTS
        if self.answer is None:
            raise ExtractionError(label, "model server error (HTTP 503)")
        assert response_model is Synthesis
        return self.answer, Usage(calls=1, attempts=1, prompt_tokens=100, completion_tokens=20)  # type: ignore[return-value]


def _briefing() -> Briefing:
    def point(text: str, sources: list[str]) -> KeyPoint:
        return KeyPoint(text=text, sources=sources, evidence=[Span(source=s, start=0, end=len(text), text=text) for s in sources])

    return Briefing(
        headline="extractive headline",
        overview="extractive overview [S1]",
        key_points=[
            point("The bridge in Orvel closed on Friday after engineers found a crack.", ["S1", "S2"]),
            point("Repairs will cost 4 million euros, the mayor said.", ["S3"]),
        ],
    )


def test_supported_citations_kept_unsupported_dropped_with_warning() -> None:
    answer = Synthesis(headline="Orvel bridge closed after crack found", overview=[
        OverviewSentence(text="The Orvel bridge closed on Friday after engineers found a crack.", sources=["S1", "S3"]),
        OverviewSentence(text="Repairs will cost 4 million euros, the mayor said.", sources=["S3"]),
        OverviewSentence(text="The army has been sent to guard the river.", sources=["S2"]),
    ])
    briefing, usage = asyncio.run(synthesize_with_model(_briefing(), FakeClient(answer)))
    assert briefing.headline == "Orvel bridge closed after crack found"
    assert "crack. [S1]" in briefing.overview  # S3 does not say the bridge closed
    assert "[S3]" in briefing.overview
    assert "army" not in briefing.overview
    assert any("citation S3 does not support" in w.message for w in briefing.warnings)
    assert any("sentence dropped" in w.message and "army" in w.message for w in briefing.warnings)
    assert usage.calls == 1


def test_failed_call_keeps_extractive_overview() -> None:
    briefing, usage = asyncio.run(synthesize_with_model(_briefing(), FakeClient(None)))
    assert briefing.overview == "extractive overview [S1]"
    assert any("synthesis by the model failed" in w.message for w in briefing.warnings)
    assert usage.calls == 0


def test_key_points_are_fenced_data() -> None:
    client = FakeClient(Synthesis(headline="h", overview=[]))
    asyncio.run(synthesize_with_model(_briefing(), client))
    system, user = client.messages[0]["content"], client.messages[1]["content"]
    fence = user.splitlines()[0]
    assert fence.startswith("<<<ARTICLE-") and fence in system
    assert user.rstrip().endswith(fence)
    assert "[S1, S2]" in user


async def test_an_invalid_answer_is_reasked_once_then_the_extractive_overview_is_shown() -> None:
    """Two tries at most, even when the run allows four: the briefing is not held up by retries."""
    from summarizer.extract.config import LLMSettings
    from summarizer.extract.llm import LLMExtractor

    with FakeOpenAI() as server:
        server.script(*(Fault("invalid") for _ in range(4)))
        client = LLMExtractor(LLMSettings(base_url=server.base_url, api_key=FAKE_KEY, timeout=5.0, max_attempts=4))
        try:
            briefing, usage = await synthesize_with_model(_briefing(), client)
        finally:
            await client.aclose()
    assert len(server.requests) == ATTEMPTS == 2
    assert usage.attempts == 2 and usage.failed_attempts == 2
    assert briefing.overview == "extractive overview [S1]"
    assert any("synthesis by the model failed" in w.message and "extractive overview is shown" in w.message for w in briefing.warnings)


def test_the_checks_read_the_key_points_while_the_answer_is_awaited(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the answer only the model's own sentences are embedded: the key points they are held to
    were embedded while it was awaited (0.1 s of CPU after the answer on an 840-point briefing)."""
    from summarizer.align import WordLlamaEmbedder, use_embedder
    from summarizer.consistency import _unnamed

    embedder = WordLlamaEmbedder()
    computed: list[str] = []
    pooled = embedder._pooled

    def counted(model: object, texts: list[str]) -> object:
        computed.extend(texts)
        return pooled(model, texts)

    monkeypatch.setattr(embedder, "_pooled", counted)
    answered: list[int] = []

    class SlowClient(FakeClient):
        async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                           attempts: int | None = None) -> tuple[T, Usage]:
            for _ in range(200):  # the model's latency, up to 2 s
                await asyncio.sleep(0.01)
                if len(computed) >= 2:
                    break
            answered.append(len(computed))
            return await super().complete(messages, response_model, label, attempts)

    answer = Synthesis(headline="Orvel bridge closed after crack found", overview=[
        OverviewSentence(text="The Orvel bridge closed on Friday after engineers found a crack.", sources=["S1"])])
    with use_embedder(embedder):
        briefing, _usage = asyncio.run(synthesize_with_model(_briefing(), SlowClient(answer)))
    assert briefing.headline == "Orvel bridge closed after crack found"
    points = {_unnamed(p.text) for p in _briefing().key_points}
    assert points <= set(computed[: answered[0]])  # embedded before the answer came
    assert set(computed[answered[0] :]) <= {_unnamed(answer.headline), _unnamed(answer.overview[0].text)}
