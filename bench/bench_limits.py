"""Read limits: what hostile inputs cost before they are refused, and the largest allowed article's peak memory.

Each case runs the real CLI (``summarizer brief … --backend offline``) in a fresh Python process, so
the peak resident memory printed is that case's alone: ``/dev/zero`` named directly, an endless
stdin (a ``yes``-like generator piped in), a file one byte over the per-article limit, and the
largest article the default limits allow (generated prose, no data, no network), briefed whole.
Figures are from one run on this machine; compare them with each other, not across machines.

Usage: python bench/bench_limits.py [--article-mb 8] [--limit 600]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_offline import make_long_text

from summarizer.ingest.records import DEFAULT_ARTICLE_MB, DEFAULT_RUN_MB, MB

# Runs the CLI inside a child and reports its own peak RSS (ru_maxrss is in KiB on Linux).
_CHILD = """
import resource, sys
from summarizer.cli import app
sys.argv = ["summarizer", *sys.argv[1:]]
code = 0
try:
    app()
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
print(f"@@ {code} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
"""


def _run(args: list[str], stdin: int | None = None, limit: float = 600) -> tuple[float, int, float, str]:
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, "brief", *args, "--backend", "offline", "--quiet"],
                              stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - started, -1, float("nan"), f"did not finish within {limit:g} s"
    seconds = time.perf_counter() - started
    marker = [line for line in done.stderr.splitlines() if line.startswith("@@ ")][-1].split()
    message = next((line for line in done.stderr.splitlines() if line.startswith("summarizer: error")), "")
    return seconds, int(marker[1]), int(marker[2]) / 1024, message[:90]


def _endless() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import sys\nline = b'The bridge is closed, the city said.\\n' * 1000\n"
                             "try:\n    while True: sys.stdout.buffer.write(line)\nexcept BrokenPipeError: pass"],
                            stdout=subprocess.PIPE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article-mb", type=float, default=DEFAULT_ARTICLE_MB)
    parser.add_argument("--limit", type=float, default=600, help="seconds before a case is abandoned")
    args = parser.parse_args()
    rows: list[tuple[str, float, int, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        over = Path(folder) / "over.txt"
        with over.open("wb") as handle:
            handle.truncate(int(DEFAULT_ARTICLE_MB * MB) + 1)  # sparse: costs no disk
        if Path("/dev/zero").exists():
            rows.append(("/dev/zero named", *_run(["/dev/zero"])))
        writer = _endless()
        assert writer.stdout is not None
        rows.append((f"endless stdin (run limit {DEFAULT_RUN_MB:g} MB)", *_run(["-"], stdin=writer.stdout.fileno())))
        writer.stdout.close()
        writer.kill()
        writer.wait()
        rows.append((f"file 1 byte over {DEFAULT_ARTICLE_MB:g} MB", *_run([str(over)])))
        largest = Path(folder) / "largest.txt"
        text = "Largest allowed article\n\n" + make_long_text(int(args.article_mb * MB) - 200)
        data = text.encode("utf-8")[: int(args.article_mb * MB) - 100]
        largest.write_bytes(data.decode("utf-8", errors="ignore").encode("utf-8"))
        size = largest.stat().st_size / MB
        rows.append((f"largest allowed article ({size:.2f} MB), briefed", *_run([str(largest), "-o", os.devnull], limit=args.limit)))
    print(f"{'case':<44} {'seconds':>8} {'exit':>5} {'peak RSS MB':>12}  message")
    for name, seconds, code, rss, message in rows:
        print(f"{name:<44} {seconds:>8.1f} {code:>5} {rss:>12.0f}  {message}")


if __name__ == "__main__":
    main()
