"""The ledger's pair rule on labelled cross-source claim pairs: how many 'same fact' pairs it joins, and how many others.

The figures summarizer/align/thresholds.py quotes for the claim rules ('joined 177 same / 30 other') come from
here. For each tuned-on story (the dev stories in the shared evaluation folder, and bench/stories less the
held-out ones, which are never read), it briefs offline, collects the claims the merger groups, and labels every
pair of claims from two independent outlets by the gold's ``key_points_min_support`` patterns: 'same' when both
match one pattern, 'other' when at least one matches some pattern and they share none. It prints, per story and in
all, the 'same' pairs, and how many 'same' and 'other' pairs :meth:`ClaimMatcher.same_fact` joins (>= THRESHOLD).
The labels are coarse (a restatement no pattern names counts as 'other'), so precision is a lower bound: read the
'other' pairs (``--show``) before calling a rule wrong. Evaluation material is read at run time only.

    python bench/eval_pairs.py [--show] [STORY ...]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
from pathlib import Path
from typing import Any

from eval_paths import eval_dir, load_judge

from summarizer.merge.claims import THRESHOLD, ClaimMatcher, collect_claims
from summarizer.merge.independence import detect_copies
from summarizer.pipeline import Options, arun

BENCH = Path(__file__).resolve().parent / "stories"
HELD_OUT = frozenset({"biscuit", "barge", "baboons"})  # only the lead reads these: never briefed here


def tuned_on() -> dict[str, Path]:
    """Each tuned-on story's folder by name (its gold beside it as ``<name>.gold.json``)."""
    found: dict[str, Path] = {}
    for root in (eval_dir() / "stories", BENCH):
        for gold in sorted(root.glob("*.gold.json")) if root.exists() else ():
            name = gold.name.removesuffix(".gold.json")
            if name not in HELD_OUT and (root / name).is_dir():
                found.setdefault(name, root / name)
    return found


def story(folder: Path, judge: Any, show: bool) -> tuple[int, int, int]:
    """(pairs labelled same, same pairs joined, other pairs joined) of one story."""
    gold = json.loads(folder.with_name(f"{folder.name}.gold.json").read_text(encoding="utf-8"))
    facts = [judge.compile_pattern(k["text"]) for k in gold.get("key_points_min_support", [])]
    result = asyncio.run(arun([str(folder)], Options(backend="offline", synthesize=False)))
    independence = detect_copies(result.articles)
    live = {a.id for a in result.articles if a.status == "ok" and a.duplicate_of is None}
    items = collect_claims(result.articles, [r for r in result.records if r.source in live], independence)
    matcher = ClaimMatcher(items)
    labels = [{k for k, fact in enumerate(facts) if fact.search(judge.fold(item.claim.text))} for item in items]
    same = joined_same = joined_other = 0
    for a, b in itertools.combinations(range(len(items)), 2):
        x, y = items[a], items[b]
        if x.independent == y.independent or not (labels[a] or labels[b]):
            continue
        alike = bool(labels[a] & labels[b])
        joined = matcher.same_fact(x, y) >= THRESHOLD
        same += alike
        joined_same += joined and alike
        joined_other += joined and not alike
        if show and joined and not alike:
            print(f"    other: {x.claim.text[:100]!r} / {y.claim.text[:100]!r}")
    return same, joined_same, joined_other


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the joined pairs labelled 'other'")
    parser.add_argument("stories", nargs="*", help="story names (default: every tuned-on story)")
    args = parser.parse_args()
    if not (eval_dir() / "judge.py").exists():
        print(f"skipped: {eval_dir() / 'judge.py'} not found")
        return 0
    judge = load_judge()
    folders = tuned_on()
    names = [n for n in args.stories if n not in HELD_OUT] or sorted(folders)
    totals = [0, 0, 0]
    for name in names:
        figures = story(folders[name], judge, args.show)
        totals = [t + f for t, f in zip(totals, figures, strict=True)]
        print(f"{name:10} same {figures[0]:4}  joined same {figures[1]:4}  other {figures[2]:3}")
    same, joined_same, joined_other = totals
    precision = joined_same / max(1, joined_same + joined_other)
    print(f"all {len(names)}: same {same}, joined same {joined_same} / other {joined_other} "
          f"(recall {joined_same / max(1, same):.3f}, precision >= {precision:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
