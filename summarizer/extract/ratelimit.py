"""Requests-per-minute and tokens-per-minute limits shared by every request of a run.

Providers enforce per-minute quotas per account; exceeding them costs a 429, a pause for the whole
pool and a retry. Waiting *before* sending is cheaper, so each request takes from two token buckets
(one counting requests, one counting estimated tokens) that refill continuously at the configured
rate. Waiters are served in arrival order so a large request cannot be starved by small ones.

The clock and the sleep are injectable so tests can check the waits without timing anything.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Protocol


class Clock(Protocol):
    """Where the model client's waits read the time and sleep: retry backoff, a 429's pool pause, the
    rate limits and the retry budget. Tests pass a virtual one and assert the waits instead of timing them."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class WallClock:
    """The real clock: ``time.monotonic`` and ``asyncio.sleep``."""

    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class _Bucket:
    """Holds at most one minute's allowance; ``take`` returns how long to wait for ``amount``."""

    def __init__(self, per_minute: float, now: float) -> None:
        self.capacity = per_minute
        self.rate = per_minute / 60.0
        self.level = per_minute
        self.updated = now

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now

    def wait_for(self, amount: float) -> float:
        # A request larger than a whole minute's allowance waits for a full bucket, then goes.
        amount = min(amount, self.capacity)
        return 0.0 if self.level >= amount else (amount - self.level) / self.rate


class RateLimiter:
    """``await limiter.acquire(tokens)`` before each request; no limits configured means no waiting."""

    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        for name, value in (("rpm", rpm), ("tpm", tpm)):
            if value is not None and value <= 0:
                raise ValueError(f"{name} must be positive, got {value}")
        self._clock = clock
        self._sleep = sleep
        now = clock()
        self._requests = _Bucket(rpm, now) if rpm else None
        self._tokens = _Bucket(tpm, now) if tpm else None
        self._lock = asyncio.Lock()
        self.waited = 0.0  # total seconds spent waiting, for the usage report

    @property
    def active(self) -> bool:
        return self._requests is not None or self._tokens is not None

    async def acquire(self, tokens: int = 0) -> None:
        if not self.active:
            return
        async with self._lock:  # FIFO: asyncio.Lock wakes waiters in order
            while True:
                now = self._clock()
                delay = 0.0
                for bucket, amount in ((self._requests, 1.0), (self._tokens, float(tokens))):
                    if bucket is not None:
                        bucket.refill(now)
                        delay = max(delay, bucket.wait_for(amount))
                if delay <= 0:
                    break
                self.waited += delay
                await self._sleep(delay)
            if self._requests is not None:
                self._requests.level -= 1.0
            if self._tokens is not None:
                self._tokens.level -= min(float(tokens), self._tokens.capacity)
