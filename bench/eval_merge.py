"""Run the offline extractor and the merger on the real three-outlet clusters and show what differs.

Reads ``news_clusters.jsonl`` from the shared evaluation folder (``SUMMARIZER_EVAL_DIR`` overrides
the location); the articles are evaluation material only and never enter the repository. For each
cluster it prints the number of key points, multi-source key points and discrepancies, a few
discrepancy examples, and AllSides' own coverage-divergence note to judge them against.

    python bench/eval_merge.py [--examples 3] [--clusters N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

from eval_paths import eval_dir

from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.schema import Article, ExtractionRecord
from summarizer.synthesize import synthesize


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3, help="discrepancy examples per cluster")
    parser.add_argument("--clusters", type=int, default=0, help="only the first N clusters (0: all)")
    args = parser.parse_args()
    path = eval_dir() / "news_clusters.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.clusters:
        lines = lines[: args.clusters]
    totals: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    elapsed = 0.0
    for cluster in lines:
        articles = [
            Article(
                id=f"S{i + 1}",
                uri=a.get("url") or f"eval:{cluster['id']}/{i}",
                text=a.get("text") or "",
                title=a.get("title"),
                publisher=a.get("source"),
                language="en",
            )
            for i, a in enumerate(cluster["articles"])
        ]
        records = [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles]
        started = time.perf_counter()
        briefing = synthesize(merge(articles, records))
        elapsed += time.perf_counter() - started
        multi = sum(1 for kp in briefing.key_points if kp.independent_sources > 1)
        totals.update(
            clusters=1,
            key_points=len(briefing.key_points),
            multi_source=multi,
            discrepancies=len(briefing.discrepancies),
            entities=len(briefing.entities),
            quotes=len(briefing.quotes),
            copies=len(briefing.copies),
        )
        kinds.update(d.kind for d in briefing.discrepancies)
        publishers = ", ".join(f"{a.id}={a.publisher}" for a in articles)
        print(f"\n== {cluster['id']}: {cluster['event_title']}  ({publishers})")
        print(
            f"   key points {len(briefing.key_points)}, multi-source {multi}, "
            f"discrepancies {len(briefing.discrepancies)}, entities {len(briefing.entities)}, "
            f"quotes {len(briefing.quotes)}, copies {briefing.copies}"
        )
        print(f"   headline: {briefing.headline}")
        for d in briefing.discrepancies[: args.examples]:
            print(f"   - [{d.kind}] {d.subject}: {d.summary}")
            for p in d.positions:
                ev = " | ".join(s.text[:110] for s in p.evidence[:2])
                print(f"       {p.value} {p.sources}: {ev}")
        print(f"   AllSides note: {cluster.get('coverage_divergence_note', '')}")
    print(
        f"\nTOTAL {totals['clusters']} clusters: key points {totals['key_points']}, "
        f"multi-source {totals['multi_source']}, discrepancies {totals['discrepancies']} "
        f"({dict(sorted(kinds.items()))}), entities {totals['entities']}, quotes {totals['quotes']}, "
        f"copy groups {totals['copies']}; merge time {elapsed:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
