"""Does every source a key point lists state what its text says? Read from briefing JSON files.

A point is worded by one member of its group. Where that member joins two facts and the others state one,
the point shows both as backed by every listed source, which only one states. For each main-list point with
two or more independent sources, each listed source's own evidence is weighed against the point's words as
the merger's corroboration does (:func:`summarizer.merge.coverage.coverage`, idf over the briefing's
evidence): the least covering source's share is the point's figure. It prints, over the briefings given, the
points where every source states at least CONTAINED of the point, and the mean of the figure.

    python bench/eval_point_sources.py BRIEFING.json [...]      (e.g. the JSONs /work/wt/judge_all.sh writes)
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

from summarizer.align.thresholds import CONTAINED
from summarizer.merge.coverage import content_words as _words
from summarizer.merge.coverage import coverage as _coverage


def point_figures(briefing: dict[str, object]) -> list[tuple[float, str]]:
    """(the least share of the point a listed source's evidence states, the point's text), per multi-source main point."""
    points = briefing["key_points"]
    assert isinstance(points, list)
    texts = [e["text"] for k in points for e in k["evidence"]]
    df = Counter(w for t in texts for w in _words(t))

    def weight(word: str) -> float:
        return math.log((len(texts) + 1) / (df.get(word, 0) + 1)) + 1.0

    out: list[tuple[float, str]] = []
    for k in points:
        own = list(_words(k["text"]))
        if k.get("tier") != "main" or k["independent_sources"] < 2 or not own:
            continue
        per: dict[str, list[str]] = {}
        for e in k["evidence"]:
            per.setdefault(e["source"], []).append(e["text"])
        out.append((min(_coverage(own, list(_words(" ".join(v))), weight) for v in per.values()), k["text"]))
    return out


def main(paths: list[str]) -> None:
    figures = [f for p in paths for f in point_figures(json.loads(Path(p).read_text(encoding="utf-8")))]
    if not figures:
        print("no multi-source main points")
        return
    full = sum(f >= CONTAINED for f, _ in figures)
    mean = sum(f for f, _ in figures) / len(figures)
    print(f"multi-source main points {len(figures)}; every source states >= {CONTAINED} of it: {full}; mean least share {mean:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
