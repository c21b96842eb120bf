"""Cache (a second identical run calls no model) and the cost ledger (per call, per attempt, priced)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.extract.cache import ExtractionCache, cache_key
from summarizer.extract.pricing import DEFAULT_PRICES, PriceBook, load_prices
from summarizer.pipeline import Options, arun
from summarizer.schema import ArticleExtraction, Claim
from summarizer.testing.fake_openai import FakeOpenAI, Fault
from tests.conftest import FAKE_KEY
from tests.perf.conftest import extraction_requests


def test_second_identical_run_makes_no_model_calls(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    first = asyncio.run(arun([story_dir], options)).briefing
    made = extraction_requests(server)
    assert made == 5 and first.usage.calls == 5 and first.usage.cached_calls == 0
    second = asyncio.run(arun([story_dir], options)).briefing
    assert extraction_requests(server) == made  # nothing new reached the server
    assert second.usage.calls == 0 and second.usage.cached_calls == 5
    assert second.usage.cost_usd == 0.0
    assert second.key_points == first.key_points


def test_synthesis_is_cached_too(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    with_synthesis = replace(options, synthesize=True)
    asyncio.run(arun([story_dir], with_synthesis))
    made = len(server.requests)
    assert made == 6  # five extractions and one synthesis
    second = asyncio.run(arun([story_dir], with_synthesis)).briefing
    assert len(server.requests) == made
    assert second.usage.cached_calls == 6


def test_adjudication_is_cached_counted_and_priced(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    with_adjudication = replace(options, adjudicate=True)
    first = asyncio.run(arun([story_dir], with_adjudication)).briefing
    assert first.discrepancies  # the story has disagreements to review
    assert len(server.requests) == 6 and first.usage.calls == 6  # five extractions and one adjudication
    assert not any("adjudication by the model failed" in w.message for w in first.warnings)
    second = asyncio.run(arun([story_dir], with_adjudication)).briefing
    assert len(server.requests) == 6 and second.usage.cached_calls == 6


def test_no_cache_calls_again(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    asyncio.run(arun([story_dir], options))
    asyncio.run(arun([story_dir], replace(options, use_cache=False)))
    assert extraction_requests(server) == 10


def test_cache_key_is_content_addressed() -> None:
    messages = [{"role": "user", "content": "article text"}]
    base = cache_key(messages, "m", "tools", "p1")
    assert base == cache_key([dict(m) for m in messages], "m", "tools", "p1")
    assert base != cache_key([{"role": "user", "content": "article text!"}], "m", "tools", "p1")
    assert base != cache_key(messages, "m2", "tools", "p1")
    assert base != cache_key(messages, "m", "json_schema", "p1")
    assert base != cache_key(messages, "m", "tools", "p2")
    assert base != cache_key(messages, "m", "tools", "p1", Claim)


def test_cache_shared_by_two_processes(tmp_path: Path) -> None:
    extraction = ArticleExtraction(claims=[Claim(text="t", evidence="e")])
    cache = ExtractionCache(tmp_path)
    script = (
        "import sys; from pathlib import Path\n"
        "from summarizer.extract.cache import ExtractionCache\n"
        "from summarizer.schema import ArticleExtraction, Claim\n"
        "c = ExtractionCache(Path(sys.argv[1]))\n"
        "for i in range(50): c.put(f'child{i}', ArticleExtraction(claims=[Claim(text='c', evidence='e')]), 'm')\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)])
    for i in range(50):
        cache.put(f"parent{i}", extraction, "m")
    assert child.wait(timeout=60) == 0
    assert cache.info()["entries"] == 100
    hit = cache.get("child49")
    assert hit is not None and hit[0].claims[0].text == "c"


def test_corrupt_cache_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "extractions.sqlite3").write_bytes(b"this is not a database" * 100)
    cache = ExtractionCache(tmp_path)
    cache.put("k", ArticleExtraction(), "m")
    assert cache.get("k") is not None


def test_cache_info_and_clear_cli(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    asyncio.run(arun([story_dir], options))
    runner = CliRunner()
    env = {"SUMMARIZER_CACHE_DIR": str(options.cache_dir)}
    info = runner.invoke(app, ["cache", "info"], env=env)
    assert info.exit_code == 0 and "entries: 5" in info.output
    cleared = runner.invoke(app, ["cache", "clear"], env=env)
    assert "removed 5" in cleared.output
    assert "entries: 0" in runner.invoke(app, ["cache", "info"], env=env).output
    assert options.cache_dir is not None
    for path in options.cache_dir.iterdir():
        assert FAKE_KEY.encode() not in path.read_bytes()


def test_reask_attempts_are_in_the_ledger(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    clean = asyncio.run(arun([story_dir / "a_wire.txt"], replace(options, use_cache=False))).briefing.usage
    server.script(Fault("invalid"))  # the first answer fails the schema: instructor re-asks
    usage = asyncio.run(arun([story_dir / "a_wire.txt"], replace(options, use_cache=False))).briefing.usage
    assert (clean.calls, clean.attempts, clean.failed_attempts) == (1, 1, 0)
    assert (usage.calls, usage.attempts, usage.failed_attempts) == (1, 2, 1)
    # Both attempts' tokens are paid for: the re-ask repeats the prompt and adds the error.
    assert usage.prompt_tokens > 2 * clean.prompt_tokens - 1
    assert usage.cost_usd is not None and clean.cost_usd is not None and usage.cost_usd > clean.cost_usd


def test_failed_call_still_costs(server: FakeOpenAI, options: Options, story_dir: Path) -> None:
    # Every attempt for the wire story fails: that article fails, and its tokens stay counted.
    server.script(*[Fault("invalid", match="nine-day strike")] * 4)
    result = asyncio.run(arun([story_dir / "a_wire.txt", story_dir / "d_blog.md"], replace(options, use_cache=False)))
    usage = result.briefing.usage
    assert [s.status for s in result.briefing.sources] == ["failed", "ok"]
    assert usage.failed_attempts == 4 and usage.attempts == 5
    assert usage.cost_usd is not None and usage.cost_usd > 0


def test_cost_uses_price_table_and_user_override(server: FakeOpenAI, options: Options, story_dir: Path,
                                                  tmp_path: Path) -> None:
    usage = asyncio.run(arun([story_dir], options)).briefing.usage
    price = DEFAULT_PRICES["gpt-4o-mini"]
    expected = (usage.prompt_tokens * price.input + usage.completion_tokens * price.output) / 1e6
    assert usage.cost_usd is not None and abs(usage.cost_usd - expected) < 1e-12
    table = tmp_path / "prices.toml"
    table.write_text('[gpt-4o-mini]\ninput = 1000.0\noutput = 0.0\n')
    dear = asyncio.run(arun([story_dir], replace(options, use_cache=False, prices=table))).briefing.usage
    assert dear.cost_usd is not None and abs(dear.cost_usd - dear.prompt_tokens * 1000.0 / 1e6) < 1e-9
    as_json = tmp_path / "prices.json"
    as_json.write_text(json.dumps({"my-model": {"input": 1, "output": 2}}))
    assert load_prices(env={"SUMMARIZER_PRICES": str(as_json)})["my-model"].output == 2
    assert PriceBook("gpt-4o-mini-2024-07-18").price == price
    assert PriceBook("unknown-model").cost(10, 10) is None


def test_cli_prints_usage_totals_on_stderr(server: FakeOpenAI, env: dict[str, str], story_dir: Path,
                                           tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "b.json"
    result = runner.invoke(app, ["brief", str(story_dir), "--backend", "llm", "--format", "json", "-o", str(out)],
                           env={**env, "SUMMARIZER_CACHE_DIR": str(tmp_path / "c")})
    assert result.exit_code == 0, result.output
    usage = json.loads(out.read_text())["usage"]
    assert f"{usage['calls']} call(s)" in result.stderr and "est. $" in result.stderr
    assert usage["cost_usd"] > 0
