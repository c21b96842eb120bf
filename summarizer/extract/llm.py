"""The LLM backend: one article in, one validated :class:`ArticleExtraction` out.

Requests go straight through httpx2 in the chat-completions wire format (:mod:`summarizer.extract.wire`
builds the same bodies instructor builds, validates answers with the same Pydantic models and re-asks
the same way): importing openai and instructor costs about a second of CPU, which every run paid
before its first request could leave. openai is imported only for the Batch API (``--batch``).
Each call gets a fresh tenacity ``AsyncRetrying`` (a shared one breaks under concurrency) covering
rate limits, server errors, timeouts, dropped connections and schema failures (re-asks). A 429 pauses
the whole pool, not just the request that got it.

Every call is bounded twice: httpx's timeout stops a silent server, and an overall deadline per
call (attempts x timeout + the retry budget) stops one that trickles bytes forever. The API key is
redacted from every log record and failure reason, because error bodies can echo it back.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import json
import logging
import random
import ssl
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx2
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from tenacity.stop import stop_base

from summarizer.errors import ExtractionError
from summarizer.extract import wire
from summarizer.extract.config import LLMSettings
from summarizer.extract.pricing import estimate_tokens
from summarizer.extract.ratelimit import Clock, RateLimiter, WallClock
from summarizer.extract.secrets import redact, register_secret
from summarizer.prompts import fence_for, render, template_version
from summarizer.schema import Article, ArticleExtraction, Usage

SYSTEM_TEMPLATE = "extract_system.j2"
USER_TEMPLATE = "extract_user.j2"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
T = TypeVar("T", bound=BaseModel)
TRANSIENT_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})  # worth asking again
_log = logging.getLogger(__name__)

__all__ = ["DEFAULT_BASE_URL", "TRANSIENT_STATUS", "LLMExtractor", "build_messages", "prompt_version", "redact", "register_secret",
           "retry_after", "tls_context"]


class StatusError(Exception):
    """The server answered with an HTTP error status; the body is kept for the (redacted) detail."""

    def __init__(self, status_code: int, headers: Any, text: str) -> None:
        super().__init__(f"Error code: {status_code} - {text[:500]}")
        self.status_code = status_code
        self.headers = headers


class NotJSON(Exception):
    """HTTP 200 whose body is not JSON (a proxy's error page, a cut connection)."""


def prompt_version(prompt_dir: Path | None = None) -> str:
    return template_version(SYSTEM_TEMPLATE, USER_TEMPLATE, directory=prompt_dir)


def build_messages(article: Article, prompt_dir: Path | None = None) -> list[dict[str, str]]:
    """The chat messages for one article; the text is data inside a fence it cannot close."""
    fence = fence_for(article.text)
    published = article.published.isoformat() if article.published else None
    # The system message is the same bytes for every article (after the same tools), so a provider's
    # prompt cache can reuse that prefix; all that varies (fence, date, text) is in the user message.
    system = _system(prompt_dir, fence, published)
    user = render(USER_TEMPLATE, prompt_dir, fence=fence, source_id=article.id, title=article.title,
                  publisher=article.publisher, published=published, article_text=article.text,
                  reference_date=article.reference_date.isoformat() if article.reference_date else None)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _system(prompt_dir: Path | None, fence: str, published: str | None) -> str:
    # A user's own system template may still use the fence or the date (at the cost of the cache).
    return render(SYSTEM_TEMPLATE, prompt_dir, fence=fence, published=published)


_TLS_LOCK = threading.Lock()


@functools.cache
def _tls_context() -> ssl.SSLContext:
    return httpx2.create_ssl_context()


def tls_context() -> ssl.SSLContext:
    """The client's TLS settings, made once per process.

    Loading the CA bundle takes about a tenth of a second; the pipeline has it done in a thread while
    ingest runs (the load releases the GIL), so it is off the path to the first request.
    """
    with _TLS_LOCK:
        return _tls_context()


def _verify(base_url: str) -> ssl.SSLContext:
    """The CA bundle for an https:// server; none for http:// (a local server), where no TLS is spoken.

    Loading the bundle is 0.1-0.2 s on the way to the first request. The context an http:// client
    gets trusts no certificate at all, so a TLS connection it was somehow asked for fails closed.
    """
    if base_url.lower().startswith("https://"):
        return tls_context()
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class PoolGate:
    """Shared pause: after a 429 every request of the run waits, so the pool backs off as one."""

    def __init__(self, limiter: RateLimiter | None = None, clock: Clock | None = None) -> None:
        self._resume_at = 0.0
        self.pauses = 0
        self.limiter = limiter
        self.clock = clock or WallClock()

    async def before_request(self, request: httpx2.Request) -> None:
        if self.limiter is not None and self.limiter.active and request.url.path.endswith("/chat/completions"):
            # Every attempt counts against --rpm/--tpm, re-asks included; tokens estimated from the body.
            await self.limiter.acquire(estimate_tokens(len(request.content)))
        # Loop: another 429 may push the resume time further while this request sleeps.
        while (delay := self._resume_at - self.clock.now()) > 0:
            await self.clock.sleep(delay)

    async def after_response(self, response: httpx2.Response) -> None:
        if response.status_code == 429:
            wait = retry_after(response.headers) or 1.0
            self._resume_at = max(self._resume_at, self.clock.now() + min(wait, 60.0))
            self.pauses += 1


def retry_after(headers: Any) -> float | None:
    """Seconds a server asked us to wait (``retry-after-ms`` or ``retry-after``), if any."""
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                seconds = float(value) * scale
            except ValueError:
                seconds = _http_date_delay(value) if scale == 1.0 else -1.0
            if 0 <= seconds <= 300:
                return seconds
    return None


def _http_date_delay(value: str) -> float:
    """``Retry-After`` may be an HTTP date instead of seconds; -1 when it is neither."""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return -1.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, (ValidationError, json.JSONDecodeError, NotJSON)):
        return True  # a schema failure has been answered with a re-ask
    if isinstance(exc, wire.AnswerError):
        return exc.retry
    if isinstance(exc, httpx2.TransportError):
        return True  # timeouts, refused or dropped connections
    if isinstance(exc, StatusError):
        return exc.status_code in TRANSIENT_STATUS
    return False


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    if isinstance(exc, (ValidationError, json.JSONDecodeError)):
        return 0.0
    if isinstance(exc, StatusError):
        asked = retry_after(exc.headers)
        if asked is not None:
            return asked
    base = min(30.0, 0.5 * 2.0 ** (state.attempt_number - 1))
    return base * (0.5 + random.random() / 2)


class _Budget(stop_base):
    """Never start a wait that would end past the budget (tenacity's ``stop_before_delay``, on our clock)."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock, self.seconds, self.started = clock, seconds, clock.now()

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.clock.now() - self.started + (retry_state.upcoming_sleep or 0.0) >= self.seconds


@dataclass
class _CallUsage:
    usage: Usage
    empty: bool = False  # the last response had no choices
    http_failed: bool = False  # the last failure was the HTTP call itself, not parsing its answer

    def answered(self, completion: dict[str, Any]) -> None:
        """Count one answered attempt with its own tokens (a re-ask's tokens are added, not summed twice)."""
        self.usage.attempts += 1
        self.empty, self.http_failed = not completion.get("choices"), False
        u = completion.get("usage")
        if isinstance(u, dict):
            self.usage.prompt_tokens += int(u.get("prompt_tokens") or 0)
            details = u.get("prompt_tokens_details")  # servers without a prompt cache omit it
            self.usage.cached_prompt_tokens += int((details or {}).get("cached_tokens") or 0) \
                if isinstance(details, dict) else 0
            self.usage.completion_tokens += int(u.get("completion_tokens") or 0)

    def http_failure(self) -> None:
        self.empty, self.http_failed = False, True
        self.usage.attempts += 1
        self.usage.failed_attempts += 1


class LLMExtractor:
    """Extraction through any OpenAI-compatible server."""

    backend = "llm"

    def __init__(self, settings: LLMSettings, clock: Clock | None = None) -> None:
        self.settings = settings
        self.clock = clock or WallClock()
        self.gate = PoolGate(RateLimiter(settings.rpm, settings.tpm, clock=self.clock.now, sleep=self.clock.sleep), self.clock)
        register_secret(settings.api_key)
        self.base_url = (settings.base_url or DEFAULT_BASE_URL).rstrip("/")
        self._http = httpx2.AsyncClient(
            timeout=settings.timeout, verify=_verify(self.base_url),
            headers={"Authorization": f"Bearer {settings.api_key}", "Accept": "application/json"},
            event_hooks={"request": [self.gate.before_request], "response": [self.gate.after_response]},
        )
        self._openai: Any = None
        self._semaphore = asyncio.Semaphore(settings.concurrency)
        self._written: list[asyncio.Future[None]] = []

    @property
    def model(self) -> str:
        return self.settings.model

    def openai_client(self) -> Any:
        """An openai client on the same connection pool and gate, for the Batch API's files and batches."""
        if self._openai is None:
            import openai

            self._openai = openai.AsyncOpenAI(api_key=self.settings.api_key, base_url=self.base_url, max_retries=0,
                                              timeout=self.settings.timeout, http_client=self._http)
        return self._openai

    def next_request_written(self) -> asyncio.Future[None]:
        """Done once the body of the next request (of any call) has been written to the server.

        For work that should not share the interpreter with sending a request: a thread started at once
        slowed the request it was started beside (the review's, by 10-15 ms on 48 articles).
        """
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._written.append(future)
        return future

    async def _trace(self, event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            written, self._written = self._written, []
            for future in written:
                if not future.done():
                    future.set_result(None)

    def _retrying(self, attempts: int | None = None) -> AsyncRetrying:
        return AsyncRetrying(
            stop=stop_after_attempt(attempts or self.settings.max_attempts) | _Budget(self.clock, self.settings.max_total_wait),
            wait=_wait,
            sleep=self.clock.sleep,
            retry=retry_if_exception(is_retryable),
            reraise=True,
        )

    @property
    def deadline(self) -> float:
        """Longest one call may take once it holds a slot: every attempt timing out, plus the waits."""
        return self.settings.timeout * self.settings.max_attempts + self.settings.max_total_wait

    def body(self, messages: list[dict[str, str]], response_model: type[BaseModel]) -> dict[str, Any]:
        return wire.request_body(messages, response_model, self.settings.mode, model_name=self.settings.model,
                                 temperature=self.settings.temperature)

    async def extract(self, article: Article) -> tuple[ArticleExtraction, Usage]:
        """One model call (plus retries); raises :class:`ExtractionError` with a reason an editor can read."""
        return await self.complete(build_messages(article, self.settings.prompt_dir), ArticleExtraction, label=article.id)

    async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                       attempts: int | None = None) -> tuple[T, Usage]:
        """Any structured call (extraction, synthesis) with the shared retries, gate and usage ledger.

        ``attempts`` caps this call's tries below the run's ``max_attempts``: a call with a fallback of
        its own (synthesis has the extractive overview) should not hold the run up with long retries.
        """
        slot = _CallUsage(Usage(calls=1))
        body = self.body(messages, response_model)
        try:
            async with self._semaphore, asyncio.timeout(self.deadline):
                async for attempt in self._retrying(attempts):
                    with attempt:
                        result = await self._attempt(body, response_model, slot)
        except Exception as exc:
            error = ExtractionError(label, redact(describe_failure(exc, slot)))
            error.usage = slot.usage  # failed attempts still cost tokens: the ledger keeps them
            error.detail = redact(f"{type(exc).__name__}: {exc}")
            # The cause may carry the key (an echoed error body, the request's headers): cut the chain.
            raise error from None
        return result, slot.usage

    async def _attempt(self, body: dict[str, Any], response_model: type[T], slot: _CallUsage) -> T:
        """One request; a failing answer extends ``body`` with the re-ask before the error is raised."""
        try:
            # Traced only while someone waits for a request to be written (each event is an await).
            self._written = [future for future in self._written if not future.done()]
            extensions = {"trace": self._trace} if self._written else None
            response = await self._http.post(f"{self.base_url}/chat/completions", json=body, extensions=extensions)
            if response.status_code >= 400:
                raise StatusError(response.status_code, response.headers, response.text)
            try:
                completion = response.json()
            except ValueError:
                raise NotJSON("the model server's answer is not JSON") from None
            if not isinstance(completion, dict):
                raise NotJSON("the model server's answer is not a JSON object")
        except Exception as exc:
            slot.http_failure()
            # Logged as the server said it (an error body may echo the key: the log factory redacts it).
            _log.info("model request failed (attempt %d): %s: %s", slot.usage.attempts, type(exc).__name__, exc)
            raise
        slot.answered(completion)
        try:
            message, text = wire.answer_text(completion, self.settings.mode)
            result = wire.parse(text, response_model)
        except (ValidationError, json.JSONDecodeError) as exc:
            slot.usage.failed_attempts += 1
            body["messages"] = wire.reask(body["messages"], message, exc, self.settings.mode)
            raise
        except Exception:
            slot.usage.failed_attempts += 1
            raise
        return result

    async def aclose(self) -> None:
        await self._http.aclose()


def describe_failure(exc: BaseException, slot: _CallUsage) -> str:
    """One line naming the cause, never the request (which may carry the key in headers)."""
    attempts = f" after {slot.usage.attempts} attempt(s)" if slot.usage.attempts > 1 else ""
    reason = _transport_failure(exc, attempts) or _answer_failure(exc, slot, attempts)
    return reason or f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}{attempts}"


def _transport_failure(exc: BaseException, attempts: str) -> str | None:
    """The deadline, an HTTP error status, a timeout or a connection that failed; None for anything else."""
    if isinstance(exc, TimeoutError):
        return f"no answer within the overall deadline{attempts}"
    if isinstance(exc, StatusError):
        if exc.status_code == 429:
            return f"rate limited (HTTP 429){attempts}"
        return f"model server error (HTTP {exc.status_code}){attempts}"
    if isinstance(exc, httpx2.TimeoutException):
        return f"model server timed out{attempts}"
    if isinstance(exc, httpx2.TransportError):
        return f"could not connect to the model server{attempts}"
    return None


def _answer_failure(exc: BaseException, slot: _CallUsage, attempts: str) -> str | None:
    """An answer that came but is unusable: cut off, empty, a refusal, not JSON, failing the schema."""
    if isinstance(exc, wire.CutOff):
        return "model output was cut off (finish_reason=length): the answer did not fit the output limit"
    if isinstance(exc, wire.EmptyChoices) or slot.empty:
        return f"model returned no answer (empty choices){attempts}"
    if isinstance(exc, wire.Refused):
        return "model refused: " + str(exc).split("due to", 1)[1].strip()[:160]
    if isinstance(exc, NotJSON):
        return f"model server sent a response that is not valid JSON{attempts}"
    if isinstance(exc, (ValidationError, json.JSONDecodeError)):
        first = str(exc).splitlines()[0][:160]
        return f"model answer failed the schema{attempts}: {first}"
    return None
