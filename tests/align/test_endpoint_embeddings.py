"""``--embeddings MODEL``: alignment through an OpenAI-compatible embeddings endpoint.

The endpoint is the project's fixture server on 127.0.0.1 answering with stand-in vectors
(summarizer/testing/fake_embeddings.py), never a model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from summarizer import summarize
from summarizer.align import Calibrated, shipped_embedder
from summarizer.align.embedding import REFERENCE_FILE, normalize_rows
from summarizer.cli import app
from summarizer.errors import ConfigError
from summarizer.extract.config import llm_settings
from summarizer.extract.embeddings import EmbeddingError, EndpointEmbedder
from summarizer.testing.fake_embeddings import fake_vector, serve_embeddings
from summarizer.testing.fake_openai import FakeOpenAI

KEY = "sk-test-embeddings-0123456789abcdef"


@pytest.fixture(autouse=True)
def _short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries wait 0.01 s, not 0.5 s doubling: these tests count attempts and read the outcome, and the
    real backoff made the failing-endpoint test sleep 3.5 s."""
    import summarizer.extract.embeddings

    monkeypatch.setattr(summarizer.extract.embeddings, "BACKOFF", 0.01)


def _median_unrelated(vectors: np.ndarray) -> float:
    upper = np.triu_indices(len(vectors), 1)
    return float(np.median((vectors @ vectors.T)[upper]))


def test_briefing_aligned_through_the_endpoint_then_from_the_cache(story_dir: Path, tmp_path: Path) -> None:
    env = {"OPENAI_BASE_URL": "", "OPENAI_API_KEY": KEY}
    with FakeOpenAI() as server:
        route = serve_embeddings(server)
        env["OPENAI_BASE_URL"] = server.base_url
        first = summarize([story_dir], backend="offline", embeddings="stand-in-embed", env=env, cache_dir=tmp_path)
        sent = len(route.requests)
        second = summarize([story_dir], backend="offline", embeddings="stand-in-embed", env=env, cache_dir=tmp_path)
    assert first.embeddings == "endpoint:stand-in-embed"
    assert sent >= 1 and all(r["model"] == "stand-in-embed" for r in route.requests[:sent])
    assert route.headers[0]["authorization"] == f"Bearer {KEY}"
    # Claims were embedded (the reference sentences too, for the calibration).
    assert any(line in route.texts for line in REFERENCE_FILE.read_text().splitlines() if line)
    assert first.usage.prompt_tokens > 0
    # The rerun asks nothing and gives the same briefing.
    assert len(route.requests) == sent
    assert [kp.text for kp in second.key_points] == [kp.text for kp in first.key_points]
    # The key reaches neither the briefing nor the cache.
    assert KEY not in first.model_dump_json()
    assert all(KEY.encode() not in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def test_a_failing_endpoint_leaves_the_shipped_alignment_and_a_warning(story_dir: Path, tmp_path: Path) -> None:
    plain = summarize([story_dir], backend="offline", use_cache=False)
    with FakeOpenAI() as server:
        route = serve_embeddings(server, fail_with=[500] * 20)
        env = {"OPENAI_BASE_URL": server.base_url}
        briefing = summarize([story_dir], backend="offline", embeddings="stand-in-embed", env=env, use_cache=False,
                             timeout=5)
    assert route.requests  # it was tried
    assert briefing.embeddings == shipped_embedder().name
    notices = [n for n in briefing.warnings if n.kind == "alignment"]
    assert len(notices) == 1 and "stand-in-embed" in notices[0].message and "HTTP 500" in notices[0].message
    assert [kp.text for kp in briefing.key_points] == [kp.text for kp in plain.key_points]


def test_a_retryable_failure_is_retried(tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        route = serve_embeddings(server, fail_with=[503])
        embedder = EndpointEmbedder(llm_settings(env={"OPENAI_BASE_URL": server.base_url}), "stand-in-embed")
        rows = embedder.embed(["The ferry sailed at noon.", "The ferry sailed at noon.", "Rain fell."])
        embedder.close()
    assert len(route.requests) == 2  # one 503, one answer; the repeated text sent once
    assert route.requests[1]["input"] == ["The ferry sailed at noon.", "Rain fell."]
    assert rows.shape == (3, len(fake_vector("x")))
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    assert embedder.usage.failed_attempts == 1 and embedder.usage.attempts == 2


def test_a_client_error_is_not_retried_and_names_the_model() -> None:
    with FakeOpenAI() as server:
        route = serve_embeddings(server, fail_with=[401])
        embedder = EndpointEmbedder(llm_settings(env={"OPENAI_BASE_URL": server.base_url}), "stand-in-embed")
        with pytest.raises(EmbeddingError, match=r"stand-in-embed.*HTTP 401"):
            embedder.embed(["Rain fell."])
        embedder.close()
    assert len(route.requests) == 1


def test_embeddings_need_a_configured_server() -> None:
    with pytest.raises(ConfigError, match="--embeddings stand-in-embed"):
        summarize(["Some text about a ferry."], backend="offline", embeddings="stand-in-embed", env={})


def test_calibration_puts_an_anisotropic_model_on_the_shipped_scale() -> None:
    class StandIn:
        name = "stand-in"

        def embed(self, texts: Sequence[str]) -> np.ndarray:
            return normalize_rows(np.asarray([fake_vector(t) for t in texts]))

    reference = [s for s in REFERENCE_FILE.read_text().splitlines() if s.strip()]
    raw = StandIn().embed(reference)
    calibrated = Calibrated(StandIn()).embed(reference)
    shipped = shipped_embedder().embed(reference)
    assert _median_unrelated(raw) > 0.5  # unrelated sentences look alike before calibration
    assert abs(_median_unrelated(calibrated) - _median_unrelated(shipped)) < 0.02
    assert np.allclose(np.linalg.norm(calibrated, axis=1), 1.0, atol=1e-5)
    # The shipped model calibrated against itself barely moves.
    own = Calibrated(shipped_embedder()).embed(reference[:6])
    assert np.max(np.abs(own @ own.T - shipped[:6] @ shipped[:6].T)) < 0.1


def test_cli_flag_is_listed_and_recorded(story_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    assert "--embeddings" in runner.invoke(app, ["brief", "--help"]).output
    with FakeOpenAI() as server:
        serve_embeddings(server)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
        result = runner.invoke(app, ["brief", str(story_dir), "--backend", "offline", "--embeddings", "stand-in-embed",
                                     "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["embeddings"] == "endpoint:stand-in-embed"
