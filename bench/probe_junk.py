"""How much site junk survives ingest, and how much news it costs (evaluation only; prints figures).

Reads the invented probe corpus in tests/data/junk_probe: junk lines and blocks (pleas, paywall labels,
sign-ups, promotions, link blocks, cookie and share widgets, sponsor lines, corrections and disclaimers,
sign-offs, credits, "read more"), news sentences that must survive (near-misses among them: a call to
action inside a quote, "Residents were told to boil water", short sentences), and sub-headings. Each is
placed in an invented article at the top, the middle and the bottom, as a .txt and as an .html page,
and the article is ingested as a user's file would be.

Prints junk recall (share of junk items none of whose lines is left in the text), real precision (share
of news sentences kept, each its own sentence), the share of the article's own paragraphs kept around
the junk, and the share of sub-headings that end up apart from the sentence below (or removed).
``-v`` lists every miss.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord
from summarizer.text import normalize, sentence_spans

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "junk_probe"
TITLE = "Quarry road reopens after landslip at Brenner Hill"
BODY = [
    "The road past Brenner Hill quarry reopened on Wednesday, eleven days after a landslip buried both lanes, "
    "the county roads office said.",
    "Engineers removed about 4,000 tonnes of earth and rock and fitted steel netting to the slope above the carriageway.",
    "\"The slope is stable now, but we will keep watching it through the winter,\" said Hanne Solberg, the county's "
    "chief engineer.",
    "Bus services on the route resume on Monday, the operator Fjellbuss said.",
]
PLACES = {"top": 0, "middle": 2, "bottom": 4}
LINKED = ("related", "share")


def _lines(item: str) -> list[str]:
    return [line.lstrip("-• ").strip() for line in item.split("\n") if line.strip()]


def txt_page(item: str, at: int) -> str:
    paragraphs = [*BODY[:at], item, *BODY[at:]]
    return TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _html_block(item: str, kind: str) -> str:
    lines = _lines(item)
    if len(lines) == 1:
        return f"<p>{html.escape(lines[0])}</p>"
    if kind in LINKED:
        items = "".join(f'<li><a href="/news/{i}">{html.escape(line)}</a></li>' for i, line in enumerate(lines[1:]))
        return f"<div><p>{html.escape(lines[0])}</p><ul>{items}</ul></div>"
    return "<div>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</div>"


def html_page(block: str, at: int) -> str:
    paragraphs = [f"<p>{html.escape(p)}</p>" for p in BODY]
    paragraphs.insert(at, block)
    return (f"<html><head><title>{TITLE} | Valley Post</title></head><body>"
            '<header><a href="/">Valley Post</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>'
            f"<article><h1>{TITLE}</h1><p>By Ola Brekke</p>{''.join(paragraphs)}</article>"
            "<footer><p>Valley Post, 4 Mill Street, Lunde</p></footer></body></html>")


def ingest(page: str, kind: str) -> str:
    article = build_article("S1", RawRecord(uri=f"probe.{'html' if kind == 'html' else 'txt'}", text=page, kind=kind))
    return article.text if article.status == "ok" else ""


def _has(text: str, line: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(normalize(line))}(?!\w)", normalize(text)) is not None


def _own_sentence(text: str, sentence: str) -> bool:
    """Kept, and a sentence of the text starts where it does (nothing glued before it)."""
    at = text.find(sentence)
    return at >= 0 and any(start == at for start, _ in sentence_spans(text))


def _apart(text: str, heading: str, after: str) -> bool:
    """The sub-heading is gone, or no sentence holds both it and the first words of the paragraph below."""
    opening = " ".join(after.split()[:4])
    return not any(heading in text[s:e] and opening in text[s:e] for s, e in sentence_spans(text))


def main(verbose: bool) -> int:
    junk = json.loads((DATA / "junk.json").read_text(encoding="utf-8"))
    real = json.loads((DATA / "real.json").read_text(encoding="utf-8"))
    headings = json.loads((DATA / "headings.json").read_text(encoding="utf-8"))
    misses: list[str] = []
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def count(key: str, ok: bool, what: str) -> None:
        score[key][0] += ok
        score[key][1] += 1
        if not ok:
            misses.append(f"{key}: {what}")

    for kind in ("text", "html"):
        for place, at in PLACES.items():
            for item in junk:
                page = txt_page(item["text"], at) if kind == "text" else html_page(_html_block(item["text"], item["class"]), at)
                text = ingest(page, kind)
                gone = text != "" and not any(_has(text, line) for line in _lines(item["text"]))
                count(f"junk {kind}", gone, f"{place} {item['text']!r}")
                count(f"junk class {item['class']}", gone, f"{kind} {place} {item['text']!r}")
                count(f"body kept {kind}", all(_own_sentence(text, p) for p in BODY), f"{place} around {item['text']!r}")
            for sentence in real:
                page = txt_page(sentence, at) if kind == "text" else html_page(f"<p>{html.escape(sentence)}</p>", at)
                count(f"real {kind}", _own_sentence(ingest(page, kind), sentence), f"{place} {sentence!r}")
        for heading in headings:
            for layout in ("glued", "apart") if kind == "text" else ("h2", "bold", "bold-br"):
                after = BODY[2]
                if kind == "text":
                    gap = "\n" if layout == "glued" else "\n\n"
                    page = TITLE + "\n\n" + "\n\n".join(BODY[:2]) + "\n\n" + heading + gap + "\n\n".join(BODY[2:]) + "\n"
                else:
                    block = {"h2": f"<h2>{heading}</h2><p>{html.escape(after)}</p>",
                             "bold": f"<p><strong>{heading}</strong> {html.escape(after)}</p>",
                             "bold-br": f"<p><b>{heading}</b><br>{html.escape(after)}</p>"}[layout]
                    page = html_page(block, 2).replace(f"{block}<p>{html.escape(after)}</p>", block)
                text = ingest(page, kind)
                count(f"heading {kind}", _apart(text, heading, after) and after in text, f"{layout} {heading!r}")
    width = max(len(k) for k in score)
    for key in sorted(score, key=lambda k: (not k.startswith(("junk t", "junk h", "real", "body", "heading")), k)):
        ok, n = score[key]
        print(f"{key:{width}} {ok:4d}/{n:<4d} {ok / n:6.3f}")
    if verbose:
        print("\n".join(["", "MISSES:", *misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
