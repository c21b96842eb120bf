"""--batch: upload, create, poll, download, half price, resume after an interruption; against the local server."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.extract.batch import BatchExtractor
from summarizer.extract.reference import assume_reference_dates
from summarizer.ingest import load_inputs
from summarizer.pipeline import Options, arun, make_extractor
from summarizer.testing.fake_batch import FakeBatchAPI
from summarizer.testing.fake_openai import FakeOpenAI, Fault
from tests.conftest import FAKE_KEY
from tests.perf.conftest import extraction_requests


def _batch_options(options: Options) -> Options:
    return replace(options, batch=True, batch_poll=0.0)


def test_batch_run_answers_every_article_at_half_price(server: FakeOpenAI, options: Options,
                                                       story_dir: Path) -> None:
    api = FakeBatchAPI(server, polls_until_done=2).install()
    live = asyncio.run(arun([story_dir], replace(options, use_cache=False))).briefing
    live_requests = extraction_requests(server)
    batch = asyncio.run(arun([story_dir], _batch_options(options))).briefing
    assert len(api.uploads) == 1 and len(api.batches) == 1
    assert api.polls["batch_fake0001"] >= 3  # it polled until the batch completed
    assert len(server.requests) - live_requests == 5  # the five lines, answered inside the batch
    assert [s.status for s in batch.sources] == ["ok"] * 5
    assert batch.usage.calls == 5 and batch.usage.prompt_tokens == live.usage.prompt_tokens
    assert batch.usage.cost_usd is not None and live.usage.cost_usd is not None
    assert abs(batch.usage.cost_usd - live.usage.cost_usd / 2) < 1e-12
    assert [p.text for p in batch.key_points] == [p.text for p in live.key_points]
    # Batch answers are cached: the same run again sends nothing, not even a batch.
    again = asyncio.run(arun([story_dir], _batch_options(options))).briefing
    assert len(api.batches) == 1 and again.usage.cached_calls == 5


def test_uploaded_requests_match_live_ones_and_hold_no_key(server: FakeOpenAI, options: Options,
                                                           story_dir: Path) -> None:
    api = FakeBatchAPI(server).install()
    asyncio.run(arun([story_dir / "a_wire.txt"], replace(options, use_cache=False)))
    live_body = server.requests[-1]
    asyncio.run(arun([story_dir / "a_wire.txt"], _batch_options(options)))
    line = json.loads(api.uploads[0].decode().splitlines()[0])
    assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
    assert line["body"]["messages"] == live_body["messages"] and line["body"]["tools"] == live_body["tools"]
    assert FAKE_KEY.encode() not in api.uploads[0]
    assert server.headers_seen and all(FAKE_KEY in h.get("authorization", "") for h in server.headers_seen)


def test_interrupted_batch_run_resumes_the_same_batch(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    api = FakeBatchAPI(server, hold=True).install()
    articles = [a for a in load_inputs([str(story_dir)]).articles if a.status == "ok"]
    assume_reference_dates(articles)  # as the interrupted pipeline run had done: its prompts carry them
    opts = _batch_options(options)
    state_dir = Path(str(opts.cache_dir)) / "batches"

    async def interrupted() -> None:
        extractor = make_extractor(opts)
        assert isinstance(extractor, BatchExtractor)
        task = asyncio.create_task(extractor.prepare(articles))
        while not api.polls.get("batch_fake0001"):  # submitted and being polled
            await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await extractor.aclose()

    asyncio.run(interrupted())
    saved = list(state_dir.glob("*.json"))
    assert len(saved) == 1 and json.loads(saved[0].read_text())["batch_id"] == "batch_fake0001"
    assert FAKE_KEY not in saved[0].read_text()
    api.release()
    result = asyncio.run(arun([story_dir], opts)).briefing
    assert len(api.uploads) == 1 and len(api.batches) == 1  # resumed, not resubmitted
    assert [s.status for s in result.sources] == ["ok"] * 5
    assert not list(state_dir.glob("*.json"))  # finished batches leave no state behind


def test_cli_resumes_an_explicit_batch_id(server: FakeOpenAI, env: dict[str, str], options: Options,
                                          story_dir: Path, tmp_path: Path) -> None:
    api = FakeBatchAPI(server).install()
    asyncio.run(arun([story_dir], _batch_options(replace(options, cache_dir=tmp_path / "other"))))
    result = CliRunner().invoke(app, ["brief", str(story_dir), "--backend", "llm", "--batch-id", "batch_fake0001",
                                      "--batch-poll", "0", "-o", str(tmp_path / "b.md")],
                                env={**env, "SUMMARIZER_CACHE_DIR": str(tmp_path / "fresh")})
    assert result.exit_code == 0, result.stderr
    assert len(api.batches) == 1 and len(api.uploads) == 1
    assert "est. $" in result.stderr and (tmp_path / "b.md").read_text().strip()


def test_unusable_line_is_retried_live(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    FakeBatchAPI(server).install()
    server.script(Fault("invalid", match="nine-day strike"))  # the wire story's batch line fails the schema
    result = asyncio.run(arun([story_dir], _batch_options(options))).briefing
    assert [s.status for s in result.sources] == ["ok"] * 5
    # One call per article; the broken line is a billed, failed attempt before its live retry.
    assert (result.usage.calls, result.usage.attempts, result.usage.failed_attempts) == (5, 6, 1)
    assert extraction_requests(server) == 6


def test_failed_batch_fails_its_articles(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    api = FakeBatchAPI(server, polls_until_done=1000).install()
    original = api._create

    def create_then_fail(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        answer = original(method, path, headers, body)
        api.fail(json.loads(answer[2])["id"], "input file is not valid JSONL")
        return answer

    server.add_route("POST", "/v1/batches", create_then_fail)
    result = asyncio.run(arun([story_dir], _batch_options(options))).briefing
    assert all(s.status == "failed" for s in result.sources)
    assert all("ended failed" in (s.error or "") and "not valid JSONL" in (s.error or "") for s in result.sources)


def test_batch_respects_the_budget(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    api = FakeBatchAPI(server).install()
    result = asyncio.run(arun([story_dir], replace(_batch_options(options), max_cost=0.0000001)))
    assert len(api.uploads) == 0 and len(result.skipped) == 5
