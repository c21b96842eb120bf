"""Offline extraction on adversarial text: CPU seconds per megabyte at several sizes, and their growth.

Hostile or careless input is not prose: a page of nothing but short quotes, a megabyte with no line
break, a reporting verb repeated endlessly, one capitalised run with no end. Each shape once made a
rule look back over everything before it, so ten times the text took 50-260 times as long. This
prints, for each shape and for ordinary prose, CPU seconds per MB at each size and the ratio of the
largest size's figure to the smallest's: near 1 is linear, 10 would be quadratic over a 10x range.

The texts are generated (no data, no network); cleaning is not timed, only ``extract_offline``.

Usage: python bench/bench_scaling.py [--mb 0.1 1 5] [--shapes quotes oneline cues caps prose]
"""

from __future__ import annotations

import argparse
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
    article = Article(id="S1", uri="mem://bench/scaling", text=text, published=date(2025, 3, 5))
    started = time.process_time()
    extract_offline(article)
    return (time.process_time() - started) / (len(text) / 1_000_000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.1, 1.0, 5.0])
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    sizes = sorted(args.mb)
    print("offline extraction, CPU seconds per MB (one core); growth = s/MB at largest / s/MB at smallest")
    print(f"  {'shape':<8} " + " ".join(f"{s:>9g} MB" for s in sizes) + "    growth")
    for shape in args.shapes:
        figures = []
        for size in sizes:
            figures.append(seconds_per_mb(SHAPES[shape](int(size * 1_000_000))))
        print(f"  {shape:<8} " + " ".join(f"{f:>10.2f}s" for f in figures) + f"  {figures[-1] / figures[0]:>8.2f}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
