"""How well ingest pulls the article out of real HTML pages (evaluation only; prints figures).

Reads ../shared/eval/html: for the article-extraction-benchmark pairs it prints token precision,
recall and F1 of our cleaned ``Article.text`` against the gold article body; for trafilatura's
segment gold it prints the share of must-contain segments kept and must-not-contain segments left
out. Skips cleanly where ../shared is absent. Real pages stay outside the repository.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from eval_paths import eval_dir

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord
from summarizer.text import normalize


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", normalize(text)))


def prf(pred: Counter[str], gold: Counter[str]) -> tuple[float, float, float]:
    overlap = sum((pred & gold).values())
    p = overlap / max(sum(pred.values()), 1)
    r = overlap / max(sum(gold.values()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    root = eval_dir() / "html"
    if not root.is_dir():
        print(f"skipped: {root} not found")
        return 0
    rows = []
    for html_path in sorted(root.glob("aeb_*.html")):
        gold = html_path.with_suffix(".txt").read_text(encoding="utf-8")
        article = build_article("S1", RawRecord(uri=html_path.name, text=html_path.read_text(encoding="utf-8"), kind="html"))
        p, r, f = prf(tokens(article.text), tokens(gold)) if article.status == "ok" else (0.0, 0.0, 0.0)
        rows.append((html_path.stem, p, r, f, article.status))
    print(f"{'page':48} {'prec':>6} {'rec':>6} {'F1':>6}")
    for name, p, r, f, status in rows:
        print(f"{name[:48]:48} {p:6.3f} {r:6.3f} {f:6.3f}" + ("" if status == "ok" else f"  ({status})"))
    if rows:
        n = len(rows)
        print(f"{'MEAN (' + str(n) + ' pages)':48} {sum(r[1] for r in rows) / n:6.3f} {sum(r[2] for r in rows) / n:6.3f} "
              f"{sum(r[3] for r in rows) / n:6.3f}")
    kept = want = leaked = avoid = 0
    for gold_path in sorted((root / "trafilatura_segments").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = gold_path.with_suffix(".html").read_text(encoding="utf-8", errors="replace")
        article = build_article("S1", RawRecord(uri=gold_path.name, text=html, kind="html"))
        text = normalize(article.text)
        for segment in gold.get("with", []):
            want += 1
            kept += normalize(segment) in text
        for segment in gold.get("without", []):
            avoid += 1
            leaked += normalize(segment) in text
    if want:
        print(f"trafilatura segments: must-contain kept {kept}/{want} = {kept / want:.3f}; "
              f"must-not-contain left out {avoid - leaked}/{avoid} = {(avoid - leaked) / max(avoid, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
