"""Batch runs (``--batch``): every uncached request of a run sent through the OpenAI Batch API.

The Batch API answers within 24 hours at half the price, which is what a newsroom briefing
thousands of stories overnight wants. The run uploads one JSONL file of chat requests (built
exactly as a live call builds them, so prompts and schema are the same), creates the batch,
polls it and downloads the answers. The batch id is saved in the cache directory under a hash of the
requests, so a run that is interrupted (a laptop closed, a job killed) and started again with the
same inputs resumes the same batch instead of paying twice; ``--batch-id`` resumes one explicitly.

The uploaded file and the saved state hold requests and ids only, never the API key (it travels in
the Authorization header alone). A line the batch could not answer, or whose answer fails the schema,
is retried as a live call with the usual re-asks; a batch that fails as a whole fails its articles.
Files and batches go through the openai client, imported only here (a live run never loads it).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from summarizer.errors import ExtractionError
from summarizer.extract import CachedLLMExtractor, ChunkRequest
from summarizer.extract.chunking import CHUNK_CHARS
from summarizer.extract.pricing import Price
from summarizer.extract.response_model import ArticleExtraction as PromptExtraction
from summarizer.extract.response_model import to_plain
from summarizer.io import write_atomic
from summarizer.schema import Article, ArticleExtraction, Usage

if TYPE_CHECKING:
    from summarizer.extract.cache import ExtractionCache
    from summarizer.extract.config import LLMSettings

ENDPOINT = "/v1/chat/completions"
_TERMINAL = {"completed", "failed", "expired", "cancelled"}
_FENCED_JSON = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def request_body(request: ChunkRequest, settings: LLMSettings) -> dict[str, Any]:
    """The chat request a live call sends for this mode (tools, JSON schema, …): same prompt, same schema."""
    from summarizer.extract.wire import request_body as body

    return body(request.messages, PromptExtraction, settings.mode, model_name=settings.model,
                temperature=settings.temperature)


def parse_answer(body: Mapping[str, Any]) -> ArticleExtraction:
    """The extraction in one chat completion body: a tool call's arguments or the message content."""
    choices = body.get("choices") or []
    if not choices:
        raise ValueError("no choices in the answer")
    message = choices[0].get("message") or {}
    if choices[0].get("finish_reason") == "length":
        raise ValueError("model output was cut off (finish_reason=length)")
    calls = message.get("tool_calls") or []
    text = calls[0]["function"]["arguments"] if calls else (message.get("content") or "")
    fenced = _FENCED_JSON.search(text)
    return to_plain(PromptExtraction.model_validate_json(fenced.group(1) if fenced else text))


class BatchExtractor(CachedLLMExtractor):
    """The LLM backend, with the run's uncached requests answered by one batch before extraction."""

    keys_without_cache = True  # the batch's answers are matched to requests by key

    def __init__(self, settings: LLMSettings, cache: ExtractionCache | None, *,
                 prices: Mapping[str, Price] | None = None, max_cost: float | None = None,
                 chunk_chars: int = CHUNK_CHARS, batch_id: str | None = None, poll: float = 30.0,
                 state_dir: Path | None = None) -> None:
        super().__init__(settings, cache, prices=prices, max_cost=max_cost, chunk_chars=chunk_chars,
                         batch_pricing=True)
        from summarizer.extract.cache import default_cache_dir

        self.batch_id = batch_id
        self.poll = poll
        self.state_dir = state_dir or (cache.directory if cache is not None else default_cache_dir()) / "batches"
        self.answers: dict[str, tuple[ArticleExtraction, Usage]] = {}
        self.unusable: dict[str, Usage] = {}  # billed lines whose answer could not be used
        self.batch_failure: str | None = None
        self.live_fallbacks = 0

    # ------------------------------------------------------------------ the batch

    async def prepare(self, articles: Sequence[Article]) -> None:
        """Send every request not in the cache as one batch and keep the answers for extraction."""
        try:
            await self._prepare(articles)
        except ExtractionError as exc:
            self.batch_failure = exc.reason
        except Exception as exc:  # the Batch API unreachable or refusing: every uncached article fails
            from summarizer.extract.llm import redact

            status = getattr(exc, "status_code", None)
            first = (str(exc).splitlines() or [""])[0][:160]
            self.batch_failure = redact(f"batch run failed: {type(exc).__name__}"
                                        f"{f' (HTTP {status})' if status else ''}: {first}")

    async def _prepare(self, articles: Sequence[Article]) -> None:
        pending = self._pending(articles)
        if not pending and self.batch_id is None:
            return
        run_id = hashlib.sha256("\n".join(sorted(pending)).encode()).hexdigest()[:20]
        state_path = self.state_dir / f"{run_id}.json"
        batch_id = self.batch_id or self._saved_batch(state_path)
        if batch_id is None:
            batch_id = await self._submit(pending, state_path)
        self.batch_id = batch_id
        batch = await self._wait(batch_id)
        if batch.status != "completed":
            self.batch_failure = f"batch {batch_id} ended {batch.status}" + _errors_of(batch)
        else:
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    self._read_results(await self._download(file_id), pending)
        self._settle(pending)
        state_path.unlink(missing_ok=True)

    def _pending(self, articles: Sequence[Article]) -> dict[str, ChunkRequest]:
        """The requests no cached answer covers, one per key, within the budget (the rest is left undone)."""
        pending: dict[str, ChunkRequest] = {}
        for article in articles:
            for request in self.requests(article):
                if self.cached(request) is None:
                    pending.setdefault(request.key, request)
        if self.budget is not None:
            budget = self.budget
            pending = {key: r for key, r in pending.items() if budget.reserve(self.estimate(r)[2] or 0.0)}
        return pending

    def _settle(self, pending: Mapping[str, ChunkRequest]) -> None:
        """Each reserved estimate replaced by what its answer cost (nothing, when none came)."""
        if self.budget is None:
            return
        for key, request in pending.items():
            answered = self.answers.get(key)
            self.budget.settle(self.estimate(request)[2] or 0.0, answered[1].cost_usd if answered else 0.0)

    def _client(self) -> Any:
        """An openai client with the live calls' base URL, key header and connection pool."""
        return self.llm.openai_client()

    def _saved_batch(self, state_path: Path) -> str | None:
        try:
            state = json.loads(state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        batch_id = state.get("batch_id") if isinstance(state, dict) else None
        return batch_id if isinstance(batch_id, str) else None

    async def _submit(self, pending: Mapping[str, ChunkRequest], state_path: Path) -> str:
        lines = [json.dumps({"custom_id": key, "method": "POST", "url": ENDPOINT,
                             "body": request_body(request, self.settings)}, ensure_ascii=False)
                 for key, request in pending.items()]
        client = self._client()
        uploaded = await client.files.create(file=("requests.jsonl", ("\n".join(lines) + "\n").encode()),
                                             purpose="batch")
        batch = await client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h")
        # Saved before any waiting, so an interruption from here on resumes rather than resubmits.
        state = {"batch_id": batch.id, "input_file_id": uploaded.id, "model": self.settings.model,
                 "requests": len(lines), "created": time.time()}
        state_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(state_path, json.dumps(state, indent=2))
        return str(batch.id)

    async def _wait(self, batch_id: str) -> Any:
        client = self._client()
        batch = await client.batches.retrieve(batch_id)
        while batch.status not in _TERMINAL:
            await asyncio.sleep(self.poll)
            batch = await client.batches.retrieve(batch_id)
        return batch

    async def _download(self, file_id: str) -> str:
        content = await self._client().files.content(file_id)
        return str(content.text)

    def _read_results(self, jsonl: str, pending: Mapping[str, ChunkRequest]) -> None:
        for line in jsonl.splitlines():
            try:
                item = json.loads(line)
                key = str(item["custom_id"])
                response = item.get("response") or {}
                body = response.get("body") or {}
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            if key not in pending:
                continue  # not one of this run's requests (a stale --batch-id): never trusted
            tokens = body.get("usage") or {} if isinstance(body, dict) else {}
            usage = Usage(calls=1, attempts=1, prompt_tokens=int(tokens.get("prompt_tokens") or 0),
                          cached_prompt_tokens=int((tokens.get("prompt_tokens_details") or {}).get("cached_tokens") or 0),
                          completion_tokens=int(tokens.get("completion_tokens") or 0))
            usage.cost_usd = self.cost(usage)
            try:
                if response.get("status_code") != 200:
                    raise ValueError(f"HTTP {response.get('status_code')}")
                extraction = parse_answer(body)
            except (ValueError, KeyError, TypeError, ValidationError):
                # Retried live, with re-asks; whatever this attempt was billed stays in the ledger.
                self.unusable[key] = usage.model_copy(update={"calls": 0, "failed_attempts": 1})
                continue
            self.answers[key] = (extraction, usage)
            if self.cache is not None:
                self.cache.put(key, extraction, self.settings.model)

    # ------------------------------------------------------------------ per request

    async def _call(self, request: ChunkRequest, batch: bool | None = None) -> tuple[ArticleExtraction, Usage, bool]:
        answered = self.answers.get(request.key)
        if answered is not None:
            return answered[0], answered[1], False
        if self.batch_failure is not None and self.cached(request) is None:
            raise ExtractionError(request.source, self.batch_failure)
        if self.cached(request) is None:
            self.live_fallbacks += 1
        # A line the batch did not answer usably: a live call at the live price, with re-asks.
        billed = self.unusable.pop(request.key, Usage())
        try:
            extraction, usage, hit = await super()._call(request, batch=False)
        except ExtractionError as exc:
            exc.usage = billed.add(exc.usage if isinstance(exc.usage, Usage) else Usage())
            raise
        return extraction, billed.add(usage), hit


def _errors_of(batch: Any) -> str:
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    messages = [str(getattr(e, "message", "") or "") for e in errors]
    return f": {'; '.join(m for m in messages if m)[:200]}" if any(messages) else ""
