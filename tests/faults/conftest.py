"""Fault tests talk to a FakeOpenAI that each test starts on 127.0.0.1 (a random free port)."""

from __future__ import annotations

import asyncio
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


class FakeClock:
    """Virtual time for the client's waits: a sleep is recorded and moves the clock at once.

    The retry backoff, a 429's pool pause and the retry budget then run on time no load can stretch,
    so a test asserts the waits themselves; only the HTTP timeouts and the overall deadline stay real.
    """

    def __init__(self) -> None:
        self.time = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += max(0.0, seconds)
        await asyncio.sleep(0)  # still a yield to the loop, as a real sleep is

    @property
    def waited(self) -> float:
        return sum(self.sleeps)


# A hang's request timeout: short, so the test is quick, and a second above a loaded loopback answer.
HANG_TIMEOUT = 1.0


def make_extractor(server: FakeOpenAI, clock: FakeClock | None = None, **overrides: float) -> LLMExtractor:
    """Small budgets; with a clock the waits take no time. The request timeout is generous (a loaded
    machine can take over half a second to answer on loopback); a test of a hang sets HANG_TIMEOUT."""
    values: dict[str, float] = {"timeout": 5.0, "max_attempts": 3, "max_total_wait": 3.0, "concurrency": 4}
    values.update(overrides)
    return LLMExtractor(LLMSettings(
        base_url=server.base_url, api_key=FAKE_KEY, timeout=values["timeout"],
        max_attempts=int(values["max_attempts"]), max_total_wait=values["max_total_wait"],
        concurrency=int(values["concurrency"]),
    ), clock=clock)
