"""The LLM backend: one article in, one validated :class:`ArticleExtraction` out.

This is the only module that imports ``openai``, ``instructor`` and ``tenacity``. The openai
client's own retries are off; each call gets a fresh tenacity ``AsyncRetrying`` (a shared one breaks
under concurrency) covering rate limits, server errors, timeouts, dropped connections and schema
failures (re-asks). A 429 pauses the whole pool, not just the request that got it.

Every call is bounded twice: httpx's timeout stops a silent server, and an overall deadline per
call (attempts x timeout + the retry budget) stops one that trickles bytes forever. The API key is
redacted from every log record and failure reason, because error bodies can echo it back.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import functools
import json
import logging
import random
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx2
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.v2.core.function_calls import ResponseSchema, response_schema
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, stop_before_delay

from summarizer.errors import ExtractionError
from summarizer.extract.config import LLMSettings
from summarizer.extract.pricing import estimate_tokens
from summarizer.extract.ratelimit import RateLimiter
from summarizer.prompts import fence_for, render, template_version
from summarizer.schema import Article, ArticleExtraction, Usage

SYSTEM_TEMPLATE = "extract_system.j2"
USER_TEMPLATE = "extract_user.j2"
_MODES = {"tools": instructor.Mode.TOOLS, "json_schema": instructor.Mode.JSON_SCHEMA,
          "md_json": instructor.Mode.MD_JSON, "json": instructor.Mode.JSON}
T = TypeVar("T", bound=BaseModel)
_TRANSIENT_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


@functools.cache
def prepared(response_model: type[T]) -> type[T]:
    """The response model as instructor wraps it, made once per model instead of once per call.

    instructor builds a fresh wrapper class for a plain model on every call, which also defeats its
    schema cache: about 10 ms of CPU per request, paid on the critical path of every wave of calls.
    A model that is already a ``ResponseSchema`` is used as it is.
    """
    if issubclass(response_model, ResponseSchema):
        return response_model
    return response_schema(response_model)


def memoise_async_validator_check() -> None:
    """Check each response model for async validators once, not several times per request.

    instructor walks the whole response model (``reject_async_validators``) at several points of
    every call: measured at about 1.4 ms a walk and ~10 ms a request, all on the event loop, where
    it delays the next request of the pool. A class's validators cannot change after it is built,
    so a class that passed once passes again; a failing check still raises every time.
    """
    from instructor.v2.core import patch as instructor_patch
    from instructor.v2.validation import async_validators

    original = async_validators.reject_async_validators
    if getattr(original, "_summarizer_memoised", False):
        return
    passed: dict[int, object] = {}

    def check(response_model: Any) -> None:
        if passed.get(id(response_model)) is response_model:
            return
        original(response_model)
        if isinstance(response_model, type):
            passed[id(response_model)] = response_model

    check._summarizer_memoised = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = check
    setattr(instructor_patch, "reject_async_validators", check)  # imported by name at module level there  # noqa: B010


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
                  publisher=article.publisher, published=published, article_text=article.text)
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


class PoolGate:
    """Shared pause: after a 429 every request of the run waits, so the pool backs off as one."""

    def __init__(self, limiter: RateLimiter | None = None) -> None:
        self._resume_at = 0.0
        self.pauses = 0
        self.limiter = limiter

    async def before_request(self, request: httpx2.Request) -> None:
        if self.limiter is not None and self.limiter.active and request.url.path.endswith("/chat/completions"):
            # Every attempt counts against --rpm/--tpm, re-asks included; tokens estimated from the body.
            await self.limiter.acquire(estimate_tokens(len(request.content)))
        # Loop: another 429 may push the resume time further while this request sleeps.
        while (delay := self._resume_at - time.monotonic()) > 0:
            await asyncio.sleep(delay)

    async def after_response(self, response: httpx2.Response) -> None:
        if response.status_code == 429:
            wait = retry_after(response.headers) or 1.0
            self._resume_at = max(self._resume_at, time.monotonic() + min(wait, 60.0))
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
    if isinstance(exc, (ValidationError, json.JSONDecodeError)):
        return True  # instructor has appended the error to the messages: this is a re-ask
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _TRANSIENT_STATUS
    return type(exc).__name__ in ("ResponseParsingError", "AsyncValidationError")


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    if isinstance(exc, (ValidationError, json.JSONDecodeError)):
        return 0.0
    if isinstance(exc, openai.APIStatusError):
        asked = retry_after(exc.response.headers)
        if asked is not None:
            return asked
    base = min(30.0, 0.5 * 2.0 ** (state.attempt_number - 1))
    return base * (0.5 + random.random() / 2)


@dataclass
class _CallUsage:
    usage: Usage
    empty: bool = False  # the last response had no choices (instructor then fails with IndexError)
    http_failed: bool = False  # the last failure was the HTTP call itself, not parsing its answer


_current: contextvars.ContextVar[_CallUsage | None] = contextvars.ContextVar("summarizer_call_usage", default=None)


def _on_response(response: Any) -> None:
    # instructor sums usage across re-asks and overwrites it in place; copy each attempt's own.
    slot = _current.get()
    if slot is None:
        return
    u = getattr(response, "usage", None)
    slot.empty = not getattr(response, "choices", None)
    slot.usage.attempts += 1
    if u is not None:
        slot.usage.prompt_tokens += int(getattr(u, "prompt_tokens", 0) or 0)
        details = getattr(u, "prompt_tokens_details", None)  # servers without a prompt cache omit it
        slot.usage.cached_prompt_tokens += int(getattr(details, "cached_tokens", 0) or 0)
        slot.usage.completion_tokens += int(getattr(u, "completion_tokens", 0) or 0)


def _on_error(*_args: Any, **_kwargs: Any) -> None:
    slot = _current.get()
    if slot is not None:
        slot.empty, slot.http_failed = False, True
        slot.usage.attempts += 1
        slot.usage.failed_attempts += 1


def _on_parse_error(*_args: Any, **_kwargs: Any) -> None:
    slot = _current.get()
    if slot is not None:
        slot.http_failed = False
        slot.usage.failed_attempts += 1


class LLMExtractor:
    """Extraction through any OpenAI-compatible server."""

    backend = "llm"

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        memoise_async_validator_check()
        self.gate = PoolGate(RateLimiter(settings.rpm, settings.tpm))
        register_secret(settings.api_key)
        http = httpx2.AsyncClient(
            timeout=settings.timeout, verify=tls_context(),
            event_hooks={"request": [self.gate.before_request], "response": [self.gate.after_response]},
        )
        self._openai = openai.AsyncOpenAI(
            api_key=settings.api_key, base_url=settings.base_url, max_retries=0,
            timeout=settings.timeout, http_client=http,
        )
        self.client = instructor.from_openai(self._openai, mode=_MODES[settings.mode])
        self.client.on("completion:response", _on_response)
        self.client.on("completion:error", _on_error)
        self.client.on("parse:error", _on_parse_error)
        self._semaphore = asyncio.Semaphore(settings.concurrency)

    @property
    def model(self) -> str:
        return self.settings.model

    def _retrying(self, slot: _CallUsage, attempts: int | None = None) -> AsyncRetrying:
        # stop_before_delay: never start a wait that would end past the budget.
        return AsyncRetrying(
            stop=stop_after_attempt(attempts or self.settings.max_attempts) | stop_before_delay(self.settings.max_total_wait),
            wait=_wait,
            retry=retry_if_exception(lambda exc: is_retryable(exc) or (isinstance(exc, IndexError) and slot.empty)),
            reraise=True,
        )

    @property
    def deadline(self) -> float:
        """Longest one call may take once it holds a slot: every attempt timing out, plus the waits."""
        return self.settings.timeout * self.settings.max_attempts + self.settings.max_total_wait

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
        token = _current.set(slot)
        try:
            async with self._semaphore, asyncio.timeout(self.deadline):
                result, _completion = await self.client.chat.completions.create_with_completion(
                    model=self.settings.model,
                    messages=messages,  # type: ignore[arg-type]
                    response_model=prepared(response_model),
                    max_retries=self._retrying(slot, attempts),
                    temperature=self.settings.temperature,
                )
        except Exception as exc:
            error = ExtractionError(label, redact(describe_failure(exc, slot)))
            error.usage = slot.usage  # failed attempts still cost tokens: the ledger keeps them
            error.detail = redact(f"{type(exc).__name__}: {exc}")
            # The cause may carry the key (an echoed error body, the request's headers): cut the chain.
            raise error from None
        finally:
            _current.reset(token)
        return result, slot.usage

    async def aclose(self) -> None:
        await self._openai.close()


def describe_failure(exc: BaseException, slot: _CallUsage) -> str:
    """One line naming the cause, never the request (which may carry the key in headers)."""
    cause: BaseException = exc
    if isinstance(exc, InstructorRetryException) and exc.__cause__ is not None:
        cause = exc.__cause__
    attempts = f" after {slot.usage.attempts} attempt(s)" if slot.usage.attempts > 1 else ""
    if isinstance(cause, TimeoutError):
        return f"no answer within the overall deadline{attempts}"
    if isinstance(cause, IncompleteOutputException):
        return "model output was cut off (finish_reason=length): the answer did not fit the output limit"
    if slot.empty or (type(cause).__name__ == "ResponseParsingError" and "No choices" in str(cause)):
        return f"model returned no answer (empty choices){attempts}"
    if isinstance(cause, AssertionError) and "Unable to generate a response due to" in str(cause):
        return "model refused: " + str(cause).split("due to", 1)[1].strip()[:160]
    if isinstance(cause, openai.APIResponseValidationError) or (
            isinstance(cause, json.JSONDecodeError) and slot.http_failed):
        return f"model server sent a response that is not valid JSON{attempts}"
    if isinstance(cause, openai.RateLimitError):
        return f"rate limited (HTTP 429){attempts}"
    if isinstance(cause, openai.APITimeoutError):
        return f"model server timed out{attempts}"
    if isinstance(cause, openai.APIConnectionError):
        return f"could not connect to the model server{attempts}"
    if isinstance(cause, openai.APIStatusError):
        return f"model server error (HTTP {cause.status_code}){attempts}"
    if isinstance(cause, (ValidationError, json.JSONDecodeError)):
        first = str(cause).splitlines()[0][:160]
        return f"model answer failed the schema{attempts}: {first}"
    return f"{type(cause).__name__}: {str(cause).splitlines()[0][:160] if str(cause) else ''}{attempts}"


# --------------------------------------------------------------------------- secrets

_SECRETS: set[str] = set()
_previous_factory: Any = None


def register_secret(secret: str) -> None:
    """Redact ``secret`` from every log record from now on (instructor and openai log error bodies)."""
    global _previous_factory
    if len(secret) < 8 or secret == "not-needed":
        return  # too short to be a real key, and redacting common words would garble logs
    _SECRETS.add(secret)
    if _previous_factory is None:
        _previous_factory = logging.getLogRecordFactory()
        logging.setLogRecordFactory(_redacting_factory)


def redact(text: str) -> str:
    for secret in _SECRETS:
        text = text.replace(secret, "[REDACTED]")
    return text


def _redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record: logging.LogRecord = _previous_factory(*args, **kwargs)
    try:
        message = record.getMessage()
    except Exception:  # a broken format string is the logging module's to report, not ours
        return record
    if any(secret in message for secret in _SECRETS):
        record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[1] is not None:
        text = logging.Formatter().formatException(record.exc_info)
        if any(secret in text for secret in _SECRETS):
            record.exc_text = redact(text)
    return record
