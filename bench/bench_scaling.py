"""Offline extraction and merge on adversarial text: CPU seconds per megabyte at several sizes, and their growth.

Hostile or careless input is not prose: a page of nothing but short quotes, a megabyte with no line
break, a reporting verb repeated endlessly, one capitalised run with no end. Each shape once made a
rule look back over everything before it, so ten times the text took 50-260 times as long. This
prints, for each shape and for ordinary prose, CPU seconds per MB at each size and how that figure
grows per 10x of input between consecutive sizes: near 1 is linear, 10 would be quadratic.

Two stages are timed, each in its own table: ``extract`` (``extract_offline``) and ``merge`` (the
pipeline's merge stage: merging the one grounded extraction, then the extractive headline and
overview). The article goes through the pipeline (``arun`` with the offline backend) and each
stage's CPU time is read at the pipeline's stage marks; a small article is briefed first, so the
embedding model's loading is not charged to the first size. The texts are generated (no data, no
network); cleaning is not timed.

Usage: python bench/bench_scaling.py [--mb 0.1 1 5] [--shapes quotes oneline cues caps prose] [--stages extract merge]
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_offline import make_long_text

from summarizer.extract.offline import extract_offline
from summarizer.pipeline import Options, arun, run_sync
from summarizer.schema import Article


def _repeat(size: int, pieces: Callable[[random.Random], str], seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        part = pieces(rng)
        parts.append(part)
        total += len(part)
    return "".join(parts)


SHAPES: dict[str, Callable[[int], str]] = {
    # '"word" said "word" said …': a quote every 14 characters, all in one sentence and one paragraph.
    "quotes": lambda n: _repeat(n, lambda r: f'"word{r.randint(0, 99)}" said '),
    # Prose with quotes, names and an organisation, but no line break at all: one paragraph of n bytes.
    "oneline": lambda n: _repeat(n, lambda r: f'Minister Ada Bello{r.randint(0, 9)} said the port of Marenza was '
                                              '"closed for now," and the Union of Workers of Keldra agreed. '),
    # Cue words and nothing else.
    "cues": lambda n: _repeat(n, lambda r: r.choice(["said ", "told ", "says ", "according to ", "added "])),
    # One capitalised run with no end, with particles and an acronym in it.
    "caps": lambda n: _repeat(n, lambda r: r.choice(["Alpha ", "Beta ", "of ", "and ", "Gamma (GA) ", "The "])),
    # A new person every sentence, each quoted and later named by surname: entity and alias tables grow.
    "names": lambda n: _repeat(n, lambda r: (lambda a, b: f'{a} {b}, a director of {b} Holdings (BH), said '
                                              f'"it is done." {b} added: "no more."\n\n')(
        "".join(r.choice("BCDFGKLMNPRSTV") + r.choice("aeiou") for _ in range(3)).title(),
        "".join(r.choice("BCDFGKLMNPRSTV") + r.choice("aeiou") for _ in range(4)).title())),
    # One opening quotation mark that never closes, then prose.
    "unclosed": lambda n: "“" + make_long_text(n, seed=3).replace('"', ""),
    # Ordinary news prose in paragraphs (the offline benchmark's long document).
    "prose": lambda n: make_long_text(n, seed=7),
}


def seconds_per_mb(text: str) -> float:
    """Offline extraction alone, CPU seconds per MB."""
    article = Article(id="S1", uri="mem://bench/scaling", text=text, published=date(2025, 3, 5))
    started = time.process_time()
    extract_offline(article)
    return (time.process_time() - started) / (len(text) / 1_000_000)


def stage_seconds(text: str) -> dict[str, float]:
    """CPU seconds of each pipeline stage (extract, ground, merge) for one article of ``text``."""
    article = Article(id="S1", uri="mem://bench/scaling", text=text, published=date(2025, 3, 5))
    marks: list[tuple[str, float]] = []
    options = Options(backend="offline", use_cache=False,
                      on_stage=lambda name: marks.append((name.split(" ")[0], time.process_time())))
    run_sync(arun([article], options))  # asyncio.run would charge the result's repr to the last stage
    marks.append(("end", time.process_time()))
    return {name: end - start for (name, start), (_next, end) in itertools.pairwise(marks)}


def growth(sizes: list[float], figures: list[float]) -> str:
    """s/MB growth per 10x of input between consecutive sizes (1.0 linear, 10 quadratic)."""
    parts = [f"x{(f1 / f0) ** (1 / math.log10(s1 / s0)):.2f}" if f0 > 0 and f1 > 0 else "-"
             for (s0, f0), (s1, f1) in itertools.pairwise(zip(sizes, figures, strict=True))]
    return " ".join(f"{p:>8}" for p in parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.1, 1.0, 5.0])
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--stages", nargs="+", choices=["extract", "merge"], default=["extract", "merge"])
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    sizes = sorted(args.mb)
    stage_seconds(SHAPES["prose"](3000))  # load the models once, before anything is timed
    figures: dict[str, dict[str, list[float]]] = {stage: {} for stage in args.stages}
    steps = " ".join(f"{f'{a:g}->{b:g}':>8}" for a, b in itertools.pairwise(sizes))
    print("CPU seconds per MB (one core); growth: s/MB ratio per 10x of input between consecutive sizes")
    print(f"  {'shape':<8} {'stage':<8} " + " ".join(f"{s:>9g} MB" for s in sizes) + f"   growth {steps}")
    for shape in args.shapes:
        for size in sizes:
            text = SHAPES[shape](int(size * 1_000_000))
            stages = stage_seconds(text)
            for stage in args.stages:
                figures[stage].setdefault(shape, []).append(stages[stage] / (len(text) / 1_000_000))
        for stage in args.stages:
            row = figures[stage][shape]
            print(f"  {shape:<8} {stage:<8} " + " ".join(f"{f:>10.2f}s" for f in row) + f"          {growth(sizes, row)}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
