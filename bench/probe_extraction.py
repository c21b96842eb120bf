"""Probe the offline extractor on invented paragraphs: quote speaker accuracy and entity precision/recall.

The paragraphs (tests/data/probes/) are written for the failure classes seen on news nobody here
tuned on (issue 13): nearer speakers, spokespeople, dash- and colon-introduced quotes, broadcast
scripts, honorifics, role-only speakers, passive attributions; organisations typed as people,
headline fragments, "X and Y", demonyms, suffixes, particles. None of it is real news text.

Usage: python bench/probe_extraction.py [-v]   (-v lists every miss)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.extract.offline import extract_offline
from summarizer.schema import Article, ArticleExtraction

PROBES = Path(__file__).resolve().parents[1] / "tests" / "data" / "probes"
_SCORED = frozenset(["person", "organization"])


def _extract(case: dict[str, Any]) -> ArticleExtraction:
    return extract_offline(Article(id=case["id"], uri=f"mem://{case['id']}", text=case["text"],
                                   published=date(2030, 5, 6)))


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").strip().lower() == (b or "").strip().lower()


def speakers(verbose: bool, name: str = "speakers.json") -> float:
    cases = json.loads((PROBES / name).read_text(encoding="utf-8"))
    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    right = total = 0
    for case in cases:
        quotes = _extract(case).quotes
        for fragment, accepted in case["quotes"]:
            found = next((q for q in quotes if fragment in q.text), None)
            got = found.speaker if found else None
            ok = any(_same(got, a) for a in accepted) if found or accepted == [None] else False
            total += 1
            right += ok
            by_class[case["class"]][0] += ok
            by_class[case["class"]][1] += 1
            if verbose and not ok:
                print(f"  MISS {case['id']}: {fragment!r} -> {'no quote' if found is None else repr(got)}"
                      f" (want {accepted[0]!r})")
    for name, (ok_count, count) in sorted(by_class.items()):
        print(f"  {name:32s} {ok_count}/{count}")
    print(f"speaker accuracy {right}/{total} = {right / total:.3f}")
    return right / total


def entities(verbose: bool, name: str = "entities.json") -> tuple[float, float]:
    cases = json.loads((PROBES / name).read_text(encoding="utf-8"))
    predicted = matched = expected = found = absent_hits = 0
    for case in cases:
        ents = _extract(case).entities
        accept: dict[str, list[str]] = case.get("accept", {})
        wanted = {name: [name, *accept.get(name, [])] for name, _ in case["entities"]}
        forms = {f.lower(): name for name, alts in wanted.items() for f in alts}
        scored = [e for e in ents if e.type in _SCORED]
        predicted += len(scored)
        for e in scored:
            if e.name.lower() in forms:
                matched += 1
            elif verbose:
                print(f"  EXTRA {case['id']}: {e.name!r} ({e.type})")
        by_name = {e.name.lower(): e for e in ents}
        for name, kind in case["entities"]:
            expected += 1
            hit = next((by_name[f.lower()] for f in wanted[name] if f.lower() in by_name), None)
            if hit is not None and hit.type == kind:
                found += 1
            elif verbose:
                print(f"  MISSING {case['id']}: {name!r} ({kind}) -> {hit.type if hit else 'absent'}")
        for name in case.get("absent", []):
            if name.lower() in by_name:
                absent_hits += 1
                if verbose:
                    print(f"  JUNK {case['id']}: {name!r} ({by_name[name.lower()].type})")
    precision, recall = matched / max(predicted, 1), found / max(expected, 1)
    print(f"entity precision {matched}/{predicted} = {precision:.3f}  recall (name and type) {found}/{expected} = "
          f"{recall:.3f}  junk entities {absent_hits}")
    return precision, recall


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    print("probe (the classes fixed against it):")
    speakers(verbose)
    entities(verbose)
    # Written after the first fixes, then fixed against too.
    print("second probe:")
    speakers(verbose, "speakers_fresh.json")
    entities(verbose, "entities_fresh.json")
    # Written last and not fixed against: how the rules carry to shapes they were not written for.
    print("third probe (held back):")
    speakers(verbose, "speakers_round3.json")
    # Shapes machine translation leaves (Romance word order, German "so", "For X, …"): written last, then fixed.
    print("fourth probe (translated shapes):")
    speakers(verbose, "speakers_translated.json")
    # Written at the end and not fixed against.
    print("fifth probe (held back):")
    speakers(verbose, "speakers_round5.json")


if __name__ == "__main__":
    main()
