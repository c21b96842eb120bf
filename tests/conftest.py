"""Shared test setup: no network, a private cache, and cassettes under the top-level ``cassettes/``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.testing.fake_openai import FakeOpenAI, FixtureResponder

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "tests" / "data" / "story"
FIXTURES = ROOT / "tests" / "fixtures" / "llm"
RECORD_PORT = 18765
# A fake key: tests search every written file for it to prove it never leaks.
FAKE_KEY = "sk-test-FAKEKEY-0123456789abcdef"
# Read before any test clears the environment: used only to record against a real provider.
_REAL_BASE_URL = os.environ.get("SUMMARIZER_RECORD_BASE_URL")
_REAL_KEY = os.environ.get("OPENAI_API_KEY", "")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, object]:
    # No record_mode here: it would override --record-mode; pytest-recording defaults to "none".
    return {
        "filter_headers": ["authorization", "api-key", "openai-organization", "openai-project", "cookie",
                           "set-cookie"],
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(ROOT / "cassettes" / request.module.__name__.split(".")[-1])


@pytest.fixture
def llm_env(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """Environment pointing the LLM backend at the fixture server.

    When replaying (the default), no server runs: vcrpy answers from the cassette. When recording
    (``--record-mode=once|rewrite``), the fixture server is started on the recorded port.
    """
    recording = request.config.getoption("--record-mode") not in (None, "none")
    if recording and _REAL_BASE_URL:
        yield {"OPENAI_BASE_URL": _REAL_BASE_URL, "OPENAI_API_KEY": _REAL_KEY}
        return
    server = FakeOpenAI(FixtureResponder(FIXTURES), port=RECORD_PORT).__enter__() if recording else None
    try:
        yield {"OPENAI_BASE_URL": f"http://127.0.0.1:{RECORD_PORT}/v1", "OPENAI_API_KEY": FAKE_KEY}
    finally:
        if server is not None:
            server.close()


@pytest.fixture
def story_dir() -> Path:
    return STORY
