"""Hand-offs after the merge and the way out: nothing between the last answers and the process exit that
the briefing does not need."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from summarizer import cli, pipeline
from summarizer.extract import CachedLLMExtractor, cache
from summarizer.extract.config import LLMSettings
from summarizer.pipeline import Options, run_sync
from summarizer.schema import Usage

ROOT = Path(__file__).resolve().parent.parent


class Verdicts(BaseModel):
    """An invented response model standing in for the review's."""

    verdicts: list[str] = []


def test_the_command_leaves_the_event_loop_to_the_process_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelling what is left, joining the worker threads and closing the loop came between the last answer
    and the briefing being written; the command ends the process next, so it skips them. The library does not."""
    loops: list[asyncio.AbstractEventLoop] = []

    async def arun(inputs: list[str], options: Options) -> str:
        loops.append(asyncio.get_running_loop())
        return "briefing"

    monkeypatch.setattr(pipeline, "arun", arun)
    monkeypatch.setattr(cli, "_ends_process", True)
    try:
        assert cli._run(["x.txt"], Options()) == "briefing"
        assert not loops[-1].is_closed()
    finally:
        loops[-1].close()
        asyncio.set_event_loop(None)
    monkeypatch.setattr(cli, "_ends_process", False)
    assert cli._run(["x.txt"], Options()) == "briefing"
    assert loops[-1].is_closed()

    async def other() -> int:
        loops.append(asyncio.get_running_loop())
        return 2

    assert run_sync(other()) == 2
    assert loops[-1].is_closed()


def test_the_command_leaves_what_the_run_made_to_the_process_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Freeing every article, record and key point one by one when the command returned took 3 ms after the
    briefing was written (48 articles); the command's process exit drops them at once. The library frees them."""
    freed: list[str] = []

    class Made:
        def __init__(self, name: str) -> None:
            self.name = name

        def __del__(self) -> None:
            freed.append(self.name)

    async def arun(inputs: list[str], options: Options) -> Made:
        return Made(inputs[0])

    monkeypatch.setattr(pipeline, "arun", arun)
    monkeypatch.setattr(cli, "_left_to_exit", [])
    monkeypatch.setattr(cli, "_ends_process", True)
    try:
        cli._run(["kept"], Options())
        assert freed == []
    finally:
        asyncio.get_event_loop_policy().get_event_loop().close()  # the loop the command left open
        asyncio.set_event_loop(None)
    monkeypatch.setattr(cli, "_ends_process", False)
    cli._run(["freed"], Options())
    assert freed == ["freed"]


def test_only_the_command_line_entry_point_ends_the_process(tmp_path: Path) -> None:
    script = ("import summarizer.cli as c\n"
              "print(c._ends_process)\n"
              "c.app = lambda: print(c._ends_process)\n"
              "c.main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"]


async def test_a_call_without_the_cache_hashes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key hashes every message (the review's are the whole merged briefing) and the response schema:
    work on the way to the review and synthesis requests that only a cache reads."""
    def no_key(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("a cache key was made without a cache")

    monkeypatch.setattr(cache, "cache_key", no_key)
    extractor = CachedLLMExtractor(LLMSettings(base_url="http://127.0.0.1:1/v1", api_key="sk-invented"), None)

    async def complete(messages: Any, response_model: Any, label: str, attempts: int | None = None) -> Any:
        return Verdicts(verdicts=["same"]), Usage(calls=1)

    monkeypatch.setattr(extractor._llm, "complete", complete)
    try:
        result, usage = await extractor.complete([{"role": "user", "content": "two ferries"}], Verdicts, "review")
    finally:
        await extractor.aclose()
    assert result == Verdicts(verdicts=["same"]) and usage.calls == 1


def test_an_extraction_request_without_the_cache_is_not_hashed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its key (the messages and the schema hashed) was made on the way to the first request, for no reader."""
    from summarizer.extract.batch import BatchExtractor
    from summarizer.schema import Article

    article = Article(id="S1", uri="a.txt", title="Ferries", text="The ferry to Lannis sailed at noon on Tuesday.")
    settings = LLMSettings(base_url="http://127.0.0.1:1/v1", api_key="sk-invented")
    made: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> str:
        made.append(1)
        return "key"

    monkeypatch.setattr(cache, "cache_key", counted)
    plain, batch = CachedLLMExtractor(settings, None), BatchExtractor(settings, None)
    try:
        assert [r.key for r in plain.requests(article)] == [""] and not made
        assert [r.key for r in batch.requests(article)] == ["key"] and made == [1], "a batch matches answers by key"
    finally:
        asyncio.run(plain.aclose())
        asyncio.run(batch.aclose())


def test_a_response_model_is_hashed_once_for_the_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []

    class Counted(Verdicts):
        @classmethod
        def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
            made.append(1)
            return super().model_json_schema(*args, **kwargs)

    messages = [{"role": "user", "content": "a bridge closed"}]
    first = cache.cache_key(messages, "m", "tools", "review", Counted)
    assert cache.cache_key(messages, "m", "tools", "review", Counted) == first
    assert cache.cache_key([{"role": "user", "content": "a bridge opened"}], "m", "tools", "review", Counted) != first
    assert made == [1]


def test_the_review_and_synthesis_schemas_are_serialised_while_the_requests_are_out(tmp_path: Path) -> None:
    """Each request body carries its response schema, made at the model's first request: between the merge and
    the review request, and again before the synthesis request. The loading thread makes them ahead."""
    script = ("import summarizer.pipeline as p\n"
              "from summarizer.extract import CachedLLMExtractor, wire\n"
              "from summarizer.extract.config import LLMSettings\n"
              "from summarizer.adjudicate_llm import Adjudication\n"
              "from summarizer.synthesize_llm import Synthesis\n"
              "def ready():\n"
              "    return [wire._tool.cache_info().currsize, wire._schema_message.cache_info().currsize]\n"
              "print(ready())\n"
              "for mode in ('tools', 'md_json'):\n"
              "    e = CachedLLMExtractor(LLMSettings(base_url='http://127.0.0.1:1/v1', api_key='sk-x', mode=mode), None)\n"
              "    p._load_later_stages(e, None).join()\n"
              "    print(ready())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["[0, 0]", "[2, 0]", "[2, 2]"]


async def test_a_request_tells_when_its_body_is_written_before_the_answer_comes() -> None:
    from summarizer.extract.llm import LLMExtractor, build_messages
    from summarizer.extract.response_model import ArticleExtraction as PromptExtraction
    from summarizer.schema import Article
    from summarizer.testing.fake_openai import FakeOpenAI
    from tests.conftest import FAKE_KEY

    article = Article(id="S1", uri="a", text="The ferry to Ostrel was cancelled on Friday, the operator said.")
    with FakeOpenAI(latency=0.5) as server:
        client = LLMExtractor(LLMSettings(base_url=server.base_url, api_key=FAKE_KEY, timeout=5.0))
        try:
            written = client.next_request_written()
            assert not written.done()
            call = asyncio.ensure_future(client.complete(build_messages(article), PromptExtraction, "S1"))
            await asyncio.wait_for(asyncio.shield(written), 0.4)
            assert not call.done()
            await call
            assert client.next_request_written() is not written  # one notice per wait
        finally:
            await client.aclose()


async def test_the_extractive_overview_waits_until_the_review_request_is_written(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Made in a thread while the review is awaited; started beside the review's request, that thread slowed
    the request's making and sending (10-15 ms on 48 articles), so it starts once the request is written."""
    from summarizer import adjudicate_llm
    from summarizer.schema import Briefing, KeyPoint

    events: list[str] = []
    written: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    class Extractor:
        def next_request_written(self) -> asyncio.Future[None]:
            return written

    async def adjudicate(merged: Briefing, extractor: object, prompt_dir: object, pairs: object) -> Any:
        events.append("review asked")
        await asyncio.sleep(0.05)
        events.append("review written")
        written.set_result(None)
        await asyncio.sleep(0.05)
        return merged, Usage()

    def overview(merged: Briefing) -> tuple[str, str]:
        events.append("overview")
        return "A bridge closed", "The bridge closed."

    monkeypatch.setattr(adjudicate_llm, "adjudicate_with_model", adjudicate)
    monkeypatch.setattr(pipeline, "_extractive_overview", overview)
    merged = Briefing(key_points=[KeyPoint(text="The bridge closed.", sources=["S1"]),
                                  KeyPoint(text="Traffic was diverted.", sources=["S2"])])
    briefing, _usage = await pipeline._model_passes(merged, Extractor(), Options(synthesize=False),  # type: ignore[arg-type]
                                                    [], [])
    assert events == ["review asked", "review written", "overview"]
    assert briefing.headline == "A bridge closed"
