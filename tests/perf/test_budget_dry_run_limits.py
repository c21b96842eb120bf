"""--max-cost stops before the budget is passed; --dry-run calls nothing; --rpm/--tpm waits are right."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import ConfigError
from summarizer.extract.config import llm_settings
from summarizer.extract.llm import LLMExtractor
from summarizer.extract.pricing import Budget
from summarizer.extract.ratelimit import RateLimiter
from summarizer.pipeline import Options, aplan, arun
from summarizer.testing.fake_openai import FakeOpenAI
from tests.perf.conftest import extraction_requests


def _cli(env: dict[str, str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["brief", *args, "--backend", "llm"],
                                env={**env, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")})
    return result.exit_code, result.stdout, result.stderr


def test_budget_too_small_for_one_call_makes_none(server: FakeOpenAI, env: dict[str, str], story_dir: Path,
                                                  tmp_path: Path) -> None:
    code, _out, err = _cli(env, tmp_path, str(story_dir), "--max-cost", "0.0000001", "-o", str(tmp_path / "b.md"))
    assert code == 4
    assert extraction_requests(server) == 0
    assert err.count("summarizer: left undone:") == 5 and "cost budget reached" in err


def test_budget_stops_midway_and_names_what_is_left(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    full = asyncio.run(arun([story_dir], replace(options, use_cache=False))).briefing.usage
    assert full.cost_usd is not None
    limit = full.cost_usd * 0.6
    result = asyncio.run(arun([story_dir], replace(options, use_cache=False, max_cost=limit, concurrency=1)))
    usage = result.briefing.usage
    assert result.skipped, "some articles should be left undone"
    assert 0 < usage.calls < 5 and usage.calls + len(result.skipped) == 5
    assert usage.cost_usd is not None and usage.cost_usd <= limit
    for source_id in result.skipped:
        source = next(s for s in result.briefing.sources if s.id == source_id)
        assert source.status == "failed" and source.error is not None and "budget" in source.error


def test_budget_reserves_for_calls_in_flight() -> None:
    budget = Budget(1.0)
    assert budget.reserve(0.4) and budget.reserve(0.4)
    assert not budget.reserve(0.4)  # 0.8 reserved: a third would pass the cap even though nothing is spent
    budget.settle(0.4, 0.1)
    assert budget.reserve(0.4)
    assert budget.refused == 1 and abs(budget.left - 0.1) < 1e-9


def test_max_cost_needs_a_known_price(server: FakeOpenAI, env: dict[str, str], story_dir: Path,
                                      tmp_path: Path) -> None:
    code, _out, err = _cli(env, tmp_path, str(story_dir), "--model", "no-such-model", "--max-cost", "1")
    assert code == 2 and "--prices" in err
    assert extraction_requests(server) == 0


def test_dry_run_prints_calls_and_makes_none(server: FakeOpenAI, env: dict[str, str], story_dir: Path,
                                            tmp_path: Path) -> None:
    code, out, _err = _cli(env, tmp_path, str(story_dir), "--dry-run")
    assert code == 0
    assert server.requests == [] and server.headers_seen == []
    rows = [line for line in out.splitlines() if line.startswith("S")]
    assert [row.split()[0] for row in rows] == ["S1", "S2", "S3", "S4", "S5"]
    assert all(float(row.split()[5]) > 0 for row in rows)
    assert "5 call(s) would be made" in out and "no call was made" in out


def test_dry_run_after_a_run_shows_cached_calls(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    asyncio.run(arun([story_dir], options))
    plan = asyncio.run(aplan([story_dir], options))
    assert len(plan) == 5 and all(call.cached and call.cost_usd == 0.0 for call in plan)
    batch_plan = asyncio.run(aplan([story_dir], replace(options, use_cache=False, batch=True)))
    live_plan = asyncio.run(aplan([story_dir], replace(options, use_cache=False)))
    for batch_call, live_call in zip(batch_plan, live_plan, strict=True):
        assert batch_call.cost_usd is not None and live_call.cost_usd is not None
        assert abs(batch_call.cost_usd - live_call.cost_usd / 2) < 1e-12


def test_dry_run_estimate_is_close_to_the_real_prompt(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    plan = asyncio.run(aplan([story_dir / "a_wire.txt"], options))
    asyncio.run(arun([story_dir / "a_wire.txt"], replace(options, use_cache=False)))
    sent = len(json.dumps(server.requests[-1]))
    assert 0.8 < plan[0].chars / sent < 1.2


class _FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_rpm_limit_spaces_requests() -> None:
    fake = _FakeTime()
    limiter = RateLimiter(rpm=2, clock=fake.clock, sleep=fake.sleep)

    async def go() -> None:
        for _ in range(4):
            await limiter.acquire()

    asyncio.run(go())
    # Two requests fit the first minute's allowance; then one every 30 s.
    assert fake.sleeps == pytest.approx([30.0, 30.0])


def test_tpm_limit_waits_for_tokens() -> None:
    fake = _FakeTime()
    limiter = RateLimiter(tpm=600, clock=fake.clock, sleep=fake.sleep)  # 10 tokens per second

    async def go() -> None:
        await limiter.acquire(500)
        await limiter.acquire(300)  # 100 left: wait for 200 more = 20 s
        await limiter.acquire(5000)  # over a minute's allowance: waits for a full bucket, then goes

    asyncio.run(go())
    assert fake.sleeps == pytest.approx([20.0, 60.0])


def test_no_limits_never_wait() -> None:
    fake = _FakeTime()
    limiter = RateLimiter(clock=fake.clock, sleep=fake.sleep)
    asyncio.run(limiter.acquire(10**9))
    assert fake.sleeps == [] and not limiter.active


def test_limits_reach_the_request_gate(env: dict[str, str]) -> None:
    extractor = LLMExtractor(llm_settings(env=env, rpm=30, tpm=1000))
    try:
        assert extractor.gate.limiter is not None and extractor.gate.limiter.active
    finally:
        asyncio.run(extractor.aclose())
    with pytest.raises(ConfigError):
        llm_settings(env=env, rpm=0)


def test_rpm_limit_applies_to_real_requests(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    result = asyncio.run(arun([story_dir], replace(options, use_cache=False, rpm=6000, tpm=10**7)))
    assert result.briefing.usage.calls == 5 and extraction_requests(server) == 5
