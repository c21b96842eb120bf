"""Alignment on data: pair precision/recall of the similarity per threshold, and what the briefings gain.

Two parts, both offline and both reading evaluation material at run time only (never committed):

* ``--curves``: on the dev stories, claims and quotes are labelled by the gold's own patterns
  (two claims from different sources matching one ``key_points_min_support`` pattern state one
  fact; a claim matching a pattern and one matching none do not; quotes likewise by the variants
  of one ``quote_groups`` entry and by other quotes of other speakers; events on one day by the
  gold timeline's entries). For each threshold it
  prints the precision and recall of "cosine >= t" and of "cosine >= t and no hard difference".
* default: on ``news_clusters.jsonl``, the main-list key points and how many are backed by two
  or more independent sources, and the overview's ROUGE-1/2/L against the reference summary.

    python bench/eval_align.py [--curves] [--clusters N]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
from typing import Any

import numpy as np
from eval_paths import eval_dir, load_judge

from summarizer.align import embed, signature
from summarizer.align.constraints import differs
from summarizer.evaluate.clusters import load_clusters
from summarizer.evaluate.rouge import rouge
from summarizer.pipeline import Options, RunResult, arun

THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]


def _curve(name: str, pairs: list[tuple[float, bool, bool]]) -> None:
    """pairs: (cosine, differs on a hard constraint, gold same)."""
    positives = sum(1 for _, _, same in pairs if same)
    print(f"\n{name}: {len(pairs)} labelled cross-source pairs, {positives} same")
    print("  t      cos P   cos R   +constraints P   R")
    for t in THRESHOLDS:
        for label, keep in (("cos", lambda d: True), ("con", lambda d: not d)):
            hit = [(s, d, same) for s, d, same in pairs if s >= t and keep(d)]
            tp = sum(1 for *_, same in hit if same)
            p = tp / len(hit) if hit else 1.0
            r = tp / positives if positives else 1.0
            if label == "cos":
                row = f"  {t:.2f}  {p:6.3f}  {r:6.3f}"
            else:
                row += f"   {p:13.3f}  {r:6.3f}"
        print(row)


def curves() -> None:
    judge = load_judge()
    claim_pairs: list[tuple[float, bool, bool]] = []
    quote_pairs: list[tuple[float, bool, bool]] = []
    event_pairs: list[tuple[float, bool, bool]] = []
    for gold_path in sorted((eval_dir() / "stories").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        story = gold_path.name.removesuffix(".gold.json")
        result = asyncio.run(arun([str(eval_dir() / "stories" / story)], Options(backend="offline", synthesize=False)))
        facts = [judge.compile_pattern(k["text"]) for k in gold.get("key_points_min_support", [])]
        claims = [(r.source, c.text) for r in result.records for c in r.extraction.claims if c.span is not None]
        claim_pairs += _labelled(claims, lambda text, facts=facts: {i for i, f in enumerate(facts) if f.search(judge.fold(text))})
        groups = [[judge.compile_pattern(v) for v in g["variants"]] for g in gold.get("quote_groups", [])]
        quotes = [(r.source, q.text) for r in result.records for q in r.extraction.quotes if q.span is not None]
        quote_pairs += _labelled(
            quotes, lambda text, groups=groups: {i for i, vs in enumerate(groups) if any(v.search(judge.fold(text)) for v in vs)}
        )
        # Events: the gold timeline's entries (pattern and day); only pairs on one day are compared,
        # as the timeline's rule only joins events whose dates agree.
        timeline = [(judge.compile_pattern(t["event"]), t["date"]) for t in gold.get("timeline", [])]
        events = [(r.source, e.text, e.date or "") for r in result.records for e in r.extraction.events if e.span is not None]
        for day in sorted({d for *_, d in events if d}):
            same_day = [(src, text) for src, text, d in events if d == day]
            event_pairs += _labelled(
                same_day,
                lambda text, day=day, timeline=timeline: {
                    i for i, (pat, d) in enumerate(timeline) if d == day and pat.search(judge.fold(text))
                },
            )
    _curve("claims (gold support facts)", claim_pairs)
    _curve("quotes (gold quote groups)", quote_pairs)
    _curve("events on one day (gold timeline entries)", event_pairs)


def _labelled(items: list[tuple[str, str]], label: Any) -> list[tuple[float, bool, bool]]:
    if not items:
        return []
    vecs = embed([t for _, t in items])
    labels = [label(t) for _, t in items]
    out: list[tuple[float, bool, bool]] = []
    for i, j in itertools.combinations(range(len(items)), 2):
        if items[i][0] == items[j][0] or not (labels[i] or labels[j]):
            continue
        same = bool(labels[i] & labels[j])
        diff = differs(signature(items[i][1]), signature(items[j][1])) is not None
        out.append((round(float(np.dot(vecs[i], vecs[j])), 4), diff, same))
    return out


def clusters(limit: int) -> None:
    path = eval_dir() / "news_clusters.jsonl"
    found = load_clusters(path, limit or None)
    main = multi = total = 0
    scores = np.zeros(3)
    for cluster in found:
        result: RunResult = asyncio.run(arun(cluster.articles, Options(backend="offline")))
        points = [k for k in result.briefing.key_points if getattr(k, "tier", "main") == "main"]
        total += len(result.briefing.key_points)
        main += len(points)
        multi += sum(1 for k in points if k.independent_sources >= 2)
        if cluster.reference:
            r = rouge(result.briefing.overview, cluster.reference)
            scores += [r["rouge1"], r["rouge2"], r["rougeL"]]
    n = max(1, sum(1 for c in found if c.reference))
    print(f"news_clusters ({len(found)}): key points {total}, main list {main}, main backed by >=2 independent {multi}")
    print(f"overview ROUGE-1/2/L {scores[0] / n:.3f}/{scores[1] / n:.3f}/{scores[2] / n:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curves", action="store_true", help="precision/recall per threshold on the dev stories")
    parser.add_argument("--clusters", type=int, default=0, help="only the first N news clusters (0: all)")
    args = parser.parse_args()
    if not eval_dir().exists():
        print(f"skipped: {eval_dir()} not found")
        return 0
    if args.curves:
        curves()
    clusters(args.clusters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
