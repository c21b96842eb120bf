"""Shared test setup: no network, a private cache, and cassettes under the top-level ``cassettes/``."""

from __future__ import annotations

import getpass
import ipaddress
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

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

# Hypothesis keeps no example database, and its other files (the constants it reads from our source,
# Unicode tables) go to a folder under the system's temporary directory, kept between runs because
# rebuilding them costs two seconds: running the tests writes nothing into the checkout.
settings.register_profile("summarizer", database=None)
settings.load_profile("summarizer")
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / f"summarizer-tests-{getpass.getuser()}" / "hypothesis")


class NetworkBlocked(RuntimeError):
    """A test tried to reach an address other than this machine's loopback."""


def _loopback(address: Any) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str):
        return True  # AF_UNIX paths (bytes) and the like never leave the machine
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _refuse_unless_loopback(sock: socket.socket, address: Any) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
        raise NetworkBlocked(f"test tried to reach {address!r}: tests may only use servers on 127.0.0.1")


def _guarded_connect(self: socket.socket, address: Any) -> None:
    _refuse_unless_loopback(self, address)
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    _refuse_unless_loopback(self, address)
    return _real_connect_ex(self, address)


def pytest_configure(config: pytest.Config) -> None:
    # Like pydantic-ai's ALLOW_MODEL_REQUESTS = False: a test that would reach a real provider (or
    # any host but loopback) fails at once instead of depending on the network. Recording against a
    # real provider (SUMMARIZER_RECORD_BASE_URL) is the one opt-out.
    if not _REAL_BASE_URL:
        socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    # A developer's proxy settings would route the tests' loopback servers through it.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
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
