"""Which of a pair of things an act befell, told apart by outlets: the left or the right one, the front or the rear.

"The crew shut down the left engine after a fire warning" and a blog's "the fire warning was on the right engine"
give one event two sides; so do "the rear carriage left the rails" and "the front carriage derailed". Neither is a
figure, a date or a title, so no other finder sees it. Each sentence naming a side of a thing ("left engine",
"rear carriage") gives that outlet's side for that thing. Independent outlets are compared when each names one
side of the thing only (an outlet naming both sides tells of both: "the left engine failed and the right one kept
running") and a sentence of each side shares a word of what happened besides the thing itself ("fire", "warning"):
two outlets telling two different happenings of two sides are not at odds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from summarizer.merge._text import STOPWORDS, sorted_sources, stem
from summarizer.schema import Article, Discrepancy, Position, Span
from summarizer.text import sentence_spans

# The pairs of sides, each side's words; "-hand" as in "the left-hand engine".
_OPPOSITE = {"left": "right", "right": "left", "front": "rear", "rear": "front"}
_SIDE = re.compile(r"\b(?P<side>left|right|front|rear)(?:-hand)?\s+(?P<head>[a-z][a-z]{2,})\b", re.IGNORECASE)
# Heads a side word names no thing of: a party's wing, the reader's direction ("right now", "right away").
_NOT_THINGS = frozenset(["wing", "winger", "wingers", "now", "away", "around", "after", "before", "behind", "here", "there",
                         "back", "over", "off", "out", "into", "onto", "hanging", "alone", "open", "unsaid", "time"])
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class _Named:
    side: str
    head: str  # the thing as written ("engine")
    span: Span
    words: frozenset[str]  # content stems of the sentence besides the side and the thing


def side_discrepancies(articles: Sequence[Article], independent_of: Callable[[str], str],
                       live: Collection[str]) -> list[Discrepancy]:
    """Independent outlets naming opposite sides of one thing for one happening (see the module docstring)."""
    told: dict[str, dict[str, list[_Named]]] = {}  # thing -> independent source -> sentences naming a side of it
    for article in articles:
        if article.id not in live:
            continue
        for start, end in sentence_spans(article.text):
            text = article.text[start:end]
            for found in _SIDE.finditer(text):
                head = found["head"]
                if head.lower() in _NOT_THINGS or head.lower() in STOPWORDS:
                    continue
                words = frozenset(stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in STOPWORDS) - {
                    stem(head.lower()), *(_OPPOSITE.keys())}
                named = _Named(found["side"].lower(), head.lower(), Span(source=article.id, start=start, end=end, text=text), words)
                told.setdefault(stem(head.lower()), {}).setdefault(independent_of(article.id), []).append(named)
    return [d for thing, by_source in sorted(told.items()) if (d := _discrepancy(by_source)) is not None]


def _discrepancy(by_source: dict[str, list[_Named]]) -> Discrepancy | None:
    one_side = {source: named for source, named in by_source.items() if len({n.side for n in named}) == 1}
    sides = {named[0].side for named in one_side.values()}
    if len(sides) != 2 or _OPPOSITE[min(sides)] != max(sides):
        return None
    first, second = sorted(sides)
    ones = [n for named in one_side.values() for n in named if n.side == first]
    others = [n for named in one_side.values() for n in named if n.side == second]
    if not any(a.words & b.words for a in ones for b in others):
        return None
    head = ones[0].head
    positions = [Position(value=f"{side} {head}", sources=sorted_sources(n.span.source for n in named),
                          evidence=[n.span for n in named]) for side, named in ((first, ones), (second, others))]
    said = " vs ".join(f"the {p.value} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(subject=f"Which {head}: {first} or {second}", kind="account",
                       summary=f"Sources name different sides: {said}.", positions=positions)

