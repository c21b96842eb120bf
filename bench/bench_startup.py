"""Benchmark: where the offline briefing of the bundled 5-article story spends its wall time.

Run ``python bench/bench_startup.py``. It prints, from fresh processes (each repeated, min / median):

1. the process wall time of ``summarizer brief tests/data/story -o FILE --backend offline`` (goal < 1 s);
2. its breakdown, measured inside one process that does what the command does, step by step:
   the interpreter's own start (``python -c pass``), importing the CLI and the pipeline, loading
   the language model and the embedding model, and the work (ingest, extraction, grounding,
   merging, rendering, writing) with the models loaded;
3. CPU seconds of the command (user + system), which the machine's load does not inflate.

The language model is read from the cache folder after the first run (see ``ingest/language.py``);
the first measured run here is preceded by one unmeasured run, so the figures are a user's second
run onward. Timings are from this machine and this run; the machine's load is printed with them.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "tests" / "data" / "story"
REPEAT = 5

STEPS = r"""
import json, sys, time
t0 = time.perf_counter()
import summarizer.cli, summarizer.pipeline
from summarizer.pipeline import Options, arun
t1 = time.perf_counter()
from summarizer.ingest.language import _identifier
_identifier()
t2 = time.perf_counter()
from summarizer.align.embedding import shipped_embedder
shipped_embedder().embed(["warm"])
t3 = time.perf_counter()
import asyncio
from summarizer.io import write_atomic
from summarizer.render import render
result = asyncio.run(arun([sys.argv[1]], Options(backend="offline", use_cache=False)))
write_atomic(__import__("pathlib").Path(sys.argv[2]), render(result.briefing, "md", result.article_texts))
t4 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "language model": t2 - t1, "embedding model": t3 - t2, "work": t4 - t3}))
"""


def _wall(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def _row(name: str, values: list[float]) -> str:
    return f"| {name} | {min(values):.3f} | {statistics.median(values):.3f} |"


def main() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    # The package's .pyc files, as installing it writes them: a checkout run with PYTHONDONTWRITEBYTECODE
    # set compiles every changed module from source in every run (see bench_peers.compile_bytecode).
    subprocess.run([sys.executable, "-c", "import compileall, os, summarizer; "
                    "compileall.compile_dir(os.path.dirname(summarizer.__file__), quiet=1)"], env=env, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "briefing.md")
        brief = [sys.executable, "-m", "summarizer.cli", "brief", str(STORY), "-o", out, "--backend", "offline", "-q"]
        _wall(brief, env)  # unmeasured: the language model's first unpacking, the page cache
        walls, cpus, interpreter = [], [], []
        steps: dict[str, list[float]] = {}
        for _ in range(REPEAT):
            wall, cpu, _out = _wall(brief, env)
            walls.append(wall)
            cpus.append(cpu)
            interpreter.append(_wall([sys.executable, "-c", "pass"], env)[0])
            for name, seconds in json.loads(_wall([sys.executable, "-c", STEPS, str(STORY), out], env)[2]).items():
                steps.setdefault(name, []).append(seconds)
    print(f"## Offline `summarizer brief tests/data/story` ({REPEAT} runs each, seconds: min / median)\n")
    print("| what | min | median |")
    print("|---|---|---|")
    print(_row("process wall time of the command (goal < 1 s)", walls))
    print(_row("its CPU time (user + system)", cpus))
    print(_row("breakdown: interpreter start (`python -c pass`)", interpreter))
    for name, values in steps.items():
        print(_row(f"breakdown: {name}", values))
    verdict = "OK" if statistics.median(walls) < 1.0 else "MISSED"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nmedian wall {statistics.median(walls):.3f} s: {verdict} "
          f"(machine: {os.cpu_count()} CPUs, load average {load:.2f})")


if __name__ == "__main__":
    main()
