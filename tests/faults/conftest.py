"""Fault tests talk to a FakeOpenAI that each test starts on 127.0.0.1 (a random free port)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from summarizer.extract.config import LLMSettings
from summarizer.extract.llm import LLMExtractor
from summarizer.schema import Article
from summarizer.testing.fake_openai import FakeOpenAI
from tests.conftest import FAKE_KEY

BRIDGE = Article(
    id="S1", uri="bridge.txt",
    text='The bridge in Orvel closed on Friday after a crack was found, engineers said. '
         '"It is unsafe," said Mayor Ana Pell.',
)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def make_extractor(server: FakeOpenAI, **overrides: float) -> LLMExtractor:
    """Short timeouts and budgets so every fault resolves in about a second."""
    values: dict[str, float] = {"timeout": 0.5, "max_attempts": 3, "max_total_wait": 3.0, "concurrency": 4}
    values.update(overrides)
    return LLMExtractor(LLMSettings(
        base_url=server.base_url, api_key=FAKE_KEY, timeout=values["timeout"],
        max_attempts=int(values["max_attempts"]), max_total_wait=values["max_total_wait"],
        concurrency=int(values["concurrency"]),
    ))
