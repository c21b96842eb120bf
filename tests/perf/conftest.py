"""A fixture server per test (127.0.0.1, random port) and the options that point a run at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.pipeline import Options
from summarizer.testing.fake_openai import FakeOpenAI, requested_model
from tests.conftest import FAKE_KEY


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def env(server: FakeOpenAI) -> dict[str, str]:
    return {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY}


@pytest.fixture
def options(env: dict[str, str], tmp_path: Path) -> Options:
    return Options(backend="llm", env=env, cache_dir=tmp_path / "cache", synthesize=False, adjudicate=False)


def extraction_requests(server: FakeOpenAI) -> int:
    """Chat requests for article extractions (not synthesis) the server has answered."""
    return sum(1 for r in server.requests if requested_model(r) == "ArticleExtraction")
