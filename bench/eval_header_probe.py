"""How well ingest reads an article's title, publisher, byline and date on invented headers (prints figures).

The cases in ``tests/data/header_probe.json`` are headers written for this probe (no real outlet, no dev
story): .txt, .html and .jsonl layouts with the metadata where sites put it, and near-misses (a first
sentence that looks like a headline, a section label, a photo credit) whose field must stay empty. Each
is read by :func:`summarizer.ingest.load_inputs` as a user's file would be. Prints the share of cases
each field is right for, then every wrong field with what was read. ``tests/test_ingest_header_probe.py``
holds the cases to it, less the fields a case lists as ``open`` (not solved yet; this script still
counts them).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.ingest import load_inputs
from summarizer.schema import Article

CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "header_probe.json"
# A second set, written later for shapes the first did not hold (broadcast scripts, newsletters, translated
# headers, notes on where a story ran); its cases may also list text that must be gone (``absent``: site junk)
# or stay (``kept``: the article's own sentences).
FRESH = CASES.with_name("meta_probe.json")
FIELDS = ("title", "publisher", "byline", "published")


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


def text_wrong(case: dict[str, Any], article: Article) -> list[str]:
    """The case's junk left in the article's text and its own sentences missing from it."""
    text = " ".join(article.text.split())
    left = [f"junk kept: {a!r}" for a in case.get("absent", []) if a in text]
    return left + [f"text lost: {k[:50]!r}" for k in case.get("kept", []) if " ".join(k.split()) not in text]


def read_case(case: dict[str, Any], folder: Path) -> Article:
    """The article ingest makes of the case, written as the file a user would give."""
    content = case["content"]
    if case["kind"] == "jsonl":
        text = json.dumps(content, ensure_ascii=False) + "\n"
    else:
        text = content.replace("{HEADER}", case.get("header", ""))
    path = folder / f"{case['id']}.{case['kind']}"
    path.write_text(text, encoding="utf-8")
    (article,) = load_inputs([str(path)], languages=False).articles
    return article


def _folded(value: str) -> str:
    return " ".join(re.sub(r"[*_#]", " ", value).split()).strip(" .,:;|").casefold()


def _names(value: str) -> set[str]:
    return {_folded(n) for n in re.split(r",|;|&|\band\b", value) if n.strip()}


def field_right(name: str, expected: object, got: object) -> bool:
    """Titles and outlets compared with case, spacing and edge punctuation folded, bylines as the set of
    names (a field may list more than one right form); dates as the day."""
    if expected is None or got is None:
        return expected is None and got is None
    if name == "published":
        return isinstance(got, date) and got.isoformat() == expected
    options = expected if isinstance(expected, list) else [expected]
    if name == "byline":
        return any(_names(str(got)) == _names(str(o)) for o in options)
    return _folded(str(got)) in {_folded(str(o)) for o in options}


def main(path: Path = CASES) -> int:
    cases = load_cases(path)
    right = dict.fromkeys(FIELDS, 0)
    wrong: list[str] = []
    texts = [0, 0]
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            article = read_case(case, Path(folder))
            for name in FIELDS:
                got = getattr(article, name) if article.status == "ok" else f"<{article.status}: {article.error}>"
                if field_right(name, case["expect"][name], got):
                    right[name] += 1
                else:
                    wrong.append(f"  {case['id']:34} {name:9} want {case['expect'][name]!r}, got {got!r}")
            if "absent" in case or "kept" in case:
                bad = text_wrong(case, article)
                texts[0] += not bad
                texts[1] += 1
                wrong += [f"  {case['id']:34} text      {b}" for b in bad]
    kinds = {k: sum(c["kind"] == k for c in cases) for k in ("txt", "html", "jsonl")}
    print(f"{len(cases)} invented headers ({', '.join(f'{n} {k}' for k, n in kinds.items())})")
    for name in FIELDS:
        print(f"{name:10} {right[name]:3}/{len(cases)}  {right[name] / len(cases):.3f}")
    total = sum(right.values())
    print(f"{'all fields':10} {total:3}/{len(cases) * len(FIELDS)}  {total / (len(cases) * len(FIELDS)):.3f}")
    if texts[1]:
        print(f"{'clean text':10} {texts[0]:3}/{texts[1]}  {texts[0] / texts[1]:.3f}  (cases with no junk kept and no sentence lost)")
    print("wrong:" if wrong else "no field wrong")
    print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main(FRESH if "--fresh" in sys.argv[1:] else CASES))
