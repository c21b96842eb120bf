"""Start-up: the way to the first model request carries only what that request needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import cli, pipeline
from summarizer.pipeline import Options

ROOT = Path(__file__).resolve().parent.parent

# Needed only once answers are back (grounding, merging, the embedding model) or on one path
# (the offline engine, dates that are not ISO): each is tenths of a second of imports before
# the first request otherwise.
LATER = ("numpy", "wordllama", "dateparser", "summarizer.ground", "summarizer.consistency", "summarizer.align",
         "summarizer.merge", "summarizer.extract.offline.engine", "nameparser", "summarizer.synthesize",
         "rich")  # rich: progress to a terminal only


def test_the_command_line_and_the_pipeline_load_no_later_stage(tmp_path: Path) -> None:
    script = ("import sys, summarizer.cli, summarizer.pipeline\n"
              f"print(' '.join(sorted(m for m in {LATER!r} if m in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []


def test_the_run_result_is_not_formatted_on_the_way_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """``asyncio.run`` formats the SIGINT handler it restores, finished task and its result included.

    For a briefing of a few hundred key points that repr took 0.1-0.2 s before the file was written.
    """
    formatted: list[int] = []

    class Result:
        def __repr__(self) -> str:
            formatted.append(1)
            return "Result()"

    async def arun(inputs: list[str], options: Options) -> Result:
        return Result()

    monkeypatch.setattr(pipeline, "arun", arun)
    result = cli._run(["x.txt"], Options())
    assert isinstance(result, Result)
    assert formatted == []


def test_the_library_does_not_format_its_result_either(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same repr hits ``summarize()``: one 1 MB article's briefing took seconds to format (pipeline/sync.py)."""
    formatted: list[int] = []

    class Result:
        def __repr__(self) -> str:
            formatted.append(1)
            return "Result()"

    async def asummarize(inputs: object, **options: object) -> Result:
        return Result()

    monkeypatch.setattr(pipeline, "asummarize", asummarize)
    assert isinstance(pipeline.summarize("x.txt"), Result)
    assert isinstance(pipeline.run_sync(asummarize("x.txt")), Result)
    assert formatted == []


def test_the_command_runs_without_the_cyclic_collector_and_the_library_keeps_it(tmp_path: Path) -> None:
    """The collector's full passes rescanned every loaded module's objects (0.15-0.3 s of CPU a run, one
    pass right after merging); the command is one short process, a library caller's process is not."""
    script = ("import gc, summarizer.cli as c, summarizer.pipeline\n"
              "print(gc.isenabled())\n"
              "c.app = lambda: print(gc.isenabled())\n"
              "c.main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False"]


def test_the_briefing_models_are_built_while_the_requests_are_out(tmp_path: Path) -> None:
    """The schema builds each model at its first use, and the merge after the last answer was the first
    use of the briefing's (20-40 ms on the critical path); the LLM path's loading thread builds them."""
    script = ("import summarizer.pipeline as p\n"
              "from summarizer.schema import briefing\n"
              "models = [briefing.Briefing, briefing.KeyPoint, briefing.Discrepancy, briefing.MergedQuote]\n"
              "print(any(m.__pydantic_complete__ for m in models))\n"
              "class Llm:\n    backend = 'llm'\n"
              "p._load_later_stages(Llm(), None).join()\n"
              "print(all(m.__pydantic_complete__ for m in models))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "True"]


def test_the_review_and_synthesis_templates_and_the_hyperplanes_are_ready_while_the_requests_are_out(
        tmp_path: Path) -> None:
    """Compiling the review's and synthesis' templates (50 ms) and drawing the alignment's hyperplanes were
    the first things after the merge; the LLM path's loading thread does them while answers are awaited."""
    script = ("import summarizer.pipeline as p\n"
              "from summarizer import prompts\n"
              "from summarizer.align import cluster\n"
              "names = ['adjudicate_system.j2', 'adjudicate_user.j2', 'synthesize_system.j2', 'synthesize_user.j2']\n"
              "def ready():\n"
              "    cache = prompts._environment(None).cache\n"
              "    return [any(key[1] == name for key in cache) for name in names] + [bool(cluster._planes)]\n"
              "print(ready())\n"
              "class Llm:\n    backend = 'llm'\n"
              "p._load_later_stages(Llm(), None).join()\n"
              "print(ready())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [str([False] * 5), str([True] * 5)]
