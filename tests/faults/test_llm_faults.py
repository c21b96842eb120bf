"""Every scripted model-server fault, end to end through LLMExtractor: retried, re-asked or reported."""

from __future__ import annotations

import asyncio
import email.utils
import json
import time

import pytest

from summarizer.errors import ExtractionError
from summarizer.extract.llm import retry_after
from summarizer.schema import Article, ArticleExtraction, Usage
from summarizer.testing.fake_openai import FakeOpenAI, Fault
from tests.conftest import FAKE_KEY
from tests.faults.conftest import BRIDGE, HANG_TIMEOUT, FakeClock, make_extractor


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def _extract(server: FakeOpenAI, clock: FakeClock | None = None, article: Article = BRIDGE,
                   **settings: float) -> tuple[ArticleExtraction, Usage]:
    extractor = make_extractor(server, clock, **settings)
    try:
        return await extractor.extract(article)
    finally:
        await extractor.aclose()


async def _failure(server: FakeOpenAI, clock: FakeClock | None = None, **settings: float) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        await _extract(server, clock, BRIDGE, **settings)
    return caught.value


def _for(fault: Fault) -> dict[str, float]:
    return {"timeout": HANG_TIMEOUT} if fault.kind == "hang" else {}


# --------------------------------------------------------------------------- transient: retried, then fine

TRANSIENT = {
    "429 with Retry-After": Fault("status", 429, headers={"Retry-After": "0.2"}),
    "429 without Retry-After": Fault("status", 429),
    "500": Fault("status", 500),
    "502": Fault("status", 502),
    "503": Fault("status", 503, headers={"Retry-After": "0"}),
    "hang past the timeout": Fault("hang", seconds=5),
    "dropped connection": Fault("drop"),
    "body that is not JSON": Fault("garbage"),
    "empty choices": Fault("empty"),
    "malformed JSON in the answer": Fault("malformed"),
    "answer failing the schema": Fault("invalid"),
}


@pytest.mark.parametrize("fault", TRANSIENT.values(), ids=TRANSIENT.keys())
async def test_one_fault_is_retried_and_the_article_extracted(server: FakeOpenAI, fault: Fault, clock: FakeClock) -> None:
    server.script(fault)
    extraction, usage = await _extract(server, clock, **_for(fault))
    assert extraction.claims, "the second attempt's answer was used"
    assert len(server.served) == 2
    assert server.served[0].fault == fault.kind and server.served[1].fault is None
    assert usage.attempts == 2 and usage.failed_attempts == 1
    assert clock.waited <= 3.0, "the waits stay inside the retry budget"


@pytest.mark.parametrize(("fault", "least", "most"), [
    (Fault("status", 429), 1.0, 1.0),  # no Retry-After: the whole pool pauses a second (the backoff runs inside it)
    (Fault("status", 500), 0.25, 0.5),  # exponential backoff with jitter: half to all of 0.5 s first
    (Fault("drop"), 0.25, 0.5),
    (Fault("empty"), 0.25, 0.5),
    (Fault("invalid"), 0.0, 0.0),  # a re-ask goes at once: the model only needs the error
], ids=["429 without Retry-After", "500", "dropped connection", "empty choices", "re-ask"])
async def test_the_wait_before_a_retry(server: FakeOpenAI, clock: FakeClock, fault: Fault, least: float, most: float) -> None:
    server.script(fault)
    await _extract(server, clock)
    assert least - 1e-9 <= clock.waited <= most + 1e-9, clock.sleeps


async def test_retry_after_is_honoured(server: FakeOpenAI, clock: FakeClock) -> None:
    server.script(Fault("status", 429, headers={"Retry-After": "0.4"}))
    await _extract(server, clock)
    assert len(server.served) == 2
    assert clock.waited == pytest.approx(0.4) and clock.sleeps[0] == pytest.approx(0.4)


async def test_a_429_pauses_the_whole_pool(server: FakeOpenAI) -> None:
    """Article A is rate limited at t0; B's re-ask, ready at t0+0.15, must wait until t0+0.6 too."""
    a = BRIDGE
    b = Article(id="S2", uri="b.txt", text="The ferry to Lannis was cancelled on Sunday because of high winds, "
                                           "the operator said.")
    server.script(Fault("status", 429, headers={"Retry-After": "0.6"}, match="Orvel"),
                  Fault("malformed", delay=0.15, match="Lannis"))
    extractor = make_extractor(server)
    try:
        await asyncio.gather(extractor.extract(a), extractor.extract(b))
    finally:
        await extractor.aclose()
    limited = next(s for s in server.served if s.fault == "status")
    reask = [s for s in server.served if "Lannis" in s.body][1]
    assert reask.at - limited.at >= 0.55, "B was not held back by A's 429"
    assert extractor.gate.pauses == 1


async def test_validation_failure_is_reasked_with_the_error(server: FakeOpenAI) -> None:
    server.script(Fault("invalid"))
    await _extract(server)
    reask = json.loads(server.served[1].body)
    sent = json.dumps(reask["messages"])
    assert "date must be ISO" in sent, "the re-ask tells the model what was wrong"
    assert len(reask["messages"]) > len(json.loads(server.served[0].body)["messages"])


# --------------------------------------------------------------------------- persistent: bounded, then a reason

PERSISTENT = {
    "429": (Fault("status", 429, headers={"Retry-After": "0.1"}), "rate limited (HTTP 429) after 3 attempt(s)"),
    "500": (Fault("status", 500, headers={"Retry-After": "0"}), "model server error (HTTP 500) after 3 attempt(s)"),
    "502": (Fault("status", 502, headers={"Retry-After": "0"}), "model server error (HTTP 502) after 3 attempt(s)"),
    "503": (Fault("status", 503, headers={"Retry-After": "0"}), "model server error (HTTP 503) after 3 attempt(s)"),
    "hang": (Fault("hang", seconds=5), "model server timed out after 3 attempt(s)"),
    "drop": (Fault("drop"), "could not connect to the model server after 3 attempt(s)"),
    "garbage": (Fault("garbage"), "not valid JSON after 3 attempt(s)"),
    "malformed": (Fault("malformed"), "model answer failed the schema after 3 attempt(s)"),
    "invalid": (Fault("invalid"), "model answer failed the schema after 3 attempt(s)"),
}


# A hang that persists waits out three request timeouts (3 s): it runs in the full suite only; the fast
# loop still has a hang retried once ("hang past the timeout" above).
@pytest.mark.parametrize(("fault", "reason"), [
    pytest.param(*value, id=key, marks=[pytest.mark.slow] if key == "hang" else []) for key, value in PERSISTENT.items()
])
async def test_a_fault_that_persists_fails_with_a_reason_after_bounded_attempts(
    server: FakeOpenAI, fault: Fault, reason: str, clock: FakeClock
) -> None:
    server.script(*[fault] * 5)
    error = await _failure(server, clock, max_attempts=3, **_for(fault))
    assert reason in error.reason
    assert len(server.served) == 3
    assert error.source == "S1" and str(error).startswith("S1: ")
    assert isinstance(error.usage, Usage) and error.usage.failed_attempts == 3
    assert error.__cause__ is None and error.__suppress_context__  # no chained traceback leaking request data
    assert len(clock.sleeps) >= 2 and clock.waited <= 3.0, "two waits, both inside the budget"


async def test_empty_choices_persisting_is_reported(server: FakeOpenAI, clock: FakeClock) -> None:
    server.script(*[Fault("empty")] * 3)
    error = await _failure(server, clock, max_attempts=3, max_total_wait=1.0)
    assert "empty choices" in error.reason
    # Backoff of 0.25-0.5 s, then 0.5-1 s: the second wait is taken only when it ends inside the 1 s budget.
    assert clock.waited < 1.0 and len(server.served) == 1 + len(clock.sleeps)


@pytest.mark.parametrize(
    ("fault", "reason"),
    [(Fault("length"), "cut off (finish_reason=length)"), (Fault("refusal"), "model refused: I can't help with that"),
     (Fault("status", 400), "HTTP 400"), (Fault("status", 401), "HTTP 401")],
    ids=["length", "refusal", "400", "401"],
)
async def test_faults_a_retry_cannot_fix_are_not_retried(server: FakeOpenAI, fault: Fault, reason: str, clock: FakeClock) -> None:
    server.script(fault, fault)
    error = await _failure(server, clock)
    assert reason in error.reason
    assert clock.sleeps == []
    assert len(server.served) == 1


async def test_total_time_is_bounded_even_when_the_server_asks_for_long_waits(server: FakeOpenAI, clock: FakeClock) -> None:
    server.script(*[Fault("status", 503, headers={"Retry-After": "1"})] * 10)
    error = await _failure(server, clock, max_attempts=10, max_total_wait=1.5)
    assert "HTTP 503" in error.reason
    # Never starts a wait that would end past the budget: two waits of 1 s do not fit in 1.5 s.
    assert len(server.served) == 2
    assert clock.sleeps == [1.0]


async def test_a_server_trickling_bytes_is_stopped_by_the_overall_deadline(server: FakeOpenAI) -> None:
    """Each byte resets httpx's read timeout; only the overall deadline (0.5 s x 2 attempts + 0.5 s) ends it."""
    server.script(Fault("trickle", seconds=0.2))
    error = await _failure(server, timeout=0.5, max_attempts=2, max_total_wait=0.5)
    assert error.reason.startswith("no answer within the overall deadline")


def test_retry_after_forms() -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert retry_after({"retry-after": "2"}) == 2.0
    assert retry_after({"retry-after-ms": "250"}) == 0.25
    asked = retry_after({"retry-after": later})
    assert asked is not None and 25 <= asked <= 31
    assert retry_after({"retry-after": "soon"}) is None
    assert retry_after({"retry-after": "3600"}) is None  # absurd: fall back to our own backoff


async def test_a_key_echoed_by_the_server_is_redacted_from_the_error(server: FakeOpenAI) -> None:
    server.script(Fault("status", 401, echo_auth=True))
    error = await _failure(server)
    assert any(FAKE_KEY in h.get("authorization", "") for h in server.headers_seen), "the key was really sent"
    assert error.detail is not None and "[REDACTED]" in error.detail
    assert FAKE_KEY not in error.detail and FAKE_KEY not in str(error) and FAKE_KEY not in repr(error.args)
