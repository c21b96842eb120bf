"""Evaluate the offline engine on the shared evaluation data (never committed to this repository).

Prints speaker accuracy and quote-span recall on PolNeAR direct quotes, entity counts and the share
of sentences cleaning removed on the news clusters. Exits 0 with "skipped" when the data is absent,
so CI stays green on machines without ``../shared``.

Usage: python bench/eval_offline.py   (SUMMARIZER_EVAL_DIR overrides the data folder)
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from eval_paths import eval_dir

from summarizer.extract.offline import extract_offline
from summarizer.ingest.clean import clean_text
from summarizer.schema import Article, ArticleExtraction
from summarizer.text import normalize, sentence_spans

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their"}
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "del", "president", "the", "a", "an", "retired"}
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|''(.+?)''|‘([^’]+)’")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", normalize(text).replace("'s ", " "))
    return [t for t in words if t not in TITLES] or words


def speaker_matches(predicted: str | None, gold: str) -> bool:
    """Gold source span vs predicted speaker: containment either way on name tokens, so a gold
    surname ("Okafor") matches a predicted full name and a predicted name matches a gold span that
    adds a role ("Okafor, a spokeswoman for ...")."""
    if not predicted:
        return False
    pred, ref = _tokens(predicted), _tokens(gold)
    if not pred or not ref:
        return False
    return set(pred) <= set(ref) or set(ref) <= set(pred) or pred[-1] == ref[-1]


def _quoted_parts(item: dict[str, Any]) -> list[str]:
    """The words inside quotation marks in the gold content; a content opened by a mark counts whole."""
    parts: list[str] = []
    for span in item["content_spans"]:
        found = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(span["text"])]
        if not found and span["text"].lstrip()[:1] in "“\"'‘":
            found = [span["text"].strip("“”\"'‘’ ")]
        if not found and span["text"].rstrip()[-1:] in "”\"’":
            found = [span["text"].strip("“”\"'‘’ ")]
        if not found:
            ctx = item["context"]
            if span["start"] > 0 and ctx[span["start"] - 1] in "“\"'‘":
                found = [span["text"]]
        parts.extend(f for f in found if len(_tokens(f)) >= 1)
    return parts


def _covered(part: str, extraction: ArticleExtraction) -> bool:
    words = _tokens(part)
    for quote in extraction.quotes:
        have = _tokens(quote.text)
        joined, target = " ".join(have), " ".join(words)
        if target and (target in joined or (len(words) > 3 and _share(words, have) >= 0.9)):
            return True
    return False


def _share(words: list[str], have: list[str]) -> float:
    bag = Counter(have)
    hit = 0
    for w in words:
        if bag[w] > 0:
            bag[w] -= 1
            hit += 1
    return hit / len(words)


def eval_quotes(path: Path) -> None:
    items = [i for i in _read_jsonl(path) if i["content_has_quotation_marks"]
             and i["speaker"].strip().lower() not in PRONOUNS]
    speaker_ok = found = recall_hit = recall_total = 0
    misses: list[str] = []
    for item in items:
        published = date.fromisoformat(item["publication_date"]) if item.get("publication_date") else None
        article = Article(id="S1", uri=item["id"], text=item["context"], published=published)
        extraction = extract_offline(article)
        parts = _quoted_parts(item)
        lo = min(s["start"] for s in item["content_spans"])
        hi = max(s["end"] for s in item["content_spans"])
        overlapping = [q for q in extraction.quotes if q.span and q.span.start < hi and lo < q.span.end]
        for part in parts:
            recall_total += 1
            recall_hit += _covered(part, extraction)
        if overlapping:
            found += 1
        if any(speaker_matches(q.speaker, item["speaker"]) for q in overlapping):
            speaker_ok += 1
        elif len(misses) < int(os.environ.get("SHOW_MISSES", "0")):
            misses.append(f"  gold={item['speaker']!r} pred={[q.speaker for q in overlapping]!r} :: "
                          f"{item['context'][:160]!r}")
    n = len(items)
    print("PolNeAR direct quotes (quotation marks, non-pronoun speaker)")
    print(f"  {'items':<38}{n:>8}")
    print(f"  {'items with a predicted quote':<38}{found:>8}")
    print(f"  {'speaker accuracy (all items)':<38}{speaker_ok / max(1, n):>8.3f}   goal >= 0.85")
    print(f"  {'speaker accuracy (quote found)':<38}{speaker_ok / max(1, found):>8.3f}")
    print(f"  {'quote-span recall':<38}{recall_hit / max(1, recall_total):>8.3f}   goal >= 0.90 "
          f"({recall_hit}/{recall_total} quoted segments)")
    for line in misses:
        print(line)


def eval_clusters(paths: list[Path]) -> None:
    types: Counter[str] = Counter()
    articles = sentences = removed_sentences = quotes = attributed = events = 0
    for path in paths:
        for cluster in _read_jsonl(path):
            for raw in cluster["articles"]:
                text = raw.get("text") or ""
                if not text.strip():
                    continue
                cleaned = clean_text(text)
                before = len(sentence_spans(text))
                after = len(sentence_spans(cleaned.text))
                articles += 1
                sentences += before
                removed_sentences += max(0, before - after)
                published = None
                if raw.get("date"):
                    try:
                        published = date.fromisoformat(str(raw["date"])[:10])
                    except ValueError:
                        published = None
                extraction = extract_offline(Article(id="S1", uri=raw.get("url") or "", text=cleaned.text,
                                                     published=published))
                types.update(e.type for e in extraction.entities)
                quotes += len(extraction.quotes)
                attributed += sum(1 for q in extraction.quotes if q.speaker)
                events += len(extraction.events)
    print(f"News clusters ({', '.join(p.name for p in paths)}): {articles} articles")
    print(f"  {'sentences removed as boilerplate':<38}{removed_sentences / max(1, sentences):>8.3f} "
          f"({removed_sentences}/{sentences})")
    print(f"  {'entities per article':<38}{sum(types.values()) / max(1, articles):>8.1f}")
    for kind in ("person", "organization", "place", "group", "other"):
        print(f"    {kind:<36}{types[kind]:>8}")
    print(f"  {'quotes (with a speaker)':<38}{quotes:>8} ({attributed})")
    print(f"  {'dated events':<38}{events:>8}")


def eval_html(folder: Path) -> None:
    """Cleaning on real pages after trafilatura: gold body sentences kept, and junk segments removed."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency, but the eval must not crash
        print("skipped: trafilatura not installed")
        return
    body_total = body_lost = 0
    for page in sorted(folder.glob("aeb_*.html")):
        gold = page.with_suffix(".txt")
        extracted = trafilatura.extract(page.read_text(encoding="utf-8", errors="replace")) or ""
        if not gold.is_file() or not extracted:
            continue
        cleaned = normalize(clean_text(extracted).text)
        raw = normalize(extracted)
        text = gold.read_text(encoding="utf-8")
        for start, end in sentence_spans(text):
            sentence = normalize(text[start:end])
            if len(sentence.split()) >= 6 and sentence in raw:
                body_total += 1
                body_lost += sentence not in cleaned
    junk_total = junk_removed = 0
    for gold_path in sorted((folder / "trafilatura_segments").glob("*.json")):
        page = gold_path.with_suffix(".html")
        if not page.is_file():
            continue
        gold_segments = json.loads(gold_path.read_text(encoding="utf-8"))
        extracted = trafilatura.extract(page.read_text(encoding="utf-8", errors="replace")) or ""
        raw, cleaned = normalize(extracted), normalize(clean_text(extracted).text)
        for segment in gold_segments.get("without", []):
            if normalize(segment) in raw:
                junk_total += 1
                junk_removed += normalize(segment) not in cleaned
        for segment in gold_segments.get("with", []):
            if normalize(segment) in raw:
                body_total += 1
                body_lost += normalize(segment) not in cleaned
    print("HTML pages after trafilatura (cleaning only)")
    print(f"  {'gold body text removed by cleaning':<38}{body_lost / max(1, body_total):>8.3f} ({body_lost}/{body_total})")
    print(f"  {'junk segments trafilatura kept, removed':<38}{junk_removed / max(1, junk_total):>8.3f} "
          f"({junk_removed}/{junk_total})")


def main() -> int:
    root = eval_dir()
    if not root.is_dir():
        print("skipped: ../shared/eval not found")
        return 0
    if (root / "quotes.jsonl").is_file():
        eval_quotes(root / "quotes.jsonl")
    else:
        print("skipped: quotes.jsonl not found")
    clusters = [root / n for n in ("news_clusters_basil.jsonl", "news_clusters.jsonl") if (root / n).is_file()]
    if clusters:
        eval_clusters(clusters)
    if (root / "html").is_dir():
        eval_html(root / "html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
