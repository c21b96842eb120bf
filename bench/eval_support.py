"""Why a fact stays short of its sources: for every gold support check a briefing misses, what blocks each outlet.

For each story (the dev stories in the shared evaluation folder, or story folders given on the command line
with their ``<story>.gold.json`` beside them) it briefs offline, finds each ``key_points_min_support`` fact
whose best key point has fewer sources than the gold asks, and for every outlet missing from that point lists
its claims that state the fact (by the gold's own pattern) with every reason the merger's corroboration rule
gives against them (:func:`summarizer.merge.corroborate.support_refusals`: meaning, figures, names, acts,
coverage, negation or date, a listed discrepancy), or says that no claim of that outlet states it. The point
is read as the briefing shows it (after corroboration); a point outside the main list is never corroborated.
Evaluation material is read at run time only and never enters the repository.

    python bench/eval_support.py [STORY_DIR ...]
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from eval_paths import eval_dir, load_judge

from summarizer.merge.claims import ClaimMatcher, collect_claims
from summarizer.merge.corroborate import support_refusals
from summarizer.merge.independence import detect_copies
from summarizer.pipeline import Options, arun


def story(folder: Path, judge: Any) -> int:
    """Print the missed support checks of one story; returns how many."""
    gold = json.loads(folder.with_name(f"{folder.name}.gold.json").read_text(encoding="utf-8"))
    result = asyncio.run(arun([str(folder)], Options(backend="offline", synthesize=False)))
    briefing, articles = result.briefing, result.articles
    independence = detect_copies(articles)
    live = {a.id for a in articles if a.status == "ok" and a.duplicate_of is None}
    items = collect_claims(articles, [r for r in result.records if r.source in live], independence)
    matcher = ClaimMatcher(items)
    missed = 0
    print(f"\n=== {folder.name}")
    for fact in gold.get("key_points_min_support", []):
        pattern = judge.compile_pattern(fact["text"])
        states = [p for p in briefing.key_points if pattern.search(judge.fold(p.text))]
        best = max(states, key=lambda p: len(set(p.sources)), default=None)
        want = int(fact.get("min_sources", 1))
        if best is not None and len(set(best.sources)) >= want:
            continue
        missed += 1
        if best is None:
            print(f"\n  /{fact['text'][:70]}/: no key point states it")
            continue
        print(f"\n  /{fact['text'][:70]}/: {len(set(best.sources))}/{want} on [{best.tier}] {best.text[:110]}")
        have = {independence.of(s) for s in best.sources}
        for outlet in sorted({independence.of(a) for a in live} - have):
            stating = [i for i in items if i.independent == outlet and pattern.search(judge.fold(i.claim.text))]
            if not stating:
                print(f"    {outlet}: no claim states it")
            for item in stating:
                reasons, covered = support_refusals(best, item, items, matcher, independence, briefing.discrepancies)
                if best.tier != "main":
                    reasons.insert(0, "the point is not on the main list")
                shown = "; ".join(reasons) or f"supports it (coverage {covered:.3f})"
                print(f"    {item.source}: {shown}\n        {item.claim.text[:140]}")
    return missed


def main() -> int:
    judge_path = eval_dir() / "judge.py"
    if not judge_path.exists():
        print(f"skipped: {judge_path} not found")
        return 0
    judge = load_judge()
    folders = [Path(a) for a in sys.argv[1:]] or sorted(p for p in (eval_dir() / "stories").iterdir() if p.is_dir())
    missed = sum(story(folder, judge) for folder in folders)
    print(f"\nsupport checks short of their sources: {missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
