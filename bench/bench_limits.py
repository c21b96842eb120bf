"""Read limits: what hostile inputs cost before they are refused, and what the largest allowed article costs.

Each case runs the real CLI (``summarizer brief … --backend offline``) in a fresh Python process, so
the peak resident memory printed is that case's alone: ``/dev/zero`` named directly, an endless
stdin (a ``yes``-like generator piped in), a file one byte over the per-article limit, and then one
article per shape and size (generated text, no data, no network) briefed whole through every
stage, rendered to HTML (the format that also reads the article text back). The shapes are prose
and the adversarial ones of bench_scaling.py (a quote every 14 characters, one line with no
break, reporting verbs and nothing else); the sizes default to 0.1, 1 and 5 MB and the largest
article the per-article limit allows (8 MB). For each: wall and CPU seconds, CPU seconds per MB,
the CPU seconds of each pipeline stage, and peak RSS; then, per shape, how CPU seconds per MB grow
per 10x of input (1.0 is linear, 10 quadratic). CPU time is the figure to read on a shared machine.
Figures are from one run on this machine; compare them with each other, not across machines.

Usage: python bench/bench_limits.py [--mb 0.1 1 5] [--shapes prose quotes oneline cues] [--no-largest] [--limit 1800]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scaling import SHAPES

from summarizer.ingest.records import DEFAULT_ARTICLE_MB, DEFAULT_RUN_MB, MB

# Runs the CLI inside a child and reports its exit code, its own peak RSS (ru_maxrss is in KiB on
# Linux), its CPU seconds, and the CPU clock at each stage the pipeline announces ("render" is what
# follows the last stage: rendering and writing the briefing).
_CHILD = """
import json, resource, sys, time
import summarizer.cli as cli
marks = [("start", time.process_time())]
progress, run = cli._progress, cli._run
def _progress(quiet):
    on_article, _on_stage = progress(quiet)
    return on_article, lambda name: marks.append((name.split(" ")[0], time.process_time()))
def _run(inputs, options):
    result = run(inputs, options)
    marks.append(("render", time.process_time()))
    return result
cli._progress, cli._run = _progress, _run
sys.argv = ["summarizer", *sys.argv[1:]]
code = 0
try:
    cli.app()
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
marks.append(("end", time.process_time()))
stages = {a[0]: round(b[1] - a[1], 2) for a, b in zip(marks, marks[1:])}
usage = resource.getrusage(resource.RUSAGE_SELF)
print(f"@@ {code} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime:.2f} {json.dumps(stages)}", file=sys.stderr)
"""


@dataclass
class Case:
    name: str
    seconds: float  # wall clock
    code: int  # exit code, -1 when abandoned
    rss: float  # peak resident MB
    message: str
    cpu: float = float("nan")
    stages: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage

    @property
    def work(self) -> float:
        """CPU seconds from reading the input to the written briefing (no interpreter start-up)."""
        return sum(self.stages.get(s, 0.0) for s in STAGES)


def _run(name: str, args: list[str], stdin: int | None = None, limit: float = 600) -> Case:
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, "brief", *args, "--backend", "offline", "--quiet"],
                              stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return Case(name, time.perf_counter() - started, -1, float("nan"), f"did not finish within {limit:g} s")
    seconds = time.perf_counter() - started
    markers = [line for line in done.stderr.splitlines() if line.startswith("@@ ")]
    if not markers:
        return Case(name, seconds, done.returncode, float("nan"), (done.stderr.strip().splitlines() or ["?"])[-1][:90])
    _at, code, rss, cpu, stages = markers[-1].split(" ", 4)
    message = next((line for line in done.stderr.splitlines() if line.startswith("summarizer: error")), "")
    return Case(name, seconds, int(code), int(rss) / 1024, message[:90], float(cpu), json.loads(stages))


def _endless() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import sys\nline = b'The bridge is closed, the city said.\\n' * 1000\n"
                             "try:\n    while True: sys.stdout.buffer.write(line)\nexcept BrokenPipeError: pass"],
                            stdout=subprocess.PIPE)


def _article(folder: Path, shape: str, size: int) -> Path:
    """A file of ``size`` bytes (UTF-8, cut at a character boundary) of one shape, with a title line."""
    path = Path(folder) / f"{shape}-{size}.txt"
    text = "Largest allowed article\n\n" + SHAPES[shape](size)
    path.write_bytes(text.encode("utf-8")[:size].decode("utf-8", errors="ignore").encode("utf-8"))
    return path


def _refusals(folder: Path) -> list[Case]:
    over = folder / "over.txt"
    with over.open("wb") as handle:
        handle.truncate(int(DEFAULT_ARTICLE_MB * MB) + 1)  # sparse: costs no disk
    cases: list[Case] = []
    if Path("/dev/zero").exists():
        cases.append(_run("/dev/zero named", ["/dev/zero"]))
    writer = _endless()
    assert writer.stdout is not None
    cases.append(_run(f"endless stdin (run limit {DEFAULT_RUN_MB:g} MiB)", ["-"], stdin=writer.stdout.fileno()))
    writer.stdout.close()
    writer.kill()
    writer.wait()
    cases.append(_run(f"file 1 byte over {DEFAULT_ARTICLE_MB:g} MiB", [str(over)]))
    return cases


STAGES = ("ingest", "extract", "ground", "merge", "render")


def _growth(sizes: list[float], per_mb: list[float]) -> str:
    """Growth of CPU s/MB per 10x of input between consecutive sizes (1.0 linear, 10 quadratic)."""
    parts = []
    for (s0, f0), (s1, f1) in itertools.pairwise(zip(sizes, per_mb, strict=True)):
        if f0 > 0 and f1 > 0 and s1 > s0:
            parts.append(f"{s0:g}->{s1:g} MB x{(f1 / f0) ** (1 / math.log10(s1 / s0)):.2f}")
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.1, 1.0, 5.0], help="article sizes, 10^6 bytes")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=["prose", "quotes", "oneline", "cues"])
    parser.add_argument("--article-mb", type=float, default=DEFAULT_ARTICLE_MB,
                        help="the largest article, MiB (the default per-article limit)")
    parser.add_argument("--no-largest", action="store_true", help="skip the largest-article runs")
    parser.add_argument("--no-refusals", action="store_true", help="skip /dev/zero, endless stdin, over-limit file")
    parser.add_argument("--limit", type=float, default=1800, help="seconds before a case is abandoned")
    args = parser.parse_args()
    print("s/MB: CPU seconds of the stages (ingest to written briefing) less the fixed cost, per 10^6 bytes")
    header = f"{'case':<40} {'wall s':>7} {'CPU s':>7} {'s/MB':>6} {'exit':>4} {'RSS MB':>7}  " + \
        " ".join(f"{s:>7}" for s in STAGES) + "  (stage CPU s)"
    print(header, flush=True)
    largest = int(args.article_mb * MB) - 100  # the limit counts bytes; leave room for nothing else
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if not args.no_refusals:
            for case in _refusals(folder):
                _print(case, 0)
        # What any article costs whatever its size (module and model loading): measured once on a 2 kB
        # article and taken off the figures per MB, which would otherwise overstate small sizes.
        fixed = _run("fixed cost (prose 2 kB)", [str(_article(folder, "prose", 2000)), "-f", "html", "-o", os.devnull])
        _print(fixed, 0, 0.0)
        growth: dict[str, tuple[list[float], list[float]]] = {}
        for shape in args.shapes:
            sizes = [int(mb * 1_000_000) for mb in sorted(args.mb)] + ([] if args.no_largest else [largest])
            for size in sizes:
                path = _article(folder, shape, size)
                actual = path.stat().st_size
                label = f"{shape} {actual / 1_000_000:.2f} MB" + (" (largest allowed)" if size == largest else "")
                case = _run(label, [str(path), "-f", "html", "-o", os.devnull], limit=args.limit)
                _print(case, actual, fixed.work)
                if case.code in (0, 3) and size != largest:
                    growth.setdefault(shape, ([], []))
                    growth[shape][0].append(actual / 1_000_000)
                    growth[shape][1].append((case.work - fixed.work) / (actual / 1_000_000))
                path.unlink()
    print("\ngrowth of CPU seconds per MB, per 10x of input (1.0 linear, 10 quadratic):")
    for shape, (sizes_mb, per_mb) in growth.items():
        print(f"  {shape:<8} {_growth(sizes_mb, per_mb)}")


def _print(case: Case, size: int, fixed: float = 0.0) -> None:
    per_mb = f"{(case.work - fixed) / (size / 1_000_000):>6.1f}" if size and case.stages else f"{'':>6}"
    stages = " ".join(f"{case.stages.get(s, float('nan')):>7.1f}" for s in STAGES) if case.stages else ""
    print(f"{case.name:<40} {case.seconds:>7.1f} {case.cpu:>7.1f} {per_mb} {case.code:>4} {case.rss:>7.0f}  {stages}"
          + (f"  {case.message}" if case.message else ""), flush=True)


if __name__ == "__main__":
    main()
