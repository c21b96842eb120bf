"""Headlines their own article does not support: "strike enters third week" over "the strike ended".

A headline is written apart from the text, often early and by someone else, and stale or wrong ones
are common on blogs and aggregators. The check is deliberately narrow: a headline that says
something is still going on (enters, continues, drags on) while the article's own body says that
same thing ended. The warning names the sentence that contradicts it and the other sources that
report the end too, so an editor can see why the headline should not be trusted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.merge._text import content_tokens, sorted_sources, stem, words
from summarizer.merge.event_items import turn_of
from summarizer.merge.independence import Independence
from summarizer.schema import Article, Notice, Span, TimelineEntry

_ONGOING = re.compile(
    r"\b(?:enters?|entering|continues?|continuing|drags? on|goes on|grinds on|ongoing|"
    r"in (?:its|the) \w+ (?:day|week|month|year))\b",
    re.IGNORECASE,
)
_ENDED = re.compile(r"\b(?:ended|ends|finished|concluded|called off|is over|was over|came to an end)\b", re.IGNORECASE)
_NOT_SUBJECT = frozenset(
    ["day", "week", "month", "year", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "enter",
     "continu", "drag", "go", "grind", "ongo"]
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _subject(title: str) -> frozenset[str]:
    """Common words of the headline, without names, the 'still going' verb and the duration."""
    names = {stem(w.lower()) for i, w in enumerate(words(title)) if i > 0 and w[:1].isupper()}
    return frozenset(t for t in content_tokens(_ONGOING.sub(" ", title)) if not t.startswith("#") and t not in names | _NOT_SUBJECT)


def headline_warnings(articles: Sequence[Article], timeline: Sequence[TimelineEntry], independence: Independence) -> list[Notice]:
    """One warning per article whose headline says 'still going on' while its body says 'ended'."""
    out: list[Notice] = []
    for article in articles:
        title = (article.title or "").strip()
        if article.status != "ok" or not title or not _ONGOING.search(title):
            continue
        subject = _subject(title)
        if not subject:
            continue
        ended = next(
            (
                m
                for m in _SENTENCE.finditer(article.text)
                if m.group(0).strip() != title and _ENDED.search(m.group(0)) and subject & content_tokens(m.group(0))
            ),
            None,
        )
        if ended is None:
            continue
        others = sorted_sources(
            s
            for entry in timeline
            if _reports_end(entry, subject)
            for s in entry.sources
            if independence.of(s) != independence.of(article.id)
        )
        also = f"; {', '.join(others)} also report that it ended" if others else ""
        sentence = ended.group(0).strip()
        start = ended.start() + ended.group(0).index(sentence)
        out.append(Notice(
            source=article.id, kind="headline",
            message=f"headline “{title}” says it is still going on, but the article's own text says it ended: “{sentence}”{also}.",
            span=Span(source=article.id, start=start, end=start + len(sentence), text=sentence),
        ))
    return out


def _reports_end(entry: TimelineEntry, subject: frozenset[str]) -> bool:
    if any(turn_of(w) == "end" for w in words(entry.text)) and subject & content_tokens(entry.text):
        return True
    return any(subject & content_tokens(span.text) and _ENDED.search(span.text) for span in entry.evidence)
